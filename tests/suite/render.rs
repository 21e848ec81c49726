//! Whole screens drawn into ratatui's TestBackend: what each pane and overlay
//! shows at the sizes people use, and that nothing breaks at tiny sizes.

use std::time::Instant;

use crate::common::{TempLibrary, draw, screen_text, with_app};
use crewpath::app::{Action, App, Edit, Pane, Settings};
use crewpath::library::{load_dir, load_embedded};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn open(app: &mut App, query: &str) {
    app.update(Action::OpenSearch);
    for c in query.chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
    app.update(Action::OpenChosen);
}

#[test]
fn wide_screens_show_all_four_panes_for_a_role() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        open(app, "first assistant picture editor");
        let text = screen_text(&draw(app, 100, 30));
        for pane in ["1 Departments", "2 Detail", "3 Skills", "4 Career ladder"] {
            assert!(text.contains(pane), "{pane} missing:\n{text}");
        }
        assert!(text.contains("Also known as: 1PE"), "{text}");
        assert!(text.contains("● 3. First Assistant"), "{text}");
        assert!(text.contains("4. Picture Editor"), "{text}");
        assert!(text.contains("/ search"), "hint bar:\n{text}");
    });
}

#[test]
fn narrow_screens_show_the_tree_and_one_pane_with_tabs() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        open(app, "foley artist");
        let text = screen_text(&draw(app, 60, 20));
        assert!(text.contains("[2 Detail]"), "{text}");
        assert!(text.contains("Foley Artist"), "{text}");
        assert!(
            !text.contains("4 Career ladder ─"),
            "only one pane beside the tree:\n{text}"
        );
        app.update(Action::Focus(Pane::Skills));
        let text = screen_text(&draw(app, 60, 20));
        assert!(text.contains("[3 Skills]"), "{text}");
    });
}

#[test]
fn the_detail_pane_shows_wages_and_codes_without_empty_sections() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        open(app, "recording engineer");
        let mut text = String::new();
        // Scroll through the whole detail and collect what is shown.
        app.update(Action::Focus(Pane::Detail));
        for _ in 0..30 {
            text.push_str(&screen_text(&draw(app, 100, 30)));
            app.update(Action::PageDown);
        }
        assert!(text.contains("52113"), "NOC 2021 code shown");
        assert!(
            text.contains("Starting: low 15.00 · high 75.00"),
            "a narrow detail pane lists each pay bracket on its own line"
        );
        let mut wide = String::new();
        for _ in 0..30 {
            wide.push_str(&screen_text(&draw(app, 160, 40)));
            app.update(Action::PageUp);
        }
        assert!(
            wide.contains("Starting     15.00   75.00   31.15   27.39"),
            "wage table row"
        );
        assert!(
            wide.contains("Top          15.00   75.00   37.37   34.62"),
            "wage table row"
        );
        assert!(!text.contains("Certification\n\n"), "no empty headings");
        assert!(
            wide.contains("Starting: entry-level pay"),
            "each bracket says what it means"
        );
        assert!(
            text.contains("entry-level pay") && text.contains("top-paid"),
            "a narrow pane says what the brackets mean too:\n{text}"
        );
        // Sections the source dates show the date, so 2014 text is not
        // taken for current.
        for shown in [&text, &wide] {
            assert!(
                shown.contains("As the source stood on 2014-10-21"),
                "{shown}"
            );
        }
    });
}

#[test]
fn the_detail_pane_and_show_use_the_same_headings() {
    let loaded = load_embedded();
    let lib = &loaded.library;
    let r = lib.role_by_id("recording-engineer").expect("bundled role");
    let sheet = crewpath::sheet::role_sheet(lib, r);
    with_app(&loaded, Settings::default(), |app| {
        open(app, "recording engineer");
        app.update(Action::Focus(Pane::Detail));
        let mut text = String::new();
        for _ in 0..40 {
            text.push_str(&screen_text(&draw(app, 160, 40)));
            app.update(Action::PageDown);
        }
        for section in sheet.sections.iter().filter(|s| !s.own_pane) {
            assert!(
                text.contains(&section.heading),
                "{} missing",
                section.heading
            );
        }
    });
}

#[test]
fn search_results_show_title_department_and_where_it_matched() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenSearch);
        for c in "1pe".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        let text = screen_text(&draw(app, 100, 30));
        assert!(text.contains("› 1pe"), "{text}");
        assert!(
            text.contains("First Assistant Picture Editor  Picture editing"),
            "{text}"
        );
        assert!(text.contains("alias: 1PE"), "{text}");
    });
}

#[test]
fn too_small_terminals_ask_for_room_and_tiny_ones_do_not_panic() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let text = screen_text(&draw(app, 59, 20));
        assert!(text.contains("Please enlarge the terminal"), "{text}");
        for (w, h) in [(1, 1), (2, 2), (10, 3), (0, 0), (300, 1), (1, 100)] {
            draw(app, w, h);
        }
        app.update(Action::OpenSearch);
        app.update(Action::Edit(Edit::Paste("sound".into())));
        for (w, h) in [(1, 1), (2, 2), (10, 3), (60, 20)] {
            draw(app, w, h);
        }
    });
}

