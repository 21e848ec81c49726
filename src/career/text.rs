//! Comparisons and routes as plain text, wrapped to a width: what
//! `crewpath compare` and `crewpath path` print and the explorer shows.

use super::compare::WagePair;
use super::{Comparison, Step};
use crate::library::{Library, RoleIx};
use crate::text;

fn title(lib: &Library, r: RoleIx) -> &str {
    &lib.roles[r].title
}

fn wrap(out: &mut String, width: usize, line: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for l in textwrap::wrap(&text::clean_line(line), options) {
        out.push_str(l.trim_end());
        out.push('\n');
    }
}

/// Two roles compared, section by section.
pub fn compare_text(lib: &Library, c: &Comparison, width: usize) -> String {
    let wrap =
        |out: &mut String, line: &str, first: &str, rest: &str| wrap(out, width, line, first, rest);
    let section = |out: &mut String, heading: &str| {
        out.push('\n');
        wrap(out, heading, "", "  ");
    };
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
                &format!("{}: {}", g.label(), g.skills.join(", ")),
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
    if !c.wages.is_empty() || c.wages_note.is_some() {
        section(&mut out, "Pay");
    }
    for w in &c.wages {
        wrap(&mut out, &pay_line(lib, c, w), "  ", "    ");
    }
    if let Some(note) = &c.wages_note {
        wrap(&mut out, note, "  ", "    ");
    }
    out
}

/// "overall average pay, Alberta 2021 (CAD per hour): A 30.00, B 34.50; B
/// earns 4.50 more".
fn pay_line(lib: &Library, c: &Comparison, w: &WagePair) -> String {
    let (a, b) = (title(lib, c.a), title(lib, c.b));
    let money = |v: Option<f64>| v.map_or("not given".to_string(), |v| format!("{v:.2}"));
    let place: Vec<String> = [w.region.clone(), w.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
        .collect();
    let place = if place.is_empty() {
        String::new()
    } else {
        format!(", {}", place.join(" "))
    };
    let unit = match (&w.currency, &w.unit) {
        (Some(c), Some(u)) => format!(" ({c} per {u})"),
        (None, Some(u)) => format!(" (per {u})"),
        _ => String::new(),
    };
    let (pa, pb) = w.overall_average;
    let gap = match (pa, pb) {
        (Some(x), Some(y)) if (x - y).abs() < 0.005 => "; the same".to_string(),
        (Some(x), Some(y)) if x > y => format!("; {a} earns {:.2} more", x - y),
        (Some(x), Some(y)) => format!("; {b} earns {:.2} more", y - x),
        _ => String::new(),
    };
    format!(
        "overall average pay{place}{unit}: {a} {}, {b} {}{gap}",
        money(pa),
        money(pb)
    )
}

/// One role's side of a comparison, for showing two side by side: its
/// title, department and labels, the skills only it asks for, its
/// education, certification and unions, as blocks that line up with the
/// other side's (an empty block where the role has nothing to say).
/// `role` is the comparison's `a` or `b`.
pub fn compare_column(lib: &Library, c: &Comparison, role: RoleIx, width: usize) -> Vec<String> {
    let wrap =
        |out: &mut String, line: &str, first: &str, rest: &str| wrap(out, width, line, first, rest);
    let r = &lib.roles[role];
    let mut head = String::new();
    wrap(&mut head, &r.title, "", "  ");
    wrap(
        &mut head,
        &lib.department_path(r.department).join(" › "),
        "",
        "  ",
    );
    for (on, label) in [(r.entry_level, "entry level"), (r.in_demand, "in demand")] {
        if on {
            wrap(&mut head, &format!("[{label}]"), "", "  ");
        }
    }
    let mut only = String::new();
    wrap(&mut only, "Only this role asks for", "", "  ");
    let groups = if role == c.a { &c.only_a } else { &c.only_b };
    if groups.is_empty() {
        wrap(&mut only, "nothing the other lacks", "  ", "  ");
    }
    for g in groups {
        wrap(
            &mut only,
            &format!("{}: {}", g.label(), g.skills.join(", ")),
            "  ",
            "    ",
        );
    }
    let mut blocks = vec![head, only];
    for (heading, value) in [
        ("Education", r.education.clone()),
        ("Certification", r.certification.clone()),
        (
            "Unions and guilds",
            (!r.unions.is_empty()).then(|| r.unions.join(", ")),
        ),
    ] {
        let mut block = String::new();
        if let Some(v) = value {
            wrap(&mut block, heading, "", "  ");
            wrap(&mut block, &v, "  ", "  ");
        }
        blocks.push(block);
    }
    blocks
}

/// Two roles' columns (see [`compare_column`]) as one text: block beside
/// block, each pair as tall as the taller, blank lines between pairs.
pub fn side_by_side(left: &[String], right: &[String], column: usize) -> String {
    let mut out = String::new();
    for (l, r) in left.iter().zip(right) {
        if l.is_empty() && r.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let (l, r): (Vec<&str>, Vec<&str>) = (l.lines().collect(), r.lines().collect());
        for i in 0..l.len().max(r.len()) {
            let a = l.get(i).copied().unwrap_or("");
            let pad = column.saturating_sub(unicode_width::UnicodeWidthStr::width(a));
            out.push_str(a);
            out.push_str(&" ".repeat(pad + 3));
            out.push_str(r.get(i).copied().unwrap_or(""));
            out.push('\n');
        }
    }
    out
}

/// What two roles share, for below their columns: how they are linked, the
/// skills both ask for, and pay.
pub fn compare_shared(lib: &Library, c: &Comparison, width: usize) -> String {
    let full = compare_text(lib, c, width);
    // The shared sections of the full text, in its order.
    let mut out = String::new();
    for block in full.split("\n\n").skip(1) {
        let heading = block.lines().next().unwrap_or("");
        if matches!(
            heading,
            "How they are linked" | "Skills both ask for" | "Pay"
        ) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(block.trim_end_matches('\n'));
            out.push('\n');
        }
    }
    out
}

/// What a route question found.
pub enum Answer {
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
fn route_lines(out: &mut String, width: usize, lib: &Library, steps: &[Step], indent: &str) {
    let wrap =
        |out: &mut String, line: &str, first: &str, rest: &str| wrap(out, width, line, first, rest);
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

/// The answer to a route question.
pub fn path_text(lib: &Library, to: RoleIx, answer: &Answer, width: usize) -> String {
    let wrap =
        |out: &mut String, line: &str, first: &str, rest: &str| wrap(out, width, line, first, rest);
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
            route_lines(&mut out, width, lib, steps, "  ");
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
                    route_lines(&mut out, width, lib, steps, "    ");
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
                if steps.is_empty() {
                    wrap(
                        &mut out,
                        &format!(
                            "{} is an entry-level role: you can start there.",
                            title(lib, *r)
                        ),
                        "",
                        "  ",
                    );
                    continue;
                }
                wrap(
                    &mut out,
                    &format!("Starting as {} (entry level):", title(lib, *r)),
                    "",
                    "  ",
                );
                route_lines(&mut out, width, lib, steps, "  ");
            }
        }
    }
    out
}
