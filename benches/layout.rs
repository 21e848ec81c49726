//! What the memory layout of a large library costs, at 20,000 roles: the
//! roles' texts packed as a role holds them (one buffer and one index a
//! role) beside the same texts held one string each (`Role::text()`, the
//! layout before packing), and the search index once built. Measured as
//! the bytes glibc's malloc holds (`mallinfo2`, chunk overhead included),
//! with one pool so that every thread's allocations are counted.
//!
//! Run with `cargo bench --bench layout` (Linux with glibc).

mod common;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn main() {
    use crewpath::library::{Role, RoleKey, RoleText, TextValue, load_dir};
    use crewpath::search::SearchIndex;

    /// Bytes malloc holds now: small chunks, and the large ones it maps
    /// on their own.
    fn held() -> usize {
        // SAFETY: mallinfo2 only reads the allocator's counters.
        let info = unsafe { libc::mallinfo2() };
        info.uordblks + info.hblkhd
    }
    fn mb(bytes: usize) -> String {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }

    // SAFETY: mallopt only sets a limit for pools created later; no other
    // thread has started. One pool: mallinfo2 counts the main pool only.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    common::write_library(dir.path(), common::LARGE);
    let loaded = load_dir(dir.path()).expect("load the synthetic library");
    let lib = &loaded.library;
    let roles = lib.roles.len();

    let before = held();
    let index = SearchIndex::build(lib);
    let index_bytes = held() - before;
    drop(index);

    let (mut texts, mut lists) = (0, 0);
    for role in &lib.roles {
        for key in RoleKey::ALL {
            match role.text_under(*key) {
                Some(TextValue::One(Some(_))) => texts += 1,
                Some(TextValue::List(list)) if !list.is_empty() => {
                    texts += list.len();
                    lists += 1;
                }
                _ => {}
            }
        }
    }
    let before = held();
    let one_each: Vec<RoleText> = lib.roles.iter().map(Role::text).collect();
    let one_each_bytes = held() - before;
    let before = held();
    let packed: Vec<Role> = one_each.iter().map(Role::new).collect();
    // A role made from its texts alone holds nothing but them, and its
    // record; of the record, the packed texts take two boxed slices.
    let packed_bytes = held() - before - roles * std::mem::size_of::<Role>()
        + roles * 2 * std::mem::size_of::<Box<[u8]>>();
    std::hint::black_box((&one_each, &packed));

    println!(
        "{}: {roles} roles, {texts} texts of the file's keys in {lists} lists, \
         with each role's id and file",
        common::LARGE.name
    );
    println!(
        "  texts one string each: {} ({} bytes of record a role)",
        mb(one_each_bytes),
        std::mem::size_of::<RoleText>()
    );
    println!("  texts packed: {}", mb(packed_bytes));
    println!("  search index, built: {}", mb(index_bytes));
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn main() {
    println!("the layout benchmark reads glibc's counters: Linux with glibc only");
}
