//! Turning listed files into a [`Library`]: reading and parsing in parallel,
//! then linking departments, roles and ladders in one pass.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;
use toml::de::DeTable;

use super::fields::Doc;
use super::ladder::break_cycles;
use super::model::{Department, Library, RoleIx};
use super::problem::{Kind, Problem};
use super::schema::{self, LibraryInfo, RoleDraft, RoleRef};
use super::source::{self, Listed, Listing};
use super::suggest::did_you_mean;

/// A library and every problem found while loading it.
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub problems: Vec<Problem>,
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
        Ok(_) => Err(LoadError(format!(
            "{} is not a folder; give the folder that holds the role files",
            dir.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(LoadError(format!(
            "{} does not exist; give the folder that holds the role files",
            dir.display()
        ))),
        Err(e) => Err(LoadError(format!(
            "{} cannot be opened: {e}",
            dir.display()
        ))),
    }
}

/// Loads the roles built into the binary.
pub fn load_embedded() -> Loaded {
    load_listing(source::list_embedded())
}

/// What one file turned out to be.
enum Parsed {
    Role(Box<RoleDraft>),
    Department(String, Box<Department>),
    Info(LibraryInfo),
    Nothing,
}

/// Where a file sits: the library's own index, a department's, or a role.
fn file_kind(rel: &str) -> (Option<&str>, &str) {
    match rel.rsplit_once('/') {
        Some((folder, name)) => (Some(folder), name),
        None => (None, rel),
    }
}

fn parse_listed(file: &Listed) -> (Parsed, Vec<Problem>) {
    let bytes = match file.read() {
        Ok(bytes) => bytes,
        Err(message) => {
            let problem = Problem::new(&file.display, message).kind(Kind::File);
            return (Parsed::Nothing, vec![problem]);
        }
    };
    // A byte order mark is how some editors mark UTF-8; it is not text, and
    // must not shift the columns of the first line.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let problem = Problem::new(
                &file.display,
                "this file is not UTF-8 text: the character here was saved in another encoding (an accented letter, perhaps); save the file as UTF-8 in your editor",
            )
            .at_offset(valid, valid.len())
            .kind(Kind::File);
            return (Parsed::Nothing, vec![problem]);
        }
    };
    let mut doc = Doc::new(&file.display, text);
    let parsed = match DeTable::parse(text) {
        Ok(table) => interpret(&mut doc, &file.rel, table.get_ref()),
        Err(e) => {
            let message = syntax_message(text, &e);
            let open = e
                .span()
                .filter(|_| e.message().contains("array"))
                .and_then(|span| unclosed_list(text, span.start).map(|at| (at, span)))
                // A list opened on the line of the mistake is only missing a
                // comma there; one opened lines earlier was never closed.
                .filter(|(at, span)| text[*at..span.start].contains('\n'));
            match (open, e.span()) {
                (Some((at, noticed)), _) => {
                    let (line, column) = crate::library::line_column(text, noticed.start);
                    doc.report(
                        at..at + 1,
                        format!(
                            "the list opened here is not closed; end it with ']' (noticed at line {line}, column {column}: {message})"
                        ),
                    );
                }
                (None, Some(span)) => doc.report(span, message),
                // Only the too-deep dotted key has no place; saying 1:1 would
                // send the reader to the wrong line.
                (None, None) => doc.problems.push(Problem::new(doc.path, message)),
            }
            for p in &mut doc.problems {
                p.kind = Kind::Syntax;
            }
            Parsed::Nothing
        }
    };
    (parsed, doc.problems)
}

