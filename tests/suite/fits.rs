//! "What fits me" in the explorer, as visitors meet it: the real binary in
//! a pseudo-terminal, picking skills by typing, keys and touch.

use crate::common::{Term, find_on_screen, keys};

const CTRL_F: &str = "\x06";
const CTRL_R: &str = "\x12";
const CTRL_U: &str = "\x15";
const WELCOME: &str = "Type a job title or a skill, or touch a search to try it:";

/// Clicks the middle of `text` where it shows.
fn touch(t: &mut Term, text: &str) {
    let screen = t.wait_for(text);
    let (col, row) = find_on_screen(&screen, text).expect("on screen");
    t.send(&keys::click(col + 2, row));
}

#[test]
fn a_kiosk_visitor_picks_three_skills_opens_a_ranked_role_and_the_next_visitor_finds_none() {
    let mut t = Term::start(&["--kiosk"], 120, 34);
    // The welcome screen offers it to visitors who know what they can do.
    touch(&mut t, "What fits me? Pick the skills you have");
    t.wait_for("Pick the skills you already have");

    // Typed and picked with Space.
    t.type_text("storytelling");
    t.wait_for("[ ] storytelling");
    t.send(" ");
    t.wait_for("[x] storytelling");
    t.wait_for("You have 1 of its");

    // Touched.
    t.send(CTRL_U);
    t.type_text("software");
    touch(&mut t, "[ ] knowledge of editing software");
    t.wait_for("[x] knowledge of editing software");

    // Typed and picked with Enter.
    t.send(CTRL_U);
    t.type_text("following");
    t.wait_for("[ ] following direction");
    t.send(keys::ENTER);
    let screen = t.wait_for(
        "You picked 3 skills: storytelling, knowledge of editing software, following direction",
    );
    assert!(
        screen.contains("1. Trainee Assistant Picture Editor · entry level"),
        "{screen}"
    );
    assert!(screen.contains("You have 3 of its 6 skills"), "{screen}");
    assert!(
        screen.contains("To add: photography, videography"),
        "{screen}"
    );

    // Tab to the ranking, Enter opens the first role.
    t.send(keys::TAB);
    t.send(keys::ENTER);
    t.wait_gone("You picked 3 skills");
    let screen = t.wait_for("Trainee Assistant Picture Editor");
    assert!(screen.contains("Detail"), "{screen}");

    // The picks stay while the visitor stays.
    t.send(CTRL_F);
    t.wait_for("You picked 3 skills");
    t.send(keys::ESC);
    t.wait_gone("You picked 3 skills");

    // The next visitor starts with none.
    t.send(CTRL_R);
    t.wait_for(WELCOME);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    // The bottom bar's button, for visitors who only touch.
    touch(&mut t, "What fits me");
    let screen = t.wait_for("Pick the skills you already have");
    assert!(!screen.contains("[x]"), "{screen}");
    assert!(!screen.contains("You picked"), "{screen}");
}

#[test]
fn the_same_in_french_at_a_desktop() {
    let mut t = Term::start_with_env(&[], 120, 34, &[("CREWPATH_LANG", "fr")]);
    t.wait_for("Services");
    t.send("m");
    t.wait_for("Ce qui me convient");
    t.type_text("classement");
    t.wait_for("[ ] classement");
    t.send(" ");
    t.wait_for("[x] classement");
    t.send(CTRL_U);
    t.type_text("horaires");
    t.wait_for("[ ] planification des horaires");
    t.send(keys::ENTER);
    t.send(CTRL_U);
    t.type_text("budget");
    touch(&mut t, "[ ] préparation de budgets");
    let screen = t.wait_for("Vous avez coché 3 compétences");
    assert!(
        screen.contains("1. Superviseur ou superviseure de postproduction"),
        "{screen}"
    );
    assert!(
        screen.contains("Vous avez 2 de ses 7 compétences"),
        "{screen}"
    );
    assert!(
        screen.contains("À acquérir\u{a0}: gestion de projet"),
        "{screen}"
    );
    // A role opened with a touch.
    touch(&mut t, "1. Superviseur ou superviseure de postproduction");
    t.wait_gone("Vous avez coché");
}
