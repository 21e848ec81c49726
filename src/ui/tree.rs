//! The department tree pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

use std::cell::OnceCell;

use super::cells::{display_width, fit};
use super::labels::{Labelled, Siblings, distinct_labels};
use super::{Styles, View, draw_window};
use crate::app::mouse::ListArea;
use crate::app::mouse::Scroller;
use crate::app::tree::{Node, Row};
use crate::app::{App, Pane, ScreenLayout};
use crate::library::Library;
use crate::t;

/// How many rows on each side of those in view are weighed when shortening
/// titles: enough for titles that open alike, which sort together, and a
/// bounded cost per frame in a tree of thousands.
const ROWS_WEIGHED: usize = 100;

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

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) -> ListArea {
    let lib: &crate::library::Library = &app.lib.clone();
    let tree = &app.session.tree;
    let width = usize::from(area.width).saturating_sub(2);
    let len = tree.rows().len();
    if len == 0 {
        frame.render_widget(Line::from(Span::styled(t!("tree-empty"), styles.dim)), area);
        return ListArea::default();
    }
    let selected = tree.selected();
    let marked = &app.role_problems;
    let height = usize::from(area.height);
    // Columns for a row's name, beside its indentation and symbol.
    let room_of = |row: &Row| width.saturating_sub(2 * row.depth.min(8) + 2);
    // The labels of the roles in view, made when the first is drawn.
    let shown: OnceCell<Shown> = OnceCell::new();
    let build = |i: usize| {
        let row = &tree.rows()[i];
        let indent = "  ".repeat(row.depth.min(8));
        let room = room_of(row);
        let (symbol, label, style) = match row.node {
            Node::Department(d) => {
                let dept = &lib.departments[d];
                let symbol = if tree.is_open(d) {
                    styles.symbols.open
                } else {
                    styles.symbols.closed
                };
                (
                    symbol,
                    fit(&dept.name, room, styles.symbols.ellipsis),
                    styles.title,
                )
            }
            // A role whose file has problems says so where it is listed.
            Node::Role(r) => {
                let shown = shown.get_or_init(|| {
                    Shown::new(
                        lib,
                        tree.rows(),
                        (i, height),
                        |row| {
                            let marked = matches!(row.node, Node::Role(r) if !marked[r].is_empty());
                            room_of(row) + if marked { 0 } else { 2 }
                        },
                        styles.symbols.ellipsis,
                    )
                });
                if marked[r].is_empty() {
                    ("", shown.label(i, room + 2), styles.base)
                } else {
                    (styles.symbols.problem, shown.label(i, room), styles.notice)
                }
            }
        };
        ListItem::new(Line::from(vec![
            Span::raw(indent),
            Span::styled(symbol, style),
            Span::styled(label, style),
        ]))
    };
    let view = View::new(
        Scroller::Pane(Pane::Tree),
        &app.session.loose,
        styles,
        layout,
    );
    let offset = draw_window(frame, area, len, selected, tree.offset, view, build);
    ListArea::uniform(area, offset, len)
}

/// The roles in view and around them, shortened together so that no two
/// read the same.
struct Shown {
    /// The first row weighed, and the labels from it on.
    first: usize,
    labels: Vec<String>,
    titles: Vec<(String, String, usize)>,
    siblings: Siblings,
}

impl Shown {
    /// The `height` rows in view from row `shown`, and some around them;
    /// `room(row)` is the columns a row has for its title.
    fn new(
        lib: &Library,
        rows: &[Row],
        (shown, height): (usize, usize),
        room: impl Fn(&Row) -> usize,
        ellipsis: &'static str,
    ) -> Shown {
        let first = shown.saturating_sub(ROWS_WEIGHED);
        let last = rows.len().min(shown + height + ROWS_WEIGHED);
        let titles: Vec<(String, String, usize)> = rows[first..last]
            .iter()
            .map(|row| match row.node {
                Node::Role(r) => {
                    let role = &lib.roles[r];
                    let department = &lib.departments[role.department].name;
                    (role.title().to_string(), department.clone(), room(row))
                }
                Node::Department(_) => Default::default(),
            })
            .collect();
        let rows: Vec<Labelled> = titles
            .iter()
            .map(|(t, d, w)| (t.as_str(), d.as_str(), *w))
            .collect();
        Shown {
            first,
            labels: distinct_labels(&rows, ellipsis),
            siblings: Siblings::new(
                rows.iter().map(|(t, _, _)| *t).filter(|t| !t.is_empty()),
                ellipsis,
            ),
            titles,
        }
    }

    /// Row `i`'s label in `width` columns.
    fn label(&self, i: usize, width: usize) -> String {
        let at = i.saturating_sub(self.first);
        match (self.labels.get(at), self.titles.get(at)) {
            (Some(label), _) if display_width(label) <= width => label.clone(),
            (_, Some((title, department, _))) => self.siblings.label(title, department, width),
            _ => String::new(),
        }
    }
}
