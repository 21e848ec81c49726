//! Synthetic role libraries for the benchmarks, written as real role files
//! so that loading is measured too. Deterministic: the same scale always
//! gives the same files.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

/// How big a synthetic library is.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub name: &'static str,
    pub roles: usize,
    pub aliases: usize,
    pub skills: usize,
    pub description_words: usize,
}

/// O*NET scale: few roles, very many aliases and skills each.
pub const ONET: Scale = Scale {
    name: "onet-1k",
    roles: 1_000,
    aliases: 60,
    skills: 20,
    description_words: 40,
};

/// A big library: many roles with long descriptions.
pub const LARGE: Scale = Scale {
    name: "large-20k",
    roles: 20_000,
    aliases: 3,
    skills: 8,
    description_words: 100,
};

/// Queries typed one character at a time: titles, abbreviations, skills,
/// typos, missing letters and words in any order.
pub const QUERIES: &[&str] = &[
    "sound editor",
    "foley artst",
    "compozer",
    "re rec mixer",
    "dialog editor",
    "1se",
    "music editr",
    "budgeting",
    "assistant camera operator",
    "camera assistant",
    "senoir colorist",
    "post production supervisor",
    "vfx",
    "boom operater",
    "stunt coordinator",
    "lighting",
    "the person who does foley",
    "loop group",
    "xqzj",
];

