//! Smaller things a visitor or staff member meets in a session, each run
//! as they meet it.

use crate::common::{TempLibrary, Term};

#[test]
fn a_centres_own_library_without_a_title_is_not_welcomed_as_film_and_tv() {
    let lib = TempLibrary::new();
    lib.write("trades/welder.toml", "title = \"Welder\"\n");
    let t = Term::start(&["--kiosk", "--roles", lib.path_str()], 100, 30);
    let screen = t.wait_for("Explore careers");
    assert!(!screen.contains("film"), "{screen}");
    assert!(!screen.contains("post-production"), "{screen}");
}
