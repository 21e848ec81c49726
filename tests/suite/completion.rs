//! The completions as the shells run them: bash and zsh in a terminal,
//! with their completion systems loaded and Tab pressed, fish through its
//! own `complete -C`. Role ids come from the library the command line
//! names; option values never fall back to file names.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{TempLibrary, Term, crewpath_with, skip};

/// Whether `program` runs here; a skip (a failure in CI) otherwise.
fn have(program: &str, why: &str) -> bool {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        skip(&format!("{program} is not installed; {why}"));
    }
    found
}

/// The completion script for `shell`, written to `dir/name`.
fn script(shell: &str, dir: &Path, name: &str) -> PathBuf {
    let run = crewpath_with(&["generate", shell], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = dir.join(name);
    std::fs::write(&path, run.stdout).expect("write the script");
    path
}

/// PATH with the crewpath under test first.
fn path_with_crewpath() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_crewpath"))
        .parent()
        .expect("the binary's folder");
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A small library of its own, to see that `--roles` is followed.
fn small_library() -> TempLibrary {
    let lib = TempLibrary::new();
    lib.write("sound/trainee-mixer.toml", "title = \"Trainee Mixer\"\n")
        .write("sound/mixer.toml", "title = \"Mixer\"\n");
    lib
}

/// A folder holding a file whose name a completion must not offer.
fn folder_with_a_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("zz-not-a-role"), "").expect("write");
    dir
}

/// The first words of each candidate fish offers for `line`.
fn fish_offers(script: &Path, cwd: &Path, line: &str) -> Vec<String> {
    let out = Command::new("fish")
        .args(["--no-config", "-c"])
        .arg(format!(
            "source {}; complete -C '{}'",
            script.display(),
            line.replace('\'', "\\'")
        ))
        .current_dir(cwd)
        .env("PATH", path_with_crewpath())
        .env("LANG", "C.UTF-8")
        .env_remove("CREWPATH_ROLES")
        .env_remove("CREWPATH_LANG")
        .output()
        .expect("fish runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn fish_completes_option_values_and_role_ids() {
    if !have("fish", "fish completions were not run") {
        return;
    }
    let dir = folder_with_a_file();
    let script = script("fish", dir.path(), "crewpath.fish");
    let values = |line: &str| -> Vec<String> {
        let mut offered: Vec<String> = fish_offers(&script, dir.path(), line)
            .iter()
            .map(|l| l.split('\t').next().unwrap_or_default().to_string())
            .collect();
        offered.sort();
        offered
    };
    for (line, expected) in [
        ("crewpath --lang ", vec!["en", "fr"]),
        (
            "crewpath --theme ",
            vec!["default", "high-contrast", "monochrome"],
        ),
        ("crewpath --color ", vec!["always", "auto", "never"]),
        ("crewpath search --color ", vec!["always", "auto", "never"]),
        ("crewpath show --format ", vec!["markdown", "text"]),
        (
            "crewpath show foley-",
            vec!["foley-artist", "foley-recordist"],
        ),
        (
            "crewpath compare foley-artist supervising-s",
            vec!["supervising-sound-editor"],
        ),
        ("crewpath path --to re-rec", vec!["re-recording-mixer"]),
        ("crewpath path 1", vec![]),
    ] {
        assert_eq!(values(line), expected, "{line}");
    }
    // Each id is described by its title.
    let described = fish_offers(&script, dir.path(), "crewpath show foley-a");
    assert_eq!(described, ["foley-artist\tFoley Artist"]);
    // The library the command line names.
    let lib = small_library();
    assert_eq!(
        values(&format!("crewpath --roles {} show ", lib.path_str())),
        ["mixer", "trainee-mixer"]
    );
    assert_eq!(
        values(&format!(
            "crewpath compare --roles={} mixer t",
            lib.path_str()
        )),
        ["trainee-mixer"]
    );
}

/// An interactive shell in a terminal, in `cwd`, with crewpath on its PATH.
fn shell(program: &str, args: &[&str], cwd: &Path) -> Term {
    let home = cwd.to_str().expect("utf-8 path");
    let path = path_with_crewpath();
    let env = [
        ("PATH", path.as_str()),
        ("HOME", home),
        ("PS1", "$ "),
        ("PROMPT", "$ "),
        ("INPUTRC", "/dev/null"),
    ];
    let term = Term::start_program(program, args, (120, 30), (120, 30), &env);
    term.wait_for("$");
    term
}

/// Types `line`, presses Tab (twice where a list is wanted), waits for
/// `shown`, then clears the line.
fn tab(term: &mut Term, line: &str, tabs: usize, shown: &str) -> String {
    term.type_text(line);
    for _ in 0..tabs {
        term.send("\t");
    }
    let screen = term.wait_for(shown);
    // Ctrl-C: a fresh prompt, whatever the shell shows under the line.
    term.send("\x03");
    term.send("clear\r");
    term.wait_gone(shown);
    screen
}

#[test]
fn bash_completes_role_ids_from_the_library_named() {
    let completion = "/usr/share/bash-completion/bash_completion";
    if !Path::new(completion).exists() {
        skip("bash-completion is not installed; bash completions were not run");
        return;
    }
    let dir = folder_with_a_file();
    let script = script("bash", dir.path(), "crewpath.bash");
    let mut term = shell("bash", &["--norc", "--noprofile", "-i"], dir.path());
    term.type_text(&format!(
        "source {completion}; source {}; clear\r",
        script.display()
    ));
    term.wait_gone("source");
    let lib = small_library();
    for (line, tabs, shown) in [
        ("crewpath show foley-a", 1, "$ crewpath show foley-artist "),
        ("crewpath show foley-", 2, "foley-recordist"),
        (
            "crewpath compare foley-artist supervising-s",
            1,
            "supervising-sound-editor ",
        ),
        ("crewpath path --to re-rec", 1, "re-recording-mixer "),
        ("crewpath --theme high", 1, "--theme high-contrast "),
        (
            &format!("crewpath --roles {} show tr", lib.path_str()),
            1,
            "show trainee-mixer ",
        ),
    ] {
        let screen = tab(&mut term, line, tabs, shown);
        assert!(!screen.contains("zz-not-a-role"), "{line}:\n{screen}");
    }
}

#[test]
fn zsh_completes_role_ids_with_their_titles() {
    if !have("zsh", "zsh completions were not run") {
        return;
    }
    let dir = folder_with_a_file();
    let functions = dir.path().join("functions");
    std::fs::create_dir(&functions).expect("mkdir");
    script("zsh", &functions, "_crewpath");
    let mut term = shell("zsh", &["-f", "-i"], dir.path());
    term.type_text(&format!(
        "fpath=({} $fpath); autoload -Uz compinit; compinit -u -D; clear\r",
        functions.display()
    ));
    term.wait_gone("compinit");
    let lib = small_library();
    for (line, tabs, shown) in [
        ("crewpath show foley-a", 1, "$ crewpath show foley-artist "),
        ("crewpath show foley-", 1, "Foley Recordist"),
        (
            "crewpath compare foley-artist supervising-s",
            1,
            "supervising-sound-editor ",
        ),
        ("crewpath path --to re-rec", 1, "re-recording-mixer "),
        ("crewpath --lang f", 1, "--lang fr "),
        (
            &format!("crewpath --roles {} show tr", lib.path_str()),
            1,
            "show trainee-mixer ",
        ),
    ] {
        let screen = tab(&mut term, line, tabs, shown);
        assert!(!screen.contains("zz-not-a-role"), "{line}:\n{screen}");
    }
}
