//! Where to highlight: the chars of a shown text that the query's words
//! matched, found again on that one text and mapped back through folding.

use super::candidates::{Strength, WordMatches};
use super::index::SearchIndex;
use super::locate::locate;
use super::vocab::TextId;
use crate::fold::fold;

/// Char indices into text `text` as written to highlight, ascending, each
/// once.
pub(crate) fn positions(
    index: &SearchIndex,
    words: &[WordMatches],
    strength: Strength,
    text: TextId,
) -> Vec<usize> {
    let folded = fold(index.text(text));
    let mut out = Vec::new();
    for word in words {
        let q = word.quality(strength, text);
        if q == 0 {
            continue;
        }
        let alternative = |w: &str| word.is_alternative(index, w);
        if let Some(found) = locate(&folded.text, &word.word, q, &alternative) {
            out.extend(
                found
                    .chars
                    .into_iter()
                    .filter_map(|i| folded.origin.get(i).copied()),
            );
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
