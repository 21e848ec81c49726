//! The role library as the rest of crewpath sees it: departments, roles and
//! the career ladder between them.

use foldhash::HashMap;

use serde::Serialize;

use super::role_key::{RoleKey, Translated};
use super::skills::{Skill, SkillTable};
use super::synonyms::Synonyms;
use super::text_lists::{SkillGroup, SkillGroups, TextLists, TextListsBuilder, Texts};
use super::title_forms::title_forms;

/// Position of a role in [`Library::roles`].
pub type RoleIx = usize;
/// Position of a department in [`Library::departments`].
pub type DeptIx = usize;

/// Everything loaded from one role library.
#[derive(Clone, Debug, Default)]
pub struct Library {
    /// The library's own title, from its top-level `_index.toml`.
    pub title: Option<String>,
    /// A short welcome text for visitors.
    pub welcome: Option<String>,
    /// The searches the kiosk welcome offers, as staff chose them: a role's
    /// id (its title is shown, in the visitor's language, and opens it) or
    /// words to search for.
    pub examples: Vec<String>,
    pub departments: Vec<Department>,
    pub roles: Vec<Role>,
    /// Top-level departments, in display order.
    pub top: Vec<DeptIx>,
    /// Words that mean the same in the library's field, from its
    /// `_synonyms.toml`.
    pub synonyms: Synonyms,
    /// Every skill the library's roles ask for, from its `_skills.toml` or
    /// from the names its role files use. Roles and departments name their
    /// skills by id.
    pub skills: SkillTable,
    /// The language of the library's texts: English, unless translations
    /// into another language were laid over it.
    pub lang: crate::i18n::Lang,
    pub(crate) ids: HashMap<String, RoleIx>,
}

/// A department: a folder of the library, with its roles and sub-departments.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Department {
    /// The folder's path inside the library, e.g. `sound/mixing`; empty for
    /// the "Other roles" group of files that sit in the library folder itself.
    pub key: String,
    pub name: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub unions: Vec<String>,
    pub industry_groups: Vec<String>,
    pub skills: SkillGroups,
    pub order: Option<i64>,
    #[serde(skip)]
    pub parent: Option<DeptIx>,
    /// Sub-departments, in display order.
    #[serde(skip)]
    pub children: Vec<DeptIx>,
    /// Roles directly in this department, sorted by title.
    #[serde(skip)]
    pub roles: Vec<RoleIx>,
    /// True for "Other roles", which is not a folder of its own.
    #[serde(skip)]
    pub is_other: bool,
    /// Sections shown in English for want of a translation, as for roles.
    #[serde(skip)]
    pub untranslated: Vec<&'static str>,
    /// Where each skill is written in its `_index.toml`, in order.
    #[serde(skip)]
    pub(crate) skill_at: Vec<super::position::Position>,
}

/// One job role, read from one role file.
///
/// Its texts (title, aliases, descriptions…) are kept together in one
/// allocation and read through methods of the same names; [`RoleText`] has
/// them as separate strings, to build or change a role.
#[derive(Clone, Debug, Default)]
pub struct Role {
    texts: TextLists,
    /// The role's own skills, by category.
    pub skills: SkillGroups,
    /// One rung up the career ladder.
    pub next: Vec<RoleIx>,
    /// One rung down: the roles whose `next` names this one.
    pub previous: Vec<RoleIx>,
    /// Roles worth reading about beside this one; never a move.
    pub related: Vec<RoleIx>,
    /// Roles worked with day to day; never a move.
    pub works_with: Vec<RoleIx>,
    /// Moves sideways out of this role that its file gives, with why.
    pub moves: Vec<SideMove>,
    pub entry_level: bool,
    pub in_demand: bool,
    pub noc: Vec<Noc>,
    pub wages: Vec<Wage>,
    pub sources: Vec<Source>,
    /// When the source last updated a section, by the section's key
    /// (`working_conditions` → `2014-10-21`), in file order; in JSON an
    /// object keyed by section, as written in the file.
    pub updated: Vec<(String, String)>,
    /// Sections shown in English because the role's translation into the
    /// language being shown lacks them (`description`, `skills`); every
    /// marked key of a role with no translation at all. Empty in English.
    pub untranslated: Vec<RoleKey>,
    pub department: DeptIx,
}

