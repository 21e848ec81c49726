//! French typography, as the bundled role files follow it (the Office
//! québécois de la langue française's): a non-breaking space before `:`,
//! `»` and `%` and after `«`, no space before `;`, `!` and `?`, the
//! apostrophe ’ and guillemets rather than straight marks. One rule, for
//! `check` on staff's French and for the tests of the bundled files.

use std::ops::Range;

use toml::de::DeTable;

use crate::i18n::Message;
use crate::library::fields::Doc;
use crate::library::problem::{Kind, Problem};

/// Non-breaking spaces, as escapes a file may write them (`\u00A0`).
const NO_BREAK_ESCAPES: &[&str] = &["\\u00A0", "\\u00a0", "\\u202F", "\\u202f"];

/// One place where French text departs from its typography.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Departure {
    /// Byte offset of the mark in the text looked at.
    pub at: usize,
    pub kind: Departs,
}

/// How French text departs from its typography.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Departs {
    /// `:`, `»` or `%` without a non-breaking space before it; `ordinary`
    /// when an ordinary space stands there instead.
    NoBreakBefore { mark: char, ordinary: bool },
    /// `«` without a non-breaking space after it.
    NoBreakAfter { mark: char, ordinary: bool },
    /// A space before `;`, `!` or `?`, where Québec usage puts none.
    SpaceBefore { mark: char },
    /// A straight apostrophe `'` where French writes ’.
    StraightApostrophe,
    /// A straight quotation mark `"` where French quotes « like this ».
    StraightQuotes,
}

impl Departs {
    /// Whether the departure is advice: the text reads less well but shows
    /// as it should. A colon or guillemet without its non-breaking space can
    /// start a wrapped line alone, which `check` has always called a
    /// problem.
    pub fn is_advice(self) -> bool {
        !matches!(
            self,
            Departs::NoBreakBefore { .. } | Departs::NoBreakAfter { .. }
        )
    }

    /// What is wrong and what to write instead, worded when shown.
    pub fn message(self) -> Message {
        let found = |ordinary: bool| if ordinary { "space" } else { "none" };
        match self {
            Departs::NoBreakBefore { mark, ordinary } => crate::msg!(
                "translation-space-before",
                mark = mark.to_string(),
                found = found(ordinary)
            ),
            Departs::NoBreakAfter { mark, ordinary } => crate::msg!(
                "translation-space-after",
                mark = mark.to_string(),
                found = found(ordinary)
            ),
            Departs::SpaceBefore { mark } => {
                crate::msg!("typography-space-before-stop", mark = mark.to_string())
            }
            Departs::StraightApostrophe => crate::msg!("typography-apostrophe"),
            Departs::StraightQuotes => crate::msg!("typography-quotes"),
        }
    }
}

/// Every departure from French typography in `text`, in order: French as a
/// file writes it between its quotes, where a non-breaking space may be
/// written as an escape (`\u00A0`) and a quotation mark as `\"`.
pub fn french_typography(text: &str) -> Vec<Departure> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let no_break = |c: Option<char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
    let ordinary = |c: Option<char>| matches!(c, Some(' ' | '\t'));
    for (k, &(i, c)) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(k + 1).map(|&(_, c)| c);
        let spaced_before =
            no_break(before) || NO_BREAK_ESCAPES.iter().any(|e| text[..i].ends_with(e));
        let kind = match c {
            // A colon ends a phrase: "https://" and "12:30" are left alone.
            ':' if !spaced_before
                && after.is_none_or(|a| a.is_whitespace() || a == '"' || a == '\'') =>
            {
                Some(Departs::NoBreakBefore {
                    mark: c,
                    ordinary: ordinary(before),
                })
            }
            '»' if !spaced_before => Some(Departs::NoBreakBefore {
                mark: c,
                ordinary: ordinary(before),
            }),
            // A percent sign after a number.
            '%' if !spaced_before
                && (before.is_some_and(|b| b.is_ascii_digit())
                    || (ordinary(before) && k >= 2 && chars[k - 2].1.is_ascii_digit())) =>
            {
                Some(Departs::NoBreakBefore {
                    mark: c,
                    ordinary: ordinary(before),
                })
            }
            '«' if !(no_break(after)
                || NO_BREAK_ESCAPES
                    .iter()
                    .any(|e| text[i + c.len_utf8()..].starts_with(e))) =>
            {
                Some(Departs::NoBreakAfter {
                    mark: c,
                    ordinary: ordinary(after),
                })
            }
            ';' | '!' | '?' if before.is_some_and(char::is_whitespace) || spaced_before => {
                Some(Departs::SpaceBefore { mark: c })
            }
            '\'' => Some(Departs::StraightApostrophe),
            '"' => Some(Departs::StraightQuotes),
            _ => None,
        };
        if let Some(kind) = kind {
            found.push(Departure { at: i, kind });
        }
    }
    found
}

