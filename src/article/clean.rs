//! Separate the article from what is not the article: banners, duplicated headlines and
//! ledes, "Related Articles" lists, promos, copyright and republication lines, source credits,
//! photo credits and editorial notes. Also infers the title and the outlet from what it removes.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// An article's text with the site furniture taken out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The headline, when the text opens with one.
    pub title: Option<String>,
    /// The outlet, when the text names it (credit line, dateline, copyright, banner).
    pub source: Option<String>,
    /// The day it was published, `YYYY-MM-DD`, from a "Published March 4, 2024" stamp.
    pub published: Option<String>,
    /// The article text: paragraphs separated by blank lines or newlines as in the file.
    pub body: String,
}

/// Section headings after which only links to other stories follow.
const LIST_HEADINGS: &[&str] = &[
    "also read",
    "more from",
    "more on this story",
    "more stories",
    "most popular",
    "most read",
    "read more",
    "read next",
    "recommended",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related news",
    "related stories",
    "see also",
    "trending",
    "you may also like",
];

/// Headings of a press release's contact block ("Media Contact:"), compared
/// case-insensitively without the colon they need; sorted for binary search.
const CONTACT_HEADINGS: &[&str] = &[
    "contact",
    "contacts",
    "investor contact",
    "investor contacts",
    "media contact",
    "media contacts",
    "media inquiries",
    "press contact",
    "press contacts",
    "press inquiries",
];

/// Line openings that mark promotion or editorial furniture, compared case-insensitively.
const FURNITURE_OPENINGS: &[&str] = &[
    "(adds ",
    "(changes ",
    "(compiled by ",
    "(corrects ",
    "(recasts ",
    "(refiles ",
    "(updates ",
    "--with assistance from",
    "also read:",
    "click here",
    "follow us on",
    "image caption",
    "image source,",
    "media caption",
    "more stories like this",
    "read more:",
    "related:",
    "see also:",
    "sign up for",
    "subscribe to",
    "this article has been updated",
    "this story has been updated",
    "with assistance from",
    "–with assistance from",
    "—with assistance from",
];

/// Site chrome: ad slots, share buttons, menus, reading aids. A line made only of these
/// ("Share on Facebook Share on Twitter Email", "Subscribe | Sign in") is chrome. Compared
/// case-insensitively, without a final colon or full stop.
const CHROME_LINES: &[&str] = &[
    "ad feedback",
    "advertisement",
    "click to expand",
    "close",
    "comments",
    "continue reading below",
    "continue reading the main story",
    "copy link",
    "email",
    "home",
    "link copied",
    "listen to this article",
    "log in",
    "menu",
    "print",
    "scroll to continue",
    "scroll to continue with content",
    "search",
    "share",
    "share on facebook",
    "share on linkedin",
    "share on twitter",
    "share on whatsapp",
    "share on x",
    "share this",
    "share this article",
    "share this story",
    "share via email",
    "sign in",
    "sign up",
    "skip advertisement",
    "skip to content",
    "skip to main content",
    "sponsored content",
    "story continues below advertisement",
    "subscribe",
    "supported by",
    "tweet",
];

/// Openings of a line that stamps when the story was posted: "Updated 5:42 PM EST, Mon …".
const TIMESTAMP_OPENINGS: &[&str] = &[
    "last updated",
    "posted ",
    "posted:",
    "published ",
    "published:",
    "updated ",
    "updated:",
];

/// Openings of a news agency's credit line: "Reporting by Jane Doe in Kyiv; Editing by John
/// Roe", perhaps in brackets.
const CREDIT_OPENINGS: &[&str] = &[
    "additional reporting by ",
    "editing by ",
    "reporting by ",
    "writing by ",
];

/// Phrases that make a line of up to 30 words a republication notice.
const PERMISSION_PHRASES: &[&str] = &["republished with permission", "reprinted with permission"];

/// The phrase that makes a line of up to 20 words a copyright notice wherever it stands.
const RIGHTS_RESERVED: &str = "all rights reserved";

/// Phrases that make a short line a photo or image credit.
const CREDIT_MARKERS: &[&str] = &[
    "(photo by",
    "image:",
    "photo credit",
    "photo:",
    "photograph:",
    "photos:",
    "picture:",
    "via getty images",
];

