//! The kiosk welcome's example searches: a few real titles of the library a
//! visitor can touch, or choose with the arrows or Tab and Enter.

use crate::library::{DeptIx, Library};

/// How many examples the welcome offers.
pub const EXAMPLES: usize = 3;

/// The shortest title of each of the first top-level departments that has
/// roles, in the language the library is shown in: searches that find
/// something whatever the library, and short enough to touch.
pub fn examples(lib: &Library) -> Vec<String> {
    lib.top
        .iter()
        .filter_map(|&d| shortest_title(lib, d))
        .take(EXAMPLES)
        .collect()
}

fn shortest_title(lib: &Library, dept: DeptIx) -> Option<String> {
    let mut stack = vec![dept];
    let mut best: Option<&str> = None;
    while let Some(d) = stack.pop() {
        let department = &lib.departments[d];
        stack.extend(&department.children);
        for &r in &department.roles {
            let title = lib.roles[r].title();
            if best.is_none_or(|b| (title.chars().count(), title) < (b.chars().count(), b)) {
                best = Some(title);
            }
        }
    }
    best.map(|t| crate::clean::clean_line(t).into_owned())
}

/// The choice after moving `by` from `choice` among `count` examples:
/// nothing chosen, then each in turn, round again.
pub fn step(choice: Option<usize>, by: isize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    let places = count as isize + 1;
    let at = choice.map_or(0, |c| c as isize + 1);
    let next = (at + by).rem_euclid(places);
    (next > 0).then(|| next as usize - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_goes_round_the_examples_and_back_to_none() {
        assert_eq!(step(None, 1, 3), Some(0));
        assert_eq!(step(Some(2), 1, 3), None);
        assert_eq!(step(None, -1, 3), Some(2));
        assert_eq!(step(Some(0), -1, 3), None);
        assert_eq!(step(None, 1, 0), None);
    }

    #[test]
    fn the_bundled_library_offers_three_short_titles() {
        let loaded = crate::library::load_embedded();
        let shown = examples(&loaded.library);
        assert_eq!(shown.len(), EXAMPLES);
        for title in &shown {
            assert!(loaded.library.roles.iter().any(|r| r.title() == title));
        }
    }
}
