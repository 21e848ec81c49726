//! The subcommands that print to standard output and exit.

pub(crate) mod career;
pub(crate) mod check;
pub(crate) mod completion;
pub(crate) mod fit;
pub(crate) mod generate;
pub(crate) mod import;
pub(crate) mod list;
pub(crate) mod markdown;
pub(crate) mod search;
pub(crate) mod show;

use std::path::Path;

use crate::library::{self, LoadError, Loaded};
pub use crate::output::say;

/// Loads the library the user asked for: a folder, or the built-in roles.
pub fn load(roles: Option<&Path>) -> Result<Loaded, LoadError> {
    match roles {
        Some(dir) => library::load_dir(dir),
        None => Ok(library::load_embedded()),
    }
}

/// Loads the library the user asked for, shown in the language crewpath
/// speaks.
pub fn load_shown(roles: Option<&Path>) -> Result<Loaded, LoadError> {
    load(roles).map(|loaded| loaded.localized(crate::i18n::current()))
}

/// The department path of a role, outermost first, cleaned for printing.
pub fn department_path(lib: &library::Library, role: library::RoleIx) -> Vec<String> {
    lib.department_path(lib.roles[role].department)
        .iter()
        .map(|d| crate::clean::clean_line(d).into_owned())
        .collect()
}

/// Exit status of a command.
pub type Status = std::process::ExitCode;

/// Usage errors and missing folders.
pub fn usage_error(message: &str) -> Status {
    say(message);
    Status::from(2)
}

/// The status for output that could not be written: 0 when the reader
/// simply stopped reading (`| head`), 2 otherwise (a full disk, a closed
/// terminal), with a message where one can still be given.
pub fn write_failed(what: &str, e: &std::io::Error) -> Status {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Status::SUCCESS
    } else {
        usage_error(&crate::t!(
            "cli-cannot-write",
            what = what,
            error = e.to_string()
        ))
    }
}
