//! Every key binding in one table, by layer (`table.rs`): the keys, who
//! they are for, what they do and how they are described. The key map
//! routes a key through the layers in use, top first; the help window and
//! every hint on screen read the same layers, so none of them can list a
//! key that does nothing where it is shown.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Pane};

mod table;

/// One key as a terminal sends it, or a kind of key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A character typed without Ctrl or Alt (Shift is part of the char).
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// Ctrl and a key that is not a character.
    CtrlCode(KeyCode),
    /// Alt and a key.
    Alt(KeyCode),
    /// A key that is not a character, without modifiers.
    Code(KeyCode),
    /// Any character typed, space included.
    Text,
    /// Any character typed but a blank or one of these.
    TypedExcept(&'static [char]),
    /// Any letter or digit typed.
    Alphanumeric,
    /// Any key at all.
    Any,
}

impl Key {
    pub fn matches(self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Char(c) => !ctrl && !alt && key.code == KeyCode::Char(c),
            Key::Ctrl(c) => {
                ctrl && !alt && matches!(key.code, KeyCode::Char(k) if k.eq_ignore_ascii_case(&c))
            }
            Key::CtrlCode(code) => ctrl && !alt && key.code == code,
            Key::Alt(code) => alt && !ctrl && key.code == code,
            Key::Code(code) => !ctrl && !alt && key.code == code,
            Key::Text => typed(key).is_some(),
            Key::TypedExcept(except) => {
                typed(key).is_some_and(|c| !c.is_whitespace() && !except.contains(&c))
            }
            Key::Alphanumeric => typed(key).is_some_and(char::is_alphanumeric),
            Key::Any => true,
        }
    }

    /// Whether every key this one is also matches `self`: a binding
    /// earlier in the layers in use then takes it first.
    fn covers(self, other: Key) -> bool {
        let typed_char = |k: Key| match k {
            Key::Char(c) => Some(c),
            _ => None,
        };
        match (self, typed_char(other)) {
            (Key::Any, _) => true,
            (Key::Text, Some(_)) => true,
            (Key::TypedExcept(except), Some(c)) => !c.is_whitespace() && !except.contains(&c),
            (Key::Alphanumeric, Some(c)) => c.is_alphanumeric(),
            _ => self == other,
        }
    }

    /// The key as help shows it; `None` for a kind of key, which its
    /// binding names in words.
    fn label(self) -> Option<String> {
        Some(match self {
            Key::Char(' ') => "Space".to_string(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::CtrlCode(code) => format!("Ctrl-{}", code_label(code)),
            Key::Alt(code) => format!("Alt-{}", code_label(code)),
            Key::Code(code) => code_label(code),
            Key::Text | Key::TypedExcept(_) | Key::Alphanumeric | Key::Any => return None,
        })
    }
}

/// The character a key types, when it is one typed without Ctrl or Alt.
pub fn typed(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                && !c.is_control() =>
        {
            Some(c)
        }
        _ => None,
    }
}

fn code_label(code: KeyCode) -> String {
    match code {
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Delete => "Delete".into(),
        other => other.to_string(),
    }
}

/// Where keys are looked up: the layers of the explorer. The layers in use
/// ([`stack`]) are tried in turn, top first, and the first binding whose
/// key matches wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// Kiosk: the full-screen welcome.
    Welcome,
    SearchBox,
    Help,
    Problems,
    Compare,
    /// "What fits me": typing filters the skills.
    Fits,
    /// The four panes.
    Browsing,
    /// Keys that work beneath every window: quitting, the language,
    /// opening search, help and the problems.
    Anywhere,
    /// A character no layer above uses starts a search with it: at a
    /// kiosk every character but `?`, `/` and the panes' digits, on top;
    /// elsewhere those no key is bound to, underneath.
    Typing,
}

/// The layers in use, top first, while `overlay` is drawn (or none).
pub fn stack(overlay: Option<super::Overlay>, kiosk: bool) -> Vec<Layer> {
    use super::Overlay;
    let top = match overlay {
        Some(Overlay::Welcome) => return vec![Layer::Welcome],
        Some(Overlay::Search) => return vec![Layer::SearchBox, Layer::Anywhere],
        Some(Overlay::Fits) => return vec![Layer::Fits, Layer::Anywhere],
        Some(Overlay::Help) => Layer::Help,
        Some(Overlay::Problems) => Layer::Problems,
        Some(Overlay::Compare { .. }) => Layer::Compare,
        None => Layer::Browsing,
    };
    let mut layers = if kiosk {
        vec![Layer::Typing, top, Layer::Anywhere]
    } else {
        vec![top, Layer::Anywhere, Layer::Typing]
    };
    // The bar and help read the keys that work anywhere first.
    if top == Layer::Browsing {
        let at = usize::from(kiosk);
        layers.swap(at, at + 1);
    }
    layers
}

