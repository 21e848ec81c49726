//! The Linux text console: its fonts have ASCII and the Latin-1 letters and
//! signs but no arrows, triangles, bullets or box-drawing lines, so the
//! explorer draws with its ASCII set there. Every screen is checked cell by
//! cell, on a library whose own texts keep to those characters, so that any
//! other character on screen is one the explorer drew.

use std::time::Instant;

use crate::common::{TempLibrary, Term, draw, screen_text};
use crewpath::app::{Action, App, Edit, Pane, Settings};
use crewpath::i18n::{Lang, speaking};
use crewpath::symbols::{SymbolSet, ascii_for, console_draws};
use ratatui::buffer::Buffer;

/// The bundled roles with every character the console lacks replaced
/// (their en dashes and curly quotes by ASCII, anything else by '?'), and
/// one role file with a problem, so the problem marks are drawn too.
fn console_library() -> TempLibrary {
    let lib = TempLibrary::new();
    let roles = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
    for entry in walkdir::WalkDir::new(&roles) {
        let entry = entry.expect("walk the bundled roles");
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(&roles)
            .expect("inside roles")
            .to_str()
            .expect("utf-8 name");
        let text = std::fs::read_to_string(entry.path()).expect("read a role file");
        let text: String = text
            .chars()
            .map(|c| match c {
                c if c == '\n' || console_draws(c) => c,
                c => ascii_for(c).unwrap_or('?'),
            })
            .collect();
        lib.write(rel, text);
    }
    let copyist = lib.path("music/copyist.toml");
    let text = std::fs::read_to_string(&copyist).expect("read copyist");
    lib.write("music/copyist.toml", format!("skils = [\"x\"]\n{text}"));
    lib
}

/// Every cell the console cannot draw, with where it is.
fn undrawable(buffer: &Buffer) -> Vec<String> {
    let mut bad = Vec::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            if !symbol.chars().all(console_draws) {
                bad.push(format!("{symbol:?} at column {x}, row {y}"));
            }
        }
    }
    bad
}

fn type_in(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
}

/// The main screens, each as drawn: the four panes with each in turn
/// focused, a pinned role and the way back, the tabs of a narrow terminal,
/// search, help (top and bottom), problems, compare and what fits me.
fn main_screens(app: &mut App) -> Vec<(String, Buffer)> {
    let mut screens = Vec::new();
    let mut shot = |app: &mut App, name: &str, w: u16, h: u16| {
        screens.push((name.to_string(), draw(app, w, h)));
    };
    app.update(Action::OpenSearch);
    type_in(app, "1pe");
    shot(app, "search", 100, 30);
    app.update(Action::OpenChosen);
    app.update(Action::Compare);
    let other = app
        .lib
        .roles
        .iter()
        .position(|r| r.title().contains("Copyist") || r.title().contains("Copiste"));
    app.update(Action::OpenRole(other.expect("the copyist")));
    for pane in Pane::ALL {
        app.update(Action::Focus(pane));
        shot(app, &format!("{pane:?} focused"), 100, 30);
        shot(app, &format!("{pane:?} alone"), 80, 24);
    }
    app.update(Action::HistoryBack);
    app.update(Action::Focus(Pane::Ladder));
    shot(app, "ladder of 1pe", 100, 30);
    app.update(Action::OpenHelp);
    shot(app, "help", 80, 24);
    app.update(Action::End);
    shot(app, "help, bottom", 80, 24);
    app.update(Action::Back);
    app.update(Action::OpenProblems);
    shot(app, "problems", 100, 30);
    app.update(Action::Back);
    app.update(Action::Compare);
    shot(app, "compare", 100, 30);
    app.update(Action::Back);
    app.update(Action::OpenFits);
    type_in(app, "edit");
    app.update(Action::Toggle);
    shot(app, "what fits me", 100, 30);
    screens
}

