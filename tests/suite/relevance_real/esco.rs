//! A relevance test set from real occupational data: several hundred ESCO
//! occupations with their alternative labels and descriptions
//! (`tests/data/esco-occupations.tsv`, see `tests/data/README.md`), and
//! queries made from them by fixed rules, one wanted role each, so that the
//! same library and queries come back every run.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const FIXTURE: &str = include_str!("../../data/esco-occupations.tsv");

/// One ESCO occupation as the fixture holds it.
#[derive(Clone, Debug)]
pub struct Occupation {
    pub id: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub description: String,
}

impl Occupation {
    /// The description's first sentence, which ESCO writes as a definition
    /// ("Pasta operators manufacture dry pasta products.").
    pub fn summary(&self) -> &str {
        first_sentence(&self.description)
    }

    /// Every text of the role as a role file holds it.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.title.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(std::iter::once(self.description.as_str()))
    }
}

fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// A query and the role it should find.
#[derive(Clone, Debug)]
pub struct Query {
    pub kind: &'static str,
    pub text: String,
    pub wanted: String,
}

/// The kinds of query, in the order they are reported.
pub const KINDS: &[&str] = &[
    "exact title",
    "exact alternative label",
    "plural",
    "spelling variant",
    "description words",
    "initials",
    "typo",
];

fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The fixture's occupations, in its order.
pub fn occupations() -> Vec<Occupation> {
    let mut out: Vec<Occupation> = Vec::new();
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for line in FIXTURE.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(_uuid), Some(title), Some(aliases), Some(description)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            panic!("fixture line with fewer than four columns: {line}");
        };
        let mut id = slug(title);
        let seen = ids.entry(id.clone()).or_default();
        *seen += 1;
        if *seen > 1 {
            id = format!("{id}-{seen}");
        }
        out.push(Occupation {
            id,
            title: title.to_string(),
            aliases: aliases
                .split('|')
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect(),
            description: description.to_string(),
        });
    }
    out
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn quoted(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| toml_string(s)).collect();
    format!("[{}]", q.join(", "))
}

/// Writes the occupations as role files, a folder per first letter: the
/// definition as the summary, the rest of the description as the
/// description.
pub fn write_library(dir: &Path, occupations: &[Occupation]) {
    for o in occupations {
        let folder = dir.join(&o.id[..1]);
        std::fs::create_dir_all(&folder).expect("create letter folder");
        let summary = o.summary();
        let rest = o.description[summary.len()..].trim();
        let mut file = String::new();
        let _ = writeln!(file, "title = {}", toml_string(&o.title));
        let _ = writeln!(file, "aliases = {}", quoted(&o.aliases));
        let _ = writeln!(file, "summary = {}", toml_string(summary));
        if !rest.is_empty() {
            let _ = writeln!(file, "description = {}", toml_string(rest));
        }
        std::fs::write(folder.join(format!("{}.toml", o.id)), file).expect("write role");
    }
}

/// Words that join the words of a title or a sentence and carry no meaning
/// of their own.
const JOINING: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "in", "into", "is",
    "it", "its", "may", "of", "on", "or", "such", "that", "the", "their", "them", "these", "they",
    "this", "to", "which", "who", "with", "within", "&",
];

fn is_joining(word: &str) -> bool {
    JOINING.contains(&word)
}

/// The lower-case words of `text`, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_matches(|c| c == '-' || c == '\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The regular English plural of a singular noun; `None` for a word that
/// already looks plural.
fn plural(word: &str) -> Option<String> {
    if word.ends_with('s') || word.len() < 3 {
        return None;
    }
    if let Some(stem) = word.strip_suffix("man") {
        return Some(format!("{stem}men"));
    }
    if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        return Some(format!("{stem}ies"));
    }
    if word.ends_with(['x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        return Some(format!("{word}es"));
    }
    Some(format!("{word}s"))
}

/// Words whose British `-ise` is not a verb ending that American English
/// writes `-ize`.
const ISE_KEEPS: &[&str] = &[
    "advis",
    "devis",
    "revis",
    "supervis",
    "televis",
    "improvis",
    "franchis",
    "merchandis",
    "exercis",
    "expertis",
    "enterpris",
    "compris",
    "compromis",
    "promis",
    "premis",
    "precis",
    "concis",
    "cruis",
    "nois",
    "rais",
    "prais",
    "wis",
    "ris",
    "surpris",
    "disguis",
    "advertis",
    "excis",
    "incis",
    "chastis",
    "despis",
    "demis",
];

