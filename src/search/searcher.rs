//! The one way to search: a query goes through the pipeline (words →
//! matches → scores → hits), keeping each word's matches for the next
//! keystroke.

use super::candidates::{Strength, WordMatches};
use super::highlight;
use super::index::SearchIndex;
use super::query;
use super::results::{Coverage, Hit, Results};
use super::score::{self, Require};

/// Searches one search box as it is typed into. What the last query matched
/// is reused for words that did not change, and a word that only grew is
/// looked for among what its shorter self matched; the results are exactly
/// those of a new `Searcher`, only faster.
#[derive(Debug)]
pub struct Searcher<'a> {
    index: &'a SearchIndex<'a>,
    last: Vec<WordMatches>,
}

/// What a [`Searcher`] keeps from one query for the next, apart from the
/// index, for a search box that outlives a borrow of its index.
#[derive(Debug, Default)]
pub struct Memory(Vec<WordMatches>);

impl<'a> Searcher<'a> {
    pub fn new(index: &'a SearchIndex<'a>) -> Self {
        Searcher::resume(index, Memory::default())
    }

    /// A searcher that goes on from what an earlier one on `index` kept.
    pub fn resume(index: &'a SearchIndex<'a>, memory: Memory) -> Self {
        Searcher {
            index,
            last: memory.0,
        }
    }

    /// What the next searcher on the same index may go on from.
    pub fn into_memory(self) -> Memory {
        Memory(self.last)
    }

    /// The best `limit` roles for `query`, best first, one hit per role.
    ///
    /// Roles that match every word of the query come first and alone. When
    /// no role has every word, the roles with the most words are given
    /// instead; when no word matched for real anywhere, the roles that hold
    /// the typed letters spread over their words. [`Results::coverage`]
    /// says which. The same index and query always give the same results; a
    /// query with nothing to search for gives none.
    pub fn search(&mut self, query: &str, limit: usize) -> Results {
        let index = self.index;
        let query = query::parse(query);
        let of = query.words.len();
        self.match_words(&query.words, &query.optional);
        let words = &mut self.last;
        let mut results = Results {
            unmatched: words
                .iter()
                .filter(|w| !w.optional && !w.found())
                .map(|w| w.word.clone())
                .collect(),
            optional: query.optional,
            ..Results::default()
        };
        if of == 0 || limit == 0 {
            return results;
        }
        let mut strength = Strength::Real;
        let (mut top, mut matched) =
            score::top_roles(index, words, strength, Require::Every, limit);
        if top.is_empty() && of > 1 {
            (top, matched) = score::top_roles(index, words, strength, Require::Most, limit);
            results.coverage = Coverage::Most { matched, of };
        }
        if top.is_empty() {
            strength = Strength::WeakToo;
            for word in words.iter_mut() {
                word.add_weak(index);
            }
            (top, matched) = score::top_roles(index, words, strength, Require::Every, limit);
            results.coverage = Coverage::Weak;
        }
        debug_assert!(top.is_empty() || matched > 0);
        results.hits = top
            .into_iter()
            .map(|(role, scored)| {
                let shown = index.occurrences_of(role)[scored.shown];
                Hit {
                    role,
                    score: scored.score,
                    field: shown.field(),
                    matched: index.text(shown.text()).to_string(),
                    positions: highlight::positions(index, words, strength, shown.text()),
                }
            })
            .collect();
        if results.hits.is_empty() {
            results.coverage = Coverage::Every;
        }
        results
    }

    /// Sets `last` to the matches of the needed words, then the optional
    /// ones, reusing what it can.
    fn match_words(&mut self, needed: &[String], optional: &[String]) {
        let wanted: Vec<(&String, bool)> = needed
            .iter()
            .map(|w| (w, false))
            .chain(optional.iter().map(|w| (w, true)))
            .collect();
        let mut previous = std::mem::take(&mut self.last);
        let mut current: Vec<Option<WordMatches>> = wanted
            .iter()
            .map(|&(w, optional)| {
                let same = previous
                    .iter()
                    .position(|m| &m.word == w && m.optional == optional)?;
                Some(previous.swap_remove(same))
            })
            .collect();
        for (slot, (word, optional)) in current.iter_mut().zip(wanted) {
            if slot.is_none() {
                let shorter = previous
                    .iter()
                    .filter(|m| m.optional == optional && word.starts_with(m.word.as_str()))
                    .max_by_key(|m| m.word.len());
                *slot = Some(WordMatches::find(
                    self.index,
                    word.clone(),
                    optional,
                    shorter,
                ));
            }
        }
        self.last = current.into_iter().flatten().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library_of(titles: &[&str]) -> crate::library::Library {
        let mut lib = crate::library::Library::default();
        lib.departments.push(crate::library::Department::default());
        for (i, t) in titles.iter().enumerate() {
            lib.roles
                .push(crate::library::Role::new(&crate::library::RoleText {
                    id: format!("r{i}"),
                    title: t.to_string(),
                    ..Default::default()
                }));
        }
        lib
    }

    #[test]
    fn fewer_pieces_are_worth_more() {
        // "ou·mi" in "Sound Mixer", "ou·m·i" in "Soul Music".
        let lib = library_of(&["Soul Music", "Sound Mixer"]);
        let index = SearchIndex::build(&lib);
        let results = Searcher::new(&index).search("oumi", 5);
        assert_eq!(results.coverage, Coverage::Weak);
        assert_eq!(results.hits.len(), 2);
        assert_eq!(results.hits[0].matched, "Sound Mixer");
        assert!(results.hits[0].score > results.hits[1].score);
    }

    #[test]
    fn weak_matches_come_only_when_nothing_real_does() {
        // "nior" is inside "Senior", and spread over the other title's words.
        let lib = library_of(&["Set Construction Manager", "Senior Mixer"]);
        let index = SearchIndex::build(&lib);
        let mut searcher = Searcher::new(&index);
        let results = searcher.search("nior", 5);
        assert_eq!(results.coverage, Coverage::Every);
        let titles: Vec<&str> = results.hits.iter().map(|h| h.matched.as_str()).collect();
        assert_eq!(titles, ["Senior Mixer"]);
        let results = searcher.search("nior xq", 5);
        assert_eq!(results.coverage, Coverage::Most { matched: 1, of: 2 });
        let results = searcher.search("ctmg", 5);
        assert_eq!(results.coverage, Coverage::Weak);
        assert_eq!(results.hits[0].matched, "Set Construction Manager");
    }

    #[test]
    fn the_roles_with_most_words_stand_in_when_none_has_all() {
        let lib = library_of(&["Sound Mixer", "Picture Editor", "Sound Editor"]);
        let index = SearchIndex::build(&lib);
        let results = Searcher::new(&index).search("sound zebra mixer", 5);
        assert_eq!(results.coverage, Coverage::Most { matched: 2, of: 3 });
        assert_eq!(results.unmatched, ["zebra"]);
        assert_eq!(results.hits.len(), 1);
        assert_eq!(results.hits[0].matched, "Sound Mixer");
    }
}
