//! `crewpath list`: every role, one per line (`id<TAB>title<TAB>department`)
//! or as JSON, in the order of the explorer's department tree; for screen
//! readers and scripts.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{Status, load_shown, usage_error, write_failed};
use crate::clean;
use crate::library::{DeptIx, Library, RoleIx};

#[derive(Serialize)]
struct JsonList {
    format: u32,
    roles: Vec<JsonRole>,
}

#[derive(Serialize)]
struct JsonRole {
    id: String,
    title: String,
    /// The department path, outermost first, as in `search --json`.
    department: Vec<String>,
}

pub fn run(roles: Option<&Path>, json: bool) -> Status {
    let loaded = match load_shown(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let lib = &loaded.library;
    let listed: Vec<JsonRole> = in_tree_order(lib)
        .into_iter()
        .map(|r| {
            let role = &lib.roles[r];
            JsonRole {
                id: clean::clean_line(role.id()).into_owned(),
                title: clean::clean_line(role.title()).into_owned(),
                department: super::department_path(lib, r),
            }
        })
        .collect();
    let mut out = crate::output::stdout();
    let written = if json {
        serde_json::to_string_pretty(&JsonList {
            format: 1,
            roles: listed,
        })
        .map_err(std::io::Error::other)
        .and_then(|json| writeln!(out, "{json}"))
    } else {
        listed.iter().try_for_each(|role| {
            writeln!(
                out,
                "{}\t{}\t{}",
                role.id,
                role.title,
                role.department.join(" / ")
            )
        })
    }
    .and_then(|()| out.flush());
    let empty = lib.roles.is_empty();
    crate::memory::free_at_exit(loaded);
    match written {
        // A folder with no roles is a mistake a script must be able to see.
        Ok(()) if empty => {
            super::say(&crate::t!("list-no-roles"));
            Status::FAILURE
        }
        Ok(()) => Status::SUCCESS,
        Err(e) => write_failed(&crate::t!("list-the-roles"), &e),
    }
}

/// Every role as the explorer's tree lists them with every department
/// open: a department's sub-departments, then its own roles by title.
/// Departments are nested only a few folders deep, as loading allows.
fn in_tree_order(lib: &Library) -> Vec<RoleIx> {
    fn department(lib: &Library, d: DeptIx, order: &mut Vec<RoleIx>) {
        let dept = &lib.departments[d];
        for &child in &dept.children {
            department(lib, child, order);
        }
        order.extend_from_slice(&dept.roles);
    }
    let mut order = Vec::with_capacity(lib.roles.len());
    for &d in &lib.top {
        department(lib, d, &mut order);
    }
    order
}
