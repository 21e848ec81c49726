//! Two roles side by side: what they share, what each adds, their pay
//! where it can be compared, and how the library links them.

use serde::Serialize;

use std::collections::HashSet;

use super::pay::{currency_name, per_unit};
use crate::i18n::skill_category;
use crate::library::{Library, RoleIx, Wage};
use crate::t;

/// Skills grouped under a category, with the department that shares them
/// when they are not the role's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Group {
    pub category: String,
    /// The department whose skills these are (`None`: the role's own).
    pub department: Option<String>,
    /// The skills by name, in the language shown.
    pub skills: Vec<String>,
    /// The same skills by id, in the same order.
    #[serde(rename = "skill_ids")]
    pub ids: Vec<String>,
}

impl Group {
    /// "technical", or "technical (Sound editing)" for a department's, the
    /// category named in the current language.
    pub fn label(&self) -> String {
        let category = skill_category(&self.category);
        match &self.department {
            Some(d) => format!("{category} ({d})"),
            None => category,
        }
    }
}

/// How the library links two roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Relation {
    /// On one ladder: the second is `rungs` above the first (negative:
    /// below).
    SameLadder {
        rungs: i32,
    },
    /// Both are the one role.
    SameRole,
    Related,
    WorksWith,
    None,
}

impl Relation {
    /// How `b` stands to `a`, in a sentence of the current language.
    pub fn describe(&self, a: &str, b: &str) -> String {
        match *self {
            Relation::SameLadder { rungs } if rungs > 0 => {
                t!("compare-relation-above", a = a, b = b, count = rungs)
            }
            Relation::SameLadder { rungs } => {
                t!("compare-relation-below", a = a, b = b, count = -rungs)
            }
            Relation::SameRole => t!("compare-relation-same-role", a = a, b = b),
            Relation::Related => t!("compare-relation-related", a = a, b = b),
            Relation::WorksWith => t!("compare-relation-works-with", a = a, b = b),
            Relation::None => t!("compare-relation-none", a = a, b = b),
        }
    }
}

/// Pay of the two roles for one region and year both report, in the same
/// unit and currency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WagePair {
    pub region: Option<String>,
    pub year: Option<i64>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    /// Overall average pay of each role, where given.
    pub overall_average: (Option<f64>, Option<f64>),
}

/// Everything compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    // The roles are for the caller to name as it likes (JSON gives ids).
    #[serde(skip)]
    pub a: RoleIx,
    #[serde(skip)]
    pub b: RoleIx,
    /// Skills both ask for, by name.
    pub common: Vec<String>,
    /// The same skills by id.
    pub common_ids: Vec<String>,
    /// Skills only one of them asks for, by category, departments' included.
    pub only_a: Vec<Group>,
    pub only_b: Vec<Group>,
    pub relation: Relation,
    /// Pay for each region and year both roles report alike.
    pub wages: Vec<WagePair>,
    /// What pay is not compared and why, when either role reports any.
    pub wages_note: Option<String>,
}

/// Compares role `a` with role `b`.
pub fn compare(lib: &Library, a: RoleIx, b: RoleIx) -> Comparison {
    let (groups_a, groups_b) = (skill_groups(lib, a), skill_groups(lib, b));
    let set = |groups: &[Group]| -> HashSet<String> {
        groups.iter().flat_map(|g| g.ids.iter().cloned()).collect()
    };
    let (set_a, set_b) = (set(&groups_a), set(&groups_b));
    let (common, common_ids) = groups_a
        .iter()
        .flat_map(|g| g.skills.iter().zip(&g.ids))
        .filter(|(_, id)| set_b.contains(*id))
        .map(|(name, id)| (name.clone(), id.clone()))
        .unzip();
    let only = |groups: Vec<Group>, other: &HashSet<String>| -> Vec<Group> {
        groups
            .into_iter()
            .filter_map(|g| {
                let (skills, ids) = g
                    .skills
                    .into_iter()
                    .zip(g.ids)
                    .filter(|(_, id)| !other.contains(id))
                    .unzip();
                let g = Group { skills, ids, ..g };
                (!g.skills.is_empty()).then_some(g)
            })
            .collect()
    };
    let (wages, wages_note) = wages(lib, a, b);
    Comparison {
        a,
        b,
        common,
        common_ids,
        only_a: only(groups_a, &set_b),
        only_b: only(groups_b, &set_a),
        relation: relation(lib, a, b),
        wages,
        wages_note,
    }
}

/// The role's skills, then its departments' from the nearest up, each
/// skill once: the skills `Library::skill_groups` lists,
/// with the department kept apart from the category, so the category can
/// be named in the language being shown.
pub fn skill_groups(lib: &Library, role: RoleIx) -> Vec<Group> {
    let own = lib.roles[role].skills.iter().map(|g| (g, None));
    let shared = lib.role_departments(role).into_iter().rev().flat_map(|d| {
        let dept = &lib.departments[d];
        dept.skills.iter().map(move |g| (g, Some(&dept.name)))
    });
    let mut seen = HashSet::new();
    own.chain(shared)
        .filter_map(|(g, department)| {
            let ids: Vec<String> = g
                .skills
                .iter()
                .map(|written| lib.skill_id(written))
                .filter(|id| seen.insert(*id))
                .map(str::to_string)
                .collect();
            (!ids.is_empty()).then(|| Group {
                category: g.category.to_string(),
                department: department.cloned(),
                skills: ids
                    .iter()
                    .map(|id| lib.skill_name(id).to_string())
                    .collect(),
                ids,
            })
        })
        .collect()
}

