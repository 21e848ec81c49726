//! Statistics Canada's National Occupational Classification 2021 Version
//! 1.0: the classification-structure file (one row per class, five levels)
//! and the elements file (example titles, main duties, employment
//! requirements… one row per item), in English and, optionally, French.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::ImportError;
use super::draft::{Department, Draft, Ids, RoleDraft, RoleText, item, push_unique, slug};
use super::table::{Table, loose};

/// The files of one import.
pub struct NocFiles {
    pub elements: PathBuf,
    pub structure: PathBuf,
    pub french: Option<(PathBuf, PathBuf)>,
}

const VERSION: &str = "2021";
const URL: &str = "https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1";

/// One class of the structure.
struct Class {
    level: usize,
    title: String,
    definition: String,
}

/// What the elements file says of one unit group.
#[derive(Default)]
struct Elements {
    examples: Vec<String>,
    illustrative: Vec<String>,
    duties: Vec<String>,
    requirements: Vec<String>,
    additional: Vec<String>,
    title: String,
}

pub fn read(files: &NocFiles, today: &str) -> Result<Draft, ImportError> {
    let structure = read_structure(&files.structure)?;
    let elements = read_elements(&files.elements)?;
    let french = match &files.french {
        Some((el, st)) => Some((read_elements(el)?, read_structure(st)?)),
        None => None,
    };
    let mut departments = Vec::new();
    let mut folders: HashMap<String, String> = HashMap::new();
    let mut codes: Vec<&String> = structure.keys().collect();
    codes.sort();
    for code in &codes {
        let class = &structure[*code];
        if class.level > 2 {
            continue;
        }
        let parent = if class.level == 2 {
            folders.get(&code[..1]).cloned()
        } else {
            None
        };
        let name = slug(&class.title);
        let folder = match parent {
            Some(p) => format!("{p}/{name}"),
            None => name,
        };
        folders.insert((*code).clone(), folder.clone());
        let fr = french.as_ref().and_then(|(_, s)| s.get(*code));
        departments.push(Department {
            folder,
            name: class.title.clone(),
            name_fr: fr.map(|c| c.title.clone()),
            description: class.definition.clone(),
            description_fr: fr.map(|c| c.definition.clone()),
            order: code.parse().ok(),
        });
    }
    let mut ids = Ids::new();
    let mut roles = Vec::new();
    for code in codes {
        let class = &structure[code];
        if class.level != 5 {
            continue;
        }
        let folder = folders
            .get(&code[..2])
            .or_else(|| folders.get(&code[..1]))
            .cloned()
            .unwrap_or_default();
        let en = text(
            class,
            elements.get(code),
            "National Occupational Classification (NOC) 2021 Version 1.0",
            "Statistics Canada",
        );
        let fr = french.as_ref().and_then(|(el, st)| {
            let found = el.get(code);
            let title = st
                .get(code)
                .map(|c| c.title.clone())
                .or_else(|| found.map(|e| e.title.clone()))?;
            let class = Class {
                level: 5,
                title,
                definition: st
                    .get(code)
                    .map(|c| c.definition.clone())
                    .unwrap_or_default(),
            };
            Some(text(
                &class,
                found,
                "Classification nationale des professions (CNP) 2021 version 1.0",
                "Statistique Canada",
            ))
        });
        roles.push(RoleDraft {
            folder,
            id: ids.claim(slug(&class.title)),
            en,
            fr,
            noc: Some((code.clone(), VERSION.to_string())),
            related: Vec::new(),
            entry_level: false,
            skills: Vec::new(),
            source_url: URL.to_string(),
            retrieved: today.to_string(),
        });
    }
    if roles.is_empty() {
        return Err(ImportError::NoRows {
            path: files.structure.clone(),
        });
    }
    Ok(Draft {
        title: "National Occupational Classification 2021".to_string(),
        title_fr: french
            .as_ref()
            .map(|_| "Classification nationale des professions 2021".to_string()),
        welcome: "Source: Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0, reproduced and adapted under the Statistics Canada Open Licence. This does not constitute an endorsement by Statistics Canada.".to_string(),
        welcome_fr: french.as_ref().map(|_| "Source : Statistique Canada, Classification nationale des professions (CNP) 2021 version 1.0, reproduite et adaptée en vertu de la Licence ouverte de Statistique Canada. Cela ne constitue pas une approbation de Statistique Canada.".to_string()),
        departments,
        roles,
        skills: Vec::new(),
    })
}

fn text(class: &Class, elements: Option<&Elements>, source: &str, publisher: &str) -> RoleText {
    let mut t = RoleText {
        title: class.title.clone(),
        description: class.definition.clone(),
        noc_title: class.title.clone(),
        source_title: source.to_string(),
        source_publisher: publisher.to_string(),
        ..RoleText::default()
    };
    if let Some(e) = elements {
        let examples = if e.examples.is_empty() {
            &e.illustrative
        } else {
            &e.examples
        };
        for example in examples {
            push_unique(&mut t.aliases, item(example), &class.title);
        }
        t.duties = e
            .duties
            .iter()
            .map(|d| item(d))
            .filter(|d| !d.is_empty())
            .collect();
        t.education = paragraphs(&e.requirements);
        t.advancement = paragraphs(&e.additional);
    }
    t
}

