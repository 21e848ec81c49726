//! Any query, typed one keystroke at a time into the bundled library's search,
//! must never panic, and every hit must be a real role with highlights inside
//! its matched text, best first.
#![no_main]

use std::sync::OnceLock;

use crewpath::library::{Loaded, load_embedded};
use crewpath::search::{SearchIndex, Searcher};
use libfuzzer_sys::fuzz_target;

fn library() -> (&'static Loaded, &'static SearchIndex<'static>) {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    let loaded = LOADED.get_or_init(load_embedded);
    (loaded, INDEX.get_or_init(|| SearchIndex::build(&loaded.library)))
}

fuzz_target!(|data: &[u8]| {
    let (loaded, index) = library();
    let query = String::from_utf8_lossy(data);
    let mut searcher = Searcher::new(index);
    let mut typed = String::new();
    for c in query.chars().take(300) {
        typed.push(c);
        let results = searcher.search(&typed, 50);
        assert_eq!(
            results,
            Searcher::new(index).search(&typed, 50),
            "typing and searching at once agree"
        );
        let hits = &results.hits;
        for pair in hits.windows(2) {
            assert!(pair[0].score >= pair[1].score, "sorted best first");
        }
        for hit in hits {
            assert!(hit.role < loaded.library.roles.len());
            let len = hit.matched.chars().count();
            assert!(hit.positions.iter().all(|&p| p < len));
        }
    }
});
