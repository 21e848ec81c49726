//! The kiosk's full-screen welcome.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use super::Styles;
use crate::app::bindings::hints_for;
use crate::app::{Action, App, Pane, ScreenLayout};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, styles: &Styles, layout: &mut ScreenLayout) {
    layout.welcome = true;
    let title = app
        .lib
        .title
        .clone()
        .unwrap_or_else(|| "Explore careers in film and TV post-production".into());
    let mut lines = vec![
        Line::from(Span::styled("crewpath", styles.title)),
        Line::from(Span::styled(title, styles.heading)),
        Line::default(),
    ];
    if let Some(welcome) = &app.lib.welcome {
        lines.push(Line::from(welcome.clone()));
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled(
        "Type a job title, or press Enter to browse.",
        styles.notice,
    )));
    lines.push(Line::default());
    let mut keys = Vec::new();
    for hint in hints_for(Pane::Tree, true) {
        keys.push(Span::styled(hint.key, styles.key));
        keys.push(Span::raw(format!(" {}   ", hint.what)));
    }
    lines.push(Line::from(keys));
    lines.push(Line::from(
        "You can also touch or click anything on the screen.",
    ));
    let width = area.width.saturating_sub(4).min(76);
    let [_, column, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width),
        Constraint::Fill(1),
    ])
    .areas(area);
    let paragraph = Paragraph::new(lines).centered().wrap(Wrap { trim: true });
    let height = (paragraph.line_count(column.width.saturating_sub(2)) as u16 + 2).min(area.height);
    let box_area = Rect::new(
        column.x,
        area.y + area.height.saturating_sub(height) / 2,
        column.width,
        height,
    );
    frame.render_widget(
        paragraph.block(
            Block::new()
                .borders(Borders::ALL)
                .border_type(BorderType::Double)
                .border_style(styles.border_focused),
        ),
        box_area,
    );
    layout.buttons.push((area, Action::Browse));
}
