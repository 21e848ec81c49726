//! Reading one listed file: its bytes, as TOML, into a role, a department
//! or the library's own details, with every problem found on the way.

use toml::de::DeTable;

use super::fields::Doc;
use super::model::Department;
use super::position::line_column;
use super::problem::{Kind, Problem};
use super::schema::{self, LibraryInfo, RoleDraft};
use super::skills::{self, SKILLS_FILE, SkillTable};
use super::source::LibraryFile;
use super::synonyms::{self, SYNONYMS_FILE, Synonyms};
use super::translation::{self, Translation};

/// What one file turned out to be.
///
/// A role is kept in place, not boxed: roles are nearly every file, and
/// 20,000 boxes freed once the library is built would leave as many holes
/// between the roles' texts, which the allocator cannot give back (about
/// 10 MB at 20,000 roles).
#[allow(clippy::large_enum_variant)]
pub(crate) enum Parsed {
    Role(RoleDraft),
    Department(String, Box<Department>),
    Info(LibraryInfo),
    Translation(Box<Translation>),
    Synonyms(Synonyms),
    Skills(Box<SkillTable>),
    Nothing,
}

/// Where a file sits: the library's own index, a department's, or a role.
pub(crate) fn file_kind(rel: &str) -> (Option<&str>, &str) {
    match rel.rsplit_once('/') {
        Some((folder, name)) => (Some(folder), name),
        None => (None, rel),
    }
}

/// How files are read for one library.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    /// The library declares its skills in `_skills.toml`, so where each
    /// skill is written is worth knowing: a name it does not declare is
    /// reported there. Without the file, every name is a skill.
    pub skills_declared: bool,
}

pub(crate) fn parse_listed(file: &LibraryFile, reading: Reading) -> (Parsed, Vec<Problem>) {
    let bytes = match file.read() {
        Ok(bytes) => bytes,
        Err(message) => {
            let problem = Problem::new(&file.display, message).kind(Kind::File);
            return (Parsed::Nothing, vec![problem]);
        }
    };
    // A byte order mark is how some editors mark UTF-8; it is not text, and
    // must not shift the columns of the first line.
    let read = bytes.len();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mark = read - bytes.len();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            let valid = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let problem = Problem::new(
                &file.display,
                crate::msg!(
                    "problem-not-utf8",
                    byte = mark + at + 1,
                    hex = format!("0x{:02X}", bytes[at])
                ),
            )
            .at_offset(valid, valid.len())
            .kind(Kind::File);
            return (Parsed::Nothing, vec![problem]);
        }
    };
    let mut doc = Doc::new(&file.display, text);
    doc.skill_positions = reading.skills_declared;
    let parsed = match DeTable::parse(text) {
        Ok(table) => interpret(&mut doc, &file.rel, table.get_ref()),
        Err(e) => {
            let message = syntax_message(text, &e);
            let open = e
                .span()
                .filter(|_| e.message().contains("array"))
                .and_then(|span| unclosed_list(text, span.start).map(|at| (at, span.start)));
            match (open, e.span()) {
                (Some((at, noticed)), _) => {
                    let (message, place) = list_mistake(text, at, noticed);
                    doc.report(place..place + 1, message);
                }
                (None, Some(span)) => doc.report(span, message),
                // Only the too-deep dotted key has no place; saying 1:1 would
                // send the reader to the wrong line.
                (None, None) => doc.problems.push(Problem::new(doc.path, message)),
            }
            for p in &mut doc.problems {
                p.kind = Kind::Syntax;
            }
            if file.rel == SKILLS_FILE {
                // Half-way through an edit: the other skills still read.
                super::half_edited::read_valid_tables(&mut doc, text)
                    .map_or(Parsed::Nothing, |s| Parsed::Skills(Box::new(s)))
            } else {
                Parsed::Nothing
            }
        }
    };
    (parsed, doc.problems)
}

