//! Word tokens of a body with the layout facts the recogniser needs: sentence starts,
//! possessives, headline lines.

use super::super::gazetteer::is_alnum;
use super::super::names;

/// One word: letters and digits, with inner apostrophes, hyphens, dots and ampersands
/// ("O’Brien", "Rees-Mogg", "U.S.", "AT&T", "Antiwar.com").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the word; a possessive "’s" is left outside.
    pub end: usize,
    /// Only spaces separate it from the word before, on the same line.
    pub joined: bool,
    /// Opens a sentence, a line, a quotation or a clause after a colon.
    pub sentence_start: bool,
    /// Followed by a possessive "’s" or "’".
    pub possessive: bool,
    /// Sits on a headline-like line where capitals say nothing.
    pub headline: bool,
    /// A line break lies between it and the word before.
    pub after_newline: bool,
}

/// Abbreviations that keep their dot ("Mr.", "Gen.") and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Brig", "Capt", "Co", "Col", "Corp", "Dr", "Gen", "Gov", "Inc", "Jr", "Lt", "Ltd",
    "Maj", "Mr", "Mrs", "Ms", "Prof", "Rep", "Sec", "Sen", "Sgt", "Sr", "St",
];

/// Short words a title-case headline leaves in lower case.
const HEADLINE_SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "nor", "of", "off", "on",
    "or", "per", "so", "than", "the", "to", "up", "via", "vs", "with", "yet",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Whether the character at byte `pos` is a letter or digit, and its width; ASCII first.
#[inline]
fn alnum_at(body: &str, pos: usize) -> (bool, usize) {
    let byte = body.as_bytes()[pos];
    if byte.is_ascii() {
        (byte.is_ascii_alphanumeric(), 1)
    } else {
        let c = body[pos..].chars().next().unwrap_or_default();
        (is_alnum(c), c.len_utf8())
    }
}

/// Whether a letter or digit starts at byte `pos`.
#[inline]
fn alnum_starts(body: &str, pos: usize) -> bool {
    pos < body.len() && alnum_at(body, pos).0
}

/// Split a body into word tokens in one pass.
pub fn tokenize(body: &str) -> Vec<Token> {
    let bytes = body.as_bytes();
    let mut tokens = Vec::with_capacity(body.len() / 5);
    let mut gap_start = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        let (alnum, width) = alnum_at(body, pos);
        if !alnum {
            pos += width;
            continue;
        }
        let start = pos;
        let mut end = pos + width;
        // letters and digits, and the marks between two of them
        while end < bytes.len() {
            let (alnum, width) = alnum_at(body, end);
            if alnum {
                end += width;
            } else if matches!(bytes[end], b'\'' | b'-' | b'.' | b'&')
                && alnum_starts(body, end + 1)
            {
                end += 1;
            } else if body[end..].starts_with('’') && alnum_starts(body, end + '’'.len_utf8()) {
                end += '’'.len_utf8();
            } else {
                break;
            }
        }
        let next = end;
        let mut possessive = false;
        let word = &body[start..end];
        if let Some(stem) = word.strip_suffix(['s', 'S'])
            && let Some(last) = stem.chars().next_back()
            && is_apostrophe(last)
            && stem.len() > last.len_utf8()
        {
            end = start + stem.len() - last.len_utf8();
            possessive = true;
        } else if body[end..].chars().next().is_some_and(is_apostrophe) {
            possessive = true;
        }
        let word = &body[start..end];
        if body[end..].starts_with('.') && keeps_dot(word) {
            end += 1;
        }
        let gap = &body[gap_start..start];
        let (joined, sentence_start, after_newline) = if gap == " " {
            (!tokens.is_empty(), tokens.is_empty(), false)
        } else {
            (
                !tokens.is_empty()
                    && !gap.is_empty()
                    && gap.chars().all(|g| g == ' ' || g == '\u{a0}'),
                tokens.is_empty()
                    || gap.contains(['.', '!', '?', ':', ';', '\n', '“', '"', '«', '‘', '•', '|']),
                gap.contains('\n'),
            )
        };
        tokens.push(Token {
            start,
            end,
            joined,
            sentence_start,
            possessive,
            headline: false,
            after_newline,
        });
        gap_start = end;
        // the possessive's own characters and a kept dot start no word
        pos = next.max(end);
    }
    mark_headlines(body, &mut tokens);
    drop_nicknames(body, &mut tokens);
    tokens
}

