//! Turning what a visitor typed into tokens: folded, split, capped.

use super::fold::fold_str;

/// Only this much of a query is read; nobody types more into a search box,
/// and a pasted page must not slow the search down.
pub const MAX_QUERY_CHARS: usize = 256;
/// At most this many distinct tokens are matched; further ones are ignored.
pub const MAX_TOKENS: usize = 8;
/// A token is cut to this many chars.
pub const MAX_TOKEN_CHARS: usize = 64;

/// The distinct tokens of `query`, in the order typed. The query splits on
/// whitespace and on punctuation, so "re-recording" and "re recording" are
/// the same search; control characters split like spaces.
pub(crate) fn tokens(query: &str) -> Vec<String> {
    let capped: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let folded = fold_str(&capped);
    let mut out: Vec<String> = Vec::new();
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let token: String = word.chars().take(MAX_TOKEN_CHARS).collect();
        if !out.contains(&token) {
            out.push(token);
            if out.len() == MAX_TOKENS {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_folds_and_drops_repeats() {
        assert_eq!(
            tokens("  Re-Recording  MIXER "),
            ["re", "recording", "mixer"]
        );
        assert_eq!(tokens("Régisseur régisseur"), ["regisseur"]);
        assert_eq!(tokens("a\u{1b}[31mb\nc\td"), ["a", "31mb", "c", "d"]);
        assert!(tokens(" \t\n -- ").is_empty());
    }

    #[test]
    fn long_queries_are_capped() {
        let many = (0..100)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(tokens(&many).len(), MAX_TOKENS);
        let long = "x".repeat(10_000);
        assert_eq!(tokens(&long), ["x".repeat(MAX_TOKEN_CHARS)]);
    }
}
