//! A kiosk's "print this role": the page sent to the print command staff
//! configure (a program and its arguments, as `config` reads them), and the
//! job, run on a thread of its own so the screen never waits for a printer.
//! The command runs without a shell, and nothing but the page reaches it.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use crate::app::{App, PrintNews, PrintNotice, Printable};
use crate::library::{Library, RoleIx};
use crate::t;

/// How long a print command may take before it counts as failed and is
/// stopped: a spooler answers in a second or two.
const GIVE_UP_AFTER: Duration = Duration::from_secs(60);

/// What is printed: the library's name and the date, then the role's
/// sheet as `crewpath show` writes it, in the language being spoken.
pub fn page(lib: &Library, role: RoleIx, date: &str) -> String {
    let library = lib.title.as_deref().unwrap_or("crewpath");
    format!(
        "{}\n{}\n\n{}",
        crate::clean::clean_line(library),
        t!("print-date", date = date),
        crate::commands::show::plain(lib, role)
    )
}

/// What fits me as printed: the library's name and the date, then the
/// picks and every role ranked, with why and what to add, as `crewpath
/// match` writes them.
pub fn fits_page(app: &App, date: &str) -> String {
    let lib = &app.lib;
    let library = lib.title.as_deref().unwrap_or("crewpath");
    let fits = &app.session.fits;
    format!(
        "{}\n{}\n\n{}",
        crate::clean::clean_line(library),
        t!("print-date", date = date),
        crate::career::plain::fit_text(lib, &fits.named(lib), &fits.ranked, 80)
    )
}

/// The page for what a visitor asked to print.
fn page_for(app: &App, what: Printable, date: &str) -> String {
    match what {
        Printable::Role(role) => page(&app.lib, role, date),
        Printable::Fits => fits_page(app, date),
    }
}

/// Today's date where the machine is, as `2026-05-14` (the way role files
/// write dates, and how Canadian French writes them in figures).
pub fn today() -> String {
    // SAFETY: `time` with a null pointer only returns the time; `tm` is
    // plain data, and `localtime_r` writes into it and nowhere else.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&now, &mut tm) }.is_null() {
        return utc_date(now);
    }
    format!(
        "{:04}-{:02}-{:02}",
        i64::from(tm.tm_year) + 1900,
        tm.tm_mon + 1,
        tm.tm_mday
    )
}

/// The date in UTC of `seconds` since 1970, for a system that cannot say
/// where it is (days to a civil date, as in Howard Hinnant's algorithm).
fn utc_date(seconds: libc::time_t) -> String {
    let days = seconds.div_euclid(86_400) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// How a print job ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printed {
    Sent,
    /// The program could not be started, failed, or took too long.
    Failed,
}

/// Starts `command` with `page` on its standard input and returns at once;
/// the receiver gets how it ended. Its output goes nowhere, so it cannot
/// write over the screen. A command that has not finished after
/// [`GIVE_UP_AFTER`] is stopped and counts as failed.
pub fn start(command: &[String], page: String) -> Receiver<Printed> {
    let (sender, receiver) = mpsc::channel();
    let command = command.to_vec();
    thread::spawn(move || {
        let _ = sender.send(run(&command, page));
    });
    receiver
}

fn run(command: &[String], page: String) -> Printed {
    run_within(command, page, GIVE_UP_AFTER)
}

