//! What a packager relies on: the declared Rust version, the licences, and
//! the files made for installing crewpath.

use std::process::Command;

use crate::common::crewpath_with;

/// A version such as "1.88" or "1.88.0" as numbers to compare.
fn version(text: &str) -> Vec<u32> {
    let mut parts: Vec<u32> = text
        .split('.')
        .map(|p| {
            p.parse()
                .unwrap_or_else(|_| panic!("'{text}' is not a version"))
        })
        .collect();
    parts.resize(3, 0);
    parts
}

/// The oldest Rust that builds crewpath is the newest one any locked
/// dependency asks for, and at least 1.88, which the code's `if let` chains
/// need. A dependency raising its own, or the lock file moving to one that
/// has, must raise crewpath's too, or `rust-version` would promise a build
/// that fails.
///
/// Only the dependencies built on this machine's platform count: crewpath
/// builds on Unix alone, and the others are not downloaded on a fresh
/// machine, where `--offline` could not read them.
#[test]
fn the_declared_rust_version_is_the_newest_any_dependency_needs() {
    let rustc = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    let rustc = String::from_utf8_lossy(&rustc.stdout);
    let host = rustc
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .expect("rustc -vV names the host");
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .args(["--filter-platform", host])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    let mut ours = None;
    let mut needed = (version("1.88"), "if let chains".to_string());
    for package in packages {
        let Some(rust) = package["rust_version"].as_str() else {
            continue;
        };
        let name = package["name"].as_str().unwrap_or_default();
        if name == "crewpath" {
            ours = Some(version(rust));
        } else if version(rust) > needed.0 {
            needed = (version(rust), format!("{name} {}", package["version"]));
        }
    }
    let ours = ours.expect("crewpath declares rust-version");
    assert!(
        ours >= needed.0,
        "rust-version is {ours:?} but {} needs {:?}",
        needed.1,
        needed.0
    );
    assert_eq!(
        ours, needed.0,
        "rust-version asks for a newer Rust than anything needs: lower it to what {} needs",
        needed.1
    );
}

/// The manual page as `man` shows it, with groff's warnings on; a page that
/// renders with any warning fails. `None`, and a skip (a failure in CI),
/// where `man` is not installed (package man-db), or is only the stub of a
/// minimised system, which answers everything with a notice.
fn man_shows(page: &str) -> Option<String> {
    let installed = Command::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() && o.stdout.starts_with(b"man "));
    if !installed {
        crate::common::skip("man is not installed (package man-db); the manual page was not shown");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("crewpath.1");
    std::fs::write(&path, page).expect("write the page");
    let out = Command::new("man")
        .arg("--warnings")
        .arg("-l")
        .arg(&path)
        .env("MANWIDTH", "80")
        .env("LANG", "C.UTF-8")
        .env_remove("MANPAGER")
        .env_remove("PAGER")
        .output()
        .expect("man is installed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.is_empty(), "{stderr}");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_manual_page_renders_cleanly_and_describes_every_command() {
    let run = crewpath_with(&["generate", "man"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(".TH crewpath 1"), "{}", run.stdout);
    let Some(shown) = man_shows(&run.stdout) else {
        return;
    };
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS"] {
        assert!(
            shown.contains(&format!("\n{heading}\n")),
            "{heading}:\n{shown}"
        );
    }
    for command in ["check", "search", "show", "compare", "path"] {
        assert!(
            shown.contains(&format!("crewpath {command} [")),
            "{command}:\n{shown}"
        );
    }
    assert!(shown.contains("--limit <N>"), "{shown}");
    assert!(
        !shown.contains("generate"),
        "generate is for packagers:\n{shown}"
    );
    for heading in [
        "EXIT STATUS",
        "ENVIRONMENT",
        "FILES",
        "EXAMPLES",
        "SEE ALSO",
    ] {
        assert!(
            shown.contains(&format!("\n{heading}\n")),
            "{heading}:\n{shown}"
        );
    }
    assert_sections_say_what_a_user_looks_up(&shown);
    let header = shown.lines().next().unwrap_or_default();
    assert!(header.contains("General Commands Manual"), "{header}");
}

/// The text of the section under `heading`, up to the next heading.
fn man_section<'a>(shown: &'a str, heading: &str) -> &'a str {
    let start = shown
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no {heading} in:\n{shown}"))
        + heading.len()
        + 2;
    let rest = &shown[start..];
    // Headings start a line at the left margin; text is indented.
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| rest[i..].starts_with(|c: char| c.is_ascii_uppercase()))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// What the exit status, environment, files and examples sections name,
/// the same in every language.
fn assert_sections_say_what_a_user_looks_up(shown: &str) {
    let [exit, environment, files, examples, see_also] = match shown.contains("\nNOM\n") {
        true => [
            "CODE DE RETOUR",
            "ENVIRONNEMENT",
            "FICHIERS",
            "EXEMPLES",
            "VOIR AUSSI",
        ],
        false => [
            "EXIT STATUS",
            "ENVIRONMENT",
            "FILES",
            "EXAMPLES",
            "SEE ALSO",
        ],
    }
    .map(|heading| man_section(shown, heading));
    for status in ["0", "1", "2", "130"] {
        assert!(
            exit.lines().any(|l| l.trim_start().starts_with(status)),
            "{status}:\n{exit}"
        );
    }
    for variable in [
        "CREWPATH_ROLES",
        "CREWPATH_LANG",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "XDG_CONFIG_HOME",
        "TERM",
        "LANG",
        "LC_ALL",
    ] {
        // Each variable is a term of the list: it starts a line.
        let named = |line: &str| {
            line.trim_start()
                .strip_prefix(variable)
                .is_some_and(|rest| !rest.starts_with(|c: char| c == '_' || c.is_alphanumeric()))
        };
        assert!(
            environment.lines().any(named) || environment.contains(&format!(", {variable}")),
            "{variable}:\n{environment}"
        );
    }
    for path in [
        "$XDG_CONFIG_HOME/crewpath/config.toml",
        "/etc/crewpath/kiosk.toml",
    ] {
        assert!(files.contains(path), "{path}:\n{files}");
    }
    assert!(examples.contains("crewpath search"), "{examples}");
    assert!(examples.contains("crewpath --kiosk"), "{examples}");
    assert!(see_also.contains("sshd_config(5)"), "{see_also}");
}

