//! Identity keys: fold spelling variants of a name to one key.
//!
//! A key is the name lower-cased, stripped of accents and punctuation, without a
//! leading "the", with each word's Slavic transliteration ending folded, so
//! "Zelensky", "Zelenskyy", "Zelenskyi" and "Zelenskiy" share one key and
//! "U.S." equals "US".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The identity key of a name: case, accents, punctuation, "the" and Slavic endings folded.
pub fn key(name: &str) -> String {
    let mut flat = String::with_capacity(name.len());
    let mut push = |c: char| match c {
        '\'' | '’' | '‘' | '.' | 'ʼ' | '`' => {}
        c if c.is_alphanumeric() => flat.extend(c.to_lowercase()),
        _ => flat.push(' '),
    };
    if name.is_ascii() {
        name.chars().for_each(&mut push);
    } else {
        name.nfkd()
            .filter(|&c| !is_combining_mark(c))
            .for_each(&mut push);
    }
    let mut out = String::with_capacity(flat.len());
    for (i, word) in flat.split_whitespace().enumerate() {
        if i == 0 && word == "the" {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(fold_word(word));
    }
    out
}

/// Longest nickname, in words, that [`nickname_end`] accepts.
const NICKNAME_WORDS: usize = 3;

/// If the double quotation mark at byte `open` opens a nickname inside a name (`Robert C.
/// "Bobby" Scott`, `Marcia “Cia” Price`), the byte offset just past its closing mark. A
/// nickname is one to three capitalised words in marks, between a capitalised word and the
/// capitalised rest of the name, one space either side: a quotation written there is hardly
/// ever anything else.
pub fn nickname_end(body: &str, open: usize) -> Option<usize> {
    let mark = body[open..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '“'))?;
    let before = body[..open].strip_suffix(' ')?;
    let word_before = before.rsplit(' ').next()?;
    let possessive = word_before.ends_with(['\'', '’'])
        || word_before.ends_with("'s")
        || word_before.ends_with("’s");
    if !word_before.starts_with(char::is_uppercase) || possessive {
        return None;
    }
    let inner = open + mark.len_utf8();
    let close = inner + body[inner..].find(['"', '”'])?;
    let nickname = &body[inner..close];
    let words_ok = nickname.split(' ').count() <= NICKNAME_WORDS
        && nickname.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'))
        });
    let end = close + body[close..].chars().next()?.len_utf8();
    let rest = body[end..].strip_prefix(' ')?;
    (words_ok && rest.starts_with(char::is_uppercase)).then_some(end)
}

/// A name without the nickname in quotation marks it was written with, and the nickname:
/// `Robert C. "Bobby" Scott` gives ("Robert C. Scott", "Bobby"). `None` when it has none.
pub fn without_nickname(name: &str) -> Option<(String, &str)> {
    let open = name.find(['"', '“'])?;
    let end = nickname_end(name, open)?;
    // (the marks are one byte or three: the nickname is what lies between them)
    let inner = open + name[open..].chars().next()?.len_utf8();
    let close = end - name[..end].chars().next_back()?.len_utf8();
    let (head, tail) = (&name[..open - 1], &name[end + 1..]);
    Some((format!("{head} {tail}"), &name[inner..close]))
}

/// A word without its transliteration ending: "zelenskyy" and "zelenskiy" become "zelensk".
///
/// Only words of five letters or more are folded, so short names stay distinct.
pub fn fold_word(word: &str) -> &str {
    if word.chars().count() < 5 {
        return word;
    }
    for ending in ["yy", "yi", "iy", "ii", "ij"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return stem;
        }
    }
    if let Some(stem) = word.strip_suffix("ski") {
        return &word[..stem.len() + 2];
    }
    word.strip_suffix('y').unwrap_or(word)
}

/// How good a canonical name is: more words first ("Jens Stoltenberg" over "Stoltenberg"),
/// then written with lower-case letters ("U.S. Open" over a headline's "U.S. OPEN").
pub fn name_rank(name: &str) -> usize {
    2 * name.split_whitespace().count() + usize::from(name.chars().any(char::is_lowercase))
}

/// Title-case a word written in capitals ("THYS" → "Thys", "O’BRIEN" → "O’Brien").
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper_next = true;
    for c in word.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper_next = !c.is_alphanumeric();
    }
    out
}

