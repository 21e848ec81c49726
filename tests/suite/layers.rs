//! The modules of `src/` form layers, written down once in [`LAYERS`]: a
//! module uses only the layers below its own, and no files use one another
//! around a circle, inside a module or across. An import against the order
//! fails here with its file and line, and a new module must be given its
//! layer before the test passes.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// crewpath's top-level modules, lowest first. Each may use the layers
/// below it and nothing in its own layer or above.
const LAYERS: &[&[&str]] = &[
    // Knows nothing of roles: text cleaning and folding, the messages,
    // terminal bytes, memory, folder watching.
    &["clean", "fold", "i18n", "input", "memory", "watcher"],
    &["output", "symbols"],
    // Role files, loading, checking and the ladder; role files written
    // from the official classifications.
    &["import", "library"],
    // Questions asked of a library: search, comparisons, routes and fits.
    &["career", "search"],
    // A role's sheet, as the detail pane, `show` and the handout give it.
    &["sheet"],
    // The explorer's state, then what draws it and the command line.
    &["app"],
    &["cli", "ui"],
    &["commands"],
    &["print"],
    &["config"],
    &["explorer"],
    // What the binary runs: a command or the explorer.
    &["run"],
];

/// A use of one module by another, where it is written.
#[derive(Debug, Clone)]
struct Use {
    from: Vec<String>,
    to: Vec<String>,
    file: String,
    line: usize,
}

