//! Translations of roles, departments and the library's welcome: a file
//! `<id>.fr.toml` beside `<id>.toml` carries the same text keys in another
//! language. Only text is translated; ids, links, flags, dates and figures
//! stay in the English file, so a translation can never disagree with it.

use std::borrow::Cow;

use toml::de::DeTable;

use super::fields::Doc;
use super::model::{Department, Library, Role, RoleText, TextSlot};
use super::position::Position;
use super::problem::{Kind, Problem};
use super::role_key::{ENGLISH_KEYS, LIST_KEYS, RoleKey, SHEET_ORDER, TABLE_KEYS, TEXT_KEYS};
use super::skills::SkillTable;
use super::text_lists::SkillGroup;
use super::text_lists::SkillGroups;
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
    if lang == Lang::Fr {
        check_french_spacing(doc, table);
    }
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

/// Non-breaking spaces, as escapes a file may write them (`\u00A0`).
const NO_BREAK_ESCAPES: &[&str] = &["\\u00A0", "\\u00a0", "\\u202F", "\\u202f"];

/// French typography puts a non-breaking space before a colon, a closing
/// guillemet and a percent sign, and after an opening guillemet. Written
/// with an ordinary space (or none), a wrapped line can start with a lone
/// `:` or `»`: each one is reported where it stands in the file.
fn check_french_spacing(doc: &mut Doc<'_>, table: &DeTable<'_>) {
    let mut spans = Vec::new();
    string_spans(table, &mut spans);
    for span in spans {
        let Some(raw) = doc.text.get(span.clone()) else {
            continue;
        };
        let mut found = Vec::new();
        let chars: Vec<(usize, char)> = raw.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let before = k.checked_sub(1).map(|j| chars[j].1);
            let after = chars.get(k + 1).map(|&(_, c)| c);
            let spaced_before = matches!(before, Some('\u{a0}' | '\u{202f}'))
                || NO_BREAK_ESCAPES.iter().any(|e| raw[..i].ends_with(e));
            let ordinary = |c: Option<char>| matches!(c, Some(' ' | '\t'));
            match c {
                // A colon ends a phrase: "https://" and "12:30" are left alone.
                ':' if !spaced_before
                    && after.is_none_or(|a| a.is_whitespace() || a == '"' || a == '\'') =>
                {
                    found.push((i, "translation-space-before", ordinary(before)));
                }
                '»' if !spaced_before => {
                    found.push((i, "translation-space-before", ordinary(before)));
                }
                '%' if !spaced_before
                    && (before.is_some_and(|b| b.is_ascii_digit())
                        || (ordinary(before) && k >= 2 && chars[k - 2].1.is_ascii_digit())) =>
                {
                    found.push((i, "translation-space-before", ordinary(before)));
                }
                '«' if !(matches!(after, Some('\u{a0}' | '\u{202f}'))
                    || NO_BREAK_ESCAPES
                        .iter()
                        .any(|e| raw[i + c.len_utf8()..].starts_with(e))) =>
                {
                    found.push((i, "translation-space-after", ordinary(after)));
                }
                _ => {}
            }
        }
        for (i, id, ordinary) in found {
            let mark = raw[i..].chars().next().unwrap_or(':').to_string();
            let found = if ordinary { "space" } else { "none" };
            let message = if id == "translation-space-after" {
                crate::msg!(
                    "translation-space-after",
                    mark = mark.as_str(),
                    found = found
                )
            } else {
                crate::msg!(
                    "translation-space-before",
                    mark = mark.as_str(),
                    found = found
                )
            };
            let at = doc.position(span.start + i);
            doc.problems.push(
                Problem::new(doc.path, message)
                    .at(at)
                    .kind(Kind::Translation),
            );
        }
    }
}

/// The spans of every string in `table`, however deep.
fn string_spans(table: &DeTable<'_>, out: &mut Vec<std::ops::Range<usize>>) {
    for (_, value) in table.iter() {
        value_spans(value, out);
    }
}

