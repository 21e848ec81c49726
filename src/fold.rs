//! Folding text for matching (lower case, no accents, with a map from every
//! folded character back to the original one so highlights land right), the
//! one way folded text is split into words (for the library's synonyms, the
//! index, the query and the highlights alike), and the letter-level tests on
//! folded text: character sets, subsequences, and into how many pieces a
//! word's letters fall inside a text. Knows nothing of roles or search.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Text folded for matching, with where each folded character came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Folded {
    pub text: String,
    /// For the n-th char of `text`, the index of the char of the original it
    /// came from. One original char may give several folded ones (ß → ss).
    pub origin: Vec<usize>,
}

/// Folds `text`: lower case, accents and other combining marks dropped, a few
/// letters that have no decomposition spelled the way people type them.
pub(crate) fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (i, c) in text.chars().enumerate() {
        fold_char(c, |f| {
            out.text.push(f);
            out.origin.push(i);
        });
    }
    out
}

/// Like [`fold`], without the map back: for text that is only searched.
pub(crate) fn fold_str(text: &str) -> String {
    if text
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        decompose_canonical(lower, |d| {
            if is_combining_mark(d) {
                return;
            }
            match d {
                'ß' => {
                    emit('s');
                    emit('s');
                }
                'æ' => {
                    emit('a');
                    emit('e');
                }
                'œ' => {
                    emit('o');
                    emit('e');
                }
                'ø' => emit('o'),
                'ł' => emit('l'),
                'đ' | 'ð' => emit('d'),
                'ı' => emit('i'),
                'þ' => {
                    emit('t');
                    emit('h');
                }
                other => emit(other),
            }
        });
    }
}

/// A set of the letters and digits in folded text, one bit each (other
/// characters share the remaining bits), so that "can this text contain that
/// token at all" costs one AND.
pub(crate) fn char_mask(folded: &str) -> u64 {
    folded.chars().fold(0, |mask, c| mask | char_bit(c))
}

fn char_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        c if c.is_alphanumeric() => 1 << (36 + c as u32 % 28),
        _ => 0,
    }
}

/// Whether `needle`'s chars appear in `hay` in order, not necessarily together.
pub(crate) fn is_subsequence(needle: &str, hay: &str) -> bool {
    if needle.is_ascii() {
        return is_ascii_subsequence(needle.as_bytes(), hay.as_bytes());
    }
    let mut it = hay.chars();
    needle.chars().all(|n| it.any(|h| h == n))
}

/// [`is_subsequence`] for an ASCII needle, in any UTF-8 text: UTF-8 never
/// uses ASCII bytes inside a multi-byte char, so bytes can be compared.
pub(crate) fn is_ascii_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay;
    for &n in needle {
        match rest.iter().position(|&h| h == n) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
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

/// How many words `text` has once folded ("re-recording" is two).
pub(crate) fn word_count(text: &str) -> usize {
    words(&fold_str(text)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("Régisseur").text, "regisseur");
        assert_eq!(fold_str("ÉCOLE Ça"), "ecole ca");
        assert_eq!(fold_str("Straße Œuvre Øresund"), "strasse oeuvre oresund");
        assert_eq!(fold_str("İstanbul"), "istanbul");
        // Decomposed input (e + combining acute) folds the same as composed.
        assert_eq!(fold_str("Re\u{301}gisseur"), "regisseur");
    }

    #[test]
    fn folded_chars_point_back_at_their_original_chars() {
        let f = fold("Régisseur");
        assert_eq!(f.origin, (0..9).collect::<Vec<_>>());
        let f = fold("Straße Ö");
        // "strasse o": the two s of ß both point at ß (index 4).
        assert_eq!(f.text, "strasse o");
        assert_eq!(f.origin, vec![0, 1, 2, 3, 4, 4, 5, 6, 7]);
        // A decomposed accent is dropped, so the char after it still maps to
        // its own original index.
        let f = fold("e\u{301}x");
        assert_eq!(f.text, "ex");
        assert_eq!(f.origin, vec![0, 2]);
    }

    #[test]
    fn masks_and_subsequences() {
        assert_eq!(char_mask("ab") & char_mask("abc"), char_mask("ab"));
        assert_ne!(char_mask("abz") & char_mask("abc"), char_mask("abz"));
        assert!(is_subsequence("editr", "music editor"));
        assert!(!is_subsequence("rtide", "music editor"));
        assert!(is_subsequence("rég", "régisseur"));
        assert!(is_subsequence("rgs", "régisseur"));
        assert!(!is_subsequence("rsg", "régisseur"));
    }

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
        assert_eq!(pieces("xyz", "editor"), usize::MAX);
    }

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
}
