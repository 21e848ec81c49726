//! Explorer settings from the command line, a config file and NO_COLOR.

use std::path::Path;
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use crate::app::{Chord, Settings, Theme};
use crate::cli::ExplorerArgs;
use crate::library::line_column;

pub const DEFAULT_IDLE_SECONDS: u64 = 120;
const CONFIG_KEYS: &[&str] = &["idle_timeout", "exit_key", "theme"];

/// Values read from a `--config` file.
#[derive(Debug, Default, PartialEq)]
pub struct ConfigFile {
    pub idle_timeout: Option<u64>,
    pub exit_key: Option<String>,
    pub theme: Option<String>,
}

/// Reads a config file; errors name the file, line and column.
pub fn read_config(path: &Path) -> Result<ConfigFile, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{shown}: cannot read the config file: {e}"))?;
    let table = DeTable::parse(&text).map_err(|e| {
        let (line, col) = line_column(&text, e.span().map_or(0, |s| s.start));
        format!(
            "{shown}:{line}:{col}: this is not valid TOML: {}",
            e.message().trim()
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
                config.idle_timeout =
                    Some(i.as_str().replace('_', "").parse::<u64>().map_err(|_| {
                        format!(
                            "{place}: idle_timeout must be a whole number of seconds, at least 1"
                        )
                    })?);
            }
            ("exit_key", DeValue::String(s)) => config.exit_key = Some(s.to_string()),
            ("theme", DeValue::String(s)) => config.theme = Some(s.to_string()),
            ("idle_timeout", _) => {
                return Err(format!(
                    "{place}: idle_timeout must be a whole number of seconds, e.g. idle_timeout = 120"
                ));
            }
            ("exit_key" | "theme", _) => {
                return Err(format!(
                    "{place}: '{}' must be a string in quotes",
                    key.get_ref()
                ));
            }
            (other, _) => {
                let place = at(key.span().start);
                return Err(format!(
                    "{place}: unknown key '{}'; the keys allowed are {}",
                    crate::text::clean_line(other),
                    CONFIG_KEYS.join(", ")
                ));
            }
        }
    }
    Ok(config)
}

/// Settings for the explorer: the command line wins over the config file,
/// and an explicit theme wins over NO_COLOR.
pub fn resolve(args: &ExplorerArgs, no_color: bool) -> Result<Settings, String> {
    let file = match &args.config {
        Some(path) => read_config(path)?,
        None => ConfigFile::default(),
    };
    let seconds = args
        .idle_timeout
        .or(file.idle_timeout)
        .unwrap_or(DEFAULT_IDLE_SECONDS);
    if seconds == 0 {
        return Err("the idle timeout must be at least 1 second".into());
    }
    let exit_chord = match args.exit_key.as_ref().or(file.exit_key.as_ref()) {
        Some(text) => Some(
            text.parse::<Chord>()
                .map_err(|e| format!("--exit-key: {e}"))?,
        ),
        None => None,
    };
    let theme = match args.theme.as_ref().or(file.theme.as_ref()) {
        Some(name) => name.parse::<Theme>().map_err(|e| format!("--theme: {e}"))?,
        None if no_color => Theme::Monochrome,
        None => Theme::Default,
    };
    Ok(Settings {
        kiosk: args.kiosk,
        idle_timeout: Duration::from_secs(seconds),
        exit_chord,
        theme,
    })
}

/// NO_COLOR is set to something other than the empty string.
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
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
        let s = resolve(&a, true).expect("valid");
        assert_eq!(s.idle_timeout, Duration::from_secs(60));
        assert_eq!(
            s.exit_chord.map(|c| c.to_string()),
            Some("ctrl-alt-q".into())
        );
        assert_eq!(s.theme, Theme::HighContrast);
        assert_eq!(
            resolve(&args(), true).expect("valid").theme,
            Theme::Monochrome
        );
    }

    #[test]
    fn the_sample_kiosk_config_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/kiosk.toml");
        let mut a = args();
        a.config = Some(path);
        let s = resolve(&a, false).expect("the shipped sample config works");
        assert_eq!(s.idle_timeout, Duration::from_secs(120));
        assert!(s.exit_chord.is_some());
    }

    #[test]
    fn config_errors_name_the_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, "theme = \"default\"\nidle_timout = 5\n").expect("write");
        let err = read_config(&path).expect_err("unknown key");
        assert!(err.ends_with("kiosk.toml:2:1: unknown key 'idle_timout'; the keys allowed are idle_timeout, exit_key, theme"), "{err}");
        std::fs::write(&path, "idle_timeout = \"soon\"\n").expect("write");
        let err = read_config(&path).expect_err("wrong type");
        assert!(
            err.contains("kiosk.toml:1:16: idle_timeout must be a whole number"),
            "{err}"
        );
    }
}
