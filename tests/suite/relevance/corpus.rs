//! A relevance test set at the scale of a national occupational library:
//! about 900 occupations across many industries, each with dozens of the
//! alternate titles people and job boards use (sharing words such as
//! "operator", "technician" and "supervisor" the way real titles do), and
//! over 300 queries of the kinds people type, each with the one role it
//! should find. Built from hand-written parts with a fixed seed, written as
//! real role files, so the same library and queries come back every run.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Things and fields people work on, by industry (the folder).
const INDUSTRIES: &[(&str, &[&str])] = &[
    (
        "manufacturing",
        &[
            "Grinding Machine",
            "Lathe",
            "Drill Press",
            "Milling Machine",
            "Injection Moulding",
            "Extrusion",
            "Stamping Press",
            "Welding",
            "Soldering",
            "Assembly Line",
            "Packaging Machine",
            "Bottling Line",
            "Kettle",
            "Furnace",
            "Kiln",
            "Boiler",
            "Conveyor",
            "Paint Booth",
            "Foundry",
            "Forge",
        ],
    ),
    (
        "construction",
        &[
            "Drywall",
            "Concrete",
            "Asphalt Paving",
            "Roofing",
            "Scaffold",
            "Crane",
            "Excavator",
            "Bulldozer",
            "Elevator",
            "Insulation",
            "Masonry",
            "Tile Setting",
            "Glazing",
            "Demolition",
            "Structural",
            "Survey",
            "Plumbing",
            "Pipefitting",
            "Sheet Metal",
            "Fence",
        ],
    ),
    (
        "transport",
        &[
            "Forklift",
            "Freight",
            "Shipping",
            "Receiving",
            "Warehouse",
            "Locomotive",
            "Railway Signal",
            "Aircraft",
            "Airport Ramp",
            "Cargo",
            "Tow Truck",
            "Bus",
            "Ferry",
            "Harbour",
            "Courier",
            "Dispatch",
            "Fleet",
            "Tire",
            "Parking",
            "Toll Booth",
        ],
    ),
    (
        "health",
        &[
            "Dental",
            "Pharmacy",
            "Radiology",
            "Cardiology",
            "Surgical",
            "Laboratory",
            "Phlebotomy",
            "Dialysis",
            "Orthopedic",
            "Optical",
            "Hearing Aid",
            "Veterinary",
            "Morgue",
            "Sterile Processing",
            "Medical Records",
            "Ultrasound",
            "Respiratory",
            "Nutrition",
            "Prosthetics",
            "Hospice",
        ],
    ),
    (
        "office",
        &[
            "Payroll",
            "Insurance Claims",
            "Mortgage",
            "Tax",
            "Customs",
            "Billing",
            "Collections",
            "Procurement",
            "Records",
            "Court",
            "Legal",
            "Benefits",
            "Accounts Payable",
            "Accounts Receivable",
            "Budget",
            "Audit",
            "Compliance",
            "Grant",
            "Donor Relations",
            "Real Estate",
        ],
    ),
    (
        "food-and-farm",
        &[
            "Bakery",
            "Butcher Shop",
            "Seafood",
            "Dairy",
            "Poultry",
            "Greenhouse",
            "Orchard",
            "Vineyard",
            "Brewery",
            "Winery",
            "Cannery",
            "Grain Elevator",
            "Feedlot",
            "Apiary",
            "Nursery",
            "Lawn Mower",
            "Irrigation",
            "Pest Control",
            "Catering",
            "Cafeteria",
        ],
    ),
    (
        "energy-and-utilities",
        &[
            "Water Treatment",
            "Wastewater",
            "Power Plant",
            "Substation",
            "Power Line",
            "Gas Meter",
            "Pipeline",
            "Drilling Rig",
            "Refinery",
            "Solar Panel",
            "Wind Turbine",
            "Nuclear Reactor",
            "Mine Hoist",
            "Blasting",
            "Quarry",
            "Recycling",
            "Landfill",
            "Sewer",
            "Hydro Dam",
            "Smelter",
        ],
    ),
    (
        "arts-and-media",
        &[
            "Film",
            "Sound",
            "Lighting",
            "Stage",
            "Costume",
            "Makeup",
            "Camera",
            "Broadcast",
            "Printing Press",
            "Bookbinding",
            "Photography",
            "Museum",
            "Gallery",
            "Archive",
            "Piano",
            "Organ",
            "Jewelry",
            "Watch",
            "Furniture",
            "Upholstery",
        ],
    ),
    (
        "services",
        &[
            "Hotel",
            "Restaurant",
            "Laundry",
            "Dry Cleaning",
            "Security",
            "Fire Alarm",
            "Locksmith",
            "Pool",
            "Ski Lift",
            "Casino",
            "Fitness",
            "Spa",
            "Funeral",
            "Cemetery",
            "Child Care",
            "Elder Care",
            "Kennel",
            "Car Wash",
            "Vending Machine",
            "Janitorial",
        ],
    ),
];