const LEVELS: &[&str] = &[
    "",
    "Assistant",
    "Senior",
    "Chief",
    "Trainee",
    "Lead",
    "Second",
    "First",
    "Key",
    "Head",
    "Junior",
    "Principal",
    "Associate",
    "Supervising",
];
const AREAS: &[&str] = &[
    "Sound",
    "Foley",
    "Dialogue",
    "Music",
    "Picture",
    "Camera",
    "Lighting",
    "Grip",
    "Set",
    "Costume",
    "Makeup",
    "Hair",
    "Props",
    "Stunt",
    "Location",
    "Casting",
    "Script",
    "Post Production",
    "Visual Effects",
    "VFX",
    "Animation",
    "Colour",
    "Editorial",
    "Re-Recording",
    "ADR",
    "Boom",
    "Video",
    "Data",
    "Transport",
    "Catering",
    "Safety",
    "Rigging",
    "Construction",
    "Scenic",
    "Art",
    "Wardrobe",
    "Production",
    "Unit",
    "Publicity",
    "Archive",
    "Titles",
    "Subtitles",
    "Broadcast",
    "Studio",
    "Field",
    "Second Unit",
    "Drone",
    "Underwater",
    "Puppet",
    "Creature",
    "Prosthetics",
    "Special Effects",
    "Virtual Production",
    "Motion Capture",
    "Previsualization",
    "Localization",
    "Dubbing",
    "Mastering",
    "Conform",
    "Online",
];
const JOBS: &[&str] = &[
    "Editor",
    "Mixer",
    "Artist",
    "Recordist",
    "Operator",
    "Coordinator",
    "Supervisor",
    "Designer",
    "Technician",
    "Manager",
    "Director",
    "Producer",
    "Assistant",
    "Engineer",
    "Composer",
    "Colorist",
    "Animator",
    "Compositor",
    "Painter",
    "Carpenter",
    "Electrician",
    "Gaffer",
    "Grip",
    "Runner",
    "Wrangler",
    "Buyer",
    "Dresser",
    "Builder",
    "Planner",
    "Scout",
    "Writer",
    "Reader",
    "Checker",
    "Programmer",
    "Modeller",
    "Rigger",
    "Lead",
    "Specialist",
    "Consultant",
    "Administrator",
];
const MODIFIERS: &[&str] = &[
    "Film",
    "TV",
    "Broadcast",
    "Studio",
    "Freelance",
    "Location",
    "Post",
    "Digital",
    "Staff",
    "Contract",
    "Unit",
    "Daily",
    "Commercial",
    "Documentary",
    "Feature",
    "Series",
    "Theatre",
    "Live",
    "Remote",
    "Night",
];
const SKILL_HEADS: &[&str] = &[
    "dialogue",
    "sound",
    "music",
    "picture",
    "colour",
    "camera",
    "lighting",
    "budget",
    "schedule",
    "script",
    "costume",
    "makeup",
    "prop",
    "stunt",
    "location",
    "foley",
    "effects",
    "mix",
    "audio",
    "video",
    "data",
    "rig",
    "set",
    "crew",
    "client",
    "story",
    "timeline",
    "workflow",
    "archive",
    "metadata",
    "codec",
    "plugin",
    "console",
    "microphone",
    "lens",
    "drone",
    "motion",
    "safety",
    "contract",
    "payroll",
    "vendor",
    "delivery",
    "subtitle",
    "caption",
    "dubbing",
    "conform",
    "network",
    "storage",
    "render",
    "shader",
];
const SKILL_TAILS: &[&str] = &[
    "editing",
    "mixing",
    "recording",
    "design",
    "management",
    "planning",
    "budgeting",
    "scheduling",
    "tracking",
    "grading",
    "monitoring",
    "maintenance",
    "repair",
    "setup",
    "troubleshooting",
    "logging",
    "organisation",
    "communication",
    "negotiation",
    "analysis",
    "software",
    "hardware",
    "theory",
    "history",
    "safety",
    "craft",
    "coordination",
    "supervision",
    "documentation",
    "review",
    "balancing",
    "syncing",
    "cleanup",
    "restoration",
    "preparation",
    "integration",
    "testing",
    "calibration",
    "operation",
    "programming",
    "scripting",
    "modelling",
    "lighting",
    "compositing",
    "tracking",
    "keying",
    "rotoscoping",
    "painting",
    "building",
    "sourcing",
    "buying",
    "licensing",
    "clearance",
    "reporting",
    "training",
    "mentoring",
    "leadership",
    "teamwork",
    "problem solving",
    "attention to detail",
];
const COMMON: &[&str] = &[
    "the",
    "a",
    "and",
    "of",
    "to",
    "in",
    "with",
    "for",
    "on",
    "as",
    "by",
    "that",
    "is",
    "are",
    "they",
    "their",
    "work",
    "works",
    "team",
    "each",
    "every",
    "from",
    "into",
    "before",
    "after",
    "during",
    "then",
    "when",
    "where",
    "who",
    "what",
    "which",
    "also",
    "often",
    "usually",
    "most",
    "some",
    "many",
    "other",
    "others",
    "new",
    "final",
    "early",
    "late",
    "long",
    "short",
    "hours",
    "days",
    "weeks",
    "project",
    "projects",
    "production",
    "productions",
    "film",
    "films",
    "television",
    "series",
    "episode",
    "episodes",
    "scene",
    "scenes",
    "shot",
    "shots",
    "story",
    "director",
    "producer",
    "producers",
    "editor",
    "editors",
    "crew",
    "department",
    "departments",
    "sound",
    "picture",
    "music",
    "camera",
    "lighting",
    "budget",
    "schedule",
    "studio",
    "location",
    "set",
    "sets",
    "equipment",
    "software",
    "hardware",
    "files",
    "tracks",
    "mix",
    "cut",
    "cuts",
    "prepares",
    "checks",
    "keeps",
    "makes",
    "builds",
    "records",
    "edits",
    "plans",
    "runs",
    "manages",
    "supports",
    "leads",
    "helps",
    "organises",
    "delivers",
    "reviews",
    "tests",
    "learns",
    "trains",
    "needs",
    "uses",
    "handles",
    "brings",
    "sets",
    "finds",
    "turns",
    "careful",
    "creative",
    "technical",
    "quick",
    "clear",
    "strong",
    "good",
    "great",
    "small",
    "large",
    "busy",
    "quiet",
    "loud",
    "bright",
    "dark",
    "detailed",
    "organised",
    "reliable",
];

