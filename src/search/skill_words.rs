//! Skills in a visitor's own words. What someone types when asked what they
//! can do ("mixing", "montage", "pro tols", "sound design") is read as the
//! library's skills the way a search query is read: by a skill's names in
//! every language and its other names, word forms, the library's synonyms
//! and typos. A word several skills share stands for all of them ("mixing":
//! digital mixing, mixing hardware); only what no skill's words fit is
//! unknown, with the closest names.

use foldhash::{HashMap, HashMapExt};

use super::forms::Forms;
use crate::fold::{char_mask, fold_str, words};
use crate::i18n::Lang;
use crate::library::{Library, SkillIx, skill_key};

/// Names longer than this are not compared letter by letter: a name is a
/// few words, and comparing a 50 KB one costs every visitor time.
const MAX_COMPARED_CHARS: usize = 64;

/// What something typed turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkillReading {
    /// One skill: by one of its names, or a near miss of one.
    Skill(SkillIx),
    /// Several skills whose names all hold the words typed, by name.
    Several(Vec<SkillIx>),
    /// No skill; the closest, best first.
    Unknown(Vec<SkillIx>),
}

impl SkillReading {
    /// The skills it stands for: none when unknown.
    pub fn skills(&self) -> &[SkillIx] {
        match self {
            SkillReading::Skill(ix) => std::slice::from_ref(ix),
            SkillReading::Several(skills) => skills,
            SkillReading::Unknown(_) => &[],
        }
    }
}

/// The words of every skill's names, ready to read what visitors type.
/// Built once per library; reading a phrase costs a lookup per word, and a
/// pass over the distinct words only for a word no form or synonym fits.
pub struct SkillWords {
    forms: Vec<Forms>,
    /// Each word's key in each language ([`Forms::key`]) → the skills with
    /// a word of that key, ascending, each once.
    by_key: HashMap<(Lang, String), Vec<SkillIx>>,
    /// Every distinct folded word of every name, sorted, with its skills:
    /// for word starts and typos.
    vocab: Vec<(String, Vec<SkillIx>)>,
    /// Each synonym's key → its group's keys, per language.
    synonyms: HashMap<(Lang, String), Vec<String>>,
    /// Every name as one word without separators ("protools"), with its
    /// length in chars, its letters ([`char_mask`]) and its skill: for a
    /// near miss of a whole name.
    compact: Vec<(String, usize, u64, SkillIx)>,
    /// The chars and letters of each word of `vocab`, in its order.
    vocab_shape: Vec<(usize, u64)>,
    /// The language names are shown in.
    lang: Lang,
}

impl std::fmt::Debug for SkillWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SkillWords")
            .field("words", &self.vocab.len())
            .finish()
    }
}

impl SkillWords {
    pub fn new(lib: &Library) -> SkillWords {
        let forms: Vec<Forms> = Lang::ALL.iter().map(|&l| Forms::new(l)).collect();
        let mut by_key: HashMap<(Lang, String), Vec<SkillIx>> = HashMap::new();
        let mut vocab: HashMap<String, Vec<SkillIx>> = HashMap::new();
        let mut compact = Vec::new();
        for (ix, skill) in lib.skills.iter().enumerate() {
            let names = Lang::ALL
                .iter()
                .filter_map(|&l| skill.name_in(l))
                .chain(skill.also.iter().map(String::as_str));
            for name in names {
                let folded = fold_str(name);
                for (_, word) in words(&folded) {
                    add_once(vocab.entry(word.to_string()).or_default(), ix);
                }
                let whole = skill_key(name).replace('-', "");
                let chars = whole.chars().count();
                if chars > 0 && chars <= MAX_COMPARED_CHARS {
                    let mask = char_mask(&whole);
                    compact.push((whole, chars, mask, ix));
                }
            }
        }
        for (word, skills) in &vocab {
            for (l, f) in Lang::ALL.iter().zip(&forms) {
                let list = by_key.entry((*l, f.key(word))).or_default();
                for &ix in skills {
                    add_once(list, ix);
                }
            }
        }
        for list in by_key.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        let mut synonyms: HashMap<(Lang, String), Vec<String>> = HashMap::new();
        for (l, f) in Lang::ALL.iter().zip(&forms) {
            for group in lib.synonyms.groups(*l) {
                let keys: Vec<String> = group.iter().map(|w| f.key(&fold_str(w))).collect();
                for key in &keys {
                    synonyms
                        .entry((*l, key.clone()))
                        .or_default()
                        .extend(keys.iter().cloned());
                }
            }
        }
        let mut vocab: Vec<(String, Vec<SkillIx>)> = vocab.into_iter().collect();
        vocab.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (_, skills) in &mut vocab {
            skills.sort_unstable();
        }
        let vocab_shape = vocab
            .iter()
            .map(|(w, _)| (w.chars().count(), char_mask(w)))
            .collect();
        SkillWords {
            vocab_shape,
            forms,
            by_key,
            vocab,
            synonyms,
            compact,
            lang: lib.lang,
        }
    }