/// Remove the furniture from an article's text and infer its title and outlet.
pub fn clean(text: &str) -> Cleaned {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut keep = vec![true; lines.len()];
    let mut source = None;

    let mut published = None;
    // "Mexico City\nCNN\n —\nMexico's president …": the outlet on its own line above a dash
    let mut dash_outlet = None;

    cut_link_lists(&lines, &mut keep);
    cut_contact_blocks(&lines, &mut keep);
    for (i, line) in lines.iter().enumerate() {
        if matches!(line.trim(), "—" | "–" | "-" | "--") && keep[i] {
            keep[i] = false;
            let above = lines[..i].iter().rev().find(|l| !l.trim().is_empty());
            if let Some(above) = above.map(|l| l.trim())
                && dash_outlet.is_none()
                && (1..=3).contains(&words(above))
                && above.starts_with(char::is_uppercase)
                && !above.ends_with(['.', '!', '?', ':'])
            {
                dash_outlet = Some(above.to_string());
            }
            continue;
        }
        // (a list cut as links may still end with the copyright line that names the outlet,
        // but its stamps date other stories)
        let listed = !keep[i];
        if let Some(credit) = furniture(line) {
            keep[i] = false;
            if source.is_none() {
                source = credit;
            }
            if published.is_none() && !listed {
                published = stamped_date(line.trim());
            }
        }
    }
    let banner = drop_repeated_top(&lines, &mut keep);

    let mut body = String::with_capacity(text.len());
    let mut blank_run = 0;
    for (line, _) in lines.iter().zip(&keep).filter(|(_, k)| **k) {
        if line.trim().is_empty() {
            blank_run += 1;
            if blank_run > 1 || body.is_empty() {
                continue;
            }
        } else {
            blank_run = 0;
        }
        body.push_str(line);
        body.push('\n');
    }
    let end = body.trim_end().len();
    body.truncate(end);

    let source = source
        .or(dash_outlet)
        .or_else(|| dateline_source(&body))
        .or(banner);
    let title = title_of(&body);
    Cleaned {
        title,
        source,
        published,
        body,
    }
}

/// Cut from a "Related Articles"-style heading to the end, when only short lines follow.
fn cut_link_lists(lines: &[&str], keep: &mut [bool]) {
    let min_start = lines.len() / 4;
    for (i, line) in lines.iter().enumerate().skip(min_start.max(1)) {
        if line.len() > 40 {
            continue;
        }
        let heading = line.trim().trim_end_matches(':').to_lowercase();
        if LIST_HEADINGS.binary_search(&heading.as_str()).is_ok()
            && lines[i + 1..].iter().all(|l| words(l) < 25)
        {
            keep[i..].iter_mut().for_each(|k| *k = false);
            return;
        }
    }
}

/// Cut a press release's contact block: a heading such as "Media Contact:" and the short
/// lines under it (a name, an address, a telephone number) up to a blank line.
fn cut_contact_blocks(lines: &[&str], keep: &mut [bool]) {
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        let heading = line.strip_suffix(':').is_some_and(|h| {
            CONTACT_HEADINGS
                .binary_search(&h.to_lowercase().as_str())
                .is_ok()
        });
        if !heading {
            i += 1;
            continue;
        }
        keep[i] = false;
        i += 1;
        while i < lines.len() {
            let t = lines[i].trim();
            if t.is_empty() || words(t) > 8 || t.ends_with(['.', '!', '?']) {
                break;
            }
            keep[i] = false;
            i += 1;
        }
    }
}

/// Is this line furniture? `Some(source)` when it is, with the outlet it credits if any.
fn furniture(line: &str) -> Option<Option<String>> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    // (counted only as far as the tests below need: most lines are paragraphs)
    let n = words_up_to(t, 41);
    if n > 40 {
        return None;
    }
    if let Some(rest) = t
        .strip_prefix("Source:")
        .or_else(|| t.strip_prefix("SOURCE:"))
        && n <= 6
    {
        let s = rest.trim().trim_end_matches('.');
        return Some((!s.is_empty()).then(|| s.to_string()));
    }
    let found = markers_in(t);
    if n <= 30 && found.permission
        || opens_with(t, "this article was originally")
        || opens_with(t, "this story was originally")
        || opens_with(t, "this article first appeared")
        || opens_with(t, "this story first appeared")
        || opens_with(t, "originally published")
    {
        return Some(originally_at(t));
    }
    if n <= 20
        && (t.starts_with('©')
            || opens_with(t, "copyright ")
            || opens_with(t, "(c) ")
            || found.rights_reserved)
    {
        return Some(copyright_holder(t));
    }
    if found.credit
        || FURNITURE_OPENINGS.iter().any(|o| opens_with(t, o))
        || follow_plug(t, n)
        || contributed(t, n)
        || reading_time(t, n)
        || agency_photo(t, n)
        || exchange_rate(t, n)
        // a press release's last line names who issued it: "SOURCE Acme Robotics"
        || (n <= 8 && t.starts_with("SOURCE ") && !t.ends_with('.'))
    {
        return Some(None);
    }
    if chrome(t, n) {
        return Some(byline_outlet(t));
    }
    None
}