fn value_spans(
    value: &toml::Spanned<toml::de::DeValue<'_>>,
    out: &mut Vec<std::ops::Range<usize>>,
) {
    match value.get_ref() {
        toml::de::DeValue::String(_) => out.push(value.span()),
        toml::de::DeValue::Array(items) => {
            for item in items.iter() {
                value_spans(item, out);
            }
        }
        toml::de::DeValue::Table(t) => string_spans(t, out),
        _ => {}
    }
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

/// Problems a translation has against the English library: nothing to
/// translate, skill categories, NOC entries or lists that do not match.
pub(crate) fn check(
    english: &Library,
    translations: &[Translation],
    listed: &foldhash::HashSet<String>,
    problems: &mut Vec<Problem>,
) {
    for lang in Lang::ALL {
        if english.skills.is_declared() || !translations.iter().any(|t| t.lang == lang) {
            continue;
        }
        let mut table = english.skills.clone();
        let clash =
            |tr: &Translation, at: Position, name: &str, id: &str, first: String, file: &str| {
                let message = crate::msg!(
                    "translation-skill-two-names",
                    name = crate::clean::clean_line(name),
                    skill = english.skill_name(id).to_string(),
                    first = first,
                    file = file.to_string()
                );
                problems.push(
                    Problem::new(&tr.file, message)
                        .kind(Kind::Translation)
                        .at(at)
                        .skill(english.skill_id(id)),
                );
            };
        name_skills_from_lists(english, &mut table, translations, lang, clash);
    }
    for tr in translations {
        if english.skills.is_declared()
            && let Some((_, at)) = tr.skills.first()
        {
            let message = crate::msg!("translation-skills-declared");
            problems.push(
                Problem::new(&tr.file, message)
                    .kind(Kind::Translation)
                    .at(*at),
            );
        }
        if let Target::Role(id) = &tr.target
            && english.role_by_id(id).is_none()
            && listed.contains(id)
        {
            let message = crate::msg!(
                "translation-waits",
                file = format!("{}.toml", crate::clean::clean_line(id))
            );
            let mut problem = Problem::new(&tr.file, message).kind(Kind::Translation);
            // It follows from that file's problems, and is listed under them.
            problem.knock_on = Some(id.clone());
            problems.push(problem);
            continue;
        }
        let mut waiting = Vec::new();
        let mut report = |at: Option<Position>, message: crate::i18n::Message| {
            let problem = Problem::new(&tr.file, message).kind(Kind::Translation);
            problems.push(match at {
                Some(at) => problem.at(at),
                None => problem,
            });
        };
        let first_line = Some(Position { line: 1, column: 1 });
        match &tr.target {
            Target::Library => {}
            Target::Department(key) => match english.departments.iter().find(|d| &d.key == key) {
                Some(dept) => check_skills(&dept.skills, &tr.skills, &mut report),
                None => report(
                    first_line,
                    crate::msg!(
                        "translation-no-department",
                        folder = crate::clean::clean_line(key)
                    ),
                ),
            },
            Target::Role(id) => match english.role_by_id(id) {
                None => report(
                    first_line,
                    crate::msg!("translation-no-role", id = crate::clean::clean_line(id)),
                ),
                Some(r) if !beside(&english.roles[r], tr) => {
                    let file = english.roles[r].file();
                    let here = file.strip_suffix(".toml").unwrap_or(file);
                    let message = crate::msg!(
                        "translation-elsewhere",
                        id = crate::clean::clean_line(id),
                        file = file,
                        beside = format!("{here}.{}.toml", tr.lang.code())
                    );
                    report(first_line, message);
                }
                Some(r) => {
                    let role = &english.roles[r];
                    check_skills(&role.skills, &tr.skills, &mut report);
                    for noc in &tr.noc {
                        let known = role.noc.iter().any(|n| {
                            n.code == noc.code
                                && (noc.version.is_none() || n.version == noc.version)
                        });
                        if !known {
                            let message =
                                crate::msg!("translation-noc-unknown", code = noc.code.as_str());
                            report(Some(noc.at), message);
                        }
                    }
                    for m in &tr.moves {
                        let known = role.moves.iter().any(|e| english.roles[e.to].id() == m.to);
                        if !known && listed.contains(&m.to) {
                            // The English move was left out only because the
                            // role it leads to did not load: the entry is
                            // right, and waits for that file to be fixed.
                            let message = crate::msg!(
                                "translation-move-waits",
                                to = crate::clean::clean_line(&m.to)
                            );
                            let mut problem = Problem::new(&tr.file, message)
                                .kind(Kind::Translation)
                                .at(m.at);
                            problem.knock_on = Some(m.to.clone());
                            waiting.push(problem);
                        } else if !known {
                            let ids: Vec<String> = role
                                .moves
                                .iter()
                                .map(|e| format!("'{}'", english.roles[e.to].id()))
                                .collect();
                            let message = if ids.is_empty() {
                                crate::msg!(
                                    "translation-move-unknown-none",
                                    to = crate::clean::clean_line(&m.to)
                                )
                            } else {
                                crate::msg!(
                                    "translation-move-unknown",
                                    to = crate::clean::clean_line(&m.to),
                                    ids = ids.join(", ")
                                )
                            };
                            report(Some(m.at), message);
                        }
                    }
                    for (key, listed, english_count) in [
                        ("wages", &tr.wages, role.wages.len()),
                        ("sources", &tr.sources, role.sources.len()),
                    ] {
                        if let Some(listed) = listed
                            && listed.items.len() != english_count
                        {
                            let message = crate::msg!(
                                "translation-count-differs",
                                key = key,
                                count = listed.items.len(),
                                english = english_count
                            );
                            report(Some(listed.at), message);
                        }
                    }
                }
            },
        }
        problems.append(&mut waiting);
    }
}

fn check_skills(
    english: &SkillGroups,
    translated: &[(SkillGroup, Position)],
    report: &mut impl FnMut(Option<Position>, crate::i18n::Message),
) {
    for (group, at) in translated {
        if !english.iter().any(|g| g.category == group.category) {
            let categories: Vec<&str> = english.iter().map(|g| g.category).collect();
            let message = crate::msg!(
                "translation-skill-category-unknown",
                category = group.category.as_str(),
                categories = categories.join(", ")
            );
            report(Some(*at), message);
        }
    }
}

/// The library as shown in `lang`: `english` itself in English; otherwise
/// a copy with every translation into `lang` laid over it, each section a
/// translation lacks marked, and the tree sorted by the translated names.
pub fn translate<'a>(
    english: &'a Library,
    translations: &[Translation],
    lang: Lang,
) -> Cow<'a, Library> {
    // "Other roles" is crewpath's own name, made in the language spoken
    // when the files were read.
    let other_roles = crate::i18n::tr_in(lang, "library-other-roles", None);
    let named_right = |lib: &Library| {
        lib.departments
            .iter()
            .filter(|d| d.is_other)
            .all(|d| Some(&d.name) == other_roles.as_ref())
    };
    if lang == Lang::En && named_right(english) {
        return Cow::Borrowed(english);
    }
    let mut lib = english.clone();
    if let Some(name) = &other_roles {
        for dept in lib.departments.iter_mut().filter(|d| d.is_other) {
            dept.name.clone_from(name);
        }
    }
    if lang == Lang::En {
        return Cow::Owned(lib);
    }
    // Each role's texts are unpacked once, for its English names and its
    // translations alike.
    let mut for_role: foldhash::HashMap<&str, Vec<&Translation>> = Default::default();
    for tr in translations.iter().filter(|t| t.lang == lang) {
        if let Target::Role(id) = &tr.target {
            for_role.entry(id.as_str()).or_default().push(tr);
        }
    }
    name_skills_from_lists(
        english,
        &mut lib.skills,
        translations,
        lang,
        |_, _, _, _, _, _| {},
    );
    for role in &mut lib.roles {
        role.untranslated = present_sections(role);
        if skills_named(&lib.skills, &role.skills, lang) {
            role.untranslated.retain(|&k| k != RoleKey::Skills);
        }
        let mut text = role.text();
        // Crews say the English titles too; they stay searchable.
        text.english_names = std::iter::once(&text.title)
            .chain(&text.aliases)
            .cloned()
            .collect();
        for tr in for_role.get(text.id.as_str()).into_iter().flatten() {
            if !beside(role, tr) {
                // Reported by `check`; another folder's role of that id
                // (a copy, or a duplicate left out) is not this one.
                continue;
            }
            apply_role(role, &mut text, tr, english);
        }
        role.set_text(&text);
    }
    for dept in &mut lib.departments {
        dept.untranslated = DEPARTMENT_SECTIONS
            .iter()
            .copied()
            .filter(|&s| department_has(dept, s))
            .collect();
        if skills_named(&lib.skills, &dept.skills, lang) {
            dept.untranslated.retain(|&s| s != "skills");
        }
    }
    for tr in translations.iter().filter(|t| t.lang == lang) {
        match &tr.target {
            Target::Library => {
                for (key, value) in &tr.texts {
                    match *key {
                        "title" => lib.title = Some(value.clone()),
                        "welcome" => lib.welcome = Some(value.clone()),
                        _ => {}
                    }
                }
            }
            Target::Department(key) => {
                if let Some(dept) = lib.departments.iter_mut().find(|d| &d.key == key) {
                    apply_department(dept, tr);
                }
            }
            // Laid over each role with its English names, above.
            Target::Role(_) => {}
        }
    }
    super::order::sort_tree(&mut lib);
    if translations.iter().any(|t| t.lang == lang) {
        lib.lang = lang;
    }
    Cow::Owned(lib)
}

