//! The command line: what a user can type, parsed by clap, with its help
//! and its mistakes told in the language the user asked for.
//!
//! Every word of `--help`, in English as in French, is the message
//! catalogue's (`locales/<language>/cli.ftl` and `import.ftl`), found by a
//! rule from clap's own names, so the languages cannot drift apart:
//!
//! - a command's description is `cli-<command>` (`cli-about` and
//!   `cli-long-about` for crewpath itself);
//! - an option's or argument's is `cli-<command>-<id>`, its clap id with
//!   `-` for `_` (`cli-search-limit`), or `cli-<id>` for crewpath's own
//!   options and those every command shares (`cli-idle-timeout`);
//! - a placeholder's is `cli-value-<name>` (`<DIR>` is `cli-value-dir`).
//!
//! A test checks that both catalogues have every message the rule asks for.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::app::Theme;
use crate::i18n::{Lang, tr_in};

// What a user can type. (The declarations below carry `//` comments, not
// doc comments, which clap would take for help: the help is the
// catalogue's. The short description is `cli-about`, not Cargo's: the
// package's one-line summary has to fit the 80 columns Debian gives it.)
#[derive(Debug, Parser)]
#[command(name = "crewpath", version)]
pub struct Cli {
    #[command(flatten)]
    pub library: LibraryArgs,

    #[command(flatten)]
    pub explorer: ExplorerArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// Where the roles come from; accepted before or after a command.
#[derive(Debug, Args)]
pub struct LibraryArgs {
    // Another role library than the built-in one (or CREWPATH_ROLES).
    #[arg(long, value_name = "DIR", global = true)]
    pub roles: Option<PathBuf>,

    // The language to speak. CREWPATH_LANG is read by `language`, not by
    // clap: clap would check it again at every subcommand, where a bad value
    // in the environment beats a good `--lang`, and would refuse it empty.
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

// How the explorer runs; settings a config file may give too.
#[derive(Debug, Args)]
pub struct ExplorerArgs {
    #[arg(long)]
    pub kiosk: bool,

    // Default: config::DEFAULT_IDLE_SECONDS.
    #[arg(long, value_name = "SECONDS")]
    pub idle_timeout: Option<u64>,

    // The staff's way out of a kiosk.
    #[arg(long, value_name = "CHORD")]
    pub exit_key: Option<String>,

    #[arg(long, value_name = "THEME", ignore_case = true)]
    pub theme: Option<Theme>,

    // The settings file, instead of config::default_config_path.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

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

// The commands; each one's help is `cli-<command>` and `cli-<command>-<id>`.
#[derive(Debug, Subcommand)]
pub enum Command {
    Check {
        #[arg(long)]
        json: bool,
    },

    Search {
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
    },

    Compare {
        #[arg(long)]
        json: bool,
        // The two roles, each an id, a title or an abbreviation.
        #[arg(value_name = "ROLE")]
        a: String,
        #[arg(value_name = "OTHER")]
        b: String,
    },

    // With --to alone, the route from the entry-level roles.
    Path {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "ROLE", conflicts_with = "target")]
        to: Option<String>,
        #[arg(value_name = "FROM", required_unless_present = "to")]
        from: Option<String>,
        #[arg(value_name = "TO", required_unless_present = "to")]
        target: Option<String>,
    },

    #[command(name = "match")]
    Match {
        #[arg(long, conflicts_with = "format")]
        json: bool,
        // In the user's own words, separated by commas.
        #[arg(long, required = true, value_name = "SKILLS")]
        skills: String,
        #[arg(
            long,
            value_name = "FORMAT",
            ignore_case = true,
            default_value = "text"
        )]
        format: ShowFormat,
    },

    List {
        #[arg(long)]
        json: bool,
    },

    Show {
        #[arg(long, conflicts_with = "format")]
        json: bool,
        #[arg(
            long,
            value_name = "FORMAT",
            ignore_case = true,
            default_value = "text"
        )]
        format: ShowFormat,
        // Its words are joined: a title needs no quotes.
        #[arg(required = true, value_name = "ROLE")]
        role: Vec<String>,
    },

    Import {
        #[command(subcommand)]
        source: ImportSource,
    },

    // For packagers: the manual page and the shells' completions.
    #[command(hide = true)]
    Generate {
        #[arg(value_name = "WHAT", ignore_case = true)]
        what: Generated,
    },
}

