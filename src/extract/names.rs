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

#[cfg(test)]
mod tests {
    use super::*;

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
