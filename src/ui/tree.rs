//! The department tree pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

use super::text::{display_width, fit, fit_middle};
use super::{Styles, draw_window};
use crate::app::App;
use crate::app::mouse::ListArea;
use crate::app::tree::Node;
use crate::t;

/// Columns the tree needs to show every visible row in full.
pub fn wanted_width(app: &App) -> u16 {
    let lib: &crate::library::Library = &app.lib.clone();
    let widest = app
        .session
        .tree
        .rows()
        .iter()
        .map(|row| {
            let label = match row.node {
                Node::Department(d) => &lib.departments[d].name,
                Node::Role(r) => lib.roles[r].title(),
            };
            let symbol = if matches!(row.node, Node::Department(_)) {
                2
            } else {
                0
            };
            2 * row.depth.min(8) + symbol + display_width(label)
        })
        .max()
        .unwrap_or(0);
    // Selection symbol and borders.
    u16::try_from(widest + 4).unwrap_or(u16::MAX)
}

pub fn draw(frame: &mut Frame, area: Rect, app: &mut App, styles: &Styles) -> ListArea {
    let lib: &crate::library::Library = &app.lib.clone();
    let tree = &mut app.session.tree;
    let width = usize::from(area.width).saturating_sub(2);
    let len = tree.rows().len();
    if len == 0 {
        frame.render_widget(Line::from(Span::styled(t!("tree-empty"), styles.dim)), area);
        return ListArea::default();
    }
    let selected = tree.selected();
    let mut offset = tree.offset;
    let marked = &app.role_problems;
    let build = |i: usize| {
        let row = &tree.rows()[i];
        let indent = "  ".repeat(row.depth.min(8));
        let room = width.saturating_sub(indent.len() + 2);
        let (symbol, label, style) = match row.node {
            Node::Department(d) => {
                let dept = &lib.departments[d];
                let symbol = if tree.is_open(d) { "▾ " } else { "▸ " };
                (symbol, fit(&dept.name, room), styles.title)
            }
            // A role whose file has problems says so where it is listed.
            Node::Role(r) if !marked[r].is_empty() => {
                ("⚠ ", fit_middle(lib.roles[r].title(), room), styles.notice)
            }
            Node::Role(r) => ("", fit_middle(lib.roles[r].title(), room + 2), styles.base),
        };
        ListItem::new(Line::from(vec![
            Span::raw(indent),
            Span::styled(symbol, style),
            Span::styled(label, style),
        ]))
    };
    draw_window(frame, area, len, selected, &mut offset, styles, build);
    tree.offset = offset;
    ListArea::uniform(area, offset, len)
}
