//! Turning the official occupational classifications into a role library:
//! Statistics Canada's NOC 2021 Version 1.0 (English and French CSV files)
//! and the O*NET text database. Everything is read and checked before a
//! single file is written, so a refused file never leaves half a library.

mod draft;
mod french;
mod noc;
mod onet;
mod refresh;
mod render;
mod table;

use std::path::{Path, PathBuf};

pub use draft::{Department, Draft, RoleDraft, RoleText, Skill};
pub use noc::NocFiles;
pub use refresh::Outcome;

/// Why an import stopped before writing anything.
#[derive(Debug)]
pub enum ImportError {
    Read {
        path: PathBuf,
        error: String,
    },
    Write {
        path: PathBuf,
        error: String,
    },
    UnclosedQuote {
        path: PathBuf,
        line: usize,
    },
    FieldCount {
        path: PathBuf,
        line: usize,
        found: usize,
        expected: usize,
    },
    MissingColumn {
        path: PathBuf,
        column: String,
        found: String,
    },
    OtherClassification {
        path: PathBuf,
        expected: String,
        found: String,
    },
    BadCode {
        path: PathBuf,
        line: usize,
        code: String,
        expected: String,
    },
    BadLevel {
        path: PathBuf,
        line: usize,
        level: String,
    },
    NoRows {
        path: PathBuf,
    },
    MissingFile {
        path: PathBuf,
    },
    NotOurs {
        dir: PathBuf,
    },
    OtherSource {
        dir: PathBuf,
        was: String,
        now: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &Path| crate::clean::clean_line(&p.display().to_string()).into_owned();
        let text = match self {
            ImportError::Read { path, error } => {
                crate::t!(
                    "import-cannot-read",
                    path = shown(path),
                    error = error.clone()
                )
            }
            ImportError::Write { path, error } => {
                crate::t!(
                    "import-cannot-write",
                    path = shown(path),
                    error = error.clone()
                )
            }
            ImportError::UnclosedQuote { path, line } => {
                crate::t!("import-unclosed-quote", path = shown(path), line = *line)
            }
            ImportError::FieldCount {
                path,
                line,
                found,
                expected,
            } => crate::t!(
                "import-field-count",
                path = shown(path),
                line = *line,
                found = *found,
                expected = *expected
            ),
            ImportError::MissingColumn {
                path,
                column,
                found,
            } => crate::t!(
                "import-missing-column",
                path = shown(path),
                column = column.clone(),
                found = crate::clean::clean_line(found).into_owned()
            ),
            ImportError::OtherClassification {
                path,
                expected,
                found,
            } => crate::t!(
                "import-other-classification",
                path = shown(path),
                expected = expected.clone(),
                found = crate::clean::clean_line(found).into_owned()
            ),
            ImportError::BadCode {
                path,
                line,
                code,
                expected,
            } => crate::t!(
                "import-bad-code",
                path = shown(path),
                line = *line,
                code = crate::clean::clean_line(code).into_owned(),
                expected = expected.clone()
            ),
            ImportError::BadLevel { path, line, level } => crate::t!(
                "import-bad-level",
                path = shown(path),
                line = *line,
                level = crate::clean::clean_line(level).into_owned()
            ),
            ImportError::NoRows { path } => crate::t!("import-no-rows", path = shown(path)),
            ImportError::MissingFile { path } => {
                crate::t!("import-missing-file", path = shown(path))
            }
            ImportError::NotOurs { dir } => crate::t!("import-not-ours", dir = shown(dir)),
            ImportError::OtherSource { dir, was, now } => crate::t!(
                "import-other-source",
                dir = shown(dir),
                was = crate::clean::clean_line(was).into_owned(),
                now = now.clone()
            ),
        };
        f.write_str(&text)
    }
}

/// Imports the NOC files into `out`.
pub fn import_noc(files: &NocFiles, out: &Path, today: &str) -> Result<Outcome, ImportError> {
    let draft = noc::read(files, today)?;
    refresh::write(
        out,
        "noc",
        &render::files(&draft),
        draft.roles.len(),
        draft.departments.len(),
    )
}

/// Imports the O*NET text database in `dir` into `out`.
pub fn import_onet(dir: &Path, out: &Path, today: &str) -> Result<Outcome, ImportError> {
    let draft = onet::read(dir, today)?;
    refresh::write(
        out,
        "onet",
        &render::files(&draft),
        draft.roles.len(),
        draft.departments.len(),
    )
}

/// Today's date, year-month-day, from the system clock (UTC).
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_date(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's algorithm).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(20_454), "2026-01-01");
        assert_eq!(super::civil_date(11_016), "2000-02-29");
    }
}
