//! The role files behind the explorer: read again on a thread of their own
//! when they change, and the library as each language shows it, with its
//! search index.
//!
//! Switching to a language the library was already shown in is immediate:
//! its translation and index are kept until the files are read again. The
//! first switch of a large library to another language is translated on a
//! thread of its own (at 20,000 roles that takes a fifth of a second), so
//! the screen keeps answering keys; the switch shows once it is made.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use crate::app::{App, IndexSlot};
use crate::i18n::Lang;
use crate::library::{Library, Loaded, Problem, Translation};
use crate::search::SharedIndex;
use crate::watcher::Burst;

/// Libraries up to this many roles are translated and indexed before they
/// replace the one shown: a few milliseconds, less than the wait would
/// show.
const AT_ONCE: usize = 2000;

/// How often the loop looks whether what is made on other threads is
/// ready.
const READ_POLL: Duration = Duration::from_millis(20);

/// The role files as last read, and where they are read from.
pub(super) struct Files<'f> {
    folder: Option<&'f Path>,
    kiosk: bool,
    /// The library in English, as the files write it.
    english: Arc<Library>,
    translations: Arc<[Translation]>,
    problems: Vec<Problem>,
    /// By language ([`Lang::ix`]): the library as shown in it, and its
    /// index, once made for the files as last read.
    made: [Option<(Arc<Library>, IndexSlot)>; 2],
    /// A translation under way on a thread of its own, and its language.
    making: Option<(Lang, Receiver<Option<Library>>)>,
    /// Libraries up to this many roles are translated and indexed at once.
    at_once: usize,
    /// The files being read again, on a thread of their own.
    reading: Option<Receiver<Reread>>,
    /// Whether to read them again once that is done (they changed
    /// meanwhile, or a kiosk started over).
    again: bool,
    /// Changes seen on disk, not read yet.
    burst: Burst,
    indexer: Indexer,
}

/// The files as read again, with the roles kept at their last good version.
type Reread = Result<(Loaded, Vec<String>), crate::library::LoadError>;

impl<'f> Files<'f> {
    /// The files of `loaded`, read from `folder` (none for the bundled
    /// roles); at a kiosk, edits wait for the next visitor.
    pub(super) fn new(folder: Option<&'f Path>, loaded: Loaded, kiosk: bool) -> Self {
        Files {
            folder,
            kiosk,
            english: Arc::new(loaded.library),
            translations: loaded.translations.into(),
            problems: loaded.problems,
            made: [None, None],
            making: None,
            at_once: AT_ONCE,
            reading: None,
            again: false,
            burst: Burst::default(),
            indexer: Indexer::default(),
        }
    }

    /// The problems found in the files as last read.
    pub(super) fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The library shown in `lang` and its index, made now if it is not
    /// yet: the index on a thread of its own, so that the screen never
    /// waits for it; but when the library replaces another (`again`) and
    /// is small, at once, so that an open search never shows the wait.
    pub(super) fn shown(&mut self, lang: Lang, again: bool) -> (Arc<Library>, IndexSlot) {
        if let Some(made) = &self.made[usize::from(lang.ix())] {
            return made.clone();
        }
        let lib = match crate::library::translate(&self.english, &self.translations, lang) {
            std::borrow::Cow::Borrowed(_) => Arc::clone(&self.english),
            std::borrow::Cow::Owned(translated) => Arc::new(translated),
        };
        self.keep(lang, lib, again)
    }

    /// Keeps `lib` as the library shown in `lang`, with an index for it.
    fn keep(&mut self, lang: Lang, lib: Arc<Library>, again: bool) -> (Arc<Library>, IndexSlot) {
        let index = if again && lib.roles.len() <= self.at_once {
            IndexSlot::ready(SharedIndex::build(Arc::clone(&lib)))
        } else {
            let index = IndexSlot::pending();
            self.indexer.build(Arc::clone(&lib), index.clone());
            index
        };
        self.made[usize::from(lang.ix())] = Some((Arc::clone(&lib), index.clone()));
        (lib, index)
    }

