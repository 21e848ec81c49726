//! A library's skills as things, not strings: each skill has an id, a
//! category, a name in each language and other names it is known by, so
//! that one skill is the same skill in every role and every language.
//!
//! Staff declare them in `_skills.toml` at the library's root. Role files
//! name skills as people write them ("Pro Tools", "music theory"): any of a
//! skill's names, its other names or its id, forgiving case, accents and
//! punctuation. A library without `_skills.toml` still has skills: each
//! distinct name its role files use is one.

use foldhash::{HashMap, HashMapExt};
use toml::de::{DeTable, DeValue};

use super::fields::Doc;
use super::position::Position;
use crate::i18n::Lang;

/// The file, at the library's root.
pub const SKILLS_FILE: &str = "_skills.toml";

/// The keys of one skill in `_skills.toml`, besides one per language.
const SKILL_KEYS: &[&str] = &["category", "also"];

/// Position of a skill in its [`SkillTable`].
pub type SkillIx = usize;

/// One skill of a library.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Skill {
    /// Stable, for scripts and links: `pro-tools`.
    pub id: String,
    /// The heading it is listed under when picking skills: `technical`.
    pub category: String,
    /// Its name in each language of [`Lang::ALL`], where it has one.
    names: Vec<Option<String>>,
    /// Other names it is known by, in any language: `protools`, `DAW`.
    pub also: Vec<String>,
    /// The line of `_skills.toml` that declares it; `None` for a skill only
    /// a role file names.
    pub line: Option<usize>,
}

impl Skill {
    /// Its name in `lang`, if it has one there.
    pub fn name_in(&self, lang: Lang) -> Option<&str> {
        self.names.get(lang_slot(lang))?.as_deref()
    }

    /// Its name in `lang`, or else in the first language that names it.
    pub fn name(&self, lang: Lang) -> &str {
        self.name_in(lang)
            .or_else(|| self.names.iter().flatten().next().map(String::as_str))
            .unwrap_or(&self.id)
    }
}

fn lang_slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Every skill of a library, found by id or by any of its names.
#[derive(Clone, Debug, Default)]
pub struct SkillTable {
    skills: Vec<Skill>,
    /// Every id, name and other name, as [`key`] makes them.
    by_key: HashMap<String, SkillIx>,
    /// Names exactly as role files wrote them, once resolved: most skills
    /// are written the same way in many roles.
    by_written: HashMap<String, SkillIx>,
    /// Whether the library declares its skills in `_skills.toml`.
    declared: bool,
    /// `_skills.toml`, as problems name it, when the library has one.
    file: Option<String>,
    /// Names in one language that are another skill's name in another
    /// language, by language and key: `by_key` finds the other skill (an
    /// id, an other name or an English name), these the skill meant by
    /// someone speaking that language.
    shadowed: HashMap<(usize, String), SkillIx>,
    /// Where the French names depart from French typography: advice for
    /// `check`, not problems.
    advice: Vec<super::Problem>,
    /// Tables of `_skills.toml` could not be read (staff are half-way
    /// through editing one): a name it does not declare may be one of
    /// theirs, so none is reported.
    tables_left_out: bool,
}

impl SkillTable {
    /// Whether the skills come from `_skills.toml`, so that a role naming
    /// another one is a problem.
    pub fn is_declared(&self) -> bool {
        self.declared
    }

