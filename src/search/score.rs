//! Scoring: one relevance score per role for the whole query, and the best
//! roles found without scoring every role.
//!
//! A role's score adds up, for every query word, its best match in the role
//! (the match's quality times its field's weight), then the bonus of the one
//! text that holds the query best: more query words in it, in the order
//! typed, standing for more of its words (see [`scale`]). So field weight
//! scales a match instead of ranking it outright, and a whole alias typed
//! exactly beats the same words found in a longer title. Ties go to the
//! shorter title, then the alphabet.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::candidates::{Strength, WordMatches};
use super::index::{Occurrence, SearchIndex};
use super::locate::locate;
use super::query::MAX_WORDS;
use super::scale::{
    self, CLOSE, CLOSE_MIN_WORDS, COVERAGE, EXACT, IN_ORDER, Kind, TOGETHER, WHOLE,
};
use super::vocab::TextId;
use crate::fold::fold_str;
use crate::library::RoleIx;

/// Which roles may be listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Require {
    /// Roles that matched every query word.
    Every,
    /// Roles that matched as many query words as any role did.
    Most,
}

/// How one role scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RoleScore {
    pub score: u32,
    /// How many query words the role matched.
    pub matched: usize,
    /// The role's occurrence (index into its texts) that earned the most:
    /// the text to show.
    pub shown: usize,
}

/// Scores `role` for the query `words`, `None` when it matched none of them.
pub(crate) fn score_role(
    index: &SearchIndex,
    words: &[WordMatches],
    strength: Strength,
    role: RoleIx,
) -> Option<RoleScore> {
    let n = words.len().min(MAX_WORDS);
    let mut best = [0u32; MAX_WORDS];
    let mut top_bonus = 0;
    let mut shown = (0u32, 0usize);
    for (i, occ) in index.occurrences_of(role).iter().enumerate() {
        let weight = occ.field().weight();
        let mut sum = 0;
        for (k, word) in words[..n].iter().enumerate() {
            let q = u32::from(word.quality(strength, occ.text()));
            let worth = worth(word, weight, q);
            sum += worth;
            best[k] = best[k].max(worth);
        }
        if sum == 0 {
            continue;
        }
        let bonus = text_bonus(index, &words[..n], strength, occ);
        top_bonus = top_bonus.max(bonus);
        if sum + bonus > shown.0 {
            shown = (sum + bonus, i);
        }
    }
    let needed = needed_count(&words[..n]);
    let matched = best[..needed].iter().filter(|&&b| b > 0).count();
    (matched > 0).then(|| RoleScore {
        score: best[..n].iter().sum::<u32>() + top_bonus,
        matched,
        shown: shown.1,
    })
}

/// What a match of `word` with quality `q` in a field of `weight` is worth:
/// a filler word ("for" in "forge analyst") counts a quarter, enough to
/// settle a near tie and never to outweigh a word that was needed; unless
/// it is a whole word of the library's titles ("it" in "IT Support
/// Technician") matched whole.
fn worth(word: &WordMatches, weight: u32, q: u32) -> u32 {
    let worth = weight * q;
    let full = !word.optional || (word.in_titles && q == u32::from(EXACT));
    if full { worth } else { worth / 4 }
}

/// How many of `words` (needed ones first) every role found must match.
fn needed_count(words: &[WordMatches]) -> usize {
    words.iter().take_while(|w| !w.optional).count()
}

