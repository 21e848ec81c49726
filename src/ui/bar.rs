//! The title bar at the top and the key hint bar at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::Styles;
use super::cells::{display_width, fit};
use crate::app::bindings::{fitting, hints_in};
use crate::app::{Action, App, Overlay, PrintNotice, ScreenLayout, Subject};
use crate::t;

/// The title, where Back leads, and (not at a kiosk) the problems notice.
pub fn draw_title(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    // Visitors are not told about staff matters; the service log has them.
    let problems = if app.settings.kiosk {
        0
    } else {
        app.problems.len()
    };
    let notice = match problems {
        0 => String::new(),
        n => format!("{} ", t!("bar-problems-count", count = n)),
    };
    let title = match &app.lib.title {
        Some(t) => format!(" crewpath · {t}"),
        None => " crewpath".to_string(),
    };
    // The pinned role, where a click compares (or unpins it).
    let pinned = app.session.pinned.map(|p| {
        let key = if app.settings.kiosk { "Ctrl-K" } else { "c" };
        let title = crate::clean::clean_line(app.lib.roles[p].title()).into_owned();
        let text = if Some(p) == app.current_role() {
            t!("bar-pinned-unpin", title = title, key = key)
        } else {
            t!("bar-pinned-compare", title = title, key = key)
        };
        format!("{}{text} ", styles.symbols.pinned)
    });
    let notice = match (&pinned, notice.is_empty()) {
        (Some(p), true) => p.clone(),
        _ => notice,
    };
    // A print job's news is what the visitor waits for: it comes first.
    let printing = app.print_notice.map(|n| {
        format!(
            "{} ",
            match n {
                PrintNotice::Sending => t!("print-sending"),
                PrintNotice::Sent => t!("print-sent"),
                PrintNotice::Busy => t!("print-busy"),
                PrintNotice::AlreadySent => t!("print-already-sent"),
                PrintNotice::Failed => t!("print-failed"),
            }
        )
    });
    let notice = printing.clone().unwrap_or(notice);
    let notice_width = display_width(&notice) as u16;
    // Two columns between what is on the left and the notice, so a cut
    // title never runs into it ("post-production 5 role files…").
    let gap = if notice.is_empty() { 0 } else { 2 };
    let room = usize::from(area.width.saturating_sub(notice_width + gap));
    let crumbs = breadcrumb(app, styles);
    let crumbs_width = display_width(&crumbs);
    let title_room = if crumbs.is_empty() {
        room
    } else {
        room.saturating_sub(crumbs_width + 2).max(room.min(10))
    };
    let title = fit(&title, title_room, styles.symbols.ellipsis);
    let title_width = display_width(&title);
    frame.render_widget(Line::from(Span::styled(title, styles.title)), area);
    let crumbs_room = room.saturating_sub(title_width + 2);
    if !crumbs.is_empty() && crumbs_room >= 8 {
        let shown = fit(&crumbs, crumbs_room, styles.symbols.ellipsis);
        let rect = Rect::new(
            area.x + title_width as u16 + 2,
            area.y,
            display_width(&shown) as u16,
            1,
        );
        frame.render_widget(Span::styled(shown, styles.key), rect);
        layout.buttons.push((rect, Action::HistoryBack));
    }
    if !notice.is_empty() && notice_width <= area.width {
        let rect = Rect::new(area.right() - notice_width, area.y, notice_width, 1);
        frame.render_widget(Span::styled(notice, styles.notice), rect);
        let action = if problems > 0 {
            Action::OpenProblems
        } else {
            Action::Compare
        };
        if printing.is_none() {
            layout.buttons.push((rect, action));
        }
    }
}

/// Where Back leads and where the visitor came from before that, most
/// recent first: "◂ Assistant Picture Editor ‹ Picture Editor".
fn breadcrumb(app: &App, styles: &Styles) -> String {
    // A role opened from the "What fits me" ranking leads back to it.
    let ranking = app.back_to_fits().then(|| t!("fits-window-title"));
    let names: Vec<String> = ranking
        .into_iter()
        .chain(app.session.history.trail().iter().rev().take(3).filter_map(
            |subject| match *subject {
                Subject::Role(r) => app.lib.roles.get(r).map(|r| r.title().to_string()),
                Subject::Department(d) => app.lib.departments.get(d).map(|d| d.name.clone()),
                Subject::Nothing => None,
            },
        ))
        .take(3)
        .collect();
    if names.is_empty() {
        return String::new();
    }
    format!(
        "{}{}",
        styles.symbols.back,
        crate::clean::clean_line(&names.join(styles.symbols.back_between))
    )
}

