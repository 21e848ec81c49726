//! Writing a draft library as the role files staff already know: one TOML
//! file per role, `_index.toml` per department, `.fr.toml` beside each
//! English file, and the skills declared once in `_skills.toml`.

use std::fmt::Write;

use super::draft::{Draft, RoleDraft, RoleText};

/// Every file of the library, as (path inside the library, contents).
pub fn files(draft: &Draft) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut index = format!("title = {}\n", quoted(&draft.title));
    index.push_str(&format!("welcome = {}\n", quoted(&draft.welcome)));
    files.push(("_index.toml".to_string(), index));
    if let Some(title) = &draft.title_fr {
        let mut text = format!("title = {}\n", quoted(&super::french::spaced(title)));
        if let Some(welcome) = &draft.welcome_fr {
            text.push_str(&format!(
                "welcome = {}\n",
                quoted(&super::french::spaced(welcome))
            ));
        }
        files.push(("_index.fr.toml".to_string(), text));
    }
    if !draft.skills.is_empty() {
        let mut text = String::new();
        for skill in &draft.skills {
            let _ = write!(
                text,
                "[{}]\ncategory = {}\nen = {}\n\n",
                skill.id,
                quoted(&skill.category),
                quoted(&skill.en)
            );
        }
        files.push(("_skills.toml".to_string(), text));
    }
    for dept in &draft.departments {
        let mut text = format!("name = {}\n", quoted(&dept.name));
        if !dept.description.is_empty() {
            let _ = writeln!(text, "description = {}", quoted(&dept.description));
        }
        if let Some(order) = dept.order {
            let _ = writeln!(text, "order = {order}");
        }
        files.push((format!("{}/_index.toml", dept.folder), text));
        if let Some(name) = &dept.name_fr {
            let mut text = format!("name = {}\n", quoted(&super::french::spaced(name)));
            if let Some(d) = dept.description_fr.as_ref().filter(|d| !d.is_empty()) {
                let _ = writeln!(text, "description = {}", quoted(&super::french::spaced(d)));
            }
            files.push((format!("{}/_index.fr.toml", dept.folder), text));
        }
    }
    for role in &draft.roles {
        let base = if role.folder.is_empty() {
            role.id.clone()
        } else {
            format!("{}/{}", role.folder, role.id)
        };
        files.push((format!("{base}.toml"), english(role)));
        if let Some(fr) = &role.fr {
            files.push((format!("{base}.fr.toml"), french(role, fr)));
        }
    }
    files
}

fn english(role: &RoleDraft) -> String {
    let en = &role.en;
    let mut out = texts(en, &|s: &str| s.to_string());
    if !role.related.is_empty() {
        let _ = writeln!(out, "related = {}", list(&role.related));
    }
    if role.entry_level {
        out.push_str("entry_level = true\n");
    }
    if !role.skills.is_empty() {
        out.push_str("\n[skills]\n");
        let mut categories: Vec<&str> = Vec::new();
        for (category, _) in &role.skills {
            if !categories.contains(&category.as_str()) {
                categories.push(category);
            }
        }
        for category in categories {
            let ids: Vec<String> = role
                .skills
                .iter()
                .filter(|(c, _)| c == category)
                .map(|(_, id)| id.clone())
                .collect();
            let _ = writeln!(out, "{category} = {}", list(&ids));
        }
    }
    if let Some((code, version)) = &role.noc {
        let _ = write!(
            out,
            "\n[[noc]]\ncode = {}\ntitle = {}\nversion = {}\n",
            quoted(code),
            quoted(&en.noc_title),
            quoted(version)
        );
    }
    let _ = write!(
        out,
        "\n[[sources]]\ntitle = {}\npublisher = {}\nurl = {}\nretrieved = {}\n",
        quoted(&en.source_title),
        quoted(&en.source_publisher),
        quoted(&role.source_url),
        role.retrieved
    );
    out
}

fn french(role: &RoleDraft, fr: &RoleText) -> String {
    let fix = |s: &str| super::french::spaced(s);
    let mut out = texts(fr, &fix);
    if let Some((code, version)) = &role.noc {
        let _ = write!(
            out,
            "\n[[noc]]\ncode = {}\ntitle = {}\nversion = {}\n",
            quoted(code),
            quoted(&fix(&fr.noc_title)),
            quoted(version)
        );
    }
    let _ = write!(
        out,
        "\n[[sources]]\ntitle = {}\npublisher = {}\n",
        quoted(&fix(&fr.source_title)),
        quoted(&fix(&fr.source_publisher))
    );
    out
}

/// The text keys of a role, in the order of the example role file in
/// docs/role-files.md.
fn texts(t: &RoleText, fix: &dyn Fn(&str) -> String) -> String {
    let mut out = format!("title = {}\n", quoted(&fix(&t.title)));
    let fixed = |items: &[String]| items.iter().map(|s| fix(s)).collect::<Vec<_>>();
    if !t.aliases.is_empty() {
        let _ = writeln!(out, "aliases = {}", list(&fixed(&t.aliases)));
    }
    for (key, value) in [("description", &t.description)] {
        if !value.is_empty() {
            let _ = writeln!(out, "{key} = {}", quoted(&fix(value)));
        }
    }
    if !t.duties.is_empty() {
        let _ = writeln!(out, "duties = {}", list(&fixed(&t.duties)));
    }
    for (key, value) in [("education", &t.education), ("advancement", &t.advancement)] {
        if !value.is_empty() {
            let _ = writeln!(out, "{key} = {}", quoted(&fix(value)));
        }
    }
    out
}

/// A TOML basic string: quotes, backslashes and control characters
/// escaped, everything else as it is.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML list, one item a line.
fn list(items: &[String]) -> String {
    let mut out = String::from("[\n");
    for item in items {
        let _ = writeln!(out, "  {},", quoted(item));
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn strings_are_quoted_as_toml_reads_them() {
        for text in [
            "plain",
            "a \"quote\"",
            "back\\slash",
            "two\nlines\ttab",
            "bell\u{7}",
            "é « »",
        ] {
            let doc = format!("v = {}", super::quoted(text));
            let table: toml::Table = toml::from_str(&doc).expect("valid TOML");
            assert_eq!(table["v"].as_str(), Some(text), "{doc}");
        }
    }
}
