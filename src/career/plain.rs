//! Documents as plain text, wrapped to a width: what `crewpath compare`,
//! `crewpath path` and `crewpath match` print, and the lines the explorer's
//! comparison window shows. Every line of text from a role file is cleaned
//! here on its way out.

use unicode_width::UnicodeWidthStr;

use super::document::{Block, Document, Route, Section};
use crate::clean;
use crate::library::Library;
use crate::t;

/// A line as printed, in pieces, each marked as part of a heading or not:
/// one piece, or for two columns side by side, the left column's, the
/// space between and the right column's. A blank line has none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Printed {
    pub pieces: Vec<Piece>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub heading: bool,
}

impl Printed {
    fn one(text: String, heading: bool) -> Printed {
        Printed {
            pieces: vec![Piece { text, heading }],
        }
    }
}

/// `line`, cleaned and wrapped to `width` (at least 20), its first line
/// indented by `first` and the rest by `rest`.
fn wrap(width: usize, line: &str, first: &str, rest: &str) -> Vec<String> {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(&clean::clean_line(line), options)
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}

fn push(out: &mut String, lines: &[String]) {
    for l in lines {
        out.push_str(l);
        out.push('\n');
    }
}

/// A document as text wrapped to `width`, each line ended by a newline.
pub fn render(doc: &Document, width: usize) -> String {
    let mut out = String::new();
    for line in lines(doc, width) {
        for piece in &line.pieces {
            out.push_str(&piece.text);
        }
        out.push('\n');
    }
    out
}

/// A document's lines wrapped to `width`: its sections one after another,
/// a blank line between two.
pub fn lines(doc: &Document, width: usize) -> Vec<Printed> {
    let mut out = Vec::new();
    for section in doc.sections.iter().map(|s| section_lines(s, width)) {
        if section.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Printed::default());
        }
        out.extend(section);
    }
    out
}

/// Two documents side by side, each wrapped to `column` (see
/// [`super::document::column`]): section beside section, each pair as
/// tall as the taller, a blank line between pairs.
pub fn side_by_side(left: &Document, right: &Document, column: usize) -> Vec<Printed> {
    let mut out = Vec::new();
    for (l, r) in left.sections.iter().zip(&right.sections) {
        let (l, r) = (section_lines(l, column), section_lines(r, column));
        if l.is_empty() && r.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Printed::default());
        }
        let piece = |lines: &[Printed], i: usize| {
            lines
                .get(i)
                .and_then(|l| l.pieces.first().cloned())
                .unwrap_or(Piece {
                    text: String::new(),
                    heading: false,
                })
        };
        for i in 0..l.len().max(r.len()) {
            let (a, b) = (piece(&l, i), piece(&r, i));
            let pad = column.saturating_sub(a.text.width());
            let gap = Piece {
                text: " ".repeat(pad + 3),
                heading: false,
            };
            out.push(Printed {
                pieces: vec![a, gap, b],
            });
        }
    }
    out
}

/// One section's lines: its heading at the left edge, what is under it
/// indented. In a section with no heading, sentences and routes stand at
/// the left edge. Rows are always indented, with their continuations
/// further in.
fn section_lines(section: &Section, width: usize) -> Vec<Printed> {
    let mut out = Vec::new();
    let mut text =
        |lines: Vec<String>| out.extend(lines.into_iter().map(|l| Printed::one(l, false)));
    let headed = section.heading.is_some();
    let at = if headed { "  " } else { "" };
    let mut heading = Vec::new();
    if let Some(h) = &section.heading {
        heading = wrap(width, h, "", "  ");
    }
    for block in &section.blocks {
        match block {
            Block::Sentence(s) => text(wrap(width, s, at, "  ")),
            Block::Rows(rows) => {
                for row in rows {
                    text(wrap(width, row, "  ", "    "));
                }
            }
            Block::Route(route) => text(route_lines(route, width, at)),
        }
    }
    heading
        .into_iter()
        .map(|l| Printed::one(l, true))
        .chain(out)
        .collect()
}

/// A route standing at `at`: its lead, then one line per move a step in,
/// and under a sideways move, why it makes sense and what it rests on.
fn route_lines(route: &Route, width: usize, at: &str) -> Vec<String> {
    let indent = format!("{at}  ");
    let deeper = format!("{indent}    ");
    let mut out = wrap(width, &route.lead, at, &indent);
    if let Some(arrived) = &route.arrived {
        out.extend(wrap(width, arrived, &indent, &indent));
    }
    for leg in &route.legs {
        out.extend(wrap(width, &leg.text, &indent, &deeper));
        if let Some(why) = &leg.why {
            out.extend(wrap(width, why, &deeper, &format!("{deeper}  ")));
        }
    }
    out
}

/// Roles ranked by the skills someone named ("what fits me"): what was
/// named, then each role with why it is there and what it would add, every
/// line wrapped to `width`, nothing cut.
pub fn fit_text(
    lib: &Library,
    named: &[super::Named],
    fits: &[super::Fit],
    width: usize,
) -> String {
    let mut out = String::new();
    push(
        &mut out,
        &wrap(
            width,
            &t!("fit-heading", skills = named_list(lib, named)),
            "",
            "  ",
        ),
    );
    if fits.is_empty() {
        out.push('\n');
        push(&mut out, &wrap(width, &t!("fit-nothing"), "", ""));
        return out;
    }
    for (n, fit) in fits.iter().enumerate() {
        out.push('\n');
        let role = &lib.roles[fit.role];
        let mut head = format!(
            "{}. {} · {}",
            n + 1,
            role.title(),
            lib.department_path(role.department).join(" / ")
        );
        if role.entry_level {
            head.push_str(" · ");
            head.push_str(&t!("fit-entry-level"));
        }
        push(&mut out, &wrap(width, &head, "", "   "));
        push(
            &mut out,
            &wrap(width, &fit_uses(lib, named, fit), "   ", "   "),
        );
        if let Some(add) = fit_add(lib, fit) {
            push(&mut out, &wrap(width, &add, "   ", "   "));
        }
    }
    out
}

/// What was named, each thing once: a skill by its name, a word that
/// stands for several skills with them ("mixing (digital mixing, mixing
/// hardware)").
pub fn named_list(lib: &Library, named: &[super::Named]) -> String {
    named
        .iter()
        .map(|n| match n.skills.as_slice() {
            [one] => lib.skill_name(one).to_string(),
            several => t!(
                "fit-stands-for",
                written = n.written.as_str(),
                skills = skill_names(lib, several)
            ),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Uses 2 of the 3 skills you named: digital mixing, microphones."
pub fn fit_uses(lib: &Library, named: &[super::Named], fit: &super::Fit) -> String {
    t!(
        "fit-uses",
        used = fit.named.len(),
        named = named.len(),
        skills = skill_names(lib, &fit.have)
    )
}

/// "To add (3): a, b, c.", or nothing when the role asks for nothing more.
pub fn fit_add(lib: &Library, fit: &super::Fit) -> Option<String> {
    (!fit.add.is_empty()).then(|| {
        t!(
            "fit-add",
            count = fit.add.len(),
            skills = skill_names(lib, &fit.add)
        )
    })
}

fn skill_names(lib: &Library, ids: &[String]) -> String {
    ids.iter()
        .map(|id| lib.skill_name(id))
        .collect::<Vec<_>>()
        .join(", ")
}
