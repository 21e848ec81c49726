//! Search time of every keystroke while typing each benchmark query one
//! character at a time, at O*NET scale and at 20,000 roles: the median and
//! the worst keystroke, exactly as the explorer's search box runs it (one
//! `Searcher` per box, reusing the previous keystroke's matches, asking for
//! the explorer's number of results) and from scratch every time.
//! Wall time and CPU time: on a busy machine wall time includes waiting for
//! a core.
//!
//! Run with `cargo bench --bench keystrokes`.

mod common;

use std::time::{Duration, Instant};

use crewpath::library::load_dir;
use crewpath::search::{SearchIndex, Searcher};

/// Each query is typed this many times; a keystroke's time is its median over
/// the rounds, so one scheduler hiccup does not count as the worst keystroke.
const ROUNDS: usize = 5;
/// As many results as the explorer lists.
const LIMIT: usize = crewpath::app::RESULT_LIMIT;

fn prefixes(query: &str) -> Vec<&str> {
    query
        .char_indices()
        .map(|(i, c)| &query[..i + c.len_utf8()])
        .collect()
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

struct Report {
    median: Duration,
    p90: Duration,
    worst: Duration,
    /// The slowest keystrokes, slowest first.
    slowest: Vec<(Duration, String)>,
    keystrokes: usize,
}

fn measure(index: &SearchIndex, typing: bool, clock: Option<&common::CpuClock>) -> Report {
    let mut per_key: Vec<(String, Vec<Duration>)> = Vec::new();
    for round in 0..ROUNDS {
        let mut k = 0;
        for query in common::QUERIES {
            // A new search box: nothing from the previous query is reused.
            let mut search_box = Searcher::new(index);
            for prefix in prefixes(query) {
                let cpu = clock.map(|c| c.now());
                let start = Instant::now();
                let hits = if typing {
                    search_box.search(prefix, LIMIT)
                } else {
                    Searcher::new(index).search(prefix, LIMIT)
                };
                let took = match (clock, cpu) {
                    (Some(c), Some(before)) => c.now() - before,
                    _ => start.elapsed(),
                };
                std::hint::black_box(hits);
                if round == 0 {
                    per_key.push((prefix.to_string(), Vec::new()));
                }
                per_key[k].1.push(took);
                k += 1;
            }
        }
    }
    let mut keys: Vec<(Duration, String)> = per_key
        .into_iter()
        .map(|(prefix, mut times)| (median(&mut times), prefix))
        .collect();
    keys.sort();
    let worst = keys.last().map(|k| k.0).unwrap_or_default();
    Report {
        median: keys[keys.len() / 2].0,
        p90: keys[keys.len() * 9 / 10].0,
        worst,
        slowest: keys.iter().rev().take(5).cloned().collect(),
        keystrokes: keys.len(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    // `cargo bench` passes "--bench"; a name filter may follow.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    for scale in [common::ONET, common::LARGE] {
        if filter.as_deref().is_some_and(|f| !scale.name.contains(f)) {
            continue;
        }
        let dir = tempfile::tempdir().expect("temporary folder");
        common::write_library(dir.path(), scale);
        let clock = common::CpuClock::new();
        let cpu_now = || {
            clock
                .as_ref()
                .map(common::CpuClock::now)
                .unwrap_or_default()
        };
        let (start, cpu) = (Instant::now(), cpu_now());
        let loaded = load_dir(dir.path()).expect("load the synthetic library");
        let (load, load_cpu) = (start.elapsed(), cpu_now() - cpu);
        let (start, cpu) = (Instant::now(), cpu_now());
        let index = SearchIndex::build(&loaded.library);
        let (build, build_cpu) = (start.elapsed(), cpu_now() - cpu);
        let (texts, words) = index.size();
        println!(
            "{}: {} roles, {} texts, {} words\n  load {} (CPU {}), index {} (CPU {})",
            scale.name,
            index.role_count(),
            texts,
            words,
            ms(load),
            ms(load_cpu),
            ms(build),
            ms(build_cpu)
        );
        let modes = [
            ("typing, wall", true, None),
            ("typing, CPU", true, clock.as_ref()),
            ("from scratch, wall", false, None),
            ("from scratch, CPU", false, clock.as_ref()),
        ];
        for (name, typing, clock) in modes {
            if name.ends_with("CPU") && clock.is_none() {
                continue;
            }
            let r = measure(&index, typing, clock);
            let slowest: Vec<String> = r
                .slowest
                .iter()
                .map(|(d, at)| format!("{at:?} {}", ms(*d)))
                .collect();
            println!(
                "  {name}: {} keystrokes, median {}, 90% {}, worst {}\n    slowest: {}",
                r.keystrokes,
                ms(r.median),
                ms(r.p90),
                ms(r.worst),
                slowest.join(", ")
            );
        }
    }
}
