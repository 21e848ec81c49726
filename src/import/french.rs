//! French typography in imported text: the official files write an
//! ordinary space before `:` and `»` and after `«`, where a wrapped line
//! could then start with the lone sign; crewpath wants a non-breaking one.

const NBSP: char = '\u{a0}';

/// `text` with a non-breaking space before each closing `:`, `»` and `%`
/// (after a number) and after each `«`, replacing an ordinary space there.
pub fn spaced(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (k, &c) in chars.iter().enumerate() {
        let after = chars.get(k + 1).copied();
        let needs_before = match c {
            ':' => after.is_none_or(|a| a.is_whitespace() || a == '"' || a == '\''),
            '»' => true,
            '%' => out
                .trim_end_matches(' ')
                .ends_with(|p: char| p.is_ascii_digit()),
            _ => false,
        };
        if needs_before && !out.ends_with(NBSP) && !out.ends_with('\u{202f}') {
            while out.ends_with(' ') || out.ends_with('\t') {
                out.pop();
            }
            if !out.is_empty() {
                out.push(NBSP);
            }
        }
        if c == ' ' && out.ends_with('«') {
            out.push(NBSP);
            continue;
        }
        out.push(c);
        if c == '«' && after.is_some_and(|a| a != ' ' && a != NBSP && a != '\u{202f}') {
            out.push(NBSP);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn spaces_become_non_breaking() {
        assert_eq!(super::spaced("suivantes : "), "suivantes\u{a0}: ");
        assert_eq!(super::spaced("« mot »"), "«\u{a0}mot\u{a0}»");
        assert_eq!(super::spaced("50 %"), "50\u{a0}%");
        assert_eq!(super::spaced("https://x"), "https://x");
    }
}
