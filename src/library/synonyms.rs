//! A library's synonyms: words that mean the same in its field ("film",
//! "movie" and "picture"), so that a search for one also finds the others.
//! Staff list them per language in `_synonyms.toml` at the library's root.

use toml::de::DeTable;

use super::fields::Doc;
use crate::i18n::Lang;

/// The file, at the library's root.
pub const SYNONYMS_FILE: &str = "_synonyms.toml";

/// Groups of words that mean the same, per language, as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synonyms {
    groups: Vec<(Lang, Vec<String>)>,
}

impl Synonyms {
    /// The groups for `lang`.
    pub fn groups(&self, lang: Lang) -> impl Iterator<Item = &[String]> {
        self.groups
            .iter()
            .filter(move |(l, _)| *l == lang)
            .map(|(_, words)| words.as_slice())
    }
}

/// Reads `_synonyms.toml`, reporting what is not a group of single words.
pub(crate) fn read(doc: &mut Doc<'_>, table: &DeTable<'_>) -> Synonyms {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    doc.check_keys(table, &codes, None);
    let mut out = Synonyms::default();
    for lang in Lang::ALL {
        // Where each word was first met, as written, and in which group, to
        // report a word twice; by its folded form, looked up at once however
        // long the file.
        let mut seen: foldhash::HashMap<String, (usize, String, usize)> = Default::default();
        for (n, (group_at, group)) in doc.string_lists(table, lang.code()).into_iter().enumerate() {
            let written = group.len();
            let mut words = Vec::with_capacity(group.len());
            for (word, at) in group {
                if crate::fold::word_count(&word) != 1 {
                    doc.report(
                        at..at,
                        crate::msg!("problem-synonym-not-one-word", word = word.clone()),
                    );
                    continue;
                }
                let folded = crate::fold::fold_str(&word);
                if let Some((first, as_written, group)) = seen.get(&folded) {
                    let message = if *group == n {
                        crate::msg!(
                            "problem-synonym-twice-in-group",
                            word = word.clone(),
                            first = as_written.clone()
                        )
                    } else {
                        let line = doc.position(*first).line;
                        crate::msg!("problem-synonym-twice", word = word.clone(), line = line)
                    };
                    doc.report(at..at, message);
                    continue;
                }
                seen.insert(folded, (at, word.clone(), n));
                words.push(word);
            }
            if written < 2 {
                doc.report(
                    group_at..group_at,
                    crate::msg!("problem-synonym-group-alone"),
                );
            }
            if words.len() < 2 {
                continue;
            }
            out.groups.push((lang, words));
        }
    }
    out
}
