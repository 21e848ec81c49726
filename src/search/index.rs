//! The index: every searchable text of every role stored once and folded
//! once, the vocabulary of their words, and for every text the roles that
//! hold it. Built once after loading and never changed: searching only reads
//! it.

use foldhash::HashMap;

use rayon::prelude::*;

use super::field::Field;
use super::forms::{Forms, KeyOrder};
use super::initials::Initials;
use super::scale;
use super::strings::Strings;
use super::vocab::{TextId, Vocab, group_by_key};
use crate::fold::{char_mask, fold_str};
use crate::library::{Library, RoleIx, Texts};

/// Everything searchable in a library, built once after loading.
///
/// A text that appears in many roles (a department's skills, a common alias)
/// is stored and scored once per query, then credited to every role holding it.
/// Short texts (titles, aliases, search terms, department names, skills)
/// come first, so the text ids below `SearchIndex::short_count` are the
/// ones where letters may be picked out of words.
pub struct SearchIndex<'lib> {
    /// Each distinct text as written in the role files, borrowed from the
    /// library rather than copied.
    texts: Vec<&'lib str>,
    short_count: usize,
    /// Folded short texts, end to end so a scan reads them in one sweep, and
    /// their character sets.
    short_folded: Strings,
    short_mask: Vec<u64>,
    /// How many words each text has.
    word_counts: Vec<u16>,
    vocab: Vocab,
    roles: Vec<RoleEntry>,
    occurrences: Vec<Occurrence>,
    /// `holders[holder_starts[t]..holder_starts[t + 1]]`: the roles using
    /// text `t`, so a query only looks at roles its rarest word matched.
    holder_starts: Vec<u32>,
    holders: Vec<Holder>,
    /// Word forms in the language the library is shown in, the vocabulary
    /// in the order of their keys, and the library's synonyms as keys.
    forms: Forms,
    key_order: KeyOrder,
    synonyms: Vec<Vec<String>>,
    initials: Initials,
}

/// A number below 2^28 and a field, in four bytes: there are far fewer
/// texts and roles than that in any library that fits in memory, and far
/// fewer than 16 fields.
#[derive(Clone, Copy, Debug, Default)]
struct Tagged(u32);

impl Tagged {
    const SHIFT: u32 = 28;
    const MASK: u32 = (1 << Tagged::SHIFT) - 1;

    fn new(n: u32, field: Field) -> Tagged {
        debug_assert!(n <= Tagged::MASK);
        Tagged((field.number() << Tagged::SHIFT) | (n & Tagged::MASK))
    }

    fn number(self) -> u32 {
        self.0 & Tagged::MASK
    }

    fn field(self) -> Field {
        Field::from_number(self.0 >> Tagged::SHIFT)
    }
}

/// One place a text is used: in which field of a role.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Occurrence(Tagged);

impl Occurrence {
    pub fn new(text: TextId, field: Field) -> Occurrence {
        Occurrence(Tagged::new(text, field))
    }

    pub fn text(self) -> TextId {
        self.0.number()
    }

    pub fn field(self) -> Field {
        self.0.field()
    }
}

/// A role that uses a text, and in which field.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Holder(Tagged);

impl Holder {
    pub fn new(role: u32, field: Field) -> Holder {
        Holder(Tagged::new(role, field))
    }

    pub fn role(self) -> u32 {
        self.0.number()
    }

    pub fn field(self) -> Field {
        self.0.field()
    }
}

/// A role's slice of [`SearchIndex::occurrences`], its title and its place in
/// the tie order (shorter title first, then alphabetical).
#[derive(Clone, Copy, Debug)]
struct RoleEntry {
    start: u32,
    end: u32,
    title: TextId,
    tie: u32,
}

fn each(field: Field, items: Texts<'_>) -> impl Iterator<Item = (Field, &str)> {
    items.map(move |s| (field, s))
}

