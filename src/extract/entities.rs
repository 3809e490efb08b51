//! Named-entity recognition: people, organizations, places, nationalities and events in a body.
//!
//! One Aho–Corasick pass finds every form the gazetteer knows; one pass over the word tokens
//! groups capitalised words into runs and classifies each run by the evidence around it:
//! an organization head word ending it ("European Commission", "Bank of England"), a place
//! word ("Donetsk Oblast"), a known first name, a title before it or a speech verb after it
//! (a person). Runs without evidence wait for a second pass that links them to the people
//! the article names in full ("Stoltenberg" after "Jens Stoltenberg"); the rest are left out.

mod tokens;

use std::sync::LazyLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::gazetteer::{GAZETTEER, Gazetteer, Hit, WORDS, Words};
use super::names;
use super::{Entity, Kind, Mention};
use tokens::{Token, tokenize};

/// Find the entities a body names and every mention of them, mentions in body order.
pub fn find(body: &str) -> (Vec<Entity>, Vec<Mention>) {
    find_with(body, &GAZETTEER, &WORDS)
}

/// Small words that end what goes before an event's name in a headline: "WALES BEAT SAN
/// MARINO IN WORLD CUP".
const HEADLINE_BREAKS: &[&str] = &[
    "a", "after", "against", "an", "and", "at", "before", "beat", "beats", "by", "for", "from",
    "in", "into", "of", "on", "over", "the", "to", "v", "vs", "with",
];

/// Last words of the names of laws and plans ("Clean Air Act", "Clean Power Plan").
const LAW_WORDS: &[&str] = &["Act", "Acts", "Plan"];

/// News agencies whose acronyms the lists give another body (a party) first, with the name
/// the lists know each agency by: the agency where an article credits one (see
/// `Article::agency_reading`).
const AGENCY_ACRONYMS: &[(&str, &str)] = &[
    ("AAP", "Australian Associated Press"),
    ("PTI", "Press Trust of India"),
];

/// Lower-case words that may join the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "for", "ibn",
    "la", "le", "of", "on", "van", "von", "y", "zu",
];

/// Connectors that belong inside a person's name ("de Gaulle", "von der Leyen").
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "van", "von", "zu",
];

/// Nouns that open the name of a building, a square or a town in Spanish, Portuguese,
/// French and Italian ("Casa de Narino", "Plaza de Mayo", "Place de la Concorde"); common
/// surnames among them (Costa, Villa, Monte) are left out.
const ROMANCE_PLACE_NOUNS: &[&str] = &[
    "Avenida", "Cabo", "Calle", "Casa", "Ciudad", "Isla", "Palacio", "Palazzo", "Piazza", "Place",
    "Plaza", "Porto", "Puerto", "Rua", "Rue",
];

/// Connectors after which an organization's name goes on ("Bank of England").
const ORG_LINKS: &[&str] = &["for", "of", "on"];

/// The abbreviated legal forms that end a firm's name: nothing after them is part of it.
const CORPORATE_SUFFIXES: &[&str] = &[
    "AB", "AG", "ASA", "BV", "Bhd", "Co", "Co.", "Corp", "Corp.", "Cos", "GmbH", "Inc", "Inc.",
    "LLC", "LLP", "Ltd", "Ltd.", "N.V.", "NV", "Oyj", "Plc", "PLC", "Pty", "S.A.", "S.p.A.", "SA",
    "SpA",
];

/// Place words that name a building after whatever it is named for, a person or a firm
/// included: "Trump Tower", "Chrysler Building". (An airport is its operator, an
/// organization: `org_words.txt`.)
const FACILITY_WORDS: &[&str] = &[
    "Arena",
    "Building",
    "Cathedral",
    "Mosque",
    "Prison",
    "Stadium",
    "Tower",
];

/// Small words an organization's acronym skips: "NSIDC" for "National Snow and Ice Data
/// Center".
const ACRONYM_GAPS: &[&str] = &["and", "for", "of", "the"];

/// Words of [thing_words](Words::thing_words) that are also common surnames: after a given
/// name they end a person's name, not an event's or a law's.
const SURNAME_THINGS: &[&str] = &["East", "Law", "North", "South", "West"];

/// Capitalised nouns that introduce a firm at the start of a sentence and open no firm's
/// name: "Rival Advanced Micro Devices Inc said". (Not [`ORG_DESCRIPTORS`] as a whole: "Daily
/// Mail and General Trust", "Giant Eagle Inc", "Carrier Global Corp".)
const FIRM_LEADS: &[&str] = &[
    "Automaker",
    "Carmaker",
    "Chipmaker",
    "Conglomerate",
    "Drugmaker",
    "Insurer",
    "Lender",
    "Retailer",
    "Rival",
    "Startup",
];

/// Words that usually open a sentence but also open firms' names ("First Union", "Northern
/// Trust"): kept before an organization head word.
const ORG_LEADS: &[&str] = &["Eastern", "First", "Northern", "Southern", "Western"];

/// Honours and offices written after a person's name ("Simon Pratt KC", "Tom Jones OBE").
const POST_NOMINALS: &[&str] = &[
    "CBE", "CH", "DBE", "FRS", "GBE", "KBE", "KC", "KG", "MBE", "MEP", "MP", "MSP", "OBE", "QC",
];

/// Participles after a nationality and a hyphen: "Russian-backed", "Saudi-led",
/// "Iranian-born".
const NATIONAL_PARTICIPLES: &[&str] = &[
    "allied",
    "backed",
    "based",
    "born",
    "brokered",
    "controlled",
    "educated",
    "funded",
    "held",
    "led",
    "made",
    "occupied",
    "owned",
    "run",
    "sponsored",
    "supported",
    "trained",
];

/// Days of the week: news writes "said Monday", never a name.
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Prepositions after which a lone unknown capitalised word is a place ("in Bakhmut").
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "outside",
    "across",
    "throughout",
    "around",
    "toward",
    "towards",
];

/// Head words of government bodies: a country before them is not part of the name
/// ("US State Department"), unlike a party's or a bank's ("Kurdistan Democratic Party") and
/// a town's or a state's ("Tulsa Police Department": every town has one).
const GOVERNMENT_HEADS: &[&str] = &[
    "Army",
    "Cabinet",
    "Congress",
    "Court",
    "Department",
    "Embassy",
    "Forces",
    "Ministry",
    "Navy",
    "Office",
    "Parliament",
    "Police",
    "Senate",
];

/// What a newspaper or a broadcaster is called after its name: "Le Matin newspaper",
/// "Zycie Warszawy daily", "Cosmopolitan magazine".
const MEDIA_NOUNS: &[&str] = &[
    "broadcaster",
    "daily",
    "magazine",
    "newspaper",
    "radio",
    "tabloid",
    "television",
    "TV",
    "weekly",
];

/// Business roles next to a firm's name: "Pirelli chairman", "a stake in Magna".
const ORG_ROLES: &[&str] = &[
    "CEO",
    "chairman",
    "chairwoman",
    "division",
    "divisions",
    "employees",
    "executives",
    "headquarters",
    "shareholder",
    "shareholders",
    "shares",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stake",
    "stakes",
    "stock",
    "subsidiaries",
    "subsidiary",
    "unit",
    "units",
];

/// People who work for a body, before "at" and its name: "an analyst at D.A. Davidson",
/// "an economist at Pantheon Macroeconomics" (a place would be "a town near X").
const EMPLOYEES: &[&str] = &[
    "analyst",
    "analysts",
    "banker",
    "consultant",
    "economist",
    "economists",
    "employee",
    "employees",
    "engineer",
    "executive",
    "fellow",
    "lecturer",
    "partner",
    "professor",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "strategist",
    "strategists",
    "trader",
    "traders",
];

/// Lower-case nouns that name a kind of place: "the town of X", "X province".
const PLACE_NOUNS: &[&str] = &[
    "city", "district", "island", "oblast", "port", "province", "region", "town", "village",
];

/// Directions that place a name: "east of Tavildara", "10 km north-west of Kherson".
const COMPASS: &[&str] = &[
    "east",
    "north",
    "north-east",
    "north-west",
    "northeast",
    "northwest",
    "south",
    "south-east",
    "south-west",
    "southeast",
    "southwest",
    "west",
];

/// US states' AP abbreviations that the gazetteer leaves out (see tools/gazetteer/build.py:
/// each is also a word or a title) but a dateline uses: "BOSTON, Mass. (AP)".
const DATELINE_STATES: &[(&str, &str)] = &[
    ("Del", "Delaware"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("La", "Louisiana"),
    ("Mass", "Massachusetts"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Ore", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("Wash", "Washington State"),
];

/// Kinds of storm that weather services name: "Hurricane Helene", "Storm Babet".
const STORM_KINDS: &[&str] = &["Cyclone", "Hurricane", "Storm", "Typhoon"];

/// Title words that qualify a role rather than name one: no person evidence on their own.
const TITLE_MODIFIERS: &[&str] = &[
    "Acting",
    "Affairs",
    "Assistant",
    "Crown",
    "Defence",
    "Defense",
    "Democratic",
    "Deputy",
    "Economy",
    "Energy",
    "Finance",
    "Foreign",
    "Former",
    "GOP",
    "Health",
    "Homeland",
    "Interior",
    "National",
    "Prime",
    "Security",
    "Senior",
    "State",
    "Supreme",
    "Trade",
    "Treasury",
    "Vice",
];

/// Words before a capitalised run that make it a thing or a body rather than a person.
/// Verbs of a match result: the names around them are teams ("Leicestershire beat Somerset").
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "blanked", "crushed", "defeated", "downed", "drew", "edged", "routed",
    "thrashed",
];

/// Sports roles after a club's name: "Norwich striker Keith O'Neill", "Surrey captain".
const TEAM_ROLES: &[&str] = &[
    "all-rounder",
    "batsman",
    "boss",
    "bowler",
    "captain",
    "center-back",
    "centre-back",
    "coach",
    "defender",
    "fans",
    "fly-half",
    "full-back",
    "fullback",
    "goalkeeper",
    "keeper",
    "manager",
    "midfielder",
    "pitcher",
    "playmaker",
    "quarterback",
    "scrum-half",
    "shortstop",
    "skipper",
    "spinner",
    "striker",
    "supporters",
    "winger",
];

/// Words before a team's name in fixtures and results ("v Durham", "defeated the Royals").
const RESULT_BEFORE: &[&str] = &["beat", "defeated", "v", "vs"];

/// In a sports report, words that (with [`LOCATIVES`]) leave the town after them the place:
/// "at Headingley", "flew to Leeds". After any other word a town is its team: "homered for
/// Cleveland", "a lead over Seattle", "rivals Essex".
const PLACE_BEFORE: &[&str] = &[
    "at", "from", "into", "of", "through", "to", "via", "visit", "visited", "visiting",
];

/// In a sports report, verbs after a town that make it the town's team: "Boston rallied".
const SPORTS_VERBS_AFTER: &[&str] = &[
    "clinched", "lost", "rallied", "scored", "snapped", "swept", "tied", "trailed", "won",
];

/// Words before "Democrats" or "Republicans" that name another country's party: "Free
/// Democrats", "Social Democrats", "Christian Democrats".
const PARTY_ADJECTIVES: &[&str] = &["Christian", "Free", "Radical", "Social"];

/// Words the lists give to a U.S. body that other countries' stories use for their own.
const US_GENERIC_BODIES: &[&str] = &[
    "Congress",
    "House",
    "House of Representatives",
    "Senate",
    "Supreme Court",
];

/// Nouns after a match's score: "a 2-1 win".
const RESULT_NOUNS: &[&str] = &["defeat", "draw", "loss", "thrashing", "victory", "win"];

/// How many words of sport a body needs, two of them different, to read as a sports report.
const SPORTS_WORDS_NEEDED: usize = 3;

/// Nouns that introduce a firm's, club's or outlet's name: "packaging company Cofinec",
/// "Belgian club Standard Liege", "news agency Tanjug".
const ORG_DESCRIPTORS: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "bank",
    "brewer",
    "broadcaster",
    "broker",
    "carmaker",
    "carrier",
    "charity",
    "chipmaker",
    "club",
    "company",
    "conglomerate",
    "daily",
    "drugmaker",
    "firm",
    "giant",
    "group",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "newspaper",
    "nonprofit",
    "operator",
    "planemaker",
    "producer",
    "publisher",
    "regulator",
    "retailer",
    "side",
    "startup",
    "steelmaker",
    "watchdog",
];

/// Last words of the names of parties, movements and relief bodies that open with a
/// nationality word: "Indonesian Democratic Party", "Iraqi National Congress", "North Korean
/// Red Cross", "Palestinian Authority". (Not "Ministry" or "Army": "German Foreign Ministry"
/// is the German one of many.)
const PARTY_HEADS: &[&str] = &[
    "Alliance",
    "Authority",
    "Congress",
    "Crescent",
    "Cross",
    "Front",
    "League",
    "Movement",
    "Party",
];

/// Head words that open an organization's name rather than end it: "Radio Okapi", "Banco
/// Santander", "Grupo Bimbo", "Groupe Casino" (general knowledge; hand-made for newsdb).
const HEADS_FIRST: &[&str] = &["Banca", "Banco", "Groupe", "Grupo", "Radio"];

/// Head words that open the name of a hill, a street, an island, a river, a mountain or a lake
/// in English, Malay and Arabic ("Bukit Chagar", "Pulau Ubin", "Wadi Rum", "Mount Kenya";
/// general knowledge; hand-made for newsdb). Romance ones are [`ROMANCE_PLACE_NOUNS`].
const PLACE_HEADS_FIRST: &[&str] = &[
    "Bukit", "Gunung", "Jabal", "Jalan", "Jebel", "Kampung", "Lago", "Lake", "Mont", "Mount",
    "Pulau", "Sungai", "Tanjung", "Wadi",
];

/// Words after a town that name its club ("Manchester United", "Bristol Rovers").
const CLUB_WORDS: &[&str] = &[
    "Albion",
    "Athletic",
    "City",
    "Rovers",
    "United",
    "Wanderers",
];

/// Head words of institutions that no one has for a surname: before "of", a name ending in
/// one is the institution's even when a given name opens it ("Maxwell School of Syracuse
/// University", not the person "Lynn Reaser of Barnett Banks"). Hand-made for newsdb.
const INSTITUTION_HEADS: &[&str] = &[
    "Academy",
    "Agency",
    "Association",
    "Bureau",
    "Center",
    "Centre",
    "College",
    "Commission",
    "Committee",
    "Confederation",
    "Council",
    "Department",
    "Directorate",
    "Foundation",
    "Government",
    "Institute",
    "Institution",
    "Ministry",
    "Museum",
    "Office",
    "Police",
    "School",
    "Secretariat",
    "University",
];

/// Last words of newspapers' names that, after "the", name the paper alone: "the Times
/// wrote", "the Post reported" (general knowledge; hand-made for newsdb).
const NEWSPAPER_HEADS: &[&str] = &[
    "Chronicle",
    "Examiner",
    "Gazette",
    "Globe",
    "Herald",
    "Inquirer",
    "Journal",
    "Post",
    "Telegraph",
    "Times",
    "Tribune",
];

/// The commonest Chinese, Korean and Vietnamese family names, written first ("Wang Donghai",
/// "Kim Dae-jung", "Nguyen Van Linh"): the word alone later is that person, even where the
/// given-name lists also hold it (general knowledge; hand-made for newsdb).
const FAMILY_NAMES_FIRST: &[&str] = &[
    "Ahn", "Bo", "Bui", "Cai", "Cao", "Chan", "Chen", "Cheng", "Cheung", "Cho", "Choi", "Cui",
    "Dang", "Deng", "Ding", "Dong", "Du", "Fan", "Fang", "Feng", "Gao", "Guo", "Han", "Hoang",
    "Hou", "Hu", "Huang", "Hwang", "Jang", "Jiang", "Jin", "Jung", "Kang", "Kim", "Kwon", "Lai",
    "Lam", "Le", "Lee", "Leung", "Li", "Liang", "Liao", "Lim", "Lin", "Liu", "Lu", "Luo", "Ma",
    "Mao", "Meng", "Moon", "Ng", "Ngo", "Nguyen", "Pan", "Park", "Peng", "Pham", "Qian", "Qin",
    "Ri", "Shen", "Shi", "Shin", "Song", "Su", "Sun", "Tan", "Tang", "Tian", "Tran", "Vo", "Wang",
    "Wei", "Wen", "Wong", "Wu", "Xi", "Xia", "Xiao", "Xie", "Xu", "Yan", "Yang", "Yao", "Ye",
    "Yoon", "Yu", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng", "Zhong", "Zhou", "Zhu", "Zou",
];

/// Whether `word` is a given name of two syllables joined by a hyphen, the second in lower
/// case ("Sang-cheol", "Ji-won", "Jae-in").
fn hyphenated_given_name(word: &str) -> bool {
    let syllable = |s: &str, upper: bool| {
        (2..=5).contains(&s.len())
            && s.chars().enumerate().all(|(k, c)| {
                c.is_ascii_alphabetic() && (c.is_ascii_uppercase() == (upper && k == 0))
            })
    };
    word.split_once('-')
        .is_some_and(|(a, b)| syllable(a, true) && syllable(b, false))
}

/// Words that open the names of clubs named after their town, before the town: "Dynamo
/// Moscow", "Real Madrid", "Red Star Belgrade" (European football and basketball naming
/// customs; hand-made for newsdb).
const CLUB_PREFIXES: &[&str] = &[
    "AC",
    "AEK",
    "Admira",
    "Atletico",
    "Bayer",
    "Bayern",
    "Borussia",
    "CSKA",
    "Celta",
    "Deportivo",
    "Dinamo",
    "Dukla",
    "Dynamo",
    "Eintracht",
    "FC",
    "Fortuna",
    "Hajduk",
    "Hapoel",
    "Hertha",
    "Inter",
    "Lech",
    "Legia",
    "Lokomotiv",
    "Maccabi",
    "Olimpija",
    "Olympique",
    "Partizan",
    "Racing",
    "Rapid",
    "Real",
    "Red Star",
    "Rotor",
    "Shakhtar",
    "Slavia",
    "Slovan",
    "Sparta",
    "Spartak",
    "Sporting",
    "Standard",
    "Steaua",
    "Sturm",
    "Torpedo",
    "Werder",
    "Widzew",
    "Wisla",
    "Zalgiris",
    "Zenit",
];

const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "her",
    "his",
    "its",
    "my",
    "our",
    "so-called",
    "that",
    "the",
    "their",
    "these",
    "this",
    "those",
    "whose",
    "your",
];

/// Top-level domains that make a dotted word an organization's web site.
const DOMAINS: &[&str] = &[
    "at", "au", "be", "ca", "ch", "co", "com", "cz", "de", "es", "eu", "fr", "gov", "hu", "ie",
    "in", "info", "int", "io", "it", "net", "news", "nl", "org", "pl", "ro", "ru", "se", "tv",
    "ua", "uk", "us",
];

/// A word or a gazetteer form: the units capitalised runs are made of.
#[derive(Clone, Copy, Debug)]
struct Unit {
    start: usize,
    end: usize,
    /// The gazetteer form this unit is, if any.
    hit: Option<Hit>,
    joined: bool,
    /// Part of the same hyphenated word as the unit before ("NATO" in "Ukraine-NATO").
    glued: bool,
    sentence_start: bool,
    possessive: bool,
    headline: bool,
}

/// A stretch of capitalised units that no rule classified yet.
struct Pending {
    units: Vec<usize>,
    /// Its run follows a determiner ("the Republican"): a thing, not a person's surname.
    after_the: bool,
}

/// Per-article state: entities so far, mentions so far.
struct Article<'a> {
    body: &'a str,
    gaz: &'a Gazetteer,
    words: &'a Words,
    units: Vec<Unit>,
    entities: Vec<Entity>,
    index: HashMap<(Kind, String), usize>,
    mentions: Vec<Mention>,
    pending: Vec<Pending>,
    acronyms: HashMap<String, usize>,
    /// Entities found by evidence rather than by the shape of their words alone.
    strong: HashSet<usize>,
    /// Gazetteer entry → entity, so repeated forms skip the key look-up.
    known_entity: HashMap<usize, usize>,
    /// The run being classified follows "the": a thing or a body, not a person.
    after_the: bool,
    /// Byte offset where each line of the body starts.
    line_starts: Vec<usize>,
    /// Per line: whether it reads as a results or standings line (names, scores, few words).
    score_line: Vec<bool>,
    /// Teams the article names by a result cue, by key: other mentions of the name are the team.
    teams: HashMap<String, usize>,
    /// The article reads as a sports report (see [`sports_report`]): its towns are mostly
    /// its teams (see [`Article::sports_cue`]).
    sports: bool,
    /// Units before this one already belong to a name that ran past its run's end.
    consumed: usize,
}

/// Listed clubs by nickname, the word or two after their town: "Milwaukee Brewers" →
/// "brewers", "Boston Red Sox" → "red sox" (a listed organization whose name is a listed
/// place and one or two capitalised words ending in "s" or "x"). A nickname two clubs share
/// ("Rangers": Texas, Glasgow, New York) maps to `None`. Built on first use.
static CLUB_NICKNAMES: LazyLock<HashMap<String, Option<usize>>> =
    LazyLock::new(|| club_nicknames(&GAZETTEER));

