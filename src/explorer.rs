//! Running the explorer in a real terminal: setting it up, the draw-then-
//! handle loop, signals, and restoring the terminal however the run ends.

use std::io::{self, Read, Stdout, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::app::keymap::{KeyContext, action_for_key};
use crate::app::mouse::actions_for_mouse;
use crate::app::{Action, App, Edit, Effect, IndexSlot, Overlay, Settings};
use crate::i18n::Lang;
use crate::input::{Decoder, PASTE_WAIT_MS, SEQUENCE_WAIT_MS, Waiting};
use crate::library::Library;
use crate::library::{Loaded, Problem};
use crate::search::SharedIndex;
use crate::ui;
use crate::watcher::{Burst, FolderWatch};

/// How often the loop wakes with nothing to do, to run the kiosk clock and
/// notice signals.
const TICK: Duration = Duration::from_millis(100);

/// Signals that ask crewpath to finish (service managers, closed terminals)
/// and to redraw (after being continued).
struct Signals {
    /// The signal that asked crewpath to stop (0: none yet).
    stop: Arc<AtomicUsize>,
    redraw: Arc<AtomicBool>,
    /// SIGTSTP: give the terminal back, then stop.
    suspend: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
        let stop = Arc::new(AtomicUsize::new(0));
        let redraw = Arc::new(AtomicBool::new(false));
        let suspend = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTSTP, Arc::clone(&suspend))?;
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register_usize(signal, Arc::clone(&stop), signal as usize)?;
        }
        for signal in [SIGCONT, SIGWINCH] {
            signal_hook::flag::register(signal, Arc::clone(&redraw))?;
        }
        Ok(Signals {
            stop,
            redraw,
            suspend,
        })
    }
}

/// Puts the terminal back as it was: on drop, and from the panic hook.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> io::Result<Self> {
        enable_raw_mode().map_err(|e| {
            io::Error::new(
                e.kind(),
                crate::t!("explorer-needs-terminal", error = e.to_string()),
            )
        })?;
        let guard = TerminalGuard;
        install_panic_hook();
        take_screen()?;
        Ok(guard)
    }
}

/// The alternate screen, mouse capture, bracketed paste and focus reports.
fn take_screen() -> io::Result<()> {
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        EnableFocusChange,
        cursor::Hide
    )
}

/// Stops crewpath the way Ctrl-Z stops any program, with the terminal
/// given back to the shell first, and takes it again on `fg`.
fn suspend() -> io::Result<()> {
    restore();
    // Stops here until continued (SIGCONT).
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    enable_raw_mode()?;
    take_screen()
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves raw mode, the alternate screen, mouse capture and bracketed paste.
fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        DisableFocusChange,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

/// Kiosk: role-file problems are for staff, so they go to standard error
/// (the service log) before the screen is taken, and never to visitors.
fn log_problems(problems: &[Problem]) {
    let mut err = io::stderr().lock();
    for p in problems {
        // Nowhere to report a failure to report; the kiosk runs regardless.
        let _ = writeln!(err, "{}", crate::clean::clean_line(&p.to_string()));
    }
}

/// Restores the terminal before the panic message is printed, so the message
/// is readable and the shell is usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Runs the explorer until the user quits or a signal asks it to stop.
pub fn run(folder: Option<&Path>, loaded: Loaded, settings: Settings) -> io::Result<Ended> {
    let settings = Settings {
        lang: crate::i18n::current(),
        ..settings
    };
    if settings.kiosk {
        log_problems(&loaded.problems);
    }
    let signals = Signals::register()?;
    let _guard = TerminalGuard::enter()?;
    let mut terminal = new_terminal()?;
    let input = spawn_reader();
    let mut decoder = Decoder::default();
    // Staff edits on disk are picked up without a restart.
    let mut watch = folder.and_then(FolderWatch::new);
    let mut files = Files {
        folder,
        kiosk: settings.kiosk,
        english: Arc::new(loaded.library),
        translations: loaded.translations,
        problems: loaded.problems,
        reading: None,
        again: false,
        burst: Burst::default(),
        indexer: Indexer::default(),
    };
    let (lib, index) = files.shown(crate::i18n::current(), false);
    let mut app = App::with_index(lib, index, files.problems.clone(), settings, Instant::now());
    let mut run = Run {
        terminal: &mut terminal,
        input: &input,
        decoder: &mut decoder,
        signals: &signals,
        watch: watch.as_mut(),
    };
    let result = event_loop(&mut run, &mut app, &mut files);
    // ratatui's own clean-up would print to a terminal that may be gone, and
    // panic there; the guard restores everything, ignoring such errors.
    std::mem::forget(terminal);
    match result {
        // Asked to stop, or hung up: whatever failed on the way out was the
        // terminal going away, which is a clean end.
        Err(_) if signals.stopped() || !terminal_is_there() => Ok(signals.ended()),
        Err(e) => Err(e),
        Ok(()) => Ok(signals.ended()),
    }
}

/// Libraries up to this many roles are indexed before they replace the one
/// shown: a few milliseconds, less than the wait would show.
const INDEX_AT_ONCE: usize = 2000;

/// How often the loop looks whether the files being read again are read.
const READ_POLL: Duration = Duration::from_millis(20);

/// The role files as last read, and where they are read from.
struct Files<'f> {
    folder: Option<&'f Path>,
    kiosk: bool,
    /// The library in English, shared with the app while it shows English.
    english: Arc<Library>,
    translations: Vec<crate::library::Translation>,
    problems: Vec<Problem>,
    /// The files being read again, on a thread of their own.
    reading: Option<Receiver<Reread>>,
    /// Whether to read them again once that is done (they changed
    /// meanwhile, or a kiosk started over).
    again: bool,
    /// Changes seen on disk, not read yet.
    burst: Burst,
    indexer: Indexer,
}

