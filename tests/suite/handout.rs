//! Taking a role home: `crewpath show --format markdown` for staff making
//! handouts, run as a process, and a kiosk's "print this role", the real
//! binary in a pseudo-terminal with a print command that records what it
//! is sent.

use std::time::{Duration, Instant};

use crate::common::{Run, TIMEOUT, TempLibrary, Term, crewpath_with, find_on_screen, keys};

fn crewpath(args: &[&str]) -> Run {
    crewpath_with(args, &[])
}

/// The section headings of a plain-text page: the unindented lines after a
/// blank line.
fn plain_headings(page: &str) -> Vec<String> {
    let lines: Vec<&str> = page.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].is_empty() && !w[1].is_empty() && !w[1].starts_with(' '))
        .map(|w| w[1].to_string())
        .collect()
}

/// The `##` headings of a Markdown page, as they read once rendered.
fn markdown_headings(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|h| h.replace('\\', ""))
        .collect()
}

#[test]
fn markdown_has_the_same_sections_as_the_plain_page_in_both_languages() {
    for lang in ["en", "fr"] {
        for role in ["recording-engineer", "first-assistant-picture-editor"] {
            let plain = crewpath(&["--lang", lang, "show", role]);
            let md = crewpath(&["--lang", lang, "show", role, "--format", "markdown"]);
            assert_eq!(md.code, 0, "{}", md.stderr);
            let title = plain.stdout.lines().next().expect("a title");
            assert!(
                md.stdout.starts_with(&format!("# {title}\n\n")),
                "{}",
                md.stdout
            );
            let headings = markdown_headings(&md.stdout);
            assert!(headings.len() >= 5, "{headings:?}");
            assert_eq!(headings, plain_headings(&plain.stdout), "{lang} {role}");
        }
    }
}