/// Take a nickname in quotation marks out of a name ([`names::nickname_end`]): its words are
/// no tokens, and the name's next part joins the part before, so the name reads as one.
fn drop_nicknames(body: &str, tokens: &mut Vec<Token>) {
    if !body.contains(['"', '“']) {
        return;
    }
    // the last byte of '"' and of '“' in UTF-8: a cheap first look before each word
    let (plain, curly) = (b'"', "“".as_bytes()[2]);
    let mut i = 1;
    while i + 1 < tokens.len() {
        let before = body.as_bytes()[tokens[i].start - 1];
        if before != plain && before != curly {
            i += 1;
            continue;
        }
        let gap = &body[tokens[i - 1].end..tokens[i].start];
        let nickname = (gap == " \"" || gap == " “") && !tokens[i - 1].headline;
        let Some(end) = nickname
            .then(|| names::nickname_end(body, tokens[i - 1].end + 1))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let mut next = i;
        while next < tokens.len() && tokens[next].start < end {
            next += 1;
        }
        if next >= tokens.len() || tokens[next].headline {
            i += 1;
            continue;
        }
        let rest = &mut tokens[next];
        rest.joined = true;
        rest.sentence_start = false;
        tokens.drain(i..next);
        i += 1;
    }
}

/// Initials ("F."), dotted acronyms ("U.S.") and title abbreviations ("Mr.") keep their dot.
fn keeps_dot(word: &str) -> bool {
    let single = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.next().is_none()
    };
    single(word)
        || (word.contains('.') && word.split('.').all(single))
        || ABBREVIATIONS.contains(&word)
}

/// Flag the tokens of lines written in title case or capitals, where capitals say nothing.
fn mark_headlines(body: &str, tokens: &mut [Token]) {
    let mut line_start = 0;
    while line_start < tokens.len() {
        let mut line_end = line_start + 1;
        while line_end < tokens.len() && !tokens[line_end].after_newline {
            line_end += 1;
        }
        let (mut capital, mut lower) = (0, 0);
        for t in &tokens[line_start..line_end] {
            let word = &body[t.start..t.end];
            match word.chars().next() {
                Some(c) if c.is_uppercase() => capital += 1,
                Some(c) if c.is_lowercase() && !HEADLINE_SMALL.contains(&word) => {
                    // one lower-case word settles it: not a headline
                    lower += 1;
                    break;
                }
                _ => {}
            }
        }
        // the rest only matters for lines with no lower-case word and two capitals or more
        if lower == 0 && capital >= 2 {
            let unpunctuated = || {
                let line_end_text = body[tokens[line_end - 1].end..]
                    .lines()
                    .next()
                    .unwrap_or_default();
                let unpunctuated = !line_end_text
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', ',', ';', '"', '”']);
                // a short heading stands as its own paragraph; a wrapped line of running text does not
                let before = &body[..tokens[line_start].start];
                let after = &body[tokens[line_end - 1].end..];
                let own_paragraph = (before.trim().is_empty()
                    || before.trim_end_matches([' ', '\t']).ends_with("\n\n"))
                    && (after.trim().is_empty()
                        || after
                            .trim_start_matches(|c: char| c != '\n')
                            .starts_with("\n\n"));
                unpunctuated && own_paragraph
            };
            // "1. Ato Boldon ( Trinidad ) 20.37", "Dave Barr ( Canada ) , Mike Sullivan": a list of
            // names in title case, where capitals do mark names
            let line_text = &body[tokens[line_start].start..tokens[line_end - 1].end];
            let list = (line_text.contains('(') || names_listed(line_text))
                && line_text.chars().any(char::is_lowercase);
            if !list && (capital >= 4 || (line_end - line_start <= 6 && unpunctuated())) {
                for t in &mut tokens[line_start..line_end] {
                    t.headline = true;
                }
            }
        }
        line_start = line_end;
    }
}

