//! Load-time check of the career ladder: every circle of `next` links is
//! reported with the roles in it, and the link that closes it is dropped,
//! so the ladder the rest of crewpath sees has no circles.

use super::model::{Library, RoleIx};
use super::position::Position;
use super::problem::{Kind, Problem};

/// Finds every cycle in the `next` edges, reports it with the roles in it, and
/// removes one edge of it, so the ladder is always a ladder.
/// `next_at[r][i]` is where `lib.roles[r].next[i]` was written.
pub(crate) fn break_cycles(
    lib: &mut Library,
    next_at: &mut [Vec<Position>],
    problems: &mut Vec<Problem>,
) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let n = lib.roles.len();
    let mut mark = vec![Mark::New; n];
    // Iterative depth-first search: (role, next edge to look at).
    let mut stack: Vec<(RoleIx, usize)> = Vec::new();
    for start in 0..n {
        if mark[start] != Mark::New {
            continue;
        }
        stack.clear();
        stack.push((start, 0));
        mark[start] = Mark::Open;
        while let Some(&(role, edge)) = stack.last() {
            let top = stack.len() - 1;
            let Some(&to) = lib.roles[role].next.get(edge) else {
                mark[role] = Mark::Done;
                stack.pop();
                continue;
            };
            match mark[to] {
                Mark::New => {
                    stack[top].1 += 1;
                    mark[to] = Mark::Open;
                    stack.push((to, 0));
                }
                Mark::Open => {
                    let from = stack.iter().position(|&(r, _)| r == to).unwrap_or(0);
                    let cycle: Vec<RoleIx> = stack[from..].iter().map(|&(r, _)| r).collect();
                    let cut = weakest_link(lib, &cycle);
                    // The link cut goes from cycle[cut] to the role after it;
                    // each frame's edge counter is already past its link.
                    let (frame, edge) = if cut + 1 == cycle.len() {
                        (top, edge)
                    } else {
                        (from + cut, stack[from + cut].1 - 1)
                    };
                    let (role, _) = stack[frame];
                    let at = next_at
                        .get_mut(role)
                        .and_then(|places| (edge < places.len()).then(|| places.remove(edge)));
                    let mut circle = cycle[cut + 1..].to_vec();
                    circle.extend_from_slice(&cycle[..=cut]);
                    problems.push(cycle_problem(lib, &circle, at));
                    lib.roles[role].next.remove(edge);
                    stack[frame].1 = edge;
                    // The roles above the cut are looked at again from
                    // scratch: their search went through the link cut.
                    for &(r, _) in &stack[frame + 1..] {
                        mark[r] = Mark::New;
                    }
                    stack.truncate(frame + 1);
                }
                Mark::Done => stack[top].1 += 1,
            }
        }
    }
}

/// Which link of `cycle` (`cycle[i]` → `cycle[i + 1]`, the last back to the
/// first) to cut: one that steps up into an entry-level role from one that
/// is not, as a ladder never climbs to its first rung; otherwise the link
/// that closed the circle.
fn weakest_link(lib: &Library, cycle: &[RoleIx]) -> usize {
    let entry = |r: RoleIx| lib.roles[r].entry_level;
    (0..cycle.len())
        .find(|&i| {
            let (from, to) = (cycle[i], cycle[(i + 1) % cycle.len()]);
            entry(to) && !entry(from)
        })
        .unwrap_or(cycle.len() - 1)
}

/// The problem for a circle of roles, `circle[0]` first: the link from the
/// last role back to the first is the one cut, at `at` in the last's file.
fn cycle_problem(lib: &Library, circle: &[RoleIx], at: Option<Position>) -> Problem {
    let (first, last) = (circle[0], circle[circle.len() - 1]);
    let mut names: Vec<&str> = circle.iter().map(|&r| lib.roles[r].id()).collect();
    names.push(lib.roles[first].id());
    const SHOWN: usize = 12;
    let chain = if names.len() > SHOWN {
        crate::msg!(
            "problem-cycle-chain-cut",
            start = names[..SHOWN / 2].join(" → "),
            left = crate::msg!("problem-cycle-roles-left-out", count = names.len() - SHOWN),
            end = names[names.len() - SHOWN / 2..].join(" → ")
        )
    } else {
        names.join(" → ").into()
    };
    let role = &lib.roles[last];
    let mut p = Problem::new(
        role.file(),
        crate::msg!(
            "problem-cycle",
            chain = chain,
            first = lib.roles[first].id(),
            role = role.id()
        ),
    );
    if let Some(at) = at {
        p = p.at(at);
    }
    p.title = Some(role.title().to_string());
    p.kind = Kind::Cycle;
    p.roles = circle
        .iter()
        .map(|&r| lib.roles[r].id().to_string())
        .collect();
    p
}
