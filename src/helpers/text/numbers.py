"""Numeric figures with their hedges and what they count.

``extract_numbers(text)`` returns (start, end, text, low, high, qualifier, counted):

- digits ("1,000", "3.5"), number words ("three", "twenty-five"), scales ("11-12 thousand",
  "1.5 million"), ranges ("11,000-12,000", "between 5 and 7", "from 5 to 7") and vague plurals
  ("thousands of", "dozens of": low = 2,000 / 24 ..., high unknown);
- the hedge before it (``qualifier``): at least, more than, over, about, approximately, around,
  roughly, nearly, almost, up to, at most, fewer/less than, some, an estimated, as many as,
  within, additional/another/a further. Bounds follow the hedge: "at least 1,000" has low 1,000
  and no high; "up to 50" has no low and high 50; "about 1,000" keeps 1,000-1,000 (the hedge says
  it is approximate); a hedge after it and what it counts, "or more", "or over", "or under", "or less",
  "or so" ("70 years or more", "aged 16 or under"), bounds it the same way;
  a bare "over" before a count of periods is the span of time, not a bound, after a figure ("$374 billion
  over 10 years") or a noun ("poured glass into the onions over five weekends"), not after a preposition, a
  form of "be" or a verb of time ("for over 20 years", "has been over five years", "spent over five years");
- ``counted``: the noun it counts ("officers" for "200 armed police officers"; "months" for "three-month");
  "1,000 of the 11,000 soldiers" counts soldiers for both numbers; "one" counts a singular noun, never
  the verb after it ("One friend says").

Dates and times are not numbers: years, days of the month, clock times, dates written with a slash
("9/11", "24/7") and anything inside a DATE/TIME expression found by ``timex.extract_timexes`` are
left out; so are ordinals, "one" used as a pronoun ("one of them") and "at one point" (some time).

Identifiers are not quantities (``_is_identifier``): a number after a capitalised name or a noun like
"version", "Chapter", "Route" ("Boeing 737", "iOS 5", "FTSE 100", "Chapter 11"), a three- or
four-digit number used as a modifier of a singular noun ("911 dispatcher", "the 717 jet"), calibres
and model names glued to letters (".357", "DC-9"), and hyphenated pairs that are not ranges: a score
("3-1", the second not above the first) or a small pair after a determiner ("the 9-11 attacks"). A
plural noun after the number ("737 jets", "12 Towns") keeps it a count; a currency, scale, percent,
unit or hedge keeps it a quantity.

"and a half" and a fraction after a whole number add to it ("three-and-a-half days": 3.5, "1 1/2 hours"); "half
a" before a scale halves it ("half a million"); "dozen" after a figure multiplies ("two dozen": 24); a noun joined
by a hyphen is what a figure counts ("a 1,400-horsepower engine"); a chain of figures joined by hyphens is a phone
number or a formation, not a range or a count ("1-800-555-0199", "4-4-2").

Limits: other fractions ("half of", "5/8"), percentages written out ("per cent" is kept as counted), and
numbers spelled with "and" ("one hundred and five") are read only in part; a model number before a
plural ("20 Boeing 777 planes") is still read as a count.
"""
from __future__ import annotations

import re

import pandas as pd

from .lexicon import IDENT_NOUNS
from .timex_rules import year_counts

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
         "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "dozen": 12, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000,
         "hundreds of thousands": 200_000, "millions": 2_000_000, "billions": 2_000_000_000}
# hedge -> how it bounds the value: exact/approx keep low=high; lower: no high; upper: no low
HEDGES = {
    "at least": "lower", "more than": "lower", "over": "lower", "upwards of": "lower", "in excess of": "lower",
    "no fewer than": "lower", "no less than": "lower", "well over": "lower", "just over": "lower",
    "as many as": "upper", "up to": "upper", "at most": "upper", "fewer than": "upper", "less than": "upper",
    "under": "upper", "nearly": "upper", "almost": "upper", "just under": "upper", "no more than": "upper",
    "within": "upper", "about": "approx", "approximately": "approx", "around": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "approx", "circa": "approx",
    "approx.": "approx", "in the vicinity of": "approx", "in the region of": "approx", "estimated at": "approx",
    "additional": "additive", "an additional": "additive", "another": "additive",
    "a further": "additive", "further": "additive", "extra": "additive",
}
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}

