//! Every key binding in one table, by layer: the keys, who they are for,
//! what they do and how they are described. The key map routes a key
//! through the layers in use, top first; the help window and every hint on
//! screen read the same layers, so none of them can list a key that does
//! nothing where it is shown.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Edit, Pane};

/// One key as a terminal sends it, or a kind of key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A character typed without Ctrl or Alt (Shift is part of the char).
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// Ctrl and a key that is not a character.
    CtrlCode(KeyCode),
    /// Alt and a key.
    Alt(KeyCode),
    /// A key that is not a character, without modifiers.
    Code(KeyCode),
    /// Any character typed, space included.
    Text,
    /// Any character typed but a blank or one of these.
    TypedExcept(&'static [char]),
    /// Any letter or digit typed.
    Alphanumeric,
    /// Any key at all.
    Any,
}

impl Key {
    pub fn matches(self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Char(c) => !ctrl && !alt && key.code == KeyCode::Char(c),
            Key::Ctrl(c) => {
                ctrl && !alt && matches!(key.code, KeyCode::Char(k) if k.eq_ignore_ascii_case(&c))
            }
            Key::CtrlCode(code) => ctrl && !alt && key.code == code,
            Key::Alt(code) => alt && !ctrl && key.code == code,
            Key::Code(code) => !ctrl && !alt && key.code == code,
            Key::Text => typed(key).is_some(),
            Key::TypedExcept(except) => {
                typed(key).is_some_and(|c| !c.is_whitespace() && !except.contains(&c))
            }
            Key::Alphanumeric => typed(key).is_some_and(char::is_alphanumeric),
            Key::Any => true,
        }
    }

    /// Whether every key this one is also matches `self`: a binding
    /// earlier in the layers in use then takes it first.
    fn covers(self, other: Key) -> bool {
        let typed_char = |k: Key| match k {
            Key::Char(c) => Some(c),
            _ => None,
        };
        match (self, typed_char(other)) {
            (Key::Any, _) => true,
            (Key::Text, Some(_)) => true,
            (Key::TypedExcept(except), Some(c)) => !c.is_whitespace() && !except.contains(&c),
            (Key::Alphanumeric, Some(c)) => c.is_alphanumeric(),
            _ => self == other,
        }
    }

    /// The key as help shows it; `None` for a kind of key, which its
    /// binding names in words.
    fn label(self) -> Option<String> {
        Some(match self {
            Key::Char(' ') => "Space".to_string(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::CtrlCode(code) => format!("Ctrl-{}", code_label(code)),
            Key::Alt(code) => format!("Alt-{}", code_label(code)),
            Key::Code(code) => code_label(code),
            Key::Text | Key::TypedExcept(_) | Key::Alphanumeric | Key::Any => return None,
        })
    }
}

/// The character a key types, when it is one typed without Ctrl or Alt.
pub fn typed(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                && !c.is_control() =>
        {
            Some(c)
        }
        _ => None,
    }
}

fn code_label(code: KeyCode) -> String {
    match code {
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Delete => "Delete".into(),
        other => other.to_string(),
    }
}

/// Where keys are looked up: the layers of the explorer. The layers in use
/// ([`stack`]) are tried in turn, top first, and the first binding whose
/// key matches wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// Kiosk: the full-screen welcome.
    Welcome,
    SearchBox,
    Help,
    Problems,
    Compare,
    /// "What fits me": typing filters the skills.
    Fits,
    /// The four panes.
    Browsing,
    /// Keys that work beneath every window: quitting, the language,
    /// opening search, help and the problems.
    Anywhere,
    /// A character no layer above uses starts a search with it: at a
    /// kiosk every character but `?` and `/`, on top; elsewhere those no
    /// key is bound to, underneath.
    Typing,
}

/// The layers in use, top first, while `overlay` is drawn (or none).
pub fn stack(overlay: Option<super::Overlay>, kiosk: bool) -> Vec<Layer> {
    use super::Overlay;
    let top = match overlay {
        Some(Overlay::Welcome) => return vec![Layer::Welcome],
        Some(Overlay::Search) => return vec![Layer::SearchBox, Layer::Anywhere],
        Some(Overlay::Fits) => return vec![Layer::Fits, Layer::Anywhere],
        Some(Overlay::Help) => Layer::Help,
        Some(Overlay::Problems) => Layer::Problems,
        Some(Overlay::Compare { .. }) => Layer::Compare,
        None => Layer::Browsing,
    };
    let mut layers = if kiosk {
        vec![Layer::Typing, top, Layer::Anywhere]
    } else {
        vec![top, Layer::Anywhere, Layer::Typing]
    };
    // The bar and help read the keys that work anywhere first.
    if top == Layer::Browsing {
        let at = usize::from(kiosk);
        layers.swap(at, at + 1);
    }
    layers
}

