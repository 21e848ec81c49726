//! The role library as the rest of crewpath sees it: departments, roles and
//! the career ladder between them.

use foldhash::HashMap;

use serde::Serialize;

/// Position of a role in [`Library::roles`].
pub type RoleIx = usize;
/// Position of a department in [`Library::departments`].
pub type DeptIx = usize;

/// Everything loaded from one role library.
#[derive(Clone, Debug, Default)]
pub struct Library {
    /// The library's own title, from its top-level `_index.toml`.
    pub title: Option<String>,
    /// A short welcome text for visitors.
    pub welcome: Option<String>,
    pub departments: Vec<Department>,
    pub roles: Vec<Role>,
    /// Top-level departments, in display order.
    pub top: Vec<DeptIx>,
    pub(crate) ids: HashMap<String, RoleIx>,
}

/// A department: a folder of the library, with its roles and sub-departments.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Department {
    /// The folder's path inside the library, e.g. `sound/mixing`; empty for
    /// the "Other roles" group of files that sit in the library folder itself.
    pub key: String,
    pub name: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub unions: Vec<String>,
    pub industry_groups: Vec<String>,
    pub skills: Vec<SkillGroup>,
    pub order: Option<i64>,
    #[serde(skip)]
    pub parent: Option<DeptIx>,
    /// Sub-departments, in display order.
    #[serde(skip)]
    pub children: Vec<DeptIx>,
    /// Roles directly in this department, sorted by title.
    #[serde(skip)]
    pub roles: Vec<RoleIx>,
    /// True for "Other roles", which is not a folder of its own.
    #[serde(skip)]
    pub is_other: bool,
    /// Sections shown in English for want of a translation, as for roles.
    #[serde(skip)]
    pub untranslated: Vec<&'static str>,
}

/// One job role, read from one role file.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Role {
    /// The file stem; unique across the library.
    pub id: String,
    pub title: String,
    pub aliases: Vec<String>,
    #[serde(skip)]
    pub search_terms: Vec<String>,
    /// The role's title and aliases in English, when it is shown in another
    /// language: crews use the English titles too, so search finds them,
    /// and says which they are.
    #[serde(skip)]
    pub english_names: Vec<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub duties: Vec<String>,
    pub skills: Vec<SkillGroup>,
    /// One rung up the career ladder.
    #[serde(skip)]
    pub next: Vec<RoleIx>,
    /// One rung down: the roles whose `next` names this one.
    #[serde(skip)]
    pub previous: Vec<RoleIx>,
    #[serde(skip)]
    pub related: Vec<RoleIx>,
    #[serde(skip)]
    pub works_with: Vec<RoleIx>,
    pub entry_level: bool,
    pub in_demand: bool,
    pub education: Option<String>,
    pub certification: Option<String>,
    pub working_conditions: Option<String>,
    pub advancement: Option<String>,
    pub outlook: Option<String>,
    pub employers: Vec<String>,
    pub unions: Vec<String>,
    pub industry_groups: Vec<String>,
    pub noc: Vec<Noc>,
    pub wages: Vec<Wage>,
    pub sources: Vec<Source>,
    /// When the source last updated a section, by the section's key
    /// (`working_conditions` → `2014-10-21`), in file order; in JSON an
    /// object keyed by section, as written in the file.
    #[serde(serialize_with = "dates_by_section")]
    pub updated: Vec<(String, String)>,
    /// Sections shown in English because the role's translation into the
    /// language being shown lacks them, by key (`description`, `skills`);
    /// every key of a role with no translation at all. Empty in English.
    #[serde(skip)]
    pub untranslated: Vec<&'static str>,
    #[serde(skip)]
    pub department: DeptIx,
    /// Where the role came from, as shown in problems.
    #[serde(skip)]
    pub file: String,
}

fn dates_by_section<S: serde::Serializer>(
    dates: &[(String, String)],
    out: S,
) -> Result<S::Ok, S::Error> {
    out.collect_map(dates.iter().map(|(section, date)| (section, date)))
}

/// Skills under one category heading, e.g. `technical`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SkillGroup {
    pub category: String,
    pub skills: Vec<String>,
}

/// A Canadian National Occupational Classification code.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Noc {
    pub code: String,
    pub title: Option<String>,
    pub version: Option<String>,
}

/// A wage survey result for one region and year.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Wage {
    pub region: Option<String>,
    pub year: Option<i64>,
    pub source: Option<String>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub note: Option<String>,
    pub starting: Option<PayBand>,
    pub overall: Option<PayBand>,
    pub top: Option<PayBand>,
}

/// Pay figures for one bracket of a wage table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PayBand {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub average: Option<f64>,
    pub median: Option<f64>,
}

/// Where a role's facts come from.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Source {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub region: Option<String>,
    pub url: Option<String>,
    /// The date the page was read, as written (`2026-01-31`).
    pub retrieved: Option<String>,
}

