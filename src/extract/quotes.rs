//! Direct quotations and their speakers.
//!
//! Three steps, each linear in the body: pair the double quotation marks of
//! every paragraph into spans ([`marks`]); tokenize each paragraph with every
//! span as one opaque token ([`tokens`]); then match a few positional templates
//! around each span, anchored on a reporting verb ([`lexicon`]), and read and
//! resolve the speaker ([`speaker`]):
//!
//! | rule | shape |
//! |---|---|
//! | `quote-speaker-verb` | `“Q,” S said.` |
//! | `quote-verb-speaker` | `“Q,” said S.` |
//! | `quote-according-to` | `“Q,” according to S.` |
//! | `speaker-verb-colon` | `S told Reuters: “Q”` |
//! | `speaker-verb-comma` | `S said, “Q”` |
//! | `speaker-verb-quote` | `S said “Q”.` |
//! | `split` | the second half of `“Q1,” S said, “Q2.”` |
//! | `according-to-speaker` | `according to S, “Q”` |
//! | `speaker-colon` | `Zelensky: “Q”` |
//! | `speaker-verb-partial` | `S said the “absolute priority” is …` (kind partial) |
//! | `follow-on` | `“Q1,” S added. “Q2.”` and a quotation paragraph after an attributed one |
//! | `continued` | the earlier paragraphs of a quotation attributed in a later one |
//! | `unattributed` | a sentence-like quotation with no speaker in reach |

mod lexicon;
mod marks;
mod speaker;
mod tokens;

use super::{Entity, Mention, Quote, QuoteKind};
use marks::Span;
use speaker::{People, lower};
use tokens::{Tok, Token, ends_sentence};

/// Words a quotation needs to be kept when nothing attributes it.
const MIN_UNATTRIBUTED_WORDS: usize = 5;
/// Words allowed between an unpunctuated quotation and its verb (`“Q” he said`).
const MAX_WORDS_WITHOUT_COMMA: usize = 3;
/// Words read after a quotation looking for its verb.
const MAX_WORDS_TO_VERB: usize = 20;
/// Paragraphs back a pronoun may reach for a person.
const PRONOUN_PARAGRAPHS: usize = 3;

/// An attribution found by a template.
#[derive(Clone, Debug)]
struct Attribution {
    kind: QuoteKind,
    /// Byte span of the cue as written.
    cue: Option<(usize, usize)>,
    /// Token range of the speaker phrase.
    speaker: (usize, usize),
    rule: &'static str,
    /// The quote's own punctuation or a comma ties it to the attribution after it.
    tied: bool,
}

/// Who spoke a quotation, as resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Who {
    cue: Option<String>,
    speaker: Option<(usize, usize)>,
    entity: Option<usize>,
}

/// The last attributed quotation: a follow-on quotation inherits it.
#[derive(Clone, Debug)]
struct Active {
    who: Who,
    para: usize,
}

