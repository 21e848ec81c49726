//! Loading a library from disk and building its search index, with criterion,
//! at O*NET scale (1,000 roles × 60 aliases) and at 20,000 roles.
//!
//! Run with `cargo bench --bench search`; per-keystroke search times are in
//! the `keystrokes` benchmark.

mod common;

use std::time::Duration;

use crewpath::library::load_dir;
use crewpath::search::SearchIndex;
use criterion::{Criterion, criterion_group, criterion_main};

fn load_and_index(c: &mut Criterion) {
    for scale in [common::ONET, common::LARGE] {
        let dir = tempfile::tempdir().expect("temporary folder");
        common::write_library(dir.path(), scale);
        let mut group = c.benchmark_group(scale.name);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            // Ten loads of 20,000 files take about half a minute.
            .measurement_time(Duration::from_secs(if scale.roles > 5_000 {
                30
            } else {
                5
            }));
        group.bench_function("load_dir", |b| {
            b.iter(|| load_dir(dir.path()).expect("load the synthetic library"));
        });
        let loaded = load_dir(dir.path()).expect("load the synthetic library");
        group.bench_function("index_build", |b| {
            b.iter(|| SearchIndex::build(&loaded.library));
        });
        group.finish();
    }
}

criterion_group!(benches, load_and_index);
criterion_main!(benches);
