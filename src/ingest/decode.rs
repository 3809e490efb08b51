//! Bytes to normalised text: detect the encoding, decode, NFC, LF line ends, trailing space trimmed.

use unicode_normalization::UnicodeNormalization;

/// A decoded, normalised article file.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The normalised text; its blake3 hash is the article's identity.
    pub text: String,
    /// The encoding the bytes were in: utf-8, utf-16le, utf-16be or windows-1252.
    pub encoding: &'static str,
    /// Something the user should know, such as a fallback from UTF-8.
    pub warning: Option<String>,
}

/// Decode a file's bytes, or say in one line why they are not an article.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.is_empty() {
        return Err("empty file; nothing to ingest".into());
    }
    let (raw, encoding, warning) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8_or_1252(rest)?, "utf-8", None)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (enc, name) = if bytes[0] == 0xFF {
            (encoding_rs::UTF_16LE, "utf-16le")
        } else {
            (encoding_rs::UTF_16BE, "utf-16be")
        };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        let warning = had_errors
            .then(|| format!("some {name} sequences were invalid and replaced with U+FFFD"));
        (text.into_owned(), name, warning)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), "utf-8", None),
            Err(e) => {
                let text = utf8_or_1252(bytes)?;
                let warning = format!(
                    "not valid UTF-8 (byte {}); decoded as Windows-1252 — convert the file to UTF-8 if that is wrong",
                    e.valid_up_to()
                );
                (text, "windows-1252", Some(warning))
            }
        }
    };
    if looks_binary(&raw) {
        return Err("looks like a binary file (control characters), not text; only plain-text articles (.txt, .md) can be ingested".into());
    }
    let text = normalize(&raw);
    if text.trim().is_empty() {
        return Err("empty file (only white space); nothing to ingest".into());
    }
    Ok(Decoded {
        text,
        encoding,
        warning,
    })
}

fn utf8_or_1252(bytes: &[u8]) -> Result<String, String> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    if bytes.iter().filter(|&&b| b == 0).count() * 100 > bytes.len() {
        return Err("looks like a binary file (NUL bytes), not text; only plain-text articles can be ingested".into());
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(text.into_owned())
}

/// Text with more than 1% NUL or other C0 control characters (tab, LF, CR and form feed
/// aside) is not an article.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{7f}' {
            control += 1;
        }
    }
    control * 100 > total
}

/// NFC, LF line ends, no NULs, trailing white space removed from every line and the end,
/// leading blank lines removed.
pub fn normalize(raw: &str) -> String {
    let unified: std::borrow::Cow<str> = if raw.contains(['\r', '\x0c', '\0']) {
        raw.replace("\r\n", "\n")
            .replace(['\r', '\x0c'], "\n")
            .replace('\0', "")
            .into()
    } else {
        raw.into()
    };
    let composed: std::borrow::Cow<str> = if unicode_normalization::is_nfc_quick(unified.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        unified
    } else {
        unified.nfc().collect::<String>().into()
    };
    let mut out = String::with_capacity(composed.len());
    for line in composed.split('\n') {
        let line = line.trim_end();
        if line.is_empty() && out.is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_curly_quotes_survive() {
        let d = decode(b"\x93Ukraine will win,\x94 she said.").expect("decodes");
        assert_eq!(d.text, "“Ukraine will win,” she said.");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.warning.expect("warns").contains("Windows-1252"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Kyiv said “no”.".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes).expect("decodes");
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Kyiv said “no”.", "utf-16le")
        );
    }

    #[test]
    fn rejects_empty_and_binary() {
        const CASES: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b" \n\t\n", "empty"),
            (
                b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00",
                "binary",
            ),
        ];
        for (bytes, want) in CASES {
            let err = decode(bytes).expect_err("must fail");
            assert!(err.contains(want), "{bytes:?}: {err}");
        }
    }

    #[test]
    fn normalizes_line_ends_space_and_composition() {
        const CASES: &[(&str, &str)] = &[
            ("a  \r\nb\rc\n\n\n", "a\nb\nc"),
            ("\n\n  Title\n", "  Title"),
            ("Cafe\u{301}", "Café"),
        ];
        for (raw, want) in CASES {
            assert_eq!(normalize(raw), *want, "{raw:?}");
        }
    }

    #[test]
    fn a_few_nul_bytes_do_not_make_a_file_binary() {
        let text = format!("{}\0 Allies agreed.", "NATO met in Brussels. ".repeat(10));
        let d = decode(text.as_bytes()).expect("decodes");
        assert_eq!(d.text, text.replace('\0', ""));
    }

    proptest::proptest! {
        /// Any bytes at all: decoding either refuses them with a reason or yields normalised
        /// text that normalising again leaves alone.
        #[test]
        fn any_bytes_decode_or_are_refused(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            match decode(&bytes) {
                Ok(d) => {
                    proptest::prop_assert!(!d.text.trim().is_empty());
                    proptest::prop_assert!(!d.text.contains('\r') && !d.text.contains('\0'));
                    proptest::prop_assert_eq!(normalize(&d.text), d.text.clone());
                }
                Err(reason) => proptest::prop_assert!(!reason.is_empty()),
            }
        }
    }
}
