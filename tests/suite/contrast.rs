//! Every cell the tree, the search results and the lists draw reads, on a
//! dark and a light terminal, including where the terminal shows bold as
//! bright (xterm inside tmux, the Linux console the kiosk service runs on):
//! not only the theme's own pairs, but the styles as they combine on
//! screen (a selection over a bold title).

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::common::{draw, with_app};
use crewpath::app::{Action, App, Edit, Pane, Settings, Theme};
use crewpath::library::load_embedded;
use crewpath::ui::Styles;

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

/// What a terminal that shows bold as bright draws for `color`.
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

/// A dark and a light terminal: its own (foreground, background).
const TERMINALS: [(Rgb, Rgb); 2] = [
    ((0xe5, 0xe5, 0xe5), (0x00, 0x00, 0x00)),
    ((0x00, 0x00, 0x00), (0xff, 0xff, 0xff)),
];

/// Every cell with text whose colours do not read, as "row,col 'x': why".
fn unreadable(buffer: &Buffer) -> Vec<String> {
    let mut bad = Vec::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            if cell.symbol().trim().is_empty() {
                continue;
            }
            let (mut fg, mut bg) = (cell.fg, cell.bg);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            if fg == Color::Reset && bg == Color::Reset {
                continue;
            }
            let bold = cell.modifier.contains(Modifier::BOLD);
            for (term_fg, term_bg) in TERMINALS {
                let colour = |c: Color, default: Rgb| match c {
                    Color::Reset => Some(default),
                    c => rgb(c),
                };
                for shown_fg in [fg, if bold { brightened(fg) } else { fg }] {
                    let (Some(f), Some(b)) = (colour(shown_fg, term_fg), colour(bg, term_bg))
                    else {
                        bad.push(format!("{y},{x}: a colour outside the palette"));
                        continue;
                    };
                    let ratio = contrast(f, b);
                    if ratio < 4.5 {
                        bad.push(format!(
                            "{y},{x} '{}': {shown_fg:?} on {bg:?}{} is {ratio:.2}:1",
                            cell.symbol(),
                            if bold { " (bold)" } else { "" }
                        ));
                    }
                }
            }
        }
    }
    bad.dedup();
    bad
}

/// The screens whose styles combine: a selected department (a bold title)
/// in the tree, a chosen search result with highlighted letters, the
/// skills and ladder lists, "What fits me" with a skill picked, and the
/// welcome with a button focused.
fn screens(theme: Theme) -> Vec<(&'static str, Buffer)> {
    let loaded = load_embedded();
    let mut shown = Vec::new();
    let settings = Settings {
        theme,
        ..Settings::default()
    };
    with_app(&loaded, settings.clone(), |app: &mut App| {
        shown.push(("tree", draw(app, 100, 30)));
        app.update(Action::OpenSearch);
        for c in "editor".chars() {
            app.update(Action::Edit(Edit::Insert(c)));
        }
        shown.push(("search results", draw(app, 100, 30)));
        app.update(Action::OpenChosen);
        app.update(Action::Focus(Pane::Skills));
        shown.push(("skills", draw(app, 100, 30)));
        app.update(Action::Focus(Pane::Ladder));
        shown.push(("ladder", draw(app, 100, 30)));
        app.update(Action::OpenFits);
        app.update(Action::Toggle);
        shown.push(("what fits me", draw(app, 100, 30)));
    });
    let kiosk = Settings {
        kiosk: true,
        ..settings
    };
    with_app(&loaded, kiosk, |app: &mut App| {
        app.update(Action::Down);
        shown.push(("welcome", draw(app, 100, 30)));
    });
    shown
}

/// The colour of `c` on a terminal whose own colour is `default`.
fn colour(c: Option<Color>, default: Rgb) -> Option<Rgb> {
    match c {
        None | Some(Color::Reset) => Some(default),
        Some(c) => rgb(c),
    }
}

#[test]
fn every_colour_pair_of_every_theme_reads_on_dark_and_light_terminals() {
    for theme in [Theme::Default, Theme::HighContrast, Theme::Monochrome] {
        let styles = Styles::for_theme(theme);
        for (name, style) in styles
            .all()
            .into_iter()
            .chain([("selected (unfocused)", styles.unfocused().selected)])
        {
            for (term_fg, term_bg) in TERMINALS {
                let bg = style.bg.or(styles.base.bg);
                let fg = style.fg.or(styles.base.fg);
                // xterm (inside tmux, or with boldColors) and the Linux
                // console show bold text in colours 0–7 as 8–15.
                let bold = style.add_modifier.contains(Modifier::BOLD);
                let renderings = [fg, if bold { fg.map(brightened) } else { fg }];
                for (rendering, fg) in ["plain", "bold as bright"].iter().zip(renderings) {
                    let (Some(fg), Some(bg)) = (colour(fg, term_fg), colour(bg, term_bg)) else {
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
fn every_styled_cell_of_the_tree_results_and_lists_reads_with_bold_as_bright() {
    for theme in [Theme::Default, Theme::HighContrast, Theme::Monochrome] {
        for (name, buffer) in screens(theme) {
            let bad = unreadable(&buffer);
            assert!(
                bad.is_empty(),
                "{theme:?} {name}: {} cells do not read, such as:\n{}",
                bad.len(),
                bad.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
            );
        }
    }
}

#[test]
fn the_cell_check_finds_grey_on_cyan() {
    let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 1, 1));
    buffer[(0, 0)]
        .set_symbol("x")
        .set_fg(Color::Black)
        .set_bg(Color::Cyan)
        .modifier = Modifier::BOLD;
    assert!(!unreadable(&buffer).is_empty());
    buffer[(0, 0)].modifier = Modifier::empty();
    assert!(unreadable(&buffer).is_empty());
}