/// Find every quotation in a body and attribute it, using the body's entity mentions.
pub fn find(body: &str, entities: &[Entity], mentions: &[Mention]) -> Vec<Quote> {
    let paras = marks::paragraphs(body);
    let spans = marks::spans(body, &paras);
    let people = People::new(body, entities, mentions, &spans);
    let mut drafts: Vec<Option<(Quote, bool)>> = vec![None; spans.len()];
    let mut active: Option<Active> = None;
    let mut last_person: Option<(usize, usize)> = None; // (entity, paragraph)
    let mut si = 0;
    for (p, para) in paras.iter().enumerate() {
        let first = si;
        while si < spans.len() && spans[si].para == p {
            si += 1;
        }
        if first == si {
            continue;
        }
        let toks = tokens::tokenize(body, *para, &spans, first, si);
        let mut attributed_here = false;
        for k in 0..toks.len() {
            let Tok::Quote(i) = toks[k].tok else { continue };
            let span = &spans[i];
            let Some((start, end)) = trim(body, span) else {
                continue;
            };
            let continued = i > 0 && spans[i - 1].continues && spans[i - 1].para + 1 == p;
            let found = match (after(body, &toks, k, span), before(body, &toks, k)) {
                (Some(a), _) if a.tied => Some(a),
                (a, None) => a,
                (_, b) => b,
            };
            let (kind, who, rule) = if let Some(a) = found {
                let (s, e) = (toks[a.speaker.0].start, toks[a.speaker.1 - 1].end);
                let cue = a.cue.map(|(cs, ce)| body[cs..ce].to_string());
                let ctx = Context {
                    body,
                    people: &people,
                    paras: &paras,
                    para: p,
                    active: active.as_ref(),
                    last_person,
                };
                let entity = resolve(&ctx, s, e);
                let who = Who {
                    cue,
                    speaker: Some((s, e)),
                    entity,
                };
                (a.kind, who, a.rule)
            } else if let Some(prev) = active.as_ref().filter(|a| {
                a.para == p && attributed_here
                    || a.para + 1 == p
                        && opens_paragraph(body, &toks, k)
                        && (continued || follows_on(body, span))
            }) {
                (QuoteKind::Full, prev.who.clone(), "follow-on")
            } else if speech_like(&body[start..end]) || span.continues || continued {
                let who = Who {
                    cue: None,
                    speaker: None,
                    entity: None,
                };
                (QuoteKind::Full, who, "unattributed")
            } else {
                continue;
            };
            if kind == QuoteKind::Partial && title_case(&body[start..end]) {
                continue;
            }
            if who.speaker.is_some() {
                attributed_here = true;
                if let Some(e) = who.entity {
                    last_person = Some((e, p));
                }
                active = Some(Active {
                    who: who.clone(),
                    para: p,
                });
            }
            let quote = Quote {
                start,
                end,
                kind,
                cue: who.cue,
                speaker: who.speaker,
                speaker_entity: who.entity,
                rule,
            };
            drafts[i] = Some((quote, span.continues));
        }
        // A paragraph with no attributed quotation ends what a follow-on may inherit.
        if !attributed_here && active.as_ref().is_some_and(|a| a.para + 1 < p) {
            active = None;
        }
    }
    // A quotation running over paragraphs is often attributed only in its last one.
    for i in (0..drafts.len().saturating_sub(1)).rev() {
        let next = drafts[i + 1].as_ref().map(|(q, _)| q.clone());
        if let (Some((q, true)), Some(n)) = (drafts[i].as_mut(), next)
            && q.speaker.is_none()
            && n.speaker.is_some()
        {
            q.speaker = n.speaker;
            q.speaker_entity = n.speaker_entity;
            q.cue = n.cue;
            q.rule = "continued";
        }
    }
    drafts.into_iter().flatten().map(|(q, _)| q).collect()
}

/// What resolving a speaker phrase needs to know about the article so far.
struct Context<'a> {
    body: &'a str,
    people: &'a People<'a>,
    paras: &'a [marks::Paragraph],
    para: usize,
    active: Option<&'a Active>,
    last_person: Option<(usize, usize)>,
}

/// The person a speaker phrase at `body[s..e]` names or points back to.
fn resolve(ctx: &Context, s: usize, e: usize) -> Option<usize> {
    let text = &ctx.body[s..e];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if let [w] = words.as_slice() {
        if w == "he" || w == "she" {
            let para_start = ctx.paras[ctx.para].start;
            let reach = ctx.paras[ctx.para.saturating_sub(PRONOUN_PARAGRAPHS)].start;
            let speaker_here = ctx
                .active
                .filter(|a| a.para == ctx.para)
                .and_then(|a| a.who.entity);
            let recent = ctx
                .last_person
                .filter(|&(_, p)| p + PRONOUN_PARAGRAPHS >= ctx.para)
                .map(|(e, _)| e);
            return speaker_here
                .or_else(|| ctx.people.before(s, para_start))
                .or(recent)
                .or_else(|| ctx.people.before(s, reach));
        }
        if matches!(w.as_str(), "they" | "we" | "i" | "it" | "you") {
            return None;
        }
    }
    if let Some(e) = ctx.people.named(s, e) {
        return Some(e);
    }
    let article = words.first().is_some_and(|w| w == "the");
    if article && words.len() >= 2 && words.last().is_some_and(|w| lexicon::is_title(w)) {
        return ctx.people.titled(&words[1..], s);
    }
    None
}

