//! Everything one visitor did, kept apart so that a kiosk forgets it whole.

use super::fits::FitsState;
use super::history::History;
use super::ladder::LadderState;
use super::mouse::Scroller;
use super::remap::Remap;
use super::search_box::{IndexSlot, SearchState};
use super::skills::SkillsState;
use super::tree::{Node, TreeState};
use super::{Overlay, Pane, Subject};
use crate::library::Library;

/// Everything one visitor did; dropped whole when a kiosk starts over.
#[derive(Debug)]
pub struct Session {
    pub focus: Pane,
    pub tree: TreeState,
    pub subject: Subject,
    pub detail_scroll: usize,
    pub skills: SkillsState,
    pub ladder: LadderState,
    pub overlay: Option<Overlay>,
    pub search: SearchState,
    pub overlay_scroll: usize,
    /// The problem chosen in the problems window, by its place there.
    pub problem_chosen: usize,
    pub history: History,
    /// The role pinned for comparing with another.
    pub pinned: Option<crate::library::RoleIx>,
    /// The welcome's example search chosen by keyboard, if any.
    pub welcome_choice: Option<usize>,
    /// The skills picked in "What fits me", and the roles they fit.
    pub fits: FitsState,
    /// The lists a finger scrolled away from their selection: they stay
    /// where the finger left them until the next thing the visitor does.
    pub loose: Vec<Scroller>,
    /// Kiosk: "Start over?" is asked, after a touch on its button.
    pub asking_start_over: bool,
}

impl Session {
    pub(super) fn new(lib: &Library, index: IndexSlot, welcome: bool) -> Self {
        let mut session = Session {
            focus: Pane::Tree,
            tree: TreeState::new(lib),
            subject: Subject::Nothing,
            detail_scroll: 0,
            skills: SkillsState::default(),
            ladder: LadderState::default(),
            overlay: welcome.then_some(Overlay::Welcome),
            search: SearchState::new(index),
            overlay_scroll: 0,
            problem_chosen: 0,
            history: History::default(),
            pinned: None,
            welcome_choice: None,
            fits: FitsState::default(),
            loose: Vec::new(),
            asking_start_over: false,
        };
        session.follow_tree(lib);
        session
    }

    /// Makes the other panes show what the tree has selected. Called once
    /// after every change ([`App::update`]), so no other code has to.
    pub(super) fn follow_tree(&mut self, lib: &Library) {
        let subject = match self.tree.selected_node() {
            Some(Node::Role(r)) => Subject::Role(r),
            Some(Node::Department(d)) => Subject::Department(d),
            None => Subject::Nothing,
        };
        if subject != self.subject {
            self.subject = subject;
            self.detail_scroll = 0;
            self.skills = SkillsState::for_subject(lib, subject);
            self.ladder = LadderState::for_subject(lib, subject);
        }
    }

    /// Carries the session over to another library (the files read again,
    /// or shown in the other language): everything that names a role or a
    /// department is found again by id, what is gone is let go, and what
    /// the visitor sees stays as it was. Every field is named here, so a
    /// new one cannot be left out.
    /// The first item or row `scroller` shows.
    pub(super) fn offset_mut(&mut self, scroller: super::mouse::Scroller) -> &mut usize {
        use super::mouse::Scroller;
        match scroller {
            Scroller::Pane(Pane::Tree) => &mut self.tree.offset,
            Scroller::Pane(Pane::Detail) => &mut self.detail_scroll,
            Scroller::Pane(Pane::Skills) => match &mut self.skills.chosen {
                Some(chosen) => &mut chosen.offset,
                None => &mut self.skills.offset,
            },
            Scroller::Pane(Pane::Ladder) => &mut self.ladder.offset,
            Scroller::Window => &mut self.overlay_scroll,
            Scroller::Results => &mut self.search.offset,
            Scroller::FitSkills => &mut self.fits.skill_offset,
            Scroller::FitRoles => &mut self.fits.role_offset,
        }
    }

    pub(super) fn carry_over(&mut self, lib: &Library, index: IndexSlot, to: &Remap) {
        let Session {
            focus: _,
            tree,
            subject,
            detail_scroll: _,
            skills,
            ladder,
            overlay,
            search,
            overlay_scroll: _,
            // Its place among problems that change with the files.
            problem_chosen: _,
            history,
            pinned,
            // An index into the examples, which come from the departments.
            welcome_choice: _,
            fits,
            loose: _,
            asking_start_over: _,
        } = self;
        tree.carry_over(lib, to);
        // The panes are worked out again (their text may be in the other
        // language now), keeping what was chosen in them.
        let old_subject = *subject;
        *subject = to.subject(old_subject).unwrap_or(Subject::Nothing);
        *skills = skills.carry_over(lib, *subject, to);
        *ladder = ladder.carry_over(lib, *subject, to);
        *overlay = match *overlay {
            Some(Overlay::Compare { a, b, path }) => to
                .role(a)
                .zip(to.role(b))
                .map(|(a, b)| Overlay::Compare { a, b, path }),
            other => other,
        };
        search.rebase(index, |r| to.role(r));
        history.carry_over(|s| to.subject(s));
        *pinned = pinned.and_then(|r| to.role(r));
        // The picks are skill ids: the skills are listed and the roles
        // ranked again, in the new library.
        fits.carry_over(lib, *overlay == Some(Overlay::Fits));
        self.follow_tree(lib);
    }
}