/// Every searchable text of one role, title first. A skill the role shares
/// with its department may come twice; scoring takes the best occurrence, so
/// that costs nothing.
fn gather<'a>(lib: &'a Library, r: RoleIx) -> Vec<(Field, &'a str)> {
    let role = &lib.roles[r];
    let mut out: Vec<(Field, &str)> = vec![(Field::Title, role.title())];
    out.extend(each(Field::Alias, role.aliases()));
    out.extend(each(Field::EnglishName, role.english_names()));
    out.extend(each(Field::SearchTerm, role.search_terms()));
    let departments = lib.role_departments(r);
    for &d in &departments {
        let dept = &lib.departments[d];
        if !dept.is_other {
            out.push((Field::Department, dept.name.as_str()));
        }
    }
    let skills = |groups: &'a crate::library::SkillGroups| {
        groups
            .iter()
            .flat_map(|g| g.skills)
            .map(|id| (Field::Skill, lib.skill_name(id)))
    };
    out.extend(skills(&role.skills));
    for &d in departments.iter().rev() {
        out.extend(skills(&lib.departments[d].skills));
    }
    out.extend(role.summary().map(|s| (Field::Summary, s)));
    out.extend(role.description().map(|s| (Field::Description, s)));
    out.extend(each(Field::Duty, role.duties()));
    out.extend(each(Field::Union, role.unions()));
    out.retain(|(field, text)| *field == Field::Title || !text.trim().is_empty());
    out
}

