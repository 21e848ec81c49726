//! How the explorer was started: kiosk or not, idle time-out, staff exit
//! chord and colours.

use std::time::Duration;

use super::chord::Chord;

/// Colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Theme {
    #[default]
    Default,
    #[value(alias = "high_contrast", alias = "highcontrast")]
    HighContrast,
    // No colour at all (NO_COLOR): only bold, reverse and symbols.
    #[value(alias = "mono", alias = "none")]
    Monochrome,
}

/// A theme as written in a settings file, by the names `--theme` takes.
impl std::str::FromStr for Theme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        <Theme as clap::ValueEnum>::from_str(name, true)
            .map_err(|_| crate::t!("settings-unknown-theme", theme = name.to_lowercase()))
    }
}

/// How the explorer was started.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub kiosk: bool,
    pub idle_timeout: Duration,
    pub exit_chord: Option<Chord>,
    pub theme: Theme,
    /// The language crewpath started in: each kiosk visitor starts in it.
    pub lang: crate::i18n::Lang,
    /// Kiosk: the program and arguments that print a role, when staff set
    /// one up; without it there is no printing.
    pub print_command: Option<Vec<String>>,
    /// Kiosk: staff said the kiosk has a keyboard of its own, so the
    /// search box shows no keys on the screen.
    pub no_screen_keyboard: bool,
    /// Unicode symbols, or ASCII ones for the Linux console.
    pub symbols: crate::symbols::SymbolSet,
}
