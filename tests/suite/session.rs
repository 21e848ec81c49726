//! What the user is doing survives the library being read again (a colleague
//! saves a file) or shown in the other language (Ctrl-L): the role shown,
//! the search with its text, the open window, the way back and the pin.

use crate::common::{TempLibrary, Term, keys, with_app};
use crewpath::app::{Action, App, Edit, IndexSlot, Overlay, Pane, Settings, Subject};
use crewpath::library::{Loaded, load_embedded};
use crewpath::search::SharedIndex;

/// Shows `loaded` in `app` in place of its library, as the explorer does
/// when the files change or the language is switched.
fn replace(app: &mut App, loaded: &Loaded, lang: crewpath::i18n::Lang) {
    let lib = std::sync::Arc::new(loaded.in_language(lang).into_owned());
    let index = IndexSlot::ready(SharedIndex::build(std::sync::Arc::clone(&lib)));
    app.replace_library(lib, index, loaded.problems.clone(), lang);
}

fn type_in(app: &mut App, text: &str) {
    for c in text.chars() {
        assert_eq!(app.update(Action::Edit(Edit::Insert(c))), None, "{c:?}");
    }
}

fn role_id(app: &App, subject: Subject) -> Option<String> {
    match subject {
        Subject::Role(r) => Some(app.lib.roles[r].id().to_string()),
        _ => None,
    }
}

fn technicians() -> TempLibrary {
    let lib = TempLibrary::new();
    lib.write(
        "sound/sound-technician.toml",
        "title = \"Sound Technician\"\n",
    );
    lib.write(
        "sound/technical-supervisor.toml",
        "title = \"Technical Supervisor\"\n",
    );
    lib.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nsummary = \"Mixes\"\n",
    );
    lib
}

#[test]
fn a_reload_keeps_the_search_box_its_text_and_the_chosen_result() {
    let lib = technicians();
    let loaded = lib.load();
    with_app(&loaded, Settings::default(), |app| {
        let lang = app.lang();
        app.update(Action::OpenSearch);
        type_in(app, "techni");
        app.update(Action::Choose(1));
        let chosen = app.session.search.selected_hit().map(|h| h.role);
        let chosen = chosen.and_then(|r| role_id(app, Subject::Role(r)));
        assert!(chosen.is_some(), "two technicians found");
        // A colleague saves a file: a new role sorts before the others.
        lib.write("sound/aaa.toml", "title = \"Acoustic Technician\"\n");
        replace(app, &lib.load(), lang);
        assert_eq!(app.overlay(), Some(Overlay::Search));
        assert_eq!(app.session.search.text(), "techni");
        let now = app.session.search.selected_hit().map(|h| h.role);
        assert_eq!(now.and_then(|r| role_id(app, Subject::Role(r))), chosen);
        assert!(
            app.session
                .search
                .results()
                .hits
                .iter()
                .any(|h| app.lib.roles[h.role].title() == "Acoustic Technician"),
            "the new file is searched"
        );
        // The rest of the word is still text: its "q" quits nothing.
        type_in(app, "que");
        assert_eq!(app.session.search.text(), "technique");
        assert_eq!(app.overlay(), Some(Overlay::Search));
    });
}

#[test]
fn the_problems_window_stays_open_when_one_file_is_fixed() {
    let lib = technicians();
    lib.write("sound/broken.toml", "title = \"Broken\n");
    lib.write("sound/numbers.toml", "title = \"Numbers\"\nsummary = 5\n");
    let loaded = lib.load();
    with_app(&loaded, Settings::default(), |app| {
        let lang = app.lang();
        app.update(Action::OpenProblems);
        assert_eq!(app.problem_files, 2);
        lib.write("sound/broken.toml", "title = \"Fixed\"\n");
        replace(app, &lib.load(), lang);
        assert_eq!(app.overlay(), Some(Overlay::Problems));
        assert_eq!(app.problem_files, 1);
        assert!(
            app.problems
                .iter()
                .all(|p| p.path.ends_with("numbers.toml"))
        );
    });
}

