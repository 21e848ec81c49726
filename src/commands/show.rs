//! `crewpath show`: everything about one role as plain text wrapped at 80
//! columns, or as JSON; a role that is not found gets suggestions.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load, usage_error};
use crate::library::{Library, PayBand, Role, RoleIx, SkillGroup, Wage};
use crate::search::{SearchIndex, Searcher};
use crate::text;

/// Plain text is wrapped to this many columns.
const WIDTH: usize = 80;
/// Suggestions offered for a role that is not found.
const SUGGESTIONS: usize = 5;

pub fn run(roles: Option<&Path>, words: &[String], json: bool) -> Status {
    let wanted = words.join(" ");
    let loaded = match load(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let Some(role) = lib.find_role(&wanted) else {
        eprintln!("crewpath: {}", not_found(lib, &wanted));
        return Status::FAILURE;
    };
    let printed = if json {
        serde_json::to_string_pretty(&RoleJson::new(lib, role)).map(|s| s + "\n")
    } else {
        Ok(plain(lib, role))
    };
    let printed = match printed {
        Ok(s) => s,
        Err(e) => return usage_error(&format!("cannot write the role: {e}")),
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(printed.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            usage_error(&format!("cannot write the role: {e}"))
        }
        _ => Status::SUCCESS,
    }
}

/// "no role 'x'; did you mean: …" with the best search matches.
fn not_found(lib: &Library, wanted: &str) -> String {
    let shown: String = text::clean_line(wanted).chars().take(60).collect();
    let index = SearchIndex::build(lib);
    let hits = Searcher::new(&index).search(wanted, SUGGESTIONS).hits;
    if hits.is_empty() {
        return format!("no role '{shown}'; try `crewpath search` with a word of its title");
    }
    let names: Vec<String> = hits
        .iter()
        .map(|h| {
            let r = &lib.roles[h.role];
            format!(
                "{} ({})",
                text::clean_line(&r.title),
                text::clean_line(&r.id)
            )
        })
        .collect();
    format!("no role '{shown}'; did you mean: {}?", names.join(", "))
}

fn title_and_id(lib: &Library, r: RoleIx) -> String {
    let role = &lib.roles[r];
    format!(
        "{} ({})",
        text::clean_line(&role.title),
        text::clean_line(&role.id)
    )
}

/// The plain-text page for one role.
fn plain(lib: &Library, r: RoleIx) -> String {
    let role = &lib.roles[r];
    let mut page = Page::default();
    page.line(&text::clean_line(&role.title));
    page.line(&format!("id: {}", text::clean_line(&role.id)));
    let dept = lib.department_path(role.department).join(" › ");
    page.hanging(
        &format!("Department: {}", text::clean_line(&dept)),
        "",
        "  ",
    );
    if !role.aliases.is_empty() {
        page.hanging(&format!("Also called: {}", list(&role.aliases)), "", "  ");
    }
    let labels: Vec<&str> = [
        (role.entry_level, "Entry level"),
        (role.in_demand, "In demand"),
    ]
    .into_iter()
    .filter_map(|(on, label)| on.then_some(label))
    .collect();
    if !labels.is_empty() {
        page.line(&labels.join(" · "));
    }

    page.prose("Summary", role.summary.as_deref());
    page.prose("Description", role.description.as_deref());
    page.bullets("Duties", &role.duties);
    skills(&mut page, &lib.skill_groups(r));
    page.prose("Education", role.education.as_deref());
    page.prose("Certification", role.certification.as_deref());
    page.prose("Working conditions", role.working_conditions.as_deref());
    page.prose("Advancement", role.advancement.as_deref());
    page.prose("Outlook", role.outlook.as_deref());
    page.bullets("Employers", &role.employers);
    page.bullets("Unions", &role.unions);
    page.bullets("Industry groups", &role.industry_groups);
    if !role.noc.is_empty() {
        page.heading("NOC codes");
        let code_width = role
            .noc
            .iter()
            .map(|n| text::clean_line(&n.code).chars().count())
            .max()
            .unwrap_or(0);
        for noc in &role.noc {
            let mut line = format!("{:<code_width$}", text::clean_line(&noc.code));
            if let Some(title) = &noc.title {
                let _ = write!(line, "  {}", text::clean_line(title));
            }
            if let Some(version) = &noc.version {
                let _ = write!(line, " ({})", text::clean_line(version));
            }
            page.hanging(line.trim_end(), "  ", "    ");
        }
    }
    if !role.wages.is_empty() {
        page.heading("Wages");
        for (i, wage) in role.wages.iter().enumerate() {
            if i > 0 {
                page.blank();
            }
            wages(&mut page, wage);
        }
    }
    ladder(&mut page, lib, r);
    page.bullets(
        "Related roles",
        &role
            .related
            .iter()
            .map(|&o| title_and_id(lib, o))
            .collect::<Vec<_>>(),
    );
    page.bullets(
        "Works with",
        &role
            .works_with
            .iter()
            .map(|&o| title_and_id(lib, o))
            .collect::<Vec<_>>(),
    );
    sources(&mut page, role);
    page.text
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| text::clean_line(s).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

fn skills(page: &mut Page, groups: &[SkillGroup]) {
    if groups.is_empty() {
        return;
    }
    page.heading("Skills");
    for group in groups {
        let line = format!(
            "{}: {}",
            text::clean_line(&group.category),
            list(&group.skills)
        );
        page.hanging(&line, "  ", "    ");
    }
}

fn ladder(page: &mut Page, lib: &Library, r: RoleIx) {
    let role = &lib.roles[r];
    let paths: Vec<Vec<RoleIx>> = lib.ladders(r).into_iter().filter(|p| p.len() > 1).collect();
    if !paths.is_empty() {
        page.heading("Career ladder");
        for path in &paths {
            let steps: Vec<String> = path
                .iter()
                .map(|&s| {
                    let title = text::clean_line(&lib.roles[s].title).into_owned();
                    if s == r { format!("[{title}]") } else { title }
                })
                .collect();
            page.hanging(&steps.join(" → "), "  ", "    ");
        }
    }
    if !role.next.is_empty() {
        page.heading("Skills to step up");
        for &next in &role.next {
            let new = lib.step_up_skills(r, next);
            let title = text::clean_line(&lib.roles[next].title);
            let line = if new.is_empty() {
                format!("To {title}: no new skills listed; experience makes the step")
            } else {
                format!("To {title}: {}", list(&new))
            };
            page.hanging(&line, "  ", "    ");
        }
    }
}

fn money(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.2}"))
}

fn wages(page: &mut Page, wage: &Wage) {
    let mut about: Vec<String> = Vec::new();
    if let Some(region) = &wage.region {
        about.push(text::clean_line(region).into_owned());
    }
    if let Some(year) = wage.year {
        about.push(year.to_string());
    }
    let per = match (&wage.currency, &wage.unit) {
        (Some(c), Some(u)) => Some(format!(
            "{} per {}",
            text::clean_line(c),
            text::clean_line(u)
        )),
        (Some(c), None) => Some(text::clean_line(c).into_owned()),
        (None, Some(u)) => Some(format!("per {}", text::clean_line(u))),
        (None, None) => None,
    };
    about.extend(per);
    if let Some(source) = &wage.source {
        about.push(text::clean_line(source).into_owned());
    }
    if !about.is_empty() {
        page.wrapped(&about.join(", "), "  ");
    }
    let rows: Vec<(&str, PayBand)> = [
        ("Starting", wage.starting),
        ("Overall", wage.overall),
        ("Top", wage.top),
    ]
    .into_iter()
    .filter_map(|(name, band)| band.map(|b| (name, b)))
    .collect();
    if !rows.is_empty() {
        let header = ["", "Low", "High", "Average", "Median"];
        let mut cells: Vec<[String; 5]> = vec![header.map(str::to_string)];
        for (name, b) in &rows {
            cells.push([
                name.to_string(),
                money(b.low),
                money(b.high),
                money(b.average),
                money(b.median),
            ]);
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
    }
    if let Some(note) = &wage.note {
        page.wrapped(&format!("Note: {}", text::clean_line(note)), "  ");
    }
}

fn sources(page: &mut Page, role: &Role) {
    if role.sources.is_empty() {
        return;
    }
    page.heading("Sources");
    for source in &role.sources {
        let mut parts: Vec<String> = [&source.title, &source.publisher, &source.region]
            .into_iter()
            .flatten()
            .map(|s| text::clean_line(s).into_owned())
            .collect();
        if let Some(url) = &source.url {
            parts.push(text::clean_line(url).into_owned());
        }
        if let Some(date) = &source.retrieved {
            parts.push(format!("read {}", text::clean_line(date)));
        }
        page.hanging(&format!("• {}", parts.join(", ")), "  ", "    ");
    }
}

/// A page of plain text being written, section by section.
#[derive(Default)]
struct Page {
    text: String,
}

impl Page {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
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

    /// A section of paragraphs, each wrapped, blank lines between them.
    fn prose(&mut self, name: &str, body: Option<&str>) {
        let Some(body) = body.filter(|b| !b.trim().is_empty()) else {
            return;
        };
        self.heading(name);
        let cleaned = text::clean(body);
        let paragraphs: Vec<&str> = cleaned
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        for (i, paragraph) in paragraphs.iter().enumerate() {
            if i > 0 {
                self.blank();
            }
            self.wrapped(&paragraph.replace('\n', " "), "  ");
        }
    }

    fn bullets(&mut self, name: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.heading(name);
        for item in items {
            self.hanging(&format!("• {}", text::clean_line(item)), "  ", "    ");
        }
    }
}

/// `show --json`: the role as stored, with what the library knows around it.
#[derive(Serialize)]
struct RoleJson<'a> {
    role: &'a Role,
    department: Vec<&'a str>,
    /// The role's skills with its departments' shared ones.
    skill_groups: Vec<SkillGroup>,
    ladders: Vec<Vec<RoleRef<'a>>>,
    next: Vec<Step<'a>>,
    previous: Vec<RoleRef<'a>>,
    related: Vec<RoleRef<'a>>,
    works_with: Vec<RoleRef<'a>>,
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
            id: &lib.roles[*o].id,
            title: &lib.roles[*o].title,
        };
        RoleJson {
            role,
            department: lib.department_path(role.department),
            skill_groups: lib.skill_groups(r),
            ladders: lib
                .ladders(r)
                .iter()
                .map(|p| p.iter().map(refer).collect())
                .collect(),
            next: role
                .next
                .iter()
                .map(|&n| Step {
                    id: &lib.roles[n].id,
                    title: &lib.roles[n].title,
                    step_up_skills: lib.step_up_skills(r, n),
                })
                .collect(),
            previous: role.previous.iter().map(refer).collect(),
            related: role.related.iter().map(refer).collect(),
            works_with: role.works_with.iter().map(refer).collect(),
        }
    }
}
