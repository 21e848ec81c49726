//! Matching one query word against every text of the index: whole words and
//! word starts through the vocabulary, typos when no word starts with it,
//! letters in order inside one word of a short text, and, only when asked
//! for because nothing else matched, letters spread over a short text.

use super::index::SearchIndex;
use super::scale::{self, EXACT, INITIALS};
use super::typo::Typo;
use super::vocab::{Postings, TextId};
use crate::fold::{char_mask, fewest_pieces, is_ascii_subsequence, is_subsequence};

/// Words shorter than this are matched at word starts only: one or two
/// letters picked out of a word say nothing about it.
const MIN_PICKED_CHARS: usize = 3;

/// How well one query word matches every text of the index.
#[derive(Debug, Clone)]
pub(crate) struct WordMatches {
    /// The folded query word.
    pub word: String,
    /// A filler word: never needed, and matched only as a word or a word's
    /// start in a short text (a title, a skill), from three letters on: in
    /// prose "the" and "who" are everywhere, and "a" starts every other word.
    pub optional: bool,
    /// A filler word of one or two letters that a title, another title or
    /// a skill of the library has as a word ("it" in "IT Support
    /// Technician"): where it matches such a word whole, it counts in full.
    /// Longer filler ("who", "the") is too common in skills to say anything.
    pub in_titles: bool,
    /// For every text id, the quality of its best match (0: none), on the
    /// scale of [`scale`].
    quality: Vec<u8>,
    /// Every text with a match, ascending.
    matched: Vec<TextId>,
    /// Vocabulary words holding the query word's letters in order (`None`
    /// for a word too short to look for them), kept so that the next
    /// keystroke, which can only narrow them, need not scan the vocabulary
    /// again.
    picked_words: Option<Vec<u32>>,
    /// Weak matches (letters spread over several words), found only on
    /// request: quality per text and the texts, ascending.
    weak: Option<(Vec<u8>, Vec<TextId>)>,
    /// The vocabulary words matched as other forms of the word or as its
    /// synonyms, ascending, to find them again in a text.
    alternatives: Vec<u32>,
}

/// Which matches count: the real ones, or weak ones too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    Real,
    WeakToo,
}

impl WordMatches {
    /// Matches `word` against the whole index. `grown_from` is the matches
    /// of an earlier word that `word` extends (typing one more letter); the
    /// result is the same with or without it, only faster with it.
    pub fn find(
        index: &SearchIndex,
        word: String,
        optional: bool,
        grown_from: Option<&WordMatches>,
    ) -> Self {
        let mut quality = vec![0u8; index.text_count()];
        let vocab = index.vocab();
        let chars: Vec<char> = word.chars().collect();
        let typed = chars.len();

        // Whole words and word starts: the words beginning with it are one
        // sorted range.
        let in_titles = optional && typed < MIN_PICKED_CHARS && index.is_title_word(&word);
        let starts = if optional && typed < MIN_PICKED_CHARS {
            // A short filler word only as a whole word ("it", "on"), and only
            // where titles have it.
            let range = vocab.prefix_range(&word);
            let whole = range.start..range.start + usize::from(in_titles);
            whole.start..whole.end.min(range.end)
        } else {
            vocab.prefix_range(&word)
        };
        let has_start = !starts.is_empty();
        let texts = if optional {
            index.short_count()
        } else {
            usize::MAX
        };
        for w in starts {
            let q = match usize::from(vocab.lens[w]) {
                len if len == typed => EXACT,
                len => scale::prefix_quality(typed, len),
            };
            raise(&mut quality, vocab.postings(w), q, texts);
        }

        // Other forms of the word and its synonyms, and the titles it is
        // the initials of. Filler words are matched as typed only.
        let mut alternatives = Vec::new();
        if !optional {
            for (w, q) in index.alternatives(&word) {
                raise(&mut quality, vocab.postings(w as usize), q, usize::MAX);
                alternatives.push(w);
            }
            for &t in index.titles_by_initials(&word) {
                let slot = &mut quality[t as usize];
                *slot = (*slot).max(INITIALS);
            }
        }

        // Typos, only when no word starts with it: a typed start that exists
        // is taken at its word.
        if !has_start
            && !optional
            && let Some(typo) = Typo::new(&word)
        {
            for (w, q) in typo.scan(vocab) {
                raise(&mut quality, vocab.postings(w), q, usize::MAX);
            }
        }

        // Letters in order inside one word, in short texts only: in prose
        // they find too much by chance.
        let mut picked_words = None;
        if typed >= MIN_PICKED_CHARS && !optional {
            let mask = char_mask(&word);
            let within = |w: usize| {
                vocab.masks[w] & mask == mask
                    && usize::from(vocab.lens[w]) >= typed
                    && is_subsequence(&word, &vocab.words[w])
            };
            let shorter = grown_from
                .filter(|g| word.starts_with(g.word.as_str()))
                .and_then(|g| g.picked_words.as_deref());
            let found: Vec<u32> = match shorter {
                Some(words) => words
                    .iter()
                    .copied()
                    .filter(|&w| within(w as usize))
                    .collect(),
                None => (0..vocab.len())
                    .filter(|&w| within(w))
                    .map(|w| w as u32)
                    .collect(),
            };
            for &w in &found {
                let w = w as usize;
                let pieces = fewest_pieces(&word, &chars, &vocab.words[w]);
                let q = scale::in_word_quality(typed, usize::from(vocab.lens[w]), pieces);
                raise(&mut quality, vocab.postings(w), q, index.short_count());
            }
            picked_words = Some(found);
        }

        let matched = matched_texts(&quality);
        WordMatches {
            word,
            optional,
            in_titles,
            quality,
            matched,
            picked_words,
            weak: None,
            alternatives,
        }
    }

