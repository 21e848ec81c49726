//! A role's sheet: its sections, their headings and its wage rows, built
//! once for every way a role is shown (the explorer's detail pane and
//! `crewpath show`), so a new field is added in one place. Knows nothing
//! about terminals or text width. Speaks the current language.

use crate::career;
use crate::career::pay::{money, pay_terms};
use crate::library::{Library, PayBand, Role, RoleIx, RoleKey, SHEET_ORDER, TextValue, Wage};
use crate::t;

/// Everything shown about one role, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub title: String,
    pub id: String,
    /// The department path: "Sound › Sound editing".
    pub department: String,
    /// Said before anything else when the role has no translation into the
    /// language being shown and is shown in English.
    pub notice: Option<String>,
    /// "Entry level", "In demand".
    pub labels: Vec<String>,
    /// Other titles and abbreviations.
    pub aliases: Vec<String>,
    pub sections: Vec<Section>,
}

/// One headed part of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Its heading, followed by a marker when the section is shown in
    /// English for want of a translation.
    pub heading: String,
    /// The role file's key it comes from (`working_conditions`; the
    /// ladder and the steps up both come from `next`).
    pub key: RoleKey,
    /// Shown in English for want of a translation (see `Role::untranslated`).
    pub untranslated: bool,
    pub body: Body,
    /// When the source last updated it, if the role file says.
    pub updated: Option<String>,
    /// Shown in a pane of its own in the explorer (skills, ladder), so the
    /// detail pane leaves it out.
    pub own_pane: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// Paragraphs of prose.
    Prose(Vec<String>),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Lines of their own, each wrapped with a hanging indent.
    Lines(Vec<String>),
    /// Wage tables, one per region and year.
    Wages(Vec<WageTable>),
}

/// A wage table, ready to print.
#[derive(Clone, Debug, PartialEq)]
pub struct WageTable {
    /// Region, year, currency and unit, source: "Alberta, 2021, CAD per
    /// hour, 2021 Alberta Wage and Salary Survey".
    pub about: String,
    pub rows: Vec<WageRow>,
    pub note: Option<String>,
}

impl WageTable {
    /// What each bracket of the table means, in one line.
    pub fn bracket_meanings(&self) -> String {
        let meanings: Vec<String> = self
            .rows
            .iter()
            .map(|r| {
                crate::t!(
                    "show-wage-bracket-means",
                    bracket = r.bracket.as_str(),
                    meaning = r.meaning.as_str()
                )
            })
            .collect();
        meanings.join("; ")
    }
}

/// One pay bracket: its name, what it means, and its figures as printed
/// (low, high, average, median; "–" where not given).
#[derive(Clone, Debug, PartialEq)]
pub struct WageRow {
    pub bracket: String,
    pub meaning: String,
    pub figures: [String; 4],
}

/// The column headings of a wage table's figures.
pub fn wage_columns() -> [String; 4] {
    [
        t!("sheet-wage-low"),
        t!("sheet-wage-high"),
        t!("sheet-wage-average"),
        t!("sheet-wage-median"),
    ]
}

/// The sheet of role `r`.
pub fn role_sheet(lib: &Library, r: RoleIx) -> Sheet {
    let role = &lib.roles[r];
    let mut sections = Vec::new();
    let updated = |key: RoleKey| {
        role.updated
            .iter()
            .find(|(k, _)| k == key.name())
            .map(|(_, date)| date.clone())
    };
    // A section is headed as its key is, unless `heading` says otherwise.
    let mut push = |heading: Option<String>, key: RoleKey, body: Body, own_pane| {
        let empty = match &body {
            Body::Prose(v) | Body::Bullets(v) | Body::Lines(v) => v.is_empty(),
            Body::Wages(w) => w.is_empty(),
        };
        if !empty {
            sections.push(Section::new(
                heading.or_else(|| key.heading()).unwrap_or_default(),
                key,
                body,
                own_pane,
                role,
                updated(key),
            ));
        }
    };
    let refer = |o: &RoleIx| refer(lib, *o);
    for &key in &SHEET_ORDER[1..] {
        match role.text_under(key) {
            Some(TextValue::One(text)) => {
                let body = Body::Prose(text.map(paragraphs).unwrap_or_default());
                push(None, key, body, false);
            }
            Some(TextValue::List(list)) => push(None, key, Body::Bullets(list.to_vec()), false),
            None => match key {
                RoleKey::Skills => push(None, key, Body::Lines(skill_lines(lib, r)), true),
                RoleKey::Noc => push(None, key, Body::Bullets(noc_lines(role)), false),
                RoleKey::Wages => {
                    let tables = role.wages.iter().map(wage_table).collect();
                    push(None, key, Body::Wages(tables), false);
                }
                RoleKey::Next => {
                    push(None, key, Body::Lines(ladder_lines(lib, r)), true);
                    // The steps up come from `next` too, under a heading of
                    // their own.
                    let steps = step_up_lines(lib, r);
                    push(Some(t!("sheet-step-up")), key, Body::Lines(steps), true);
                }
                RoleKey::Moves => push(None, key, Body::Bullets(move_lines(lib, r)), true),
                RoleKey::Related => {
                    let related = role.related.iter().map(refer).collect();
                    push(None, key, Body::Bullets(related), true);
                }
                RoleKey::WorksWith => {
                    let with = role.works_with.iter().map(refer).collect();
                    push(None, key, Body::Bullets(with), true);
                }
                RoleKey::Sources => push(None, key, Body::Bullets(source_lines(role)), false),
                // Every key with a place on the sheet is a text or named
                // above: one given a place and no section fails every test
                // that builds a sheet.
                _ => debug_assert!(false, "{key} has a place on the sheet but no section"),
            },
        }
    }
    Sheet {
        notice: role
            .untranslated
            .contains(&RoleKey::Title)
            .then(|| t!("sheet-not-translated")),
        title: role.title().to_string(),
        id: role.id().to_string(),
        department: lib.department_path(role.department).join(" › "),
        labels: [
            (role.entry_level, t!("sheet-entry-level")),
            (role.in_demand, t!("sheet-in-demand")),
        ]
        .into_iter()
        .filter_map(|(on, label)| on.then_some(label))
        .collect(),
        aliases: role.aliases().to_vec(),
        sections,
    }
}

