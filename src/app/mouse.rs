//! Mouse and touch events to actions: a pure function of the event, the
//! places the last frame drew things and the gesture under way.
//!
//! A touch screen sends no wheel: a finger is the first button's press,
//! motion and release. A press and a release without movement is a tap,
//! acted on at the release; a press that moves is a drag, which scrolls
//! what was under the finger when it went down, and never chooses anything.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

pub use super::action::Scroller;
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

/// A scrolling area as drawn: where it is, what it scrolls, and how many
/// rows one step of it takes (an item of two lines scrolls by two rows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScrollArea {
    pub scroller: Scroller,
    pub area: Rect,
    pub rows_per_step: u16,
}

/// A finger (or the first button) that is down: where it went down, where
/// the content last followed it to, and whether it has moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gesture {
    pub start: Position,
    pub last: Position,
    pub moved: bool,
}

impl Gesture {
    pub fn new(at: Position) -> Self {
        Gesture {
            start: at,
            last: at,
            moved: false,
        }
    }
}

/// Where the last frame put everything that can be clicked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScreenLayout {
    /// Each visible pane: its whole area and its list (or text) area.
    pub panes: Vec<(Pane, Rect, ListArea)>,
    /// Tabs that switch panes in the narrow layout.
    pub tabs: Vec<(Pane, Rect)>,
    /// Clickable hints in the bottom bar and buttons, the first found
    /// winning.
    pub buttons: Vec<(Rect, Action)>,
    /// The overlay on top, if any; clicks elsewhere close it.
    pub overlay: Option<Rect>,
    /// The search results list, while searching.
    pub results: Option<ListArea>,
    /// The kiosk welcome screen covers everything.
    pub welcome: bool,
    /// Everything a drag can scroll, topmost first.
    pub scrolls: Vec<ScrollArea>,
    /// Each list's or text's first item or row, as drawn: scrolled to keep
    /// its selection in view and within the list. The app takes these
    /// back ([`super::Msg::Drawn`]).
    pub offsets: Vec<(Scroller, usize)>,
    /// The comparison or route worked out for this frame, when the one the
    /// app kept was for other roles or another width.
    pub compared: Option<super::Compared>,
}

impl ScreenLayout {
    /// Rows of the pane's list area, for paging.
    pub fn page(&self, pane: Pane) -> usize {
        self.panes
            .iter()
            .find(|(p, _, _)| *p == pane)
            .map_or(10, |(_, _, list)| usize::from(list.area.height.max(1)))
    }

    /// The scrolling area drawn for `scroller`, if it was drawn.
    pub fn scroll_area(&self, scroller: Scroller) -> Option<&ScrollArea> {
        self.scrolls.iter().find(|s| s.scroller == scroller)
    }

    /// The scrolling area under `pos`: the topmost, so an overlay's list
    /// wins over the pane behind it.
    fn scroll_at(&self, pos: Position) -> Option<&ScrollArea> {
        if let Some(overlay) = self.overlay {
            return self
                .scrolls
                .iter()
                .find(|s| s.area.contains(pos) && overlay.contains(pos) && is_overlay(s.scroller));
        }
        self.scrolls.iter().find(|s| s.area.contains(pos))
    }
}

fn is_overlay(scroller: Scroller) -> bool {
    !matches!(scroller, Scroller::Pane(_))
}

/// How far, in columns, a finger may wander during a tap: a fingertip is
/// wider than a cell, and a tap that lands one column over is still a tap.
const TAP_SLACK_COLUMNS: u16 = 1;

fn moved_from(start: Position, to: Position) -> bool {
    start.y != to.y || start.x.abs_diff(to.x) > TAP_SLACK_COLUMNS
}

