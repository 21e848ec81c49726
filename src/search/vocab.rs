//! The vocabulary: every distinct folded word of the library, sorted so
//! that the words starting with what was typed are one range, each pointing
//! at the texts that hold it.

use foldhash::HashMap;
use rayon::prelude::*;

use std::borrow::Cow;

use super::strings::Strings;
use crate::fold::{char_mask, fold_str, words};

/// Position of a text in the index.
pub(crate) type TextId = u32;

/// Every distinct folded word of the index, sorted, so a prefix is a range.
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    pub words: Vec<Box<str>>,
    /// Length of each word in chars.
    pub lens: Vec<u16>,
    pub masks: Vec<u64>,
    /// `postings[starts[w]..starts[w + 1]]`: the texts holding word `w`, in
    /// ascending order, each written as its distance from the one before
    /// (the first from 0) in as few bytes as it needs (see [`Postings`]).
    /// Most distances fit in one byte, where a text id takes four.
    starts: Vec<u32>,
    postings: Vec<u8>,
}

/// The texts holding one word, ascending: read from distances of seven bits
/// a byte, low bits first, the top bit set on every byte but a distance's
/// last.
#[derive(Clone)]
pub(crate) struct Postings<'a> {
    bytes: &'a [u8],
    last: TextId,
}

impl Iterator for Postings<'_> {
    type Item = TextId;

    #[inline]
    fn next(&mut self) -> Option<TextId> {
        let (&byte, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        // Most distances fit in one byte.
        let distance = if byte < 0x80 {
            u32::from(byte)
        } else {
            self.rest_of_distance(byte)
        };
        self.last += distance;
        Some(self.last)
    }
}

impl Postings<'_> {
    /// A distance of more than one byte, its first byte read already.
    fn rest_of_distance(&mut self, first: u8) -> u32 {
        let mut distance = u32::from(first & 0x7f);
        let mut shift = 7;
        while let Some((&byte, rest)) = self.bytes.split_first() {
            self.bytes = rest;
            distance |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        distance
    }
}

/// Appends the distance `d` to `out`, as [`Postings`] reads it.
fn push_coded(out: &mut Vec<u8>, mut d: u32) {
    while d >= 0x80 {
        out.push((d as u8 & 0x7f) | 0x80);
        d >>= 7;
    }
    out.push(d as u8);
}

impl Vocab {
    /// The range of words that start with `prefix`.
    pub fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.words.partition_point(|w| &**w < prefix);
        let hi = lo + self.words[lo..].partition_point(|w| w.starts_with(prefix));
        lo..hi
    }

    /// The texts holding word `word`, ascending.
    pub fn postings(&self, word: usize) -> Postings<'_> {
        let (a, b) = (self.starts[word] as usize, self.starts[word + 1] as usize);
        Postings {
            bytes: &self.postings[a..b],
            last: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The vocabulary of `texts` (in text id order), and how many words each
    /// text has. The first `folded` texts are folded already; the others are
    /// folded here a chunk at a time, so that the folded forms of the long
    /// texts (descriptions, duties) are never all held at once.
    ///
    /// Chunks of texts are read in parallel a batch at a time, and each
    /// batch's words are added to every word's list of texts before the next
    /// batch is read: what a chunk found is never held longer than that.
    pub fn build(texts: &[&str], folded: usize) -> (Vocab, Vec<u16>) {
        let mut lists = WordLists::default();
        let mut counts: Vec<u16> = Vec::with_capacity(texts.len());
        let chunks: Vec<(usize, &[&str])> = texts.chunks(WORD_CHUNK).enumerate().collect();
        let batch = WORD_CHUNK_BATCH * rayon::current_num_threads();
        for batch in chunks.chunks(batch) {
            let found: Vec<ChunkWords> = batch
                .par_iter()
                .map(|&(c, chunk)| {
                    let first = c * WORD_CHUNK;
                    let chunk: Vec<Cow<'_, str>> = chunk
                        .iter()
                        .enumerate()
                        .map(|(i, &t)| {
                            if first + i < folded {
                                Cow::Borrowed(t)
                            } else {
                                Cow::Owned(fold_str(t))
                            }
                        })
                        .collect();
                    chunk_words(
                        chunk
                            .iter()
                            .enumerate()
                            .map(|(i, t)| ((first + i) as TextId, t.as_ref())),
                    )
                })
                .collect();
            for (&(c, _), chunk) in batch.iter().zip(&found) {
                counts.extend_from_slice(&chunk.counts);
                lists.add(chunk, (c * WORD_CHUNK) as TextId);
            }
        }
        (lists.into_vocab(), counts)
    }
}

/// Every word met so far, in order of first use, and the texts holding it,
/// coded as [`Postings`] reads them.
#[derive(Default)]
struct WordLists {
    ids: HashMap<Box<str>, u32>,
    /// By word id: the texts holding it, and the last of them.
    texts: Vec<(Vec<u8>, TextId)>,
}