/// Where the innermost list still open at byte `upto` was opened, if one is:
/// the place to look when the parser only notices the missing ']' lines
/// later. Strings and comments are skipped.
fn unclosed_list(text: &str, upto: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let end = upto.min(bytes.len());
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'#' => {
                while i < end && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                let triple = bytes[i..].starts_with(if quote == b'"' { b"\"\"\"" } else { b"'''" });
                let close: &[u8] = if triple {
                    if quote == b'"' { b"\"\"\"" } else { b"'''" }
                } else if quote == b'"' {
                    b"\""
                } else {
                    b"'"
                };
                i += close.len();
                while i < end && !bytes[i..].starts_with(close) {
                    if quote == b'"' && bytes[i] == b'\\' {
                        i += 1;
                    } else if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                i += close.len() - 1;
            }
            b'[' => open.push(i),
            b']' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    open.last().copied()
}

/// The TOML parser's words, with its terse ones made plain.
fn syntax_message(text: &str, e: &toml::de::Error) -> String {
    let raw = e.message().trim();
    let plain = match raw {
        "duplicate key" => {
            let key = e
                .span()
                .and_then(|s| text.get(s))
                .map(|k| k.trim().trim_matches(['"', '\'']))
                .filter(|k| !k.is_empty());
            match key {
                Some(key) => format!(
                    "'{}' is written twice; keep only one of them",
                    crate::text::excerpt(key, 60)
                ),
                None => "a key is written twice; keep only one of them".to_string(),
            }
        }
        "recursion limit" | "cannot recurse further; max recursion depth met" => {
            "lists or tables are nested too deeply; a role file needs only a few levels".to_string()
        }
        other => crate::text::clean_line(&other.replace('\n', "; ")).into_owned(),
    };
    format!("this is not valid TOML: {plain}")
}

fn interpret(doc: &mut Doc<'_>, rel: &str, table: &DeTable<'_>) -> Parsed {
    let (folder, name) = file_kind(rel);
    if name == "_index.toml" {
        return match folder {
            None => Parsed::Info(schema::read_library_info(doc, table)),
            Some(folder) => {
                let mut dept = Department {
                    key: folder.to_string(),
                    ..Department::default()
                };
                schema::read_department(doc, table, &mut dept);
                Parsed::Department(folder.to_string(), Box::new(dept))
            }
        };
    }
    // The id is checked as written, so that an invisible character in a file
    // name is reported rather than silently cleaned away.
    let raw_id = name.strip_suffix(".toml").unwrap_or(name);
    let mut id = crate::text::clean_line(raw_id).into_owned();
    if raw_id.starts_with('_') {
        // `_indx.toml`, `_Index.toml`: an index file misspelt, not a role.
        doc.problems.push(
            Problem::new(
                doc.path,
                "names starting with '_' are kept for '_index.toml', the department's own file; did you mean '_index.toml'? It was not read",
            )
            .kind(Kind::Id),
        );
        return Parsed::Nothing;
    }
    if !is_valid_id(raw_id) {
        // Every id crewpath prints must work with `show`: the role is
        // loaded under a valid id made from the name, or left out.
        let suggestion = suggested_id(&id);
        let message = if suggestion.is_empty() {
            format!(
                "'{}' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file (it was left out until then)",
                crate::text::excerpt(&id, 60)
            )
        } else {
            format!(
                "'{}' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to '{suggestion}.toml' (until then it is loaded as '{suggestion}')",
                crate::text::excerpt(&id, 60)
            )
        };
        doc.problems
            .push(Problem::new(doc.path, message).kind(Kind::Id));
        if suggestion.is_empty() {
            return Parsed::Nothing;
        }
        id = suggestion;
    }
    match schema::read_role(doc, table, &id) {
        Some(mut draft) => {
            draft.folder = folder.map(str::to_string);
            // Kiosk mode names a problem by its role's title, not its path.
            for problem in &mut doc.problems {
                problem.title = Some(draft.role.title.clone());
            }
            Parsed::Role(Box::new(draft))
        }
        None => Parsed::Nothing,
    }
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A valid id close to `id`: lower case, accents dropped ("Régie" → "regie"),
/// anything else a single '-'.
fn suggested_id(id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::new();
    let letters = id
        .chars()
        .take(60)
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .flat_map(char::to_lowercase);
    for c in letters {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// "post-production-supervision" → "Post Production Supervision".
pub(crate) fn name_from_folder(folder: &str) -> String {
    crate::text::clean_line(folder)
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn load_listing(listing: Listing) -> Loaded {
    let Listing {
        files,
        mut problems,
    } = listing;
    let parsed: Vec<(Parsed, Vec<Problem>)> = files.par_iter().map(parse_listed).collect();

    let mut builder = Builder::default();
    for (parsed, file_problems) in parsed {
        problems.extend(file_problems);
        match parsed {
            Parsed::Role(draft) => builder.drafts.push(*draft),
            Parsed::Department(folder, dept) => {
                builder.declared.insert(folder, *dept);
            }
            Parsed::Info(info) => builder.info = Some(info),
            Parsed::Nothing => {}
        }
    }
    for file in &files {
        let (folder, name) = file_kind(&file.rel);
        if let Some(folder) = folder {
            builder.folders.insert(folder.to_string(), ());
        }
        if name != "_index.toml" {
            let stem = name.strip_suffix(".toml").unwrap_or(name);
            builder
                .role_files
                .insert(crate::text::clean_line(stem).into_owned());
        }
    }
    let library = builder.build(&mut problems);
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    Loaded { library, problems }
}

#[derive(Default)]
struct Builder {
    drafts: Vec<RoleDraft>,
    declared: HashMap<String, Department>,
    folders: BTreeMap<String, ()>,
    /// Ids of every role file listed, loaded or not.
    role_files: HashSet<String>,
    info: Option<LibraryInfo>,
}

impl Builder {
    fn build(mut self, problems: &mut Vec<Problem>) -> Library {
        let mut lib = Library::default();
        if let Some(info) = self.info.take() {
            lib.title = info.title;
            lib.welcome = info.welcome;
        }
        let dept_of_folder = self.build_departments(&mut lib);
        let links = self.add_roles(&mut lib, &dept_of_folder, problems);
        let mut next_at = resolve_links(&mut lib, links, &self.role_files, problems);
        break_cycles(&mut lib, &mut next_at, problems);
        for r in 0..lib.roles.len() {
            for n in lib.roles[r].next.clone() {
                lib.roles[n].previous.push(r);
            }
        }
        sort_tree(&mut lib);
        lib
    }

    /// One department per folder that holds TOML files, with every ancestor.
    fn build_departments(&mut self, lib: &mut Library) -> HashMap<String, usize> {
        let mut all: Vec<String> = Vec::new();
        for folder in self.folders.keys() {
            let mut prefix = String::new();
            for part in folder.split('/') {
                if !prefix.is_empty() {
                    prefix.push('/');
                }
                prefix.push_str(part);
                all.push(prefix.clone());
            }
        }
        all.sort();
        all.dedup();
        let mut index = HashMap::new();
        for key in all {
            let folder_name = key.rsplit('/').next().unwrap_or(&key);
            let mut dept = self.declared.remove(&key).unwrap_or_default();
            if dept.name.is_empty() {
                dept.name = name_from_folder(folder_name);
            }
            dept.key = crate::text::clean_line(&key).into_owned();
            let parent = key
                .rsplit_once('/')
                .and_then(|(p, _)| index.get(p).copied());
            dept.parent = parent;
            let ix = lib.departments.len();
            match parent {
                Some(p) => lib.departments[p].children.push(ix),
                None => lib.top.push(ix),
            }
            lib.departments.push(dept);
            index.insert(key, ix);
        }
        index
    }

    /// Adds roles in path order; a second file with a taken id is left out.
    fn add_roles(
        &mut self,
        lib: &mut Library,
        dept_of_folder: &HashMap<String, usize>,
        problems: &mut Vec<Problem>,
    ) -> Vec<Links> {
        self.drafts.sort_by(|a, b| a.role.file.cmp(&b.role.file));
        let mut links = Vec::with_capacity(self.drafts.len());
        let mut other: Option<usize> = None;
        for draft in self.drafts.drain(..) {
            let RoleDraft {
                mut role,
                folder,
                next,
                related,
                works_with,
            } = draft;
            if let Some(&first) = lib.ids.get(&role.id) {
                let mut p = Problem::new(
                    &role.file,
                    format!(
                        "the role id '{}' is already used by {}; ids must be unique across the library, so rename one of the files (this one was left out)",
                        role.id, lib.roles[first].file
                    ),
                );
                p.title = Some(role.title.clone());
                p.kind = Kind::Id;
                problems.push(p);
                continue;
            }
            role.department = match folder.as_deref().and_then(|f| dept_of_folder.get(f)) {
                Some(&d) => d,
                None => *other.get_or_insert_with(|| {
                    lib.departments.push(Department {
                        name: "Other roles".into(),
                        is_other: true,
                        ..Department::default()
                    });
                    lib.departments.len() - 1
                }),
            };
            let ix = lib.roles.len();
            lib.departments[role.department].roles.push(ix);
            lib.ids.insert(role.id.clone(), ix);
            lib.roles.push(role);
            links.push(Links {
                next,
                related,
                works_with,
            });
        }
        if let Some(o) = other {
            lib.top.push(o);
        }
        links
    }
}

/// Line and column in a role file.
pub(crate) type Place = (usize, usize);

/// The ids a role names, waiting to be resolved.
struct Links {
    next: Vec<RoleRef>,
    related: Vec<RoleRef>,
    works_with: Vec<RoleRef>,
}

/// Did-you-mean comparisons allowed for one library. Each unknown id is
/// compared with every id, so a library of thousands of roles with thousands
/// of unknown links would otherwise take minutes; past this, unknown ids get
/// the plain hint. Far more than a hand-written library ever needs.
const SUGGESTION_BUDGET: usize = 200_000;

/// What resolving links needs besides the library.
struct LinkCheck<'p> {
    /// Ids of every role file listed, loaded or not.
    role_files: &'p HashSet<String>,
    suggestions_left: usize,
    problems: &'p mut Vec<Problem>,
}

/// Resolves every role's links; returns where each kept `next` entry was
/// written, in the same order as the role's `next`.
fn resolve_links(
    lib: &mut Library,
    links: Vec<Links>,
    role_files: &HashSet<String>,
    problems: &mut Vec<Problem>,
) -> Vec<Vec<Place>> {
    let mut check = LinkCheck {
        role_files,
        suggestions_left: SUGGESTION_BUDGET,
        problems,
    };
    let mut next_at = Vec::with_capacity(links.len());
    for (ix, links) in links.into_iter().enumerate() {
        let next = check.resolve(lib, ix, "next", links.next);
        let related = check.resolve(lib, ix, "related", links.related);
        let works_with = check.resolve(lib, ix, "works_with", links.works_with);
        let role = &mut lib.roles[ix];
        role.next = next.iter().map(|&(to, _)| to).collect();
        role.related = related.into_iter().map(|(to, _)| to).collect();
        role.works_with = works_with.into_iter().map(|(to, _)| to).collect();
        next_at.push(next.into_iter().map(|(_, at)| at).collect());
    }
    next_at
}

impl LinkCheck<'_> {
    fn resolve(
        &mut self,
        lib: &Library,
        from: RoleIx,
        key: &str,
        refs: Vec<RoleRef>,
    ) -> Vec<(RoleIx, Place)> {
        let mut out: Vec<(RoleIx, Place)> = Vec::with_capacity(refs.len());
        let mut seen = HashSet::with_capacity(refs.len());
        for r in refs {
            let shown = crate::text::excerpt(&r.id, 60);
            let mut knock_on = None;
            let message = match lib.ids.get(&r.id) {
                Some(&to) if to == from => {
                    format!("'{key}' names this role itself; remove '{shown}'")
                }
                Some(&to) => {
                    if seen.insert(to) {
                        out.push((to, (r.line, r.column)));
                    }
                    continue;
                }
                None if self.role_files.contains(&r.id) => {
                    knock_on = Some(r.id.clone());
                    format!(
                        "'{key}' names '{shown}', but that role could not be loaded; fix the problems reported for {shown}.toml"
                    )
                }
                None => {
                    let hint = match self.suggest(lib, &r.id) {
                        Some(s) => format!("; did you mean '{s}'?"),
                        None => "; use the file name of a role, without '.toml'".to_string(),
                    };
                    format!("'{key}' names '{shown}', but there is no role with that id{hint}")
                }
            };
            let mut problem = role_problem(lib, from, &r, message).kind(Kind::Link);
            if knock_on.is_some() {
                problem.kind = Kind::KnockOn;
                problem.knock_on = knock_on;
            }
            self.problems.push(problem);
        }
        out
    }

    fn suggest<'l>(&mut self, lib: &'l Library, wrong: &str) -> Option<&'l str> {
        let cost = lib.ids.len();
        if cost > self.suggestions_left {
            return None;
        }
        self.suggestions_left -= cost;
        did_you_mean(wrong, lib.ids.keys().map(String::as_str))
    }
}

fn role_problem(lib: &Library, role: RoleIx, at: &RoleRef, message: String) -> Problem {
    let mut p = Problem::new(&lib.roles[role].file, message).at(at.line, at.column);
    p.title = Some(lib.roles[role].title.clone());
    p
}

/// Sorts siblings by `order`, then name; roles by title.
fn sort_tree(lib: &mut Library) {
    let key = |lib: &Library, d: usize| {
        let dept = &lib.departments[d];
        (
            dept.is_other,
            dept.order.unwrap_or(i64::MAX),
            dept.name.to_lowercase(),
        )
    };
    let mut top = std::mem::take(&mut lib.top);
    top.sort_by_cached_key(|&d| key(lib, d));
    lib.top = top;
    for d in 0..lib.departments.len() {
        let mut children = std::mem::take(&mut lib.departments[d].children);
        children.sort_by_cached_key(|&c| key(lib, c));
        let mut roles = std::mem::take(&mut lib.departments[d].roles);
        roles.sort_by(|&a, &b| {
            let (a, b) = (&lib.roles[a], &lib.roles[b]);
            a.title
                .to_lowercase()
                .cmp(&b.title.to_lowercase())
                .then_with(|| a.id.cmp(&b.id))
        });
        lib.departments[d].children = children;
        lib.departments[d].roles = roles;
    }
}
