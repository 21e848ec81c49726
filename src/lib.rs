//! crewpath: explore careers from a library of role files, in the terminal.
//!
//! The binary is a thin command line over this library, so the tests and
//! benchmarks use exactly what users run. The role library and the search
//! engine know nothing about terminals; `app` holds the explorer's state and
//! `ui` draws it.

pub mod app;
pub mod career;
pub mod cli;
pub mod commands;
pub mod config;
pub mod explorer;
pub mod i18n;
pub mod input;
pub mod library;
pub mod memory;
pub mod output;
pub mod search;
pub mod sheet;
pub mod text;
pub mod ui;
