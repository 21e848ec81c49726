//! The key table: one line per binding, layer by layer, in the order the
//! keys are tried and help lists them.
//!
//! A line reads `key(keys, action)`, then what it says of itself:
//!
//! - `.only(Desktop)` or `.only(Kiosk)`: for those people only;
//! - `.help("help-…")`: the help window lists it on the line of that
//!   message; the bindings sharing one message make one help line, listed
//!   where the first of them stands. Without it, help leaves it out;
//! - `.bar(key, "bar-…", Always(rank))` or `.bar(key, "bar-…", In(panes,
//!   rank))`: the bottom bar names its first key, everywhere or while one
//!   of `panes` has the keyboard; the lowest ranks stay longest in a
//!   narrow bar.
//!
//! `typing(kinds, f)` binds a kind of key (any character...) to what `f`
//! makes of the character typed; `.keys_called("help-…")` names the kind
//! in help, and its `.bar` names it with a message too.

use ratatui::crossterm::event::KeyCode;

use super::Key::{self, Alphanumeric, Any, Char, Ctrl, Text, TypedExcept};
use super::Shown::{Always, In};
use super::Who::{Desktop, Kiosk};
use super::{Binding, Layer, key, typing};
use crate::app::action::{Action, Edit, Pane};

/// The tables each layer is made of, tried in this order.
pub(super) fn of(layer: Layer) -> &'static [&'static [Binding]] {
    match layer {
        Layer::Welcome => &[WELCOME],
        Layer::SearchBox => &[SEARCH_BOX],
        Layer::Help => &[WINDOW_SCROLL, WINDOW_PAGES, WINDOW_CLOSE],
        Layer::Problems => &[PROBLEMS, WINDOW_PAGES],
        Layer::Compare => &[COMPARE, WINDOW_SCROLL, WINDOW_PAGES, WINDOW_CLOSE],
        Layer::Fits => &[FITS],
        Layer::Browsing => &[BROWSING],
        Layer::Anywhere => &[ANYWHERE],
        Layer::Typing => &[TYPING],
    }
}

// The keys that are not characters, as the table names them.
const UP: Key = Key::Code(KeyCode::Up);
const DOWN: Key = Key::Code(KeyCode::Down);
const LEFT: Key = Key::Code(KeyCode::Left);
const RIGHT: Key = Key::Code(KeyCode::Right);
const TAB: Key = Key::Code(KeyCode::Tab);
const SHIFT_TAB: Key = Key::Code(KeyCode::BackTab);
const ENTER: Key = Key::Code(KeyCode::Enter);
const ESC: Key = Key::Code(KeyCode::Esc);
const HOME: Key = Key::Code(KeyCode::Home);
const END: Key = Key::Code(KeyCode::End);
const PAGE_UP: Key = Key::Code(KeyCode::PageUp);
const PAGE_DOWN: Key = Key::Code(KeyCode::PageDown);
const BACKSPACE: Key = Key::Code(KeyCode::Backspace);
const DELETE: Key = Key::Code(KeyCode::Delete);
const SPACE: Key = Char(' ');
const ALT_LEFT: Key = Key::Alt(KeyCode::Left);
const ALT_RIGHT: Key = Key::Alt(KeyCode::Right);
const ALT_BACKSPACE: Key = Key::Alt(KeyCode::Backspace);
const CTRL_LEFT: Key = Key::CtrlCode(KeyCode::Left);
const CTRL_RIGHT: Key = Key::CtrlCode(KeyCode::Right);
const CTRL_BACKSPACE: Key = Key::CtrlCode(KeyCode::Backspace);

/// Where a bar hint shows while browsing: the panes whose keyboard it
/// belongs to.
const TREE: &[Pane] = &[Pane::Tree];
const LISTS: &[Pane] = &[Pane::Tree, Pane::Skills, Pane::Ladder];
const ROLE_PANES: &[Pane] = &[Pane::Tree, Pane::Detail];
const WAYS_IN_PANES: &[Pane] = &[Pane::Detail, Pane::Ladder];