/// Whether a role translation sits in its English file's folder.
fn beside(role: &Role, tr: &Translation) -> bool {
    let folder = |path: &str| path.rsplit_once('/').map_or("", |(f, _)| f).to_string();
    folder(role.file()) == folder(&tr.file)
}

/// Every section of the role with text to show, of those marked when a
/// translation lacks them, in the order of the sheet.
fn present_sections(role: &Role) -> Vec<RoleKey> {
    SHEET_ORDER
        .iter()
        .copied()
        .filter(|key| key.marked() && has_text(role, *key))
        .collect()
}

/// Whether the role has text to show under `key`: every key is named, so
/// that a new one is given its answer here.
fn has_text(role: &Role, key: RoleKey) -> bool {
    if let Some(text) = role.text_under(key) {
        return !text.is_empty();
    }
    match key {
        RoleKey::Skills => !role.skills.is_empty(),
        RoleKey::Noc => role.noc.iter().any(|n| n.title.is_some()),
        RoleKey::Wages => role
            .wages
            .iter()
            .any(|w| w.note.is_some() || w.source.is_some()),
        RoleKey::Sources => !role.sources.is_empty(),
        RoleKey::Moves => !role.moves.is_empty(),
        RoleKey::Next => !role.next.is_empty(),
        RoleKey::Related => !role.related.is_empty(),
        RoleKey::WorksWith => !role.works_with.is_empty(),
        RoleKey::EntryLevel => role.entry_level,
        RoleKey::InDemand => role.in_demand,
        RoleKey::Updated => !role.updated.is_empty(),
        // Texts are answered by their kind, above.
        _ => false,
    }
}

