//! Fitting text into cells: truncation with an ellipsis, snippets around a
//! match, and highlighted spans.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_truncate::UnicodeTruncateStr;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::clean::clean_line;

/// One line of untrusted text, cleaned and cut to `width` columns with
/// `ellipsis` ('…', or "..." in the ASCII set), never inside a grapheme.
pub fn fit(text: &str, width: usize, ellipsis: &str) -> String {
    let text = clean_line(text);
    if display_width(&text) <= width {
        return text.into_owned();
    }
    let mark = display_width(ellipsis);
    // No room for the mark: as much of the text as fits.
    let Some(room) = width.checked_sub(mark) else {
        return text.unicode_truncate(width).0.to_string();
    };
    format!("{}{ellipsis}", text.unicode_truncate(room).0)
}

/// The columns `text` takes on a terminal.
pub fn display_width(text: &str) -> usize {
    text.width()
}

/// Spans of `text` with the characters at `positions` (char indices) in
/// `highlight`, cut to `width` columns. When the first highlight would not
/// be visible, the text is shown from a little before it, with a leading
/// `ellipsis`.
pub fn highlighted<'a>(
    text: &str,
    positions: &[usize],
    width: usize,
    (base, highlight): (Style, Style),
    ellipsis: &'a str,
) -> Vec<Span<'a>> {
    let mark = display_width(ellipsis);
    let text: Cow<'_, str> = clean_line(text);
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    if let Some(&first) = positions.iter().min() {
        let before: usize = chars[..first.min(chars.len())]
            .iter()
            .map(|c| c.width().unwrap_or(0))
            .sum();
        if before + 8 > width && first > 10 {
            start = first - 10;
        }
    }
    let mut spans = Vec::new();
    let mut used = 0;
    if start > 0 {
        spans.push(Span::styled(ellipsis, base));
        used += mark;
    }
    let mut run = String::new();
    let mut run_hit = false;
    for (i, &c) in chars.iter().enumerate().skip(start) {
        let w = c.width().unwrap_or(0);
        let last_fits = i + 1 == chars.len() && used + w <= width;
        if used + w + mark > width && !last_fits {
            if !run.is_empty() {
                spans.push(Span::styled(
                    std::mem::take(&mut run),
                    if run_hit { highlight } else { base },
                ));
            }
            spans.push(Span::styled(ellipsis, base));
            return spans;
        }
        let hit = positions.contains(&i);
        if hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { highlight } else { base },
            ));
        }
        run_hit = hit;
        run.push(c);
        used += w;
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { highlight } else { base }));
    }
    spans
}

/// Words wrapped to `width` columns, for lists whose rows are single lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let text = clean_line(text);
    textwrap::wrap(&text, width.max(1))
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// `text` after `prefix` ("● 3. "), wrapped to `width` columns with the
/// lines after the first under the text, not the prefix: a long title is
/// read whole rather than cut.
pub fn wrap_after(prefix: &str, text: &str, width: usize) -> Vec<String> {
    let text = clean_line(text);
    let indent = " ".repeat(display_width(prefix));
    let options = textwrap::Options::new(width.max(display_width(prefix) + 1))
        .initial_indent(prefix)
        .subsequent_indent(&indent);
    textwrap::wrap(&text, options)
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_titles_hang_under_their_text() {
        assert_eq!(
            wrap_after("● 2. ", "Assistant ou assistante au montage", 20),
            ["● 2. Assistant ou", "     assistante au", "     montage"]
        );
        assert_eq!(wrap_after("→ ", "Foley Artist", 30), ["→ Foley Artist"]);
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_and_respects_wide_characters() {
        assert_eq!(fit("Foley Artist", 20, "…"), "Foley Artist");
        assert_eq!(fit("Foley Artist", 6, "…"), "Foley…");
        assert_eq!(fit("作曲家作曲家", 5, "…"), "作曲…");
        assert_eq!(fit("a\u{1b}[2Jb", 10, "…"), "a\u{FFFD}b");
        assert_eq!(fit("anything", 0, "…"), "");
    }

    #[test]
    fn an_ascii_ellipsis_takes_its_three_columns() {
        assert_eq!(fit("Foley Artist", 8, "..."), "Foley...");
        assert_eq!(fit("Foley Artist", 2, "..."), "Fo");
        let spans = highlighted(
            "Foley Artist",
            &[0],
            8,
            (Style::new(), Style::new().bold()),
            "...",
        );
        let shown: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(shown, "Foley...");
    }

    #[test]
    fn highlights_land_on_the_matched_characters() {
        let spans = highlighted(
            "Régisseur",
            &[0, 1],
            20,
            (Style::new(), Style::new().bold()),
            "…",
        );
        assert_eq!(spans[0].content, "Ré");
        assert_eq!(spans[1].content, "gisseur");
    }

    #[test]
    fn a_far_match_is_brought_into_view() {
        let text = "a very long description that finally mentions budgeting here";
        let at = text.find("budgeting").unwrap_or(0);
        let spans = highlighted(
            text,
            &[at, at + 1],
            30,
            (Style::new(), Style::new().bold()),
            "…",
        );
        let shown: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(shown.starts_with('…'), "{shown}");
        assert!(shown.contains("bu"), "{shown}");
        assert!(display_width(&shown) <= 30);
    }
}
