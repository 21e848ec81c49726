//! Drawing the explorer: reads the app's state, draws it, and records where
//! things went so that clicks can be mapped back to them.

mod bar;
mod cells;
mod compare;
mod detail;
mod fits;
mod keyboard;
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
use ratatui::widgets::{
    Block, Borders, Clear, HighlightSpacing, List, ListItem, ListState, Paragraph, Wrap,
};

use crate::app::mouse::{ScrollArea, Scroller};
use crate::app::{Action, App, Overlay, Pane, ScreenLayout};
use crate::t;
pub use theme::Styles;

/// Below this size the explorer asks for a larger terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// From this size on, all four panes show at once.
pub const WIDE_WIDTH: u16 = 100;
pub const WIDE_HEIGHT: u16 = 30;

/// Draws one frame of `app`, which it cannot change, and returns what the
/// app must know of it: where it put everything that can be touched, and
/// where it scrolled each list to keep its selection in view at this size
/// ([`frame`] hands it over).
pub fn draw(frame: &mut Frame, app: &App, now: Instant) -> ScreenLayout {
    let styles = Styles::for_theme(app.settings.theme).with_symbols(app.settings.symbols);
    // In the language the app shows, whoever draws it.
    let lang = app.lang();
    let layout = crate::i18n::speaking(lang, || draw_screen(frame, app, now, &styles));
    // The one place where drawn text meets the symbol set: what the
    // message catalogue and role files say ("—", "…") in ASCII on the
    // Linux console.
    styles.symbols.fold(frame.buffer_mut());
    layout
}

/// Draws a frame of `app` on `terminal` at `now`, then hands the app what
/// drawing found ([`Msg::Drawn`](crate::app::Msg::Drawn)): where things
/// are, for the mouse, and where each list was scrolled to.
pub fn frame<B: ratatui::backend::Backend>(
    terminal: &mut ratatui::Terminal<B>,
    app: &mut App,
    now: Instant,
) -> Result<(), B::Error> {
    let mut layout = None;
    terminal.draw(|frame| layout = Some(draw(frame, app, now)))?;
    if let Some(layout) = layout {
        app.update(crate::app::Msg::Drawn(Box::new(layout)));
    }
    Ok(())
}

