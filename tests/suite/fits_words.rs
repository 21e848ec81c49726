//! `crewpath match` on the bundled roles as visitors use it: skills named
//! in their own words, in English and French, and the roles that use what
//! they named first, whatever the length of their skill lists.

use crate::common::crewpath_with;

fn first_roles(stdout: &str, n: usize) -> Vec<String> {
    stdout
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .take(n)
        .map(|l| l.split(" · ").next().unwrap_or_default().to_string())
        .collect()
}

fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["match", "--json"];
    all.extend_from_slice(args);
    let r = crewpath_with(&all, &[]);
    let value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    (r.code, value)
}

fn role_ids(json: &serde_json::Value) -> Vec<String> {
    json["roles"]
        .as_array()
        .map(|roles| {
            roles
                .iter()
                .filter_map(|r| r["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_only_role_using_both_skills_named_comes_first_though_it_lists_thirty_one() {
    let r = crewpath_with(
        &["match", "--skills", "microphones, audio manipulation"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        first_roles(&r.stdout, 1),
        ["1. Recording Engineer"],
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Uses 2 of the 2 skills you named: microphones, audio manipulation."),
        "{}",
        r.stdout
    );
    let r = crewpath_with(
        &[
            "match",
            "--skills",
            "digital mixing, microphones, mixing hardware",
        ],
        &[],
    );
    assert_eq!(
        first_roles(&r.stdout, 1),
        ["1. Recording Engineer"],
        "{}",
        r.stdout
    );

    let r = crewpath_with(
        &[
            "--lang",
            "fr",
            "match",
            "--skills",
            "microphones, traitement audio",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        first_roles(&r.stdout, 1),
        ["1. Ingénieur ou ingénieure du son"],
        "{}",
        r.stdout
    );
}

#[test]
fn a_role_using_more_of_what_was_named_ranks_above_one_using_less() {
    let (code, json) = json(&["--skills", "microphones, audio manipulation, teamwork"]);
    assert_eq!(code, 0);
    let used: Vec<usize> = json["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| r["uses"].as_array().map_or(0, Vec::len))
        .collect();
    let all = used.iter().take_while(|&&n| n == 3).count();
    assert!(all >= 1, "{used:?}");
    assert!(used[all..].iter().all(|&n| n < 3), "{used:?}");
}

#[test]
fn an_everyday_word_stands_for_every_skill_whose_name_holds_it() {
    for (lang, word, wanted) in [
        ("en", "mixing", &["digital-mixing", "mixing-hardware"][..]),
        (
            "en",
            "editing",
            &["dialogue-editing", "random-access-editing"][..],
        ),
        ("fr", "mixage", &["digital-mixing", "mixing-hardware"][..]),
        ("fr", "montage", &["dialogue-editing"][..]),
    ] {
        let r = crewpath_with(&["--lang", lang, "match", "--json", "--skills", word], &[]);
        assert_eq!(r.code, 0, "{word}: {}", r.stderr);
        assert_eq!(r.stderr, "", "{word}");
        let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
        let ids: Vec<&str> = json["named"][0]["skills"]
            .as_array()
            .expect("the skills it stands for")
            .iter()
            .filter_map(|s| s["id"].as_str())
            .collect();
        for id in wanted {
            assert!(ids.contains(id), "{word} in {lang}: {ids:?}");
        }
        assert!(!role_ids(&json).is_empty(), "{word}");
    }
    // Said to the visitor as such.
    let r = crewpath_with(&["match", "--skills", "mixing"], &[]);
    let heading = r.stdout.lines().next().unwrap_or_default();
    assert!(
        heading.starts_with("Roles that use the skills you named: mixing ("),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("digital mixing"), "{}", r.stdout);
}

#[test]
fn typos_and_word_forms_find_the_skill_meant() {
    let (code, json) = json(&["--skills", "microphone, audio manipulaton"]);
    assert_eq!(code, 0);
    let named: Vec<Vec<&str>> = json["named"]
        .as_array()
        .expect("named")
        .iter()
        .map(|n| {
            n["skills"]
                .as_array()
                .map(|s| s.iter().filter_map(|s| s["id"].as_str()).collect())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(named, [vec!["microphones"], vec!["audio-manipulation"]]);
}

#[test]
fn lines_are_never_cut_and_nothing_is_left_out() {
    let r = crewpath_with(&["match", "--skills", "microphones"], &[]);
    assert!(!r.stdout.contains('…'), "{}", r.stdout);
    assert!(
        r.stdout.lines().all(|l| l.chars().count() <= 80),
        "{}",
        r.stdout
    );
    // Every skill the Recording Engineer would add is written out.
    let shown = crewpath_with(&["show", "--json", "recording-engineer"], &[]);
    let role: serde_json::Value = serde_json::from_str(&shown.stdout).expect("JSON");
    let text = r.stdout.replace('\n', " ").replace("   ", " ");
    let groups = role["role"]["skills"]
        .as_array()
        .into_iter()
        .chain(role["department_skills"].as_array())
        .flatten();
    for group in groups {
        for skill in group["skills"].as_array().expect("skills") {
            let name = skill.as_str().expect("a name");
            let words: Vec<&str> = name.split_whitespace().collect();
            assert!(text.contains(words[0]), "{name} missing from\n{}", r.stdout);
        }
    }
}

#[test]
fn only_unknown_skills_give_json_with_the_closest_and_fail() {
    let (code, json) = json(&["--skills", "juggling"]);
    assert_eq!(code, 1);
    assert_eq!(json["named"], serde_json::json!([]));
    assert_eq!(json["unknown"][0]["written"], "juggling");
    assert_eq!(
        json["unknown"][0]["closest"].as_array().map(Vec::len),
        Some(3)
    );
    assert_eq!(json["roles"], serde_json::json!([]));
}

#[test]
fn the_handout_is_markdown_with_the_picks_and_every_role_ranked() {
    let r = crewpath_with(
        &[
            "match",
            "--format",
            "markdown",
            "--skills",
            "mixing, microphones",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("# What fits me\n\n"), "{}", r.stdout);
    assert!(
        r.stdout.contains("\n## 1. Recording Engineer\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Uses 2 of the 2 skills you named: "),
        "{}",
        r.stdout
    );
    let text = crewpath_with(&["match", "--skills", "mixing, microphones"], &[]);
    let roles_in_text = text
        .stdout
        .lines()
        .filter(|l| l.starts_with(char::is_numeric))
        .count();
    let roles_in_handout = r.stdout.lines().filter(|l| l.starts_with("## ")).count();
    assert_eq!(roles_in_text, roles_in_handout);
    let r = crewpath_with(
        &[
            "--lang", "fr", "match", "--format", "markdown", "--skills", "mixage",
        ],
        &[],
    );
    assert!(
        r.stdout.starts_with("# Ce qui me convient\n\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn naming_no_skill_at_all_is_a_usage_error_that_says_what_to_give() {
    for skills in ["", " , ;"] {
        let r = crewpath_with(&["match", "--skills", skills], &[]);
        assert_eq!(r.code, 2, "{skills:?}");
        assert_eq!(r.stdout, "");
        assert!(
            r.stderr.contains("name at least one skill you have"),
            "{}",
            r.stderr
        );
    }
}