/// The four panes.
#[rustfmt::skip]
const BROWSING: &[Binding] = &[
    key(&[UP, Char('k')], Action::Up).help("help-move").bar("↑↓", "bar-move", Always(3)),
    key(&[DOWN, Char('j')], Action::Down).help("help-move"),
    key(&[ENTER], Action::Activate).help("help-open").bar("Enter", "bar-open", In(LISTS, 2)),
    key(&[SPACE], Action::Toggle).help("help-toggle").bar("Space", "bar-open-close", In(TREE, 5)),
    key(&[LEFT, Char('h')], Action::Left).help("help-left-right"),
    key(&[RIGHT, Char('l')], Action::Right).help("help-left-right"),
    key(&[TAB], Action::FocusNext).help("help-next-pane").bar("Tab", "bar-next-pane", Always(4)),
    key(&[SHIFT_TAB], Action::FocusPrevious).help("help-next-pane"),
    key(&[Char('1')], Action::Focus(Pane::Tree)).help("help-panes"),
    key(&[Char('2')], Action::Focus(Pane::Detail)).help("help-panes"),
    key(&[Char('3')], Action::Focus(Pane::Skills)).help("help-panes"),
    key(&[Char('4')], Action::Focus(Pane::Ladder)).help("help-panes"),
    key(&[Char('c')], Action::Compare).only(Desktop).help("help-compare").bar("c", "bar-compare", In(ROLE_PANES, 5)),
    key(&[Ctrl('k')], Action::Compare).only(Kiosk).help("help-compare").bar("Ctrl-K", "bar-compare", In(ROLE_PANES, 5)),
    key(&[Char('i')], Action::RoutesIn).only(Desktop).help("help-routes-in").bar("i", "bar-routes-in", In(WAYS_IN_PANES, 6)),
    key(&[Ctrl('e')], Action::RoutesIn).only(Kiosk).help("help-routes-in").bar("Ctrl-E", "bar-routes-in", In(WAYS_IN_PANES, 6)),
    key(&[BACKSPACE, Char('['), ALT_LEFT], Action::HistoryBack).help("help-back").bar("⌫", "bar-back", Always(6)),
    key(&[Char(']'), ALT_RIGHT], Action::HistoryForward).help("help-forward"),
    key(&[PAGE_UP, Ctrl('u')], Action::PageUp).help("help-page"),
    key(&[PAGE_DOWN, Ctrl('d')], Action::PageDown).help("help-page"),
    key(&[HOME, Char('g')], Action::Home).help("help-top-bottom"),
    key(&[END, Char('G')], Action::End).help("help-top-bottom"),
    key(&[ESC], Action::Back).help("help-close"),
];

/// Keys that work beneath every window, and in the search box where they
/// are not text.
#[rustfmt::skip]
const ANYWHERE: &[Binding] = &[
    key(&[Char('/')], Action::OpenSearch).help("help-search").bar("/", "bar-search", Always(0)),
    key(&[Char('m')], Action::OpenFits).only(Desktop).help("help-fits").bar("m", "bar-fits", Always(7)),
    key(&[Char('!')], Action::OpenProblems).only(Desktop).help("help-problems"),
    // At a kiosk the bar keeps the language switch as long as help.
    key(&[Ctrl('l')], Action::SwitchLanguage).help("help-language").bar("Ctrl-L", "bar-language", In(TREE, 7)),
    key(&[Char('?')], Action::OpenHelp).help("help-help").bar("?", "bar-help", Always(1)),
    key(&[Char('q'), Ctrl('c')], Action::Quit).only(Desktop).help("help-quit").bar("q", "bar-quit", Always(0)),
    key(&[Char('r')], Action::Reload).only(Desktop).help("help-reload"),
    key(&[Ctrl('z')], Action::Suspend).only(Desktop).help("help-suspend"),
    key(&[Ctrl('r')], Action::StartOver).only(Kiosk).help("help-start-over").bar("Ctrl-R", "bar-start-over", Always(0)),
    // Shown only where a print command is set up and a role is shown.
    key(&[Ctrl('p')], Action::Print).only(Kiosk).help("help-print").bar("Ctrl-P", "bar-print", Always(1)),
    // What a kiosk is for: kept before any key's hint; after the language
    // and printing, what a visitor on a role's page came for.
    key(&[Ctrl('f')], Action::OpenFits).only(Kiosk).help("help-fits").bar("Ctrl-F", "bar-fits", Always(1)),
];

