//! Every symbol the explorer draws, in two sets: Unicode, and ASCII for the
//! Linux text console, whose fonts have the Latin-1 letters but no arrows,
//! triangles, bullets or box-drawing lines beyond a few. The set is chosen
//! once at start from the environment ([`SymbolSet::from_env`]) and held by
//! the styles every part of the screen draws with.

use ratatui::buffer::Buffer;
use ratatui::symbols::border;

/// Which set of symbols the explorer draws with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SymbolSet {
    #[default]
    Unicode,
    /// ASCII symbols, and the drawn text's dashes, quotes and ellipses in
    /// ASCII; letters of the Latin-1 range stay (the console has them).
    Ascii,
}

impl SymbolSet {
    /// The set the terminal and the locale can show.
    pub fn from_env() -> SymbolSet {
        SymbolSet::choose(|name| std::env::var(name).ok())
    }

    /// ASCII on the Linux console (`TERM=linux`) and where the locale is
    /// not UTF-8: the first of `LC_ALL`, `LC_CTYPE` and `LANG` that is set
    /// (not empty) names another character set, or is `C` or `POSIX`
    /// without one; with none set the locale is `C`. Unicode otherwise.
    /// `var` reads an environment variable.
    pub fn choose(var: impl Fn(&str) -> Option<String>) -> SymbolSet {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        if set("TERM").is_some_and(|term| term == "linux") {
            return SymbolSet::Ascii;
        }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .into_iter()
            .find_map(set)
            .unwrap_or_else(|| "C".to_string());
        let utf8 = match crate::i18n::charset::codeset(&locale) {
            Some(codeset) => crate::i18n::charset::is_utf8(codeset),
            None => {
                let name = locale.split('@').next().unwrap_or(&locale);
                !matches!(name, "C" | "POSIX")
            }
        };
        if utf8 {
            SymbolSet::Unicode
        } else {
            SymbolSet::Ascii
        }
    }

    pub fn symbols(self) -> &'static Symbols {
        match self {
            SymbolSet::Unicode => &UNICODE,
            SymbolSet::Ascii => &ASCII,
        }
    }
}

/// The symbols of one set. Each is the whole mark with its spacing, so a
/// set can give a wider one ("..." for "…", "Bksp" for "⌫").
#[derive(Debug)]
pub struct Symbols {
    /// A pane or window without the keyboard, and with it.
    pub border: border::Set<'static>,
    pub border_focused: border::Set<'static>,
    /// Before the title of the pane that has the keyboard.
    pub focus: &'static str,
    /// Before the selected row of a list, and before what is typed.
    pub selection: &'static str,
    pub prompt: &'static str,
    /// On a border: more below, more above.
    pub more_below: &'static str,
    pub more_above: &'static str,
    /// The way back in the title bar, and between the places before it.
    pub back: &'static str,
    pub back_between: &'static str,
    /// Before the pinned role in the title bar.
    pub pinned: &'static str,
    /// The role's own rung on its career ladder.
    pub current_rung: &'static str,
    /// Before a role whose file has problems, and the detail's warning.
    pub problem: &'static str,
    /// Before each item of a list in the detail.
    pub bullet: &'static str,
    /// Between a department and its sub-department.
    pub path_between: &'static str,
    /// Before a related role on the ladder.
    pub link: &'static str,
    /// Before an open and a closed department.
    pub open: &'static str,
    pub closed: &'static str,
    /// Where text was cut.
    pub ellipsis: &'static str,
    /// Before a skill of the role shown that the visitor picked in "What
    /// fits me", and before one they would add.
    pub have: &'static str,
    pub to_add: &'static str,
    /// Keys drawn by a symbol, and what this set draws for them, replaced
    /// in this order in key labels ("↑↓" before "↑").
    keys: &'static [(&'static str, &'static str)],
    /// Whether drawn text is folded to ASCII after drawing ([`Symbols::fold`]).
    fold_text: bool,
}

pub static UNICODE: Symbols = Symbols {
    border: border::PLAIN,
    border_focused: border::DOUBLE,
    focus: "▶ ",
    selection: "› ",
    prompt: "› ",
    more_below: "▼",
    more_above: "▲",
    back: "◂ ",
    back_between: " ‹ ",
    pinned: "◆ ",
    current_rung: "●",
    problem: "⚠ ",
    bullet: "• ",
    path_between: " › ",
    link: "→ ",
    open: "▾ ",
    closed: "▸ ",
    ellipsis: "…",
    have: "✓ ",
    to_add: "+ ",
    keys: &[],
    fold_text: false,
};

