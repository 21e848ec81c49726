//! "Did you mean" suggestions for misspelt keys and role ids.

/// The closest candidate within a small edit distance, if any.
pub(crate) fn did_you_mean<'c>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let wrong = wrong.to_lowercase();
    let len = wrong.chars().count();
    let limit = (len / 3).clamp(1, 3);
    // The distance is at least the difference in length, and computing it
    // costs the product of the lengths: skipping hopeless candidates first
    // keeps a pasted megabyte-long key from taking seconds.
    candidates
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(len) <= limit)
        .map(|c| (strsim::osa_distance(&wrong, &c.to_lowercase()), c))
        .filter(|&(d, _)| d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_the_nearest_close_name() {
        let keys = ["skills", "summary", "title"];
        assert_eq!(did_you_mean("skils", keys), Some("skills"));
        assert_eq!(did_you_mean("Titel", keys), Some("title"));
        assert_eq!(did_you_mean("wages", keys), None);
    }
}
