//! Initials: "bdm" for Business Development Manager. Every title of three
//! to eight words is filed under its initials, with and without its small
//! words ("hopp" and "hpp" for Head of Post Production), so a query word
//! that is a title's initials finds it.

use rayon::prelude::*;

use super::vocab::TextId;
use crate::fold::words;

/// Initials are made of this many letters at least: two letters are the
/// initials of too many titles to mean one.
const MIN_LETTERS: usize = 3;
/// And at most this many, packed one byte a letter in a `u64`.
const MAX_LETTERS: usize = 8;

/// Words left out of the shorter initials: "of" in Director of Photography.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "au", "aux", "d", "de", "des", "du", "en", "et", "for", "in", "l", "la",
    "le", "les", "of", "on", "ou", "the", "to",
];

/// Titles by their initials, sorted so one query word finds its titles by a
/// binary search; twelve bytes a title.
#[derive(Debug, Default)]
pub(crate) struct Initials {
    codes: Vec<u64>,
    texts: Vec<TextId>,
}

impl Initials {
    /// Files each of `titles` (text id and folded text) under its initials.
    pub fn build<'a>(titles: impl Iterator<Item = (TextId, &'a str)>) -> Initials {
        let titles: Vec<(TextId, &str)> = titles.collect();
        let mut pairs: Vec<(u64, TextId)> = titles
            .par_iter()
            .flat_map_iter(|&(text, folded)| {
                let [all, without_small] = codes_of(folded);
                let shorter = without_small.filter(|_| without_small != all);
                all.into_iter().chain(shorter).map(move |c| (c, text))
            })
            .collect();
        pairs.par_sort_unstable();
        pairs.dedup();
        Initials {
            codes: pairs.iter().map(|p| p.0).collect(),
            texts: pairs.iter().map(|p| p.1).collect(),
        }
    }

    /// The titles whose initials are the folded query word `word`.
    pub fn titles(&self, word: &str) -> &[TextId] {
        let Some(code) = code(word.chars()) else {
            return &[];
        };
        let lo = self.codes.partition_point(|&c| c < code);
        let hi = lo + self.codes[lo..].partition_point(|&c| c == code);
        &self.texts[lo..hi]
    }
}

/// The initials of a folded title, with all its words and without its
/// small words, each `None` when it is not three to eight ASCII letters or
/// digits. One pass over the title: there is one for every title and other
/// title of the library.
fn codes_of(folded: &str) -> [Option<u64>; 2] {
    let mut all = Code::default();
    let mut without_small = Code::default();
    for (_, w) in words(folded) {
        let first = w.as_bytes()[0];
        all.push(first);
        if !SMALL_WORDS.contains(&w) {
            without_small.push(first);
        }
        if all.bad && without_small.bad {
            break;
        }
    }
    [all.done(), without_small.done()]
}

/// Initials being packed, one byte a letter.
#[derive(Default)]
struct Code {
    code: u64,
    letters: usize,
    /// Too many letters, or one that is not ASCII.
    bad: bool,
}

impl Code {
    fn push(&mut self, first_byte: u8) {
        if !first_byte.is_ascii_alphanumeric() || self.letters == MAX_LETTERS {
            self.bad = true;
            return;
        }
        self.code = (self.code << 8) | u64::from(first_byte);
        self.letters += 1;
    }

    fn done(&self) -> Option<u64> {
        (!self.bad && self.letters >= MIN_LETTERS).then_some(self.code)
    }
}

/// Letters packed one byte each, the first in the highest byte used.
fn code(letters: impl Iterator<Item = char>) -> Option<u64> {
    let mut code = 0u64;
    let mut n = 0;
    for c in letters {
        if !c.is_ascii_alphanumeric() || n == MAX_LETTERS {
            return None;
        }
        code = (code << 8) | u64::from(c as u8);
        n += 1;
    }
    (n >= MIN_LETTERS).then_some(code)
}

/// Which chars of the folded title `folded` are the initials `word`: the
/// first letter of each of its words, or of each but its small words.
pub(crate) fn chars_of(folded: &str, word: &str) -> Option<Vec<usize>> {
    let [all, without_small] = codes_of(folded);
    let wanted = code(word.chars())?;
    let keep_small = if all == Some(wanted) {
        true
    } else if without_small == Some(wanted) {
        false
    } else {
        return None;
    };
    Some(
        words(folded)
            .filter(|(_, w)| keep_small || !SMALL_WORDS.contains(w))
            .map(|(at, _)| at)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_found_by_its_initials_with_or_without_small_words() {
        let initials = Initials::build(
            [
                (0, "business development manager"),
                (1, "director of photography"),
                (2, "sound editor"),
                (3, "a b c d e f g h i"),
            ]
            .into_iter(),
        );
        assert_eq!(initials.titles("bdm"), [0]);
        assert_eq!(initials.titles("dop"), [1]);
        assert_eq!(initials.titles("dp"), [] as [TextId; 0], "two letters");
        assert_eq!(initials.titles("se"), [] as [TextId; 0]);
        assert_eq!(initials.titles("abcdefghi"), [] as [TextId; 0]);
        assert_eq!(initials.titles("xyz"), [] as [TextId; 0]);
        assert_eq!(
            chars_of("director of photography", "dop"),
            Some(vec![0, 9, 12])
        );
        assert_eq!(
            chars_of("business development manager", "bdm"),
            Some(vec![0, 9, 21])
        );
        assert_eq!(chars_of("sound editor", "bdm"), None);
    }
}
