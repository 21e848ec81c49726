//! Drawing the explorer: reads the app's state, draws it, and records where
//! things went so that clicks can be mapped back to them.

mod bar;
mod cells;
mod compare;
mod detail;
mod fits;
mod keys;
mod labels;
mod ladder;
mod overlays;
mod search;
mod skills;
mod theme;
mod tree;
mod welcome;

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::app::{App, Overlay, Pane, ScreenLayout};
use crate::t;
pub use theme::Styles;

/// Below this size the explorer asks for a larger terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// From this size on, all four panes show at once.
pub const WIDE_WIDTH: u16 = 100;
pub const WIDE_HEIGHT: u16 = 30;

/// Draws one frame and returns where it put everything that can be clicked
/// (the caller keeps it for the mouse). Drawing changes no state but the
/// lists' scroll positions, which must follow the size of the screen.
pub fn draw(frame: &mut Frame, app: &mut App, now: Instant) -> ScreenLayout {
    let styles = Styles::for_theme(app.settings.theme).with_symbols(app.settings.symbols);
    let layout = draw_screen(frame, app, now, &styles);
    // The one place where drawn text meets the symbol set: what the
    // message catalogue and role files say ("—", "…") in ASCII on the
    // Linux console.
    styles.symbols.fold(frame.buffer_mut());
    layout
}

fn draw_screen(frame: &mut Frame, app: &mut App, now: Instant, styles: &Styles) -> ScreenLayout {
    let area = frame.area();
    let styles = *styles;
    let mut layout = ScreenLayout::default();
    frame.render_widget(Block::new().style(styles.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, styles);
        return layout;
    }
    if app.overlay() == Some(Overlay::Welcome) {
        welcome::draw(frame, area, app, &styles, &mut layout);
        return layout;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    bar::draw_title(frame, top, app, &styles, &mut layout);
    if area.width >= WIDE_WIDTH && area.height >= WIDE_HEIGHT {
        draw_wide(frame, body, app, &styles, &mut layout);
    } else {
        draw_narrow(frame, body, app, &styles, &mut layout);
    }
    match app.countdown(now) {
        Some(seconds) => bar::draw_countdown(frame, bottom, seconds, &styles, &mut layout),
        None => bar::draw_hints(frame, bottom, app, &styles, &mut layout),
    }
    match app.overlay() {
        Some(Overlay::Search) => search::draw(frame, body, app, &styles, &mut layout),
        Some(Overlay::Help) => overlays::draw_help(frame, body, app, &styles, &mut layout),
        Some(Overlay::Problems) => overlays::draw_problems(frame, body, app, &styles, &mut layout),
        Some(Overlay::Compare { a, b, path }) => {
            compare::draw(frame, body, app, (a, b, path), &styles, &mut layout)
        }
        Some(Overlay::Fits) => fits::draw(frame, body, app, &styles, &mut layout),
        Some(Overlay::Welcome) | None => {}
    }
    layout
}

/// Asks for a larger terminal: on one line where it fits, else one phrase
/// a line, so no phrase is cut in the middle ("at least | 60×20").
fn too_small(frame: &mut Frame, area: Rect, styles: Styles) {
    let phrases = [
        t!("screen-too-small"),
        t!(
            "screen-too-small-min",
            min = format!("{MIN_WIDTH}×{MIN_HEIGHT}")
        ),
        t!(
            "screen-too-small-size",
            size = format!("{}×{}", area.width, area.height)
        ),
    ];
    let whole = phrases.join(" ");
    let lines: Vec<Line> = if cells::display_width(&whole) <= usize::from(area.width) {
        vec![Line::from(whole)]
    } else {
        phrases.into_iter().map(Line::from).collect()
    };
    let height = area.height.min(lines.len() as u16 + 2);
    let y = area.y + area.height.saturating_sub(height) / 2;
    frame.render_widget(
        Paragraph::new(lines)
            .style(styles.notice)
            .centered()
            .wrap(Wrap { trim: true }),
        Rect::new(area.x, y, area.width, height),
    );
}

fn draw_wide(
    frame: &mut Frame,
    body: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let tree_width = tree::wanted_width(app).clamp(28, body.width / 3);
    let [left, centre, right] = Layout::horizontal([
        Constraint::Length(tree_width),
        Constraint::Fill(5),
        Constraint::Fill(4),
    ])
    .areas(body);
    let [upper, lower] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right);
    draw_pane(frame, Pane::Tree, left, app, styles, layout);
    draw_pane(frame, Pane::Detail, centre, app, styles, layout);
    draw_pane(frame, Pane::Skills, upper, app, styles, layout);
    draw_pane(frame, Pane::Ladder, lower, app, styles, layout);
}

