//! Search relevance at the scale of a real occupational library: the rank of
//! the wanted role for every query of the test set (see `relevance/corpus.rs`),
//! by kind of query. Run with `--nocapture` to see the table.

pub mod corpus;

use corpus::{KINDS, Query, Tally};
use crewpath::library::{Library, load_dir};
use crewpath::search::{SearchIndex, Searcher};

/// As many results as the explorer lists.
const LIMIT: usize = crewpath::app::RESULT_LIMIT;

/// The ids of the roles found for `query`, best first.
pub(crate) fn ranked_ids(index: &SearchIndex, library: &Library, query: &str) -> Vec<String> {
    Searcher::new(index)
        .search(query, LIMIT)
        .hits
        .iter()
        .map(|h| library.roles[h.role].id().to_string())
        .collect()
}

#[test]
fn the_wanted_role_comes_first_for_nearly_every_query() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let occupations = corpus::occupations();
    corpus::write_library(dir.path(), &occupations);
    let loaded = load_dir(dir.path()).expect("load the test library");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems.first());
    let library = &loaded.library;
    let aliases: usize = library.roles.iter().map(|r| r.aliases().len()).sum();
    assert!(library.roles.len() >= 800 && aliases >= 25_000);
    let queries = corpus::queries(&occupations);
    assert!(queries.len() >= 200);
    let index = SearchIndex::build(library);

    let mut tallies = vec![Tally::default(); KINDS.len()];
    let mut misses: Vec<(&Query, Option<usize>, String)> = Vec::new();
    for q in &queries {
        let found = ranked_ids(&index, library, &q.text);
        let rank = found.iter().position(|id| *id == q.wanted);
        let kind = KINDS.iter().position(|k| *k == q.kind).unwrap_or(0);
        tallies[kind].add(rank);
        if rank != Some(0) {
            misses.push((q, rank, found.first().cloned().unwrap_or_default()));
        }
    }
    let total = Tally::total(&tallies);
    println!(
        "{} roles, {} alternate titles, {} queries",
        library.roles.len(),
        aliases,
        queries.len()
    );
    let rows: Vec<(&str, Tally)> = KINDS
        .iter()
        .copied()
        .zip(tallies.iter().copied())
        .chain([("all", total)])
        .collect();
    Tally::print_table(26, &rows);
    for (q, rank, first) in &misses {
        println!(
            "  {:?} ({}): wanted {} at {:?}, first {first}",
            q.text, q.kind, q.wanted, rank
        );
    }
    let exact = tallies[0];
    assert_eq!(
        exact.first, exact.queries,
        "every exact alternate title first"
    );
    assert!(
        Tally::rate(total.first, total.queries) >= 95.0,
        "top-1 {:.1}%",
        Tally::rate(total.first, total.queries)
    );
    assert!(
        Tally::rate(total.top5, total.queries) >= 99.0,
        "top-5 {:.1}%",
        Tally::rate(total.top5, total.queries)
    );
}
