//! Keys to actions: a pure function of the key and what is on screen.
//! Browsing keys are looked up in the one table of [`super::bindings`].

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Edit};
use super::bindings;
use super::chord::Chord;

/// What decides the meaning of a key.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyContext<'a> {
    /// The search box has the keyboard.
    pub searching: bool,
    /// The kiosk welcome screen is showing.
    pub welcome: bool,
    /// "What fits me" is open: typing filters its skills.
    pub fitting: bool,
    pub kiosk: bool,
    /// Kiosk: the staff exit chord, if set.
    pub exit_chord: Option<&'a Chord>,
}

/// The action a key press asks for, if any. Browsing keys come from the
/// [`bindings`](super::bindings) table.
pub fn action_for_key(key: KeyEvent, ctx: KeyContext<'_>) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if let Some(chord) = ctx.exit_chord
        && chord.matches(&key)
    {
        return Some(Action::Quit);
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        // Ctrl-C always quits, except where visitors must not leave.
        return (!ctx.kiosk).then_some(Action::Quit);
    }
    if ctx.welcome {
        return Some(welcome_key(key));
    }
    if ctx.searching {
        return search_key(key);
    }
    if ctx.fitting {
        return fits_key(key, ctx.kiosk);
    }
    if let Some(c) = typed_char(&key)
        && starts_search(c, ctx.kiosk)
    {
        return Some(Action::SearchWith(c.to_string()));
    }
    bindings::browsing_action(&key, ctx.kiosk)
}

/// The character a key types, when it is one typed without Ctrl or Alt.
fn typed_char(key: &KeyEvent) -> Option<char> {
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

/// Whether typing `c` outside the search box starts a search with it. At a
/// kiosk every character does (a visitor types a job title wherever they
/// are) except `?` (help), `/` (an empty search) and Space; elsewhere, the
/// characters no key is bound to.
fn starts_search(c: char, kiosk: bool) -> bool {
    if c.is_whitespace() {
        return false;
    }
    if kiosk {
        !matches!(c, '?' | '/')
    } else {
        !bindings::is_bound_char(c, kiosk)
    }
}

/// On the welcome screen a letter or digit starts a search with it, the
/// arrows and Tab choose an example search and Enter runs it (or browses),
/// `?` opens the help, Ctrl-L switches the language it offers, and any
/// other key browses.
fn welcome_key(key: KeyEvent) -> Action {
    if let Some(action @ (Action::SwitchLanguage | Action::OpenFits)) =
        bindings::browsing_action(&key, true)
    {
        return action;
    }
    match key.code {
        KeyCode::Down | KeyCode::Tab => return Action::Down,
        KeyCode::Up | KeyCode::BackTab => return Action::Up,
        KeyCode::Enter => return Action::Activate,
        _ => {}
    }
    match typed_char(&key) {
        Some('?') => Action::OpenHelp,
        Some('/') => Action::OpenSearch,
        Some(c) if c.is_alphanumeric() => Action::SearchWith(c.to_string()),
        _ => Action::Browse,
    }
}

/// In "What fits me" a character filters the skills, Space picks one, and
/// the keys that move and open do as they do elsewhere.
fn fits_key(key: KeyEvent, kiosk: bool) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char(' ') if !ctrl => return Some(Action::Toggle),
        KeyCode::Backspace => return Some(Action::Edit(Edit::Backspace)),
        KeyCode::Char('u') if ctrl => return Some(Action::Edit(Edit::Clear)),
        KeyCode::Char('w') if ctrl => return Some(Action::Edit(Edit::DeleteWord)),
        KeyCode::Left | KeyCode::Right => return Some(Action::FocusNext),
        _ => {}
    }
    if let Some(c) = typed_char(&key) {
        return Some(Action::Edit(Edit::Insert(c)));
    }
    bindings::browsing_action(&key, kiosk)
}

