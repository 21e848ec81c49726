//! Keys named as the keyboard in the language spoken names them: "Entrée",
//! "Échap" and "Maj" in French, never "Enter" beside "Entrée"; and keys
//! drawn by a symbol (⌫, ↑↓) as the symbol set draws them.

use crate::symbols::Symbols;
use crate::t;

/// `label` ("Tab   Shift-Tab", "Backspace   [   Alt-←") with each key's
/// name in the language spoken and its symbols in `symbols`' set
/// ("Alt-Left" in ASCII); letters, digits and signs stay as typed.
pub fn named(label: &str, symbols: &Symbols) -> String {
    let label = symbols.key(label);
    let mut out = String::with_capacity(label.len());
    let mut word = String::new();
    for c in label.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push_str(&name(&word).unwrap_or_else(|| word.clone()));
            word.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

/// The name of a key the keyboard labels with a word.
fn name(word: &str) -> Option<String> {
    Some(match word {
        "Enter" => t!("key-enter"),
        "Space" => t!("key-space"),
        "Esc" => t!("key-esc"),
        "Backspace" => t!("key-backspace"),
        "Delete" => t!("key-delete"),
        "Tab" => t!("key-tab"),
        "Shift" => t!("key-shift"),
        "PgUp" => t!("key-page-up"),
        "PgDn" => t!("key-page-down"),
        "Home" => t!("key-home"),
        "End" => t!("key-end"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, speaking};
    use crate::symbols::{ASCII, UNICODE};

    fn named(label: &str) -> String {
        super::named(label, &UNICODE)
    }

    #[test]
    fn keys_are_named_in_the_language_spoken() {
        speaking(Lang::Fr, || {
            assert_eq!(named("Tab   Shift-Tab"), "Tab   Maj-Tab");
            assert_eq!(named("Enter"), "Entrée");
            assert_eq!(named("Home End   g G"), "Début Fin   g G");
            assert_eq!(named("Ctrl-U"), "Ctrl-U");
        });
        speaking(Lang::En, || {
            assert_eq!(named("Backspace   [   Alt-←"), "Backspace   [   Alt-←");
            assert_eq!(
                super::named("Backspace   [   Alt-←", &ASCII),
                "Backspace   [   Alt-Left"
            );
            assert_eq!(super::named("↑↓", &ASCII), "Up/Dn");
        });
        speaking(Lang::Fr, || {
            // Symbols are named before words: "Left" is no key name.
            assert_eq!(super::named("⌫", &ASCII), "Bksp");
            assert_eq!(
                super::named("← →   Home End", &ASCII),
                "Left Right   Début Fin"
            );
        });
    }
}
