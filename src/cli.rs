//! The command line: what a user can type, parsed by clap, with its help
//! and its mistakes told in the language the user asked for.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::app::Theme;
use crate::i18n::{Lang, tr_in};

/// Explore careers in the terminal: departments, roles, skills and career
/// ladders, with search that forgives typos.
///
/// With no command, opens the explorer on the roles built into crewpath, or on
/// the folder given with --roles.
#[derive(Debug, Parser)]
// The short description is the catalogue's, not Cargo's: the package's
// one-line summary has to fit the 80 columns Debian gives it.
#[command(
    name = "crewpath",
    version,
    about = "Explore careers in the terminal: departments, roles, skills and career ladders with forgiving search",
    long_about
)]
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
    // CREWPATH_LANG is read by `language`, not by clap: clap would check it
    // again at every subcommand, where a bad value in the environment beats
    // a good `--lang`, and would refuse it empty.
    #[arg(long, value_name = "LANG", global = true, ignore_case = true)]
    pub lang: Option<Lang>,
}

impl LibraryArgs {
    /// The language from `--lang`, else `CREWPATH_LANG` when it is set and
    /// not empty, else the locale's; a message for a `CREWPATH_LANG` naming a
    /// language crewpath does not speak.
    pub fn language(&self) -> Result<Lang, String> {
        if let Some(lang) = self.lang {
            return Ok(lang);
        }
        match std::env::var("CREWPATH_LANG") {
            Ok(value) if !value.trim().is_empty() => {
                Lang::from_code(value.trim()).ok_or_else(|| {
                    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                    crate::t!(
                        "cli-env-lang-unknown",
                        value = crate::clean::clean_line(value.trim()).into_owned(),
                        codes = codes.join(", ")
                    )
                })
            }
            _ => Ok(Lang::from_environment()),
        }
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
    #[arg(long, value_name = "THEME", ignore_case = true)]
    pub theme: Option<Theme>,

    /// Read idle_timeout, exit_key, theme, print and on_screen_keyboard from
    /// this TOML file instead of $XDG_CONFIG_HOME/crewpath/config.toml;
    /// options given on the command line win.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// When to use colour: auto (unless NO_COLOR is set or CLICOLOR=0;
    /// CLICOLOR_FORCE=1 forces it), always or never.
    #[arg(
        long,
        value_name = "WHEN",
        global = true,
        default_value = "auto",
        ignore_case = true
    )]
    pub color: ColorWhen,
}

/// `--color`: when to use colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    /// Whether to use colour: `always` and `never` as they say; `auto` as
    /// the environment says (NO_COLOR set and not empty turns it off, then
    /// CLICOLOR_FORCE other than 0 turns it on, then CLICOLOR=0 turns it
    /// off), else as `on_terminal` says.
    pub fn wanted(self, on_terminal: bool) -> bool {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto if var("NO_COLOR").is_some() => false,
            ColorWhen::Auto if var("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
            ColorWhen::Auto if var("CLICOLOR").is_some_and(|v| v == "0") => false,
            ColorWhen::Auto => on_terminal,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every role file and list the problems, one per line.
    Check {
        /// Print the report as JSON: one object with the library, its counts
        /// and the problems, each with path, line, column, kind and message.
        #[arg(long)]
        json: bool,
    },

    /// Search the roles and print the best matches, one per line.
    Search {
        /// At most this many results.
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        /// Print the results as JSON: one object with the results and how
        /// far they cover the query.
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

    /// Every role that uses the skills you name, best fit first, with why
    /// and what you would add.
    #[command(name = "match")]
    Match {
        /// Print the ranking as JSON.
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// The skills you have, separated by commas, in your own words
        /// ("mixing, microphones, teamwork"); typos are forgiven.
        #[arg(long, required = true, value_name = "SKILLS")]
        skills: String,
        /// How to write the ranking: text (the default) or markdown, for
        /// a handout.
        #[arg(
            long,
            value_name = "FORMAT",
            ignore_case = true,
            default_value = "text"
        )]
        format: ShowFormat,
    },

    /// List every role, one per line: id, title and department.
    List {
        /// Print the list as JSON: one object with every role's id, title
        /// and department.
        #[arg(long)]
        json: bool,
    },

    /// Print everything about one role as plain text.
    Show {
        /// Print the role as JSON.
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// How to write the role: text (the default) or markdown, for
        /// handouts.
        #[arg(
            long,
            value_name = "FORMAT",
            ignore_case = true,
            default_value = "text"
        )]
        format: ShowFormat,
        /// The role's id (its file name) or its title.
        #[arg(required = true, value_name = "ROLE")]
        role: Vec<String>,
    },

    /// Make a role library from an official classification: NOC 2021 or
    /// O*NET.
    Import {
        #[command(subcommand)]
        source: ImportSource,
    },

    /// Print a manual page or a shell's completions, for packagers.
    #[command(hide = true)]
    Generate {
        /// What to print: man, bash, zsh or fish.
        #[arg(value_name = "WHAT", ignore_case = true)]
        what: Generated,
    },
}

