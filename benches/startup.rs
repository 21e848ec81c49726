//! Time to the explorer's first frame, as the explorer gets there: loading
//! the library, then drawing one 120×36 frame while the search index is
//! still being built on another thread (the explorer does not wait for
//! it). On the bundled roles and on 20,000 roles.
//!
//! Run with `cargo bench --bench startup`.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use crewpath::app::{App, IndexSlot, Settings};
use crewpath::library::{Loaded, load_dir, load_embedded};
use crewpath::search::SharedIndex;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Loads, starts the index on its own thread, and draws the first frame;
/// returns how long after the start that frame was drawn (the index thread
/// is then joined, outside what the explorer's user waits for).
fn first_frame(load: impl Fn() -> Loaded) -> Duration {
    let start = Instant::now();
    let loaded = load();
    let lib = Arc::new(loaded.library);
    let index = IndexSlot::pending();
    std::thread::scope(|scope| {
        let (for_index, slot) = (Arc::clone(&lib), index.clone());
        scope.spawn(move || slot.fill(SharedIndex::build(for_index)));
        let mut app = App::with_index(
            Arc::clone(&lib),
            index,
            loaded.problems,
            Settings::default(),
            Instant::now(),
        );
        let mut terminal = Terminal::new(TestBackend::new(120, 36)).expect("test terminal");
        terminal
            .draw(|frame| app.layout = crewpath::ui::draw(frame, &mut app, Instant::now()))
            .expect("draw");
        std::hint::black_box(&app.layout);
        start.elapsed()
    })
}

fn bundled(c: &mut Criterion) {
    let mut group = c.benchmark_group("bundled");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("first_frame", |b| b.iter(|| first_frame(load_embedded)));
    group.finish();
}

/// At 20,000 roles the user waits for loading and the first frame only;
/// measured by hand so the index thread's tail is left out.
fn large() {
    let dir = tempfile::tempdir().expect("temporary folder");
    common::write_library(dir.path(), common::LARGE);
    let mut times = Vec::new();
    for _ in 0..7 {
        let drawn = first_frame(|| load_dir(dir.path()).expect("load"));
        times.push(drawn);
    }
    times.sort();
    println!(
        "large-20k/first_frame: median {:.1} ms, best {:.1} ms (load and first frame, index still building)",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
}

fn benches(c: &mut Criterion) {
    bundled(c);
    large();
}

criterion_group!(startup, benches);
criterion_main!(startup);
