//! A problem found in a role library: where it is and what to do about it.

use std::fmt;

use super::position::{LineIndex, Position};
use crate::i18n::Message;

/// One thing wrong with a role library, with the place it was found.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file or folder, as the user would type it (library folder as given,
    /// then the path inside it).
    pub path: String,
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// 1-based column in characters, where the problem has one.
    pub column: Option<usize>,
    /// What is wrong, in words a non-programmer can act on: kept as a
    /// message of the catalogues, worded when shown, in the language
    /// spoken then.
    pub message: Message,
    /// The role's title when it could be read.
    pub title: Option<String>,
    /// What kind of problem it is, for scripts (`check --json`).
    pub kind: Kind,
    /// For a link to a role that could not be loaded: that role's id. Such
    /// problems follow from another file's, and `check` lists them under it.
    pub knock_on: Option<String>,
    /// Every role a problem about several roles concerns, by id: a circle in
    /// the career ladder, in ladder order, the role whose link back to the
    /// first is left out (the one whose file the problem is in) last.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The id of the skill a problem is about, if it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    /// A line counting those not listed one by one ("N more…"): it reads
    /// after the file's listed problems, where a problem about the whole
    /// file would read before them.
    #[serde(skip)]
    pub counts_the_rest: bool,
}

/// What kind of problem a [`Problem`] is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The file cannot be read: missing, unreadable, too large, not a
    /// regular file, not UTF-8; or the folder cannot be walked.
    File,
    /// Not valid TOML.
    Syntax,
    /// A key or value of the wrong kind, unknown, missing or empty.
    #[default]
    Field,
    /// A file name that is not a valid id, or an id used twice.
    Id,
    /// A link (`next`, `related`, `works_with`) to no role.
    Link,
    /// A link to a role whose file has problems of its own.
    KnockOn,
    /// A career ladder that goes round in a circle.
    Cycle,
    /// The library as a whole (no role files at all).
    Library,
    /// A translation file that cannot be matched to the English one.
    Translation,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<Message>) -> Self {
        Problem {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            title: None,
            kind: Kind::default(),
            knock_on: None,
            roles: Vec::new(),
            skill: None,
            counts_the_rest: false,
        }
    }

    /// The order problems are listed in: by file, then line and column; a
    /// line counting the rest of a file's problems after them all.
    pub fn listing_order(&self, other: &Problem) -> std::cmp::Ordering {
        fn place(p: &Problem) -> (&str, bool, Option<usize>, Option<usize>) {
            (&p.path, p.counts_the_rest, p.line, p.column)
        }
        place(self).cmp(&place(other))
    }

    /// Marks the problem as the line counting those not listed.
    pub fn counting_the_rest(mut self) -> Self {
        self.counts_the_rest = true;
        self
    }

    /// The problem is about this skill.
    pub fn skill(mut self, id: impl Into<String>) -> Self {
        self.skill = Some(id.into());
        self
    }

    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    /// Places the problem at a byte offset of the file's text.
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        self.at(LineIndex::new(text).position(text, offset))
    }

    pub fn at(mut self, at: Position) -> Self {
        self.line = Some(at.line);
        self.column = Some(at.column);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_path_line_column_message() {
        let p = Problem::new("roles/a.toml", "bad").at(Position { line: 7, column: 9 });
        assert_eq!(p.to_string(), "roles/a.toml:7:9: bad");
        assert_eq!(Problem::new("roles", "gone").to_string(), "roles: gone");
    }
}
