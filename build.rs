// The roles folder is built into the binary; rebuild when any role file changes.
fn main() {
    println!("cargo:rerun-if-changed=roles");
}
