//! From normalised file text to an article ready to store: front matter, cleaning,
//! extraction, and code point offsets. Pure: text in, values out.

pub mod clean;
pub mod frontmatter;

use crate::extract::{self, Entity};

/// A mention ready to store: code point offsets into the body and the surface text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredMention {
    /// Index into [`Article::entities`].
    pub entity: usize,
    /// Code point offset of the first character.
    pub start_char: usize,
    /// Code point offset just past the mention.
    pub end_char: usize,
    /// The mention as written.
    pub text: String,
}

/// A quotation ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredQuote {
    /// The quotation without its marks.
    pub text: String,
    /// Code point offset of the quotation.
    pub start_char: usize,
    /// Code point offset just past the quotation.
    pub end_char: usize,
    /// "full" or "partial".
    pub kind: &'static str,
    /// The speaker as written, with its code point offsets.
    pub speaker: Option<(String, usize, usize)>,
    /// Index into [`Article::entities`] of the person who spoke.
    pub speaker_entity: Option<usize>,
    /// The reporting verb.
    pub cue: Option<String>,
    /// Which attribution pattern matched.
    pub rule: &'static str,
    /// The text folded for matching the same quotation across outlets.
    pub text_key: String,
}

/// Everything newsdb stores about one article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// blake3 hex of the normalised text (before cleaning).
    pub content_hash: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Link to the original.
    pub url: Option<String>,
    /// Publication date as the file gives it.
    pub published: Option<String>,
    /// The cleaned text.
    pub body: String,
    /// Words in the body.
    pub word_count: usize,
    /// Its entities, mentions and quotations.
    pub findings: Findings,
}

/// The identity of a normalised text: blake3, hex.
pub fn content_hash(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex().to_string()
}

/// Build the article for a normalised file text whose hash is already known.
pub fn build(text: &str, content_hash: String) -> Article {
    let (meta, rest) = frontmatter::split(text);
    let cleaned = clean::clean(&text[rest..]);
    let body = cleaned.body;
    let findings = find(&body);
    Article {
        content_hash,
        title: meta.title.or(cleaned.title),
        source: meta.source.or(cleaned.source),
        url: meta.url,
        published: meta.published.or(cleaned.published),
        word_count: body.split_whitespace().count(),
        findings,
        body,
    }
}

/// Run `work` on one article, turning a panic (a bug in newsdb, not in the file) into an
/// error that names it, so that one article it cannot handle does not stop the whole run.
pub fn guarded<T>(work: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    std::panic::catch_unwind(work).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let why = why.lines().next().unwrap_or_default();
        format!(
            "newsdb could not extract this article (an internal error: {why}); nothing of it \
             was stored. Please report it with the file"
        )
    })
}

/// What extraction finds in a body, with offsets in code points, ready to store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// Entities the body mentions.
    pub entities: Vec<Entity>,
    /// Their mentions.
    pub mentions: Vec<StoredMention>,
    /// Quotations.
    pub quotes: Vec<StoredQuote>,
}

/// Run extraction on a cleaned body and convert its offsets to code points.
pub fn find(body: &str) -> Findings {
    let found = extract::extract(body);
    let mut bytes = Vec::with_capacity(found.mentions.len() * 2 + found.quotes.len() * 4);
    for m in &found.mentions {
        bytes.extend([m.start, m.end]);
    }
    for q in &found.quotes {
        let (s, e) = q.speaker.unwrap_or((0, 0));
        bytes.extend([q.start, q.end, s, e]);
    }
    let chars = extract::char_offsets(body, &bytes);
    let mut at = chars.into_iter();
    let mut next = || at.next().unwrap_or(0);

    let mentions = found
        .mentions
        .iter()
        .map(|m| StoredMention {
            entity: m.entity,
            start_char: next(),
            end_char: next(),
            text: body[m.start..m.end].to_string(),
        })
        .collect();
    let quotes = found
        .quotes
        .iter()
        .map(|q| {
            let (start_char, end_char, s_start, s_end) = (next(), next(), next(), next());
            let text = body[q.start..q.end].to_string();
            StoredQuote {
                text_key: text_key(&text),
                text,
                start_char,
                end_char,
                kind: q.kind.as_str(),
                speaker: q
                    .speaker
                    .map(|(s, e)| (body[s..e].to_string(), s_start, s_end)),
                speaker_entity: q.speaker_entity,
                cue: q.cue.clone(),
                rule: q.rule,
            }
        })
        .collect();
    Findings {
        entities: found.entities,
        mentions,
        quotes,
    }
}

/// Identify a quotation across outlets: 16 hex digits of blake3 over its lower-cased words,
/// so marks, punctuation and capitals don't matter.
pub fn text_key(text: &str) -> String {
    let folded = fold_words(text);
    blake3::hash(folded.as_bytes()).to_hex()[..16].to_string()
}

/// Lower case, letters and digits only, single spaces.
fn fold_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_extracting_becomes_an_error_naming_it() {
        assert_eq!(guarded(|| 7), Ok(7));
        let err = guarded(|| -> Findings { panic!("index 9 is out of range") }).unwrap_err();
        assert!(err.contains("index 9 is out of range"), "{err}");
        assert!(err.contains("nothing of it was stored"), "{err}");
    }

    #[test]
    fn text_key_ignores_punctuation_and_case() {
        assert_eq!(
            text_key("“We’re united,” – NATO"),
            text_key("we re UNITED nato")
        );
    }

    #[test]
    fn front_matter_wins_over_inferred_metadata() {
        let text = "---\ntitle: Given title\nsource: Given outlet\ndate: 2024-03-05\n---\n\
                    Inferred Headline Here\nPublished March 4, 2024\n\nBody text.\n\nSource: RT";
        let a = build(text, content_hash(text));
        assert_eq!(a.title.as_deref(), Some("Given title"));
        assert_eq!(a.source.as_deref(), Some("Given outlet"));
        assert_eq!(a.published.as_deref(), Some("2024-03-05"));
        assert_eq!(a.body, "Inferred Headline Here\n\nBody text.");
        assert_eq!(a.word_count, 5);
        // without front matter, the stamp dates it
        let text = "Inferred Headline Here\nPublished March 4, 2024\n\nBody text.";
        let a = build(text, content_hash(text));
        assert_eq!(a.published.as_deref(), Some("2024-03-04"));
    }

    proptest::proptest! {
        /// Any text through cleaning and extraction: every stored offset slices the body to
        /// the stored text, counted in code points as SQLite's substr() counts them.
        #[test]
        fn stored_offsets_slice_the_body(text in "[A-Za-z ,.:;\n“”\"'‘’«»()—é中Ü0-9-]{0,400}") {
            let a = build(&text, content_hash(&text));
            let chars: Vec<char> = a.body.chars().collect();
            let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
            for m in &a.findings.mentions {
                proptest::prop_assert!(m.start_char < m.end_char && m.end_char <= chars.len());
                proptest::prop_assert_eq!(slice(m.start_char, m.end_char), m.text.clone());
            }
            for q in &a.findings.quotes {
                proptest::prop_assert!(q.start_char <= q.end_char && q.end_char <= chars.len());
                proptest::prop_assert_eq!(slice(q.start_char, q.end_char), q.text.clone());
                if let Some((t, s, e)) = &q.speaker {
                    proptest::prop_assert_eq!(slice(*s, *e), t.clone());
                }
            }
        }
    }
}
