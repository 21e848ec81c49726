//! `crewpath import`: real excerpts of NOC 2021 and O*NET imported by the
//! real binary, checked, searched and opened; messy copies of the same
//! files; and refreshing a library staff have since edited.

use std::path::{Path, PathBuf};

use crate::common::{Run, Term, crewpath_with};

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

const EN_ELEMENTS: &str = "noc/noc_2021_version_1.0_-_elements.csv";
const EN_STRUCTURE: &str = "noc/noc_2021_version_1.0_-_classification_structure.csv";
const FR_ELEMENTS: &str = "noc/cnp_2021_version_1.0_-_elements.csv";
const FR_STRUCTURE: &str = "noc/cnp_2021_version_1.0_-_structure_de_la_classification.csv";
const ONET: &str = "onet/db_30_1_text";

/// `crewpath import noc` on these files (French too where given).
fn import_noc(elements: &Path, structure: &Path, fr: Option<(&Path, &Path)>, out: &Path) -> Run {
    let mut args = vec!["import", "noc", s(elements), s(structure)];
    if let Some((e, st)) = fr {
        args.extend(["--fr", s(e), s(st)]);
    }
    args.extend(["--out", s(out)]);
    crewpath_with(&args, &[])
}

fn import_real_noc(out: &Path) -> Run {
    import_noc(
        &data(EN_ELEMENTS),
        &data(EN_STRUCTURE),
        Some((&data(FR_ELEMENTS), &data(FR_STRUCTURE))),
        out,
    )
}

fn import_onet(dir: &Path, out: &Path) -> Run {
    crewpath_with(&["import", "onet", s(dir), "--out", s(out)], &[])
}

fn check(out: &Path, lang: &str) -> Run {
    crewpath_with(&["--lang", lang, "check", "--roles", s(out)], &[])
}

fn search(out: &Path, lang: &str, query: &str) -> Run {
    crewpath_with(&["--lang", lang, "search", "--roles", s(out), query], &[])
}

/// Every file of a library but the import marker, by path, with its text.
fn library_files(root: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = walkdir(root)
        .into_iter()
        .filter(|(rel, _)| rel != ".crewpath-import")
        .collect();
    files.sort();
    files
}

fn walkdir(root: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read_to_string(&path).unwrap_or_default()));
            }
        }
    }
    out
}

fn first_id(run: &Run) -> String {
    run.stdout
        .lines()
        .next()
        .and_then(|l| l.split('\t').next())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_noc_excerpt_imports_checks_clean_and_is_found_by_example_titles_and_typos() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("noc");
    let run = import_real_noc(&out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("imported 2 roles in 2 departments"),
        "{}",
        run.stdout
    );

    for lang in ["en", "fr"] {
        let checked = check(&out, lang);
        assert_eq!(checked.code, 0, "{}{}", checked.stdout, checked.stderr);
        assert!(
            checked.stdout.contains("0 problems") || checked.stdout.contains("0 problème"),
            "{}",
            checked.stdout
        );
    }
    // An example title, and one typed with two letters wrong.
    assert_eq!(
        first_id(&search(&out, "en", "re-recording mixer")),
        "audio-and-video-recording-technicians"
    );
    assert_eq!(
        first_id(&search(&out, "en", "broadcst techncian")),
        "broadcast-technicians"
    );
    // In French, by a French example title.
    assert_eq!(
        first_id(&search(&out, "fr", "preneuse de son")),
        "audio-and-video-recording-technicians"
    );

    let shown = crewpath_with(&["show", "--roles", s(&out), "broadcast-technicians"], &[]);
    assert!(
        shown
            .stdout
            .contains("Monitor broadcast quality of live and taped radio and television programs")
    );
    assert!(
        !shown.stdout.contains("This group performs"),
        "the list's preamble is not a duty"
    );
    assert!(
        shown
            .stdout
            .contains("Completion of a college program in broadcast technology")
    );
    assert!(shown.stdout.contains("52112"));
    assert!(
        shown
            .stdout
            .contains("National Occupational Classification (NOC) 2021 Version 1.0")
    );

    let french = crewpath_with(
        &[
            "--lang",
            "fr",
            "show",
            "--roles",
            s(&out),
            "broadcast-technicians",
        ],
        &[],
    );
    assert!(
        french
            .stdout
            .contains("Techniciens/techniciennes en radiotélédiffusion"),
        "{}",
        french.stdout
    );
    assert!(french.stdout.contains("contrôler la qualité de diffusion"));
}

#[test]
fn an_imported_noc_role_opens_in_the_explorer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("noc");
    assert_eq!(import_real_noc(&out).code, 0);
    let mut term = Term::start(&["--roles", s(&out)], 100, 30);
    term.open_by_search("sound mixer");
    let screen = term.wait_for("Also known as: assistant sound");
    assert!(screen.contains("Audio and video recording"), "{screen}");
    assert!(screen.contains("Broadcast technicians"), "{screen}");
}