impl Layer {
    /// The layer's entries in the key table, in the order they are tried.
    pub fn bindings(self) -> impl Iterator<Item = &'static Binding> {
        table::of(self).iter().flat_map(|part| part.iter())
    }
}

/// Who a binding is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Everyone,
    /// Not at a kiosk (quitting, problems with file paths).
    Desktop,
    /// Kiosk only.
    Kiosk,
}

/// Where the bottom bar shows a binding. Lower ranks are dropped last
/// when the bar is too narrow for every hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// In the bar of every pane, with this rank.
    Always(u8),
    /// In the bar while one of these panes has the keyboard, with this rank.
    In(&'static [Pane], u8),
}

/// A binding's hint in the bottom bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The key as the bar names it; for a kind of key (a [`typing`]
    /// binding), a message id naming it.
    pub key: &'static str,
    /// A word or two for what it does, as a message id.
    pub what: &'static str,
    pub shown: Shown,
}

/// One line of the key table (`table.rs`).
#[derive(Clone, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// For a kind of key (`Key::Text`...): the action for the character
    /// typed, in place of `action`.
    pub typed: Option<fn(char) -> Action>,
    pub who: Who,
    /// What it does, as a message id: the help window lists the bindings
    /// sharing one on one line; `None` for keys help need not list.
    pub help: Option<&'static str>,
    /// For a kind of key, the words help names it with (a message id).
    pub keys_called: Option<&'static str>,
    /// Its hint in the bottom bar, if it has one.
    pub bar: Option<Bar>,
}

/// `keys` do `action`, for everyone, unlisted and not in the bar until
/// the table says otherwise.
pub const fn key(keys: &'static [Key], action: Action) -> Binding {
    Binding {
        keys,
        action,
        typed: None,
        who: Who::Everyone,
        help: None,
        keys_called: None,
        bar: None,
    }
}

/// A kind of key (`Key::Text`...) whose action is what `typed` makes of
/// the character typed.
pub const fn typing(keys: &'static [Key], typed: fn(char) -> Action) -> Binding {
    let mut binding = key(keys, Action::OpenSearch);
    binding.typed = Some(typed);
    binding
}

impl Binding {
    /// For `who` only.
    pub const fn only(mut self, who: Who) -> Self {
        self.who = who;
        self
    }

    /// Listed in help on the line of the message `id`.
    pub const fn help(mut self, id: &'static str) -> Self {
        self.help = Some(id);
        self
    }

    /// For a kind of key: named in help by the message `id`.
    pub const fn keys_called(mut self, id: &'static str) -> Self {
        self.keys_called = Some(id);
        self
    }

    /// Hinted at in the bottom bar as `key` and the message `what`, where
    /// `shown` says.
    pub const fn bar(mut self, key: &'static str, what: &'static str, shown: Shown) -> Self {
        self.bar = Some(Bar { key, what, shown });
        self
    }

    pub fn applies_to(&self, kiosk: bool) -> bool {
        match self.who {
            Who::Everyone => true,
            Who::Desktop => !kiosk,
            Who::Kiosk => kiosk,
        }
    }

    /// What this binding does with `key`, if it takes it.
    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        if !self.keys.iter().any(|k| k.matches(key)) {
            return None;
        }
        Some(match (self.typed, typed(key)) {
            (Some(typed), Some(c)) => typed(c),
            _ => self.action.clone(),
        })
    }
}

/// The action `key` asks for in `layers`, top first: the first binding
/// that takes it decides.
pub fn route(layers: &[Layer], key: &KeyEvent, kiosk: bool) -> Option<Action> {
    layers
        .iter()
        .flat_map(|layer| layer.bindings())
        .filter(|b| b.applies_to(kiosk))
        .find_map(|b| b.action_for(key))
}

/// The bindings of `layers` in the order they are tried, each with its
/// layer and those of its keys that no binding before it takes.
fn reachable(layers: &[Layer], kiosk: bool) -> Vec<(Layer, &'static Binding, Vec<Key>)> {
    let mut taken: Vec<Key> = Vec::new();
    let mut out = Vec::new();
    for (layer, b) in layers
        .iter()
        .flat_map(|&layer| layer.bindings().map(move |b| (layer, b)))
        .filter(|(_, b)| b.applies_to(kiosk))
    {
        let keys = b
            .keys
            .iter()
            .copied()
            .filter(|&k| !taken.iter().any(|t| t.covers(k)))
            .collect();
        taken.extend(b.keys.iter().copied());
        out.push((layer, b, keys));
    }
    out
}

/// A line of the help window: keys, and what they do in the language
/// spoken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub what: String,
    /// What the line's first binding does.
    pub action: Action,
}

