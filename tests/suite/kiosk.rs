//! Kiosk mode as visitors and staff meet it: the real binary in a
//! pseudo-terminal.

use std::time::{Duration, Instant};

use crate::common::{TempLibrary, Term, find_on_screen, keys};

const WELCOME: &str = "Type a job title or a skill, or touch a search to try it:";

#[test]
fn visitors_cannot_quit_or_suspend() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    for key in [
        "q",
        keys::ESC,
        keys::CTRL_C,
        keys::CTRL_Z,
        keys::CTRL_BACKSLASH,
        keys::CTRL_D,
    ] {
        t.send(key);
    }
    // A digit chooses a pane: once it has, every key before it was read.
    t.send("2");
    let screen = t.wait_for("▶ 2 Detail");
    assert!(t.is_running(), "a visitor's key ended the kiosk");
    assert!(screen.contains("Departments"), "{screen}");
    assert!(screen.contains("Start over Ctrl-R"), "{screen}");
    assert!(!screen.contains("q quit"), "{screen}");
}

#[test]
fn typing_anywhere_at_a_kiosk_searches_instead_of_pressing_keys() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    // A click leaves the welcome screen; then the visitor types a title
    // whose letters (l, g, space) are keys elsewhere.
    t.send(&keys::click(50, 15));
    t.wait_for("Departments");
    t.type_text("dialogue editor");
    let screen = t.wait_for("› dialogue editor");
    assert!(screen.contains("Dialogue Editor"), "{screen}");
    t.send(keys::ESC);
    t.wait_gone("› dialogue editor");
    // The digits 1 to 4 choose panes, as the tabs show: an abbreviation
    // that starts with one is typed in the search box.
    t.send("/");
    t.type_text("1se");
    t.wait_for("› 1se");
    t.wait_for("First Assistant Sound Editor");
}

#[test]
fn a_paste_that_never_ends_cannot_freeze_the_kiosk() {
    let mut t = Term::start(&["--kiosk", "--exit-key", "ctrl-alt-x"], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    // A paste starts and its end never comes: what came is taken as
    // pasted once the bytes stop, and searched for.
    t.send("\x1b[200~dialogue");
    t.wait_for("› dialogue");
    t.send(keys::ESC);
    t.wait_gone("› dialogue");
    // The next visitor can still type, and staff can still leave.
    t.type_text("foley");
    t.wait_for("Foley Artist");
    t.send(keys::CTRL_ALT_X);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn kiosk_visitors_compare_roles_and_the_next_visitor_finds_nothing_pinned() {
    let mut t = Term::start(&["--kiosk", "--idle-timeout", "3"], 100, 30);
    t.wait_for(WELCOME);
    t.type_text("tape");
    t.wait_for("Trainee Assistant Picture Editor");
    t.send(keys::ENTER);
    t.wait_gone("› tape");
    t.send(keys::CTRL_K);
    t.wait_for("◆ Trainee Assistant Picture Editor pinned");
    t.type_text("picture editor");
    t.wait_for("› picture editor");
    t.send(keys::ENTER);
    t.wait_gone("› picture editor");
    // The pinned marker is a touch target too.
    let screen = t.wait_for("Ctrl-K compares");
    let (col, row) = find_on_screen(&screen, "◆").expect("pinned marker");
    t.send(&keys::click(col + 1, row));
    t.wait_for("3 rungs above");
    // The visitor walks away: the next one starts with nothing pinned.
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    let screen = t.wait_for("Departments");
    assert!(!screen.contains("pinned"), "{screen}");
}

#[test]
fn question_mark_on_the_welcome_screen_opens_help() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.send("?");
    let screen = t.wait_for("Help — Esc closes");
    assert!(
        screen.contains("start over for the next visitor"),
        "{screen}"
    );
    assert!(!screen.contains("problems"), "{screen}");
}

#[test]
fn a_letter_on_the_welcome_screen_starts_a_search_with_it() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.send("f");
    let screen = t.wait_for("› f");
    assert!(screen.contains("Search"), "{screen}");
    t.type_text("oley");
    t.wait_for("Foley Artist");
}