/// The classifications `crewpath import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// Statistics Canada's NOC 2021 Version 1.0 CSV files.
    Noc {
        /// The elements file (noc_2021_version_1.0_-_elements.csv).
        #[arg(value_name = "ELEMENTS")]
        elements: PathBuf,
        /// The classification-structure file.
        #[arg(value_name = "STRUCTURE")]
        structure: PathBuf,
        /// The French elements and structure files, for .fr.toml translations.
        #[arg(long, num_args = 2, value_names = ["ELEMENTS_FR", "STRUCTURE_FR"])]
        fr: Option<Vec<PathBuf>>,
        /// The library folder to write: new, empty, or made by an earlier import.
        #[arg(long, value_name = "DIR", required = true)]
        out: PathBuf,
    },
    /// The O*NET database's text release (a db_NN_N_text folder).
    Onet {
        /// The folder holding Occupation Data.txt and the other files.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// The library folder to write: new, empty, or made by an earlier import.
        #[arg(long, value_name = "DIR", required = true)]
        out: PathBuf,
    },
}

/// How `crewpath show` writes a role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    /// Plain text wrapped at 80 columns.
    #[default]
    Text,
    /// Markdown: headings and lists.
    Markdown,
}

/// What `crewpath generate` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Generated {
    // The manual page, in roff.
    Man,
    Bash,
    Zsh,
    Fish,
}

/// Reads the command line, speaking from the start the language it asks
/// for: `--help` and mistakes are told in it, and it is the language of
/// everything after. Exits as clap does on `--help`, `--version` and errors.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language_asked(&args);
    crate::i18n::set(lang);
    let colour = colour_asked(&args);
    let command = command_in(lang).color(colour);
    let matches = match command.try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) => exit_with(e, lang, colour),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(e, lang, colour))
}

/// The language the command line and the environment ask for, known before
/// parsing so that `--help` can be in it: `--lang` (the last one, before any
/// `--`), else `CREWPATH_LANG`, else the locale. A language crewpath does
/// not speak counts as not asked; clap then refuses it.
pub fn language_asked(args: &[OsString]) -> Lang {
    let mut asked = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => break,
            Some("--lang") => asked = args.next().flatten(),
            Some(arg) => {
                if let Some(value) = arg.strip_prefix("--lang=") {
                    asked = Some(value);
                }
            }
            None => {}
        }
    }
    asked
        .and_then(Lang::from_code)
        .or_else(|| {
            std::env::var("CREWPATH_LANG")
                .ok()
                .and_then(|v| Lang::from_code(v.trim()))
        })
        .unwrap_or_else(Lang::from_environment)
}

/// The colour clap's help and mistakes may use: what `--color` asks (the
/// last one, before any `--`); without it, clap follows NO_COLOR, CLICOLOR
/// and CLICOLOR_FORCE itself.
fn colour_asked(args: &[OsString]) -> clap::ColorChoice {
    let mut asked = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => break,
            Some("--color") => asked = args.next().flatten(),
            Some(arg) => {
                if let Some(value) = arg.strip_prefix("--color=") {
                    asked = Some(value);
                }
            }
            None => {}
        }
    }
    match asked.map(str::to_ascii_lowercase).as_deref() {
        Some("always") => clap::ColorChoice::Always,
        Some("never") => clap::ColorChoice::Never,
        _ => clap::ColorChoice::Auto,
    }
}

/// The command line with its help in `lang`: English as the code describes
/// it, other languages from the message catalogue.
pub fn command_in(lang: Lang) -> clap::Command {
    match lang {
        Lang::En => Cli::command(),
        _ => localized(lang),
    }
}

