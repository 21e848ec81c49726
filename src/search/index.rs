//! Building the index: every searchable text of every role stored once,
//! folded once, and a sorted vocabulary of words pointing at the texts that
//! hold them.

use std::sync::Mutex;

use foldhash::HashMap;

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::Field;
use super::fold::{char_mask, fold_str};
use super::matching::TokenMatches;
use crate::library::{Library, RoleIx};

/// Position of a text in the index. Short texts (titles,
/// aliases, search terms, department names, skills) come first, so the ids
/// below [`SearchIndex::short_count`] are the ones matched as subsequences.
pub(crate) type TextId = u32;

/// Everything searchable in a library, built once after loading.
///
/// A text that appears in many roles (a department's skills, a common alias)
/// is stored and scored once per query, then credited to every role holding it.
pub struct SearchIndex {
    /// Each distinct text as written in the role files.
    pub(crate) texts: Packed,
    pub(crate) short_count: usize,
    /// Folded short texts, end to end so the subsequence scan reads them in
    /// one sweep, and their character sets.
    pub(crate) short_folded: Packed,
    pub(crate) short_mask: Vec<u64>,
    pub(crate) vocab: Vocab,
    pub(crate) roles: Vec<RoleEntry>,
    pub(crate) occurrences: Vec<Occurrence>,
    /// `holders[holder_starts[t]..holder_starts[t + 1]]`: the roles using
    /// text `t`, so a query only looks at roles its rarest token matched.
    pub(crate) holder_starts: Vec<u32>,
    pub(crate) holders: Vec<Holder>,
    pub(crate) matcher: SkimMatcherV2,
    /// What the last [`SearchIndex::search`] matched, reused by the next
    /// one; typing calls it once per keystroke.
    pub(crate) last: Mutex<Vec<TokenMatches>>,
}

/// Many strings in one buffer: one allocation instead of one per string.
#[derive(Debug, Default)]
pub(crate) struct Packed {
    buf: String,
    /// Where each string ends in `buf`.
    ends: Vec<usize>,
}

impl Packed {
    pub fn push(&mut self, s: &str) {
        self.buf.push_str(s);
        self.ends.push(self.buf.len());
    }

    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }

    /// The bytes of string `i`, without the checks of a `str` slice.
    pub fn bytes(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf.as_bytes()[start..self.ends[i]]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }

    fn append(&mut self, other: Packed) {
        let base = self.buf.len();
        self.buf.push_str(&other.buf);
        self.ends.extend(other.ends.into_iter().map(|e| e + base));
    }

    /// The folded forms of `texts`, folded in parallel chunks.
    fn folded(texts: &[&str]) -> Packed {
        let chunks: Vec<Packed> = texts
            .par_chunks(FOLD_CHUNK)
            .map(|chunk| {
                let mut packed = Packed::default();
                for t in chunk {
                    packed.push(&fold_str(t));
                }
                packed
            })
            .collect();
        let mut all = Packed::default();
        for chunk in chunks {
            all.append(chunk);
        }
        all
    }
}

/// Texts folded per parallel task.
const FOLD_CHUNK: usize = 2048;

/// One place a text is used: in which field of a role.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Occurrence {
    pub text: TextId,
    pub field: Field,
}

/// A role that uses a text, and in which field.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Holder {
    pub role: u32,
    pub field: Field,
}

impl Default for Holder {
    fn default() -> Self {
        Holder {
            role: 0,
            field: Field::Title,
        }
    }
}

/// A role's slice of [`SearchIndex::occurrences`], its title and its place in
/// the tie order (shorter title first, then alphabetical).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RoleEntry {
    pub start: u32,
    pub end: u32,
    pub title: TextId,
    pub tie: u32,
}

/// Every distinct folded word of the index, sorted, so a prefix is a range.
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    pub words: Vec<Box<str>>,
    /// Length of each word in chars.
    pub lens: Vec<u16>,
    pub masks: Vec<u64>,
    /// `postings[starts[w]..starts[w + 1]]`: the texts holding word `w`.
    pub starts: Vec<u32>,
    pub postings: Vec<TextId>,
}

impl Vocab {
    /// The range of words that start with `prefix`.
    pub fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.words.partition_point(|w| &**w < prefix);
        let hi = lo + self.words[lo..].partition_point(|w| w.starts_with(prefix));
        lo..hi
    }

    pub fn postings(&self, word: usize) -> &[TextId] {
        let (a, b) = (self.starts[word] as usize, self.starts[word + 1] as usize);
        &self.postings[a..b]
    }
}

fn each(field: Field, items: &[String]) -> impl Iterator<Item = (Field, &str)> {
    items.iter().map(move |s| (field, s.as_str()))
}

