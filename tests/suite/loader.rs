//! The role library contract: layout, ids, keys, and every problem the loader
//! must report, each with its exact file, line, column and message.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::common::{TempLibrary, UNPRIVILEGED};
use crewpath::library::{Library, MAX_FILE_BYTES, load_dir};

fn role<'l>(lib: &'l Library, id: &str) -> &'l crewpath::library::Role {
    let ix = lib
        .role_by_id(id)
        .unwrap_or_else(|| panic!("role {id} not loaded"));
    &lib.roles[ix]
}

fn ids(lib: &Library, roles: &[usize]) -> Vec<String> {
    roles
        .iter()
        .map(|&r| lib.roles[r].id().to_string())
        .collect()
}

fn dept_names(lib: &Library, depts: &[usize]) -> Vec<String> {
    depts
        .iter()
        .map(|&d| lib.departments[d].name.clone())
        .collect()
}

fn dept<'l>(lib: &'l Library, name: &str) -> &'l crewpath::library::Department {
    lib.departments
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no department {name}"))
}

// ---------------------------------------------------------------- layout

#[test]
fn folders_are_departments_and_nested_folders_sub_departments() {
    let lib = TempLibrary::new();
    lib.write(
        "_index.toml",
        "title = \"Careers in post\"\nwelcome = \"Pick a department.\"\n",
    )
    .write(
        "sound/_index.toml",
        r#"name = "Sound"
summary = "Everything you hear"
description = "Editing, then mixing."
unions = ["IATSE 700"]
industry_groups = ["Post-production"]
order = 2

[skills]
technical = ["Pro Tools", "mixing consoles"]
"#,
    )
    .write(
        "sound/mixing/re-recording-mixer.toml",
        "title = \"Re-recording Mixer\"\n",
    )
    .write("sound/foley-artist.toml", "title = \"Foley Artist\"\n")
    .write(
        "post-production-supervision/post-production-coordinator.toml",
        "title = \"Post-production Coordinator\"\n",
    )
    .write("runner.toml", "title = \"Runner\"\n");
    let loaded = lib.load();
    assert_eq!(lib.problems(&loaded), Vec::<String>::new());
    let l = &loaded.library;

    assert_eq!(l.title.as_deref(), Some("Careers in post"));
    assert_eq!(l.welcome.as_deref(), Some("Pick a department."));

    let sound = dept(l, "Sound");
    assert_eq!(sound.key, "sound");
    assert_eq!(sound.summary.as_deref(), Some("Everything you hear"));
    assert_eq!(sound.description.as_deref(), Some("Editing, then mixing."));
    assert_eq!(sound.unions, ["IATSE 700"]);
    assert_eq!(sound.industry_groups, ["Post-production"]);
    assert_eq!(sound.order, Some(2));
    assert_eq!(sound.skills.len(), 1);
    assert_eq!(sound.skills.get(0).unwrap().category, "technical");
    let names: Vec<&str> = sound
        .skills
        .get(0)
        .unwrap()
        .skills
        .iter()
        .map(|id| l.skill_name(id))
        .collect();
    assert_eq!(names, ["Pro Tools", "mixing consoles"]);
    assert_eq!(ids(l, &sound.roles), ["foley-artist"]);
    assert_eq!(dept_names(l, &sound.children), ["Mixing"]);

    // No _index.toml: the name comes from the folder's name.
    let mixing = dept(l, "Mixing");
    assert_eq!(mixing.key, "sound/mixing");
    assert_eq!(dept_names(l, &[mixing.parent.unwrap()]), ["Sound"]);
    assert_eq!(ids(l, &mixing.roles), ["re-recording-mixer"]);
    let supervision = dept(l, "Post Production Supervision");
    assert_eq!(supervision.parent, None);

    // Files in the library folder itself.
    let other = dept(l, "Other roles");
    assert!(other.is_other);
    assert_eq!(ids(l, &other.roles), ["runner"]);

    let mixer = l.role_by_id("re-recording-mixer").unwrap();
    assert_eq!(
        l.department_path(l.roles[mixer].department),
        ["Sound", "Mixing"]
    );
    // "Other roles" is not a folder, so it is not counted.
    assert_eq!(l.department_count(), 3);
}

#[test]
fn siblings_are_sorted_by_order_then_alphabetically() {
    let lib = TempLibrary::new();
    for (folder, order) in [
        ("zebra", Some(1)),
        ("music", Some(3)),
        ("sound", Some(2)),
        ("alpha", None),
        ("editing", None),
    ] {
        if let Some(order) = order {
            lib.write(
                &format!("{folder}/_index.toml"),
                format!("order = {order}\n"),
            );
        }
        lib.write(&format!("{folder}/a-{folder}.toml"), "title = \"A\"\n");
    }
    // Sub-departments follow the same rule, names from _index.toml counting.
    lib.write("sound/b/_index.toml", "name = \"Zz Last\"\n")
        .write("sound/b/x.toml", "title = \"X\"\n")
        .write("sound/c/_index.toml", "name = \"Aa First\"\n")
        .write("sound/c/y.toml", "title = \"Y\"\n")
        .write("sound/d/_index.toml", "order = -5\n")
        .write("sound/d/z.toml", "title = \"Z\"\n")
        .write("loose.toml", "title = \"Loose\"\n");
    let loaded = lib.load();
    assert_eq!(lib.problems(&loaded), Vec::<String>::new());
    let l = &loaded.library;
    assert_eq!(
        dept_names(l, &l.top),
        ["Zebra", "Sound", "Music", "Alpha", "Editing", "Other roles"]
    );
    assert_eq!(
        dept_names(l, &dept(l, "Sound").children),
        ["D", "Aa First", "Zz Last"]
    );
}

#[test]
fn roles_in_a_department_are_sorted_by_title() {
    let lib = TempLibrary::new();
    lib.write("d/a.toml", "title = \"Zoe's job\"\n")
        .write("d/b.toml", "title = \"assistant\"\n")
        .write("d/c.toml", "title = \"Mixer\"\n");
    let loaded = lib.load();
    let l = &loaded.library;
    assert_eq!(ids(l, &dept(l, "D").roles), ["b", "c", "a"]);
}

// ------------------------------------------------------------------- ids

