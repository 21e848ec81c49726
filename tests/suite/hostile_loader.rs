//! Hostile role libraries: any bytes, in any number of files, laid out in any
//! way, are problems to report and never a crash, a hang or a changed file.

use std::fs;
use std::path::Path;

use crate::common::TempLibrary;
use crewpath::library::{Library, Loaded, MAX_FILE_BYTES, MAX_PATHS};
use proptest::prelude::*;

fn ids(lib: &Library, roles: &[usize]) -> Vec<String> {
    roles
        .iter()
        .map(|&r| lib.roles[r].id().to_string())
        .collect()
}

fn all_ids(lib: &Library) -> Vec<String> {
    let mut ids: Vec<String> = lib.roles.iter().map(|r| r.id().to_string()).collect();
    ids.sort();
    ids
}

/// Bytes that look like nothing in particular, the same on every run.
fn garbage(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 32) as u8
        })
        .collect()
}

/// Runs `crewpath check` on a folder, as a user would.
fn check(dir: &Path) -> std::process::Output {
    assert_cmd::Command::cargo_bin("crewpath")
        .unwrap()
        .env_remove("CREWPATH_ROLES")
        .env_remove("CREWPATH_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(["check", "--roles"])
        .arg(dir)
        .output()
        .unwrap()
}

// ------------------------------------------------------------ bad bytes

#[test]
fn empty_binary_and_non_utf8_files_are_problems_and_good_files_still_load() {
    let lib = TempLibrary::new();
    lib.write("empty.toml", "")
        .write("blank/_index.toml", "")
        .write("blank/only-spaces.toml", "   \n\t\n")
        .write("garbage.toml", garbage(4096, 7))
        .write("zeros.toml", [0u8; 64])
        .write("utf16.toml", b"\xff\xfet\x00i\x00t\x00l\x00e\x00")
        .write("lone-bom.toml", b"\xef\xbb\xbf")
        .write("half-char.toml", b"title = \"caf\xc3\"\n")
        .write("_index.toml", garbage(300, 99))
        .write("fine.toml", "title = \"Fine\"\n");
    let loaded = lib.load();
    let no_title = "1:1: this role has no 'title'; add a line such as title = \"Foley Artist\"";
    let problems = lib.problems(&loaded);
    assert_eq!(
        lib.problems_of(&loaded, "empty.toml"),
        [format!("empty.toml:{no_title}")]
    );
    assert_eq!(
        lib.problems_of(&loaded, "lone-bom.toml"),
        [format!("lone-bom.toml:{no_title}")]
    );
    assert_eq!(
        lib.problems_of(&loaded, "blank/only-spaces.toml"),
        [format!("blank/only-spaces.toml:{no_title}")]
    );
    assert_eq!(
        lib.problems_of(&loaded, "utf16.toml"),
        [
            "utf16.toml:1:1: this file is not UTF-8 text: byte 1 of the file (0xFF), here, is not part of a UTF-8 character; it was saved in another encoding (an accented letter, perhaps), so save the file as UTF-8 in your editor"
        ]
    );
    assert_eq!(
        lib.problems_of(&loaded, "half-char.toml"),
        [
            "half-char.toml:1:13: this file is not UTF-8 text: byte 13 of the file (0xC3), here, is not part of a UTF-8 character; it was saved in another encoding (an accented letter, perhaps), so save the file as UTF-8 in your editor"
        ]
    );
    for file in ["garbage.toml", "zeros.toml", "_index.toml"] {
        assert_eq!(
            lib.problems_of(&loaded, file).len(),
            1,
            "{file}: {problems:#?}"
        );
    }
    // An empty _index.toml is a department with its folder's name.
    assert_eq!(problems.len(), 8, "{problems:#?}");
    assert_eq!(all_ids(&loaded.library), ["fine"]);
    assert_eq!(loaded.library.department_count(), 1);
}

#[test]
fn a_byte_order_mark_and_windows_line_endings_load_fine() {
    let lib = TempLibrary::new();
    lib.write(
        "mixer.toml",
        "\u{feff}title = \"Mixer\"\r\ndescription = \"\"\"\r\nFirst line.\r\nSecond line.\"\"\"\r\nin_demand = 3\r\nnext = [\"editor\"]\r\n",
    )
    .write("editor.toml", "\u{feff}title = \"Editor\"\r\n");
    let loaded = lib.load();
    // The column counts neither the mark nor the carriage returns.
    assert_eq!(
        lib.problems(&loaded),
        ["mixer.toml:5:13: expected true or false for 'in_demand', found an integer"]
    );
    let l = &loaded.library;
    let mixer = &l.roles[l.role_by_id("mixer").unwrap()];
    assert_eq!(mixer.title(), "Mixer");
    assert_eq!(mixer.description(), Some("First line.\nSecond line."));
    assert_eq!(ids(l, &mixer.next), ["editor"]);
}

#[test]
fn a_file_just_over_the_limit_is_not_read_even_when_it_is_garbage() {
    let lib = TempLibrary::new();
    lib.write("big.toml", garbage(MAX_FILE_BYTES as usize + 1, 3));
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "big.toml: the file is larger than the 1 MiB limit for role files and was skipped; split it or shorten it"
        ]
    );
}