/// British suffixes and the American spelling of each.
const BRITISH_ENDINGS: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("isations", "izations"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("yser", "yzer"),
    ("ysers", "yzers"),
    ("yse", "yze"),
    ("ysing", "yzing"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("ogues", "ogs"),
];

/// Word beginnings that British English writes with a doubled `l` or an
/// `ae`/`oe` and American English without.
const BRITISH_STEMS: &[(&str, &str)] = &[
    ("travell", "travel"),
    ("modell", "model"),
    ("labell", "label"),
    ("counsell", "counsel"),
    ("jeweller", "jeweler"),
    ("fuell", "fuel"),
    ("signall", "signal"),
    ("cancell", "cancel"),
    ("paed", "ped"),
    ("orthopaed", "orthoped"),
    ("anaesth", "anesth"),
    ("haem", "hem"),
    ("gynaec", "gynec"),
    ("oesoph", "esoph"),
    ("foet", "fet"),
];

/// Whole words (alone or with a plural `s`) that American English spells
/// another way.
const BRITISH_WORDS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("licence", "license"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("aluminium", "aluminum"),
    ("jewellery", "jewelry"),
    ("tyre", "tire"),
    ("grey", "gray"),
    ("kerb", "curb"),
    ("pyjama", "pajama"),
    ("plough", "plow"),
    ("cheque", "check"),
];

/// Words ending in `-our` that American English also writes so.
const OUR_KEEPS: &[&str] = &[
    "four", "tour", "hour", "pour", "your", "flour", "sour", "contour", "detour", "devour",
    "scour", "our",
];

/// The American spelling of a British word, if it has another one.
fn american(word: &str) -> Option<String> {
    for (british, us) in BRITISH_WORDS {
        if let Some(rest) = word.strip_prefix(british)
            && (rest.is_empty() || rest == "s")
        {
            return Some(format!("{us}{rest}"));
        }
    }
    for (british, us) in BRITISH_STEMS {
        if let Some(rest) = word.strip_prefix(british) {
            return Some(format!("{us}{rest}"));
        }
    }
    for ending in ["our", "ours", "oured", "ourer", "ouring", "ourist"] {
        if let Some(stem) = word.strip_suffix(ending)
            && !OUR_KEEPS.contains(&format!("{stem}our").rsplit('-').next().unwrap_or(""))
            && stem.len() >= 2
        {
            return Some(format!("{stem}{}", ending.replacen("our", "or", 1)));
        }
    }
    for (british, us) in BRITISH_ENDINGS {
        if let Some(stem) = word.strip_suffix(british) {
            if stem.len() < 3 {
                continue;
            }
            let root = format!("{stem}{}", &british[..2]);
            if british.starts_with("is") && ISE_KEEPS.iter().any(|k| root.ends_with(k)) {
                continue;
            }
            // "-tre" only after a consonant: centre, theatre, metre, not "retre".
            if british.starts_with("tre") && stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
                continue;
            }
            return Some(format!("{stem}{us}"));
        }
    }
    None
}

/// Keys next to each other on a QWERTY keyboard.
const QWERTY: &[&str] = &["qwertyuiop", "asdfghjkl", "zxcvbnm"];

fn neighbour(c: char) -> Option<char> {
    QWERTY.iter().find_map(|row| {
        let keys: Vec<char> = row.chars().collect();
        let i = keys.iter().position(|&k| k == c)?;
        Some(if i + 1 < keys.len() {
            keys[i + 1]
        } else {
            keys[i - 1]
        })
    })
}

/// A stable number from a text, to place a typo without a random source.
fn spread(text: &str) -> usize {
    text.bytes()
        .fold(17usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize))
}

/// `title` in lower case with one letter of its longest word (six letters
/// or more) replaced by the key next to it, away from the first letter.
fn typo(title: &str) -> Option<String> {
    let mut ws: Vec<String> = title
        .to_lowercase()
        .split(' ')
        .map(str::to_string)
        .collect();
    let (w, word) = ws
        .iter()
        .enumerate()
        .filter(|(_, w)| w.len() >= 6 && w.chars().all(|c| c.is_ascii_lowercase()))
        .max_by_key(|(i, w)| (w.len(), usize::MAX - i))?;
    let mut chars: Vec<char> = word.chars().collect();
    let at = 1 + spread(title) % (chars.len() - 1);
    chars[at] = neighbour(chars[at])?;
    ws[w] = chars.into_iter().collect();
    Some(ws.join(" "))
}

/// The first five letters of each title word: a description query leaves
/// out every word that starts the same way, so neither "managers" nor
/// "managing" stands in for "manager".
fn title_stems(title: &str) -> Vec<String> {
    words(title).iter().map(|w| stem5(w)).collect()
}

fn stem5(word: &str) -> String {
    word.chars().take(5).collect()
}

/// The `-ing` form of a verb in its base form ("manufacture" gives
/// "manufacturing"), without doubling a final consonant.
fn ing(verb: &str) -> String {
    const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];
    let chars: Vec<char> = verb.chars().collect();
    match chars[..] {
        // One short syllable ending consonant, vowel, consonant: "plan"
        // gives "planning".
        [.., a, b, c]
            if chars.len() <= 4
                && chars.iter().filter(|c| VOWELS.contains(c)).count() == 1
                && !VOWELS.contains(&a)
                && VOWELS.contains(&b)
                && !VOWELS.contains(&c)
                && !['w', 'x', 'y'].contains(&c) =>
        {
            format!("{verb}{c}ing")
        }
        // British English doubles a final `l` after one vowel: "control"
        // gives "controlling".
        [.., a, b, 'l'] if !VOWELS.contains(&a) && VOWELS.contains(&b) => format!("{verb}ling"),
        _ => match verb.strip_suffix('e') {
            Some(stem) if !stem.ends_with(['e', 'i', 'o', 'y']) => format!("{stem}ing"),
            _ => format!("{verb}ing"),
        },
    }
}