/// One pane at a time, full width, with tabs to switch: nothing is cut short.
fn draw_narrow(
    frame: &mut Frame,
    body: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let [tabs, pane] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    let shown = app.session.focus;
    let mut spans = Vec::new();
    let mut x = tabs.x;
    for p in Pane::ALL {
        let label = if p == shown {
            format!("[{} {}]", p.number(), p.title())
        } else {
            format!(" {} {} ", p.number(), p.title())
        };
        let width = cells::display_width(&label) as u16;
        if x + width > tabs.right() {
            break;
        }
        let style = if p == shown {
            styles.selected
        } else {
            styles.dim
        };
        layout.tabs.push((p, Rect::new(x, tabs.y, width, 1)));
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
        x += width + 1;
    }
    frame.render_widget(Line::from(spans), tabs);
    draw_pane(frame, shown, pane, app, styles, layout);
}

fn draw_pane(
    frame: &mut Frame,
    pane: Pane,
    area: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let focused = app.session.focus == pane && app.overlay().is_none();
    let block = pane_block(pane, focused, styles);
    let styles = &if focused { *styles } else { styles.unfocused() };
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let list = match pane {
        Pane::Tree => tree::draw(frame, inner, app, styles),
        Pane::Detail => detail::draw(frame, inner, app, styles),
        Pane::Skills => skills::draw(frame, inner, app, styles),
        Pane::Ladder => ladder::draw(frame, inner, app, styles),
    };
    layout.panes.push((pane, area, list));
}

/// A pane's frame: double border and a marker when it has the keyboard.
fn pane_block(pane: Pane, focused: bool, styles: &Styles) -> Block<'static> {
    let (marker, border, style) = if focused {
        (
            styles.symbols.focus,
            styles.symbols.border_focused,
            styles.border_focused,
        )
    } else {
        ("", styles.symbols.border, styles.border)
    };
    Block::new()
        .borders(Borders::ALL)
        .border_set(border)
        .border_style(style)
        .title(Span::styled(
            format!(" {marker}{} {} ", pane.number(), pane.title()),
            if focused {
                styles.border_focused
            } else {
                styles.title
            },
        ))
}

/// How wide an overlay of at most `width` columns is over `body`.
fn overlay_width(body: Rect, width: u16) -> u16 {
    width.min(body.width.saturating_sub(2)).max(1)
}

/// Says on the bottom border below `area` that text goes on further down
/// ("▼ more"), or, at the bottom of text that scrolled, that there is more
/// above ("▲ top"). On the border, so it never covers text.
fn more_marker(frame: &mut Frame, area: Rect, scroll: usize, max_scroll: usize, styles: &Styles) {
    if max_scroll == 0 || area.width <= 8 {
        return;
    }
    let more = if scroll < max_scroll {
        format!(" {} {} ", styles.symbols.more_below, t!("detail-more"))
    } else {
        format!(" {} {} ", styles.symbols.more_above, t!("detail-top"))
    };
    let width = cells::display_width(&more) as u16;
    let x = area.right().saturating_sub(width + 1);
    frame.render_widget(
        Span::styled(more, styles.key),
        Rect::new(x, area.bottom(), width, 1).intersection(frame.area()),
    );
}

/// A centred box for an overlay, with the panes behind it cleared.
fn overlay_area(frame: &mut Frame, body: Rect, width: u16, height: u16) -> Rect {
    let width = overlay_width(body, width);
    let height = height.min(body.height).max(1);
    let area = Rect::new(
        body.x + (body.width.saturating_sub(width)) / 2,
        body.y + (body.height.saturating_sub(height)) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, area);
    area
}

fn overlay_block(title: &str, styles: &Styles) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_set(styles.symbols.border_focused)
        .border_style(styles.border_focused)
        .style(styles.base)
        .title(Span::styled(format!(" {title} "), styles.border_focused))
}

/// A heading line in the detail and overlays.
fn heading(text: &str, styles: &Styles) -> Line<'static> {
    Line::from(Span::styled(text.to_string(), styles.heading))
}

