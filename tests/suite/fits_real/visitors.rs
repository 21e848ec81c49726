//! Visitors naming skills, on real data: the ESCO occupations and the
//! skills ESCO marks essential for each (`tests/data/esco-occupation-skills.tsv`,
//! 91 occupations listing 8 to 54 skills), written as role files. A visitor
//! names K skills of one occupation, sometimes with a typo, and the roles
//! are ranked by crewpath and by the plain rankers a search engineer would
//! try first. Shared by `tests/suite/fits_real.rs` and `benches/fits.rs`.

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use crewpath::career::{self, Named};
use crewpath::library::Library;
use crewpath::search::SkillWords;

const DATA: &str = include_str!("../../data/esco-occupation-skills.tsv");

/// One occupation of the data set.
pub struct Occupation {
    pub id: String,
    pub title: String,
    pub skills: Vec<String>,
}

pub fn occupations() -> Vec<Occupation> {
    DATA.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let uuid = cols.next()?;
            let title = cols.next()?;
            let skills = cols.next()?;
            Some(Occupation {
                id: format!("esco-{}", &uuid[..8]),
                title: title.to_string(),
                skills: skills.split('|').map(str::to_string).collect(),
            })
        })
        .collect()
}

/// Every occupation as a role file, its skills as technical skills.
pub fn write_library(dir: &Path, occupations: &[Occupation]) {
    for o in occupations {
        let mut file = String::new();
        let _ = writeln!(file, "title = {}", toml_string(&o.title));
        let _ = writeln!(file, "summary = \"An occupation of ESCO.\"");
        let _ = writeln!(file, "\n[skills]");
        let list: Vec<String> = o.skills.iter().map(|s| toml_string(s)).collect();
        let _ = writeln!(file, "technical = [{}]", list.join(", "));
        std::fs::write(dir.join(format!("{}.toml", o.id)), file).expect("write role");
    }
}

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string")
}

/// One visitor: the skills named, as typed, and the occupation they were
/// taken from.
pub struct Visit {
    pub wanted: String,
    pub typed: Vec<String>,
    pub typo: bool,
}

/// A small deterministic generator (SplitMix64), so the visits are the same
/// on every run.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// How many skills visitors name.
pub const KS: [usize; 3] = [2, 3, 5];

/// Three visits per occupation and K; every third visit has one typo (two
/// letters swapped inside the longest word of one skill named).
pub fn visits(occupations: &[Occupation]) -> Vec<Visit> {
    let mut draw = Draw(2026);
    let mut out = Vec::new();
    for o in occupations {
        for &k in &KS {
            for round in 0..3 {
                let mut chosen: Vec<usize> = Vec::new();
                while chosen.len() < k.min(o.skills.len()) {
                    let at = draw.below(o.skills.len());
                    if !chosen.contains(&at) {
                        chosen.push(at);
                    }
                }
                let mut typed: Vec<String> = chosen.iter().map(|&i| o.skills[i].clone()).collect();
                let typo = round == 2;
                if typo {
                    let which = draw.below(typed.len());
                    typed[which] = with_typo(&typed[which]);
                }
                out.push(Visit {
                    wanted: o.id.clone(),
                    typed,
                    typo,
                });
            }
        }
    }
    out
}

/// Two letters swapped in the middle of the longest word.
fn with_typo(name: &str) -> String {
    let mut words: Vec<String> = name.split(' ').map(str::to_string).collect();
    let Some(longest) = (0..words.len()).max_by_key(|&i| words[i].chars().count()) else {
        return name.to_string();
    };
    let mut chars: Vec<char> = words[longest].chars().collect();
    if chars.len() >= 5 {
        let at = chars.len() / 2;
        chars.swap(at - 1, at);
        words[longest] = chars.into_iter().collect();
    }
    words.join(" ")
}

/// How the visitor's words become skills: crewpath's reading, or the exact
/// names only (a typo names nothing), as a plain engine would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Crewpath,
    Exact,
}

pub fn read(lib: &Library, words: &SkillWords, typed: &[String], reader: Reader) -> Vec<Named> {
    typed
        .iter()
        .filter_map(|t| {
            let skills: Vec<String> = match reader {
                Reader::Crewpath => words
                    .read(lib, t)
                    .skills()
                    .iter()
                    .filter_map(|&ix| lib.skills.get(ix))
                    .map(|s| s.id.clone())
                    .collect(),
                Reader::Exact => lib
                    .skills
                    .index_of(t)
                    .and_then(|ix| lib.skills.get(ix))
                    .map(|s| vec![s.id.clone()])
                    .unwrap_or_default(),
            };
            (!skills.is_empty()).then(|| Named {
                written: t.clone(),
                skills,
            })
        })
        .collect()
}

/// The rankers compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ranker {
    /// `career::rank`, as `crewpath match` and What fits me order roles.
    Crewpath,
    /// The share of the role's own skills named, as crewpath once did.
    Share,
    /// How many of the skills named the role uses.
    Count,
    /// Cosine between the skills named and the role's, as sets.
    Cosine,
    /// The skills named the role uses, each weighted by inverse document
    /// frequency.
    IdfCount,
}

pub const RANKERS: [Ranker; 5] = [
    Ranker::Crewpath,
    Ranker::Share,
    Ranker::Count,
    Ranker::Cosine,
    Ranker::IdfCount,
];