/// A role's texts as separate strings: what a role file gives, and what a
/// translation changes. Read from a file, they are borrowed from it where
/// they need no cleaning (`RoleText<Cow<str>>`), and copied only once, when
/// the role is packed.
///
/// The texts of the file's keys come first, in the order of the keys, then
/// the texts a role has that no key gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleText<S = String> {
    /// The role's `title`.
    pub title: S,
    /// The role's `aliases`.
    pub aliases: Vec<S>,
    /// The role's `search_terms`.
    pub search_terms: Vec<S>,
    /// The role's `summary`.
    pub summary: Option<S>,
    /// The role's `description`.
    pub description: Option<S>,
    /// The role's `duties`.
    pub duties: Vec<S>,
    /// The role's `education`.
    pub education: Option<S>,
    /// The role's `certification`.
    pub certification: Option<S>,
    /// The role's `working_conditions`.
    pub working_conditions: Option<S>,
    /// The role's `advancement`.
    pub advancement: Option<S>,
    /// The role's `outlook`.
    pub outlook: Option<S>,
    /// The role's `employers`.
    pub employers: Vec<S>,
    /// The role's `unions`.
    pub unions: Vec<S>,
    /// The role's `industry_groups`.
    pub industry_groups: Vec<S>,
    /// The file stem; unique across the library.
    pub id: S,
    /// Where the role came from, as shown in problems.
    pub file: S,
    /// The role's title and aliases in English, when it is shown in another
    /// language: crews use the English titles too, so search finds them,
    /// and says which they are.
    pub english_names: Vec<S>,
}

/// The lists a role's texts are packed in ([`TextLists`]), one a field of
/// [`RoleText`], in order: a single text is a list of one, a text left out
/// a list of none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Title,
    Aliases,
    SearchTerms,
    Summary,
    Description,
    Duties,
    Education,
    Certification,
    WorkingConditions,
    Advancement,
    Outlook,
    Employers,
    Unions,
    IndustryGroups,
    Id,
    File,
    EnglishNames,
}

impl Part {
    /// Every list, in the order they are packed.
    const ALL: [Part; 17] = [
        Part::Title,
        Part::Aliases,
        Part::SearchTerms,
        Part::Summary,
        Part::Description,
        Part::Duties,
        Part::Education,
        Part::Certification,
        Part::WorkingConditions,
        Part::Advancement,
        Part::Outlook,
        Part::Employers,
        Part::Unions,
        Part::IndustryGroups,
        Part::Id,
        Part::File,
        Part::EnglishNames,
    ];

    /// The list holding the text a role file gives under `key`; `None` for
    /// a key that is not a text (links, flags, tables). Every key is named,
    /// so that a new one is given its answer here.
    const fn of(key: RoleKey) -> Option<Part> {
        Some(match key {
            RoleKey::Title => Part::Title,
            RoleKey::Aliases => Part::Aliases,
            RoleKey::SearchTerms => Part::SearchTerms,
            RoleKey::Summary => Part::Summary,
            RoleKey::Description => Part::Description,
            RoleKey::Duties => Part::Duties,
            RoleKey::Education => Part::Education,
            RoleKey::Certification => Part::Certification,
            RoleKey::WorkingConditions => Part::WorkingConditions,
            RoleKey::Advancement => Part::Advancement,
            RoleKey::Outlook => Part::Outlook,
            RoleKey::Employers => Part::Employers,
            RoleKey::Unions => Part::Unions,
            RoleKey::IndustryGroups => Part::IndustryGroups,
            RoleKey::Skills
            | RoleKey::Next
            | RoleKey::Related
            | RoleKey::WorksWith
            | RoleKey::Moves
            | RoleKey::EntryLevel
            | RoleKey::InDemand
            | RoleKey::Noc
            | RoleKey::Wages
            | RoleKey::Sources
            | RoleKey::Updated => return None,
        })
    }
}

