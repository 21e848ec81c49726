//! The explorer's state and the one place it changes: [`App::update`].
//! Knows nothing about terminals; the `ui` module draws it.

pub(crate) mod action;
pub(crate) mod bindings;
pub(crate) mod chord;
pub(crate) mod fits;
pub(crate) mod history;
pub(crate) mod idle;
pub(crate) mod keymap;
pub mod keys_doc;
pub(crate) mod ladder;
pub(crate) mod mouse;
mod msg;
pub(crate) mod remap;
pub(crate) mod search_box;
mod session;
mod settings;
pub(crate) mod skills;
pub(crate) mod tree;
pub(crate) mod welcome;

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Instant;

use crate::i18n::Lang;
use crate::library::{DeptIx, Library, Problem, RoleIx};
use crate::search::SharedIndex;

pub use action::{Action, Edit, Pane};
pub use chord::Chord;
use idle::IdleClock;
pub use ladder::LadderRow;
pub use mouse::ScreenLayout;
pub use msg::{Msg, NewLibrary, PrintNews};
pub use search_box::{IndexSlot, RESULT_LIMIT, SearchState};
pub use session::Session;
pub use settings::{Settings, Theme};
pub use skills::SkillRow;
pub use tree::Node;

/// Search text longer than this is cut: as much as the search reads.
pub use crate::search::MAX_QUERY_CHARS;

/// What the event loop must do after the app changed: the app asks, the
/// loop does, and hands the result back ([`App::replace_library`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Ctrl-Z outside a kiosk: give the terminal back and stop until `fg`.
    Suspend,
    /// Read the role files again (`r`, or a kiosk's start over), then show
    /// them in `language` when it is given.
    Reload {
        language: Option<Lang>,
    },
    /// Show the same library in another language.
    Language(Lang),
    /// Kiosk: send this page to the print command.
    Print(Printable),
}

/// What a kiosk visitor can print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printable {
    /// A role's sheet.
    Role(RoleIx),
    /// What fits me: the picks and the roles ranked, with what each has
    /// and what to add.
    Fits,
}

/// What the detail, skills and ladder panes are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Role(RoleIx),
    Department(DeptIx),
    Nothing,
}

/// Something drawn over the panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Search,
    Help,
    Problems,
    /// The pinned role beside another; `path` shows the route between
    /// them. A role beside itself with `path` shows the ways into it.
    Compare {
        a: RoleIx,
        b: RoleIx,
        path: bool,
    },
    /// Kiosk only: the full-screen welcome.
    Welcome,
    /// "What fits me": skills to pick, and the roles they fit.
    Fits,
}

/// The explorer. It holds its library (shared with the thread that builds
/// the search index) and replaces it when the files are read again or shown
/// in the other language, carrying what the user is doing over to it.
pub struct App {
    pub lib: Arc<Library>,
    pub index: IndexSlot,
    /// The problems found in the files, worded when shown.
    pub problems: Vec<Problem>,
    pub settings: Settings,
    /// How many files have problems, counted once.
    pub problem_files: usize,
    /// The problems as the problems window lists them: the files others'
    /// problems follow from first, what follows folded under its cause.
    pub problem_entries: Vec<crate::library::FoldedProblem>,
    /// For each role, the problems (indices into `problems`) found in its
    /// file (not at a kiosk: they are for staff).
    pub role_problems: Vec<Vec<usize>>,
    pub session: Session,
    /// Where the last frame drew things, for the mouse.
    pub layout: ScreenLayout,
    /// Kiosk: how the visitor's print job is going, shown at the top.
    pub print_notice: Option<PrintNotice>,
    /// Kiosk: which visitor this is, counted from the first; a print job
    /// belongs to the visitor who asked for it.
    pub visitor: u64,
    /// Kiosk: the roles, by id, whose page this visitor has been sent.
    pub printed: Vec<String>,
    /// The comparison or route last shown, with what it was worked out
    /// for: it changes only when the roles, the view or the width do, so
    /// it is worked out once per change rather than on every frame.
    pub compared: Option<Compared>,
    /// The language the library is shown in, and so the explorer's: the
    /// one place it lives while the explorer runs.
    lang: Lang,
    /// A language asked for and not shown yet (a large library is
    /// translated on a thread of its own).
    lang_asked: Option<Lang>,
    idle: Option<IdleClock>,
    /// The finger (or first button) that is down, if one is.
    pub gesture: Option<mouse::Gesture>,
}

