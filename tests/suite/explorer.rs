//! The explorer as a person uses it: the real binary in a pseudo-terminal.

use crate::common::{TempLibrary, Term, find_on_screen, keys};

#[test]
fn search_opens_a_role_with_its_detail_and_ladder_then_q_quits() {
    let mut t = Term::start(&[], 120, 36);
    let screen = t.wait_for("/ search");
    assert!(screen.contains("Departments"), "{screen}");
    assert!(screen.contains("Post-production supervision"), "{screen}");

    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("dialog editor");
    let screen = t.wait_for("Assistant Dialogue Editor");
    let first = find_on_screen(&screen, "Dialogue Editor").expect("a result");
    let second = find_on_screen(&screen, "Assistant Dialogue Editor").expect("a result");
    assert!(
        first.1 < second.1,
        "Dialogue Editor is listed first:\n{screen}"
    );

    t.send(keys::ENTER);
    let screen = t.wait_gone("Type a job title");
    let screen = if screen.contains("● ") {
        screen
    } else {
        t.wait_for("● ")
    };
    assert!(
        screen.contains("Edits the spoken lines of a film or show"),
        "detail shows the role:\n{screen}"
    );
    assert!(
        screen.contains("● 2. Dialogue Editor"),
        "ladder marks the role:\n{screen}"
    );
    assert!(
        screen.contains("Assistant Dialogue Editor"),
        "ladder shows the rung below:\n{screen}"
    );
    // The titles draw no rung above the dialogue editor: a related role.
    assert!(!screen.contains("To step up to"), "{screen}");

    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn esc_closes_search_and_returns_to_where_the_user_was() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.send(keys::DOWN);
    let before = t.wait_for("Post Production Assistant");
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("composer");
    t.wait_for("Composer  Music");
    t.send(keys::ESC);
    // The prompt went with the first letter; the window's title goes with Esc.
    let after = t.wait_gone("Search: titles");
    assert_eq!(
        before.lines().nth(1),
        after.lines().nth(1),
        "the panes are as they were before searching"
    );
    t.send(keys::CTRL_C);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_skill_lists_the_roles_that_need_it_and_opens_one() {
    let mut t = Term::start(&[], 120, 36);
    t.wait_for("Departments");
    t.send("/");
    t.type_text("recording engineer");
    t.wait_for("Recording Engineer  Music");
    t.send(keys::ENTER);
    t.wait_for("● ");
    t.send("3");
    t.wait_for("▶ 3 Skills");
    t.send(keys::ENTER);
    let screen = t.wait_for("roles ask for");
    assert!(screen.contains("(this role)"), "{screen}");
    t.send(keys::ESC);
    t.wait_gone("roles ask for");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn narrow_terminals_switch_panes_with_number_keys_and_tiny_ones_ask_for_room() {
    let mut t = Term::start(&[], 70, 22);
    let screen = t.wait_for("Departments");
    assert!(
        screen.contains("[1 Departments]"),
        "the tree has the whole width:\n{screen}"
    );
    t.send("4");
    t.wait_for("[4 Career ladder]");
    t.resize(40, 12);
    t.wait_for("Please enlarge the terminal");
    t.resize(120, 36);
    let screen = t.wait_for("3 Skills");
    assert!(
        screen.contains("Departments") && screen.contains("Detail"),
        "{screen}"
    );
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn help_lists_the_keys_and_esc_never_quits() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.send("?");
    let screen = t.wait_for("Help — Esc closes");
    assert!(screen.contains("Tab Shift-Tab"), "{screen}");
    assert!(
        screen.contains("back to the role you came from"),
        "{screen}"
    );
    t.send(keys::ESC);
    t.wait_gone("Help — Esc closes");
    t.send(keys::ESC);
    t.send(keys::ESC);
    assert!(t.is_running(), "Esc never quits");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn problems_are_announced_and_listed_while_good_roles_still_open() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/foley-artist.toml",
        "title = \"Foley Artist\"\nsummary = 5\n",
    );
    lib.write("sound/broken.toml", "title = \"Broken\n");
    let mut t = Term::start(&["--roles", lib.path_str()], 110, 30);
    let screen = t.wait_for("2 problems in the role files — press ! to see them");
    assert!(
        screen.contains("Foley Artist"),
        "the good role still loads:\n{screen}"
    );
    t.send("!");
    let screen = t.wait_for("Problems — ↑↓ choose, Enter opens the role, Esc closes");
    assert!(
        screen.contains("foley-artist.toml:2:11: expected a string for 'summary'"),
        "{screen}"
    );
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn clicking_a_role_selects_it_and_the_search_hint_opens_search() {
    let mut t = Term::start(&[], 120, 36);
    let screen = t.wait_for("    Picture Editor");
    let (col, row) = find_on_screen(&screen, "    Picture Editor").expect("role shown");
    t.send(&keys::click(col + 6, row));
    let screen = t.wait_for("Also known as: PE");
    assert!(screen.contains("Picture Editor"), "{screen}");
    let (col, row) = find_on_screen(&screen, "/ search").expect("hint shown");
    t.send(&keys::click(col, row));
    t.wait_for("Type a job title");
    t.send(keys::ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn escape_sequences_in_role_files_never_reach_the_terminal() {
    let lib = TempLibrary::new();
    lib.write(
        "dept/evil.toml",
        "title = \"Evil \\u001b]0;PWNED\\u0007Title \\u001b]52;c;aGVsbG8=\\u0007\\u001b[2J\"\nsummary = \"bidi \\u202e desserts\"\n",
    );
    let mut t = Term::start(&["--roles", lib.path_str()], 100, 30);
    let screen = t.wait_for("Evil");
    assert!(screen.contains("Title"), "{screen}");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let raw = t.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !text.contains("PWNED"),
        "the title sequence's text was sent"
    );
    assert!(!text.contains("\x1b]52"), "a clipboard write was sent");
    assert!(!text.contains('\u{202e}'), "a bidi override was sent");
    assert!(
        text.contains('\u{FFFD}'),
        "the sequence shows as a placeholder"
    );
    t.with_watch(|w| {
        assert!(w.titles.is_empty(), "the window title was set");
        assert!(w.clipboard.is_empty(), "the clipboard was written");
    });
}

#[test]
fn the_terminal_is_restored_on_exit() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    let left = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
    let shown = raw.rfind("\x1b[?25h").expect("showed the cursor");
    let mouse_off = raw.rfind("\x1b[?1000l").expect("turned mouse capture off");
    let entered = raw
        .rfind("\x1b[?1049h")
        .expect("entered the alternate screen");
    assert!(left > entered && shown > entered && mouse_off > entered);
}

#[test]
fn a_panic_restores_the_terminal_before_its_message_is_printed() {
    let mut t = Term::start_with_env(
        &[],
        100,
        30,
        &[("CREWPATH_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")],
    );
    assert_ne!(t.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    let left = raw.find("\x1b[?1049l").expect("left the alternate screen");
    let message = raw
        .find("panic requested by CREWPATH_TEST_PANIC")
        .expect("message printed");
    assert!(
        left < message,
        "the message comes after the terminal is restored"
    );
    assert!(raw.find("\x1b[?1000l").expect("mouse capture off") < message);
    assert!(raw.find("\x1b[?2004l").expect("bracketed paste off") < message);
    let screen = t.screen();
    assert!(
        screen.contains("panic requested"),
        "the message is readable:\n{screen}"
    );
}

#[test]
fn reopening_search_starts_empty_with_no_results_left_over() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("foley");
    t.wait_for("Foley Recordist");
    t.send(keys::ESC);
    t.wait_gone("› foley");
    t.send("/");
    let screen = t.wait_for("Type a job title");
    assert!(!screen.contains("Foley Recordist"), "{screen}");
    // Enter on an empty box opens nothing: what is typed after it still
    // goes into the box.
    t.send(keys::ENTER);
    t.type_text("zq");
    t.wait_for("› zq");
    t.send(keys::ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn back_and_forward_retrace_the_links_followed() {
    let mut t = Term::start(&[], 120, 36);
    t.wait_for("Departments");
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("assistant picture editor");
    t.wait_for("Assistant Picture Editor");
    t.send(keys::ENTER);
    t.wait_for("● 2. Assistant Picture Editor");
    // Up the ladder to its top rung, the Picture Editor.
    t.send("4");
    t.send("g");
    t.send(keys::ENTER);
    let screen = t.wait_for("● 4. Picture Editor");
    assert!(screen.contains("◂ Assistant Picture Editor"), "{screen}");
    t.send("[");
    let screen = t.wait_for("● 2. Assistant Picture Editor");
    assert!(!screen.contains("◂ Assistant Picture Editor"), "{screen}");
    t.send("]");
    t.wait_for("● 4. Picture Editor");
    // The breadcrumb at the top is a way back too.
    let screen = t.wait_for("◂ Assistant Picture Editor");
    let (col, row) = find_on_screen(&screen, "◂ Assistant").expect("breadcrumb");
    t.send(&keys::click(col + 2, row));
    t.wait_for("● 2. Assistant Picture Editor");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn lists_say_where_they_are_cut_and_refill_when_the_terminal_grows() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    // 31 roles and their departments do not fit in 26 rows: the border says
    // there is more below, and where the selection is.
    let screen = t.wait_for("1/");
    assert!(screen.contains("▼"), "{screen}");
    t.send("G");
    let screen = t.wait_for("▲ ");
    assert!(!screen.contains("Post-production supervision"), "{screen}");
    t.resize(200, 60);
    let screen = t.wait_for("Post-production supervision");
    assert!(!screen.contains("▲ "), "everything fits now:\n{screen}");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn letters_no_key_is_bound_to_start_a_search() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.send("o");
    t.type_text("rchestrator");
    let screen = t.wait_for("› orchestrator");
    assert!(screen.contains("Orchestrator"), "{screen}");
    t.send(keys::ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_paste_that_never_ends_leaves_no_one_deaf() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    // Alt-[ then 2, 0, 0, ~ arrives as the start of a bracketed paste.
    t.send("\x1b[200~");
    // Each q comes after a pause longer than a paste is waited for.
    let pause = std::time::Duration::from_millis(crewpath::input::PASTE_WAIT_MS * 2);
    assert_eq!(
        t.send_until_exit("q", pause),
        0,
        "q still quits after an unfinished paste"
    );
}

#[test]
fn a_terminal_that_goes_away_ends_crewpath_without_a_panic() {
    for args in [&[][..], &["--kiosk"][..]] {
        let mut t = Term::start(args, 100, 30);
        t.wait_until("the first screen", |s| {
            s.contains("Departments") || s.contains("Type a job title")
        });
        t.hang_up();
        let code = t.wait_exit();
        assert_ne!(code, 101, "{args:?}: a panic");
        assert!(code == 0 || code == 1, "{args:?}: exit {code}");
    }
}

#[test]
fn suspending_gives_the_terminal_back_and_resuming_takes_it_again() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    // kill -TSTP, as from another shell: the panes leave the screen.
    t.signal("TSTP");
    t.wait_gone("Departments");
    t.signal("CONT");
    t.wait_for("Departments");
    // Ctrl-Z does the same.
    t.send(keys::CTRL_Z);
    t.wait_gone("Departments");
    t.signal("CONT");
    t.wait_for("Departments");
    // Keys work at once again, without Enter: the terminal is raw.
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn any_reported_window_size_is_drawn_within_bounds() {
    // An SSH client can report any size; 65535×65535 once aborted on a
    // 200 GB allocation. A terminal that reports 0×0 (a serial line) once
    // stayed blank: it gets COLUMNS×LINES.
    for (reported, env) in [
        ((65535, 65535), &[][..]),
        ((0, 0), &[("COLUMNS", "100"), ("LINES", "30")][..]),
    ] {
        let mut t = Term::start_reporting(&[], reported, (100, 30), env);
        // The screen kept here is smaller than what is drawn; the key hints
        // of the bottom bar show that a frame was.
        t.wait_for("quit");
        t.send("q");
        assert_eq!(t.wait_exit(), 0, "{reported:?}");
    }
}

#[test]
fn an_interrupt_exits_as_shells_expect_and_a_terminate_cleanly() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.signal("INT");
    assert_eq!(t.wait_exit(), 130, "128 + SIGINT");
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    t.signal("TERM");
    assert_eq!(t.wait_exit(), 0, "a service manager's stop is a clean end");
}

/// Opens a role through the search box.
fn open_role(t: &mut Term, query: &str, shown: &str) {
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text(query);
    t.wait_for(shown);
    t.send(keys::ENTER);
    t.wait_gone("Type a job title");
}

#[test]
fn pin_a_role_compare_it_with_another_and_see_the_route() {
    let mut t = Term::start(&[], 100, 30);
    t.wait_for("Departments");
    open_role(&mut t, "tape", "Trainee Assistant Picture Editor");
    t.send("c");
    t.wait_for("◆ Trainee Assistant Picture Editor pinned");
    open_role(&mut t, "picture editor", "Picture Editor");
    t.send("c");
    let screen = t.wait_for("Compare — Tab shows the route");
    assert!(screen.contains("3 rungs above"), "{screen}");
    t.send(keys::TAB);
    let screen = t.wait_for("The route — Tab compares");
    assert!(screen.contains("3 moves"), "{screen}");
    // The bottom bar's hint does the same by touch.
    let (col, row) = find_on_screen(&screen, "Tab compare ").expect("hint");
    t.send(&keys::click(col + 1, row));
    t.wait_for("Compare — Tab shows the route");
    t.send(keys::ESC);
    t.wait_gone("Compare — Tab");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_role_with_problems_is_marked_in_the_tree_and_its_detail_says_why() {
    let lib = TempLibrary::new();
    // A ladder that goes round: Trainee → Assistant → Editor → Trainee.
    lib.write(
        "edit/trainee.toml",
        "title = \"Trainee\"\nnext = [\"assistant\"]\n",
    );
    lib.write(
        "edit/assistant.toml",
        "title = \"Assistant\"\nnext = [\"editor\"]\n",
    );
    lib.write(
        "edit/editor.toml",
        "title = \"Editor\"\nnext = [\"trainee\"]\n",
    );
    let mut t = Term::start(&["--roles", lib.path_str()], 110, 30);
    // Every role of the circle is marked, not only the one whose file
    // holds the link left out.
    let screen = t.wait_for("⚠ Trainee");
    for title in ["Assistant", "Editor", "Trainee"] {
        assert!(screen.contains(&format!("⚠ {title}")), "{screen}");
    }
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("assistant");
    t.send(keys::ENTER);
    let screen = t.wait_for("Problems with this role");
    // The circle is reported in the file of the link left out, and the
    // detail of another role of it says which file that is.
    assert!(
        screen.contains("trainee.toml, line 2, column 9: the career"),
        "{screen}"
    );
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn edits_on_disk_show_without_a_restart_and_a_broken_edit_keeps_the_last_good_role() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Blends the soundtrack\"\n",
    );
    lib.write(
        "sound/editor.toml",
        "title = \"Editor\"\nsummary = \"Cuts sound\"\n",
    );
    let mut t = Term::start(&["--roles", lib.path_str()], 110, 30);
    t.wait_for("Departments");
    open_role(&mut t, "mixer", "Mixer");
    t.wait_for("Blends the soundtrack");
    // Staff save a change: it shows, on the same role.
    lib.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Balances every sound\"\n",
    );
    let screen = t.wait_for("Balances every sound");
    assert!(screen.contains("Mixer"), "{screen}");
    // A half-finished edit breaks the file: the last good version stays,
    // marked, saying why.
    lib.write("sound/mixer.toml", "title = \"Mixer\nsummary = \"Bal");
    let screen = t.wait_for("Problems with this role");
    assert!(screen.contains("Balances every sound"), "{screen}");
    assert!(screen.contains("last version that loaded"), "{screen}");
    // r reads the files again on request too.
    lib.write(
        "sound/editor.toml",
        "title = \"Sound Editor\"\nsummary = \"Cuts sound\"\n",
    );
    t.send("r");
    t.wait_for("Sound Editor");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[cfg(unix)]
#[test]
fn a_library_named_through_a_link_opens_in_the_explorer_and_the_kiosk() {
    let lib = TempLibrary::new();
    lib.write("real/sound/foley-artist.toml", "title = \"Foley Artist\"\n");
    std::os::unix::fs::symlink(lib.path("real"), lib.path("current")).unwrap();
    let current = lib.path("current");
    let current = current.to_str().expect("utf-8 temp path");
    let mut t = Term::start(&["--roles", current], 100, 30);
    let screen = t.wait_for("Foley Artist");
    assert!(!screen.contains("problem"), "{screen}");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let mut t = Term::start_with_env(&["--kiosk"], 100, 30, &[("CREWPATH_ROLES", current)]);
    t.wait_for("Type a job title");
    t.send(keys::ENTER);
    t.wait_for("Foley Artist");
}

#[cfg(unix)]
#[test]
fn a_library_folder_that_cannot_be_read_for_a_while_keeps_what_was_shown() {
    use std::os::unix::fs::PermissionsExt;
    let Some(prefix) = crate::common::permissions_apply() else {
        return;
    };
    let lib = TempLibrary::new();
    lib.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Blends the soundtrack\"\n",
    )
    .write(
        "sound/editor.toml",
        "title = \"Editor\"\nsummary = \"Cuts sound\"\n",
    );
    let open = |mode| {
        std::fs::set_permissions(lib.root(), std::fs::Permissions::from_mode(mode))
            .expect("change the folder's permissions");
    };
    open(0o755);
    let mut argv: Vec<&str> = prefix.iter().map(String::as_str).collect();
    argv.extend([env!("CARGO_BIN_EXE_crewpath"), "--roles", lib.path_str()]);
    let mut t = Term::start_program(argv[0], &argv[1..], (110, 30), (110, 30), &[]);
    t.wait_for("Departments");
    open_role(&mut t, "mixer", "Mixer");
    t.send("c");
    t.wait_for("◆ Mixer pinned");
    open_role(&mut t, "editor", "Editor");
    let screen = t.wait_for("Cuts sound");
    assert!(screen.contains("◂ Mixer"), "{screen}");
    // The folder cannot be read for a while: what was shown stays, and
    // the problem says why.
    open(0o000);
    t.send("r");
    let screen = t.wait_for("1 problem in the role files");
    open(0o755);
    for shown in ["Cuts sound", "◂ Mixer"] {
        assert!(screen.contains(shown), "{shown} in {screen}");
    }
    t.send("!");
    let screen = t.wait_for("permission denied");
    assert!(screen.contains("what was shown stays"), "{screen}");
    t.send(keys::ESC);
    // It can be read again: all of it is still there, the problem gone.
    t.send("r");
    let screen = t.wait_gone("problem in the role files");
    for shown in ["Cuts sound", "◂ Mixer"] {
        assert!(screen.contains(shown), "{shown} in {screen}");
    }
    // The pin held: the editor is compared with the mixer.
    t.send("c");
    let screen = t.wait_for("Compare — Tab shows the route");
    assert!(screen.contains("Mixer"), "{screen}");
    t.send(keys::ESC);
    t.wait_gone("Compare — Tab");
    t.send("[");
    t.wait_for("Blends the soundtrack");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
