//! `crewpath show`: everything about one role as plain text wrapped at 80
//! columns, as Markdown or as JSON; a role that is not found gets
//! suggestions.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, usage_error};
use crate::clean;
use crate::cli::ShowFormat;
use crate::library::{Library, RoleIx, RoleWithSkills, SkillGroups, Unresolved};
use crate::search::{SearchIndex, Searcher};
use crate::sheet::{Body, WageTable, role_sheet, wage_columns};
use crate::t;

/// Plain text is wrapped to this many columns.
const WIDTH: usize = 80;
/// Suggestions offered for a role that is not found.
const SUGGESTIONS: usize = 5;

pub fn run(roles: Option<&Path>, words: &[String], json: bool, format: ShowFormat) -> Status {
    let wanted = words.join(" ");
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let role = match lib.resolve_role(&wanted) {
        Ok(role) => role,
        Err(why) => {
            let message = unresolved(lib, &wanted, &why);
            super::say(&message);
            if json {
                return print_error(&ErrorJson::new(lib, &wanted, &why, message));
            }
            return Status::FAILURE;
        }
    };
    let printed = if json {
        serde_json::to_string_pretty(&RoleJson::new(lib, role)).map(|s| s + "\n")
    } else {
        Ok(match format {
            ShowFormat::Text => plain(lib, role),
            ShowFormat::Markdown => super::markdown::page(&role_sheet(lib, role)),
        })
    };
    let printed = match printed {
        Ok(s) => s,
        Err(e) => return usage_error(&t!("show-cannot-write", error = e.to_string())),
    };
    let mut out = crate::output::stdout();
    match out.write_all(printed.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            usage_error(&t!("show-cannot-write", error = e.to_string()))
        }
        _ => Status::SUCCESS,
    }
}

/// `show --json` of a name that finds no role: one object, so a caller
/// always has something to parse, and exit 1 as without `--json`.
fn print_error(error: &ErrorJson) -> Status {
    let printed = match serde_json::to_string_pretty(error) {
        Ok(s) => s + "\n",
        Err(e) => return usage_error(&t!("show-cannot-write", error = e.to_string())),
    };
    let mut out = crate::output::stdout();
    match out.write_all(printed.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            usage_error(&t!("show-cannot-write", error = e.to_string()))
        }
        _ => Status::FAILURE,
    }
}

/// `{"format": 1, "error": {kind, wanted, message, roles}}`.
#[derive(Serialize)]
struct ErrorJson {
    format: u32,
    error: ErrorDetail,
}

#[derive(Serialize)]
struct ErrorDetail {
    /// `no_role` (roles: the closest matches, maybe none) or `shared_name`
    /// (roles: those the name fits).
    kind: &'static str,
    wanted: String,
    message: String,
    roles: Vec<OwnedRoleRef>,
}

#[derive(Serialize)]
struct OwnedRoleRef {
    id: String,
    title: String,
}

impl ErrorJson {
    fn new(lib: &Library, wanted: &str, why: &Unresolved, message: String) -> Self {
        let (kind, roles) = match why {
            Unresolved::NoRole => ("no_role", suggestions(lib, wanted)),
            Unresolved::Shared(roles) => ("shared_name", roles.clone()),
        };
        ErrorJson {
            format: 1,
            error: ErrorDetail {
                kind,
                wanted: clean::clean_line(wanted).into_owned(),
                message,
                roles: roles
                    .iter()
                    .map(|&r| OwnedRoleRef {
                        id: clean::clean_line(lib.roles[r].id()).into_owned(),
                        title: clean::clean_line(lib.roles[r].title()).into_owned(),
                    })
                    .collect(),
            },
        }
    }
}

/// Why a name found no role, for the user: the roles that share it, or
/// "no role 'x'; did you mean: …".
pub(crate) fn unresolved(lib: &Library, wanted: &str, why: &Unresolved) -> String {
    match why {
        Unresolved::NoRole => not_found(lib, wanted),
        Unresolved::Shared(roles) => t!(
            "show-name-shared",
            wanted = clean::clean_line(wanted)
                .chars()
                .take(60)
                .collect::<String>(),
            roles = titles_and_ids(lib, roles)
        ),
    }
}

