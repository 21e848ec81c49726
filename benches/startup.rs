//! Time to the explorer's first frame on the bundled roles: loading them from
//! the binary, building the search index, and drawing one 120×36 frame.
//!
//! Run with `cargo bench --bench startup`.

use std::time::{Duration, Instant};

use crewpath::app::{App, Settings};
use crewpath::library::load_embedded;
use crewpath::search::SearchIndex;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("bundled");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("first_frame", |b| {
        b.iter(|| {
            let loaded = load_embedded();
            let index = SearchIndex::build(&loaded.library);
            let mut app = App::new(
                &loaded.library,
                &index,
                &loaded.problems,
                Settings::default(),
                Instant::now(),
            );
            let mut terminal = Terminal::new(TestBackend::new(120, 36)).expect("test terminal");
            terminal
                .draw(|frame| app.layout = crewpath::ui::draw(frame, &mut app, Instant::now()))
                .expect("draw");
        });
    });
    group.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
