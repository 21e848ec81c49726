//! Ranking: what each kind of match in each field is worth, how a role's
//! score is added up from its tokens, and the deterministic order of results.

use super::Field;
use super::index::{SearchIndex, TextId};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::matching::{PENDING, TokenMatches};
use crate::library::RoleIx;

// Match qualities, per token and text. The bands never overlap, so the kind
// of a match can be read back from its quality: exact word > word start >
// scattered subsequence > typo.
pub(crate) const WORD_EXACT: u8 = 100;
pub(crate) const WORD_PREFIX_MAX: u8 = 90;
pub(crate) const WORD_PREFIX_MIN: u8 = 60;
pub(crate) const SCATTERED_MAX: u8 = 55;
pub(crate) const SCATTERED_MIN: u8 = 12;
/// Typo qualities by number of edits (1, 2): a whole word, a word's start.
pub(crate) const TYPO_WHOLE: [u8; 2] = [11, 8];
pub(crate) const TYPO_PREFIX: [u8; 2] = [9, 6];

/// What a match is worth in each field. A title counts most; the lowest word
/// match (a word start in a union, 2 × 60) still beats the best typo (in a
/// title, 10 × 11), so exact and prefix matches always outrank typos.
pub(crate) fn weight(field: Field) -> u32 {
    match field {
        Field::Title => 10,
        Field::Alias | Field::SearchTerm => 8,
        Field::Department => 6,
        Field::Skill => 5,
        Field::Summary => 4,
        Field::Description | Field::Duty => 3,
        Field::Union => 2,
    }
}

/// Extra for every further token matched in the same text, times the field's
/// weight: "dialog editor" prefers a role whose one title or search term has
/// both words over one with each word in a different field.
const TOGETHER: u32 = 10;

/// How one role scored: the total and its best occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct RoleScore {
    pub score: u32,
    /// Index into the role's occurrences of the best-scoring token match.
    pub best: usize,
}

/// Scores `role` for all tokens, `None` when some token matches none of its
/// texts (every token must match). A pending scattered match would count as
/// the best a scattered match can be; ranking resolves them first.
pub(crate) fn score_role(
    index: &SearchIndex,
    tokens: &[TokenMatches],
    role: RoleIx,
) -> Option<RoleScore> {
    const MAX: usize = super::query::MAX_TOKENS;
    let n = tokens.len().min(MAX);
    let mut best = [0u32; MAX];
    let mut together = 0;
    let mut top = (0u32, 0usize);
    for (i, occ) in index.occurrences_of(role).iter().enumerate() {
        let w = weight(occ.field);
        let mut covered = 0;
        for (t, matches) in tokens[..n].iter().enumerate() {
            let mut q = matches.quality[occ.text as usize];
            if q == 0 {
                continue;
            }
            if q == PENDING {
                q = SCATTERED_MAX;
            }
            covered += 1;
            let s = w * u32::from(q);
            best[t] = best[t].max(s);
            if s > top.0 {
                top = (s, i);
            }
        }
        if covered > 1 {
            together = together.max((covered - 1) * w * TOGETHER);
        }
    }
    if best[..n].contains(&0) {
        return None;
    }
    Some(RoleScore {
        score: best[..n].iter().sum::<u32>() + together,
        best: top.1,
    })
}

/// Roles are scored in batches, so that their scattered matches can be
/// scored in parallel; the batch doubles each time, as a query that needs
/// many roles scored tends to need many more.
const FIRST_BATCH: usize = 32;
const MAX_BATCH: usize = 2048;
/// Below this many matches to score, one thread does it faster.
const PARALLEL_MIN: usize = 256;

/// Scores, in parallel, each role's most promising pending scattered match
/// per token (the one in its weightiest field), which is usually the only
/// one [`resolve`] then needs.
fn prescore(index: &SearchIndex, tokens: &mut [TokenMatches], roles: impl Iterator<Item = RoleIx>) {
    let mut wanted: Vec<(usize, TextId)> = Vec::new();
    for role in roles {
        for (t, matches) in tokens.iter().enumerate() {
            let first = index
                .occurrences_of(role)
                .iter()
                .filter(|occ| matches.quality[occ.text as usize] == PENDING)
                .max_by_key(|occ| weight(occ.field));
            wanted.extend(first.map(|occ| (t, occ.text)));
        }
    }
    if wanted.len() < PARALLEL_MIN {
        return;
    }
    wanted.sort_unstable();
    wanted.dedup();
    let shared: &[TokenMatches] = tokens;
    let scored: Vec<u8> = wanted
        .par_iter()
        .with_min_len(PARALLEL_MIN / 2)
        .map(|&(t, text)| shared[t].score_scattered(index, text))
        .collect();
    for (&(t, text), q) in wanted.iter().zip(scored) {
        tokens[t].set_scored(text, q);
    }
}

