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
//! | `speaker-participle` | `S mocked it, saying anybody who complains “is not …”` (partial) |
//! | `quote-clause-speaker-verb` | `“Q” of the plan, S said.` (partial) |
//! | `quote-dash-speaker` | `“Q” ― Karen Bobadilla` |
//! | `previous-sentence` | `S called him a master at deals. “Q.”`, `S smiled. “Q.”` and `He said:` ending the paragraph before |
//! | `sentence-subject` | `Japan branded North Korea an “outlaw nation in the neighborhood”` (partial, five words or more) |
//! | `follow-on` | `“Q1,” S added. “Q2.”` and a quotation paragraph after an attributed one |
//! | `continued` | the earlier paragraphs of a quotation attributed in a later one |
//! | `unattributed` | a closed, sentence-like quotation with no speaker in reach |
//!
//! Short scare quotes, titles (Title Case) and headline lines with no cue are
//! not quotations. A pronoun is resolved to a person entity when it can be;
//! when it points back to a speaker the recogniser has no entity for (an
//! unnamed "Western official", an outlet, a name it missed), the stored speaker
//! span is that antecedent phrase instead of the bare pronoun, so the row still
//! says who spoke. An "it" with no such speaker before it points back to the
//! organization heading a clause in its paragraph or the one before ("The Security
//! Council condemned what it called …").

mod lexicon;
mod marks;
mod speaker;
mod tokens;

use super::{Entity, Mention, Quote, QuoteKind};
use lexicon::Gender;
use marks::Span;
use speaker::{People, Referent, lower};
use tokens::{Tok, Token, ends_sentence};

/// Words a quotation needs to be kept when nothing attributes it.
const MIN_UNATTRIBUTED_WORDS: usize = 5;
/// Words allowed between an unpunctuated quotation and its verb (`“Q” he said`).
const MAX_WORDS_WITHOUT_COMMA: usize = 3;
/// Words read after a quotation looking for its verb.
const MAX_WORDS_TO_VERB: usize = 30;
/// Paragraphs back a pronoun may reach for a person.
const PRONOUN_PARAGRAPHS: usize = 3;

