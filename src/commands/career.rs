//! `crewpath compare` and `crewpath path`: two roles side by side, and the
//! route from one to another, as plain text wrapped at 80 columns or JSON.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, say, usage_error, write_failed};
use crate::career::{self, Answer, Comparison, Step, document, plain};
use crate::library::{Library, RoleIx, Texts};
use crate::t;

const WIDTH: usize = 80;
/// Roles listed that lead to a target no route reaches, or entry-level
/// roles that lead to one, as the explorer lists them.
const CLOSEST: usize = career::path::FEW;

/// Finds a role as `show` does, or says what might have been meant.
fn find(lib: &Library, wanted: &str) -> Result<RoleIx, Status> {
    lib.resolve_role(wanted).map_err(|why| {
        say(&super::show::unresolved(lib, wanted, &why));
        Status::FAILURE
    })
}

fn print(text: &str) -> Status {
    let mut out = crate::output::stdout();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Status::SUCCESS,
        Err(e) => write_failed(&t!("compare-the-answer"), &e),
    }
}

// --- compare ---------------------------------------------------------------

pub fn compare(roles: Option<&Path>, a: &str, b: &str, json: bool) -> Status {
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let (a, b) = match (find(lib, a), find(lib, b)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(status), _) | (_, Err(status)) => return status,
    };
    if a == b {
        let title = crate::clean::clean_line(lib.roles[a].title()).into_owned();
        return usage_error(&t!("compare-same-role", title = title));
    }
    let c = career::compare(lib, a, b);
    if json {
        return print_json(&CompareJson::new(lib, &c));
    }
    print(&plain::render(&document::comparison(lib, &c), WIDTH))
}

#[derive(Serialize)]
struct RoleRef<'a> {
    id: &'a str,
    title: &'a str,
}

fn role_ref(lib: &Library, r: RoleIx) -> RoleRef<'_> {
    RoleRef {
        id: lib.roles[r].id(),
        title: lib.roles[r].title(),
    }
}

/// One of the two roles compared, with what the text shows of it.
#[derive(Serialize)]
struct SideJson<'a> {
    id: &'a str,
    title: &'a str,
    /// The department path, outermost first, as in `show --json`.
    department: Vec<&'a str>,
    entry_level: bool,
    in_demand: bool,
    education: Option<&'a str>,
    certification: Option<&'a str>,
    unions: Texts<'a>,
}

fn side(lib: &Library, r: RoleIx) -> SideJson<'_> {
    let role = &lib.roles[r];
    SideJson {
        id: role.id(),
        title: role.title(),
        department: lib.department_path(role.department),
        entry_level: role.entry_level,
        in_demand: role.in_demand,
        education: role.education(),
        certification: role.certification(),
        unions: role.unions(),
    }
}

#[derive(Serialize)]
struct CompareJson<'a> {
    format: u32,
    a: SideJson<'a>,
    b: SideJson<'a>,
    #[serde(flatten)]
    comparison: &'a Comparison,
}

impl<'a> CompareJson<'a> {
    fn new(lib: &'a Library, c: &'a Comparison) -> Self {
        CompareJson {
            format: 1,
            a: side(lib, c.a),
            b: side(lib, c.b),
            comparison: c,
        }
    }
}

fn print_json(value: &impl Serialize) -> Status {
    match serde_json::to_string_pretty(value) {
        Ok(json) => print(&(json + "\n")),
        Err(e) => usage_error(&t!("compare-cannot-write", error = e.to_string())),
    }
}

// --- path ------------------------------------------------------------------

pub fn path(roles: Option<&Path>, from: Option<&str>, to: &str, json: bool) -> Status {
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let to = match find(lib, to) {
        Ok(r) => r,
        Err(status) => return status,
    };
    let from = match from.map(|f| find(lib, f)).transpose() {
        Ok(from) => from,
        Err(status) => return status,
    };
    let answer = career::answer(lib, from, to, CLOSEST);
    let status = if json {
        print_json(&PathJson::new(lib, to, &answer))
    } else {
        print(&plain::render(&document::path(lib, to, &answer), WIDTH))
    };
    // No way there is a failure, as `search` finding nothing is, in either
    // form.
    if status == Status::SUCCESS && answer.is_failure() {
        Status::FAILURE
    } else {
        status
    }
}

