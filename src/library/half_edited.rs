//! `_skills.toml` half-way through an edit: one table left unfinished makes
//! the whole file invalid TOML, yet every other table still says what it
//! said. Those are read, so that the skills they declare keep their names
//! in every language while the one being edited is left out.

use std::ops::Range;

use toml::de::DeTable;

use super::fields::Doc;
use super::problem::{Kind, Problem};
use super::skills::{self, SkillTable};

/// Tables left out at most before the file is given up as unreadable: a
/// file broken in more places is not half-way through one edit.
const MOST_LEFT_OUT: usize = 16;

/// The skills of `text`, a `_skills.toml` that is not valid TOML, read from
/// every table that is valid on its own and with the others; `None` when
/// none is. Each table left out is reported where it starts; the mistake
/// itself is the caller's to report.
pub(crate) fn read_valid_tables(doc: &mut Doc<'_>, text: &str) -> Option<SkillTable> {
    let tables = tables(text);
    let mut left_out: Vec<usize> = (0..tables.len())
        .filter(|&t| DeTable::parse(&text[tables[t].clone()]).is_err())
        .collect();
    if left_out.len() > MOST_LEFT_OUT {
        return None;
    }
    // Each table reads alone; together they may not (the same table
    // twice): the one the parser stops at is left out too.
    let mut kept = blank(text, &tables, &left_out);
    let parsed = loop {
        match DeTable::parse(&kept) {
            Ok(parsed) => break parsed,
            Err(e) => {
                let at = e.span()?.start;
                let table = tables.iter().position(|t| t.contains(&at))?;
                if left_out.contains(&table) || left_out.len() == MOST_LEFT_OUT {
                    return None;
                }
                left_out.push(table);
                kept = blank(text, &tables, &left_out);
            }
        }
    };
    if left_out.len() == tables.len() {
        return None;
    }
    left_out.sort_unstable();
    for &table in &left_out {
        let at = doc.position(first_word(text, tables[table].clone()));
        let problem = Problem::new(doc.path, crate::msg!("problem-skill-table-left-out"))
            .at(at)
            .kind(Kind::Syntax);
        doc.problems.push(problem);
    }
    let mut skills = skills::read(doc, parsed.get_ref());
    skills.leave_out_tables();
    Some(skills)
}

/// Where each table of `text` starts and ends, by the lines that open one
/// (`[id]`); text before the first is a table of its own.
fn tables(text: &str) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if at > 0 && line.trim_start().starts_with('[') {
            starts.push(at);
        }
        at += line.len();
    }
    starts.dedup();
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    starts.iter().zip(ends).map(|(&s, e)| s..e).collect()
}

/// `text` with the tables `left_out` blanked: every character but line
/// ends made a space, so every place in what is left keeps its byte, line
/// and column.
fn blank(text: &str, tables: &[Range<usize>], left_out: &[usize]) -> String {
    let mut out = String::with_capacity(text.len());
    for (t, range) in tables.iter().enumerate() {
        let part = &text[range.clone()];
        if left_out.contains(&t) {
            out.extend(part.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The first byte of `range` that is not blank: where a table's heading
/// stands.
fn first_word(text: &str, range: Range<usize>) -> usize {
    let part = &text[range.clone()];
    range.start + (part.len() - part.trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_cut_where_each_table_opens() {
        let text = "# skills\n[a]\nen = \"a\"\n\n  [b]\nen = \"b\"\n";
        let cut: Vec<&str> = tables(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            cut,
            ["# skills\n", "[a]\nen = \"a\"\n\n", "  [b]\nen = \"b\"\n"]
        );
        assert_eq!(tables("[a]\n").len(), 1);
    }

    #[test]
    fn blanking_keeps_every_place_of_what_is_left() {
        let text = "[a]\nen = \"é\n[b]\nen = \"b\"\n";
        let tables = tables(text);
        let kept = blank(text, &tables, &[0]);
        assert_eq!(kept.len(), text.len());
        assert_eq!(kept.find("[b]"), text.find("[b]"));
        assert_eq!(kept.lines().count(), text.lines().count());
    }
}
