//! "What fits me": every role that uses a skill a visitor named, ordered
//! by the evidence that it fits them, with what they have of it and what
//! they would add.
//!
//! The order, each rule a tie-breaker for the one before:
//! 1. **Evidence**: the named skills the role uses, each weighted by how
//!    rare it is among the library's roles, `ln(1 + roles / roles using
//!    it)`, as inverse document frequency weighs words in search. A skill
//!    every role of a department shares says little about which of them
//!    fits; one only two roles use says much. A role that uses every
//!    skill named always comes before one that uses fewer of them,
//!    whatever their lengths, since each weight is above zero.
//! 2. **The smaller gap**: fewer of the role's skills left to add.
//! 3. **Entry level** first: a place to start.
//! 4. **The title**, so the order never depends on the files' order.
//!
//! Ranking by the share of a role's own skills covered was tried and
//! measured (see `benches/fits.rs`): it puts roles that list few skills
//! first, whatever was named.

use std::collections::HashSet;

use crate::library::{Library, RoleIx};

/// One thing a visitor named: a skill, or a word several skills share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// As written, or the skill's name for a skill picked from a list.
    pub written: String,
    /// The ids of the skills that answer it: one, or several ("mixing":
    /// digital mixing, mixing hardware).
    pub skills: Vec<String>,
}

/// One role and how the named skills fit it.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub role: RoleIx,
    /// Which of the things named the role uses, as indices into them.
    pub named: Vec<usize>,
    /// The role's skills that answer them, by id, in the role's order.
    pub have: Vec<String>,
    /// The role's other skills, by id, in the role's order: what to add.
    pub add: Vec<String>,
    /// The evidence for the fit (rule 1 of the module's order).
    pub evidence: f64,
}

impl Fit {
    /// How many skills the role asks for, its departments' included.
    pub fn total(&self) -> usize {
        self.have.len() + self.add.len()
    }
}

/// Every role that uses at least one of the things `named`, best fit
/// first. Each thing named is the ids of the skills that answer it: one
/// skill, or several when a word stood for them ("mixing").
pub fn rank(lib: &Library, named: &[Named]) -> Vec<Fit> {
    if named.iter().all(|n| n.skills.is_empty()) {
        return Vec::new();
    }
    let answers: Vec<HashSet<&str>> = named
        .iter()
        .map(|n| n.skills.iter().map(String::as_str).collect())
        .collect();
    let roles: Vec<Vec<&str>> = (0..lib.roles.len()).map(|r| lib.skill_ids(r)).collect();
    let uses =
        |skills: &[&str], wanted: &HashSet<&str>| skills.iter().any(|id| wanted.contains(id));
    let weights: Vec<f64> = answers
        .iter()
        .map(|wanted| {
            let with = roles.iter().filter(|skills| uses(skills, wanted)).count();
            idf(roles.len(), with)
        })
        .collect();
    let mut fits: Vec<Fit> = roles
        .iter()
        .enumerate()
        .filter_map(|(r, skills)| {
            let named_used: Vec<usize> = (0..answers.len())
                .filter(|&i| uses(skills, &answers[i]))
                .collect();
            if named_used.is_empty() {
                return None;
            }
            let (have, add): (Vec<&str>, Vec<&str>) = skills
                .iter()
                .partition(|id| answers.iter().any(|a| a.contains(*id)));
            Some(Fit {
                role: r,
                evidence: named_used.iter().map(|&i| weights[i]).sum(),
                named: named_used,
                have: have.into_iter().map(str::to_string).collect(),
                add: add.into_iter().map(str::to_string).collect(),
            })
        })
        .collect();
    fits.sort_by(|a, b| {
        b.evidence
            .total_cmp(&a.evidence)
            .then_with(|| a.add.len().cmp(&b.add.len()))
            .then_with(|| {
                lib.roles[b.role]
                    .entry_level
                    .cmp(&lib.roles[a.role].entry_level)
            })
            .then_with(|| lib.roles[a.role].title().cmp(lib.roles[b.role].title()))
    });
    fits
}

/// How much using a skill that `with` of `roles` roles use tells: more the
/// fewer use it, never nothing.
fn idf(roles: usize, with: usize) -> f64 {
    (1.0 + roles as f64 / with.max(1) as f64).ln()
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

    fn named(ids: &[&str]) -> Vec<Named> {
        ids.iter()
            .map(|id| Named {
                written: id.to_string(),
                skills: vec![id.to_string()],
            })
            .collect()
    }

    #[test]
    fn a_role_using_every_skill_named_comes_before_one_using_fewer_whatever_their_lengths() {
        let mut long: Vec<String> = (0..30).map(|n| format!("extra{n}")).collect();
        long.extend(["mics".to_string(), "manipulation".to_string()]);
        let long: Vec<&str> = long.iter().map(String::as_str).collect();
        let lib = library(&[
            ("Short", true, &["mics", "teamwork"]),
            ("Long", false, &long),
            ("Tiny", false, &["manipulation"]),
        ]);
        let fits = rank(&lib, &named(&["mics", "manipulation"]));
        // Short and Tiny each use one skill two roles use: the smaller gap first.
        assert_eq!(titles(&lib, &fits), ["Long", "Tiny", "Short"]);
        assert_eq!(fits[0].named, [0, 1]);
        assert_eq!(fits[0].have, ["mics", "manipulation"]);
        assert_eq!(fits[0].add.len(), 30);
        assert!(rank(&lib, &[]).is_empty());
    }

    #[test]
    fn a_rare_skill_weighs_more_than_one_every_role_shares() {
        let lib = library(&[
            ("Mixer", false, &["teamwork", "faders"]),
            ("Editor", false, &["teamwork", "cutting"]),
            ("Composer", false, &["teamwork", "harmony"]),
            ("Arranger", false, &["harmony", "cutting"]),
        ]);
        // Both named skills are used by two roles, but "teamwork" by three:
        // the role with the rarer pair comes first.
        let fits = rank(&lib, &named(&["teamwork", "faders"]));
        assert_eq!(titles(&lib, &fits), ["Mixer", "Composer", "Editor"]);
        let fits = rank(&lib, &named(&["faders", "harmony"]));
        assert_eq!(fits[0].named.len(), 1);
        assert_eq!(titles(&lib, &fits)[0], "Mixer");
    }

    #[test]
    fn a_word_for_several_skills_is_one_thing_named() {
        let lib = library(&[
            (
                "Mixer",
                false,
                &["digital mixing", "mixing hardware", "patience"],
            ),
            ("Editor", false, &["digital mixing", "cutting"]),
        ]);
        let mixing = Named {
            written: "mixing".into(),
            skills: vec!["digital-mixing".into(), "mixing-hardware".into()],
        };
        let fits = rank(&lib, &[mixing]);
        assert_eq!(titles(&lib, &fits), ["Editor", "Mixer"]);
        assert_eq!(fits[1].named, [0]);
        assert_eq!(fits[1].have, ["digital-mixing", "mixing-hardware"]);
        assert_eq!(fits[1].add, ["patience"]);
    }

    #[test]
    fn ties_go_to_the_smaller_gap_then_entry_level_then_the_title() {
        let lib = library(&[
            ("Senior", false, &["a1", "b1"]),
            ("Trainee", true, &["a1", "c1"]),
            ("Long", false, &["a1", "b1", "c1", "d1"]),
            ("Assistant", false, &["a1", "d1"]),
        ]);
        let fits = rank(&lib, &named(&["a1"]));
        assert_eq!(
            titles(&lib, &fits),
            ["Trainee", "Assistant", "Senior", "Long"]
        );
    }
}