/// The last word of a job title, with the words that stand for it in other
/// titles of the same job.
const HEADS: &[(&str, &[&str])] = &[
    ("Operator", &["Tender", "Handler", "Runner"]),
    ("Technician", &["Tech", "Technologist"]),
    ("Assistant", &["Aide", "Helper"]),
    ("Supervisor", &["Foreman", "Team Leader", "Lead Hand"]),
    ("Specialist", &["Expert", "Consultant"]),
    ("Coordinator", &["Scheduler", "Organizer"]),
    ("Manager", &["Director", "Administrator"]),
    ("Worker", &["Labourer", "Hand"]),
    ("Clerk", &["Officer", "Agent"]),
    ("Engineer", &["Engineering Specialist"]),
    ("Inspector", &["Examiner", "Checker"]),
    ("Installer", &["Fitter", "Setter"]),
    ("Mechanic", &["Repairer", "Servicer"]),
    ("Analyst", &["Reviewer", "Evaluator"]),
    ("Designer", &["Drafter", "Planner"]),
];

const RANKS: &[&str] = &[
    "Senior",
    "Junior",
    "Lead",
    "Chief",
    "Trainee",
    "Apprentice",
    "Journeyperson",
    "Certified",
    "Licensed",
    "Head",
];
const SETTINGS: &[&str] = &[
    "Industrial",
    "Commercial",
    "Residential",
    "Municipal",
    "Field",
    "Shop",
    "Plant",
    "Mobile",
    "Night Shift",
    "Contract",
];
const GRADES: &[&str] = &["I", "II", "III"];

