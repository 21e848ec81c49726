//! The character set the locale asks for. crewpath writes UTF-8 only (its
//! borders, accents and dashes have no place in most older sets), so a
//! locale naming another set is refused with a message the terminal can
//! still show, rather than filled with bytes it would misread.

/// The locale setting that decides the character set, as `NAME=value`, and
/// the set it names, when that is not UTF-8. A locale with no set named
/// (`C`, `POSIX`, `fr_CA`) is taken as it comes.
pub fn not_utf8() -> Option<(String, String)> {
    let get = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let (name, value) = ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| get(name).map(|value| (name, value)))?;
    let codeset = codeset(&value)?;
    (!is_utf8(codeset)).then(|| (format!("{name}={value}"), codeset.to_string()))
}

/// `fr_CA.ISO-8859-1@euro` → `ISO-8859-1`.
pub fn codeset(locale: &str) -> Option<&str> {
    let (_, rest) = locale.split_once('.')?;
    let set = rest.split('@').next().unwrap_or(rest);
    (!set.is_empty()).then_some(set)
}

pub fn is_utf8(codeset: &str) -> bool {
    let folded: String = codeset
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    folded == "utf8"
}

/// `text` in bytes a terminal set to `codeset` reads: Latin-1 as it is,
/// other sets in ASCII with '?' for the rest. Typographic apostrophes and
/// quotation marks, which neither set has, are written as the straight
/// ones, so that "n’écrit" never reads "n?écrit".
pub fn encode_for(codeset: &str, text: &str) -> Vec<u8> {
    let folded: String = codeset
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let latin1 = matches!(
        folded.as_str(),
        "iso88591" | "iso885915" | "latin1" | "88591"
    );
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{202f}' => '\u{a0}',
            c => c,
        })
        .map(|c| match u8::try_from(u32::from(c)) {
            Ok(b) if b.is_ascii() || latin1 => b,
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_is_read_from_the_locale_name() {
        assert_eq!(codeset("fr_CA.ISO-8859-1"), Some("ISO-8859-1"));
        assert_eq!(codeset("de_DE.ISO-8859-15@euro"), Some("ISO-8859-15"));
        assert_eq!(codeset("fr_CA"), None);
        assert_eq!(codeset("C"), None);
        for utf8 in ["UTF-8", "utf8", "Utf-8"] {
            assert!(is_utf8(utf8));
        }
        assert!(!is_utf8("ISO-8859-1"));
    }

    #[test]
    fn messages_are_written_in_the_terminals_set() {
        assert_eq!(encode_for("ISO-8859-1", "né — ok"), b"n\xe9 ? ok");
        assert_eq!(encode_for("KOI8-R", "né"), b"n?");
        assert_eq!(
            encode_for("ISO-8859-1", "n’écrit qu’en"),
            b"n'\xe9crit qu'en"
        );
    }
}
