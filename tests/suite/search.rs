//! The search engine as the explorer and `crewpath search` use it: ranking on
//! the bundled roles, and folding, typos, fields and ties on small libraries.

use std::path::Path;

use crate::common::TempLibrary;
use crewpath::library::{Library, load_dir, load_embedded};
use crewpath::search::{Coverage, Field, Hit, SearchIndex, Searcher};

fn ids(lib: &Library, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| lib.roles[h.role].id().to_string())
        .collect()
}

/// A new search box's hits for `query`.
fn find(index: &SearchIndex, query: &str, limit: usize) -> Vec<Hit> {
    Searcher::new(index).search(query, limit).hits
}

/// The built-in roles, loaded once for every test, and a fresh index.
fn bundled() -> (&'static Library, SearchIndex<'static>) {
    static BUNDLED: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    let lib = BUNDLED.get_or_init(|| load_embedded().library);
    (lib, SearchIndex::build(lib))
}

/// Writes role files (path inside the library, TOML text) and loads them.
pub(crate) fn library(files: &[(&str, &str)]) -> (TempLibrary, Library) {
    let dir = TempLibrary::new();
    for (path, text) in files {
        dir.write(path, text);
    }
    let lib = dir.load().library;
    (dir, lib)
}

fn titled(title: &str) -> String {
    format!("title = {title:?}\n")
}

fn search(lib: &Library, query: &str) -> Vec<String> {
    ids(lib, &find(&SearchIndex::build(lib), query, 20))
}

// --- The examples of the issue, on the bundled roles --------------------

#[test]
fn folley_finds_both_foley_roles_first() {
    let (lib, index) = bundled();
    let mut top: Vec<String> = ids(lib, &find(&index, "folley", 20))
        .into_iter()
        .take(2)
        .collect();
    top.sort();
    assert_eq!(top, ["foley-artist", "foley-recordist"]);
}

#[test]
fn abbreviated_words_find_re_recording_mixer() {
    let (lib, index) = bundled();
    let found = ids(lib, &find(&index, "re rec mixer", 20));
    assert_eq!(
        found.first().map(String::as_str),
        Some("re-recording-mixer")
    );
}

#[test]
fn dialog_editor_finds_dialogue_editors_in_order() {
    let (lib, index) = bundled();
    let found = ids(lib, &find(&index, "dialog editor", 20));
    assert_eq!(found[..2], ["dialogue-editor", "assistant-dialogue-editor"]);
}

#[test]
fn abbreviation_1se_finds_first_assistant_sound_editor() {
    let (lib, index) = bundled();
    let hits = find(&index, "1SE", 20);
    assert_eq!(lib.roles[hits[0].role].id(), "first-assistant-sound-editor");
    assert_eq!(hits[0].field, Field::Alias);
    assert_eq!(hits[0].matched, "1SE");
    assert_eq!(hits[0].positions, [0, 1, 2]);
}

#[test]
fn missing_letter_finds_music_editor() {
    let (lib, index) = bundled();
    let found = ids(lib, &find(&index, "music editr", 20));
    assert_eq!(found.first().map(String::as_str), Some("music-editor"));
}

#[test]
fn a_skill_finds_the_role_that_needs_it() {
    let (lib, index) = bundled();
    let found = ids(lib, &find(&index, "budgeting", 20));
    assert!(
        found
            .iter()
            .take(3)
            .any(|id| id == "post-production-supervisor"),
        "{found:?}"
    );
}

#[test]
fn typos_and_missing_letters_find_their_roles() {
    let (lib, index) = bundled();
    for (query, id) in [
        ("folley artst", "foley-artist"),
        ("compozer", "composer"),
        ("re-recordng", "re-recording-mixer"),
        ("dialouge editor", "dialogue-editor"),
    ] {
        let found = ids(lib, &find(&index, query, 20));
        assert_eq!(
            found.first().map(String::as_str),
            Some(id),
            "{query}: {found:?}"
        );
    }
}

#[test]
fn words_in_any_order_find_the_same_roles() {
    let (lib, index) = bundled();
    let mut a = ids(lib, &find(&index, "sound assistant", 20));
    let mut b = ids(lib, &find(&index, "assistant sound", 20));
    assert!(!a.is_empty());
    assert_eq!(a[0], "sound-assistant");
    assert_eq!(b[0], "sound-assistant");
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn typing_a_query_gives_what_searching_it_at_once_gives() {
    let (_, index) = bundled();
    for query in [
        "folley artst",
        "re rec mixer",
        "music editr",
        "1se",
        "compozer",
        "sound ass",
    ] {
        let mut typing = Searcher::new(&index);
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let prefix = &query[..end];
            let typed = typing.search(prefix, 20);
            let fresh = Searcher::new(&index).search(prefix, 20);
            assert_eq!(typed, fresh, "{prefix:?}");
        }
        // Deleting letters again, as with backspace.
        for end in (1..query.len()).rev() {
            let prefix = &query[..end];
            assert_eq!(
                typing.search(prefix, 20),
                Searcher::new(&index).search(prefix, 20)
            );
        }
    }
}

