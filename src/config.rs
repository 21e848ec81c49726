//! Explorer settings from the command line, a config file and the
//! environment (NO_COLOR, CLICOLOR, XDG_CONFIG_HOME).

use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::de::{DeArray, DeTable, DeValue};

use crate::app::{Chord, Settings, Theme};
use crate::cli::{ColorWhen, ExplorerArgs};
use crate::library::line_column;

pub const DEFAULT_IDLE_SECONDS: u64 = 120;
const CONFIG_KEYS: &[&str] = &[
    "idle_timeout",
    "exit_key",
    "theme",
    "print",
    "on_screen_keyboard",
];

/// Values read from a `--config` file.
#[derive(Debug, Default, PartialEq)]
pub struct ConfigFile {
    pub idle_timeout: Option<u64>,
    pub exit_key: Option<String>,
    pub theme: Option<Theme>,
    /// Kiosk: the command that prints a role, as a program and its
    /// arguments.
    pub print: Option<Vec<String>>,
    /// Kiosk: whether the search box shows keys on the screen (false for
    /// a kiosk with a keyboard of its own).
    pub on_screen_keyboard: Option<bool>,
}

/// Why a config file could not be opened, in a config file's terms: the
/// library's words for a role file ("put a role file here", "disappeared
/// while the library was being read") do not fit one.
fn why_not_opened(path: &Path, e: &crate::i18n::Message) -> String {
    match std::fs::metadata(path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                crate::t!("config-link-leads-nowhere")
            } else {
                crate::t!("config-missing")
            }
        }
        Ok(meta) if !meta.is_file() && !meta.is_dir() => crate::t!("config-not-regular"),
        _ => e.worded(),
    }
}

/// A config file is a few lines; anything larger is not one.
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// Reads a config file; errors name the file, line and column. Only a
/// regular file is read (a pipe or `/dev/zero` named by mistake would hang
/// or fill memory), and at most [`MAX_CONFIG_BYTES`] of it.
pub fn read_config(path: &Path) -> Result<ConfigFile, String> {
    use std::io::Read;
    let shown = crate::clean::clean_line(&path.display().to_string()).into_owned();
    let (file, _) = crate::library::open_regular(path).map_err(|e| {
        crate::t!(
            "config-cannot-open",
            path = shown.as_str(),
            reason = why_not_opened(path, &e)
        )
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            crate::t!(
                "config-cannot-read",
                path = shown.as_str(),
                error = e.to_string()
            )
        })?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(crate::t!(
            "config-too-large",
            path = shown.as_str(),
            kib = MAX_CONFIG_BYTES / 1024
        ));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| crate::t!("config-not-utf8", path = shown.as_str()))?;
    let table = DeTable::parse(&text).map_err(|e| {
        let (line, col) = line_column(&text, e.span().map_or(0, |s| s.start));
        crate::t!(
            "config-not-toml",
            place = format!("{shown}:{line}:{col}"),
            detail = crate::clean::clean_line(e.message().trim()).into_owned()
        )
    })?;
    let at = |offset: usize| {
        let (line, col) = line_column(&text, offset);
        format!("{shown}:{line}:{col}")
    };
    let mut config = ConfigFile::default();
    for (key, value) in table.get_ref().iter() {
        let place = at(value.span().start);
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("idle_timeout", DeValue::Integer(i)) => {
                // As TOML reads it: 0x14 is 20, 1_000 is 1000.
                let seconds = u64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                    .map_err(|_| crate::t!("config-idle-out-of-range", place = place.as_str()))?;
                config.idle_timeout = Some(seconds);
            }
            ("exit_key", DeValue::String(s)) => config.exit_key = Some(s.to_string()),
            ("theme", DeValue::String(s)) => {
                let theme = s.parse::<Theme>().map_err(|e| format!("{place}: {e}"))?;
                config.theme = Some(theme);
            }
            ("print", DeValue::Array(items)) => {
                config.print = Some(print_words(items, &place, &at)?);
            }
            ("print", DeValue::String(s)) => config.print = Some(print_string(s, &place)?),
            ("print", _) => return Err(crate::t!("config-print-not-words", place = place)),
            ("on_screen_keyboard", DeValue::Boolean(b)) => config.on_screen_keyboard = Some(*b),
            ("on_screen_keyboard", _) => {
                return Err(crate::t!(
                    "config-needs-bool",
                    place = place,
                    key = key.get_ref().as_ref()
                ));
            }
            ("idle_timeout", _) => {
                return Err(crate::t!("config-idle-not-number", place = place));
            }
            ("exit_key" | "theme", _) => {
                return Err(crate::t!(
                    "config-needs-string",
                    place = place,
                    key = key.get_ref().as_ref()
                ));
            }
            (other, _) => {
                let place = at(key.span().start);
                return Err(crate::t!(
                    "config-unknown-key",
                    place = place,
                    key = crate::clean::clean_line(other),
                    allowed = CONFIG_KEYS.join(", ")
                ));
            }
        }
    }
    Ok(config)
}

