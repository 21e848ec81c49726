//! Test helpers: the real crewpath binary in a pseudo-terminal, with the
//! screen parsed as a terminal would show it, and role libraries in temporary
//! folders.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// What a test pseudo-terminal was asked to do that a role file must never
/// make it do.
#[derive(Default)]
pub struct Watch {
    pub titles: Vec<Vec<u8>>,
    pub clipboard: Vec<Vec<u8>>,
}

impl vt100::Callbacks for Watch {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
}

struct Shared {
    parser: vt100::Parser<Watch>,
    raw: Vec<u8>,
}

/// crewpath running in a pseudo-terminal.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    /// `None` once the terminal has been hung up.
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    shared: Arc<Mutex<Shared>>,
}

pub const TIMEOUT: Duration = Duration::from_secs(15);

/// How long a screen must stay the same to count as drawn whole.
const SETTLE: Duration = Duration::from_millis(40);

impl Term {
    /// Starts crewpath with `args` in a `cols`×`rows` terminal.
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Term {
        Term::start_with_env(args, cols, rows, &[])
    }

    pub fn start_with_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Term {
        Term::start_reporting(args, (cols, rows), (cols, rows), env)
    }

    /// Starts crewpath in a terminal that reports `reported` (columns,
    /// rows) as its size, while the screen kept here is `screen`: a
    /// terminal may report any size.
    pub fn start_reporting(
        args: &[&str],
        reported: (u16, u16),
        screen: (u16, u16),
        env: &[(&str, &str)],
    ) -> Term {
        Term::start_program(env!("CARGO_BIN_EXE_crewpath"), args, reported, screen, env)
    }

