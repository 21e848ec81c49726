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
        .position(|r| r.title() == title)
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
            .filter(|r| r.title() == *title)
            .count();
        assert_eq!(count, 1, "{title}");
    }
}

#[test]
fn every_role_has_a_summary_description_skills_and_sources() {
    let lib = load_embedded().library;
    for (r, role) in lib.roles.iter().enumerate() {
        assert!(role.summary().is_some(), "{} has no summary", role.title());
        assert!(
            role.description().is_some(),
            "{} has no description",
            role.title()
        );
        // Its own skills or its departments': a skill a source gives a
        // whole department is written once, in the department's file. No
        // source gives the Assistant Engineer a skill: Alberta names the
        // job as a way in, and Toronto, whose music jobs share skills, does
        // not name it.
        assert_eq!(
            lib.skill_ids(r).is_empty(),
            role.title() == "Assistant Engineer",
            "{} and its skills",
            role.title()
        );
        assert!(!role.sources.is_empty(), "{} has no sources", role.title());
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
            role.aliases().iter().any(|a| a == alias),
            "{title} lacks alias {alias}"
        );
    }
}

/// Every ladder step in the bundled roles, and why the rule allows it: a
/// source says who works under whom, or the titles say it.
const LADDER: &[(&str, &str)] = &[
    // Toronto: the trainee works under the 1PE and/or APE.
    (
        "Trainee Assistant Picture Editor",
        "Assistant Picture Editor",
    ),
    // Toronto: the APE works under the direction of the 1PE.
    ("Assistant Picture Editor", "First Assistant Picture Editor"),
    // Toronto: the Picture Editor supervises the editorial assistants.
    ("First Assistant Picture Editor", "Picture Editor"),
    // Toronto: the trainee works under the direction of the 1SE.
    (
        "Trainee Assistant Sound Editor",
        "First Assistant Sound Editor",
    ),
    // Titles: "(First) Assistant X" → "X".
    ("First Assistant Sound Editor", "Sound Editor"),
    ("Assistant Dialogue Editor", "Dialogue Editor"),
    ("Assistant Sound Effects Editor", "Sound Effects Editor"),
    // Titles: "X" → "Supervising X".
    ("Sound Editor", "Supervising Sound Editor"),
    // Toronto: the coordinator assists the supervisors.
    ("Post Production Coordinator", "Post Production Supervisor"),
    // Alberta: many start as an assistant engineer and work their way up.
    ("Assistant Engineer", "Recording Engineer"),
];

#[test]
fn the_ladder_has_exactly_the_steps_the_rule_allows() {
    let lib = load_embedded().library;
    let mut steps: Vec<(String, String)> = Vec::new();
    for role in &lib.roles {
        for &up in &role.next {
            steps.push((role.title().to_string(), lib.roles[up].title().to_string()));
        }
    }
    steps.sort();
    let mut wanted: Vec<(String, String)> = LADDER
        .iter()
        .map(|(l, u)| (l.to_string(), u.to_string()))
        .collect();
    wanted.sort();
    assert_eq!(steps, wanted);
    // What the rule leaves out is linked sideways instead.
    let ppa = &lib.roles[by_title(&lib, "Post Production Assistant")];
    assert!(
        ppa.related
            .contains(&by_title(&lib, "Post Production Coordinator"))
    );
}

#[test]
fn the_role_files_guide_lists_every_rung_with_its_grounds() {
    let guide = include_str!("../../docs/role-files.md");
    let table = guide
        .split("| step | grounds |")
        .nth(1)
        .expect("the table of rungs under Bundled roles");
    let mut listed: Vec<(String, String)> = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let step = line.split('|').nth(1).expect("a step").trim();
            let (low, up) = step.split_once(" → ").expect("low → up");
            (low.to_string(), up.to_string())
        })
        .collect();
    listed.sort();
    let mut wanted: Vec<(String, String)> = LADDER
        .iter()
        .map(|(l, u)| (l.to_string(), u.to_string()))
        .collect();
    wanted.sort();
    assert_eq!(listed, wanted);
}

#[test]
fn entry_level_only_where_a_source_says_so() {
    let lib = load_embedded().library;
    let mut entry: Vec<&str> = lib
        .roles
        .iter()
        .filter(|r| r.entry_level)
        .map(|r| r.title())
        .collect();
    entry.sort_unstable();
    assert_eq!(
        entry,
        [
            "Assistant Engineer",
            "Trainee Assistant Picture Editor",
            "Trainee Assistant Sound Editor"
        ]
    );
    assert!(lib.roles.iter().all(|r| !r.in_demand));
}

