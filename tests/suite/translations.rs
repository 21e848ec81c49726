//! Translation files, `<id>.fr.toml` beside `<id>.toml`: read from real
//! files, shown by the real binary, checked against the English file.

use crewpath::i18n::Lang;
use crewpath::library::RoleKey;

use crate::common::TempLibrary;

fn crewpath(args: &[&str]) -> (i32, String, String) {
    let run = crate::common::crewpath_with(args, &[]);
    (run.code, run.stdout, run.stderr)
}

/// A foley artist who steps up to a mixer, and its French translation.
fn library() -> TempLibrary {
    let dir = TempLibrary::new();
    dir.write(
        "sound/_index.toml",
        "name = \"Sound\"\nsummary = \"Everything you hear\"\n",
    );
    dir.write("sound/_index.fr.toml", "name = \"Son\"\n");
    dir.write(
        "sound/foley-artist.toml",
        r#"title = "Foley Artist"
summary = "Performs everyday sounds"
description = "Footsteps, doors and rustling clothes, recorded in time with the picture."
duties = ["Performs footsteps"]
next = ["mixer"]
[skills]
creative = ["inventing sounds"]
technical = ["microphones"]
"#,
    );
    dir.write(
        "sound/foley-artist.fr.toml",
        r#"title = "Bruiteur ou bruiteuse"
summary = "Reproduit les bruits du quotidien"
duties = ["Reproduit les bruits de pas"]
[skills]
creative = ["invention de sons"]
"#,
    );
    dir.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Balances the soundtrack\"\n",
    );
    dir
}

#[test]
fn a_translation_replaces_the_text_it_carries_and_keeps_the_english_links() {
    let dir = library();
    let loaded = dir.load();
    assert!(
        dir.problems(&loaded).is_empty(),
        "{:?}",
        dir.problems(&loaded)
    );
    let french = loaded.in_language(Lang::Fr);
    let r = french
        .role_by_id("foley-artist")
        .expect("the role keeps its id");
    let role = &french.roles[r];
    assert_eq!(role.title(), "Bruiteur ou bruiteuse");
    assert_eq!(role.summary(), Some("Reproduit les bruits du quotidien"));
    assert_eq!(role.duties(), ["Reproduit les bruits de pas"]);
    let mixer = french.role_by_id("mixer").expect("mixer");
    assert_eq!(role.next, [mixer], "the ladder comes from the English file");
    // What the translation lacks is shown in English, and said to be.
    assert!(
        role.description()
            .is_some_and(|d| d.starts_with("Footsteps"))
    );
    assert!(role.untranslated.contains(&RoleKey::Description));
    assert!(
        role.untranslated.contains(&RoleKey::Skills),
        "'technical' is not translated"
    );
    assert!(!role.untranslated.contains(&RoleKey::Title));
    assert!(french.roles[mixer].untranslated.contains(&RoleKey::Title));
    let sound = &french.departments[role.department];
    assert_eq!(sound.name, "Son");
    assert_eq!(sound.untranslated, ["summary"]);
    // English is untouched.
    let english = &loaded.library;
    assert_eq!(
        english.roles[english.role_by_id("foley-artist").expect("id")].title(),
        "Foley Artist"
    );
}

#[test]
fn in_french_the_tree_follows_the_french_titles() {
    let dir = library();
    dir.write("sound/mixer.fr.toml", "title = \"Mixeur ou mixeuse\"\n");
    let loaded = dir.load();
    let order = |lib: &crewpath::library::Library| -> Vec<String> {
        let sound = lib
            .departments
            .iter()
            .find(|d| d.key == "sound")
            .expect("sound");
        sound
            .roles
            .iter()
            .map(|&r| lib.roles[r].id().to_string())
            .collect()
    };
    assert_eq!(order(&loaded.library), ["foley-artist", "mixer"]);
    // "Bruiteur" sorts before "Mixeur" as well; a third role checks the sort
    // really uses the French: "Zzz Assistant" is "Assistant" in French.
    dir.write("sound/zzz.toml", "title = \"Zzz Assistant\"\n");
    dir.write("sound/zzz.fr.toml", "title = \"Adjoint ou adjointe\"\n");
    let loaded = dir.load();
    assert_eq!(order(&loaded.library), ["foley-artist", "mixer", "zzz"]);
    assert_eq!(
        order(&loaded.in_language(Lang::Fr)),
        ["zzz", "foley-artist", "mixer"]
    );
}

