//! Staff files that are large or odd, through the real binary: every
//! command still answers, and `check` lists what matters, a bounded amount.

use crate::common::{Workspace, run};

/// `_skills.toml` with `count` skills whose names differ by one letter.
fn skills_one_letter_apart(count: usize) -> String {
    let mut out = String::new();
    for i in 0..count {
        // Letters, never digits: "mixingaab", "mixingaac"…
        let tail: String = [i / 676, (i / 26) % 26, i % 26]
            .iter()
            .map(|&d| char::from(b'a' + d as u8))
            .collect();
        out.push_str(&format!(
            "[mixing-{tail}]\ncategory = \"technical\"\nen = \"mixing {tail}\"\n"
        ));
    }
    out
}

#[test]
fn thousands_of_look_alike_skills_are_listed_a_few_at_a_time_and_only_by_check() {
    let ws = Workspace::new();
    ws.write("roles/_skills.toml", skills_one_letter_apart(8000))
        .write("roles/s/a.toml", "title = \"A\"\n");
    // Every other command answers without a word about them.
    let r = run(ws.crewpath().args(["list", "--roles", "roles"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("a\t"), "{}", r.stdout);
    let r = run(ws.crewpath().args(["check", "--json", "--roles", "roles"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let problems = v["problems"].as_array().expect("problems");
    let alike = problems
        .iter()
        .filter(|p| {
            p["message"]
                .as_str()
                .is_some_and(|m| m.contains("looks like skill"))
        })
        .count();
    assert_eq!(alike, 50, "{}", r.stdout.len());
    assert!(
        problems.iter().any(|p| {
            p["message"].as_str().is_some_and(|m| {
                m.starts_with("7949 more skills look like others than the 50 listed")
            })
        }),
        "{problems:?}"
    );
}

#[test]
fn versions_and_models_are_different_skills_and_a_name_in_another_language_is_no_look_alike() {
    let ws = Workspace::new();
    ws.write(
        "roles/_skills.toml",
        "[python-2]\ncategory = \"technical\"\nen = \"Python 2\"\nfr = \"Python 2\"\n\
         [python-3]\ncategory = \"technical\"\nen = \"Python 3\"\nfr = \"Python 3\"\n\
         [windows-10]\ncategory = \"technical\"\nen = \"Windows 10\"\nfr = \"Windows 10\"\n\
         [windows-11]\ncategory = \"technical\"\nen = \"Windows 11\"\nfr = \"Windows 11\"\n\
         [editing]\ncategory = \"technical\"\nen = \"Editing\"\nfr = \"Montages\"\n\
         [montage]\ncategory = \"creative\"\nen = \"Montage\"\nfr = \"Séquence de montage\"\n",
    )
    .write("roles/s/a.toml", "title = \"A\"\n");
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.stdout, "roles: 1 role in 1 department, 0 problems\n");
    assert_eq!(r.code, 0);
}

#[test]
fn ten_thousand_skills_named_in_french_past_a_mebibyte_are_read() {
    let mut skills = String::new();
    for i in 0..10_000 {
        skills.push_str(&format!(
            "[skill-{i}]\ncategory = \"technique\"\nen = \"Skill number {i} of a very large library\"\n\
             fr = \"Compétence numéro {i} d'une très grande bibliothèque de rôles\"\n\
             also = [\"another name for skill {i}\"]\n"
        ));
    }
    assert!(skills.len() > 1024 * 1024);
    let ws = Workspace::new();
    ws.write("roles/_skills.toml", skills).write(
        "roles/s/a.toml",
        "title = \"A\"\n[skills]\ntechnique = [\"skill-9999\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.stdout, "roles: 1 role in 1 department, 0 problems\n");
    assert_eq!(r.code, 0);
}

#[test]
fn c_plus_plus_c_sharp_and_c_are_three_skills() {
    let ws = Workspace::new();
    ws.write(
        "roles/s/a.toml",
        "title = \"Game Programmer\"\n[skills]\ntechnical = [\"C++\"]\n",
    )
    .write(
        "roles/s/b.toml",
        "title = \"Tools Programmer\"\n[skills]\ntechnical = [\"C#\"]\n",
    )
    .write(
        "roles/s/c.toml",
        "title = \"Firmware Programmer\"\n[skills]\ntechnical = [\"C\"]\n",
    );
    for (id, skill) in [("a", "C++"), ("b", "C#"), ("c", "C")] {
        let r = run(ws.crewpath().args(["show", "--roles", "roles", id]));
        assert!(
            r.stdout.contains(&format!("  technical: {skill}\n")),
            "{id}: {}",
            r.stdout
        );
    }
    let r = run(ws
        .crewpath()
        .args(["match", "--roles", "roles", "--skills", "C#"]));
    assert!(r.stdout.contains("Tools Programmer"), "{}", r.stdout);
    assert!(!r.stdout.contains("Game Programmer"), "{}", r.stdout);
    // Declared apart, they stay apart.
    ws.write(
        "roles/_skills.toml",
        "[c-plus-plus]\ncategory = \"technical\"\nen = \"C++\"\n\
         [c-sharp]\ncategory = \"technical\"\nen = \"C#\"\n\
         [c]\ncategory = \"technical\"\nen = \"C\"\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.stdout, "roles: 3 roles in 1 department, 0 problems\n");
}

#[test]
fn a_role_named_twice_in_a_list_or_a_second_move_to_it_is_reported_not_dropped_silently() {
    let ws = Workspace::new();
    ws.write("roles/s/target.toml", "title = \"Target\"\n").write(
        "roles/s/mover.toml",
        "title = \"Mover\"\nrelated = [\"target\", \"target\"]\nworks_with = [\"target\", \"target\"]\n\
         [[sources]]\ntitle = \"The page\"\n\
         [[moves]]\nto = \"target\"\nbecause = \"Close work.\"\nsuggested = true\n\
         [[moves]]\nto = \"target\"\nbecause = \"The page says so.\"\nsource = \"The page\"\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(
        r.stdout,
        "roles/s/mover.toml:2:22: 'related' names 'target' a second time (first on line 2, which is kept): remove this one\n\
         roles/s/mover.toml:3:25: 'works_with' names 'target' a second time (first on line 3, which is kept): remove this one\n\
         roles/s/mover.toml:11:6: a second move to 'target': only the first (line 7) is kept, with its reason and grounds; merge the two into one move\n\
         roles: 2 roles in 1 department, 3 problems\n"
    );
}

#[test]
fn every_problem_check_json_finds_in_a_skill_names_that_skill() {
    let ws = Workspace::new();
    ws.write(
        "roles/_skills.toml",
        "plain = \"not a table\"\n\
         [Bad_Id]\ncategory = \"technical\"\nen = \"Bad id\"\n\
         [nameless]\ncategory = \"technical\"\n\
         [uncategorised]\nen = \"Uncategorised\"\n\
         [stray]\ncategory = \"technical\"\nen = \"Stray\"\ncolour = \"red\"\n",
    )
    .write("roles/s/a.toml", "title = \"A\"\n");
    let r = run(ws.crewpath().args(["check", "--json", "--roles", "roles"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let problems = v["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 6, "{problems:?}");
    let skills: Vec<&str> = problems
        .iter()
        .map(|p| p["skill"].as_str().unwrap_or("(none)"))
        .collect();
    assert_eq!(
        skills,
        [
            "plain",
            "bad-id",
            "nameless",
            "nameless",
            "uncategorised",
            "stray"
        ],
        "{problems:?}"
    );
}

#[test]
fn bare_addresses_in_a_markdown_handout_read_as_written_and_link_nowhere() {
    let ws = Workspace::new();
    ws.write(
        "roles/s/a.toml",
        "title = \"A\"\nsummary = \"Apply at https://jobs.example.org or www.example.org, or write to hr@example.org.\"\n",
    );
    let r = run(ws
        .crewpath()
        .args(["show", "--roles", "roles", "a", "--format", "markdown"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            r"Apply at https\://jobs.example.org or www\.example.org, or write to hr\@example.org."
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn list_on_a_folder_without_roles_says_so_and_fails() {
    let ws = Workspace::new();
    let r = run(ws.crewpath().args(["list", "--roles", "roles"]));
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("no roles were found"), "{}", r.stderr);
    assert_eq!(r.code, 1);
}

#[test]
fn a_move_down_the_roles_own_ladder_is_reported_and_shown_nowhere() {
    let ws = Workspace::new();
    ws.write("roles/s/junior.toml", "title = \"Junior\"\nnext = [\"senior\"]\n")
        .write(
            "roles/s/senior.toml",
            "title = \"Senior\"\n[[moves]]\nto = \"junior\"\nbecause = \"Back down.\"\nsuggested = true\n",
        )
        .write("roles/s/other.toml", "title = \"Other\"\n");
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(
        r.stdout,
        "roles/s/senior.toml:3:6: the move to 'junior' leads down this role's own career ladder, which 'next' already climbs: a move is sideways, to another ladder; remove it, or point it at a role on another ladder\n\
         roles: 3 roles in 1 department, 1 problem\n"
    );
    let r = run(ws.crewpath().args(["show", "--roles", "roles", "senior"]));
    assert!(!r.stdout.contains("Sideways moves"), "{}", r.stdout);
    let r = run(ws
        .crewpath()
        .args(["path", "--roles", "roles", "senior", "junior"]));
    assert_eq!(r.code, 1, "{}", r.stdout);
}
