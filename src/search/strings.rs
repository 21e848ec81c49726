//! Many strings in one buffer, as the index, the vocabulary and the word
//! forms keep their texts and words.

use rayon::prelude::*;

use crate::fold::fold_str;

/// Many strings in one buffer: one allocation instead of one per string.
#[derive(Debug, Default)]
pub(crate) struct Strings {
    buf: String,
    /// Where each string ends in `buf`: strings of a library's texts or
    /// words, far below 4 GiB in all.
    ends: Vec<u32>,
}

impl Strings {
    pub fn push(&mut self, s: &str) {
        self.buf.push_str(s);
        self.ends.push(self.buf.len() as u32);
    }

    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.buf[start..self.ends[i] as usize]
    }

    /// The bytes of string `i`, without the checks of a `str` slice.
    pub fn bytes(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.buf.as_bytes()[start..self.ends[i] as usize]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }

    pub fn append(&mut self, other: Strings) {
        let base = self.buf.len() as u32;
        self.buf.push_str(&other.buf);
        self.ends.extend(other.ends.into_iter().map(|e| e + base));
    }

    /// The folded forms of `texts`, folded in parallel chunks.
    pub fn folded(texts: &[&str]) -> Strings {
        let chunks: Vec<Strings> = texts
            .par_chunks(FOLD_CHUNK)
            .map(|chunk| {
                let mut packed = Strings::default();
                for t in chunk {
                    packed.push(&fold_str(t));
                }
                packed
            })
            .collect();
        let mut all = Strings::default();
        for chunk in chunks {
            all.append(chunk);
        }
        all
    }
}

/// Texts folded per parallel task.
const FOLD_CHUNK: usize = 2048;
