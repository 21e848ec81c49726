//! `crewpath import`: a role library from NOC 2021 or O*NET files.

use super::{Status, say};
use crate::cli::ImportSource;
use crate::import::{self, ImportError, NocFiles, Outcome};

pub fn run(source: ImportSource) -> Status {
    let today = import::today();
    let (result, out) = match source {
        ImportSource::Noc {
            elements,
            structure,
            fr,
            out,
        } => {
            let french = fr.and_then(|mut two| {
                let structure = two.pop()?;
                let elements = two.pop()?;
                Some((elements, structure))
            });
            let files = NocFiles {
                elements,
                structure,
                french,
            };
            (import::import_noc(&files, &out, &today), out)
        }
        ImportSource::Onet { dir, out } => (import::import_onet(&dir, &out, &today), out),
    };
    match result {
        Ok(outcome) => report(&outcome, &out),
        Err(e @ (ImportError::NotOurs { .. } | ImportError::OtherSource { .. })) => {
            super::usage_error(&e.to_string())
        }
        Err(e) => {
            say(&e.to_string());
            Status::FAILURE
        }
    }
}

fn report(outcome: &Outcome, out: &std::path::Path) -> Status {
    let dir = crate::clean::clean_line(&out.display().to_string()).into_owned();
    let mut text = crate::t!(
        "import-done",
        roles = outcome.roles,
        departments = outcome.departments,
        files = outcome.written,
        dir = dir.clone()
    );
    text.push('\n');
    if !outcome.kept.is_empty() {
        text.push_str(&crate::t!(
            "import-kept-heading",
            count = outcome.kept.len()
        ));
        text.push('\n');
        for rel in &outcome.kept {
            text.push_str("  ");
            text.push_str(&crate::clean::clean_line(rel));
            text.push('\n');
        }
    }
    text.push_str(&crate::t!("import-next", dir = dir));
    text.push('\n');
    match crate::output::print(text.as_bytes()) {
        Ok(()) => Status::SUCCESS,
        Err(e) => super::write_failed(&crate::t!("import-the-report"), &e),
    }
}