_word = "|".join(sorted((re.escape(w) for w in UNITS), key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
#: A number in words: a ten with its unit ("twenty-five", "forty two") or one word; two unit words side by side
#: are two figures, not a sum ("two six-inch nails").
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|dozen)"  # "two dozen": 24
_NUMWORD = rf"(?:(?:{_TENS})[- ](?:{_ONES})|{_word}|half\s+a(?=\s+{_SCALE}\b))"  # "half a million", "half a dozen"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A scale written against the figure, as British and business copy abbreviate it: "£4.2m", "€3bn", "£40k".
_ATTACHED = r"(?:bn|mn|m|k)(?![\w])"
#: A currency sign, with the country letters that tell dollars apart ("US$", "A$", "C$", "HK$", "NZ$", "S$").
_CUR = r"(?:(?:(?-i:US|AU|A|C|HK|NZ|S|NT|R))?[$€£](?:(?-i:US|AU|NZ|A|C)(?=\d))?)"  # "US$5", "$US5", "A$5"
#: A unit written against the figure ("10km", "20kg", "-5C", "30°C", "70mph"); not "m" (million or metres).
_GLUED = r"(?:km/h|km|kg|mm|cm|mg|ml|mph|kph|ft|lbs|lb|oz|kW|MW|GW|°C|°F|°|(?-i:C|F))(?![\w°])"
_ONE = rf"{_CUR}?(?:{_DIGITS}|{_NUMWORD})(?:\s+{_SCALE}|{_ATTACHED})?"
_RANGE_SEP = r"\s*(?:-|–|—|to)\s*"
_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
#: "and a half" after a figure ("two and a half hours", "three-and-a-half days"): half a unit more.
_AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half"
#: A fraction written after a whole number ("1 1/2 miles", "2 1/2 years"), as US papers print it.
_MIXED_FRACTION = r"(?<=\d)\s+[1-9]/(?:[2-9]|1[0-6])(?![\d/])"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
NUMBER_RE = re.compile(
    rf"(?<![\w.,$€£/])(?:(?<=[Mm]inus-)|(?<![A-Za-z]-))(?:(?P<hedge>{_HEDGE})\s+)?(?:between\s+(?:(?P<bh>{_HEDGE})\s+)?(?P<b1>{_ONE})\s+and\s+(?P<b2>{_ONE})"
    rf"|(?P<vague>{_VAGUE})(?=\s+of\b)"
    rf"|(?P<cur>{_CUR})?(?P<n1>{_DIGITS}|{_NUMWORD})(?P<a1>{_ATTACHED})?(?P<half>{_AND_A_HALF}|{_MIXED_FRACTION})?"
    rf"(?:{_RANGE_SEP}(?P<cur2>{_CUR})?(?P<n2>{_DIGITS}|{_NUMWORD})(?P<a2>{_ATTACHED})?"
    rf"(?P<half2>{_AND_A_HALF}|{_MIXED_FRACTION})?)?(?P<glued>(?<=\d){_GLUED})?"
    rf"(?:(?:\s*|-)(?P<scale>{_SCALE})\b|(?P<pct>\s*%|\s+per\s?cent|\s+percent))?(?P<unit>-(?:{'|'.join(TIME_UNITS)})s?\b)?)"
    rf"(?![\w])(?!/\d)"
    rf"(?!-(?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves|half|first)\b)"
    rf"(?!\s+(?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\b)",
    re.I,
)
# singular words that still count ("300 people"), and units a number measures ("9 mm", "5 km")
PLURAL_WORDS = {"people", "police", "staff", "personnel", "children", "men", "women", "cattle", "sheep", "fish",
                "aircraft", "feet", "teeth", "mice", "geese", "data", "media", "crew", "troops", "military", "youth",
                "livestock", "clergy", "offspring", "deer", "infantry"}
MEASURE_UNITS = {"km", "kg", "mm", "cm", "m", "mi", "ft", "lb", "lbs", "oz", "mph", "kph", "km/h", "mw", "gw", "kw",
                 "kwh", "gb", "mb", "tb", "ghz", "mhz", "inch", "foot", "metre", "meter", "mile", "acre", "hectare",
                 "tonne", "ton", "barrel", "gallon", "litre", "liter", "degree", "point", "yard", "kilometre",
                 "kilometer", "kilogram", "pound", "ounce", "percent", "per", "cent", "bps", "basis", "sq", "square",
                 "mark", "level", "barrier"}
_STOP_AFTER = {"to", "in", "on", "at", "from", "by", "for", "with", "that", "who", "which", "were", "was", "are", "is",
               "have", "has", "had", "the", "a", "an", "of", "as", "than", "into", "over", "within", "and", "or",
               "more", "less", "fewer", "other", "others", "times", "each", "apiece", "will", "would", "could",
               "up", "down", "last", "next", "this", "since", "after", "before", "new", "old"}
#: Words of a time frame after a figure, never what it counts ("£4m last year", "5% this month").
_TIME_FRAME = {"last", "next", "this", "these", "those", "every", "each", "ago", "earlier", "later", "yesterday",
               "today", "tomorrow", "tonight"}
#: Closed-class words that are never what a number counts: pronouns, conjunctions, prepositions and adverbs
#: of place or manner after a figure ("two of them", "by the age of 12 because", "Now 18 and slimmed down",
#: "one having been cut"); the phrase ends there with nothing counted.
#: Object pronouns: after "of" never counted ("two of them"); right after a figure in a headline in capitals they
#: are abbreviations ("2 US SOLDIERS", "200 IT STAFF"), since a pronoun cannot follow a number there.
_OBJECT_PRONOUNS = {"them", "us", "you", "him", "her", "it", "me"}
_NOT_COUNTED = _OBJECT_PRONOUNS | {
    "his", "its", "their", "our", "my", "your", "this", "that", "because", "after", "before", "without", "while",
    "when", "whereas", "if", "unless", "but", "so", "then", "there", "here", "since", "until", "although", "though",
    "being", "having", "not", "yet", "still", "again", "apart", "away", "back", "off", "out", "down", "up",
    "together", "alone", "instead", "too", "also", "only", "just", "even", "ever", "never", "about", "around",
    "against", "during", "between", "among", "under", "through", "across", "behind", "beyond", "upon", "via",
    "whose", "what", "where", "why", "how", "whom"}
#: Words after a hyphen that say how a figure is read, not what it counts ("a 30-strong crowd", "40-odd
#: people", "a 50-plus majority", "a two-fold rise"): what follows them is counted.
_HYPHEN_NOT_COUNTED = {"strong", "odd", "plus", "something", "somethings"}
#: Words after a hyphen after which a figure counts nothing: a score ("a 3-nil win", "2-all"), a factor ("a
#: three-fold rise") or an approximation ("a 40-ish man").
_HYPHEN_NO_COUNT = {"nil", "all", "love", "fold", "ish"}
#: Words of ``_NOT_COUNTED`` that are also adjectives before a noun ("2,000 away fans", "12 still images",
#: "5 back payments"): passed over when a plural follows.
_ATTRIBUTIVE = {"away", "still", "back", "down", "up", "off", "only", "even"}
#: Determiners passed over after "of" before what a figure counts ("15 of his patients", "1,000 of the 11,000").
_OF_DETERMINERS = ("the", "these", "those", "its", "their", "his", "her", "our", "my", "your")
#: Words that end the noun phrase a number counts (``_counted``).
_COUNT_STOP = {"to", "in", "on", "at", "from", "by", "for", "with", "that", "who", "which", "were", "was", "are",
               "is", "have", "has", "had", "the", "a", "an", "of", "as", "than", "per", "into", "over", "within"}


#: A verb of change and "from" before a figure: "rose from 12 to 19" gives two figures, not a range.
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|climbed|climbs|increased|increases|"
                          r"decreased|dropped|drops|jumped|grew|grown|declined|soared|plunged|"
                          r"(?:went|gone|goes|is|are|was|were|been)\s+(?:up|down)|"
                          r"cut(?=\s+from\b)|raised|reduced|lowered|revised|changed)\b(?:[^.;,]|[.,](?=\d)){0,30}?\bfrom\s+$", re.I)