/// The command line with every description, placeholder and heading from
/// the catalogue of `lang`. Built first, so that the options every command
/// shares, `--help` and the `help` command are there to be described.
fn localized(lang: Lang) -> clap::Command {
    let mut command = Cli::command();
    command.build();
    localize(command, lang, true)
}

fn localize(mut command: clap::Command, lang: Lang, top: bool) -> clap::Command {
    let text = |id: &str| tr_in(lang, id, None);
    let name = command.get_name().to_string();
    if let Some(about) = text(&about_id(&name, top)) {
        command = command.about(about);
    }
    if command.get_long_about().is_some()
        && let Some(long) = text("cli-long-about")
    {
        command = command.long_about(long);
    }
    command = command.mut_args(|arg| localize_arg(arg, &name, lang));
    if lang != Lang::En {
        // clap writes its headings in English, each glued to its colon;
        // the catalogue writes them whole, with the space its language
        // puts before a colon.
        if let Some(template) = help_template(&command, &text) {
            command = command.help_template(template);
        }
        if let Some(value) = text("cli-command-value") {
            command = command.subcommand_value_name(value);
        }
    }
    command.mut_subcommands(|sub| localize(sub, lang, false))
}

/// The layout of clap's own help, with the headings from the catalogue:
/// each section only where the command has something visible to put in it.
fn help_template(
    command: &clap::Command,
    text: &impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let usage = text("cli-usage-heading")?;
    let mut template = format!("{{before-help}}{{about-with-newline}}\n{usage} {{usage}}");
    let sections = [
        (
            "cli-commands-heading",
            "{subcommands}",
            command.get_subcommands().any(|c| !c.is_hide_set()),
        ),
        (
            "cli-arguments-heading",
            "{positionals}",
            command.get_positionals().any(|a| !a.is_hide_set()),
        ),
        (
            "cli-options-heading",
            "{options}",
            command
                .get_arguments()
                .any(|a| !a.is_positional() && !a.is_hide_set()),
        ),
    ];
    for (id, tag, shown) in sections {
        if shown {
            let heading = text(id)?;
            template.push_str("\n\n");
            template.push_str(&heading);
            template.push('\n');
            template.push_str(tag);
        }
    }
    template.push_str("{after-help}");
    Some(template)
}

fn localize_arg(mut arg: clap::Arg, command: &str, lang: Lang) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    let text = |id: &str| tr_in(lang, id, None);
    if id == "help" && arg.get_long_help().is_some() {
        if let (Some(short), Some(long)) = (text("cli-help-short"), text("cli-help-long")) {
            arg = arg.help(short).long_help(long);
        }
    } else if let Some(help) = arg_help_id(command, &id).and_then(|id| text(&id)) {
        arg = arg.help(help);
    }
    if arg.get_value_names().is_some()
        && let Some(name) = value_name_id(&id).and_then(text)
    {
        arg = arg.value_name(name);
    }
    if lang != Lang::En {
        // clap would add "[default: …]" and "[possible values: …]" in
        // English; the descriptions say them instead.
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg
}

/// The message describing a command: `cli-about` for crewpath itself, else
/// `cli-` and its name (`cli-help-command` for the `help` command).
fn about_id(name: &str, top: bool) -> String {
    match (top, name) {
        (true, _) => "cli-about".to_string(),
        (false, "help") => "cli-help-command".to_string(),
        (false, name) => format!("cli-{name}"),
    }
}

/// The message describing an option or argument of `command`.
fn arg_help_id(command: &str, arg: &str) -> Option<String> {
    let id = match arg {
        "roles" | "lang" | "kiosk" | "theme" | "config" | "color" | "help" | "version" => {
            format!("cli-{arg}")
        }
        "idle_timeout" => "cli-idle-timeout".into(),
        "exit_key" => "cli-exit-key".into(),
        "json" => format!("cli-{command}-json"),
        "limit" => "cli-search-limit".into(),
        "query" => "cli-search-query".into(),
        "a" => "cli-compare-role".into(),
        "b" => "cli-compare-other".into(),
        "to" => "cli-path-to".into(),
        "from" => "cli-path-from".into(),
        "target" => "cli-path-target".into(),
        "role" => "cli-show-role".into(),
        "what" => "cli-generate-what".into(),
        "skills" => "cli-match-skills".into(),
        "format" => format!("cli-{command}-format"),
        "elements" | "structure" | "fr" | "out" | "dir" => format!("cli-import-{arg}"),
        _ => return None,
    };
    Some(id)
}

