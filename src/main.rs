use std::process::ExitCode;

use clap::Parser;

use crewpath::cli::{Cli, Command};
use crewpath::{commands, config, explorer};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let folder = cli.library.folder();
    let roles = folder.as_deref();
    match cli.command {
        Some(Command::Check) => commands::check::run(roles),
        Some(Command::Search { limit, json, query }) => {
            commands::search::run(roles, &query, limit, json)
        }
        Some(Command::Show { json, role }) => commands::show::run(roles, &role, json),
        None => explore(&cli, roles),
    }
}

/// Opens the explorer; problems with the files are shown inside it.
fn explore(cli: &Cli, roles: Option<&std::path::Path>) -> ExitCode {
    let settings = match config::resolve(&cli.explorer, config::no_color_requested()) {
        Ok(settings) => settings,
        Err(e) => return commands::usage_error(&e),
    };
    let loaded = match commands::load(roles) {
        Ok(loaded) => loaded,
        Err(e) => return commands::usage_error(&e.to_string()),
    };
    match explorer::run(&loaded.library, &loaded.problems, settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crewpath: {}", crewpath::text::clean_line(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}
