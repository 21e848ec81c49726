//! crewpath in French, run as a career-centre staff member runs it: the
//! language chosen by `--lang`, `CREWPATH_LANG` or the locale, and `check`
//! telling what is wrong in French while still naming the file and line.

use crate::common::{Workspace, run};

/// A library with the mistakes staff make by hand: a number for a text, a
/// misspelt key, a link to no role, and a file that is not valid TOML.
fn broken_library() -> Workspace {
    let ws = Workspace::new();
    ws.write("roles/sound/_index.toml", "name = \"Sound\"\n")
        .write(
            "roles/sound/foley-artist.toml",
            "title = \"Foley Artist\"\nsummary = 4\nskils = []\nnext = [\"foley-mixer\", \"re-recording-mixer\"]\n",
        )
        .write("roles/sound/re-recording-mixer.toml", "title = \"Mixer\n");
    ws
}

#[test]
fn check_in_french_names_the_file_line_and_column_and_says_what_to_do() {
    let ws = broken_library();
    let r = run(ws
        .crewpath()
        .args(["--lang", "fr", "check", "--roles", "roles"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    // Less the notes on what is not yet in French, which follow the problems.
    let lines: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| !l.starts_with("Pas encore") && !l.contains("\u{a0}: rien en français pour "))
        .collect();
    assert_eq!(
        lines,
        [
            "roles/sound/foley-artist.toml:2:11: il faut du texte entre guillemets pour 'summary', mais on trouve un nombre entier",
            "roles/sound/foley-artist.toml:3:1: clé inconnue 'skils'; vouliez-vous dire 'skills'?",
            "roles/sound/foley-artist.toml:4:9: 'next' désigne 'foley-mixer', mais aucun poste n’a cet identifiant; utilisez le nom de fichier d’un poste, sans '.toml'",
            "roles/sound/re-recording-mixer.toml:1:15: ce n’est pas du TOML valide\u{a0}: invalid basic string, expected `\"`",
            "  ↳ donc 1 lien vers 're-recording-mixer' ne peut pas être suivi tant que ce poste ne se charge pas\u{a0}: roles/sound/foley-artist.toml:4:24",
            "roles\u{a0}: 1 poste dans 1 service, 5 problèmes",
        ],
        "{}",
        r.stdout
    );
}

#[test]
fn french_counts_nothing_and_one_as_singular() {
    let ws = Workspace::new();
    ws.write(
        "roles/sound/foley-artist.toml",
        "title = \"Foley Artist\"\n",
    )
    .write("roles/sound/foley-artist.fr.toml", "title = \"Bruiteur\"\n")
    .write("roles/sound/_index.fr.toml", "name = \"Son\"\n");
    let r = run(ws
        .crewpath()
        .args(["check", "--lang", "fr", "--roles", "roles"]));
    assert_eq!(
        r.stdout,
        "roles\u{a0}: 1 poste dans 1 service, 0 problème\n"
    );
    assert_eq!(r.code, 0);
    let english = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(
        english.stdout,
        "roles: 1 role in 1 department, 0 problems\n"
    );
}

#[test]
fn json_keeps_its_keys_and_kinds_and_translates_only_the_messages() {
    let ws = broken_library();
    let r = run(ws
        .crewpath()
        .env("CREWPATH_LANG", "fr")
        .args(["check", "--json", "--roles", "roles"]));
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["library"], "roles");
    let problems = report["problems"].as_array().unwrap();
    let first = &problems[0];
    assert_eq!(first["path"], "roles/sound/foley-artist.toml");
    assert_eq!(first["line"], 2);
    assert_eq!(first["kind"], "field");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .starts_with("il faut du texte"),
        "{first}"
    );
    let kinds: Vec<&str> = problems
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["field", "field", "link", "knock_on", "syntax"]);
    assert_eq!(problems[3]["because_of"], "re-recording-mixer");
}