/// How many lists a role's texts are packed in.
const PARTS: usize = Part::ALL.len();

// `Part::ALL` is in the order of the enum, each list at its place.
const _: () = {
    let mut at = 0;
    while at < PARTS {
        assert!(
            Part::ALL[at] as usize == at,
            "Part::ALL lists the parts in order"
        );
        at += 1;
    }
};

impl RoleKey {
    /// Whether a role holds it as text (one, or a list), rather than as
    /// links, flags or tables.
    pub const fn is_text(self) -> bool {
        Part::of(self).is_some()
    }
}

impl<S> RoleText<S> {
    /// Where the text in `part` goes.
    fn slot(&mut self, part: Part) -> TextSlot<'_, S> {
        match part {
            Part::Title => TextSlot::One(&mut self.title),
            Part::Aliases => TextSlot::List(&mut self.aliases),
            Part::SearchTerms => TextSlot::List(&mut self.search_terms),
            Part::Summary => TextSlot::Opt(&mut self.summary),
            Part::Description => TextSlot::Opt(&mut self.description),
            Part::Duties => TextSlot::List(&mut self.duties),
            Part::Education => TextSlot::Opt(&mut self.education),
            Part::Certification => TextSlot::Opt(&mut self.certification),
            Part::WorkingConditions => TextSlot::Opt(&mut self.working_conditions),
            Part::Advancement => TextSlot::Opt(&mut self.advancement),
            Part::Outlook => TextSlot::Opt(&mut self.outlook),
            Part::Employers => TextSlot::List(&mut self.employers),
            Part::Unions => TextSlot::List(&mut self.unions),
            Part::IndustryGroups => TextSlot::List(&mut self.industry_groups),
            Part::Id => TextSlot::One(&mut self.id),
            Part::File => TextSlot::One(&mut self.file),
            Part::EnglishNames => TextSlot::List(&mut self.english_names),
        }
    }

    /// Where the text under `key` goes; `None` for a key that is not a
    /// text (links, flags, tables).
    pub fn text_under_mut(&mut self, key: RoleKey) -> Option<TextSlot<'_, S>> {
        Part::of(key).map(|part| self.slot(part))
    }

    /// The texts in `part`: a single text as a list of one, a text left out
    /// as a list of none.
    fn part(&self, part: Part) -> &[S] {
        let one = std::slice::from_ref;
        match part {
            Part::Title => one(&self.title),
            Part::Aliases => &self.aliases,
            Part::SearchTerms => &self.search_terms,
            Part::Summary => self.summary.as_slice(),
            Part::Description => self.description.as_slice(),
            Part::Duties => &self.duties,
            Part::Education => self.education.as_slice(),
            Part::Certification => self.certification.as_slice(),
            Part::WorkingConditions => self.working_conditions.as_slice(),
            Part::Advancement => self.advancement.as_slice(),
            Part::Outlook => self.outlook.as_slice(),
            Part::Employers => &self.employers,
            Part::Unions => &self.unions,
            Part::IndustryGroups => &self.industry_groups,
            Part::Id => one(&self.id),
            Part::File => one(&self.file),
            Part::EnglishNames => &self.english_names,
        }
    }

    /// Every text, list by list, in the order of `Part`.
    fn parts(&self) -> [&[S]; PARTS] {
        Part::ALL.map(|part| self.part(part))
    }
}

