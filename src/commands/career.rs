//! `crewpath compare` and `crewpath path`: two roles side by side, and the
//! route from one to another, as plain text wrapped at 80 columns or JSON.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load, say, usage_error, write_failed};
use crate::career::{self, Comparison, Step};
use crate::library::{Library, RoleIx};
use crate::text;

const WIDTH: usize = 80;
/// Roles listed that lead to a target no route reaches.
const CLOSEST: usize = 5;

/// Finds a role as `show` does, or says what might have been meant.
fn find(lib: &Library, wanted: &str) -> Result<RoleIx, Status> {
    lib.find_role(wanted).ok_or_else(|| {
        say(&super::show::not_found(lib, wanted));
        Status::FAILURE
    })
}

fn wrap(out: &mut String, line: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for l in textwrap::wrap(&text::clean_line(line), options) {
        out.push_str(l.trim_end());
        out.push('\n');
    }
}

fn print(text: &str) -> Status {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Status::SUCCESS,
        Err(e) => write_failed("the answer", &e),
    }
}

fn title(lib: &Library, r: RoleIx) -> &str {
    &lib.roles[r].title
}

// --- compare ---------------------------------------------------------------

pub fn compare(roles: Option<&Path>, a: &str, b: &str, json: bool) -> Status {
    let loaded = match load(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let (a, b) = match (find(lib, a), find(lib, b)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(status), _) | (_, Err(status)) => return status,
    };
    let c = career::compare(lib, a, b);
    if json {
        return print_json(&CompareJson::new(lib, &c));
    }
    print(&compare_text(lib, &c))
}

fn compare_text(lib: &Library, c: &Comparison) -> String {
    let (ra, rb) = (&lib.roles[c.a], &lib.roles[c.b]);
    let mut out = String::new();
    wrap(
        &mut out,
        &format!("{} compared with {}", ra.title, rb.title),
        "",
        "  ",
    );
    for (r, role) in [(c.a, ra), (c.b, rb)] {
        let dept = lib.department_path(role.department).join(" › ");
        let labels: Vec<&str> = [
            (role.entry_level, "entry level"),
            (role.in_demand, "in demand"),
        ]
        .into_iter()
        .filter_map(|(on, l)| on.then_some(l))
        .collect();
        let labels = if labels.is_empty() {
            String::new()
        } else {
            format!(" ({})", labels.join(", "))
        };
        wrap(
            &mut out,
            &format!("• {}: {dept}{labels}", title(lib, r)),
            "  ",
            "    ",
        );
    }
    section(&mut out, "How they are linked");
    wrap(
        &mut out,
        &c.relation.describe(&ra.title, &rb.title),
        "  ",
        "  ",
    );
    section(&mut out, "Skills both ask for");
    if c.common.is_empty() {
        wrap(&mut out, "none", "  ", "  ");
    } else {
        wrap(&mut out, &c.common.join(", "), "  ", "  ");
    }
    for (r, groups) in [(c.a, &c.only_a), (c.b, &c.only_b)] {
        section(&mut out, &format!("Only {}", title(lib, r)));
        if groups.is_empty() {
            wrap(&mut out, "nothing the other lacks", "  ", "  ");
        }
        for g in groups {
            wrap(
                &mut out,
                &format!("{}: {}", g.category, g.skills.join(", ")),
                "  ",
                "    ",
            );
        }
    }
    for (heading, a, b) in [
        ("Education", &ra.education, &rb.education),
        ("Certification", &ra.certification, &rb.certification),
    ] {
        if a.is_some() || b.is_some() {
            section(&mut out, heading);
            for (r, v) in [(c.a, a), (c.b, b)] {
                let v = v.as_deref().unwrap_or("not given");
                wrap(&mut out, &format!("{}: {v}", title(lib, r)), "  ", "    ");
            }
        }
    }
    if !ra.unions.is_empty() || !rb.unions.is_empty() {
        section(&mut out, "Unions and guilds");
        for (r, unions) in [(c.a, &ra.unions), (c.b, &rb.unions)] {
            let list = if unions.is_empty() {
                "none listed".to_string()
            } else {
                unions.join(", ")
            };
            wrap(
                &mut out,
                &format!("{}: {list}", title(lib, r)),
                "  ",
                "    ",
            );
        }
    }
    if let Some(w) = &c.wages {
        section(&mut out, "Pay");
        let money = |v: Option<f64>| v.map_or("not given".to_string(), |v| format!("{v:.2}"));
        let place: Vec<String> = [w.region.clone(), w.year.map(|y| y.to_string())]
            .into_iter()
            .flatten()
            .collect();
        let unit = match (&w.currency, &w.unit) {
            (Some(c), Some(u)) => format!(" ({c} per {u})"),
            _ => String::new(),
        };
        wrap(
            &mut out,
            &format!(
                "overall average pay, {}{unit}: {} {}, {} {}",
                place.join(" "),
                ra.title,
                money(w.overall_average.0),
                rb.title,
                money(w.overall_average.1)
            ),
            "  ",
            "    ",
        );
    } else if let Some(note) = &c.wages_note {
        section(&mut out, "Pay");
        wrap(&mut out, note, "  ", "  ");
    }
    out
}

fn section(out: &mut String, heading: &str) {
    out.push('\n');
    wrap(out, heading, "", "  ");
}

#[derive(Serialize)]
struct RoleRef<'a> {
    id: &'a str,
    title: &'a str,
}

fn role_ref(lib: &Library, r: RoleIx) -> RoleRef<'_> {
    RoleRef {
        id: &lib.roles[r].id,
        title: &lib.roles[r].title,
    }
}