/// The module a file under `src/` holds: `library/model.rs` is
/// `library::model`, `library/mod.rs` is `library`, `lib.rs` the root.
fn module_of(rel: &str) -> Vec<String> {
    let stem = rel.trim_end_matches(".rs");
    let mut parts: Vec<String> = stem.split('/').map(str::to_string).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its unit tests: what the
/// crate itself is built from.
fn code_of(source: &str) -> Vec<(usize, String)> {
    let body = match source.find("#[cfg(test)]\nmod tests") {
        Some(at) => &source[..at],
        None => source,
    };
    body.lines()
        .enumerate()
        .map(|(n, line)| {
            let code = match line.find("//") {
                Some(at) => &line[..at],
                None => line,
            };
            (n + 1, code.to_string())
        })
        .collect()
}

/// Every path a `use` tree names, e.g. `super::{model::Role, fields}` gives
/// `super::model::Role` and `super::fields`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(tree).trim().to_string()];
    };
    let prefix = tree[..open].trim_end_matches("::");
    let inner = tree[open + 1..].trim_end().trim_end_matches('}');
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items
        .into_iter()
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .flat_map(expand)
        .map(|path| match path.as_str() {
            "self" => prefix.to_string(),
            _ => format!("{prefix}::{path}"),
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths starting at `crate`, `super` or `self` in a file's code, each
/// with its line: those of `use` trees and those written in place.
fn paths_in(code: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut statement: Option<(usize, String)> = None;
    for (line, text) in code {
        let mut rest = text.as_str();
        if let Some((start, mut tree)) = statement.take() {
            tree.push_str(rest);
            match tree.find(';') {
                Some(end) => {
                    found.extend(expand(&tree[..end]).into_iter().map(|p| (start, p)));
                    rest = "";
                }
                None => {
                    statement = Some((start, tree));
                    continue;
                }
            }
        }
        let trimmed = rest.trim_start();
        let used = trimmed
            .strip_prefix("pub use ")
            .or_else(|| trimmed.strip_prefix("pub(crate) use "))
            .or_else(|| trimmed.strip_prefix("use "));
        if let Some(tree) = used {
            match tree.find(';') {
                Some(end) => found.extend(expand(&tree[..end]).into_iter().map(|p| (*line, p))),
                None => statement = Some((*line, tree.to_string())),
            }
            continue;
        }
        for root in ["crate::", "super::"] {
            let mut from = 0;
            while let Some(at) = rest[from..].find(root) {
                let at = from + at;
                let before = rest[..at].chars().next_back();
                from = at + root.len();
                if before.is_some_and(|c| is_ident(c) || c == ':' || c == '$') {
                    continue;
                }
                let end = rest[at..]
                    .find(|c: char| !(is_ident(c) || c == ':'))
                    .map_or(rest.len(), |n| at + n);
                found.push((*line, rest[at..end].trim_end_matches(':').to_string()));
            }
        }
    }
    found
}

/// The module a path names, as far as it names a module of `modules`; the
/// items after it (a type, a function) are left off. A path into another
/// crate names none.
fn target(from: &[String], path: &str, modules: &BTreeSet<Vec<String>>) -> Vec<String> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut at: Vec<String> = match segments.peek().copied() {
        Some("crate") => {
            segments.next();
            Vec::new()
        }
        Some("super" | "self") => from.to_vec(),
        // `use model::Role` in a module names its child `model`.
        Some(child) if modules.contains(&[from, &[child.to_string()]].concat()) => from.to_vec(),
        _ => return Vec::new(),
    };
    while let Some(&segment) = segments.peek() {
        match segment {
            "super" => {
                at.pop();
            }
            "self" => {}
            _ => break,
        }
        segments.next();
    }
    for segment in segments {
        let mut next = at.clone();
        next.push(segment.to_string());
        if !modules.contains(&next) {
            break;
        }
        at = next;
    }
    at
}

/// Every use of one module by another in `files` (path under `src/`, text).
fn uses(files: &BTreeMap<String, String>) -> Vec<Use> {
    let modules: BTreeSet<Vec<String>> = files.keys().map(|rel| module_of(rel)).collect();
    let mut all = Vec::new();
    for (rel, source) in files {
        let from = module_of(rel);
        for (line, path) in paths_in(&code_of(source)) {
            let to = target(&from, &path, &modules);
            // A module's parents re-export its siblings' items; a use of
            // them is counted where it leads, not as a use of the parent.
            if to.is_empty() || from.starts_with(&to) || to.starts_with(&from) {
                continue;
            }
            all.push(Use {
                from: from.clone(),
                to,
                file: format!("src/{rel}"),
                line,
            });
        }
    }
    all
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Uses of a module in the same layer or one above, each as a sentence.
fn against_the_layers(uses: &[Use]) -> Vec<String> {
    let mut wrong = Vec::new();
    for u in uses {
        let (from, to) = (&u.from[0], &u.to[0]);
        if from == to {
            continue;
        }
        match (layer_of(from), layer_of(to)) {
            (Some(a), Some(b)) if a > b => {}
            (Some(_), Some(_)) => wrong.push(format!(
                "{}:{}: {from} uses {to}, which is not in a layer below it",
                u.file, u.line
            )),
            _ => wrong.push(format!(
                "{}:{}: {from} or {to} has no layer in LAYERS (tests/suite/layers.rs); give it one",
                u.file, u.line
            )),
        }
    }
    wrong
}

/// A circle of modules using one another, each step with where it is
/// written, if there is one.
fn a_circle(uses: &[Use]) -> Option<Vec<String>> {
    let mut edges: BTreeMap<&[String], Vec<&Use>> = BTreeMap::new();
    for u in uses {
        edges.entry(&u.from).or_default().push(u);
    }
    // Depth first, from every module, keeping the path walked.
    fn walk<'a>(
        at: &'a [String],
        edges: &BTreeMap<&'a [String], Vec<&'a Use>>,
        path: &mut Vec<&'a Use>,
        done: &mut BTreeSet<&'a [String]>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|u| u.from.as_slice() == at) {
            return Some(
                path[start..]
                    .iter()
                    .map(|u| {
                        format!(
                            "{} uses {} ({}:{})",
                            u.from.join("::"),
                            u.to.join("::"),
                            u.file,
                            u.line
                        )
                    })
                    .collect(),
            );
        }
        if !done.insert(at) {
            return None;
        }
        for u in edges.get(at).into_iter().flatten() {
            path.push(u);
            if let Some(circle) = walk(&u.to, edges, path, done) {
                return Some(circle);
            }
            path.pop();
        }
        None
    }
    let mut done = BTreeSet::new();
    for &from in edges.keys() {
        let mut path = Vec::new();
        if let Some(circle) = walk(from, &edges, &mut path, &mut done) {
            return Some(circle);
        }
    }
    None
}

