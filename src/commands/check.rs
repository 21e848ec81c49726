//! `crewpath check`: every problem of a library, one per line, and a summary.

use std::io::Write;
use std::path::Path;

use super::{Status, load, plural, usage_error, write_failed};
use crate::text;

pub fn run(roles: Option<&Path>) -> Status {
    let loaded = match load(roles) {
        Ok(loaded) => loaded,
        Err(e) => return usage_error(&e.to_string()),
    };
    let mut out = std::io::stdout().lock();
    let lib = &loaded.library;
    let written = loaded
        .problems
        .iter()
        .try_for_each(|problem| writeln!(out, "{}", text::clean_line(&problem.to_string())))
        .and_then(|()| {
            writeln!(
                out,
                "{} in {}, {}",
                plural(lib.roles.len(), "role", "roles"),
                plural(lib.department_count(), "department", "departments"),
                plural(loaded.problems.len(), "problem", "problems"),
            )
        })
        .and_then(|()| out.flush());
    if let Err(e) = written {
        return write_failed("the report", &e);
    }
    if loaded.problems.is_empty() {
        Status::SUCCESS
    } else {
        Status::FAILURE
    }
}