/// The print command written as TOML writes a list of words, the program
/// first: `print = ["lp", "-d", "front-desk"]`. Each word is passed as it
/// is, since no shell runs the command; a word that is only a shell's
/// sign (`|`, `>`, `&&`) is refused, as is a program's name with spaces
/// (one string where the words should be apart).
fn print_words(
    items: &DeArray<'_>,
    place: &str,
    at: &impl Fn(usize) -> String,
) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    for item in items.iter() {
        let word_at = at(item.span().start);
        let DeValue::String(word) = item.get_ref() else {
            return Err(crate::t!("config-print-not-words", place = word_at));
        };
        if !word.is_empty() && word.chars().all(|c| "|&;<>".contains(c)) {
            return Err(crate::t!(
                "config-print-shell-word",
                place = word_at,
                word = crate::clean::clean_line(word).into_owned()
            ));
        }
        words.push(word.to_string());
    }
    let first_at = || at(items.first().map_or(0, |i| i.span().start));
    match words.first() {
        None => Err(crate::t!("config-print-empty", place = place)),
        Some(program) if program.trim().is_empty() => {
            Err(crate::t!("config-print-empty", place = first_at()))
        }
        Some(program) if program.contains(char::is_whitespace) && !program.contains('/') => {
            let apart: Vec<&str> = words
                .iter()
                .enumerate()
                .flat_map(|(n, w)| match n {
                    0 => w.split_whitespace().collect(),
                    _ => vec![w.as_str()],
                })
                .collect();
            Err(crate::t!(
                "config-print-program-spaces",
                place = first_at(),
                program = crate::clean::clean_line(program).into_owned(),
                words = toml_list(&apart)
            ))
        }
        Some(_) => Ok(words),
    }
}

/// The print command in its first form, one string (`print = "lp -d
/// front-desk"`): still read where it is plain words, split at spaces as it
/// always was. A string with quotes, a backslash or a shell's sign is
/// refused, showing the list to write instead, rather than read by rules
/// its author may not have meant.
fn print_string(command: &str, place: &str) -> Result<Vec<String>, String> {
    if let Some(sign) = command.chars().find(|c| "'\"\\|&;<>$`()*?".contains(*c)) {
        return Err(crate::t!(
            "config-print-string",
            place = place,
            sign = sign.to_string()
        ));
    }
    let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Err(crate::t!("config-print-empty", place = place));
    }
    Ok(words)
}

/// Words as a TOML list: `["lp", "-d", "front desk"]`.
fn toml_list(words: &[&str]) -> String {
    let items: Vec<String> = words
        .iter()
        .map(|w| toml::Value::String(crate::clean::clean_line(w).into_owned()).to_string())
        .collect();
    format!("[{}]", items.join(", "))
}

/// The settings file read when `--config` names none:
/// `$XDG_CONFIG_HOME/crewpath/config.toml`, or `~/.config/crewpath/config.toml`
/// when XDG_CONFIG_HOME is unset, empty or not an absolute path (as the XDG
/// base directory specification asks).
pub fn default_config_path() -> Option<PathBuf> {
    let absolute = |var: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let base =
        absolute("XDG_CONFIG_HOME").or_else(|| absolute("HOME").map(|h| h.join(".config")))?;
    Some(base.join("crewpath").join("config.toml"))
}

/// The settings file: the one `--config` names, else the default one where
/// it exists. A default file that exists but cannot be read is an error, as
/// it would be if named: staff who wrote it expect it to count.
fn config_file(args: &ExplorerArgs) -> Result<ConfigFile, String> {
    if let Some(path) = &args.config {
        return read_config(path);
    }
    match default_config_path() {
        Some(path) if std::fs::symlink_metadata(&path).is_ok() => read_config(&path),
        _ => Ok(ConfigFile::default()),
    }
}

