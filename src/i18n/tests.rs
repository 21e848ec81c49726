//! The catalogue is whole: every file parses, both languages have the same
//! messages with the same values to fill in, and every id the code asks for
//! exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;

use super::{Lang, messages_of, tr_in};

/// Each message id of a language with the `$names` its text uses.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    for file in messages_of(lang) {
        let mut current: Option<String> = None;
        for line in file.lines() {
            let starts_message = line
                .split_once('=')
                .map(|(id, _)| id.trim_end())
                .filter(|id| {
                    !line.starts_with([' ', '#', '-', '.', '[', '*', '}'])
                        && !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                });
            if let Some(id) = starts_message {
                assert!(
                    messages.insert(id.to_string(), BTreeSet::new()).is_none(),
                    "{}: '{id}' is defined twice",
                    lang.code()
                );
                current = Some(id.to_string());
            } else if !line.starts_with(' ') {
                current = None;
            }
            if let Some(id) = &current {
                let names = messages.entry(id.clone()).or_default();
                // A value is `{ $name`; a dollar sign elsewhere is text.
                for part in line.split('{').skip(1) {
                    if let Some(value) = part.trim_start().strip_prefix('$') {
                        let name: String = value
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect();
                        names.insert(name);
                    }
                }
            }
        }
    }
    messages
}

#[test]
fn every_message_file_parses() {
    for lang in Lang::ALL {
        let mut files = 0;
        for file in messages_of(lang) {
            files += 1;
            if let Err((_, errors)) = FluentResource::try_new(file.to_string()) {
                panic!("{}: {errors:?}", lang.code());
            }
        }
        assert!(files > 0, "{} has no messages", lang.code());
    }
}

#[test]
fn french_and_english_have_the_same_messages_with_the_same_values() {
    let english = catalogue(Lang::En);
    let french = catalogue(Lang::Fr);
    let only_english: Vec<_> = english
        .keys()
        .filter(|k| !french.contains_key(*k))
        .collect();
    let only_french: Vec<_> = french
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(only_english.is_empty(), "no French for {only_english:?}");
    assert!(only_french.is_empty(), "no English for {only_french:?}");
    for (id, names) in &english {
        assert_eq!(Some(names), french.get(id), "'{id}' fills in other values");
    }
}

/// Every `t!("id"` and `msg!("id"` in the source, wherever rustfmt breaks
/// the line.
fn ids_used(dir: &Path, ids: &mut BTreeSet<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.ends_with("i18n") {
            // This module only speaks of the macro.
            continue;
        } else if path.is_dir() {
            ids_used(&path, ids);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let macros = ["t!(", "msg!("].into_iter();
            for (at, called) in macros.flat_map(|m| text.match_indices(m)) {
                // The macro itself, not the end of `format!(` or `print!(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = text[at + called.len()..].trim_start();
                if let Some(quoted) = rest.strip_prefix('"') {
                    let id: String = quoted.chars().take_while(|&c| c != '"').collect();
                    ids.insert((id, path.display().to_string()));
                }
            }
        }
    }
}

#[test]
fn every_id_the_code_asks_for_is_in_both_languages() {
    let mut used = BTreeSet::new();
    ids_used(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(!used.is_empty(), "the scan found no messages");
    for lang in Lang::ALL {
        let catalogue = catalogue(lang);
        for (id, file) in &used {
            assert!(
                catalogue.contains_key(id),
                "{file} asks for '{id}', which {} lacks",
                lang.code()
            );
        }
    }
}

#[test]
fn french_counts_zero_and_one_as_singular_and_english_only_one() {
    for (count, en, fr) in [(0, "0 roles", "0 poste"), (1, "1 role", "1 poste")] {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", count);
        assert_eq!(
            tr_in(Lang::En, "count-roles", Some(&args)).as_deref(),
            Some(en)
        );
        assert_eq!(
            tr_in(Lang::Fr, "count-roles", Some(&args)).as_deref(),
            Some(fr)
        );
    }
}

#[test]
fn locales_name_their_language() {
    assert_eq!(Lang::from_locale("fr_CA.UTF-8"), Lang::Fr);
    assert_eq!(Lang::from_locale("fr"), Lang::Fr);
    assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
    assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
    assert_eq!(Lang::from_locale("de_DE"), Lang::En);
    assert_eq!(Lang::from_locale(""), Lang::En);
}

/// A `[one]` variant says its number through the value it selects on, never
/// as a written `1`: French puts 0 in `one` as well as 1.
#[test]
fn no_plural_variant_writes_its_number() {
    for lang in Lang::ALL {
        for file in messages_of(lang) {
            for line in file.lines() {
                let Some(text) = line.trim_start().strip_prefix("[one]") else {
                    continue;
                };
                // Digits outside `{ … }` are written into the text.
                let mut depth = 0;
                let written = text.chars().any(|c| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0 && c.is_ascii_digit()
                });
                assert!(!written, "{}: {line}", lang.code());
            }
        }
    }
}

#[test]
fn counts_of_list_entries_agree_with_their_numbers() {
    let say = |lang: Lang, count: i64, english: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("key", "wages");
        args.set("count", count);
        args.set("english", english);
        tr_in(lang, "translation-count-differs", Some(&args))
            .expect("message")
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(
        say(Lang::En, 1, 0).starts_with("this 'wages' list has 1 entry, the English file 0;"),
        "{}",
        say(Lang::En, 1, 0)
    );
    assert!(
        say(Lang::En, 2, 1).starts_with("this 'wages' list has 2 entries, the English file 1;"),
        "{}",
        say(Lang::En, 2, 1)
    );
    assert!(
        say(Lang::Fr, 1, 0)
            .starts_with("cette liste 'wages' compte 1 entrée, le fichier anglais 0;"),
        "{}",
        say(Lang::Fr, 1, 0)
    );
    assert!(
        say(Lang::Fr, 0, 2)
            .starts_with("cette liste 'wages' compte 0 entrée, le fichier anglais 2;"),
        "{}",
        say(Lang::Fr, 0, 2)
    );
    assert!(
        say(Lang::Fr, 3, 2)
            .starts_with("cette liste 'wages' compte 3 entrées, le fichier anglais 2;"),
        "{}",
        say(Lang::Fr, 3, 2)
    );
}
