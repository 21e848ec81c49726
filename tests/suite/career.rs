//! Comparing two roles and planning a route between them: the planner on
//! small libraries of real files, the bundled roles, and the real binary.

use crate::common::TempLibrary;
use crewpath::career::{self, Move, Relation};
use crewpath::library::{Library, load_embedded};

fn role(lib: &Library, id: &str) -> usize {
    lib.role_by_id(id).unwrap_or_else(|| panic!("no role {id}"))
}

/// (from, to, move) of each step of the route, by id.
fn hops(lib: &Library, from: &str, to: &str) -> Option<Vec<(String, String, Move)>> {
    let steps = career::route(lib, role(lib, from), role(lib, to))?;
    Some(
        steps
            .iter()
            .map(|s| {
                (
                    lib.roles[s.from].id().to_string(),
                    lib.roles[s.to].id().to_string(),
                    s.how,
                )
            })
            .collect(),
    )
}

fn ids(route: &[(String, String, Move)]) -> Vec<&str> {
    let mut out: Vec<&str> = route.iter().map(|h| h.0.as_str()).collect();
    out.extend(route.last().map(|h| h.1.as_str()));
    out
}

/// `[[moves]]` tables, one sideways move the library suggests to each id.
fn moves(to: &[&str]) -> String {
    to.iter()
        .map(|id| format!("[[moves]]\nto = \"{id}\"\nbecause = \"Worth it.\"\nsuggested = true\n"))
        .collect()
}

/// A ladder a → b → c → d, with a shortcut from a to d through two
/// sideways moves, two ways sideways from x to d of equal cost, a two-rung
/// ladder standing alone, and an island.
fn small() -> (TempLibrary, Library) {
    let lib = TempLibrary::new();
    let role = |title: &str, extra: &str, to: &[&str]| {
        format!(
            "title = \"{title}\"\n{extra}\n{}\n[skills]\nall = [\"{title} work\"]\n",
            moves(to)
        )
    };
    lib.write("t/a.toml", role("A", "next = [\"b\"]", &["e"]));
    lib.write("t/e.toml", role("E", "", &["d"]));
    lib.write("s/bottom.toml", role("Bottom", "next = [\"top\"]", &[]));
    lib.write("s/top.toml", role("Top", "", &[]));
    lib.write("t/b.toml", role("B", "next = [\"c\"]", &[]));
    lib.write("t/c.toml", role("C", "next = [\"d\"]", &[]));
    lib.write("t/d.toml", role("D", "", &[]));
    lib.write("t/x.toml", role("X", "", &["p", "q"]));
    lib.write("t/p.toml", role("P", "", &["d"]));
    lib.write("t/q.toml", role("Q", "", &["d"]));
    lib.write("t/island.toml", role("Island", "", &[]));
    // A ladder that goes round in a circle: the loader breaks it, and the
    // planner still ends.
    lib.write("u/m.toml", role("M", "next = [\"n\"]", &[]));
    lib.write("u/n.toml", role("N", "next = [\"m\"]", &[]));
    let loaded = lib.load();
    (lib, loaded.library)
}

#[test]
fn routes_climb_the_ladder_rather_than_cut_across_it() {
    let (_dir, lib) = small();
    let route = hops(&lib, "a", "d").expect("a route");
    assert_eq!(ids(&route), ["a", "b", "c", "d"]);
    assert!(route.iter().all(|h| h.2 == Move::StepUp));
    // Each move adds the skills not held so far on the route.
    let steps = career::route(&lib, role(&lib, "a"), role(&lib, "d")).unwrap_or_default();
    let added: Vec<&[String]> = steps.iter().map(|s| s.add.as_slice()).collect();
    assert_eq!(
        added,
        [
            &["B work".to_string()][..],
            &["C work".to_string()],
            &["D work".to_string()]
        ]
    );
}

#[test]
fn ties_are_broken_the_same_way_every_time() {
    let (_dir, lib) = small();
    let route = hops(&lib, "x", "d").expect("a route");
    // Through P and Q cost the same: the first by title, every time.
    assert_eq!(ids(&route), ["x", "p", "d"]);
    for _ in 0..5 {
        assert_eq!(hops(&lib, "x", "d"), Some(route.clone()));
    }
}

