//! The scale every match is measured on: how well one query word matched one
//! text (its quality), and the bonuses a text earns for holding several query
//! words, in order, or for being nothing but what was typed.
//!
//! Qualities come in bands that never overlap, so the kind of a match can be
//! read back from its quality alone:
//!
//! | kind | quality | example (typed → text) |
//! | --- | --- | --- |
//! | the whole word | 100 | `mixer` → Mixer |
//! | another form of the word | 95 | `mixing` → Mixer, `colour` → Color |
//! | the start of a word | 60–90 (more for more of the word) | `rec` → Recording |
//! | a synonym the library lists | 59 | `movie` → Film |
//! | the initials of a title | 58 | `bdm` → Business Development Manager |
//! | a typo of a word or its start | 50–57 | `compozer` → Composer |
//! | letters in order inside one word | 30–49 | `edtr` → Editor |
//! | letters spread over several words (weak) | 1–29 | `evil` → crEatiVe vIsion… |
//!
//! Weak matches are only looked for when nothing else matched, and are shown
//! apart from real results.

/// The kind of a match, from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    Word,
    Form,
    Prefix,
    Synonym,
    Initials,
    Typo,
    InWord,
    Weak,
}

pub(crate) const EXACT: u8 = 100;
/// Another form of the word ("mixing" for "mixer"; "colour" for "color").
pub(crate) const FORM: u8 = 95;
pub(crate) const FORM_MIN: u8 = 91;
pub(crate) const PREFIX_MAX: u8 = 90;
pub(crate) const PREFIX_MIN: u8 = 60;
/// A typo: [one edit, two edits] from a whole word, and from a word's start.
pub(crate) const TYPO_WHOLE: [u8; 2] = [57, 52];
pub(crate) const TYPO_PREFIX: [u8; 2] = [54, 50];
pub(crate) const TYPO_MIN: u8 = 50;
/// A word the library lists as meaning the same ("movie" for "film"): a
/// word the visitor did not type, so below every start of one they did,
/// and above any guess at a typo.
pub(crate) const SYNONYM: u8 = 59;
/// The initials of a title: below every real word, above every typo.
pub(crate) const INITIALS: u8 = 58;
pub(crate) const IN_WORD_MAX: u8 = 49;
pub(crate) const IN_WORD_MIN: u8 = 30;
pub(crate) const WEAK_MAX: u8 = 29;
pub(crate) const WEAK_MIN: u8 = 1;

// The bands, best first, never overlap.
const _: () = assert!(EXACT > FORM && FORM >= FORM_MIN && FORM_MIN > PREFIX_MAX);
const _: () = assert!(PREFIX_MIN > SYNONYM && SYNONYM > INITIALS && INITIALS > TYPO_WHOLE[0]);

/// Which kind of match a quality above 0 stands for.
pub(crate) fn kind(quality: u8) -> Kind {
    match quality {
        EXACT.. => Kind::Word,
        FORM_MIN.. => Kind::Form,
        PREFIX_MIN.. => Kind::Prefix,
        SYNONYM => Kind::Synonym,
        INITIALS => Kind::Initials,
        TYPO_MIN.. => Kind::Typo,
        IN_WORD_MIN.. => Kind::InWord,
        _ => Kind::Weak,
    }
}

/// A word start covering more of the word is closer to what was meant.
pub(crate) fn prefix_quality(typed_chars: usize, word_chars: usize) -> u8 {
    let span = u32::from(PREFIX_MAX - PREFIX_MIN);
    let covered = span * typed_chars as u32 / word_chars.max(1) as u32;
    PREFIX_MIN + covered.min(span) as u8
}

/// Letters found in order inside one word: better the more of the word they
/// cover and the fewer pieces they fall into ("edtr" in "editor": e·d·t·r is
/// two side by side and two alone, three pieces).
pub(crate) fn in_word_quality(typed_chars: usize, word_chars: usize, pieces: usize) -> u8 {
    let span = u32::from(IN_WORD_MAX - IN_WORD_MIN);
    let covered = span * typed_chars as u32 / word_chars.max(1) as u32;
    let cost = 4 * pieces.saturating_sub(1) as u32;
    let q = u32::from(IN_WORD_MIN) + covered.min(span).saturating_sub(cost);
    q.clamp(u32::from(IN_WORD_MIN), u32::from(IN_WORD_MAX)) as u8
}

