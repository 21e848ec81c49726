//! The search box: its text, and the results that always belong to that
//! text, recomputed in one place whenever it changes.

use std::sync::{Arc, OnceLock};

use tui_input::{Input, InputRequest};

use super::action::Edit;
use crate::library::RoleIx;
use crate::search::{Hit, MAX_QUERY_CHARS, Memory, Results, SearchIndex, Searcher, SharedIndex};

/// At most this many search results are listed.
pub const RESULT_LIMIT: usize = 100;

/// The search index, or where it will be once built: a large library's
/// explorer shows its first screen while the index is still being built
/// (on a thread of its own), and what is typed meanwhile waits for it.
#[derive(Clone, Debug, Default)]
pub struct IndexSlot(Arc<OnceLock<SharedIndex>>);

impl IndexSlot {
    /// An index built already.
    pub fn ready(index: SharedIndex) -> Self {
        IndexSlot(Arc::new(OnceLock::from(index)))
    }

    /// An index still to come: whoever builds it fills [`IndexSlot::fill`]
    /// of a clone of this slot.
    pub fn pending() -> Self {
        IndexSlot::default()
    }

    /// Puts the index built for this slot's library in it.
    pub fn fill(&self, index: SharedIndex) {
        // Filled once: a second index for the same library is the same.
        let _ = self.0.set(index);
    }

    pub fn get(&self) -> Option<&SearchIndex<'_>> {
        self.0.get().map(SharedIndex::index)
    }
}

/// The search box and its results.
#[derive(Debug)]
pub struct SearchState {
    index: IndexSlot,
    /// Reuses the previous keystroke's work while the query grows.
    memory: Memory,
    input: Input,
    /// The text `results` were found for.
    searched: String,
    results: Results,
    pub selected: usize,
    pub offset: usize,
    /// The role chosen before the library was replaced, to choose again
    /// once the new index has found it.
    pending_choice: Option<RoleIx>,
}

impl SearchState {
    pub fn new(index: IndexSlot) -> Self {
        SearchState {
            index,
            memory: Memory::default(),
            input: Input::default(),
            searched: String::new(),
            results: Results::default(),
            selected: 0,
            offset: 0,
            pending_choice: None,
        }
    }

    pub fn input(&self) -> &Input {
        &self.input
    }

    pub fn text(&self) -> &str {
        self.input.value()
    }

    /// The results for the text in the box, as it is now.
    pub fn results(&self) -> &Results {
        &self.results
    }

    pub fn selected_hit(&self) -> Option<&Hit> {
        self.results.hits.get(self.selected)
    }

    /// Replaces the text (opening the box afresh).
    pub fn set_text(&mut self, text: &str) {
        self.input = Input::default();
        self.edit(Edit::Paste(text.to_string()));
    }

    /// Applies one edit; the results follow the text.
    pub fn edit(&mut self, edit: Edit) {
        let room = MAX_QUERY_CHARS.saturating_sub(self.input.value().chars().count());
        let request = match edit {
            Edit::Insert(c) if c.is_control() || room == 0 => None,
            Edit::Insert(c) => Some(InputRequest::InsertChar(c)),
            Edit::Paste(text) => {
                // Pasted text becomes one line of printable characters.
                for c in text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .take(room)
                {
                    self.input.handle(InputRequest::InsertChar(c));
                }
                None
            }
            Edit::Backspace => Some(InputRequest::DeletePrevChar),
            Edit::Delete => Some(InputRequest::DeleteNextChar),
            Edit::Left => Some(InputRequest::GoToPrevChar),
            Edit::Right => Some(InputRequest::GoToNextChar),
            Edit::WordLeft => Some(InputRequest::GoToPrevWord),
            Edit::WordRight => Some(InputRequest::GoToNextWord),
            Edit::Start => Some(InputRequest::GoToStart),
            Edit::End => Some(InputRequest::GoToEnd),
            Edit::DeleteWord => Some(InputRequest::DeletePrevWord),
            Edit::Clear => Some(InputRequest::DeleteLine),
        };
        if let Some(request) = request {
            self.input.handle(request);
        }
        self.refresh();
    }

    /// Moves the choice among the results, clamped to the list.
    pub fn move_by(&mut self, steps: isize) {
        let last = self.results.hits.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(steps).min(last);
    }

    /// Chooses result `i`, if there is one.
    pub fn choose(&mut self, i: usize) -> bool {
        let ok = i < self.results.hits.len();
        if ok {
            self.selected = i;
        }
        ok
    }

    /// True while the index is still being built (and there is text to
    /// search for once it is).
    pub fn waiting_for_index(&self) -> bool {
        self.index.get().is_none() && !self.input.value().trim().is_empty()
    }

    /// Whether what was typed is not searched yet (the index was not
    /// ready).
    pub fn behind(&self) -> bool {
        self.input.value() != self.searched
    }

    /// Searches what was typed before the index was ready, once it is;
    /// true when the results changed.
    pub fn catch_up(&mut self) -> bool {
        let behind = self.input.value() != self.searched;
        behind && {
            self.refresh();
            self.input.value() == self.searched
        }
    }

    /// The same text and choice on another library's index (the library
    /// read again, or shown in the other language): searched again as soon
    /// as that index is there, with the chosen role still chosen if it is
    /// among the new results. `role` maps the old library's roles to the
    /// new one's.
    pub fn rebase(&mut self, index: IndexSlot, role: impl Fn(RoleIx) -> Option<RoleIx>) {
        let chosen = self.selected_hit().and_then(|h| role(h.role));
        let offset = self.offset;
        self.index = index;
        self.memory = Memory::default();
        // The old results name the old library's roles: none are shown
        // until the new index has searched the text again.
        self.results = Results::default();
        self.searched.clear();
        self.selected = 0;
        self.refresh();
        if let Some(at) = chosen.and_then(|r| self.results.hits.iter().position(|h| h.role == r)) {
            self.selected = at;
            self.offset = offset.min(at);
        }
        self.pending_choice = chosen.filter(|_| self.searched != self.input.value());
    }

    fn refresh(&mut self) {
        if self.input.value() == self.searched {
            return;
        }
        let Some(index) = self.index.get() else {
            // Kept until the index is there (see `catch_up`).
            return;
        };
        let mut searcher = Searcher::resume(index, std::mem::take(&mut self.memory));
        self.searched = self.input.value().to_string();
        self.results = searcher.search(&self.searched, RESULT_LIMIT);
        self.memory = searcher.into_memory();
        self.selected = 0;
        self.offset = 0;
        // A choice kept across a reload whose index came later.
        if let Some(role) = self.pending_choice.take()
            && let Some(at) = self.results.hits.iter().position(|h| h.role == role)
        {
            self.selected = at;
        }
    }
}