/// What the kiosk welcome made of an action.
enum WelcomeKey {
    /// Not the welcome's: the action does what it does anywhere.
    Pass,
    Done,
    /// Enter on a button: what a touch on it does.
    Press(Action),
}

/// How a kiosk visitor's print job is going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintNotice {
    Sending,
    /// Pressed again while a job is on its way.
    Busy,
    Sent,
    /// Pressed again for a role already sent for this visitor.
    AlreadySent,
    Failed,
}

/// A comparison or route as printed lines, and what it is of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compared {
    /// The two roles, whether it is the route, and the width wrapped to.
    pub of: (RoleIx, RoleIx, bool, usize),
    pub title: String,
    pub lines: Vec<crate::career::plain::Printed>,
}

impl App {
    /// An explorer on `lib`, its search index built first.
    pub fn new(
        lib: impl Into<Arc<Library>>,
        problems: Vec<Problem>,
        settings: Settings,
        now: Instant,
    ) -> Self {
        let lib = lib.into();
        let index = IndexSlot::ready(SharedIndex::build(Arc::clone(&lib)));
        App::with_index(lib, index, problems, settings, now)
    }

    /// An explorer whose search index may still be being built.
    pub fn with_index(
        lib: impl Into<Arc<Library>>,
        index: IndexSlot,
        problems: Vec<Problem>,
        settings: Settings,
        now: Instant,
    ) -> Self {
        let lib = lib.into();
        let idle = settings
            .kiosk
            .then(|| IdleClock::new(settings.idle_timeout, now));
        let mut app = App {
            session: Session::new(&lib, index.clone(), settings.kiosk),
            role_problems: Vec::new(),
            problem_files: 0,
            problem_entries: Vec::new(),
            lib,
            index,
            problems,
            lang: settings.lang,
            lang_asked: None,
            settings,
            layout: ScreenLayout::default(),
            print_notice: None,
            visitor: 0,
            printed: Vec::new(),
            compared: None,
            idle,
            gesture: None,
        };
        app.mark_problems();
        app
    }

    /// Shows `lib` (the files read again, or shown in `lang`) instead of
    /// the library shown now, with what the user is doing carried over:
    /// the same role, search, window, way back and pin, as far as they are
    /// still there.
    pub fn replace_library(
        &mut self,
        lib: impl Into<Arc<Library>>,
        index: IndexSlot,
        problems: Vec<Problem>,
        lang: Lang,
    ) {
        let lib = lib.into();
        self.update(Msg::Library(Box::new(NewLibrary {
            lib,
            index,
            problems,
            lang,
        })));
    }

    fn show_library(&mut self, new: NewLibrary) {
        let NewLibrary {
            lib,
            index,
            problems,
            lang,
        } = new;
        let old = std::mem::replace(&mut self.lib, lib);
        let to = remap::Remap::between(&old, &self.lib);
        drop(old);
        self.index = index.clone();
        self.problems = problems;
        self.lang = lang;
        if self.lang_asked == Some(lang) {
            self.lang_asked = None;
        }
        self.compared = None;
        self.mark_problems();
        self.session.carry_over(&self.lib, index, &to);
    }

    /// The language the library is shown in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The language the library is shown in once what was asked for is
    /// shown: a switch pressed while the last one is still being made
    /// switches from that one, so two quick presses go there and back.
    pub fn lang_wanted(&self) -> Lang {
        self.lang_asked.unwrap_or(self.lang)
    }

    /// Asks the loop to show the library in `lang`.
    fn ask_language(&mut self, lang: Lang) -> Effect {
        self.lang_asked = (lang != self.lang).then_some(lang);
        Effect::Language(lang)
    }

