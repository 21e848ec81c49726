// The roles and the messages are built into the binary; rebuild when any of
// their files changes.
fn main() {
    println!("cargo:rerun-if-changed=roles");
    println!("cargo:rerun-if-changed=locales");
}
