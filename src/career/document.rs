//! Comparisons and routes as documents: sections with their headings, and
//! in them sentences, rows and routes, built once for every way they are
//! shown (`crewpath compare`, `crewpath path` and the explorer's comparison
//! window). A document says what is a heading and what kind each move is,
//! so nothing that shows one has to guess from its words. Knows nothing
//! about terminals or text width. Speaks the current language. Text from
//! role files is left as the files give it: what shows it cleans it.

use super::compare::{Group, WagePair};
use super::path::{Answer, joins_at};
use super::pay::{money, pay_terms};
use super::{Comparison, Move, Step};
use crate::library::{Library, Role, RoleIx};
use crate::t;

/// A comparison or a route, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub sections: Vec<Section>,
}

/// One part of a document, set apart from the part before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Section {
    /// What the part is about: "Skills both ask for". `None` for a part
    /// that speaks for itself: what a comparison is of, a route with its
    /// own lead.
    pub heading: Option<String>,
    pub blocks: Vec<Block>,
}

impl Section {
    fn headed(heading: String, blocks: Vec<Block>) -> Section {
        Section {
            heading: Some(heading),
            blocks,
        }
    }

    fn plain(blocks: Vec<Block>) -> Section {
        Section {
            heading: None,
            blocks,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A sentence or phrase on its own: "No role leads to it.", how two
    /// roles are linked, the skills both ask for.
    Sentence(String),
    /// Lines of their own, one item each: a role and its department, a
    /// group of skills, one role's side of a section, a pay figure.
    Rows(Vec<String>),
    /// A route and its moves.
    Route(Route),
}

/// A route: what it is, then its moves in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// "From A to B: 2 moves", "Starting as A (entry level):", "From A:".
    pub lead: String,
    pub legs: Vec<Leg>,
    /// Said in place of the moves when there are none: "you are there
    /// already".
    pub arrived: Option<String>,
}

/// One move of a route.
#[derive(Clone, Debug, PartialEq)]
pub struct Leg {
    /// Up the ladder, or sideways with or without a source behind it.
    pub how: Move,
    /// "A → B: one rung up; add x, y".
    pub text: String,
    /// Why a sideways move makes sense and what it rests on; `None` for a
    /// rung up.
    pub why: Option<String>,
}

fn title(lib: &Library, r: RoleIx) -> &str {
    lib.roles[r].title()
}

// --- comparisons -------------------------------------------------------------

/// Two roles compared, section by section: what `crewpath compare` prints.
pub fn comparison(lib: &Library, c: &Comparison) -> Document {
    let (ra, rb) = (&lib.roles[c.a], &lib.roles[c.b]);
    let mut sections = Vec::new();
    let roles = [(c.a, ra), (c.b, rb)]
        .into_iter()
        .map(|(r, role)| {
            let dept = lib.department_path(role.department).join(" › ");
            let labels = labels(role);
            let labels = if labels.is_empty() {
                String::new()
            } else {
                format!(" ({})", labels.join(", "))
            };
            t!(
                "compare-role-line",
                role = title(lib, r),
                department = format!("{dept}{labels}")
            )
        })
        .collect();
    sections.push(Section::plain(vec![
        Block::Sentence(t!("compare-title", a = ra.title(), b = rb.title())),
        Block::Rows(roles),
    ]));
    sections.push(linked(lib, c));
    sections.push(common(c));
    for (r, groups) in [(c.a, &c.only_a), (c.b, &c.only_b)] {
        sections.push(Section::headed(
            t!("compare-heading-only", role = title(lib, r)),
            vec![only(groups)],
        ));
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
            let rows = [(c.a, a), (c.b, b)]
                .into_iter()
                .map(|(r, v)| {
                    let v = v.map_or_else(|| t!("compare-not-given"), str::to_string);
                    side_line(lib, r, &v)
                })
                .collect();
            sections.push(Section::headed(heading, vec![Block::Rows(rows)]));
        }
    }
    if !ra.unions().is_empty() || !rb.unions().is_empty() {
        let rows = [(c.a, ra), (c.b, rb)]
            .into_iter()
            .map(|(r, role)| {
                let list = if role.unions().is_empty() {
                    t!("compare-unions-none")
                } else {
                    role.unions().join(", ")
                };
                side_line(lib, r, &list)
            })
            .collect();
        sections.push(Section::headed(t!("sheet-unions"), vec![Block::Rows(rows)]));
    }
    sections.extend(pay(lib, c));
    Document { sections }
}

/// One role's side of a comparison, for showing two side by side: its
/// title, department and labels, the skills only it asks for, its
/// education, certification and unions. Its sections line up with the
/// other side's: an empty one where the role has nothing to say. `role` is
/// the comparison's `a` or `b`.
pub fn column(lib: &Library, c: &Comparison, role: RoleIx) -> Document {
    let r = &lib.roles[role];
    let mut head = vec![
        Block::Sentence(r.title().to_string()),
        Block::Sentence(lib.department_path(r.department).join(" › ")),
    ];
    head.extend(
        labels(r)
            .into_iter()
            .map(|label| Block::Sentence(format!("[{label}]"))),
    );
    let groups = if role == c.a { &c.only_a } else { &c.only_b };
    let mut sections = vec![
        Section::plain(head),
        Section::headed(t!("compare-heading-only-this"), vec![only(groups)]),
    ];
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
        sections.push(match value {
            Some(v) => Section::headed(heading, vec![Block::Sentence(v)]),
            None => Section::default(),
        });
    }
    Document { sections }
}

