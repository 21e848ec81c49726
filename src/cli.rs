//! The command line: what a user can type, parsed by clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::i18n::Lang;

/// Explore careers in the terminal: departments, roles, skills and career
/// ladders, with search that forgives typos.
///
/// With no command, opens the explorer on the roles built into crewpath, or on
/// the folder given with --roles.
#[derive(Debug, Parser)]
#[command(name = "crewpath", version, about, long_about)]
pub struct Cli {
    #[command(flatten)]
    pub library: LibraryArgs,

    #[command(flatten)]
    pub explorer: ExplorerArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the roles come from; accepted before or after a command.
#[derive(Debug, Args)]
pub struct LibraryArgs {
    /// Use the role library in this folder instead of the built-in roles
    /// [env: CREWPATH_ROLES].
    #[arg(long, value_name = "DIR", global = true)]
    pub roles: Option<PathBuf>,

    /// The language to speak: en or fr. Without it, CREWPATH_LANG, then the
    /// locale (LC_ALL, LC_MESSAGES, LANG); English otherwise.
    #[arg(
        long,
        value_name = "LANG",
        global = true,
        env = "CREWPATH_LANG",
        hide_env = true,
        ignore_case = true
    )]
    pub lang: Option<Lang>,
}

impl LibraryArgs {
    /// The language from `--lang` or `CREWPATH_LANG`, else the locale's.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_environment)
    }

    /// The folder from `--roles`, or else from `CREWPATH_ROLES` when that is
    /// set and not empty; `None` means the built-in roles.
    pub fn folder(&self) -> Option<PathBuf> {
        self.roles.clone().or_else(|| {
            std::env::var_os("CREWPATH_ROLES")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
    }
}

#[derive(Debug, Args)]
pub struct ExplorerArgs {
    /// Run as a public kiosk: a welcome screen, reset after idling, and no way
    /// for a visitor to quit.
    #[arg(long)]
    pub kiosk: bool,

    /// Kiosk: seconds without a key or click before the session starts over
    /// [default: 120].
    #[arg(long, value_name = "SECONDS")]
    pub idle_timeout: Option<u64>,

    /// Kiosk: the key chord that lets staff quit, e.g. ctrl-alt-x (off unless set).
    #[arg(long, value_name = "CHORD")]
    pub exit_key: Option<String>,

    /// Colour theme: default, high-contrast or monochrome. Without it,
    /// NO_COLOR turns colour off.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,

    /// Read idle_timeout, exit_key and theme from this TOML file; options
    /// given on the command line win.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every role file and list the problems, one per line.
    Check {
        /// Print the problems as JSON: one object per problem, with path,
        /// line, column, kind and message.
        #[arg(long)]
        json: bool,
    },

    /// Search the roles and print the best matches, one per line.
    Search {
        /// At most this many results.
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        /// Print the results as a JSON array.
        #[arg(long)]
        json: bool,
        /// What to look for: a job title, an abbreviation, a skill…
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
    },

    /// Two roles side by side: skills in common and only in each, education,
    /// unions, pay, and how they are linked.
    Compare {
        /// Print the comparison as JSON.
        #[arg(long)]
        json: bool,
        /// The first role: id, title or abbreviation (quote titles with spaces).
        #[arg(value_name = "ROLE")]
        a: String,
        /// The second role.
        #[arg(value_name = "OTHER")]
        b: String,
    },

    /// The route from one role to another over the library's links, with the
    /// skills to add at each move; with --to alone, from the entry-level roles.
    Path {
        /// Print the route as JSON.
        #[arg(long)]
        json: bool,
        /// The role to reach, when no FROM is given: start from entry level.
        #[arg(long, value_name = "ROLE", conflicts_with = "target")]
        to: Option<String>,
        /// Where you start: id, title or abbreviation (quote titles with spaces).
        #[arg(value_name = "FROM", required_unless_present = "to")]
        from: Option<String>,
        /// Where you want to get.
        #[arg(value_name = "TO", required_unless_present = "to")]
        target: Option<String>,
    },

    /// Print everything about one role as plain text.
    Show {
        /// Print the role as JSON.
        #[arg(long)]
        json: bool,
        /// The role's id (its file name) or its title.
        #[arg(required = true, value_name = "ROLE")]
        role: Vec<String>,
    },
}
