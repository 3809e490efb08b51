//! Pairing double quotation marks into quoted spans, one paragraph at a time.
//!
//! Each mark is read as opening or closing from its neighbours first (a mark
//! with a space before and a letter after opens, whatever its glyph), and from
//! its glyph only when the neighbours don't tell. Single marks are left alone
//! where a body uses double marks: they are mostly apostrophes, and a nested
//! ‘…’ simply stays inside its span. A body with no double mark at all quotes
//! with single ones (British style: 'We will win,' he said), so there they pair
//! instead, a mark between two letters staying an apostrophe ("Peskov's").

use crate::extract::names;

/// A paragraph: a non-blank line of the body, trimmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of its first non-blank character.
    pub start: usize,
    /// Byte offset just past its last non-blank character.
    pub end: usize,
}

/// A top-level quoted span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the quoted text (just past the opening mark).
    pub start: usize,
    /// Byte offset just past the quoted text (the closing mark, or the paragraph end).
    pub end: usize,
    /// Byte offset just past the closing mark (equal to `end` when unclosed).
    pub close: usize,
    /// Whether a closing mark was found in the paragraph.
    pub closed: bool,
    /// Unclosed, and the next paragraph reopens with a mark: the quotation goes on there.
    pub continues: bool,
    /// Index of its paragraph.
    pub para: usize,
}

/// Split a body into its non-blank lines.
pub fn paragraphs(body: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in body.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            out.push(Paragraph {
                start: pos + lead,
                end: pos + lead + trimmed.len(),
            });
        }
        pos += line.len() + 1;
    }
    out
}

/// What a mark's glyph says about it when its neighbours don't.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Glyph {
    Open,
    Close,
    Either,
}

/// Whether a mark opens or closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// One double quotation mark in a paragraph.
#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    role: Role,
}

fn glyph(c: char) -> Option<Glyph> {
    match c {
        '“' | '„' | '‟' | '«' => Some(Glyph::Open),
        '”' | '»' => Some(Glyph::Close),
        '"' => Some(Glyph::Either),
        _ => None,
    }
}

fn is_mark_char(c: char) -> bool {
    glyph(c).is_some() || matches!(c, '\'' | '‘' | '’')
}

/// Characters that may stand before an opening mark as if they were a space.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '(' | '[' | '{' | '—' | '–' | '―' | '-' | '/')
        || is_mark_char(c)
}

/// Characters that may follow a closing mark as if they were a space.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '―' | '-' | '…'
        )
        || is_mark_char(c)
}

/// The double marks of one paragraph, each with the role its neighbours give it.
fn marks(text: &str, base: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let (g, len) = match glyph(c) {
            Some(g) => (g, c.len_utf8()),
            // Two apostrophes stand for a double mark in some wire copy.
            None if c == '\'' && iter.peek().is_some_and(|&(_, n)| n == '\'') => {
                iter.next();
                (Glyph::Either, 2)
            }
            None => {
                prev = Some(c);
                continue;
            }
        };
        let next = text[i + len..].chars().next();
        let can_open = next.is_some_and(|n| !n.is_whitespace()) && prev.is_none_or(opens_after);
        let can_close = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closes_before);
        let role = match (can_open, can_close, g) {
            (true, false, _) => Role::Open,
            (false, true, _) => Role::Close,
            (_, _, Glyph::Open) => Role::Open,
            (_, _, Glyph::Close) => Role::Close,
            (_, _, Glyph::Either) => Role::Either,
        };
        out.push(Mark {
            pos: base + i,
            len,
            role,
        });
        prev = Some(if len == 2 { '\'' } else { c });
    }
    out
}

/// Number of words (runs of alphanumerics) in a text.
fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// The single marks of one paragraph that quote, each with the role its neighbours give it
/// (for a body without double marks). A mark between two letters or digits is an
/// apostrophe ("Peskov's", "don't"), and one with neither a word after it nor one before
/// it stands alone.
fn single_marks(text: &str, base: usize) -> Vec<Mark> {
    let mut out: Vec<Mark> = Vec::new();
    // marks that may be a plural's apostrophe: "the ministers' aides"
    let mut plural: Vec<usize> = Vec::new();
    for (i, c) in text.char_indices() {
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        let (before, after) = (&text[..i], &text[i + c.len_utf8()..]);
        let (prev, next) = (before.chars().next_back(), after.chars().next());
        if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let can_open =
            next.is_some_and(|n| !n.is_whitespace() && n != c) && prev.is_none_or(opens_after);
        let can_close = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closes_before);
        let role = match (can_open, can_close) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            (true, true) if c == '‘' => Role::Open,
            (true, true) => Role::Either,
            (false, false) => continue,
        };
        // after an "s" and before a lower-case word, unless a word or three after an
        // opening mark ("the 'yes' votes")
        if role == Role::Close
            && before.ends_with('s')
            && after
                .strip_prefix(' ')
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && out
                .iter()
                .rev()
                .find(|m| m.role != Role::Close)
                .is_none_or(|m| word_count(&text[m.pos - base..i]) > 3)
        {
            plural.push(out.len());
        }
        out.push(Mark {
            pos: base + i,
            len: c.len_utf8(),
            role,
        });
    }
    // a plural's apostrophe gives way to a later mark that can close; with none, it closes
    let last_close = out.iter().rposition(|m| m.role != Role::Open);
    out.into_iter()
        .enumerate()
        .filter(|(k, _)| !(plural.contains(k) && last_close.is_some_and(|l| *k < l)))
        .map(|(_, m)| m)
        .collect()
}