impl Layer {
    /// The layer's entries in the key table, in the order they are tried.
    pub fn bindings(self) -> impl Iterator<Item = &'static Binding> {
        let parts: &[&[Binding]] = match self {
            Layer::Welcome => &[WELCOME],
            Layer::SearchBox => &[SEARCH_BOX],
            Layer::Help => &[WINDOW, WINDOW_CLOSE],
            Layer::Problems => &[PROBLEMS, WINDOW],
            Layer::Compare => &[COMPARE, WINDOW, WINDOW_CLOSE],
            Layer::Fits => &[FITS],
            Layer::Browsing => &[BROWSING],
            Layer::Anywhere => &[ANYWHERE],
            Layer::Typing => &[TYPING],
        };
        parts.iter().flat_map(|part| part.iter())
    }
}

/// Who a binding is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Everyone,
    /// Not at a kiosk (quitting, problems with file paths).
    Desktop,
    /// Kiosk only.
    Kiosk,
}

/// Where a binding is shown in the bottom bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Not in the bar (the help window lists it).
    None,
    /// In the bar of every pane; lower `rank`s are dropped last when the bar
    /// is too narrow.
    Always { rank: u8 },
    /// In the bar while one of these panes has the keyboard.
    In { panes: &'static [Pane], rank: u8 },
}

/// One line of the key table.
#[derive(Clone, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// For a kind of key (`Key::Text`...): the action for the character
    /// typed, in place of `action`.
    pub typed: Option<fn(char) -> Action>,
    pub who: Who,
    /// What it does, for the help window, as a message id; `None` for keys
    /// that share the help line of the binding above (`joins`) or have none.
    pub help: Option<&'static str>,
    /// Shares the help line of the binding above it.
    pub joins: bool,
    /// For a kind of key, the words help names it with (a message id).
    pub keys_words: Option<&'static str>,
    /// The key and, as a message id, a word or two for the bottom bar; for
    /// a kind of key the key is a message id too.
    pub bar: (&'static str, &'static str),
    pub hint: Hint,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    bar: (&'static str, &'static str),
    hint: Hint,
) -> Binding {
    bind_for(Who::Everyone, keys, action, help, bar, hint)
}

const fn bind_for(
    who: Who,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    bar: (&'static str, &'static str),
    hint: Hint,
) -> Binding {
    Binding {
        keys,
        action,
        typed: None,
        who,
        help: Some(help),
        joins: false,
        keys_words: None,
        bar,
        hint,
    }
}

/// Keys that share the help line of the binding above them.
const fn also(keys: &'static [Key], action: Action) -> Binding {
    Binding {
        keys,
        action,
        typed: None,
        who: Who::Everyone,
        help: None,
        joins: true,
        keys_words: None,
        bar: ("", ""),
        hint: Hint::None,
    }
}

/// A kind of key whose action depends on the character typed.
const fn typing(
    who: Who,
    keys: &'static [Key],
    typed: fn(char) -> Action,
    words: Option<(&'static str, &'static str)>,
) -> Binding {
    let (keys_words, help) = match words {
        Some((keys, help)) => (Some(keys), Some(help)),
        None => (None, None),
    };
    Binding {
        keys,
        action: Action::OpenSearch,
        typed: Some(typed),
        who,
        help,
        joins: false,
        keys_words,
        bar: ("", ""),
        hint: Hint::None,
    }
}

/// `binding`, hinted at in the bottom bar.
const fn in_bar(binding: Binding, bar: (&'static str, &'static str), hint: Hint) -> Binding {
    let mut binding = binding;
    binding.bar = bar;
    binding.hint = hint;
    binding
}

/// Keys that do something help need not list.
const fn unlisted(keys: &'static [Key], action: Action) -> Binding {
    let mut binding = also(keys, action);
    binding.joins = false;
    binding
}

fn search_with(c: char) -> Action {
    Action::SearchWith(c.to_string())
}

fn insert(c: char) -> Action {
    Action::Edit(Edit::Insert(c))
}

const LISTS: &[Pane] = &[Pane::Tree, Pane::Skills, Pane::Ladder];

