//! Word forms: the key under which the forms of one word meet ("mixes",
//! "mixing" and "mixed" are all `mix`), spelling variants folded together
//! ("colour" and "color", "organise" and "organize"), and the keys of the
//! same family that stemming leaves apart (the agent noun "mixer" and the
//! verb "mix", "composer" and "composition").
//!
//! Keys come from the Snowball stemmers (English and French) of the
//! `rust-stemmers` crate, with a few rules of our own before and after. A
//! key is a pure function of the folded word and the language, so the index
//! can sort its vocabulary by key and a query word finds its forms by a
//! binary search, with nothing stored per word but the order.

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

use super::strings::Strings;
use super::vocab::Vocab;

/// Vocabulary words whose keys are worked out per parallel task.
const KEY_CHUNK: usize = 4096;

use crate::i18n::Lang;

/// The word forms of one language.
pub(crate) struct Forms {
    lang: Lang,
    stemmer: Stemmer,
}

impl std::fmt::Debug for Forms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Forms").field("lang", &self.lang).finish()
    }
}

/// Words shorter than this are their own key: stemming "is" or "ad" only
/// makes unrelated words meet.
const MIN_STEMMED_CHARS: usize = 3;

impl Forms {
    pub fn new(lang: Lang) -> Forms {
        let algorithm = match lang {
            Lang::En => Algorithm::English,
            Lang::Fr => Algorithm::French,
        };
        Forms {
            lang,
            stemmer: Stemmer::create(algorithm),
        }
    }

    /// The key of a folded word: the same for all its forms and spellings.
    pub fn key(&self, word: &str) -> String {
        if word.chars().count() < MIN_STEMMED_CHARS || word.bytes().any(|b| b.is_ascii_digit()) {
            return word.to_string();
        }
        match self.lang {
            Lang::En => {
                let spelled = english_spelling(word);
                let stem = self.stemmer.stem(&spelled);
                english_after_stem(&stem)
            }
            Lang::Fr => self.stemmer.stem(word).into_owned(),
        }
    }

    /// The keys of `key`'s family, `key` first: words that stemming keeps
    /// apart although a visitor means the same work by them ("mixer" and
    /// "mix", "editor" and "edit", "monteur" and "montage"). Keys no word
    /// has cost nothing: they are looked up and not found.
    pub fn family(&self, key: &str) -> Vec<String> {
        let mut out = vec![key.to_string()];
        if key.chars().count() < MIN_STEMMED_CHARS || key.bytes().any(|b| b.is_ascii_digit()) {
            return out;
        }
        match self.lang {
            Lang::En => english_family(key, &mut out),
            Lang::Fr => french_family(key, &mut out),
        }
        out.dedup();
        out
    }
}