/// An attribution found by a template.
#[derive(Clone, Debug)]
struct Attribution {
    kind: QuoteKind,
    /// Byte span of the cue as written.
    cue: Option<(usize, usize)>,
    /// Byte span of the speaker phrase.
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
    // The spans of each paragraph: spans[ranges[p].0..ranges[p].1].
    let mut ranges = Vec::with_capacity(paras.len());
    let mut si = 0;
    for p in 0..paras.len() {
        let first = si;
        while si < spans.len() && spans[si].para == p {
            si += 1;
        }
        ranges.push((first, si));
    }
    for (p, para) in paras.iter().enumerate() {
        let (first, si) = ranges[p];
        if first == si {
            continue;
        }
        let toks = tokens::tokenize(body, *para, &spans, first, si);
        let mut attributed_here = false;
        let first_quote = toks
            .iter()
            .position(|t| matches!(t.tok, Tok::Quote(_)))
            .unwrap_or(toks.len());
        for k in 0..toks.len() {
            let Tok::Quote(i) = toks[k].tok else { continue };
            let span = &spans[i];
            let Some((start, end)) = trim(body, span) else {
                continue;
            };
            let continued = i > 0 && spans[i - 1].continues && spans[i - 1].para + 1 == p;
            let found = match (
                after(body, &toks, &people, k, span),
                before(body, &toks, &people, k),
            ) {
                // `Xi told them that Asia should “Q”, according to Xinhua`: the outlet reports
                // what the subject of the verb before said
                (Some(a), Some(b))
                    if a.rule == "quote-according-to"
                        && b.kind == QuoteKind::Partial
                        && b.rule == "speaker-verb-partial" =>
                {
                    Some(b)
                }
                (Some(a), _) if a.tied => Some(a),
                (a, None) => a,
                (_, b) => b,
            };
            let found = found.or_else(|| {
                // `He said:` closing the paragraph before.
                let prev = ranges[..p]
                    .last()
                    .filter(|_| opens_paragraph(body, &toks, k))?;
                let prev_para = paras[p - 1];
                if !body[prev_para.start..prev_para.end].ends_with(':') {
                    return None;
                }
                let prev_toks = tokens::tokenize(body, prev_para, &spans, prev.0, prev.1);
                before(body, &prev_toks, &people, prev_toks.len())
            });
            let found = found.or_else(|| {
                // "X called him a master at deals. “Q.”": the sentence before, when it reports.
                let w = window_start(body, &toks, k);
                let end = w.checked_sub(1).filter(|_| w == k)?;
                if first_quote < end || attributed_here {
                    return None;
                }
                let a = before(body, &toks, &people, end).or_else(|| {
                    // "Asked about his future, Slot smiled. “Q.”": a name and one verb
                    // closing the sentence before
                    let ws = window_start(body, &toks, end);
                    let j = (ws + 1..end)
                        .rev()
                        .find(|&i| text(body, &toks[i - 1]) == ",")
                        .unwrap_or(ws);
                    manner(body, &toks, &people, j, end)
                })?;
                Some(Attribution {
                    kind: QuoteKind::Full,
                    rule: "previous-sentence",
                    ..a
                })
            });
            let found = found.or_else(|| {
                // "Sanders made the following comment: “Q”", "Clinton … said she has the
                // quality the job needs: “Q”": a colon before the quotation, in its sentence
                // or closing the paragraph before, gives the words of the person heading
                // that sentence
                let (from, to) = if k > 0 && text(body, &toks[k - 1]) == ":" {
                    // (the whole sentence, over any quoted title in it; a quotation ending
                    // one before it: "… to “take care that the laws be faithfully executed.”
                    // Osei was unpersuaded: “Q”")
                    let closes = |i: usize| {
                        matches!(toks[i].tok, Tok::Quote(_))
                            && body[toks[i].start..toks[i].end]
                                .trim_end_matches(['”', '"', '’', '\''])
                                .ends_with(['.', '!', '?'])
                            && toks.get(i + 1).is_some_and(|t| {
                                t.tok == Tok::Word && speaker::capitalised(body, t)
                            })
                    };
                    let w = (0..k - 1)
                        .rev()
                        .find(|&i| ends_sentence(body, &toks[i]) || closes(i))
                        .map_or(0, |i| i + 1);
                    (toks[w].start, toks[k - 1].start)
                } else if p > 0 && opens_paragraph(body, &toks, k) {
                    let prev = body.get(paras[p - 1].start..paras[p - 1].end)?;
                    let lead = prev.strip_suffix(':')?;
                    let from = lead.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
                    (paras[p - 1].start + from, paras[p - 1].end)
                } else {
                    return None;
                };
                // (the last of contrasted clauses: "Gordon said it was “nothing,” while
                // Gilgeous-Alexander called it “part of the game” and said: “Q”")
                let from = [" while ", " whereas ", ", but ", "; "]
                    .iter()
                    .filter_map(|w| body[from..to].rfind(w).map(|at| from + at))
                    .max()
                    .filter(|&at| people.subject_within(at, to).is_some())
                    .unwrap_or(from);
                Some(Attribution {
                    kind: QuoteKind::Full,
                    cue: None,
                    speaker: people.subject_within(from, to)?,
                    rule: "colon-subject",
                    tied: false,
                })
            });
            let found = found.or_else(|| {
                // "Japan branded North Korea an “outlaw nation in the neighborhood”": no
                // reporting verb, but a fragment of five words or more is the subject's words.
                let w = window_start(body, &toks, k);
                let inside = toks[w..k].iter().any(|t| t.tok == Tok::Word);
                if !inside || word_count(&body[start..end]) < MIN_UNATTRIBUTED_WORDS {
                    return None;
                }
                let sp = speaker::leading(body, &toks, w, k)?;
                let lead = &toks[sp.0];
                let lead = &body[lead.start..lead.end];
                // (not an interview's "A:" or "Q:" before the answer)
                let letter = sp.1 == sp.0 + 1 && lone_letter(lead) && lead != "I";
                let named = !letter
                    && (lead.starts_with(char::is_uppercase) || matches!(lead, "he" | "she"));
                let (start, mut end) = bytes(&toks, sp);
                // "It’s denouncing what it calls “…”": the speaker is "It"
                if sp.1 == sp.0 + 1 {
                    end = start + speaker::without_is(&body[start..end]).len();
                }
                named.then_some(Attribution {
                    kind: QuoteKind::Partial,
                    cue: None,
                    speaker: (start, end),
                    rule: "sentence-subject",
                    tied: false,
                })
            });
            let (kind, who, rule) = if let Some(a) = found {
                let (s, e) = a.speaker;
                let cue = a.cue.map(|(cs, ce)| body[cs..ce].to_string());
                let ctx = Context {
                    body,
                    people: &people,
                    paras: &paras,
                    para: p,
                    active: active.as_ref(),
                    last_person,
                    quote: (start, end),
                };
                let (entity, speaker) = match resolve(&ctx, s, e) {
                    Resolved::Person(entity) => (entity, (s, e)),
                    Resolved::Antecedent(span, entity) => (entity, span),
                };
                let who = Who {
                    cue,
                    speaker: Some(speaker),
                    entity,
                };
                (a.kind, who, a.rule)
            } else if let Some(prev) = active.as_ref().filter(|a| {
                // (not when someone else heads the quotation's own sentence: "Cillian Murphy,
                // who won best actor, dedicated the award “to the peacemakers”")
                let someone_else = || {
                    let from = toks
                        .get(window_start(body, &toks, k))
                        .map_or(start, |t| t.start);
                    people.other_subject(from, start, a.who.entity)
                };
                a.para == p && attributed_here && !someone_else()
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
            // (a follow-on too, unless it ends a sentence: "Taylor Swift's “Eras Tour” film"
            // after a quotation is a title, “We're America.” is not)
            let sentence = body[start..end].trim_end().ends_with(['.', '!', '?']);
            let follow_on = rule == "follow-on" && !sentence;
            if (kind == QuoteKind::Partial || follow_on) && title_case(&body[start..end]) {
                continue;
            }
            // "unveiled the “Cybercab”": one capitalised word after a determiner is a name
            if (kind == QuoteKind::Partial || follow_on) && named_thing(body, span.open, start, end)
            {
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
    // An excerpt run over paragraphs that nobody is said to speak (a transcript, a
    // quoted article) is not a quotation of anyone.
    drafts
        .into_iter()
        .zip(&spans)
        .filter_map(|(d, span)| d.filter(|(q, _)| q.rule != "unattributed" || span.closed))
        .map(|(q, _)| q)
        .collect()
}

/// What resolving a speaker phrase needs to know about the article so far.
struct Context<'a> {
    body: &'a str,
    people: &'a People<'a>,
    paras: &'a [marks::Paragraph],
    para: usize,
    active: Option<&'a Active>,
    last_person: Option<(usize, usize)>,
    /// Byte span of the quotation being attributed.
    quote: (usize, usize),
}

/// What a speaker phrase resolves to.
enum Resolved {
    /// The person it names or points back to, if any.
    Person(Option<usize>),
    /// A pronoun for an unnamed speaker just quoted ("the official … he added"):
    /// the earlier phrase, which says who spoke where "he" cannot.
    Antecedent((usize, usize), Option<usize>),
}

/// The person a speaker phrase at `body[s..e]` names or points back to.
fn resolve(ctx: &Context, s: usize, e: usize) -> Resolved {
    match resolve_person(ctx, s, e) {
        Some(Referent::Entity(entity)) => Resolved::Person(Some(entity)),
        Some(Referent::Unlisted(ns, ne)) => Resolved::Antecedent((ns, ne), None),
        None => Resolved::Person(None).or_antecedent(ctx, s, e),
    }
}

impl Resolved {
    /// Swap an unresolved pronoun for the unnamed speaker quoted just before in the paragraph.
    fn or_antecedent(self, ctx: &Context, s: usize, e: usize) -> Resolved {
        let word = ctx.body[s..e].to_lowercase();
        let personal = matches!(word.as_str(), "he" | "she");
        // "it added", "they wrote": the outlet or body quoted just before, a paragraph back at most
        let impersonal = matches!(word.as_str(), "it" | "they");
        let unnamed = ctx
            .active
            .filter(|a| {
                let near = a.para == ctx.para || impersonal && a.para + 1 == ctx.para;
                near && (a.who.entity.is_none() || impersonal)
            })
            .and_then(|a| a.who.speaker.map(|sp| (sp, a.who.entity)))
            .filter(|&((as_, ae), _)| {
                !matches!(
                    ctx.body[as_..ae].to_lowercase().as_str(),
                    "he" | "she" | "they" | "it"
                )
            });
        match (self, unnamed) {
            (Resolved::Person(None), Some((span, entity))) if personal || impersonal => {
                Resolved::Antecedent(span, entity)
            }
            // "The Security Council on Friday condemned what it called …": the organization
            // heading a clause before, in this paragraph or the one before
            (Resolved::Person(None), None) if word == "it" => {
                let from = ctx.paras[ctx.para.saturating_sub(1)].start;
                match ctx.people.body_before(s, from) {
                    Some(span) => Resolved::Antecedent(span, None),
                    None => Resolved::Person(None),
                }
            }
            (r, _) => r,
        }
    }
}

/// The person a listed name right after a speaker phrase ending at `end` sets in
/// apposition: ", Olena Kovalenko," or ", Olena Kovalenko." (not ", Olena Kovalenko's son").
fn appositive_person(ctx: &Context, end: usize) -> Option<usize> {
    let rest = ctx.body.get(end..)?;
    // (after a phrase naming where the role is: "the returning officer for Kakamega County,
    // Ms Mary Chepkoech,")
    let lead = rest
        .strip_prefix(' ')
        .filter(|r| {
            r.split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(lexicon::is_preposition)
        })
        .and_then(|r| r.find(", ").map(|at| (r, at)))
        .filter(|(r, at)| {
            !r[..*at].contains(['.', ';', '“', '"']) && r[..*at].split(' ').count() <= 5
        })
        .map_or(0, |(_, at)| at + 1);
    let mut start = rest[lead..].starts_with(", ").then_some(end + lead + 2)?;
    // (an honorific before the name: "Ms Mary Chepkoech")
    if let Some(word) = ctx.body[start..].split(' ').next()
        && lexicon::is_abbreviation(&word.trim_end_matches('.').to_lowercase())
    {
        start += word.len() + 1;
    }
    let (s, e) = ctx.people.named_span(start, start + 1)?;
    let after = ctx.body[e..].chars().next();
    if s == start && after.is_none_or(|c| matches!(c, ',' | '.' | ';' | '\n')) {
        ctx.people.named(s, e)
    } else {
        None
    }
}

/// The person a speaker phrase at `body[s..e]` names or points back to.
fn resolve_person(ctx: &Context, s: usize, e: usize) -> Option<Referent> {
    let text = &ctx.body[s..e];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            // "He’s claiming": the pronoun without its contraction
            let bare = speaker::without_is(&w);
            if matches!(bare, "he" | "she" | "it") {
                bare.to_string()
            } else {
                w
            }
        })
        .collect();
    if let [w] = words.as_slice() {
        // ("Her reasoning was simple: “Q”": a possessive alone, like the pronoun)
        if matches!(w.as_str(), "he" | "she" | "his" | "her") {
            let g = if matches!(w.as_str(), "he" | "his") {
                Gender::Male
            } else {
                Gender::Female
            };
            let para_start = ctx.paras[ctx.para].start;
            let reach = ctx.paras[ctx.para.saturating_sub(PRONOUN_PARAGRAPHS)].start;
            let people = ctx.people;
            let active_here = ctx.active.filter(|a| a.para == ctx.para);
            if active_here.is_some_and(|a| a.who.entity.is_none()) {
                return None; // the unnamed speaker just quoted: see Resolved::Antecedent
            }
            let speaker_here = active_here
                .and_then(|a| people.fitting(a.who.entity, g))
                .map(Referent::Entity);
            let recent = ctx
                .last_person
                .filter(|&(_, p)| p + PRONOUN_PARAGRAPHS >= ctx.para)
                .and_then(|(e, _)| people.fitting(Some(e), g))
                .map(Referent::Entity);
            let here = speaker_here.or_else(|| people.before_fitting(s, para_start, g, true));
            // "His mother, Natalia, said …. “Q,” she said": someone the paragraph describes
            // but does not name, rather than a person named paragraphs before
            if here.is_none() && unnamed_relative(ctx.body.get(para_start..s).unwrap_or(""), g) {
                return None;
            }
            // ("The manager praised his goalkeeper David Raya. “David was outstanding,” he
            // said": whom the quotation names in the third person is not who speaks it)
            let quoted = ctx.body.get(ctx.quote.0..ctx.quote.1).unwrap_or_default();
            return here
                .or_else(|| people.before_fitting(s, reach, g, true))
                .or_else(|| people.before_fitting(s, para_start, g, false))
                .or(recent)
                .or_else(|| people.before_fitting(s, reach, g, false))
                .or_else(|| people.before_fitting(s, 0, g, true))
                .filter(|r| !matches!(r, Referent::Entity(e) if people.named_in(*e, quoted)));
        }
        if matches!(w.as_str(), "they" | "we" | "i" | "it" | "you") {
            return None;
        }
    }
    // "the Spaniard said", "the 28-year-old said": a description by nationality or age points
    // back to a person named before it in its paragraph
    // ("the 34-year-old teacher said": perhaps with a noun after the age)
    // (or a parent by the number of children after it: "the 38-year-old father of three")
    let count = |n: &str| n.chars().all(|c| c.is_ascii_digit()) || COUNT_WORDS.contains(&n);
    let parent_of = |rest: &[String]| {
        matches!(rest, [parent, of, n]
            if PARENTS.contains(&parent.as_str()) && of == "of" && count(n))
    };
    // ("the 27-year-old software engineer from Provo said": or a longer description that
    // names no one)
    let described = |rest: &[String]| rest.len() <= 5 && ctx.people.named(s, e).is_none();
    let age = matches!(&words[..], [the, n, y, o, rest @ ..]
        if (rest.len() <= 1 || parent_of(rest) || described(rest))
            && the == "the"
            && n.chars().all(|c| c.is_ascii_digit())
            && y == "year"
            && o == "old");
    // "the seven-time world champion said", "the two-time Olympian said": a record, like an
    // age, describes the person just named
    let record = matches!(&words[..], [the, n, time, ..]
        if words.len() <= 6
            && the == "the"
            && time == "time"
            && count(n));
    // "the mother of two said", "the father-of-three said": a parent by the number of children
    let parent = matches!(&words[..], [the, rest @ ..] if the == "the" && parent_of(rest));
    // (one person: not "the Iraqis", "the French", "the Chinese")
    let one = |w: &str| {
        let plural = w.ends_with('s') && !w.ends_with("ss");
        let people = ["ch", "sh", "ese"].iter().any(|end| w.ends_with(end));
        !plural && !people
    };
    let national = ["the ", "The "].iter().any(|the| {
        text.starts_with(the) && ctx.people.national(s + the.len(), e) && one(&text[the.len()..])
    });
    // "the captain said", "the striker said": a player's role, which sports reports use for
    // the player just named
    // ("the Newcastle manager said", "the England striker said": with the team before it,
    // also its manager or coach)
    let team = capitalised_word(text, 1);
    let role = match &words[..] {
        [the, role] => the == "the" && PLAYER_ROLES.contains(&role.as_str()),
        [the, _, role] => {
            the == "the"
                && team
                && (PLAYER_ROLES.contains(&role.as_str()) || TEAM_STAFF.contains(&role.as_str()))
        }
        _ => false,
    };
    if age || record || parent || national || role {
        // (an age or a record, also the paragraph before when this one names no one: "Mohammed
        // Abdel-Salam was asleep.\n\n“Q,” the 34-year-old teacher said"; a nationality, only
        // the person heading a clause there: "Arne Slot was asked about the midfielder.\n\n
        // “Q,” the Dutchman said")
        let before = ctx.paras[ctx.para.saturating_sub(1)].start;
        return ctx
            .people
            .described_before(s, ctx.paras[ctx.para].start)
            .or_else(|| {
                if age || record || parent {
                    ctx.people.described_before(s, before)
                } else {
                    ctx.people.subject_before(s, before)
                }
            });
    }
    // "said one resident, Olena Kovalenko, 54": a person named in apposition right after a
    // phrase that names no one
    if ctx.people.named(s, e).is_none()
        && let Some(e) = appositive_person(ctx, e)
    {
        return Some(Referent::Entity(e));
    }
    // "a narrator in the Clinton ad", "an aide to Trump": someone unnamed, whoever the phrase names.
    let indefinite = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "one" | "another"));
    if indefinite {
        // (but "a jubilant Mr Makokha said", "a visibly shaken Smith told": a word or two
        // describing the person the phrase ends with)
        let described = words.len() <= 5 && !words.iter().any(|w| lexicon::is_preposition(w));
        return described
            .then(|| ctx.people.ending(s, e))
            .flatten()
            .map(Referent::Entity);
    }
    if let Some(e) = ctx.people.named(s, e) {
        return Some(Referent::Entity(e));
    }
    // "the head of NATO": the head noun comes before a preposition.
    let head_end = words
        .iter()
        .skip(1)
        .position(|w| lexicon::is_preposition(w))
        .map_or(words.len(), |i| i + 1);
    // "her son, David Harlow … “Q,” her son said": a relative the story named with that word
    if let [owner, kin] = &words[..]
        && matches!(owner.as_str(), "her" | "his" | "their")
        && super::names::KIN.contains(&kin.as_str())
    {
        return ctx.people.titled(&words[1..], 0, s).map(Referent::Entity);
    }
    let article = words.first().is_some_and(|w| w == "the");
    if article && head_end >= 2 && lexicon::is_title(&words[head_end - 1]) {
        // "the Ukrainian leader said" where no one is described by those words: a
        // nationality and a title, like "the Spaniard", mean the person named before
        let national = head_end == words.len()
            && text
                .rfind(' ')
                .is_some_and(|at| at > 4 && ctx.people.national(s + 4, s + at));
        // "Keir Starmer has said … the prime minister said": an office held by one person at
        // a time, in a story that has named only one person so far, is that person's
        let office = head_end == words.len()
            && (OFFICES.contains(&words[head_end - 1].as_str())
                || words[head_end - 2..] == ["prime", "minister"]);
        return ctx
            .people
            .titled(&words[1..], head_end - 2, s)
            .map(Referent::Entity)
            .or_else(|| {
                national
                    .then(|| ctx.people.described_before(s, ctx.paras[ctx.para].start))
                    .flatten()
            })
            .or_else(|| {
                office
                    .then(|| ctx.people.sole_person_before(s).map(Referent::Entity))
                    .flatten()
            })
            .or_else(|| {
                // "Kemi Badenoch opened PMQs. The Conservative leader said:", "Starmer replied
                // that ….\n\n“Q,” the prime minister said": an office, or a party's or a
                // firm's title, means the one person named just before, heading a clause
                let owned = words.len() == 3 && capitalised_word(text, 1);
                (head_end == words.len() && (office || owned))
                    .then(|| {
                        let before = ctx.paras[ctx.para.saturating_sub(1)].start;
                        ctx.people.sole_subject_before(s, before)
                    })
                    .flatten()
            })
            .or_else(|| role_of_topic(ctx, text, &words, s));
    }
    role_of_topic(ctx, text, &words, s)
}

