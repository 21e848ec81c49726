//! `crewpath show --format markdown`: a role's sheet as Markdown, for staff
//! making handouts. The same content as the plain-text page; role text is
//! untrusted, so it is cleaned of control characters and its Markdown
//! signs are escaped, and it can never become a heading, a list, a link or
//! HTML.

use crate::career::{Fit, Named, plain};
use crate::clean;
use crate::library::Library;
use crate::sheet::{Body, Sheet, WageTable, wage_columns};
use crate::t;

/// The whole sheet: the title as the top heading, each section under a
/// heading of its own.
pub fn page(sheet: &Sheet) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(&sheet.title)));
    if let Some(notice) = &sheet.notice {
        out.push_str(&format!("*{}*\n\n", escape(notice)));
    }
    let mut facts = vec![
        t!("show-id", id = format!("`{}`", code(&sheet.id))),
        escape(&t!(
            "show-department",
            department = sheet.department.as_str()
        )),
    ];
    if !sheet.aliases.is_empty() {
        facts.push(escape(&t!(
            "show-aliases",
            aliases = sheet.aliases.join(", ")
        )));
    }
    if !sheet.labels.is_empty() {
        facts.push(format!("**{}**", escape(&sheet.labels.join(" · "))));
    }
    // Two spaces end a line without starting a paragraph.
    out.push_str(&facts.join("  \n"));
    out.push('\n');
    for section in &sheet.sections {
        out.push_str(&format!("\n## {}\n\n", escape(&section.heading)));
        if let Some(dated) = section.dated() {
            out.push_str(&format!("*{}*\n\n", escape(&dated)));
        }
        match &section.body {
            Body::Prose(paragraphs) => {
                let paragraphs: Vec<String> = paragraphs.iter().map(|p| escape(p)).collect();
                out.push_str(&paragraphs.join("\n\n"));
                out.push('\n');
            }
            Body::Bullets(items) | Body::Lines(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape(item)));
                }
            }
            Body::Wages(tables) => {
                let tables: Vec<String> = tables.iter().map(wages).collect();
                out.push_str(&tables.join("\n"));
            }
        }
    }
    out
}

/// "What fits me" as a handout: what was named, then each role ranked,
/// with why it is there and what it would add, as `crewpath match` and a
/// kiosk's print give it.
pub fn fits(lib: &Library, named: &[Named], fits: &[Fit]) -> String {
    let mut out = format!("# {}\n\n", escape(&t!("fits-window-title")));
    out.push_str(&escape(&t!(
        "fit-heading",
        skills = plain::named_list(lib, named)
    )));
    out.push('\n');
    if fits.is_empty() {
        out.push_str(&format!("\n{}\n", escape(&t!("fit-nothing"))));
    }
    for (n, fit) in fits.iter().enumerate() {
        let role = &lib.roles[fit.role];
        out.push_str(&format!("\n## {}. {}\n\n", n + 1, escape(role.title())));
        let mut facts = lib.department_path(role.department).join(" / ");
        if role.entry_level {
            facts.push_str(" · ");
            facts.push_str(&t!("fit-entry-level"));
        }
        out.push_str(&format!("{}\n\n", escape(&facts)));
        out.push_str(&format!("{}\n", escape(&plain::fit_uses(lib, named, fit))));
        if let Some(add) = plain::fit_add(lib, fit) {
            out.push_str(&format!("\n{}\n", escape(&add)));
        }
    }
    out
}

/// A wage table as a Markdown table, what its brackets mean and its note.
fn wages(wage: &WageTable) -> String {
    let mut out = String::new();
    if !wage.about.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&wage.about)));
    }
    if !wage.rows.is_empty() {
        let columns = wage_columns().map(|c| escape(&c));
        out.push_str(&format!("|  | {} |\n", columns.join(" | ")));
        out.push_str("| --- | ---: | ---: | ---: | ---: |\n");
        for row in &wage.rows {
            let figures = row.figures.clone().map(|f| escape(&f));
            out.push_str(&format!(
                "| {} | {} |\n",
                escape(&row.bracket),
                figures.join(" | ")
            ));
        }
        out.push('\n');
        out.push_str(&format!("{}\n", escape(&wage.bracket_meanings())));
    }
    if let Some(note) = &wage.note {
        out.push_str(&format!(
            "\n{}\n",
            escape(&t!("show-wage-note", note = note.as_str()))
        ));
    }
    out
}

/// Text on one line, with every character Markdown could read as markup
/// escaped, and what could start a block (a heading, a list item, a
/// quote, a setext underline) at the start of a line made plain.
pub fn escape(raw: &str) -> String {
    let clean = clean::clean_line(raw);
    let clean = clean.trim();
    let mut out = String::with_capacity(clean.len() + 8);
    for (i, c) in clean.char_indices() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) || autolinks(clean, i, c)
        {
            out.push('\\');
        }
        out.push(c);
    }
    // "- x", "+ x", "===", "1. x" and "1) x" would each start a block or
    // underline the line above into a heading.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let mut after = out[digits..].chars();
    let numbered = (1..=9).contains(&digits)
        && matches!(after.next(), Some('.' | ')'))
        && after.next().is_none_or(|c| c == ' ');
    if numbered {
        out.insert(digits, '\\');
    } else if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

/// Whether `c`, at byte `i` of `text`, would let a GitHub-style renderer
/// make a link of a bare address: the `:` of `https://`, the `.` of
/// `www.`, the `@` of an e-mail address. Escaped, it reads the same and
/// links nowhere.
fn autolinks(text: &str, i: usize, c: char) -> bool {
    match c {
        ':' => text[i..].starts_with("://"),
        '.' => text
            .get(i.saturating_sub(3)..i)
            .is_some_and(|w| w.eq_ignore_ascii_case("www")),
        '@' => true,
        _ => false,
    }
}

/// Text inside a code span: backticks cannot end it early.
fn code(raw: &str) -> String {
    clean::clean_line(raw).replace('`', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_role_text_is_shown_as_written() {
        assert_eq!(
            escape("**bold** _x_ [a](b)"),
            r"\*\*bold\*\* \_x\_ \[a\](b)"
        );
        assert_eq!(escape("<script>&amp;"), r"\<script\>\&amp;");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("1. not a list"), r"1\. not a list");
        assert_eq!(escape("2014) and after"), r"2014\) and after");
        assert_eq!(escape("a | b"), r"a \| b");
        assert_eq!(escape("31.15 and 2-3 days!"), "31.15 and 2-3 days!");
        // Bare addresses read the same and link nowhere.
        assert_eq!(
            escape("see https://x.org, www.x.org or ask jo@x.org"),
            r"see https\://x.org, www\.x.org or ask jo\@x.org"
        );
        assert_eq!(escape("==="), r"\===");
        assert_eq!(escape("1."), r"1\.");
    }

    #[test]
    fn control_characters_never_pass_and_lines_stay_one() {
        let escaped = escape("one\ntwo\u{1b}]0;PWNED\u{7}\rthree");
        assert!(!escaped.chars().any(char::is_control), "{escaped:?}");
        assert!(!escaped.contains('\n'), "{escaped:?}");
        assert!(escaped.starts_with("one two"), "{escaped:?}");
    }
}