/// The bonus of one text: for the query words it holds beyond the first,
/// for holding them in the order typed, and for the share of its words they
/// stand for, each times the field's weight; and, in prose, for holding
/// three or more of the needed words close together, as a sentence that
/// says what the visitor described ("keeps track of the music rights").
fn text_bonus(
    index: &SearchIndex,
    words: &[WordMatches],
    strength: Strength,
    occ: &Occurrence,
) -> u32 {
    let text = occ.text();
    let qualities: Vec<(usize, u8)> = words
        .iter()
        .enumerate()
        .map(|(k, w)| (k, w.quality(strength, text)))
        .filter(|&(_, q)| q > 0)
        .collect();
    let covered = qualities.len() as u32;
    // Where the words stand in the text: for the order bonus in a short
    // text, and in prose only where it may hold a sentence, as folding a
    // whole description again for a few points of order costs more than
    // the rest of scoring the role.
    let prose = occ.field().is_long();
    let may_be_sentence = qualities
        .iter()
        .filter(|&&(k, _)| !words[k].optional)
        .count()
        >= CLOSE_MIN_WORDS;
    let places = if covered > 1 && (!prose || may_be_sentence) {
        places(index, words, &qualities, text)
    } else {
        None
    };
    let ordered = places
        .as_ref()
        .is_some_and(|p| p.windows(2).all(|w| w[0] < w[1]));
    let together = TOGETHER * covered.saturating_sub(1);
    let in_order = if ordered { IN_ORDER } else { 0 };
    let text_words = u32::from(index.word_count(text)).max(1);
    let typed: u32 = qualities.iter().map(|&(_, q)| scale::covering(q)).sum();
    let coverage = (COVERAGE * typed / (100 * text_words)).min(COVERAGE);
    // The text is the query: every word typed, whole, in order, and no more.
    let whole = covered as usize == words.len()
        && covered >= text_words
        && (ordered || covered == 1)
        && qualities.iter().all(|&(_, q)| q == EXACT);
    let weighted = together + in_order + coverage + if whole { WHOLE } else { 0 };
    let close = match &places {
        Some(places) if occ.field().is_long() => close_bonus(words, &qualities, places),
        _ => 0,
    };
    occ.field().weight() * weighted + close
}

/// The bonus of prose holding the needed query words close together: at
/// least [`CLOSE_MIN_WORDS`] of them, over no more than about twice as many
/// words. Only the words as typed count, or their other forms: a synonym
/// widens what is found, but a sentence that holds only the library's other
/// words for what was typed does not say what the visitor said.
fn close_bonus(words: &[WordMatches], held: &[(usize, u8)], places: &[usize]) -> u32 {
    let needed: Vec<usize> = held
        .iter()
        .zip(places)
        .filter(|((k, q), _)| {
            !words[*k].optional
                && matches!(
                    scale::kind(*q),
                    Kind::Word | Kind::Form | Kind::Prefix | Kind::Typo
                )
        })
        .map(|(_, &at)| at)
        .collect();
    let (Some(first), Some(last)) = (needed.iter().min(), needed.iter().max()) else {
        return 0;
    };
    let span = last - first + 1;
    if needed.len() >= CLOSE_MIN_WORDS && span <= 2 * needed.len() + 2 {
        CLOSE * needed.len() as u32
    } else {
        0
    }
}

/// Which word of text `text` each of the query words it holds stands at,
/// `None` if one cannot be found again.
fn places(
    index: &SearchIndex,
    words: &[WordMatches],
    held: &[(usize, u8)],
    text: TextId,
) -> Option<Vec<usize>> {
    let long;
    let folded = if (text as usize) < index.short_count() {
        index.short_folded(text)
    } else {
        long = fold_str(index.text(text));
        &long
    };
    held.iter()
        .map(|&(k, q)| {
            let alternative = |w: &str| words[k].is_alternative(index, w);
            locate(folded, &words[k].word, q, &alternative).map(|at| at.word)
        })
        .collect()
}

/// What the query's words reached in each role, from the texts they matched,
/// before any role is scored.
struct Reach {
    /// `best[k][r]`: the best match of word `k` in role `r` (0: none).
    best: Vec<Vec<u32>>,
    /// The most bonus any text role `r` matched can earn.
    bonus: Vec<u32>,
    /// How many query words role `r` matched.
    count: Vec<u8>,
}

impl Reach {
    /// The most role `r` can score.
    fn bound(&self, r: RoleIx) -> u32 {
        self.best.iter().map(|b| b[r]).sum::<u32>() + self.bonus[r]
    }