/// The text of a TOML string as its file writes it, between its quotes:
/// `span` is the whole string, quotes and all.
fn between_quotes(text: &str, span: Range<usize>) -> Option<(usize, &str)> {
    let raw = text.get(span.clone())?;
    let quotes = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        3
    } else if raw.starts_with(['"', '\'']) {
        1
    } else {
        0
    };
    let inner = raw.get(quotes..raw.len().checked_sub(quotes)?)?;
    Some((span.start + quotes, inner))
}

/// Looks at the French of the strings at `spans` in a file: each departure
/// is advice, returned with its place; one that breaks how the text shows
/// is a problem of the file instead where `problems` says so (in
/// translations, where `check` has always reported those).
pub(crate) fn check_strings(
    doc: &mut Doc<'_>,
    spans: impl IntoIterator<Item = Range<usize>>,
    problems: bool,
) -> Vec<Problem> {
    let mut advice = Vec::new();
    for span in spans {
        let Some((start, inner)) = between_quotes(doc.text, span) else {
            continue;
        };
        for departure in french_typography(inner) {
            let at = doc.position(start + departure.at);
            let problem = Problem::new(doc.path, departure.kind.message())
                .at(at)
                .kind(Kind::Translation);
            if departure.kind.is_advice() || !problems {
                advice.push(problem);
            } else {
                doc.problems.push(problem);
            }
        }
    }
    advice
}

/// Looks at the French of every string of a translation file, as
/// [`check_strings`] does.
pub(crate) fn check_translation(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Vec<Problem> {
    let mut spans = Vec::new();
    string_spans(table, &mut spans);
    check_strings(doc, spans, true)
}

/// The spans of every string in `table`, however deep.
fn string_spans(table: &DeTable<'_>, out: &mut Vec<Range<usize>>) {
    for (_, value) in table.iter() {
        value_spans(value, out);
    }
}

fn value_spans(value: &toml::Spanned<toml::de::DeValue<'_>>, out: &mut Vec<Range<usize>>) {
    match value.get_ref() {
        toml::de::DeValue::String(_) => out.push(value.span()),
        toml::de::DeValue::Array(items) => {
            for item in items.iter() {
                value_spans(item, out);
            }
        }
        toml::de::DeValue::Table(t) => string_spans(t, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Departs> {
        french_typography(text)
            .into_iter()
            .map(|d| d.kind)
            .collect()
    }

    #[test]
    fn the_rule_names_each_departure_and_leaves_addresses_and_times_alone() {
        assert_eq!(
            kinds("Bienvenue! Voici\u{a0}: «\u{a0}x\u{a0}» l’été; 5\u{a0}% https://x.ca 12:30"),
            []
        );
        assert_eq!(
            kinds("Voici : «x» l'été ; \"5 %\""),
            [
                Departs::NoBreakBefore {
                    mark: ':',
                    ordinary: true
                },
                Departs::NoBreakAfter {
                    mark: '«',
                    ordinary: false
                },
                Departs::NoBreakBefore {
                    mark: '»',
                    ordinary: false
                },
                Departs::StraightApostrophe,
                Departs::SpaceBefore { mark: ';' },
                Departs::StraightQuotes,
                Departs::NoBreakBefore {
                    mark: '%',
                    ordinary: true
                },
                Departs::StraightQuotes,
            ]
        );
        // As a file may write them: escapes for the spaces and the quotes.
        assert_eq!(kinds("Voici\\u00A0: «\\u00a0x\\u202F»"), []);
        assert_eq!(kinds("un \\\"mot\\\""), [Departs::StraightQuotes; 2]);
        assert_eq!(kinds("Quoi\u{a0}?"), [Departs::SpaceBefore { mark: '?' }]);
    }

    #[test]
    fn a_string_is_looked_at_between_its_quotes() {
        let text = "a = \"x : y\"\nb = '''l'été'''\n";
        assert_eq!(between_quotes(text, 4..11), Some((5, "x : y")));
        assert_eq!(between_quotes(text, 16..29), Some((19, "l'été")));
    }
}