/// A note that others helped write the story: "CNN's Jane Doe contributed to this report.",
/// "Associated Press writer John Roe contributed reporting."
fn contributed(t: &str, n: usize) -> bool {
    let bare = t.trim_end_matches(['.', ')']).trim_end();
    n <= 30
        && [
            "contributed reporting",
            "contributed to this article",
            "contributed to this report",
            "contributed to this story",
        ]
        .iter()
        .any(|end| closes_with(bare, end))
}

/// An agency's photo credit: "(AP Photo/Evan Vucci)", "Reuters Photo/Jane Doe"; not a
/// sentence that writes "photo/video".
fn agency_photo(t: &str, n: usize) -> bool {
    n <= 8
        && !t.ends_with('.')
        && t.as_bytes()
            .windows(6)
            .any(|w| w.eq_ignore_ascii_case(b"photo/"))
}

/// A wire story's currency note: "($1 = 7.2530 Chinese yuan)", "(1 euro = $1.0850)".
fn exchange_rate(t: &str, n: usize) -> bool {
    n <= 8
        && t.strip_prefix('(')
            .and_then(|rest| rest.strip_suffix(')'))
            .and_then(|inner| inner.split_once(" = "))
            .is_some_and(|(from, to)| {
                words(from) <= 2
                    && from.contains(|c: char| c.is_ascii_digit())
                    && to.contains(|c: char| c.is_ascii_digit())
            })
}

/// How long the story takes to read: "3 minute read", "5 min read".
fn reading_time(t: &str, n: usize) -> bool {
    let mut w = t.split_whitespace();
    n == 3
        && w.next()
            .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
        && w.next().is_some_and(|u| {
            ["min", "mins", "minute", "minutes"].contains(&u.to_lowercase().as_str())
        })
        && w.next().is_some_and(|r| r.eq_ignore_ascii_case("read"))
}

/// The outlet a byline ends with: "By Jane Doe and John Roe, CNN" gives CNN; a role
/// ("Staff Writers", "Reuters correspondent") or no comma gives none.
fn byline_outlet(t: &str) -> Option<String> {
    let (_, last) = t.strip_prefix("By ")?.rsplit_once(", ")?;
    let last = last.trim();
    let words: Vec<&str> = last.split_whitespace().collect();
    let role = |w: &str| {
        let w = w.to_lowercase();
        [
            "columnist",
            "contributor",
            "correspondent",
            "editor",
            "journalist",
            "reporter",
            "staff",
            "writer",
        ]
        .iter()
        .any(|r| w.starts_with(r))
    };
    ((1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || *w == "of")
        && !words.iter().any(|w| role(w)))
    .then(|| last.to_string())
}

/// A line of the page around the story rather than the story: an ad slot or share button
/// ("Advertisement", "Share on Facebook"), a time stamp ("Updated 5:42 PM EST, Nov 23,
/// 2026") or a byline ("By Jane Doe and John Roe, Staff Writers"; not "By the fall of 2010,
/// Tea Party groups had …", a sentence).
fn chrome(t: &str, n: usize) -> bool {
    let bare = t.trim_end_matches([':', '.', '!']).trim_end();
    let sentence_end = t.ends_with(['.', '!', '?', '"', '”', '’']);
    let button = n <= 12 && chrome_items(bare);
    let stamp = n <= 10
        && !sentence_end
        && TIMESTAMP_OPENINGS.iter().any(|o| opens_with(t, o))
        && t.contains(|c: char| c.is_ascii_digit());
    let byline = n <= 12
        && !sentence_end
        && t.strip_prefix("By ")
            .or_else(|| t.strip_prefix("By: "))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // "By: Jane Doe | Posted: Mar 4, 2024 / 06:12 PM EST | Updated: …": pieces of chrome
    // between bars
    if !button && t.contains(" | ") {
        let mut pieces = t.split(" | ").map(str::trim);
        if pieces.all(|p| !p.is_empty() && chrome(p, words_up_to(p, 41))) {
            return true;
        }
    }
    // "Reporting by the Times found …" is a sentence; a credit line is in brackets, or names
    // people one credit after another and stops without a full stop
    let bracketed = t.strip_prefix('(');
    let credit = CREDIT_OPENINGS
        .iter()
        .any(|o| opens_with(bracketed.unwrap_or(t), o))
        && (bracketed.is_some() || n <= 40 && (!sentence_end || t.contains("; ")));
    button || stamp || byline || credit
}

