//! The word lists quotation attribution reads: reporting verbs and the small grammar lists around them.

use foldhash::HashSet;
use std::sync::LazyLock;

use crate::extract::gazetteer::lines as entries;

/// Build a lookup set over one embedded list.
fn set(text: &'static str) -> HashSet<&'static str> {
    entries(text).collect()
}

const SPEECH_VERBS: &str = include_str!("../../../data/speech_verbs.txt");
const CLAUSE_WORDS: &str = include_str!("../../../data/quote_clause_words.txt");
const PREPOSITIONS: &str = include_str!("../../../data/quote_prepositions.txt");
const TIME_WORDS: &str = include_str!("../../../data/quote_time_words.txt");
const ADVERBS: &str = include_str!("../../../data/quote_adverbs.txt");
const TITLES: &str = include_str!("../../../data/quote_titles.txt");
const TITLE_MODIFIERS: &str = include_str!("../../../data/quote_title_modifiers.txt");
const ABBREVIATIONS: &str = include_str!("../../../data/quote_abbreviations.txt");
const THAT_VERBS: &str = include_str!("../../../data/quote_that_verbs.txt");
const FEMALE_NAMES: &str = include_str!("../../../data/quote_female_names.txt");
const MALE_NAMES: &str = include_str!("../../../data/quote_male_names.txt");

static SPEECH_VERB_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(SPEECH_VERBS));
static CLAUSE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(CLAUSE_WORDS));
static PREPOSITION_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(PREPOSITIONS));
static TIME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(TIME_WORDS));
static ADVERB_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(ADVERBS));
static TITLE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(TITLES));
static TITLE_MODIFIER_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(TITLE_MODIFIERS));
static ABBREVIATION_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(ABBREVIATIONS));
static THAT_VERB_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(THAT_VERBS));
static FEMALE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(FEMALE_NAMES));
static MALE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(MALE_NAMES));

/// Which third-person pronoun a person takes, as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "he"
    Male,
    /// "she"
    Female,
}

/// The pronoun a given name usually takes ("Hillary" → she), if the lists know it.
pub fn name_gender(first: &str) -> Option<Gender> {
    if FEMALE_SET.contains(first) {
        Some(Gender::Female)
    } else if MALE_SET.contains(first) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Is this lowercase word a reporting verb ("said", "told", "added")?
pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERB_SET.contains(lower)
}

/// Is this lowercase word a reporting verb when "that" (or, for "reports", a colon) follows?
pub fn is_that_verb(lower: &str) -> bool {
    THAT_VERB_SET.contains(lower)
}

/// Does this lowercase word end a speaker phrase (conjunction, relative, be/have form)?
pub fn is_clause_word(lower: &str) -> bool {
    CLAUSE_SET.contains(lower)
}

/// Is this lowercase word a preposition that ends a speaker read forwards?
pub fn is_preposition(lower: &str) -> bool {
    PREPOSITION_SET.contains(lower)
}

/// Is this lowercase word a time word ("Tuesday", "yesterday")?
pub fn is_time_word(lower: &str) -> bool {
    TIME_SET.contains(lower)
}

/// May this lowercase word stand between a speaker and its verb ("also", "has")?
pub fn is_adverb(lower: &str) -> bool {
    ADVERB_SET.contains(lower)
}

/// Is this lowercase word a person's title ("minister", "spokesman")?
pub fn is_title(lower: &str) -> bool {
    TITLE_SET.contains(lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|s| TITLE_SET.contains(s))
}

/// Is this lowercase word part of a title before a name ("former", "presidential")?
pub fn is_title_modifier(lower: &str) -> bool {
    TITLE_MODIFIER_SET.contains(lower)
}

/// Is this lowercase word, without its final period, an abbreviation ("sen", "mr")?
pub fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATION_SET.contains(lower)
        // a lawmaker's party and state: "D-Conn.", "R-Ariz."
        || ["d-", "r-", "i-"].iter().any(|party| {
            lower
                .strip_prefix(party)
                .is_some_and(|state| ABBREVIATION_SET.contains(state))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[(&str, &str)] = &[
        ("speech_verbs.txt", SPEECH_VERBS),
        ("quote_clause_words.txt", CLAUSE_WORDS),
        ("quote_prepositions.txt", PREPOSITIONS),
        ("quote_time_words.txt", TIME_WORDS),
        ("quote_adverbs.txt", ADVERBS),
        ("quote_titles.txt", TITLES),
        ("quote_title_modifiers.txt", TITLE_MODIFIERS),
        ("quote_abbreviations.txt", ABBREVIATIONS),
        ("quote_that_verbs.txt", THAT_VERBS),
        ("quote_female_names.txt", FEMALE_NAMES),
        ("quote_male_names.txt", MALE_NAMES),
    ];

    #[test]
    fn lists_are_sorted_unique_and_sourced() {
        for (name, text) in LISTS {
            assert!(text.contains("Source:"), "{name} names no source");
            crate::extract::gazetteer::assert_well_formed(name, text);
        }
    }

    const WORDS: &[(&str, &[&str])] = &[
        (
            "speech verbs",
            &["said", "told", "added", "insisted", "tweeted"],
        ),
        ("not speech verbs", &["state", "report", "the"]),
    ];

    #[test]
    fn speech_verbs_are_known() {
        for (what, words) in WORDS {
            for w in *words {
                assert_eq!(is_speech_verb(w), *what == "speech verbs", "{w}");
            }
        }
        assert!(is_title("ministers") && is_title("spokesman") && !is_title("source"));
        assert_eq!(name_gender("Hillary"), Some(Gender::Female));
        assert_eq!(name_gender("Donald"), Some(Gender::Male));
        assert_eq!(name_gender("Kyiv"), None);
    }
}