/// What two roles share, for below their columns: how they are linked, the
/// skills both ask for, and pay.
pub fn shared(lib: &Library, c: &Comparison) -> Document {
    let mut sections = vec![linked(lib, c), common(c)];
    sections.extend(pay(lib, c));
    Document { sections }
}

fn linked(lib: &Library, c: &Comparison) -> Section {
    Section::headed(
        t!("compare-heading-linked"),
        vec![Block::Sentence(
            c.relation.describe(title(lib, c.a), title(lib, c.b)),
        )],
    )
}

fn common(c: &Comparison) -> Section {
    let common = if c.common.is_empty() {
        t!("compare-common-none")
    } else {
        c.common.join(", ")
    };
    Section::headed(t!("compare-heading-common"), vec![Block::Sentence(common)])
}

/// The skills only one role asks for, by group; or that there are none.
fn only(groups: &[Group]) -> Block {
    if groups.is_empty() {
        Block::Sentence(t!("compare-only-nothing"))
    } else {
        Block::Rows(groups.iter().map(skill_line).collect())
    }
}

/// Pay, where either role reports any.
fn pay(lib: &Library, c: &Comparison) -> Option<Section> {
    let mut rows: Vec<String> = c.wages.iter().map(|w| pay_line(lib, c, w)).collect();
    rows.extend(c.wages_note.clone());
    (!rows.is_empty()).then(|| Section::headed(t!("compare-heading-pay"), vec![Block::Rows(rows)]))
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
fn skill_line(g: &Group) -> String {
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

// --- routes ------------------------------------------------------------------

/// The answer to a route question to `to`: what `crewpath path` prints.
pub fn path(lib: &Library, to: RoleIx, answer: &Answer) -> Document {
    let sentence = |s: String| Block::Sentence(s);
    let sections = match answer {
        Answer::Route { from, steps } => {
            let lead = t!(
                "path-route",
                from = title(lib, *from),
                to = title(lib, to),
                count = steps.len()
            );
            vec![Section::plain(vec![route(lib, lead, steps)])]
        }
        Answer::Below { from } => vec![Section::plain(vec![sentence(t!(
            "path-below",
            from = title(lib, *from),
            to = title(lib, to)
        ))])],
        Answer::NoRoute { from, closest } => {
            let no_route = sentence(t!(
                "path-no-route",
                from = title(lib, *from),
                to = title(lib, to)
            ));
            if closest.is_empty() {
                vec![Section::plain(vec![
                    no_route,
                    sentence(t!("path-no-role-leads-there")),
                ])]
            } else {
                let routes = closest
                    .iter()
                    .map(|(r, steps)| {
                        route(lib, t!("path-closest-from", role = title(lib, *r)), steps)
                    })
                    .collect();
                vec![
                    Section::plain(vec![no_route]),
                    Section::headed(t!("path-closest"), routes),
                ]
            }
        }
        Answer::Entries(entries) => {
            let mut sections = Vec::new();
            if entries.routes.is_empty() {
                let mut blocks = vec![sentence(t!("path-no-entry", role = title(lib, to)))];
                if !entries.ladder_starts.is_empty() {
                    let roles: Vec<&str> = entries
                        .ladder_starts
                        .iter()
                        .map(|&r| title(lib, r))
                        .collect();
                    blocks.push(sentence(t!(
                        "path-no-entry-ladder",
                        roles = roles.join(", ")
                    )));
                }
                sections.push(Section::plain(blocks));
            }
            for (r, steps) in &entries.routes {
                let block = if steps.is_empty() {
                    sentence(t!("path-entry-already", role = title(lib, *r)))
                } else {
                    let lead = match joins_at(steps) {
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
                    route(lib, lead, steps)
                };
                sections.push(Section::plain(vec![block]));
            }
            if entries.more > 0 {
                sections.push(Section::plain(vec![sentence(t!(
                    "path-more-entries",
                    count = entries.more,
                    to = lib.roles[to].id()
                ))]));
            }
            sections
        }
    };
    Document { sections }
}

/// A route under its lead: one leg per move, "A → B: one rung up; add x,
/// y", and for a sideways move, why it makes sense and what it rests on.
fn route(lib: &Library, lead: String, steps: &[Step]) -> Block {
    let legs = steps
        .iter()
        .map(|s| {
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
            let why = s.because.as_ref().map(|because| match &s.source {
                Some(source) => t!("path-why-source", because = because, source = source),
                None => t!("path-why-suggested", because = because),
            });
            Leg {
                how: s.how,
                text: t!(
                    "path-step",
                    from = title(lib, s.from),
                    to = title(lib, s.to),
                    how = how,
                    add = add
                ),
                why,
            }
        })
        .collect();
    Block::Route(Route {
        lead,
        legs,
        arrived: steps.is_empty().then(|| t!("path-already-there")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::career;
    use crate::i18n::{Lang, speaking};
    use crate::library::load_embedded;

    fn role(lib: &Library, id: &str) -> RoleIx {
        lib.roles
            .iter()
            .position(|r| r.id() == id)
            .unwrap_or_else(|| panic!("no bundled role {id}"))
    }

    /// The document `crewpath path from to` prints, from the bundled roles.
    fn path_of(from: &str, to: &str) -> (Library, Document) {
        let lib = load_embedded().library;
        let (from, to) = (role(&lib, from), role(&lib, to));
        let doc = speaking(Lang::En, || {
            let answer = career::answer(&lib, Some(from), to, career::path::FEW);
            path(&lib, to, &answer)
        });
        (lib, doc)
    }

    fn headings(doc: &Document) -> Vec<Option<&str>> {
        doc.sections.iter().map(|s| s.heading.as_deref()).collect()
    }

    #[test]
    fn a_route_keeps_each_move_with_its_kind_and_a_reason_for_a_sideways_one() {
        let (lib, doc) = path_of("assistant-engineer", "re-recording-mixer");
        assert_eq!(headings(&doc), [None]);
        let [Block::Route(route)] = doc.sections[0].blocks.as_slice() else {
            panic!("not one route: {doc:?}");
        };
        assert!(
            route
                .lead
                .starts_with("From Assistant Engineer to Re-Recording Mixer"),
            "{}",
            route.lead
        );
        let steps = career::route(
            &lib,
            role(&lib, "assistant-engineer"),
            role(&lib, "re-recording-mixer"),
        )
        .expect("a route");
        let kinds: Vec<Move> = route.legs.iter().map(|l| l.how).collect();
        assert_eq!(kinds, steps.iter().map(|s| s.how).collect::<Vec<_>>());
        assert!(kinds.contains(&Move::StepUp) && kinds.contains(&Move::Suggested));
        for leg in &route.legs {
            assert_eq!(leg.why.is_some(), leg.how != Move::StepUp, "{leg:?}");
        }
        assert_eq!(route.arrived, None);
    }

    #[test]
    fn a_route_with_no_answer_is_said_in_sentences_under_no_heading() {
        let (_, doc) = path_of("picture-editor", "post-production-assistant");
        assert_eq!(
            doc.sections,
            [Section::plain(vec![
                Block::Sentence(
                    "No route from Picture Editor to Post Production Assistant over the \
                     library's links."
                        .to_string()
                ),
                Block::Sentence("No role leads to it.".to_string()),
            ])]
        );
    }

    #[test]
    fn the_closest_roles_are_routes_under_a_heading_of_their_own() {
        let (_, doc) = path_of("sound-editor", "picture-editor");
        assert_eq!(
            headings(&doc),
            [None, Some("The closest roles that do lead there:")]
        );
        let leads: Vec<&str> = doc.sections[1]
            .blocks
            .iter()
            .map(|b| match b {
                Block::Route(r) if r.legs.iter().all(|l| l.how == Move::StepUp) => r.lead.as_str(),
                other => panic!("not a climb: {other:?}"),
            })
            .collect();
        assert_eq!(
            leads,
            [
                "From First Assistant Picture Editor:",
                "From Assistant Picture Editor:",
                "From Trainee Assistant Picture Editor:",
            ]
        );
    }

    #[test]
    fn a_comparison_heads_each_section_and_its_columns_line_up() {
        let lib = load_embedded().library;
        let (a, b) = (
            role(&lib, "assistant-picture-editor"),
            role(&lib, "picture-editor"),
        );
        let c = career::compare(&lib, a, b);
        let (whole, left, right, both) = speaking(Lang::En, || {
            (
                comparison(&lib, &c),
                column(&lib, &c, a),
                column(&lib, &c, b),
                shared(&lib, &c),
            )
        });
        assert_eq!(
            headings(&whole),
            [
                None,
                Some("How they are linked"),
                Some("Skills both ask for"),
                Some("Only Assistant Picture Editor"),
                Some("Only Picture Editor"),
                Some("Unions and guilds"),
            ]
        );
        assert_eq!(
            whole.sections[0].blocks[0],
            Block::Sentence("Assistant Picture Editor compared with Picture Editor".into())
        );
        // Side by side: the same places in both columns, empty where a role
        // says nothing (neither gives education or certification).
        for side in [&left, &right] {
            assert_eq!(
                headings(side),
                [
                    None,
                    Some("Only this role asks for"),
                    None,
                    None,
                    Some("Unions and guilds"),
                ]
            );
            assert!(side.sections[2..4].iter().all(|s| *s == Section::default()));
        }
        // And below them, what the two share, as the whole comparison says it.
        assert_eq!(both.sections, whole.sections[1..3]);
    }
}
