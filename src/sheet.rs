//! A role's sheet: its sections, their headings and its wage rows, built
//! once for every way a role is shown (the explorer's detail pane and
//! `crewpath show`), so a new field is added in one place. Knows nothing
//! about terminals or text width.

use crate::library::{Library, PayBand, RoleIx, Wage};

/// Everything shown about one role, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub title: String,
    pub id: String,
    /// The department path: "Sound › Sound editing".
    pub department: String,
    /// "Entry level", "In demand".
    pub labels: Vec<&'static str>,
    /// Other titles and abbreviations.
    pub aliases: Vec<String>,
    pub sections: Vec<Section>,
}

/// One headed part of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: &'static str,
    /// The role file's key for it (`working_conditions`), if it has one.
    pub key: &'static str,
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

/// One pay bracket: its name, what it means, and its figures as printed
/// (low, high, average, median; "–" where not given).
#[derive(Clone, Debug, PartialEq)]
pub struct WageRow {
    pub bracket: &'static str,
    pub meaning: &'static str,
    pub figures: [String; 4],
}

/// The column headings of a wage table's figures.
pub const WAGE_COLUMNS: [&str; 4] = ["Low", "High", "Average", "Median"];

/// The sheet of role `r`.
pub fn role_sheet(lib: &Library, r: RoleIx) -> Sheet {
    let role = &lib.roles[r];
    let mut sections = Vec::new();
    let updated = |key: &str| {
        role.updated
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, date)| date.clone())
    };
    let mut push = |heading, key, body: Body, own_pane| {
        let empty = match &body {
            Body::Prose(v) | Body::Bullets(v) | Body::Lines(v) => v.is_empty(),
            Body::Wages(w) => w.is_empty(),
        };
        if !empty {
            sections.push(Section {
                heading,
                key,
                body,
                updated: updated(key),
                own_pane,
            });
        }
    };
    let prose =
        |text: &Option<String>| Body::Prose(text.as_deref().map(paragraphs).unwrap_or_default());
    push("Summary", "summary", prose(&role.summary), false);
    push(
        "What the job is",
        "description",
        prose(&role.description),
        false,
    );
    push(
        "Main duties",
        "duties",
        Body::Bullets(role.duties.clone()),
        false,
    );
    let skills = lib
        .skill_groups(r)
        .into_iter()
        .map(|g| format!("{}: {}", g.category, g.skills.join(", ")))
        .collect();
    push("Skills", "skills", Body::Lines(skills), true);
    for (heading, key, text) in [
        ("Education", "education", &role.education),
        ("Certification", "certification", &role.certification),
        (
            "Working conditions",
            "working_conditions",
            &role.working_conditions,
        ),
        ("Advancement", "advancement", &role.advancement),
        ("Outlook", "outlook", &role.outlook),
    ] {
        push(heading, key, prose(text), false);
    }
    push(
        "Employers",
        "employers",
        Body::Bullets(role.employers.clone()),
        false,
    );
    push(
        "Unions and guilds",
        "unions",
        Body::Bullets(role.unions.clone()),
        false,
    );
    push(
        "Industry groups",
        "industry_groups",
        Body::Bullets(role.industry_groups.clone()),
        false,
    );
    let noc = role
        .noc
        .iter()
        .map(|n| {
            let mut line = n.code.clone();
            if let Some(title) = &n.title {
                line.push_str(&format!(" {title}"));
            }
            if let Some(version) = &n.version {
                line.push_str(&format!(" (NOC {version})"));
            }
            line
        })
        .collect();
    push("NOC codes", "noc", Body::Bullets(noc), false);
    push(
        "Wages",
        "wages",
        Body::Wages(role.wages.iter().map(wage_table).collect()),
        false,
    );
    let title = |o: RoleIx| lib.roles[o].title.clone();
    let paths = lib
        .ladders(r)
        .into_iter()
        .filter(|p| p.len() > 1)
        .map(|path| {
            path.iter()
                .map(|&s| {
                    if s == r {
                        format!("[{}]", title(s))
                    } else {
                        title(s)
                    }
                })
                .collect::<Vec<_>>()
                .join(" → ")
        })
        .collect();
    push("Career ladder", "next", Body::Lines(paths), true);
    let steps = role
        .next
        .iter()
        .map(|&next| {
            let new = lib.step_up_skills(r, next);
            if new.is_empty() {
                format!(
                    "To {}: no new skills listed; experience makes the step",
                    title(next)
                )
            } else {
                format!("To {}: {}", title(next), new.join(", "))
            }
        })
        .collect();
    push("Skills to step up", "", Body::Lines(steps), true);
    let refer = |o: &RoleIx| format!("{} ({})", title(*o), lib.roles[*o].id);
    push(
        "Related roles",
        "related",
        Body::Bullets(role.related.iter().map(refer).collect()),
        true,
    );
    push(
        "Works with",
        "works_with",
        Body::Bullets(role.works_with.iter().map(refer).collect()),
        true,
    );
    let sources = role
        .sources
        .iter()
        .map(|s| {
            let mut parts: Vec<String> = [&s.title, &s.publisher, &s.region, &s.url]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            if let Some(date) = &s.retrieved {
                parts.push(format!("read {date}"));
            }
            parts.join(", ")
        })
        .collect();
    push("Sources", "sources", Body::Bullets(sources), false);
    Sheet {
        title: role.title.clone(),
        id: role.id.clone(),
        department: lib.department_path(role.department).join(" › "),
        labels: [
            (role.entry_level, "Entry level"),
            (role.in_demand, "In demand"),
        ]
        .into_iter()
        .filter_map(|(on, label)| on.then_some(label))
        .collect(),
        aliases: role.aliases.clone(),
        sections,
    }
}

