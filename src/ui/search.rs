//! The search overlay: a text box and the live list of matching roles.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph, Wrap};

use super::cells::{display_width, fit, highlighted};
use super::{Styles, View, draw_list, keyboard, overlay_area, overlay_block};
use crate::app::mouse::{ListArea, Scroller};
use crate::app::{Action, App, ScreenLayout};
use crate::search::Field;
use crate::t;

pub fn draw(frame: &mut Frame, body: Rect, app: &App, styles: &Styles, layout: &mut ScreenLayout) {
    let lib: &crate::library::Library = &app.lib.clone();
    let area = overlay_area(frame, body, 90, body.height);
    layout.overlay = Some(area);
    let block = overlay_block(&t!("search-window-title"), styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 3 || inner.width < 4 {
        return;
    }
    // At a kiosk, keys on the screen for visitors with only a finger.
    let lang = app.lang();
    let keyboard_rows = if app.settings.kiosk && !app.settings.no_screen_keyboard {
        keyboard::height(lang, inner.width, inner.height - 2)
    } else {
        0
    };
    let suggestions = if app.settings.kiosk {
        suggestions(lib)
    } else {
        Vec::new()
    };
    let search = &app.session.search;
    // The input line, scrolled so the cursor stays in view.
    let prompt = styles.symbols.prompt;
    // Columns, not bytes: "›" is three bytes and one column.
    let prompt_width = display_width(prompt);
    let room = usize::from(inner.width).saturating_sub(prompt_width + 1);
    let scroll = search.input().visual_scroll(room);
    let value: String = crate::clean::clean_line(search.input().value())
        .chars()
        .skip(scroll)
        .collect();
    frame.render_widget(
        Line::from(vec![
            Span::styled(prompt, styles.key),
            Span::raw(fit(&value, room + 1, styles.symbols.ellipsis)),
        ]),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    let cursor = search.input().visual_cursor().saturating_sub(scroll);
    let cursor_x = inner.x + (prompt_width + cursor).min(usize::from(inner.width) - 1) as u16;
    frame.set_cursor_position(Position::new(cursor_x, inner.y));

    let status = if search.waiting_for_index() {
        t!("search-getting-ready")
    } else if search.input().value().trim().is_empty() {
        t!("search-prompt")
    } else {
        let results = search.results();
        match (results.note(), results.hits.len()) {
            (Some(note), _) => note,
            (None, 0) => t!("search-nothing"),
            (None, n) => t!("count-roles", count = n),
        }
    };
    // A kiosk visitor reads the whole prompt, on two lines if need be.
    let status_rows: u16 = if keyboard_rows > 0 && display_width(&status) > usize::from(inner.width)
    {
        2
    } else {
        1
    };
    let status_text = if status_rows == 1 {
        fit(&status, usize::from(inner.width), styles.symbols.ellipsis)
    } else {
        status
    };
    frame.render_widget(
        Paragraph::new(Span::styled(status_text, styles.dim)).wrap(Wrap { trim: true }),
        Rect::new(inner.x, inner.y + 1, inner.width, status_rows),
    );
    let below = if keyboard_rows > 0 {
        keyboard_rows + 1
    } else {
        0
    };
    let list_area = Rect::new(
        inner.x,
        inner.y + 1 + status_rows,
        inner.width,
        inner.height.saturating_sub(1 + status_rows + below),
    );
    if keyboard_rows > 0 {
        let keys = Rect::new(
            inner.x,
            inner.bottom() - keyboard_rows,
            inner.width,
            keyboard_rows,
        );
        keyboard::draw(frame, keys, lang, styles, layout);
    }
    if search.input().value().trim().is_empty() && !suggestions.is_empty() {
        draw_suggestions(frame, list_area, &suggestions, styles, layout);
    }
    let width = usize::from(list_area.width).saturating_sub(2);
    let items: Vec<ListItem> = search
        .results()
        .hits
        .iter()
        .map(|hit| {
            let role = &lib.roles[hit.role];
            let department = lib
                .department_path(role.department)
                .join(styles.symbols.path_between);
            let title_positions: &[usize] = if hit.field == Field::Title {
                &hit.positions
            } else {
                &[]
            };
            let mut first = highlighted(
                role.title(),
                title_positions,
                width,
                (styles.title, styles.matched),
                styles.symbols.ellipsis,
            );
            let used: usize = first.iter().map(|s| display_width(&s.content)).sum();
            if used + 4 < width {
                first.push(Span::styled(
                    format!(
                        "  {}",
                        fit(&department, width - used - 2, styles.symbols.ellipsis)
                    ),
                    styles.dim,
                ));
            }
            let mut second = vec![Span::raw("   ")];
            if hit.field == Field::SearchTerm {
                // A hidden search term means nothing to a visitor as a field:
                // say in plain words why the role came up.
                let why = t!("search-why-term", term = "\u{0}");
                let (before, after) = why.split_once('\u{0}').unwrap_or((&why, ""));
                let room = width.saturating_sub(3 + display_width(before) + display_width(after));
                second.push(Span::styled(before.to_string(), styles.dim));
                second.extend(highlighted(
                    &hit.matched,
                    &hit.positions,
                    room,
                    (styles.base, styles.matched),
                    styles.symbols.ellipsis,
                ));
                second.push(Span::styled(after.to_string(), styles.dim));
            } else if hit.field != Field::Title {
                let label = format!("{}: ", hit.field.label());
                let room = width.saturating_sub(3 + display_width(&label));
                second.push(Span::styled(label, styles.dim));
                second.extend(highlighted(
                    &hit.matched,
                    &hit.positions,
                    room,
                    (styles.base, styles.matched),
                    styles.symbols.ellipsis,
                ));
            } else if let Some(summary) = role.summary() {
                second.push(Span::styled(
                    fit(summary, width.saturating_sub(3), styles.symbols.ellipsis),
                    styles.dim,
                ));
            }
            ListItem::new(vec![Line::from(first), Line::from(second)])
        })
        .collect();
    let len = items.len();
    let offset = draw_list(
        frame,
        list_area,
        items,
        (len > 0).then_some(search.selected),
        search.offset,
        View::new(Scroller::Results, &app.session.loose, styles, layout),
    );
    let shown = usize::from(list_area.height) / 2;
    let rows = (offset..len.min(offset + shown))
        .flat_map(|i| [i, i])
        .collect();
    layout.results = Some(ListArea {
        area: list_area,
        rows,
    });
}

/// Kiosk: searches to touch while the box is empty: the welcome's
/// examples (one that names a single role opens it), then the departments.
fn suggestions(lib: &crate::library::Library) -> Vec<(String, Action)> {
    let mut shown: Vec<(String, Action)> = crate::app::welcome::examples(lib)
        .into_iter()
        .map(|e| (e.text.clone(), e.action()))
        .collect();
    for &d in &lib.top {
        let name = crate::clean::clean_line(&lib.departments[d].name).into_owned();
        if !shown.iter().any(|(text, _)| *text == name) {
            shown.push((name.clone(), Action::SearchWith(name)));
        }
    }
    shown
}

/// The suggestions as buttons, as many rows as fit, under a line saying
/// what they are.
fn draw_suggestions(
    frame: &mut Frame,
    area: Rect,
    suggestions: &[(String, Action)],
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    if area.height < 2 {
        return;
    }
    let width = usize::from(area.width);
    frame.render_widget(
        Span::styled(
            fit(&t!("search-suggestions"), width, styles.symbols.ellipsis),
            styles.dim,
        ),
        Rect::new(area.x, area.y, area.width, 1),
    );
    let (mut x, mut y) = (area.x, area.y + 1);
    for (text, action) in suggestions {
        let label = fit(&format!(" {text} "), width, styles.symbols.ellipsis);
        let w = display_width(&label) as u16;
        if x > area.x && x + w > area.right() {
            x = area.x;
            y += 2;
        }
        if y >= area.bottom() {
            break;
        }
        let rect = Rect::new(x, y, w, 1);
        frame.render_widget(Span::styled(label, styles.key), rect);
        layout.buttons.push((rect, action.clone()));
        x += w + 2;
    }
}
