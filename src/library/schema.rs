//! The keys of role files and `_index.toml` files, and how each is read.

use std::borrow::Cow;
use std::sync::Arc;

use toml::de::DeTable;

use super::fields::Doc;
use super::model::{
    Department, Noc, PayBand, Role, RoleIx, RoleText, SideMove, Source, TextSlot, Wage,
};
use super::position::{Cursor, Position};
use super::role_key::{DATED_KEYS, ROLE_KEYS, RoleKey};

pub const DEPARTMENT_KEYS: &[&str] = &[
    "name",
    "summary",
    "description",
    "unions",
    "industry_groups",
    "skills",
    "order",
];

pub const LIBRARY_KEYS: &[&str] = &["title", "welcome", "examples"];

const NOC_KEYS: &[&str] = &["code", "title", "version"];
const WAGE_KEYS: &[&str] = &[
    "region", "year", "source", "unit", "currency", "note", "starting", "overall", "top",
];
const BAND_KEYS: &[&str] = &["low", "high", "average", "median"];
const SOURCE_KEYS: &[&str] = &["title", "publisher", "region", "url", "retrieved"];
pub(crate) const MOVE_KEYS: &[&str] = &["to", "because", "source", "suggested"];

/// A role id written in a ladder or link list, with where it was written.
#[derive(Clone, Debug)]
pub(crate) struct RoleRef {
    pub id: String,
    /// Where the id is written.
    pub at: Position,
}

/// A role as read from its file, before its links are resolved.
#[derive(Debug, Default)]
pub(crate) struct RoleDraft {
    /// The role's id, its own copy: the library's table of ids keeps it.
    pub id: String,
    pub role: Role,
    /// The folder inside the library, `None` for the library folder itself;
    /// one string for all the roles of a folder read together.
    pub folder: Option<Arc<str>>,
    /// The file's name as written, when it is not a valid id and the role's
    /// id was made from it.
    pub named_as: Option<String>,
    pub next: Vec<RoleRef>,
    pub related: Vec<RoleRef>,
    pub works_with: Vec<RoleRef>,
    /// Where each of `role.moves` goes, in the same order.
    pub moves: Vec<RoleRef>,
    /// Where each of the role's skills is written, in order.
    pub skill_at: Vec<Position>,
}

/// Reads a role; `None` when it has no usable title (reported).
pub(crate) fn read_role(doc: &mut Doc<'_>, table: &DeTable<'_>, id: &str) -> Option<RoleDraft> {
    doc.check_keys(table, &ROLE_KEYS, None);
    let title = match doc.string_borrowed(table, "title") {
        Some(t) if !t.is_empty() => t,
        Some(_) => {
            let span = table.get("title").map_or(0..0, |v| v.span());
            doc.report(span, crate::msg!("problem-title-empty"));
            return None;
        }
        None => {
            if table.get("title").is_none() {
                doc.problems.push(
                    super::Problem::new(doc.path, crate::msg!("problem-no-title"))
                        .at(Position { line: 1, column: 1 }),
                );
            }
            return None;
        }
    };
    // Borrowed from the file where it needs no cleaning: packing the role
    // is the only copy.
    let mut text = RoleText {
        id: Cow::Borrowed(id),
        file: Cow::Borrowed(doc.path),
        title,
        ..RoleText::default()
    };
    for &key in RoleKey::ALL {
        match text.text_under_mut(key) {
            Some(TextSlot::Opt(slot)) => *slot = doc.text_borrowed(table, key.name()),
            Some(TextSlot::List(slot)) => *slot = doc.strings_borrowed(table, key.name()),
            // The title, read above; links, flags and tables, below.
            Some(TextSlot::One(_)) | None => {}
        }
    }
    let mut role = Role::new(&text);
    let (skills, skill_at) = doc.skill_groups_packed(table, "skills");
    role.skills = skills;
    role.entry_level = doc.boolean(table, "entry_level").unwrap_or(false);
    role.in_demand = doc.boolean(table, "in_demand").unwrap_or(false);
    role.noc = read_noc(doc, table);
    role.wages = read_wages(doc, table);
    role.sources = read_sources(doc, table);
    role.updated = read_updated(doc, table);
    let (moves, targets) = read_moves(doc, table, &role.sources);
    role.moves = moves;
    Some(RoleDraft {
        id: id.to_string(),
        folder: None,
        named_as: None,
        next: role_refs(doc, table, "next"),
        related: role_refs(doc, table, "related"),
        works_with: role_refs(doc, table, "works_with"),
        moves: targets,
        skill_at,
        role,
    })
}

fn role_refs(doc: &mut Doc<'_>, table: &DeTable<'_>, key: &str) -> Vec<RoleRef> {
    let mut cursor = Cursor::new(doc.text);
    doc.strings_with_spans(table, key)
        .into_iter()
        .map(|(id, offset)| RoleRef {
            id,
            at: cursor.position(offset),
        })
        .collect()
}