#[test]
fn what_only_the_english_file_may_say_is_refused_in_a_translation_with_its_line() {
    let dir = library();
    dir.write(
        "sound/foley-artist.fr.toml",
        "title = \"Bruiteur\"\nnext = [\"mixer\"]\nentry_level = true\n",
    );
    let loaded = dir.load();
    let problems = dir.problems_of(&loaded, "sound/foley-artist.fr.toml");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("sound/foley-artist.fr.toml:2:1: 'next' is not translated"));
    assert!(problems[0].contains("'foley-artist.toml'"));
    assert!(problems[1].starts_with("sound/foley-artist.fr.toml:3:1: 'entry_level'"));
    // The translation still counts for what it may say.
    let french = loaded.in_language(Lang::Fr);
    let r = french.role_by_id("foley-artist").expect("id");
    assert_eq!(french.roles[r].title(), "Bruiteur");
}

#[test]
fn french_text_without_its_non_breaking_spaces_is_reported_where_the_space_is_missing() {
    let dir = library();
    dir.write(
        "sound/foley-artist.fr.toml",
        concat!(
            "title = \"Bruiteur ou bruiteuse\"\n",
            "summary = \"Les pas : « clac » à 100 %\"\n",
            "duties = [\"Bruits:\", \"Voir https://x.ca à 12:30\", \"Ici\u{a0}: «\u{a0}bien\u{a0}» à 5\\u00A0%\"]\n",
        ),
    );
    let loaded = dir.load();
    let problems = dir.problems_of(&loaded, "sound/foley-artist.fr.toml");
    let places: Vec<&str> = problems
        .iter()
        .map(|p| p.split(": ").next().unwrap_or(p))
        .collect();
    assert_eq!(
        places,
        [
            "sound/foley-artist.fr.toml:2:20",
            "sound/foley-artist.fr.toml:2:22",
            "sound/foley-artist.fr.toml:2:29",
            "sound/foley-artist.fr.toml:2:37",
            "sound/foley-artist.fr.toml:3:18",
        ],
        "{problems:#?}"
    );
    assert!(problems[0].contains("':' takes a non-breaking space before it, not an ordinary one"));
    assert!(problems[1].contains("'«' takes a non-breaking space after it"));
    assert!(problems[4].contains("and has none here: write U+00A0 just before it"));
    // The text is still used as written.
    let french = loaded.in_language(Lang::Fr);
    let r = french.role_by_id("foley-artist").expect("id");
    assert_eq!(
        french.roles[r].summary(),
        Some("Les pas : « clac » à 100 %")
    );
    // English files are English: the same text there is not French typography.
    dir.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Mixes: 100 %\"\n",
    );
    let loaded = dir.load();
    assert!(dir.problems_of(&loaded, "sound/mixer.toml").is_empty());
}

#[test]
fn a_translation_that_matches_nothing_english_says_what_to_do() {
    let dir = library();
    dir.write("sound/foley-artst.fr.toml", "title = \"Bruiteur\"\n");
    dir.write(
        "sound/mixer.fr.toml",
        "title = \"Mixeur\"\n[skills]\ntechnique = [\"console\"]\n",
    );
    dir.write("sound/mixer.de.toml", "title = \"Tonmeister\"\n");
    dir.write("sound/mixer.en.toml", "title = \"Mixer\"\n");
    let loaded = dir.load();
    let all = dir.problems(&loaded).join("\n");
    assert!(
        all.contains("sound/foley-artst.fr.toml:1:1: there is no role 'foley-artst' to translate"),
        "{all}"
    );
    assert!(
        all.contains("sound/mixer.fr.toml:3:1: the English file has no skill category 'technique'"),
        "{all}"
    );
    assert!(
        all.contains("sound/mixer.de.toml: crewpath reads translations into French only"),
        "{all}"
    );
    assert!(
        all.contains("sound/mixer.en.toml: English text belongs in 'mixer.toml' itself"),
        "{all}"
    );
    // None of them is taken for a role of its own.
    assert_eq!(loaded.library.roles.len(), 2);
}

#[test]
fn a_translation_of_a_role_that_did_not_load_waits_for_it() {
    let dir = library();
    dir.write(
        "sound/foley-artist.toml",
        "title = \"Foley Artist\"\nsummary = 4\n",
    );
    dir.write("sound/foley-artist.fr.toml", "title = \"Bruiteur\"\n");
    dir.write("sound/mixer.toml", "title = [\n");
    dir.write("sound/mixer.fr.toml", "title = \"Mixeur\"\n");
    let loaded = dir.load();
    let problems = dir.problems_of(&loaded, "sound/mixer.fr.toml");
    assert_eq!(
        problems,
        [
            "sound/mixer.fr.toml: this translation is used once 'mixer.toml', the English file beside it, loads; fix that file's problems first"
        ]
    );
    // A role that loads despite its problems is translated as usual.
    assert!(
        dir.problems_of(&loaded, "sound/foley-artist.fr.toml")
            .is_empty()
    );
}

