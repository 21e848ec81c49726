//! Ranking: what each kind of match in each field is worth, how a role's
//! score is added up from its tokens, and the deterministic order of results.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::Field;
use super::index::{SearchIndex, TextId};
use super::matching::{TokenMatches, pending_cap};
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
pub(crate) struct RoleScore {
    pub score: u32,
    /// Index into the role's occurrences of the best-scoring token match.
    pub best: usize,
}

/// Scores `role` for all tokens, `None` when some token matches none of its
/// texts (every token must match). A pending scattered match counts as the
/// most it can be worth; ranking scores those that matter first.
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
            if let Some(cap) = pending_cap(q) {
                q = cap;
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

/// Scores every pending scattered match of `role`, for showing it.
pub(crate) fn resolve_all(index: &SearchIndex, tokens: &mut [TokenMatches], role: RoleIx) {
    for occ in index.occurrences_of(role) {
        for matches in tokens.iter_mut() {
            matches.resolve(index, occ.text);
        }
    }
}

/// The exact best score of one token in `role`, given that it reaches at
/// least `best`: scores the pending scattered matches that could beat it,
/// weightiest field first. Those left pending cannot change the result.
fn token_best(index: &SearchIndex, matches: &mut TokenMatches, role: RoleIx, mut best: u32) -> u32 {
    // (the most it can be worth, its field's weight, the text)
    let mut pending: Vec<(u32, u32, TextId)> = Vec::new();
    for occ in index.occurrences_of(role) {
        let w = weight(occ.field);
        let q = matches.quality[occ.text as usize];
        if pending_cap(q).is_some() {
            // Working out the cap first spares scoring many of them.
            let cap = matches.cap(index, occ.text);
            pending.push((w * u32::from(cap), w, occ.text));
        } else {
            best = best.max(w * u32::from(q));
        }
    }
    pending.sort_by_key(|&(bound, _, _)| Reverse(bound));
    for (bound, w, text) in pending {
        if bound < best {
            break;
        }
        best = best.max(w * u32::from(matches.resolve(index, text)));
    }
    best
}

/// What one token reached in each role, from the texts it matched.
struct Reach {
    /// The best score of a match already scored (0: none).
    exact: Vec<u32>,
    /// The pending scattered match that can be worth most: how much (0:
    /// none), its field's weight and its text.
    pending_bound: Vec<u32>,
    pending_weight: Vec<u32>,
    pending_text: Vec<TextId>,
    /// The most the other pending matches can be worth (0: none).
    pending_next: Vec<u32>,
}

impl Reach {
    fn new(roles: usize) -> Self {
        Reach {
            exact: vec![0; roles],
            pending_bound: vec![0; roles],
            pending_weight: vec![0; roles],
            pending_text: vec![0; roles],
            pending_next: vec![0; roles],
        }
    }

    /// The most this token can add to role `r`.
    fn bound(&self, r: RoleIx) -> u32 {
        self.exact[r].max(self.pending_bound[r])
    }
}

/// The best `limit` roles with their scores, best first: by score, then
/// shorter title, then title alphabetically (then id), so the order never
/// depends on anything but the library and the query.
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
) -> Vec<(RoleIx, u32)> {
    if tokens.is_empty() || limit == 0 {
        return Vec::new();
    }
    let key = |role: RoleIx, score: u32| {
        (u64::from(u32::MAX - score) << 32) | u64::from(index.roles[role].tie)
    };
    let (reach, candidates) = reachable(index, tokens);
    // Tokens found together in one text earn a bonus, at most this much.
    let together = (tokens.len() as u32 - 1) * TOGETHER * weight(Field::Title);
    // Smaller keys are better; taken smallest first, and usually only a few
    // are, so a heap beats sorting them all.
    let mut bounds: BinaryHeap<Reverse<(u64, RoleIx)>> = candidates
        .into_iter()
        .map(|r| {
            let bound = reach.iter().map(|t| t.bound(r)).sum::<u32>() + together;
            Reverse((key(r, bound), r))
        })
        .collect();
    // The best found so far, worst on top.
    let mut best: BinaryHeap<(u64, RoleIx)> = BinaryHeap::with_capacity(limit + 1);
    while let Some(Reverse((bound, role))) = bounds.pop() {
        let worst = (best.len() == limit).then(|| best.peek().map_or(0, |w| w.0));
        if let Some(worst) = worst {
            if bound > worst {
                break;
            }
            // A closer look, still far cheaper than scoring: can it get in?
            let closer = closer_bound(index, tokens, &reach, role) + together;
            if key(role, closer) > worst {
                continue;
            }
        }
        let Some(score) = exact_score(index, tokens, &reach, role) else {
            continue;
        };
        best.push((key(role, score), role));
        if best.len() > limit {
            best.pop();
        }
    }
    let mut out = best.into_vec();
    out.sort_unstable();
    out.into_iter()
        .map(|(k, role)| (role, u32::MAX - (k >> 32) as u32))
        .collect()
}

