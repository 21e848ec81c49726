//! A search index kept together with the library it was built from, for an
//! explorer that replaces its library (the files read again, or shown in the
//! other language) while the index of each is built on a thread of its own.

use std::sync::Arc;

use super::SearchIndex;
use crate::library::Library;

/// A library's search index and the library, shared, that it borrows its
/// texts from: the texts are not copied, which at 20,000 roles would be
/// tens of megabytes more.
pub struct SharedIndex {
    // Declared first, so dropped before the library it borrows from.
    index: SearchIndex<'static>,
    library: Arc<Library>,
}

impl SharedIndex {
    /// Indexes `library`, which the index then keeps.
    pub fn build(library: Arc<Library>) -> Self {
        // SAFETY: the index borrows texts held inside the library, which the
        // `Arc` keeps alive and in place for as long as `self.library`
        // lives, and which nothing changes while it is shared (a `Library`
        // has no interior mutability). The index is dropped before the
        // library (field order), and the borrow is never given out as
        // `'static`: `index()` ties it to a borrow of `self`.
        let texts: &'static Library = unsafe { &*Arc::as_ptr(&library) };
        SharedIndex {
            index: SearchIndex::build(texts),
            library,
        }
    }

    /// The index, for as long as `self` is borrowed.
    pub fn index(&self) -> &SearchIndex<'_> {
        &self.index
    }

    /// The library the index was built from.
    pub fn library(&self) -> &Arc<Library> {
        &self.library
    }
}

impl std::fmt::Debug for SharedIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.index.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Searcher;

    #[test]
    fn the_index_keeps_the_library_it_reads_from() {
        let lib = Arc::new(crate::library::load_embedded().library);
        let shared = SharedIndex::build(Arc::clone(&lib));
        drop(lib);
        let hits = Searcher::new(shared.index()).search("foley artist", 5).hits;
        let first = hits.first().expect("a hit");
        assert_eq!(shared.library().roles[first.role].id(), "foley-artist");
        assert_eq!(first.matched, "Foley Artist");
    }
}
