//! Search relevance on real occupational data: ESCO occupations written as
//! role files, searched with queries made from them by rules (see
//! `relevance_real/esco.rs`), the rank of the wanted role counted by kind of
//! query. Run with `--nocapture` to see the table and the misses.

mod esco;

use crewpath::library::load_dir;
use crewpath::search::SearchIndex;
use esco::{KINDS, Query};

use crate::relevance::ranked_ids;

use crate::relevance::corpus::Tally;

/// The lowest top-1 and top-5 rates (in %) each kind may fall to, in the
/// order of `KINDS`, then for all queries together. A few points below what
/// search measures now; raise them as search gets better.
const FLOORS: &[(&str, f64, f64)] = &[
    ("exact title", 97.0, 98.0),
    ("exact alternative label", 96.0, 97.0),
    ("plural", 97.0, 98.0),
    ("spelling variant", 94.0, 97.0),
    ("description words", 92.0, 97.0),
    ("initials", 85.0, 90.0),
    ("typo", 97.0, 98.0),
    ("all", 95.0, 97.0),
];

#[test]
fn real_occupations_are_found_by_the_words_people_use() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let occupations = esco::occupations();
    assert!(
        (300..=900).contains(&occupations.len()),
        "{} occupations in the fixture",
        occupations.len()
    );
    esco::write_library(dir.path(), &occupations);
    let loaded = load_dir(dir.path()).expect("load the ESCO library");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems.first());
    let library = &loaded.library;
    assert_eq!(library.roles.len(), occupations.len(), "every role loads");
    let queries = esco::queries(&occupations);
    let index = SearchIndex::build(library);

    let mut tallies = vec![Tally::default(); KINDS.len()];
    let mut misses: Vec<(&Query, Option<usize>, String)> = Vec::new();
    for q in &queries {
        let found = ranked_ids(&index, library, &q.text);
        let rank = found.iter().position(|id| *id == q.wanted);
        let kind = KINDS
            .iter()
            .position(|k| *k == q.kind)
            .expect("a known kind");
        tallies[kind].add(rank);
        if rank != Some(0) {
            misses.push((q, rank, found.first().cloned().unwrap_or_default()));
        }
    }
    let total = Tally::total(&tallies);
    let aliases: usize = library.roles.iter().map(|r| r.aliases().len()).sum();
    println!(
        "ESCO: {} roles, {aliases} alternative labels, {} queries",
        library.roles.len(),
        queries.len()
    );
    let rows: Vec<(&str, Tally)> = KINDS
        .iter()
        .copied()
        .zip(tallies.iter().copied())
        .chain([("all", total)])
        .collect();
    Tally::print_table(20, &rows);
    for (q, rank, first) in &misses {
        println!(
            "  {:?} ({}): wanted {} at {:?}, first {first}",
            q.text, q.kind, q.wanted, rank
        );
    }
    let mut below = Vec::new();
    for ((kind, t), (floor_kind, top1, top5)) in rows.iter().zip(FLOORS) {
        assert_eq!(kind, floor_kind, "FLOORS follows KINDS");
        assert!(t.queries >= 20, "only {} {kind} queries", t.queries);
        let (first, five) = (
            Tally::rate(t.first, t.queries),
            Tally::rate(t.top5, t.queries),
        );
        if first < *top1 || five < *top5 {
            below.push(format!(
                "{kind}: top-1 {first:.1}% (floor {top1}), top-5 {five:.1}% (floor {top5})"
            ));
        }
    }
    assert!(below.is_empty(), "below the floor: {below:#?}");
}
