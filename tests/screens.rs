//! Whole screens of the explorer in its main states, at three terminal
//! sizes, in English and in French, kept as reviewed snapshots: a change to
//! the layout shows up as a diff to accept or refuse.
//!
//! A test binary of its own, with one test: the language spoken is one
//! setting for the whole process, so the screens of both languages are
//! drawn one after the other, never beside the other tests.

use std::time::Instant;

use crewpath::app::{Action, App, Edit, Settings};
use crewpath::i18n::{self, Lang};
use crewpath::library::{Loaded, Position, Problem, load_embedded};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (160, 45)];

/// A state of the explorer, reached as a user reaches it.
struct State {
    name: &'static str,
    kiosk: bool,
    reach: fn(&mut App),
}

fn search(app: &mut App, text: &str) {
    app.update(Action::OpenSearch);
    for c in text.chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
}

fn open(app: &mut App, text: &str) {
    search(app, text);
    app.update(Action::OpenChosen);
}

const STATES: [State; 6] = [
    State {
        name: "browsing_a_role",
        kiosk: false,
        reach: |app| open(app, "assistant picture editor"),
    },
    State {
        name: "search_with_results",
        kiosk: false,
        reach: |app| search(app, "foley"),
    },
    State {
        name: "help",
        kiosk: false,
        reach: |app| {
            app.update(Action::OpenHelp);
        },
    },
    State {
        name: "problems",
        kiosk: false,
        reach: |app| {
            app.update(Action::OpenProblems);
        },
    },
    State {
        name: "compare",
        kiosk: false,
        reach: |app| {
            open(app, "assistant picture editor");
            app.update(Action::Compare);
            open(app, "picture editor");
            app.update(Action::Compare);
        },
    },
    State {
        name: "kiosk_welcome",
        kiosk: true,
        reach: |_| {},
    },
];

/// The bundled roles, with two problems as a library being edited has
/// them, at paths that are the same on every machine.
fn library() -> Loaded {
    let mut loaded = load_embedded();
    loaded.problems = vec![
        Problem::new(
            "roles/sound/mixer.toml",
            crewpath::msg!(
                "problem-wrong-type",
                expected = crewpath::msg!("problem-expect-string"),
                key = "summary",
                found = crewpath::msg!("problem-found-integer")
            ),
        )
        .at(Position {
            line: 2,
            column: 11,
        }),
        Problem::new(
            "roles/sound/broken.toml",
            crewpath::msg!("problem-no-title"),
        ),
    ];
    loaded
}

fn screen(app: &mut App, (width, height): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    crewpath::ui::frame(&mut terminal, app, Instant::now()).expect("draw");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..height {
        let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

#[test]
fn the_main_screens_at_three_sizes_in_both_languages() {
    let loaded = library();
    for lang in Lang::ALL {
        i18n::set(lang);
        let lib = loaded.in_language(lang).into_owned();
        for state in &STATES {
            for size in SIZES {
                let settings = Settings {
                    kiosk: state.kiosk,
                    lang,
                    ..Settings::default()
                };
                let mut app = App::new(
                    lib.clone(),
                    loaded.problems.clone(),
                    settings,
                    Instant::now(),
                );
                (state.reach)(&mut app);
                let name = format!("{}_{}_{}x{}", state.name, lang.code(), size.0, size.1);
                insta::assert_snapshot!(name, screen(&mut app, size));
            }
        }
    }
}
