//! Planning a route from one role to another over the moves the library
//! gives: a `next` step is a rung up, and a role's `[[moves]]` are the
//! sideways moves its file gives, each with its reason and either a source
//! or the mark of the library's own suggestion. `related` and `works_with`
//! are for reading, never moves. Never invents a move, never walks a ladder
//! down.

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
    /// A sideways move a source supports.
    Sideways,
    /// A sideways move the library suggests, with no source behind it.
    Suggested,
}

impl Move {
    fn cost(self) -> Cost {
        Cost {
            suggested: u32::from(self == Move::Suggested),
            off_ladder: u32::from(self != Move::StepUp),
            moves: 1,
        }
    }
}

/// What a route costs, compared field by field: first the moves only the
/// library suggests, then the moves that leave a ladder, then all moves.
/// So a route that rests on the sources beats one that rests on the
/// library's own ideas, a route that climbs a ladder rung by rung beats any
/// that leaves it (a sideways move is not a promotion), and among routes
/// that must leave a ladder, the one that leaves it least, then the
/// shortest, wins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    suggested: u32,
    off_ladder: u32,
    moves: u32,
}

impl Add for Cost {
    type Output = Cost;
    fn add(self, other: Cost) -> Cost {
        Cost {
            suggested: self.suggested + other.suggested,
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
    /// Why a sideways move makes sense, as the role file gives it; `None`
    /// for a rung up.
    pub because: Option<String>,
    /// The source behind a sideways move, by its title; `None` for a rung
    /// up and for the library's own suggestion.
    pub source: Option<String>,
    /// Skills of `to` (its departments' included) that no role earlier on
    /// the route has.
    pub add: Vec<String>,
    /// The same skills by id.
    pub add_ids: Vec<String>,
}

/// A move open from a role: its kind, where it leads, and which of the
/// role's `moves` it is (`NOT_A_SIDE_MOVE` for a rung up).
type Open = (Move, RoleIx, usize);
const NOT_A_SIDE_MOVE: usize = usize::MAX;

/// The library's links as moves, and what the best route from every role to
/// one target costs. Built once per question.
struct Routes<'a> {
    lib: &'a Library,
    /// For each role, every move open from it, one per role reached (the
    /// best kind), in the order ties are broken: by kind, then title, then
    /// id.
    out: Vec<Vec<Open>>,
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
        let mut heights = Heights::new(lib);
        let out: Vec<Vec<Open>> = lib
            .roles
            .iter()
            .enumerate()
            .map(|(r, role)| {
                let up = role
                    .next
                    .iter()
                    .map(|&up| (Move::StepUp, up, NOT_A_SIDE_MOVE));
                let side = role.moves.iter().enumerate().map(|(i, m)| {
                    let how = if m.suggested() {
                        Move::Suggested
                    } else {
                        Move::Sideways
                    };
                    (how, m.to, i)
                });
                let mut moves: Vec<Open> = up
                    .chain(side)
                    // A sideways move to a role below on one of the role's
                    // ladders would walk the ladder down by another name.
                    .filter(|&(how, to, _)| {
                        to != r && (how == Move::StepUp || !heights.is_below(lib, to, r))
                    })
                    .collect();
                moves.sort_by(|a, b| {
                    let key =
                        |&(how, to, _): &Open| (how, lib.roles[to].title(), lib.roles[to].id());
                    key(a).cmp(&key(b))
                });
                let mut seen = HashSet::new();
                moves.retain(|&(_, to, _)| seen.insert(to));
                moves
            })
            .collect();
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
    fn costs_to(out: &[Vec<Open>], target: RoleIx, avoid: &[bool]) -> Vec<Option<Cost>> {
        let mut into: Vec<Vec<(Move, RoleIx)>> = vec![Vec::new(); out.len()];
        for (from, moves) in out.iter().enumerate() {
            for &(how, to, _) in moves {
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
        let mut held: HashSet<&str> = self.lib.skill_ids(from).into_iter().collect();
        let mut steps = Vec::new();
        let mut at = from;
        while at != self.target {
            let &(how, next, side) = self.out[at].iter().find(|&&(how, next, _)| {
                self.to_target[next].is_some_and(|rest| rest + how.cost() == left)
            })?;
            let side = self.lib.roles[at].moves.get(side);
            let add_ids: Vec<String> = self
                .lib
                .skill_ids(next)
                .into_iter()
                .filter(|id| held.insert(id))
                .map(str::to_string)
                .collect();
            let add = add_ids
                .iter()
                .map(|id| self.lib.skill_name(id).to_string())
                .collect();
            steps.push(Step {
                from: at,
                to: next,
                how,
                because: side.map(|m| m.because.clone()),
                source: side.and_then(|m| m.source.clone()),
                add,
                add_ids,
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

/// Roles listed that lead to a target no route reaches, or entry-level
/// roles that lead to one: the few best, wherever routes are shown.
pub const FEW: usize = 3;

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
    /// The entry-level roles that lead to the target.
    Entries(Entries),
}

/// The best of the entry-level roles that lead to a target, each with its
/// route, and how many more lead there.
pub struct Entries {
    pub routes: Vec<(RoleIx, Vec<Step>)>,
    /// Entry-level roles that lead there too, left out of `routes`.
    pub more: usize,
    /// When no entry-level role leads there: the bottom rungs of the
    /// target's ladders, where a climb to it starts.
    pub ladder_starts: Vec<RoleIx>,
}

impl Answer {
    /// Whether the question has no answer: no route, or no way in.
    pub fn is_failure(&self) -> bool {
        match self {
            Answer::Route { .. } => false,
            Answer::Below { .. } | Answer::NoRoute { .. } => true,
            Answer::Entries(entries) => entries.routes.is_empty(),
        }
    }
}

/// The answer to "how do I get from `from` to `to`", or with no `from`,
/// "where do I start for `to`". With no route, lists at most `limit` of
/// the nearest roles that lead there; with no `from`, at most `limit`
/// entry-level roles.
pub fn answer(lib: &Library, from: Option<RoleIx>, to: RoleIx, limit: usize) -> Answer {
    let Some(from) = from else {
        return Answer::Entries(entry_points(lib, to, limit));
    };
    if below(lib, from)[to] {
        return Answer::Below { from };
    }
    match route(lib, from, to) {
        Some(steps) => Answer::Route { from, steps },
        None => Answer::NoRoute {
            from,
            closest: closest_leading_to(lib, to, limit),
        },
    }
}

/// The entry-level roles that lead to `to`, best first, each with its
/// route: `to` itself first, with no moves, when it is entry level; then
/// those that only climb `to`'s own ladder, nearest first; then those that
/// join it from elsewhere, those resting on the sources before those
/// resting on the library's own suggestions. At most `limit`, with how many
/// more there are.
pub fn entry_points(lib: &Library, to: RoleIx, limit: usize) -> Entries {
    let routes = Routes::to(lib, to);
    let entries = (0..lib.roles.len()).filter(|&r| lib.roles[r].entry_level);
    let itself = lib.roles[to].entry_level.then_some(to);
    let all: Vec<RoleIx> = itself.into_iter().chain(routes.nearest(entries)).collect();
    let more = all.len().saturating_sub(limit);
    let routes: Vec<(RoleIx, Vec<Step>)> = all
        .into_iter()
        .take(limit)
        .filter_map(|r| routes.from(r).map(|s| (r, s)))
        .collect();
    let ladder_starts = if routes.is_empty() {
        let below = below(lib, to);
        let mut starts: Vec<RoleIx> = (0..lib.roles.len())
            .filter(|&r| below[r] && lib.roles[r].previous.is_empty())
            .collect();
        starts.sort_by(|&a, &b| lib.roles[a].title().cmp(lib.roles[b].title()));
        starts
    } else {
        Vec::new()
    };
    Entries {
        routes,
        more,
        ladder_starts,
    }
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

/// Where a route from elsewhere joins the ladder of the role it leads to:
/// the last sideways move of `steps`, if the rest only climbs. `None` for a
/// route that only climbs.
pub fn joins_at(steps: &[Step]) -> Option<&Step> {
    steps.iter().rev().find(|s| s.how != Move::StepUp)
}
