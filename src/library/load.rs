//! Turning listed files into a [`Library`]: reading and parsing in parallel,
//! then linking departments, roles and ladders in one pass.

use std::path::Path;

use std::borrow::Cow;

use rayon::prelude::*;

use crate::i18n::Lang;

use super::build::Builder;
use super::model::Library;
use super::parse::{Parsed, file_kind, parse_listed};
use super::problem::Problem;
use super::source::{self, Listing};
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

    /// What the translations into `lang` lack, file by file, in a library
    /// already shown in `lang`.
    pub fn missing_translations(&self, lang: Lang) -> Vec<Missing> {
        translation::missing(&self.library, lang)
    }
}

/// Why a library could not be loaded at all.
#[derive(Debug)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LoadError {}

/// Loads the library in the folder `dir`.
pub fn load_dir(dir: &Path) -> Result<Loaded, LoadError> {
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(load_listing(source::list_dir(dir))),
        Ok(_) => Err(LoadError(crate::t!(
            "library-not-a-folder",
            path = dir.display().to_string()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(LoadError(crate::t!(
            "library-does-not-exist",
            path = dir.display().to_string()
        ))),
        Err(e) => Err(LoadError(crate::t!(
            "library-cannot-open",
            path = dir.display().to_string(),
            error = e.to_string()
        ))),
    }
}

/// Loads the roles built into the binary.
pub fn load_embedded() -> Loaded {
    load_listing(source::list_embedded())
}

fn load_listing(listing: Listing) -> Loaded {
    let Listing {
        files,
        mut problems,
    } = listing;
    let parsed: Vec<(Parsed, Vec<Problem>)> = files.par_iter().map(parse_listed).collect();
    crate::memory::give_back();

    let mut builder = Builder::default();
    let mut translations = Vec::new();
    builder.drafts.reserve_exact(parsed.len());
    for (parsed, file_problems) in parsed {
        problems.extend(file_problems);
        match parsed {
            Parsed::Role(draft) => builder.drafts.push(draft),
            Parsed::Department(folder, dept) => {
                builder.declared.insert(folder, *dept);
            }
            Parsed::Info(info) => builder.info = Some(info),
            Parsed::Translation(t) => translations.push(*t),
            Parsed::Nothing => {}
        }
    }
    for file in &files {
        let (folder, name) = file_kind(&file.rel);
        if let Some(folder) = folder {
            builder.folders.insert(folder.to_string(), ());
        }
        if name != "_index.toml" && translation::split_name(name).is_none() {
            let stem = name.strip_suffix(".toml").unwrap_or(name);
            builder
                .role_files
                .insert(crate::text::clean_line(stem).into_owned());
        }
    }
    // Role files listed, loaded or not: a translation of one that did not
    // load waits for it rather than translating nothing.
    let listed = if translations.is_empty() {
        Default::default()
    } else {
        builder.role_files.clone()
    };
    let library = builder.build(&mut problems);
    translation::check(&library, &translations, &listed, &mut problems);
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    Loaded {
        library,
        problems,
        translations,
    }
}
