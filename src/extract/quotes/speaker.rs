//! Speakers: the noun phrase around a reporting verb, and the person it points to.
//!
//! Phrases are read off the token stream without a parser: backwards from the
//! verb for `S said`, forwards for `said S`, with appositives and relative
//! clauses between commas skipped ("Hugh Hill, a doctor, said" → Hugh Hill).
//! A phrase names a person when a person mention lies inside it; a pronoun or
//! a bare title ("the foreign minister") points back to a person the article
//! has already introduced; anything else (an unnamed source) has no person.

use super::lexicon::{self, Gender};
use super::marks::Span;
use super::tokens::{Tok, Token};
use crate::extract::{Entity, Kind, Mention};

/// Longest speaker phrase read, in words.
const MAX_WORDS: usize = 12;
/// The entity index of a person the recogniser did not list (see [`unlisted_names`]).
const UNLISTED: usize = usize::MAX;
/// Tokens between a verb and the comma before an appositive ("X, director of … and a professor at …, said").
const APPOSITIVE_TOKENS: usize = 30;
/// How many earlier person mentions a pronoun is compared with (keeps resolution linear).
const PRONOUN_CANDIDATES: usize = 64;
/// How many earlier person mentions a bare title is compared with.
const TITLE_LOOKBACK: usize = 40;

/// Lowercase text of a token.
pub fn lower(body: &str, t: &Token) -> String {
    body[t.start..t.end].to_lowercase()
}

fn is_word(t: &Token) -> bool {
    t.tok == Tok::Word
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
        let named = s - 1 > w && in_name(body, toks, s - 1);
        if lexicon::is_clause_word(&l) || (lexicon::is_speech_verb(&l) && !named) {
            break;
        }
        s -= 1;
        if is_pronoun(&l) && s + 1 == e {
            break; // "at 86 she says": a pronoun is the whole subject
        }
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
        || lexicon::is_time_word(&first)
        || fronted_participle(body, toks, s, e, &first);
    !starts_clause
}

/// "Speaking to the BBC on Sunday, the chancellor said", "Asked about the plan, she said": a
/// participle and a preposition open a clause before the subject, not the subject itself
/// ("acting director Jane Roe" and "leading economist" take no preposition).
fn fronted_participle(body: &str, toks: &[Token], s: usize, e: usize, first: &str) -> bool {
    (first.ends_with("ing") || first.ends_with("ed"))
        && first.len() > 4
        && s + 1 < e
        && is_word(&toks[s + 1])
        && matches!(
            lower(body, &toks[s + 1]).as_str(),
            w if lexicon::is_preposition(w) || matches!(w, "whether" | "if" | "why" | "how" | "what")
        )
}

fn text<'b>(body: &'b str, t: &Token) -> &'b str {
    &body[t.start..t.end]
}

/// A comma or dash between the pieces of a subject ("Hugh Hill, a doctor, said").
fn is_separator(body: &str, t: &Token) -> bool {
    t.tok == Tok::Punct && matches!(text(body, t), "," | "—" | "–" | "―" | "-")
}

fn is_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

/// "it’s" → "it": a word without a contracted "is" ("it’s", "he's").
pub fn without_is(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

fn is_relative(lower: &str) -> bool {
    matches!(lower, "who" | "whom" | "whose" | "which" | "where")
}

/// An adverb before a verb: listed, or a lowercase "-ly" word ("forcefully said").
fn is_adverb_token(body: &str, t: &Token) -> bool {
    let w = text(body, t);
    is_word(t)
        && (lexicon::is_adverb(&w.to_lowercase())
            || (w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase())))
}

/// Do these words, after a comma, describe rather than name ("a doctor", "59", "R-Ky.")?
/// Not when they open a clause of their own (", and Chair Jerome Powell").
fn appositive_start(body: &str, words: &[Token]) -> bool {
    let Some(first) = words.first().filter(|t| is_word(t)) else {
        return false;
    };
    let w = text(body, first);
    let l = w.to_lowercase();
    if is_conjunction(&l) {
        return false;
    }
    let party = words.len() == 1 && w.len() <= 8 && w.as_bytes().get(1) == Some(&b'-');
    let possessive = l.ends_with("’s") || l.ends_with("'s");
    is_relative(&l)
        || party
        || possessive
        || (w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) && !is_pronoun(&l))
}

fn is_conjunction(lower: &str) -> bool {
    matches!(lower, "and" | "but" | "or" | "so" | "yet" | "nor")
}

/// The end of the tokens before `e` once a parenthetical ending there ("(D-Mo.)") is skipped.
fn skip_parenthetical(body: &str, toks: &[Token], w: usize, e: usize) -> usize {
    if e > w && text(body, &toks[e - 1]) == ")" {
        let floor = e.saturating_sub(10).max(w);
        if let Some(open) = (floor..e - 1).rev().find(|&i| text(body, &toks[i]) == "(") {
            return open;
        }
    }
    e
}

/// The noun phrase of the segment ending at `e`: (start, end, whether it spans the whole
/// segment, a conjunction opening the sentence apart: "But Hassan Fadlallah, a lawmaker, told").
fn segment(body: &str, toks: &[Token], w: usize, e: usize) -> (usize, usize, bool) {
    let e = skip_parenthetical(body, toks, w, e);
    let s = walk_back(body, toks, w, e);
    let whole = s == w
        || is_separator(body, &toks[s - 1])
        || (s == w + 1 && is_conjunction(&lower(body, &toks[w])));
    (s, e, whole)
}

/// Common verbs whose past tense does not end in "-ed": "Voters chose Smith" is no
/// description of Smith.
const IRREGULAR_PAST: &[&str] = &[
    "beat", "became", "bought", "brought", "caught", "chose", "drew", "fought", "found", "gave",
    "got", "held", "hit", "kept", "knew", "led", "left", "let", "lost", "made", "met", "paid",
    "put", "ran", "saw", "sent", "set", "shot", "sold", "struck", "took", "told", "won",
];

/// Is token `i` a word written with a capital right after another word, so part of a name
/// even when it is also a verb ("the Baltimore Blast", "the Oklahoma City Thunder")?
pub fn in_name(body: &str, toks: &[Token], i: usize) -> bool {
    i > 0 && is_word(&toks[i - 1]) && capitalised(body, &toks[i])
}

/// Does a token start with a capital letter?
pub fn capitalised(body: &str, t: &Token) -> bool {
    text(body, t).starts_with(char::is_uppercase)
}

