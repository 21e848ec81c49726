//! What a search gives back: the roles found, each with the text that earned
//! its place, and how far the query was met.

use super::field::Field;
use crate::library::RoleIx;
use crate::t;

/// How far the roles found meet the query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Coverage {
    /// Every role found matched every word.
    #[default]
    Every,
    /// No role has every word: these have the most any role has.
    Most { matched: usize, of: usize },
    /// Nothing matched for real: these only hold the typed letters spread
    /// over their words.
    Weak,
}

/// The roles a query found, best first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub coverage: Coverage,
    /// Query words no role has (folded), for saying which word to change.
    pub unmatched: Vec<String>,
    /// Everyday words ("the", "who", "does") that counted only where they
    /// matched.
    pub optional: Vec<String>,
}

impl Results {
    /// What a person should know beyond the list, if anything: that no role
    /// has every word, that only weak matches were found, or which words
    /// matched nothing. Query words are letters and digits only, so this is
    /// safe to print.
    /// In the current language.
    pub fn note(&self) -> Option<String> {
        let words = self
            .unmatched
            .iter()
            .map(|w| t!("search-quoted-word", word = w.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        let count = self.unmatched.len();
        let missing = if count == 0 {
            String::new()
        } else {
            format!(" {}", t!("search-missing-words", words = words))
        };
        match (self.hits.is_empty(), self.coverage) {
            (true, _) if count > 0 => Some(t!("search-no-match", missing = missing, count = count)),
            (true, _) | (false, Coverage::Every) => None,
            (false, Coverage::Most { matched, of }) => Some(t!(
                "search-closest",
                matched = matched,
                of = of,
                missing = missing
            )),
            (false, Coverage::Weak) => Some(t!("search-weak")),
        }
    }
}

/// One role found by a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub role: RoleIx,
    /// Higher is better; only meaningful against other hits of one query.
    pub score: u32,
    /// The field of the text that earned the role its place.
    pub field: Field,
    /// That text as written in the role file.
    pub matched: String,
    /// Char indices into `matched` to highlight, ascending.
    pub positions: Vec<usize>,
}

impl Hit {
    /// `matched` on one line, cut to about `max_chars` chars around its
    /// first highlight with "…" where text was left out, and the highlight
    /// positions within the cut. Long fields (a description) need this;
    /// short ones usually come back whole.
    pub fn snippet(&self, max_chars: usize) -> (String, Vec<usize>) {
        let chars: Vec<char> = self
            .matched
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        let max_chars = max_chars.max(8);
        if chars.len() <= max_chars {
            return (chars.into_iter().collect(), self.positions.clone());
        }
        let first = self.positions.first().copied().unwrap_or(0);
        // Some context before the match, starting at a word if one is near.
        let mut start = first.saturating_sub(max_chars / 4);
        if start > 0
            && let Some(space) = (start.saturating_sub(12)..start)
                .rev()
                .find(|&i| chars[i] == ' ')
        {
            start = space + 1;
        }
        let lead = usize::from(start > 0);
        let room = max_chars - lead;
        let end = (start + room).min(chars.len());
        let (end, trail) = if end < chars.len() {
            (end - 1, 1)
        } else {
            (end, 0)
        };
        let mut out = String::new();
        if lead == 1 {
            out.push('…');
        }
        out.extend(&chars[start..end]);
        if trail == 1 {
            out.push('…');
        }
        let positions = self
            .positions
            .iter()
            .filter(|&&p| p >= start && p < end)
            .map(|&p| p - start + lead)
            .collect();
        (out, positions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(matched: &str, positions: Vec<usize>) -> Hit {
        Hit {
            role: 0,
            score: 1,
            field: Field::Description,
            matched: matched.to_string(),
            positions,
        }
    }

    #[test]
    fn short_texts_are_shown_whole() {
        let h = hit("Foley Artist", vec![0, 1]);
        assert_eq!(h.snippet(40), ("Foley Artist".to_string(), vec![0, 1]));
    }

    #[test]
    fn long_texts_are_cut_around_the_match_with_the_highlight_kept() {
        let text = format!("{} mixing stage {}", "word ".repeat(40), "more ".repeat(40));
        let at = text.find("mixing").unwrap_or(0);
        let h = hit(&text, (at..at + 6).collect());
        let (shown, positions) = h.snippet(40);
        assert!(shown.chars().count() <= 40, "{shown:?}");
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown:?}");
        let highlighted: String = shown
            .chars()
            .enumerate()
            .filter(|(i, _)| positions.contains(i))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(highlighted, "mixing");
    }

    #[test]
    fn line_breaks_become_spaces_in_a_snippet() {
        let h = hit("one\ntwo", vec![4]);
        assert_eq!(h.snippet(40).0, "one two");
    }
}