/// The panes' keys, in the order help lists them.
pub const BROWSING: &[Binding] = &[
    bind(
        &[Key::Code(KeyCode::Up), Key::Char('k')],
        Action::Up,
        "help-move",
        ("↑↓", "bar-move"),
        Hint::Always { rank: 3 },
    ),
    also(&[Key::Code(KeyCode::Down), Key::Char('j')], Action::Down),
    bind(
        &[Key::Code(KeyCode::Enter)],
        Action::Activate,
        "help-open",
        ("Enter", "bar-open"),
        Hint::In {
            panes: LISTS,
            rank: 2,
        },
    ),
    bind(
        &[Key::Char(' ')],
        Action::Toggle,
        "help-toggle",
        ("Space", "bar-open-close"),
        Hint::In {
            panes: &[Pane::Tree],
            rank: 5,
        },
    ),
    bind(
        &[Key::Code(KeyCode::Left), Key::Char('h')],
        Action::Left,
        "help-left-right",
        ("←→", "bar-panes"),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::Right), Key::Char('l')], Action::Right),
    bind(
        &[Key::Code(KeyCode::Tab)],
        Action::FocusNext,
        "help-next-pane",
        ("Tab", "bar-next-pane"),
        Hint::Always { rank: 4 },
    ),
    also(&[Key::Code(KeyCode::BackTab)], Action::FocusPrevious),
    bind(
        &[Key::Char('1')],
        Action::Focus(Pane::Tree),
        "help-panes",
        ("1-4", "bar-panes"),
        Hint::None,
    ),
    also(&[Key::Char('2')], Action::Focus(Pane::Detail)),
    also(&[Key::Char('3')], Action::Focus(Pane::Skills)),
    also(&[Key::Char('4')], Action::Focus(Pane::Ladder)),
    bind_for(
        Who::Desktop,
        &[Key::Char('c')],
        Action::Compare,
        "help-compare",
        ("c", "bar-compare"),
        Hint::In {
            panes: &[Pane::Tree, Pane::Detail],
            rank: 5,
        },
    ),
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('k')],
        Action::Compare,
        "help-compare",
        ("Ctrl-K", "bar-compare"),
        Hint::In {
            panes: &[Pane::Tree, Pane::Detail],
            rank: 5,
        },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('i')],
        Action::RoutesIn,
        "help-routes-in",
        ("i", "bar-routes-in"),
        Hint::In {
            panes: &[Pane::Detail, Pane::Ladder],
            rank: 6,
        },
    ),
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('e')],
        Action::RoutesIn,
        "help-routes-in",
        ("Ctrl-E", "bar-routes-in"),
        Hint::In {
            panes: &[Pane::Detail, Pane::Ladder],
            rank: 6,
        },
    ),
    bind(
        &[
            Key::Code(KeyCode::Backspace),
            Key::Char('['),
            Key::Alt(KeyCode::Left),
        ],
        Action::HistoryBack,
        "help-back",
        ("⌫", "bar-back"),
        Hint::Always { rank: 6 },
    ),
    bind(
        &[Key::Char(']'), Key::Alt(KeyCode::Right)],
        Action::HistoryForward,
        "help-forward",
        ("]", "bar-forward"),
        Hint::None,
    ),
    bind(
        &[Key::Code(KeyCode::PageUp), Key::Ctrl('u')],
        Action::PageUp,
        "help-page",
        ("PgUp", "bar-page"),
        Hint::None,
    ),
    also(
        &[Key::Code(KeyCode::PageDown), Key::Ctrl('d')],
        Action::PageDown,
    ),
    bind(
        &[Key::Code(KeyCode::Home), Key::Char('g')],
        Action::Home,
        "help-top-bottom",
        ("Home", "bar-top"),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::End), Key::Char('G')], Action::End),
    bind(
        &[Key::Code(KeyCode::Esc)],
        Action::Back,
        "help-close",
        ("Esc", "bar-close"),
        Hint::None,
    ),
];

/// Keys that work beneath every window, and in the search box where they
/// are not text.
pub const ANYWHERE: &[Binding] = &[
    bind(
        &[Key::Char('/')],
        Action::OpenSearch,
        "help-search",
        ("/", "bar-search"),
        Hint::Always { rank: 0 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('m')],
        Action::OpenFits,
        "help-fits",
        ("m", "bar-fits"),
        Hint::Always { rank: 7 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('!')],
        Action::OpenProblems,
        "help-problems",
        ("!", "bar-problems"),
        Hint::None,
    ),
    bind(
        &[Key::Ctrl('l')],
        Action::SwitchLanguage,
        "help-language",
        ("Ctrl-L", "bar-language"),
        Hint::In {
            panes: &[Pane::Tree],
            rank: 7,
        },
    ),
    // What a kiosk is for: kept before any key's hint, after the language.
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('f')],
        Action::OpenFits,
        "help-fits",
        ("Ctrl-F", "bar-fits"),
        Hint::Always { rank: 1 },
    ),
    bind(
        &[Key::Char('?')],
        Action::OpenHelp,
        "help-help",
        ("?", "bar-help"),
        Hint::Always { rank: 1 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('q'), Key::Ctrl('c')],
        Action::Quit,
        "help-quit",
        ("q", "bar-quit"),
        Hint::Always { rank: 0 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('r')],
        Action::Reload,
        "help-reload",
        ("r", "bar-reload"),
        Hint::None,
    ),
    bind_for(
        Who::Desktop,
        &[Key::Ctrl('z')],
        Action::Suspend,
        "help-suspend",
        ("Ctrl-Z", "bar-suspend"),
        Hint::None,
    ),
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('r')],
        Action::StartOver,
        "help-start-over",
        ("Ctrl-R", "bar-start-over"),
        Hint::Always { rank: 0 },
    ),
    // Shown only where a print command is set up and a role is shown.
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('p')],
        Action::Print,
        "help-print",
        ("Ctrl-P", "bar-print"),
        Hint::Always { rank: 1 },
    ),
];