fn read_src(dir: &Path, rel: &str, files: &mut BTreeMap<String, String>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if path.is_dir() {
            read_src(&path, &rel, files);
        } else if name.ends_with(".rs") && rel != "main.rs" && name != "tests.rs" {
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
            files.insert(rel, text);
        }
    }
}

fn crate_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    read_src(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "",
        &mut files,
    );
    files
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let files = crate_files();
    let wrong = against_the_layers(&uses(&files));
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
    // Every module has its layer, and every layer names real modules.
    let top: BTreeSet<String> = files
        .keys()
        .filter_map(|rel| module_of(rel).first().cloned())
        .collect();
    for module in &top {
        assert!(
            layer_of(module).is_some(),
            "src/{module} has no layer in LAYERS"
        );
    }
    for module in LAYERS.iter().flat_map(|layer| layer.iter()) {
        assert!(
            top.contains(*module),
            "LAYERS names {module}, which src/ does not have"
        );
    }
}

#[test]
fn no_modules_use_one_another_around_a_circle() {
    let circle = a_circle(&uses(&crate_files()));
    assert!(
        circle.is_none(),
        "a circle of modules:\n{}",
        circle.unwrap_or_default().join("\n")
    );
}

#[test]
fn the_checks_find_an_import_upwards_and_a_circle() {
    let files: BTreeMap<String, String> = [
        ("lib.rs", "pub mod library;\npub mod search;\n"),
        (
            "library/mod.rs",
            "mod model;\nmod packed;\npub use model::Role;\n",
        ),
        (
            "library/model.rs",
            "use super::packed::Texts;\n/// [`crate::search`]\npub struct Role;\n",
        ),
        (
            "library/packed.rs",
            "use super::{\n    model::Role,\n};\nfn f() { crate::search::find(); }\n",
        ),
        (
            "search/mod.rs",
            "use crate::library::Role;\npub fn find() {}\n",
        ),
    ]
    .into_iter()
    .map(|(rel, text)| (rel.to_string(), text.to_string()))
    .collect();
    let found = uses(&files);
    assert_eq!(
        against_the_layers(&found),
        ["src/library/packed.rs:4: library uses search, which is not in a layer below it"]
    );
    let circle = a_circle(&found).expect("model and packed use each other");
    assert_eq!(
        circle,
        [
            "library::model uses library::packed (src/library/model.rs:1)",
            "library::packed uses library::model (src/library/packed.rs:1)",
        ]
    );
}

/// The explorer's state changes only in `App::update`: whatever else holds
/// the app (drawing, printing) holds it by shared reference and hands back
/// what it found as a message. `ui::frame`, which draws and then hands the
/// layout to `update`, is the one exception; test code is not counted.
#[test]
fn only_update_changes_the_app_drawing_and_printing_hold_it_shared() {
    let mut found = Vec::new();
    for (rel, source) in crate_files() {
        let outside_app = !rel.starts_with("app/");
        let held = rel.starts_with("ui/") || rel == "print.rs";
        if !outside_app || !held {
            continue;
        }
        for (line, code) in code_of(&source) {
            let code = code.replace(' ', "");
            if code.contains("&mutApp") {
                let frame = source
                    .lines()
                    .skip(line.saturating_sub(4))
                    .take(3)
                    .any(|l| l.contains("pub fn frame"));
                if !frame {
                    found.push(format!("src/{rel}:{line}: {code}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "these take the app to change it outside App::update; return a message instead:\n{}",
        found.join("\n")
    );
}