/// Runs `command` with `page`, stopping it and all it started after
/// `limit`.
fn run_within(command: &[String], page: String, limit: Duration) -> Printed {
    use std::os::unix::process::CommandExt;
    let Some((program, args)) = command.split_first() else {
        return Printed::Failed;
    };
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // A session of its own, with no terminal: a password prompt (as `lp`
    // may give) can neither draw over the screen nor read a visitor's
    // keys, and every helper it starts can be stopped with it.
    // SAFETY: setsid is async-signal-safe and touches no memory.
    unsafe {
        command.pre_exec(|| {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let Ok(mut child) = command.spawn() else {
        return Printed::Failed;
    };
    // Written on a thread of its own: a command that never reads must not
    // keep this one from stopping it.
    let (wrote, written) = mpsc::channel();
    if let Some(mut stdin) = child.stdin.take() {
        thread::spawn(move || {
            let _ = wrote.send(stdin.write_all(page.as_bytes()).is_ok());
        });
    }
    // The command's end and the page's delivery, both within the limit: a
    // helper that outlives the command and holds the page pipe without
    // reading counts as a printer that did not answer.
    let deadline = Instant::now() + limit;
    let mut status = None;
    let mut delivered = None;
    while status.is_none() || delivered.is_none() {
        if status.is_none() {
            match child.try_wait() {
                Ok(Some(s)) => status = Some(s.success()),
                Ok(None) => {}
                Err(_) => status = Some(false),
            }
        }
        if delivered.is_none() {
            delivered = match written.try_recv() {
                Ok(ok) => Some(ok),
                Err(mpsc::TryRecvError::Empty) => None,
                Err(mpsc::TryRecvError::Disconnected) => Some(false),
            };
        }
        if Instant::now() >= deadline {
            // The whole session: the command and whatever it started.
            // SAFETY: a plain system call on the child's process group.
            unsafe {
                libc::killpg(child.id() as libc::pid_t, libc::SIGKILL);
            }
            let _ = child.kill();
            let _ = child.wait();
            return Printed::Failed;
        }
        thread::sleep(Duration::from_millis(50));
    }
    if status == Some(true) && delivered == Some(true) {
        Printed::Sent
    } else {
        Printed::Failed
    }
}

/// How long the news of a finished job stays at the top of the screen.
const NEWS_FOR: Duration = Duration::from_secs(12);

/// The kiosk's print job, if one is on its way, and how long the news of
/// the last one has been showing. Belongs to one visitor's session: a new
/// one starts with none.
#[derive(Default)]
pub struct PrintQueue {
    /// What a visitor asked to print, until the job starts.
    asked: Option<Printable>,
    job: Option<Job>,
    news_since: Option<Instant>,
}

/// A print job on its way, and whose it is.
struct Job {
    ended: Receiver<Printed>,
    /// What names the page among those the visitor printed
    /// ([`App::print_key`]).
    key: String,
    /// The visitor who asked ([`App::visitor`]).
    visitor: u64,
}

impl PrintQueue {
    /// A visitor asked for this page.
    pub fn ask(&mut self, what: Printable) {
        self.asked = Some(what);
    }

    /// Starts the job the explorer asked for, and hears how jobs end and
    /// when old news has been shown long enough: the news for the app
    /// ([`App::update`]), each a reason to redraw the screen.
    pub fn tend(&mut self, app: &App, now: Instant) -> Vec<PrintNews> {
        let mut news = Vec::new();
        // A visitor who started over is not told of the last one's job; it
        // ends on its own, unheard.
        if self
            .job
            .as_ref()
            .is_some_and(|job| job.visitor != app.visitor)
        {
            self.job = None;
            self.news_since = None;
        }
        if let Some(what) = self.asked.take()
            && self.job.is_none()
            && let Some(command) = &app.settings.print_command
        {
            self.job = Some(Job {
                ended: start(command, page_for(app, what, &today())),
                key: app.print_key(what),
                visitor: app.visitor,
            });
            news.push(PrintNews::Started);
            self.news_since = None;
        }
        if let Some(job) = &self.job {
            let ended = match job.ended.try_recv() {
                Ok(printed) => Some(printed),
                Err(mpsc::TryRecvError::Empty) => None,
                Err(mpsc::TryRecvError::Disconnected) => Some(Printed::Failed),
            };
            if let Some(printed) = ended {
                news.push(PrintNews::Ended {
                    key: job.key.clone(),
                    sent: printed == Printed::Sent,
                });
                self.job = None;
                self.news_since = Some(now);
            }
        }
        // "Already sent" is news too, and goes as the rest does (unless a
        // job has just started, whose news replaces it).
        if app.print_notice == Some(PrintNotice::AlreadySent)
            && self.news_since.is_none()
            && !news.contains(&PrintNews::Started)
        {
            self.news_since = Some(now);
        }
        if self
            .news_since
            .is_some_and(|since| now.duration_since(since) >= NEWS_FOR)
        {
            self.news_since = None;
            news.push(PrintNews::Over);
        }
        news
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_helper_that_outlives_the_command_holding_the_page_is_stopped_at_the_limit() {
        // The command leaves a helper that holds the page pipe and never
        // reads it, and the page is larger than a pipe holds.
        let command = ["sh", "-c", "sleep 30 & exit 0"].map(String::from);
        let page = "x".repeat(200 * 1024);
        let printed = super::run_within(&command, page, std::time::Duration::from_millis(500));
        assert_eq!(printed, super::Printed::Failed);
        // A command that reads its page and ends is a page sent.
        let command = ["sh", "-c", "cat >/dev/null"].map(String::from);
        let printed = super::run_within(&command, "x".repeat(200 * 1024), super::GIVE_UP_AFTER);
        assert_eq!(printed, super::Printed::Sent);
    }

    use super::*;

    #[test]
    fn dates_are_counted_from_1970_in_utc_when_the_zone_is_unknown() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(951_782_400), "2000-02-29");
        assert_eq!(utc_date(1_778_716_800), "2026-05-14");
        let today = today();
        assert!(
            today.len() == 10 && today.as_bytes()[4] == b'-' && today.as_bytes()[7] == b'-',
            "{today}"
        );
    }
}