/// Builds search indexes one at a time, on a thread of its own. A library
/// asked for while one is being built replaces any still waiting: quick
/// Ctrl-L presses or reloads never leave indexes of libraries already
/// replaced building side by side, keeping the explorer from its keys.
#[derive(Default)]
struct Indexer {
    /// The latest library waiting for its index, and where it goes.
    wanted: Arc<std::sync::Mutex<Option<Wanted>>>,
    building: Arc<AtomicBool>,
}

/// A library waiting for its index, and the slot the index goes in.
type Wanted = (Arc<Library>, IndexSlot);

impl Indexer {
    fn build(&self, lib: Arc<Library>, slot: IndexSlot) {
        if let Ok(mut wanted) = self.wanted.lock() {
            *wanted = Some((lib, slot));
        }
        if self.building.swap(true, Ordering::AcqRel) {
            return;
        }
        let (wanted, building) = (Arc::clone(&self.wanted), Arc::clone(&self.building));
        thread::spawn(move || {
            loop {
                let next = wanted.lock().ok().and_then(|mut w| w.take());
                if let Some((lib, slot)) = next {
                    slot.fill(SharedIndex::build(lib));
                    continue;
                }
                building.store(false, Ordering::Release);
                // Asked for again between the look and the flag: go on, unless
                // another thread took it up.
                let asked = wanted.lock().is_ok_and(|w| w.is_some());
                if !asked || building.swap(true, Ordering::AcqRel) {
                    break;
                }
            }
        });
    }
}

/// The files as read again, with the roles kept at their last good version.
type Reread = Result<(Loaded, Vec<String>), crate::library::LoadError>;

