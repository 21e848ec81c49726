//! A kiosk visitor with only a touch screen: a finger is the first button's
//! press, motion and release (SGR mouse reports, as xterm sends them),
//! never a wheel. Dragging scrolls what is under the finger, with the
//! content following it; a tap acts at the release; a swipe picks nothing.

use crate::common::{TempLibrary, Term, find_on_screen, keys};

/// A library whose every area has more than a screenful: thirty roles in
/// one department, each with a long description, thirty skills and thirty
/// related roles.
fn long_library() -> TempLibrary {
    let lib = TempLibrary::new();
    lib.write("_index.toml", "title = \"Touch test centre\"\n");
    lib.write("mixing/_index.toml", "name = \"Mixing Stage\"\n");
    let skills: Vec<String> = (1..=30).map(|n| format!("\"skill k{n:02}\"")).collect();
    for n in 1..=30 {
        let description: Vec<String> = (1..=40)
            .map(|line| format!("Line {line} of the story of mixer {n}."))
            .collect();
        let related: Vec<String> = (1..=30)
            .filter(|&other| other != n)
            .map(|other| format!("\"mixer-{other:02}\""))
            .collect();
        lib.write(
            &format!("mixing/mixer-{n:02}.toml"),
            format!(
                "title = \"Mixer {n:02}\"\nsummary = \"Mixes reel {n}\"\ndescription = \"\"\"\n{}\"\"\"\nrelated = [{}]\n\n[skills]\ncraft = [{}]\n",
                description.join("\n\n"),
                related.join(", "),
                skills.join(", ")
            ),
        );
    }
    lib
}

/// A kiosk on the long library, past its welcome screen.
fn kiosk(lib: &TempLibrary) -> Term {
    let mut t = Term::start(&["--kiosk", "--roles", lib.path_str()], 100, 30);
    t.wait_for("Browse every role");
    t.send(keys::ENTER);
    t.wait_for("1 Departments");
    t
}

fn press(col: u16, row: u16) -> String {
    format!("\x1b[<0;{};{}M", col + 1, row + 1)
}

fn motion(col: u16, row: u16) -> String {
    format!("\x1b[<32;{};{}M", col + 1, row + 1)
}

fn release(col: u16, row: u16) -> String {
    format!("\x1b[<0;{};{}m", col + 1, row + 1)
}

/// A finger put down at (`col`, `from`), slid row by row to `to` and
/// lifted there.
fn drag(t: &mut Term, col: u16, from: u16, to: u16) {
    let mut report = press(col, from);
    let rows: Vec<u16> = if to < from {
        (to..from).rev().collect()
    } else {
        (from + 1..=to).collect()
    };
    for row in rows {
        report.push_str(&motion(col, row));
    }
    report.push_str(&release(col, to));
    t.send(&report);
}

fn tap(t: &mut Term, col: u16, row: u16) {
    t.send(&format!("{}{}", press(col, row), release(col, row)));
}

const BORDERS: [char; 4] = ['│', '║', '┃', '|'];

/// The text of row `row` between the borders around column `col`: what
/// one pane or window shows on that row.
fn segment(screen: &str, col: u16, row: u16) -> String {
    let Some(line) = screen.lines().nth(usize::from(row)) else {
        return String::new();
    };
    let chars: Vec<char> = line.chars().collect();
    let col = usize::from(col).min(chars.len());
    let start = chars[..col]
        .iter()
        .rposition(|c| BORDERS.contains(c))
        .map_or(0, |at| at + 1);
    let end = chars[col..]
        .iter()
        .position(|c| BORDERS.contains(c))
        .map_or(chars.len(), |at| col + at);
    chars[start..end]
        .iter()
        .collect::<String>()
        .trim()
        .to_string()
}

/// Drags the row showing `text` up by `rows` and waits for that row's
/// content to arrive under the finger: the content follows it.
fn drag_follows(t: &mut Term, text: &str, rows: u16) -> String {
    let screen = t.wait_for(text);
    let (col, row) = find_on_screen(&screen, text).expect("shown");
    drag(t, col + 1, row, row - rows);
    t.wait_until(
        &format!("'{text}' to follow the finger up {rows} rows"),
        |s| find_on_screen(s, text) == Some((col, row - rows)),
    )
}

#[test]
fn dragging_the_detail_moves_its_text_with_the_finger() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    t.open_by_search("Mixer 05");
    t.wait_for("Line 1 of the story of mixer 5.");
    let screen = drag_follows(&mut t, "Line 8 of the story of mixer 5.", 5);
    // And back down.
    let (col, row) = find_on_screen(&screen, "Line 8 of the story").expect("shown");
    drag(&mut t, col + 1, row, row + 3);
    t.wait_until("the text to come back down", |s| {
        find_on_screen(s, "Line 8 of the story").is_some_and(|(_, r)| r == row + 3)
    });
}