/// Whether `t` is one or more [`CHROME_LINES`] items in a row, perhaps split by bars or
/// bullets, each perhaps with a final colon or full stop.
fn chrome_items(t: &str) -> bool {
    let is_item_word = |w: &str, item_word: &str| {
        w.trim_end_matches([':', '.'])
            .eq_ignore_ascii_case(item_word)
    };
    let mut split = t
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·'))
        .filter(|w| !w.is_empty());
    // (most short lines are headlines and sentences: no item begins with their first word)
    let first = split.next().unwrap_or_default();
    if !CHROME_LINES
        .iter()
        .any(|item| is_item_word(first, item.split(' ').next().unwrap_or_default()))
    {
        return false;
    }
    let words: Vec<&str> = std::iter::once(first).chain(split).collect();
    let mut at = 0;
    while at < words.len() {
        let item_len = CHROME_LINES
            .iter()
            .filter(|item| {
                let n = item.split(' ').count();
                words
                    .get(at..at + n)
                    .is_some_and(|run| item.split(' ').zip(run).all(|(a, w)| is_item_word(w, a)))
            })
            .map(|item| item.split(' ').count())
            .max();
        match item_len {
            Some(n) => at += n,
            None => return false,
        }
    }
    at > 0
}

/// The day a "Published …" or "Posted …" stamp gives, as `YYYY-MM-DD`: "Published 6:02 PM
/// EST, Mon March 4, 2024", "Posted 4 Mar 2024", "Published: 2024-03-04T18:02Z". Not an
/// "Updated" stamp (not the day it came out), nor "03/04/2024" (the month may come first or
/// second).
fn stamped_date(t: &str) -> Option<String> {
    if !(opens_with(t, "published") || opens_with(t, "posted")) {
        return None;
    }
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let day = |w: &str| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let year = |w: &str| w.parse::<u32>().ok().filter(|y| (1900..=2100).contains(y));
    let ymd = |y: u32, m: u32, d: u32| format!("{y:04}-{m:02}-{d:02}");
    for (i, w) in words.iter().enumerate() {
        // 2024-03-04, perhaps with a time after it
        let mut parts = w.get(..10).unwrap_or("").split('-');
        if let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
            && let (Some(y), Some(m), Some(d)) = (year(y), m.parse::<u32>().ok(), day(d))
            && (1..=12).contains(&m)
        {
            return Some(ymd(y, m, d));
        }
        let Some(m) = month(w) else { continue };
        // March 4, 2024
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            return Some(ymd(y, m, d));
        }
        // 4 March 2024
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        ) {
            return Some(ymd(y, m, d));
        }
    }
    None
}

/// The month a word names, 1-12: "March", "Mar", "Mar.", "Sept.".
fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let at = MONTHS
        .iter()
        .position(|m| *m == w || (w.len() <= 4 && m.starts_with(w.as_str())))?;
    Some(at as u32 + 1)
}

/// "Follow Pam Key on Twitter @pamkeyNEN": a writer's plug for their social-media account,
/// perhaps inside the marks of a transcript. Not "Follow the money," said the senator.
fn follow_plug(t: &str, words: usize) -> bool {
    let t = t.trim_start_matches(['"', '“']);
    if words > 12 || !opens_with(t, "follow ") {
        return false;
    }
    let lower = t.to_lowercase();
    t.contains('@')
        || SOCIAL_SITES
            .iter()
            .any(|site| lower.contains(&format!(" on {site}")))
}

/// Sites a writer asks to be followed on.
const SOCIAL_SITES: &[&str] = &[
    "bluesky",
    "facebook",
    "instagram",
    "threads",
    "tiktok",
    "twitter",
];

/// Does `t` begin with `opening`, ignoring ASCII case?
fn opens_with(t: &str, opening: &str) -> bool {
    t.as_bytes()
        .get(..opening.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(opening.as_bytes()))
}

/// Does `t` end with `ending`, ignoring ASCII case?
fn closes_with(t: &str, ending: &str) -> bool {
    t.len()
        .checked_sub(ending.len())
        .is_some_and(|at| t.as_bytes()[at..].eq_ignore_ascii_case(ending.as_bytes()))
}

/// Which of the phrases that mark a furniture line a line contains, ignoring case.
#[derive(Default)]
struct Markers {
    /// one of [`PERMISSION_PHRASES`]
    permission: bool,
    /// [`RIGHTS_RESERVED`]
    rights_reserved: bool,
    /// one of [`CREDIT_MARKERS`]
    credit: bool,
}

