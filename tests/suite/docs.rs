//! The documentation against what it documents: the user guide's tables
//! of keys are the key table's own words, every command and option of
//! `--help` is in a guide, every benchmark is in the performance guide with
//! the command that runs it, the README says how to start and links each
//! guide, and no link between the documents leads nowhere.
//!
//! `CREWPATH_BLESS=1 cargo test --test suite docs::` writes the guide's
//! tables of keys anew after a change to the key table.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::crewpath_with;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const USER_GUIDE: &str = "docs/user-guide.md";
const KEYS_BEGIN: &str = "<!-- keys:begin";
const KEYS_END: &str = "<!-- keys:end -->";

/// Every Markdown document of the project a reader is sent to.
const DOCUMENTS: &[&str] = &[
    "README.md",
    "docs/user-guide.md",
    "docs/role-files.md",
    "docs/kiosk.md",
    "docs/performance.md",
    "ARCHITECTURE.md",
    "CHANGELOG.md",
];

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn the_user_guide_lists_the_keys_the_key_table_has() {
    let guide = read(USER_GUIDE);
    let begin = guide.find(KEYS_BEGIN).expect("the keys:begin marker");
    // The tables start on the line after the marker's.
    let start = begin + guide[begin..].find('\n').expect("the marker's line") + 1;
    let end = guide.find(KEYS_END).expect("the keys:end marker");
    assert!(start <= end, "keys:end comes before keys:begin");
    let want = crewpath::app::keys_doc::keys_markdown();
    if std::env::var_os("CREWPATH_BLESS").is_some() {
        let written = format!("{}{want}{}", &guide[..start], &guide[end..]);
        std::fs::write(Path::new(ROOT).join(USER_GUIDE), written).expect("write the guide");
        return;
    }
    let got = &guide[start..end];
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or(got.lines().count().min(want.lines().count()));
        panic!(
            "{USER_GUIDE}: the tables of keys differ from the key table from their line {}: \
             the guide has {:?}, the key table makes {:?} \
             (CREWPATH_BLESS=1 cargo test --test suite docs:: writes them anew)",
            line + 1,
            got.lines().nth(line),
            want.lines().nth(line)
        );
    }
}

#[test]
fn the_key_tables_name_every_kind_of_place_a_key_works() {
    let tables = crewpath::app::keys_doc::keys_markdown();
    for heading in [
        "Browsing",
        "The search box",
        "The help and compare windows",
        "The problems window",
        "What fits me",
        "The kiosk's welcome screen",
        "At a kiosk",
    ] {
        assert!(tables.contains(&format!("#### {heading}\n")), "{heading}");
    }
    // Keys everyone meets, as help names them, in English whatever the
    // environment says.
    for key in ["`?`", "`/`", "`Esc`", "`Ctrl-L`", "`Tab`"] {
        assert!(tables.contains(key), "{key}:\n{tables}");
    }
    assert!(tables.contains("| `q`, `Ctrl-C` |"), "{tables}");
}

/// The commands and long options `crewpath --help` lists, and those of
/// each command's own help.
fn commands_and_options() -> (Vec<String>, BTreeSet<String>) {
    let help = |args: &[&str]| crewpath_with(args, &[("CREWPATH_LANG", "en")]).stdout;
    let top = help(&["--help"]);
    let mut commands: Vec<String> = top
        .split("Commands:\n")
        .nth(1)
        .expect("a list of commands")
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect();
    // For packagers, and so kept out of --help.
    commands.push("generate".to_string());
    let mut options = BTreeSet::new();
    let mut texts = vec![top];
    for command in &commands {
        texts.push(help(&[command.as_str(), "--help"]));
    }
    for name in ["noc", "onet"] {
        texts.push(help(&["import", name, "--help"]));
    }
    for text in texts {
        for word in text.split(|c: char| c.is_whitespace() || c == ',') {
            if let Some(name) = word.strip_prefix("--")
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !name.is_empty()
            {
                options.insert(format!("--{name}"));
            }
        }
    }
    assert!(commands.len() >= 8, "{commands:?}");
    (commands, options)
}

/// Whether `text` names `option` whole: `--to`, not the start of `--top`.
fn mentions(text: &str, option: &str) -> bool {
    text.match_indices(option).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + option.len()..].chars().next();
        matches!(before, Some('`' | ' ' | '(' | '\n'))
            && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

