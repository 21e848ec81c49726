//! The role library: its types, loading from folders or from the binary, and
//! the problems found on the way. Knows nothing about terminals.

mod build;
mod cycles;
mod fields;
mod folded;
mod half_edited;
mod ladder;
mod load;
mod model;
mod order;
mod parse;
mod position;
mod problem;
mod reload;
mod role_key;
mod schema;
mod skills;
mod source;
mod suggest;
mod synonyms;
mod text_lists;
mod title_forms;
mod translation;
mod typography;

pub use folded::{Entry as FoldedProblem, folded};
pub use ladder::{Heights, MAX_PATHS};
pub use load::{LoadError, Loaded, load_dir, load_embedded};
pub use model::{
    Department, DeptIx, Library, Noc, PayBand, Role, RoleIx, RoleText, RoleWithSkills, SideMove,
    Source, TextSlot, TextValue, Unresolved, Wage,
};
pub use position::{Position, line_column};
pub use problem::{Kind, Problem};
pub use reload::reload;
pub use role_key::{DATED_KEYS, ROLE_KEYS, RoleKey, SHEET_ORDER, Translated};
pub use schema::{DEPARTMENT_KEYS, LIBRARY_KEYS};
pub use skills::{SKILLS_FILE, Skill, SkillIx, SkillTable, key as skill_key};
pub use source::MAX_FILE_BYTES;
pub(crate) use source::open_regular;
pub use synonyms::{SYNONYMS_FILE, Synonyms};
pub use text_lists::{SkillGroup, SkillGroups, Skills, Texts};
pub use translation::{Missing, Target, Translation, english_file, translate};
pub use typography::{Departs, Departure, french_typography};
