//! crewpath: explore careers from a library of role files, in the terminal.
//!
//! The binary calls [`run`], so the tests and benchmarks use exactly what
//! users run. The role library and the search engine know nothing about
//! terminals; `app` holds the explorer's state and `ui` draws it.
//!
//! Only what the binary, the tests, the benchmarks and the fuzz targets use
//! is public: the commands, the settings, the event loop and the rest stay
//! inside, where the compiler reports whatever nothing calls.

// Terminals, signals, pseudo-terminals and folder handles are used the Unix
// way throughout; say so at once rather than in dozens of errors.
#[cfg(not(unix))]
compile_error!(
    "crewpath runs on Unix-like systems only (Linux, macOS, the BSDs). On Windows, use it inside WSL."
);

pub mod app;
pub mod career;
pub mod clean;
mod cli;
mod commands;
mod config;
mod explorer;
mod fold;
pub mod i18n;
pub mod import;
pub mod input;
pub mod library;
mod memory;
mod output;
mod print;
mod run;
pub mod search;
pub mod sheet;
pub mod symbols;
pub mod ui;
mod watcher;

pub use output::note_closed_at_start as note_closed_stdout_at_start;
pub use run::run;
