//! Matching one query token against every text of the index: word starts
//! through the vocabulary, scattered subsequences in short texts with
//! SkimMatcherV2, and typos when no word starts with the token.

use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

use super::fold::{char_mask, is_subsequence};
use super::index::{SearchIndex, TextId};
use super::rank::{SCATTERED_MAX, SCATTERED_MIN, WORD_EXACT, WORD_PREFIX_MAX, WORD_PREFIX_MIN};
use super::typo::Typo;

/// Tokens shorter than this are matched at word starts only: one or two
/// letters scattered anywhere in a text say nothing about it, and would be a
/// subsequence of nearly every text.
pub(crate) const MIN_SCATTERED_CHARS: usize = 3;

/// Quality of a scattered match not scored yet. Scoring every subsequence
/// hit with SkimMatcherV2 would cost too much on short tokens, which are
/// subsequences of most texts; ranking scores only the hits that can still
/// reach the top (see `rank`), and the score is kept for the next keystroke.
pub(crate) const PENDING: u8 = u8::MAX;

/// Below this many texts, splitting the scan between threads costs more
/// than it saves.
const PARALLEL_MIN: usize = 8192;

/// How well one token matches every text of the index.
#[derive(Debug, Clone)]
pub(crate) struct TokenMatches {
    /// The folded token.
    pub token: String,
    /// For every text id, the quality of its best match (0: none, or
    /// [`PENDING`]). The bands (see `rank`) say which kind of match it was.
    pub quality: Vec<u8>,
    /// Every text with a match (a quality above 0).
    pub matched: Vec<TextId>,
    /// Short texts holding the token as a subsequence, kept so that the next
    /// keystroke, which can only narrow them, need not scan everything again.
    pub scattered: Option<Vec<TextId>>,
    /// SkimMatcherV2's score for the token matched against itself: the best
    /// a scattered match can do.
    ideal: i64,
}

impl TokenMatches {
    /// The quality of `text`, scoring it first if it is pending.
    pub fn resolve(&mut self, index: &SearchIndex, text: TextId) -> u8 {
        if self.quality[text as usize] == PENDING {
            self.quality[text as usize] = self.score_scattered(index, text);
        }
        self.quality[text as usize]
    }

    /// The quality of a pending scattered match.
    fn score_scattered(&self, index: &SearchIndex, text: TextId) -> u8 {
        let score = index
            .matcher
            .fuzzy_match(index.short_folded(text), &self.token)
            .unwrap_or(0);
        scattered_quality(score, self.ideal)
    }
}

/// Matches `token` against the whole index. `narrower_than` is an earlier
/// token that `token` extends, whose subsequence hits are a superset of this
/// one's; the result is the same with or without it.
pub(crate) fn match_token(
    index: &SearchIndex,
    token: String,
    narrower_than: Option<&TokenMatches>,
) -> TokenMatches {
    let mut quality = vec![0u8; index.texts.len()];
    let token_chars = token.chars().count();

    // Word starts: the words beginning with the token are one sorted range.
    let range = index.vocab.prefix_range(&token);
    let has_word = !range.is_empty();
    for w in range {
        let word_chars = index.vocab.lens[w] as usize;
        let q = if word_chars == token_chars {
            WORD_EXACT
        } else {
            prefix_quality(token_chars, word_chars)
        };
        for &t in index.vocab.postings(w) {
            let slot = &mut quality[t as usize];
            *slot = (*slot).max(q);
        }
    }

    // Typos, only when no word starts with the token: a typed prefix that
    // exists is taken at its word.
    if !has_word {
        if let Some(typo) = Typo::new(&token) {
            for (w, m) in typo.scan(&index.vocab) {
                for &t in index.vocab.postings(w) {
                    let slot = &mut quality[t as usize];
                    *slot = (*slot).max(m.quality);
                }
            }
        }
    }

    // Scattered subsequences in short texts, scored later if needed. A
    // scattered match always beats a typo, never a word match.
    let scattered = (token_chars >= MIN_SCATTERED_CHARS).then(|| {
        let previous = narrower_than
            .filter(|p| token.starts_with(p.token.as_str()))
            .and_then(|p| p.scattered.as_deref());
        subsequence_hits(index, &token, previous)
    });
    for &t in scattered.iter().flatten() {
        let slot = &mut quality[t as usize];
        if *slot < WORD_PREFIX_MIN {
            *slot = PENDING;
        }
    }

    let matched = quality
        .iter()
        .enumerate()
        .filter(|&(_, &q)| q > 0)
        .map(|(t, _)| t as TextId)
        .collect();
    let ideal = index
        .matcher
        .fuzzy_match(&token, &token)
        .unwrap_or(1)
        .max(1);
    TokenMatches {
        token,
        quality,
        matched,
        scattered,
        ideal,
    }
}

/// A word start covering more of the word is closer to what was meant.
pub(crate) fn prefix_quality(token_chars: usize, word_chars: usize) -> u8 {
    let span = u32::from(WORD_PREFIX_MAX - WORD_PREFIX_MIN);
    let covered = span * token_chars as u32 / word_chars.max(1) as u32;
    WORD_PREFIX_MIN + covered.min(span) as u8
}

fn subsequence_hits(index: &SearchIndex, token: &str, previous: Option<&[TextId]>) -> Vec<TextId> {
    let mask = char_mask(token);
    let fits = |t: TextId| {
        index.short_mask[t as usize] & mask == mask && is_subsequence(token, index.short_folded(t))
    };
    match previous {
        Some(ids) => ids.iter().copied().filter(|&t| fits(t)).collect(),
        None if index.short_count >= PARALLEL_MIN => (0..index.short_count as TextId)
            .into_par_iter()
            .with_min_len(4096)
            .filter(|&t| fits(t))
            .collect(),
        None => (0..index.short_count as TextId)
            .filter(|&t| fits(t))
            .collect(),
    }
}

/// Maps a SkimMatcherV2 score onto the scattered band, relative to the
/// token matched against itself.
pub(crate) fn scattered_quality(score: i64, ideal: i64) -> u8 {
    let span = i64::from(SCATTERED_MAX - SCATTERED_MIN);
    let part = (score.clamp(0, ideal) * span) / ideal.max(1);
    SCATTERED_MIN + part as u8
}
