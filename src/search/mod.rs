//! Search that forgives: one immutable index over every role, searched on
//! each keystroke with folding of case and accents, word starts, typos and
//! letters picked out of a word, and one relevance score per role. Knows
//! nothing about terminals; the explorer, `crewpath search`, `crewpath show`
//! and the benchmarks all search through [`Searcher`].
//!
//! The pipeline runs one way, one file a stage:
//! - `field` and `scale`: what a match in each field, of each kind, is worth;
//! - `vocab`: the vocabulary, of words folded and split by `crate::fold`;
//! - `index`: every text of every role, built once ([`SearchIndex`]);
//! - `query`: the words typed, with filler words set aside;
//! - `candidates` (with `typo`): how well each word matches each text;
//! - `score`: one score per role, and the best roles without scoring all;
//! - `locate` and `highlight`: which chars of the shown text matched;
//! - `searcher`: the stages in order, keeping work for the next keystroke.
//!
//! `fuzzy-matcher` is used only inside this module (in `locate`), so it can be
//! replaced without touching its users.

mod candidates;
pub(crate) mod field;
mod forms;
mod highlight;
mod index;
mod initials;
mod locate;
mod query;
mod results;
pub(crate) mod scale;
mod score;
mod searcher;
mod shared;
mod skill_words;
mod strings;
mod typo;
mod vocab;

pub use field::Field;
pub use index::SearchIndex;
pub use query::{MAX_QUERY_CHARS, MAX_WORDS};
pub use results::{Coverage, Hit, Results};
pub use searcher::{Memory, Searcher};
pub use shared::SharedIndex;
pub use skill_words::{SkillReading, SkillWords};