/// Whom "the coach said", "the retired bus driver said", "the Ohio Republican said" or "the
/// Republic of Ireland defender said" means when no one was introduced with those words: the
/// person the story is about just then, heading a clause earlier in the paragraph, else in the
/// paragraph before. Not a person named in another quotation's attribution ("“Q,” Garside
/// replied.\n\n“Q,” the prosecutor said" is the other side), nor a role the story brought in
/// unnamed in the same words ("a senior official said … the official said", but not "a
/// Western diplomat … the Algerian diplomat"), nor one of several ("the other driver", "the
/// officials").
fn role_of_topic(ctx: &Context, text: &str, words: &[String], s: usize) -> Option<Referent> {
    let [the, between @ .., head] = words else {
        return None;
    };
    // (a title may be held by others named with the person: only someone named alone; a
    // spokesperson is mostly someone the story does not name: "Mary Jones visited the plant.
    // “Q,” the spokeswoman said")
    let title = lexicon::is_title(head) && !head.ends_with('s') && !head.starts_with("spokes");
    let role = ROLE_NOUNS.contains(&head.as_str()) || PLAYER_ROLES.contains(&head.as_str());
    // (the words before the role describe it: "retired bus", or name its team or state)
    let describes = |k: usize, w: &str| {
        w == "of"
            || (!OTHERS.contains(&w)
                && (capitalised_word(text, k + 1) || !lexicon::is_preposition(w)))
    };
    if the != "the"
        || words.len() > 5
        || !(role || title)
        || !between.iter().enumerate().all(|(k, w)| describes(k, w))
    {
        return None;
    }
    let here = ctx.paras[ctx.para].start;
    let before = ctx.paras[ctx.para.saturating_sub(1)].start;
    // (the role goes on to name its holder: "the IEBC returning officer for Kakamega County,
    // Ms Mary Chepkoech"; or answers a question just asked: "Ms Qureshi asked: “…?”\n\n“Q,”
    // the officer replied")
    let after = ctx.body[s + text.len()..].trim_start_matches(' ');
    let goes_on = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(lexicon::is_preposition)
        || after
            .strip_prefix(", ")
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // (the quotation's own opening mark left out)
    let prior = &ctx.body[before..ctx.quote.0.max(before)];
    let prior = prior.strip_suffix(['"', '“']).unwrap_or(prior).trim_end();
    let asked = prior
        .rfind(['”', '"'])
        .is_some_and(|at| prior[..at].ends_with('?'));
    // (the words after "the", whatever space follows it: "the\u{a0}coach")
    let described = text
        .split_once(char::is_whitespace)
        .map_or("", |(_, rest)| rest.trim_start());
    if goes_on || asked || speaker::brought_in_unnamed(ctx.body, s, described) {
        return None;
    }
    let alone = !role;
    ctx.people
        .topic_before(s, here, alone)
        .or_else(|| ctx.people.topic_before(here, before, alone))
}

/// Roles of a person the story goes on to call by them, besides titles: "the defendant", "the
/// retired bus driver", "the Ohio Republican" (general English; hand-made for newsdb).
const ROLE_NOUNS: &[&str] = &[
    "defendant",
    "democrat",
    "diplomat",
    "driver",
    "farmer",
    "pensioner",
    "republican",
    "resident",
    "retiree",
    "shopkeeper",
    "student",
    "technician",
    "victim",
    "witness",
    "worker",
];

/// Words that set the role's holder apart from the one just named: "the other driver".
const OTHERS: &[&str] = &["another", "first", "other", "second", "third"];

/// Does the `n`th word of `text` open with a capital ("Conservative" in "The Conservative
/// leader")?
fn capitalised_word(text: &str, n: usize) -> bool {
    text.split_whitespace()
        .nth(n)
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Counts written as words, as in "the seven-time champion".
const COUNT_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Parents, as a story describes someone by their children: "the mother of two".
const PARENTS: &[&str] = &[
    "dad",
    "father",
    "grandfather",
    "grandmother",
    "mother",
    "mum",
];

/// Offices one person holds at a time: "the president", "the former governor".
const OFFICES: &[&str] = &[
    "chancellor",
    "governor",
    "king",
    "mayor",
    "pope",
    "premier",
    "president",
    "queen",
];

/// Does the text, outside its quotations, name by a noun of the pronoun's gender a relative
/// or a person it does not name ("his mother", "a woman")?
fn unnamed_relative(text: &str, gender: lexicon::Gender) -> bool {
    let nouns: &[&str] = match gender {
        lexicon::Gender::Male => &[
            "boy",
            "brother",
            "father",
            "grandfather",
            "husband",
            "man",
            "nephew",
            "son",
            "uncle",
            "widower",
        ],
        lexicon::Gender::Female => &[
            "aunt",
            "daughter",
            "girl",
            "grandmother",
            "mother",
            "niece",
            "sister",
            "widow",
            "wife",
            "woman",
        ],
    };
    let mut quoted = false;
    let mut outside = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            c if !quoted => outside.push(c),
            _ => {}
        }
    }
    // (not "since he was a boy", "as a girl": what the person named was, not someone else)
    let words: Vec<&str> = outside
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let predicate = i >= 2
            && matches!(words[i - 1], "a" | "an")
            && matches!(
                words[i - 2],
                "as" | "be" | "became" | "been" | "being" | "is" | "was" | "were"
            );
        nouns.contains(w) && !predicate
    })
}

/// A player's role on a team, which a report writes for the player it has just named.
const PLAYER_ROLES: &[&str] = &[
    "all-rounder",
    "batsman",
    "bowler",
    "captain",
    "defender",
    "forward",
    "goalkeeper",
    "keeper",
    "midfielder",
    "pitcher",
    "playmaker",
    "quarterback",
    "skipper",
    "striker",
    "winger",
];

/// Who runs a team, named after it: "the Arsenal boss", "the Newcastle manager".
const TEAM_STAFF: &[&str] = &["boss", "coach", "manager"];

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

/// Is token `m` a reporting verb: listed, or a noun-like one followed by "that", or
/// in its "-s" form by a colon ("reports that", "The Times reports:"; not "the
/// following comment:")?
fn is_cue(body: &str, toks: &[Token], m: usize) -> bool {
    let l = lower(body, &toks[m]);
    // (not a saying denied: "“act responsibly,” without elaborating")
    let denied = l.ends_with("ing") && m > 0 && lower(body, &toks[m - 1]) == "without";
    // "Warren shot back", "the minister hit back": a retort
    let retort = matches!(
        l.as_str(),
        "shot" | "fired" | "hit" | "hits" | "fires" | "shoots"
    ) && toks.get(m + 1).is_some_and(|n| lower(body, n) == "back");
    // (a capital after a word is part of a name: "the Oklahoma City Thunder said")
    let named = speaker::in_name(body, toks, m);
    let that = lexicon::is_that_verb(&l)
        && toks.get(m + 1).is_some_and(|n| {
            let next = lower(body, n);
            next == "that" || next == ":" && l.ends_with('s') && !l.ends_with("ss")
        });
    // "as Ms. Simonyan put it, …"
    let put = matches!(l.as_str(), "put" | "puts")
        && toks.get(m + 1).is_some_and(|n| lower(body, n) == "it");
    !named && (retort || (lexicon::is_speech_verb(&l) && !denied) || that || put)
}

/// Byte span of a token range.
fn bytes(toks: &[Token], (s, e): (usize, usize)) -> (usize, usize) {
    (toks[s].start, toks[e - 1].end)
}

