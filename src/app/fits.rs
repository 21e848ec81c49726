//! "What fits me": the visitor picks the skills they have from the
//! library's skills (typing filters them) and sees every role ranked by how
//! much of it they already cover. The picks are part of the visitor's
//! session: a kiosk's start over forgets them.

use std::collections::HashSet;

use crate::career::{self, Fit};
use crate::library::{Library, SkillIx, skill_key};

use super::action::Edit;

/// Which list of the window has the keyboard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FitSide {
    #[default]
    Skills,
    Roles,
}

/// One row of the skills list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillRow {
    /// A category heading, named in the language shown.
    Heading(String),
    Skill(SkillIx),
}

#[derive(Debug, Default)]
pub struct FitsState {
    /// The skills picked, by id, in the order picked.
    pub picked: Vec<String>,
    /// What was typed to filter the skills.
    pub filter: String,
    pub side: FitSide,
    /// The skills shown under the filter, by category.
    pub rows: Vec<SkillRow>,
    /// Index into `rows`, on a skill when there is one.
    pub skill_row: usize,
    /// Every role the picks fit, best first.
    pub ranked: Vec<Fit>,
    /// Index into `ranked`.
    pub role_row: usize,
    /// The first skill row and the first role shown, as last drawn.
    pub skill_offset: usize,
    pub role_offset: usize,
}

impl FitsState {
    /// The window as it opens: the skills listed afresh for `lib`, picks
    /// and filter kept.
    pub fn open(&mut self, lib: &Library) {
        self.side = FitSide::Skills;
        self.refresh(lib);
    }

    /// Lists the skills under the filter again and ranks the roles again,
    /// keeping only picks the library still has.
    pub fn refresh(&mut self, lib: &Library) {
        self.picked.retain(|id| lib.skill(id).is_some());
        self.rows = skill_rows(lib, &self.filter);
        self.skill_row = first_skill(&self.rows, self.skill_row);
        let picked: Vec<&str> = self.picked.iter().map(String::as_str).collect();
        self.ranked = career::rank(lib, &picked);
        self.role_row = self.role_row.min(self.ranked.len().saturating_sub(1));
    }

    pub fn is_picked(&self, lib: &Library, skill: SkillIx) -> bool {
        lib.skills
            .get(skill)
            .is_some_and(|s| self.picked.contains(&s.id))
    }

    /// Picks the skill, or lets it go if it was picked.
    pub fn toggle(&mut self, lib: &Library, skill: SkillIx) {
        let Some(id) = lib.skills.get(skill).map(|s| s.id.clone()) else {
            return;
        };
        match self.picked.iter().position(|p| *p == id) {
            Some(at) => {
                self.picked.remove(at);
            }
            None => self.picked.push(id),
        }
        if let Some(row) = self.rows.iter().position(|r| *r == SkillRow::Skill(skill)) {
            self.skill_row = row;
        }
        let picked: Vec<&str> = self.picked.iter().map(String::as_str).collect();
        self.ranked = career::rank(lib, &picked);
        self.role_row = 0;
    }

    /// Space or Enter on the skills list: toggles the skill selected.
    pub fn toggle_selected(&mut self, lib: &Library) {
        if let Some(SkillRow::Skill(skill)) = self.rows.get(self.skill_row) {
            self.toggle(lib, *skill);
        }
    }

    /// The role selected in the ranking, if the ranking has the keyboard.
    pub fn selected_role(&self) -> Option<usize> {
        (self.side == FitSide::Roles)
            .then(|| self.ranked.get(self.role_row).map(|f| f.role))
            .flatten()
    }

    pub fn switch_side(&mut self) {
        self.side = match self.side {
            FitSide::Skills if !self.ranked.is_empty() => FitSide::Roles,
            _ => FitSide::Skills,
        };
    }

    pub fn move_by(&mut self, steps: isize) {
        match self.side {
            FitSide::Skills => {
                let selectable: Vec<bool> = self
                    .rows
                    .iter()
                    .map(|r| matches!(r, SkillRow::Skill(_)))
                    .collect();
                self.skill_row = super::step_among(&selectable, self.skill_row, steps);
            }
            FitSide::Roles => {
                let last = self.ranked.len().saturating_sub(1);
                self.role_row = self.role_row.saturating_add_signed(steps).min(last);
            }
        }
    }

    /// Typing edits the filter, whichever list has the keyboard.
    pub fn edit(&mut self, lib: &Library, edit: Edit) {
        match edit {
            Edit::Insert(c) => self.filter.push(c),
            Edit::Paste(text) => self.filter.push_str(&crate::clean::clean_line(&text)),
            Edit::Backspace => {
                self.filter.pop();
            }
            Edit::Clear | Edit::DeleteWord => self.filter.clear(),
            _ => return,
        }
        self.side = FitSide::Skills;
        self.skill_row = 0;
        self.rows = skill_rows(lib, &self.filter);
        self.skill_row = first_skill(&self.rows, 0);
    }
}

/// The skills some role asks for whose names hold what was typed, by
/// category (in the order the library first lists them), then by name.
fn skill_rows(lib: &Library, filter: &str) -> Vec<SkillRow> {
    let used: HashSet<&str> = (0..lib.roles.len())
        .flat_map(|r| lib.skill_ids(r))
        .collect();
    let wanted = skill_key(filter);
    // By category, names that start with what was typed first, then by name.
    let mut shown: Vec<(usize, bool, &str, SkillIx)> = Vec::new();
    let mut categories: Vec<&str> = Vec::new();
    for (ix, skill) in lib.skills.iter().enumerate() {
        if !used.contains(skill.id.as_str()) {
            continue;
        }
        let name = skill.name(lib.lang);
        let matches = wanted.is_empty()
            || std::iter::once(name)
                .chain(skill.also.iter().map(String::as_str))
                .chain(std::iter::once(skill.id.as_str()))
                .any(|n| skill_key(n).contains(&wanted));
        if !matches {
            continue;
        }
        let category = match categories.iter().position(|c| *c == skill.category) {
            Some(at) => at,
            None => {
                categories.push(&skill.category);
                categories.len() - 1
            }
        };
        let later = !skill_key(name).starts_with(&wanted);
        shown.push((category, later, name, ix));
    }
    shown.sort_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| a.2.to_lowercase().cmp(&b.2.to_lowercase()))
    });
    let mut rows = Vec::with_capacity(shown.len() + categories.len());
    let mut last = None;
    for (category, _, _, ix) in shown {
        if last != Some(category) {
            rows.push(SkillRow::Heading(crate::i18n::skill_category(
                categories[category],
            )));
            last = Some(category);
        }
        rows.push(SkillRow::Skill(ix));
    }
    rows
}

/// The first skill row at or after `from`, or before it.
fn first_skill(rows: &[SkillRow], from: usize) -> usize {
    let is_skill = |r: &SkillRow| matches!(r, SkillRow::Skill(_));
    rows.iter()
        .skip(from)
        .position(is_skill)
        .map(|at| from + at)
        .or_else(|| rows.iter().rposition(is_skill))
        .unwrap_or(0)
}
