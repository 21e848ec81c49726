//! The comparison overlay: the pinned role beside another, or the route
//! from one to the other, as `crewpath compare` and `crewpath path` print
//! them, wrapped to the window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::overlays::scrolling;
use super::{Styles, heading, plain};
use crate::app::{App, Compared, ScreenLayout};
use crate::career;
use crate::career::{document, plain};
use crate::library::{Library, RoleIx};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    body: Rect,
    app: &mut App,
    (a, b, path): (RoleIx, RoleIx, bool),
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    // The text wraps to the window less its borders.
    let width = usize::from(body.width.min(100)).saturating_sub(4);
    let of = (a, b, path, width);
    let compared = match app.compared.take() {
        Some(c) if c.of == of => c,
        _ => {
            let (title, text) = work_out(&app.lib, a, b, path, width);
            Compared { of, title, text }
        }
    };
    let text = compared.text.clone();
    let title = compared.title.clone();
    app.compared = Some(compared);
    // "From Assistant Engineer:" opens a route of its own, not a heading.
    let marked = t!("path-closest-from", role = "\u{1}");
    let from = marked.split('\u{1}').next().unwrap_or_default();
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        // Headings stand at the left edge; the rest is indented. (Side by
        // side, the columns' lines are shown as they are.)
        if i > 0
            && !line.is_empty()
            && !line.starts_with(' ')
            && (from.is_empty() || !line.starts_with(from))
            && !line.contains("   ")
        {
            lines.push(heading(line, styles));
        } else {
            lines.push(plain(line.to_string(), styles.base));
        }
    }
    scrolling(frame, body, &title, lines, app, styles, layout);
}

/// The comparison of `a` with `b`, or the route from `a` to `b`, wrapped to
/// `width`: the window's title and its text.
fn work_out(lib: &Library, a: RoleIx, b: RoleIx, path: bool, width: usize) -> (String, String) {
    if path {
        let answer = career::answer(lib, Some(a), b, career::path::FEW);
        (
            t!("compare-window-route"),
            plain::render(&document::path(lib, b, &answer), width),
        )
    } else if width >= 90 {
        // Wide enough: the two roles side by side, what they share below.
        let c = career::compare(lib, a, b);
        let column = (width - 3) / 2;
        let left = document::column(lib, &c, a);
        let right = document::column(lib, &c, b);
        let mut text = String::new();
        for line in plain::side_by_side(&left, &right, column) {
            for piece in line.pieces {
                text.push_str(&piece.text);
            }
            text.push('\n');
        }
        text.push('\n');
        text.push_str(&plain::render(&document::shared(lib, &c), width));
        (t!("compare-window"), text)
    } else {
        (
            t!("compare-window"),
            plain::render(
                &document::comparison(lib, &career::compare(lib, a, b)),
                width,
            ),
        )
    }
}