impl<'lib> SearchIndex<'lib> {
    /// Indexes every role of `lib`: its title, aliases, search terms,
    /// department names, skills (its departments' shared ones included),
    /// summary, description, duties and unions.
    pub fn build(lib: &'lib Library) -> SearchIndex<'lib> {
        let (short_texts, long_texts, occurrences, ranges) = intern(lib);
        let short_count = short_texts.len();

        let short_folded = Strings::folded(&short_texts);
        let ((vocab, word_counts), (short_mask, texts)) = rayon::join(
            || {
                // Long texts are folded as their words are collected.
                let all: Vec<&str> = short_folded
                    .iter()
                    .chain(long_texts.iter().copied())
                    .collect();
                Vocab::build(&all, short_count)
            },
            || {
                let masks = short_folded.iter().map(char_mask).collect::<Vec<u64>>();
                let texts: Vec<&str> = short_texts.iter().chain(&long_texts).copied().collect();
                (masks, texts)
            },
        );
        drop((short_texts, long_texts));
        crate::memory::give_back();

        let mut roles: Vec<RoleEntry> = ranges
            .iter()
            .map(|&(start, end)| RoleEntry {
                start: start as u32,
                end: end as u32,
                title: occurrences.get(start).map_or(0, |o| o.text()),
                tie: 0,
            })
            .collect();
        for (rank, r) in tie_order(lib, &roles, &short_folded)
            .into_iter()
            .enumerate()
        {
            roles[r].tie = rank as u32;
        }
        let (holder_starts, holders) = build_holders(texts.len(), &roles, &occurrences);
        // Words are stemmed in the language the texts are in, which for a
        // library without translations is English whatever is spoken.
        let forms = Forms::new(lib.lang);
        let (key_order, initials) = rayon::join(
            || KeyOrder::build(&vocab, &forms),
            || Initials::build(titles(&occurrences, &short_folded)),
        );
        let synonyms = lib
            .synonyms
            .groups(lib.lang)
            .map(|group| group.iter().map(|w| forms.key(&fold_str(w))).collect())
            .collect();
        SearchIndex {
            texts,
            short_count,
            short_folded,
            short_mask,
            word_counts,
            vocab,
            roles,
            occurrences,
            holder_starts,
            holders,
            forms,
            key_order,
            synonyms,
            initials,
        }
    }

    /// The vocabulary words that are other forms of the folded word `word`
    /// or, by the library's synonyms, other words for it, each with the
    /// quality of such a match; `word` itself is left out.
    pub(crate) fn alternatives(&self, word: &str) -> Vec<(u32, u8)> {
        let key = self.forms.key(word);
        let family = self.forms.family(&key);
        let mut out: Vec<(u32, u8)> = Vec::new();
        for k in &family {
            let found = self.key_order.words_with(k);
            out.extend(found.iter().map(|&w| (w, scale::FORM)));
        }
        for group in &self.synonyms {
            if !group.iter().any(|k| family.contains(k)) {
                continue;
            }
            for k in group.iter().filter(|k| !family.contains(k)) {
                let found = self.key_order.words_with(k);
                out.extend(found.iter().map(|&w| (w, scale::SYNONYM)));
            }
        }
        out.retain(|&(w, _)| &*self.vocab.words[w as usize] != word);
        // The better quality first, so the first of each word is kept.
        out.sort_unstable_by_key(|&(w, q)| (w, std::cmp::Reverse(q)));
        out.dedup_by_key(|p| p.0);
        out
    }

    /// Whether a title, another title or a skill has the folded `word` as
    /// one of its words.
    pub(crate) fn is_title_word(&self, word: &str) -> bool {
        let range = self.vocab.prefix_range(word);
        let Some(w) = range.clone().find(|&w| &*self.vocab.words[w] == word) else {
            return false;
        };
        self.vocab
            .postings(w)
            .take_while(|&t| (t as usize) < self.short_count)
            .any(|t| {
                self.holders_of(t).iter().any(|h| {
                    matches!(
                        h.field(),
                        Field::Title | Field::Alias | Field::EnglishName | Field::Skill
                    )
                })
            })
    }

    /// The titles whose initials are the folded `word`.
    pub(crate) fn titles_by_initials(&self, word: &str) -> &[TextId] {
        self.initials.titles(word)
    }

    /// Number of roles indexed.
    pub fn role_count(&self) -> usize {
        self.roles.len()
    }

    /// Number of distinct texts and of distinct words indexed.
    pub fn size(&self) -> (usize, usize) {
        (self.texts.len(), self.vocab.len())
    }

    pub(crate) fn text_count(&self) -> usize {
        self.texts.len()
    }

    /// Texts with ids below this are short ones (see [`SearchIndex`]).
    pub(crate) fn short_count(&self) -> usize {
        self.short_count
    }

    pub(crate) fn vocab(&self) -> &Vocab {
        &self.vocab
    }

    /// The folded form of short text `t`.
    pub(crate) fn short_folded(&self, t: TextId) -> &str {
        self.short_folded.get(t as usize)
    }

    /// Short text `t` folded, as bytes, with its character set.
    pub(crate) fn short_folded_bytes(&self, t: TextId) -> (&[u8], u64) {
        (
            self.short_folded.bytes(t as usize),
            self.short_mask[t as usize],
        )
    }

    /// How many words text `t` has.
    pub(crate) fn word_count(&self, t: TextId) -> u16 {
        self.word_counts[t as usize]
    }

    /// The role's place in the order of ties: shorter titles first, then
    /// alphabetical.
    pub(crate) fn tie_rank(&self, role: RoleIx) -> u32 {
        self.roles[role].tie
    }

    /// Text `t` as written in the role file.
    pub(crate) fn text(&self, t: TextId) -> &'lib str {
        self.texts[t as usize]
    }

    /// The roles that use text `t`.
    pub(crate) fn holders_of(&self, t: TextId) -> &[Holder] {
        let t = t as usize;
        &self.holders[self.holder_starts[t] as usize..self.holder_starts[t + 1] as usize]
    }

    pub(crate) fn occurrences_of(&self, role: RoleIx) -> &[Occurrence] {
        let entry = &self.roles[role];
        &self.occurrences[entry.start as usize..entry.end as usize]
    }
}

impl std::fmt::Debug for SearchIndex<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("roles", &self.roles.len())
            .field("texts", &self.texts.len())
            .field("short_texts", &self.short_count)
            .field("words", &self.vocab.len())
            .finish()
    }
}

