//! `crewpath import onet` on a generated data set of the full O*NET text
//! release's size and shape (about 1,000 occupations in the 23 SOC major
//! groups, 55 alternate titles, 20 tasks and 35 rated skills each, job
//! zones and related occupations), then what a visitor waits for on the
//! result: the explorer's first frame and each keystroke of a search.
//!
//! Run with `cargo bench --bench import`.

mod common;

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use crewpath::library::load_dir;
use crewpath::search::{SearchIndex, Searcher};
use criterion::{BatchSize, Criterion};

const OCCUPATIONS: usize = 1_016;
const ALTERNATE_TITLES: usize = 55;
const TASKS: usize = 20;
const RELATED: usize = 20;
const GROUPS: &[&str] = &[
    "11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41",
    "43", "45", "47", "49", "51", "53", "55",
];
const SKILLS: &[&str] = &[
    "Reading Comprehension",
    "Active Listening",
    "Writing",
    "Speaking",
    "Mathematics",
    "Science",
    "Critical Thinking",
    "Active Learning",
    "Learning Strategies",
    "Monitoring",
    "Social Perceptiveness",
    "Coordination",
    "Persuasion",
    "Negotiation",
    "Instructing",
    "Service Orientation",
    "Complex Problem Solving",
    "Operations Analysis",
    "Technology Design",
    "Equipment Selection",
    "Installation",
    "Programming",
    "Operations Monitoring",
    "Operation and Control",
    "Equipment Maintenance",
    "Troubleshooting",
    "Repairing",
    "Quality Control Analysis",
    "Judgment and Decision Making",
    "Systems Analysis",
    "Systems Evaluation",
    "Time Management",
    "Management of Financial Resources",
    "Management of Material Resources",
    "Management of Personnel Resources",
];
const WORDS: &[&str] = &[
    "sound",
    "film",
    "video",
    "stage",
    "broadcast",
    "lighting",
    "camera",
    "editing",
    "music",
    "studio",
    "field",
    "equipment",
    "systems",
    "quality",
    "safety",
    "production",
    "design",
    "records",
    "network",
    "media",
    "repair",
    "control",
    "survey",
    "laboratory",
    "transport",
    "sales",
    "service",
    "records",
    "archive",
    "kitchen",
    "garden",
    "marine",
    "aviation",
];
const ROLES: &[&str] = &[
    "Technicians",
    "Operators",
    "Editors",
    "Engineers",
    "Designers",
    "Managers",
    "Assistants",
    "Specialists",
    "Coordinators",
    "Mechanics",
    "Inspectors",
    "Analysts",
];
const TITLES: &[&str] = &[
    "Technician",
    "Operator",
    "Editor",
    "Engineer",
    "Designer",
    "Manager",
    "Assistant",
    "Specialist",
    "Coordinator",
    "Mechanic",
    "Inspector",
    "Analyst",
    "Supervisor",
    "Lead",
];

fn word(n: usize) -> &'static str {
    WORDS[n % WORDS.len()]
}

