//! The explorer's state logic without a terminal: focus, selection, the panes
//! following the tree, ladder paths, skill → roles, kiosk resets, and memory
//! that stays flat over a long session.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::{TempLibrary, with_app};
use crewpath::app::LadderRow;
use crewpath::app::SkillRow;
use crewpath::app::{Action, App, Edit, Effect, IndexSlot, Overlay, Pane, Settings, Subject};
use crewpath::library::{Loaded, load_dir, load_embedded};
use crewpath::search::SharedIndex;

fn role(loaded: &Loaded, id: &str) -> usize {
    loaded.library.role_by_id(id).expect("role exists")
}

fn search_and_open(app: &mut App, query: &str) {
    app.update(Action::OpenSearch);
    app.update(Action::Edit(Edit::Paste(query.into())));
    app.update(Action::OpenChosen);
}

#[test]
fn tab_and_number_keys_move_focus_round_the_four_panes() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        assert_eq!(app.session.focus, Pane::Tree);
        let mut seen = vec![];
        for _ in 0..4 {
            app.update(Action::FocusNext);
            seen.push(app.session.focus);
        }
        assert_eq!(seen, [Pane::Detail, Pane::Skills, Pane::Ladder, Pane::Tree]);
        app.update(Action::FocusPrevious);
        assert_eq!(app.session.focus, Pane::Ladder);
        app.update(Action::Focus(Pane::Skills));
        assert_eq!(app.session.focus, Pane::Skills);
    });
}

#[test]
fn moving_in_the_tree_drives_the_other_panes() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        assert!(matches!(app.subject(), Subject::Department(_)));
        app.update(Action::Down);
        let Subject::Role(first) = app.subject() else {
            panic!("the row under a department is a role");
        };
        assert!(!app.session.skills.rows.is_empty());
        app.update(Action::Down);
        assert_ne!(app.subject(), Subject::Role(first));
        app.update(Action::Home);
        assert!(matches!(app.subject(), Subject::Department(_)));
    });
}

#[test]
fn opening_a_search_result_reveals_the_role_everywhere_and_esc_restores() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenSearch);
        app.update(Action::Edit(Edit::Paste("re rec mixer".into())));
        assert!(!app.session.search.results().hits.is_empty());
        app.update(Action::Back);
        assert_eq!(app.overlay(), None);
        assert!(
            matches!(app.subject(), Subject::Department(_)),
            "Esc changes nothing"
        );

        search_and_open(app, "re rec mixer");
        let mixer = role(&loaded, "re-recording-mixer");
        assert_eq!(app.subject(), Subject::Role(mixer));
        assert_eq!(app.session.focus, Pane::Detail);
        let row = app.session.tree.rows()[app.session.tree.selected()];
        assert_eq!(row.depth, 2, "the tree opened down to the sub-department");
    });
}

#[test]
fn the_ladder_lists_every_path_and_the_skills_for_the_step_up() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let ape = role(&loaded, "assistant-picture-editor");
        let fape = role(&loaded, "first-assistant-picture-editor");
        app.update(Action::OpenRole(ape));
        let rows = &app.session.ladder.rows;
        let rungs: Vec<(usize, usize)> = rows
            .iter()
            .filter_map(|r| match *r {
                LadderRow::Rung { role, level, .. } => Some((role, level)),
                _ => None,
            })
            .collect();
        assert_eq!(
            rungs,
            vec![
                (role(&loaded, "picture-editor"), 4),
                (fape, 3),
                (ape, 2),
                (role(&loaded, "trainee-assistant-picture-editor"), 1)
            ]
        );
        assert!(rows.contains(&LadderRow::StepUp { to: fape }));
        let added: Vec<String> = loaded.library.step_up_skills(ape, fape);
        assert!(!added.is_empty());
        for skill in &added {
            assert!(rows.contains(&LadderRow::Skill(skill.clone())));
        }
        // The selection starts on the role itself; Enter on the rung above opens it.
        assert_eq!(app.session.ladder.selected_target(), Some(ape));
        app.update(Action::Focus(Pane::Ladder));
        app.update(Action::Up);
        app.update(Action::Activate);
        assert_eq!(app.subject(), Subject::Role(fape));
    });
}

