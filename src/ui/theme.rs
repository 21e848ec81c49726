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

    /// Every style by name, for checking them all (the contrast test).
    pub fn all(&self) -> [(&'static str, Style); 11] {
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
