//! What terminal users and scripts expect of any command-line tool: colour
//! as --color, NO_COLOR and CLICOLOR say, a refusal on a terminal that
//! cannot draw, the settings file where XDG puts it, a plain list of every
//! role, and keys that do the same however the terminal sends them.

use crate::common::{Run, TempLibrary, Term, crewpath_with};

/// Whether the bytes set a foreground or background colour.
fn coloured(raw: &[u8]) -> bool {
    let text = String::from_utf8_lossy(raw);
    ["\x1b[38;", "\x1b[48;"].iter().any(|s| text.contains(s))
}

/// The explorer's first screen, and whether it was drawn in colour.
fn first_screen_coloured(args: &[&str], env: &[(&str, &str)]) -> bool {
    let term = Term::start_with_env(args, 100, 30, env);
    term.wait_for("Departments");
    coloured(&term.raw())
}

#[test]
fn colour_follows_color_then_no_color_then_clicolor() {
    assert!(first_screen_coloured(&[], &[]), "colour by default");
    assert!(!first_screen_coloured(&[], &[("NO_COLOR", "1")]));
    assert!(!first_screen_coloured(&[], &[("CLICOLOR", "0")]));
    assert!(first_screen_coloured(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(!first_screen_coloured(&["--color", "never"], &[]));
    assert!(
        !first_screen_coloured(&["--color=never", "--theme", "high-contrast"], &[]),
        "never means never, whatever the theme"
    );
    assert!(first_screen_coloured(
        &["--color", "always"],
        &[("NO_COLOR", "1")]
    ));
    assert!(
        first_screen_coloured(&["--theme", "high-contrast"], &[("NO_COLOR", "1")]),
        "a theme asked for on the command line wins over the environment"
    );
}

/// The widest line of `text` once escape sequences are left out, in cells.
fn widest_line(text: &str) -> usize {
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters, then a final letter.
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else if c != '\r' {
            plain.push(c);
        }
    }
    plain
        .lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

#[test]
fn help_is_wrapped_to_the_terminal_in_either_language() {
    for lang in ["en", "fr"] {
        for args in [vec!["--help"], vec!["search", "--help"]] {
            let mut args = args.clone();
            args.extend(["--lang", lang]);
            // On a terminal of 80 columns, as a person reads it.
            let mut term = Term::start(&args, 80, 60);
            assert_eq!(term.wait_exit(), 0);
            let raw = String::from_utf8_lossy(&term.raw()).into_owned();
            assert!(raw.contains("--roles"), "{raw}");
            assert!(widest_line(&raw) <= 80, "{args:?}:\n{raw}");
            // Through a pipe, to the width COLUMNS gives.
            let piped = crewpath_with(&args, &[("COLUMNS", "60")]);
            assert_eq!(piped.code, 0, "{}", piped.stderr);
            assert!(
                widest_line(&piped.stdout) <= 60,
                "{args:?}:\n{}",
                piped.stdout
            );
        }
    }
}

#[test]
fn help_is_in_colour_when_color_always_says_so_even_through_a_pipe() {
    let styled = |text: &str| text.contains("\x1b[");
    let always = crewpath_with(&["--color", "always", "--help"], &[]);
    assert_eq!(always.code, 0, "{}", always.stderr);
    assert!(styled(&always.stdout), "{}", always.stdout);
    let french = crewpath_with(&["--lang", "fr", "search", "--help", "--color=always"], &[]);
    assert!(styled(&french.stdout), "{}", french.stdout);
    let piped = crewpath_with(&["--help"], &[]);
    assert!(!styled(&piped.stdout), "{}", piped.stdout);
    let mut never = Term::start(&["--color", "never", "--help"], 80, 60);
    assert_eq!(never.wait_exit(), 0);
    assert!(!styled(&String::from_utf8_lossy(&never.raw())));
}

#[test]
fn a_dumb_terminal_is_pointed_to_the_plain_text_commands() {
    for (lang, words) in [
        ("en", "for plain text use 'crewpath list'"),
        ("fr", "pour du texte brut"),
    ] {
        let mut term = Term::start_with_env(&["--lang", lang], 80, 24, &[("TERM", "dumb")]);
        assert_eq!(term.wait_exit(), 2);
        let screen = term.screen();
        assert!(
            screen.contains("TERM=dumb") && screen.contains(words),
            "{screen}"
        );
        assert!(!coloured(&term.raw()), "nothing was drawn");
    }
}

/// A folder holding `crewpath/config.toml` as XDG_CONFIG_HOME would.
fn config_home(settings: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    let dir = home.path().join("crewpath");
    std::fs::create_dir(&dir).expect("config folder");
    std::fs::write(dir.join("config.toml"), settings).expect("write config");
    home
}

#[test]
fn the_settings_file_is_read_from_the_xdg_config_home_unless_config_names_one() {
    let home = config_home("theme = \"neon\"\n");
    let xdg = home.path().to_str().expect("utf-8");
    let mut term = Term::start_with_env(&[], 100, 30, &[("XDG_CONFIG_HOME", xdg)]);
    assert_eq!(term.wait_exit(), 2, "a wrong default file is not ignored");
    let screen = term.screen();
    assert!(
        screen.contains("crewpath/config.toml") && screen.contains("'neon' is not a theme"),
        "{screen}"
    );

    // --config wins: the default file is not read at all.
    let chosen = config_home("theme = \"monochrome\"\n");
    let chosen = chosen.path().join("crewpath/config.toml");
    let chosen = chosen.to_str().expect("utf-8");
    let term = Term::start_with_env(&["--config", chosen], 100, 30, &[("XDG_CONFIG_HOME", xdg)]);
    term.wait_for("Departments");
    assert!(!coloured(&term.raw()), "the named file's theme was used");
}

#[test]
fn without_xdg_config_home_the_file_is_under_home() {
    let home = tempfile::tempdir().expect("temp dir");
    let dir = home.path().join(".config/crewpath");
    std::fs::create_dir_all(&dir).expect("config folder");
    std::fs::write(dir.join("config.toml"), "theme = \"monochrome\"\n").expect("write");
    let home = home.path().to_str().expect("utf-8");
    for xdg in ["", "relative/path"] {
        let term = Term::start_with_env(&[], 100, 30, &[("XDG_CONFIG_HOME", xdg), ("HOME", home)]);
        term.wait_for("Departments");
        assert!(
            !coloured(&term.raw()),
            "XDG_CONFIG_HOME={xdg:?}: ~/.config was read"
        );
    }
}

fn lines(run: &Run) -> Vec<Vec<&str>> {
    run.stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect()
}

#[test]
fn list_names_every_role_once_in_either_language() {
    let check = crewpath_with(&["check", "--json"], &[]);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).expect("JSON");
    let count = report["roles"].as_u64().expect("a count") as usize;
    let english = crewpath_with(&["list"], &[]);
    assert_eq!(english.code, 0, "{}", english.stderr);
    let rows = lines(&english);
    assert_eq!(rows.len(), count, "{}", english.stdout);
    assert!(rows.iter().all(|r| r.len() == 3), "{}", english.stdout);
    let mut ids: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "each role once");
    assert!(
        rows.contains(&vec!["picture-editor", "Picture Editor", "Picture editing"]),
        "{}",
        english.stdout
    );
    let french = crewpath_with(&["--lang", "fr", "list"], &[]);
    let rows_fr = lines(&french);
    assert_eq!(rows_fr.len(), count);
    assert!(
        rows_fr
            .iter()
            .any(|r| r[0] == "picture-editor" && r[1] == "Monteur ou monteuse image"),
        "{}",
        french.stdout
    );
}

