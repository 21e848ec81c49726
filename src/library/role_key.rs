//! The keys of a role file, with what each one is: whether `[updated]` can
//! date it, how a translation carries it, whether a missing translation of
//! it is marked, whether `--json` writes it, and its heading on a role's
//! sheet. The lists the loader, the translations, the JSON and the sheet
//! use all come from [`RoleKey::row`], one row a key.
//!
//! A new key is a variant of [`RoleKey`], added at the end of
//! [`RoleKey::ALL`] too, and its row; the compiler then asks, in every
//! `match` on the keys, what a role holds under it. A text key is also a
//! field of [`RoleText`](super::RoleText) with its list (`Part`) in
//! `model.rs`, where the compiler asks for the rest, and its heading's words
//! in `locales/`. `tests/suite/role_keys.rs` then tries it in `check`,
//! `show`, `--json` and the translations without a line of it changing.

use std::sync::LazyLock;

/// How a translation file carries a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translated {
    /// One text, laid over the English.
    Text,
    /// A list of texts, laid over the English list.
    List,
    /// Tables matched to the English file's.
    Table,
    /// Not at all: links, flags and dates stay in the English file.
    English,
}

/// A key of a role file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoleKey {
    Title,
    Aliases,
    /// Words the role should also be found by; not shown with it.
    SearchTerms,
    Summary,
    Description,
    Duties,
    Skills,
    /// One rung up the ladder: its sheet section is the ladder, and the
    /// skills to add to step up.
    Next,
    Related,
    WorksWith,
    Moves,
    EntryLevel,
    InDemand,
    Education,
    Certification,
    WorkingConditions,
    Advancement,
    Outlook,
    Employers,
    Unions,
    IndustryGroups,
    Noc,
    Wages,
    Sources,
    Updated,
}

/// What a role file's key is, as [`RoleKey::row`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The key as a role file writes it.
    pub name: &'static str,
    /// How a translation file carries it.
    pub translated: Translated,
    /// Whether `[updated]` can give a date for it.
    pub dated: bool,
    /// Whether its text is marked as shown in English when a translation
    /// lacks it; names (aliases, unions, sources…) are right in any
    /// language and never marked.
    pub marked: bool,
    /// Whether `--json` writes it.
    pub json: bool,
    /// Its section on a role's sheet, if it has one.
    pub sheet: Option<Section>,
}

/// Where a key's section stands on a role's sheet, and its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its place, counting from 1 after the title.
    pub place: usize,
    /// The id of its heading in the message catalogue.
    pub heading: &'static str,
}

const fn section(place: usize, heading: &'static str) -> Option<Section> {
    Some(Section { place, heading })
}

impl RoleKey {
    /// Every key, in the order the loader lists them (as `check` does when
    /// a key is unknown): the order of the enum, which the assertion below
    /// holds it to.
    pub const ALL: &[RoleKey] = &[
        RoleKey::Title,
        RoleKey::Aliases,
        RoleKey::SearchTerms,
        RoleKey::Summary,
        RoleKey::Description,
        RoleKey::Duties,
        RoleKey::Skills,
        RoleKey::Next,
        RoleKey::Related,
        RoleKey::WorksWith,
        RoleKey::Moves,
        RoleKey::EntryLevel,
        RoleKey::InDemand,
        RoleKey::Education,
        RoleKey::Certification,
        RoleKey::WorkingConditions,
        RoleKey::Advancement,
        RoleKey::Outlook,
        RoleKey::Employers,
        RoleKey::Unions,
        RoleKey::IndustryGroups,
        RoleKey::Noc,
        RoleKey::Wages,
        RoleKey::Sources,
        RoleKey::Updated,
    ];

