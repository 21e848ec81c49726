//! Whole screens as a user sees them, at the sizes and in the languages
//! people use: rows that must read apart, and snapshots (reviewed, in
//! `snapshots/`) that keep each screen as it was accepted.

use std::time::Instant;

use crate::common::draw;
use crewpath::app::Edit;
use crewpath::app::Node;
use crewpath::app::{Action, App, Pane, Settings};
use crewpath::i18n::{Lang, speaking};
use crewpath::library::{Library, Loaded, Position, Problem, load_embedded};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Runs `f` with an explorer on the bundled roles in `lang`, speaking it.
fn explorer<T>(lang: Lang, settings: Settings, f: impl FnOnce(&mut App) -> T) -> T {
    let loaded = load_embedded();
    let library = loaded.in_language(lang).into_owned();
    speaking(lang, || {
        let settings = Settings { lang, ..settings };
        let mut app = App::new(library, loaded.problems.clone(), settings, Instant::now());
        f(&mut app)
    })
}

/// Row `y` of `area`, as shown.
fn row_text(buffer: &Buffer, area: Rect, y: u16) -> String {
    (area.x..area.right())
        .map(|x| buffer[(x, y)].symbol())
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// Each item of a pane's list in view, with the text of its rows joined,
/// the selection marker and the indentation left out; an item cut by the
/// bottom of the pane is left out.
fn items_shown(app: &App, buffer: &Buffer, pane: Pane) -> Vec<(usize, String)> {
    let Some((_, _, list)) = app.layout.panes.iter().find(|(p, _, _)| *p == pane) else {
        panic!("{pane:?} is not on screen");
    };
    let mut items: Vec<(usize, String)> = Vec::new();
    for (k, &item) in list.rows.iter().enumerate() {
        let line = row_text(buffer, list.area, list.area.y + k as u16);
        let line = line.trim_start_matches('›').trim();
        match items.last_mut() {
            Some((last, text)) if *last == item => {
                text.push(' ');
                text.push_str(line);
            }
            _ => items.push((item, line.to_string())),
        }
    }
    if list.rows.len() == usize::from(list.area.height) {
        items.pop();
    }
    items
}

/// The role titles of the tree's rows.
fn tree_titles(app: &App, lib: &Library) -> Vec<Option<String>> {
    app.session
        .tree
        .rows()
        .iter()
        .map(|row| match row.node {
            Node::Role(r) => Some(lib.roles[r].title().to_string()),
            Node::Department(_) => None,
        })
        .collect()
}

#[test]
fn no_two_roles_in_the_tree_read_the_same_at_any_width() {
    for lang in Lang::ALL {
        let loaded = load_embedded();
        let library = loaded.in_language(lang);
        explorer(lang, Settings::default(), |app| {
            let titles = tree_titles(app, &library);
            let mut checked = 0;
            // Every width of the narrow layout and of the wide one; tall
            // enough for the whole tree.
            for width in 60..=220 {
                let buffer = draw(app, width, 60);
                let shown = items_shown(app, &buffer, Pane::Tree);
                assert!(shown.len() >= titles.len() - 1, "the whole tree shows");
                for (i, (a, text_a)) in shown.iter().enumerate() {
                    let Some(title_a) = &titles[*a] else { continue };
                    for (b, text_b) in &shown[i + 1..] {
                        let Some(title_b) = &titles[*b] else { continue };
                        assert!(
                            title_a == title_b || text_a != text_b,
                            "{lang:?} at {width} columns: '{title_a}' and '{title_b}' both read '{text_a}'"
                        );
                        checked += 1;
                    }
                }
            }
            assert!(checked > 1000, "{checked} pairs of rows compared");
        });
    }
}

#[test]
fn the_tree_is_wider_where_the_terminal_has_room() {
    explorer(Lang::En, Settings::default(), |app| {
        draw(app, 100, 30);
        let tree = |app: &App| {
            app.layout
                .panes
                .iter()
                .find(|(p, _, _)| *p == Pane::Tree)
                .map(|(_, area, _)| area.width)
        };
        assert_eq!(tree(app), Some(33), "a third of 100 columns");
        draw(app, 160, 40);
        assert_eq!(
            tree(app),
            Some(38),
            "as wide as its longest title needs, no wider"
        );
    });
}

#[test]
fn ladder_rungs_read_whole_at_any_width() {
    for lang in Lang::ALL {
        let loaded = load_embedded();
        let library = loaded.in_language(lang);
        explorer(lang, Settings::default(), |app| {
            let mut rungs = 0;
            for role in 0..library.roles.len() {
                app.update(Action::OpenRole(role));
                for width in (100..=200).step_by(9) {
                    let buffer = draw(app, width, 50);
                    for (item, text) in items_shown(app, &buffer, Pane::Ladder) {
                        if let crewpath::app::LadderRow::Rung { role, level, .. } =
                            app.session.ladder.rows[item]
                        {
                            let title = library.roles[role].title();
                            let text = text.trim_start_matches('●').trim();
                            assert_eq!(
                                text,
                                format!("{level}. {title}"),
                                "{lang:?} at {width} columns"
                            );
                            rungs += 1;
                        }
                    }
                }
            }
            assert!(rungs > 200, "{rungs} rungs checked");
        });
    }
}

fn screen_text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| row_text(buffer, buffer.area, y))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn snapshot_the_tree_at_100x30_in_english() {
    explorer(Lang::En, Settings::default(), |app| {
        insta::assert_snapshot!("tree_100x30_en", screen_text(&draw(app, 100, 30)));
    });
}

