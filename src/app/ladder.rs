//! The ladder pane: every path up through the selected role, what to add for
//! the step up, and the sideways moves.

use crate::library::{Library, RoleIx};

use super::Subject;
use crate::t;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LadderRow {
    /// "Path 1 of 2", or a section title.
    Heading(String),
    /// A role on a ladder; `level` 1 is the entry rung.
    Rung {
        role: RoleIx,
        level: usize,
        current: bool,
    },
    /// "To step up to X, add:" — choosing it opens X.
    StepUp { to: RoleIx },
    /// A skill to add for the step up.
    Skill(String),
    /// A sideways move: related or works-with.
    Link(RoleIx),
    /// Plain text.
    Note(String),
}

impl LadderRow {
    /// The role this row opens when chosen.
    pub fn target(&self) -> Option<RoleIx> {
        match *self {
            LadderRow::Rung { role, .. } | LadderRow::Link(role) => Some(role),
            LadderRow::StepUp { to } => Some(to),
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct LadderState {
    pub rows: Vec<LadderRow>,
    pub selected: usize,
    pub offset: usize,
}

impl LadderState {
    /// The ladder of `subject` in another library, with the same row
    /// chosen: the same role where it is there, else the same place.
    pub fn carry_over(&self, lib: &Library, subject: Subject, to: &super::remap::Remap) -> Self {
        let mut fresh = LadderState::for_subject(lib, subject);
        let chosen = self.rows.get(self.selected);
        let same = chosen
            .and_then(|row| row.target().and_then(|r| to.role(r)))
            .and_then(|r| {
                let old_kind = std::mem::discriminant(chosen?);
                fresh.rows.iter().position(|row| {
                    row.target() == Some(r) && std::mem::discriminant(row) == old_kind
                })
            });
        if let Some(at) =
            same.or_else(|| (self.selected < fresh.rows.len()).then_some(self.selected))
        {
            fresh.selected = at;
            fresh.offset = self.offset.min(at);
        }
        fresh
    }

    pub fn for_subject(lib: &Library, subject: Subject) -> Self {
        let rows = match subject {
            Subject::Role(role) => role_rows(lib, role),
            Subject::Department(_) => vec![LadderRow::Note(t!("ladder-choose-role"))],
            Subject::Nothing => Vec::new(),
        };
        let selected = rows
            .iter()
            .position(|r| matches!(r, LadderRow::Rung { current: true, .. }))
            .or_else(|| rows.iter().position(|r| r.target().is_some()))
            .unwrap_or(0);
        LadderState {
            rows,
            selected,
            offset: 0,
        }
    }

    pub fn move_by(&mut self, steps: isize) {
        let selectable: Vec<bool> = self.rows.iter().map(|r| r.target().is_some()).collect();
        self.selected = super::step_among(&selectable, self.selected, steps);
    }

    pub fn select_row(&mut self, row: usize) -> bool {
        if self.rows.get(row).and_then(LadderRow::target).is_some() {
            self.selected = row;
            true
        } else {
            false
        }
    }

    pub fn selected_target(&self) -> Option<RoleIx> {
        self.rows.get(self.selected).and_then(LadderRow::target)
    }
}

fn role_rows(lib: &Library, role: RoleIx) -> Vec<LadderRow> {
    let mut rows = Vec::new();
    let r = &lib.roles[role];
    let ladders: Vec<Vec<RoleIx>> = lib
        .ladders(role)
        .into_iter()
        .filter(|path| path.len() > 1)
        .collect();
    if ladders.is_empty() {
        rows.push(LadderRow::Note(t!("ladder-none")));
    }
    let count = ladders.len();
    for (i, path) in ladders.iter().enumerate() {
        rows.push(LadderRow::Heading(if count > 1 {
            t!("ladder-path-of", number = i + 1, count = count)
        } else {
            t!("ladder-top-first")
        }));
        for (level, &rung) in path.iter().enumerate().rev() {
            rows.push(LadderRow::Rung {
                role: rung,
                level: level + 1,
                current: rung == role,
            });
        }
    }
    for &up in &r.next {
        rows.push(LadderRow::StepUp { to: up });
        let add = lib.step_up_skills(role, up);
        if add.is_empty() {
            rows.push(LadderRow::Note(t!("ladder-no-new-skills")));
        }
        rows.extend(add.into_iter().map(LadderRow::Skill));
    }
    if !r.moves.is_empty() {
        rows.push(LadderRow::Heading(t!("ladder-moves")));
        for m in &r.moves {
            rows.push(LadderRow::Link(m.to));
            rows.push(LadderRow::Note(match &m.source {
                Some(source) => t!(
                    "ladder-move-source",
                    because = m.because.as_str(),
                    source = source.as_str()
                ),
                None => t!("ladder-move-suggested", because = m.because.as_str()),
            }));
        }
    }
    if !r.related.is_empty() {
        rows.push(LadderRow::Heading(t!("ladder-related")));
        rows.extend(r.related.iter().map(|&o| LadderRow::Link(o)));
    }
    if !r.works_with.is_empty() {
        rows.push(LadderRow::Heading(t!("ladder-works-with")));
        rows.extend(r.works_with.iter().map(|&o| LadderRow::Link(o)));
    }
    rows
}
