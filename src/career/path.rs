//! Planning a route from one role to another over the library's own links:
//! a `next` step is a rung up, `related` a sideways move, `works_with`
//! someone you work beside. Never invents a link, never walks a ladder down
//! (not even by a `related` or `works_with` link to a role below).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};
use std::ops::Add;

use serde::Serialize;

use crate::library::{Heights, Library, RoleIx};

/// One kind of move along a route, in the order ties are broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    /// Up the ladder: the role's `next`.
    StepUp,
    /// A related role (linked either way).
    Sideways,
    /// A role worked beside (linked either way).
    Beside,
}

impl Move {
    fn cost(self) -> Cost {
        Cost {
            off_ladder: u32::from(self != Move::StepUp),
            moves: 1,
        }
    }

    /// The move in words of the current language.
    pub fn describe(self) -> String {
        match self {
            Move::StepUp => crate::t!("path-move-step-up"),
            Move::Sideways => crate::t!("path-move-sideways"),
            Move::Beside => crate::t!("path-move-beside"),
        }
    }
}

/// What a route costs, compared field by field: first the moves that leave
/// a ladder, then all moves. So a route that climbs a ladder rung by rung
/// beats any that jumps over rungs through a `related` or `works_with`
/// link (a link is not a promotion), and among routes that must leave a
/// ladder, the one that leaves it least, then the shortest, wins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    off_ladder: u32,
    moves: u32,
}

impl Add for Cost {
    type Output = Cost;
    fn add(self, other: Cost) -> Cost {
        Cost {
            off_ladder: self.off_ladder + other.off_ladder,
            moves: self.moves + other.moves,
        }
    }
}

/// One move of a route, with the skills to add for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub from: RoleIx,
    pub to: RoleIx,
    pub how: Move,
    /// Skills of `to` (its departments' included) that no role earlier on
    /// the route has.
    pub add: Vec<String>,
}

/// The library's links as moves, and what the best route from every role to
/// one target costs. Built once per question.
struct Routes<'a> {
    lib: &'a Library,
    /// For each role, every move open from it, one per role reached (the
    /// best kind), in the order ties are broken: by kind, then title, then
    /// id.
    out: Vec<Vec<(Move, RoleIx)>>,
    /// The cost of the best route from each role to the target, if any.
    to_target: Vec<Option<Cost>>,
    target: RoleIx,
}

