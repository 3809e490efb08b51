//! Pure extraction: an article body in; its entities, mentions and quotations out.
//!
//! Nothing here touches the file system or the database, so it is easy to test and
//! runs on every core. All offsets produced here are byte offsets into the body;
//! [`char_offsets`] turns them into the code point offsets the database stores.

pub mod entities;
pub mod gazetteer;
pub mod names;
pub mod quotes;

/// Bumped whenever extraction changes what it finds, so stored rows record their producer.
pub const VERSION: i64 = 19;

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A named person.
    Person,
    /// A company, institution, party, outlet, alliance, team...
    Organization,
    /// A country, city, region or other location.
    Place,
    /// A nationality or group word used as a name ("Ukrainian", "Eastern Europeans"):
    /// kept apart so it is never counted as a place or a person.
    Nationality,
    /// A named event: a tournament, a war, a festival, a holiday ("World Cup", "Gulf War",
    /// "Ramadan").
    Event,
}

impl Kind {
    /// The spelling stored in `entities.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Nationality => "nationality",
            Kind::Event => "event",
        }
    }
}

/// An entity as one article knows it: mentions point at these by index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Canonical name: the fullest common form ("Jens Stoltenberg", "NATO", "United States").
    pub name: String,
    /// Person, organization, place, nationality or event.
    pub kind: Kind,
    /// Identity key: equal keys of the same kind are the same real-world entity across articles.
    pub key: String,
}

/// One place in the body where an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`Extraction::entities`].
    pub entity: usize,
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
}

/// Whether a quotation is a whole quoted utterance or a fragment inside reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// `“We will win,” she said.`
    Full,
    /// `Scholz said the “absolute priority” is …`
    Partial,
}

impl QuoteKind {
    /// The spelling stored in `quotes.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// A direct quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the quoted text, marks excluded.
    pub start: usize,
    /// Byte offset just past the quoted text, marks excluded.
    pub end: usize,
    /// Full or partial quotation.
    pub kind: QuoteKind,
    /// The reporting verb as written ("said", "told", "according to").
    pub cue: Option<String>,
    /// Byte span of the speaker as written ("Kuleba", "he", "a senior U.S. official").
    pub speaker: Option<(usize, usize)>,
    /// Index into [`Extraction::entities`] of the person who spoke, when named or resolved.
    pub speaker_entity: Option<usize>,
    /// Which attribution pattern matched, e.g. "quote-comma-speaker-verb".
    pub rule: &'static str,
}

/// Everything extracted from one article body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// Distinct entities the article mentions.
    pub entities: Vec<Entity>,
    /// Every mention, in body order.
    pub mentions: Vec<Mention>,
    /// Every quotation, in body order.
    pub quotes: Vec<Quote>,
}

/// Find the entities, mentions and quotations of one article body.
pub fn extract(body: &str) -> Extraction {
    let (entities, mentions) = entities::find(body);
    let quotes = quotes::find(body, &entities, &mentions);
    Extraction {
        entities,
        mentions,
        quotes,
    }
}

/// Convert ascending-or-not byte offsets into code point offsets in one pass over `text`.
///
/// Every offset must lie on a char boundary of `text`.
pub fn char_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut iter = text.char_indices().peekable();
    for i in order {
        let target = byte_offsets[i];
        while byte < target {
            match iter.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    chars += 1;
                }
                None => break,
            }
        }
        out[i] = chars;
    }
    let _ = iter.peek();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "“Kyiv” — Zelenskyy";
        let bytes: Vec<usize> = [0, 3, 7, 11, text.len()].to_vec();
        assert_eq!(char_offsets(text, &bytes), vec![0, 1, 5, 7, 18]);
    }
}
