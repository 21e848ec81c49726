//! What the `crewpath` binary does: read the command line, set the
//! language, and run a command or open the explorer.

use std::process::ExitCode;

use crate::cli::{self, Cli, Command};
use crate::{commands, config, explorer};

/// Runs crewpath as its command line asks: a command, or the explorer.
pub fn run() -> ExitCode {
    crate::memory::one_pool_per_core();
    let cli = cli::parse();
    match cli.library.language() {
        Ok(lang) => crate::i18n::set(lang),
        Err(e) => return commands::usage_error(&e),
    }
    if let Some((setting, codeset)) = crate::i18n::charset::not_utf8() {
        // Said in the locale's own set: UTF-8 here would be misread.
        let message = crate::t!(
            "cli-charset-not-utf8",
            setting = setting,
            codeset = codeset.clone()
        );
        let line = format!("crewpath: {}\n", crate::clean::clean_line(&message));
        let bytes = crate::i18n::charset::encode_for(&codeset, &line);
        let _ = std::io::Write::write_all(&mut std::io::stderr(), &bytes);
        return ExitCode::from(2);
    }
    let folder = cli.library.folder();
    let roles = folder.as_deref();
    match cli.command {
        Some(Command::Check { json }) => commands::check::run(roles, json),
        Some(Command::Search { limit, json, query }) => {
            commands::search::run(roles, &query, limit, json)
        }
        Some(Command::Show { json, format, role }) => {
            commands::show::run(roles, &role, json, format)
        }
        Some(Command::Compare { json, a, b }) => commands::career::compare(roles, &a, &b, json),
        Some(Command::Path {
            json,
            to,
            from,
            target,
        }) => match (from, target, to) {
            (Some(from), Some(target), None) => {
                commands::career::path(roles, Some(&from), &target, json)
            }
            (None, None, Some(to)) => commands::career::path(roles, None, &to, json),
            _ => commands::usage_error(&crate::t!("usage-path-needs-roles")),
        },
        Some(Command::List { json }) => commands::list::run(roles, json),
        Some(Command::Match {
            json,
            skills,
            format,
        }) => commands::fit::run(roles, &skills, json, format),
        Some(Command::Generate { what }) => commands::generate::run(what),
        Some(Command::Import { source }) => commands::import::run(source),
        None => explore(&cli, roles),
    }
}

/// Opens the explorer; problems with the files are shown inside it.
fn explore(cli: &Cli, roles: Option<&std::path::Path>) -> ExitCode {
    use std::io::IsTerminal;
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        // Drawing into a file or a pipe would fill it with escape sequences
        // and leave the terminal raw; a kiosk service would restart forever.
        return commands::usage_error(&crate::t!("cli-needs-terminal"));
    }
    if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        // Such a terminal cannot move the cursor: the screen would be a
        // stream of escape sequences.
        return commands::usage_error(&crate::t!("cli-dumb-terminal"));
    }
    let settings = match config::resolve(&cli.explorer, cli.explorer.color.wanted(true)) {
        Ok(settings) => settings,
        Err(e) => return commands::usage_error(&e),
    };
    // The theme already says whether to use colour (NO_COLOR, CLICOLOR and
    // --color were weighed); crossterm must not second-guess it from
    // NO_COLOR, or an explicit theme or --color always would draw grey.
    ratatui::crossterm::style::force_color_output(true);
    let loaded = match commands::load(roles) {
        Ok(loaded) => loaded,
        Err(e) => return commands::usage_error(&e.to_string()),
    };
    match explorer::run(roles, loaded, settings) {
        Ok(ended) => ExitCode::from(ended.status()),
        Err(e) => {
            commands::say(&e.to_string());
            ExitCode::FAILURE
        }
    }
}
