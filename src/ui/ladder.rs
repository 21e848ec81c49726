//! The career ladder pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

use super::cells::{fit, wrap, wrap_after};
use super::{Styles, View, draw_list};
use crate::app::ladder::LadderRow;
use crate::app::mouse::ListArea;
use crate::app::mouse::Scroller;
use crate::app::{App, Pane, ScreenLayout};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) -> ListArea {
    let lib: &crate::library::Library = &app.lib;
    let ladder = &app.session.ladder;
    let width = usize::from(area.width).saturating_sub(2);
    let title = |r: usize| lib.roles[r].title();
    let mut heights = Vec::with_capacity(ladder.rows.len());
    let items: Vec<ListItem> = ladder
        .rows
        .iter()
        .map(|row| {
            let lines: Vec<Line> = match row {
                LadderRow::Heading(h) => {
                    vec![Line::from(Span::styled(
                        fit(h, width, styles.symbols.ellipsis),
                        styles.heading,
                    ))]
                }
                LadderRow::Rung {
                    role,
                    level,
                    current,
                } => {
                    let (mark, style) = if *current {
                        (styles.symbols.current_rung, styles.current)
                    } else {
                        (" ", styles.base)
                    };
                    wrap_after(&format!("{mark} {level}. "), title(*role), width)
                        .into_iter()
                        .map(|l| Line::from(Span::styled(l, style)))
                        .collect()
                }
                LadderRow::StepUp { to } => wrap(&t!("ladder-step-up", title = title(*to)), width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, styles.title)))
                    .collect(),
                LadderRow::Skill(s) => wrap_after("  + ", s, width)
                    .into_iter()
                    .map(Line::from)
                    .collect(),
                LadderRow::Link(r) => wrap_after(styles.symbols.link, title(*r), width)
                    .into_iter()
                    .map(Line::from)
                    .collect(),
                LadderRow::Note(n) => wrap(n, width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, styles.dim)))
                    .collect(),
            };
            heights.push(lines.len());
            ListItem::new(lines)
        })
        .collect();
    let offset = draw_list(
        frame,
        area,
        items,
        ladder.selected_target().map(|_| ladder.selected),
        ladder.offset,
        View::new(
            Scroller::Pane(Pane::Ladder),
            &app.session.loose,
            styles,
            layout,
        ),
    );
    let mut rows = Vec::new();
    for (item, &h) in heights.iter().enumerate().skip(offset) {
        rows.extend(std::iter::repeat_n(item, h));
        if rows.len() >= usize::from(area.height) {
            break;
        }
    }
    rows.truncate(usize::from(area.height));
    ListArea { area, rows }
}
