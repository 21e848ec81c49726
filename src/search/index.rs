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

/// Position of a text in [`SearchIndex::texts`]. Short texts (titles,
/// aliases, search terms, department names, skills) come first, so the ids
/// below [`SearchIndex::short_count`] are the ones matched as subsequences.
pub(crate) type TextId = u32;

/// Everything searchable in a library, built once after loading.
///
/// A text that appears in many roles (a department's skills, a common alias)
/// is stored and scored once per query, then credited to every role holding it.
pub struct SearchIndex {
    /// Each distinct text as written in the role files.
    pub(crate) texts: Vec<Box<str>>,
    pub(crate) short_count: usize,
    /// Folded short texts end to end, `short_ends[i]` bytes in after the
    /// i-th, with their character sets: the subsequence scan reads them in
    /// one sweep.
    pub(crate) short_buf: String,
    pub(crate) short_ends: Vec<u32>,
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

        // Distinct texts, short ones first; a long text equal to a short one
        // is kept apart because it is matched differently.
        let mut short: HashMap<&str, TextId> = HashMap::default();
        let mut long: HashMap<&str, TextId> = HashMap::default();
        let mut short_texts: Vec<&str> = Vec::new();
        let mut long_texts: Vec<&str> = Vec::new();
        let mut raw: Vec<(TextId, bool, Field)> = Vec::new();
        let mut ranges = Vec::with_capacity(gathered.len());
        for texts in &gathered {
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
        let short_count = short_texts.len();
        let occurrences: Vec<Occurrence> = raw
            .iter()
            .map(|&(id, long_field, field)| Occurrence {
                text: if long_field {
                    id + short_count as TextId
                } else {
                    id
                },
                field,
            })
            .collect();

        let all: Vec<&str> = short_texts.iter().chain(&long_texts).copied().collect();
        let folded: Vec<String> = all.par_iter().map(|t| fold_str(t)).collect();
        let vocab = build_vocab(&folded);
        let short_mask: Vec<u64> = folded[..short_count]
            .par_iter()
            .map(|f| char_mask(f))
            .collect();
        let mut short_buf = String::new();
        let mut short_ends = Vec::with_capacity(short_count);
        for f in &folded[..short_count] {
            short_buf.push_str(f);
            short_ends.push(short_buf.len() as u32);
        }
        drop(folded);
        let texts: Vec<Box<str>> = all.par_iter().map(|t| Box::from(*t)).collect();

        let mut roles: Vec<RoleEntry> = ranges
            .iter()
            .map(|&(start, end)| RoleEntry {
                start: start as u32,
                end: end as u32,
                title: occurrences.get(start).map_or(0, |o| o.text),
                tie: 0,
            })
            .collect();
        for (rank, r) in tie_order(lib).into_iter().enumerate() {
            roles[r].tie = rank as u32;
        }
        let (holder_starts, holders) = build_holders(texts.len(), &roles, &occurrences);

        SearchIndex {
            texts,
            short_count,
            short_buf,
            short_ends,
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
        let t = t as usize;
        let start = if t == 0 {
            0
        } else {
            self.short_ends[t - 1] as usize
        };
        &self.short_buf[start..self.short_ends[t] as usize]
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

/// Roles in tie order: shorter title first, then alphabetically (folded,
/// then as written), then by id.
fn tie_order(lib: &Library) -> Vec<RoleIx> {
    let mut order: Vec<(usize, String, &str, &str, RoleIx)> = lib
        .roles
        .par_iter()
        .enumerate()
        .map(|(r, role)| {
            (
                role.title.chars().count(),
                fold_str(&role.title),
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
fn group_by_key<T: Copy>(
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
    let mut out: Vec<Option<T>> = vec![None; starts[keys] as usize];
    for (k, item) in items {
        out[next[k] as usize] = Some(item);
        next[k] += 1;
    }
    (starts, out.into_iter().flatten().collect())
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

fn build_vocab(folded: &[String]) -> Vocab {
    // Each distinct word gets an id in order of first use; every text lists
    // each of its words once.
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut last_text: Vec<TextId> = Vec::new();
    let mut uses: Vec<(u32, TextId)> = Vec::new();
    for (text, f) in folded.iter().enumerate() {
        let text = text as TextId;
        for word in f.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            let next = last_text.len() as u32;
            let w = *ids.entry(word).or_insert(next);
            if w == next {
                last_text.push(text);
            } else if last_text[w as usize] == text {
                continue;
            } else {
                last_text[w as usize] = text;
            }
            uses.push((w, text));
        }
    }
    let (starts, postings) =
        group_by_key(last_text.len(), uses.iter().map(|&(w, t)| (w as usize, t)));
    drop(uses);
    let mut sorted: Vec<(&str, u32)> = ids
        .into_iter()
        .filter(|(w, _)| w.chars().count() <= MAX_WORD_CHARS)
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
