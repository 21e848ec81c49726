//! Colours and text styles. Nothing depends on colour alone: focus and
//! selection are also shown by border shape, symbols and reverse video.

use ratatui::style::{Color, Modifier, Style};

use crate::app::Theme;
use crate::symbols::{SymbolSet, Symbols, UNICODE};

/// The styles every part of the screen draws with.
#[derive(Clone, Copy, Debug)]
pub struct Styles {
    pub base: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub heading: Style,
    pub dim: Style,
    pub selected: Style,
    pub matched: Style,
    pub key: Style,
    pub notice: Style,
    pub current: Style,
    /// The symbols drawn with these styles: Unicode, or ASCII for the
    /// Linux console.
    pub symbols: &'static Symbols,
}

/// Black text on `colour`, never bold: drawn over text that is bold
/// already (a selected department's name, a title), it takes the bold
/// away, since a terminal that shows bold as bright turns black into a
/// grey that does not read on a colour.
fn black_on(colour: Color) -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(colour)
        .remove_modifier(Modifier::BOLD)
}

impl Styles {
    pub fn for_theme(theme: Theme) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match theme {
            Theme::Monochrome => Styles {
                base: Style::new(),
                border: Style::new(),
                border_focused: bold,
                title: bold,
                heading: bold.add_modifier(Modifier::UNDERLINED),
                dim: Style::new(),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                matched: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                key: bold,
                notice: bold,
                current: bold,
                symbols: &UNICODE,
            },
            // The terminal's own background may be dark or light, so text
            // on it keeps the terminal's own colour (made bold or underlined
            // to stand out), and every colour comes with a background of
            // its own that it reads on. Black on a colour is never bold:
            // xterm inside tmux and the Linux console show bold black as
            // grey, which does not read on cyan or green.
            Theme::Default => Styles {
                base: Style::new(),
                border: Style::new(),
                border_focused: bold,
                title: bold,
                heading: bold.add_modifier(Modifier::UNDERLINED),
                dim: Style::new(),
                selected: black_on(Color::Cyan),
                matched: black_on(Color::Yellow),
                key: black_on(Color::Gray),
                notice: black_on(Color::Yellow),
                current: black_on(Color::Green),
                symbols: &UNICODE,
            },
            Theme::HighContrast => {
                let on_black = Style::new().fg(Color::White).bg(Color::Black);
                let yellow = Style::new()
                    .fg(Color::LightYellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD);
                Styles {
                    base: on_black,
                    border: on_black,
                    border_focused: yellow,
                    title: on_black.add_modifier(Modifier::BOLD),
                    heading: yellow.add_modifier(Modifier::UNDERLINED),
                    dim: on_black,
                    selected: black_on(Color::LightYellow),
                    matched: yellow.add_modifier(Modifier::UNDERLINED),
                    key: yellow,
                    notice: yellow,
                    current: yellow,
                    symbols: &UNICODE,
                }
            }
        }
    }

    /// These styles drawing with `set`'s symbols.
    pub fn with_symbols(mut self, set: SymbolSet) -> Self {
        self.symbols = set.symbols();
        self
    }

    /// The styles of a pane without the keyboard: its selection is marked
    /// (underlined, '›') without competing with the focused pane's. Not
    /// bold: over black on a colour (the current rung), bold shows grey
    /// where a terminal draws bold as bright.
    pub fn unfocused(mut self) -> Self {
        self.selected = self.base.add_modifier(Modifier::UNDERLINED);
        self
    }

    /// Every style by name, for checking them all.
    #[cfg(test)]
    fn all(&self) -> [(&'static str, Style); 11] {
        [
            ("base", self.base),
            ("border", self.border),
            ("border_focused", self.border_focused),
            ("title", self.title),
            ("heading", self.heading),
            ("dim", self.dim),
            ("selected", self.selected),
            ("matched", self.matched),
            ("key", self.key),
            ("notice", self.notice),
            ("current", self.current),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Rgb = (u8, u8, u8);

    /// The standard xterm 16-colour palette.
    fn rgb(color: Color) -> Option<Rgb> {
        Some(match color {
            Color::Black => (0x00, 0x00, 0x00),
            Color::Red => (0xcd, 0x00, 0x00),
            Color::Green => (0x00, 0xcd, 0x00),
            Color::Yellow => (0xcd, 0xcd, 0x00),
            Color::Blue => (0x00, 0x00, 0xee),
            Color::Magenta => (0xcd, 0x00, 0xcd),
            Color::Cyan => (0x00, 0xcd, 0xcd),
            Color::Gray => (0xe5, 0xe5, 0xe5),
            Color::DarkGray => (0x7f, 0x7f, 0x7f),
            Color::LightRed => (0xff, 0x00, 0x00),
            Color::LightGreen => (0x00, 0xff, 0x00),
            Color::LightYellow => (0xff, 0xff, 0x00),
            Color::LightBlue => (0x5c, 0x5c, 0xff),
            Color::LightMagenta => (0xff, 0x00, 0xff),
            Color::LightCyan => (0x00, 0xff, 0xff),
            Color::White => (0xff, 0xff, 0xff),
            _ => return None,
        })
    }

    /// The colour a terminal that shows bold as bright draws for `color`.
    fn brightened(color: Color) -> Color {
        match color {
            Color::Black => Color::DarkGray,
            Color::Red => Color::LightRed,
            Color::Green => Color::LightGreen,
            Color::Yellow => Color::LightYellow,
            Color::Blue => Color::LightBlue,
            Color::Magenta => Color::LightMagenta,
            Color::Cyan => Color::LightCyan,
            Color::Gray => Color::White,
            other => other,
        }
    }

    /// WCAG relative luminance.
    fn luminance((r, g, b): Rgb) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// The terminal's own colours, (foreground, background), on a dark and
    /// on a light terminal.
    const TERMINALS: [(Rgb, Rgb); 2] = [
        ((0xe5, 0xe5, 0xe5), (0x00, 0x00, 0x00)),
        ((0x00, 0x00, 0x00), (0xff, 0xff, 0xff)),
    ];

    #[test]
    fn every_colour_pair_reads_on_dark_and_light_terminals() {
        for theme in [Theme::Default, Theme::HighContrast, Theme::Monochrome] {
            let styles = Styles::for_theme(theme);
            for (name, style) in styles
                .all()
                .into_iter()
                .chain([("selected (unfocused)", styles.unfocused().selected)])
            {
                for (term_fg, term_bg) in TERMINALS {
                    let colour = |c: Option<Color>, default: Rgb| match c {
                        None | Some(Color::Reset) => Some(default),
                        Some(c) => rgb(c),
                    };
                    let bg = style.bg.or(styles.base.bg);
                    let fg = style.fg.or(styles.base.fg);
                    // xterm (inside tmux, or with boldColors) and the Linux
                    // console show bold text in colours 0–7 as 8–15.
                    let bold = style.add_modifier.contains(Modifier::BOLD);
                    let renderings = [fg, if bold { fg.map(brightened) } else { fg }];
                    for (rendering, fg) in ["plain", "bold as bright"].iter().zip(renderings) {
                        let fg = colour(fg, term_fg);
                        let bg = colour(bg, term_bg);
                        let (Some(fg), Some(bg)) = (fg, bg) else {
                            panic!("{theme:?} {name}: a colour outside the 16-colour palette");
                        };
                        let ratio = contrast(fg, bg);
                        assert!(
                            ratio >= 4.5,
                            "{theme:?} {name} ({rendering}): {fg:?} on {bg:?} is {ratio:.2}:1, below 4.5:1"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_palette_check_is_real() {
        // Yellow text on a light terminal is what made headings unreadable.
        assert!(contrast(rgb(Color::Yellow).unwrap_or_default(), (255, 255, 255)) < 4.5);
        assert!(contrast((0, 0, 0), (255, 255, 255)) > 20.0);
    }
}