#: Words near a figure with a bare C or F that make it a temperature ("30C in Madrid's heat"), within 80
#: characters before and 40 after. Limits: "30F outside" with no such word is lost, and "4F Main Street"
#: beside "the temperature" is read as one.
_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees?|heat|heatwave|cold|chill|frost|freezing|warm\w*|hot|hotter|"
                          r"highs?|lows?|celsius|fahrenheit|thermometers?|weather|forecast)\b", re.I)
#: A minus sign or word right before a figure ("minus 17 degrees", "fell -3%"), not a hyphen inside a word.
_NEGATIVE_BEFORE = re.compile(r"(?:\bminus(?:\s+|-)|(?<![\w-])[-−])$", re.I)  # "minus 17", "minus-20", "-3%"
#: A verb or noun of estimating earlier in the clause, with no sentence end or other figure between.
_ESTIMATE_BEFORE = re.compile(r"\b(?:estimat\w*|reckon\w*)\b(?:(?!,\s*(?:and|but|or)\b)"
                              r"(?!\b(?:said|says|told|added|announced)\b(?!,))[^.;!?\d])*$", re.I)
#: Doubt about what a sentence says, ending its clause after the figure: "I've heard the figure of $1 million,
#: but I don't know for sure", "killed 40, though that could not be independently verified". Not a doubt about
#: something else the clause goes on to ask ("not sure what caused the blast"), nor of another thing that "was not
#: confirmed" ("the cause was not confirmed"): only "that", "it", "which" or "the figure/toll/claim" is.
_DOUBT_PHRASE = (r"(?:do|does|did)(?:n't|\s+not)\s+know\s+(?:that\s+|it\s+|this\s+)?(?:for\s+(?:sure|certain)|exactly)"
                 r"|(?:(?:not|n't|cannot)\s+(?:be\s+)?(?:sure|certain)|unsure)(?:\s+of\s+(?:it|that|this|the\s+\w+))?"
                 r"|(?:that|this|it|which|the\s+(?:figure|toll|number|claims?|reports?|account))\s+"
                 r"(?:could|can|has|have|had|was|were|is|are)(?:n't|\s+not)(?:\s+yet)?(?:\s+been|\s+be)?\s+"
                 r"(?:independently\s+)?(?:confirmed|verified)")
_DOUBT_AFTER = re.compile(rf"(?:[^.;!?]|\.(?=\d))*?\b(?:{_DOUBT_PHRASE})(?=\s*(?:[.;,!?\"'”’)]|$))", re.I)
#: "Unconfirmed" or "unverified" earlier in the clause: "unconfirmed reports said 40 people died".
_DOUBT_BEFORE = re.compile(r"\b(?:unconfirmed|unverified)\b[^.;!?]*$", re.I)


def _value(token: str) -> float | None:
    t = token.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    t = re.sub(r"\s+", " ", t)
    if t in UNITS:
        return float(UNITS[t])
    if t == "half a":  # "half a million": half the scale
        return 0.5
    total = 0.0
    for part in re.split(r"[- ]", t):
        if part not in UNITS:
            return None
        total += UNITS[part]
    return total


def _scaled(token: str, scale: str | None = None) -> float | None:
    """The value of one figure with its scale ("$2 million", "£4.2m"); ``scale``: the one to use when the
    figure has none (the other end of a range: "between 2 and 3 million")."""
    m = re.fullmatch(rf"{_CUR}?({_DIGITS}|{_NUMWORD})(?:\s+({_SCALE})|({_ATTACHED}))?", token.strip(), re.I)
    if not m:
        return None
    v = _value(m.group(1))
    if v is None:
        return None
    own = m.group(2) or m.group(3) or scale
    return v * SCALES[own.lower()] if own else v


def _scale_word(token: str) -> str | None:
    m = re.search(rf"(?:\s+({_SCALE})|({_ATTACHED}))$", token.strip(), re.I)
    return (m.group(1) or m.group(2)) if m else None


#: Words after a figure with an attached "m"/"k" that make it millions/thousands, not metres: money and
#: counted plurals ("3m euros", "2.5m people"). "a 100m sprint", "a 5m drop" are lengths.
_MONEY_WORDS = {"euros", "dollars", "pounds", "yen", "francs", "rupees", "yuan", "pesos", "kronor", "sterling"}
#: The money words as the noun a figure counts ("an estimated one million dollars"), in the singular; not "pound",
#: also a weight ("ten pounds of cocaine").
CURRENCY_NOUNS = frozenset(w[:-1] if w.endswith("s") else w for w in _MONEY_WORDS) - {"pound"}


def _attached_is_scale(text: str, end: int, money: bool, figure: str) -> bool:
    """An attached "m"/"k" is a scale with a currency sign ("£4.2m", "$1m-$2m") or before a money word ("3m
    euros"); before a counted plural only for a figure with a decimal point or under 100 ("2.5m people",
    "40m viewers"); else a length or a race ("100m sprint", "400m hurdles", "a 5k run", "2m deep")."""
    if money:
        return True
    nxt = re.match(r"\s+([A-Za-z]+)", text[end:])
    word = nxt.group(1).lower() if nxt else ""
    if word in _MONEY_WORDS:
        return True
    small = "." in figure or (figure.replace(",", "").isdigit() and int(figure.replace(",", "")) < 100)
    return small and (word in PLURAL_WORDS or (_plural(word) and word not in MEASURE_UNITS))


def _as_int(v):
    return int(v) if v is not None and float(v).is_integer() else v


def _is_date_like(text: str, s: int, e: int, surface: str) -> bool:
    before = text[max(0, s - 12):s].lower()
    after = text[e:e + 12].lower()
    if re.search(rf"\b(?:{MONTHS})\.?\s*$", before) or re.match(rf"\s*(?:{MONTHS})\b", after):
        return True  # "April 28", "28 April"
    if re.fullmatch(r"(1[89]|20)\d{2}s?", surface) and not re.match(r"\s+[a-z]+s\b", after) \
            and not year_counts(text, s, e):
        return True  # a year ("in 2024"), unless it counts something ("2024 votes", "killed 2000 people")
    if re.match(r"\s*(?::\d{2}|[ap]\.?m\b|o'clock|gmt|utc)", after):
        return True
    if re.match(r"\s*(?:st|nd|rd|th)\b", after):
        return True
    return False


