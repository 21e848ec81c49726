//! Building a [`Library`] from parsed files: departments from folders,
//! roles placed in them, links resolved (with did-you-mean), the ladder
//! checked for circles, and everything sorted for display.

use std::collections::BTreeMap;
use std::sync::Arc;

// Ids and folders are the library's own text: a fast hasher is enough.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use rayon::prelude::*;

use super::cycles::break_cycles;
use super::model::{Department, Library, Role, RoleIx};
use super::order::sort_tree;
use super::parse::{IdOutcome, invalid_id, name_from_folder};
use super::position::Position;
use super::problem::{Kind, Problem};
use super::schema::{LibraryInfo, RoleDraft, RoleRef};
use super::skills::SkillTable;
use super::suggest::did_you_mean;
use super::text_lists::SkillGroups;

/// What the parsed files gave, gathered for building.
#[derive(Default)]
pub(crate) struct Builder {
    /// How many roles were parsed: the most the library will hold.
    pub parsed_roles: usize,
    /// Departments with an `_index.toml`, by folder.
    pub declared: HashMap<String, Department>,
    /// Every folder that holds a TOML file.
    pub folders: BTreeMap<String, ()>,
    /// Ids of the role files listed that did not load under their own
    /// names (a role loaded under its file's name is found by it anyway).
    pub role_files: HashSet<String>,
    pub info: Option<LibraryInfo>,
    /// The skills `_skills.toml` declares; none without one.
    pub skills: SkillTable,
}

impl Builder {
    /// The library of these roles, in the order given.
    pub fn build<'d>(
        mut self,
        drafts: impl Iterator<Item = &'d mut RoleDraft>,
        problems: &mut Vec<Problem>,
    ) -> Library {
        let mut lib = Library::default();
        if let Some(info) = self.info.take() {
            lib.title = info.title;
            lib.welcome = info.welcome;
            lib.examples = info.examples;
        }
        lib.skills = std::mem::take(&mut self.skills);
        let dept_of_folder = self.build_departments(&mut lib);
        let (links, renamed) = add_roles(
            drafts,
            self.parsed_roles,
            &mut lib,
            &dept_of_folder,
            problems,
        );
        let mut suggestions = Suggestions::default();
        name_role_skills(&mut lib, &links, &mut suggestions, problems);
        let root = super::translation::library_root(&lib);
        for d in 0..lib.departments.len() {
            let dept = &mut lib.departments[d];
            let at = std::mem::take(&mut dept.skill_at);
            let file = department_file(&root, &dept.key);
            let written = (&dept.skills, at.as_slice(), file.as_str());
            name_skills(&mut lib.skills, written, &mut suggestions, problems);
        }
        let known = KnownFiles {
            role_files: &self.role_files,
            renamed: &renamed,
        };
        // Where each move was written, for a move found to lead down.
        let moves_written: Vec<Vec<RoleRef>> = links.iter().map(|l| l.moves.clone()).collect();
        let mut next_at = resolve_links(&mut lib, links, &known, problems);
        break_cycles(&mut lib, &mut next_at, problems);
        for r in 0..lib.roles.len() {
            for i in 0..lib.roles[r].next.len() {
                let n = lib.roles[r].next[i];
                lib.roles[n].previous.push(r);
            }
        }
        drop_moves_down(&mut lib, &moves_written, problems);
        sort_tree(&mut lib);
        lib
    }

    /// One department per folder that holds TOML files, with every ancestor.
    fn build_departments(&mut self, lib: &mut Library) -> HashMap<String, usize> {
        let mut all: Vec<String> = Vec::new();
        for folder in self.folders.keys() {
            let mut prefix = String::new();
            for part in folder.split('/') {
                if !prefix.is_empty() {
                    prefix.push('/');
                }
                prefix.push_str(part);
                all.push(prefix.clone());
            }
        }
        all.sort();
        all.dedup();
        let mut index = HashMap::new();
        for key in all {
            let folder_name = key.rsplit('/').next().unwrap_or(&key);
            let mut dept = self.declared.remove(&key).unwrap_or_default();
            if dept.name.is_empty() {
                dept.name = name_from_folder(folder_name);
            }
            dept.key = crate::clean::clean_line(&key).into_owned();
            let parent = key
                .rsplit_once('/')
                .and_then(|(p, _)| index.get(p).copied());
            dept.parent = parent;
            let ix = lib.departments.len();
            match parent {
                Some(p) => lib.departments[p].children.push(ix),
                None => lib.top.push(ix),
            }
            lib.departments.push(dept);
            index.insert(key, ix);
        }
        index
    }
}