/// Whole words whose forms stemming cannot relate: past tenses and
/// participles people use when they describe the work.
const IRREGULAR: &[(&str, &str)] = &[
    ("bought", "buy"),
    ("brought", "bring"),
    ("built", "build"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("did", "do"),
    ("done", "do"),
    ("drawn", "draw"),
    ("drew", "draw"),
    ("found", "find"),
    ("gave", "give"),
    ("given", "give"),
    ("held", "hold"),
    ("kept", "keep"),
    ("led", "lead"),
    ("made", "make"),
    ("ran", "run"),
    ("sang", "sing"),
    ("sent", "send"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("sung", "sing"),
    ("taken", "take"),
    ("taught", "teach"),
    ("thought", "think"),
    ("told", "tell"),
    ("took", "take"),
    ("wrote", "write"),
    ("written", "write"),
];

/// Whole words spelt one way in Britain and Canada and another in the
/// United States, with the plural where there is one.
const WHOLE_WORDS: &[(&str, &str)] = &[
    ("cheque", "check"),
    ("cheques", "checks"),
    ("grey", "gray"),
    ("greys", "grays"),
    ("kerb", "curb"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("tyre", "tire"),
    ("tyres", "tires"),
];

/// Starts of words spelt differently, whatever follows ("moulding",
/// "licensed", "draughtsman").
const WORD_STARTS: &[(&str, &str)] = &[
    ("aluminium", "aluminum"),
    ("anaesth", "anesth"),
    ("defenc", "defens"),
    ("draught", "draft"),
    ("haemat", "hemat"),
    ("haemo", "hemo"),
    ("jewellery", "jewelry"),
    ("licenc", "licens"),
    ("manoeuvr", "maneuver"),
    ("mould", "mold"),
    ("offenc", "offens"),
    ("orthopaed", "orthoped"),
    ("paediatr", "pediatr"),
    ("plough", "plow"),
    ("practis", "practic"),
    ("sceptic", "skeptic"),
];

/// One spelling for the words English spells two ways, chosen so that the
/// stemmer then treats both alike: -our/-or, -ise/-ize, -yse/-yze,
/// -re/-er, -ogue/-og and the words above. Both spellings of a pair end up
/// the same; which one is kept does not matter.
fn english_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if let Some(&(_, to)) = IRREGULAR.iter().find(|(from, _)| *from == word) {
        return Cow::Borrowed(to);
    }
    if let Some(&(_, to)) = WHOLE_WORDS.iter().find(|(from, _)| *from == word) {
        return Cow::Borrowed(to);
    }
    if let Some(&(from, to)) = WORD_STARTS.iter().find(|(from, _)| word.starts_with(from)) {
        return Cow::Owned(format!("{to}{}", &word[from.len()..]));
    }
    // (ending, replacement, letters needed before the ending)
    const ENDINGS: &[(&str, &str, usize)] = &[
        ("izations", "isations", 3),
        ("ization", "isation", 3),
        ("izing", "ising", 3),
        ("izers", "isers", 3),
        ("izer", "iser", 3),
        ("izes", "ises", 3),
        ("ized", "ised", 3),
        ("ize", "ise", 3),
        ("yzing", "ysing", 2),
        ("yzers", "ysers", 2),
        ("yzer", "yser", 2),
        ("yzes", "yses", 2),
        ("yzed", "ysed", 2),
        ("yze", "yse", 2),
        ("ogues", "ogs", 3),
        ("ogue", "og", 3),
        ("tres", "ters", 2),
        ("tred", "tered", 2),
        ("tre", "ter", 2),
        ("bres", "bers", 2),
        ("bre", "ber", 2),
        ("ourites", "orites", 3),
        ("ourite", "orite", 3),
        ("ourable", "orable", 3),
        ("ourists", "orists", 3),
        ("ourist", "orist", 3),
        ("ouring", "oring", 3),
        ("ourers", "orers", 3),
        ("ourer", "orer", 3),
        ("oured", "ored", 3),
        ("ourful", "orful", 3),
        ("ours", "ors", 3),
        ("our", "or", 3),
    ];
    for &(ending, replacement, before) in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= before
        {
            return Cow::Owned(format!("{stem}{replacement}"));
        }
    }
    Cow::Borrowed(word)
}

/// What the stemmer leaves two ways: "counsellor" beside "counselor", and
/// a doubled last letter ("programm", from "programmer") beside the single.
fn english_after_stem(stem: &str) -> String {
    if let Some(start) = stem.strip_suffix("llor")
        && start.len() >= 3
    {
        return format!("{start}lor");
    }
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 5
        && b[n - 1] == b[n - 2]
        && matches!(
            b[n - 1],
            b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        return stem[..n - 1].to_string();
    }
    stem.to_string()
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Agent nouns and their work: "mixer" ~ "mix", "editor" ~ "edit",
/// "planner" ~ "plan", "writer" ~ "write", "musician" ~ "music",
/// "recordist" ~ "record", "composition" ~ "compose".
fn english_family(key: &str, out: &mut Vec<String>) {
    let bytes = key.as_bytes();
    let n = bytes.len();
    // "-or" makes agent nouns after t and s ("editor", "supervisor"); after
    // other letters it is part of the word ("color", "labor", "floor").
    let agent = n >= 5
        && ((key.ends_with("er") && !is_vowel(bytes[n - 3]))
            || (key.ends_with("or") && matches!(bytes[n - 3], b't' | b's')));
    if agent {
        let base = &key[..n - 2];
        out.push(base.to_string());
        out.push(format!("{base}e"));
        let b = base.as_bytes();
        if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && !is_vowel(b[b.len() - 1]) {
            out.push(base[..base.len() - 1].to_string());
        }
    } else {
        out.push(format!("{key}er"));
        out.push(format!("{key}or"));
        if let Some(base) = key.strip_suffix('e') {
            out.push(format!("{base}er"));
            out.push(format!("{base}or"));
        }
        // "plan" → "planner", "program" → "programmer".
        if n >= 3 && !is_vowel(bytes[n - 1]) && is_vowel(bytes[n - 2]) && !is_vowel(bytes[n - 3]) {
            let last = char::from(bytes[n - 1]);
            out.push(format!("{key}{last}er"));
        }
    }
    for (suffix, min_base) in [("ist", 4), ("ian", 4)] {
        match key.strip_suffix(suffix) {
            Some(base) if base.len() >= min_base => out.push(base.to_string()),
            Some(_) => {}
            None => out.push(format!("{key}{suffix}")),
        }
    }
    // "composit" (composition) ~ "compos" (compose, composer).
    match key.strip_suffix("osit") {
        Some(start) if start.len() >= 3 => out.push(format!("{start}os")),
        _ if key.ends_with("os") && n >= 5 => out.push(format!("{key}it")),
        _ => {}
    }
}

/// Agent nouns, their feminine forms and their work in French: "monteur",
/// "monteuse", "montage" and "monter"; "compositeur", "compositrice",
/// "composition" and "composer".
fn french_family(key: &str, out: &mut Vec<String>) {
    let base = ["eur", "eux", "ric", "ag"]
        .iter()
        .find_map(|s| key.strip_suffix(s).filter(|b| b.chars().count() >= 3))
        .unwrap_or(key);
    // "composit" (compositeur, composition) ~ "compos" (composer), both ways.
    let mut bases = vec![base.to_string()];
    match base.strip_suffix("it").or_else(|| base.strip_suffix("at")) {
        Some(shorter) if base.chars().count() >= 7 => bases.push(shorter.to_string()),
        Some(_) => {}
        None => bases.extend([format!("{base}it"), format!("{base}at")]),
    }
    for base in bases {
        for suffix in ["", "eur", "eux", "ric", "ag", "it"] {
            let candidate = format!("{base}{suffix}");
            if !out.contains(&candidate) {
                out.push(candidate);
            }
        }
    }
}

/// The vocabulary's words in the order of their keys, with the keys, so
/// that the words of one key are one range found by a binary search. A
/// library's vocabulary is small (under 10,000 words at 20,000 roles), so
/// this costs little beside the texts.
#[derive(Debug, Default)]
pub(crate) struct KeyOrder {
    words: Vec<u32>,
    /// `keys.get(i)` is the key of `words[i]`, end to end in one buffer.
    keys: Strings,
}

impl KeyOrder {
    pub fn build(vocab: &Vocab, forms: &Forms) -> KeyOrder {
        // The keys end to end in one buffer while sorting: a string each
        // would cost more than the vocabulary itself.
        let chunks: Vec<Strings> = vocab
            .words
            .par_chunks(KEY_CHUNK)
            .map(|chunk| {
                let mut keys = Strings::default();
                for w in chunk {
                    keys.push(&forms.key(w));
                }
                keys
            })
            .collect();
        let mut keys = Strings::default();
        for chunk in chunks {
            keys.append(chunk);
        }
        let mut words: Vec<u32> = (0..vocab.len() as u32).collect();
        words.par_sort_unstable_by(|&a, &b| keys.get(a as usize).cmp(keys.get(b as usize)));
        let mut sorted = Strings::default();
        for &w in &words {
            sorted.push(keys.get(w as usize));
        }
        KeyOrder {
            words,
            keys: sorted,
        }
    }

    /// The vocabulary words whose key is `key`.
    pub fn words_with(&self, key: &str) -> &[u32] {
        let lo = partition_point(self.words.len(), |i| self.keys.get(i) < key);
        let hi = lo + partition_point(self.words.len() - lo, |i| self.keys.get(lo + i) == key);
        &self.words[lo..hi]
    }
}

/// The first of `0..len` for which `before` is false, `before` being true
/// for a start of the range and false for the rest.
fn partition_point(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_key(lang: Lang, words: &[&str]) {
        let forms = Forms::new(lang);
        let keys: Vec<String> = words.iter().map(|w| forms.key(w)).collect();
        assert!(
            keys.windows(2).all(|k| k[0] == k[1]),
            "{words:?} give {keys:?}"
        );
    }

    fn related(lang: Lang, a: &str, b: &str) -> bool {
        let forms = Forms::new(lang);
        let (ka, kb) = (forms.key(a), forms.key(b));
        forms.family(&ka).contains(&kb) && forms.family(&kb).contains(&ka)
    }

    #[test]
    fn the_forms_of_a_word_share_its_key() {
        same_key(Lang::En, &["mix", "mixes", "mixing", "mixed"]);
        same_key(Lang::En, &["editor", "editors"]);
        same_key(Lang::En, &["assistant", "assistants"]);
        same_key(Lang::En, &["keep", "keeps", "keeping", "kept"]);
        same_key(Lang::En, &["choose", "chooses", "chose", "chosen"]);
        same_key(Lang::Fr, &["sonore", "sonores"]);
        same_key(Lang::Fr, &["enregistrement", "enregistrer"]);
    }

    #[test]
    fn british_and_american_spellings_meet_both_ways() {
        for pair in [
            ["colour", "color"],
            ["colours", "colors"],
            ["colouring", "coloring"],
            ["colourist", "colorist"],
            ["organise", "organize"],
            ["organisation", "organization"],
            ["organising", "organizing"],
            ["analyse", "analyze"],
            ["centre", "center"],
            ["theatre", "theater"],
            ["catalogue", "catalog"],
            ["dialogue", "dialog"],
            ["travelling", "traveling"],
            ["counsellor", "counselor"],
            ["modelling", "modeling"],
            ["programme", "program"],
            ["grey", "gray"],
            ["mould", "mold"],
            ["moulding", "molding"],
            ["plough", "plow"],
            ["licence", "license"],
            ["harbour", "harbor"],
            ["behaviour", "behavior"],
        ] {
            same_key(Lang::En, &pair);
        }
    }

    #[test]
    fn spelling_rules_leave_short_and_unrelated_words_alone() {
        let forms = Forms::new(Lang::En);
        assert_ne!(forms.key("four"), forms.key("for"));
        assert_ne!(forms.key("hour"), forms.key("hor"));
        assert_ne!(forms.key("rogue"), forms.key("rog"));
        assert_ne!(forms.key("lab"), forms.key("labour"));
        assert_eq!(forms.key("1se"), "1se");
        assert_eq!(forms.key("ad"), "ad");
    }

    #[test]
    fn agent_nouns_meet_their_work() {
        for (a, b) in [
            ("mixer", "mixing"),
            ("mixer", "mix"),
            ("editor", "editing"),
            ("editors", "edit"),
            ("composer", "composition"),
            ("compose", "composition"),
            ("designer", "design"),
            ("planner", "plan"),
            ("programmer", "program"),
            ("writer", "writing"),
            ("musician", "music"),
            ("recordist", "recording"),
            ("director", "direction"),
        ] {
            assert!(related(Lang::En, a, b), "{a} ~ {b}");
        }
        for (a, b) in [
            ("monteur", "montage"),
            ("monteuse", "monteur"),
            ("monteur", "monter"),
            ("mixage", "mixeur"),
            ("mixeuse", "mixage"),
            ("compositeur", "compositrice"),
            ("compositeur", "composition"),
            ("compositrice", "composer"),
            ("bruiteur", "bruitage"),
            ("bruiteuse", "bruiteur"),
        ] {
            assert!(related(Lang::Fr, a, b), "{a} ~ {b}");
        }
    }

    #[test]
    fn the_vocabulary_s_words_are_found_by_their_key() {
        let (vocab, _) = Vocab::build(&["mixing desk", "mixed", "Mixer", "mix", "desks"], 0);
        let forms = Forms::new(Lang::En);
        let order = KeyOrder::build(&vocab, &forms);
        let words = |key: &str| {
            let mut found: Vec<&str> = order
                .words_with(key)
                .iter()
                .map(|&w| &*vocab.words[w as usize])
                .collect();
            found.sort_unstable();
            found
        };
        assert_eq!(words("mix"), ["mix", "mixed", "mixing"]);
        assert_eq!(words("mixer"), ["mixer"]);
        assert_eq!(words("desk"), ["desk", "desks"]);
        assert!(words("zebra").is_empty());
    }

    #[test]
    fn agent_rules_need_a_real_ending() {
        assert!(!related(Lang::En, "floor", "flo"));
        assert!(!related(Lang::En, "door", "do"));
        assert!(!related(Lang::En, "color", "col"));
        assert!(!related(Lang::En, "labour", "lab"));
    }
}