impl Role {
    /// The role's texts as separate strings, to change them.
    pub fn text(&self) -> RoleText {
        let list = |part| self.list(part).to_vec();
        let opt = |part| self.one(part).map(str::to_string);
        let one = |part| self.one(part).unwrap_or_default().to_string();
        RoleText {
            title: one(Part::Title),
            aliases: list(Part::Aliases),
            search_terms: list(Part::SearchTerms),
            summary: opt(Part::Summary),
            description: opt(Part::Description),
            duties: list(Part::Duties),
            education: opt(Part::Education),
            certification: opt(Part::Certification),
            working_conditions: opt(Part::WorkingConditions),
            advancement: opt(Part::Advancement),
            outlook: opt(Part::Outlook),
            employers: list(Part::Employers),
            unions: list(Part::Unions),
            industry_groups: list(Part::IndustryGroups),
            id: one(Part::Id),
            file: one(Part::File),
            english_names: list(Part::EnglishNames),
        }
    }

    /// The text a role file gives under `key`; `None` for a key that is not
    /// a text (links, flags, tables).
    pub fn text_under(&self, key: RoleKey) -> Option<TextValue<'_>> {
        let part = Part::of(key)?;
        Some(match key.translated() {
            Translated::List => TextValue::List(self.list(part)),
            _ => TextValue::One(self.one(part)),
        })
    }

    /// The role's `title`.
    pub fn title(&self) -> &str {
        self.one(Part::Title).unwrap_or_default()
    }

    /// The role's `aliases`.
    pub fn aliases(&self) -> Texts<'_> {
        self.list(Part::Aliases)
    }

    /// The role's `search_terms`.
    pub fn search_terms(&self) -> Texts<'_> {
        self.list(Part::SearchTerms)
    }

    /// The role's `summary`.
    pub fn summary(&self) -> Option<&str> {
        self.one(Part::Summary)
    }

    /// The role's `description`.
    pub fn description(&self) -> Option<&str> {
        self.one(Part::Description)
    }

    /// The role's `duties`.
    pub fn duties(&self) -> Texts<'_> {
        self.list(Part::Duties)
    }

    /// The role's `education`.
    pub fn education(&self) -> Option<&str> {
        self.one(Part::Education)
    }

    /// The role's `certification`.
    pub fn certification(&self) -> Option<&str> {
        self.one(Part::Certification)
    }

    /// The role's `working_conditions`.
    pub fn working_conditions(&self) -> Option<&str> {
        self.one(Part::WorkingConditions)
    }

    /// The role's `advancement`.
    pub fn advancement(&self) -> Option<&str> {
        self.one(Part::Advancement)
    }

    /// The role's `outlook`.
    pub fn outlook(&self) -> Option<&str> {
        self.one(Part::Outlook)
    }

    /// The role's `employers`.
    pub fn employers(&self) -> Texts<'_> {
        self.list(Part::Employers)
    }

    /// The role's `unions`.
    pub fn unions(&self) -> Texts<'_> {
        self.list(Part::Unions)
    }

    /// The role's `industry_groups`.
    pub fn industry_groups(&self) -> Texts<'_> {
        self.list(Part::IndustryGroups)
    }

    /// The file stem; unique across the library.
    pub fn id(&self) -> &str {
        self.one(Part::Id).unwrap_or_default()
    }

    /// Where the role came from, as shown in problems.
    pub fn file(&self) -> &str {
        self.one(Part::File).unwrap_or_default()
    }

    /// The role's title and aliases in English, when it is shown in another
    /// language.
    pub fn english_names(&self) -> Texts<'_> {
        self.list(Part::EnglishNames)
    }
}

/// A role's text under one key of its file.
#[derive(Clone, Copy, Debug)]
pub enum TextValue<'a> {
    /// One text, or none where the file leaves it out.
    One(Option<&'a str>),
    List(Texts<'a>),
}

impl TextValue<'_> {
    /// Whether there is any text at all.
    pub fn is_empty(&self) -> bool {
        match self {
            TextValue::One(text) => text.is_none(),
            TextValue::List(list) => list.is_empty(),
        }
    }
}