// --- Small libraries ---------------------------------------------------

#[test]
fn accents_and_case_are_folded_and_highlights_land_on_the_original() {
    let (_dir, lib) = library(&[
        ("stage/regisseur.toml", &titled("Régisseur")),
        ("stage/ecole.toml", &titled("École Liaison")),
        ("stage/mixer.toml", &titled("Mixer")),
    ]);
    let index = SearchIndex::build(&lib);
    let hits = find(&index, "regisseur", 20);
    assert_eq!(ids(&lib, &hits), ["regisseur"]);
    let hits = find(&index, "REGIS", 20);
    assert_eq!(hits[0].matched, "Régisseur");
    let highlighted: String = hits[0]
        .matched
        .chars()
        .enumerate()
        .filter(|(i, _)| hits[0].positions.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(highlighted, "Régis");
    // "E" finds the "É" of École; an accented query finds plain text too.
    assert_eq!(ids(&lib, &find(&index, "E", 20)), ["ecole"]);
    assert_eq!(ids(&lib, &find(&index, "mîxér", 20)), ["mixer"]);
}

#[test]
fn every_word_must_match_somewhere_in_the_role() {
    let (_dir, lib) = library(&[
        (
            "sound/foley-artist.toml",
            "title = \"Foley Artist\"\n[skills]\ncreative = [\"footsteps\"]\n",
        ),
        ("sound/mixer.toml", &titled("Mixer")),
    ]);
    assert_eq!(search(&lib, "artist footsteps"), ["foley-artist"]);
    let index = SearchIndex::build(&lib);
    let results = Searcher::new(&index).search("mixer footsteps", 20);
    assert_eq!(results.coverage, Coverage::Most { matched: 1, of: 2 });
    assert_eq!(ids(&lib, &results.hits), ["mixer", "foley-artist"]);
}

#[test]
fn a_word_no_role_has_lists_the_roles_with_the_other_words_and_names_it() {
    let (_dir, lib) = library(&[
        ("sound/foley-artist.toml", &titled("Foley Artist")),
        ("sound/mixer.toml", &titled("Mixer")),
    ]);
    let index = SearchIndex::build(&lib);
    let results = Searcher::new(&index).search("foley zebra", 20);
    assert_eq!(ids(&lib, &results.hits), ["foley-artist"]);
    assert_eq!(results.coverage, Coverage::Most { matched: 1, of: 2 });
    assert_eq!(results.unmatched, ["zebra"]);
    let note = results.note().unwrap_or_default();
    assert!(
        note.contains("No role has every word") && note.contains("'zebra'"),
        "{note}"
    );
    let results = Searcher::new(&index).search("zebra", 20);
    assert!(results.hits.is_empty());
    let note = results.note().unwrap_or_default();
    assert!(note.contains("no role has 'zebra'"), "{note}");
}

#[test]
fn fields_rank_title_then_alias_then_department_then_skill_then_prose() {
    let (_dir, lib) = library(&[
        ("crew/a-title.toml", &titled("Gaffer")),
        (
            "crew/b-alias.toml",
            "title = \"Chief Lighting Technician\"\naliases = [\"Gaffer\"]\n",
        ),
        (
            "crew/c-skill.toml",
            "title = \"Best Boy\"\n[skills]\ntechnical = [\"gaffer tape\"]\n",
        ),
        (
            "crew/d-summary.toml",
            "title = \"Key Grip\"\nsummary = \"Works beside the gaffer\"\n",
        ),
        (
            "crew/e-description.toml",
            "title = \"Grip\"\ndescription = \"Takes orders from the gaffer\"\n",
        ),
        ("gaffer-dept/f-department.toml", &titled("Rigger")),
        ("gaffer-dept/_index.toml", "name = \"Gaffer Team\"\n"),
    ]);
    let index = SearchIndex::build(&lib);
    let hits = find(&index, "gaffer", 20);
    assert_eq!(
        ids(&lib, &hits),
        [
            "a-title",
            "b-alias",
            "f-department",
            "c-skill",
            "d-summary",
            "e-description"
        ]
    );
    let fields: Vec<Field> = hits.iter().map(|h| h.field).collect();
    assert_eq!(
        fields,
        [
            Field::Title,
            Field::Alias,
            Field::Department,
            Field::Skill,
            Field::Summary,
            Field::Description
        ]
    );
}

#[test]
fn a_whole_alias_typed_exactly_beats_its_words_spread_over_another_role() {
    // Harbour Worker holds every word, but in its title and two shorter
    // aliases; only the signal supervisor has "Harbour Lead Hand" whole.
    let (_dir, lib) = library(&[
        (
            "crew/harbour-worker.toml",
            "title = \"Harbour Worker\"\naliases = [\"Harbour Hand\", \"Lead Harbour Worker\", \"Lead Port Worker\"]\n",
        ),
        (
            "crew/railway-signal-supervisor.toml",
            "title = \"Railway Signal Supervisor\"\naliases = [\"Harbour Lead Hand\"]\n",
        ),
    ]);
    assert_eq!(
        search(&lib, "harbour lead hand"),
        ["railway-signal-supervisor", "harbour-worker"]
    );
}

#[test]
fn whole_words_and_word_starts_beat_scattered_letters() {
    let (_dir, lib) = library(&[
        ("crew/expedited.toml", &titled("Expedited Runner")),
        ("crew/editor.toml", &titled("Editor")),
        ("crew/edit-checker.toml", &titled("Edit Checker")),
    ]);
    // "edit" is a whole word of one title, the start of a word of another,
    // and only inside a word of the third.
    assert_eq!(
        search(&lib, "edit"),
        ["edit-checker", "editor", "expedited"]
    );
}

#[test]
fn equal_matches_list_the_shorter_title_first_then_alphabetically() {
    let (_dir, lib) = library(&[
        ("crew/c.toml", &titled("Sound Mixer Two")),
        ("crew/b.toml", &titled("Sound Mixer")),
        ("crew/a.toml", &titled("Sound Mixer One")),
    ]);
    // "Sound Mixer One" and "Sound Mixer Two" are as long: alphabetical.
    assert_eq!(search(&lib, "mixer"), ["b", "a", "c"]);
}

#[test]
fn typos_are_forgiven_only_in_long_enough_words() {
    let (_dir, lib) = library(&[
        ("music/composer.toml", &titled("Composer")),
        ("sound/mixer.toml", &titled("Mixer")),
        ("grip/key-grip.toml", &titled("Key Grip")),
    ]);
    // Four to seven letters: one edit.
    assert_eq!(search(&lib, "mixr"), ["mixer"]);
    let index = SearchIndex::build(&lib);
    let hits = find(&index, "mixr", 20);
    // "mixr" is also letters picked out of "Mixer", but a one-letter typo of
    // the whole word is the better guess, and highlights the word.
    assert_eq!(hits[0].positions, [0, 1, 2, 3, 4]);
    let hits = find(&index, "nixer", 20);
    // A typo highlights the word it stands for.
    assert_eq!(hits[0].positions, [0, 1, 2, 3, 4]);
    assert_eq!(search(&lib, "nixer"), ["mixer"]);
    assert_eq!(search(&lib, "grop"), ["key-grip"]);
    assert!(search(&lib, "nixxr").is_empty());
    // Three letters or fewer: never, though "kex" is one edit from "key".
    assert!(search(&lib, "kex").is_empty());
    // Eight or more: two edits.
    assert_eq!(search(&lib, "kompozer"), ["composer"]);
    assert!(search(&lib, "kompozar").is_empty());
}

#[test]
fn a_search_term_hit_shows_the_term_that_found_it() {
    let (_dir, lib) = library(&[(
        "sound/foley-artist.toml",
        "title = \"Foley Artist\"\nsearch_terms = [\"footsteps\"]\n",
    )]);
    let hits = find(&SearchIndex::build(&lib), "footsteps", 20);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].field, Field::SearchTerm);
    assert_eq!(hits[0].field.label(), "search term");
    assert_eq!(hits[0].matched, "footsteps");
}

