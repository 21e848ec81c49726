//! Skills as things: declared once in `_skills.toml`, named by role files as
//! people write them, one skill in every role and language; and `crewpath
//! match`, which ranks roles by the skills someone has.

use std::collections::BTreeSet;

use crewpath::i18n::Lang;
use crewpath::library::load_embedded;

use crate::common::{Workspace, crewpath_with, run};

/// A small library that declares its skills, with a French translation.
fn declared_library() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "roles/_skills.toml",
        "[pro-tools]\ncategory = \"technical\"\nen = \"Pro Tools\"\nfr = \"Pro Tools\"\n\
         also = [\"DAW\"]\n\n\
         [music-theory]\ncategory = \"technical\"\nen = \"music theory\"\nfr = \"théorie musicale\"\n\n\
         [teamwork]\ncategory = \"personal\"\nen = \"teamwork\"\nfr = \"travail d'équipe\"\n\n\
         [mixing]\ncategory = \"technical\"\nen = \"mixing\"\nfr = \"mixage\"\n",
    )
    .write(
        "roles/sound/mixer.toml",
        "title = \"Mixer\"\n[skills]\ntechnical = [\"pro tools\", \"Mixing\"]\npersonal = [\"teamwork\"]\n",
    )
    .write(
        "roles/sound/mixer.fr.toml",
        "title = \"Mixeur ou mixeuse\"\n",
    )
    .write(
        "roles/sound/assistant.toml",
        "title = \"Mixing Assistant\"\nentry_level = true\nnext = [\"mixer\"]\n\
         [skills]\ntechnical = [\"DAW\"]\npersonal = [\"teamwork\"]\n",
    )
    .write(
        "roles/music/composer.toml",
        "title = \"Composer\"\n[skills]\ntechnical = [\"music-theory\", \"Pro Tools\"]\n",
    );
    ws
}

