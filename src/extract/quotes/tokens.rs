//! Tokens of a paragraph for attribution: words, punctuation, and each quoted span as one opaque token.

use super::super::names;
use super::lexicon;
use super::marks::{Paragraph, Span};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    /// A word, with inner apostrophes, hyphens and abbreviation periods ("U.S.", "Sen.", "Clinton’s").
    Word,
    /// One punctuation character.
    Punct,
    /// A whole quoted span, marks included: index into the spans.
    Quote(usize),
}

/// A token and its byte span in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub tok: Tok,
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
}

/// Tokenize one paragraph; `spans[first..last]` are its quoted spans, in order.
pub fn tokenize(
    body: &str,
    para: Paragraph,
    spans: &[Span],
    first: usize,
    last: usize,
) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pos = para.start;
    for (i, s) in spans.iter().enumerate().take(last).skip(first) {
        text_tokens(body, pos, s.open.max(pos), &mut out);
        out.push(Token {
            tok: Tok::Quote(i),
            start: s.open,
            end: s.close,
        });
        pos = s.close.max(pos);
    }
    text_tokens(body, pos, para.end.max(pos), &mut out);
    out
}

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '/')
}

/// Words and punctuation of `body[from..to]`.
fn text_tokens(body: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let text = &body[from..to];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            // `Marcia “Cia” Price`: the name reads on over its nickname
            if let Some(end) = names::nickname_end(body, from + b).filter(|&e| e <= to) {
                while i < chars.len() && from + chars[i].0 < end {
                    i += 1;
                }
                continue;
            }
            out.push(Token {
                tok: Tok::Punct,
                start: from + b,
                end: from + b + c.len_utf8(),
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if joins_word(c) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
                j += 2;
            } else {
                break;
            }
        }
        // "the Joneses' shop": a plural's apostrophe before the next word is the word's
        let plural = chars[j - 1].1 == 's'
            && chars.get(j).is_some_and(|x| matches!(x.1, '\'' | '’'))
            && chars.get(j + 1).is_some_and(|x| x.1 == ' ');
        if plural {
            j += 1;
        }
        let end_byte = |j: usize| chars.get(j).map_or(text.len(), |x| x.0);
        let word = &text[b..end_byte(j)];
        // "(D-Mo.)": a period just before a closing parenthesis ends no sentence.
        let before_paren = chars.get(j + 1).is_some_and(|x| x.1 == ')');
        if chars.get(j).is_some_and(|x| x.1 == '.') && (keeps_period(word) || before_paren) {
            j += 1;
        }
        out.push(Token {
            tok: Tok::Word,
            start: from + b,
            end: from + end_byte(j),
        });
        i = j;
    }
}

/// Does a word's following period belong to it ("Sen.", "J.", "U.S.")?
fn keeps_period(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || word.contains('.') || lexicon::is_abbreviation(&word.to_lowercase())
}

/// Does this token end a sentence?
pub fn ends_sentence(body: &str, t: &Token) -> bool {
    t.tok == Tok::Punct && matches!(&body[t.start..t.end], "." | "!" | "?" | "…" | ";")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::marks::{paragraphs, spans};

    const CASES: &[(&str, &[&str])] = &[
        (
            "Sen. John Smith said: “Yes.”",
            &["Sen.", "John", "Smith", "said", ":", "“Yes.”"],
        ),
        (
            "the U.S. official’s view",
            &["the", "U.S.", "official’s", "view"],
        ),
        ("R-Texas, 45.", &["R-Texas", ",", "45", "."]),
    ];

    #[test]
    fn tokenizes_words_punctuation_and_quotes() {
        for (body, want) in CASES {
            let paras = paragraphs(body);
            let s = spans(body, &paras);
            let toks = tokenize(body, paras[0], &s, 0, s.len());
            let got: Vec<&str> = toks.iter().map(|t| &body[t.start..t.end]).collect();
            assert_eq!(got, want.to_vec(), "{body}");
        }
    }
}
