//! Returning freed memory to the system after a burst of parallel work.
//!
//! Loading and indexing run on worker threads, and glibc keeps what each
//! thread frees in that thread's own pool, where the next phase, on other
//! threads, cannot reuse it. Handing it back between phases keeps the
//! process's peak memory near what it really holds.

/// Keeps glibc to one pool per core. Loading and indexing run on one worker
/// thread per core while the main thread waits; without a cap the main
/// thread keeps a pool of its own, which the loading leaves fragmented (at
/// 20,000 roles, about 13 MB of a 143 MB peak), at no gain in speed.
pub fn one_pool_per_core() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let pools = libc::c_int::try_from(cores).unwrap_or(libc::c_int::MAX);
        // SAFETY: mallopt only sets a limit for pools created later; it is
        // called before any other thread starts.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, pools);
        }
    }
}

/// Gives memory freed so far back to the system, where the allocator allows.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of the allocator's own
    // pools; it touches no memory the program holds.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Leaves `value` to the system, which takes all of a process's memory back
/// at once when it exits. For a command about to exit, freeing a library of
/// 20,000 roles piece by piece would only make it exit later.
pub fn free_at_exit<T>(value: T) {
    std::mem::forget(value);
}
