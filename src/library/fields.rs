//! Typed reading of TOML values, one key at a time, so that one wrong value
//! costs only that value and every problem points at its line and column.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::position::{LineIndex, Position};
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::problem::Problem;
use super::suggest::did_you_mean;
use super::text_lists::SkillGroup;
use super::text_lists::{SkillGroups, TextListsBuilder};
use crate::clean;

/// Keys whose text is shown on one line, so line breaks in them become spaces.
const SINGLE_LINE: &[&str] = &[
    "title",
    "name",
    "summary",
    "region",
    "source",
    "unit",
    "currency",
    "code",
    "version",
    "publisher",
    "url",
];

/// One file being read: its text, where it is, and the problems found so far.
pub(crate) struct Doc<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub problems: Vec<Problem>,
    /// Where each line starts, worked out the first time a position is asked.
    lines: OnceCell<LineIndex>,
    /// Whether to note where each skill is written (see
    /// [`Doc::skill_groups_packed`]).
    pub skill_positions: bool,
}

impl<'a> Doc<'a> {
    pub fn new(path: &'a str, text: &'a str) -> Self {
        Doc {
            path,
            text,
            problems: Vec::new(),
            lines: OnceCell::new(),
            skill_positions: true,
        }
    }

    /// The line and character column of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        self.lines
            .get_or_init(|| LineIndex::new(self.text))
            .position(self.text, offset)
    }

    pub fn report(&mut self, span: Range<usize>, message: impl Into<crate::i18n::Message>) {
        let at = self.position(span.start);
        self.problems.push(Problem::new(self.path, message).at(at));
    }

    /// Reports every key of `table` that is not in `allowed`.
    pub fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], within: Option<&str>) {
        self.check_keys_but(table, allowed, &[], within);
    }

    /// Reports every key of `table` that is neither in `allowed` nor in
    /// `elsewhere`, keys the caller reports in words of its own.
    pub fn check_keys_but(
        &mut self,
        table: &DeTable<'_>,
        allowed: &[&str],
        elsewhere: &[&str],
        within: Option<&str>,
    ) {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if allowed.contains(&name) || elsewhere.contains(&name) {
                continue;
            }
            let key_name = clean::excerpt(name, 60);
            let message = match (within, did_you_mean(name, allowed.iter().copied())) {
                (None, Some(s)) => {
                    crate::msg!(
                        "problem-unknown-key-suggest",
                        key = key_name,
                        suggestion = s
                    )
                }
                (None, None) => crate::msg!(
                    "problem-unknown-key-allowed",
                    key = key_name,
                    allowed = allowed.join(", ")
                ),
                (Some(w), Some(s)) => crate::msg!(
                    "problem-unknown-key-in-suggest",
                    key = key_name,
                    table = w,
                    suggestion = s
                ),
                (Some(w), None) => crate::msg!(
                    "problem-unknown-key-in-allowed",
                    key = key_name,
                    table = w,
                    allowed = allowed.join(", ")
                ),
            };
            self.report(key.span(), message);
        }
    }

    fn wrong_type(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        expected: crate::i18n::Message,
        key: &str,
    ) {
        let found = value.get_ref().type_str();
        self.report(
            value.span(),
            crate::msg!(
                "problem-wrong-type",
                expected = expected,
                key = key,
                found = with_article(found)
            ),
        );
    }

    /// A string value, cleaned of control characters; `None` when absent or
    /// of the wrong type (reported). Borrowed from the file where the text
    /// needs no cleaning, as nearly all text does.
    pub fn string_borrowed<'t>(
        &mut self,
        table: &'t DeTable<'_>,
        key: &str,
    ) -> Option<Cow<'t, str>> {
        let value = lookup(table, key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(clean::clean_trimmed(s, !SINGLE_LINE.contains(&key))),
            _ => {
                self.wrong_type(value, crate::msg!("problem-expect-string"), key);
                None
            }
        }
    }

    /// Like [`Doc::string_borrowed`], but owned, and an empty or blank
    /// string counts as absent.
    pub fn text(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        self.text_borrowed(table, key).map(Cow::into_owned)
    }

    /// Like [`Doc::text`], borrowed where [`Doc::string_borrowed`] is.
    pub fn text_borrowed<'t>(&mut self, table: &'t DeTable<'_>, key: &str) -> Option<Cow<'t, str>> {
        self.string_borrowed(table, key).filter(|s| !s.is_empty())
    }

    /// An array of strings; wrong elements are reported and skipped.
    pub fn strings(&mut self, table: &DeTable<'_>, key: &str) -> Vec<String> {
        self.strings_borrowed(table, key)
            .into_iter()
            .map(Cow::into_owned)
            .collect()
    }

    /// Like [`Doc::strings`], borrowed where [`Doc::string_borrowed`] is.
    pub fn strings_borrowed<'t>(&mut self, table: &'t DeTable<'_>, key: &str) -> Vec<Cow<'t, str>> {
        let Some(value) = lookup(table, key) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array_len(value));
        self.string_list(value, key, None, |s, _| out.push(s));
        out
    }

    /// An array of strings with the byte offset of each, for later checks.
    pub fn strings_with_spans(&mut self, table: &DeTable<'_>, key: &str) -> Vec<(String, usize)> {
        let Some(value) = lookup(table, key) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array_len(value));
        self.string_list(value, key, None, |s, at| out.push((s.into_owned(), at)));
        out
    }

    /// An array of arrays of strings (`[["a", "b"], ["c", "d"]]`): each inner
    /// array with the byte offset where it starts, and each string with its
    /// own.
    pub fn string_lists(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
    ) -> Vec<(usize, Vec<(String, usize)>)> {
        let Some(value) = lookup(table, key) else {
            return Vec::new();
        };
        let DeValue::Array(lists) = value.get_ref() else {
            self.wrong_type(value, crate::msg!("problem-expect-string-lists"), key);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(lists.len());
        for list in lists.iter() {
            let mut strings = Vec::new();
            self.string_list(list, key, None, |s, at| strings.push((s.into_owned(), at)));
            out.push((list.span().start, strings));
        }
        out
    }

    /// Hands `found` each non-blank string of the array `value`, cleaned,
    /// with its byte offset. The array is `key`, or `key.within` in a table
    /// of arrays.
    fn string_list<'t>(
        &mut self,
        value: &'t Spanned<DeValue<'_>>,
        key: &str,
        within: Option<&str>,
        mut found: impl FnMut(Cow<'t, str>, usize),
    ) {
        let name = || match within {
            Some(within) => format!("{key}.{within}"),
            None => key.to_string(),
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, crate::msg!("problem-expect-strings"), &name());
            return;
        };
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => {
                    let s = clean::clean_trimmed(s, false);
                    if !s.is_empty() {
                        found(s, item.span().start);
                    }
                }
                _ => {
                    let found = item.get_ref().type_str();
                    self.report(
                        item.span(),
                        crate::msg!(
                            "problem-wrong-list-item",
                            key = name(),
                            found = with_article(found)
                        ),
                    );
                }
            }
        }
    }

    pub fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> Option<bool> {
        let value = lookup(table, key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(value, crate::msg!("problem-expect-boolean"), key);
                None
            }
        }
    }

    pub fn integer(&mut self, table: &DeTable<'_>, key: &str) -> Option<i64> {
        let value = lookup(table, key)?;
        match value.get_ref() {
            DeValue::Integer(i) => {
                let parsed = i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok();
                if parsed.is_none() {
                    self.report(
                        value.span(),
                        crate::msg!("problem-number-too-large", key = key),
                    );
                }
                parsed
            }
            _ => {
                self.wrong_type(value, crate::msg!("problem-expect-integer"), key);
                None
            }
        }
    }

    /// A number, written with or without a decimal point.
    pub fn number(&mut self, table: &DeTable<'_>, key: &str) -> Option<f64> {
        let value = lookup(table, key)?;
        let parsed = match value.get_ref() {
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .ok()
                .map(|n| n as f64),
            _ => {
                self.wrong_type(value, crate::msg!("problem-expect-number"), key);
                return None;
            }
        };
        parsed.filter(|n| n.is_finite()).or_else(|| {
            self.report(
                value.span(),
                crate::msg!("problem-unusable-number", key = key),
            );
            None
        })
    }

    /// A date (year-month-day), written as a TOML date or a string holding
    /// one; a time written after the date is not kept.
    pub fn date(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        let value = lookup(table, key)?;
        match value.get_ref() {
            DeValue::Datetime(d) => match d.date {
                Some(date) => Some(date.to_string()),
                None => {
                    self.report(
                        value.span(),
                        crate::msg!("problem-time-not-date", key = key),
                    );
                    None
                }
            },
            DeValue::String(s) if is_date(s) => Some(s.to_string()),
            DeValue::String(s) => {
                self.report(
                    value.span(),
                    crate::msg!(
                        "problem-not-a-date",
                        value = clean::clean_line(s),
                        key = key
                    ),
                );
                None
            }
            _ => {
                self.wrong_type(value, crate::msg!("problem-expect-date"), key);
                None
            }
        }
    }

    /// A table whose values are lists of strings: `skills = { technical = […] }`.
    pub fn skill_groups(&mut self, table: &DeTable<'_>, key: &str) -> Vec<SkillGroup> {
        self.skill_lists(table, key)
            .into_iter()
            .map(|(category, skills)| SkillGroup {
                category: category.into_owned(),
                skills: skills.into_iter().map(|(s, _)| s.into_owned()).collect(),
            })
            .collect()
    }

    /// Like [`Doc::skill_groups`], packed straight from the file's text,
    /// with where each skill is, in order.
    pub fn skill_groups_packed(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
    ) -> (SkillGroups, Vec<Position>) {
        let groups = self.skill_lists(table, key);
        let mut cursor = super::position::Cursor::new(self.text);
        let at = if !self.skill_positions {
            Vec::new()
        } else {
            groups
                .iter()
                .flat_map(|(_, skills)| skills.iter().map(|(_, at)| *at))
                .map(|offset| cursor.position(offset))
                .collect()
        };
        let bytes = groups
            .iter()
            .map(|(c, skills)| c.len() + skills.iter().map(|(s, _)| s.len()).sum::<usize>())
            .sum();
        let texts = groups.iter().map(|(_, skills)| 1 + skills.len()).sum();
        let mut pack = TextListsBuilder::with_capacity(bytes, texts, 2 * groups.len());
        for (category, skills) in &groups {
            pack.list([category]).list(skills.iter().map(|(s, _)| s));
        }
        (SkillGroups::from_packed(pack.finish()), at)
    }

    /// The skill groups of `key`: each category with its skills, the groups
    /// with no skills left out.
    #[allow(clippy::type_complexity)]
    fn skill_lists<'t>(
        &mut self,
        table: &'t DeTable<'_>,
        key: &str,
    ) -> Vec<(Cow<'t, str>, Vec<(Cow<'t, str>, usize)>)> {
        let Some(value) = lookup(table, key) else {
            return Vec::new();
        };
        let DeValue::Table(groups) = value.get_ref() else {
            self.wrong_type(value, crate::msg!("problem-expect-skill-groups"), key);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(groups.len());
        for (category, list) in groups.iter() {
            let name = clean::clean_trimmed(category.get_ref(), false);
            let mut skills = Vec::with_capacity(array_len(list));
            self.string_list(list, key, Some(&name), |s, at| skills.push((s, at)));
            if !skills.is_empty() {
                out.push((name, skills));
            }
        }
        out
    }

    /// A sub-table such as `starting = { low = 15.0 }`, keys checked.
    pub fn table<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
        allowed: &[&str],
    ) -> Option<&'t DeTable<'i>> {
        let value = lookup(table, key)?;
        match value.get_ref() {
            DeValue::Table(t) => {
                self.check_keys(t, allowed, Some(key));
                Some(t)
            }
            _ => {
                self.wrong_type(value, crate::msg!("problem-expect-table"), key);
                None
            }
        }
    }

    /// An array of tables (`[[sources]]` or `[{…}, {…}]`), keys checked; each
    /// with the place it starts, for problems about a whole entry.
    pub fn tables<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
        allowed: &[&str],
    ) -> Vec<(Range<usize>, &'t DeTable<'i>)> {
        let Some(value) = lookup(table, key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, crate::msg!("problem-expect-tables"), key);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => {
                    self.check_keys(t, allowed, Some(key));
                    out.push((item.span(), t));
                }
                other => {
                    let found = other.type_str();
                    self.report(
                        item.span(),
                        crate::msg!(
                            "problem-wrong-table-item",
                            key = key,
                            found = with_article(found)
                        ),
                    );
                }
            }
        }
        out
    }
}

