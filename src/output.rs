//! Standard output and error for the commands, and whether standard output
//! was closed when crewpath started: Rust's runtime quietly opens `/dev/null` in place of a closed
//! standard output, so without this every write to `>&-` would succeed.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

static CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

/// Records that standard output was closed before the runtime replaced it;
/// called by the binary before `main`, when this can still be seen.
pub fn note_closed_at_start() {
    CLOSED_AT_START.store(true, Ordering::Relaxed);
}

/// Whether standard output was closed when crewpath started.
pub fn closed_at_start() -> bool {
    CLOSED_AT_START.load(Ordering::Relaxed)
}

/// Standard output, refusing every write and flush if it was closed at
/// start.
pub struct Stdout(io::StdoutLock<'static>);

/// Standard output, locked for one command's answer.
pub fn stdout() -> Stdout {
    Stdout(io::stdout().lock())
}

/// Writes `text` whole to standard output and flushes it.
pub fn print(text: &[u8]) -> io::Result<()> {
    let mut out = stdout();
    out.write_all(text)?;
    out.flush()
}

fn closed_error() -> io::Error {
    io::Error::other(crate::t!("output-closed"))
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if closed_at_start() {
            return Err(closed_error());
        }
        self.0.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        // Flushed even with nothing written, so an answer that happens to be
        // empty still finds out that nobody could have read it.
        if closed_at_start() {
            return Err(closed_error());
        }
        self.0.flush()
    }
}

/// Tells the user something on standard error. A standard error that cannot
/// be written to (a closed terminal, `2>/dev/full`) is not worth a panic:
/// the exit status still says what happened.
pub fn say(message: &str) {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "crewpath: {}",
        crate::clean::clean_line(message)
    );
}