impl Section {
    /// What to say under the heading about the section's date, if the source
    /// dates it: old text must not pass for current.
    pub fn dated(&self) -> Option<String> {
        self.updated.as_ref().map(|date| {
            format!("As the source stood on {date}; check it is still current before deciding.")
        })
    }
}

/// Paragraphs of a text: a blank line separates them, single line breaks
/// are spaces.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn wage_table(wage: &Wage) -> WageTable {
    let mut about: Vec<String> = Vec::new();
    about.extend(wage.region.clone());
    about.extend(wage.year.map(|y| y.to_string()));
    about.extend(match (&wage.currency, &wage.unit) {
        (Some(c), Some(u)) => Some(format!("{c} per {u}")),
        (Some(c), None) => Some(c.clone()),
        (None, Some(u)) => Some(format!("per {u}")),
        (None, None) => None,
    });
    about.extend(wage.source.clone());
    let rows = [
        ("Starting", "entry-level pay", wage.starting),
        ("Overall", "all employees", wage.overall),
        ("Top", "the top-paid", wage.top),
    ]
    .into_iter()
    .filter_map(|(bracket, meaning, band)| {
        band.map(|b| WageRow {
            bracket,
            meaning,
            figures: figures(b),
        })
    })
    .collect();
    WageTable {
        about: about.join(", "),
        rows,
        note: wage.note.clone(),
    }
}

fn figures(band: PayBand) -> [String; 4] {
    [band.low, band.high, band.average, band.median]
        .map(|v| v.map_or_else(|| "–".to_string(), |v| format!("{v:.2}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::load_embedded;

    #[test]
    fn the_recording_engineer_sheet_has_every_section_once_in_order() {
        let lib = load_embedded().library;
        let r = lib.role_by_id("recording-engineer").expect("bundled role");
        let sheet = role_sheet(&lib, r);
        let headings: Vec<&str> = sheet.sections.iter().map(|s| s.heading).collect();
        for want in [
            "Summary",
            "Main duties",
            "Skills",
            "NOC codes",
            "Wages",
            "Sources",
        ] {
            assert_eq!(headings.iter().filter(|h| **h == want).count(), 1, "{want}");
        }
        let Some(Body::Wages(tables)) = sheet
            .sections
            .iter()
            .find(|s| s.heading == "Wages")
            .map(|s| &s.body)
        else {
            panic!("no wages");
        };
        let brackets: Vec<&str> = tables[0].rows.iter().map(|r| r.bracket).collect();
        assert_eq!(brackets, ["Starting", "Overall", "Top"]);
        assert!(tables[0].rows.iter().all(|r| !r.meaning.is_empty()));
    }
}
