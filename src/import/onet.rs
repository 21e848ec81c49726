//! The O*NET database's text release: tab-separated files named as the
//! O*NET Center publishes them. `Occupation Data.txt` is required; the
//! other files each add to the roles when present.
//!
//! Skills: a skill counts for an occupation when its importance (scale IM,
//! 1 to 5) is at least [`IMPORTANT`] and the rating is not marked for
//! suppression; the role lists them by importance, highest first. Entry
//! level: Job Zones 1 and 2 ("little or no" and "some" preparation: up to
//! a high-school diploma and a few months of training). Related
//! occupations become `related` roles, in O*NET's order, never moves.

use std::collections::HashMap;
use std::path::Path;

use super::ImportError;
use super::draft::{Department, Draft, Ids, RoleDraft, RoleText, Skill, item, push_unique, slug};
use super::table::Table;

/// The least importance (IM scale, 1–5) of a skill a role lists.
pub const IMPORTANT: f64 = 3.0;
/// The highest Job Zone that counts as entry level.
const ENTRY_ZONE: u8 = 2;
/// At most this many related roles per role.
const RELATED: usize = 10;
const URL: &str = "https://www.onetcenter.org/database.html";
const PUBLISHER: &str = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence";

/// SOC 2018 major groups, the departments.
const MAJOR_GROUPS: &[(&str, &str)] = &[
    ("11", "Management Occupations"),
    ("13", "Business and Financial Operations Occupations"),
    ("15", "Computer and Mathematical Occupations"),
    ("17", "Architecture and Engineering Occupations"),
    ("19", "Life, Physical, and Social Science Occupations"),
    ("21", "Community and Social Service Occupations"),
    ("23", "Legal Occupations"),
    ("25", "Educational Instruction and Library Occupations"),
    (
        "27",
        "Arts, Design, Entertainment, Sports, and Media Occupations",
    ),
    ("29", "Healthcare Practitioners and Technical Occupations"),
    ("31", "Healthcare Support Occupations"),
    ("33", "Protective Service Occupations"),
    ("35", "Food Preparation and Serving Related Occupations"),
    (
        "37",
        "Building and Grounds Cleaning and Maintenance Occupations",
    ),
    ("39", "Personal Care and Service Occupations"),
    ("41", "Sales and Related Occupations"),
    ("43", "Office and Administrative Support Occupations"),
    ("45", "Farming, Fishing, and Forestry Occupations"),
    ("47", "Construction and Extraction Occupations"),
    ("49", "Installation, Maintenance, and Repair Occupations"),
    ("51", "Production Occupations"),
    ("53", "Transportation and Material Moving Occupations"),
    ("55", "Military Specific Occupations"),
];

const CODE: &[&str] = &["O*NET-SOC Code"];