#[test]
fn departments_shared_skills_are_searched() {
    let (_dir, lib) = library(&[
        (
            "camera/_index.toml",
            "name = \"Camera\"\n[skills]\ntechnical = [\"lens care\"]\n",
        ),
        ("camera/focus-puller.toml", &titled("Focus Puller")),
    ]);
    let hits = find(&SearchIndex::build(&lib), "lens", 20);
    assert_eq!(ids(&lib, &hits), ["focus-puller"]);
    assert_eq!(hits[0].field, Field::Skill);
    assert_eq!(hits[0].matched, "lens care");
}

#[test]
fn nothing_to_search_for_finds_nothing_and_odd_input_is_harmless() {
    let (_dir, lib) = library(&[("sound/mixer.toml", &titled("Mixer"))]);
    let index = SearchIndex::build(&lib);
    for query in ["", "   ", "\t\n", "--", "\u{1b}[31m"] {
        assert!(find(&index, query, 20).is_empty(), "{query:?}");
    }
    assert!(find(&index, "mixer", 0).is_empty());
    let long = "mixer ".repeat(10_000);
    assert_eq!(ids(&lib, &find(&index, &long, 20)), ["mixer"]);
    let noisy = "mi\u{0}x\u{7}er\u{202e}";
    let _ = find(&index, noisy, 20);
}