#[test]
fn role_ids_are_file_stems_found_in_any_folder() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/editing/dialogue-editor-2.toml",
        "title = \"Dialogue Editor\"\n",
    );
    let loaded = lib.load();
    let r = role(&loaded.library, "dialogue-editor-2");
    assert_eq!(r.title(), "Dialogue Editor");
    assert_eq!(
        loaded.library.find_role("dialogue editor"),
        loaded.library.role_by_id("dialogue-editor-2")
    );
}

#[test]
fn an_id_with_other_characters_is_reported_with_a_better_name() {
    let lib = TempLibrary::new();
    lib.write("sound/Foley_Artist.toml", "title = \"Foley Artist\"\n")
        .write("sound/mixer.v2.toml", "title = \"Mixer\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "sound/Foley_Artist.toml: 'Foley_Artist' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to 'foley-artist.toml' (until then it is loaded as 'foley-artist')",
            "sound/mixer.v2.toml: 'mixer.v2' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to 'mixer-v2.toml' (until then it is loaded as 'mixer-v2')",
        ]
    );
    // The role itself is fine, so it is still shown, under an id `show` finds.
    assert_eq!(
        role(&loaded.library, "foley-artist").title(),
        "Foley Artist"
    );
}

#[test]
fn a_file_saved_with_toml_twice_is_told_the_name_it_was_meant_to_have() {
    // Some editors add '.toml' to a name that already ends in it; the id is
    // the name before the doubled ending, not 'foley-artist-toml'.
    let lib = TempLibrary::new();
    lib.write("sound/foley-artist.toml.toml", "title = \"Foley Artist\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "sound/foley-artist.toml.toml: 'foley-artist.toml' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to 'foley-artist.toml' (until then it is loaded as 'foley-artist')",
        ]
    );
    assert_eq!(
        role(&loaded.library, "foley-artist").title(),
        "Foley Artist"
    );
}

#[test]
fn two_files_with_the_same_id_keep_the_first_and_report_the_second() {
    let lib = TempLibrary::new();
    lib.write("music/editor.toml", "title = \"Music Editor\"\n")
        .write("picture/editor.toml", "title = \"Picture Editor\"\n");
    let loaded = lib.load();
    // The other file is named as the user would find it, from the library
    // folder (left out of every problem here).
    assert_eq!(
        lib.problems(&loaded),
        [
            "picture/editor.toml: the role id 'editor' is already used by music/editor.toml; ids must be unique across the library, so rename one of the files (this one was left out)"
        ]
    );
    assert_eq!(loaded.library.roles.len(), 1);
    assert_eq!(role(&loaded.library, "editor").title(), "Music Editor");
    assert_eq!(loaded.problems[0].title.as_deref(), Some("Picture Editor"));
}

#[test]
fn the_first_file_is_the_first_met_folder_by_folder_in_name_order() {
    // `sound` sorts before `sound-post`, so its files come first, although
    // the path `sound-post/…` sorts before `sound/…` as plain text.
    let lib = TempLibrary::new();
    lib.write("sound-post/mixer.toml", "title = \"Post Mixer\"\n")
        .write("sound/mixer.toml", "title = \"Sound Mixer\"\n");
    let loaded = lib.load();
    assert_eq!(role(&loaded.library, "mixer").title(), "Sound Mixer");
    assert_eq!(
        lib.problems(&loaded),
        [
            "sound-post/mixer.toml: the role id 'mixer' is already used by sound/mixer.toml; ids must be unique across the library, so rename one of the files (this one was left out)"
        ]
    );
}

// ------------------------------------------------------------------ keys

#[test]
fn a_file_with_only_a_title_loads() {
    let lib = TempLibrary::new();
    lib.write("runner.toml", "title = \"Runner\"\n");
    let loaded = lib.load();
    assert!(loaded.problems.is_empty());
    let r = role(&loaded.library, "runner");
    assert_eq!(r.title(), "Runner");
    assert_eq!(r.summary(), None);
    assert!(r.aliases().is_empty() && r.next.is_empty() && r.wages.is_empty());
    assert!(!r.entry_level && !r.in_demand);
}

#[test]
fn texts_are_trimmed_and_cleaned_whether_or_not_they_need_cleaning() {
    let lib = TempLibrary::new();
    lib.write(
        "mixer.toml",
        "title = \"  Re-recording Mixer \"\n\
         aliases = [\" Dubbing mixer\", \"   \", \"Final \\u001b[31mmixer\\u0007 \"]\n\
         summary = \"Balances the final mix \\n of a film \"\n\
         description = \" First paragraph.\\n\\nSecond\\u001b]0;x\\u0007 one. \"\n\
         duties = [\"\\t Sets levels\"]\n\
         [skills]\n\
         \" technical \" = [\" Pro Tools \", \"\"]\n\
         empty = [\"  \"]\n",
    );
    let loaded = lib.load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let r = role(&loaded.library, "mixer");
    assert_eq!(r.title(), "Re-recording Mixer");
    // A blank alias is no alias; in one with escape sequences, each is
    // shown as one placeholder.
    assert_eq!(
        r.aliases(),
        ["Dubbing mixer", "Final \u{FFFD}mixer\u{FFFD}"]
    );
    // A one-line text keeps no line break; a long text keeps its paragraphs.
    assert_eq!(r.summary(), Some("Balances the final mix   of a film"));
    assert_eq!(
        r.description(),
        Some("First paragraph.\n\nSecond\u{FFFD} one.")
    );
    assert_eq!(r.duties(), ["Sets levels"]);
    let skills: Vec<(String, Vec<String>)> = r
        .skills
        .iter()
        .map(|g| {
            let names = g
                .skills
                .iter()
                .map(|id| loaded.library.skill_name(id).to_string());
            (g.category.to_string(), names.collect())
        })
        .collect();
    // A category with no skills left is no category.
    assert_eq!(
        skills,
        [("technical".to_string(), vec!["Pro Tools".to_string()])]
    );
}

const FULL_ROLE: &str = r#"title = "Foley Artist"
aliases = ["Foley walker", "Foley performer"]
search_terms = ["footsteps"]
summary = "Performs sound effects in sync with picture"
description = """
Walks, rustles and breaks things on a stage.

Works with the Foley mixer."""
duties = ["Perform footsteps", "Find props"]
next = ["foley-supervisor"]
related = ["sound-designer"]
works_with = ["foley-mixer"]
entry_level = true
in_demand = false
education = "A college program in sound"
certification = "None required"
working_conditions = "Long days on a Foley stage"
advancement = "Foley supervisor"
outlook = "Steady"
employers = ["Post houses"]
unions = ["IATSE"]
industry_groups = ["Sound"]

