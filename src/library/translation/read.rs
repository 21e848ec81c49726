//! Reading one translation file: its text keys, and the entries of lists
//! of tables matched to the English file's, each with where it stands.

use toml::de::DeTable;

use super::{
    ByPlace, DEPARTMENT_LISTS, DEPARTMENT_TEXT, LIBRARY_TEXT, MOVE_KEYS, MoveText, NOC_KEYS,
    NocText, SOURCE_KEYS, Target, Translation, WAGE_KEYS,
};
use crate::i18n::Lang;
use crate::library::fields::Doc;
use crate::library::position::Position;
use crate::library::problem::{Kind, Problem};
use crate::library::role_key::{ENGLISH_KEYS, LIST_KEYS, TABLE_KEYS, TEXT_KEYS};
use crate::library::text_lists::SkillGroup;
use crate::library::typography;

/// Reads a translation file whose name gave `id` and `code`; `None` (with a
/// problem) for a language crewpath does not speak.
pub(crate) fn read(
    doc: &mut Doc<'_>,
    table: &DeTable<'_>,
    folder: Option<&str>,
    id: &str,
    code: &str,
) -> Option<Translation> {
    // File names are untrusted text: cleaned wherever a message quotes them.
    let english_name = format!("{}.toml", crate::clean::clean_line(id));
    let lang = match Lang::from_code(code) {
        Some(Lang::En) => {
            let message = crate::msg!("translation-english", file = english_name.as_str());
            doc.problems
                .push(Problem::new(doc.path, message).kind(Kind::Translation));
            return None;
        }
        Some(lang) => lang,
        None => {
            let message = crate::msg!("translation-unknown-language", code = code);
            doc.problems
                .push(Problem::new(doc.path, message).kind(Kind::Translation));
            return None;
        }
    };
    let (target, text, lists, tables): (_, &[&str], &[&str], &[&str]) = match (id, folder) {
        ("_index", None) => (Target::Library, LIBRARY_TEXT, &[], &[]),
        ("_index", Some(folder)) => (
            Target::Department(folder.to_string()),
            DEPARTMENT_TEXT,
            DEPARTMENT_LISTS,
            &["skills"],
        ),
        _ => (
            Target::Role(id.to_string()),
            &TEXT_KEYS,
            &LIST_KEYS,
            TABLE_KEYS,
        ),
    };
    refuse_untranslatable(doc, table, text, lists, tables, &english_name);
    let advice = if lang == Lang::Fr {
        typography::check_translation(doc, table)
    } else {
        Vec::new()
    };
    let mut out = Translation {
        lang,
        target,
        file: doc.path.to_string(),
        texts: Vec::new(),
        lists: Vec::new(),
        skills: Vec::new(),
        noc: Vec::new(),
        wages: None,
        sources: None,
        moves: Vec::new(),
        advice,
    };
    for &key in text {
        if let Some(value) = doc.text(table, key) {
            out.texts.push((key, value));
        }
    }
    for &key in lists {
        if table.get(key).is_some() {
            out.lists.push((key, doc.strings(table, key)));
        }
    }
    if tables.contains(&"skills") {
        out.skills = skill_groups(doc, table);
    }
    if tables.contains(&"noc") {
        out.noc = noc(doc, table);
        out.wages = listed(doc, table, "wages", WAGE_KEYS);
        out.sources = listed(doc, table, "sources", SOURCE_KEYS);
        out.moves = moves(doc, table);
    }
    Some(out)
}

/// Reports every key a translation may not hold: the English file's own
/// (links, flags, dates, order) by name, anything else as unknown.
fn refuse_untranslatable(
    doc: &mut Doc<'_>,
    table: &DeTable<'_>,
    text: &[&str],
    lists: &[&str],
    tables: &[&str],
    english_name: &str,
) {
    let allowed: Vec<&str> = [text, lists, tables].concat();
    // A department's `order` is the English file's too.
    let english: &[&str] = &[&ENGLISH_KEYS[..], &["order"]].concat();
    for (key, _) in table.iter() {
        let name: &str = key.get_ref();
        if english.contains(&name) {
            let message = crate::msg!("translation-english-only", key = name, file = english_name);
            let at = doc.position(key.span().start);
            let problem = Problem::new(doc.path, message)
                .at(at)
                .kind(Kind::Translation);
            doc.problems.push(problem);
        }
    }
    doc.check_keys_but(table, &allowed, english, None);
}

fn skill_groups(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<(SkillGroup, Position)> {
    let at = |doc: &Doc<'_>, category: &str| {
        let offset = table
            .get("skills")
            .and_then(|v| match v.get_ref() {
                toml::de::DeValue::Table(t) => t
                    .iter()
                    .find(|(k, _)| k.get_ref().as_ref() == category)
                    .map(|(k, _)| k.span().start),
                _ => None,
            })
            .unwrap_or_default();
        doc.position(offset)
    };
    doc.skill_groups(table, "skills")
        .into_iter()
        .map(|group| {
            let place = at(doc, &group.category);
            (group, place)
        })
        .collect()
}

fn noc(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<NocText> {
    doc.tables(table, "noc", NOC_KEYS)
        .into_iter()
        .filter_map(|(span, t)| {
            let at = doc.position(span.start);
            let code = doc.text(t, "code");
            let title = doc.text(t, "title");
            let version = doc.text(t, "version");
            let entry = code.zip(title).map(|(code, title)| NocText {
                code,
                version,
                title,
                at,
            });
            complete(doc, at, entry, || {
                crate::msg!("translation-noc-needs-code-and-title")
            })
        })
        .collect()
}

fn moves(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<MoveText> {
    doc.tables(table, "moves", MOVE_KEYS)
        .into_iter()
        .filter_map(|(span, t)| {
            let at = doc.position(span.start);
            let to = doc.text(t, "to");
            let because = doc.text(t, "because").filter(|b| !b.trim().is_empty());
            let entry = to
                .zip(because)
                .map(|(to, because)| MoveText { to, because, at });
            complete(doc, at, entry, || {
                crate::msg!("translation-move-needs-to-and-because")
            })
        })
        .collect()
}

/// A translated entry, or a translation problem at `at` saying what it
/// lacks.
fn complete<T>(
    doc: &mut Doc<'_>,
    at: Position,
    entry: Option<T>,
    lacks: impl FnOnce() -> crate::i18n::Message,
) -> Option<T> {
    if entry.is_none() {
        let message = lacks();
        doc.problems.push(
            Problem::new(doc.path, message)
                .at(at)
                .kind(Kind::Translation),
        );
    }
    entry
}

fn listed(
    doc: &mut Doc<'_>,
    table: &DeTable<'_>,
    key: &str,
    keys: &'static [&'static str],
) -> Option<ByPlace<[Option<String>; 3]>> {
    let value = table.get(key)?;
    let at = doc.position(value.span().start);
    let items = doc
        .tables(table, key, keys)
        .into_iter()
        .map(|(_, t)| [0, 1, 2].map(|i| doc.text(t, keys[i])))
        .collect();
    Some(ByPlace { items, at })
}