/// Where a role's text under one key of its file goes, to set it.
#[derive(Debug)]
pub enum TextSlot<'a, S> {
    One(&'a mut S),
    Opt(&'a mut Option<S>),
    List(&'a mut Vec<S>),
}

impl<S: AsRef<str>> RoleText<S> {
    fn pack(&self) -> TextLists {
        let parts = self.parts();
        let texts = || parts.iter().flat_map(|part| part.iter());
        let bytes = texts().map(|t| t.as_ref().len()).sum();
        let mut pack = TextListsBuilder::with_capacity(bytes, texts().count(), parts.len());
        for part in parts {
            pack.list(part);
        }
        pack.finish()
    }
}

impl Role {
    /// A role with these texts and nothing else yet.
    pub fn new<S: AsRef<str>>(text: &RoleText<S>) -> Role {
        Role {
            texts: text.pack(),
            ..Role::default()
        }
    }

    /// Changes the role's texts.
    pub fn set_text<S: AsRef<str>>(&mut self, text: &RoleText<S>) {
        self.texts = text.pack();
    }

    fn one(&self, part: Part) -> Option<&str> {
        self.texts.one(part as usize)
    }

    fn list(&self, part: Part) -> Texts<'_> {
        self.texts.list(part as usize)
    }
}

/// In JSON, the role as its file gives it: its id, then the keys
/// [`RoleKey::in_json`] names, in the order of the table.
impl Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        self.with_skills(&self.skills).serialize(out)
    }
}

/// A role in JSON with its skills written as the caller likes: by id as
/// stored, or with their names in a library.
pub struct RoleWithSkills<'a, K>(&'a Role, K);

impl Role {
    /// The role for JSON, `skills` standing for its skills.
    pub fn with_skills<K: Serialize>(&self, skills: K) -> RoleWithSkills<'_, K> {
        RoleWithSkills(self, skills)
    }
}

impl<K: Serialize> Serialize for RoleWithSkills<'_, K> {
    fn serialize<S: serde::Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let RoleWithSkills(role, skills) = self;
        let keys = RoleKey::ALL.iter().filter(|k| k.in_json());
        let mut s = out.serialize_struct("Role", 1 + keys.clone().count())?;
        s.serialize_field("id", role.id())?;
        for &key in keys {
            let name = key.name();
            match role.text_under(key) {
                Some(TextValue::One(text)) => s.serialize_field(name, &text),
                Some(TextValue::List(list)) => s.serialize_field(name, &list),
                None => serialize_other(&mut s, role, skills, key),
            }?;
        }
        s.end()
    }
}

/// Writes what a role holds under `key` other than text.
fn serialize_other<S: serde::ser::SerializeStruct>(
    s: &mut S,
    role: &Role,
    skills: &impl Serialize,
    key: RoleKey,
) -> Result<(), S::Error> {
    let name = key.name();
    match key {
        RoleKey::Skills => s.serialize_field(name, skills),
        RoleKey::EntryLevel => s.serialize_field(name, &role.entry_level),
        RoleKey::InDemand => s.serialize_field(name, &role.in_demand),
        RoleKey::Noc => s.serialize_field(name, &role.noc),
        RoleKey::Wages => s.serialize_field(name, &role.wages),
        RoleKey::Sources => s.serialize_field(name, &role.sources),
        RoleKey::Updated => s.serialize_field(name, &Dates(&role.updated)),
        // Links are written with their ids by the commands that
        // need them, not as the positions stored here.
        RoleKey::Next | RoleKey::Related | RoleKey::WorksWith | RoleKey::Moves => Ok(()),
        // Texts are written by their kind, above.
        RoleKey::Title
        | RoleKey::Aliases
        | RoleKey::SearchTerms
        | RoleKey::Summary
        | RoleKey::Description
        | RoleKey::Duties
        | RoleKey::Education
        | RoleKey::Certification
        | RoleKey::WorkingConditions
        | RoleKey::Advancement
        | RoleKey::Outlook
        | RoleKey::Employers
        | RoleKey::Unions
        | RoleKey::IndustryGroups => Ok(()),
    }
}

/// `updated` as an object keyed by section.
struct Dates<'a>(&'a [(String, String)]);

