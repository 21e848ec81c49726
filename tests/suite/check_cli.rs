//! `crewpath check`, run as a user runs it: the real binary on real folders.

use std::path::Path;

use crate::common::{Workspace, run};

fn good_library() -> Workspace {
    let ws = Workspace::new();
    ws.write("roles/sound/_index.toml", "name = \"Sound\"\n")
        .write(
            "roles/sound/foley-artist.toml",
            "title = \"Foley Artist\"\nnext = [\"foley-supervisor\"]\n",
        )
        .write(
            "roles/sound/foley-supervisor.toml",
            "title = \"Foley Supervisor\"\n",
        )
        .write("roles/music/composer.toml", "title = \"Composer\"\n");
    ws
}

#[test]
fn a_library_without_problems_prints_only_the_summary_and_exits_0() {
    let ws = good_library();
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.stdout, "roles: 3 roles in 2 departments, 0 problems\n");
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 0);
}

#[test]
fn each_problem_is_one_line_with_the_path_as_given_then_the_summary_and_exit_1() {
    let ws = Workspace::new();
    ws.write(
        "roles/sound/foley-artist.toml",
        "title = \"Foley Artist\"\n\n# What the job is, in a line.\n\n\n\nsummary=12\nskils = [\"timing\"]\n",
    )
    .write("roles/broken.toml", "title = \"Unclosed\n");
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(
        r.stdout,
        "roles/broken.toml:1:18: this is not valid TOML: invalid basic string, expected `\"`\n\
         roles/sound/foley-artist.toml:7:9: expected a string for 'summary', found an integer\n\
         roles/sound/foley-artist.toml:8:1: unknown key 'skils'; did you mean 'skills'?\n\
         roles: 1 role in 1 department, 3 problems\n"
    );
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 1);

    // The folder exactly as typed, trailing slash and all.
    let r = run(ws.crewpath().args(["check", "--roles", "./roles/"]));
    assert!(
        r.stdout
            .starts_with("./roles/broken.toml:1:18: this is not valid TOML")
    );
    assert_eq!(r.code, 1);
}

#[test]
fn the_roles_folder_can_be_given_before_or_after_check_or_in_the_environment() {
    let ws = good_library();
    ws.write("other/solo.toml", "title = \"Solo\"\n");
    let summary = "roles: 3 roles in 2 departments, 0 problems\n";
    let before = run(ws.crewpath().args(["--roles", "roles", "check"]));
    assert_eq!((before.stdout.as_str(), before.code), (summary, 0));
    let after = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!((after.stdout.as_str(), after.code), (summary, 0));
    let env = run(ws.crewpath().arg("check").env("CREWPATH_ROLES", "roles"));
    assert_eq!((env.stdout.as_str(), env.code), (summary, 0));
    // The command line wins over the environment.
    let both = run(ws
        .crewpath()
        .args(["check", "--roles", "other"])
        .env("CREWPATH_ROLES", "roles"));
    assert_eq!(
        (both.stdout.as_str(), both.code),
        ("other: 1 role in 0 departments, 0 problems\n", 0)
    );
    // Set but empty means the built-in roles, as if it were not set.
    let empty = run(ws.crewpath().arg("check").env("CREWPATH_ROLES", ""));
    assert_eq!(empty.code, 0, "{}", empty.stdout);
    assert!(
        empty.stdout.ends_with(" departments, 0 problems\n"),
        "{}",
        empty.stdout
    );
    assert_ne!(empty.stdout, summary);
}

#[test]
fn a_missing_folder_or_a_file_is_a_usage_error_with_exit_2() {
    let ws = good_library();
    let r = run(ws.crewpath().args(["check", "--roles", "nowhere"]));
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "crewpath: nowhere does not exist; give the folder that holds the role files\n"
    );
    assert_eq!(r.code, 2);

    let r = run(ws
        .crewpath()
        .arg("check")
        .env("CREWPATH_ROLES", "roles/music/composer.toml"));
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "crewpath: roles/music/composer.toml is not a folder; give the folder that holds the role files\n"
    );
    assert_eq!(r.code, 2);
}