#[test]
fn a_role_names_a_declared_skill_by_name_other_name_or_id_and_check_is_clean() {
    let ws = declared_library();
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // "pro tools", "DAW" and "Pro Tools" are one skill: the assistant's
    // route to the mixer adds only mixing.
    let r = run(ws
        .crewpath()
        .args(["path", "--roles", "roles", "assistant", "mixer"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("add mixing\n"), "{}", r.stdout);
}

#[test]
fn check_names_the_line_of_a_skill_the_library_does_not_declare_and_the_closest() {
    let ws = declared_library();
    ws.write(
        "roles/music/copyist.toml",
        "title = \"Copyist\"\n[skills]\ntechnical = [\"music theroy\",\n  \"juggling\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(
            "roles/music/copyist.toml:3:14: skill 'music theroy' is not declared in \
             _skills.toml; did you mean 'music theory'? Use a declared name, or declare it there"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("roles/music/copyist.toml:4:3: skill 'juggling' is not declared"),
        "{}",
        r.stdout
    );
    // The role still shows, with both skills.
    let r = run(ws.crewpath().args(["show", "--roles", "roles", "copyist"]));
    assert!(r.stdout.contains("juggling"), "{}", r.stdout);
}

#[test]
fn check_reports_declared_skills_that_look_like_one_and_missing_names() {
    let ws = Workspace::new();
    ws.write(
        "roles/_skills.toml",
        "[mixing-consoles]\ncategory = \"technical\"\nen = \"mixing consoles\"\nfr = \"consoles de mixage\"\n\n\
         [console-mixing]\ncategory = \"technical\"\nen = \"console mixing\"\nfr = \"mixage sur console\"\n\n\
         [microphone]\ncategory = \"technical\"\nen = \"microphone\"\nfr = \"micro\"\n\n\
         [microphones]\ncategory = \"technical\"\nen = \"microphones\"\nfr = \"micros\"\n\n\
         [synthesizer]\ncategory = \"technical\"\nen = \"synthesizer\"\nfr = \"synthétiseur\"\n\n\
         [synthesiser]\ncategory = \"technical\"\nen = \"synthesiser\"\n\n\
         [teamwork]\ncategory = \"personal\"\nen = \"teamwork\"\nfr = \"travail d'équipe\"\n\n\
         [team-work]\ncategory = \"personal\"\nen = \"Team Work\"\nfr = \"esprit d'équipe\"\n",
    )
    .write("roles/mixer.toml", "title = \"Mixer\"\n");
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 1);
    let out = &r.stdout;
    for expected in [
        "roles/_skills.toml:6:1: skill 'console-mixing' looks like skill 'mixing-consoles' (line 1)",
        "roles/_skills.toml:16:1: skill 'microphones' looks like skill 'microphone' (line 11)",
        "roles/_skills.toml:26:1: skill 'synthesiser' looks like skill 'synthesizer' (line 21)",
        "roles/_skills.toml:26:1: skill 'synthesiser' (synthesiser) has no name in 'fr' while other skills have one: add fr = \"…\"",
        "roles/_skills.toml:35:1: skill 'team-work' looks like skill 'teamwork' (line 30)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    // Skills that differ are left alone.
    assert!(!out.contains("'teamwork' looks like"), "{out}");

    // For scripts, each names its skill by id.
    let r = run(ws.crewpath().args(["check", "--json", "--roles", "roles"]));
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let skills: Vec<&str> = json["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["skill"].as_str())
        .collect();
    assert_eq!(
        skills,
        [
            "console-mixing",
            "microphones",
            "synthesiser",
            "synthesiser",
            "team-work"
        ]
    );
}

#[test]
fn a_translation_that_lists_skills_in_a_declaring_library_is_told_they_are_not_read() {
    let ws = declared_library();
    ws.write(
        "roles/sound/mixer.fr.toml",
        "title = \"Mixeur\"\n\n[skills]\ntechnical = [\"outils pro\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert!(
        r.stdout.contains(
            "roles/sound/mixer.fr.toml:4:1: skills are named in each language once, in \
             _skills.toml, and this list is not read"
        ),
        "{}",
        r.stdout
    );
    let r = run(ws
        .crewpath()
        .args(["--lang", "fr", "show", "--roles", "roles", "mixer"]));
    assert!(r.stdout.contains("travail d'équipe"), "{}", r.stdout);
    assert!(!r.stdout.contains("outils pro"), "{}", r.stdout);
}

#[test]
fn without_a_skills_file_a_skill_worded_two_ways_in_french_is_reported_with_both_files() {
    let ws = Workspace::new();
    ws.write(
        "roles/a.toml",
        "title = \"A\"\n[skills]\ntechnical = [\"recording equipment\"]\n",
    )
    .write(
        "roles/a.fr.toml",
        "title = \"A fr\"\n[skills]\ntechnical = [\"matériel d'enregistrement\"]\n",
    )
    .write(
        "roles/b.toml",
        "title = \"B\"\n[skills]\ntechnical = [\"Recording equipment\"]\n",
    )
    .write(
        "roles/b.fr.toml",
        "title = \"B fr\"\n[skills]\ntechnical = [\"équipement d'enregistrement\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert!(
        r.stdout.contains(
            "roles/b.fr.toml:3:1: 'équipement d'enregistrement' translates skill 'recording \
             equipment', which roles/a.fr.toml calls 'matériel d'enregistrement'"
        ),
        "{}",
        r.stdout
    );
    // Both roles show the one French name.
    for role in ["a", "b"] {
        let r = run(ws
            .crewpath()
            .args(["--lang", "fr", "show", "--roles", "roles", role]));
        assert!(
            r.stdout.contains("matériel d'enregistrement"),
            "{}",
            r.stdout
        );
    }
}

#[test]
fn show_json_carries_each_skill_by_id_and_by_name() {
    let ws = declared_library();
    let r = run(ws.crewpath().args([
        "--lang", "fr", "show", "--json", "--roles", "roles", "mixer",
    ]));
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let groups = &json["role"]["skills"];
    assert_eq!(
        groups[0]["skill_ids"],
        serde_json::json!(["pro-tools", "mixing"])
    );
    assert_eq!(
        groups[0]["skills"],
        serde_json::json!(["Pro Tools", "mixage"])
    );
    assert_eq!(groups[1]["skill_ids"], serde_json::json!(["teamwork"]));
}

#[test]
fn every_skill_of_the_bundled_roles_has_exactly_one_name_in_each_language() {
    let loaded = load_embedded();
    let lib = &loaded.library;
    assert!(
        lib.skills.is_declared(),
        "the bundled roles declare their skills"
    );
    let mut used = BTreeSet::new();
    for r in 0..lib.roles.len() {
        used.extend(lib.skill_ids(r).into_iter().map(str::to_string));
    }
    assert!(used.len() > 50, "{}", used.len());
    let french = loaded.in_language(Lang::Fr);
    let mut french_names = BTreeSet::new();
    for id in &used {
        let skill = lib.skill(id).expect("every skill a role names is declared");
        let en = skill.name_in(Lang::En).expect("an English name");
        let fr = skill.name_in(Lang::Fr).expect("a French name");
        assert!(skill.line.is_some(), "{id} is declared in _skills.toml");
        assert!(french_names.insert(fr.to_string()), "{fr} names two skills");
        assert_eq!(french.skill_name(id), fr, "{en}");
    }
    // No French role file words a skill of its own.
    for r in 0..french.roles.len() {
        for g in french.skill_groups(r) {
            for name in g.skills {
                assert!(french_names.contains(&name), "{name}");
            }
        }
    }
}

/// The skill ids of every step of the route `path --json` gives.
fn route_skill_ids(lang: &str, from: &str, to: &str) -> Vec<Vec<String>> {
    let r = crewpath_with(&["--lang", lang, "path", "--json", from, to], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    json["route"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| serde_json::from_value(s["add_skill_ids"].clone()).expect("ids"))
        .collect()
}

#[test]
fn french_and_english_routes_and_comparisons_list_the_same_skills() {
    for (from, to) in [
        ("trainee-assistant-sound-editor", "supervising-sound-editor"),
        ("assistant-engineer", "recording-engineer"),
        ("trainee-assistant-picture-editor", "picture-editor"),
        ("first-assistant-sound-editor", "supervising-sound-editor"),
    ] {
        let en = route_skill_ids("en", from, to);
        assert!(!en.is_empty(), "{from} → {to}");
        assert_eq!(en, route_skill_ids("fr", from, to), "{from} → {to}");
    }
    let compare = |lang: &str| -> serde_json::Value {
        let r = crewpath_with(
            &[
                "--lang",
                lang,
                "compare",
                "--json",
                "foley-artist",
                "recording-engineer",
            ],
            &[],
        );
        let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
        serde_json::json!([
            json["common_ids"],
            json["only_a"]
                .as_array()
                .map(|g| g.iter().map(|g| g["skill_ids"].clone()).collect::<Vec<_>>()),
            json["only_b"]
                .as_array()
                .map(|g| g.iter().map(|g| g["skill_ids"].clone()).collect::<Vec<_>>()),
        ])
    };
    let en = compare("en");
    assert_ne!(en[0], serde_json::json!([]), "they share skills: {en}");
    assert_eq!(en, compare("fr"));
}

// --- crewpath match ----------------------------------------------------------

#[test]
fn match_ranks_roles_by_the_skills_given_forgiving_typos_and_glued_words() {
    let ws = declared_library();
    let r = run(ws
        .crewpath()
        .args(["match", "--roles", "roles", "--skills", "protools, teamwrk"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "Roles that use the skills you named: Pro Tools, teamwork\n\
         \n\
         1. Mixing Assistant · Sound · entry level\n   \
            Uses 2 of the 2 skills you named: Pro Tools, teamwork.\n\
         \n\
         2. Mixer · Sound\n   \
            Uses 2 of the 2 skills you named: Pro Tools, teamwork.\n   \
            To add: mixing.\n\
         \n\
         3. Composer · Music\n   \
            Uses 1 of the 2 skills you named: Pro Tools.\n   \
            To add: music theory.\n"
    );
}

#[test]
fn match_speaks_french_and_reads_french_names() {
    let ws = declared_library();
    let r = run(ws.crewpath().args([
        "--lang",
        "fr",
        "match",
        "--roles",
        "roles",
        "--skills",
        "theorie musicale",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(
            "Les postes qui font appel aux compétences que vous avez nommées\u{a0}: théorie\n  musicale\n\n\
             1. Composer · Music\n   Fait appel à la compétence que vous avez nommée\u{a0}: théorie musicale.\n   \
             À acquérir\u{a0}: Pro Tools.\n"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn match_names_the_closest_skills_for_an_unknown_one_and_fails_when_nothing_matches() {
    let ws = declared_library();
    let r = run(ws
        .crewpath()
        .args(["match", "--roles", "roles", "--skills", "mixing, juggling"]));
    assert_eq!(r.code, 0, "one skill is enough: {}", r.stderr);
    assert!(
        r.stderr
            .starts_with("crewpath: no skill is called 'juggling'; the closest: "),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("1. Mixer · Sound"), "{}", r.stdout);

    let r = run(ws
        .crewpath()
        .args(["match", "--roles", "roles", "--skills", "juggling, kniting"]));
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("none of what you wrote names a skill of this library."),
        "{}",
        r.stderr
    );

    let r = run(ws.crewpath().args([
        "--lang", "fr", "match", "--roles", "roles", "--skills", "jonglage",
    ]));
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(
            "aucune compétence ne s’appelle «\u{a0}jonglage\u{a0}»; les plus proches\u{a0}: «\u{a0}"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn match_json_gives_ids_counts_and_what_to_add() {
    let ws = declared_library();
    let r = run(ws.crewpath().args([
        "match",
        "--json",
        "--roles",
        "roles",
        "--skills",
        "music theory, juggling",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        json["named"],
        serde_json::json!([{
            "written": "music theory",
            "skills": [{"id": "music-theory", "name": "music theory"}]
        }])
    );
    assert_eq!(json["unknown"][0]["written"], "juggling");
    let first = &json["roles"][0];
    assert_eq!(first["id"], "composer");
    assert_eq!(first["have_count"], 1);
    assert_eq!(first["skill_count"], 2);
    assert_eq!(
        first["add"],
        serde_json::json!([{"id": "pro-tools", "name": "Pro Tools"}])
    );
}

#[test]
fn match_on_the_bundled_roles_puts_a_trainee_first_for_a_beginner() {
    let r = crewpath_with(
        &[
            "match",
            "--skills",
            "storytelling, knowledge of editing software, following direction",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let first = r
        .stdout
        .lines()
        .find(|l| l.starts_with("1. "))
        .unwrap_or_default();
    assert!(first.contains("Picture"), "{}", r.stdout);
}

#[test]
fn show_json_lists_a_skill_named_three_ways_once() {
    let ws = declared_library();
    ws.write(
        "roles/sound/editor.toml",
        "title = \"Editor\"\n[skills]\ntechnical = [\"Pro Tools\", \"pro-tools\", \"DAW\", \"mixing\"]\n",
    );
    let r = run(ws
        .crewpath()
        .args(["show", "--json", "--roles", "roles", "editor"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let group = &json["role"]["skills"][0];
    assert_eq!(
        group["skill_ids"],
        serde_json::json!(["pro-tools", "mixing"])
    );
    assert_eq!(group["skills"], serde_json::json!(["Pro Tools", "mixing"]));
}

/// A word of three syllables for `n`, each two letters apart from every
/// other syllable, so that no two words are one typo apart.
fn distinct_word(n: usize) -> String {
    const SYLLABLES: [&str; 5] = ["ka", "lo", "mi", "nu", "pe"];
    (0..3)
        .map(|place| SYLLABLES[n / 5usize.pow(place) % 5])
        .collect()
}

#[test]
fn the_count_of_look_alikes_not_listed_follows_the_ones_listed() {
    // 55 skills each declared again in the plural: more look-alikes than
    // `check` lists.
    let mut skills = String::new();
    for n in 0..55 {
        let word = distinct_word(n);
        skills.push_str(&format!(
            "[{word}]\ncategory = \"technical\"\nen = \"{word}\"\n\n\
             [{word}s]\ncategory = \"technical\"\nen = \"{word}s\"\n\n"
        ));
    }
    let ws = Workspace::new();
    ws.write("roles/_skills.toml", skills)
        .write("roles/mixer.toml", "title = \"Mixer\"\n");
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let listed: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains(" looks like skill "))
        .collect();
    assert_eq!(listed.len(), 50, "{}", r.stdout);
    let more = lines
        .iter()
        .position(|l| l.contains("5 more skills look like others than the 50 listed"))
        .unwrap_or_else(|| panic!("no count of the rest in\n{}", r.stdout));
    assert_eq!(more, listed[49] + 1, "{}", r.stdout);
    assert_eq!(
        lines[more],
        "roles/_skills.toml: 5 more skills look like others than the 50 listed; merge or rename those first, then check again"
    );
}

/// A French name that is another skill's English name: « montage » is
/// picture editing in French, and "montage" a skill of its own in English.
fn montage_library() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "roles/_skills.toml",
        "[picture-editing]\ncategory = \"technical\"\nen = \"picture editing\"\nfr = \"montage\"\n\n\
         [montage]\ncategory = \"creative\"\nen = \"montage\"\nfr = \"séquence de montage\"\n",
    )
    .write(
        "roles/edit/editor.toml",
        "title = \"Editor\"\n[skills]\ntechnical = [\"picture editing\"]\n",
    )
    .write("roles/edit/editor.fr.toml", "title = \"Monteur ou monteuse\"\n")
    .write(
        "roles/edit/trailer-cutter.toml",
        "title = \"Trailer Cutter\"\n[skills]\ncreative = [\"montage\"]\n",
    )
    .write(
        "roles/edit/trailer-cutter.fr.toml",
        "title = \"Monteur ou monteuse de bandes-annonces\"\n",
    );
    ws
}

#[test]
fn a_name_in_one_language_never_clashes_with_a_name_in_the_other() {
    let ws = montage_library();
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("already names"), "{}", r.stdout);
    // Role files are English: "montage" there is the English skill.
    let r = run(ws
        .crewpath()
        .args(["show", "--json", "--roles", "roles", "trailer-cutter"]));
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        json["role"]["skills"][0]["skill_ids"],
        serde_json::json!(["montage"])
    );
    // Each skill keeps its own French name.
    let r = run(ws
        .crewpath()
        .args(["--lang", "fr", "show", "--roles", "roles", "editor"]));
    assert!(r.stdout.contains("montage"), "{}", r.stdout);
    assert!(!r.stdout.contains("séquence de montage"), "{}", r.stdout);
    let r = run(ws
        .crewpath()
        .args(["--lang", "fr", "show", "--roles", "roles", "trailer-cutter"]));
    assert!(r.stdout.contains("séquence de montage"), "{}", r.stdout);
    // Someone speaking French who names « montage » means picture editing;
    // in English, the skill called montage.
    for (lang, first) in [
        ("fr", "1. Monteur ou monteuse ·"),
        ("en", "1. Trailer Cutter ·"),
    ] {
        let r = run(ws.crewpath().args([
            "--lang", lang, "match", "--roles", "roles", "--skills", "montage",
        ]));
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains(first), "{lang}: {}", r.stdout);
    }
}

#[test]
fn a_name_two_skills_share_in_one_language_is_still_taken() {
    let ws = montage_library();
    ws.write(
        "roles/_skills.toml",
        "[picture-editing]\ncategory = \"technical\"\nen = \"picture editing\"\nfr = \"montage\"\n\n\
         [montage]\ncategory = \"creative\"\nen = \"montage\"\nfr = \"montage\"\n\n\
         [cutting]\ncategory = \"technical\"\nen = \"cutting\"\nfr = \"coupe\"\nalso = [\"picture editing\"]\n",
    );
    let r = run(ws.crewpath().args(["check", "--roles", "roles"]));
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(
            "roles/_skills.toml:6:2: 'montage' already names skill 'picture-editing' (line 1)"
        ),
        "{}",
        r.stdout
    );
    // Another name is for every language: it clashes with any name.
    assert!(
        r.stdout.contains(
            "roles/_skills.toml:11:2: 'picture-editing' already names skill 'picture-editing' (line 1)"
        ),
        "{}",
        r.stdout
    );
}

const SKILLS_WHOLE: &str = "[sound-recording]\ncategory = \"technical\"\nen = \"sound recording\"\nfr = \"prise de son\"\n\n\
     [mixing]\ncategory = \"technical\"\nen = \"mixing\"\nfr = \"mixage\"\n\n\
     [teamwork]\ncategory = \"personal\"\nen = \"teamwork\"\nfr = \"travail d’équipe\"\n";

/// The same file half-way through an edit of its mixing table: a string
/// left open.
const SKILLS_HALF_EDITED: &str = "[sound-recording]\ncategory = \"technical\"\nen = \"sound recording\"\nfr = \"prise de son\"\n\n\
     [mixing]\ncategory = \"technical\"\nen = \"mixing\"\nfr = \"mixage\n\n\
     [teamwork]\ncategory = \"personal\"\nen = \"teamwork\"\nfr = \"travail d’équipe\"\n";

fn mixer_library(skills: &str) -> crate::common::TempLibrary {
    let lib = crate::common::TempLibrary::new();
    lib.write("_skills.toml", skills)
        .write(
            "sound/mixer.toml",
            "title = \"Mixer\"\n[skills]\ntechnical = [\"sound recording\", \"mixing\"]\npersonal = [\"teamwork\"]\n",
        )
        .write("sound/mixer.fr.toml", "title = \"Mixeur ou mixeuse\"\n");
    lib
}

#[test]
fn while_the_skills_file_is_half_edited_the_french_names_it_still_holds_are_shown() {
    let lib = mixer_library(SKILLS_WHOLE);
    let show_fr = |lib: &crate::common::TempLibrary| {
        run(assert_cmd::Command::cargo_bin("crewpath")
            .expect("the crewpath binary")
            .env_remove("CREWPATH_ROLES")
            .args(["--lang", "fr", "show", "--roles", lib.path_str(), "mixer"]))
    };
    let r = show_fr(&lib);
    assert!(
        r.stdout
            .contains("techniques\u{a0}: prise de son, mixage\n"),
        "{}",
        r.stdout
    );
    lib.write("_skills.toml", SKILLS_HALF_EDITED);
    let r = show_fr(&lib);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Only the skill whose table is being edited is in English.
    assert!(
        r.stdout
            .contains("techniques\u{a0}: prise de son, mixing\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("personnelles\u{a0}: travail d’équipe\n"),
        "{}",
        r.stdout
    );
    let r = run(assert_cmd::Command::cargo_bin("crewpath")
        .expect("the crewpath binary")
        .env_remove("CREWPATH_ROLES")
        .env_remove("CREWPATH_LANG")
        .env_remove("LC_ALL")
        .env("LANG", "C.UTF-8")
        .args(["check", "--roles", lib.path_str()]));
    let root = lib.path_str();
    assert_eq!(
        r.stdout,
        format!(
            "{root}/_skills.toml:6:1: this skill's table is left out until the mistake in this file is fixed: \
             meanwhile its skill is shown as role files write it, and every other skill of the file is read as usual\n\
             {root}/_skills.toml:9:13: this is not valid TOML: invalid basic string, expected `\"`\n\
             {root}: 1 role in 1 department, 2 problems\n"
        )
    );
    assert_eq!(r.code, 1);
}

#[test]
fn a_reload_while_the_skills_file_is_half_edited_keeps_the_last_names_of_the_table_being_edited() {
    let lib = mixer_library(SKILLS_WHOLE);
    let before = lib.load();
    lib.write("_skills.toml", SKILLS_HALF_EDITED);
    let (after, _) =
        crewpath::library::reload(lib.root(), &before.library).expect("the folder reads");
    let french = after.in_language(Lang::Fr);
    let names: Vec<&str> = ["sound recording", "mixing", "teamwork"]
        .into_iter()
        .map(|written| {
            let ix = french.skills.index_of(written).expect("a skill");
            french.skills.get(ix).expect("a skill").name(Lang::Fr)
        })
        .collect();
    assert_eq!(names, ["prise de son", "mixage", "travail d’équipe"]);
    // Once the edit is saved whole, the file's own names are read again.
    lib.write(
        "_skills.toml",
        SKILLS_WHOLE.replace("mixage", "mixage sonore"),
    );
    let (fixed, _) = crewpath::library::reload(lib.root(), &after.library).expect("reads");
    let ix = fixed.library.skills.index_of("mixing").expect("a skill");
    assert_eq!(
        fixed
            .library
            .skills
            .get(ix)
            .expect("a skill")
            .name(Lang::Fr),
        "mixage sonore"
    );
}
