//! The career ladder: the paths through the graph of `next` edges between
//! roles (kept free of cycles when loading, see `cycles`).

use super::model::{Library, RoleIx};

/// At most this many paths are listed for one role; a library with many
/// branches could otherwise have more paths than anyone can read.
pub const MAX_PATHS: usize = 24;

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

/// Where each role stands on the ladders, for telling in time proportional
/// to the rungs between them whether one role is below another. Built once
/// per question in time linear in the library.
pub struct Heights {
    /// The longest climb of `next` steps up to the role from a bottom rung.
    level: Vec<u32>,
    /// Which ladder the role is on: roles joined by `next` steps, whichever
    /// way, share one.
    ladder: Vec<u32>,
    /// When each role was last visited, by question number: one vector for
    /// every question, so no question costs the library's size.
    seen: Vec<u32>,
    question: u32,
    /// By a ladder's first role (its id in `ladder`): whether the ladder
    /// is one line of rungs, where a lower level is below, with no search.
    chain: Vec<bool>,
}

impl Heights {
    pub fn new(lib: &Library) -> Heights {
        let n = lib.roles.len();
        // Levels in topological order (Kahn): the loader leaves the `next`
        // steps free of circles; a role in one would keep level 0.
        let mut below: Vec<usize> = lib.roles.iter().map(|r| r.previous.len()).collect();
        let mut level = vec![0u32; n];
        let mut todo: Vec<RoleIx> = (0..n).filter(|&r| below[r] == 0).collect();
        while let Some(r) = todo.pop() {
            for &up in &lib.roles[r].next {
                level[up] = level[up].max(level[r] + 1);
                below[up] = below[up].saturating_sub(1);
                if below[up] == 0 {
                    todo.push(up);
                }
            }
        }
        let mut ladder = vec![u32::MAX; n];
        let mut chain = vec![true; n];
        let mut stack = Vec::new();
        for start in 0..n {
            if ladder[start] != u32::MAX {
                continue;
            }
            let id = u32::try_from(start).unwrap_or(u32::MAX - 1);
            ladder[start] = id;
            stack.push(start);
            while let Some(r) = stack.pop() {
                let role = &lib.roles[r];
                if role.next.len() > 1 || role.previous.len() > 1 {
                    chain[start] = false;
                }
                for &o in role.next.iter().chain(&role.previous) {
                    if ladder[o] == u32::MAX {
                        ladder[o] = id;
                        stack.push(o);
                    }
                }
            }
        }
        Heights {
            level,
            ladder,
            chain,
            seen: vec![0; n],
            question: 0,
        }
    }

    /// Whether `upper` is reached from `lower` by climbing `next` steps.
    /// Only the rungs between the two levels are looked at: a step always
    /// climbs at least one level.
    pub fn is_below(&mut self, lib: &Library, lower: RoleIx, upper: RoleIx) -> bool {
        if lower == upper
            || self.ladder[lower] != self.ladder[upper]
            || self.level[lower] >= self.level[upper]
        {
            return false;
        }
        if self
            .chain
            .get(self.ladder[upper] as usize)
            .copied()
            .unwrap_or(false)
        {
            return true;
        }
        self.question = self.question.wrapping_add(1);
        if self.question == 0 {
            self.seen.fill(0);
            self.question = 1;
        }
        let top = self.level[upper];
        let mut todo = vec![lower];
        self.seen[lower] = self.question;
        while let Some(r) = todo.pop() {
            for &up in &lib.roles[r].next {
                if up == upper {
                    return true;
                }
                if self.level[up] < top && self.seen[up] != self.question {
                    self.seen[up] = self.question;
                    todo.push(up);
                }
            }
        }
        false
    }
}
