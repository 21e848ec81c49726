//! Mouse events to actions: a pure function of the event and the places the
//! last frame drew things.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::action::{Action, Pane};

/// A scrolling list as drawn: its area and which item each screen row shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListArea {
    pub area: Rect,
    /// The item shown on each row of `area`, from the top.
    pub rows: Vec<usize>,
}

impl ListArea {
    /// A list of one-row items starting at `first`.
    pub fn uniform(area: Rect, first: usize, len: usize) -> Self {
        let shown = usize::from(area.height).min(len.saturating_sub(first));
        ListArea {
            area,
            rows: (first..first + shown).collect(),
        }
    }

    fn item_at(&self, pos: Position) -> Option<usize> {
        if !self.area.contains(pos) {
            return None;
        }
        self.rows.get(usize::from(pos.y - self.area.y)).copied()
    }
}

/// Where the last frame put everything that can be clicked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScreenLayout {
    /// Each visible pane: its whole area and its list (or text) area.
    pub panes: Vec<(Pane, Rect, ListArea)>,
    /// Tabs that switch panes in the narrow layout.
    pub tabs: Vec<(Pane, Rect)>,
    /// Clickable hints in the bottom bar and buttons.
    pub buttons: Vec<(Rect, Action)>,
    /// The overlay on top, if any; clicks elsewhere close it.
    pub overlay: Option<Rect>,
    /// The search results list, while searching.
    pub results: Option<ListArea>,
    /// The kiosk welcome screen covers everything.
    pub welcome: bool,
}

impl ScreenLayout {
    /// Rows of the pane's list area, for paging.
    pub fn page(&self, pane: Pane) -> usize {
        self.panes
            .iter()
            .find(|(p, _, _)| *p == pane)
            .map_or(10, |(_, _, list)| usize::from(list.area.height.max(1)))
    }
}

/// The action a mouse event asks for, if any.
pub fn action_for_mouse(event: MouseEvent, layout: &ScreenLayout) -> Option<Action> {
    let pos = Position::new(event.column, event.row);
    let wheel = match event.kind {
        MouseEventKind::ScrollUp => Some(-3),
        MouseEventKind::ScrollDown => Some(3),
        _ => None,
    };
    let click = matches!(event.kind, MouseEventKind::Down(MouseButton::Left));
    if !click && wheel.is_none() {
        return None;
    }
    if click && let Some((_, action)) = layout.buttons.iter().find(|(rect, _)| rect.contains(pos)) {
        return Some(action.clone());
    }
    if layout.welcome {
        return click.then_some(Action::Browse);
    }
    if let Some(overlay) = layout.overlay {
        if let Some(lines) = wheel {
            return overlay
                .contains(pos)
                .then_some(Action::ScrollOverlay(lines));
        }
        if !overlay.contains(pos) {
            return Some(Action::Back);
        }
        return layout
            .results
            .as_ref()
            .and_then(|list| list.item_at(pos))
            .map(Action::ClickResult);
    }
    if let Some(&(pane, _)) = layout.tabs.iter().find(|(_, r)| r.contains(pos)) {
        return click.then_some(Action::Focus(pane));
    }
    let (pane, _, list) = layout.panes.iter().find(|(_, r, _)| r.contains(pos))?;
    let pane = *pane;
    match wheel {
        Some(lines) => Some(Action::Scroll { pane, lines }),
        None => Some(Action::ClickPane {
            pane,
            row: list.item_at(pos),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn at(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
        MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }
    }

    fn click(column: u16, row: u16) -> MouseEvent {
        at(MouseEventKind::Down(MouseButton::Left), column, row)
    }

    fn two_panes() -> ScreenLayout {
        ScreenLayout {
            panes: vec![
                (
                    Pane::Tree,
                    Rect::new(0, 0, 20, 10),
                    ListArea::uniform(Rect::new(1, 1, 18, 8), 5, 40),
                ),
                (
                    Pane::Detail,
                    Rect::new(20, 0, 20, 10),
                    ListArea::uniform(Rect::new(21, 1, 18, 8), 0, 40),
                ),
            ],
            buttons: vec![(Rect::new(0, 10, 8, 1), Action::OpenSearch)],
            ..ScreenLayout::default()
        }
    }

    #[test]
    fn clicks_choose_the_item_under_the_pointer() {
        let layout = two_panes();
        assert_eq!(
            action_for_mouse(click(3, 3), &layout),
            Some(Action::ClickPane {
                pane: Pane::Tree,
                row: Some(7)
            })
        );
        assert_eq!(
            action_for_mouse(click(0, 0), &layout),
            Some(Action::ClickPane {
                pane: Pane::Tree,
                row: None
            }),
            "a click on the border focuses without choosing"
        );
        assert_eq!(
            action_for_mouse(click(2, 10), &layout),
            Some(Action::OpenSearch)
        );
        assert_eq!(action_for_mouse(click(60, 20), &layout), None);
    }

    #[test]
    fn the_wheel_scrolls_the_pane_under_it() {
        let layout = two_panes();
        assert_eq!(
            action_for_mouse(at(MouseEventKind::ScrollDown, 25, 5), &layout),
            Some(Action::Scroll {
                pane: Pane::Detail,
                lines: 3
            })
        );
        assert_eq!(
            action_for_mouse(at(MouseEventKind::Moved, 25, 5), &layout),
            None
        );
    }

    #[test]
    fn overlays_take_clicks_and_close_when_clicked_outside() {
        let mut layout = two_panes();
        layout.overlay = Some(Rect::new(5, 2, 30, 6));
        layout.results = Some(ListArea {
            area: Rect::new(6, 4, 28, 4),
            rows: vec![2, 2, 3, 3],
        });
        assert_eq!(
            action_for_mouse(click(10, 7), &layout),
            Some(Action::ClickResult(3))
        );
        assert_eq!(action_for_mouse(click(39, 9), &layout), Some(Action::Back));
        assert_eq!(action_for_mouse(click(10, 2), &layout), None);
    }
}
