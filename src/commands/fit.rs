//! `crewpath match --skills "mixing, microphones"`: every role that uses
//! the skills someone names, best fit first, as plain text wrapped at 80
//! columns, JSON, or a Markdown handout.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, say, usage_error, write_failed};
use crate::career::{self, Fit, Named};
use crate::cli::ShowFormat;
use crate::library::{Library, SkillIx};
use crate::search::{SkillReading, SkillWords};
use crate::t;

const WIDTH: usize = 80;

/// What someone wrote, read as skills: the things named, and what named
/// no skill with the closest skills.
pub struct Reading {
    pub named: Vec<Named>,
    pub unknown: Vec<(String, Vec<SkillIx>)>,
}

/// Reads a list of skills as someone types them, "mixing, pro tols,
/// travail d'équipe": split at commas and semicolons, each read by
/// [`SkillWords::read`]. The same skills named twice count once.
pub fn read(lib: &Library, words: &SkillWords, written: &str) -> Reading {
    let mut out = Reading {
        named: Vec::new(),
        unknown: Vec::new(),
    };
    for piece in written.split([',', ';', '\n']).map(str::trim) {
        if piece.is_empty() {
            continue;
        }
        match words.read(lib, piece) {
            SkillReading::Unknown(closest) => out.unknown.push((piece.to_string(), closest)),
            reading => {
                let skills: Vec<String> = reading
                    .skills()
                    .iter()
                    .filter_map(|&ix| lib.skills.get(ix))
                    .map(|s| s.id.clone())
                    .collect();
                if !out.named.iter().any(|n| n.skills == skills) {
                    out.named.push(Named {
                        written: piece.to_string(),
                        skills,
                    });
                }
            }
        }
    }
    out
}

pub fn run(roles: Option<&Path>, skills: &str, json: bool, format: ShowFormat) -> Status {
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    if skills.split([',', ';', '\n']).all(|s| s.trim().is_empty()) {
        crate::memory::free_at_exit(loaded);
        return usage_error(&t!("fit-none-given"));
    }
    let lib = &loaded.library;
    let words = SkillWords::new(lib);
    let reading = read(lib, &words, skills);
    for (written, closest) in &reading.unknown {
        if closest.is_empty() {
            say(&t!(
                "fit-unknown-none",
                written = crate::clean::clean_line(written)
            ));
        } else {
            say(&t!(
                "fit-unknown",
                written = crate::clean::clean_line(written),
                closest = quoted_names(lib, closest)
            ));
        }
    }
    let fits = career::rank(lib, &reading.named);
    if reading.named.is_empty() && !json {
        let example: Vec<&str> = lib
            .skills
            .iter()
            .take(2)
            .map(|s| s.name(lib.lang))
            .collect();
        say(&t!("fit-unknown-all", example = example.join(", ")));
        crate::memory::free_at_exit(loaded);
        return Status::FAILURE;
    }
    let written = if json {
        serde_json::to_string_pretty(&FitJson::new(lib, &reading, &fits))
            .map_err(std::io::Error::other)
            .map(|mut s| {
                s.push('\n');
                s
            })
    } else if format == ShowFormat::Markdown {
        Ok(super::markdown::fits(lib, &reading.named, &fits))
    } else {
        Ok(career::plain::fit_text(lib, &reading.named, &fits, WIDTH))
    };
    let mut out = crate::output::stdout();
    let status = match written.and_then(|text| {
        out.write_all(text.as_bytes())?;
        out.flush()
    }) {
        Ok(()) if fits.is_empty() => Status::FAILURE,
        Ok(()) => Status::SUCCESS,
        Err(e) => write_failed(&t!("compare-the-answer"), &e),
    };
    crate::memory::free_at_exit(loaded);
    status
}

/// "'a', 'b'": skills named for a message.
fn quoted_names(lib: &Library, skills: &[SkillIx]) -> String {
    skills
        .iter()
        .filter_map(|&ix| lib.skills.get(ix))
        .map(|s| {
            t!(
                "fit-quoted",
                name = crate::clean::clean_line(s.name(lib.lang))
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Serialize)]
struct SkillRef<'a> {
    id: &'a str,
    name: &'a str,
}

fn skill_ref<'a>(lib: &'a Library, id: &'a str) -> SkillRef<'a> {
    SkillRef {
        id,
        name: lib.skill_name(id),
    }
}

#[derive(Serialize)]
struct NamedJson<'a> {
    /// As written.
    written: &'a str,
    /// The skills it stands for: one, or several for a word many skills
    /// share ("mixing").
    skills: Vec<SkillRef<'a>>,
}

#[derive(Serialize)]
struct Unknown<'a> {
    written: &'a str,
    closest: Vec<SkillRef<'a>>,
}

#[derive(Serialize)]
struct FitRole<'a> {
    id: &'a str,
    title: &'a str,
    /// The department path, outermost first, as in `search --json`.
    department: Vec<&'a str>,
    entry_level: bool,
    /// What was named that the role uses, as written, in the order named.
    uses: Vec<&'a str>,
    /// The evidence it was ranked by: the things named it uses, each
    /// weighted by how few roles use it.
    evidence: f64,
    /// How many of the role's skills (its departments' included) answer
    /// what was named, and how many it asks for.
    have_count: usize,
    skill_count: usize,
    have: Vec<SkillRef<'a>>,
    add: Vec<SkillRef<'a>>,
}

#[derive(Serialize)]
struct FitJson<'a> {
    format: u32,
    /// Each thing named that is a skill of the library, or stands for some.
    named: Vec<NamedJson<'a>>,
    /// What named no skill, with the closest skills.
    unknown: Vec<Unknown<'a>>,
    /// Every role that uses one of them, best fit first.
    roles: Vec<FitRole<'a>>,
}

impl<'a> FitJson<'a> {
    fn new(lib: &'a Library, reading: &'a Reading, fits: &'a [Fit]) -> Self {
        let refs = |ids: &'a [String]| ids.iter().map(|id| skill_ref(lib, id)).collect();
        FitJson {
            format: 2,
            named: reading
                .named
                .iter()
                .map(|n| NamedJson {
                    written: &n.written,
                    skills: refs(&n.skills),
                })
                .collect(),
            unknown: reading
                .unknown
                .iter()
                .map(|(written, closest)| Unknown {
                    written,
                    closest: closest
                        .iter()
                        .filter_map(|&ix| lib.skills.get(ix))
                        .map(|s| skill_ref(lib, &s.id))
                        .collect(),
                })
                .collect(),
            roles: fits
                .iter()
                .map(|fit| {
                    let role = &lib.roles[fit.role];
                    FitRole {
                        id: role.id(),
                        title: role.title(),
                        department: lib.department_path(role.department),
                        entry_level: role.entry_level,
                        uses: fit
                            .named
                            .iter()
                            .map(|&i| reading.named[i].written.as_str())
                            .collect(),
                        evidence: (fit.evidence * 1000.0).round() / 1000.0,
                        have_count: fit.have.len(),
                        skill_count: fit.total(),
                        have: refs(&fit.have),
                        add: refs(&fit.add),
                    }
                })
                .collect(),
        }
    }
}