#[test]
fn a_tap_on_the_down_control_turns_a_page_of_the_detail() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    t.open_by_search("Mixer 05");
    let screen = t.wait_for("Line 1 of the story of mixer 5.");
    let (col, row) = find_on_screen(&screen, "▼ more").expect("a ▼ below the detail");
    let (_, top) = find_on_screen(&screen, "2 Detail").expect("the pane's title");
    let top = top + 1;
    let last = segment(&screen, col, row - 1);
    let last = if last.is_empty() {
        segment(&screen, col, row - 2)
    } else {
        last
    };
    tap(&mut t, col + 1, row);
    let screen = t.wait_until("a page further on", |s| !s.contains("Line 1 of the story"));
    let now_top = segment(&screen, col, top);
    let then_second = segment(&screen, col, top + 1);
    assert!(
        now_top == last || then_second == last,
        "the last line shown is now at the top ('{last}'):\n{screen}"
    );
    assert!(screen.contains(" ▲ "), "a ▲ to go back up:\n{screen}");
}

#[test]
fn dragging_the_tree_scrolls_it_and_opens_nothing() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    // The only department is open from the start.
    t.wait_for("Mixer 20");
    let screen = drag_follows(&mut t, "Mixer 20", 4);
    assert!(
        !screen.contains("Line 1 of the story"),
        "no role was opened by the drag:\n{screen}"
    );
}

#[test]
fn dragging_the_skills_and_the_ladder_scrolls_them() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    t.open_by_search("Mixer 05");
    t.wait_for("skill k01");
    drag_follows(&mut t, "skill k09", 4);
    // The ladder's note above the links is one item of four rows: the
    // content moves by whole items, at least as far as the finger.
    let screen = t.screen();
    let (col, row) = find_on_screen(&screen, "→ Mixer 07").expect("a related role");
    drag(&mut t, col + 1, row, row - 3);
    t.wait_until("the ladder to follow the finger up", |s| {
        find_on_screen(s, "→ Mixer 07").is_some_and(|(c, r)| c == col && r <= row - 3)
    });
}

#[test]
fn dragging_the_search_results_scrolls_them_and_opens_nothing() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("mixer");
    t.wait_for("Mixer 07");
    let screen = drag_follows(&mut t, "Mixer 07", 4);
    assert!(screen.contains("› mixer"), "still searching:\n{screen}");
}

#[test]
fn dragging_the_help_scrolls_it() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    t.send("?");
    let screen = t.wait_for("Touch anything on the screen");
    assert!(!screen.contains("wheel"), "{screen}");
    assert!(screen.contains("▼ more"), "{screen}");
    drag_follows(&mut t, "Tab Shift-Tab", 5);
}

#[test]
fn a_swipe_over_the_skills_to_pick_scrolls_them_and_picks_nothing() {
    let lib = long_library();
    let mut t = kiosk(&lib);
    t.send("\x06");
    t.wait_for("[ ] skill k01");
    let screen = drag_follows(&mut t, "[ ] skill k15", 6);
    assert!(
        !screen.contains("[x]"),
        "the swipe picked a skill:\n{screen}"
    );
    // A tap picks; the roles it fits then scroll by a role at a time.
    let (col, row) = find_on_screen(&screen, "skill k15").expect("shown");
    tap(&mut t, col + 1, row);
    t.wait_for("[x] skill k15");
    let screen = t.wait_for("2. Mixer");
    let row = |text: &str| {
        find_on_screen(&screen, text)
            .map(|(_, r)| r)
            .expect("shown")
    };
    let height = row("2. Mixer") - row("1. Mixer");
    drag_follows(&mut t, "2. Mixer", height);
}

/// Where the on-screen keyboard shows the key `label`: the lowest row
/// with it between spaces, above the bottom bar.
fn key_at(screen: &str, label: &str) -> (u16, u16) {
    let lines: Vec<&str> = screen.lines().collect();
    let wanted = format!(" {label} ");
    for row in (0..lines.len().saturating_sub(1)).rev() {
        if let Some(byte) = lines[row].find(&wanted) {
            let col = lines[row][..byte].chars().count() + 1;
            return (col as u16, row as u16);
        }
    }
    panic!("no key '{label}' on the screen:\n{screen}");
}