/// Occupations known by an abbreviation, and some other titles.
const ABBREVIATED: &[(&str, &str, &[&str])] = &[
    (
        "Registered Nurse",
        "RN",
        &["Staff Nurse", "Charge Nurse", "Nurse Clinician"],
    ),
    (
        "Licensed Practical Nurse",
        "LPN",
        &["Practical Nurse", "Vocational Nurse"],
    ),
    (
        "Emergency Medical Technician",
        "EMT",
        &["Ambulance Attendant", "Paramedic Basic"],
    ),
    (
        "Certified Public Accountant",
        "CPA",
        &["Chartered Accountant", "Public Accountant"],
    ),
    (
        "Database Administrator",
        "DBA",
        &["Database Manager", "Data Steward"],
    ),
    (
        "Personal Support Worker",
        "PSW",
        &["Home Support Worker", "Care Aide"],
    ),
    (
        "Early Childhood Educator",
        "ECE",
        &["Preschool Teacher", "Daycare Educator"],
    ),
    (
        "Customer Service Representative",
        "CSR",
        &["Call Centre Agent", "Client Service Agent"],
    ),
    (
        "Computer Numerical Control Machinist",
        "CNC Machinist",
        &["CNC Programmer", "Machine Tool Programmer"],
    ),
    (
        "Heating Ventilation and Air Conditioning Mechanic",
        "HVAC Mechanic",
        &["Refrigeration Mechanic", "Climate Control Mechanic"],
    ),
    (
        "Occupational Therapist",
        "OT",
        &[
            "Rehabilitation Therapist",
            "Occupational Therapy Practitioner",
        ],
    ),
    (
        "Speech-Language Pathologist",
        "SLP",
        &["Speech Therapist", "Speech Clinician"],
    ),
    (
        "Aircraft Maintenance Engineer",
        "AME",
        &["Aviation Maintenance Engineer", "Airframe Mechanic"],
    ),
    (
        "Quality Assurance Tester",
        "QA Tester",
        &["Software Tester", "Test Analyst"],
    ),
    (
        "User Experience Designer",
        "UX Designer",
        &["Interaction Designer", "Usability Designer"],
    ),
    (
        "Human Resources Generalist",
        "HR Generalist",
        &["Personnel Officer", "People Partner"],
    ),
    (
        "Chief Financial Officer",
        "CFO",
        &["Finance Director", "Treasurer"],
    ),
    (
        "Registered Massage Therapist",
        "RMT",
        &["Massage Therapist", "Bodywork Therapist"],
    ),
    (
        "Medical Office Assistant",
        "MOA",
        &["Medical Receptionist", "Clinic Secretary"],
    ),
    (
        "Information Technology Support Analyst",
        "IT Support Analyst",
        &["Help Desk Analyst", "Desktop Support Technician"],
    ),
    (
        "Sommelier",
        "Wine Steward",
        &["Wine Captain", "Cellar Master"],
    ),
    ("Coroner", "Medical Examiner", &["Death Investigator"]),
    (
        "Structural Drafter",
        "Structural Draftsperson",
        &["Steel Detailer", "Rebar Detailer"],
    ),
];

/// Occupations with the long, comma-laden titles of national classifications,
/// whose everyday names are short alternate titles: where a search must
/// prefer an alternate title typed exactly over its words scattered through
/// a long title.
const LONG_TITLED: &[(&str, &[&str])] = &[
    (
        "Grinding, Lapping, Polishing, and Buffing Machine Tool Setter, Operator, and Tender",
        &[
            "Buffing Machine Tender",
            "Polisher",
            "Lapping Machine Setter",
            "Surface Grinder",
        ],
    ),
    (
        "Landscaping and Groundskeeping Worker",
        &[
            "Lawn Mower Operator",
            "Groundskeeper",
            "Yard Worker",
            "Landscape Laborer",
        ],
    ),
    (
        "Chemical Equipment Operator and Tender",
        &[
            "Kettle Coordinator",
            "Reactor Operator",
            "Still Operator",
            "Batch Maker",
        ],
    ),
    (
        "Cutting, Punching, and Press Machine Setter, Operator, and Tender",
        &[
            "Punch Press Operator",
            "Die Cutter",
            "Shear Operator",
            "Press Setter",
        ],
    ),
    (
        "Helpers--Production Workers",
        &[
            "Production Helper",
            "Machine Helper",
            "Line Feeder",
            "Off Bearer",
        ],
    ),
    (
        "Transportation, Storage, and Distribution Manager",
        &[
            "Logistics Manager",
            "Distribution Centre Manager",
            "Storage Manager",
        ],
    ),
    (
        "First-Line Supervisor of Food Preparation and Serving Workers",
        &[
            "Kitchen Supervisor",
            "Shift Leader",
            "Food Service Supervisor",
        ],
    ),
    (
        "Sewing Machine Operator",
        &["Seamstress", "Stitcher", "Garment Sewer", "Sample Maker"],
    ),
    (
        "Mixing and Blending Machine Setter, Operator, and Tender",
        &[
            "Blender Operator",
            "Mixer Operator",
            "Dough Mixer",
            "Compounder",
        ],
    ),
    (
        "Meat, Poultry, and Fish Cutter and Trimmer",
        &[
            "Meat Trimmer",
            "Fish Filleter",
            "Poultry Deboner",
            "Boning Room Worker",
        ],
    ),
    (
        "Extruding, Forming, Pressing, and Compacting Machine Setter, Operator, and Tender",
        &[
            "Extruder Operator",
            "Briquetting Machine Operator",
            "Pelletizer Operator",
        ],
    ),
    (
        "Heavy and Tractor-Trailer Truck Driver",
        &[
            "Long Haul Driver",
            "Semi Driver",
            "Tractor Trailer Operator",
            "Big Rig Driver",
        ],
    ),
];

