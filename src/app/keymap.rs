//! Keys to actions: a pure function of the key and the layers on screen,
//! looked up in the one key table of [`super::bindings`], top layer first.

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::action::Action;
use super::bindings::{self, Layer};
use super::chord::Chord;

/// What decides the meaning of a key.
#[derive(Clone, Copy, Debug)]
pub struct KeyContext<'a> {
    /// The layers on screen, top first ([`bindings::stack`]).
    pub layers: &'a [Layer],
    pub kiosk: bool,
    /// Kiosk: the staff exit chord, if set.
    pub exit_chord: Option<&'a Chord>,
}

/// The action a key press asks for, if any: the staff exit chord, else what
/// the first layer that takes the key says.
pub fn action_for_key(key: KeyEvent, ctx: KeyContext<'_>) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if let Some(chord) = ctx.exit_chord
        && chord.matches(&key)
    {
        return Some(Action::Quit);
    }
    bindings::route(ctx.layers, &key, ctx.kiosk)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Overlay;
    use crate::app::action::{Edit, Pane};
    use crate::app::bindings::stack;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    /// The action for `key` with `overlay` on screen.
    fn on(overlay: Option<Overlay>, kiosk: bool, key: KeyEvent) -> Option<Action> {
        let layers = stack(overlay, kiosk);
        action_for_key(
            key,
            KeyContext {
                layers: &layers,
                kiosk,
                exit_chord: None,
            },
        )
    }

    fn browsing(key: KeyEvent) -> Option<Action> {
        on(None, false, key)
    }

    fn kiosk(key: KeyEvent) -> Option<Action> {
        on(None, true, key)
    }

    #[test]
    fn browsing_keys() {
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
            assert_eq!(browsing(key), want, "{key:?}");
        }
    }

    #[test]
    fn letters_no_key_is_bound_to_start_a_search_with_them() {
        assert_eq!(
            browsing(press(KeyCode::Char('z'))),
            Some(Action::SearchWith("z".into()))
        );
        // Bound letters keep their meaning outside a kiosk.
        assert_eq!(browsing(press(KeyCode::Char('j'))), Some(Action::Down));
        assert_eq!(browsing(press(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(browsing(press(KeyCode::Char(' '))), Some(Action::Toggle));
    }

    #[test]
    fn at_a_kiosk_every_character_starts_a_search() {
        for c in ['d', 'q', 'l', 'g', '0', '5', '9', '[', 'É'] {
            assert_eq!(
                kiosk(press(KeyCode::Char(c))),
                Some(Action::SearchWith(c.to_string())),
                "{c:?}"
            );
        }
        assert_eq!(kiosk(press(KeyCode::Char('?'))), Some(Action::OpenHelp));
        assert_eq!(kiosk(press(KeyCode::Char(' '))), Some(Action::Toggle));
        assert_eq!(kiosk(press(KeyCode::Down)), Some(Action::Down));
        assert_eq!(kiosk(ctrl('r')), Some(Action::StartOver));
        // The digits of the tabs choose panes, never a search.
        assert_eq!(
            kiosk(press(KeyCode::Char('2'))),
            Some(Action::Focus(Pane::Detail))
        );
        assert_eq!(
            kiosk(press(KeyCode::Char('4'))),
            Some(Action::Focus(Pane::Ladder))
        );
    }

    #[test]
    fn releases_and_repeats_are_ignored() {
        for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
            for code in [KeyCode::Down, KeyCode::Char('q'), KeyCode::Enter] {
                let mut key = press(code);
                assert!(browsing(key).is_some());
                key.kind = kind;
                assert_eq!(browsing(key), None, "{kind:?} {code:?}");
            }
        }
    }

    #[test]
    fn letters_are_text_in_the_search_box_and_its_keys_come_first() {
        let search = |key| on(Some(Overlay::Search), false, key);
        assert_eq!(
            search(press(KeyCode::Char('q'))),
            Some(Action::Edit(Edit::Insert('q')))
        );
        assert_eq!(
            search(press(KeyCode::Char(' '))),
            Some(Action::Edit(Edit::Insert(' ')))
        );
        assert_eq!(search(press(KeyCode::Esc)), Some(Action::Back));
        assert_eq!(search(press(KeyCode::Enter)), Some(Action::OpenChosen));
        assert_eq!(search(press(KeyCode::Tab)), Some(Action::Choose(1)));
        assert_eq!(search(ctrl('u')), Some(Action::Edit(Edit::Clear)));
        // What the box does not take, the keys that work anywhere do.
        assert_eq!(search(ctrl('c')), Some(Action::Quit));
        assert_eq!(search(ctrl('l')), Some(Action::SwitchLanguage));
        assert_eq!(search(ctrl('d')), None);
    }

    #[test]
    fn windows_scroll_close_and_leave_the_panes_alone() {
        for overlay in [
            Overlay::Help,
            Overlay::Problems,
            Overlay::Compare {
                a: 0,
                b: 1,
                path: false,
            },
        ] {
            let window = |key| on(Some(overlay), false, key);
            assert_eq!(
                window(press(KeyCode::Char('j'))),
                Some(Action::ScrollOverlay(1))
            );
            assert_eq!(window(press(KeyCode::End)), Some(Action::OverlayBottom));
            assert_eq!(window(press(KeyCode::Char('g'))), Some(Action::OverlayTop));
            let enter = if overlay == Overlay::Problems {
                Action::OpenProblem
            } else {
                Action::Back
            };
            assert_eq!(window(press(KeyCode::Enter)), Some(enter));
            assert_eq!(window(press(KeyCode::Esc)), Some(Action::Back));
            assert_eq!(window(press(KeyCode::Char('q'))), Some(Action::Quit));
            // The panes' keys stay with the panes: a letter no window key
            // uses starts a search, as it does over the panes.
            assert_eq!(
                window(press(KeyCode::Char('3'))),
                Some(Action::SearchWith("3".into())),
                "{overlay:?}"
            );
            assert_eq!(window(press(KeyCode::Left)), None, "{overlay:?}");
            assert_eq!(window(press(KeyCode::Backspace)), None, "{overlay:?}");
        }
        let compare = Some(Overlay::Compare {
            a: 0,
            b: 1,
            path: false,
        });
        assert_eq!(
            on(compare, false, press(KeyCode::Tab)),
            Some(Action::ToggleRoute)
        );
        assert_eq!(on(compare, true, ctrl('k')), Some(Action::ToggleRoute));
    }

    #[test]
    fn kiosk_visitors_cannot_quit() {
        for overlay in [
            None,
            Some(Overlay::Search),
            Some(Overlay::Help),
            Some(Overlay::Welcome),
        ] {
            for key in [
                press(KeyCode::Char('q')),
                ctrl('c'),
                ctrl('d'),
                ctrl('z'),
                ctrl('\\'),
                press(KeyCode::Esc),
            ] {
                assert_ne!(on(overlay, true, key), Some(Action::Quit), "{key:?}");
            }
        }
    }

    #[test]
    fn kiosk_exit_chord_quits() {
        let chord: Chord = "ctrl-alt-x".parse().expect("valid chord");
        let layers = stack(None, true);
        let ctx = KeyContext {
            layers: &layers,
            kiosk: true,
            exit_chord: Some(&chord),
        };
        let key = KeyEvent::new(
            KeyCode::Char('x'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        assert_eq!(action_for_key(key, ctx), Some(Action::Quit));
    }

    #[test]
    fn welcome_letter_starts_search() {
        let welcome = |key| on(Some(Overlay::Welcome), true, key);
        assert_eq!(
            welcome(press(KeyCode::Char('f'))),
            Some(Action::SearchWith("f".into()))
        );
        // Enter runs the example search chosen, or browses without one.
        assert_eq!(welcome(press(KeyCode::Enter)), Some(Action::Activate));
        assert_eq!(welcome(press(KeyCode::Tab)), Some(Action::Down));
        assert_eq!(welcome(ctrl('f')), Some(Action::OpenFits));
        assert_eq!(welcome(press(KeyCode::Esc)), Some(Action::Browse));
        assert_eq!(welcome(press(KeyCode::Char('?'))), Some(Action::OpenHelp));
        assert_eq!(welcome(ctrl('l')), Some(Action::SwitchLanguage));
    }
}