def _glued_unit(unit: str) -> str:
    """The unit a figure written against it measures, as a reader names it ("-5C": "°C", "10km": "km")."""
    return {"C": "°C", "F": "°F", "°": "degrees", "lbs": "lb", "kph": "km/h"}.get(unit, unit)


#: A hedge written after the figure and what it counts: "70 years or more", "aged 16 or under", "40 or so".
_HEDGE_AFTER_KIND = {"more": "lower", "over": "lower", "above": "lower", "longer": "lower", "greater": "lower",
                     "less": "upper", "fewer": "upper", "under": "upper", "below": "upper", "so": "approx"}
#: Periods "over" may span: "over 10 years", "over three days of hearings".
PERIODS = TIME_UNITS | {"weekend", "night", "season", "term", "session"}
#: A figure right before "over": the amount is spread over the period ("$374 billion over 10 years", "5% over
#: three years"), and "over" is no bound of it.
_FIGURE_BEFORE_OVER = re.compile(r"(?:\d(?:bn|mn|m|k)?|%|\b(?:million|billion|trillion|percent|per\s+cent))\s+$", re.I)


#: Words right before "over" that make it a bound ("more than") of the periods after it: a preposition ("for
#: over 20 years", "sentenced to over 10 years"), a form of "be" ("has been over five years") or a verb that
#: measures a time ("spent over five years", "took over three hours", "faces over 20 years", "aged over 65").
_BOUND_BEFORE_OVER = re.compile(
    r"\b(?:for|in|to|of|after|with|than|from|by|within|at|under|about|is|are|was|were|be|been|being|'s|spend|spends|"
    r"spent|spending|take|takes|took|taken|taking|last|lasts|lasted|lasting|wait|waits|waited|waiting|serve|serves|"
    r"served|serving|face|faces|faced|facing|need|needs|needed|require|requires|required|aged|get|gets|got|"
    r"lived|worked|stayed|there|here|just|well|only|now)\s+$", re.I)
#: Words right after the periods that make "over" a bound: "over 20 years ago", "over 10 years old", "over five
#: years later", "over 10 years in prison".
_BOUND_AFTER_PERIOD = re.compile(r"\s*(?:ago|old|later|earlier|before|after|since|of\s+age|in\s+(?:prison|jail)|"
                                 r"behind\s+bars)\b", re.I)


def _over_a_period(text: str, s: int, e: int, counted: str | None, ranged: bool) -> bool:
    """Whether a bare "over" before a count of periods (``s``: where "over" begins, ``e``: where the figure
    ends) is the preposition of a span of time ("during"), not "more than". It is right after a figure, whose
    amount is spread over the period ("would cost the Treasury $374 billion over 10 years", "rose 5% over three
    years"), and after any other word that is not a preposition, a form of "be" or a verb measuring a time
    (``_BOUND_BEFORE_OVER``): "poured glass into the onions over five weekends", "killed three friends over 24
    hours", and at the head of a clause before a comma ("Over 24 hours, police...", "and, over five years,").

    Limits: read on the words alone, so a noun before "over" makes it "during" even where a reader takes it as
    "more than" ("he has worked at the firm over 20 years"); "over" with "ago", "old", "before"... after
    years, days or hours (``_BOUND_AFTER_PERIOD``: "over five years before the crash"; not after weekends or
    nights, which tell no distance) or at the head of a clause without a comma stays a bound ("Over five
    years have passed"); "well over" and "just over" are other hedges and always bound; a range keeps both
    ends."""
    unit = (counted or "").split()[-1:] or [""]
    unit = re.sub(r"ies$", "y", unit[0].lower())
    unit = re.sub(r"s$", "", unit)
    if ranged or unit not in PERIODS:
        return False
    if _FIGURE_BEFORE_OVER.search(text, max(0, s - 16), s):
        return True
    after = re.match(r"\s+(?:[\w-]+\s+){0,2}?" + re.escape(counted.split()[-1]) + r"\b", text[e:]) if counted else None
    end = e + after.end() if after else e
    if unit in TIME_UNITS and _BOUND_AFTER_PERIOD.match(text, end):
        return False  # "over five years before the crash": a distance; "over five weekends before" is no distance
    before = text[max(0, s - 30):s]
    if not before.strip() or re.search(r"[.!?,;:(\"\u201c\u2018\u2014]\s*$", before):  # the head of a clause
        return text[end:end + 1] == ","
    return not _BOUND_BEFORE_OVER.search(before)


#: How every qualifier ``extract_numbers`` writes bounds the value: the hedges before it and "or more"... after it.
HEDGE_KINDS = {**HEDGES, **{"or " + k: v for k, v in _HEDGE_AFTER_KIND.items()}, "unconfirmed": "approx"}
_HEDGE_AFTER = re.compile(r"(?:\s+(?!or\b)[a-z][\w-]*){0,2}?\s+or\s+(?P<how>" + "|".join(_HEDGE_AFTER_KIND) + r")\b"
                          r"(?!\s+(?:than|of)\b)", re.I)