#[test]
fn ladders_are_not_walked_down_and_unreachable_roles_get_the_nearest_ways_in() {
    let (_dir, lib) = small();
    // The top of a ladder has no way down it.
    assert_eq!(hops(&lib, "top", "bottom"), None);
    assert!(hops(&lib, "bottom", "top").is_some());
    let closest = career::closest_leading_to(&lib, role(&lib, "b"), 2);
    let from: Vec<&str> = closest.iter().map(|(r, _)| lib.roles[*r].id()).collect();
    assert_eq!(from[0], "a", "the nearest first");
    assert_eq!(hops(&lib, "island", "d"), None);
    assert!(career::closest_leading_to(&lib, role(&lib, "island"), 5).is_empty());
    // The circle was broken on loading; either way the search ends.
    let _ = hops(&lib, "m", "n");
    let _ = hops(&lib, "n", "m");
}

#[test]
fn the_picture_trainee_is_three_rungs_from_the_picture_editor() {
    let lib = load_embedded().library;
    let route = hops(&lib, "trainee-assistant-picture-editor", "picture-editor").expect("a route");
    assert_eq!(
        ids(&route),
        [
            "trainee-assistant-picture-editor",
            "assistant-picture-editor",
            "first-assistant-picture-editor",
            "picture-editor"
        ]
    );
    assert!(route.iter().all(|h| h.2 == Move::StepUp));
    // Each rung adds what the new role asks for (its departments' skills
    // included) that none of the rungs below it had.
    let from = role(&lib, "trainee-assistant-picture-editor");
    let steps = career::route(&lib, from, role(&lib, "picture-editor")).unwrap_or_default();
    let skills = |r: usize| -> Vec<String> {
        lib.skill_groups(r)
            .into_iter()
            .flat_map(|g| g.skills)
            .collect()
    };
    let mut held: Vec<String> = skills(from).iter().map(|s| s.to_lowercase()).collect();
    for step in &steps {
        let expected: Vec<String> = skills(step.to)
            .into_iter()
            .filter(|s| !held.contains(&s.to_lowercase()))
            .collect();
        assert!(!expected.is_empty(), "a rung that asks for nothing new");
        assert_eq!(step.add, expected, "{}", lib.roles[step.to].title());
        held.extend(expected.iter().map(|s| s.to_lowercase()));
    }
    let c = career::compare(
        &lib,
        role(&lib, "trainee-assistant-picture-editor"),
        role(&lib, "picture-editor"),
    );
    assert_eq!(c.relation, Relation::SameLadder { rungs: 3 });
}

#[test]
fn a_role_reaches_another_ladder_only_through_moves_the_files_give() {
    let lib = load_embedded().library;
    let route = hops(&lib, "assistant-engineer", "re-recording-mixer").expect("a route");
    assert!(route.iter().any(|h| h.2 != Move::StepUp));
    // Every move is one the library gives: a rung up, or a role file's own
    // sideways move; working beside a role or being related to it is none.
    for (from, to, how) in &route {
        let (f, ti) = (&lib.roles[role(&lib, from)], role(&lib, to));
        let given = match how {
            Move::StepUp => f.next.contains(&ti),
            Move::Sideways => f.moves.iter().any(|m| m.to == ti && !m.suggested()),
            Move::Suggested => f.moves.iter().any(|m| m.to == ti && m.suggested()),
        };
        assert!(given, "{from} → {to} by {how:?} is not in the library");
    }
    // Foley Artist works beside the Sound Editor and is related to the Sound
    // Effects Editor: neither is a way into a picture job. Nor is the First
    // Assistant Sound Editor's related picture assistant, with whom it
    // shares no skill.
    assert_eq!(hops(&lib, "foley-artist", "picture-editor"), None);
    assert_eq!(
        hops(&lib, "trainee-assistant-sound-editor", "picture-editor"),
        None
    );
}

fn crewpath(args: &[&str]) -> (i32, String, String) {
    let run = crate::common::crewpath_with(args, &[]);
    (run.code, run.stdout, run.stderr)
}

