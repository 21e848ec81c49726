//! Returning freed memory to the system after a burst of parallel work.
//!
//! Loading and indexing run on worker threads, and glibc keeps what each
//! thread frees in that thread's own pool, where the next phase, on other
//! threads, cannot reuse it. Handing it back between phases keeps the
//! process's peak memory near what it really holds.

/// Gives memory freed so far back to the system, where the allocator allows.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of the allocator's own
    // pools; it touches no memory the program holds.
    unsafe {
        libc::malloc_trim(0);
    }
}
