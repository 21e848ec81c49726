//! Two roles side by side: what they share, what each adds, their pay
//! where it can be compared, and how the library links them.

use serde::Serialize;

use crate::library::{Library, RoleIx, Wage};

/// Skills grouped under a category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Group {
    pub category: String,
    pub skills: Vec<String>,
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
    pub fn describe(&self, a: &str, b: &str) -> String {
        match *self {
            Relation::SameLadder { rungs } if rungs > 0 => format!(
                "{b} is {} above {a} on the same career ladder",
                rungs_text(rungs)
            ),
            Relation::SameLadder { rungs } => format!(
                "{b} is {} below {a} on the same career ladder",
                rungs_text(-rungs)
            ),
            Relation::SameRole => format!("{a} and {b} are the same role"),
            Relation::Related => format!("{a} and {b} are related roles"),
            Relation::WorksWith => format!("{a} and {b} work together"),
            Relation::None => format!("no link between {a} and {b} in this library"),
        }
    }
}

fn rungs_text(n: i32) -> String {
    if n == 1 {
        "one rung".to_string()
    } else {
        format!("{n} rungs")
    }
}

/// Wages of the two roles, where they can be compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WagePair {
    pub region: Option<String>,
    pub year: Option<i64>,
    /// Overall average pay of each role, when both give it.
    pub overall_average: (Option<f64>, Option<f64>),
    pub unit: Option<String>,
    pub currency: Option<String>,
}

/// Everything compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub a: RoleIx,
    pub b: RoleIx,
    /// Skills both ask for.
    pub common: Vec<String>,
    /// Skills only one of them asks for, by category.
    pub only_a: Vec<Group>,
    pub only_b: Vec<Group>,
    pub relation: Relation,
    /// Pay for one region and year both roles report, if there is one.
    pub wages: Option<WagePair>,
    /// Why pay is not compared, when either role reports any.
    pub wages_note: Option<String>,
}

/// Compares role `a` with role `b`.
pub fn compare(lib: &Library, a: RoleIx, b: RoleIx) -> Comparison {
    let groups_a = lib.skill_groups(a);
    let groups_b = lib.skill_groups(b);
    let set = |groups: &[crate::library::SkillGroup]| -> std::collections::HashSet<String> {
        groups
            .iter()
            .flat_map(|g| g.skills.iter().map(|s| s.to_lowercase()))
            .collect()
    };
    let (set_a, set_b) = (set(&groups_a), set(&groups_b));
    let mut common = Vec::new();
    for g in &groups_a {
        for s in &g.skills {
            if set_b.contains(&s.to_lowercase()) && !common.contains(s) {
                common.push(s.clone());
            }
        }
    }
    let only = |groups: &[crate::library::SkillGroup],
                other: &std::collections::HashSet<String>| {
        groups
            .iter()
            .filter_map(|g| {
                let skills: Vec<String> = g
                    .skills
                    .iter()
                    .filter(|s| !other.contains(&s.to_lowercase()))
                    .cloned()
                    .collect();
                (!skills.is_empty()).then(|| Group {
                    category: g.category.clone(),
                    skills,
                })
            })
            .collect::<Vec<_>>()
    };
    let (wages, wages_note) = wages(&lib.roles[a].wages, &lib.roles[b].wages);
    Comparison {
        a,
        b,
        common,
        only_a: only(&groups_a, &set_b),
        only_b: only(&groups_b, &set_a),
        relation: relation(lib, a, b),
        wages,
        wages_note,
    }
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

/// Pay is compared only for a region and year both roles report.
fn wages(a: &[Wage], b: &[Wage]) -> (Option<WagePair>, Option<String>) {
    for wa in a {
        if let Some(wb) = b
            .iter()
            .find(|wb| wb.region == wa.region && wb.year == wa.year)
        {
            let average = |w: &Wage| w.overall.and_then(|o| o.average);
            return (
                Some(WagePair {
                    region: wa.region.clone(),
                    year: wa.year,
                    overall_average: (average(wa), average(wb)),
                    unit: wa.unit.clone(),
                    currency: wa.currency.clone(),
                }),
                None,
            );
        }
    }
    let note = match (a.is_empty(), b.is_empty()) {
        (true, true) => None,
        (false, false) => {
            Some("the two report pay for different regions or years, so it is not compared".into())
        }
        _ => Some("only one of the two reports pay, so it is not compared".into()),
    };
    (None, note)
}
