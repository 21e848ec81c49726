//! A library about to be written: departments, roles and skills, in both
//! languages where the data has them.

/// A department folder, relative to the library (`art-culture/technical`).
pub struct Department {
    pub folder: String,
    pub name: String,
    pub name_fr: Option<String>,
    pub description: String,
    pub description_fr: Option<String>,
    pub order: Option<i64>,
}

/// A role's texts in one language.
#[derive(Default)]
pub struct RoleText {
    pub title: String,
    pub aliases: Vec<String>,
    pub description: String,
    pub duties: Vec<String>,
    pub education: String,
    pub advancement: String,
    pub noc_title: String,
    pub source_title: String,
    pub source_publisher: String,
}

pub struct RoleDraft {
    pub folder: String,
    pub id: String,
    pub en: RoleText,
    pub fr: Option<RoleText>,
    /// NOC code and version, when the role is a NOC unit group.
    pub noc: Option<(String, String)>,
    pub related: Vec<String>,
    pub entry_level: bool,
    /// (category, skill id), most important first.
    pub skills: Vec<(String, String)>,
    pub source_url: String,
    pub retrieved: String,
}

/// A skill declared once in `_skills.toml`.
pub struct Skill {
    pub id: String,
    pub category: String,
    pub en: String,
}

pub struct Draft {
    pub title: String,
    pub title_fr: Option<String>,
    /// Where the data comes from and under which licence, as its
    /// publisher asks to be credited; shown on the kiosk's first screen.
    pub welcome: String,
    pub welcome_fr: Option<String>,
    pub departments: Vec<Department>,
    pub roles: Vec<RoleDraft>,
    pub skills: Vec<Skill>,
}

/// An id or folder name made from a title: ASCII letters and digits, words
/// joined by `-`, at most about 60 characters, cut between words.
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in text.nfd() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !unicode_normalization::char::is_combining_mark(c) && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_matches('-').to_string();
    if out.len() > 60 {
        let cut = out[..60].rfind('-').unwrap_or(60);
        out.truncate(cut);
    }
    if out.is_empty() {
        out.push_str("role");
    }
    out
}

/// Ids made unique by adding `-2`, `-3`… to later ones.
pub struct Ids(std::collections::HashSet<String>);

impl Ids {
    pub fn new() -> Ids {
        Ids(std::collections::HashSet::new())
    }

    pub fn claim(&mut self, wanted: String) -> String {
        let mut id = wanted.clone();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{wanted}-{n}");
            n += 1;
        }
        id
    }
}

/// The text trimmed, its inner runs of white space made one space, and a
/// list item's closing `;` or `.` taken off.
pub fn item(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one.trim_end_matches([';', '.']).trim_end().to_string()
}

/// Adds `text` to `list` unless it is empty, already there (ignoring case)
/// or equal to `title`.
pub fn push_unique(list: &mut Vec<String>, text: String, title: &str) {
    let same = |a: &str, b: &str| {
        if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            a.to_lowercase() == b.to_lowercase()
        }
    };
    if text.is_empty() || same(&text, title) || list.iter().any(|t| same(t, &text)) {
        return;
    }
    list.push(text);
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs_fold_accents_and_cut_between_words() {
        assert_eq!(
            super::slug("Techniciens/techniciennes en radiotélédiffusion"),
            "techniciens-techniciennes-en-radiotelediffusion"
        );
        assert!(super::slug(&"word ".repeat(30)).len() <= 60);
    }
}
