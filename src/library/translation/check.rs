//! What a translation gets wrong against the English library: nothing to
//! translate, a role in another folder, skill categories, NOC codes, moves
//! or lists that the English file does not have.

use super::apply::{beside, name_skills_from_lists};
use super::{Target, Translation};
use crate::i18n::{Lang, Message};
use crate::library::model::{Library, Role};
use crate::library::position::Position;
use crate::library::problem::{Kind, Problem};
use crate::library::text_lists::{SkillGroup, SkillGroups};

/// Problems translations have against the English library. `listed` holds
/// the ids of role files that did not load: what names them waits for
/// them rather than being wrong.
pub(crate) fn check(
    english: &Library,
    translations: &[Translation],
    listed: &foldhash::HashSet<String>,
    problems: &mut Vec<Problem>,
) {
    report_skills_named_twice(english, translations, problems);
    for tr in translations {
        check_one(english, tr, listed, problems);
    }
}

/// In a library that does not declare its skills, each skill the
/// translations into one language name two ways.
fn report_skills_named_twice(
    english: &Library,
    translations: &[Translation],
    problems: &mut Vec<Problem>,
) {
    for lang in Lang::ALL {
        if english.skills.is_declared() || !translations.iter().any(|t| t.lang == lang) {
            continue;
        }
        let mut table = english.skills.clone();
        let clash =
            |tr: &Translation, at: Position, name: &str, id: &str, first: String, file: &str| {
                let message = crate::msg!(
                    "translation-skill-two-names",
                    name = crate::clean::clean_line(name),
                    skill = english.skill_name(id).to_string(),
                    first = first,
                    file = file.to_string()
                );
                problems.push(
                    Problem::new(&tr.file, message)
                        .kind(Kind::Translation)
                        .at(at)
                        .skill(english.skill_id(id)),
                );
            };
        name_skills_from_lists(english, &mut table, translations, lang, clash);
    }
}

/// The problems of one translation file, each at its place where it has
/// one.
struct Report<'p> {
    file: &'p str,
    problems: &'p mut Vec<Problem>,
}

impl Report<'_> {
    fn at(&mut self, at: Option<Position>, message: Message) {
        let problem = Problem::new(self.file, message).kind(Kind::Translation);
        self.problems.push(match at {
            Some(at) => problem.at(at),
            None => problem,
        });
    }
}

/// Where a problem about the whole file is placed.
const FIRST_LINE: Option<Position> = Some(Position { line: 1, column: 1 });

fn check_one(
    english: &Library,
    tr: &Translation,
    listed: &foldhash::HashSet<String>,
    problems: &mut Vec<Problem>,
) {
    if english.skills.is_declared()
        && let Some((_, at)) = tr.skills.first()
    {
        let message = crate::msg!("translation-skills-declared");
        problems.push(
            Problem::new(&tr.file, message)
                .kind(Kind::Translation)
                .at(*at),
        );
    }
    if let Target::Role(id) = &tr.target
        && english.role_by_id(id).is_none()
        && listed.contains(id)
    {
        let message = crate::msg!(
            "translation-waits",
            file = format!("{}.toml", crate::clean::clean_line(id))
        );
        let mut problem = Problem::new(&tr.file, message).kind(Kind::Translation);
        // It follows from that file's problems, and is listed under them.
        problem.knock_on = Some(id.clone());
        problems.push(problem);
        return;
    }
    // Entries that wait for another file are listed after the file's own.
    let mut waiting = Vec::new();
    let mut report = Report {
        file: &tr.file,
        problems,
    };
    match &tr.target {
        Target::Library => {}
        Target::Department(key) => match english.departments.iter().find(|d| &d.key == key) {
            Some(dept) => check_skills(&dept.skills, &tr.skills, &mut report),
            None => report.at(
                FIRST_LINE,
                crate::msg!(
                    "translation-no-department",
                    folder = crate::clean::clean_line(key)
                ),
            ),
        },
        Target::Role(id) => check_role(english, id, tr, listed, &mut report, &mut waiting),
    }
    report.problems.append(&mut waiting);
}