impl Files<'_> {
    /// The library shown in `lang`, and its search index: built on a thread
    /// of its own, so that the screen never waits for it; but when the
    /// library replaces another (`again`) and is small, at once, so that an
    /// open search never shows the wait.
    fn shown(&self, lang: Lang, again: bool) -> (Arc<Library>, IndexSlot) {
        let lib = match crate::library::translate(&self.english, &self.translations, lang) {
            std::borrow::Cow::Borrowed(_) => Arc::clone(&self.english),
            std::borrow::Cow::Owned(translated) => Arc::new(translated),
        };
        if again && lib.roles.len() <= INDEX_AT_ONCE {
            let index = IndexSlot::ready(SharedIndex::build(Arc::clone(&lib)));
            return (lib, index);
        }
        let index = IndexSlot::pending();
        self.indexer.build(Arc::clone(&lib), index.clone());
        (lib, index)
    }

    /// Reads the files again on a thread of their own, so that keys are
    /// answered meanwhile however large the library; once more after that
    /// if a reading is under way already.
    fn reread(&mut self) {
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
    fn notice(&mut self, changed: bool, now: Instant) {
        if changed && !self.kiosk {
            self.burst.changed(now);
        }
        if self.burst.take_due(now) {
            self.reread();
        }
    }

    /// Shows the files read again in `app` once they are; true when it did.
    fn take_reread(&mut self, app: &mut App) -> bool {
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
                    log_problems(&fresh.problems);
                }
                self.english = Arc::new(fresh.library);
                self.translations = fresh.translations;
                self.problems = fresh.problems;
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
                    log_problems(std::slice::from_ref(&problem));
                }
                self.problems.retain(|p| !is_library_kept(p));
                self.problems.insert(0, problem);
            }
        }
        self.show_in(app, app.lang());
        if std::mem::take(&mut self.again) {
            self.reread();
        }
        true
    }

    /// How long the loop may wait before the files need its attention.
    fn wait(&self, now: Instant) -> Option<Duration> {
        let reading = self.reading.as_ref().map(|_| READ_POLL);
        [self.burst.wait(now), reading].into_iter().flatten().min()
    }

    /// Shows the files (read again, or in another language) in `app`.
    fn show_in(&self, app: &mut App, lang: Lang) {
        let (lib, index) = self.shown(lang, true);
        app.replace_library(lib, index, self.problems.clone(), lang);
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

/// What the event loop works with, kept across reloads of the library.
struct Run<'r> {
    terminal: &'r mut Terminal<CrosstermBackend<Stdout>>,
    input: &'r Receiver<io::Result<(Instant, Vec<u8>)>>,
    decoder: &'r mut Decoder,
    signals: &'r Signals,
    watch: Option<&'r mut FolderWatch>,
}

/// How a run of the explorer ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The user quit, or the terminal went away.
    Quit,
    /// A signal asked it to stop.
    Signal(i32),
}

impl Ended {
    /// The exit status: 0 for quitting and for SIGTERM or SIGHUP (how a
    /// service manager or a closed terminal ends a kiosk cleanly), 128 + the
    /// signal for an interrupt (SIGINT 130, SIGQUIT 131), as shells report.
    pub fn status(self) -> u8 {
        use signal_hook::consts::{SIGINT, SIGQUIT};
        match self {
            Ended::Signal(s) if s == SIGINT || s == SIGQUIT => 128 + s as u8,
            _ => 0,
        }
    }
}

impl Signals {
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed) != 0
    }

    fn ended(&self) -> Ended {
        match self.stop.load(Ordering::Relaxed) {
            0 => Ended::Quit,
            s => Ended::Signal(s as i32),
        }
    }
}

