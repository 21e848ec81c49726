//! Cleaning of untrusted text before it is stored or shown.
//!
//! Role files are written by hand and copied from anywhere, so any string from
//! them may carry terminal escape sequences, control characters or invisible
//! Unicode that would reorder or hide text. Everything that reaches a terminal
//! goes through [`clean`] or [`clean_line`].

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;

/// Shown in place of anything that must not reach the terminal.
pub const PLACEHOLDER: char = '\u{FFFD}';

/// Cleans multi-line text: keeps line breaks, turns tabs into spaces and
/// replaces every escape sequence and control character with [`PLACEHOLDER`].
pub fn clean(text: &str) -> Cow<'_, str> {
    clean_with(text, true)
}

/// Cleans text meant for a single line: like [`clean`], but line breaks become
/// spaces too.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    clean_with(text, false)
}

/// Cleans text as [`clean`] does (or [`clean_line`], when not
/// `keep_newlines`), and trims white space from both ends; borrowed from
/// `text` where that changes nothing but the ends.
pub fn clean_trimmed(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    // Printable ASCII has no white space but spaces and line breaks: the
    // ends are trimmed byte by byte.
    if is_printable_ascii(text, keep_newlines) {
        return Cow::Borrowed(text.trim_ascii());
    }
    match clean_with(text, keep_newlines) {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim()),
        Cow::Owned(s) if s.trim().len() == s.len() => Cow::Owned(s),
        Cow::Owned(s) => Cow::Owned(s.trim().to_string()),
    }
}

fn clean_with(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    // Most text is printable ASCII: nothing to look at closely.
    if is_printable_ascii(text, keep_newlines) {
        return Cow::Borrowed(text);
    }
    let mut after_base = false;
    let plain_throughout = text.chars().all(|c| {
        let ok = (is_plain(c) && !is_unmeasurable(c) && (after_base || !is_combining_mark(c)))
            || (keep_newlines && c == '\n');
        after_base = !c.is_whitespace();
        ok
    });
    if plain_throughout {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // A combining mark with nothing before it to combine with takes no
        // room of its own, and terminals disagree about where it goes.
        let starts = out.chars().next_back().is_none_or(char::is_whitespace);
        match c {
            '\n' | '\u{2028}' | '\u{2029}' if keep_newlines => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if is_combining_mark(c) && starts => {}
            // Characters whose width terminals disagree about are replaced,
            // so no screen is left with stale cells or a broken border.
            '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}' => out.push(' '),
            '\u{1f1e6}'..='\u{1f1ff}' => out.push(PLACEHOLDER),
            // Joiners shape what is on both sides (a family emoji, a Persian
            // word); alone, they only hide things.
            c if is_joiner(c) => {
                if joins(out.chars().next_back(), chars.peek().copied()) {
                    out.push(c);
                }
            }
            VS16 => {
                if selects(out.chars().next_back()) {
                    out.push(c);
                }
            }
            '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' => {}
            '\u{1b}' => {
                skip_escape(&mut chars);
                out.push(PLACEHOLDER);
            }
            // C1 introducers of strings (DCS, SOS, OSC, PM, APC) swallow
            // everything up to their terminator, like their ESC forms.
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                skip_string_body(&mut chars);
                out.push(PLACEHOLDER);
            }
            '\u{9b}' => {
                skip_csi_body(&mut chars);
                out.push(PLACEHOLDER);
            }
            c if is_invisible(c) => {}
            c if is_plain(c) => out.push(c),
            _ => out.push(PLACEHOLDER),
        }
    }
    Cow::Owned(out)
}

/// Characters whose width cannot be measured the way every terminal will
/// draw them: Hangul fillers, regional indicators (flags), variation
/// selectors and skin-tone modifiers; and line and paragraph separators.
fn is_unmeasurable(c: char) -> bool {
    matches!(
        c,
        '\u{115f}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{ffa0}'
            | '\u{1f1e6}'..='\u{1f1ff}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{1f3fb}'..='\u{1f3ff}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The variation selector that asks for an emoji's colour form.
const VS16: char = '\u{fe0f}';

fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}')
}

/// A character a joiner can stand beside: a letter, a digit, or a symbol
/// such as an emoji, printed as it is.
fn is_shaped(c: char) -> bool {
    let symbol = c as u32 >= 0x2100 && c != PLACEHOLDER && !is_combining_mark(c);
    (c.is_alphanumeric() || symbol) && is_plain(c) && !is_unmeasurable(c) && !c.is_whitespace()
}

