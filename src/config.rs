//! Explorer settings from the command line, a config file and the
//! environment (NO_COLOR, CLICOLOR, XDG_CONFIG_HOME).

use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::de::{DeTable, DeValue};

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
            ("print", DeValue::String(s)) => {
                let words = crate::print::split_command(s).map_err(|reason| {
                    crate::t!(
                        "config-print-invalid",
                        place = place.as_str(),
                        reason = reason
                    )
                })?;
                config.print = Some(words);
            }
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
            ("exit_key" | "theme" | "print", _) => {
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

    #[test]
    fn a_print_command_is_read_into_its_words_or_refused_at_its_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(
            &path,
            "theme = \"default\"\nprint = \"lp -d frontdesk -t 'Career centre'\"\n",
        )
        .expect("write");
        let config = read_config(&path).expect("valid");
        assert_eq!(
            config.print.as_deref(),
            Some(&["lp", "-d", "frontdesk", "-t", "Career centre"].map(String::from)[..])
        );
        std::fs::write(&path, "\nprint = \"lp -t 'Career centre\"\n").expect("write");
        let err = read_config(&path).expect_err("unclosed quote");
        assert!(
            err.contains("kiosk.toml:2:9: print has a ' that is never closed"),
            "{err}"
        );
        std::fs::write(&path, "print = \"lp | mail staff\"\n").expect("write");
        let err = read_config(&path).expect_err("a pipe");
        assert!(
            err.contains("kiosk.toml:1:9: print runs one program without a shell, so '|'"),
            "{err}"
        );
        std::fs::write(&path, "print = [\"lp\"]\n").expect("write");
        let err = read_config(&path).expect_err("not a string");
        assert!(err.contains("'print' must be a string"), "{err}");
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
