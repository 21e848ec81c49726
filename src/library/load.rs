//! Turning listed files into a [`Library`]: reading and parsing in parallel,
//! then linking departments, roles and ladders in one pass.

use std::path::Path;

use std::borrow::Cow;
use std::sync::Arc;

use rayon::prelude::*;

use crate::i18n::{Lang, Message};

use super::build::Builder;
use super::model::Library;
use super::parse::{Parsed, Reading, file_kind, parse_listed};
use super::problem::Problem;
use super::source::{self, LibraryFile, Listing};
use super::translation::{self, Missing, Translation};

/// A library and every problem found while loading it.
#[derive(Debug)]
pub struct Loaded {
    /// The library in English, as its role files write it.
    pub library: Library,
    pub problems: Vec<Problem>,
    /// Every translation file read, in any language.
    pub translations: Vec<Translation>,
}

impl Loaded {
    /// The library as shown in `lang`, translations laid over the English.
    pub fn in_language(&self, lang: Lang) -> Cow<'_, Library> {
        translation::translate(&self.library, &self.translations, lang)
    }

    /// The same library shown in `lang`, for commands that speak one
    /// language from start to end.
    pub fn localized(self, lang: Lang) -> Loaded {
        let library = match self.in_language(lang) {
            Cow::Borrowed(_) => None,
            Cow::Owned(library) => Some(library),
        };
        match library {
            Some(library) => Loaded { library, ..self },
            None => self,
        }
    }

    /// Declared skills that look like one another: asked for by `check`
    /// alone, so that no other command pays for looking.
    pub fn look_alikes(&self) -> Vec<Problem> {
        self.library.skills.look_alikes()
    }

    /// Where staff's French (translations and the French names of skills)
    /// departs from French typography in ways that read less well but show
    /// as they should: advice, in file order, not problems.
    pub fn french_advice(&self) -> Vec<&Problem> {
        let mut advice: Vec<&Problem> = self
            .translations
            .iter()
            .filter(|t| t.lang == Lang::Fr)
            .flat_map(|t| &t.advice)
            .chain(self.library.skills.advice())
            .collect();
        advice.sort_by(|a, b| a.listing_order(b));
        advice
    }

    /// What the translations into `lang` lack, file by file, in a library
    /// already shown in `lang`.
    pub fn missing_translations(&self, lang: Lang) -> Vec<Missing> {
        translation::missing(&self.library, lang)
    }
}

/// Why a library could not be loaded at all: a sentence naming the folder
/// and what to do, worded when shown.
#[derive(Debug)]
pub struct LoadError(pub Message);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.worded())
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// What stops `dir`, the library's folder, from being read: gone, not a
    /// folder, or closed to this user.
    fn of_folder(dir: &Path, e: &std::io::Error) -> LoadError {
        let path = dir.display().to_string();
        LoadError(match e.kind() {
            std::io::ErrorKind::NotFound => crate::msg!("library-does-not-exist", path = path),
            std::io::ErrorKind::PermissionDenied => {
                crate::msg!("library-cannot-read", path = path)
            }
            std::io::ErrorKind::NotADirectory => {
                crate::msg!("library-not-a-folder", path = path)
            }
            _ => crate::msg!("library-cannot-open", path = path, error = e.to_string()),
        })
    }
}

/// Loads the library in the folder `dir`. A folder that cannot be read
/// whole (gone, or closed to this user, even while being read) is an
/// error, never an empty library: one that is being read again keeps what
/// it showed.
pub fn load_dir(dir: &Path) -> Result<Loaded, LoadError> {
    readable_folder(dir)?;
    Ok(load_parsed(walk_and_parse(dir)?))
}

/// Whether `dir` is a folder this user may list and enter: a folder that
/// can be listed but not entered would list files none of which opens.
fn readable_folder(dir: &Path) -> Result<(), LoadError> {
    let meta = std::fs::metadata(dir).map_err(|e| LoadError::of_folder(dir, &e))?;
    if !meta.is_dir() {
        return Err(LoadError(crate::msg!(
            "library-not-a-folder",
            path = dir.display().to_string()
        )));
    }
    std::fs::read_dir(dir).map_err(|e| LoadError::of_folder(dir, &e))?;
    std::fs::metadata(dir.join(".")).map_err(|e| LoadError::of_folder(dir, &e))?;
    Ok(())
}

/// Loads the roles built into the binary.
pub fn load_embedded() -> Loaded {
    let Listing { files, problems } = source::list_embedded();
    let reading = Reading {
        skills_declared: source::embedded_has(super::skills::SKILLS_FILE),
    };
    let parsed = files.par_iter().map(|f| parse_listed(f, reading)).collect();
    load_parsed(Read {
        batches: vec![Batch::of(&files, parsed)],
        problems,
    })
}

/// Every file listed, a batch at a time in listing order, and the problems
/// met while listing.
struct Read {
    batches: Vec<Batch>,
    problems: Vec<Problem>,
}

/// What a batch of listed files turned out to be, in listing order, and
/// what building the library needs to know of the files themselves.
struct Batch {
    parsed: Vec<(Parsed, Vec<Problem>)>,
    /// Every folder holding one of the files, in listing order.
    folders: Vec<String>,
    /// Ids of the role files that did not load under their own names.
    misnamed: Vec<String>,
}