#[test]
fn unknown_options_and_a_missing_value_are_usage_errors_with_exit_2() {
    let ws = good_library();
    for args in [
        &["check", "--frobnicate"][..],
        &["check", "--roles"][..],
        &["check", "extra"][..],
    ] {
        let r = run(ws.crewpath().args(args));
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains("error:"), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn a_folder_with_no_role_files_is_a_problem_not_an_all_clear() {
    let ws = Workspace::new();
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(
        r.stdout,
        "roles: no role files were found here; a library is a folder of .toml files, one per role (see docs/role-files.md)\n\
         roles: 0 roles in 0 departments, 1 problem\n"
    );
    assert_eq!(r.code, 1);
}

/// Characters that must never reach a terminal from a role file.
fn unsafe_chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && (c.is_control() || matches!(c, '\u{202a}'..='\u{202e}')))
        .collect()
}

#[cfg(unix)]
#[test]
fn text_from_role_files_reaches_the_terminal_only_cleaned() {
    let ws = Workspace::new();
    // An id (file name), a title, a key and ladder entries carrying escape
    // sequences: set the window title, clear the screen, C1 CSI, BEL,
    // right-to-left override.
    ws.write(
        "roles/evil\u{1b}]0;PWNED\u{7}\u{1b}[2J.toml",
        "title = \"Evil \\u001b]0;TITLE\\u0007 role\"\n\
         next = [\"\\u001b[31mred\\u001b[0m\", \"x\\u009b6n\", \"abc\\u202efed\"]\n\
         \"\\u001b[5mblink\" = 1\n",
    )
    .write(
        "roles/\u{1b}[1mbold/\u{1b}[H.toml",
        "title = \"\\u001b[H\"\nrelated = [\"\\u0000\\u0008\\u007f\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 1);
    assert_eq!(unsafe_chars(&r.stdout), Vec::<char>::new(), "{}", r.stdout);
    assert!(!r.stdout.contains("PWNED"), "{}", r.stdout);
    assert!(!r.stdout.contains("[31m"), "{}", r.stdout);
    // Each problem is still there, on its own line, with placeholders.
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 7, "{}", r.stdout);
    assert!(lines.contains(
        &"roles/evil\u{FFFD}\u{FFFD}.toml:2:9: 'next' names '\u{FFFD}red\u{FFFD}', but there is no role with that id; use the file name of a role, without '.toml'"
    ));
    assert!(lines.contains(
        &"roles/evil\u{FFFD}\u{FFFD}.toml:3:1: unknown key '\u{FFFD}blink'; the keys allowed here are: title, aliases, search_terms, summary, description, duties, skills, next, related, works_with, moves, entry_level, in_demand, education, certification, working_conditions, advancement, outlook, employers, unions, industry_groups, noc, wages, sources, updated"
    ));

    // The folder given on the command line is cleaned in errors too.
    let r = run(ws
        .crewpath()
        .args(["check", "--roles", "gone\u{1b}]0;PWNED\u{7}"]));
    assert_eq!(r.code, 2);
    assert_eq!(unsafe_chars(&r.stderr), Vec::<char>::new(), "{}", r.stderr);
    assert!(!r.stderr.contains("PWNED"));
}

#[test]
fn the_built_in_roles_have_no_problems() {
    let ws = Workspace::new();
    let r = run(ws.crewpath().arg("check"));
    assert_eq!(r.code, 0, "{}", r.stdout);
    let summary = r.stdout.trim_end();
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    assert!(summary.ends_with(", 0 problems"), "{summary}");
    // The roles the binary carries are the ones in the repository.
    let on_disk = walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("roles"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| {
            e.file_type().is_file()
                && e.path().extension().is_some_and(|x| x == "toml")
                && e.file_name() != "_index.toml"
                && e.file_name() != "_synonyms.toml"
                && e.file_name() != "_skills.toml"
                // Translations are text for a role, not roles.
                && !e.file_name().to_string_lossy().ends_with(".fr.toml")
        })
        .count();
    assert!(
        summary.starts_with(&format!("the built-in roles: {on_disk} roles in ")),
        "{summary}"
    );
}

