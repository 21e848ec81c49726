//! Planning a route from one role to another over the library's own links:
//! a `next` step is a rung up, `related` a sideways move, `works_with`
//! someone you work beside. Never invents a link, never walks a ladder down.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use serde::Serialize;

use crate::library::{Library, RoleIx};

/// One kind of move along a route.
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
    /// What a move costs: a rung up costs least, so a route climbs the
    /// ladder rung by rung rather than cut across it (three rungs cost less
    /// than a rung and a sideways move); among routes of equal cost, fewer
    /// moves win.
    fn cost(self) -> u32 {
        match self {
            Move::StepUp => 1,
            Move::Sideways => 3,
            Move::Beside => 3,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Move::StepUp => "one rung up",
            Move::Sideways => "a sideways move to a related role",
            Move::Beside => "a move to a role you work beside",
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

/// The library's links as moves: for each role, every move open from it,
/// in a fixed order (by kind, then title). Built once per question.
struct Graph {
    out: Vec<Vec<(Move, RoleIx)>>,
}

impl Graph {
    fn new(lib: &Library) -> Graph {
        let n = lib.roles.len();
        let mut out: Vec<Vec<(Move, RoleIx)>> = vec![Vec::new(); n];
        for (r, role) in lib.roles.iter().enumerate() {
            out[r].extend(role.next.iter().map(|&up| (Move::StepUp, up)));
            // Sideways links count both ways, whichever file names them.
            for &o in &role.related {
                out[r].push((Move::Sideways, o));
                out[o].push((Move::Sideways, r));
            }
            for &o in &role.works_with {
                out[r].push((Move::Beside, o));
                out[o].push((Move::Beside, r));
            }
        }
        for (r, moves) in out.iter_mut().enumerate() {
            moves.retain(|&(_, to)| to != r);
            moves.sort_by(|a, b| {
                (a.0, &lib.roles[a.1].title, &lib.roles[a.1].id).cmp(&(
                    b.0,
                    &lib.roles[b.1].title,
                    &lib.roles[b.1].id,
                ))
            });
            // The best kind of move to each role only.
            let mut seen = std::collections::HashSet::new();
            moves.retain(|&(_, to)| seen.insert(to));
        }
        Graph { out }
    }

    /// The same links, each the other way round.
    fn reversed(&self) -> Graph {
        let mut out: Vec<Vec<(Move, RoleIx)>> = vec![Vec::new(); self.out.len()];
        for (from, moves) in self.out.iter().enumerate() {
            for &(how, to) in moves {
                out[to].push((how, from));
            }
        }
        Graph { out }
    }

    /// (cost, moves) of the best route from `from` to every role, and the
    /// move that reached each.
    #[allow(clippy::type_complexity)]
    fn search(&self, from: RoleIx) -> (Vec<Option<(u32, u32)>>, Vec<Option<(RoleIx, Move)>>) {
        let n = self.out.len();
        let mut best: Vec<Option<(u32, u32)>> = vec![None; n];
        let mut came: Vec<Option<(RoleIx, Move)>> = vec![None; n];
        let mut heap = BinaryHeap::new();
        let mut order = 0u32;
        best[from] = Some((0, 0));
        heap.push(Reverse((0u32, 0u32, order, from)));
        while let Some(Reverse((cost, count, _, role))) = heap.pop() {
            if best[role] != Some((cost, count)) {
                continue;
            }
            for &(how, next) in &self.out[role] {
                let candidate = (cost + how.cost(), count + 1);
                if best[next].is_none_or(|b| candidate < b) {
                    best[next] = Some(candidate);
                    came[next] = Some((role, how));
                    order += 1;
                    heap.push(Reverse((candidate.0, candidate.1, order, next)));
                }
            }
        }
        (best, came)
    }
}

/// The cheapest route from `from` to `to` (see [`Move::cost`]); among equal
/// ones, the one with fewer moves, then the first in a fixed order of
/// moves. `None` when `to` cannot be reached; an empty route when they are
/// the same role.
pub fn route(lib: &Library, from: RoleIx, to: RoleIx) -> Option<Vec<Step>> {
    route_in(lib, &Graph::new(lib), from, to)
}

fn route_in(lib: &Library, graph: &Graph, from: RoleIx, to: RoleIx) -> Option<Vec<Step>> {
    let (best, came) = graph.search(from);
    best[to]?;
    let mut hops = Vec::new();
    let mut at = to;
    while at != from {
        let (prev, how) = came[at]?;
        hops.push((prev, at, how));
        at = prev;
    }
    hops.reverse();
    let mut held: std::collections::HashSet<String> = skills_of(lib, from).into_iter().collect();
    Some(
        hops.into_iter()
            .map(|(from, to, how)| {
                let mut add = Vec::new();
                for skill in all_skills(lib, to) {
                    if held.insert(skill.to_lowercase()) {
                        add.push(skill);
                    }
                }
                Step { from, to, how, add }
            })
            .collect(),
    )
}

/// Every skill of a role, its departments' included, in display order.
fn all_skills(lib: &Library, role: RoleIx) -> Vec<String> {
    lib.skill_groups(role)
        .into_iter()
        .flat_map(|g| g.skills)
        .collect()
}

fn skills_of(lib: &Library, role: RoleIx) -> Vec<String> {
    all_skills(lib, role)
        .into_iter()
        .map(|s| s.to_lowercase())
        .collect()
}

/// Roles from which `to` can be reached, nearest first (by the cost of the
/// best route), each with its route; at most `limit`, `to` itself left out.
pub fn leading_to(
    lib: &Library,
    to: RoleIx,
    from: impl Iterator<Item = RoleIx>,
    limit: usize,
) -> Vec<(RoleIx, Vec<Step>)> {
    let graph = Graph::new(lib);
    let mut found: Vec<(u32, usize, RoleIx, Vec<Step>)> = from
        .filter(|&r| r != to)
        .filter_map(|r| {
            let steps = route_in(lib, &graph, r, to)?;
            let cost = steps.iter().map(|s| s.how.cost()).sum();
            Some((cost, steps.len(), r, steps))
        })
        .collect();
    found.sort_by(|a, b| (a.0, a.1, &lib.roles[a.2].title).cmp(&(b.0, b.1, &lib.roles[b.2].title)));
    found.truncate(limit);
    found.into_iter().map(|(_, _, r, s)| (r, s)).collect()
}

/// The entry-level roles that lead to `to`, nearest first.
pub fn entry_points(lib: &Library, to: RoleIx) -> Vec<(RoleIx, Vec<Step>)> {
    let entries = (0..lib.roles.len()).filter(|&r| lib.roles[r].entry_level);
    leading_to(lib, to, entries, usize::MAX)
}

/// Where `to` is reachable from when `from` cannot reach it: the nearest
/// roles that do lead to it. One search backwards from `to` finds them all.
pub fn closest_leading_to(lib: &Library, to: RoleIx, limit: usize) -> Vec<(RoleIx, Vec<Step>)> {
    let graph = Graph::new(lib);
    let (best, _) = graph.reversed().search(to);
    let mut near: Vec<(u32, u32, &str, RoleIx)> = best
        .iter()
        .enumerate()
        .filter(|&(r, _)| r != to)
        .filter_map(|(r, b)| b.map(|(cost, moves)| (cost, moves, lib.roles[r].title.as_str(), r)))
        .collect();
    near.sort_unstable();
    near.into_iter()
        .take(limit)
        .filter_map(|(_, _, _, r)| route_in(lib, &graph, r, to).map(|s| (r, s)))
        .collect()
}