/// Every searchable text of one role, title first. A skill the role shares
/// with its department may come twice; scoring takes the best occurrence, so
/// that costs nothing.
fn gather(lib: &Library, r: RoleIx) -> Vec<(Field, &str)> {
    let role = &lib.roles[r];
    let mut out: Vec<(Field, &str)> = vec![(Field::Title, role.title.as_str())];
    out.extend(each(Field::Alias, &role.aliases));
    out.extend(each(Field::SearchTerm, &role.search_terms));
    let departments = lib.role_departments(r);
    for &d in &departments {
        let dept = &lib.departments[d];
        if !dept.is_other {
            out.push((Field::Department, dept.name.as_str()));
        }
    }
    for group in &role.skills {
        out.extend(each(Field::Skill, &group.skills));
    }
    for &d in departments.iter().rev() {
        for group in &lib.departments[d].skills {
            out.extend(each(Field::Skill, &group.skills));
        }
    }
    out.extend(role.summary.as_deref().map(|s| (Field::Summary, s)));
    out.extend(role.description.as_deref().map(|s| (Field::Description, s)));
    out.extend(each(Field::Duty, &role.duties));
    out.extend(each(Field::Union, &role.unions));
    out.retain(|(field, text)| *field == Field::Title || !text.trim().is_empty());
    out
}

impl SearchIndex {
    /// Indexes every role of `lib`: its title, aliases, search terms,
    /// department names, skills (its departments' shared ones included),
    /// summary, description, duties and unions.
    pub fn build(lib: &Library) -> SearchIndex {
        let gathered: Vec<Vec<(Field, &str)>> = (0..lib.roles.len())
            .into_par_iter()
            .map(|r| gather(lib, r))
            .collect();
        let (short_texts, long_texts, occurrences, ranges) = intern(&gathered);
        let short_count = short_texts.len();

        let (short_folded, long_folded) = rayon::join(
            || Packed::folded(&short_texts),
            || Packed::folded(&long_texts),
        );
        let (vocab, (short_mask, texts)) = rayon::join(
            || build_vocab(&[&short_folded, &long_folded]),
            || {
                let masks = short_folded.iter().map(char_mask).collect::<Vec<u64>>();
                let mut texts = Packed::default();
                for t in short_texts.iter().chain(&long_texts) {
                    texts.push(t);
                }
                (masks, texts)
            },
        );
        drop(long_folded);

        let mut roles: Vec<RoleEntry> = ranges
            .iter()
            .map(|&(start, end)| RoleEntry {
                start: start as u32,
                end: end as u32,
                title: occurrences.get(start).map_or(0, |o| o.text),
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
        SearchIndex {
            texts,
            short_count,
            short_folded,
            short_mask,
            vocab,
            roles,
            occurrences,
            holder_starts,
            holders,
            // Both sides are folded to lower case before matching, so case
            // never needs comparing; huge texts fall back to a linear match.
            matcher: SkimMatcherV2::default()
                .respect_case()
                .element_limit(64 * 1024),
            last: Mutex::default(),
        }
    }

    /// Number of roles indexed.
    pub fn role_count(&self) -> usize {
        self.roles.len()
    }

    /// Number of distinct texts and of distinct words indexed.
    pub fn size(&self) -> (usize, usize) {
        (self.texts.len(), self.vocab.words.len())
    }

    /// The folded form of short text `t`.
    pub(crate) fn short_folded(&self, t: TextId) -> &str {
        self.short_folded.get(t as usize)
    }

    /// Text `t` as written in the role file.
    pub(crate) fn text(&self, t: TextId) -> &str {
        self.texts.get(t as usize)
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

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("roles", &self.roles.len())
            .field("texts", &self.texts.len())
            .field("short_texts", &self.short_count)
            .field("words", &self.vocab.words.len())
            .finish()
    }
}

/// Distinct texts, short ones first, and every role's occurrences of them.
/// A long text equal to a short one is kept apart, as it is matched
/// differently.
#[allow(clippy::type_complexity)]
fn intern<'a>(
    gathered: &[Vec<(Field, &'a str)>],
) -> (
    Vec<&'a str>,
    Vec<&'a str>,
    Vec<Occurrence>,
    Vec<(usize, usize)>,
) {
    let total: usize = gathered.iter().map(Vec::len).sum();
    let mut short: HashMap<&str, TextId> =
        HashMap::with_capacity_and_hasher(total / 2, Default::default());
    let mut long: HashMap<&str, TextId> =
        HashMap::with_capacity_and_hasher(total / 4, Default::default());
    let mut short_texts: Vec<&str> = Vec::new();
    let mut long_texts: Vec<&str> = Vec::new();
    let mut raw: Vec<(TextId, bool, Field)> = Vec::with_capacity(total);
    let mut ranges = Vec::with_capacity(gathered.len());
    for texts in gathered {
        let start = raw.len();
        for &(field, text) in texts {
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
            raw.push((id, long_field, field));
        }
        ranges.push((start, raw.len()));
    }
    let short_count = short_texts.len() as TextId;
    let occurrences = raw
        .into_iter()
        .map(|(id, long_field, field)| Occurrence {
            text: if long_field { id + short_count } else { id },
            field,
        })
        .collect();
    (short_texts, long_texts, occurrences, ranges)
}

/// Roles in tie order: shorter title first, then alphabetically (folded,
/// then as written), then by id.
fn tie_order(lib: &Library, roles: &[RoleEntry], short_folded: &Packed) -> Vec<RoleIx> {
    let mut order: Vec<(usize, &str, &str, &str, RoleIx)> = lib
        .roles
        .iter()
        .zip(roles)
        .enumerate()
        .map(|(r, (role, entry))| {
            (
                role.title.chars().count(),
                short_folded.get(entry.title as usize),
                role.title.as_str(),
                role.id.as_str(),
                r,
            )
        })
        .collect();
    order.par_sort_unstable();
    order.into_iter().map(|o| o.4).collect()
}

/// Groups `items` by a dense key below `keys`, keeping their order within a
/// group: `starts[k]..starts[k + 1]` is group `k` of the returned values.
fn group_by_key<T: Copy + Default>(
    keys: usize,
    items: impl Iterator<Item = (usize, T)> + Clone,
) -> (Vec<u32>, Vec<T>) {
    let mut starts = vec![0u32; keys + 1];
    for (k, _) in items.clone() {
        starts[k + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next: Vec<u32> = starts[..keys].to_vec();
    let mut out: Vec<T> = vec![T::default(); starts[keys] as usize];
    for (k, item) in items {
        out[next[k] as usize] = item;
        next[k] += 1;
    }
    (starts, out)
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
            .map(move |occ| {
                (
                    occ.text as usize,
                    Holder {
                        role: r as u32,
                        field: occ.field,
                    },
                )
            })
    });
    group_by_key(texts, items)
}

/// Words longer than this are not worth a vocabulary entry (nobody types
/// them) and would only slow the typo scan.
const MAX_WORD_CHARS: usize = 48;

/// Calls `f` with every word of folded text: runs of letters and digits.
fn for_each_word<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let mut start = None;
        for (i, b) in bytes.iter().enumerate() {
            match (b.is_ascii_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    f(&text[s..i]);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            f(&text[s..]);
        }
        return;
    }
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if !word.is_empty() {
            f(word);
        }
    }
}

/// The words of one chunk of texts, each distinct word once in order of first
/// use, and every (word, text) pair once, in text order.
struct ChunkWords<'t> {
    words: Vec<&'t str>,
    uses: Vec<(u32, TextId)>,
}

