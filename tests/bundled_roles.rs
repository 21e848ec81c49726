//! The roles crewpath ships with: every post-production role of the three
//! source pages is there, complete, and linked up its ladder.

use crewpath::library::{Library, load_embedded};

const TITLES: &[&str] = &[
    "Post Production Supervisor",
    "Post Production Coordinator",
    "Post Production Assistant",
    "Picture Editor",
    "First Assistant Picture Editor",
    "Assistant Picture Editor",
    "Trainee Assistant Picture Editor",
    "Sound Editor",
    "First Assistant Sound Editor",
    "Trainee Assistant Sound Editor",
    "Music Editor",
    "Foley Artist",
    "Foley Recordist",
    "ADR Editor/Mixer",
    "Sound Assistant",
    "Studio Tech",
    "Assistant Sound Effects Editor",
    "Sound Effects Editor",
    "Assistant Dialogue Editor",
    "Dialogue Editor",
    "Supervising Sound Editor",
    "Re-Recording Mixer",
    "Sound Supervisor/Sound Designer",
    "Music Supervisor",
    "Composer",
    "Orchestrator",
    "Music Coordinator",
    "Copyist",
    "Film Score Conductor",
    "Recording Engineer",
];

fn by_title(lib: &Library, title: &str) -> usize {
    lib.roles
        .iter()
        .position(|r| r.title == title)
        .unwrap_or_else(|| panic!("no bundled role titled {title}"))
}

#[test]
fn every_role_of_the_sources_is_bundled_once_without_problems() {
    let loaded = load_embedded();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    for title in TITLES {
        let count = loaded
            .library
            .roles
            .iter()
            .filter(|r| r.title == *title)
            .count();
        assert_eq!(count, 1, "{title}");
    }
}

#[test]
fn every_role_has_a_summary_description_skills_and_sources() {
    let lib = load_embedded().library;
    for role in &lib.roles {
        assert!(role.summary.is_some(), "{} has no summary", role.title);
        assert!(
            role.description.is_some(),
            "{} has no description",
            role.title
        );
        assert!(!role.skills.is_empty(), "{} has no skills", role.title);
        assert!(!role.sources.is_empty(), "{} has no sources", role.title);
    }
}

#[test]
fn abbreviations_the_sources_use_are_aliases() {
    let lib = load_embedded().library;
    for (title, alias) in [
        ("Post Production Supervisor", "PPS"),
        ("Post Production Coordinator", "PPC"),
        ("Post Production Assistant", "PPA"),
        ("Picture Editor", "PE"),
        ("First Assistant Picture Editor", "1PE"),
        ("Assistant Picture Editor", "APE"),
        ("Trainee Assistant Picture Editor", "TAPE"),
        ("Sound Editor", "SE"),
        ("First Assistant Sound Editor", "1SE"),
        ("Trainee Assistant Sound Editor", "TASE"),
        ("Music Editor", "ME"),
        ("ADR Editor/Mixer", "ADR Mixer"),
        (
            "ADR Editor/Mixer",
            "Automated Dialogue Replacement Editor/Mixer",
        ),
        ("Recording Engineer", "Audio Recording Engineer"),
        ("Recording Engineer", "Mix Engineer"),
        ("Recording Engineer", "Music Recording Engineer"),
        ("Recording Engineer", "Sound Technician"),
    ] {
        let role = &lib.roles[by_title(&lib, title)];
        assert!(
            role.aliases.iter().any(|a| a == alias),
            "{title} lacks alias {alias}"
        );
    }
}

#[test]
fn assistants_and_trainees_step_up_to_the_role_their_title_names() {
    let lib = load_embedded().library;
    for (lower, upper) in [
        (
            "Trainee Assistant Picture Editor",
            "Assistant Picture Editor",
        ),
        ("Assistant Picture Editor", "First Assistant Picture Editor"),
        ("First Assistant Picture Editor", "Picture Editor"),
        (
            "Trainee Assistant Sound Editor",
            "First Assistant Sound Editor",
        ),
        ("First Assistant Sound Editor", "Sound Editor"),
        ("Assistant Dialogue Editor", "Dialogue Editor"),
        ("Assistant Sound Effects Editor", "Sound Effects Editor"),
        ("Post Production Assistant", "Post Production Coordinator"),
        ("Post Production Coordinator", "Post Production Supervisor"),
    ] {
        let (l, u) = (by_title(&lib, lower), by_title(&lib, upper));
        assert!(lib.roles[l].next.contains(&u), "{lower} → {upper}");
    }
}

#[test]
fn the_recording_engineer_carries_the_alberta_profile() {
    let lib = load_embedded().library;
    let role = &lib.roles[by_title(&lib, "Recording Engineer")];
    let codes: Vec<(&str, Option<&str>)> = role
        .noc
        .iter()
        .map(|n| (n.code.as_str(), n.version.as_deref()))
        .collect();
    for (code, version) in [
        ("5225", "2006"),
        ("5225", "2011"),
        ("5225", "2016"),
        ("52113", "2021"),
    ] {
        assert!(
            codes.contains(&(code, Some(version))),
            "NOC {code} ({version})"
        );
    }
    let wage = role.wages.first().expect("the 2021 Alberta wage table");
    assert_eq!(
        (wage.region.as_deref(), wage.year),
        (Some("Alberta"), Some(2021))
    );
    let band = |b: Option<crewpath::library::PayBand>| {
        let b = b.expect("pay bracket");
        (b.low, b.high, b.average, b.median)
    };
    assert_eq!(
        band(wage.starting),
        (Some(15.0), Some(75.0), Some(31.15), Some(27.39))
    );
    assert_eq!(
        band(wage.overall),
        (Some(15.0), Some(75.0), Some(34.78), Some(32.96))
    );
    assert_eq!(
        band(wage.top),
        (Some(15.0), Some(75.0), Some(37.37), Some(34.62))
    );
    for section in [
        &role.education,
        &role.certification,
        &role.working_conditions,
        &role.advancement,
    ] {
        assert!(section.is_some());
    }
    assert!(!role.employers.is_empty());
}

#[test]
fn every_department_describes_itself() {
    let lib = load_embedded().library;
    for dept in &lib.departments {
        assert!(
            dept.description.is_some(),
            "{} has no description",
            dept.name
        );
    }
}

#[test]
fn show_finds_a_role_by_id_title_or_abbreviation() {
    let lib = load_embedded().library;
    let fape = by_title(&lib, "First Assistant Picture Editor");
    for name in [
        "first-assistant-picture-editor",
        "First Assistant Picture Editor",
        "FIRST ASSISTANT PICTURE EDITOR",
        "1pe",
        " 1PE ",
    ] {
        assert_eq!(lib.find_role(name), Some(fape), "{name}");
    }
    assert_eq!(lib.find_role("nobody"), None);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crewpath"))
        .args(["show", "1pe"])
        .env_remove("CREWPATH_ROLES")
        .output()
        .expect("run crewpath show");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("First Assistant Picture Editor\n"),
        "{text}"
    );
}
