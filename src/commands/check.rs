//! `crewpath check`: every problem of a library, one per line, and a summary.

use std::io::Write;
use std::path::Path;

use super::{Status, load, plural, usage_error};
use crate::text;

pub fn run(roles: Option<&Path>) -> Status {
    let loaded = match load(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let mut out = std::io::stdout().lock();
    for problem in &loaded.problems {
        let _ = writeln!(out, "{}", text::clean_line(&problem.to_string()));
    }
    let lib = &loaded.library;
    let _ = writeln!(
        out,
        "{} in {}, {}",
        plural(lib.roles.len(), "role", "roles"),
        plural(lib.department_count(), "department", "departments"),
        plural(loaded.problems.len(), "problem", "problems"),
    );
    if loaded.problems.is_empty() {
        Status::SUCCESS
    } else {
        Status::FAILURE
    }
}
