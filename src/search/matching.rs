//! Matching one query token against every text of the index: word starts
//! through the vocabulary, scattered subsequences in short texts with
//! SkimMatcherV2, and typos when no word starts with the token.

use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

use super::fold::{char_mask, is_ascii_subsequence, is_subsequence};
use super::index::{SearchIndex, TextId};
use super::rank::{SCATTERED_MAX, SCATTERED_MIN, WORD_EXACT, WORD_PREFIX_MAX, WORD_PREFIX_MIN};
use super::typo::Typo;

/// Tokens shorter than this are matched at word starts only: one or two
/// letters scattered anywhere in a text say nothing about it, and would be a
/// subsequence of nearly every text.
pub(crate) const MIN_SCATTERED_CHARS: usize = 3;

/// Qualities from this up mark a scattered match not scored yet: `PENDING +
/// cap` where `cap` is the most it can be worth, or [`UNCAPPED`]. Scoring
/// every subsequence hit with SkimMatcherV2 would cost too much on short
/// tokens, which are subsequences of most texts; ranking scores only the hits
/// that can still reach the top (see `rank`), and the score is kept for the
/// next keystroke.
const PENDING: u8 = 128;
/// A scattered match whose cap is not known yet either.
const UNCAPPED: u8 = u8::MAX;

/// The most a pending scattered match with quality `q` can be worth, or
/// `None` when `q` is not pending.
pub(crate) fn pending_cap(q: u8) -> Option<u8> {
    match q {
        UNCAPPED => Some(SCATTERED_MAX),
        q => q.checked_sub(PENDING),
    }
}

/// Each further piece a scattered match is split into costs this much of
/// the most it can be worth: "sen…o" in "senior" is a better guess than
/// "s…e…n…o" across three words.
const PIECE_COST: u8 = 4;

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
    chars: Vec<char>,
}

impl TokenMatches {
    /// The quality of `text`, scoring it first if it is pending.
    pub fn resolve(&mut self, index: &SearchIndex, text: TextId) -> u8 {
        if pending_cap(self.quality[text as usize]).is_some() {
            let cap = self.cap(index, text);
            self.quality[text as usize] = self.score_scattered(index, text).min(cap);
        }
        self.quality[text as usize]
    }

    /// The most the match in `text` can be worth: its quality, or for a
    /// pending scattered match a cap from the fewest pieces the token falls
    /// into there, which costs far less than scoring it.
    pub fn cap(&mut self, index: &SearchIndex, text: TextId) -> u8 {
        let q = self.quality[text as usize];
        if q != UNCAPPED {
            return pending_cap(q).unwrap_or(q);
        }
        let pieces = fewest_pieces(&self.token, &self.chars, index.short_folded(text));
        let cost = u8::try_from(pieces.saturating_sub(1))
            .unwrap_or(u8::MAX)
            .saturating_mul(PIECE_COST);
        let cap = SCATTERED_MAX.saturating_sub(cost).max(SCATTERED_MIN);
        self.quality[text as usize] = PENDING + cap;
        cap
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
            *slot = UNCAPPED;
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
        chars: token.chars().collect(),
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
    let ascii = token.is_ascii();
    let fits = |t: TextId| {
        index.short_mask[t as usize] & mask == mask
            && if ascii {
                is_ascii_subsequence(token.as_bytes(), index.short_folded.bytes(t as usize))
            } else {
                is_subsequence(token, index.short_folded(t))
            }
    };
    match previous {
        Some(ids) => ids.iter().copied().filter(|&t| fits(t)).collect(),
        None if index.short_count >= PARALLEL_MIN => (0..index.short_count as TextId)
            .into_par_iter()
            .with_min_len(8192)
            .filter(|&t| fits(t))
            .collect(),
        None => (0..index.short_count as TextId)
            .filter(|&t| fits(t))
            .collect(),
    }
}

/// Into how few pieces `token` falls when found in `text` letter by letter:
/// from each place the token's first letter appears, its letters are taken
/// at their next appearance, and a new piece begins wherever they are not
/// side by side. The fewest over all starting places.
pub(crate) fn fewest_pieces(token: &str, token_chars: &[char], text: &str) -> usize {
    if token.is_ascii() && text.is_ascii() {
        return fewest(token.as_bytes(), text.as_bytes());
    }
    let text: Vec<char> = text.chars().collect();
    fewest(token_chars, &text)
}

fn fewest<T: PartialEq>(token: &[T], text: &[T]) -> usize {
    let Some((first, rest)) = token.split_first() else {
        return 0;
    };
    let mut best = usize::MAX;
    for (start, c) in text.iter().enumerate() {
        if c != first {
            continue;
        }
        let (mut last, mut pieces) = (start, 1);
        let mut complete = true;
        for want in rest {
            match text[last + 1..].iter().position(|c| c == want) {
                Some(gap) => {
                    if gap > 0 {
                        pieces += 1;
                    }
                    last += 1 + gap;
                }
                None => {
                    complete = false;
                    break;
                }
            }
        }
        if !complete {
            // Later starts have even less text left.
            break;
        }
        best = best.min(pieces);
        if best == 1 {
            break;
        }
    }
    best
}

/// Maps a SkimMatcherV2 score onto the scattered band, relative to the
/// token matched against itself.
pub(crate) fn scattered_quality(score: i64, ideal: i64) -> u8 {
    let span = i64::from(SCATTERED_MAX - SCATTERED_MIN);
    let part = (score.clamp(0, ideal) * span) / ideal.max(1);
    SCATTERED_MIN + part as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(token: &str, text: &str) -> usize {
        let chars: Vec<char> = token.chars().collect();
        fewest_pieces(token, &chars, text)
    }

    #[test]
    fn a_token_falls_into_as_few_pieces_as_any_start_allows() {
        // From the s of "second" it takes four pieces; from "senior", two.
        assert_eq!(pieces("seno", "second senior"), 2);
        assert_eq!(pieces("art", "foley artist"), 1);
        assert_eq!(pieces("edtr", "editor"), 3);
        assert_eq!(pieces("régi", "le régisseur"), 1);
    }

    #[test]
    fn fewer_pieces_may_be_worth_more() {
        let lib_index = |titles: &[&str]| {
            let mut lib = crate::library::Library::default();
            lib.departments.push(crate::library::Department::default());
            for (i, t) in titles.iter().enumerate() {
                lib.roles.push(crate::library::Role {
                    id: format!("r{i}"),
                    title: t.to_string(),
                    ..Default::default()
                });
            }
            SearchIndex::build(&lib)
        };
        let index = lib_index(&["Set Construction Manager", "Senior Mixer"]);
        let hits = index.search("seno", 5);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].matched, "Senior Mixer");
        assert!(hits[0].score > hits[1].score);
    }
}
