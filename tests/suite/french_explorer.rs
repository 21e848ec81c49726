//! The explorer and the kiosk in French, and switching language, as users
//! meet them: the real binary in a pseudo-terminal.

use crate::common::{Term, find_on_screen, keys};

const CTRL_L: &str = "\x0c";
const CTRL_R: &str = "\x12";
const WELCOME_EN: &str = "Type a job title or a skill, or touch a search to try it:";
const WELCOME_FR: &str = "Tapez un titre de poste ou une compétence, ou touchez une";

#[test]
fn the_explorer_speaks_the_language_asked_for_however_it_is_asked() {
    for (args, env) in [
        (&["--lang", "fr"][..], &[][..]),
        (&[][..], &[("CREWPATH_LANG", "fr")][..]),
        (&[][..], &[("LANG", "fr_CA.UTF-8")][..]),
    ] {
        let t = Term::start_with_env(args, 100, 30, env);
        // The whole first frame: panes and the bar, all in French.
        t.wait_until("the French panes and bar", |s| {
            // A department's skill category, named in French too.
            [
                "1 Services",
                "2 Détail",
                "/ chercher",
                "q quitter",
                "Techniques",
            ]
            .iter()
            .all(|w| s.contains(w))
        });
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
    // The same role, the same pane, in English.
    t.wait_until("the role in English", |s| {
        s.contains("1 Departments") && s.contains("2 Detail") && s.contains("║Dialogue Editor")
    });
    t.send(CTRL_L);
    t.wait_for("║Monteur ou monteuse de dialogues");
}

#[test]
fn a_kiosk_visitor_picks_french_by_touch_and_the_next_visitor_starts_in_english() {
    let mut t = Term::start(&["--kiosk"], 100, 30);
    let screen = t.wait_until("the welcome with its languages", |s| {
        s.contains(WELCOME_EN) && s.contains("English") && s.contains("Français")
    });
    let (col, row) = find_on_screen(&screen, "Français").expect("a French button");
    t.send(&keys::click(col + 2, row));
    t.wait_for(WELCOME_FR);
    t.send(keys::ENTER);
    t.wait_until("the panes and bar in French", |s| {
        s.contains("Services") && s.contains("Recommencer Ctrl-R")
    });
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
    t.wait_for(WELCOME_FR);
}

#[test]
fn crewpath_s_own_names_follow_the_language_switched_to() {
    let lib = crate::common::TempLibrary::new();
    lib.write("loner.toml", "title = \"Loner\"\n");
    let mut t = Term::start(&["--lang", "fr", "--roles", lib.path_str()], 100, 30);
    t.wait_for("Autres postes");
    t.send(CTRL_L);
    let screen = t.wait_for("Other roles");
    assert!(!screen.contains("Autres postes"), "{screen}");
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
    t.wait_until("the role marked and the notice", |s| {
        s.contains("⚠ Foley Artist") && s.contains("1 problem in the role files")
    });
    t.type_text("/foley");
    t.wait_for("› foley");
    t.send(keys::ENTER);
    t.wait_until("the translation's problem in the detail", |s| {
        s.contains("• foley-artist.fr.toml, line 2, column") && s.contains("'next' is not")
    });
}
