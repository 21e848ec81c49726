//! "What fits me": every role ranked by how much of it the skills a
//! visitor already has cover, with what they have and what they would add.

use std::collections::HashSet;

use crate::library::{Library, Named, RoleIx};

/// One role and how the skills picked cover it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    pub role: RoleIx,
    /// The role's skills the visitor has, by id, in the role's order.
    pub have: Vec<String>,
    /// The role's skills the visitor would add, by id, in the role's order.
    pub add: Vec<String>,
}

impl Fit {
    /// How many skills the role asks for, its departments' included.
    pub fn total(&self) -> usize {
        self.have.len() + self.add.len()
    }
}

/// Every role that asks for at least one of the `picked` skills (ids),
/// best covered first. Where the share covered ties, entry-level roles come
/// first, then the shorter gap, then the title.
pub fn rank(lib: &Library, picked: &[&str]) -> Vec<Fit> {
    let picked: HashSet<&str> = picked.iter().copied().collect();
    if picked.is_empty() {
        return Vec::new();
    }
    let mut fits: Vec<Fit> = (0..lib.roles.len())
        .filter_map(|r| {
            let (have, add): (Vec<&str>, Vec<&str>) = lib
                .skill_ids(r)
                .into_iter()
                .partition(|id| picked.contains(id));
            (!have.is_empty()).then(|| Fit {
                role: r,
                have: have.into_iter().map(str::to_string).collect(),
                add: add.into_iter().map(str::to_string).collect(),
            })
        })
        .collect();
    fits.sort_by(|a, b| {
        // a.have / a.total against b.have / b.total, without division.
        let share = |f: &Fit, other: &Fit| f.have.len() * other.total();
        share(b, a)
            .cmp(&share(a, b))
            .then_with(|| {
                lib.roles[b.role]
                    .entry_level
                    .cmp(&lib.roles[a.role].entry_level)
            })
            .then_with(|| a.add.len().cmp(&b.add.len()))
            .then_with(|| lib.roles[a.role].title().cmp(lib.roles[b.role].title()))
    });
    fits
}

/// Reads a list of skills as someone types them, "pro tools, music theroy,
/// teamwork": split at commas and semicolons, each found by name, other
/// name or id, forgiving typos, glued words and a name's first words.
pub fn name_skills(lib: &Library, written: &str) -> Vec<(String, Named)> {
    written
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| (s.to_string(), lib.skills.find(s, lib.lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{Role, RoleText, SkillGroup, SkillGroups};

    fn library(roles: &[(&str, bool, &[&str])]) -> Library {
        let mut lib = Library::default();
        lib.departments.push(Default::default());
        for (title, entry, skills) in roles {
            let mut role = Role::new(&RoleText {
                id: title.to_lowercase(),
                title: title.to_string(),
                ..RoleText::default()
            });
            let ids = skills
                .iter()
                .map(|s| {
                    let ix = lib.skills.resolve(s, "technical").unwrap_or_default();
                    lib.skills.get(ix).map(|s| s.id.clone()).unwrap_or_default()
                })
                .collect();
            role.skills = SkillGroups::from(vec![SkillGroup {
                category: "technical".into(),
                skills: ids,
            }]);
            role.entry_level = *entry;
            lib.roles.push(role);
        }
        lib
    }

    fn titles(lib: &Library, fits: &[Fit]) -> Vec<String> {
        fits.iter()
            .map(|f| lib.roles[f.role].title().to_string())
            .collect()
    }

    #[test]
    fn the_best_covered_role_comes_first_and_roles_with_nothing_picked_are_left_out() {
        let lib = library(&[
            (
                "Mixer",
                false,
                &["faders", "mixing", "teamwork", "patience"],
            ),
            ("Editor", false, &["cutting", "teamwork"]),
            ("Composer", false, &["harmony"]),
        ]);
        let fits = rank(&lib, &["teamwork", "cutting"]);
        assert_eq!(titles(&lib, &fits), ["Editor", "Mixer"]);
        assert_eq!(fits[0].have, ["cutting", "teamwork"]);
        assert!(fits[0].add.is_empty());
        assert_eq!(fits[1].have, ["teamwork"]);
        assert_eq!(fits[1].add, ["faders", "mixing", "patience"]);
        assert!(rank(&lib, &[]).is_empty());
    }

    #[test]
    fn ties_go_to_entry_level_then_the_shorter_gap() {
        let lib = library(&[
            ("Senior", false, &["a1", "b1"]),
            ("Trainee", true, &["a1", "c1"]),
            ("Long", false, &["a1", "b1", "c1", "d1"]),
            ("Longer", false, &["a1", "b1", "c1", "d1", "e1", "f1"]),
        ]);
        let fits = rank(&lib, &["a1"]);
        // Half covered: Trainee (entry level) before Senior; then a quarter,
        // then a sixth.
        assert_eq!(titles(&lib, &fits), ["Trainee", "Senior", "Long", "Longer"]);
    }

    #[test]
    fn typed_skills_forgive_typos_glued_words_and_first_words() {
        let lib = library(&[(
            "Mixer",
            false,
            &["Pro Tools", "music theory and harmony", "teamwork"],
        )]);
        let named = name_skills(&lib, "protools, music theroy ; TEAMWORK, cooking,");
        let ids: Vec<Option<&str>> = named
            .iter()
            .map(|(_, n)| match n {
                Named::Skill(ix) => lib.skills.get(*ix).map(|s| s.id.as_str()),
                Named::Unknown(_) => None,
            })
            .collect();
        assert_eq!(
            ids,
            [
                Some("pro-tools"),
                Some("music-theory-and-harmony"),
                Some("teamwork"),
                None
            ]
        );
        assert_eq!(named[3].0, "cooking");
    }
}