fn department_has(dept: &Department, section: &str) -> bool {
    match section {
        "name" => !dept.is_other,
        "summary" => dept.summary.is_some(),
        "description" => dept.description.is_some(),
        "skills" => !dept.skills.is_empty(),
        _ => false,
    }
}

/// Lays `tr` over a role: its texts over `text`, which the caller packs
/// into the role, everything else over the role itself.
fn apply_role(role: &mut Role, text: &mut RoleText, tr: &Translation, english: &Library) {
    let mut done: Vec<RoleKey> = Vec::new();
    for (name, value) in &tr.texts {
        let Some(key) = RoleKey::from_name(name) else {
            continue;
        };
        match text.text_under_mut(key) {
            Some(TextSlot::One(slot)) => *slot = value.clone(),
            Some(TextSlot::Opt(slot)) => *slot = Some(value.clone()),
            _ => continue,
        }
        done.push(key);
    }
    for (name, values) in &tr.lists {
        let Some(key) = RoleKey::from_name(name) else {
            continue;
        };
        match (key, text.text_under_mut(key)) {
            // Words found in either language stay searchable.
            (RoleKey::SearchTerms, _) => text.search_terms.extend(values.iter().cloned()),
            (_, Some(TextSlot::List(slot))) => *slot = values.clone(),
            _ => continue,
        }
        done.push(key);
    }
    let mut noc_left = false;
    for noc in &mut role.noc {
        let french = tr
            .noc
            .iter()
            .find(|t| t.code == noc.code && (t.version.is_none() || t.version == noc.version));
        match french {
            Some(french) => noc.title = Some(french.title.clone()),
            None => noc_left |= noc.title.is_some(),
        }
    }
    if !noc_left {
        done.push(RoleKey::Noc);
    }
    if let Some(wages) = tr
        .wages
        .as_ref()
        .filter(|w| w.items.len() == role.wages.len())
    {
        for (wage, [region, source, note]) in role.wages.iter_mut().zip(&wages.items) {
            replace(&mut wage.region, region);
            replace(&mut wage.source, source);
            replace(&mut wage.note, note);
        }
        done.push(RoleKey::Wages);
    }
    if let Some(sources) = tr
        .sources
        .as_ref()
        .filter(|s| s.items.len() == role.sources.len())
    {
        for (source, [title, publisher, region]) in role.sources.iter_mut().zip(&sources.items) {
            replace(&mut source.title, title);
            replace(&mut source.publisher, publisher);
            replace(&mut source.region, region);
        }
    }
    // Each move's reason, matched by the role it leads to; the section is
    // done once every move has its reason in this language.
    let mut moves_left = false;
    for m in &mut role.moves {
        let to = english.roles[m.to].id();
        match tr.moves.iter().find(|t| t.to == to) {
            Some(t) => m.because = t.because.clone(),
            None => moves_left = true,
        }
    }
    if !moves_left {
        done.push(RoleKey::Moves);
    }
    role.untranslated.retain(|k| !done.contains(k));
}

