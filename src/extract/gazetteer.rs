//! General knowledge shipped in `data/`: countries, places, organizations, first names, titles.
//!
//! Name lists (`Canonical|alias|alias...`) become one byte trie of every known surface form,
//! walked from each word start of a body; word lists become hash sets the recogniser
//! consults token by token.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::LazyLock;

use super::Kind;
use super::names;

/// One known entity of a name list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    /// Canonical name, the first form on its line.
    pub name: String,
    /// Place for countries and places, organization for organizations.
    pub kind: Kind,
    /// Identity key of the canonical name.
    pub key: String,
    /// A country: its lower-case form may be matched even when the article never capitalises it.
    pub country: bool,
    /// A person's given names: the first words of its listed forms of two words or more
    /// ("Joe", "Joseph" for Joe Biden). Empty for places and organizations.
    pub given: Vec<String>,
}

/// A known surface form found in a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the form.
    pub end: usize,
    /// Index into [`Gazetteer::known`].
    pub known: usize,
    /// Written in lower case although the list spells it with capitals ("kyiv").
    pub lower: bool,
}

/// Every name list in one trie.
pub struct Gazetteer {
    /// The known entities, indexed by [`Hit::known`].
    pub known: Vec<Known>,
    /// Form id → (index into `known`, 0 as listed / 1 in capitals / 2 in lower case).
    forms: Vec<(usize, u8)>,
    trie: Trie,
}

/// No node, no form.
const NONE: u32 = u32::MAX;

/// Nodes with up to this many children list their labels in one word; others use a bitmap.
const LISTED: usize = 8;

/// One trie node. Its children have consecutive ids from `first`, in label order.
#[derive(Clone, Copy)]
struct Node {
    /// Up to [`LISTED`] child labels, one per byte, lowest byte first.
    labels: u64,
    /// Id of the first child.
    first: u32,
    /// Form id of the path to this node, or [`NONE`].
    form: u32,
    /// Number of children.
    len: u32,
    /// Index into [`Trie::bitmaps`] when there are more than [`LISTED`] children.
    bitmap: u32,
}

/// The child labels of a crowded node as a 256-bit set, with the count of labels before
/// each 64-bit word.
#[derive(Clone, Copy)]
struct Bitmap {
    bits: [u64; 4],
    before: [u32; 4],
}

/// A byte trie of every form. Matching a form at a word start walks at most as many bytes
/// as the longest form, so a body is searched in time linear in its length. Nodes are
/// numbered breadth first, so the shallow ones nearly every word visits share a few cache
/// lines, and each node finds its child without a loop.
struct Trie {
    /// The root's children by byte.
    root: [u32; 256],
    nodes: Vec<Node>,
    bitmaps: Vec<Bitmap>,
    /// Where each form's first word leads.
    first_words: FirstWords,
}

/// The node each form's first word (its leading letters and digits) leads to, by the word.
/// A form found at a word start covers the body's whole first word, so one probe here
/// replaces a walk of one node per letter, and most words of a body stop at the probe.
struct FirstWords {
    /// Open addressing, a power of two long; `node` [`NONE`] marks a free slot.
    slots: Vec<Slot>,
    /// The words, one after another.
    text: Vec<u8>,
    /// Two bits per word of a 2^18-bit set: small enough to stay in cache, so most words
    /// of a body that start no form are turned away without touching `slots`.
    filter: Vec<u64>,
}

const FILTER_BITS: u64 = 1 << 18;

/// The two filter bits of a word's hash.
#[inline]
fn filter_bits(h: u64) -> [usize; 2] {
    [
        ((h >> 8) % FILTER_BITS) as usize,
        ((h >> 40) % FILTER_BITS) as usize,
    ]
}

#[derive(Clone, Copy)]
struct Slot {
    tag: u32,
    node: u32,
    start: u32,
    len: u32,
}

/// A hash of a word: multiply-rotate over eight bytes at a time.
fn word_hash(word: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        let mut lane = [0u8; 8];
        lane.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(lane)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut lane = [0u8; 8];
        lane[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(lane)).wrapping_mul(K);
    }
    h ^= h >> 32;
    h = h.wrapping_mul(K);
    h ^ (h >> 29)
}