/// What a mouse event asks for, in order: nothing, a step of the gesture,
/// or the gesture's step and what it does.
pub fn actions_for_mouse(
    event: MouseEvent,
    layout: &ScreenLayout,
    gesture: Option<&Gesture>,
) -> Vec<Action> {
    let pos = Position::new(event.column, event.row);
    match event.kind {
        MouseEventKind::ScrollUp => wheel(pos, -3, layout).into_iter().collect(),
        MouseEventKind::ScrollDown => wheel(pos, 3, layout).into_iter().collect(),
        MouseEventKind::Down(MouseButton::Left) => vec![Action::Press(pos)],
        MouseEventKind::Drag(MouseButton::Left) => match gesture {
            Some(g) => drag(g, pos, layout),
            None => Vec::new(),
        },
        MouseEventKind::Up(MouseButton::Left) => match gesture {
            // A terminal that reports no motion still tells where the
            // finger lifted: what it moved scrolls then.
            Some(g) if g.moved || moved_from(g.start, pos) => {
                let mut actions = drag(g, pos, layout);
                actions.retain(|a| !matches!(a, Action::Drag(_)));
                actions.insert(0, Action::Lift);
                actions
            }
            Some(g) => std::iter::once(Action::Lift)
                .chain(tap(g.start, layout))
                .collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The finger moved to `to`: the content under where it went down follows
/// it by whole steps (the rows left over wait for the next move).
fn drag(gesture: &Gesture, to: Position, layout: &ScreenLayout) -> Vec<Action> {
    if !gesture.moved && !moved_from(gesture.start, to) {
        return Vec::new();
    }
    let Some(area) = layout.scroll_at(gesture.start) else {
        return vec![Action::Drag(to)];
    };
    let per_step = i32::from(area.rows_per_step.max(1));
    // The finger going up brings what is below into view.
    let rows = i32::from(gesture.last.y) - i32::from(to.y);
    let steps = rows / per_step;
    let followed = Position::new(
        to.x,
        (i32::from(gesture.last.y) - steps * per_step).clamp(0, i32::from(u16::MAX)) as u16,
    );
    let mut actions = vec![Action::Drag(followed)];
    if steps != 0 {
        actions.push(Action::ScrollView {
            scroller: area.scroller,
            steps,
        });
    }
    actions
}

/// The wheel of a desktop mouse: scrolls the pane or window under it.
fn wheel(pos: Position, lines: i32, layout: &ScreenLayout) -> Option<Action> {
    if layout.welcome {
        return None;
    }
    if let Some(overlay) = layout.overlay {
        return overlay
            .contains(pos)
            .then_some(Action::ScrollOverlay(lines));
    }
    let (pane, _, _) = layout.panes.iter().find(|(_, r, _)| r.contains(pos))?;
    Some(Action::Scroll { pane: *pane, lines })
}

/// A tap at `pos`: the button, item or pane under it.
fn tap(pos: Position, layout: &ScreenLayout) -> Option<Action> {
    if let Some((_, action)) = layout.buttons.iter().find(|(rect, _)| rect.contains(pos)) {
        return Some(action.clone());
    }
    if layout.welcome {
        return Some(Action::Browse);
    }
    if let Some(overlay) = layout.overlay {
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
        return Some(Action::Focus(pane));
    }
    let (pane, _, list) = layout.panes.iter().find(|(_, r, _)| r.contains(pos))?;
    Some(Action::ClickPane {
        pane: *pane,
        row: list.item_at(pos),
    })
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

    fn press(column: u16, row: u16) -> MouseEvent {
        at(MouseEventKind::Down(MouseButton::Left), column, row)
    }

    fn motion(column: u16, row: u16) -> MouseEvent {
        at(MouseEventKind::Drag(MouseButton::Left), column, row)
    }

    fn release(column: u16, row: u16) -> MouseEvent {
        at(MouseEventKind::Up(MouseButton::Left), column, row)
    }

    /// Runs a gesture as the app would: each step's Press, Drag and Lift
    /// kept, and every other action returned in order.
    fn gesture(events: &[MouseEvent], layout: &ScreenLayout) -> Vec<Action> {
        let mut held: Option<Gesture> = None;
        let mut done = Vec::new();
        for &event in events {
            for action in actions_for_mouse(event, layout, held.as_ref()) {
                match action {
                    Action::Press(p) => held = Some(Gesture::new(p)),
                    Action::Drag(p) => {
                        if let Some(g) = &mut held {
                            g.last = p;
                            g.moved = true;
                        }
                    }
                    Action::Lift => held = None,
                    other => done.push(other),
                }
            }
        }
        done
    }

    fn tap_at(column: u16, row: u16, layout: &ScreenLayout) -> Vec<Action> {
        gesture(&[press(column, row), release(column, row)], layout)
    }

    fn two_panes() -> ScreenLayout {
        let tree_list = Rect::new(1, 1, 18, 8);
        let detail_text = Rect::new(21, 1, 18, 8);
        ScreenLayout {
            panes: vec![
                (
                    Pane::Tree,
                    Rect::new(0, 0, 20, 10),
                    ListArea::uniform(tree_list, 5, 40),
                ),
                (
                    Pane::Detail,
                    Rect::new(20, 0, 20, 10),
                    ListArea::uniform(detail_text, 0, 40),
                ),
            ],
            buttons: vec![(Rect::new(0, 10, 8, 1), Action::OpenSearch)],
            scrolls: vec![
                ScrollArea {
                    scroller: Scroller::Pane(Pane::Tree),
                    area: tree_list,
                    rows_per_step: 1,
                },
                ScrollArea {
                    scroller: Scroller::Pane(Pane::Detail),
                    area: detail_text,
                    rows_per_step: 1,
                },
            ],
            ..ScreenLayout::default()
        }
    }

    #[test]
    fn a_tap_acts_at_the_release_on_what_is_under_the_finger() {
        let layout = two_panes();
        assert_eq!(
            actions_for_mouse(press(3, 3), &layout, None),
            vec![Action::Press(Position::new(3, 3))],
            "nothing happens while the finger is down"
        );
        assert_eq!(
            tap_at(3, 3, &layout),
            vec![Action::ClickPane {
                pane: Pane::Tree,
                row: Some(7)
            }]
        );
        assert_eq!(
            tap_at(0, 0, &layout),
            vec![Action::ClickPane {
                pane: Pane::Tree,
                row: None
            }],
            "a tap on the border focuses without choosing"
        );
        assert_eq!(tap_at(2, 10, &layout), vec![Action::OpenSearch]);
        assert_eq!(tap_at(60, 20, &layout), vec![]);
        // A fingertip one column over is still a tap.
        assert_eq!(
            gesture(&[press(3, 3), motion(4, 3), release(4, 3)], &layout),
            vec![Action::ClickPane {
                pane: Pane::Tree,
                row: Some(7)
            }]
        );
        assert_eq!(
            actions_for_mouse(release(3, 3), &layout, None),
            vec![],
            "a release without its press does nothing"
        );
    }

    #[test]
    fn a_drag_scrolls_what_is_under_the_finger_and_chooses_nothing() {
        let layout = two_panes();
        // Up by three rows: the content follows, three rows further on.
        assert_eq!(
            gesture(
                &[
                    press(5, 7),
                    motion(5, 6),
                    motion(5, 5),
                    motion(5, 4),
                    release(5, 4)
                ],
                &layout
            ),
            vec![
                Action::ScrollView {
                    scroller: Scroller::Pane(Pane::Tree),
                    steps: 1
                };
                3
            ]
        );
        // Down: back towards the top.
        assert_eq!(
            gesture(&[press(25, 2), motion(25, 6), release(25, 6)], &layout),
            vec![Action::ScrollView {
                scroller: Scroller::Pane(Pane::Detail),
                steps: -4
            }]
        );
        // A terminal that reports no motion: the release says how far.
        assert_eq!(
            gesture(&[press(25, 6), release(25, 2)], &layout),
            vec![Action::ScrollView {
                scroller: Scroller::Pane(Pane::Detail),
                steps: 4
            }]
        );
        // Sideways over a list: no tap, no scroll.
        assert_eq!(
            gesture(&[press(3, 3), motion(9, 3), release(9, 3)], &layout),
            vec![]
        );
        // A drag that ends on a button does not press it.
        assert_eq!(
            gesture(&[press(3, 8), motion(3, 10), release(3, 10)], &layout),
            vec![Action::ScrollView {
                scroller: Scroller::Pane(Pane::Tree),
                steps: -2
            }]
        );
    }

    #[test]
    fn items_of_two_rows_scroll_by_whole_items_with_the_finger() {
        let list = Rect::new(6, 4, 28, 8);
        let layout = ScreenLayout {
            overlay: Some(Rect::new(5, 2, 30, 12)),
            scrolls: vec![ScrollArea {
                scroller: Scroller::Results,
                area: list,
                rows_per_step: 2,
            }],
            ..two_panes()
        };
        // Three rows up: one item now, the third row kept for later.
        assert_eq!(
            gesture(&[press(10, 10), motion(10, 7)], &layout),
            vec![Action::ScrollView {
                scroller: Scroller::Results,
                steps: 1
            }]
        );
        assert_eq!(
            gesture(
                &[press(10, 10), motion(10, 7), motion(10, 6), release(10, 6)],
                &layout
            ),
            vec![
                Action::ScrollView {
                    scroller: Scroller::Results,
                    steps: 1
                };
                2
            ]
        );
        // Over the pane behind the window, nothing scrolls.
        assert_eq!(
            gesture(&[press(2, 13), motion(2, 10), release(2, 10)], &layout),
            vec![]
        );
    }

    #[test]
    fn the_wheel_scrolls_the_pane_under_it() {
        let layout = two_panes();
        assert_eq!(
            actions_for_mouse(at(MouseEventKind::ScrollDown, 25, 5), &layout, None),
            vec![Action::Scroll {
                pane: Pane::Detail,
                lines: 3
            }]
        );
        assert_eq!(
            actions_for_mouse(at(MouseEventKind::Moved, 25, 5), &layout, None),
            vec![]
        );
    }

    #[test]
    fn overlays_take_taps_and_close_when_tapped_outside() {
        let mut layout = two_panes();
        layout.overlay = Some(Rect::new(5, 2, 30, 6));
        layout.results = Some(ListArea {
            area: Rect::new(6, 4, 28, 4),
            rows: vec![2, 2, 3, 3],
        });
        assert_eq!(tap_at(10, 7, &layout), vec![Action::ClickResult(3)]);
        assert_eq!(tap_at(39, 9, &layout), vec![Action::Back]);
        assert_eq!(tap_at(10, 2, &layout), vec![]);
    }
}
