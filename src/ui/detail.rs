//! The detail pane: everything about the selected role or department.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::text::fit;
use super::{Styles, heading, plain};
use crate::app::mouse::ListArea;
use crate::app::{App, Subject};
use crate::library::{Department, Library, PayBand, Role, Wage};

pub fn draw(frame: &mut Frame, area: Rect, app: &mut App, styles: &Styles) -> ListArea {
    let lines = match app.subject() {
        Subject::Role(r) => role_lines(app.lib, r, usize::from(area.width), styles),
        Subject::Department(d) => department_lines(app.lib, d, styles),
        Subject::Nothing => vec![plain(
            "Choose a department or a role on the left.".into(),
            styles.dim,
        )],
    };
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(area.width);
    let max_scroll = total.saturating_sub(usize::from(area.height));
    let scroll = app.session.detail_scroll.min(max_scroll);
    app.session.detail_scroll = scroll;
    let paragraph = paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0));
    frame.render_widget(paragraph, area);
    if max_scroll > 0 && area.width > 8 {
        // On the bottom border, so it never covers text.
        let more = if scroll < max_scroll {
            " ▼ more "
        } else {
            " ▲ Home "
        };
        let width = more.chars().count() as u16;
        let x = area.right().saturating_sub(width + 1);
        frame.render_widget(
            Span::styled(more, styles.key),
            Rect::new(x, area.bottom(), width, 1).intersection(frame.area()),
        );
    }
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
        lines.extend(items.iter().map(|i| plain(format!("• {i}"), styles.base)));
    }
}

fn role_lines(lib: &Library, r: usize, width: usize, styles: &Styles) -> Vec<Line<'static>> {
    let role: &Role = &lib.roles[r];
    let mut lines = vec![plain(role.title.clone(), styles.title)];
    lines.push(plain(
        lib.department_path(role.department).join(" › "),
        styles.dim,
    ));
    let mut labels = Vec::new();
    if role.entry_level {
        labels.push(Span::styled("[Entry level]", styles.current));
    }
    if role.in_demand {
        if !labels.is_empty() {
            labels.push(Span::raw(" "));
        }
        labels.push(Span::styled("[In demand]", styles.current));
    }
    if !labels.is_empty() {
        lines.push(Line::from(labels));
    }
    if !role.aliases.is_empty() {
        lines.push(plain(
            format!("Also known as: {}", role.aliases.join(", ")),
            styles.base,
        ));
    }
    if let Some(summary) = &role.summary {
        lines.push(Line::default());
        lines.push(plain(summary.clone(), styles.base));
    }
    section(
        &mut lines,
        "What the job is",
        role.description.as_ref(),
        styles,
    );
    bullets(&mut lines, "Main duties", &role.duties, styles);
    section(&mut lines, "Education", role.education.as_ref(), styles);
    section(
        &mut lines,
        "Certification",
        role.certification.as_ref(),
        styles,
    );
    section(
        &mut lines,
        "Working conditions",
        role.working_conditions.as_ref(),
        styles,
    );
    section(&mut lines, "Advancement", role.advancement.as_ref(), styles);
    section(&mut lines, "Outlook", role.outlook.as_ref(), styles);
    bullets(&mut lines, "Employers", &role.employers, styles);
    bullets(&mut lines, "Unions and guilds", &role.unions, styles);
    bullets(&mut lines, "Industry groups", &role.industry_groups, styles);
    if !role.noc.is_empty() {
        lines.push(Line::default());
        lines.push(heading("NOC codes", styles));
        for noc in &role.noc {
            let version = noc
                .version
                .as_deref()
                .map(|v| format!("{v}: "))
                .unwrap_or_default();
            let title = noc
                .title
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default();
            lines.push(plain(
                format!("• {version}{}{title}", noc.code),
                styles.base,
            ));
        }
    }
    for wage in &role.wages {
        wage_lines(&mut lines, wage, width, styles);
    }
    if !role.sources.is_empty() {
        lines.push(Line::default());
        lines.push(heading("Sources", styles));
        for source in &role.sources {
            let parts: Vec<&str> = [
                &source.title,
                &source.publisher,
                &source.region,
                &source.url,
                &source.retrieved,
            ]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .collect();
            lines.push(plain(format!("• {}", parts.join(", ")), styles.dim));
        }
    }
    lines
}

/// Columns a wage table needs; narrower panes get one line per bracket.
const WAGE_TABLE_WIDTH: usize = 42;

/// A wage table: one row per pay bracket, columns low, high, average, median.
fn wage_lines(lines: &mut Vec<Line<'static>>, wage: &Wage, width: usize, styles: &Styles) {
    lines.push(Line::default());
    let mut title = String::from("Wages");
    for part in [wage.region.clone(), wage.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
    {
        title.push_str(&format!(" · {part}"));
    }
    lines.push(heading(&title, styles));
    let table = width >= WAGE_TABLE_WIDTH;
    if table {
        lines.push(plain(
            format!(
                "{:<10}{:>8}{:>8}{:>8}{:>8}",
                "", "Low", "High", "Average", "Median"
            ),
            styles.dim,
        ));
    }
    for (name, band) in [
        ("Starting", wage.starting),
        ("Overall", wage.overall),
        ("Top", wage.top),
    ] {
        if let Some(band) = band {
            lines.push(plain(band_row(name, band, table), styles.base));
        }
    }
    let unit = match (&wage.currency, &wage.unit) {
        (Some(c), Some(u)) => format!("{c} per {u}"),
        (None, Some(u)) => format!("per {u}"),
        (Some(c), None) => c.clone(),
        (None, None) => String::new(),
    };
    if !unit.is_empty() {
        lines.push(plain(format!("Figures in {unit}."), styles.dim));
    }
    for extra in [&wage.source, &wage.note].into_iter().flatten() {
        lines.push(plain(extra.clone(), styles.dim));
    }
}

fn band_row(name: &str, band: PayBand, table: bool) -> String {
    let cell = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.2}"));
    if table {
        format!(
            "{name:<10}{:>8}{:>8}{:>8}{:>8}",
            cell(band.low),
            cell(band.high),
            cell(band.average),
            cell(band.median)
        )
    } else {
        format!(
            "{name}: low {} · high {} · average {} · median {}",
            cell(band.low),
            cell(band.high),
            cell(band.average),
            cell(band.median)
        )
    }
}

fn department_lines(lib: &Library, d: usize, styles: &Styles) -> Vec<Line<'static>> {
    let dept: &Department = &lib.departments[d];
    let mut lines = vec![plain(dept.name.clone(), styles.title)];
    if dept.parent.is_some() {
        lines.push(plain(lib.department_path(d).join(" › "), styles.dim));
    }
    if let Some(summary) = &dept.summary {
        lines.push(Line::default());
        lines.push(plain(summary.clone(), styles.base));
    }
    section(
        &mut lines,
        "About the department",
        dept.description.as_ref(),
        styles,
    );
    bullets(&mut lines, "Unions and guilds", &dept.unions, styles);
    bullets(&mut lines, "Industry groups", &dept.industry_groups, styles);
    let roles: Vec<String> = dept
        .roles
        .iter()
        .map(|&r| fit(&lib.roles[r].title, 200))
        .collect();
    bullets(
        &mut lines,
        &format!("Roles ({})", roles.len()),
        &roles,
        styles,
    );
    let subs: Vec<String> = dept
        .children
        .iter()
        .map(|&c| lib.departments[c].name.clone())
        .collect();
    bullets(&mut lines, "Sub-departments", &subs, styles);
    lines
}
