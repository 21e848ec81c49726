//! The help and problems overlays.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Styles, heading, keys, overlay_area, overlay_block, overlay_width, plain};

/// The widest the help, problems and compare windows grow.
const HELP_WIDTH: u16 = 100;
/// Where what a key does starts in the help window, at least.
const KEYS_COLUMN: usize = 28;
use crate::app::bindings::{BROWSING, SEARCH_BOX};
use crate::app::{Action, App, ScreenLayout};
use crate::t;

/// Every key, from the key table, with the search box's keys and the mouse.
pub fn draw_help(
    frame: &mut Frame,
    body: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    // What a key does wraps under itself, never under the keys' column.
    let inner = usize::from(overlay_width(body, HELP_WIDTH).saturating_sub(2));
    // Keys as the keyboard names them in the language spoken.
    let browsing: Vec<(String, &str)> = BROWSING
        .iter()
        .filter(|b| b.applies_to(app.settings.kiosk))
        .filter(|b| b.action != Action::Print || app.settings.print_command.is_some())
        .filter_map(|b| Some((keys::named(b.keys_label, styles.symbols), b.help?)))
        .collect();
    let search_box: Vec<(String, &str)> = SEARCH_BOX
        .iter()
        .map(|(label, what)| (keys::named(label, styles.symbols), *what))
        .collect();
    let widest = browsing
        .iter()
        .chain(&search_box)
        .map(|(keys, _)| super::text::display_width(keys) + 2)
        .max()
        .unwrap_or(0);
    let column = widest.max(KEYS_COLUMN);
    let column = if inner >= column + 16 { column } else { 0 };
    let key_lines = |lines: &mut Vec<Line<'static>>, keys: &str, what: &str| {
        let wrapped = super::text::wrap(what, inner.saturating_sub(column));
        for (i, part) in wrapped.into_iter().enumerate() {
            let lead = if i == 0 {
                Span::styled(format!("{keys:<column$}"), styles.key)
            } else {
                Span::raw(" ".repeat(column))
            };
            if i == 0 && column == 0 {
                lines.push(Line::from(lead));
                lines.push(Line::from(Span::raw(part)));
            } else {
                lines.push(Line::from(vec![lead, Span::raw(part)]));
            }
        }
    };
    let mut lines = vec![heading(&t!("help-heading-keys"), styles)];
    for (keys, what) in &browsing {
        key_lines(&mut lines, keys, &crate::i18n::tr_args(what, None));
    }
    let typing = if app.settings.kiosk {
        t!("help-typing-kiosk")
    } else {
        t!("help-typing")
    };
    key_lines(&mut lines, &t!("help-typing-keys"), &typing);
    lines.push(Line::default());
    lines.push(heading(&t!("help-heading-search-box"), styles));
    for (keys, what) in &search_box {
        key_lines(&mut lines, keys, &crate::i18n::tr_args(what, None));
    }
    lines.push(Line::default());
    lines.push(heading(&t!("help-heading-mouse"), styles));
    lines.push(plain(t!("help-mouse"), styles.base));
    scrolling(frame, body, &t!("help-window"), lines, app, styles, layout);
}

pub fn draw_problems(
    frame: &mut Frame,
    body: Rect,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let mut lines = Vec::new();
    if app.problems.is_empty() {
        lines.push(plain(t!("problems-none"), styles.base));
    } else {
        lines.push(plain(
            t!("problems-intro", count = app.problems.len()),
            styles.dim,
        ));
        lines.extend(
            app.problem_lines
                .iter()
                .map(|l| plain(l.clone(), styles.base)),
        );
    }
    scrolling(
        frame,
        body,
        &t!("problems-window"),
        lines,
        app,
        styles,
        layout,
    );
}

pub(super) fn scrolling(
    frame: &mut Frame,
    body: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    app: &mut App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let area = overlay_area(frame, body, HELP_WIDTH, body.height);
    layout.overlay = Some(area);
    let block = overlay_block(title, styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let max = paragraph
        .line_count(inner.width)
        .saturating_sub(usize::from(inner.height));
    let scroll = app.session.overlay_scroll.min(max);
    app.session.overlay_scroll = scroll;
    frame.render_widget(
        paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
    super::more_marker(frame, inner, scroll, max, styles);
}