// --------------------------------------------------------- deep nesting

/// Nesting deeper than any role needs, in every form TOML has.
fn deep_documents(depth: usize) -> Vec<(&'static str, String)> {
    let key_path = vec!["a"; depth].join(".");
    vec![
        (
            "arrays.toml",
            format!(
                "title = \"T\"\nx = {}{}\n",
                "[".repeat(depth),
                "]".repeat(depth)
            ),
        ),
        (
            "tables.toml",
            format!(
                "title = \"T\"\nx = {}1{}\n",
                "{ a = ".repeat(depth),
                " }".repeat(depth)
            ),
        ),
        (
            "mixed.toml",
            format!(
                "title = \"T\"\nx = {}1{}\n",
                "[{ a = ".repeat(depth / 2),
                " }]".repeat(depth / 2)
            ),
        ),
        ("dotted.toml", format!("title = \"T\"\n{key_path} = 1\n")),
        ("header.toml", format!("title = \"T\"\n[{key_path}]\n")),
        (
            "array-header.toml",
            format!("title = \"T\"\n[[{key_path}]]\n"),
        ),
        (
            "unclosed.toml",
            format!("title = \"T\"\nx = {}", "[".repeat(depth)),
        ),
    ]
}

#[test]
fn thousands_of_nested_lists_or_tables_are_a_problem_not_a_stack_overflow() {
    let lib = TempLibrary::new();
    for (name, text) in deep_documents(5_000) {
        lib.write(name, text);
    }
    // As deep as fits in a role file.
    lib.write(
        "deepest.toml",
        format!("x = {}", "[".repeat(MAX_FILE_BYTES as usize - 4)),
    );
    lib.write("fine.toml", "title = \"Fine\"\n");
    let loaded = lib.load();
    let too_deep = "this is not valid TOML: lists or tables are nested too deeply; a role file needs only a few levels";
    let problems = lib.problems(&loaded);
    assert_eq!(problems.len(), 8, "{problems:#?}");
    for (name, _) in deep_documents(1)
        .into_iter()
        .chain([("deepest.toml", String::new())])
    {
        let found = lib.problems_of(&loaded, name);
        assert_eq!(found.len(), 1, "{name}: {problems:#?}");
        assert!(found[0].ends_with(too_deep), "{}", found[0]);
    }
    // A nested value is reported at the bracket that goes too deep.
    assert_eq!(
        lib.problems_of(&loaded, "arrays.toml"),
        [format!("arrays.toml:2:85: {too_deep}")]
    );
    assert_eq!(all_ids(&loaded.library), ["fine"]);
}

#[test]
fn nesting_a_role_could_plausibly_use_still_loads() {
    let lib = TempLibrary::new();
    let depth = 40;
    lib.write(
        "nested.toml",
        format!(
            "title = \"Nested\"\n[{}]\nx = {}1{}\n",
            vec!["extra"; depth].join("."),
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    );
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "nested.toml:2:2: unknown key 'extra'; the keys allowed here are: title, aliases, search_terms, summary, description, duties, skills, next, related, works_with, moves, entry_level, in_demand, education, certification, working_conditions, advancement, outlook, employers, unions, industry_groups, noc, wages, sources, updated"
        ]
    );
    assert_eq!(all_ids(&loaded.library), ["nested"]);
}

#[test]
fn check_survives_deep_nesting_too() {
    // The binary parses on its own threads, whose stacks are smaller than
    // a test's: the same files must not overflow them either.
    let lib = TempLibrary::new();
    for (name, text) in deep_documents(20_000) {
        lib.write(name, text);
    }
    let out = check(lib.root());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.ends_with("0 roles in 0 departments, 7 problems\n"),
        "{stdout}"
    );
}

// ------------------------------------------------------------ big values

#[test]
fn a_900_kib_description_loads_whole() {
    let lib = TempLibrary::new();
    let description = "Sound. ".repeat(900 * 1024 / 7);
    lib.write(
        "long.toml",
        format!("title = \"Long\"\ndescription = \"{description}\"\n"),
    );
    let loaded = lib.load();
    assert!(loaded.problems.is_empty());
    let role = &loaded.library.roles[0];
    assert_eq!(role.description(), Some(description.trim()));
}

#[test]
fn a_half_megabyte_unknown_key_or_id_is_quoted_short() {
    let lib = TempLibrary::new();
    let long = "k".repeat(500 * 1024);
    lib.write(
        "keys.toml",
        format!("title = \"Keys\"\n{long} = 1\nnext = [\"{long}\"]\n"),
    );
    let loaded = lib.load();
    let problems = lib.problems(&loaded);
    assert_eq!(problems.len(), 2);
    let sixty = "k".repeat(60);
    assert!(problems[0].starts_with(&format!("keys.toml:2:1: unknown key '{sixty}…';")));
    assert!(problems[1].starts_with(&format!("keys.toml:3:9: 'next' names '{sixty}…', but")));
    assert!(problems.iter().all(|p| p.len() < 1000));
}