fn search_key(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Esc => Action::Back,
        KeyCode::Enter => Action::Activate,
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Tab => Action::Down,
        KeyCode::BackTab => Action::Up,
        KeyCode::Char('p') if ctrl => Action::Up,
        KeyCode::Char('n') if ctrl => Action::Down,
        KeyCode::Char('w') if ctrl => Action::Edit(Edit::DeleteWord),
        KeyCode::Char('u') if ctrl => Action::Edit(Edit::Clear),
        KeyCode::Char('a') if ctrl => Action::Edit(Edit::Start),
        KeyCode::Char('e') if ctrl => Action::Edit(Edit::End),
        KeyCode::Char(_) if ctrl => return None,
        KeyCode::Left if ctrl || alt => Action::Edit(Edit::WordLeft),
        KeyCode::Right if ctrl || alt => Action::Edit(Edit::WordRight),
        KeyCode::Backspace if ctrl || alt => Action::Edit(Edit::DeleteWord),
        KeyCode::Char(c) => Action::Edit(Edit::Insert(c)),
        KeyCode::Backspace => Action::Edit(Edit::Backspace),
        KeyCode::Delete => Action::Edit(Edit::Delete),
        KeyCode::Left => Action::Edit(Edit::Left),
        KeyCode::Right => Action::Edit(Edit::Right),
        KeyCode::Home => Action::Edit(Edit::Start),
        KeyCode::End => Action::Edit(Edit::End),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Pane;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn browsing_keys() {
        let ctx = KeyContext::default();
        let table = [
            (press(KeyCode::Char('q')), Some(Action::Quit)),
            (ctrl('c'), Some(Action::Quit)),
            (press(KeyCode::Char('/')), Some(Action::OpenSearch)),
            (press(KeyCode::Char('?')), Some(Action::OpenHelp)),
            (press(KeyCode::Char('j')), Some(Action::Down)),
            (press(KeyCode::Up), Some(Action::Up)),
            (press(KeyCode::Char('3')), Some(Action::Focus(Pane::Skills))),
            (press(KeyCode::BackTab), Some(Action::FocusPrevious)),
            (press(KeyCode::Esc), Some(Action::Back)),
            (press(KeyCode::Char('[')), Some(Action::HistoryBack)),
            (press(KeyCode::Backspace), Some(Action::HistoryBack)),
            (press(KeyCode::F(5)), None),
        ];
        for (key, want) in table {
            assert_eq!(action_for_key(key, ctx), want, "{key:?}");
        }
    }

    #[test]
    fn letters_no_key_is_bound_to_start_a_search_with_them() {
        let ctx = KeyContext::default();
        assert_eq!(
            action_for_key(press(KeyCode::Char('z')), ctx),
            Some(Action::SearchWith("z".into()))
        );
        // Bound letters keep their meaning outside a kiosk.
        assert_eq!(
            action_for_key(press(KeyCode::Char('j')), ctx),
            Some(Action::Down)
        );
        assert_eq!(
            action_for_key(press(KeyCode::Char('q')), ctx),
            Some(Action::Quit)
        );
    }

    #[test]
    fn at_a_kiosk_every_character_starts_a_search() {
        let ctx = KeyContext {
            kiosk: true,
            ..KeyContext::default()
        };
        for c in ['d', 'q', 'l', 'g', '1', '4', '[', 'É'] {
            assert_eq!(
                action_for_key(press(KeyCode::Char(c)), ctx),
                Some(Action::SearchWith(c.to_string())),
                "{c:?}"
            );
        }
        assert_eq!(
            action_for_key(press(KeyCode::Char('?')), ctx),
            Some(Action::OpenHelp)
        );
        assert_eq!(
            action_for_key(press(KeyCode::Char(' ')), ctx),
            Some(Action::Toggle)
        );
        assert_eq!(
            action_for_key(press(KeyCode::Down), ctx),
            Some(Action::Down)
        );
        assert_eq!(action_for_key(ctrl('r'), ctx), Some(Action::StartOver));
    }

    #[test]
    fn releases_and_repeats_are_ignored() {
        for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
            for code in [KeyCode::Down, KeyCode::Char('q'), KeyCode::Enter] {
                let mut key = press(code);
                assert!(action_for_key(key, KeyContext::default()).is_some());
                key.kind = kind;
                assert_eq!(
                    action_for_key(key, KeyContext::default()),
                    None,
                    "{kind:?} {code:?}"
                );
            }
        }
    }

    #[test]
    fn letters_are_text_while_searching() {
        let ctx = KeyContext {
            searching: true,
            ..KeyContext::default()
        };
        assert_eq!(
            action_for_key(press(KeyCode::Char('q')), ctx),
            Some(Action::Edit(Edit::Insert('q')))
        );
        assert_eq!(action_for_key(press(KeyCode::Esc), ctx), Some(Action::Back));
        assert_eq!(action_for_key(ctrl('c'), ctx), Some(Action::Quit));
    }

    #[test]
    fn kiosk_visitors_cannot_quit() {
        let ctx = KeyContext {
            kiosk: true,
            ..KeyContext::default()
        };
        for key in [
            press(KeyCode::Char('q')),
            ctrl('c'),
            ctrl('d'),
            ctrl('z'),
            ctrl('\\'),
            press(KeyCode::Esc),
        ] {
            assert_ne!(action_for_key(key, ctx), Some(Action::Quit), "{key:?}");
        }
    }

    #[test]
    fn kiosk_exit_chord_quits() {
        let chord: Chord = "ctrl-alt-x".parse().expect("valid chord");
        let ctx = KeyContext {
            kiosk: true,
            exit_chord: Some(&chord),
            ..KeyContext::default()
        };
        let key = KeyEvent::new(
            KeyCode::Char('x'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        assert_eq!(action_for_key(key, ctx), Some(Action::Quit));
    }

    #[test]
    fn welcome_letter_starts_search() {
        let ctx = KeyContext {
            welcome: true,
            kiosk: true,
            ..KeyContext::default()
        };
        assert_eq!(
            action_for_key(press(KeyCode::Char('f')), ctx),
            Some(Action::SearchWith("f".into()))
        );
        assert_eq!(
            action_for_key(press(KeyCode::Enter), ctx),
            Some(Action::Activate)
        );
        assert_eq!(action_for_key(press(KeyCode::Tab), ctx), Some(Action::Down));
        assert_eq!(
            action_for_key(press(KeyCode::Esc), ctx),
            Some(Action::Browse)
        );
        assert_eq!(
            action_for_key(press(KeyCode::Char('?')), ctx),
            Some(Action::OpenHelp)
        );
    }
}
