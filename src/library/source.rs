//! Finding the files of a role library, on disk or built into the binary, and
//! reading each one safely.

use std::fs::File;
use std::io::{self, Read};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use include_dir::{Dir, include_dir};

use super::problem::{Kind, Problem};
use crate::clean;

/// Role files larger than this are skipped without being read whole.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The limit for the library's own lists (`_skills.toml`,
/// `_synonyms.toml`), which hold every skill or word of a library in every
/// language and cannot be split.
pub const MAX_LIST_BYTES: u64 = 16 * MAX_FILE_BYTES;

/// The most a file may hold, by its name: a library's own lists hold more
/// than any one role.
fn limit_for(path: &Path) -> u64 {
    let name = path.file_name().and_then(|n| n.to_str());
    if matches!(name, Some(super::SKILLS_FILE | super::SYNONYMS_FILE)) {
        MAX_LIST_BYTES
    } else {
        MAX_FILE_BYTES
    }
}

/// The roles folder of the repository, built into the binary.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/roles");

/// A TOML file of the library, not yet read.
pub(crate) struct LibraryFile {
    /// Path inside the library with '/' separators, e.g. `sound/foley-artist.toml`.
    pub rel: String,
    /// Path as shown to the user.
    pub display: String,
    origin: Origin,
}

enum Origin {
    /// A file on disk, with the folder it was found in when that is held
    /// open: opened by name in it, the file's path is not looked up again
    /// folder by folder from the start.
    Disk {
        path: PathBuf,
        folder: Option<Arc<Folder>>,
    },
    Embedded(&'static [u8]),
}

/// A folder of the library held open while its files wait to be read.
struct Folder(OwnedFd);

/// Folders held open at once, at most: beyond it, files are opened by
/// their whole path, and a library of thousands of folders never runs the
/// process out of files it may open.
const FOLDERS_HELD: usize = 256;

/// Folders held open now.
/// Whether the built-in roles have this file at their root.
pub(crate) fn embedded_has(name: &str) -> bool {
    EMBEDDED.get_file(name).is_some()
}

static FOLDERS_OPEN: AtomicUsize = AtomicUsize::new(0);

impl Folder {
    /// The folder at `path`, held open, unless too many are or it cannot be.
    fn open(path: &Path) -> Option<Arc<Folder>> {
        use rustix::fs::{Mode, OFlags};
        if FOLDERS_OPEN.fetch_add(1, Ordering::Relaxed) >= FOLDERS_HELD {
            FOLDERS_OPEN.fetch_sub(1, Ordering::Relaxed);
            return None;
        }
        // The walk could list the folder, so it can be opened to read.
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        match rustix::fs::open(path, flags, Mode::empty()) {
            Ok(fd) => Some(Arc::new(Folder(fd))),
            Err(_) => {
                FOLDERS_OPEN.fetch_sub(1, Ordering::Relaxed);
                None
            }
        }
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        FOLDERS_OPEN.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The files of a library and the problems met while looking for them.
pub(crate) struct Listing {
    pub files: Vec<LibraryFile>,
    pub problems: Vec<Problem>,
}

impl LibraryFile {
    /// The file's bytes, or the reason they cannot be used (for a problem
    /// about [`LibraryFile::display`]).
    pub fn read(&self) -> Result<std::borrow::Cow<'static, [u8]>, crate::i18n::Message> {
        match &self.origin {
            Origin::Embedded(bytes) => Ok(std::borrow::Cow::Borrowed(bytes)),
            Origin::Disk { path, folder } => {
                let opened = match folder {
                    Some(folder) => open_in(folder, path),
                    None => open_regular(path),
                };
                let (file, size) = opened?;
                read_limited(file, size, limit_for(path)).map(std::borrow::Cow::Owned)
            }
        }
    }
}

/// Reads at most `max` bytes of a regular file opened with
/// [`open_regular`] or [`open_in`], `size` bytes long when it was opened, so
/// a huge file is never held in memory and a pipe or device put in a file's
/// place never blocks the read.
fn read_limited(file: impl Read, size: u64, max: u64) -> Result<Vec<u8>, crate::i18n::Message> {
    if size > max {
        return Err(too_large(max));
    }
    // A file is read as large as it was when opened, in one read: asking
    // for more would cost a second read to be told there is none. Some
    // kernel files say they are empty and are not: those are read to
    // their end, up to the limit.
    let limit = if size > 0 { size } else { max + 1 };
    let mut bytes = Vec::with_capacity(limit.min(max) as usize + 1);
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| describe_io(&e))?;
    if bytes.len() as u64 > max {
        return Err(too_large(max));
    }
    Ok(bytes)
}

/// Opens `path` for reading only if it is a regular file. Opening does not
/// wait (a pipe would wait for a writer), never makes a terminal device the
/// process's controlling terminal, and the type is checked on the opened
/// file, so a file swapped for a pipe after listing is refused too.
pub(crate) fn open_regular(path: &Path) -> Result<(File, u64), crate::i18n::Message> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|e| describe_io(&e))?;
    regular(file)
}