/// Runs crewpath with standard output and standard error sent where given.
fn with_streams(args: &[&str], stdout: std::fs::File, stderr: std::fs::File) -> (i32, String) {
    let out = crate::common::crewpath_command()
        .args(args)
        .env_remove("CREWPATH_ROLES")
        .stdin(std::process::Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
}

#[test]
fn output_that_cannot_be_written_is_an_error_never_a_panic() {
    let null = || std::fs::File::create("/dev/null").unwrap();
    // A full disk behind standard output: the report is lost, so not 0.
    let (code, _) = with_streams(&["check"], full(), null());
    assert_eq!(code, 2);
    // Standard error that cannot be written: the status still tells.
    let (code, _) = with_streams(&["check", "--roles", "/nonexistent"], null(), full());
    assert_eq!(code, 2);
    let (code, _) = with_streams(&["show", "nosuchthing"], null(), full());
    assert_eq!(code, 1);
    let (code, _) = with_streams(&["search", "--roles", "/nonexistent", "x"], null(), full());
    assert_eq!(code, 2);
}

#[test]
fn the_explorer_refuses_to_draw_into_a_file_or_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.txt");
    let errors = dir.path().join("err.txt");
    let (code, _) = with_streams(
        &[],
        std::fs::File::create(&file).unwrap(),
        std::fs::File::create(&errors).unwrap(),
    );
    assert_eq!(code, 2);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"",
        "nothing drawn into the file"
    );
    let said = std::fs::read_to_string(&errors).unwrap();
    assert!(said.contains("needs a terminal"), "{said}");
    // A kiosk started without a terminal says why and fails, so a service
    // manager shows the cause instead of restarting it every second.
    let (code, _) = with_streams(
        &["--kiosk"],
        std::fs::File::create(&file).unwrap(),
        std::fs::File::create(&errors).unwrap(),
    );
    assert_eq!(code, 2);
    assert!(
        std::fs::read_to_string(&errors)
            .unwrap()
            .contains("needs a terminal")
    );
}

#[test]
fn each_files_own_problem_comes_first_with_what_follows_from_it_underneath() {
    let ws = good_library();
    // One missing quote in a role that three others link to.
    ws.write(
        "roles/sound/mixer.toml",
        "title = \"Mixer\nsummary = \"x\"\n",
    );
    for (i, id) in ["a", "b", "c"].iter().enumerate() {
        ws.write(
            &format!("roles/sound/{id}.toml"),
            format!("title = \"Role {i}\"\nrelated = [\"mixer\"]\n"),
        );
    }
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("roles/sound/mixer.toml:1:"),
        "{}",
        r.stdout
    );
    assert!(lines[0].contains("not valid TOML"), "{}", r.stdout);
    assert_eq!(
        lines[1],
        "  ↳ so 3 links to 'mixer' could not be followed until it loads: roles/sound/a.toml:2:12, roles/sound/b.toml:2:12, roles/sound/c.toml:2:12"
    );
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert_eq!(r.code, 1);
}

#[test]
fn check_json_gives_one_object_per_problem_for_scripts() {
    let ws = good_library();
    ws.write(
        "roles/sound/mixer.toml",
        "title = \"Mixer\nsummary = \"x\"\n",
    );
    ws.write(
        "roles/sound/a.toml",
        "title = \"A\"\nrelated = [\"mixer\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--json", "--roles", "roles"]));
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(v["format"], 1);
    assert_eq!(v["library"], "roles");
    let problems = v["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 2);
    let syntax = &problems[1];
    assert_eq!(syntax["path"], "roles/sound/mixer.toml");
    assert_eq!(syntax["kind"], "syntax");
    assert_eq!(syntax["line"], 1);
    let link = &problems[0];
    assert_eq!(link["kind"], "knock_on");
    assert_eq!(link["because_of"], "mixer");
    assert_eq!(link["column"], 12);
}