    /// Starts any program in the terminal (an SSH client, say).
    pub fn start_program(
        program: &str,
        args: &[&str],
        reported: (u16, u16),
        (cols, rows): (u16, u16),
        env: &[(&str, &str)],
    ) -> Term {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: reported.1,
                cols: reported.0,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        for name in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "CREWPATH_ROLES"] {
            cmd.env_remove(name);
        }
        // No settings file of the machine's user.
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/crewpath-tests");
        // English unless a test asks for another language.
        for name in ["CREWPATH_LANG", "LC_ALL", "LC_MESSAGES"] {
            cmd.env_remove(name);
        }
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("start crewpath");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new_with_callbacks(
                nonzero(rows),
                nonzero(cols),
                0,
                Watch::default(),
            ),
            raw: Vec::new(),
        }));
        let feed = Arc::clone(&shared);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut s = feed.lock().expect("lock");
                        s.parser.process(&buf[..n]);
                        s.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Term {
            child,
            master: Some(pair.master),
            writer: Some(writer),
            shared,
        }
    }

    /// Types bytes as a keyboard would send them.
    pub fn send(&mut self, bytes: &str) {
        let writer = self.writer.as_mut().expect("the terminal is there");
        writer.write_all(bytes.as_bytes()).expect("write to pty");
        writer.flush().expect("flush pty");
        // Let each key arrive on its own, as a person types.
        thread::sleep(Duration::from_millis(60));
    }

    /// Types text one character at a time.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(&c.to_string());
        }
    }

    /// Opens the first role found for `query` through the search box, as a
    /// person at the explorer would.
    pub fn open_by_search(&mut self, query: &str) {
        self.send("/");
        self.wait_for("Type a job title");
        self.type_text(query);
        self.send("\r");
        self.wait_gone("Type a job title");
    }

    pub fn screen(&self) -> String {
        self.shared.lock().expect("lock").parser.screen().contents()
    }

    /// The text drawn on background colour `index` of the 16-colour
    /// palette (6: cyan, the selection), each run of it on a line.
    pub fn text_on(&self, index: u8) -> String {
        let shared = self.shared.lock().expect("lock");
        let screen = shared.parser.screen();
        let (rows, cols) = screen.size();
        let mut out = String::new();
        for row in 0..rows.get() {
            let mut run = String::new();
            for col in 0..cols.get() {
                match screen.cell(row, col) {
                    Some(cell) if cell.bgcolor() == vt100::Color::Idx(index) => {
                        run.push_str(cell.contents());
                    }
                    _ if !run.is_empty() => {
                        out.push_str(run.trim());
                        out.push('\n');
                        run.clear();
                    }
                    _ => {}
                }
            }
            if !run.is_empty() {
                out.push_str(run.trim());
                out.push('\n');
            }
        }
        out
    }

    /// Everything crewpath wrote to the terminal so far.
    pub fn raw(&self) -> Vec<u8> {
        self.shared.lock().expect("lock").raw.clone()
    }

    pub fn with_watch<T>(&self, f: impl FnOnce(&Watch) -> T) -> T {
        f(self.shared.lock().expect("lock").parser.callbacks())
    }

    /// Waits until the screen shows `text`; panics with the screen if not.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(text, |s| s.contains(text))
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(&format!("'{text}' to disappear"), |s| !s.contains(text))
    }

    /// Waits until the screen shows what `ok` wants and has settled: the
    /// same twice in a row, so a frame caught half drawn is read again.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                thread::sleep(SETTLE);
                if self.screen() == screen {
                    return screen;
                }
                continue;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits until crewpath writes `text` after the first `offset` bytes of
    /// [`Term::raw`]: drawn anew, even where the screen looks the same.
    pub fn wait_for_written_after(&self, offset: usize, text: &str) {
        let start = Instant::now();
        loop {
            let raw = self.raw();
            let written = String::from_utf8_lossy(raw.get(offset..).unwrap_or_default());
            if written.contains(text) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "timed out waiting for '{text}' to be written again; the screen shows:\n{}",
                    self.screen()
                );
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    /// Changes the terminal size, as a user dragging the window would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .as_ref()
            .expect("the terminal is there")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize pty");
        self.shared
            .lock()
            .expect("lock")
            .parser
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
    }

    /// Sends a signal to crewpath.
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("child pid");
        let status = std::process::Command::new("kill")
            .args(["-s", name, &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -s {name} failed");
    }

    /// Waits for crewpath to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("poll child") {
                // Let the reader catch the last bytes.
                thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            if start.elapsed() > TIMEOUT {
                let screen = self.screen();
                let _ = self.child.kill();
                panic!("crewpath did not exit; the screen shows:\n{screen}");
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    /// Hangs up the terminal as a dropped SSH connection or a killed tmux
    /// session does: nothing more is typed, and the kernel sends SIGHUP to
    /// the program that leads the terminal's session. (The screen reader
    /// keeps its own copy of the terminal open, so the signal is sent here.)
    pub fn hang_up(&mut self) {
        self.writer = None;
        self.master = None;
        self.signal("HUP");
    }

    /// Sends `bytes` after `every`, and again every `every`, until
    /// crewpath exits: for a key that takes effect once something pending
    /// (an unfinished paste) has been given up, however long the machine
    /// takes to get there; its exit code.
    pub fn send_until_exit(&mut self, bytes: &str, every: Duration) -> u32 {
        let start = Instant::now();
        let mut sent: Option<Instant> = Some(start);
        loop {
            if let Some(status) = self.child.try_wait().expect("poll child") {
                return status.exit_code();
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "crewpath did not exit; the screen shows:\n{}",
                self.screen()
            );
            if sent.is_none_or(|at| at.elapsed() >= every) {
                self.send(bytes);
                sent = Some(Instant::now());
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    /// True while crewpath is still running.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().expect("poll child").is_none()
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if self.is_running() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap_or(std::num::NonZeroU16::MIN)
}

/// Keys as a terminal sends them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const ESC: &str = "\x1b";
    pub const TAB: &str = "\t";
    pub const UP: &str = "\x1b[A";
    pub const DOWN: &str = "\x1b[B";
    pub const RIGHT: &str = "\x1b[C";
    pub const LEFT: &str = "\x1b[D";
    pub const CTRL_C: &str = "\x03";
    pub const CTRL_D: &str = "\x04";
    pub const CTRL_Z: &str = "\x1a";
    pub const CTRL_BACKSLASH: &str = "\x1c";
    pub const CTRL_ALT_X: &str = "\x1b\x18";
    pub const CTRL_K: &str = "\x0b";
    pub const CTRL_P: &str = "\x10";
    pub const CTRL_R: &str = "\x12";

    /// A left click at a 0-based cell, in SGR mouse encoding.
    pub fn click(col: u16, row: u16) -> String {
        format!(
            "\x1b[<0;{};{}M\x1b[<0;{};{}m",
            col + 1,
            row + 1,
            col + 1,
            row + 1
        )
    }
}

/// The crewpath binary as a plain command, speaking English whatever the
/// machine's locale, unless a test sets the language itself.
pub fn crewpath_command() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_crewpath"));
    english(&mut cmd);
    cmd
}

/// Clears what would choose another language than English.
pub fn english(cmd: &mut std::process::Command) {
    for name in ["CREWPATH_LANG", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(name);
    }
    cmd.env("LANG", "C.UTF-8");
}

/// What a finished crewpath printed, and its exit status.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Self {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// crewpath with `args`, in English and on the built-in roles unless the
/// arguments or `env` choose otherwise.
pub fn crewpath_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = crewpath_command();
    cmd.env_remove("CREWPATH_ROLES")
        .args(args)
        .envs(env.iter().copied());
    Run::from(cmd.output().expect("run crewpath"))
}

/// Runs a prepared command to its end.
pub fn run(cmd: &mut assert_cmd::Command) -> Run {
    Run::from(cmd.output().expect("run crewpath"))
}

/// A working folder holding a role library in `roles/`, for commands run
/// from it as staff run them.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Self {
        let ws = Workspace {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        std::fs::create_dir(ws.dir.path().join("roles")).expect("roles folder");
        ws
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> &Self {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(path, text).expect("write file");
        self
    }

    /// `crewpath` started in the working folder, in English, with no library
    /// chosen by the environment the tests run in.
    pub fn crewpath(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::cargo_bin("crewpath").expect("the crewpath binary");
        cmd.current_dir(self.dir.path())
            .env_remove("CREWPATH_ROLES")
            .env_remove("CREWPATH_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        cmd
    }
}

/// A role library written to a temporary folder, for every test that needs
/// real files. In memory where the system has it: tens of thousands of
/// small files take longer to create on a disk than to load.
pub struct TempLibrary {
    pub dir: tempfile::TempDir,
}

impl TempLibrary {
    pub fn new() -> TempLibrary {
        let shm = Path::new("/dev/shm");
        let dir = if shm.is_dir() {
            tempfile::tempdir_in(shm)
        } else {
            tempfile::tempdir()
        };
        TempLibrary {
            dir: dir.expect("temp dir"),
        }
    }

    /// The library folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The library folder, as a command-line argument.
    pub fn path_str(&self) -> &str {
        self.dir.path().to_str().expect("utf-8 temp path")
    }

    /// Where `rel` is inside the library.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Writes a file at `rel` (folders created as needed).
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> &Self {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&path, content).expect("write file");
        self
    }

    pub fn load(&self) -> crewpath::library::Loaded {
        crewpath::library::load_dir(self.root()).expect("load the library")
    }

    /// Every problem as `check` prints it, with the temporary folder's path
    /// left out so the tests read like the contract.
    pub fn problems(&self, loaded: &crewpath::library::Loaded) -> Vec<String> {
        let root = format!("{}/", self.root().display());
        loaded
            .problems
            .iter()
            .map(|p| p.to_string().replace(&root, ""))
            .collect()
    }

    /// The problems of one file, as `check` prints them.
    pub fn problems_of(&self, loaded: &crewpath::library::Loaded, rel: &str) -> Vec<String> {
        let prefix = format!("{rel}:");
        self.problems(loaded)
            .into_iter()
            .filter(|p| p.starts_with(&prefix))
            .collect()
    }
}

/// Position of `needle` on the screen as (column, row), if shown.
pub fn find_on_screen(screen: &str, needle: &str) -> Option<(u16, u16)> {
    screen.lines().enumerate().find_map(|(row, line)| {
        line.find(needle).map(|byte| {
            let col = line[..byte].chars().count();
            (col as u16, row as u16)
        })
    })
}

/// Runs `f` with an explorer on `loaded`, as the binary builds it.
pub fn with_app<T>(
    loaded: &crewpath::library::Loaded,
    settings: crewpath::app::Settings,
    f: impl FnOnce(&mut crewpath::app::App) -> T,
) -> T {
    let mut app = crewpath::app::App::new(
        loaded.library.clone(),
        loaded.problems.clone(),
        settings,
        Instant::now(),
    );
    f(&mut app)
}

/// Whether the tests run in continuous integration (`CI=true`), where every
/// prerequisite must be there.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// A test that cannot run here. In CI that fails it: `.ci/run` provides
/// what every test needs, so a missing prerequisite is a broken setup, not a
/// pass. Elsewhere it says so on the test's output; the caller returns.
pub fn skip(why: &str) {
    assert!(!in_ci(), "a prerequisite is missing in CI: {why}");
    println!("SKIPPED: {why}");
    eprintln!("SKIPPED: {why}");
}

/// The unprivileged user permission tests run crewpath as when the tests
/// themselves run as root: `nobody`, which every Debian system has.
pub const UNPRIVILEGED: &str = "65534";

/// What to put before crewpath's command line so that file permissions
/// apply to it: nothing where they apply to the tests already; where the
/// tests run as root (who reads anything), `setpriv` making it `nobody`.
/// `None`, said with [`skip`], where neither can be had.
pub fn permissions_apply() -> Option<Vec<String>> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "x").expect("write a probe");
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o000))
        .expect("lock the probe");
    if std::fs::read(&probe).is_err() {
        return Some(Vec::new());
    }
    let prefix: Vec<String> = [
        "setpriv".to_string(),
        format!("--reuid={UNPRIVILEGED}"),
        format!("--regid={UNPRIVILEGED}"),
        "--clear-groups".to_string(),
        "--".to_string(),
    ]
    .into();
    let works = std::process::Command::new(&prefix[0])
        .args(&prefix[1..])
        .arg("true")
        .output();
    match works {
        Ok(out) if out.status.success() => Some(prefix),
        Ok(out) => {
            let why = String::from_utf8_lossy(&out.stderr).into_owned();
            skip(&format!(
                "running as root, and setpriv cannot drop privileges: {why}"
            ));
            None
        }
        Err(e) => {
            skip(&format!("running as root, and setpriv cannot be run: {e}"));
            None
        }
    }
}

/// Draws `app` in process into a `w`×`h` test terminal, as the explorer
/// draws a frame, and returns what is on it.
pub fn draw(app: &mut crewpath::app::App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut terminal = ratatui::Terminal::new(backend).expect("test terminal");
    crewpath::ui::frame(&mut terminal, app, Instant::now()).expect("draw");
    terminal.backend().buffer().clone()
}

/// Every cell of `buffer`, a line per row.
pub fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