impl Batch {
    /// The batch of `files`, which parsed as `parsed`. Each role is told
    /// its folder here, one string for all the roles of a folder.
    fn of(files: &[LibraryFile], mut parsed: Vec<(Parsed, Vec<Problem>)>) -> Batch {
        let mut folders: Vec<String> = Vec::new();
        let mut misnamed = Vec::new();
        let mut shared: Option<Arc<str>> = None;
        for (file, (parsed, _)) in files.iter().zip(&mut parsed) {
            let (folder, name) = file_kind(&file.rel);
            // Files come folder by folder. A translation alone makes no
            // department: there is nothing in it to translate.
            let is_translation = translation::split_name(name).is_some();
            if let Some(folder) = folder
                && !is_translation
                && folders.last().is_none_or(|last| last != folder)
            {
                folders.push(folder.to_string());
                shared = Some(Arc::from(folder));
            }
            if let Parsed::Role(draft) = parsed {
                draft.folder = folder.and(shared.clone());
            }
            // A role loaded under its file's name is always found by it: only
            // the other role files' names are worth keeping.
            let found_by_name = matches!(parsed, Parsed::Role(draft) if draft.named_as.is_none());
            if !found_by_name
                && name != "_index.toml"
                && name != super::synonyms::SYNONYMS_FILE
                && name != super::skills::SKILLS_FILE
                && !is_translation
            {
                let stem = name.strip_suffix(".toml").unwrap_or(name);
                misnamed.push(crate::clean::clean_line(stem).into_owned());
            }
        }
        Batch {
            parsed,
            folders,
            misnamed,
        }
    }
}

/// Files handed from the walk to be read at a time.
const READ_BATCH: usize = 64;

/// Walks the folder and reads its files at once: the walk, on one thread,
/// hands over files a batch at a time as it finds them, and the other
/// threads read and parse each batch meanwhile.
fn walk_and_parse(dir: &Path) -> Result<Read, LoadError> {
    let reading = Reading {
        skills_declared: dir.join(super::skills::SKILLS_FILE).is_file(),
    };
    let (done, batches) = std::sync::mpsc::channel::<(usize, Batch)>();
    let problems = rayon::scope(|scope| {
        let mut batch = Vec::with_capacity(READ_BATCH);
        let mut number = 0;
        let mut hand_over = |files: Vec<LibraryFile>| {
            let done = done.clone();
            let at = number;
            number += 1;
            scope.spawn(move |_| {
                let parsed = files.iter().map(|f| parse_listed(f, reading)).collect();
                let batch = Batch::of(&files, parsed);
                // The files are let go here, in parallel, not while the
                // library is built.
                drop(files);
                // The receiver outlives the scope.
                let _ = done.send((at, batch));
            });
        };
        let problems = source::walk_dir(dir, |file| {
            batch.push(file);
            if batch.len() == READ_BATCH {
                hand_over(std::mem::replace(
                    &mut batch,
                    Vec::with_capacity(READ_BATCH),
                ));
            }
        });
        if !batch.is_empty() {
            hand_over(batch);
        }
        problems
    })
    .map_err(|e| LoadError::of_folder(dir, &e))?;
    drop(done);
    let mut batches: Vec<(usize, Batch)> = batches.into_iter().collect();
    batches.sort_unstable_by_key(|&(at, _)| at);
    Ok(Read {
        batches: batches.into_iter().map(|(_, batch)| batch).collect(),
        problems,
    })
}

fn load_parsed(read: Read) -> Loaded {
    let Read {
        mut batches,
        mut problems,
    } = read;

    // What the roles need to be placed is gathered first; the roles
    // themselves stay where they were parsed until the library takes them.
    let mut builder = Builder::default();
    let mut translations = Vec::new();
    let mut synonyms = None;
    for batch in &mut batches {
        for folder in batch.folders.drain(..) {
            builder.folders.entry(folder).or_insert(());
        }
        builder.role_files.extend(batch.misnamed.drain(..));
        for (parsed, file_problems) in &mut batch.parsed {
            problems.append(file_problems);
            if matches!(parsed, Parsed::Role(_)) {
                builder.parsed_roles += 1;
                continue;
            }
            match std::mem::replace(parsed, Parsed::Nothing) {
                Parsed::Department(folder, dept) => {
                    builder.declared.insert(folder, *dept);
                }
                Parsed::Info(info) => builder.info = Some(info),
                Parsed::Translation(t) => translations.push(*t),
                Parsed::Synonyms(s) => synonyms = Some(s),
                Parsed::Skills(s) => builder.skills = *s,
                Parsed::Role(_) | Parsed::Nothing => {}
            }
        }
    }
    // Role files listed that did not load as their names say: a
    // translation of one waits for it rather than translating nothing.
    let listed = if translations.is_empty() {
        Default::default()
    } else {
        builder.role_files.clone()
    };
    let drafts = batches
        .iter_mut()
        .flat_map(|batch| batch.parsed.iter_mut())
        .filter_map(|(parsed, _)| match parsed {
            Parsed::Role(draft) => Some(draft),
            _ => None,
        });
    let mut library = builder.build(drafts, &mut problems);
    library.synonyms = synonyms.unwrap_or_default();
    // Only the drafts of roles left out still hold anything.
    drop(batches);
    translation::check(&library, &translations, &listed, &mut problems);
    problems.sort_by(Problem::listing_order);
    Loaded {
        library,
        problems,
        translations,
    }
}