    /// Shows the files in `lang` in `app`: at once when that library is
    /// made or quick to make; else once it is translated, on a thread of
    /// its own. A language asked for replaces one still being made.
    pub(super) fn show_in(&mut self, app: &mut App, lang: Lang) {
        if self
            .making
            .as_ref()
            .is_some_and(|(making, _)| *making == lang)
        {
            return;
        }
        self.making = None;
        if self.made[usize::from(lang.ix())].is_some() || self.english.roles.len() <= self.at_once {
            let (lib, index) = self.shown(lang, true);
            app.replace_library(lib, index, self.problems.clone(), lang);
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let (english, translations) = (Arc::clone(&self.english), Arc::clone(&self.translations));
        thread::spawn(move || {
            let made = match crate::library::translate(&english, &translations, lang) {
                std::borrow::Cow::Borrowed(_) => None,
                std::borrow::Cow::Owned(translated) => Some(translated),
            };
            // Nobody waits for it when another language was asked for since.
            let _ = sender.send(made);
        });
        self.making = Some((lang, receiver));
    }

    /// Shows the library being translated in `app` once it is made; true
    /// when it did.
    pub(super) fn take_translated(&mut self, app: &mut App) -> bool {
        let Some((lang, making)) = &self.making else {
            return false;
        };
        let lang = *lang;
        let made = match making.try_recv() {
            Ok(made) => made,
            Err(mpsc::TryRecvError::Empty) => return false,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.making = None;
                return false;
            }
        };
        self.making = None;
        let lib = made.map_or_else(|| Arc::clone(&self.english), Arc::new);
        let (lib, index) = self.keep(lang, lib, true);
        app.replace_library(lib, index, self.problems.clone(), lang);
        true
    }

    /// Reads the files again on a thread of their own, so that keys are
    /// answered meanwhile however large the library; once more after that
    /// if a reading is under way already.
    pub(super) fn reread(&mut self) {
        let Some(dir) = self.folder else {
            return;
        };
        if self.reading.is_some() {
            self.again = true;
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let (dir, old) = (dir.to_path_buf(), Arc::clone(&self.english));
        thread::spawn(move || {
            // Nobody waits for it any more when the explorer has ended.
            let _ = sender.send(crate::library::reload(&dir, &old));
        });
        self.reading = Some(receiver);
    }

    /// Notes what changed on disk by `now`, and reads the files again once
    /// a burst of changes is over; at a kiosk that waits for the next
    /// visitor.
    pub(super) fn notice(&mut self, changed: bool, now: Instant) {
        if changed && !self.kiosk {
            self.burst.changed(now);
        }
        if self.burst.take_due(now) {
            self.reread();
        }
    }

    /// Shows the files read again in `app` once they are, in the language
    /// it shows or was asked for; true when it did.
    pub(super) fn take_reread(&mut self, app: &mut App) -> bool {
        let Some(reading) = &self.reading else {
            return false;
        };
        let read = match reading.try_recv() {
            Ok(read) => read,
            Err(mpsc::TryRecvError::Empty) => return false,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.reading = None;
                return false;
            }
        };
        self.reading = None;
        match read {
            Ok((mut fresh, kept)) => {
                for file in kept {
                    fresh
                        .problems
                        .push(Problem::new(file, crate::msg!("reload-kept-last-good")));
                }
                if self.kiosk {
                    super::log_problems(&fresh.problems);
                }
                self.english = Arc::new(fresh.library);
                self.translations = fresh.translations.into();
                self.problems = fresh.problems;
                self.made = [None, None];
                self.making = None;
                self.indexer.forget();
            }
            // A folder that cannot be read just now (closed, or moved
            // away) keeps what was shown, and says why.
            Err(e) => {
                let folder = self.folder.map(|f| f.display().to_string());
                let problem = Problem::new(
                    crate::clean::clean_line(&folder.unwrap_or_default()).into_owned(),
                    crate::msg!("reload-library-kept", why = e.0),
                )
                .kind(crate::library::Kind::Library);
                if self.kiosk {
                    super::log_problems(std::slice::from_ref(&problem));
                }
                self.problems.retain(|p| !is_library_kept(p));
                self.problems.insert(0, problem);
            }
        }
        self.show_in(app, app.lang_wanted());
        if std::mem::take(&mut self.again) {
            self.reread();
        }
        true
    }

    /// How long the loop may wait before the files need its attention.
    pub(super) fn wait(&self, now: Instant) -> Option<Duration> {
        let busy = (self.reading.is_some() || self.making.is_some()).then_some(READ_POLL);
        [self.burst.wait(now), busy].into_iter().flatten().min()
    }
}

