//! Where to highlight: the chars of a shown text that the query's tokens
//! matched, found again on that one text and mapped back through folding.

use fuzzy_matcher::FuzzyMatcher;

use super::fold::{char_mask, fold, words};
use super::index::{SearchIndex, TextId};
use super::matching::TokenMatches;
use super::rank::{SCATTERED_MIN, WORD_PREFIX_MIN};
use super::typo::Typo;

/// Char indices into the original text `text` to highlight, sorted, each once.
pub(crate) fn positions(index: &SearchIndex, tokens: &[TokenMatches], text: TextId) -> Vec<usize> {
    let folded = fold(index.text(text));
    let mut out = Vec::new();
    for m in tokens {
        let q = m.quality[text as usize];
        if q == 0 {
            continue;
        }
        let found = locate(index, &m.token, &folded.text, q);
        out.extend(
            found
                .into_iter()
                .filter_map(|i| folded.origin.get(i).copied()),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Folded char indices where `token` matched `folded`, by the kind of match
/// its quality `q` says it was.
fn locate(index: &SearchIndex, token: &str, folded: &str, q: u8) -> Vec<usize> {
    let token_chars = token.chars().count();
    if q >= WORD_PREFIX_MIN {
        let mut start = None;
        for (at, word) in words(folded) {
            if word == token {
                start = Some(at);
                break;
            }
            if start.is_none() && word.starts_with(token) {
                start = Some(at);
            }
        }
        if let Some(at) = start {
            return (at..at + token_chars).collect();
        }
    }
    if q >= SCATTERED_MIN {
        if let Some((_, found)) = index.matcher.fuzzy_indices(folded, token) {
            return found;
        }
    }
    let Some(typo) = Typo::new(token) else {
        return Vec::new();
    };
    let mut best: Option<(u8, usize, usize)> = None;
    for (at, word) in words(folded) {
        if let Some(m) = typo.check(word, word.chars().count(), char_mask(word)) {
            if best.is_none_or(|b| m.quality > b.0) {
                best = Some((m.quality, at, m.chars));
            }
        }
    }
    best.map_or_else(Vec::new, |(_, at, chars)| (at..at + chars).collect())
}
