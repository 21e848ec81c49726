//! The key table's promises: every key reachable, none bound twice, help
//! and the bar naming only keys that work where they are shown.

use super::*;
use crate::app::Overlay;

const ALL_LAYERS: [Layer; 9] = [
    Layer::Welcome,
    Layer::SearchBox,
    Layer::Help,
    Layer::Problems,
    Layer::Compare,
    Layer::Fits,
    Layer::Browsing,
    Layer::Anywhere,
    Layer::Typing,
];

fn overlays() -> [Option<Overlay>; 7] {
    [
        None,
        Some(Overlay::Welcome),
        Some(Overlay::Search),
        Some(Overlay::Fits),
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
            if let Some(bar) = b.bar {
                assert!(
                    !bar.key.is_empty() && !bar.what.is_empty(),
                    "{:?}",
                    b.action
                );
            }
            if b.typed.is_some() && b.help.is_some() {
                assert!(b.keys_called.is_some(), "{:?}", b.keys);
            }
        }
    }
}

#[test]
fn every_help_line_and_hint_is_said_in_every_language() {
    use crate::i18n::{Lang, tr_in};
    for layer in ALL_LAYERS {
        let ids = layer.bindings().flat_map(|b| {
            let bar_key = b.bar.filter(|_| b.typed.is_some()).map(|bar| bar.key);
            b.help
                .into_iter()
                .chain(b.keys_called)
                .chain(b.bar.map(|bar| bar.what))
                .chain(bar_key)
        });
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
                    .find(|b| b.action == action && b.bar.is_some_and(|bar| bar.key == hint.key))
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

/// A binding no key reaches in any layers in use does nothing: it would be
/// a line of the table to read for no key.
#[test]
fn every_binding_is_reached_by_a_key_somewhere() {
    for kiosk in [false, true] {
        for layer in ALL_LAYERS {
            for b in layer.bindings().filter(|b| b.applies_to(kiosk)) {
                let reached = overlays().into_iter().any(|overlay| {
                    let layers = stack(overlay, kiosk);
                    reachable(&layers, kiosk)
                        .into_iter()
                        .any(|(_, r, keys)| std::ptr::eq(r, b) && !keys.is_empty())
                });
                assert!(reached, "{:?} in {layer:?}, kiosk {kiosk}", b.keys);
            }
        }
    }
}

/// Help gathers the bindings of one message on one line; they stand
/// together in the table, so that it reads as help does.
#[test]
fn the_bindings_of_a_help_line_stand_together_in_the_table() {
    for kiosk in [false, true] {
        for overlay in overlays() {
            let layers = stack(overlay, kiosk);
            let ids: Vec<&str> = reachable(&layers, kiosk)
                .into_iter()
                .filter_map(|(_, b, _)| b.help)
                .collect();
            for (i, id) in ids.iter().enumerate() {
                let last = ids.iter().rposition(|other| other == id).unwrap_or(i);
                assert!(
                    ids[i..=last].iter().all(|other| other == id),
                    "{id} is split in {overlay:?}, kiosk {kiosk}: {ids:?}"
                );
            }
        }
    }
}

/// In the problems window ↑↓ choose a problem for Enter to open: the bar
/// says so, in both languages, and the other windows still scroll.
#[test]
fn the_problems_window_bar_names_choosing() {
    use crate::i18n::{Lang, speaking};
    let bar = |overlay, lang| {
        let layers = stack(Some(overlay), false);
        speaking(lang, || hints_in(&layers, Pane::Tree, false))
    };
    let arrows = |hints: Vec<BarHint>| {
        hints
            .into_iter()
            .find(|h| h.key == "↑↓")
            .map(|h| h.what)
            .unwrap_or_default()
    };
    assert_eq!(arrows(bar(Overlay::Problems, Lang::En)), "choose");
    assert_eq!(arrows(bar(Overlay::Problems, Lang::Fr)), "choisir");
    assert_eq!(arrows(bar(Overlay::Help, Lang::En)), "scroll");
    assert_eq!(arrows(bar(Overlay::Help, Lang::Fr)), "défiler");
}