#[derive(Serialize)]
struct CompareJson<'a> {
    format: u32,
    a: RoleRef<'a>,
    b: RoleRef<'a>,
    #[serde(flatten)]
    comparison: &'a Comparison,
}

impl<'a> CompareJson<'a> {
    fn new(lib: &'a Library, c: &'a Comparison) -> Self {
        CompareJson {
            format: 1,
            a: role_ref(lib, c.a),
            b: role_ref(lib, c.b),
            comparison: c,
        }
    }
}

fn print_json(value: &impl Serialize) -> Status {
    match serde_json::to_string_pretty(value) {
        Ok(json) => print(&(json + "\n")),
        Err(e) => usage_error(&format!("cannot write the answer: {e}")),
    }
}

// --- path ------------------------------------------------------------------

pub fn path(roles: Option<&Path>, from: Option<&str>, to: &str, json: bool) -> Status {
    let loaded = match load(roles) {
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
    let answer = match from {
        Some(from) => match career::route(lib, from, to) {
            Some(steps) => Answer::Route { from, steps },
            None => Answer::NoRoute {
                from,
                closest: career::closest_leading_to(lib, to, CLOSEST),
            },
        },
        None => Answer::Entries(career::entry_points(lib, to)),
    };
    if json {
        return print_json(&PathJson::new(lib, to, &answer));
    }
    let text = path_text(lib, to, &answer);
    let status = print(&text);
    match (&answer, status == Status::SUCCESS) {
        (Answer::NoRoute { .. }, true) => Status::FAILURE,
        (Answer::Entries(e), true) if e.is_empty() => Status::FAILURE,
        _ => status,
    }
}

enum Answer {
    Route {
        from: RoleIx,
        steps: Vec<Step>,
    },
    NoRoute {
        from: RoleIx,
        closest: Vec<(RoleIx, Vec<Step>)>,
    },
    Entries(Vec<(RoleIx, Vec<Step>)>),
}

/// One line per move: "A → B: one rung up; add x, y".
fn route_lines(out: &mut String, lib: &Library, steps: &[Step], indent: &str) {
    if steps.is_empty() {
        wrap(out, "you are there already", indent, indent);
    }
    for s in steps {
        let add = if s.add.is_empty() {
            "no new skills listed".to_string()
        } else {
            format!("add {}", s.add.join(", "))
        };
        wrap(
            out,
            &format!(
                "{} → {}: {}; {add}",
                title(lib, s.from),
                title(lib, s.to),
                s.how.describe()
            ),
            indent,
            &format!("{indent}    "),
        );
    }
}

fn path_text(lib: &Library, to: RoleIx, answer: &Answer) -> String {
    let mut out = String::new();
    match answer {
        Answer::Route { from, steps } => {
            let moves = match steps.len() {
                1 => "1 move".to_string(),
                n => format!("{n} moves"),
            };
            wrap(
                &mut out,
                &format!("From {} to {}: {moves}", title(lib, *from), title(lib, to)),
                "",
                "  ",
            );
            route_lines(&mut out, lib, steps, "  ");
        }
        Answer::NoRoute { from, closest } => {
            wrap(
                &mut out,
                &format!(
                    "No route from {} to {} over the library's links.",
                    title(lib, *from),
                    title(lib, to)
                ),
                "",
                "  ",
            );
            if closest.is_empty() {
                wrap(&mut out, "No role leads to it.", "", "  ");
            } else {
                out.push('\n');
                wrap(&mut out, "The closest roles that do lead there:", "", "  ");
                for (r, steps) in closest {
                    wrap(&mut out, &format!("From {}:", title(lib, *r)), "  ", "    ");
                    route_lines(&mut out, lib, steps, "    ");
                }
            }
        }
        Answer::Entries(entries) => {
            if entries.is_empty() {
                wrap(
                    &mut out,
                    &format!("No entry-level role leads to {}.", title(lib, to)),
                    "",
                    "  ",
                );
            }
            for (i, (r, steps)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                wrap(
                    &mut out,
                    &format!("Starting as {} (entry level):", title(lib, *r)),
                    "",
                    "  ",
                );
                route_lines(&mut out, lib, steps, "  ");
            }
        }
    }
    out
}

#[derive(Serialize)]
struct StepJson<'a> {
    from: RoleRef<'a>,
    to: RoleRef<'a>,
    #[serde(rename = "move")]
    how: career::Move,
    add_skills: &'a [String],
}

#[derive(Serialize)]
struct RouteJson<'a> {
    from: RoleRef<'a>,
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
}

impl<'a> PathJson<'a> {
    fn new(lib: &'a Library, to: RoleIx, answer: &'a Answer) -> Self {
        let route = |from: RoleIx, steps: &'a [Step]| RouteJson {
            from: role_ref(lib, from),
            steps: steps
                .iter()
                .map(|s| StepJson {
                    from: role_ref(lib, s.from),
                    to: role_ref(lib, s.to),
                    how: s.how,
                    add_skills: &s.add,
                })
                .collect(),
        };
        let (main, others) = match answer {
            Answer::Route { from, steps } => (Some(route(*from, steps)), Vec::new()),
            Answer::NoRoute { closest, .. } => {
                (None, closest.iter().map(|(r, s)| route(*r, s)).collect())
            }
            Answer::Entries(entries) => (None, entries.iter().map(|(r, s)| route(*r, s)).collect()),
        };
        PathJson {
            format: 1,
            to: role_ref(lib, to),
            route: main,
            alternatives: others,
        }
    }
}
