//! "What fits me" on real data: ESCO occupations and their essential
//! skills written as role files, visitors naming 2, 3 or 5 skills of one
//! occupation, every third with a typo (see `fits_real/visitors.rs`). The
//! comparison with the plain rankers is `cargo bench --bench fits`.

mod visitors;

use std::collections::HashSet;

use crewpath::career;
use crewpath::library::load_dir;
use crewpath::search::SkillWords;
use visitors::{Ranker, Reader};

/// The lowest rates (in %) crewpath may fall to: a few points below what
/// `cargo bench --bench fits` measures now.
const FIRST_FLOOR: f64 = 85.0;
const TOP5_FLOOR: f64 = 97.0;

#[test]
fn a_role_using_every_skill_named_always_ranks_above_one_using_fewer() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let occupations = visitors::occupations();
    assert_eq!(occupations.len(), 91, "occupations in the fixture");
    visitors::write_library(dir.path(), &occupations);
    let loaded = load_dir(dir.path()).expect("load the ESCO library");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems.first());
    let lib = &loaded.library;
    let words = SkillWords::new(lib);
    let lengths: HashSet<usize> = (0..lib.roles.len())
        .map(|r| lib.skill_ids(r).len())
        .collect();
    assert!(lengths.len() > 20, "roles of many lengths: {lengths:?}");
    for visit in visitors::visits(&occupations) {
        let named = visitors::read(lib, &words, &visit.typed, Reader::Crewpath);
        let fits = career::rank(lib, &named);
        let all = fits
            .iter()
            .take_while(|f| f.named.len() == named.len())
            .count();
        let every = fits.iter().filter(|f| f.named.len() == named.len()).count();
        assert_eq!(all, every, "{:?}", visit.typed);
    }
}

#[test]
fn the_occupation_whose_skills_a_visitor_names_comes_first_more_often_than_by_share() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let occupations = visitors::occupations();
    visitors::write_library(dir.path(), &occupations);
    let loaded = load_dir(dir.path()).expect("load the ESCO library");
    let lib = &loaded.library;
    let visits = visitors::visits(&occupations);
    let tallies = visitors::measure(lib, &occupations, &visits, Reader::Exact);
    let of = |ranker: Ranker| {
        tallies
            .iter()
            .find(|(r, _)| *r == ranker)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let ours = of(Ranker::Crewpath);
    let share = of(Ranker::Share);
    println!(
        "crewpath: first {:.1} %, top 5 {:.1} %; share: first {:.1} %, top 5 {:.1} %",
        ours.first_rate(),
        ours.top5_rate(),
        share.first_rate(),
        share.top5_rate()
    );
    assert!(ours.first_rate() >= FIRST_FLOOR, "{}", ours.first_rate());
    assert!(ours.top5_rate() >= TOP5_FLOOR, "{}", ours.top5_rate());
    assert!(ours.first > share.first);
    assert!(ours.all_named_in_top5 >= share.all_named_in_top5);
}
