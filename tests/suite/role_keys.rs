//! Every text key of a role file, taken from the one table of keys, reaches
//! every place its row says it does: `check` accepts it, `show` prints it
//! under its heading with the date `[updated]` gives it, `--json` writes it,
//! a translation replaces it and a missing translation of it is marked. A
//! key added to the table is tried here without a line of this file
//! changing.

use crewpath::i18n::{Lang, speaking};
use crewpath::library::{RoleKey, Translated};

use crate::common::TempLibrary;

fn crewpath(args: &[&str]) -> (i32, String, String) {
    let run = crate::common::crewpath_with(args, &[]);
    (run.code, run.stdout, run.stderr)
}

/// The text keys other than the title, which every role has.
fn text_keys() -> Vec<RoleKey> {
    RoleKey::ALL
        .iter()
        .copied()
        .filter(|k| k.is_text() && *k != RoleKey::Title)
        .collect()
}

/// `key = value` for a key that holds `one` text or a list of one.
fn line(key: RoleKey, text: &str) -> String {
    match key.translated() {
        Translated::List => format!("{} = [\"{text}\"]\n", key.name()),
        _ => format!("{} = \"{text}\"\n", key.name()),
    }
}

/// A role giving every text key a word of its own, dated where it can be,
/// and its French translation of every other key.
fn library() -> TempLibrary {
    let dir = TempLibrary::new();
    let mut english = String::from("title = \"Marker Role\"\n");
    let mut french = String::from("title = \"Rôle témoin\"\n");
    let mut dates = String::from("[updated]\n");
    for (n, key) in text_keys().into_iter().enumerate() {
        english.push_str(&line(key, &format!("en{}word", key.name())));
        if n % 2 == 0 {
            french.push_str(&line(key, &format!("fr{}mot", key.name())));
        }
        if key.dated() {
            dates.push_str(&format!("{} = 2014-10-{:02}\n", key.name(), n + 1));
        }
    }
    english.push_str(&dates);
    dir.write("sound/marker.toml", english);
    dir.write("sound/marker.fr.toml", french);
    dir
}

#[test]
fn every_text_key_of_the_table_reaches_check_show_json_and_translations() {
    let dir = library();
    let root = dir.path_str();
    let (code, out, err) = crewpath(&["check", "--roles", root]);
    assert_eq!(code, 0, "check accepts every text key:\n{out}{err}");

    let (_, shown, _) = crewpath(&["--lang", "en", "show", "--roles", root, "marker"]);
    let (_, json, _) = crewpath(&["--lang", "en", "show", "--json", "--roles", root, "marker"]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("show --json writes JSON");
    let (_, french, _) = crewpath(&["--lang", "fr", "show", "--roles", root, "marker"]);

    for (n, key) in text_keys().into_iter().enumerate() {
        let word = format!("en{}word", key.name());
        let mot = format!("fr{}mot", key.name());
        let translated = n % 2 == 0;
        // --json writes the key where its row says so, with its text.
        let written = json["role"].get(key.name());
        assert_eq!(written.is_some(), key.in_json(), "{key} in --json");
        if let Some(value) = written {
            assert!(value.to_string().contains(&word), "{key}: {value}");
        }
        // show prints a key with a place on the sheet under its heading,
        // and the date [updated] gives it.
        // (Aliases, shown under the title, and search terms, never shown,
        // have none.)
        let Some(heading) = speaking(Lang::En, || key.heading()) else {
            continue;
        };
        let at = shown
            .find(&heading)
            .unwrap_or_else(|| panic!("{key}'s heading:\n{shown}"));
        let section = &shown[at..];
        let words_at = section
            .find(&word)
            .unwrap_or_else(|| panic!("{key}'s text:\n{shown}"));
        if key.dated() {
            let date = format!("2014-10-{:02}", n + 1);
            let date_at = section.find(&date);
            assert!(
                date_at.is_some_and(|d| d < words_at + 200),
                "{key} dated {date} under its heading:\n{section}"
            );
        }
        // In French: the translation where it gives one, else the English
        // text, marked as such where the row marks it.
        if translated {
            assert!(french.contains(&mot), "{key} in French:\n{french}");
            assert!(!french.contains(&word), "{key} in French:\n{french}");
        } else {
            assert!(french.contains(&word), "{key} kept in English:\n{french}");
        }
        let untranslated = !translated && key.marked();
        let fr_heading = speaking(Lang::Fr, || key.heading()).expect("a heading in French too");
        let marked_heading = speaking(Lang::Fr, || {
            crewpath::t!("sheet-heading-in-english", heading = fr_heading.clone())
        });
        assert_eq!(
            french.contains(&marked_heading),
            untranslated,
            "{key}: '{marked_heading}' in French:\n{french}"
        );
    }
}
