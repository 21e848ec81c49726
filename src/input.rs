//! Terminal input: the bytes a terminal sends, turned into key, mouse, paste
//! and focus events. A key is the same event however the terminal sends
//! it: as its own bytes, or by code point (CSI u, xterm's
//! modifyOtherKeys). A pure state machine, fed bytes as they arrive and told
//! when time has passed, so that no input can leave it waiting forever: a
//! lone Esc becomes the Esc key, an unfinished escape sequence is dropped, and
//! a paste whose end never comes ends on its own.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// How long an unfinished sequence may wait for the rest of its bytes. A
/// terminal sends a sequence in one write, so anything slower is a person.
pub const SEQUENCE_WAIT_MS: u64 = 40;
/// How long a paste may pause before it is taken as finished without its
/// end marker.
pub const PASTE_WAIT_MS: u64 = 250;
/// An escape sequence longer than this is garbage and is dropped.
const MAX_SEQUENCE: usize = 64;
/// A paste longer than this is cut; the rest is read and dropped.
const MAX_PASTE: usize = 64 * 1024;

const PASTE_END: &[u8] = b"\x1b[201~";

/// The decoder between bytes and events.
#[derive(Debug, Default)]
pub struct Decoder {
    /// Bytes of an unfinished key, sequence or UTF-8 character.
    pending: Vec<u8>,
    /// Inside a bracketed paste: what was pasted so far.
    paste: Option<Vec<u8>>,
    /// The last bytes of a paste, to find its end marker even past the cap.
    tail: Vec<u8>,
    /// When the last bytes were read, for [`Decoder::feed_at`].
    last_read: Option<Instant>,
}

/// What the decoder is waiting for, so the caller knows how long to wait
/// before calling [`Decoder::time_passed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    Nothing,
    /// The rest of an escape sequence or character.
    Sequence,
    /// The rest of a paste.
    Paste,
}

impl Decoder {
    pub fn waiting(&self) -> Waiting {
        if self.paste.is_some() {
            Waiting::Paste
        } else if self.pending.is_empty() {
            Waiting::Nothing
        } else {
            Waiting::Sequence
        }
    }

    /// Decodes `bytes`, read from the terminal at `at`, appending the events
    /// they complete to `out`. Reads that queue up while a frame is drawn
    /// reach the decoder together, but what a terminal sends as one sequence
    /// it writes at once: bytes read longer than [`SEQUENCE_WAIT_MS`] after
    /// an unfinished sequence (or [`PASTE_WAIT_MS`] into a paste) settle it
    /// first, so Esc then q typed apart stay two keys, not Alt-q.
    pub fn feed_at(&mut self, bytes: &[u8], at: Instant, out: &mut Vec<Event>) {
        let gap = self
            .last_read
            .map_or(Duration::ZERO, |last| at.saturating_duration_since(last));
        let settle = match self.waiting() {
            Waiting::Nothing => false,
            Waiting::Sequence => gap >= Duration::from_millis(SEQUENCE_WAIT_MS),
            Waiting::Paste => gap >= Duration::from_millis(PASTE_WAIT_MS),
        };
        if settle {
            self.time_passed(out);
        }
        self.last_read = Some(at);
        self.feed(bytes, out);
    }

