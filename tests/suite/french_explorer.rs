//! The explorer and the kiosk in French, and switching language, as users
//! meet them: the real binary in a pseudo-terminal.

use std::thread::sleep;
use std::time::Duration;

use crate::common::{Term, find_on_screen, keys};

const CTRL_L: &str = "\x0c";
const CTRL_R: &str = "\x12";
const WELCOME_EN: &str = "Type a job title, or press Enter to browse.";
const WELCOME_FR: &str = "Tapez un titre de poste, ou appuyez sur Entrée pour parcourir.";

#[test]
fn the_explorer_speaks_the_language_asked_for_however_it_is_asked() {
    for (args, env) in [
        (&["--lang", "fr"][..], &[][..]),
        (&[][..], &[("CREWPATH_LANG", "fr")][..]),
        (&[][..], &[("LANG", "fr_CA.UTF-8")][..]),
    ] {
        let t = Term::start_with_env(args, 100, 30, env);
        let screen = t.wait_for("1 Services");
        assert!(screen.contains("2 Détail"), "{args:?} {env:?}\n{screen}");
        assert!(screen.contains("/ chercher"), "{screen}");
        assert!(screen.contains("q quitter"), "{screen}");
    }
    // --lang wins over the environment.
    let t = Term::start_with_env(&["--lang", "en"], 100, 30, &[("CREWPATH_LANG", "fr")]);
    t.wait_for("1 Departments");
}

#[test]
fn ctrl_l_switches_language_and_stays_on_the_same_role() {
    let mut t = Term::start(&["--lang", "fr"], 120, 32);
    t.wait_for("1 Services");
    t.type_text("/dialogue editor");
    t.wait_for("› dialogue editor");
    t.send(keys::ENTER);
    // The English title finds the role; the detail pane has the keyboard,
    // the role's French title on its first line.
    t.wait_for("║Monteur ou monteuse de dialogues");
    t.send(CTRL_L);
    let screen = t.wait_for("1 Departments");
    assert!(screen.contains("2 Detail"), "{screen}");
    assert!(
        screen.contains("║Dialogue Editor"),
        "the same role, the same pane\n{screen}"
    );
    t.send(CTRL_L);
    t.wait_for("║Monteur ou monteuse de dialogues");
}

#[test]
fn a_kiosk_visitor_picks_french_by_touch_and_the_next_visitor_starts_in_english() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    let screen = t.wait_for(WELCOME_EN);
    assert!(screen.contains("English"), "{screen}");
    let (col, row) = find_on_screen(&screen, "Français").expect("a French button");
    t.send(&keys::click(col + 2, row));
    t.wait_for(WELCOME_FR);
    t.send(keys::ENTER);
    let screen = t.wait_for("Services");
    assert!(screen.contains("Ctrl-R recommencer"), "{screen}");
    t.send(CTRL_R);
    t.wait_for(WELCOME_EN);
}

#[test]
fn a_kiosk_switches_language_with_ctrl_l_and_an_idle_reset_restores_its_own() {
    let mut t = Term::start(&["--kiosk", "--lang", "fr", "--idle-timeout", "2"], 100, 30);
    t.wait_for(WELCOME_FR);
    t.send(CTRL_L);
    t.wait_for(WELCOME_EN);
    t.send(keys::ENTER);
    t.wait_for("Departments");
    // The visitor walks away: the next one is greeted in the kiosk's French.
    sleep(Duration::from_secs(2));
    t.wait_for(WELCOME_FR);
}

#[test]
fn crewpath_s_own_names_follow_the_language_switched_to() {
    let lib = crate::common::TempLibrary::new();
    lib.write("loner.toml", "title = \"Loner\"\n");
    let mut t = Term::start(&["--lang", "fr", "--roles", lib.path_str()], 100, 30);
    t.wait_for("Autres rôles");
    t.send(CTRL_L);
    let screen = t.wait_for("Other roles");
    assert!(!screen.contains("Autres rôles"), "{screen}");
}

#[test]
fn a_role_whose_translation_has_problems_is_marked_and_its_detail_names_the_file() {
    let lib = crate::common::TempLibrary::new();
    lib.write("sound/foley-artist.toml", "title = \"Foley Artist\"\n")
        .write(
            "sound/foley-artist.fr.toml",
            "title = \"Bruiteur\"\nnext = [\"mixer\"]\n",
        );
    let mut t = Term::start(&["--roles", lib.path_str()], 100, 30);
    let screen = t.wait_for("⚠ Foley Artist");
    assert!(screen.contains("1 role file has problems"), "{screen}");
    t.type_text("/foley");
    t.wait_for("› foley");
    t.send(keys::ENTER);
    let screen = t.wait_for("• foley-artist.fr.toml, line 2, column");
    assert!(screen.contains("'next' is not"), "{screen}");
}
