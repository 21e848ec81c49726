//! A library's problems as staff read them: each file's own, with what
//! follows from them (links and translations that wait for the file to
//! load) folded underneath, so that one mistake reads as one.

use super::problem::{Kind, Problem};

/// Places listed for what follows from one file's problems.
const PLACES_SHOWN: usize = 5;

/// One problem of a file's own, or a role whose file's own problems are
/// not among these, with what follows from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The problem, by its place among those folded; `None` when only what
    /// follows is known.
    pub problem: Option<usize>,
    /// After a file's last problem: a line for the links to its role, a
    /// line for the translations waiting for it, worded now.
    pub follows: Vec<String>,
}

/// The problems, each file's own in order with what follows from them
/// after its last; then what follows from files that have no problem of
/// their own here. With `causes_first`, the files others' problems follow
/// from come first: fixing them fixes most.
pub fn folded(problems: &[Problem], causes_first: bool) -> Vec<Entry> {
    // What follows, by the role it follows from, in the order found.
    let mut knock_on: foldhash::HashMap<&str, Vec<&Problem>> = Default::default();
    for p in problems {
        if let Some(id) = p.knock_on.as_deref() {
            knock_on.entry(id).or_default().push(p);
        }
    }
    let mut own: Vec<usize> = (0..problems.len())
        .filter(|&i| problems[i].knock_on.is_none())
        .collect();
    if causes_first {
        // Stable: a file's problems stay together and in order.
        own.sort_by_key(|&i| !knock_on.contains_key(file_id(&problems[i].path)));
    }
    let mut out = Vec::with_capacity(own.len());
    for (n, &i) in own.iter().enumerate() {
        let p = &problems[i];
        let last_of_file = own
            .get(n + 1)
            .is_none_or(|&next| problems[next].path != p.path);
        let follows = match knock_on.remove(file_id(&p.path)) {
            Some(links) if last_of_file => follows(file_id(&p.path), &links),
            Some(links) => {
                knock_on.insert(file_id(&p.path), links);
                Vec::new()
            }
            None => Vec::new(),
        };
        out.push(Entry {
            problem: Some(i),
            follows,
        });
    }
    // What follows from files with no problem of their own here.
    let mut rest: Vec<(&str, Vec<&Problem>)> = knock_on.into_iter().collect();
    rest.sort_unstable_by_key(|&(id, _)| id);
    for (id, links) in rest {
        out.push(Entry {
            problem: None,
            follows: follows(id, &links),
        });
    }
    out
}

/// The file a problem is in, as a role id: its name without `.toml`.
fn file_id(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// The lines for what could not be followed because role `id`'s file has
/// problems: the links to it, then the translation entries naming it.
fn follows(id: &str, knock_on: &[&Problem]) -> Vec<String> {
    let (translated, links): (Vec<&Problem>, Vec<&Problem>) = knock_on
        .iter()
        .copied()
        .partition(|p| p.kind == Kind::Translation);
    let mut out = Vec::new();
    for (translations, problems) in [(false, links), (true, translated)] {
        let places: Vec<String> = problems
            .iter()
            .map(|p| match (p.line, p.column) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", p.path),
                _ => p.path.clone(),
            })
            .collect();
        if places.is_empty() {
            continue;
        }
        let mut shown = places[..places.len().min(PLACES_SHOWN)].join(", ");
        if places.len() > PLACES_SHOWN {
            shown = crate::t!(
                "check-and-more",
                places = shown,
                count = places.len() - PLACES_SHOWN
            );
        }
        let (count, places) = (places.len(), shown);
        let line = if translations {
            crate::t!(
                "check-knock-on-translations",
                count = count,
                id = id,
                places = places
            )
        } else {
            crate::t!("check-knock-on", count = count, id = id, places = places)
        };
        out.push(crate::clean::clean_line(&line).into_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_comes_first_with_what_follows_from_it_underneath() {
        let mut link = Problem::new("r/a.toml", "link").kind(Kind::KnockOn);
        link.knock_on = Some("z".to_string());
        let problems = [
            Problem::new("r/a.toml", "own"),
            link,
            Problem::new("r/z.toml", "syntax"),
        ];
        let entries = folded(&problems, true);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].problem, Some(2));
        assert_eq!(entries[0].follows.len(), 1);
        assert_eq!(entries[1].problem, Some(0));
        assert!(entries[1].follows.is_empty());
        // In file order otherwise, still folded.
        let entries = folded(&problems, false);
        assert_eq!(entries[0].problem, Some(0));
        assert_eq!(entries[1].problem, Some(2));
        assert_eq!(entries[1].follows.len(), 1);
    }
}