/// Whether `p` says the library folder could not be read again.
fn is_library_kept(p: &Problem) -> bool {
    matches!(
        p.message,
        crate::i18n::Message::Id {
            id: "reload-library-kept",
            ..
        }
    )
}

/// Builds search indexes one at a time, on a thread of its own, in the
/// order asked for. When the files are read again the indexes still
/// waiting are forgotten: quick reloads never leave indexes of libraries
/// already replaced building side by side, keeping the explorer from its
/// keys. (Each reading asks for at most one index a language.)
#[derive(Default)]
struct Indexer {
    /// The libraries waiting for their index, and where each goes.
    waiting: Arc<std::sync::Mutex<Vec<Wanted>>>,
    building: Arc<AtomicBool>,
}

/// A library waiting for its index, and the slot the index goes in.
type Wanted = (Arc<Library>, IndexSlot);

impl Indexer {
    fn build(&self, lib: Arc<Library>, slot: IndexSlot) {
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.push((lib, slot));
        }
        if self.building.swap(true, Ordering::AcqRel) {
            return;
        }
        let (waiting, building) = (Arc::clone(&self.waiting), Arc::clone(&self.building));
        thread::spawn(move || {
            loop {
                let next = waiting
                    .lock()
                    .ok()
                    .and_then(|mut w| (!w.is_empty()).then(|| w.remove(0)));
                if let Some((lib, slot)) = next {
                    slot.fill(SharedIndex::build(lib));
                    continue;
                }
                building.store(false, Ordering::Release);
                // Asked for again between the look and the flag: go on, unless
                // another thread took it up.
                let asked = waiting.lock().is_ok_and(|w| !w.is_empty());
                if !asked || building.swap(true, Ordering::AcqRel) {
                    break;
                }
            }
        });
    }

    /// The libraries of files read before: their indexes are not wanted.
    fn forget(&self) {
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Effect, Settings};

    /// The bundled roles, every library counted as large: translated on a
    /// thread of their own.
    fn large_files() -> (Files<'static>, App) {
        let mut files = Files::new(None, crate::library::load_embedded(), false);
        files.at_once = 0;
        let (lib, index) = files.shown(Lang::En, false);
        let settings = Settings {
            lang: Lang::En,
            ..Settings::default()
        };
        let problems = files.problems().to_vec();
        let app = App::with_index(lib, index, problems, settings, Instant::now());
        (files, app)
    }

    /// Waits until the translation under way is shown in `app`.
    fn until_translated(files: &mut Files<'_>, app: &mut App) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !files.take_translated(app) {
            assert!(Instant::now() < deadline, "the translation never came");
            thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn a_large_library_is_translated_off_the_screen_thread_and_kept_for_the_next_switch() {
        let (mut files, mut app) = large_files();
        assert_eq!(
            app.update(Action::SwitchLanguage),
            Some(Effect::Language(Lang::Fr))
        );
        files.show_in(&mut app, Lang::Fr);
        assert_eq!(app.lang(), Lang::En, "shown as it was until translated");
        until_translated(&mut files, &mut app);
        assert_eq!(app.lang(), Lang::Fr);
        let loaded = crate::library::load_embedded();
        let french = loaded.in_language(Lang::Fr);
        let titles = |lib: &Library| -> Vec<String> {
            lib.roles.iter().map(|r| r.title().to_string()).collect()
        };
        assert_eq!(titles(&app.lib), titles(&french));
        // Both languages are made now: each switch shows at once.
        files.show_in(&mut app, Lang::En);
        assert_eq!(app.lang(), Lang::En);
        files.show_in(&mut app, Lang::Fr);
        assert_eq!(app.lang(), Lang::Fr);
        assert!(files.making.is_none());
    }

    #[test]
    fn a_switch_back_before_the_translation_is_shown_keeps_the_language_shown() {
        let (mut files, mut app) = large_files();
        app.update(Action::SwitchLanguage);
        files.show_in(&mut app, Lang::Fr);
        app.update(Action::SwitchLanguage);
        files.show_in(&mut app, Lang::En);
        assert_eq!(app.lang(), Lang::En);
        assert_eq!(app.lang_wanted(), Lang::En);
        // The translation under way can no longer land.
        assert!(files.making.is_none());
        assert!(!files.take_translated(&mut app));
    }
}
