//! The exact routes the bundled roles give, pinned: to and from every role
//! of each ladder, and from entry level to every top rung, as text and
//! JSON, in English and French, each sideways move with its reason. A
//! change to a role file's links or moves, or to how routes are chosen or
//! written, shows here as a difference to read.
//!
//! `CREWPATH_BLESS=1 cargo test --test suite bundled_routes` writes the
//! files anew after a change meant to alter them.

use std::fmt::Write as _;

use crate::common::crewpath_with;
use crewpath::library::{Library, load_embedded};

/// Each ladder, bottom rung first: every role a top rung (a role with
/// nothing above it and something below) climbs from.
fn ladders(lib: &Library) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for top in 0..lib.roles.len() {
        let role = &lib.roles[top];
        if !role.next.is_empty() || role.previous.is_empty() {
            continue;
        }
        let mut ladder = vec![top];
        let mut at = 0;
        while let Some(&r) = ladder.get(at) {
            for &down in &lib.roles[r].previous {
                if !ladder.contains(&down) {
                    ladder.push(down);
                }
            }
            at += 1;
        }
        ladder.reverse();
        out.push(ladder);
    }
    out
}

/// Every question asked: `path A B` for each ordered pair of roles on a
/// ladder, and `path --to TOP` for each top rung.
fn questions(lib: &Library) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for ladder in ladders(lib) {
        for &a in &ladder {
            for &b in &ladder {
                if a != b {
                    out.push(vec![
                        lib.roles[a].id().to_string(),
                        lib.roles[b].id().to_string(),
                    ]);
                }
            }
        }
        if let Some(&top) = ladder.last() {
            out.push(vec!["--to".to_string(), lib.roles[top].id().to_string()]);
        }
    }
    out
}

/// Every answer, one after another, each under the command that gave it.
fn answers(lang: &str, json: bool, questions: &[Vec<String>]) -> String {
    let mut all = String::new();
    for q in questions {
        let mut args = vec!["--lang", lang, "path"];
        if json {
            args.push("--json");
        }
        args.extend(q.iter().map(String::as_str));
        let run = crewpath_with(&args, &[]);
        assert!(run.stderr.is_empty(), "{args:?}: {}", run.stderr);
        if json {
            let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
            let routes = v["route"].as_object().into_iter().chain(
                v["alternatives"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_object()),
            );
            for route in routes {
                for step in route["steps"].as_array().into_iter().flatten() {
                    // A rung up needs no reason; every other move has one.
                    let up = step["move"] == "step_up";
                    assert_eq!(step["because"].is_null(), up, "{args:?}: {step}");
                }
            }
        }
        let _ = write!(
            all,
            "$ crewpath {}\n(exit {})\n{}\n",
            args.join(" "),
            run.code,
            run.stdout
        );
    }
    all
}

#[test]
fn the_bundled_roles_give_the_routes_pinned_here() {
    let lib = load_embedded().library;
    let questions = questions(&lib);
    // Six ladders: picture and sound editing, dialogue, effects,
    // post-production supervision and recording.
    assert_eq!(ladders(&lib).len(), 6, "{questions:?}");
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/suite/bundled_routes");
    let bless = std::env::var_os("CREWPATH_BLESS").is_some();
    let mut differ = Vec::new();
    for lang in ["en", "fr"] {
        for json in [false, true] {
            let got = answers(lang, json, &questions);
            let file = format!("{folder}/{lang}{}.txt", if json { ".json" } else { "" });
            if bless {
                std::fs::create_dir_all(folder).expect("folder");
                std::fs::write(&file, &got).expect("write");
                continue;
            }
            let want = std::fs::read_to_string(&file).unwrap_or_default();
            if got != want {
                let line = got
                    .lines()
                    .zip(want.lines())
                    .position(|(g, w)| g != w)
                    .unwrap_or(got.lines().count().min(want.lines().count()));
                differ.push(format!(
                    "{file}, from line {}: got {:?}, pinned {:?}",
                    line + 1,
                    got.lines().nth(line),
                    want.lines().nth(line)
                ));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "routes changed (CREWPATH_BLESS=1 writes them anew):\n{}",
        differ.join("\n")
    );
}
