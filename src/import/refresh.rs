//! Writing an imported library without ever overwriting what staff wrote.
//! An import goes into a new or empty folder, or into a folder an earlier
//! import made: its marker file records what each file held when written,
//! so a file staff changed, added or removed since is left as it is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::ImportError;

/// The marker, in the library folder; the loader ignores names that start
/// with a dot.
pub const MARKER: &str = ".crewpath-import";
/// The marker's line naming the classification the library came from.
const SOURCE: &str = "# source: ";

/// What an import did.
pub struct Outcome {
    pub roles: usize,
    pub departments: usize,
    pub written: usize,
    /// Files left as staff made them: changed, added or removed since the
    /// last import, by path inside the library.
    pub kept: Vec<String>,
    pub refreshed: bool,
}

/// Writes `files` into `out` as the module describes.
pub fn write(
    out: &Path,
    source: &str,
    files: &[(String, String)],
    roles: usize,
    departments: usize,
) -> Result<Outcome, ImportError> {
    let write_error = |path: &Path, e: std::io::Error| ImportError::Write {
        path: path.to_path_buf(),
        error: e.to_string(),
    };
    let marker = out.join(MARKER);
    let previous = if out.exists() {
        match std::fs::read_to_string(&marker) {
            Ok(text) => {
                let made_from = text
                    .lines()
                    .find_map(|l| l.strip_prefix(SOURCE))
                    .unwrap_or_default()
                    .trim();
                if made_from != source {
                    // Another classification's files would be mixed in,
                    // and its own would no longer be recognised.
                    return Err(ImportError::OtherSource {
                        dir: out.to_path_buf(),
                        was: made_from.to_string(),
                        now: source.to_string(),
                    });
                }
                Some(parse_marker(&text))
            }
            Err(_) => {
                let mut entries = std::fs::read_dir(out).map_err(|e| ImportError::Read {
                    path: out.to_path_buf(),
                    error: e.to_string(),
                })?;
                if entries.next().is_some() {
                    return Err(ImportError::NotOurs {
                        dir: out.to_path_buf(),
                    });
                }
                None
            }
        }
    } else {
        std::fs::create_dir_all(out).map_err(|e| write_error(out, e))?;
        None
    };
    let refreshed = previous.is_some();
    let previous = previous.unwrap_or_default();
    let mut recorded = BTreeMap::new();
    let mut kept = BTreeSet::new();
    let mut written = 0;
    for (rel, text) in files {
        let target = out.join(rel);
        let was = previous.get(rel);
        match std::fs::read(&target) {
            Ok(now) => {
                if was == Some(&fingerprint(&now)) {
                    put(&target, text).map_err(|e| write_error(&target, e))?;
                    recorded.insert(rel.clone(), fingerprint(text.as_bytes()));
                    written += 1;
                } else {
                    if let Some(was) = was {
                        recorded.insert(rel.clone(), was.clone());
                    }
                    kept.insert(rel.clone());
                }
            }
            Err(_) if was.is_some() => {
                // Removed by staff since the last import: left out.
                if let Some(was) = was {
                    recorded.insert(rel.clone(), was.clone());
                }
                kept.insert(rel.clone());
            }
            Err(_) => {
                if refreshed {
                    put(&target, text)
                } else {
                    create(&target, text)
                }
                .map_err(|e| write_error(&target, e))?;
                recorded.insert(rel.clone(), fingerprint(text.as_bytes()));
                written += 1;
            }
        }
    }
    let ours: BTreeSet<&str> = files.iter().map(|(rel, _)| rel.as_str()).collect();
    for entry in walkdir::WalkDir::new(out).into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(out) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel != MARKER && !ours.contains(rel.as_str()) && !previous.contains_key(&rel) {
            kept.insert(rel);
        }
    }
    let mut text = format!(
        "# Written by crewpath import: what each imported file held, so that a\n# later import leaves files staff changed alone. Do not edit.\n{SOURCE}{source}\n"
    );
    for (rel, hash) in &recorded {
        text.push_str(&format!("{hash}\t{rel}\n"));
    }
    put(&marker, &text).map_err(|e| write_error(&marker, e))?;
    Ok(Outcome {
        roles,
        departments,
        written,
        kept: kept.into_iter().collect(),
        refreshed,
    })
}

fn parse_marker(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(hash, rel)| (rel.to_string(), hash.to_string()))
        .collect()
}

/// FNV-1a, 64 bits: stable from one run and one build to the next.
fn fingerprint(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Writes a file into a folder a first import is filling. Written in
/// place: creating files is most of an import's time, and a file left
/// half-written by an interruption sits in a folder whose marker is not
/// yet written, which the next import refuses rather than trusts.
fn create(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

/// Replaces a file whole: written to a temporary name beside it, then
/// renamed over it, so a reader never sees half of it.
fn put(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".import-tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}