    /// Which problems each role's detail lists, and how many files have any.
    fn mark_problems(&mut self) {
        let lib = &self.lib;
        let problems = &self.problems;
        self.problem_files = {
            let mut paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
            paths.sort_unstable();
            paths.dedup();
            paths.len()
        };
        self.problem_entries = crate::library::folded(problems, true);
        self.session.problem_chosen = self
            .session
            .problem_chosen
            .min(self.problem_entries.len().saturating_sub(1));
        if self.settings.kiosk {
            self.role_problems = vec![Vec::new(); lib.roles.len()];
            return;
        }
        // A role's own file's problems, then its translations'.
        let mut by_file: std::collections::HashMap<Cow<'_, str>, Vec<usize>> =
            std::collections::HashMap::new();
        let (translations, own): (Vec<usize>, Vec<usize>) = (0..problems.len())
            .partition(|&i| crate::library::english_file(&problems[i].path).is_some());
        for i in own {
            by_file
                .entry(Cow::Borrowed(&problems[i].path))
                .or_default()
                .push(i);
        }
        for i in translations {
            let english = crate::library::english_file(&problems[i].path).unwrap_or_default();
            by_file.entry(Cow::Owned(english)).or_default().push(i);
        }
        let mut marks: Vec<Vec<usize>> = lib
            .roles
            .iter()
            .map(|r| by_file.get(r.file()).cloned().unwrap_or_default())
            .collect();
        // A circle in the ladder is every one of its roles' problem,
        // though it is reported in the file of the link left out.
        for (i, p) in problems.iter().enumerate() {
            for r in p.roles.iter().filter_map(|id| lib.role_by_id(id)) {
                if lib.roles[r].file() != p.path {
                    marks[r].push(i);
                }
            }
        }
        self.role_problems = marks;
    }