fn capital(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Writes the generated text release into `dir`, as the O*NET Center
/// publishes it: tab-separated, Windows line endings, the same headers.
fn write_onet(dir: &Path) {
    let mut occupations = String::from("O*NET-SOC Code\tTitle\tDescription\r\n");
    let mut alternate = String::from("O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\r\n");
    let mut tasks = String::from(
        "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\r\n",
    );
    let mut skills = String::from(
        "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source\r\n",
    );
    let mut zones = String::from("O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n");
    let mut related =
        String::from("O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\r\n");
    let code = |i: usize| format!("{}-{:04}.{:02}", GROUPS[i % GROUPS.len()], 1000 + i, i % 3);
    let mut task_id = 1;
    for i in 0..OCCUPATIONS {
        let c = code(i);
        let title = format!(
            "{} {} {}",
            capital(word(i)),
            word(i / 7 + 3),
            ROLES[i % ROLES.len()]
        );
        let _ = write!(
            occupations,
            "{c}\t{title}\tSet up, operate and maintain {} and {} equipment for {} work; keep records and report problems.\r\n",
            word(i + 1),
            word(i + 2),
            word(i + 5)
        );
        for a in 0..ALTERNATE_TITLES {
            let short = if a % 9 == 0 {
                format!("{} Tech", capital(word(a)))
            } else {
                "n/a".into()
            };
            let _ = write!(
                alternate,
                "{c}\t{} {} {} {}\t{short}\t08\r\n",
                capital(word(i + a)),
                word(a * 3 + i / 11),
                word(a + 17),
                TITLES[(i + a) % TITLES.len()]
            );
        }
        for t in 0..TASKS {
            let _ = write!(
                tasks,
                "{c}\t{task_id}\tOperate {} {} to {} the {} of {}.\tCore\t{}\t08/2025\tIncumbent\r\n",
                word(i + t),
                word(t * 5),
                word(t + 2),
                word(i * 3 + t),
                word(t + 11),
                10 + t
            );
            task_id += 1;
        }
        for (s, name) in SKILLS.iter().enumerate() {
            let id = if s < 10 {
                format!("2.A.1.{s}")
            } else {
                format!("2.B.{}", s - 9)
            };
            let im = 1.0 + ((i * 7 + s * 13) % 41) as f64 / 10.0;
            let lv = ((i * 5 + s * 3) % 61) as f64 / 10.0;
            let _ = write!(
                skills,
                "{c}\t{id}\t{name}\tIM\t{im:.2}\t8\t0.1250\t2.8800\t3.3700\tN\tn/a\t08/2025\tAnalyst\r\n{c}\t{id}\t{name}\tLV\t{lv:.2}\t8\t0.1250\t2.8800\t3.3700\tN\tN\t08/2025\tAnalyst\r\n"
            );
        }
        let _ = write!(zones, "{c}\t{}\t08/2025\tAnalyst\r\n", 1 + i % 5);
        for r in 1..=RELATED {
            let tier = if r <= 10 {
                "Primary-Short"
            } else {
                "Primary-Long"
            };
            let _ = write!(
                related,
                "{c}\t{}\t{tier}\t{r}\r\n",
                code((i + r * 37) % OCCUPATIONS)
            );
        }
    }
    for (name, text) in [
        ("Occupation Data.txt", occupations),
        ("Alternate Titles.txt", alternate),
        ("Task Statements.txt", tasks),
        ("Skills.txt", skills),
        ("Job Zones.txt", zones),
        ("Related Occupations.txt", related),
    ] {
        std::fs::write(dir.join(name), text).expect("write the data set");
    }
}

fn import(onet: &Path, out: &Path) {
    crewpath::import::import_onet(onet, out, "2026-01-31").expect("import the data set");
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn main() {
    let data = tempfile::tempdir().expect("temporary folder");
    let onet = data.path().join("db_30_1_text");
    std::fs::create_dir(&onet).expect("folder");
    write_onet(&onet);
    let size: u64 = std::fs::read_dir(&onet)
        .expect("data set")
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "generated O*NET text release: {OCCUPATIONS} occupations, {} alternate titles, {} tasks, {} skill ratings, {:.1} MiB",
        OCCUPATIONS * ALTERNATE_TITLES,
        OCCUPATIONS * TASKS,
        OCCUPATIONS * SKILLS.len() * 2,
        size as f64 / 1048576.0
    );

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    group.bench_function("onet_full", |b| {
        b.iter_batched(
            || tempfile::tempdir_in(data.path()).expect("output folder"),
            |out| import(&onet, &out.path().join("lib")),
            BatchSize::PerIteration,
        )
    });
    group.finish();

    // What a visitor waits for on the imported library. CPU time beside
    // wall time: on a busy machine wall time includes waiting for a core.
    let clock = common::CpuClock::new();
    let cpu = || {
        clock
            .as_ref()
            .map(common::CpuClock::now)
            .unwrap_or_default()
    };
    let out = data.path().join("library");
    let (start, before) = (Instant::now(), cpu());
    import(&onet, &out);
    println!(
        "one import: {} wall, {} CPU",
        ms(start.elapsed()),
        ms(cpu() - before)
    );
    let mut frames: Vec<Duration> = (0..7)
        .map(|_| common::first_frame(|| load_dir(&out).expect("load the imported library")))
        .collect();
    let loaded = load_dir(&out).expect("load the imported library");
    println!(
        "imported library: {} roles, {} problems; first frame {} (median of 7; best {})",
        loaded.library.roles.len(),
        loaded.problems.len(),
        ms(median(&mut frames)),
        ms(frames[0])
    );
    let index = SearchIndex::build(&loaded.library);
    let queries: Vec<&str> = common::QUERIES
        .iter()
        .copied()
        .chain([
            "sound technicain",
            "film video editors",
            "broadcast equipment operator",
        ])
        .collect();
    let mut per_key: Vec<(Vec<Duration>, Vec<Duration>)> = Vec::new();
    let mut typed: Vec<String> = Vec::new();
    for round in 0..5 {
        let mut k = 0;
        for query in &queries {
            let mut search_box = Searcher::new(&index);
            for (i, ch) in query.char_indices() {
                let prefix = &query[..i + ch.len_utf8()];
                let (start, before) = (Instant::now(), cpu());
                std::hint::black_box(search_box.search(prefix, crewpath::app::RESULT_LIMIT));
                let (wall, used) = (start.elapsed(), cpu() - before);
                if round == 0 {
                    per_key.push((Vec::new(), Vec::new()));
                    typed.push(prefix.to_string());
                }
                per_key[k].0.push(wall);
                per_key[k].1.push(used);
                k += 1;
            }
        }
    }
    for (what, pick) in [("wall", 0), ("CPU", 1)] {
        let mut slowest: Vec<(Duration, &str)> = per_key
            .iter_mut()
            .zip(&typed)
            .map(|((w, c), p)| (median(if pick == 0 { w } else { c }), p.as_str()))
            .collect();
        slowest.sort_unstable();
        let keys: Vec<Duration> = slowest.iter().map(|k| k.0).collect();
        println!(
            "search per keystroke, as the explorer types ({what}): median {}, 90% {}, worst {} ({} keystrokes)",
            ms(keys[keys.len() / 2]),
            ms(keys[keys.len() * 9 / 10]),
            ms(keys[keys.len() - 1]),
            keys.len()
        );
        let worst: Vec<String> = slowest
            .iter()
            .rev()
            .take(5)
            .map(|(d, p)| format!("{p:?} {}", ms(*d)))
            .collect();
        println!("  slowest: {}", worst.join(", "));
    }
    c.final_summary();
}