#[test]
fn branching_ladders_show_each_path() {
    let lib = TempLibrary::new();
    lib.write("d/junior.toml", "title = \"Junior\"\nnext = [\"mid\"]\n");
    lib.write(
        "d/mid.toml",
        "title = \"Mid\"\nnext = [\"lead-a\", \"lead-b\"]\n",
    );
    lib.write("d/lead-a.toml", "title = \"Lead A\"\n");
    lib.write("d/lead-b.toml", "title = \"Lead B\"\n");
    let loaded = load_dir(lib.root()).expect("library");
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenRole(role(&loaded, "mid")));
        let headings: Vec<&LadderRow> = app
            .session
            .ladder
            .rows
            .iter()
            .filter(|r| matches!(r, LadderRow::Heading(h) if h.starts_with("Path")))
            .collect();
        assert_eq!(headings.len(), 2, "{:?}", app.session.ladder.rows);
        let step_ups = app
            .session
            .ladder
            .rows
            .iter()
            .filter(|r| matches!(r, LadderRow::StepUp { .. }))
            .count();
        assert_eq!(step_ups, 2);
    });
}

#[test]
fn a_role_without_a_ladder_says_so() {
    let lib = TempLibrary::new();
    lib.write("d/alone.toml", "title = \"Alone\"\n");
    let loaded = load_dir(lib.root()).expect("library");
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenRole(role(&loaded, "alone")));
        assert!(matches!(
            app.session.ladder.rows.first(),
            Some(LadderRow::Note(n)) if n.contains("No career ladder")
        ));
    });
}

#[test]
fn choosing_a_skill_lists_every_role_that_asks_for_it_and_jumps_to_one() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let pps = role(&loaded, "post-production-supervisor");
        app.update(Action::OpenRole(pps));
        app.update(Action::Focus(Pane::Skills));
        let SkillRow::Skill(skill) = app.session.skills.rows[app.session.skills.selected].clone()
        else {
            panic!("a skill is selected");
        };
        app.update(Action::Activate);
        let chosen = app.session.skills.chosen.as_ref().expect("skill chosen");
        assert_eq!(chosen.skill, skill);
        assert_eq!(chosen.roles, loaded.library.roles_with_skill(&skill));
        assert!(chosen.roles.contains(&pps));
        let other = chosen.roles.iter().copied().find(|&r| r != pps);
        if let Some(other) = other {
            let at = chosen.roles.iter().position(|&r| r == other).unwrap_or(0);
            app.update(Action::ClickPane {
                pane: Pane::Skills,
                row: Some(at),
            });
            assert_eq!(app.subject(), Subject::Role(other));
        }
        app.update(Action::Back);
        assert!(app.session.skills.chosen.is_none());
    });
}

#[test]
fn esc_closes_overlays_and_never_quits() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        for open in [Action::OpenHelp, Action::OpenProblems, Action::OpenSearch] {
            app.update(open);
            assert!(app.overlay().is_some());
            assert_eq!(app.update(Action::Back), None);
            assert_eq!(app.overlay(), None);
        }
        assert_eq!(
            app.update(Action::Back),
            None,
            "Esc asks nothing of the loop"
        );
    });
}

fn kiosk(seconds: u64) -> Settings {
    Settings {
        kiosk: true,
        idle_timeout: Duration::from_secs(seconds),
        ..Settings::default()
    }
}

#[test]
fn kiosk_resets_after_idling_and_forgets_everything() {
    let loaded = load_embedded();
    let t0 = Instant::now();
    let mut app = App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        kiosk(120),
        t0,
    );
    assert_eq!(app.overlay(), Some(Overlay::Welcome));
    app.update(Action::Browse);
    search_and_open(&mut app, "foley");
    app.update(Action::OpenSearch);
    app.update(Action::Edit(Edit::Paste("compo".into())));
    app.touch(t0 + Duration::from_secs(10));
    assert!(!app.tick(t0 + Duration::from_secs(99)).0, "no warning yet");
    assert_eq!(app.countdown(t0 + Duration::from_secs(100)), Some(30));
    assert!(
        app.tick(t0 + Duration::from_secs(100)).0,
        "the warning needs drawing"
    );
    let _ = app.tick(t0 + Duration::from_secs(130));
    assert_eq!(app.overlay(), Some(Overlay::Welcome));
    assert_eq!(app.session.search.text(), "");
    assert!(matches!(app.subject(), Subject::Department(_)));
    // Already on the welcome screen: no countdown, no second reset.
    assert_eq!(app.countdown(t0 + Duration::from_secs(500)), None);
    assert!(!app.tick(t0 + Duration::from_secs(500)).0);
}

#[test]
fn a_key_during_the_warning_keeps_the_kiosk_session() {
    let loaded = load_embedded();
    let t0 = Instant::now();
    let mut app = App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        kiosk(60),
        t0,
    );
    app.update(Action::Browse);
    app.update(Action::Down);
    let subject = app.subject();
    assert!(app.countdown(t0 + Duration::from_secs(45)).is_some());
    app.touch(t0 + Duration::from_secs(45));
    let _ = app.tick(t0 + Duration::from_secs(70));
    assert_eq!(app.subject(), subject);
    assert_eq!(app.overlay(), None);
}