/// A role's skills, a line per category.
fn skill_lines(lib: &Library, r: RoleIx) -> Vec<String> {
    career::compare::skill_groups(lib, r)
        .iter()
        .map(|g| {
            t!(
                "sheet-skill-group",
                category = g.label(),
                skills = g.skills.join(", ")
            )
        })
        .collect()
}

/// A role's classification codes, with their titles and versions.
fn noc_lines(role: &Role) -> Vec<String> {
    role.noc
        .iter()
        .map(|n| {
            let mut line = n.code.clone();
            if let Some(title) = &n.title {
                line.push_str(&format!(" {title}"));
            }
            if let Some(version) = &n.version {
                line.push(' ');
                // The 2006 NOC-S is a classification of its own, named
                // differently in each language ("CNP-S 2006").
                line.push_str(&match version.strip_suffix(" NOC-S") {
                    Some(year) => t!("sheet-noc-s-version", year = year),
                    None => t!("sheet-noc-version", version = version.as_str()),
                });
            }
            line
        })
        .collect()
}

fn title(lib: &Library, r: RoleIx) -> String {
    lib.roles[r].title().to_string()
}

/// The ladders through role `r`, each a line with `r` in brackets.
fn ladder_lines(lib: &Library, r: RoleIx) -> Vec<String> {
    lib.ladders(r)
        .into_iter()
        .filter(|p| p.len() > 1)
        .map(|path| {
            path.iter()
                .map(|&s| {
                    if s == r {
                        format!("[{}]", title(lib, s))
                    } else {
                        title(lib, s)
                    }
                })
                .collect::<Vec<_>>()
                .join(" → ")
        })
        .collect()
}

/// For each step up from role `r`, the skills it adds, or that it asks
/// for experience alone.
fn step_up_lines(lib: &Library, r: RoleIx) -> Vec<String> {
    lib.roles[r]
        .next
        .iter()
        .map(|&next| {
            let new = lib.step_up_skills(r, next);
            if new.is_empty() {
                t!("sheet-step-up-experience", role = title(lib, next))
            } else {
                t!(
                    "sheet-step-up-skills",
                    role = title(lib, next),
                    skills = new.join(", ")
                )
            }
        })
        .collect()
}

/// A role as a move or link names it: its title and id.
fn refer(lib: &Library, o: RoleIx) -> String {
    format!("{} ({})", title(lib, o), lib.roles[o].id())
}

/// Role `r`'s moves to other roles, each with why and where it is said.
fn move_lines(lib: &Library, r: RoleIx) -> Vec<String> {
    lib.roles[r]
        .moves
        .iter()
        .map(|m| match &m.source {
            Some(source) => t!(
                "sheet-move-source",
                role = refer(lib, m.to),
                because = m.because.as_str(),
                source = source.as_str()
            ),
            None => t!(
                "sheet-move-suggested",
                role = refer(lib, m.to),
                because = m.because.as_str()
            ),
        })
        .collect()
}

/// A role's sources, each a line of what is known of it.
fn source_lines(role: &Role) -> Vec<String> {
    role.sources
        .iter()
        .map(|s| {
            let mut parts: Vec<String> = [&s.title, &s.publisher, &s.region, &s.url]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            if let Some(date) = &s.retrieved {
                parts.push(t!("sheet-source-read", date = date.as_str()));
            }
            parts.join(", ")
        })
        .collect()
}