/// The message naming what an option or argument takes (`DIR`).
fn value_name_id(arg: &str) -> Option<&'static str> {
    Some(match arg {
        "roles" => "cli-value-dir",
        "lang" => "cli-value-lang",
        "idle_timeout" => "cli-value-seconds",
        "exit_key" => "cli-value-chord",
        "theme" => "cli-value-theme",
        "config" => "cli-value-file",
        "color" => "cli-value-when",
        "limit" => "cli-value-n",
        "query" => "cli-value-query",
        "a" | "to" | "role" => "cli-value-role",
        "b" => "cli-value-other",
        "from" => "cli-value-from",
        "target" => "cli-value-to",
        "what" => "cli-value-what",
        "skills" => "cli-value-skills",
        "format" => "cli-value-format",
        "elements" => "cli-value-elements",
        "structure" => "cli-value-structure",
        "out" | "dir" => "cli-value-dir",
        _ => return None,
    })
}

/// Ends the process for a parse that stopped: help and version as clap
/// prints them (already in `lang`), mistakes told in `lang` where the
/// catalogue can say them, else in clap's English.
fn exit_with(e: clap::Error, lang: Lang, colour: clap::ColorChoice) -> ! {
    use std::io::Write;
    if !e.use_stderr() {
        print_help_or_version(&e, colour);
    }
    let told = match lang {
        Lang::En => None,
        _ => mistake_in(&e, lang),
    };
    match told {
        Some(text) => {
            let _ = std::io::stderr().write_all(text.as_bytes());
            std::process::exit(e.exit_code())
        }
        None => e.exit(),
    }
}

/// Prints `--help` or `--version` and ends the process: clap's own printing
/// ignores a closed or full standard output, which must be exit 2 as for
/// every command (a reader that stops early is still not an error).
/// `--color always` keeps the colours through a pipe (`| less -R`).
fn print_help_or_version(e: &clap::Error, colour: clap::ColorChoice) -> ! {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() && !crate::output::closed_at_start() {
        // In colour, as clap prints it for a person.
        e.exit()
    }
    let rendered = e.render();
    let text = match colour {
        clap::ColorChoice::Always => rendered.ansi().to_string(),
        _ => rendered.to_string(),
    };
    match crate::output::print(text.as_bytes()) {
        Ok(()) => std::process::exit(0),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(err) => {
            let what = match e.kind() {
                ErrorKind::DisplayVersion => crate::t!("cli-the-version"),
                _ => crate::t!("cli-the-help"),
            };
            crate::output::say(&crate::t!(
                "cli-cannot-write",
                what = what,
                error = err.to_string()
            ));
            std::process::exit(2)
        }
    }
}