#[test]
fn the_environment_chooses_french_and_the_command_line_wins() {
    let ws = Workspace::new();
    let missing = ["check", "--roles", "nowhere"];
    let french =
        "crewpath: nowhere n’existe pas; indiquez le dossier qui contient les fichiers de postes\n";
    let english = "crewpath: nowhere does not exist; give the folder that holds the role files\n";
    for env in [
        &[("CREWPATH_LANG", "fr")][..],
        &[("LANG", "fr_CA.UTF-8")],
        &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "en_CA.UTF-8")],
    ] {
        let r = run(ws.crewpath().envs(env.iter().copied()).args(missing));
        assert_eq!(r.stderr, french, "{env:?}");
        assert_eq!(r.code, 2);
    }
    for (env, args) in [
        (&[][..], &missing[..]),
        (
            &[("CREWPATH_LANG", "fr")],
            &["--lang", "en", "check", "--roles", "nowhere"],
        ),
        (
            &[("LANG", "fr_CA.UTF-8"), ("CREWPATH_LANG", "en")],
            &missing,
        ),
    ] {
        let r = run(ws.crewpath().envs(env.iter().copied()).args(args));
        assert_eq!(r.stderr, english, "{env:?} {args:?}");
    }
}

#[test]
fn a_language_crewpath_does_not_speak_is_refused_naming_those_it_does() {
    let ws = Workspace::new();
    for (env, args) in [
        (&[][..], &["--lang", "de", "check"][..]),
        (&[("CREWPATH_LANG", "de")], &["check"]),
        (&[("CREWPATH_LANG", "fr")], &["--lang=de", "check"]),
    ] {
        let r = run(ws.crewpath().envs(env.iter().copied()).args(args));
        assert_eq!(r.code, 2, "{env:?} {args:?}");
        assert_eq!(r.stdout, "", "nothing was checked");
        assert!(r.stderr.contains("'de'"), "{}", r.stderr);
        assert!(r.stderr.contains("en, fr"), "{}", r.stderr);
    }
    let r = run(ws
        .crewpath()
        .env("CREWPATH_LANG", "fr")
        .args(["--lang=de", "check"]));
    assert!(
        r.stderr
            .starts_with("erreur\u{a0}: valeur 'de' non valide pour '--lang <LANGUE>'"),
        "{}",
        r.stderr
    );
}

#[test]
fn help_is_french_when_french_is_asked_for_and_english_otherwise() {
    let ws = Workspace::new();
    let r = run(ws.crewpath().args(["--lang", "fr", "--help"]));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.starts_with("Explorez les carrières"),
        "{}",
        r.stdout
    );
    for said in [
        "Utilisation\u{a0}: crewpath [OPTIONS] [COMMANDE]",
        "Vérifier chaque fichier de poste et énumérer les problèmes, un par ligne",
        "--roles <DOSSIER>",
        "Afficher l’aide",
    ] {
        assert!(r.stdout.contains(said), "{said}\n{}", r.stdout);
    }
    assert!(!r.stdout.contains("Print help"), "{}", r.stdout);
    let check = run(ws
        .crewpath()
        .env("LANG", "fr_CA.UTF-8")
        .args(["check", "--help"]));
    assert!(
        check
            .stdout
            .contains("Afficher le rapport en JSON\u{a0}: un seul objet"),
        "{}",
        check.stdout
    );
    let english = run(ws.crewpath().args(["--help"]));
    assert!(
        english
            .stdout
            .contains("Usage: crewpath [OPTIONS] [COMMAND]")
    );
    assert!(
        english
            .stdout
            .contains("Print help (see a summary with '-h')")
    );
}

