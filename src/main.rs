use clap::Parser;

use crewpath::cli::{Cli, Command};
use crewpath::commands;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let roles = cli.library.roles.as_deref();
    match cli.command {
        Some(Command::Check) => commands::check::run(roles),
        Some(Command::Search { .. }) | Some(Command::Show { .. }) | None => {
            commands::usage_error("not available yet")
        }
    }
}