/// The subject ending just before the verb at token `v`, not reaching before token `w`.
///
/// Returns a token range. Adverbs, auxiliaries and a parenthetical before the
/// verb are skipped ("he also said", "Sen. Claire McCaskill (D-Mo.) said"). When
/// the words before the verb are an appositive or relative clause ("Hugh Hill,
/// a doctor, said"), the subject is an earlier comma-separated piece: the first
/// that names a person, else the nearest capitalised one, else the first.
pub fn backward(
    body: &str,
    toks: &[Token],
    people: &People,
    w: usize,
    v: usize,
) -> Option<(usize, usize)> {
    let mut e = v;
    while e > w && is_adverb_token(body, &toks[e - 1]) {
        e -= 1;
    }
    // "introduced by Gov. Josh Shapiro, who called the election “a choice”": a relative
    // clause's verb after a person's name and its comma is that person's; after some other
    // phrase and its comma, the speaker is whom that phrase would give ("McConnell, now the
    // Senate majority leader, who in 2010 said")
    let who = (e.saturating_sub(4).max(w + 2)..e).find(|&k| {
        is_word(&toks[k])
            && lower(body, &toks[k]) == "who"
            && is_separator(body, &toks[k - 1])
            && !toks[k + 1..e].iter().any(|t| is_separator(body, t))
    });
    if let Some(who) = who {
        let comma = who - 1;
        let name_end = toks[comma - 1].end;
        let named = (w..comma)
            .rev()
            .take(MAX_WORDS)
            .find(|&i| people.ending(toks[i].start, name_end).is_some());
        return match named {
            Some(start) => Some((start, comma)),
            None => backward(body, toks, people, w, who),
        };
    }
    e = skip_parenthetical(body, toks, w, e);
    let mut closed = false;
    if e > w + 1 && is_separator(body, &toks[e - 1]) {
        e -= 1;
        e = skip_parenthetical(body, toks, w, e);
        closed = true;
    }
    if e == w {
        return None;
    }
    // "The company, which runs routes from depots in Stoke-on-Trent, Burton upon Trent and
    // Stratford-upon-Avon, said": a relative clause opening at the clause's first comma,
    // however many commas of its own it holds, leaves the noun before it
    // (the clause's first comma: not "Michael Mulgrew, president of the union, which …")
    if closed
        && let Some(comma) = (w + 1..e.saturating_sub(1)).find(|&i| is_separator(body, &toks[i]))
        && is_word(&toks[comma + 1])
        && matches!(lower(body, &toks[comma + 1]).as_str(), "which" | "who")
    {
        let start = walk_back(body, toks, w, comma);
        if start < comma && is_subject(body, toks, start, comma) {
            return Some((start, comma));
        }
    }
    let s = walk_back(body, toks, w, e);
    // "One official who asked not to be named said", "A rancher who lives nearby called": a
    // relative clause without commas runs up to the verb; its subject stands before "who"
    // (not "an architect who said": that verb is the clause's own)
    if let Some(who) = (w + 1..s)
        .find(|&i| is_word(&toks[i]) && matches!(lower(body, &toks[i]).as_str(), "who" | "whom"))
        .filter(|&who| who + 1 < v && !toks[who..v].iter().any(|t| is_separator(body, t)))
    {
        let start = walk_back(body, toks, w, who);
        if start < who && is_subject(body, toks, start, who) {
            return Some((start, who));
        }
    }
    // The words after the last separator are an appositive or a relative clause
    // ("a senior official, who asked not to be named, said"; "McConnell, R-Ky., said").
    // (not a comma inside a name: "the University of California, Davis")
    let mut last_separator = (w..e)
        .rev()
        .take(APPOSITIVE_TOKENS)
        .find(|&i| is_separator(body, &toks[i]) && !people.name_across(toks[i].start));
    // "a scientist at the center in Greenbelt, Maryland, called": a place after a place and
    // its comma finishes the first ("City, State"); the appositive starts before them
    if let Some(sep) = last_separator
        && sep > w
        && sep + 1 < e
        && people.place_ends_at(toks[sep - 1].end)
        && people.place(toks[sep + 1].start, toks[e - 1].end)
    {
        last_separator = (w..sep)
            .rev()
            .take(APPOSITIVE_TOKENS)
            .find(|&i| is_separator(body, &toks[i]));
    }
    // "Johnnie Wilson, of Springfield, Va., said": a hometown after the name.
    let hometown = |i: usize| {
        let (ps, pe, _) = segment(body, toks, w, i);
        ps < pe && matches!(lower(body, &toks[ps]).as_str(), "of" | "from")
    };
    let boundary = last_separator
        .filter(|&i| i + 1 < e && (appositive_start(body, &toks[i + 1..e]) || hometown(i)));
    // "Scott's niece, state Del. Marcia Price, said": an appositive of title words that ends in
    // a person's name names the speaker the words before it describe
    if let Some(sep) = boundary
        && named_title(body, toks, people, sep + 1, e)
    {
        return Some((sep + 1, e));
    }
    if let Some(mut sep) = boundary {
        let (mut person, mut capital, mut first) = (None, None, None);
        for _ in 0..8 {
            let (ss, se, whole) = segment(body, toks, w, sep);
            if ss < se && whole && is_subject(body, toks, ss, se) {
                let lead = &toks[ss];
                if people.named(lead.start, toks[se - 1].end).is_some() {
                    person = Some((ss, se));
                }
                if capital.is_none() && (capitalised(body, lead) || is_pronoun(&lower(body, lead)))
                {
                    capital = Some((ss, se));
                }
                first = Some((ss, se));
            }
            if !whole || ss == w || ss == 0 {
                break;
            }
            sep = ss - 1;
        }
        if let Some(found) = person.or(capital).or(first) {
            return Some(found);
        }
    }
    if s == e {
        return None;
    }
    let e = without_time(body, toks, s, e);
    // "On Monday the minister said": drop a leading prepositional phrase.
    if !is_subject(body, toks, s, e) {
        let det = (s + 1..e).find(|&i| {
            let starts = matches!(lower(body, &toks[i]).as_str(), "the" | "a" | "an")
                || capitalised(body, &toks[i])
                || text(body, &toks[i]).starts_with(|c: char| c.is_ascii_digit());
            starts && is_subject(body, toks, i, e)
        });
        return det.map(|d| (d, e));
    }
    Some((s, e))
}

/// The end of the subject `toks[s..e]` without the time after it: "China on Monday", "the
/// ministry Tuesday".
fn without_time(body: &str, toks: &[Token], s: usize, mut e: usize) -> usize {
    let end = e;
    while e > s + 1 && lexicon::is_time_word(&lower(body, &toks[e - 1])) {
        e -= 1;
    }
    if e < end && e > s + 1 && lower(body, &toks[e - 1]) == "on" {
        e -= 1;
    }
    e
}