/// Distinct texts, short ones first, and every role's occurrences of them.
/// A long text equal to a short one is kept apart, as it is matched
/// differently. Roles are gathered a batch at a time, in parallel, so their
/// texts are never all listed at once.
#[allow(clippy::type_complexity)]
fn intern(lib: &Library) -> (Vec<&str>, Vec<&str>, Vec<Occurrence>, Vec<(usize, usize)>) {
    let roles = lib.roles.len();
    let mut short: HashMap<&str, TextId> = HashMap::default();
    let mut long: HashMap<&str, TextId> = HashMap::default();
    let mut short_texts: Vec<&str> = Vec::new();
    let mut long_texts: Vec<&str> = Vec::new();
    let mut occurrences: Vec<Occurrence> = Vec::new();
    let mut ranges = Vec::with_capacity(roles);
    for batch in (0..roles).collect::<Vec<_>>().chunks(GATHER_BATCH) {
        let gathered: Vec<Vec<(Field, &str)>> = batch.par_iter().map(|&r| gather(lib, r)).collect();
        for texts in gathered {
            let start = occurrences.len();
            for (field, text) in texts {
                let long_field = field.is_long();
                let (map, list) = if long_field {
                    (&mut long, &mut long_texts)
                } else {
                    (&mut short, &mut short_texts)
                };
                let id = *map.entry(text).or_insert_with(|| {
                    list.push(text);
                    (list.len() - 1) as TextId
                });
                occurrences.push(Occurrence::new(id, field));
            }
            ranges.push((start, occurrences.len()));
        }
    }
    // Long texts are numbered after the short ones.
    let short_count = short_texts.len() as TextId;
    for occ in &mut occurrences {
        if occ.field().is_long() {
            *occ = Occurrence::new(occ.text() + short_count, occ.field());
        }
    }
    occurrences.shrink_to_fit();
    (short_texts, long_texts, occurrences, ranges)
}

/// Roles gathered at a time while interning their texts.
const GATHER_BATCH: usize = 4096;

/// Roles in tie order: shorter title first, then alphabetically (folded,
/// then as written), then by id.
fn tie_order(lib: &Library, roles: &[RoleEntry], short_folded: &Strings) -> Vec<RoleIx> {
    let mut order: Vec<(usize, &str, &str, &str, RoleIx)> = lib
        .roles
        .iter()
        .zip(roles)
        .enumerate()
        .map(|(r, (role, entry))| {
            (
                role.title().chars().count(),
                short_folded.get(entry.title as usize),
                role.title(),
                role.id(),
                r,
            )
        })
        .collect();
    order.par_sort_unstable();
    order.into_iter().map(|o| o.4).collect()
}

/// The titles (text id and folded text), each once. Only titles: the
/// initials of the dozens of other titles a role may have would find far
/// more than anyone means by three letters, and cost as much again to file.
fn titles<'a>(
    occurrences: &'a [Occurrence],
    short_folded: &'a Strings,
) -> impl Iterator<Item = (TextId, &'a str)> + 'a {
    let mut seen = vec![false; short_folded.len()];
    occurrences.iter().filter_map(move |occ| {
        let is_title = occ.field() == Field::Title;
        let t = occ.text() as usize;
        if !is_title || t >= seen.len() || seen[t] {
            return None;
        }
        seen[t] = true;
        Some((occ.text(), short_folded.get(t)))
    })
}

/// For every text, the roles that use it and in which field, in role order.
fn build_holders(
    texts: usize,
    roles: &[RoleEntry],
    occurrences: &[Occurrence],
) -> (Vec<u32>, Vec<Holder>) {
    let items = roles.iter().enumerate().flat_map(|(r, entry)| {
        occurrences[entry.start as usize..entry.end as usize]
            .iter()
            .map(move |occ| (occ.text() as usize, Holder::new(r as u32, occ.field())))
    });
    group_by_key(texts, items)
}
