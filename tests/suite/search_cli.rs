//! `crewpath search` and `crewpath show`, run as a user runs them: the real
//! binary, its output, exit codes and messages.

use crate::common::{Run, TempLibrary, crewpath_with};

fn crewpath(args: &[&str]) -> Run {
    crewpath_with(args, &[])
}

/// A small library with a ladder, skills, wages and a hostile title.
fn ladder_library() -> TempLibrary {
    let dir = TempLibrary::new();
    let d = &dir;
    d.write(
        "sound/_index.toml",
        "name = \"Sound\"\n[skills]\nshared = [\"listening\"]\n",
    );
    d.write(
        "sound/trainee.toml",
        r#"title = "Trainee Sound Editor"
aliases = ["TSE"]
entry_level = true
summary = "Learns the sound editing room"
next = ["editor"]
works_with = ["mixer"]
[skills]
technical = ["file management"]
"#,
    );
    d.write("sound/editor.toml",
        r#"title = "Sound Editor"
summary = "Cuts and shapes the sounds of a film"
description = """
A sound editor builds the soundtrack from many recordings, cleaning, cutting and placing every sound so that it plays in sync with the picture and serves the story the director wants to tell.

The work is done at a computer, with headphones, often for long hours."""
next = ["supervisor"]
related = ["mixer"]
[skills]
technical = ["file management", "sound design software"]
creative = ["storytelling through sound"]
[[wages]]
region = "Alberta"
year = 2021
unit = "hour"
currency = "CAD"
starting = { low = 15.0, high = 25.5 }
overall = { average = 34.78, median = 32.96 }
[[sources]]
title = "Career profile"
publisher = "A careers site"
"#,
    );
    d.write(
        "sound/supervisor.toml",
        "title = \"Supervising Sound Editor\"\n",
    );
    d.write(
        "sound/mixer.toml",
        // A terminal title change hidden in the title, written as TOML escapes.
        r#"title = "Re-Recording Mixer \u001b]0;PWNED\u0007"
"#,
    );
    dir
}

// --- search ------------------------------------------------------------