/// Do the words `toks[s..e]` read as title words and then a person's name ("state Del.
/// Marcia Price", "former Sen. Jim Webb"), the name ending the phrase?
fn named_title(body: &str, toks: &[Token], people: &People, s: usize, e: usize) -> bool {
    let (start, end) = (toks[s].start, toks[e - 1].end);
    let Some((name_start, _)) = people.named_span(start, end).filter(|&(_, ne)| ne == end) else {
        return false;
    };
    let title = &toks[s..e];
    title.iter().take_while(|t| t.start < name_start).all(|t| {
        let l = lower(body, t);
        is_word(t)
            && !is_relative(&l)
            && !lexicon::is_clause_word(&l)
            && !lexicon::is_preposition(&l)
            && without_is(&l) == l // no possessive: "Smith's aide Jane Doe"
    })
}

/// The subject at the head of a sentence, for a participle cue ("X granted …, saying “Q”").
pub fn leading(body: &str, toks: &[Token], w: usize, v: usize) -> Option<(usize, usize)> {
    let mut s = w;
    let mut fronted = false;
    while s < v {
        let mut e = s;
        while e < v && is_word(&toks[e]) && e - s < 8 {
            // "She gives credit to …", "It’s denouncing …": a pronoun is the whole subject
            if e == s + 1 && is_pronoun(without_is(&lower(body, &toks[s]))) {
                break;
            }
            let t = &toks[e];
            let l = lower(body, t);
            let past = l.ends_with("ed") && !capitalised(body, t);
            let adverb = e > s && !capitalised(body, t) && lexicon::is_adverb(&l);
            // "The ministry on Tuesday cut …", "China Monday accused …" (not "The Sunday Times")
            let time = |i: usize| {
                toks.get(i)
                    .is_some_and(|t| lexicon::is_time_word(&lower(body, t)))
            };
            let lowercase_next = toks.get(e + 1).is_some_and(|n| !capitalised(body, n));
            let timed = e > s && ((l == "on" && time(e + 1)) || (time(e) && lowercase_next));
            // "Citizens for Tax Justice advocates a litany of rules": a verb before its object
            let verb = e > s
                && !capitalised(body, t)
                && !lexicon::is_preposition(&l)
                && toks
                    .get(e + 1)
                    .is_some_and(|n| matches!(lower(body, n).as_str(), "a" | "an" | "the"));
            if lexicon::is_clause_word(&l)
                || lexicon::is_speech_verb(&l)
                || past
                || adverb
                || timed
                || verb
            {
                break;
            }
            e += 1;
        }
        let participle = toks.get(s).is_some_and(|t| lower(body, t).ends_with("ing"));
        // "Following a swiftly called, late-afternoon meeting, the council …": lowercase
        // words up to another comma still belong to the phrase that opened the sentence
        let rest_of_fronted = fronted
            && toks.get(e).is_some_and(|t| is_separator(body, t))
            && toks[s..e].iter().all(|t| !capitalised(body, t));
        if e > s && !participle && !rest_of_fronted && is_subject(body, toks, s, e) {
            return Some((s, e));
        }
        fronted = true;
        // next comma-separated piece
        while s < v && !is_separator(body, &toks[s]) {
            s += 1;
        }
        s += 1;
    }
    None
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
            || (lexicon::is_preposition(&l) && l != "of")
            || lexicon::is_time_word(&l)
            || lexicon::is_speech_verb(&l)
        {
            break;
        }
        e += 1;
    }
    (e > i).then_some((i, e))
}

/// Whom a pronoun points back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    /// A person entity.
    Entity(usize),
    /// A name the recogniser missed: its byte span.
    Unlisted(usize, usize),
}

/// The start of a given name written just before a one-word person mention when it is
/// not that entity's given name ("Rakeyia Scott" for the entity "Keith Lamont Scott").
fn other_given_name(body: &str, m: &Mention, entity_name: &str) -> Option<usize> {
    let mention = &body[m.start..m.end];
    if mention.contains(char::is_whitespace) {
        return None;
    }
    let before = &body[..m.start];
    let before = before.strip_suffix(' ')?;
    let start = before
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '-')
        .len();
    let given = &before[start..];
    let capitalised = given.starts_with(char::is_uppercase)
        && given.chars().nth(1).is_some_and(char::is_lowercase);
    let lower = given.to_lowercase();
    let other = capitalised
        && !lexicon::is_title(&lower)
        && !lexicon::is_abbreviation(&lower)
        && !entity_name.split_whitespace().any(|w| w == given)
        && !lexicon::is_time_word(&lower)
        && !lexicon::is_preposition(&lower)
        && !lexicon::is_clause_word(&lower)
        && !lexicon::is_adverb(&lower)
        && !matches!(lower.as_str(), "the" | "a" | "an" | "but" | "then" | "so");
    other.then_some(start)
}