/// Whether a joiner between `before` (already cleaned) and `after` shapes
/// them; `before` may end in a mark or a selector of its own.
fn joins(before: Option<char>, after: Option<char>) -> bool {
    let before_ok = before
        .is_some_and(|b| is_shaped(b) || b == VS16 || (is_combining_mark(b) && b != PLACEHOLDER));
    before_ok && after.is_some_and(is_shaped)
}

/// Whether an emoji selector after `before` (already cleaned) selects it.
fn selects(before: Option<char>) -> bool {
    before.is_some_and(is_shaped)
}

/// Whether `text` is printable ASCII throughout (line breaks allowed if
/// `newlines`). Looked at eight bytes at a time as one number: every role
/// text is checked at every load, most of them a few words long.
fn is_printable_ascii(text: &str, newlines: bool) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let printable = |b: u8| (b.wrapping_sub(0x20) < 0x5f) | (newlines & (b == b'\n'));
    let mut words = text.as_bytes().chunks_exact(8);
    let whole = words.by_ref().all(|word| {
        let Ok(bytes) = <[u8; 8]>::try_from(word) else {
            return false;
        };
        let w = u64::from_ne_bytes(bytes);
        // Some byte below ' ' (0x20), or some byte above '~' (0x7e).
        let below = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        let above = (w.wrapping_add(ONES) | w) & HIGH;
        (below | above) == 0 || (newlines && above == 0 && word.iter().all(|&b| printable(b)))
    });
    whole && words.remainder().iter().all(|&b| printable(b))
}

/// A character that can be printed as it is.
fn is_plain(c: char) -> bool {
    !(c.is_control() || is_bidi_control(c) || is_invisible(c))
}

/// Characters that change the direction of the text around them; shown as a
/// placeholder so that nobody can make a title read differently than it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Zero-width and formatting characters that are dropped: they have no width,
/// so terminals disagree about them and they can hide text inside a word. Tag
/// characters (U+E0000–U+E007F) are invisible copies of ASCII that can smuggle
/// a hidden message along with a visible one.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'..='\u{2064}'
            | '\u{feff}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

