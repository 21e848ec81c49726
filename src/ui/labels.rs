//! Short labels for rows that sit side by side (a department's roles) when
//! their titles do not fit: each keeps the words that tell it from its
//! siblings and drops first what they share (the department's own words,
//! "Assistant", "Editor"), marking every cut with '…', so two different
//! titles never read the same ("Assistant… Dialogue…" beside
//! "Assistant… Effects…", not "Assistant… Editor" twice).

use std::collections::HashMap;

use super::cells::{display_width, fit};
use crate::clean::clean_line;

/// Words that only join others, in English and French: kept only between
/// two kept words, never alone beside a cut ("…ou…").
const JOINING: &[&str] = &[
    "a", "à", "an", "and", "au", "aux", "d'", "de", "des", "du", "en", "et", "for", "in", "l'",
    "la", "le", "les", "of", "on", "or", "ou", "the", "to",
];

/// How many of the rows have each word, to keep the rarest.
pub struct Siblings {
    counts: HashMap<String, usize>,
    /// The mark of a cut: '…', or "..." in the ASCII set.
    ellipsis: &'static str,
}

impl Siblings {
    /// `titles` are the rows read side by side; `ellipsis` marks a cut.
    pub fn new<'a>(titles: impl IntoIterator<Item = &'a str>, ellipsis: &'static str) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for title in titles {
            let mut words: Vec<String> = words_of(&clean_line(title))
                .iter()
                .map(|w| w.to_lowercase())
                .collect();
            words.sort_unstable();
            words.dedup();
            for word in words {
                *counts.entry(word).or_default() += 1;
            }
        }
        Siblings { counts, ellipsis }
    }

    /// `title` in at most `width` columns: whole where it fits, else its
    /// rarest words among the rows, in their order, with '…' where words
    /// were left out. Of words as rare, those of `context` (what the row is
    /// shown under: its department's name) go first.
    pub fn label(&self, title: &str, context: &str, width: usize) -> String {
        let title = clean_line(title);
        if display_width(&title) <= width {
            return title.into_owned();
        }
        let words = words_of(&title);
        let context: Vec<String> = words_of(context).iter().map(|w| w.to_lowercase()).collect();
        let joining = |w: &str| JOINING.contains(&w);
        // Rarest first; among equals, the department's words last, and the
        // first and the last word (the head of a title in French and in
        // English) before the others, then from the left.
        let mut order: Vec<usize> = (0..words.len()).filter(|&i| !joining(words[i])).collect();
        order.sort_by_key(|&i| {
            let lower = words[i].to_lowercase();
            let in_context = context.contains(&lower);
            let count = self.counts.get(&lower).copied().unwrap_or(0);
            let end = i == 0 || i + 1 == words.len();
            (count, in_context, !end, i)
        });
        let mut kept = vec![false; words.len()];
        let rarest = order.first().copied();
        for i in order {
            kept[i] = true;
            if display_width(&self.render(&words, &kept)) > width {
                kept[i] = false;
                // Without its rarest word a label may read as another's.
                if Some(i) == rarest {
                    break;
                }
            }
        }
        // A joining word goes back where both its neighbours stay.
        for i in 1..words.len().saturating_sub(1) {
            if joining(words[i]) && kept[i - 1] && kept[i + 1] {
                kept[i] = true;
                if display_width(&self.render(&words, &kept)) > width {
                    kept[i] = false;
                }
            }
        }
        if !kept.contains(&true) {
            // Not even one word fits: the rarest, cut.
            let mark = display_width(self.ellipsis);
            return match rarest {
                Some(i) if i > 0 && width > mark + 1 => format!(
                    "{}{}",
                    self.ellipsis,
                    fit(words[i], width - mark, self.ellipsis)
                ),
                Some(i) => fit(words[i], width, self.ellipsis),
                None => fit(&title, width, self.ellipsis),
            };
        }
        self.render(&words, &kept)
    }

    /// The kept words in order, the ellipsis where any were left out:
    /// "Assistant… Effects…", "…Dialogue Editor".
    fn render(&self, words: &[&str], kept: &[bool]) -> String {
        let mut out = String::new();
        let mut gap = false;
        for (word, &keep) in words.iter().zip(kept) {
            if !keep {
                gap = true;
                continue;
            }
            match (out.is_empty(), gap) {
                (true, false) => {}
                (true, true) => out.push_str(self.ellipsis),
                (false, false) => out.push(' '),
                (false, true) => {
                    out.push_str(self.ellipsis);
                    out.push(' ');
                }
            }
            out.push_str(word);
            gap = false;
        }
        if gap {
            out.push_str(self.ellipsis);
        }
        out
    }
}

