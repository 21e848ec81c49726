//! The explorer's keys as Markdown tables, for the user guide. They are
//! made from the key table through what the help window reads
//! (`help_lines`), always in English, so the guide lists the keys that
//! work, where they work, and nothing else. `tests/suite/docs.rs` holds
//! `docs/user-guide.md` to this text.

use super::Overlay;
use super::bindings::{HelpLine, Layer, help_lines, stack};
use crate::i18n::{Lang, speaking};

/// One table of the guide: its heading, where its keys work, the window
/// open while they do (none: the panes) and the layers whose keys it lists.
struct Table {
    heading: &'static str,
    about: &'static str,
    overlay: Option<Overlay>,
    of: &'static [Layer],
}

const BROWSING: Table = Table {
    heading: "Browsing",
    about: "In the four panes. The keys that work anywhere (`/`, `?`, `!`, the \
            language, quitting) also work under the windows below, where the window \
            does not take the key itself: in the search box and What fits me, letters \
            are typed.",
    overlay: None,
    of: &[Layer::Browsing, Layer::Anywhere, Layer::Typing],
};

const SEARCH_BOX: Table = Table {
    heading: "The search box",
    about: "While the search box is open.",
    overlay: Some(Overlay::Search),
    of: &[Layer::SearchBox],
};

const WINDOWS: Table = Table {
    heading: "The help and compare windows",
    about: "In the help window and the comparison. The problems window scrolls with \
            the same keys; its own are below.",
    overlay: Some(Overlay::Compare {
        a: 0,
        b: 0,
        path: false,
    }),
    of: &[Layer::Compare],
};

const PROBLEMS: Table = Table {
    heading: "The problems window",
    about: "In the list of role files with problems (`!`), besides scrolling.",
    overlay: Some(Overlay::Problems),
    of: &[Layer::Problems],
};

const FITS: Table = Table {
    heading: "What fits me",
    about: "In the window of skills to pick and the roles they fit.",
    overlay: Some(Overlay::Fits),
    of: &[Layer::Fits],
};

/// The kiosk's welcome screen, which only a kiosk has.
const WELCOME: Table = Table {
    heading: "The kiosk's welcome screen",
    about: "What a visitor meets first at a kiosk.",
    overlay: Some(Overlay::Welcome),
    of: &[Layer::Welcome],
};

/// The tables both a desktop and a kiosk have, in the order the help
/// window lists the same keys, with the problems window, which help does
/// not list, beside the other windows.
const TABLES: &[Table] = &[BROWSING, SEARCH_BOX, WINDOWS, PROBLEMS, FITS];

/// The guide's tables of keys, in English: one per place the keys work,
/// then what differs at a kiosk. Each table starts with a `####` heading.
pub fn keys_markdown() -> String {
    speaking(Lang::En, || {
        let mut out = String::new();
        for table in TABLES {
            push_table(&mut out, table, &lines(table, false));
        }
        push_table(&mut out, &WELCOME, &lines(&WELCOME, true));
        push_kiosk_differences(&mut out);
        out
    })
}

/// The help lines of `table`'s layers, at a kiosk or not. The problems
/// window leaves out the lines the other windows already list.
fn lines(table: &Table, kiosk: bool) -> Vec<HelpLine> {
    let layers = stack(table.overlay, kiosk);
    let mut lines = help_lines(&layers, table.of, kiosk);
    if table.of == PROBLEMS.of {
        let shared = help_lines(&stack(WINDOWS.overlay, kiosk), WINDOWS.of, kiosk);
        lines.retain(|line| !shared.contains(line));
    }
    lines
}

fn push_table(out: &mut String, table: &Table, lines: &[HelpLine]) {
    out.push_str(&format!("#### {}\n\n{}\n\n", table.heading, table.about));
    out.push_str("| keys | what they do |\n| --- | --- |\n");
    for line in lines {
        out.push_str(&format!(
            "| {} | {} |\n",
            keys_cell(&line.keys),
            cell(&line.what)
        ));
    }
    out.push('\n');
}

/// Every line whose keys differ at a kiosk: keys a kiosk uses instead,
/// keys only a kiosk has, and keys that do not work there.
fn push_kiosk_differences(out: &mut String) {
    out.push_str(
        "#### At a kiosk\n\n\
         What differs from the tables above at a kiosk (`--kiosk`): the keys a kiosk \
         uses instead, those only a kiosk has, and those that do nothing there \
         (\"none\").\n\n\
         | where | elsewhere | at a kiosk | what they do |\n| --- | --- | --- | --- |\n",
    );
    for table in TABLES {
        let desktop = lines(table, false);
        let kiosk = lines(table, true);
        let keys_of = |lines: &[HelpLine], what: &str| {
            lines
                .iter()
                .find(|l| l.what == what)
                .map(|l| keys_cell(&l.keys))
        };
        // In the kiosk's order, then what only the desktop has.
        let mut whats: Vec<&str> = kiosk.iter().map(|l| l.what.as_str()).collect();
        for line in &desktop {
            if !whats.contains(&line.what.as_str()) {
                whats.push(&line.what);
            }
        }
        for what in whats {
            let (here, there) = (keys_of(&desktop, what), keys_of(&kiosk, what));
            if here == there {
                continue;
            }
            let none = || "none".to_string();
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                table.heading,
                here.unwrap_or_else(none),
                there.unwrap_or_else(none),
                cell(what)
            ));
        }
    }
    out.push('\n');
}

/// Keys as help writes them ("↑ ↓   k j": groups three spaces apart),
/// each key in code and the groups joined by commas. A group of words
/// ("any other letter") stays words.
fn keys_cell(keys: &str) -> String {
    keys.split("   ")
        .map(str::trim)
        .filter(|group| !group.is_empty())
        .map(|group| {
            let tokens: Vec<&str> = group.split(' ').filter(|t| !t.is_empty()).collect();
            // Keys are one character or a capitalised name (`PgUp`, `Ctrl-U`).
            let words = tokens
                .iter()
                .any(|t| t.chars().count() > 1 && t.chars().all(|c| c.is_ascii_lowercase()));
            if words {
                cell(group)
            } else {
                tokens.iter().map(|t| code(t)).collect::<Vec<_>>().join(" ")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `key` as Markdown code, safe inside a table.
fn code(key: &str) -> String {
    let key = key.replace('|', "\\|");
    if key.contains('`') {
        format!("`` {key} ``")
    } else {
        format!("`{key}`")
    }
}

/// Text safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_written_as_code_and_words_as_words() {
        assert_eq!(keys_cell("↑ ↓   k j"), "`↑` `↓`, `k` `j`");
        assert_eq!(
            keys_cell("Backspace   [   Alt-←"),
            "`Backspace`, `[`, `Alt-←`"
        );
        assert_eq!(keys_cell("any other letter"), "any other letter");
        assert_eq!(keys_cell("|   `"), "`\\|`, `` ` ``");
    }

    #[test]
    fn the_tables_are_in_english_whatever_is_spoken() {
        let text = keys_markdown();
        for table in TABLES.iter().chain([&WELCOME]) {
            assert!(text.contains(&format!("#### {}\n", table.heading)));
        }
        assert!(text.contains("#### At a kiosk\n"));
        assert_eq!(speaking(Lang::Fr, keys_markdown), text);
    }
}