/// Skills any occupation may list.
const COMMON_SKILLS: &[&str] = &[
    "attention to detail",
    "teamwork",
    "communication skills",
    "time management",
    "problem solving",
    "physical stamina",
    "safety procedures",
    "record keeping",
    "customer service",
    "working under pressure",
    "following instructions",
    "basic mathematics",
    "computer skills",
    "manual dexterity",
    "reading blueprints",
];

/// Things done to or with the object of an occupation, for skills only one
/// occupation has.
const ACTIVITIES: &[&str] = &[
    "calibration",
    "troubleshooting",
    "scheduling",
    "maintenance logs",
    "quality sampling",
    "load balancing",
    "inventory counts",
    "cost estimating",
    "hazard assessment",
    "documentation",
];

/// One occupation of the library.
#[derive(Clone, Debug)]
pub struct Occupation {
    pub id: String,
    pub industry: &'static str,
    pub title: String,
    pub aliases: Vec<String>,
    pub skills: Vec<String>,
    pub summary: String,
}

/// A query and the role it should find.
#[derive(Clone, Debug)]
pub struct Query {
    pub kind: &'static str,
    pub text: String,
    pub wanted: String,
}

/// The kinds of query, in the order they are reported.
pub const KINDS: &[&str] = &[
    "exact alternate title",
    "dropped letter",
    "doubled letter",
    "swapped letters",
    "neighbouring key",
    "words cut short",
    "words reordered",
    "abbreviation",
    "title with filler words",
    "skill",
];

/// A small deterministic random number generator (xorshift).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The library's occupations: every industry's objects with a share of the
/// job heads, plus the occupations known by abbreviations.
pub fn occupations() -> Vec<Occupation> {
    let mut rng = Rng::new(2026);
    let mut out = Vec::new();
    for (industry, objects) in INDUSTRIES {
        for object in *objects {
            // Five jobs per object: most objects have operators, technicians,
            // supervisors and so on, but not all of them.
            let mut heads: Vec<usize> = (0..HEADS.len()).collect();
            for i in (1..heads.len()).rev() {
                let j = rng.below(i + 1);
                heads.swap(i, j);
            }
            for &h in heads.iter().take(5) {
                let (head, synonyms) = HEADS[h];
                let title = format!("{object} {head}");
                let mut aliases: BTreeSet<String> = BTreeSet::new();
                for other in synonyms.iter() {
                    aliases.insert(format!("{object} {other}"));
                }
                for rank in RANKS {
                    aliases.insert(format!("{rank} {object} {head}"));
                }
                for setting in SETTINGS {
                    aliases.insert(format!("{setting} {object} {head}"));
                    let other = rng.pick(synonyms);
                    aliases.insert(format!("{setting} {object} {other}"));
                }
                for grade in GRADES {
                    aliases.insert(format!("{object} {head} {grade}"));
                }
                for _ in 0..6 {
                    let rank = rng.pick(RANKS);
                    let other = rng.pick(synonyms);
                    aliases.insert(format!("{rank} {object} {other}"));
                }
                // Real alternate titles borrow words from neighbouring jobs:
                // a kiln operator may be called a furnace runner.
                let at = objects.iter().position(|o| o == object).unwrap_or(0);
                for step in [1, 7] {
                    let near = objects[(at + step) % objects.len()];
                    aliases.insert(format!("{near} {}", rng.pick(synonyms)));
                }
                let mut skills: Vec<String> = (0..4)
                    .map(|_| rng.pick(COMMON_SKILLS).to_string())
                    .collect();
                skills.push(format!(
                    "{} {}",
                    object.to_lowercase(),
                    rng.pick(ACTIVITIES)
                ));
                out.push(Occupation {
                    id: slug(&title),
                    industry,
                    summary: format!(
                        "Works with {} in {}",
                        object.to_lowercase(),
                        industry.replace('-', " ")
                    ),
                    title,
                    aliases: aliases.into_iter().collect(),
                    skills,
                });
            }
        }
    }
    for (title, others) in LONG_TITLED {
        out.push(Occupation {
            id: slug(title),
            industry: "classified",
            title: title.to_string(),
            aliases: others.iter().map(|o| o.to_string()).collect(),
            skills: vec![rng.pick(COMMON_SKILLS).to_string()],
            summary: "Listed under its classification title".to_string(),
        });
    }
    for (title, abbreviation, others) in ABBREVIATED {
        let mut aliases = vec![abbreviation.to_string()];
        aliases.extend(others.iter().map(|o| o.to_string()));
        for rank in ["Senior", "Junior", "Lead"] {
            aliases.push(format!("{rank} {title}"));
        }
        out.push(Occupation {
            id: slug(title),
            industry: "professions",
            title: title.to_string(),
            aliases,
            skills: vec![
                rng.pick(COMMON_SKILLS).to_string(),
                rng.pick(COMMON_SKILLS).to_string(),
            ],
            summary: format!("Works as a {}", title.to_lowercase()),
        });
    }
    out
}