def _counted(text: str, e: int, single: bool = False) -> str | None:
    """The noun phrase a number ending at ``e`` counts, read from the words after it (``_head_phrase``:
    "200 armed police officers" counts "officers"). ``single`` (the figure is one): no plural-looking word
    is its head, so "One friend says" counts "friend", not "says". A hedge after it ("or more", "or so") is
    no part of it; "1,000 of the 11,000 soldiers" counts what the second number counts (read as for any
    figure, not as one); "2 percentage points", "25 basis points" count the unit. Limits: only the 120
    characters after the figure (``_text_after``) and their first eight words (``_head_phrase``) are read."""
    rest = _text_after(text, e)
    hyphened = re.match(r"-([A-Za-z]{3,})\b", rest)  # "a 1,400-horsepower engine", "a 50-page report"
    joined = hyphened.group(1).lower() if hyphened else None
    if joined in _HYPHEN_NOT_COUNTED:
        rest = rest[hyphened.end():]  # "a 30-strong crowd", "40-odd people": what follows is counted
    elif joined in _HYPHEN_NO_COUNT:
        return None
    elif joined and joined not in _NOT_COUNTED | _COUNT_STOP and not _hyphen_adjective(joined):  # not "one-sided"
        return joined
    if not re.search(r"[a-z]", rest[:40]):  # a headline in capitals ("GETS 18 MONTHS FOR ASSAULT"): its words,
        first = re.match(r"\s+([A-Z]+)\b", rest)  # not names; a pronoun right after the figure is an abbreviation
        rest = rest.lower()
        if first and first.group(1).lower() in _OBJECT_PRONOUNS:  # "2 US SOLDIERS": US
            rest = rest[:first.start(1)] + first.group(1) + rest[first.end(1):]
    # "1,000 of the 11,000 soldiers": what the second number counts
    m = re.match(rf"\s*(?:out\s+of|of)\s+(?:(?:{'|'.join(_OF_DETERMINERS)})\s+)?(?:{_DIGITS})\s+", rest)
    if m:
        return _counted(text, e + m.end() - 1)
    unit = re.match(r"\s+(percentage|basis)\s+points?\b", rest, re.I)
    if unit:  # "2 percentage points", "25 basis points": the unit, not "points"
        return f"{unit.group(1).lower()} points"
    return _head_phrase(_words_of(rest), single)


def _hyphen_adjective(word: str) -> bool:
    """A word in -ed after a figure's hyphen that is an adjective ("one-sided", "four-legged"), not a noun in -ed
    ("a 500-bed hospital", "a six-speed gearbox")."""
    return word.endswith("ed") and not word.endswith("eed") and len(word) > 3


def _text_after(text: str, e: int) -> str:
    """The text after a figure ending at ``e`` that may name what it counts: the next 120 characters, or,
    when a hedge follows it ("70 years or more"), everything up to the "or" of that hedge (however long)."""
    hedge = _HEDGE_AFTER.match(text, e)
    if hedge:
        return text[e:hedge.start("how") - 3]
    return text[e:e + 120]


def _words_of(rest: str) -> list[str]:
    """The words and the single signs (digits, punctuation) of ``rest``, past a leading "of" and one
    determiner after it ("of the", "of their", "of his"). A word starts with a letter and keeps its hyphens and
    apostrophes ("well-trained", "children's")."""
    words = re.findall(r"[A-Za-z][\w’'-]*|(?<![\w-])\d[\d,]*-[A-Za-z][\w’'-]*|[^\sA-Za-z]", rest[:160])
    if words[:2] == ["out", "of"]:  # "Two out of three doctors"
        words = words[1:]
    if words[:1] == ["of"]:
        words = words[1:]
        if words[:1] and words[0] in _OF_DETERMINERS:
            words = words[1:]
    return words


def _head_phrase(words: list[str], single: bool) -> str | None:
    """The noun phrase at the start of ``words``: the capitalised words met on the way ("Metropolitan
    Police officers"), then the head: the first lower-case word if it is a plural, else the word right after
    it if that is a plural ("armed police officers": "officers"), else that first lower-case word. Before
    it, "and", "or", adverbs in -ly, words with a hyphen, words in -ed and number words are passed over
    ("armed and masked", "well-trained", "three or four broken bones"); it ends at a sign, a word of
    ``_COUNT_STOP`` or of a time frame ("last year"), and counts nothing at a pronoun, conjunction or
    adverb (``_NOT_COUNTED``: "two of them", "the age of 12 because"). ``single``: a plural-looking word
    is taken for a verb and ends it ("One friend says": "friend").
    None when no word is taken. Limits: only the first eight words are read; an adjective before a noun can
    be taken for it ("5 big red cars": "big"); a plural is any word in -s but -ss, -us, -is."""
    mods, first_lower = [], None
    for k, w in enumerate(words[:8]):
        low = w.lower()
        if w[:1].isdigit() and "-" in w and first_lower is None and not mods:
            if _plural(w.rsplit("-", 1)[-1]) and not single:
                return w  # "the two 18-year-olds": the compound is the noun counted
            continue  # "three 15-year-old boys", "two 500-page reports": a figure's compound before the noun
        if not w[:1].isalpha() or low in _COUNT_STOP or low in _TIME_FRAME:
            break
        if w[:1].isupper():
            mods.append(w)
            continue
        if low.rstrip("'’") in _NOT_COUNTED:
            if low in _ATTRIBUTIVE and first_lower is None and k + 1 < len(words) and words[k + 1][:1].islower() \
                    and _plural(words[k + 1]) and words[k + 1].lower() not in _NOT_COUNTED | _COUNT_STOP:
                continue  # "2,000 away fans", "12 still images": an adjective before the plural counted
            break  # "two of them", "by the age of 12 because": no noun follows
        if low in UNITS and first_lower is None:
            continue  # "three or four broken bones", "85 and three years"; "aged 12 and seven." counts nothing
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
        if first_lower is not None:  # a compound's plural head ("police officers": "officers"), else the end
            if plural and not single:
                return " ".join(mods + [w])
            break
        if low in ("and", "or") or low.endswith("ly") or "-" in w or low.endswith("ed"):
            continue  # "armed and masked", "heavily armed", "well-trained"
        if plural:
            if single:
                break  # "one says": a verb, not what one counts
            return " ".join(mods + [w])
        first_lower = w
    if first_lower:
        return " ".join(mods + [first_lower])
    return " ".join(mods) or None


def _plural(word: str) -> bool:
    low = word.lower()
    return low in PLURAL_WORDS or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3)


