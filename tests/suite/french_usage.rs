//! The bundled French reads as a Québec translator would sign it: one French
//! title for each job wherever a role file names it, both genders wherever a
//! job is named, and one typography throughout (Office québécois de la
//! langue française): a non-breaking space before the colon and inside
//! guillemets, no space before `;`, `!` and `?`, typographic apostrophes.

use crate::readability::{bundled_files, prose, roles_dir};
use std::path::Path;

const NBSP: char = '\u{a0}';

fn name(path: &Path) -> String {
    path.strip_prefix(roles_dir())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Every French string of the bundled library: the French files whole (all
/// their strings, titles and search terms included) and the French names of
/// the skills.
fn french_strings() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, lang, table) in bundled_files() {
        if lang == "fr" {
            collect(&name(&path), &toml::Value::Table(table), &mut out);
        } else if path.ends_with("_skills.toml") {
            for (id, skill) in &table {
                if let Some(fr) = skill.get("fr").and_then(|v| v.as_str()) {
                    out.push((format!("_skills.toml [{id}]"), fr.to_string()));
                }
            }
        }
    }
    out
}

fn collect(place: &str, value: &toml::Value, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((place.to_string(), s.clone())),
        toml::Value::Array(items) => items.iter().for_each(|i| collect(place, i, out)),
        toml::Value::Table(t) => t.values().for_each(|v| collect(place, v, out)),
        _ => {}
    }
}

/// What is wrong with a French string's typography, if anything: the rule
/// `crewpath check --lang fr` gives staff, problems and advice alike.
fn typography(text: &str) -> Option<String> {
    let first = crewpath::library::french_typography(text)
        .into_iter()
        .next()?;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let i = chars
        .iter()
        .position(|&(at, _)| at == first.at)
        .unwrap_or(0);
    let from = i.saturating_sub(20);
    let context: String = chars[from..(i + 10).min(chars.len())]
        .iter()
        .map(|&(_, c)| c)
        .collect();
    Some(format!("{}: …{context}…", first.kind.message()))
}