    /// The table of keys: what each one is.
    #[rustfmt::skip]
    pub const fn row(self) -> Row {
        use Translated::{English, List, Table, Text};
        match self {
            RoleKey::Title => Row {
                name: "title", translated: Text,
                dated: false, marked: true, json: true, sheet: None,
            },
            RoleKey::Aliases => Row {
                name: "aliases", translated: List,
                dated: false, marked: false, json: true, sheet: None,
            },
            RoleKey::SearchTerms => Row {
                name: "search_terms", translated: List,
                dated: false, marked: false, json: false, sheet: None,
            },
            RoleKey::Summary => Row {
                name: "summary", translated: Text,
                dated: true, marked: true, json: true, sheet: section(1, "sheet-summary"),
            },
            RoleKey::Description => Row {
                name: "description", translated: Text,
                dated: true, marked: true, json: true, sheet: section(2, "sheet-description"),
            },
            RoleKey::Duties => Row {
                name: "duties", translated: List,
                dated: true, marked: true, json: true, sheet: section(3, "sheet-duties"),
            },
            RoleKey::Skills => Row {
                name: "skills", translated: Table,
                dated: true, marked: true, json: true, sheet: section(4, "sheet-skills"),
            },
            RoleKey::Next => Row {
                name: "next", translated: English,
                dated: false, marked: false, json: false, sheet: section(15, "sheet-ladder"),
            },
            RoleKey::Related => Row {
                name: "related", translated: English,
                dated: false, marked: false, json: false, sheet: section(17, "sheet-related"),
            },
            RoleKey::WorksWith => Row {
                name: "works_with", translated: English,
                dated: false, marked: false, json: false, sheet: section(18, "sheet-works-with"),
            },
            RoleKey::Moves => Row {
                name: "moves", translated: Table,
                dated: false, marked: true, json: false, sheet: section(16, "sheet-moves"),
            },
            RoleKey::EntryLevel => Row {
                name: "entry_level", translated: English,
                dated: false, marked: false, json: true, sheet: None,
            },
            RoleKey::InDemand => Row {
                name: "in_demand", translated: English,
                dated: false, marked: false, json: true, sheet: None,
            },
            RoleKey::Education => Row {
                name: "education", translated: Text,
                dated: true, marked: true, json: true, sheet: section(5, "sheet-education"),
            },
            RoleKey::Certification => Row {
                name: "certification", translated: Text,
                dated: true, marked: true, json: true, sheet: section(6, "sheet-certification"),
            },
            RoleKey::WorkingConditions => Row {
                name: "working_conditions", translated: Text,
                dated: true, marked: true, json: true,
                sheet: section(7, "sheet-working-conditions"),
            },
            RoleKey::Advancement => Row {
                name: "advancement", translated: Text,
                dated: true, marked: true, json: true, sheet: section(8, "sheet-advancement"),
            },
            RoleKey::Outlook => Row {
                name: "outlook", translated: Text,
                dated: true, marked: true, json: true, sheet: section(9, "sheet-outlook"),
            },
            RoleKey::Employers => Row {
                name: "employers", translated: List,
                dated: true, marked: true, json: true, sheet: section(10, "sheet-employers"),
            },
            RoleKey::Unions => Row {
                name: "unions", translated: List,
                dated: true, marked: false, json: true, sheet: section(11, "sheet-unions"),
            },
            RoleKey::IndustryGroups => Row {
                name: "industry_groups", translated: List,
                dated: true, marked: false, json: true,
                sheet: section(12, "sheet-industry-groups"),
            },
            RoleKey::Noc => Row {
                name: "noc", translated: Table,
                dated: true, marked: true, json: true, sheet: section(13, "sheet-noc"),
            },
            RoleKey::Wages => Row {
                name: "wages", translated: Table,
                dated: true, marked: true, json: true, sheet: section(14, "sheet-wages"),
            },
            RoleKey::Sources => Row {
                name: "sources", translated: Table,
                dated: false, marked: false, json: true, sheet: section(19, "sheet-sources"),
            },
            RoleKey::Updated => Row {
                name: "updated", translated: English,
                dated: false, marked: false, json: true, sheet: None,
            },
        }
    }

    /// The key as a role file writes it.
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// How a translation file carries it.
    pub const fn translated(self) -> Translated {
        self.row().translated
    }

    /// Whether `[updated]` can give a date for it.
    pub const fn dated(self) -> bool {
        self.row().dated
    }

    /// Whether its text is marked as shown in English when a translation
    /// lacks it.
    pub const fn marked(self) -> bool {
        self.row().marked
    }

    /// Whether `--json` writes it.
    pub const fn in_json(self) -> bool {
        self.row().json
    }

    /// Where its section stands on a role's sheet, counting from 1 after
    /// the title; `None` for a key with no section.
    pub const fn place(self) -> Option<usize> {
        match self.row().sheet {
            Some(section) => Some(section.place),
            None => None,
        }
    }

    /// Its heading on a role's sheet, in the current language.
    pub fn heading(self) -> Option<String> {
        let section = self.row().sheet?;
        Some(crate::i18n::tr_args(section.heading, None))
    }

    /// The key written as `name`.
    pub fn from_name(name: &str) -> Option<RoleKey> {
        RoleKey::ALL.iter().copied().find(|k| k.name() == name)
    }
}

// `RoleKey::ALL` is in the order of the enum, each key at its place: a key
// left out or out of place stops the build here (and one left off the end,
// a test).
const _: () = {
    let mut at = 0;
    while at < RoleKey::ALL.len() {
        assert!(
            RoleKey::ALL[at] as usize == at,
            "RoleKey::ALL lists the keys in the enum's order"
        );
        at += 1;
    }
};

impl std::fmt::Display for RoleKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The names of the keys `keep` holds for, in the order of the table.
fn names_where(keep: impl Fn(RoleKey) -> bool) -> Vec<&'static str> {
    RoleKey::ALL
        .iter()
        .copied()
        .filter(|&key| keep(key))
        .map(RoleKey::name)
        .collect()
}

