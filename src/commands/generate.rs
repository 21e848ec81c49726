//! `crewpath generate`: the manual page and the shells' completions, made
//! from the command line's own description so they can never drift from it.

use std::io::Write;

use super::{Status, write_failed};
use crate::cli::{Generated, command_in};
use crate::i18n::Lang;

pub fn run(what: Generated) -> Status {
    let lang = crate::i18n::current();
    let mut command = command_in(lang);
    let mut out = Vec::new();
    let made = match what {
        Generated::Man => man_page(command, lang, &mut out),
        shell => {
            let shell = match shell {
                Generated::Bash => clap_complete::Shell::Bash,
                Generated::Zsh => clap_complete::Shell::Zsh,
                _ => clap_complete::Shell::Fish,
            };
            out = super::completion::script(shell, &mut command);
            Ok(())
        }
    };
    let written = made.and_then(|()| {
        let mut stdout = crate::output::stdout();
        stdout.write_all(&out)?;
        stdout.flush()
    });
    match written {
        Ok(()) => Status::SUCCESS,
        Err(e) => write_failed(&crate::t!("generate-what"), &e),
    }
}

/// The section headings of the manual page.
struct Headings {
    name: &'static str,
    synopsis: &'static str,
    description: &'static str,
    options: &'static str,
    commands: &'static str,
    version: &'static str,
}

fn headings(lang: Lang) -> Headings {
    match lang {
        Lang::Fr => Headings {
            name: "NOM",
            synopsis: "SYNOPSIS",
            description: "DESCRIPTION",
            options: "OPTIONS",
            commands: "COMMANDES",
            version: "VERSION",
        },
        _ => Headings {
            name: "NAME",
            synopsis: "SYNOPSIS",
            description: "DESCRIPTION",
            options: "OPTIONS",
            commands: "COMMANDS",
            version: "VERSION",
        },
    }
}

/// One page for crewpath and every command, each command with its own
/// synopsis and options, so that no other page needs installing.
fn man_page(mut command: clap::Command, lang: Lang, out: &mut Vec<u8>) -> std::io::Result<()> {
    command.build();
    let heads = headings(lang);
    let man = clap_mangen::Man::new(command.clone());
    title(&man, &command, out)?;
    section(out, heads.name, |w| man.render_name_section(w))?;
    section(out, heads.synopsis, |w| man.render_synopsis_section(w))?;
    section(out, heads.description, |w| {
        man.render_description_section(w)
    })?;
    section(out, heads.options, |w| man.render_options_section(w))?;
    writeln!(out, ".SH {}", heads.commands)?;
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let name = sub.get_bin_name().unwrap_or(sub.get_name());
        writeln!(out, ".SS \"{}\"", name.replace('"', ""))?;
        // The options every command shares are described once, above.
        let shared: Vec<String> = sub
            .get_arguments()
            .filter(|a| a.is_global_set() || a.get_id() == "help")
            .map(|a| a.get_id().to_string())
            .collect();
        let own = shared
            .iter()
            .fold(sub.clone(), |sub, id| sub.mut_arg(id, |a| a.hide(true)));
        let man = clap_mangen::Man::new(own.clone());
        out.extend(body(|w| man.render_synopsis_section(w))?);
        out.extend(b".PP\n");
        out.extend(body(|w| man.render_description_section(w))?);
        if own.get_arguments().any(|a| !a.is_hide_set()) {
            out.extend(body(|w| man.render_options_section(w))?);
        }
    }
    out.extend(reference_sections().render().into_bytes());
    section(out, heads.version, |w| man.render_version_section(w))?;
    out.extend(see_also().render().into_bytes());
    Ok(())
}

/// The exit statuses, with what each means.
const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "man-exit-0"),
    ("1", "man-exit-1"),
    ("2", "man-exit-2"),
    ("130, 131", "man-exit-signal"),
];

/// The environment variables crewpath reads.
const ENVIRONMENT: &[(&str, &str)] = &[
    ("CREWPATH_ROLES", "man-env-roles"),
    ("CREWPATH_LANG", "man-env-lang"),
    ("LC_ALL, LC_MESSAGES, LC_CTYPE, LANG", "man-env-locale"),
    ("NO_COLOR", "man-env-no-color"),
    ("CLICOLOR", "man-env-clicolor"),
    ("CLICOLOR_FORCE", "man-env-clicolor-force"),
    ("XDG_CONFIG_HOME", "man-env-xdg"),
    ("TERM", "man-env-term"),
    ("COLUMNS", "man-env-columns"),
];

