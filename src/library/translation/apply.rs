//! Laying translations over the English library: the library as shown in
//! another language, each section a translation lacks marked.

use std::borrow::Cow;

use super::{DEPARTMENT_SECTIONS, Target, Translation};
use crate::i18n::Lang;
use crate::library::model::{Department, Library, Role, RoleText, TextSlot};
use crate::library::position::Position;
use crate::library::role_key::{RoleKey, SHEET_ORDER};
use crate::library::skills::SkillTable;
use crate::library::text_lists::SkillGroups;

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
    crate::library::order::sort_tree(&mut lib);
    if translations.iter().any(|t| t.lang == lang) {
        lib.lang = lang;
    }
    Cow::Owned(lib)
}

/// Whether a role translation sits in its English file's folder.
pub(super) fn beside(role: &Role, tr: &Translation) -> bool {
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
pub(super) fn name_skills_from_lists(
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
