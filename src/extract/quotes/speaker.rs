//! Speakers: the noun phrase around a reporting verb, and the person it points to.
//!
//! Phrases are read off the token stream without a parser: backwards from the
//! verb for `S said`, forwards for `said S`, with appositives and relative
//! clauses between commas skipped ("Hugh Hill, a doctor, said" → Hugh Hill).
//! A phrase names a person when a person mention lies inside it; a pronoun or
//! a bare title ("the foreign minister") points back to a person the article
//! has already introduced; anything else (an unnamed source) has no person.

use super::lexicon;
use super::marks::Span;
use super::tokens::{Tok, Token};
use crate::extract::{Entity, Kind, Mention};

/// Longest speaker phrase read, in words.
const MAX_WORDS: usize = 12;
/// How many earlier person mentions a bare title is compared with.
const TITLE_LOOKBACK: usize = 40;

/// Lowercase text of a token.
pub fn lower(body: &str, t: &Token) -> String {
    body[t.start..t.end].to_lowercase()
}

fn is_word(t: &Token) -> bool {
    t.tok == Tok::Word
}

fn is_comma(body: &str, t: &Token) -> bool {
    t.tok == Tok::Punct && &body[t.start..t.end] == ","
}

fn starts_lowercase_or_digit(body: &str, t: &Token) -> bool {
    body[t.start..t.end]
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Start of the run of words ending at `e` that a speaker phrase may span, not before `w`.
fn walk_back(body: &str, toks: &[Token], w: usize, e: usize) -> usize {
    let mut s = e;
    while s > w && e - s < MAX_WORDS {
        let t = &toks[s - 1];
        if !is_word(t) {
            break;
        }
        let l = lower(body, t);
        if lexicon::is_clause_word(&l) || lexicon::is_speech_verb(&l) {
            break;
        }
        s -= 1;
    }
    s
}

/// Could the words `toks[s..e]` stand alone as a subject (not "On Monday", "Later")?
fn is_subject(body: &str, toks: &[Token], s: usize, e: usize) -> bool {
    if s >= e {
        return false;
    }
    let first = lower(body, &toks[s]);
    let starts_clause = lexicon::is_preposition(&first)
        || lexicon::is_adverb(&first)
        || lexicon::is_time_word(&first);
    !starts_clause
        && !toks[s..e]
            .iter()
            .any(|t| lexicon::is_time_word(&lower(body, t)))
}

/// The subject ending just before the verb at token `v`, not reaching before token `w`.
///
/// Returns a token range. Adverbs and auxiliaries before the verb are skipped
/// ("he also said"); an appositive or relative clause between commas is skipped
/// for the phrase before it ("Hugh Hill, a doctor, said").
pub fn backward(body: &str, toks: &[Token], w: usize, v: usize) -> Option<(usize, usize)> {
    let mut e = v;
    while e > w && is_word(&toks[e - 1]) && lexicon::is_adverb(&lower(body, &toks[e - 1])) {
        e -= 1;
    }
    if e == w {
        return None;
    }
    // "Hugh Hill, a doctor, said": the comma closing an appositive.
    if e > w + 1 && is_comma(body, &toks[e - 1]) {
        e -= 1;
    }
    // The last comma before the verb, if the words after it look like an appositive.
    let mut c = e;
    while c > w && !is_comma(body, &toks[c - 1]) && e - c <= MAX_WORDS {
        c -= 1;
    }
    if c > w && c < e && is_comma(body, &toks[c - 1]) && starts_lowercase_or_digit(body, &toks[c]) {
        let pe = c - 1;
        let ps = walk_back(body, toks, w, pe);
        if is_subject(body, toks, ps, pe) {
            return Some((ps, pe));
        }
    }
    let s = walk_back(body, toks, w, e);
    // "On Monday the minister said": drop a leading prepositional phrase.
    if s < e && !is_subject(body, toks, s, e) {
        let det = (s + 1..e).find(|&i| {
            let starts = matches!(lower(body, &toks[i]).as_str(), "the" | "a" | "an")
                || body[toks[i].start..toks[i].end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            starts && is_subject(body, toks, i, e)
        });
        return det.map(|d| (d, e));
    }
    (s < e).then_some((s, e))
}

/// The speaker read forwards from token `i` ("said Donna Brazile, the chairwoman" → Donna Brazile).
pub fn forward(body: &str, toks: &[Token], i: usize, limit: usize) -> Option<(usize, usize)> {
    let mut e = i;
    while e < limit && e - i < MAX_WORDS {
        let t = &toks[e];
        if !is_word(t) {
            break;
        }
        let l = lower(body, t);
        if lexicon::is_clause_word(&l)
            || lexicon::is_preposition(&l)
            || lexicon::is_time_word(&l)
            || lexicon::is_speech_verb(&l)
        {
            break;
        }
        e += 1;
    }
    (e > i).then_some((i, e))
}

/// The people an article mentions outside its quotations, for resolving speakers.
pub struct People<'a> {
    body: &'a str,
    /// (start, end, entity) of every person mention outside a quoted span, in body order.
    persons: Vec<(usize, usize, usize)>,
}

impl<'a> People<'a> {
    /// Collect the person mentions that lie outside every quoted span.
    pub fn new(body: &'a str, entities: &[Entity], mentions: &[Mention], spans: &[Span]) -> Self {
        let mut ms: Vec<&Mention> = mentions
            .iter()
            .filter(|m| {
                entities
                    .get(m.entity)
                    .is_some_and(|e| e.kind == Kind::Person)
            })
            .filter(|m| m.start <= m.end && m.end <= body.len())
            .collect();
        ms.sort_by_key(|m| m.start);
        let mut persons = Vec::with_capacity(ms.len());
        let mut si = 0;
        for m in ms {
            while si < spans.len() && spans[si].close <= m.start {
                si += 1;
            }
            let inside = spans
                .get(si)
                .is_some_and(|s| s.open <= m.start && m.end <= s.close);
            if !inside {
                persons.push((m.start, m.end, m.entity));
            }
        }
        People { body, persons }
    }

    /// The person named inside the byte span, the last one if several.
    pub fn named(&self, s: usize, e: usize) -> Option<usize> {
        let upto = self.persons.partition_point(|p| p.0 < e);
        upto.checked_sub(1)
            .map(|i| self.persons[i])
            .filter(|p| p.1 > s)
            .map(|p| p.2)
    }

    /// The last person mentioned in `[from, pos)`.
    pub fn before(&self, pos: usize, from: usize) -> Option<usize> {
        let upto = self.persons.partition_point(|p| p.0 < pos);
        self.persons[..upto]
            .iter()
            .rev()
            .find(|p| p.1 <= pos)
            .filter(|p| p.0 >= from)
            .map(|p| p.2)
    }

    /// The person a bare title points back to: the most recent one introduced with the
    /// same title words ("Foreign Minister Dmytro Kuleba" for "the foreign minister").
    pub fn titled(&self, words: &[String], pos: usize) -> Option<usize> {
        let head = words.last()?;
        let upto = self.persons.partition_point(|p| p.1 <= pos);
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in self.persons[..upto]
            .iter()
            .enumerate()
            .rev()
            .take(TITLE_LOOKBACK)
        {
            let floor = i.checked_sub(1).map_or(0, |j| self.persons[j].1);
            let ctx = self.context(p.0, p.1, floor);
            if !ctx.iter().any(|w| same_title(w, head)) {
                continue;
            }
            let score = words
                .iter()
                .filter(|w| ctx.iter().any(|c| same_title(c, w)))
                .count();
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, p.2));
            }
        }
        best.map(|b| b.1)
    }

    /// Lowercase words just before a mention and in an appositive just after it.
    /// The words before stop at `floor`, the end of the person mentioned before.
    fn context(&self, s: usize, e: usize, floor: usize) -> Vec<String> {
        let body = self.body;
        let mut from = s.saturating_sub(60).max(floor.min(s));
        while !body.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (e + 80).min(body.len());
        while !body.is_char_boundary(to) {
            to += 1;
        }
        let before = &body[from..s];
        let before = before
            .rsplit(['.', '\n', ',', '“', '"'])
            .next()
            .unwrap_or(before);
        let after = body[e..to].trim_start();
        let after = if after.starts_with([',', '(']) {
            after[1..].split([',', ')', '.', '\n']).next().unwrap_or("")
        } else {
            ""
        };
        before
            .split(|c: char| !c.is_alphanumeric())
            .chain(after.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }
}