/// The keys that do something where the keyboard is, from the key table;
/// the most important are kept when the bar is narrow.
pub fn draw_hints(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    styles: &Styles,
    layout: &mut ScreenLayout,
) {
    type Hint = (String, String, Option<Action>);
    let kiosk = app.settings.kiosk;
    // The comparison's button says what it turns the window into.
    let route_shown = matches!(app.overlay(), Some(Overlay::Compare { path: true, .. }));
    let hints: Vec<(u8, Hint)> = hints_in(&app.layers(), app.session.focus, app.settings.kiosk)
        .into_iter()
        .filter(|h| h.action != Some(Action::Print) || app.can_print())
        .map(|h| {
            let what = if route_shown && h.action == Some(Action::ToggleRoute) {
                t!("bar-compare")
            } else {
                h.what
            };
            // A stray touch on "start over" must lose nothing: it asks.
            let action = match h.action {
                Some(Action::StartOver) if kiosk => Some(Action::AskStartOver),
                other => other,
            };
            (
                h.rank,
                (super::keys::named(&h.key, styles.symbols), what, action),
            )
        })
        .collect();
    let width_of = |(key, what, _): &Hint| display_width(key) + display_width(what) + 3;
    let mut spans = Vec::new();
    let mut x = area.x;
    for hint in fitting(hints, usize::from(area.width), width_of) {
        let width = width_of(&hint) as u16;
        let (key, what, action) = hint;
        spans.push(Span::raw(" "));
        if kiosk {
            // Buttons say what they do; the key is a quiet second label.
            spans.push(Span::styled(capitalised(&what), styles.key));
            spans.push(Span::styled(format!(" {key} "), styles.dim));
        } else {
            spans.push(Span::styled(key, styles.key));
            spans.push(Span::styled(format!(" {what} "), styles.dim));
        }
        if let Some(action) = action {
            layout
                .buttons
                .push((Rect::new(x, area.y, width, 1), action));
        }
        x += width;
    }
    frame.render_widget(Line::from(spans), area);
}

/// Kiosk: the warning of a reset, in a box in the middle of the screen
/// where the visitor is looking, its words wrapped whole at any width; a
/// touch anywhere (or any key) keeps the session and does nothing else.
pub fn draw_countdown(frame: &mut Frame, area: Rect, seconds: u64, styles: &Styles) {
    let lines = vec![
        Line::from(t!("bar-countdown", seconds = seconds)),
        Line::from(t!("countdown-keep")),
    ];
    let width = area.width.saturating_sub(4).min(64);
    let text = Paragraph::new(lines)
        .centered()
        .wrap(Wrap { trim: true })
        .style(styles.notice);
    let height = (text.line_count(width.saturating_sub(4)) as u16 + 2).min(area.height);
    let (_, inner) = centred_box(
        frame,
        area,
        (width, height),
        (styles.notice, styles.notice),
        styles,
    );
    frame.render_widget(
        text,
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(2),
            inner.height,
        ),
    );
}

/// Kiosk: "Start over?" asked once a touch on "Start over" came, so that a
/// stray touch loses nothing: Yes, or No (a touch elsewhere is No too).
pub fn draw_start_over(frame: &mut Frame, area: Rect, styles: &Styles, layout: &mut ScreenLayout) {
    let yes = format!(" {} ", t!("start-over-yes"));
    let no = format!(" {} ", t!("start-over-no"));
    let buttons_width = (display_width(&yes) + display_width(&no) + 4) as u16;
    let width = area
        .width
        .saturating_sub(4)
        .min(64)
        .max(buttons_width.min(area.width));
    let question = Paragraph::new(Line::from(t!("start-over-ask")))
        .centered()
        .wrap(Wrap { trim: true });
    let text_height = question.line_count(width.saturating_sub(4)) as u16;
    let height = (text_height + 5).min(area.height);
    let (rect, inner) = centred_box(
        frame,
        area,
        (width, height),
        (styles.border_focused, styles.base),
        styles,
    );
    frame.render_widget(
        question,
        Rect::new(
            inner.x + 1,
            inner.y + 1,
            inner.width.saturating_sub(2),
            text_height,
        ),
    );
    let y = inner.y + 1 + text_height + 1;
    if y >= inner.bottom() {
        return;
    }
    let mut x = inner.x + inner.width.saturating_sub(buttons_width) / 2;
    for (label, action) in [(yes, Action::StartOver), (no, Action::Back)] {
        let w = display_width(&label) as u16;
        let button = Rect::new(x, y, w, 1).intersection(inner);
        frame.render_widget(Span::styled(label, styles.key), button);
        layout.buttons.insert(0, (button, action));
        x += w + 4;
    }
    layout.overlay = Some(rect);
}

/// `text` with its first letter a capital: a button's label.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// A box of `width` × `height` in the middle of `area`, drawn over what is
/// there, with its `border` and `fill` styles; the box and the room
/// inside it.
fn centred_box(
    frame: &mut Frame,
    area: Rect,
    (width, height): (u16, u16),
    (border, fill): (Style, Style),
    styles: &Styles,
) -> (Rect, Rect) {
    let rect = Rect::new(
        area.x + area.width.saturating_sub(width) / 2,
        area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(styles.symbols.border_focused)
        .border_style(border)
        .style(fill);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    (rect, inner)
}