#[test]
fn a_long_session_keeps_its_memory_flat() {
    let loaded = load_embedded();
    let t0 = Instant::now();
    let mut app = App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        kiosk(120),
        t0,
    );
    let script = [
        Action::Browse,
        Action::Down,
        Action::Down,
        Action::Right,
        Action::FocusNext,
        Action::PageDown,
        Action::Focus(Pane::Skills),
        Action::Activate,
        Action::Down,
        Action::Activate,
        Action::Focus(Pane::Ladder),
        Action::Up,
        Action::Activate,
        Action::OpenSearch,
        Action::Edit(Edit::Insert('s')),
        Action::Edit(Edit::Insert('o')),
        Action::Edit(Edit::Paste("und editor".into())),
        Action::Down,
        Action::Activate,
        Action::OpenHelp,
        Action::Back,
        Action::Focus(Pane::Tree),
        Action::Left,
        Action::Toggle,
        Action::End,
        Action::StartOver,
    ];
    let mut largest = (0, 0, 0, 0);
    let mut now = t0;
    for i in 0..100_000 {
        let action = script[i % script.len()].clone();
        app.update(action);
        now += Duration::from_millis(50);
        app.touch(now);
        if i % 5_000 == 4_999 {
            // An idle reset now and then too.
            now += Duration::from_secs(200);
            app.tick(now);
        }
        let s = &app.session;
        let sizes = (
            s.tree.rows().len(),
            s.search.results().hits.capacity(),
            s.skills.rows.capacity(),
            s.ladder.rows.capacity(),
        );
        if i < 1_000 {
            largest = (
                largest.0.max(sizes.0),
                largest.1.max(sizes.1),
                largest.2.max(sizes.2),
                largest.3.max(sizes.3),
            );
        } else {
            assert!(
                sizes.0 <= largest.0
                    && sizes.1 <= largest.1
                    && sizes.2 <= largest.2
                    && sizes.3 <= largest.3,
                "state grew after {i} events: {sizes:?} > {largest:?}"
            );
        }
        assert!(s.search.text().chars().count() <= crewpath::app::MAX_QUERY_CHARS);
    }
}

#[test]
fn what_is_typed_before_the_index_is_ready_is_searched_once_it_is() {
    let loaded = load_embedded();
    let slot = crewpath::app::IndexSlot::pending();
    let mut app = App::with_index(
        loaded.library.clone(),
        slot.clone(),
        loaded.problems.clone(),
        Settings::default(),
        Instant::now(),
    );
    app.update(Action::OpenSearch);
    for c in "foley".chars() {
        app.update(Action::Edit(Edit::Insert(c)));
    }
    assert!(app.session.search.waiting_for_index());
    assert!(app.session.search.results().hits.is_empty());
    assert!(!app.catch_up(), "nothing to catch up with yet");
    slot.fill(SharedIndex::build(std::sync::Arc::new(
        loaded.library.clone(),
    )));
    assert!(app.catch_up());
    assert_eq!(app.session.search.text(), "foley");
    assert!(!app.session.search.results().hits.is_empty());
    assert!(!app.catch_up(), "caught up once");
}

#[test]
fn every_kiosk_start_over_reads_the_role_files_again_in_the_kiosk_s_language() {
    let loaded = load_embedded();
    let t0 = Instant::now();
    let lang = crewpath::i18n::current();
    let new = |settings: Settings| {
        App::new(
            loaded.library.clone(),
            loaded.problems.clone(),
            settings,
            t0,
        )
    };
    let mut app = new(kiosk(60));
    assert_eq!(
        app.update(Action::Browse),
        None,
        "browsing reads nothing again"
    );
    // Idle: the next visitor gets the files as they are now.
    let (_, effect) = app.tick(t0 + Duration::from_secs(60));
    assert_eq!(app.overlay(), Some(Overlay::Welcome));
    assert_eq!(effect, Some(Effect::Reload { language: None }));
    // A language switch alone shows the same files anew.
    let mut app = new(kiosk(60));
    app.update(Action::Browse);
    assert_eq!(
        app.update(Action::SwitchLanguage),
        Some(Effect::Language(lang.other())),
        "a language switch alone reads nothing"
    );
    // Ctrl-R after a visitor switched to the other language: the files
    // again, in the kiosk's language.
    let mut app = new(Settings { lang, ..kiosk(60) });
    app.update(Action::Browse);
    app.update(Action::SwitchLanguage);
    let other = loaded.in_language(lang.other()).into_owned();
    app.replace_library(
        other.clone(),
        IndexSlot::ready(SharedIndex::build(Arc::new(other))),
        loaded.problems.clone(),
        lang.other(),
    );
    assert_eq!(
        app.update(Action::StartOver),
        Some(Effect::Reload {
            language: Some(lang)
        })
    );
    // Ctrl-R while the switch a visitor asked for is still being made: the
    // kiosk's language is asked for again, so the switch never lands on
    // the next visitor.
    let mut app = new(Settings { lang, ..kiosk(60) });
    app.update(Action::Browse);
    app.update(Action::SwitchLanguage);
    assert_eq!(
        app.update(Action::StartOver),
        Some(Effect::Reload {
            language: Some(lang)
        })
    );
}

