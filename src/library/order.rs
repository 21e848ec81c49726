//! The order a library is shown in: departments by their `order`, then
//! name, and roles by title. Used when the library is built and again when
//! a translation renames its departments and roles.

use rayon::prelude::*;

use super::model::{Library, Role, RoleIx};

/// Sorts siblings by `order`, then name; roles by title.
pub(crate) fn sort_tree(lib: &mut Library) {
    // Each name and title lower-cased once, not at every comparison.
    let dept_keys: Vec<(bool, i64, String)> = lib
        .departments
        .iter()
        .map(|dept| {
            (
                dept.is_other,
                dept.order.unwrap_or(i64::MAX),
                dept.name.to_lowercase(),
            )
        })
        .collect();
    lib.top.sort_by(|&a, &b| dept_keys[a].cmp(&dept_keys[b]));
    let roles = &lib.roles;
    lib.departments.par_iter_mut().for_each(|dept| {
        dept.children
            .sort_by(|&a, &b| dept_keys[a].cmp(&dept_keys[b]));
        sort_by_title(&mut dept.roles, roles);
    });
}

/// An ASCII text's bytes, lower-cased.
fn folded_ascii(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes().map(|c| c.to_ascii_lowercase())
}

/// Sorts roles by title, ignoring case, then by id. Titles in plain ASCII,
/// as nearly all are, are compared letter by letter as they stand; any other
/// title is lower-cased once, into a key, as Unicode says.
pub(crate) fn sort_by_title(list: &mut [RoleIx], roles: &[Role]) {
    // Each title and id is looked up once, not at every comparison.
    let mut keyed: Vec<(&str, &str, RoleIx)> = list
        .iter()
        .map(|&r| (roles[r].title(), roles[r].id(), r))
        .collect();
    if keyed.iter().all(|(title, _, _)| title.is_ascii()) {
        keyed.sort_by(|a, b| {
            folded_ascii(a.0)
                .cmp(folded_ascii(b.0))
                .then_with(|| a.1.cmp(b.1))
        });
    } else {
        keyed.sort_by_cached_key(|&(title, id, _)| (title.to_lowercase(), id));
    }
    for (slot, (_, _, r)) in list.iter_mut().zip(keyed) {
        *slot = r;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::RoleText;

    fn roles(titles: &[(&str, &str)]) -> Vec<Role> {
        titles
            .iter()
            .map(|&(id, title)| {
                Role::new(&RoleText::<&str> {
                    id,
                    title,
                    ..RoleText::default()
                })
            })
            .collect()
    }

    fn sorted_ids(roles: &[Role]) -> Vec<&str> {
        let mut list: Vec<RoleIx> = (0..roles.len()).collect();
        sort_by_title(&mut list, roles);
        list.iter().map(|&r| roles[r].id()).collect()
    }

    #[test]
    fn roles_sort_by_title_ignoring_case_then_by_id() {
        let ascii = roles(&[
            ("mixer-b", "mixer"),
            ("sound", "Sound Editor"),
            ("adr", "ADR Mixer"),
            ("mixer-a", "Mixer"),
            ("assistant", "assistant editor"),
        ]);
        assert_eq!(
            sorted_ids(&ascii),
            ["adr", "assistant", "mixer-a", "mixer-b", "sound"]
        );
        // With one accented title, Unicode lower case decides: 'É' sorts
        // as 'é', after every unaccented letter.
        let accented = roles(&[
            ("zed", "Zed"),
            ("editeur", "Éditeur"),
            ("editor", "editor"),
            ("Editor", "EDITOR"),
        ]);
        assert_eq!(
            sorted_ids(&accented),
            ["Editor", "editor", "zed", "editeur"]
        );
    }
}