impl Section {
    /// A section of `role` headed `heading`, marked when `role` shows it in
    /// English for want of a translation.
    fn new(
        heading: String,
        key: RoleKey,
        body: Body,
        own_pane: bool,
        role: &Role,
        updated: Option<String>,
    ) -> Section {
        let untranslated = role.untranslated.contains(&key);
        Section {
            heading: if untranslated {
                t!("sheet-heading-in-english", heading = heading)
            } else {
                heading
            },
            key,
            untranslated,
            body,
            updated,
            own_pane,
        }
    }

    /// What to say under the heading about the section's date, if the source
    /// dates it: old text must not pass for current.
    pub fn dated(&self) -> Option<String> {
        self.updated
            .as_deref()
            .map(|date| t!("sheet-dated", date = date))
    }
}

/// Paragraphs of a text: a blank line separates them, single line breaks
/// are spaces. A non-breaking space is kept as it is: it holds a French
/// colon or guillemet to its word when the line is wrapped.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn wage_table(wage: &Wage) -> WageTable {
    let mut about: Vec<String> = Vec::new();
    about.extend(wage.region.clone());
    about.extend(wage.year.map(|y| y.to_string()));
    about.extend(pay_terms(wage.currency.as_deref(), wage.unit.as_deref()));
    about.extend(wage.source.clone());
    let rows = [
        (
            t!("sheet-wage-starting"),
            t!("sheet-wage-starting-means"),
            wage.starting,
        ),
        (
            t!("sheet-wage-overall"),
            t!("sheet-wage-overall-means"),
            wage.overall,
        ),
        (t!("sheet-wage-top"), t!("sheet-wage-top-means"), wage.top),
    ]
    .into_iter()
    .filter_map(|(bracket, meaning, band)| {
        band.map(|b| WageRow {
            bracket,
            meaning,
            figures: figures(b, wage.currency.as_deref()),
        })
    })
    .collect();
    WageTable {
        about: about.join(", "),
        rows,
        note: wage.note.clone(),
    }
}