fn explorer<T>(lang: Lang, settings: Settings, f: impl FnOnce(&mut App) -> T) -> T {
    let lib = console_library();
    let loaded = lib.load();
    let library = loaded.in_language(lang).into_owned();
    speaking(lang, || {
        let settings = Settings { lang, ..settings };
        let mut app = App::new(library, loaded.problems.clone(), settings, Instant::now());
        f(&mut app)
    })
}

#[test]
fn the_ascii_set_draws_only_what_the_console_font_has() {
    let ascii = Settings {
        symbols: SymbolSet::Ascii,
        ..Settings::default()
    };
    for lang in Lang::ALL {
        explorer(lang, ascii.clone(), |app| {
            assert!(
                !app.role_problems.iter().all(Vec::is_empty),
                "a role with problems"
            );
            for (name, buffer) in main_screens(app) {
                let bad = undrawable(&buffer);
                assert!(
                    bad.is_empty(),
                    "{lang:?}, {name}: {bad:?}\n{}",
                    screen_text(&buffer)
                );
            }
        });
        let kiosk = Settings {
            kiosk: true,
            ..ascii.clone()
        };
        explorer(lang, kiosk, |app| {
            for (w, h) in [(80, 24), (120, 30)] {
                let buffer = draw(app, w, h);
                let bad = undrawable(&buffer);
                assert!(
                    bad.is_empty(),
                    "{lang:?} welcome: {bad:?}\n{}",
                    screen_text(&buffer)
                );
            }
        });
    }
    explorer(Lang::En, ascii, |app| {
        app.update(Action::OpenSearch);
        type_in(app, "1pe");
        app.update(Action::OpenChosen);
        let text = screen_text(&draw(app, 100, 30));
        for drawn in [
            "Up/Dn move",
            "Bksp back",
            "# > 2 Detail =",
            "+ 1 Departments -",
            "* 3. First Assistant",
            " v more ",
        ] {
            assert!(text.contains(drawn), "{drawn:?} missing:\n{text}");
        }
    });
}

#[test]
fn the_unicode_set_draws_what_the_console_lacks() {
    // The check above is real: the same screens in the Unicode set fail it.
    explorer(Lang::En, Settings::default(), |app| {
        let bad: usize = main_screens(app)
            .iter()
            .map(|(_, buffer)| undrawable(buffer).len())
            .sum();
        assert!(bad > 0);
    });
}

/// Waits until the screen has stayed the same for a while: the explorer
/// has drawn everything it was going to.
fn settled(term: &Term) -> String {
    let last = std::cell::RefCell::new(term.screen());
    let same = std::cell::Cell::new(0);
    term.wait_until("the screen to settle", |screen| {
        if *last.borrow() == screen {
            same.set(same.get() + 1);
        } else {
            *last.borrow_mut() = screen.to_string();
            same.set(0);
        }
        same.get() >= 10
    })
}

#[test]
fn on_the_linux_console_the_binary_draws_only_what_its_font_has() {
    let lib = console_library();
    let mut term =
        Term::start_with_env(&["--roles", lib.path_str()], 100, 30, &[("TERM", "linux")]);
    term.wait_for("Departments");
    term.open_by_search("1pe");
    let screen = term.wait_for("Bksp");
    let bad: Vec<char> = screen
        .chars()
        .filter(|&c| c != '\n' && !console_draws(c))
        .collect();
    assert!(bad.is_empty(), "on the console: {bad:?}\n{screen}");
    assert!(screen.contains("# > 2 Detail ="), "{screen}");
    term.send("?");
    let screen = settled(&term);
    assert!(screen.contains("Help"), "{screen}");
    let written = String::from_utf8_lossy(&term.raw()).into_owned();
    let bad: Vec<char> = written
        .chars()
        .filter(|&c| !(c.is_ascii() || console_draws(c)))
        .collect();
    assert!(bad.is_empty(), "written to the console: {bad:?}\n{screen}");
}
