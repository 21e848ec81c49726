//! The search box: its text, and the results that always belong to that
//! text, recomputed in one place whenever it changes.

use std::sync::OnceLock;

use tui_input::{Input, InputRequest};

use super::action::Edit;
use crate::search::{Hit, MAX_QUERY_CHARS, Results, SearchIndex, Searcher};

/// At most this many search results are listed.
pub const RESULT_LIMIT: usize = 100;

/// The search index, or where it will be once built: a large library's
/// explorer shows its first screen while the index is still being built,
/// and what is typed meanwhile waits for it.
#[derive(Clone, Copy, Debug)]
pub enum IndexSlot<'a> {
    Ready(&'a SearchIndex<'a>),
    Pending(&'a OnceLock<SearchIndex<'a>>),
}

impl<'a> IndexSlot<'a> {
    pub fn get(self) -> Option<&'a SearchIndex<'a>> {
        match self {
            IndexSlot::Ready(index) => Some(index),
            IndexSlot::Pending(cell) => cell.get(),
        }
    }
}

/// The search box and its results.
#[derive(Debug)]
pub struct SearchState<'a> {
    index: IndexSlot<'a>,
    /// Reuses the previous keystroke's work while the query grows; made
    /// once the index is there.
    searcher: Option<Searcher<'a>>,
    input: Input,
    /// The text `results` were found for.
    searched: String,
    results: Results,
    pub selected: usize,
    pub offset: usize,
}

impl<'a> SearchState<'a> {
    pub fn new(index: IndexSlot<'a>) -> Self {
        SearchState {
            index,
            searcher: None,
            input: Input::default(),
            searched: String::new(),
            results: Results::default(),
            selected: 0,
            offset: 0,
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

    /// Searches what was typed before the index was ready, once it is;
    /// true when the results changed.
    pub fn catch_up(&mut self) -> bool {
        let behind = self.input.value() != self.searched;
        behind && {
            self.refresh();
            self.input.value() == self.searched
        }
    }

    fn refresh(&mut self) {
        if self.input.value() == self.searched {
            return;
        }
        if self.searcher.is_none() {
            self.searcher = self.index.get().map(Searcher::new);
        }
        let Some(searcher) = &mut self.searcher else {
            // Kept until the index is there (see `catch_up`).
            return;
        };
        self.searched = self.input.value().to_string();
        self.results = searcher.search(&self.searched, RESULT_LIMIT);
        self.selected = 0;
        self.offset = 0;
    }
}