pub fn read(dir: &Path, today: &str) -> Result<Draft, ImportError> {
    let version = version(dir);
    let source = match &version {
        Some(v) => format!("O*NET {v} Database"),
        None => "O*NET Database".to_string(),
    };
    let occupations =
        table(dir, "Occupation Data.txt", true)?.ok_or_else(|| ImportError::MissingFile {
            path: dir.join("Occupation Data.txt"),
        })?;
    let code = code_column(&occupations)?;
    let title = occupations.require(&["Title"])?;
    let description = occupations.require(&["Description"])?;
    let mut order = Vec::new();
    let mut roles: HashMap<String, RoleText> = HashMap::new();
    for row in &occupations.rows {
        let c = checked_code(&occupations, row.line, &row.fields[code])?;
        order.push(c.clone());
        roles.insert(
            c,
            RoleText {
                title: one_line(&row.fields[title]),
                description: row.fields[description].trim().to_string(),
                source_title: source.clone(),
                source_publisher: PUBLISHER.to_string(),
                ..RoleText::default()
            },
        );
    }
    if order.is_empty() {
        return Err(ImportError::NoRows {
            path: occupations.path.clone(),
        });
    }
    if let Some(t) = table(dir, "Alternate Titles.txt", false)? {
        let code = code_column(&t)?;
        let alt = t.require(&["Alternate Title"])?;
        let short = t.column(&["Short Title"]);
        for row in &t.rows {
            let c = checked_code(&t, row.line, &row.fields[code])?;
            if let Some(role) = roles.get_mut(&c) {
                let title = role.title.clone();
                push_unique(&mut role.aliases, one_line(&row.fields[alt]), &title);
                if let Some(s) = short {
                    let s = one_line(&row.fields[s]);
                    if s != "n/a" {
                        push_unique(&mut role.aliases, s, &title);
                    }
                }
            }
        }
    }
    if let Some(t) = table(dir, "Task Statements.txt", false)? {
        let code = code_column(&t)?;
        let task = t.require(&["Task"])?;
        for row in &t.rows {
            let c = checked_code(&t, row.line, &row.fields[code])?;
            if let Some(role) = roles.get_mut(&c) {
                let task = item(&row.fields[task]);
                if !task.is_empty() {
                    role.duties.push(task);
                }
            }
        }
    }
    let (skills, rated) = skills(dir, &roles)?;
    let zones = zones(dir)?;
    let related = related(dir)?;
    let mut departments = Vec::new();
    let mut folders = HashMap::new();
    for (group, name) in MAJOR_GROUPS {
        if order.iter().any(|c| c.starts_with(group)) {
            let folder = slug(name);
            folders.insert(*group, folder.clone());
            departments.push(Department {
                folder,
                name: (*name).to_string(),
                name_fr: None,
                description: String::new(),
                description_fr: None,
                order: group.parse().ok(),
            });
        }
    }
    let mut ids = Ids::new();
    let id_of: HashMap<String, String> = order
        .iter()
        .map(|c| (c.clone(), ids.claim(slug(&roles[c].title))))
        .collect();
    let mut drafts = Vec::new();
    for c in &order {
        let Some(en) = roles.remove(c) else {
            continue;
        };
        drafts.push(RoleDraft {
            folder: folders.get(&c[..2]).cloned().unwrap_or_default(),
            id: id_of[c].clone(),
            en,
            fr: None,
            noc: None,
            related: related
                .get(c)
                .into_iter()
                .flatten()
                .filter_map(|r| id_of.get(r).cloned())
                .filter(|r| *r != id_of[c])
                .take(RELATED)
                .collect(),
            entry_level: zones.get(c).is_some_and(|z| *z <= ENTRY_ZONE),
            skills: rated.get(c).cloned().unwrap_or_default(),
            source_url: URL.to_string(),
            retrieved: today.to_string(),
        });
    }
    let welcome = format!(
        "Includes information from the {source} by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence, and adapted by crewpath import; USDOL/ETA has not approved, endorsed or tested these changes. O*NET is a trademark of USDOL/ETA."
    );
    Ok(Draft {
        title: source,
        title_fr: None,
        welcome,
        welcome_fr: None,
        departments,
        roles: drafts,
        skills,
    })
}

/// The release, from the folder's name as the O*NET Center ships it
/// (`db_29_1_text` is 29.1).
fn version(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    let rest = name.strip_prefix("db_")?.strip_suffix("_text")?;
    let (major, minor) = rest.split_once('_')?;
    (major.bytes().all(|b| b.is_ascii_digit()) && minor.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{major}.{minor}"))
}

fn table(dir: &Path, name: &str, required: bool) -> Result<Option<Table>, ImportError> {
    let path = dir.join(name);
    if !path.exists() {
        return if required {
            Err(ImportError::MissingFile { path })
        } else {
            Ok(None)
        };
    }
    Table::read(&path, '\t').map(Some)
}

/// The first column must be O*NET-SOC codes: another classification's
/// file is refused here, whole.
fn code_column(table: &Table) -> Result<usize, ImportError> {
    table
        .column(CODE)
        .ok_or_else(|| ImportError::OtherClassification {
            path: table.path.clone(),
            expected: "O*NET-SOC (O*NET-SOC Code)".to_string(),
            found: table.columns.first().cloned().unwrap_or_default(),
        })
}

/// An O*NET-SOC code, `NN-NNNN.NN`; `NN-NNNN` is read as `NN-NNNN.00`.
fn checked_code(table: &Table, line: usize, raw: &str) -> Result<String, ImportError> {
    let raw = raw.trim();
    let code = if raw.len() == 7 {
        format!("{raw}.00")
    } else {
        raw.to_string()
    };
    let b = code.as_bytes();
    let ok = b.len() == 10
        && b[2] == b'-'
        && b[7] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 7 || c.is_ascii_digit());
    if ok {
        Ok(code)
    } else {
        Err(ImportError::BadCode {
            path: table.path.clone(),
            line,
            code: raw.to_string(),
            expected: "O*NET-SOC (NN-NNNN.NN)".to_string(),
        })
    }
}

