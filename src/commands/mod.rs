//! The subcommands that print to standard output and exit.

pub mod check;
pub mod search;
pub mod show;

use std::path::Path;

use crate::library::{self, LoadError, Loaded};

/// Loads the library the user asked for: a folder, or the built-in roles.
pub fn load(roles: Option<&Path>) -> Result<Loaded, LoadError> {
    match roles {
        Some(dir) => library::load_dir(dir),
        None => Ok(library::load_embedded()),
    }
}

/// Exit status of a command.
pub type Status = std::process::ExitCode;

/// Usage errors and missing folders.
pub fn usage_error(message: &str) -> Status {
    eprintln!("crewpath: {}", crate::text::clean_line(message));
    Status::from(2)
}

/// "1 problem", "2 problems".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