#[test]
fn thousands_of_aliases_and_skills_on_one_role_all_load() {
    let lib = TempLibrary::new();
    let aliases: Vec<String> = (0..5_000).map(|i| format!("\"alias {i}\"")).collect();
    let mut text = format!(
        "title = \"Many\"\naliases = [{}]\n[skills]\n",
        aliases.join(", ")
    );
    for c in 0..100 {
        let skills: Vec<String> = (0..50).map(|i| format!("\"skill {c}-{i}\"")).collect();
        text.push_str(&format!("cat{c} = [{}]\n", skills.join(", ")));
    }
    lib.write("many.toml", text);
    let loaded = lib.load();
    assert!(loaded.problems.is_empty());
    let l = &loaded.library;
    let role = &l.roles[0];
    assert_eq!(role.aliases().len(), 5_000);
    assert_eq!(&role.aliases()[4_999], "alias 4999");
    assert_eq!(role.skills.len(), 100);
    assert_eq!(
        l.skill_groups(0)
            .iter()
            .map(|g| g.skills.len())
            .sum::<usize>(),
        5_000
    );
    assert_eq!(l.roles_with_skill("SKILL 99-49"), [0]);
}

// ------------------------------------------------------------ duplicates

#[test]
fn duplicate_keys_are_reported_where_the_second_one_is() {
    let lib = TempLibrary::new();
    lib.write(
        "a.toml",
        "title = \"A\"\nsummary = \"x\"\nsummary = \"y\"\n",
    )
    .write(
        "b.toml",
        "title = \"B\"\n[skills]\nx = []\n[skills]\ny = []\n",
    )
    .write(
        "c.toml",
        "title = \"C\"\nwages = [{ year = 1, year = 2 }]\n",
    )
    .write("d.toml", "title = \"D\"\n\"title\" = \"D again\"\n")
    .write("e.toml", "title = \"E\"\nskills.x = []\n[skills]\nx = []\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "a.toml:3:1: this is not valid TOML: 'summary' is written twice; keep only one of them",
            "b.toml:4:2: this is not valid TOML: 'skills' is written twice; keep only one of them",
            "c.toml:2:22: this is not valid TOML: 'year' is written twice; keep only one of them",
            "d.toml:2:1: this is not valid TOML: 'title' is written twice; keep only one of them",
            "e.toml:3:2: this is not valid TOML: 'skills' is written twice; keep only one of them",
        ]
    );
    assert!(loaded.library.roles.is_empty());
}

#[test]
fn ids_that_differ_only_by_case_are_one_id_and_the_first_file_keeps_it() {
    let lib = TempLibrary::new();
    lib.write(
        "a/editor.toml",
        "title = \"Editor\"\nnext = [\"Editor\", \"EDITOR\"]\n",
    )
    .write("b/Editor.toml", "title = \"Editor 2\"\n")
    .write("c/EDITOR.toml", "title = \"Editor 3\"\n");
    let loaded = lib.load();
    // Every id crewpath prints works with `show`, so 'Editor' is loaded as
    // 'editor', which a/editor.toml already is.
    let problems = lib.problems(&loaded);
    for file in ["b/Editor.toml", "c/EDITOR.toml"] {
        let name = file[2..].trim_end_matches(".toml");
        assert!(
            problems.contains(&format!(
                "{file}: '{name}' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-', and 'editor', the id made from it, is the id of a/editor.toml; give this file another name (it was left out until then)"
            )),
            "{problems:?}"
        );
        // Never "loaded as 'editor'" and "left out" about one file.
        assert!(
            !problems
                .iter()
                .any(|p| p.starts_with(file) && p.contains("loaded as")),
            "{problems:?}"
        );
    }
    let l = &loaded.library;
    assert_eq!(all_ids(l), ["editor"]);
    assert!(l.roles.iter().all(|r| l.find_role(r.id()).is_some()));
}

// --------------------------------------------------------------- ladders

/// A library of roles `r0`…`r{n-1}`, each with the given `next` ids.
fn ladder_library(n: usize, next: impl Fn(usize) -> Vec<String>) -> TempLibrary {
    let lib = TempLibrary::new();
    for i in 0..n {
        let next: Vec<String> = next(i).iter().map(|id| format!("\"{id}\"")).collect();
        lib.write(
            &format!("ladder/r{i}.toml"),
            format!("title = \"Rung {i}\"\nnext = [{}]\n", next.join(", ")),
        );
    }
    lib
}

#[test]
fn a_ladder_ten_thousand_rungs_long_is_one_path() {
    let n = 10_000;
    let lib = ladder_library(n, |i| {
        if i + 1 < n {
            vec![format!("r{}", i + 1)]
        } else {
            vec![]
        }
    });
    let loaded = lib.load();
    assert!(loaded.problems.is_empty());
    let l = &loaded.library;
    let middle = l.role_by_id("r5000").unwrap();
    let ladders = l.ladders(middle);
    assert_eq!(ladders.len(), 1);
    let ladder = ids(l, &ladders[0]);
    assert_eq!(ladder.len(), n);
    assert_eq!(
        (ladder[0].as_str(), ladder[n - 1].as_str()),
        ("r0", "r9999")
    );
}