/// "What fits me": what is typed filters the skills, Space picks the one
/// selected, Tab goes from the skills to the ranked roles and back.
pub const FITS: &[Binding] = &[
    bind(
        &[Key::Char(' ')],
        Action::Toggle,
        "help-fits-pick",
        ("Space", "bar-pick"),
        Hint::Always { rank: 1 },
    ),
    bind(
        &[Key::Code(KeyCode::Tab)],
        Action::FocusNext,
        "help-fits-side",
        ("Tab", "bar-skills-roles"),
        Hint::Always { rank: 2 },
    ),
    also(
        &[
            Key::Code(KeyCode::BackTab),
            Key::Code(KeyCode::Left),
            Key::Code(KeyCode::Right),
        ],
        Action::FocusNext,
    ),
    bind(
        &[Key::Code(KeyCode::Enter)],
        Action::Activate,
        "help-fits-open",
        ("Enter", "bar-open"),
        Hint::Always { rank: 3 },
    ),
    bind(
        &[Key::Code(KeyCode::Up)],
        Action::Up,
        "help-move",
        ("↑↓", "bar-move"),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::Down)], Action::Down),
    unlisted(&[Key::Code(KeyCode::PageUp)], Action::PageUp),
    unlisted(&[Key::Code(KeyCode::PageDown)], Action::PageDown),
    unlisted(&[Key::Code(KeyCode::Home)], Action::Home),
    unlisted(&[Key::Code(KeyCode::End)], Action::End),
    bind(
        &[Key::Code(KeyCode::Backspace)],
        Action::Edit(Edit::Backspace),
        "help-box-delete-letter",
        ("", ""),
        Hint::None,
    ),
    bind(
        &[Key::Ctrl('u'), Key::Ctrl('w')],
        Action::Edit(Edit::Clear),
        "help-fits-clear",
        ("", ""),
        Hint::None,
    ),
    bind(
        &[Key::Code(KeyCode::Esc)],
        Action::Back,
        "help-close",
        ("Esc", "bar-close"),
        Hint::Always { rank: 0 },
    ),
    typing(
        Who::Everyone,
        &[Key::TypedExcept(&[])],
        insert,
        Some(("help-typing-keys", "help-fits-typing")),
    ),
];

/// Typing a character starts a search with it.
pub const TYPING: &[Binding] = &[
    typing(
        Who::Kiosk,
        // The digits choose panes, as the tabs say, on the desktop too.
        &[Key::TypedExcept(&['?', '/', '1', '2', '3', '4'])],
        search_with,
        Some(("help-typing-keys", "help-typing-kiosk")),
    ),
    typing(
        Who::Desktop,
        &[Key::TypedExcept(&[])],
        search_with,
        Some(("help-typing-keys", "help-typing")),
    ),
];