/// A command-line mistake in `lang`, for the kinds users make.
fn mistake_in(e: &clap::Error, lang: Lang) -> Option<String> {
    let say = |id: &str, args: &[(&str, String)]| {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        tr_in(lang, id, Some(&fluent))
    };
    let context = |kind: ContextKind| match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let arg = || context(ContextKind::InvalidArg);
    let mut message = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let (arg, value) = (arg()?, context(ContextKind::InvalidValue)?);
            if value.is_empty() {
                say("cli-error-no-value", &[("arg", arg)])?
            } else {
                say("cli-error-invalid-value", &[("arg", arg), ("value", value)])?
            }
        }
        ErrorKind::UnknownArgument => say("cli-error-unknown-argument", &[("arg", arg()?)])?,
        ErrorKind::InvalidSubcommand => {
            let command = context(ContextKind::InvalidSubcommand)?;
            say("cli-error-unknown-command", &[("command", command)])?
        }
        ErrorKind::MissingRequiredArgument => say("cli-error-missing", &[("args", arg()?)])?,
        ErrorKind::ArgumentConflict => {
            let (arg, other) = (arg()?, context(ContextKind::PriorArg)?);
            if arg == other {
                say("cli-error-twice", &[("arg", arg)])?
            } else {
                say("cli-error-conflict", &[("arg", arg), ("other", other)])?
            }
        }
        _ => return None,
    };
    if let Some(valid) = context(ContextKind::ValidValue) {
        message.push_str("\n  ");
        message.push_str(&say("cli-error-possible-values", &[("values", valid)])?);
    }
    let suggested = [
        (ContextKind::SuggestedArg, "cli-error-did-you-mean"),
        (ContextKind::SuggestedValue, "cli-error-did-you-mean-value"),
        (
            ContextKind::SuggestedSubcommand,
            "cli-error-did-you-mean-command",
        ),
    ]
    .into_iter()
    .find_map(|(kind, id)| Some((context(kind)?, id)));
    if let Some((suggestion, id)) = suggested {
        message.push_str("\n\n  ");
        message.push_str(&say(id, &[("suggestion", suggestion)])?);
    }
    let error = say("cli-error", &[("message", message)])?;
    let more = say("cli-error-more", &[])?;
    Some(format!("{error}\n\n{more}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help screen of a command: its own, short and long, then its
    /// subcommands', by name.
    fn help_screens(mut command: clap::Command) -> Vec<(String, String)> {
        command.build();
        let mut screens = Vec::new();
        let mut stack = vec![command];
        while let Some(mut command) = stack.pop() {
            let name = command
                .get_bin_name()
                .unwrap_or(command.get_name())
                .to_string();
            screens.push((name.clone(), command.render_help().to_string()));
            screens.push((name, command.render_long_help().to_string()));
            stack.extend(command.get_subcommands().cloned());
        }
        screens
    }

    #[test]
    fn the_english_catalogue_says_what_the_code_describes() {
        let from_code = help_screens(Cli::command());
        let from_catalogue = help_screens(localized(Lang::En));
        assert!(from_code.len() > 10, "{from_code:?}");
        assert_eq!(from_code.len(), from_catalogue.len());
        for ((name, code), (_, catalogue)) in from_code.iter().zip(&from_catalogue) {
            assert_eq!(code, catalogue, "{name} --help");
        }
    }

    #[test]
    fn every_description_the_help_asks_for_is_in_both_languages() {
        let mut command = Cli::command();
        command.build();
        let mut stack = vec![(command, true)];
        let mut asked = Vec::new();
        while let Some((command, top)) = stack.pop() {
            let name = command.get_name().to_string();
            asked.push(about_id(&name, top));
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                let help = arg_help_id(&name, id);
                assert!(help.is_some(), "'{id}' of {name} has no description");
                asked.extend(help);
                asked.extend(value_name_id(id).map(str::to_string));
            }
            stack.extend(command.get_subcommands().map(|s| (s.clone(), false)));
        }
        for lang in Lang::ALL {
            for id in &asked {
                assert!(
                    tr_in(lang, id, None).is_some(),
                    "{} lacks '{id}'",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn french_help_is_french_down_to_the_placeholders() {
        let screens = help_screens(localized(Lang::Fr));
        let (_, top) = &screens[1];
        assert!(top.starts_with("Explorez les carrières"), "{top}");
        assert!(
            top.contains("Utilisation\u{a0}: crewpath [OPTIONS] [COMMANDE]"),
            "{top}"
        );
        assert!(top.contains("--roles <DOSSIER>"), "{top}");
        assert!(!top.contains("Print help"), "{top}");
        assert!(!top.contains("[possible values"), "{top}");
        let path = screens
            .iter()
            .find(|(name, _)| name == "crewpath path")
            .map(|(_, text)| text)
            .expect("path has help");
        assert!(path.contains("[DÉPART] [ARRIVÉE]"), "{path}");
        // clap glues its headings to their colon; French puts a
        // non-breaking space between them.
        assert!(top.contains("\n\nCommandes\u{a0}:\n  check "), "{top}");
        assert!(top.contains("\n\nOptions\u{a0}:\n"), "{top}");
        assert!(path.contains("\n\nArguments\u{a0}:\n"), "{path}");
        assert!(path.contains("\n\nOptions\u{a0}:\n"), "{path}");
        for (name, text) in &screens {
            for glued in ["Commandes:", "Options:", "Arguments:", "Commands:"] {
                assert!(!text.contains(glued), "{name}: {text}");
            }
        }
    }

    #[test]
    fn the_language_asked_on_the_command_line_is_known_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            language_asked(&args(&["crewpath", "--lang", "fr"])),
            Lang::Fr
        );
        assert_eq!(
            language_asked(&args(&["crewpath", "check", "--lang=FR", "--json"])),
            Lang::Fr
        );
        assert_eq!(
            language_asked(&args(&["crewpath", "--lang", "fr", "show", "--lang", "en"])),
            Lang::En,
            "the last --lang counts"
        );
    }
}