/// "What fits me": what is typed filters the skills, Space picks the one
/// selected, Tab goes from the skills to the ranked roles and back.
#[rustfmt::skip]
const FITS: &[Binding] = &[
    key(&[SPACE], Action::Toggle).help("help-fits-pick").bar("Space", "bar-pick", Always(1)),
    key(&[TAB], Action::FocusNext).help("help-fits-side").bar("Tab", "bar-skills-roles", Always(2)),
    key(&[SHIFT_TAB, LEFT, RIGHT], Action::FocusNext).help("help-fits-side"),
    key(&[ENTER], Action::Activate).help("help-fits-open").bar("Enter", "bar-open", Always(3)),
    key(&[UP], Action::Up).help("help-move"),
    key(&[DOWN], Action::Down).help("help-move"),
    key(&[PAGE_UP], Action::PageUp),
    key(&[PAGE_DOWN], Action::PageDown),
    key(&[HOME], Action::Home),
    key(&[END], Action::End),
    key(&[BACKSPACE], Action::Edit(Edit::Backspace)).help("help-box-delete-letter"),
    key(&[Ctrl('u'), Ctrl('w')], Action::Edit(Edit::Clear)).help("help-fits-clear"),
    key(&[ESC], Action::Back).help("help-close").bar("Esc", "bar-close", Always(0)),
    typing(&[TypedExcept(&[])], insert).keys_called("help-typing-keys").help("help-fits-typing"),
];

/// The characters that stay keys at a kiosk: help, search, and the digits
/// that choose panes, as the tabs say, on the desktop too.
const KIOSK_KEYS: &[char] = &['?', '/', '1', '2', '3', '4'];

/// Typing a character starts a search with it.
#[rustfmt::skip]
const TYPING: &[Binding] = &[
    typing(&[TypedExcept(KIOSK_KEYS)], search_with).only(Kiosk).keys_called("help-typing-keys").help("help-typing-kiosk"),
    typing(&[TypedExcept(&[])], search_with).only(Desktop).keys_called("help-typing-keys").help("help-typing"),
];

/// The search box: what is typed goes into it.
#[rustfmt::skip]
const SEARCH_BOX: &[Binding] = &[
    key(&[UP, SHIFT_TAB, Ctrl('p')], Action::Choose(-1)).help("help-box-choose").bar("↑↓", "bar-choose", Always(2)),
    key(&[DOWN, TAB, Ctrl('n')], Action::Choose(1)).help("help-box-choose"),
    key(&[PAGE_UP], Action::Choose(-10)),
    key(&[PAGE_DOWN], Action::Choose(10)),
    key(&[ENTER], Action::OpenChosen).help("help-box-open").bar("Enter", "bar-open", Always(1)),
    key(&[ESC], Action::Back).help("help-box-close").bar("Esc", "bar-close", Always(0)),
    key(&[LEFT], Action::Edit(Edit::Left)).help("help-box-move"),
    key(&[RIGHT], Action::Edit(Edit::Right)).help("help-box-move"),
    key(&[HOME], Action::Edit(Edit::Start)).help("help-box-move"),
    key(&[END], Action::Edit(Edit::End)).help("help-box-move"),
    key(&[Ctrl('a')], Action::Edit(Edit::Start)).help("help-box-start-end"),
    key(&[Ctrl('e')], Action::Edit(Edit::End)).help("help-box-start-end"),
    key(&[CTRL_LEFT, ALT_LEFT], Action::Edit(Edit::WordLeft)).help("help-box-word"),
    key(&[CTRL_RIGHT, ALT_RIGHT], Action::Edit(Edit::WordRight)).help("help-box-word"),
    key(&[BACKSPACE], Action::Edit(Edit::Backspace)).help("help-box-delete-letter"),
    key(&[DELETE], Action::Edit(Edit::Delete)).help("help-box-delete-letter"),
    key(&[Ctrl('w'), ALT_BACKSPACE, CTRL_BACKSPACE], Action::Edit(Edit::DeleteWord)).help("help-box-delete-word"),
    key(&[Ctrl('u')], Action::Edit(Edit::Clear)).help("help-box-clear"),
    typing(&[Text], insert).bar("bar-type", "bar-to-search", Always(3)),
];