[skills]
technical = ["timing", "props"]
people = ["patience"]

[[noc]]
code = "51120"
title = "Producers, directors"
version = "2021"

[[wages]]
region = "British Columbia"
year = 2024
source = "WorkBC"
unit = "hour"
currency = "CAD"
note = "median of surveys"
starting = { low = 18, high = 22.5 }
overall = { average = 30.0, median = 29 }
top = { high = 0x40 }

[[sources]]
title = "Foley Artist career profile"
publisher = "Creative BC"
region = "British Columbia"
url = "https://example.org/foley"
retrieved = 2026-01-31
"#;

#[test]
fn every_role_key_is_read() {
    let lib = TempLibrary::new();
    lib.write("sound/foley-artist.toml", FULL_ROLE)
        .write(
            "sound/foley-supervisor.toml",
            "title = \"Foley Supervisor\"\n",
        )
        .write("sound/sound-designer.toml", "title = \"Sound Designer\"\n")
        .write("sound/foley-mixer.toml", "title = \"Foley Mixer\"\n");
    let loaded = lib.load();
    assert_eq!(lib.problems(&loaded), Vec::<String>::new());
    let l = &loaded.library;
    let r = role(l, "foley-artist");
    assert_eq!(r.aliases(), ["Foley walker", "Foley performer"]);
    assert_eq!(r.search_terms(), ["footsteps"]);
    assert_eq!(
        r.summary(),
        Some("Performs sound effects in sync with picture")
    );
    assert_eq!(
        r.description(),
        Some("Walks, rustles and breaks things on a stage.\n\nWorks with the Foley mixer.")
    );
    assert_eq!(r.duties(), ["Perform footsteps", "Find props"]);
    assert_eq!(ids(l, &r.next), ["foley-supervisor"]);
    assert_eq!(ids(l, &r.related), ["sound-designer"]);
    assert_eq!(ids(l, &r.works_with), ["foley-mixer"]);
    assert_eq!(
        ids(l, &role(l, "foley-supervisor").previous),
        ["foley-artist"]
    );
    assert!(r.entry_level);
    assert!(!r.in_demand);
    assert_eq!(r.education(), Some("A college program in sound"));
    assert_eq!(r.certification(), Some("None required"));
    assert_eq!(r.working_conditions(), Some("Long days on a Foley stage"));
    assert_eq!(r.advancement(), Some("Foley supervisor"));
    assert_eq!(r.outlook(), Some("Steady"));
    assert_eq!(r.employers(), ["Post houses"]);
    assert_eq!(r.unions(), ["IATSE"]);
    assert_eq!(r.industry_groups(), ["Sound"]);
    assert_eq!(r.skills.len(), 2);
    assert_eq!(r.skills.get(0).unwrap().category, "technical");
    assert_eq!(r.skills.get(0).unwrap().skills, ["timing", "props"]);
    assert_eq!(r.skills.get(1).unwrap().category, "people");

    assert_eq!(r.noc.len(), 1);
    assert_eq!(r.noc[0].code, "51120");
    assert_eq!(r.noc[0].title.as_deref(), Some("Producers, directors"));
    assert_eq!(r.noc[0].version.as_deref(), Some("2021"));

    assert_eq!(r.wages.len(), 1);
    let w = &r.wages[0];
    assert_eq!(w.region.as_deref(), Some("British Columbia"));
    assert_eq!(w.year, Some(2024));
    assert_eq!(w.source.as_deref(), Some("WorkBC"));
    assert_eq!(w.unit.as_deref(), Some("hour"));
    assert_eq!(w.currency.as_deref(), Some("CAD"));
    assert_eq!(w.note.as_deref(), Some("median of surveys"));
    let starting = w.starting.unwrap();
    assert_eq!((starting.low, starting.high), (Some(18.0), Some(22.5)));
    assert_eq!(starting.average, None);
    let overall = w.overall.unwrap();
    assert_eq!((overall.average, overall.median), (Some(30.0), Some(29.0)));
    assert_eq!(w.top.unwrap().high, Some(64.0));

    assert_eq!(r.sources.len(), 1);
    let s = &r.sources[0];
    assert_eq!(s.title.as_deref(), Some("Foley Artist career profile"));
    assert_eq!(s.publisher.as_deref(), Some("Creative BC"));
    assert_eq!(s.region.as_deref(), Some("British Columbia"));
    assert_eq!(s.url.as_deref(), Some("https://example.org/foley"));
    assert_eq!(s.retrieved.as_deref(), Some("2026-01-31"));
}

#[test]
fn a_wrong_type_is_reported_where_it_is_and_only_that_field_is_dropped() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/foley-artist.toml",
        r#"title = "Foley Artist"
aliases = "Foley walker"
duties = ["Perform footsteps", 3, "Find props"]
entry_level = "yes"
education = "A college program"


