//! General knowledge shipped in `data/`: countries, places, organizations, first names, titles.
//!
//! Name lists (`Canonical|alias|alias...`) become one Aho–Corasick automaton that finds every
//! known surface form in a body in one pass; word lists become hash sets the recogniser
//! consults token by token.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::Kind;
use super::names;

/// One known entity of a name list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    /// Canonical name, the first form on its line.
    pub name: String,
    /// Place for countries and places, organization for organizations.
    pub kind: Kind,
    /// Identity key of the canonical name.
    pub key: String,
    /// A country: its lower-case form may be matched even when the article never capitalises it.
    pub country: bool,
}

/// A known surface form found in a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the form.
    pub end: usize,
    /// Index into [`Gazetteer::known`].
    pub known: usize,
    /// Written in lower case although the list spells it with capitals ("kyiv").
    pub lower: bool,
}

/// Every name list in one automaton.
pub struct Gazetteer {
    /// The known entities, indexed by [`Hit::known`].
    pub known: Vec<Known>,
    /// Pattern id → (index into `known`, 0 as listed / 1 in capitals / 2 in lower case).
    forms: Vec<(usize, u8)>,
    automaton: Option<AhoCorasick>,
}

/// Words that are not names themselves but say what the names around them are.
pub struct Words {
    /// Nationality words ("Ukrainian", "Europeans"): stored as nationalities, never as places or people.
    pub demonyms: HashSet<String>,
    /// Given names, lower-cased: a capitalised sequence opening with one is a person.
    pub first_names: HashSet<String>,
    /// Titles and roles written before a name ("President", "Foreign", "Mr.").
    pub titles: HashSet<String>,
    /// Head words that end an organization's name ("Commission", "Bank").
    pub org_words: HashSet<String>,
    /// Head words that end a place's name ("Oblast", "Sea").
    pub place_words: HashSet<String>,
    /// Capitalised words that are not names when they open a sentence ("However", "May").
    pub not_names: HashSet<String>,
    /// Capitalised common nouns of events, laws and titles of works ("Series", "Rights"):
    /// a run holding one is no person.
    pub thing_words: HashSet<String>,
    /// Verbs that mark the name before them as a person ("said", "told").
    pub person_verbs: HashSet<String>,
}

/// Lines of a list: comments and blank lines dropped, white space trimmed.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Test helper for every embedded list: a `#` header, at least one entry, entries sorted
/// (byte order) and unique.
#[cfg(test)]
pub(crate) fn assert_well_formed(name: &str, text: &str) {
    assert!(
        text.starts_with('#'),
        "{name} lacks a header naming its source"
    );
    let entries: Vec<&str> = lines(text).collect();
    assert!(!entries.is_empty(), "{name} is empty");
    for pair in entries.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name}: {:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
}

/// The forms of each line of a `Canonical|alias|alias...` list, canonical first.
pub fn alias_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    lines(text).map(|l| {
        l.split('|')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect()
    })
}

impl Gazetteer {
    /// Build the automaton from name lists, each with the kind its entries have and whether
    /// they are countries. A form listed twice keeps its first entity.
    pub fn new(lists: &[(&str, Kind, bool)]) -> Gazetteer {
        let mut known = Vec::new();
        let mut forms: Vec<(usize, u8)> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut seen_form: HashSet<String> = HashSet::new();
        let mut seen_entity: HashMap<(Kind, String), usize> = HashMap::new();
        for &(text, kind, country) in lists {
            for line in alias_lines(text) {
                let Some(canonical) = line.first() else {
                    continue;
                };
                let key = names::key(canonical);
                let index = *seen_entity.entry((kind, key.clone())).or_insert_with(|| {
                    known.push(Known {
                        name: (*canonical).to_string(),
                        kind,
                        key,
                        country,
                    });
                    known.len() - 1
                });
                for form in line {
                    if form.chars().count() < 2 {
                        continue;
                    }
                    // as listed; in capitals ("KYIV", four letters or more); in lower case ("kyiv").
                    // Acronyms ("US") match only as written.
                    let mut variants = vec![((*form).to_string(), 0)];
                    if form.chars().any(char::is_lowercase) {
                        if form.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                            variants.push((form.to_uppercase(), 1));
                        }
                        variants.push((form.to_lowercase(), 2));
                    }
                    for (variant, quality) in variants {
                        if seen_form.insert(variant.clone()) {
                            forms.push((index, quality));
                            patterns.push(variant);
                        }
                    }
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok();
        Gazetteer {
            known,
            forms,
            automaton,
        }
    }

    /// Every known form in `body` at word boundaries, leftmost-longest, non-overlapping, in order.
    ///
    /// A form matches as listed, in capitals ("KYIV", four letters or more), or in lower case
    /// ("kyiv", then flagged [`Hit::lower`]); acronyms ("US") match only as listed.
    pub fn find(&self, body: &str) -> Vec<Hit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut hits: Vec<(Hit, u8)> = Vec::new();
        for m in ac.find_overlapping_iter(body) {
            let (start, end) = (m.start(), m.end());
            if !body.is_char_boundary(start) || !body.is_char_boundary(end) {
                continue;
            }
            if !at_word_edges(body, start, end) {
                continue;
            }
            let (known, quality) = self.forms[m.pattern().as_usize()];
            hits.push((
                Hit {
                    start,
                    end,
                    known,
                    lower: quality == 2,
                },
                quality,
            ));
        }
        hits.sort_by_key(|(h, q)| (h.start, std::cmp::Reverse(h.end), *q));
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        let mut covered = 0;
        for (hit, _) in hits {
            if hit.start >= covered {
                covered = hit.end;
                out.push(hit);
            }
        }
        out
    }
}

/// Whether `body[start..end]` stands as whole words: no letter or digit touches either edge,
/// and it is not part of a domain name ("bloomberg" in "bloomberg.com").
fn at_word_edges(body: &str, start: usize, end: usize) -> bool {
    let before = body[..start].chars().next_back();
    let after = body[end..].chars().next();
    if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let dotted = |c: Option<char>, rest: Option<char>| {
        c == Some('.') && rest.is_some_and(char::is_alphanumeric)
    };
    let mut back = body[..start].chars().rev();
    let (b1, b2) = (back.next(), back.next());
    let mut fwd = body[end..].chars();
    let (a1, a2) = (fwd.next(), fwd.next());
    // "U.S." ends in a dot itself; a dot after an alphanumeric end joins a domain name
    let ends_alnum = body[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    !(dotted(b1, b2) || (ends_alnum && dotted(a1, a2)))
}

impl Words {
    fn new() -> Words {
        let set = |text: &str| lines(text).map(str::to_string).collect::<HashSet<_>>();
        Words {
            demonyms: set(include_str!("../../data/demonyms.txt")),
            first_names: lines(include_str!("../../data/first_names.txt"))
                .map(str::to_lowercase)
                .collect(),
            titles: set(include_str!("../../data/titles.txt")),
            org_words: set(include_str!("../../data/org_words.txt")),
            place_words: set(include_str!("../../data/place_words.txt")),
            not_names: set(include_str!("../../data/not_names.txt")),
            person_verbs: set(include_str!("../../data/person_verbs.txt")),
            thing_words: set(include_str!("../../data/thing_words.txt")),
        }
    }
}

/// The shipped name lists as one automaton.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::new(&[
        (include_str!("../../data/countries.txt"), Kind::Place, true),
        (
            include_str!("../../data/organizations.txt"),
            Kind::Organization,
            false,
        ),
        (include_str!("../../data/people.txt"), Kind::Person, false),
        (include_str!("../../data/places.txt"), Kind::Place, false),
    ])
});

