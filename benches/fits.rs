//! "What fits me" on real data, beside the plain rankers a search engineer
//! would try first: ESCO occupations and their essential skills as role
//! files, visitors naming 2, 3 or 5 skills of one occupation (every third
//! visit with a typo), and for each ranker how often that occupation comes
//! first and in the top five, and how many of the top five use every skill
//! named. The plain rankers are measured twice: reading the skills exactly
//! as typed (a typo names nothing), and with crewpath's reading, so the
//! ranking is compared on equal terms. Fails (exit 1) when crewpath falls
//! below the best plain ranker on any measure.
//!
//! Run with `cargo bench --bench fits`.

#[path = "../tests/suite/fits_real/visitors.rs"]
mod visitors;

use visitors::{Reader, Tally};

fn row(name: &str, t: &Tally) -> String {
    format!(
        "| {name:<32} | {:>6.1} % | {:>6.1} % | {:>5.2} |",
        t.first_rate(),
        t.top5_rate(),
        t.full_in_top5()
    )
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let occupations = visitors::occupations();
    visitors::write_library(dir.path(), &occupations);
    let loaded = crewpath::library::load_dir(dir.path()).expect("load the ESCO library");
    let lib = &loaded.library;
    let visits = visitors::visits(&occupations);
    let typos = visits.iter().filter(|v| v.typo).count();
    println!(
        "{} roles, {} skills; {} visits naming {:?} skills, {} with a typo\n",
        lib.roles.len(),
        lib.skills.len(),
        visits.len(),
        visitors::KS,
        typos
    );
    println!("| ranker                           |  first   |  top 5   | top 5 using all named |");
    println!("| --- | ---: | ---: | ---: |");
    let exact = visitors::measure(lib, &occupations, &visits, Reader::Exact);
    let read = visitors::measure(lib, &occupations, &visits, Reader::Crewpath);
    let mut behind = Vec::new();
    let ours = &read[0].1;
    println!("{}", row("crewpath", ours));
    for (label, tallies) in [("exact names", &exact), ("crewpath's reading", &read)] {
        for (ranker, tally) in tallies.iter().skip(1) {
            println!("{}", row(&format!("{}, {label}", ranker.name()), tally));
            let measures = [
                (ours.first, tally.first, "first"),
                (ours.top5, tally.top5, "top 5"),
                (
                    ours.all_named_in_top5,
                    tally.all_named_in_top5,
                    "top 5 using all named",
                ),
            ];
            for (mine, theirs, what) in measures {
                if mine < theirs {
                    behind.push(format!(
                        "{} ({label}) beats crewpath on {what}",
                        ranker.name()
                    ));
                }
            }
        }
    }
    if !behind.is_empty() {
        eprintln!("\n{}", behind.join("\n"));
        std::process::exit(1);
    }
}