fn chunk_words<'t>(texts: impl Iterator<Item = (TextId, &'t str)>) -> ChunkWords<'t> {
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut words: Vec<&str> = Vec::new();
    let mut last_text: Vec<TextId> = Vec::new();
    let mut uses = Vec::new();
    for (text, folded) in texts {
        for_each_word(folded, |word| {
            let next = words.len() as u32;
            let w = *ids.entry(word).or_insert(next);
            if w == next {
                words.push(word);
                last_text.push(text);
            } else if last_text[w as usize] == text {
                return;
            } else {
                last_text[w as usize] = text;
            }
            uses.push((w, text));
        });
    }
    ChunkWords { words, uses }
}

/// Texts whose words are collected per parallel task.
const WORD_CHUNK: usize = 1024;

fn build_vocab(folded: &[&Packed]) -> Vocab {
    // Text ids run through the packed lists one after the other.
    let mut all: Vec<(TextId, &str)> = Vec::new();
    for packed in folded {
        for t in packed.iter() {
            all.push((all.len() as TextId, t));
        }
    }
    let chunks: Vec<ChunkWords<'_>> = all
        .par_chunks(WORD_CHUNK)
        .map(|chunk| chunk_words(chunk.iter().copied()))
        .collect();
    // One id per distinct word across chunks, in order of first use.
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut words: Vec<&str> = Vec::new();
    let mut uses: Vec<(u32, TextId)> =
        Vec::with_capacity(chunks.iter().map(|c| c.uses.len()).sum());
    for chunk in &chunks {
        let global: Vec<u32> = chunk
            .words
            .iter()
            .map(|&word| {
                let next = words.len() as u32;
                let w = *ids.entry(word).or_insert(next);
                if w == next {
                    words.push(word);
                }
                w
            })
            .collect();
        uses.extend(chunk.uses.iter().map(|&(w, t)| (global[w as usize], t)));
    }
    let (starts, postings) = group_by_key(words.len(), uses.iter().map(|&(w, t)| (w as usize, t)));
    drop(uses);
    let mut sorted: Vec<(&str, u32)> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.chars().count() <= MAX_WORD_CHARS)
        .map(|(i, &w)| (w, i as u32))
        .collect();
    sorted.par_sort_unstable();
    let mut vocab = Vocab {
        starts: Vec::with_capacity(sorted.len() + 1),
        ..Vocab::default()
    };
    vocab.starts.push(0);
    for (word, w) in sorted {
        let w = w as usize;
        vocab.words.push(Box::from(word));
        vocab.lens.push(word.chars().count() as u16);
        vocab.masks.push(char_mask(word));
        vocab
            .postings
            .extend_from_slice(&postings[starts[w] as usize..starts[w + 1] as usize]);
        vocab.starts.push(vocab.postings.len() as u32);
    }
    vocab
}
