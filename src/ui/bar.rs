//! The title bar at the top and the key hint bar at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Styles;
use super::text::{display_width, fit};
use crate::app::{Action, App, Overlay, ScreenLayout};

pub fn draw_title(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let files = problem_files(app);
    let notice = match files {
        0 => String::new(),
        1 => "1 role file has problems — press ! to see it ".to_string(),
        n => format!("{n} role files have problems — press ! to see them "),
    };
    let notice_width = display_width(&notice) as u16;
    let room = usize::from(area.width.saturating_sub(notice_width));
    let title = match &app.lib.title {
        Some(t) => format!(" crewpath · {t}"),
        None => " crewpath".to_string(),
    };
    frame.render_widget(
        Line::from(Span::styled(fit(&title, room), styles.title)),
        area,
    );
    if files > 0 && notice_width <= area.width {
        let rect = Rect::new(area.right() - notice_width, area.y, notice_width, 1);
        frame.render_widget(Span::styled(notice, styles.notice), rect);
        layout.buttons.push((rect, Action::OpenProblems));
    }
}

/// Distinct files with problems.
pub fn problem_files(app: &App) -> usize {
    let mut paths: Vec<&str> = app.problems.iter().map(|p| p.path.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    paths.len()
}

pub fn draw_hints(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let kiosk = app.settings.kiosk;
    let hints: Vec<(&str, &str, Option<Action>)> = match app.overlay() {
        Some(Overlay::Search) => vec![
            ("type", "to search", None),
            ("↑↓", "choose", Some(Action::Down)),
            ("Enter", "open", Some(Action::Activate)),
            ("Esc", "close", Some(Action::Back)),
        ],
        Some(_) => vec![("↑↓", "scroll", None), ("Esc", "close", Some(Action::Back))],
        None => {
            let mut hints = vec![
                ("/", "search", Some(Action::OpenSearch)),
                ("Tab", "next pane", Some(Action::FocusNext)),
                ("↑↓", "move", None),
                ("Enter", "open", Some(Action::Activate)),
                ("?", "help", Some(Action::OpenHelp)),
            ];
            if kiosk {
                hints.push(("0", "start over", Some(Action::StartOver)));
            } else {
                hints.push(("q", "quit", Some(Action::Quit)));
            }
            hints
        }
    };
    let mut spans = Vec::new();
    let mut x = area.x;
    for (key, what, action) in hints {
        let width = (display_width(key) + display_width(what) + 3) as u16;
        if x + width > area.right() {
            break;
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(key.to_string(), styles.key));
        spans.push(Span::styled(format!(" {what} "), styles.dim));
        if let Some(action) = action {
            layout
                .buttons
                .push((Rect::new(x, area.y, width, 1), action));
        }
        x += width;
    }
    frame.render_widget(Line::from(spans), area);
}