    /// Whether the folded word `w`, found in a text, is one that matched as
    /// another form of the query word or as its synonym.
    pub fn is_alternative(&self, index: &SearchIndex, w: &str) -> bool {
        let vocab = index.vocab();
        let at = vocab.words.partition_point(|v| &**v < w);
        vocab.words.get(at).is_some_and(|v| &**v == w)
            && self.alternatives.binary_search(&(at as u32)).is_ok()
    }

    /// The quality of the match in `text` (0: none).
    pub fn quality(&self, strength: Strength, text: TextId) -> u8 {
        let q = self.quality[text as usize];
        match (&self.weak, strength) {
            (Some((weak, _)), Strength::WeakToo) if q == 0 => weak[text as usize],
            _ => q,
        }
    }

    /// Every text with a match of that strength.
    pub fn matched(&self, strength: Strength) -> impl Iterator<Item = TextId> + '_ {
        let weak = match (&self.weak, strength) {
            (Some((_, texts)), Strength::WeakToo) => texts.as_slice(),
            _ => &[],
        };
        self.matched.iter().chain(weak).copied()
    }

    /// Whether any text matched for real.
    pub fn found(&self) -> bool {
        !self.matched.is_empty()
    }

    /// Looks for weak matches too: short texts holding the word's letters in
    /// order, spread over several of their words. Done once per word.
    pub fn add_weak(&mut self, index: &SearchIndex) {
        if self.weak.is_some() {
            return;
        }
        let chars: Vec<char> = self.word.chars().collect();
        let mut quality = vec![0u8; index.short_count()];
        if chars.len() >= MIN_PICKED_CHARS && !self.optional {
            let mask = char_mask(&self.word);
            let ascii = self.word.is_ascii();
            for t in 0..index.short_count() as TextId {
                if self.quality[t as usize] > 0 {
                    continue;
                }
                let (bytes, text_mask) = index.short_folded_bytes(t);
                let holds = text_mask & mask == mask
                    && if ascii {
                        is_ascii_subsequence(self.word.as_bytes(), bytes)
                    } else {
                        is_subsequence(&self.word, index.short_folded(t))
                    };
                if holds {
                    let pieces = fewest_pieces(&self.word, &chars, index.short_folded(t));
                    quality[t as usize] = scale::weak_quality(pieces);
                }
            }
        }
        quality.resize(index.text_count(), 0);
        let texts = matched_texts(&quality);
        self.weak = Some((quality, texts));
    }
}

/// Raises the quality of each of `texts` below `below` to at least `q`.
fn raise(quality: &mut [u8], texts: Postings<'_>, q: u8, below: usize) {
    for t in texts {
        if t as usize >= below {
            // Postings are ascending: the rest are past the limit too.
            break;
        }
        let slot = &mut quality[t as usize];
        *slot = (*slot).max(q);
    }
}

fn matched_texts(quality: &[u8]) -> Vec<TextId> {
    quality
        .iter()
        .enumerate()
        .filter(|&(_, &q)| q > 0)
        .map(|(t, _)| t as TextId)
        .collect()
}