/// Opens the file at `path` as [`open_regular`] does, by its name in
/// `folder`, the folder it was listed in.
fn open_in(folder: &Folder, path: &Path) -> Result<(File, u64), crate::i18n::Message> {
    use rustix::fs::{Mode, OFlags};
    use std::os::unix::ffi::OsStrExt;
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let name = std::ffi::OsStr::from_bytes(last_name(path));
    let fd = rustix::fs::openat(&folder.0, name, flags, Mode::empty())
        .map_err(|e| describe_io(&e.into()))?;
    regular(File::from(fd))
}

/// `file` with its size, if it is a regular file.
fn regular(file: File) -> Result<(File, u64), crate::i18n::Message> {
    let meta = file.metadata().map_err(|e| describe_io(&e))?;
    if meta.is_dir() {
        return Err(crate::msg!("problem-is-folder"));
    }
    if !meta.is_file() {
        return Err(not_regular());
    }
    Ok((file, meta.len()))
}

fn not_regular() -> crate::i18n::Message {
    crate::msg!("problem-not-regular")
}

/// A walk stops going deeper than this many folders…
const MAX_DEPTH: usize = 32;
/// …and stops after this many entries, so that links into a huge or endless
/// tree (`/sys`) cannot keep it going.
const MAX_ENTRIES: usize = 100_000;

fn link_circle() -> crate::i18n::Message {
    crate::msg!("problem-link-circle")
}

/// Links not followed (round a circle, or to a folder already read) are
/// listed one by one up to this many, then counted in one line: a link to
/// `/sys` alone leads to well over a thousand of them.
const LINKS_SHOWN: usize = 10;

/// The problems about links that were not followed, the first few listed.
#[derive(Default)]
struct LinksNotFollowed {
    shown: usize,
    hidden: usize,
}

impl LinksNotFollowed {
    fn note(&mut self, problems: &mut Vec<Problem>, problem: Problem) {
        if self.shown < LINKS_SHOWN {
            self.shown += 1;
            problems.push(problem);
        } else {
            self.hidden += 1;
        }
    }

    /// One line for the links not listed, if any.
    fn summary(&self, root: String) -> Option<Problem> {
        (self.hidden > 0).then(|| {
            Problem::new(
                root,
                crate::msg!(
                    "problem-links-not-followed",
                    count = self.hidden,
                    shown = LINKS_SHOWN
                ),
            )
        })
    }
}

fn too_large(max: u64) -> crate::i18n::Message {
    if max == MAX_FILE_BYTES {
        crate::msg!("problem-too-large", mib = max / 1024 / 1024)
    } else {
        crate::msg!("problem-list-too-large", mib = max / 1024 / 1024)
    }
}