#[test]
fn wages_and_sources_are_translated_entry_by_entry_and_must_match_in_number() {
    let dir = library();
    dir.write(
        "sound/mixer.toml",
        r#"title = "Mixer"
[[wages]]
region = "British Columbia"
year = 2021
note = "Hourly, before tax"
[[sources]]
title = "Post Production Audio"
region = "British Columbia"
"#,
    );
    dir.write(
        "sound/mixer.fr.toml",
        r#"title = "Mixeur ou mixeuse"
[[wages]]
region = "Colombie-Britannique"
note = "À l'heure, avant impôt"
[[sources]]
region = "Colombie-Britannique"
[[sources]]
region = "Ontario"
"#,
    );
    let loaded = dir.load();
    let problems = dir.problems_of(&loaded, "sound/mixer.fr.toml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("'sources' list has 2 entries, the English file 1"),
        "{problems:?}"
    );
    let french = loaded.in_language(Lang::Fr);
    let mixer = &french.roles[french.role_by_id("mixer").expect("id")];
    assert_eq!(
        mixer.wages[0].region.as_deref(),
        Some("Colombie-Britannique")
    );
    assert_eq!(
        mixer.wages[0].year,
        Some(2021),
        "figures stay the English file's"
    );
    assert_eq!(
        mixer.sources[0].region.as_deref(),
        Some("British Columbia"),
        "a list that does not match is not used"
    );
}