summary = 12
skills = ["timing"]
wages = [{ year = "2024", region = "BC", starting = { low = "cheap", high = 22 } }]
noc = [{ title = "no code" }, "51120"]
sources = [{ retrieved = 5, title = "A page" }]
"#,
    );
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "sound/foley-artist.toml:2:11: expected a list of strings for 'aliases', found a string",
            "sound/foley-artist.toml:3:32: expected a string in the list 'duties', found an integer",
            "sound/foley-artist.toml:4:15: expected true or false for 'entry_level', found a string",
            "sound/foley-artist.toml:8:11: expected a string for 'summary', found an integer",
            "sound/foley-artist.toml:9:10: expected a table of lists, e.g. [skills] technical = [\"…\"] for 'skills', found a list",
            "sound/foley-artist.toml:10:19: expected a whole number for 'year', found a string",
            "sound/foley-artist.toml:10:61: expected a number for 'low', found a string",
            "sound/foley-artist.toml:11:8: every entry in 'noc' needs a 'code', e.g. code = \"52113\"",
            "sound/foley-artist.toml:11:31: expected a table in 'noc', found a string",
            "sound/foley-artist.toml:12:26: expected a date such as 2026-01-31 for 'retrieved', found an integer",
        ]
    );
    let r = role(&loaded.library, "foley-artist");
    assert_eq!(r.title(), "Foley Artist");
    assert_eq!(r.education(), Some("A college program"));
    assert!(r.aliases().is_empty() && r.summary().is_none() && r.skills.is_empty());
    assert_eq!(r.duties(), ["Perform footsteps", "Find props"]);
    assert!(!r.entry_level);
    assert_eq!(r.wages.len(), 1);
    assert_eq!(r.wages[0].year, None);
    assert_eq!(r.wages[0].region.as_deref(), Some("BC"));
    assert_eq!(r.wages[0].starting.unwrap().high, Some(22.0));
    assert_eq!(r.wages[0].starting.unwrap().low, None);
    assert!(r.noc.is_empty());
    assert_eq!(r.sources[0].title.as_deref(), Some("A page"));
    assert_eq!(r.sources[0].retrieved, None);
    // Every problem of a role that loaded carries its title, for kiosk mode.
    assert!(
        loaded
            .problems
            .iter()
            .all(|p| p.title.as_deref() == Some("Foley Artist"))
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    let lib = TempLibrary::new();
    lib.write(
        "régie.toml",
        "title = \"Régisseur 🎧\"\nduties = [\"Régie 🎧\", 3]\n",
    );
    let loaded = lib.load();
    let problems = lib.problems(&loaded);
    // An editor shows the 3 in column 22; its byte offset is 25.
    assert_eq!(
        problems[1],
        "régie.toml:2:22: expected a string in the list 'duties', found an integer"
    );
    assert_eq!(
        problems[0],
        "régie.toml: 'régie' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to 'regie.toml' (until then it is loaded as 'regie')"
    );
}

#[test]
fn a_missing_empty_or_wrong_title_leaves_the_role_out() {
    let lib = TempLibrary::new();
    lib.write("a.toml", "summary = \"No title here\"\n")
        .write("b.toml", "\ntitle = \"\"\n")
        .write("c.toml", "title = \"   \"\n")
        .write("d.toml", "title = 42\n")
        .write("e.toml", "")
        .write("ok.toml", "title = \"Fine\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "a.toml:1:1: this role has no 'title'; add a line such as title = \"Foley Artist\"",
            "b.toml:2:9: 'title' is empty; write the job title between the quotes",
            "c.toml:1:9: 'title' is empty; write the job title between the quotes",
            "d.toml:1:9: expected a string for 'title', found an integer",
            "e.toml:1:1: this role has no 'title'; add a line such as title = \"Foley Artist\"",
        ]
    );
    assert_eq!(ids(&loaded.library, &[0]), ["ok"]);
    assert_eq!(loaded.library.roles.len(), 1);
}

#[test]
fn unknown_keys_are_reported_with_a_suggestion_and_the_rest_loads() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/mixer.toml",
        r#"title = "Mixer"
skils = { technical = ["mixing"] }
colour = "blue"
[[wages]]
year = 2024
starting = { lowe = 1, low = 2 }
[[sources]]
titel = "A page"
"#,
    )
    .write("sound/_index.toml", "nmae = \"Sound\"\n")
    .write("_index.toml", "title = \"Lib\"\nwelcom = \"Hi\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "_index.toml:2:1: unknown key 'welcom'; did you mean 'welcome'?",
            "sound/_index.toml:1:1: unknown key 'nmae'; did you mean 'name'?",
            "sound/mixer.toml:2:1: unknown key 'skils'; did you mean 'skills'?",
            "sound/mixer.toml:3:1: unknown key 'colour'; the keys allowed here are: title, aliases, search_terms, summary, description, duties, skills, next, related, works_with, moves, entry_level, in_demand, education, certification, working_conditions, advancement, outlook, employers, unions, industry_groups, noc, wages, sources, updated",
            "sound/mixer.toml:6:14: unknown key 'lowe' in 'starting'; did you mean 'low'?",
            "sound/mixer.toml:8:1: unknown key 'titel' in 'sources'; did you mean 'title'?",
        ]
    );
    let l = &loaded.library;
    assert_eq!(l.title.as_deref(), Some("Lib"));
    let r = role(l, "mixer");
    assert_eq!(r.wages[0].year, Some(2024));
    assert_eq!(r.wages[0].starting.unwrap().low, Some(2.0));
    // The misspelt name is not used; the folder's name is.
    assert_eq!(dept_names(l, &[r.department]), ["Sound"]);
}

#[test]
fn toml_syntax_errors_point_at_the_mistake() {
    let lib = TempLibrary::new();
    lib.write("a.toml", "title = Foley Artist\n")
        .write(
            "b.toml",
            "title = \"Mixer\"\nskills = { technical = [\"a\", \"b\" }\n",
        )
        .write("c.toml", "title = \"One\"\ntitle = \"Two\"\n")
        .write("d.toml", "title = \"Never closed\nsummary = \"x\"\n")
        .write("ok.toml", "title = \"Fine\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "a.toml:1:9: this is not valid TOML: string values must be quoted, expected literal string",
            "b.toml:2:24: the list opened here is not closed; end it with ']' (noticed at line 2, column 34, where the list should have ended)",
            "c.toml:2:1: this is not valid TOML: 'title' is written twice; keep only one of them",
            "d.toml:1:22: this is not valid TOML: invalid basic string, expected `\"`",
        ]
    );
    assert_eq!(loaded.library.roles.len(), 1);
}

#[test]
fn a_file_that_is_not_utf8_is_reported_at_the_first_bad_byte() {
    let lib = TempLibrary::new();
    // Latin-1 'é' (0xE9) in "Régisseur", as old editors save it.
    lib.write("a.toml", b"title = \"Stage\"\nsummary = \"R\xe9gisseur\"\n")
        .write("b.toml", b"\xef\xbb\xbftitle = \"\xff\"\n")
        .write("ok.toml", "title = \"Fine\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "a.toml:2:13: this file is not UTF-8 text: byte 29 of the file (0xE9), here, is not part of a UTF-8 character; it was saved in another encoding (an accented letter, perhaps), so save the file as UTF-8 in your editor",
            // The byte order mark is not a column.
            "b.toml:1:10: this file is not UTF-8 text: byte 13 of the file (0xFF), here, is not part of a UTF-8 character; it was saved in another encoding (an accented letter, perhaps), so save the file as UTF-8 in your editor",
        ]
    );
    assert_eq!(loaded.library.roles.len(), 1);
}