fn paragraphs(items: &[String]) -> String {
    items
        .iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The columns every NOC file has, found by their English or French names.
struct Columns {
    level: usize,
    code: usize,
    title: usize,
}

fn columns(table: &Table) -> Result<Columns, ImportError> {
    let level = table.require(&["Level", "Niveau"])?;
    let code = code_column(table)?;
    let title = table.require(&["Class title", "Titres de classes", "Titre de classe"])?;
    Ok(Columns { level, code, title })
}

/// The code column, which names the classification and its version: a
/// file of another classification or version is refused here, whole.
fn code_column(table: &Table) -> Result<usize, ImportError> {
    let refuse = |found: &str| ImportError::OtherClassification {
        path: table.path.clone(),
        expected: "NOC 2021 Version 1.0".to_string(),
        found: found.to_string(),
    };
    let Some(at) = table
        .columns
        .iter()
        .position(|c| loose(c).starts_with("code"))
    else {
        return Err(ImportError::MissingColumn {
            path: table.path.clone(),
            column: "Code - NOC 2021 V1.0".to_string(),
            found: table.columns.join(", "),
        });
    };
    let name = loose(&table.columns[at]);
    let names_noc = name.contains("noc") || name.contains("cnp");
    let other_year = ["2006", "2011", "2016", "2026"]
        .iter()
        .any(|y| name.contains(y));
    let other_version = ["v1.1", "v1.2", "v1.3", "v2.0", "v 2", "version 2"]
        .iter()
        .any(|v| name.contains(v));
    if !names_noc || other_year || other_version {
        return Err(refuse(&table.columns[at]));
    }
    Ok(at)
}

/// The code of a row at `level`, its leading zeros put back where a
/// spreadsheet took them off (`10` for unit group `00010`).
fn code_at(table: &Table, line: usize, raw: &str, level: usize) -> Result<String, ImportError> {
    let raw = raw.trim();
    let bad = || ImportError::BadCode {
        path: table.path.clone(),
        line,
        code: raw.to_string(),
        expected: format!("NOC 2021 ({level}-digit)"),
    };
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) || raw.len() > level {
        return Err(bad());
    }
    Ok(format!("{raw:0>level$}"))
}

fn level_of(table: &Table, line: usize, raw: &str) -> Result<usize, ImportError> {
    match raw.trim().parse::<usize>() {
        Ok(level @ 1..=5) => Ok(level),
        _ => Err(ImportError::BadLevel {
            path: table.path.clone(),
            line,
            level: raw.to_string(),
        }),
    }
}

fn read_structure(path: &Path) -> Result<HashMap<String, Class>, ImportError> {
    let table = Table::read(path, ',')?;
    let cols = columns(&table)?;
    let definition = table.column(&[
        "Class definition",
        "Définitions de la classe",
        "Définition de la classe",
    ]);
    let mut classes = HashMap::new();
    for row in &table.rows {
        let level = level_of(&table, row.line, &row.fields[cols.level])?;
        let code = code_at(&table, row.line, &row.fields[cols.code], level)?;
        classes.insert(
            code,
            Class {
                level,
                title: one_line(&row.fields[cols.title]),
                definition: definition
                    .map(|d| one_line(&row.fields[d]))
                    .unwrap_or_default(),
            },
        );
    }
    if !classes.values().any(|c| c.level == 5) {
        return Err(ImportError::NoRows {
            path: path.to_path_buf(),
        });
    }
    Ok(classes)
}

fn read_elements(path: &Path) -> Result<HashMap<String, Elements>, ImportError> {
    let table = Table::read(path, ',')?;
    let cols = columns(&table)?;
    let kind = table.require(&[
        "Element Type Label English",
        "Nom du type d'élément Français",
        "Element Type Label French",
    ])?;
    let description = table.require(&[
        "Element Description English",
        "Description d'élément Français",
        "Element Description French",
    ])?;
    let mut found: HashMap<String, Elements> = HashMap::new();
    for row in &table.rows {
        let level = level_of(&table, row.line, &row.fields[cols.level])?;
        let code = code_at(&table, row.line, &row.fields[cols.code], level)?;
        let e = found.entry(code).or_default();
        if e.title.is_empty() {
            e.title = one_line(&row.fields[cols.title]);
        }
        let text = row.fields[description].trim().to_string();
        if text.is_empty() {
            continue;
        }
        match loose(&row.fields[kind]).as_str() {
            "all examples" | "tous les exemples" => e.examples.push(text),
            "illustrative example(s)" | "exemple(s) illustratif(s)" => e.illustrative.push(text),
            // The first item introduces the list ("This group performs some
            // or all of the following duties:").
            "main duties" | "fonctions principales"
                if !(e.duties.is_empty() && text.trim_end().ends_with(':')) =>
            {
                e.duties.push(text)
            }
            "employment requirements" | "conditions d'accès à la profession" => {
                e.requirements.push(text)
            }
            "additional information" | "renseignements supplémentaires" => e.additional.push(text),
            _ => {}
        }
    }
    Ok(found)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table::parse(Path::new("s.csv"), "Level,Code - NOC 2021 V1.0\n", ',').expect("header")
    }

    #[test]
    fn leading_zeros_a_spreadsheet_dropped_are_put_back() {
        let t = table();
        assert_eq!(code_at(&t, 2, "10", 5).ok().as_deref(), Some("00010"));
        assert_eq!(code_at(&t, 2, "00010", 5).ok().as_deref(), Some("00010"));
        assert_eq!(code_at(&t, 2, "0", 1).ok().as_deref(), Some("0"));
        assert_eq!(code_at(&t, 2, " 52113 ", 5).ok().as_deref(), Some("52113"));
        assert!(matches!(
            code_at(&t, 7, "052112", 5),
            Err(ImportError::BadCode { line: 7, .. })
        ));
        assert!(code_at(&t, 2, "5211a", 5).is_err());
    }
}