/// The stored text of a span: marks excluded, blanks and a trailing comma dropped.
fn trim(body: &str, span: &Span) -> Option<(usize, usize)> {
    let raw = &body[span.start..span.end];
    let lead = raw.len() - raw.trim_start().len();
    let mut text = raw.trim();
    if let Some(t) = text.strip_suffix(',') {
        text = t.trim_end();
    }
    let start = span.start + lead;
    (!text.is_empty()).then_some((start, start + text.len()))
}

fn text<'a>(body: &'a str, t: &Token) -> &'a str {
    &body[t.start..t.end]
}

/// `“Q,” S said` · `“Q,” said S` · `“Q,” according to S`.
fn after(body: &str, toks: &[Token], k: usize, span: &Span) -> Option<Attribution> {
    let inner = body[span.start..span.end].trim_end();
    let mut tied = span.closed && inner.ends_with([',', '?', '!', '—', '–', '-', '…']);
    if !span.closed {
        return None;
    }
    let mut j = k + 1;
    while j < toks.len()
        && toks[j].tok == Tok::Punct
        && matches!(text(body, &toks[j]), "," | "—" | "–" | "―" | "-")
    {
        tied = true;
        j += 1;
    }
    let mut words = 0;
    let mut m = j;
    let mut verb = None;
    while m < toks.len() && words <= MAX_WORDS_TO_VERB {
        let t = &toks[m];
        match t.tok {
            Tok::Quote(_) => break,
            Tok::Punct if ends_sentence(body, t) || text(body, t) == ":" => break,
            Tok::Punct => {}
            Tok::Word => {
                let l = lower(body, t);
                if lexicon::is_speech_verb(&l) {
                    verb = Some((m, m + 1, false));
                    break;
                }
                if l == "according" && toks.get(m + 1).is_some_and(|n| lower(body, n) == "to") {
                    verb = Some((m, m + 2, true));
                    break;
                }
                words += 1;
            }
        }
        m += 1;
    }
    let (vs, ve, according) = verb?;
    if !tied && words > MAX_WORDS_WITHOUT_COMMA {
        return None;
    }
    let cue = Some((toks[vs].start, toks[ve - 1].end));
    let has_subject = toks[j..vs].iter().any(|t| t.tok == Tok::Word);
    let (speaker, rule) = if according {
        (forward_until(body, toks, ve)?, "quote-according-to")
    } else if !has_subject {
        if lower(body, &toks[vs]).ends_with("ing") {
            return None;
        }
        (forward_until(body, toks, ve)?, "quote-verb-speaker")
    } else {
        (speaker::backward(body, toks, j, vs)?, "quote-speaker-verb")
    };
    Some(Attribution {
        kind: QuoteKind::Full,
        cue,
        speaker,
        rule,
        tied,
    })
}

/// The speaker after a verb, up to the next punctuation or quotation.
fn forward_until(body: &str, toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let limit = toks[i..]
        .iter()
        .position(|t| t.tok != Tok::Word)
        .map_or(toks.len(), |p| i + p);
    speaker::forward(body, toks, i, limit)
}