    /// Reads one skill as typed: by a name, other name or id; else a near
    /// miss of one whole name that no other name comes as near; else the
    /// skills whose words hold every word typed (by form, synonym, a word's
    /// start or a typo); else unknown, with the closest.
    pub fn read(&self, lib: &Library, written: &str) -> SkillReading {
        let written = written.trim();
        if written.is_empty() {
            return SkillReading::Unknown(Vec::new());
        }
        if let Some(ix) = lib.skills.index_in(written, self.lang) {
            return SkillReading::Skill(ix);
        }
        if let Some(ix) = self.near_miss(written) {
            return SkillReading::Skill(ix);
        }
        let mut found = self.with_words(written, false);
        match found.len() {
            0 => SkillReading::Unknown(self.closest(lib, written, 3)),
            1 => SkillReading::Skill(found[0]),
            _ => {
                sort_by_name(lib, &mut found);
                SkillReading::Several(found)
            }
        }
    }

    /// The skills whose names hold every word of `typed`, the last word
    /// also as the start of a word, as someone filters a list while typing.
    pub fn filter(&self, typed: &str) -> Vec<SkillIx> {
        self.with_words(typed, true)
    }

    /// The one whole name `written` is a near miss of (a typo or two, glued
    /// or split words), if no other name is as near.
    fn near_miss(&self, written: &str) -> Option<SkillIx> {
        let wanted = skill_key(written).replace('-', "");
        let chars = wanted.chars().count();
        if chars == 0 || chars > MAX_COMPARED_CHARS {
            return None;
        }
        let allowed = match chars {
            0..=3 => 0,
            4..=7 => 1,
            8..=12 => 2,
            _ => 3,
        };
        let mask = char_mask(&wanted);
        let mut best: Option<(usize, SkillIx)> = None;
        let mut tied = false;
        for (name, len, letters, ix) in &self.compact {
            // An edit changes the length by one at most, and the letters
            // used by two at most.
            if len.abs_diff(chars) > allowed || (letters ^ mask).count_ones() as usize > 2 * allowed
            {
                continue;
            }
            let d = strsim::damerau_levenshtein(&wanted, name);
            if d > allowed {
                continue;
            }
            match best {
                Some((b, bix)) if d == b && bix != *ix => tied = true,
                Some((b, _)) if d >= b => {}
                _ => {
                    best = Some((d, *ix));
                    tied = false;
                }
            }
        }
        best.filter(|_| !tied).map(|(_, ix)| ix)
    }