    /// Decodes `bytes`, appending the events they complete to `out`, as if
    /// they came straight after what was fed before.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Event>) {
        for &b in bytes {
            // Inside a paste, a key no pasted text holds (Ctrl-C, the staff
            // chord's Esc and Ctrl-X) means the paste is over: it never
            // swallows them, not even for a moment.
            if self.paste.is_some() && self.ends_paste(b) {
                let after_esc = self.tail.last() == Some(&0x1b);
                if let Some(paste) = &mut self.paste
                    && after_esc
                {
                    paste.pop();
                }
                self.end_paste(out);
                if after_esc {
                    self.pending.push(0x1b);
                }
                self.pending.push(b);
                self.decode_pending(out, false);
                continue;
            }
            if let Some(paste) = &mut self.paste {
                if paste.len() < MAX_PASTE + PASTE_END.len() {
                    paste.push(b);
                }
                self.tail.push(b);
                if self.tail.len() > PASTE_END.len() {
                    self.tail.remove(0);
                }
                if self.tail == PASTE_END {
                    if paste.ends_with(PASTE_END) {
                        paste.truncate(paste.len() - PASTE_END.len());
                    }
                    self.end_paste(out);
                }
                continue;
            }
            self.pending.push(b);
            self.decode_pending(out, false);
        }
    }

    /// Whether byte `b`, inside a paste, cannot be pasted text: a control
    /// character other than a line break or tab, or anything but '[' right
    /// after an Esc (the start of the end marker).
    fn ends_paste(&self, b: u8) -> bool {
        let after_esc = self.tail.last() == Some(&0x1b);
        if after_esc {
            return b != b'[';
        }
        b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x1b)
    }

    /// Time passed with no new bytes: whatever is unfinished is settled. A
    /// lone Esc is the Esc key, Esc and one byte is Alt and that key, any
    /// other unfinished sequence is dropped, and a paste ends with what came.
    pub fn time_passed(&mut self, out: &mut Vec<Event>) {
        if self.paste.is_some() {
            self.end_paste(out);
        }
        if !self.pending.is_empty() {
            self.decode_pending(out, true);
            self.pending.clear();
        }
    }

    fn end_paste(&mut self, out: &mut Vec<Event>) {
        self.tail.clear();
        if let Some(mut paste) = self.paste.take() {
            paste.truncate(MAX_PASTE);
            out.push(Event::Paste(String::from_utf8_lossy(&paste).into_owned()));
        }
    }

    /// Decodes as much of `pending` as forms complete events; with `final`,
    /// nothing more will come for what is left.
    fn decode_pending(&mut self, out: &mut Vec<Event>, last: bool) {
        loop {
            if self.pending.is_empty() {
                return;
            }
            match decode(&self.pending, last) {
                Step::Need => {
                    if self.pending.len() > MAX_SEQUENCE {
                        self.pending.clear();
                    }
                    return;
                }
                Step::Done(used, event) => {
                    self.pending.drain(..used);
                    match event {
                        Some(Found::Event(e)) => out.push(e),
                        Some(Found::PasteStart) => {
                            self.paste = Some(Vec::new());
                            // What followed the marker in this read is pasted.
                            let rest = std::mem::take(&mut self.pending);
                            self.feed(&rest, out);
                            return;
                        }
                        None => {}
                    }
                }
            }
        }
    }
}

enum Found {
    Event(Event),
    PasteStart,
}

enum Step {
    /// More bytes are needed.
    Need,
    /// So many bytes were used, giving this (or nothing: ignored input).
    Done(usize, Option<Found>),
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Option<Found> {
    Some(Found::Event(Event::Key(KeyEvent::new(code, modifiers))))
}

/// Decodes the first event of `bytes`. With `last`, the bytes are all there
/// will be: an incomplete start is settled instead of waited on.
fn decode(bytes: &[u8], last: bool) -> Step {
    let none = KeyModifiers::NONE;
    match bytes[0] {
        0x1b => decode_escape(bytes, last),
        b'\r' | b'\n' => Step::Done(1, key(KeyCode::Enter, none)),
        b'\t' => Step::Done(1, key(KeyCode::Tab, none)),
        0x7f | 0x08 => Step::Done(1, key(KeyCode::Backspace, none)),
        0x00 => Step::Done(1, key(KeyCode::Char(' '), KeyModifiers::CONTROL)),
        b @ 0x01..=0x1a => Step::Done(
            1,
            key(KeyCode::Char((b'a' + b - 1) as char), KeyModifiers::CONTROL),
        ),
        b @ 0x1c..=0x1f => Step::Done(
            1,
            key(
                KeyCode::Char((b'4' + b - 0x1c) as char),
                KeyModifiers::CONTROL,
            ),
        ),
        _ => decode_char(bytes, last, none),
    }
}

/// One UTF-8 character.
fn decode_char(bytes: &[u8], last: bool, modifiers: KeyModifiers) -> Step {
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        // A stray continuation byte: drop it.
        _ => return Step::Done(1, None),
    };
    if bytes.len() < len {
        return if last {
            Step::Done(bytes.len(), None)
        } else {
            Step::Need
        };
    }
    match std::str::from_utf8(&bytes[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let modifiers = if c.is_uppercase() {
                modifiers | KeyModifiers::SHIFT
            } else {
                modifiers
            };
            Step::Done(len, key(KeyCode::Char(c), modifiers))
        }
        None => Step::Done(1, None),
    }
}

