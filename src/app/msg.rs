//! What changes the explorer's state: an action of the user's, or news
//! from the loop that runs it. [`App::update`](super::App::update) is the
//! one place either is applied.

use std::sync::Arc;
use std::time::Instant;

use super::{Action, IndexSlot, ScreenLayout};
use crate::i18n::Lang;
use crate::library::{Library, Problem};

/// One change to the app.
pub enum Msg {
    /// What a key, a touch or a paste asks for.
    Act(Action),
    /// A frame was drawn: where it put what can be touched, and where it
    /// scrolled each list to keep its selection in view.
    Drawn(Box<ScreenLayout>),
    /// Time passed: the kiosk's clock.
    Tick(Instant),
    /// A key or a touch arrived: the visitor is still there.
    Touched(Instant),
    /// The answer to the kiosk's countdown: the session is kept, and the
    /// finger that answered lifts later without tapping.
    KeepGoing(Instant),
    /// The search index is ready: what was typed meanwhile is searched.
    IndexReady,
    /// The files read again, or shown in another language.
    Library(Box<NewLibrary>),
    /// How the kiosk's print job is going.
    Print(PrintNews),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Self {
        Msg::Act(action)
    }
}

/// A library to show instead of the one shown.
pub struct NewLibrary {
    pub lib: Arc<Library>,
    pub index: IndexSlot,
    pub problems: Vec<Problem>,
    pub lang: Lang,
}

/// News of the kiosk's print job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintNews {
    /// The page is on its way.
    Started,
    /// The job ended; `key` names the page among those the visitor
    /// printed ([`App::print_key`](super::App::print_key)).
    Ended { key: String, sent: bool },
    /// The news of the last job has been shown long enough.
    Over,
}
