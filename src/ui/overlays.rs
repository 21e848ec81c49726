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
use crate::app::bindings::{Layer, help_lines, stack};
use crate::app::mouse::Scroller;
use crate::app::{Action, App, Overlay, ScreenLayout};
use crate::t;

/// Every key, from the key table, with the search box's keys and the mouse.
pub fn draw_help(
    frame: &mut Frame,
    body: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    // The keys of the layers beneath the help window, as the user meets
    // them: the panes, then the search box, the windows and "What fits me".
    let kiosk = app.settings.kiosk;
    let browsing = stack(None, kiosk);
    let searching = stack(Some(Overlay::Search), kiosk);
    let comparing = stack(
        Some(Overlay::Compare {
            a: 0,
            b: 0,
            path: false,
        }),
        kiosk,
    );
    let fitting = stack(Some(Overlay::Fits), kiosk);
    // The panes' own keys first, then those that work anywhere, then what
    // typing does.
    let panes = [Layer::Browsing, Layer::Anywhere, Layer::Typing];
    let sections: [(&str, &[Layer], &[Layer]); 4] = [
        ("help-heading-keys", &browsing, &panes),
        ("help-heading-search-box", &searching, &[Layer::SearchBox]),
        ("help-heading-windows", &comparing, &[Layer::Compare]),
        ("help-heading-fits", &fitting, &[Layer::Fits]),
    ];
    // Keys as the keyboard names them in the language spoken; printing
    // only where staff set up a print command.
    let sections: Vec<(&str, Vec<(String, String)>)> = sections
        .into_iter()
        .map(|(title, layers, of)| {
            let lines = help_lines(layers, of, kiosk)
                .into_iter()
                .filter(|l| l.action != Action::Print || app.settings.print_command.is_some())
                .map(|l| (keys::named(&l.keys, styles.symbols), l.what))
                .collect();
            (title, lines)
        })
        .collect();
    // What a key does wraps under itself, never under the keys' column.
    let inner = usize::from(overlay_width(body, HELP_WIDTH).saturating_sub(2));
    let widest = sections
        .iter()
        .flat_map(|(_, lines)| lines)
        .map(|(keys, _)| super::cells::display_width(keys) + 2)
        .filter(|&w| w <= KEYS_COLUMN + 4)
        .max()
        .unwrap_or(0);
    let column = widest.max(KEYS_COLUMN);
    let column = if inner >= column + 16 { column } else { 0 };
    let key_lines = |lines: &mut Vec<Line<'static>>, keys: &str, what: &str| {
        let wrapped = super::cells::wrap(what, inner.saturating_sub(column));
        // Keys too many for their column have a line of their own.
        let own_line = column > 0 && super::cells::display_width(keys) + 2 > column;
        if own_line {
            lines.push(Line::from(Span::styled(keys.to_string(), styles.key)));
        }
        for (i, part) in wrapped.into_iter().enumerate() {
            let lead = if i == 0 && !own_line {
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
    let mut lines = Vec::new();
    // A visitor reads what to do before any key: touch first, then keys.
    if kiosk {
        for sentence in [
            t!("help-kiosk-touch"),
            t!("help-kiosk-search"),
            t!("help-kiosk-keys"),
        ] {
            lines.push(plain(sentence, styles.base));
        }
        lines.push(Line::default());
    }
    for (i, (title, keys)) in sections.into_iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.push(heading(&crate::i18n::tr_args(title, None), styles));
        for (k, what) in keys {
            key_lines(&mut lines, &k, &what);
        }
    }
    lines.push(Line::default());
    lines.push(heading(&t!("help-heading-mouse"), styles));
    lines.push(plain(
        if kiosk {
            t!("help-touch")
        } else {
            t!("help-mouse")
        },
        styles.base,
    ));
    let (title, scroll) = (t!("help-window"), app.session.overlay_scroll);
    scrolling(frame, body, (&title, lines), scroll, app, styles, layout);
}

/// Each file's own problems, the files others' follow from first, with
/// what follows folded under them; the one chosen stands out, and stays in
/// sight.
pub fn draw_problems(
    frame: &mut Frame,
    body: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let mut lines = Vec::new();
    if app.problems.is_empty() {
        lines.push(plain(t!("problems-none"), styles.base));
        let title = t!("problems-window");
        let scroll = app.session.overlay_scroll;
        scrolling(frame, body, (&title, lines), scroll, app, styles, layout);
        return;
    }
    let width = usize::from(overlay_width(body, HELP_WIDTH).saturating_sub(2));
    let wrap = |text: &str, lead: &str| super::cells::wrap_after(lead, text, width);
    for part in wrap(&t!("problems-intro", count = app.problems.len()), "") {
        lines.push(plain(part, styles.dim));
    }
    let chosen = app.session.problem_chosen;
    let mut chosen_rows = 0..0;
    for (n, entry) in app.problem_entries.iter().enumerate() {
        let start = lines.len();
        let style = if n == chosen {
            styles.selected
        } else {
            styles.base
        };
        if let Some(p) = entry.problem.and_then(|i| app.problems.get(i)) {
            // Worded now, in the language on screen.
            let text = crate::clean::clean_line(&p.to_string()).into_owned();
            for part in wrap(&text, "• ") {
                lines.push(plain(part, style));
            }
        }
        for follows in &entry.follows {
            for part in wrap(follows, "  ↳ ") {
                lines.push(plain(part, styles.dim));
            }
        }
        if n == chosen {
            chosen_rows = start..lines.len();
        }
    }
    // The scroll that keeps the chosen problem in sight.
    let height = usize::from(body.height.saturating_sub(2));
    let mut scroll = app.session.overlay_scroll;
    if chosen_rows.start < scroll {
        scroll = chosen_rows.start;
    } else if chosen_rows.end > scroll + height {
        scroll = chosen_rows.end.saturating_sub(height);
    }
    let title = t!("problems-window-open");
    scrolling(frame, body, (&title, lines), scroll, app, styles, layout);
}

/// A window of text titled `title`, scrolled from `scroll` as far as its
/// last page allows; where it was scrolled to is recorded for the app.
pub(super) fn scrolling(
    frame: &mut Frame,
    body: Rect,
    (title, lines): (&str, Vec<Line<'static>>),
    scroll: usize,
    app: &App,
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
    let scroll = scroll.min(max);
    layout.offsets.push((Scroller::Window, scroll));
    frame.render_widget(
        paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
    let mut view = super::View::new(Scroller::Window, &app.session.loose, styles, layout);
    super::text_controls(frame, inner, scroll, max, &mut view);
}