// The classifications `crewpath import` reads: NOC 2021's CSV files,
// and O*NET's text release.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    Noc {
        #[arg(value_name = "ELEMENTS")]
        elements: PathBuf,
        #[arg(value_name = "STRUCTURE")]
        structure: PathBuf,
        #[arg(long, num_args = 2, value_names = ["ELEMENTS_FR", "STRUCTURE_FR"])]
        fr: Option<Vec<PathBuf>>,
        #[arg(long, value_name = "DIR", required = true)]
        out: PathBuf,
    },
    Onet {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
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
    let command = command_coloured(lang, colour);
    let matches = match command.try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) => exit_with(e, lang, colour),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(e, lang, colour))
}

/// The value the command line gives `option` (`--lang`), read before
/// parsing: that of the last `--lang fr` or `--lang=fr` before any `--`. A
/// value that is not UTF-8 counts as none.
fn value_asked<'a>(args: &'a [OsString], option: &str) -> Option<&'a str> {
    let mut asked = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => break,
            Some(arg) if arg == option => asked = args.next().flatten(),
            Some(arg) => {
                if let Some(value) = arg.strip_prefix(option).and_then(|v| v.strip_prefix('=')) {
                    asked = Some(value);
                }
            }
            None => {}
        }
    }
    asked
}

/// The language the command line and the environment ask for, known before
/// parsing so that `--help` can be in it: `--lang`, else `CREWPATH_LANG`,
/// else the locale. A language crewpath does not speak counts as not asked;
/// clap then refuses it.
pub fn language_asked(args: &[OsString]) -> Lang {
    value_asked(args, "--lang")
        .and_then(Lang::from_code)
        .or_else(|| {
            std::env::var("CREWPATH_LANG")
                .ok()
                .and_then(|v| Lang::from_code(v.trim()))
        })
        .unwrap_or_else(Lang::from_environment)
}

/// The colour clap's help and mistakes may use: what `--color` asks;
/// without it, clap follows NO_COLOR, CLICOLOR and CLICOLOR_FORCE itself.
fn colour_asked(args: &[OsString]) -> clap::ColorChoice {
    match value_asked(args, "--color")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("always") => clap::ColorChoice::Always,
        Some("never") => clap::ColorChoice::Never,
        _ => clap::ColorChoice::Auto,
    }
}

/// The command line with every description, placeholder and heading from
/// the catalogue of `lang`.
pub fn command_in(lang: Lang) -> clap::Command {
    command_coloured(lang, clap::ColorChoice::Auto)
}

/// The command line in `lang`, its help and mistakes in `colour`.
fn command_coloured(lang: Lang, colour: clap::ColorChoice) -> clap::Command {
    // The colour before building, which gives it to every command.
    let mut command = Cli::command().color(colour);
    // Before building: clap decides from it whether `-h` and `--help` say
    // different things.
    if let Some(long) = tr_in(lang, "cli-long-about", None) {
        command = command.long_about(long);
    }
    // Built first, so that the options every command shares, `--help` and
    // the `help` command are there to be described.
    command.build();
    localize(command, lang, true)
}