#[test]
fn the_manual_page_speaks_french_when_asked() {
    let run = crewpath_with(&["--lang", "fr", "generate", "man"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let Some(shown) = man_shows(&run.stdout) else {
        return;
    };
    for heading in ["NOM", "SYNOPSIS", "OPTIONS", "COMMANDES"] {
        assert!(
            shown.contains(&format!("\n{heading}\n")),
            "{heading}:\n{shown}"
        );
    }
    assert!(shown.contains("Explorez les carrières"), "{shown}");
    assert!(shown.contains("--roles <DOSSIER>"), "{shown}");
    assert_sections_say_what_a_user_looks_up(&shown);
    let header = shown.lines().next().unwrap_or_default();
    assert!(
        !header.contains("General Commands Manual") && header.contains("Commandes"),
        "{header}"
    );
}

#[test]
fn bash_completions_parse_and_offer_commands_and_themes() {
    let run = crewpath_with(&["generate", "bash"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("crewpath.bash");
    std::fs::write(&path, &run.stdout).expect("write");
    let checked = Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("bash runs");
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    // Sourced into a shell, it completes what a user types.
    let script = format!(
        "source {}; COMP_WORDS=(crewpath --theme ''); COMP_CWORD=2; _crewpath crewpath '' --theme; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"; COMP_WORDS=(crewpath se); COMP_CWORD=1; \
         _crewpath crewpath se crewpath; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        path.display()
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .expect("bash runs");
    let offered = String::from_utf8_lossy(&out.stdout);
    for word in ["default", "high-contrast", "monochrome", "search"] {
        assert!(offered.lines().any(|l| l == word), "{word} in:\n{offered}");
    }
}

#[test]
fn zsh_and_fish_completions_are_what_those_shells_load() {
    let zsh = crewpath_with(&["generate", "zsh"], &[]);
    assert_eq!(zsh.code, 0, "{}", zsh.stderr);
    assert!(
        zsh.stdout.starts_with("#compdef crewpath\n"),
        "{}",
        zsh.stdout
    );
    assert!(zsh.stdout.contains("high-contrast"), "{}", zsh.stdout);
    let fish = crewpath_with(&["generate", "fish"], &[]);
    assert_eq!(fish.code, 0, "{}", fish.stderr);
    assert!(fish.stdout.starts_with("# "), "{}", fish.stdout);
    assert!(
        fish.stdout
            .contains("complete -c crewpath -n \"__fish_crewpath_needs_command\" -l theme"),
        "{}",
        fish.stdout
    );
    let french = crewpath_with(&["--lang", "fr", "generate", "fish"], &[]);
    assert!(
        french.stdout.contains("Thème de couleurs"),
        "{}",
        french.stdout
    );
}

#[test]
fn generate_stays_out_of_the_help_and_names_what_it_makes() {
    let help = crewpath_with(&["--help"], &[]);
    assert!(!help.stdout.contains("generate"), "{}", help.stdout);
    let wrong = crewpath_with(&["generate", "powershell"], &[]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong.stderr.contains("man, bash, zsh, fish"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn a_theme_is_one_of_the_three_and_help_lists_them() {
    let wrong = crewpath_with(&["--theme", "neon"], &[]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong.stderr.contains("default, high-contrast, monochrome"),
        "{}",
        wrong.stderr
    );
    let help = crewpath_with(&["--help"], &[]);
    assert!(
        help.stdout
            .contains("[possible values: default, high-contrast, monochrome]"),
        "{}",
        help.stdout
    );
    let french = crewpath_with(&["--lang", "fr", "--theme", "neon"], &[]);
    assert_eq!(french.code, 2);
    assert!(
        french.stderr.contains("valeurs possibles"),
        "{}",
        french.stderr
    );
}

#[test]
fn json_options_say_they_print_one_object() {
    for (command, words) in [
        ("search", "one object with the results"),
        ("check", "one object with the library"),
    ] {
        let help = crewpath_with(&[command, "--help"], &[]);
        assert!(help.stdout.contains(words), "{}", help.stdout);
        assert!(
            !help.stdout.contains("array") && !help.stdout.contains("per problem"),
            "{}",
            help.stdout
        );
    }
}

/// systemd-analyze, where systemd is installed.
fn systemd_analyze() -> Option<Command> {
    let found = Command::new("systemd-analyze").arg("--version").output();
    if found.is_ok_and(|o| o.status.success()) {
        Some(Command::new("systemd-analyze"))
    } else {
        eprintln!("systemd-analyze is not installed; the kiosk unit was not checked");
        None
    }
}

/// The kiosk unit as shipped, pointed at the binary under test so that
/// `verify` finds what it starts.
fn kiosk_unit(dir: &std::path::Path) -> std::path::PathBuf {
    let shipped =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/crewpath-kiosk.service");
    let text = std::fs::read_to_string(shipped).expect("the unit");
    assert!(
        text.contains("ExecStart=/usr/local/bin/crewpath --kiosk"),
        "{text}"
    );
    let path = dir.join("crewpath-kiosk.service");
    std::fs::write(
        &path,
        text.replace("/usr/local/bin/crewpath", env!("CARGO_BIN_EXE_crewpath")),
    )
    .expect("write the unit");
    path
}

#[test]
fn the_kiosk_unit_verifies_and_is_rated_safe() {
    let Some(mut verify) = systemd_analyze() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = kiosk_unit(dir.path());
    // Its manual page is the package's, not installed here.
    let out = verify
        .args(["verify", "--man=no"])
        .arg(&unit)
        .output()
        .expect("systemd-analyze runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
    let Some(mut security) = systemd_analyze() else {
        return;
    };
    let out = security
        .args(["security", "--offline=true", "--no-pager"])
        .arg(&unit)
        .output()
        .expect("systemd-analyze runs");
    let rated = String::from_utf8_lossy(&out.stdout);
    let score: f32 = rated
        .lines()
        .find_map(|l| {
            l.split("exposure level for crewpath-kiosk.service: ")
                .nth(1)
        })
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no score in:\n{rated}"));
    assert!(score < 4.0, "exposure {score}:\n{rated}");
}

#[test]
fn the_kiosk_restarts_after_a_crash_but_not_after_staff_or_a_wrong_setting() {
    let shipped =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/crewpath-kiosk.service");
    let text = std::fs::read_to_string(shipped).expect("the unit");
    let lines: Vec<&str> = text.lines().collect();
    for line in [
        "Restart=on-failure",
        "RestartPreventExitStatus=2",
        "CapabilityBoundingSet=",
        // A crash loop stops after ten starts in five minutes, not five
        // in ten seconds (systemd's default, which a RestartSec of 1 s
        // reached before anyone could see why).
        "StartLimitIntervalSec=300",
        "StartLimitBurst=10",
        "RestartSec=3",
        // Boot messages do not land on the kiosk's console.
        "Type=idle",
        "Documentation=man:crewpath(1)",
        // A system user named after the package, as the package makes.
        "User=crewpath",
    ] {
        assert!(lines.contains(&line), "{line} in:\n{text}");
    }
    // A wrong setting exits 2, so the unit leaves it stopped, not looping.
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("kiosk.toml");
    std::fs::write(&bad, "idle_timeout = \"soon\"\n").expect("write");
    let path = bad.to_str().expect("utf-8");
    let mut term = crate::common::Term::start(&["--kiosk", "--config", path], 80, 24);
    assert_eq!(term.wait_exit(), 2);
    let screen = term.screen();
    assert!(
        screen.contains("idle_timeout must be a whole number"),
        "{screen}"
    );
}