/// The search box: what is typed goes into it.
pub const SEARCH_BOX: &[Binding] = &[
    bind(
        &[
            Key::Code(KeyCode::Up),
            Key::Code(KeyCode::BackTab),
            Key::Ctrl('p'),
        ],
        Action::Choose(-1),
        "help-box-choose",
        ("↑↓", "bar-choose"),
        Hint::Always { rank: 2 },
    ),
    also(
        &[
            Key::Code(KeyCode::Down),
            Key::Code(KeyCode::Tab),
            Key::Ctrl('n'),
        ],
        Action::Choose(1),
    ),
    unlisted(&[Key::Code(KeyCode::PageUp)], Action::Choose(-10)),
    unlisted(&[Key::Code(KeyCode::PageDown)], Action::Choose(10)),
    bind(
        &[Key::Code(KeyCode::Enter)],
        Action::OpenChosen,
        "help-box-open",
        ("Enter", "bar-open"),
        Hint::Always { rank: 1 },
    ),
    bind(
        &[Key::Code(KeyCode::Esc)],
        Action::Back,
        "help-box-close",
        ("Esc", "bar-close"),
        Hint::Always { rank: 0 },
    ),
    bind(
        &[Key::Code(KeyCode::Left)],
        Action::Edit(Edit::Left),
        "help-box-move",
        ("", ""),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::Right)], Action::Edit(Edit::Right)),
    also(&[Key::Code(KeyCode::Home)], Action::Edit(Edit::Start)),
    also(&[Key::Code(KeyCode::End)], Action::Edit(Edit::End)),
    bind(
        &[Key::Ctrl('a')],
        Action::Edit(Edit::Start),
        "help-box-start-end",
        ("", ""),
        Hint::None,
    ),
    also(&[Key::Ctrl('e')], Action::Edit(Edit::End)),
    bind(
        &[Key::CtrlCode(KeyCode::Left), Key::Alt(KeyCode::Left)],
        Action::Edit(Edit::WordLeft),
        "help-box-word",
        ("", ""),
        Hint::None,
    ),
    also(
        &[Key::CtrlCode(KeyCode::Right), Key::Alt(KeyCode::Right)],
        Action::Edit(Edit::WordRight),
    ),
    bind(
        &[Key::Code(KeyCode::Backspace)],
        Action::Edit(Edit::Backspace),
        "help-box-delete-letter",
        ("", ""),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::Delete)], Action::Edit(Edit::Delete)),
    bind(
        &[
            Key::Ctrl('w'),
            Key::Alt(KeyCode::Backspace),
            Key::CtrlCode(KeyCode::Backspace),
        ],
        Action::Edit(Edit::DeleteWord),
        "help-box-delete-word",
        ("", ""),
        Hint::None,
    ),
    bind(
        &[Key::Ctrl('u')],
        Action::Edit(Edit::Clear),
        "help-box-clear",
        ("", ""),
        Hint::None,
    ),
    in_bar(
        typing(Who::Everyone, &[Key::Text], insert, None),
        ("bar-type", "bar-to-search"),
        Hint::Always { rank: 3 },
    ),
];

/// The help, problems and compare windows: what is in them scrolls (in
/// the problems window, the choice moves).
pub const WINDOW: &[Binding] = &[
    bind(
        &[Key::Code(KeyCode::Up), Key::Char('k')],
        Action::ScrollOverlay(-1),
        "help-window-scroll",
        ("↑↓", "bar-scroll"),
        Hint::Always { rank: 1 },
    ),
    also(
        &[Key::Code(KeyCode::Down), Key::Char('j')],
        Action::ScrollOverlay(1),
    ),
    bind(
        &[Key::Code(KeyCode::PageUp), Key::Ctrl('u')],
        Action::ScrollOverlay(-10),
        "help-page",
        ("", ""),
        Hint::None,
    ),
    also(
        &[Key::Code(KeyCode::PageDown), Key::Ctrl('d')],
        Action::ScrollOverlay(10),
    ),
    bind(
        &[Key::Code(KeyCode::Home), Key::Char('g')],
        Action::OverlayTop,
        "help-top-bottom",
        ("", ""),
        Hint::None,
    ),
    also(
        &[Key::Code(KeyCode::End), Key::Char('G')],
        Action::OverlayBottom,
    ),
];

/// The help and compare windows close with Esc or Enter.
pub const WINDOW_CLOSE: &[Binding] = &[bind(
    &[Key::Code(KeyCode::Esc), Key::Code(KeyCode::Enter)],
    Action::Back,
    "help-window-close",
    ("Esc", "bar-close"),
    Hint::Always { rank: 0 },
)];

/// The problems window: Enter opens the role of the problem chosen (the
/// window's scrolling keys move the choice), Esc closes it.
pub const PROBLEMS: &[Binding] = &[
    bind(
        &[Key::Code(KeyCode::Enter)],
        Action::OpenProblem,
        "help-problems-open",
        ("Enter", "bar-open"),
        Hint::Always { rank: 0 },
    ),
    bind(
        &[Key::Code(KeyCode::Esc)],
        Action::Back,
        "help-window-close",
        ("Esc", "bar-close"),
        Hint::Always { rank: 0 },
    ),
];

/// The comparison: Tab (or `c`, or Ctrl-K at a kiosk) shows the route
/// between the two roles, and the comparison again.
pub const COMPARE: &[Binding] = &[bind(
    &[
        Key::Code(KeyCode::Tab),
        Key::Code(KeyCode::BackTab),
        Key::Char('c'),
        Key::Ctrl('k'),
    ],
    Action::ToggleRoute,
    "help-route",
    ("Tab", "bar-route"),
    Hint::Always { rank: 1 },
)];