fn check_role(
    english: &Library,
    id: &str,
    tr: &Translation,
    listed: &foldhash::HashSet<String>,
    report: &mut Report<'_>,
    waiting: &mut Vec<Problem>,
) {
    let Some(r) = english.role_by_id(id) else {
        let message = crate::msg!("translation-no-role", id = crate::clean::clean_line(id));
        report.at(FIRST_LINE, message);
        return;
    };
    let role = &english.roles[r];
    if !beside(role, tr) {
        let file = role.file();
        let here = file.strip_suffix(".toml").unwrap_or(file);
        let message = crate::msg!(
            "translation-elsewhere",
            id = crate::clean::clean_line(id),
            file = file,
            beside = format!("{here}.{}.toml", tr.lang.code())
        );
        report.at(FIRST_LINE, message);
        return;
    }
    check_skills(&role.skills, &tr.skills, report);
    check_noc(role, tr, report);
    check_moves(english, role, tr, listed, report, waiting);
    check_counts(role, tr, report);
}

/// Each NOC entry the English file does not have, by code and version.
fn check_noc(role: &Role, tr: &Translation, report: &mut Report<'_>) {
    for noc in &tr.noc {
        let known = role
            .noc
            .iter()
            .any(|n| n.code == noc.code && (noc.version.is_none() || n.version == noc.version));
        if !known {
            let message = crate::msg!("translation-noc-unknown", code = noc.code.as_str());
            report.at(Some(noc.at), message);
        }
    }
}

/// Each translated move the English file does not have; one to a role
/// whose file did not load waits for it, in `waiting`.
fn check_moves(
    english: &Library,
    role: &Role,
    tr: &Translation,
    listed: &foldhash::HashSet<String>,
    report: &mut Report<'_>,
    waiting: &mut Vec<Problem>,
) {
    for m in &tr.moves {
        let known = role.moves.iter().any(|e| english.roles[e.to].id() == m.to);
        if known {
            continue;
        }
        if listed.contains(&m.to) {
            // The English move was left out only because the role it
            // leads to did not load: the entry is right, and waits for
            // that file to be fixed.
            let message = crate::msg!(
                "translation-move-waits",
                to = crate::clean::clean_line(&m.to)
            );
            let mut problem = Problem::new(&tr.file, message)
                .kind(Kind::Translation)
                .at(m.at);
            problem.knock_on = Some(m.to.clone());
            waiting.push(problem);
            continue;
        }
        let ids: Vec<String> = role
            .moves
            .iter()
            .map(|e| format!("'{}'", english.roles[e.to].id()))
            .collect();
        let message = if ids.is_empty() {
            crate::msg!(
                "translation-move-unknown-none",
                to = crate::clean::clean_line(&m.to)
            )
        } else {
            crate::msg!(
                "translation-move-unknown",
                to = crate::clean::clean_line(&m.to),
                ids = ids.join(", ")
            )
        };
        report.at(Some(m.at), message);
    }
}

/// Lists matched one for one (`wages`, `sources`) that do not have as
/// many entries as the English file's.
fn check_counts(role: &Role, tr: &Translation, report: &mut Report<'_>) {
    for (key, listed, english_count) in [
        ("wages", &tr.wages, role.wages.len()),
        ("sources", &tr.sources, role.sources.len()),
    ] {
        if let Some(listed) = listed
            && listed.items.len() != english_count
        {
            let message = crate::msg!(
                "translation-count-differs",
                key = key,
                count = listed.items.len(),
                english = english_count
            );
            report.at(Some(listed.at), message);
        }
    }
}

/// Each skill category a translation names that the English file does not
/// have.
fn check_skills(
    english: &SkillGroups,
    translated: &[(SkillGroup, Position)],
    report: &mut Report<'_>,
) {
    for (group, at) in translated {
        if !english.iter().any(|g| g.category == group.category) {
            let categories: Vec<&str> = english.iter().map(|g| g.category).collect();
            let message = crate::msg!(
                "translation-skill-category-unknown",
                category = group.category.as_str(),
                categories = categories.join(", ")
            );
            report.at(Some(*at), message);
        }
    }
}
