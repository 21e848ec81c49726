//! French typography in translation files: the spaces that keep a colon
//! or a guillemet from starting a wrapped line.

use toml::de::DeTable;

use crate::library::fields::Doc;
use crate::library::problem::{Kind, Problem};

/// Non-breaking spaces, as escapes a file may write them (`\u00A0`).
const NO_BREAK_ESCAPES: &[&str] = &["\\u00A0", "\\u00a0", "\\u202F", "\\u202f"];

/// French typography puts a non-breaking space before a colon, a closing
/// guillemet and a percent sign, and after an opening guillemet. Written
/// with an ordinary space (or none), a wrapped line can start with a lone
/// `:` or `»`: each one is reported where it stands in the file.
pub(super) fn check_french_spacing(doc: &mut Doc<'_>, table: &DeTable<'_>) {
    let mut spans = Vec::new();
    string_spans(table, &mut spans);
    for span in spans {
        let Some(raw) = doc.text.get(span.clone()) else {
            continue;
        };
        let mut found = Vec::new();
        let chars: Vec<(usize, char)> = raw.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let before = k.checked_sub(1).map(|j| chars[j].1);
            let after = chars.get(k + 1).map(|&(_, c)| c);
            let spaced_before = matches!(before, Some('\u{a0}' | '\u{202f}'))
                || NO_BREAK_ESCAPES.iter().any(|e| raw[..i].ends_with(e));
            let ordinary = |c: Option<char>| matches!(c, Some(' ' | '\t'));
            match c {
                // A colon ends a phrase: "https://" and "12:30" are left alone.
                ':' if !spaced_before
                    && after.is_none_or(|a| a.is_whitespace() || a == '"' || a == '\'') =>
                {
                    found.push((i, "translation-space-before", ordinary(before)));
                }
                '»' if !spaced_before => {
                    found.push((i, "translation-space-before", ordinary(before)));
                }
                '%' if !spaced_before
                    && (before.is_some_and(|b| b.is_ascii_digit())
                        || (ordinary(before) && k >= 2 && chars[k - 2].1.is_ascii_digit())) =>
                {
                    found.push((i, "translation-space-before", ordinary(before)));
                }
                '«' if !(matches!(after, Some('\u{a0}' | '\u{202f}'))
                    || NO_BREAK_ESCAPES
                        .iter()
                        .any(|e| raw[i + c.len_utf8()..].starts_with(e))) =>
                {
                    found.push((i, "translation-space-after", ordinary(after)));
                }
                _ => {}
            }
        }
        for (i, id, ordinary) in found {
            let mark = raw[i..].chars().next().unwrap_or(':').to_string();
            let found = if ordinary { "space" } else { "none" };
            let message = if id == "translation-space-after" {
                crate::msg!(
                    "translation-space-after",
                    mark = mark.as_str(),
                    found = found
                )
            } else {
                crate::msg!(
                    "translation-space-before",
                    mark = mark.as_str(),
                    found = found
                )
            };
            let at = doc.position(span.start + i);
            doc.problems.push(
                Problem::new(doc.path, message)
                    .at(at)
                    .kind(Kind::Translation),
            );
        }
    }
}

/// The spans of every string in `table`, however deep.
fn string_spans(table: &DeTable<'_>, out: &mut Vec<std::ops::Range<usize>>) {
    for (_, value) in table.iter() {
        value_spans(value, out);
    }
}

fn value_spans(
    value: &toml::Spanned<toml::de::DeValue<'_>>,
    out: &mut Vec<std::ops::Range<usize>>,
) {
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
