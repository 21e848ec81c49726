//! "What fits me": the visitor picks the skills they have from the
//! library's skills (typing filters them, by word forms, synonyms and
//! typos, as search reads words) and sees every role that uses them, best
//! fit first. The picks are part of the visitor's session: a kiosk's start
//! over forgets them.

use std::collections::HashSet;

use crate::career::{self, Fit, Named};
use crate::library::{Library, RoleIx, SkillIx, skill_key};
use crate::search::SkillWords;

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
    /// The role last opened from the ranking: Back on it comes back here.
    pub opened: Option<RoleIx>,
    /// The words of the library's skills, for the filter.
    words: Option<SkillWords>,
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

    /// The picks and ranking carried over to `lib` (the files read again,
    /// or shown in the other language). The skills' words and list are
    /// made again only while the window is `open`: at 20,000 roles they
    /// take a third of a second, which every reload and language switch
    /// would otherwise cost; opening the window makes them.
    pub fn carry_over(&mut self, lib: &Library, open: bool) {
        if open {
            self.refresh(lib);
            return;
        }
        self.keep_picks(lib);
        self.words = None;
        self.rows.clear();
        self.ranked = career::rank(lib, &self.named(lib));
        self.role_row = self.role_row.min(self.ranked.len().saturating_sub(1));
    }

    /// Keeps only picks the library still has, each under the id its skill
    /// has now: a skill whose id was renamed is still found by its old one
    /// as another name.
    fn keep_picks(&mut self, lib: &Library) {
        let mut kept: Vec<String> = Vec::new();
        for id in &self.picked {
            if let Some(skill) = lib.skill(id)
                && !kept.contains(&skill.id)
            {
                kept.push(skill.id.clone());
            }
        }
        self.picked = kept;
    }

    /// Lists the skills under the filter again and ranks the roles again,
    /// keeping only picks the library still has.
    pub fn refresh(&mut self, lib: &Library) {
        self.keep_picks(lib);
        let words = SkillWords::new(lib);
        self.rows = skill_rows(lib, &words, &self.filter);
        self.words = Some(words);
        self.skill_row = first_skill(&self.rows, self.skill_row);
        self.ranked = career::rank(lib, &self.named(lib));
        self.role_row = self.role_row.min(self.ranked.len().saturating_sub(1));
    }

    /// The picks as things named, each skill by its name.
    pub fn named(&self, lib: &Library) -> Vec<Named> {
        self.picked
            .iter()
            .map(|id| Named {
                written: lib.skill_name(id).to_string(),
                skills: vec![id.clone()],
            })
            .collect()
    }

    /// Whether the visitor has picked this skill (by id).
    pub fn has(&self, id: &str) -> bool {
        self.picked.iter().any(|p| p == id)
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
        self.ranked = career::rank(lib, &self.named(lib));
        self.role_row = 0;
    }

    /// Space or Enter on the skills list: toggles the skill selected.
    pub fn toggle_selected(&mut self, lib: &Library) {
        if let Some(SkillRow::Skill(skill)) = self.rows.get(self.skill_row) {
            self.toggle(lib, *skill);
        }
    }

    /// Enter on the skills list: toggles the skill selected; after typing,
    /// the filter is cleared so the next skill can be typed at once, with
    /// the one just picked still selected.
    pub fn pick_selected(&mut self, lib: &Library) {
        let Some(SkillRow::Skill(skill)) = self.rows.get(self.skill_row).cloned() else {
            return;
        };
        self.toggle(lib, skill);
        if !self.filter.is_empty() {
            self.edit(lib, super::action::Edit::Clear);
            if let Some(row) = self.rows.iter().position(|r| *r == SkillRow::Skill(skill)) {
                self.skill_row = row;
            }
        }
    }

    /// Space: once the visitor has started typing, a space between words
    /// ("sound design"); before that, picks the skill selected.
    pub fn space(&mut self, lib: &Library) {
        if self.side == FitSide::Skills && !self.filter.is_empty() {
            self.edit(lib, super::action::Edit::Insert(' '));
        } else {
            self.toggle_selected(lib);
        }
    }

    /// The role selected in the ranking, if the ranking has the keyboard.
    pub fn selected_role(&self) -> Option<usize> {
        (self.side == FitSide::Roles)
            .then(|| self.ranked.get(self.role_row).map(|f| f.role))
            .flatten()
    }

    /// The ranking has the keyboard, on the role last opened from it.
    pub fn show_ranking(&mut self) {
        if !self.ranked.is_empty() {
            self.side = FitSide::Roles;
        }
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
        let words = self.words.take().unwrap_or_else(|| SkillWords::new(lib));
        self.rows = skill_rows(lib, &words, &self.filter);
        self.words = Some(words);
        self.skill_row = first_skill(&self.rows, 0);
    }
}

/// The skills some role asks for that fit what was typed, by category (in
/// the order the library first lists them), then by name. A skill fits
/// when its names hold every word typed, by form, synonym or typo, the
/// last word also as a word's start ("sound des"), or hold the letters
/// typed as they are ("tools" in "Pro Tools").
fn skill_rows(lib: &Library, words: &SkillWords, filter: &str) -> Vec<SkillRow> {
    let used: HashSet<&str> = (0..lib.roles.len())
        .flat_map(|r| lib.skill_ids(r))
        .collect();
    let wanted = skill_key(filter);
    let by_words: HashSet<SkillIx> = if wanted.is_empty() {
        HashSet::new()
    } else {
        words.filter(filter).into_iter().collect()
    };
    // By category, names that start with what was typed first, then by name.
    let mut shown: Vec<(usize, bool, &str, SkillIx)> = Vec::new();
    let mut categories: Vec<&str> = Vec::new();
    for (ix, skill) in lib.skills.iter().enumerate() {
        if !used.contains(skill.id.as_str()) {
            continue;
        }
        let name = skill.name(lib.lang);
        let matches = wanted.is_empty()
            || by_words.contains(&ix)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn library(skills_file: &str) -> Library {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(dir.path().join("_skills.toml"), skills_file).expect("write");
        std::fs::write(
            dir.path().join("mixer.toml"),
            "title = \"Mixer\"\n[skills]\ntechnical = [\"faders\"]\n",
        )
        .expect("write");
        crate::library::load_dir(dir.path()).expect("load").library
    }

    #[test]
    fn a_pick_whose_skill_was_given_a_new_id_still_counts_after_a_reload() {
        let before = library("[faders]\ncategory = \"technical\"\nen = \"faders\"\n");
        let mut fits = FitsState::default();
        fits.open(&before);
        let ix = before.skills.index_of("faders").expect("a skill");
        fits.toggle(&before, ix);
        assert_eq!(fits.ranked.len(), 1);
        // Staff rename the id and keep the old one as another name.
        let after = library(
            "[mixing-faders]\ncategory = \"technical\"\nen = \"faders\"\nalso = [\"faders\"]\n",
        );
        fits.refresh(&after);
        assert_eq!(fits.picked, ["mixing-faders"]);
        assert_eq!(fits.ranked.len(), 1, "the pick still counts");
        assert_eq!(fits.ranked[0].have, ["mixing-faders"]);
    }
}