#[test]
fn an_idle_session_returns_to_the_welcome_screen_and_forgets_the_search() {
    let mut t = Term::start(&["--kiosk", "--idle-timeout", "2"], 100, 30);
    t.wait_for(WELCOME);
    t.send("c");
    t.type_text("omposer");
    t.wait_for("› composer");
    // The warning shows in the bottom bar for the last half of a short
    // timeout.
    t.wait_for("This session starts over in");
    t.wait_for(WELCOME);
    t.send("/");
    let screen = t.wait_for("Type a job title");
    assert!(
        !screen.contains("composer"),
        "the last visitor's search is gone:\n{screen}"
    );
}

#[test]
fn any_key_during_the_countdown_keeps_the_session() {
    let mut t = Term::start(&["--kiosk", "--idle-timeout", "3"], 100, 30);
    t.wait_for(WELCOME);
    t.send("/");
    t.type_text("editor");
    // Keep answering the warning, each time it comes back, for longer
    // than the timeout.
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(6) {
        t.wait_for("This session starts over in");
        t.send(keys::DOWN);
        t.wait_gone("This session starts over in");
    }
    let screen = t.screen();
    assert!(
        screen.contains("› editor"),
        "the session was kept:\n{screen}"
    );
    assert!(!screen.contains(WELCOME), "{screen}");
}

#[test]
fn sigterm_ends_the_kiosk_cleanly_with_the_terminal_restored() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.signal("TERM");
    assert_eq!(t.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    let entered = raw
        .rfind("\x1b[?1049h")
        .expect("entered the alternate screen");
    let left = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
    assert!(left > entered);
    assert!(raw.rfind("\x1b[?25h").expect("cursor shown") > entered);
}