fn describe_io(e: &io::Error) -> crate::i18n::Message {
    match e.kind() {
        io::ErrorKind::PermissionDenied => crate::msg!("problem-permission-denied"),
        io::ErrorKind::NotFound => crate::msg!("problem-disappeared"),
        io::ErrorKind::IsADirectory => crate::msg!("problem-is-folder"),
        // A kernel file such as /proc/kmsg passes for a regular file but has
        // nothing to read without waiting.
        io::ErrorKind::WouldBlock => not_regular(),
        _ => crate::msg!("problem-cannot-read", error = e.to_string()),
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// Whether a file is named as a TOML file, `x.toml`: told by its name's
/// last bytes, without parsing the path. A name that is only `.toml` is a
/// hidden file, not one named `x.toml`.
fn is_toml(path: &Path) -> bool {
    let name = last_name(path);
    name.len() > ".toml".len() && name.ends_with(b".toml")
}

/// What to say about a file that is nearly a role file by its name: saved
/// with an extra ending (`x.toml.txt`, as some editors do), an ending in
/// capitals (`x.TOML`) or a mistyped one (`x.tml`). Other files are not the
/// library's business.
fn near_miss(path: &Path) -> Option<crate::i18n::Message> {
    let name = path.file_name()?.to_str()?;
    if name.ends_with(['~', '#']) || name.starts_with('#') {
        // An editor's backup or autosave copy.
        return None;
    }
    // Only ASCII letters are folded, so every byte offset in `lower` is one
    // in `name` too: full lower-casing changes lengths (the Kelvin sign's
    // 'k' is one byte, the sign three) and a position found in it would cut
    // `name` elsewhere, or inside a character.
    let lower = name.to_ascii_lowercase();
    let stem = if lower.ends_with(".toml") {
        &name[..name.len() - 5]
    } else if let Some(at) = lower.find(".toml.") {
        &name[..at]
    } else {
        let ext = path.extension()?.to_str()?.to_lowercase();
        if ext.chars().count() < 3 || strsim::osa_distance(&ext, "toml") != 1 {
            return None;
        }
        path.file_stem()?.to_str()?
    };
    let intended = format!("{stem}.toml");
    let intended_shown = clean::clean_line(&intended);
    if path.with_file_name(&intended).is_file() {
        // Renaming would overwrite the role file itself: this is a copy,
        // perhaps with edits that were meant for it.
        return Some(crate::msg!("problem-copy-of", intended = intended_shown));
    }
    Some(crate::msg!("problem-near-miss", intended = intended_shown))
}

/// Lists every `*.toml` file below `root`, following links but never round a
/// loop, and skipping hidden files and folders.
#[cfg(test)]
pub(crate) fn list_dir(root: &Path) -> Listing {
    let mut files = Vec::new();
    let problems = walk_dir(root, |file| files.push(file))
        .unwrap_or_else(|e| vec![Problem::new(root.display().to_string(), describe_io(&e))]);
    Listing { files, problems }
}

/// Hands `found` every `*.toml` file below `root` as the walk meets it, in
/// path order, following links but never round a loop, and skipping hidden
/// files and folders; returns the problems met on the way, or why `root`
/// itself could not be read (it went away, or was closed to this user).
pub(crate) fn walk_dir(
    root: &Path,
    mut found: impl FnMut(LibraryFile),
) -> Result<Vec<Problem>, io::Error> {
    // File names are untrusted text like the files themselves: cleaned here,
    // so no problem or role ever carries an escape sequence from a name.
    let shown_root = root.display().to_string();
    let shown = |path: &Path| -> String {
        let shown = match path.strip_prefix(root) {
            Ok(rel) if rel.as_os_str().is_empty() => shown_root.clone(),
            Ok(rel) => root.join(rel).display().to_string(),
            Err(_) => path.display().to_string(),
        };
        clean::clean_line(&shown).into_owned()
    };
    let mut problems: Vec<Problem> = Vec::new();
    let real_root = root.canonicalize().ok();
    let mut walk = walkdir::WalkDir::new(root)
        .follow_links(true)
        .max_depth(MAX_DEPTH)
        .sort_by(|a, b| same_folder_order(a.path(), b.path()))
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    // Every real folder is read once, however many links lead to it: forty
    // folders each linking twice to the next would otherwise be 2^39 paths.
    let mut folders_seen: std::collections::HashSet<(u64, u64)> = Default::default();
    let mut entries = 0usize;
    let mut links = LinksNotFollowed::default();
    // The folders open on the way down to the entry being walked, by depth.
    let mut held: Vec<Option<Arc<Folder>>> = Vec::new();
    while let Some(entry) = walk.next() {
        entries += 1;
        if entries > MAX_ENTRIES {
            problems.push(Problem::new(
                shown(root),
                crate::msg!("problem-too-many-entries", max = MAX_ENTRIES),
            ));
            break;
        }
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) if err.depth() == 0 && err.loop_ancestor().is_none() => {
                // The library's own folder: nothing of it can be read, which
                // is not a library with nothing in it.
                return Err(err
                    .into_io_error()
                    .unwrap_or_else(|| io::Error::other("the walk failed")));
            }
            Err(err) => {
                let path = err.path().map_or_else(|| shown(root), &shown);
                let message = if let Some(ancestor) = err.loop_ancestor() {
                    crate::msg!("problem-link-loop", target = shown(ancestor))
                } else if let Some(io) = err.io_error() {
                    let is_link = err
                        .path()
                        .and_then(|p| p.symlink_metadata().ok())
                        .is_some_and(|m| m.file_type().is_symlink());
                    match io.kind() {
                        io::ErrorKind::NotFound => crate::msg!("problem-broken-link"),
                        io::ErrorKind::PermissionDenied => describe_io(io),
                        // ELOOP has no stable ErrorKind; a link that exists
                        // but cannot be followed points round a circle.
                        _ if is_link => link_circle(),
                        _ => describe_io(io),
                    }
                } else {
                    crate::msg!("problem-cannot-read", error = err.to_string())
                };
                if err.loop_ancestor().is_some() {
                    links.note(&mut problems, Problem::new(path, message));
                } else {
                    problems.push(Problem::new(path, message));
                }
                continue;
            }
        };
        let path = entry.path();
        // walkdir sees a loop only back to a folder it walked through; a link
        // to a folder above the library (`..`, `/`) would first walk
        // everything else in that folder, possibly the whole disk. The root
        // itself is what the user named, link or not (`current -> v2`): the
        // check starts below it.
        if entry.depth() > 0 && entry.path_is_symlink() && entry.file_type().is_dir() {
            let target = path.canonicalize().ok();
            if let (Some(target), Some(real_root)) = (target, &real_root)
                && real_root.starts_with(&target)
            {
                links.note(
                    &mut problems,
                    Problem::new(
                        shown(path),
                        crate::msg!(
                            "problem-link-to-ancestor",
                            target = clean::clean_line(&target.display().to_string()).into_owned()
                        ),
                    ),
                );
                walk.skip_current_dir();
                continue;
            }
        }
        if entry.file_type().is_dir() {
            use std::os::unix::fs::MetadataExt;
            if let Ok(meta) = entry.metadata()
                && !folders_seen.insert((meta.dev(), meta.ino()))
            {
                links.note(
                    &mut problems,
                    Problem::new(shown(path), crate::msg!("problem-folder-read-twice")),
                );
                walk.skip_current_dir();
                continue;
            }
            if entry.depth() == MAX_DEPTH {
                problems.push(Problem::new(
                    shown(path),
                    crate::msg!("problem-folders-too-deep", max = MAX_DEPTH),
                ));
            }
            // The walk takes a folder's entries one after another, going
            // into each sub-folder as it comes: the folder a file is in is
            // the last one met one level up.
            held.truncate(entry.depth());
            held.resize(entry.depth(), None);
            held.push(Folder::open(path));
            continue;
        }
        if !is_toml(path) {
            if let Some(message) = near_miss(path) {
                problems.push(Problem::new(shown(path), message));
            }
            continue;
        }
        if !entry.file_type().is_file() {
            problems.push(Problem::new(shown(path), not_regular()));
            continue;
        }
        // Size and readability are checked when the file is read. The walk
        // joins names onto `root` with '/', so the path as shown is the
        // walk's own and the part after `root` is already '/'-separated.
        let display = clean::clean_line(&path.to_string_lossy()).into_owned();
        let rel = String::from_utf8_lossy(inside(root, path)).into_owned();
        let folder = entry
            .depth()
            .checked_sub(1)
            .and_then(|d| held.get(d).cloned().flatten());
        found(LibraryFile {
            rel,
            display,
            origin: Origin::Disk {
                path: entry.into_path(),
                folder,
            },
        });
    }
    problems.extend(links.summary(shown(root)));
    for problem in &mut problems {
        problem.kind = Kind::File;
    }
    Ok(problems)
}

