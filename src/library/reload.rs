//! Reloading a library that staff are editing: the new version of every
//! role, except that a role whose file now fails to load keeps its last
//! good version, so one unfinished edit never takes a role off the screen.

use super::load::{Loaded, load_dir};
use super::model::{Library, RoleIx};
use std::path::Path;

/// Loads `dir` again. Roles of `old` whose files are still there but no
/// longer load are kept as they were; their files are returned, to say so.
pub fn reload(dir: &Path, old: &Library) -> Result<(Loaded, Vec<String>), super::LoadError> {
    let mut loaded = load_dir(dir)?;
    let kept = keep_last_good(&mut loaded, old);
    Ok((loaded, kept))
}

/// Adds to `loaded` each role of `old` that is missing from it while its
/// file has problems now; returns their files.
fn keep_last_good(loaded: &mut Loaded, old: &Library) -> Vec<String> {
    let lib = &mut loaded.library;
    let failing: std::collections::HashSet<&str> =
        loaded.problems.iter().map(|p| p.path.as_str()).collect();
    let mut kept = Vec::new();
    for role in &old.roles {
        if lib.ids.contains_key(role.id()) || !failing.contains(role.file()) {
            continue;
        }
        let old_dept = &old.departments[role.department];
        let Some(dept) = lib.departments.iter().position(|d| d.key == old_dept.key) else {
            continue;
        };
        // Links keep only roles that are still there.
        let map = |links: &[RoleIx]| -> Vec<RoleIx> {
            links
                .iter()
                .filter_map(|&o| lib.ids.get(old.roles[o].id()).copied())
                .collect()
        };
        let mut copy = role.clone();
        copy.next = map(&role.next);
        copy.related = map(&role.related);
        copy.works_with = map(&role.works_with);
        copy.moves = role
            .moves
            .iter()
            .filter_map(|m| {
                let to = lib.ids.get(old.roles[m.to].id()).copied()?;
                Some(crate::library::SideMove { to, ..m.clone() })
            })
            .collect();
        copy.previous = Vec::new();
        copy.department = dept;
        let ix = lib.roles.len();
        for &up in &copy.next {
            lib.roles[up].previous.push(ix);
        }
        lib.ids.insert(copy.id().to_string(), ix);
        kept.push(copy.file().to_string());
        lib.roles.push(copy);
        let roles = &lib.roles;
        let list = &mut lib.departments[dept].roles;
        list.push(ix);
        list.sort_by(|&a, &b| roles[a].title().cmp(roles[b].title()));
    }
    kept
}
