//! Many short texts kept in one allocation, in numbered lists: a role's title,
//! aliases, duties and so on cost one buffer between them rather than one
//! allocation each. At 20,000 roles that is the difference between half a
//! million small allocations and a few tens of thousands.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

/// Skills under one category heading, e.g. `technical`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SkillGroup {
    pub category: String,
    pub skills: Vec<String>,
}

/// Texts in numbered lists, read-only once built.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextLists {
    /// Every text, end to end.
    text: Box<str>,
    /// `[list count, where each list ends (in texts)…, where each text ends
    /// (in bytes)…]`, in one allocation.
    index: Box<[u32]>,
}

/// Builds a [`TextLists`] one list at a time.
///
/// Told how many lists there will be, it writes the index in place, with
/// room for the lists' ends at its front, so that finishing copies nothing.
#[derive(Default)]
pub struct TextListsBuilder {
    text: String,
    /// `[0, room for the lists' ends…, where each text ends…]`.
    index: Vec<u32>,
    /// How many lists' ends there is room for at the front of `index`.
    room: usize,
    /// Lists added so far.
    lists: usize,
    /// The ends of lists past that room.
    more_list_ends: Vec<u32>,
}

impl TextListsBuilder {
    /// A builder with room for `bytes` of text in `texts` texts and `lists`
    /// lists, so that it never grows on the way.
    pub fn with_capacity(bytes: usize, texts: usize, lists: usize) -> TextListsBuilder {
        let mut index = Vec::with_capacity(1 + lists + texts);
        index.resize(1 + lists, 0);
        TextListsBuilder {
            text: String::with_capacity(bytes),
            index,
            room: lists,
            lists: 0,
            more_list_ends: Vec::new(),
        }
    }

    /// Adds the next list.
    pub fn list<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) -> &mut Self {
        if self.index.is_empty() {
            self.index.push(0);
        }
        for item in items {
            self.text.push_str(item.as_ref());
            self.index.push(offset(self.text.len()));
        }
        let texts = offset(self.index.len() - 1 - self.room);
        match self.index.get_mut(1 + self.lists) {
            Some(end) if self.lists < self.room => *end = texts,
            _ => self.more_list_ends.push(texts),
        }
        self.lists += 1;
        self
    }

    pub fn finish(&mut self) -> TextLists {
        let mut index = std::mem::take(&mut self.index);
        if index.is_empty() {
            index.push(0);
        }
        if self.lists != self.room {
            // Told a number of lists that was not the number added: the
            // lists' ends are laid out again.
            let kept = self.lists.min(self.room);
            let text_ends = index.split_off(1 + self.room);
            index.truncate(1 + kept);
            index.append(&mut self.more_list_ends);
            index.extend(text_ends);
        }
        index[0] = offset(self.lists);
        let text = std::mem::take(&mut self.text).into_boxed_str();
        *self = TextListsBuilder::default();
        TextLists {
            text,
            index: index.into_boxed_slice(),
        }
    }
}

/// Offsets are kept in four bytes: a role file is at most a mebibyte.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl TextLists {
    /// Number of lists.
    pub fn lists(&self) -> usize {
        self.index.first().map_or(0, |&n| n as usize)
    }

    /// List `k`; empty when there is no such list.
    pub fn list(&self, k: usize) -> Texts<'_> {
        let lists = self.lists();
        if k >= lists {
            return Texts::default();
        }
        let list_ends = &self.index[1..=lists];
        let text_ends = &self.index[1 + lists..];
        let first = if k == 0 { 0 } else { list_ends[k - 1] as usize };
        let last = list_ends[k] as usize;
        let start = if first == 0 { 0 } else { text_ends[first - 1] };
        Texts {
            text: &self.text,
            ends: text_ends.get(first..last).unwrap_or_default(),
            start,
        }
    }

    /// The first text of list `k`, if any.
    pub fn one(&self, k: usize) -> Option<&str> {
        self.list(k).first()
    }

    /// Bytes held on the heap, for measuring.
    pub fn heap_bytes(&self) -> usize {
        self.text.len() + self.index.len() * 4
    }
}

