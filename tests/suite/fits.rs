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

    // Typed and picked with Enter; Space after typing is a space.
    t.type_text("storytelling");
    t.wait_for("[ ] storytelling");
    t.send(keys::ENTER);
    t.wait_for("[x] storytelling");
    t.wait_for("Uses the skill you named");

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
    assert!(
        screen.contains("Uses 3 of the 3 skills you named"),
        "{screen}"
    );
    assert!(
        screen.contains("To add (3): photography, videography"),
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
    t.send(keys::ENTER);
    t.wait_for("[x] classement");
    t.send(CTRL_U);
    t.type_text("horaires");
    t.wait_for("[ ] planification des horaires");
    t.send(keys::ENTER);
    t.send(CTRL_U);
    t.type_text("budget");
    touch(&mut t, "[ ] préparation de budgets");
    let screen = t.wait_for("Vous avez coché 3 compétences");
    // The coordinator now lists the budgets it helps with: it ties with
    // the supervisor and comes first, one rung below.
    assert!(
        screen.contains("1. Coordonnateur ou coordonnatrice de postproduction"),
        "{screen}"
    );
    assert!(
        screen.contains("Fait appel à 2 des 3 compétences que vous avez nommées"),
        "{screen}"
    );
    assert!(
        screen.contains("À acquérir (5)\u{a0}: administration de contrats"),
        "{screen}"
    );
    // A role opened with a touch.
    touch(
        &mut t,
        "1. Coordonnateur ou coordonnatrice de postproduction",
    );
    t.wait_gone("Vous avez coché");
}

/// Opens "What fits me" at a desktop and picks each skill by typing its
/// name and pressing Enter.
fn pick_by_typing(t: &mut Term, skills: &[&str]) {
    t.wait_for("Departments");
    t.send("m");
    t.wait_for("Pick the skills you already have");
    for skill in skills {
        t.type_text(skill);
        t.wait_for(&format!("[ ] {skill}"));
        t.send(keys::ENTER);
        t.wait_for(&format!("[x] {skill}"));
    }
}

#[test]
fn a_skill_of_several_words_is_typed_with_its_spaces_and_picked_with_enter() {
    let mut t = Term::start(&[], 120, 34);
    t.wait_for("Departments");
    t.send("m");
    t.wait_for("Pick the skills you already have");
    t.type_text("sound design");
    let screen = t.wait_for("› sound design");
    assert!(screen.contains("[ ] sound design software"), "{screen}");
    assert!(
        !screen.contains("[x]"),
        "the space picked something: {screen}"
    );
    t.send(keys::ENTER);
    let screen = t.wait_for("[x] sound design software");
    // The filter is cleared for the next skill.
    assert!(!screen.contains("› sound design"), "{screen}");
    assert!(screen.contains("You picked 1 skill"), "{screen}");
}

#[test]
fn typing_filters_by_word_forms_and_typos() {
    let mut t = Term::start(&[], 120, 34);
    t.wait_for("Departments");
    t.send("m");
    t.wait_for("Pick the skills you already have");
    t.type_text("mix");
    let screen = t.wait_for("[ ] digital mixing");
    assert!(screen.contains("[ ] mixing hardware"), "{screen}");
    t.send(CTRL_U);
    t.type_text("microphone");
    t.wait_for("[ ] microphones");
    t.send(CTRL_U);
    t.type_text("orchestraton");
    t.wait_for("[ ] orchestration");
}

#[test]
fn the_role_using_both_skills_comes_first_shows_what_is_had_and_leads_back_to_the_ranking() {
    let mut t = Term::start(&[], 120, 34);
    pick_by_typing(&mut t, &["microphones", "audio manipulation"]);
    let screen = t.wait_for("1. Recording Engineer");
    assert!(
        screen.contains("Uses 2 of the 2 skills you named"),
        "{screen}"
    );
    // Lines wrap instead of ending in an ellipsis.
    assert!(
        screen.contains("To add (27): recording equipment"),
        "{screen}"
    );
    assert!(!screen.contains('…'), "{screen}");

    t.send(keys::TAB);
    t.send(keys::ENTER);
    t.wait_gone("You picked 2 skills");
    let screen = t.wait_for("✓ microphones");
    assert!(screen.contains("+ recording equipment"), "{screen}");
    assert!(screen.contains("◂ What fits me"), "{screen}");

    // Esc leads back to the ranking, on the role opened.
    t.send(keys::ESC);
    t.wait_for("You picked 2 skills");
    t.send(keys::ENTER);
    t.wait_gone("You picked 2 skills");
    t.wait_for("✓ microphones");
    // And so does a touch on the way back.
    let screen = t.wait_for("◂ What fits me");
    let (col, row) = find_on_screen(&screen, "◂ What fits me").expect("the way back");
    t.send(&keys::click(col + 3, row));
    t.wait_for("You picked 2 skills");
}

#[test]
fn every_role_shows_the_ways_into_it() {
    let mut t = Term::start(&[], 120, 34);
    t.wait_for("Departments");
    t.open_by_search("re-recording mixer");
    t.wait_for("ways in");
    t.send("i");
    let screen = t.wait_for("Routes into Re-Recording Mixer");
    assert!(
        screen.contains("Starting as Assistant Engineer"),
        "{screen}"
    );
    t.send(keys::ESC);
    t.wait_gone("Routes into");
}

#[test]
fn a_paste_inside_what_fits_me_goes_into_its_filter() {
    let mut t = Term::start(&[], 120, 34);
    t.wait_for("Departments");
    t.send("m");
    t.wait_for("Pick the skills you already have");
    t.send("\x1b[200~microphones\x1b[201~");
    let screen = t.wait_for("› microphones");
    assert!(screen.contains("[ ] microphones"), "{screen}");
    assert!(screen.contains("What fits me"), "{screen}");
}
