//! A sentence kept as its message id and values, worded only when shown, so
//! that it is said in the language on screen at that moment rather than in
//! the one spoken when it was found (the explorer switches language without
//! reading the role files again).

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

/// A message of the catalogues with its values, or a text that is the same
/// in every language (a path, or what a parser said).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Id {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    Text(String),
}

/// A value put into a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// A count or a line number: the catalogues choose plurals by it.
    Number(i64),
    /// A message worded in the same language as the one it is put in.
    Message(Message),
}

impl Message {
    /// The message in the language spoken now.
    pub fn worded(&self) -> String {
        self.worded_in(super::current())
    }

    /// The message in `lang` (in English where `lang` lacks it).
    pub fn worded_in(&self, lang: super::Lang) -> String {
        let (id, args) = match self {
            Message::Text(text) => return text.clone(),
            Message::Id { id, args } => (id, args),
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue<'_> = match value {
                Arg::Text(text) => text.clone().into(),
                Arg::Number(n) => (*n).into(),
                Arg::Message(m) => m.worded_in(lang).into(),
            };
            fluent.set(*name, value);
        }
        let fluent = (!args.is_empty()).then_some(&fluent);
        [lang, super::Lang::En]
            .into_iter()
            .find_map(|l| super::tr_in(l, id, fluent))
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether the message says anything at all.
    pub fn is_empty(&self) -> bool {
        matches!(self, Message::Text(text) if text.is_empty())
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.worded())
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.worded())
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::Text(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::Text(text.to_string())
    }
}

/// What can be put into a message as a value.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for Message {
    fn into_arg(self) -> Arg {
        Arg::Message(self)
    }
}

impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for std::borrow::Cow<'_, str> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.into_owned())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Number(i64::try_from(self).unwrap_or(i64::MAX))
            }
        }
    )*};
}

number_args!(usize, u64, u32, u16, u8, i64, i32);

/// A message to word later: `msg!("problem-cycle", chain = chain)` keeps
/// the id and the values; [`Message::worded`] (or `to_string`) says it in
/// the language spoken then.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Message::Id { id: $id, args: Vec::new() }
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::Id {
            id: $id,
            args: vec![$((stringify!($name), $crate::i18n::IntoArg::into_arg($value))),+],
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn a_message_is_worded_in_the_language_asked_for_values_and_all() {
        let m = crate::msg!(
            "problem-wrong-type",
            expected = crate::msg!("problem-expect-string"),
            key = "summary",
            found = "5"
        );
        for lang in Lang::ALL {
            let expected = crate::i18n::tr_in(lang, "problem-expect-string", None);
            let expected = expected.expect("in both catalogues");
            let worded = m.worded_in(lang);
            assert!(worded.contains(&expected), "{lang:?}: {worded}");
            assert!(worded.contains("summary"), "{worded}");
        }
        assert_ne!(m.worded_in(Lang::En), m.worded_in(Lang::Fr));
        let count = crate::msg!("problems-intro", count = 1);
        assert_ne!(
            count.worded_in(Lang::En),
            crate::msg!("problems-intro", count = 2).worded_in(Lang::En)
        );
    }
}