/// The order of two entries of one folder: by name, compared as bytes. The
/// walk makes both paths by joining a name onto the same folder's path, so
/// comparing the paths whole compares the names, without looking for where
/// each name starts at every one of the thousands of comparisons a large
/// folder takes.
fn same_folder_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    use std::os::unix::ffi::OsStrExt;
    a.as_os_str().as_bytes().cmp(b.as_os_str().as_bytes())
}

/// The last part of a path the walk made, as bytes: the same as
/// [`Path::file_name`], without parsing the whole path.
fn last_name(path: &Path) -> &[u8] {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    bytes
        .iter()
        .rposition(|&b| b == b'/')
        .map_or(bytes, |slash| &bytes[slash + 1..])
}

/// The part of `path`, which the walk made by joining names onto `root`,
/// after `root` and its '/'.
fn inside<'p>(root: &Path, path: &'p Path) -> &'p [u8] {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    let rest = bytes
        .strip_prefix(root.as_os_str().as_bytes())
        .unwrap_or(bytes);
    rest.strip_prefix(b"/").unwrap_or(rest)
}

/// Lists the roles built into the binary; shown as `roles/…`.
pub(crate) fn list_embedded() -> Listing {
    let mut files = Vec::new();
    let mut stack = vec![&EMBEDDED];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            if is_toml(file.path()) {
                let rel = file.path().to_string_lossy().replace('\\', "/");
                files.push(LibraryFile {
                    display: format!("roles/{rel}"),
                    rel,
                    origin: Origin::Embedded(file.contents()),
                });
            }
        }
        stack.extend(dir.dirs());
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Listing {
        files,
        problems: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A library of one role file, listed but not yet read.
    fn listed_one() -> (tempfile::TempDir, PathBuf, LibraryFile) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mixer.toml");
        std::fs::write(&path, "title = \"Mixer\"\n").unwrap();
        let mut listing = list_dir(dir.path());
        assert!(listing.problems.is_empty());
        let listed = listing.files.pop().unwrap();
        assert_eq!(listed.rel, "mixer.toml");
        (dir, path, listed)
    }

    #[test]
    fn a_file_deleted_between_listing_and_reading_is_a_problem() {
        let (_dir, path, listed) = listed_one();
        std::fs::remove_file(&path).unwrap();
        let problem = listed.read().unwrap_err();
        assert_eq!(
            problem.to_string(),
            "disappeared while the library was being read; run again once it is back"
        );
    }

    #[test]
    fn a_file_that_grew_past_the_limit_after_listing_is_not_read_whole() {
        let (_dir, path, listed) = listed_one();
        let file = File::create(&path).unwrap();
        file.set_len(4 << 30).unwrap();
        let problem = listed.read().unwrap_err();
        assert_eq!(problem, too_large(MAX_FILE_BYTES));
    }

    #[test]
    fn a_file_that_says_it_is_empty_is_still_read_to_its_end() {
        // Kernel files give their size as 0 and have text all the same.
        let text = b"Name:\tcrewpath\n";
        assert_eq!(read_limited(&text[..], 0, MAX_FILE_BYTES).unwrap(), text);
        let path = Path::new("/proc/self/status");
        if !path.is_file() {
            skip("/proc is not mounted here");
            return;
        }
        let (file, size) = open_regular(path).unwrap();
        let bytes = read_limited(file, size, MAX_FILE_BYTES).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("Name:"));
    }

    #[test]
    fn no_more_than_so_many_folders_are_held_open_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut held = Vec::new();
        while let Some(folder) = Folder::open(dir.path()) {
            held.push(folder);
            assert!(held.len() <= FOLDERS_HELD);
        }
        assert!(!held.is_empty());
        drop(held);
        assert!(Folder::open(dir.path()).is_some());
    }

    /// A test that cannot run here: a failure in CI (`CI=true`), where
    /// everything must be there, and said on its output elsewhere.
    fn skip(why: &str) {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(!ci, "a prerequisite is missing in CI: {why}");
        eprintln!("SKIPPED: {why}");
    }

    /// A reader that counts how often it is asked for bytes.
    struct Counted<R> {
        inner: R,
        reads: std::rc::Rc<std::cell::Cell<usize>>,
    }

    impl<R: Read> Read for Counted<R> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.reads.set(self.reads.get() + 1);
            self.inner.read(buf)
        }
    }

    #[test]
    fn a_file_is_read_whole_in_one_go() {
        let (_dir, _path, listed) = listed_one();
        assert_eq!(&listed.read().unwrap()[..], b"title = \"Mixer\"\n");
        let text = b"title = \"Mixer\"\nsummary = \"Balances the soundtrack\"\n";
        let reads = std::rc::Rc::new(std::cell::Cell::new(0));
        let file = Counted {
            inner: &text[..],
            reads: reads.clone(),
        };
        assert_eq!(
            read_limited(file, text.len() as u64, MAX_FILE_BYTES).unwrap(),
            text
        );
        assert_eq!(reads.get(), 1, "one read for a file whose size is known");
    }

    #[test]
    fn a_file_replaced_by_a_folder_after_listing_is_a_problem() {
        let (_dir, path, listed) = listed_one();
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let problem = listed.read().unwrap_err();
        assert_eq!(problem.to_string(), "is a folder, not a file");
    }

    #[test]
    fn a_file_replaced_by_a_pipe_after_listing_is_refused_without_waiting() {
        let (_dir, path, listed) = listed_one();
        std::fs::remove_file(&path).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        if !made.is_ok_and(|s| s.success()) {
            skip("mkfifo cannot make a pipe here");
            return;
        }
        // Opening a pipe for reading would wait for a writer forever.
        let problem = listed.read().unwrap_err();
        assert_eq!(problem, not_regular());
    }

    #[test]
    fn files_are_listed_by_name_folder_by_folder_inside_the_library() {
        let dir = tempfile::tempdir().unwrap();
        for rel in [
            "b.toml", "a.toml", "a/z.toml", "a/y.toml", "B.toml", "é.toml",
        ] {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "title = \"X\"\n").unwrap();
        }
        // The library folder as a user may type it, with a slash at the end.
        let root = PathBuf::from(format!("{}/", dir.path().display()));
        let listing = list_dir(&root);
        assert!(listing.problems.is_empty());
        let rels: Vec<&str> = listing.files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(
            rels,
            [
                "B.toml", "a/y.toml", "a/z.toml", "a.toml", "b.toml", "é.toml"
            ]
        );
        let shown = format!("{}a/y.toml", root.display());
        assert_eq!(listing.files[1].display, shown);
    }

    #[test]
    fn toml_files_are_told_by_their_ending() {
        for (name, toml) in [
            ("sound/mixer.toml", true),
            ("a.b.toml", true),
            ("mixer.toml.txt", false),
            ("mixer.TOML", false),
            (".toml", false),
            ("sound/.toml", false),
            ("toml", false),
        ] {
            assert_eq!(is_toml(Path::new(name)), toml, "{name}");
        }
    }

    #[test]
    fn embedded_roles_are_listed_as_roles_paths() {
        let listing = list_embedded();
        assert!(listing.problems.is_empty());
        assert!(
            listing
                .files
                .iter()
                .all(|f| f.display == format!("roles/{}", f.rel))
        );
        assert!(listing.files.windows(2).all(|w| w[0].rel < w[1].rel));
    }
}