def _is_identifier(text: str, s: int, e: int, n1: str, n2: str | None) -> bool:
    """A number that names rather than counts: a model, version, route or index number ("Boeing 737",
    "iOS 5", "Chapter 11", "FTSE 100", "version 10.4"), a number used as a noun modifier ("911
    dispatcher", "the 717 jet"), an event or date written with a hyphen ("the 9-11 attacks"), a score
    ("a 3-1 win"). A plural noun right after it ("737 jets", "12 Towns") keeps it a quantity."""
    words = [w.rstrip(".") if w.count(".") == 1 else w  # "300 homes." ends a sentence; "a.m." stays
             for w in re.findall(r"[A-Za-z][\w’'&.-]*", text[e:e + 50])[:3]]
    glued = re.match(r" [A-Za-z]", text[e:e + 2]) is not None
    if n2 is not None:  # a hyphenated pair: a score (3-1), or an identifier after a determiner (the 9-11 attacks)
        if re.fullmatch(r"\d{1,2}-\d{1,2}", text[s:e].strip()):
            lo, hi = float(n1), float(n2)
            return hi <= lo or re.search(r"\b(?:the|its|their|his|her)\s+$", text[max(0, s - 8):s], re.I) is not None
        return False
    prev_word = re.search(r"([A-Za-z][\w.]*)\s+$", text[max(0, s - 20):s])
    if prev_word and prev_word.group(1).lower() in IDENT_NOUNS and re.fullmatch(r"\d[\d.]*", n1):
        return True  # "Chapter 11 filings", "version 10.4"
    for k, w in enumerate(words):  # the plural noun it counts, past adjectives ("20 new jobs")
        if _plural(w) or (k == 0 and w.lower().rstrip(".") in MEASURE_UNITS):
            return False
        if w.lower() in _STOP_AFTER or (k and w[:1].isupper()):
            break
    if not re.fullmatch(r"\d[\d,.]*", n1):
        return False
    before = text[max(0, s - 40):s]
    prev = re.search(r"([A-Za-z][\w&.$-]*)(?:\s*['’]s)?\s+$", before)
    if prev:
        word = prev.group(1)
        sentence_start = re.search(r"(?:^|[.!?]\s+|\n\s*)$", before[:prev.start()]) is not None
        if word.lower() in IDENT_NOUNS:
            return True
        inner_caps = any(ch.isupper() for ch in word[1:])  # "iOS", "FTSE", "iPhone"
        if any(ch.isupper() for ch in word) and not word.endswith("$") and (inner_caps or not sentence_start) and \
                word.lower() not in HEDGES and word.lower().rstrip(".") not in MONTHS.split("|"):
            return True  # "Boeing 737", "iOS 5", "FTSE 100"
    if glued and words and words[0][:1].islower() and words[0].lower() not in _STOP_AFTER and "-" not in words[0] \
            and not words[0].lower().endswith(("ly", "ed")) and re.fullmatch(r"[1-9]\d{2,3}", n1):
        return True  # "911 dispatcher", "the 717 jet"
    return False


_MONEY = re.compile(rf"{_CUR}|\b(?:" + "|".join(sorted({w for m in _MONEY_WORDS for w in (m, m.rstrip("s"))}))
                    + r")\b", re.I)


def is_money(surface: str) -> bool:
    """Whether a figure as written is an amount of money: a currency sign ("$US1 million", "£2m") or name
    ("one-million dollars")."""
    return bool(_MONEY.search(surface))


_CONVERSION = re.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|approx(?:imately|\.)?\s+)?$", re.I)


def _without_conversions(text: str, rows: list[tuple]) -> list[tuple]:
    """Rows without an amount in parentheses right after another amount: the same money in another currency
    ("$US1 million ($1.52 million)", "£2m (about $2.6m)"), not a second figure."""
    money = [is_money(r[2]) for r in rows]
    out = []
    for i, r in enumerate(rows):
        prev = rows[i - 1] if i else None
        if prev is not None and money[i] and money[i - 1] and _CONVERSION.fullmatch(text[prev[1]:r[0]]) \
                and re.match(r"\s*\)", text[r[1]:]):  # nothing else inside: "($3 million of it from grants)" stays
            continue
        out.append(r)
    return out


#: After "one", what makes it the generic pronoun ("one can see", "one must ask", "one looks back and sees"): a
#: modal, or a verb of the present tense in -s. "one died", "one is missing" (a count) stay figures; so does
#: "one sees" after a count ("three failures; one sees daylight" is rare and lost).
_GENERIC_ONE = re.compile(r"\s+(?:can|could|should|must|would|might|may|cannot|can't|can’t|needs?\s+to|has\s+to|"
                          r"(?:looks|sees|wonders|finds|feels|hears|thinks|gets|learns|notices|realizes|realises)\b)",
                          re.I)


_NUMBER_COLUMNS = ["start", "end", "text", "low", "high", "qualifier", "counted"]


def extract_numbers(text: str, exclude_spans=None) -> pd.DataFrame:
    """Numeric figures in ``text``: (start, end, text, low, high, qualifier, counted).

    ``exclude_spans``: (start, end) spans to skip (e.g. dates found by the timeline); by default
    the DATE and TIME expressions of :func:`helpers.timeline.extract_timexes` are excluded.
    """
    if not text:
        return pd.DataFrame(columns=_NUMBER_COLUMNS)
    if exclude_spans is None:
        exclude_spans = _timex_spans(text)
    rows = []
    for m in NUMBER_RE.finditer(text):
        rows.extend(_match_rows(text, m, exclude_spans))
    return _numbers_frame(_without_conversions(text, rows))


