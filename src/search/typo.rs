//! The typo layer: a token that no word starts with is compared with the
//! vocabulary by Damerau–Levenshtein distance, whole words and word starts.

use super::scale::{TYPO_PREFIX, TYPO_WHOLE};
use super::vocab::Vocab;
use crate::fold::char_mask;

/// How many edits a token of `chars` letters may be away from a word: none
/// for 3 letters or fewer (too many short words are one edit apart), one for
/// 4–7, two for 8 or more.
pub(crate) fn max_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Word starts are forgiven a typo only from this many letters: four
/// letters one edit away from the start of some word match far too much.
const PREFIX_MIN_CHARS: usize = 5;

/// A token prepared for comparing with many words.
pub(crate) struct Typo<'t> {
    token: &'t str,
    chars: usize,
    mask: u64,
    edits: usize,
}

/// How a word matched a token with a typo: its quality, and how many of the
/// word's chars the token stood for (the whole word, or its start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TypoMatch {
    pub quality: u8,
    pub chars: usize,
}

impl<'t> Typo<'t> {
    /// `None` when the token is too short to forgive a typo in.
    pub fn new(token: &'t str) -> Option<Self> {
        let chars = token.chars().count();
        let edits = max_edits(chars);
        (edits > 0).then(|| Typo {
            token,
            chars,
            mask: char_mask(token),
            edits,
        })
    }

    /// Whether two char sets could be `edits` edits apart: an insertion or
    /// deletion changes the set by at most one letter, a substitution by
    /// two, a transposition not at all.
    fn could_be_close(&self, mask: u64) -> bool {
        (self.mask ^ mask).count_ones() as usize <= 2 * self.edits
    }

    fn distance_ok(&self, other: &str) -> Option<usize> {
        let d = strsim::damerau_levenshtein(self.token, other);
        (1..=self.edits).contains(&d).then_some(d)
    }

    /// How `word` (of `len` chars, with char set `mask`) matches the token by
    /// a typo, if it does: as a whole word, or as the start of a longer word
    /// (so "compoz" already finds "composer" while it is being typed).
    pub fn check(&self, word: &str, len: usize, mask: u64) -> Option<TypoMatch> {
        let mut best: Option<TypoMatch> = None;
        if len.abs_diff(self.chars) <= self.edits
            && self.could_be_close(mask)
            && let Some(d) = self.distance_ok(word)
        {
            best = Some(TypoMatch {
                quality: TYPO_WHOLE[d - 1],
                chars: len,
            });
        }
        if best.is_some_and(|b| b.quality >= TYPO_PREFIX[0]) {
            return best;
        }
        if self.chars < PREFIX_MIN_CHARS {
            return best;
        }
        for n in [self.chars, self.chars + 1] {
            if n >= len {
                break;
            }
            let start = prefix(word, n);
            if !self.could_be_close(char_mask(start)) {
                continue;
            }
            if let Some(d) = self.distance_ok(start) {
                let found = TypoMatch {
                    quality: TYPO_PREFIX[d - 1],
                    chars: n,
                };
                if best.is_none_or(|b| b.quality < found.quality) {
                    best = Some(found);
                }
            }
        }
        best
    }

    /// Every vocabulary word close to the token, with the quality of its
    /// match.
    pub fn scan(&self, vocab: &Vocab) -> Vec<(usize, u8)> {
        (0..vocab.len())
            .filter_map(|w| {
                // A word much shorter than the token cannot be close to it.
                let len = vocab.lens[w] as usize;
                if len + self.edits < self.chars {
                    return None;
                }
                self.check(&vocab.words[w], len, vocab.masks[w])
                    .map(|m| (w, m.quality))
            })
            .collect()
    }
}

/// The first `n` chars of `word`.
fn prefix(word: &str, n: usize) -> &str {
    match word.char_indices().nth(n) {
        Some((b, _)) => &word[..b],
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(token: &str, word: &str) -> Option<TypoMatch> {
        let typo = Typo::new(token)?;
        typo.check(word, word.chars().count(), char_mask(word))
    }

    #[test]
    fn short_tokens_are_never_typo_matched() {
        assert!(Typo::new("mix").is_none());
        assert!(Typo::new("adr").is_none());
        assert_eq!(check("mxi", "mix"), None);
        assert_eq!(check("edt", "edit"), None);
    }

    #[test]
    fn one_edit_up_to_seven_letters_two_from_eight() {
        // 6 letters: one edit (a missing letter) is forgiven, two are not.
        assert!(check("artst", "artist").is_some());
        assert!(check("folley", "foley").is_some());
        assert_eq!(check("fooley", "fly"), None);
        assert_eq!(check("dialgo", "dialog").map(|m| m.chars), Some(6));
        assert_eq!(check("arrtsst", "artist"), None);
        // 8 letters: two edits.
        assert!(check("compozr", "composer").is_none());
        assert!(check("compozer", "composer").is_some());
        assert!(check("kompozer", "composer").is_some());
        assert!(check("kompozar", "composer").is_none());
        assert!(check("dialouge", "dialogue").is_some());
    }

    #[test]
    fn word_starts_are_forgiven_while_typing() {
        let m = check("compoz", "composer");
        assert_eq!(m.map(|m| m.chars), Some(6));
        // A whole word beats the start of a longer one.
        let whole = check("mixr", "mixer").map(|m| m.quality);
        let start = check("mixr", "mixers").map(|m| m.quality);
        assert!(whole > start, "{whole:?} {start:?}");
    }
}
