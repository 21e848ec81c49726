//! The languages crewpath speaks and how one is chosen.

use unic_langid::LanguageIdentifier;

/// A language of the interface and of the role files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Every language, English (the fallback) first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The code used in options, file names and `locales/`: `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name for itself, as a visitor looks for it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The language a code names (`fr`, `FR`), if crewpath speaks it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language of a POSIX locale such as `fr_CA.UTF-8`; English for
    /// `C`, `POSIX` and languages crewpath does not speak.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_code(language).unwrap_or_default()
    }

    /// The language the environment asks for when no `--lang` is given:
    /// `CREWPATH_LANG` (checked by the command line), else the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as the C library
    /// decides which one counts.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .map_or_else(Lang::default, |value| Lang::from_locale(&value))
    }

    /// The other language: what the kiosk's language key switches to.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    pub(crate) fn ix(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => unic_langid::langid!("en"),
            Lang::Fr => unic_langid::langid!("fr"),
        }
    }
}