#[test]
fn hostile_text_never_puts_control_characters_in_cells_or_breaks_borders() {
    let lib = TempLibrary::new();
    let hostile = "Mixer \u{1b}]52;c;aGk=\u{7} \u{1b}[2J \u{9b}31m \u{202e}evil \u{200b}zw \u{7f}del \u{85}nel \
                   e\u{301}\u{301}\u{301} 作曲家作曲家作曲家作曲家作曲家 🎧🎧🎧🎧 \u{0} \
                   🇨🇦🇨🇦 👍🏽👍🏽 ❤\u{fe0f} \u{3164}\u{3164} \u{301}lead \u{2028}sep";
    let toml_text = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_control() || c == '"' || c == '\\' {
                    format!("\\u{:04x}", c as u32)
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
    };
    let h = toml_text(hostile);
    lib.write(
        "dépt \u{1b}[31m/role.toml",
        format!(
            "title = \"{h}\"\naliases = [\"{h}\"]\nsummary = \"{h}\"\ndescription = \"{h}\\n{h}\"\n\
             duties = [\"{h}\"]\n[skills]\n\"{h}\" = [\"{h}\"]\n"
        ),
    );
    let loaded = load_dir(lib.root()).expect("library");
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::Down);
        for (w, h) in [(100, 30), (60, 20), (1, 1), (2, 2), (10, 3)] {
            let buffer = draw(app, w, h);
            for cell in buffer.content() {
                assert!(
                    !cell
                        .symbol()
                        .chars()
                        .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
                    "control character in a cell at {w}×{h}: {:?}",
                    cell.symbol()
                );
            }
            if (w, h) == (100, 30) {
                let text = screen_text(&buffer);
                let rows: Vec<&str> = text.lines().collect();
                // Every row between the top and bottom borders keeps its
                // right-hand border (a line or a corner) in the last column.
                for (y, row) in rows.iter().enumerate().take(rows.len() - 2).skip(2) {
                    let last = buffer[(w - 1, y as u16)].symbol();
                    assert!(
                        last.chars().all(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
                        "broken border on row {y}: {row}\n{text}"
                    );
                }
            }
        }
        app.update(Action::OpenSearch);
        app.update(Action::Edit(Edit::Paste("mixer".into())));
        let buffer = draw(app, 100, 30);
        assert!(
            screen_text(&buffer).contains("Mixer"),
            "search finds the hostile role"
        );
    });
}

#[test]
fn no_color_draws_without_colour_and_still_marks_focus_and_selection() {
    use ratatui::style::{Color, Modifier};
    let loaded = load_embedded();
    let settings = Settings {
        theme: crewpath::app::Theme::Monochrome,
        ..Settings::default()
    };
    with_app(&loaded, settings, |app| {
        app.update(Action::Down);
        let buffer = draw(app, 100, 30);
        for cell in buffer.content() {
            assert_eq!(cell.fg, Color::Reset, "a foreground colour was drawn");
            assert_eq!(cell.bg, Color::Reset, "a background colour was drawn");
        }
        let text = screen_text(&buffer);
        assert!(
            text.contains("╔ ▶ 1 Departments"),
            "focus shown by border and marker:\n{text}"
        );
        let (x, y) = (0..buffer.area.height)
            .find_map(|y| {
                let row: String = (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect();
                row.find("› ")
                    .map(|byte| (row[..byte].chars().count() as u16, y))
            })
            .expect("the selection is marked with ›");
        assert!(
            buffer[(x, y)].modifier.contains(Modifier::REVERSED),
            "and reverse video"
        );
    });
}

#[test]
fn the_search_cursor_sits_right_after_the_text_typed() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenSearch);
        for c in "mix".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test terminal");
        crewpath::ui::frame(&mut terminal, app, Instant::now()).expect("draw");
        let text = screen_text(terminal.backend().buffer());
        let (row, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains("› mix"))
            .expect("the search box");
        let col = line[..line.find("› mix").unwrap_or(0)].chars().count();
        let cursor = terminal.get_cursor_position().expect("cursor");
        assert_eq!((cursor.x as usize, cursor.y as usize), (col + 5, row));
    });
}

#[test]
fn the_bottom_bar_follows_the_focused_pane_and_keeps_search_help_and_quit() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let bar = |app: &mut App, w: u16, h: u16| {
            let text = screen_text(&draw(app, w, h));
            text.lines().last().unwrap_or_default().to_string()
        };
        for (w, h) in [(60, 20), (100, 30)] {
            let line = bar(app, w, h);
            for hint in ["/ search", "? help", "q quit"] {
                assert!(line.contains(hint), "{w}×{h}: {line}");
            }
        }
        // The tree opens and closes departments; the detail pane does not.
        assert!(bar(app, 120, 30).contains("Space open/close"));
        app.update(Action::Focus(Pane::Detail));
        let line = bar(app, 120, 30);
        assert!(!line.contains("Space") && !line.contains("Enter"), "{line}");
    });
}

