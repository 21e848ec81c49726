//! The detail pane: everything about the selected role or department.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::cells::fit;
use super::{Styles, View, heading, plain};
use crate::app::mouse::ListArea;
use crate::app::mouse::Scroller;
use crate::app::{App, Pane, ScreenLayout, Subject};
use crate::library::{Department, Library};
use crate::sheet::{Body, WageTable, role_sheet, wage_columns};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) -> ListArea {
    let lines = match app.subject() {
        Subject::Role(r) => {
            let file = app.lib.roles[r].file();
            let mut lines = problem_lines(&app.problems_of(r), file, styles);
            lines.extend(role_lines(&app.lib, r, usize::from(area.width), styles));
            lines
        }
        Subject::Department(d) => department_lines(&app.lib, d, styles),
        Subject::Nothing => vec![plain(t!("detail-choose"), styles.dim)],
    };
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(area.width);
    let max_scroll = total.saturating_sub(usize::from(area.height));
    let scroll = app.session.detail_scroll.min(max_scroll);
    layout
        .offsets
        .push((crate::app::mouse::Scroller::Pane(Pane::Detail), scroll));
    let paragraph = paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0));
    frame.render_widget(paragraph, area);
    let mut view = View::new(
        Scroller::Pane(Pane::Detail),
        &app.session.loose,
        styles,
        layout,
    );
    super::text_controls(frame, area, scroll, max_scroll, &mut view);
    ListArea::uniform(area, 0, 0)
}

fn section(lines: &mut Vec<Line<'static>>, title: &str, body: Option<&String>, styles: &Styles) {
    if let Some(body) = body {
        lines.push(Line::default());
        lines.push(heading(title, styles));
        for paragraph in body.split('\n') {
            lines.push(plain(paragraph.to_string(), styles.base));
        }
    }
}

fn bullets(lines: &mut Vec<Line<'static>>, title: &str, items: &[String], styles: &Styles) {
    if !items.is_empty() {
        lines.push(Line::default());
        lines.push(heading(title, styles));
        lines.extend(
            items
                .iter()
                .map(|i| plain(format!("{}{i}", styles.symbols.bullet), styles.base)),
        );
    }
}

/// A role's file problems, at the top of its detail, so staff see them where
/// the role is (a dropped ladder step among them).
/// The problems of the role whose file is `file`; a problem found in
/// another file (a circle in the ladder) names that file.
fn problem_lines(
    problems: &[&crate::library::Problem],
    file: &str,
    styles: &Styles,
) -> Vec<Line<'static>> {
    if problems.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{}{}",
            styles.symbols.problem,
            t!("detail-problems", count = problems.len())
        ),
        styles.notice,
    ))];
    for p in problems {
        let mut place = match (p.line, p.column) {
            (Some(l), Some(c)) => format!("{}: ", t!("detail-line-column", line = l, column = c)),
            _ => String::new(),
        };
        if p.path != file {
            let name = p.path.rsplit('/').next().unwrap_or(&p.path);
            place = format!("{name}, {place}");
        }
        lines.push(plain(
            format!(
                "{}{place}{}",
                styles.symbols.bullet,
                crate::clean::clean_line(&p.message.worded())
            ),
            styles.base,
        ));
    }
    lines.push(Line::default());
    lines
}