/// A list of texts in a `TextLists`: iterates as `&str`, in order.
#[derive(Clone, Copy, Default)]
pub struct Texts<'a> {
    text: &'a str,
    /// Where each text ends.
    ends: &'a [u32],
    /// Where the first text starts.
    start: u32,
}

impl<'a> Texts<'a> {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Text `i` of the list.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 {
            self.start as usize
        } else {
            self.ends[i - 1] as usize
        };
        self.text.get(start..end)
    }

    pub fn first(&self) -> Option<&'a str> {
        self.get(0)
    }

    /// The texts, in order.
    pub fn iter(&self) -> Texts<'a> {
        *self
    }

    pub fn contains(&self, wanted: &str) -> bool {
        self.iter().any(|t| t == wanted)
    }

    pub fn join(&self, separator: &str) -> String {
        let mut out = String::new();
        for (i, t) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            out.push_str(t);
        }
        out
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

impl<'a> Iterator for Texts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (&end, rest) = self.ends.split_first()?;
        let text = self.text.get(self.start as usize..end as usize);
        self.start = end;
        self.ends = rest;
        text
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.ends.len(), Some(self.ends.len()))
    }
}

impl ExactSizeIterator for Texts<'_> {}

impl std::ops::Index<usize> for Texts<'_> {
    type Output = str;

    /// Text `i`, like a slice's: out of range is a bug in the caller.
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(text) => text,
            None => panic!("text {i} of a list of {}", self.len()),
        }
    }
}

impl std::fmt::Debug for Texts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for Texts<'_> {
    fn eq(&self, other: &[S]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_ref())
    }
}

impl<S: AsRef<str>> PartialEq<Vec<S>> for Texts<'_> {
    fn eq(&self, other: &Vec<S>) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for Texts<'_> {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

impl Serialize for Texts<'_> {
    fn serialize<Z: serde::Serializer>(&self, out: Z) -> Result<Z::Ok, Z::Error> {
        let mut seq = out.serialize_seq(Some(self.len()))?;
        for t in self.iter() {
            seq.serialize_element(t)?;
        }
        seq.end()
    }
}

/// Skill groups, packed: for each group, a list of one category then a list
/// of its skills.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SkillGroups(TextLists);

/// One group of [`SkillGroups`].
#[derive(Clone, Copy, Debug)]
pub struct Skills<'a> {
    pub category: &'a str,
    pub skills: Texts<'a>,
}

impl SkillGroups {
    /// Groups packed as a category, then its skills, group after group.
    pub(crate) fn from_packed(packed: TextLists) -> SkillGroups {
        SkillGroups(packed)
    }

    pub fn len(&self) -> usize {
        self.0.lists() / 2
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Group `g`, if there is one.
    pub fn get(&self, g: usize) -> Option<Skills<'_>> {
        self.iter().nth(g)
    }

    pub fn iter(&self) -> GroupsIter<'_> {
        GroupsIter {
            groups: self,
            left: 0..self.len(),
        }
    }

    /// The groups as separate strings, to change them.
    pub fn to_vec(&self) -> Vec<SkillGroup> {
        self.iter()
            .map(|g| SkillGroup {
                category: g.category.to_string(),
                skills: g.skills.to_vec(),
            })
            .collect()
    }

    pub fn heap_bytes(&self) -> usize {
        self.0.heap_bytes()
    }
}

impl<'a> IntoIterator for &'a SkillGroups {
    type Item = Skills<'a>;
    type IntoIter = GroupsIter<'a>;

    fn into_iter(self) -> GroupsIter<'a> {
        self.iter()
    }
}

/// The groups of a [`SkillGroups`], in order.
#[derive(Clone)]
pub struct GroupsIter<'a> {
    groups: &'a SkillGroups,
    left: std::ops::Range<usize>,
}

impl<'a> GroupsIter<'a> {
    fn group(&self, g: usize) -> Skills<'a> {
        let packed = &self.groups.0;
        Skills {
            category: packed.one(2 * g).unwrap_or_default(),
            skills: packed.list(2 * g + 1),
        }
    }
}

impl<'a> Iterator for GroupsIter<'a> {
    type Item = Skills<'a>;

    fn next(&mut self) -> Option<Skills<'a>> {
        self.left.next().map(|g| self.group(g))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.left.size_hint()
    }
}