impl Ranker {
    pub fn name(self) -> &'static str {
        match self {
            Ranker::Crewpath => "crewpath",
            Ranker::Share => "share of the role's skills",
            Ranker::Count => "count of skills named",
            Ranker::Cosine => "cosine",
            Ranker::IdfCount => "idf-weighted count",
        }
    }
}

/// The role ids in the order `ranker` puts them, roles using nothing named
/// left out. The plain rankers break ties by title.
pub fn ranked(lib: &Library, named: &[Named], ranker: Ranker) -> Vec<String> {
    if ranker == Ranker::Crewpath {
        return career::rank(lib, named)
            .iter()
            .map(|f| lib.roles[f.role].id().to_string())
            .collect();
    }
    let sets: Vec<HashSet<&str>> = named
        .iter()
        .map(|n| n.skills.iter().map(String::as_str).collect())
        .collect();
    let roles: Vec<Vec<&str>> = (0..lib.roles.len()).map(|r| lib.skill_ids(r)).collect();
    let uses = |r: usize, i: usize| roles[r].iter().any(|id| sets[i].contains(id));
    let idf: Vec<f64> = (0..sets.len())
        .map(|i| {
            let with = (0..roles.len()).filter(|&r| uses(r, i)).count().max(1);
            (1.0 + roles.len() as f64 / with as f64).ln()
        })
        .collect();
    let mut scored: Vec<(f64, usize)> = (0..roles.len())
        .filter_map(|r| {
            let used: Vec<usize> = (0..sets.len()).filter(|&i| uses(r, i)).collect();
            if used.is_empty() {
                return None;
            }
            let have = roles[r]
                .iter()
                .filter(|id| sets.iter().any(|s| s.contains(*id)))
                .count() as f64;
            let total = roles[r].len().max(1) as f64;
            let score = match ranker {
                Ranker::Share => have / total,
                Ranker::Count => used.len() as f64,
                Ranker::Cosine => used.len() as f64 / (sets.len() as f64 * total).sqrt(),
                Ranker::IdfCount => used.iter().map(|&i| idf[i]).sum(),
                Ranker::Crewpath => 0.0,
            };
            Some((score, r))
        })
        .collect();
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| lib.roles[a.1].title().cmp(lib.roles[b.1].title()))
    });
    scored
        .into_iter()
        .map(|(_, r)| lib.roles[r].id().to_string())
        .collect()
}

/// How one ranker did over many visits.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub visits: usize,
    pub first: usize,
    pub top5: usize,
    /// Over all visits, how many of the top five use every skill named.
    pub all_named_in_top5: usize,
}

impl Tally {
    pub fn first_rate(&self) -> f64 {
        100.0 * self.first as f64 / self.visits.max(1) as f64
    }

    pub fn top5_rate(&self) -> f64 {
        100.0 * self.top5 as f64 / self.visits.max(1) as f64
    }

    /// Of the top five, how many use every skill named, on average.
    pub fn full_in_top5(&self) -> f64 {
        self.all_named_in_top5 as f64 / self.visits.max(1) as f64
    }
}

/// Whether role `id` uses every skill the visitor meant (the skills of the
/// occupation they were taken from, read exactly, typo or not).
pub fn uses_all(lib: &Library, id: &str, meant: &[HashSet<String>]) -> bool {
    let Some(r) = lib.roles.iter().position(|role| role.id() == id) else {
        return false;
    };
    let skills: HashSet<&str> = lib.skill_ids(r).into_iter().collect();
    meant
        .iter()
        .all(|m| m.iter().any(|id| skills.contains(id.as_str())))
}

/// The skills each visit meant, before any typo: read from the occupation's
/// own names.
pub fn meant(lib: &Library, occupation: &Occupation, visit: &Visit) -> Vec<HashSet<String>> {
    visit
        .typed
        .iter()
        .map(|typed| {
            let original = occupation
                .skills
                .iter()
                .find(|s| *s == typed || with_typo(s) == *typed)
                .cloned()
                .unwrap_or_else(|| typed.clone());
            lib.skills
                .index_of(&original)
                .and_then(|ix| lib.skills.get(ix))
                .map(|s| HashSet::from([s.id.clone()]))
                .unwrap_or_default()
        })
        .collect()
}

/// Every ranker on every visit, with each reader.
pub fn measure(
    lib: &Library,
    occupations: &[Occupation],
    visits: &[Visit],
    reader: Reader,
) -> Vec<(Ranker, Tally)> {
    let words = SkillWords::new(lib);
    let mut tallies: Vec<(Ranker, Tally)> =
        RANKERS.iter().map(|&r| (r, Tally::default())).collect();
    for visit in visits {
        let occupation = occupations
            .iter()
            .find(|o| o.id == visit.wanted)
            .expect("the occupation of a visit");
        let meant = meant(lib, occupation, visit);
        // crewpath always reads with its own reader; the plain rankers with
        // the reader asked for.
        for (ranker, tally) in &mut tallies {
            let reading = if *ranker == Ranker::Crewpath {
                Reader::Crewpath
            } else {
                reader
            };
            let named = read(lib, &words, &visit.typed, reading);
            let order = ranked(lib, &named, *ranker);
            let at = order.iter().position(|id| *id == visit.wanted);
            tally.visits += 1;
            tally.first += usize::from(at == Some(0));
            tally.top5 += usize::from(at.is_some_and(|a| a < 5));
            tally.all_named_in_top5 += order
                .iter()
                .take(5)
                .filter(|id| uses_all(lib, id, &meant))
                .count();
        }
    }
    tallies
}