/// Every key a role file may hold.
pub static ROLE_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| names_where(|_| true));
/// The keys `[updated]` can date.
pub static DATED_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| names_where(RoleKey::dated));
/// The keys a translation carries as one text.
pub(crate) static TEXT_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| names_where(|key| key.translated() == Translated::Text));
/// The keys a translation carries as a list of texts.
pub(crate) static LIST_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| names_where(|key| key.translated() == Translated::List));
/// The keys only the English file may hold.
pub(crate) static ENGLISH_KEYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| names_where(|key| key.translated() == Translated::English));

/// The keys a translation carries as tables, in the order `check` lists
/// them after the texts and lists.
pub(crate) const TABLE_KEYS: &[&str] = &[
    RoleKey::Skills.name(),
    RoleKey::Noc.name(),
    RoleKey::Wages.name(),
    RoleKey::Sources.name(),
    RoleKey::Moves.name(),
];

/// The order of a role's sheet: the title, then each section with a
/// heading, by its place. Sections lacking a translation are listed in
/// this order too.
pub static SHEET_ORDER: LazyLock<Vec<RoleKey>> = LazyLock::new(|| {
    let mut sections: Vec<RoleKey> = RoleKey::ALL
        .iter()
        .copied()
        .filter(|key| key.place().is_some())
        .collect();
    sections.sort_by_key(|key| key.place());
    std::iter::once(RoleKey::Title).chain(sections).collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_of_the_enum_has_its_row_and_is_in_all() {
        // `row` names every key (the compiler sees to it), so its arms
        // count the keys: a key added to the enum and its table but left
        // off the end of ALL is found here.
        let source = include_str!("role_key.rs");
        let table = source.split("#[cfg(test)]").next().unwrap_or_default();
        let rows = table
            .lines()
            .filter(|line| line.trim_start().starts_with("RoleKey::") && line.ends_with("=> Row {"))
            .count();
        assert_eq!(rows, RoleKey::ALL.len());
    }

    #[test]
    fn every_key_is_named_once_and_found_by_its_name() {
        for (at, key) in RoleKey::ALL.iter().enumerate() {
            assert_eq!(*key as usize, at);
            assert_eq!(ROLE_KEYS[at], key.name());
            assert_eq!(RoleKey::from_name(key.name()), Some(*key));
        }
        let mut names = ROLE_KEYS.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ROLE_KEYS.len());
    }

    #[test]
    fn the_lists_the_loader_and_translations_use_come_from_the_table() {
        let with = |f: &dyn Fn(RoleKey) -> bool| -> Vec<&str> {
            RoleKey::ALL
                .iter()
                .copied()
                .filter(|&k| f(k))
                .map(RoleKey::name)
                .collect()
        };
        assert_eq!(*DATED_KEYS, with(&|k| k.dated()));
        assert_eq!(*TEXT_KEYS, with(&|k| k.translated() == Translated::Text));
        assert_eq!(*LIST_KEYS, with(&|k| k.translated() == Translated::List));
        assert_eq!(
            *ENGLISH_KEYS,
            with(&|k| k.translated() == Translated::English)
        );
        let mut tables = TABLE_KEYS.to_vec();
        tables.sort_unstable();
        let mut want = with(&|k| k.translated() == Translated::Table);
        want.sort_unstable();
        assert_eq!(tables, want, "TABLE_KEYS lists every table, once");
    }

    #[test]
    fn the_sheet_shows_the_title_and_every_key_with_a_heading_once() {
        let mut shown: Vec<RoleKey> = SHEET_ORDER[1..].to_vec();
        assert_eq!(SHEET_ORDER[0], RoleKey::Title);
        let places: Vec<Option<usize>> = shown.iter().map(|k| k.place()).collect();
        let want: Vec<Option<usize>> = (1..=shown.len()).map(Some).collect();
        assert_eq!(places, want, "one section at each place, with no gap");
        shown.sort_by_key(|k| *k as usize);
        let headed: Vec<RoleKey> = RoleKey::ALL
            .iter()
            .copied()
            .filter(|k| k.heading().is_some())
            .collect();
        assert_eq!(shown, headed);
        // A marked section is one a reader sees: the title or a section.
        for key in RoleKey::ALL.iter().filter(|k| k.marked()) {
            assert!(SHEET_ORDER.contains(key), "{key} is marked but never shown");
        }
        let marked: Vec<&str> = SHEET_ORDER
            .iter()
            .filter(|k| k.marked())
            .map(|k| k.name())
            .collect();
        assert_eq!(
            marked,
            [
                "title",
                "summary",
                "description",
                "duties",
                "skills",
                "education",
                "certification",
                "working_conditions",
                "advancement",
                "outlook",
                "employers",
                "noc",
                "wages",
                "moves"
            ]
        );
    }
}
