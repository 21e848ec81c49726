//! Time to the explorer's first frame, as the explorer gets there: loading
//! the library, then drawing one 120×36 frame while the search index is
//! still being built on another thread (the explorer does not wait for
//! it). On the bundled roles and on 20,000 roles. Also what a language
//! switch (Ctrl-L) costs the screen's thread at 20,000 roles: translating
//! is done on a thread of its own, and a language shown before is kept, so
//! the screen only swaps the library shown.
//!
//! Run with `cargo bench --bench startup`.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use crewpath::app::{App, IndexSlot, Settings};
use crewpath::library::{load_dir, load_embedded};
use criterion::{Criterion, criterion_group, criterion_main};

fn bundled(c: &mut Criterion) {
    let mut group = c.benchmark_group("bundled");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("first_frame", |b| {
        b.iter(|| common::first_frame(load_embedded))
    });
    group.finish();
}

/// At 20,000 roles the user waits for loading and the first frame only;
/// measured by hand so the index thread's tail is left out.
fn large() {
    let dir = tempfile::tempdir().expect("temporary folder");
    common::write_library(dir.path(), common::LARGE);
    let mut times = Vec::new();
    for _ in 0..7 {
        let drawn = common::first_frame(|| load_dir(dir.path()).expect("load"));
        times.push(drawn);
    }
    times.sort();
    println!(
        "large-20k/first_frame: median {:.1} ms, best {:.1} ms (load and first frame, index still building)",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
}

/// At 20,000 roles: the translation the switch used to make on the
/// screen's thread, and what that thread does now (show the library made
/// on another thread, carrying the session over).
fn language_switch() {
    use crewpath::i18n::Lang;
    let dir = tempfile::tempdir().expect("temporary folder");
    common::write_library(dir.path(), common::LARGE);
    let loaded = load_dir(dir.path()).expect("load");
    let english = Arc::new(loaded.library.clone());
    let mut app = App::new(
        Arc::clone(&english),
        loaded.problems.clone(),
        Settings::default(),
        Instant::now(),
    );
    let (mut translating, mut swapping) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        let start = Instant::now();
        let french = crewpath::library::translate(&english, &loaded.translations, Lang::Fr);
        let french = Arc::new(french.into_owned());
        translating.push(start.elapsed());
        for (lib, lang) in [
            (Arc::clone(&french), Lang::Fr),
            (Arc::clone(&english), Lang::En),
        ] {
            let index = IndexSlot::pending();
            let start = Instant::now();
            app.replace_library(lib, index, loaded.problems.clone(), lang);
            swapping.push(start.elapsed());
        }
    }
    println!(
        "large-20k/language_switch: translating (now on its own thread) median {}, \
         the screen thread's share median {}",
        common::ms(common::median(translating)),
        common::ms(common::median(swapping))
    );
}

fn benches(c: &mut Criterion) {
    bundled(c);
    large();
    language_switch();
}

criterion_group!(startup, benches);
criterion_main!(startup);