/// Whether two given names can be one person's, written two ways: "Anthony" and "Antony",
/// "Jim" and "Jimmy", not "Hunter" and "Joe" or "Jill" and "Joe". Same first letter, and
/// one a prefix of the other or at most two letters apart.
pub fn same_given_name(a: &str, b: &str) -> bool {
    let (a, b) = (key(a), key(b));
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.is_empty() || b.is_empty() || a[0] != b[0] {
        return false;
    }
    if a.starts_with(&b) || b.starts_with(&a) {
        return true;
    }
    // edit distance, one row at a time
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()] <= 2
}

/// Relatives a story names a person by: "her son", "his widow", "her son, Luis".
pub const KIN: &[&str] = &[
    "aunt",
    "brother",
    "cousin",
    "daughter",
    "father",
    "granddaughter",
    "grandson",
    "husband",
    "mother",
    "nephew",
    "niece",
    "partner",
    "sister",
    "son",
    "uncle",
    "widow",
    "widower",
    "wife",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_of_one_person() {
        for (a, b) in [
            ("Anthony", "Antony"),
            ("Jim", "Jimmy"),
            ("Zelenskyy", "Zelensky"),
        ] {
            assert!(same_given_name(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Hunter", "Joe"),
            ("Jill", "Joe"),
            ("Melania", "Donald"),
            ("Eric", "Ed"),
        ] {
            assert!(!same_given_name(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn nicknames_only_between_name_parts() {
        let at = |body: &str| nickname_end(body, body.find(['"', '“']).unwrap());
        let body = "Rep. Robert C. \"Bobby\" Scott spoke";
        assert_eq!(at(body), Some(body.find(" Scott").unwrap()));
        assert_eq!(at("Marcia “Cia” Price"), Some("Marcia “Cia” ".len() - 1));
        for body in [
            "Scott's \"Bobby\" Price",    // a possessive before
            "Scott \"was right\" Monday", // lower-case words
            "Scott \"Bobby\" said",       // no name after
            "Scott \"A B C D\" Price",    // too long
            "said \"Bobby\" Price",       // no name before
            "Scott \"Bobby!\" Price",     // not a word
        ] {
            assert_eq!(at(body), None, "{body}");
        }
        assert_eq!(
            without_nickname("Robert C. \"Bobby\" Scott"),
            Some(("Robert C. Scott".to_string(), "Bobby"))
        );
        assert_eq!(without_nickname("Robert Scott"), None);
    }

    /// Each row: spellings that must share one key.
    const SAME: &[&[&str]] = &[
        &[
            "Zelensky",
            "Zelenskyy",
            "Zelenskyi",
            "Zelenskiy",
            "ZELENSKY",
            "Zelenskii",
        ],
        &[
            "Volodymyr Zelensky",
            "Volodymyr Zelenskyy",
            "volodymyr zelenskiy",
        ],
        &["U.S.", "US", "u.s."],
        &["Rees-Mogg", "Rees Mogg"],
        &["O’Brien", "O'Brien", "OBrien"],
        &["the Financial Times", "Financial Times"],
        &["Pistorius", "Pistórius"],
        &["Dmitry Peskov", "Dmitriy Peskov"],
    ];

    /// Pairs that must stay apart.
    const DIFFERENT: &[(&str, &str)] = &[
        ("Kyiv", "Kiev"),
        ("Tony", "Toni"),
        ("Joe Biden", "Biden"),
        ("Iran", "Iraq"),
    ];

    #[test]
    fn variants_share_a_key() {
        for row in SAME {
            let first = key(row[0]);
            for name in &row[1..] {
                assert_eq!(key(name), first, "{name} vs {}", row[0]);
            }
        }
    }

    #[test]
    fn different_names_keep_apart() {
        for (a, b) in DIFFERENT {
            assert_ne!(key(a), key(b), "{a} vs {b}");
        }
    }

    #[test]
    fn capitals_become_title_case() {
        const CASES: &[(&str, &str)] = &[
            ("THYS", "Thys"),
            ("O’BRIEN", "O’Brien"),
            ("REES-MOGG", "Rees-Mogg"),
        ];
        for (input, want) in CASES {
            assert_eq!(title_case(input), *want);
        }
    }
}