    pub fn len(&self) -> usize {
        self.skills.len()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Skill> {
        self.skills.iter()
    }

    pub fn get(&self, ix: SkillIx) -> Option<&Skill> {
        self.skills.get(ix)
    }

    /// The skill with this id.
    pub fn by_id(&self, id: &str) -> Option<&Skill> {
        self.index_of(id).and_then(|ix| self.skills.get(ix))
    }

    /// The skill `written` names, by id, name or other name, forgiving
    /// case, accents and punctuation.
    pub fn index_of(&self, written: &str) -> Option<SkillIx> {
        self.by_written
            .get(written)
            .or_else(|| self.by_key.get(&key(written)))
            .copied()
    }

    /// The skill `written` names for someone speaking `lang`: a name in
    /// `lang` before another skill's same name in another language.
    pub fn index_in(&self, written: &str, lang: Lang) -> Option<SkillIx> {
        if !self.shadowed.is_empty()
            && let Some(&ix) = self.shadowed.get(&(lang_slot(lang), key(written)))
        {
            return Some(ix);
        }
        self.index_of(written)
    }

    /// The skill `written` names, declaring it from that name when no skill
    /// has it: how a library without `_skills.toml` gets its skills, and
    /// how a skill a role names wrongly still shows. `Err` carries the new
    /// skill when the table is declared, so the caller can say so.
    pub(crate) fn resolve(&mut self, written: &str, category: &str) -> Result<SkillIx, SkillIx> {
        if let Some(&ix) = self.by_written.get(written) {
            return Ok(ix);
        }
        let id = key(written);
        if let Some(&ix) = self.by_key.get(&id) {
            self.by_written.insert(written.to_string(), ix);
            return Ok(ix);
        }
        let ix = self.skills.len();
        let mut names = vec![None; Lang::ALL.len()];
        names[lang_slot(Lang::En)] = Some(written.to_string());
        self.skills.push(Skill {
            id: if id.is_empty() {
                written.to_string()
            } else {
                id.clone()
            },
            category: category.to_string(),
            names,
            also: Vec::new(),
            line: None,
        });
        self.by_written.insert(self.skills[ix].id.clone(), ix);
        self.by_key.insert(id, ix);
        self.by_written.insert(written.to_string(), ix);
        if self.declared && !self.tables_left_out {
            Err(ix)
        } else {
            Ok(ix)
        }
    }

    /// Where the French names depart from French typography.
    pub fn advice(&self) -> &[super::Problem] {
        &self.advice
    }

    /// Some tables of `_skills.toml` were left out: see
    /// [`SkillTable::tables_left_out`].
    pub(crate) fn leave_out_tables(&mut self) {
        self.tables_left_out = true;
    }

    /// Where tables of `_skills.toml` were left out, each skill only role
    /// files declare now gets the names the same skill had in `old`, the
    /// last version that read whole: a skill whose table staff are editing
    /// keeps its name in every language meanwhile.
    pub(crate) fn keep_names_from(&mut self, old: &SkillTable) {
        if !self.tables_left_out {
            return;
        }
        for ix in 0..self.skills.len() {
            if self.skills[ix].line.is_some() {
                continue;
            }
            let Some(had) = old
                .index_of(self.skills[ix].name(Lang::En))
                .and_then(|o| old.skills.get(o))
                .filter(|had| had.line.is_some())
            else {
                continue;
            };
            let mut names = Vec::new();
            for (slot, name) in had.names.iter().enumerate() {
                let Some(name) = name else { continue };
                if let Some(empty @ None) = self.skills[ix].names.get_mut(slot) {
                    *empty = Some(name.clone());
                    names.push(key(name));
                }
            }
            names.extend(had.also.iter().map(|n| key(n)));
            for k in names {
                self.by_key.entry(k).or_insert(ix);
            }
        }
    }

    /// Gives skill `ix` its name in `lang` when it has none there yet;
    /// the name it already has otherwise, if that differs.
    pub(crate) fn name_from_translation(
        &mut self,
        ix: SkillIx,
        lang: Lang,
        name: &str,
    ) -> Option<String> {
        let skill = self.skills.get_mut(ix)?;
        let slot = skill.names.get_mut(lang_slot(lang))?;
        match slot {
            Some(have) if key(have) != key(name) => Some(have.clone()),
            Some(_) => None,
            None => {
                *slot = Some(name.to_string());
                let k = key(name);
                self.by_key.entry(k).or_insert(ix);
                None
            }
        }
    }
}

/// Declared skills compared with an undeclared name before its closest
/// ones are given up, for a whole library: each comparison is cheap, but a
/// library of thousands of skills and thousands of undeclared names must
/// still load at once.
pub(crate) const CLOSEST_BUDGET: usize = 2_000_000;

impl SkillTable {
    /// The declared skills closest to `written`, best first, at most
    /// `most`; each skill compared is taken from `budget`, and none are
    /// looked for once it runs out.
    pub(crate) fn closest_declared(
        &self,
        written: &str,
        most: usize,
        budget: &mut usize,
    ) -> Vec<SkillIx> {
        let declared = self.skills.iter().filter(|s| s.line.is_some()).count();
        if declared == 0 || declared > *budget {
            return Vec::new();
        }
        *budget -= declared;
        let wanted = key(written);
        let mut scored: Vec<(usize, SkillIx)> = self
            .skills
            .iter()
            .enumerate()
            .filter(|(_, s)| s.line.is_some())
            .filter_map(|(ix, s)| {
                let names = s
                    .names
                    .iter()
                    .flatten()
                    .chain(&s.also)
                    .chain(std::iter::once(&s.id));
                names
                    .filter_map(|n| distance(&wanted, &key(n)))
                    .min()
                    .map(|d| (d, ix))
            })
            .collect();
        scored.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| self.skills[a.1].id.cmp(&self.skills[b.1].id))
        });
        if scored.is_empty() {
            // None within typos: those whose letters come close.
            let compact = |k: String| k.replace('-', "");
            let wanted = compact(wanted);
            if wanted.chars().count() > LONGEST_COMPARED {
                return Vec::new();
            }
            let mut alike: Vec<(f64, SkillIx)> = self
                .skills
                .iter()
                .enumerate()
                .filter(|(_, s)| s.line.is_some())
                .filter_map(|(ix, s)| {
                    let name = compact(key(s.name(Lang::En)));
                    (name.chars().count() <= LONGEST_COMPARED)
                        .then(|| (strsim::jaro_winkler(&wanted, &name), ix))
                })
                .filter(|&(alike, _)| alike >= LETTERS_ALIKE)
                .collect();
            alike.sort_by(|a, b| b.0.total_cmp(&a.0));
            return alike.into_iter().take(most).map(|(_, ix)| ix).collect();
        }
        scored.into_iter().take(most).map(|(_, ix)| ix).collect()
    }
}