fn quoted(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", q.join(", "))
}

/// Writes the occupations as role files, one folder per industry.
pub fn write_library(dir: &Path, occupations: &[Occupation]) {
    for o in occupations {
        let folder = dir.join(o.industry);
        std::fs::create_dir_all(&folder).expect("create industry folder");
        let mut file = String::new();
        let _ = writeln!(file, "title = {:?}", o.title);
        let _ = writeln!(file, "aliases = {}", quoted(&o.aliases));
        let _ = writeln!(file, "summary = {:?}", o.summary);
        let _ = writeln!(file, "\n[skills]\nwork = {}", quoted(&o.skills));
        std::fs::write(folder.join(format!("{}.toml", o.id)), file).expect("write role");
    }
}

/// Keys next to each other on a QWERTY keyboard.
const QWERTY: &[&str] = &["qwertyuiop", "asdfghjkl", "zxcvbnm"];

fn neighbour(c: char) -> Option<char> {
    for row in QWERTY {
        let chars: Vec<char> = row.chars().collect();
        if let Some(i) = chars.iter().position(|&k| k == c) {
            return Some(if i + 1 < chars.len() {
                chars[i + 1]
            } else {
                chars[i - 1]
            });
        }
    }
    None
}

/// `title` in lower case with one typo of `kind` in its longest word, away
/// from the word's first letter.
fn typo(title: &str, kind: &str, rng: &mut Rng) -> Option<String> {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    let (w, word) = words
        .iter()
        .enumerate()
        .max_by_key(|(i, w)| (w.len(), usize::MAX - i))?;
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 5 {
        return None;
    }
    let at = 1 + rng.below(chars.len() - 2);
    let mut changed = chars.clone();
    match kind {
        "dropped letter" => {
            changed.remove(at);
        }
        "doubled letter" => changed.insert(at, chars[at]),
        "swapped letters" => {
            if chars[at] == chars[at + 1] {
                return None;
            }
            changed.swap(at, at + 1);
        }
        "neighbouring key" => changed[at] = neighbour(chars[at])?,
        _ => return None,
    }
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[w] = changed.into_iter().collect();
    Some(out.join(" "))
}