#[test]
fn jobs_the_source_only_names_say_so_and_claim_no_more() {
    let lib = load_embedded().library;
    let mut bc_only: Vec<&str> = lib
        .roles
        .iter()
        .filter(|r| {
            r.sources
                .iter()
                .all(|s| s.publisher.as_deref() == Some("Creative Pathways"))
        })
        .map(|r| r.title())
        .collect();
    bc_only.sort_unstable();
    assert_eq!(
        bc_only,
        [
            "Assistant Dialogue Editor",
            "Assistant Sound Effects Editor",
            "Dialogue Editor",
            "Foley Recordist",
            "Sound Assistant",
            "Sound Effects Editor",
            "Sound Supervisor/Sound Designer",
            "Studio Tech",
            "Supervising Sound Editor",
        ]
    );
    // Toronto's sound editing department gives these; the jobs British
    // Columbia only names must not inherit them.
    let toronto_only = [
        "sound-recording",
        "audio-manipulation",
        "music-industry-experience",
    ];
    for title in bc_only {
        let r = by_title(&lib, title);
        let role = &lib.roles[r];
        let text = role.description().unwrap_or_default();
        // Said to the visitor, in the description; the summary says what the
        // title does.
        assert!(
            text.starts_with("Our sources give this job's title, but not what it involves."),
            "{title}"
        );
        assert!(
            role.summary().is_some_and(|s| !s.contains("source")),
            "{title}"
        );
        for skill in lib.skill_ids(r) {
            assert!(!toronto_only.contains(&skill), "{title}: {skill}");
        }
        assert!(
            role.unions().is_empty() && role.industry_groups().is_empty(),
            "{title}"
        );
        for claim in ["senior", "advanced", "leads", "listed last", "first job"] {
            assert!(!text.to_lowercase().contains(claim), "{title}: {claim}");
        }
        assert!(
            role.duties().is_empty(),
            "{title}: duties the source never gives"
        );
        assert!(role.advancement().is_none(), "{title}");
    }
    // The mixer is described only through Toronto's mention and BC's account
    // of the mixing stage: nothing says how senior the job is.
    let mixer = &lib.roles[by_title(&lib, "Re-Recording Mixer")];
    assert!(mixer.advancement().is_none());
    assert!(
        !format!("{mixer:?}").to_lowercase().contains("senior"),
        "{mixer:?}"
    );
    // No source places these three in editing or mixing.
    for title in [
        "Studio Tech",
        "Sound Supervisor/Sound Designer",
        "Sound Assistant",
    ] {
        let role = &lib.roles[by_title(&lib, title)];
        assert_eq!(lib.department_path(role.department), ["Sound"], "{title}");
    }
}

#[test]
fn toronto_roles_credit_the_guild_for_their_descriptions() {
    let lib = load_embedded().library;
    // The page credits the guild for its supervision, picture editing and
    // sound editing descriptions, not for its music ones.
    let mut credited = 0;
    for role in &lib.roles {
        let toronto: Vec<&str> = role
            .sources
            .iter()
            .filter(|s| s.publisher.as_deref() == Some("Toronto screen industry"))
            .filter_map(|s| s.title.as_deref())
            .collect();
        if toronto.is_empty() {
            continue;
        }
        let music = lib.department_path(role.department) == ["Music"];
        let credit = toronto
            .iter()
            .all(|t| t.contains("Directors Guild of Canada – Ontario"));
        assert_eq!(credit, !music, "{}: {toronto:?}", role.title());
        credited += usize::from(credit);
    }
    assert_eq!(credited, 14);
    // The Guild of Music Supervisors is listed under Toronto's sound
    // editing jobs, not on the music supervisor; the sound editing
    // department, which also holds jobs British Columbia only names, lists
    // neither guild nor group for all of them.
    let supervisor = &lib.roles[by_title(&lib, "Music Supervisor")];
    assert!(supervisor.industry_groups().is_empty());
    let sound_editor = &lib.roles[by_title(&lib, "Sound Editor")];
    assert!(
        sound_editor
            .industry_groups()
            .iter()
            .any(|g| g == "Guild of Music Supervisors")
    );
    let editing = lib
        .departments
        .iter()
        .find(|d| d.name == "Sound editing")
        .expect("sound editing");
    assert!(editing.industry_groups.is_empty() && editing.unions.is_empty());
}