    /// Every role the query's words reach. With [`Require::Every`], words are
    /// taken rarest first and a role drops out at the first word it lacks,
    /// so common words only visit the roles still in.
    fn find(
        index: &SearchIndex,
        words: &[WordMatches],
        strength: Strength,
        require: Require,
    ) -> Self {
        let roles = index.role_count();
        let n = words.len();
        let mut reach = Reach {
            best: vec![vec![0; roles]; n],
            bonus: vec![0; roles],
            count: vec![0; roles],
        };
        // As in `text_bonus`, with every query word in the text, in order.
        // A text is the whole query only if every word is typed whole, so
        // only where this word is whole, and only if every word is whole
        // somewhere: a word still being typed ("re rec m") keeps the bound
        // tight and the pruning sharp.
        let together = TOGETHER * (n as u32 - 1) + if n > 1 { IN_ORDER } else { 0 };
        let all_whole_somewhere = words
            .iter()
            .all(|w| w.matched(strength).any(|t| w.quality(strength, t) == EXACT));
        let most_bonus_of = |t: TextId, q: u32| {
            let text_words = u32::from(index.word_count(t)).max(1);
            let whole = all_whole_somewhere && q == u32::from(EXACT) && text_words <= n as u32;
            together
                + (COVERAGE * n as u32 / text_words).min(COVERAGE)
                + if whole { WHOLE } else { 0 }
        };
        // Needed words rarest first, then the optional ones, which only add
        // to roles already in.
        let needed = needed_count(words);
        let close = CloseCounts::new(index, &words[..needed], strength);
        let mut order: Vec<usize> = (0..needed).collect();
        order.sort_by_cached_key(|&k| words[k].matched(strength).count());
        order.extend(needed..n);
        let mut touched: Vec<RoleIx> = Vec::new();
        for (done, &k) in order.iter().enumerate() {
            let done = done.min(needed);
            let best = &mut reach.best[k];
            for t in words[k].matched(strength) {
                let q = u32::from(words[k].quality(strength, t));
                let most_bonus = most_bonus_of(t, q);
                let most_close = close.most(t);
                for h in index.holders_of(t) {
                    let r = h.role() as usize;
                    if require == Require::Every && usize::from(reach.count[r]) != done {
                        continue;
                    }
                    let weight = h.field().weight();
                    if best[r] == 0 {
                        touched.push(r);
                    }
                    best[r] = best[r].max(worth(&words[k], weight, q));
                    reach.bonus[r] = reach.bonus[r].max(weight * most_bonus + most_close);
                }
            }
            if k < needed {
                for &r in &touched {
                    reach.count[r] += 1;
                }
            }
            touched.clear();
        }
        reach
    }
}

/// For each prose text, how many of the needed `words` it holds in a way
/// that counts for [`close_bonus`] (none when fewer words were typed than
/// that bonus needs): only texts with enough of them can earn it, so only
/// they raise a role's bound.
struct CloseCounts {
    short_count: usize,
    counts: Vec<u8>,
}

impl CloseCounts {
    fn new(index: &SearchIndex, needed: &[WordMatches], strength: Strength) -> CloseCounts {
        let short_count = index.short_count();
        let mut counts = Vec::new();
        let n = needed.len();
        if n >= CLOSE_MIN_WORDS {
            counts = vec![0u8; index.text_count() - short_count];
            let counts_at = |word: &WordMatches, t: TextId| {
                matches!(
                    scale::kind(word.quality(strength, t)),
                    Kind::Word | Kind::Form | Kind::Prefix | Kind::Typo
                )
            };
            // A text holding enough of the n words holds one of the rarest
            // n - CLOSE_MIN_WORDS + 1: only their texts are counted, never
            // those of a common word still being typed ("s").
            let mut rarest: Vec<&WordMatches> = needed.iter().collect();
            rarest.sort_by_cached_key(|w| w.matched(strength).count());
            for word in &rarest[..=n - CLOSE_MIN_WORDS] {
                for t in word.matched(strength) {
                    let Some(i) = (t as usize).checked_sub(short_count) else {
                        continue;
                    };
                    if counts[i] == 0 {
                        let held = needed.iter().filter(|w| counts_at(w, t)).count();
                        // One past the count, so 0 still means "not looked at".
                        counts[i] = held as u8 + 1;
                    }
                }
            }
        }
        CloseCounts {
            short_count,
            counts,
        }
    }

    /// The most [`close_bonus`] text `t` can earn.
    fn most(&self, t: TextId) -> u32 {
        let held = (t as usize)
            .checked_sub(self.short_count)
            .and_then(|i| self.counts.get(i))
            .map_or(0, |&c| usize::from(c.saturating_sub(1)));
        if held >= CLOSE_MIN_WORDS {
            CLOSE * held as u32
        } else {
            0
        }
    }
}