#[derive(Serialize)]
struct StepJson<'a> {
    from: RoleRef<'a>,
    to: RoleRef<'a>,
    #[serde(rename = "move")]
    how: career::Move,
    /// Why a sideways move makes sense; `null` for a rung up.
    because: Option<&'a str>,
    /// The title of the source behind a sideways move; `null` for a rung up
    /// and for the library's own suggestion (`move` is then `suggested`).
    source: Option<&'a str>,
    add_skills: &'a [String],
    add_skill_ids: &'a [String],
}

#[derive(Serialize)]
struct RouteJson<'a> {
    from: RoleRef<'a>,
    /// Where a route from another ladder joins the target's: the role its
    /// last sideways move leads to; `null` for a route that only climbs.
    joins_at: Option<RoleRef<'a>>,
    steps: Vec<StepJson<'a>>,
}

#[derive(Serialize)]
struct PathJson<'a> {
    format: u32,
    to: RoleRef<'a>,
    /// The route asked for, if one was found.
    route: Option<RouteJson<'a>>,
    /// Routes from elsewhere: the closest roles leading to `to` when no
    /// route was found, or the entry-level roles for `--to`.
    alternatives: Vec<RouteJson<'a>>,
    /// Entry-level roles that lead there too, left out of `alternatives`.
    more: usize,
    /// With `--to` and no entry-level role leading there: the bottom rungs
    /// of `to`'s ladders.
    ladder_starts: Vec<RoleRef<'a>>,
    /// Why there is no route, when there is none.
    no_route: Option<NoRouteJson>,
}

/// Why no route is given: `below` (the role asked for is below the start on
/// its ladder), `unreachable` (no links lead there from the start) or
/// `no_entry` (no entry-level role leads there), with the sentence the text
/// prints.
#[derive(Serialize)]
struct NoRouteJson {
    reason: &'static str,
    message: String,
}

impl<'a> PathJson<'a> {
    fn new(lib: &'a Library, to: RoleIx, answer: &'a Answer) -> Self {
        let route = |from: RoleIx, steps: &'a [Step]| RouteJson {
            from: role_ref(lib, from),
            joins_at: career::path::joins_at(steps).map(|s| role_ref(lib, s.to)),
            steps: steps
                .iter()
                .map(|s| StepJson {
                    from: role_ref(lib, s.from),
                    to: role_ref(lib, s.to),
                    how: s.how,
                    because: s.because.as_deref(),
                    source: s.source.as_deref(),
                    add_skills: &s.add,
                    add_skill_ids: &s.add_ids,
                })
                .collect(),
        };
        let (main, others) = match answer {
            Answer::Route { from, steps } => (Some(route(*from, steps)), Vec::new()),
            Answer::Below { .. } => (None, Vec::new()),
            Answer::NoRoute { closest, .. } => {
                (None, closest.iter().map(|(r, s)| route(*r, s)).collect())
            }
            Answer::Entries(entries) => (
                None,
                entries.routes.iter().map(|(r, s)| route(*r, s)).collect(),
            ),
        };
        PathJson {
            // 2: `move` no longer takes `beside`, and `sideways` now means a
            // move a source supports, not a `related` link.
            format: 2,
            to: role_ref(lib, to),
            route: main,
            alternatives: others,
            more: match answer {
                Answer::Entries(entries) => entries.more,
                _ => 0,
            },
            ladder_starts: match answer {
                Answer::Entries(entries) => entries
                    .ladder_starts
                    .iter()
                    .map(|&r| role_ref(lib, r))
                    .collect(),
                _ => Vec::new(),
            },
            no_route: no_route(lib, to, answer),
        }
    }
}

fn no_route(lib: &Library, to: RoleIx, answer: &Answer) -> Option<NoRouteJson> {
    let title = |r: RoleIx| lib.roles[r].title();
    let (reason, message) = match *answer {
        Answer::Route { .. } => return None,
        Answer::Entries(ref e) if !e.routes.is_empty() => return None,
        Answer::Below { from } => (
            "below",
            t!("path-below", from = title(from), to = title(to)),
        ),
        Answer::NoRoute { from, .. } => (
            "unreachable",
            t!("path-no-route", from = title(from), to = title(to)),
        ),
        Answer::Entries(_) => ("no_entry", t!("path-no-entry", role = title(to))),
    };
    Some(NoRouteJson { reason, message })
}
