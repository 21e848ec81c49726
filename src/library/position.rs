//! Places in a role file's text: 1-based line and column, the column
//! counted in characters, found once per file and shared by every problem.

/// A line and column in a file, both from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where each line of a text starts, to turn byte offsets into positions.
#[derive(Debug, Default)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        LineIndex {
            starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        }
    }

    /// The position of byte `offset` of `text` (clamped to the text).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= end).max(1);
        let start = self.starts[line - 1];
        let column = text.get(start..end).map_or(0, |s| s.chars().count()) + 1;
        Position { line, column }
    }
}

/// Positions of byte offsets of a text, found by reading it forward from the
/// last offset asked to the next: a few offsets near the top of a file,
/// as the links of a role are, cost no index of every line.
pub(crate) struct Cursor<'t> {
    text: &'t str,
    /// The last offset asked, where the reading stopped.
    at: usize,
    /// The line `at` is on, from 1, and the offset where that line starts.
    line: usize,
    line_start: usize,
}

impl<'t> Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Cursor {
            text,
            at: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The position of byte `offset` (clamped to the text); cheapest when
    /// offsets are asked in order.
    pub fn position(&mut self, offset: usize) -> Position {
        let mut end = offset.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        if end < self.at {
            *self = Cursor::new(self.text);
        }
        let read = &self.text[self.at..end];
        for (i, _) in read.match_indices('\n') {
            self.line += 1;
            self.line_start = self.at + i + 1;
        }
        self.at = end;
        let column = self.text[self.line_start..end].chars().count() + 1;
        Position {
            line: self.line,
            column,
        }
    }
}

/// 1-based line and character column of a byte offset (clamped to the text).
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let p = LineIndex::new(text).position(text, offset);
    (p.line, p.column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let text = "ab\nçd\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 5), (2, 2));
        assert_eq!(
            line_column(text, 4),
            (2, 1),
            "inside a character: its start"
        );
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn a_cursor_finds_what_the_index_finds_in_any_order() {
        let text = "title = \"Régie\"\n\nnext = [\"a\", \"b\"]\nrelated = [\"ç\"]";
        let index = LineIndex::new(text);
        let mut cursor = Cursor::new(text);
        let offsets = [0, 5, 9, 11, 17, 18, 26, 31, 50, 30, 2, 999];
        for offset in offsets {
            assert_eq!(
                cursor.position(offset),
                index.position(text, offset),
                "at {offset}"
            );
        }
    }
}