fn apply_department(dept: &mut Department, tr: &Translation) {
    let mut done: Vec<&str> = Vec::new();
    for (key, value) in &tr.texts {
        match *key {
            "name" => dept.name = value.clone(),
            "summary" => dept.summary = Some(value.clone()),
            "description" => dept.description = Some(value.clone()),
            _ => continue,
        }
        done.push(key);
    }
    for (key, values) in &tr.lists {
        match *key {
            "unions" => dept.unions = values.clone(),
            "industry_groups" => dept.industry_groups = values.clone(),
            _ => {}
        }
    }
    dept.untranslated.retain(|s| !done.contains(s));
}

/// Names skills in `lang` from the skill lists of the translations, matched
/// to the English lists by category and place, in a library that does not
/// declare its skills: the first name a skill gets is its name, and
/// `clash` hears of each other one, with the file that gave the first.
fn name_skills_from_lists(
    english: &Library,
    table: &mut SkillTable,
    translations: &[Translation],
    lang: Lang,
    mut clash: impl FnMut(&Translation, Position, &str, &str, String, &str),
) {
    if table.is_declared() {
        return;
    }
    let mut named_by: foldhash::HashMap<usize, &str> = Default::default();
    for tr in translations.iter().filter(|t| t.lang == lang) {
        let groups = match &tr.target {
            Target::Role(id) => english
                .role_by_id(id)
                .filter(|&r| beside(&english.roles[r], tr))
                .map(|r| &english.roles[r].skills),
            Target::Department(key) => english
                .departments
                .iter()
                .find(|d| &d.key == key)
                .map(|d| &d.skills),
            Target::Library => None,
        };
        let Some(groups) = groups else { continue };
        for (group, at) in &tr.skills {
            let Some(ids) = groups.iter().find(|g| g.category == group.category) else {
                continue;
            };
            for (id, name) in ids.skills.iter().zip(&group.skills) {
                let Some(ix) = table.index_of(id) else {
                    continue;
                };
                match table.name_from_translation(ix, lang, name) {
                    None => {
                        named_by.entry(ix).or_insert(&tr.file);
                    }
                    Some(first) => {
                        let file = named_by.get(&ix).copied().unwrap_or_default();
                        clash(tr, *at, name, id, first, file);
                    }
                }
            }
        }
    }
}

/// Whether every skill in `groups` has a name in `lang`.
fn skills_named(table: &SkillTable, groups: &SkillGroups, lang: Lang) -> bool {
    groups
        .iter()
        .flat_map(|g| g.skills)
        .all(|id| table.by_id(id).is_some_and(|s| s.name_in(lang).is_some()))
}

fn replace(slot: &mut Option<String>, value: &Option<String>) {
    if value.is_some() {
        slot.clone_from(value);
    }
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