#[test]
fn list_follows_the_department_tree_and_speaks_json() {
    let lib = TempLibrary::new();
    lib.write("sound/_index.toml", "name = \"Sound\"\n");
    lib.write(
        "sound/zed.toml",
        "title = \"Zed Sound Lead\"\nsummary = \"Leads\"\n",
    );
    lib.write("sound/mixing/_index.toml", "name = \"Mixing\"\n");
    lib.write(
        "sound/mixing/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Mixes\"\n",
    );
    lib.write("art/_index.toml", "name = \"Art\"\n");
    lib.write(
        "art/painter.toml",
        "title = \"Painter\"\nsummary = \"Paints\"\n",
    );
    let run = crewpath_with(&["list", "--roles", lib.path_str()], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "painter\tPainter\tArt\nmixer\tMixer\tSound / Mixing\nzed\tZed Sound Lead\tSound\n"
    );
    let json = crewpath_with(&["list", "--json", "--roles", lib.path_str()], &[]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(value["format"], 1);
    assert_eq!(value["roles"][1]["id"], "mixer");
    assert_eq!(
        value["roles"][1]["department"],
        serde_json::json!(["Sound", "Mixing"])
    );
    let missing = crewpath_with(&["list", "--roles", "/nonexistent/roles"], &[]);
    assert_eq!(missing.code, 2);
    assert!(missing.stdout.is_empty());
}

/// How a terminal sends a key: plainly, by code point as CSI u (kitty,
/// foot, WezTerm, iTerm2 when asked), or as xterm's modifyOtherKeys.
#[derive(Clone, Copy, Debug)]
enum Sent {
    Plainly,
    CsiU,
    ModifyOtherKeys,
}

impl Sent {
    /// The key of Unicode code point `code` with xterm's modifier
    /// parameter `modifiers` (1 none, 2 Shift, 5 Ctrl), whose plain bytes
    /// are `plain`.
    fn key(self, code: u32, modifiers: u8, plain: &str) -> String {
        match self {
            Sent::Plainly => plain.to_string(),
            Sent::CsiU => format!("\x1b[{code};{modifiers}u"),
            Sent::ModifyOtherKeys => format!("\x1b[27;{modifiers};{code}~"),
        }
    }
}

#[test]
fn keys_sent_by_code_point_do_what_the_plain_keys_do() {
    let welcome = "Type a job title or a skill, or touch a search to try it:";
    let run = |sent: Sent| {
        let mut t = Term::start(&["--kiosk"], 100, 30);
        t.wait_for(welcome);
        // Enter browses.
        t.send(&sent.key(13, 1, "\r"));
        t.wait_for("1 Departments");
        // A capital letter, then small ones, start a search.
        t.send(&sent.key(102, 2, "F"));
        t.wait_for("║› F ");
        for c in "oley".chars() {
            t.send(&sent.key(u32::from(c), 1, &c.to_string()));
        }
        t.wait_for("║› Foley ");
        // Backspace rubs out, Esc leaves the search.
        t.send(&sent.key(127, 1, "\x7f"));
        t.wait_for("║› Fole ");
        t.send(&sent.key(27, 1, "\x1b"));
        t.wait_gone("║› Fole");
        // Ctrl-F opens What fits me.
        t.send(&sent.key(102, 5, "\x06"));
        t.wait_for("What fits me")
    };
    let plainly = run(Sent::Plainly);
    for sent in [Sent::CsiU, Sent::ModifyOtherKeys] {
        assert_eq!(run(sent), plainly, "{sent:?}");
    }
}