/// What help lists for the bindings of the layers `of` among `layers` in
/// use: a line for each help message, where the first binding with it
/// stands, naming the keys of its bindings that work there, without the
/// keys another binding takes first (at a kiosk, the letters that start a
/// search).
pub fn help_lines(layers: &[Layer], of: &[Layer], kiosk: bool) -> Vec<HelpLine> {
    // Each help line's message, first binding, and the keys that work of
    // each of its bindings; in the order of their first bindings.
    let mut lines: Vec<(&'static str, &'static Binding, Vec<Vec<Key>>)> = Vec::new();
    let listed = reachable(layers, kiosk)
        .into_iter()
        .filter(|(layer, _, _)| of.contains(layer));
    for (_, b, keys) in listed {
        let Some(id) = b.help else { continue };
        match lines.iter_mut().find(|(line, _, _)| *line == id) {
            Some((_, _, line_keys)) => line_keys.push(keys),
            None => lines.push((id, b, vec![keys])),
        }
    }
    lines
        .into_iter()
        .filter_map(|(id, b, keys)| {
            let what = crate::i18n::tr_args(id, None);
            let keys = match b.keys_called {
                Some(words) if keys.iter().flatten().next().is_some() => {
                    crate::i18n::tr_args(words, None)
                }
                _ => keys_label(&keys),
            };
            (!keys.is_empty()).then(|| HelpLine {
                keys,
                what,
                action: b.action.clone(),
            })
        })
        .collect()
}

/// The keys of a help line: the first key of each binding, then the second
/// of each, and so on (`↑ ↓   k j`).
fn keys_label(keys: &[Vec<Key>]) -> String {
    let labels: Vec<Vec<String>> = keys
        .iter()
        .map(|ks| ks.iter().filter_map(|k| k.label()).collect())
        .collect();
    let columns = labels.iter().map(Vec::len).max().unwrap_or(0);
    (0..columns)
        .map(|i| {
            labels
                .iter()
                .filter_map(|l| l.get(i).map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("   ")
}

/// A hint in the bottom bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarHint {
    pub key: String,
    /// A word or two, in the language spoken.
    pub what: String,
    /// What touching it does, for those that are buttons.
    pub action: Option<Action>,
    /// Lower ranks are kept longer when the bar is too narrow for all.
    pub rank: u8,
}

/// The hints for the bottom bar in `layers` while `pane` has the keyboard,
/// in the order the layers are tried; only keys that work there.
pub fn hints_in(layers: &[Layer], pane: Pane, kiosk: bool) -> Vec<BarHint> {
    reachable(layers, kiosk)
        .into_iter()
        // The bar names a binding's first key: it must be one that works.
        .filter(|(_, b, keys)| b.keys.first().is_some_and(|k| keys.contains(k)))
        .filter_map(|(_, b, _)| {
            let bar = b.bar?;
            let rank = match bar.shown {
                // A kiosk visitor who reads the other language may have only
                // a touch screen: the switch is always there, kept as long
                // as help is.
                _ if kiosk && b.action == Action::SwitchLanguage => 1,
                // Help lists keys: at a kiosk it gives way to what a finger
                // came for (What fits me, printing).
                _ if kiosk && b.action == Action::OpenHelp => 2,
                Shown::Always(rank) => rank,
                Shown::In(panes, rank) if panes.contains(&pane) => rank,
                Shown::In(..) => return None,
            };
            let typed = b.typed.is_some();
            Some(BarHint {
                key: if typed {
                    crate::i18n::tr_args(bar.key, None)
                } else {
                    bar.key.to_string()
                },
                what: crate::i18n::tr_args(bar.what, None),
                action: (!typed).then(|| b.action.clone()),
                rank,
            })
        })
        .collect()
}

/// The hints for the bottom bar while browsing with `pane` focused.
#[cfg(test)]
fn hints_for(pane: Pane, kiosk: bool) -> Vec<BarHint> {
    hints_in(&stack(None, kiosk), pane, kiosk)
}

/// Of `hints`, those that fit in `width` columns when each takes
/// `width_of` of them, keeping the lowest ranks; in their own order.
pub fn fitting<T>(hints: Vec<(u8, T)>, width: usize, width_of: impl Fn(&T) -> usize) -> Vec<T> {
    let mut by_rank: Vec<usize> = (0..hints.len()).collect();
    by_rank.sort_by_key(|&i| (hints[i].0, i));
    let mut used = 0;
    let mut keep = vec![false; hints.len()];
    for i in by_rank {
        let w = width_of(&hints[i].1);
        if used + w <= width {
            used += w;
            keep[i] = true;
        }
    }
    hints
        .into_iter()
        .zip(keep)
        .filter_map(|((_, hint), kept)| kept.then_some(hint))
        .collect()
}

#[cfg(test)]
mod tests;
