//! Advice `check` gives staff, run as staff run it: whatever it says to do
//! must be safe to do, and every count must agree.

use crate::common::{TempLibrary, Term, Workspace, keys, run};

/// A recording engineer with a move, translated, to a mixer whose file is
/// broken.
fn broken_move_target() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "roles/sound/recording-engineer.toml",
        "title = \"Recording Engineer\"\n[[moves]]\nto = \"re-recording-mixer\"\nbecause = \"Close work.\"\nsuggested = true\n",
    )
    .write(
        "roles/sound/recording-engineer.fr.toml",
        "title = \"Ingénieur du son\"\n[[moves]]\nto = \"re-recording-mixer\"\nbecause = \"Travail proche.\"\n",
    )
    .write(
        "roles/sound/re-recording-mixer.toml",
        "title = \"Re-recording Mixer\nsummary = \"x\"\n",
    );
    ws
}

#[test]
fn a_translated_move_to_a_role_that_did_not_load_is_folded_under_its_cause_not_called_wrong() {
    let ws = broken_move_target();
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert!(!r.stdout.contains("remove this entry"), "{}", r.stdout);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("roles/sound/re-recording-mixer.toml:1:")
            && lines[0].contains("not valid TOML"),
        "{}",
        r.stdout
    );
    assert_eq!(
        lines[2],
        "  ↳ so 1 translation entry naming 're-recording-mixer' waits until it loads: roles/sound/recording-engineer.fr.toml:2:1",
        "{}",
        r.stdout
    );
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    let r = run(ws.crewpath().args(["check", "--json", "--roles", "roles"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let waits = v["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .find(|p| p["path"] == "roles/sound/recording-engineer.fr.toml")
        .expect("the translation's entry");
    assert_eq!(waits["because_of"], "re-recording-mixer");
    assert!(
        waits["message"]
            .as_str()
            .is_some_and(|m| m.contains("keep this entry")),
        "{waits}"
    );
}

#[test]
fn a_translation_of_a_role_that_did_not_load_is_folded_under_that_roles_problems() {
    let ws = broken_move_target();
    ws.write(
        "roles/sound/re-recording-mixer.fr.toml",
        "title = \"Mixeur\"\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].contains("not valid TOML"), "{}", r.stdout);
    assert_eq!(
        lines[2],
        "  ↳ so 2 translation entries naming 're-recording-mixer' wait until it loads: roles/sound/re-recording-mixer.fr.toml, roles/sound/recording-engineer.fr.toml:2:1",
        "{}",
        r.stdout
    );
}

#[test]
fn an_undeclared_skill_ends_its_sentence_and_names_the_closest_declared_skills() {
    let ws = Workspace::new();
    ws.write("roles/_skills.toml", "").write(
        "roles/sound/a.toml",
        "title = \"A\"\n[skills]\nall = [\"dialog mixing\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(
        r.stdout.lines().next(),
        Some(
            "roles/sound/a.toml:3:8: skill 'dialog mixing' is not declared in _skills.toml. Use a declared name, or declare it there"
        ),
        "{}",
        r.stdout
    );
    // Declared now, beside undeclared names nearer to each other than to
    // it: the declared one is still the one suggested.
    ws.write(
        "roles/_skills.toml",
        "[dialogue-mixing]\ncategory = \"technical\"\nen = \"Dialogue mixing\"\n",
    )
    .write(
        "roles/sound/b.toml",
        "title = \"B\"\n[skills]\nall = [\"dialog mixin\", \"dialog mixng\", \"dialog mixings\", \"dialogmixing\", \"dialog mixes\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    let undeclared: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("is not declared"))
        .collect();
    assert_eq!(undeclared.len(), 6, "{}", r.stdout);
    for line in undeclared {
        assert!(
            line.contains("; did you mean 'Dialogue mixing'? Use a declared name"),
            "{line}"
        );
    }
}

#[test]
fn check_in_french_asks_for_a_translation_file_under_a_name_that_can_translate_the_role() {
    let ws = Workspace::new();
    ws.write(
        "roles/sound/Dialogue Mixer.toml",
        "title = \"Dialogue Mixer\"\n",
    )
    .write("roles/sound/other.fr.toml", "title = \"Autre\"\n")
    .write("roles/sound/other.toml", "title = \"Other\"\n");
    let r = run(ws
        .crewpath()
        .args(["--lang", "fr", "check", "--roles", "roles"]));
    assert!(!r.stdout.contains("Dialogue Mixer.fr.toml"), "{}", r.stdout);
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with("  roles/sound/dialogue-mixer.fr.toml") && l.ends_with("title")),
        "{}",
        r.stdout
    );
    // And that file does translate it.
    ws.write(
        "roles/sound/dialogue-mixer.fr.toml",
        "title = \"Mixeur de dialogues\"\n",
    );
    let r = run(ws
        .crewpath()
        .args(["--lang", "fr", "show", "--roles", "roles", "dialogue-mixer"]));
    assert!(
        r.stdout.starts_with("Mixeur de dialogues\n"),
        "{}",
        r.stdout
    );
}

/// A mixer whose file is broken, three roles that link to it, and a role
/// with a mistake of its own whose file sorts first.
fn cause_and_knock_ons() -> TempLibrary {
    let lib = TempLibrary::new();
    lib.write(
        "sound/aaa-assistant.toml",
        "title = \"Assistant\"\nsummary = 5\n",
    );
    lib.write("sound/mixer.toml", "title = \"Mixer\nsummary = \"x\"\n");
    for id in ["b", "c", "d"] {
        lib.write(
            &format!("sound/{id}.toml"),
            format!("title = \"Role {id}\"\nrelated = [\"mixer\"]\n"),
        );
    }
    lib
}

#[test]
fn the_problems_window_lists_the_cause_first_folds_what_follows_and_counts_as_check_does() {
    let lib = cause_and_knock_ons();
    let out = crate::common::crewpath_with(&["check", "--roles", lib.path_str()], &[]).stdout;
    let summary = out.lines().last().unwrap_or_default().to_string();
    assert!(summary.ends_with(", 5 problems"), "{out}");
    let mut t = Term::start(&["--roles", lib.path_str()], 120, 30);
    t.wait_for("5 problems in the role files — press ! to see them");
    t.send("!");
    let screen = t.wait_for("Enter opens the role");
    assert!(screen.contains("5 problems. Fix them"), "{screen}");
    let syntax = screen.find("mixer.toml:1:").expect("the syntax error");
    let folded = screen
        .find("↳ so 3 links to 'mixer' could not be followed")
        .expect("the links, folded");
    let own = screen
        .find("aaa-assistant.toml:2:11")
        .expect("the other problem");
    assert!(syntax < folded && folded < own, "{screen}");
    // Each link is not a paragraph of its own.
    assert!(
        !screen.contains("• ") || screen.matches("• ").count() == 2,
        "{screen}"
    );
    // The mixer did not load: Enter on it leaves the window open.
    t.send(keys::ENTER);
    t.send(keys::DOWN);
    t.send(keys::ENTER);
    let screen = t.wait_gone("Enter opens the role");
    assert!(screen.contains("Assistant"), "{screen}");
    assert!(
        screen.contains("column 11: expected a string for"),
        "the role's detail, with its problem:\n{screen}"
    );
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_config_that_is_a_pipe_or_a_link_to_nowhere_is_called_that_not_a_role_file() {
    let ws = Workspace::new();
    let dir = ws.dir.path();
    let fifo = dir.join("config.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let dangling = dir.join("config.toml");
    std::os::unix::fs::symlink(dir.join("gone.toml"), &dangling).expect("symlink");
    for (path, says) in [
        (
            &fifo,
            "is not a regular file (a pipe, a socket or a device) and was not read; name a config file",
        ),
        (&dangling, "is a link to a file that does not exist"),
    ] {
        let path = path.to_str().expect("UTF-8 path");
        let mut t = Term::start(&["--config", path], 100, 30);
        let screen = t.wait_for(says);
        assert!(!screen.contains("role file"), "{screen}");
        assert!(!screen.contains("disappeared"), "{screen}");
        t.wait_exit();
    }
}

#[test]
fn crewpaths_own_files_misspelt_or_translated_are_named_for_what_they_are() {
    let ws = Workspace::new();
    ws.write("roles/s/a.toml", "title = \"A\"\n")
        .write("roles/_skill.toml", "[x]\ncategory = \"t\"\nen = \"X\"\n")
        .write("roles/_skills.fr.toml", "[x]\nfr = \"X\"\n")
        .write("roles/_synonyms.fr.toml", "fr = [[\"a\", \"b\"]]\n")
        .write(
            "roles/_synonyms.toml",
            "en = [[\"straße\", \"strasse\", \"road\"]]\n",
        );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    let line = |file: &str| {
        r.stdout
            .lines()
            .find(|l| l.starts_with(file))
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        line("roles/_skill.toml").contains("did you mean '_skills.toml'?"),
        "{}",
        r.stdout
    );
    for file in ["roles/_skills.fr.toml", "roles/_synonyms.fr.toml"] {
        let said = line(file);
        assert!(!said.contains("rename this file after"), "{said}");
        assert!(
            said.contains("move these") && said.contains("remove this file"),
            "{said}"
        );
    }
    assert_eq!(
        line("roles/_synonyms.toml"),
        "roles/_synonyms.toml:1:18: 'strasse' is the same word as 'straße' in this group, as search reads words: keep one of them"
    );
    assert!(r.stdout.ends_with(", 4 problems\n"), "{}", r.stdout);
}