#[test]
fn the_onet_excerpt_imports_checks_clean_and_keeps_skills_by_importance() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("onet");
    let run = import_onet(&data(ONET), &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let checked = check(&out, "en");
    assert_eq!(checked.code, 0, "{}", checked.stdout);
    assert!(checked.stdout.contains("0 problems"), "{}", checked.stdout);

    // An alternate title, and a title with a typo.
    assert_eq!(
        first_id(&search(&out, "en", "sleep technician")),
        "health-technologists-and-technicians-all-other"
    );
    assert_eq!(
        first_id(&search(&out, "en", "flim and vidoe editors")),
        "film-and-video-editors"
    );

    let shown = crewpath_with(
        &[
            "show",
            "--roles",
            s(&out),
            "farm-equipment-mechanics-and-service-technicians",
        ],
        &[],
    );
    // Importance 3.12, 3.12, 3.00 are kept in that order; Writing (2.88) is below the threshold.
    let listening = shown
        .stdout
        .find("active listening")
        .expect("active listening");
    let reading = shown
        .stdout
        .find("reading comprehension")
        .expect("reading comprehension");
    assert!(listening < reading, "{}", shown.stdout);
    assert!(
        !shown.stdout.to_lowercase().contains("writing"),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("O*NET 30.1"), "{}", shown.stdout);

    // Related occupations are related roles, in O*NET's order, never moves.
    let architects = crewpath_with(
        &[
            "show",
            "--json",
            "--roles",
            s(&out),
            "architects-except-landscape-and-naval",
        ],
        &[],
    );
    let related = architects
        .stdout
        .find("landscape-architects")
        .expect("related");
    let later = architects
        .stdout
        .find("interior-designers")
        .expect("related");
    assert!(related < later);
    let text = std::fs::read_to_string(out.join(
        "architecture-and-engineering-occupations/architects-except-landscape-and-naval.toml",
    ))
    .expect("role file");
    assert!(text.contains("related = [") && !text.contains("[[moves]]"));

    // Job Zone 3 is not entry level; zones 1 and 2 are.
    let sound = out.join(
        "arts-design-entertainment-sports-and-media-occupations/sound-engineering-technicians.toml",
    );
    assert!(
        !std::fs::read_to_string(&sound)
            .expect("role")
            .contains("entry_level")
    );
    let copy = dir.path().join("db_30_1_text");
    std::fs::create_dir(&copy).expect("folder");
    for entry in std::fs::read_dir(data(ONET)).expect("excerpt").flatten() {
        std::fs::copy(entry.path(), copy.join(entry.file_name())).expect("copy");
    }
    let zones = std::fs::read_to_string(copy.join("Job Zones.txt")).expect("zones");
    std::fs::write(
        copy.join("Job Zones.txt"),
        zones.replace("27-4014.00\t3", "27-4014.00\t2"),
    )
    .expect("zones");
    let again = dir.path().join("again");
    assert_eq!(import_onet(&copy, &again).code, 0);
    let sound = again.join(
        "arts-design-entertainment-sports-and-media-occupations/sound-engineering-technicians.toml",
    );
    assert!(
        std::fs::read_to_string(&sound)
            .expect("role")
            .contains("entry_level = true")
    );
}

/// The NOC excerpt written again as `transform` changes each file's bytes.
fn messy_copy(dir: &Path, transform: impl Fn(&str, Vec<u8>) -> Vec<u8>) -> [PathBuf; 4] {
    [EN_ELEMENTS, EN_STRUCTURE, FR_ELEMENTS, FR_STRUCTURE].map(|rel| {
        let bytes = transform(rel, std::fs::read(data(rel)).expect("excerpt"));
        let path = dir.join(rel.replace('/', "_"));
        std::fs::write(&path, bytes).expect("write copy");
        path
    })
}

fn import_copy(files: &[PathBuf; 4], out: &Path) -> Run {
    import_noc(&files[0], &files[1], Some((&files[2], &files[3])), out)
}

#[test]
fn without_a_byte_order_mark_or_windows_line_endings_the_same_library_is_made() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = messy_copy(dir.path(), |_, bytes| {
        let text = String::from_utf8(bytes).expect("utf-8");
        text.trim_start_matches('\u{feff}')
            .replace("\r\n", "\n")
            .into_bytes()
    });
    assert_eq!(import_real_noc(&dir.path().join("a")).code, 0);
    let run = import_copy(&plain, &dir.path().join("b"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        library_files(&dir.path().join("a")),
        library_files(&dir.path().join("b"))
    );
}

