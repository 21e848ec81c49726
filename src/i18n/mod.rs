//! The words crewpath says, in English and in French.
//!
//! Every sentence of the interface is a message of Project Fluent, kept in
//! `locales/<language>/*.ftl` and built into the binary. Code asks for a
//! message by its id with [`t!`](crate::t), passing named values; the
//! translation decides word order, plurals (French counts 0 and 1 as
//! singular) and agreement. The language is chosen once at start
//! (`--lang`, `CREWPATH_LANG`, then the locale) and kept in one
//! process-wide setting, which commands speak. The explorer's language,
//! which a visitor may switch, lives in its `App` alone: drawing and the
//! explorer's loop speak it over the process's with [`speaking`].

pub(crate) mod charset;
mod lang;
mod message;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{Dir, include_dir};

pub use lang::Lang;
pub use message::{Arg, IntoArg, Message};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

static CURRENT: AtomicU8 = AtomicU8::new(0);

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    /// A language this thread speaks for a while, over the process's.
    static SPOKEN_HERE: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The language crewpath speaks now.
pub fn current() -> Lang {
    if let Some(lang) = SPOKEN_HERE.with(std::cell::Cell::get) {
        return lang;
    }
    Lang::ALL
        .get(usize::from(CURRENT.load(Ordering::Relaxed)))
        .copied()
        .unwrap_or_default()
}

/// Speak `lang` from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang.ix(), Ordering::Relaxed);
}

/// Runs `f` speaking `lang` on this thread only, whatever the process
/// speaks: a sheet printed in a visitor's language, or a screen drawn in
/// one while other threads speak another.
pub fn speaking<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SPOKEN_HERE.with(|here| here.set(self.0));
        }
    }
    let _restore = Restore(SPOKEN_HERE.with(|here| here.replace(Some(lang))));
    f()
}

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

/// Every message of one language. A file that does not parse loses only
/// the entries that do not (the tests keep every file whole).
fn bundle(lang: Lang) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    // The marks Fluent puts round each value by default would reach the
    // terminal as invisible characters that take up width.
    bundle.set_use_isolating(false);
    for file in messages_of(lang) {
        let resource = match FluentResource::try_new(file.to_string()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The text of each message file of `lang`.
pub fn messages_of(lang: Lang) -> impl Iterator<Item = &'static str> {
    LOCALES
        .get_dir(lang.code())
        .into_iter()
        .flat_map(|dir| dir.files())
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| f.contents_utf8())
}

/// The message `id` in the current language, with `args` put in; in English
/// when the current language lacks it, and the id itself when no language
/// has it (a test keeps that from happening).
pub fn tr_args(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let lang = current();
    let all = bundles();
    [lang, Lang::En]
        .into_iter()
        .find_map(|l| format(&all[usize::from(l.ix())], id, args))
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` in a given language, whatever the current one.
pub fn tr_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    format(&bundles()[usize::from(lang.ix())], id, args)
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// A number with `places` decimals, written as the current language writes
/// it: `31.15` in English, `31,15` in French.
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match current() {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    }
}

/// The heading for a skill category as written in role files
/// (`technical`): the catalogue's `skill-category-technical` where it has
/// one, else the category as written.
pub fn skill_category(category: &str) -> String {
    let id = format!("skill-category-{category}");
    let lang = current();
    tr_in(lang, &id, None)
        .or_else(|| tr_in(Lang::En, &id, None))
        .unwrap_or_else(|| category.to_string())
}

/// The message with this id in the current language, with named values put
/// in: `t!("problems-count", count = 3)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr_args($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::tr_args($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