fn draw_screen(frame: &mut Frame, app: &App, now: Instant, styles: &Styles) -> ScreenLayout {
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
    bar::draw_hints(frame, bottom, app, &styles, &mut layout);
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
    if app.session.asking_start_over {
        bar::draw_start_over(frame, area, &styles, &mut layout);
    }
    // Last, over everything: where the visitor is looking.
    if let Some(seconds) = app.countdown(now) {
        bar::draw_countdown(frame, area, seconds, &styles);
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

fn draw_wide(frame: &mut Frame, body: Rect, app: &App, styles: &Styles, layout: &mut ScreenLayout) {
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
    app: &App,
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
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let focused = app.session.focus == pane && app.overlay().is_none();
    let block = pane_block(pane, focused, styles);
    let styles = &if focused { *styles } else { styles.unfocused() };
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let list = match pane {
        Pane::Tree => tree::draw(frame, inner, app, styles, layout),
        Pane::Detail => detail::draw(frame, inner, app, styles, layout),
        Pane::Skills => skills::draw(frame, inner, app, styles, layout),
        Pane::Ladder => ladder::draw(frame, inner, app, styles, layout),
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

/// What a scrolling area needs to draw its ▲/▼ controls and be dragged:
/// what it scrolls, its styles, whether it keeps its selection in view
/// (not after a finger scrolled it away), and where to record it.
pub(crate) struct View<'a> {
    pub scroller: Scroller,
    pub styles: &'a Styles,
    pub follow: bool,
    pub layout: &'a mut ScreenLayout,
}

impl<'a> View<'a> {
    pub fn new(
        scroller: Scroller,
        loose: &[Scroller],
        styles: &'a Styles,
        layout: &'a mut ScreenLayout,
    ) -> Self {
        View {
            scroller,
            styles,
            follow: !loose.contains(&scroller),
            layout,
        }
    }
}

/// Records `area` as scrolling (a drag over it scrolls it by whole
/// items of `rows_per_step` rows) and, on the border below it, draws a
/// touchable ▲ where there is more above and ▼ where there is more below,
/// with `middle` between them ("3/31") and `down_word` in the ▼ ("more").
/// Each control is three columns or more, never one character, and a tap
/// on it pages.
fn scroll_controls(
    frame: &mut Frame,
    area: Rect,
    (rows_per_step, page): (u16, usize),
    (above, below): (bool, bool),
    middle: &str,
    down_word: &str,
    view: &mut View<'_>,
) {
    view.layout.scrolls.push(ScrollArea {
        scroller: view.scroller,
        area,
        rows_per_step,
    });
    if !(above || below) || area.height == 0 {
        return;
    }
    let styles = view.styles;
    let page = i32::try_from(page.max(1)).unwrap_or(i32::MAX);
    let mut pieces: Vec<(String, Option<i32>)> = Vec::new();
    if above {
        pieces.push((format!(" {} ", styles.symbols.more_above), Some(-page)));
    }
    if !middle.is_empty() {
        pieces.push((format!(" {middle} "), None));
    }
    if below {
        let down = if down_word.is_empty() {
            format!(" {} ", styles.symbols.more_below)
        } else {
            format!(" {} {down_word} ", styles.symbols.more_below)
        };
        pieces.push((down, Some(page)));
    }
    let width = |s: &str| cells::display_width(s) as u16;
    let total: u16 = pieces.iter().map(|(label, _)| width(label)).sum();
    let y = area.bottom();
    if total + 2 > area.width || y >= frame.area().bottom() {
        return;
    }
    let mut x = area.right().saturating_sub(total + 1);
    for (label, steps) in pieces {
        let rect = Rect::new(x, y, width(&label), 1);
        x += rect.width;
        match steps {
            Some(steps) => {
                frame.render_widget(Span::styled(label, styles.key), rect);
                view.layout.buttons.push((
                    rect,
                    Action::ScrollView {
                        scroller: view.scroller,
                        steps,
                    },
                ));
            }
            None => frame.render_widget(Span::styled(label, styles.dim), rect),
        }
    }
}

/// The controls of text that scrolls by rows (the detail, the windows):
/// ▲ where it scrolled, "▼ more" where there is more below.
fn text_controls(
    frame: &mut Frame,
    area: Rect,
    scroll: usize,
    max_scroll: usize,
    view: &mut View<'_>,
) {
    let page = usize::from(area.height).saturating_sub(1);
    let more = (scroll > 0, scroll < max_scroll);
    let word = t!("detail-more");
    scroll_controls(frame, area, (1, page), more, "", &word, view);
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
/// the selection in view unless a finger scrolled it away, from `offset`
/// (the first item shown last time); returns the first item shown now,
/// recorded in the layout for the app. When the list does not fit, the border
/// below it has its ▲/▼ controls and the selection's place ("3/31"). The
/// list never scrolls further than needed to fill its area, so a list that
/// grows its area (a larger terminal) shows everything that now fits.
fn draw_list(
    frame: &mut Frame,
    area: Rect,
    items: Vec<ListItem<'_>>,
    selected: Option<usize>,
    offset: usize,
    mut view: View<'_>,
) -> usize {
    let mut offset = offset;
    let styles = view.styles;
    let heights: Vec<usize> = items.iter().map(ListItem::height).collect();
    let len = items.len();
    offset = offset.min(last_full_offset(&heights, usize::from(area.height)));
    let shown_from = |offset: usize| {
        let mut shown = 0;
        let mut rows = 0;
        for h in &heights[offset.min(len)..] {
            if rows + h > usize::from(area.height) {
                break;
            }
            rows += h;
            shown += 1;
        }
        shown
    };
    // Scrolled away by a finger, the selection is left where it is.
    let in_view = |s: usize| s >= offset && s < offset + shown_from(offset);
    let highlighted = selected.filter(|&s| view.follow || in_view(s));
    let mut state = ListState::default()
        .with_offset(offset)
        .with_selected(highlighted);
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(styles.selected)
            .highlight_symbol(styles.symbols.selection)
            .highlight_spacing(spacing(selected)),
        area,
        &mut state,
    );
    offset = state.offset();
    let shown = shown_from(offset);
    let step = heights.iter().copied().min().unwrap_or(1).max(1);
    draw_position(frame, area, (offset, shown, len), selected, step, &mut view);
    view.layout.offsets.push((view.scroller, offset));
    offset
}

/// Draws a list of one-line rows, building only the rows in view: a tree
/// of 20,000 roles costs a screenful per frame, not 20,000 rows. `row(i)`
/// builds row `i`; otherwise like [`draw_list`].
fn draw_window<'a>(
    frame: &mut Frame,
    area: Rect,
    len: usize,
    selected: usize,
    offset: usize,
    mut view: View<'_>,
    row: impl Fn(usize) -> ListItem<'a>,
) -> usize {
    let mut offset = offset;
    let styles = view.styles;
    let height = usize::from(area.height).max(1);
    let selected = selected.min(len.saturating_sub(1));
    if view.follow {
        if selected < offset {
            offset = selected;
        } else if selected >= offset + height {
            offset = selected + 1 - height;
        }
    }
    offset = offset.min(len.saturating_sub(height));
    let end = (offset + height).min(len);
    let items: Vec<ListItem> = (offset..end).map(row).collect();
    let highlighted = (offset..end).contains(&selected).then(|| selected - offset);
    let mut state = ListState::default().with_selected(highlighted);
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(styles.selected)
            .highlight_symbol(styles.symbols.selection)
            .highlight_spacing(spacing(Some(selected))),
        area,
        &mut state,
    );
    draw_position(
        frame,
        area,
        (offset, end - offset, len),
        Some(selected),
        1,
        &mut view,
    );
    view.layout.offsets.push((view.scroller, offset));
    offset
}

/// A list with a selection keeps the selection symbol's column even while
/// the selection is scrolled out of view, so the rows never shift sideways
/// under a finger.
fn spacing(selected: Option<usize>) -> HighlightSpacing {
    if selected.is_some() {
        HighlightSpacing::Always
    } else {
        HighlightSpacing::WhenSelected
    }
}

/// The ▲/▼ controls below a list, with the selection's place between them
/// ("▲ 3/31 ▼"), where the list does not fit.
fn draw_position(
    frame: &mut Frame,
    area: Rect,
    (offset, shown, len): (usize, usize, usize),
    selected: Option<usize>,
    rows_per_step: usize,
    view: &mut View<'_>,
) {
    let above = offset > 0;
    let below = offset + shown < len;
    let place = selected.map_or(offset + 1, |s| s + 1).min(len);
    let middle = if above || below {
        format!("{place}/{len}")
    } else {
        String::new()
    };
    let step = u16::try_from(rows_per_step).unwrap_or(1);
    scroll_controls(
        frame,
        area,
        (step, shown.saturating_sub(1)),
        (above, below),
        &middle,
        "",
        view,
    );
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