/// How alike (Jaro–Winkler) a declared name's letters must be to an
/// undeclared one's to be suggested when none is within typos of it.
const LETTERS_ALIKE: f64 = 0.85;

/// Names longer than this, in letters, are compared whole and not for
/// typos: spelling distance costs the product of two names' lengths, and
/// no skill's name is a paragraph.
const LONGEST_COMPARED: usize = 120;

/// Where [`distance`] stops counting typos in a whole name and starts
/// counting a name that holds the words typed.
const WORDS: usize = 10;

/// How far `wanted` is from `name`, both keys, when they are close enough
/// to suggest: typos, glued or split words, the first words of a longer
/// name ("music theory" for "music theory and harmony"), words in another
/// order.
fn distance(wanted: &str, name: &str) -> Option<usize> {
    if wanted.is_empty() {
        return None;
    }
    let compact = |s: &str| s.replace('-', "");
    let (w, n) = (compact(wanted), compact(name));
    if w == n {
        return Some(0);
    }
    let (w_len, n_len) = (w.chars().count(), n.chars().count());
    if w_len > LONGEST_COMPARED || n_len > LONGEST_COMPARED {
        return None;
    }
    let allowed = match w_len {
        0..=3 => 0,
        4..=7 => 1,
        8..=12 => 2,
        _ => 3,
    };
    // Lengths further apart than the typos allowed cannot be within them.
    if w_len.abs_diff(n_len) <= allowed {
        let typo = strsim::damerau_levenshtein(&w, &n);
        if typo <= allowed {
            return Some(1 + typo);
        }
    }
    // Every word typed, give or take a typo, among the name's words.
    let name_words: Vec<&str> = name.split('-').collect();
    let mut missing_letters = 0;
    for word in wanted.split('-') {
        let allowed = match word.chars().count() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        let best = name_words
            .iter()
            .map(|n| {
                if n.starts_with(word) && word.len() >= 3 {
                    0
                } else {
                    strsim::damerau_levenshtein(word, n)
                }
            })
            .min()?;
        if best > allowed {
            return None;
        }
        missing_letters += best;
    }
    Some(WORDS + missing_letters + name_words.len())
}

/// The key a skill is found by: lower case, without accents, words joined
/// by `-`: "Pro Tools", "pro-tools" and "PRO TOOLS" are one key, and so are
/// "décision" and "decision". A `+` or `#` written onto a word is a word of
/// its own ("C++" is `c-plus-plus`, "C#" `c-sharp`), so that those skills
/// stay apart from "C".
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    // Whether a `+` or `#` here belongs to the word before it.
    let mut attached = false;
    let mut push = |c: char, out: &mut String| {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            attached = true;
            out.extend(c.to_lowercase());
        } else if attached && (c == '+' || c == '#') {
            // "C++", "C#" and "C" are three languages: the signs are words.
            out.push_str(if c == '+' { "-plus" } else { "-sharp" });
            gap = true;
        } else {
            gap = true;
            attached = false;
        }
    };
    if name.is_ascii() {
        // Nearly every name: no accents to take off.
        for c in name.chars() {
            push(c, &mut out);
        }
    } else {
        use unicode_normalization::UnicodeNormalization;
        use unicode_normalization::char::is_combining_mark;
        for c in name.nfd().filter(|&c| !is_combining_mark(c)) {
            push(c, &mut out);
        }
    }
    out
}