pub static ASCII: Symbols = Symbols {
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
    // The focused pane's border stands out as the double line does.
    border_focused: border::Set {
        top_left: "#",
        top_right: "#",
        bottom_left: "#",
        bottom_right: "#",
        vertical_left: "#",
        vertical_right: "#",
        horizontal_top: "=",
        horizontal_bottom: "=",
    },
    focus: "> ",
    selection: "> ",
    prompt: "> ",
    more_below: "v",
    more_above: "^",
    back: "< ",
    back_between: " < ",
    pinned: "* ",
    current_rung: "*",
    problem: "! ",
    bullet: "* ",
    path_between: " > ",
    link: "-> ",
    open: "- ",
    closed: "+ ",
    ellipsis: "...",
    have: "v ",
    to_add: "+ ",
    keys: &[
        ("↑↓", "Up/Dn"),
        ("←→", "Left/Right"),
        ("↑", "Up"),
        ("↓", "Down"),
        ("←", "Left"),
        ("→", "Right"),
        ("⌫", "Bksp"),
    ],
    fold_text: true,
};

impl Symbols {
    /// A key label ("↑↓", "Alt-←") as this set draws it ("Up/Dn",
    /// "Alt-Left").
    pub fn key(&self, label: &str) -> String {
        self.keys
            .iter()
            .fold(label.to_string(), |label, (from, to)| {
                label.replace(from, to)
            })
    }

    /// In the ASCII set, every drawn character that has a plain
    /// counterpart gets it, cell for cell, so nothing moves: dashes,
    /// quotes, ellipses, bullets and arrows of the message catalogue and of
    /// role files ("—" "-", "…" ".", "’" "'"), and any line-drawing or
    /// arrow that did not come from this set. Latin-1 letters and signs
    /// (é, «, ») stay; other characters (a title in another script) are
    /// left as the role file has them. The Unicode set changes nothing.
    pub fn fold(&self, buffer: &mut Buffer) {
        if !self.fold_text {
            return;
        }
        for cell in &mut buffer.content {
            let mut chars = cell.symbol().chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && let Some(plain) = ascii_for(c)
            {
                cell.set_char(plain);
            }
        }
    }
}

/// The ASCII character that stands for `c` in one cell, for characters
/// outside ASCII and Latin-1 that have one.
pub fn ascii_for(c: char) -> Option<char> {
    Some(match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
        '\u{201c}'..='\u{201f}' | '\u{2033}' => '"',
        '\u{2026}' => '.',
        '\u{2022}' | '\u{2023}' | '\u{2043}' | '\u{25c6}' | '\u{25cf}' => '*',
        '\u{2039}' | '\u{2190}' | '\u{25c0}' | '\u{25c2}' | '\u{25c4}' => '<',
        '\u{203a}' | '\u{2192}' | '\u{25b6}' | '\u{25b8}' | '\u{25ba}' => '>',
        '\u{2191}' | '\u{25b2}' | '\u{25b4}' => '^',
        '\u{2193}' | '\u{25bc}' | '\u{25be}' => 'v',
        '\u{26a0}' => '!',
        // Spaces of other widths, as French typography puts before ':'.
        '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' => ' ',
        // Box drawing: straight lines as lines, the rest as corners.
        '\u{2500}' | '\u{2501}' | '\u{2504}' | '\u{2505}' | '\u{2508}' | '\u{2509}'
        | '\u{2550}' => '-',
        '\u{2502}' | '\u{2503}' | '\u{2506}' | '\u{2507}' | '\u{250a}' | '\u{250b}'
        | '\u{2551}' => '|',
        '\u{2500}'..='\u{257f}' => '+',
        _ => return None,
    })
}