#[test]
fn a_ten_thousand_role_circle_is_reported_shortened_and_cut() {
    let n = 10_000;
    let lib = ladder_library(n, |i| vec![format!("r{}", (i + 1) % n)]);
    let loaded = lib.load();
    let problems = lib.problems(&loaded);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    // Roles load in file-name order, so the walk starts at r0 and the circle
    // closes at r9999; the message names both ends, not ten thousand ids.
    assert_eq!(
        problems[0],
        "ladder/r9999.toml:2:9: the career ladder goes round in a circle: r0 → r1 → r2 → r3 → r4 → r5 → … (9989 roles) … → r9995 → r9996 → r9997 → r9998 → r9999 → r0; remove 'r0' from the 'next' of 'r9999' or another step of the circle"
    );
    let l = &loaded.library;
    let ladders = l.ladders(l.role_by_id("r42").unwrap());
    assert_eq!(ladders.len(), 1);
    assert_eq!(ladders[0].len(), n);
}

#[test]
fn circles_of_every_length_are_each_reported_once_and_cut() {
    let lib = TempLibrary::new();
    // Circle k has k roles c{k}-0 … c{k}-{k-1}; each names the next, the last
    // names the first. A self-loop stands for length 1.
    for k in 1..=50usize {
        for i in 0..k {
            let next = format!("c{k:02}-{:02}", (i + 1) % k);
            lib.write(
                &format!("c{k:02}/c{k:02}-{i:02}.toml"),
                format!("title = \"C {k} {i}\"\nnext = [\"{next}\"]\n"),
            );
        }
    }
    let loaded = lib.load();
    let problems = lib.problems(&loaded);
    assert_eq!(problems.len(), 50, "{problems:#?}");
    assert_eq!(
        problems[0],
        "c01/c01-00.toml:2:9: 'next' names this role itself; remove 'c01-00'"
    );
    assert_eq!(
        problems[1],
        "c02/c02-01.toml:2:9: the career ladder goes round in a circle: c02-00 → c02-01 → c02-00; remove 'c02-00' from the 'next' of 'c02-01' or another step of the circle"
    );
    for k in 2..=50usize {
        let last = format!("c{k:02}/c{k:02}-{:02}.toml:2:9: ", k - 1);
        let problem = &problems[k - 1];
        assert!(problem.starts_with(&last), "{problem}");
        let circle: Vec<String> = (0..k)
            .chain([0])
            .map(|i| format!("c{k:02}-{i:02}"))
            .collect();
        let shown = if circle.len() > 12 {
            format!(
                "{} → … ({} roles) … → {}",
                circle[..6].join(" → "),
                circle.len() - 12,
                circle[circle.len() - 6..].join(" → ")
            )
        } else {
            circle.join(" → ")
        };
        assert!(problem.contains(&format!("circle: {shown};")), "{problem}");
    }
    // What is left is a ladder: every path ends, and no role is on it twice.
    let l = &loaded.library;
    for role in 0..l.roles.len() {
        for path in l.ladders(role) {
            let mut seen = path.clone();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), path.len());
            assert!(path.contains(&role));
        }
    }
    let c50 = l.role_by_id("c50-20").unwrap();
    assert_eq!(l.ladders(c50)[0].len(), 50);
}

#[test]
fn a_lattice_of_branching_ladders_is_capped() {
    // Every rung leads to both rungs above it: 2^200 paths, of which only a
    // readable few are listed.
    let n = 200;
    let lib = TempLibrary::new();
    for level in 0..n {
        for side in ["a", "b"] {
            let next = if level + 1 < n {
                format!("\"a{0}\", \"b{0}\"", level + 1)
            } else {
                String::new()
            };
            lib.write(
                &format!("{side}{level}.toml"),
                format!("title = \"{side} {level}\"\nnext = [{next}]\n"),
            );
        }
    }
    let loaded = lib.load();
    assert!(loaded.problems.is_empty());
    let l = &loaded.library;
    let ladders = l.ladders(l.role_by_id("a100").unwrap());
    assert!(!ladders.is_empty() && ladders.len() <= MAX_PATHS);
    for path in &ladders {
        assert!(ids(l, path).contains(&"a100".to_string()));
    }
}

// --------------------------------------------------------------- folders

#[test]
fn libraries_with_no_roles_load_empty() {
    let empty = TempLibrary::new();
    let loaded = empty.load();
    assert!(loaded.problems.is_empty());
    assert!(loaded.library.roles.is_empty() && loaded.library.departments.is_empty());

    let only_index = TempLibrary::new();
    only_index.write("_index.toml", "title = \"Nothing yet\"\n");
    fs::create_dir_all(only_index.path("a/b/c")).unwrap();
    let loaded = only_index.load();
    assert!(loaded.problems.is_empty());
    assert!(loaded.library.roles.is_empty());
    assert_eq!(loaded.library.title.as_deref(), Some("Nothing yet"));
    assert_eq!(loaded.library.department_count(), 0);
}