/// Every query of the test set, drawn from `occupations`.
pub fn queries(occupations: &[Occupation]) -> Vec<Query> {
    let mut rng = Rng::new(7);
    // How many occupations use each alternate title or title.
    let mut holders: BTreeMap<String, usize> = BTreeMap::new();
    for o in occupations {
        *holders.entry(o.title.to_lowercase()).or_default() += 1;
        for a in &o.aliases {
            *holders.entry(a.to_lowercase()).or_default() += 1;
        }
    }
    let unique = |s: &str| holders.get(&s.to_lowercase()) == Some(&1);
    let mut out = Vec::new();
    let every = |n: usize| occupations.iter().step_by(n);
    for o in occupations.iter().filter(|o| o.industry == "classified") {
        for alias in o.aliases.iter().filter(|a| unique(a)) {
            out.push(query("exact alternate title", alias.to_lowercase(), o));
        }
    }
    for o in every(19) {
        let candidates: Vec<&String> = o.aliases.iter().filter(|a| unique(a)).collect();
        if !candidates.is_empty() {
            let alias = rng.pick(&candidates);
            out.push(query("exact alternate title", alias.to_lowercase(), o));
        }
    }
    for (k, kind) in [
        "dropped letter",
        "doubled letter",
        "swapped letters",
        "neighbouring key",
    ]
    .into_iter()
    .enumerate()
    {
        for o in occupations.iter().skip(3 + k * 5).step_by(23) {
            if let Some(text) = typo(&o.title, kind, &mut rng) {
                out.push(query(kind, text, o));
            }
        }
    }
    for o in occupations.iter().skip(11).step_by(29) {
        let cut: Vec<String> = o
            .title
            .to_lowercase()
            .split(' ')
            .map(|w| w.chars().take(3 + rng.below(2)).collect())
            .collect();
        out.push(query("words cut short", cut.join(" "), o));
    }
    for o in occupations.iter().skip(5).step_by(31) {
        let mut words: Vec<&str> = o.title.split(' ').collect();
        words.reverse();
        out.push(query("words reordered", words.join(" ").to_lowercase(), o));
    }
    for o in occupations.iter().filter(|o| o.industry == "professions") {
        let abbreviation = &o.aliases[0];
        out.push(query("abbreviation", abbreviation.to_lowercase(), o));
    }
    let fillers = [
        "the guy who does {}",
        "someone who works as a {}",
        "person who is a {}",
        "a job as {}",
        "the lady who works as the {}",
    ];
    for o in occupations.iter().skip(7).step_by(37) {
        let pattern = rng.pick(&fillers);
        out.push(query(
            "title with filler words",
            pattern.replace("{}", &o.title.to_lowercase()),
            o,
        ));
    }
    let mut skill_holders: BTreeMap<&str, usize> = BTreeMap::new();
    for o in occupations {
        for s in o.skills.iter().collect::<BTreeSet<_>>() {
            *skill_holders.entry(s).or_default() += 1;
        }
    }
    for o in occupations.iter().skip(2).step_by(37) {
        if let Some(skill) = o.skills.last()
            && skill_holders.get(skill.as_str()) == Some(&1)
        {
            out.push(query("skill", skill.clone(), o));
        }
    }
    out
}

fn query(kind: &'static str, text: String, o: &Occupation) -> Query {
    Query {
        kind,
        text,
        wanted: o.id.clone(),
    }
}

/// Top-1 and top-5 counts of one kind of query.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub queries: usize,
    pub first: usize,
    pub top5: usize,
}

impl Tally {
    pub fn add(&mut self, rank: Option<usize>) {
        self.queries += 1;
        self.first += usize::from(rank == Some(0));
        self.top5 += usize::from(rank.is_some_and(|r| r < 5));
    }

    pub fn rate(part: usize, all: usize) -> f64 {
        100.0 * part as f64 / all.max(1) as f64
    }

    /// The tallies of all kinds together.
    pub fn total(tallies: &[Tally]) -> Tally {
        tallies.iter().fold(Tally::default(), |mut all, t| {
            all.queries += t.queries;
            all.first += t.first;
            all.top5 += t.top5;
            all
        })
    }

    /// Prints one row per kind: queries, top-1 and top-5 rates.
    pub fn print_table(width: usize, rows: &[(&str, Tally)]) {
        println!(
            "{:<width$} {:>7} {:>7} {:>7}",
            "kind", "queries", "top-1", "top-5"
        );
        for (kind, t) in rows {
            println!(
                "{kind:<width$} {:>7} {:>6.1}% {:>6.1}%",
                t.queries,
                Tally::rate(t.first, t.queries),
                Tally::rate(t.top5, t.queries)
            );
        }
    }
}