#[test]
fn a_mistyped_option_is_told_in_french_with_the_right_spelling() {
    let ws = Workspace::new();
    let r = run(ws
        .crewpath()
        .env("CREWPATH_LANG", "fr")
        .args(["check", "--jsn"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("erreur\u{a0}: argument inattendu\u{a0}: '--jsn'"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("'--json'"), "{}", r.stderr);
}

#[test]
fn the_explorer_without_a_terminal_says_so_in_french() {
    let ws = Workspace::new();
    let r = run(ws.crewpath().env("CREWPATH_LANG", "fr").write_stdin(""));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("crewpath: l’explorateur a besoin d’un terminal"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_kiosk_exit_chord_a_visitor_could_press_is_refused_in_french() {
    let mut term = crate::common::Term::start_with_env(
        &["--lang", "fr", "--kiosk", "--exit-key", "ctrl-c"],
        100,
        30,
        &[],
    );
    term.wait_for("ne peut pas servir de combinaison de sortie");
    assert_eq!(term.wait_exit(), 2);
}

#[test]
fn the_command_line_language_wins_over_the_environment_and_empty_means_unset() {
    let ws = Workspace::new();
    ws.write("roles/sound/mixer.toml", "title = \"Mixer\"\n");
    let french = "roles\u{a0}: 1 poste dans 1 service";
    for (env, args) in [
        (
            &[("CREWPATH_LANG", "xx")][..],
            &["check", "--roles", "roles", "--lang", "fr"][..],
        ),
        (
            &[("CREWPATH_LANG", "xx")],
            &["--lang", "fr", "check", "--roles", "roles"],
        ),
        (
            &[("CREWPATH_LANG", "xx")],
            &["check", "--lang=fr", "--roles", "roles"],
        ),
        (
            &[("CREWPATH_LANG", "")],
            &["--lang", "fr", "check", "--roles", "roles"],
        ),
        (
            &[("CREWPATH_LANG", ""), ("LANG", "fr_CA.UTF-8")],
            &["check", "--roles", "roles"],
        ),
    ] {
        let r = run(ws.crewpath().envs(env.iter().copied()).args(args));
        assert_eq!(r.code, 0, "{env:?} {args:?}: {}", r.stderr);
        assert!(r.stdout.contains(french), "{env:?} {args:?}: {}", r.stdout);
    }
    for env in [
        &[("CREWPATH_LANG", "")][..],
        &[("CREWPATH_LANG", " "), ("CREWPATH_ROLES", "")],
    ] {
        let r = run(ws
            .crewpath()
            .envs(env.iter().copied())
            .args(["check", "--roles", "roles"]));
        assert_eq!(r.code, 0, "{env:?}: {}", r.stderr);
        assert!(
            r.stdout.starts_with("roles: 1 role"),
            "{env:?}: {}",
            r.stdout
        );
    }
    let r = run(ws
        .crewpath()
        .env("CREWPATH_LANG", "xx")
        .args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("CREWPATH_LANG") && r.stderr.contains("'xx'"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_locale_that_is_not_utf8_is_refused_in_its_own_character_set() {
    let ws = Workspace::new();
    ws.write("roles/sound/mixer.toml", "title = \"Mixer\"\n");
    for args in [
        &["check", "--roles", "roles"][..],
        &["search", "mixer"],
        &["show", "mixer"],
    ] {
        let out = ws
            .crewpath()
            .env("LANG", "fr_CA.ISO-8859-1")
            .args(args)
            .output()
            .expect("run crewpath");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        // French, as the locale asks, in Latin-1: 'è' is one byte.
        let expected: &[u8] = b"crewpath: la locale (LANG=fr_CA.ISO-8859-1) demande le jeu de caract\xe8res ISO-8859-1, mais crewpath n'\xe9crit qu'en UTF-8";
        assert!(
            out.stderr.starts_with(expected),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A UTF-8 locale, or one naming no set, is taken as it comes.
    for lang in ["fr_CA.UTF-8", "fr_CA.utf8", "C", "POSIX"] {
        let r = run(ws
            .crewpath()
            .env("LANG", lang)
            .args(["check", "--roles", "roles"]));
        assert_eq!(r.code, 0, "{lang}: {}", r.stderr);
    }
}
