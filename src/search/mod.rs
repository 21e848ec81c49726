//! Search that forgives: one index over every role, matched on each keystroke
//! with folding of case and accents, scattered subsequences in short fields,
//! word starts in long ones, and an edit-distance layer for typos. Knows
//! nothing about terminals; the explorer and `crewpath search` both use it.
//!
//! `fuzzy-matcher` is used only inside this module, so it can be replaced
//! without touching its users.

mod fold;
mod highlight;
mod index;
mod matching;
mod query;
mod rank;
mod typo;

use serde::Serialize;

pub use index::SearchIndex;
pub use query::{MAX_QUERY_CHARS, MAX_TOKENS};

use crate::library::RoleIx;
use matching::TokenMatches;

/// The part of a role a search matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Alias,
    /// Words the role should also be found by; never shown, so a hit in one
    /// shows the role's title instead.
    SearchTerm,
    Department,
    Skill,
    Summary,
    Description,
    Duty,
    Union,
}

impl Field {
    /// What to call the field next to the matched text. A search term is
    /// never shown, and its hit shows the title, so it is labelled "title".
    pub fn label(&self) -> &'static str {
        match self {
            Field::Title | Field::SearchTerm => "title",
            Field::Alias => "alias",
            Field::Department => "department",
            Field::Skill => "skill",
            Field::Summary => "summary",
            Field::Description => "description",
            Field::Duty => "duty",
            Field::Union => "union",
        }
    }

    /// The field's name for machines (JSON): `search_term` for a search term.
    pub fn key(&self) -> &'static str {
        match self {
            Field::SearchTerm => "search_term",
            other => other.label(),
        }
    }

    /// Summary, description, duties and unions: prose, matched by word start.
    pub fn is_long(&self) -> bool {
        matches!(
            self,
            Field::Summary | Field::Description | Field::Duty | Field::Union
        )
    }
}

/// One role found by a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub role: RoleIx,
    /// Higher is better; only meaningful against other hits of one query.
    pub score: u32,
    /// The field of the role's best match.
    pub field: Field,
    /// That field's text as written in the role file (for a search term, the
    /// role's title).
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
        if start > 0 {
            if let Some(space) = (start.saturating_sub(12)..start)
                .rev()
                .find(|&i| chars[i] == ' ')
            {
                start = space + 1;
            }
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

impl SearchIndex {
    /// The best `limit` roles for `query`, best first, one hit per role. Every
    /// token of the query must match the role somewhere. The same index and
    /// query always give the same hits; an empty query gives none.
    ///
    /// Called once per keystroke, it reuses what the previous call matched,
    /// like a [`Searcher`]; that makes it faster, never different.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let last = match self.last.try_lock() {
            Ok(mut last) => std::mem::take(&mut *last),
            // Busy in another thread: search from scratch.
            Err(_) => Vec::new(),
        };
        let mut searcher = Searcher { index: self, last };
        let hits = searcher.search(query, limit);
        if let Ok(mut last) = self.last.try_lock() {
            *last = searcher.last;
        }
        hits
    }
}

/// Searches as the query is typed, one keystroke at a time: what the last
/// query matched is reused for tokens that did not change, and a token that
/// only grew is looked for among the texts its shorter self matched. Gives
/// exactly the hits [`SearchIndex::search`] gives; one per search box when
/// several are typed into at once ([`SearchIndex::search`] keeps only the
/// last query of all).
#[derive(Debug)]
pub struct Searcher<'a> {
    index: &'a SearchIndex,
    last: Vec<TokenMatches>,
}

impl<'a> Searcher<'a> {
    pub fn new(index: &'a SearchIndex) -> Self {
        Searcher {
            index,
            last: Vec::new(),
        }
    }

    pub fn index(&self) -> &'a SearchIndex {
        self.index
    }

    /// Like [`SearchIndex::search`].
    pub fn search(&mut self, query: &str, limit: usize) -> Vec<Hit> {
        let tokens = query::tokens(query);
        let mut previous = std::mem::take(&mut self.last);
        let mut current: Vec<Option<TokenMatches>> = tokens
            .iter()
            .map(|t| {
                let same = previous.iter().position(|m| &m.token == t)?;
                Some(previous.swap_remove(same))
            })
            .collect();
        for (slot, token) in current.iter_mut().zip(tokens) {
            if slot.is_none() {
                let shorter = previous
                    .iter()
                    .filter(|m| m.scattered.is_some() && token.starts_with(m.token.as_str()))
                    .max_by_key(|m| m.token.len());
                *slot = Some(matching::match_token(self.index, token, shorter));
            }
        }
        self.last = current.into_iter().flatten().collect();
        self.hits(limit)
    }

    fn hits(&mut self, limit: usize) -> Vec<Hit> {
        let index = self.index;
        let top = rank::top_roles(index, &mut self.last, limit);
        let mut hits = Vec::with_capacity(top.len());
        for (role, score) in top {
            rank::resolve_all(index, &mut self.last, role);
            let best = rank::score_role(index, &self.last, role).map_or(0, |s| s.best);
            let best = index.occurrences_of(role)[best];
            // A search term is never shown: its role's title is.
            let text = if best.field == Field::SearchTerm {
                index.roles[role].title
            } else {
                best.text
            };
            hits.push(Hit {
                role,
                score,
                field: best.field,
                matched: index.text(text).to_string(),
                positions: highlight::positions(index, &self.last, text),
            });
        }
        hits
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

    #[test]
    fn fields_have_labels_for_people_and_keys_for_machines() {
        assert_eq!(Field::SearchTerm.label(), "title");
        assert_eq!(Field::SearchTerm.key(), "search_term");
        assert_eq!(Field::Duty.key(), "duty");
        assert!(Field::Union.is_long() && !Field::Skill.is_long());
    }
}