#[test]
fn french_search_finds_french_titles_without_accents_and_english_titles_too() {
    let dir = library();
    let root = dir.path_str();
    let (code, out, _) = crewpath(&["--lang", "fr", "search", "--roles", root, "bruiteuse"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("foley-artist\tBruiteur ou bruiteuse"),
        "{out}"
    );
    let (_, out, _) = crewpath(&[
        "--lang",
        "fr",
        "search",
        "--roles",
        root,
        "reproduit bruits",
    ]);
    assert!(out.starts_with("foley-artist\t"), "{out}");
    let (_, out, _) = crewpath(&["--lang", "fr", "search", "--roles", root, "foley"]);
    assert_eq!(
        out,
        "foley-artist\tBruiteur ou bruiteuse\ttitre anglais\u{a0}: Foley Artist\n"
    );
    let (_, json, _) = crewpath(&["--lang", "fr", "search", "--json", "--roles", root, "foley"]);
    assert!(json.contains("\"field\": \"english_name\""), "{json}");
    // Everyday French around the words is no obstacle.
    let (_, out, err) = crewpath(&[
        "--lang",
        "fr",
        "search",
        "--roles",
        root,
        "la personne qui reproduit les bruits",
    ]);
    assert!(out.starts_with("foley-artist\t"), "{out}{err}");
    assert!(err.is_empty(), "every needed word matched: {err}");
    // English speaks English: the French title is not what it shows.
    let (_, out, _) = crewpath(&["search", "--roles", root, "foley"]);
    assert!(out.starts_with("foley-artist\tFoley Artist"), "{out}");
}

#[test]
fn show_in_french_opens_a_role_by_its_french_or_english_title() {
    let dir = library();
    let root = dir.path_str();
    for name in ["Bruiteur ou bruiteuse", "foley-artist", "Foley Artist"] {
        let (code, out, err) = crewpath(&["--lang", "fr", "show", "--roles", root, name]);
        assert_eq!(code, 0, "{err}");
        assert!(out.starts_with("Bruiteur ou bruiteuse\n"), "{out}");
        assert!(out.contains("Reproduit les bruits du quotidien"), "{out}");
    }
}
#[test]
fn check_in_french_lists_what_is_left_to_translate_as_notes_not_problems() {
    let dir = library();
    let root = dir.path_str();
    let (code, out, err) = crewpath(&["--lang", "fr", "check", "--roles", root]);
    assert_eq!(code, 0, "notes are not problems: {out}{err}");
    let notes: Vec<&str> = out.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(
        notes,
        [
            format!("  {root}/sound/_index.fr.toml\u{a0}: rien en français pour summary"),
            format!(
                "  {root}/sound/foley-artist.fr.toml\u{a0}: rien en français pour description, skills"
            ),
            format!("  {root}/sound/mixer.fr.toml\u{a0}: rien en français pour title, summary"),
        ],
        "{out}"
    );
    assert!(
        out.contains("des remarques, pas des problèmes)\u{a0}: 3 fichiers"),
        "{out}"
    );
    assert!(
        out.ends_with("2 postes dans 1 service, 0 problème\n"),
        "{out}"
    );
    // Scripts get the same as JSON; English has nothing to say about it.
    let (_, json, _) = crewpath(&["--lang", "fr", "check", "--json", "--roles", root]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(
        json["untranslated"][2]["keys"],
        serde_json::json!(["title", "summary"])
    );
    let (_, english, _) = crewpath(&["check", "--roles", root]);
    assert!(!english.contains("French"), "{english}");
    let (_, json, _) = crewpath(&["check", "--json", "--roles", root]);
    assert!(!json.contains("untranslated"), "{json}");
}

#[test]
fn the_bundled_roles_are_whole_in_french() {
    let loaded = crewpath::library::load_embedded();
    let translation_problems: Vec<String> =
        loaded.problems.iter().map(ToString::to_string).collect();
    assert!(translation_problems.is_empty(), "{translation_problems:?}");
    let french = loaded.localized(Lang::Fr);
    let missing = french.missing_translations(Lang::Fr);
    assert!(missing.is_empty(), "not yet in French: {missing:#?}");
}

#[test]
fn a_translation_in_another_folder_than_its_english_file_is_reported_not_applied() {
    let dir = library();
    dir.write("music/composer.toml", "title = \"Composer\"\n");
    dir.write("music/mixer.fr.toml", "title = \"Mixeur égaré\"\n");
    let loaded = dir.load();
    assert_eq!(
        dir.problems(&loaded),
        [
            "music/mixer.fr.toml:1:1: translates 'mixer', whose English file 'sound/mixer.toml' is in another folder; move it beside that file, as 'sound/mixer.fr.toml'"
        ]
    );
    let french = loaded.in_language(Lang::Fr);
    let mixer = french.role_by_id("mixer").expect("mixer");
    assert_eq!(french.roles[mixer].title(), "Mixer");
    // Beside its English file it is taken, whatever other folders hold.
    dir.write("sound/mixer.fr.toml", "title = \"Mixeur\"\n");
    let loaded = dir.load();
    let french = loaded.in_language(Lang::Fr);
    assert_eq!(french.roles[mixer].title(), "Mixeur");
    assert_eq!(
        dir.problems(&loaded).len(),
        1,
        "{:?}",
        dir.problems(&loaded)
    );
}

#[test]
fn with_two_files_of_one_id_only_the_translation_beside_the_loaded_one_counts() {
    let dir = library();
    dir.write("picture/mixer.toml", "title = \"Picture Mixer\"\n");
    dir.write("music/mixer.fr.toml", "title = \"Mixeur d'ailleurs\"\n");
    let loaded = dir.load();
    let problems = dir.problems(&loaded).join("\n");
    assert!(
        problems.contains("music/mixer.fr.toml:1:1: translates 'mixer', whose English file 'picture/mixer.toml' is in another folder"),
        "{problems}"
    );
    let french = loaded.in_language(Lang::Fr);
    let mixer = french.role_by_id("mixer").expect("mixer");
    assert!(!french.roles[mixer].title().contains("ailleurs"));
}

#[test]
fn a_folder_holding_only_translations_is_no_department_and_says_so() {
    let dir = library();
    dir.write("lost/_index.fr.toml", "name = \"Perdu\"\n");
    dir.write("lost/mixer.fr.toml", "title = \"Mixeur\"\n");
    let loaded = dir.load();
    assert!(
        !loaded.library.departments.iter().any(|d| d.key == "lost"),
        "{:?}",
        loaded
            .library
            .departments
            .iter()
            .map(|d| &d.key)
            .collect::<Vec<_>>()
    );
    let problems = dir.problems(&loaded);
    assert!(
        problems.iter().any(|p| p
            .starts_with("lost/_index.fr.toml:1:1: there is no department 'lost' to translate")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("lost/mixer.fr.toml:1:1: translates 'mixer'")),
        "{problems:?}"
    );
}

#[test]
fn check_counts_list_entries_with_the_right_numbers_in_both_languages() {
    let dir = library();
    dir.write(
        "sound/mixer.fr.toml",
        "title = \"Mixeur\"\n[[sources]]\ntitle = \"Une source\"\n",
    );
    let (code, fr, _) = crewpath(&["--lang", "fr", "check", "--roles", dir.path_str()]);
    assert_eq!(code, 1);
    assert!(
        fr.contains("cette liste 'sources' compte 1 entrée, le fichier anglais 0;"),
        "{fr}"
    );
    let (_, en, _) = crewpath(&["--lang", "en", "check", "--roles", dir.path_str()]);
    assert!(
        en.contains("this 'sources' list has 1 entry, the English file 0;"),
        "{en}"
    );
}

#[test]
fn check_in_french_advises_on_french_typography_naming_the_place_and_the_fix() {
    let dir = library();
    dir.write(
        "_skills.toml",
        "[inventing-sounds]\ncategory = \"creative\"\nen = \"inventing sounds\"\nfr = \"invention de sons\"\n\n\
         [microphones]\ncategory = \"technical\"\nen = \"microphones\"\nfr = \"prise d'un son\"\n",
    );
    dir.write(
        "sound/foley-artist.fr.toml",
        concat!(
            "title = \"Bruiteur ou bruiteuse\"\n",
            "summary = \"Reproduit les bruits du quotidien ! C'est tout\"\n",
            "duties = [\"Reproduit les bruits de pas ; les \\\"vrais\\\"\"]\n",
        ),
    );
    let root = dir.path_str();
    let (code, english, _) = crewpath(&["check", "--roles", root]);
    assert_eq!(code, 0, "advice is no problem: {english}");
    assert!(
        !english.contains("apostrophe"),
        "advice is for French checks: {english}"
    );
    let (code, out, err) = crewpath(&["--lang", "fr", "check", "--roles", root]);
    assert_eq!(code, 0, "{out}{err}");
    let file = format!("{root}/sound/foley-artist.fr.toml");
    let skills = format!("{root}/_skills.toml");
    let advice: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("Typographie française"))
        .collect();
    assert_eq!(
        advice,
        [
            "Typographie française (des conseils, pas des problèmes)\u{a0}: 6 endroits".to_string(),
            format!("  {skills}:9:14: en français, l’apostrophe est ’ (U+2019) et non l’apostrophe droite\u{a0}: écrivez ’ ici"),
            format!("  {file}:2:46: au Québec, aucune espace ne précède le signe !\u{a0}: retirez l’espace juste avant"),
            format!("  {file}:2:49: en français, l’apostrophe est ’ (U+2019) et non l’apostrophe droite\u{a0}: écrivez ’ ici"),
            format!("  {file}:3:40: au Québec, aucune espace ne précède le signe ;\u{a0}: retirez l’espace juste avant"),
            format!("  {file}:3:47: en français, une citation se met entre guillemets français, avec une espace insécable à l’intérieur, «\u{a0}comme ceci\u{a0}», et non entre guillemets droits\u{a0}: écrivez-les ici"),
            format!("  {file}:3:54: en français, une citation se met entre guillemets français, avec une espace insécable à l’intérieur, «\u{a0}comme ceci\u{a0}», et non entre guillemets droits\u{a0}: écrivez-les ici"),
            format!("{root}\u{a0}: 2 postes dans 1 service, 0 problème"),
        ]
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>(),
        "{out}"
    );
    // For scripts, under its own key.
    let (_, json, _) = crewpath(&["--lang", "fr", "check", "--json", "--roles", root]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["problems"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["advice"].as_array().map(Vec::len), Some(6), "{json}");
    assert_eq!(v["advice"][1]["line"], 2);
    assert_eq!(v["advice"][1]["column"], 46);
}

#[test]
fn the_typography_rule_of_the_bundled_files_is_the_one_check_gives() {
    use crewpath::library::{Departs, french_typography};
    let kinds = |text: &str| -> Vec<Departs> {
        french_typography(text)
            .into_iter()
            .map(|d| d.kind)
            .collect()
    };
    // Shown as it should, but reads less well: advice.
    for advice in ["l'été", "oui ;", "Quoi ?", "un \"mot\""] {
        assert!(
            !kinds(advice).is_empty() && kinds(advice).iter().all(|k| k.is_advice()),
            "{advice}"
        );
    }
    // A wrapped line could start with the mark alone: a problem.
    for problem in ["Voici : x", "« x\u{a0}»", "5 %"] {
        assert!(kinds(problem).iter().any(|k| !k.is_advice()), "{problem}");
    }
}
