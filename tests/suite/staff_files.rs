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