#[test]
fn a_folder_with_fifty_thousand_entries_loads() {
    let lib = TempLibrary::new();
    let dir = lib.path("crowd");
    fs::create_dir(&dir).unwrap();
    let n = 50_000;
    for i in 0..n {
        // Every tenth entry is a note, the one after it a broken role; each
        // role names the entry two further on as its next step.
        let (name, text) = match i % 10 {
            0 => (format!("note-{i}.txt"), "not a role".to_string()),
            1 => (format!("r{i}.toml"), "title = ".to_string()),
            _ => (
                format!("r{i}.toml"),
                format!("title = \"Role {i}\"\nnext = [\"r{}\"]\n", i + 2),
            ),
        };
        fs::write(dir.join(name), text).unwrap();
    }
    let loaded = lib.load();
    let l = &loaded.library;
    assert_eq!(l.roles.len(), 40_000);
    assert_eq!(l.department_count(), 1);
    let count = |words: &str| {
        loaded
            .problems
            .iter()
            .filter(|p| p.message.to_string().contains(words))
            .count()
    };
    assert_eq!(count("this is not valid TOML"), 5_000);
    // r8 names r10, a note; r9 names r11, a broken role; r49999 names r50001.
    assert_eq!(count("but that role could not be loaded"), 4_999);
    assert_eq!(count("but there is no role with that id"), 5_001);
    assert_eq!(loaded.problems.len(), 15_000);
    let r2 = l.role_by_id("r2").unwrap();
    assert_eq!(ids(l, &l.ladders(r2)[0]), ["r2", "r4", "r6", "r8"]);
}

#[test]
fn a_library_of_more_folders_than_are_held_open_at_once_loads_every_role() {
    // Files are opened inside their folder while a few hundred folders are
    // held open; past that, by their whole path.
    let lib = TempLibrary::new();
    for d in 0..40 {
        for s in 0..15 {
            for r in 0..2 {
                lib.write(
                    &format!("d{d}/s{s}/r-{d}-{s}-{r}.toml"),
                    format!("title = \"Role {d} {s} {r}\"\n"),
                );
            }
        }
    }
    let loaded = lib.load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let l = &loaded.library;
    assert_eq!(l.roles.len(), 40 * 15 * 2);
    assert_eq!(l.department_count(), 40 + 40 * 15);
    let r = l.role_by_id("r-39-14-1").unwrap();
    assert_eq!(l.roles[r].title(), "Role 39 14 1");
}

