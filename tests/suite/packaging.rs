//! What a packager relies on: the declared Rust version, the licences, and
//! the files made for installing crewpath.

use std::process::Command;

/// A version such as "1.88" or "1.88.0" as numbers to compare.
fn version(text: &str) -> Vec<u32> {
    let mut parts: Vec<u32> = text
        .split('.')
        .map(|p| {
            p.parse()
                .unwrap_or_else(|_| panic!("'{text}' is not a version"))
        })
        .collect();
    parts.resize(3, 0);
    parts
}

/// The oldest Rust that builds crewpath is the newest one any locked
/// dependency asks for, and at least 1.88, which the code's `if let` chains
/// need. A dependency raising its own, or the lock file moving to one that
/// has, must raise crewpath's too, or `rust-version` would promise a build
/// that fails.
#[test]
fn the_declared_rust_version_is_the_newest_any_dependency_needs() {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    let mut ours = None;
    let mut needed = (version("1.88"), "if let chains".to_string());
    for package in packages {
        let Some(rust) = package["rust_version"].as_str() else {
            continue;
        };
        let name = package["name"].as_str().unwrap_or_default();
        if name == "crewpath" {
            ours = Some(version(rust));
        } else if version(rust) > needed.0 {
            needed = (version(rust), format!("{name} {}", package["version"]));
        }
    }
    let ours = ours.expect("crewpath declares rust-version");
    assert!(
        ours >= needed.0,
        "rust-version is {ours:?} but {} needs {:?}",
        needed.1,
        needed.0
    );
    assert_eq!(
        ours, needed.0,
        "rust-version asks for a newer Rust than anything needs: lower it to what {} needs",
        needed.1
    );
}
