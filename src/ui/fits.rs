//! The "What fits me" window: the library's skills to pick from on the
//! left, filtered by what is typed, and every role ranked by the picks on
//! the right. Every row can be touched: a skill to pick it, a role to open
//! it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::cells::{display_width, fit};
use super::{Styles, View, overlay_area, overlay_block};
use crate::app::fits::{FitSide, SkillRow};
use crate::app::mouse::Scroller;
use crate::app::{Action, App, ScreenLayout};
use crate::t;

/// The skills column never grows past this, so titles keep their room.
const SKILLS_MAX: u16 = 44;

pub fn draw(
    frame: &mut Frame,
    body: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let area = overlay_area(frame, body, body.width, body.height);
    layout.overlay = Some(area);
    let block = overlay_block(&t!("fits-window-title"), styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 5 || inner.width < 20 {
        return;
    }
    let fits = &app.session.fits;
    let width = usize::from(inner.width);

    // What was typed, or what typing does.
    let prompt = styles.symbols.prompt;
    let typed = crate::clean::clean_line(&fits.filter).into_owned();
    let line = if typed.is_empty() {
        Line::from(vec![
            Span::styled(prompt, styles.key),
            Span::styled(
                fit(
                    &t!("fits-type-to-filter"),
                    width - display_width(prompt),
                    styles.symbols.ellipsis,
                ),
                styles.dim,
            ),
        ])
    } else {
        Line::from(vec![
            Span::styled(prompt, styles.key),
            Span::raw(fit(
                &typed,
                width - display_width(prompt),
                styles.symbols.ellipsis,
            )),
        ])
    };
    frame.render_widget(line, Rect::new(inner.x, inner.y, inner.width, 1));
    if fits.side == FitSide::Skills {
        let x = display_width(prompt) + display_width(&typed);
        let x = inner.x + x.min(width - 1) as u16;
        frame.set_cursor_position(Position::new(x, inner.y));
    }
    let lib: &crate::library::Library = &app.lib;
    let picked: Vec<&str> = fits.picked.iter().map(|id| lib.skill_name(id)).collect();
    let status = if picked.is_empty() {
        t!("fits-pick-some")
    } else {
        t!(
            "fits-picked",
            count = picked.len(),
            skills = picked.join(", ")
        )
    };
    frame.render_widget(
        Span::styled(fit(&status, width, styles.symbols.ellipsis), styles.dim),
        Rect::new(inner.x, inner.y + 1, inner.width, 1),
    );

    let lists = Rect::new(inner.x, inner.y + 3, inner.width, inner.height - 3);
    let left_width = (inner.width * 2 / 5).clamp(16, SKILLS_MAX);
    let left = Rect::new(lists.x, lists.y, left_width, lists.height);
    let right = Rect::new(
        lists.x + left_width + 2,
        lists.y,
        lists.width.saturating_sub(left_width + 2),
        lists.height,
    );
    draw_skills(frame, left, app, styles, layout);
    draw_roles(frame, right, app, styles, layout);
}

/// The first row to show: where it was, moved just enough to bring
/// `selected` into view unless a finger scrolled the list away from it,
/// and never past the last page.
fn offset_for(offset: usize, selected: usize, height: usize, len: usize, follow: bool) -> usize {
    let height = height.max(1);
    let mut offset = offset;
    if follow {
        if selected < offset {
            offset = selected;
        } else if selected >= offset + height {
            offset = selected + 1 - height;
        }
    }
    offset.min(len.saturating_sub(height))
}

fn draw_skills(
    frame: &mut Frame,
    area: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let fits = &app.session.fits;
    let lib: &crate::library::Library = &app.lib;
    let width = usize::from(area.width);
    if fits.rows.is_empty() {
        let note = t!(
            "fits-no-skill",
            typed = crate::clean::clean_line(&fits.filter)
        );
        frame.render_widget(
            Span::styled(fit(&note, width, styles.symbols.ellipsis), styles.dim),
            area,
        );
        return;
    }
    let height = usize::from(area.height);
    let follow = !app.session.loose.contains(&Scroller::FitSkills);
    let first = offset_for(
        fits.skill_offset,
        fits.skill_row,
        height,
        fits.rows.len(),
        follow,
    );
    for (n, row) in fits.rows.iter().enumerate().skip(first).take(height) {
        let y = area.y + (n - first) as u16;
        let line_area = Rect::new(area.x, y, area.width, 1);
        match row {
            SkillRow::Heading(name) => {
                frame.render_widget(
                    Span::styled(fit(name, width, styles.symbols.ellipsis), styles.heading),
                    line_area,
                );
            }
            SkillRow::Skill(ix) => {
                let Some(skill) = lib.skills.get(*ix) else {
                    continue;
                };
                let mark = if fits.is_picked(lib, *ix) {
                    "[x] "
                } else {
                    "[ ] "
                };
                let text = format!("{mark}{}", crate::clean::clean_line(skill.name(lib.lang)));
                let style = if fits.side == FitSide::Skills && n == fits.skill_row {
                    styles.selected
                } else if fits.is_picked(lib, *ix) {
                    styles.title
                } else {
                    styles.base
                };
                frame.render_widget(
                    Span::styled(fit(&text, width, styles.symbols.ellipsis), style),
                    line_area,
                );
                layout.buttons.push((line_area, Action::ToggleSkill(*ix)));
            }
        }
    }
    let (len, place) = (fits.rows.len(), fits.skill_row + 1);
    app.session.fits.skill_offset = first;
    let mut view = View::new(Scroller::FitSkills, &app.session.loose, styles, layout);
    let more = (first > 0, first + height < len);
    let middle = format!("{place}/{len}");
    super::scroll_controls(
        frame,
        area,
        (1, height.saturating_sub(1)),
        more,
        &middle,
        "",
        &mut view,
    );
}

fn draw_roles(
    frame: &mut Frame,
    area: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let fits = &app.session.fits;
    let lib: &crate::library::Library = &app.lib;
    let width = usize::from(area.width);
    if area.width < 10 {
        return;
    }
    if fits.ranked.is_empty() {
        let note = if fits.picked.is_empty() {
            t!("fits-how")
        } else {
            t!("fit-nothing")
        };
        for (i, line) in super::cells::wrap(&note, width).iter().enumerate() {
            if i >= usize::from(area.height) {
                break;
            }
            let y = area.y + i as u16;
            frame.render_widget(
                Span::styled(line.clone(), styles.dim),
                Rect::new(area.x, y, area.width, 1),
            );
        }
        return;
    }
    // Three lines a role: title, what you have, what to add.
    const LINES: usize = 3;
    let shown = (usize::from(area.height) / LINES).max(1);
    let follow = !app.session.loose.contains(&Scroller::FitRoles);
    let first = offset_for(
        fits.role_offset,
        fits.role_row,
        shown,
        fits.ranked.len(),
        follow,
    );
    for (n, fit_) in fits.ranked.iter().enumerate().skip(first).take(shown) {
        let y = area.y + ((n - first) * LINES) as u16;
        let role = &lib.roles[fit_.role];
        let selected = fits.side == FitSide::Roles && n == fits.role_row;
        let mut head = format!("{}. {}", n + 1, role.title());
        if role.entry_level {
            head.push_str(" · ");
            head.push_str(&t!("fit-entry-level"));
        }
        let title_style = if selected {
            styles.selected
        } else {
            styles.title
        };
        let add = if fit_.add.is_empty() {
            String::new()
        } else {
            let names: Vec<&str> = fit_.add.iter().map(|id| lib.skill_name(id)).collect();
            t!("fit-add", skills = names.join(", "))
        };
        let lines: [(String, Style); 3] = [
            (head, title_style),
            (
                format!("   {}", crate::career::plain::fit_have(lib, fit_)),
                styles.base,
            ),
            (format!("   {add}"), styles.dim),
        ];
        for (i, (text, style)) in lines.into_iter().enumerate() {
            let row_y = y + i as u16;
            if row_y >= area.y + area.height {
                break;
            }
            let line_area = Rect::new(area.x, row_y, area.width, 1);
            let text = crate::clean::clean_line(&text).into_owned();
            frame.render_widget(
                Span::styled(fit(&text, width, styles.symbols.ellipsis), style),
                line_area,
            );
            layout
                .buttons
                .push((line_area, Action::OpenRole(fit_.role)));
        }
    }
    let (len, place) = (fits.ranked.len(), fits.role_row + 1);
    app.session.fits.role_offset = first;
    let mut view = View::new(Scroller::FitRoles, &app.session.loose, styles, layout);
    let more = (first > 0, first + shown < len);
    let middle = format!("{place}/{len}");
    super::scroll_controls(
        frame,
        area,
        (LINES as u16, shown.saturating_sub(1)),
        more,
        &middle,
        "",
        &mut view,
    );
}