/// Kiosk: the welcome screen. Any key leaves it; a letter or digit starts
/// a search with it, `?` opens the help it mentions, and Ctrl-L switches
/// the language it offers.
pub const WELCOME: &[Binding] = &[
    bind(
        &[Key::Ctrl('l')],
        Action::SwitchLanguage,
        "help-language",
        ("Ctrl-L", "bar-language"),
        Hint::Always { rank: 1 },
    ),
    bind(
        &[Key::Char('?')],
        Action::OpenHelp,
        "help-help",
        ("?", "bar-help"),
        Hint::Always { rank: 1 },
    ),
    bind(
        &[Key::Char('/')],
        Action::OpenSearch,
        "help-search",
        ("/", "bar-search"),
        Hint::Always { rank: 0 },
    ),
    bind(
        &[
            Key::Code(KeyCode::Down),
            Key::Code(KeyCode::Right),
            Key::Code(KeyCode::Tab),
        ],
        Action::Down,
        "help-welcome-choose",
        ("↑↓", "bar-choose"),
        Hint::None,
    ),
    also(
        &[
            Key::Code(KeyCode::Up),
            Key::Code(KeyCode::Left),
            Key::Code(KeyCode::BackTab),
        ],
        Action::Up,
    ),
    bind(
        &[Key::Code(KeyCode::Enter)],
        Action::Activate,
        "help-welcome-run",
        ("Enter", "bar-open"),
        Hint::None,
    ),
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('f')],
        Action::OpenFits,
        "help-fits",
        ("Ctrl-F", "bar-fits"),
        Hint::None,
    ),
    typing(Who::Everyone, &[Key::Alphanumeric], search_with, None),
    unlisted(&[Key::Any], Action::Browse),
];

impl Binding {
    pub fn applies_to(&self, kiosk: bool) -> bool {
        match self.who {
            Who::Everyone => true,
            Who::Desktop => !kiosk,
            Who::Kiosk => kiosk,
        }
    }

    /// What this binding does with `key`, if it takes it.
    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        if !self.keys.iter().any(|k| k.matches(key)) {
            return None;
        }
        Some(match (self.typed, typed(key)) {
            (Some(typed), Some(c)) => typed(c),
            _ => self.action.clone(),
        })
    }
}

/// The action `key` asks for in `layers`, top first: the first binding
/// that takes it decides.
pub fn route(layers: &[Layer], key: &KeyEvent, kiosk: bool) -> Option<Action> {
    layers
        .iter()
        .flat_map(|layer| layer.bindings())
        .filter(|b| b.applies_to(kiosk))
        .find_map(|b| b.action_for(key))
}

/// The bindings of `layers` in the order they are tried, each with its
/// layer and those of its keys that no binding before it takes.
fn reachable(layers: &[Layer], kiosk: bool) -> Vec<(Layer, &'static Binding, Vec<Key>)> {
    let mut taken: Vec<Key> = Vec::new();
    let mut out = Vec::new();
    for (layer, b) in layers
        .iter()
        .flat_map(|&layer| layer.bindings().map(move |b| (layer, b)))
        .filter(|(_, b)| b.applies_to(kiosk))
    {
        let keys = b
            .keys
            .iter()
            .copied()
            .filter(|&k| !taken.iter().any(|t| t.covers(k)))
            .collect();
        taken.extend(b.keys.iter().copied());
        out.push((layer, b, keys));
    }
    out
}

/// A line of the help window: keys, and what they do in the language
/// spoken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub what: String,
    /// What the line's first binding does.
    pub action: Action,
}