#[test]
fn two_quick_language_switches_go_there_and_back_while_the_first_is_being_made() {
    let loaded = load_embedded();
    let lang = crewpath::i18n::current();
    let mut app = App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        Settings::default(),
        Instant::now(),
    );
    assert_eq!(
        app.update(Action::SwitchLanguage),
        Some(Effect::Language(lang.other()))
    );
    // The library in the other language is not shown yet.
    assert_eq!(app.lang(), lang);
    assert_eq!(app.lang_wanted(), lang.other());
    assert_eq!(
        app.update(Action::SwitchLanguage),
        Some(Effect::Language(lang)),
        "the second press goes back"
    );
    assert_eq!(app.lang_wanted(), lang);
    assert_eq!(
        app.update(Action::Language(lang)),
        None,
        "asking for the language shown and wanted does nothing"
    );
}

#[test]
fn a_language_switch_asks_for_the_language_other_than_the_one_shown() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let shown = app.lang();
        assert_eq!(
            app.update(Action::SwitchLanguage),
            Some(Effect::Language(shown.other()))
        );
        // Once the loop has shown the library in that language, the next
        // press asks for the first one again.
        let lib = std::sync::Arc::new(loaded.library.clone());
        app.replace_library(
            std::sync::Arc::clone(&lib),
            crewpath::app::IndexSlot::ready(SharedIndex::build(lib)),
            loaded.problems.clone(),
            shown.other(),
        );
        assert_eq!(
            app.update(Action::SwitchLanguage),
            Some(Effect::Language(shown))
        );
        // Asking for the language shown before that switch is shown takes
        // it back: the loop must hear of it, or the switch would land.
        assert_eq!(
            app.update(Action::Language(shown.other())),
            Some(Effect::Language(shown.other()))
        );
        assert_eq!(app.lang_wanted(), shown.other());
        assert_eq!(app.update(Action::Language(shown.other())), None);
    });
}

#[test]
fn the_answer_to_the_countdown_only_keeps_the_session() {
    let loaded = load_embedded();
    let t0 = Instant::now();
    let mut app = App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        kiosk(120),
        t0,
    );
    app.update(Action::Browse);
    assert!(
        !app.keep_going(t0 + Duration::from_secs(50)),
        "no countdown yet: a key does what it says"
    );
    let warned = t0 + Duration::from_secs(100);
    assert!(app.countdown(warned).is_some());
    assert!(app.keep_going(warned), "the key answers the countdown");
    assert_eq!(app.countdown(warned), None);
    assert_eq!(app.overlay(), None, "and does nothing else");
    assert!(!app.keep_going(warned));
}

#[test]
fn start_over_by_touch_asks_once_and_the_idle_reset_does_not() {
    let loaded = load_embedded();
    let t0 = Instant::now();
    let mut app = App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        kiosk(120),
        t0,
    );
    app.update(Action::Browse);
    search_and_open(&mut app, "foley");
    let shown = app.subject();
    assert_eq!(app.update(Action::AskStartOver), None);
    assert!(app.session.asking_start_over);
    // No: everything stays.
    assert_eq!(app.update(Action::Back), None);
    assert!(!app.session.asking_start_over);
    assert_eq!(app.subject(), shown);
    // Yes: the visitor is forgotten.
    app.update(Action::AskStartOver);
    assert!(matches!(
        app.update(Action::StartOver),
        Some(Effect::Reload { .. })
    ));
    assert_eq!(app.overlay(), Some(Overlay::Welcome));
    // The idle reset asks nothing.
    app.update(Action::Browse);
    search_and_open(&mut app, "foley");
    app.update(Action::AskStartOver);
    let _ = app.tick(t0 + Duration::from_secs(200));
    assert_eq!(app.overlay(), Some(Overlay::Welcome));
    assert!(!app.session.asking_start_over);
}
