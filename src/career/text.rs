//! Comparisons and routes as plain text, wrapped to a width: what
//! `crewpath compare` and `crewpath path` print and the explorer shows.

use super::compare::WagePair;
use super::path::joins_at;
use super::pay::{money, pay_terms};
use super::{Comparison, Move, Step};
use crate::clean;
use crate::library::{Library, Role, RoleIx};
use crate::t;

fn title(lib: &Library, r: RoleIx) -> &str {
    lib.roles[r].title()
}

pub(crate) fn wrap(out: &mut String, width: usize, line: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for l in textwrap::wrap(&clean::clean_line(line), options) {
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
        &t!("compare-title", a = ra.title(), b = rb.title()),
        "",
        "  ",
    );
    for (r, role) in [(c.a, ra), (c.b, rb)] {
        let dept = lib.department_path(role.department).join(" › ");
        let labels = labels(role);
        let labels = if labels.is_empty() {
            String::new()
        } else {
            format!(" ({})", labels.join(", "))
        };
        wrap(
            &mut out,
            &t!(
                "compare-role-line",
                role = title(lib, r),
                department = format!("{dept}{labels}")
            ),
            "  ",
            "    ",
        );
    }
    section(&mut out, &t!("compare-heading-linked"));
    wrap(
        &mut out,
        &c.relation.describe(ra.title(), rb.title()),
        "  ",
        "  ",
    );
    section(&mut out, &t!("compare-heading-common"));
    if c.common.is_empty() {
        wrap(&mut out, &t!("compare-common-none"), "  ", "  ");
    } else {
        wrap(&mut out, &c.common.join(", "), "  ", "  ");
    }
    for (r, groups) in [(c.a, &c.only_a), (c.b, &c.only_b)] {
        section(&mut out, &t!("compare-heading-only", role = title(lib, r)));
        if groups.is_empty() {
            wrap(&mut out, &t!("compare-only-nothing"), "  ", "  ");
        }
        for g in groups {
            wrap(&mut out, &skill_line(g), "  ", "    ");
        }
    }
    for (heading, a, b) in [
        (t!("sheet-education"), ra.education(), rb.education()),
        (
            t!("sheet-certification"),
            ra.certification(),
            rb.certification(),
        ),
    ] {
        if a.is_some() || b.is_some() {
            section(&mut out, &heading);
            for (r, v) in [(c.a, a), (c.b, b)] {
                let v = v.map_or_else(|| t!("compare-not-given"), str::to_string);
                wrap(&mut out, &side_line(lib, r, &v), "  ", "    ");
            }
        }
    }
    if !ra.unions().is_empty() || !rb.unions().is_empty() {
        section(&mut out, &t!("sheet-unions"));
        for (r, unions) in [(c.a, &ra.unions()), (c.b, &rb.unions())] {
            let list = if unions.is_empty() {
                t!("compare-unions-none")
            } else {
                unions.join(", ")
            };
            wrap(&mut out, &side_line(lib, r, &list), "  ", "    ");
        }
    }
    if !c.wages.is_empty() || c.wages_note.is_some() {
        section(&mut out, &t!("compare-heading-pay"));
    }
    for w in &c.wages {
        wrap(&mut out, &pay_line(lib, c, w), "  ", "    ");
    }
    if let Some(note) = &c.wages_note {
        wrap(&mut out, note, "  ", "    ");
    }
    out
}

/// "Entry level", "In demand", as compare lists them after a department.
fn labels(role: &Role) -> Vec<String> {
    [
        (role.entry_level, t!("compare-entry-level")),
        (role.in_demand, t!("compare-in-demand")),
    ]
    .into_iter()
    .filter_map(|(on, label)| on.then_some(label))
    .collect()
}

/// "technical: x, y": a group of skills under its category.
fn skill_line(g: &super::compare::Group) -> String {
    t!(
        "compare-skill-group",
        category = g.label(),
        skills = g.skills.join(", ")
    )
}

/// "Recording Engineer: what it says": one role's side of a section.
fn side_line(lib: &Library, r: RoleIx, text: &str) -> String {
    t!("compare-side", role = title(lib, r), text = text)
}