impl Serialize for Dates<'_> {
    fn serialize<S: serde::Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        dates_by_section(self.0, out)
    }
}

fn dates_by_section<S: serde::Serializer>(
    dates: &[(String, String)],
    out: S,
) -> Result<S::Ok, S::Error> {
    out.collect_map(dates.iter().map(|(section, date)| (section, date)))
}

/// A Canadian National Occupational Classification code.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Noc {
    pub code: String,
    pub title: Option<String>,
    pub version: Option<String>,
}

/// A wage survey result for one region and year.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Wage {
    pub region: Option<String>,
    pub year: Option<i64>,
    pub source: Option<String>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub note: Option<String>,
    pub starting: Option<PayBand>,
    pub overall: Option<PayBand>,
    pub top: Option<PayBand>,
}

/// Pay figures for one bracket of a wage table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PayBand {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub average: Option<f64>,
    pub median: Option<f64>,
}

/// A sideways move out of a role, as its file's `[[moves]]` gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct SideMove {
    /// The role moved to.
    pub to: RoleIx,
    /// Why the move makes sense, for a visitor to read.
    pub because: String,
    /// The title of the role's source that supports the move; `None` for
    /// the library's own suggestion.
    pub source: Option<String>,
}

impl SideMove {
    /// Whether the move is the library's own suggestion, with no source.
    pub fn suggested(&self) -> bool {
        self.source.is_none()
    }
}

/// Where a role's facts come from.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Source {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub region: Option<String>,
    pub url: Option<String>,
    /// The date the page was read, as written (`2026-01-31`).
    pub retrieved: Option<String>,
}

impl Library {
    /// The role with this id.
    pub fn role_by_id(&self, id: &str) -> Option<RoleIx> {
        self.ids.get(id).copied()
    }

    /// Number of real departments (folders), not counting "Other roles".
    pub fn department_count(&self) -> usize {
        self.departments.iter().filter(|d| !d.is_other).count()
    }

    /// Department names from the top down to `dept`.
    pub fn department_path(&self, dept: DeptIx) -> Vec<&str> {
        let mut path = Vec::new();
        let mut at = Some(dept);
        while let Some(d) = at {
            path.push(self.departments[d].name.as_str());
            at = self.departments[d].parent;
        }
        path.reverse();
        path
    }

    /// Departments from the top down to the role's own.
    pub fn role_departments(&self, role: RoleIx) -> Vec<DeptIx> {
        let mut path = Vec::new();
        let mut at = Some(self.roles[role].department);
        while let Some(d) = at {
            path.push(d);
            at = self.departments[d].parent;
        }
        path.reverse();
        path
    }