#[test]
fn a_file_over_one_mebibyte_is_skipped_without_being_read_whole() {
    let lib = TempLibrary::new();
    lib.write("ok.toml", "title = \"Fine\"\n");
    // Sparse, so it costs no disk; reading it whole would need 8 GiB of memory.
    let huge = fs::File::create(lib.path("huge.toml")).unwrap();
    huge.set_len(8 << 30).unwrap();
    // Just over the limit, and exactly at it.
    let over = format!(
        "title = \"Over\"\ndescription = \"{}\"\n",
        "a".repeat(MAX_FILE_BYTES as usize - 31)
    );
    assert_eq!(over.len() as u64, MAX_FILE_BYTES + 1);
    lib.write("over.toml", &over);
    let at = format!(
        "title = \"At\"\ndescription = \"{}\"\n",
        "a".repeat(MAX_FILE_BYTES as usize - 30)
    );
    assert_eq!(at.len() as u64, MAX_FILE_BYTES);
    lib.write("at.toml", &at);
    let loaded = lib.load();
    let limit = "the file is larger than the 1 MiB limit for role files and was skipped; split it or shorten it";
    assert_eq!(
        lib.problems(&loaded),
        [format!("huge.toml: {limit}"), format!("over.toml: {limit}")]
    );
    assert_eq!(ids(&loaded.library, &[0, 1]), ["at", "ok"]);
    assert_eq!(
        role(&loaded.library, "at").description().map(str::len),
        Some(MAX_FILE_BYTES as usize - 30)
    );
}

// ----------------------------------------------------------------- links

#[test]
fn links_to_unknown_ids_are_reported_and_the_good_links_kept() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/foley-artist.toml",
        r#"title = "Foley Artist"
next = ["foley-supervisor", "foley-supervsor"]
related = ["sound-designer", "nobody-at-all"]
works_with = [
  "foley-artist",
  "sound-designer",
]
"#,
    )
    .write(
        "sound/foley-supervisor.toml",
        "title = \"Foley Supervisor\"\n",
    )
    .write("sound/sound-designer.toml", "title = \"Sound Designer\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "sound/foley-artist.toml:2:29: 'next' names 'foley-supervsor', but there is no role with that id; did you mean 'foley-supervisor'?",
            "sound/foley-artist.toml:3:30: 'related' names 'nobody-at-all', but there is no role with that id; use the file name of a role, without '.toml'",
            "sound/foley-artist.toml:5:3: 'works_with' names this role itself; remove 'foley-artist'",
        ]
    );
    assert_eq!(loaded.problems[0].title.as_deref(), Some("Foley Artist"));
    let l = &loaded.library;
    let r = role(l, "foley-artist");
    assert_eq!(ids(l, &r.next), ["foley-supervisor"]);
    assert_eq!(ids(l, &r.related), ["sound-designer"]);
    assert_eq!(ids(l, &r.works_with), ["sound-designer"]);
}

#[test]
fn a_link_to_a_role_that_failed_to_load_says_so() {
    let lib = TempLibrary::new();
    lib.write(
        "assistant.toml",
        "title = \"Assistant\"\nnext = [\"editor\"]\n",
    )
    .write("editor.toml", "title = 3\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "assistant.toml:2:9: 'next' names 'editor', but that role could not be loaded; fix the problems reported for editor.toml",
            "editor.toml:1:9: expected a string for 'title', found an integer",
        ]
    );
}

#[test]
fn a_cycle_in_the_ladder_names_its_roles_and_is_cut_where_it_closes() {
    let lib = TempLibrary::new();
    lib.write(
        "a-trainee.toml",
        "title = \"Trainee\"\nnext = [\"b-assistant\"]\n",
    )
    .write(
        "b-assistant.toml",
        "title = \"Assistant\"\nnext = [\"c-editor\"]\n",
    )
    .write(
        "c-editor.toml",
        "title = \"Editor\"\n\nnext = [\"d-supervisor\", \"a-trainee\"]\n",
    )
    .write("d-supervisor.toml", "title = \"Supervisor\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "c-editor.toml:3:25: the career ladder goes round in a circle: a-trainee → b-assistant → c-editor → a-trainee; remove 'a-trainee' from the 'next' of 'c-editor' or another step of the circle",
        ]
    );
    let l = &loaded.library;
    let a = l.role_by_id("a-trainee").unwrap();
    assert_eq!(
        l.ladders(a)
            .iter()
            .map(|path| ids(l, path))
            .collect::<Vec<_>>(),
        [["a-trainee", "b-assistant", "c-editor", "d-supervisor"]]
    );
    assert!(role(l, "a-trainee").previous.is_empty());
}

// ----------------------------------------------------- files and folders

