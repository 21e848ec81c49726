//! Loading a library beside the floor of reading and parsing the same files
//! with the toml crate alone on the same threads, at O*NET scale and at
//! 20,000 roles. The two are timed in turns, round after round, so that
//! whatever else the machine is doing weighs on both alike.
//!
//! Run with `cargo bench --bench load`.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crewpath::library::load_dir;
use rayon::prelude::*;

const ROUNDS: usize = 15;

/// Every TOML file below `dir`, listed once before timing.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.path().to_path_buf())
        .collect()
}

/// Reading and parsing every file with the toml crate alone, on the
/// loader's threads: the floor a loader cannot go below.
fn parse_floor(files: &[PathBuf]) -> Duration {
    let start = Instant::now();
    let parsed: usize = files
        .par_iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            toml::de::DeTable::parse(&text).map_or(0, |t| t.get_ref().len())
        })
        .sum();
    std::hint::black_box(parsed);
    start.elapsed()
}

/// Loading the library, timed until it is ready; freeing it afterwards is
/// not part of loading.
fn load(dir: &Path) -> Duration {
    let start = Instant::now();
    let loaded = std::hint::black_box(load_dir(dir).expect("load"));
    let took = start.elapsed();
    drop(loaded);
    took
}

fn main() {
    for scale in [common::ONET, common::LARGE] {
        let dir = tempfile::tempdir().expect("temporary folder");
        let lib = dir.path().join("roles");
        std::fs::create_dir(&lib).expect("folder");
        common::write_library(&lib, scale);
        let files = toml_files(&lib);
        // Once each first, so both find the files in the page cache.
        load(&lib);
        parse_floor(&files);
        let (mut loads, mut floors) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            loads.push(load(&lib));
            floors.push(parse_floor(&files));
        }
        let (load, floor) = (common::median(loads), common::median(floors));
        println!(
            "{}: {} roles in {} files: load {} vs parse floor {}: {:.2}x (goal at most 1.5x)",
            scale.name,
            scale.roles,
            files.len(),
            common::ms(load),
            common::ms(floor),
            load.as_secs_f64() / floor.as_secs_f64().max(1e-9)
        );
    }
}