/// One pass over the line for every phrase, rather than a substring search per phrase:
/// this runs on every short line of every article.
fn markers_in(t: &str) -> Markers {
    static PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                PERMISSION_PHRASES
                    .iter()
                    .chain([&RIGHTS_RESERVED])
                    .chain(CREDIT_MARKERS),
            )
            .expect("the furniture phrases form a valid automaton")
    });
    let mut found = Markers::default();
    for hit in PHRASES.find_overlapping_iter(t) {
        // patterns are numbered in the order they were chained above
        let i = hit.pattern().as_usize();
        match i.cmp(&PERMISSION_PHRASES.len()) {
            std::cmp::Ordering::Less => found.permission = true,
            std::cmp::Ordering::Equal => found.rights_reserved = true,
            std::cmp::Ordering::Greater => found.credit = true,
        }
    }
    found
}

/// "This article was originally featured at Antiwar.com and is …" → "Antiwar.com".
fn originally_at(t: &str) -> Option<String> {
    for marker in [" at ", " on ", " in ", " by "] {
        if let Some(i) = t.find(marker) {
            let name: Vec<&str> = t[i + marker.len()..]
                .split_whitespace()
                .take_while(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                })
                .collect();
            if !name.is_empty() {
                return Some(name.join(" ").trim_end_matches(['.', ',']).to_string());
            }
        }
    }
    None
}

/// "©2023 Bloomberg L.P." → "Bloomberg".
fn copyright_holder(t: &str) -> Option<String> {
    let rest = t
        .trim_start_matches(['©', ' '])
        .trim_start_matches("Copyright")
        .trim_start_matches(['©', ' '])
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ');
    let rest = rest.split(['.', ',']).next().unwrap_or("").trim();
    let rest = rest.split(" All rights").next().unwrap_or("").trim();
    let name = ["L", "Inc", "Ltd", "LLC"]
        .iter()
        .fold(rest, |acc, suffix| acc.strip_suffix(suffix).unwrap_or(acc))
        .trim();
    (!name.is_empty() && words(name) <= 5).then(|| name.to_string())
}

/// A dateline credit at the start of a paragraph: "(Bloomberg) — …", "KYIV (Reuters) - …",
/// and a press release's wire: "SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- …".
fn dateline_source(body: &str) -> Option<String> {
    for line in body.lines().take(12) {
        // (a dateline is short: look only at the line's first 100 bytes)
        let head = &line.as_bytes()[..line.len().min(100)];
        if let Some(at) = head.windows(2).position(|w| w == b" /")
            && let Some((wire, after)) = line[at + 2..].split_once("/ ")
            && words(&line[..at]) <= 10
            && line.starts_with(|c: char| c.is_uppercase())
            && (1..=3).contains(&words(wire))
            && wire.starts_with(|c: char| c.is_uppercase())
            && after.trim_start().starts_with(['—', '–', '-'])
        {
            return Some(wire.to_string());
        }
        let Some(open) = line.find('(') else { continue };
        if open > 40 || line[..open].chars().any(|c| c.is_lowercase()) {
            continue;
        }
        let Some(close) = line[open..].find(')').map(|i| open + i) else {
            continue;
        };
        let inner = line[open + 1..close].trim();
        let after = line[close + 1..].trim_start();
        if !inner.is_empty()
            && words(inner) <= 4
            && inner.starts_with(|c: char| c.is_uppercase())
            && after.starts_with(['—', '–', '-'])
        {
            return Some(inner.to_string());
        }
    }
    None
}

/// When a line near the top is printed again further down (a headline or lede shown twice),
/// drop the first copy; when the repeated line is a headline, the short lines above it are the
/// site's banner and tagline. Returns the banner's site name, if any.
fn drop_repeated_top(lines: &[&str], keep: &mut [bool]) -> Option<String> {
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| keep[i] && !lines[i].trim().is_empty())
        .take(6)
        .collect();
    for (rank, &i) in top.iter().enumerate() {
        let line = lines[i].trim();
        let lettered = line
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if lettered < 4 {
            continue;
        }
        // A headline or lede printed twice is printed twice in a row (perhaps after a
        // dateline): look in the next two non-empty lines only.
        let repeated = lines[i + 1..]
            .iter()
            .filter(|l| !l.trim().is_empty())
            .take(2)
            // (cheap tests first: building a searcher for a paragraph-long line is not free,
            // so only a line that holds its opening gets one)
            .any(|l| l.len() >= line.len() && l.contains(opening(line)) && l.contains(line));
        if !repeated {
            continue;
        }
        keep[i] = false;
        if !is_headline(line) {
            return None;
        }
        let above = &top[..rank];
        if above.iter().all(|&j| words(lines[j]) <= 8) {
            let mut banner = None;
            for &j in above {
                keep[j] = false;
                let l = lines[j].trim();
                if banner.is_none() && words(l) <= 4 && is_headline(l) {
                    banner = Some(l.to_string());
                }
            }
            return banner;
        }
        return None;
    }
    None
}