/// Settings for the explorer: the command line wins over the config file;
/// `--color never` makes it monochrome whatever the theme; otherwise an
/// explicit theme wins over the environment's wish for no colour, which
/// `colour_wanted` carries (NO_COLOR, CLICOLOR=0).
pub fn resolve(args: &ExplorerArgs, colour_wanted: bool) -> Result<Settings, String> {
    let file = config_file(args)?;
    let seconds = args
        .idle_timeout
        .or(file.idle_timeout)
        .unwrap_or(DEFAULT_IDLE_SECONDS);
    if seconds == 0 {
        return Err(crate::t!("config-idle-zero"));
    }
    let exit_chord = match args.exit_key.as_ref().or(file.exit_key.as_ref()) {
        Some(text) => Some(
            text.parse::<Chord>()
                .map_err(|e| format!("--exit-key: {e}"))?,
        ),
        None => None,
    };
    let theme = match args.theme.or(file.theme) {
        _ if args.color == ColorWhen::Never => Theme::Monochrome,
        Some(theme) => theme,
        None if colour_wanted => Theme::Default,
        None => Theme::Monochrome,
    };
    Ok(Settings {
        kiosk: args.kiosk,
        idle_timeout: Duration::from_secs(seconds),
        exit_chord,
        theme,
        lang: crate::i18n::current(),
        print_command: file.print,
        no_screen_keyboard: file.on_screen_keyboard == Some(false),
        symbols: crate::symbols::SymbolSet::from_env(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> ExplorerArgs {
        ExplorerArgs {
            kiosk: true,
            idle_timeout: None,
            exit_key: None,
            theme: None,
            config: None,
            color: ColorWhen::Auto,
        }
    }

    #[test]
    fn command_line_wins_over_the_file_and_theme_over_no_color() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(
            &path,
            "idle_timeout = 300\nexit_key = \"ctrl-alt-q\"\ntheme = \"high-contrast\"\n",
        )
        .expect("write");
        let mut a = args();
        a.config = Some(path);
        a.idle_timeout = Some(60);
        let s = resolve(&a, false).expect("valid");
        assert_eq!(s.idle_timeout, Duration::from_secs(60));
        assert_eq!(
            s.exit_chord.map(|c| c.to_string()),
            Some("ctrl-alt-q".into())
        );
        assert_eq!(s.theme, Theme::HighContrast);
        assert_eq!(
            resolve(&args(), false).expect("valid").theme,
            Theme::Monochrome
        );
        let mut never = args();
        never.theme = Some(Theme::HighContrast);
        never.color = ColorWhen::Never;
        assert_eq!(
            resolve(&never, true).expect("valid").theme,
            Theme::Monochrome
        );
    }

    #[test]
    fn the_sample_kiosk_config_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/kiosk.toml");
        let mut a = args();
        a.config = Some(path);
        let s = resolve(&a, true).expect("the shipped sample config works");
        assert_eq!(s.idle_timeout, Duration::from_secs(120));
        assert!(s.exit_chord.is_some());
        // Its print command, once staff take away the #, works too.
        let sample = std::fs::read_to_string(a.config.as_ref().expect("a path")).expect("read");
        let printing = sample.replace("# print = ", "print = ");
        assert_ne!(printing, sample, "the sample shows a print command");
        let config = read(&printing).expect("the sample's print command works");
        assert_eq!(config.print, words(&["lp", "-d", "frontdesk"]));
    }

    #[test]
    fn config_errors_name_the_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, "theme = \"default\"\nidle_timout = 5\n").expect("write");
        let err = read_config(&path).expect_err("unknown key");
        assert!(err.ends_with("kiosk.toml:2:1: unknown key 'idle_timout'; the keys allowed are idle_timeout, exit_key, theme, print, on_screen_keyboard"), "{err}");
        std::fs::write(&path, "idle_timeout = \"soon\"\n").expect("write");
        let err = read_config(&path).expect_err("wrong type");
        assert!(
            err.contains("kiosk.toml:1:16: idle_timeout must be a whole number"),
            "{err}"
        );
    }

    #[test]
    fn staff_turn_the_screen_keyboard_off_with_true_or_false() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, "on_screen_keyboard = false\n").expect("write");
        let config = read_config(&path).expect("valid");
        assert_eq!(config.on_screen_keyboard, Some(false));
        let mut a = args();
        a.config = Some(path.clone());
        assert!(resolve(&a, true).expect("valid").no_screen_keyboard);
        std::fs::write(&path, "on_screen_keyboard = \"no\"\n").expect("write");
        let err = read_config(&path).expect_err("a string");
        assert!(
            err.contains("kiosk.toml:1:22: 'on_screen_keyboard' must be true or false"),
            "{err}"
        );
        a.config = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/kiosk.toml"));
        assert!(
            !resolve(&a, true).expect("valid").no_screen_keyboard,
            "the keyboard shows unless staff turn it off"
        );
    }

    /// What `read_config` makes of `text` as a config file's.
    fn read(text: &str) -> Result<ConfigFile, String> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, text).expect("write");
        read_config(&path)
    }

    fn words(list: &[&str]) -> Option<Vec<String>> {
        Some(list.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn a_print_command_is_a_list_of_words_passed_as_they_are() {
        let config = read(
            "theme = \"default\"\nprint = [\"lp\", \"-d\", \"frontdesk\", \"-t\", \"Career centre\"]\n",
        )
        .expect("valid");
        assert_eq!(
            config.print,
            words(&["lp", "-d", "frontdesk", "-t", "Career centre"])
        );
        // No shell reads the words: quotes, dollars and spaces are theirs.
        let config =
            read("print = [\n  \"/opt/Front Desk/print\",\n  \"-t\", \"'a' | $b\",\n  \"\",\n]\n")
                .expect("valid");
        assert_eq!(
            config.print,
            words(&["/opt/Front Desk/print", "-t", "'a' | $b", ""])
        );
    }

    #[test]
    fn a_print_list_that_cannot_be_a_command_is_refused_at_its_place() {
        let err = read("\nprint = []\n").expect_err("empty");
        assert!(
            err.ends_with("kiosk.toml:2:9: print names no program; write the command that prints as a list of words, e.g. print = [\"lp\", \"-d\", \"frontdesk\"], or leave print out"),
            "{err}"
        );
        let err = read("print = [\"\", \"x\"]\n").expect_err("no program");
        assert!(
            err.contains("kiosk.toml:1:10: print names no program"),
            "{err}"
        );
        let err = read("print = [\"lp\", 2]\n").expect_err("a number");
        assert!(
            err.contains("kiosk.toml:1:16: print must be a list of words, each in double quotes"),
            "{err}"
        );
        let err = read("print = 3\n").expect_err("a number");
        assert!(
            err.contains("kiosk.toml:1:9: print must be a list of words"),
            "{err}"
        );
        let err = read("print = [\"lp\", \"|\", \"mail\"]\n").expect_err("a pipe");
        assert!(
            err.contains(
                "kiosk.toml:1:16: print runs one program without a shell, so the word '|'"
            ),
            "{err}"
        );
        // The likeliest slip moving to a list: the whole command in one.
        let err = read("print = [\"lp -d frontdesk\", \"-t\", \"Career centre\"]\n")
            .expect_err("one word");
        assert!(
            err.contains("kiosk.toml:1:10: print's first word, 'lp -d frontdesk', is the program's name, and no program is called that; give each word on its own: print = [\"lp\", \"-d\", \"frontdesk\", \"-t\", \"Career centre\"]"),
            "{err}"
        );
    }

    #[test]
    fn a_print_command_written_as_one_string_of_plain_words_still_works() {
        let config = read("print = \"  lp -d\tfrontdesk \"\n").expect("valid");
        assert_eq!(config.print, words(&["lp", "-d", "frontdesk"]));
        let err = read("\nprint = \"  \"\n").expect_err("empty");
        assert!(
            err.contains("kiosk.toml:2:9: print names no program"),
            "{err}"
        );
    }

    #[test]
    fn a_print_string_that_is_more_than_plain_words_is_refused_showing_the_list() {
        for (written, sign) in [
            ("lp -d frontdesk -t 'Career centre'", "'"),
            ("lp -t \\\"Career centre\\\"", "\""),
            ("lp -t Career\\\\ centre", "\\"),
            ("lp | mail staff", "|"),
            ("lp $PRINTER", "$"),
            ("lp > out", ">"),
        ] {
            let err =
                read(&format!("theme = \"default\"\nprint = \"{written}\"\n")).expect_err(written);
            assert!(
                err.contains(&format!("kiosk.toml:2:9: print written as one string can only be plain words, and '{sign}' is not part of one (the command runs without a shell); write it as a list of words, each in double quotes, the program first, e.g. print = [\"lp\", \"-d\", \"frontdesk\", \"-t\", \"Career centre\"]")),
                "{written}: {err}"
            );
        }
    }

    #[test]
    fn integers_are_read_as_toml_writes_them() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        for (written, seconds) in [("0x14", 20), ("1_000", 1000), ("0o17", 15), ("90", 90)] {
            std::fs::write(&path, format!("idle_timeout = {written}\n")).expect("write");
            let config = read_config(&path).expect("valid");
            assert_eq!(config.idle_timeout, Some(seconds), "{written}");
        }
    }

    #[test]
    fn only_a_regular_file_of_modest_size_is_read() {
        for special in ["/dev/zero", "/dev/null"] {
            let err = read_config(Path::new(special)).expect_err(special);
            assert!(err.contains("not a regular file"), "{err}");
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("kiosk.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            // Would wait for a writer forever if opened for reading.
            let err = read_config(&fifo).expect_err("a pipe");
            assert!(err.contains("not a regular file"), "{err}");
        }
        let big = dir.path().join("big.toml");
        std::fs::write(&big, "# x\n".repeat(40_000)).expect("write");
        let err = read_config(&big).expect_err("too big");
        assert!(err.contains("larger than"), "{err}");
    }
}