/// `S said: “Q”` · `S said, “Q”` · `S said “Q”` · `according to S, “Q”` · `S: “Q”` · partial.
fn before(body: &str, toks: &[Token], k: usize) -> Option<Attribution> {
    let mut w = k;
    while w > 0 {
        let t = &toks[w - 1];
        if matches!(t.tok, Tok::Quote(_)) || ends_sentence(body, t) {
            break;
        }
        w -= 1;
    }
    let split = w > 0 && matches!(toks[w - 1].tok, Tok::Quote(_));
    for m in (w..k).rev() {
        let t = &toks[m];
        if t.tok != Tok::Word {
            continue;
        }
        let l = lower(body, t);
        let (speaker, gap_from, cue) =
            if l == "according" && toks.get(m + 1).is_some_and(|n| lower(body, n) == "to") {
                let limit = (m + 2..k).find(|&i| toks[i].tok != Tok::Word).unwrap_or(k);
                let Some(sp) = speaker::forward(body, toks, m + 2, limit) else {
                    continue;
                };
                (sp, sp.1, (t.start, toks[m + 1].end))
            } else if lexicon::is_speech_verb(&l) {
                let Some(sp) = speaker::backward(body, toks, w, m) else {
                    continue;
                };
                (sp, m + 1, (t.start, t.end))
            } else {
                continue;
            };
        let gap = &toks[gap_from..k];
        let gap_words = gap.iter().filter(|t| t.tok == Tok::Word).count();
        let last = gap.last().map(|t| text(body, t));
        let according = l == "according";
        let (kind, rule) = if gap.is_empty() || (gap_words == 1 && last == Some("that")) {
            (QuoteKind::Full, "speaker-verb-quote")
        } else if last == Some(":") && gap_words <= 15 {
            (QuoteKind::Full, "speaker-verb-colon")
        } else if last == Some(",") && gap_words <= 8 {
            (QuoteKind::Full, "speaker-verb-comma")
        } else {
            (QuoteKind::Partial, "speaker-verb-partial")
        };
        let rule = match (according, split, kind) {
            (true, _, _) => "according-to-speaker",
            (false, true, QuoteKind::Full) => "split",
            _ => rule,
        };
        return Some(Attribution {
            kind,
            cue: Some(cue),
            speaker,
            rule,
            tied: false,
        });
    }
    // `Zelensky: “Q”`: a short name-like phrase and a colon.
    if k > w + 1 && text(body, &toks[k - 1]) == ":" {
        let sp = speaker::backward(body, toks, w, k - 1)?;
        let capital = toks[sp.0..sp.1]
            .iter()
            .any(|t| text(body, t).chars().next().is_some_and(char::is_uppercase));
        if sp.0 == w && sp.1 - sp.0 <= 6 && capital {
            return Some(Attribution {
                kind: QuoteKind::Full,
                cue: Some((toks[k - 1].start, toks[k - 1].end)),
                speaker: sp,
                rule: "speaker-colon",
                tied: false,
            });
        }
    }
    None
}

/// Is the quotation token the first thing in its paragraph?
fn opens_paragraph(body: &str, toks: &[Token], k: usize) -> bool {
    toks[..k]
        .iter()
        .all(|t| t.tok == Tok::Punct && !ends_sentence(body, t))
}

/// Does a quotation opening a paragraph read as more of the last speaker's words?
fn follows_on(body: &str, span: &Span) -> bool {
    speech_like(&body[span.start..span.end])
}

/// Words in a text: runs of alphanumerics.
fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// A sentence someone said, not a headline, a title or a scare-quoted phrase.
fn speech_like(text: &str) -> bool {
    let ends = text
        .trim_end()
        .trim_end_matches(['’', '\'', ')'])
        .ends_with(['.', '?', '!', '…', ',', '—', '-']);
    let first_upper = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    ends && word_count(text) >= MIN_UNATTRIBUTED_WORDS && first_upper && !title_case(text)
}