fn figures(band: PayBand, currency: Option<&str>) -> [String; 4] {
    [band.low, band.high, band.average, band.median]
        .map(|v| v.map_or_else(|| "–".to_string(), |v| money(v, currency)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::load_embedded;

    #[test]
    fn paragraphs_join_lines_but_keep_non_breaking_spaces() {
        assert_eq!(
            paragraphs("Le profil «\u{a0}X\u{a0}»\nprésente :\n\n  Suite\u{a0}: ici "),
            ["Le profil «\u{a0}X\u{a0}» présente :", "Suite\u{a0}: ici"]
        );
    }

    #[test]
    fn the_recording_engineer_sheet_has_every_section_once_in_order() {
        let lib = load_embedded().library;
        let r = lib.role_by_id("recording-engineer").expect("bundled role");
        let sheet = role_sheet(&lib, r);
        let headings: Vec<&str> = sheet.sections.iter().map(|s| s.heading.as_str()).collect();
        let mut seen = std::collections::HashSet::new();
        assert!(headings.iter().all(|h| seen.insert(*h)), "{headings:?}");
        let wanted = [
            "Summary",
            "Main duties",
            "Skills",
            "NOC codes",
            "Wages",
            "Sources",
        ];
        let at: Vec<usize> = wanted
            .iter()
            .map(|want| {
                let found = headings.iter().position(|h| h == want);
                found.unwrap_or_else(|| panic!("no {want} in {headings:?}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{headings:?}");
        let Some(Body::Wages(tables)) = sheet
            .sections
            .iter()
            .find(|s| s.key == RoleKey::Wages)
            .map(|s| &s.body)
        else {
            panic!("no wages");
        };
        let brackets: Vec<&str> = tables[0].rows.iter().map(|r| r.bracket.as_str()).collect();
        assert_eq!(brackets, ["Starting", "Overall", "Top"]);
        assert!(tables[0].rows.iter().all(|r| !r.meaning.is_empty()));
        assert!(sheet.notice.is_none(), "{:?}", sheet.notice);
        assert!(sheet.sections.iter().all(|s| !s.untranslated));
    }

    /// Every place a role's keys reach comes from the one table of keys: a
    /// field added there is loaded, dated, translated, written in JSON and
    /// shown under its heading without another list to keep in step.
    #[test]
    fn every_place_the_keys_of_a_role_reach_follows_the_table() {
        use crate::library::{DATED_KEYS, ROLE_KEYS, SHEET_ORDER};
        let names = |keys: &mut dyn Iterator<Item = RoleKey>| -> Vec<&str> {
            keys.map(RoleKey::name).collect()
        };
        // The keys the loader allows, and those `[updated]` can date.
        assert_eq!(*ROLE_KEYS, names(&mut RoleKey::ALL.iter().copied()));
        let dated = &mut RoleKey::ALL.iter().copied().filter(|k| k.dated());
        assert_eq!(*DATED_KEYS, names(dated));
        // The keys `--json` writes, after the id.
        let lib = load_embedded().library;
        let r = lib.role_by_id("recording-engineer").expect("bundled role");
        let json = serde_json::to_value(&lib.roles[r]).expect("a role writes as JSON");
        let written: Vec<&str> = json
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut wanted = vec!["id"];
        wanted.extend(names(
            &mut RoleKey::ALL.iter().copied().filter(|k| k.in_json()),
        ));
        let (mut written_sorted, mut wanted_sorted) = (written.clone(), wanted.clone());
        written_sorted.sort_unstable();
        wanted_sorted.sort_unstable();
        assert_eq!(written_sorted, wanted_sorted);
        // The sheet's sections: headed as their keys are, in the order of
        // the table's sheet, each key's section once (the steps up share
        // `next` with the ladder, under a heading of their own).
        let sheet = role_sheet(&lib, r);
        let mut at = 0;
        for section in &sheet.sections {
            let place = SHEET_ORDER.iter().position(|k| *k == section.key);
            let place = place.unwrap_or_else(|| panic!("{} is not on the sheet", section.key));
            assert!(place >= at, "{} out of order", section.key);
            at = place;
            if section.heading != t!("sheet-step-up") {
                assert_eq!(Some(section.heading.clone()), section.key.heading());
            }
        }
        // The sections a translation may lack, and their marks.
        let every: Vec<RoleKey> = SHEET_ORDER.iter().copied().filter(|k| k.marked()).collect();
        let (lib, r) = recording_engineer_lacking(every);
        let sheet = role_sheet(&lib, r);
        for section in &sheet.sections {
            assert_eq!(
                section.untranslated,
                section.key.marked(),
                "{}",
                section.key
            );
        }
    }

    /// The bundled Recording Engineer, as a translation lacking `missing`
    /// would load it.
    fn recording_engineer_lacking(missing: Vec<RoleKey>) -> (Library, RoleIx) {
        let mut lib = load_embedded().library;
        let r = lib.role_by_id("recording-engineer").expect("bundled role");
        lib.roles[r].untranslated = missing;
        (lib, r)
    }

    #[test]
    fn a_section_shown_in_english_says_so_after_its_heading() {
        let (lib, r) =
            recording_engineer_lacking(vec![RoleKey::Description, RoleKey::Skills, RoleKey::Wages]);
        let sheet = role_sheet(&lib, r);
        let heading = |key: &str| {
            sheet
                .sections
                .iter()
                .find(|s| s.key.name() == key)
                .map(|s| (s.heading.as_str(), s.untranslated))
        };
        assert_eq!(
            heading("description"),
            Some(("What the job is (in English)", true))
        );
        assert_eq!(heading("skills"), Some(("Skills (in English)", true)));
        assert_eq!(heading("wages"), Some(("Wages (in English)", true)));
        assert_eq!(heading("summary"), Some(("Summary", false)));
        assert_eq!(heading("duties"), Some(("Main duties", false)));
        // The role as a whole is translated: no line says otherwise.
        assert!(sheet.notice.is_none(), "{:?}", sheet.notice);
    }

    #[test]
    fn a_role_with_no_translation_opens_with_a_line_saying_so() {
        let (lib, r) =
            recording_engineer_lacking(vec![RoleKey::Title, RoleKey::Summary, RoleKey::Duties]);
        let sheet = role_sheet(&lib, r);
        assert_eq!(
            sheet.notice.as_deref(),
            Some("This role is not translated yet; it is shown in English.")
        );
        let marked: Vec<&str> = sheet
            .sections
            .iter()
            .filter(|s| s.untranslated)
            .map(|s| s.heading.as_str())
            .collect();
        assert_eq!(marked, ["Summary (in English)", "Main duties (in English)"]);
    }

    #[test]
    fn english_pay_is_written_as_before_whatever_its_currency_and_unit() {
        assert_eq!(money(31.15, Some("CAD")), "31.15");
        assert_eq!(money(31.0, None), "31.00");
        assert_eq!(
            pay_terms(Some("CAD"), Some("hour")).as_deref(),
            Some("CAD per hour")
        );
        assert_eq!(pay_terms(None, Some("shift")).as_deref(), Some("per shift"));
        assert_eq!(pay_terms(Some("USD"), None).as_deref(), Some("USD"));
        assert_eq!(pay_terms(None, None), None);
    }
}
