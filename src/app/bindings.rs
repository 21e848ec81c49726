//! Every key binding in one table: the keys, where they apply, what they do
//! and how they are described. The key map, the help window and every hint
//! on screen read this table, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Pane};

/// One key as a terminal sends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A character typed without Ctrl or Alt (Shift is part of the char).
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// Alt and a key.
    Alt(KeyCode),
    /// A key that is not a character, without modifiers.
    Code(KeyCode),
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
            Key::Alt(code) => alt && !ctrl && key.code == code,
            Key::Code(code) => !ctrl && !alt && key.code == code,
        }
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
    pub who: Who,
    /// The keys as the help window shows them.
    pub keys_label: &'static str,
    /// What it does, for the help window, as a message id; `None` when the
    /// line above says it.
    pub help: Option<&'static str>,
    /// The key and, as a message id, a word or two for the bottom bar.
    pub bar: (&'static str, &'static str),
    pub hint: Hint,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    keys_label: &'static str,
    help: &'static str,
    bar: (&'static str, &'static str),
    hint: Hint,
) -> Binding {
    bind_for(Who::Everyone, keys, action, keys_label, help, bar, hint)
}

const fn bind_for(
    who: Who,
    keys: &'static [Key],
    action: Action,
    keys_label: &'static str,
    help: &'static str,
    bar: (&'static str, &'static str),
    hint: Hint,
) -> Binding {
    Binding {
        keys,
        action,
        who,
        keys_label,
        help: Some(help),
        bar,
        hint,
    }
}

/// Keys that share the help line of the binding above them.
const fn also(keys: &'static [Key], action: Action) -> Binding {
    Binding {
        keys,
        action,
        who: Who::Everyone,
        keys_label: "",
        help: None,
        bar: ("", ""),
        hint: Hint::None,
    }
}

const LISTS: &[Pane] = &[Pane::Tree, Pane::Skills, Pane::Ladder];

/// The keys that work outside the search box, in the order help lists them.
pub const BROWSING: &[Binding] = &[
    bind(
        &[Key::Char('/')],
        Action::OpenSearch,
        "/",
        "help-search",
        ("/", "bar-search"),
        Hint::Always { rank: 0 },
    ),
    bind(
        &[Key::Code(KeyCode::Up), Key::Char('k')],
        Action::Up,
        "↑ ↓   k j",
        "help-move",
        ("↑↓", "bar-move"),
        Hint::Always { rank: 3 },
    ),
    also(&[Key::Code(KeyCode::Down), Key::Char('j')], Action::Down),
    bind(
        &[Key::Code(KeyCode::Enter)],
        Action::Activate,
        "Enter",
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
        "Space",
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
        "← →   h l",
        "help-left-right",
        ("←→", "bar-panes"),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::Right), Key::Char('l')], Action::Right),
    bind(
        &[Key::Code(KeyCode::Tab)],
        Action::FocusNext,
        "Tab   Shift-Tab",
        "help-next-pane",
        ("Tab", "bar-next-pane"),
        Hint::Always { rank: 4 },
    ),
    also(&[Key::Code(KeyCode::BackTab)], Action::FocusPrevious),
    bind(
        &[Key::Char('1')],
        Action::Focus(Pane::Tree),
        "1 2 3 4",
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
        "c",
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
        "Ctrl-K",
        "help-compare",
        ("Ctrl-K", "bar-compare"),
        Hint::In {
            panes: &[Pane::Tree, Pane::Detail],
            rank: 5,
        },
    ),
    bind(
        &[
            Key::Code(KeyCode::Backspace),
            Key::Char('['),
            Key::Alt(KeyCode::Left),
        ],
        Action::HistoryBack,
        "Backspace   [   Alt-←",
        "help-back",
        ("⌫", "bar-back"),
        Hint::Always { rank: 6 },
    ),
    bind(
        &[Key::Char(']'), Key::Alt(KeyCode::Right)],
        Action::HistoryForward,
        "]   Alt-→",
        "help-forward",
        ("]", "bar-forward"),
        Hint::None,
    ),
    bind(
        &[Key::Code(KeyCode::PageUp), Key::Ctrl('u')],
        Action::PageUp,
        "PgUp PgDn   Ctrl-U Ctrl-D",
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
        "Home End   g G",
        "help-top-bottom",
        ("Home", "bar-top"),
        Hint::None,
    ),
    also(&[Key::Code(KeyCode::End), Key::Char('G')], Action::End),
    bind(
        &[Key::Code(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "help-close",
        ("Esc", "bar-close"),
        Hint::None,
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('m')],
        Action::OpenFits,
        "m",
        "help-fits",
        ("m", "bar-fits"),
        Hint::Always { rank: 7 },
    ),
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('f')],
        Action::OpenFits,
        "Ctrl-F",
        "help-fits",
        ("Ctrl-F", "bar-fits"),
        Hint::Always { rank: 1 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('!')],
        Action::OpenProblems,
        "!",
        "help-problems",
        ("!", "bar-problems"),
        Hint::None,
    ),
    bind(
        &[Key::Ctrl('l')],
        Action::SwitchLanguage,
        "Ctrl-L",
        "help-language",
        ("Ctrl-L", "bar-language"),
        Hint::In {
            panes: &[Pane::Tree],
            rank: 7,
        },
    ),
    bind(
        &[Key::Char('?')],
        Action::OpenHelp,
        "?",
        "help-help",
        ("?", "bar-help"),
        Hint::Always { rank: 1 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('q'), Key::Ctrl('c')],
        Action::Quit,
        "q   Ctrl-C",
        "help-quit",
        ("q", "bar-quit"),
        Hint::Always { rank: 0 },
    ),
    bind_for(
        Who::Desktop,
        &[Key::Char('r')],
        Action::Reload,
        "r",
        "help-reload",
        ("r", "bar-reload"),
        Hint::None,
    ),
    bind_for(
        Who::Desktop,
        &[Key::Ctrl('z')],
        Action::Suspend,
        "Ctrl-Z",
        "help-suspend",
        ("Ctrl-Z", "bar-suspend"),
        Hint::None,
    ),
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('r')],
        Action::StartOver,
        "Ctrl-R",
        "help-start-over",
        ("Ctrl-R", "bar-start-over"),
        Hint::Always { rank: 0 },
    ),
    // Shown only where a print command is set up and a role is shown.
    bind_for(
        Who::Kiosk,
        &[Key::Ctrl('p')],
        Action::Print,
        "Ctrl-P",
        "help-print",
        ("Ctrl-P", "bar-print"),
        Hint::Always { rank: 1 },
    ),
];

