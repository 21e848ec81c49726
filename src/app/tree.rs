//! The department tree: which departments are open, the rows that shows, and
//! which row is selected.

use std::collections::HashSet;

use crate::library::{DeptIx, Library, RoleIx};

/// What a row of the tree stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    Department(DeptIx),
    Role(RoleIx),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub node: Node,
    /// Nesting level, 0 for top-level departments.
    pub depth: usize,
}

/// Libraries up to this many roles open with every department expanded.
const OPEN_ALL_UP_TO: usize = 200;

#[derive(Debug, Default)]
pub struct TreeState {
    open: HashSet<DeptIx>,
    rows: Vec<Row>,
    selected: usize,
    /// First row shown, kept by the renderer so the selection stays visible.
    pub offset: usize,
}

impl TreeState {
    /// The starting tree: everything open for a small library, only the
    /// top level for a large one, with the first row selected.
    pub fn new(lib: &Library) -> Self {
        let mut tree = TreeState::default();
        if lib.roles.len() <= OPEN_ALL_UP_TO {
            tree.open = (0..lib.departments.len()).collect();
        }
        tree.rebuild(lib);
        tree
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn selected_node(&self) -> Option<Node> {
        self.rows.get(self.selected).map(|r| r.node)
    }

    pub fn is_open(&self, dept: DeptIx) -> bool {
        self.open.contains(&dept)
    }

    fn rebuild(&mut self, lib: &Library) {
        let keep = self.selected_node();
        self.rows.clear();
        let mut stack: Vec<(Node, usize)> = lib
            .top
            .iter()
            .rev()
            .map(|&d| (Node::Department(d), 0))
            .collect();
        while let Some((node, depth)) = stack.pop() {
            self.rows.push(Row { node, depth });
            if let Node::Department(d) = node
                && self.open.contains(&d)
            {
                let dept = &lib.departments[d];
                for &r in dept.roles.iter().rev() {
                    stack.push((Node::Role(r), depth + 1));
                }
                for &c in dept.children.iter().rev() {
                    stack.push((Node::Department(c), depth + 1));
                }
            }
        }
        self.selected = keep
            .and_then(|n| self.rows.iter().position(|r| r.node == n))
            .unwrap_or(self.selected)
            .min(self.rows.len().saturating_sub(1));
    }

    pub fn select(&mut self, row: usize) {
        self.selected = row.min(self.rows.len().saturating_sub(1));
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + delta).clamp(0, last.max(0)) as usize;
    }

    /// Opens or closes the selected department.
    pub fn toggle(&mut self, lib: &Library) {
        if let Some(Node::Department(d)) = self.selected_node() {
            if !self.open.remove(&d) {
                self.open.insert(d);
            }
            self.rebuild(lib);
        }
    }

    /// Right: open a closed department, or step into an open one.
    pub fn expand(&mut self, lib: &Library) {
        if let Some(Node::Department(d)) = self.selected_node() {
            if self.open.insert(d) {
                self.rebuild(lib);
            } else if self
                .rows
                .get(self.selected + 1)
                .is_some_and(|r| r.depth > self.rows[self.selected].depth)
            {
                self.selected += 1;
            }
        }
    }

    /// Left: close an open department, or step out to the parent.
    pub fn collapse(&mut self, lib: &Library) {
        let Some(row) = self.rows.get(self.selected).copied() else {
            return;
        };
        if let Node::Department(d) = row.node
            && self.open.remove(&d)
        {
            self.rebuild(lib);
            return;
        }
        if let Some(parent) = self.rows[..self.selected]
            .iter()
            .rposition(|r| r.depth < row.depth)
        {
            self.selected = parent;
        }
    }

    /// The same departments open in another library, and the same row
    /// selected where it is still there (else the row at the same place).
    pub fn carry_over(&mut self, lib: &Library, to: &super::remap::Remap) {
        let selected = self.selected_node().and_then(|node| match node {
            Node::Role(r) => to.role(r).map(Node::Role),
            Node::Department(d) => to.department(d).map(Node::Department),
        });
        self.open = self.open.iter().filter_map(|&d| to.department(d)).collect();
        self.rows.clear();
        self.rebuild(lib);
        match selected {
            Some(Node::Role(r)) => self.reveal(lib, r),
            Some(Node::Department(d)) => self.reveal_department(lib, d),
            None => {}
        }
    }

    /// Opens every department above `dept` and selects it.
    pub fn reveal_department(&mut self, lib: &Library, dept: DeptIx) {
        let mut at = lib.departments.get(dept).and_then(|d| d.parent);
        while let Some(d) = at {
            self.open.insert(d);
            at = lib.departments[d].parent;
        }
        self.rebuild(lib);
        if let Some(row) = self
            .rows
            .iter()
            .position(|r| r.node == Node::Department(dept))
        {
            self.selected = row;
        }
    }

    /// Opens every department above the role and selects it.
    pub fn reveal(&mut self, lib: &Library, role: RoleIx) {
        for d in lib.role_departments(role) {
            self.open.insert(d);
        }
        self.rebuild(lib);
        if let Some(row) = self.rows.iter().position(|r| r.node == Node::Role(role)) {
            self.selected = row;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::load_embedded;

    #[test]
    fn collapse_and_expand_keep_the_selection_sensible() {
        let lib = load_embedded().library;
        let mut tree = TreeState::new(&lib);
        let total = tree.rows().len();
        assert_eq!(tree.selected_node(), Some(Node::Department(lib.top[0])));
        tree.collapse(&lib);
        assert!(tree.rows().len() < total);
        assert_eq!(tree.selected(), 0);
        tree.expand(&lib);
        assert_eq!(tree.rows().len(), total);
        tree.expand(&lib);
        assert_eq!(tree.selected(), 1, "right on an open department steps in");
        tree.collapse(&lib);
        assert_eq!(
            tree.selected(),
            0,
            "left on a role steps out to its department"
        );
    }

    #[test]
    fn reveal_opens_the_path_to_a_role() {
        let lib = load_embedded().library;
        let mut tree = TreeState::new(&lib);
        for d in 0..lib.departments.len() {
            tree.open.remove(&d);
        }
        tree.rebuild(&lib);
        let role = lib.role_by_id("re-recording-mixer").expect("bundled role");
        tree.reveal(&lib, role);
        assert_eq!(tree.selected_node(), Some(Node::Role(role)));
        assert_eq!(tree.rows()[tree.selected()].depth, 2);
    }
}