/// The role's sheet, less what the skills and ladder panes show.
fn role_lines(lib: &Library, r: usize, width: usize, styles: &Styles) -> Vec<Line<'static>> {
    let sheet = role_sheet(lib, r);
    let mut lines: Vec<Line<'static>> = sheet
        .notice
        .into_iter()
        .map(|notice| plain(notice, styles.notice))
        .collect();
    lines.push(plain(sheet.title, styles.title));
    lines.push(plain(sheet.department, styles.dim));
    if !sheet.labels.is_empty() {
        let mut labels = Vec::new();
        for label in sheet.labels {
            if !labels.is_empty() {
                labels.push(Span::raw(" "));
            }
            labels.push(Span::styled(format!("[{label}]"), styles.current));
        }
        lines.push(Line::from(labels));
    }
    if !sheet.aliases.is_empty() {
        lines.push(plain(
            t!("detail-also-known-as", names = sheet.aliases.join(", ")),
            styles.base,
        ));
    }
    for section in sheet.sections.iter().filter(|s| !s.own_pane) {
        lines.push(Line::default());
        lines.push(heading(&section.heading, styles));
        if let Some(dated) = section.dated() {
            lines.push(plain(dated, styles.dim));
        }
        match &section.body {
            Body::Prose(paragraphs) => {
                for (i, p) in paragraphs.iter().enumerate() {
                    if i > 0 {
                        lines.push(Line::default());
                    }
                    lines.push(plain(p.clone(), styles.base));
                }
            }
            Body::Bullets(items) => {
                lines.extend(
                    items
                        .iter()
                        .map(|i| plain(format!("{}{i}", styles.symbols.bullet), styles.base)),
                );
            }
            Body::Lines(items) => {
                lines.extend(items.iter().map(|i| plain(i.clone(), styles.base)));
            }
            Body::Wages(tables) => {
                for (i, table) in tables.iter().enumerate() {
                    if i > 0 {
                        lines.push(Line::default());
                    }
                    wage_lines(&mut lines, table, width, styles);
                }
            }
        }
    }
    lines
}

/// Columns a wage table needs; narrower panes get one line per bracket.
const WAGE_TABLE_WIDTH: usize = 42;

/// A wage table: one row per pay bracket, columns low, high, average,
/// median, and what each bracket means.
fn wage_lines(lines: &mut Vec<Line<'static>>, wage: &WageTable, width: usize, styles: &Styles) {
    if !wage.about.is_empty() {
        lines.push(plain(wage.about.clone(), styles.dim));
    }
    let table = width >= WAGE_TABLE_WIDTH;
    if table {
        let [a, b, c, d] = wage_columns();
        lines.push(plain(
            format!("{:<10}{a:>8}{b:>8}{c:>8}{d:>8}", ""),
            styles.dim,
        ));
    }
    for row in &wage.rows {
        let [low, high, average, median] = &row.figures;
        let text = if table {
            format!(
                "{:<10}{low:>8}{high:>8}{average:>8}{median:>8}",
                row.bracket
            )
        } else {
            t!(
                "detail-wage-row",
                bracket = row.bracket.to_string(),
                low = low.as_str(),
                high = high.as_str(),
                average = average.as_str(),
                median = median.as_str()
            )
        };
        lines.push(plain(text, styles.base));
    }
    let meanings: Vec<String> = wage
        .rows
        .iter()
        .map(|r| format!("{}: {}", r.bracket, r.meaning))
        .collect();
    if !meanings.is_empty() {
        lines.push(plain(meanings.join(" · "), styles.dim));
    }
    if let Some(note) = &wage.note {
        lines.push(plain(note.clone(), styles.dim));
    }
}

fn department_lines(lib: &Library, d: usize, styles: &Styles) -> Vec<Line<'static>> {
    let dept: &Department = &lib.departments[d];
    let marked = |section: &str, heading: String| {
        if dept.untranslated.contains(&section) {
            format!("{heading} {}", t!("detail-in-english"))
        } else {
            heading
        }
    };
    let mut lines = vec![plain(marked("name", dept.name.clone()), styles.title)];
    if dept.parent.is_some() {
        lines.push(plain(
            lib.department_path(d).join(styles.symbols.path_between),
            styles.dim,
        ));
    }
    if let Some(summary) = &dept.summary {
        lines.push(Line::default());
        lines.push(plain(marked("summary", summary.clone()), styles.base));
    }
    section(
        &mut lines,
        &marked("description", t!("detail-about-department")),
        dept.description.as_ref(),
        styles,
    );
    bullets(&mut lines, &t!("detail-unions"), &dept.unions, styles);
    bullets(
        &mut lines,
        &t!("detail-industry-groups"),
        &dept.industry_groups,
        styles,
    );
    let roles: Vec<String> = dept
        .roles
        .iter()
        .map(|&r| fit(lib.roles[r].title(), 200, styles.symbols.ellipsis))
        .collect();
    bullets(
        &mut lines,
        &t!("detail-roles", count = roles.len()),
        &roles,
        styles,
    );
    let subs: Vec<String> = dept
        .children
        .iter()
        .map(|&c| lib.departments[c].name.clone())
        .collect();
    bullets(&mut lines, &t!("detail-sub-departments"), &subs, styles);
    lines
}