fn plain(text: String, style: Style) -> Line<'static> {
    Line::from(Span::styled(text, style))
}

/// Draws a list with the selection marked by reverse video and '›', keeping
/// the selection in view; `offset` (the first item shown) is updated. When
/// the list does not fit, the border below it says so: "▲ 3/31 ▼" (more
/// above, the selection's place, more below). The list never scrolls
/// further than needed to fill its area, so a list that grows its area (a
/// larger terminal) shows everything that now fits.
fn draw_list(
    frame: &mut Frame,
    area: Rect,
    items: Vec<ListItem<'_>>,
    selected: Option<usize>,
    offset: &mut usize,
    styles: &Styles,
) {
    let heights: Vec<usize> = items.iter().map(ListItem::height).collect();
    let len = items.len();
    *offset = (*offset).min(last_full_offset(&heights, usize::from(area.height)));
    let mut state = ListState::default()
        .with_offset(*offset)
        .with_selected(selected);
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(styles.selected)
            .highlight_symbol(styles.symbols.selection),
        area,
        &mut state,
    );
    *offset = state.offset();
    let mut shown = 0;
    let mut rows = 0;
    for h in &heights[(*offset).min(len)..] {
        if rows + h > usize::from(area.height) {
            break;
        }
        rows += h;
        shown += 1;
    }
    draw_position(frame, area, *offset, shown, len, selected, styles);
}

/// Draws a list of one-line rows, building only the rows in view: a tree
/// of 20,000 roles costs a screenful per frame, not 20,000 rows. `row(i)`
/// builds row `i`; otherwise like [`draw_list`].
fn draw_window<'a>(
    frame: &mut Frame,
    area: Rect,
    len: usize,
    selected: usize,
    offset: &mut usize,
    styles: &Styles,
    row: impl Fn(usize) -> ListItem<'a>,
) {
    let height = usize::from(area.height).max(1);
    let selected = selected.min(len.saturating_sub(1));
    if selected < *offset {
        *offset = selected;
    } else if selected >= *offset + height {
        *offset = selected + 1 - height;
    }
    *offset = (*offset).min(len.saturating_sub(height));
    let end = (*offset + height).min(len);
    let items: Vec<ListItem> = (*offset..end).map(row).collect();
    let mut state = ListState::default().with_selected(Some(selected - *offset));
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(styles.selected)
            .highlight_symbol(styles.symbols.selection),
        area,
        &mut state,
    );
    draw_position(
        frame,
        area,
        *offset,
        end - *offset,
        len,
        Some(selected),
        styles,
    );
}

/// "▲ 3/31 ▼" on the border below a list that does not fit: more above, the
/// selection's place, more below.
fn draw_position(
    frame: &mut Frame,
    area: Rect,
    offset: usize,
    shown: usize,
    len: usize,
    selected: Option<usize>,
    styles: &Styles,
) {
    let above = offset > 0;
    let below = offset + shown < len;
    if (above || below) && area.height > 0 {
        let place = selected.map_or(offset + 1, |s| s + 1).min(len);
        let marker = format!(
            " {}{place}/{len}{} ",
            if above {
                format!("{} ", styles.symbols.more_above)
            } else {
                String::new()
            },
            if below {
                format!(" {}", styles.symbols.more_below)
            } else {
                String::new()
            }
        );
        let width = cells::display_width(&marker) as u16;
        // On the border just below the list.
        let y = area.bottom();
        if width + 2 <= area.width && y < frame.area().bottom() {
            let rect = Rect::new(area.right().saturating_sub(width + 1), y, width, 1);
            frame.render_widget(Span::styled(marker, styles.key), rect);
        }
    }
}

/// The largest first item that still fills `rows` rows with items of
/// `heights`: scrolling further would leave rows empty.
fn last_full_offset(heights: &[usize], rows: usize) -> usize {
    let mut used = 0;
    for (i, h) in heights.iter().enumerate().rev() {
        used += h;
        if used > rows {
            return i + 1;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_scrolls_no_further_than_filling_its_area() {
        assert_eq!(last_full_offset(&[1; 31], 10), 21);
        assert_eq!(last_full_offset(&[1; 31], 40), 0);
        assert_eq!(last_full_offset(&[2; 10], 5), 8);
        assert_eq!(last_full_offset(&[], 5), 0);
    }
}
