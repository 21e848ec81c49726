//! Colours and text styles. Nothing depends on colour alone: focus and
//! selection are also shown by border shape, symbols and reverse video.

use ratatui::style::{Color, Modifier, Style};

use crate::app::Theme;

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
            },
            Theme::Default => Styles {
                base: Style::new(),
                border: Style::new().fg(Color::DarkGray),
                border_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                dim: Style::new().fg(Color::Gray),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
                matched: Style::new()
                    .fg(Color::Yellow)
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                notice: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                current: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            },
            Theme::HighContrast => Styles {
                base: Style::new().fg(Color::White).bg(Color::Black),
                border: Style::new().fg(Color::White).bg(Color::Black),
                border_focused: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
                heading: Style::new()
                    .fg(Color::Yellow)
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                dim: Style::new().fg(Color::White),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(Modifier::BOLD),
                matched: Style::new()
                    .fg(Color::Yellow)
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                notice: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                current: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            },
        }
    }
}
