//! Career questions a library can answer beyond one role: how two roles
//! compare, and how to get from one to another. Knows nothing about
//! terminals; `crewpath compare`, `crewpath path` and the explorer read it.

pub(crate) mod compare;
pub(crate) mod document;
pub(crate) mod fit;
pub(crate) mod path;
pub(crate) mod pay;
pub(crate) mod plain;

pub use compare::{Comparison, Relation, compare};
pub use fit::{Fit, Named, rank};
pub use path::{Answer, Move, Step, answer, closest_leading_to, entry_points, route};