/// The headline: a first line that is unpunctuated at the end, or that stands as its own
/// paragraph (a blank line after it) and is short. A final full stop is not part of it.
fn title_of(body: &str) -> Option<String> {
    let mut lines = body.lines();
    let first = lines.next()?.trim();
    let own_paragraph = lines.next().is_none_or(|l| l.trim().is_empty());
    let short = (1..=20).contains(&words(first)) && !first.ends_with([',', ';', ':']);
    if !(is_headline(first) || own_paragraph && short) {
        return None;
    }
    let t = first
        .strip_suffix('.')
        .filter(|t| !t.ends_with('.'))
        .unwrap_or(first);
    Some(t.trim_end().to_string())
}

/// Short, unpunctuated at the end: a headline, banner or subheading rather than a sentence.
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    let n = words(t);
    (1..=20).contains(&n) && !t.ends_with(['.', ',', ';', ':']) && !t.starts_with(['-', '•', '*'])
}

/// How many words `s` has, as `split_whitespace` splits them.
fn words(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// [`words`], counting no further than `cap`. Runs on every line of every article, so it
/// reads bytes and decodes a character only where one is not ASCII.
fn words_up_to(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() && n < cap {
        let (space, width) = if bytes[i].is_ascii() {
            // char::is_whitespace on ASCII: tab, line feed, vertical tab, form feed, CR, space
            (matches!(bytes[i], b'\t'..=b'\r' | b' '), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            n += 1;
        }
        in_word = !space;
        i += width;
    }
    n
}

/// The first 16 bytes or so of `line` (whole characters).
fn opening(line: &str) -> &str {
    let mut end = line.len().min(16);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_splits_them() {
        for s in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\nnew\r\nlines\x0bvt\x0cff",
            "no\u{a0}break space\u{2003}em\u{3000}ideographic\u{85}next",
            "Zelenskyy’s «quote» — done",
            "naïve café\u{200b}zero-width is not a space",
        ] {
            assert_eq!(words(s), s.split_whitespace().count(), "{s:?}");
        }
        assert_eq!(words_up_to("a b c d e", 3), 3);
        assert_eq!(words_up_to("a b", 3), 2);
        assert_eq!(opening("Ελληνικά γράμματα"), "Ελληνικά");
    }

    #[test]
    fn list_headings_are_sorted_for_binary_search() {
        assert!(LIST_HEADINGS.windows(2).all(|w| w[0] < w[1]));
        assert!(CONTACT_HEADINGS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn drops_furniture_lines_and_credits_the_outlet() {
        const CASES: &[(&str, &str, Option<&str>)] = &[
            ("Allies met.\nSource: RT", "Allies met.", Some("RT")),
            (
                "Allies met.\nThis article was originally featured at Antiwar.com and is republished with permission.",
                "Allies met.",
                Some("Antiwar.com"),
            ),
            (
                "Allies met.\n\n©2023 Bloomberg L.P.",
                "Allies met.",
                Some("Bloomberg"),
            ),
            (
                "Allies met.\nStoltenberg in 2021Photo: JANE DOE / AFP",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\n(Updates with Pistorius in eighth paragraph)",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\n–With assistance from Ann Lee.",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\nMore stories like this are available on bloomberg.com",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\"",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\n\nRelated: Leaders 'trapped' in talks, aides say",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\n\nSee also: Why the talks failed",
                "Allies met.",
                None,
            ),
            (
                "Allies met.\n\n\"Follow the money,\" said the senator.",
                "Allies met.\n\n\"Follow the money,\" said the senator.",
                None,
            ),
        ];
        for (text, body, source) in CASES {
            let c = clean(text);
            assert_eq!(c.body, *body, "{text:?}");
            assert_eq!(c.source.as_deref(), *source, "{text:?}");
        }
    }

    #[test]
    fn drops_agency_credit_lines_but_not_sentences_about_reporting() {
        let text = "Chip curbs bite\n\nShares fell 4% on Tuesday.\n\n\
                    Reporting by the Times found no such deal.\n\n\
                    (Reporting by Jane Doe in Taipei; Additional reporting by John Roe; \
                    Editing by Chris Reese.)\n\
                    Reporting by Jane Doe; editing by John Roe.\n\
                    Writing by Ann Lee";
        let c = clean(text);
        assert_eq!(
            c.body,
            "Chip curbs bite\n\nShares fell 4% on Tuesday.\n\n\
             Reporting by the Times found no such deal."
        );
    }

    #[test]
    fn drops_buttons_time_stamps_and_bylines_but_not_sentences() {
        let text = "Storm batters coast\n\nBy Jane Doe and John Roe, Staff Writers\n\
                    Updated 5:42 PM EST, Mon November 23, 2026\n\nShare on Facebook\n\
                    By: Kendra Whitfield | Posted: Mar 4, 2024 / 06:12 PM EST | Updated: Mar 4, \
                    2024 / 09:47 PM EST\n\
                    A storm cut power to 200,000 homes.\n\nAdvertisement\n\n\
                    By the fall of 2010, crews had left.\nUpdated figures came in 2011.\n\
                    Email\nPrint";
        let c = clean(text);
        assert_eq!(
            c.body,
            "Storm batters coast\n\nA storm cut power to 200,000 homes.\n\n\
             By the fall of 2010, crews had left.\nUpdated figures came in 2011."
        );
    }

    #[test]
    fn a_page_saved_from_a_news_site_loses_its_furniture_and_names_the_outlet() {
        // byline with the outlet, reading time, share confirmation, ad slot, a dateline set
        // over three lines, and the note of who else reported
        let text = "Tariffs would meet tariffs\n\nBy Ana Diaz and Tom Roe, CNN\n\n\
                    3 minute read\n\nLink Copied!\n\nMexico City\nCNN\n —\n\
                    Mexico's president spoke on Tuesday.\n\nAd Feedback\n\n\
                    She said more later.\n\nCNN's Jo Lee contributed to this report.\n\
                    Jo Lee contributed, she said.";
        let c = clean(text);
        assert_eq!(c.source.as_deref(), Some("CNN"));
        assert_eq!(
            c.body,
            "Tariffs would meet tariffs\n\nMexico City\nCNN\n\
             Mexico's president spoke on Tuesday.\n\nShe said more later.\n\n\
             Jo Lee contributed, she said."
        );
        // a byline ending in a role names no outlet; the dash alone still names it
        let c = clean("Storm hits\n\nBy Ana Diaz, Staff Writer\n\nCNN\n—\nRain fell.");
        assert_eq!(c.source.as_deref(), Some("CNN"));
        let c = clean("Storm hits\n\nBy Ana Diaz, Staff Writer\n\nRain fell.");
        assert_eq!(c.source, None);
        let c = clean("Storm hits\n\nBy Ana Diaz, The Kansas City Star\n\nRain fell.");
        assert_eq!(c.source.as_deref(), Some("The Kansas City Star"));
    }

    #[test]
    fn captions_agency_photo_credits_and_first_appeared_notes_are_furniture() {
        let text = "Truce holds\n\nImage source, Getty Images\nImage caption, Families returned \
                    on Wednesday\n\nFamilies returned home.\n\n(AP Photo/Hussein Malla)\n\n\
                    The photo/video team left.\n\nThis article first appeared on BBC News.";
        let c = clean(text);
        assert_eq!(c.source.as_deref(), Some("BBC News"));
        assert_eq!(
            c.body,
            "Truce holds\n\nFamilies returned home.\n\nThe photo/video team left."
        );
    }

    #[test]
    fn a_press_releases_contact_block_and_source_line_go_and_its_wire_is_the_outlet() {
        let text = "Acme raises $120 million\n\nSAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- \
                    Acme Robotics today announced a round.\n\nContact us: the team answers.\n\n\
                    Media Contact:\nJane Doe\npress@acme.example\n+1 408 555 0100\n\n\
                    SOURCE Acme Robotics";
        let c = clean(text);
        assert_eq!(c.source.as_deref(), Some("PRNewswire"));
        assert_eq!(
            c.body,
            "Acme raises $120 million\n\nSAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- Acme \
             Robotics today announced a round.\n\nContact us: the team answers."
        );
    }

    #[test]
    fn a_wire_storys_exchange_rate_note_is_furniture_a_sentence_with_one_is_not() {
        let text = "Yuan slips\n\nThe yuan fell.\n\n($1 = 7.2530 Chinese yuan)\n\n\
                    (1 euro = $1.0850)\n\n(It was $1 = 7.25 yuan.)";
        assert_eq!(
            clean(text).body,
            "Yuan slips\n\nThe yuan fell.\n\n(It was $1 = 7.25 yuan.)"
        );
    }

    #[test]
    fn drops_menus_and_rows_of_buttons_but_not_sentences_using_their_words() {
        let text = "Skip to main content\nSubscribe | Sign in\nMenu\n\n\
                    Officials approve stadium deal\n\nShare on Facebook Share on Twitter Email\n\n\
                    The council voted 9-4.\nSearch crews found the boat.\nSign in, she said.";
        let c = clean(text);
        assert_eq!(c.title.as_deref(), Some("Officials approve stadium deal"));
        assert_eq!(
            c.body,
            "Officials approve stadium deal\n\nThe council voted 9-4.\n\
             Search crews found the boat.\nSign in, she said."
        );
    }

    #[test]
    fn a_published_stamp_dates_the_story_an_updated_one_does_not() {
        const CASES: &[(&str, Option<&str>)] = &[
            (
                "Published 6:02 PM EST, Mon March 4, 2024",
                Some("2024-03-04"),
            ),
            ("Posted 4 Mar. 2024 09:15 GMT", Some("2024-03-04")),
            ("Published: 2024-03-04T18:02:00Z", Some("2024-03-04")),
            ("Published Sept. 30, 2016", Some("2016-09-30")),
            ("Updated 8:15 PM EST, Mon March 4, 2024", None),
            ("Published 03/04/2024", None),
            ("Published 2024-13-04", None),
        ];
        for &(stamp, day) in CASES {
            let c = clean(&format!("Storm hits coast\n{stamp}\n\nA storm cut power."));
            assert_eq!(c.published.as_deref(), day, "{stamp}");
            assert_eq!(c.body, "Storm hits coast\n\nA storm cut power.", "{stamp}");
        }
    }

    #[test]
    fn the_copyright_line_after_a_related_list_still_names_the_outlet() {
        let text = "Stadium deal approved\n\nThe council voted 9-4 on Monday to approve it.\n\n\
                    The mayor said it was a great day.\n\nRelated Articles\n\
                    Chiefs weigh stadium options\nPosted March 1, 2024\n\
                    Copyright 2024 The Kansas City Star. All rights reserved.";
        let c = clean(text);
        assert_eq!(c.source.as_deref(), Some("The Kansas City Star"));
        assert_eq!(c.published, None);
        assert!(!c.body.contains("Related"));
    }

    #[test]
    fn chrome_lines_are_sorted() {
        assert!(CHROME_LINES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn cuts_a_related_articles_list() {
        let text = "Headline here\n\nFirst paragraph of the story goes on for a while.\n\nSecond one.\n\nRelated Articles\n\nSite Name\nSome Other Story Title\nAnd Another One";
        let c = clean(text);
        assert!(c.body.ends_with("Second one."), "{}", c.body);
    }

    #[test]
    fn banner_tagline_and_duplicate_headline_go_title_stays_once() {
        let text = "Daily Planet\n\nAll the news.\n\nAllies split on membership\n\nAllies split on membership\n\nThe story starts here and goes on.";
        let c = clean(text);
        assert_eq!(c.title.as_deref(), Some("Allies split on membership"));
        assert_eq!(c.source.as_deref(), Some("Daily Planet"));
        assert_eq!(
            c.body,
            "Allies split on membership\n\nThe story starts here and goes on."
        );
    }

    #[test]
    fn a_lede_printed_twice_is_kept_once_and_the_dateline_names_the_outlet() {
        let lede = "Allies are making progress on a set of security commitments for Kyiv.";
        let text = format!(
            "Allies Seek to Resolve Divisions\n\n{lede}\n\n(Bloomberg) — {lede}\n\nMore text."
        );
        let c = clean(&text);
        assert_eq!(c.body.matches(lede).count(), 1, "{}", c.body);
        assert_eq!(c.title.as_deref(), Some("Allies Seek to Resolve Divisions"));
        assert_eq!(c.source.as_deref(), Some("Bloomberg"));
    }

    #[test]
    fn titles_are_first_lines_that_read_as_headlines() {
        const CASES: &[(&str, Option<&str>)] = &[
            (
                "Allies split on membership\n\nBody.",
                Some("Allies split on membership"),
            ),
            (
                "Pence: Flowers Won’t Be at Debate.\n\nBody text.",
                Some("Pence: Flowers Won’t Be at Debate"),
            ),
            (
                "Obama on Climate Change: The Trends Are 'Terrifying.'\n\nBody.",
                Some("Obama on Climate Change: The Trends Are 'Terrifying.'"),
            ),
            (
                "A first sentence that runs on.\nThe next line follows at once.",
                None,
            ),
            (
                "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone.\n\nBody.",
                None,
            ),
        ];
        for (text, want) in CASES {
            assert_eq!(clean(text).title.as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn plain_articles_pass_through_untouched() {
        let text = "EU rejects German call to boycott British lamb .\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe European Commission said on Thursday it disagreed.";
        let c = clean(text);
        assert_eq!(c.body, text);
        assert_eq!(c.title, None);
    }
}