/// The help and compare windows: what is in them scrolls.
#[rustfmt::skip]
const WINDOW_SCROLL: &[Binding] = &[
    key(&[UP, Char('k')], Action::ScrollOverlay(-1)).help("help-window-scroll").bar("↑↓", "bar-scroll", Always(1)),
    key(&[DOWN, Char('j')], Action::ScrollOverlay(1)).help("help-window-scroll"),
];

/// The help, problems and compare windows: a page at a time, or to either
/// end.
#[rustfmt::skip]
const WINDOW_PAGES: &[Binding] = &[
    key(&[PAGE_UP, Ctrl('u')], Action::ScrollOverlay(-10)).help("help-page"),
    key(&[PAGE_DOWN, Ctrl('d')], Action::ScrollOverlay(10)).help("help-page"),
    key(&[HOME, Char('g')], Action::OverlayTop).help("help-top-bottom"),
    key(&[END, Char('G')], Action::OverlayBottom).help("help-top-bottom"),
];

/// The help and compare windows close with Esc or Enter.
#[rustfmt::skip]
const WINDOW_CLOSE: &[Binding] = &[
    key(&[ESC, ENTER], Action::Back).help("help-window-close").bar("Esc", "bar-close", Always(0)),
];

/// The problems window: ↑↓ choose a problem, Enter opens the role whose
/// file it is in, Esc closes the window.
#[rustfmt::skip]
const PROBLEMS: &[Binding] = &[
    key(&[ENTER], Action::OpenProblem).help("help-problems-open").bar("Enter", "bar-open", Always(0)),
    key(&[ESC], Action::Back).help("help-window-close").bar("Esc", "bar-close", Always(0)),
    key(&[UP, Char('k')], Action::ScrollOverlay(-1)).help("help-window-scroll").bar("↑↓", "bar-choose", Always(1)),
    key(&[DOWN, Char('j')], Action::ScrollOverlay(1)).help("help-window-scroll"),
];

/// The comparison: Tab (or `c`, or Ctrl-K at a kiosk) shows the route
/// between the two roles, and the comparison again.
#[rustfmt::skip]
const COMPARE: &[Binding] = &[
    key(&[TAB, SHIFT_TAB, Char('c'), Ctrl('k')], Action::ToggleRoute).help("help-route").bar("Tab", "bar-route", Always(1)),
];

/// Kiosk: the welcome screen. Any key leaves it; a letter or digit starts
/// a search with it, `?` opens the help it mentions, and Ctrl-L switches
/// the language it offers.
#[rustfmt::skip]
const WELCOME: &[Binding] = &[
    key(&[Ctrl('l')], Action::SwitchLanguage).help("help-language").bar("Ctrl-L", "bar-language", Always(1)),
    key(&[Char('?')], Action::OpenHelp).help("help-help").bar("?", "bar-help", Always(1)),
    key(&[Char('/')], Action::OpenSearch).help("help-search").bar("/", "bar-search", Always(0)),
    key(&[DOWN, RIGHT, TAB], Action::Down).help("help-welcome-choose"),
    key(&[UP, LEFT, SHIFT_TAB], Action::Up).help("help-welcome-choose"),
    key(&[ENTER], Action::Activate).help("help-welcome-run"),
    key(&[Ctrl('f')], Action::OpenFits).only(Kiosk).help("help-fits"),
    typing(&[Alphanumeric], search_with),
    key(&[Any], Action::Browse),
];

fn search_with(c: char) -> Action {
    Action::SearchWith(c.to_string())
}

fn insert(c: char) -> Action {
    Action::Edit(Edit::Insert(c))
}