/// The most `role` can score without its together bonus, with the cap of
/// its most promising pending scattered match per token worked out.
fn closer_bound(
    index: &SearchIndex,
    tokens: &mut [TokenMatches],
    reach: &[Reach],
    role: RoleIx,
) -> u32 {
    let mut total = 0;
    for (matches, reach) in tokens.iter_mut().zip(reach) {
        let mut bound = reach.exact[role].max(reach.pending_next[role]);
        if reach.pending_bound[role] > bound {
            let cap = matches.cap(index, reach.pending_text[role]);
            bound = bound.max(reach.pending_weight[role] * u32::from(cap));
        }
        total += bound;
    }
    total
}

/// The exact score of `role`, scoring only the pending matches that matter.
fn exact_score(
    index: &SearchIndex,
    tokens: &mut [TokenMatches],
    reach: &[Reach],
    role: RoleIx,
) -> Option<u32> {
    let mut total = 0;
    for (matches, reach) in tokens.iter_mut().zip(reach) {
        let mut best = reach.exact[role];
        if reach.pending_bound[role] >= best.max(1) {
            let q = matches.resolve(index, reach.pending_text[role]);
            best = best.max(reach.pending_weight[role] * u32::from(q));
            if reach.pending_next[role] >= best {
                best = token_best(index, matches, role, best);
            }
        }
        total += best;
    }
    if tokens.len() == 1 {
        return Some(total);
    }
    // With more tokens, the together bonus needs every text of the role;
    // the pending matches left cannot change any token's best.
    score_role(index, tokens, role).map(|s| s.score)
}

/// Every role matched by all tokens, and what each token reached in each.
fn reachable(index: &SearchIndex, tokens: &[TokenMatches]) -> (Vec<Reach>, Vec<RoleIx>) {
    let roles = index.roles.len();
    let mut reach: Vec<Reach> = tokens.iter().map(|_| Reach::new(roles)).collect();
    // How many tokens each role has matched so far.
    let mut count = vec![0u8; roles];
    let mut touched: Vec<RoleIx> = Vec::new();
    let mut order: Vec<usize> = (0..tokens.len()).collect();
    order.sort_by_key(|&t| tokens[t].matched.len());
    for (done, &t) in order.iter().enumerate() {
        let matches = &tokens[t];
        let reach = &mut reach[t];
        for &text in &matches.matched {
            let q = matches.quality[text as usize];
            for h in index.holders_of(text) {
                let r = h.role as usize;
                if usize::from(count[r]) != done {
                    continue;
                }
                let w = weight(h.field);
                if reach.exact[r] == 0 && reach.pending_bound[r] == 0 {
                    touched.push(r);
                }
                match pending_cap(q) {
                    Some(cap) => {
                        let bound = w * u32::from(cap);
                        if bound > reach.pending_bound[r] {
                            reach.pending_next[r] = reach.pending_bound[r];
                            reach.pending_bound[r] = bound;
                            reach.pending_weight[r] = w;
                            reach.pending_text[r] = text;
                        } else {
                            reach.pending_next[r] = reach.pending_next[r].max(bound);
                        }
                    }
                    None => reach.exact[r] = reach.exact[r].max(w * u32::from(q)),
                }
            }
        }
        for &r in &touched {
            count[r] += 1;
        }
        touched.clear();
    }
    let all = tokens.len();
    let candidates = (0..roles)
        .filter(|&r| usize::from(count[r]) == all)
        .collect();
    (reach, candidates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::matching::match_token;
    use crate::search::query::tokens;

    /// Every role scored in full, every scattered match scored: what
    /// `top_roles` must find while looking at far fewer roles.
    fn every_role(index: &SearchIndex, query: &str, limit: usize) -> Vec<(RoleIx, u32)> {
        let mut matches: Vec<TokenMatches> = tokens(query)
            .into_iter()
            .map(|t| match_token(index, t, None))
            .collect();
        if matches.is_empty() {
            return Vec::new();
        }
        let mut all: Vec<(u32, u32, RoleIx)> = Vec::new();
        for role in 0..index.roles.len() {
            resolve_all(index, &mut matches, role);
            if let Some(s) = score_role(index, &matches, role) {
                all.push((u32::MAX - s.score, index.roles[role].tie, role));
            }
        }
        all.sort_unstable();
        all.truncate(limit);
        all.into_iter().map(|(s, _, r)| (r, u32::MAX - s)).collect()
    }

    #[test]
    fn the_shortcuts_find_exactly_the_best_roles() {
        let lib = crate::library::load_embedded().library;
        let index = SearchIndex::build(&lib);
        let words = [
            "sound", "edtr", "assist", "mixr", "folley", "re", "rec", "dialog", "ed", "a",
            "compozer", "super", "ost", "pst", "ound", "sond", "tor", "e", "music", "1se",
        ];
        for (i, a) in words.iter().enumerate() {
            for b in ["", "sound", "ed", "tor", "a", "mixer"] {
                let query = format!("{a} {b}");
                for limit in [1, 3, 10] {
                    let mut matches: Vec<TokenMatches> = tokens(&query)
                        .into_iter()
                        .map(|t| match_token(&index, t, None))
                        .collect();
                    let fast = top_roles(&index, &mut matches, limit);
                    assert_eq!(
                        fast,
                        every_role(&index, &query, limit),
                        "{query:?} {limit} ({i})"
                    );
                }
            }
        }
    }
}