#[test]
fn french_files_follow_one_typography() {
    let faults: Vec<String> = french_strings()
        .into_iter()
        .filter_map(|(place, text)| typography(&text).map(|f| format!("{place}: {f}")))
        .collect();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_typography_rule_catches_what_it_names() {
    assert_eq!(
        typography("Bienvenue! Voici\u{a0}: «\u{a0}x\u{a0}» l’été; 5\u{a0}%"),
        None
    );
    for wrong in [
        "l'été",
        "Bienvenue !",
        "Voici : x",
        "Voici: x",
        "«\u{a0}x »",
        "« x\u{a0}»",
        "un \"mot\"",
        "oui ;",
        "5 %",
    ] {
        assert!(typography(wrong).is_some(), "{wrong}");
    }
}

/// A French title in its parts: "Premier assistant ou première assistante
/// au montage image" is `premier assistant`, `première assistante` and
/// `au montage image`.
struct Paired {
    masculine: String,
    feminine: String,
    rest: String,
}

fn paired(title: &str) -> Option<Paired> {
    let (masculine, tail) = title.split_once(" ou ")?;
    let size = masculine.split(' ').count();
    let words: Vec<&str> = tail.split(' ').collect();
    if words.len() < size {
        return None;
    }
    Some(Paired {
        masculine: masculine.to_lowercase(),
        feminine: words[..size].join(" ").to_lowercase(),
        rest: words[size..].join(" ").to_lowercase(),
    })
}

/// The French titles, split in two where a title joins two jobs with "/".
fn french_titles() -> Vec<Paired> {
    bundled_files()
        .into_iter()
        .filter(|(path, lang, _)| *lang == "fr" && !path.ends_with("_index.fr.toml"))
        .filter_map(|(_, _, t)| t.get("title").and_then(|v| v.as_str()).map(str::to_string))
        .flat_map(|title| title.split(" / ").filter_map(paired).collect::<Vec<_>>())
        .collect()
}

/// Articles that may come before the feminine half of a title in a
/// sentence ("du monteur ou de la monteuse").
const ARTICLES: &[&str] = &[
    "de la ", "à la ", "de l’", "à l’", "la ", "le ", "l’", "une ", "un ", "",
];
/// Words that start a complement: after a title that has none, they mean
/// the text names another job by a title of its own making.
const COMPLEMENTS: &[&str] = &["de ", "d’", "du ", "des ", "au ", "aux "];

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Places where `text` names a job in both genders ("le monteur ou la
/// monteuse …") by anything but one of the French titles. A file may call
/// its own job by the first words of its title alone ("l’assistant ou
/// l’assistante aide…"), as long as no complement follows.
fn unknown_titles(text: &str, titles: &[Paired], own: Option<&Paired>) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    for head in titles {
        let pattern = format!("{} ou ", head.masculine);
        for (at, _) in lower.match_indices(&pattern) {
            if is_letter(lower[..at].chars().next_back()) {
                continue;
            }
            let after = &lower[at + pattern.len()..];
            let Some(rest) = ARTICLES
                .iter()
                .find_map(|a| after.strip_prefix(a)?.strip_prefix(&head.feminine))
            else {
                continue;
            };
            if is_letter(rest.chars().next()) {
                continue;
            }
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let itself =
                own.is_some_and(|o| o.masculine == head.masculine && o.feminine == head.feminine);
            let known = titles
                .iter()
                .filter(|t| t.masculine == head.masculine && t.feminine == head.feminine)
                .any(|t| {
                    if t.rest.is_empty() {
                        !COMPLEMENTS.iter().any(|c| rest.starts_with(c))
                    } else {
                        rest.starts_with(&t.rest) && !is_letter(rest[t.rest.len()..].chars().next())
                    }
                });
            let self_reference = itself && !COMPLEMENTS.iter().any(|c| rest.starts_with(c));
            if !known && !self_reference {
                let end = (at + pattern.len() + 50).min(lower.len());
                let end = (end..=lower.len())
                    .find(|&e| lower.is_char_boundary(e))
                    .unwrap_or(lower.len());
                let named = lower[at..end].to_string();
                if !found.contains(&named) {
                    found.push(named);
                }
            }
        }
    }
    found
}

#[test]
fn each_job_has_one_french_title_wherever_it_is_named() {
    let titles = french_titles();
    assert!(titles.len() >= 25, "{}", titles.len());
    let mut others = Vec::new();
    for (path, lang, table) in bundled_files() {
        if lang != "fr" {
            continue;
        }
        let own = table
            .get("title")
            .and_then(|v| v.as_str())
            .and_then(|t| t.split(" / ").next())
            .and_then(paired);
        for (key, text) in prose(&table) {
            for named in unknown_titles(&text, &titles, own.as_ref()) {
                others.push(format!("{} {key}: {named}…", name(&path)));
            }
        }
    }
    assert!(others.is_empty(), "{}", others.join("\n"));
}

/// Every French title of a role, each job of a title naming two apart.
fn whole_french_titles() -> Vec<String> {
    bundled_files()
        .into_iter()
        .filter(|(path, lang, _)| *lang == "fr" && !path.ends_with("_index.fr.toml"))
        .filter_map(|(_, _, t)| t.get("title").and_then(|v| v.as_str()).map(str::to_string))
        .flat_map(|title| {
            title
                .split(" / ")
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn no_french_title_is_another_jobs_title_with_words_added() {
    // « Ingénieur ou ingénieure du son au bruitage » read as a kind of
    // « ingénieur ou ingénieure du son », another job.
    let titles = whole_french_titles();
    let mut close = Vec::new();
    for short in &titles {
        for long in &titles {
            if long != short && long.starts_with(&format!("{short} ")) {
                close.push(format!("« {long} » is « {short} » with words added"));
            }
        }
    }
    assert!(close.is_empty(), "{}", close.join("\n"));
}

#[test]
fn a_job_named_by_another_title_is_caught() {
    let titles: Vec<Paired> = ["Monteur ou monteuse image", "Mixeur ou mixeuse"]
        .into_iter()
        .filter_map(paired)
        .collect();
    assert!(unknown_titles("Le monteur ou la monteuse image coupe.", &titles, None).is_empty());
    assert!(unknown_titles("Avec le mixeur ou la mixeuse, puis", &titles, None).is_empty());
    assert_eq!(
        unknown_titles("tient le monteur ou la monteuse au courant", &titles, None).len(),
        1
    );
    assert_eq!(
        unknown_titles(
            "le mixeur ou la mixeuse de postsynchronisation",
            &titles,
            None
        )
        .len(),
        1
    );
    // A file may name its own job by the start of its title.
    let own = paired("Monteur ou monteuse image");
    assert!(unknown_titles("le monteur ou la monteuse coupe", &titles, own.as_ref()).is_empty());
    assert_eq!(
        unknown_titles("le monteur ou la monteuse coupe", &titles, None).len(),
        1
    );
}

/// Job nouns and their feminine forms: where a text names the masculine,
/// the feminine follows, so no job reads as a man's.
const GENDERS: &[(&str, &str)] = &[
    ("monteur", "monteuse"),
    ("mixeur", "mixeuse"),
    ("assistant", "assistante"),
    ("superviseur", "superviseure"),
    ("coordonnateur", "coordonnatrice"),
    ("musicien", "musicienne"),
    ("ingénieur", "ingénieure"),
    ("compositeur", "compositrice"),
    ("orchestrateur", "orchestratrice"),
    ("réalisateur", "réalisatrice"),
    ("producteur", "productrice"),
    ("bruiteur", "bruiteuse"),
    ("technicien", "technicienne"),
    ("preneur", "preneuse"),
    ("concepteur", "conceptrice"),
    ("directeur", "directrice"),
    ("chef", "cheffe"),
    ("arrangeur", "arrangeuse"),
    ("programmeur", "programmeuse"),
    ("collaborateur", "collaboratrice"),
    ("employé", "employée"),
    ("stagiaire", "stagiaire"),
];

/// Proper names, written as their owners write them.
const PROPER_NAMES: &[&str] = &["guilde canadienne des réalisateurs"];

fn masculine_only(text: &str) -> Vec<String> {
    let mut lower = text.to_lowercase();
    for name in PROPER_NAMES {
        lower = lower.replace(name, "");
    }
    let mut found = Vec::new();
    for (masculine, feminine) in GENDERS {
        if masculine == feminine {
            continue;
        }
        for (at, _) in lower.match_indices(masculine) {
            let end = at + masculine.len();
            let before = lower[..at].chars().next_back();
            let mut after = lower[end..].chars();
            let next = after.next();
            let plural = next == Some('s') && !is_letter(after.next());
            if is_letter(before) || (is_letter(next) && !plural) {
                continue;
            }
            let window: String = lower[end..].chars().take(45).collect();
            if !window.contains(feminine) {
                let context: String = lower[at..].chars().take(50).collect();
                found.push(context);
            }
        }
    }
    found
}

#[test]
fn no_job_is_named_in_the_masculine_alone() {
    let mut alone = Vec::new();
    for (path, lang, table) in bundled_files() {
        if lang != "fr" {
            continue;
        }
        for (key, text) in prose(&table) {
            for context in masculine_only(&text) {
                alone.push(format!("{} {key}: {context}", name(&path)));
            }
        }
    }
    assert!(alone.is_empty(), "{}", alone.join("\n"));
}

#[test]
fn the_gender_rule_catches_a_masculine_generic() {
    assert!(masculine_only("les monteurs et monteuses sonores").is_empty());
    assert!(masculine_only("le monteur-mixeur ou la monteuse-mixeuse").is_empty());
    assert_eq!(
        masculine_only("chacun travaille avec les monteurs de l’autre").len(),
        1
    );
    assert_eq!(masculine_only("la partie de chaque musicien").len(), 1);
}

#[test]
fn a_job_is_a_poste_in_every_french_role_file() {
    // What a visitor reads about the work calls a job a « poste », as the
    // interface does, so one word names one thing.
    let mut other = Vec::new();
    for (place, text) in french_strings() {
        let lower = text.to_lowercase();
        if lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "rôle" || w == "rôles")
        {
            other.push(format!("{place}: {text}"));
        }
    }
    assert!(other.is_empty(), "{}", other.join("\n"));
}

/// What breaks the Québec typography in one catalogue message, if
/// anything: a space before `;` `?` `!` (a key named in a message,
/// "appuyez sur !", keeps its space), no non-breaking space inside « », or
/// a straight apostrophe in a word (`l'explorateur`); straight quotes
/// around what is typed (`'title'`, `'{ $key }'`) are code, and stay.
fn catalogue_spacing(message: &str) -> Option<String> {
    let chars: Vec<char> = message.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + 1).copied();
        let key_named =
            message[..message.char_indices().nth(i).map_or(0, |(b, _)| b)].ends_with("sur ");
        let fault = match c {
            ';' | '?' | '!' if before.is_some_and(char::is_whitespace) && !key_named => true,
            '«' => after != Some(NBSP),
            '»' => before != Some(NBSP),
            '\'' => is_letter(before) && is_letter(after),
            _ => false,
        };
        if fault {
            let from = i.saturating_sub(20);
            return Some(chars[from..(i + 10).min(chars.len())].iter().collect());
        }
    }
    None
}

#[test]
fn the_french_catalogue_follows_the_same_spacing_and_apostrophes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr");
    let mut faults = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locales/fr")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a catalogue");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            // A variant's text starts after `]`, a message's after ` = `.
            let message = line
                .split_once(" = ")
                .map_or(line, |(_, m)| m)
                .rsplit_once("] ")
                .map_or(line, |(_, m)| m);
            if let Some(context) = catalogue_spacing(message) {
                faults.push(format!("{}:{}: …{context}…", path.display(), n + 1));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
    assert!(catalogue_spacing("fermée ; envoyez").is_some());
    assert!(catalogue_spacing("appuyez sur ! pour voir").is_none());
    assert!(catalogue_spacing("ouvre l'explorateur").is_some());
    assert!(catalogue_spacing("ouvre l’explorateur").is_none());
    assert!(catalogue_spacing("la clé 'title' ou '{ $key }'").is_none());
}

#[test]
fn the_french_interface_calls_a_job_a_poste_too() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr");
    let mut other = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("locales/fr").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("a catalogue");
        for (n, line) in text.lines().enumerate() {
            let lower = line.to_lowercase();
            if lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "rôle" || w == "rôles")
            {
                other.push(format!("{}:{}: {line}", entry.path().display(), n + 1));
            }
        }
    }
    assert!(other.is_empty(), "{}", other.join("\n"));
}
