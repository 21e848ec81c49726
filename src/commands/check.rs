//! `crewpath check`: every problem of a library, each file's own first with
//! what follows from it grouped underneath, and a summary naming the
//! library; or all of it as JSON for editors and CI.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, say, usage_error, write_failed};
use crate::clean;
use crate::i18n::{self, Lang};
use crate::library::{Kind, Loaded, Problem};

pub fn run(roles: Option<&Path>, json: bool) -> Status {
    let mut loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let which = match roles {
        Some(dir) => clean::clean_line(&dir.display().to_string()).into_owned(),
        None => crate::t!("check-built-in-roles"),
    };
    let look_alikes = loaded.look_alikes();
    if !look_alikes.is_empty() {
        loaded.problems.extend(look_alikes);
        loaded.problems.sort_by(Problem::listing_order);
    }
    if loaded.library.roles.is_empty() && loaded.problems.is_empty() {
        loaded
            .problems
            .push(Problem::new(&which, crate::t!("check-no-role-files")).kind(Kind::Library));
    }
    let report = if json {
        // A script compares the library it is told about; the words for the
        // built-in roles must not change with the reader's language.
        let library = match roles {
            Some(_) => which.clone(),
            None => i18n::tr_in(Lang::En, "check-built-in-roles", None).unwrap_or(which.clone()),
        };
        json_report(&loaded, &library)
    } else {
        text_report(&loaded, &which)
    };
    let mut out = crate::output::stdout();
    if let Err(e) = out.write_all(report.as_bytes()).and_then(|()| out.flush()) {
        return write_failed(&crate::t!("check-the-report"), &e);
    }
    if roles.is_none() {
        hint_at_role_files_here();
    }
    if loaded.problems.is_empty() {
        Status::SUCCESS
    } else {
        Status::FAILURE
    }
}

/// Entries looked at in a folder when guessing whether it holds role files.
const ENTRIES_LOOKED_AT: usize = 1000;

/// When the built-in roles were checked from a folder that holds role files
/// (or has a `roles` folder that does), says how to check those instead:
/// forgetting `--roles` must not look like a clean bill of health.
fn hint_at_role_files_here() {
    let folder = if holds_role_files(Path::new("."), 1) {
        "."
    } else if holds_role_files(Path::new("roles"), 2) {
        "roles"
    } else {
        return;
    };
    say(&crate::t!("check-run-with-roles", folder = folder));
}

/// Whether `dir` has a `.toml` file, looking `depth` folders down.
fn holds_role_files(dir: &Path, depth: u32) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries
        .take(ENTRIES_LOOKED_AT)
        .flatten()
        .any(|entry| match entry.file_type() {
            Ok(kind) if kind.is_file() => entry.path().extension().is_some_and(|x| x == "toml"),
            Ok(kind) if kind.is_dir() && depth > 1 => holds_role_files(&entry.path(), depth - 1),
            _ => false,
        })
}

fn text_report(loaded: &Loaded, which: &str) -> String {
    let mut out = String::new();
    for entry in crate::library::folded(&loaded.problems, false) {
        if let Some(p) = entry.problem.and_then(|i| loaded.problems.get(i)) {
            out.push_str(&clean::clean_line(&p.to_string()));
            out.push('\n');
        }
        for line in entry.follows {
            out.push_str(&format!("  ↳ {line}\n"));
        }
    }
    untranslated(&mut out, loaded);
    french_advice(&mut out, loaded);
    let lib = &loaded.library;
    out.push_str(&crate::t!(
        "check-summary",
        library = clean::clean_line(which),
        roles = crate::t!("count-roles", count = lib.roles.len()),
        departments = crate::t!("count-departments", count = lib.department_count()),
        problems = crate::t!("count-problems", count = loaded.problems.len()),
    ));
    out.push('\n');
    out
}

/// In a language other than English, each translation file missing or
/// incomplete and the keys it lacks: notes for translators, not problems.
fn untranslated(out: &mut String, loaded: &Loaded) {
    let lang = i18n::current();
    if lang == Lang::En {
        return;
    }
    let missing = loaded.missing_translations(lang);
    if missing.is_empty() {
        return;
    }
    out.push_str(&crate::t!(
        "check-untranslated-heading",
        count = missing.len()
    ));
    out.push('\n');
    for m in &missing {
        let line = crate::t!(
            "check-untranslated",
            file = m.file.as_str(),
            keys = m.sections.join(", ")
        );
        out.push_str(&clean::clean_line(&format!("  {line}")));
        out.push('\n');
    }
}

/// In French, each place where staff's French departs from French
/// typography in a way that reads less well but shows as it should:
/// advice, not problems.
fn french_advice(out: &mut String, loaded: &Loaded) {
    if i18n::current() != Lang::Fr {
        return;
    }
    let advice = loaded.french_advice();
    if advice.is_empty() {
        return;
    }
    out.push_str(&crate::t!("check-advice-heading", count = advice.len()));
    out.push('\n');
    for a in advice {
        out.push_str(&clean::clean_line(&format!("  {a}")));
        out.push('\n');
    }
}

#[derive(Serialize)]
struct Report<'a> {
    format: u32,
    library: &'a str,
    roles: usize,
    departments: usize,
    problems: Vec<ProblemJson<'a>>,
    /// In a language other than English: each translation file missing or
    /// incomplete, with the keys it lacks.
    #[serde(skip_serializing_if = "Option::is_none")]
    untranslated: Option<Vec<crate::library::Missing>>,
    /// In French: where staff's French departs from French typography.
    #[serde(skip_serializing_if = "Option::is_none")]
    advice: Option<Vec<AdviceJson>>,
}

#[derive(Serialize)]
struct AdviceJson {
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

#[derive(Serialize)]
struct ProblemJson<'a> {
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    kind: Kind,
    message: String,
    /// For a link to a role that could not be loaded: that role's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    because_of: Option<&'a str>,
    /// For a circle in the ladder: its roles in ladder order, the one whose
    /// link back to the first is left out last.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    roles: &'a [String],
    /// The id of the skill the problem is about, if it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    skill: Option<&'a str>,
}

fn json_report(loaded: &Loaded, which: &str) -> String {
    let report = Report {
        format: 1,
        library: which,
        roles: loaded.library.roles.len(),
        departments: loaded.library.department_count(),
        problems: loaded
            .problems
            .iter()
            .map(|p| ProblemJson {
                path: clean::clean_line(&p.path).into_owned(),
                line: p.line,
                column: p.column,
                kind: p.kind,
                message: clean::clean_line(&p.message.worded()).into_owned(),
                because_of: p.knock_on.as_deref(),
                roles: &p.roles,
                skill: p.skill.as_deref(),
            })
            .collect(),
        untranslated: match i18n::current() {
            Lang::En => None,
            lang => Some(loaded.missing_translations(lang)),
        },
        advice: (i18n::current() == Lang::Fr).then(|| {
            loaded
                .french_advice()
                .into_iter()
                .map(|a| AdviceJson {
                    path: clean::clean_line(&a.path).into_owned(),
                    line: a.line,
                    column: a.column,
                    message: clean::clean_line(&a.message.worded()).into_owned(),
                })
                .collect()
        }),
    };
    serde_json::to_string_pretty(&report).map_or_else(|_| String::new(), |s| s + "\n")
}
