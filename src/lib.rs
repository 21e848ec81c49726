//! crewpath: explore careers from a library of role files, in the terminal.
//!
//! The binary is a thin command line over this library, so the tests and
//! benchmarks use exactly what users run. The role library and the search
//! engine know nothing about terminals; `app` holds the explorer's state and
//! `ui` draws it.

// Terminals, signals, pseudo-terminals and folder handles are used the Unix
// way throughout; say so at once rather than in dozens of errors.
#[cfg(not(unix))]
compile_error!(
    "crewpath runs on Unix-like systems only (Linux, macOS, the BSDs). On Windows, use it inside WSL."
);

pub mod app;
pub mod career;
pub mod clean;
pub mod cli;
pub mod commands;
pub mod config;
pub mod explorer;
mod fold;
pub mod i18n;
pub mod input;
pub mod library;
pub mod memory;
pub mod output;
pub mod print;
pub mod search;
pub mod sheet;
pub mod symbols;
pub mod ui;
pub mod watcher;
