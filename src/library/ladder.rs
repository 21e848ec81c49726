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