/// Adds roles in the order they were listed, those whose file names are
/// their ids first; a file with a taken id is left out. Also returns, for
/// each role loaded under an id made from its file's name, that name.
fn add_roles<'d>(
    drafts: impl Iterator<Item = &'d mut RoleDraft>,
    count: usize,
    lib: &mut Library,
    dept_of_folder: &HashMap<String, usize>,
    problems: &mut Vec<Problem>,
) -> (Vec<Links>, HashMap<String, RoleIx>) {
    lib.roles.reserve_exact(count);
    lib.ids.reserve(count);
    let mut adding = Adding {
        lib,
        dept_of_folder,
        problems,
        links: Vec::with_capacity(count),
        renamed: HashMap::new(),
        other: None,
        last_folder: None,
    };
    // A file named as its id keeps it: `colorist.toml` is never left out
    // for `Colorist.toml`, whose id is only made from its name. The drafts
    // are in listing order, so adding the renamed ones after the others, in
    // their order, is all the sorting they need.
    let mut renamed = Vec::new();
    for draft in drafts {
        if draft.named_as.is_some() {
            renamed.push(draft);
        } else {
            adding.add(draft);
        }
    }
    for draft in renamed {
        adding.add(draft);
    }
    if let Some(o) = adding.other {
        adding.lib.top.push(o);
    }
    (adding.links, adding.renamed)
}

/// Roles being added to a library, with what adding them gathers.
struct Adding<'a> {
    lib: &'a mut Library,
    dept_of_folder: &'a HashMap<String, usize>,
    problems: &'a mut Vec<Problem>,
    /// Each added role's links, in the order of `lib.roles`.
    links: Vec<Links>,
    /// Roles loaded under an id made from their file's name, by that name.
    renamed: HashMap<String, RoleIx>,
    /// "Other roles", once a role needs it.
    other: Option<usize>,
    /// The folder of the role added last, and its department.
    last_folder: Option<(Arc<str>, usize)>,
}

impl Adding<'_> {
    /// Adds the role of `draft`, taking what the library keeps out of it
    /// where it lies rather than moving the whole draft.
    fn add(&mut self, draft: &mut RoleDraft) {
        let id = std::mem::take(&mut draft.id);
        let named_as = draft.named_as.take();
        let folder = draft.folder.take();
        let lib = &mut *self.lib;
        let taken_by = lib
            .ids
            .get(&id)
            .map(|&first| lib.roles[first].file().to_string());
        if let Some(name) = &named_as {
            let outcome = match &taken_by {
                Some(by) => IdOutcome::Taken { id: &id, by },
                None => IdOutcome::LoadedAs(&id),
            };
            let mut p = Problem::new(draft.role.file(), invalid_id(name, outcome)).kind(Kind::Id);
            p.title = Some(draft.role.title().to_string());
            self.problems.push(p);
            if taken_by.is_some() {
                return;
            }
            self.renamed.insert(name.clone(), lib.roles.len());
        }
        if let Some(first) = taken_by {
            let mut p = Problem::new(
                draft.role.file(),
                crate::msg!("problem-id-taken", id = id.as_str(), other = first),
            );
            p.title = Some(draft.role.title().to_string());
            p.kind = Kind::Id;
            self.problems.push(p);
            return;
        }
        let dept = match (&folder, &self.last_folder) {
            // Roles come folder by folder, sharing their folder's name.
            (Some(folder), Some((last, dept))) if Arc::ptr_eq(folder, last) => Some(*dept),
            (Some(folder), _) => {
                let dept = self.dept_of_folder.get(&**folder).copied();
                self.last_folder = dept.map(|d| (Arc::clone(folder), d));
                dept
            }
            (None, _) => None,
        };
        let mut role = std::mem::take(&mut draft.role);
        role.department = match dept {
            Some(d) => d,
            None => *self.other.get_or_insert_with(|| {
                lib.departments.push(Department {
                    name: crate::t!("library-other-roles"),
                    is_other: true,
                    ..Department::default()
                });
                lib.departments.len() - 1
            }),
        };
        let ix = lib.roles.len();
        lib.departments[role.department].roles.push(ix);
        lib.ids.insert(id, ix);
        lib.roles.push(role);
        self.links.push(Links {
            next: std::mem::take(&mut draft.next),
            related: std::mem::take(&mut draft.related),
            works_with: std::mem::take(&mut draft.works_with),
            moves: std::mem::take(&mut draft.moves),
            skill_at: std::mem::take(&mut draft.skill_at),
        });
    }
}