type Rated = HashMap<String, Vec<(String, String)>>;

/// The skills to declare, and each occupation's important ones by
/// importance, highest first.
fn skills(
    dir: &Path,
    roles: &HashMap<String, RoleText>,
) -> Result<(Vec<Skill>, Rated), ImportError> {
    let Some(t) = table(dir, "Skills.txt", false)? else {
        return Ok((Vec::new(), HashMap::new()));
    };
    let code = code_column(&t)?;
    let element = t.require(&["Element ID"])?;
    let name = t.require(&["Element Name"])?;
    let scale = t.require(&["Scale ID"])?;
    let value = t.require(&["Data Value"])?;
    let suppress = t.column(&["Recommend Suppress"]);
    let mut by_role: HashMap<String, Vec<(f64, String, String)>> = HashMap::new();
    let mut declared: Vec<Skill> = Vec::new();
    for row in &t.rows {
        let c = checked_code(&t, row.line, &row.fields[code])?;
        if row.fields[scale].trim() != "IM" || !roles.contains_key(&c) {
            continue;
        }
        if suppress.is_some_and(|s| row.fields[s].trim() == "Y") {
            continue;
        }
        let Ok(importance) = row.fields[value].trim().parse::<f64>() else {
            return Err(ImportError::BadCode {
                path: t.path.clone(),
                line: row.line,
                code: row.fields[value].clone(),
                expected: "Data Value (a number)".to_string(),
            });
        };
        if importance < IMPORTANT {
            continue;
        }
        let skill_name = one_line(&row.fields[name]);
        let id = slug(&skill_name);
        let category = if row.fields[element].trim().starts_with("2.A") {
            "basic"
        } else {
            "cross-functional"
        };
        if !declared.iter().any(|s| s.id == id) {
            declared.push(Skill {
                id: id.clone(),
                category: category.to_string(),
                en: skill_name.to_lowercase(),
            });
        }
        by_role
            .entry(c)
            .or_default()
            .push((importance, category.to_string(), id));
    }
    let rated = by_role
        .into_iter()
        .map(|(c, mut list)| {
            list.sort_by(|a, b| b.0.total_cmp(&a.0));
            (c, list.into_iter().map(|(_, cat, id)| (cat, id)).collect())
        })
        .collect();
    Ok((declared, rated))
}

fn zones(dir: &Path) -> Result<HashMap<String, u8>, ImportError> {
    let mut zones = HashMap::new();
    if let Some(t) = table(dir, "Job Zones.txt", false)? {
        let code = code_column(&t)?;
        let zone = t.require(&["Job Zone"])?;
        for row in &t.rows {
            let c = checked_code(&t, row.line, &row.fields[code])?;
            if let Ok(z) = row.fields[zone].trim().parse::<u8>() {
                zones.insert(c, z);
            }
        }
    }
    Ok(zones)
}

fn related(dir: &Path) -> Result<HashMap<String, Vec<String>>, ImportError> {
    let mut related: HashMap<String, Vec<(u32, String)>> = HashMap::new();
    if let Some(t) = table(dir, "Related Occupations.txt", false)? {
        let code = code_column(&t)?;
        let other = t.require(&["Related O*NET-SOC Code"])?;
        let index = t.column(&["Index"]);
        for row in &t.rows {
            let c = checked_code(&t, row.line, &row.fields[code])?;
            let r = checked_code(&t, row.line, &row.fields[other])?;
            let at = index
                .and_then(|i| row.fields[i].trim().parse().ok())
                .unwrap_or(u32::MAX);
            related.entry(c).or_default().push((at, r));
        }
    }
    Ok(related
        .into_iter()
        .map(|(c, mut list)| {
            list.sort_by_key(|(at, _)| *at);
            (c, list.into_iter().map(|(_, r)| r).collect())
        })
        .collect())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