/// Whether this process can read a file that has no read permission at all:
/// root (and CAP_DAC_OVERRIDE) can, so permission tests cannot block it.
fn permissions_are_ignored(probe: &Path) -> bool {
    fs::read(probe).is_ok()
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folders_are_reported_and_the_rest_loads() {
    use std::os::unix::fs::PermissionsExt;
    let lib = TempLibrary::new();
    lib.write("locked.toml", "title = \"Locked\"\n")
        .write("closed/inside.toml", "title = \"Inside\"\n")
        .write("open/fine.toml", "title = \"Fine\"\n");
    fs::set_permissions(lib.path("locked.toml"), fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(lib.path("closed"), fs::Permissions::from_mode(0o000)).unwrap();
    let denied = "cannot be read: permission denied; give the user running crewpath read access";
    if !permissions_are_ignored(&lib.path("locked.toml")) {
        let loaded = lib.load();
        // Let the temporary folder be removed.
        fs::set_permissions(lib.path("closed"), fs::Permissions::from_mode(0o755)).unwrap();
        assert!(loaded.library.role_by_id("fine").is_some());
        assert_eq!(
            lib.problems(&loaded),
            [
                format!("closed: {denied}"),
                format!("locked.toml: {denied}")
            ]
        );
        assert_eq!(loaded.library.roles.len(), 1);
        return;
    }
    // Root reads anything: the real binary is run as an unprivileged user
    // instead, who may enter the library but not the locked parts.
    fs::set_permissions(lib.root(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(lib.path("open"), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(
        lib.path("open/fine.toml"),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let out = std::process::Command::new("setpriv")
        .args([
            &format!("--reuid={UNPRIVILEGED}"),
            &format!("--regid={UNPRIVILEGED}"),
            "--clear-groups",
            "--",
            env!("CARGO_BIN_EXE_crewpath"),
            "check",
            "--roles",
            lib.path_str(),
        ])
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("CREWPATH_LANG")
        .output();
    fs::set_permissions(lib.path("closed"), fs::Permissions::from_mode(0o755)).unwrap();
    let out = match out {
        Ok(out) if !String::from_utf8_lossy(&out.stderr).starts_with("setpriv:") => out,
        Ok(out) => {
            let why = String::from_utf8_lossy(&out.stderr).into_owned();
            crate::common::skip(&format!(
                "running as root, and setpriv cannot drop privileges: {why}"
            ));
            return;
        }
        Err(e) => {
            crate::common::skip(&format!("running as root, and setpriv cannot be run: {e}"));
            return;
        }
    };
    let root = lib.path_str();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "{root}/closed: {denied}\n{root}/locked.toml: {denied}\n{root}: 1 role in 1 department, 2 problems\n"
        )
    );
    assert_eq!(out.status.code(), Some(1));
}

/// What crewpath says and does, run with `args` by someone file
/// permissions apply to; `None` where no such user can be had.
fn crewpath_as_unprivileged(args: &[&str]) -> Option<crate::common::Run> {
    let prefix = crate::common::permissions_apply()?;
    let mut argv: Vec<String> = prefix;
    argv.push(env!("CARGO_BIN_EXE_crewpath").to_string());
    argv.extend(args.iter().map(|a| a.to_string()));
    let mut cmd = std::process::Command::new(&argv[0]);
    cmd.args(&argv[1..]).env_remove("CREWPATH_ROLES");
    crate::common::english(&mut cmd);
    Some(crate::common::Run::from(
        cmd.output().expect("run crewpath"),
    ))
}

#[cfg(unix)]
#[test]
fn a_library_folder_that_cannot_be_read_is_an_error_naming_it_not_an_empty_library() {
    use std::os::unix::fs::PermissionsExt;
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    let root = lib.path_str();
    let denied = format!(
        "crewpath: {root} cannot be read: permission denied; give the user running crewpath permission to read and enter this folder\n"
    );
    // Neither listed nor entered; listed but not entered.
    for mode in [0o000, 0o644] {
        fs::set_permissions(lib.root(), fs::Permissions::from_mode(mode)).unwrap();
        for command in ["check", "list"] {
            let Some(r) = crewpath_as_unprivileged(&[command, "--roles", root]) else {
                fs::set_permissions(lib.root(), fs::Permissions::from_mode(0o755)).unwrap();
                return;
            };
            assert_eq!(
                (r.stdout.as_str(), r.stderr.as_str()),
                ("", denied.as_str()),
                "{command} {mode:o}"
            );
            assert_eq!(r.code, 2, "{command} {mode:o}");
        }
    }
    fs::set_permissions(lib.root(), fs::Permissions::from_mode(0o755)).unwrap();
    let r = crewpath_as_unprivileged(&["list", "--roles", root]).expect("as before");
    assert_eq!(r.stdout, "mixer\tMixer\tSound\n");
}

#[test]
fn reading_again_a_library_folder_gone_or_unreadable_is_an_error_not_an_empty_library() {
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    let before = lib.load();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(lib.root(), fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads any folder: there, the binary's test above covers it.
        if fs::read_dir(lib.root()).is_err() {
            let read = crewpath::library::reload(lib.root(), &before.library);
            fs::set_permissions(lib.root(), fs::Permissions::from_mode(0o755)).unwrap();
            let Err(e) = read else {
                panic!("an unreadable folder read as a library");
            };
            assert!(e.to_string().contains("permission denied"), "{e}");
        }
        fs::set_permissions(lib.root(), fs::Permissions::from_mode(0o755)).unwrap();
    }
    let gone = lib.root().with_extension("moved");
    fs::rename(lib.root(), &gone).unwrap();
    let read = crewpath::library::reload(lib.root(), &before.library);
    fs::rename(&gone, lib.root()).unwrap();
    let Err(e) = read else {
        panic!("a folder that is gone read as a library");
    };
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[cfg(unix)]
#[test]
fn link_loops_are_reported_once_and_never_followed() {
    use std::os::unix::fs::symlink;
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\n");
    symlink("..", lib.path("sound/up")).unwrap();
    symlink(lib.root(), lib.path("sound/home")).unwrap();
    symlink("self.toml", lib.path("self.toml")).unwrap();
    symlink("ping.toml", lib.path("pong.toml")).unwrap();
    symlink("pong.toml", lib.path("ping.toml")).unwrap();
    symlink("gone.toml", lib.path("dangling.toml")).unwrap();
    let loaded = lib.load();
    let root = lib.root().display().to_string();
    let circle = "is a link that points to itself or round a circle of links; it was not followed, remove it or point it at a real file";
    assert_eq!(
        lib.problems(&loaded),
        [
            "dangling.toml: is a link to something that does not exist; remove it or fix its target".to_string(),
            format!("ping.toml: {circle}"),
            format!("pong.toml: {circle}"),
            format!("self.toml: {circle}"),
            format!("sound/home: is a link back to {root}, which would loop forever; it was not followed"),
            format!("sound/up: is a link back to {root}, which would loop forever; it was not followed"),
        ]
    );
    assert_eq!(ids(&loaded.library, &[0]), ["mixer"]);
}

#[test]
fn one_bad_file_never_stops_the_others() {
    let lib = TempLibrary::new();
    let bad: [&[u8]; 6] = [
        b"title = ",
        b"\xff\xfe\x00t\x00i",
        b"title = \"Dup\"\ntitle = \"Dup\"",
        b"[[[[",
        b"title = [\"x\"]",
        b"",
    ];
    for (i, text) in bad.iter().enumerate() {
        lib.write(&format!("d{i}/bad-{i}.toml"), text);
        lib.write(
            &format!("d{i}/good-{i}.toml"),
            format!("title = \"Good {i}\"\n"),
        );
    }
    let loaded = lib.load();
    assert_eq!(loaded.problems.len(), bad.len());
    let mut loaded_ids = ids(
        &loaded.library,
        &(0..loaded.library.roles.len()).collect::<Vec<_>>(),
    );
    loaded_ids.sort();
    assert_eq!(
        loaded_ids,
        ["good-0", "good-1", "good-2", "good-3", "good-4", "good-5"]
    );
}

#[test]
fn loading_never_changes_a_file() {
    let lib = TempLibrary::new();
    lib.write("sound/_index.toml", "nmae = 1\n")
        .write("sound/mixer.toml", FULL_ROLE)
        .write("bad.toml", b"title = \"\xff\"\r\n")
        .write(
            "bom.toml",
            "\u{feff}title = \"Bom\"\r\nnext = [\"nobody\"]\r\n",
        )
        .write("_index.toml", "title = 5\n");
    let snapshot = |lib: &TempLibrary| -> Vec<(PathBuf, Vec<u8>, SystemTime)> {
        walkdir::WalkDir::new(lib.root())
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let meta = e.metadata().unwrap();
                (
                    e.path().to_path_buf(),
                    fs::read(e.path()).unwrap(),
                    meta.modified().unwrap(),
                )
            })
            .collect()
    };
    let before = snapshot(&lib);
    let loaded = lib.load();
    assert!(!loaded.problems.is_empty());
    assert_eq!(snapshot(&lib), before);
    assert_eq!(before.len(), 5);
}

#[test]
fn a_missing_folder_or_a_file_cannot_be_loaded_at_all() {
    let lib = TempLibrary::new();
    lib.write("role.toml", "title = \"R\"\n");
    let missing = lib.path("nope");
    let err = load_dir(&missing).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{} does not exist; give the folder that holds the role files",
            missing.display()
        )
    );
    let file = lib.path("role.toml");
    let err = load_dir(&file).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{} is not a folder; give the folder that holds the role files",
            file.display()
        )
    );
}