#[test]
fn snapshot_the_tree_at_100x30_in_french() {
    explorer(Lang::Fr, Settings::default(), |app| {
        insta::assert_snapshot!("tree_100x30_fr", screen_text(&draw(app, 100, 30)));
    });
}

fn kiosk() -> Settings {
    Settings {
        kiosk: true,
        ..Settings::default()
    }
}

/// The kiosk welcome at a size the main screens are not kept at.
#[test]
fn snapshot_the_kiosk_welcome_at_120x30() {
    explorer(Lang::En, kiosk(), |app| {
        insta::assert_snapshot!("welcome_120x30_en", screen_text(&draw(app, 120, 30)));
    });
}

/// The sizes a kiosk screen is drawn at in these checks.
const KIOSK_SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (160, 45)];

/// `app` drawn at `w`×`h` as it is at `now`.
fn draw_at(app: &mut App, w: u16, h: u16, now: Instant) -> Buffer {
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut terminal = ratatui::Terminal::new(backend).expect("test terminal");
    crewpath::ui::frame(&mut terminal, app, now).expect("draw");
    terminal.backend().buffer().clone()
}

/// Every word of `text` is on the screen whole: nothing was cut ("gar…").
fn assert_whole_words(screen: &str, text: &str, what: &str) {
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    for word in text.split_whitespace() {
        assert!(
            flat.contains(word),
            "{what}: '{word}' of '{text}' is not shown whole:\n{screen}"
        );
    }
}

fn kiosk_settings() -> Settings {
    Settings {
        kiosk: true,
        idle_timeout: std::time::Duration::from_secs(120),
        ..Settings::default()
    }
}

#[test]
fn the_kiosk_welcome_shows_every_word_and_button_at_every_size_in_both_languages() {
    for lang in Lang::ALL {
        explorer(lang, kiosk_settings(), |app| {
            for (w, h) in KIOSK_SIZES {
                let screen = screen_text(&draw(app, w, h));
                let what = format!("{lang:?} {w}×{h}");
                for key in [
                    "welcome-purpose",
                    "welcome-type",
                    "welcome-browse",
                    "welcome-fits",
                ] {
                    assert_whole_words(&screen, &crewpath::i18n::tr_args(key, None), &what);
                }
                for name in ["English", "Français"] {
                    assert!(screen.contains(name), "{what}: no {name}:\n{screen}");
                }
            }
        });
    }
}

