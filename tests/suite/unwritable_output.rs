//! Every command run where its output cannot go: standard output closed
//! (`>&-`) or full (`>/dev/full`) is exit 2 with a message on standard
//! error; a reader that stops early (`| head`) is not an error.

use std::process::Stdio;

use crate::common::{Run, crewpath_command};

/// Each command and output format, with arguments that print something on the built-in roles.
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["check", "--json"],
    &["search", "foley"],
    &["search", "--json", "foley"],
    &["show", "foley-artist"],
    &["show", "--json", "foley-artist"],
    &["compare", "foley-artist", "sound-editor"],
    &["path", "--to", "supervising-sound-editor"],
    &[
        "path",
        "--json",
        "first-assistant-picture-editor",
        "picture-editor",
    ],
    &["compare", "--json", "foley-artist", "sound-editor"],
    &["match", "--skills", "storytelling, teamwork"],
    &["match", "--json", "--skills", "storytelling, teamwork"],
    &["list"],
    &["list", "--json"],
    &["show", "--format", "markdown", "foley-artist"],
    &["generate", "man"],
    &["generate", "bash"],
    &["generate", "zsh"],
    &["generate", "fish"],
    &["--help"],
    &["check", "--help"],
    &["--version"],
];

/// crewpath run by a shell with standard output closed, as `>&-` does.
fn with_stdout_closed(args: &[&str]) -> Run {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg("exec \"$0\" \"$@\" >&-")
        .arg(env!("CARGO_BIN_EXE_crewpath"))
        .args(args);
    crate::common::english(&mut cmd);
    cmd.env_remove("CREWPATH_ROLES")
        .current_dir(std::env::temp_dir());
    Run::from(cmd.output().expect("run sh"))
}

fn with_stdout_full(args: &[&str]) -> Run {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut cmd = crewpath_command();
    cmd.env_remove("CREWPATH_ROLES")
        .args(args)
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::from(full));
    Run::from(cmd.output().expect("run crewpath"))
}

/// Runs crewpath with its standard output in some state.
type RunWith = fn(&[&str]) -> Run;

#[test]
fn a_closed_or_full_standard_output_is_exit_2_with_a_message() {
    let ways: [(&str, RunWith); 2] = [("closed", with_stdout_closed), ("full", with_stdout_full)];
    for (way, run) in ways {
        for args in COMMANDS {
            let r = run(args);
            assert_eq!(r.code, 2, "{way} {args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains("crewpath: cannot write"),
                "{way} {args:?}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    for args in COMMANDS {
        // A pipe whose reader is gone before crewpath writes.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut cmd = crewpath_command();
        cmd.env_remove("CREWPATH_ROLES")
            .args(*args)
            .current_dir(std::env::temp_dir())
            .stdout(writer);
        let r = Run::from(cmd.output().expect("run crewpath"));
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr, "", "{args:?}");
    }
}
