//! Loading libraries whose staff files are large or odd, as every command
//! loads them: thousands of declared skills one letter apart, a megabyte of
//! synonyms, hundreds of roles naming skills an empty `_skills.toml` does
//! not declare, and `check`'s look-alike search on top.
//!
//! Run with `cargo bench --bench staff_files`.

use std::fmt::Write as _;
use std::path::Path;

use crewpath::library::load_dir;
use criterion::{Criterion, criterion_group, criterion_main};

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folders");
    }
    std::fs::write(path, text).expect("file");
}

/// `count` declared skills whose names differ by one letter.
fn look_alike_skills(count: usize) -> String {
    let mut out = String::new();
    for i in 0..count {
        let tail: String = [i / 676, (i / 26) % 26, i % 26]
            .iter()
            .map(|&d| char::from(b'a' + d as u8))
            .collect();
        let _ = writeln!(
            out,
            "[mixing-{tail}]\ncategory = \"technical\"\nen = \"mixing {tail}\""
        );
    }
    out
}

/// About a megabyte of synonym groups, every word new.
fn synonyms() -> String {
    let mut out = String::from("en = [\n");
    let mut i = 0;
    while out.len() < 1024 * 1024 {
        let _ = writeln!(out, "  [\"word{i}a\", \"word{i}b\", \"word{i}c\"],");
        i += 1;
    }
    out.push_str("]\n");
    out
}

/// Rungs of the long ladder.
const RUNGS: usize = 20_000;

/// One ladder of `rungs` roles, each suggesting a move to its foot, `r0`.
fn write_ladder(dir: &Path, rungs: usize) {
    for r in 0..rungs {
        let next = if r + 1 < rungs {
            format!("next = [\"r{}\"]\n", r + 1)
        } else {
            String::new()
        };
        write(
            dir,
            &format!("l/r{r}.toml"),
            &format!(
                "title = \"Rung {r}\"\n{next}[[moves]]\nto = \"r0\"\nbecause = \"x\"\nsuggested = true\n"
            ),
        );
    }
}

fn libraries(c: &mut Criterion) {
    let mut group = c.benchmark_group("staff_files");
    group.sample_size(10);

    let skills = tempfile::tempdir().expect("temp dir");
    write(skills.path(), "_skills.toml", &look_alike_skills(3000));
    write(skills.path(), "s/a.toml", "title = \"A\"\n");
    group.bench_function("load, 3,000 skills one letter apart", |b| {
        b.iter(|| load_dir(skills.path()).expect("loads"))
    });
    let loaded = load_dir(skills.path()).expect("loads");
    group.bench_function("check's look-alikes, 3,000 skills one letter apart", |b| {
        b.iter(|| loaded.look_alikes())
    });

    let words = tempfile::tempdir().expect("temp dir");
    write(words.path(), "_synonyms.toml", &synonyms());
    write(words.path(), "s/a.toml", "title = \"A\"\n");
    group.bench_function("load, 1 MiB of synonyms", |b| {
        b.iter(|| load_dir(words.path()).expect("loads"))
    });

    let undeclared = tempfile::tempdir().expect("temp dir");
    write(undeclared.path(), "_skills.toml", "");
    for r in 0..500 {
        let names: Vec<String> = (0..8).map(|k| format!("\"skill {r} {k}\"")).collect();
        write(
            undeclared.path(),
            &format!("s/r{r}.toml"),
            &format!(
                "title = \"Role {r}\"\n[skills]\nall = [{}]\n",
                names.join(", ")
            ),
        );
    }
    group.bench_function("load, 500 roles naming 4,000 undeclared skills", |b| {
        b.iter(|| load_dir(undeclared.path()).expect("loads"))
    });

    let ladder = tempfile::tempdir().expect("temp dir");
    write_ladder(ladder.path(), RUNGS);
    group.bench_function("load, 20,000 rungs each moving to the foot", |b| {
        b.iter(|| load_dir(ladder.path()).expect("loads"))
    });
    let lib = load_dir(ladder.path()).expect("loads").library;
    let rung = |id: &str| lib.role_by_id(id).expect("a rung");
    let (top, foot) = (rung(&format!("r{}", RUNGS - 1)), rung("r0"));
    group.bench_function("route up 20,000 rungs that each moved to the foot", |b| {
        b.iter(|| crewpath::career::route(&lib, foot, top))
    });
    group.finish();
}

criterion_group!(benches, libraries);
criterion_main!(benches);