#[test]
fn the_countdown_says_how_to_keep_going_in_whole_words_where_the_visitor_looks() {
    for lang in Lang::ALL {
        explorer(lang, kiosk_settings(), |app| {
            app.update(Action::Browse);
            let later = Instant::now() + std::time::Duration::from_secs(100);
            for (w, h) in KIOSK_SIZES {
                let buffer = draw_at(app, w, h, later);
                let screen = screen_text(&buffer);
                let what = format!("{lang:?} {w}×{h}");
                let keep = crewpath::i18n::tr_args("countdown-keep", None);
                assert_whole_words(&screen, &keep, &what);
                let first_word = keep.split_whitespace().next().unwrap_or_default();
                let row = screen
                    .lines()
                    .position(|l| l.contains(first_word))
                    .unwrap_or_default() as u16;
                assert!(
                    row > 2 && row + 3 < h,
                    "{what}: the countdown is in the middle, not at an edge (row {row}):\n{screen}"
                );
                assert!(screen.contains("20"), "{what}: the seconds left:\n{screen}");
            }
        });
    }
}

#[test]
fn the_screen_keyboard_shows_every_key_whole_at_every_size_in_both_languages() {
    for lang in Lang::ALL {
        explorer(lang, kiosk_settings(), |app| {
            app.update(Action::Browse);
            app.update(Action::OpenSearch);
            for (w, h) in KIOSK_SIZES {
                let screen = screen_text(&draw(app, w, h));
                let what = format!("{lang:?} {w}×{h}");
                for key in [
                    "keyboard-space",
                    "keyboard-backspace",
                    "keyboard-clear",
                    "search-prompt",
                ] {
                    assert_whole_words(&screen, &crewpath::i18n::tr_args(key, None), &what);
                }
                let letters = if lang == Lang::Fr {
                    "q w e r t y u i o p a s d f g h j k l z x c v b n m é è à ç"
                } else {
                    "q w e r t y u i o p a s d f g h j k l z x c v b n m"
                };
                for letter in letters.split(' ') {
                    assert!(
                        screen.contains(&format!(" {letter} ")),
                        "{what}: no key '{letter}':\n{screen}"
                    );
                }
            }
            insta::assert_snapshot!(
                format!("keyboard_80x24_{}", lang.code()),
                screen_text(&draw(app, 80, 24))
            );
        });
    }
}

/// A visitor with only a finger reaches What fits me, and the other
/// language, from the bar of every pane at every kiosk size, in both
/// languages: the bar's touch buttons never give way to hints for keys.
#[test]
fn the_kiosk_bar_offers_what_fits_me_and_the_language_on_every_pane_at_every_size() {
    for lang in Lang::ALL {
        explorer(lang, kiosk_settings(), |app| {
            app.update(Action::Back);
            for pane in [Pane::Tree, Pane::Detail, Pane::Skills, Pane::Ladder] {
                app.update(Action::Focus(pane));
                for (w, h) in KIOSK_SIZES {
                    let screen = screen_text(&draw(app, w, h));
                    let bar = screen.lines().last().unwrap_or_default().to_string();
                    for wanted in [Action::OpenFits, Action::SwitchLanguage] {
                        assert!(
                            app.layout.buttons.iter().any(|(_, a)| *a == wanted),
                            "{lang:?} {w}×{h}, {pane:?}: no {wanted:?} button in the bar:\n{bar}"
                        );
                    }
                }
            }
        });
    }
}

// The main screens of the explorer, at three terminal sizes, in English and
// in French, kept as reviewed snapshots: a change to the layout shows up as
// a diff to accept or refuse.

/// The sizes the main screens are kept at.
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

#[test]
fn the_main_screens_at_three_sizes_in_both_languages() {
    let loaded = library();
    for lang in Lang::ALL {
        speaking(lang, || the_main_screens_in(&loaded, lang));
    }
}

fn the_main_screens_in(loaded: &Loaded, lang: Lang) {
    {
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
                insta::assert_snapshot!(name, screen_text(&draw(&mut app, size.0, size.1)));
            }
        }
    }
}