/// Finds every skill the roles list in the library's skills, declaring
/// each name the first role to write it writes, when the library declares
/// none; each name `_skills.toml` does not declare is reported where each
/// role writes it. The names are gathered on every thread, so only the
/// few distinct ones are looked up one at a time.
fn name_role_skills(
    lib: &mut Library,
    links: &[Links],
    suggestions: &mut Suggestions,
    problems: &mut Vec<Problem>,
) {
    let Library { roles, skills, .. } = lib;
    type Firsts<'r> = foldhash::HashMap<&'r str, (RoleIx, &'r str)>;
    let firsts: Firsts<'_> = (0..roles.len())
        .into_par_iter()
        .fold(Firsts::default, |mut firsts, r| {
            for g in &roles[r].skills {
                for name in g.skills {
                    firsts.entry(name).or_insert((r, g.category));
                }
            }
            firsts
        })
        .reduce(Firsts::default, |mut a, b| {
            for (name, first) in b {
                a.entry(name)
                    .and_modify(|have| *have = (*have).min(first))
                    .or_insert(first);
            }
            a
        });
    let mut order: Vec<(RoleIx, &str, &str)> = firsts
        .into_iter()
        .map(|(name, (r, category))| (r, name, category))
        .collect();
    order.sort_unstable();
    let mut unknown: foldhash::HashMap<&str, usize> = Default::default();
    for (_, name, category) in order {
        if let Err(ix) = skills.resolve(name, category) {
            unknown.insert(name, ix);
        }
    }
    if unknown.is_empty() {
        return;
    }
    for (r, role) in roles.iter().enumerate() {
        let names = role.skills.iter().flat_map(|g| g.skills);
        for (name, at) in names.zip(
            links[r]
                .skill_at
                .iter()
                .map(Some)
                .chain(std::iter::repeat(None)),
        ) {
            if let Some(&ix) = unknown.get(name) {
                problems.push(suggestions.undeclared(skills, name, ix, role.file(), at));
            }
        }
    }
}

/// Finds each skill a role or department lists, as its file writes it, in
/// the library's skills, declaring it there when the library declares
/// none; a name `_skills.toml` does not declare is reported where it is
/// written, and still shown.
fn name_skills(
    table: &mut SkillTable,
    (written, at, file): (&SkillGroups, &[Position], &str),
    suggestions: &mut Suggestions,
    problems: &mut Vec<Problem>,
) {
    let mut place = at.iter();
    for g in written {
        for name in g.skills {
            let here = place.next();
            if let Err(ix) = table.resolve(name, g.category) {
                problems.push(suggestions.undeclared(table, name, ix, file, here));
            }
        }
    }
}

/// The declared skills suggested for each name `_skills.toml` does not
/// declare, worked out once a name however many roles write it, within
/// one budget for the library.
struct Suggestions {
    closest: HashMap<String, String>,
    budget: usize,
}

impl Default for Suggestions {
    fn default() -> Self {
        Suggestions {
            closest: HashMap::default(),
            budget: super::skills::CLOSEST_BUDGET,
        }
    }
}

impl Suggestions {
    /// The problem of a skill `_skills.toml` does not declare, with the
    /// declared ones closest to it.
    fn undeclared(
        &mut self,
        table: &SkillTable,
        name: &str,
        ix: usize,
        file: &str,
        at: Option<&Position>,
    ) -> Problem {
        let budget = &mut self.budget;
        let closest = self
            .closest
            .entry(name.to_string())
            .or_insert_with(|| {
                let names: Vec<String> = table
                    .closest_declared(name, 3, budget)
                    .into_iter()
                    .filter_map(|c| table.get(c))
                    .map(|s| {
                        format!(
                            "'{}'",
                            crate::clean::clean_line(s.name(crate::i18n::Lang::En))
                        )
                    })
                    .collect();
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            })
            .clone();
        let message = crate::t!(
            "problem-skill-undeclared",
            skill = crate::clean::clean_line(name),
            closest = closest
        );
        let mut problem = Problem::new(file, message).kind(Kind::Field);
        if let Some(skill) = table.get(ix) {
            problem = problem.skill(skill.id.as_str());
        }
        match at {
            Some(at) => problem.at(*at),
            None => problem,
        }
    }
}

/// Takes out each sideways move to a role below on one of the role's own
/// ladders, saying so where it is written: it is the ladder walked down by
/// another name, so no command shows it or routes over it.
fn drop_moves_down(lib: &mut Library, written: &[Vec<RoleRef>], problems: &mut Vec<Problem>) {
    if lib.roles.iter().all(|r| r.moves.is_empty()) {
        return;
    }
    let mut heights = super::ladder::Heights::new(lib);
    for r in 0..lib.roles.len() {
        let down: Vec<RoleIx> = lib.roles[r]
            .moves
            .iter()
            .map(|m| m.to)
            .filter(|&to| heights.is_below(lib, to, r))
            .collect();
        for to in down {
            let at = written.get(r).and_then(|refs| {
                refs.iter()
                    .find(|w| lib.ids.get(&w.id) == Some(&to))
                    .map(|w| w.at)
            });
            let message = crate::msg!(
                "problem-move-down-ladder",
                id = lib.roles[to].id().to_string()
            );
            let mut problem = Problem::new(lib.roles[r].file(), message).kind(Kind::Link);
            problem.title = Some(lib.roles[r].title().to_string());
            problems.push(match at {
                Some(at) => problem.at(at),
                None => problem,
            });
            lib.roles[r].moves.retain(|m| m.to != to);
        }
    }
}

/// A department's `_index.toml`, as problems name it.
fn department_file(root: &str, key: &str) -> String {
    if key.is_empty() {
        format!("{root}_index.toml")
    } else {
        format!("{root}{key}/_index.toml")
    }
}

/// The ids a role names, waiting to be resolved.
struct Links {
    next: Vec<RoleRef>,
    related: Vec<RoleRef>,
    works_with: Vec<RoleRef>,
    /// Where each of the role's `moves` leads, in the same order.
    moves: Vec<RoleRef>,
    /// Where each of the role's skills is written, in order.
    skill_at: Vec<Position>,
}

/// Did-you-mean comparisons allowed for one library. Each unknown id is
/// compared with every id, so a library of thousands of roles with thousands
/// of unknown links would otherwise take minutes; past this, unknown ids get
/// the plain hint. Far more than a hand-written library ever needs.
const SUGGESTION_BUDGET: usize = 200_000;

/// The role files listed, by what a link may call them.
struct KnownFiles<'f> {
    /// Ids of the role files listed that did not load under their own names.
    role_files: &'f HashSet<String>,
    /// Roles loaded under an id made from a file name that is not one, by
    /// that name.
    renamed: &'f HashMap<String, RoleIx>,
}