/// Types `text` by touching the on-screen keyboard's keys.
fn touch_type(t: &mut Term, text: &str, space: &str) {
    for c in text.chars() {
        let screen = t.screen();
        let label = if c == ' ' {
            space.to_string()
        } else {
            c.to_string()
        };
        let (col, row) = key_at(&screen, &label);
        let before = screen.lines().nth(2).unwrap_or_default().to_string();
        tap(t, col, row);
        // A space shows only with what comes after it.
        if c != ' ' {
            t.wait_until(&format!("'{c}' typed"), |s| {
                s.lines().nth(2).unwrap_or_default() != before
            });
        }
    }
}

/// A visitor with only a finger opens the search from the bottom bar and
/// types on the keys on the screen, then touches the role found.
fn search_by_touch(t: &mut Term, button: &str, space: &str, typed: &str, title: &str) {
    let screen = t.wait_for(button);
    let (col, row) =
        find_on_screen(&screen, button).unwrap_or_else(|| panic!("no button {button}:\n{screen}"));
    tap(t, col + 1, row);
    t.wait_for(space);
    touch_type(t, typed, space);
    let screen = t.wait_for(&format!("› {typed}"));
    let results = screen.lines().enumerate().skip(3).find_map(|(row, line)| {
        line.find(title)
            .map(|byte| (line[..byte].chars().count() as u16, row as u16))
    });
    let (col, row) = results.unwrap_or_else(|| panic!("'{title}' not found:\n{screen}"));
    tap(t, col + 1, row);
    let screen = t.wait_gone(space);
    assert!(screen.contains(title), "{screen}");
}

#[test]
fn a_search_typed_on_the_screen_keyboard_opens_a_role() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    t.wait_for("Browse every role");
    t.send(keys::ENTER);
    t.wait_for("1 Departments");
    search_by_touch(
        &mut t,
        "Search /",
        "space",
        "picture editor",
        "Picture Editor",
    );
    t.wait_for("What the job is");
}

#[test]
fn a_french_search_with_an_accent_typed_on_the_screen_keyboard_opens_a_role() {
    let mut t = Term::start_with_env(&["--kiosk"], 100, 30, &[("CREWPATH_LANG", "fr")]);
    t.wait_for("Français");
    t.send(keys::ENTER);
    t.wait_for("1 Services");
    search_by_touch(
        &mut t,
        "Chercher /",
        "espace",
        "ingé",
        "Ingénieur ou ingénieure du son",
    );
}

#[test]
fn staff_can_turn_the_screen_keyboard_off_for_a_kiosk_with_a_keyboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("kiosk.toml");
    std::fs::write(&config, "on_screen_keyboard = false\n").expect("write config");
    let config = config.to_string_lossy().into_owned();
    let mut t = Term::start(&["--kiosk", "--config", &config], 100, 30);
    t.wait_for("Browse every role");
    t.send("/");
    let screen = t.wait_for("Type a job title");
    assert!(!screen.contains("clear all"), "{screen}");
}

/// A finger alone searches on the screen keyboard and uses What fits me:
/// it picks a skill by a tap and opens the first role ranked by another;
/// in English at the smallest screen a kiosk is supported on. (In French
/// at 80 columns the bar has no room for "Ce qui me convient", so French
/// is tried at 100 columns.)
#[test]
fn a_finger_alone_searches_and_picks_skills_in_both_languages() {
    let cases = [
        (
            (80, 24),
            "en",
            ("1 Departments", "Search /", "space"),
            ("foley", "Foley Artist"),
            ("What fits me", "Pick the skills you already have"),
        ),
        (
            (100, 30),
            "fr",
            ("1 Services", "Chercher /", "espace"),
            ("bruit", "Bruiteur ou bruiteuse"),
            ("Ce qui me convient", "Cochez les compétences"),
        ),
    ];
    for ((cols, rows), lang, (tabs, search, space), (typed, title), (fits, fits_prompt)) in cases {
        let mut t = Term::start_with_env(&["--kiosk"], cols, rows, &[("CREWPATH_LANG", lang)]);
        t.wait_for("Français");
        t.send(keys::ENTER);
        t.wait_for(tabs);
        search_by_touch(&mut t, search, space, typed, title);

        // What fits me from its button in the bottom bar.
        let screen = t.wait_for(fits);
        let (col, row) = find_on_screen(&screen, fits).expect("the What fits me button");
        tap(&mut t, col + 1, row);
        let screen = t.wait_for(fits_prompt);
        let (col, row) = find_on_screen(&screen, "[ ] ").expect("a skill to pick");
        tap(&mut t, col + 5, row);
        let screen = t.wait_for("[x] ");
        let (col, row) = find_on_screen(&screen, "1. ").expect("a ranked role");
        tap(&mut t, col + 4, row);
        t.wait_gone(fits_prompt);
    }
}
