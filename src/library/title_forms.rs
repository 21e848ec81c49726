//! The forms a title is known by. French titles name both genders in one
//! ("Monteur ou monteuse sonore", "Premier assistant ou première assistante
//! au montage", "Techniciens/techniciennes en enregistrement"), and people
//! type one of them: "monteuse sonore".

/// Every form of `title`, the title itself first, each once.
pub(crate) fn title_forms(title: &str) -> Vec<String> {
    let mut forms = vec![title.trim().to_string()];
    let alternatives: Vec<&str> = title.split(" / ").map(str::trim).collect();
    for part in &alternatives {
        if alternatives.len() > 1 {
            forms.push(part.to_string());
        }
        forms.extend(paired(part));
    }
    forms.retain(|f| !f.is_empty());
    let mut seen = std::collections::HashSet::new();
    forms.retain(|f| seen.insert(f.to_lowercase()));
    forms
}

/// The two forms of a title that pairs them: "X ou Y rest", where Y has as
/// many words as X ("Assistant ingénieur ou assistante ingénieure du son"),
/// or "X/Y rest" in its first word.
fn paired(part: &str) -> Vec<String> {
    let words: Vec<&str> = part.split_whitespace().collect();
    if let Some(or) = words.iter().position(|w| *w == "ou")
        && or > 0
    {
        let first = &words[..or];
        let after = &words[or + 1..];
        if after.len() >= first.len() {
            let (second, rest) = after.split_at(first.len());
            return vec![
                first
                    .iter()
                    .chain(rest)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" "),
                second
                    .iter()
                    .chain(rest)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" "),
            ];
        }
        return Vec::new();
    }
    if let Some((head, rest)) = words.split_first()
        && let Some((x, y)) = head.split_once('/')
        && !x.is_empty()
        && !y.is_empty()
    {
        return [x, y]
            .iter()
            .map(|w| {
                std::iter::once(*w)
                    .chain(rest.iter().copied())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::title_forms;

    fn forms(title: &str) -> Vec<String> {
        title_forms(title)
    }

    #[test]
    fn a_paired_title_gives_each_form_with_what_follows() {
        assert_eq!(
            forms("Monteur ou monteuse sonore"),
            [
                "Monteur ou monteuse sonore",
                "Monteur sonore",
                "monteuse sonore"
            ]
        );
        assert_eq!(
            forms("Bruiteur ou bruiteuse"),
            ["Bruiteur ou bruiteuse", "Bruiteur", "bruiteuse"]
        );
        assert_eq!(
            forms("Assistant ou assistante au montage stagiaire"),
            [
                "Assistant ou assistante au montage stagiaire",
                "Assistant au montage stagiaire",
                "assistante au montage stagiaire"
            ]
        );
    }

    #[test]
    fn each_side_has_as_many_words_as_the_first() {
        assert_eq!(
            forms("Premier assistant ou première assistante au montage"),
            [
                "Premier assistant ou première assistante au montage",
                "Premier assistant au montage",
                "première assistante au montage"
            ]
        );
        assert_eq!(
            forms("Assistant ingénieur ou assistante ingénieure du son"),
            [
                "Assistant ingénieur ou assistante ingénieure du son",
                "Assistant ingénieur du son",
                "assistante ingénieure du son"
            ]
        );
    }

    #[test]
    fn titles_joined_by_a_slash_give_the_forms_of_each() {
        assert_eq!(
            forms("Superviseur ou superviseure sonore / Concepteur ou conceptrice sonore"),
            [
                "Superviseur ou superviseure sonore / Concepteur ou conceptrice sonore",
                "Superviseur ou superviseure sonore",
                "Superviseur sonore",
                "superviseure sonore",
                "Concepteur ou conceptrice sonore",
                "Concepteur sonore",
                "conceptrice sonore"
            ]
        );
        assert_eq!(
            forms("Techniciens/techniciennes en enregistrement"),
            [
                "Techniciens/techniciennes en enregistrement",
                "Techniciens en enregistrement",
                "techniciennes en enregistrement"
            ]
        );
    }

    #[test]
    fn other_titles_are_only_themselves() {
        assert_eq!(forms("Copiste"), ["Copiste"]);
        assert_eq!(forms("Sound Editor"), ["Sound Editor"]);
        // "ou" that pairs nothing: at the start, or with too few words after.
        assert_eq!(forms("ou quoi"), ["ou quoi"]);
        assert_eq!(forms("Grand chef ou x"), ["Grand chef ou x"]);
        assert_eq!(forms("  "), Vec::<String>::new());
        assert_eq!(forms("/ x"), ["/ x"]);
    }
}
