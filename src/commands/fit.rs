//! `crewpath match --skills "pro tools, music theory"`: every role ranked
//! by how much of it the skills someone has cover, as plain text wrapped at
//! 80 columns or JSON.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, say, usage_error, write_failed};
use crate::career::{self, Fit};
use crate::library::{Library, Named, SkillIx};
use crate::t;

const WIDTH: usize = 80;

pub fn run(roles: Option<&Path>, skills: &str, json: bool) -> Status {
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let named = career::name_skills(lib, skills);
    let mut picked: Vec<&str> = Vec::new();
    let mut unknown = Vec::new();
    for (written, found) in &named {
        match found {
            Named::Skill(ix) => {
                if let Some(skill) = lib.skills.get(*ix)
                    && !picked.contains(&skill.id.as_str())
                {
                    picked.push(&skill.id);
                }
            }
            Named::Unknown(closest) => unknown.push((written.as_str(), closest.as_slice())),
        }
    }
    for (written, closest) in &unknown {
        say(&t!(
            "fit-unknown",
            written = crate::clean::clean_line(written),
            closest = quoted_names(lib, closest)
        ));
    }
    if picked.is_empty() {
        let written: Vec<&str> = named.iter().map(|(w, _)| w.as_str()).collect();
        let written = written.join(", ");
        let example: Vec<&str> = lib
            .skills
            .iter()
            .take(2)
            .map(|s| s.name(lib.lang))
            .collect();
        say(&t!(
            "fit-unknown-all",
            written = crate::clean::clean_line(&written),
            example = example.join(", ")
        ));
        return Status::FAILURE;
    }
    let fits = career::rank(lib, &picked);
    let written = if json {
        serde_json::to_string_pretty(&FitJson::new(lib, &picked, &unknown, &fits))
            .map_err(std::io::Error::other)
            .map(|mut s| {
                s.push('\n');
                s
            })
    } else {
        Ok(career::plain::fit_text(lib, &picked, &fits, WIDTH))
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
    /// How many of the role's skills (its departments' included) the
    /// skills given cover, and how many it asks for.
    have_count: usize,
    skill_count: usize,
    have: Vec<SkillRef<'a>>,
    add: Vec<SkillRef<'a>>,
}

#[derive(Serialize)]
struct FitJson<'a> {
    format: u32,
    /// The skills given that are skills of the library.
    skills: Vec<SkillRef<'a>>,
    /// The ones that are not, with the closest skills.
    unknown: Vec<Unknown<'a>>,
    /// Every role that asks for one of them, best covered first.
    roles: Vec<FitRole<'a>>,
}

impl<'a> FitJson<'a> {
    fn new(
        lib: &'a Library,
        picked: &[&'a str],
        unknown: &[(&'a str, &'a [SkillIx])],
        fits: &'a [Fit],
    ) -> Self {
        let refs = |ids: &'a [String]| ids.iter().map(|id| skill_ref(lib, id)).collect();
        FitJson {
            format: 1,
            skills: picked.iter().map(|id| skill_ref(lib, id)).collect(),
            unknown: unknown
                .iter()
                .map(|&(written, closest)| Unknown {
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