/// What a match of quality `q` counts for in the share of a text's words
/// the query stands for: another form or a synonym half as much, so the
/// word as typed ("edit" in "Edit Checker") stays above a shorter text
/// holding another form of it ("Editor").
pub(crate) fn covering(q: u8) -> u32 {
    match kind(q) {
        Kind::Form | Kind::Synonym => u32::from(q) / 2,
        _ => u32::from(q),
    }
}

/// Letters spread over several words: fewer pieces are a likelier guess.
pub(crate) fn weak_quality(pieces: usize) -> u8 {
    let cost = 3 * pieces.saturating_sub(1);
    let q = usize::from(WEAK_MAX).saturating_sub(cost);
    q.max(usize::from(WEAK_MIN)) as u8
}

// Bonuses a text earns, each times its field's weight.

/// For every query word beyond the first that the same text holds: "dialog
/// editor" prefers a role with one title holding both words over one with
/// each word in a different field.
pub(crate) const TOGETHER: u32 = 10;
/// When the words a text holds come in the order they were typed.
pub(crate) const IN_ORDER: u32 = 10;
/// Times the share of the text's words the query stands for: typing a whole
/// alias ("lawn mower operator") beats the same words inside a longer title,
/// and the skill "storytelling" beats "storytelling through sound".
pub(crate) const COVERAGE: u32 = 60;
/// When a text is the query and nothing more, every word typed in order:
/// a whole alias typed exactly beats its words spread over a role's title
/// and several shorter aliases ("harbour lead hand" is one role's alias,
/// while another has "Harbour Worker", "Harbour Hand" and "Lead Port
/// Worker").
pub(crate) const WHOLE: u32 = 30;

/// For every needed query word that prose (a description, a duty) holds
/// close to the others, from [`CLOSE_MIN_WORDS`] of them: a sentence that
/// says what the visitor described beats an alias sharing one word with it.
/// Not scaled by the field's weight, which is low for prose.
pub(crate) const CLOSE: u32 = 300;
pub(crate) const CLOSE_MIN_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quality_reads_back_as_its_kind() {
        assert_eq!(kind(EXACT), Kind::Word);
        assert_eq!(kind(FORM), Kind::Form);
        assert_eq!(kind(SYNONYM), Kind::Synonym);
        assert_eq!(kind(INITIALS), Kind::Initials);
        for q in PREFIX_MIN..=PREFIX_MAX {
            assert_eq!(kind(q), Kind::Prefix);
        }
        for q in TYPO_WHOLE.into_iter().chain(TYPO_PREFIX) {
            assert_eq!(kind(q), Kind::Typo);
        }
        for q in IN_WORD_MIN..=IN_WORD_MAX {
            assert_eq!(kind(q), Kind::InWord);
        }
        for q in WEAK_MIN..=WEAK_MAX {
            assert_eq!(kind(q), Kind::Weak);
        }
    }

    #[test]
    fn qualities_stay_in_their_bands() {
        for typed in 1..20 {
            for word in typed..40 {
                assert_eq!(kind(prefix_quality(typed, word)), Kind::Prefix);
                for pieces in 1..typed.max(2) {
                    assert_eq!(kind(in_word_quality(typed, word, pieces)), Kind::InWord);
                }
            }
        }
        for pieces in 1..100 {
            assert_eq!(kind(weak_quality(pieces)), Kind::Weak);
        }
    }

    #[test]
    fn a_one_letter_typo_beats_letters_picked_out_of_a_word() {
        assert!(TYPO_WHOLE[0] > in_word_quality(8, 8, 1));
        assert!(TYPO_PREFIX[1] > IN_WORD_MAX);
        assert!(in_word_quality(4, 6, 1) > in_word_quality(4, 6, 3));
    }
}
