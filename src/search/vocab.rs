//! Words: the one way text is split into words (for the index, the query and
//! the highlights alike), and the vocabulary: every distinct folded word of
//! the library, sorted so that the words starting with what was typed are
//! one range, each pointing at the texts that hold it.

use foldhash::HashMap;
use rayon::prelude::*;

use std::borrow::Cow;

use super::fold::{char_mask, fold_str};
use super::index::Packed;

/// Position of a text in the index.
pub(crate) type TextId = u32;

/// The words of folded text: runs of letters and digits, each with the char
/// index where it starts. Everything else (spaces, hyphens, slashes,
/// apostrophes) separates, so "re-recording" is the words "re" and
/// "recording".
pub(crate) fn words(folded: &str) -> Words<'_> {
    Words {
        text: folded,
        byte: 0,
        char: 0,
        ascii: folded.is_ascii(),
    }
}

/// Iterator of [`words`].
#[derive(Clone)]
pub(crate) struct Words<'t> {
    text: &'t str,
    byte: usize,
    char: usize,
    ascii: bool,
}

impl<'t> Iterator for Words<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.ascii {
            let bytes = self.text.as_bytes();
            while self.byte < bytes.len() && !bytes[self.byte].is_ascii_alphanumeric() {
                self.byte += 1;
            }
            let start = self.byte;
            while self.byte < bytes.len() && bytes[self.byte].is_ascii_alphanumeric() {
                self.byte += 1;
            }
            return (self.byte > start).then(|| (start, &self.text[start..self.byte]));
        }
        let mut rest = self.text[self.byte..].char_indices().peekable();
        let mut start = None;
        while let Some(&(at, c)) = rest.peek() {
            let inside = c.is_alphanumeric();
            match (start, inside) {
                (None, false) => {}
                (None, true) => start = Some((self.byte + at, self.char)),
                (Some((from, first)), false) => {
                    self.byte += at;
                    return Some((first, &self.text[from..self.byte]));
                }
                (Some(_), true) => {}
            }
            self.char += 1;
            rest.next();
        }
        self.byte = self.text.len();
        start.map(|(from, first)| (first, &self.text[from..]))
    }
}

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

    fn next(&mut self) -> Option<TextId> {
        let mut distance: u32 = 0;
        let mut shift = 0;
        loop {
            let (&byte, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            distance |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        self.last += distance;
        Some(self.last)
    }
}

/// Bytes the distance `d` takes in [`Postings`].
fn coded_len(d: u32) -> u32 {
    match d {
        0..0x80 => 1,
        0x80..0x4000 => 2,
        0x4000..0x20_0000 => 3,
        0x20_0000..0x1000_0000 => 4,
        _ => 5,
    }
}

/// Writes the distance `d` at `out[at..]`, as [`Postings`] reads it; where
/// it ends.
fn write_coded(out: &mut [u8], mut at: usize, mut d: u32) -> usize {
    while d >= 0x80 {
        out[at] = (d as u8 & 0x7f) | 0x80;
        d >>= 7;
        at += 1;
    }
    out[at] = d as u8;
    at + 1
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
    pub fn build(texts: &[&str], folded: usize) -> (Vocab, Vec<u16>) {
        let chunks: Vec<ChunkWords> = texts
            .par_chunks(WORD_CHUNK)
            .enumerate()
            .map(|(c, chunk)| {
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
        // One id per distinct word across chunks, in order of first use, and
        // each chunk's word numbers mapped to those ids.
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let mut words: Vec<&str> = Vec::new();
        let mut counts: Vec<u16> = Vec::with_capacity(texts.len());
        let global: Vec<Vec<u32>> = chunks
            .iter()
            .map(|chunk| {
                counts.extend_from_slice(&chunk.counts);
                chunk
                    .words
                    .iter()
                    .map(|word| {
                        let next = words.len() as u32;
                        let w = *ids.entry(word).or_insert(next);
                        if w == next {
                            words.push(word);
                        }
                        w
                    })
                    .collect()
            })
            .collect();
        drop(ids);
        let mut sorted: Vec<(&str, u32)> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.chars().count() <= MAX_WORD_CHARS)
            .map(|(i, &w)| (w, i as u32))
            .collect();
        sorted.par_sort_unstable();
        // Each word's place in the sorted vocabulary; words too long to keep
        // have none.
        let mut rank = vec![u32::MAX; words.len()];
        for (place, &(_, w)) in sorted.iter().enumerate() {
            rank[w as usize] = place as u32;
        }
        // The uses are grouped straight into sorted order: chunks are in
        // text order, so each word's texts stay ascending.
        let (starts, postings) = group_uses(&chunks, &global, &rank, sorted.len());
        let vocab = Vocab {
            lens: sorted
                .iter()
                .map(|(w, _)| w.chars().count() as u16)
                .collect(),
            masks: sorted.iter().map(|(w, _)| char_mask(w)).collect(),
            words: sorted.iter().map(|&(w, _)| Box::from(w)).collect(),
            starts,
            postings,
        };
        (vocab, counts)
    }
}

/// Words longer than this are not worth a vocabulary entry (nobody types
/// them) and would only slow the typo scan.
const MAX_WORD_CHARS: usize = 48;

/// Texts whose words are collected per parallel task.
const WORD_CHUNK: usize = 1024;

/// The words of one chunk of texts: each distinct word once in order of
/// first use; text by text, the words each text holds, each once (text `i`'s
/// are `uses[ends[i - 1]..ends[i]]`, four bytes a use, the largest thing the
/// index builds); and each text's number of words.
struct ChunkWords {
    /// End to end in one buffer: a chunk of descriptions has thousands.
    words: Packed,
    uses: Vec<u32>,
    ends: Vec<u32>,
    counts: Vec<u16>,
}

fn chunk_words<'t>(texts: impl Iterator<Item = (TextId, &'t str)>) -> ChunkWords {
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut out = ChunkWords {
        words: Packed::default(),
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

/// The texts of each word, in sorted-vocabulary order: `rank` maps a word's
/// number to its place (`u32::MAX` for none), and place `p` gets
/// `postings[starts[p]..starts[p + 1]]`, coded as [`Postings`] reads them.
/// Plain loops over each chunk's uses, as these are the most items the index
/// handles: once to size each word's postings, once to write them.
fn group_uses(
    chunks: &[ChunkWords],
    global: &[Vec<u32>],
    rank: &[u32],
    places: usize,
) -> (Vec<u32>, Vec<u8>) {
    let mut last: Vec<TextId> = vec![0; places];
    let mut starts = vec![0u32; places + 1];
    each_use(chunks, global, rank, |text, place| {
        starts[place + 1] += coded_len(text - last[place]);
        last[place] = text;
    });
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    last.fill(0);
    let mut next: Vec<u32> = starts[..places].to_vec();
    let mut postings: Vec<u8> = vec![0; starts[places] as usize];
    each_use(chunks, global, rank, |text, place| {
        let at = write_coded(&mut postings, next[place] as usize, text - last[place]);
        next[place] = at as u32;
        last[place] = text;
    });
    (starts, postings)
}

/// Calls `visit(text, place)` for every use of a kept word, in text order.
fn each_use(
    chunks: &[ChunkWords],
    global: &[Vec<u32>],
    rank: &[u32],
    mut visit: impl FnMut(TextId, usize),
) {
    for (c, (chunk, global)) in chunks.iter().zip(global).enumerate() {
        let mut start = 0;
        for (i, &end) in chunk.ends.iter().enumerate() {
            let text = (c * WORD_CHUNK + i) as TextId;
            for &w in &chunk.uses[start..end as usize] {
                let place = rank[global[w as usize] as usize];
                if place != u32::MAX {
                    visit(text, place as usize);
                }
            }
            start = end as usize;
        }
    }
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
    fn words_split_on_anything_but_letters_and_digits() {
        let w: Vec<_> = words("re-recording mixer/1se  é").collect();
        assert_eq!(
            w,
            vec![
                (0, "re"),
                (3, "recording"),
                (13, "mixer"),
                (19, "1se"),
                (24, "é")
            ]
        );
        let ascii: Vec<_> = words("  sound, mixer ").collect();
        assert_eq!(ascii, vec![(2, "sound"), (9, "mixer")]);
        assert_eq!(words("  -- ").count(), 0);
        assert_eq!(words("").count(), 0);
    }

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
        let mut bytes = vec![0u8; texts.len() * 5];
        let (mut at, mut last) = (0, 0);
        for &t in &texts {
            let before = at;
            at = write_coded(&mut bytes, at, t - last);
            assert_eq!((at - before) as u32, coded_len(t - last), "{t}");
            last = t;
        }
        let read: Vec<TextId> = Postings {
            bytes: &bytes[..at],
            last: 0,
        }
        .collect();
        assert_eq!(read, texts);
    }
}