/// `[[moves]]`: each sideways move with the role it leads to, why, and
/// either the source that supports it or `suggested = true`, the library's
/// own idea. A move missing any of these is reported and left out; where
/// its `to` leads is resolved with the other links.
fn read_moves(
    doc: &mut Doc<'_>,
    table: &DeTable<'_>,
    sources: &[Source],
) -> (Vec<SideMove>, Vec<RoleRef>) {
    let mut moves = Vec::new();
    let mut targets = Vec::new();
    for (span, t) in doc.tables(table, "moves", MOVE_KEYS) {
        let to = doc.text(t, "to");
        let because = doc.text(t, "because").filter(|b| !b.trim().is_empty());
        let source = doc.text(t, "source");
        let suggested = doc.boolean(t, "suggested").unwrap_or(false);
        let (Some(id), Some(offset)) = (to, t.get("to").map(|v| v.span().start)) else {
            // A `to` of the wrong type is reported as such.
            if t.get("to").is_none() {
                doc.report(span, crate::msg!("problem-move-needs-to"));
            }
            continue;
        };
        let Some(because) = because else {
            let at = t.get("because").map_or(span, |v| v.span());
            doc.report(
                at,
                crate::msg!("problem-move-needs-because", to = id.as_str()),
            );
            continue;
        };
        match (&source, suggested) {
            (Some(_), true) => {
                let at = t.get("suggested").map_or(span, |v| v.span());
                doc.report(
                    at,
                    crate::msg!("problem-move-source-and-suggested", to = id.as_str()),
                );
                continue;
            }
            (None, false) => {
                doc.report(
                    span,
                    crate::msg!("problem-move-needs-grounds", to = id.as_str()),
                );
                continue;
            }
            (Some(title), false) if !sources.iter().any(|s| s.title.as_deref() == Some(title)) => {
                let at = t.get("source").map_or(span, |v| v.span());
                let titles: Vec<String> = sources
                    .iter()
                    .filter_map(|s| s.title.as_deref())
                    .map(|t| format!("'{t}'"))
                    .collect();
                let message = if titles.is_empty() {
                    crate::msg!("problem-move-source-unknown-none", source = title.as_str())
                } else {
                    crate::msg!(
                        "problem-move-source-unknown",
                        source = title.as_str(),
                        titles = titles.join(", ")
                    )
                };
                doc.report(at, message);
                continue;
            }
            _ => {}
        }
        targets.push(RoleRef {
            id,
            at: doc.position(offset),
        });
        moves.push(SideMove {
            to: RoleIx::MAX,
            because,
            source,
        });
    }
    (moves, targets)
}

fn read_noc(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<Noc> {
    doc.tables(table, "noc", NOC_KEYS)
        .into_iter()
        .filter_map(|(span, t)| {
            let code = doc.text(t, "code");
            if code.is_none() && t.get("code").is_none() {
                doc.report(span, crate::msg!("problem-noc-needs-code"));
            }
            Some(Noc {
                code: code?,
                title: doc.text(t, "title"),
                version: doc.text(t, "version"),
            })
        })
        .collect()
}

fn read_wages(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<Wage> {
    doc.tables(table, "wages", WAGE_KEYS)
        .into_iter()
        .map(|(_, t)| Wage {
            region: doc.text(t, "region"),
            year: doc.integer(t, "year"),
            source: doc.text(t, "source"),
            unit: doc.text(t, "unit"),
            currency: doc.text(t, "currency"),
            note: doc.text(t, "note"),
            starting: read_band(doc, t, "starting"),
            overall: read_band(doc, t, "overall"),
            top: read_band(doc, t, "top"),
        })
        .collect()
}

fn read_band(doc: &mut Doc<'_>, table: &DeTable<'_>, key: &str) -> Option<PayBand> {
    let band = doc.table(table, key, BAND_KEYS)?;
    Some(PayBand {
        low: doc.number(band, "low"),
        high: doc.number(band, "high"),
        average: doc.number(band, "average"),
        median: doc.number(band, "median"),
    })
}

/// `[updated]`: a date for each section the source dates.
fn read_updated(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<(String, String)> {
    let Some(dates) = doc.table(table, "updated", &DATED_KEYS) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, _) in dates.iter() {
        let key: &str = key.get_ref();
        if DATED_KEYS.contains(&key)
            && let Some(date) = doc.date(dates, key)
        {
            out.push((key.to_string(), date));
        }
    }
    out
}

fn read_sources(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<Source> {
    doc.tables(table, "sources", SOURCE_KEYS)
        .into_iter()
        .map(|(_, t)| Source {
            title: doc.text(t, "title"),
            publisher: doc.text(t, "publisher"),
            region: doc.text(t, "region"),
            url: doc.text(t, "url"),
            retrieved: doc.date(t, "retrieved"),
        })
        .collect()
}

/// Reads a department's `_index.toml` into `dept`.
pub(crate) fn read_department(doc: &mut Doc<'_>, table: &DeTable<'_>, dept: &mut Department) {
    doc.check_keys(table, DEPARTMENT_KEYS, None);
    if let Some(name) = doc.text(table, "name") {
        dept.name = name;
    }
    dept.summary = doc.text(table, "summary");
    dept.description = doc.text(table, "description");
    dept.unions = doc.strings(table, "unions");
    dept.industry_groups = doc.strings(table, "industry_groups");
    (dept.skills, dept.skill_at) = doc.skill_groups_packed(table, "skills");
    dept.order = doc.integer(table, "order");
}

/// The library's own `_index.toml`: its title and welcome text.
pub(crate) struct LibraryInfo {
    pub title: Option<String>,
    pub welcome: Option<String>,
    /// The kiosk welcome's examples: role ids or searches.
    pub examples: Vec<String>,
}

pub(crate) fn read_library_info(doc: &mut Doc<'_>, table: &DeTable<'_>) -> LibraryInfo {
    doc.check_keys(table, LIBRARY_KEYS, None);
    LibraryInfo {
        title: doc.text(table, "title"),
        welcome: doc.text(table, "welcome"),
        examples: doc.strings(table, "examples"),
    }
}