fn decode_escape(bytes: &[u8], last: bool) -> Step {
    let Some(&second) = bytes.get(1) else {
        return if last {
            Step::Done(1, key(KeyCode::Esc, KeyModifiers::NONE))
        } else {
            Step::Need
        };
    };
    match second {
        b'[' => match decode_csi(bytes) {
            Step::Need if last => {
                // Esc and '[' typed as Alt-[, then nothing that ends a
                // sequence: the key itself, and the rest as typed.
                if bytes.len() == 2 {
                    Step::Done(2, key(KeyCode::Char('['), KeyModifiers::ALT))
                } else {
                    Step::Done(bytes.len(), None)
                }
            }
            step => step,
        },
        b'O' => match bytes.get(2) {
            None if last => Step::Done(2, key(KeyCode::Char('O'), KeyModifiers::ALT)),
            None => Step::Need,
            Some(&c) => Step::Done(3, ss3(c).and_then(|code| key(code, KeyModifiers::NONE))),
        },
        0x1b => Step::Done(1, key(KeyCode::Esc, KeyModifiers::NONE)),
        _ => match decode(&bytes[1..], last) {
            Step::Need => Step::Need,
            Step::Done(used, Some(Found::Event(Event::Key(mut k)))) => {
                k.modifiers |= KeyModifiers::ALT;
                Step::Done(used + 1, Some(Found::Event(Event::Key(k))))
            }
            Step::Done(used, _) => Step::Done(used + 1, None),
        },
    }
}