impl FirstWords {
    fn new(words: &[(&[u8], u32)]) -> FirstWords {
        let size = (words.len() * 2).next_power_of_two().max(2);
        let mut table = FirstWords {
            slots: vec![
                Slot {
                    tag: 0,
                    node: NONE,
                    start: 0,
                    len: 0,
                };
                size
            ],
            text: Vec::new(),
            filter: vec![0; (FILTER_BITS / 64) as usize],
        };
        for &(word, node) in words {
            if table.get(word).is_some() {
                continue;
            }
            let h = word_hash(word);
            let mut i = h as usize & (size - 1);
            while table.slots[i].node != NONE {
                i = (i + 1) & (size - 1);
            }
            table.slots[i] = Slot {
                tag: (h >> 32) as u32,
                node,
                start: table.text.len() as u32,
                len: word.len() as u32,
            };
            table.text.extend_from_slice(word);
            for bit in filter_bits(h) {
                table.filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        table
    }

    /// The node `word` leads to, if it is some form's first word.
    #[inline]
    fn get(&self, word: &[u8]) -> Option<u32> {
        let h = word_hash(word);
        if filter_bits(h)
            .iter()
            .any(|&bit| self.filter[bit / 64] & (1 << (bit % 64)) == 0)
        {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.node == NONE {
                return None;
            }
            if slot.tag == (h >> 32) as u32
                && slot.len as usize == word.len()
                && self.text[slot.start as usize..][..word.len()] == *word
            {
                return Some(slot.node);
            }
            i = (i + 1) & mask;
        }
    }
}

/// [`char::is_alphanumeric`], answering at once for the General Punctuation block
/// (curly quotes, dashes, odd spaces), common in news text and slow to look up.
#[inline]
pub(super) fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Where the letters and digits starting at `start` end.
#[inline]
fn word_end(body: &str, start: usize) -> usize {
    let bytes = body.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        if bytes[end].is_ascii() {
            if !bytes[end].is_ascii_alphanumeric() {
                break;
            }
            end += 1;
        } else {
            match body[end..].chars().next() {
                Some(c) if is_alnum(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    end
}

const LOW_BYTES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

impl Trie {
    /// A trie of `patterns`; form id = index in `patterns`.
    fn new(patterns: &[String]) -> Trie {
        // Insert the patterns in byte order: each new node then hangs off the path of the
        // pattern before, and every node's children are created in label order. Nodes are
        // kept as (parent, label) and grouped by parent afterwards, so building costs no
        // allocation per node; then they are renumbered breadth first.
        let mut sorted: Vec<u32> = (0..patterns.len() as u32).collect();
        sorted.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .cmp(&patterns[b as usize])
                .then(a.cmp(&b))
        });
        let mut parent: Vec<u32> = vec![NONE];
        let mut label: Vec<u8> = vec![0];
        let mut form = vec![NONE];
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = &[];
        for &id in &sorted {
            let bytes = patterns[id as usize].as_bytes();
            let shared = bytes
                .iter()
                .zip(previous)
                .take_while(|(a, b)| a == b)
                .count();
            path.truncate(shared + 1);
            for &b in &bytes[shared..] {
                let node = parent.len() as u32;
                parent.push(path[path.len() - 1]);
                label.push(b);
                form.push(NONE);
                path.push(node);
            }
            let node = path[bytes.len()] as usize;
            if form[node] == NONE {
                form[node] = id;
            }
            previous = bytes;
        }
        // children of node n: child_ids[child_start[n]..child_start[n + 1]], in label order
        let mut child_start = vec![0u32; parent.len() + 1];
        for &p in &parent[1..] {
            child_start[p as usize + 1] += 1;
        }
        for n in 1..child_start.len() {
            child_start[n] += child_start[n - 1];
        }
        let mut fill = child_start.clone();
        let mut child_ids = vec![0u32; parent.len() - 1];
        for (node, &p) in parent.iter().enumerate().skip(1) {
            child_ids[fill[p as usize] as usize] = node as u32;
            fill[p as usize] += 1;
        }
        let kids_of = |n: usize| &child_ids[child_start[n] as usize..child_start[n + 1] as usize];
        // breadth-first order: old ids by new id
        let mut order = vec![0u32];
        let mut next = 0;
        while next < order.len() {
            let old = order[next] as usize;
            order.extend_from_slice(kids_of(old));
            next += 1;
        }
        let mut trie = Trie {
            root: [NONE; 256],
            nodes: Vec::with_capacity(order.len()),
            bitmaps: Vec::new(),
            first_words: FirstWords::new(&[]),
        };
        let mut first_child = 1u32;
        for &old in &order {
            let kids = kids_of(old as usize);
            let mut node = Node {
                labels: 0,
                first: first_child,
                form: form[old as usize],
                len: kids.len() as u32,
                bitmap: NONE,
            };
            if kids.len() <= LISTED {
                for (i, &k) in kids.iter().enumerate() {
                    node.labels |= u64::from(label[k as usize]) << (8 * i);
                }
            } else {
                let mut map = Bitmap {
                    bits: [0; 4],
                    before: [0; 4],
                };
                for &k in kids {
                    let l = label[k as usize];
                    map.bits[usize::from(l >> 6)] |= 1 << (l & 63);
                }
                for w in 1..4 {
                    map.before[w] = map.before[w - 1] + map.bits[w - 1].count_ones();
                }
                node.bitmap = trie.bitmaps.len() as u32;
                trie.bitmaps.push(map);
            }
            first_child += kids.len() as u32;
            trie.nodes.push(node);
        }
        for (i, &k) in kids_of(0).iter().enumerate() {
            trie.root[usize::from(label[k as usize])] = 1 + i as u32;
        }
        let mut first_words = Vec::new();
        for pattern in patterns {
            let word = &pattern.as_bytes()[..word_end(pattern, 0)];
            let Some((&b, rest)) = word.split_first() else {
                continue;
            };
            let mut id = trie.root[usize::from(b)];
            for &b in rest {
                id = trie.child(&trie.nodes[id as usize], b);
            }
            first_words.push((word, id));
        }
        trie.first_words = FirstWords::new(&first_words);
        trie
    }

    /// The child of `node` by `byte`, or [`NONE`].
    #[inline]
    fn child(&self, node: &Node, byte: u8) -> u32 {
        if node.len as usize <= LISTED {
            // find `byte` among the labels: the lowest lane where they are equal
            let x = node.labels ^ (LOW_BYTES * u64::from(byte));
            let mut found = x.wrapping_sub(LOW_BYTES) & !x & HIGH_BITS;
            if node.len < 8 {
                found &= (1u64 << (8 * node.len)) - 1;
            }
            if found == 0 {
                NONE
            } else {
                node.first + found.trailing_zeros() / 8
            }
        } else {
            let map = &self.bitmaps[node.bitmap as usize];
            let (w, bit) = (usize::from(byte >> 6), 1u64 << (byte & 63));
            if map.bits[w] & bit == 0 {
                NONE
            } else {
                node.first + map.before[w] + (map.bits[w] & (bit - 1)).count_ones()
            }
        }
    }

    /// The longest form starting at `start` that ends at a word edge: (end, form id).
    #[inline]
    fn longest_at(&self, body: &str, start: usize) -> Option<(usize, usize)> {
        let bytes = body.as_bytes();
        let (mut id, mut end) = match word_end(body, start) {
            // a form starting with a mark: letter by letter from the root
            word if word == start => (self.root[usize::from(bytes[start])], start + 1),
            word => (self.first_words.get(&bytes[start..word])?, word),
        };
        let mut best = None;
        while id != NONE {
            let node = &self.nodes[id as usize];
            if node.form != NONE && end_at_word_edge(body, end) {
                best = Some((end, node.form as usize));
            }
            let Some(&b) = bytes.get(end) else {
                break;
            };
            id = self.child(node, b);
            end += 1;
        }
        best
    }
}

/// Words that are not names themselves but say what the names around them are.
pub struct Words {
    /// Nationality words ("Ukrainian", "Europeans"): stored as nationalities, never as places or people.
    pub demonyms: HashSet<String>,
    /// Given names, lower-cased: a capitalised sequence opening with one is a person.
    pub first_names: HashSet<String>,
    /// Titles and roles written before a name ("President", "Foreign", "Mr.").
    pub titles: HashSet<String>,
    /// Head words that end an organization's name ("Commission", "Bank").
    pub org_words: HashSet<String>,
    /// Head words that end a place's name ("Oblast", "Sea").
    pub place_words: HashSet<String>,
    /// Capitalised words that are not names when they open a sentence ("However", "May").
    pub not_names: HashSet<String>,
    /// Capitalised common nouns of events, laws and titles of works ("Series", "Rights"):
    /// a run holding one is no person.
    pub thing_words: HashSet<String>,
    /// Head words of events' names, lower-cased ("cup", "open", "war"): "World Cup".
    pub event_words: HashSet<String>,
    /// Words of sport, lower-cased ("innings", "homered", "striker"): a body with a few of
    /// them is a sports report, where towns often name their teams.
    pub sport_words: HashSet<String>,
    /// Verbs that mark the name before them as a person ("said", "told").
    pub person_verbs: HashSet<String>,
    /// Common lower-case English words, sorted (the list is): a guessed name made only of
    /// these is a phrase ("Living History"). A sorted slice, not a set: 40,000 words would
    /// cost every run a set's allocations at start for a handful of look-ups.
    pub common_words: Vec<&'static str>,
}

/// Lines of a list: comments and blank lines dropped, white space trimmed.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Test helper for every embedded list: a `#` header, at least one entry, entries sorted
/// (byte order) and unique.
#[cfg(test)]
pub(crate) fn assert_well_formed(name: &str, text: &str) {
    assert!(
        text.starts_with('#'),
        "{name} lacks a header naming its source"
    );
    let entries: Vec<&str> = lines(text).collect();
    assert!(!entries.is_empty(), "{name} is empty");
    for pair in entries.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name}: {:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
}

/// The forms of each line of a `Canonical|alias|alias...` list, canonical first.
pub fn alias_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    lines(text).map(|l| {
        l.split('|')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect()
    })
}

impl Gazetteer {
    /// Build the automaton from name lists, each with the kind its entries have and whether
    /// they are countries. A form listed twice keeps its first entity.
    pub fn new(lists: &[(&str, Kind, bool)]) -> Gazetteer {
        let mut known = Vec::new();
        let mut forms: Vec<(usize, u8)> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut seen_form: HashSet<String> = HashSet::new();
        let mut seen_entity: HashMap<(Kind, String), usize> = HashMap::new();
        // "Nato", "Opec", "Unicef": an acronym of four letters or more as British papers
        // write one said as a word, added once every list is in, so that a listed name
        // ("Nice" the town, not NICE), a common word ("Aids", "Sage") or a given name
        // ("Olaf", not OLAF) keeps its own reading
        let mut said_as_words: Vec<(String, usize)> = Vec::new();
        let common: Vec<&str> = lines(include_str!("../../data/common_words.txt")).collect();
        for &(text, kind, country) in lists {
            for line in alias_lines(text) {
                let Some(canonical) = line.first() else {
                    continue;
                };
                let key = names::key(canonical);
                let index = *seen_entity.entry((kind, key.clone())).or_insert_with(|| {
                    known.push(Known {
                        name: (*canonical).to_string(),
                        kind,
                        key,
                        country,
                        given: Vec::new(),
                    });
                    known.len() - 1
                });
                // (only people have given names: places and organizations skip the work)
                for form in line.iter().filter(|_| kind == Kind::Person) {
                    if let Some((first, _)) = form.split_once(' ')
                        && !known[index].given.iter().any(|g| g == first)
                    {
                        known[index].given.push(first.to_string());
                    }
                }
                for form in line {
                    if form.chars().count() < 2 {
                        continue;
                    }
                    // as listed; in capitals ("KYIV", four letters or more); in lower case ("kyiv").
                    // Acronyms ("US") match only as written.
                    let mut variants = vec![((*form).to_string(), 0)];
                    if kind == Kind::Organization
                        && let Some(other) = other_spelling(form)
                    {
                        // "World Health Organisation", "Ministry of Defence"
                        variants.push((other, 0));
                    }
                    if kind == Kind::Organization
                        && (3..=6).contains(&form.len())
                        && form.bytes().all(|b| b.is_ascii_uppercase())
                    {
                        // "F.B.I.", "S.E.C.": the acronym as some papers write it
                        variants.push((form.chars().flat_map(|c| [c, '.']).collect(), 0));
                    }
                    if kind == Kind::Organization
                        && form.len() >= 4
                        && form.bytes().all(|b| b.is_ascii_uppercase())
                    {
                        said_as_words.push((names::title_case(form), index));
                    }
                    if form.chars().any(char::is_lowercase) {
                        if form.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                            variants.push((form.to_uppercase(), 1));
                        }
                        let lower = form.to_lowercase();
                        if !everyday(&common, &lower) {
                            variants.push((lower, 2));
                        }
                    }
                    for (variant, quality) in variants {
                        if seen_form.insert(variant.clone()) {
                            forms.push((index, quality));
                            patterns.push(variant);
                        }
                    }
                }
            }
        }
        let given: HashSet<&str> = lines(include_str!("../../data/first_names.txt")).collect();
        for (word, index) in said_as_words {
            let lower = word.to_lowercase();
            if common.binary_search(&lower.as_str()).is_err()
                && !given.contains(word.as_str())
                && seen_form.insert(word.clone())
            {
                forms.push((index, 0));
                patterns.push(word);
            }
        }
        let trie = Trie::new(&patterns);
        Gazetteer { known, forms, trie }
    }

    /// Every known form in `body` at word boundaries, leftmost-longest, non-overlapping, in order.
    ///
    /// A form matches as listed, in capitals ("KYIV", four letters or more), or in lower case
    /// ("kyiv", then flagged [`Hit::lower`]); acronyms ("US") match only as listed.
    pub fn find(&self, body: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        // forms never overlap: positions inside the last one found start none
        let mut covered = 0;
        let bytes = body.as_bytes();
        // the character before `pos` is a letter or digit; it is a dot after one
        let (mut after_alnum, mut after_dotted) = (false, false);
        let mut pos = 0;
        while pos < bytes.len() {
            let byte = bytes[pos];
            let (alnum, dot, width) = if byte.is_ascii() {
                (byte.is_ascii_alphanumeric(), byte == b'.', 1)
            } else {
                let c = body[pos..].chars().next().unwrap_or_default();
                (is_alnum(c), false, c.len_utf8())
            };
            // "com" in "bloomberg.com" starts no form
            if !after_alnum
                && !after_dotted
                && pos >= covered
                && self.trie.root[usize::from(byte)] != NONE
                && let Some((end, form)) = self.trie.longest_at(body, pos)
            {
                let (known, quality) = self.forms[form];
                out.push(Hit {
                    start: pos,
                    end,
                    known,
                    lower: quality == 2,
                });
                covered = end;
            }
            after_dotted = dot && after_alnum;
            after_alnum = alnum;
            pos += width;
        }
        out
    }
}

/// Whether a form ending at `end` ends a word: no letter or digit follows, and it is not
/// the start of a domain name ("bloomberg" in "bloomberg.com").
fn end_at_word_edge(body: &str, end: usize) -> bool {
    if !body.is_char_boundary(end) {
        return false;
    }
    let mut fwd = body[end..].chars();
    let (a1, a2) = (fwd.next(), fwd.next());
    if a1.is_some_and(is_alnum) {
        return false;
    }
    // "U.S." ends in a dot itself; a dot after an alphanumeric end joins a domain name
    let ends_alnum = body[..end].chars().next_back().is_some_and(is_alnum);
    !(ends_alnum && a1 == Some('.') && a2.is_some_and(is_alnum))
}

/// Whether `body[start..end]` stands as whole words: the reference the trie walk is tested against.
#[cfg(test)]
fn at_word_edges(body: &str, start: usize, end: usize) -> bool {
    let before = body[..start].chars().next_back();
    let after = body[end..].chars().next();
    if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let dotted = |c: Option<char>, rest: Option<char>| {
        c == Some('.') && rest.is_some_and(char::is_alphanumeric)
    };
    let mut back = body[..start].chars().rev();
    let (b1, b2) = (back.next(), back.next());
    let mut fwd = body[end..].chars();
    let (a1, a2) = (fwd.next(), fwd.next());
    let ends_alnum = body[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    !(dotted(b1, b2) || (ends_alnum && dotted(a1, a2)))
}

impl Words {
    fn new() -> Words {
        let set = |text: &str| lines(text).map(str::to_string).collect::<HashSet<_>>();
        Words {
            demonyms: set(include_str!("../../data/demonyms.txt")),
            first_names: lines(include_str!("../../data/first_names.txt"))
                .map(str::to_lowercase)
                .collect(),
            titles: set(include_str!("../../data/titles.txt")),
            org_words: set(include_str!("../../data/org_words.txt")),
            place_words: set(include_str!("../../data/place_words.txt")),
            not_names: set(include_str!("../../data/not_names.txt")),
            person_verbs: set(include_str!("../../data/person_verbs.txt")),
            thing_words: set(include_str!("../../data/thing_words.txt")),
            event_words: set(include_str!("../../data/event_words.txt")),
            sport_words: set(include_str!("../../data/sport_words.txt")),
            common_words: lines(include_str!("../../data/common_words.txt")).collect(),
        }
    }
}

/// Words British and American English spell differently in the names of bodies.
const SPELLINGS: &[(&str, &str)] = &[
    ("Center", "Centre"),
    ("Defense", "Defence"),
    ("Program", "Programme"),
];

/// Whether a lower-cased form is an everyday word, in American or British spelling
/// ("turkey", "labour"): in lower case it names nothing ("the main labour unions"). A word
/// whose plural is listed counts too: the list leaves out words that are also common
/// surnames ("house", "houses").
fn everyday(common: &[&str], word: &str) -> bool {
    let american = word.strip_suffix("our").map(|stem| format!("{stem}or"));
    let plural = format!("{word}s");
    std::iter::once(word)
        .chain(american.as_deref())
        .chain((!word.contains(' ')).then_some(plural.as_str()))
        .any(|w| common.binary_search(&w).is_ok())
}

/// A body's name in the other English spelling, if it has one: "Organization" ↔
/// "Organisation" (any "-ization" word), "Defense" ↔ "Defence", "Center" ↔ "Centre".
fn other_spelling(form: &str) -> Option<String> {
    // most names have none of these: skip them without splitting
    let spelt = |w: &str| form.contains(w);
    if !(spelt("ization")
        || spelt("isation")
        || SPELLINGS.iter().any(|&(us, uk)| spelt(us) || spelt(uk)))
    {
        return None;
    }
    let mut changed = false;
    let words: Vec<String> = form
        .split(' ')
        .map(|w| {
            let swapped = SPELLINGS
                .iter()
                .find_map(|&(us, uk)| (w == us).then_some(uk).or((w == uk).then_some(us)))
                .map(str::to_string)
                .or_else(|| {
                    let (stem, tail) = w.split_at(w.find("ization").or(w.find("isation"))?);
                    let other = if tail.starts_with("ization") {
                        "is"
                    } else {
                        "iz"
                    };
                    Some(format!("{stem}{other}{}", &tail[2..]))
                });
            changed |= swapped.is_some();
            swapped.unwrap_or_else(|| w.to_string())
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// The shipped name lists as one automaton.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::new(&[
        (include_str!("../../data/countries.txt"), Kind::Place, true),
        (
            include_str!("../../data/organizations.txt"),
            Kind::Organization,
            false,
        ),
        (include_str!("../../data/people.txt"), Kind::Person, false),
        (include_str!("../../data/places.txt"), Kind::Place, false),
        (include_str!("../../data/events.txt"), Kind::Event, false),
    ])
});

/// The shipped word lists.
pub static WORDS: LazyLock<Words> = LazyLock::new(Words::new);

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[(&str, &str)] = &[
        ("countries.txt", include_str!("../../data/countries.txt")),
        ("places.txt", include_str!("../../data/places.txt")),
        (
            "organizations.txt",
            include_str!("../../data/organizations.txt"),
        ),
        ("people.txt", include_str!("../../data/people.txt")),
        ("demonyms.txt", include_str!("../../data/demonyms.txt")),
        (
            "first_names.txt",
            include_str!("../../data/first_names.txt"),
        ),
        ("titles.txt", include_str!("../../data/titles.txt")),
        ("org_words.txt", include_str!("../../data/org_words.txt")),
        (
            "place_words.txt",
            include_str!("../../data/place_words.txt"),
        ),
        ("not_names.txt", include_str!("../../data/not_names.txt")),
        ("events.txt", include_str!("../../data/events.txt")),
        (
            "event_words.txt",
            include_str!("../../data/event_words.txt"),
        ),
        (
            "sport_words.txt",
            include_str!("../../data/sport_words.txt"),
        ),
        (
            "person_verbs.txt",
            include_str!("../../data/person_verbs.txt"),
        ),
        (
            "common_words.txt",
            include_str!("../../data/common_words.txt"),
        ),
    ];

