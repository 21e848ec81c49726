//! How `show`, `compare` and `path` find the role a user names: a name
//! several roles share finds none of them and lists their ids; a French
//! paired title is found under each of its forms.

use crate::common::{TempLibrary, crewpath_with};

fn two_editors() -> TempLibrary {
    let lib = TempLibrary::new();
    lib.write(
        "picture/picture-editor.toml",
        "title = \"Editor\"\naliases = [\"Cutter\"]\nnext = [\"supervisor\"]\n",
    )
    .write(
        "sound/sound-editor.toml",
        "title = \"Editor\"\naliases = [\"Cutter\"]\nnext = [\"supervisor\"]\n",
    )
    .write("sound/supervisor.toml", "title = \"Supervisor\"\n");
    lib
}

#[test]
fn a_title_two_roles_share_is_refused_with_their_ids() {
    let lib = two_editors();
    let roles = lib.path_str();
    for name in ["Editor", "editor", "Cutter"] {
        for args in [
            vec!["show", name],
            vec!["compare", name, "supervisor"],
            vec!["path", name, "supervisor"],
            vec!["path", "--to", name],
        ] {
            let mut all = vec!["--roles", roles];
            all.extend(&args);
            let r = crewpath_with(&all, &[]);
            assert_eq!(r.code, 1, "{args:?}: {}", r.stdout);
            assert_eq!(r.stdout, "", "{args:?}");
            assert!(
                r.stderr.contains(&format!("'{name}' names several roles"))
                    && r.stderr.contains("(picture-editor)")
                    && r.stderr.contains("(sound-editor)"),
                "{args:?}: {}",
                r.stderr
            );
        }
    }
    // Each still opens by its id.
    let r = crewpath_with(&["--roles", roles, "show", "sound-editor"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn show_json_of_a_title_two_roles_share_names_them_in_an_error_object() {
    let lib = two_editors();
    let r = crewpath_with(
        &["--roles", lib.path_str(), "show", "--json", "Editor"],
        &[],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_eq!(v["error"]["kind"], "shared_name", "{v}");
    assert_eq!(v["error"]["wanted"], "Editor", "{v}");
    let mut ids: Vec<&str> = v["error"]["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ["picture-editor", "sound-editor"], "{v}");
}

#[test]
fn a_french_paired_title_is_found_under_each_of_its_forms() {
    let fr = |args: &[&str]| {
        let mut all = vec!["--lang", "fr"];
        all.extend_from_slice(args);
        crewpath_with(&all, &[])
    };
    for name in ["bruiteuse", "Bruiteur", "bruiteur ou bruiteuse"] {
        let r = fr(&["show", name]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(
            r.stdout.starts_with("Bruiteur ou bruiteuse"),
            "{name}: {}",
            r.stdout
        );
    }
    let r = fr(&["compare", "compositrice", "monteur sonore"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Monteur ou monteuse sonore"),
        "{}",
        r.stdout
    );
    for name in [
        "monteuse sonore",
        "Monteur ou monteuse sonore",
        "première assistante au montage image",
        "assistant stagiaire au montage image",
    ] {
        let r = fr(&["path", "--to", name]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
    }
}
