//! The parts of a role a search looks at, and how much a match in each is
//! worth relative to the others.

use serde::Serialize;

/// The part of a role a search matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Alias,
    /// The English title or an English alias of a role shown in another
    /// language.
    EnglishName,
    /// Words the role should also be found by (misspellings, slang, old
    /// titles); not shown with the role, only as the reason a search found it.
    SearchTerm,
    Department,
    Skill,
    Summary,
    Description,
    Duty,
    Union,
}

impl Field {
    /// What to call the field next to the matched text, in the current
    /// language.
    pub fn label(&self) -> String {
        match self {
            Field::Title => crate::t!("search-field-title"),
            Field::Alias => crate::t!("search-field-alias"),
            Field::EnglishName => crate::t!("search-field-english-name"),
            Field::SearchTerm => crate::t!("search-field-search-term"),
            Field::Department => crate::t!("search-field-department"),
            Field::Skill => crate::t!("search-field-skill"),
            Field::Summary => crate::t!("search-field-summary"),
            Field::Description => crate::t!("search-field-description"),
            Field::Duty => crate::t!("search-field-duty"),
            Field::Union => crate::t!("search-field-union"),
        }
    }

    /// The field's name for machines (JSON), the same in every language.
    pub fn key(&self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Alias => "alias",
            Field::EnglishName => "english_name",
            Field::SearchTerm => "search_term",
            Field::Department => "department",
            Field::Skill => "skill",
            Field::Summary => "summary",
            Field::Description => "description",
            Field::Duty => "duty",
            Field::Union => "union",
        }
    }

    /// Summary, description, duties and unions: prose, where only whole
    /// words, word starts and typos count, never letters picked out of a word.
    pub fn is_long(&self) -> bool {
        matches!(
            self,
            Field::Summary | Field::Description | Field::Duty | Field::Union
        )
    }

    /// What a match in this field is worth, as a multiplier of the match's
    /// quality: a title counts most, then other titles, search terms,
    /// departments, skills, summaries and the prose. The weights are close
    /// enough that a better match in a lesser field can win: an exact alias
    /// (9 × 100) beats a title word typed with a typo (10 × 57).
    pub fn weight(&self) -> u32 {
        match self {
            Field::Title => 10,
            Field::Alias | Field::EnglishName => 9,
            Field::SearchTerm => 8,
            Field::Department => 6,
            Field::Skill => 5,
            Field::Summary => 4,
            Field::Description | Field::Duty => 3,
            Field::Union => 2,
        }
    }

    /// Every field, in the order of their numbers (see `Field::number`).
    pub const ALL: [Field; 10] = [
        Field::Title,
        Field::Alias,
        Field::EnglishName,
        Field::SearchTerm,
        Field::Department,
        Field::Skill,
        Field::Summary,
        Field::Description,
        Field::Duty,
        Field::Union,
    ];

    /// The field's place in [`Field::ALL`]: small enough for four bits.
    pub(crate) fn number(self) -> u32 {
        self as u32
    }

    /// The field numbered `n` by [`Field::number`].
    pub(crate) fn from_number(n: u32) -> Field {
        Field::ALL.get(n as usize).copied().unwrap_or(Field::Union)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_have_labels_for_people_and_keys_for_machines() {
        assert_eq!(Field::SearchTerm.label(), "search term");
        assert_eq!(Field::SearchTerm.key(), "search_term");
        assert_eq!(Field::Duty.key(), "duty");
        assert!(Field::Union.is_long() && !Field::Skill.is_long());
    }

    #[test]
    fn titles_weigh_most_and_no_field_more_than_the_maximum() {
        for pair in Field::ALL.windows(2) {
            assert!(pair[0].weight() >= pair[1].weight(), "{pair:?}");
        }
    }

    #[test]
    fn every_field_is_numbered_in_four_bits_and_back() {
        for field in Field::ALL {
            assert!(field.number() < 16);
            assert_eq!(Field::from_number(field.number()), field);
        }
    }
}