impl Library {
    /// The role with this id.
    pub fn role_by_id(&self, id: &str) -> Option<RoleIx> {
        self.ids.get(id).copied()
    }

    /// Number of real departments (folders), not counting "Other roles".
    pub fn department_count(&self) -> usize {
        self.departments.iter().filter(|d| !d.is_other).count()
    }

    /// Department names from the top down to `dept`.
    pub fn department_path(&self, dept: DeptIx) -> Vec<&str> {
        let mut path = Vec::new();
        let mut at = Some(dept);
        while let Some(d) = at {
            path.push(self.departments[d].name.as_str());
            at = self.departments[d].parent;
        }
        path.reverse();
        path
    }

    /// Departments from the top down to the role's own.
    pub fn role_departments(&self, role: RoleIx) -> Vec<DeptIx> {
        let mut path = Vec::new();
        let mut at = Some(self.roles[role].department);
        while let Some(d) = at {
            path.push(d);
            at = self.departments[d].parent;
        }
        path.reverse();
        path
    }

    /// The role's skills with the skills its departments share, each skill
    /// once, in the order: the role's own groups, then the departments' from
    /// the nearest up.
    pub fn skill_groups(&self, role: RoleIx) -> Vec<SkillGroup> {
        let mut seen = std::collections::HashSet::new();
        let mut groups = Vec::new();
        let own = self.roles[role]
            .skills
            .iter()
            .map(|g| (crate::i18n::skill_category(&g.category), g));
        let shared = self.role_departments(role).into_iter().rev().flat_map(|d| {
            let dept = &self.departments[d];
            dept.skills.iter().map(move |g| {
                let category = crate::i18n::skill_category(&g.category);
                (format!("{category} ({})", dept.name), g)
            })
        });
        for (category, group) in own.chain(shared) {
            let skills: Vec<String> = group
                .skills
                .iter()
                .filter(|s| seen.insert(s.to_lowercase()))
                .cloned()
                .collect();
            if !skills.is_empty() {
                groups.push(SkillGroup { category, skills });
            }
        }
        groups
    }

    /// Every skill of the role, its departments' included, as written, in
    /// the order of [`Library::skill_groups`] (repeats left in).
    fn all_skills(&self, role: RoleIx) -> impl Iterator<Item = &String> {
        let own = self.roles[role].skills.iter();
        let shared = self
            .role_departments(role)
            .into_iter()
            .rev()
            .flat_map(|d| self.departments[d].skills.iter());
        own.chain(shared).flat_map(|g| g.skills.iter())
    }

    /// Every skill of the role, its departments' included, lower-cased.
    fn skill_set(&self, role: RoleIx) -> std::collections::HashSet<String> {
        self.all_skills(role).map(|s| s.to_lowercase()).collect()
    }

    /// Roles that ask for this skill (compared without case), sorted by title.
    pub fn roles_with_skill(&self, skill: &str) -> Vec<RoleIx> {
        let wanted = skill.to_lowercase();
        let mut roles: Vec<RoleIx> = (0..self.roles.len())
            .filter(|&r| self.skill_set(r).contains(&wanted))
            .collect();
        roles.sort_by(|&a, &b| self.roles[a].title.cmp(&self.roles[b].title));
        roles
    }

    /// Skills that `upper` asks for and `lower` does not: what to add to step
    /// up from `lower` to `upper`.
    pub fn step_up_skills(&self, lower: RoleIx, upper: RoleIx) -> Vec<String> {
        let mut have = self.skill_set(lower);
        // Each skill once, as skill_groups lists them.
        self.all_skills(upper)
            .filter(|s| have.insert(s.to_lowercase()))
            .cloned()
            .collect()
    }

    /// A role by id or, failing that, by title, then by another title it is
    /// known by, then by a search term (such as its English title when shown
    /// in French), all ignoring case; a name shared by several roles finds
    /// none of them.
    pub fn find_role(&self, id_or_title: &str) -> Option<RoleIx> {
        let wanted = id_or_title.trim().to_lowercase();
        if let Some(role) = self.role_by_id(&wanted) {
            return Some(role);
        }
        if let Some(role) = self
            .roles
            .iter()
            .position(|r| r.title.to_lowercase() == wanted)
        {
            return Some(role);
        }
        let only = |names: fn(&Role) -> &[String]| {
            let mut found = (0..self.roles.len()).filter(|&r| {
                names(&self.roles[r])
                    .iter()
                    .any(|a| a.to_lowercase() == wanted)
            });
            match (found.next(), found.next()) {
                (Some(role), None) => Some(role),
                _ => None,
            }
        };
        only(|r| &r.aliases)
            .or_else(|| only(|r| &r.english_names))
            .or_else(|| only(|r| &r.search_terms))
    }
}