fn localize(mut command: clap::Command, lang: Lang, top: bool) -> clap::Command {
    let text = |id: &str| tr_in(lang, id, None);
    let name = command.get_name().to_string();
    if let Some(about) = text(&about_id(&name, top)) {
        command = command.about(about);
    }
    command = command.mut_args(|arg| localize_arg(arg, &name, top, lang));
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

fn localize_arg(mut arg: clap::Arg, command: &str, top: bool, lang: Lang) -> clap::Arg {
    let text = |id: &str| tr_in(lang, id, None);
    let id = arg_help_id(command, top, &arg);
    if id == "cli-help" && arg.get_long_help().is_some() {
        if let (Some(short), Some(long)) = (text("cli-help-short"), text("cli-help-long")) {
            arg = arg.help(short).long_help(long);
        }
    } else if let Some(help) = text(&id) {
        arg = arg.help(help);
    }
    let shown: Option<Vec<String>> = placeholders(&arg)
        .map(|names| names.iter().map(|n| text(&value_name_id(n))).collect())
        .unwrap_or_default();
    if let Some(shown) = shown {
        arg = arg.value_names(shown);
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

/// The message describing an option or argument of `command`: `cli-` and
/// its id for crewpath's own, those every command shares and clap's `help`
/// and `version`; `cli-<command>-<id>` for a command's own.
fn arg_help_id(command: &str, top: bool, arg: &clap::Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    if top || arg.is_global_set() || id == "help" || id == "version" {
        format!("cli-{id}")
    } else {
        format!("cli-{command}-{id}")
    }
}

/// The placeholders of an option or argument that takes values (`DIR`).
fn placeholders(arg: &clap::Arg) -> Option<&[clap::builder::Str]> {
    arg.get_action()
        .takes_values()
        .then(|| arg.get_value_names())
        .flatten()
}

/// The message naming a placeholder: `cli-value-dir` for `DIR`.
fn value_name_id(name: &str) -> String {
    format!("cli-value-{}", name.to_lowercase().replace('_', "-"))
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

    /// Every message the help asks for, by the rule of `localize`.
    fn messages_asked() -> Vec<String> {
        let mut asked = Vec::new();
        let mut stack = vec![(command_in(Lang::En), true)];
        while let Some((command, top)) = stack.pop() {
            let name = command.get_name().to_string();
            asked.push(about_id(&name, top));
            if top {
                asked.push("cli-long-about".to_string());
            }
            for arg in command.get_arguments() {
                let id = arg_help_id(&name, top, arg);
                if id == "cli-help" && arg.get_long_help().is_some() {
                    asked.extend(["cli-help-short", "cli-help-long"].map(String::from));
                } else {
                    asked.push(id);
                }
                for placeholder in placeholders(arg).unwrap_or_default() {
                    asked.push(value_name_id(placeholder));
                }
            }
            stack.extend(command.get_subcommands().map(|s| (s.clone(), false)));
        }
        asked
    }

    /// The ids of the messages of `lang`'s catalogue.
    fn catalogue_ids(lang: Lang) -> Vec<String> {
        crate::i18n::messages_of(lang)
            .flat_map(str::lines)
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id)
            .filter(|id| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_command_option_and_placeholder_has_its_message_in_both_languages() {
        let asked = messages_asked();
        assert!(asked.len() > 60, "{asked:?}");
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
    fn the_catalogues_describe_no_option_the_command_line_lacks() {
        // A renamed option or placeholder leaves no text behind.
        let asked = messages_asked();
        let mut commands = Vec::new();
        let mut stack = vec![command_in(Lang::En)];
        while let Some(command) = stack.pop() {
            commands.extend(
                command
                    .get_subcommands()
                    .map(|c| format!("cli-{}-", c.get_name())),
            );
            stack.extend(command.get_subcommands().cloned());
        }
        for lang in Lang::ALL {
            for id in catalogue_ids(lang) {
                let described = id.starts_with("cli-value-")
                    || commands.iter().any(|c| id.starts_with(c.as_str()));
                assert!(
                    !described || asked.contains(&id),
                    "{} has '{id}', which no option asks for",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn french_help_is_french_down_to_the_placeholders() {
        let screens = help_screens(command_in(Lang::Fr));
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