fn words_of(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// One row to label: its title, what it is shown under, and its columns.
pub type Labelled<'a> = (&'a str, &'a str, usize);

/// Labels for `titles` read side by side, each in at most its columns, two
/// different titles never alike: where the labels of a few still read the
/// same, they are made again from those few alone, whose rare words then
/// tell them apart.
pub fn distinct_labels(titles: &[Labelled], ellipsis: &'static str) -> Vec<String> {
    let siblings = Siblings::new(titles.iter().map(|(t, _, _)| *t), ellipsis);
    let mut labels: Vec<String> = titles
        .iter()
        .map(|(t, context, width)| siblings.label(t, context, *width))
        .collect();
    for _ in 0..2 {
        let mut same: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, label) in labels.iter().enumerate() {
            same.entry(label.as_str()).or_default().push(i);
        }
        let clashes: Vec<Vec<usize>> = same
            .into_values()
            .filter(|group| group.iter().any(|&i| titles[i] != titles[group[0]]))
            .collect();
        if clashes.is_empty() {
            break;
        }
        for group in clashes {
            let few = Siblings::new(group.iter().map(|&i| titles[i].0), ellipsis);
            for i in group {
                let (title, _, width) = titles[i];
                labels[i] = few.label(title, "", width);
            }
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOUND_EDITING: [(&str, &str); 7] = [
        ("Assistant Dialogue Editor", "Sound editing"),
        ("Assistant Sound Effects Editor", "Sound editing"),
        ("Dialogue Editor", "Sound editing"),
        ("First Assistant Sound Editor", "Sound editing"),
        ("Sound Editor", "Sound editing"),
        ("Trainee Assistant Sound Editor", "Sound editing"),
        ("First Assistant Picture Editor", "Picture editing"),
    ];

    fn at(width: usize) -> Vec<Labelled<'static>> {
        SOUND_EDITING
            .iter()
            .map(|&(title, department)| (title, department, width))
            .collect()
    }

    #[test]
    fn titles_that_fit_are_whole() {
        let labels = distinct_labels(&at(40), "…");
        assert_eq!(labels, SOUND_EDITING.map(|(t, _)| t.to_string()));
    }

    #[test]
    fn cut_titles_keep_the_words_that_tell_them_apart() {
        let labels = distinct_labels(&at(22), "…");
        assert_eq!(labels[0], "Assistant Dialogue…");
        assert_eq!(labels[1], "…Sound Effects Editor");
        assert_eq!(labels[3], "First Assistant Sound…");
        assert_eq!(labels[6], "First… Picture Editor");
        for width in 6..40 {
            let labels = distinct_labels(&at(width), "…");
            for (i, a) in labels.iter().enumerate() {
                assert!(display_width(a) <= width, "{a} at {width}");
                for b in &labels[i + 1..] {
                    assert_ne!(a, b, "at {width}: {labels:?}");
                }
            }
        }
    }

    #[test]
    fn french_titles_drop_joining_words_beside_a_cut() {
        let titles = [
            "Monteur ou monteuse sonore",
            "Monteur ou monteuse d'effets sonores",
            "Monteur ou monteuse de dialogues",
        ]
        .map(|t| (t, "Montage sonore", 22));
        let labels = distinct_labels(&titles, "…");
        assert_eq!(labels[0], "Monteur… sonore");
        assert_eq!(labels[1], "…d'effets sonores");
        assert!(
            !labels
                .iter()
                .any(|l| l.contains("ou…") || l.contains("…ou"))
        );
    }

    #[test]
    fn gaps_are_marked_where_words_were_left_out() {
        let words = ["a", "b", "c", "d"];
        let unicode = Siblings::new([], "…");
        assert_eq!(unicode.render(&words, &[false, true, false, true]), "…b… d");
        assert_eq!(unicode.render(&words, &[true, true, false, false]), "a b…");
        let ascii = Siblings::new([], "...");
        assert_eq!(
            ascii.render(&words, &[false, true, false, true]),
            "...b... d"
        );
        assert_eq!(ascii.render(&words, &[true, true, false, false]), "a b...");
    }

    #[test]
    fn ascii_labels_stay_apart_and_within_their_columns() {
        let labels = distinct_labels(&at(22), "...");
        assert_eq!(labels[0], "Assistant Dialogue...");
        for width in 8..40 {
            let labels = distinct_labels(&at(width), "...");
            for (i, a) in labels.iter().enumerate() {
                assert!(a.is_ascii(), "{a}");
                assert!(display_width(a) <= width, "{a} at {width}");
                for b in &labels[i + 1..] {
                    assert_ne!(a, b, "at {width}: {labels:?}");
                }
            }
        }
    }
}