/// Whether the Linux console's fonts draw `c`: ASCII and the Latin-1 range.
pub fn console_draws(c: char) -> bool {
    c == ' ' || c.is_ascii_graphic() || ('\u{a0}'..='\u{ff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_linux_console_gets_ascii_whatever_the_locale() {
        let choose = |vars: &[(&str, &str)]| SymbolSet::choose(env(vars));
        assert_eq!(
            choose(&[("TERM", "linux"), ("LANG", "fr_CA.UTF-8")]),
            SymbolSet::Ascii
        );
        assert_eq!(
            choose(&[("TERM", "xterm-256color"), ("LANG", "fr_CA.UTF-8")]),
            SymbolSet::Unicode
        );
        // Only the console itself: terminals named after it are others.
        assert_eq!(
            choose(&[("TERM", "linux-16color"), ("LANG", "en_CA.UTF-8")]),
            SymbolSet::Unicode
        );
    }

    #[test]
    fn the_locale_that_decides_is_the_first_set_of_lc_all_lc_ctype_lang() {
        let choose = |vars: &[(&str, &str)]| {
            let mut all = vec![("TERM", "xterm")];
            all.extend_from_slice(vars);
            SymbolSet::choose(env(&all))
        };
        let cases: &[(&[(&str, &str)], SymbolSet)] = &[
            (&[("LANG", "en_CA.UTF-8")], SymbolSet::Unicode),
            (&[("LANG", "fr_CA.utf8")], SymbolSet::Unicode),
            (&[("LANG", "C.UTF-8")], SymbolSet::Unicode),
            (&[("LANG", "fr_CA")], SymbolSet::Unicode),
            (&[("LANG", "fr_CA.ISO-8859-1")], SymbolSet::Ascii),
            (&[("LANG", "de_DE.ISO-8859-15@euro")], SymbolSet::Ascii),
            (&[("LANG", "C")], SymbolSet::Ascii),
            (&[("LANG", "POSIX")], SymbolSet::Ascii),
            (&[], SymbolSet::Ascii),
            (&[("LANG", "")], SymbolSet::Ascii),
            // LC_ALL wins over LC_CTYPE, which wins over LANG.
            (
                &[("LC_ALL", "C"), ("LC_CTYPE", "en_CA.UTF-8")],
                SymbolSet::Ascii,
            ),
            (
                &[("LC_ALL", "en_CA.UTF-8"), ("LANG", "C")],
                SymbolSet::Unicode,
            ),
            (
                &[("LC_CTYPE", "fr_CA.UTF-8"), ("LANG", "C")],
                SymbolSet::Unicode,
            ),
            (
                &[("LC_CTYPE", "POSIX"), ("LANG", "fr_CA.UTF-8")],
                SymbolSet::Ascii,
            ),
            // An empty one counts as unset.
            (
                &[("LC_ALL", ""), ("LANG", "en_CA.UTF-8")],
                SymbolSet::Unicode,
            ),
            // LC_MESSAGES chooses the language, not the character set.
            (
                &[("LC_MESSAGES", "C"), ("LANG", "fr_CA.UTF-8")],
                SymbolSet::Unicode,
            ),
        ];
        for (vars, want) in cases {
            assert_eq!(choose(vars), *want, "{vars:?}");
        }
    }

    fn strings(s: &Symbols) -> Vec<&'static str> {
        let b = [s.border, s.border_focused];
        let mut all: Vec<&'static str> = b
            .iter()
            .flat_map(|b| {
                [
                    b.top_left,
                    b.top_right,
                    b.bottom_left,
                    b.bottom_right,
                    b.vertical_left,
                    b.vertical_right,
                    b.horizontal_top,
                    b.horizontal_bottom,
                ]
            })
            .collect();
        all.extend([
            s.focus,
            s.selection,
            s.prompt,
            s.more_below,
            s.more_above,
            s.back,
            s.back_between,
            s.pinned,
            s.current_rung,
            s.problem,
            s.bullet,
            s.path_between,
            s.link,
            s.open,
            s.closed,
            s.ellipsis,
        ]);
        all.extend(s.keys.iter().map(|(_, to)| *to));
        all
    }

    #[test]
    fn the_ascii_set_is_ascii_and_the_unicode_set_is_not() {
        for s in strings(&ASCII) {
            assert!(s.is_ascii() && !s.is_empty(), "{s:?}");
        }
        assert!(strings(&UNICODE).iter().any(|s| !s.is_ascii()));
        // Each Unicode key symbol has an ASCII name.
        for symbol in ["↑↓", "←→", "⌫", "Alt-←", "Alt-→", "↑ ↓   k j"] {
            assert!(ASCII.key(symbol).is_ascii(), "{symbol}");
            assert_eq!(UNICODE.key(symbol), symbol);
        }
        assert_eq!(ASCII.key("↑↓"), "Up/Dn");
        assert_eq!(
            ASCII.key("Backspace   [   Alt-←"),
            "Backspace   [   Alt-Left"
        );
    }

    #[test]
    fn folding_keeps_latin1_and_width() {
        let mut buffer = Buffer::with_lines(["Aide — Échap… « é » ‘x’ ▼ 作"]);
        let before = buffer.area;
        ASCII.fold(&mut buffer);
        let text: String = buffer.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(buffer.area, before);
        assert!(text.starts_with("Aide - Échap. « é » 'x' v 作"), "{text}");
        let mut unchanged = Buffer::with_lines(["Aide — Échap…"]);
        UNICODE.fold(&mut unchanged);
        let text: String = unchanged.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(text, "Aide — Échap…");
        assert!(console_draws('é') && console_draws('«') && !console_draws('—'));
    }
}
