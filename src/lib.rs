//! crewpath: explore careers from a library of role files, in the terminal.
//!
//! The binary is a thin command line over this library, so the tests and
//! benchmarks use exactly what users run.

pub mod cli;
pub mod commands;
pub mod library;
pub mod text;
