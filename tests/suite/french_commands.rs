//! `show`, `search`, `compare` and `path` in French, run as a user runs
//! them (`--lang fr`, or `CREWPATH_LANG=fr`): the interface's words are
//! French, pay is written the Canadian French way, and `--json` says the
//! same thing in every language. Bundled roles may gain French text of
//! their own, so with them these tests look at the words around the role
//! text, never at it; exact sentences are checked on small libraries of
//! English-only roles written here. Also
//! here: a role shown in English for want of a translation says so, in the
//! detail pane as in the sheet `show` prints.

use std::time::Instant;

use crate::common::{Run, TempLibrary, Term, crewpath_with, keys, with_app};
use crewpath::app::{Action, Edit, Pane, Settings};
use crewpath::library::{RoleKey, load_embedded};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// crewpath with `args`, on the built-in roles unless `--roles` is given,
/// with no language taken from the environment running the tests.
fn crewpath(args: &[&str]) -> Run {
    crewpath_with(args, &[])
}

fn fr(args: &[&str]) -> Run {
    let mut all = vec!["--lang", "fr"];
    all.extend_from_slice(args);
    crewpath(&all)
}

fn en(args: &[&str]) -> Run {
    let mut all = vec!["--lang", "en"];
    all.extend_from_slice(args);
    crewpath(&all)
}

/// The headings of a `show` page: the lines that start a section, after a
/// blank line.
fn headings(page: &str) -> Vec<&str> {
    let lines: Vec<&str> = page.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].is_empty() && !w[1].is_empty() && !w[1].starts_with(' '))
        .map(|w| w[1])
        .collect()
}