/// Runs until the user quits, the terminal goes or a signal asks to stop.
fn event_loop(run: &mut Run<'_>, app: &mut App, files: &mut Files<'_>) -> io::Result<()> {
    let Run {
        terminal,
        input,
        decoder,
        signals,
        watch,
    } = run;
    let mut events: Vec<Event> = Vec::new();
    let mut dirty = true;
    let mut printing = crate::print::PrintQueue::default();
    while !signals.stopped() && terminal_is_there() {
        // Outside a kiosk an edit shows once its burst is over; at a kiosk,
        // between visitors. Keys are read meanwhile.
        let changed = watch.as_mut().is_some_and(|w| w.take_changed());
        files.notice(changed, Instant::now());
        dirty |= files.take_reread(app);
        if signals.suspend.swap(false, Ordering::Relaxed) {
            suspend()?;
            signals.redraw.store(true, Ordering::Relaxed);
        }
        if signals.redraw.swap(false, Ordering::Relaxed) {
            full_redraw(terminal);
            dirty = true;
        }
        if dirty {
            draw(terminal, app)?;
            dirty = false;
            panic_for_tests();
        }
        let wait = match decoder.waiting() {
            Waiting::Nothing => TICK,
            Waiting::Sequence => Duration::from_millis(SEQUENCE_WAIT_MS),
            Waiting::Paste => Duration::from_millis(PASTE_WAIT_MS),
        };
        let wait = files.wait(Instant::now()).map_or(wait, |w| w.min(wait));
        match input.recv_timeout(wait) {
            Ok(Ok((at, bytes))) => {
                decoder.feed_at(&bytes, at, &mut events);
                // Whatever else has arrived meanwhile is handled before the
                // next frame: a flood of input costs one redraw, not one each.
                while let Ok(Ok((at, more))) = input.try_recv() {
                    decoder.feed_at(&more, at, &mut events);
                }
            }
            Ok(Err(e)) => return Err(e),
            Err(RecvTimeoutError::Timeout) => decoder.time_passed(&mut events),
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        let now = Instant::now();
        for event in events.drain(..) {
            let (redraw, effect) = handle_event(app, event, now, terminal);
            dirty |= redraw;
            // Each effect is carried out before the next event is read, so
            // two Ctrl-L presses that arrive together switch there and back.
            if let Some(effect) = effect
                && carry_out(effect, app, files, &mut printing)?.is_break()
            {
                return Ok(());
            }
        }
        dirty |= app.catch_up();
        dirty |= printing.tend(app, Instant::now());
        let (redraw, effect) = app.tick(Instant::now());
        dirty |= redraw;
        if let Some(effect) = effect
            && carry_out(effect, app, files, &mut printing)?.is_break()
        {
            return Ok(());
        }
    }
    Ok(())
}

/// Does what the app asked for; `Break` when the explorer must end.
fn carry_out(
    effect: Effect,
    app: &mut App,
    files: &mut Files<'_>,
    printing: &mut crate::print::PrintQueue,
) -> io::Result<std::ops::ControlFlow<()>> {
    match effect {
        Effect::Print(what) => printing.ask(what),
        Effect::Quit => return Ok(std::ops::ControlFlow::Break(())),
        Effect::Suspend => suspend()?,
        Effect::Language(lang) => {
            crate::i18n::set(lang);
            files.show_in(app, lang);
        }
        Effect::Reload { language } => {
            if let Some(lang) = language {
                crate::i18n::set(lang);
                files.show_in(app, lang);
            }
            files.reread();
        }
    }
    Ok(std::ops::ControlFlow::Continue(()))
}

/// Debug builds only: `CREWPATH_TEST_PANIC=1` panics after the first frame,
/// so the tests can check that a panic restores the terminal before the
/// message is printed.
fn panic_for_tests() {
    if cfg!(debug_assertions) && std::env::var_os("CREWPATH_TEST_PANIC").is_some() {
        panic!("panic requested by CREWPATH_TEST_PANIC");
    }
}

/// Reads what the terminal sends on a thread of its own, so the loop keeps
/// its clock and sees signals even when reading would block or the terminal
/// is gone. The bytes are decoded by the loop ([`Decoder`]), which never waits
/// forever for the end of a sequence. Ends at end of input or an error.
fn spawn_reader() -> Receiver<io::Result<(Instant, Vec<u8>)>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut stdin = io::stdin().lock();
        let mut buf = [0u8; 4096];
        loop {
            let read = match stdin.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => Ok((Instant::now(), buf[..n].to_vec())),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => Err(e),
            };
            let failed = read.is_err();
            if sender.send(read).is_err() || failed {
                break;
            }
        }
    });
    receiver
}

/// False once the terminal has gone away (hung up or closed) without a SIGHUP
/// reaching crewpath, so it never spins on a dead terminal.
fn terminal_is_there() -> bool {
    use std::io::IsTerminal;
    io::stdin().is_terminal()
}

/// Draws a frame, unless the terminal will not say how big it is; then the
/// next event or tick tries again.
fn draw(terminal: &mut Terminal<CrosstermBackend<Stdout>>, app: &mut App) -> io::Result<()> {
    let area = screen_area(terminal);
    if terminal.get_frame().area() != area {
        terminal.resize(area)?;
    }
    terminal.draw(|frame| app.layout = ui::draw(frame, app, Instant::now()))?;
    Ok(())
}

