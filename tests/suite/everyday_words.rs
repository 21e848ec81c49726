//! Search for people who describe the work instead of naming the job: word
//! forms, British and American spellings, a library's synonyms, initials,
//! short words that carry meaning, and sentences of prose, in English and
//! French.

use crate::common::{TempLibrary, crewpath_with};
use crate::search::library;
use crewpath::i18n::Lang;
use crewpath::library::{Library, load_embedded};
use crewpath::search::{Coverage, SearchIndex, Searcher};

fn ids(lib: &Library, query: &str) -> Vec<String> {
    Searcher::new(&SearchIndex::build(lib))
        .search(query, 20)
        .hits
        .iter()
        .map(|h| lib.roles[h.role].id().to_string())
        .collect()
}

fn bundled() -> &'static Library {
    static BUNDLED: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    BUNDLED.get_or_init(|| load_embedded().library)
}

fn rank(found: &[String], id: &str) -> Option<usize> {
    found.iter().position(|f| f == id)
}

#[test]
fn a_description_of_the_work_finds_the_job() {
    let lib = bundled();
    for (query, wanted, within) in [
        ("who edits the sounds of a movie", "sound-editor", 3),
        (
            "person who mixing movie soundtracks",
            "re-recording-mixer",
            1,
        ),
        ("who picks the songs in a film", "music-supervisor", 1),
        (
            "beginner sound editing job",
            "trainee-assistant-sound-editor",
            1,
        ),
        ("movie editor", "picture-editor", 1),
    ] {
        let found = ids(lib, query);
        assert!(
            rank(&found, wanted).is_some_and(|r| r < within),
            "{query:?}: {wanted} not in the first {within} of {found:?}"
        );
    }
}

#[test]
fn plurals_find_the_title_they_name() {
    let lib = bundled();
    assert_eq!(ids(lib, "sound assistants")[0], "sound-assistant");
    let editors = ids(lib, "editors");
    let first = &lib.roles[lib.role_by_id(&editors[0]).expect("a role")];
    assert!(first.title().ends_with("Editor"), "{}", first.title());
    assert_eq!(ids(lib, "composers")[0], "composer");
}

#[test]
fn an_exact_word_ranks_above_another_form_which_ranks_above_a_typo() {
    let (_dir, lib) = library(&[
        ("crew/edit-checker.toml", "title = \"Edit Checker\"\n"),
        ("crew/editor.toml", "title = \"Editor\"\n"),
        ("crew/mixer.toml", "title = \"Mixer\"\n"),
        ("crew/mixing-clerk.toml", "title = \"Mixing Clerk\"\n"),
        ("crew/mixed-tape.toml", "title = \"Mixxing Tape\"\n"),
    ]);
    assert_eq!(ids(&lib, "edit")[..2], ["edit-checker", "editor"]);
    assert_eq!(ids(&lib, "mixing"), ["mixing-clerk", "mixer", "mixed-tape"]);
}

#[test]
fn british_and_american_spellings_find_each_other() {
    let (_dir, lib) = library(&[
        (
            "post/colourist.toml",
            "title = \"Colourist\"\nskills = [\"colour grading\"]\n",
        ),
        ("post/organizer.toml", "title = \"Event Organizer\"\n"),
        (
            "post/librarian.toml",
            "title = \"Archivist\"\nduties = [\"Keeps the tape catalogue\"]\n",
        ),
        ("post/mold.toml", "title = \"Mold Maker\"\n"),
        ("post/plough.toml", "title = \"Plough Driver\"\n"),
        ("post/centre.toml", "title = \"Theater Manager\"\n"),
    ]);
    for (query, wanted) in [
        ("color grading", "colourist"),
        ("colorist", "colourist"),
        ("event organiser", "organizer"),
        ("tape catalog", "librarian"),
        ("mould maker", "mold"),
        ("plow driver", "plough"),
        ("theatre manager", "centre"),
    ] {
        assert_eq!(
            ids(&lib, query).first().map(String::as_str),
            Some(wanted),
            "{query}"
        );
    }
}

