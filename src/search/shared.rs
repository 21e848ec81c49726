//! A search index kept together with the library it was built from, for an
//! explorer that replaces its library (the files read again, or shown in the
//! other language) while the index of each is built on a thread of its own.

use std::sync::Arc;

use super::SearchIndex;
use crate::library::Library;

self_cell::self_cell!(
    /// The library, shared, and the index borrowing its texts.
    struct Cell {
        owner: Arc<Library>,
        #[covariant]
        dependent: SearchIndex,
    }
);

/// A library's search index and the library, shared, that it borrows its
/// texts from: the texts are not copied, which at 20,000 roles would be
/// tens of megabytes more. `self_cell` keeps the borrow sound: the index
/// is dropped before the library and is never given out beyond a borrow
/// of `self`.
pub struct SharedIndex {
    cell: Cell,
}

impl SharedIndex {
    /// Indexes `library`, which the index then keeps.
    pub fn build(library: Arc<Library>) -> Self {
        SharedIndex {
            cell: Cell::new(library, |library| SearchIndex::build(library)),
        }
    }

    /// The index, for as long as `self` is borrowed.
    pub fn index(&self) -> &SearchIndex<'_> {
        self.cell.borrow_dependent()
    }

    /// The library the index was built from.
    pub fn library(&self) -> &Arc<Library> {
        self.cell.borrow_owner()
    }
}

impl std::fmt::Debug for SharedIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.index().fmt(f)
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