#[test]
fn a_comparison_is_side_by_side_when_wide_and_stacked_when_narrow() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        open(app, "trainee assistant picture editor");
        app.update(Action::Compare);
        open(app, "picture editor");
        app.update(Action::Compare);
        let wide = screen_text(&draw(app, 100, 30));
        let row = wide
            .lines()
            .find(|l| l.contains("Only this role asks for"))
            .unwrap_or_default();
        assert_eq!(row.matches("Only this role asks for").count(), 2, "{wide}");
        let narrow = screen_text(&draw(app, 60, 20));
        assert!(narrow.contains("compared with"), "{narrow}");
        assert!(
            narrow
                .lines()
                .all(|l| l.matches("Picture Editor").count() <= 1 || l.contains("compared with")),
            "{narrow}"
        );
    });
}

#[test]
fn end_and_home_reach_the_ends_of_a_window_as_they_do_in_a_pane() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenHelp);
        let top = screen_text(&draw(app, 80, 24));
        app.update(Action::OverlayBottom);
        let bottom = screen_text(&draw(app, 80, 24));
        assert_ne!(top, bottom, "End moved nothing in the help window");
        // Further down there is nothing: Down and End change nothing more.
        app.update(Action::ScrollOverlay(1));
        app.update(Action::OverlayBottom);
        assert_eq!(screen_text(&draw(app, 80, 24)), bottom);
        app.update(Action::OverlayTop);
        assert_eq!(screen_text(&draw(app, 80, 24)), top);
    });
}

#[test]
fn help_wraps_under_what_a_key_does_and_says_when_there_is_more() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenHelp);
        let text = screen_text(&draw(app, 80, 24));
        let lines: Vec<&str> = text.lines().collect();
        let search = lines
            .iter()
            .position(|l| l.contains("search titles"))
            .unwrap_or_else(|| panic!("no / line:\n{text}"));
        let inside = |l: &str| l.split('║').nth(1).map(str::to_string).unwrap_or_default();
        let column = inside(lines[search]).find("search titles").unwrap_or(0);
        assert!(column >= 28, "{text}");
        let next = inside(lines[search + 1]);
        assert!(
            next.starts_with(&" ".repeat(column)) && next.trim_start().starts_with("departments"),
            "the rest of a description starts at column 0:\n{text}"
        );
        let border = lines
            .iter()
            .rev()
            .find(|l| l.contains('╝'))
            .copied()
            .unwrap_or("");
        assert!(border.contains("▼ more"), "no more marker:\n{text}");
        app.update(Action::OverlayBottom);
        let text = screen_text(&draw(app, 80, 24));
        let border = text.lines().rev().find(|l| l.contains('╝')).unwrap_or("");
        assert!(
            border.contains(" ▲ ") && !border.contains('▼'),
            "no way back up at the end:\n{text}"
        );
    });
}

#[test]
fn the_title_bar_keeps_its_parts_apart_at_any_width() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        open(app, "foley artist");
        app.update(Action::Compare);
        open(app, "sound editor");
        for width in 60..=140 {
            let text = screen_text(&draw(app, width, 30));
            let top = text.lines().next().unwrap_or("");
            let Some(at) = top.find('◆') else {
                continue;
            };
            assert!(
                top[..at].ends_with("  "),
                "at {width} columns the pin notice touches what is before it: {top:?}"
            );
        }
    });
}

#[test]
fn a_tiny_terminal_is_asked_to_grow_in_whole_phrases() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let text = screen_text(&draw(app, 30, 12));
        for phrase in [
            "Please enlarge the terminal",
            "to at least 60×20",
            "(it is 30×12).",
        ] {
            assert!(
                text.lines().any(|l| l.trim() == phrase),
                "{phrase:?} is not a line of its own:\n{text}"
            );
        }
        let text = screen_text(&draw(app, 100, 12));
        assert!(
            text.contains("Please enlarge the terminal to at least 60×20 (it is 100×12)."),
            "{text}"
        );
    });
}

#[test]
fn a_kiosk_always_offers_the_other_language_to_touch() {
    let loaded = load_embedded();
    let settings = Settings {
        kiosk: true,
        ..Settings::default()
    };
    with_app(&loaded, settings, |app| {
        app.update(Action::Back);
        open(app, "foley artist");
        for width in [80, 100, 120, 139] {
            for _ in 0..4 {
                let text = screen_text(&draw(app, width, 30));
                let bar = text.lines().last().unwrap_or("");
                assert!(
                    bar.contains("Français"),
                    "no language button at {width} columns: {bar:?}"
                );
                app.update(Action::FocusNext);
            }
        }
    });
}

#[test]
fn a_hit_on_a_hidden_search_term_says_why_in_plain_words() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenSearch);
        for c in "foley".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        let text = screen_text(&draw(app, 100, 30));
        assert!(
            text.contains("Sound Editor  Sound › Sound editing"),
            "{text}"
        );
        assert!(text.contains("linked to the word 'foley'"), "{text}");
        assert!(!text.contains("search term"), "{text}");
    });
}