#[test]
fn path_and_compare_print_plain_text_and_json() {
    let (code, out, _) = crewpath(&["path", "tape", "picture editor"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("From Trainee Assistant Picture Editor to Picture Editor: 3 moves\n"),
        "{out}"
    );
    assert!(
        out.contains("Assistant Picture Editor → First Assistant Picture Editor: one rung up; add"),
        "{out}"
    );
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");

    let (code, out, _) = crewpath(&["path", "--json", "tape", "picture-editor"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["format"], 2);
    let steps = v["route"]["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 3);
    assert_eq!(steps[0]["move"], "step_up");
    assert!(
        steps[2]["add_skills"]
            .as_array()
            .is_some_and(|s| !s.is_empty())
    );

    let (code, out, _) = crewpath(&["path", "--to", "recording engineer"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Starting as Assistant Engineer (entry level):"),
        "{out}"
    );

    let (code, out, _) = crewpath(&["compare", "1pe", "picture editor"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Picture Editor is one rung above First Assistant Picture Editor"),
        "{out}"
    );
    assert!(out.contains("Skills both ask for"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");

    let (code, out, _) = crewpath(&[
        "compare",
        "--json",
        "recording-engineer",
        "assistant-engineer",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["relation"]["kind"], "same_ladder");
    assert_eq!(v["relation"]["rungs"], -1);
    assert!(
        v["wages_note"]
            .as_str()
            .is_some_and(|n| n.contains("only Recording Engineer reports pay"))
    );

    let (code, _, err) = crewpath(&["compare", "zzz", "composer"]);
    assert_eq!(code, 1);
    assert!(err.contains("no role 'zzz'"), "{err}");
}

#[test]
fn no_route_says_so_and_lists_the_roles_that_lead_there() {
    let (dir, _) = small();
    let (code, out, _) = crewpath(&["path", "--roles", dir.path_str(), "top", "island"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("No route from Top to Island"), "{out}");
    assert!(out.contains("No role leads to it."), "{out}");
    let (code, out, _) = crewpath(&["path", "--roles", dir.path_str(), "island", "b"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("No route from Island to B"), "{out}");
    assert!(out.contains("From A:\n    A → B: one rung up"), "{out}");
}

/// A ladder k → l → m → n whose bottom rung also has sideways moves
/// straight to the top and to the third rung, whose top has one back to its
/// second rung, and s, with a move to the top; and g, with moves to t and
/// to h, one rung below t.
fn shortcuts() -> (TempLibrary, Library) {
    let lib = TempLibrary::new();
    let role = |title: &str, extra: &str, to: &[&str]| {
        format!(
            "title = \"{title}\"\n{extra}\n{}\n[skills]\nall = [\"{title} work\"]\n",
            moves(to)
        )
    };
    lib.write(
        "l/k.toml",
        role("K", "next = [\"l\"]\nentry_level = true", &["n", "m"]),
    );
    lib.write("l/l.toml", role("L", "next = [\"m\"]", &[]));
    lib.write("l/m.toml", role("M", "next = [\"n\"]", &[]));
    lib.write("l/n.toml", role("N", "", &["l"]));
    lib.write("l/s.toml", role("S", "", &["n"]));
    lib.write("g/g.toml", role("G", "", &["t", "h"]));
    lib.write("g/h.toml", role("H", "next = [\"t\"]", &[]));
    lib.write("g/t.toml", role("T", "", &[]));
    let loaded = lib.load();
    (lib, loaded.library)
}

#[test]
fn a_ladder_is_climbed_even_when_a_link_jumps_to_the_top() {
    let (_dir, lib) = shortcuts();
    // The library says N is three rungs above K: the route says so too,
    // rather than a sideways jump over the rungs between.
    let route = hops(&lib, "k", "n").expect("a route");
    assert_eq!(ids(&route), ["k", "l", "m", "n"]);
    assert!(route.iter().all(|h| h.2 == Move::StepUp), "{route:?}");
    let c = career::compare(&lib, role(&lib, "k"), role(&lib, "n"));
    assert_eq!(c.relation, Relation::SameLadder { rungs: 3 });
    // Off a ladder, fewer moves win.
    assert_eq!(ids(&hops(&lib, "g", "t").expect("a route")), ["g", "t"]);
}

#[test]
fn no_link_takes_a_route_down_a_ladder() {
    let (_dir, lib) = shortcuts();
    // S could reach N and then move beside L, two rungs below: that is
    // walking the ladder down, which a route never does.
    assert_eq!(hops(&lib, "s", "l"), None);
    assert_eq!(hops(&lib, "n", "l"), None);
    let closest = career::closest_leading_to(&lib, role(&lib, "l"), 5);
    let from: Vec<&str> = closest.iter().map(|(r, _)| lib.roles[*r].id()).collect();
    assert_eq!(from, ["k"]);
    // Beside a role on another ladder, or across to it, is no step down.
    assert_eq!(ids(&hops(&lib, "s", "n").expect("a route")), ["s", "n"]);
}

#[test]
fn an_entry_level_role_is_its_own_way_in() {
    let (dir, _lib) = shortcuts();
    let (code, out, _) = crewpath(&["path", "--roles", dir.path_str(), "--to", "k"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("K is an entry-level role"), "{out}");
}

#[test]
fn a_role_compared_with_itself_asks_for_two_roles() {
    let (dir, _lib) = shortcuts();
    for json in [false, true] {
        let mut args = vec!["compare", "--roles", dir.path_str(), "k", "K"];
        if json {
            args.push("--json");
        }
        let (code, out, err) = crewpath(&args);
        assert_eq!(code, 2, "{out}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(
            err,
            "crewpath: both names are 'K': give two different roles to compare\n"
        );
    }
}

#[test]
fn no_route_fails_the_same_way_in_json() {
    let (dir, _) = small();
    let (code, out, _) = crewpath(&["path", "--json", "--roles", dir.path_str(), "island", "b"]);
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(v["route"].is_null());
    assert_eq!(v["alternatives"][0]["from"]["id"], "a");
    assert_eq!(v["no_route"]["reason"], "unreachable");
}

#[test]
fn compare_json_carries_what_the_text_shows() {
    let (code, out, _) = crewpath(&["compare", "--json", "sound-editor", "picture-editor"]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        v["a"]["department"],
        serde_json::json!(["Sound", "Sound editing"])
    );
    assert_eq!(v["b"]["department"], serde_json::json!(["Picture editing"]));
    assert_eq!(v["a"]["entry_level"], false);
    assert!(
        v["b"]["unions"].as_array().is_some_and(|u| !u.is_empty()),
        "{out}"
    );
    // Department skills are marked with the department that shares them.
    let groups = v["only_a"].as_array().expect("only_a");
    let shared = groups
        .iter()
        .find(|g| g["department"] == "Sound")
        .expect("a group shared by Sound");
    assert_eq!(shared["category"], "technical");
    assert!(groups.iter().any(|g| g["department"].is_null()), "{out}");
    // The text marks them the same way.
    let (_, text, _) = crewpath(&["compare", "sound-editor", "picture-editor"]);
    assert!(
        text.contains("technical (Sound): recording equipment"),
        "{text}"
    );
}

/// Two roles with pay: both for Alberta 2021 by the hour, one also for
/// Ontario, and the other for Yukon 2021 by the year.
fn paid() -> TempLibrary {
    let lib = TempLibrary::new();
    let wage = |region: &str, unit: &str, average: f64| {
        format!(
            "[[wages]]\nregion = \"{region}\"\nyear = 2021\nunit = \"{unit}\"\ncurrency = \"CAD\"\noverall = {{ average = {average:.2} }}\n"
        )
    };
    lib.write(
        "p/cutter.toml",
        format!(
            "title = \"Cutter\"\n{}{}{}",
            wage("Alberta", "hour", 30.0),
            wage("Ontario", "hour", 28.0),
            wage("Yukon", "hour", 40.0)
        ),
    );
    lib.write(
        "p/mixer.toml",
        format!(
            "title = \"Mixer\"\n{}{}",
            wage("Alberta", "hour", 34.5),
            wage("Yukon", "year", 70000.0)
        ),
    );
    lib
}

#[test]
fn pay_is_compared_only_for_the_same_place_year_and_unit() {
    let lib = paid();
    let (code, out, _) = crewpath(&[
        "compare",
        "--json",
        "--roles",
        lib.path_str(),
        "cutter",
        "mixer",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let wages = v["wages"].as_array().expect("wages");
    assert_eq!(wages.len(), 1, "{out}");
    assert_eq!(wages[0]["region"], "Alberta");
    assert_eq!(wages[0]["overall_average"], serde_json::json!([30.0, 34.5]));
    let note = v["wages_note"].as_str().expect("a note");
    assert!(note.contains("Ontario") && note.contains("Yukon"), "{note}");

    let (_, text, _) = crewpath(&["compare", "--roles", lib.path_str(), "cutter", "mixer"]);
    assert!(text.contains("Mixer 34.50"), "{text}");
    assert!(text.contains("Mixer earns 4.50 more"), "{text}");
    assert!(
        !text.contains("70000"),
        "pay by the year beside pay by the hour: {text}"
    );
}

#[test]
fn role_text_never_reaches_the_terminal_as_control_codes() {
    let lib = TempLibrary::new();
    lib.write(
        "e/bad.toml",
        "title = \"Bad\\u001b]0;PWNED\\u0007 Role\\u009b31m\"\n\
         [skills]\nall = [\"wipe\\u001b[2J skill\", \"bidi\\u202e txet\"]\n\
         [[moves]]\nto = \"good\"\nbecause = \"why\\u001b]0;PWNED\\u0007 not\"\nsuggested = true\n",
    );
    lib.write(
        "e/good.toml",
        "title = \"Good\"\n[skills]\nall = [\"red\\u001b[31m\"]\n\
         [[moves]]\nto = \"bad\"\nbecause = \"bidi\\u202e txet\"\nsuggested = true\n\
         [[sources]]\ntitle = \"src\\u001b[2J\"\n",
    );
    for args in [
        ["compare", "bad", "good"],
        ["path", "bad", "good"],
        ["path", "good", "bad"],
    ] {
        for json in [false, true] {
            let mut all = vec!["--roles", lib.path_str()];
            all.extend(args);
            if json {
                all.push("--json");
            }
            let (code, out, _) = crewpath(&all);
            assert_eq!(code, 0, "{all:?}: {out}");
            assert!(
                !out.chars()
                    .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
                "{all:?}: {out:?}"
            );
            assert!(!out.contains("PWNED\u{7}"), "{out:?}");
        }
    }
}

#[test]
fn output_that_cannot_be_written_is_an_error_never_a_panic() {
    for args in [
        &["compare", "tape", "picture-editor"][..],
        &["compare", "--json", "tape", "picture-editor"],
        &["path", "tape", "picture-editor"],
        &["path", "--json", "--to", "picture-editor"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = crate::common::crewpath_command()
            .args(args)
            .env_remove("CREWPATH_ROLES")
            .stdout(full)
            .output()
            .expect("run crewpath");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("cannot write"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// The words of a command line as a shell splits them (double quotes only).
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted) = (Vec::new(), String::new(), false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => words.extend((!word.is_empty()).then(|| std::mem::take(&mut word))),
            c => word.push(c),
        }
    }
    words.extend((!word.is_empty()).then_some(word));
    words
}

#[test]
fn the_user_guide_shows_what_compare_and_path_print() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/user-guide.md"))
        .expect("docs/user-guide.md");
    let mut seen = 0;
    for block in guide.split("```\n$ crewpath ").skip(1) {
        let Some((command, rest)) = block.split_once('\n') else {
            continue;
        };
        let words = shell_words(command);
        if !matches!(words.first().map(String::as_str), Some("compare" | "path")) {
            continue;
        }
        let shown = rest.split("```").next().unwrap_or("");
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let (_, out, _) = crewpath(&args);
        assert_eq!(out, shown, "user guide example `crewpath {command}`");
        seen += 1;
    }
    assert!(
        seen >= 3,
        "the user guide's compare and path examples: {seen}"
    );
}

#[test]
fn a_pin_survives_the_library_being_read_again() {
    use crate::common::{Term, keys};
    let lib = TempLibrary::new();
    lib.write("sound/mixer.toml", "title = \"Mixer\"\nnext = [\"boss\"]\n");
    lib.write(
        "sound/boss.toml",
        "title = \"Boss\"\nsummary = \"Runs it\"\n",
    );
    let mut t = Term::start(&["--roles", lib.path_str()], 100, 30);
    t.wait_for("Departments");
    t.open_by_search("mixer");
    t.send("c");
    t.wait_for("◆ Mixer pinned");
    t.open_by_search("boss");
    // Staff save a change while the visitor compares: the pin stays.
    lib.write(
        "sound/boss.toml",
        "title = \"Boss\"\nsummary = \"Runs all of it\"\n",
    );
    let screen = t.wait_for("Runs all of it");
    assert!(screen.contains("◆ Mixer pinned"), "{screen}");
    t.send("c");
    let screen = t.wait_for("Compare — Tab shows the route");
    assert!(screen.contains("one rung above"), "{screen}");
    t.send(keys::ESC);
    t.wait_gone("Compare — Tab");
    // A pinned role whose file is gone is no longer pinned.
    std::fs::remove_file(lib.path("sound/mixer.toml")).expect("remove");
    t.send("r");
    t.wait_gone("◆ Mixer pinned");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

/// One ladder of `rungs` roles, `r0` at the bottom, each a rung below the
/// next.
fn long_ladder(rungs: usize) -> TempLibrary {
    let lib = TempLibrary::new();
    for i in 0..rungs {
        let next = if i + 1 < rungs {
            format!("next = [\"r{}\"]\n", i + 1)
        } else {
            String::new()
        };
        lib.write(
            &format!("l/r{i}.toml"),
            format!("title = \"Rung {i}\"\n{next}"),
        );
    }
    lib
}

#[test]
fn a_route_on_a_ladder_of_twenty_thousand_rungs_is_found() {
    // Routes once cost memory in the square of a ladder's length: this
    // ladder needed gigabytes. It must now simply finish, and be right.
    let lib = long_ladder(20_000);
    let (code, out, err) = crewpath(&["path", "--roles", lib.path_str(), "r0", "r1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "From Rung 0 to Rung 1: 1 move\n  Rung 0 → Rung 1: one rung up; no new skills listed\n"
    );
    let (code, out, err) = crewpath(&[
        "path",
        "--json",
        "--roles",
        lib.path_str(),
        "r19997",
        "r19999",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let steps = v["route"]["steps"].as_array().expect("steps");
    let to: Vec<&str> = steps
        .iter()
        .filter_map(|s| s["to"]["id"].as_str())
        .collect();
    assert_eq!(to, ["r19998", "r19999"]);
}

#[test]
fn a_route_asked_down_a_ladder_says_the_role_is_below_and_fails() {
    let (code, out, _) = crewpath(&[
        "path",
        "supervising sound editor",
        "trainee assistant sound editor",
    ]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "Trainee Assistant Sound Editor is below Supervising Sound Editor on its ladder:\n  a route never leads down a ladder.\n"
    );
    let (code, out, _) = crewpath(&["path", "--json", "picture editor", "tape"]);
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(v["route"].is_null(), "{out}");
    assert_eq!(v["alternatives"], serde_json::json!([]));
    assert_eq!(v["no_route"]["reason"], "below");
    assert_eq!(
        v["no_route"]["message"],
        "Trainee Assistant Picture Editor is below Picture Editor on its ladder: a route never leads down a ladder."
    );
    let run = crate::common::crewpath_with(
        &["--lang", "fr", "path", "--json", "picture editor", "tape"],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(v["no_route"]["reason"], "below");
    assert!(
        v["no_route"]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Sur son échelle de carrière, ")),
        "{}",
        run.stdout
    );
    // A route that is found has no reason against it; one that is not, says why.
    let (_, out, _) = crewpath(&["path", "--json", "tape", "picture editor"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(v["no_route"].is_null(), "{out}");
}

/// A ladder low → mid → high; `high` has a move to a role on another
/// ladder, which has one to `low`, which has one elsewhere.
#[test]
fn a_route_never_passes_below_where_it_starts() {
    let lib = TempLibrary::new();
    lib.write(
        "l/low.toml",
        format!(
            "title = \"Low\"\nnext = [\"mid\"]\n{}",
            moves(&["elsewhere"])
        ),
    );
    lib.write("l/mid.toml", "title = \"Mid\"\nnext = [\"high\"]\n");
    lib.write(
        "l/high.toml",
        format!("title = \"High\"\n{}", moves(&["side"])),
    );
    lib.write(
        "o/side.toml",
        format!("title = \"Side\"\n{}", moves(&["low"])),
    );
    lib.write("o/elsewhere.toml", "title = \"Elsewhere\"\n");
    let loaded = lib.load();
    let l = loaded.library;
    // High → Side → Low → Elsewhere would go down the ladder on the way.
    assert_eq!(hops(&l, "high", "elsewhere"), None);
    assert!(hops(&l, "mid", "elsewhere").is_none());
    assert!(hops(&l, "low", "elsewhere").is_some());
    let (code, out, _) = crewpath(&["path", "--roles", lib.path_str(), "high", "low"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with("Low is below High on its ladder"), "{out}");
}

#[test]
fn each_move_is_checked_where_it_is_written_and_a_bad_one_is_left_out() {
    let lib = TempLibrary::new();
    lib.write("s/target.toml", "title = \"Target\"\n");
    lib.write(
        "s/mover.toml",
        "title = \"Mover\"\n\
         [[sources]]\ntitle = \"The page\"\n\
         [[moves]]\nto = \"target\"\nbecause = \"The page says so.\"\nsource = \"The page\"\n\
         [[moves]]\nbecause = \"No role named.\"\nsuggested = true\n\
         [[moves]]\nto = \"target\"\nsuggested = true\n\
         [[moves]]\nto = \"target\"\nbecause = \"Grounds?\"\n\
         [[moves]]\nto = \"target\"\nbecause = \"Both.\"\nsource = \"The page\"\nsuggested = true\n\
         [[moves]]\nto = \"target\"\nbecause = \"Which page?\"\nsource = \"Another page\"\n\
         [[moves]]\nto = \"targt\"\nbecause = \"A typo.\"\nsuggested = true\n\
         [[moves]]\nto = \"target\"\nbecause = \"A stray key.\"\nsuggested = true\nbecuase = \"x\"\n",
    );
    let loaded = lib.load();
    assert_eq!(
        lib.problems_of(&loaded, "s/mover.toml"),
        [
            "s/mover.toml:8:1: every entry in 'moves' needs a 'to', the id of the role moved to, e.g. to = \"sound-editor\"",
            "s/mover.toml:11:1: the move to 'target' needs a 'because': why the move makes sense, in a sentence a visitor will read",
            "s/mover.toml:14:1: the move to 'target' needs its grounds: 'source', the title of the entry in this file's 'sources' that supports it, or suggested = true if it is the library's own suggestion",
            "s/mover.toml:21:13: the move to 'target' names a source and is marked suggested = true: keep 'source' if the source supports the move, or remove it if the move is the library's own suggestion",
            "s/mover.toml:25:10: no entry in this file's 'sources' has the title 'Another page'; name one of 'The page', or add the source",
            "s/mover.toml:27:6: 'moves' names 'targt', but there is no role with that id; did you mean 'target'?",
            // A second good move to the same role is said to be left out.
            "s/mover.toml:31:6: a second move to 'target': only the first (line 5) is kept, with its reason and grounds; merge the two into one move",
            "s/mover.toml:34:1: unknown key 'becuase' in 'moves'; did you mean 'because'?",
        ]
    );
    let lib2 = loaded.library;
    let mover = &lib2.roles[role(&lib2, "mover")];
    // The good moves stay, once each per role moved to: the first, with its
    // source.
    assert_eq!(mover.moves.len(), 1, "{:?}", mover.moves);
    assert_eq!(mover.moves[0].to, role(&lib2, "target"));
    assert_eq!(mover.moves[0].source.as_deref(), Some("The page"));
    assert!(!mover.moves[0].suggested());
    let (code, out, _) = crewpath(&["path", "--roles", lib.path_str(), "mover", "target"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "From Mover to Target: 1 move\n  Mover → Target: a sideways move; no new skills listed\n      why: The page says so. (source: The page)\n"
    );
}

#[test]
fn a_move_the_library_suggests_is_shown_as_such_and_its_reason_is_translated() {
    let lib = TempLibrary::new();
    lib.write("s/target.toml", "title = \"Target\"\n");
    lib.write("s/target.fr.toml", "title = \"Cible\"\n");
    lib.write(
        "s/mover.toml",
        format!("title = \"Mover\"\n{}", moves(&["target"])),
    );
    lib.write(
        "s/mover.fr.toml",
        "title = \"Passeur\"\n[[moves]]\nto = \"target\"\nbecause = \"Ça vaut la peine.\"\n\
         [[moves]]\nto = \"nowhere\"\nbecause = \"Nulle part.\"\n",
    );
    let (code, out, _) = crewpath(&["path", "--roles", lib.path_str(), "mover", "target"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("a sideways move the library suggests")
            && out.contains("why: Worth it. (the library's own suggestion: no source says so)"),
        "{out}"
    );
    let (code, out, _) = crewpath(&[
        "--lang",
        "fr",
        "path",
        "--json",
        "--roles",
        lib.path_str(),
        "mover",
        "target",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let step = &v["route"]["steps"][0];
    assert_eq!(step["move"], "suggested");
    assert_eq!(step["because"], "Ça vaut la peine.");
    assert!(step["source"].is_null());
    // The role's own sheet lists the move with its reason and its mark.
    let (code, out, _) = crewpath(&["show", "--roles", lib.path_str(), "mover"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "Sideways moves\n  • Target (target): Worth it. (the library's own suggestion: no source says so)\n"
        ),
        "{out}"
    );
    let (_, out, _) = crewpath(&["show", "--json", "--roles", lib.path_str(), "mover"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        v["moves"],
        serde_json::json!([{"id": "target", "title": "Target", "because": "Worth it.", "source": null, "suggested": true}])
    );
    let (code, out, _) = crewpath(&["check", "--roles", lib.path_str()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("s/mover.fr.toml:5:1: the English file has no move to 'nowhere'; translate the moves it has, by their 'to': 'target'"),
        "{out}"
    );
}

#[test]
fn path_to_shows_the_own_ladder_first_says_where_others_join_and_how_many_more() {
    let lib = TempLibrary::new();
    // The top's own ladder: three rungs from its entry level.
    lib.write(
        "l/low.toml",
        "title = \"Low\"\nentry_level = true\nnext = [\"mid\"]\n",
    );
    lib.write("l/mid.toml", "title = \"Mid\"\nnext = [\"top\"]\n");
    lib.write("l/top.toml", "title = \"Top\"\n");
    // Another ladder, one move from the top, and four more entry-level
    // roles joining it at Mid.
    lib.write(
        "o/near.toml",
        format!("title = \"Near\"\nentry_level = true\n{}", moves(&["top"])),
    );
    for n in 1..=4 {
        lib.write(
            &format!("o/far{n}.toml"),
            format!(
                "title = \"Far {n}\"\nentry_level = true\n{}",
                moves(&["mid"])
            ),
        );
    }
    let (code, out, _) = crewpath(&["path", "--roles", lib.path_str(), "--to", "top"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "Starting as Low (entry level):\n\
         \x20 Low → Mid: one rung up; no new skills listed\n\
         \x20 Mid → Top: one rung up; no new skills listed\n\
         \n\
         Starting as Near (entry level), from another ladder:\n\
         \x20 Near → Top: a sideways move the library suggests; no new skills listed\n\
         \x20     why: Worth it. (the library's own suggestion: no source says so)\n\
         \n\
         Starting as Far 1 (entry level), on another ladder, joining the target's ladder\n\
         \x20 as Mid:\n\
         \x20 Far 1 → Mid: a sideways move the library suggests; no new skills listed\n\
         \x20     why: Worth it. (the library's own suggestion: no source says so)\n\
         \x20 Mid → Top: one rung up; no new skills listed\n\
         \n\
         3 more entry-level roles lead there: ask for the route from any of them with\n\
         \x20 crewpath path ROLE top.\n"
    );
    let (code, out, _) = crewpath(&["path", "--json", "--roles", lib.path_str(), "--to", "top"]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["more"], 3);
    let from: Vec<&str> = v["alternatives"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["from"]["id"].as_str())
        .collect();
    assert_eq!(from, ["low", "near", "far1"]);
    assert!(v["alternatives"][0]["joins_at"].is_null());
    assert_eq!(v["alternatives"][2]["joins_at"]["id"], "mid");
    // With no entry-level role leading there, the ladder's bottom is named.
    let (code, out, _) = crewpath(&["path", "--roles", lib.path_str(), "--to", "mid"]);
    assert_eq!(code, 0, "{out}");
    let bare = TempLibrary::new();
    bare.write("l/a.toml", "title = \"A\"\nnext = [\"b\"]\n");
    bare.write("l/b.toml", "title = \"B\"\n");
    let (code, out, _) = crewpath(&["path", "--roles", bare.path_str(), "--to", "b"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "No entry-level role leads to B.\nIts ladder starts at A.\n"
    );
}

#[test]
fn the_explorer_shows_a_route_on_a_long_ladder_and_keeps_answering_keys() {
    use crate::common::{Term, keys};
    let lib = long_ladder(20_000);
    let mut t = Term::start(&["--roles", lib.path_str()], 100, 30);
    t.wait_for("Departments");
    t.open_by_search("rung 0");
    t.send("c");
    t.wait_for("◆ Rung 0 pinned");
    t.open_by_search("rung 2");
    t.send("c");
    t.wait_for("Compare — Tab shows the route");
    t.send(keys::TAB);
    let screen = t.wait_for("From Rung 0 to Rung 2: 2 moves");
    assert!(screen.contains("Rung 1 → Rung 2: one rung up"), "{screen}");
    // The route is worked out once; keys that scroll or switch views still
    // get their answer.
    for _ in 0..3 {
        t.send(keys::DOWN);
        t.send(keys::UP);
    }
    t.send(keys::TAB);
    t.wait_for("Rung 2 is 2 rungs above Rung 0");
    t.send(keys::TAB);
    t.wait_for("From Rung 0 to Rung 2: 2 moves");
    t.send(keys::ESC);
    t.wait_gone("From Rung 0 to Rung 2");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn the_ladder_pane_lists_a_roles_sideways_moves_with_their_reasons() {
    use crate::common::{Term, keys};
    let mut t = Term::start(&[], 120, 40);
    t.wait_for("Departments");
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("copyist");
    t.send(keys::ENTER);
    t.wait_gone("Type a job title");
    t.send("4");
    let screen = t.wait_for("Sideways moves");
    assert!(screen.contains("Orchestrator"), "{screen}");
    assert!(screen.contains("The skills overlap"), "{screen}");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
