//! `crewpath search`: the roles that best match a query, one per line
//! (`id<TAB>title<TAB>field: matched text`) or as JSON.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, usage_error};
use crate::clean;
use crate::library::Library;
use crate::search::{Coverage, Hit, Results, SearchIndex, Searcher};
use crate::t;

/// Long matched texts (a description) are cut to about this many chars
/// around the match on the one-line output.
const SHOWN_CHARS: usize = 100;

/// `--json`: the results and how far they meet the query.
#[derive(Serialize)]
struct JsonResults<'a> {
    format: u32,
    /// "every_word", "most_words" (no role had every word) or "weak"
    /// (letters spread over words).
    coverage: &'static str,
    /// Query words no role has.
    unmatched: &'a [String],
    results: Vec<JsonHit<'a>>,
}

/// One result as printed by `--json`.
#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    title: String,
    /// The department path, outermost first, as in `show --json`.
    department: Vec<String>,
    field: &'static str,
    matched: String,
    score: u32,
    positions: &'a [usize],
}

pub fn run(roles: Option<&Path>, query: &[String], limit: usize, json: bool) -> Status {
    if limit == 0 {
        return usage_error(&t!("search-limit-zero"));
    }
    let query = query.join(" ");
    if !query.chars().any(char::is_alphanumeric) {
        return usage_error(&t!("search-no-letters"));
    }
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let index = SearchIndex::build(lib);
    let results = Searcher::new(&index).search(&query, limit);
    let hits = &results.hits;
    if !json {
        // For a person reading along; the lines on standard output stay
        // one result each.
        if let Some(note) = results.note() {
            let _ = writeln!(std::io::stderr(), "{note}");
        }
    }
    let mut out = crate::output::stdout();
    let written = if json {
        write_json(&mut out, lib, &results)
    } else {
        write_lines(&mut out, lib, hits)
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return usage_error(&t!("search-cannot-write", error = e.to_string()));
    }
    let status = if hits.is_empty() {
        Status::FAILURE
    } else {
        Status::SUCCESS
    };
    crate::memory::free_at_exit(results);
    crate::memory::free_at_exit(index);
    crate::memory::free_at_exit(loaded);
    status
}

fn write_lines(out: &mut impl Write, lib: &Library, hits: &[Hit]) -> std::io::Result<()> {
    for hit in hits {
        let role = &lib.roles[hit.role];
        let (shown, _) = hit.snippet(SHOWN_CHARS);
        let matched = t!(
            "search-line-matched",
            field = hit.field.label(),
            text = clean::clean_line(&shown)
        );
        writeln!(
            out,
            "{}\t{}\t{matched}",
            clean::clean_line(role.id()),
            clean::clean_line(role.title()),
        )?;
    }
    out.flush()
}

fn write_json(out: &mut impl Write, lib: &Library, results: &Results) -> std::io::Result<()> {
    let items: Vec<JsonHit<'_>> = results
        .hits
        .iter()
        .map(|hit| {
            let role = &lib.roles[hit.role];
            JsonHit {
                id: role.id(),
                title: clean::clean_line(role.title()).into_owned(),
                department: super::department_path(lib, hit.role),
                field: hit.field.key(),
                matched: clean::clean(&hit.matched).into_owned(),
                score: hit.score,
                positions: &hit.positions,
            }
        })
        .collect();
    let all = JsonResults {
        format: 1,
        coverage: match results.coverage {
            Coverage::Every => "every_word",
            Coverage::Most { .. } => "most_words",
            Coverage::Weak => "weak",
        },
        unmatched: &results.unmatched,
        results: items,
    };
    let json = serde_json::to_string_pretty(&all).map_err(std::io::Error::other)?;
    writeln!(out, "{json}")?;
    out.flush()
}
