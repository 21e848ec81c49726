//! Key chords written as text, such as the kiosk's staff exit `ctrl-alt-x`.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with the modifiers that must be held with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chord {
    modifiers: KeyModifiers,
    code: KeyCode,
    text: String,
}

impl Chord {
    /// True when `key` is this chord. Letters match in either case, since
    /// terminals differ in what they report with Shift held.
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let wanted = self.modifiers - KeyModifiers::SHIFT;
        let held = key.modifiers - KeyModifiers::SHIFT;
        if wanted != held {
            return false;
        }
        match (self.code, key.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a.eq_ignore_ascii_case(&b),
            (a, b) => a == b,
        }
    }
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Chord {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim().to_lowercase();
        let mut modifiers = KeyModifiers::NONE;
        let mut parts: Vec<&str> = text.split(['-', '+']).collect();
        // "ctrl--" would split into an empty last part: the key is '-'.
        if text.ends_with("--") || text.ends_with("+-") {
            parts.retain(|p| !p.is_empty());
            parts.push("-");
        }
        let key = parts
            .pop()
            .filter(|k| !k.is_empty())
            .ok_or_else(|| crate::t!("chord-no-key", chord = s))?;
        for part in parts {
            modifiers |= match part {
                "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
                "alt" | "meta" | "m" | "a" => KeyModifiers::ALT,
                "shift" | "s" => KeyModifiers::SHIFT,
                "super" | "cmd" => KeyModifiers::SUPER,
                other => {
                    return Err(crate::t!("chord-not-modifier", part = other, chord = s));
                }
            };
        }
        let code = match key {
            "esc" | "escape" => KeyCode::Esc,
            "enter" | "return" => KeyCode::Enter,
            "tab" => KeyCode::Tab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            k if k.starts_with('f') && k.len() > 1 => match k[1..].parse::<u8>() {
                Ok(n @ 1..=24) => KeyCode::F(n),
                _ => return Err(crate::t!("chord-not-key", key = k)),
            },
            k if k.chars().count() == 1 => KeyCode::Char(k.chars().next().unwrap_or(' ')),
            k => return Err(crate::t!("chord-not-key", key = k)),
        };
        if !deliverable(modifiers, code) {
            return Err(crate::t!("chord-refused", chord = s));
        }
        Ok(Chord {
            modifiers,
            code,
            text,
        })
    }
}

/// Whether a terminal sends this chord as a key of its own, which a visitor
/// does not press by habit: Ctrl and Alt together with a letter (Ctrl-H, -I,
/// -J and -M are Backspace, Tab and Enter to a terminal). Ctrl alone (Ctrl-C,
/// Ctrl-D, Ctrl-Z…) is pressed out of habit, Alt alone is Esc and a key typed
/// quickly, Super never reaches a terminal, Ctrl with a digit or a sign
/// mostly arrives as something else, and function keys with Ctrl or Alt are
/// taken by the Linux console (Alt-F1… switch consoles; Ctrl-F1 arrives as
/// F1), where a kiosk service runs.
fn deliverable(modifiers: KeyModifiers, code: KeyCode) -> bool {
    let held = modifiers - KeyModifiers::SHIFT;
    let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
    match code {
        KeyCode::Char(c) if c.is_ascii_lowercase() => {
            held == ctrl_alt && !matches!(c, 'h' | 'i' | 'j' | 'm')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_matches() {
        let chord: Chord = "Ctrl-Alt-X".parse().expect("valid");
        let key = KeyEvent::new(
            KeyCode::Char('X'),
            KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT,
        );
        assert!(chord.matches(&key));
        let plain = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL);
        assert!(!chord.matches(&plain));
    }

    #[test]
    fn rejects_chords_a_visitor_could_type_or_a_terminal_cannot_send() {
        for chord in [
            "x",
            "shift-x",
            "hyper-x",
            "ctrl-",
            "ctrl-f99",
            "ctrl-c",
            "ctrl-d",
            "ctrl-z",
            "ctrl-q",
            "alt-x",
            "super-x",
            "ctrl-alt-m",
            "ctrl-alt-i",
            "ctrl-[",
            "ctrl-i",
            "ctrl-4",
            "ctrl-alt-1",
            "ctrl-alt-esc",
            "ctrl-f13",
            "ctrl-f12",
            "alt-f1",
            "ctrl-alt-f5",
        ] {
            let refused = chord.parse::<Chord>();
            assert!(refused.is_err(), "{chord} accepted");
        }
        for chord in ["ctrl-alt-x", "ctrl-alt-q", "Ctrl-Alt-K"] {
            assert!(chord.parse::<Chord>().is_ok(), "{chord} refused");
        }
        let said = "ctrl-c".parse::<Chord>().unwrap_err();
        assert!(said.contains("ctrl-alt-x"), "{said}");
    }
}