#[test]
fn every_command_and_option_is_in_a_guide() {
    let (commands, options) = commands_and_options();
    let guides: String = DOCUMENTS.iter().map(|rel| read(rel)).collect();
    let user_guide = read(USER_GUIDE);
    let table = user_guide
        .split("## Commands\n")
        .nth(1)
        .expect("the user guide's commands");
    for command in &commands {
        assert!(
            table.contains(&format!("`crewpath {command}")),
            "{command} is not in the commands of {USER_GUIDE}"
        );
    }
    for option in &options {
        if option == "--help" || option == "--version" {
            continue;
        }
        assert!(
            mentions(&guides, option),
            "{option} is in --help and in no guide"
        );
    }
}

#[test]
fn every_benchmark_is_in_the_performance_guide_with_its_command() {
    let manifest = read("Cargo.toml");
    let benches: Vec<&str> = manifest
        .split("[[bench]]")
        .skip(1)
        .filter_map(|part| part.lines().find_map(|l| l.strip_prefix("name = ")))
        .map(|name| name.trim_matches('"'))
        .collect();
    assert!(!benches.is_empty());
    let performance = read("docs/performance.md");
    for bench in benches {
        assert!(
            performance.contains(&format!("cargo bench --bench {bench}")),
            "benches/{bench}.rs is not in docs/performance.md with its command"
        );
    }
}

#[test]
fn the_readme_says_how_to_start_and_where_each_guide_is() {
    let readme = read("README.md");
    for command in ["cargo run --release", "cargo test"] {
        assert!(readme.contains(command), "{command}");
    }
    assert!(readme.contains("](docs/explorer.png)"), "the screenshot");
    let png = std::fs::metadata(Path::new(ROOT).join("docs/explorer.png")).expect("screenshot");
    assert!(
        png.len() < 150 * 1024,
        "docs/explorer.png is {} bytes",
        png.len()
    );
    for rel in &DOCUMENTS[1..] {
        assert!(
            readme.contains(&format!("]({rel})")),
            "the README links {rel}"
        );
    }
    // Short: what it is, install, start, the links.
    assert!(
        readme.lines().count() < 100,
        "the README has grown long again"
    );
}

/// The anchors GitHub gives a document's headings: lower case, letters,
/// digits, `-` and `_` kept, spaces as `-`, a number after repeats.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        }
        if in_code || !line.starts_with('#') {
            continue;
        }
        let heading = line.trim_start_matches('#').trim();
        let slug: String = heading
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut anchor = slug.clone();
        let mut n = 0;
        while seen.contains(&anchor) {
            n += 1;
            anchor = format!("{slug}-{n}");
        }
        seen.insert(anchor);
    }
    seen
}

/// The targets of a document's Markdown links, outside code.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let Some(end) = after.find(')') else { break };
            out.push(after[..end].to_string());
            rest = &after[end..];
        }
    }
    out
}

#[test]
fn every_link_between_the_documents_leads_somewhere() {
    let mut broken = Vec::new();
    for rel in DOCUMENTS {
        let text = read(rel);
        let here = Path::new(ROOT).join(rel);
        let folder = here.parent().expect("a folder");
        for link in links(&text) {
            if link.starts_with("http://") || link.starts_with("https://") {
                continue;
            }
            let (file, anchor) = match link.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (link.as_str(), None),
            };
            let target: PathBuf = if file.is_empty() {
                here.clone()
            } else {
                folder.join(file)
            };
            if !target.exists() {
                broken.push(format!("{rel}: {link}: no such file"));
                continue;
            }
            if let Some(anchor) = anchor {
                let target_text = std::fs::read_to_string(&target).unwrap_or_default();
                if !anchors(&target_text).contains(anchor) {
                    broken.push(format!("{rel}: {link}: no such heading"));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links that lead nowhere:\n{}",
        broken.join("\n")
    );
}

#[test]
fn anchors_are_made_as_github_makes_them() {
    let text = "# Role files\n## The library's `_index.toml`\n## Importing NOC 2021 or O*NET\n\
                ```\n# not a heading\n```\n## Role files\n";
    let got = anchors(text);
    let want: BTreeSet<String> = [
        "role-files",
        "the-librarys-_indextoml",
        "importing-noc-2021-or-onet",
        "role-files-1",
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    assert_eq!(got, want);
}