    /// A skill by its id.
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.by_id(id)
    }

    /// A skill's name in the language of the library's texts, for a skill
    /// as a role file writes it (or its id).
    pub fn skill_name<'a>(&'a self, written: &'a str) -> &'a str {
        self.skill(written).map_or(written, |s| s.name(self.lang))
    }

    /// A skill's id, for a skill as a role file writes it.
    pub fn skill_id<'a>(&'a self, written: &'a str) -> &'a str {
        self.skill(written).map_or(written, |s| s.id.as_str())
    }

    /// The role's skills with the skills its departments share, each skill
    /// once, by name, in the order: the role's own groups, then the
    /// departments' from the nearest up.
    pub fn skill_groups(&self, role: RoleIx) -> Vec<SkillGroup> {
        let mut seen = std::collections::HashSet::new();
        let mut groups = Vec::new();
        let own = self.roles[role]
            .skills
            .iter()
            .map(|g| (crate::i18n::skill_category(g.category), g));
        let shared = self.role_departments(role).into_iter().rev().flat_map(|d| {
            let dept = &self.departments[d];
            dept.skills.iter().map(move |g| {
                let category = crate::i18n::skill_category(g.category);
                (format!("{category} ({})", dept.name), g)
            })
        });
        for (category, group) in own.chain(shared) {
            let skills: Vec<String> = group
                .skills
                .iter()
                .filter(|written| seen.insert(self.skill_id(written)))
                .map(|written| self.skill_name(written).to_string())
                .collect();
            if !skills.is_empty() {
                groups.push(SkillGroup { category, skills });
            }
        }
        groups
    }

    /// Every skill of the role, its departments' included, as the files
    /// write them, in the order of [`Library::skill_groups`] (repeats left
    /// in).
    fn all_skills(&self, role: RoleIx) -> impl Iterator<Item = &str> {
        let own = self.roles[role].skills.iter();
        let shared = self
            .role_departments(role)
            .into_iter()
            .rev()
            .flat_map(|d| self.departments[d].skills.iter());
        own.chain(shared)
            .flat_map(|g| g.skills)
            .map(|written| self.skill_id(written))
    }

    /// The ids of every skill of the role, its departments' included, each
    /// once, in the order of [`Library::skill_groups`].
    pub fn skill_ids(&self, role: RoleIx) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        self.all_skills(role)
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// Roles that ask for this skill (named by id, name or other name),
    /// sorted by title.
    pub fn roles_with_skill(&self, skill: &str) -> Vec<RoleIx> {
        let Some(wanted) = self
            .skills
            .index_of(skill)
            .and_then(|ix| self.skills.get(ix))
        else {
            return Vec::new();
        };
        let mut roles: Vec<RoleIx> = (0..self.roles.len())
            .filter(|&r| self.all_skills(r).any(|id| id == wanted.id))
            .collect();
        roles.sort_by(|&a, &b| self.roles[a].title().cmp(self.roles[b].title()));
        roles
    }

    /// Skills that `upper` asks for and `lower` does not, by name: what to
    /// add to step up from `lower` to `upper`.
    pub fn step_up_skills(&self, lower: RoleIx, upper: RoleIx) -> Vec<String> {
        let have: std::collections::HashSet<&str> = self.all_skills(lower).collect();
        self.skill_ids(upper)
            .into_iter()
            .filter(|id| !have.contains(id))
            .map(|id| self.skill_name(id).to_string())
            .collect()
    }

    /// A role by id or, failing that, by title, then by another title it is
    /// known by, then by a search term (such as its English title when shown
    /// in French), all ignoring case; a name shared by several roles finds
    /// none of them.
    pub fn find_role(&self, name: &str) -> Option<RoleIx> {
        self.resolve_role(name).ok()
    }

    /// Like [`Library::find_role`], saying why no role was found: a name
    /// several roles share names none of them, and they are listed. A title
    /// is known under each of its forms ("monteuse sonore" for "Monteur ou
    /// monteuse sonore").
    pub fn resolve_role(&self, name: &str) -> Result<RoleIx, Unresolved> {
        let wanted = name.trim().to_lowercase();
        if let Some(role) = self.role_by_id(&wanted) {
            return Ok(role);
        }
        let only = |names: &dyn Fn(&Role) -> Vec<String>| -> Option<Result<RoleIx, Unresolved>> {
            let found: Vec<RoleIx> = (0..self.roles.len())
                .filter(|&r| {
                    names(&self.roles[r])
                        .iter()
                        .any(|n| n.to_lowercase() == wanted)
                })
                .collect();
            match found.as_slice() {
                [] => None,
                [role] => Some(Ok(*role)),
                _ => Some(Err(Unresolved::Shared(found))),
            }
        };
        let listed = |names: fn(&Role) -> Texts<'_>| {
            move |role: &Role| names(role).iter().map(str::to_string).collect::<Vec<_>>()
        };
        only(&|role| vec![role.title().to_string()])
            .or_else(|| only(&|role| title_forms(role.title())))
            .or_else(|| only(&listed(Role::aliases)))
            .or_else(|| only(&listed(Role::english_names)))
            .or_else(|| only(&listed(Role::search_terms)))
            .unwrap_or(Err(Unresolved::NoRole))
    }
}