/// `“Q,” S said` · `“Q,” said S` · `“Q,” according to S` · `“Q” ― S`.
fn after(
    body: &str,
    toks: &[Token],
    people: &People,
    k: usize,
    span: &Span,
) -> Option<Attribution> {
    if !span.closed {
        return None;
    }
    let inner = body[span.start..span.end].trim_end();
    let mut tied = inner.ends_with([',', '?', '!', '—', '–', '-', '…']);
    let mut dash = false;
    let mut j = k + 1;
    while j < toks.len()
        && toks[j].tok == Tok::Punct
        && matches!(text(body, &toks[j]), "," | "—" | "–" | "―" | "-")
    {
        tied = true;
        dash |= text(body, &toks[j]) != ",";
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
                if is_cue(body, toks, m) {
                    verb = Some((m, m + 1, false));
                    break;
                }
                if l == "according" && toks.get(m + 1).is_some_and(|n| lower(body, n) == "to") {
                    verb = Some((m, m + 2, true));
                    break;
                }
                if l == "per" && m == j {
                    verb = Some((m, m + 1, true)); // `“Q,” per the party’s bylaws`
                    break;
                }
                words += 1;
            }
        }
        m += 1;
    }
    let Some((vs, ve, according)) = verb else {
        if tied
            && !dash
            && let Some(found) = manner(body, toks, people, j, m)
        {
            return Some(found);
        }
        // `“Q” ― Karen Bobadilla`: a signature after a dash, nothing else.
        let name = &toks[j..m];
        let signature = dash
            && (1..=6).contains(&name.len())
            && name
                .iter()
                .all(|t| t.tok == Tok::Word && text(body, t).starts_with(char::is_uppercase))
            && toks.get(m).is_none_or(|t| ends_sentence(body, t));
        return signature.then(|| Attribution {
            kind: QuoteKind::Full,
            cue: None,
            speaker: bytes(toks, (j, m)),
            rule: "quote-dash-speaker",
            tied: true,
        });
    };
    // `“Q,” but he said that …`: a new clause reporting something else.
    let conjunction = toks
        .get(j)
        .is_some_and(|t| matches!(lower(body, t).as_str(), "but" | "and" | "while"));
    let complement = toks.get(ve).is_some_and(|t| lower(body, t) == "that");
    // `“Q,” as the chipmaker reported quarterly revenue`: a clause of its own, its verb with
    // an object (not `“Q,” as the company said in a filing`, `as he put it`)
    let as_clause = toks.get(j).is_some_and(|t| lower(body, t) == "as")
        && toks.get(ve).is_some_and(|t| {
            let next = text(body, t);
            t.tok == Tok::Word
                && next.starts_with(|c: char| c.is_ascii_lowercase())
                && !AS_CLAUSE_ENDINGS.contains(&next)
        });
    if conjunction || complement || as_clause {
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
    } else if let Some(sp) = speaker::backward(body, toks, people, j, vs) {
        (sp, "quote-speaker-verb")
    } else if text(body, &toks[vs - 1]) == "," {
        // `“Q” of accession, said a source`: the words before the verb finish the quote's clause.
        (forward_until(body, toks, ve)?, "quote-verb-speaker")
    } else {
        return None;
    };
    if !tied && words > MAX_WORDS_WITHOUT_COMMA {
        // `“Q” of the plan, Smith said.`: the clause after the quote ends in its attribution.
        let after_comma = speaker.0 > j && text(body, &toks[speaker.0 - 1]) == ",";
        if according || !has_subject || !after_comma || rule != "quote-speaker-verb" {
            return None;
        }
        return Some(Attribution {
            kind: QuoteKind::Partial,
            cue,
            speaker: bytes(toks, speaker),
            rule: "quote-clause-speaker-verb",
            tied: false,
        });
    }
    Some(Attribution {
        kind: QuoteKind::Full,
        cue,
        speaker: bytes(toks, speaker),
        rule,
        tied,
    })
}

/// Whether `word` is one letter: an interview's "Q" or "A" is no one's name.
fn lone_letter(word: &str) -> bool {
    word.chars().count() == 1
}

/// Words after the verb of an "as" clause that leave it an attribution: a preposition, a
/// time, a pronoun, the listener (`“Q,” as the company said in a filing`, `as he put it`,
/// `as she said today`, `as he told reporters`, `as she told the BBC`).
const AS_CLAUSE_ENDINGS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "an",
    "at",
    "before",
    "during",
    "earlier",
    "for",
    "from",
    "her",
    "him",
    "in",
    "it",
    "journalists",
    "last",
    "later",
    "me",
    "on",
    "once",
    "recently",
    "reporters",
    "the",
    "them",
    "then",
    "this",
    "to",
    "today",
    "us",
    "when",
    "while",
    "with",
    "yesterday",
];