#[test]
fn limit_caps_the_hits() {
    let (lib, index) = bundled();
    assert_eq!(find(&index, "editor", 3).len(), 3);
    assert!(find(&index, "editor", 100).len() > 3);
    let _ = lib;
}

#[test]
fn empty_library_finds_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let lib = load_dir(Path::new(dir.path())).expect("load").library;
    assert!(find(&SearchIndex::build(&lib), "mixer", 20).is_empty());
}

// --- Relevance: one score weighs match, coverage, field and order ---------

#[test]
fn an_exact_skill_beats_the_same_word_in_a_longer_skill() {
    let (lib, index) = bundled();
    let hits = find(&index, "storytelling", 20);
    assert_eq!(lib.roles[hits[0].role].id(), "picture-editor");
    assert_eq!(
        (hits[0].field, hits[0].matched.as_str()),
        (Field::Skill, "storytelling")
    );
}

#[test]
fn the_hit_shows_the_text_that_earned_it() {
    let (lib, index) = bundled();
    let hits = find(&index, "mix engineer", 20);
    assert_eq!(lib.roles[hits[0].role].id(), "recording-engineer");
    assert_eq!(
        (hits[0].field, hits[0].matched.as_str()),
        (Field::Alias, "Mix Engineer")
    );
    assert_eq!(
        hits[0].positions,
        (0..12).filter(|&i| i != 3).collect::<Vec<_>>()
    );
}

#[test]
fn everyday_phrasing_finds_the_role() {
    let (lib, index) = bundled();
    let results = Searcher::new(&index).search("the guy who does foley", 20);
    assert_eq!(lib.roles[results.hits[0].role].id(), "foley-artist");
    assert_eq!(results.coverage, Coverage::Every);
    assert_eq!(results.optional, ["the", "guy", "who", "does"]);
    let results = Searcher::new(&index).search("sound guy who re-records dialogue", 20);
    assert_eq!(lib.roles[results.hits[0].role].id(), "adr-editor-mixer");
    // One word nobody has ("keeps" does; "whatsit" does not) never empties
    // the list.
    let results = Searcher::new(&index).search("person who keeps the edit room whatsit", 20);
    assert!(
        matches!(results.coverage, Coverage::Most { .. }),
        "{:?}",
        results.coverage
    );
    assert_eq!(results.unmatched, ["whatsit"]);
    // Toronto gives the day-to-day running of the editing room to the 1PE.
    let top: Vec<String> = ids(lib, &results.hits).into_iter().take(2).collect();
    assert!(
        top.contains(&"first-assistant-picture-editor".to_string()),
        "{top:?}"
    );
}

#[test]
fn letters_spread_over_words_are_weak_and_kept_apart() {
    let (_, index) = bundled();
    let results = Searcher::new(&index).search("evil", 20);
    assert_eq!(results.coverage, Coverage::Weak);
    assert!(!results.hits.is_empty());
    assert!(
        results
            .note()
            .is_some_and(|n| n.starts_with("Weak matches"))
    );
    // A real match anywhere keeps weak ones out entirely.
    let results = Searcher::new(&index).search("foley", 20);
    assert_eq!(results.coverage, Coverage::Every);
}

#[test]
fn a_whole_alias_typed_exactly_beats_its_words_scattered_in_a_title() {
    let (_dir, lib) = library(&[
        (
            "a/grinding.toml",
            "title = \"Grinding, Lapping, Polishing, and Buffing Machine Tool Operator\"\naliases = [\"Lawn Mowing Machine Operator\"]\n",
        ),
        (
            "a/groundskeeper.toml",
            "title = \"Landscaping Worker\"\naliases = [\"Lawn Mower Operator\", \"Groundskeeper\"]\n",
        ),
    ]);
    let index = SearchIndex::build(&lib);
    let hits = find(&index, "lawn mower operator", 20);
    assert_eq!(ids(&lib, &hits)[0], "groundskeeper");
    assert_eq!(hits[0].matched, "Lawn Mower Operator");
}

#[test]
fn a_one_letter_typo_of_a_word_beats_letters_spread_over_a_title() {
    let (_dir, lib) = library(&[
        ("a/sommelier.toml", &titled("Sommelier")),
        (
            "a/long.toml",
            &titled("Senior Commercial Manager of Learning and Entertainment Retail"),
        ),
        ("a/coroner.toml", &titled("Coroner")),
        ("a/other.toml", &titled("Corporate Rotation Planner")),
    ]);
    assert_eq!(search(&lib, "sommleier")[0], "sommelier");
    assert_eq!(search(&lib, "corroner")[0], "coroner");
}