/// "Title (id), Title (id)".
fn titles_and_ids(lib: &Library, roles: &[RoleIx]) -> String {
    roles
        .iter()
        .map(|&r| {
            let r = &lib.roles[r];
            format!(
                "{} ({})",
                clean::clean_line(r.title()),
                clean::clean_line(r.id())
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "no role 'x'; did you mean: …" with the best search matches.
pub(crate) fn not_found(lib: &Library, wanted: &str) -> String {
    let shown: String = clean::clean_line(wanted).chars().take(60).collect();
    let roles = suggestions(lib, wanted);
    if roles.is_empty() {
        return t!("show-no-role-try-search", wanted = shown);
    }
    t!(
        "show-no-role-did-you-mean",
        wanted = shown,
        roles = titles_and_ids(lib, &roles)
    )
}

/// The roles a search for `wanted` finds best, to suggest.
fn suggestions(lib: &Library, wanted: &str) -> Vec<RoleIx> {
    let index = SearchIndex::build(lib);
    let hits = Searcher::new(&index).search(wanted, SUGGESTIONS).hits;
    hits.iter().map(|h| h.role).collect()
}

/// The plain-text page for one role: its sheet, every section.
pub(crate) fn plain(lib: &Library, r: RoleIx) -> String {
    let sheet = role_sheet(lib, r);
    let mut page = Page::default();
    if let Some(notice) = &sheet.notice {
        page.hanging(notice, "", "  ");
    }
    page.hanging(&sheet.title, "", "  ");
    page.line(&t!("show-id", id = clean::clean_line(&sheet.id)));
    page.hanging(
        &t!("show-department", department = sheet.department.as_str()),
        "",
        "  ",
    );
    if !sheet.aliases.is_empty() {
        page.hanging(
            &t!("show-aliases", aliases = sheet.aliases.join(", ")),
            "",
            "  ",
        );
    }
    if !sheet.labels.is_empty() {
        page.line(&sheet.labels.join(" · "));
    }
    for section in &sheet.sections {
        page.heading(&section.heading);
        if let Some(dated) = section.dated() {
            page.wrapped(&format!("({dated})"), "  ");
        }
        match &section.body {
            Body::Prose(paragraphs) => {
                for (i, p) in paragraphs.iter().enumerate() {
                    if i > 0 {
                        page.blank();
                    }
                    page.wrapped(p, "  ");
                }
            }
            Body::Bullets(items) => {
                for item in items {
                    page.hanging(&format!("• {item}"), "  ", "    ");
                }
            }
            Body::Lines(items) => {
                for item in items {
                    page.hanging(item, "  ", "    ");
                }
            }
            Body::Wages(tables) => {
                for (i, table) in tables.iter().enumerate() {
                    if i > 0 {
                        page.blank();
                    }
                    wages(&mut page, table);
                }
            }
        }
    }
    page.text
}

fn wages(page: &mut Page, wage: &WageTable) {
    if !wage.about.is_empty() {
        page.wrapped(&wage.about, "  ");
    }
    if !wage.rows.is_empty() {
        let [low, high, average, median] = wage_columns();
        let mut cells: Vec<[String; 5]> = vec![[String::new(), low, high, average, median]];
        for row in &wage.rows {
            let [a, b, c, d] = row.figures.clone();
            cells.push([row.bracket.clone(), a, b, c, d]);
        }
        let widths: Vec<usize> = (0..5)
            .map(|c| {
                cells
                    .iter()
                    .map(|row| row[c].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &cells {
            let mut line = format!("  {:<w$}", row[0], w = widths[0]);
            for c in 1..5 {
                let _ = write!(line, "  {:>w$}", row[c], w = widths[c]);
            }
            page.line(line.trim_end());
        }
        page.wrapped(&wage.bracket_meanings(), "  ");
    }
    if let Some(note) = &wage.note {
        page.wrapped(&t!("show-wage-note", note = note.as_str()), "  ");
    }
}

/// A page of plain text being written, section by section.
#[derive(Default)]
struct Page {
    text: String,
}

impl Page {
    /// Every line is cleaned as it is written: role text never reaches the
    /// terminal with control characters in it.
    fn line(&mut self, line: &str) {
        self.text.push_str(&clean::clean_line(line));
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    fn heading(&mut self, name: &str) {
        self.blank();
        self.line(name);
    }

    fn wrapped(&mut self, line: &str, indent: &str) {
        self.hanging(line, indent, indent);
    }

    fn hanging(&mut self, line: &str, first: &str, rest: &str) {
        // Words are never split, not even at their own hyphens.
        let options = textwrap::Options::new(WIDTH)
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for wrapped in textwrap::wrap(line, options) {
            self.line(wrapped.trim_end());
        }
    }
}

/// `show --json`: the role as stored, with what the library knows around it.
#[derive(Serialize)]
struct RoleJson<'a> {
    format: u32,
    role: RoleWithSkills<'a, Vec<NamedGroup<'a>>>,
    /// The department path, outermost first, as in `search --json`.
    department: Vec<&'a str>,
    /// The skills the role's departments share, nearest department first
    /// (the role's own are in `role.skills`).
    department_skills: Vec<DepartmentSkills<'a>>,
    ladders: Vec<Vec<RoleRef<'a>>>,
    next: Vec<Step<'a>>,
    previous: Vec<RoleRef<'a>>,
    /// The sideways moves the role's file gives, each with why and what it
    /// rests on.
    moves: Vec<MoveJson<'a>>,
    related: Vec<RoleRef<'a>>,
    works_with: Vec<RoleRef<'a>>,
}

#[derive(Serialize)]
struct MoveJson<'a> {
    id: &'a str,
    title: &'a str,
    because: &'a str,
    /// The title of the source behind the move; `null` for the library's
    /// own suggestion.
    source: Option<&'a str>,
    suggested: bool,
}

#[derive(Serialize)]
struct DepartmentSkills<'a> {
    department: &'a str,
    #[serde(flatten)]
    group: NamedGroup<'a>,
}

/// A group of skills by name, in the language shown, and by id.
#[derive(Serialize)]
struct NamedGroup<'a> {
    category: &'a str,
    skills: Vec<&'a str>,
    skill_ids: Vec<&'a str>,
}

/// The groups with each skill once, however many of its names the file
/// wrote ("Pro Tools", "protools" and "DAW" are one skill).
fn named_groups<'a>(lib: &'a Library, groups: &'a SkillGroups) -> Vec<NamedGroup<'a>> {
    let mut seen = std::collections::HashSet::new();
    groups
        .iter()
        .map(|g| {
            let ids: Vec<&str> = g
                .skills
                .iter()
                .map(|w| lib.skill_id(w))
                .filter(|id| seen.insert(*id))
                .collect();
            NamedGroup {
                category: g.category,
                skills: ids.iter().map(|id| lib.skill_name(id)).collect(),
                skill_ids: ids,
            }
        })
        .collect()
}

#[derive(Serialize)]
struct RoleRef<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct Step<'a> {
    id: &'a str,
    title: &'a str,
    step_up_skills: Vec<String>,
}

impl<'a> RoleJson<'a> {
    fn new(lib: &'a Library, r: RoleIx) -> Self {
        let role = &lib.roles[r];
        let refer = |o: &RoleIx| RoleRef {
            id: lib.roles[*o].id(),
            title: lib.roles[*o].title(),
        };
        RoleJson {
            format: 1,
            role: role.with_skills(named_groups(lib, &role.skills)),
            department: lib.department_path(role.department),
            department_skills: lib
                .role_departments(r)
                .into_iter()
                .rev()
                .flat_map(|d| {
                    let dept = &lib.departments[d];
                    named_groups(lib, &dept.skills)
                        .into_iter()
                        .map(move |group| DepartmentSkills {
                            department: &dept.name,
                            group,
                        })
                })
                .collect(),
            ladders: lib
                .ladders(r)
                .iter()
                .map(|p| p.iter().map(refer).collect())
                .collect(),
            next: role
                .next
                .iter()
                .map(|&n| Step {
                    id: lib.roles[n].id(),
                    title: lib.roles[n].title(),
                    step_up_skills: lib.step_up_skills(r, n),
                })
                .collect(),
            previous: role.previous.iter().map(refer).collect(),
            moves: role
                .moves
                .iter()
                .map(|m| MoveJson {
                    id: lib.roles[m.to].id(),
                    title: lib.roles[m.to].title(),
                    because: &m.because,
                    source: m.source.as_deref(),
                    suggested: m.suggested(),
                })
                .collect(),
            related: role.related.iter().map(refer).collect(),
            works_with: role.works_with.iter().map(refer).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{RoleKey, load_embedded};

    #[test]
    fn a_page_says_first_when_the_role_is_shown_in_english_and_marks_its_sections() {
        let mut lib = load_embedded().library;
        let r = lib.role_by_id("recording-engineer").expect("bundled role");
        lib.roles[r].untranslated = vec![RoleKey::Title, RoleKey::Duties];
        let page = plain(&lib, r);
        assert!(
            page.starts_with(
                "This role is not translated yet; it is shown in English.\nRecording Engineer\n"
            ),
            "{page}"
        );
        assert!(page.contains("\n\nMain duties (in English)\n"), "{page}");
        assert!(page.contains("\n\nSummary\n"), "{page}");
        lib.roles[r].untranslated.clear();
        assert!(plain(&lib, r).starts_with("Recording Engineer\n"));
    }
}