#[test]
fn pipes_devices_and_kernel_files_named_like_role_files_are_reported_never_waited_on() {
    let ws = good_library();
    let sound = ws.dir.path().join("roles/sound");
    std::os::unix::fs::symlink("/dev/null", sound.join("null.toml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", sound.join("zero.toml")).unwrap();
    // As root this opens; reading it waits for the next kernel message.
    std::os::unix::fs::symlink("/proc/kmsg", sound.join("kmsg.toml")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(sound.join("pipe.toml"))
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "mkfifo is needed for this test");
    let out = run(ws
        .crewpath()
        .args(["check", "--roles", "roles"])
        .timeout(std::time::Duration::from_secs(60)));
    assert_eq!(out.code, 1, "{}", out.stdout);
    let not_read = "is not a regular file (a pipe, a socket, a device or a kernel file) and was not read; put a role file here or remove it";
    for name in ["null", "pipe", "zero"] {
        let line = format!("roles/sound/{name}.toml: {not_read}");
        assert!(out.stdout.contains(&line), "{line}\n{}", out.stdout);
    }
    // Not readable here (no root) or a kernel file: either way a reason,
    // and never the wait.
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("roles/sound/kmsg.toml: ")
                && (l.ends_with(not_read) || l.contains("permission denied"))),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .ends_with("roles: 3 roles in 2 departments, 4 problems\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn every_id_check_and_search_print_works_with_show_and_a_good_name_keeps_its_id() {
    let ws = Workspace::new();
    ws.write("roles/music/Colorist.toml", "title = \"Day Colorist\"\n")
        .write("roles/music/colorist.toml", "title = \"Colorist\"\n")
        .write("roles/music/Grader.toml", "title = \"Grader\"\n")
        .write(
            "roles/music/tech.toml",
            "title = \"Grading Tech\"\nnext = [\"Grader\"]\n",
        );
    let check = run(ws.crewpath().args(["check", "--roles", "roles"]));
    let bad = "is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'";
    assert_eq!(
        check.stdout,
        format!(
            "roles/music/Colorist.toml: 'Colorist' {bad}, and 'colorist', the id made from it, is the id of roles/music/colorist.toml; give this file another name (it was left out until then)\n\
             roles/music/Grader.toml: 'Grader' {bad}; rename the file to 'grader.toml' (until then it is loaded as 'grader')\n\
             roles/music/tech.toml:2:9: 'next' names 'Grader', a file name that is not a valid id; that role is loaded as 'grader', so write 'grader' here (and rename its file to 'grader.toml')\n\
             roles: 3 roles in 1 department, 3 problems\n"
        )
    );
    assert_eq!(check.code, 1);
    // Every id search prints is one show finds, as that very role.
    let mut printed = Vec::new();
    for query in ["colorist", "grader", "tech"] {
        let out = run(ws
            .crewpath()
            .args(["search", "--roles", "roles", "--json", query]));
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        for hit in json["results"].as_array().unwrap() {
            printed.push((
                hit["id"].as_str().unwrap().to_string(),
                hit["title"].as_str().unwrap().to_string(),
            ));
        }
    }
    printed.sort();
    printed.dedup();
    assert_eq!(
        printed,
        [
            ("colorist".to_string(), "Colorist".to_string()),
            ("grader".to_string(), "Grader".to_string()),
            ("tech".to_string(), "Grading Tech".to_string()),
        ]
    );
    for (id, title) in &printed {
        let show = run(ws
            .crewpath()
            .args(["show", "--roles", "roles", "--json", id]));
        assert_eq!(show.code, 0, "show {id}: {}", show.stderr);
        let json: serde_json::Value = serde_json::from_str(&show.stdout).unwrap();
        assert_eq!(json["role"]["id"], id.as_str());
        assert_eq!(json["role"]["title"], title.as_str());
    }
    // The link written with the file's name is followed meanwhile.
    let tech = run(ws
        .crewpath()
        .args(["show", "--roles", "roles", "--json", "tech"]));
    let json: serde_json::Value = serde_json::from_str(&tech.stdout).unwrap();
    assert_eq!(json["next"][0]["id"], "grader");
}

#[test]
fn check_json_names_every_role_of_a_circle_and_the_link_left_out() {
    let ws = good_library();
    // Foley supervisor steps "up" to the entry-level foley artist.
    ws.write(
        "roles/sound/foley-artist.toml",
        "title = \"Foley Artist\"\nentry_level = true\nnext = [\"foley-supervisor\"]\n",
    )
    .write(
        "roles/sound/foley-supervisor.toml",
        "title = \"Foley Supervisor\"\nnext = [\"foley-artist\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--json", "--roles", "roles"]));
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let problems = v["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 1, "{}", r.stdout);
    let circle = &problems[0];
    assert_eq!(circle["kind"], "cycle");
    assert_eq!(circle["path"], "roles/sound/foley-supervisor.toml");
    assert_eq!(
        (circle["line"].clone(), circle["column"].clone()),
        (2.into(), 9.into())
    );
    assert_eq!(
        circle["roles"],
        serde_json::json!(["foley-artist", "foley-supervisor"])
    );
    // Problems with nothing to add carry no such field.
    let plain = run(ws
        .crewpath()
        .args(["check", "--json", "--roles", "roles/music"]));
    let v: serde_json::Value = serde_json::from_str(&plain.stdout).expect("JSON");
    assert_eq!(v["problems"], serde_json::json!([]));
}

