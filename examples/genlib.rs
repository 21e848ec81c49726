#[path = "../benches/common/mod.rs"]
#[allow(dead_code)]
mod common;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("dir"));
    common::write_library(&dir, common::LARGE);
}
