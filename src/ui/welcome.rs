//! The kiosk's full-screen welcome: what the screen is for, a few example
//! searches to touch, a way to browse, and the languages.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::Styles;
use super::cells::{display_width, fit};
use crate::app::welcome::{Button as WelcomeButton, buttons};
use crate::app::{Action, App, ScreenLayout};
use crate::t;

/// Columns between two buttons on one line.
const GAP: u16 = 3;

/// A touch target: its words, what it does, whether the keyboard's focus
/// is on it, and whether it is the language spoken.
struct Button {
    label: String,
    action: Action,
    focused: bool,
    current: bool,
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, styles: &Styles, layout: &mut ScreenLayout) {
    layout.welcome = true;
    let width = area.width.saturating_sub(4).min(76);
    let [_, column, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width),
        Constraint::Fill(1),
    ])
    .areas(area);
    let inner_width = column.width.saturating_sub(2);
    let title = app.lib.title.clone().unwrap_or_else(|| t!("welcome-title"));
    let mut intro = vec![
        Line::from(Span::styled("crewpath", styles.title)),
        Line::from(Span::styled(title, styles.heading)),
        Line::default(),
        Line::from(t!("welcome-purpose")),
    ];
    // Every button, in the order the screen reads and Tab goes.
    let choice = app.session.welcome_choice;
    let spoken = app.lang();
    let (mut searches, mut browse, mut languages) = (Vec::new(), Vec::new(), Vec::new());
    for (i, button) in buttons(&app.lib).into_iter().enumerate() {
        let focused = choice == Some(i);
        let (group, label, current): (&mut Vec<Button>, String, bool) = match &button {
            WelcomeButton::Example(e) => (&mut searches, e.text.clone(), false),
            WelcomeButton::Browse => (&mut browse, t!("welcome-browse"), false),
            WelcomeButton::Fits => (&mut browse, t!("welcome-fits"), false),
            // The same width whichever is spoken, so that each language
            // stays at its place when the other is chosen.
            WelcomeButton::Language(lang) => {
                let mark = if *lang == spoken {
                    styles.symbols.current_rung
                } else {
                    " "
                };
                (
                    &mut languages,
                    format!("{mark} {}", lang.own_name()),
                    *lang == spoken,
                )
            }
        };
        group.push(Button {
            label: format!(" {label} "),
            action: button.action(),
            focused,
            current,
        });
    }
    let prompt = Paragraph::new(Line::from(t!("welcome-type")))
        .centered()
        .wrap(Wrap { trim: true });
    let rows = |buttons: &[Button]| rows_needed(buttons, inner_width);
    let prompt_height = prompt.line_count(inner_width) as u16;
    let fixed = prompt_height + 1 + rows(&searches) + 1 + rows(&browse);
    // The languages sit on the screen's last rows, the same place in
    // every language and whatever the welcome says.
    let languages_height = rows_needed(&languages, area.width) + 1;
    let room = area.height.saturating_sub(languages_height);
    // The library's own welcome, below the sentence, where there is room.
    if let Some(welcome) = &app.lib.welcome {
        let with = Paragraph::new(
            [
                intro.clone(),
                vec![Line::default(), Line::from(welcome.as_str())],
            ]
            .concat(),
        )
        .wrap(Wrap { trim: true });
        if with.line_count(inner_width) as u16 + fixed + 3 <= room {
            intro.push(Line::default());
            intro.push(Line::from(welcome.clone()));
        }
    }
    let intro = Paragraph::new(intro).centered().wrap(Wrap { trim: true });
    let intro_height = intro.line_count(inner_width) as u16;
    let height = (intro_height + 1 + fixed + 2).min(room);
    let box_area = Rect::new(
        column.x,
        area.y + room.saturating_sub(height) / 2,
        column.width,
        height,
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(styles.symbols.border_focused)
        .border_style(styles.border_focused);
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let mut y = inner.y;
    let mut next = |frame: &mut Frame, h: u16, draw: &mut dyn FnMut(&mut Frame, Rect)| {
        let h = h.min(inner.bottom().saturating_sub(y));
        if h > 0 {
            draw(frame, Rect::new(inner.x, y, inner.width, h));
        }
        y += h;
    };
    next(frame, intro_height + 1, &mut |f, r| {
        f.render_widget(&intro, r)
    });
    next(frame, prompt_height, &mut |f, r| {
        f.render_widget(&prompt, r)
    });
    for group in [&searches, &browse] {
        next(frame, rows(group) + 1, &mut |f, r| {
            draw_buttons(
                f,
                Rect::new(r.x, r.y + 1, r.width, r.height.saturating_sub(1)),
                group,
                styles,
                layout,
            )
        });
    }
    let languages_area = Rect::new(
        area.x,
        area.bottom().saturating_sub(languages_height),
        area.width,
        languages_height - 1,
    );
    draw_buttons(frame, languages_area, &languages, styles, layout);
    // A touch anywhere else browses.
    layout.buttons.push((area, Action::Browse));
}

/// Rows `buttons` take side by side in `width` columns, one a row where
/// they do not fit together.
fn rows_needed(buttons: &[Button], width: u16) -> u16 {
    if total_width(buttons) <= width {
        1
    } else {
        buttons.len() as u16
    }
}

fn total_width(buttons: &[Button]) -> u16 {
    let widths: u16 = buttons.iter().map(|b| display_width(&b.label) as u16).sum();
    widths + GAP * (buttons.len() as u16).saturating_sub(1)
}

/// Centred buttons, each a touch target; the focused one marked as a
/// selection is, the language spoken as what is current.
fn draw_buttons(
    frame: &mut Frame,
    area: Rect,
    buttons: &[Button],
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    let together = total_width(buttons) <= area.width;
    let mut x = area.x + area.width.saturating_sub(total_width(buttons)) / 2;
    let mut y = area.y;
    for button in buttons {
        if y >= area.bottom() {
            break;
        }
        let label = fit(
            &button.label,
            usize::from(area.width),
            styles.symbols.ellipsis,
        );
        let width = display_width(&label) as u16;
        if !together {
            x = area.x + area.width.saturating_sub(width) / 2;
        }
        // The focus and the language spoken never look alike.
        let style: Style = if button.focused {
            styles.selected.add_modifier(Modifier::UNDERLINED)
        } else if button.current {
            styles.current
        } else {
            styles.key
        };
        let rect = Rect::new(x, y, width, 1);
        frame.render_widget(Span::styled(label, style), rect);
        layout.buttons.push((rect, button.action.clone()));
        if together {
            x += width + GAP;
        } else {
            y += 1;
        }
    }
}
