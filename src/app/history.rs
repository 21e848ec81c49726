//! Where the visitor has been: the roles and departments left by following a
//! link (a ladder rung, a related role, a skill's roles, a search result), so
//! that Back returns to them and Forward goes again.

use super::Subject;

/// Steps kept each way; older ones are forgotten.
const KEPT: usize = 50;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    back: Vec<Subject>,
    forward: Vec<Subject>,
}

impl History {
    /// Leaving `from` by following a link: it can be gone back to, and what
    /// was ahead is forgotten.
    pub fn leave(&mut self, from: Subject) {
        if from == Subject::Nothing || self.back.last() == Some(&from) {
            return;
        }
        push(&mut self.back, from);
        self.forward.clear();
    }

    /// Where Back goes from `current`, remembering `current` for Forward.
    pub fn back(&mut self, current: Subject) -> Option<Subject> {
        let to = self.back.pop()?;
        push(&mut self.forward, current);
        Some(to)
    }

    /// Where Forward goes from `current`, remembering `current` for Back.
    pub fn forward(&mut self, current: Subject) -> Option<Subject> {
        let to = self.forward.pop()?;
        push(&mut self.back, current);
        Some(to)
    }

    /// The same places in another library; those gone are forgotten.
    pub fn carry_over(&mut self, to: impl Fn(Subject) -> Option<Subject>) {
        for stack in [&mut self.back, &mut self.forward] {
            *stack = stack.iter().filter_map(|&s| to(s)).collect();
            stack.dedup();
        }
    }

    /// The places Back goes to, the most recent last.
    pub fn trail(&self) -> &[Subject] {
        &self.back
    }
}

fn push(stack: &mut Vec<Subject>, subject: Subject) {
    if stack.len() == KEPT {
        stack.remove(0);
    }
    stack.push(subject);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_and_forward_retrace_the_links_followed() {
        let mut h = History::default();
        let (a, b, c) = (Subject::Role(1), Subject::Role(2), Subject::Role(3));
        h.leave(a);
        h.leave(b);
        assert_eq!(h.back(c), Some(b));
        assert_eq!(h.back(b), Some(a));
        assert_eq!(h.back(a), None);
        assert_eq!(h.forward(a), Some(b));
        assert_eq!(h.forward(b), Some(c));
        // A new link forgets the way forward.
        h.back(c);
        h.leave(b);
    }

    #[test]
    fn it_never_grows_past_what_it_keeps() {
        let mut h = History::default();
        for i in 0..1000 {
            h.leave(Subject::Role(i));
        }
        assert_eq!(h.trail().len(), KEPT);
        assert_eq!(h.trail().last(), Some(&Subject::Role(999)));
    }
}
