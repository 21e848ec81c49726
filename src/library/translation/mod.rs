//! Translations of roles, departments and the library's welcome: a file
//! `<id>.fr.toml` beside `<id>.toml` carries the same text keys in another
//! language. Only text is translated; ids, links, flags, dates and figures
//! stay in the English file, so a translation can never disagree with it.

//!
//! Reading a file is [`read`]'s, checking it against the English library
//! [`check`]'s, laying it over that library [`apply`]'s; French typography
//! is the library's `typography` module, for skills' French names too.

mod apply;
mod check;
mod read;

pub use apply::translate;
pub(crate) use check::check;
pub(crate) use read::read;

use super::model::Library;
use super::position::Position;
use super::text_lists::SkillGroup;
use crate::i18n::Lang;

const DEPARTMENT_TEXT: &[&str] = &["name", "summary", "description"];
const DEPARTMENT_LISTS: &[&str] = &["unions", "industry_groups"];
const LIBRARY_TEXT: &[&str] = &["title", "welcome"];

const NOC_KEYS: &[&str] = &["code", "version", "title"];
const WAGE_KEYS: &[&str] = &["region", "source", "note"];
const SOURCE_KEYS: &[&str] = &["title", "publisher", "region"];
/// A move's translation: `to` matches it to the English file's move, whose
/// `because` it translates.
const MOVE_KEYS: &[&str] = &["to", "because"];

pub const DEPARTMENT_SECTIONS: &[&str] = &["name", "summary", "description", "skills"];

/// What a translation file translates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Role(String),
    /// A department, by its folder inside the library.
    Department(String),
    /// The library's own title and welcome.
    Library,
}

/// One translation file, read.
#[derive(Clone, Debug)]
pub struct Translation {
    pub lang: Lang,
    pub target: Target,
    /// The file, as problems name it.
    pub file: String,
    texts: Vec<(&'static str, String)>,
    lists: Vec<(&'static str, Vec<String>)>,
    skills: Vec<(SkillGroup, Position)>,
    noc: Vec<NocText>,
    wages: Option<ByPlace<[Option<String>; 3]>>,
    sources: Option<ByPlace<[Option<String>; 3]>>,
    moves: Vec<MoveText>,
    /// Where its French departs from French typography in ways that read
    /// less well but show as they should: advice for `check`, not problems.
    pub advice: Vec<super::Problem>,
}

/// The reason for one of a role's moves, translated.
#[derive(Clone, Debug)]
struct MoveText {
    /// The id the English move leads to.
    to: String,
    because: String,
    at: Position,
}

#[derive(Clone, Debug)]
struct NocText {
    code: String,
    version: Option<String>,
    title: String,
    at: Position,
}

/// Entries matched by their place to the English file's.
#[derive(Clone, Debug)]
struct ByPlace<T> {
    items: Vec<T>,
    at: Position,
}

/// `foley-artist.fr.toml` → (`foley-artist`, `fr`): a name with a
/// two-letter language code before `.toml`.
pub(crate) fn split_name(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".toml")?;
    let (id, code) = stem.rsplit_once('.')?;
    let is_code = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
    (is_code && !id.is_empty()).then_some((id, code))
}

/// The English file a translation file translates (`sound/x.fr.toml` →
/// `sound/x.toml`); `None` for a file that is not a translation.
pub fn english_file(path: &str) -> Option<String> {
    let (folder, name) = path.rsplit_once('/').map_or(("", path), |(f, n)| (f, n));
    let (id, _) = split_name(name)?;
    Some(if folder.is_empty() {
        format!("{id}.toml")
    } else {
        format!("{folder}/{id}.toml")
    })
}

/// Each role and department of a library shown in `lang` whose
/// translation lacks sections, with those sections: what a translator has
/// left to do.
pub fn missing(shown: &Library, lang: Lang) -> Vec<Missing> {
    let root = library_root(shown);
    let mut out = Vec::new();
    for dept in shown
        .departments
        .iter()
        .filter(|d| !d.untranslated.is_empty())
    {
        out.push(Missing {
            file: format!("{root}{}/_index.{}.toml", dept.key, lang.code()),
            sections: dept.untranslated.clone(),
        });
    }
    for role in shown.roles.iter().filter(|r| !r.untranslated.is_empty()) {
        // Named by the role's id, beside its file: a file whose own name is
        // not an id (`Dialogue Mixer.toml`) is translated by
        // `dialogue-mixer.fr.toml`, the only name that finds it.
        let folder = role.file().rsplit_once('/').map_or("", |(f, _)| f);
        let name = format!("{}.{}.toml", role.id(), lang.code());
        let file = if folder.is_empty() {
            name
        } else {
            format!("{folder}/{name}")
        };
        out.push(Missing {
            file,
            sections: role.untranslated.iter().map(|k| k.name()).collect(),
        });
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// The library folder as problems name its files (`roles/`), taken from a
/// role's file: its folder, less the department's own folders.
pub(crate) fn library_root(lib: &Library) -> String {
    lib.roles
        .iter()
        .find_map(|role| {
            let (folder, _) = role.file().rsplit_once('/')?;
            let key = &lib.departments[role.department].key;
            let root = if key.is_empty() {
                folder
            } else {
                folder.strip_suffix(key.as_str())?.trim_end_matches('/')
            };
            Some(if root.is_empty() {
                String::new()
            } else {
                format!("{root}/")
            })
        })
        .unwrap_or_default()
}

/// A translation file that lacks sections, or is not there at all (every
/// section of its role listed).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Missing {
    /// The translation file, as it is or would be named.
    pub file: String,
    /// The keys it lacks, as the English file writes them.
    #[serde(rename = "keys")]
    pub sections: Vec<&'static str>,
}