/// How many items `value` has, if it is an array.
fn array_len(value: &Spanned<DeValue<'_>>) -> usize {
    match value.get_ref() {
        DeValue::Array(items) => items.len(),
        _ => 0,
    }
}

/// Tables with at most this many keys are searched key by key.
const SCANNED_KEYS: usize = 32;

/// `table[key]`. A small table, as every role file is, is searched key by
/// key, which costs less than hashing the key; a large one is looked up.
fn lookup<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
    if table.len() <= SCANNED_KEYS {
        table
            .iter()
            .find_map(|(k, v)| (k.get_ref().as_ref() == key).then_some(v))
    } else {
        table.get(key)
    }
}

/// What a value was found to be, as the problem says it: "an integer".
fn with_article(type_name: &str) -> crate::i18n::Message {
    match type_name {
        "string" => crate::msg!("problem-found-string"),
        "integer" => crate::msg!("problem-found-integer"),
        "array" => crate::msg!("problem-found-list"),
        "datetime" => crate::msg!("problem-found-date"),
        "float" => crate::msg!("problem-found-float"),
        "boolean" => crate::msg!("problem-found-boolean"),
        "table" => crate::msg!("problem-found-table"),
        // The TOML parser names no other kind of value.
        other => other.into(),
    }
}

/// Whether `s` is a date written year-month-day that is on the calendar
/// (TOML's own dates are checked the same way by the parser).
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2))
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}
