//! The bundled roles read as a kiosk visitor needs them to, in both
//! languages: summaries of one short sentence, descriptions in sentences a
//! visitor can follow, every abbreviation spelled out where it is first
//! used, and no notes about sources or labels written for staff in what a
//! visitor reads. Also, each skill listed under the category it is declared
//! in, and no skill named by a sentence.

use crewpath::library::load_embedded;
use std::path::{Path, PathBuf};

/// Longest sentence a description may have, in words. French runs longer
/// than English, mostly because every job is named in both genders
/// ("le monteur ou la monteuse"), so it gets a few more.
const SENTENCE_WORDS: [(&str, usize); 2] = [("en", 25), ("fr", 30)];
/// Longest summary, in words: one line in a list of results.
const SUMMARY_WORDS: [(&str, usize); 2] = [("en", 16), ("fr", 20)];

/// Phrases that only make sense to whoever keeps the files: where a fact
/// came from, why a label or a rung is missing. Staff read these as TOML
/// comments instead.
const STAFF_NOTES: &[&str] = &[
    "named by the source",
    "without a description",
    "gives it no description",
    "in-demand label",
    "this library",
    "no step up",
    "nommé par la source",
    "sans le décrire",
    "« en demande »",
    "cette bibliothèque",
    "aucun échelon",
];

/// Abbreviations the roles use, and the words that spell each out. The
/// first sentence that uses one must spell it out too.
const ABBREVIATIONS: &[(&str, &[&str])] = &[
    (
        "ADR",
        &["automated dialogue replacement", "postsynchronisation"],
    ),
    (
        "PPS",
        &[
            "post production supervisor",
            "superviseure de postproduction",
        ],
    ),
    (
        "PPC",
        &[
            "post production coordinator",
            "coordonnatrice de postproduction",
        ],
    ),
    (
        "PPA",
        &["post production assistant", "assistante de postproduction"],
    ),
    ("PE", &["picture editor", "monteuse image"]),
    (
        "1PE",
        &[
            "first assistant picture editor",
            "première assistante au montage image",
        ],
    ),
    (
        "APE",
        &["assistant picture editor", "assistante au montage image"],
    ),
    (
        "TAPE",
        &[
            "trainee assistant picture editor",
            "assistante stagiaire au montage image",
        ],
    ),
    ("SE", &["sound editor", "monteuse sonore"]),
    (
        "1SE",
        &[
            "first assistant sound editor",
            "première assistante au montage sonore",
        ],
    ),
    (
        "TASE",
        &[
            "trainee assistant sound editor",
            "assistante stagiaire au montage sonore",
        ],
    ),
    ("ME", &["music editor", "monteuse de musique"]),
    (
        "MIDI",
        &[
            "musical instrument digital interface",
            "interface numérique des instruments de musique",
        ],
    ),
    (
        "SMPTE",
        &["society of motion picture and television engineers"],
    ),
    ("NOC", &["national occupational classification"]),
    ("CNP", &["classification nationale des professions"]),
    ("SFX", &["sound effects", "effets sonores"]),
    (
        "DAW",
        &["digital audio workstation", "station audionumérique"],
    ),
    ("WAV", &["wave", "audio"]),
];

/// Abbreviations everyone knows, never spelled out.
const EVERYDAY: &[&str] = &["TV", "CD", "CDs", "OK"];

pub(crate) fn roles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("roles")
}