    /// The problems the detail of role `r` lists.
    pub fn problems_of(&self, r: RoleIx) -> Vec<&Problem> {
        self.role_problems
            .get(r)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.problems.get(i))
            .collect()
    }

    pub fn subject(&self) -> Subject {
        self.session.subject
    }

    pub fn overlay(&self) -> Option<Overlay> {
        self.session.overlay
    }

    /// The layers of the key table in use now, top first: the keys they
    /// bind are the keys that work, and help and the bar list those.
    pub fn layers(&self) -> Vec<bindings::Layer> {
        bindings::stack(self.session.overlay, self.settings.kiosk)
    }

    /// The role the panes show, if it is a role.
    pub fn current_role(&self) -> Option<RoleIx> {
        match self.session.subject {
            Subject::Role(r) => Some(r),
            _ => None,
        }
    }

    /// Whether "print this role" is offered: at a kiosk with a print
    /// command, on a role.
    pub fn can_print(&self) -> bool {
        self.settings.kiosk && self.settings.print_command.is_some() && self.printable().is_some()
    }

    /// What Print prints here: the ranking inside "What fits me", else the
    /// role shown.
    pub fn printable(&self) -> Option<Printable> {
        if self.session.overlay == Some(Overlay::Fits) {
            return (!self.session.fits.ranked.is_empty()).then_some(Printable::Fits);
        }
        self.current_role().map(Printable::Role)
    }

    /// Kiosk: one job at a time, and one page a role for each visitor; a
    /// press that prints nothing more says so.
    fn print_pressed(&mut self) -> Option<Effect> {
        if !self.can_print() {
            return None;
        }
        let what = self.printable()?;
        let key = self.print_key(what);
        match self.print_notice {
            Some(PrintNotice::Sending | PrintNotice::Busy) => {
                self.print_notice = Some(PrintNotice::Busy);
            }
            _ if self.printed.contains(&key) => {
                self.print_notice = Some(PrintNotice::AlreadySent);
            }
            _ => return Some(Effect::Print(what)),
        }
        None
    }

    /// What names a page among those the visitor printed: a role's id, or
    /// the picks a "What fits me" ranking was made from.
    pub fn print_key(&self, what: Printable) -> String {
        match what {
            Printable::Role(role) => self
                .lib
                .roles
                .get(role)
                .map_or_else(String::new, |r| r.id().to_string()),
            Printable::Fits => format!("fits:{}", self.session.fits.picked.join(",")),
        }
    }

    /// Kiosk: seconds left before the session starts over, while a warning
    /// should show.
    pub fn countdown(&self, now: Instant) -> Option<u64> {
        if self.session.overlay == Some(Overlay::Welcome) {
            return None;
        }
        self.idle.as_ref()?.countdown(now)
    }

    /// Kiosk: a key or a touch while the countdown shows answers it: the
    /// session is kept and the key or touch does nothing else (a letter
    /// would otherwise start a search). Whether it was such an answer.
    pub fn keep_going(&mut self, now: Instant) -> bool {
        if self.countdown(now).is_none() {
            return false;
        }
        self.update(Msg::KeepGoing(now));
        true
    }

    /// A key or click arrived: the visitor is still there.
    pub fn touch(&mut self, now: Instant) {
        self.update(Msg::Touched(now));
    }

    fn touched(&mut self, now: Instant) {
        if let Some(idle) = &mut self.idle {
            idle.touch(now);
        }
    }

    /// Time passed. Kiosk: starts over when the visitor has gone. Returns
    /// whether the screen must be redrawn, and what the loop must do.
    pub fn tick(&mut self, now: Instant) -> (bool, Option<Effect>) {
        let effect = self.update(Msg::Tick(now));
        (effect.is_some() || self.countdown(now).is_some(), effect)
    }

    /// The kiosk's clock: starts over when the visitor has gone.
    fn ticked(&mut self, now: Instant) -> Option<Effect> {
        let idle = self.idle.as_ref()?;
        if self.session.overlay == Some(Overlay::Welcome) || !idle.expired(now) {
            return None;
        }
        Some(self.start_over(now))
    }

    /// Kiosk: forget this visitor; the loop then reads the files again.
    fn start_over(&mut self, now: Instant) -> Effect {
        let effect = self.forget_visitor();
        self.touched(now);
        effect
    }

    /// Kiosk: a fresh session in the language the kiosk started in, on the
    /// role files as they are now: each visitor sees the staff's last edits.
    fn forget_visitor(&mut self) -> Effect {
        self.session = Session::new(&self.lib, self.index.clone(), true);
        self.print_notice = None;
        self.visitor += 1;
        self.printed.clear();
        let home = self.settings.lang;
        let away = self.lang != home || self.lang_wanted() != home;
        Effect::Reload {
            language: away.then(|| {
                self.ask_language(home);
                home
            }),
        }
    }

    /// The one place state changes: an action of the user's, after which
    /// the panes show what the tree has selected, or news from the loop
    /// (a frame drawn, time passed, a library read, a print job's news).
    /// The other methods that change the app are names for these messages.
    /// Returns what the loop must do, if anything.
    pub fn update(&mut self, msg: impl Into<Msg>) -> Option<Effect> {
        match msg.into() {
            Msg::Act(action) => {
                let effect = self.apply(action);
                self.session.follow_tree(&self.lib);
                return effect;
            }
            Msg::Drawn(layout) => self.drawn(*layout),
            Msg::Tick(now) => return self.ticked(now),
            Msg::Touched(now) => self.touched(now),
            Msg::KeepGoing(now) => {
                self.touched(now);
                // The finger that answered lifts later: that is no tap.
                self.gesture = None;
            }
            Msg::IndexReady => {
                self.session.search.catch_up();
            }
            Msg::Library(new) => self.show_library(*new),
            Msg::Print(news) => self.print_news(news),
        }
        None
    }

    /// What a frame drawn leaves for the next: where it put things, and
    /// each list's first row, as scrolled to keep its selection in view.
    fn drawn(&mut self, mut layout: ScreenLayout) {
        for (scroller, offset) in std::mem::take(&mut layout.offsets) {
            *self.session.offset_mut(scroller) = offset;
        }
        if let Some(compared) = layout.compared.take() {
            self.compared = Some(compared);
        }
        self.layout = layout;
    }

    /// How the kiosk's print job is going.
    fn print_news(&mut self, news: PrintNews) {
        self.print_notice = match news {
            PrintNews::Started => Some(PrintNotice::Sending),
            PrintNews::Ended { key, sent } => {
                if sent {
                    self.printed.push(key);
                    Some(PrintNotice::Sent)
                } else {
                    Some(PrintNotice::Failed)
                }
            }
            PrintNews::Over => None,
        };
    }

    fn apply(&mut self, action: Action) -> Option<Effect> {
        let taken = match self.session.overlay {
            Some(Overlay::Fits) => self.fits_action(&action),
            Some(Overlay::Welcome) => match self.welcome_action(&action) {
                WelcomeKey::Pass => false,
                WelcomeKey::Done => true,
                WelcomeKey::Press(pressed) => return self.apply(pressed),
            },
            _ => false,
        };
        if taken {
            return None;
        }
        if action == Action::HistoryBack && self.back_to_fits() {
            self.reopen_fits();
            return None;
        }
        // Shared with the session's parts below, which methods of the app
        // also change: the library stays while they do.
        let lib = Arc::clone(&self.lib);
        let lib = &*lib;
        let s = &mut self.session;
        let gesture = matches!(action, Action::Press(_) | Action::Drag(_) | Action::Lift);
        if s.asking_start_over && !gesture {
            // Yes starts over; anything else is No, and does what it says.
            s.asking_start_over = false;
            match action {
                Action::StartOver | Action::Activate => return Some(self.forget_visitor()),
                Action::Back => return None,
                _ => {}
            }
        }
        let s = &mut self.session;
        if !gesture && !matches!(action, Action::ScrollView { .. }) {
            // Whatever the visitor does next brings the selection back.
            s.loose.clear();
        }
        match action {
            Action::Press(at) => self.gesture = Some(mouse::Gesture::new(at)),
            Action::Drag(to) => {
                if let Some(g) = &mut self.gesture {
                    g.last = to;
                    g.moved = true;
                }
            }
            Action::Lift => self.gesture = None,
            Action::ScrollView { scroller, steps } => self.scroll_view(scroller, steps),
            Action::Quit => return Some(Effect::Quit),
            Action::Suspend => return (!self.settings.kiosk).then_some(Effect::Suspend),
            Action::Reload => {
                return (!self.settings.kiosk).then_some(Effect::Reload { language: None });
            }
            Action::StartOver => {
                if self.settings.kiosk {
                    return Some(self.forget_visitor());
                }
            }
            Action::AskStartOver => s.asking_start_over = self.settings.kiosk,
            Action::SwitchLanguage => return Some(self.ask_language(self.lang_wanted().other())),
            Action::Language(lang) => {
                if lang != self.lang_wanted() {
                    return Some(self.ask_language(lang));
                }
            }
            Action::Print => return self.print_pressed(),
            Action::Browse => {
                if s.overlay == Some(Overlay::Welcome) {
                    s.overlay = None;
                }
            }
            Action::OpenSearch => self.open_search(String::new()),
            Action::SearchWith(text) => self.open_search(text),
            Action::OpenHelp => self.open_overlay(Overlay::Help),
            // Staff matters are not shown to kiosk visitors.
            Action::OpenProblems if self.settings.kiosk => {}
            Action::OpenProblems => {
                self.open_overlay(Overlay::Problems);
                self.session.problem_chosen = 0;
            }
            Action::OpenProblem => self.open_problem(),
            Action::Back => self.back(),
            Action::Edit(edit) if s.overlay == Some(Overlay::Fits) => s.fits.edit(lib, edit),
            Action::Edit(edit) => s.search.edit(edit),
            Action::OpenFits => {
                s.fits.open(lib);
                self.open_overlay(Overlay::Fits);
            }
            Action::ToggleSkill(skill) => s.fits.toggle(lib, skill),
            Action::ClickResult(i) => {
                if s.search.choose(i) {
                    self.open_selected_hit();
                }
            }
            Action::ScrollOverlay(lines) => match s.overlay {
                Some(Overlay::Search) => s.search.move_by(lines as isize),
                Some(Overlay::Fits) => s.fits.move_by(lines.signum() as isize),
                Some(Overlay::Problems) => {
                    let last = self.problem_entries.len().saturating_sub(1);
                    s.problem_chosen = add(s.problem_chosen, lines as isize).min(last);
                }
                Some(_) => s.overlay_scroll = add(s.overlay_scroll, lines as isize),
                None => {}
            },
            Action::OverlayTop => {
                s.overlay_scroll = 0;
                s.problem_chosen = 0;
            }
            // Drawing holds the scroll to the window's last page.
            Action::OverlayBottom => {
                s.overlay_scroll = usize::MAX;
                s.problem_chosen = self.problem_entries.len().saturating_sub(1);
            }
            Action::Choose(steps) => s.search.move_by(steps),
            Action::OpenChosen => self.open_selected_hit(),
            Action::RoutesIn => {
                if let Some(role) = self.current_role() {
                    self.open_overlay(Overlay::Compare {
                        a: role,
                        b: role,
                        path: true,
                    });
                }
            }
            Action::ToggleRoute => {
                // The ways into one role have no comparison to go back to.
                if let Some(Overlay::Compare { a, b, path }) = s.overlay
                    && a != b
                {
                    s.overlay = Some(Overlay::Compare { a, b, path: !path });
                    s.overlay_scroll = 0;
                }
            }
            Action::FocusNext => s.focus = s.focus.next(),
            Action::FocusPrevious => s.focus = s.focus.previous(),
            Action::Focus(pane) => s.focus = pane,
            Action::Up => self.move_in_pane(-1),
            Action::Down => self.move_in_pane(1),
            Action::PageUp => self.page(-1),
            Action::PageDown => self.page(1),
            Action::Home => self.move_in_pane(isize::MIN / 2),
            Action::End => self.move_in_pane(isize::MAX / 2),
            Action::Left => self.left(),
            Action::Right => self.right(),
            Action::Activate => self.activate(),
            Action::Compare => self.compare(),
            Action::OpenRole(role) => {
                if role < lib.roles.len() {
                    self.jump_to(role);
                }
            }
            Action::HistoryBack => {
                if let Some(to) = s.history.back(s.subject) {
                    self.show(to);
                }
            }
            Action::HistoryForward => {
                if let Some(to) = s.history.forward(s.subject) {
                    self.show(to);
                }
            }
            Action::Toggle => {
                if s.focus == Pane::Tree {
                    s.tree.toggle(lib);
                } else {
                    self.activate();
                }
            }
            Action::ClickPane { pane, row } => self.click(pane, row),
            Action::Scroll { pane, lines } => {
                s.focus = pane;
                let steps = if pane == Pane::Detail {
                    lines
                } else {
                    lines.signum()
                };
                self.move_in_pane(steps as isize);
            }
        }
        None
    }

    /// A finger moved what `scroller` shows by `steps` items, leaving the
    /// selection where it was. Drawing keeps it within the list.
    fn scroll_view(&mut self, scroller: mouse::Scroller, steps: i32) {
        let s = &mut self.session;
        let offset = s.offset_mut(scroller);
        // Drawing holds it to the last page.
        *offset = add(*offset, steps as isize);
        if !s.loose.contains(&scroller) {
            s.loose.push(scroller);
        }
    }

    fn open_overlay(&mut self, overlay: Overlay) {
        self.session.overlay = Some(overlay);
        self.session.overlay_scroll = 0;
    }

    fn open_search(&mut self, text: String) {
        self.open_overlay(Overlay::Search);
        self.session.search.set_text(&text);
    }

    /// Keys in "What fits me": the arrows move in the list that has the
    /// keyboard, Tab goes from the skills to the roles and back, Space or
    /// Enter picks a skill, Enter opens a role. Whether it took the action.
    fn fits_action(&mut self, action: &Action) -> bool {
        let lib = Arc::clone(&self.lib);
        let fits = &mut self.session.fits;
        match action {
            Action::Up => fits.move_by(-1),
            Action::Down => fits.move_by(1),
            Action::PageUp => fits.move_by(-10),
            Action::PageDown => fits.move_by(10),
            Action::Home => fits.move_by(isize::MIN / 2),
            Action::End => fits.move_by(isize::MAX / 2),
            Action::FocusNext | Action::FocusPrevious | Action::Left | Action::Right => {
                fits.switch_side();
            }
            Action::Toggle => fits.space(&lib),
            Action::Activate => match fits.selected_role() {
                Some(role) => self.open_fit(role),
                None => fits.pick_selected(&lib),
            },
            Action::OpenRole(role) => self.open_fit(*role),
            _ => return false,
        }
        true
    }

    /// Opens a role from "What fits me"; the picks stay for next time.
    fn open_fit(&mut self, role: RoleIx) {
        if role < self.lib.roles.len() {
            self.session.overlay = None;
            self.session.fits.opened = Some(role);
            self.jump_to(role);
            self.session.focus = Pane::Detail;
        }
    }

    /// On the kiosk welcome: the arrows and Tab move the focus through
    /// every button in reading order, Enter presses the focused one, or
    /// browses when none is. Whether it took the action.
    fn welcome_action(&mut self, action: &Action) -> WelcomeKey {
        let buttons = welcome::buttons(&self.lib);
        let s = &mut self.session;
        match action {
            Action::Up | Action::Left | Action::FocusPrevious => {
                s.welcome_choice = welcome::step(s.welcome_choice, -1, buttons.len());
            }
            Action::Down | Action::Right | Action::FocusNext => {
                s.welcome_choice = welcome::step(s.welcome_choice, 1, buttons.len());
            }
            Action::Activate => {
                let chosen = s.welcome_choice.and_then(|i| buttons.get(i));
                match chosen {
                    // What a touch on it does.
                    Some(button) => {
                        let pressed = button.action();
                        s.welcome_choice = None;
                        return WelcomeKey::Press(pressed);
                    }
                    None => s.overlay = None,
                }
            }
            Action::OpenRole(role) => {
                let role = *role;
                if role < self.lib.roles.len() {
                    s.overlay = None;
                    self.jump_to(role);
                    self.session.focus = Pane::Detail;
                }
            }
            _ => return WelcomeKey::Pass,
        }
        WelcomeKey::Done
    }

    /// Searches what was typed while the index was being built, once it is
    /// ready; true when the screen must be redrawn.
    pub fn catch_up(&mut self) -> bool {
        if !self.session.search.behind() {
            return false;
        }
        self.update(Msg::IndexReady);
        !self.session.search.behind()
    }

    /// `c`: pins the role shown; on another role, compares the two.
    fn compare(&mut self) {
        let Some(current) = self.current_role() else {
            return;
        };
        let s = &mut self.session;
        match s.pinned {
            Some(pinned) if pinned != current => {
                s.overlay = Some(Overlay::Compare {
                    a: pinned,
                    b: current,
                    path: false,
                });
                s.overlay_scroll = 0;
            }
            Some(_) => s.pinned = None,
            None => s.pinned = Some(current),
        }
    }

    /// Esc: close the overlay, or step back inside the focused pane, or
    /// back to the "What fits me" ranking the role shown was opened from.
    fn back(&mut self) {
        let to_fits = self.back_to_fits();
        let s = &mut self.session;
        match s.overlay {
            Some(_) => s.overlay = None,
            None if s.focus == Pane::Skills && s.skills.chosen.is_some() => s.skills.chosen = None,
            None if to_fits => self.reopen_fits(),
            None => {}
        }
    }

    /// Whether the role shown was opened from the "What fits me" ranking,
    /// with nothing over it: Back returns to the ranking.
    pub fn back_to_fits(&self) -> bool {
        let s = &self.session;
        s.overlay.is_none()
            && s.fits.opened.is_some_and(|r| s.subject == Subject::Role(r))
            && !s.fits.picked.is_empty()
    }

    /// The ranking again, on the role it opened.
    fn reopen_fits(&mut self) {
        let lib = Arc::clone(&self.lib);
        let fits = &mut self.session.fits;
        fits.opened = None;
        fits.open(&lib);
        fits.show_ranking();
        self.open_overlay(Overlay::Fits);
    }

    /// Opens the role whose file the chosen problem is in (a translation's
    /// problem, the role it translates); the window stays open for a
    /// problem in no role's file.
    fn open_problem(&mut self) {
        let chosen = self
            .problem_entries
            .get(self.session.problem_chosen)
            .and_then(|e| e.problem)
            .and_then(|i| self.problems.get(i));
        let Some(problem) = chosen else { return };
        let file = crate::library::english_file(&problem.path).unwrap_or(problem.path.clone());
        let role = self.lib.roles.iter().position(|r| r.file() == file);
        if let Some(role) = role {
            self.session.overlay = None;
            self.jump_to(role);
            self.session.focus = Pane::Detail;
        }
    }

    fn open_selected_hit(&mut self) {
        if let Some(hit) = self.session.search.selected_hit() {
            let role = hit.role;
            self.session.overlay = None;
            self.jump_to(role);
            self.session.focus = Pane::Detail;
        }
    }

    /// Follows a link to a role: the tree opens to it and the panes follow,
    /// and Back returns to where the link was.
    fn jump_to(&mut self, role: RoleIx) {
        let s = &mut self.session;
        if s.subject != Subject::Role(role) {
            s.history.leave(s.subject);
        }
        self.show(Subject::Role(role));
    }

    /// Selects a role or department in the tree, opening the way to it.
    fn show(&mut self, subject: Subject) {
        let s = &mut self.session;
        match subject {
            Subject::Role(r) => s.tree.reveal(&self.lib, r),
            Subject::Department(d) => s.tree.reveal_department(&self.lib, d),
            Subject::Nothing => {}
        }
    }

    fn move_in_pane(&mut self, steps: isize) {
        let s = &mut self.session;
        match s.focus {
            Pane::Tree => s.tree.move_by(steps),
            Pane::Detail => s.detail_scroll = add(s.detail_scroll, steps),
            Pane::Skills => s.skills.move_by(steps),
            Pane::Ladder => s.ladder.move_by(steps),
        }
    }

    fn page(&mut self, direction: isize) {
        let page = self
            .layout
            .page(self.session.focus)
            .saturating_sub(1)
            .max(1);
        self.move_in_pane(direction * page as isize);
    }

    fn left(&mut self) {
        let lib = &self.lib;
        let s = &mut self.session;
        match s.focus {
            Pane::Tree => {
                s.tree.collapse(lib);
            }
            Pane::Skills if s.skills.chosen.is_some() => s.skills.chosen = None,
            _ => s.focus = s.focus.previous(),
        }
    }

    fn right(&mut self) {
        let lib = &self.lib;
        let s = &mut self.session;
        match s.focus {
            Pane::Tree => {
                if let Some(Node::Role(_)) = s.tree.selected_node() {
                    s.focus = Pane::Detail;
                } else {
                    s.tree.expand(lib);
                }
            }
            Pane::Skills if s.skills.chosen.is_none() => self.activate(),
            _ => s.focus = s.focus.next(),
        }
    }

    /// Enter: open what is selected in the focused pane.
    fn activate(&mut self) {
        let lib = &self.lib;
        let current = self.current_role();
        let s = &mut self.session;
        match s.focus {
            Pane::Tree => match s.tree.selected_node() {
                Some(Node::Department(_)) => {
                    s.tree.toggle(lib);
                }
                Some(Node::Role(_)) => s.focus = Pane::Detail,
                None => {}
            },
            Pane::Detail => {}
            Pane::Skills => match s.skills.chosen_role() {
                Some(role) => {
                    self.jump_to(role);
                    self.session.focus = Pane::Detail;
                }
                None => s.skills.choose(lib, current),
            },
            Pane::Ladder => {
                if let Some(role) = s.ladder.selected_target() {
                    self.jump_to(role);
                }
            }
        }
    }

    fn click(&mut self, pane: Pane, row: Option<usize>) {
        let lib = &self.lib;
        let s = &mut self.session;
        s.focus = pane;
        let Some(row) = row else {
            return;
        };
        match pane {
            Pane::Tree => {
                if row >= s.tree.rows().len() {
                    return;
                }
                let was_selected = s.tree.selected() == row;
                s.tree.select(row);
                if let Some(Node::Department(d)) = s.tree.selected_node()
                    && (was_selected || !s.tree.is_open(d))
                {
                    s.tree.toggle(lib);
                }
            }
            Pane::Detail => {}
            Pane::Skills => {
                if s.skills.select_row(row) {
                    self.activate();
                }
            }
            Pane::Ladder => {
                if s.ladder.select_row(row) {
                    self.activate();
                }
            }
        }
    }
}

/// The row `steps` selectable rows away from `current` (clamped to the first
/// and last), skipping rows that cannot be selected; `current` when it is not
/// selectable itself.
pub(crate) fn step_among(selectable: &[bool], current: usize, steps: isize) -> usize {
    let rows: Vec<usize> = (0..selectable.len()).filter(|&i| selectable[i]).collect();
    let Some(at) = rows.iter().position(|&i| i == current) else {
        return current;
    };
    let to = at.saturating_add_signed(steps).min(rows.len() - 1);
    rows[to]
}

fn add(value: usize, steps: isize) -> usize {
    value.saturating_add_signed(steps)
}