#[test]
fn markdown_lists_duties_and_tabulates_pay_in_the_language_asked() {
    let en = crewpath(&["show", "recording-engineer", "--format", "markdown"]);
    assert!(en.stdout.contains("\n## Main duties\n\n*As the source stood on 2022-04-12; check it is still current before deciding.*\n\n- "), "{}", en.stdout);
    assert!(
        en.stdout
            .contains("|  | Low | High | Average | Median |\n| --- | ---: | ---: | ---: | ---: |\n| Starting | 15.00 |"),
        "{}",
        en.stdout
    );
    assert!(en.stdout.contains("Department: Music  \n"), "{}", en.stdout);
    let fr = crewpath(&[
        "--lang",
        "fr",
        "show",
        "recording-engineer",
        "--format=markdown",
    ]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    assert!(
        fr.stdout.contains("Service\u{a0}: Musique  \n"),
        "{}",
        fr.stdout
    );
    assert!(
        fr.stdout.contains("| Début | 15,00\u{a0}$ |"),
        "{}",
        fr.stdout
    );
    assert!(
        fr.stdout.contains("\n## Tâches principales\n\n"),
        "{}",
        fr.stdout
    );
}

#[test]
fn plain_text_stays_the_default_and_json_cannot_be_asked_with_a_format() {
    let default = crewpath(&["show", "1pe"]);
    assert_eq!(
        default.stdout,
        crewpath(&["show", "1pe", "--format", "text"]).stdout
    );
    assert!(
        default
            .stdout
            .starts_with("First Assistant Picture Editor\n")
    );
    let json = crewpath(&["show", "1pe", "--json"]);
    assert!(
        json.stdout.starts_with("{\n  \"format\": 1"),
        "{}",
        json.stdout
    );
    let both = crewpath(&["show", "1pe", "--json", "--format", "markdown"]);
    assert_eq!(both.code, 2);
    assert!(both.stderr.contains("--json"), "{}", both.stderr);
    let wrong = crewpath(&["show", "1pe", "--format", "pdf"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("markdown"), "{}", wrong.stderr);
}

#[test]
fn role_text_cannot_become_markup_or_reach_the_terminal_as_controls() {
    let lib = TempLibrary::new();
    lib.write(
        "crew/mischief.toml",
        concat!(
            "title = \"**Loud** <b>Mixer</b>\"\n",
            "summary = \"# Not a heading\"\n",
            "description = \"- not a list\\n\\n1. not a list either \\u001b]0;PWNED\\u0007 [link](http://x) `code`\"\n",
            "duties = [\"Cuts | pastes\", \"=====\"]\n",
        ),
    );
    let md = crewpath(&[
        "--roles",
        lib.path_str(),
        "show",
        "mischief",
        "--format",
        "markdown",
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    let page = &md.stdout;
    assert!(
        page.starts_with("# \\*\\*Loud\\*\\* \\<b\\>Mixer\\</b\\>\n"),
        "{page}"
    );
    assert!(
        !page.chars().any(|c| c.is_control() && c != '\n'),
        "{page:?}"
    );
    for line in page.lines().skip(1) {
        let block = ["# ", "- not", "1. ", "="];
        assert!(
            !block.iter().any(|m| line.starts_with(m)),
            "{line:?} in\n{page}"
        );
        let inline = ["[link]", "`code`", "<b>"];
        assert!(
            !inline.iter().any(|m| line.contains(m)),
            "{line:?} in\n{page}"
        );
    }
    assert!(page.contains("\n\\# Not a heading\n"), "{page}");
    assert!(page.contains("\n\\- not a list\n"), "{page}");
    assert!(page.contains("\n1\\. not a list either"), "{page}");
    assert!(page.contains("- Cuts \\| pastes\n- \\=====\n"), "{page}");
}

/// A print command for the tests: a script that records what it is sent
/// on its standard input in `received`, whole or not at all, and exits
/// with `status`.
struct FakePrinter {
    dir: tempfile::TempDir,
}

impl FakePrinter {
    fn new(status: u8) -> FakePrinter {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let script = dir.path().join("fake-lp");
        std::fs::write(
            &script,
            format!("#!/bin/sh\ncat > \"$1.part\" && mv \"$1.part\" \"$1\"\nexit {status}\n"),
        )
        .expect("write the fake print command");
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
            .expect("make it runnable");
        let printer = FakePrinter { dir };
        let script = script.display().to_string();
        let received = printer.received().display().to_string();
        printer.config(&toml_words(&[&script, &received]));
        printer
    }

    /// Writes the kiosk's config file with `print` set to `value`, as TOML
    /// writes it.
    fn config(&self, value: &str) {
        std::fs::write(
            self.config_path(),
            format!("idle_timeout = 600\nprint = {value}\n"),
        )
        .expect("write the kiosk config");
    }

    fn config_path(&self) -> std::path::PathBuf {
        self.dir.path().join("kiosk.toml")
    }

    fn received(&self) -> std::path::PathBuf {
        self.dir.path().join("received.txt")
    }

    /// The kiosk, started with this config.
    fn kiosk(&self, extra: &[&str]) -> Term {
        let config = self.config_path();
        let mut args = vec!["--kiosk", "--config", config.to_str().expect("utf-8 path")];
        args.extend_from_slice(extra);
        Term::start(&args, 100, 30)
    }

    /// What the print command received, once it has it all.
    fn wait_for_page(&self) -> String {
        let start = Instant::now();
        loop {
            if let Ok(page) = std::fs::read_to_string(self.received()) {
                return page;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the print command never received a page"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

/// Today's date as the machine has it; two when the test runs over
/// midnight.
fn dates_around(f: impl FnOnce() -> String) -> (Vec<String>, String) {
    let date = || {
        let out = std::process::Command::new("date")
            .arg("+%F")
            .output()
            .expect("run date");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let before = date();
    let result = f();
    (vec![before, date()], result)
}

const WELCOME: &str = "Type a job title or a skill, or touch a search to try it:";

/// Opens `title` at a kiosk by typing it, as a visitor does.
fn open_at_kiosk(t: &mut Term, query: &str, title: &str) {
    t.type_text(query);
    t.wait_for(title);
    t.send(keys::ENTER);
    t.wait_gone(&format!("› {query}"));
}

#[test]
fn a_visitor_touches_print_and_the_print_command_gets_the_role_sheet() {
    let printer = FakePrinter::new(0);
    let mut t = printer.kiosk(&[]);
    t.wait_for(WELCOME);
    open_at_kiosk(&mut t, "foley artist", "Foley Artist");
    let screen = t.wait_for("Print this role");
    let (col, row) = find_on_screen(&screen, "Print this role Ctrl-P").expect("the print button");
    let (dates, page) = dates_around(|| {
        t.send(&keys::click(col + 2, row));
        printer.wait_for_page()
    });
    let header: Vec<String> = dates
        .iter()
        .map(|d| format!("Careers in film and TV post-production\nPrinted {d}\n\nFoley Artist\n"))
        .collect();
    assert!(header.iter().any(|h| page.starts_with(h)), "{page}");
    // The whole sheet, as `crewpath show` writes it.
    let shown = crewpath(&["show", "foley-artist"]).stdout;
    assert!(page.ends_with(&shown), "{page}");
    t.wait_for("Sent to the printer");
    // Still the kiosk, drawn whole: the command wrote nothing over it.
    let screen = t.screen();
    assert!(screen.contains("Departments"), "{screen}");
}

#[test]
fn a_french_visitor_prints_in_french_with_the_key() {
    let printer = FakePrinter::new(0);
    let mut t = printer.kiosk(&[]);
    t.wait_for(WELCOME);
    let screen = t.screen();
    let (col, row) = find_on_screen(&screen, "Français").expect("the French button");
    t.send(&keys::click(col + 1, row));
    t.wait_for("Tapez un titre");
    open_at_kiosk(&mut t, "bruiteur", "Bruiteur");
    t.wait_for("Imprimer cette fiche");
    let (dates, page) = dates_around(|| {
        t.send(keys::CTRL_P);
        printer.wait_for_page()
    });
    let first_lines: Vec<&str> = page.lines().take(4).collect();
    assert_eq!(first_lines[0], "Carrières en postproduction cinéma et télé");
    assert!(
        dates
            .iter()
            .any(|d| first_lines[1] == format!("Imprimé le {d}")),
        "{page}"
    );
    assert!(first_lines[3].starts_with("Bruiteur"), "{page}");
    assert!(page.contains("\nService\u{a0}: "), "{page}");
    t.wait_for("Envoyé à l’imprimante");
}

#[test]
fn a_kiosk_without_a_print_command_offers_no_printing() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    open_at_kiosk(&mut t, "foley artist", "Foley Artist");
    t.wait_for("Start over Ctrl-R");
    t.send(keys::CTRL_P);
    t.send("?");
    let screen = t.wait_for("Help");
    assert!(!screen.contains("print"), "{screen}");
    // Ctrl-P is the search box's "previous result", nothing else.
    assert!(
        screen
            .lines()
            .filter(|l| l.contains("Ctrl-P"))
            .all(|l| l.contains("Ctrl-N")),
        "{screen}"
    );
}

#[test]
fn a_print_command_that_fails_or_is_missing_says_so_on_screen() {
    for broken in ["missing", "failing"] {
        let printer = FakePrinter::new(3);
        if broken == "missing" {
            // The command's first form, one string of plain words, works
            // as it always did.
            printer.config("\"/nonexistent/crewpath-tests/lp -d frontdesk\"");
        }
        let mut t = printer.kiosk(&[]);
        t.wait_for(WELCOME);
        open_at_kiosk(&mut t, "foley artist", "Foley Artist");
        t.wait_for("Print this role");
        t.send(keys::CTRL_P);
        let screen = t.wait_for("The printer did not answer; please ask staff for help");
        assert!(screen.contains("Foley Artist"), "{broken}: {screen}");
        assert!(t.is_running(), "{broken}");
        // The kiosk still answers.
        t.type_text("mixer");
        t.wait_for("› mixer");
    }
}

#[test]
fn a_print_command_string_with_quotes_stops_the_kiosk_showing_the_list_to_write() {
    let printer = FakePrinter::new(0);
    printer.config("\"lp -d frontdesk -t 'Career centre'\"");
    let mut t = printer.kiosk(&[]);
    assert_eq!(t.wait_exit(), 2);
    let screen = t.screen();
    let said: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("kiosk.toml:2:9: print written as one string can only be plain words")
            && said.contains(r#"print = ["lp", "-d", "frontdesk", "-t", "Career centre"]"#),
        "{screen}"
    );
}

/// `words` as a TOML list.
fn toml_words(words: &[&str]) -> String {
    let list = words.iter().map(|w| toml::Value::String(w.to_string()));
    toml::Value::Array(list.collect()).to_string()
}

#[test]
fn print_inside_what_fits_me_prints_the_picks_and_the_ranking_not_the_role_behind() {
    let printer = FakePrinter::new(0);
    let mut t = printer.kiosk(&[]);
    t.wait_for(WELCOME);
    // Open a role first: it stays behind the window.
    open_at_kiosk(&mut t, "foley artist", "Foley Artist");
    t.send("\x06");
    t.wait_for("Pick the skills you already have");
    for skill in ["microphones", "audio manipulation"] {
        t.type_text(skill);
        t.wait_for(&format!("[ ] {skill}"));
        t.send(keys::ENTER);
        t.wait_for(&format!("[x] {skill}"));
    }
    t.wait_for("1. Recording Engineer");
    t.send(keys::CTRL_P);
    let page = printer.wait_for_page();
    let body: Vec<&str> = page.lines().skip(3).collect();
    let body = body.join("\n") + "\n";
    let wanted = crewpath_with(
        &["match", "--skills", "microphones, audio manipulation"],
        &[],
    )
    .stdout;
    assert_eq!(body, wanted, "{page}");
    assert!(!page.contains("Foley Artist\n"), "{page}");
    t.wait_for("Sent to the printer");
}
