//! The skills pane: skills by category, or the roles that ask for one skill.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph, Wrap};

use super::cells::fit;
use super::{Styles, View, draw_list};
use crate::app::mouse::ListArea;
use crate::app::mouse::Scroller;
use crate::app::skills::SkillRow;
use crate::app::{App, Pane, ScreenLayout, Subject};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) -> ListArea {
    let lib: &crate::library::Library = &app.lib.clone();
    let current = app.current_role();
    let subject = app.subject();
    // A visitor's picks in "What fits me" mark a role's skills as had or
    // to add.
    let marked = matches!(subject, Subject::Role(_)) && !app.session.fits.picked.is_empty();
    let picks: Option<(&[String], &crate::symbols::Symbols)> =
        marked.then_some((app.session.fits.picked.as_slice(), styles.symbols));
    let skills = &app.session.skills;
    let width = usize::from(area.width).saturating_sub(2);
    if let Some(chosen) = &skills.chosen {
        let header = t!(
            "skills-asked-by",
            count = chosen.roles.len(),
            skill = chosen.skill.as_str()
        );
        let header = Paragraph::new(vec![
            Line::from(Span::styled(header, styles.heading)),
            Line::from(Span::styled(t!("skills-asked-by-keys"), styles.dim)),
        ])
        .wrap(Wrap { trim: true });
        let height = (header.line_count(area.width) as u16)
            .min(area.height / 2)
            .max(1);
        let [top, rest] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
        frame.render_widget(header, top);
        let items: Vec<ListItem> = chosen
            .roles
            .iter()
            .map(|&r| {
                let mark = if Some(r) == current {
                    format!(" {}", t!("skills-this-role"))
                } else {
                    String::new()
                };
                ListItem::new(fit(
                    &format!("{}{mark}", lib.roles[r].title()),
                    width,
                    styles.symbols.ellipsis,
                ))
            })
            .collect();
        let len = items.len();
        let offset = draw_list(
            frame,
            rest,
            items,
            Some(chosen.selected),
            chosen.offset,
            View::new(
                Scroller::Pane(Pane::Skills),
                &app.session.loose,
                styles,
                layout,
            ),
        );
        return ListArea::uniform(rest, offset, len);
    }
    if !skills.has_skills() {
        let text = match subject {
            Subject::Role(_) => t!("skills-none"),
            _ => t!("skills-choose-role"),
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text, styles.dim)).wrap(Wrap { trim: true }),
            area,
        );
        return ListArea::default();
    }
    let items: Vec<ListItem> = skills
        .rows
        .iter()
        .map(|row| match row {
            SkillRow::Heading(h) => ListItem::new(Span::styled(
                fit(&capitalise(h), width, styles.symbols.ellipsis),
                styles.heading,
            )),
            SkillRow::Skill(s) => ListItem::new(fit(
                &format!("{}{s}", mark(lib, picks, s)),
                width,
                styles.symbols.ellipsis,
            )),
        })
        .collect();
    let len = items.len();
    let offset = draw_list(
        frame,
        area,
        items,
        Some(skills.selected),
        skills.offset,
        View::new(
            Scroller::Pane(Pane::Skills),
            &app.session.loose,
            styles,
            layout,
        ),
    );
    ListArea::uniform(area, offset, len)
}

/// The mark before a skill named `name` when the visitor has picks.
fn mark(
    lib: &crate::library::Library,
    picks: Option<(&[String], &crate::symbols::Symbols)>,
    name: &str,
) -> &'static str {
    match picks {
        None => "",
        Some((picked, symbols)) => {
            let id = lib.skill_id(name);
            if picked.iter().any(|p| p == id) {
                symbols.have
            } else {
                symbols.to_add
            }
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
