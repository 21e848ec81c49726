//! The comparison overlay: the pinned role beside another, or the route
//! from one to the other, as `crewpath compare` and `crewpath path` print
//! them, wrapped to the window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::overlays::scrolling;
use super::{Styles, heading, plain};
use crate::app::{App, Compared, ScreenLayout};
use crate::career;
use crate::career::document;
use crate::career::plain::{self as printed, Printed};
use crate::library::{Library, RoleIx};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    body: Rect,
    app: &App,
    (a, b, path): (RoleIx, RoleIx, bool),
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    // The text wraps to the window less its borders.
    let width = usize::from(body.width.min(100)).saturating_sub(4);
    let of = (a, b, path, width);
    // Worked out once per change of roles, view or width: the app keeps
    // what this frame worked out.
    let kept = app.compared.as_ref().filter(|c| c.of == of);
    let fresh = kept.is_none().then(|| {
        let (title, lines) = work_out(&app.lib, a, b, path, width);
        Compared { of, title, lines }
    });
    let Some(compared) = kept.or(fresh.as_ref()) else {
        return;
    };
    let lines: Vec<Line<'static>> = compared.lines.iter().map(|l| line(l, styles)).collect();
    let title = compared.title.clone();
    layout.compared = fresh;
    let scroll = app.session.overlay_scroll;
    scrolling(frame, body, (&title, lines), scroll, app, styles, layout);
}

/// A printed line with its headings set apart, as the document marks them.
fn line(printed: &Printed, styles: &Styles) -> Line<'static> {
    let style = |heading: bool| {
        if heading { styles.heading } else { styles.base }
    };
    match printed.pieces.as_slice() {
        [] => plain(String::new(), styles.base),
        [one] if one.heading => heading(&one.text, styles),
        [one] => plain(one.text.clone(), styles.base),
        pieces => Line::from(
            pieces
                .iter()
                .map(|p| Span::styled(p.text.clone(), style(p.heading)))
                .collect::<Vec<_>>(),
        ),
    }
}

/// The comparison of `a` with `b`, or the route from `a` to `b`, wrapped to
/// `width`: the window's title and its lines.
fn work_out(
    lib: &Library,
    a: RoleIx,
    b: RoleIx,
    path: bool,
    width: usize,
) -> (String, Vec<Printed>) {
    if path {
        let from = (a != b).then_some(a);
        let answer = career::answer(lib, from, b, career::path::FEW);
        let title = if from.is_some() {
            t!("compare-window-route")
        } else {
            t!("routes-in-window", title = lib.roles[b].title())
        };
        (
            title,
            printed::lines(&document::path(lib, b, &answer), width),
        )
    } else if width >= 90 {
        // Wide enough: the two roles side by side, what they share below.
        let c = career::compare(lib, a, b);
        let column = (width - 3) / 2;
        let left = document::column(lib, &c, a);
        let right = document::column(lib, &c, b);
        let mut lines = printed::side_by_side(&left, &right, column);
        lines.push(Printed::default());
        lines.extend(printed::lines(&document::shared(lib, &c), width));
        (t!("compare-window"), lines)
    } else {
        let c = career::compare(lib, a, b);
        (
            t!("compare-window"),
            printed::lines(&document::comparison(lib, &c), width),
        )
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Style;

    use super::*;
    use crate::app::{Overlay, Settings};
    use crate::i18n::{Lang, speaking};
    use crate::library::load_embedded;

    /// The comparison (or the route) of two bundled roles as the explorer
    /// draws it at `width`: each row's text, and the style of its first
    /// letter.
    fn rows(a: &str, b: &str, path: bool, width: u16) -> Vec<(String, Style)> {
        speaking(Lang::En, || {
            let loaded = load_embedded();
            let find = |id: &str| {
                loaded
                    .library
                    .roles
                    .iter()
                    .position(|r| r.id() == id)
                    .unwrap_or_else(|| panic!("no bundled role {id}"))
            };
            let (a, b) = (find(a), find(b));
            let mut app = App::new(
                loaded.library.clone(),
                Vec::new(),
                Settings::default(),
                Instant::now(),
            );
            app.session.overlay = Some(Overlay::Compare { a, b, path });
            let mut terminal = Terminal::new(TestBackend::new(width, 40)).expect("test terminal");
            crate::ui::frame(&mut terminal, &mut app, Instant::now()).expect("draw");
            let buffer = terminal.backend().buffer();
            (0..buffer.area.height)
                .filter_map(|y| {
                    let cells: Vec<_> = (0..width).map(|x| &buffer[(x, y)]).collect();
                    let text: String = cells.iter().map(|c| c.symbol()).collect();
                    // Inside the window's borders.
                    let start = cells.iter().position(|c| c.symbol() == "║")? + 1;
                    let first = cells[start..].iter().find(|c| c.symbol() != " ")?;
                    Some((text, first.style()))
                })
                .collect()
        })
    }

    fn styled(rows: &[(String, Style)], words: &str) -> Style {
        rows.iter()
            .find(|(text, _)| text.contains(words))
            .map(|&(_, style)| style)
            .unwrap_or_else(|| panic!("no row with {words:?}"))
    }

    fn is_heading(style: Style) -> bool {
        let heading = Styles::for_theme(Settings::default().theme).heading;
        style.add_modifier.contains(heading.add_modifier)
    }

    #[test]
    fn a_route_with_no_answer_is_said_in_sentences_not_headings() {
        let rows = rows("picture-editor", "post-production-assistant", true, 80);
        for words in ["No route from Picture Editor", "No role leads to it."] {
            let style = styled(&rows, words);
            assert!(
                !is_heading(style),
                "{words:?} drawn as a heading: {style:?}"
            );
        }
    }

    #[test]
    fn headings_are_drawn_as_headings_and_only_they() {
        let closest = rows("sound-editor", "picture-editor", true, 80);
        assert!(is_heading(styled(&closest, "The closest roles")));
        assert!(!is_heading(styled(
            &closest,
            "From Assistant Picture Editor:"
        )));
        assert!(!is_heading(styled(&closest, "No route from")));
        for width in [80, 120] {
            let compared = rows("assistant-picture-editor", "picture-editor", false, width);
            assert!(is_heading(styled(&compared, "How they are linked")));
            assert!(is_heading(styled(&compared, "Unions and guilds")));
            assert!(!is_heading(styled(&compared, "Directors Guild")));
            assert!(!is_heading(styled(&compared, "Assistant Picture Editor")));
        }
        // Side by side, each column's headings are headings.
        let wide = rows("assistant-picture-editor", "picture-editor", false, 120);
        assert!(is_heading(styled(&wide, "Only this role asks for")));
    }
}