#[test]
fn hidden_files_and_other_extensions_are_not_roles() {
    let lib = TempLibrary::new();
    lib.write(".git/config.toml", "not toml at all [")
        .write(".mixer.toml.swp", "junk")
        .write("sound/.draft.toml", "title = 1")
        .write("sound/notes.md", "# notes")
        .write("sound/mixer.toml", "title = \"Mixer\"\n");
    let loaded = lib.load();
    assert_eq!(lib.problems(&loaded), Vec::<String>::new());
    assert_eq!(loaded.library.roles.len(), 1);
    assert_eq!(loaded.library.department_count(), 1);
}

#[test]
fn a_date_written_another_way_is_a_problem_naming_the_format() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/foley-artist.toml",
        "title = \"Foley Artist\"\n\
         [[sources]]\ntitle = \"A page\"\nretrieved = \"31/01/2026\"\n\
         [[sources]]\ntitle = \"No such day\"\nretrieved = \"2026-02-29\"\n\
         [[sources]]\ntitle = \"Only a time\"\nretrieved = 10:30:00\n\
         [[sources]]\ntitle = \"Leap day\"\nretrieved = \"2024-02-29\"\n\
         [[sources]]\ntitle = \"With a time\"\nretrieved = 2026-01-31T10:30:00Z\n",
    );
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "sound/foley-artist.toml:4:13: '31/01/2026' in 'retrieved' is not a date; write year-month-day, such as 2026-01-31",
            "sound/foley-artist.toml:7:13: '2026-02-29' in 'retrieved' is not a date; write year-month-day, such as 2026-01-31",
            "sound/foley-artist.toml:10:13: 'retrieved' is a time of day, not a date; write year-month-day, such as 2026-01-31",
        ]
    );
    let retrieved: Vec<Option<&str>> = role(&loaded.library, "foley-artist")
        .sources
        .iter()
        .map(|s| s.retrieved.as_deref())
        .collect();
    assert_eq!(
        retrieved,
        [None, None, None, Some("2024-02-29"), Some("2026-01-31")]
    );
}

#[test]
fn sections_can_carry_the_date_their_source_last_updated_them() {
    let lib = TempLibrary::new();
    lib.write(
        "music/engineer.toml",
        "title = \"Engineer\"\nworking_conditions = \"Long days.\"\n\n[updated]\nworking_conditions = 2014-10-21\neducation = \"2017-04-01\"\nworking_condition = 2020-01-01\nwages = \"last spring\"\n",
    );
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "music/engineer.toml:7:1: unknown key 'working_condition' in 'updated'; did you mean 'working_conditions'?",
            "music/engineer.toml:8:9: 'last spring' in 'wages' is not a date; write year-month-day, such as 2026-01-31",
        ]
    );
    let r = role(&loaded.library, "engineer");
    assert_eq!(
        r.updated,
        [
            ("working_conditions".to_string(), "2014-10-21".to_string()),
            ("education".to_string(), "2017-04-01".to_string())
        ]
    );
    let out = crate::common::crewpath_command()
        .args(["show", "--roles"])
        .arg(lib.root())
        .arg("engineer")
        .output()
        .expect("run crewpath show");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Working conditions\n  (As the source stood on 2014-10-21"),
        "{text}"
    );
    // In JSON the dates are an object keyed by section, in file order.
    let out = crate::common::crewpath_command()
        .args(["show", "--json", "--roles"])
        .arg(lib.root())
        .arg("engineer")
        .output()
        .expect("run crewpath show --json");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("show --json");
    assert_eq!(
        json["role"]["updated"],
        serde_json::json!({"working_conditions": "2014-10-21", "education": "2017-04-01"})
    );
    let raw = String::from_utf8_lossy(&out.stdout);
    assert!(
        raw.contains(
            "\"updated\": {\n      \"working_conditions\": \"2014-10-21\",\n      \"education\": \"2017-04-01\"\n    }"
        ),
        "{raw}"
    );
}