impl WordLists {
    /// Adds the words of one chunk whose first text is `first`.
    fn add(&mut self, chunk: &ChunkWords, first: TextId) {
        let global: Vec<u32> = chunk
            .words
            .iter()
            .map(|word| match self.ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.texts.len() as u32;
                    self.ids.insert(Box::from(word), id);
                    self.texts.push((Vec::new(), 0));
                    id
                }
            })
            .collect();
        let mut start = 0;
        for (i, &end) in chunk.ends.iter().enumerate() {
            let text = first + i as TextId;
            for &w in &chunk.uses[start..end as usize] {
                let (coded, last) = &mut self.texts[global[w as usize] as usize];
                push_coded(coded, text - *last);
                *last = text;
            }
            start = end as usize;
        }
    }

    /// The vocabulary, sorted so that words with the same start are one
    /// range; words too long to keep are left out.
    fn into_vocab(self) -> Vocab {
        let mut sorted: Vec<(Box<str>, u32)> = self
            .ids
            .into_iter()
            .filter(|(w, _)| w.chars().count() <= MAX_WORD_CHARS)
            .collect();
        sorted.par_sort_unstable();
        let total: usize = sorted
            .iter()
            .map(|&(_, id)| self.texts[id as usize].0.len())
            .sum();
        let mut starts = Vec::with_capacity(sorted.len() + 1);
        let mut postings = Vec::with_capacity(total);
        starts.push(0);
        let mut texts = self.texts;
        for (_, id) in &sorted {
            let coded = std::mem::take(&mut texts[*id as usize].0);
            postings.extend_from_slice(&coded);
            starts.push(postings.len() as u32);
        }
        drop(texts);
        Vocab {
            lens: sorted
                .iter()
                .map(|(w, _)| w.chars().count() as u16)
                .collect(),
            masks: sorted.iter().map(|(w, _)| char_mask(w)).collect(),
            words: sorted.into_iter().map(|(w, _)| w).collect(),
            starts,
            postings,
        }
    }
}

/// Words longer than this are not worth a vocabulary entry (nobody types
/// them) and would only slow the typo scan.
const MAX_WORD_CHARS: usize = 48;

/// Texts whose words are collected per parallel task.
const WORD_CHUNK: usize = 1024;

/// Chunks read in parallel at a time, per thread.
const WORD_CHUNK_BATCH: usize = 2;

/// The words of one chunk of texts: each distinct word once in order of
/// first use; text by text, the words each text holds, each once (text `i`'s
/// are `uses[ends[i - 1]..ends[i]]`, four bytes a use, the most items the
/// index builds); and each text's number of words.
struct ChunkWords {
    /// End to end in one buffer: a chunk of descriptions has thousands.
    words: Strings,
    uses: Vec<u32>,
    ends: Vec<u32>,
    counts: Vec<u16>,
}

fn chunk_words<'t>(texts: impl Iterator<Item = (TextId, &'t str)>) -> ChunkWords {
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut out = ChunkWords {
        words: Strings::default(),
        uses: Vec::new(),
        ends: Vec::new(),
        counts: Vec::new(),
    };
    let mut last_text: Vec<TextId> = Vec::new();
    for (text, folded) in texts {
        let mut count: u16 = 0;
        for (_, word) in words(folded) {
            count = count.saturating_add(1);
            let next = out.words.len() as u32;
            let w = *ids.entry(word).or_insert(next);
            if w == next {
                out.words.push(word);
                last_text.push(text);
            } else if last_text[w as usize] == text {
                continue;
            } else {
                last_text[w as usize] = text;
            }
            out.uses.push(w);
        }
        out.ends.push(out.uses.len() as u32);
        out.counts.push(count);
    }
    // Every chunk's uses are held until all are grouped: no spare room.
    out.uses.shrink_to_fit();
    out
}

/// Groups `items` by a dense key below `keys`, keeping their order within a
/// group: `starts[k]..starts[k + 1]` is group `k` of the returned values.
pub(crate) fn group_by_key<T: Copy + Default>(
    keys: usize,
    items: impl Iterator<Item = (usize, T)> + Clone,
) -> (Vec<u32>, Vec<T>) {
    let mut starts = vec![0u32; keys + 1];
    for (k, _) in items.clone() {
        starts[k + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next: Vec<u32> = starts[..keys].to_vec();
    let mut out: Vec<T> = vec![T::default(); starts[keys] as usize];
    for (k, item) in items {
        out[next[k] as usize] = item;
        next[k] += 1;
    }
    (starts, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_finds_words_by_their_start_and_counts_each_texts_words() {
        let (vocab, counts) = Vocab::build(&["sound editor", "sound", "Music Editor editor"], 2);
        assert_eq!(counts, [2, 1, 3]);
        let editors = vocab.prefix_range("edi");
        assert_eq!(editors.len(), 1);
        assert_eq!(vocab.postings(editors.start).collect::<Vec<_>>(), [0, 2]);
        let sound = vocab.prefix_range("sound");
        assert_eq!(vocab.postings(sound.start).collect::<Vec<_>>(), [0, 1]);
        assert!(vocab.prefix_range("x").is_empty());
    }

    #[test]
    fn postings_come_back_as_written_however_far_apart() {
        let texts: Vec<TextId> = vec![0, 1, 127, 128, 300, 16_383, 16_384, 2_097_152, u32::MAX];
        let mut bytes = Vec::new();
        let mut last = 0;
        for &t in &texts {
            push_coded(&mut bytes, t - last);
            last = t;
        }
        // Distances 0, 1, 126, 1, 172, 16,083, 1, 2,080,768 and the rest.
        assert_eq!(bytes.len(), 1 + 1 + 1 + 1 + 2 + 2 + 1 + 3 + 5);
        let read: Vec<TextId> = Postings {
            bytes: &bytes,
            last: 0,
        }
        .collect();
        assert_eq!(read, texts);
    }
}