/// What is wrong with a list opened at byte `opened` that the
/// parser stopped reading at byte `noticed`, and the byte to point at. When
/// what follows cannot be a list item (a key, a table heading, a '}', the
/// end of the file), the list was never closed: pointing at the '[' that
/// opened it, lines before, says where to look. Otherwise an item follows
/// one without a comma between them.
fn list_mistake(text: &str, opened: usize, noticed: usize) -> (crate::i18n::Message, usize) {
    let (line, column) = line_column(text, noticed);
    let rest = skip_blank(text, noticed);
    if rest.is_empty() {
        let message = crate::msg!("problem-list-not-closed-at-end");
        return (message, opened);
    }
    if !could_be_list_item(text, text.len() - rest.len()) {
        let message = crate::msg!("problem-list-not-closed", line = line, column = column);
        return (message, opened);
    }
    let (open_line, open_column) = line_column(text, opened);
    let message = crate::msg!(
        "problem-list-missing-comma",
        line = open_line,
        column = open_column
    );
    (message, text.len() - rest.len())
}

/// `text` from `at` on, past blanks, line ends and comments.
fn skip_blank(text: &str, at: usize) -> &str {
    let mut rest = text.get(at..).unwrap_or_default();
    loop {
        let trimmed = rest.trim_start();
        match trimmed.strip_prefix('#') {
            Some(comment) => rest = comment.find('\n').map_or("", |n| &comment[n..]),
            None => return trimmed,
        }
    }
}

/// Whether what starts at byte `at` can be an item of a list: not a
/// closing '}', not a `[table]` heading on its own line, not `key = …`.
fn could_be_list_item(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let line = rest.lines().next().unwrap_or_default();
    let line = line.split('#').next().unwrap_or_default().trim_end();
    if rest.starts_with('}') {
        return false;
    }
    let at_line_start = text[..at]
        .rsplit('\n')
        .next()
        .is_some_and(|before| before.trim().is_empty());
    let heading_chars = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
    };
    if at_line_start {
        let inner = line
            .strip_prefix("[[")
            .and_then(|l| l.strip_suffix("]]"))
            .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
        if inner.is_some_and(heading_chars) {
            return false;
        }
    }
    // `key = …`: a bare key, or a quoted one, then '='.
    let after_key = if let Some(quoted) = line.strip_prefix('"') {
        quoted.find('"').map(|end| &quoted[end + 1..])
    } else {
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(line.len());
        (end > 0).then(|| &line[end..])
    };
    !after_key.is_some_and(|after| after.trim_start().starts_with('='))
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
fn syntax_message(text: &str, e: &toml::de::Error) -> crate::i18n::Message {
    let raw = e.message().trim();
    let plain = match raw {
        "duplicate key" => {
            let key = e
                .span()
                .and_then(|s| text.get(s))
                .map(|k| k.trim().trim_matches(['"', '\'']))
                .filter(|k| !k.is_empty());
            match key {
                Some(key) => crate::msg!("problem-key-twice", key = crate::clean::excerpt(key, 60)),
                None => crate::msg!("problem-a-key-twice"),
            }
        }
        "recursion limit" | "cannot recurse further; max recursion depth met" => {
            crate::msg!("problem-nested-too-deep")
        }
        other => crate::clean::clean_line(&other.replace('\n', "; "))
            .into_owned()
            .into(),
    };
    crate::msg!("problem-not-toml", detail = plain)
}