/// Small words a title leaves lowercase.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// "Road Map for Peace": every word but the small ones capitalised (two words at least).
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && words.iter().all(|w| {
            TITLE_SMALL_WORDS.contains(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Kind;

    /// The people every test article knows; each is mentioned by full name or surname.
    const PEOPLE: &[&str] = &[
        "Dmytro Kuleba",
        "Olaf Scholz",
        "Jens Stoltenberg",
        "Volodymyr Zelensky",
        "Hugh Hill",
        "Jane Doe",
        "John Smith",
        "Mary Jones",
    ];

    /// Entities and mentions as a recogniser would give them for `body`.
    fn recognise(body: &str) -> (Vec<Entity>, Vec<Mention>) {
        let entities: Vec<Entity> = PEOPLE
            .iter()
            .map(|n| Entity {
                name: n.to_string(),
                kind: Kind::Person,
                key: n.to_lowercase(),
            })
            .collect();
        let mut mentions = Vec::new();
        for (i, name) in PEOPLE.iter().enumerate() {
            let surname = name.rsplit(' ').next().unwrap();
            for (pos, _) in body.match_indices(surname) {
                let full = pos >= name.len() - surname.len()
                    && body[..pos + surname.len()].ends_with(name);
                let start = if full {
                    pos + surname.len() - name.len()
                } else {
                    pos
                };
                mentions.push(Mention {
                    entity: i,
                    start,
                    end: pos + surname.len(),
                });
            }
        }
        mentions.sort_by_key(|m| m.start);
        (entities, mentions)
    }

    /// Each quote as "text | speaker": the person's name when resolved, `~text` for an
    /// unresolved speaker phrase, `-` for none.
    fn run(body: &str) -> Vec<String> {
        let (entities, mentions) = recognise(body);
        find(body, &entities, &mentions)
            .iter()
            .map(|q| {
                let who = match (q.speaker_entity, q.speaker) {
                    (Some(e), _) => entities[e].name.clone(),
                    (None, Some((s, e))) => format!("~{}", &body[s..e]),
                    (None, None) => "-".to_string(),
                };
                format!("{} | {}", &body[q.start..q.end], who)
            })
            .collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        (
            "“We will win,” Kuleba said.",
            &["We will win | Dmytro Kuleba"],
        ),
        (
            "“We will win,” said Dmytro Kuleba.",
            &["We will win | Dmytro Kuleba"],
        ),
        (
            "Kuleba said: “We will win.”",
            &["We will win. | Dmytro Kuleba"],
        ),
        (
            "Kuleba said “we will win”.",
            &["we will win | Dmytro Kuleba"],
        ),
        (
            "Kuleba told Reuters: “We will win.”",
            &["We will win. | Dmytro Kuleba"],
        ),
        (
            "“We will win,” Kuleba said, “and we will rebuild.”",
            &[
                "We will win | Dmytro Kuleba",
                "and we will rebuild. | Dmytro Kuleba",
            ],
        ),
        (
            "“We will win,” Kuleba added. “Nobody doubts it at all.”",
            &[
                "We will win | Dmytro Kuleba",
                "Nobody doubts it at all. | Dmytro Kuleba",
            ],
        ),
        (
            "According to Stoltenberg, “the alliance stands united.”",
            &["the alliance stands united. | Jens Stoltenberg"],
        ),
        (
            "“The alliance stands united,” according to Stoltenberg.",
            &["The alliance stands united | Jens Stoltenberg"],
        ),
        (
            "Scholz said the “absolute priority” is peace.",
            &["absolute priority | Olaf Scholz"],
        ),
        (
            "“Bring Ukraine closer to NATO”\n\nThe summit opens on Tuesday.",
            &[],
        ),
        (
            "Hugh Hill, a doctor, said: “It was chaos in the ward.”",
            &["It was chaos in the ward. | Hugh Hill"],
        ),
        (
            "“There are some significant differences,” a senior U.S. official said.",
            &["There are some significant differences | ~a senior U.S. official"],
        ),
        (
            "“The talks are hard,” a source briefed on the discussion said.",
            &["The talks are hard | ~a source briefed on the discussion"],
        ),
        (
            "Zelensky spoke in Kyiv. “We will not give up our land,” he said.",
            &["We will not give up our land | Volodymyr Zelensky"],
        ),
        (
            "Ukrainian Foreign Minister Dmytro Kuleba met Scholz.\n\n“We need more air defence,” the Ukrainian foreign minister said.",
            &["We need more air defence | Dmytro Kuleba"],
        ),
        (
            "“We need more air defence,” the official said.",
            &["We need more air defence | ~the official"],
        ),
        (
            "“We will hold the line,” Zelensky said.\n\n“Every town matters to us and to our people.”",
            &[
                "We will hold the line | Volodymyr Zelensky",
                "Every town matters to us and to our people. | Volodymyr Zelensky",
            ],
        ),
        (
            "Jane Doe said: “The first part runs on\n\n“and the second part closes it.”",
            &[
                "The first part runs on | Jane Doe",
                "and the second part closes it. | Jane Doe",
            ],
        ),
        (
            "“The first part runs on and on\n\n“and the second part closes it,” Mary Jones said.",
            &[
                "The first part runs on and on | Mary Jones",
                "and the second part closes it | Mary Jones",
            ],
        ),
        (
            "“He called it ‘a disgrace’ in public,” John Smith said.",
            &["He called it ‘a disgrace’ in public | John Smith"],
        ),
        (
            "It's the \"best deal we've ever had,\" Mary Jones said, and left.",
            &["best deal we've ever had | Mary Jones"],
        ),
        (
            "“We have done everything we could,“ Jane Doe said.",
            &["We have done everything we could | Jane Doe"],
        ),
        (
            "«Nous ne céderons jamais sur ce point», said Jane Doe.",
            &["Nous ne céderons jamais sur ce point | Jane Doe"],
        ),
        (
            "The so-called “peace plan” was rejected by the parliament in Kyiv.",
            &[],
        ),
        (
            "Stoltenberg: “The door of NATO remains open to Ukraine.”",
            &["The door of NATO remains open to Ukraine. | Jens Stoltenberg"],
        ),
        (
            "“Nobody expected the vote to pass so easily today.”\n\nThe chamber emptied quickly.",
            &["Nobody expected the vote to pass so easily today. | -"],
        ),
        (
            "“We must, as he noted, “make sure that Ukraine prevails as a sovereign state,” the official said.",
            &[
                "We must, as he noted, “make sure that Ukraine prevails as a sovereign state | ~the official",
            ],
        ),
    ];

    #[test]
    fn attributes_each_style() {
        for (body, want) in CASES {
            assert_eq!(run(body), want.to_vec(), "{body}");
        }
    }

    #[test]
    fn quotes_come_in_body_order_with_rules() {
        let body = "“One two three four five,” Kuleba said, “six seven eight nine ten.”";
        let (entities, mentions) = recognise(body);
        let q = find(body, &entities, &mentions);
        assert_eq!(q.len(), 2);
        assert!(q[0].end <= q[1].start);
        assert_eq!(q[0].rule, "quote-speaker-verb");
        assert_eq!(q[1].rule, "split");
        assert_eq!(q[0].cue.as_deref(), Some("said"));
    }

    #[test]
    fn no_speaker_is_never_guessed() {
        let body = "Kuleba arrived.\n\nThe weather was cold.\n\nThe hall was full.\n\nThe talks began.\n\n“It is a long road ahead for all of us,” the document reads.";
        let (entities, mentions) = recognise(body);
        let q = find(body, &entities, &mentions);
        assert!(q.iter().all(|q| q.speaker_entity.is_none()), "{q:?}");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_slices_on_char_boundaries(
            body in "[a-zA-Z ,.:\n“”„«»\"'‘’—é中]{0,200}",
        ) {
            let (entities, mentions) = recognise(&body);
            let quotes = find(&body, &entities, &mentions);
            for q in &quotes {
                proptest::prop_assert!(q.start < q.end && q.end <= body.len());
                proptest::prop_assert!(body.is_char_boundary(q.start) && body.is_char_boundary(q.end));
                if let Some((s, e)) = q.speaker {
                    proptest::prop_assert!(s < e && e <= body.len());
                }
            }
            for pair in quotes.windows(2) {
                proptest::prop_assert!(pair[0].start < pair[1].start);
            }
        }
    }
}