/// Rungs from `from` up to `to` along `next` steps, if `to` is above.
fn rungs_up(lib: &Library, from: RoleIx, to: RoleIx) -> Option<i32> {
    let mut frontier = vec![from];
    let mut seen = vec![false; lib.roles.len()];
    for depth in 1..=lib.roles.len() as i32 {
        let mut next = Vec::new();
        for r in frontier {
            for &up in &lib.roles[r].next {
                if up == to {
                    return Some(depth);
                }
                if !seen[up] {
                    seen[up] = true;
                    next.push(up);
                }
            }
        }
        if next.is_empty() {
            return None;
        }
        frontier = next;
    }
    None
}

fn relation(lib: &Library, a: RoleIx, b: RoleIx) -> Relation {
    if a == b {
        return Relation::SameRole;
    }
    if let Some(n) = rungs_up(lib, a, b) {
        return Relation::SameLadder { rungs: n };
    }
    if let Some(n) = rungs_up(lib, b, a) {
        return Relation::SameLadder { rungs: -n };
    }
    let (ra, rb) = (&lib.roles[a], &lib.roles[b]);
    if ra.related.contains(&b) || rb.related.contains(&a) {
        Relation::Related
    } else if ra.works_with.contains(&b) || rb.works_with.contains(&a) {
        Relation::WorksWith
    } else {
        Relation::None
    }
}

/// Pay is compared only for a region and year both roles report, in the
/// same unit and currency: an hourly rate beside a yearly salary, or one
/// region's pay beside another's, says nothing.
fn wages(lib: &Library, a: RoleIx, b: RoleIx) -> (Vec<WagePair>, Option<String>) {
    let (ra, rb) = (&lib.roles[a], &lib.roles[b]);
    match (ra.wages.is_empty(), rb.wages.is_empty()) {
        (true, true) => return (Vec::new(), None),
        (false, true) | (true, false) => {
            let who = if ra.wages.is_empty() { rb } else { ra };
            return (
                Vec::new(),
                Some(t!("compare-pay-only-one", role = who.title())),
            );
        }
        (false, false) => {}
    }
    let same_place = |x: &Wage, y: &Wage| x.region == y.region && x.year == y.year;
    let same_terms =
        |x: &Wage, y: &Wage| same_text(&x.unit, &y.unit) && same_text(&x.currency, &y.currency);
    let mut pairs = Vec::new();
    let mut apart = Vec::new();
    for wa in &ra.wages {
        let average = |w: &Wage| w.overall.and_then(|o| o.average);
        match rb.wages.iter().find(|wb| same_place(wa, wb)) {
            Some(wb) if same_terms(wa, wb) => pairs.push(WagePair {
                region: wa.region.clone(),
                year: wa.year,
                unit: wa.unit.clone(),
                currency: wa.currency.clone(),
                overall_average: (average(wa), average(wb)),
            }),
            Some(wb) => apart.push(t!(
                "compare-pay-apart-terms",
                place = place(wa),
                a = ra.title(),
                terms_a = terms(wa),
                b = rb.title(),
                terms_b = terms(wb)
            )),
            None => apart.push(t!(
                "compare-pay-apart-only",
                place = place(wa),
                role = ra.title()
            )),
        }
    }
    for wb in &rb.wages {
        if !ra.wages.iter().any(|wa| same_place(wa, wb)) {
            apart.push(t!(
                "compare-pay-apart-only",
                place = place(wb),
                role = rb.title()
            ));
        }
    }
    let note = (!apart.is_empty()).then(|| t!("compare-pay-apart", places = apart.join("; ")));
    (pairs, note)
}

fn same_text(x: &Option<String>, y: &Option<String>) -> bool {
    x.as_deref().map(|s| s.trim().to_lowercase()) == y.as_deref().map(|s| s.trim().to_lowercase())
}

/// "Alberta 2021".
fn place(w: &Wage) -> String {
    let parts: Vec<String> = [w.region.clone(), w.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        t!("compare-pay-no-place")
    } else {
        parts.join(" ")
    }
}

/// "in CAD per hour".
fn terms(w: &Wage) -> String {
    match (&w.currency, &w.unit) {
        (Some(c), Some(u)) => t!(
            "compare-pay-in-currency-per-unit",
            currency = currency_name(c),
            per = per_unit(u)
        ),
        (None, Some(u)) => per_unit(u),
        (Some(c), None) => t!(
            "compare-pay-in-currency-no-unit",
            currency = currency_name(c)
        ),
        (None, None) => t!("compare-pay-no-unit"),
    }
}
