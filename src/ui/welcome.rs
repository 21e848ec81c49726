//! The kiosk's full-screen welcome.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use super::Styles;
use super::text::display_width;
use crate::app::bindings::hints_for;
use crate::app::{Action, App, Pane, ScreenLayout};
use crate::i18n::Lang;
use crate::t;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, styles: &Styles, layout: &mut ScreenLayout) {
    layout.welcome = true;
    let title = app.lib.title.clone().unwrap_or_else(|| t!("welcome-title"));
    let mut lines = vec![
        Line::from(Span::styled("crewpath", styles.title)),
        Line::from(Span::styled(title, styles.heading)),
        Line::default(),
    ];
    if let Some(welcome) = &app.lib.welcome {
        lines.push(Line::from(welcome.clone()));
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled(t!("welcome-start"), styles.notice)));
    lines.push(Line::default());
    let mut keys = Vec::new();
    // The languages have a line of their own, below.
    let hints = hints_for(Pane::Tree, true)
        .into_iter()
        .filter(|h| h.action != Some(Action::SwitchLanguage));
    for hint in hints {
        keys.push(Span::styled(hint.key, styles.key));
        keys.push(Span::raw(format!(" {}   ", hint.what)));
    }
    lines.push(Line::from(keys));
    lines.push(Line::from(t!("welcome-touch")));
    let width = area.width.saturating_sub(4).min(76);
    let [_, column, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width),
        Constraint::Fill(1),
    ])
    .areas(area);
    let paragraph = Paragraph::new(lines).centered().wrap(Wrap { trim: true });
    // The text, a blank line and the languages, inside the double border.
    let text_height = paragraph.line_count(column.width.saturating_sub(2)) as u16;
    let height = (text_height + 4).min(area.height);
    let box_area = Rect::new(
        column.x,
        area.y + area.height.saturating_sub(height) / 2,
        column.width,
        height,
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(styles.border_focused);
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let [text_area, _, languages] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(paragraph, text_area);
    draw_languages(frame, languages, styles, layout);
    layout.buttons.push((area, Action::Browse));
}

/// "English   Français": each a touch target, the one spoken marked, and
/// the key that switches.
fn draw_languages(frame: &mut Frame, area: Rect, styles: &Styles, layout: &mut ScreenLayout) {
    const GAP: u16 = 3;
    let spoken = crate::i18n::current();
    let names: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .map(|lang| (lang, format!(" {} ", lang.own_name())))
        .collect();
    let key = "Ctrl-L";
    let total: u16 = names
        .iter()
        .map(|(_, name)| display_width(name) as u16 + GAP)
        .sum::<u16>()
        + display_width(key) as u16;
    if area.height == 0 || total > area.width {
        return;
    }
    let mut x = area.x + (area.width - total) / 2;
    for (lang, name) in names {
        let width = display_width(&name) as u16;
        let rect = Rect::new(x, area.y, width, 1);
        let style = if lang == spoken {
            styles.selected
        } else {
            styles.key
        };
        frame.render_widget(Span::styled(name, style), rect);
        layout.buttons.push((rect, Action::Language(lang)));
        x += width + GAP;
    }
    let rect = Rect::new(x, area.y, display_width(key) as u16, 1);
    frame.render_widget(Span::styled(key, styles.dim), rect);
}
