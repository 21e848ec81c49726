//! The keys of a role file, declared once with what each one is: whether
//! `[updated]` can date it, how a translation carries it, whether a missing
//! translation of it is marked, whether `--json` writes it, and its heading
//! on a role's sheet. The lists the loader, the translations, the JSON and
//! the sheet use all come from this table.

use crate::t;

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

/// The keys of a role file, one row each, in the order the loader lists
/// them (as `check` does when a key is unknown). Each row gives the key's
/// name in [`RoleKey`] and as written in a file, how a translation carries
/// it, whether `[updated]` can date it, whether a section lacking its
/// translation is marked, and whether `--json` writes it; then, where they
/// apply, its place and heading on a role's sheet (`sheet(place "id")`)
/// and the field of [`RoleText`](super::RoleText) that holds it as text
/// (`text(field: One | Opt | List)`).
///
/// This is the one list of a role's keys: `$then!` builds from it, here
/// the keys and their lists, in `model.rs` a role's texts, their packing
/// and accessors. A new text key is a row here and its heading's words in
/// `locales/`; the loader, the translations, `--json` and the sheet take
/// it from the row.
macro_rules! role_table {
    ($then:ident) => {
        $then! {
            // key         name                 translated dated marked json
            Title             "title"               Text    false  true   true
                text(title: One),
            Aliases           "aliases"             List    false  false  true
                text(aliases: List),
            /// Words the role should also be found by; not shown with it.
            SearchTerms       "search_terms"        List    false  false  false
                text(search_terms: List),
            Summary           "summary"             Text    true   true   true
                sheet(1 "sheet-summary") text(summary: Opt),
            Description       "description"         Text    true   true   true
                sheet(2 "sheet-description") text(description: Opt),
            Duties            "duties"              List    true   true   true
                sheet(3 "sheet-duties") text(duties: List),
            Skills            "skills"              Table   true   true   true
                sheet(4 "sheet-skills"),
            /// One rung up the ladder: its sheet section is the ladder, and
            /// the skills to add to step up.
            Next              "next"                English false  false  false
                sheet(15 "sheet-ladder"),
            Related           "related"             English false  false  false
                sheet(17 "sheet-related"),
            WorksWith         "works_with"          English false  false  false
                sheet(18 "sheet-works-with"),
            Moves             "moves"               Table   false  true   false
                sheet(16 "sheet-moves"),
            EntryLevel        "entry_level"         English false  false  true,
            InDemand          "in_demand"           English false  false  true,
            Education         "education"           Text    true   true   true
                sheet(5 "sheet-education") text(education: Opt),
            Certification     "certification"       Text    true   true   true
                sheet(6 "sheet-certification") text(certification: Opt),
            WorkingConditions "working_conditions"  Text    true   true   true
                sheet(7 "sheet-working-conditions") text(working_conditions: Opt),
            Advancement       "advancement"         Text    true   true   true
                sheet(8 "sheet-advancement") text(advancement: Opt),
            Outlook           "outlook"             Text    true   true   true
                sheet(9 "sheet-outlook") text(outlook: Opt),
            Employers         "employers"           List    true   true   true
                sheet(10 "sheet-employers") text(employers: List),
            Unions            "unions"              List    true   false  true
                sheet(11 "sheet-unions") text(unions: List),
            IndustryGroups    "industry_groups"     List    true   false  true
                sheet(12 "sheet-industry-groups") text(industry_groups: List),
            Noc               "noc"                 Table   true   true   true
                sheet(13 "sheet-noc"),
            Wages             "wages"               Table   true   true   true
                sheet(14 "sheet-wages"),
            Sources           "sources"             Table   false  false  true
                sheet(19 "sheet-sources"),
            Updated           "updated"             English false  false  true,
        }
    };
}
pub(crate) use role_table;