/// "overall average pay, Alberta 2021 (CAD per hour): A 30.00, B 34.50; B
/// earns 4.50 more".
fn pay_line(lib: &Library, c: &Comparison, w: &WagePair) -> String {
    let (a, b) = (title(lib, c.a), title(lib, c.b));
    let currency = w.currency.as_deref();
    let pay =
        |v: Option<f64>| v.map_or_else(|| t!("compare-pay-not-given"), |v| money(v, currency));
    let place: Vec<String> = [w.region.clone(), w.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
        .collect();
    let place = if place.is_empty() {
        String::new()
    } else {
        format!(", {}", place.join(" "))
    };
    // The terms are named only with a unit: a currency alone says nothing
    // about how pay is counted.
    let terms = match w.unit.as_deref() {
        Some(unit) => pay_terms(currency, Some(unit)),
        None => None,
    }
    .map(|terms| format!(" ({terms})"))
    .unwrap_or_default();
    let (pa, pb) = w.overall_average;
    let gap = match (pa, pb) {
        (Some(x), Some(y)) if (x - y).abs() < 0.005 => t!("compare-pay-same"),
        (Some(x), Some(y)) if x > y => {
            t!(
                "compare-pay-more",
                role = a,
                amount = money(x - y, currency)
            )
        }
        (Some(x), Some(y)) => t!(
            "compare-pay-more",
            role = b,
            amount = money(y - x, currency)
        ),
        _ => String::new(),
    };
    let gap = if gap.is_empty() {
        gap
    } else {
        format!("; {gap}")
    };
    t!(
        "compare-pay-line",
        place = format!("{place}{terms}"),
        a = a,
        pay_a = pay(pa),
        b = b,
        pay_b = pay(pb),
        gap = gap
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
    wrap(&mut head, r.title(), "", "  ");
    wrap(
        &mut head,
        &lib.department_path(r.department).join(" › "),
        "",
        "  ",
    );
    for label in labels(r) {
        wrap(&mut head, &format!("[{label}]"), "", "  ");
    }
    let mut only = String::new();
    wrap(&mut only, &t!("compare-heading-only-this"), "", "  ");
    let groups = if role == c.a { &c.only_a } else { &c.only_b };
    if groups.is_empty() {
        wrap(&mut only, &t!("compare-only-nothing"), "  ", "  ");
    }
    for g in groups {
        wrap(&mut only, &skill_line(g), "  ", "    ");
    }
    let mut blocks = vec![head, only];
    for (heading, value) in [
        (t!("sheet-education"), r.education().map(str::to_string)),
        (
            t!("sheet-certification"),
            r.certification().map(str::to_string),
        ),
        (
            t!("sheet-unions"),
            (!r.unions().is_empty()).then(|| r.unions().join(", ")),
        ),
    ] {
        let mut block = String::new();
        if let Some(v) = value {
            wrap(&mut block, &heading, "", "  ");
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
    let shared = [
        t!("compare-heading-linked"),
        t!("compare-heading-common"),
        t!("compare-heading-pay"),
    ];
    let mut out = String::new();
    for block in full.split("\n\n").skip(1) {
        let heading = block.lines().next().unwrap_or("");
        if shared.iter().any(|h| h == heading) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(block.trim_end_matches('\n'));
            out.push('\n');
        }
    }
    out
}

pub use super::path::Answer;

/// One line per move: "A → B: one rung up; add x, y", and under a
/// sideways move, why it makes sense and what it rests on.
fn route_lines(out: &mut String, width: usize, lib: &Library, steps: &[Step], indent: &str) {
    let wrap =
        |out: &mut String, line: &str, first: &str, rest: &str| wrap(out, width, line, first, rest);
    if steps.is_empty() {
        wrap(out, &t!("path-already-there"), indent, indent);
    }
    let deeper = format!("{indent}    ");
    for s in steps {
        let add = if s.add.is_empty() {
            t!("path-no-new-skills")
        } else {
            t!("path-add-skills", skills = s.add.join(", "))
        };
        let how = match s.how {
            Move::StepUp => t!("path-move-step-up"),
            Move::Sideways => t!("path-move-sideways"),
            Move::Suggested => t!("path-move-suggested"),
        };
        wrap(
            out,
            &t!(
                "path-step",
                from = title(lib, s.from),
                to = title(lib, s.to),
                how = how,
                add = add
            ),
            indent,
            &deeper,
        );
        if let Some(because) = &s.because {
            let why = match &s.source {
                Some(source) => t!("path-why-source", because = because, source = source),
                None => t!("path-why-suggested", because = because),
            };
            wrap(out, &why, &deeper, &format!("{deeper}  "));
        }
    }
}

/// The answer to a route question.
pub fn path_text(lib: &Library, to: RoleIx, answer: &Answer, width: usize) -> String {
    let wrap =
        |out: &mut String, line: &str, first: &str, rest: &str| wrap(out, width, line, first, rest);
    let mut out = String::new();
    match answer {
        Answer::Route { from, steps } => {
            wrap(
                &mut out,
                &t!(
                    "path-route",
                    from = title(lib, *from),
                    to = title(lib, to),
                    count = steps.len()
                ),
                "",
                "  ",
            );
            route_lines(&mut out, width, lib, steps, "  ");
        }
        Answer::Below { from } => {
            wrap(
                &mut out,
                &t!("path-below", from = title(lib, *from), to = title(lib, to)),
                "",
                "  ",
            );
        }
        Answer::NoRoute { from, closest } => {
            wrap(
                &mut out,
                &t!(
                    "path-no-route",
                    from = title(lib, *from),
                    to = title(lib, to)
                ),
                "",
                "  ",
            );
            if closest.is_empty() {
                wrap(&mut out, &t!("path-no-role-leads-there"), "", "  ");
            } else {
                out.push('\n');
                wrap(&mut out, &t!("path-closest"), "", "  ");
                for (r, steps) in closest {
                    wrap(
                        &mut out,
                        &t!("path-closest-from", role = title(lib, *r)),
                        "  ",
                        "    ",
                    );
                    route_lines(&mut out, width, lib, steps, "    ");
                }
            }
        }
        Answer::Entries(entries) => {
            if entries.routes.is_empty() {
                wrap(
                    &mut out,
                    &t!("path-no-entry", role = title(lib, to)),
                    "",
                    "  ",
                );
                if !entries.ladder_starts.is_empty() {
                    let roles: Vec<&str> = entries
                        .ladder_starts
                        .iter()
                        .map(|&r| title(lib, r))
                        .collect();
                    wrap(
                        &mut out,
                        &t!("path-no-entry-ladder", roles = roles.join(", ")),
                        "",
                        "  ",
                    );
                }
            }
            for (i, (r, steps)) in entries.routes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                if steps.is_empty() {
                    wrap(
                        &mut out,
                        &t!("path-entry-already", role = title(lib, *r)),
                        "",
                        "  ",
                    );
                    continue;
                }
                let head = match joins_at(steps) {
                    Some(join) if join.to == to => {
                        t!("path-entry-across", role = title(lib, *r))
                    }
                    Some(join) => t!(
                        "path-entry-joins",
                        role = title(lib, *r),
                        joins = title(lib, join.to)
                    ),
                    None => t!("path-entry-start", role = title(lib, *r)),
                };
                wrap(&mut out, &head, "", "  ");
                route_lines(&mut out, width, lib, steps, "  ");
            }
            if entries.more > 0 {
                out.push('\n');
                wrap(
                    &mut out,
                    &t!(
                        "path-more-entries",
                        count = entries.more,
                        to = lib.roles[to].id()
                    ),
                    "",
                    "  ",
                );
            }
        }
    }
    out
}

/// Roles ranked by the skills someone has ("what fits me"): each with its
/// department, what they have of it and what they would add.
pub fn fit_text(lib: &Library, picked: &[&str], fits: &[super::Fit], width: usize) -> String {
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| lib.skill_name(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    let picked: Vec<&str> = picked.iter().map(|id| lib.skill_name(id)).collect();
    wrap(
        &mut out,
        width,
        &t!("fit-heading", skills = picked.join(", ")),
        "",
        "  ",
    );
    if fits.is_empty() {
        out.push('\n');
        wrap(&mut out, width, &t!("fit-nothing"), "", "");
        return out;
    }
    for (n, fit) in fits.iter().enumerate() {
        out.push('\n');
        let role = &lib.roles[fit.role];
        let mut head = format!(
            "{}. {} · {}",
            n + 1,
            role.title(),
            lib.department_path(role.department).join(" / ")
        );
        if role.entry_level {
            head.push_str(" · ");
            head.push_str(&t!("fit-entry-level"));
        }
        wrap(&mut out, width, &head, "", "   ");
        wrap(&mut out, width, &fit_have(lib, fit), "   ", "   ");
        if !fit.add.is_empty() {
            let add = t!("fit-add", skills = names(&fit.add));
            wrap(&mut out, width, &add, "   ", "   ");
        }
    }
    out
}

/// "You have 2 of its 9 skills: x, y."
pub fn fit_have(lib: &Library, fit: &super::Fit) -> String {
    let have: Vec<&str> = fit.have.iter().map(|id| lib.skill_name(id)).collect();
    t!(
        "fit-have",
        have = fit.have.len(),
        total = fit.total(),
        skills = have.join(", ")
    )
}