#[test]
fn a_library_s_synonyms_find_the_words_it_lists() {
    let (dir, lib) = library(&[
        ("crew/mixer.toml", "title = \"Audio Mixer\"\n"),
        ("crew/cutter.toml", "title = \"Film Cutter\"\n"),
        (
            "_synonyms.toml",
            "en = [[\"sound\", \"audio\"], [\"movie\", \"film\", \"picture\"]]\n",
        ),
    ]);
    assert_eq!(ids(&lib, "sound mixer"), ["mixer"]);
    assert_eq!(ids(&lib, "movie cutter"), ["cutter"]);
    // Without the file, no role has "sound" or "movie".
    std::fs::remove_file(dir.path("_synonyms.toml")).expect("remove");
    let lib = dir.load().library;
    let index = SearchIndex::build(&lib);
    for query in ["sound mixer", "movie cutter"] {
        let results = Searcher::new(&index).search(query, 20);
        assert_ne!(results.coverage, Coverage::Every, "{query}");
    }
}

#[test]
fn check_reports_what_is_wrong_in_the_synonyms_file() {
    let dir = TempLibrary::new();
    dir.write("sound/mixer.toml", "title = \"Mixer\"\n");
    dir.write(
        "_synonyms.toml",
        "en = [\n  [\"sound\", \"audio\"],\n  [\"sound effects\", \"sfx\"],\n  [\"film\"],\n  [\"audio\", \"noise\"],\n]\nde = [[\"ton\", \"klang\"]]\n",
    );
    dir.write("sound/_synonyms.toml", "en = [[\"a\", \"b\"]]\n");
    let run = crewpath_with(&["check", "--roles", dir.path_str()], &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let at = |line: &str| {
        run.stdout
            .lines()
            .find(|l| l.contains(line))
            .unwrap_or_else(|| panic!("no {line:?} in {}", run.stdout))
            .to_string()
    };
    assert!(
        at("'sound effects'").contains("_synonyms.toml:3:4"),
        "{}",
        at("'sound effects'")
    );
    assert!(at("at least two").contains("_synonyms.toml:4:3"));
    assert!(at("'audio' is already").contains("_synonyms.toml:5:4"));
    assert!(at("line 2").contains("'audio'"));
    assert!(at("unknown key 'de'").contains("_synonyms.toml:7:1"));
    assert!(at("sound/_synonyms.toml").contains("library's own folder"));
    // The good group still works.
    let lib = dir.load().library;
    assert_eq!(lib.synonyms.groups(Lang::En).count(), 1);
}

#[test]
fn the_bundled_synonyms_are_clean_in_both_languages() {
    let run = crewpath_with(&["check"], &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let lib = bundled();
    assert!(lib.synonyms.groups(Lang::En).count() >= 10);
    assert!(lib.synonyms.groups(Lang::Fr).count() >= 10);
}

#[test]
fn initials_of_a_title_find_it_below_a_real_word() {
    let (_dir, lib) = library(&[
        (
            "sales/bdm.toml",
            "title = \"Business Development Manager\"\n",
        ),
        ("sales/bdm-clerk.toml", "title = \"BDM Clerk\"\n"),
        ("sales/dop.toml", "title = \"Director of Photography\"\n"),
        ("sales/other.toml", "title = \"Budget Manager\"\n"),
    ]);
    assert_eq!(ids(&lib, "bdm"), ["bdm-clerk", "bdm"]);
    assert_eq!(ids(&lib, "dop")[0], "dop");
    // Two letters are the initials of too many titles to mean one.
    assert!(!ids(&lib, "dp").contains(&"dop".to_string()));
}

#[test]
fn a_short_word_that_a_title_uses_is_no_filler() {
    let (_dir, lib) = library(&[
        ("it/support.toml", "title = \"IT Support Technician\"\n"),
        (
            "it/desk.toml",
            "title = \"Support Technician\"\nsummary = \"Fixes it when it breaks\"\n",
        ),
        ("it/vfx.toml", "title = \"VFX Artist\"\n"),
    ]);
    assert_eq!(ids(&lib, "it support technician")[0], "support");
    assert_eq!(ids(&lib, "IT support technician")[0], "support");
    assert_eq!(ids(&lib, "support technician")[0], "desk");
    assert_eq!(ids(&lib, "VFX"), ["vfx"]);
}

#[test]
fn a_sentence_of_a_duty_beats_an_alias_sharing_one_word() {
    let (_dir, lib) = library(&[
        (
            "music/coordinator.toml",
            "title = \"Music Coordinator\"\nduties = [\"Keeps track of the music rights and royalties\"]\n",
        ),
        (
            "music/tracker.toml",
            "title = \"Stage Hand\"\naliases = [\"Rights Clerk\"]\nsummary = \"Keeps the stage tidy\"\ndescription = \"Tracks props. Plays music between scenes.\"\n",
        ),
    ]);
    assert_eq!(
        ids(&lib, "keeps track of the music rights")[0],
        "coordinator"
    );
}

#[test]
fn french_word_forms_meet_and_paired_titles_are_found() {
    let run = crewpath_with(
        &[
            "--lang", "fr", "search", "--limit", "3", "montage", "sonore",
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("sound-editor"), "{}", run.stdout);
    // "mixeur" finds the search term "mixage", and the titles "Mixeur".
    let run = crewpath_with(&["--lang", "fr", "search", "--limit", "3", "mixeur"], &[]);
    assert!(
        run.stdout.starts_with("re-recording-mixer\t"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("recording-engineer\t"),
        "{}",
        run.stdout
    );
    for query in ["monteuse sonore", "monteur sonore", "bruiteuse"] {
        let run = crewpath_with(&["--lang", "fr", "search", "--limit", "3", query], &[]);
        assert_eq!(run.code, 0, "{query}: {}", run.stderr);
        assert!(!run.stdout.is_empty(), "{query}");
    }
}

/// The first role `crewpath --lang LANG search` lists for `query`.
fn first_found(lang: &str, query: &str) -> String {
    let run = crewpath_with(&["--lang", lang, "search", "--limit", "5", query], &[]);
    assert_eq!(run.code, 0, "{query}: {}", run.stderr);
    run.stdout
        .lines()
        .next()
        .and_then(|l| l.split('\t').next())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn everyday_descriptions_of_the_bundled_jobs_find_them_first_in_english() {
    for (query, wanted) in [
        ("that sound mixing job for films", "re-recording-mixer"),
        ("who mixes the sound for movies", "re-recording-mixer"),
        ("who records the actors lines again", "adr-editor-mixer"),
        ("someone who cleans up the dialogue", "dialogue-editor"),
        ("who writes the music for a movie", "composer"),
        (
            "who plans the budget after filming",
            "post-production-supervisor",
        ),
    ] {
        assert_eq!(first_found("en", query), wanted, "{query}");
    }
}

#[test]
fn everyday_descriptions_of_the_bundled_jobs_find_them_first_in_french() {
    for (query, wanted) in [
        (
            "ce poste de mixage du son pour les films",
            "re-recording-mixer",
        ),
        ("qui fait le mixage du son des films", "re-recording-mixer"),
        ("qui fait les bruits de pas dans les films", "foley-artist"),
        (
            "qui réenregistre les répliques des comédiens",
            "adr-editor-mixer",
        ),
        ("qui écrit la musique d’un film", "composer"),
        (
            "qui s'occupe du budget de la postproduction",
            "post-production-supervisor",
        ),
        // The words a Québec crew uses beside the English ones.
        ("postsynchro", "adr-editor-mixer"),
        ("foley", "foley-artist"),
        ("bande son", "re-recording-mixer"),
        ("repérage", "post-production-supervisor"),
    ] {
        assert_eq!(first_found("fr", query), wanted, "{query}");
    }
}