#[test]
fn near_miss_names_unclosed_lists_and_bad_ids_are_reported_with_the_likely_intent() {
    let lib = TempLibrary::new();
    lib.write(
        "s/x.toml",
        "title = \"X\"\nduties = [\"a\", \"b\"\nsummary = \"y\"\n",
    );
    lib.write("s/online-editor.toml.txt", "title = \"Y\"\n");
    lib.write("s/z.TOML", "title = \"Z\"\n");
    lib.write("s/notes.txt", "not a role\n");
    lib.write("s/_indx.toml", "name = \"S\"\n");
    lib.write("music/Colorist.toml", "title = \"Colorist\"\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "music/Colorist.toml: 'Colorist' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to 'colorist.toml' (until then it is loaded as 'colorist')",
            "s/_indx.toml: names starting with '_' are kept for crewpath's own files ('_index.toml', '_skills.toml', '_synonyms.toml'); did you mean '_index.toml'? It was not read",
            "s/online-editor.toml.txt: looks like a role file but does not end in '.toml', so it was not read; if it is one, rename it to 'online-editor.toml'",
            "s/x.toml:2:10: the list opened here is not closed; end it with ']' (noticed at line 3, column 1, where the list should have ended)",
            "s/z.TOML: looks like a role file but does not end in '.toml', so it was not read; if it is one, rename it to 'z.toml'",
        ]
    );
    // The id printed is one `show` finds.
    let colorist = role(&loaded.library, "colorist");
    assert_eq!(
        loaded.library.find_role(colorist.id()),
        loaded.library.role_by_id("colorist")
    );
}

#[test]
fn a_list_missing_a_comma_is_told_apart_from_a_list_never_closed() {
    let lib = TempLibrary::new();
    // Closed, but two items have no comma between them: adding a ']' would
    // not help.
    lib.write(
        "comma-lines.toml",
        "title = \"A\"\naliases = [\n  \"x\"\n  \"y\",\n]\n",
    )
    .write(
        "comma-one-line.toml",
        "title = \"B\"\naliases = [\"x\" \"y\"]\n",
    )
    // Never closed: the next key, the next table, or the end of the file
    // comes first.
    .write(
        "open-key.toml",
        "title = \"C\"\naliases = [\"x\", # the list\n  \"y\"\n\n# more\nsummary = \"s\"\n",
    )
    .write(
        "open-table.toml",
        "title = \"D\"\nnext = [\"a\",\n  \"b\"\n[skills]\ntechnical = [\"x\"]\n",
    )
    .write("open-end.toml", "title = \"E\"\nduties = [\n  \"x\",\n");
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "comma-lines.toml:4:3: a comma is missing before this item of the list opened at line 2, column 11; separate the items with ','",
            "comma-one-line.toml:2:16: a comma is missing before this item of the list opened at line 2, column 11; separate the items with ','",
            "open-end.toml:2:10: the list opened here is not closed; end it with ']' (the file ends before it does)",
            "open-key.toml:2:11: the list opened here is not closed; end it with ']' (noticed at line 6, column 1, where the list should have ended)",
            "open-table.toml:2:8: the list opened here is not closed; end it with ']' (noticed at line 4, column 1, where the list should have ended)",
        ]
    );
}

#[test]
fn near_miss_names_beside_their_role_file_or_mistyped_say_what_was_meant() {
    let lib = TempLibrary::new();
    lib.write("s/editor.toml", "title = \"Editor\"\n")
        // Saved by an editor beside the real file: renaming it as the
        // plain near-miss advice says would overwrite the role.
        .write("s/editor.toml.txt", "title = \"Editor, edited\"\n")
        .write("s/editor.toml.bak", "title = \"Editor\"\n")
        .write("s/mixer.tml", "title = \"Mixer\"\n")
        .write("s/index.toml", "name = \"Sound\"\norder = 2\n")
        // Editors' own backups and autosaves are left alone.
        .write("s/editor.toml~", "title = \"Editor\"\n")
        .write("s/#editor.toml#", "title = \"Editor\"\n");
    let loaded = lib.load();
    let copy = "is not read, as only names ending in '.toml' are; it looks like a copy of 'editor.toml' beside it: if it holds edits, make them in 'editor.toml', then remove this copy or move it out of the library";
    assert_eq!(
        lib.problems(&loaded),
        [
            format!("s/editor.toml.bak: {copy}"),
            format!("s/editor.toml.txt: {copy}"),
            "s/index.toml: this holds a department's details ('name', no 'title'), so it was not read as a role; did you mean '_index.toml'? A department's own file must have that name".to_string(),
            "s/mixer.tml: looks like a role file but does not end in '.toml', so it was not read; if it is one, rename it to 'mixer.toml'".to_string(),
        ]
    );
    assert_eq!(ids(&loaded.library, &[0]), ["editor"]);
    assert_eq!(loaded.library.roles.len(), 1);
}

#[test]
fn a_circle_through_an_entry_level_role_is_cut_where_it_climbs_back_to_it() {
    let lib = TempLibrary::new();
    // The files are in ladder order, but the mistake is the last link: the
    // editor's `next` points back down at the trainee.
    lib.write(
        "a-assistant.toml",
        "title = \"Assistant\"\nnext = [\"b-editor\"]\n",
    )
    .write(
        "b-editor.toml",
        "title = \"Editor\"\nnext = [\"c-supervisor\", \"z-trainee\"]\n",
    )
    .write("c-supervisor.toml", "title = \"Supervisor\"\n")
    .write(
        "z-trainee.toml",
        "title = \"Trainee\"\nentry_level = true\nnext = [\"a-assistant\"]\n",
    );
    let loaded = lib.load();
    assert_eq!(
        lib.problems(&loaded),
        [
            "b-editor.toml:2:25: the career ladder goes round in a circle: z-trainee → a-assistant → b-editor → z-trainee; remove 'z-trainee' from the 'next' of 'b-editor' or another step of the circle",
        ]
    );
    let l = &loaded.library;
    // The ladder climbs from the trainee, as the files meant.
    let editor = l.role_by_id("b-editor").unwrap();
    assert_eq!(
        l.ladders(editor)
            .iter()
            .map(|path| ids(l, path))
            .collect::<Vec<_>>(),
        [["z-trainee", "a-assistant", "b-editor", "c-supervisor"]]
    );
    // Every role of the circle carries the problem in the explorer, not
    // only the one whose file holds the link left out.
    let marked = crate::common::with_app(&loaded, Default::default(), |app| {
        l.roles
            .iter()
            .enumerate()
            .filter(|(r, _)| !app.role_problems[*r].is_empty())
            .map(|(_, role)| role.id().to_string())
            .collect::<Vec<_>>()
    });
    assert_eq!(marked, ["a-assistant", "b-editor", "z-trainee"]);
}