/// At most `max` characters of `text` on one line, cleaned, with "…" where
/// the rest was cut: for quoting what a user wrote inside a message, where a
/// key or id pasted by mistake could otherwise be a megabyte long.
pub fn excerpt(text: &str, max: usize) -> String {
    let line = clean_line(text);
    let mut chars = line.chars();
    let mut out: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Consumes the rest of an escape sequence that began with ESC.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi_body(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string_body(chars);
        }
        // Intermediate bytes, then one final byte (e.g. ESC ( B).
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// Parameters and intermediates, then the final byte of a CSI sequence.
fn skip_csi_body(chars: &mut Chars<'_>) {
    while chars
        .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
        .is_some()
    {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

/// The body of an OSC/DCS/SOS/PM/APC string, up to BEL, ST (ESC \) or C1 ST.
fn skip_string_body(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{07}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_ascii_is_told_apart_wherever_a_control_character_falls() {
        for len in [0, 1, 15, 16, 17, 31, 32, 33, 100] {
            let plain = "a".repeat(len);
            assert!(is_printable_ascii(&plain, false), "{len}");
            for at in 0..len {
                for bad in ['\u{1b}', '\u{1f}', '\u{7f}', '\u{80}', 'ÿ', '\n', '\t', 'é'] {
                    let mut text = plain.clone();
                    text.replace_range(at..at + 1, &bad.to_string());
                    let allowed = bad == '\n';
                    assert!(!is_printable_ascii(&text, false), "{len} {at} {bad:?}");
                    assert_eq!(
                        is_printable_ascii(&text, true),
                        allowed,
                        "{len} {at} {bad:?}"
                    );
                }
            }
        }
        assert!(is_printable_ascii(" ~", false));
        assert!(is_printable_ascii(
            " !~}|{`_^]\\[@?>=<;:/.-,+*)('&%$#\"",
            false
        ));
        assert!(is_printable_ascii("a line\nand another line\n", true));
    }

    #[test]
    fn trimmed_text_loses_only_its_ends() {
        for (text, line, kept) in [
            ("  Sound Editor \n", true, "Sound Editor"),
            ("\n Mix\nand master \n", false, "Mix\nand master"),
            ("\u{a0}Régie\u{2003}", true, "Régie"),
            ("\t Foley\u{1b}[31m ", true, "Foley\u{FFFD}"),
            ("   ", true, ""),
        ] {
            let trimmed = clean_trimmed(text, !line);
            let cleaned = if line { clean_line(text) } else { clean(text) };
            assert_eq!(trimmed, kept, "{text:?}");
            assert_eq!(trimmed, cleaned.trim(), "{text:?}");
        }
        assert!(matches!(
            clean_trimmed(" Mixer ", false),
            Cow::Borrowed("Mixer")
        ));
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(clean("Régisseur 作曲家 🎧"), Cow::Borrowed(_)));
    }

    #[test]
    fn what_terminals_cannot_agree_on_the_width_of_is_replaced() {
        // A flag, a skin tone, an emoji variation selector, the Hangul filler.
        assert_eq!(clean_line("CA🇨🇦!"), "CA\u{FFFD}\u{FFFD}!");
        assert_eq!(clean_line("👍🏽 ok"), "👍 ok");
        assert_eq!(clean_line("\u{fe0e}x"), "x");
        assert_eq!(clean_line("a\u{3164}b"), "a b");
        // A combining mark with nothing to combine with is dropped; after a
        // letter it stays.
        assert_eq!(clean_line("\u{301}Re\u{301}gie"), "Re\u{301}gie");
        assert_eq!(clean_line("x \u{308}y"), "x y");
        // Line and paragraph separators never reach a one-line title.
        assert_eq!(clean_line("a\u{2028}b\u{2029}c"), "a b c");
        assert_eq!(clean("a\u{2028}b"), "a\nb");
    }

    #[test]
    fn joiners_that_shape_text_are_kept_and_stray_ones_dropped() {
        // A family emoji, a heart on fire, a Persian word with its
        // non-joiner, an emoji in its colour form.
        for shaped in [
            "👩\u{200d}👩\u{200d}👧",
            "❤\u{fe0f}\u{200d}🔥",
            "می\u{200c}خواهم",
            "❤\u{fe0f} ok",
            "a\u{200d}b",
        ] {
            assert_eq!(clean_line(shaped), shaped);
            assert_eq!(clean(shaped), shaped);
        }
        // Joiners at the ends, beside spaces or each other, and selectors
        // with nothing to select hide nothing and shape nothing.
        assert_eq!(clean_line("\u{200d}a\u{200d}"), "a");
        assert_eq!(clean_line("a \u{200c}b"), "a b");
        assert_eq!(clean_line("a\u{200d}\u{200d}b"), "a\u{200d}b");
        assert_eq!(clean_line("\u{fe0f}a \u{fe0f}"), "a ");
        assert_eq!(clean_line("a\u{fe0f}\u{fe0f}"), "a\u{fe0f}");
        // Nor does a joiner next to a control or a bidi character.
        assert_eq!(clean_line("a\u{200d}\u{202e}b"), "a\u{FFFD}b");
    }

    #[test]
    fn whole_escape_sequences_become_one_placeholder() {
        assert_eq!(clean("a\u{1b}]0;PWNED\u{7}b"), "a\u{FFFD}b");
        assert_eq!(clean("a\u{1b}]52;c;aGk=\u{1b}\\b"), "a\u{FFFD}b");
        assert_eq!(clean("\u{1b}[2J\u{1b}[31mred"), "\u{FFFD}\u{FFFD}red");
        assert_eq!(clean("x\u{9b}31my"), "x\u{FFFD}y");
        assert_eq!(clean("x\u{1b}Pdcs data\u{1b}\\y"), "x\u{FFFD}y");
        assert_eq!(clean("x\u{1b}(By"), "x\u{FFFD}y");
    }

    #[test]
    fn controls_and_bidi_are_visible_and_invisibles_dropped() {
        assert_eq!(
            clean("a\u{0}b\u{7f}c\u{85}d"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"
        );
        assert_eq!(clean("abc\u{202e}fed"), "abc\u{FFFD}fed");
        assert_eq!(clean("in\u{200b}visible\u{feff}"), "invisible");
        // "hi" followed by tag characters spelling "ok": only "hi" is shown.
        assert_eq!(clean("hi\u{e006f}\u{e006b}"), "hi");
    }

    #[test]
    fn excerpts_are_cut_with_an_ellipsis_and_cleaned() {
        assert_eq!(excerpt("skils", 60), "skils");
        assert_eq!(excerpt(&"a".repeat(100), 5), "aaaaa…");
        assert_eq!(excerpt("a\u{1b}[31mb", 60), "a\u{FFFD}b");
        assert_eq!(excerpt("ééé", 3), "ééé");
    }

    #[test]
    fn line_breaks_kept_only_where_asked() {
        assert_eq!(clean("one\r\ntwo\tthree"), "one\ntwo three");
        assert_eq!(clean_line("one\r\ntwo\nthree"), "one two three");
    }

    #[test]
    fn unterminated_sequences_end_the_text() {
        assert_eq!(clean("a\u{1b}]0;never ends"), "a\u{FFFD}");
        assert_eq!(clean("a\u{1b}"), "a\u{FFFD}");
        assert_eq!(clean("a\u{1b}["), "a\u{FFFD}");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text with plenty of what terminals react to: ESC, CSI and OSC
    /// introducers, C0 and C1 controls, bidi and invisible characters.
    fn hostile_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            any::<char>().prop_map(String::from),
            Just("\u{1b}".to_string()),
            Just("\u{1b}[".to_string()),
            Just("\u{1b}]".to_string()),
            Just("\u{1b}P".to_string()),
            Just("\u{1b}\\".to_string()),
            Just("\u{7}".to_string()),
            Just("\r\n".to_string()),
            (0x80u32..0xa0).prop_map(|c| char::from_u32(c).unwrap().to_string()),
            (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap().to_string()),
            prop::sample::select(vec![
                "\u{200d}",
                "\u{200c}",
                "\u{fe0f}",
                "👩",
                "ب",
                "\u{202e}",
                "\u{2066}",
                "\u{200b}",
                "\u{feff}",
                "\u{e0041}"
            ])
            .prop_map(str::to_string),
            "[a-z0-9;\\[\\] ]{0,4}",
        ];
        prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    /// Every joiner left stands between two characters it can join, every
    /// emoji selector after a character it can select.
    fn assert_joiners_shape(text: &str) -> Result<(), TestCaseError> {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|b| chars[b]);
            let after = chars.get(i + 1).copied();
            if is_joiner(c) {
                prop_assert!(joins(before, after), "{:?} at {} in {:?}", c, i, text);
            }
            if c == VS16 {
                prop_assert!(selects(before), "VS16 at {} in {:?}", i, text);
            }
        }
        Ok(())
    }

    /// Words in scripts and emoji that joiners shape, joined by them.
    fn joined_words() -> impl Strategy<Value = String> {
        let shaped =
            prop::sample::select(vec!["a", "é", "ب", "ی", "क", "👩", "👧", "❤", "🔥", "1"]);
        let joint = prop::sample::select(vec![
            "",
            "\u{200d}",
            "\u{200c}",
            "\u{fe0f}",
            "\u{fe0f}\u{200d}",
        ]);
        prop::collection::vec((shaped, joint), 1..8).prop_map(|parts| {
            let mut text = String::new();
            for (i, (s, j)) in parts.iter().enumerate() {
                text.push_str(s);
                if i + 1 < parts.len() {
                    text.push_str(j);
                }
            }
            text
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn joiners_between_what_they_shape_are_kept(text in joined_words()) {
            prop_assert_eq!(clean_line(&text), text.as_str());
            prop_assert_eq!(clean(&text), text.as_str());
        }

        #[test]
        fn cleaned_text_has_no_controls_and_cleaning_twice_changes_nothing(text in hostile_text()) {
            let once = clean(&text);
            prop_assert!(!once.chars().any(|c| c != '\n' && c.is_control()), "{:?}", once);
            prop_assert!(!once.chars().any(|c| is_bidi_control(c) || (is_invisible(c) && !is_joiner(c))), "{:?}", once);
            assert_joiners_shape(&once)?;
            prop_assert_eq!(clean(&once), once.clone());

            let line = clean_line(&text);
            prop_assert!(!line.chars().any(char::is_control), "{:?}", line);
            prop_assert!(!line.contains('\x1b'), "{:?}", line);
            prop_assert_eq!(clean_line(&line), line.clone());
        }

        #[test]
        fn printable_text_passes_unchanged(text in "\\PC{0,40}") {
            prop_assume!(text.chars().all(|c| is_plain(c) && !is_unmeasurable(c)));
            let mut previous = ' ';
            prop_assume!(text.chars().all(|c| {
                let lone = is_combining_mark(c) && previous.is_whitespace();
                previous = c;
                !lone
            }));
            prop_assert_eq!(clean(&text), text.as_str());
            prop_assert_eq!(clean_line(&text), text.as_str());
        }
    }
}
