//! The skills pane: a role's skills by category, and for a chosen skill every
//! role that asks for it.

use crate::library::{Library, RoleIx, SkillGroup};

use super::Subject;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillRow {
    Heading(String),
    Skill(String),
}

/// A skill the visitor chose, with the roles that ask for it.
#[derive(Debug, Default)]
pub struct ChosenSkill {
    pub skill: String,
    pub roles: Vec<RoleIx>,
    pub selected: usize,
    pub offset: usize,
}

#[derive(Debug, Default)]
pub struct SkillsState {
    pub rows: Vec<SkillRow>,
    /// Index into `rows`; always a skill row when there is one.
    pub selected: usize,
    pub offset: usize,
    pub chosen: Option<ChosenSkill>,
}

impl SkillsState {
    /// The skills of `subject` in another library, with the same skill
    /// row chosen and, if one was, the same skill's roles listed.
    pub fn carry_over(&self, lib: &Library, subject: Subject, to: &super::remap::Remap) -> Self {
        let mut fresh = SkillsState::for_subject(lib, subject);
        if matches!(fresh.rows.get(self.selected), Some(SkillRow::Skill(_))) {
            fresh.selected = self.selected;
            fresh.offset = self.offset.min(self.selected);
        }
        if let Some(chosen) = &self.chosen {
            let role = chosen.roles.get(chosen.selected).and_then(|&r| to.role(r));
            fresh.choose(lib, role);
            if let Some(fresh_chosen) = &mut fresh.chosen {
                fresh_chosen.offset = chosen.offset.min(fresh_chosen.selected);
            }
        }
        fresh
    }

    pub fn for_subject(lib: &Library, subject: Subject) -> Self {
        let groups = match subject {
            Subject::Role(r) => lib.skill_groups(r),
            Subject::Department(d) => lib.departments[d]
                .skills
                .iter()
                .map(|g| SkillGroup {
                    category: crate::i18n::skill_category(g.category),
                    skills: g
                        .skills
                        .iter()
                        .map(|id| lib.skill_name(id).to_string())
                        .collect(),
                })
                .collect(),
            Subject::Nothing => Vec::new(),
        };
        let mut rows = Vec::new();
        for group in groups {
            rows.push(SkillRow::Heading(group.category));
            rows.extend(group.skills.into_iter().map(SkillRow::Skill));
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r, SkillRow::Skill(_)))
            .unwrap_or(0);
        SkillsState {
            rows,
            selected,
            offset: 0,
            chosen: None,
        }
    }

    pub fn has_skills(&self) -> bool {
        self.rows.iter().any(|r| matches!(r, SkillRow::Skill(_)))
    }

    /// Moves to the `steps`-th skill row up (negative) or down, skipping headings.
    pub fn move_by(&mut self, steps: isize) {
        if let Some(chosen) = &mut self.chosen {
            let last = chosen.roles.len().saturating_sub(1) as isize;
            chosen.selected = (chosen.selected as isize + steps).clamp(0, last.max(0)) as usize;
            return;
        }
        let selectable: Vec<bool> = self
            .rows
            .iter()
            .map(|r| matches!(r, SkillRow::Skill(_)))
            .collect();
        self.selected = super::step_among(&selectable, self.selected, steps);
    }

    /// Selects a row by index if it is a skill; true when it is.
    pub fn select_row(&mut self, row: usize) -> bool {
        if let Some(chosen) = &mut self.chosen {
            if row < chosen.roles.len() {
                chosen.selected = row;
                return true;
            }
            return false;
        }
        if matches!(self.rows.get(row), Some(SkillRow::Skill(_))) {
            self.selected = row;
            true
        } else {
            false
        }
    }

    /// Lists the roles that ask for the selected skill.
    pub fn choose(&mut self, lib: &Library, current: Option<RoleIx>) {
        if let Some(SkillRow::Skill(skill)) = self.rows.get(self.selected) {
            let roles = lib.roles_with_skill(skill);
            let selected = current
                .and_then(|c| roles.iter().position(|&r| r == c))
                .unwrap_or(0);
            self.chosen = Some(ChosenSkill {
                skill: skill.clone(),
                roles,
                selected,
                offset: 0,
            });
        }
    }

    /// The role selected in the list of a chosen skill.
    pub fn chosen_role(&self) -> Option<RoleIx> {
        let chosen = self.chosen.as_ref()?;
        chosen.roles.get(chosen.selected).copied()
    }
}
