//! How the explorer was started: kiosk or not, idle time-out, staff exit
//! chord and colours.

use std::time::Duration;

use super::chord::Chord;

/// Colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Default,
    HighContrast,
    /// No colour at all (NO_COLOR): only bold, reverse and symbols.
    Monochrome,
}

impl std::str::FromStr for Theme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "default" => Ok(Theme::Default),
            "high-contrast" | "high_contrast" | "highcontrast" => Ok(Theme::HighContrast),
            "mono" | "monochrome" | "none" => Ok(Theme::Monochrome),
            other => Err(crate::t!("settings-unknown-theme", theme = other)),
        }
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
}