impl DoubleEndedIterator for GroupsIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.left.next_back().map(|g| self.group(g))
    }
}

impl ExactSizeIterator for GroupsIter<'_> {}

impl From<&[SkillGroup]> for SkillGroups {
    fn from(groups: &[SkillGroup]) -> SkillGroups {
        let bytes = groups
            .iter()
            .map(|g| g.category.len() + g.skills.iter().map(String::len).sum::<usize>())
            .sum();
        let texts = groups.iter().map(|g| 1 + g.skills.len()).sum();
        let mut pack = TextListsBuilder::with_capacity(bytes, texts, 2 * groups.len());
        for g in groups {
            pack.list([&g.category]).list(&g.skills);
        }
        SkillGroups(pack.finish())
    }
}

impl From<Vec<SkillGroup>> for SkillGroups {
    fn from(groups: Vec<SkillGroup>) -> SkillGroups {
        SkillGroups::from(&groups[..])
    }
}

impl std::fmt::Debug for SkillGroups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// As a list of `{ "category": …, "skills": […] }`, as `show --json` has
/// always written them.
impl Serialize for SkillGroups {
    fn serialize<Z: serde::Serializer>(&self, out: Z) -> Result<Z::Ok, Z::Error> {
        let mut seq = out.serialize_seq(Some(self.len()))?;
        for g in self.iter() {
            seq.serialize_element(&GroupJson(g))?;
        }
        seq.end()
    }
}

struct GroupJson<'a>(Skills<'a>);

impl Serialize for GroupJson<'_> {
    fn serialize<Z: serde::Serializer>(&self, out: Z) -> Result<Z::Ok, Z::Error> {
        let mut map = out.serialize_map(Some(2))?;
        map.serialize_entry("category", self.0.category)?;
        map.serialize_entry("skills", &self.0.skills)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_come_back_as_they_went_in_empty_ones_included() {
        let mut pack = TextListsBuilder::default();
        pack.list(["Foley Artist"])
            .list(Vec::<String>::new())
            .list(["foley", "", "sound effects"])
            .list(None::<&str>);
        let packed = pack.finish();
        assert_eq!(packed.lists(), 4);
        assert_eq!(packed.one(0), Some("Foley Artist"));
        assert!(packed.list(1).is_empty());
        assert_eq!(packed.list(2), ["foley", "", "sound effects"]);
        assert_eq!(packed.list(2).get(2), Some("sound effects"));
        assert_eq!(packed.list(2).join(", "), "foley, , sound effects");
        assert_eq!(packed.one(3), None);
        assert!(packed.list(9).is_empty());
        assert_eq!(TextLists::default().one(0), None);
    }

    #[test]
    fn a_builder_told_how_many_lists_gives_the_same_as_one_not_told() {
        let fill = |pack: &mut TextListsBuilder| {
            pack.list(["Mixer"]).list(["a", "bc"]).list(None::<&str>);
            pack.finish()
        };
        let plain = fill(&mut TextListsBuilder::default());
        for lists in [0, 1, 3, 5] {
            let packed = fill(&mut TextListsBuilder::with_capacity(4, 3, lists));
            assert_eq!(packed, plain, "told {lists} lists");
        }
        assert_eq!(plain.lists(), 3);
        assert_eq!(plain.one(0), Some("Mixer"));
        assert_eq!(plain.list(1), ["a", "bc"]);
        assert!(plain.list(2).is_empty());
        assert_eq!(
            TextListsBuilder::with_capacity(0, 0, 2).finish(),
            TextListsBuilder::default().finish()
        );
    }

    #[test]
    fn skill_groups_keep_their_categories_and_order() {
        let groups = vec![
            SkillGroup {
                category: "technical".into(),
                skills: vec!["Pro Tools".into(), "mixing".into()],
            },
            SkillGroup {
                category: "personal".into(),
                skills: vec!["patience".into()],
            },
        ];
        let packed = SkillGroups::from(&groups[..]);
        assert_eq!(packed.len(), 2);
        assert_eq!(packed.to_vec(), groups);
        let json = serde_json::to_string(&packed).unwrap();
        assert_eq!(json, serde_json::to_string(&groups).unwrap());
    }
}