#[test]
fn search_prints_one_tab_separated_line_per_role_best_first() {
    let run = crewpath(&["search", "folley"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.len() >= 2);
    for line in &lines {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{line:?}");
        assert!(cols[2].contains(": "), "{line:?}");
    }
    let mut top: Vec<&str> = lines[..2]
        .iter()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .collect();
    top.sort();
    assert_eq!(top, ["foley-artist", "foley-recordist"]);
    // The text shown is the one that found the role: here the misspelling
    // the role file lists as a search term.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("foley-artist\tFoley Artist\tsearch term: folley")),
        "{lines:?}"
    );
    let run = crewpath(&["search", "foley", "artist"]);
    assert!(
        run.stdout
            .starts_with("foley-artist\tFoley Artist\ttitle: Foley Artist\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn search_says_when_no_role_has_every_word_and_which_word_none_has() {
    let run = crewpath(&["search", "foley", "zebra"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("foley-artist\t"), "{}", run.stdout);
    assert!(
        run.stderr.contains("No role has every word") && run.stderr.contains("'zebra'"),
        "{}",
        run.stderr
    );
    let run = crewpath(&["search", "zzqxj"]);
    assert!(run.stderr.contains("no role has 'zzqxj'"), "{}", run.stderr);
}

#[test]
fn search_joins_its_words_and_respects_the_limit() {
    let run = crewpath(&["search", "--limit", "1", "dialog", "editor"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "dialogue-editor\tDialogue Editor\ttitle: Dialogue Editor\n"
    );
}

#[test]
fn search_with_no_results_exits_1_like_grep() {
    let run = crewpath(&["search", "zzqxj"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
}

#[test]
fn search_errors_exit_2_with_a_message() {
    let run = crewpath(&["search", "--roles", "/no/such/folder", "mixer"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
    let run = crewpath(&["search", "--", "--"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no letters or digits"),
        "{}",
        run.stderr
    );
    let run = crewpath(&["search", "--limit", "0", "mixer"]);
    assert_eq!(run.code, 2);
}

#[test]
fn search_json_has_a_format_version_and_the_same_shapes_as_show() {
    let run = crewpath(&["search", "--json", "--limit", "3", "1SE"]);
    assert_eq!(run.code, 0);
    let all: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(all["format"], 1);
    assert_eq!(all["coverage"], "every_word");
    let hits = all["results"].as_array().expect("an array of results");
    assert!((1..=3).contains(&hits.len()), "{hits:?}");
    let first = &hits[0];
    assert_eq!(first["id"], "first-assistant-sound-editor");
    assert_eq!(first["title"], "First Assistant Sound Editor");
    assert_eq!(first["field"], "alias");
    assert_eq!(first["matched"], "1SE");
    assert_eq!(first["positions"], serde_json::json!([0, 1, 2]));
    assert!(first["score"].as_u64().is_some_and(|s| s > 0));
    // The department is a path, outermost first, as show --json gives it.
    assert_eq!(
        first["department"],
        serde_json::json!(["Sound", "Sound editing"])
    );
    let shown = crewpath(&["show", "--json", "1se"]);
    let role: serde_json::Value = serde_json::from_str(&shown.stdout).expect("valid JSON");
    assert_eq!(role["format"], 1);
    assert_eq!(role["department"], first["department"]);
    // Department skills apart from the role's own, with no department name
    // mixed into a category.
    let shared = role["department_skills"]
        .as_array()
        .expect("department skills");
    assert!(
        shared
            .iter()
            .all(|g| !g["category"].as_str().unwrap_or("").contains('('))
    );
    // Toronto's sound editing skills are the 1SE's own; what it shares
    // comes from Sound, as every sound job does.
    assert_eq!(shared[0]["department"], "Sound");
}

#[test]
fn search_output_carries_no_escape_sequences() {
    let dir = ladder_library();
    let roles = dir.path_str();
    let run = crewpath(&["search", "--roles", roles, "mixer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("mixer\tRe-Recording Mixer"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('\u{1b}'));
    assert!(!run.stdout.contains('\u{7}'));
}

// --- show --------------------------------------------------------------

#[test]
fn show_prints_every_section_wrapped_at_80_columns() {
    let dir = ladder_library();
    let roles = dir.path_str();
    let run = crewpath(&["show", "--roles", roles, "editor"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    for section in [
        "Sound Editor",
        "Department: Sound",
        "Summary",
        // The same headings as the explorer's detail pane: one sheet.
        "What the job is",
        "Skills",
        "storytelling through sound",
        "shared (Sound): listening",
        "Wages",
        "Starting: entry-level pay",
        "Career ladder",
        "Trainee Sound Editor → [Sound Editor] → Supervising Sound Editor",
        "Related roles",
        "Sources",
    ] {
        assert!(out.contains(section), "missing {section:?} in\n{out}");
    }
    for line in out.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "too wide: {line:?}"
        );
    }
    // The wage table lines up under its headings.
    let header = out
        .lines()
        .find(|l| l.contains("Low") && l.contains("Median"))
        .expect("wage header");
    let starting = out
        .lines()
        .find(|l| l.trim_start().starts_with("Starting"))
        .expect("starting row");
    assert_eq!(
        header.find("High").map(|i| i + 4),
        starting.find("25.50").map(|i| i + 5)
    );
    assert!(!out.contains('\u{1b}'));
}

#[test]
fn show_lists_the_skills_to_step_up() {
    let dir = ladder_library();
    let roles = dir.path_str();
    let run = crewpath(&["show", "--roles", roles, "trainee"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Entry level"));
    assert!(
        run.stdout
            .contains("To Sound Editor: sound design software, storytelling through sound"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Works with"));
    assert!(run.stdout.contains("Re-Recording Mixer"));
}

#[test]
fn show_finds_a_role_by_title_as_well_as_by_id() {
    let by_id = crewpath(&["show", "foley-artist"]);
    let by_title = crewpath(&["show", "Foley", "Artist"]);
    assert_eq!(by_id.code, 0);
    assert_eq!(by_title.code, 0);
    assert_eq!(by_id.stdout, by_title.stdout);
    assert!(by_id.stdout.starts_with("Foley Artist\n"));
}

#[test]
fn show_suggests_roles_for_a_name_it_does_not_know() {
    let run = crewpath(&["show", "folley", "artst"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("no role 'folley artst'; did you mean: Foley Artist (foley-artist)"),
        "{}",
        run.stderr
    );
    let run = crewpath(&["show", "zzqxj"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no role 'zzqxj'"), "{}", run.stderr);
}

#[test]
fn show_json_has_the_role_its_department_and_ladder() {
    let dir = ladder_library();
    let roles = dir.path_str();
    let run = crewpath(&["show", "--json", "--roles", roles, "editor"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(v["role"]["title"], "Sound Editor");
    assert_eq!(v["department"], serde_json::json!(["Sound"]));
    assert_eq!(v["ladders"][0][0]["id"], "trainee");
    assert_eq!(v["ladders"][0][2]["id"], "supervisor");
    assert_eq!(v["next"][0]["id"], "supervisor");
    assert_eq!(v["related"][0]["id"], "mixer");
    assert!(v["role"].get("search_terms").is_none());
}

#[test]
fn show_json_of_a_name_it_cannot_resolve_prints_an_error_object() {
    let run = crewpath(&["show", "--json", "folley", "artst"]);
    assert_eq!(run.code, 1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(v["format"], 1);
    let error = &v["error"];
    assert_eq!(error["kind"], "no_role");
    assert_eq!(error["wanted"], "folley artst");
    assert_eq!(error["roles"][0]["id"], "foley-artist");
    assert_eq!(error["roles"][0]["title"], "Foley Artist");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("no role 'folley artst'")),
        "{error}"
    );
    assert!(v.get("role").is_none(), "{v}");
    // The person reading the terminal is still told.
    assert!(
        run.stderr.contains("no role 'folley artst'"),
        "{}",
        run.stderr
    );

    let dir = ladder_library();
    let shared = crewpath(&["show", "--json", "--roles", dir.path_str(), "zzqxj"]);
    assert_eq!(shared.code, 1);
    let v: serde_json::Value = serde_json::from_str(&shared.stdout).expect("valid JSON");
    assert_eq!(v["error"]["kind"], "no_role");
    assert_eq!(v["error"]["roles"], serde_json::json!([]));
}

#[test]
fn show_of_a_missing_folder_exits_2() {
    let run = crewpath(&["show", "--roles", "/no/such/folder", "mixer"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("does not exist"));
}