/// Keys sent as Esc O and a letter (application cursor keys, F1–F4).
fn ss3(c: u8) -> Option<KeyCode> {
    Some(match c {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// A control sequence: Esc [, parameters, a final byte.
fn decode_csi(bytes: &[u8]) -> Step {
    // X10 mouse: Esc [ M and three raw bytes.
    if bytes.get(2) == Some(&b'M') {
        if bytes.len() < 6 {
            return Step::Need;
        }
        let (b, x, y) = (bytes[3], bytes[4], bytes[5]);
        let found = mouse(
            u16::from(b.saturating_sub(32)),
            u16::from(x.saturating_sub(32)),
            u16::from(y.saturating_sub(32)),
            true,
        );
        return Step::Done(6, found);
    }
    let Some(end) = bytes[2..]
        .iter()
        .position(|b| (0x40..=0x7e).contains(b))
        .map(|i| i + 2)
    else {
        return Step::Need;
    };
    let used = end + 1;
    if bytes[2..end].iter().any(|b| !(0x20..=0x3f).contains(b)) {
        // Not a well-formed sequence: drop what was read of it.
        return Step::Done(used, None);
    }
    let params = &bytes[2..end];
    let final_byte = bytes[end];
    if params.first() == Some(&b'<') {
        let n = numbers(&params[1..]);
        let found = match n.as_slice() {
            [b, x, y] if matches!(final_byte, b'M' | b'm') => mouse(*b, *x, *y, final_byte == b'M'),
            _ => None,
        };
        return Step::Done(used, found);
    }
    // `1;5A`: the key's number, then its modifiers; kitty's keyboard
    // protocol adds parts after colons (`97:65;2:1u`).
    let fields = fields(params);
    let part = |field: usize, at: usize| fields.get(field).and_then(|f| f.get(at)).copied();
    let modifiers = part(1, 0).map_or(KeyModifiers::NONE, modifier_bits);
    let kind = event_kind(part(1, 1));
    let pressed = |code| {
        Some(Found::Event(Event::Key(KeyEvent::new_with_kind(
            code, modifiers, kind,
        ))))
    };
    let found = match final_byte {
        b'A' => pressed(KeyCode::Up),
        b'B' => pressed(KeyCode::Down),
        b'C' => pressed(KeyCode::Right),
        b'D' => pressed(KeyCode::Left),
        b'H' => pressed(KeyCode::Home),
        b'F' => pressed(KeyCode::End),
        b'Z' => key(KeyCode::BackTab, KeyModifiers::SHIFT),
        b'P'..=b'S' => ss3(final_byte).and_then(pressed),
        b'I' => Some(Found::Event(Event::FocusGained)),
        b'O' => Some(Found::Event(Event::FocusLost)),
        // CSI u (fixterms, kitty): the key's Unicode code point, and with
        // Shift, kitty may give the shifted key after a colon.
        b'u' => part(0, 0).and_then(|code| code_point_key(code, part(0, 1), modifiers, kind)),
        b'~' => match part(0, 0).unwrap_or(0) {
            // xterm's modifyOtherKeys: 27, the modifiers, the code point.
            27 => part(2, 0).and_then(|code| code_point_key(code, None, modifiers, kind)),
            200 => Some(Found::PasteStart),
            1 | 7 => pressed(KeyCode::Home),
            2 => pressed(KeyCode::Insert),
            3 => pressed(KeyCode::Delete),
            4 | 8 => pressed(KeyCode::End),
            5 => pressed(KeyCode::PageUp),
            6 => pressed(KeyCode::PageDown),
            f @ 11..=15 => pressed(KeyCode::F((f - 10) as u8)),
            f @ 17..=21 => pressed(KeyCode::F((f - 11) as u8)),
            f @ 23..=24 => pressed(KeyCode::F((f - 12) as u8)),
            _ => None,
        },
        _ => None,
    };
    Step::Done(used, found)
}

/// The `;`-separated fields of a sequence's parameters, each with its
/// `:`-separated numbers (a missing number as 0).
fn fields(params: &[u8]) -> Vec<Vec<u32>> {
    params
        .split(|&b| b == b';')
        .map(|field| {
            field
                .split(|&b| b == b':')
                .map(|digits| {
                    digits
                        .iter()
                        .filter(|b| b.is_ascii_digit())
                        .fold(0u32, |n, &d| {
                            n.saturating_mul(10).saturating_add(u32::from(d - b'0'))
                        })
                })
                .collect()
        })
        .collect()
}

/// The numbers of `1;5`-style parameters (missing ones as 0).
fn numbers(params: &[u8]) -> Vec<u16> {
    fields(params)
        .iter()
        .map(|field| {
            let n = field.first().copied().unwrap_or(0);
            u16::try_from(n).unwrap_or(u16::MAX)
        })
        .collect()
}

/// The modifier parameter of xterm and kitty: 1 + (Shift 1, Alt 2, Ctrl 4,
/// Super 8, Hyper 16, Meta 32); Caps Lock (64) and Num Lock (128) are not
/// keys held and are left out.
fn modifier_bits(m: u32) -> KeyModifiers {
    let bits = m.saturating_sub(1);
    [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
        (8, KeyModifiers::SUPER),
        (16, KeyModifiers::HYPER),
        (32, KeyModifiers::META),
    ]
    .into_iter()
    .filter(|(bit, _)| bits & bit != 0)
    .fold(KeyModifiers::NONE, |out, (_, modifier)| out | modifier)
}

/// kitty's event type: 1 (or none) a press, 2 a repeat, 3 a release.
fn event_kind(kind: Option<u32>) -> KeyEventKind {
    match kind {
        Some(2) => KeyEventKind::Repeat,
        Some(3) => KeyEventKind::Release,
        _ => KeyEventKind::Press,
    }
}

/// A key given by its Unicode code point, as CSI u and modifyOtherKeys send
/// it, as the event the same key sends without them: Ctrl-F is `f` with
/// Ctrl, whether it came as the byte 6 or as `CSI 102;5u`. A letter with
/// Shift is the capital letter (or the shifted key, where kitty gives it:
/// Shift-1 is `!` only then), as typing it plainly gives. Keys a program
/// only hears of when it asks kitty for every key (Shift or Caps Lock
/// alone, media keys) are dropped: they would count as "any key".
fn code_point_key(
    code: u32,
    shifted: Option<u32>,
    modifiers: KeyModifiers,
    kind: KeyEventKind,
) -> Option<Found> {
    let shift = modifiers.contains(KeyModifiers::SHIFT);
    let mut modifiers = modifiers;
    let code = match code {
        27 => KeyCode::Esc,
        13 | 10 => KeyCode::Enter,
        9 if shift => KeyCode::BackTab,
        9 => KeyCode::Tab,
        127 | 8 => KeyCode::Backspace,
        57_344.. => kitty_key(code)?,
        _ => {
            let c = char::from_u32(code).filter(|c| !c.is_control())?;
            let c = match shifted.filter(|&s| s != 0).and_then(char::from_u32) {
                Some(shifted) if shift => shifted,
                _ if shift => capital(c),
                _ => c,
            };
            // Shift is in the character now; it stays only on a capital,
            // as with a character typed plainly.
            modifiers.set(KeyModifiers::SHIFT, c.is_uppercase());
            KeyCode::Char(c)
        }
    };
    Some(Found::Event(Event::Key(KeyEvent::new_with_kind(
        code, modifiers, kind,
    ))))
}

/// The capital of a letter (`g` → `G`), or the character itself.
fn capital(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// kitty's own code points for keys Unicode has none for: F13 to F35 and
/// the keypad's keys, as the keys they stand for.
fn kitty_key(code: u32) -> Option<KeyCode> {
    let keypad = |c: char| Some(KeyCode::Char(c));
    match code {
        57_376..=57_398 => u8::try_from(code - 57_376 + 13).ok().map(KeyCode::F),
        57_399..=57_408 => char::from_digit(code - 57_399, 10).and_then(keypad),
        57_409 => keypad('.'),
        57_410 => keypad('/'),
        57_411 => keypad('*'),
        57_412 => keypad('-'),
        57_413 => keypad('+'),
        57_414 => Some(KeyCode::Enter),
        57_415 => keypad('='),
        57_416 => keypad(','),
        57_417 => Some(KeyCode::Left),
        57_418 => Some(KeyCode::Right),
        57_419 => Some(KeyCode::Up),
        57_420 => Some(KeyCode::Down),
        57_421 => Some(KeyCode::PageUp),
        57_422 => Some(KeyCode::PageDown),
        57_423 => Some(KeyCode::Home),
        57_424 => Some(KeyCode::End),
        57_425 => Some(KeyCode::Insert),
        57_426 => Some(KeyCode::Delete),
        _ => None,
    }
}

/// A mouse report: button code, 1-based column and row.
fn mouse(b: u16, x: u16, y: u16, pressed: bool) -> Option<Found> {
    let mut modifiers = KeyModifiers::NONE;
    if b & 4 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if b & 8 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if b & 16 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    let button = match b & 3 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        _ => MouseButton::Right,
    };
    let kind = if b & 64 != 0 {
        match b & 3 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if b & 32 != 0 {
        if b & 3 == 3 {
            MouseEventKind::Moved
        } else {
            MouseEventKind::Drag(button)
        }
    } else if !pressed || b & 3 == 3 {
        MouseEventKind::Up(button)
    } else {
        MouseEventKind::Down(button)
    };
    Some(Found::Event(Event::Mouse(MouseEvent {
        kind,
        column: x.saturating_sub(1),
        row: y.saturating_sub(1),
        modifiers,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(chunks: &[&[u8]]) -> Vec<Event> {
        let mut d = Decoder::default();
        let mut out = Vec::new();
        for chunk in chunks {
            d.feed(chunk, &mut out);
            if d.waiting() != Waiting::Nothing {
                // Each chunk stands for a separate read, far apart in time.
                d.time_passed(&mut out);
            }
        }
        out
    }

    fn k(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    fn plain(c: char) -> Event {
        k(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn keys_arrive_as_terminals_send_them() {
        let none = KeyModifiers::NONE;
        let table: &[(&[u8], Event)] = &[
            (b"q", plain('q')),
            (b"G", k(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            ("é".as_bytes(), plain('é')),
            (b"\r", k(KeyCode::Enter, none)),
            (b"\x7f", k(KeyCode::Backspace, none)),
            (b"\x03", k(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            (b"\x1c", k(KeyCode::Char('4'), KeyModifiers::CONTROL)),
            (b"\x1b", k(KeyCode::Esc, none)),
            (b"\x1b[A", k(KeyCode::Up, none)),
            (b"\x1bOB", k(KeyCode::Down, none)),
            (b"\x1b[1;3D", k(KeyCode::Left, KeyModifiers::ALT)),
            (b"\x1b[5~", k(KeyCode::PageUp, none)),
            (b"\x1b[3~", k(KeyCode::Delete, none)),
            (b"\x1b[Z", k(KeyCode::BackTab, KeyModifiers::SHIFT)),
            (b"\x1bx", k(KeyCode::Char('x'), KeyModifiers::ALT)),
            (
                b"\x1b\x18",
                k(
                    KeyCode::Char('x'),
                    KeyModifiers::ALT | KeyModifiers::CONTROL,
                ),
            ),
            (b"\x1b[I", Event::FocusGained),
        ];
        for (bytes, want) in table {
            assert_eq!(events(&[bytes]), vec![want.clone()], "{bytes:?}");
        }
    }

    #[test]
    fn keys_sent_by_code_point_are_the_keys_sent_plainly() {
        // CSI u (kitty, fixterms, xterm's formatOtherKeys) and xterm's
        // modifyOtherKeys, beside the bytes the same key sends without them.
        let table: &[(&[u8], &[u8])] = &[
            (b"\x1b[102;5u", b"\x06"),
            (b"\x1b[27;5;102~", b"\x06"),
            (b"\x1b[99;5u", b"\x03"),
            (b"\x1b[114;5u", b"\x12"),
            (b"\x1b[13u", b"\r"),
            (b"\x1b[27;1;13~", b"\r"),
            (b"\x1b[9u", b"\t"),
            (b"\x1b[9;2u", b"\x1b[Z"),
            (b"\x1b[27;2;9~", b"\x1b[Z"),
            (b"\x1b[27u", b"\x1b"),
            (b"\x1b[127u", b"\x7f"),
            (b"\x1b[47u", b"/"),
            (b"\x1b[113u", b"q"),
            (b"\x1b[103;2u", b"G"),
            (b"\x1b[103:71;2u", b"G"),
            (b"\x1b[27;2;71~", b"G"),
            (b"\x1b[49:33;2u", b"!"),
            (b"\x1b[233;2u", "\u{c9}".as_bytes()),
            (b"\x1b[120;3u", b"\x1bx"),
            (b"\x1b[27;3;120~", b"\x1bx"),
            (b"\x1b[120;7u", b"\x1b\x18"),
            (b"\x1b[27;7;120~", b"\x1b\x18"),
            (b"\x1b[57414u", b"\r"),
            (b"\x1b[57401u", b"2"),
            (b"\x1b[57419u", b"\x1b[A"),
            (b"\x1b[97;1:1u", b"a"),
        ];
        for (coded, plain) in table {
            let want = events(&[plain]);
            assert_eq!(want.len(), 1, "{plain:?}");
            assert_eq!(events(&[coded]), want, "{coded:?} as {plain:?}");
        }
        let ctrl_shift_f = k(
            KeyCode::Char('F'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(events(&[b"\x1b[102;6u"]), [ctrl_shift_f]);
        assert_eq!(
            events(&[b"\x1b[57376u"]),
            [k(KeyCode::F(13), KeyModifiers::NONE)]
        );
        assert_eq!(
            events(&[b"\x1b[110;9u"]),
            [k(KeyCode::Char('n'), KeyModifiers::SUPER)]
        );
        // Caps Lock and Num Lock are states, not keys held.
        assert_eq!(events(&[b"\x1b[97;65u"]), events(&[b"a"]));
    }

    #[test]
    fn releases_repeats_and_keys_alone_by_code_point_press_nothing() {
        let release = Event::Key(KeyEvent::new_with_kind(
            KeyCode::Char('a'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        ));
        assert_eq!(events(&[b"\x1b[97;1:3u"]), [release]);
        let repeat = Event::Key(KeyEvent::new_with_kind(
            KeyCode::Down,
            KeyModifiers::NONE,
            KeyEventKind::Repeat,
        ));
        assert_eq!(events(&[b"\x1b[1;1:2B"]), [repeat]);
        // Shift, Caps Lock and a media key alone; a control character; a
        // code point that is none; then a key, which still arrives.
        let got = events(&[
            b"\x1b[57441;2u",
            b"\x1b[57358u",
            b"\x1b[57428u",
            b"\x1b[1;5u",
            b"\x1b[1114112u",
            b"\x1b[55296u",
            b"\x1b[u",
            b"\x1b[27;5~",
            b"q",
        ]);
        assert_eq!(got, [plain('q')]);
    }

    #[test]
    fn mouse_reports_become_clicks_and_wheel_turns() {
        let click = events(&[b"\x1b[<0;11;6M"]);
        assert_eq!(
            click,
            vec![Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: 10,
                row: 5,
                modifiers: KeyModifiers::NONE,
            })]
        );
        let wheel = events(&[b"\x1b[<65;1;1M"]);
        assert!(matches!(
            wheel.as_slice(),
            [Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                ..
            })]
        ));
    }

    #[test]
    fn a_paste_arrives_whole() {
        let got = events(&[b"\x1b[200~dialogue\neditor\x1b[201~q"]);
        assert_eq!(
            got,
            vec![Event::Paste("dialogue\neditor".into()), plain('q')]
        );
        // Split over reads, as a long paste is.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        for chunk in [&b"\x1b[20"[..], b"0~abc", b"def\x1b[2", b"01~"] {
            d.feed(chunk, &mut out);
        }
        assert_eq!(out, vec![Event::Paste("abcdef".into())]);
    }

    #[test]
    fn a_paste_that_never_ends_ends_when_the_bytes_stop() {
        // Alt-[ then "200~" typed in one go, as a visitor can: the start of
        // a paste whose end never comes.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.feed(b"\x1b[200~", &mut out);
        assert_eq!(d.waiting(), Waiting::Paste);
        d.time_passed(&mut out);
        assert_eq!(d.waiting(), Waiting::Nothing);
        d.feed(b"q", &mut out);
        assert_eq!(out, vec![Event::Paste(String::new()), plain('q')]);
    }

    #[test]
    fn a_key_no_paste_holds_ends_the_paste_at_once() {
        // A stray paste start, then Ctrl-C, or the staff chord (Esc Ctrl-X):
        // the key counts, with no wait.
        for (key, want) in [
            (&b"\x03"[..], k(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            (
                &b"\x1b\x18"[..],
                k(
                    KeyCode::Char('x'),
                    KeyModifiers::ALT | KeyModifiers::CONTROL,
                ),
            ),
        ] {
            let mut d = Decoder::default();
            let mut out = Vec::new();
            d.feed(b"\x1b[200~ab", &mut out);
            d.feed(key, &mut out);
            assert_eq!(d.waiting(), Waiting::Nothing, "{key:?}");
            assert_eq!(out, vec![Event::Paste("ab".into()), want], "{key:?}");
        }
        // Line breaks and tabs are pasted text.
        let got = events(&[b"\x1b[200~a\r\nb\tc\x1b[201~"]);
        assert_eq!(got, vec![Event::Paste("a\r\nb\tc".into())]);
    }

    #[test]
    fn alt_bracket_typed_slowly_is_keys_not_a_paste() {
        let got = events(&[b"\x1b[", b"2", b"0", b"0", b"~", b"q"]);
        assert_eq!(
            got,
            vec![
                k(KeyCode::Char('['), KeyModifiers::ALT),
                plain('2'),
                plain('0'),
                plain('0'),
                plain('~'),
                plain('q')
            ]
        );
    }

    #[test]
    fn garbage_is_dropped_and_never_blocks_what_follows() {
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 200));
        let got = events(&[&long, b"q"]);
        assert_eq!(got.last(), Some(&plain('q')));
        assert_eq!(events(&[b"\xff\xfeq"]), vec![plain('q')]);
        let huge = vec![b'x'; 200_000];
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.feed(b"\x1b[200~", &mut out);
        d.feed(&huge, &mut out);
        d.feed(b"\x1b[201~q", &mut out);
        match out.as_slice() {
            [Event::Paste(p), q] => {
                assert_eq!(p.len(), MAX_PASTE);
                assert_eq!(q, &plain('q'));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn keys_read_apart_stay_apart_however_late_they_are_decoded() {
        let t0 = Instant::now();
        let ms = |n: u64| t0 + Duration::from_millis(n);
        // Esc, then q a moment later: both were queued behind a slow frame
        // and are decoded together.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.feed_at(b"\x1b", ms(0), &mut out);
        d.feed_at(b"q", ms(120), &mut out);
        d.time_passed(&mut out);
        assert_eq!(out, [k(KeyCode::Esc, KeyModifiers::NONE), plain('q')]);
        // Alt-q, split over two reads of one write.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.feed_at(b"\x1b", ms(0), &mut out);
        d.feed_at(b"q", ms(1), &mut out);
        assert_eq!(out, [k(KeyCode::Char('q'), KeyModifiers::ALT)]);
        // An arrow key split the same way is still an arrow key.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.feed_at(b"\x1b[", ms(0), &mut out);
        d.feed_at(b"A", ms(2), &mut out);
        assert_eq!(out, [k(KeyCode::Up, KeyModifiers::NONE)]);
        // A paste whose end marker never came ends before keys typed later.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.feed_at(b"\x1b[200~hello", ms(0), &mut out);
        d.feed_at(b"x", ms(1_000), &mut out);
        d.time_passed(&mut out);
        assert_eq!(out, [Event::Paste("hello".into()), plain('x')]);
    }

    #[test]
    fn any_bytes_decode_without_panic_and_never_stay_pending() {
        let mut seed = 7u64;
        for _ in 0..2_000 {
            let mut bytes = Vec::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let choices = b"\x1b[O<;:0123M~mAIZu\x7f\r a\xc3\xa9\xff";
                bytes.push(choices[(seed % choices.len() as u64) as usize]);
            }
            let mut d = Decoder::default();
            let mut out = Vec::new();
            d.feed(&bytes, &mut out);
            d.time_passed(&mut out);
            assert_eq!(d.waiting(), Waiting::Nothing, "{bytes:?}");
        }
    }
}