/// Three to five content words of the definition, in its order, without
/// the title's own words, its verb turned into the `-ing` form: what
/// someone who knows the work but not its name might type ("manufacturing
/// dry products" for a pasta operator, whose definition says "Pasta
/// operators manufacture dry pasta products").
fn described(o: &Occupation) -> Option<String> {
    let own = title_stems(&o.title);
    let all = words(o.summary());
    let mut kept: Vec<String> = all
        .iter()
        .filter(|w| !is_joining(w) && !own.contains(&stem5(w)) && w.len() > 2)
        .take(5)
        .cloned()
        .collect();
    if kept.len() < 3 {
        return None;
    }
    // ESCO defines with the title in the plural as the subject, so the word
    // right after it is a verb in its base form, unless it is "are" or
    // "may" ("are responsible for").
    let verb = all.get(words(&o.title).len());
    if verb == Some(&kept[0]) {
        kept[0] = ing(&kept[0]);
    }
    Some(kept.join(" "))
}

/// The first letters of a title of three to five words, joining words left
/// out ("business development manager" gives "bdm").
fn initials(title: &str) -> Option<String> {
    let ws: Vec<String> = words(title)
        .into_iter()
        .filter(|w| !is_joining(w))
        .collect();
    if !(3..=5).contains(&ws.len()) {
        return None;
    }
    Some(ws.iter().filter_map(|w| w.chars().next()).collect())
}

/// Every query of the test set, made from `occupations` by the rules above.
/// A query is dropped when it is ambiguous in the data: when another role
/// holds its exact text as a title or alternative label, or (for initials)
/// another title has the same initials. A variant query (plural, spelling,
/// typo) is also dropped when its own role already holds it verbatim, as
/// that would test nothing but an exact match.
pub fn queries(occupations: &[Occupation]) -> Vec<Query> {
    let mut holders: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, o) in occupations.iter().enumerate() {
        for text in std::iter::once(&o.title).chain(&o.aliases) {
            let entry = holders.entry(text.to_lowercase()).or_default();
            if !entry.contains(&i) {
                entry.push(i);
            }
        }
    }
    let held_by_other = |text: &str, own: usize| {
        holders
            .get(&text.to_lowercase())
            .is_some_and(|h| h.iter().any(|&i| i != own))
    };
    let held = |text: &str| holders.contains_key(&text.to_lowercase());
    let mut initial_count: BTreeMap<String, usize> = BTreeMap::new();
    for o in occupations {
        if let Some(i) = initials(&o.title) {
            *initial_count.entry(i).or_default() += 1;
        }
    }

    let mut out = Vec::new();
    let mut push = |kind: &'static str, text: String, o: &Occupation| {
        out.push(Query {
            kind,
            text,
            wanted: o.id.clone(),
        });
    };
    for (i, o) in occupations.iter().enumerate() {
        let title = o.title.to_lowercase();
        if i % 5 == 0 && !held_by_other(&title, i) {
            push("exact title", title.clone(), o);
        }
        if i % 5 == 1 {
            let mut ws: Vec<&str> = title.split(' ').collect();
            if let Some(last) = ws.pop()
                && let Some(many) = plural(last)
            {
                ws.push(&many);
                let text = ws.join(" ");
                if !held(&text) {
                    push("plural", text, o);
                }
            }
        }
        if i % 5 == 4
            && let Some(alias) = o.aliases.iter().find(|a| !held_by_other(a, i))
        {
            push("exact alternative label", alias.to_lowercase(), o);
        }
        // The first of the title and alternative labels with a word that
        // American English spells another way.
        let variant = std::iter::once(&o.title)
            .chain(&o.aliases)
            .find_map(|text| {
                let mut ws: Vec<String> =
                    text.to_lowercase().split(' ').map(str::to_string).collect();
                let (w, us) = ws
                    .iter()
                    .enumerate()
                    .find_map(|(w, word)| american(word).map(|us| (w, us)))?;
                ws[w] = us;
                Some(ws.join(" "))
            });
        if let Some(text) = variant
            && !held(&text)
        {
            push("spelling variant", text, o);
        }
        if i % 5 == 2
            && let Some(text) = described(o)
            && !held(&text)
        {
            push("description words", text, o);
        }
        if i % 5 == 4
            && let Some(text) = initials(&o.title)
            && initial_count.get(&text) == Some(&1)
            && !held_by_other(&text, i)
        {
            push("initials", text, o);
        }
        if i % 5 == 3
            && let Some(text) = typo(&o.title)
            && !held(&text)
        {
            push("typo", text, o);
        }
    }
    out
}