/// Capitalised runs of two to four words that look like a person's name the
/// recogniser did not list: outside quotations and mentions, heading a clause,
/// with a known given name or introduced by an appositive ("Aparna Mathur, who …").
fn unlisted_names(body: &str, mentions: &[Mention], spans: &[Span]) -> Vec<(usize, usize)> {
    let mut taken: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
    taken.extend(spans.iter().map(|s| (s.open, s.close)));
    taken.sort_unstable();
    let words: Vec<(usize, usize)> = body
        .split_ascii_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - body.as_ptr() as usize;
            (start, start + w.len())
        })
        .collect();
    let name_word = |(s, e): (usize, usize)| {
        let w = body[s..e].trim_end_matches([',', '.', ';', ':']);
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some_and(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && j - i < 4 && name_word(words[j]) {
            let ends = body[words[j].0..words[j].1].ends_with([',', '.', ';', ':']);
            j += 1;
            if ends {
                break;
            }
        }
        if j - i >= 2 {
            let start = words[i].0;
            let last = &body[words[j - 1].0..words[j - 1].1];
            let end = words[j - 1].0 + last.trim_end_matches([',', '.', ';', ':']).len();
            let k = taken.partition_point(|t| t.1 <= start);
            let overlaps = taken.get(k).is_some_and(|t| t.0 < end);
            let first = &body[start..words[i].1];
            let introduced = body[end..].strip_prefix(", ").is_some_and(|rest| {
                let mut next = rest.split_whitespace().take(3);
                next.clone().next() == Some("who")
                    || next.any(|w| lexicon::is_title(w.trim_end_matches([',', '.'])))
            });
            let known = lexicon::name_gender(first).is_some();
            if !overlaps && (known || introduced) && heads_clause(body, start, end) {
                out.push((start, end));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Is `[s, e)` exactly one of `spans`, which are in body order?
fn holds(spans: &[(usize, usize)], s: usize, e: usize) -> bool {
    let i = spans.partition_point(|p| p.0 < s);
    spans.get(i) == Some(&(s, e))
}

/// The people an article mentions outside its quotations, for resolving speakers.
pub struct People<'a> {
    body: &'a str,
    /// (start, end, entity) of every person mention outside a quoted span, in body order.
    persons: Vec<(usize, usize, usize)>,
    /// Whether each person mention heads its clause ("Trump said …", not "praise from Putin").
    subjects: Vec<bool>,
    /// The pronoun each person mention takes when its own first name tells ("Ivanka Trump").
    mention_genders: Vec<Option<Option<Gender>>>,
    /// The pronoun each entity takes, when its first name or an honorific tells.
    genders: Vec<Option<Gender>>,
    /// (start, end) of every organization mention outside a quoted span: what "it" may
    /// point back to when it heads its clause ("The Security Council on Friday condemned …").
    bodies: Vec<(usize, usize)>,
    /// (start, end) of every nationality mention outside a quoted span ("the Spaniard").
    nationals: Vec<(usize, usize)>,
    /// (start, end) of every place mention outside a quoted span.
    places: Vec<(usize, usize)>,
}

impl<'a> People<'a> {
    /// Collect the person, organization, nationality and place mentions that lie outside
    /// every quoted span.
    pub fn new(body: &'a str, entities: &[Entity], mentions: &[Mention], spans: &[Span]) -> Self {
        let kind = |m: &Mention| entities.get(m.entity).map(|e| e.kind);
        let mut ms: Vec<&Mention> = mentions
            .iter()
            .filter(|m| {
                matches!(
                    kind(m),
                    Some(Kind::Person | Kind::Organization | Kind::Nationality | Kind::Place)
                )
            })
            .filter(|m| {
                m.start <= m.end
                    && m.end <= body.len()
                    && body.is_char_boundary(m.start)
                    && body.is_char_boundary(m.end)
            })
            .collect();
        ms.sort_by_key(|m| m.start);
        let mut persons = Vec::with_capacity(ms.len());
        let mut subjects = Vec::with_capacity(ms.len());
        let mut mention_genders = Vec::with_capacity(ms.len());
        let mut bodies = Vec::new();
        let mut nationals = Vec::new();
        let mut places = Vec::new();
        let mut si = 0;
        for m in ms {
            while si < spans.len() && spans[si].close <= m.start {
                si += 1;
            }
            let inside = spans
                .get(si)
                .is_some_and(|s| s.open <= m.start && m.end <= s.close);
            if inside {
                continue;
            }
            if kind(m) == Some(Kind::Organization) {
                if m.start < m.end {
                    bodies.push((m.start, m.end));
                }
                continue;
            }
            if kind(m) == Some(Kind::Nationality) {
                nationals.push((m.start, m.end));
                continue;
            }
            if kind(m) == Some(Kind::Place) {
                places.push((m.start, m.end));
                continue;
            }
            // "Rakeyia Scott" linked to "Keith Lamont Scott" by surname: another person.
            if let Some(given) = other_given_name(body, m, &entities[m.entity].name) {
                persons.push((given, m.end, UNLISTED));
                subjects.push(heads_clause(body, given, m.end));
                mention_genders.push(Some(lexicon::name_gender(body[given..m.start].trim_end())));
                continue;
            }
            persons.push((m.start, m.end, m.entity));
            subjects.push(
                (heads_clause(body, m.start, m.end) && !reported(body, m.start))
                    || introduced(body, m.start, m.end)
                    || speaks_next(body, m.end),
            );
            let mut words = body[m.start..m.end].split_whitespace();
            let first = words.next().unwrap_or("");
            mention_genders.push(words.next().map(|_| lexicon::name_gender(first)));
        }
        bodies.sort_unstable();
        // Names the recogniser missed, where they head a clause: pronouns may mean them too.
        for (start, end) in unlisted_names(body, mentions, spans) {
            persons.push((start, end, UNLISTED));
            subjects.push(true);
            let first = body[start..end].split_whitespace().next().unwrap_or("");
            mention_genders.push(Some(lexicon::name_gender(first)));
        }
        let mut order: Vec<usize> = (0..persons.len()).collect();
        order.sort_by_key(|&i| persons[i].0);
        let persons: Vec<_> = order.iter().map(|&i| persons[i]).collect();
        let subjects: Vec<_> = order.iter().map(|&i| subjects[i]).collect();
        let mut mention_genders: Vec<_> = order.iter().map(|&i| mention_genders[i]).collect();
        let mut genders: Vec<Option<Gender>> = entities
            .iter()
            .map(|e| {
                e.name
                    .split_whitespace()
                    .next()
                    .and_then(lexicon::name_gender)
            })
            .collect();
        for m in mentions
            .iter()
            .filter(|m| m.start <= body.len() && body.is_char_boundary(m.start))
        {
            let before = body[..m.start].trim_end();
            let honorific = if before.ends_with("Mr.") || before.ends_with("Mr") {
                Some(Gender::Male)
            } else if ["Mrs.", "Ms.", "Mrs", "Ms", "Miss"]
                .iter()
                .any(|h| before.ends_with(h))
            {
                Some(Gender::Female)
            } else {
                None
            };
            if let (Some(h), Some(g)) = (honorific, genders.get_mut(m.entity)) {
                *g = Some(h);
            }
        }
        // "Kelly Ortberg said he was pleased": the pronoun the text gives a person outweighs
        // what the first name usually takes; when the two disagree, either pronoun may mean them
        let mut told: Vec<Option<Option<Gender>>> = vec![None; entities.len()];
        for &(_, e, entity) in &persons {
            if let (Some(g), Some(t)) = (pronoun_after(&body[e..]), told.get_mut(entity)) {
                *t = Some(if t.is_none_or(|was| was == Some(g)) {
                    Some(g)
                } else {
                    None
                });
            }
        }
        for (entity, t) in told.iter().enumerate() {
            if let Some(Some(g)) = *t {
                genders[entity] = match genders[entity] {
                    Some(was) if was != g => None,
                    _ => Some(g),
                };
            }
        }
        for (i, p) in persons.iter().enumerate() {
            if let (Some(Some(own)), Some(Some(Some(g)))) = (mention_genders[i], told.get(p.2))
                && own != *g
            {
                mention_genders[i] = Some(None);
            }
        }
        People {
            body,
            persons,
            subjects,
            mention_genders,
            genders,
            bodies,
            nationals,
            places,
        }
    }

    /// Is `[s, e)` one place mention ("Maryland")?
    fn place(&self, s: usize, e: usize) -> bool {
        holds(&self.places, s, e)
    }

    /// Where the organization mention that byte `at` falls inside (not at its start) begins:
    /// a subject walked back to "Climate Change" of "the Ministry of Environment and Climate
    /// Change said" is the whole ministry.
    pub fn body_start_around(&self, at: usize) -> Option<usize> {
        let i = self.bodies.partition_point(|b| b.0 < at);
        i.checked_sub(1)
            .map(|i| self.bodies[i])
            .filter(|b| at < b.1)
            .map(|b| b.0)
    }

    /// Does an organization's or a place's name run across byte `pos` ("University of
    /// California, Davis" across its comma)?
    pub fn name_across(&self, pos: usize) -> bool {
        let across = |spans: &[(usize, usize)]| {
            let i = spans.partition_point(|p| p.1 <= pos);
            spans.get(i).is_some_and(|p| p.0 < pos)
        };
        across(&self.bodies) || across(&self.places)
    }

    /// Does a place mention end at byte `e`?
    pub fn place_ends_at(&self, e: usize) -> bool {
        let i = self.places.partition_point(|p| p.1 < e);
        self.places.get(i).is_some_and(|p| p.1 == e)
    }

    /// Is the span `[s, e)` one nationality mention ("Spaniard", "South Korean")?
    pub fn national(&self, s: usize, e: usize) -> bool {
        holds(&self.nationals, s, e)
    }

    /// The nearest person heading a clause in `[from, pos)`, else the nearest person there,
    /// whatever pronoun they take: whom "the Spaniard said" or "the 28-year-old said" points
    /// back to.
    pub fn described_before(&self, pos: usize, from: usize) -> Option<Referent> {
        self.subject_before(pos, from)
            .or_else(|| self.near(pos, from).next().map(|i| self.referent(i)))
    }

    /// The person mentions ending in `[from, pos)`, nearest first, as many as a pronoun may
    /// reach back over.
    fn near(&self, pos: usize, from: usize) -> impl Iterator<Item = usize> + '_ {
        let upto = self.persons.partition_point(|p| p.0 < pos);
        (0..upto)
            .rev()
            .take_while(move |&i| self.persons[i].0 >= from)
            .take(PRONOUN_CANDIDATES)
            .filter(move |&i| self.persons[i].1 <= pos)
    }

    /// The person heading a clause in `[from, pos)` when that is the only person named there.
    pub fn sole_subject_before(&self, pos: usize, from: usize) -> Option<Referent> {
        let (lo, hi) = (
            self.persons.partition_point(|p| p.0 < from),
            self.persons.partition_point(|p| p.0 < pos),
        );
        let window = &self.persons[lo..hi];
        let one = window.first()?.2;
        if one == UNLISTED || window.iter().any(|p| p.2 != one) {
            return None;
        }
        self.subject_before(pos, from)
    }

    /// The nearest person heading a clause in `[from, pos)`, if any.
    pub fn subject_before(&self, pos: usize, from: usize) -> Option<Referent> {
        self.near(pos, from)
            .find(|&i| self.subjects[i])
            .map(|i| self.referent(i))
    }

    /// The nearest person the recogniser found heading a clause in `[from, pos)`, who is not
    /// named in the attribution right after another quotation ("“Q,” Garside replied"). With
    /// `alone`, only
    /// when no one else is named in that sentence, other than by a possessive ("Joe Biden
    /// met Emmanuel Macron" could be either president; "Brooks' coach, Terrence Hale" is
    /// Hale).
    pub fn topic_before(&self, pos: usize, from: usize, alone: bool) -> Option<Referent> {
        let i = self
            .near(pos, from)
            .filter(|&i| self.subjects[i] && self.persons[i].2 != UNLISTED)
            .find(|&i| !attributes_quote(self.body, self.persons[i].0))?;
        let (start, end, entity) = self.persons[i];
        let (lo, hi) = sentence_around(self.body, start, end);
        let first = self.persons.partition_point(|p| p.0 < lo);
        let other = self.persons[first..]
            .iter()
            .take_while(|p| p.0 < hi)
            .any(|&(_, e, who)| {
                e <= hi && who != entity && !self.body[e..].starts_with(['\'', '’'])
            });
        (!alone || !other).then(|| self.referent(i))
    }

    /// What person mention `i` refers to: its entity, or the name the recogniser missed.
    fn referent(&self, i: usize) -> Referent {
        match self.persons[i] {
            (s, e, UNLISTED) => Referent::Unlisted(s, e),
            (_, _, entity) => Referent::Entity(entity),
        }
    }

    /// The last organization heading its clause in `[from, pos)`: whom "it said" may mean.
    pub fn body_before(&self, pos: usize, from: usize) -> Option<(usize, usize)> {
        let upto = self.bodies.partition_point(|b| b.0 < pos);
        self.bodies[..upto]
            .iter()
            .rev()
            .take_while(|b| b.0 >= from)
            .find(|b| b.1 <= pos && heads_clause(self.body, b.0, b.1))
            .copied()
    }

    /// Can this entity be called by a pronoun of this gender?
    fn fits(&self, entity: usize, gender: Gender) -> bool {
        if entity == UNLISTED {
            return true;
        }
        self.genders
            .get(entity)
            .copied()
            .flatten()
            .is_none_or(|g| g == gender)
    }

    /// The last person mentioned in `[from, pos)` whom the pronoun may mean; with
    /// `subject`, only a mention that heads its clause.
    pub fn before_fitting(
        &self,
        pos: usize,
        from: usize,
        gender: Gender,
        subject: bool,
    ) -> Option<Referent> {
        let upto = self.persons.partition_point(|p| p.0 < pos);
        (0..upto)
            .rev()
            .take_while(|&i| self.persons[i].0 >= from)
            .take(PRONOUN_CANDIDATES)
            .find(|&i| {
                let p = self.persons[i];
                let fits = match self.mention_genders[i] {
                    Some(own) => own.is_none_or(|g| g == gender),
                    None => self.fits(p.2, gender),
                };
                p.1 <= pos && fits && (!subject || self.subjects[i])
            })
            .map(|i| self.referent(i))
    }

    /// The span of the first person named within `from..to` who heads a clause there, else
    /// of one named after "by" ("this statement by Trump on June 11").
    pub fn subject_within(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let first = self.persons.partition_point(|p| p.0 < from);
        let within = || (first..self.persons.len()).take_while(|&i| self.persons[i].1 <= to);
        within()
            .find(|&i| self.subjects[i])
            .or_else(|| within().find(|&i| self.body[..self.persons[i].0].ends_with(" by ")))
            .map(|i| (self.persons[i].0, self.persons[i].1))
    }

    /// Does a person other than `entity` head a clause within `from..to`?
    pub fn other_subject(&self, from: usize, to: usize, entity: Option<usize>) -> bool {
        let first = self.persons.partition_point(|p| p.0 < from);
        (first..self.persons.len())
            .take_while(|&i| self.persons[i].1 <= to)
            .any(|i| self.subjects[i] && Some(self.persons[i].2) != entity)
    }

    /// The entity, if a pronoun of this gender may mean it.
    pub fn fitting(&self, entity: Option<usize>, gender: Gender) -> Option<usize> {
        entity.filter(|&e| self.fits(e, gender))
    }

    /// The span of the listed person [`People::named`] finds in `s..e`.
    pub fn named_span(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        self.named_mention(s, e).map(|p| (p.0, p.1))
    }

    /// The person named inside the byte span, the last one if several; none when that one
    /// only owns what the span names ("Scott’s niece", "Trump’s spokeswoman").
    pub fn named(&self, s: usize, e: usize) -> Option<usize> {
        self.named_mention(s, e).map(|p| p.2)
    }

    /// The person whose mention ends the span `[s, e)` ("a jubilant Mr Makokha").
    pub fn ending(&self, s: usize, e: usize) -> Option<usize> {
        let i = self.persons.partition_point(|p| p.0 < e);
        let p = self.persons.get(i.checked_sub(1)?)?;
        (p.0 >= s && p.1 == e && p.2 != UNLISTED).then_some(p.2)
    }

    /// [`People::named`]'s mention: (start, end, entity).
    fn named_mention(&self, s: usize, e: usize) -> Option<(usize, usize, usize)> {
        let upto = self.persons.partition_point(|p| p.0 < e);
        let mut last = upto.checked_sub(1)?;
        // "Dr Zeke Hausfather of Berkeley Earth": the person the phrase is about comes
        // before "of", whatever the name after it turned out to be
        if last > 0
            && self.persons[last - 1].0 >= s
            && self.persons[last - 1].2 != UNLISTED
            && self
                .body
                .get(self.persons[last - 1].1..self.persons[last].0)
                .is_some_and(|between| between.trim() == "of")
        {
            last -= 1;
        }
        Some(self.persons[last])
            .filter(|p| p.1 > s && p.2 != UNLISTED)
            .filter(|p| {
                let rest = self.body.get(p.1..e).unwrap_or_default();
                let plural = self.body[..p.1].ends_with('s');
                let owned = rest
                    .strip_prefix("’s")
                    .or_else(|| rest.strip_prefix("'s"))
                    .or_else(|| rest.strip_prefix(['\'', '’']).filter(|_| plural));
                // a short noun phrase after the possessive: who speaks is what it names
                !owned.is_some_and(|o| (1..=4).contains(&o.split_whitespace().count()))
            })
    }

    /// The person a bare title points back to: the most recent one introduced with the
    /// same title words ("Foreign Minister Dmytro Kuleba" for "the foreign minister").
    /// `words[head]` is the title noun; a leader's title ("the head of NATO", "the NATO
    /// chief") may also match by the organisation it names ("NATO's secretary-general").
    pub fn titled(&self, words: &[String], head: usize, pos: usize) -> Option<usize> {
        let title = words.get(head)?;
        let leader = matches!(title.as_str(), "head" | "chief" | "leader" | "boss");
        let upto = self.persons.partition_point(|p| p.1 <= pos);
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in self.persons[..upto]
            .iter()
            .enumerate()
            .rev()
            .take(TITLE_LOOKBACK)
        {
            if p.2 == UNLISTED {
                continue;
            }
            let floor = i.checked_sub(1).map_or(0, |j| self.persons[j].1);
            let mut ctx = self.context(p.0, p.1, floor, pos);
            // and the title the mention itself holds: "Pope Francis" for "the pope"
            ctx.extend(
                self.body[p.0..p.1]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            );
            // "Chief Executive Officer Priya Ramanathan" is "the CEO", and "CEO Priya
            // Ramanathan" "the chief executive"
            let officer = chief_officer(&ctx);
            ctx.extend(officer);
            let matches = |w: &String| ctx.iter().any(|c| same_title(c, w));
            let others = words
                .iter()
                .enumerate()
                .filter(|&(j, w)| j != head && w.len() > 2 && matches(w))
                .count();
            if !(matches(title) || leader && others > 0) {
                continue;
            }
            let score = others + usize::from(matches(title));
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, p.2));
            }
        }
        best.map(|b| b.1)
    }

    /// Does `text` name `entity` by a word of one of its mentions ("David" for "David
    /// Raya")?
    pub fn named_in(&self, entity: usize, text: &str) -> bool {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        !words.is_empty()
            && self.persons.iter().filter(|p| p.2 == entity).any(|p| {
                self.body[p.0..p.1]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 2 && w.starts_with(char::is_uppercase))
                    .any(|w| words.contains(&w))
            })
    }

    /// The one person named before `pos`, when the text so far names exactly one (by any
    /// of their names) and nobody it cannot place.
    pub fn sole_person_before(&self, pos: usize) -> Option<usize> {
        let upto = self.persons.partition_point(|p| p.1 <= pos);
        let first = self.persons[..upto].first()?.2;
        (first != UNLISTED && self.persons[..upto].iter().all(|p| p.2 == first)).then_some(first)
    }

    /// Lowercase words just before a mention and in an appositive just after it.
    /// The words before stop at `floor`, the end of the person mentioned before; the words
    /// after, at `ceiling`, where the speaker phrase being resolved starts ("Asked about
    /// Kuleba, the envoy said": "the envoy" is no appositive of Kuleba).
    fn context(&self, s: usize, e: usize, floor: usize, ceiling: usize) -> Vec<String> {
        let body = self.body;
        let mut from = s.saturating_sub(60).max(floor.min(s));
        while !body.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (e + 80).min(body.len()).min(ceiling.max(e));
        while !body.is_char_boundary(to) {
            to += 1;
        }
        let before = &body[from..s];
        // back to the start of the clause, past the period of an abbreviation ("Gov. Kathy
        // Hochul": "gov" is her title)
        let mut start = 0;
        let mut upto = before.len();
        while let Some(at) = before[..upto].rfind(['.', '\n', ',', '“', '"']) {
            let word = &before[last_word_start(&before[..at])..at];
            if before[at..].starts_with('.') && lexicon::is_abbreviation(&word.to_lowercase()) {
                upto = at;
                continue;
            }
            start = at + before[at..].chars().next().map_or(1, char::len_utf8);
            break;
        }
        // "her son, David Harlow": a short phrase and a comma right before the name
        let mut before = &before[start..];
        if before.trim().is_empty() && body[from..from + start].trim_end().ends_with(',') {
            before = described_by(&body[from..from + start - 1]).unwrap_or(before);
        }
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

/// The pronoun a reporting verb right after a name gives that person: " said he was",
/// " says she will".
fn pronoun_after(rest: &str) -> Option<Gender> {
    let rest = rest.strip_prefix(' ')?;
    let (verb, rest) = rest.split_once(' ')?;
    if !matches!(verb, "said" | "says" | "added" | "insisted" | "wrote") {
        return None;
    }
    let (pronoun, _) = rest.split_once(' ')?;
    match pronoun {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The noun phrase ending `lead`, from its determiner on, in four words at most: "her son"
/// in "Her death was confirmed by her son".
fn described_by(lead: &str) -> Option<&str> {
    let mut end = lead.len();
    for _ in 0..4 {
        let at = lead[..end].rfind(' ').map_or(0, |at| at + 1);
        let word = &lead[at..end];
        if word.is_empty()
            || !word
                .chars()
                .all(|c| c.is_alphanumeric() || c == '\'' || c == '’')
        {
            return None;
        }
        if matches!(
            word.to_lowercase().as_str(),
            "her" | "his" | "their" | "the"
        ) {
            return Some(&lead[at..]);
        }
        if at == 0 {
            return None;
        }
        end = at - 1;
    }
    None
}

/// Does the mention starting at `start` head its clause: only capitalised words or
/// titles ("Ukrainian Foreign Minister", "Clinton spokesman", "presidential nominee")
/// between it and the start
/// of the sentence, a comma, a colon or a quotation mark?
fn heads_clause(body: &str, start: usize, end: usize) -> bool {
    let next = body[end..].chars().next();
    let ends_phrase = next.is_none_or(|c| matches!(c, '.' | ',' | ';' | '\n'));
    let mut rest = body[..start].trim_end();
    // lowercase title words passed ("presidential nominee")
    let mut described = false;
    for _ in 0..6 {
        let Some(c) = rest.chars().next_back() else {
            return true;
        };
        let word_start = last_word_start(rest);
        let word = &rest[word_start..];
        // "to Mr. Trump’s threats": the period of "Mr." ends no sentence
        if c == '.'
            && word.len() > 1
            && lexicon::is_abbreviation(&word.trim_end_matches('.').to_lowercase())
        {
            rest = rest[..word_start].trim_end();
            continue;
        }
        // "his wife, Democratic presidential nominee Hillary Clinton, over": an appositive
        if c == ',' {
            return !described || next != Some(',');
        }
        if matches!(
            c,
            '.' | '!' | '?' | ';' | ':' | '\n' | '”' | '"' | '’' | '\'' | '(' | '—'
        ) {
            return true;
        }
        let clean: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
        let capital = word.starts_with(char::is_uppercase);
        let lower = clean.to_lowercase();
        if lexicon::is_speech_verb(&lower) || lower == "to" && according_to(rest) {
            // "noted NBC’s Dante Chinni.": the speaker, unless the name goes on ("said Pence’s …")
            return ends_phrase;
        }
        // "Secretary of State John F. Kerry said": "of" inside a title
        let title_of = word == "of"
            && rest[..word_start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        // "presidential nominee Hillary Clinton was": lowercase words of a title
        let title = lexicon::is_title(&lower) || lexicon::is_title_modifier(&lower);
        // "Longtime customer Harold Jenkins said": one capitalised word opening the sentence
        // and a lowercase noun describe the person (not "Police arrested Jenkins", "She met
        // Jenkins", "And while Jenkins": a verb or a clause word)
        let plain =
            |w: &str| !(lexicon::is_clause_word(w) || lexicon::is_preposition(w) || is_pronoun(w));
        let described_by_noun = !capital
            && !lower.ends_with("ed")
            && !IRREGULAR_PAST.contains(&lower.as_str())
            && plain(&lower)
            && {
                let before = rest[..word_start].trim_end();
                let first_start = last_word_start(before);
                let first = &before[first_start..];
                // (opening the sentence or the paragraph)
                let gap = &before[..first_start];
                let earlier = gap.trim_end();
                first.starts_with(char::is_uppercase)
                    && plain(&first.to_lowercase())
                    && (gap[earlier.len()..].contains('\n')
                        || earlier
                            .chars()
                            .next_back()
                            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '”' | '"' | '’' | '\'')))
            };
        if !(capital || title_of || title || described_by_noun) || clean.is_empty() {
            return false;
        }
        described |= title && !capital;
        rest = rest[..word_start].trim_end();
    }
    false
}

/// Where the last word of `text` starts: after its last white space.
fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Do these words end with "according to", in either case ("According to Gilbert, …")?
fn according_to(words: &str) -> bool {
    let n = words.len();
    n >= 12
        && words.is_char_boundary(n - 12)
        && words[n - 12..].eq_ignore_ascii_case("according to")
}

/// Does the mention at `start` sit in a clause that its sentence reports ("Scott joked that,
/// among African Americans, Trump ranks fourth")? Its subject is what was said, not who
/// says the next thing: a pronoun after it means the reporter.
fn reported(body: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(300);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let before = &body[from..start];
    let sentence = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '\n' | '?' | '!' | '“' | '"'))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let sentence = sentence
        .rfind(". ")
        .map_or(sentence, |i| &sentence[i + 2..]);
    sentence.match_indices(" that").any(|(i, _)| {
        sentence[..i]
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| lexicon::is_speech_verb(&w.to_lowercase()))
    })
}

