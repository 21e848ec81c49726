//! Watching the library folder for staff edits: which changes are worth
//! reading the files again for, a folder replaced whole (`mv lib lib.old;
//! mv lib.new lib`), and a burst of changes read once rather than once
//! each.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long changes must have stopped before the files are read again:
/// saving one file in an editor is several changes in a few milliseconds.
pub const QUIET: Duration = Duration::from_millis(200);

/// However often files keep changing, they are read again at least this
/// often.
pub const AT_MOST: Duration = Duration::from_secs(2);

/// A burst of changes, read once: when [`QUIET`] has passed since the last
/// change, or [`AT_MOST`] since the first. The time is passed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Burst {
    first: Option<Instant>,
    last: Option<Instant>,
}

impl Burst {
    /// Something changed at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.first.get_or_insert(now);
        self.last = Some(now);
    }

    /// When the files are due to be read again, if something changed.
    pub fn due_at(&self) -> Option<Instant> {
        let (first, last) = (self.first?, self.last?);
        Some((last + QUIET).min(first + AT_MOST))
    }

    /// True, and the burst over, when the files are due to be read at
    /// `now`.
    pub fn take_due(&mut self, now: Instant) -> bool {
        let due = self.due_at().is_some_and(|at| at <= now);
        if due {
            *self = Burst::default();
        }
        due
    }

    /// How long until the files are due, if something changed.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        Some(self.due_at()?.saturating_duration_since(now))
    }
}

/// Whether a change to `path` can change the library: a `.toml` file or
/// something with no extension (a folder), but not what editors leave
/// beside a file while it is edited: hidden files (`.x.toml.swp`, `.#x`),
/// backups (`x.toml~`, `#x.toml#`) and vim's test file `4913`. Saving a
/// file in vim touches all of these; only the file itself is worth a reload.
pub fn concerns_library(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let editors_own = name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913";
    !editors_own && (name.ends_with(".toml") || !name.contains('.'))
}

/// Watches the library folder, and its parent for the folder itself being
/// replaced or deleted and made again; then it watches the new one.
pub struct FolderWatch {
    folder: PathBuf,
    watcher: notify::RecommendedWatcher,
    changed: Arc<AtomicBool>,
    replaced: Arc<AtomicBool>,
}

impl FolderWatch {
    /// `None` where the system cannot watch the folder (reading it again
    /// with `r` still works).
    pub fn new(folder: &Path) -> Option<Self> {
        use notify::Watcher;
        let changed = Arc::new(AtomicBool::new(false));
        let replaced = Arc::new(AtomicBool::new(false));
        // Without the parent, a replaced folder goes unseen until `r`.
        let parent = match folder.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = folder.file_name().map(|n| n.to_os_string());
        let itself = {
            let parent = parent.clone();
            move |p: &Path| {
                p.file_name().map(|n| n.to_os_string()) == name && p.parent() == Some(&parent)
            }
        };
        let (on_change, on_replace) = (Arc::clone(&changed), Arc::clone(&replaced));
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else {
                    return;
                };
                if event.kind.is_access() {
                    return;
                }
                // The folder itself: moved away, made again or moved into
                // place.
                if event.paths.iter().any(|p| itself(p)) {
                    on_replace.store(true, Ordering::Relaxed);
                }
                if event.paths.iter().any(|p| concerns_library(p)) {
                    on_change.store(true, Ordering::Relaxed);
                }
            })
            .ok()?;
        watcher
            .watch(folder, notify::RecursiveMode::Recursive)
            .ok()?;
        let _ = watcher.watch(&parent, notify::RecursiveMode::NonRecursive);
        Some(FolderWatch {
            folder: folder.to_path_buf(),
            watcher,
            changed,
            replaced,
        })
    }

    /// Whether the library changed since last asked. A folder replaced is
    /// watched anew first, and counts as a change.
    pub fn take_changed(&mut self) -> bool {
        use notify::Watcher;
        if self.replaced.swap(false, Ordering::Relaxed) {
            // The old watch followed the folder to wherever it was moved.
            let _ = self.watcher.unwatch(&self.folder);
            let _ = self
                .watcher
                .watch(&self.folder, notify::RecursiveMode::Recursive);
            self.changed.store(true, Ordering::Relaxed);
        }
        self.changed.swap(false, Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_role_files_and_folders_are_worth_a_reload() {
        for (path, reload) in [
            ("roles/sound/mixer.toml", true),
            ("roles/sound/mixer.fr.toml", true),
            ("roles/_synonyms.toml", true),
            ("roles/sound", true),
            ("roles/sound/.mixer.toml.swp", false),
            ("roles/sound/.mixer.toml.swx", false),
            ("roles/sound/mixer.toml~", false),
            ("roles/sound/#mixer.toml#", false),
            ("roles/sound/.#mixer.toml", false),
            ("roles/sound/4913", false),
            ("roles/README.md", false),
            ("roles/.git", false),
        ] {
            assert_eq!(concerns_library(Path::new(path)), reload, "{path}");
        }
    }

    #[test]
    fn a_burst_of_changes_is_read_once_when_it_stops() {
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        let mut burst = Burst::default();
        assert!(!burst.take_due(ms(0)), "nothing changed");
        assert_eq!(burst.wait(ms(0)), None);
        // An editor's save: several changes within a few milliseconds.
        for at in [0, 3, 5, 9] {
            burst.changed(ms(at));
        }
        assert!(!burst.take_due(ms(100)));
        assert_eq!(burst.wait(ms(100)), Some(Duration::from_millis(109)));
        assert!(burst.take_due(ms(209)), "read once it has been quiet");
        assert!(!burst.take_due(ms(1000)), "and only once");
    }

    #[test]
    fn changes_that_never_stop_are_still_read_now_and_then() {
        let t0 = Instant::now();
        let mut burst = Burst::default();
        let mut reads = 0;
        // A save every 100 ms for ten seconds, looked at every 10 ms.
        for ms in (0..10_000).step_by(10) {
            let now = t0 + Duration::from_millis(ms);
            if ms % 100 == 0 {
                burst.changed(now);
            }
            if burst.take_due(now) {
                reads += 1;
            }
        }
        assert!((4..=6).contains(&reads), "{reads} reads");
    }
}