fn club_nicknames(gaz: &Gazetteer) -> HashMap<String, Option<usize>> {
    let places: HashSet<&str> = gaz
        .known
        .iter()
        .filter(|k| k.kind == Kind::Place)
        .map(|k| k.name.as_str())
        .collect();
    let mut clubs: HashMap<String, Option<usize>> = HashMap::new();
    for (i, known) in gaz.known.iter().enumerate() {
        let words: Vec<&str> = known.name.split(' ').collect();
        let plural = words
            .last()
            .is_some_and(|w| (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with('x'));
        if known.kind != Kind::Organization || words.len() < 2 || !plural {
            continue;
        }
        for split in words.len().saturating_sub(2).max(1)..words.len() {
            let nickname = &words[split..];
            if places.contains(words[..split].join(" ").as_str())
                && nickname.iter().all(|w| w.starts_with(char::is_uppercase))
            {
                clubs
                    .entry(names::key(&nickname.join(" ")))
                    .and_modify(|c| {
                        if *c != Some(i) {
                            *c = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
    }
    clubs
}

/// [`find`] with explicit name and word lists, so tests can use small ones.
fn find_with(body: &str, gaz: &Gazetteer, words: &Words) -> (Vec<Entity>, Vec<Mention>) {
    let tokens = tokenize(body);
    let hits = accept_lower_case(gaz.find(body));
    let units = units(body, &tokens, &hits);
    let mut art = Article {
        body,
        gaz,
        words,
        units,
        entities: Vec::new(),
        index: HashMap::new(),
        mentions: Vec::new(),
        pending: Vec::new(),
        acronyms: HashMap::new(),
        after_the: false,
        line_starts: Vec::new(),
        score_line: Vec::new(),
        teams: HashMap::new(),
        sports: false,
        known_entity: HashMap::new(),
        strong: HashSet::new(),
        consumed: 0,
    };
    art.given_name_places();
    art.sports = sports_report(body, &art.units, words);
    art.score_lines();
    art.first_pass();
    art.second_pass();
    art.mentions.sort_by_key(|m| m.start);
    (art.entities, art.mentions)
}

/// Keep a lower-case form ("kyiv") only when the article also writes that entity with capitals.
fn accept_lower_case(hits: Vec<Hit>) -> Vec<Hit> {
    if !hits.iter().any(|h| h.lower) {
        return hits;
    }
    let cased: HashSet<usize> = hits.iter().filter(|h| !h.lower).map(|h| h.known).collect();
    hits.into_iter()
        .filter(|h| !h.lower || cased.contains(&h.known))
        .collect()
}

/// Merge tokens and gazetteer hits into one ordered list of units.
///
/// Inside a hyphenated word the hits count only when every capitalised part is known
/// ("Russia-Ukraine", "Kyiv-based"; not "Atlantic" in "Euro-Atlantic").
fn units(body: &str, tokens: &[Token], hits: &[Hit]) -> Vec<Unit> {
    let mut out = Vec::with_capacity(tokens.len());
    let (mut t, mut h) = (0, 0);
    while t < tokens.len() {
        let tok = tokens[t];
        while h < hits.len() && hits[h].end <= tok.start {
            h += 1;
        }
        let (mut lo, mut k) = (h, h);
        while lo > 0 && hits[lo - 1].end > tok.start {
            lo -= 1;
        }
        while k < hits.len() && hits[k].start < tok.end {
            k += 1;
        }
        if k > h && !hyphen_parts_known(body, tok, &hits[lo..k]) {
            h = k;
            while h < hits.len() && hits[h].start < tok.end {
                h += 1;
            }
        }
        if h < hits.len() && hits[h].start < tok.end {
            let hit = hits[h];
            let mut last = t;
            while last + 1 < tokens.len() && tokens[last + 1].start < hit.end {
                last += 1;
            }
            let at_start = hit.start == tok.start;
            out.push(Unit {
                start: hit.start,
                end: hit.end,
                hit: Some(hit),
                joined: tok.joined && at_start,
                glued: !at_start,
                sentence_start: tok.sentence_start && at_start,
                possessive: tokens[last].possessive && hit.end >= tokens[last].end,
                headline: tok.headline,
            });
            h += 1;
            t = if h < hits.len() && hits[h].start < tokens[last].end {
                last
            } else {
                last + 1
            };
        } else {
            out.push(Unit {
                start: tok.start,
                end: tok.end,
                hit: None,
                joined: tok.joined,
                glued: false,
                sentence_start: tok.sentence_start,
                possessive: tok.possessive,
                headline: tok.headline,
            });
            t += 1;
        }
    }
    out
}

/// Whether a body reads as a sports report: it uses [`SPORTS_WORDS_NEEDED`] words of sport
/// ("innings", "homered", "striker"), at least two of them different.
fn sports_report(body: &str, units: &[Unit], words: &Words) -> bool {
    let mut first: Option<&str> = None;
    let (mut count, mut two_kinds) = (0, false);
    for (i, unit) in units.iter().enumerate().filter(|(_, u)| u.hit.is_none()) {
        let word = &body[unit.start..unit.end];
        // "a 2-1 win", "their 3-0 defeat": a match's score (not "a 5-4 ruling"); "Kansas City
        // (2-0)": a season's record
        let result = || {
            if !word.starts_with(|c: char| c.is_ascii_digit()) {
                return false;
            }
            let score = word.split_once('-').is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
            });
            let before_noun = units.get(i + 1).is_some_and(|next| {
                next.joined && RESULT_NOUNS.contains(&&body[next.start..next.end])
            });
            let record =
                body[..unit.start].ends_with(" (") && record_after(&body[unit.start - 2..]);
            (score && before_noun) || record
        };
        // (lower case, or a number first: "3-pointers")
        if !word.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()) {
            continue;
        }
        let word = if words.sport_words.contains(word) {
            word
        } else if result() {
            "2-1 win"
        } else {
            continue;
        };
        count += 1;
        two_kinds |= first.is_some_and(|f| f != word);
        first = first.or(Some(word));
        if count >= SPORTS_WORDS_NEEDED && two_kinds {
            return true;
        }
    }
    false
}

/// A team's season record in brackets: "Kansas City (2-0)", "Cincinnati (10-5-2)".
fn record_after(text: &str) -> bool {
    let Some(inside) = text
        .strip_prefix(" (")
        .and_then(|t| t.split_once(')'))
        .map(|(inside, _)| inside)
    else {
        return false;
    };
    let mut numbers = inside.split('-');
    (2..=3).contains(&numbers.clone().count())
        && numbers.all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether each capitalised hyphen-separated part of a word lies inside one of `hits`.
fn hyphen_parts_known(body: &str, tok: Token, hits: &[Hit]) -> bool {
    let word = &body[tok.start..tok.end];
    if !word.contains('-') {
        return true;
    }
    let mut offset = tok.start;
    for part in word.split('-') {
        let (ps, pe) = (offset, offset + part.len());
        offset = pe + 1;
        let capital = part.chars().next().is_some_and(char::is_uppercase);
        if capital && !hits.iter().any(|h| h.start <= ps && h.end >= pe) {
            return false;
        }
    }
    true
}

/// Whether `word` lower-cased is in `set`. Short ASCII words are lower-cased on the stack:
/// this runs for every capitalised word.
fn lower_in(set: &HashSet<String>, word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|w| set.contains(w));
    }
    set.contains(&word.to_lowercase())
}

/// Whether the words around `body[start..end]` make it a place: a preposition before it
/// ("in Washington", "from Jordan"), a hyphen joining it to another word ("Washington-based"),
/// a comma and a state or country after it ("Washington, D.C."), or a line to itself (a
/// dateline).
fn place_context(body: &str, start: usize, end: usize) -> bool {
    let before = body[..start].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let preposition = matches!(
        word,
        "in" | "at"
            | "from"
            | "to"
            | "of"
            | "for"
            | "near"
            | "into"
            | "on"
            | "via"
            | "across"
            | "outside"
            | "toward"
            | "towards"
            | "around"
            | "throughout"
            | "through"
            | "over"
            | "visit"
            | "visited"
            | "visiting"
            | "leave"
            | "left"
            | "leaving"
    );
    let after = &body[end..];
    let joined = body[..start].ends_with('-') || after.starts_with('-');
    let line = (before.is_empty() || before.ends_with('\n'))
        && (after.is_empty()
            || after.starts_with('\n')
            || after.starts_with(" 1")
            || after.starts_with(" 2"));
    preposition
        || joined
        || after.starts_with(", ") && after[2..].starts_with(char::is_uppercase)
        || line
}

/// [`dateline_place`] of the line (or the text from a line's start) `line`, for a name `at`
/// bytes into it; `None` when the line opens with no word in capitals, as most lines do, or
/// the name lies too far in to be a dateline's.
fn dateline_place_from(line: &str, at: usize) -> Option<(usize, bool)> {
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let line = line.trim_end_matches('\r');
    let opening = line.split([' ', ',']).next().unwrap_or_default();
    if at > 64 || !all_caps(opening) {
        return None;
    }
    // the place, its mark and what follows lie early in the line
    let line = &line[..line.char_indices().nth(96).map_or(line.len(), |(i, _)| i)];
    Some(dateline_place(line))
}

/// How many bytes of `line` name the place of a dateline, 0 when it is none: the town in
/// capitals (three words at most), perhaps a comma and its state or country, then a date,
/// the agency in brackets and a dash, or a dash ("KHASAVYURT , Russia 1996-08-31", "LONDON
/// (Reuters) -", "KYIV, Ukraine —"). The flag says whether more than a dash follows the
/// town alone: "EXCLUSIVE —" opens a story too.
fn dateline_place(line: &str) -> (usize, bool) {
    // the place ends where the date, the bracket or the dash begins, early in the line
    let Some((at, mark)) = line.char_indices().take(60).find(|&(i, c)| {
        matches!(c, '(' | '—' | '–') || (c.is_ascii_digit() && dateline_after(&line[i..]) && i > 0)
    }) else {
        return (0, false);
    };
    let follows = match mark {
        '(' => line[at..].find(')').is_some_and(|close| {
            let agency = &line[at + 1..at + close];
            close <= 24
                && agency.starts_with(char::is_uppercase)
                && line[at + close + 1..]
                    .trim_start()
                    .starts_with(['-', '–', '—'])
        }),
        _ => true,
    };
    let place = line[..at].trim_end_matches([' ', ',']);
    let (town, region) = place.split_once(',').unwrap_or((place, ""));
    let town_ok = town.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && town.split_whitespace().count() <= 3
        && town
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    let region = region.trim();
    let region_ok = region.len() <= 30
        && region.split(' ').all(|w| {
            w.is_empty() || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
    let more = !region.is_empty() || mark != '—' && mark != '–';
    match (
        follows && town_ok && region_ok,
        region.contains(|c: char| c.is_ascii_digit()),
    ) {
        (false, _) => (0, false),
        // "LONDON, Nov 23 (Reuters) -": the date is no place
        (true, true) => (town.len(), more),
        (true, false) => (place.len(), more),
    }
}

/// Whether a word is a bowler's figures, overs-maidens-runs-wickets: "7-0-29-0", "9.5-0-44-1".
fn bowling_figures(word: &str) -> bool {
    let mut parts = word.split('-');
    let overs = parts.next().unwrap_or_default();
    let (whole, balls) = overs.split_once('.').unwrap_or((overs, "0"));
    let digits = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    digits(whole)
        && balls.len() == 1
        && digits(balls)
        && parts.by_ref().take(3).filter(|p| digits(p)).count() == 3
        && parts.next().is_none()
}

/// The compass word an abbreviation before a nationality stands for: "S." in "S. Korean".
fn compass_abbreviation(word: &str) -> Option<&'static str> {
    match word.trim_end_matches('.') {
        "S" => Some("South"),
        "N" => Some("North"),
        _ => None,
    }
}

/// A word in capitals as a list spells a group word: "SCOTTISH" → "Scottish", "SHI'ITE" →
/// "Shi'ite". Unlike [`names::title_case`], which capitalises after every mark for names
/// ("O’Brien"), only the first letter stays a capital.
fn first_capital(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// Whether a word opens with a capital ("Kyiv", "JOHN", "al-Assad").
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // a particle prefix has at most three bytes, so its hyphen is among the first four
        Some(c) if c.is_lowercase() => match word.bytes().take(4).position(|b| b == b'-') {
            Some(i) => {
                PARTICLES.contains(&&word[..i])
                    && word[i + 1..].chars().next().is_some_and(char::is_uppercase)
            }
            None => false,
        },
        _ => false,
    }
}

/// Whether a dateline's date follows: " 1996-08-30", ", England 1996-08-31".
fn dateline_after(rest: &str) -> bool {
    // a short look ahead keeps this constant-time on long lines
    let rest = &rest[..rest.char_indices().nth(48).map_or(rest.len(), |(i, _)| i)];
    let line = rest
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches([' ', ',']);
    let date = line.trim_start_matches(|c: char| !c.is_ascii_digit());
    date.len() >= 10
        && date.as_bytes()[..10].iter().enumerate().all(|(i, &c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && line.len() - date.len() <= 30
}

/// Whether a word is written as brands are, a capital inside after three letters or more
/// ("PolitiFact", "YouTube", "FedEx", "SoftBank"): surnames' inner capitals follow a short
/// particle instead ("McConnell", "MacArthur", "DuVernay", "LeBron", "DiCaprio").
fn camel_case_brand(word: &str) -> bool {
    let mut chars = word.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return false;
    }
    let Some((at, _)) = chars
        .take_while(|&(_, c)| c.is_alphabetic())
        .find(|&(_, c)| c.is_uppercase())
    else {
        return false;
    };
    let lead = &word[..at];
    lead.chars().count() >= 3
        && lead.chars().skip(1).all(char::is_lowercase)
        && !["Mac", "Van", "Von", "Fitz", "Della", "Delle"].contains(&lead)
        && word[at..].chars().skip(1).any(char::is_lowercase)
}

/// Whether the text before a name ends in "in" or "at": "In Seattle, Pete Incaviglia's
/// grand slam", "CLEVELAND AT TEXAS" (the town where a game is played).
fn venue_before(before: &str) -> bool {
    let word = before
        .trim_end_matches(' ')
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    word.eq_ignore_ascii_case("in") || word.eq_ignore_ascii_case("at")
}

/// An initial such as "F." in "John F. Kennedy", or two ("J.P." in "J.P. Nadda").
fn all_initial(word: &str) -> bool {
    let b = word.as_bytes();
    let two = b.len() == 4
        && b[0].is_ascii_uppercase()
        && b[1] == b'.'
        && b[2].is_ascii_uppercase()
        && b[3] == b'.';
    (word.len() <= 3 && word.ends_with('.')) || two
}

/// Three capitals or more, each with a dot after it: "M.T.A.", "N.A.A.C.P.".
fn dotted_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 6
        && b.chunks(2)
            .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Whether a word is written in capitals ("JOHN", "NATO").
/// The first letters of a name's capitalised words: "RBI" for "Reserve Bank of India".
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// The singular of a regular plural noun: "towns" → "town", "companies" → "company".
fn singular(noun: &str) -> Option<String> {
    noun.strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| noun.strip_suffix('s').map(str::to_string))
}

fn all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// A web site named as a word ("Antiwar.com", "bloomberg.com").
fn is_domain(word: &str) -> bool {
    // a byte loop: this runs for every word, and words are short
    let Some(dot) = word.bytes().rposition(|b| b == b'.') else {
        return false;
    };
    let (name, tld) = (&word[..dot], &word[dot + 1..]);
    DOMAINS.iter().any(|d| d.eq_ignore_ascii_case(tld))
        && name.len() >= 3
        && name.split('.').all(|p| p.len() >= 2)
        && name.chars().any(char::is_alphabetic)
}

impl<'a> Article<'a> {
    /// Whether unit `u` is a gazetteer form of this kind.
    fn listed_as(&self, u: usize, kind: Kind) -> bool {
        self.units[u]
            .hit
            .is_some_and(|h| self.gaz.known[h.known].kind == kind)
    }

    fn text(&self, u: usize) -> &str {
        let unit = &self.units[u];
        &self.body[unit.start..unit.end]
    }

    /// A word's form for list look-ups: title abbreviations without their dot are the same title.
    fn is_title(&self, u: usize) -> bool {
        let w = self.text(u);
        let title = |w: &str| {
            self.words.titles.contains(w) || self.words.titles.contains(w.trim_end_matches('.'))
        };
        // "Major-General", "Lieutenant-Colonel"
        self.units[u].hit.is_none() && (title(w) || (w.contains('-') && w.split('-').all(title)))
    }

    /// "U.S. District Judge", "Manhattan District Attorney": a court's district, part of the
    /// title after it and no place of its own.
    fn court_district(&self, u: usize) -> bool {
        self.text(u) == "District"
            && self.units.get(u + 1).is_some_and(|next| next.joined)
            && matches!(self.text(u + 1), "Judge" | "Attorney")
    }

    fn is_connector(&self, u: usize) -> bool {
        self.units[u].hit.is_none() && CONNECTORS.contains(&self.text(u))
    }

    fn is_cap(&self, u: usize) -> bool {
        match self.units[u].hit {
            Some(h) => !h.lower,
            None => capitalised(self.text(u)),
        }
    }

    /// Add (or find) an entity and record a mention of it.
    fn mention(
        &mut self,
        start: usize,
        end: usize,
        name: String,
        kind: Kind,
        key: String,
    ) -> usize {
        // `Robert C. "Bobby" Scott` is Robert C. Scott, whom the article may call Bobby Scott
        let mut nickname = None;
        let plain = (kind == Kind::Person).then(|| names::without_nickname(&name));
        let (name, key) = match plain.flatten() {
            Some((plain, nick)) => {
                let surname = plain.rsplit(' ').next().unwrap_or_default();
                nickname = Some(names::key(&format!("{nick} {surname}")));
                let key = names::key(&plain);
                (plain, key)
            }
            _ => (name, key),
        };
        let entity = self.entity(&name, kind, key);
        if let Some(alias) = nickname {
            self.index.entry((kind, alias)).or_insert(entity);
        }
        // a person's fuller name ("Jens Stoltenberg"), an event as the body writes it ("World
        // Cup", not the headline's "WORLD CUP")
        if matches!(kind, Kind::Person | Kind::Event)
            && names::name_rank(&name) > names::name_rank(&self.entities[entity].name)
        {
            self.entities[entity].name = name;
        }
        self.mentions.push(Mention { entity, start, end });
        entity
    }

    /// The entity of `kind` with identity `key`, added under `name` if the article has none.
    fn entity(&mut self, name: &str, kind: Kind, key: String) -> usize {
        let slot = (kind, key);
        if let Some(&entity) = self.index.get(&slot) {
            return entity;
        }
        let entity = self.entities.len();
        self.entities.push(Entity {
            name: name.to_string(),
            kind,
            key: slot.1.clone(),
        });
        self.index.insert(slot, entity);
        entity
    }

    /// [`Article::mention`] of the span `start..end` named as the body writes it.
    fn mention_written(&mut self, start: usize, end: usize, kind: Kind) -> usize {
        let name = self.body[start..end].to_string();
        let key = names::key(&name);
        self.mention(start, end, name, kind, key)
    }

    fn mention_known(&mut self, u: usize, hit: Hit) -> usize {
        let hit = self
            .agency_reading(u)
            .map_or(hit, |known| Hit { known, ..hit });
        if let Some(&entity) = self.known_entity.get(&hit.known) {
            self.mentions.push(Mention {
                entity,
                start: self.units[u].start,
                end: self.units[u].end,
            });
            return entity;
        }
        let known = &self.gaz.known[hit.known];
        let (name, kind, key) = (known.name.clone(), known.kind, known.key.clone());
        let entity = self.mention(self.units[u].start, self.units[u].end, name, kind, key);
        self.known_entity.insert(hit.known, entity);
        self.strong.insert(entity);
        // "the Boston Red Sox ... the Red Sox", "Goldman Sachs ... Sachs": a listed club or
        // firm by the plural word or two that end its name (not a head word that any firm
        // may end with: "Airlines, banks and broadcasters" beside "United Airlines")
        let name = &self.entities[entity].name;
        if kind == Kind::Organization
            && let Some((head, last)) = name.rsplit_once(' ')
            && last.ends_with('s')
            && !last.ends_with("ss")
            && last.starts_with(char::is_uppercase)
            && !self.words.org_words.contains(last)
        {
            let two = head
                .rsplit(' ')
                .next()
                .filter(|w| w.starts_with(char::is_uppercase));
            let mut nicknames = vec![names::key(last)];
            if let Some(w) = two.filter(|_| head.contains(' ')) {
                nicknames.push(names::key(&format!("{w} {last}")));
            }
            for nickname in nicknames {
                self.teams.entry(nickname).or_insert(entity);
            }
        }
        entity
    }

    /// The news agency an acronym of [`AGENCY_ACRONYMS`] stands for where the article credits
    /// an agency with it: in brackets in a dateline or closing a paragraph ("MELBOURNE (AAP)
    /// -", "…on Monday. (PTI)"), after "told" or "according to", before "reported", "quoted",
    /// "Image" or "news agency".
    fn agency_reading(&self, u: usize) -> Option<usize> {
        let &(_, agency) = AGENCY_ACRONYMS.iter().find(|(a, _)| *a == self.text(u))?;
        let start = self.units[u].start;
        let before = self.body[..start].trim_end_matches(' ');
        let after = self.after(u);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let closes_line = || {
            after[1..]
                .trim_start_matches([' ', '.'])
                .split('\n')
                .next()
                .is_some_and(str::is_empty)
        };
        let bracketed = before.ends_with('(') && after.starts_with(')');
        let last_word = before.rsplit([' ', '\n']).next().unwrap_or_default();
        // (a dateline opens its line with a place in capitals, or a place and a date:
        // "Mumbai, Jan 18 (PTI)")
        let dateline = || {
            let prefix = &self.body[line_start..start];
            let first = prefix.split([' ', ',']).next();
            start - line_start <= 60
                && (first.is_some_and(|w| w.len() >= 3 && all_caps(w))
                    || prefix.contains(", ") && prefix.contains(|c: char| c.is_ascii_digit()))
        };
        let credited = bracketed && (dateline() || closes_line())
            || last_word == "told"
            || before.ends_with(" according to")
            || [" reported", " quoted", " Image", " news agency"]
                .iter()
                .any(|w| after.starts_with(w));
        if !credited {
            return None;
        }
        let hits = self.gaz.find(agency);
        hits.iter()
            .find(|h| h.start == 0 && h.end == agency.len())
            .map(|h| h.known)
    }

    /// Mark the lines that read as results or standings: two numbers or more, and no more
    /// lower-case words than numbers ("Pohang 3 Ulsan 2", "Puchon 3 1 0 6 1 10").
    fn score_lines(&mut self) {
        self.line_starts.push(0);
        self.line_starts
            .extend(self.body.match_indices('\n').map(|(i, _)| i + 1));
        let mut counts = vec![(0u32, 0u32); self.line_starts.len()];
        let mut line = 0;
        for u in 0..self.units.len() {
            let start = self.units[u].start;
            while line + 1 < self.line_starts.len() && self.line_starts[line + 1] <= start {
                line += 1;
            }
            match self.text(u).chars().next() {
                Some(c) if c.is_ascii_digit() => counts[line].0 += 1,
                Some(c) if c.is_lowercase() => counts[line].1 += 1,
                _ => {}
            }
        }
        self.score_line = counts.iter().map(|&(n, l)| n >= 2 && l <= n).collect();
    }

    /// Whether unit `u` is a score ("3", "108-3"): not a year, a date or bowling figures.
    fn is_score(&self, u: usize) -> bool {
        let short = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
        match self.text(u).split_once('-') {
            Some((a, b)) => short(a) && short(b),
            None => short(self.text(u)),
        }
    }

    /// Cricket scorecard cues around the name `first..=last`: on a batting line that ends
    /// with the runs, the words for how the batsman went out name the batsman, the fielder
    /// and the bowler ("S. Law c Tillekeratne b Dharmasena 13", "Moin Khan lbw b Mullally
    /// 0"); a bowler's figures follow the name ("Vaas 7-0-29-0", "McGrath 9.5-0-44-1").
    fn scorecard_cue(&self, first: usize, last: usize) -> bool {
        let n = self.units.len();
        let next = last + 1;
        let gap = |a: usize, b: usize| self.body[self.units[a].end..self.units[b].start].trim();
        if next < n && gap(last, next).is_empty() && bowling_figures(self.text(next)) {
            return true;
        }
        let before = first > 0
            && self.units[first].joined
            && matches!(self.text(first - 1), "b" | "c" | "st");
        let after = next < n
            && self.units[next].joined
            && matches!(self.text(next), "b" | "c" | "st" | "lbw" | "run" | "not");
        if !(before || after) {
            return false;
        }
        let (_, from, to) = self.line_of(self.units[first].start);
        let text = self.body[from..to].trim_end();
        text.len() <= 80
            && text.ends_with(|c: char| c.is_ascii_digit())
            && (text.contains(" b ") || text.contains(" run out ") || text.contains(" not out "))
    }

    /// The line holding byte `pos`: its index in [`Article::line_starts`] and its span.
    fn line_of(&self, pos: usize) -> (usize, usize, usize) {
        let line = self
            .line_starts
            .partition_point(|&s| s <= pos)
            .saturating_sub(1);
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.body.len());
        (line, self.line_starts[line], end)
    }

    /// Whether unit `u` stands on a line of results or standings.
    fn on_score_line(&self, u: usize) -> bool {
        let (line, _, _) = self.line_of(self.units[u].start);
        self.score_line.get(line).copied().unwrap_or(false)
    }

    /// Result cues around the name `first..=last`: a score after it on a results line,
    /// a result verb after it, or "beat"/"v" before it.
    fn team_cue(&self, first: usize, last: usize) -> bool {
        let n = self.units.len();
        let next = last + 1;
        let scored =
            next < n && self.units[next].joined && self.is_score(next) && self.on_score_line(first);
        let verb_after = next < n
            && self.units[next].joined
            && !self.units[last].possessive
            && RESULT_VERBS.contains(&self.text(next));
        let verb_before = first > 0
            && self.units[first].joined
            && self.units[first - 1].hit.is_none()
            && RESULT_BEFORE.contains(&self.text(first - 1))
            // "v Durham", "Rangers beat Indians"; not "unless it beats Moscow"
            && (self.text(first - 1).starts_with('v')
                || (first >= 2 && self.units[first - 1].joined && self.is_cap(first - 2)));
        // (not a word opening the sentence: "Recalled fly-half Henry Honiball")
        let opener = first == last && self.units[first].sentence_start && self.common_word(first);
        let role_after = next < n
            && self.units[next].joined
            && !self.units[last].possessive
            && self.units[next].hit.is_none()
            && !opener
            && (TEAM_ROLES.contains(&self.text(next))
                // "Sunderland forward Niall Quinn"; not "Fast forward to 2022"
                || (self.text(next) == "forward"
                    && next + 1 < n
                    && self.units[next + 1].joined
                    && self.is_cap(next + 1)));
        scored || verb_after || verb_before || role_after || record_after(self.after(last))
    }

    /// The text after unit `u`.
    fn after(&self, u: usize) -> &str {
        &self.body[self.units[u].end..]
    }

    /// Group capitalised units into runs and classify each.
    fn first_pass(&mut self) {
        let n = self.units.len();
        let mut u = 0;
        while u < n {
            let unit = self.units[u];
            if unit.hit.is_none() && is_domain(self.text(u)) {
                let name = self.text(u).to_string();
                let key = name.to_lowercase();
                self.mention(unit.start, unit.end, name, Kind::Organization, key);
                u += 1;
                continue;
            }
            let starts_particle = || {
                unit.hit.is_none()
                    && u + 1 < n
                    && self.units[u + 1].joined
                    && self.units[u + 1].hit.is_none()
                    && PARTICLES.contains(&self.text(u))
                    && capitalised(self.text(u + 1))
            };
            if !self.is_cap(u) && !starts_particle() {
                if let Some(hit) = unit.hit {
                    self.mention_known(u, hit);
                }
                u += 1;
                continue;
            }
            let mut end = u + 1;
            // ("Paris-based Orsay Gestion": a hit inside a hyphenated word joins nothing after
            // the word)
            let whole = |k: usize| {
                self.units[k].glued
                    || !self.body[self.units[k - 1].end..self.units[k].start].starts_with('-')
            };
            while end < n
                && !self.units[end - 1].possessive
                && (self.units[end].joined || self.units[end].glued || self.ampersand_before(end))
                && whole(end)
            {
                if self.is_cap(end) {
                    end += 1;
                    continue;
                }
                // connectors: "Bank of England", "Ursula von der Leyen"
                let mut k = end;
                while k < n && self.units[k].joined && self.is_connector(k) && k - end < 2 {
                    k += 1;
                }
                if k > end && k < n && self.units[k].joined && self.is_cap(k) {
                    end = k + 1;
                } else {
                    break;
                }
            }
            if let Some(to) = self
                .body_goes_on_after_and(u, end)
                .or_else(|| self.body_opens_before_and(u, end))
            {
                end = to;
            }
            // "St. Peter's Square", "St. Paul's Cathedral": a saint's place, not the saint
            if end < n
                && matches!(self.text(u).split(' ').next(), Some("St." | "St" | "Saint"))
                && self.units[end - 1].possessive
                && self.units[end].hit.is_none()
                && self.body[self.units[end - 1].end..self.units[end].start].len() <= 4
                && self.words.place_words.contains(self.text(end))
                && !(end + 1 < n && self.units[end + 1].joined && self.is_cap(end + 1))
            {
                let (start, stop) = (self.units[u].start, self.units[end].end);
                let e = self.mention_written(start, stop, Kind::Place);
                self.strong.insert(e);
                u = end + 1;
                continue;
            }
            // "International Longshoremen's Association", "Nationwide Children's Hospital": a
            // group's possessive inside a body's name that ends in a head word
            if let Some(stop) = self.body_after_group_possessive(u, end) {
                // (not "The" opening the sentence; the run holds no connector)
                let mut first = u;
                while first + 1 < end && self.words.not_names.contains(self.text(first)) {
                    first += 1;
                }
                self.pieces(u, first, end);
                let (start, stop_at) = (self.units[first].start, self.units[stop].end);
                let e = self.mention_written(start, stop_at, Kind::Organization);
                self.strong.insert(e);
                u = stop + 1;
                continue;
            }
            // "Simon Pratt KC", "Jane Smith MP": honours and offices written after a name are
            // no part of it
            let mut stop = end;
            while stop >= u + 3 && POST_NOMINALS.contains(&self.text(stop - 1)) {
                stop -= 1;
            }
            self.run(u, stop);
            u = end.max(self.consumed);
        }
    }

    /// The last unit of a body's name that goes on past the plural group's possessive ending
    /// the run before `end` ("Longshoremen's", "Children's", "Veterans'"): one to three
    /// unlisted capitalised words ending in a head word and the run ("Association",
    /// "Hospital"). Not after a name's possessive ("Trump's Justice Department").
    fn body_after_group_possessive(&self, u: usize, end: usize) -> Option<usize> {
        let n = self.units.len();
        let group = end - 1;
        // (a body's own possessive names one of its parts: "the Court of Appeals' Ethics
        // Board"; a place may open the name: "Toronto Bond Traders' Association")
        let body_before = (u..group).any(|i| {
            (self.units[i].hit.is_some() && !self.listed_as(i, Kind::Place)) || self.is_connector(i)
        });
        if body_before {
            return None;
        }
        let word = self.text(group);
        let plural = word.ends_with('s') || word.ends_with("men") || word == "Children";
        // (or an office's: "the Prime Minister's Office", "the Governor's Office")
        let office = (u..end)
            .filter(|&i| !self.words.not_names.contains(self.text(i)))
            .all(|i| self.is_title(i));
        if end >= n
            || !self.units[group].possessive
            || self.units[group].hit.is_some()
            || !(office || (plural && self.common_word(group)))
            || self.units[group].headline
        {
            return None;
        }
        // (the possessive's "'s" stands between the group and the next word)
        let next_to = |k: usize| {
            if k == end {
                self.body[self.units[group].end..self.units[k].start].len() <= 4
            } else {
                self.units[k].joined
            }
        };
        let mut k = end;
        while k < n
            && k - end < 3
            && next_to(k)
            && self.units[k].hit.is_none()
            && self.is_cap(k)
            && !self.is_connector(k)
            && !self.is_title(k)
            && !self.units[k].possessive
        {
            k += 1;
        }
        // (or a title follows: "Longshoremen's Association President Harold Daggett")
        let ends = k == n || !self.units[k].joined || !self.is_cap(k) || self.is_title(k);
        (k > end && ends && self.words.org_words.contains(self.text(k - 1))).then_some(k - 1)
    }

    /// Where the name of a body in units `u..end` ends when it goes on after "and": "Ministry
    /// of Trade and Industry", "Institute for Energy Economics and Financial Analysis". The
    /// run names a body ("Ministry of", "Institute for") and one to three capitalised words
    /// after "and" end the run, none of them a given name, a title, a nationality or a name
    /// the lists know ("the Institute of Physics and Oxford University" is two).
    fn body_goes_on_after_and(&self, u: usize, end: usize) -> Option<usize> {
        const MOST: usize = 3;
        let n = self.units.len();
        if !self.body_link_before(u, end.saturating_sub(1))
            || end + 1 >= n
            || self.text(end) != "and"
            || !self.units[end].joined
        {
            return None;
        }
        // (a portfolio may end it: "Ministry of Energy and Infrastructure")
        let fits = |k: usize| {
            let w = self.text(k);
            (self.body_word(k) || self.portfolio_word(k)) && capitalised(w) && !all_caps(w)
        };
        let mut k = end + 1;
        while k < n && k - end <= MOST && fits(k) && !self.units[k - 1].possessive {
            k += 1;
        }
        let ends = k == n || !self.units[k].joined || !self.is_cap(k);
        (k > end + 1 && k - end <= MOST + 1 && ends).then_some(k)
    }

    /// Where the name of a body ends that opens with words joined to its head by "and" (and
    /// commas): "the Test and County Cricket Board", "the Commerce, Science and Transportation
    /// Committee". The run `u..end` follows "the" (or opens with "The") and holds one or two
    /// words, after a listed body's name if one opens it ("the Senate Commerce, ..."); one to
    /// three capitalised words after "and" end in a body's head word and the run. No other
    /// word is listed, a given name, a nationality or a word like "Monday" ("the Senate and
    /// House Intelligence Committee" and "the Israelis and Red Cross" are two).
    fn body_opens_before_and(&self, u: usize, end: usize) -> Option<usize> {
        const MOST: usize = 3;
        let n = self.units.len();
        let plain = |k: usize| {
            let w = self.text(k);
            capitalised(w) && !all_caps(w) && self.plain_word(k)
        };
        let mut first = if self.text(u) == "The" { u + 1 } else { u };
        let after_the = first > u
            || (u > 0
                && self.units[u].joined
                && self.units[u - 1].hit.is_none()
                && self.text(u - 1) == "the");
        // (and a listed body's name: "the Senate Commerce, Science and Transportation Committee")
        if after_the && first < end && self.listed_as(first, Kind::Organization) {
            first += 1;
        }
        if !after_the || first >= end || end - first > 2 || !(first..end).all(plain) {
            return None;
        }
        // "Commerce, Science and": single words after commas, then "and"
        let mut k = end;
        while k < n && self.text(k) != "and" {
            let comma = &self.body[self.units[k - 1].end..self.units[k].start] == ", ";
            if !comma || k - end >= MOST || !plain(k) {
                return None;
            }
            k += 1;
        }
        if k + 1 >= n || !self.units[k].joined {
            return None;
        }
        let mut m = k + 1;
        while m < n && m - k <= MOST && self.units[m].joined && plain(m) {
            m += 1;
        }
        let ends = m == n || !self.units[m].joined || !self.is_cap(m);
        (m > k + 1 && ends && self.words.org_words.contains(self.text(m - 1))).then_some(m)
    }

    /// Is unit `k` an unlisted title word joined to the one before, as a ministry's
    /// portfolio is ("Energy and Infrastructure")?
    fn portfolio_word(&self, k: usize) -> bool {
        self.units[k].joined && self.units[k].hit.is_none() && self.is_title(k)
    }

    /// Can unit `k` go on a body's name past its head ("Trade and Industry", "Steel Workers"):
    /// joined to the word before, unlisted, and no given name, title, nationality or word
    /// like "Monday"?
    fn body_word(&self, k: usize) -> bool {
        self.units[k].joined && !self.is_title(k) && self.plain_word(k)
    }

    /// Is unit `k` unlisted and no given name, nationality or word like "Monday"?
    fn plain_word(&self, k: usize) -> bool {
        let w = self.text(k);
        self.units[k].hit.is_none()
            && !self.first_name(k)
            && !self.words.demonyms.contains(w)
            && !self.words.not_names.contains(w)
    }

    /// Is there a body's head word and its "of", "for" or "on" within `u + 1..end` ("Ministry
    /// of", "Institute for", "Center on")?
    fn body_link_before(&self, u: usize, end: usize) -> bool {
        (u + 1..end).any(|i| {
            ORG_LINKS.contains(&self.text(i))
                && self.units[i - 1].hit.is_none()
                // not "the Bank on Friday"
                && !self.words.not_names.contains(self.text(i + 1))
                && self.words.org_words.contains(self.text(i - 1))
        })
    }

    /// "Douglas & Lomason": capitalised words joined by a spaced ampersand.
    fn ampersand_before(&self, u: usize) -> bool {
        u > 0 && self.body[self.units[u - 1].end..self.units[u].start] == *" & " && self.is_cap(u)
    }

    /// Classify the run of units `a..b`.
    fn run(&mut self, mut a: usize, b: usize) {
        self.after_the =
            a > 0 && self.units[a - 1].hit.is_none() && DETERMINERS.contains(&self.text(a - 1));
        let run_start = a;
        while a < b
            && self.units[a].hit.is_none()
            && (self.words.not_names.contains(self.text(a))
                || (self.is_connector(a) && !PARTICLES.contains(&self.text(a))))
            && self.demonym_at(a, b).is_none()
        {
            self.after_the |= self.text(a) == "The";
            a += 1;
        }
        // "Speaking on BBC Radio 4", "Writing for The Atlantic": a participle opening the
        // sentence and the connector after it are no part of a name
        if a + 2 < b
            && self.units[a].sentence_start
            && self.units[a].hit.is_none()
            && self.text(a).ends_with("ing")
            && self.common_word(a)
            && self.is_connector(a + 1)
            && matches!(self.text(a + 1), "on" | "for")
        {
            a += 2;
        }
        if a >= b {
            return;
        }
        let headline = self.units[a].headline;
        if let Some((first, head)) = self.event(a, b) {
            self.pieces(a, first, b);
            let (start, end) = (self.units[first].start, self.units[head].end);
            let e = self.mention_written(start, end, Kind::Event);
            self.strong.insert(e);
            self.acronym_after(head, e);
            self.pieces(head + 1, b, b);
            return;
        }
        // "Avenida de Mayo", "Bukit Chagar", "Mount Kenya", "Lake Geneva": a place's head word
        // that opens its name, then one to three capitalised words (and a particle: "de")
        if !headline
            && self.units[a].hit.is_none()
            && (PLACE_HEADS_FIRST.contains(&self.text(a))
                || ROMANCE_PLACE_NOUNS.contains(&self.text(a)))
        {
            let mut k = a + 1;
            while k < b
                && k - a <= 4
                && (self.is_cap(k) || (PARTICLES.contains(&self.text(k)) && k + 1 < b))
                && !self.units[k - 1].possessive
            {
                k += 1;
            }
            while k > a + 1 && !self.is_cap(k - 1) {
                k -= 1;
            }
            // (not a body named after the place: "Mount Sinai Hospital", "Lake Forest College")
            let named_for = (a + 1..b).any(|i| {
                self.units[i].hit.is_none() && self.words.org_words.contains(self.text(i))
            });
            if k > a + 1 && !named_for {
                let (start, end) = (self.units[a].start, self.units[k - 1].end);
                let e = self.mention_written(start, end, Kind::Place);
                self.strong.insert(e);
                self.pieces(k, b, b);
                return;
            }
        }
        // "Justice Against Sponsors of Terrorism Act", "Clean Power Plan": a law or a plan of
        // three words or more names no person or place of its own
        let last = b - 1;
        if b - a >= 3
            && self.units[last].hit.is_none()
            && LAW_WORDS.contains(&self.text(last))
            && !self.listed_as(a, Kind::Person)
        {
            return;
        }
        // "Paris Agreement", "Geneva Convention": a law or a document named after a place
        if last > a
            && self.units[last].hit.is_none()
            && self.words.thing_words.contains(self.text(last))
            && self.listed_as(a, Kind::Place)
            // (not "Kenya Commission for Human Rights": a body's name ends in the thing)
            && !(a + 1..last).any(|i| {
                self.units[i].hit.is_none() && self.words.org_words.contains(self.text(i))
            })
        {
            return;
        }
        // "Procter & Gamble", "Douglas & Lomason": firms named after partners
        if let Some(amp) = (a + 1..b)
            .find(|&i| self.ampersand_before(i))
            .filter(|_| !headline)
        {
            let mut first = amp - 1;
            // not "Family-controlled" in "Family-controlled Douglas & Lomason"
            while first > a && !self.is_connector(first - 1) && !self.hyphen_modifier(first - 1) {
                first -= 1;
            }
            self.pieces(a, first, b);
            let (start, end) = (self.units[first].start, self.units[b - 1].end);
            let e = self.mention_written(start, end, Kind::Organization);
            self.strong.insert(e);
            return;
        }
        // an organization head word: the name ends there, or goes on after "of"
        let org_at = (a..b)
            .rev()
            .find(|&i| self.units[i].hit.is_none() && self.words.org_words.contains(self.text(i)));
        // ("Saudi Energy Minister Prince Abdulaziz": a portfolio right before the title it
        // qualifies is no body's head word)
        let portfolio = |j: usize| j + 1 < b && self.is_title(j) && self.is_title(j + 1);
        if let Some(j) = org_at.filter(|&j| !headline && !portfolio(j)) {
            let mut last = j;
            // "Association of Steel Workers", "Institute for Energy Economics and Financial
            // Analysis": after a body's "of", "for" or "on", an industry's word goes on to the
            // plain words (and an "and" between them) that end the run
            if j + 1 < b && b - j <= 6 && self.body_link_before(run_start, j) {
                let plain = |k: usize| {
                    (self.body_word(k) || self.portfolio_word(k))
                        && self.is_cap(k)
                        && !self.is_connector(k)
                };
                let and = |k: usize| k + 1 < b && self.text(k) == "and";
                if !self.units[j].possessive
                    && (j + 1..b).all(|k| plain(k) || and(k))
                    && (j + 1..b).filter(|&k| plain(k)).count() <= 3
                {
                    last = b - 1;
                }
            }
            // "Kia Motor Corp of South Korea": a firm's legal suffix ends its name
            if j + 1 < b
                && ORG_LINKS.contains(&self.text(j + 1))
                && !CORPORATE_SUFFIXES.contains(&self.text(j))
            {
                // "Council on Foreign Relations", but not "Centre on Friday"
                // (nor "Division of Emergency Management Director Luis Ocampo": a title and a
                // given name after it begin the person)
                let person_at = |k: usize| {
                    self.is_title(k)
                        && k + 1 < b
                        && self.units[k].hit.is_none()
                        && self.first_name(k + 1)
                };
                let mut k = j + 2;
                while k < b && !self.words.not_names.contains(self.text(k)) && !person_at(k) {
                    k += 1;
                }
                while k > j + 2 && self.is_connector(k - 1) {
                    k -= 1;
                }
                // "Rose City Bakery on Hawthorne Boulevard": a street after "on" is where it is
                let street = self.text(j + 1) == "on"
                    && self.units[k - 1].hit.is_none()
                    && self.words.place_words.contains(self.text(k - 1));
                if k > j + 2 && !street {
                    last = k - 1;
                }
            }
            let mut first = self.org_start(run_start, a, j);
            while first < j
                && self.units[first]
                    .hit
                    .is_some_and(|h| self.gaz.known[h.known].country)
                && !self.units[first + 1].glued
                && GOVERNMENT_HEADS.contains(&self.text(j))
                && last - first >= 2
            {
                first += 1;
            }
            while first < j && self.is_title(first) && self.text(first).ends_with('.') {
                first += 1;
            }
            // "Radio Okapi", "Grupo Bimbo": a head word that opens the name goes on over the
            // capitalised words after it
            if first == j && last == j && HEADS_FIRST.contains(&self.text(j)) {
                let mut k = j + 1;
                while k < b
                    && k - j <= 3
                    && self.is_cap(k)
                    && !self.is_connector(k)
                    && !self.is_title(k)
                    && !self.units[k - 1].possessive
                {
                    k += 1;
                }
                last = k - 1;
            }
            if last > first {
                let first = self.spelled_by_acronym(first, last).unwrap_or(first);
                if let Some(end) = self.spelled_on_by_acronym(first, last) {
                    last = end;
                    self.consumed = end + 1;
                }
                self.pieces(a.min(first), first, b);
                let (start, end) = (self.units[first].start, self.units[last].end);
                // "Pirelli SpA", "Magna International Inc": a listed firm and its legal form
                let listed = self.units[first]
                    .hit
                    .map(|h| &self.gaz.known[h.known])
                    .filter(|k| k.kind == Kind::Organization)
                    .filter(|_| {
                        (first + 1..=last).all(|i| CORPORATE_SUFFIXES.contains(&self.text(i)))
                    });
                let (name, key) = match listed {
                    Some(k) => (k.name.clone(), k.key.clone()),
                    None => {
                        let name = self.body[start..end].to_string();
                        let key = names::key(&name);
                        (name, key)
                    }
                };
                let e = self.mention(start, end, name, Kind::Organization, key);
                if let Some(h) = self.units[first].hit.filter(|_| listed.is_some()) {
                    self.known_entity.insert(h.known, e);
                }
                self.acronym_after(last, e);
                self.pieces(last + 1, b, b);
                return;
            }
        }
        self.pieces(a, b, b);
    }

    /// An event's name in the run `a..b`, as its first and last units: "World Cup", "Hong
    /// Kong Open", "UEFA Cup", "Gulf War"; "WORLD CUP" in "WALES BEAT SAN MARINO IN WORLD CUP
    /// QUALIFIER".
    ///
    /// - The head word may not open the name, and the name holds no connector ("Secretary of
    ///   War", "Tour of Britain" are left to other rules).
    /// - A head that is also a common surname needs a first word that is no given name, title
    ///   or known person ("Doris Day", "Tom Masters" are people).
    /// - In a headline, where every word is capitalised, the name begins after the last small
    ///   word before the head ("IN"), and counts only when the body also writes it in lower
    ///   case letters ("TEAMS OPEN" is a verb).
    fn event(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let headline = self.units[a].headline;
        // "Hurricane Milton", "Tropical Storm Debby", "Typhoon Yagi": a storm's kind, then
        // the one name it was given
        let kind = a + usize::from(self.text(a) == "Tropical");
        let name = kind + 1;
        if name < b
            && STORM_KINDS.contains(&self.text(kind))
            && self.units[kind].hit.is_none()
            && self.units[name].joined
            && self.units[name].hit.is_none()
            && self.is_cap(name)
            && !self.is_connector(name)
            && (name + 1 == b || self.is_connector(name + 1))
        {
            return Some((a, name));
        }
        // (in running text the name ends the run, or a connector follows it: not
        // "International Amateur Athletic Federation", but "U.S. Open on Monday")
        let head = (a + 1..b).rev().find(|&i| {
            (headline || i + 1 == b || self.is_connector(i + 1))
                && self.units[i].hit.is_none()
                && lower_in(&self.words.event_words, self.text(i))
        })?;
        let mut first = a;
        if headline {
            first = (a..head)
                .rev()
                .find(|&i| HEADLINE_BREAKS.contains(&self.text(i).to_ascii_lowercase().as_str()))
                .map_or(a, |i| i + 1);
        }
        let short = self
            .text(first)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            < 2;
        if first >= head
            || short
            || (first..head).any(|i| self.is_connector(i) || self.units[i].possessive)
        {
            return None;
        }
        let personal =
            self.first_name(first) || self.is_title(first) || self.listed_as(first, Kind::Person);
        if personal && !self.common_word_any_case(head) {
            return None;
        }
        if headline && !self.written_in_lower_case(first, head) {
            return None;
        }
        Some((first, head))
    }

    /// Whether the body also writes units `first..=last` with some lower-case letters.
    fn written_in_lower_case(&self, first: usize, last: usize) -> bool {
        let needle = self.body[self.units[first].start..self.units[last].end].to_ascii_lowercase();
        let lowered = self.body.to_ascii_lowercase();
        lowered.match_indices(&needle).any(|(i, _)| {
            self.body[i..i + needle.len()]
                .bytes()
                .any(|c| c.is_ascii_lowercase())
        })
    }

    /// Where an organization's name whose head word is unit `j` begins, in a run of units
    /// that starts at `run_start`, `a` after its leading non-name words.
    ///
    /// - A person or a role before "of" is not part of it: "Lynn Reaser of Barnett Banks
    ///   Inc." and "Representatives of First Bank" begin after it, "Gold Fields of South
    ///   Africa Ltd" does not.
    /// - A word made into a modifier by a hyphen is not part of it: "St. Louis-based
    ///   Mercantile Bancorp", "Family-controlled Douglas & Lomason".
    /// - A few words that usually open a sentence also open firms' names: "First Union".
    fn org_start(&self, run_start: usize, a: usize, j: usize) -> usize {
        let mut first = a;
        for c in (a + 1..j).rev() {
            if self.is_connector(c) && self.text(c) == "of" {
                // a person or a role: "Lynn Reaser", "Representatives", "Results"
                // (not "Maxwell School of Syracuse University": a school of a university)
                let person = !INSTITUTION_HEADS.contains(&self.text(c - 1))
                    && (first..c).any(|i| {
                        self.first_name(i) || self.is_title(i) || self.listed_as(i, Kind::Person)
                    });
                let role = c == first + 1
                    && self.units[first].hit.is_none()
                    && self.text(first).ends_with('s')
                    && !self.words.org_words.contains(self.text(first));
                if person || role {
                    first = c + 1;
                }
                break;
            }
        }
        if let Some(m) = (first..j).rev().find(|&i| self.hyphen_modifier(i)) {
            first = m + 1;
        }
        // "Rival Advanced Micro Devices Inc", "Chipmaker Nvidia Corp": a sentence opened by the
        // noun that would introduce the firm in lowercase
        if first + 1 < j
            && self.units[first].hit.is_none()
            && FIRM_LEADS.contains(&self.text(first))
        {
            first += 1;
        }
        if first == a
            && a > run_start
            && self.units[a].joined
            && self.units[a - 1].hit.is_none()
            && ORG_LEADS.contains(&self.text(a - 1))
        {
            first = a - 1;
        }
        first
    }

    /// Whether unit `u` is the first part of a hyphenated modifier: "Boston-based",
    /// "Family-controlled" (a lower-case word after the hyphen).
    fn hyphen_modifier(&self, u: usize) -> bool {
        let unit = &self.units[u];
        // the unit may end inside the word: the place "St. Louis" in "St. Louis-based"
        let word_end = self.body[unit.end..]
            .find(|c: char| c.is_whitespace())
            .map_or(self.body.len(), |i| unit.end + i);
        let word = &self.body[unit.start..word_end];
        word.match_indices('-')
            .any(|(i, _)| word[i + 1..].chars().next().is_some_and(char::is_lowercase))
    }

    /// Split units `a..b` of a run ending at `run_end` into gazetteer forms, titles and name pieces.
    fn pieces(&mut self, a: usize, b: usize, run_end: usize) {
        let mut piece: Vec<usize> = Vec::new();
        let mut titled = false;
        let mut i = a;
        while i < b {
            let unit = self.units[i];
            if let Some(hit) = unit.hit {
                let known = &self.gaz.known[hit.known];
                let first_named = piece.first().is_some_and(|&p| self.first_name(p));
                // "Naina Yeltsin" where the list knows "Boris Yeltsin", "MaliVai Washington"
                // where it knows the town: a name the given-name lists lack, right before a
                // listed surname or a one-word town (not a country, not "Staunton Va."), is a
                // person of that name (not "Ciudad Juarez": a common word)
                let namesake = match known.kind {
                    Kind::Person => !self.text(i).contains(' '),
                    Kind::Place => !known.country && self.text(i).chars().all(char::is_alphabetic),
                    _ => false,
                };
                // (the run ending there: not "Bruhat Bengaluru Mahanagara Palike")
                if namesake
                    && piece.len() == 1
                    && i + 1 == b
                    && !titled
                    && unit.joined
                    && self.name_like(piece[0])
                    && !self.first_name(piece[0])
                    && !self.common_word_any_case(piece[0])
                    && !self.inflected_opening(piece[0])
                {
                    let (start, end) = (self.units[piece[0]].start, unit.end);
                    piece.clear();
                    self.mention_written(start, end, Kind::Person);
                    i += 1;
                    continue;
                }
                // "the Free Democrats (FDP)", "the Social Democrats": a party of another country,
                // not the American one; the listed party its bracketed acronym names, if any
                if known.kind == Kind::Organization
                    && matches!(self.text(i), "Democrats" | "Republicans")
                    && unit.joined
                    && let Some(&p) = piece
                        .last()
                        .filter(|&&p| p + 1 == i && PARTY_ADJECTIVES.contains(&self.text(p)))
                {
                    piece.pop();
                    self.flush(&mut piece, titled, run_end);
                    titled = false;
                    let (start, end) = (self.units[p].start, unit.end);
                    match self.bracketed_known(i, Kind::Organization) {
                        Some(party) => {
                            let known = &self.gaz.known[party];
                            let (name, key) = (known.name.clone(), known.key.clone());
                            self.mention(start, end, name, Kind::Organization, key)
                        }
                        None => self.mention_written(start, end, Kind::Organization),
                    };
                    i += 1;
                    continue;
                }
                // "Michael Dell", "Juan Carlos Ferrero": given names right before a one-word
                // firm the list knows are a person of that surname (not "Lola Honda" in a
                // table of results: a chassis and its engine)
                if known.kind == Kind::Organization
                    && unit.joined
                    && !self.text(i).contains(' ')
                    && !piece.is_empty()
                    && piece
                        .iter()
                        .all(|&p| self.first_name(p) && !self.common_word_any_case(p))
                    && !self.on_score_line(i)
                {
                    piece.push(i);
                    i += 1;
                    continue;
                }
                if known.kind == Kind::Place && first_named && !self.text(i).contains(' ') {
                    piece.push(i);
                    i += 1;
                    continue;
                }
                // "Casa de Nariño", "Plaza de Mayo": a place after a building's or a square's
                // noun and its particle belongs to that name
                if known.kind == Kind::Place
                    && piece.len() >= 2
                    && ROMANCE_PLACE_NOUNS.contains(&self.text(piece[0]))
                    && piece
                        .last()
                        .is_some_and(|&p| PARTICLES.contains(&self.text(p)))
                {
                    piece.push(i);
                    i += 1;
                    continue;
                }
                // "Anthony Blinken" where the list knows "Blinken": the given name joins the
                // mention; "Hunter Biden" where it knows "Joe Biden" is another person, and so
                // is "Donna Sampson Rawlings" where it knows "Jerry Rawlings" (a given name,
                // then other names no list knows)
                let given_first = |p: usize| self.first_name(p) || all_initial(self.text(p));
                // (a town the piece took after a given name is a surname too: "José Ángel
                // Medina Rubio")
                let surname = |p: usize| {
                    (self.name_like(p) || self.listed_as(p, Kind::Place))
                        && !self.common_word_any_case(p)
                };
                if known.kind == Kind::Person
                    && piece.first().is_some_and(|&p| given_first(p))
                    && piece.iter().all(|&p| given_first(p) || surname(p))
                {
                    let given = piece
                        .iter()
                        .map(|&p| self.text(p))
                        .find(|w| !all_initial(w));
                    if given
                        .is_some_and(|g| !known.given.iter().any(|k| names::same_given_name(g, k)))
                    {
                        piece.push(i);
                        self.flush(&mut piece, titled, run_end);
                        titled = false;
                        i += 1;
                        continue;
                    }
                    let (name, key) = (known.name.clone(), known.key.clone());
                    let (start, end) = (self.units[piece[0]].start, unit.end);
                    piece.clear();
                    self.mention(start, end, name, Kind::Person, key);
                    titled = false;
                    i += 1;
                    continue;
                }
                // "Dynamo Moscow", "Real Madrid", "Red Star Belgrade": a club named after
                // its town, the club's word first
                let prefix = (1..=2).find(|&k| {
                    piece.len() >= k && {
                        let first = piece[piece.len() - k];
                        let words = &self.body[self.units[first].start..self.units[i - 1].end];
                        CLUB_PREFIXES.contains(&words)
                    }
                });
                if known.kind == Kind::Place
                    && !known.country
                    && unit.joined
                    && let Some(k) = prefix
                {
                    let first = piece[piece.len() - k];
                    piece.truncate(piece.len() - k);
                    self.flush(&mut piece, titled, run_end);
                    titled = false;
                    let (start, end) = (self.units[first].start, unit.end);
                    let e = self.mention_written(start, end, Kind::Organization);
                    self.strong.insert(e);
                    self.teams.insert(self.entities[e].key.clone(), e);
                    i += 1;
                    continue;
                }
                self.flush(&mut piece, titled, run_end);
                titled = false;
                // "Texas Rangers", "Boston Red Sox", "Bristol City": a club named after its town
                if known.kind == Kind::Place
                    && !known.country
                    && let Some(last) = self.club_after(i, b)
                {
                    let (start, end) = (unit.start, self.units[last].end);
                    let e = self.mention_written(start, end, Kind::Organization);
                    self.strong.insert(e);
                    self.teams.insert(self.entities[e].key.clone(), e);
                    // "the Rangers", "the Red Sox" later on: the club's nickname alone
                    let nickname = &self.body[self.units[i + 1].start..end];
                    self.teams.entry(names::key(nickname)).or_insert(e);
                    i = last + 1;
                    continue;
                }
                // "Donetsk Oblast", "Kherson Region": the place word makes a wider place; a
                // building's makes one of any name ("Trump Tower", "Chrysler Building") but a
                // country's ("the U.S. Prison System")
                let facility = i + 1 < b && FACILITY_WORDS.contains(&self.text(i + 1));
                if (known.kind == Kind::Place || facility)
                    && !(facility && known.country)
                    && i + 1 < b
                    && self.units[i + 1].hit.is_none()
                    && self.words.place_words.contains(self.text(i + 1))
                    && !self.court_district(i + 1)
                {
                    let (start, end) = (unit.start, self.units[i + 1].end);
                    self.mention_written(start, end, Kind::Place);
                    i += 2;
                    continue;
                }
                // "Kurdistan Democratic Party": a place before a listed party or bank names another one
                if known.kind == Kind::Place
                    && i + 1 < b
                    && self.units[i + 1].joined
                    && let Some(next) = self.units[i + 1].hit
                    && self.gaz.known[next.known].kind == Kind::Organization
                    && let Some(head) = self.text(i + 1).rsplit(' ').next()
                    && self.words.org_words.contains(head)
                    && !GOVERNMENT_HEADS.contains(&head)
                    && self.text(i + 1).contains(' ')
                {
                    let (start, end) = (unit.start, self.units[i + 1].end);
                    let e = self.mention_written(start, end, Kind::Organization);
                    self.strong.insert(e);
                    self.acronym_after(i + 1, e);
                    i += 2;
                    continue;
                }
                if known.kind == Kind::Place
                    && !known.country
                    && (self.team_cue(i, i) || self.descriptor_before(i) || self.sports_cue(i))
                {
                    // "Leicestershire beat Somerset", "Kent 108-3": a club named after its town
                    let (name, key) = (known.name.clone(), known.key.clone());
                    let e = self.mention(unit.start, unit.end, name, Kind::Organization, key);
                    self.teams.insert(self.entities[e].key.clone(), e);
                    self.strong.insert(e);
                    i += 1;
                    continue;
                }
                let e = self.mention_known(i, hit);
                self.acronym_after(i, e);
            } else if let Some(len) = self.demonym_at(i, b).filter(|&len| {
                // "Danish drugmaker Bavarian Nordic": a firm's name, not nationalities (not
                // "the group Chinese investors formed")
                !(self.descriptor_before(piece.first().copied().unwrap_or(i))
                    && (!piece.is_empty() || i + len < b))
            }) {
                // "German", "Ukrainians", "Eastern Europeans": a nationality of its own kind
                self.flush(&mut piece, titled, run_end);
                titled = false;
                if let Some(last) = self.party_after(i + len, b) {
                    // "Indonesian Democratic Party", "Iraqi National Congress": the word
                    // opens the party's name
                    let (start, end) = (self.units[i].start, self.units[last].end);
                    let e = self.mention_written(start, end, Kind::Organization);
                    self.strong.insert(e);
                    self.acronym_after(last, e);
                    i = last + 1;
                    continue;
                }
                self.nationality(i, i + len);
                i += len;
                continue;
            } else if !piece.is_empty()
                && self.is_title(i)
                && i + 1 < b
                && self.units[i + 1].joined
                && self.is_cap(i + 1)
                && !self.is_title(i + 1)
                // (not "Zion National Park": a place's noun after the modifier ends one name)
                && !(TITLE_MODIFIERS.contains(&self.text(i))
                    && (i + 2 == b || self.is_connector(i + 2))
                    && self.units[i + 1].hit.is_none()
                    && self.words.place_words.contains(self.text(i + 1)))
            {
                // "Cofinec CEO Stephen Frater", "Privatisation Minister Wieslaw Kaczmarek": a
                // title between names starts a new one
                if piece.last().is_some_and(|&p| self.court_district(p))
                    || (titled && piece.len() == 1 && !self.first_name(piece[0]))
                {
                    // a court's district, and one word between two titles ("Chief Financial
                    // Officer Raj Patel", "Senior Policy Adviser Jo Lee"), are part of the title
                    piece.pop();
                }
                self.flush(&mut piece, titled, run_end);
                titled = !TITLE_MODIFIERS.contains(&self.text(i));
            } else if !piece.is_empty() && WEEKDAYS.contains(&self.text(i)) {
                // "Foreign Minister Jose Miguel Insulza Monday"
                self.flush(&mut piece, titled, run_end);
                titled = false;
            } else if piece.is_empty() && self.is_title(i) {
                // "Foreign", "National", "Senior" only qualify a role: "Foreign Minister X" is a
                // person, "National Mall" and "Foreign Relations" are not
                titled = titled || !TITLE_MODIFIERS.contains(&self.text(i));
            } else if self.is_connector(i) {
                let particle = PARTICLES.contains(&self.text(i));
                let goes_on = i + 1 < b
                    && match self.units[i + 1].hit {
                        None => true,
                        // "Casa de Nariño": a place after a building's noun, which the
                        // place's own rule above then joins to the name
                        Some(hit) => {
                            self.gaz.known[hit.known].kind == Kind::Place
                                && piece
                                    .first()
                                    .is_some_and(|&p| ROMANCE_PLACE_NOUNS.contains(&self.text(p)))
                        }
                    };
                if !(particle && goes_on) {
                    self.flush(&mut piece, titled, run_end);
                    if !piece.is_empty() || !self.text(i).eq("of") {
                        titled = titled && piece.is_empty();
                    }
                } else {
                    piece.push(i);
                }
            } else if piece.is_empty() && self.words.not_names.contains(self.text(i)) {
                // "Monday" or "However" inside a run names nobody
            } else {
                piece.push(i);
            }
            i += 1;
        }
        self.flush(&mut piece, titled, run_end);
    }

    /// How many units from `i` (one or two, before `b`) spell a nationality or group word.
    fn demonym_at(&self, i: usize, b: usize) -> Option<usize> {
        let unit = self.units[i];
        if unit.hit.is_some() || !capitalised(self.text(i)) {
            return None;
        }
        if i + 1 < b && self.units[i + 1].joined && self.units[i + 1].hit.is_none() {
            // "South Korean"; "SOUTH KOREAN" in a headline; "S. African", "N. KOREAN"
            let two = &self.body[unit.start..self.units[i + 1].end];
            let compass = compass_abbreviation(self.text(i));
            let found = if compass.is_none() && !unit.headline {
                self.words.demonyms.contains(two)
            } else {
                let next = first_capital(self.text(i + 1));
                let first = compass.map_or_else(|| first_capital(self.text(i)), str::to_string);
                self.words.demonyms.contains(&format!("{first} {next}"))
            };
            if found {
                return Some(2);
            }
        }
        if unit.headline {
            // "SCOTTISH PREMIER DIVISION": one word, as the list spells it
            return self
                .words
                .demonyms
                .contains(&first_capital(self.text(i)))
                .then_some(1);
        }
        self.words.demonyms.contains(self.text(i)).then_some(1)
    }

    /// The last unit of a party's or movement's name that starts at unit `j` (before `b`),
    /// right after a nationality word: "Democratic Party", "National Congress", "Red Cross"
    /// (a name of up to four capitalised words that ends in one of [`PARTY_HEADS`]).
    fn party_after(&self, j: usize, b: usize) -> Option<usize> {
        (j..b.min(j + 4))
            .take_while(|&k| {
                self.units[k].joined
                    && self.is_cap(k)
                    && !self.units[k].headline
                    && (k == j || !self.units[k - 1].possessive)
            })
            .find(|&k| {
                let last = self.text(k).rsplit(' ').next().unwrap_or_default();
                PARTY_HEADS.contains(&last)
            })
    }

    /// "Russian-backed separatists", "the Saudi-led coalition", "a Surinamese-born visitor":
    /// record unit `u` as a mention of the nationality before the hyphen when a participle
    /// of support, control or origin follows it, or of both peoples when another follows.
    fn backed_by_nationality(&mut self, u: usize) -> bool {
        let Some((head, tail)) = self.text(u).split_once('-') else {
            return false;
        };
        // "German-Israeli relations": two peoples together, named as written (as the list
        // names "Israeli-Palestinian")
        let pair = self.words.demonyms.contains(tail);
        let participle = NATIONAL_PARTICIPLES.contains(&tail.to_ascii_lowercase().as_str());
        if !self.words.demonyms.contains(head) || !(pair || participle) {
            return false;
        }
        let name = if pair { self.text(u) } else { head }.to_string();
        let (start, end) = (self.units[u].start, self.units[u].end);
        let key = names::key(&name);
        let e = self.mention(start, end, name, Kind::Nationality, key);
        self.strong.insert(e);
        true
    }

    /// Record units `a..b` as a nationality, its plural folded to the singular
    /// ("Ukrainians" → "Ukrainian").
    fn nationality(&mut self, a: usize, b: usize) {
        let (start, end) = (self.units[a].start, self.units[b - 1].end);
        // named as the list spells it: "S. KOREAN" is "South Korean"
        let text = (a..b)
            .map(|u| match compass_abbreviation(self.text(u)) {
                Some(compass) if b - a == 2 && u == a => compass.to_string(),
                _ if all_caps(self.text(u)) => first_capital(self.text(u)),
                _ => self.text(u).to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ");
        let name = match text.strip_suffix('s') {
            Some(one) if self.words.demonyms.contains(one) => one,
            _ => &text,
        }
        .to_string();
        let key = names::key(&name);
        let e = self.mention(start, end, name, Kind::Nationality, key);
        self.strong.insert(e);
    }

    /// Whether unit `u` is a common English word capitalised ("Living", "Tax").
    fn common_word(&self, u: usize) -> bool {
        self.text(u).chars().nth(1).is_some_and(char::is_lowercase) && self.common_word_any_case(u)
    }

    /// Whether unit `u`, in any case, is a common English word ("CUP" as well as "Cup").
    fn common_word_any_case(&self, u: usize) -> bool {
        self.words
            .common_words
            .binary_search(&self.text(u).to_lowercase().as_str())
            .is_ok()
    }

    /// Whether unit `u` is a hyphenated common noun ("Co-author", "Ex-husband"): every part
    /// a common word or a prefix.
    fn compound_noun(&self, u: usize) -> bool {
        let w = self.text(u).to_lowercase();
        self.units[u].hit.is_none()
            && w.contains('-')
            && w.split('-').all(|part| {
                matches!(part, "co" | "ex" | "non" | "self" | "vice")
                    || self.words.common_words.binary_search(&part).is_ok()
            })
    }

    fn first_name(&self, u: usize) -> bool {
        if self.units[u].hit.is_some() || !capitalised(self.text(u)) {
            return false;
        }
        lower_in(&self.words.first_names, self.text(u))
    }

    /// Classify one name piece: a person, a place, or pending the second pass.
    fn flush(&mut self, piece: &mut Vec<usize>, titled: bool, run_end: usize) {
        let given = piece.first().is_some_and(|&p| self.first_name(p));
        while piece
            .last()
            .is_some_and(|&p| self.is_connector(p) || (!given && self.is_title(p)))
        {
            piece.pop();
        }
        if piece.is_empty() {
            return;
        }
        let mut units = std::mem::take(piece);
        if let [u] = units[..]
            && self.backed_by_nationality(u)
        {
            return;
        }
        // "Economist Joel Naroff said", "Broker Khurshid Alam": a capitalised common noun
        // opening the sentence before a given name and a surname; "Miss Universe Alicia
        // Machado": the rest of a beauty title
        let pageant = titled && units[0] > 0 && self.text(units[0] - 1) == "Miss";
        if units.len() >= 3
            && (self.units[units[0]].sentence_start || pageant)
            && !self.first_name(units[0])
            && !PARTICLES.contains(&self.text(units[0]).to_lowercase().as_str())
            // "Abu Ali al-Husseini", "Umm Ahmed Khalil": "father of", "mother of" open a name
            && !matches!(self.text(units[0]), "Abu" | "Umm")
            && (self.first_name(units[1]) || self.compound_noun(units[0]))
            && !self.is_connector(units[1])
        {
            units.remove(0);
        }
        // "Chief of Staff Jeff Zients", "Minister of Foreign Affairs Sergei Lavrov": after a
        // title's "of", the words before a given name are the rest of the title
        let start = self.units[units[0]].start;
        if titled
            && self.body[..start].ends_with(" of ")
            && let Some(k) = (1..units.len().saturating_sub(1)).find(|&k| self.first_name(units[k]))
            && !self.first_name(units[0])
        {
            units.drain(..k);
        }
        // "Conservative MPs", "Labour MEPs": an abbreviated title's plural ends no name (a
        // spelled-out one may end a club's: "Arizona Cardinals", "Ottawa Senators")
        if let Some(&last) = units.last()
            && self.units[last].hit.is_none()
            && self.text(last).strip_suffix('s').is_some_and(|one| {
                one.len() >= 2
                    && one.chars().all(|c| c.is_ascii_uppercase())
                    && self.words.titles.contains(one)
            })
        {
            units.pop();
            if units.is_empty() {
                return;
            }
        }
        let n = units.len();
        let (first, last) = (units[0], units[n - 1]);
        let headline = self.units[first].headline;
        let caps = units.iter().all(|&u| all_caps(self.text(u)));
        // "S. Waugh", "J. R. Smith": initials before a name-like word
        let initials = units
            .iter()
            .take_while(|&&u| all_initial(self.text(u)))
            .count();
        // the words of the name other than a particle inside it ("Juan Carlos de la Vega": 3;
        // "Von der Leyen": 2)
        let named_units = units
            .iter()
            .filter(|&&u| !PARTICLES.contains(&self.text(u)))
            .count();
        let first_named = self.first_name(first)
            || (initials > 0
                && initials < n
                && units[initials..].iter().all(|&u| self.name_like(u))
                // (not "an analyst at D.A. Davidson": a firm named after its founder)
                && !self.employer_before(first));
        if n == 1
            && let Some(&e) = self.acronyms.get(self.text(first))
        {
            self.mentions.push(Mention {
                entity: e,
                start: self.units[first].start,
                end: self.units[first].end,
            });
            return;
        }
        // "BOSTON, Mass. (AP)": in a dateline, a state by the abbreviation the gazetteer
        // leaves out because elsewhere it is a word or a title
        if n == 1
            && self.body[self.units[first].end..].starts_with('.')
            && let Some(&(_, state)) = DATELINE_STATES.iter().find(|s| s.0 == self.text(first))
            && self.in_dateline(first, last)
            && let Some(known) = self
                .gaz
                .known
                .iter()
                .find(|k| k.kind == Kind::Place && k.name == state)
        {
            let (name, key) = (known.name.clone(), known.key.clone());
            let (start, end) = (self.units[first].start, self.units[first].end + 1);
            let e = self.mention(start, end, name, Kind::Place, key);
            self.strong.insert(e);
            return;
        }
        let mut weak = false;
        // (a building is a place: "Emirates Stadium", but not "the Stadium court")
        let thing = self.words.thing_words.contains(self.text(last))
            && !(n >= 2 && FACILITY_WORDS.contains(&self.text(last)))
            // "Brian West", "Oliver North", "Jude Law": a given name and a surname
            && !(n == 2 && self.first_name(first) && SURNAME_THINGS.contains(&self.text(last)));
        // a lone given name is no person's name in a results line ("Kent 108-3")
        // no club or firm is named by one letter: "company N / A" in a table
        let lettered = n > 1
            || self
                .text(first)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                > 1;
        let team = (!first_named || n == 1)
            && n <= 3
            && last + 1 == run_end
            && !caps
            && lettered
            && self.team_cue(first, last);
        let mut cued = team;
        let place_word = n >= 2 && self.words.place_words.contains(self.text(last));
        let kind = if n == 1
            && self.words.place_words.contains(self.text(first))
            && self.before_number(first)
        {
            None // "Highway 16", "Gate 4": a numbered road or door, not a place of that word
        } else if !caps && n <= 3 && self.scorecard_cue(first, last) {
            Some(Kind::Person)
        } else if n == 1 && self.first_name(first) && self.kin_before(first) {
            // "her son, Luis,", "his wife Maria": a relative named by a given name alone
            Some(Kind::Person)
        } else if n == 2
            && !caps
            && FAMILY_NAMES_FIRST.contains(&self.text(first))
            && hyphenated_given_name(self.text(last))
        {
            // "said Park Sang-cheol": a family name written first, then a given name of two
            // syllables joined by a hyphen, as Korean names are romanised
            Some(Kind::Person)
        } else if (2..=4).contains(&n) && !first_named && self.based_before(first) {
            // "Paris-based Orsay Gestion said": what a place is the base of is a firm
            Some(Kind::Organization)
        } else if (2..=5).contains(&n)
            && last + 1 == run_end
            && !self.words.place_words.contains(self.text(last))
            && self.spelled_after(first, last)
        {
            // "Perikatan Nasional (PN)", "Tamilaga Vettri Kazhagam (TVK)": no one is
            // introduced with an acronym of their name; a body is (a place may be: "Central
            // Business District (CBD)")
            cued = true;
            Some(Kind::Organization)
        } else if pageant && n == 1 && self.common_word_any_case(first) {
            None // "the former Miss Universe": a title, no one's name
        } else if team {
            Some(Kind::Organization)
        } else if (2..=4).contains(&n)
            && last + 1 == run_end
            && !caps
            && !self.after_the
            && self.age_after(last)
        {
            // "Samer Ammar Soliman, 42, told Reuters": a name and an age
            Some(Kind::Person)
        } else if n <= 3 && last + 1 == run_end && !first_named && self.media_after(last) {
            // "Le Matin newspaper", "Zycie Warszawy daily said": a paper or a channel
            cued = true;
            Some(Kind::Organization)
        } else if n <= 2 && !first_named && !caps && self.between_places(first, last) {
            // "Delhi, Punjab, Haryana and Uttar Pradesh": a name in a list of places
            Some(Kind::Place)
        } else if n <= 2
            && !first_named
            && last + 1 == run_end
            && self.region_after(last)
            // (not a word opening the sentence: "Separately, Indonesia signalled")
            && !(self.units[first].sentence_start && self.common_word(first))
        {
            // "the mayor of Millinocket, Maine": a town named with its state or country
            Some(Kind::Place)
        } else if self.in_dateline(first, last) {
            // "KHASAVYURT , Russia 1996-08-31", "PARAMARIBO , Surinam": the dateline's town
            Some(Kind::Place)
        } else if n == 1
            && !titled
            && last + 1 == run_end
            && !self.body[..self.units[first].start].ends_with(['@', '#'])
            && camel_case_brand(self.text(first))
        {
            // "PolitiFact said", "YouTube": a brand's inner capital, not a surname's (not a
            // handle, "@HillaryClinton", nor a given name, "MaliVai Washington")
            cued = true;
            Some(Kind::Organization)
        } else if n == 1 && !titled && !caps && self.place_suffixed(first) {
            // "Météo-France said", "Hydro-Québec": a body named after its country or province;
            // "in Hénin-Beaumont": a town
            cued = true;
            let town = first > 0
                && self.units[first].joined
                && self.units[first - 1].hit.is_none()
                && LOCATIVES.contains(&self.text(first - 1));
            Some(if town {
                Kind::Place
            } else {
                Kind::Organization
            })
        } else if place_word && n >= 3 && TITLE_MODIFIERS.contains(&self.text(last - 1)) {
            // "Zion National Park": a place, whatever the word before
            Some(Kind::Place)
        } else if place_word && self.common_word(last) && !titled && first_named && !caps {
            // "Grace Road", "Coral Springs": named after a person, but a place (not "Grace
            // Park" or "Tom Street": a place word that is a common surname leaves a name)
            Some(Kind::Place)
        } else if thing
            || (caps && n == 3 && units[1..].iter().all(|&u| self.common_word_any_case(u)))
        {
            // "Laura Ingraham Show", "Accession Action Plan": a work, an event, a law;
            // "GARLAND STEPS ASIDE": a given name and two common words make a sentence
            None
        } else if headline {
            (caps && first_named && (2..=3).contains(&n)).then_some(Kind::Person)
        } else if (first_named
            // (particles apart: "Juan Carlos de la Vega")
            && (2..=4).contains(&named_units)
            // (not "Kent County Republican": a place's head word inside)
            && !units[..n - 1]
                .iter()
                .any(|&u| self.words.place_words.contains(self.text(u)) && self.common_word(u)))
            || (titled
                // (not "Notre Dame Cathedral": a building after the title word)
                && !FACILITY_WORDS.contains(&self.text(last))
                // (not "several Chief Ministers": the title's plural; not "Gen Z voters": a
                // letter alone is no name)
                && !(n == 1
                    && (singular(self.text(first))
                        .is_some_and(|one| self.words.titles.contains(one.as_str()))
                        || self.text(first).chars().count() == 1))
                // (particles apart: "Sheikh Tahnoun bin Zayed Al Nahyan")
                && units
                    .iter()
                    .filter(|&&u| !PARTICLES.contains(&self.text(u).to_lowercase().as_str()))
                    .count()
                    <= 3
                && units.iter().all(|&u| {
                    !self.words.not_names.contains(self.text(u))
                        && !self.words.thing_words.contains(self.text(u))
                        // (not "the Prosecutor's Office", "Inspector-General of Police")
                        && !INSTITUTION_HEADS.contains(&self.text(u))
                }))
        {
            Some(Kind::Person)
        } else if n >= 2 && self.words.place_words.contains(self.text(last)) {
            Some(Kind::Place)
        } else if (2..=3).contains(&n)
            && last + 1 == run_end
            && units.iter().all(|&u| self.name_like(u))
            && self.country_in_brackets_after(last)
        {
            // "3. Ato Boldon ( Trinidad ) 20.37": a competitor and the country they represent
            Some(Kind::Person)
        } else if n == 1
            && (dotted_acronym(self.text(first))
                || (self.after_the && NEWSPAPER_HEADS.contains(&self.text(first))))
        {
            // "the M.T.A. said": an acronym some papers write with dots; "the Times wrote":
            // a newspaper by its head word
            Some(Kind::Organization)
        } else if last + 1 == run_end
            && n <= 3
            && self.speech_after(last)
            && !self.descriptor_before(first)
            && !self.employer_before(first)
            // (not "The WFA said": an acronym)
            && !(n == 1 && self.acronym_like(first))
            && (n >= 2 || !self.units[first].sentence_start || !self.text(first).ends_with('s'))
            // (not "Police said" opening a sentence: a body's head word alone; nor a head
            // no one has for a surname: "the Prosecutor's Office said", "Local Government
            // said")
            && !(n == 1
                && self.units[first].sentence_start
                && self.words.org_words.contains(self.text(first)))
            && !units.iter().any(|&u| INSTITUTION_HEADS.contains(&self.text(u)))
            && !(n == 1 && self.after_firm_possessive(first))
            // (not "the Commission said", "the Christian Democratic Appeal said": one word
            // after "the" names a body, not a person)
            && !(n == 1 && self.after_the)
            // (not "a police official in Liege said", "a policeman in the town of Chatelet
            // told": the town the speaker is in)
            && !(n == 1 && self.locative_before(first))
            && !self.place_cue(first, last)
        {
            Some(Kind::Person)
        } else if n == 1
            && last + 1 == run_end
            && self.after_the
            && self.speech_after(last)
            && !self.is_title(first)
        {
            // "the Standard said", "the Commission told": a body speaking
            cued = true;
            Some(Kind::Organization)
        } else if n <= 4
            && last + 1 == run_end
            && lettered
            && !(n == 1 && self.units[first].sentence_start && self.common_word(first))
            && self.org_cue(first, last)
        {
            // (not "Bank executives aren't" opening a sentence: a common noun)
            cued = true;
            Some(Kind::Organization)
        } else if self.place_cue(first, last) {
            Some(Kind::Place)
        } else if n == 1
            && self.locative_before(first)
            && !caps
            && !self.words.demonyms.contains(self.text(first))
            // (not "the Nobel Prize in Physics": a prize's field)
            && !(first >= 2 && matches!(self.text(first - 2), "Prize" | "Prizes"))
            // (not "in Greater China", "in Upper Egypt": part of the place after it)
            && !(matches!(self.text(first), "Greater" | "Lower" | "Upper")
                && first + 1 < self.units.len()
                && self.units[first + 1].joined
                && self.listed_as(first + 1, Kind::Place))
        {
            weak = true;
            Some(Kind::Place)
        } else if n == 1
            && caps
            && (!self.units[first].sentence_start || self.speech_after(last))
            && self.acronym_like(first)
            && !self.after_number(first)
            && (!self.before_number(first) || self.on_score_line(first))
        {
            // ("RDR said it feared" opens a sentence; "HB 1069", "SB 4": a bill's number)
            Some(Kind::Organization)
        } else if n >= 3
            && !caps
            && ROMANCE_PLACE_NOUNS.contains(&self.text(first))
            && PARTICLES.contains(&self.text(units[1]))
            && (self.name_like(last) || self.units[last].hit.is_some())
        {
            // "the Casa de Nariño", "Plaza de la Constitución", "Puerto de Veracruz": a
            // building's, a square's or a port's noun and a particle open a place's name
            Some(Kind::Place)
        } else if (2..=3).contains(&n)
            && !titled
            && !first_named
            && !caps
            && self.units[first].joined
            && !self.units[first].sentence_start
            && self.units[first - 1].hit.is_none()
            && matches!(self.text(first - 1), "at" | "in" | "near" | "outside")
            && !CORPORATE_SUFFIXES.contains(&self.text(last))
        {
            // "at Old Trafford", "in Sergiyev Posad": a place named by words no list knows
            weak = true;
            Some(Kind::Place)
        } else if (2..=3).contains(&named_units)
            && n <= 5
            && !self.after_the
            && (!self.units[first].sentence_start || !self.common_word(first))
            && units.iter().all(|&u| {
                // "Aravinda de Silva": a particle inside the name (not "Casa de Narino": a
                // building)
                self.name_like(u)
                    || (u != first
                        && u != last
                        && PARTICLES.contains(&self.text(u))
                        && !ROMANCE_PLACE_NOUNS.contains(&self.text(first)))
            })
            && !units.iter().all(|&u| self.common_word(u))
        {
            weak = true;
            Some(Kind::Person)
        } else {
            None
        };
        match kind {
            Some(kind) => {
                let (start, end) = (self.units[first].start, self.units[last].end);
                // "KHASAVYURT" in a dateline is the town Khasavyurt
                let name = if kind == Kind::Person || (kind == Kind::Place && caps) {
                    self.name_of(&units)
                } else {
                    self.body[self.units[first].start..self.units[last].end].to_string()
                };
                let key = names::key(&name);
                let e = self.mention(start, end, name, kind, key);
                if !weak {
                    self.strong.insert(e);
                }
                if cued {
                    self.teams.insert(self.entities[e].key.clone(), e);
                }
                self.acronym_after(last, e);
            }
            None => self.pending.push(Pending {
                units,
                after_the: self.after_the,
            }),
        }
    }

    /// Whether units `first..=last` lie in the place part of a dateline line.
    fn in_dateline(&self, first: usize, last: usize) -> bool {
        let start = self.units[first].start;
        let (_, line_start, line_end) = self.line_of(start);
        let Some((place, more)) =
            dateline_place_from(&self.body[line_start..line_end], start - line_start)
        else {
            return false;
        };
        self.units[last].end - line_start <= place
            && (more || (first..=last).all(|u| !self.common_word_any_case(u)))
    }

    /// A name as written, words in capitals turned to title case ("JOHN THYS" → "John Thys").
    fn name_of(&self, units: &[usize]) -> String {
        let (first, last) = (units[0], units[units.len() - 1]);
        let text = &self.body[self.units[first].start..self.units[last].end];
        if units.iter().all(|&u| all_caps(self.text(u))) {
            text.split(' ')
                .map(names::title_case)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            text.to_string()
        }
    }

    /// An unknown word in capitals that reads as an organization's acronym ("KDP", "LIFFE").
    fn acronym_like(&self, u: usize) -> bool {
        let w = self.text(u);
        let caps_beside = |v: usize| self.units[v].hit.is_none() && all_caps(self.text(v));
        let in_caps_phrase = (u > 0 && self.units[u].joined && caps_beside(u - 1))
            || (u + 1 < self.units.len() && self.units[u + 1].joined && caps_beside(u + 1));
        (2..=6).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_uppercase())
            && !in_caps_phrase
            && !w.chars().all(|c| "IVXLC".contains(c))
            && (w.len() < 4 || !self.common_word_any_case(u))
            && !self.words.not_names.contains(w)
            && !self.words.not_names.contains(names::title_case(w).as_str())
    }

    /// Does a whole number other than a year stand right after the unit ("HB 1069", "SB 4";
    /// not "TVM 1:33", a time, nor "the WFA 2024 report")? Then capitals before it name a
    /// bill or a model, not an organization (except in a table of results: "TVM 9").
    fn before_number(&self, u: usize) -> bool {
        let Some(rest) = self.after(u).strip_prefix(' ') else {
            return false;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let year = digits == 4 && (rest.starts_with("19") || rest.starts_with("20"));
        let tail = &rest[digits..];
        // (a time, a decimal or a thousands separator goes on: "1:33", "9.5", "1,000")
        let goes_on = tail.starts_with(':')
            || tail.starts_with(['.', ',']) && tail[1..].starts_with(|c: char| c.is_ascii_digit());
        digits > 0 && !year && !goes_on
    }

    /// Does a number other than a year stand right before the unit ("the 737 MAX", "a
    /// Galaxy S24 FE")? Then capitals after it name a model, not an organization (but "the
    /// 2024 WFA report" is the WFA's).
    fn after_number(&self, u: usize) -> bool {
        let before = self.body[..self.units[u].start].strip_suffix(' ');
        let Some(word) = before.and_then(|b| b.split(' ').next_back()) else {
            return false;
        };
        let year = word.len() == 4
            && (word.starts_with("19") || word.starts_with("20"))
            && word.bytes().all(|b| b.is_ascii_digit());
        word.starts_with(|c: char| c.is_ascii_digit()) && !year
    }

    /// Whether unit `u` opens its sentence with an English word's ending ("Uncapped",
    /// "Rising", "Reportedly"), which a name the lists lack rarely has there.
    fn inflected_opening(&self, u: usize) -> bool {
        let w = self.text(u);
        self.units[u].sentence_start
            && w.len() > 5
            && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"))
    }

    /// A word that can be part of an unknown person's name: capitalised, not in capitals,
    /// and not a role, nationality, head word or sentence word.
    fn name_like(&self, u: usize) -> bool {
        let w = self.text(u);
        let ws = self.words;
        self.units[u].hit.is_none()
            && capitalised(w)
            && !all_caps(w)
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(|c| c.is_ascii_digit())
            && !ws.not_names.contains(w)
            && !ws.thing_words.contains(w)
            && !ws.demonyms.contains(w)
            && !ws.org_words.contains(w)
            && !ws.place_words.contains(w)
            && !self.is_title(u)
    }

    /// A one-word place that is also a given name opens a person's name when a capitalised
    /// word that nothing else explains follows it: "said Chad Bown", "Jordan Spieth",
    /// "Sydney Sweeney". The place stays where the next word is a common word, a head word,
    /// a title, a people, a listed club's nickname or a known name ("Jordan Valley", "Georgia
    /// Tech", "Kenya Airways", "Houston Texans", "Austin Monday", "Paris Hilton").
    fn given_name_places(&mut self) {
        for i in 1..self.units.len() {
            let (u, v) = (self.units[i - 1], self.units[i]);
            let Some(hit) = u.hit else { continue };
            if hit.lower || !v.joined || v.glued || u.possessive || u.headline {
                continue;
            }
            let word = self.text(i - 1);
            if self.gaz.known[hit.known].kind == Kind::Place
                && word.bytes().all(|b| b.is_ascii_alphabetic())
                && self.surname_like(i)
                && lower_in(&self.words.first_names, word)
            {
                self.units[i - 1].hit = None;
            }
        }
    }

    /// A [name-like](Article::name_like) word that reads as a surname: letters only (an
    /// apostrophe inside: "O'Neill"), and no common word, event head or club nickname.
    fn surname_like(&self, u: usize) -> bool {
        let word = self.text(u);
        if !self.name_like(u)
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
        {
            return false;
        }
        let lower = word.to_lowercase();
        self.words
            .common_words
            .binary_search(&lower.as_str())
            .is_err()
            && !self.words.event_words.contains(&lower)
            && !CLUB_NICKNAMES.contains_key(&lower)
    }

    /// An age in commas right after the name ending at `last`: "Jeerasak Densakul, 24, was".
    fn age_after(&self, last: usize) -> bool {
        let rest = &self.body[self.units[last].end..];
        let Some(rest) = rest.trim_start_matches(' ').strip_prefix(',') else {
            return false;
        };
        let rest = rest.trim_start_matches(' ');
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits)
            && rest[..digits].parse::<u32>().is_ok_and(|age| age <= 120)
            && rest[digits..].trim_start_matches(' ').starts_with(',')
    }

    /// A word for a newspaper or a channel right after the name ending at `last`.
    fn media_after(&self, last: usize) -> bool {
        let next = last + 1;
        next < self.units.len()
            && self.units[next].joined
            && !self.units[last].possessive
            && self.units[next].hit.is_none()
            && MEDIA_NOUNS.contains(&self.text(next))
    }

    /// Business words around an unknown name: "Pirelli chairman", "shares in Magna".
    fn org_cue(&self, first: usize, last: usize) -> bool {
        let after = last + 1 < self.units.len()
            && (self.units[last + 1].joined || self.units[last].possessive)
            && self.units[last + 1].hit.is_none()
            && ORG_ROLES.contains(&self.text(last + 1));
        let before = first >= 2
            && self.units[first].joined
            && self.units[first - 1].joined
            && match self.text(first - 1) {
                "of" | "for" | "in" => ORG_ROLES.contains(&self.text(first - 2)),
                _ => false,
            };
        after || before || self.employer_before(first) || self.descriptor_before(first)
    }

    /// Whether "<job> at" comes right before unit `first`: "an analyst at D.A. Davidson",
    /// and capitalised opening a sentence, "Analysts at Banorte said".
    fn employer_before(&self, first: usize) -> bool {
        first >= 2
            && self.units[first].joined
            && self.units[first - 1].joined
            && self.text(first - 1) == "at"
            && EMPLOYEES
                .iter()
                .any(|w| w.eq_ignore_ascii_case(self.text(first - 2)))
    }

    /// The last unit of a club's name after the town at `i`: a club word or one or two
    /// capitalised words ending in a plural ("Rangers", "Red Sox", "Blue Jays").
    fn club_after(&self, i: usize, b: usize) -> Option<usize> {
        let next = i + 1;
        if next >= b || !self.units[next].joined || self.units[i].possessive {
            return None;
        }
        if self.units[next].hit.is_none() && CLUB_WORDS.contains(&self.text(next)) {
            return Some(next);
        }
        // "Berkeley Earth", "Chicago Fire", "Miami Heat": a capitalised common word ending
        // the name after its town names a body, not a person ("Austin Monday" is a date,
        // "NYC Time" a clock)
        if next + 1 == b
            && !self.units[next].headline
            && self.name_like(next)
            && self.common_word(next)
            && !WEEKDAYS.contains(&self.text(next))
            && self.text(next) != "Time"
            && !self.first_name(next)
        {
            return Some(next);
        }
        let plural = |u: usize| {
            let w = self.text(u);
            self.name_like(u)
                && w.len() >= 3
                && (w.ends_with('s') || w == "Sox")
                && !w.ends_with("ss")
                && !self.words.not_names.contains(w)
        };
        if plural(next) {
            return Some(next);
        }
        let second = next + 1;
        (second < b
            && self.units[second].joined
            && !self.units[next].possessive
            && self.name_like(next)
            && plural(second))
        .then_some(second)
    }

    /// Whether a country in brackets follows unit `u`: "Ato Boldon (Trinidad)".
    fn country_in_brackets_after(&self, u: usize) -> bool {
        let next = u + 1;
        next < self.units.len()
            && self.body[self.units[u].end..self.units[next].start].trim() == "("
            && self.units[next]
                .hit
                .is_some_and(|h| self.gaz.known[h.known].country)
            && self.body[self.units[next].end..]
                .trim_start()
                .starts_with(')')
    }

    /// A noun naming what kind of firm or club follows: "packaging company Cofinec".
    /// Whether a possessive and a relative come right before unit `first`, with a comma or
    /// not: "her son, Luis", "his wife Maria".
    fn kin_before(&self, first: usize) -> bool {
        first >= 2
            && self.units[first - 1].hit.is_none()
            && self.units[first - 1].joined
            && names::KIN.contains(&self.text(first - 1))
            && matches!(
                &self.body[self.units[first - 1].end..self.units[first].start],
                " " | ", "
            )
            && matches!(
                self.text(first - 2).to_lowercase().as_str(),
                "her" | "his" | "their" | "my" | "our" | "your"
            )
    }

    fn descriptor_before(&self, first: usize) -> bool {
        let descriptor = first > 0
            && self.units[first].joined
            && self.units[first - 1].hit.is_none()
            && ORG_DESCRIPTORS.contains(&self.text(first - 1));
        // "companies such as M-Kopa", "lenders like Klarna": examples of a plural descriptor
        let example = first >= 3
            && (1..=3).all(|k| self.units[first + 1 - k].joined)
            && matches!(
                (self.text(first - 2), self.text(first - 1)),
                ("such", "as") | (_, "like")
            )
            && {
                let noun = if self.text(first - 1) == "like" {
                    self.text(first - 2)
                } else {
                    self.text(first - 3)
                };
                singular(noun).is_some_and(|one| ORG_DESCRIPTORS.contains(&one.as_str()))
            };
        descriptor || example
    }

    /// Whether the town at unit `u` of a sports report is its team: a town opening a
    /// sentence or after any word but a [`LOCATIVES`] or [`PLACE_BEFORE`] one ("homered for
    /// Cleveland", "rivals Essex"), before a result ("Boston rallied"), or with its player
    /// ("Baltimore's Eddie Murray"); not a dateline. A country stays a place: national sides
    /// are named by it everywhere, so it says nothing.
    fn sports_cue(&self, u: usize) -> bool {
        if !self.sports {
            return false;
        }
        let n = self.units.len();
        let plain = |i: usize| i < n && self.units[i].joined && self.units[i].hit.is_none();
        // "Boston rallied", "Milwaukee has won"
        let mut next = u + 1;
        if plain(next) && matches!(self.text(next), "has" | "have" | "had") {
            next += 1;
        }
        let after = !self.units[u].possessive
            && plain(next)
            && SPORTS_VERBS_AFTER.contains(&self.text(next));
        // "Baltimore's Eddie Murray": a player of the town's team
        // (the "’s" between them leaves the next word unjoined)
        let player = self.units[u].possessive
            && u + 1 < n
            && !self.units[u + 1].sentence_start
            && self.body[self.units[u].end..self.units[u + 1].start].len() <= 4
            && (self.first_name(u + 1) || self.listed_as(u + 1, Kind::Person));
        let bare = (self.units[u].sentence_start
            || (u > 0
                && self.units[u].joined
                && self.units[u - 1].hit.is_none()
                && !LOCATIVES
                    .iter()
                    .chain(PLACE_BEFORE)
                    .any(|w| w.eq_ignore_ascii_case(self.text(u - 1)))))
            && !dateline_after(&self.body[self.units[u].end..])
            && !self.in_dateline(u, u);
        after || player || bare
    }

    /// Whether a comma and a listed place, not possessive, follow unit `last`: the state or
    /// country after a town ("Millinocket, Maine"; not "Park, Maine's governor").
    fn region_after(&self, last: usize) -> bool {
        let next = last + 1;
        let end = self.units[last].end;
        next < self.units.len()
            && self.body[end..].starts_with(", ")
            && self.units[next].start == end + 2
            && !self.units[next].possessive
            && self.listed_as(next, Kind::Place)
    }

    /// One hyphenated word of an unknown capitalised part and a listed place: "Météo-France",
    /// "Hydro-Québec", "Air-India" (not "Aix-en-Provence": more than two parts).
    fn place_suffixed(&self, u: usize) -> bool {
        let Some((head, place)) = self.text(u).split_once('-') else {
            return false;
        };
        // the gazetteer forms that are the whole part, as written
        let whole = |part: &str| {
            let len = part.len();
            self.gaz
                .find(part)
                .into_iter()
                .filter(move |h| h.start == 0 && h.end == len && !h.lower)
        };
        // (not "R-Utah", a party and a state; not "Pro-Moscow", "Sino-Russian": prefixes)
        let prefix = matches!(
            head.to_lowercase().as_str(),
            "afro"
                | "anglo"
                | "anti"
                | "euro"
                | "ex"
                | "franco"
                | "indo"
                | "mid"
                | "neo"
                | "non"
                | "pan"
                | "post"
                | "pre"
                | "pro"
                | "russo"
                | "sino"
                | "trans"
        );
        head.chars().count() >= 3
            && !prefix
            && capitalised(head)
            && capitalised(place)
            && !place.contains('-')
            && whole(head).next().is_none()
            && whole(place).any(|h| self.gaz.known[h.known].kind == Kind::Place)
    }

    /// Whether units `first..=last` stand between two listed places in a list: a comma
    /// before, and a comma, "and" or "or" after.
    fn between_places(&self, first: usize, last: usize) -> bool {
        let place = |u: usize| self.listed_as(u, Kind::Place) && !self.units[u].possessive;
        let gap = |a: usize, b: usize| {
            self.body
                .get(self.units[a].end..self.units[b].start)
                .unwrap_or_default()
        };
        first > 0
            && last + 1 < self.units.len()
            && !self.units[last].possessive
            && place(first - 1)
            && gap(first - 1, first) == ", "
            && {
                let next = last + 1;
                self.region_after(last)
                    || (matches!(self.text(next), "and" | "or")
                        && next + 1 < self.units.len()
                        && gap(last, next) == " "
                        && gap(next, next + 1) == " "
                        && place(next + 1))
            }
    }

    /// Place nouns around an unknown name: "the town of Tavildara", "Kherson region", "the Gulf".
    fn place_cue(&self, first: usize, last: usize) -> bool {
        let after = last + 1 < self.units.len()
            && self.units[last + 1].joined
            && !self.units[last].possessive
            && PLACE_NOUNS.contains(&self.text(last + 1));
        // "the town of Tavildara", "the mining towns of Barentsburg", "just east of Longyear"
        let before = first >= 2
            && self.units[first].joined
            && self.units[first - 1].joined
            && self.text(first - 1) == "of"
            && {
                let noun = self.text(first - 2);
                PLACE_NOUNS.contains(&noun)
                    || singular(noun).is_some_and(|one| PLACE_NOUNS.contains(&one.as_str()))
                    || COMPASS.contains(&noun)
            };
        let the_place_word = first == last
            && self.after_the
            && self.words.place_words.contains(self.text(first))
            && !self.court_district(first);
        after || before || the_place_word || self.listed_after_place_noun(first)
    }

    /// "the towns of Nabatieh and Bint Jbeil", "the villages of Houla, Kfar Kila or Odaisseh":
    /// a later name in a list of names after a plural place noun and "of".
    fn listed_after_place_noun(&self, first: usize) -> bool {
        let start = self.units[first].start;
        let floor = start.saturating_sub(160);
        let floor = (floor..start)
            .find(|&i| self.body.is_char_boundary(i))
            .unwrap_or(start);
        let before = &self.body[floor..start];
        let Some(of) = before.rfind(" of ") else {
            return false;
        };
        let noun = before[..of].rsplit(' ').next().unwrap_or("");
        if !singular(noun).is_some_and(|one| PLACE_NOUNS.contains(&one.as_str())) {
            return false;
        }
        let list = &before[of + 4..];
        let mut words = list.split(' ').filter(|w| !w.is_empty()).peekable();
        words.peek().is_some()
            && list.ends_with(' ')
            && words.all(|w| {
                let w = w.trim_end_matches(',');
                matches!(w, "and" | "or") || w.starts_with(char::is_uppercase)
            })
            && (list.trim_end().ends_with(',')
                || list.trim_end().ends_with(" and")
                || list.trim_end().ends_with(" or"))
    }

    /// "Moody's Analytics said": a common word (or its plural) right after a listed
    /// organization's possessive is more of the firm's name, or its unit, than a person.
    fn after_firm_possessive(&self, u: usize) -> bool {
        let firm =
            u > 0 && self.units[u - 1].possessive && self.listed_as(u - 1, Kind::Organization);
        let common = |w: &str| self.words.common_words.binary_search(&w).is_ok();
        firm && {
            let word = self.text(u).to_lowercase();
            common(&word) || word.strip_suffix('s').is_some_and(common)
        }
    }

    fn speech_after(&self, u: usize) -> bool {
        let next = u + 1;
        next < self.units.len()
            && self.units[next].joined
            && !self.units[u].possessive
            && self.words.person_verbs.contains(self.text(next))
    }

    /// Does "Paris-based" or "Texas-headquartered" stand right before unit `u`?
    fn based_before(&self, u: usize) -> bool {
        let before = &self.body[..self.units[u].start];
        before
            .strip_suffix(' ')
            .is_some_and(|b| b.ends_with("-based") || b.ends_with("-headquartered"))
    }

    fn locative_before(&self, u: usize) -> bool {
        u > 0
            && self.units[u].joined
            && !self.units[u].sentence_start
            && self.units[u - 1].hit.is_none()
            && (LOCATIVES.contains(&self.text(u - 1))
                // a sports report's venues: "at Headingley", "At Hove :"
                || (self.sports && self.text(u - 1).eq_ignore_ascii_case("at"))
                // a fixture list's venue in brackets: "First test ( at Edgbaston )"
                || (self.text(u - 1) == "at"
                    && self.body[..self.units[u - 1].start].trim_end().ends_with('(')))
            && !self.words.not_names.contains(self.text(u))
            && !self.words.org_words.contains(self.text(u))
            && !self.text(u).contains('-')
            && !self.first_name(u)
    }

    /// "North Atlantic Treaty Organization (NATO)": the acronym in brackets names the same entity.
    fn acronym_after(&mut self, u: usize, entity: usize) {
        let Some(acronym) = self.bracketed_acronym(u) else {
            return;
        };
        let initials = initials(&self.entities[entity].name);
        // (or its letters in another order: "National Rally (RN)", from the name in French)
        let mut letters: Vec<char> = initials.chars().collect();
        let mut spelled: Vec<char> = acronym.chars().collect();
        letters.sort_unstable();
        spelled.sort_unstable();
        if initials.len() >= 2
            && (initials.starts_with(acronym)
                || acronym.starts_with(&initials)
                || letters == spelled)
        {
            self.acronyms.insert(acronym.to_string(), entity);
        }
    }

    /// Whether an acronym of the capitalised words `first..=last` stands in brackets right
    /// after them: "Perikatan Nasional (PN)".
    fn spelled_after(&self, first: usize, last: usize) -> bool {
        let Some(acronym) = self.bracketed_acronym(last) else {
            return false;
        };
        let initials: String = (first..=last)
            .filter(|&u| self.is_cap(u))
            .filter_map(|u| self.text(u).chars().next())
            .collect();
        initials.len() >= 2 && initials == acronym
    }

    /// The listed entity of `kind` whose name or acronym stands alone in brackets right after
    /// unit `u`: "(FDP)".
    fn bracketed_known(&self, u: usize, kind: Kind) -> Option<usize> {
        let next = self.units.get(u + 1)?;
        let hit = next.hit?;
        let inside = self.body[self.units[u].end..next.start].trim() == "("
            && self.body[next.end..].trim_start().starts_with(')');
        (inside && self.gaz.known[hit.known].kind == kind).then_some(hit.known)
    }

    /// The acronym in brackets right after unit `u`: "(NATO)".
    fn bracketed_acronym(&self, u: usize) -> Option<&'a str> {
        let end = self.units[u].end;
        let next = self.units.get(u + 1)?;
        if next.hit.is_some() || next.start < end {
            return None;
        }
        let acronym = &self.body[next.start..next.end];
        let inside = self.body[end..next.start].trim() == "("
            && self.body[next.end..].trim_start().starts_with(')')
            && all_caps(acronym)
            && acronym.chars().all(char::is_alphabetic);
        inside.then_some(acronym)
    }

    /// "Museum of Arts and Design (MAD)": the organization found from its head word (units
    /// `first..=last`) goes on after "and" to the acronym in brackets that spells it. The unit
    /// it ends at.
    fn spelled_on_by_acronym(&self, first: usize, last: usize) -> Option<usize> {
        let mut end = last + 1;
        if self.units.get(end).is_none_or(|u| !u.joined) || self.text(end) != "and" {
            return None;
        }
        while end + 1 < self.units.len()
            && end - last <= 4
            && self.units[end + 1].joined
            && self.units[end + 1].hit.is_none()
            && capitalised(self.text(end + 1))
        {
            end += 1;
            if let Some(acronym) = self.bracketed_acronym(end) {
                let spelled = initials(&self.body[self.units[first].start..self.units[end].end]);
                return (spelled == acronym).then_some(end);
            }
        }
        None
    }

    /// "National Snow and Ice Data Center (NSIDC)": the organization found from its head word
    /// (units `first..=last`) begins earlier, where the acronym after it says, across "and",
    /// "of", "for" or "the". The unit it begins at, when that is before `first`; the mentions
    /// and pending pieces the earlier words made give way.
    fn spelled_by_acronym(&mut self, first: usize, last: usize) -> Option<usize> {
        let acronym = self.bracketed_acronym(last)?;
        let found = initials(&self.body[self.units[first].start..self.units[last].end]);
        let mut missing: Vec<char> = acronym.strip_suffix(found.as_str())?.chars().collect();
        missing.last()?;
        let mut begin = first;
        while let Some(&letter) = missing.last() {
            if begin == 0 || !self.units[begin].joined {
                return None;
            }
            let word = self.text(begin - 1);
            if !ACRONYM_GAPS.contains(&word) {
                if !word.starts_with(letter) || !capitalised(word) {
                    return None;
                }
                missing.pop();
            }
            begin -= 1;
        }
        if ACRONYM_GAPS.contains(&self.text(begin)) {
            return None;
        }
        let (start, end) = (self.units[begin].start, self.units[first].start);
        self.mentions.retain(|m| m.end <= start || m.start >= end);
        self.pending
            .retain(|p| p.units.iter().all(|&u| u < begin || u >= first));
        Some(begin)
    }

    /// Link pending pieces to the people and acronyms the article names elsewhere.
    fn second_pass(&mut self) {
        let dropped = self.drop_contradicted();
        let mut full: HashMap<String, usize> = HashMap::new();
        let mut surname: HashMap<String, usize> = HashMap::new();
        // the last two words of a longer name: a double surname ("Ildefonso Guajardo
        // Villarreal" ... "Mr. Guajardo Villarreal", "Osama bin Laden" ... "bin Laden")
        let mut surnames: HashMap<String, usize> = HashMap::new();
        // the given names of people named in full, in the order the article names them
        // ("Dame Judi")
        let mut knights: HashMap<String, Vec<usize>> = HashMap::new();
        let mut after_particle: HashMap<String, usize> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind != Kind::Person || dropped[i] {
                continue;
            }
            full.insert(e.key.clone(), i);
            if let Some((given, _)) = e.key.split_once(' ') {
                knights.entry(given.to_string()).or_default().push(i);
            }
            let first_token = e.name.split(' ').next().unwrap_or_default();
            let given = self.words.first_names.contains(&first_token.to_lowercase())
                && !FAMILY_NAMES_FIRST.contains(&first_token);
            if let (false, Some((head, _))) = (given, e.key.split_once(' ')) {
                // family name first ("Wang Donghai" ... "Wang")
                surname.entry(head.to_string()).or_insert(i);
            }
            // a surname two people share is the one the article introduced first ("Bill
            // Clinton ... his wife Hillary Clinton ... Clinton said"): writers name the other
            // in full (entities are in the order the article first names them)
            let mut parts = e.key.rsplit(' ');
            if let (Some(last), Some(before)) = (parts.next(), parts.next()) {
                // (a letter alone names no one: "Pedro de la O"; the word after a particle is
                // the surname only if no one else has it: "Silva" after "Luiz Inácio Lula da
                // Silva" and "Marina Silva" is Marina Silva, the other being "da Silva")
                if PARTICLES.contains(&before) {
                    after_particle.entry(last.to_string()).or_insert(i);
                } else if last.chars().count() >= 2 {
                    surname.entry(last.to_string()).or_insert(i);
                }
                // "Ferdinand Marcos Jr." ... "Marcos": the surname before a generational suffix
                let after = parts.next();
                if matches!(last, "jr" | "sr" | "ii" | "iii" | "iv") && after.is_some() {
                    surname.entry(before.to_string()).or_insert(i);
                }
                // "Pope Leo XIV" ... "Leo", "King Charles III" ... "Charles": a regnal name
                // and its number
                let regnal = last.len() <= 5 && last.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
                if regnal && after.is_none() {
                    surname.entry(before.to_string()).or_insert(i);
                }
                // "John Lee Ka-chiu" ... "Lee": a Cantonese given name after the family name
                let mut written = e.name.rsplit(' ');
                if let (Some(given), Some(family), Some(_)) =
                    (written.next(), written.next(), written.next())
                    && given.split_once('-').is_some_and(|(a, b)| {
                        a.starts_with(char::is_uppercase) && b.starts_with(char::is_lowercase)
                    })
                {
                    surname.entry(names::key(family)).or_insert(i);
                }
            }
            // (not "la o" of "Pedro de la O": a particle opens no surname that the first
            // particle does not open, below)
            let mut spaces = e.key.rmatch_indices(' ').map(|(at, _)| at);
            if let (Some(_), Some(at)) = (spaces.next(), spaces.next())
                && !e.key[at + 1..]
                    .split_once(' ')
                    .is_some_and(|(word, _)| PARTICLES.contains(&word))
            {
                surnames.entry(e.key[at + 1..].to_string()).or_insert(i);
            }
            // and from its first particle on ("Ursula von der Leyen" ... "Von der Leyen"), or
            // from the word before it ("Cristina Fernández de Kirchner" ... "Fernández de
            // Kirchner")
            let spaces: Vec<usize> = e.key.match_indices(' ').map(|(at, _)| at).collect();
            if let Some(k) = spaces.iter().position(|&at| {
                let rest = &e.key[at + 1..];
                rest.split_once(' ')
                    .is_some_and(|(word, _)| PARTICLES.contains(&word))
            }) {
                surnames
                    .entry(e.key[spaces[k] + 1..].to_string())
                    .or_insert(i);
                if k >= 1 {
                    surnames
                        .entry(e.key[spaces[k - 1] + 1..].to_string())
                        .or_insert(i);
                }
            }
        }
        for (last, i) in after_particle {
            if last.chars().count() >= 2 {
                surname.entry(last).or_insert(i);
            }
        }
        // (a given name first is another person: "Joe Fernandez" beside "Mary Joe Fernandez")
        let words = self.words;
        let double_surname = |key: &str| {
            surnames.get(key).copied().filter(|_| {
                let first = key.split(' ').next().unwrap_or_default();
                PARTICLES.contains(&first) || !words.first_names.contains(first)
            })
        };
        // the entities of listed names
        let listed: HashSet<usize> = self.known_entity.values().copied().collect();
        let firms = self.firms_by_first_word(&listed);
        // "the Times" after "The New York Times": the paper the article names in full
        let mut papers: HashMap<&str, usize> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind == Kind::Organization
                && let Some((_, head)) = e.name.rsplit_once(' ')
                && NEWSPAPER_HEADS.contains(&head)
                && e.name.strip_prefix("The ") != Some(head)
            {
                papers.entry(head).or_insert(i);
            }
        }
        // "the Chiefs" after "the Kansas City Chiefs": the listed club the article names in full
        let named_in_full = |club: usize| {
            let name = &self.gaz.known[club].name;
            self.entities
                .iter()
                .position(|e| e.kind == Kind::Organization && &e.name == name)
        };
        // "the RBI" after "the Reserve Bank of India": the organization whose capitalised
        // words it abbreviates, if the article names one such
        let mut by_initials: HashMap<String, Option<usize>> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind != Kind::Organization || !e.name.contains(' ') {
                continue;
            }
            let initials = initials(&e.name);
            if initials.len() >= 2 {
                by_initials
                    .entry(initials)
                    .and_modify(|v| *v = None)
                    .or_insert(Some(i));
            }
        }
        // "Zycie Warszawy said" after "Zycie Warszawy daily said": a name of two words or an
        // acronym the article gives an organization elsewhere is that organization, not a
        // person guessed from its shape (a surname alone may be both: "the Clinton campaign")
        let org_keys: HashMap<&str, usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::Organization)
            .map(|(i, e)| (e.key.as_str(), i))
            .collect();
        // "Leverkusen stay unbeaten" beside "Bayer Leverkusen": a team named by its town is
        // the one listed club the article names in full with that town in its name (not when
        // it names two: "Real Madrid" and "Atletico Madrid")
        let mut club_of_town: HashMap<&str, Option<usize>> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if !self.sports
                || e.kind != Kind::Organization
                || !e.key.contains(' ')
                || !listed.contains(&i)
            {
                continue;
            }
            // the town's words anywhere in the club's name: "Leverkusen" in "Bayer
            // Leverkusen", "Kansas City" in "Kansas City Chiefs"
            let word_ends = |from: usize| {
                let rest = &e.key[from..];
                rest.match_indices(' ')
                    .map(move |(at, _)| from + at)
                    .chain(std::iter::once(e.key.len()))
            };
            let word_starts =
                std::iter::once(0).chain(e.key.match_indices(' ').map(|(at, _)| at + 1));
            for from in word_starts {
                for to in word_ends(from) {
                    let town = &e.key[from..to];
                    if town.len() < e.key.len()
                        && self.teams.get(town).is_some_and(|&team| team != i)
                    {
                        club_of_town
                            .entry(town)
                            .and_modify(|c| *c = c.filter(|&j| j == i))
                            .or_insert(Some(i));
                    }
                }
            }
        }
        // where each entity is first named
        let mut first_at = vec![usize::MAX; self.entities.len()];
        for m in &self.mentions {
            first_at[m.entity] = first_at[m.entity].min(m.start);
        }
        // the one person named in full with the given name `key` before entity `i` is first
        // named, else the one in the whole article
        let given_to = |i: usize, key: &str| {
            let all = knights.get(key)?;
            let mut before = all.iter().filter(|&&j| first_at[j] < first_at[i]);
            match (before.next(), before.next()) {
                (Some(&j), None) => Some(j),
                (None, _) if all.len() == 1 => Some(all[0]),
                _ => None,
            }
        };
        // persons named by surname alone ("President Zelensky") join the full name
        let mut remap: Vec<usize> = (0..self.entities.len()).collect();
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind == Kind::Person
                && (e.key.contains(' ') || all_caps(&e.name))
                && let Some(&org) = org_keys.get(e.key.as_str())
            {
                remap[i] = org;
                continue;
            }
            if e.kind == Kind::Organization
                && all_caps(&e.name)
                && e.name.chars().all(|c| c.is_ascii_alphabetic())
                && let Some(&Some(full)) = by_initials.get(&e.name)
                && full != i
            {
                remap[i] = full;
                continue;
            }
            // "Magna said" after "Magna International Inc": the firm, not a person
            if e.kind == Kind::Person
                && !e.key.contains(' ')
                && !surname.contains_key(&e.key)
                && let Some(&Some(firm)) = firms.get(e.name.as_str())
            {
                remap[i] = firm;
                continue;
            }
            if e.kind == Kind::Organization
                && let Some(&paper) = papers.get(e.name.trim_start_matches("The "))
            {
                remap[i] = paper;
                continue;
            }
            // "Acme's shares" after "Acme Corp": the firm named in full (not "Clinton
            // campaign" beside "Hillary Clinton" and the Clinton Foundation)
            if e.kind == Kind::Organization
                && !e.key.contains(' ')
                && !surname.contains_key(&e.key)
                && let Some(&Some(firm)) = firms.get(e.name.as_str())
                && firm != i
            {
                remap[i] = firm;
                continue;
            }
            if e.kind == Kind::Organization
                && let Some(&Some(club)) = CLUB_NICKNAMES.get(&e.key)
                && let Some(full) = named_in_full(club)
            {
                remap[i] = full;
                continue;
            }
            // a town the article names as a team elsewhere is the team throughout
            if e.kind == Kind::Place
                && let Some(&team) = self.teams.get(&e.key)
            {
                remap[i] = team;
                continue;
            }
            // "Clinton spokesman Nick Merrill", "Stein supporters": a word taken for a firm
            // or club by the role after it is the person the article names by that surname
            if e.kind == Kind::Organization
                && !e.key.contains(' ')
                && self.teams.get(&e.key) == Some(&i)
                && let Some(target) = surname.get(&e.key)
            {
                remap[i] = *target;
                continue;
            }
            // (only a sports report has clubs of towns)
            if e.kind == Kind::Organization
                && self.teams.get(&e.key) == Some(&i)
                && let Some(&Some(club)) = club_of_town.get(e.key.as_str())
            {
                remap[i] = club;
                continue;
            }
            // "Juan Carlos Ferrero ... Ferrero told": a one-word firm is the person the
            // article names in full by that surname
            if e.kind == Kind::Organization
                && !e.key.contains(' ')
                && let Some(&target) = surname.get(&e.key)
                && self.entities[target].name.contains(' ')
            {
                remap[i] = target;
                continue;
            }
            // "Dame Judi Dench ... Dame Judi said": a knight or dame by the given name; and
            // "Sarah Jones ... Sarah said": anyone by a given name that only they have in the
            // article, or only they before it is first written alone ("Mohammed bin Salman
            // ... Prince Mohammed ... Sheikh Mohammed bin Abdulrahman"), and that is no one's
            // surname
            if e.kind == Kind::Person
                && !e.key.contains(' ')
                && let Some(target) = given_to(i, &e.key)
                && ((self.words.first_names.contains(&e.key) && !surname.contains_key(&e.key))
                    || self.mentions.iter().any(|m| {
                        let before = &self.body[..m.start];
                        m.entity == i && (before.ends_with("Sir ") || before.ends_with("Dame "))
                    }))
            {
                remap[i] = target;
                continue;
            }
            // a place guessed from "in X" alone is the person the article names X elsewhere
            let guessed_place = e.kind == Kind::Place && !self.strong.contains(&i);
            if (e.kind == Kind::Person || guessed_place)
                && !e.key.contains(' ')
                && let Some(target) = surname.get(&e.key)
            {
                remap[i] = *target;
            }
            if e.kind == Kind::Person
                && let Some(target) = double_surname(&e.key)
            {
                remap[i] = target;
            }
        }
        // a town the article names as a team, and that team's club: "Leverkusen" the place
        // is "Bayer Leverkusen"
        for i in 0..remap.len() {
            let team = remap[i];
            if team != i && self.teams.get(&self.entities[team].key) == Some(&team) {
                remap[i] = remap[team];
            }
        }
        // "MaliVai Washington ... said Washington": a place that is the surname of a person
        // the article names in full is that person where no preposition makes it a place
        let namesakes: HashMap<usize, usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|&(i, e)| e.kind == Kind::Place && remap[i] == i)
            .filter_map(|(i, e)| match surname.get(&e.key) {
                Some(&person) if self.entities[person].name.contains(' ') => {
                    Some((i, remap[person]))
                }
                _ => None,
            })
            .collect();
        let body = self.body;
        for m in &mut self.mentions {
            // a dateline ("NEW YORK 1996-08-30") and "In Seattle, ..." name the town even in a
            // sports report
            let team = self.entities[remap[m.entity]].kind == Kind::Organization
                && self.entities[m.entity].kind == Kind::Place;
            let dateline = || {
                let line_start = body[..m.start].rfind('\n').map_or(0, |i| i + 1);
                dateline_after(&body[m.end..])
                    || dateline_place_from(&body[line_start..], m.start - line_start)
                        .is_some_and(|(place, _)| m.end - line_start <= place)
            };
            if !(team && (dateline() || venue_before(&body[..m.start]))) {
                m.entity = remap[m.entity];
            }
            if let Some(&person) = namesakes.get(&m.entity)
                && !place_context(body, m.start, m.end)
            {
                m.entity = person;
            }
        }
        // "José Ángel Medina Rubio ... Medina Rubio": a place and a listed surname side by side
        // are the double surname of the person the article named in full
        // (only a place that is the first word of such a surname is looked at)
        let firsts: HashSet<&str> = surnames
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(first, _)| first))
            .collect();
        let mut gone: Vec<usize> = Vec::new();
        for k in (0..self.mentions.len()).filter(|_| !firsts.is_empty()) {
            let m = self.mentions[k];
            if self.entities[m.entity].kind != Kind::Place
                || !firsts.contains(names::key(&body[m.start..m.end]).as_str())
            {
                continue;
            }
            let Some(n) = self.mentions.iter().position(|x| x.start == m.end + 1) else {
                continue;
            };
            let end = self.mentions[n].end;
            if &body[m.end..m.end + 1] == " "
                && let Some(&person) = surnames.get(&names::key(&body[m.start..end]))
            {
                self.mentions[k] = Mention {
                    entity: remap[person],
                    start: m.start,
                    end,
                };
                gone.push(n);
            }
        }
        let mut k = 0;
        self.mentions.retain(|_| {
            k += 1;
            !gone.contains(&(k - 1))
        });
        // places a cue found ("east of Tavildara"): the same word elsewhere is the place
        let places: HashMap<String, usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|&(i, e)| e.kind == Kind::Place && self.strong.contains(&i) && remap[i] == i)
            .map(|(i, e)| (e.key.clone(), i))
            .collect();
        let pending = std::mem::take(&mut self.pending);
        for p in &pending {
            let mut i = 0;
            while i < p.units.len() {
                let u = p.units[i];
                if let Some(&next) = p.units.get(i + 1) {
                    let two = names::key(&format!("{} {}", self.text(u), self.text(next)));
                    let found = full
                        .get(&two)
                        .copied()
                        .or_else(|| double_surname(&two))
                        .map(|e| remap[e]);
                    if let Some(e) = found.or_else(|| self.teams.get(&two).map(|&e| remap[e])) {
                        self.mentions.push(Mention {
                            entity: e,
                            start: self.units[u].start,
                            end: self.units[next].end,
                        });
                        i += 2;
                        continue;
                    }
                    if self.listed_club(&two, self.units[u].start, self.units[next].end) {
                        i += 2;
                        continue;
                    }
                }
                let word = self.text(u);
                let key = names::key(word);
                // a person found by word shape alone takes only a surname that reads as one
                let plausible = |e: usize| {
                    self.strong.contains(&e)
                        || (!p.after_the
                            && !self.units[u].headline
                            && !self.words.thing_words.contains(word))
                };
                let target = self
                    .acronyms
                    .get(word)
                    .copied()
                    .or_else(|| {
                        surname
                            .get(&key)
                            .copied()
                            .filter(|&e| plausible(e))
                            .map(|e| remap[e])
                    })
                    .or_else(|| full.get(&key).map(|&e| remap[e]))
                    .or_else(|| self.teams.get(&key).map(|&e| remap[e]))
                    .or_else(|| places.get(&key).copied())
                    .or_else(|| {
                        // (not "Commerce" opening a sentence, unless the article's firm)
                        let opening = self.units[u].sentence_start && self.common_word(u);
                        firms.get(word).copied().flatten().filter(|_| !opening)
                    });
                if let Some(e) = target {
                    self.mentions.push(Mention {
                        entity: e,
                        start: self.units[u].start,
                        end: self.units[u].end,
                    });
                } else {
                    self.listed_club(&key, self.units[u].start, self.units[u].end);
                }
                i += 1;
            }
        }
        self.home_bodies();
        self.drop_unmentioned();
    }

    /// In a sports report, a listed club named by its nickname alone ("the Brewers", "the
    /// Red Sox"): record the mention at `start..end` and say so.
    fn listed_club(&mut self, nickname: &str, start: usize, end: usize) -> bool {
        if !self.sports {
            return false;
        }
        let Some(&Some(club)) = CLUB_NICKNAMES.get(nickname) else {
            return false;
        };
        let known = &self.gaz.known[club];
        let (name, key) = (known.name.clone(), known.key.clone());
        let e = self.mention(start, end, name, Kind::Organization, key);
        self.known_entity.insert(club, e);
        self.strong.insert(e);
        true
    }

    /// Firms the article names in full, listed or with a legal suffix or an organization
    /// head word, by their first word: "Magna International Inc" is "Magna" later, "Mercantile Bancorp"
    /// "Mercantile". A first word two firms share maps to `None`; a word that names no
    /// firm by itself (a role, a list word, "First", "Bank") is left out. A one-word firm
    /// ("Acme's shares") is the short form of a longer one with that first word ("Acme
    /// Corp"), not a second firm.
    fn firms_by_first_word(&self, listed: &HashSet<usize>) -> HashMap<String, Option<usize>> {
        let mut firms: HashMap<String, Option<usize>> = HashMap::new();
        let mut order: Vec<usize> = (0..self.entities.len()).collect();
        order.sort_by_key(|&i| !self.entities[i].name.contains(' '));
        for i in order {
            let e = &self.entities[i];
            if e.kind != Kind::Organization {
                continue;
            }
            let mut words = e.name.split(' ');
            let Some(first) = words.next() else {
                continue;
            };
            // one word: a firm only if the article said so ("news agency Tanjug")
            let firm = match words.next_back() {
                Some(last) => {
                    listed.contains(&i)
                        || CORPORATE_SUFFIXES.contains(&last)
                        || self.words.org_words.contains(last)
                }
                None => self.strong.contains(&i) && !listed.contains(&i),
            };
            let names_it = first.chars().count() >= 3
                && first.starts_with(char::is_uppercase)
                && first.chars().skip(1).any(char::is_lowercase)
                && !ORG_LEADS.contains(&first)
                && !self.words.org_words.contains(first)
                && !self.words.titles.contains(first)
                && !self.words.not_names.contains(first)
                && !self.words.demonyms.contains(first)
                && !self.words.thing_words.contains(first)
                // (not "Gulf ties" beside the Gulf Research Center: a place's head word)
                && !self.words.place_words.contains(first);
            if firm && names_it {
                let one_word = !e.name.contains(' ');
                firms
                    .entry(first.to_string())
                    .and_modify(|f| {
                        if *f != Some(i) && !one_word {
                            *f = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
        firms
    }

    /// A person guessed from the shape of the words alone ("Pirelli Cables") is dropped when
    /// the article names an organization or place with the same first word ("Pirelli SpA").
    fn drop_contradicted(&mut self) -> Vec<bool> {
        let heads: HashSet<&str> = self
            .entities
            .iter()
            .filter(|e| e.kind != Kind::Person)
            .filter_map(|e| e.key.split(' ').next())
            .collect();
        let dropped: Vec<bool> = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                e.kind == Kind::Person
                    && !self.strong.contains(&i)
                    && e.key.split(' ').next().is_some_and(|h| heads.contains(h))
            })
            .collect();
        self.mentions.retain(|m| !dropped[m.entity]);
        dropped
    }

    /// "Congress", "the Supreme Court", "the Senate" in a story of another country ("Congress
    /// leader Rahul Gandhi", Brazil's Congress) are that country's, not the U.S. bodies the
    /// lists give those words: when the story names another country or nationality and
    /// never the United States, Americans or Washington, each becomes a body of its own name,
    /// or the one body the story names with that word in it ("Indian National Congress").
    fn home_bodies(&mut self) {
        let body = self.body;
        let generic = |m: &Mention, e: &Entity| {
            let written = &body[m.start..m.end];
            e.kind == Kind::Organization
                && e.name.starts_with("U.S. ")
                && US_GENERIC_BODIES.contains(&written)
        };
        if !self
            .mentions
            .iter()
            .any(|m| generic(m, &self.entities[m.entity]))
        {
            return;
        }
        let american = self.mentions.iter().any(|m| {
            let written = &body[m.start..m.end];
            let e = &self.entities[m.entity];
            written.starts_with("U.S")
                || written.starts_with("US ")
                || written == "US"
                || matches!(
                    e.name.as_str(),
                    "United States" | "American" | "Washington" | "White House"
                )
        });
        let countries: HashSet<usize> = self
            .known_entity
            .iter()
            .filter(|(k, _)| self.gaz.known[**k].country)
            .map(|(_, &e)| e)
            .collect();
        let abroad = self.mentions.iter().any(|m| {
            let e = &self.entities[m.entity];
            countries.contains(&m.entity) || e.kind == Kind::Nationality
        });
        if american || !abroad {
            return;
        }
        for k in 0..self.mentions.len() {
            let m = self.mentions[k];
            if !generic(&m, &self.entities[m.entity]) {
                continue;
            }
            let written = &body[m.start..m.end];
            let named: Vec<usize> = (0..self.entities.len())
                .filter(|&i| {
                    let e = &self.entities[i];
                    e.kind == Kind::Organization
                        && !e.name.starts_with("U.S. ")
                        && e.name != written
                        && e.name.split(' ').any(|w| w == written)
                })
                .collect();
            let entity = match named[..] {
                [one] => one,
                _ => self.entity(written, Kind::Organization, names::key(written)),
            };
            self.mentions[k].entity = entity;
        }
    }

    /// Entities folded into others by the second pass have no mentions left: drop them.
    fn drop_unmentioned(&mut self) {
        let mut used = vec![false; self.entities.len()];
        for m in &self.mentions {
            used[m.entity] = true;
        }
        let mut new_index = vec![0; self.entities.len()];
        let mut kept = Vec::with_capacity(self.entities.len());
        for (i, e) in std::mem::take(&mut self.entities).into_iter().enumerate() {
            if used[i] {
                new_index[i] = kept.len();
                kept.push(e);
            }
        }
        for m in &mut self.mentions {
            m.entity = new_index[m.entity];
        }
        self.entities = kept;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(body: &str) -> Vec<(String, &'static str, String)> {
        let (entities, mentions) = find(body);
        mentions
            .iter()
            .map(|m| {
                let e = &entities[m.entity];
                (
                    body[m.start..m.end].to_string(),
                    e.kind.as_str(),
                    e.name.clone(),
                )
            })
            .collect()
    }

    /// Body, then every mention as "surface=kind:canonical name".
    const CASES: &[(&str, &[&str])] = &[
        (
            "He spoke. Students at Georgia Tech said no.",
            &["Georgia Tech=organization:Georgia Tech"],
        ),
        (
            "He spoke. Apple changed its App Store rules.",
            &[
                "Apple=organization:Apple",
                "App Store=organization:App Store",
            ],
        ),
        (
            "He spoke. Trudeau spoke outside his residence, Rideau Cottage.",
            &[
                "Trudeau=person:Justin Trudeau",
                "Rideau Cottage=place:Rideau Cottage",
            ],
        ),
        (
            "He spoke. Djokovic won at Roland Garros on Sunday.",
            &[
                "Djokovic=person:Novak Djokovic",
                "Roland Garros=event:French Open",
            ],
        ),
        (
            // the holiday, not a place like New York
            "He spoke. Xi Jinping gave a New Year address.",
            &[
                "Xi Jinping=person:Xi Jinping",
                "New Year=event:New Year's Day",
            ],
        ),
        (
            // a group's possessive inside a body's name; a title after it ends the name
            "He spoke. International Longshoremen's Association President Harold Daggett said no.",
            &[
                "International Longshoremen's Association=organization:International Longshoremen's Association",
                "Harold Daggett=person:Harold Daggett",
            ],
        ),
        (
            // (not a body's own possessive: its board is named after "on")
            "He spoke. The Court of Appeals' Board on Professional Responsibility said no.",
            &[
                "Court of Appeals=organization:Court of Appeals",
                "Board on Professional Responsibility=organization:Board on Professional Responsibility",
            ],
        ),
        (
            // (nor a body's possessive before one of its parts)
            "He spoke. The Court of Appeals' Ethics Board said no.",
            &[
                "Court of Appeals=organization:Court of Appeals",
                "Ethics Board=organization:Ethics Board",
            ],
        ),
        (
            "He spoke. The Screen Actors Guild said no.",
            &["Screen Actors Guild=organization:Screen Actors Guild"],
        ),
        (
            // after a title's "of", the rest of the title is no part of the name
            "White House Chief of Staff Jeff Zients said no.",
            &[
                "White House=organization:White House",
                "Jeff Zients=person:Jeff Zients",
            ],
        ),
        (
            // a city's controller is an office, like its attorney
            "Later, City Controller Kenneth Mejia said no.",
            &["Kenneth Mejia=person:Kenneth Mejia"],
        ),
        (
            // an analysts' firm ending in Advisory, not a place after "at"
            "said Richard Aboulafia, managing director at AeroDynamic Advisory.",
            &[
                "Richard Aboulafia=person:Richard Aboulafia",
                "AeroDynamic Advisory=organization:AeroDynamic Advisory",
            ],
        ),
        (
            // capitals after a model number name the model; after a year, a body
            "Boeing capped output of the 737 MAX after the 2024 WFA report.",
            &["Boeing=organization:Boeing", "WFA=organization:WFA"],
        ),
        (
            // a place's head word before a number is a numbered road, no place of its own
            "He spoke. Parks closed near Edson along the Highway 16 corridor.",
            &["Edson=place:Edson"],
        ),
        (
            // national agencies named after their country; NZ is the country
            "He spoke. Parks Canada and Health NZ said New Zealand and NZ agree.",
            &[
                "Parks Canada=organization:Parks Canada",
                "Health NZ=organization:Health New Zealand",
                "New Zealand=place:New Zealand",
                "NZ=place:New Zealand",
            ],
        ),
        (
            // prizes and medals, plural too, are no one's name
            "He spoke. The 2024 Pulitzer Prizes went to Anna Kovac.",
            &["Anna Kovac=person:Anna Kovac"],
        ),
        (
            // capitals before a bill's number name the bill; before a year, a body
            "He spoke. DeSantis signed HB 1069 and SB 4, and the WFA 2024 report came out.",
            &["DeSantis=person:Ron DeSantis", "WFA=organization:WFA"],
        ),
        (
            "Ukrainian Foreign Minister Dmytro Kuleba met NATO Secretary-General Jens Stoltenberg.",
            &[
                "Ukrainian=nationality:Ukrainian",
                "Dmytro Kuleba=person:Dmytro Kuleba",
                "NATO=organization:NATO",
                "Jens Stoltenberg=person:Jens Stoltenberg",
            ],
        ),
        (
            "Leicestershire beat Somerset on Friday.\nKent 108-3 , Surrey 429-7 .\nKent made 108.",
            &[
                "Leicestershire=organization:Leicestershire",
                "Somerset=organization:Somerset",
                "Kent=organization:Kent",
                "Surrey=organization:Surrey",
                "Kent=organization:Kent",
            ],
        ),
        (
            "Pohang 3 Ulsan 2 ( halftime 1-0 )\nAustralia 2 France 1\nShe flew to London in 1996.",
            &[
                "Pohang=organization:Pohang",
                "Ulsan=organization:Ulsan",
                "Australia=place:Australia",
                "France=place:France",
                "London=place:London",
            ],
        ),
        (
            "The Texas Rangers beat the Boston Red Sox as Manchester United drew.",
            &[
                "Texas Rangers=organization:Texas Rangers",
                "Boston Red Sox=organization:Boston Red Sox",
                "Manchester United=organization:Manchester United",
            ],
        ),
        (
            // a capitalised common word ending a name after its town: a body, not a person
            // and a place; but a weekday is a date and a place word a wider place
            "Zeke Hausfather of Berkeley Earth said so. Chicago Fire won. Officials in Austin \
             Monday said the Washington Monument was shut.",
            &[
                "Zeke Hausfather=person:Zeke Hausfather",
                "Berkeley Earth=organization:Berkeley Earth",
                "Chicago Fire=organization:Chicago Fire",
                "Austin=place:Austin",
                "Washington Monument=place:Washington Monument",
            ],
        ),
        (
            // a sports report: a town after "for" or before a result is its team, but the
            // town where a game is played stays a place
            "Mike Mordecai homered in the ninth inning for Atlanta , and the pitcher won again as \
             Boston lost .\nIn Atlanta , Baltimore's Eddie Murray homered .",
            &[
                "Mike Mordecai=person:Mike Mordecai",
                "Atlanta=organization:Atlanta",
                "Boston=organization:Boston",
                "Atlanta=place:Atlanta",
                "Baltimore=organization:Baltimore",
                "Eddie Murray=person:Eddie Murray",
            ],
        ),
        (
            // a county side in a cricket report; the county stays a place outside sport
            "Essex bowled Kent out for 174 and took four wickets before stumps , with one \
             innings left .\nRain fell in Essex .",
            &[
                "Essex=organization:Essex",
                "Kent=organization:Kent",
                "Essex=place:Essex",
            ],
        ),
        (
            // unknown words after "at" or "in" name a place, unless a given name opens them
            "The test was played at Old Trafford after an attack in Sergiyev Posad, Gary \
             Lineker said in John Smith's presence.",
            &[
                "Old Trafford=place:Old Trafford",
                "Sergiyev Posad=place:Sergiyev Posad",
                "Gary Lineker=person:Gary Lineker",
                "John Smith=person:John Smith",
            ],
        ),
        (
            // a firm the article introduces is that firm when it speaks later
            "The Yugoslav news agency Tanjug reported the talks. Tanjug said they would go \
             on. Shares in Cofinec S.A. fell. Cofinec said it would recover.",
            &[
                "Yugoslav=nationality:Yugoslav",
                "Tanjug=organization:Tanjug",
                "Tanjug=organization:Tanjug",
                "Cofinec S.A.=organization:Cofinec S.A.",
                "Cofinec=organization:Cofinec S.A.",
            ],
        ),
        (
            // a word a cue makes a place is that place wherever the article names it
            "Rebels took Tavildara on Monday. Fighting went on in the mining towns of \
             Barentsburg, just east of Tavildara.",
            &[
                "Tavildara=place:Tavildara",
                "Barentsburg=place:Barentsburg",
                "Tavildara=place:Tavildara",
            ],
        ),
        (
            // a sports report's venue after "at"
            "Essex bowled well , took four wickets before stumps and lost one innings at \
             Headingley .",
            &["Essex=organization:Essex", "Headingley=place:Headingley"],
        ),
        (
            // an unknown name before a listed surname is another person of that name
            "Naina Yeltsin said her husband Boris Yeltsin was well. Then Yeltsin spoke.",
            &[
                "Naina Yeltsin=person:Naina Yeltsin",
                "Boris Yeltsin=person:Boris Yeltsin",
                "Yeltsin=person:Boris Yeltsin",
            ],
        ),
        (
            // a compass word, whole or abbreviated, makes one nationality with the next word
            "SOCCER - RESULTS OF SOUTH KOREAN GAMES .\nS. Korean exports and S. African \
             gold rose .",
            &[
                "SOUTH KOREAN=nationality:South Korean",
                "S. Korean=nationality:South Korean",
                "S. African=nationality:South African",
            ],
        ),
        (
            // a particle inside an unknown name; not in a building's name
            "The award went to Aravinda de Silva at Casa de Narino. Crowds filled Plaza de Mayo.",
            &[
                "Aravinda de Silva=person:Aravinda de Silva",
                "Casa de Narino=place:Casa de Narino",
                "Plaza de Mayo=place:Plaza de Mayo",
            ],
        ),
        (
            // a given name and a middle name before a listed surname: another person
            "Donna Sampson Rawlings, 59, said so. Jerry Rawlings did not.",
            &[
                "Donna Sampson Rawlings=person:Donna Sampson Rawlings",
                "Jerry Rawlings=person:Jerry Rawlings",
            ],
        ),
        (
            // an unknown name before a one-word town is a person's given name
            "The finalist MaliVai Washington lost. Later Washington said he was tired.",
            &[
                "MaliVai Washington=person:MaliVai Washington",
                "Washington=person:MaliVai Washington",
            ],
        ),
        (
            // an agency credited in a dateline or told something is the agency, whatever
            // party has its acronym
            "MELBOURNE (AAP) - Voters went out. Ravi Singh told AAP it was slow.\n\nThe Aam Aadmi Party (AAP) won.\n\nMumbai, Jan 18 (PTI) Rain fell.",
            &[
                "MELBOURNE=place:Melbourne",
                "AAP=organization:Australian Associated Press",
                "Ravi Singh=person:Ravi Singh",
                "AAP=organization:Australian Associated Press",
                "Aam Aadmi Party=organization:Aam Aadmi Party",
                "AAP=organization:Aam Aadmi Party",
                "Mumbai=place:Mumbai",
                "PTI=organization:Press Trust of India",
            ],
        ),
        (
            // a town among the names after a given name is a surname too, also when only the
            // double surname is written again
            "He spoke. José Ángel Medina Rubio, 44, was held. Medina Rubio is wanted by Marco Rubio.",
            &[
                "José Ángel Medina Rubio=person:José Ángel Medina Rubio",
                "Medina Rubio=person:José Ángel Medina Rubio",
                "Marco Rubio=person:Marco Rubio",
            ],
        ),
        (
            // a family name first and a hyphenated given name, wherever in the sentence
            "\"No,\" said Park Sang-cheol, a retiree. He met Choi Sang-mok.",
            &[
                "Park Sang-cheol=person:Park Sang-cheol",
                "Choi Sang-mok=person:Choi Sang-mok",
            ],
        ),
        (
            // unlisted words joined to a body's head word by "and" and commas open its name
            "He spoke. The Test and County Cricket Board and the Senate Commerce, Science and \
             Transportation Committee met. The Israelis and Red Cross did not.",
            &[
                "Test and County Cricket Board=organization:Test and County Cricket Board",
                "Senate Commerce, Science and Transportation Committee=organization:\
                 Senate Commerce, Science and Transportation Committee",
                "Israelis=nationality:Israeli",
                "Red Cross=organization:Red Cross",
            ],
        ),
        (
            // the chamber alone beside its committees; "house" in lower case is a house
            "He spoke. The House Ethics Committee and the House Oversight Committee sent it to \
             the full House, near his house. Gazzetta dello Sport and Itar-Tass reported it.",
            &[
                "House Ethics Committee=organization:House Ethics Committee",
                "House Oversight Committee=organization:House Oversight Committee",
                "House=organization:U.S. House of Representatives",
                "Gazzetta dello Sport=organization:Gazzetta dello Sport",
                "Itar-Tass=organization:TASS",
            ],
        ),
        (
            // hospitals, teams, units and bus firms end bodies' names; a portfolio between a
            // minister and the name is the title's
            "He spoke. She was taken to Leeds General Infirmary. The Homicide and Major Enquiry \
             Team and Trentline Buses said so. Minister for Housing James Browne agreed.",
            &[
                "Leeds General Infirmary=organization:Leeds General Infirmary",
                "Homicide and Major Enquiry Team=organization:Homicide and Major Enquiry Team",
                "Trentline Buses=organization:Trentline Buses",
                "James Browne=person:James Browne",
            ],
        ),
        (
            // a title and a given name after a body's "of" begin a person; portfolios (titles)
            // go on a body's name after "of" and "and"
            "He spoke. Florida Division of Emergency Management Director Luis Ocampo and the \
             UAE Ministry of Energy and Infrastructure met.",
            &[
                "Florida Division of Emergency Management=organization:\
                 Florida Division of Emergency Management",
                "Luis Ocampo=person:Luis Ocampo",
                "UAE Ministry of Energy and Infrastructure=organization:\
                 UAE Ministry of Energy and Infrastructure",
            ],
        ),
        (
            // Ireland's parliament and police; its offices are titles
            "He spoke. The Taoiseach told the Dáil that Gardaí and the Ceann Comhairle agreed.",
            &[
                "Dáil=organization:Dáil Éireann",
                "Gardaí=organization:Garda Síochána",
            ],
        ),
        (
            // what a place is the base of is a firm; the hyphenated word ends the place's run
            "He spoke. Analysts at Lyon-based Orsay Gestion agreed. Paris-based Orsay Gestion \
             said so.",
            &[
                "Lyon=place:Lyon",
                "Orsay Gestion=organization:Orsay Gestion",
                "Orsay Gestion=organization:Orsay Gestion",
            ],
        ),
        (
            // towns of Gaza, Lebanon and the Donbas front; a tennis venue
            "He spoke. Strikes hit Beit Hanoon, Beit Lahia, Sidon and Kostiantynivka. Indian \
             Wells hosts the tournament.",
            &[
                "Beit Hanoon=place:Beit Hanoun",
                "Beit Lahia=place:Beit Lahia",
                "Sidon=place:Sidon",
                "Kostiantynivka=place:Kostiantynivka",
                "Indian Wells=place:Indian Wells",
            ],
        ),
        (
            // a Cantonese given name after the family name
            "He spoke. Chief Executive John Lee Ka-chiu spoke. Lee said it was fine.",
            &[
                "John Lee Ka-chiu=person:John Lee Ka-chiu",
                "Lee=person:John Lee Ka-chiu",
            ],
        ),
        (
            // honours and offices after a name are no part of it
            "He spoke. Simon Pratt KC and Jane Smith MP agreed. Mr Pratt left.",
            &[
                "Simon Pratt=person:Simon Pratt",
                "Jane Smith=person:Jane Smith",
                "Pratt=person:Simon Pratt",
            ],
        ),
        (
            // Irish, Scottish and Welsh given names
            "He spoke. Aengus Ó Snodaigh, Rhodri Ellis and Hamish Tulloch objected.",
            &[
                "Aengus Ó Snodaigh=person:Aengus Ó Snodaigh",
                "Rhodri Ellis=person:Rhodri Ellis",
                "Hamish Tulloch=person:Hamish Tulloch",
            ],
        ),
        (
            // a chief of staff's title holds "Staff"; a general staff is a body
            "He spoke. White House Chief of Staff Susie Wiles met the General Staff.",
            &[
                "White House=organization:White House",
                "Susie Wiles=person:Susie Wiles",
                "General Staff=organization:General Staff",
            ],
        ),
        (
            // a regnal name alone after the name and its number
            "He spoke. Pope Leo XIV met King Charles III. Leo and Charles prayed.",
            &[
                "Pope Leo XIV=person:Leo XIV",
                "Charles III=person:Charles III",
                "Leo=person:Leo XIV",
                "Charles=person:Charles III",
            ],
        ),
        (
            // British unions and towns with hyphens and "upon"
            "He spoke. Unite and the RMT struck in Newcastle under Lyme and Stratford-upon-Avon.",
            &[
                "Unite=organization:Unite the Union",
                "RMT=organization:National Union of Rail, Maritime and Transport Workers",
                "Newcastle under Lyme=place:Newcastle-under-Lyme",
                "Stratford-upon-Avon=place:Stratford-upon-Avon",
            ],
        ),
        (
            // an office's possessive opens its office's name
            "He spoke. The Prime Minister's Office said the Governor's Office agreed.",
            &[
                "Prime Minister's Office=organization:Prime Minister's Office",
                "Governor's Office=organization:Governor's Office",
            ],
        ),
        (
            // a body's head word alone opening a sentence is no one's name
            "He spoke. Police said the seven men would appear in Stansted on Saturday.",
            &["Stansted=place:Stansted"],
        ),
        (
            // a trade before an unlisted name, capitalised as it opens the sentence
            "He spoke. Broker Khurshid Alam said the mood was bad. Economist Ana Ochoa agreed.",
            &[
                "Khurshid Alam=person:Khurshid Alam",
                "Ana Ochoa=person:Ana Ochoa",
            ],
        ),
        (
            // a state legislator's title before an unlisted name
            "He spoke. In the assembly, MLA Prakash Kadadi claimed there was fraud.",
            &["Prakash Kadadi=person:Prakash Kadadi"],
        ),
        (
            // a portfolio before its minister is the title's, not a body's head word
            "He spoke. Saudi Energy Minister Prince Abdulaziz bin Salman and British Energy met.",
            &[
                "Saudi=nationality:Saudi",
                "Abdulaziz bin Salman=person:Abdulaziz bin Salman",
                "British Energy=organization:British Energy",
            ],
        ),
        (
            // nor when more capitalised words go on after the town
            "BENGALURU: Polls to the Bruhat Bengaluru Mahanagara Palike are due.",
            &["BENGALURU=place:Bengaluru", "Bengaluru=place:Bengaluru"],
        ),
        (
            // but not an English word's ending opening the sentence before it
            "He spoke. Uncapped Kerala wicketkeeper Aman Tirkey was named.",
            &["Kerala=place:Kerala", "Aman Tirkey=person:Aman Tirkey"],
        ),
        (
            // a town's police is its own body; a country before a ministry is the country
            "The Tulsa Police Department and the Kenya Health Ministry said so.",
            &[
                "Tulsa Police Department=organization:Tulsa Police Department",
                "Kenya=place:Kenya",
                "Health Ministry=organization:Health Ministry",
            ],
        ),
        (
            // a dateline names its town, and the town is a place wherever the article names it
            "Rebels meet .\nKHASAVYURT , Surinam 1996-08-31\nTalks in Khasavyurt went on .\n\
             EXCLUSIVE — Talks went on.",
            &[
                "KHASAVYURT=place:Khasavyurt",
                "Surinam=place:Surinam",
                "Khasavyurt=place:Khasavyurt",
            ],
        ),
        (
            // a state by its AP abbreviation, at a sentence's end too; "Del." stays a title
            "The plant in Detroit, Mich., closed. Del. Marcia Price lives in Roanoke, Va.\n\n\
             John Gorra.\n\nStaunton Va.",
            &[
                "Detroit=place:Detroit",
                "Mich.=place:Michigan",
                "Marcia Price=person:Marcia Price",
                "Roanoke=place:Roanoke",
                "Va.=place:Virginia",
                "John Gorra=person:John Gorra",
                "Va.=place:Virginia",
            ],
        ),
        (
            // a fixture's venue in brackets is a place
            "Itinerary :\nJune 5-9 First test match ( at Edgbaston )\nJune 19 Practice (at Arundel)",
            &["Edgbaston=place:Edgbaston", "Arundel=place:Arundel"],
        ),
        (
            // a cricket scorecard: batsman, fielder and bowler; a bowler's figures
            "Sri Lanka innings\nS. Law c Tillekeratne b Dharmasena 13\nM. Bevan not out 56\n\
             Bowling : Vaas 7-0-29-0 , Muralitharan 9.5-0-41-2\nThe plan b Smith was fine .",
            &[
                "Sri Lanka=place:Sri Lanka",
                "S. Law=person:S. Law",
                "Tillekeratne=person:Tillekeratne",
                "Dharmasena=person:Dharmasena",
                "M. Bevan=person:M. Bevan",
                "Vaas=person:Vaas",
                "Muralitharan=person:Muralitharan",
            ],
        ),
        (
            // firms named by their trade ("Energy", "Healthcare"), an atoll by its word
            "Patriot was a spinoff of Peabody Energy. Peabody kept its mines, Lenox \
             Healthcare closed and Obama toured Midway Atoll.",
            &[
                "Peabody Energy=organization:Peabody Energy",
                "Peabody=organization:Peabody Energy",
                "Lenox Healthcare=organization:Lenox Healthcare",
                "Obama=person:Barack Obama",
                "Midway Atoll=place:Midway Atoll",
            ],
        ),
        (
            // business words after a name make it a firm, but not a common noun's
            "Bank executives are not held to account, but Cofinec executives and Petofi \
             shareholder groups are. Total shares rose.",
            &["Cofinec=organization:Cofinec", "Petofi=organization:Petofi"],
        ),
        (
            // a sports report names listed clubs by their nicknames alone
            "The pitcher homered in the ninth inning and the Brewers trailed the Red Sox by \
             two runs before his second homer .",
            &[
                "Brewers=organization:Milwaukee Brewers",
                "Red Sox=organization:Boston Red Sox",
            ],
        ),
        (
            // (outside sport a nickname is no club, unless the list spells it out)
            "The Brewers trailed the Red Sox by two runs .",
            &["Red Sox=organization:Boston Red Sox"],
        ),
        (
            "Surrey police said a man was arrested in Essex .",
            &["Surrey=place:Surrey", "Essex=place:Essex"],
        ),
        (
            // the same words outside sport leave the towns alone
            "The mayor worked for Atlanta for years as Boston lost jobs .\nIn Atlanta , \
             Baltimore's Eddie Murray spoke .",
            &[
                "Atlanta=place:Atlanta",
                "Boston=place:Boston",
                "Atlanta=place:Atlanta",
                "Baltimore=place:Baltimore",
                "Eddie Murray=person:Eddie Murray",
            ],
        ),
        (
            // a nationality word opens a party's name, but only a party's
            "Leaders of the Iraqi National Congress and the Indonesian Democratic Party met \
             Iraqi officials and the North Korean Red Cross.",
            &[
                "Iraqi National Congress=organization:Iraqi National Congress",
                "Indonesian Democratic Party=organization:Indonesian Democratic Party",
                "Iraqi=nationality:Iraqi",
                "North Korean Red Cross=organization:North Korean Red Cross",
            ],
        ),
        (
            "Norwich striker Keith O'Neill joined. Fast forward to 2022.",
            &[
                "Norwich=organization:Norwich",
                "Keith O'Neill=person:Keith O'Neill",
            ],
        ),
        (
            "Leading scores:\n\n66 Neal Lancaster , Dave Barr ( Canada ) , Mike Sullivan\n\nEnd.",
            &[
                "Neal Lancaster=person:Neal Lancaster",
                "Dave Barr=person:Dave Barr",
                "Canada=place:Canada",
                "Mike Sullivan=person:Mike Sullivan",
            ],
        ),
        (
            "In third place came Laban Rotich (Kenya), ahead of the field.",
            &["Laban Rotich=person:Laban Rotich", "Kenya=place:Kenya"],
        ),
        (
            "SEATTLE 1996-08-30\nSeattle 5 Boston 2\nSeattle won again.",
            &[
                "SEATTLE=place:Seattle",
                "Seattle=organization:Seattle",
                "Boston=organization:Boston",
                "Seattle=organization:Seattle",
            ],
        ),
        (
            "The packaging company Cofinec plunged. Later Cofinec recovered.",
            &[
                "Cofinec=organization:Cofinec",
                "Cofinec=organization:Cofinec",
            ],
        ),
        (
            "Ukrainians and Eastern Europeans fear Russia, a Ukrainian soldier said.",
            &[
                "Ukrainians=nationality:Ukrainian",
                "Eastern Europeans=nationality:Eastern European",
                "Russia=place:Russia",
                "Ukrainian=nationality:Ukrainian",
            ],
        ),
        (
            "Germany’s Boris Pistorius spoke. Later Pistorius said no.",
            &[
                "Germany=place:Germany",
                "Boris Pistorius=person:Boris Pistorius",
                "Pistorius=person:Boris Pistorius",
            ],
        ),
        (
            "The talks, the Financial Times reports, involved the Bank of England and the European Commission.",
            &[
                "Financial Times=organization:Financial Times",
                "Bank of England=organization:Bank of England",
                "European Commission=organization:European Commission",
            ],
        ),
        (
            "Kyiv’s allies met in Kiev; kyiv agreed.",
            &["Kyiv=place:Kyiv", "Kiev=place:Kyiv", "kyiv=place:Kyiv"],
        ),
        (
            "The US and the U.S. are America, said the UK.",
            &[
                "US=place:United States",
                "U.S.=place:United States",
                "America=place:United States",
                "UK=place:United Kingdom",
            ],
        ),
        (
            "Photo: JOHN THYS / AFP",
            &[
                "JOHN THYS=person:John Thys",
                "AFP=organization:Agence France-Presse",
            ],
        ),
        (
            "According to Antiwar.com and bloomberg.com, it rained.",
            &[
                "Antiwar.com=organization:Antiwar.com",
                "bloomberg.com=organization:bloomberg.com",
            ],
        ),
        (
            "However, Monday was calm. The Accession Action Plan stalled.",
            &[],
        ),
        (
            "Mr. O’Brien and President Zelenskyi met. Zelensky said so.",
            &[
                "O’Brien=person:O’Brien",
                "Zelenskyi=person:Volodymyr Zelensky",
                "Zelensky=person:Volodymyr Zelensky",
            ],
        ),
        (
            "Officials said the Donetsk Oblast was shelled, Kovalchuk told reporters.",
            &[
                "Donetsk Oblast=place:Donetsk Oblast",
                "Kovalchuk=person:Kovalchuk",
            ],
        ),
        (
            "The North Atlantic Cooperation Council ( NACC ) met. NACC agreed.",
            &[
                "North Atlantic Cooperation Council=organization:North Atlantic Cooperation Council",
                "NACC=organization:North Atlantic Cooperation Council",
                "NACC=organization:North Atlantic Cooperation Council",
            ],
        ),
        (
            "Shares of Douglas & Lomason rose at the World Series, said Ma Ying.",
            &[
                "Douglas & Lomason=organization:Douglas & Lomason",
                "World Series=event:World Series",
                "Ma Ying=person:Ma Ying",
            ],
        ),
        (
            "John Major met S. Waugh and J. R. Tolkien.",
            &[
                "John Major=person:John Major",
                "S. Waugh=person:S. Waugh",
                "J. R. Tolkien=person:J. R. Tolkien",
            ],
        ),
        (
            "Economist Juan Carlos Fernández de la Vega spoke, and Rogelio Ramírez de la O \
             listened. Fernández de la Vega agreed. Ramírez de la O did not.",
            &[
                "Juan Carlos Fernández de la Vega=person:Juan Carlos Fernández de la Vega",
                "Rogelio Ramírez de la O=person:Rogelio Ramírez de la O",
                "Fernández de la Vega=person:Juan Carlos Fernández de la Vega",
            ],
        ),
        (
            "The Association of Steel Workers, the Ministry of Oil and Gas and the Institute \
             for Energy Economics and Financial Analysis agreed.",
            &[
                "Association of Steel Workers=organization:Association of Steel Workers",
                "Ministry of Oil and Gas=organization:Ministry of Oil and Gas",
                "Institute for Energy Economics and Financial Analysis=organization:Institute \
                 for Energy Economics and Financial Analysis",
            ],
        ),
        (
            "Ann Lee ran the Rose City Bakery on Hawthorne Boulevard. The Center on Budget and \
             Policy Priorities agreed. Detective Chief \
             Inspector Lee Griffin spoke. DCI Griffin said no more.",
            &[
                "Ann Lee=person:Ann Lee",
                "Rose City Bakery=organization:Rose City Bakery",
                "Hawthorne Boulevard=place:Hawthorne Boulevard",
                "Center on Budget and Policy Priorities=organization:Center on Budget and Policy \
                 Priorities",
                "Lee Griffin=person:Lee Griffin",
                "Griffin=person:Lee Griffin",
            ],
        ),
        (
            "The Bank on Friday and Smith said.",
            &["Smith=person:Smith"],
        ),
        (
            "Biden spoke in the Rose Garden. Fans went to Kew Gardens.",
            &[
                "Biden=person:Joe Biden",
                "Rose Garden=place:Rose Garden",
                "Kew Gardens=place:Kew Gardens",
            ],
        ),
        (
            "Airlines were hit. United Airlines grounded flights.",
            &["United Airlines=organization:United Airlines"],
        ),
        (
            "The Africa Centres for Disease Control and Prevention agreed.",
            &[
                "Africa Centres for Disease Control and Prevention=organization:Africa Centres for \
               Disease Control and Prevention",
            ],
        ),
        (
            "Hurricane Helene and Tropical Storm Debby hit Florida.",
            &[
                "Hurricane Helene=event:Hurricane Helene",
                "Tropical Storm Debby=event:Tropical Storm Debby",
                "Florida=place:Florida",
            ],
        ),
        (
            "He hiked in Zion National Park. They went to Yellowstone National Park on Monday.",
            &[
                "Zion National Park=place:Zion National Park",
                "Yellowstone National Park=place:Yellowstone National Park",
            ],
        ),
        (
            "The Ministry of Trade and Industry agreed. So did the Institute of Physics and \
             Oxford University.",
            &[
                "Ministry of Trade and Industry=organization:Ministry of Trade and Industry",
                "Institute of Physics=organization:Institute of Physics",
                "Oxford University=organization:University of Oxford",
            ],
        ),
        (
            "Scholz fired the leader of the Free Democrats (FDP). The Social Democrats and \
             House Democrats agreed.",
            &[
                "Scholz=person:Olaf Scholz",
                "Free Democrats=organization:Free Democratic Party",
                "FDP=organization:Free Democratic Party",
                "Social Democrats=organization:Social Democrats",
                "House=organization:U.S. House of Representatives",
                "Democrats=organization:Democratic Party",
            ],
        ),
        (
            "Barrister Gohar Ali Khan spoke for the Pakistan Tehreek-i-Insaf.",
            &[
                "Gohar Ali Khan=person:Gohar Ali Khan",
                "Pakistan Tehreek-i-Insaf=organization:Pakistan Tehreek-e-Insaf",
            ],
        ),
        (
            "The president left the Casa de Nariño. Ferries leave Puerto de Veracruz.",
            &[
                "Casa de Nariño=place:Casa de Nariño",
                "Puerto de Veracruz=place:Puerto de Veracruz",
            ],
        ),
        (
            "Voters thanked party chief J.P. Nadda in U.S. Senate hearings.",
            &[
                "J.P. Nadda=person:J.P. Nadda",
                "U.S. Senate=organization:U.S. Senate",
            ],
        ),
        (
            "Rebels took the town of Tavildara and the Gulf, AT NEW YORK, in Kharkiv region.",
            &[
                "Tavildara=place:Tavildara",
                "Gulf=place:Gulf",
                "NEW YORK=place:New York",
                "Kharkiv=place:Kharkiv",
            ],
        ),
        ("She watched The Laura Ingraham Show.", &[]),
        (
            "Nerweyi of the Kurdistan Democratic Party ( KDP ) said KDP forces left.",
            &[
                "Kurdistan Democratic Party=organization:Kurdistan Democratic Party",
                "KDP=organization:Kurdistan Democratic Party",
                "KDP=organization:Kurdistan Democratic Party",
            ],
        ),
        (
            "He won the Hong Kong Open on Sunday and the U.S. Amateur Championship in Hong Kong.",
            &[
                "Hong Kong Open=event:Hong Kong Open",
                "U.S. Amateur Championship=event:U.S. Amateur Championship",
                "Hong Kong=place:Hong Kong",
            ],
        ),
        (
            "SOCCER - WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER\nTENNIS - TEAMS OPEN ON ROAD\nWales beat San Marino in a World Cup qualifier.",
            &[
                "WALES=place:Wales",
                "SAN MARINO=place:San Marino",
                "WORLD CUP=event:World Cup",
                "Wales=place:Wales",
                "San Marino=place:San Marino",
                "World Cup=event:World Cup",
            ],
        ),
        (
            "Doris Day sang before the UEFA Cup final. Tom Masters won the British Masters at Christmas, a Gulf War veteran and Olympic champion.",
            &[
                // (not an event; a surname that is a thing word leaves a name to pending)
                "UEFA Cup=event:UEFA Cup",
                "Tom Masters=person:Tom Masters",
                "British Masters=event:British Masters",
                "Christmas=event:Christmas",
                "Gulf War=event:Gulf War",
                "Olympic=event:Olympic Games",
            ],
        ),
        (
            "The Texas Rangers won again. The Rangers scored twice after the Boston Red Sox lost. The Red Sox fell to third.",
            &[
                "Texas Rangers=organization:Texas Rangers",
                "Rangers=organization:Texas Rangers",
                "Boston Red Sox=organization:Boston Red Sox",
                "Red Sox=organization:Boston Red Sox",
            ],
        ),
        (
            "Dynamo Moscow drew with Red Star Belgrade and Real Madrid in Moscow.",
            &[
                "Dynamo Moscow=organization:Dynamo Moscow",
                "Red Star Belgrade=organization:Red Star Belgrade",
                "Real Madrid=organization:Real Madrid",
                "Moscow=place:Moscow",
            ],
        ),
        (
            "Shrs offered by company N / A\nUnderwriters over-allotment N / A\nThe deal went to the company Elcoteq.",
            &["Elcoteq=organization:Elcoteq"],
        ),
        (
            "The detention of dissident Wang Donghai showed fear. Police beat Wang, a colleague said.",
            &[
                "Wang Donghai=person:Wang Donghai",
                "Police=organization:Police",
                "Wang=person:Wang Donghai",
            ],
        ),
        (
            "Magna International Inc will buy Mercantile Bancorp. The deal, Magna said, closes in May.\nShares of Mercantile rose. Commerce slowed.",
            &[
                "Magna International Inc=organization:Magna International",
                "Mercantile Bancorp=organization:Mercantile Bancorp",
                "Magna=organization:Magna International",
                "Mercantile=organization:Mercantile Bancorp",
            ],
        ),
        (
            "Neil Jordan shot the film in Dublin. The trouble, Jordan said, came later in Jordan.",
            &[
                "Neil Jordan=person:Neil Jordan",
                "Dublin=place:Dublin",
                "Jordan=person:Neil Jordan",
                "Jordan=place:Jordan",
            ],
        ),
        (
            "The International Amateur Athletic Federation met.\nSOCCER - SCOTTISH PREMIER DIVISION RESULTS",
            &[
                "International Amateur Athletic Federation=organization:International Amateur Athletic Federation",
                "SCOTTISH=nationality:Scottish",
            ],
        ),
        (
            "Officers in Crutcher case met in Democratic-leaning towns. Terence Crutcher died.",
            &[
                "Crutcher=person:Terence Crutcher",
                "Terence Crutcher=person:Terence Crutcher",
            ],
        ),
        (
            "Former chief Anders Fogh Rasmussen met Bashar al-Assad, Mr. Rees-Mogg and Pierre de Villiers.",
            &[
                "Anders Fogh Rasmussen=person:Anders Fogh Rasmussen",
                "Bashar al-Assad=person:Bashar al-Assad",
                "Rees-Mogg=person:Jacob Rees-Mogg",
                "Pierre de Villiers=person:Pierre de Villiers",
            ],
        ),
        (
            "The London Daily said de Gaulle and Rasmussen met in kyiv. Kyiv agreed.",
            &[
                "London Daily=organization:London Daily",
                "de Gaulle=person:Charles de Gaulle",
                "kyiv=place:Kyiv",
                "Kyiv=place:Kyiv",
            ],
        ),
        (
            "Secretary of State Blinko met a Senior Fellow at the National Mall.",
            &["Blinko=person:Blinko"],
        ),
        (
            "Investors bought shares in Cofinec. Magna chairman Joe Blo quit.",
            &[
                "Cofinec=organization:Cofinec",
                "Magna=organization:Magna",
                "Joe Blo=person:Joe Blo",
            ],
        ),
        (
            "Pirelli Cables grew. Pirelli SpA said Pirelli would invest.",
            &[
                // (not a person "Pirelli Cables"; the listed firm, with its legal form or not)
                "Pirelli=organization:Pirelli",
                "Pirelli SpA=organization:Pirelli",
                "Pirelli=organization:Pirelli",
            ],
        ),
        (
            "Security in the Euro-Atlantic region: the Ukraine-NATO Commission met in Russia-Ukraine talks.",
            &[
                "Euro-Atlantic=nationality:Euro-Atlantic",
                "Ukraine-NATO Commission=organization:Ukraine-NATO Commission",
                "Russia=place:Russia",
                "Ukraine=place:Ukraine",
            ],
        ),
        (
            "Secretary of State Anthony Blinken and National Security Adviser Jake Sullivan",
            &[
                "Anthony Blinken=person:Antony Blinken",
                "Jake Sullivan=person:Jake Sullivan",
            ],
        ),
        (
            "Her memoir is called Living History, and on Sunday Tiger Woods and Aparna Mathur read it.",
            &[
                "Tiger Woods=person:Tiger Woods",
                "Aparna Mathur=person:Aparna Mathur",
            ],
        ),
        (
            "Melania Trump and Hunter Biden met Donald J. Trump, Anthony Blinken, J. Biden and Joseph R. Biden.",
            &[
                "Melania Trump=person:Melania Trump",
                "Hunter Biden=person:Hunter Biden",
                "Donald J. Trump=person:Donald Trump",
                "Anthony Blinken=person:Antony Blinken",
                "J. Biden=person:Joe Biden",
                "Joseph R. Biden=person:Joe Biden",
            ],
        ),
        (
            "Jill Stein spoke in Ohio. Stein spokeswoman Melezia Figueroa said she left.",
            &[
                "Jill Stein=person:Jill Stein",
                "Ohio=place:Ohio",
                "Stein=person:Jill Stein",
                "Melezia Figueroa=person:Melezia Figueroa",
            ],
        ),
        (
            "\"Spending is slowing,\" said economist Lynn Reaser of Barnett Banks Inc. on Friday.",
            &[
                "Lynn Reaser=person:Lynn Reaser",
                "Barnett Banks Inc.=organization:Barnett Banks Inc.",
            ],
        ),
        (
            "The car is made by Kia Motor Corp of South Korea and sold by St. Louis-based Mercantile Bancorp Inc. and First Albany Corp.",
            &[
                "Kia Motor Corp=organization:Kia Motor Corp",
                "South Korea=place:South Korea",
                "St. Louis=place:St. Louis",
                "Mercantile Bancorp Inc.=organization:Mercantile Bancorp Inc.",
                "First Albany Corp.=organization:First Albany Corp.",
            ],
        ),
        (
            "Shares of family-owned Procter & Gamble and Family-controlled Douglas & Lomason rose.",
            &[
                "Procter & Gamble=organization:Procter & Gamble",
                "Douglas & Lomason=organization:Douglas & Lomason",
            ],
        ),
        (
            "Gold Fields of South Africa Ltd rose. Representatives of First Bank declined to comment.",
            &[
                "Gold Fields of South Africa Ltd=organization:Gold Fields of South Africa Ltd",
                "First Bank=organization:First Bank",
            ],
        ),
        (
            "Major-General Nikolai Sherbatov met Privatisation Minister Wieslaw Kaczmarek.\nForeign Minister Jose Miguel Insulza Monday said no.\nEconomist Joel Naroff spoke at Trent Bridge with Grace Park, then at Coral Springs.",
            &[
                "Nikolai Sherbatov=person:Nikolai Sherbatov",
                "Wieslaw Kaczmarek=person:Wieslaw Kaczmarek",
                "Jose Miguel Insulza=person:Jose Miguel Insulza",
                "Joel Naroff=person:Joel Naroff",
                "Trent Bridge=place:Trent Bridge",
                "Grace Park=person:Grace Park",
                "Coral Springs=place:Coral Springs",
            ],
        ),
        (
            // British ranks without full stops are titles; a time zone is nobody, and a
            // letter after a title no name
            "Lt Col Mark Ames spoke at 11.52 BST. Gen Z voters agreed.",
            &["Mark Ames=person:Mark Ames"],
        ),
        (
            // listed tournaments and series that no head word marks
            "He starred at Euro 2024 and in the Ashes before the Six Nations.",
            &[
                "Euro 2024=event:Euro 2024",
                "Ashes=event:Ashes",
                "Six Nations=event:Six Nations",
            ],
        ),
        (
            // a nationality before a hyphen and a participle, or two together
            "Russian-backed separatists and the Saudi-led coalition met. German-Israeli ties \
             grew.",
            &[
                "Russian-backed=nationality:Russian",
                "Saudi-led=nationality:Saudi",
                "German-Israeli=nationality:German-Israeli",
            ],
        ),
        (
            // an indefinite pronoun before a verb is nobody's name
            "Everyone said yes. Someone told Maria Lopez.",
            &["Maria Lopez=person:Maria Lopez"],
        ),
        (
            // an Arabic name opening with "father of" keeps it
            "Abu Ali al-Husseini, a farmer, said so.",
            &["Abu Ali al-Husseini=person:Abu Ali al-Husseini"],
        ),
        (
            // a name after "an analyst at" is the analyst's employer, not a place
            "Gil Luria, an analyst at D.A. Davidson, said so. Tom Lee, an economist at \
             Fundstrat, agreed.",
            &[
                "Gil Luria=person:Gil Luria",
                "D.A. Davidson=organization:D.A. Davidson",
                "Tom Lee=person:Tom Lee",
                "Fundstrat=organization:Fundstrat",
            ],
        ),
        (
            // a hyphenated common noun opening the sentence is no part of the name, even
            // before a given name no list knows
            "Co-author Eske Willerslev agreed. Jean-Pierre Raffarin did not.",
            &[
                "Eske Willerslev=person:Eske Willerslev",
                "Jean-Pierre Raffarin=person:Jean-Pierre Raffarin",
            ],
        ),
        (
            // a head word that opens the name: a station, a firm's group
            "He spoke. Three people died, Radio Okapi said. Grupo Bimbo said sales rose.",
            &[
                "Radio Okapi=organization:Radio Okapi",
                "Grupo Bimbo=organization:Grupo Bimbo",
            ],
        ),
        (
            // a place opens a body's name that goes on past a group's possessive
            "He spoke. The Kenya Women Teachers' Association said it was happy. The Toronto \
             Bond Traders' Association agreed.",
            &[
                "Kenya Women Teachers' Association=organization:Kenya Women Teachers' Association",
                "Toronto Bond Traders' Association=organization:Toronto Bond Traders' Association",
            ],
        ),
        (
            // British and Irish towns and counties that are also words or names; a given
            // name and a surname still make the person
            "He spoke. She moved from Oxford to York, then to Hull and Galway. Police in Kent \
             said so. Kent Walker did not.",
            &[
                "Oxford=place:Oxford",
                "York=place:York",
                "Hull=place:Kingston upon Hull",
                "Galway=place:Galway",
                "Kent=place:Kent",
                "Kent Walker=person:Kent Walker",
            ],
        ),
        (
            // a town before a player's position is the club
            "He spoke. Sunderland forward Niall Quinn scored twice. Recalled fly-half Henry \
             Honiball kicked a penalty.",
            &[
                "Sunderland=organization:Sunderland",
                "Niall Quinn=person:Niall Quinn",
                "Henry Honiball=person:Henry Honiball",
            ],
        ),
        (
            // an adverb opening the sentence is no town before its country; no one is
            // introduced with an acronym of their name
            "He spoke. Separately, Indonesia signalled interest. Perikatan Nasional (PN) \
             questioned the deal. Offices in the Central Business District (CBD) emptied.",
            &[
                "Indonesia=place:Indonesia",
                "Perikatan Nasional=organization:Perikatan Nasional",
                "PN=organization:Perikatan Nasional",
                "Central Business District=place:Central Business District",
                "CBD=place:Central Business District",
            ],
        ),
        (
            // Malaysian honorifics are titles; its states are places
            "He spoke. Datuk Seri Anwar Ibrahim toured Johor and Selangor.",
            &[
                "Anwar Ibrahim=person:Anwar Ibrahim",
                "Johor=place:Johor",
                "Selangor=place:Selangor",
            ],
        ),
        (
            // a place's head word opening its name; not before a body's head word
            "He spoke. Crowds marched down Avenida de Mayo and waited at Bukit Chagar below \
             Mount Kenya. Doctors at Mount Sinai Hospital agreed.",
            &[
                "Avenida de Mayo=place:Avenida de Mayo",
                "Bukit Chagar=place:Bukit Chagar",
                "Mount Kenya=place:Mount Kenya",
                "Mount Sinai Hospital=organization:Mount Sinai Hospital",
            ],
        ),
        (
            // a charity or a watchdog before its name; a county written with its possessive
            "He spoke. The housing charity Shelter said so. In Prince George's County, and \
             across Prince George's, jobs went.",
            &[
                "Shelter=organization:Shelter",
                "Prince George's County=place:Prince George's County",
                "Prince George's=place:Prince George's County",
            ],
        ),
        (
            // a language is no place
            "He spoke. He answered in Arabic and then in Urdu.",
            &["Arabic=nationality:Arabic", "Urdu=nationality:Urdu"],
        ),
        (
            // a head no one has for a surname is no person after a title or before "said"
            "He spoke. It ordered the Inspector-General of Police to report. The Franklin \
             County Prosecutor's Office said it would.",
            &[],
        ),
    ];

    #[test]
    fn finds_people_organizations_and_places() {
        let mut wrong = Vec::new();
        for (body, want) in CASES {
            let got: Vec<String> = found(body)
                .iter()
                .map(|(s, k, n)| format!("{s}={k}:{n}"))
                .collect();
            if got != *want {
                wrong.push(format!("{body}\n  got:  {got:?}\n  want: {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn surname_after_full_name_is_one_person() {
        let body = "Jens Stoltenberg spoke. Stoltenberg said NATO would wait.";
        let (entities, mentions) = find(body);
        let people: Vec<_> = entities.iter().filter(|e| e.kind == Kind::Person).collect();
        assert_eq!(people.len(), 1);
        assert_eq!(
            mentions
                .iter()
                .filter(|m| entities[m.entity].kind == Kind::Person)
                .count(),
            2
        );
    }

    /// How many of `mentions` name the entity called `name`.
    fn mentions_of(entities: &[Entity], mentions: &[Mention], name: &str) -> usize {
        mentions
            .iter()
            .filter(|m| entities[m.entity].name == name)
            .count()
    }

    /// The canonical names of the people among `entities`.
    fn people_of(entities: &[Entity]) -> Vec<&str> {
        names_of(entities, Kind::Person)
    }

    /// The canonical names of the places among `entities`.
    fn places_of(entities: &[Entity]) -> Vec<&str> {
        names_of(entities, Kind::Place)
    }

    fn names_of(entities: &[Entity], kind: Kind) -> Vec<&str> {
        entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.as_str())
            .collect()
    }

    #[test]
    fn a_beauty_title_is_no_part_of_the_name() {
        let body = "Trump attacked former Miss Universe Alicia Machado. The former Miss \
                    Universe said Machado would vote.";
        let (entities, mentions) = find(body);
        let people = people_of(&entities);
        assert!(people.contains(&"Alicia Machado"), "{people:?}");
        assert!(!people.iter().any(|p| p.contains("Universe")), "{people:?}");
        assert_eq!(mentions_of(&entities, &mentions, "Alicia Machado"), 2);
    }

    #[test]
    fn a_clubs_nickname_is_the_club_the_article_names_in_full() {
        let body = "Chiefs rally past Bills\n\nThe Kansas City Chiefs beat the Buffalo Bills \
                    27-24. Later, Chiefs coach Andy Reid said so. The Chiefs won.";
        let (entities, mentions) = find(body);
        assert_eq!(mentions_of(&entities, &mentions, "Kansas City Chiefs"), 4);
        assert!(!entities.iter().any(|e| e.name == "Chiefs"), "{entities:?}");
    }

    #[test]
    fn local_offices_and_positions_are_titles() {
        let body = "City Councilmember Traci Park, who represents the Westside, was skeptical. \
                    Later, Quarterback Patrick Mahomes threw. State Comptroller Thomas \
                    DiNapoli agreed.";
        let (entities, _) = find(body);
        assert_eq!(
            people_of(&entities),
            ["Traci Park", "Patrick Mahomes", "Thomas DiNapoli"]
        );
        assert!(
            entities.iter().all(|e| e.kind == Kind::Person),
            "{entities:?}"
        );
    }

    #[test]
    fn a_building_is_a_place_whoever_it_is_named_for() {
        let body = "Donald Trump left Trump Tower for the Chrysler Building. The FBI agent \
                    spoke outside the Dirksen Federal Building and Notre Dame Cathedral, on \
                    the U.S. Prison System. Fans filled Wembley Stadium, not the Stadium \
                    court.";
        let (entities, mentions) = find(body);
        let places = places_of(&entities);
        assert!(!places.contains(&"Stadium"), "{places:?}");
        for building in [
            "Trump Tower",
            "Chrysler Building",
            "Dirksen Federal Building",
            "Wembley Stadium",
        ] {
            assert!(places.contains(&building), "{places:?}");
        }
        assert!(places.contains(&"United States"), "{places:?}");
        assert_eq!(people_of(&entities), ["Donald Trump"]);
        assert_eq!(mentions_of(&entities, &mentions, "Donald Trump"), 1);
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Federal Bureau of Investigation"]
        );
    }

    #[test]
    fn an_acronym_is_the_organization_it_abbreviates() {
        let (entities, mentions) = find(
            "The Reserve Bank of India held rates on Friday. The \
             RBI governor spoke later.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Reserve Bank of India"]
        );
        assert_eq!(
            mentions_of(&entities, &mentions, "Reserve Bank of India"),
            2
        );
        // two organizations with the same initials: the acronym stays itself
        let (entities, mentions) = find(
            "The Khmer Nation Party and the Kenvale Nationalist \
             Party met. A KNP spokesman said no.",
        );
        assert_eq!(mentions_of(&entities, &mentions, "Khmer Nation Party"), 1);
        assert_eq!(
            mentions_of(&entities, &mentions, "Kenvale Nationalist Party"),
            1
        );
    }

    #[test]
    fn a_name_the_article_gives_an_organization_is_that_organization() {
        let (entities, mentions) = find(
            "Zycie Warszawy daily said the deal was off. Zycie Warszawy said its publisher \
             agreed. Clinton spokesman Nick Merrill said no. Hillary Clinton spoke. Clinton \
             said so.",
        );
        assert_eq!(mentions_of(&entities, &mentions, "Zycie Warszawy"), 2);
        assert!(!people_of(&entities).contains(&"Zycie Warszawy"));
        // a surname alone stays the person
        assert_eq!(mentions_of(&entities, &mentions, "Hillary Clinton"), 3);
    }

    #[test]
    fn a_town_the_speaker_is_in_is_no_speaker() {
        let (entities, _) = find(
            "“They are safe,” a police official in Liege said. A policeman in the town of \
             Chatelet told Reuters. Jane Roe, 29, said so.",
        );
        assert_eq!(places_of(&entities), ["Liege", "Chatelet"]);
        assert_eq!(people_of(&entities), ["Jane Roe"]);
    }

    #[test]
    fn a_town_before_its_state_is_a_place() {
        let (entities, _) = find(
            "Mayor Jane Roe of Millinocket, Maine, has tried. She \
             thanked Ellen Park, Maine's governor.",
        );
        assert_eq!(people_of(&entities), ["Jane Roe", "Ellen Park"]);
        assert_eq!(places_of(&entities), ["Millinocket", "Maine"]);
    }

    #[test]
    fn names_listed_after_a_plural_place_noun_are_places() {
        let (entities, _) = find(
            "Jets struck the towns of Nabatieh and Bint Jbeil, and the villages of Houla, \
             Kfar Kila or Odaisseh Jbour. The mayors of Dnipro and Pavlo Hrytsenko spoke.",
        );
        assert_eq!(
            places_of(&entities),
            [
                "Nabatieh",
                "Bint Jbeil",
                "Houla",
                "Kfar Kila",
                "Odaisseh Jbour",
                "Dnipro"
            ]
        );
        assert_eq!(people_of(&entities), ["Pavlo Hrytsenko"]);
    }

    #[test]
    fn an_acronym_in_brackets_spells_where_an_organizations_name_begins_and_ends() {
        let body = "Scientists at the US National Snow and Ice Data Center (NSIDC) said so. \
                    The NSIDC said more. The Museum of Arts and Design (MAD) opened.";
        let (entities, mentions) = find(body);
        assert_eq!(
            names_of(&entities, Kind::Organization),
            [
                "National Snow and Ice Data Center",
                "Museum of Arts and Design"
            ]
        );
        assert_eq!(
            mentions_of(&entities, &mentions, "National Snow and Ice Data Center"),
            3
        );
        assert_eq!(
            mentions_of(&entities, &mentions, "Museum of Arts and Design"),
            2
        );
    }

    #[test]
    fn laboratories_and_observatories_are_organizations() {
        let (entities, _) =
            find("Scientists at the Jet Propulsion Laboratory and the Royal Observatory agreed.");
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Jet Propulsion Laboratory", "Royal Observatory"]
        );
    }

    #[test]
    fn philippine_is_the_nationality_not_the_first_word_of_an_organization() {
        let (entities, _) = find(
            "The Philippine Coast Guard said the ship was hit. Philippine President Ferdinand \
             Marcos Jr. summoned his council.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Philippine Coast Guard"]
        );
        assert_eq!(names_of(&entities, Kind::Nationality), ["Philippine"]);
    }

    #[test]
    fn a_surname_alone_is_the_person_named_with_a_generational_suffix() {
        let (entities, mentions) = find(
            "Ferdinand Marcos Jr. met the envoy. Xi Jinping and Marcos have not met since 2023.",
        );
        assert_eq!(people_of(&entities), ["Ferdinand Marcos Jr.", "Xi Jinping"]);
        assert_eq!(mentions_of(&entities, &mentions, "Ferdinand Marcos Jr."), 2);
    }

    #[test]
    fn a_participle_opening_the_sentence_is_no_part_of_a_name() {
        let (entities, _) = find(
            "Wes Streeting spoke. Speaking on BBC Radio 4's Today programme, he said it was \
             fine. Writing for The Atlantic, she argued.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["BBC Radio", "The Atlantic"]
        );
    }

    #[test]
    fn a_compass_point_or_law_after_a_given_name_is_a_surname() {
        let (entities, _) = find(
            "Chief Financial Officer Brian West told analysts. Oliver North and Jude Law met \
             on the West Bank at the May Day rally.",
        );
        assert_eq!(
            people_of(&entities),
            ["Brian West", "Oliver North", "Jude Law"]
        );
    }

    #[test]
    fn a_word_hyphenated_to_a_place_names_a_body() {
        let (entities, _) = find(
            "The storm hit. Météo-France said rain would fall, and Hydro-Québec said power \
             was out. Sen. Mike Lee (R-Utah) and pro-Moscow groups objected. Pro-Moscow \
             leaders spoke.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Météo-France", "Hydro-Québec"]
        );
    }

    #[test]
    fn examples_of_a_plural_firm_noun_are_organizations() {
        let (entities, _) = find(
            "Families bought kits from companies such as M-Kopa, and lenders like Klarna grew.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["M-Kopa", "Klarna"]
        );
    }

    #[test]
    fn given_names_before_a_listed_one_word_firm_are_a_person() {
        let body = "Alcaraz's coach, Juan Carlos Ferrero, was pleased. Ferrero told Movistar \
                    the team had grown.\n1. Alex Zanardi (Italy), Lola Honda, 53.980\n\
                    2. Jimmy Vasser (U.S.), Reynard Honda, 54.617";
        let (entities, mentions) = find(body);
        assert_eq!(
            people_of(&entities),
            ["Juan Carlos Ferrero", "Alex Zanardi", "Jimmy Vasser"]
        );
        assert_eq!(mentions_of(&entities, &mentions, "Juan Carlos Ferrero"), 2);
        // in a table of results the given name is a chassis maker's
        assert_eq!(names_of(&entities, Kind::Organization), ["Honda"]);
    }

    #[test]
    fn an_industrys_maker_or_lender_introduces_a_firm() {
        let (entities, _) = find(
            "Danish drugmaker Bavarian Nordic said it could supply doses. Chinese carmaker \
             Leapmotor fell, and Swiss drugmaker Basilea Pharmaceutica said it would hire. The \
             group Chinese investors formed grew.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Bavarian Nordic", "Leapmotor", "Basilea Pharmaceutica"]
        );
        assert_eq!(
            names_of(&entities, Kind::Nationality),
            ["Danish", "Chinese", "Swiss"]
        );
    }

    #[test]
    fn prof_without_a_dot_is_a_title_and_a_prizes_field_no_place() {
        let (entities, mentions) = find(
            "Peter Higgs has died. Prof Higgs shared the Nobel Prize in Physics with a \
             colleague who lives in Brussels.",
        );
        assert_eq!(people_of(&entities), ["Peter Higgs"]);
        assert_eq!(mentions_of(&entities, &mentions, "Peter Higgs"), 2);
        assert_eq!(places_of(&entities), ["Brussels"]);
    }

    #[test]
    fn an_acronym_before_a_speech_verb_is_an_organization() {
        let (entities, mentions) = find(
            "The World Federation of Advertisers named members. The WFA said it was aware.\n\
             RDR said it feared expulsion.",
        );
        assert!(people_of(&entities).is_empty());
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["World Federation of Advertisers", "RDR"]
        );
        assert_eq!(
            mentions_of(&entities, &mentions, "World Federation of Advertisers"),
            2
        );
    }

    #[test]
    fn a_bakery_a_restaurant_or_a_winery_is_a_business() {
        let (entities, _) = find(
            "A century later, Delgado Bakery still opens at 5 a.m., and Rossi Restaurant \
             buys its bread.",
        );
        assert!(people_of(&entities).is_empty());
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Delgado Bakery", "Rossi Restaurant"]
        );
    }

    #[test]
    fn sir_or_dame_and_a_given_name_is_the_knight_or_dame_named_in_full() {
        let (entities, mentions) =
            find("Dame Judi Dench spoke first. Dame Judi said it. Sir Elton John sang.");
        assert_eq!(people_of(&entities), ["Judi Dench", "Elton John"]);
        assert_eq!(mentions_of(&entities, &mentions, "Judi Dench"), 2);
        // two people share the given name: no telling which
        let (entities, _) = find("Dame Judi Dench and Judi Smith met. Dame Judi said it.");
        assert_eq!(people_of(&entities), ["Judi Dench", "Judi Smith", "Judi"]);
    }

    #[test]
    fn a_titles_plural_names_no_one() {
        let (entities, _) = find(
            "Speaker Om Birla was there, along with several Chief Ministers of BJP-ruled \
             States and Foreign Ministers from the region.",
        );
        assert_eq!(people_of(&entities), ["Om Birla"]);
    }

    #[test]
    fn a_robotics_or_therapeutics_firm_is_an_organization() {
        let (entities, _) = find(
            "Funding news. Acme Robotics, a maker of robots, raised money. Vertex \
             Therapeutics and Nordic Semiconductor did not.",
        );
        assert_eq!(
            names_of(&entities, Kind::Organization),
            [
                "Acme Robotics",
                "Vertex Therapeutics",
                "Nordic Semiconductor"
            ]
        );
    }

    #[test]
    fn a_saints_square_or_cathedral_is_a_place_not_the_saint() {
        let (entities, _) = find(
            "Crowds filled St. Peter's Square. He spoke at St. Paul's Cathedral. St. Peter's \
             words were read.",
        );
        assert_eq!(
            places_of(&entities),
            ["St. Peter's Square", "St. Paul's Cathedral"]
        );
    }

    #[test]
    fn mps_and_number_10_name_no_one() {
        let (entities, _) = find(
            "Many Conservative MPs were surprised. Speaking outside Number 10, Rishi Sunak \
             called an election. The Arizona Cardinals won.",
        );
        assert_eq!(people_of(&entities), ["Rishi Sunak"]);
        assert!(places_of(&entities).is_empty(), "{entities:?}");
    }

    #[test]
    fn an_acronym_from_the_name_in_another_language_is_the_organization() {
        let (entities, mentions) = find(
            "The far-right National Rally (RN) of Marine Le Pen said it would wait. The RN \
             holds 126 seats.",
        );
        assert_eq!(names_of(&entities, Kind::Organization), ["National Rally"]);
        assert_eq!(mentions_of(&entities, &mentions, "National Rally"), 3);
    }

    #[test]
    fn an_acronym_said_as_a_word_is_found_as_british_papers_write_it() {
        let (entities, _) = find(
            "Nato allies met in Brussels, and Unicef warned of hunger. Olaf Ludwig won in \
             Paris.",
        );
        assert_eq!(names_of(&entities, Kind::Organization), ["NATO", "UNICEF"]);
        assert_eq!(people_of(&entities), ["Olaf Ludwig"]);
        assert_eq!(places_of(&entities), ["Brussels", "Paris"]);
    }

    #[test]
    fn greater_or_upper_before_a_place_is_no_place_of_its_own() {
        let (entities, _) =
            find("Revenue in Greater China fell. He lives in Upper Egypt, near Luxor.");
        assert_eq!(places_of(&entities), ["China", "Egypt", "Luxor"]);
    }

    #[test]
    fn a_name_listed_between_places_is_a_place() {
        let (entities, _) = find(
            "A red alert was issued for Delhi, Punjab, Haryana and Uttar Pradesh. Trump \
             visited Iowa and Ohio, Pence said.",
        );
        assert_eq!(
            places_of(&entities),
            [
                "Delhi",
                "Punjab",
                "Haryana",
                "Uttar Pradesh",
                "Iowa",
                "Ohio"
            ]
        );
    }

    #[test]
    fn roads_are_places_not_people() {
        let (entities, _) = find(
            "Linda Marsh has lived on Piedmont Highway for 31 years. \
             Traffic on Sunset Boulevard was slow.",
        );
        assert_eq!(people_of(&entities), ["Linda Marsh"]);
        assert_eq!(
            places_of(&entities),
            ["Piedmont Highway", "Sunset Boulevard"]
        );
    }

    #[test]
    fn a_telescope_is_no_person() {
        let (entities, _) = find("NASA launched the James Webb Space Telescope on Monday.");
        assert_eq!(people_of(&entities), Vec::<&str>::new());
    }

    #[test]
    fn chief_executive_is_a_title() {
        let (entities, _) = find(
            "Acme Chief Executive Jensen Huang spoke to Executive \
             Director Jane Roe.",
        );
        assert_eq!(people_of(&entities), ["Jensen Huang", "Jane Roe"]);
    }

    #[test]
    fn administrator_is_a_title() {
        let (entities, _) =
            find("Federal Aviation Administration Administrator Mike Whitaker said so.");
        assert_eq!(people_of(&entities), ["Mike Whitaker"]);
    }

    #[test]
    fn a_noun_introducing_a_firm_is_no_part_of_its_name() {
        let (entities, _) = find(
            "Rival Advanced Micro Devices Inc slipped. Retailer Target \
             Corp fell. Daily Mail and General Trust plc rose.",
        );
        let firms = names_of(&entities, Kind::Organization);
        assert!(firms.contains(&"Target Corp"), "{firms:?}");
        assert!(firms.contains(&"Daily Mail and General Trust"), "{firms:?}");
        assert!(!firms.iter().any(|f| f.starts_with("R")), "{firms:?}");
    }

    #[test]
    fn a_datelines_state_abbreviation_is_the_state() {
        let (entities, mentions) =
            find("BOSTON, Mass. (AP) — The storm hit. Massachusetts officials met at Mass.");
        assert_eq!(places_of(&entities), ["Boston", "Massachusetts"]);
        assert_eq!(mentions_of(&entities, &mentions, "Massachusetts"), 2);
    }

    #[test]
    fn a_body_named_for_a_thing_after_its_country_is_an_organization() {
        let body = "Protests spread.\n\nThe Kenya National Commission on Human Rights said \
                    police fired. The Paris Agreement on Climate Change was signed.";
        let (entities, _) = find(body);
        assert_eq!(
            names_of(&entities, Kind::Organization),
            ["Kenya National Commission on Human Rights"]
        );
    }

    #[test]
    fn a_basketball_report_is_a_sports_report_and_names_teams_by_nickname() {
        let body = "Warriors rally past Celtics\n\nStephen Curry hit nine 3-pointers and the \
                    Golden State Warriors beat the Boston Celtics 118-112. Draymond Green had 11 \
                    rebounds.\n\n\"Steph was Steph,\" Warriors coach Steve Kerr said of his late \
                    3-pointer.";
        let (entities, mentions) = find(body);
        assert_eq!(
            mentions_of(&entities, &mentions, "Golden State Warriors"),
            3
        );
    }

    #[test]
    fn a_numbered_climate_conference_is_an_event() {
        let (entities, mentions) = find("Leaders met at COP29 in Baku, a year after COP 28.");
        assert_eq!(names_of(&entities, Kind::Event), ["COP29", "COP28"]);
        assert_eq!(mentions.len(), 3);
    }

    #[test]
    fn one_word_between_two_titles_is_part_of_the_title() {
        let body = "Chief Financial Officer Raj Patel added a note. Later, Senior Policy \
                    Adviser Jo Lee agreed.";
        let (entities, _) = find(body);
        assert_eq!(people_of(&entities), ["Raj Patel", "Jo Lee"]);
    }

    #[test]
    fn a_firms_first_word_alone_is_the_firm_named_in_full() {
        let body = "Acme Corp reported record earnings on Tuesday. Acme said demand was \
                    strong, and Acme's shares rose.";
        let (entities, mentions) = find(body);
        assert_eq!(mentions_of(&entities, &mentions, "Acme Corp"), 3);
        assert_eq!(entities.len(), 1, "{entities:?}");
    }

    #[test]
    fn a_team_named_by_its_town_is_the_one_club_named_in_full_with_it() {
        let body = "Leverkusen stay top\n\nBayer Leverkusen beat Borussia Dortmund 2-1 at \
                    home on Saturday, their striker scoring after half-time. Leverkusen are \
                    unbeaten in 40 games. Dortmund coach Nuri Sahin blamed the referee.";
        let (entities, mentions) = find(body);
        assert_eq!(mentions_of(&entities, &mentions, "Bayer Leverkusen"), 3);
        assert_eq!(mentions_of(&entities, &mentions, "Borussia Dortmund"), 2);
        // two clubs of one town: the town alone is neither
        let body = "Real Madrid drew with Atletico Madrid 1-1 on Saturday, their striker \
                    scoring after half-time. Madrid stay unbeaten, the referee said.";
        let (entities, mentions) = find(body);
        assert_eq!(mentions_of(&entities, &mentions, "Real Madrid"), 1);
        assert_eq!(mentions_of(&entities, &mentions, "Atlético Madrid"), 1);
        assert_eq!(mentions_of(&entities, &mentions, "Madrid"), 1);
    }

    /// Assert that `body` yields a mention of `name` of `kind`.
    fn assert_found(body: &str, name: &str, kind: &str) {
        let kinds = found(body);
        assert!(
            kinds.iter().any(|(n, k, _)| n == name && *k == kind),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_season_record_makes_a_town_its_listed_club_but_the_dateline_stays_the_town() {
        let body = "KANSAS CITY, Mo. (AP) — The Kansas City Chiefs beat the Cincinnati Bengals \
                    26-25 on Sunday.\n\nPatrick Mahomes threw a touchdown pass for Kansas City \
                    (2-0). Joe Burrow threw two for Cincinnati (0-2).";
        let kinds = found(body);
        let of = |text: &str| -> Vec<(&'static str, String)> {
            kinds
                .iter()
                .filter(|(t, _, _)| t == text)
                .map(|(_, k, n)| (*k, n.clone()))
                .collect()
        };
        assert_eq!(of("KANSAS CITY"), [("place", "Kansas City".to_string())]);
        assert_eq!(
            of("Kansas City"),
            [("organization", "Kansas City Chiefs".to_string())]
        );
        assert_eq!(
            of("Cincinnati"),
            [("organization", "Cincinnati Bengals".to_string())]
        );
        // the record alone, with no other word of sport
        assert_found(
            "Fans cheered for Kansas City (2-0) on Sunday.",
            "Kansas City",
            "organization",
        );
    }

    #[test]
    fn congress_in_another_countrys_story_is_that_countrys() {
        let names = |body: &str| -> Vec<String> {
            found(body)
                .into_iter()
                .filter(|(t, _, _)| t == "Congress" || t == "Supreme Court")
                .map(|(_, _, n)| n)
                .collect()
        };
        assert_eq!(
            names("Congress leader Rahul Gandhi said India's Supreme Court had erred."),
            ["Congress", "Supreme Court"]
        );
        assert_eq!(
            names("Congress leader Rahul Gandhi spoke for the Indian National Congress in India."),
            ["Indian National Congress"]
        );
        // a story that names the United States keeps the U.S. bodies
        assert_eq!(
            names("U.S. officials said Congress would act. Chinese officials objected."),
            ["U.S. Congress"]
        );
    }

    #[test]
    fn a_surname_after_a_particle_yields_to_someone_who_bears_it_alone() {
        let body = "President Luiz Inácio Lula da Silva spoke. Environment Minister Marina \
                    Silva agreed. Silva told reporters the fires were set.";
        let last = found(body).pop();
        assert_eq!(
            last,
            Some(("Silva".to_string(), "person", "Marina Silva".to_string()))
        );
    }

    #[test]
    fn a_relative_named_by_a_given_name_alone_is_a_person() {
        assert_found(
            "Her son, Luis, who moved back last spring, is less sure.",
            "Luis",
            "person",
        );
        assert_found(
            "President Obama and his wife Michelle will visit.",
            "Michelle",
            "person",
        );
    }

    #[test]
    fn a_football_report_reads_as_sport_and_its_towns_are_clubs() {
        // a score before "win", "equalised" and "captained": three words of sport
        assert_found(
            "Liverpool reached the final with a 2-1 win at home. Salah equalised before Van \
             Dijk, who captained the side, headed the winner.",
            "Liverpool",
            "organization",
        );
        assert_found(
            "Chelsea manager Enzo Maresca was unhappy with the draw.",
            "Chelsea",
            "organization",
        );
    }

    #[test]
    fn a_countrys_states_and_provinces_are_places() {
        assert_found(
            "Naidu said Andhra Pradesh's interests come first.",
            "Andhra Pradesh",
            "place",
        );
        assert_found(
            "Shelling hit villages in Kharkiv Oblast overnight.",
            "Kharkiv Oblast",
            "place",
        );
        assert_found("Gunmen killed six in Michoacan.", "Michoacan", "place");
    }

    #[test]
    fn analysts_at_a_firm_make_it_an_organization_even_before_said() {
        assert_found(
            "Markets fell. Analysts at Banorte said rates would fall.",
            "Banorte",
            "organization",
        );
    }

    #[test]
    fn a_shoal_or_a_reef_ends_a_places_name() {
        assert_found(
            "Shots were fired near the Second Thomas Shoal on Monday.",
            "Second Thomas Shoal",
            "place",
        );
    }

    #[test]
    fn a_courts_district_is_no_place() {
        let body = "U.S. District Judge Amit Mehta ruled. Manhattan District Attorney Alvin \
                    Bragg agreed. The court sits in the District of Columbia. Harris County \
                    Judge Lina Hidalgo spoke.";
        let (entities, _) = find(body);
        let places = places_of(&entities);
        assert_eq!(
            places,
            ["United States", "Manhattan", "Washington", "Harris County"]
        );
        assert_eq!(
            people_of(&entities),
            ["Amit Mehta", "Alvin Bragg", "Lina Hidalgo"]
        );
        // the title alone after "the"
        let (entities, _) = find("Later, the Manhattan District Attorney said so.");
        assert_eq!(places_of(&entities), ["Manhattan"]);
        // the state capital, not a saint, in a suspect's home town
        let (entities, _) = find("The suspect, Marcus Johnson of St. Paul, was held.");
        assert_eq!(people_of(&entities), ["Marcus Johnson"]);
        assert!(
            entities.iter().any(|e| e.name == "Saint Paul"),
            "{entities:?}"
        );
    }

    #[test]
    fn towns_of_a_hundred_thousand_are_places_unless_a_given_name_or_a_people() {
        // places.txt takes GeoNames towns down to 100,000 people, less "Nigel" (a South
        // African town) and "Brits" (another)
        let body = "Flights from Exeter and Ann Arbor were cancelled, Nigel said. Many Brits \
                    voted.";
        let (entities, _) = find(body);
        assert_eq!(places_of(&entities), ["Exeter", "Ann Arbor"]);
        assert_eq!(people_of(&entities), ["Nigel"]);
        assert_eq!(names_of(&entities, Kind::Nationality), ["Brits"]);
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_the_article_gave_it_to() {
        // two Joneses share the surname, so the writer uses given names; two Marks share
        // the given name, so "Mark" alone could be either
        let body = "Sarah Jones lost her home. Her husband Tom Jones was at work. Sarah said \
                    they would rebuild. Mark Hill and Mark Dunn helped. Mark said so.";
        let (entities, mentions) = find(body);
        let named = |word: &str| {
            let m = mentions
                .iter()
                .find(|m| &body[m.start..m.end] == word)
                .unwrap_or_else(|| panic!("no mention {word}"));
            entities[m.entity].name.as_str()
        };
        assert_eq!(named("Sarah"), "Sarah Jones");
        assert_eq!(named("Mark"), "Mark");
        // the only Mohammed named before "Prince Mohammed"; the second comes after
        let body = "Crown Prince Mohammed bin Salman met the emir on Monday. Prince Mohammed \
                    is the kingdom's ruler. Qatar's premier, Sheikh Mohammed bin Abdulrahman \
                    Al Thani, flew in on Tuesday.";
        let (entities, mentions) = find(body);
        assert_eq!(mentions_of(&entities, &mentions, "Mohammed bin Salman"), 2);
    }

    #[test]
    fn one_word_after_the_before_a_speech_verb_is_a_body_not_a_person() {
        assert_found(
            "Talks failed. The Appeal said it would vote no.",
            "Appeal",
            "organization",
        );
    }

    #[test]
    fn a_place_hyphenated_to_an_unknown_word_after_in_is_a_town() {
        let (entities, _) = find("She won a seat in Hénin-Beaumont. Météo-France said rain fell.");
        assert_eq!(names_of(&entities, Kind::Place), ["Hénin-Beaumont"]);
        assert_eq!(names_of(&entities, Kind::Organization), ["Météo-France"]);
    }

    #[test]
    fn a_place_word_alone_is_not_the_firm_it_opens() {
        let body = "Gulf ties warm\n\nAbdulaziz Sager, chairman of the Gulf Research Center, \
                    said a united Gulf position was needed.";
        let (entities, mentions) = find(body);
        assert_eq!(mentions_of(&entities, &mentions, "Gulf Research Center"), 1);
    }

    #[test]
    fn a_common_word_after_a_firms_possessive_is_no_person() {
        let body = "Mark Zandi of Moody's Analytics said the bank was right. Apple's Cook \
                    said no.";
        let (entities, _) = find(body);
        assert_eq!(people_of(&entities), ["Mark Zandi", "Cook"]);
    }

    #[test]
    fn an_unknown_given_name_can_open_a_sentence() {
        // "Rakeyia" is in no list of given names; "Scott" alone is Keith Lamont Scott
        let body = "Police shot Keith Lamont Scott. Scott was 43. The video shows an unseen \
                    Scott. Rakeyia Scott can be heard yelling. Moreover Scott was unarmed.";
        let (entities, mentions) = find(body);
        assert_eq!(
            people_of(&entities),
            ["Keith Lamont Scott", "Rakeyia Scott"]
        );
        assert_eq!(mentions_of(&entities, &mentions, "Rakeyia Scott"), 1);
        assert_eq!(mentions_of(&entities, &mentions, "Keith Lamont Scott"), 4);
    }

    #[test]
    fn a_place_that_is_a_given_name_can_open_a_name() {
        let body = "\"Talks stall,\" said Chad Bown, an expert. Mr. Bown works in Chad. \
                    Jordan Spieth won by the Jordan Valley. Troops left Sydney Harbour on \
                    Monday, and he flew to Austin Tuesday.";
        let (entities, mentions) = find(body);
        let people = people_of(&entities);
        assert_eq!(people, ["Chad Bown", "Jordan Spieth"]);
        let places = places_of(&entities);
        assert_eq!(
            places,
            ["Chad", "Jordan Valley", "Sydney Harbour", "Austin"]
        );
        assert_eq!(mentions_of(&entities, &mentions, "Chad Bown"), 2);
    }

    #[test]
    fn a_family_name_written_first_alone_is_that_person() {
        let body = "Mr. Obama met Mr. Xi in June; Xi Jinping smiled. Li Keqiang came and Mr. Li \
                    spoke. Moon Jae-in met Lee Jae-myung, and Mr. Lee agreed.";
        let (entities, mentions) = find(body);
        assert_eq!(
            people_of(&entities),
            [
                "Barack Obama",
                "Xi Jinping",
                "Li Keqiang",
                "Moon Jae-in",
                "Lee Jae-myung"
            ]
        );
        let named = |name: &str| mentions_of(&entities, &mentions, name);
        assert_eq!(
            [
                named("Xi Jinping"),
                named("Li Keqiang"),
                named("Lee Jae-myung")
            ],
            [2; 3]
        );
    }

    #[test]
    fn a_double_surname_alone_is_the_person_named_in_full() {
        let body = "Ildefonso Guajardo Villarreal spoke. Mr. Guajardo Villarreal argued that \
                    Todd Van Poppel was wrong; Van Poppel disagreed. Mary Joe Fernandez \
                    won, and Joe Fernandez smiled.";
        let (entities, mentions) = find(body);
        assert_eq!(
            people_of(&entities),
            [
                "Ildefonso Guajardo Villarreal",
                "Todd Van Poppel",
                "Mary Joe Fernandez",
                "Joe Fernandez"
            ]
        );
        assert_eq!(mentions.len(), 6);
    }

    #[test]
    fn a_surname_from_its_particles_on_is_the_person_named_in_full() {
        let body = "Ursula von der Leyen spoke. Von der Leyen replied that it was fair. Later, \
                    Joost van der Westhuizen scored and Van der Westhuizen smiled.";
        let (entities, mentions) = find(body);
        assert_eq!(
            people_of(&entities),
            ["Ursula von der Leyen", "Joost van der Westhuizen"]
        );
        assert_eq!(mentions.len(), 4);
        // and from the word before the particle
        let body = "Lucía Martínez de Ocampo spoke first. Later, Martínez de Ocampo replied.";
        let (entities, mentions) = find(body);
        assert_eq!(people_of(&entities), ["Lucía Martínez de Ocampo"]);
        assert_eq!(mentions.len(), 2);
    }

    #[test]
    fn an_acronym_written_with_dots_is_the_listed_body() {
        let kinds = found(
            "The S.E.C. said it would act, and the F.B.I. agreed with the I.R.S. The M.T.A. \
             said no.",
        );
        let want = [
            "Securities and Exchange Commission",
            "Federal Bureau of Investigation",
            "Internal Revenue Service",
            "M.T.A.",
        ];
        let got: Vec<_> = kinds.iter().map(|(_, k, n)| format!("{k}:{n}")).collect();
        assert_eq!(got, want.map(|n| format!("organization:{n}")));
    }

    #[test]
    fn the_times_alone_is_the_paper_named_in_full() {
        let kinds = found(
            "The New York Times reported it first. A story from the Times said so, the Times \
             wrote. The Post said nothing.",
        );
        let got: Vec<_> = kinds
            .iter()
            .map(|(w, k, n)| format!("{w}={k}:{n}"))
            .collect();
        assert_eq!(
            got,
            [
                "The New York Times=organization:New York Times",
                "Times=organization:New York Times",
                "Times=organization:New York Times",
                "Post=organization:Post",
            ]
        );
    }

    #[test]
    fn a_school_or_a_firm_named_after_someone_is_no_person() {
        let kinds = found(
            "She teaches at the Maxwell School of Syracuse University. Kenneth Baer runs \
             Crosscut Strategies. Lynn Reaser of Barnett Banks Inc. agreed.",
        );
        let got: Vec<_> = kinds.iter().map(|(w, k, _)| format!("{w}={k}")).collect();
        assert_eq!(
            got,
            [
                "Maxwell School of Syracuse University=organization",
                "Kenneth Baer=person",
                "Crosscut Strategies=organization",
                "Lynn Reaser=person",
                "Barnett Banks Inc.=organization",
            ]
        );
    }

    #[test]
    fn a_line_in_capitals_with_two_common_words_is_a_sentence() {
        let kinds = found(
            "Judge Merrick Garland will not sit.\n\nGARLAND STEPS ASIDE.\n\nMARY JOE \
             FERNANDEZ.",
        );
        let got: Vec<_> = kinds.iter().map(|(w, _, n)| format!("{w}={n}")).collect();
        assert_eq!(
            got,
            [
                "Merrick Garland=Merrick Garland",
                "GARLAND=Merrick Garland",
                "MARY JOE FERNANDEZ=Mary Joe Fernandez"
            ]
        );
    }

    #[test]
    fn a_common_word_in_capitals_is_no_acronym() {
        let kinds = found("AMT : 1,200,000 DATE : 09/05/96\nDELIVERY : 45 days ORDERS : none");
        assert!(kinds.is_empty(), "{kinds:?}");
        let kinds = found("Officials of the KDP said so.");
        assert_eq!(kinds.len(), 1, "{kinds:?}");
    }

    #[test]
    fn a_place_head_word_inside_a_name_makes_no_person() {
        let (entities, _) = find("Trump spoke at the Kent County Republican headquarters.");
        assert_eq!(people_of(&entities), ["Donald Trump"]);
    }

    #[test]
    fn particles_do_not_count_toward_a_titled_name_length() {
        let (entities, _) =
            find("Sheikh Tahnoun bin Zayed Al Nahyan met Sheikh Hamdan bin Mohammed Al Maktoum.");
        assert_eq!(
            people_of(&entities),
            [
                "Tahnoun bin Zayed Al Nahyan",
                "Hamdan bin Mohammed Al Maktoum"
            ]
        );
    }

    #[test]
    fn a_name_with_an_age_is_a_person() {
        let body = "Jeerasak Densakul, 24, was arrested in 1995. The Cessna Citation, 12, \
                    years old, was sold.";
        let kinds = found(body);
        assert!(
            kinds
                .iter()
                .any(|(n, k, _)| n == "Jeerasak Densakul" && *k == "person"),
            "{kinds:?}"
        );
        assert!(
            !kinds
                .iter()
                .any(|(n, k, _)| n == "Cessna Citation" && *k == "person"),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_name_before_newspaper_is_the_paper() {
        let body = "But Le Matin newspaper, quoting witnesses, said six died. Zycie Warszawy \
                    daily said on Saturday the deal was done.";
        let kinds = found(body);
        for paper in ["Le Matin", "Zycie Warszawy"] {
            assert!(
                kinds
                    .iter()
                    .any(|(n, k, _)| n == paper && *k == "organization"),
                "{paper}: {kinds:?}"
            );
        }
    }

    #[test]
    fn common_acronyms_are_no_organizations() {
        let body = "Veterans with PTSD drove an SUV to the MBA class at 9 a.m. EDT, the LGBT \
                    group said. Everyone should see a GP within seven days.";
        let (entities, _) = find(body);
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_law_names_no_one() {
        let body = "The Justice Against Sponsors of Terrorism Act passed, and the Clean Power \
                    Plan went to court under the Clean Air Act.";
        let (entities, _) = find(body);
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_shared_surname_is_the_person_named_first() {
        let body = "Former President Bill Clinton spoke in Flint for his wife Hillary Clinton. \
                    The system is crazy, Clinton said.";
        let (entities, mentions) = find(body);
        let clinton = mentions
            .iter()
            .find(|m| &body[m.start..m.end] == "Clinton")
            .map(|m| entities[m.entity].name.as_str());
        assert_eq!(clinton, Some("Bill Clinton"));
    }

    #[test]
    fn a_nickname_in_marks_is_the_same_person() {
        let body = "Rep. Robert C. \"Bobby\" Scott hosted a cookout. The push for Bobby Scott \
                    began, and Scott spoke.";
        let (entities, mentions) = find(body);
        let people = people_of(&entities);
        assert_eq!(people, ["Robert C. Scott"]);
        let written: Vec<&str> = mentions.iter().map(|m| &body[m.start..m.end]).collect();
        assert_eq!(
            written,
            ["Robert C. \"Bobby\" Scott", "Bobby Scott", "Scott"]
        );
    }

    /// Odd strings: every mention must slice the body on char boundaries, in order, without overlap.
    const ODD: &[&str] = &[
        "",
        "’",
        "’s",
        "A",
        "U.",
        ".U.S.",
        "Mr.",
        "NATO’",
        "O’",
        "al-",
        "-Kyiv-",
        "Ünïcödé Çafé Straße said",
        "Jens\u{a0}Stoltenberg’s’s",
        "( NATO ) (NATO) (",
        "Kyiv\nKyiv\r\nKYIV kyiv KyIv",
        "日本 東京 Москва Київ Зеленський",
        "Bank of of of England of",
        "de de de Gaulle",
        "a.b.c.d.e.f.g.com.",
        "President President President",
        "🇺🇦 Ukraine🇺🇦Kyiv 👍🏽",
        "Ukraine-NATO-Euro-Kyiv-US-Kiev Euro-Ukraine",
    ];

    /// Throughput on news-like text: `cargo test --release --lib throughput -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn throughput() {
        let para = "Ukrainian Foreign Minister Dmytro Kuleba met NATO Secretary-General Jens Stoltenberg in \
            Brussels on Tuesday, the Financial Times reports. “We have several weeks of tough negotiations \
            ahead,” Stoltenberg said, as the U.S. and Germany resisted a road map for Kyiv’s membership. \
            Officials from the Bank of England and the European Commission said little. \
            The talks are taking place as the war goes on, and member state officials will spend the next \
            two months negotiating to break the deadlock ahead of a summit in July, diplomats said. ";
        let body = para.repeat(20_000);
        let _ = find("warm up the lists");
        let start = std::time::Instant::now();
        let (_, mentions) = find(&body);
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{:.1} MB/s, {} mentions",
            body.len() as f64 / secs / 1e6,
            mentions.len()
        );
        assert!(!mentions.is_empty());
    }

    /// Pieces a pseudo-random body is glued from: names, connectors, marks, odd code points.
    const PIECES: &[&str] = &[
        "Jens",
        "Stoltenberg",
        "NATO",
        "Kyiv",
        "kyiv",
        "KYIV",
        "U.S.",
        "of",
        "de",
        "the",
        "The",
        "Bank",
        "England",
        "’s",
        "'",
        "’",
        "-",
        ".",
        ",",
        " ",
        "  ",
        "\n",
        "\n\n",
        "(",
        ")",
        "&",
        "Mr.",
        "F.",
        "said",
        "in",
        "é",
        "\u{301}",
        "🇺🇦",
        "Зеленський",
        "Ukraine-NATO",
        "Council",
        "Boston",
        "homered",
        "innings",
        "for",
        "Antiwar.com",
        "a.b",
        "\u{a0}",
        "\t",
        "\"",
        "“",
        "”",
        "JOHN",
        "al-",
        "O’",
        "Oblast",
    ];

    #[test]
    fn brands_are_written_with_a_capital_inside() {
        for brand in [
            "PolitiFact",
            "YouTube",
            "FedEx",
            "SoftBank",
            "FiveThirtyEight",
        ] {
            assert!(camel_case_brand(brand), "{brand}");
        }
        for name in [
            "McConnell",
            "MacArthur",
            "DuVernay",
            "LeBron",
            "DiCaprio",
            "VanDyke",
            "Smith",
            "NATO",
            "BBC",
            "McDonald",
            "O’Neill",
        ] {
            assert!(!camel_case_brand(name), "{name}");
        }
        // a handle is no brand's name
        let kinds: Vec<_> = found("PolitiFact said so, and @HillaryClinton wrote back.")
            .into_iter()
            .map(|(text, kind, _)| format!("{text}={kind}"))
            .collect();
        assert_eq!(kinds[0], "PolitiFact=organization");
        assert!(
            !kinds.contains(&"HillaryClinton=organization".to_string()),
            "{kinds:?}"
        );
    }

    #[test]
    fn venue_before_reads_the_last_word_whatever_comes_before_it() {
        assert!(venue_before("homered .\nIn "));
        assert!(venue_before("CLEVELAND AT "));
        assert!(!venue_before("within "));
        assert!(!venue_before("said “"));
        assert!(!venue_before("“"));
        assert!(!venue_before(""));
    }

    #[test]
    fn bowling_figures_are_four_numbers_the_overs_perhaps_with_balls() {
        for figures in ["7-0-29-0", "9.5-0-44-1", "10-2-100-10"] {
            assert!(bowling_figures(figures), "{figures}");
        }
        for other in [
            "108-3",
            "1996-08-30",
            "7-0-29",
            "7-0-29-0-1",
            "9.55-0-44-1",
            "a-0-1-2",
        ] {
            assert!(!bowling_figures(other), "{other}");
        }
    }

    #[test]
    fn dateline_place_is_the_town_and_its_region_before_date_agency_or_dash() {
        fn place(line: &str) -> (&str, bool) {
            let (n, more) = dateline_place(line);
            (&line[..n], more)
        }
        assert_eq!(
            place("KHASAVYURT , Russia 1996-08-31"),
            ("KHASAVYURT , Russia", true)
        );
        assert_eq!(place("ESCHEN 1996-08-31"), ("ESCHEN", true));
        assert_eq!(
            place("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein"),
            ("HEMPSTEAD", true)
        );
        assert_eq!(place("LONDON (Reuters) - Shares fell"), ("LONDON", true));
        assert_eq!(place("KYIV, Ukraine — Talks"), ("KYIV, Ukraine", true));
        assert_eq!(place("WASHINGTON — The Senate"), ("WASHINGTON", false));
        // a run-in head, a bracket that is no agency, a sentence
        assert_eq!(place("CONGRESS HAS INVESTIGATED HIM — Oz").0, "");
        assert_eq!(place("UNHCR (the U.N. refugee agency) said").0, "");
        assert_eq!(place("Kyiv, Ukraine — Talks").0, "");
        assert_eq!(place("The 1996-08-31 game").0, "");
    }

    #[test]
    fn random_bodies_never_panic_and_slice_cleanly() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut body = String::new();
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let len = (state >> 59) as usize + 1;
            for _ in 0..len * 3 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                body.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
                if state & 1 == 0 {
                    body.push(' ');
                }
            }
            let (entities, mentions) = find(&body);
            let mut last_end = 0;
            for m in &mentions {
                assert!(
                    body.is_char_boundary(m.start) && body.is_char_boundary(m.end),
                    "{body:?}"
                );
                assert!(
                    m.start < m.end && m.start >= last_end,
                    "{body:?}: {mentions:?}"
                );
                assert!(m.entity < entities.len(), "{body:?}");
                last_end = m.end;
            }
        }
    }

    #[test]
    fn odd_strings_never_panic_and_slice_cleanly() {
        for body in ODD {
            for text in [
                body.to_string(),
                body.repeat(3),
                format!("{body} Jens Stoltenberg {body}"),
            ] {
                let (entities, mentions) = find(&text);
                let mut last_end = 0;
                for m in &mentions {
                    assert!(
                        text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                        "{text:?}"
                    );
                    assert!(
                        m.start < m.end && m.start >= last_end,
                        "{text:?}: {mentions:?}"
                    );
                    assert!(m.entity < entities.len());
                    last_end = m.end;
                }
            }
        }
    }
}
