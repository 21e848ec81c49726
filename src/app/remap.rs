//! How the roles and departments of one library are found in another, by
//! the names that survive reading the files again (a role's id, a
//! department's key) or showing them in the other language.

use super::Subject;
use crate::library::{DeptIx, Library, RoleIx};

/// For each role and department of an old library, where it is in a new
/// one, if it is still there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Remap {
    roles: Vec<Option<RoleIx>>,
    departments: Vec<Option<DeptIx>>,
}

impl Remap {
    pub fn between(old: &Library, new: &Library) -> Self {
        let keys: std::collections::HashMap<&str, DeptIx> = new
            .departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.key.as_str(), i))
            .collect();
        Remap {
            roles: old.roles.iter().map(|r| new.role_by_id(r.id())).collect(),
            departments: old
                .departments
                .iter()
                .map(|d| keys.get(d.key.as_str()).copied())
                .collect(),
        }
    }

    pub fn role(&self, old: RoleIx) -> Option<RoleIx> {
        self.roles.get(old).copied().flatten()
    }

    pub fn department(&self, old: DeptIx) -> Option<DeptIx> {
        self.departments.get(old).copied().flatten()
    }

    /// The same subject in the new library; `None` when it is gone.
    pub fn subject(&self, old: Subject) -> Option<Subject> {
        match old {
            Subject::Role(r) => self.role(r).map(Subject::Role),
            Subject::Department(d) => self.department(d).map(Subject::Department),
            Subject::Nothing => Some(Subject::Nothing),
        }
    }
}
