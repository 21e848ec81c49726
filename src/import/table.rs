//! Reading the official data files as tables: comma- or tab-separated,
//! with or without a byte-order mark, Windows or Unix line endings, quoted
//! fields holding separators and line breaks, in UTF-8 or Windows-1252.

use std::path::{Path, PathBuf};

use super::ImportError;

/// One data file, read whole: its columns and its rows, each row with the
/// line it starts on (the header is line 1).
pub struct Table {
    pub path: PathBuf,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

impl Table {
    /// Reads `path`, fields separated by `separator`.
    pub fn read(path: &Path, separator: char) -> Result<Table, ImportError> {
        let bytes = std::fs::read(path).map_err(|e| ImportError::Read {
            path: path.to_path_buf(),
            error: e.to_string(),
        })?;
        Table::parse(path, &decode(&bytes), separator)
    }

    /// Splits text into rows; a row whose field count differs from the
    /// header's, or a quote never closed, is an error with its line.
    pub fn parse(path: &Path, text: &str, separator: char) -> Result<Table, ImportError> {
        let mut records = split(path, text, separator)?.into_iter();
        let columns = match records.next() {
            Some((_, header)) => header.into_iter().map(|c| c.trim().to_string()).collect(),
            None => Vec::new(),
        };
        let mut rows = Vec::new();
        for (line, fields) in records {
            if fields.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let columns: &Vec<String> = &columns;
            if fields.len() != columns.len() {
                return Err(ImportError::FieldCount {
                    path: path.to_path_buf(),
                    line,
                    found: fields.len(),
                    expected: columns.len(),
                });
            }
            rows.push(Row { line, fields });
        }
        Ok(Table {
            path: path.to_path_buf(),
            columns,
            rows,
        })
    }

    /// The place of the first column whose name, compared loosely (case,
    /// spacing, curly or straight apostrophes), is one of `names`.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        let wanted: Vec<String> = names.iter().map(|n| loose(n)).collect();
        self.columns
            .iter()
            .position(|c| wanted.iter().any(|w| *w == loose(c)))
    }

    /// Like [`Table::column`], but a missing column is an error naming the
    /// file and the columns it has.
    pub fn require(&self, names: &[&str]) -> Result<usize, ImportError> {
        self.column(names)
            .ok_or_else(|| ImportError::MissingColumn {
                path: self.path.clone(),
                column: names.first().copied().unwrap_or_default().to_string(),
                found: self.columns.join(", "),
            })
    }
}

/// A column name as compared: lower case, one space between words, one
/// kind of apostrophe.
pub fn loose(name: &str) -> String {
    name.trim_start_matches('\u{feff}')
        .replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The file's text: UTF-8 without its byte-order mark, or, when the bytes
/// are not UTF-8, Windows-1252 (as French files saved by spreadsheets are).
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// The character a Windows-1252 byte stands for; its five unassigned bytes
/// become the replacement character.
fn windows_1252(byte: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ];
    match byte {
        0x80..=0x9F => {
            char::from_u32(u32::from(HIGH[usize::from(byte - 0x80)])).unwrap_or('\u{fffd}')
        }
        _ => char::from(byte),
    }
}

type Record = (usize, Vec<String>);

/// Splits text into records of fields. A field opening with `"` runs to the
/// next lone `"` (a doubled one is a quote mark), across separators and
/// line breaks; `\r\n`, `\n` and `\r` all end a record.
fn split(path: &Path, text: &str, separator: char) -> Result<Vec<Record>, ImportError> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if at_field_start && c == '"' {
            let opened = line;
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some('\r') => {
                        if chars.peek() == Some(&'\n') {
                            chars.next();
                        }
                        line += 1;
                        field.push('\n');
                    }
                    Some('\n') => {
                        line += 1;
                        field.push('\n');
                    }
                    Some(other) => field.push(other),
                    None => {
                        return Err(ImportError::UnclosedQuote {
                            path: path.to_path_buf(),
                            line: opened,
                        });
                    }
                }
            }
            at_field_start = false;
            continue;
        }
        match c {
            c if c == separator => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut field));
                records.push((start, std::mem::take(&mut fields)));
                line += 1;
                start = line;
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push((start, fields));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str, sep: char) -> Table {
        Table::parse(Path::new("t.csv"), text, sep).expect("parses")
    }

    #[test]
    fn quoted_fields_keep_commas_and_line_breaks_and_lines_count_from_the_header() {
        let t = table("a,b\r\n1,\"x, y\"\r\n2,\"two\r\nlines\"\r\n3,z\r\n", ',');
        assert_eq!(t.rows[0].fields, ["1", "x, y"]);
        assert_eq!(t.rows[1].fields, ["2", "two\nlines"]);
        assert_eq!(t.rows[2].line, 5);
    }

    #[test]
    fn a_quote_never_closed_names_the_line_it_opens_on() {
        let e = Table::parse(Path::new("t.csv"), "a,b\n1,2\n3,\"open\n", ',').err();
        assert!(matches!(
            e,
            Some(ImportError::UnclosedQuote { line: 3, .. })
        ));
    }

    #[test]
    fn windows_1252_and_a_byte_order_mark_are_read() {
        assert_eq!(decode(b"\xef\xbb\xbfNiveau"), "Niveau");
        assert_eq!(
            decode(b"Fonctions d\x92acc\xe8s"),
            "Fonctions d\u{2019}accès"
        );
    }

    #[test]
    fn column_names_match_loosely() {
        let t = table("\u{feff}Nom du type d\u{2019}élément Français\tx\n", '\t');
        assert_eq!(t.column(&["nom du type d'élément  français"]), Some(0));
    }
}