/// Words of a line in title case that are a list of names ("Tries : Sean Fitzpatrick ,
/// Walter Little", "PAYING AGENT : Michigan National Bank , Detroit"), not a headline with
/// a comma ("Trump Says He Will Win, Pence Agrees"): commas between short stretches, each of
/// four words at most (a colon, semicolon or lone dash also ends one).
fn names_listed(line: &str) -> bool {
    let mut words = 0;
    for word in line.split_whitespace() {
        let ends = word.ends_with([',', ';', ':']);
        if word.chars().any(char::is_alphabetic) {
            words += 1;
            if words > 4 {
                return false;
            }
        }
        if ends || matches!(word, "," | ";" | ":" | "-" | "--" | "—") {
            words = 0;
        }
    }
    line.contains(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Body, then its tokens as written.
    const CASES: &[(&str, &[&str])] = &[
        (
            "NATO’s chief met O’Brien.",
            &["NATO", "chief", "met", "O’Brien"],
        ),
        (
            "the U.S. and Mr. Rees-Mogg",
            &["the", "U.S.", "and", "Mr.", "Rees-Mogg"],
        ),
        ("John F. Kennedy, AT&T", &["John", "F.", "Kennedy", "AT&T"]),
        ("read Antiwar.com. Then", &["read", "Antiwar.com", "Then"]),
        ("the allies’ plan", &["the", "allies", "plan"]),
        ("‘ ’s '", &["s"]),
    ];

    #[test]
    fn words_keep_inner_marks() {
        for (body, want) in CASES {
            let got: Vec<&str> = tokenize(body)
                .iter()
                .map(|t| &body[t.start..t.end])
                .collect();
            assert_eq!(&got, want, "{body}");
        }
    }

    #[test]
    fn sentence_starts_and_possessives() {
        let body = "He met Kuleba. Later, “Peace” said NATO’s chief";
        let t = tokenize(body);
        let starts: Vec<&str> = t
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| &body[t.start..t.end])
            .collect();
        assert_eq!(starts, ["He", "Later", "Peace"]);
        let poss: Vec<&str> = t
            .iter()
            .filter(|t| t.possessive)
            .map(|t| &body[t.start..t.end])
            .collect();
        assert_eq!(poss, ["NATO"]);
    }

    #[test]
    fn a_nickname_in_marks_leaves_one_name() {
        let words = |body: &str| -> Vec<(String, bool)> {
            tokenize(body)
                .iter()
                .map(|t| (body[t.start..t.end].to_string(), t.joined))
                .collect()
        };
        let body = "Rep. Robert C. \"Bobby\" Scott and Marcia “Cia” Price spoke.";
        let got = words(body);
        let names: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            names,
            [
                "Rep.", "Robert", "C.", "Scott", "and", "Marcia", "Price", "spoke"
            ]
        );
        assert!(got[3].1 && got[6].1, "{got:?}");
        // a quotation after a name, or of lower-case words, stays
        for body in [
            "Trump said \"Thank You\" to them.",
            "Scott \"was right\" Monday.",
            "chants of \"Bobby!\" at the rally",
        ] {
            assert_eq!(
                tokenize(body).len(),
                body.split_whitespace().count(),
                "{body}"
            );
        }
    }

    #[test]
    fn a_headline_with_a_comma_is_no_list_of_names() {
        let headline = |body: &str| tokenize(body).iter().all(|t| t.headline);
        assert!(headline(
            "Trump Could Address Clean Energy, Lindsey Graham Says."
        ));
        // a conjunction in lower case, as many papers write it
        assert!(headline(
            "Obama Sees Insult if Blacks Don't Rally for Hillary Clinton."
        ));
        for list in [
            "New Zealand - Tries : Sean Fitzpatrick , Walter Little , Justin Marshall .",
            "PAYING AGENT : Michigan National Bank , Detroit",
        ] {
            assert!(!headline(list), "{list}");
        }
    }

    #[test]
    fn title_case_lines_are_headlines() {
        let body = "Zelensky Says Kyiv Will Win the War\nZelensky said Kyiv would win.";
        let t = tokenize(body);
        assert!(t[..7].iter().all(|t| t.headline));
        assert!(t[7..].iter().all(|t| !t.headline));
    }
}