/// Scores the pending scattered matches of `role` that could still be its
/// best for their token: by field weight, best first, while the best a
/// scattered match can be there beats what the role already has. Those left
/// pending cannot change its score. `pending` is scratch space.
fn resolve(
    index: &SearchIndex,
    tokens: &mut [TokenMatches],
    role: RoleIx,
    pending: &mut Vec<(u32, TextId)>,
) {
    let occurrences = index.occurrences_of(role);
    for matches in tokens.iter_mut() {
        let mut best = 0;
        pending.clear();
        for occ in occurrences {
            let w = weight(occ.field);
            match matches.quality[occ.text as usize] {
                0 => {}
                PENDING => pending.push((w, occ.text)),
                q => best = best.max(w * u32::from(q)),
            }
        }
        pending.sort_by_key(|&(w, _)| Reverse(w));
        for &(w, text) in pending.iter() {
            if w * u32::from(SCATTERED_MAX) < best {
                break;
            }
            best = best.max(w * u32::from(matches.resolve(index, text)));
        }
    }
}

/// The best `limit` roles, best first: by score, then shorter title, then
/// title alphabetically (then id), so the order never depends on anything
/// but the library and the query.
///
/// First every role gets the score it can reach at most, adding up token by
/// token from the matched texts (rarest token first, so later tokens only
/// visit the roles still in). Then roles are scored exactly (pending
/// scattered matches scored, the together bonus counted) in order of what
/// they can reach, until the next one cannot reach the last of the best
/// `limit` found so far. So only the roles near the top are looked at closely.
pub(crate) fn top_roles(
    index: &SearchIndex,
    tokens: &mut [TokenMatches],
    limit: usize,
) -> Vec<(RoleIx, RoleScore)> {
    if tokens.is_empty() || limit == 0 {
        return Vec::new();
    }
    let key = |role: RoleIx, score: u32| {
        (u64::from(u32::MAX - score) << 32) | u64::from(index.roles[role].tie)
    };
    let t0 = std::time::Instant::now();
    // Smaller keys are better.
    let mut bounds: Vec<(u64, RoleIx)> = reachable(index, tokens)
        .into_iter()
        .map(|(role, reach)| (key(role, reach), role))
        .collect();
    bounds.sort_unstable();
    let t1 = t0.elapsed();
    let mut n = 0;
    // The best found so far, worst on top.
    let mut best: BinaryHeap<(u64, RoleIx, RoleScore)> = BinaryHeap::with_capacity(limit + 1);
    let mut pending = Vec::new();
    let mut batch_size = FIRST_BATCH;
    let mut at = 0;
    let mut n = 0;
    'outer: while at < bounds.len() {
        let batch = &bounds[at..(at + batch_size).min(bounds.len())];
        batch_size = (batch_size * 2).min(MAX_BATCH);
        prescore(index, tokens, batch.iter().map(|&(_, role)| role));
        for &(bound, role) in batch {
            if best.len() == limit && best.peek().is_some_and(|worst| bound > worst.0) {
                break 'outer;
            }
            at += 1;
            n += 1;
            resolve(index, tokens, role, &mut pending);
            let Some(s) = score_role(index, tokens, role) else {
                continue;
            };
            best.push((key(role, s.score), role, s));
            if best.len() > limit {
                best.pop();
            }
        }
    }
    super::RANK.lock().unwrap().push((t1, t0.elapsed(), n));
    let mut out: Vec<(u64, RoleIx, RoleScore)> = best.into_vec();
    out.sort_unstable_by_key(|&(k, _, _)| k);
    out.into_iter().map(|(_, role, s)| (role, s)).collect()
}

/// Every role matched by all tokens, with the score it can reach at most.
fn reachable(index: &SearchIndex, tokens: &[TokenMatches]) -> Vec<(RoleIx, u32)> {
    let roles = index.roles.len();
    let mut total = vec![0u32; roles];
    // How many tokens each role has matched so far.
    let mut count = vec![0u8; roles];
    let mut token_best = vec![0u32; roles];
    let mut touched: Vec<usize> = Vec::new();
    let mut order: Vec<&TokenMatches> = tokens.iter().collect();
    order.sort_by_key(|m| m.matched.len());
    for (done, matches) in order.iter().enumerate() {
        for &text in &matches.matched {
            let q = match matches.quality[text as usize] {
                PENDING => SCATTERED_MAX,
                q => q,
            };
            for h in index.holders_of(text) {
                let r = h.role as usize;
                if usize::from(count[r]) != done {
                    continue;
                }
                let s = weight(h.field) * u32::from(q);
                if token_best[r] == 0 {
                    touched.push(r);
                }
                token_best[r] = token_best[r].max(s);
            }
        }
        for &r in &touched {
            total[r] += token_best[r];
            count[r] += 1;
            token_best[r] = 0;
        }
        touched.clear();
    }
    // Tokens found together in one text earn a bonus, at most this much.
    let together = (tokens.len() as u32).saturating_sub(1) * TOGETHER * weight(Field::Title);
    let all = tokens.len();
    (0..roles)
        .filter(|&r| usize::from(count[r]) == all)
        .map(|r| (r, total[r] + together))
        .collect()
}