/// `“Q,” Smith smiled.` · `“Q,” she shrugged.`: after a quotation tied by its comma, a
/// person's name or "he"/"she" and one verb in the past or "-s" form end the sentence. Any
/// such verb tells how the words were said, listed or not; anything more is a new sentence.
fn manner(body: &str, toks: &[Token], people: &People, j: usize, m: usize) -> Option<Attribution> {
    let ends = toks.get(m).is_none_or(|t| ends_sentence(body, t));
    if !ends || m < j + 2 {
        return None;
    }
    let verb = &toks[m - 1];
    let v = text(body, verb);
    let verb_like = verb.tok == Tok::Word
        && v.len() > 3
        && v.starts_with(|c: char| c.is_ascii_lowercase())
        && (v.ends_with("ed") || v.ends_with('s') && !v.ends_with("ss"));
    let subject = &toks[j..m - 1];
    if !verb_like || subject.iter().any(|t| t.tok != Tok::Word) {
        return None;
    }
    let (s, e) = (subject[0].start, subject[subject.len() - 1].end);
    let pronoun = subject.len() == 1 && matches!(lower(body, &subject[0]).as_str(), "he" | "she");
    if !pronoun && people.named_span(s, e) != Some((s, e)) {
        return None;
    }
    Some(Attribution {
        kind: QuoteKind::Full,
        cue: Some((verb.start, verb.end)),
        speaker: (s, e),
        rule: "quote-speaker-verb",
        tied: true,
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

/// Start of the sentence (or the stretch after the last quotation) that ends at token `k`.
fn window_start(body: &str, toks: &[Token], k: usize) -> usize {
    let mut w = k;
    while w > 0 {
        let t = &toks[w - 1];
        if matches!(t.tok, Tok::Quote(_)) || ends_sentence(body, t) {
            break;
        }
        w -= 1;
    }
    if w == 0 {
        w = after_dateline(body, &toks[..k]);
    }
    w
}

/// Tokens a paragraph's dateline takes ("BEIJING, Aug 19 (Reuters) -", "KYIV, Ukraine —"), so
/// its date is never taken for the subject of the sentence after it; 0 when there is none.
/// A dateline opens with a word in capitals and reaches a dash within sixteen tokens, every
/// word before the dash capitalised or a number.
fn after_dateline(body: &str, toks: &[Token]) -> usize {
    const DATELINE_TOKENS: usize = 16;
    let opens = toks.first().is_some_and(|t| {
        let w = text(body, t);
        t.tok == Tok::Word
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
    });
    if !opens {
        return 0;
    }
    for (i, t) in toks.iter().enumerate().take(DATELINE_TOKENS).skip(1) {
        let w = text(body, t);
        match t.tok {
            Tok::Quote(_) => return 0,
            Tok::Word if w.starts_with(char::is_lowercase) => return 0,
            Tok::Punct if matches!(w, "-" | "–" | "—") => {
                let mut end = i + 1;
                while toks.get(end).is_some_and(|n| text(body, n) == "-") {
                    end += 1; // "--"
                }
                return if end < toks.len() { end } else { 0 };
            }
            _ => {}
        }
    }
    0
}

/// `S said: “Q”` · `S said, “Q”` · `S said “Q”` · `according to S, “Q”` · `S: “Q”` · partial.
///
/// Reads the words of the sentence before token `k` (which may be `toks.len()`,
/// for a quotation opening the next paragraph).
/// Nouns for something issued or published, before a participle that reports what it says:
/// "a statement calling", "a letter urging", "a post saying".
fn is_message_noun(word: &str) -> bool {
    matches!(
        word,
        "ad" | "advert"
            | "complaint"
            | "filing"
            | "letter"
            | "memo"
            | "message"
            | "note"
            | "post"
            | "release"
            | "report"
            | "resolution"
            | "statement"
            | "tweet"
            | "video"
    )
}

fn before(body: &str, toks: &[Token], people: &People, k: usize) -> Option<Attribution> {
    let w = window_start(body, toks, k);
    let split = w > 0 && matches!(toks[w - 1].tok, Tok::Quote(_));
    let mut nearest: Option<Attribution> = None;
    let mut earliest: Option<Attribution> = None;
    let mut participle: Option<usize> = None;
    for m in (w..k).rev() {
        let t = &toks[m];
        if t.tok != Tok::Word {
            continue;
        }
        let l = lower(body, t);
        let (speaker, gap_from, cue) = if l == "according"
            && toks.get(m + 1).is_some_and(|n| lower(body, n) == "to")
        {
            let limit = (m + 2..k).find(|&i| toks[i].tok != Tok::Word).unwrap_or(k);
            let Some(sp) = speaker::forward(body, toks, m + 2, limit) else {
                continue;
            };
            (sp, sp.1, (t.start, toks[m + 1].end))
        } else if is_cue(body, toks, m) {
            let prev = m
                .checked_sub(1)
                .filter(|&i| i >= w)
                .map(|i| lower(body, &toks[i]));
            if prev.as_deref() == Some("to") {
                continue; // "going on to say": not the reporting clause
            }
            // "X mocked it, saying …", "the council issued a statement calling …": X, the
            // council, head the clause before the participle (also after a quotation that
            // ends in its comma: "X called it “a moment,” saying …")
            let after_quote = m == w
                && m > 0
                && matches!(toks[m - 1].tok, Tok::Quote(_))
                && text(body, &toks[m - 1])
                    .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
                    .ends_with(',');
            if l.ends_with("ing")
                && (prev.as_deref() == Some(",")
                    || after_quote
                    || prev.as_deref().is_some_and(is_message_noun))
            {
                participle.get_or_insert(m);
                continue;
            }
            // "Kuleba offered congratulations and declared": the subject heads the sentence.
            let coordinated = matches!(prev.as_deref(), Some("and" | "but"));
            // (a figure names no one: "trading at about N1,590/$, and said")
            let worded = |&(s, e): &(usize, usize)| {
                body[toks[s].start..toks[e - 1].end]
                    .chars()
                    .any(char::is_alphabetic)
            };
            let sp = speaker::backward(body, toks, people, w, m)
                .or_else(|| {
                    coordinated
                        .then(|| speaker::leading(body, toks, w, m))
                        .flatten()
                })
                .filter(worded);
            // "Following a swiftly called, late-afternoon meeting": a verb after an article
            // and an adverb describes a noun, and nobody speaks
            let sp = sp.filter(|&(_, e)| {
                !matches!(lower(body, &toks[e - 1]).as_str(), "a" | "an" | "the")
            });
            let sp = sp.map(|(s, e)| {
                let start = people
                    .body_start_around(toks[s].start)
                    .and_then(|b| (w..s).find(|&i| toks[i].start == b));
                (start.unwrap_or(s), e)
            });
            // "Said Ellis: “Q”": the verb opens the sentence, the speaker follows it.
            let sp = sp.or_else(|| (m == w).then(|| forward_until(body, toks, m + 1)).flatten());
            let Some(sp) = sp else {
                if l.ends_with("ing") {
                    participle.get_or_insert(m); // "Ryan, despite admitting that …"
                }
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
        let found = Attribution {
            kind,
            cue: Some(cue),
            speaker: bytes(toks, speaker),
            rule,
            tied: false,
        };
        // A quotation right after its verb belongs to the nearest verb; a fragment
        // inside reported speech to the first one ("Obama said it would tell …").
        if nearest.is_none() {
            if kind == QuoteKind::Full {
                return Some(found);
            }
            nearest = Some(found);
        } else {
            earliest = Some(Attribution {
                kind: QuoteKind::Partial,
                rule: "speaker-verb-partial",
                ..found
            });
        }
    }
    if nearest.is_some() {
        return earliest.or(nearest);
    }
    if let Some(m) = participle {
        // the subject may stand before an earlier quotation of the same sentence
        let mut start = w;
        while start > 0 && !ends_sentence(body, &toks[start - 1]) {
            start -= 1;
        }
        // (a place ending a clause is no speaker: "troops to Memphis, Tennessee, telling
        // reporters …" is the sentence's subject telling them)
        let sp = speaker::leading(body, toks, w, m)
            .filter(|&(_, e)| !people.place_ends_at(toks[e - 1].end))
            .or_else(|| speaker::leading(body, toks, start, m))?;
        return Some(Attribution {
            kind: QuoteKind::Partial,
            cue: Some((toks[m].start, toks[m].end)),
            speaker: bytes(toks, sp),
            rule: "speaker-participle",
            tied: false,
        });
    }
    // `Zelensky: “Q”`: a short name-like phrase and a colon.
    if k > w + 1 && text(body, &toks[k - 1]) == ":" {
        let sp = speaker::backward(body, toks, people, w, k - 1)?;
        let capital = toks[sp.0..sp.1]
            .iter()
            .any(|t| text(body, t).chars().next().is_some_and(char::is_uppercase));
        // (not an interview's "Q:" or "A:": a question and an answer, no one's name)
        let letter = sp.1 - sp.0 == 1 && lone_letter(text(body, &toks[sp.0]));
        if sp.0 == w && sp.1 - sp.0 <= 6 && capital && !letter {
            return Some(Attribution {
                kind: QuoteKind::Full,
                cue: Some((toks[k - 1].start, toks[k - 1].end)),
                speaker: bytes(toks, sp),
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

/// A quotation of one capitalised word right after a determiner: the name of a thing ("the
/// “Cybercab”", "its “Eras” tour"), not words anyone said.
fn named_thing(body: &str, open: usize, start: usize, end: usize) -> bool {
    let word = body[start..end].trim_end_matches(['.', ',', '!', '?']);
    let one = !word.is_empty()
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && word.chars().all(|c| c.is_alphanumeric() || c == '-');
    let before = body[..open]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    one && matches!(
        before,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that"
    )
}

/// Small words a title leaves lowercase.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// "Road Map for Peace": every word but the small ones capitalised (two words at least).
/// Not words all in capitals, small ones too, that end a sentence: "WITCH HUNT!", "BIG WIN
/// FOR OUR CONSTITUTION." are shouted, as posts on social media are ("WAR AND PEACE" is a
/// title).
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let shouted =
        !text.chars().any(char::is_lowercase) && text.trim_end().ends_with(['.', '!', '?']);
    words.len() >= 2
        && !shouted
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
        "Keith Lamont Scott",
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
            // "according to" after the quotation names who reports it; a speaker verb before
            // it names who said it
            "Kuleba told them that Kyiv would “stay the course”, according to Jane Doe. The \
             plan is “dead in the water”, according to Mary Jones.",
            &[
                "stay the course | Dmytro Kuleba",
                "dead in the water | Mary Jones",
            ],
        ),
        (
            // after a quotation and its comma, a name or pronoun and one verb of any kind
            "Mary Jones arrived.\n\n“We are ready for this,” Kuleba smiled. “We will see \
             what happens next,” she shrugged. “Not bad for a Monday,” jokes Kuleba.",
            &[
                "We are ready for this | Dmytro Kuleba",
                "We will see what happens next | Mary Jones",
                "Not bad for a Monday | Dmytro Kuleba",
            ],
        ),
        (
            // a participle and a preposition open a clause before the subject: the person
            // named in it is spoken to, not speaking
            "Speaking to Dmytro Kuleba on Sunday, the minister said: “We will win.” Asked \
             about Kuleba, the envoy said: “He is a friend.”",
            &[
                "We will win. | ~the minister",
                "He is a friend. | ~the envoy",
            ],
        ),
        (
            // after a quotation, a title in marks is no more of it, and nor are words in a
            // sentence someone else heads
            "“We will win this war,” Kuleba said. The plan, the “Road Map for Peace”, was \
             out. Olaf Scholz, who met him, dedicated the day “to the peacemakers everywhere”.",
            &["We will win this war | Dmytro Kuleba"],
        ),
        (
            // verbs of judging that report words: dismissed, condemned, hailed, termed
            "Kuleba dismissed the summit as “a farce” and condemned the “brazen breach”.",
            &["a farce | Dmytro Kuleba", "brazen breach | Dmytro Kuleba"],
        ),
        (
            // ", and" opens a clause of its own, not an appositive of the one before
            "The ministers met on Monday, and Kuleba said the talks were “a real step forward”.",
            &["a real step forward | Dmytro Kuleba"],
        ),
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
            "“Trump must stop portraying us as gangsters.” ― Carla Sanchez\n",
            &["Trump must stop portraying us as gangsters. | ~Carla Sanchez"],
        ),
        (
            "The New York Post reports that the team acted to “keep the details of her treatment under wraps.”",
            &["keep the details of her treatment under wraps. | ~The New York Post"],
        ),
        (
            "Japan branded North Korea an “outlaw nation in the neighborhood of Asia.”",
            &["outlaw nation in the neighborhood of Asia. | ~Japan"],
        ),
        (
            "The minister of the economy, Mr. John Smith, argues there is little point in answering Mr. Scholz’s threats. “We must not overreact to campaign rhetoric,” he told me.",
            &["We must not overreact to campaign rhetoric | John Smith"],
        ),
        (
            "Mary Jones spoke first. She gives credit to her sister because to her, “nothing is more important than the story.”\nThe campaign is defending him. It’s denouncing what it calls “the biggest coordinated attack in history.”",
            &[
                "nothing is more important than the story. | Mary Jones",
                "the biggest coordinated attack in history. | ~It",
            ],
        ),
        (
            "Mary Jones had mocked the complaint, saying anybody who complains “is not having a good night.”",
            &["is not having a good night. | Mary Jones"],
        ),
        (
            "Jane Doe, 59, of Ashton, Md., who watched on a screen, said the day brought back memories of “all the people who weren't here.”",
            &["all the people who weren't here. | Jane Doe"],
        ),
        (
            "“The tax plan is fiscally responsible,” John Smith, director of the centre and a professor at the school, said.",
            &["The tax plan is fiscally responsible | John Smith"],
        ),
        (
            "“We have weeks of talks ahead of us,” the Western official said. “But there are real differences,” he added.",
            &[
                "We have weeks of talks ahead of us | ~the Western official",
                "But there are real differences | ~the Western official",
            ],
        ),
        (
            "Zelensky met Scholz in Berlin.\n\nHe said:\n\n“We will need many more air defence systems.”",
            &["We will need many more air defence systems. | Volodymyr Zelensky"],
        ),
        (
            "Keith Lamont Scott was shot.\n\nRakeyia Scott can be heard yelling.\n\n“Don't shoot him, he has no weapon,” she says.",
            &["Don't shoot him, he has no weapon | ~Rakeyia Scott"],
        ),
        (
            "“His company was left holding debt,” the Times wrote.\n\n“But since then, his fortunes have changed,” it added.",
            &[
                "His company was left holding debt | ~the Times",
                "But since then, his fortunes have changed | ~the Times",
            ],
        ),
        (
            "As Mary Jones put it in a statement, the network is “providing a view you won't get elsewhere.”",
            &["providing a view you won't get elsewhere. | Mary Jones"],
        ),
        (
            "Partial transcript as follows:\n\n\"WALLACE: Let us start with the news of the day.\n\n\"PENCE: Well, look, this is serious business for us.\n\nEnd.",
            &[],
        ),
        (
            "“We must, as he noted, “make sure that Ukraine prevails as a sovereign state,” the official said.",
            &[
                "We must, as he noted, “make sure that Ukraine prevails as a sovereign state | ~the official",
            ],
        ),
        (
            // "a swiftly called meeting": a verb after an article and an adverb reports nothing
            "Following a swiftly called meeting, John Smith issued a statement calling the test “a clear violation of the rules.”",
            &["a clear violation of the rules. | John Smith"],
        ),
        (
            // a person introduced with a role is the one the next quotation's pronoun means
            "John Smith praised the plan.\n\nThe cuts worry Hugh Hill, president of the union.\n\n“We will lose our jobs,” he said.",
            &["We will lose our jobs | Hugh Hill"],
        ),
        (
            // a description that is not a role introduces nobody
            "John Smith praised the plan.\n\nHe stood by a statue of Hugh Hill, sheltered in its park.\n\n“We will keep our jobs,” he said.",
            &["We will keep our jobs | John Smith"],
        ),
        (
            // a name before a speech verb is its clause's subject, whatever opens the clause
            "“Not going to go into that,” John Smith said.\n\nHours later, before officials \
             had spoken, the party's nominee Hugh Hill said that a bomb had gone off.\n\n\
             “I must tell you that a bomb went off in the city,” he said.",
            &[
                "Not going to go into that | John Smith",
                "I must tell you that a bomb went off in the city | Hugh Hill",
            ],
        ),
        (
            // who owns the speaker is not the speaker
            "“My reaction was that it was outrageous,” John Smith's former campaign strategist \
             said.",
            &["My reaction was that it was outrageous | ~John Smith's former campaign strategist"],
        ),
        (
            // the subject of what a sentence reports is not who speaks next: the reporter is
            "John Smith campaigned in the city.\n\nJohn Smith joked that, among his friends, \
             Hugh Hill ranks fourth.\n\n“I have always been insulted by that,” he told the group.",
            &["I have always been insulted by that | John Smith"],
        ),
        (
            // a nickname is no quotation, and the title words and name after a description
            // name the speaker
            "“This is a big year for us!” Smith's niece, state Del. Mary “Molly” Jones \
             (D-Richmond), shouted to the crowd.",
            &["This is a big year for us! | Mary Jones"],
        ),
        (
            // an appositive after the name is still only a description
            "“We will win,” John Smith, a friend of Hugh Hill, said.",
            &["We will win | John Smith"],
        ),
        (
            // a name in apposition after an unnamed speaker is who spoke
            "“It is a shame,” said one resident, Mary Jones, 54, outside her home. “We lost \
             everything,” said a neighbour, John Smith. “No comment,” said an aide, Hugh \
             Hill's son.",
            &[
                "It is a shame | Mary Jones",
                "We lost everything | John Smith",
                "No comment | ~an aide",
            ],
        ),
        (
            // a plural's apostrophe: the family speaks, not Mary Jones
            "The Jones' family, who run a shop, said they were “worried sick about it.”",
            &["worried sick about it. | ~The Jones' family"],
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
    fn it_means_the_organization_heading_the_clause_before() {
        let speaker = |body: &str, org: &str| {
            let start = body.find(org).unwrap();
            let entities = [Entity {
                name: org.to_string(),
                kind: Kind::Organization,
                key: org.to_lowercase(),
            }];
            let mentions = [Mention {
                entity: 0,
                start,
                end: start + org.len(),
            }];
            let quotes = find(body, &entities, &mentions);
            quotes[0].speaker.map(|(s, e)| body[s..e].to_string())
        };
        let subject = "The Security Council on Friday condemned what it called “a clear threat \
                       to international peace and security.”";
        assert_eq!(
            speaker(subject, "Security Council").as_deref(),
            Some("Security Council")
        );
        // after "from", the organization heads no clause: "it" stays as written
        let object = "Praise came from the Council of Europe. “We stand with the victims of this \
                      attack,” it said.";
        assert_eq!(speaker(object, "Council of Europe").as_deref(), Some("it"));
    }

    /// With the real recogniser: each quotation's speaker entity, by name.
    fn speakers(body: &str) -> Vec<Option<String>> {
        let x = crate::extract::extract(body);
        x.quotes
            .iter()
            .map(|q| q.speaker_entity.map(|e| x.entities[e].name.clone()))
            .collect()
    }

    /// Each quotation's speaker as the body writes it ("" for none).
    fn written_speakers(body: &str) -> Vec<&str> {
        let x = crate::extract::extract(body);
        x.quotes
            .iter()
            .map(|q| q.speaker.map_or("", |(s, e)| &body[s..e]))
            .collect()
    }

    #[test]
    fn a_pronoun_means_the_subject_under_a_lowercase_title_not_an_appositive() {
        // Brown's given name tells no gender and he heads his clause, a paragraph back
        let body = "Sens. Jeff Merkley, Sherrod Brown and Robert Menendez all agreed.\n\n\
                    “That is no answer,” Merkley said.\n\n\
                    In a statement, presidential nominee Hillary Clinton was more careful. \
                    She said the behavior was “outrageous and wrong for everyone.”";
        assert_eq!(speakers(body)[1].as_deref(), Some("Hillary Clinton"));
        // "his wife, … Hillary Clinton, over": not the subject of anything
        let body = "Loretta Lynch met Bill Clinton while the department was investigating his \
                    wife, Democratic presidential nominee Hillary Clinton, over her server.\n\n\
                    “People tend not to say those things to me,” she said.";
        assert_eq!(speakers(body), [Some("Loretta Lynch".to_string())]);
    }

    #[test]
    fn words_shouted_in_capitals_are_a_quotation_a_title_in_capitals_is_not() {
        let body = "Trump hailed the ruling on his platform as a \"BIG WIN FOR OUR CONSTITUTION \
                    AND DEMOCRACY.\" She reread the novel \"WAR AND PEACE\" last year.";
        let x = crate::extract::extract(body);
        let texts: Vec<&str> = x.quotes.iter().map(|q| &body[q.start..q.end]).collect();
        assert_eq!(texts, ["BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY."]);
        assert_eq!(speakers(body), [Some("Donald Trump".to_string())]);
    }

    #[test]
    fn a_nationality_and_a_title_mean_the_person_so_described_else_the_one_named_before() {
        let body = "Zelenskyy, speaking in Kyiv with Dutch Prime Minister Dick Schoof, asked for \
                    air defense. “Every Patriot system saves lives,” the Ukrainian leader \
                    said.\n\nPresident Joe Biden met Russian President Vladimir Putin in \
                    Geneva. “We had a frank talk,” the Russian president said.";
        assert_eq!(
            speakers(body),
            [
                Some("Volodymyr Zelensky".to_string()),
                Some("Vladimir Putin".to_string())
            ]
        );
    }

    #[test]
    fn a_pronoun_does_not_mean_someone_the_quotation_names() {
        // the manager is never named: "he" is not Raya, whom his words are about; Saka,
        // who does not name himself, is his own "he"
        let body = "The Arsenal manager praised his goalkeeper David Raya after the win.\n\n\
                    \"David was outstanding,\" he said.\n\nBukayo Saka scored twice. \"I felt \
                    good today,\" he said.";
        assert_eq!(speakers(body), [None, Some("Bukayo Saka".to_string())]);
    }

    #[test]
    fn an_as_clause_with_its_own_object_does_not_attribute_the_quotation_before_it() {
        let body = "Chips sell.\n\nNvidia CEO Jensen Huang said on Wednesday that demand was \
                    \"insane,\" as the chipmaker reported quarterly revenue that beat estimates.\n\n\
                    Its chips were \"sold out for a year,\" as the company said in a filing. \
                    It was \"a record,\" as Huang told reporters.";
        assert_eq!(
            written_speakers(body),
            ["Nvidia CEO Jensen Huang", "the company", "Huang"]
        );
    }

    #[test]
    fn a_relative_is_the_person_the_story_named_with_that_word() {
        let body = "Joan Harlow died on Tuesday.\n\nHer death was confirmed by her son, David \
                    Harlow, who said the cause was pneumonia.\n\n\"She just loved the math,\" \
                    her son said. \"She was tireless,\" her husband said.";
        assert_eq!(speakers(body), [Some("David Harlow".to_string()), None]);
    }

    #[test]
    fn a_lawmakers_party_and_state_do_not_end_the_sentence() {
        let body = "Boeing testified.\n\nSen. Richard Blumenthal, D-Conn., who chairs the panel, \
                    called the testimony \"chilling.\"";
        assert_eq!(speakers(body), [Some("Richard Blumenthal".to_string())]);
    }

    #[test]
    fn a_title_in_a_persons_name_describes_them() {
        // two people named before, so only the title can say which
        let body = "Pope Francis spoke from the balcony as Maria Rossi watched.\n\n\
                    \"Let the guns fall silent,\" the pope said.";
        assert_eq!(speakers(body), [Some("Pope Francis".to_string())]);
    }

    #[test]
    fn an_interviews_q_and_a_markers_are_no_speakers() {
        let body = "We spoke to the economist on Tuesday.\n\nQ: Is the Fed wrong?\n\n\
                    A: \"I think the Fed is behind again, and late.\"\n\n\
                    A: “The European Central Bank has less room than it thinks.”";
        assert_eq!(written_speakers(body), ["", ""]);
    }

    #[test]
    fn a_statement_calling_it_something_is_the_words_of_who_issued_it() {
        // the participle after "a statement" reports what the issuer said; a fronted phrase
        // with a comma inside it is not the subject
        let body = "After a long meeting, the council issued a statement calling the test \
                    \"a clear violation of all the rules\".\n\nFollowing a swiftly called, \
                    late-afternoon meeting, the Security Council issued a statement calling it \
                    \"a flagrant disregard of five resolutions\".";
        assert_eq!(
            written_speakers(body),
            ["the council", "the Security Council"]
        );
    }

    #[test]
    fn a_colon_gives_the_words_of_the_person_heading_its_sentence() {
        // no reporting verb before the colon, in the sentence or closing the paragraph
        // before; a quoted title in the sentence does not cut it
        let body = "Hillary Clinton stressed her record at the \"Commander-in-Chief Forum\" and named \
                    what the job needs: \"Steadiness, and mixed with strength.\"\n\nOn July \
                    6, Bernie Sanders made the following comment:\n\n\"For young people, the \
                    real unemployment rate is very high.\"\n\nThe site rated this statement by \
                    Donald Trump on June 11:\n\n\"If you look at what is going on, it is bad.\"";
        assert_eq!(
            speakers(body),
            [
                Some("Hillary Clinton".to_string()),
                Some("Bernie Sanders".to_string()),
                Some("Donald Trump".to_string())
            ]
        );
    }

    #[test]
    fn an_office_no_one_was_introduced_with_is_the_one_person_named_so_far() {
        // the only person named is the prime minister; once a second is named, "the
        // president" could be either and stays unresolved
        let body = "Keir Starmer has set out a plan for the NHS.\n\nIn a speech on Thursday, \
                    the prime minister said it was \"broken but not beaten\".\n\nJoe Biden \
                    met Emmanuel Macron in Paris. \"We agreed on much,\" the president said.";
        assert_eq!(speakers(body), [Some("Keir Starmer".to_string()), None]);
    }

    #[test]
    fn sir_or_dame_and_a_given_name_is_the_knight_named_before() {
        let body = "Sir Keir Starmer spoke in Kent on Monday.\n\n“We will get the NHS back on \
                    its feet,” Sir Keir said.\n\nDame Judi Dench spoke next. “I loved it,” Dame \
                    Judi said.";
        assert_eq!(
            speakers(body),
            [
                Some("Keir Starmer".to_string()),
                Some("Judi Dench".to_string())
            ]
        );
    }

    #[test]
    fn an_age_and_a_noun_mean_the_person_named_in_the_paragraph_before() {
        let body = "DERNA, Libya (AP) — Mohammed Abdel-Salam was asleep when the water came.\n\n\
                    “I heard a sound like an explosion,” the 34-year-old teacher said.\n\n\
                    The winner came from a cross by Mohamed Salah.\n\n“We deserved it,” the \
                    Dutchman said.";
        assert_eq!(
            speakers(body),
            [Some("Mohammed Abdel-Salam".to_string()), None]
        );
    }

    #[test]
    fn a_churchman_or_a_doctor_by_the_noun_is_the_person_so_titled() {
        let body = "Cardinal Pietro Parolin, the Vatican secretary of state, spoke later.\n\n“He \
                    is not naive,” the cardinal told reporters.\n\nDr. Amy Chen treated him. “He \
                    was lucky,” the doctor said.";
        assert_eq!(
            speakers(body),
            [
                Some("Pietro Parolin".to_string()),
                Some("Amy Chen".to_string())
            ]
        );
    }

    #[test]
    fn an_age_and_a_longer_description_mean_the_person_named_before() {
        let body = "Another passenger, Omar Haddad, said the crew stayed calm.\n\n“They were \
                    calm,” the 27-year-old software engineer from Provo said.\n\nPolice \
                    questioned John Smith. “He is innocent,” the 34-year-old's lawyer said.";
        assert_eq!(speakers(body), [Some("Omar Haddad".to_string()), None]);
    }

    #[test]
    fn the_taoiseach_is_the_person_introduced_so() {
        let body = "The Taoiseach, Micheál Martin, spoke in Dublin.\n\nSimon Harris left.\n\n\
                    “We will act,” the Taoiseach said.";
        assert_eq!(speakers(body), [Some("Micheal Martin".to_string())]);
    }

    #[test]
    fn a_possessive_alone_before_the_quote_is_the_person_named_before() {
        let body = "Tanya Greer, 46, a nurse from Levittown, said she had brought her daughter. \
                    Her reasoning was simple: “I want her to have the same rights I had.”";
        assert_eq!(speakers(body), [Some("Tanya Greer".to_string())]);
    }

    #[test]
    fn a_chief_officer_by_either_name_is_the_person_so_titled() {
        let body = "“We did not execute well,” Chief Executive Officer Priya Ramanathan said.\n\n\
                    Analysts were unconvinced.\n\n“Demand is strong,” the CEO said.\n\nCFO Mark \
                    Dunn spoke next. “Margins fell,” the chief financial officer said.";
        assert_eq!(
            speakers(body),
            [
                Some("Priya Ramanathan".to_string()),
                Some("Priya Ramanathan".to_string()),
                Some("Mark Dunn".to_string())
            ]
        );
    }

    #[test]
    fn a_party_title_or_an_office_means_the_person_heading_a_clause_before() {
        let body = "Kemi Badenoch opened PMQs with the plant. The Conservative leader said: “Ministers \
                    were warned.”\n\nKeir Starmer replied that he would not be lectured.\n\n“The \
                    party opposite left us poorer,” the prime minister said.";
        assert_eq!(
            speakers(body),
            [
                Some("Kemi Badenoch".to_string()),
                Some("Keir Starmer".to_string())
            ]
        );
    }

    #[test]
    fn a_nationality_means_the_person_heading_a_clause_in_the_paragraph_before() {
        let body = "Arne Slot was asked about Brenner at his press conference.\n\n“I'm not going \
                    to talk about him,” the Dutchman said.\n\nVincent Kompany, who built his side \
                    around Brenner, said he had spoken to him.\n\n“He's calm,” the Belgian said.\n\n\
                    Police said Ali Hassan would appear in court. The Iraqis said they were \
                    “ordinary people” and fled.";
        assert_eq!(
            speakers(body),
            [
                Some("Arne Slot".to_string()),
                Some("Vincent Kompany".to_string()),
                None
            ]
        );
    }

    #[test]
    fn a_record_like_an_age_means_the_person_named_in_the_paragraph_before() {
        let body = "Lewis Hamilton finished fourth in Abu Dhabi on Sunday.\n\n“It's been an \
                    incredible journey,” the seven-time world champion said.\n\nSimone Biles \
                    won gold. “I am so proud,” the 11-time world champion said.";
        assert_eq!(
            speakers(body),
            [
                Some("Lewis Hamilton".to_string()),
                Some("Simone Biles".to_string())
            ]
        );
    }

    #[test]
    fn the_title_an_abbreviation_stands_for_points_back_to_the_person() {
        let body = "Gov. Kathy Hochul said the state would hand out masks. “We are treating \
                    this like a storm,” the governor said.\n\nIf Donald Trump could make money \
                    doing it, Vermont Sen. Bernie Sanders is against it.\n\nThe senator said he \
                    would “introduce legislation in the next session of Congress.”";
        assert_eq!(
            speakers(body),
            [
                Some("Kathy Hochul".to_string()),
                Some("Bernie Sanders".to_string())
            ]
        );
    }

    #[test]
    fn a_given_name_a_man_has_in_french_or_italian_takes_he() {
        let body = "Dimie Ogoina, who chairs the committee, called it an emergency.\n\n\
                    Jean Kaseya, head of Africa CDC, urged rich nations to share vaccines. \
                    “We cannot wait,” he said.\n\n\
                    Andrea Orcel, chief executive of UniCredit, defended the bid. “It is a good \
                    deal,” he said.";
        assert_eq!(
            speakers(body),
            [
                Some("Jean Kaseya".to_string()),
                Some("Andrea Orcel".to_string())
            ]
        );
    }

    #[test]
    fn a_nationality_or_an_age_means_the_person_named_before_it() {
        let body = "Arsenal manager Mikel Arteta praised his side. “We never stopped \
                    believing,” the Spaniard said.\n\nA late goal from Son Heung-min sealed \
                    it. “We had enough chances to win,” the South Korean said.\n\nTottenham \
                    boss Ange Postecoglou was left to rue missed chances. “That is football,” \
                    the Australian said.\n\nNovak Djokovic beat Carlos Alcaraz. “I played \
                    well today,” the 37-year-old said.";
        let speakers = speakers(body);
        assert_eq!(
            speakers.iter().map(Option::as_deref).collect::<Vec<_>>(),
            [
                Some("Mikel Arteta"),
                Some("Son Heung-min"),
                Some("Ange Postecoglou"),
                Some("Novak Djokovic")
            ]
        );
    }

    #[test]
    fn an_article_and_a_word_describing_a_person_is_that_person() {
        let body = "Dennis Makokha won the petition.\n\n\"Today the court has listened,\" a \
                    jubilant Mr Makokha said. \"We won,\" an aide to Makokha said.";
        assert_eq!(speakers(body), [Some("Dennis Makokha".to_string()), None]);
    }

    #[test]
    fn a_parent_by_the_number_of_children_means_the_person_named_before() {
        let body = "In Rennes, Camille Dufresne, a 41-year-old nurse, said she had marched.\n\n\
                    \"My back is already finished,\" the mother of two said.";
        assert_eq!(speakers(body), [Some("Camille Dufresne".to_string())]);
        let body = "Carlos Benitez lives nearby.\n\n\"Not like this,\" the 38-year-old father \
                    of three told WKDY.";
        assert_eq!(speakers(body), [Some("Carlos Benitez".to_string())]);
    }

    #[test]
    fn a_players_role_means_the_player_named_before_it() {
        let body = "Virgil van Dijk was full of praise for his team-mate. “He keeps breaking \
                    records,” the captain said.\n\nMary Jones visited the plant. “It is \
                    safe,” the spokeswoman said.";
        assert_eq!(speakers(body), [Some("Virgil van Dijk".to_string()), None]);
        // the team before the role, or before its manager
        let body = "Eddie Howe, whose side are seventh, was more content. “We showed real \
                    character,” the Newcastle manager said.\n\nOllie Watkins was gutted. “It \
                    feels like a defeat,” the England striker told Sky Sports.";
        assert_eq!(
            speakers(body),
            [
                Some("Eddie Howe".to_string()),
                Some("Ollie Watkins".to_string())
            ]
        );
    }

    #[test]
    fn a_name_and_a_verb_closing_the_sentence_before_say_the_quotation() {
        let body = "Asked about his future, Arne Slot smiled. “That is a question for the \
                    club, not for me.”\n\nPrices rose. “That is bad news for all.”";
        assert_eq!(speakers(body), [Some("Arne Slot".to_string()), None]);
    }

    #[test]
    fn a_source_opening_the_paragraph_is_who_she_is() {
        let body = "Prof Ella Gilbert studies the ice. Its head, Celeste Saulo, said last \
                    month: “Every fraction of a degree matters.”\n\nAccording to Gilbert, \
                    the loss feeds on itself. “It’s a vicious circle,” she said.";
        assert_eq!(speakers(body)[1].as_deref(), Some("Ella Gilbert"));
    }

    #[test]
    fn the_person_before_of_speaks_not_the_name_after_it() {
        let body = "Dr Zeke Hausfather of Berkeley Earth wrote on social media that \
                    “natural variability plays a large role”.";
        assert_eq!(speakers(body)[0].as_deref(), Some("Zeke Hausfather"));
    }

    #[test]
    fn the_day_after_a_subject_is_no_part_of_the_speaker() {
        let body = "China on Monday accused the Philippines of “deliberately provoking” a \
                    clash.\n\nThe ministry Tuesday called it “a grave provocation of the worst \
                    kind”.\n\nThe Sunday Times branded it “a grave provocation of the worst \
                    kind”.\n\nThe agency on Tuesday cut its forecast and warned of “severe \
                    moisture stress in the hardest hit counties”.";
        assert_eq!(
            written_speakers(body),
            ["China", "The ministry", "The Sunday Times", "The agency"]
        );
    }

    #[test]
    fn a_verb_before_its_object_ends_the_written_speaker() {
        let body = "Citizens for Tax Justice advocates a litany of rules to remove loopholes \
                    like guidelines that allow companies to tell “one country that a subsidiary \
                    is a corporation while telling another it is not”.\n\nThe authors of the \
                    report combed through the filings and found an astonishing 73 percent \
                    “maintained subsidiaries in offshore tax havens”.";
        assert_eq!(
            written_speakers(body),
            ["Citizens for Tax Justice", "The authors of the report"]
        );
    }

    #[test]
    fn a_subject_inside_a_bodys_name_is_the_whole_body() {
        let body = "In a statement, the Ministry of Environment and Climate Change said that \
                    \"the government will not tolerate crime\" in the forest.";
        assert_eq!(
            written_speakers(body),
            ["Ministry of Environment and Climate Change"]
        );
    }

    #[test]
    fn the_pontiff_is_the_pope_named_before() {
        let body = "Pope Francis spoke from the balcony on Wednesday.\n\n“May the sound of \
                    arms be silenced,” the pontiff said.";
        assert_eq!(speakers(body), [Some("Pope Francis".to_string())]);
        let body = "Justice Esther Njoroge-Maina ordered a recount.\n\n“The court cannot close \
                    its eyes,” the judge said.";
        assert_eq!(speakers(body), [Some("Esther Njoroge-Maina".to_string())]);
    }

    #[test]
    fn he_after_said_he_fits_a_man_whose_first_name_is_mostly_a_womans() {
        let body = "“We stood together,” union president Jon Holden said.\n\nIn a message \
                    to employees, Chief Executive Kelly Ortberg said he was “pleased” with the \
                    result. “We are all part of the same team,” he wrote.";
        assert_eq!(
            speakers(body),
            [
                Some("Jon Holden".to_string()),
                Some("Kelly Ortberg".to_string()),
                Some("Kelly Ortberg".to_string())
            ]
        );
    }

    #[test]
    fn she_after_a_mother_named_by_her_given_name_is_her_not_anyone_named_before() {
        let body = "“The exchange is the result of our talks,” Kremlin spokesman Dmitry \
                    Peskov told reporters.\n\nAmong those freed was a marine. His mother, \
                    Natalia, said she had not heard his voice in years. “I will hug him and \
                    never let go,” she said.\n\nTina Houchins spoke next.\n\n“As a Gold Star \
                    mother, I want answers,” she said.\n\nShe then said:\n\n“My son gave his \
                    life for this country.”";
        assert_eq!(
            speakers(body),
            [
                Some("Dmitry Peskov".to_string()),
                Some("Natalia".to_string()),
                Some("Tina Houchins".to_string()),
                Some("Tina Houchins".to_string())
            ]
        );
    }

    #[test]
    fn a_lowercase_noun_opening_the_sentence_describes_and_a_boy_he_was_is_no_one_else() {
        let body = "Mayor Tom Whitfield spoke on Tuesday.\n\nLongtime customer Harold \
                    Jenkins, 81, said he had been coming since he was a boy. “Same bread, same \
                    smile,” he said.";
        assert_eq!(speakers(body), [Some("Harold Jenkins".to_string())]);
        let body = "The bakery has fed Harold Jenkins since he was a boy. “Same bread, same \
                    smile,” he said.";
        assert_eq!(speakers(body), [Some("Harold Jenkins".to_string())]);
        // also opening a paragraph after one that ends in a closing single mark
        let body = "The prosecutor Simon Bickerdike told the jury: 'It was over in ten \
                    seconds.'\n\nTakeaway worker Ahmed Rafiq, 41, told the court he had been \
                    wiping the counter.\n\n'Then Callum was on the floor,' he said.";
        assert_eq!(
            speakers(body),
            [
                Some("Simon Bickerdike".to_string()),
                Some("Ahmed Rafiq".to_string())
            ]
        );
    }

    #[test]
    fn a_city_and_its_state_end_an_appositive_not_name_the_speaker() {
        let body = "Dr. Jane Rigby, a scientist at the Goddard Space Flight Center in \
                    Greenbelt, Maryland, called the finding “a milestone for all of us”.";
        assert_eq!(speakers(body)[0].as_deref(), Some("Jane Rigby"));
    }

    #[test]
    fn a_conjunction_opening_the_sentence_leaves_the_name_before_the_appositive() {
        let body = "The group did not comment. But Hassan Fadlallah, a Hezbollah lawmaker, \
                    told Al Jazeera that Israel was “trying to impose new rules by fire”.";
        assert_eq!(speakers(body)[0].as_deref(), Some("Hassan Fadlallah"));
    }

    #[test]
    fn one_capitalised_word_after_a_determiner_is_a_name_not_a_quotation() {
        let body = "Musk said Tesla would offer rides next year as he unveiled the “Cybercab” \
                    in Los Angeles. Critics called the plan “Orwellian.”";
        assert_eq!(written_speakers(body), ["Critics"]);
    }

    #[test]
    fn a_participle_after_a_quotations_comma_belongs_to_the_sentences_subject() {
        let body = "Wedbush analyst Dan Ives called the event “a historic moment,” saying it \
                    showed Tesla was “an AI company, not a car company.”";
        assert_eq!(
            speakers(body),
            [Some("Dan Ives".into()), Some("Dan Ives".into())]
        );
    }

    #[test]
    fn a_relative_clause_with_commas_of_its_own_leaves_the_noun_before_which() {
        let body = "The company, which runs routes from depots in Stoke-on-Trent, Burton upon \
                    Trent, Stafford and Stratford-upon-Avon, said it was “disappointed”. Michael \
                    Mulgrew, president of the union, which represents teachers, said it was “a \
                    message”.";
        assert_eq!(written_speakers(body), ["The company", "Michael Mulgrew"]);
    }

    #[test]
    fn a_relative_clause_after_a_name_and_its_comma_is_that_persons() {
        let body = "Kamala Harris spoke to a crowd. She was introduced by Gov. Josh Shapiro, who \
                    called the election “a choice between moving forward and going back.”";
        assert_eq!(speakers(body), [Some("Josh Shapiro".to_string())]);
        // after an appositive, and with words between "who" and the verb; a figure is no one
        let body = "Senate Majority Leader Mitch McConnell spoke.\n\nObama has a frosty \
                    relationship with McConnell, now the Senate majority leader, who in 2010 said \
                    the goal was to make Obama a “one-term president.”\n\nOlayemi Cardoso spoke. \
                    Cardoso added that the naira had “shown greater stability”, trading at about \
                    N1,590/$ at the official window, and said the bank would “not hesitate” to act.";
        assert_eq!(
            written_speakers(body),
            ["the Senate majority leader", "Cardoso", "Cardoso"]
        );
        assert_eq!(speakers(body)[0].as_deref(), Some("Mitch McConnell"));
    }

    #[test]
    fn a_relative_clause_without_commas_leaves_the_noun_before_who() {
        let body = "One official who asked not to be named because he does business with the \
                    county called the plan “a fantasy of people who never worked.”";
        assert_eq!(written_speakers(body), ["One official"]);
        // the clause's own verb reports nothing of the quotation
        let body = "Trump was defensive about an architect who said he was stiffed, saying, \
                    “Maybe he did not do a good job.”";
        assert_eq!(written_speakers(body), ["Trump"]);
    }

    #[test]
    fn a_datelines_date_is_no_speaker() {
        for dateline in [
            "BEIJING, Aug 19 (Reuters) -",
            "BEIJING, Aug. 19 (Reuters) —",
        ] {
            let body = format!(
                "{dateline} China's foreign ministry on Monday accused the Philippines of \
                 ramming a ship, and warned Manila to stop “provocations”."
            );
            assert_eq!(
                written_speakers(&body),
                ["China's foreign ministry"],
                "{body}"
            );
        }
        // a sentence whose opening capitals are no dateline keeps its subject
        let body = "NATO members - all of them - said the plan was “a good start”.";
        assert_eq!(written_speakers(body), ["NATO members"]);
    }

    #[test]
    fn no_speaker_is_never_guessed() {
        let body = "Kuleba arrived.\n\nThe weather was cold.\n\nThe hall was full.\n\nThe talks began.\n\n“It is a long road ahead for all of us,” the document reads.";
        let (entities, mentions) = recognise(body);
        let q = find(body, &entities, &mentions);
        assert!(q.iter().all(|q| q.speaker_entity.is_none()), "{q:?}");
    }

    #[test]
    fn long_paragraphs_stay_linear() {
        // one paragraph, thousands of quotations, no sentence end: nothing may rescan it
        let unit = "Kuleba said “one two three four five,” and Jane Doe, a doctor, called it “six seven eight nine ten” ";
        let start = std::time::Instant::now();
        for n in [2_000, 8_000] {
            let body = unit.repeat(n);
            let (entities, mentions) = recognise(&body);
            assert_eq!(find(&body, &entities, &mentions).len(), 2 * n);
        }
        assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
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

        #[test]
        fn never_panics_on_odd_mentions(
            body in "[A-Z a-z,.“”\"’é\n]{0,120}",
            spans in proptest::collection::vec((0usize..130, 0usize..20, 0usize..10), 0..8),
        ) {
            let (entities, _) = recognise("");
            let mentions: Vec<Mention> = spans
                .iter()
                .map(|&(start, len, entity)| Mention { entity, start, end: start + len })
                .collect();
            let _ = find(&body, &entities, &mentions);
        }
    }

    #[test]
    fn a_role_no_one_was_introduced_with_means_the_person_just_named() {
        // a party and a state, the paragraph before; a role with its team named before it
        let body = "Senator Dale Whitcomb, a first-term Republican from Ohio, said he would vote \
                    no.\n\n“This place is broken,” the Ohio Republican said.\n\n\
                    Brentford captain Nathan Collins said the squad had not panicked. “Nobody \
                    was pointing fingers,” said the Republic of Ireland defender.";
        assert_eq!(
            speakers(body),
            [
                Some("Dale Whitcomb".to_string()),
                Some("Nathan Collins".to_string())
            ]
        );
        // (a no-break space after "the" is a space)
        let body = body.replacen("the Ohio", "the\u{a0}Ohio", 1);
        assert_eq!(speakers(&body)[0].as_deref(), Some("Dale Whitcomb"));
        // a court's roles: the defendant who gave evidence; not the prosecutor, who answers
        // the defendant's reply; not an officer answering a question the barrister asked
        let body = "Giving evidence on Wednesday, Liam Garside said he had lost the money.\n\n\
                    “I’m not proud of it,” the defendant told the jury.\n\n\
                    “That’s not how I remember it,” Garside replied.\n\n\
                    “It’s how your own emails remember it,” the prosecutor said.\n\n\
                    Cross-examining the detective, Nadia Qureshi asked: “You have no forensic \
                    evidence, do you?”\n\n“Not inside the house, no,” the officer replied.";
        let got = speakers(body);
        assert_eq!(got[0].as_deref(), Some("Liam Garside"));
        assert_eq!(got[2], None);
        assert_eq!(got[4], None);
        // someone the story brought in unnamed in those words, or another holder of the role
        let body = "Maria Lopez, the mayor, toured the site. A senior official said the dam held. \
                    “We were lucky,” the official said. Tom Reyes drove the first truck. “It was \
                    close,” the other driver said.";
        assert_eq!(speakers(body), [None, None]);
        // a role that goes on to name its holder is that holder, not the person before
        let body = "Mr Dennis Amukowa said he would win the seat again.\n\nAccording to the \
                    returning officer for Kakamega County, Ms Mary Chepkoech, “the commission \
                    will comply fully with the orders of the court.”";
        assert_eq!(speakers(body)[0].as_deref(), Some("Mary Chepkoech"));
    }

    #[test]
    fn who_speaks_after_a_quotation_ending_a_sentence_or_a_contrast_or_a_retort() {
        // a colon's sentence begins after a quotation that ends the sentence before it
        let body = "Judge Miriam Osei heard the case. Caleb Rourke pointed to the duty to “take \
                    care that the laws be faithfully executed.” Osei was unpersuaded: “That \
                    clause tells the president to enforce the laws Congress wrote.”";
        assert_eq!(speakers(body)[1].as_deref(), Some("Miriam Osei"));
        // the last of contrasted clauses says the words after the colon
        let body = "Aaron Gordon said it was “nothing, just two competitors,” while Shai \
                    Gilgeous-Alexander called it “part of the game” and said: “I’ve got a lot \
                    of respect for AG.”";
        assert_eq!(
            speakers(body)[2].as_deref(),
            Some("Shai Gilgeous-Alexander")
        );
        // a retort is a cue; a saying denied is none
        let body = "Lyle Haverford paused. “I believe parents should know,” he said.\n\n\
                    “That’s not what I asked,” Elizabeth Warren shot back.\n\n\
                    Governor Osvaldo Jaldo told reporters his senators would “act \
                    responsibly,” without elaborating.";
        assert_eq!(
            written_speakers(body),
            ["he", "Elizabeth Warren", "Governor Osvaldo Jaldo"]
        );
        // a place ending the clause before a participle is not who tells
        let body = "Press secretary Karoline Leavitt accused governors of “manufacturing \
                    outrage” over troops sent to Memphis, Tennessee, telling reporters the \
                    administration would “not apologize for keeping Americans safe.”";
        assert_eq!(
            written_speakers(body),
            [
                "Press secretary Karoline Leavitt",
                "Press secretary Karoline Leavitt"
            ]
        );
        // a comma inside a name is no appositive's; a capitalised verb is part of a name
        let body = "Daniel Okoye, a disease ecologist at the University of California, Davis, \
                    says the study is “exactly the kind of data the field has been begging \
                    for”.\n\nThe Baltimore Blast said in a statement that it was “thrilled \
                    to have him back with the club for next season.”";
        assert_eq!(
            written_speakers(body),
            ["Daniel Okoye", "The Baltimore Blast"]
        );
    }

    #[test]
    fn a_malaysian_honorific_is_no_other_given_name() {
        // "Datuk Seri Anwar" is the prime minister named before, not a "Seri Anwar"
        let body = "Prime Minister Anwar Ibrahim toured the site.\n\nDatuk Seri Anwar, who was \
                    on a visit, said the zone had grown. “Some people said this was another \
                    white elephant,” he said.";
        assert_eq!(written_speakers(body), ["he"]);
        assert_eq!(speakers(body), [Some("Anwar Ibrahim".to_string())]);
    }
}