/// The best `limit` roles with their scores, best first, and how many query
/// words each of them matched. Ties go to the shorter title, then the
/// alphabet, so the order depends on nothing but the library and the query.
///
/// Every role reached gets the most it can score; roles are then scored
/// exactly in order of that, until the next one cannot beat the last of the
/// best `limit` found so far. So only the roles near the top are looked at
/// closely.
pub(crate) fn top_roles(
    index: &SearchIndex,
    words: &[WordMatches],
    strength: Strength,
    require: Require,
    limit: usize,
) -> (Vec<(RoleIx, RoleScore)>, usize) {
    if words.is_empty() || limit == 0 {
        return (Vec::new(), 0);
    }
    let reach = Reach::find(index, words, strength, require);
    let wanted = match require {
        Require::Every => needed_count(words) as u8,
        Require::Most => reach.count.iter().copied().max().unwrap_or(0),
    };
    if wanted == 0 {
        return (Vec::new(), 0);
    }
    // Smaller keys are better.
    let key = |role: RoleIx, score: u32| {
        (u64::from(u32::MAX - score) << 32) | u64::from(index.tie_rank(role))
    };
    // Taken smallest first, and usually only a few are: a heap beats sorting.
    let mut bounds: BinaryHeap<Reverse<(u64, RoleIx)>> = (0..index.role_count())
        .filter(|&r| reach.count[r] == wanted)
        .map(|r| Reverse((key(r, reach.bound(r)), r)))
        .collect();
    // Every role scored, and the keys of the best so far, worst on top.
    let mut best: BinaryHeap<u64> = BinaryHeap::with_capacity(limit + 1);
    let mut scored: Vec<(RoleIx, RoleScore)> = Vec::new();
    while let Some(Reverse((bound, role))) = bounds.pop() {
        if best.len() == limit && best.peek().is_some_and(|&worst| bound > worst) {
            break;
        }
        let Some(score) = score_role(index, words, strength, role) else {
            continue;
        };
        scored.push((role, score));
        best.push(key(role, score.score));
        if best.len() > limit {
            best.pop();
        }
    }
    scored.sort_unstable_by_key(|&(role, s)| key(role, s.score));
    scored.truncate(limit);
    (scored, usize::from(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    /// Every role scored in full: what `top_roles` must find while looking
    /// at far fewer roles.
    fn every_role(
        index: &SearchIndex,
        words: &[WordMatches],
        strength: Strength,
        require: Require,
        limit: usize,
    ) -> Vec<(RoleIx, u32)> {
        let scored: Vec<(RoleIx, RoleScore)> = (0..index.role_count())
            .filter_map(|r| score_role(index, words, strength, r).map(|s| (r, s)))
            .collect();
        let wanted = match require {
            Require::Every => needed_count(words),
            Require::Most => scored.iter().map(|(_, s)| s.matched).max().unwrap_or(0),
        };
        let mut all: Vec<(u32, u32, RoleIx)> = scored
            .into_iter()
            .filter(|(_, s)| s.matched == wanted)
            .map(|(r, s)| (u32::MAX - s.score, index.tie_rank(r), r))
            .collect();
        all.sort_unstable();
        all.truncate(limit);
        all.into_iter().map(|(s, _, r)| (r, u32::MAX - s)).collect()
    }

    #[test]
    fn the_shortcuts_find_exactly_the_best_roles() {
        let lib = crate::library::load_embedded().library;
        let index = SearchIndex::build(&lib);
        let firsts = [
            "sound", "edtr", "assist", "mixr", "folley", "re", "rec", "dialog", "ed", "a",
            "compozer", "super", "ost", "pst", "ound", "sond", "tor", "e", "music", "1se", "evil",
        ];
        for (i, a) in firsts.iter().enumerate() {
            for b in [
                "",
                "sound",
                "ed",
                "tor",
                "a",
                "mixer",
                "zebra",
                "the guy",
                "dialogue music effects",
                "final mix of the soundtrack",
            ] {
                let query = format!("{a} {b}");
                let parsed = parse(&query);
                let mut words: Vec<WordMatches> = parsed
                    .words
                    .into_iter()
                    .map(|w| WordMatches::find(&index, w, false, None))
                    .chain(
                        parsed
                            .optional
                            .into_iter()
                            .map(|w| WordMatches::find(&index, w, true, None)),
                    )
                    .collect();
                for w in &mut words {
                    w.add_weak(&index);
                }
                for strength in [Strength::Real, Strength::WeakToo] {
                    for require in [Require::Every, Require::Most] {
                        for limit in [1, 3, 10] {
                            let (fast, _) = top_roles(&index, &words, strength, require, limit);
                            let fast: Vec<(RoleIx, u32)> =
                                fast.into_iter().map(|(r, s)| (r, s.score)).collect();
                            assert_eq!(
                                fast,
                                every_role(&index, &words, strength, require, limit),
                                "{query:?} {strength:?} {require:?} {limit} ({i})"
                            );
                        }
                    }
                }
            }
        }
    }
}