#[test]
fn sighup_ends_the_kiosk_too() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.signal("HUP");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn the_staff_exit_chord_ends_the_kiosk() {
    let mut t = Term::start(&["--kiosk", "--exit-key", "ctrl-alt-x"], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    t.send(keys::CTRL_ALT_X);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn settings_come_from_a_config_file() {
    let lib = TempLibrary::new();
    lib.write(
        "kiosk.toml",
        "idle_timeout = 2\nexit_key = \"ctrl-alt-x\"\n",
    );
    let config = lib.path("kiosk.toml");
    let config = config.to_str().expect("utf-8 path").to_string();
    let mut t = Term::start(&["--kiosk", "--config", &config], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    t.wait_for(WELCOME);
    t.send(keys::CTRL_ALT_X);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn kiosk_visitors_never_see_staff_problems_which_go_to_standard_error() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/foley-artist.toml",
        "title = \"Foley Artist\"\nsumary = \"x\"\nnext = [\"nobody\"]\n",
    );
    let mut t = Term::start(&["--kiosk", "--roles", lib.path_str()], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Foley Artist");
    // At a kiosk, ! is typed like any character: it starts a search.
    t.send("!");
    let screen = t.wait_for("› !");
    assert!(!screen.contains("problem"), "{screen}");
    assert!(!screen.contains(lib.path_str()), "{screen}");
    assert!(!screen.contains(".toml"), "{screen}");
    // Written before the screen was taken: visible once the kiosk stops
    // (and in the service log, where standard error goes).
    t.signal("TERM");
    assert_eq!(t.wait_exit(), 0);
    let screen = t.wait_for("unknown key 'sumary'");
    assert!(screen.contains("foley-artist.toml"), "{screen}");
}

#[test]
fn clicking_start_over_returns_to_the_welcome_screen() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.send(&keys::click(50, 15));
    let screen = t.wait_for("Departments");
    let (col, row) =
        crate::common::find_on_screen(&screen, "Start over Ctrl-R").expect("button shown");
    // A touch asks first; No keeps everything.
    t.send(&keys::click(col + 2, row));
    let screen = t.wait_for("Start over? What you chose is forgotten.");
    let (no_col, no_row) = find_on_screen(&screen, "No, keep going").expect("a No button");
    t.send(&keys::click(no_col + 2, no_row));
    let screen = t.wait_gone("Start over? What");
    assert!(screen.contains("Departments"), "{screen}");
    // A touch outside the question is No too.
    t.send(&keys::click(col + 2, row));
    t.wait_for("Start over? What you chose is forgotten.");
    t.send(&keys::click(1, 2));
    t.wait_gone("Start over? What");
    // Yes starts over.
    t.send(&keys::click(col + 2, row));
    let screen = t.wait_for("Start over? What you chose is forgotten.");
    let (yes_col, yes_row) = find_on_screen(&screen, "Yes, start over").expect("a Yes button");
    t.send(&keys::click(yes_col + 2, yes_row));
    t.wait_for(WELCOME);
}

#[test]
fn a_resize_or_sigcont_redraws_the_whole_screen() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    t.resize(70, 24);
    t.wait_for("[1 Departments]");
    // Continued, it draws every cell again, the same as they were.
    let drawn = t.raw().len();
    t.signal("CONT");
    t.wait_for_written_after(drawn, "Departments");
    assert!(t.is_running());
    let screen = t.wait_for("[1 Departments]");
    assert!(screen.contains("Start over"), "{screen}");
}

#[test]
fn a_kiosk_picks_up_edits_between_visitors() {
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    let mut t = Term::start(
        &["--kiosk", "--idle-timeout", "2", "--roles", lib.path_str()],
        100,
        30,
    );
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Mixer");
    lib.write("sound/mixer.toml", "title = \"Re-Recording Mixer\"\n");
    // The visitor leaves; the next one sees the new title.
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Re-Recording Mixer");
}

#[test]
fn a_kiosk_reads_edits_at_every_start_over_whatever_language_the_visitor_chose() {
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    let mut t = Term::start(&["--kiosk", "--roles", lib.path_str()], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Mixer");
    // The visitor reads French, then leaves by starting over.
    t.send("\x0c");
    t.wait_for("1 Services");
    lib.write("sound/mixer.toml", "title = \"Re-Recording Mixer\"\n");
    t.send("\x12");
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Re-Recording Mixer");
}

#[test]
fn the_welcome_offers_example_searches_to_touch_or_choose_by_keyboard() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    let screen = t.wait_for(WELCOME);
    assert!(
        screen.contains("See what a job involves"),
        "one sentence says what the screen is for:\n{screen}"
    );
    for jargon in ["Tab", "Ctrl-", "Enter", "Esc"] {
        assert!(
            !screen.contains(jargon),
            "'{jargon}' on the welcome:\n{screen}"
        );
    }
    // A touch on an example that names one role opens it.
    let Some((col, row)) = find_on_screen(&screen, "Picture Editor") else {
        panic!("no example search:\n{screen}");
    };
    t.send(&keys::click(col + 2, row));
    t.wait_until("the role the example names", |s| {
        s.contains("2 Detail") && s.contains("What the job is") && !s.contains(WELCOME)
    });
    // By keyboard: Tab chooses the first example, again the next, and
    // Enter opens the one chosen.
    t.send("\x12");
    t.wait_for(WELCOME);
    t.send("\t");
    t.send("\t");
    t.send(keys::ENTER);
    t.wait_until("the second example's role", |s| {
        s.contains("2 Detail") && s.contains("Picture Editor") && !s.contains(WELCOME)
    });
    // Enter with nothing chosen browses, as before.
    t.send("\x12");
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
}

#[test]
fn tab_reaches_every_welcome_button_in_reading_order_and_focus_is_not_the_language() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    let screen = t.wait_for(WELCOME);
    // The spoken language is marked, in its own colour (green), and no
    // button has the focus's colour (cyan) yet.
    assert_eq!(t.text_on(2).trim(), "● English", "{screen}");
    assert_eq!(t.text_on(6).trim(), "", "{screen}");
    let mut focused = Vec::new();
    for _ in 0..7 {
        t.send(keys::TAB);
        let before = focused.last().cloned().unwrap_or_default();
        t.wait_until("the focus to move", |_| {
            let now = t.text_on(6);
            !now.trim().is_empty() && now != before
        });
        focused.push(t.text_on(6));
    }
    let focused: Vec<&str> = focused.iter().map(|f| f.trim()).collect();
    assert_eq!(focused.len(), 7);
    for (example, shown) in
        focused[..3]
            .iter()
            .zip(["Post Production Assistant", "Picture Editor", "Studio Tech"])
    {
        assert!(example.contains(shown), "{focused:?}");
    }
    assert_eq!(
        focused[3..],
        [
            "Browse every role",
            "What fits me? Pick the skills you have",
            "● English",
            "Français"
        ],
        "every button, in reading order"
    );
    // The focus on English and English spoken look different.
    t.send("\x1b[Z");
    t.wait_until("the focus back on English", |_| {
        t.text_on(6).trim() == "● English"
    });
    assert_eq!(
        t.text_on(2).trim(),
        "",
        "focus and language are told apart by colour"
    );
    // Enter on Français speaks French.
    t.send(keys::TAB);
    t.send(keys::ENTER);
    t.wait_for("Parcourir tous les postes");
}