    #[test]
    fn lists_are_sorted_unique_and_not_empty() {
        for (name, text) in LISTS {
            assert_well_formed(name, text);
        }
    }

    const SAMPLE: &[(&str, Kind, bool)] = &[
        (
            "# test\nUnited States|US|U.S.|America\nUkraine\n",
            Kind::Place,
            true,
        ),
        (
            "Bank of England\nNATO|North Atlantic Treaty Organization\n",
            Kind::Organization,
            false,
        ),
        ("England\nKyiv|Kiev\nNew York\n", Kind::Place, false),
        ("Labour Party|Labour\nTurkey\n", Kind::Organization, false),
    ];

    /// Body, then the forms found with their canonical names.
    const CASES: &[(&str, &[(&str, &str)])] = &[
        (
            "The US and the U.S. are America.",
            &[
                ("US", "United States"),
                ("U.S.", "United States"),
                ("America", "United States"),
            ],
        ),
        ("us and u.s. are not", &[]),
        (
            "NATO’s summit in Kyiv's centre",
            &[("NATO", "NATO"), ("Kyiv", "Kyiv")],
        ),
        (
            "the Bank of England in England",
            &[
                ("Bank of England", "Bank of England"),
                ("England", "England"),
            ],
        ),
        ("KIEV and kyiv", &[("KIEV", "Kyiv"), ("kyiv", "Kyiv")]),
        ("Kyivan New Yorkers", &[]),
        // an everyday word in lower case is that word, British spelling too
        (
            "Labour and the labour unions; Turkey or turkey",
            &[("Labour", "Labour Party"), ("Turkey", "Turkey")],
        ),
        ("see kyiv.ua and nato.int", &[]),
        ("Russia-Ukraine war", &[("Ukraine", "Ukraine")]),
        ("", &[]),
    ];

