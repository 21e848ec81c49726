//! The kiosk's print command, run as a kiosk runs it, in a pseudo-terminal:
//! it never gets the visitor's terminal, one page a role for each visitor,
//! and a job of the visitor before is never the next visitor's.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::common::{TIMEOUT, Term, keys};

const WELCOME: &str = "Type a job title or a skill, or touch a search to try it:";

/// A kiosk whose print command is the shell script `body`, run with the
/// folder it may write in as its first argument.
struct Kiosk {
    dir: tempfile::TempDir,
}

impl Kiosk {
    fn with_printer(body: &str) -> Kiosk {
        Kiosk::with_printer_and_words(body, &[])
    }

    /// The script is given `more` words after the folder, each written as
    /// one item of the config file's `print` list.
    fn with_printer_and_words(body: &str, more: &[&str]) -> Kiosk {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let script = dir.path().join("lp");
        std::fs::write(&script, format!("#!/bin/sh\n{body}\n")).expect("script");
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
            .expect("runnable");
        let mut print = vec![
            script.display().to_string(),
            dir.path().display().to_string(),
        ];
        print.extend(more.iter().map(|w| w.to_string()));
        let print = print.into_iter().map(toml::Value::String).collect();
        std::fs::write(
            dir.path().join("kiosk.toml"),
            format!(
                "idle_timeout = 600\nprint = {}\n",
                toml::Value::Array(print)
            ),
        )
        .expect("config");
        Kiosk { dir }
    }

    fn start(&self) -> Term {
        let config = self.dir.path().join("kiosk.toml");
        Term::start(
            &["--kiosk", "--config", config.to_str().expect("UTF-8 path")],
            100,
            30,
        )
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// The lines of `path` once it has `count` of them.
fn wait_for_lines(path: &Path, count: usize) -> Vec<String> {
    let start = Instant::now();
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        if lines.len() >= count {
            return lines;
        }
        assert!(start.elapsed() < TIMEOUT, "{path:?} has {lines:?}");
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
}

fn open(t: &mut Term, query: &str, title: &str) {
    t.type_text(query);
    t.wait_for(title);
    t.send(keys::ENTER);
    t.wait_gone(&format!("› {query}"));
    t.wait_for("Print this role");
}

#[test]
fn each_word_of_the_print_list_reaches_the_program_as_written() {
    // No shell comes between: spaces, quotes, a dollar and a star stay.
    let words = ["Career centre", "it's \"$HOME\"", "*", ""];
    let kiosk = Kiosk::with_printer_and_words(
        "cat >/dev/null\nshift\nfor word in \"$@\"; do echo \"[$word]\"; done >> \"$(dirname \"$0\")/words\"",
        &words,
    );
    let mut t = kiosk.start();
    t.wait_for(WELCOME);
    open(&mut t, "foley artist", "Foley Artist");
    t.send(keys::CTRL_P);
    t.wait_for("Sent to the printer");
    let want: Vec<String> = words.iter().map(|w| format!("[{w}]")).collect();
    assert_eq!(wait_for_lines(&kiosk.file("words"), words.len()), want);
}

#[test]
fn the_print_command_gets_no_terminal_to_read_keys_from_or_draw_on() {
    let kiosk = Kiosk::with_printer(
        "{ [ -t 0 ] && echo stdin-is-a-terminal\n\
           (: </dev/tty) 2>/dev/null && echo opens-the-terminal\n\
           printf 'Password: PWNED' >/dev/tty 2>/dev/null\n\
           echo done; } >> \"$1/report\"\ncat >/dev/null",
    );
    let mut t = kiosk.start();
    t.wait_for(WELCOME);
    open(&mut t, "foley artist", "Foley Artist");
    t.send(keys::CTRL_P);
    let report = wait_for_lines(&kiosk.file("report"), 1);
    assert_eq!(report, ["done"]);
    let screen = t.wait_for("Sent to the printer");
    assert!(!screen.contains("PWNED"), "{screen}");
}

#[test]
fn a_visitor_gets_one_page_a_role_and_is_told_when_a_press_prints_nothing_more() {
    let kiosk = Kiosk::with_printer("cat >/dev/null\necho job >> \"$1/jobs\"");
    let mut t = kiosk.start();
    t.wait_for(WELCOME);
    open(&mut t, "foley artist", "Foley Artist");
    t.send(keys::CTRL_P);
    t.wait_for("Sent to the printer");
    for _ in 0..5 {
        t.send(keys::CTRL_P);
    }
    t.wait_for("This page was already sent to the printer");
    assert_eq!(wait_for_lines(&kiosk.file("jobs"), 1), ["job"]);
    // Another role is another page.
    open(&mut t, "mixer", "Mixer");
    t.send(keys::CTRL_P);
    assert_eq!(wait_for_lines(&kiosk.file("jobs"), 2), ["job", "job"]);
}

#[test]
fn after_a_start_over_during_a_hung_job_the_next_visitor_prints_and_hears_only_of_their_own() {
    // Each job says it started, then never ends.
    let kiosk = Kiosk::with_printer("echo started >> \"$1/jobs\"\ncat >/dev/null\nsleep 100");
    let mut t = kiosk.start();
    t.wait_for(WELCOME);
    open(&mut t, "foley artist", "Foley Artist");
    t.send(keys::CTRL_P);
    t.wait_for("Sending to the printer");
    // A second press while it hangs says so.
    t.send(keys::CTRL_P);
    t.wait_for("Still sending the last page to the printer");
    wait_for_lines(&kiosk.file("jobs"), 1);
    t.send(keys::CTRL_R);
    t.wait_for(WELCOME);
    let screen = t.screen();
    assert!(!screen.contains("printer"), "{screen}");
    open(&mut t, "foley artist", "Foley Artist");
    t.send(keys::CTRL_P);
    t.wait_for("Sending to the printer");
    assert_eq!(
        wait_for_lines(&kiosk.file("jobs"), 2),
        ["started", "started"]
    );
}