/// The largest screen drawn: a terminal (or an SSH client) may report any
/// size, and a frame's memory grows with it.
const MAX_COLUMNS: u16 = 1000;
const MAX_ROWS: u16 = 500;

/// The area to draw in: the terminal's size, capped; where a terminal
/// reports no size (a serial line says 0×0), COLUMNS and LINES, else 80×24.
fn screen_area(terminal: &Terminal<CrosstermBackend<Stdout>>) -> Rect {
    let (width, height) = match terminal.size() {
        Ok(size) if size.width > 0 && size.height > 0 => (size.width, size.height),
        _ => {
            let env = |name: &str| {
                std::env::var(name)
                    .ok()
                    .and_then(|v| v.trim().parse::<u16>().ok())
                    .filter(|&n| n > 0)
            };
            (env("COLUMNS").unwrap_or(80), env("LINES").unwrap_or(24))
        }
    };
    Rect::new(0, 0, width.min(MAX_COLUMNS), height.min(MAX_ROWS))
}

/// A terminal whose viewport is set by crewpath, never by what the terminal
/// reports on its own (see [`screen_area`]).
fn new_terminal() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    let backend = CrosstermBackend::new(io::stdout());
    let start = Rect::new(0, 0, 80, 24);
    let mut terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(start),
        },
    )?;
    let area = screen_area(&terminal);
    terminal.resize(area)?;
    Ok(terminal)
}

/// Clears the screen and forgets what is on it, so the next frame repaints
/// every cell (after a resize, a focus change or SIGCONT).
fn full_redraw(terminal: &mut Terminal<CrosstermBackend<Stdout>>) {
    let area = screen_area(terminal);
    let _ = terminal.resize(area);
}

/// Applies one terminal event: whether the screen must be redrawn, and
/// what the loop must do.
fn handle_event(
    app: &mut App,
    event: Event,
    now: Instant,
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
) -> (bool, Option<Effect>) {
    // The answer to the countdown only keeps the session: a key press,
    // a finger put down or a paste.
    let answers = match &event {
        Event::Key(key) => key.kind == KeyEventKind::Press,
        Event::Mouse(mouse) => !matches!(
            mouse.kind,
            MouseEventKind::Moved | MouseEventKind::Drag(_) | MouseEventKind::Up(_)
        ),
        Event::Paste(_) => true,
        _ => false,
    };
    if answers && app.keep_going(now) {
        return (true, None);
    }
    let action = match event {
        Event::Key(key) => {
            let layers = app.layers();
            let ctx = KeyContext {
                layers: &layers,
                kiosk: app.settings.kiosk,
                exit_chord: app.settings.exit_chord.as_ref(),
            };
            let action = action_for_key(key, ctx);
            if key.kind != KeyEventKind::Press {
                return (false, None);
            }
            action
        }
        Event::Mouse(mouse) => {
            let actions = actions_for_mouse(mouse, &app.layout, app.gesture.as_ref());
            if actions.is_empty() {
                return (false, None);
            }
            app.touch(now);
            let mut effect = None;
            for action in actions {
                effect = app.update(action).or(effect);
            }
            return (true, effect);
        }
        // Nothing pasted (a paste start whose end never came) does nothing.
        Event::Paste(text) if text.trim().is_empty() => return (false, None),
        // A paste goes where typing goes: into the search box or the
        // filter of "What fits me", else into a new search.
        Event::Paste(text) => Some(
            if matches!(app.overlay(), Some(Overlay::Search | Overlay::Fits)) {
                Action::Edit(Edit::Paste(text))
            } else {
                Action::SearchWith(text)
            },
        ),
        Event::Resize(..) | Event::FocusGained => {
            full_redraw(terminal);
            return (true, None);
        }
        Event::FocusLost => return (false, None),
    };
    // Any key or click keeps a kiosk session, and still does what it says:
    // with a timeout shorter than the warning, the warning is always showing.
    app.touch(now);
    (true, action.and_then(|action| app.update(action)))
}