/// What a visitor sees of where they are: the role shown, the role
/// pinned, the way back, the window open and the pane with the keyboard.
fn seen(
    app: &App,
) -> (
    Option<String>,
    Option<String>,
    Vec<Subject>,
    Option<Overlay>,
    Pane,
) {
    (
        role_id(app, app.subject()),
        app.session
            .pinned
            .map(|r| app.lib.roles[r].id().to_string()),
        app.session.history.trail().to_vec(),
        app.overlay(),
        app.session.focus,
    )
}

#[test]
fn the_other_language_keeps_the_role_the_way_back_the_pin_and_the_comparison() {
    let loaded = load_embedded();
    with_app(&loaded, Settings::default(), |app| {
        let lang = app.lang();
        app.update(Action::OpenSearch);
        app.update(Action::Edit(Edit::Paste("assistant picture editor".into())));
        app.update(Action::OpenChosen);
        app.update(Action::Compare);
        let editor = app.lib.role_by_id("picture-editor").expect("bundled");
        app.update(Action::OpenRole(editor));
        let mixer = app.lib.role_by_id("re-recording-mixer").expect("bundled");
        app.update(Action::OpenRole(mixer));
        app.update(Action::Compare);
        let before = seen(app);
        assert!(
            matches!(before.3, Some(Overlay::Compare { .. })),
            "comparing"
        );
        assert_eq!(before.2.len(), 3, "the first screen and two links followed");
        for to in [lang.other(), lang] {
            replace(app, &loaded, to);
            assert_eq!(app.lang(), to);
            let after = seen(app);
            assert_eq!(after, before, "in {to:?}");
        }
        // The way back still leads back.
        app.update(Action::Back);
        app.update(Action::HistoryBack);
        assert_eq!(
            role_id(app, app.subject()).as_deref(),
            Some("picture-editor")
        );
    });
}

#[test]
fn a_role_whose_file_is_gone_lets_go_of_what_named_it() {
    let lib = technicians();
    let loaded = lib.load();
    with_app(&loaded, Settings::default(), |app| {
        let lang = app.lang();
        let mixer = app.lib.role_by_id("mixer").expect("written");
        let technician = app.lib.role_by_id("sound-technician").expect("written");
        app.update(Action::OpenRole(mixer));
        app.update(Action::Compare);
        app.update(Action::OpenRole(technician));
        app.update(Action::Compare);
        assert!(matches!(app.overlay(), Some(Overlay::Compare { .. })));
        std::fs::remove_file(lib.path("sound/mixer.toml")).expect("remove");
        replace(app, &lib.load(), lang);
        assert_eq!(app.overlay(), None, "nothing left to compare with");
        assert_eq!(app.session.pinned, None);
        assert_eq!(
            role_id(app, app.subject()).as_deref(),
            Some("sound-technician")
        );
        let trail = app.session.history.trail().to_vec();
        assert_eq!(trail.len(), 1, "only the first screen is left: {trail:?}");
        assert!(matches!(trail[0], Subject::Department(_)), "{trail:?}");
    });
}

