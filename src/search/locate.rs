//! Finding again where a query word matched one text, by the kind of match
//! its quality says it was: which word of the text it stands for, and which
//! of the text's chars to highlight.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::initials;
use super::scale::{Kind, kind};
use super::typo::Typo;
use crate::fold::words;
use crate::fold::{char_mask, is_subsequence};

/// Where a query word matched in a folded text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Located {
    /// Which word of the text (0 for the first) it matched, or where a weak
    /// match begins.
    pub word: usize,
    /// The folded text's char indices it matched, ascending.
    pub chars: Vec<usize>,
}

/// Where `query_word` matched `folded` with quality `quality`, if it can be
/// found there. `alternative` tells the words of the text that matched as
/// another form of the query word or as its synonym.
pub(crate) fn locate(
    folded: &str,
    query_word: &str,
    quality: u8,
    alternative: &dyn Fn(&str) -> bool,
) -> Option<Located> {
    let typed = query_word.chars().count();
    let whole = |(n, (at, _)): (usize, (usize, &str))| Located {
        word: n,
        chars: (at..at + typed).collect(),
    };
    match kind(quality) {
        Kind::Word | Kind::Prefix => {
            let mut all = words(folded).enumerate();
            let exact = all.clone().find(|(_, (_, w))| *w == query_word);
            exact
                .or_else(|| all.find(|(_, (_, w))| w.starts_with(query_word)))
                .map(whole)
        }
        Kind::Form | Kind::Synonym => words(folded)
            .enumerate()
            .find(|(_, (_, w))| alternative(w))
            .map(|(n, (at, w))| Located {
                word: n,
                chars: (at..at + w.chars().count()).collect(),
            }),
        Kind::Initials => {
            initials::chars_of(folded, query_word).map(|chars| Located { word: 0, chars })
        }
        Kind::Typo => {
            let typo = Typo::new(query_word)?;
            let mut best: Option<(u8, Located)> = None;
            for (n, (at, w)) in words(folded).enumerate() {
                if let Some(m) = typo.check(w, w.chars().count(), char_mask(w))
                    && best.as_ref().is_none_or(|b| m.quality > b.0)
                {
                    let chars = (at..at + m.chars).collect();
                    best = Some((m.quality, Located { word: n, chars }));
                }
            }
            best.map(|b| b.1)
        }
        Kind::InWord => words(folded)
            .enumerate()
            .filter(|(_, (_, w))| is_subsequence(query_word, w))
            .find_map(|(n, (at, w))| {
                let (_, found) = matcher().fuzzy_indices(w, query_word)?;
                Some(Located {
                    word: n,
                    chars: found.into_iter().map(|i| at + i).collect(),
                })
            }),
        Kind::Weak => {
            let (_, chars) = matcher().fuzzy_indices(folded, query_word)?;
            let first = chars.first().copied().unwrap_or(0);
            let word = words(folded).take_while(|(at, _)| *at <= first).count();
            Some(Located {
                word: word.saturating_sub(1),
                chars,
            })
        }
    }
}

/// Letters picked out of a text are aligned the way SkimMatcherV2 aligns
/// them: word starts and runs of letters first.
fn matcher() -> SkimMatcherV2 {
    // Both sides are folded to lower case before matching, so case never
    // needs comparing; huge texts fall back to a linear match.
    SkimMatcherV2::default()
        .respect_case()
        .element_limit(64 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::scale::{
        EXACT, FORM, IN_WORD_MIN, INITIALS, PREFIX_MIN, TYPO_WHOLE, WEAK_MIN,
    };

    #[test]
    fn each_kind_of_match_is_found_again_where_it_matched() {
        let none = |_: &str| false;
        let at = |text: &str, w: &str, q: u8| locate(text, w, q, &none).map(|l| (l.word, l.chars));
        assert_eq!(
            at("sound mixer", "mixer", EXACT),
            Some((1, vec![6, 7, 8, 9, 10]))
        );
        assert_eq!(
            at("re recording", "rec", PREFIX_MIN),
            Some((1, vec![3, 4, 5]))
        );
        assert_eq!(
            at("music composer", "compozer", TYPO_WHOLE[1]),
            Some((1, (6..14).collect()))
        );
        assert_eq!(
            at("film editor", "edtr", IN_WORD_MIN),
            Some((1, vec![5, 6, 8, 10]))
        );
        let weak = locate("creative vision", "evi", WEAK_MIN, &none).map(|l| l.word);
        assert!(weak.is_some());
        assert_eq!(at("sound", "xyz", EXACT), None);
        let mixing = |w: &str| w == "mixing";
        assert_eq!(
            locate("sound mixing", "mixer", FORM, &mixing).map(|l| (l.word, l.chars)),
            Some((1, (6..12).collect()))
        );
        assert_eq!(
            at("business development manager", "bdm", INITIALS),
            Some((0, vec![0, 9, 21]))
        );
    }
}