/// Every bundled `.toml` file, with its language ("en" or "fr") and its
/// parsed contents.
pub(crate) fn bundled_files() -> Vec<(PathBuf, &'static str, toml::Table)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(roles_dir())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| {
            let path = e.path().to_path_buf();
            let text = std::fs::read_to_string(&path).expect("read a role file");
            let table: toml::Table = toml::from_str(&text).expect("a bundled file parses");
            let lang = if path.to_string_lossy().ends_with(".fr.toml") {
                "fr"
            } else {
                "en"
            };
            (path, lang, table)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn name(path: &Path) -> String {
    path.strip_prefix(roles_dir())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The texts a visitor reads as sentences, by key: summaries, descriptions,
/// duties, the profile sections, the reasons for moves, wage notes.
pub(crate) fn prose(table: &toml::Table) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for key in [
        "summary",
        "welcome",
        "description",
        "education",
        "certification",
        "working_conditions",
        "advancement",
        "outlook",
    ] {
        if let Some(text) = table.get(key).and_then(|v| v.as_str()) {
            out.push((key.to_string(), text.to_string()));
        }
    }
    for key in ["duties", "employers"] {
        for item in list(table, key) {
            out.push((key.to_string(), item));
        }
    }
    for (key, field) in [("moves", "because"), ("wages", "note")] {
        if let Some(entries) = table.get(key).and_then(|v| v.as_array()) {
            for entry in entries {
                if let Some(text) = entry.get(field).and_then(|v| v.as_str()) {
                    out.push((format!("{key}.{field}"), text.to_string()));
                }
            }
        }
    }
    out
}

fn list(table: &toml::Table, key: &str) -> Vec<String> {
    table
        .get(key)
        .and_then(|v| v.as_array())
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Sentences of a text: it breaks at a full stop, question or exclamation
/// mark or semicolon followed by a space, and at every line break.
pub(crate) fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let next = chars.get(i + 1).copied();
        let ends = matches!(c, '.' | '!' | '?' | ';') && next.is_none_or(char::is_whitespace);
        if ends || c == '\n' {
            if !current.trim().is_empty() {
                out.push(current.trim().to_string());
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

pub(crate) fn word_count(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn limit(limits: [(&str, usize); 2], lang: &str) -> usize {
    limits
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(0, |(_, n)| *n)
}

#[test]
fn sentences_and_summaries_are_short_in_both_languages() {
    let mut long = Vec::new();
    for (path, lang, table) in bundled_files() {
        let most = limit(SENTENCE_WORDS, lang);
        for (key, text) in prose(&table) {
            for sentence in sentences(&text) {
                let words = word_count(&sentence);
                if words > most {
                    long.push(format!("{} {key}: {words} words: {sentence}", name(&path)));
                }
            }
        }
        if let Some(summary) = table.get("summary").and_then(|v| v.as_str()) {
            let most = limit(SUMMARY_WORDS, lang);
            let count = sentences(summary).len();
            let words = word_count(summary);
            if count != 1 || words > most || summary.contains(": ") || summary.contains("\u{a0}:") {
                long.push(format!(
                    "{} summary: {count} sentences, {words} words: {summary}",
                    name(&path)
                ));
            }
        }
    }
    assert!(
        long.is_empty(),
        "{} too long:\n{}",
        long.len(),
        long.join("\n")
    );
}

#[test]
fn visitors_read_no_notes_meant_for_staff() {
    let mut notes = Vec::new();
    for (path, _, table) in bundled_files() {
        for (key, text) in prose(&table) {
            let lower = text.to_lowercase();
            for phrase in STAFF_NOTES {
                if lower.contains(phrase) {
                    notes.push(format!("{} {key}: {phrase:?}", name(&path)));
                }
            }
        }
    }
    assert!(notes.is_empty(), "{}", notes.join("\n"));
}

fn abbreviation_in(token: &str) -> Option<&str> {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    let upper = word.chars().filter(char::is_ascii_uppercase).count();
    let is_abbreviation = upper >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    (is_abbreviation && !EVERYDAY.contains(&word)).then_some(word)
}

#[test]
fn every_abbreviation_is_spelled_out_where_it_is_first_used() {
    let mut unexplained = Vec::new();
    for (path, _, table) in bundled_files() {
        // Summaries stand alone in lists: no abbreviation there at all.
        if let Some(summary) = table.get("summary").and_then(|v| v.as_str()) {
            for abbreviation in summary.split_whitespace().filter_map(abbreviation_in) {
                unexplained.push(format!("{} summary uses {abbreviation}", name(&path)));
            }
        }
        let mut seen: Vec<String> = Vec::new();
        for (key, text) in prose(&table).into_iter().filter(|(k, _)| k != "summary") {
            for sentence in sentences(&text) {
                let lower = sentence.to_lowercase();
                for abbreviation in sentence.split_whitespace().filter_map(abbreviation_in) {
                    if seen.iter().any(|s| s == abbreviation) {
                        continue;
                    }
                    seen.push(abbreviation.to_string());
                    let spelled = ABBREVIATIONS
                        .iter()
                        .find(|(a, _)| *a == abbreviation)
                        .is_some_and(|(_, long)| long.iter().any(|l| lower.contains(l)));
                    if !spelled {
                        unexplained.push(format!(
                            "{} {key}: {abbreviation} first used without its meaning: {sentence}",
                            name(&path)
                        ));
                    }
                }
            }
        }
    }
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
}

#[test]
fn each_skill_is_listed_under_the_category_it_is_declared_in() {
    let lib = load_embedded().library;
    let mut wrong = Vec::new();
    let groups = lib
        .roles
        .iter()
        .map(|r| (r.title().to_string(), &r.skills))
        .chain(lib.departments.iter().map(|d| (d.name.clone(), &d.skills)));
    for (owner, skills) in groups {
        for group in skills {
            for written in group.skills {
                let declared = lib
                    .skills
                    .index_of(written)
                    .and_then(|ix| lib.skills.get(ix))
                    .map(|s| s.category.as_str());
                if declared != Some(group.category) {
                    wrong.push(format!(
                        "{owner}: {written:?} under {}, declared {declared:?}",
                        group.category
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // A skill is something one can have, named in a few words: not a
    // sentence with a colon, not a condition of work.
    for skill in lib.skills.iter() {
        for lang in [crewpath::i18n::Lang::En, crewpath::i18n::Lang::Fr] {
            let name = skill.name(lang);
            assert!(!name.contains(':'), "{}: {name}", skill.id);
            assert!(word_count(name) <= 9, "{}: {name}", skill.id);
            let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
            for condition in ["pay", "money", "argent", "salaire"] {
                assert!(!words.contains(&condition), "{}: {name}", skill.id);
            }
        }
    }
}

#[test]
fn sentences_split_where_a_reader_stops() {
    assert_eq!(
        sentences("One, two. Three 15.01% four; five!\nSix"),
        ["One, two.", "Three 15.01% four;", "five!", "Six"]
    );
    assert_eq!(word_count("L’équipe — elle monte 5 kg."), 5);
}