/// How a key names a skill, for what clashes with what: a name in one
/// language clashes only with names in that language, so one word can be
/// one skill's French name and another's English one. An id is what role
/// files and scripts write, as they write English names: it clashes with
/// ids and English names. An other name is for any language, and clashes
/// with every key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Said {
    Everywhere,
    Id,
    In(usize),
}

impl Said {
    fn clashes_with(self, other: Said) -> bool {
        let english = Said::In(lang_slot(Lang::En));
        match (self, other) {
            (Said::Everywhere, _) | (_, Said::Everywhere) => true,
            (Said::Id, Said::Id) => true,
            (Said::Id, named) | (named, Said::Id) => named == english,
            (a, b) => a == b,
        }
    }

    /// Which skill a key shared across languages finds when no language
    /// is said: the one it is an id or other name of, else the one named
    /// so in English, the language role files are written in.
    fn rank(self) -> u8 {
        match self {
            Said::Everywhere | Said::Id => 0,
            Said::In(slot) if slot == lang_slot(Lang::En) => 1,
            Said::In(_) => 2,
        }
    }
}

/// Where each key was first met, and as what, to report a name two skills
/// share in one language.
#[derive(Default)]
struct Taken {
    by_key: HashMap<String, Vec<(Said, usize, String)>>,
}

impl Taken {
    /// The skill (line, id) that already has `key` in a way `said`
    /// clashes with.
    fn clash(&self, key: &str, said: Said, own: &str) -> Option<(usize, &str)> {
        self.by_key
            .get(key)?
            .iter()
            .find(|(s, _, id)| id != own && s.clashes_with(said))
            .map(|(_, line, id)| (*line, id.as_str()))
    }

    /// The best way `key` was met so far, if at all.
    fn best(&self, key: &str) -> Option<Said> {
        let met = self.by_key.get(key)?;
        met.iter().map(|&(s, _, _)| s).min_by_key(|s| s.rank())
    }
}

/// Reads `_skills.toml`: one table a skill, named by its id, with its
/// category, a name per language code and other names.
pub(crate) fn read(doc: &mut Doc<'_>, table: &DeTable<'_>) -> SkillTable {
    let mut out = SkillTable {
        declared: true,
        ..SkillTable::default()
    };
    let mut keys: Vec<&str> = SKILL_KEYS.to_vec();
    keys.extend(Lang::ALL.iter().map(|l| l.code()));
    let mut taken = Taken::default();
    for (id, value) in table.iter() {
        // Every problem found in a skill's table is about that skill.
        let found_before = doc.problems.len();
        read_skill(doc, id, value, &keys, &mut taken, &mut out);
        let skill = key(id.get_ref());
        for problem in &mut doc.problems[found_before..] {
            problem.skill.get_or_insert_with(|| skill.clone());
        }
    }
    report_missing_names(doc, &out);
    // Staff's own French: its typography is worth advice.
    let french = table.iter().filter_map(|(_, skill)| match skill.get_ref() {
        DeValue::Table(fields) => fields
            .get(Lang::Fr.code())
            .filter(|name| matches!(name.get_ref(), DeValue::String(_)))
            .map(|name| name.span()),
        _ => None,
    });
    let french: Vec<_> = french.collect();
    out.advice = super::typography::check_strings(doc, french, false);
    out.file = Some(doc.path.to_string());
    out
}

