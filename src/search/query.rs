//! Turning what a visitor typed into the words to look for: folded, split,
//! capped, and with everyday filler ("the guy who does foley") set aside.

use crate::fold::fold_str;
use crate::fold::words;

/// Only this much of a query is read; nobody types more into a search box,
/// and a pasted page must not slow the search down.
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many distinct words are matched; further ones are ignored.
pub const MAX_WORDS: usize = 8;
/// A word is cut to this many chars.
const MAX_WORD_CHARS: usize = 64;

/// Words people put around a job title when they describe it ("the person
/// who does", "someone who works as a"). They never make a search fail:
/// they count only where they match a word's start ("for" in "forge"), unless
/// the query has nothing else.
const FILLER: &[&str] = &[
    "a", "an", "and", "any", "as", "at", "be", "by", "career", "careers", "do", "does", "doing",
    "for", "from", "guy", "guys", "he", "her", "him", "his", "i", "in", "into", "is", "it", "its",
    "job", "jobs", "kind", "lady", "like", "man", "me", "my", "of", "on", "one", "or", "people",
    "person", "role", "roles", "she", "somebody", "someone", "sort", "that", "the", "their",
    "them", "they", "thing", "things", "this", "to", "want", "what", "who", "whose", "with",
    "woman", "works", "you",
];

/// The same in French, folded as queries are ("métier" → "metier"), used
/// while crewpath speaks French. Not "son" (sound) nor "sa"/"ses", which a
/// search for sound work needs.
const FILLER_FR: &[&str] = &[
    "au",
    "aux",
    "avec",
    "carriere",
    "carrieres",
    "ce",
    "celle",
    "celui",
    "d",
    "dans",
    "de",
    "des",
    "du",
    "elle",
    "emploi",
    "emplois",
    "en",
    "est",
    "et",
    "faire",
    "fais",
    "fait",
    "femme",
    "fille",
    "gars",
    "homme",
    "il",
    "j",
    "je",
    "l",
    "la",
    "le",
    "les",
    "metier",
    "metiers",
    "mon",
    "ou",
    "par",
    "personne",
    "poste",
    "postes",
    "pour",
    "qu",
    "que",
    "quelqu",
    "quelquun",
    "qui",
    "quoi",
    "travail",
    "travaille",
    "un",
    "une",
    "veux",
];

/// Whether `word` is written in capitals: two letters or more, none in
/// lower case ("IT", "VFX", "2D" is not: one letter).
fn is_in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether `word` (folded) is filler in the language crewpath speaks.
fn is_filler(word: &str) -> bool {
    FILLER.contains(&word)
        || (crate::i18n::current() == crate::i18n::Lang::Fr && FILLER_FR.contains(&word))
}

/// Whether `word` (folded) is filler in either language: for skills,
/// whose names mix both languages in one table.
pub(crate) fn is_filler_anywhere(word: &str) -> bool {
    FILLER.contains(&word) || FILLER_FR.contains(&word)
}

/// What a query asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Query {
    /// The distinct folded words every role found must match, in the order
    /// typed.
    pub words: Vec<String>,
    /// Filler words (folded), which count only where they match.
    pub optional: Vec<String>,
}

/// The words of `query`. Punctuation splits like a space, so "re-recording"
/// and "re recording" are the same search. Filler words are optional when
/// the query has other words; a query of nothing but filler needs them ("a"
/// while typing "assistant"). A filler word typed in capitals ("IT", "ON")
/// is no filler: it is needed. At most [`MAX_WORDS`] words are kept, the
/// needed ones first.
pub(crate) fn parse(query: &str) -> Query {
    let capped: String = query.chars().take(MAX_QUERY_CHARS).collect();
    // A query typed all in capitals (caps lock at a kiosk) says nothing by
    // its capitals.
    let lettered = || {
        words(&capped)
            .map(|(_, w)| w)
            .filter(|w| w.chars().any(char::is_alphabetic))
    };
    let all_capitals = lettered().all(is_in_capitals);
    let capitals: Vec<String> = lettered()
        .filter(|w| !all_capitals && is_in_capitals(w))
        .map(fold_str)
        .collect();
    let is_filler = |w: &str| is_filler(w) && !capitals.iter().any(|c| c == w);
    let folded = fold_str(&capped);
    let mut all: Vec<String> = Vec::new();
    for (_, word) in words(&folded) {
        let word: String = word.chars().take(MAX_WORD_CHARS).collect();
        if !all.contains(&word) {
            all.push(word);
        }
    }
    let (filler, kept): (Vec<String>, Vec<String>) = all.into_iter().partition(|w| is_filler(w));
    let (mut words, mut optional) = if kept.is_empty() {
        (filler, Vec::new())
    } else {
        (kept, filler)
    };
    words.truncate(MAX_WORDS);
    optional.truncate(MAX_WORDS - words.len());
    Query { words, optional }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filler_typed_in_capitals_is_needed() {
        let q = parse("IT support technician");
        assert_eq!(q.words, ["it", "support", "technician"]);
        assert!(q.optional.is_empty());
        let q = parse("it support technician");
        assert_eq!(q.words, ["support", "technician"]);
        assert_eq!(q.optional, ["it"]);
        let q = parse("THE GUY WHO DOES FOLEY");
        assert_eq!(q.words, ["foley"], "caps lock says nothing");
        assert!(!is_in_capitals("A") && !is_in_capitals("It") && is_in_capitals("VFX"));
    }

    #[test]
    fn splits_folds_and_drops_repeats() {
        assert_eq!(
            parse("  Re-Recording  MIXER ").words,
            ["re", "recording", "mixer"]
        );
        assert_eq!(parse("Régisseur régisseur").words, ["regisseur"]);
        assert_eq!(parse("x\u{1b}[31mb\nc\td").words, ["x", "31mb", "c", "d"]);
        assert!(parse(" \t\n -- ").words.is_empty());
    }

    #[test]
    fn filler_words_are_set_aside_unless_nothing_else_was_typed() {
        let q = parse("the guy who does foley");
        assert_eq!(q.words, ["foley"]);
        assert_eq!(q.optional, ["the", "guy", "who", "does"]);
        assert_eq!(parse("a").words, ["a"]);
        assert_eq!(parse("the who").words, ["the", "who"]);
        assert!(FILLER.windows(2).all(|w| w[0] < w[1]), "keep FILLER sorted");
        assert!(
            FILLER_FR.windows(2).all(|w| w[0] < w[1]),
            "keep FILLER_FR sorted"
        );
    }

    #[test]
    fn long_queries_are_capped() {
        let many = (0..100)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(parse(&many).words.len(), MAX_WORDS);
        let long = "x".repeat(10_000);
        assert_eq!(parse(&long).words, ["x".repeat(MAX_WORD_CHARS)]);
    }
}
