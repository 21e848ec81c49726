//! The kiosk welcome's buttons, in reading order: a few example searches a
//! visitor can touch (chosen by staff, or real titles of the library),
//! browsing, "What fits me" and the languages. Touched, or chosen with the
//! arrows or Tab and Enter.

use super::Action;
use crate::i18n::Lang;
use crate::library::{DeptIx, Library, RoleIx};

/// How many examples the welcome offers when staff chose none.
pub const EXAMPLES: usize = 3;

/// One example: the words shown, and the role they name when they name
/// exactly one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    pub text: String,
    pub role: Option<RoleIx>,
}

impl Example {
    /// What touching it does: open the one role it names, else search.
    pub fn action(&self) -> Action {
        match self.role {
            Some(role) => Action::OpenRole(role),
            None => Action::SearchWith(self.text.clone()),
        }
    }
}

/// The examples: those staff listed in the library's `_index.toml`
/// (`examples = [...]`, a role's id or words to search for), else the
/// shortest title among the described roles of each of the first
/// top-level departments, in the language the library is shown in.
pub fn examples(lib: &Library) -> Vec<Example> {
    if !lib.examples.is_empty() {
        return lib
            .examples
            .iter()
            .map(|wanted| match lib.role_by_id(wanted) {
                Some(r) => Example {
                    text: crate::clean::clean_line(lib.roles[r].title()).into_owned(),
                    role: Some(r),
                },
                None => {
                    let text = crate::clean::clean_line(wanted).into_owned();
                    let role = only_role_titled(lib, &text);
                    Example { text, role }
                }
            })
            .collect();
    }
    lib.top
        .iter()
        .filter_map(|&d| shortest_title(lib, d))
        .take(EXAMPLES)
        .map(|r| Example {
            text: crate::clean::clean_line(lib.roles[r].title()).into_owned(),
            role: only_role_titled(lib, lib.roles[r].title()),
        })
        .collect()
}

/// The one role whose title or other name is `text` (case aside), if
/// exactly one is.
fn only_role_titled(lib: &Library, text: &str) -> Option<RoleIx> {
    let wanted = text.trim().to_lowercase();
    let mut named = (0..lib.roles.len()).filter(|&r| {
        let role = &lib.roles[r];
        std::iter::once(role.title())
            .chain(role.aliases().iter())
            .any(|name| name.trim().to_lowercase() == wanted)
    });
    let first = named.next()?;
    named.next().is_none().then_some(first)
}

/// A button of the welcome, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Button {
    Example(Example),
    Browse,
    Fits,
    Language(Lang),
}

impl Button {
    pub fn action(&self) -> Action {
        match self {
            Button::Example(e) => e.action(),
            Button::Browse => Action::Browse,
            Button::Fits => Action::OpenFits,
            Button::Language(lang) => Action::Language(*lang),
        }
    }
}

/// Every button of the welcome, in the order the screen reads: the
/// examples, browsing and "What fits me", then the languages.
pub fn buttons(lib: &Library) -> Vec<Button> {
    examples(lib)
        .into_iter()
        .map(Button::Example)
        .chain([Button::Browse, Button::Fits])
        .chain(Lang::ALL.into_iter().map(Button::Language))
        .collect()
}

/// The role of `dept` (or below it) with the shortest title among those
/// with a description: a visitor who touches it finds something to read.
fn shortest_title(lib: &Library, dept: DeptIx) -> Option<RoleIx> {
    let mut stack = vec![dept];
    let mut best: Option<RoleIx> = None;
    let key = |r: RoleIx| {
        let title = lib.roles[r].title();
        (title.chars().count(), title)
    };
    while let Some(d) = stack.pop() {
        let department = &lib.departments[d];
        stack.extend(&department.children);
        for &r in &department.roles {
            if lib.roles[r].description().is_none() {
                continue;
            }
            if best.is_none_or(|b| key(r) < key(b)) {
                best = Some(r);
            }
        }
    }
    best
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
    fn staff_choose_the_examples_by_role_id_or_words() {
        let dir = tempfile::tempdir().expect("temp dir");
        let write = |rel: &str, text: &str| {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
            std::fs::write(path, text).expect("write");
        };
        write(
            "_index.toml",
            "examples = [\"boom-operator\", \"mixing\", \"Dialogue Editor\"]\n",
        );
        write("sound/boom-operator.toml", "title = \"Boom Operator\"\n");
        write("sound/mixer.toml", "title = \"Mixer\"\n");
        write("sound/dialogue.toml", "title = \"Dialogue Editor\"\n");
        let loaded = crate::library::load_dir(dir.path()).expect("loads");
        let lib = &loaded.library;
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let shown = examples(lib);
        let texts: Vec<&str> = shown.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["Boom Operator", "mixing", "Dialogue Editor"]);
        let opens = |i: usize| match shown[i].action() {
            Action::OpenRole(r) => Some(lib.roles[r].title().to_string()),
            _ => None,
        };
        assert_eq!(opens(0).as_deref(), Some("Boom Operator"));
        assert_eq!(opens(1), None, "words that name no one role search");
        assert_eq!(
            opens(2).as_deref(),
            Some("Dialogue Editor"),
            "words that are one role's title open it"
        );
        // Without `examples`, only described roles are offered.
        write("_index.toml", "title = \"T\"\n");
        write(
            "sound/mixer.toml",
            "title = \"Mixer\"\ndescription = \"Mixes.\"\n",
        );
        let loaded = crate::library::load_dir(dir.path()).expect("loads");
        let texts: Vec<String> = examples(&loaded.library)
            .into_iter()
            .map(|e| e.text)
            .collect();
        assert_eq!(texts, ["Mixer"]);
    }

    #[test]
    fn the_bundled_library_offers_three_short_titles() {
        let loaded = crate::library::load_embedded();
        let lib = &loaded.library;
        let shown = examples(lib);
        assert_eq!(shown.len(), EXAMPLES);
        for example in &shown {
            let role = example.role.expect("each names one role");
            assert_eq!(lib.roles[role].title(), example.text);
            assert!(
                lib.roles[role].description().is_some(),
                "{} has no description",
                example.text
            );
        }
    }
}
