//! The "What fits me" window: the library's skills to pick from on the
//! left, filtered by what is typed, and every role ranked by the picks on
//! the right. Every row can be touched: a skill to pick it, a role to open
//! it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::cells::{display_width, fit, wrap, wrap_after};
use super::{Styles, View, overlay_area, overlay_block};
use crate::app::fits::{FitSide, SkillRow};
use crate::app::mouse::Scroller;
use crate::app::{Action, App, ScreenLayout};
use crate::t;

/// The skills column never grows past this, so titles keep their room.
const SKILLS_MAX: u16 = 44;

pub fn draw(frame: &mut Frame, body: Rect, app: &App, styles: &Styles, layout: &mut ScreenLayout) {
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
    // What was picked is read whole: up to a third of the window, then
    // the lists below it.
    let most = usize::from((inner.height - 3) / 3).max(1);
    let status_lines = wrap(&status, width);
    let status_height = status_lines.len().clamp(1, most);
    for (i, line) in status_lines.iter().take(status_height).enumerate() {
        frame.render_widget(
            Span::styled(line.clone(), styles.dim),
            Rect::new(inner.x, inner.y + 1 + i as u16, inner.width, 1),
        );
    }

    let top = 2 + status_height as u16;
    let lists = Rect::new(inner.x, inner.y + top, inner.width, inner.height - top);
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

/// The first item to show, for items of `height(i)` lines in `room`
/// lines: where it was, moved just enough to bring `selected` whole into
/// view unless a finger scrolled the list away from it, and never past the
/// last page.
fn first_item(
    (offset, selected, len): (usize, usize, usize),
    room: usize,
    follow: bool,
    height: impl Fn(usize) -> usize,
) -> usize {
    let last = len.saturating_sub(1);
    let mut first = offset.min(last);
    if follow {
        if selected < first {
            first = selected;
        } else {
            let mut used = 0;
            for n in first..=selected.min(last) {
                used += height(n);
                if used > room {
                    first = ending_with(selected.min(last), room, &height);
                    break;
                }
            }
        }
    }
    first.min(ending_with(last, room, &height))
}

/// The first item of the page that ends with item `last`.
fn ending_with(last: usize, room: usize, height: impl Fn(usize) -> usize) -> usize {
    let mut used = height(last);
    let mut first = last;
    while first > 0 {
        let above = height(first - 1);
        if used + above > room {
            break;
        }
        used += above;
        first -= 1;
    }
    first
}

/// Draws `lines` (one item's) from row `y` of `area`, as many as fit;
/// how many rows they took.
fn draw_item(frame: &mut Frame, area: Rect, y: u16, lines: Vec<(String, Style)>) -> u16 {
    let shown = lines
        .len()
        .min(usize::from(area.bottom().saturating_sub(y)));
    for (i, (text, style)) in lines.into_iter().take(shown).enumerate() {
        frame.render_widget(
            Span::styled(text, style),
            Rect::new(area.x, y + i as u16, area.width, 1),
        );
    }
    shown as u16
}

fn draw_skills(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let fits = &app.session.fits;
    let lib: &crate::library::Library = &app.lib;
    let width = usize::from(area.width);
    if fits.rows.is_empty() {
        let typed = crate::clean::clean_line(fits.filter.trim());
        let note = if typed.is_empty() {
            t!("fits-no-skills-at-all")
        } else {
            t!("fits-no-skill", typed = typed)
        };
        let lines = wrap(&note, width)
            .into_iter()
            .map(|l| (l, styles.dim))
            .collect();
        draw_item(frame, area, area.y, lines);
        return;
    }
    // A skill's name wraps under itself, never cut.
    let lines_of = |n: usize| -> Vec<(String, Style)> {
        match &fits.rows[n] {
            SkillRow::Heading(name) => {
                vec![(fit(name, width, styles.symbols.ellipsis), styles.heading)]
            }
            SkillRow::Skill(ix) => {
                let name = lib.skills.get(*ix).map_or("", |s| s.name(lib.lang));
                let picked = fits.is_picked(lib, *ix);
                let mark = if picked { "[x] " } else { "[ ] " };
                let style = if fits.side == FitSide::Skills && n == fits.skill_row {
                    styles.selected
                } else if picked {
                    styles.title
                } else {
                    styles.base
                };
                wrap_after(mark, name, width)
                    .into_iter()
                    .map(|l| (l, style))
                    .collect()
            }
        }
    };
    let room = usize::from(area.height);
    let len = fits.rows.len();
    let follow = !app.session.loose.contains(&Scroller::FitSkills);
    let first = first_item(
        (fits.skill_offset, fits.skill_row, len),
        room,
        follow,
        |n| lines_of(n).len(),
    );
    let mut y = area.y;
    let mut end = first;
    while end < len && y < area.bottom() {
        let lines = lines_of(end);
        let whole = lines.len();
        let rows = draw_item(frame, area, y, lines);
        if let SkillRow::Skill(ix) = fits.rows[end] {
            layout.buttons.push((
                Rect::new(area.x, y, area.width, rows),
                Action::ToggleSkill(ix),
            ));
        }
        y += rows;
        if usize::from(rows) < whole {
            break;
        }
        end += 1;
    }
    let place = fits.skill_row + 1;
    layout.offsets.push((Scroller::FitSkills, first));
    let mut view = View::new(Scroller::FitSkills, &app.session.loose, styles, layout);
    let more = (first > 0, end < len);
    let middle = format!("{place}/{len}");
    super::scroll_controls(
        frame,
        area,
        (1, room.saturating_sub(1)),
        more,
        &middle,
        "",
        &mut view,
    );
}

fn draw_roles(
    frame: &mut Frame,
    area: Rect,
    app: &App,
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
        let lines = wrap(&note, width)
            .into_iter()
            .map(|l| (l, styles.dim))
            .collect();
        draw_item(frame, area, area.y, lines);
        return;
    }
    let named = fits.named(lib);
    // A role's lines: its title, why it is there, what it would add, each
    // wrapped whole.
    let lines_of = |n: usize| -> Vec<(String, Style)> {
        let fit_ = &fits.ranked[n];
        let role = &lib.roles[fit_.role];
        let selected = fits.side == FitSide::Roles && n == fits.role_row;
        let mut head = role.title().to_string();
        if role.entry_level {
            head.push_str(" · ");
            head.push_str(&t!("fit-entry-level"));
        }
        let title_style = if selected {
            styles.selected
        } else {
            styles.title
        };
        let mut lines: Vec<(String, Style)> = wrap_after(&format!("{}. ", n + 1), &head, width)
            .into_iter()
            .map(|l| (l, title_style))
            .collect();
        let uses = crate::career::plain::fit_uses(lib, &named, fit_);
        lines.extend(
            wrap_after("   ", &uses, width)
                .into_iter()
                .map(|l| (l, styles.base)),
        );
        if let Some(add) = crate::career::plain::fit_add(lib, fit_) {
            lines.extend(
                wrap_after("   ", &add, width)
                    .into_iter()
                    .map(|l| (l, styles.dim)),
            );
        }
        lines
    };
    let room = usize::from(area.height);
    let len = fits.ranked.len();
    let follow = !app.session.loose.contains(&Scroller::FitRoles);
    let first = first_item((fits.role_offset, fits.role_row, len), room, follow, |n| {
        lines_of(n).len()
    });
    let mut y = area.y;
    let mut end = first;
    let mut whole_rows = 0;
    while end < len && y < area.bottom() {
        let lines = lines_of(end);
        let whole = lines.len();
        let rows = draw_item(frame, area, y, lines);
        if usize::from(rows) == whole {
            whole_rows += whole;
        }
        layout.buttons.push((
            Rect::new(area.x, y, area.width, rows),
            Action::OpenRole(fits.ranked[end].role),
        ));
        y += rows;
        if usize::from(rows) < whole {
            break;
        }
        end += 1;
    }
    let place = fits.role_row + 1;
    layout.offsets.push((Scroller::FitRoles, first));
    let mut view = View::new(Scroller::FitRoles, &app.session.loose, styles, layout);
    let more = (first > 0, end < len);
    let middle = format!("{place}/{len}");
    // A drag moves a role at a time, each the height of the roles shown on
    // average, so the content follows the finger where roles are alike.
    let shown = (end - first).max(1);
    let per_role = (whole_rows / shown).max(1);
    super::scroll_controls(
        frame,
        area,
        (u16::try_from(per_role).unwrap_or(u16::MAX), shown),
        more,
        &middle,
        "",
        &mut view,
    );
}