/// Builds [`RoleKey`] and [`ROLE_KEYS`] from the rows of `role_table!`.
macro_rules! role_keys {
    ($(
        $(#[$doc:meta])*
        $key:ident $name:literal $translated:ident $dated:literal $marked:literal $json:literal
        $(sheet($place:literal $heading:literal))?
        $(text($field:ident: $kind:ident))?,
    )*) => {
        /// A key of a role file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RoleKey {
            $( $(#[$doc])* $key, )*
        }

        impl RoleKey {
            /// Every key, in the order the loader lists them.
            pub const ALL: &[RoleKey] = &[$( RoleKey::$key, )*];

            /// The key as a role file writes it.
            pub const fn name(self) -> &'static str {
                match self {
                    $( RoleKey::$key => $name, )*
                }
            }

            /// How a translation file carries it.
            pub const fn translated(self) -> Translated {
                match self {
                    $( RoleKey::$key => Translated::$translated, )*
                }
            }

            /// Whether `[updated]` can give a date for it.
            pub const fn dated(self) -> bool {
                match self {
                    $( RoleKey::$key => $dated, )*
                }
            }

            /// Whether its text is marked as shown in English when a
            /// translation lacks it; names (aliases, unions, sources…) are
            /// right in any language and never marked.
            pub const fn marked(self) -> bool {
                match self {
                    $( RoleKey::$key => $marked, )*
                }
            }

            /// Whether `--json` writes it.
            pub const fn in_json(self) -> bool {
                match self {
                    $( RoleKey::$key => $json, )*
                }
            }

            /// Where its section stands on a role's sheet, counting from 1
            /// after the title; `None` for a key with no section.
            pub const fn place(self) -> Option<usize> {
                match self {
                    $( $( RoleKey::$key => Some($place), )? )*
                    _ => None,
                }
            }

            /// Its heading on a role's sheet, in the current language.
            pub fn heading(self) -> Option<String> {
                match self {
                    $( $( RoleKey::$key => Some(t!($heading)), )? )*
                    _ => None,
                }
            }

            /// Whether a role holds it as text (one, or a list), rather
            /// than as links, flags or tables.
            pub const fn is_text(self) -> bool {
                match self {
                    // The row's field only marks it as a text here.
                    $( $( RoleKey::$key => { let _ = stringify!($field); true } )? )*
                    _ => false,
                }
            }
        }

        /// Every key a role file may hold.
        pub const ROLE_KEYS: &[&str] = &[$( $name, )*];
    };
}

role_table!(role_keys);

/// Whether each key, in table order, is one `$is` holds for.
macro_rules! flags {
    (|$k:ident| $is:expr) => {{
        let mut out = [false; ROLE_KEYS.len()];
        let mut i = 0;
        while i < out.len() {
            let $k = RoleKey::ALL[i];
            out[i] = $is;
            i += 1;
        }
        out
    }};
}

const DATED: [bool; ROLE_KEYS.len()] = flags!(|k| k.dated());
const TEXTS: [bool; ROLE_KEYS.len()] = flags!(|k| matches!(k.translated(), Translated::Text));
const LISTS: [bool; ROLE_KEYS.len()] = flags!(|k| matches!(k.translated(), Translated::List));
const ENGLISH: [bool; ROLE_KEYS.len()] = flags!(|k| matches!(k.translated(), Translated::English));

/// The keys `[updated]` can date.
pub const DATED_KEYS: &[&str] = &pick::<{ count(&DATED) }>(&DATED);
/// The keys a translation carries as one text.
pub(crate) const TEXT_KEYS: &[&str] = &pick::<{ count(&TEXTS) }>(&TEXTS);
/// The keys a translation carries as a list of texts.
pub(crate) const LIST_KEYS: &[&str] = &pick::<{ count(&LISTS) }>(&LISTS);
/// The keys only the English file may hold.
pub(crate) const ENGLISH_KEYS: &[&str] = &pick::<{ count(&ENGLISH) }>(&ENGLISH);

/// The keys a translation carries as tables, in the order `check` lists
/// them after the texts and lists.
pub(crate) const TABLE_KEYS: &[&str] = &names([
    RoleKey::Skills,
    RoleKey::Noc,
    RoleKey::Wages,
    RoleKey::Sources,
    RoleKey::Moves,
]);

/// The order of a role's sheet: the title, then each section with a
/// heading, by its place. Sections lacking a translation are listed in
/// this order too.
pub const SHEET_ORDER: &[RoleKey] =
    &sheet_order::<{ 1 + count(&flags!(|k| k.place().is_some())) }>();

/// The title, then the keys with a place on the sheet, each at its place.
/// Two keys at one place, or a place past the end, fail to compile or
/// leave a gap the tests find.
const fn sheet_order<const N: usize>() -> [RoleKey; N] {
    let mut out = [RoleKey::Title; N];
    let mut i = 0;
    while i < RoleKey::ALL.len() {
        if let Some(place) = RoleKey::ALL[i].place() {
            out[place] = RoleKey::ALL[i];
        }
        i += 1;
    }
    out
}

const fn count(flags: &[bool]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < flags.len() {
        if flags[i] {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The names of the keys whose flag is set, in table order.
const fn pick<const N: usize>(flags: &[bool]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut n = 0;
    let mut i = 0;
    while i < flags.len() {
        if flags[i] {
            out[n] = ROLE_KEYS[i];
            n += 1;
        }
        i += 1;
    }
    out
}

const fn names<const N: usize>(keys: [RoleKey; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = keys[i].name();
        i += 1;
    }
    out
}

impl RoleKey {
    /// The key written as `name`.
    pub fn from_name(name: &str) -> Option<RoleKey> {
        RoleKey::ALL.iter().copied().find(|k| k.name() == name)
    }
}

impl std::fmt::Display for RoleKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(DATED_KEYS, with(&|k| k.dated()));
        assert_eq!(TEXT_KEYS, with(&|k| k.translated() == Translated::Text));
        assert_eq!(LIST_KEYS, with(&|k| k.translated() == Translated::List));
        assert_eq!(
            ENGLISH_KEYS,
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