/// Why a name found no role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// No role is known by it.
    NoRole,
    /// Several roles are, these.
    Shared(Vec<RoleIx>),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a role different from every other, so that a text
    /// packed in one place and read from another would show.
    fn every_text() -> RoleText {
        let list = |name: &str| vec![format!("{name} 1"), format!("{name} 2")];
        RoleText {
            id: "id".into(),
            title: "title".into(),
            file: "file".into(),
            aliases: list("alias"),
            search_terms: list("term"),
            english_names: list("english"),
            summary: Some("summary".into()),
            description: Some("description".into()),
            duties: list("duty"),
            education: Some("education".into()),
            certification: Some("certification".into()),
            working_conditions: Some("conditions".into()),
            advancement: Some("advancement".into()),
            outlook: Some("outlook".into()),
            employers: list("employer"),
            unions: list("union"),
            industry_groups: list("group"),
        }
    }

    #[test]
    fn a_role_gives_back_each_text_where_it_was_put() {
        let text = every_text();
        let role = Role::new(&text);
        assert_eq!(role.text(), text);
        assert_eq!(role.id(), "id");
        assert_eq!(role.title(), "title");
        assert_eq!(role.file(), "file");
        assert_eq!(role.aliases(), ["alias 1", "alias 2"]);
        assert_eq!(role.search_terms(), ["term 1", "term 2"]);
        assert_eq!(role.english_names(), ["english 1", "english 2"]);
        assert_eq!(role.summary(), Some("summary"));
        assert_eq!(role.description(), Some("description"));
        assert_eq!(role.duties(), ["duty 1", "duty 2"]);
        assert_eq!(role.education(), Some("education"));
        assert_eq!(role.certification(), Some("certification"));
        assert_eq!(role.working_conditions(), Some("conditions"));
        assert_eq!(role.advancement(), Some("advancement"));
        assert_eq!(role.outlook(), Some("outlook"));
        assert_eq!(role.employers(), ["employer 1", "employer 2"]);
        assert_eq!(role.unions(), ["union 1", "union 2"]);
        assert_eq!(role.industry_groups(), ["group 1", "group 2"]);
    }

    #[test]
    fn every_text_is_packed_in_a_list_of_its_own_in_order() {
        assert_eq!(Part::ALL.len(), PARTS);
        for (at, part) in Part::ALL.iter().enumerate() {
            assert_eq!(*part as usize, at);
        }
        let text = every_text();
        let lists = text.parts();
        assert_eq!(lists[Part::Title as usize], ["title"]);
        assert_eq!(lists[Part::IndustryGroups as usize], ["group 1", "group 2"]);
        assert!(RoleText::<String>::default().parts()[Part::Summary as usize].is_empty());
    }

    #[test]
    fn each_text_key_is_held_as_a_translation_carries_it() {
        for &key in RoleKey::ALL {
            let mut text = RoleText::<String>::default();
            let held = match text.text_under_mut(key) {
                Some(TextSlot::One(_) | TextSlot::Opt(_)) => Some(Translated::Text),
                Some(TextSlot::List(_)) => Some(Translated::List),
                None => None,
            };
            let carried =
                Some(key.translated()).filter(|t| matches!(t, Translated::Text | Translated::List));
            assert_eq!(held, carried, "{key}");
            assert_eq!(key.is_text(), held.is_some(), "{key}");
        }
    }

    #[test]
    fn texts_left_out_stay_out_and_a_change_keeps_the_rest() {
        let mut role = Role::new(&RoleText::<String> {
            id: "mixer".into(),
            title: "Mixer".into(),
            ..RoleText::default()
        });
        assert_eq!(role.summary(), None);
        assert!(role.aliases().is_empty());
        let mut text = role.text();
        text.summary = Some("Mixes".into());
        role.set_text(&text);
        assert_eq!(role.summary(), Some("Mixes"));
        assert_eq!((role.id(), role.title()), ("mixer", "Mixer"));
        assert_eq!(role.description(), None);
    }
}