/// Does the paragraph starting at `start` open with a quotation mark?
fn opens_with_mark(body: &str, start: usize, single: bool) -> bool {
    let mut chars = body[start..].chars();
    match chars.next() {
        Some(c) if glyph(c).is_some() => true,
        Some('\'') if !single => chars.next() == Some('\''),
        Some('\'' | '‘') if single => chars.next().is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Find the top-level quoted spans of every paragraph, in body order.
pub fn spans(body: &str, paras: &[Paragraph]) -> Vec<Span> {
    let mut out = Vec::new();
    let double: Vec<Vec<Mark>> = paras
        .iter()
        .map(|p| marks(&body[p.start..p.end], p.start))
        .collect();
    let single = quotes_with_single_marks(body, paras, &double);
    for (p, (para, ms)) in paras.iter().zip(double).enumerate() {
        let next_opens = paras
            .get(p + 1)
            .is_some_and(|n| opens_with_mark(body, n.start, single));
        let ms = if single {
            single_marks(&body[para.start..para.end], para.start)
        } else {
            ms
        };
        pair(body, &ms, *para, p, next_opens, &mut out);
    }
    // with single marks, an opening mark nothing closes is an elision ("the '90s") unless
    // it opens a paragraph the next one continues
    if single {
        out.retain(|s| s.closed || (s.continues && s.open == paras[s.para].start));
    }
    // `Marcia “Cia” Price`: a nickname inside a name is no quotation
    out.retain(|s| !s.closed || names::nickname_end(body, s.open) != Some(s.close));
    out
}

/// Whether a body quotes with single marks: it has no double mark (nor two apostrophes
/// standing for one), or single marks open more quotations outside double ones than double
/// marks could, the British style where “…” only nests inside ‘…’ ('They were promised
/// "a fair deal",' she said). Single marks nested in double ones don't count ("the 'yes'
/// vote and the 'no' vote," he said), nor marks standing in for letters.
fn quotes_with_single_marks(body: &str, paras: &[Paragraph], double: &[Vec<Mark>]) -> bool {
    let doubles: usize = double.iter().map(Vec::len).sum();
    if doubles == 0 {
        return true;
    }
    // (a vectorised byte search: this runs on every body with double marks)
    let mut opening = 0;
    for (para, ds) in paras.iter().zip(double) {
        let text = &body[para.start..para.end];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\'', 0xE2, bytes) {
            // ' or the curly ‘ and ’ (E2 80 98, E2 80 99)
            let len = match bytes[i] {
                b'\'' => 1,
                _ if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0x98 | 0x99)) =>
                {
                    3
                }
                _ => continue,
            };
            // opening: after nothing, a space, a bracket or a dash, before a word
            if text[..i].chars().next_back().is_none_or(opens_after)
                && opens_words(&text[i + len..])
                && !inside(ds, para.start + i)
            {
                opening += 1;
                if opening >= 2 && opening * 2 > doubles {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a single mark followed by `after` opens words rather than standing in for
/// letters: not a decade ('90s), nor a split contraction or possessive ("I 'm", "Rico 's",
/// rock 'n' roll).
fn opens_words(after: &str) -> bool {
    let word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    word.starts_with(char::is_alphabetic)
        && !matches!(
            word,
            "s" | "m" | "d" | "t" | "n" | "re" | "ve" | "ll" | "em"
        )
}

/// Whether `pos` falls inside a quotation the paragraph's double marks open before it.
fn inside(double: &[Mark], pos: usize) -> bool {
    let mut depth = 0usize;
    for m in double.iter().take_while(|m| m.pos < pos) {
        depth = match m.role {
            Role::Open => depth + 1,
            Role::Close => depth.saturating_sub(1),
            Role::Either if depth > 0 => depth - 1,
            Role::Either => 1,
        };
    }
    depth > 0
}

/// Pair the marks of one paragraph with a stack, appending its top-level spans.
fn pair(body: &str, ms: &[Mark], para: Paragraph, p: usize, next_opens: bool, out: &mut Vec<Span>) {
    let mut stack: Vec<Mark> = Vec::new();
    // The first quote closed inside the outermost open one: (open mark, close mark).
    let mut child: Option<(Mark, Mark)> = None;
    let mut collapsed = false;
    let mut k = 0;
    loop {
        while k < ms.len() {
            let m = ms[k];
            k += 1;
            let closes = match m.role {
                Role::Open => false,
                Role::Close => true,
                Role::Either => !stack.is_empty(),
            };
            if !closes {
                stack.push(m);
                continue;
            }
            let Some(open) = stack.pop() else { continue };
            if stack.is_empty() {
                out.push(Span {
                    open: open.pos,
                    start: open.pos + open.len,
                    end: m.pos,
                    close: m.pos + m.len,
                    closed: true,
                    continues: false,
                    para: p,
                });
                child = None;
            } else if stack.len() == 1 && child.is_none() {
                child = Some((open, m));
            }
        }
        // An outer quote still open at the paragraph end whose "inner" quote is
        // long or ends a clause: the inner opening mark was a typo or a stray, so
        // the inner closing mark closes the outer one. Done once, so it stays linear.
        let Some(&outer) = stack.first() else { return };
        if let (Some((inner_open, inner_close)), false) = (child, collapsed) {
            let inner = &body[inner_open.pos + inner_open.len..inner_close.pos];
            let after = body[inner_close.pos + inner_close.len..para.end].trim_start();
            if word_count(inner) >= 6 || inner.trim_end().ends_with(',') || after.starts_with(',') {
                out.push(Span {
                    open: outer.pos,
                    start: outer.pos + outer.len,
                    end: inner_close.pos,
                    close: inner_close.pos + inner_close.len,
                    closed: true,
                    continues: false,
                    para: p,
                });
                stack.clear();
                child = None;
                collapsed = true;
                k = ms.partition_point(|x| x.pos <= inner_close.pos);
                continue;
            }
        }
        out.push(Span {
            open: outer.pos,
            start: outer.pos + outer.len,
            end: para.end,
            close: para.end,
            closed: false,
            continues: next_opens,
            para: p,
        });
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<String> {
        let paras = paragraphs(body);
        spans(body, &paras)
            .iter()
            .map(|s| body[s.start..s.end].to_string())
            .collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        ("“We will win,” she said.", &["We will win,"]),
        ("He said \"no way\" and left.", &["no way"]),
        ("It's Bob's \"big day,\" he said.", &["big day,"]),
        ("«Nous gagnerons», a-t-il dit.", &["Nous gagnerons"]),
        ("“Q one,“ he said.", &["Q one,"]),
        ("”Fear. I am afraid,” she said.", &["Fear. I am afraid,"]),
        ("“Outer ‘inner’ text,” he said.", &["Outer ‘inner’ text,"]),
        (
            "“To get there we must, as he noted, “make sure that Ukraine prevails as a state,” the official said.",
            &["To get there we must, as he noted, “make sure that Ukraine prevails as a state,"],
        ),
        (
            "“First part of it\n\n“Second part.” he said",
            &["First part of it", "Second part."],
        ),
        ("''If you're 80,'' she added.", &["If you're 80,"]),
        ("A stray ” closing mark only.", &[]),
        (
            "“We reject what they call “peace” at any price.",
            &["We reject what they call “peace” at any price."],
        ),
    ];

    #[test]
    fn pairs_marks() {
        for (body, want) in CASES {
            assert_eq!(texts(body), want.to_vec(), "{body}");
        }
    }

    #[test]
    fn single_marks_quote_where_a_body_has_no_double_ones() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Johnson said: 'We will win this fight.'",
                &["We will win this fight."],
            ),
            ("‘We will win,’ Johnson's aide said.", &["We will win,"]),
            (
                "'It is a disgrace that the ministers' aides did this,' he said.",
                &["It is a disgrace that the ministers' aides did this,"],
            ),
            (
                "He called the 'yes' votes 'a betrayal' and left.",
                &["yes", "a betrayal"],
            ),
            ("In the '90s it was rock 'n' roll, Peskov's aide said.", &[]),
            ("Rico 's Hector Camacho won , Reuters 's data show .", &[]),
            (
                "'One two three\n\n'Four five,' he said.",
                &["One two three", "Four five,"],
            ),
            ("He said \"no\" and 'yes' too.", &["no"]),
            (
                "'They were promised, and I quote, \"a fair deal\". Not one,' he said. Dell said 'no'.",
                &[
                    "They were promised, and I quote, \"a fair deal\". Not one,",
                    "no",
                ],
            ),
            (
                "\"I 'm sure,\" he said. \"It 's over.\" Hoddle 's men won 'em 'n' all in the '90s.",
                &["I 'm sure,", "It 's over."],
            ),
            (
                "\"The 'yes' vote, the 'no' vote and the 'maybe' vote,\" he said.",
                &["The 'yes' vote, the 'no' vote and the 'maybe' vote,"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(texts(body), want.to_vec(), "{body}");
        }
    }

    #[test]
    fn unclosed_quote_continues_when_next_paragraph_reopens() {
        let body = "“One two three\n\n“Four five.”\n\nAfter.";
        let paras = paragraphs(body);
        let s = spans(body, &paras);
        assert_eq!(s.len(), 2);
        assert!(s[0].continues && !s[0].closed);
        assert!(s[1].closed && !s[1].continues);
    }
}
