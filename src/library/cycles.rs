//! Load-time check of the career ladder: every circle of `next` links is
//! reported with the roles in it, and the link that closes it is dropped,
//! so the ladder the rest of crewpath sees has no circles.

use super::model::{Library, RoleIx};
use super::position::Position;
use super::problem::{Kind, Problem};

/// Finds every cycle in the `next` edges, reports it with the roles in it, and
/// removes the edge that closes it, so the ladder is always a ladder.
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
    for start in 0..n {
        if mark[start] != Mark::New {
            continue;
        }
        // Iterative depth-first search: (role, next edge to look at).
        let mut stack: Vec<(RoleIx, usize)> = vec![(start, 0)];
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
                    let at = next_at
                        .get_mut(role)
                        .and_then(|places| (edge < places.len()).then(|| places.remove(edge)));
                    problems.push(cycle_problem(lib, &cycle, to, at));
                    lib.roles[role].next.remove(edge);
                }
                Mark::Done => stack[top].1 += 1,
            }
        }
    }
}

fn cycle_problem(
    lib: &Library,
    cycle: &[RoleIx],
    back_to: RoleIx,
    at: Option<Position>,
) -> Problem {
    let last = *cycle.last().unwrap_or(&back_to);
    let mut names: Vec<&str> = cycle.iter().map(|&r| lib.roles[r].id.as_str()).collect();
    names.push(&lib.roles[back_to].id);
    const SHOWN: usize = 12;
    let chain = if names.len() > SHOWN {
        format!(
            "{} → … ({} roles) … → {}",
            names[..SHOWN / 2].join(" → "),
            names.len() - SHOWN,
            names[names.len() - SHOWN / 2..].join(" → ")
        )
    } else {
        names.join(" → ")
    };
    let role = &lib.roles[last];
    let mut p = Problem::new(
        &role.file,
        format!(
            "the career ladder goes round in a circle: {chain}; remove '{}' from the 'next' of '{}' or another step of the circle",
            lib.roles[back_to].id, role.id
        ),
    );
    if let Some(at) = at {
        p = p.at(at);
    }
    p.title = Some(role.title.clone());
    p.kind = Kind::Cycle;
    p
}