/// The files crewpath reads, and those the Debian package installs.
const FILES: &[(&str, &str)] = &[
    ("$XDG_CONFIG_HOME/crewpath/config.toml", "man-file-config"),
    ("/etc/crewpath/kiosk.toml", "man-file-kiosk"),
    (
        "/usr/lib/systemd/system/crewpath-kiosk.service",
        "man-file-unit",
    ),
    (
        "/usr/share/doc/crewpath/examples/sshd-crewpath-kiosk.conf",
        "man-file-sshd",
    ),
];

/// Commands to copy, with what each does.
const EXAMPLES: &[(&str, &str)] = &[
    ("crewpath", "man-example-explore"),
    ("crewpath search sound editor", "man-example-search"),
    (
        "crewpath show 1pe --format markdown > 1pe.md",
        "man-example-markdown",
    ),
    ("crewpath check --roles ~/roles", "man-example-check"),
    ("crewpath path --to picture-editor", "man-example-path"),
    (
        "crewpath match --skills \"storytelling, teamwork\"",
        "man-example-match",
    ),
    (
        "crewpath --kiosk --config /etc/crewpath/kiosk.toml",
        "man-example-kiosk",
    ),
];

/// Other pages worth reading, as man(1) names them.
const SEE_ALSO: &[&str] = &[
    "systemd.exec(5)",
    "sshd_config(5)",
    "locale(7)",
    "environ(7)",
];

/// EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES: each a list of terms,
/// the term in bold, what it means from the catalogue.
fn reference_sections() -> roff::Roff {
    let mut page = roff::Roff::new();
    for (heading, entries) in [
        ("man-exit-status", EXIT_STATUS),
        ("man-environment", ENVIRONMENT),
        ("man-files", FILES),
        ("man-examples", EXAMPLES),
    ] {
        page.control("SH", [crate::i18n::tr_args(heading, None).as_str()]);
        for (term, text) in entries {
            page.control("TP", [])
                .text([roff::bold(*term)])
                .text([roff::roman(crate::i18n::tr_args(text, None))]);
        }
    }
    page
}

/// SEE ALSO: the related pages, then where the rest is written.
fn see_also() -> roff::Roff {
    let mut page = roff::Roff::new();
    page.control("SH", [crate::i18n::tr_args("man-see-also", None).as_str()]);
    let mut pages = Vec::new();
    for (i, name) in SEE_ALSO.iter().enumerate() {
        if i > 0 {
            pages.push(roff::roman(", "));
        }
        pages.push(roff::bold(*name));
    }
    page.text(pages)
        .control("PP", [])
        .text([roff::roman(crate::i18n::tr_args("man-see-also-docs", None))]);
    page
}

/// The page's title line, with the manual's name in the language spoken.
/// clap_mangen drops an empty date from `.TH`, which moves the source
/// into the date's place and the manual into the source's, so the line is
/// written here, with the date left empty as man(7) allows.
fn title(
    man: &clap_mangen::Man,
    command: &clap::Command,
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    let quoted = |text: &str| text.replace(['"', '\\'], "");
    let mut rendered = Vec::new();
    man.render_title(&mut rendered)?;
    let text = String::from_utf8_lossy(&rendered);
    for line in text.lines() {
        if line.starts_with(".TH ") {
            writeln!(
                out,
                ".TH {} 1 \"\" \"{} {}\" \"{}\"",
                quoted(command.get_name()),
                quoted(command.get_name()),
                quoted(command.get_version().unwrap_or_default()),
                quoted(&crate::t!("man-manual"))
            )?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// A section rendered by clap_mangen under a heading of our own.
fn section(
    out: &mut Vec<u8>,
    heading: &str,
    render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    writeln!(out, ".SH {heading}")?;
    out.extend(body(render)?);
    Ok(())
}

/// What clap_mangen renders for a section, without its `.SH` headings.
fn body(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> std::io::Result<Vec<u8>> {
    let mut rendered = Vec::new();
    render(&mut rendered)?;
    let text = String::from_utf8_lossy(&rendered);
    let kept: String = text
        .lines()
        .filter(|line| !line.starts_with(".SH "))
        .flat_map(|line| [line, "\n"])
        .collect();
    Ok(kept.into_bytes())
}