#[test]
fn the_recording_engineer_carries_the_alberta_profile() {
    let lib = load_embedded().library;
    let r = by_title(&lib, "Recording Engineer");
    let role = &lib.roles[r];
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
        &role.education(),
        &role.certification(),
        &role.working_conditions(),
        &role.advancement(),
    ] {
        assert!(section.is_some());
    }
    assert!(!role.employers().is_empty());
    // Sections the profile dates to 2014 carry that date; so do the others
    // the profile dates.
    for (key, date) in [
        ("working_conditions", "2014-10-21"),
        ("skills", "2014-10-21"),
        ("education", "2014-10-21"),
        ("advancement", "2014-10-21"),
        ("employers", "2014-10-21"),
        ("certification", "2017-04-01"),
        ("description", "2022-04-12"),
        ("industry_groups", "2022-04-12"),
    ] {
        assert!(
            role.updated.iter().any(|(k, d)| k == key && d == date),
            "{key}"
        );
    }
    // The wage table shows the 2021 survey's year, never the 2014 date the
    // profile puts on the section above it.
    assert!(role.updated.iter().all(|(k, _)| k != "wages"));
    let skills: Vec<&str> = lib
        .skill_ids(r)
        .into_iter()
        .map(|id| lib.skill_name(id))
        .collect();
    let all = format!("{role:?} {skills:?}");
    for fact in [
        "bonuses that are not tied to production",
        "separate Sound Engineer profile",
        "Instrumental Musician",
        "Television Audio/Video Operator",
        "no promise of a job",
        "later broadcast or sold in stores",
        "analogue",
        "SMPTE time code",
        "MIDI (musical instrument digital interface) time code",
        "Evenings, weekends and holidays",
        "musical styles of many different people",
    ] {
        assert!(all.contains(fact), "missing: {fact}");
    }
}

#[test]
fn every_department_describes_itself() {
    let lib = load_embedded().library;
    // The BC page's union note belongs to the sound department it is about.
    let sound = lib
        .departments
        .iter()
        .find(|d| d.name == "Sound")
        .expect("sound");
    let text = sound.description.as_deref().unwrap_or_default();
    assert!(text.contains("union or guild"), "{text}");
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
    let out = crate::common::crewpath_command()
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

#[test]
fn a_move_that_rests_on_shared_skills_has_some() {
    let lib = load_embedded().library;
    let mut moves = 0;
    for (r, role) in lib.roles.iter().enumerate() {
        for side in &role.moves {
            moves += 1;
            let from = lib.skill_ids(r);
            let shared = lib
                .skill_ids(side.to)
                .iter()
                .filter(|s| from.contains(s))
                .count();
            // `compare` would print "Skills both ask for: none" beside a
            // reason that says they overlap.
            assert!(
                shared > 0 || !side.because.to_lowercase().contains("skills overlap"),
                "{} → {}: {}",
                role.title(),
                lib.roles[side.to].title(),
                side.because
            );
        }
    }
    // The two first assistants' move, which shared no skill, is gone.
    let first_picture = by_title(&lib, "First Assistant Picture Editor");
    let first_sound = by_title(&lib, "First Assistant Sound Editor");
    assert!(
        lib.roles[first_picture]
            .moves
            .iter()
            .all(|m| m.to != first_sound)
    );
    assert!(
        lib.roles[first_sound]
            .moves
            .iter()
            .all(|m| m.to != first_picture)
    );
    assert_eq!(moves, 3);
}

#[test]
fn the_skills_toronto_gives_its_music_jobs_are_theirs_alone() {
    let lib = load_embedded().library;
    let toronto_music = [
        "Music Supervisor",
        "Composer",
        "Orchestrator",
        "Music Coordinator",
        "Copyist",
        "Film Score Conductor",
        "Recording Engineer",
    ];
    let shared = [
        "sound-recording",
        "audio-manipulation",
        "music-industry-experience",
    ];
    for title in toronto_music {
        let skills = lib.skill_ids(by_title(&lib, title));
        for skill in shared {
            assert!(skills.contains(&skill), "{title} lacks {skill}");
        }
    }
    // The Music folder also holds the Assistant Engineer, a job only
    // Alberta names: nothing Toronto gives its music jobs reaches it.
    let assistant = by_title(&lib, "Assistant Engineer");
    let skills = lib.skill_ids(assistant);
    for skill in shared {
        assert!(!skills.contains(&skill), "Assistant Engineer has {skill}");
    }
    let music = lib
        .departments
        .iter()
        .find(|d| d.name == "Music")
        .expect("music");
    assert!(music.skills.is_empty());
}