/// What resolving links needs besides the library.
struct LinkCheck<'p> {
    known: &'p KnownFiles<'p>,
    suggestions_left: usize,
    problems: &'p mut Vec<Problem>,
}

/// Resolves every role's links; returns where each kept `next` entry was
/// written, in the same order as the role's `next`.
///
/// Nearly every link names a role that is there: those roles' links are
/// looked up in parallel. The few roles with a link to look into are
/// checked one by one, in order, so their problems come out as they
/// always do.
fn resolve_links(
    lib: &mut Library,
    links: Vec<Links>,
    known: &KnownFiles<'_>,
    problems: &mut Vec<Problem>,
) -> Vec<Vec<Position>> {
    let ids = &lib.ids;
    let (mut next_at, unresolved): (Vec<Vec<Position>>, Vec<Option<Links>>) = lib
        .roles
        .par_iter_mut()
        .zip(links)
        .enumerate()
        .map(|(ix, (role, links))| match Found::all(ids, ix, &links) {
            Some(found) => (found.give(role, &places(&links.moves)), None),
            None => (Vec::new(), Some(links)),
        })
        .unzip();
    let mut check = LinkCheck {
        known,
        suggestions_left: SUGGESTION_BUDGET,
        problems,
    };
    for (ix, links) in unresolved.into_iter().enumerate() {
        if let Some(links) = links {
            let moves_at = places(&links.moves);
            let found = Found {
                next: check.resolve(lib, ix, "next", links.next),
                related: check.resolve(lib, ix, "related", links.related),
                works_with: check.resolve(lib, ix, "works_with", links.works_with),
                moves: check.resolve(lib, ix, "moves", links.moves),
            };
            next_at[ix] = found.give(&mut lib.roles[ix], &moves_at);
        }
    }
    next_at
}