/// What help lists for the bindings of the layers `of` among `layers` in
/// use: every binding with a key that works there, without the keys
/// another binding takes first (at a kiosk, the letters that start a
/// search).
pub fn help_lines(layers: &[Layer], of: &[Layer], kiosk: bool) -> Vec<HelpLine> {
    // A help line's bindings, each with its keys that work.
    let mut groups: Vec<(&'static Binding, Vec<Vec<Key>>)> = Vec::new();
    let listed = reachable(layers, kiosk)
        .into_iter()
        .filter(|(layer, _, _)| of.contains(layer));
    for (_, b, keys) in listed {
        match groups.last_mut() {
            Some((_, group)) if b.joins => group.push(keys),
            _ if b.help.is_some() => groups.push((b, vec![keys])),
            // Keys with no help line of their own: a space in the list.
            _ => groups.push((b, Vec::new())),
        }
    }
    groups
        .into_iter()
        .filter_map(|(b, keys)| {
            let what = crate::i18n::tr_args(b.help?, None);
            let keys = match b.keys_words {
                Some(words) if keys.iter().flatten().next().is_some() => {
                    crate::i18n::tr_args(words, None)
                }
                _ => keys_label(&keys),
            };
            (!keys.is_empty()).then(|| HelpLine {
                keys,
                what,
                action: b.action.clone(),
            })
        })
        .collect()
}

/// The keys of a help line: the first key of each binding, then the second
/// of each, and so on (`↑ ↓   k j`).
fn keys_label(keys: &[Vec<Key>]) -> String {
    let labels: Vec<Vec<String>> = keys
        .iter()
        .map(|ks| ks.iter().filter_map(|k| k.label()).collect())
        .collect();
    let columns = labels.iter().map(Vec::len).max().unwrap_or(0);
    (0..columns)
        .map(|i| {
            labels
                .iter()
                .filter_map(|l| l.get(i).map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("   ")
}

/// A hint in the bottom bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarHint {
    pub key: String,
    /// A word or two, in the language spoken.
    pub what: String,
    /// What touching it does, for those that are buttons.
    pub action: Option<Action>,
    /// Lower ranks are kept longer when the bar is too narrow for all.
    pub rank: u8,
}

/// The hints for the bottom bar in `layers` while `pane` has the keyboard,
/// in the order the layers are tried; only keys that work there.
pub fn hints_in(layers: &[Layer], pane: Pane, kiosk: bool) -> Vec<BarHint> {
    reachable(layers, kiosk)
        .into_iter()
        // The bar names a binding's first key: it must be one that works.
        .filter(|(_, b, keys)| b.keys.first().is_some_and(|k| keys.contains(k)))
        .filter_map(|(_, b, _)| {
            let rank = match b.hint {
                // A kiosk visitor who reads the other language may have only
                // a touch screen: the switch is always there, kept as long
                // as help is.
                _ if kiosk && b.action == Action::SwitchLanguage => 1,
                Hint::None => return None,
                Hint::Always { rank } => rank,
                Hint::In { panes, rank } if panes.contains(&pane) => rank,
                Hint::In { .. } => return None,
            };
            let typed = b.typed.is_some();
            Some(BarHint {
                key: if typed {
                    crate::i18n::tr_args(b.bar.0, None)
                } else {
                    b.bar.0.to_string()
                },
                what: crate::i18n::tr_args(b.bar.1, None),
                action: (!typed).then(|| b.action.clone()),
                rank,
            })
        })
        .collect()
}

/// The hints for the bottom bar while browsing with `pane` focused.
#[cfg(test)]
fn hints_for(pane: Pane, kiosk: bool) -> Vec<BarHint> {
    hints_in(&stack(None, kiosk), pane, kiosk)
}

/// Of `hints`, those that fit in `width` columns when each takes
/// `width_of` of them, keeping the lowest ranks; in their own order.
pub fn fitting<T>(hints: Vec<(u8, T)>, width: usize, width_of: impl Fn(&T) -> usize) -> Vec<T> {
    let mut by_rank: Vec<usize> = (0..hints.len()).collect();
    by_rank.sort_by_key(|&i| (hints[i].0, i));
    let mut used = 0;
    let mut keep = vec![false; hints.len()];
    for i in by_rank {
        let w = width_of(&hints[i].1);
        if used + w <= width {
            used += w;
            keep[i] = true;
        }
    }
    hints
        .into_iter()
        .zip(keep)
        .filter_map(|((_, hint), kept)| kept.then_some(hint))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Overlay;

    const ALL_LAYERS: [Layer; 8] = [
        Layer::Welcome,
        Layer::SearchBox,
        Layer::Help,
        Layer::Problems,
        Layer::Compare,
        Layer::Browsing,
        Layer::Anywhere,
        Layer::Typing,
    ];

    fn overlays() -> [Option<Overlay>; 6] {
        [
            None,
            Some(Overlay::Welcome),
            Some(Overlay::Search),
            Some(Overlay::Help),
            Some(Overlay::Problems),
            Some(Overlay::Compare {
                a: 0,
                b: 1,
                path: false,
            }),
        ]
    }

    #[test]
    fn no_key_is_bound_twice_in_a_layer_for_the_same_people() {
        for kiosk in [false, true] {
            for layer in ALL_LAYERS {
                let mut seen: Vec<Key> = Vec::new();
                for b in layer.bindings().filter(|b| b.applies_to(kiosk)) {
                    for k in b.keys {
                        assert!(!seen.contains(k), "{k:?} is bound twice in {layer:?}");
                        seen.push(*k);
                    }
                }
            }
        }
    }

    #[test]
    fn every_hint_has_its_words() {
        for layer in ALL_LAYERS {
            for b in layer.bindings() {
                if b.hint != Hint::None {
                    assert!(!b.bar.0.is_empty() && !b.bar.1.is_empty(), "{:?}", b.action);
                }
                if b.typed.is_some() && b.help.is_some() {
                    assert!(b.keys_words.is_some(), "{:?}", b.keys);
                }
            }
        }
    }

    #[test]
    fn every_help_line_and_hint_is_said_in_every_language() {
        use crate::i18n::{Lang, tr_in};
        for layer in ALL_LAYERS {
            let ids = layer
                .bindings()
                .flat_map(|b| b.help.into_iter().chain(b.keys_words).chain([b.bar.1]))
                .chain(
                    layer
                        .bindings()
                        .filter(|b| b.typed.is_some())
                        .map(|b| b.bar.0),
                )
                .filter(|id| !id.is_empty());
            for id in ids {
                for lang in Lang::ALL {
                    assert!(
                        tr_in(lang, id, None).is_some(),
                        "{} lacks '{id}'",
                        lang.code()
                    );
                }
            }
        }
    }

    /// Every key help and the bar show for `layers` does what they say there.
    #[test]
    fn help_and_the_bar_list_only_keys_that_work_where_they_are_shown() {
        for kiosk in [false, true] {
            for overlay in overlays() {
                let layers = stack(overlay, kiosk);
                for (_, b, keys) in reachable(&layers, kiosk) {
                    for key in keys {
                        let Some(event) = example(key) else { continue };
                        assert_eq!(
                            route(&layers, &event, kiosk),
                            b.action_for(&event),
                            "{key:?} in {overlay:?}, kiosk {kiosk}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_bar_never_names_a_key_that_does_something_else_there() {
        for kiosk in [false, true] {
            for overlay in overlays() {
                let layers = stack(overlay, kiosk);
                for hint in hints_in(&layers, Pane::Tree, kiosk) {
                    let Some(action) = hint.action else { continue };
                    let shown = ALL_LAYERS
                        .iter()
                        .flat_map(|l| l.bindings())
                        .find(|b| b.action == action && b.bar.0 == hint.key)
                        .and_then(|b| b.keys.first().copied())
                        .and_then(example);
                    if let Some(event) = shown {
                        assert_eq!(
                            route(&layers, &event, kiosk),
                            Some(action.clone()),
                            "{} in {overlay:?}, kiosk {kiosk}",
                            hint.key
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_kiosk_help_lists_no_letter_that_starts_a_search_there() {
        let layers = stack(None, true);
        let lines = help_lines(&layers, &layers, true);
        let keys: Vec<&str> = lines.iter().map(|l| l.keys.as_str()).collect();
        for line in &keys {
            for word in line.split_whitespace() {
                let one_char = word.chars().count() == 1;
                assert!(
                    !one_char
                        || matches!(
                            word,
                            "?" | "/" | "↑" | "↓" | "←" | "→" | "1" | "2" | "3" | "4"
                        ),
                    "{word:?} in {keys:?}"
                );
            }
        }
        assert!(keys.contains(&"↑ ↓"), "{keys:?}");
        assert!(keys.contains(&"Home End"), "{keys:?}");
        // Outside a kiosk the letters are keys.
        let layers = stack(None, false);
        let keys: Vec<String> = help_lines(&layers, &layers, false)
            .into_iter()
            .map(|l| l.keys)
            .collect();
        assert!(keys.contains(&"↑ ↓   k j".to_string()), "{keys:?}");
        assert!(
            keys.contains(&"Backspace   [   Alt-←".to_string()),
            "{keys:?}"
        );
    }

    /// A key event a binding's key stands for.
    fn example(key: Key) -> Option<KeyEvent> {
        let event = |code, modifiers| Some(KeyEvent::new(code, modifiers));
        match key {
            Key::Char(c) => event(KeyCode::Char(c), KeyModifiers::NONE),
            Key::Ctrl(c) => event(KeyCode::Char(c), KeyModifiers::CONTROL),
            Key::CtrlCode(code) => event(code, KeyModifiers::CONTROL),
            Key::Alt(code) => event(code, KeyModifiers::ALT),
            Key::Code(code) => event(code, KeyModifiers::NONE),
            Key::Text | Key::TypedExcept(_) | Key::Alphanumeric => {
                event(KeyCode::Char('x'), KeyModifiers::NONE)
            }
            Key::Any => None,
        }
    }

    #[test]
    fn a_narrow_bar_keeps_search_help_and_quit_or_start_over() {
        for kiosk in [false, true] {
            let last = if kiosk { "start over" } else { "quit" };
            for pane in Pane::ALL {
                let hints: Vec<(u8, BarHint)> = hints_for(pane, kiosk)
                    .into_iter()
                    .map(|h| (h.rank, h))
                    .collect();
                let width = |h: &BarHint| h.key.len() + h.what.len() + 3;
                let kept: Vec<String> = fitting(hints.clone(), 40, width)
                    .into_iter()
                    .map(|h| h.what)
                    .collect();
                for want in ["search", "help", last] {
                    assert!(kept.iter().any(|k| k == want), "{pane:?} {kept:?}");
                }
                assert_eq!(kept.first().map(String::as_str), Some("search"));
                assert_eq!(
                    fitting(hints, 1000, width).len(),
                    hints_for(pane, kiosk).len()
                );
            }
        }
    }
}