    /// The skills, ascending, whose words hold every word typed.
    fn with_words(&self, typed: &str, last_as_start: bool) -> Vec<SkillIx> {
        let folded = fold_str(typed);
        let all: Vec<&str> = words(&folded).map(|(_, w)| w).collect();
        let content: Vec<&str> = all
            .iter()
            .copied()
            .filter(|w| !super::query::is_filler_anywhere(w))
            .collect();
        let wanted = if content.is_empty() { all } else { content };
        let Some(last) = wanted.len().checked_sub(1) else {
            return Vec::new();
        };
        let mut found: Option<Vec<SkillIx>> = None;
        for (n, word) in wanted.iter().enumerate() {
            let mut these = self.by_form(word);
            if these.is_empty() || (last_as_start && n == last) {
                these.extend(self.by_start_or_typo(word));
                these.sort_unstable();
                these.dedup();
            }
            found = Some(match found {
                None => these,
                Some(before) => before
                    .into_iter()
                    .filter(|ix| these.binary_search(ix).is_ok())
                    .collect(),
            });
            if found.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        found.unwrap_or_default()
    }

    /// The skills with a word of the same form as `word`, or a synonym's,
    /// in any language, ascending.
    fn by_form(&self, word: &str) -> Vec<SkillIx> {
        let mut out = Vec::new();
        for (l, f) in Lang::ALL.iter().zip(&self.forms) {
            let key = f.key(word);
            let mut keys = f.family(&key);
            if let Some(group) = self.synonyms.get(&(*l, key.clone())) {
                keys.extend(group.iter().cloned());
            }
            for k in keys {
                if let Some(skills) = self.by_key.get(&(*l, k)) {
                    out.extend_from_slice(skills);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The skills with a word that starts with `word` (three letters or
    /// more), or that is a typo or two away from it.
    fn by_start_or_typo(&self, word: &str) -> Vec<SkillIx> {
        let chars = word.chars().count();
        let mut out = Vec::new();
        if chars >= 3 {
            let from = self.vocab.partition_point(|(w, _)| w.as_str() < word);
            for (w, skills) in &self.vocab[from..] {
                if !w.starts_with(word) {
                    break;
                }
                out.extend_from_slice(skills);
            }
        }
        let edits = super::typo::max_edits(chars);
        if edits > 0 && chars <= MAX_COMPARED_CHARS {
            let mask = char_mask(word);
            for ((w, skills), (len, letters)) in self.vocab.iter().zip(&self.vocab_shape) {
                if len.abs_diff(chars) > edits
                    || *len > MAX_COMPARED_CHARS
                    || (letters ^ mask).count_ones() as usize > 2 * edits
                {
                    continue;
                }
                if strsim::damerau_levenshtein(word, w) <= edits {
                    out.extend_from_slice(skills);
                }
            }
        }
        out
    }

    /// The skills closest to `written`, best first: those sharing most of
    /// its words (by form, start or typo), then by how alike the whole
    /// names are.
    pub fn closest(&self, lib: &Library, written: &str, most: usize) -> Vec<SkillIx> {
        let folded = fold_str(written);
        let mut shared: HashMap<SkillIx, usize> = HashMap::new();
        for (_, word) in words(&folded).take(crate::search::MAX_WORDS) {
            if super::query::is_filler_anywhere(word) {
                continue;
            }
            let mut these = self.by_form(word);
            these.extend(self.by_start_or_typo(word));
            these.sort_unstable();
            these.dedup();
            for ix in these {
                *shared.entry(ix).or_default() += 1;
            }
        }
        let wanted = skill_key(written).replace('-', "");
        let wanted: String = wanted.chars().take(MAX_COMPARED_CHARS).collect();
        let mut alike: Vec<(usize, f64, SkillIx)> = lib
            .skills
            .iter()
            .enumerate()
            .map(|(ix, s)| {
                let name = skill_key(s.name(self.lang)).replace('-', "");
                let name: String = name.chars().take(MAX_COMPARED_CHARS).collect();
                let words = shared.get(&ix).copied().unwrap_or(0);
                (words, strsim::jaro_winkler(&wanted, &name), ix)
            })
            .collect();
        alike.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
        alike.into_iter().take(most).map(|(_, _, ix)| ix).collect()
    }
}

fn add_once(list: &mut Vec<SkillIx>, ix: SkillIx) {
    if list.last() != Some(&ix) {
        list.push(ix);
    }
}

fn sort_by_name(lib: &Library, skills: &mut [SkillIx]) {
    skills.sort_by_cached_key(|&ix| {
        lib.skills
            .get(ix)
            .map(|s| fold_str(s.name(lib.lang)))
            .unwrap_or_default()
    });
}