impl<'a> Routes<'a> {
    fn to(lib: &'a Library, target: RoleIx) -> Routes<'a> {
        Self::avoiding(lib, target, &[])
    }

    /// As `to`, never passing through a role marked in `avoid`.
    fn avoiding(lib: &'a Library, target: RoleIx, avoid: &[bool]) -> Routes<'a> {
        let n = lib.roles.len();
        let mut out: Vec<Vec<(Move, RoleIx)>> = vec![Vec::new(); n];
        for (r, role) in lib.roles.iter().enumerate() {
            out[r].extend(role.next.iter().map(|&up| (Move::StepUp, up)));
            // Sideways links count both ways, whichever file names them: a
            // role related to another is related to it from either side.
            for &o in &role.related {
                out[r].push((Move::Sideways, o));
                out[o].push((Move::Sideways, r));
            }
            for &o in &role.works_with {
                out[r].push((Move::Beside, o));
                out[o].push((Move::Beside, r));
            }
        }
        let mut heights = Heights::new(lib);
        for (r, moves) in out.iter_mut().enumerate() {
            // A link to a role below on one of the role's ladders would walk
            // the ladder down by another name. A rung up never is.
            moves.retain(|&(how, to)| {
                to != r && (how == Move::StepUp || !heights.is_below(lib, to, r))
            });
            moves.sort_by(|a, b| {
                let key =
                    |&(how, to): &(Move, RoleIx)| (how, lib.roles[to].title(), lib.roles[to].id());
                key(a).cmp(&key(b))
            });
            let mut seen = HashSet::new();
            moves.retain(|&(_, to)| seen.insert(to));
        }
        let to_target = Self::costs_to(&out, target, avoid);
        Routes {
            lib,
            out,
            to_target,
            target,
        }
    }

    /// Dijkstra's search backwards from `target` over the moves: the cost
    /// of the best route to it from every role. Costs only grow along a
    /// route, so circles in the links are never followed round.
    fn costs_to(out: &[Vec<(Move, RoleIx)>], target: RoleIx, avoid: &[bool]) -> Vec<Option<Cost>> {
        let mut into: Vec<Vec<(Move, RoleIx)>> = vec![Vec::new(); out.len()];
        for (from, moves) in out.iter().enumerate() {
            for &(how, to) in moves {
                into[to].push((how, from));
            }
        }
        let mut best: Vec<Option<Cost>> = vec![None; out.len()];
        let mut heap = BinaryHeap::new();
        best[target] = Some(Cost::default());
        heap.push(Reverse((Cost::default(), target)));
        while let Some(Reverse((cost, role))) = heap.pop() {
            if best[role] != Some(cost) {
                continue;
            }
            for &(how, from) in &into[role] {
                if avoid.get(from).copied().unwrap_or(false) {
                    continue;
                }
                let candidate = cost + how.cost();
                if best[from].is_none_or(|b| candidate < b) {
                    best[from] = Some(candidate);
                    heap.push(Reverse((candidate, from)));
                }
            }
        }
        best
    }

    /// The best route from `from`: at each role, the first move (in the
    /// order of `out`) that keeps the route at its best cost. So of routes
    /// that cost the same, the one whose moves, read from the start, come
    /// first by kind and then by title wins, every time.
    fn from(&self, from: RoleIx) -> Option<Vec<Step>> {
        let mut left = self.to_target[from]?;
        let mut held: HashSet<String> = skills(self.lib, from)
            .into_iter()
            .map(|s| s.to_lowercase())
            .collect();
        let mut steps = Vec::new();
        let mut at = from;
        while at != self.target {
            let &(how, next) = self.out[at].iter().find(|&&(how, next)| {
                self.to_target[next].is_some_and(|rest| rest + how.cost() == left)
            })?;
            let add = skills(self.lib, next)
                .into_iter()
                .filter(|s| held.insert(s.to_lowercase()))
                .collect();
            steps.push(Step {
                from: at,
                to: next,
                how,
                add,
            });
            left = self.to_target[next]?;
            at = next;
        }
        Some(steps)
    }

    /// Roles (other than the target) that lead to it, nearest first, then
    /// by title.
    fn nearest(&self, among: impl Iterator<Item = RoleIx>) -> Vec<RoleIx> {
        let mut near: Vec<(Cost, &str, RoleIx)> = among
            .filter(|&r| r != self.target)
            .filter_map(|r| self.to_target[r].map(|c| (c, self.lib.roles[r].title(), r)))
            .collect();
        near.sort_unstable();
        near.into_iter().map(|(_, _, r)| r).collect()
    }
}

/// Every skill of a role, its departments' included, in display order.
fn skills(lib: &Library, role: RoleIx) -> Vec<String> {
    lib.skill_groups(role)
        .into_iter()
        .flat_map(|g| g.skills)
        .collect()
}

/// The best route from `from` to `to` (see `Cost`): `None` when `to`
/// cannot be reached, an empty route when they are the same role. A route
/// never passes through a role below `from` on one of its ladders, and so
/// never ends there.
pub fn route(lib: &Library, from: RoleIx, to: RoleIx) -> Option<Vec<Step>> {
    let below = below(lib, from);
    if below[to] {
        return None;
    }
    Routes::avoiding(lib, to, &below).from(from)
}

/// Every role below `role` on one of its ladders (reached by climbing down
/// `next` steps), marked.
fn below(lib: &Library, role: RoleIx) -> Vec<bool> {
    let mut below = vec![false; lib.roles.len()];
    let mut todo = vec![role];
    while let Some(r) = todo.pop() {
        for &down in &lib.roles[r].previous {
            if !below[down] {
                below[down] = true;
                todo.push(down);
            }
        }
    }
    below
}

/// What a route question found.
pub enum Answer {
    /// The best route from `from`.
    Route { from: RoleIx, steps: Vec<Step> },
    /// The role asked for is below `from` on its ladder: no route leads
    /// down one.
    Below { from: RoleIx },
    /// No route from `from`; the roles nearest to the target that lead
    /// there, each with its route.
    NoRoute {
        from: RoleIx,
        closest: Vec<(RoleIx, Vec<Step>)>,
    },
    /// The entry-level roles that lead to the target, each with its route.
    Entries(Vec<(RoleIx, Vec<Step>)>),
}

impl Answer {
    /// Whether the question has no answer: no route, or no way in.
    pub fn is_failure(&self) -> bool {
        match self {
            Answer::Route { .. } => false,
            Answer::Below { .. } | Answer::NoRoute { .. } => true,
            Answer::Entries(entries) => entries.is_empty(),
        }
    }
}

/// The answer to "how do I get from `from` to `to`", or with no `from`,
/// "where do I start for `to`". With no route, lists at most `closest` of
/// the nearest roles that lead there.
pub fn answer(lib: &Library, from: Option<RoleIx>, to: RoleIx, closest: usize) -> Answer {
    let Some(from) = from else {
        return Answer::Entries(entry_points(lib, to));
    };
    if below(lib, from)[to] {
        return Answer::Below { from };
    }
    match route(lib, from, to) {
        Some(steps) => Answer::Route { from, steps },
        None => Answer::NoRoute {
            from,
            closest: closest_leading_to(lib, to, closest),
        },
    }
}

/// The entry-level roles that lead to `to`, nearest first, each with its
/// route: `to` itself first, with no moves, when it is entry level.
pub fn entry_points(lib: &Library, to: RoleIx) -> Vec<(RoleIx, Vec<Step>)> {
    let routes = Routes::to(lib, to);
    let entries = (0..lib.roles.len()).filter(|&r| lib.roles[r].entry_level);
    let itself = lib.roles[to].entry_level.then_some((to, Vec::new()));
    itself
        .into_iter()
        .chain(
            routes
                .nearest(entries)
                .into_iter()
                .filter_map(|r| routes.from(r).map(|s| (r, s))),
        )
        .collect()
}

/// Where `to` is reachable from when another role cannot reach it: at most
/// `limit` of the nearest roles that do lead to it, each with its route.
pub fn closest_leading_to(lib: &Library, to: RoleIx, limit: usize) -> Vec<(RoleIx, Vec<Step>)> {
    let routes = Routes::to(lib, to);
    routes
        .nearest(0..lib.roles.len())
        .into_iter()
        .take(limit)
        .filter_map(|r| routes.from(r).map(|s| (r, s)))
        .collect()
}