#[test]
fn a_save_while_a_visitor_types_keeps_the_search_box_and_the_rest_of_the_word() {
    let lib = technicians();
    let mut t = Term::start(&["--roles", lib.path_str()], 100, 30);
    t.wait_for("Departments");
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("techni");
    t.wait_for("Sound Technician");
    // A colleague saves a file just as the visitor goes on typing.
    lib.write("sound/aaa.toml", "title = \"Acoustic Technician\"\n");
    t.type_text("q");
    t.wait_for("Acoustic Technician");
    t.type_text("ue");
    let screen = t.wait_for("technique");
    assert!(screen.contains("Type a job title") || screen.contains("technique"));
    assert!(t.is_running(), "the q of technique quit:\n{screen}");
    t.send(keys::ESC);
    t.wait_gone("technique");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn the_problems_window_stays_open_on_screen_when_a_colleague_fixes_a_file() {
    let lib = technicians();
    lib.write("sound/broken.toml", "title = \"Broken\n");
    lib.write("sound/numbers.toml", "title = \"Numbers\"\nsummary = 5\n");
    let mut t = Term::start(&["--roles", lib.path_str()], 110, 30);
    t.wait_for("2 problems in the role files");
    t.send("!");
    let screen = t.wait_for("Problems — ↑↓ choose, Enter opens the role, Esc closes");
    assert!(screen.contains("broken.toml"), "{screen}");
    lib.write("sound/broken.toml", "title = \"Broken no more\"\n");
    let screen = t.wait_gone("broken.toml");
    assert!(
        screen.contains("Problems — ↑↓ choose, Enter opens the role, Esc closes"),
        "{screen}"
    );
    assert!(screen.contains("numbers.toml"), "{screen}");
    t.send(keys::ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn after_ctrl_l_the_problems_window_words_the_problems_in_the_language_on_screen() {
    let lib = technicians();
    lib.write("sound/numbers.toml", "title = \"Numbers\"\nsummary = 5\n");
    let mut t = Term::start(&["--roles", lib.path_str(), "--lang", "en"], 120, 30);
    t.wait_for("1 problem in the role files");
    t.send("!");
    t.wait_for("expected a string for 'summary', found an integer");
    t.send("\x0c");
    let screen =
        t.wait_for("Problèmes — ↑↓ pour choisir, Entrée ouvre le poste, Échap pour fermer");
    assert!(
        screen.contains("il faut du texte entre guillemets pour 'summary',"),
        "{screen}"
    );
    assert!(!screen.contains("expected a string"), "{screen}");
    t.send(keys::ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_kiosk_help_lists_only_keys_that_work_at_a_kiosk() {
    let mut t = Term::start(&["--kiosk"], 100, 40);
    t.wait_for("Type a job title");
    t.send(keys::ENTER);
    t.wait_for("Departments");
    t.send("?");
    let screen = t.wait_for("Help — Esc closes");
    // At a kiosk these letters start a search: help does not offer them.
    // The digits 1 to 4 choose panes there too, as the tabs show.
    assert!(screen.contains("1 2 3 4"), "{screen}");
    for offered in ["k j", "h l", "g G", "[", "]   Alt"] {
        assert!(!screen.contains(offered), "{offered:?} listed:\n{screen}");
    }
    assert!(screen.contains("↑ ↓"), "{screen}");
    assert!(screen.contains("Backspace   Alt-←"), "{screen}");
    // And what help says of a letter is true: k starts a search.
    t.send(keys::ESC);
    t.wait_gone("Help — Esc closes");
    t.send("k");
    t.wait_for("Search: titles");
}

#[test]
fn while_searching_ctrl_l_switches_the_language_and_keeps_the_search() {
    let mut t = Term::start(&["--lang", "en"], 100, 30);
    t.wait_for("Departments");
    t.send("/");
    t.wait_for("Type a job title");
    t.type_text("foley");
    t.wait_for("Foley Artist");
    t.send("\x0c");
    let screen = t.wait_for("titres, sigles, compétences");
    assert!(screen.contains("foley"), "{screen}");
    assert!(
        screen.contains("Bruiteur"),
        "the results in French:\n{screen}"
    );
    t.send(keys::ESC);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_role_kept_at_its_last_good_version_keeps_its_links_to_and_from_it() {
    let lib = TempLibrary::new();
    lib.write(
        "sound/assistant.toml",
        "title = \"Assistant\"\nnext = [\"editor\"]\n",
    );
    lib.write(
        "sound/editor.toml",
        "title = \"Editor\"\nnext = [\"supervisor\"]\nrelated = [\"mixer\"]\n",
    );
    lib.write("sound/supervisor.toml", "title = \"Supervisor\"\n");
    lib.write(
        "sound/mixer.toml",
        "title = \"Mixer\"\nrelated = [\"editor\"]\nworks_with = [\"editor\"]\n",
    );
    let old = lib.load();
    assert!(old.problems.is_empty(), "{:?}", old.problems);
    // An unfinished edit breaks the editor's file.
    lib.write("sound/editor.toml", "title = \"Editor\nnext = [");
    let (fresh, kept) = crewpath::library::reload(lib.root(), &old.library).expect("reload");
    assert_eq!(kept, [lib.path("sound/editor.toml").display().to_string()]);
    let new = &fresh.library;
    let id = |id: &str| new.role_by_id(id).expect(id);
    let (assistant, editor, supervisor, mixer) =
        (id("assistant"), id("editor"), id("supervisor"), id("mixer"));
    // Its ladder keeps both rungs.
    assert_eq!(new.roles[assistant].next, [editor]);
    assert_eq!(new.roles[editor].previous, [assistant]);
    assert_eq!(new.roles[editor].next, [supervisor]);
    assert_eq!(new.roles[supervisor].previous, [editor]);
    assert_eq!(new.roles[editor].related, [mixer]);
    assert_eq!(new.roles[mixer].related, [editor]);
    assert_eq!(new.roles[mixer].works_with, [editor]);
    // Only the broken file has problems; the files that link to it, untouched,
    // have none.
    for p in &fresh.problems {
        assert!(p.path.ends_with("editor.toml"), "{p}");
    }
    assert!(!fresh.problems.is_empty());
}

fn mixer(summary: &str) -> String {
    format!("title = \"Mixer\"\nsummary = \"{summary}\"\n")
}

#[test]
fn a_library_folder_replaced_whole_or_made_again_is_watched_anew() {
    let ws = TempLibrary::new();
    ws.write("lib/sound/mixer.toml", mixer("Blends the soundtrack"));
    let folder = ws.path("lib");
    let mut t = Term::start(&["--roles", folder.to_str().expect("utf-8")], 110, 30);
    t.wait_for("Departments");
    t.open_by_search("mixer");
    t.wait_for("Blends the soundtrack");
    // A new version of the folder is moved into place.
    ws.write("lib.new/sound/mixer.toml", mixer("Balances every sound"));
    std::fs::rename(&folder, ws.path("lib.old")).expect("move away");
    std::fs::rename(ws.path("lib.new"), &folder).expect("move into place");
    t.wait_for("Balances every sound");
    // Edits to the folder now in place show; the old one is not watched.
    ws.write("lib/sound/mixer.toml", mixer("Sets the levels"));
    t.wait_for("Sets the levels");
    ws.write("lib.old/sound/mixer.toml", mixer("Old news"));
    // The folder deleted and made again.
    std::fs::remove_dir_all(&folder).expect("delete");
    ws.write("lib/sound/mixer.toml", mixer("Made again"));
    t.wait_for("Made again");
    ws.write("lib/sound/mixer.toml", mixer("Edited once more"));
    let screen = t.wait_for("Edited once more");
    assert!(!screen.contains("Old news"), "{screen}");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn keys_are_answered_while_a_large_library_is_saved_again_and_again() {
    const ROLES: usize = 20_000;
    let lib = TempLibrary::new();
    for i in 0..ROLES {
        lib.write(
            &format!("dept{}/role-{i}.toml", i % 40),
            format!(
                "title = \"Role {i}\"\nsummary = \"Does task {i}\"\nnext = [\"role-{}\"]\n",
                (i + 40) % ROLES
            ),
        );
    }
    let mut t = Term::start(&["--roles", lib.path_str()], 100, 30);
    t.wait_for("Departments");
    // A colleague's editor saves a file twice a second, on and on.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let saving = {
        let (stop, path) = (std::sync::Arc::clone(&stop), lib.path("dept0/role-0.toml"));
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let text = format!("title = \"Role 0\"\nsummary = \"Saved {n} times\"\n");
                std::fs::write(&path, text).expect("save");
                std::thread::sleep(std::time::Duration::from_millis(500));
            }
        })
    };
    // Meanwhile every key gets its answer (each wait gives up after the
    // test terminal's timeout).
    t.send("?");
    t.wait_for("Help — Esc closes");
    t.send(keys::ESC);
    t.wait_gone("Help — Esc closes");
    t.send("q");
    let status = t.wait_exit();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    saving.join().expect("saving thread");
    assert_eq!(status, 0);
}
