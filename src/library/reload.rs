//! Reloading a library that staff are editing: the new version of every
//! role, except that a role whose file now fails to load keeps its last
//! good version, so one unfinished edit never takes a role off the screen;
//! and a skill whose table in `_skills.toml` is being edited keeps the
//! names it had.

use std::collections::HashSet;
use std::path::Path;

use super::Problem;
use super::load::{Loaded, load_dir};
use super::model::{Library, RoleIx, SideMove};

/// Loads `dir` again. Roles of `old` whose files are still there but no
/// longer load are kept as they were; their files are returned, to say so.
pub fn reload(dir: &Path, old: &Library) -> Result<(Loaded, Vec<String>), super::LoadError> {
    let mut loaded = load_dir(dir)?;
    loaded.library.skills.keep_names_from(&old.skills);
    let kept = keep_last_good(&mut loaded, old);
    Ok((loaded, kept))
}

/// Adds to `loaded` each role of `old` that is missing from it while its
/// file has problems now, with its links to and from the roles there: its
/// ladder keeps its rungs, and files that still link to it lose neither the
/// link nor a warning for it. Returns the kept roles' files.
fn keep_last_good(loaded: &mut Loaded, old: &Library) -> Vec<String> {
    let lib = &mut loaded.library;
    let failing: HashSet<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
    // Old role to its copy, for the roles kept.
    let mut copies: Vec<(RoleIx, RoleIx)> = Vec::new();
    for (o, role) in old.roles.iter().enumerate() {
        if lib.ids.contains_key(role.id()) || !failing.contains(role.file()) {
            continue;
        }
        let old_dept = &old.departments[role.department];
        let Some(dept) = lib.departments.iter().position(|d| d.key == old_dept.key) else {
            continue;
        };
        let mut copy = role.clone();
        copy.department = dept;
        (copy.next, copy.previous, copy.related, copy.works_with) = Default::default();
        copy.moves = Vec::new();
        let ix = lib.roles.len();
        lib.ids.insert(copy.id().to_string(), ix);
        lib.roles.push(copy);
        let roles = &lib.roles;
        let list = &mut lib.departments[dept].roles;
        list.push(ix);
        list.sort_by(|&a, &b| roles[a].title().cmp(roles[b].title()));
        copies.push((o, ix));
    }
    // The kept roles' own links, to every role there now, kept ones too.
    let here = |lib: &Library, o: RoleIx| lib.ids.get(old.roles[o].id()).copied();
    for &(o, ix) in &copies {
        let was = &old.roles[o];
        let map = |links: &[RoleIx]| -> Vec<RoleIx> {
            links.iter().filter_map(|&to| here(lib, to)).collect()
        };
        let (next, related, works_with) = (map(&was.next), map(&was.related), map(&was.works_with));
        let moves = was
            .moves
            .iter()
            .filter_map(|m| {
                Some(SideMove {
                    to: here(lib, m.to)?,
                    ..m.clone()
                })
            })
            .collect();
        for &up in &next {
            lib.roles[up].previous.push(ix);
        }
        let copy = &mut lib.roles[ix];
        (copy.next, copy.related, copy.works_with, copy.moves) = (next, related, works_with, moves);
    }
    let restored = restore_links_to_kept(lib, old, &loaded.problems, &copies);
    // A link a file still has, to a role shown at its last good version,
    // is no problem of that file's.
    loaded.problems.retain(|p| {
        !p.knock_on
            .as_deref()
            .is_some_and(|id| restored.contains(&(p.path.clone(), id.to_string())))
    });
    copies
        .iter()
        .map(|&(_, ix)| lib.roles[ix].file().to_string())
        .collect()
}

/// Gives the roles read again the links they had to the roles kept, where
/// their files still have them (a knock-on problem says so); returns those
/// (file, kept role id) pairs.
fn restore_links_to_kept(
    lib: &mut Library,
    old: &Library,
    problems: &[Problem],
    copies: &[(RoleIx, RoleIx)],
) -> HashSet<(String, String)> {
    let kept: HashSet<RoleIx> = copies.iter().map(|&(o, _)| o).collect();
    let still_links: HashSet<(&str, &str)> = problems
        .iter()
        .filter_map(|p| Some((p.path.as_str(), p.knock_on.as_deref()?)))
        .collect();
    let mut restored = HashSet::new();
    for from in &old.roles {
        let Some(&ix) = lib.ids.get(from.id()) else {
            continue;
        };
        let file = lib.roles[ix].file().to_string();
        // The new library's index of an old link's role, when it is kept and
        // this role's file still links to it.
        let wanted = |to: RoleIx| -> Option<RoleIx> {
            let id = old.roles[to].id();
            (kept.contains(&to) && still_links.contains(&(file.as_str(), id)))
                .then(|| lib.ids.get(id).copied())
                .flatten()
        };
        let next: Vec<RoleIx> = from
            .next
            .iter()
            .filter_map(|&o| wanted(o))
            .filter(|to| !lib.roles[ix].next.contains(to))
            .collect();
        let related: Vec<RoleIx> = from.related.iter().filter_map(|&o| wanted(o)).collect();
        let works_with: Vec<RoleIx> = from.works_with.iter().filter_map(|&o| wanted(o)).collect();
        let moves: Vec<SideMove> = from
            .moves
            .iter()
            .filter_map(|m| {
                Some(SideMove {
                    to: wanted(m.to)?,
                    ..m.clone()
                })
            })
            .collect();
        let targets = next
            .iter()
            .chain(&related)
            .chain(&works_with)
            .chain(moves.iter().map(|m| &m.to));
        for &to in targets {
            restored.insert((file.clone(), lib.roles[to].id().to_string()));
        }
        for &up in &next {
            lib.roles[up].previous.push(ix);
        }
        let role = &mut lib.roles[ix];
        add_new(&mut role.next, next);
        add_new(&mut role.related, related);
        add_new(&mut role.works_with, works_with);
        for m in moves {
            if !role.moves.iter().any(|had| had.to == m.to) {
                role.moves.push(m);
            }
        }
    }
    restored
}

fn add_new(links: &mut Vec<RoleIx>, more: Vec<RoleIx>) {
    for to in more {
        if !links.contains(&to) {
            links.push(to);
        }
    }
}
