//! The kiosk's on-screen keyboard under the search box, for visitors with
//! only a touch screen: large keys in rows, as on a ticket machine, with a
//! space bar, backspace and clear, and the accented letters French needs
//! when the kiosk speaks French.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::Styles;
use super::cells::display_width;
use crate::app::{Action, Edit, ScreenLayout};
use crate::i18n::Lang;
use crate::t;

/// A key and what a touch on it types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub label: String,
    pub edit: Edit,
    /// How many letter keys wide it is.
    pub span: u16,
}

impl Key {
    fn letter(c: char) -> Key {
        Key {
            label: c.to_string(),
            edit: Edit::Insert(c),
            span: 1,
        }
    }
}

/// The most keys in one row, which sets a key's width.
const WIDEST_ROW: u16 = 12;
/// A key is never narrower than this, so a fingertip finds it.
const MIN_KEY: u16 = 3;
/// Nor wider: past this a row only grows harder to reach across.
const MAX_KEY: u16 = 7;

/// The rows of keys, top first, for `lang`.
pub fn rows(lang: Lang) -> Vec<Vec<Key>> {
    let letters = |s: &str| s.chars().map(Key::letter).collect::<Vec<_>>();
    let mut rows = vec![
        letters("qwertyuiop"),
        letters("asdfghjkl'"),
        letters("zxcvbnm-"),
    ];
    if lang == Lang::Fr {
        rows.push(letters("éèêàâçôîûëïù"));
    }
    rows.push(vec![
        Key {
            label: t!("keyboard-space"),
            edit: Edit::Insert(' '),
            span: 5,
        },
        Key {
            label: t!("keyboard-backspace"),
            edit: Edit::Backspace,
            span: 3,
        },
        Key {
            label: t!("keyboard-clear"),
            edit: Edit::Clear,
            span: 3,
        },
    ]);
    rows
}

/// The width of one letter key in `width` columns, gaps included.
fn key_width(width: u16) -> u16 {
    (width / WIDEST_ROW)
        .saturating_sub(1)
        .clamp(MIN_KEY, MAX_KEY)
}

/// Rows the keyboard takes in an area `width` × `room` rows: its key
/// rows, with a blank row between them where there is room for that
/// (half the room at most); nothing where it does not fit.
pub fn height(lang: Lang, width: u16, room: u16) -> u16 {
    let n = rows(lang).len() as u16;
    let widest = WIDEST_ROW * (key_width(width) + 1);
    if widest > width + 1 || n * 2 + 4 > room {
        return 0;
    }
    if (2 * n - 1) * 2 <= room {
        2 * n - 1
    } else {
        n
    }
}

/// Draws the keyboard in `area` (as tall as [`height`] said), centred,
/// each key a button that types into the search box.
pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, styles: &Styles, layout: &mut ScreenLayout) {
    let rows = rows(lang);
    let n = rows.len() as u16;
    if area.height < n {
        return;
    }
    let gap = u16::from(area.height >= 2 * n - 1);
    let unit = key_width(area.width);
    let mut y = area.y;
    for row in rows {
        let widths: Vec<u16> = row
            .iter()
            .map(|k| {
                let w = k.span * (unit + 1) - 1;
                w.max(display_width(&k.label) as u16 + 2)
            })
            .collect();
        let total: u16 = widths.iter().sum::<u16>() + widths.len() as u16 - 1;
        let mut x = area.x + area.width.saturating_sub(total) / 2;
        for (key, w) in row.into_iter().zip(widths) {
            let rect = Rect::new(x, y, w, 1).intersection(area);
            frame.render_widget(Span::styled(centred(&key.label, w), styles.key), rect);
            layout.buttons.push((rect, Action::Edit(key.edit)));
            x += w + 1;
        }
        y += 1 + gap;
    }
}

/// `label` in the middle of `width` columns.
fn centred(label: &str, width: u16) -> String {
    let w = display_width(label);
    let width = usize::from(width);
    let left = width.saturating_sub(w) / 2;
    let right = width.saturating_sub(w + left);
    format!("{}{label}{}", " ".repeat(left), " ".repeat(right))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_has_its_accented_letters_and_english_none() {
        let typed = |lang| -> String {
            rows(lang)
                .into_iter()
                .flatten()
                .filter_map(|k| match k.edit {
                    Edit::Insert(c) => Some(c),
                    _ => None,
                })
                .collect()
        };
        for c in ['é', 'è', 'à', 'ç', 'ê', 'ô'] {
            assert!(typed(Lang::Fr).contains(c), "{c}");
            assert!(!typed(Lang::En).contains(c), "{c}");
        }
        for lang in Lang::ALL {
            assert!(typed(lang).contains(' '));
            assert!(
                rows(lang)
                    .iter()
                    .flatten()
                    .any(|k| k.edit == Edit::Backspace)
            );
            assert!(rows(lang).iter().flatten().any(|k| k.edit == Edit::Clear));
        }
    }

    #[test]
    fn keys_are_never_narrower_than_a_fingertip() {
        for width in [60, 76, 80, 100, 160] {
            assert!(key_width(width) >= MIN_KEY, "{width}");
        }
        assert_eq!(height(Lang::En, 20, 40), 0, "no room: no keyboard");
    }
}
