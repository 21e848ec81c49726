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
            clap_complete::generate(shell, &mut command, "crewpath", &mut out);
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
    man.render_title(out)?;
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
    section(out, heads.version, |w| man.render_version_section(w))
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
