//! Taking a role home: `crewpath show --format markdown` for staff making
//! handouts, run as a process.

use crate::common::{Run, TempLibrary, crewpath_with};

fn crewpath(args: &[&str]) -> Run {
    crewpath_with(args, &[])
}

/// The section headings of a plain-text page: the unindented lines after a
/// blank line.
fn plain_headings(page: &str) -> Vec<String> {
    let lines: Vec<&str> = page.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].is_empty() && !w[1].is_empty() && !w[1].starts_with(' '))
        .map(|w| w[1].to_string())
        .collect()
}

/// The `##` headings of a Markdown page, as they read once rendered.
fn markdown_headings(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|h| h.replace('\\', ""))
        .collect()
}

#[test]
fn markdown_has_the_same_sections_as_the_plain_page_in_both_languages() {
    for lang in ["en", "fr"] {
        for role in ["recording-engineer", "first-assistant-picture-editor"] {
            let plain = crewpath(&["--lang", lang, "show", role]);
            let md = crewpath(&["--lang", lang, "show", role, "--format", "markdown"]);
            assert_eq!(md.code, 0, "{}", md.stderr);
            let title = plain.stdout.lines().next().expect("a title");
            assert!(
                md.stdout.starts_with(&format!("# {title}\n\n")),
                "{}",
                md.stdout
            );
            let headings = markdown_headings(&md.stdout);
            assert!(headings.len() >= 5, "{headings:?}");
            assert_eq!(headings, plain_headings(&plain.stdout), "{lang} {role}");
        }
    }
}

#[test]
fn markdown_lists_duties_and_tabulates_pay_in_the_language_asked() {
    let en = crewpath(&["show", "recording-engineer", "--format", "markdown"]);
    assert!(en.stdout.contains("\n## Main duties\n\n*As the source stood on 2022-04-12; check it is still current before deciding.*\n\n- "), "{}", en.stdout);
    assert!(
        en.stdout
            .contains("|  | Low | High | Average | Median |\n| --- | ---: | ---: | ---: | ---: |\n| Starting | 15.00 |"),
        "{}",
        en.stdout
    );
    assert!(en.stdout.contains("Department: Music  \n"), "{}", en.stdout);
    let fr = crewpath(&[
        "--lang",
        "fr",
        "show",
        "recording-engineer",
        "--format=markdown",
    ]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    assert!(
        fr.stdout.contains("Service\u{a0}: Musique  \n"),
        "{}",
        fr.stdout
    );
    assert!(
        fr.stdout.contains("| Début | 15,00\u{a0}$ |"),
        "{}",
        fr.stdout
    );
    assert!(
        fr.stdout.contains("\n## Tâches principales\n\n"),
        "{}",
        fr.stdout
    );
}

#[test]
fn plain_text_stays_the_default_and_json_cannot_be_asked_with_a_format() {
    let default = crewpath(&["show", "1pe"]);
    assert_eq!(
        default.stdout,
        crewpath(&["show", "1pe", "--format", "text"]).stdout
    );
    assert!(
        default
            .stdout
            .starts_with("First Assistant Picture Editor\n")
    );
    let json = crewpath(&["show", "1pe", "--json"]);
    assert!(
        json.stdout.starts_with("{\n  \"format\": 1"),
        "{}",
        json.stdout
    );
    let both = crewpath(&["show", "1pe", "--json", "--format", "markdown"]);
    assert_eq!(both.code, 2);
    assert!(both.stderr.contains("--json"), "{}", both.stderr);
    let wrong = crewpath(&["show", "1pe", "--format", "pdf"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("markdown"), "{}", wrong.stderr);
}

#[test]
fn role_text_cannot_become_markup_or_reach_the_terminal_as_controls() {
    let lib = TempLibrary::new();
    lib.write(
        "crew/mischief.toml",
        concat!(
            "title = \"**Loud** <b>Mixer</b>\"\n",
            "summary = \"# Not a heading\"\n",
            "description = \"- not a list\\n\\n1. not a list either \\u001b]0;PWNED\\u0007 [link](http://x) `code`\"\n",
            "duties = [\"Cuts | pastes\", \"=====\"]\n",
        ),
    );
    let md = crewpath(&[
        "--roles",
        lib.path_str(),
        "show",
        "mischief",
        "--format",
        "markdown",
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    let page = &md.stdout;
    assert!(
        page.starts_with("# \\*\\*Loud\\*\\* \\<b\\>Mixer\\</b\\>\n"),
        "{page}"
    );
    assert!(
        !page.chars().any(|c| c.is_control() && c != '\n'),
        "{page:?}"
    );
    for line in page.lines().skip(1) {
        let block = ["# ", "- not", "1. ", "="];
        assert!(
            !block.iter().any(|m| line.starts_with(m)),
            "{line:?} in\n{page}"
        );
        let inline = ["[link]", "`code`", "<b>"];
        assert!(
            !inline.iter().any(|m| line.contains(m)),
            "{line:?} in\n{page}"
        );
    }
    assert!(page.contains("\n\\# Not a heading\n"), "{page}");
    assert!(page.contains("\n\\- not a list\n"), "{page}");
    assert!(page.contains("\n1\\. not a list either"), "{page}");
    assert!(page.contains("- Cuts \\| pastes\n- \\=====\n"), "{page}");
}