/// Title words equal, allowing a possessive or plural "s".
fn same_title(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::marks::{paragraphs, spans};
    use crate::extract::quotes::tokens::tokenize;

    /// (sentence ending in a verb, the subject read backwards from it)
    const BACKWARD: &[(&str, &[&str])] = &[
        ("Hugh Hill, a doctor, said", &["Hugh Hill"]),
        (
            "a senior official, who asked not to be named, said",
            &["a senior official"],
        ),
        ("At the same time, Stoltenberg said", &["Stoltenberg"]),
        ("he also said", &["he"]),
        ("On Monday, the minister said", &["the minister"]),
        ("On Monday the minister said", &["the minister"]),
        (
            "a spokesman for the ministry said",
            &["a spokesman for the ministry"],
        ),
        ("Smith, 45, said", &["Smith"]),
    ];

    #[test]
    fn reads_subjects_backwards() {
        for (text, want) in BACKWARD {
            let paras = paragraphs(text);
            let s = spans(text, &paras);
            let toks = tokenize(text, paras[0], &s, 0, 0);
            let got = backward(text, &toks, 0, toks.len() - 1)
                .map(|(a, b)| &text[toks[a].start..toks[b - 1].end]);
            assert_eq!(got, Some(want[0]), "{text}");
        }
    }
}