#[cfg(unix)]
#[test]
fn links_to_themselves_to_parents_and_outside_never_hang() {
    use std::os::unix::fs::symlink;
    let outside = TempLibrary::new();
    outside.write("elsewhere/guest.toml", "title = \"Guest\"\n");
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    symlink("loop.toml", lib.path("loop.toml")).unwrap();
    symlink(".", lib.path("sound/here")).unwrap();
    symlink("../..", lib.path("sound/grandparent")).unwrap();
    symlink(
        outside.path("elsewhere/guest.toml"),
        lib.path("visitor.toml"),
    )
    .unwrap();
    symlink(outside.path("elsewhere"), lib.path("abroad")).unwrap();
    // Devices and pipes are not role files: reading them would never end,
    // so they are reported (and never read).
    symlink("/dev/zero", lib.path("zero.toml")).unwrap();
    symlink("/dev/urandom", lib.path("noise.toml")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(lib.path("pipe.toml"))
        .status()
        .is_ok_and(|s| s.success());
    let loaded = lib.load();
    // The folder that holds the library: walking it would walk every other
    // folder in it first.
    let above = lib.root().parent().unwrap().canonicalize().unwrap();
    assert_eq!(
        lib.problems(&loaded),
        [
            "loop.toml: is a link that points to itself or round a circle of links; it was not followed, remove it or point it at a real file".to_string(),
            "noise.toml: is not a regular file (a pipe, a socket, a device or a kernel file) and was not read; put a role file here or remove it".to_string(),
            "pipe.toml: is not a regular file (a pipe, a socket, a device or a kernel file) and was not read; put a role file here or remove it".to_string(),
            format!("sound/grandparent: is a link back to {}, which holds this library, so it would loop forever; it was not followed", above.display()),
            "sound/here: is a link back to sound, which would loop forever; it was not followed".to_string(),
            "zero.toml: is not a regular file (a pipe, a socket, a device or a kernel file) and was not read; put a role file here or remove it".to_string(),
        ]
    );
    // Files reached through links are loaded under the link's name.
    assert_eq!(all_ids(&loaded.library), ["guest", "mixer", "visitor"]);
    assert!(fifo, "mkfifo was not run, so the pipe was not tested");
}

// ------------------------------------------------------------ properties

fn one_file_library(name: &str, bytes: &[u8]) -> (TempLibrary, Loaded) {
    let lib = TempLibrary::new();
    lib.write(name, bytes);
    let loaded = lib.load();
    (lib, loaded)
}

/// What every problem must be, whatever the file held.
fn assert_problems_are_usable(lib: &TempLibrary, loaded: &Loaded, rel: &str, text_lines: usize) {
    for p in &loaded.problems {
        assert_eq!(p.path, format!("{}/{rel}", lib.root().display()));
        assert!(!p.message.is_empty());
        assert!(
            !p.message.to_string().chars().any(|c| c.is_control()),
            "{:?}",
            p.message
        );
        if let Some(line) = p.line {
            assert!(line >= 1 && line <= text_lines + 1, "{p}");
            assert!(p.column.is_some_and(|c| c >= 1), "{p}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_as_a_role_file_are_loaded_or_reported(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        index in any::<bool>(),
    ) {
        let name = if index { "dept/_index.toml" } else { "dept/some-role.toml" };
        let (lib, loaded) = one_file_library(name, &bytes);
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        assert_problems_are_usable(&lib, &loaded, name, lines);
        let roles = loaded.library.roles.len();
        prop_assert!(roles <= 1);
        if index {
            prop_assert_eq!(roles, 0);
        } else {
            prop_assert!(roles == 1 || !loaded.problems.is_empty());
        }
    }

    #[test]
    fn toml_ish_bytes_are_loaded_or_reported(
        text in "(title|next|\\[|\\]|\\{|\\}|=|\"|'|,|\\.|#|\n|\r|\t| |a|1|\u{1b}|é|\\\\u001b|\"\"\"|\\[\\[skills\\]\\]|wages|true){0,80}",
    ) {
        let (lib, loaded) = one_file_library("role.toml", text.as_bytes());
        assert_problems_are_usable(&lib, &loaded, "role.toml", text.lines().count() + 1);
        prop_assert!(loaded.library.roles.len() == 1 || !loaded.problems.is_empty());
    }
}

/// A TOML value of any type, nested a little.
fn any_value() -> impl Strategy<Value = toml::Value> {
    let text = prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter);
    let leaf = prop_oneof![
        text.prop_map(toml::Value::String),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<f64>().prop_map(toml::Value::Float),
        any::<bool>().prop_map(toml::Value::Boolean),
        Just(toml::Value::Datetime("2026-01-31".parse().unwrap())),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(toml::Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..5)
                .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

const TEXT_KEYS: [&str; 7] = [
    "summary",
    "description",
    "education",
    "certification",
    "working_conditions",
    "advancement",
    "outlook",
];
const LIST_KEYS: [&str; 6] = [
    "aliases",
    "search_terms",
    "duties",
    "employers",
    "unions",
    "industry_groups",
];

/// A role document: some known keys (any of the roles' keys, with values of
/// any type), some unknown ones.
fn any_role_document() -> impl Strategy<Value = toml::Table> {
    let key = prop_oneof![
        8 => prop::sample::select(crewpath::library::ROLE_KEYS.to_vec()),
        1 => Just("colour"),
        1 => Just("skils"),
    ];
    let title = prop_oneof![any_value(), "[A-Za-z ]{0,12}".prop_map(toml::Value::String),];
    (
        prop::option::of(title),
        prop::collection::vec((key, any_value()), 0..10),
    )
        .prop_map(|(title, pairs)| {
            let mut table = toml::Table::new();
            if let Some(title) = title {
                table.insert("title".into(), title);
            }
            for (k, v) in pairs {
                table.insert(k.to_string(), v);
            }
            table
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn every_well_typed_field_is_loaded_and_every_wrong_one_reported(
        doc in any_role_document(),
    ) {
        let text = toml::to_string(&doc).unwrap();
        let (lib, loaded) = one_file_library("role.toml", text.as_bytes());
        assert_problems_are_usable(&lib, &loaded, "role.toml", text.lines().count() + 1);
        let messages: Vec<String> = loaded.problems.iter().map(|p| p.message.to_string()).collect();

        let title = match doc.get("title") {
            Some(toml::Value::String(s)) => {
                Some(crewpath::clean::clean_line(s).trim().to_string()).filter(|t| !t.is_empty())
            }
            _ => None,
        };
        let Some(title) = title else {
            prop_assert!(loaded.library.roles.is_empty());
            prop_assert!(
                messages.iter().any(|m| m.contains("'title'")),
                "{:?}", messages
            );
            return Ok(());
        };
        prop_assert_eq!(loaded.library.roles.len(), 1, "{:?}", messages);
        let role = &loaded.library.roles[0];
        prop_assert_eq!(role.title(), &title);

        let unknown = doc.keys().filter(|k| !crewpath::library::ROLE_KEYS.contains(&k.as_str())).count();
        prop_assert_eq!(
            messages.iter().filter(|m| m.starts_with("unknown key") && !m.contains("' in '")).count(),
            unknown
        );

        for key in TEXT_KEYS {
            let field = match key {
                "summary" => role.summary(),
                "description" => role.description(),
                "education" => role.education(),
                "certification" => role.certification(),
                "working_conditions" => role.working_conditions(),
                "advancement" => role.advancement(),
                _ => role.outlook(),
            };
            match doc.get(key) {
                None => prop_assert_eq!(field, None),
                Some(toml::Value::String(s)) => {
                    let cleaned = if key == "summary" {
                        crewpath::clean::clean_line(s)
                    } else {
                        crewpath::clean::clean(s)
                    };
                    let expected = Some(cleaned.trim().to_string()).filter(|t| !t.is_empty());
                    prop_assert_eq!(field, expected.as_deref());
                }
                Some(_) => {
                    prop_assert_eq!(field, None);
                    let wanted = format!("expected a string for '{key}', found");
                    prop_assert!(messages.iter().any(|m| m.starts_with(&wanted)), "{:?}", messages);
                }
            }
        }

        for key in LIST_KEYS {
            let field = match key {
                "aliases" => role.aliases(),
                "search_terms" => role.search_terms(),
                "duties" => role.duties(),
                "employers" => role.employers(),
                "unions" => role.unions(),
                _ => role.industry_groups(),
            };
            match doc.get(key) {
                None => prop_assert!(field.is_empty()),
                Some(toml::Value::Array(items)) => {
                    let expected: Vec<String> = items
                        .iter()
                        .filter_map(|v| v.as_str())
                        .map(|s| crewpath::clean::clean_line(s).trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    prop_assert_eq!(field, expected);
                    let wrong = items.iter().filter(|v| !v.is_str()).count();
                    let wanted = format!("expected a string in the list '{key}', found");
                    prop_assert_eq!(
                        messages.iter().filter(|m| m.starts_with(&wanted)).count(),
                        wrong
                    );
                }
                Some(_) => {
                    prop_assert!(field.is_empty());
                    let wanted = format!("expected a list of strings for '{key}', found");
                    prop_assert!(messages.iter().any(|m| m.starts_with(&wanted)), "{:?}", messages);
                }
            }
        }

        for (key, field) in [("entry_level", role.entry_level), ("in_demand", role.in_demand)] {
            match doc.get(key) {
                Some(toml::Value::Boolean(b)) => prop_assert_eq!(field, *b),
                None => prop_assert!(!field),
                Some(_) => {
                    prop_assert!(!field);
                    let wanted = format!("expected true or false for '{key}', found");
                    prop_assert!(messages.iter().any(|m| m.starts_with(&wanted)), "{:?}", messages);
                }
            }
        }
    }
}

#[test]
fn links_that_multiply_paths_are_walked_once_per_real_folder() {
    let lib = TempLibrary::new();
    lib.write("d0/role.toml", "title = \"Role\"\n");
    // Forty folders, each with two links to the next: 2^39 paths if every
    // path were walked.
    for i in 0..40 {
        fs::create_dir_all(lib.path(&format!("d{i}"))).unwrap();
    }
    for i in 0..39 {
        for link in ["a", "b"] {
            std::os::unix::fs::symlink(
                lib.path(&format!("d{}", i + 1)),
                lib.path(&format!("d{i}/{link}")),
            )
            .unwrap();
        }
    }
    let loaded = lib.load();
    assert_eq!(loaded.library.roles.len(), 1);
    let problems = lib.problems(&loaded);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("leads to a folder already read through another link")),
        "{problems:?}"
    );
    // Every one of those links is not followed, but a few examples and a
    // count say it; dozens of lines alike would hide any other problem.
    assert_links_summarised(&problems);
}

/// At most ten links not followed are listed, then one line counts the rest.
fn assert_links_summarised(problems: &[String]) {
    let listed = problems
        .iter()
        .filter(|p| {
            p.contains("leads to a folder already read") || p.contains("would loop forever")
        })
        .count();
    assert!(listed <= 10, "{listed} links listed: {problems:#?}");
    assert!(
        problems.iter().any(|p| p.contains(
            "more links lead back round a circle or to folders already read and were not followed (the first 10 are listed)"
        )),
        "{problems:#?}"
    );
}

#[test]
fn folders_nested_past_the_depth_limit_are_a_problem_and_the_rest_loads() {
    let lib = TempLibrary::new();
    lib.write("top.toml", "title = \"Top\"\n");
    let deep: Vec<String> = (1..=40).map(|i| format!("f{i}")).collect();
    lib.write(
        &format!("{}/deep.toml", deep.join("/")),
        "title = \"Deep\"\n",
    );
    let loaded = lib.load();
    assert_eq!(all_ids(&loaded.library), ["top"]);
    assert_eq!(
        lib.problems(&loaded),
        [format!(
            "{}: is nested more than 32 folders deep; what is inside was not read",
            deep[..32].join("/")
        )]
    );
}

#[test]
fn a_library_past_the_entry_limit_is_read_up_to_it_with_a_problem() {
    let lib = TempLibrary::new();
    lib.write("a/mixer.toml", "title = \"Mixer\"\n");
    fs::create_dir(lib.path("z")).unwrap();
    for i in 0..100_000 {
        fs::File::create(lib.path(&format!("z/{i}.txt"))).unwrap();
    }
    let loaded = lib.load();
    assert_eq!(all_ids(&loaded.library), ["mixer"]);
    let root = lib.root().display().to_string();
    assert_eq!(
        loaded
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [format!(
            "{root}: holds more than 100000 files and folders (perhaps through links); the rest was not read; keep only role files in the library"
        )]
    );
}

#[test]
fn a_link_into_an_endless_tree_is_cut_short_with_a_problem() {
    if !Path::new("/sys/class").is_dir() {
        crate::common::skip("/sys is not mounted here");
        return;
    }
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    std::os::unix::fs::symlink("/sys", lib.path("sys")).unwrap();
    let loaded = lib.load();
    assert_eq!(loaded.library.roles.len(), 1);
    assert_links_summarised(&lib.problems(&loaded));
}

#[test]
fn pipes_and_devices_named_like_role_files_are_reported_and_never_block() {
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    std::os::unix::fs::symlink("/dev/zero", lib.path("sound/zero.toml")).unwrap();
    std::os::unix::fs::symlink("/dev/null", lib.path("sound/null.toml")).unwrap();
    let fifo = lib.path("sound/pipe.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let loaded = lib.load();
    assert_eq!(loaded.library.roles.len(), 1);
    let problems = lib.problems(&loaded);
    let mut named: Vec<&str> = vec!["sound/null.toml", "sound/zero.toml"];
    if made.is_ok_and(|s| s.success()) {
        named.push("sound/pipe.toml");
    }
    for rel in named {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(rel) && p.contains("is not a regular file")),
            "{rel}: {problems:?}"
        );
    }
}

#[test]
fn a_role_with_dozens_of_unknown_keys_still_reads_its_own_and_names_each_stranger() {
    let lib = TempLibrary::new();
    let mut text = String::new();
    for i in 0..60 {
        text.push_str(&format!("extra_{i} = \"x\"\n"));
    }
    text.push_str(
        "title = \"Boom Operator\"\nsummary = \"Holds the boom\"\naliases = [\"Boom\"]\n",
    );
    lib.write("boom.toml", &text);
    let loaded = lib.load();
    let role = &loaded.library.roles[0];
    assert_eq!(role.title(), "Boom Operator");
    assert_eq!(role.summary(), Some("Holds the boom"));
    assert_eq!(role.aliases(), ["Boom"]);
    let problems = lib.problems(&loaded);
    assert_eq!(problems.len(), 60, "{problems:?}");
    assert!(
        problems[0].starts_with("boom.toml:1:1: unknown key 'extra_0'"),
        "{}",
        problems[0]
    );
}

/// Pieces of file names: letters whose lower case is longer or shorter
/// than they are (Kelvin sign, dotted İ, ẞ), what no name should be able to
/// break, and the endings the loader tells apart.
const NAME_LETTERS: &[&str] = &[
    "a",
    "K",
    "\u{212A}",
    "\u{130}",
    "\u{1E9E}",
    "\u{212B}",
    "é",
    "_index",
    "index",
    "~",
    "#",
    "-",
    " ",
    "\u{1b}[31m",
    "\u{202e}",
    "👩\u{200d}👩\u{200d}👧",
    "\u{200d}",
];
const NAME_ENDINGS: &[&str] = &[
    ".", ".toml", ".TOML", ".ToMl", ".tml", ".tom", ".txt", ".bak", ".fr", ".FR", ".en", "~",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_file_name_is_loaded_or_reported(
        stem in prop::collection::vec(prop::sample::select(NAME_LETTERS), 1..4),
        endings in prop::collection::vec(prop::sample::select(NAME_ENDINGS), 0..4),
        content in prop::sample::select(&["title = \"Role\"\n", "title = \"\"\n", "name = \"Sound\"\n", "\u{ff}"][..]),
    ) {
        let name = format!("{}{}", stem.concat(), endings.concat());
        let rel = format!("dept/{name}");
        let (_lib, loaded) = one_file_library(&rel, content.as_bytes());
        for p in &loaded.problems {
            prop_assert!(!p.message.is_empty());
            prop_assert!(!p.message.to_string().chars().any(|c| c.is_control()), "{:?}", p.message);
            prop_assert!(!p.path.chars().any(|c| c.is_control()), "{:?}", p.path);
        }
        prop_assert!(loaded.library.roles.len() <= 1);
    }
}

#[test]
fn names_whose_lower_case_is_longer_or_shorter_never_stop_check() {
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    for name in [
        "\u{212A}.toml.txt",
        "\u{212A}\u{212A}.TOML.bak",
        "\u{130}.toml.txt",
        "\u{130}.TOML",
    ] {
        lib.write(&format!("sound/{name}"), "title = \"X\"\n");
    }
    let r = crate::common::crewpath_with(&["check", "--roles", lib.path_str()], &[]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    for intended in ["\u{212A}.toml", "\u{212A}\u{212A}.toml", "\u{130}.toml"] {
        assert!(
            r.stdout.contains(&format!("rename it to {intended}")) || r.stdout.contains(intended),
            "{intended}: {}",
            r.stdout
        );
    }
}