fn interpret(doc: &mut Doc<'_>, rel: &str, table: &DeTable<'_>) -> Parsed {
    let (folder, name) = file_kind(rel);
    if let Some((id, code)) = translation::split_name(name)
        && (id == "_skills" || id == "_synonyms")
    {
        // Both name words in every language in themselves.
        let message = if id == "_skills" {
            crate::msg!("problem-skills-translated", code = code)
        } else {
            crate::msg!("problem-synonyms-translated", code = code)
        };
        doc.problems
            .push(Problem::new(doc.path, message).kind(Kind::Translation));
        return Parsed::Nothing;
    }
    if let Some((id, code)) = translation::split_name(name) {
        return translation::read(doc, table, folder, id, code)
            .map_or(Parsed::Nothing, |t| Parsed::Translation(Box::new(t)));
    }
    if name == SYNONYMS_FILE {
        if folder.is_some() {
            doc.problems.push(
                Problem::new(doc.path, crate::msg!("problem-synonyms-not-at-root"))
                    .kind(Kind::Field),
            );
            return Parsed::Nothing;
        }
        return Parsed::Synonyms(synonyms::read(doc, table));
    }
    if name == SKILLS_FILE {
        if folder.is_some() {
            doc.problems.push(
                Problem::new(doc.path, crate::msg!("problem-skills-not-at-root")).kind(Kind::Field),
            );
            return Parsed::Nothing;
        }
        return Parsed::Skills(Box::new(skills::read(doc, table)));
    }
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
    let mut id = crate::clean::clean_line(raw_id).into_owned();
    if raw_id.starts_with('_') {
        // `_indx.toml`, `_skill.toml`: one of crewpath's own files misspelt,
        // not a role.
        let own = ["_index.toml", SKILLS_FILE, SYNONYMS_FILE];
        let meant = super::suggest::did_you_mean(name, own).unwrap_or("_index.toml");
        doc.problems.push(
            Problem::new(
                doc.path,
                crate::msg!("problem-underscore-name", meant = meant),
            )
            .kind(Kind::Id),
        );
        return Parsed::Nothing;
    }
    if reads_as_department(table) {
        // `index.toml`, `sound.toml`: a department's own details under a
        // role's name would otherwise be a key-by-key list of complaints.
        doc.problems
            .push(Problem::new(doc.path, crate::msg!("problem-department-as-role")).kind(Kind::Id));
        return Parsed::Nothing;
    }
    // Every id crewpath prints must work with `show`: a role whose file name
    // is not a valid id is loaded under a valid id made from the name (the
    // builder says so, as only it knows whether that id is free), or left out.
    let mut named_as = None;
    if !is_valid_id(raw_id) {
        let derived = suggested_id(&id);
        if derived.is_empty() {
            let problem = Problem::new(doc.path, invalid_id(&id, IdOutcome::LeftOut));
            doc.problems.push(problem.kind(Kind::Id));
            return Parsed::Nothing;
        }
        named_as = Some(std::mem::replace(&mut id, derived));
    }
    match schema::read_role(doc, table, &id) {
        Some(mut draft) => {
            draft.named_as = named_as;
            // Kiosk mode names a problem by its role's title, not its path.
            for problem in &mut doc.problems {
                problem.title = Some(draft.role.title().to_string());
            }
            Parsed::Role(draft)
        }
        None => {
            if let Some(name) = named_as {
                let message = invalid_id(&name, IdOutcome::RenameTo(&id));
                doc.problems
                    .push(Problem::new(doc.path, message).kind(Kind::Id));
            }
            Parsed::Nothing
        }
    }
}

/// What became of a role whose file name is not a valid id.
pub(crate) enum IdOutcome<'a> {
    /// Loaded under this id, made from the name.
    LoadedAs(&'a str),
    /// Not loaded, for problems of its own; this id would do.
    RenameTo(&'a str),
    /// The id made from the name belongs to this other file's role.
    Taken { id: &'a str, by: &'a str },
    /// No id can be made from the name.
    LeftOut,
}

/// The problem with a file name that is not a valid role id.
pub(crate) fn invalid_id(name: &str, outcome: IdOutcome<'_>) -> crate::i18n::Message {
    let name = crate::clean::excerpt(name, 60);
    match outcome {
        IdOutcome::LoadedAs(id) => {
            crate::msg!("problem-invalid-id-loaded-as", name = name, id = id)
        }
        IdOutcome::RenameTo(id) => {
            crate::msg!("problem-invalid-id-rename-to", name = name, id = id)
        }
        IdOutcome::Taken { id, by } => {
            crate::msg!("problem-invalid-id-taken", name = name, id = id, other = by)
        }
        IdOutcome::LeftOut => crate::msg!("problem-invalid-id-left-out", name = name),
    }
}

/// Whether a table has a department's name and no role title, and nothing
/// but a department's keys.
fn reads_as_department(table: &DeTable<'_>) -> bool {
    table.get("name").is_some()
        && table.get("title").is_none()
        && table
            .iter()
            .all(|(key, _)| schema::DEPARTMENT_KEYS.contains(&key.get_ref().as_ref()))
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A valid id close to `id`: lower case, accents dropped ("Régie" → "regie"),
/// anything else a single '-'. A doubled ending, as some editors save
/// `x.toml.toml`, is dropped: the file was meant to be `x.toml`.
fn suggested_id(id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut id = id;
    while id.len() > ".toml".len() && id.as_bytes()[id.len() - 5..].eq_ignore_ascii_case(b".toml") {
        id = &id[..id.len() - 5];
    }
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
    crate::clean::clean_line(folder)
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