def _timex_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the DATE, TIME and SET expressions ``timex.extract_timexes`` finds in
    ``text``: the figures ``extract_numbers`` leaves out by default."""
    from .timex import extract_timexes

    tx = extract_timexes(text, None)
    tx = tx[tx["type"].isin(["DATE", "TIME", "SET"])]
    return list(zip(tx["start"], tx["end"]))


def _numbers_frame(rows: list[tuple]) -> pd.DataFrame:
    """The table of ``extract_numbers``: ``low`` and ``high`` as nullable integers when every value in the
    column is whole, else as nullable floats."""
    df = pd.DataFrame(rows, columns=_NUMBER_COLUMNS)
    for col in ("low", "high"):
        vals = pd.to_numeric(df[col], errors="coerce")
        integral = bool((vals.dropna() % 1 == 0).all())
        df[col] = vals.astype("Int64") if integral else vals.astype("Float64")
    return df


def _core_start(m: re.Match) -> int:
    """Where the figure of a ``NUMBER_RE`` match begins, past its hedge: the first number, the first end
    of "between ... and ...", or the vague plural."""
    return m.start("n1") if m.group("n1") else (m.start("b1") if m.group("b1") else m.start("vague"))


def _match_rows(text: str, m: re.Match, exclude_spans) -> list[tuple]:
    """The rows one match of ``NUMBER_RE`` gives: none when its figure starts inside an excluded span or
    is no quantity (a date, an identifier, "one" as a pronoun, a length read as a scale), else one, with
    its bounds, sign, what it counts and its qualifier; two for a change "from 12 to 19"."""
    core_start = _core_start(m)
    if any(a <= core_start < b for a, b in exclude_spans):
        return []
    hedge = (m.group("hedge") or "").lower() or None
    read = _read_value(text, m, hedge)
    if read is None or (read[0] is None and read[1] is None):
        return []
    low, high, qual = read
    s, e = m.span()
    ranged = bool(m.group("n2") or m.group("b2"))
    low, high, qual = _bounded(text, e, low, high, qual, ranged)
    sign = _NEGATIVE_BEFORE.search(text, max(0, s - 7), s) if not hedge and not ranged else None
    if sign and low is not None:
        low, high, s = -low, (-high if high is not None else None), sign.start()  # "minus 17", "-3%"
    counted = _counted_by(text, m, low, high)
    if qual == "over" and _over_a_period(text, s, e, counted, ranged):
        qual, high = None, low  # "$374 billion over 10 years": the period, not a bound
        s = core_start
    qual = _final_qualifier(text, s, qual)
    return _figure_rows(text, m, s, low, high, qual, counted)


def _read_value(text: str, m: re.Match, hedge: str | None) -> tuple | None:
    """(low, high, qualifier) of a match as written, before any hedge after it bounds it; None when it is
    no quantity. A vague plural ("thousands of") has no high and is its own qualifier without a hedge."""
    if m.group("vague"):
        return VAGUE[m.group("vague").lower()], None, hedge or m.group("vague").lower()
    if m.group("b1"):
        return _read_between(text, m, hedge)
    return _read_figure(text, m, hedge)


def _read_between(text: str, m: re.Match, hedge: str | None) -> tuple | None:
    """(low, high, qualifier) of "between 2 and 3 million": the second figure's scale holds for both, the
    range is read low to high ("between 5 million and 10k"), and the qualifier is the hedge before it, else
    the one inside ("between some 11 and 19": a hedged range), else "between". None for lengths ("between
    2m and 3m deep")."""
    surface = m.group(0)
    glued = [g for g in (m.group("b2"), m.group("b1")) if re.search(r"\d(?:m|k)$", g, re.I)]
    if glued and not _attached_is_scale(text, m.end(), re.search(_CUR, surface) is not None,
                                        re.sub(rf"^{_CUR}|(?:m|k)$", "", glued[0], flags=re.I)):
        return None  # "between 2m and 3m deep": lengths
    low, high = _scaled(m.group("b1"), _scale_word(m.group("b2"))), _scaled(m.group("b2"))
    if low is not None and high is not None and low > high:
        low, high = high, low  # "between 5 million and 10k": a range is read low to high
    return low, high, hedge or (m.group("bh") or "").lower() or "between"  # "between some 11 and 19": a hedged range


def _read_figure(text: str, m: re.Match, hedge: str | None) -> tuple | None:
    """(low, high, hedge) of a figure or a range of two ("11,000-12,000", "£2-3m"), each end with its scale;
    a scale after the range ("11-12 thousand") or attached to its second end ("£2-3m") applies to both ends.
    None when it is no quantity (``_not_a_quantity``) or a number word is not read."""
    if _not_a_quantity(text, m, hedge):
        return None
    n1, n2 = m.group("n1"), m.group("n2")
    a1, a2 = (m.group("a1") or "").lower(), (m.group("a2") or "").lower()
    word = m.group("scale") or a2 or a1  # "11-12 thousand", "£2-3m": the scale applies to both ends
    low = _value(n1)
    if low is not None and m.group("half"):
        low += _fraction(m.group("half"))  # "two and a half hours", "three-and-a-half days", "1 1/2"
    high = _value(n2) if n2 else low
    if n2 and high is not None and m.group("half2"):
        high += _fraction(m.group("half2"))  # "two to two and a half hours", "5 to 7 1/2"
    if low is None or high is None:
        return None
    low = low * SCALES[(a1 or word).lower()] if (a1 or word) else low
    high = high * SCALES[(a2 or word).lower()] if (a2 or word) else high
    return low, high, hedge


def _fraction(part: str) -> float:
    """The value of what ``_AND_A_HALF`` or ``_MIXED_FRACTION`` adds to a whole number: 0.5, or "1/2", "3/4"."""
    num, _, den = part.strip().partition("/")
    return int(num) / int(den) if den else 0.5


def _not_a_quantity(text: str, m: re.Match, hedge: str | None) -> bool:
    """Whether a figure (not "between", not vague) names or places rather than counts: "one" as a pronoun
    or "at one point" (``_pronoun_one``), a long identifier ("tweet 780123456789012345"), a date or time
    (``_is_date_like``), an identifier (``_is_identifier``; never with a currency, scale, percent, unit,
    glued unit or hedge), a bare C or F with no temperature about ("apartment 4F", "seat 23C"), or an
    attached "m"/"k" that is a length ("a 100m sprint")."""
    s, e = m.span()
    n1, n2 = m.group("n1"), m.group("n2")
    if n1.lower() == "one" and not n2 and _pronoun_one(text, s, e):
        return True
    if not n2 and re.fullmatch(r"\d{10,}", n1):
        return True  # "tweet 780123456789012345": an identifier, never a count
    if n2 and n2[:1].isdigit() and not m.group("unit") and (
            re.match(r"-(?:\d|(?-i:[A-Z]{2,})\b)", text[e:]) or re.search(r"\d-$", text[:m.start("n1")])):
        return True  # "1-800-555-0199", "1-800-SPEAK": a phone number, not a range
    if not n2 and re.fullmatch(r"\d+", n1) and re.search(r"\d-$", text[:m.start("n1")]):
        return True  # the last link of a chain ("0800-555-0199", a "4-4-2" formation, a "10-6-1" record)
    if not n2 and _is_date_like(text, m.start("n1"), m.end("n1"), n1):
        return True
    if not n2 and not hedge and _in_a_name(text, m.start("n1"), m.end("n1"), n1):
        return True
    if not (m.group("cur") or m.group("scale") or m.group("pct") or m.group("unit") or m.group("glued") not in (None, "C", "F") or hedge) and \
            _is_identifier(text, m.start("n1"), e, n1, n2):
        return True
    a1, a2 = (m.group("a1") or "").lower(), (m.group("a2") or "").lower()
    if m.group("glued") in ("C", "F") and not _TEMPERATURE.search(text, max(0, s - 80), min(len(text), e + 40)) \
            and not _NEGATIVE_BEFORE.search(text, max(0, s - 7), s):
        return True  # "apartment 4F", "seat 23C": no temperature
    if (a1 in ("m", "k") or a2 in ("m", "k")) and not _attached_is_scale(
            text, m.end(), bool(m.group("cur") or m.group("cur2")), n1):
        return True  # "a 100m sprint": a length
    return False


def _in_a_name(text: str, s: int, e: int, word: str) -> bool:
    """Whether a number word written with a capital is the last word of a name ("Ground Zero", "Formula One
    car", "Air Force One."): a capitalised word right before it on the line, with no full stop or other mark
    between ("... said Smith. Two men died" counts), and no capitalised word right after it (a headline in
    title case, "Police Arrest Two Men", still counts). Limits: a title-case headline ending on the number
    ("Police Arrest Two") loses it."""
    return (word[:1].isupper() and word.isalpha() and re.search(r"\b[A-Z][\w'’-]*[ \t]+$", text[max(0, s - 40):s])
            is not None and not re.match(r"\s+[A-Z]", text[e:]))


def _pronoun_one(text: str, s: int, e: int) -> bool:
    """Whether "one" at ``s``-``e`` is no count: a pronoun ("one of them", "no one was hurt", "if one looks
    back", "one can see") or, in "at one point", "at one stage", some time."""
    return bool(re.match(r"\s+(?:of|another|by|who|which|that)\b", text[e:])
                or re.search(r"\b(?:no|any|every|some)\s+$", text[max(0, s - 8):s], re.I)
                or _GENERIC_ONE.match(text, e)
                or (re.search(r"\bat\s+$", text[max(0, s - 4):s], re.I)
                    and re.match(r"\s+(?:point|stage|time)\b", text[e:])))


def _bounded(text: str, e: int, low, high, qual: str | None, ranged: bool) -> tuple:
    """(low, high, qualifier) with the bounds the hedge sets: a hedge after a single figure with none before
    it ("70 years or more", "$100,000 or more", "aged 16 or under") counts as one before it; a lower bound
    ("at least") drops the high, an upper one ("up to") the low (high keeps the figure), save "within"; a
    range keeps both ends ("as many as 35 to 40")."""
    after = _HEDGE_AFTER.match(text, e) if not qual and not ranged else None
    if after:  # "70 years or more", "$100,000 or more", "aged 16 or under": bounded as a hedge before it
        qual = "or " + after.group("how").lower()
    kind = HEDGE_KINDS.get(qual or "", None)
    if kind == "lower" and not ranged:
        high = None
    elif kind == "upper" and qual != "within" and not ranged:  # "as many as 35 to 40" keeps its range
        low, high = None, (high if high is not None else low)
    return low, high, qual


def _counted_by(text: str, m: re.Match, low, high) -> str | None:
    """What a match counts: the period of a unit joined to it ("three-month": "months"), a glued unit
    ("10km": "km"), else the noun phrase after it (``_counted``, as a singular for a figure of one); a
    percentage counts "percent", with that phrase in brackets."""
    e = m.end()
    unit = m.group("unit")
    counted = _unit_plural(unit.strip("-").lower().rstrip("s")) if unit else (
        _glued_unit(m.group("glued")) if m.group("glued") else _counted(text, e, single=low == 1 and high == 1))
    if m.group("pct"):
        counted = "percent" + (f" ({counted})" if counted else "")
    return counted


def _unit_plural(unit: str) -> str:
    """The plural of a time unit of ``TIME_UNITS`` ("month": "months", "century": "centuries")."""
    return "centuries" if unit == "century" else unit + "s"


def _final_qualifier(text: str, s: int, qual: str | None) -> str | None:
    """The qualifier as written in the table: "estimated" for an unhedged figure after a verb or noun of
    estimating in its clause ("authorities estimate the damage at $1 million"), "unconfirmed" for one its
    sentence doubts ("..., but I don't know for sure", "unconfirmed reports said 40 died"), and without a
    leading article ("an estimated" -> "estimated", "a further" -> "further"). Limits: a doubt is read from
    a few fixed phrases (``_DOUBT_AFTER``, ``_DOUBT_BEFORE``); "it is unclear whether 40 died" is not one."""
    if qual is None and _ESTIMATE_BEFORE.search(text, max(0, s - 60), s):
        qual = "estimated"  # "authorities estimate the damage at $1 million": a verb of estimating hedges it
    if qual is None and (_DOUBT_BEFORE.search(text, max(0, s - 80), s) or _DOUBT_AFTER.match(text, s)):
        qual = "unconfirmed"  # "I've heard the figure of $1 million, but I don't know for sure"
    if qual:
        qual = re.sub(r"^(?:an|a)\s+", "", qual)
    return qual


def _figure_rows(text: str, m: re.Match, s: int, low, high, qual: str | None, counted: str | None) -> list[tuple]:
    """The row of a figure from ``s`` to the match's end; two rows for a range after a verb of change and
    "from" ("the toll rose from 12 to 19": the figure before and the figure after, each exact, the second
    with no qualifier), and for a pair whose first figure is the larger ("voters split 4 to 1", "won 3-1":
    a ratio or a score)."""
    e = m.end()
    first_end = m.end("a1") if m.group("a1") else m.end("n1")
    change = _CHANGE_FROM.search(text, max(0, s - 50), s) and re.match(r"\s*to\b", text[first_end:])
    if m.group("n2") and (change or (low is not None and high is not None and low > high)):
        # "the toll rose from 12 to 19": two figures, before and after, not a range; "split 4 to 1", "won 3-1":
        # a ratio or a score (a range never runs downwards), two figures
        second = m.start("cur2") if m.group("cur2") else m.start("n2")
        return [(s, first_end, text[s:first_end], _as_int(low), _as_int(low), qual, counted),
                (second, e, text[second:e], _as_int(high), _as_int(high), None, counted)]
    return [(s, e, text[s:e], _as_int(low), _as_int(high), qual, counted)]