/// Reads one skill's table of `_skills.toml` into `out`.
fn read_skill(
    doc: &mut Doc<'_>,
    id: &toml::Spanned<std::borrow::Cow<'_, str>>,
    value: &toml::Spanned<DeValue<'_>>,
    keys: &[&str],
    taken: &mut Taken,
    out: &mut SkillTable,
) {
    let at = id.span().start;
    let line = doc.position(at).line;
    let id_text = id.get_ref().to_string();
    let DeValue::Table(fields) = value.get_ref() else {
        doc.report(
            at..at,
            crate::t!(
                "problem-skill-not-table",
                id = crate::clean::clean_line(&id_text)
            ),
        );
        return;
    };
    if key(&id_text) != id_text {
        doc.report(
            at..at,
            crate::t!(
                "problem-skill-id",
                id = crate::clean::clean_line(&id_text),
                suggested = key(&id_text)
            ),
        );
    }
    doc.check_keys(fields, keys, Some(&id_text));
    let names: Vec<Option<String>> = Lang::ALL
        .iter()
        .map(|l| doc.text(fields, l.code()))
        .collect();
    if names.iter().all(Option::is_none) {
        doc.report(
            at..at,
            crate::t!(
                "problem-skill-no-name",
                id = crate::clean::clean_line(&id_text)
            ),
        );
    }
    let category = doc.text(fields, "category").unwrap_or_default();
    if category.is_empty() {
        doc.report(
            at..at,
            crate::t!(
                "problem-skill-no-category",
                id = crate::clean::clean_line(&id_text)
            ),
        );
    }
    let also = doc.strings(fields, "also");
    let ix = out.skills.len();
    let id = key(&id_text);
    let mut said: Vec<(String, Said)> = vec![(id.clone(), Said::Id)];
    said.extend(also.iter().map(|n| (key(n), Said::Everywhere)));
    for (slot, name) in names.iter().enumerate() {
        if let Some(name) = name {
            said.push((key(name), Said::In(slot)));
        }
    }
    // One skill may give one key several ways (an id that is also its
    // English name): a way that clashes with all another one does is
    // weighed alone.
    said.sort_by(|a, b| (&a.0, a.1.rank()).cmp(&(&b.0, b.1.rank())));
    let english = Said::In(lang_slot(Lang::En));
    said.dedup_by(|later, first| {
        later.0 == first.0
            && (first.1 == Said::Everywhere || (first.1 == Said::Id && later.1 == english))
    });
    let mut reported: Vec<&str> = Vec::new();
    for (k, how) in &said {
        if let Some((other_line, other_id)) = taken.clash(k, *how, &id) {
            if !reported.contains(&k.as_str()) {
                let message = crate::t!(
                    "problem-skill-name-taken",
                    name = k.clone(),
                    other = other_id.to_string(),
                    line = other_line
                );
                doc.report(at..at, message);
                about(doc, &id);
                reported.push(k);
            }
            continue;
        }
        let finds = match taken.best(k) {
            None => true,
            Some(best) => how.rank() < best.rank(),
        };
        match out.by_key.get(k).copied() {
            None => {
                out.by_key.insert(k.clone(), ix);
            }
            Some(other) if other == ix => {}
            Some(_) if !finds => {
                // Another skill's name in another language: found by this
                // name only where this language is spoken.
                if let Said::In(slot) = how {
                    out.shadowed.insert((*slot, k.clone()), ix);
                }
            }
            Some(other) => {
                if let Some(Said::In(slot)) = taken.best(k) {
                    out.shadowed.insert((slot, k.clone()), other);
                }
                out.by_key.insert(k.clone(), ix);
            }
        }
        taken
            .by_key
            .entry(k.clone())
            .or_default()
            .push((*how, line, id.clone()));
    }
    out.by_written.insert(id.clone(), ix);
    out.skills.push(Skill {
        id,
        category,
        names,
        also,
        line: Some(line),
    });
}

/// Marks the problem last reported as being about skill `id`.
fn about(doc: &mut Doc<'_>, id: &str) {
    if let Some(problem) = doc.problems.last_mut() {
        problem.skill = Some(id.to_string());
    }
}

/// A language some skill is named in is a language every skill needs a
/// name in.
fn report_missing_names(doc: &mut Doc<'_>, table: &SkillTable) {
    for lang in Lang::ALL {
        let used = table.skills.iter().any(|s| s.name_in(lang).is_some());
        if !used {
            continue;
        }
        for skill in table.skills.iter().filter(|s| s.name_in(lang).is_none()) {
            let Some(line) = skill.line else { continue };
            let message = crate::t!(
                "problem-skill-no-name-in",
                id = skill.id.as_str(),
                code = lang.code(),
                name = skill.name(Lang::En).to_string()
            );
            let problem = super::Problem::new(doc.path, message).skill(skill.id.as_str());
            doc.problems.push(problem.at(Position { line, column: 1 }));
        }
    }
}

/// Look-alikes listed at most, in a library that has many: fixing these
/// and checking again lists the rest.
const LOOK_ALIKES_LISTED: usize = 50;