/// Every amount of money on `text` written as `31,15\u{a0}$`, with a space that
/// never breaks before the sign.
fn french_amounts(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("\u{a0}$") {
        let before: String = text[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        if let Some((units, cents)) = before.split_once(',')
            && !units.is_empty()
            && cents.len() == 2
        {
            found.push(format!("{before}\u{a0}$"));
        }
    }
    found
}

#[test]
fn show_in_french_has_french_headings_labels_and_dates() {
    let run = fr(&["show", "picture-editor"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = &run.stdout;
    assert!(
        page.contains("\nidentifiant\u{a0}: picture-editor\n"),
        "{page}"
    );
    assert!(
        page.lines().any(|l| l.starts_with("Service\u{a0}: ")),
        "{page}"
    );
    let headings = headings(page);
    // A section may be marked as shown in English after its heading.
    for want in ["Compétences", "Cheminement", "Sources"] {
        assert!(
            headings.iter().any(|h| h.starts_with(want)),
            "{want} in {headings:?}"
        );
    }
    for english in ["Skills", "Career ladder", "Related roles", "Works with"] {
        assert!(
            !headings.iter().any(|h| h.starts_with(english)),
            "{english} in {headings:?}"
        );
    }
    // Skill categories are named in French.
    assert!(page.contains("\n  techniques\u{a0}: "), "{page}");
    assert!(!page.contains("\n  technical: "), "{page}");
}

#[test]
fn english_and_french_show_the_same_sections_in_the_same_order() {
    for role in ["picture-editor", "recording-engineer", "foley-artist"] {
        let english = en(&["show", role]).stdout;
        let french = fr(&["show", role]).stdout;
        assert_eq!(
            headings(&english).len(),
            headings(&french).len(),
            "{role}:\n{english}\n{french}"
        );
        assert_ne!(headings(&english), headings(&french), "{role}");
    }
}

#[test]
fn pay_in_french_is_written_the_canadian_french_way() {
    let run = fr(&["show", "recording-engineer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = &run.stdout;
    let wages = page
        .split("\nSalaires\n")
        .nth(1)
        .expect("a Salaires section")
        .split("\n\n")
        .next()
        .unwrap_or_default();
    assert!(
        wages.contains(", 2021, dollars canadiens de l’heure"),
        "{wages}"
    );
    let columns = wages
        .lines()
        .find(|l| l.contains("Médiane"))
        .expect("column headings");
    for column in ["Bas", "Élevé", "Moyenne", "Médiane"] {
        assert!(columns.contains(column), "{columns}");
    }
    let starting = wages
        .lines()
        .find(|l| l.trim_start().starts_with("Début "))
        .expect("the starting bracket's row");
    assert_eq!(
        french_amounts(starting),
        [
            "15,00\u{a0}$",
            "75,00\u{a0}$",
            "31,15\u{a0}$",
            "27,39\u{a0}$"
        ],
        "{starting}"
    );
    // What each bracket means, in French too.
    let flat = wages.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Début\u{a0}: salaire en début de carrière; Ensemble\u{a0}: tout le personnel"
        ),
        "{flat}"
    );
    assert!(flat.contains("Remarque\u{a0}: "), "{flat}");
    assert!(!wages.contains("31.15"), "{wages}");
    // Dated sections say so in French.
    let flat_page = page.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat_page.contains("(Selon la source en date du 2022-04-12; vérifiez que"),
        "{page}"
    );
    assert!(!flat_page.contains("As the source stood"), "{page}");
}

#[test]
fn the_language_can_come_from_the_environment() {
    let run = crewpath_with(&["show", "recording-engineer"], &[("CREWPATH_LANG", "fr")]);
    assert!(run.stdout.contains("\nSalaires\n"), "{}", run.stdout);
    assert!(run.stdout.contains("31,15\u{a0}$"), "{}", run.stdout);
    let english = crewpath(&["show", "recording-engineer"]);
    assert!(english.stdout.contains("\nWages\n"), "{}", english.stdout);
    assert!(
        english.stdout.contains("  Starting  15.00"),
        "{}",
        english.stdout
    );
}

#[test]
fn show_json_keeps_its_keys_in_both_languages() {
    for role in ["recording-engineer", "picture-editor"] {
        let english = en(&["show", "--json", role]);
        let french = fr(&["show", "--json", role]);
        assert_eq!(english.code, 0, "{}", english.stderr);
        assert_eq!(
            json_keys(&english.stdout),
            json_keys(&french.stdout),
            "{role}"
        );
    }
    // Nothing in it is the interface's: a library with no translation
    // gives the very same JSON.
    let lib = small_library();
    let english = en(&["--roles", lib.path_str(), "show", "--json", "mixer"]);
    let french = fr(&["--roles", lib.path_str(), "show", "--json", "mixer"]);
    assert_eq!(english.stdout, french.stdout);
}

#[test]
fn a_role_that_is_not_found_is_told_in_french() {
    let run = fr(&["show", "zzqxzz"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "aucun poste «\u{a0}zzqxzz\u{a0}»; essayez `crewpath search` avec un mot de son titre"
        ),
        "{}",
        run.stderr
    );
    let run = fr(&["show", "sound edtor"]);
    assert!(
        run.stderr.contains("vouliez-vous dire\u{a0}: "),
        "{}",
        run.stderr
    );
}

#[test]
fn search_with_no_result_gives_the_french_hint_on_standard_error() {
    let run = fr(&["search", "zzqx"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(
        run.stderr.trim_end(),
        "Aucun poste ne correspond (aucun poste ne contient «\u{a0}zzqx\u{a0}»). \
         Vérifiez l’orthographe de ce mot ou retirez-le."
    );
    // Two words no role has: the hint speaks of both.
    let run = fr(&["search", "zzqx", "qqzz"]);
    assert!(
        run.stderr
            .contains("«\u{a0}zzqx\u{a0}», «\u{a0}qqzz\u{a0}»")
            && run.stderr.contains("ces mots ou retirez-les"),
        "{}",
        run.stderr
    );
    let run = en(&["search", "zzqx", "qqzz"]);
    assert!(
        run.stderr.contains("'zzqx', 'qqzz'")
            && run.stderr.contains("Check the spelling of those words"),
        "{}",
        run.stderr
    );
}

#[test]
fn search_notes_and_field_labels_are_french() {
    let lib = small_library();
    let roles = lib.path_str();
    let run = fr(&["--roles", roles, "search", "mixer", "zebra"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr.trim_end(),
        "Aucun poste ne contient tous les mots; voici les plus proches, \
         avec 1 mot sur 2 (aucun poste ne contient «\u{a0}zebra\u{a0}»)\u{a0}:"
    );
    // "mixer" finds the title, then "mixing", another form of the word.
    assert_eq!(
        run.stdout,
        "mixer\tMixer\ttitre\u{a0}: Mixer\nboss\tBoss\tcompétence\u{a0}: mixing\n"
    );
    let run = fr(&["--roles", roles, "search", "rrm"]);
    assert_eq!(run.stdout, "mixer\tMixer\tautre titre\u{a0}: RRM\n");
    let run = fr(&["--roles", roles, "search", "faders"]);
    assert_eq!(run.stdout, "mixer\tMixer\tcompétence\u{a0}: faders\n");
    let run = en(&["--roles", roles, "search", "faders"]);
    assert_eq!(run.stdout, "mixer\tMixer\tskill: faders\n");
    let run = fr(&["search", "--limit", "0", "editor"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--limit doit valoir au moins 1"),
        "{}",
        run.stderr
    );
    let run = fr(&["search", "--", "--"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("la recherche ne contient ni lettre ni chiffre"),
        "{}",
        run.stderr
    );
}

#[test]
fn search_json_is_the_same_in_both_languages() {
    for query in ["1pe", "sound zebra", "edtr"] {
        let english = en(&["search", "--json", query]);
        let french = fr(&["search", "--json", query]);
        assert_eq!(
            json_keys(&english.stdout),
            json_keys(&french.stdout),
            "{query}"
        );
    }
    let lib = small_library();
    for query in ["rrm", "mixer zebra", "faders", "zzqx"] {
        let english = en(&["--roles", lib.path_str(), "search", "--json", query]);
        let french = fr(&["--roles", lib.path_str(), "search", "--json", query]);
        assert_eq!(english.stdout, french.stdout, "{query}");
        assert!(english.stdout.contains("\"coverage\""), "{query}");
    }
    let french = fr(&["--roles", lib.path_str(), "search", "--json", "rrm"]);
    assert!(
        french.stdout.contains("\"field\": \"alias\""),
        "{}",
        french.stdout
    );
}

#[test]
fn compare_in_french_names_its_sections_and_the_link() {
    let run = fr(&["compare", "assistant-picture-editor", "picture-editor"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = &run.stdout;
    let flat = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.starts_with("Comparaison\u{a0}: "), "{text}");
    for heading in [
        "\nLe lien entre les deux\n",
        "\nCompétences demandées par les deux\n",
        "\nUniquement pour ",
    ] {
        assert!(text.contains(heading), "{heading} in {text}");
    }
    assert!(
        flat.contains("sont sur la même échelle de carrière;")
            && flat.contains("est 2 échelons plus haut"),
        "{flat}"
    );
    let back = fr(&[
        "compare",
        "first-assistant-picture-editor",
        "assistant-picture-editor",
    ]);
    let flat = back
        .stdout
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("est un échelon plus bas"), "{flat}");
    assert!(!flat.contains("rung"), "{flat}");
    // Exactly, where the role text is known.
    let lib = small_library();
    let run = fr(&["--roles", lib.path_str(), "compare", "cutter", "mixer"]);
    assert!(
        run.stdout.starts_with(
            "Comparaison\u{a0}: Cutter et Mixer\n  • Cutter\u{a0}: T (premier échelon)\n  • Mixer\u{a0}: T\n\n\
             Le lien entre les deux\n  Cutter et Mixer sont sur la même échelle de carrière; \
             Mixer est un échelon\n  plus haut\n"
        ),
        "{}",
        run.stdout
    );
}

/// A ladder Cutter → Mixer in department T, the mixer related to Boss, and
/// no link back down to Cutter.
fn small_library() -> TempLibrary {
    let lib = TempLibrary::new();
    lib.write(
        "t/cutter.toml",
        "title = \"Cutter\"\nentry_level = true\nnext = [\"mixer\"]\n\
         [skills]\ntechnical = [\"cutting\"]\n",
    );
    lib.write(
        "t/mixer.toml",
        "title = \"Mixer\"\naliases = [\"RRM\"]\nrelated = [\"boss\"]\n\
         [skills]\ntechnical = [\"cutting\", \"mixing\", \"faders\"]\n\
         [[moves]]\nto = \"boss\"\nbecause = \"Same faders.\"\nsuggested = true\n",
    );
    lib.write(
        "t/boss.toml",
        "title = \"Boss\"\n[skills]\ntechnical = [\"mixing\"]\n",
    );
    lib
}

/// Three roles with pay: two in Alberta dollars an hour, one a year.
fn paid_library() -> TempLibrary {
    let lib = TempLibrary::new();
    let role = |title: &str, unit: &str, average: f64| {
        format!(
            "title = \"{title}\"\n[skills]\nall = [\"{title} work\"]\n\n\
             [[wages]]\nregion = \"Alberta\"\nyear = 2021\nunit = \"{unit}\"\ncurrency = \"CAD\"\n\
             overall = {{ low = 10.0, high = 90.0, average = {average:.2}, median = 30.0 }}\n"
        )
    };
    lib.write("t/cutter.toml", role("Cutter", "hour", 30.0));
    lib.write("t/mixer.toml", role("Mixer", "hour", 34.5));
    lib.write("t/boss.toml", role("Boss", "year", 70000.0));
    lib
}

#[test]
fn compare_in_french_writes_pay_and_what_it_leaves_out() {
    let lib = paid_library();
    let roles = lib.path_str();
    let run = fr(&["--roles", roles, "compare", "cutter", "mixer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let flat = run
        .stdout
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "Salaire salaire moyen de l’ensemble du personnel, Alberta 2021 (dollars \
             canadiens de l’heure)\u{a0}: Cutter 30,00\u{a0}$, Mixer 34,50\u{a0}$; Mixer gagne 4,50\u{a0}$ de plus"
        ),
        "{flat}"
    );
    let run = fr(&["--roles", roles, "compare", "cutter", "boss"]);
    let flat = run
        .stdout
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "pas de comparaison pour\u{a0}: Alberta 2021 (Cutter indique un salaire en dollars \
             canadiens de l’heure, Boss en dollars canadiens par année)"
        ),
        "{flat}"
    );
    // The same note in English, as it always read.
    let run = en(&["--roles", roles, "compare", "cutter", "boss"]);
    let flat = run
        .stdout
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "not compared: Alberta 2021 (Cutter reports pay in CAD per hour, Boss in CAD per year)"
        ),
        "{flat}"
    );
}

/// The keys of a JSON value, with their paths, in order.
fn keys(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let here = format!("{path}.{k}");
                out.push(here.clone());
                keys(v, &here, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                keys(v, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

/// Every key path of a JSON text, once each: `.a.results[].field`.
fn json_keys(text: &str) -> std::collections::BTreeSet<String> {
    let value: serde_json::Value = serde_json::from_str(text).expect("JSON");
    let mut out = Vec::new();
    keys(&value, "", &mut out);
    out.into_iter().collect()
}

#[test]
fn compare_json_keeps_its_keys_and_only_the_note_follows_the_language() {
    let lib = paid_library();
    let roles = lib.path_str();
    for (a, b) in [("cutter", "mixer"), ("cutter", "boss")] {
        let english = en(&["--roles", roles, "compare", "--json", a, b]);
        let french = fr(&["--roles", roles, "compare", "--json", a, b]);
        assert_eq!(english.code, 0, "{}", english.stderr);
        assert_eq!(json_keys(&english.stdout), json_keys(&french.stdout));
    }
    let french = fr(&["--roles", roles, "compare", "--json", "cutter", "boss"]);
    let value: serde_json::Value = serde_json::from_str(&french.stdout).expect("JSON");
    let note = value["wages_note"].as_str().unwrap_or_default();
    assert!(
        note.starts_with("pas de comparaison pour\u{a0}: "),
        "{note}"
    );
    let built_in = [
        ("recording-engineer", "sound-editor"),
        ("assistant-picture-editor", "picture-editor"),
    ];
    for (a, b) in built_in {
        let english = en(&["compare", "--json", a, b]);
        let french = fr(&["compare", "--json", a, b]);
        assert_eq!(json_keys(&english.stdout), json_keys(&french.stdout));
    }
}

#[test]
fn path_in_french_describes_each_move() {
    // A rung, then a move the library suggests.
    let run = fr(&["path", "assistant-engineer", "re-recording-mixer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = &run.stdout;
    // French titles are long: the first line may wrap.
    let flat = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    let heading = flat.split("\u{a0}: ").next().unwrap_or_default();
    assert!(heading.starts_with("Parcours "), "{text}");
    assert!(
        flat[heading.len()..].starts_with("\u{a0}: 2 étapes "),
        "{text}"
    );
    for want in [
        "\u{a0}: un échelon plus haut; à acquérir\u{a0}: ",
        "\u{a0}: un passage latéral que suggère la bibliothèque; à acquérir\u{a0}: ",
        " pourquoi\u{a0}: Les compétences se recoupent\u{a0}: ",
        " (suggestion de la bibliothèque elle-même\u{a0}: aucune source ne le dit)",
    ] {
        assert!(flat.contains(want), "{want} in {flat}");
    }
    let run = fr(&["path", "--to", "assistant-picture-editor"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let flat = run
        .stdout
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let first = flat.split("\u{a0}: ").next().unwrap_or_default();
    assert!(
        first.starts_with("En débutant comme ") && first.ends_with(" (premier échelon)"),
        "{}",
        run.stdout
    );
    let run = fr(&["path", "--to", "trainee-assistant-picture-editor"]);
    let flat = run
        .stdout
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            " est un poste de premier échelon\u{a0}: vous pouvez y commencer directement."
        ),
        "{flat}"
    );
    let run = fr(&["path", "picture-editor", "picture-editor"]);
    assert!(
        run.stdout.contains("\n  vous y êtes déjà\n"),
        "{}",
        run.stdout
    );
    // Exactly, where the role text is known.
    let lib = small_library();
    let run = fr(&["--roles", lib.path_str(), "path", "--to", "boss"]);
    assert_eq!(
        run.stdout,
        "En débutant comme Cutter (premier échelon), depuis une autre échelle de\n  \
         carrière\u{a0}:\n  \
         Cutter → Mixer\u{a0}: un échelon plus haut; à acquérir\u{a0}: mixing, faders\n  \
         Mixer → Boss\u{a0}: un passage latéral que suggère la bibliothèque; aucune nouvelle\n      \
         compétence indiquée\n      \
         pourquoi\u{a0}: Same faders. (suggestion de la bibliothèque elle-même\u{a0}: aucune\n        \
         source ne le dit)\n"
    );
}

#[test]
fn path_in_french_says_when_there_is_no_way() {
    let lib = paid_library();
    let run = fr(&["--roles", lib.path_str(), "path", "cutter", "mixer"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.stdout,
        "Aucun parcours Cutter → Mixer par les liens de la bibliothèque.\n\
         Aucun poste n’y mène.\n"
    );
    let run = fr(&["--roles", lib.path_str(), "path", "--to", "mixer"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.stdout,
        "Aucun poste de premier échelon ne mène à Mixer.\n"
    );
    let lib = small_library();
    let run = fr(&["--roles", lib.path_str(), "path", "boss", "cutter"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.stdout,
        "Aucun parcours Boss → Cutter par les liens de la bibliothèque.\n\
         Aucun poste n’y mène.\n"
    );
}

#[test]
fn path_json_is_the_same_in_both_languages() {
    for args in [
        ["path", "--json", "assistant-engineer", "re-recording-mixer"],
        ["path", "--json", "--to", "picture-editor"],
    ] {
        let english = en(&args);
        let french = fr(&args);
        assert_eq!(english.code, 0, "{}", english.stderr);
        assert_eq!(
            json_keys(&english.stdout),
            json_keys(&french.stdout),
            "{args:?}"
        );
    }
    let lib = small_library();
    let english = en(&["--roles", lib.path_str(), "path", "--json", "--to", "boss"]);
    let french = fr(&["--roles", lib.path_str(), "path", "--json", "--to", "boss"]);
    assert_eq!(english.stdout, french.stdout);
}

/// The text of the detail pane, scrolled from top to bottom, with `role`
/// shown as a translation lacking `missing` would show it.
fn detail_text(role: &str, missing: Vec<RoleKey>) -> String {
    let mut loaded = load_embedded();
    let r = loaded.library.role_by_id(role).expect("bundled role");
    loaded.library.roles[r].untranslated = missing;
    with_app(&loaded, Settings::default(), |app| {
        app.update(Action::OpenSearch);
        for c in role.replace('-', " ").chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        app.update(Action::OpenChosen);
        app.update(Action::Focus(Pane::Detail));
        let mut text = String::new();
        for _ in 0..30 {
            let mut terminal = Terminal::new(TestBackend::new(160, 40)).expect("test terminal");
            crewpath::ui::frame(&mut terminal, app, Instant::now()).expect("draw");
            let buffer = terminal.backend().buffer();
            for y in 0..buffer.area.height {
                for x in 0..buffer.area.width {
                    text.push_str(buffer[(x, y)].symbol());
                }
                text.push('\n');
            }
            app.update(Action::PageDown);
        }
        text
    })
}

#[test]
fn the_detail_pane_marks_sections_shown_in_english_and_untranslated_roles() {
    let text = detail_text(
        "recording-engineer",
        vec![RoleKey::Description, RoleKey::Wages],
    );
    assert!(text.contains("What the job is (in English)"), "{text}");
    assert!(text.contains("Wages (in English)"), "{text}");
    assert!(!text.contains("Main duties (in English)"), "{text}");
    assert!(!text.contains("not translated yet"), "{text}");
    let text = detail_text("recording-engineer", vec![RoleKey::Title, RoleKey::Summary]);
    assert!(
        text.contains("This role is not translated yet; it is shown in English."),
        "{text}"
    );
    assert!(text.contains("Summary (in English)"), "{text}");
    // Nothing is marked for a role shown in its own language.
    let text = detail_text("recording-engineer", Vec::new());
    assert!(!text.contains("(in English)"), "{text}");
}

#[test]
fn the_explorer_shows_a_role_sheet_in_french() {
    let lib = paid_library();
    let mut t = Term::start(&["--lang", "fr", "--roles", lib.path_str()], 160, 40);
    t.wait_for("Cutter");
    t.send("/");
    t.type_text("mixer");
    t.wait_for("› mixer");
    t.send(keys::ENTER);
    // The whole wage table, not the first lines of a frame still arriving.
    let screen = t.wait_until("the French wage table", |s| {
        [
            "Salaires",
            "Moyenne",
            "Médiane",
            "Alberta, 2021, dollars canadiens de l’heure",
        ]
        .iter()
        .all(|w| s.contains(w))
            && s.lines()
                .find(|l| l.contains("Ensemble "))
                .is_some_and(|l| french_amounts(l).len() == 4)
    });
    let row = screen
        .lines()
        .find(|l| l.contains("Ensemble "))
        .unwrap_or_default();
    assert_eq!(
        french_amounts(row),
        [
            "10,00\u{a0}$",
            "90,00\u{a0}$",
            "34,50\u{a0}$",
            "30,00\u{a0}$"
        ],
        "{screen}"
    );
}

#[test]
fn show_in_french_never_wraps_a_line_at_a_non_breaking_space() {
    // French puts a non-breaking space before ':', '»' and '%' and after
    // '«'; a wrapped line that starts or ends with one of them was broken
    // where it must not be.
    let loaded = load_embedded();
    for role in &loaded.library.roles {
        let run = fr(&["show", role.id()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for line in run.stdout.lines() {
            let text = line.trim();
            assert!(
                !text.starts_with([':', '»', '%']) && !text.ends_with('«'),
                "{}: {line:?}",
                role.id()
            );
        }
        assert!(
            run.stdout.contains('\u{a0}'),
            "{}: no non-breaking space at all",
            role.id()
        );
    }
}