/// The shipped word lists.
pub static WORDS: LazyLock<Words> = LazyLock::new(Words::new);

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[(&str, &str)] = &[
        ("countries.txt", include_str!("../../data/countries.txt")),
        ("places.txt", include_str!("../../data/places.txt")),
        (
            "organizations.txt",
            include_str!("../../data/organizations.txt"),
        ),
        ("people.txt", include_str!("../../data/people.txt")),
        ("demonyms.txt", include_str!("../../data/demonyms.txt")),
        (
            "first_names.txt",
            include_str!("../../data/first_names.txt"),
        ),
        ("titles.txt", include_str!("../../data/titles.txt")),
        ("org_words.txt", include_str!("../../data/org_words.txt")),
        (
            "place_words.txt",
            include_str!("../../data/place_words.txt"),
        ),
        ("not_names.txt", include_str!("../../data/not_names.txt")),
        (
            "person_verbs.txt",
            include_str!("../../data/person_verbs.txt"),
        ),
    ];

    #[test]
    fn lists_are_sorted_unique_and_not_empty() {
        for (name, text) in LISTS {
            assert_well_formed(name, text);
        }
    }

    const SAMPLE: &[(&str, Kind, bool)] = &[
        (
            "# test\nUnited States|US|U.S.|America\nUkraine\n",
            Kind::Place,
            true,
        ),
        (
            "Bank of England\nNATO|North Atlantic Treaty Organization\n",
            Kind::Organization,
            false,
        ),
        ("England\nKyiv|Kiev\nNew York\n", Kind::Place, false),
    ];

    /// Body, then the forms found with their canonical names.
    const CASES: &[(&str, &[(&str, &str)])] = &[
        (
            "The US and the U.S. are America.",
            &[
                ("US", "United States"),
                ("U.S.", "United States"),
                ("America", "United States"),
            ],
        ),
        ("us and u.s. are not", &[]),
        (
            "NATO’s summit in Kyiv's centre",
            &[("NATO", "NATO"), ("Kyiv", "Kyiv")],
        ),
        (
            "the Bank of England in England",
            &[
                ("Bank of England", "Bank of England"),
                ("England", "England"),
            ],
        ),
        ("KIEV and kyiv", &[("KIEV", "Kyiv"), ("kyiv", "Kyiv")]),
        ("Kyivan New Yorkers", &[]),
        ("see kyiv.ua and nato.int", &[]),
        ("Russia-Ukraine war", &[("Ukraine", "Ukraine")]),
        ("", &[]),
    ];

    #[test]
    fn finds_known_forms_at_word_edges() {
        let gaz = Gazetteer::new(SAMPLE);
        for (body, want) in CASES {
            let got: Vec<(&str, &str)> = gaz
                .find(body)
                .iter()
                .map(|h| (&body[h.start..h.end], gaz.known[h.known].name.as_str()))
                .collect();
            assert_eq!(&got, want, "{body}");
        }
    }

    #[test]
    fn aliases_share_the_canonical_key() {
        let gaz = Gazetteer::new(SAMPLE);
        let hits = gaz.find("Kiev, Kyiv");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].known, hits[1].known);
        assert_eq!(gaz.known[hits[0].known].key, "kyiv");
    }
}