/// Pairs of names compared at most when looking for look-alikes: many
/// names one letter apart put many names in one bucket.
const LOOK_ALIKE_BUDGET: usize = 2_000_000;

impl SkillTable {
    /// Two declared skills that look like one, named in the same language:
    /// the same words in another order, a plural, a near-miss spelling, but
    /// not names that differ only in a number ("Python 2", "Python 3").
    /// Each skill is reported once, after the first it looks like; found
    /// through names grouped by shape, never by comparing every pair, and
    /// at most `LOOK_ALIKES_LISTED` listed. Asked for by `check` only.
    pub fn look_alikes(&self) -> Vec<super::Problem> {
        let Some(file) = &self.file else {
            return Vec::new();
        };
        // For each skill, the first earlier skill it looks like.
        let mut alike: Vec<Option<SkillIx>> = vec![None; self.skills.len()];
        let mut note = |later: SkillIx, earlier: SkillIx| {
            let (earlier, later) = (earlier.min(later), earlier.max(later));
            if earlier != later && alike[later].is_none_or(|e| earlier < e) {
                alike[later] = Some(earlier);
            }
        };
        let mut budget = LOOK_ALIKE_BUDGET;
        for lang in Lang::ALL {
            let mut by_words: HashMap<String, SkillIx> = HashMap::new();
            let mut by_deletion: HashMap<Vec<char>, Vec<SkillIx>> = HashMap::new();
            let mut compact: Vec<Option<Vec<char>>> = vec![None; self.skills.len()];
            for (ix, skill) in self.skills.iter().enumerate() {
                let (Some(name), Some(_)) = (skill.name_in(lang), skill.line) else {
                    continue;
                };
                let k = key(name);
                match by_words.get(&sorted_singular(&k)) {
                    Some(&first) => note(ix, first),
                    None => {
                        by_words.insert(sorted_singular(&k), ix);
                    }
                }
                let letters: Vec<char> = k.chars().filter(|&c| c != '-').collect();
                if letters.len() < 6 || letters.len() > LONGEST_COMPARED {
                    continue;
                }
                // Two names one edit apart share the name itself or the
                // name less one letter.
                by_deletion.entry(letters.clone()).or_default().push(ix);
                for i in 0..letters.len() {
                    let mut less = letters.clone();
                    less.remove(i);
                    by_deletion.entry(less).or_default().push(ix);
                }
                compact[ix] = Some(letters);
            }
            for bucket in by_deletion.values_mut() {
                bucket.dedup();
                for (n, &b) in bucket.iter().enumerate() {
                    for &a in &bucket[..n] {
                        if budget == 0 {
                            break;
                        }
                        budget -= 1;
                        let (Some(ca), Some(cb)) = (&compact[a], &compact[b]) else {
                            continue;
                        };
                        if within_one_edit(ca, cb) && !numbers_apart(ca, cb) {
                            note(b, a);
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        let found = alike.iter().filter(|a| a.is_some()).count();
        for (later, earlier) in alike.iter().enumerate() {
            let Some(earlier) = earlier else { continue };
            if out.len() == LOOK_ALIKES_LISTED {
                break;
            }
            let (later, earlier) = (&self.skills[later], &self.skills[*earlier]);
            let (Some(line), Some(first)) = (later.line, earlier.line) else {
                continue;
            };
            let message = crate::t!(
                "problem-skill-look-alike",
                id = later.id.as_str(),
                other = earlier.id.as_str(),
                line = first
            );
            let problem = super::Problem::new(file, message).skill(later.id.as_str());
            out.push(problem.at(Position { line, column: 1 }));
        }
        if found > out.len() {
            let message = crate::t!(
                "problem-skill-look-alikes-more",
                listed = out.len(),
                count = found - out.len()
            );
            out.push(super::Problem::new(file, message).counting_the_rest());
        }
        out
    }
}

/// Whether two names carry different numbers: versions and models
/// ("Windows 10", "Windows 11", "Python 3") are different skills.
fn numbers_apart(a: &[char], b: &[char]) -> bool {
    let digits_a = a.iter().filter(|c| c.is_ascii_digit());
    !digits_a.eq(b.iter().filter(|c| c.is_ascii_digit()))
}

/// Whether `a` becomes `b` by one edit at most: a letter added, dropped or
/// changed, or two neighbours swapped (a Damerau–Levenshtein distance of 0
/// or 1), found in one pass.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if same == a.len() {
        // Equal, or `b` has one letter more at the end.
        return true;
    }
    if a.len() < b.len() {
        // `b` has one letter more, here.
        return a[same..] == b[same + 1..];
    }
    // A letter changed, or two neighbours swapped.
    a[same + 1..] == b[same + 1..]
        || (same + 1 < a.len()
            && a[same] == b[same + 1]
            && a[same + 1] == b[same]
            && a[same + 2..] == b[same + 2..])
}

/// A key's words made singular and sorted: "Mixing consoles" and "console
/// mixing" have the same.
fn sorted_singular(key: &str) -> String {
    let mut words: Vec<&str> = key
        .split('-')
        .map(|w| {
            if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                &w[..w.len() - 1]
            } else {
                w
            }
        })
        .collect();
    words.sort_unstable();
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_forgives_case_accents_and_punctuation() {
        assert_eq!(key("Pro Tools"), "pro-tools");
        assert_eq!(key("  PRO-TOOLS "), "pro-tools");
        assert_eq!(key("Prise de décision"), "prise-de-decision");
        assert_eq!(
            key("matériel d'enregistrement"),
            "materiel-d-enregistrement"
        );
    }

    #[test]
    fn near_names_are_suggested_and_far_ones_are_not() {
        assert_eq!(distance("protools", "pro-tools"), Some(0));
        assert!(distance("music-theroy", "music-theory-and-harmony").is_some());
        assert!(distance("teamwrk", "teamwork").is_some());
        assert_eq!(distance("cooking", "teamwork"), None);
        assert_eq!(distance("", "teamwork"), None);
    }

    #[test]
    fn a_table_without_a_file_declares_each_name_once() {
        let mut table = SkillTable::default();
        let a = table.resolve("Pro Tools", "technical");
        let b = table.resolve("pro tools", "creative");
        assert_eq!(a, b);
        assert_eq!(table.len(), 1);
        let skill = table.by_id("pro-tools").expect("declared by its first use");
        assert_eq!(skill.name(Lang::Fr), "Pro Tools");
        assert_eq!(skill.category, "technical");
    }

    #[test]
    fn a_translation_names_a_skill_once() {
        let mut table = SkillTable::default();
        let ix = table
            .resolve("recording equipment", "technical")
            .unwrap_or(0);
        assert_eq!(
            table.name_from_translation(ix, Lang::Fr, "matériel d'enregistrement"),
            None
        );
        assert_eq!(
            table.name_from_translation(ix, Lang::Fr, "Matériel d’enregistrement"),
            None,
            "the same words, another apostrophe"
        );
        assert_eq!(
            table.name_from_translation(ix, Lang::Fr, "équipement d'enregistrement"),
            Some("matériel d'enregistrement".to_string())
        );
        assert_eq!(
            table.index_of("materiel d'enregistrement"),
            Some(ix),
            "found by its French name"
        );
    }

    #[test]
    fn one_edit_is_what_damerau_levenshtein_calls_one() {
        // Every pair of words of up to four letters from a small alphabet.
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == words.last().map_or(0, String::len))
                .flat_map(|w| ['a', 'b', 'c'].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for a in &words {
            for b in &words {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                assert_eq!(
                    within_one_edit(&ca, &cb),
                    strsim::damerau_levenshtein(a, b) <= 1,
                    "'{a}' and '{b}'"
                );
            }
        }
    }

    #[test]
    fn names_clash_within_a_language_ids_with_english_other_names_with_all() {
        let (en, fr) = (Said::In(lang_slot(Lang::En)), Said::In(lang_slot(Lang::Fr)));
        for (a, b, clash) in [
            (en, en, true),
            (fr, fr, true),
            (en, fr, false),
            (Said::Id, Said::Id, true),
            (Said::Id, en, true),
            (Said::Id, fr, false),
            (Said::Everywhere, fr, true),
            (Said::Everywhere, Said::Id, true),
        ] {
            assert_eq!(a.clashes_with(b), clash, "{a:?} {b:?}");
            assert_eq!(b.clashes_with(a), clash, "{b:?} {a:?}");
        }
    }

    #[test]
    fn look_alikes_share_sorted_singular_words() {
        assert_eq!(
            sorted_singular("mixing-consoles"),
            sorted_singular("console-mixing")
        );
        assert_ne!(sorted_singular("glass"), sorted_singular("glas"));
    }
}
