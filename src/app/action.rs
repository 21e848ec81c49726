//! Everything a user can ask the explorer to do, whether by key, mouse or clock.

/// The four panes of the explorer, numbered as the keys 1–4 choose them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Tree,
    Detail,
    Skills,
    Ladder,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Tree, Pane::Detail, Pane::Skills, Pane::Ladder];

    /// The pane's name in the language spoken.
    pub fn title(self) -> String {
        match self {
            Pane::Tree => crate::t!("pane-departments"),
            Pane::Detail => crate::t!("pane-detail"),
            Pane::Skills => crate::t!("pane-skills"),
            Pane::Ladder => crate::t!("pane-ladder"),
        }
    }

    pub fn number(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Pane {
        Pane::ALL[self.number() % 4]
    }

    pub fn previous(self) -> Pane {
        Pane::ALL[(self.number() + 2) % 4]
    }
}

/// Something a finger can scroll.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scroller {
    Pane(Pane),
    /// The help, problems or compare window.
    Window,
    /// The search results.
    Results,
    /// "What fits me": the skills to pick, and the roles they fit.
    FitSkills,
    FitRoles,
}

/// An edit of the search text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Paste(String),
    Backspace,
    Delete,
    Left,
    Right,
    WordLeft,
    WordRight,
    Start,
    End,
    DeleteWord,
    Clear,
}

/// One thing to do. Keys and mouse events become actions in pure functions
/// (`keymap`, `mouse`); the app changes state only in `App::update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Ctrl-Z: stop for now, back with `fg` (not at a kiosk).
    Suspend,
    /// `r`: read the library's files again (not at a kiosk).
    Reload,
    FocusNext,
    FocusPrevious,
    Focus(Pane),
    Up,
    Down,
    /// Collapse, or go back.
    Left,
    /// Expand, or go in.
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// Enter: open what is selected.
    Activate,
    /// Space: expand or collapse a department.
    Toggle,
    OpenSearch,
    /// Opens search with this text already typed (kiosk welcome, paste).
    SearchWith(String),
    Edit(Edit),
    OpenHelp,
    OpenProblems,
    /// In the problems window: open the role whose file the chosen problem
    /// is in.
    OpenProblem,
    /// Esc: close the overlay on top, or step back inside a pane. Never quits.
    Back,
    /// Back to the role or department shown before the last jump.
    HistoryBack,
    /// Forward again after going back.
    HistoryForward,
    /// Pin the role shown for comparing; on another role, compare the two;
    /// in the comparison, switch to the route between them and back.
    Compare,
    /// Follow a link to a role (Back returns).
    OpenRole(usize),
    /// Kiosk: forget the visitor's session and show the welcome screen.
    StartOver,
    /// Kiosk: a touch on "Start over": ask first, so that a stray touch
    /// loses nothing.
    AskStartOver,
    /// Kiosk: print the role shown, when staff set up a print command.
    Print,
    /// Leave the kiosk welcome screen and browse.
    Browse,
    /// Ctrl-L: speak the other language.
    SwitchLanguage,
    /// A language's button on the kiosk welcome screen.
    Language(crate::i18n::Lang),
    /// A click on row `row` (0-based, from the top of the pane's list) of a pane.
    ClickPane {
        pane: Pane,
        row: Option<usize>,
    },
    /// A click on a search result.
    ClickResult(usize),
    /// The wheel over a pane: negative is up.
    Scroll {
        pane: Pane,
        lines: i32,
    },
    /// The wheel over an overlay, or a key that scrolls a window: negative
    /// is up.
    ScrollOverlay(i32),
    /// A finger (or the first button) went down here; what it does is
    /// known when it moves or lifts.
    Press(ratatui::layout::Position),
    /// The finger moved; the content under it has followed it here.
    Drag(ratatui::layout::Position),
    /// The finger lifted.
    Lift,
    /// A finger dragged, or a ▲/▼ control was touched: what is shown
    /// moves by `steps` items (negative: back towards the top) and the
    /// selection stays where it was.
    ScrollView {
        scroller: Scroller,
        steps: i32,
    },
    /// "What fits me": pick the skills you have, see the roles they fit.
    OpenFits,
    /// A touch on a skill in "What fits me": pick it, or let it go.
    ToggleSkill(crate::library::SkillIx),
    /// The top and the bottom of the help, problems or compare window.
    OverlayTop,
    OverlayBottom,
    /// Moves the choice among the search results by this many.
    Choose(isize),
    /// Opens the chosen search result.
    OpenChosen,
    /// In the comparison: the route between the two roles, and back.
    ToggleRoute,
    /// The ways into the role shown: routes from the entry-level roles,
    /// as `crewpath path --to` gives them.
    RoutesIn,
}