/// Is the name ending at `end` followed by a speech verb ("… nominee Donald Trump said at an
/// event …")? Then it is its clause's subject whatever comes before it.
fn speaks_next(body: &str, end: usize) -> bool {
    let rest = body[end..].trim_start_matches(' ');
    if rest.len() == body.len() - end {
        return false; // no space: "Trump’s", "Trump-backed"
    }
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !word.is_empty() && lexicon::is_speech_verb(&word.to_lowercase())
}

/// The sentence holding `body[start..end]`, as a byte span: from after the last ". ", "? ",
/// "! " or line break before it to the next one after it.
fn sentence_around(body: &str, start: usize, end: usize) -> (usize, usize) {
    const ENDS: [&str; 4] = [". ", "? ", "! ", "\n"];
    let lo = ENDS
        .iter()
        .filter_map(|m| body[..start].rfind(m).map(|at| at + m.len()))
        .max()
        .unwrap_or(0);
    let hi = ENDS
        .iter()
        .filter_map(|m| body[end..].find(m).map(|at| end + at))
        .min()
        .unwrap_or(body.len());
    (lo, hi)
}

/// Does the name at `start` stand in the attribution right after a quotation, as in "“Q,”
/// Garside replied", "“Q,” said Garside" or "“Q,” said Lithuanian Foreign Minister Marek
/// Telak": a few words after the closing mark, in the same sentence?
fn attributes_quote(body: &str, start: usize) -> bool {
    let lead = &body[..start];
    let Some(close) = lead.rfind(['”', '"']) else {
        return false;
    };
    let gap = &lead[close..];
    !gap.contains(['.', '?', '!', '\n', '“']) && gap.split_whitespace().count() <= 8
}