/// A role's links resolved: the roles each list leads to, once each, with
/// where each was written.
struct Found {
    next: Vec<(RoleIx, Position)>,
    related: Vec<(RoleIx, Position)>,
    works_with: Vec<(RoleIx, Position)>,
    moves: Vec<(RoleIx, Position)>,
}

/// Where each link of a list was written.
fn places(refs: &[RoleRef]) -> Vec<Position> {
    refs.iter().map(|r| r.at).collect()
}

impl Found {
    /// Gives `role` its links; returns where each `next` link was written.
    /// `moves_at` is where each of the role's moves, as read, names its
    /// role: a move whose role was not found, or is moved to already, goes.
    fn give(self, role: &mut Role, moves_at: &[Position]) -> Vec<Position> {
        role.next = self.next.iter().map(|&(to, _)| to).collect();
        role.related = self.related.into_iter().map(|(to, _)| to).collect();
        role.works_with = self.works_with.into_iter().map(|(to, _)| to).collect();
        let read = std::mem::take(&mut role.moves);
        let mut read: Vec<Option<crate::library::SideMove>> = read.into_iter().map(Some).collect();
        for (to, at) in self.moves {
            let found = moves_at.iter().position(|&p| p == at);
            if let Some(mut m) = found.and_then(|i| read.get_mut(i)).and_then(Option::take) {
                m.to = to;
                role.moves.push(m);
            }
        }
        self.next.into_iter().map(|(_, at)| at).collect()
    }

    /// The links of role `from`, if every one names another role by its id.
    fn all(ids: &HashMap<String, RoleIx>, from: RoleIx, links: &Links) -> Option<Found> {
        let list = |refs: &[RoleRef]| {
            let mut kept = Kept::for_links(refs.len());
            for r in refs {
                match ids.get(&r.id) {
                    Some(&to) if to != from => {
                        if kept.keep(to, r.at).is_some() {
                            // A role named twice is reported, the slower way.
                            return None;
                        }
                    }
                    _ => return None,
                }
            }
            Some(kept.roles)
        };
        Some(Found {
            next: list(&links.next)?,
            related: list(&links.related)?,
            works_with: list(&links.works_with)?,
            moves: list(&links.moves)?,
        })
    }
}