    #[test]
    fn finds_known_forms_at_word_edges() {
        let gaz = Gazetteer::new(SAMPLE);
        for (body, want) in CASES {
            let got: Vec<(&str, &str)> = gaz
                .find(body)
                .iter()
                .map(|h| (&body[h.start..h.end], gaz.known[h.known].name.as_str()))
                .collect();
            assert_eq!(&got, want, "{body}");
        }
    }

    #[test]
    fn an_acronym_said_as_a_word_matches_unless_a_name_a_word_or_a_given_name_reads_so() {
        let gaz = Gazetteer::new(&[
            (
                "LYON\nNATO\nNICE|National Institute for Health and Care Excellence\nOLAF\nSAGE\n",
                Kind::Organization,
                false,
            ),
            ("Lyon\nNice\n", Kind::Place, false),
        ]);
        let body = "Nato met Sage and Olaf in Nice and Lyon.";
        let got: Vec<(&str, &str)> = gaz
            .find(body)
            .iter()
            .map(|h| (&body[h.start..h.end], gaz.known[h.known].name.as_str()))
            .collect();
        assert_eq!(got, [("Nato", "NATO"), ("Nice", "Nice"), ("Lyon", "Lyon")]);
    }

    #[test]
    fn punctuation_block_has_no_letters_or_digits() {
        for c in ('\u{2000}'..='\u{206f}').chain(['a', 'É', '7', '’', ' ']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The trie walk agrees with trying every form at every position, then keeping the
    /// leftmost-longest ones at word edges.
    #[test]
    fn trie_matches_brute_force() {
        let gaz = Gazetteer::new(SAMPLE);
        let forms: Vec<(String, usize, bool)> = SAMPLE
            .iter()
            .flat_map(|&(text, _, _)| alias_lines(text).flatten())
            .flat_map(|form| [form.to_string(), form.to_uppercase(), form.to_lowercase()])
            .filter_map(|f| {
                let hits = gaz.find(&f);
                (hits.len() == 1 && hits[0].end == f.len())
                    .then(|| (f, hits[0].known, hits[0].lower))
            })
            .collect();
        let pieces = [
            "Kyiv",
            "kyiv",
            "KYIV",
            "New York",
            "new",
            "York",
            "U.S.",
            "US",
            "us",
            ".",
            "-",
            " ",
            "é",
            "com",
            "Bank of England",
            "of",
            "England",
            "’",
            "9",
            "NATO",
            "\n",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2000 {
            let mut body = String::new();
            for _ in 0..8 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                body.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let mut want = Vec::new();
            let mut covered = 0;
            for start in (0..body.len()).filter(|&i| body.is_char_boundary(i)) {
                if start < covered {
                    continue;
                }
                let best = forms
                    .iter()
                    .filter(|(f, _, _)| {
                        body[start..].starts_with(f.as_str())
                            && at_word_edges(&body, start, start + f.len())
                    })
                    .max_by_key(|(f, _, _)| f.len());
                if let Some((f, known, lower)) = best {
                    want.push((start, start + f.len(), *known, *lower));
                    covered = start + f.len();
                }
            }
            let got: Vec<_> = gaz
                .find(&body)
                .iter()
                .map(|h| (h.start, h.end, h.known, h.lower))
                .collect();
            assert_eq!(got, want, "{body:?}");
        }
    }

    #[test]
    fn bodies_match_in_either_english_spelling() {
        assert_eq!(
            other_spelling("World Health Organization").as_deref(),
            Some("World Health Organisation")
        );
        assert_eq!(
            other_spelling("Ministry of Defence").as_deref(),
            Some("Ministry of Defense")
        );
        assert_eq!(
            other_spelling("Centre for Privatisation Programmes").as_deref(),
            Some("Center for Privatization Programmes")
        );
        assert_eq!(other_spelling("Bank of England"), None);
        let gaz = &*GAZETTEER;
        let body = "the Organisation for Security and Cooperation in Europe said";
        let hits = gaz.find(body);
        assert_eq!(hits.len(), 1, "{hits:?}");
        let known = &gaz.known[hits[0].known];
        assert_eq!(known.kind, Kind::Organization);
        assert_eq!(
            known.name,
            "Organization for Security and Co-operation in Europe"
        );
    }

    #[test]
    fn aliases_share_the_canonical_key() {
        let gaz = Gazetteer::new(SAMPLE);
        let hits = gaz.find("Kiev, Kyiv");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].known, hits[1].known);
        assert_eq!(gaz.known[hits[0].known].key, "kyiv");
    }
}
