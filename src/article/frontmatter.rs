//! The optional front-matter block (`---` / `key: value` lines / `---`) at the top of a file.

/// Metadata a file states about itself.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title:`
    pub title: Option<String>,
    /// `source:` (also `outlet:`, `publisher:`, `site:`)
    pub source: Option<String>,
    /// `url:` (also `link:`)
    pub url: Option<String>,
    /// `published:` (also `date:`)
    pub published: Option<String>,
}

/// The longest front-matter block we look for; a longer one is treated as article text.
const MAX_LINES: usize = 64;

/// Split `text` into its front matter and the rest (byte offset where the rest starts).
///
/// Text without a well-formed block comes back whole with empty metadata.
pub fn split(text: &str) -> (FrontMatter, usize) {
    let mut meta = FrontMatter::default();
    let Some(first_end) = text.find('\n') else {
        return (meta, 0);
    };
    if text[..first_end].trim() != "---" {
        return (meta, 0);
    }
    let mut pos = first_end + 1;
    for _ in 0..MAX_LINES {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim();
        if line == "---" || line == "..." {
            let rest = (end + 1).min(text.len());
            return (meta, rest);
        }
        if !line.is_empty() && !line.starts_with('#') {
            let Some((key, value)) = line.split_once(':') else {
                return (FrontMatter::default(), 0);
            };
            let value = unquote(value.trim());
            let slot = match key.trim().to_ascii_lowercase().as_str() {
                "title" | "headline" => Some(&mut meta.title),
                "source" | "outlet" | "publisher" | "site" | "publication" => {
                    Some(&mut meta.source)
                }
                "url" | "link" | "canonical_url" => Some(&mut meta.url),
                "published" | "date" | "published_at" | "pubdate" => Some(&mut meta.published),
                _ => None,
            };
            if let Some(slot) = slot
                && !value.is_empty()
            {
                *slot = Some(value.to_string());
            }
        }
        if end >= text.len() {
            break;
        }
        pos = end + 1;
    }
    (FrontMatter::default(), 0)
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_keys_and_finds_the_body() {
        let text = "---\ntitle: \"Allies split\"\nsource: Reuters\nurl: https://x.test/a\ndate: 2023-04-05\nauthor: A\n---\nBody here.";
        let (m, rest) = split(text);
        assert_eq!(m.title.as_deref(), Some("Allies split"));
        assert_eq!(m.source.as_deref(), Some("Reuters"));
        assert_eq!(m.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(m.published.as_deref(), Some("2023-04-05"));
        assert_eq!(&text[rest..], "Body here.");
    }

    #[test]
    fn malformed_or_absent_blocks_leave_the_text_whole() {
        const CASES: &[&str] = &[
            "No front matter.\n---\n",
            "---\nthis line has no colon\n---\nBody",
            "---\ntitle: never closed\nBody text",
            "---",
            "",
        ];
        for text in CASES {
            assert_eq!(split(text), (FrontMatter::default(), 0), "{text:?}");
        }
    }

    proptest::proptest! {
        /// Any text: the body offset is a char boundary inside the text, and text that does
        /// not open with a `---` line is never split.
        #[test]
        fn split_never_panics_and_stays_in_bounds(text in "(---\n)?([a-z]{0,6}(: ?[a-zA-Z “”é]{0,10})?\n){0,5}(---\n)?[^\r]{0,80}") {
            let (_, rest) = split(&text);
            proptest::prop_assert!(rest <= text.len() && text.is_char_boundary(rest));
            if !text.starts_with("---") {
                proptest::prop_assert_eq!(rest, 0);
            }
        }
    }
}