/// The roles a list of links leads to, each once, in the order written.
struct Kept {
    roles: Vec<(RoleIx, Position)>,
    /// For long lists; most name a role or two, where looking through
    /// `roles` costs less than hashing.
    seen: Option<HashSet<RoleIx>>,
}

impl Kept {
    fn for_links(count: usize) -> Kept {
        Kept {
            roles: Vec::with_capacity(count),
            seen: (count > 16).then(|| HashSet::with_capacity(count)),
        }
    }

    /// Keeps `to`, unless it is kept already: then where it was first
    /// written.
    fn keep(&mut self, to: RoleIx, at: Position) -> Option<Position> {
        let new = match &mut self.seen {
            Some(seen) => seen.insert(to),
            None => !self.roles.iter().any(|&(kept, _)| kept == to),
        };
        if new {
            self.roles.push((to, at));
            None
        } else {
            self.roles
                .iter()
                .find(|&&(kept, _)| kept == to)
                .map(|&(_, first)| first)
        }
    }
}

impl LinkCheck<'_> {
    fn resolve(
        &mut self,
        lib: &Library,
        from: RoleIx,
        key: &str,
        refs: Vec<RoleRef>,
    ) -> Vec<(RoleIx, Position)> {
        let mut kept = Kept::for_links(refs.len());
        for r in refs {
            // Only a link with a problem is shown.
            let shown = || crate::clean::excerpt(&r.id, 60);
            let mut knock_on = None;
            let message = match (lib.ids.get(&r.id), self.known.renamed.get(&r.id)) {
                (Some(&to), _) if to == from => {
                    crate::msg!("problem-link-to-itself", key = key, id = shown())
                }
                (Some(&to), _) => match kept.keep(to, r.at) {
                    None => continue,
                    Some(first) if key == "moves" => {
                        crate::msg!("problem-move-twice", id = shown(), line = first.line)
                    }
                    Some(first) => crate::msg!(
                        "problem-link-twice",
                        key = key,
                        id = shown(),
                        line = first.line
                    ),
                },
                // The file's name as written: followed to the id the role is
                // loaded as, and the link asked to use that id.
                (None, Some(&to)) => {
                    if to != from {
                        // Said once: the name to use.
                        let _ = kept.keep(to, r.at);
                    }
                    let id = lib.roles[to].id();
                    crate::msg!(
                        "problem-link-to-file-name",
                        key = key,
                        name = shown(),
                        id = id
                    )
                }
                (None, None) if self.known.role_files.contains(&r.id) => {
                    knock_on = Some(r.id.clone());
                    crate::msg!("problem-link-to-broken", key = key, id = shown())
                }
                (None, None) => match self.suggest(lib, &r.id) {
                    Some(s) => crate::msg!(
                        "problem-link-unknown-suggest",
                        key = key,
                        id = shown(),
                        suggestion = s
                    ),
                    None => crate::msg!("problem-link-unknown", key = key, id = shown()),
                },
            };
            let mut problem = role_problem(lib, from, &r, message).kind(Kind::Link);
            if knock_on.is_some() {
                problem.kind = Kind::KnockOn;
                problem.knock_on = knock_on;
            }
            self.problems.push(problem);
        }
        kept.roles
    }

    fn suggest<'l>(&mut self, lib: &'l Library, wrong: &str) -> Option<&'l str> {
        let cost = lib.ids.len();
        if cost > self.suggestions_left {
            return None;
        }
        self.suggestions_left -= cost;
        did_you_mean(wrong, lib.ids.keys().map(String::as_str))
    }
}

fn role_problem(
    lib: &Library,
    role: RoleIx,
    at: &RoleRef,
    message: crate::i18n::Message,
) -> Problem {
    let mut p = Problem::new(lib.roles[role].file(), message).at(at.at);
    p.title = Some(lib.roles[role].title().to_string());
    p
}