#[test]
fn every_welcome_button_works_by_touch_and_the_languages_stay_put() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    let whole = |s: &str| s.contains("● English") || s.contains("● Français");
    let english = t.wait_until("the whole welcome", |s| s.contains(WELCOME) && whole(s));
    let touch = |t: &mut Term, screen: &str, label: &str| {
        let (col, row) =
            find_on_screen(screen, label).unwrap_or_else(|| panic!("no '{label}':\n{screen}"));
        t.send(&keys::click(col + 1, row));
    };
    touch(&mut t, &english, "Browse every role");
    t.wait_for("1 Departments");
    t.send("\x12");
    let screen = t.wait_for(WELCOME);
    touch(&mut t, &screen, "What fits me?");
    t.wait_for("What fits me");
    t.wait_for("[ ]");
    t.send("\x12");
    let screen = t.wait_for(WELCOME);
    touch(&mut t, &screen, "Studio Tech");
    t.wait_until("the example's role", |s| {
        s.contains("2 Detail") && s.contains("Studio Tech") && !s.contains(WELCOME)
    });
    t.send("\x12");
    let screen = t.wait_for(WELCOME);
    touch(&mut t, &screen, "Français");
    let french = t.wait_until("the whole French welcome", |s| {
        s.contains("Parcourir tous les postes") && s.contains("● Français")
    });
    for name in ["English", "Français"] {
        assert_eq!(
            find_on_screen(&english, name),
            find_on_screen(&french, name),
            "'{name}' stays where it was:\n{english}\n{french}"
        );
    }
    touch(&mut t, &french, "English");
    t.wait_for(WELCOME);
}

#[test]
fn at_a_kiosk_digits_and_touches_on_tabs_switch_panes_and_never_search() {
    let mut t = Term::start(&["--kiosk"], 80, 24);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("[1 Departments]");
    t.send("2");
    let screen = t.wait_for("[2 Detail]");
    assert!(!screen.contains("Search:"), "a digit searched:\n{screen}");
    let (col, row) = find_on_screen(&screen, "3 Skills").expect("a tab");
    t.send(&keys::click(col + 1, row));
    t.wait_for("[3 Skills]");
    // Other digits and letters still start a search.
    t.send("7");
    t.wait_for("› 7");
}

#[test]
fn the_key_or_touch_that_answers_the_countdown_does_nothing_else() {
    let mut t = Term::start(&["--kiosk", "--idle-timeout", "4"], 100, 30);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("1 Departments");
    t.wait_for("Touch the screen or press any key to keep going.");
    // A letter would start a search anywhere else.
    t.send("x");
    let screen = t.wait_gone("to keep going");
    assert!(
        !screen.contains("› x"),
        "the answer started a search:\n{screen}"
    );
    assert!(!screen.contains(WELCOME), "{screen}");
    // A touch on a button answers it too, and presses nothing.
    let screen = t.wait_for("to keep going");
    let (col, row) = find_on_screen(&screen, "Search /").expect("the search button");
    t.send(&keys::click(col + 1, row));
    let screen = t.wait_gone("to keep going");
    assert!(!screen.contains("Type a job title"), "{screen}");
}