#[test]
fn french_files_saved_in_windows_1252_give_the_same_french() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cp1252 = messy_copy(dir.path(), |rel, bytes| {
        if !rel.contains("cnp_") {
            return bytes;
        }
        let text = String::from_utf8(bytes).expect("utf-8");
        text.trim_start_matches('\u{feff}')
            .chars()
            .map(|c| match c {
                '\u{2019}' => 0x92,
                c if (c as u32) < 0x100 => c as u32 as u8,
                other => panic!("no Windows-1252 byte for {other:?}"),
            })
            .collect()
    });
    assert!(std::str::from_utf8(&std::fs::read(&cp1252[2]).expect("copy")).is_err());
    assert_eq!(import_real_noc(&dir.path().join("a")).code, 0);
    let run = import_copy(&cp1252, &dir.path().join("b"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        library_files(&dir.path().join("a")),
        library_files(&dir.path().join("b"))
    );
}

#[test]
fn a_quoted_field_may_hold_a_line_break() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = messy_copy(dir.path(), |rel, bytes| {
        let text = String::from_utf8(bytes).expect("utf-8");
        if rel != EN_ELEMENTS {
            return text.into_bytes();
        }
        text.replace(
            "Main duties,Monitor broadcast quality of live and taped radio and television programs ",
            "Main duties,\"Monitor broadcast quality of live and taped radio\r\nand television programs \"",
        )
        .into_bytes()
    });
    let out = dir.path().join("b");
    let run = import_copy(&broken, &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shown = crewpath_with(&["show", "--roles", s(&out), "broadcast-technicians"], &[]);
    assert!(
        shown
            .stdout
            .contains("Monitor broadcast quality of live and taped radio and television programs")
    );
}

#[test]
fn a_column_renamed_between_releases_is_still_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Releases before 30.1 repeat the occupation's title in Alternate Titles.txt.
    let onet = dir.path().join("db_30_1_text");
    std::fs::create_dir(&onet).expect("folder");
    for entry in std::fs::read_dir(data(ONET)).expect("excerpt").flatten() {
        std::fs::copy(entry.path(), onet.join(entry.file_name())).expect("copy");
    }
    std::fs::write(
        onet.join("Alternate Titles.txt"),
        "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\r\n29-2099.00\tHealth Technologists and Technicians, All Other\tSleep Technician\tn/a\t09\r\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    assert_eq!(import_onet(&onet, &out).code, 0);
    assert_eq!(
        first_id(&search(&out, "en", "sleep technician")),
        "health-technologists-and-technicians-all-other"
    );
}

