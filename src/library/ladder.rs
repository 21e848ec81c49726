//! The career ladder: the graph of `next` edges between roles, kept free of
//! cycles, and the paths through it.

use super::load::Place;
use super::model::{Library, RoleIx};
use super::problem::Problem;

/// At most this many paths are listed for one role; a library with many
/// branches could otherwise have more paths than anyone can read.
pub const MAX_PATHS: usize = 24;

/// Finds every cycle in the `next` edges, reports it with the roles in it, and
/// removes the edge that closes it, so the ladder is always a ladder.
/// `next_at[r][i]` is where `lib.roles[r].next[i]` was written.
pub(crate) fn break_cycles(
    lib: &mut Library,
    next_at: &mut [Vec<Place>],
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

fn cycle_problem(lib: &Library, cycle: &[RoleIx], back_to: RoleIx, at: Option<Place>) -> Problem {
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
    if let Some((line, column)) = at {
        p = p.at(line, column);
    }
    p.title = Some(role.title.clone());
    p.kind = super::problem::Kind::Cycle;
    p
}

impl Library {
    /// Every ladder through `role`: from a rung with nothing below it, up
    /// through `role`, to a rung with nothing above it. At most [`MAX_PATHS`].
    pub fn ladders(&self, role: RoleIx) -> Vec<Vec<RoleIx>> {
        let below = self.walk(role, |r| &self.roles[r].previous);
        let above = self.walk(role, |r| &self.roles[r].next);
        let mut paths = Vec::new();
        'outer: for down in &below {
            for up in &above {
                let mut path: Vec<RoleIx> = down.iter().rev().copied().collect();
                path.extend(up.iter().skip(1));
                paths.push(path);
                if paths.len() >= MAX_PATHS {
                    break 'outer;
                }
            }
        }
        paths
    }

    /// Paths from `start` following `step` until a role has no further step;
    /// each path begins with `start`.
    fn walk<'a>(
        &'a self,
        start: RoleIx,
        step: impl Fn(RoleIx) -> &'a [RoleIx],
    ) -> Vec<Vec<RoleIx>> {
        let mut done = Vec::new();
        let mut open = vec![vec![start]];
        while let Some(mut path) = open.pop() {
            loop {
                let last = *path.last().unwrap_or(&start);
                match step(last) {
                    [] => {
                        done.push(path);
                        break;
                    }
                    [only] => path.push(*only),
                    many => {
                        if done.len() + open.len() + many.len() > MAX_PATHS {
                            done.push(path);
                            break;
                        }
                        for &s in many.iter().rev() {
                            let mut longer = path.clone();
                            longer.push(s);
                            open.push(longer);
                        }
                        break;
                    }
                }
            }
        }
        done
    }
}
