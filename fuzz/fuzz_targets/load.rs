//! Any bytes, cut into a few files of a small library, must load without a
//! panic, and everything the loader hands on must be clean and finite.
#![no_main]

use std::path::Path;

use crewpath::library::{MAX_PATHS, Unresolved, load_dir};
use libfuzzer_sys::fuzz_target;

/// Where each piece of the input goes: roles in the library folder and in
/// departments, both kinds of `_index.toml`, and a second `a` to collide.
const FILES: [&str; 6] = [
    "a.toml",
    "dept/b.toml",
    "dept/_index.toml",
    "_index.toml",
    "dept/sub/c.toml",
    "other/a.toml",
];

/// Separates the files within one input.
const SEPARATOR: &[u8] = b"\x00--\x00";

fn pieces(data: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while out.len() + 1 < FILES.len() {
        match rest.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
            Some(at) => {
                out.push(&rest[..at]);
                rest = &rest[at + SEPARATOR.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

fn is_clean(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n')
}

fuzz_target!(|data: &[u8]| {
    let shm = Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm)
    } else {
        tempfile::tempdir()
    }
    .expect("a temporary folder");
    for (name, bytes) in FILES.iter().zip(pieces(data)) {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        std::fs::write(&path, bytes).expect("a file");
    }

    let loaded = load_dir(dir.path()).expect("the folder exists");
    let lib = &loaded.library;

    for problem in &loaded.problems {
        let line = problem.to_string();
        assert!(is_clean(&line) && !line.contains('\n'), "{line:?}");
    }
    for dept in &lib.departments {
        assert!(is_clean(&dept.name) && !dept.name.contains('\n'));
    }
    for (ix, role) in lib.roles.iter().enumerate() {
        assert!(is_clean(role.id()) && is_clean(role.title()) && !role.title().is_empty());
        assert_eq!(lib.role_by_id(role.id()), Some(ix));
        // A title finds its role, or refuses naming the roles that share it.
        match lib.resolve_role(role.title()) {
            Ok(_) => {}
            Err(Unresolved::Shared(roles)) => assert!(roles.contains(&ix)),
            Err(Unresolved::NoRole) => panic!("no role found by its own title"),
        }
        let ladders = lib.ladders(ix);
        assert!(!ladders.is_empty() && ladders.len() <= MAX_PATHS);
        for path in ladders {
            assert!(path.contains(&ix));
            let mut once = path.clone();
            once.sort_unstable();
            once.dedup();
            assert_eq!(once.len(), path.len(), "a role twice on one ladder");
        }
        let _ = lib.skill_groups(ix);
        let _ = lib.department_path(role.department);
    }
});