#[test]
fn a_file_of_another_classification_is_refused_whole_naming_the_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let older = messy_copy(dir.path(), |rel, bytes| {
        let text = String::from_utf8(bytes).expect("utf-8");
        if rel == EN_STRUCTURE {
            text.replace("Code - NOC 2021 V1.0", "Code - NOC 2016 V1.3")
                .into_bytes()
        } else {
            text.into_bytes()
        }
    });
    let out = dir.path().join("out");
    let run = import_copy(&older, &out);
    assert_eq!(run.code, 1);
    let name = older[1].file_name().and_then(|n| n.to_str()).expect("name");
    assert!(run.stderr.contains(&format!("{name}:1:")), "{}", run.stderr);
    assert!(
        run.stderr.contains("NOC 2021 Version 1.0") && run.stderr.contains("NOC 2016"),
        "{}",
        run.stderr
    );
    assert!(
        !out.exists() || library_files(&out).is_empty(),
        "nothing is half-imported"
    );

    // A NOC file where O*NET's Occupation Data belongs.
    let onet = dir.path().join("db_30_1_text");
    std::fs::create_dir(&onet).expect("folder");
    std::fs::copy(data(EN_STRUCTURE), onet.join("Occupation Data.txt")).expect("copy");
    let run = import_onet(&onet, &dir.path().join("out2"));
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("Occupation Data.txt:1:") && run.stderr.contains("O*NET-SOC"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_bad_row_is_reported_with_its_file_and_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    // (what is replaced, by what, a piece of the line the problem is on, what is said)
    let cases: [(&str, &str, &str, &str); 4] = [
        // A code with letters in it.
        (
            ",52112,Broadcast technicians,Main duties,Monitor",
            ",52II2,Broadcast technicians,Main duties,Monitor",
            "52II2",
            "'52II2'",
        ),
        // A quote opened and never closed.
        (
            "require experience. \"\r\n",
            "require experience. \r\n",
            "such as recording and sound engineers",
            "never closed",
        ),
        // A closing quote lost mid-file: the field runs on to the next quote,
        // and the row it makes is reported where it starts.
        (
            "hardware and software \"",
            "hardware and software ",
            "hardware and software",
            "fields where the header has 5",
        ),
        // A row with a field too many.
        (
            "Inclusion(s),broadcast engineer ",
            "Inclusion(s),broadcast engineer ,x",
            "engineer ,x",
            "fields where the header has 5",
        ),
    ];
    for (from, to, marker, said) in cases {
        let bad = messy_copy(dir.path(), |rel, bytes| {
            let text = String::from_utf8(bytes).expect("utf-8");
            if rel == EN_ELEMENTS {
                text.replacen(from, to, 1).into_bytes()
            } else {
                text.into_bytes()
            }
        });
        let out = dir.path().join("out");
        let run = import_copy(&bad, &out);
        assert_eq!(run.code, 1, "{to}");
        let name = bad[0].file_name().and_then(|n| n.to_str()).expect("name");
        let line = std::fs::read_to_string(&bad[0])
            .expect("copy")
            .lines()
            .position(|l| l.contains(marker))
            .expect("changed line")
            + 1;
        assert!(
            run.stderr.contains(&format!("{name}:{line}:")),
            "{line}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(said), "{}", run.stderr);
        assert!(!out.exists(), "nothing written");
    }
}

#[test]
fn refreshing_leaves_what_staff_changed_or_added_and_lists_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("noc");
    assert_eq!(import_real_noc(&out).code, 0);
    let dept = out.join("occupations-in-art-culture-recreation-and-sport/technical-occupations-in-art-culture-and-sport");
    let edited = dept.join("broadcast-technicians.toml");
    let mut text = std::fs::read_to_string(&edited).expect("role");
    text = text.replacen("title = ", "in_demand = true\ntitle = ", 1);
    std::fs::write(&edited, &text).expect("edit");
    let ours = "title = \"Boom operator\"\nsummary = \"Holds the microphone on set\"\n";
    std::fs::write(dept.join("boom-operator.toml"), ours).expect("add");
    let untouched = dept.join("audio-and-video-recording-technicians.toml");
    std::fs::write(&untouched, "title = \"stale\"\n").expect("stale");
    let marker = std::fs::read_to_string(out.join(".crewpath-import")).expect("marker");

    let run = import_real_noc(&out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("broadcast-technicians.toml"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("boom-operator.toml"), "{}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(&edited).expect("role"),
        text,
        "staff's edit kept"
    );
    assert_eq!(
        std::fs::read_to_string(dept.join("boom-operator.toml")).expect("role"),
        ours
    );
    // A file staff changed is never overwritten, even one that looks stale.
    assert_eq!(
        std::fs::read_to_string(&untouched).expect("role"),
        "title = \"stale\"\n"
    );
    assert!(
        run.stdout
            .contains("audio-and-video-recording-technicians.toml")
    );
    let _ = marker;
    let checked = check(&out, "en");
    assert!(checked.stdout.contains("3 roles"), "{}", checked.stdout);
}

#[test]
fn an_unchanged_import_refreshes_its_own_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("noc");
    assert_eq!(import_real_noc(&out).code, 0);
    let before = library_files(&out);
    let run = import_real_noc(&out);
    assert_eq!(run.code, 0);
    assert!(
        !run.stdout.contains("left as staff made them"),
        "{}",
        run.stdout
    );
    assert_eq!(library_files(&out), before);
}

#[test]
fn a_folder_the_import_did_not_make_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("roles");
    std::fs::create_dir(&out).expect("folder");
    std::fs::write(out.join("colorist.toml"), "title = \"Colorist\"\n").expect("role");
    let run = import_real_noc(&out);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not made by crewpath import"),
        "{}",
        run.stderr
    );
    assert_eq!(library_files(&out).len(), 1, "nothing written beside it");
}

#[test]
fn the_import_reports_in_french_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("cnp");
    let run = crewpath_with(
        &[
            "--lang",
            "fr",
            "import",
            "noc",
            s(&data(EN_ELEMENTS)),
            s(&data(EN_STRUCTURE)),
            "--fr",
            s(&data(FR_ELEMENTS)),
            s(&data(FR_STRUCTURE)),
            "--out",
            s(&out),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("2 postes importés dans 2 services"),
        "{}",
        run.stdout
    );
    // A library imported from NOC is refreshed from NOC only.
    let refused = crewpath_with(
        &[
            "--lang",
            "fr",
            "import",
            "onet",
            s(&data(ONET)),
            "--out",
            s(&out),
        ],
        &[],
    );
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("importée de noc"),
        "{}",
        refused.stderr
    );
    let manual = dir.path().join("fait-main");
    std::fs::create_dir(&manual).expect("folder");
    std::fs::write(manual.join("x.toml"), "title = \"X\"\n").expect("role");
    let refused = crewpath_with(
        &[
            "--lang",
            "fr",
            "import",
            "onet",
            s(&data(ONET)),
            "--out",
            s(&manual),
        ],
        &[],
    );
    assert_eq!(refused.code, 2);
    assert!(
        refused
            .stderr
            .contains("n’a pas été créé par crewpath import"),
        "{}",
        refused.stderr
    );
}