/// Did the story bring in someone by these words unnamed before `pos`: "a senior official"
/// (or "an official", "one official") before "the official said"?
pub fn brought_in_unnamed(body: &str, pos: usize, role: &str) -> bool {
    let before = &body[..pos];
    before.match_indices(role).any(|(at, _)| {
        let whole = !before[at + role.len()..].starts_with(char::is_alphanumeric)
            && !before[..at].ends_with(char::is_alphanumeric);
        // the article within the three words before the role, in the same clause
        whole
            && before[..at]
                .split_whitespace()
                .rev()
                .take(4)
                .take_while(|w| !w.ends_with([',', '.', ';', ':']))
                .any(|w| {
                    ["a", "an", "one", "another"]
                        .iter()
                        .any(|article| w.eq_ignore_ascii_case(article))
                })
    })
}

/// Is the full name at `body[start..end]` introduced by a role or a "who" clause, as news
/// introduces the next person it quotes ("concerns Henry Crespo, president of the
/// caucus.", "Hillary Clinton — who’s called for …")? Such a mention is as likely a
/// pronoun's antecedent as a clause's subject. A description that is not a role ("Sargent
/// Shriver — a member of the Kennedy clan —", "Abraham Lincoln, sheltered in his
/// memorial") is not enough.
fn introduced(body: &str, start: usize, end: usize) -> bool {
    if !body[start..end].contains(' ') {
        return false;
    }
    let rest = &body[end..];
    let Some(rest) = [", ", " — ", " – ", "—"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
    else {
        return false;
    };
    let word: String = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lower = word.to_lowercase();
    lower == "who" || lexicon::is_title(&lower)
}

/// The other way of writing a chief officer's title that `words` hold: "ceo" for "chief
/// executive officer" (or "chief executive"), "chief executive officer" for "ceo"; likewise
/// the financial and operating officers.
fn chief_officer(words: &[String]) -> Vec<String> {
    const OFFICERS: [(&str, &str); 3] = [
        ("ceo", "executive"),
        ("cfo", "financial"),
        ("coo", "operating"),
    ];
    let mut out = Vec::new();
    for (short, long) in OFFICERS {
        let spelt = words.windows(2).any(|w| w[0] == "chief" && w[1] == long);
        if spelt {
            out.push(short.to_string());
        } else if words.iter().any(|w| w == short) {
            out.extend(["chief", long, "officer"].map(str::to_string));
        }
    }
    out
}

/// Title words equal, allowing a possessive or plural "s".
fn same_title(a: &str, b: &str) -> bool {
    let (a, b) = (full_title(a), full_title(b));
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

/// The title an abbreviation before a name stands for ("gov" of "Gov. Kathy Hochul" is what
/// "the governor" says), or a synonym ("the pontiff" is the pope, "Justice Esther Njoroge"
/// is "the judge"); any other word as it is.
fn full_title(word: &str) -> &str {
    match word {
        "adm" => "admiral",
        "amb" => "ambassador",
        "atty" => "attorney",
        "capt" => "captain",
        "cmdr" => "commander",
        "col" => "colonel",
        "det" => "detective",
        "dr" => "doctor",
        "gen" => "general",
        "gov" => "governor",
        "insp" => "inspector",
        "justice" => "judge",
        "lt" => "lieutenant",
        "maj" => "major",
        "pontiff" => "pope",
        "pres" => "president",
        "prof" => "professor",
        "rep" => "representative",
        "sen" => "senator",
        "sgt" => "sergeant",
        "supt" => "superintendent",
        _ => word,
    }
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
        ("even now at 86 she still says", &["she"]),
        (
            "Sen. Claire McCaskill (D-Mo.) said",
            &["Sen. Claire McCaskill"],
        ),
        (
            "Marc H. Morial, the chief of the League, forcefully told",
            &["Marc H. Morial"],
        ),
        ("As for the bent, he said", &["he"]),
        ("Jane Roe, 59, who watched on a screen, said", &["Jane Roe"]),
    ];

    #[test]
    fn a_name_heads_its_clause_after_titles_only() {
        let heads = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            heads_clause(text, start, start + name.len())
        };
        assert!(heads(
            "Secretary of State John F. Kerry said so.",
            "John F. Kerry"
        ));
        assert!(heads(
            "Then Foreign Minister Dmytro Kuleba said so.",
            "Dmytro Kuleba"
        ));
        assert!(!heads("Trump is making “a demand” of Obama.", "Obama"));
        assert!(!heads(
            "It shows the figure of Abraham Lincoln.",
            "Abraham Lincoln"
        ));
        assert!(!heads("He won praise from Putin.", "Putin"));
    }

    #[test]
    fn reads_subjects_backwards() {
        for (text, want) in BACKWARD {
            let paras = paragraphs(text);
            let s = spans(text, &paras);
            let toks = tokenize(text, paras[0], &s, 0, 0);
            let people = People::new(text, &[], &[], &s);
            let got = backward(text, &toks, &people, 0, toks.len() - 1)
                .map(|(a, b)| &text[toks[a].start..toks[b - 1].end]);
            assert_eq!(got, Some(want[0]), "{text}");
        }
    }
}