/// A small deterministic random number generator (xorshift), so the
/// benchmark data is the same on every run without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
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
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// An invented word, so that descriptions have a vocabulary as large as a
/// real library's.
fn invented(rng: &mut Rng) -> String {
    const ONSETS: &[&str] = &[
        "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cr",
        "st", "tr", "pl", "gr", "sh", "ch", "th",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"];
    const CODAS: &[&str] = &["", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck"];
    let syllables = 1 + rng.below(3);
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(rng.pick(ONSETS));
        w.push_str(rng.pick(VOWELS));
        w.push_str(rng.pick(CODAS));
    }
    w
}

fn quoted_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

fn title_of(rng: &mut Rng, level: &str) -> String {
    let area = rng.pick(AREAS);
    let job = rng.pick(JOBS);
    if level.is_empty() {
        format!("{area} {job}")
    } else {
        format!("{level} {area} {job}")
    }
}

fn initials(title: &str) -> String {
    title
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

/// Writes a library of `scale` into `dir`: 20 departments with 5
/// sub-departments each, roles spread over them.
pub fn write_library(dir: &Path, scale: Scale) {
    let mut rng = Rng::new(scale.roles as u64 * 31 + scale.aliases as u64);
    let vocabulary: Vec<String> = (0..6_000).map(|_| invented(&mut rng)).collect();
    let skills: Vec<String> = SKILL_HEADS
        .iter()
        .flat_map(|h| SKILL_TAILS.iter().map(move |t| format!("{h} {t}")))
        .collect();
    let mut folders = Vec::new();
    for d in 0..20 {
        let top = format!("dept-{d:02}");
        let path = dir.join(&top);
        std::fs::create_dir_all(&path).expect("create department folder");
        let shared: Vec<String> = (0..4)
            .map(|_| skills[rng.below(skills.len())].clone())
            .collect();
        std::fs::write(
            path.join("_index.toml"),
            format!(
                "name = \"{} Department\"\n[skills]\nshared = {}\n",
                AREAS[d % AREAS.len()],
                quoted_list(&shared)
            ),
        )
        .expect("write department");
        for s in 0..5 {
            let sub = format!("{top}/team-{s}");
            let path = dir.join(&sub);
            std::fs::create_dir_all(&path).expect("create sub-department folder");
            std::fs::write(
                path.join("_index.toml"),
                format!(
                    "name = \"{} {}\"\n",
                    AREAS[(d * 5 + s) % AREAS.len()],
                    JOBS[s]
                ),
            )
            .expect("write sub-department");
            folders.push(sub);
        }
    }
    for r in 0..scale.roles {
        let level = LEVELS[r % LEVELS.len()];
        let title = title_of(&mut rng, level);
        let mut aliases: Vec<String> = Vec::with_capacity(scale.aliases);
        aliases.push(initials(&title));
        while aliases.len() < scale.aliases {
            let alias = match rng.below(3) {
                0 => format!("{} {}", rng.pick(MODIFIERS), title_of(&mut rng, "")),
                1 => {
                    let level = rng.pick(LEVELS);
                    title_of(&mut rng, level)
                }
                _ => format!("{} {}", rng.pick(MODIFIERS), title),
            };
            aliases.push(alias.trim().to_string());
        }
        let own: Vec<String> = (0..scale.skills)
            .map(|_| skills[rng.below(skills.len())].clone())
            .collect();
        let mut description = String::new();
        for w in 0..scale.description_words {
            if w > 0 {
                description.push(' ');
            }
            if rng.below(2) == 0 {
                description.push_str(rng.pick(COMMON));
            } else {
                // Roughly Zipf: the first invented words are the most common.
                let n = vocabulary.len();
                let i = rng.below(n).min(rng.below(n)).min(rng.below(n));
                description.push_str(&vocabulary[i]);
            }
        }
        description.push('.');
        let duties = vec![
            format!(
                "Prepares the {} for the {}",
                rng.pick(COMMON),
                rng.pick(AREAS).to_lowercase()
            ),
            format!("Works with the {} team", rng.pick(AREAS).to_lowercase()),
        ];
        let folder = &folders[r % folders.len()];
        // A ladder: each role leads to the next one of its folder.
        let next = if r + folders.len() < scale.roles && rng.below(2) == 0 {
            format!("[\"role-{:05}\"]", r + folders.len())
        } else {
            "[]".to_string()
        };
        let mut file = String::new();
        let _ = writeln!(file, "title = {title:?}");
        let _ = writeln!(file, "aliases = {}", quoted_list(&aliases));
        let _ = writeln!(
            file,
            "summary = \"Works on {} in {}\"",
            own[0],
            title.to_lowercase()
        );
        let _ = writeln!(file, "description = {description:?}");
        let _ = writeln!(file, "duties = {}", quoted_list(&duties));
        let _ = writeln!(file, "next = {next}");
        let _ = writeln!(file, "unions = [\"Guild {}\"]", r % 7);
        let _ = writeln!(file, "\n[skills]\ntechnical = {}", quoted_list(&own));
        std::fs::write(dir.join(folder).join(format!("role-{r:05}.toml")), file)
            .expect("write role");
    }
}

/// The middle of `times`.
pub fn median(mut times: Vec<std::time::Duration>) -> std::time::Duration {
    times.sort();
    times[times.len() / 2]
}

/// A duration in whole milliseconds, as the process-level benches print it.
pub fn ms(d: std::time::Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

/// CPU time used by all threads of this process, from the kernel
/// (`CLOCK_PROCESS_CPUTIME_ID`). On a machine shared with other work, wall
/// time includes waiting for a core; CPU time is what the work itself costs
/// (with two cores, a parallel part counts up to twice).
pub struct CpuClock;

impl CpuClock {
    pub fn new() -> Option<CpuClock> {
        let clock = CpuClock;
        (clock.read()? > std::time::Duration::ZERO).then_some(clock)
    }

    fn read(&self) -> Option<std::time::Duration> {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec, which `ts` is.
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
        (rc == 0).then(|| {
            std::time::Duration::new(
                ts.tv_sec.max(0) as u64,
                ts.tv_nsec.clamp(0, 999_999_999) as u32,
            )
        })
    }

    pub fn now(&self) -> std::time::Duration {
        self.read().unwrap_or_default()
    }
}

/// Time to the explorer's first frame, as the explorer gets there: loads,
/// starts the index on its own thread, and draws the first 120×36 frame;
/// returns how long after the start that frame was drawn (the index
/// thread is then joined, outside what the explorer's user waits for).
pub fn first_frame(load: impl Fn() -> crewpath::library::Loaded) -> std::time::Duration {
    use crewpath::app::{App, IndexSlot, Settings};
    use std::sync::Arc;
    use std::time::Instant;
    let start = Instant::now();
    let loaded = load();
    let lib = Arc::new(loaded.library);
    let index = IndexSlot::pending();
    std::thread::scope(|scope| {
        let (for_index, slot) = (Arc::clone(&lib), index.clone());
        scope.spawn(move || slot.fill(crewpath::search::SharedIndex::build(for_index)));
        let mut app = App::with_index(
            Arc::clone(&lib),
            index,
            loaded.problems,
            Settings::default(),
            Instant::now(),
        );
        let backend = ratatui::backend::TestBackend::new(120, 36);
        let mut terminal = ratatui::Terminal::new(backend).expect("test terminal");
        crewpath::ui::frame(&mut terminal, &mut app, Instant::now()).expect("draw");
        std::hint::black_box(&app.layout);
        start.elapsed()
    })
}
