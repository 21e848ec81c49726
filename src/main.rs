use std::process::ExitCode;

/// Notes, before Rust's runtime puts `/dev/null` in its place, whether
/// standard output was closed (`crewpath check >&-`): output nobody can
/// read is an error, not a success.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static NOTE_CLOSED_STDOUT: extern "C" fn() = note_closed_stdout;

#[cfg(target_os = "linux")]
extern "C" fn note_closed_stdout() {
    // SAFETY: F_GETFD only asks whether the descriptor is open; it touches
    // no memory and nothing else runs yet.
    if unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1 {
        crewpath::note_closed_stdout_at_start();
    }
}

fn main() -> ExitCode {
    crewpath::run()
}
