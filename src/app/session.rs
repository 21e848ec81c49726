//! Everything one visitor did, kept apart so that a kiosk forgets it whole.

use super::fits::FitsState;
use super::history::History;
use super::ladder::LadderState;
use super::search_box::{IndexSlot, SearchState};
use super::skills::SkillsState;
use super::tree::{Node, TreeState};
use super::{Overlay, Pane, Subject};
use crate::library::Library;

/// Everything one visitor did; dropped whole when a kiosk starts over.
#[derive(Debug)]
pub struct Session<'a> {
    pub focus: Pane,
    pub tree: TreeState,
    pub subject: Subject,
    pub detail_scroll: usize,
    pub skills: SkillsState,
    pub ladder: LadderState,
    pub overlay: Option<Overlay>,
    pub search: SearchState<'a>,
    pub overlay_scroll: usize,
    pub history: History,
    /// The role pinned for comparing with another.
    pub pinned: Option<crate::library::RoleIx>,
    /// The welcome's example search chosen by keyboard, if any.
    pub welcome_choice: Option<usize>,
    /// The skills picked in "What fits me", and the roles they fit.
    pub fits: FitsState,
}

impl<'a> Session<'a> {
    pub(super) fn new(lib: &Library, index: IndexSlot<'a>, welcome: bool) -> Self {
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
            history: History::default(),
            pinned: None,
            welcome_choice: None,
            fits: FitsState::default(),
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
}