/// The keys of the search box and what they do (a message id), for the help
/// window; letters are typed into the box.
pub const SEARCH_BOX: &[(&str, &str)] = &[
    ("↑ ↓   Tab Shift-Tab", "help-box-choose"),
    ("Enter", "help-box-open"),
    ("Esc", "help-box-close"),
    ("← →   Home End", "help-box-move"),
    ("Ctrl-A Ctrl-E", "help-box-start-end"),
    ("Backspace Delete", "help-box-delete-letter"),
    ("Ctrl-W   Alt-Backspace", "help-box-delete-word"),
    ("Ctrl-U", "help-box-clear"),
];

impl Binding {
    pub fn applies_to(&self, kiosk: bool) -> bool {
        match self.who {
            Who::Everyone => true,
            Who::Desktop => !kiosk,
            Who::Kiosk => kiosk,
        }
    }
}

/// The browsing action bound to `key`, if any.
pub fn browsing_action(key: &KeyEvent, kiosk: bool) -> Option<Action> {
    BROWSING
        .iter()
        .filter(|b| b.applies_to(kiosk))
        .find(|b| b.keys.iter().any(|k| k.matches(key)))
        .map(|b| b.action.clone())
}

/// Whether any browsing key is bound to `c` typed alone.
pub fn is_bound_char(c: char, kiosk: bool) -> bool {
    BROWSING
        .iter()
        .filter(|b| b.applies_to(kiosk))
        .any(|b| b.keys.contains(&Key::Char(c)))
}

/// A hint in the bottom bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarHint {
    pub key: &'static str,
    /// A word or two, in the language spoken.
    pub what: String,
    pub action: Action,
    /// Lower ranks are kept longer when the bar is too narrow for all.
    pub rank: u8,
}

/// The hints for the bottom bar while `pane` has the keyboard, in the
/// table's order.
pub fn hints_for(pane: Pane, kiosk: bool) -> Vec<BarHint> {
    BROWSING
        .iter()
        .filter(|b| b.applies_to(kiosk))
        .filter_map(|b| {
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
            Some(BarHint {
                key: b.bar.0,
                what: crate::i18n::tr_args(b.bar.1, None),
                action: b.action.clone(),
                rank,
            })
        })
        .collect()
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

    #[test]
    fn no_key_is_bound_twice_for_the_same_people() {
        for kiosk in [false, true] {
            let mut seen: Vec<Key> = Vec::new();
            for b in BROWSING.iter().filter(|b| b.applies_to(kiosk)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} is bound twice");
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn every_help_line_names_its_keys_and_every_hint_its_words() {
        for b in BROWSING {
            if b.help.is_some() {
                assert!(!b.keys_label.is_empty(), "{:?}", b.action);
            }
            if b.hint != Hint::None {
                assert!(!b.bar.0.is_empty() && !b.bar.1.is_empty(), "{:?}", b.action);
            }
        }
    }

    #[test]
    fn every_help_line_and_hint_is_said_in_every_language() {
        use crate::i18n::{Lang, tr_in};
        let ids = BROWSING
            .iter()
            .flat_map(|b| b.help.into_iter().chain([b.bar.1]))
            .chain(SEARCH_BOX.iter().map(|(_, id)| *id))
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