#[test]
fn check_without_a_folder_in_a_folder_of_role_files_says_how_to_check_them() {
    // Staff editing files in their own folder who forget `--roles` are told
    // which library was checked and how to check theirs.
    let ws = Workspace::new();
    ws.write("foley-artist.toml", "title = \"Foley Artist\"\n");
    let here = run(ws.crewpath().arg("check"));
    assert!(
        here.stdout.starts_with("the built-in roles: "),
        "{}",
        here.stdout
    );
    assert!(
        here.stderr.contains("crewpath check --roles ."),
        "{}",
        here.stderr
    );

    let ws = Workspace::new();
    ws.write(
        "roles/sound/foley-artist.toml",
        "title = \"Foley Artist\"\n",
    );
    let below = run(ws.crewpath().arg("check"));
    assert!(
        below.stderr.contains("crewpath check --roles roles"),
        "{}",
        below.stderr
    );

    // Given a folder, or where there are no role files, nothing is added.
    let given = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(given.stderr, "");
    let plain = run(Workspace::new().crewpath().arg("check"));
    assert_eq!(plain.stderr, "");
}

#[cfg(unix)]
#[test]
fn a_library_named_through_a_link_loads_as_the_folder_itself() {
    let ws = good_library();
    std::os::unix::fs::symlink("roles", ws.dir.path().join("current")).unwrap();
    for args in [
        &["check", "--roles", "current"][..],
        &["check", "--roles", "current/"][..],
    ] {
        let r = run(ws.crewpath().args(args));
        assert_eq!(r.stderr, "", "{args:?}");
        assert!(
            r.stdout
                .ends_with(": 3 roles in 2 departments, 0 problems\n"),
            "{args:?}: {}",
            r.stdout
        );
        assert_eq!(r.code, 0, "{args:?}");
    }
    let r = run(ws.crewpath().arg("check").env("CREWPATH_ROLES", "current"));
    assert_eq!(r.stdout, "current: 3 roles in 2 departments, 0 problems\n");
    assert_eq!(r.code, 0);
    // A link inside the library back to the root is still a loop.
    std::os::unix::fs::symlink("..", ws.dir.path().join("roles/sound/up")).unwrap();
    let r = run(ws.crewpath().args(["check", "--roles", "current"]));
    assert!(
        r.stdout.contains("current/sound/up: is a link back to"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.ends_with("3 roles in 2 departments, 1 problem\n"),
        "{}",
        r.stdout
    );
}
