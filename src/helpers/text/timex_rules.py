"""The time grammar as data: one :class:`Rule` per kind of English time expression.

A rule has a ``name``, a regular expression (``pattern``, case-insensitive), the TIMEX3 ``type`` it
usually gives, a ``build`` function that turns a match into a :class:`Reading` (what the words say,
before any calendar arithmetic), and ``examples``: ``(text, value)`` pairs that must come out of
:func:`helpers.text.timex.extract_timexes` with that value against :data:`EXAMPLE_REF` (tests run
them all). Placing a reading on the calendar is the job of :func:`helpers.text.timex.resolve`.

Readings (``anchor`` and its ``args``):

- ``abs`` (value, earliest, latest): nothing to resolve (a full date, a year, a duration, a set,
  ``PAST_REF``...);
- ``shift`` (unit, k): the day / week / weekend / month / quarter / year / decade holding the
  reference date, moved by k units ("yesterday", "last week", "three months ago");
- ``month`` (month, rel), ``monthday`` (month, day, weekdays it may fall on or None), ``weekday`` (weekday, rel), ``season``
  (code, rel), ``quarter`` (q, rel), ``holiday`` (name): calendar names without a year, placed by
  the tense of the clause; ``yy`` (two-digit year);
- ``clock`` (hour, minute, zone, day reading or None): a time of day, on the reference day unless
  a day is written next to it; ``part`` (MO/AF/EV/NI, day reading): a part of a day;
- ``that`` (unit,): "that year", anaphoric: the last year written before it.

``mod`` (START, MID, END) keeps a third of the period ("early 2008", "the end of the month").

Limits: English only; the tables of words are general (months, weekdays, units, numbers, fixed
holidays), never names from any corpus.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from .lexicon import IDENT_NOUNS
from .cleaning import in_title_case
from .given_names import given_name_sex

EXAMPLE_REF = dt.date(2009, 11, 5)  # a Thursday, in the fourth quarter, ISO week 45

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "single": 1}
UNIT = {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "fortnight": "FN", "month": "M",
        "year": "Y", "decade": "DE", "century": "CE", "weekend": "WE", "quarter": "Q"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
REL = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}
# holidays: (month, day) for a fixed date; ("nth", month, weekday, n, days after) for the n-th weekday of
# a month (n = -1: the last one; Election Day is the day after the first Monday of November); ("easter",
# days after Easter Sunday). General calendar knowledge, as HeidelTime's holiday lists.
HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24), "christmas": (12, 25),
            "christmas day": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
            "independence day": (7, 4), "bastille day": (7, 14), "may day": (5, 1), "st. patrick's day": (3, 17),
            "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "april fools' day": (4, 1),
            "april fool's day": (4, 1), "earth day": (4, 22), "flag day": (6, 14), "veterans day": (11, 11),
            "veterans' day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
            "groundhog day": (2, 2), "guy fawkes night": (11, 5), "hogmanay": (12, 31), "all saints' day": (11, 1),
            "epiphany": (1, 6),
            "martin luther king day": ("nth", 1, 0, 3, 0), "martin luther king jr. day": ("nth", 1, 0, 3, 0),
            "presidents' day": ("nth", 2, 0, 3, 0), "presidents day": ("nth", 2, 0, 3, 0),
            "memorial day": ("nth", 5, 0, -1, 0), "labor day": ("nth", 9, 0, 1, 0), "labour day": ("nth", 9, 0, 1, 0),
            "columbus day": ("nth", 10, 0, 2, 0), "mother's day": ("nth", 5, 6, 2, 0),
            "father's day": ("nth", 6, 6, 3, 0), "thanksgiving": ("nth", 11, 3, 4, 0),
            "thanksgiving day": ("nth", 11, 3, 4, 0), "election day": ("nth", 11, 0, 1, 1),
            "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
            "good friday": ("easter", -2), "holy saturday": ("easter", -1), "maundy thursday": ("easter", -3),
            "palm sunday": ("easter", -7), "ash wednesday": ("easter", -46), "mardi gras": ("easter", -47),
            "ascension day": ("easter", 39), "pentecost": ("easter", 49), "whit sunday": ("easter", 49),
            "mothering sunday": ("easter", -21),  # the United Kingdom's Mother's Day: the fourth Sunday of Lent
            "shrove tuesday": ("easter", -47), "fat tuesday": ("easter", -47), "whit monday": ("easter", 50),
            "black friday": ("nth", 11, 3, 4, 1), "cyber monday": ("nth", 11, 3, 4, 4)}  # the days after Thanksgiving
_HOLIDAY_RX = "|".join(re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+")
                       for h in sorted(HOLIDAYS, key=len, reverse=True))

_M = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_BIG = r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"  # "a hundred years" (not millennia)
_NUM = rf"(?:{_BIG}|\d{{1,3}}(?:,\d{{3}})+|\d+|{_NW}|a couple of|an|a)"
_ADJ = r"(?:(?:straight|consecutive|successive|full|whole|long|short|trading|business|working|calendar|more|further|additional)\s+)?"
_VAG = r"(?:a few|few|several|some|many|a number of|a couple|numerous)"
_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
_UNIT1 = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
#: Time zones written in letters other than the American ones and UTC/GMT ("1852 HKT", "9 a.m. BST"); some are
#: also names or initials ("ADT", "AST", "WEST"), see ``_FOUR_DIGIT_TIME_BEFORE``.
_LETTER_ZONES = ("HKT|JST|KST|SGT|IST|CET|CEST|EET|EEST|WET|WEST|BST|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|PKT|WIB|PHT|"
                 "HST|AKST|AKDT|AST|ADT")
_TZ = rf"(?:\s*(?:UTC|GMT|Z)\b(?:\s*([+-])\s*(\d{{1,2}})(?::?00\b)?)?|\s*\(\s*(?:UTC|GMT)\s*([+-])\s*(\d{{1,2}})\s*\)|\s*[ECMP][SD]T\b|\s*(?-i:[ECMP]T)\b|\s*(?-i:{_LETTER_ZONES})\b)"
_Y = r"(?:1[89]\d\d|20\d\d)"
_SPOKEN_Y = r"(?:nineteen|twenty)[\s-](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
_HEDGE = r"(?:(?:more|less|fewer) than|at least|at most|up to|nearly|almost|about|around|roughly|approximately|some|just over|just under|well over|over|under)"
# "a second" is an ordinal before these words ("a second consecutive day"), not a duration
_ORDINAL_NEXT = re.compile(r"\s+(?!(?:or|and|ago|later|earlier|before|after|longer|to)\b)(?:[a-z]|[A-Z][a-z])")
_AGE = re.compile(r"\s*(?:-|\s)old\b", re.I)


@dataclass(frozen=True)
class Reading:
    """What a time expression says before it is placed on the calendar (see the module docstring)."""
    type: str
    anchor: str
    args: tuple = ()
    mod: str | None = None
    lead: int = 0  # characters of the match before the expression itself ("their January": 6)
    tail: int = 0  # characters of the match after it ("10 minutes [earlier]": the signal stays out)
    # anaphoric expressions: the unit of the anchor (D, W, M, Q, Y) an earlier expression of the text
    # gives, and the reading placed against that anchor instead of the reference date ("the same day")
    anaphoric: str | None = None
    anchored: "Reading | None" = None


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar: ``build(match, text)`` gives a Reading, or None to reject the match."""
    name: str
    pattern: str
    type: str
    build: Callable[[re.Match, str], Reading | None]
    examples: tuple[tuple[str, str], ...] = ()
    regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "regex", re.compile(self.pattern, re.I))


# ------------------------------------------------------------------------------ small readers
def num(word: str | None) -> int | None:
    """'3' -> 3, 'three' -> 3, 'twenty-five' -> 25, 'a' -> 1; None when it is not a count."""
    if word is None:
        return None
    w = word.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):  # "1,000"
        w = w.replace(",", "")
    if w.isdigit():
        return int(w)
    if "-" in w and all(p in NUMS for p in w.split("-")):
        return sum(NUMS[p] for p in w.split("-"))
    big = re.fullmatch(r"(\w+)\s+hundred", w)
    if big and big.group(1) in NUMS:
        return NUMS[big.group(1)] * 100
    return NUMS.get(w)


def unit_code(unit: str) -> str:
    u = unit.lower()
    u = "century" if u.startswith("centur") else u.rstrip("s")
    return UNIT.get(u, "D")


def duration(n, unit: str) -> str:
    """TIMEX3 duration: (3, 'days') -> P3D, (10, 'minutes') -> PT10M, (None, 'years') -> PXY.
    A unit of time of day (hours, minutes, seconds) always takes the ``T``: minutes never become months.
    Decades count in years, as TIMEX3 values write them ("two decades" P20Y, "decades" PXY). A fraction is
    written in the next smaller unit where it comes out whole, as TimeBank writes it (2.5 years P2Y6M);
    MEANTIME writes P2.5Y, so one of the two corpora always counts it wrong."""
    code = unit_code(unit)
    if code == "FN":  # a fortnight is two weeks, a fraction of one too ("1.5 fortnights": P3W)
        if n is not None and re.fullmatch(r"\d+(?:\.\d+)?", str(n)):
            n = f"{float(n) * 2:g}"
        code = "W"
    if code in ("DE", "CE") and n is not None and re.fullmatch(r"\d+(?:\.\d+)?", str(n)):
        n, code = f"{float(n) * (10 if code == 'DE' else 100):g}", "Y"  # "half a century": P50Y
    elif code == "DE":
        code = "Y"  # "for decades": an unknown number of years
    n_txt = "X" if n is None else str(n)
    if n is not None and re.fullmatch(r"\d*\.\d+", n_txt):
        split = _split_fraction(float(n_txt), code)
        if split:
            return split
    if code in ("H", "S", "MIN"):
        return f"PT{n_txt}{'M' if code == 'MIN' else code}"
    return f"P{n_txt}{code}"


#: A unit and the smaller unit its fraction is written in, with how many of those make one of it.
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "W": ("D", 7), "H": ("MIN", 60), "MIN": ("S", 60)}


def _split_fraction(x: float, code: str) -> str | None:
    """A fractional count as whole units and the next smaller unit, as TIMEX3 values write it: 2.5 years
    P2Y6M, 1.5 hours PT1H30M, half a day PT12H, 1.5 days P1DT12H. None when the fraction is not a whole
    number of the smaller unit (half a week, 1.5 months): the caller keeps the decimal."""
    if code not in _SMALLER:
        return None
    small, per = _SMALLER[code]
    whole, rest = int(x), round((x - int(x)) * per, 6)
    if not float(rest).is_integer():
        return None
    parts = [(whole, code), (int(rest), small)]
    date = "".join(f"{k}{c}" for k, c in parts if k and c in ("Y", "M", "W", "D"))
    time = "".join(f"{k}{'M' if c == 'MIN' else c}" for k, c in parts if k and c in ("H", "MIN", "S"))
    return "P" + date + ("T" + time if time else "")


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _abs(typ, value, earliest=None, latest=None, lead=0):
    return Reading(typ, "abs", (value, earliest, latest), lead=lead)


def _year(y: int, lead=0, mod=None) -> Reading:
    return Reading("DATE", "abs", (str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)), mod=mod, lead=lead)


def _period_reading(words: str) -> Reading | None:
    """'the year', 'this month', 'last week', 'October', 'October 2009', '2009' as a period."""
    w = re.sub(r"\s+", " ", words.lower().strip())
    m = re.fullmatch(r"(?:(this|last|next|previous|the) )?(year|month|week)", w)
    if m:
        k = REL.get({"the": "this", None: "this"}.get(m.group(1), m.group(1)), 0)
        return Reading("DATE", "shift", (unit_code(m.group(2)), k))
    m = re.fullmatch(rf"(?:(last|next|this) )?({_M})(?: ({_Y}))?", w)
    if m:
        if m.group(3):
            y, mo = int(m.group(3)), month_of(m.group(2))
            return Reading("DATE", "abs", (f"{y}-{mo:02d}", dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])))
        return Reading("DATE", "month", (month_of(m.group(2)), m.group(1)))
    if re.fullmatch(_Y, w):
        return _year(int(w))
    return None


def _mod(word: str) -> str:
    w = word.lower()
    if w in ("beginning", "start", "early", "outset", "dawn"):
        return "START"
    if w in ("end", "late", "close"):
        return "END"
    return "MID"


# ------------------------------------------------------------------------------ builders
def b_part_of_period(m, text):
    base = _period_reading(m.group(2))
    return Reading(base.type, base.anchor, base.args, _mod(m.group(1)), base.lead) if base else None


def b_early_late(m, text):
    base = _period_reading(m.group(2) + (" " + m.group(3) if m.group(3) else ""))
    return Reading(base.type, base.anchor, base.args, _mod(m.group(1)), base.lead) if base else None


def b_earlier_this(m, text):
    return Reading("DATE", "shift", (unit_code(m.group(3)), REL[m.group(2).lower()]))


def b_iso_date(m, text):
    try:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return _abs("DATE", d.isoformat(), d, d)


def _day(month: int, day: int, year, weekday: str | tuple | None = None) -> Reading | None:
    """A day of a month; without a year, a ``monthday`` reading that keeps the weekday written with it
    ("Friday February 13"), or the weekdays a weekend allows (``_weekend_days``), which pick the year whose
    date falls on such a day."""
    if not 1 <= day <= 31:
        return None
    if year:
        try:
            d = dt.date(int(year), month, day)
        except ValueError:
            return None
        return _abs("DATE", d.isoformat(), d, d)
    if isinstance(weekday, str):
        weekday = (WEEKDAYS[weekday.lower()],)
    return Reading("DATE", "monthday", (month, day, weekday))


_WEEKEND_OF = re.compile(r"\bweekend\s+of\s+(?:the\s+)?$", re.I)


def weekend_days(text: str, start: int, day: int, next_day: int | None = None) -> tuple | None:
    """The weekdays a day can fall on when the words before ``start`` call it a weekend's: "the weekend of
    January 10" is a Saturday or a Sunday; the first of "the weekend of January 10 and 11" (or "10-11") is a
    Friday or a Saturday. None when no "weekend of" comes before the date. Limits: "weekend" in the sense of a
    festival's dates ("the Bank Holiday weekend of May 3") is read the same way."""
    if not _WEEKEND_OF.search(text, max(0, start - 30), start):
        return None
    return (4, 5) if next_day == day + 1 else (5, 6)


def _weekend_days(m, day_group: int) -> tuple | None:
    nxt = re.match(r"\s*(?:and|&|-|–|to)\s*(\d{1,2})\b", m.string[m.end(day_group):])
    return weekend_days(m.string, m.start(), int(m.group(day_group)), int(nxt.group(1)) if nxt else None)


def _weekday_apart(m, month_group: int, day_group: int, weekday_group: int = 1) -> Reading | None:
    """A full date written after a weekday it does not fall on ("closed until Friday September 18, 2008",
    a headline's weekday before the dateline): the date alone, the weekday left to be read by itself."""
    wd, year = m.group(weekday_group), m.group(4)
    if not (wd and year):
        return None
    try:
        d = dt.date(int(year), month_of(m.group(month_group)), int(m.group(day_group)))
    except ValueError:
        return None
    first = min(m.start(month_group), m.start(day_group))  # where the date proper starts
    if d.weekday() == WEEKDAYS[wd.lower()] or "," in m.string[m.end(weekday_group):first]:
        return None  # "On Tuesday, March 6, 2019": one date, its weekday a slip
    return _abs("DATE", d.isoformat(), d, d, lead=first - m.start())


def _sentence_sides(text: str, s: int, e: int, back: int, ahead: int) -> tuple[str, str]:
    """The words of the sentence before ``s`` (at most ``back`` characters) and after ``e`` (at most ``ahead``):
    a full stop, "!" or "?" before a space ends it (a rough cut: "Mr. Smith" ends one too)."""
    before = re.split(r"[.!?]\s", text[max(0, s - back):s])[-1]
    after = re.split(r"[.!?](?:\s|$)", text[e:e + ahead])[0]
    return before, after


def b_month_day(m, text):
    return _weekday_apart(m, 2, 3) or _attacks_day(m, month_of(m.group(2)), int(m.group(3)), m.group(4), text) or \
        _day(month_of(m.group(2)), int(m.group(3)), m.group(4), m.group(1) or _weekend_days(m, 3))


def b_day_month(m, text):
    if not m.group(3)[0].isupper():
        return None  # "as many as 20 may have died": the verb
    return _weekday_apart(m, 3, 2) or _attacks_day(m, month_of(m.group(3)), int(m.group(2)), m.group(4), text) or \
        _day(month_of(m.group(3)), int(m.group(2)), m.group(4), m.group(1) or _weekend_days(m, 2))


#: Words that make "Sept. 11" without a year the day of the 2001 attacks ("after the Sept. 11 terrorist attacks",
#: "the threat before Sept. 11", "Sept. 11 conspiracy theories"), and words of a later year's observance ("the
#: Sept. 11 memorial ceremony"), which keep the day of the story's year.
_ATTACK_WORDS = re.compile(r"\b(?:attacks?|attackers|terror\w*|hijack\w*|al[- ]Qaeda|conspirac\w*|commission|"
                           r"World\s+Trade\s+Center|Twin\s+Towers|post-|pre-)", re.I)
#: Right after "Sept. 11" ("the Sept. 11 terrorist attacks", "Sept. 11 hijackers", "the Sept. 11 commission"),
#: or right before it ("the attacks of/on Sept. 11", "post-Sept. 11"): the day is the attacks' whatever else the
#: sentence tells; "since"/"after"/"before" it with words of the attacks in the sentence ("the threat before Sept.
#: 11"), too. A day told as a time of its clause ("the vote on the anti-terror bill is set for Sept. 11", "a heart
#: attack killed him on Sept. 11") is the story's.
_ATTACK_NEXT = re.compile(r"(?:th)?\s+(?:(?:terror\w*|al[- ]Qaeda)\s+)?(?:attacks?\b|attackers|hijack\w*|plot\w*|commission|"
                          r"conspirac\w*|terror\w*|victims|families|responders|era\b|aftermath)", re.I)
_ATTACK_BEFORE = re.compile(r"(?:\b(?:attacks|hijackings|events|attack)\s+(?:of|on)\s+|\b(?:pre|post)-)$", re.I)
_SPAN_WORD_BEFORE = re.compile(r"\b(?:since|after|before)\s+$", re.I)
_OBSERVANCE_WORDS = re.compile(r"\b(?:anniversary|memorial|ceremony|commemorat\w*|observance|remembrance|vigil|"
                               r"tribute|moment\s+of\s+silence)\b", re.I)


def _attacks_day(m, month: int, day: int, year, text: str) -> Reading | None:
    """'Sept. 11' with no year named as the attacks (``_ATTACK_NEXT``, ``_ATTACK_BEFORE``), or after "since",
    "after", "before" with words of the attacks and none of an observance: the day of the attacks, 2001-09-11 (a
    text written before 2001 keeps its own year: ``timex._r_attacks``)."""
    if year or (month, day) != (9, 11):
        return None
    if _ATTACK_NEXT.match(text, m.end()) or _ATTACK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        pass  # "the Sept. 11 attacks", "the attacks of Sept. 11": the attacks' day, even in an observance's sentence
    elif _SPAN_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        before, after = _sentence_sides(text, m.start(), m.end(), 150, 150)
        if not (_ATTACK_WORDS.search(before) or _ATTACK_WORDS.search(after)) or \
                _OBSERVANCE_WORDS.search(before) or _OBSERVANCE_WORDS.search(after):
            return None
    else:
        return None
    return Reading("DATE", "attacks")  # 2001-09-11, but a text written before it keeps its own year (timex._r_attacks)


def year_of(word: str) -> int:
    """'1994' -> 1994; a spoken year, 'nineteen ninety-four' -> 1994 (broadcast transcripts)."""
    if word.isdigit():
        return int(word)
    hi, lo = re.split(r"[\s-]", word.lower(), maxsplit=1)
    return {"nineteen": 19, "twenty": 20}[hi] * 100 + num(lo)


def b_month_year(m, text):
    y, mo = year_of(m.group(2) or m.group(3) or m.group(4)), month_of(m.group(1))
    return _abs("DATE", f"{y}-{mo:02d}", dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]))


#: "of" and a capitalised word after a month: a name ("the March of Dimes", "March of the Combatant Mothers")
_OF_NAME_NEXT = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")


#: A commodity contract after a month: the month is the one of delivery, not yet come ("for April delivery",
#: "the May contract", "December futures"); "in February contracts were signed" is no contract month.
_DELIVERY_NEXT = re.compile(r"\s+(?:delivery|contracts?|futures)\b", re.I)


def _contract_month(pre: str, text: str, end: int) -> bool:
    """A contract's month: "for April delivery", or "the April contract" / "April futures" right after "the"
    or nothing."""
    nxt = _DELIVERY_NEXT.match(text, end)
    return bool(nxt) and (pre == "for" if nxt.group(0).strip().lower() == "delivery" else pre in ("the", ""))


#: A byline's "By" at the start of a line: the words after it are a name ("By April Ryan, PA News").
_BYLINE_BEFORE = re.compile(r"(?:(?:^|\n)\s*\(?By|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)\s+by)\s+$")
_BYLINE_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][\w'’-]+)){1,2}\s*(?:$|\n|[,;)]|\s+(?:and|in|at|for)\b)")
_MONTH_PREP = ("in", "since", "until", "till", "during", "through", "throughout", "before", "after", "early",
               "last", "next", "this", "since last", "as of", "into", "from")


def b_month(m, text):
    word = m.group(2)
    if not word[:1].isupper():  # "this may", "in march": a verb, a noun
        return None
    pre = (m.group(1) or "").lower()
    if pre == "the" and _OF_NAME_NEXT.match(text, m.end()):
        return None  # "the March of Dimes": a name ("in January of Obama's second term" is a month)
    if _NAME_NEXT.match(text, m.end()) and ((word == "Jan" and pre not in _MONTH_PREP) or (
            _BYLINE_BEFORE.search(text, max(0, m.start() - 25), m.start(2)) and _BYLINE_AFTER.match(text, m.end(2)))):
        return None  # a first name: "Jan Colley" ("Jan" without its stop), "By April Ryan" opening a line
    rel = pre if pre in ("last", "next", "this") else ("last" if pre == "since last" else None)
    if rel is None and _contract_month(pre, text, m.end()):
        rel = "ahead"  # "crude for April delivery fell": a contract month, this one or one to come
    lead = m.start(2) - m.start() if pre in ("the", "their", "its", "his", "her", "our") else 0
    return Reading("DATE", "month", (month_of(word), rel), lead=lead)


def b_week_of(m, text):
    """'the week of March 6': the ISO week holding that day."""
    day = _day(month_of(m.group(1)), int(m.group(2)), m.group(3))
    return Reading("DATE", "week_of", (day,)) if day else None


def b_week_of_month(m, text):
    """'the first week of April', 'the last week of March 2008': the ISO week holding the 4th (11th, 18th,
    25th) of the month, or the day three before its end; a year only when written (else the tense decides)."""
    month, n = month_of(m.group(2)), m.group(1).lower()
    length = calendar.monthrange(int(m.group(3)) if m.group(3) else 2001, month)[1]
    day = _day(month, length - 3 if n in ("last", "final") else 7 * ORD[n] - 3, m.group(3))
    return Reading("DATE", "week_of", (day,)) if day else None


def b_monthday_rel_year(m, text):
    """'June 16th of last year', '3 May this year': that day of the year named."""
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if not month[0].isupper() or not 1 <= int(day) <= 31:
        return None
    return Reading("DATE", "monthday_year", (month_of(month), int(day), REL[m.group(5).lower()]))


def b_month_rel_year(m, text):
    """'October of next year', 'early February this year': that month of the year named."""
    mod = _mod(m.group(1)) if m.group(1) else None
    return Reading("DATE", "month_year", (month_of(m.group(2)), REL[m.group(3).lower()]), mod=mod)


def b_season_year(m, text):
    if m.group(2):
        return Reading("DATE", "season", (SEASONS[m.group(1).lower()], year_of(m.group(2))))
    rel = m.group(3).lower().split()[-1]
    return Reading("DATE", "season", (SEASONS[m.group(4).lower()], {"past": "last", "coming": "next"}.get(rel, rel)))


def _sentence_initial(text: str, s: int) -> bool:
    """Whether the word at ``s`` opens a sentence or line (after . ! ? : or a quotation mark, or at the start)."""
    return re.search(r"(?:^|[.!?:\"\u201c\n])\s*$", text[max(0, s - 4):s]) is not None


def _title_case_line(text: str, s: int) -> bool:
    """Whether the line holding ``s`` is a title-case headline (``cleaning.in_title_case``)."""
    a, b = text.rfind("\n", 0, s) + 1, text.find("\n", s)
    return in_title_case(text[a:b if b >= 0 else len(text)])


def b_season(m, text):
    """A season; 'fall' only as 'in/during the fall' (not 'the fall of the dollar', 'the fall in prices')."""
    g = next(i for i in (1, 2, 3) if m.group(i))
    if g < 3 and _in_name(text, m.start(g), m.end(g), prev=True):
        return None  # "the Summer Olympics", "the Arab Spring"
    if g < 3 and m.group(g)[0].isupper() and _NAME_NEXT.match(text, m.end(g)) \
            and not _TITLE_CASE_WORD.match(text, m.end(g)) \
            and not _sentence_initial(text, m.start(g)) and not _title_case_line(text, m.start(g)):
        return None  # "in Spring Training", "at Summer Camp": a capitalised season inside a name
    return Reading("DATE", "season", (SEASONS[m.group(g).lower()], None))


def b_last_n_units(m, text):
    n = None if m.group(1).lower() in ("few", "several") else num(re.sub(r"\s+", " ", m.group(1)))
    return _abs("DURATION", duration(n, m.group(2)))


def b_past_decade(m, text):
    """'over the past decade': a DURATION of ten years; 'in the last decade', 'last decade': the calendar decade
    before this one, a DATE (TimeBank and MEANTIME value 'in the past decade' told in 2011 as 200). The same for
    'century'."""
    unit = m.group(1).lower()
    if _OF_NEXT.match(text, m.end()):
        return None  # "the last decade of the 19th century": a decade of another period, not before now
    if not m.group(0).lower().startswith("the") or _IN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return Reading("DATE", "shift", (unit_code(unit), -1))
    return _abs("DURATION", "P10Y" if unit == "decade" else "P100Y")


_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.I)
_OF_NEXT = re.compile(r"\s+of\b", re.I)  # "the last decade of the 19th century": a part of another period


def b_over_the_years(m, text):
    return _abs("DURATION", duration(None, next(g for g in m.groups() if g)))


_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:\d{2}|\d{4})\b")


def _day_first(text: str) -> bool:
    """Whether the text writes slash dates day first: one of its slash dates can only be read so (13/4/2024),
    and none only month first (4/13/2024). Limits: with no such date the text is taken as month first."""
    firsts = [(int(a), int(b)) for a, b in _SLASH.findall(text)]
    return any(a > 12 >= b for a, b in firsts) and not any(b > 12 >= a for a, b in firsts)


def b_slash_date(m, text):
    """A date written with slashes: month first, unless the text writes day first (see ``_day_first``) or the
    first number cannot be a month (25/12/2024). The century of a two-digit year, and a day-first reading that
    is the reference date itself (a British wire's filing stamp "11:56 02/11/99"), are settled against the
    reference date (``timex._r_slash``). Limits: any other date that reads both ways is taken month first."""
    mo, d, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    settled = mo > 12 or d > 12 or _day_first(text)
    if mo > 12 or _day_first(text):
        mo, d = d, mo
    if mo > 12 or not 1 <= d <= 31:
        return None
    return Reading("DATE", "slash", (mo, d, y, settled))


_PER_AFTER = re.compile(r"(?:\d|million|billion|trillion|thousand|hundred|dozen|percent|%|times|twice|once|thrice|[a-z]{2,}[^su'\W]s)\s+$", re.I)


_PERIOD_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y"}  # the period of a rate: "a day" P1D


def b_per_unit(m, text):
    """'15 a year', '$1 billion a year', 'interviews a day': a rate after an amount or a plural; 'twice a day',
    'three times a week': a frequency (the span keeps the count; the value, as TIMEX3's, is the period)."""
    counted = re.match(r"(?:once|twice|thrice|.*\btimes)\s", m.group(0), re.I)
    if m.group(1) and not counted and not _PER_AFTER.search(text, max(0, m.start() - 20), m.start()):
        return None
    u = (m.group(1) or "year").lower()
    return _abs("SET", "P1" + _PERIOD_CODE[u])


_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")


def b_count_per(m, text):
    """'24 hours a day', 'three days a week': how often, as TIMEX3 writes a frequency (one SET whose value is the
    period; the count is its ``freq``), not a length plus a rate. None when the first unit is not the shorter."""
    small, big = m.group(2).lower().rstrip("s"), m.group(3).lower()
    if _UNIT_ORDER.index(small) >= _UNIT_ORDER.index(big):
        return None
    return _abs("SET", "P1" + _PERIOD_CODE[big])


def b_last_quarter(m, text):
    return Reading("DATE", "shift", ("Q", -1))


def b_reported_quarter(m, text):
    """'the quarter', 'the latest quarter', 'the year-ago quarter': the quarter a report covers (the one
    before the reference date's), a year back for 'year-ago'/'year-earlier'."""
    back = 1 if m.group(1) and re.match(r"year[- ](?:ago|earlier)|comparable|corresponding", m.group(1), re.I) else 0
    back = 1 if m.group(2) else back  # "the quarter a year ago", "the corresponding period last year"
    if m.group(1) and m.group(1).lower().startswith("same") and not m.group(2):
        return None  # "the same quarter": that quarter (rule that_unit), "the same period": no period named
    if m.group(1) and m.group(1).lower().startswith("current"):
        return Reading("DATE", "shift", ("Q", 0))
    if m.group(1) and not back:  # "the latest quarter": the one before the reference date's
        return Reading("DATE", "shift", ("Q", -1))
    # "the quarter" is the quarter the story last named, "the year-ago quarter" that one a year back
    return Reading("DATE", "shift", ("Q", -1 - 4 * back), anaphoric="Q",
                   anchored=Reading("DATE", "shift", ("Q", -4 * back)))


def b_last_years_quarter(m, text):
    """"last year's quarter": the quarter the story last named, a year back (as 'the year-ago quarter')."""
    return Reading("DATE", "shift", ("Q", -5), anaphoric="Q", anchored=Reading("DATE", "shift", ("Q", -4)))


def b_ordinal_quarter(m, text):
    if m.group(4):
        q = int(m.group(4))
        if not m.group(5):
            if not _period_context(text, m.start(), m.end()):
                return None  # "the Q4 model", "Audi Q3 sales"
            return Reading("DATE", "quarter", (q, None))  # "earnings in Q4": placed by tense, as "the fourth quarter"
        y = int(m.group(5))
        return _quarter_of(y, q)
    q = ORD[m.group(2).lower()]
    yy = re.sub(r"^fiscal\s+|['’]s$", "", (m.group(1) or m.group(3) or "").lower().strip()).strip()
    if re.fullmatch(_Y, yy):
        y = int(yy)
        return _quarter_of(y, q)
    rel = {"this year": "this", "last year": "last", "next year": "next"}.get(yy)
    if re.fullmatch(r"year[- ](?:ago|earlier)", yy):
        rel = "ago"
    if rel is None and re.search(r"\bfiscal\b", m.group(0), re.I):
        rel = "fiscal"  # "fiscal third-quarter profit": a company's own quarter, not the calendar's
    if rel is None and _game_sentence(text, m.start(), m.end()):
        return None  # "a touchdown in the second quarter": a quarter of a game
    return Reading("DATE", "quarter", (q, rel))


#: Words of a game played in quarters (American football, basketball): beside them "the second quarter" is the
#: game's. General sports words only; "points" and "scored" are left out (results reports have them).
_GAME_WORDS = re.compile(r"\b(?:touchdowns?|field\s+goals?|quarterbacks?|kickoff|interceptions?|fumbles?|halftime|"
                         r"half-time|punts?|(?:three|3)-pointers?|free\s+throws?|layups?|dunks?|buzzer|"
                         r"\d+-yard|end\s+zone|touchback|tip-off|jump\s+shot)\b", re.I)


#: Words of a company's or an economy's quarter: beside them a quarter is the calendar's, whatever the game words
#: ("ESPN's revenue rose in the third quarter as touchdown highlights drew viewers").
_BUSINESS_WORDS = re.compile(r"\b(?:revenues?|sales|profits?|earnings|income|turnover|losses|loss|GDP|economy|"
                             r"shares|stock|dividends?|results|quarterly|fiscal|analysts|subscribers|ratings|"
                             r"advertising|year-on-year|year-over-year)\b", re.I)


#: Words of a game in a text beyond which it is a game report: a quarter in any sentence of it is the game's.
GAME_TEXT_WORDS = 3


def _game_sentence(text: str, s: int, e: int) -> bool:
    """Whether the sentence around ``s``-``e`` tells a game: a word of American football or basketball in it,
    or in the text at least ``GAME_TEXT_WORDS`` of them (a game report: "Kuzma left the court in the second
    quarter"), and no word of a company's or an economy's results (``_BUSINESS_WORDS``) in the sentence.
    Limits: a business story about a sports league that names no results word in the sentence ("the league
    signed the deal in the second quarter", in a story full of touchdowns) reads the quarter as the game's."""
    before, after = _sentence_sides(text, s, e, 200, 200)
    if _BUSINESS_WORDS.search(before) or _BUSINESS_WORDS.search(after):
        return False
    if _GAME_WORDS.search(before) or _GAME_WORDS.search(after):
        return True
    if FUTURE.search(before) or FUTURE.search(after):
        return False  # "The company plans to go public in the second quarter", in a story of touchdowns
    return sum(1 for _ in zip(range(GAME_TEXT_WORDS), _GAME_WORDS.finditer(text))) >= GAME_TEXT_WORDS


def _month_end(y: int, mo: int) -> dt.date:
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


def _quarter_of(y: int, q: int) -> Reading:
    return _abs("DATE", f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q))


def _half_of(y: int, h: int) -> Reading:
    return _abs("DATE", f"{y}-H{h}", dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h))


def b_half(m, text):
    h = 1 if m.group(1).lower() == "first" else 2
    yy = re.sub(r"^fiscal\s+", "", (m.group(2) or "").lower().replace("'s", "").strip())
    if re.fullmatch(_Y, yy):
        y = int(yy)
        return _half_of(y, h)
    k = {"last year": -1, "next year": 1}.get(yy, 0)
    return Reading("DATE", "half", (h, k))


def b_business_half(m, text):
    """"first-half profit", "H2 sales", "H1 2013": a half of a (fiscal) year; without a year it is placed by tense,
    as "the third quarter" is. Limits: "first-half" only before a word of company results (a list), since sport
    has halves too ("a first-half goal"); "H1"/"H2" only in capitals."""
    if m.group(1):
        return Reading("DATE", "half", (1 if m.group(1).lower() == "first" else 2, None))
    h = int(m.group(2))
    if m.group(3):
        y = int(m.group(3))
        return _half_of(y, h)
    if not _period_context(text, m.start(), m.end()):
        return None  # "an H1 heading", "H2 fuel cells", "H1-B visas"
    return Reading("DATE", "half", (h, None))


#: Words of company results after "first-half"/"second-half" ("first-half profit"); sport's halves have others.
_RESULTS = (r"(?:pre-?tax\s+|net\s+|operating\s+|underlying\s+|core\s+)?(?:profits?|earnings|results|sales|revenues?|"
            r"loss(?:es)?|income|turnover|dividends?|output|growth|deficit|surplus|figures|margins?|ebitda|"
            r"forecast|guidance|outlook)")
_RESULTS_NEXT = re.compile(rf"\s+{_RESULTS}\b", re.I)
_PERIOD_PREP_BEFORE = re.compile(r"\b(?:in|for|during|through|since|by|until|over|from|of|to|versus|vs\.?)\s+$", re.I)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?\"“]\s)(?<!^)\b(?-i:[A-Z][\w-]*)\s+$")


def _period_context(text: str, s: int, e: int) -> bool:
    """"Q4" or "H1" written alone names a period only after a preposition ("in Q4", "for H1") or before a word of
    company results ("Q4 earnings", "H1 sales"), and not after a capitalised word (a make: "Audi Q3 sales").
    Limits: a make that opens a sentence ("Audi Q3 sales rose.") is read as a quarter, as the first word of a
    sentence is capitalised anyway."""
    if _PERIOD_PREP_BEFORE.search(text, max(0, s - 10), s):
        return True
    return bool(_RESULTS_NEXT.match(text, e)) and not _CAPITALISED_BEFORE.search(text, max(0, s - 30), s)




_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


def b_decade(m, text):
    if _AGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # "in his 30s": an age
    if text[max(0, m.start() - 1):m.start()] in ("$", "£", "€"):
        return None  # "$20s": banknotes
    if m.group(2) and int(m.group(2)) < 19 and m.group(3) == "0":
        return None  # "the 1800s": a century as often as a decade
    if m.group(4) and "'" not in m.group(0) and "’" not in m.group(0) and (
            _temperature(text, m.start(4), m.end()) or _quantity_range(text, m.start(), m.start(4), m.end())):
        return None  # "highs in the 70s": degrees; "in the low-50s", "around 60%": a share; "mid-60s to late-80s": ages
    dec = int(m.group(2) + m.group(3)) if m.group(2) else _decade_of(int(m.group(4)))
    return _decade(dec, m.group(1))


#: Words of weather copy: beside them "the 70s" is degrees ("temperatures would climb into the 70s").
_DEGREE_WORDS = re.compile(r"\b(?:temperatures?|degrees|Fahrenheit|Celsius|thermometers?|mercury|heat\s+index)\b|°",
                           re.I)
#: Highs or lows told as lying in a range right before it ("Highs will be in the mid-60s", "lows in the upper 30s").
_HIGHS_IN = re.compile(r"\b(?:highs|lows)\s+(?:(?:will|would|should|could)\s+(?:be|reach|hit|top)\s+|(?:are|were|near|around|"
                       r"reaching|reached|hit|topped)\s+)?(?:in|into|near|around)\s+the\s+(?:(?:low|mid|upper|high)[\s-]+)?$",
                       re.I)


def _temperature(text: str, s: int, e: int) -> bool:
    """Whether a decade written without its century (its digits from ``s``: "the 70s") is degrees: a temperature
    word in its sentence, or highs or lows said to lie in it. Limits: "It was in the 70s on Tuesday" with no such
    word is a decade."""
    if _HIGHS_IN.search(text, max(0, s - 60), s):
        return True
    before, after = _sentence_sides(text, s, e, 120, 80)
    return bool(_DEGREE_WORDS.search(before) or _DEGREE_WORDS.search(after))


#: A range of ages right before ("in their mid-60s to [late-80s]"), or "low"/"high"/"upper"/"lower", which
#: decades never take ("in the low-50s").
_AGE_RANGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?\d0s\s+(?:to|and|or|-|–)\s+"
                               r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$", re.I)
_LOW_HIGH_BEFORE = re.compile(r"\b(?:low|high|upper|lower)[\s-]+$", re.I)
_SHARE_WORDS = re.compile(r"%|\b(?:percent|per\s+cent|percentage|points)\b", re.I)
#: A level verb right before "in the": "unemployment is in the mid-30s", "turnout was in the mid-60s", "the stock
#: is trading in the 40s"; a decade is a time adjunct after any other word ("inflation hit 20% in the 80s").
_LEVEL_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|hover(?:s|ed|ing)?|"
                           r"stands?|stood|sits?|sat|trad(?:es|ed|ing)|stuck|polling|running)\s+(?:\w+\s+)?(?:in|into|at)\s+"
                           r"the\s+(?:(?:early|mid|late)[\s-]*)?$", re.I)


def _quantity_range(text: str, start: int, s: int, e: int) -> bool:
    """Whether a decade written without its century or apostrophe ("the mid-30s"; its match from ``start``, its
    digits from ``s`` to ``e``) is a range of some quantity: an age range it closes, "low"/"high" before it, or
    a share in its sentence after a level verb ("unemployment is in the mid-30s ... around 60%"). Limits: a share
    level told after another verb ("support climbed into the 40s, up 3 points") is read as a decade."""
    if _AGE_RANGE_BEFORE.search(text, max(0, start - 40), start) or _LOW_HIGH_BEFORE.search(text, max(0, s - 8), s):
        return True
    if not _LEVEL_BEFORE.search(text, max(0, s - 40), s):
        return False  # "inflation hit 20% in the 80s": a time adjunct, a decade whatever the share beside it
    before, after = _sentence_sides(text, s, e, 150, 120)
    return bool(_SHARE_WORDS.search(before) or _SHARE_WORDS.search(after))


def _decade_of(d: int) -> int:
    """The decade ("198") of a decade's digit written without its century ("the '80s", "the eighties"): of the
    last century, the twenties of this one."""
    return (190 if d >= 3 else 200) + d


def _decade(dec: int, mod: str | None) -> Reading:
    """The reading of a decade ("198"), with "early"/"mid"/"late" as ``mod`` when written."""
    return Reading("DATE", "abs", (str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31)),
                   mod=_mod(mod) if mod else None)


#: Decades written as words ("the sixties"): the digit of the decade.
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


def b_decade_word(m, text):
    """'the seventies', 'the late sixties': a decade of the last century (the twenties: of this one, as
    "the '20s"). The article "the" is required: "in his forties" is an age."""
    return _decade(_decade_of(DECADE_WORDS[m.group(2).lower()]), m.group(1))


#: Days of a month written as ordinal words ("January nineteenth", "the twenty-first of May").
ORDINAL_DAYS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
ORDINAL_DAYS.update({f"twenty-{w}": 20 + i for w, i in list(ORDINAL_DAYS.items())[:9]})
ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_DAY = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))


def b_month_ordinal(m, text):
    """'January nineteenth', 'the twenty-first of May', with a year when one follows and the weekday when one
    comes before ("Sunday, March eighth"), which picks the year as in ``month_day``."""
    month, word = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
    if not month[0].isupper():
        return None  # "you may first need": the verb
    return _day(month_of(month), ORDINAL_DAYS[word.lower()], m.group(6), m.group(1))


def b_century(m, text):
    n = int(m.group(1))
    return _abs("DATE", f"{n - 1:02d}", dt.date(max(1, (n - 1) * 100), 1, 1), dt.date((n - 1) * 100 + 99, 12, 31))


# a four-digit number before one of these counts them ("2000 people", "2000 fans"), unless a preposition makes it
# a year: plural nouns of people and things counted in news, never dated by a year before them
_COUNTED = re.compile(r"\s+(?:people|persons|troops|soldiers|workers|jobs|employees|staff|cases|deaths|votes|points|"
                      r"miles|kilometers|kilometres|km|feet|meters|metres|tons|tonnes|barrels|shares|dollars|euros|"
                      r"pounds|yen|units|copies|homes|houses|cars|vehicles|students|residents|members|delegates|"
                      r"officers|protesters|refugees|children|civilians|passengers|flights|seats|acres|hectares|"
                      r"lives|casualties|victims|rebels|fighters|prisoners|patients|migrants|families|fans|spectators|"
                      r"supporters|demonstrators|marchers|firefighters|policemen|visitors|participants|runners|"
                      r"pilgrims|worshippers|volunteers|athletes|men|women|police|personnel|mourners|villagers|"
                      r"inhabitants|voters|citizens|customers|subscribers|tourists|pupils|recruits)\b", re.I)
#: A bound on an amount right before a four-digit number: "more than 2000 pilgrims", "nearly 1900 troops". Not the
#: hedges that are also prepositions or determiners ("about 2004 payments", "over 2008 bonuses", "some 2007
#: models"): before them the number is as often a year.
_AMOUNT_BOUND = re.compile(r"\b(?:(?:more|fewer|less)\s+than|at\s+(?:least|most)|up\s+to|as\s+many\s+as|nearly|almost|"
                           r"roughly|approximately|(?:an\s+)?estimated)\s+$", re.I)
#: Words before a four-digit number's bound that make it a year: a preposition of time ("by nearly 2000 ...").
_YEAR_LEAD = re.compile(r"\b(?:in|since|by|until|till|during|of|from|before|after|through|circa)\s+$", re.I)
#: Function words after a four-digit number: the number is no modifier of a noun ("almost 2000 the firm ...").
_NOT_NOUN = {"the", "a", "an", "and", "or", "but", "when", "as", "it", "he", "she", "they", "we", "i", "you", "there",
             "this", "that", "to", "in", "on", "at", "of", "for", "with", "by", "is", "was", "were", "are", "had",
             "has", "hours", "hrs"}


def year_counts(text: str, s: int, e: int) -> bool:
    """Whether the four-digit number at ``s``-``e`` counts what follows rather than naming a year: a noun that is
    counted, not dated (``_COUNTED``: "2000 people", "1900 troops"), or any noun after a bound on an amount
    ("more than 2000 pilgrims", "nearly 1500 fans"; not after a preposition of time: "by nearly 2000 ...").

    Limits: a count of another noun with no bound ("lost 1800 sheep") stays a year; "about", "around",
    "over", "under" and "some" are no bound here ("complained about 2004 payments", "a row over 2008 bonuses"),
    so "about 2000 pilgrims" stays a year unless the noun is one ``_COUNTED`` lists."""
    if _COUNTED.match(text, e):
        return True
    nxt = re.match(r"\s+([a-z]+)\b", text[e:])
    if not nxt or nxt.group(1) in _NOT_NOUN:
        return False
    before = text[max(0, s - 40):s]
    bound = _AMOUNT_BOUND.search(before)
    return bool(bound) and not _YEAR_LEAD.search(before[:bound.start()])


def b_year(m, text):
    """A year; a four-digit amount is none: '$2010', '2000 people', 'about 1900 troops', 'more than 2000
    pilgrims' (``year_counts``; a preposition the rule takes in keeps the year: 'in 1999 shares rose'; but "of"
    before a plural noun of people counts them: 'a crowd of 2000 fans')."""
    bare = m.group(0)[:1].isdigit()
    if not bare and re.match(r"of\s", m.group(0), re.I) and _COUNTED.match(text, m.end(1)):
        return None  # "a crowd of 2000 fans", "a total of 1800 police": "of" before a count, no year
    if bare and (year_counts(text, m.start(1), m.end(1))
                 or re.search(r"[$£€]\s*$", text[max(0, m.start() - 2):m.start()])):
        return None
    if bare and re.match(r"\s*(?-i:[A-Z]{2,4})\s*\)", text[m.end():]) and _RESTATED.search(text, max(0, m.start() - 30), m.start()):
        return None  # "2350 GMT (1950 EDT)": the time restated, no year
    if bare and ((_STREET_NEXT.match(text, m.end()) and _AT_BEFORE.search(text, max(0, m.start() - 6), m.start()))
                 or _label_before(text, m.start())):
        return None  # "2013 Main Street", "section 2013", "Room 1999": an address or an identifier
    return _year(int(m.group(1)))


_AT_BEFORE = re.compile(r"\b(?:at|to|from)\s+$", re.I)
#: A street name after a number, the number after "at", "to" or "from": a house's ("at 2013 Main Street"); not
#: "a 2012 Supreme Court ruling", "the 2008 Wall Street crash".
_STREET_NEXT = re.compile(r"(?:\s+(?-i:[A-Z][a-z]+|\d+(?:st|nd|rd|th))){1,3}\s+(?-i:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
                          r"Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court|Ct\.|Terrace|Parkway|Pkwy\.)")


def _label_before(text: str, s: int) -> bool:
    """Whether a noun that numbers things stands right before ``s`` ("section", "room", "flight"; as
    :data:`.lexicon.IDENT_NOUNS`)."""
    w = re.search(r"([A-Za-z]+\.?)\s+$", text[max(0, s - 20):s])
    return bool(w and w.group(1).lower() in IDENT_NOUNS)


def b_fiscal_abbrev(m, text):
    """'FY2013', "FY '13": the fiscal year, named by the calendar year it ends in."""
    y = int(m.group(1))
    return _year(y) if y >= 100 else Reading("DATE", "yy", (y,))


def b_spoken_year(m, text):
    hi = {"nineteen": 19, "twenty": 20, "eighteen": 18}[m.group(1).lower()]
    lo = num(m.group(2))
    if lo is None or lo >= 100 or lo < 10:
        return None
    return _year(hi * 100 + lo)


def b_vague_ago(m, text):
    """'a few weeks ago': PAST_REF; 'years from now': FUTURE_REF; 'a few hours later', 'several months before
    (he ...)': a DURATION of that vague length (PXH, PXM) counted from an event of the story, which TimeML
    leaves out of the span as a signal. Neither is counted from the publication date ("was arrested a few hours
    later" is no time ahead of it)."""
    signal = (m.group(3) or m.group(6)).lower()
    if signal in ("earlier", "before", "later"):
        return Reading("DURATION", "abs", (duration(None, m.group(2)), None, None), tail=m.end() - m.end(2))
    return _abs("DATE", "PAST_REF" if signal == "ago" else "FUTURE_REF")


def b_ago(m, text):
    n, unit = num(m.group(1)), m.group(2)
    k = -1 if m.group(3).lower() in ("ago", "earlier", "before") else 1
    code = unit_code(unit)
    if code in ("H", "MIN", "S"):  # "10 minutes earlier": a duration in its own unit; "earlier" is its signal
        return Reading("DURATION", "abs", (duration(n, unit), None, None), tail=m.end() - m.end(2))
    if code == "FN":
        code, n = "W", (n or 1) * 2
    return Reading("DATE", "shift", (code, k * (n if n is not None else 1)))


POSSESSIVE = re.compile(r"['\u2019]s\b")  # "Tuesday's vote", "next week's edition"
#: A verb whose particle "in" is no time preposition ("turning himself in the next day", "handed it in").
_IN_OBJECT = (r"(?:him|her|them|it|us|me|himself|herself|themselves|itself|myself|ourselves|yourself|"
              r"\w+['’]s\s+\w+|(?:the|his|her|their|its|our|my|your)\s+\w+)\s+")
_PARTICLE_IN_VERB = re.compile(r"\b(?:(?:(?:turn|hand|check|log|sign|chip|weigh|cave|pitch|tune|zero|hem|box|fence|rein|"
                               r"plug)(?:s|ed|ing|ned|ning|ped|ping|ged|ging)?)\s+(?:" + _IN_OBJECT + r")?"
                               r"|(?:(?:give|fill|move|call|drop|pop|step|send|bring|pull|lock|phone|ring|join|settle|"
                               r"sink|kick)(?:s|ed|ing|ned|ning|ped|ping|ged|ging)?|gave|given|brought|sent|let|came|"
                               r"rang|sank)\s+" + _IN_OBJECT + r")$", re.I)  # "will move in the next week": a span


def b_within_next(m, text):
    if not m.group(1) and m.group(2).lower().endswith("s"):
        return None  # "in coming months": FUTURE_REF (rule "future"), not one month
    if POSSESSIVE.match(text, m.end()) or (m.group(0)[:2].lower() == "in" and
                                                 _PARTICLE_IN_VERB.search(text, max(0, m.start() - 40), m.start())):
        return None  # "in next week's edition": that week (rule rel_unit); "turning himself in the next day"
    return _abs("DURATION", duration(num(m.group(1)) if m.group(1) else 1, m.group(2)))


def b_rel_unit(m, text):
    rel, unit = m.group(2).lower(), m.group(3)
    if _title(m, text, unit):
        return None  # ABC's "This Week"
    if unit.lower() == "decade" and rel == "last" and _OF_NEXT.match(text, m.end()):
        return None  # "the last decade of the 19th century": the end of another period
    if rel == "past" and (unit.lower() in ("weekend", "year") or re.search(r"\bthis\s+$", text[max(0, m.start() - 6):m.start()], re.I)):
        # "this past week", "the past weekend": the last one; "the past year" too, as TimeBank values it
        return Reading("DATE", "shift", (unit_code(unit), -1))
    if rel == "past":
        return None if m.group(1) else _abs("DURATION", duration(1, unit))
    if rel in ("next", "coming") and unit.lower() in ("decade", "century") and _SPAN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return _abs("DURATION", duration(1, unit))  # "over the next decade": ten years from now, as "over the past decade"
    return Reading("DATE", "shift", (unit_code(unit), REL[rel]), mod=_mod(m.group(1)) if m.group(1) else None)


_SPAN_BEFORE = re.compile(r"\b(?:over|during|throughout|within|for)\s+the\s+$", re.I)
_NAME_NEXT = re.compile(rf"\s+(?!(?:{_M}|{_WD}|morning|afternoon|evening|night)\b)(?-i:[A-Z][a-z]+)\b", re.I)
_NAME_PREV = re.compile(r"(\S*)\s+((?-i:[A-Z][a-z]+))\s+$")
#: Capitalised words before a calendar word in a title-case headline that open no name with it ("Rise In Spring");
#: inside a sentence they do ("will stage The Rite Of Spring", "tickets for Shakespeare In Spring").
_HEADLINE_TIME_WORD = re.compile(r"(?:In|On|At|By|For|Of|From|To|Since|Until|Till|Through|During|Before|After|"
                                 r"This|Last|Next|Early|Late|Every|Each|And|Or|The)", re.I)


#: Short words a title-case headline capitalises: after a weekday they open no name ("Talks Resume Friday In Rome").
_TITLE_CASE_WORD = re.compile(r"\s+(?:In|On|At|To|For|Of|And|Or|But|With|After|Before|As|By|From|Over|Amid|Near|"
                              r"Into|Is|Are|Was|Were|Will|Would|Could|Can|May|Might|Should|Has|Have|Had|The|A|An)\b")


def _in_name(text: str, s: int, e: int, prev: bool = False) -> bool:
    """A capitalised calendar word inside a name: 'the Sunday Times', 'the 2012 Summer Olympics' (after
    'the', before a capitalised word that is no calendar word); with ``prev``, also after a
    capitalised word inside a sentence ('Arab Spring'). A sentence-initial word ("In Spring 2012")
    does not count."""
    if not text[s:s + 1].isupper() or text[s:e].isupper():
        return False
    if _NAME_NEXT.match(text, e) and re.search(r"\bthe\s+(?:\d{4}\s+)?$", text[max(0, s - 10):s], re.I):
        return True
    before = _NAME_PREV.search(text[max(0, s - 40):s]) if prev else None
    return bool(before and before.group(1) and not re.search(r"[.!?:\"\u201c\u201d]$", before.group(1))
                and not (_HEADLINE_TIME_WORD.fullmatch(before.group(2)) and _title_case_line(text, s)))


#: Words after "Sunday" (or another day) in the title of a paper or a programme ("then Sunday Express editor",
#: "the Sunday Times", "Sunday Telegraph"), and the titles a day ends ("the Mail on Sunday", "Fox News Sunday").
_PAPER_WORD = (r"(?:Express|Times|Telegraph|Mirror|People|Post|Herald|Mail|Sport|Tribune|Independent|Star|World|Mercury|"
               r"Observer|Business|Age|Magazine|Supplement|Review|Edition|Correspondent)")
#: ... not when the title word opens another name ("Saturday Times Square", "a Saturday World Cup qualifier",
#: "Friday Business Secretary Vince Cable", "Monday People's Party leaders").
_PAPER_AFTER_DAY = re.compile(rf"\s+(?-i:{_PAPER_WORD})\b(?!['’]s\b)(?!\s+of\b)(?!\s+(?!(?-i:{_PAPER_WORD})\b)(?-i:[A-Z][a-z]+))")
#: "the Mail on Sunday", "Fox News Sunday": news programmes are named after Sunday only; "told NBC News Tuesday"
#: is a day.
_PAPER_BEFORE_DAY = re.compile(r"\b(?:(?-i:Mail|Independent)\s+(?-i:on|On)|((?-i:News)))\s+$")
_ON_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|before|after|last|next|this)\s+$", re.I)


def _paper_title(text: str, s: int, e: int) -> bool:
    """Whether a capitalised weekday from ``s`` to ``e`` is part of a paper's or a programme's title: a title word
    after it, unless a preposition of time comes first ("On Sunday Post Office workers struck"), or "the Mail
    on"/"Independent on"/"News" before it. Limits: "Scotland on Sunday" is read as a day."""
    if not text[s:s + 1].isupper() or text[s:e].isupper():
        return False
    title = _PAPER_BEFORE_DAY.search(text, max(0, s - 20), s)
    if title and (title.group(1) is None or text[s:e].lower() == "sunday"):  # "NBC News Tuesday": a day
        return True
    return bool(_PAPER_AFTER_DAY.match(text, e)) and not _ON_BEFORE.search(text, max(0, s - 8), s)


def b_weekday(m, text):
    """A weekday, placed by tense; 'Monday' in 'on Monday and Friday nights' is every Monday night (SET)."""
    if _in_name(text, m.start(2), m.end(2)) or _programme(text, m.end(2)) or _paper_title(text, m.start(2), m.end(2)):
        return None  # "the Sunday Times", "Monday Night Football", "the Mail on Sunday"
    if not m.group(1) and _EVENT_WORD_BEFORE.search(text, max(0, m.start(2) - 10), m.start(2)) and not \
            _NAME_BEFORE_EVENT_WORD.search(text, max(0, m.start(2) - 30), m.start(2)):
        return None  # "Black Monday", "Bloody Sunday", "Super Tuesday": a named day of some year, not this week's
    if not m.group(1) and _in_name(text, m.start(2), m.end(2), prev=True) and _NAME_NEXT.match(text, m.end(2)) \
            and not _TITLE_CASE_WORD.match(text, m.end(2)):
        return None  # "the Good Friday Agreement": capitalised words on both sides (not "Netanyahu Friday In")
    wd = WEEKDAYS[m.group(2).lower()]
    both = _PLURAL_PART_NEXT.match(text, m.end()) if m.lastindex == 2 else None  # not inside "Sunday night"
    if both:
        return _abs("SET", f"XXXX-WXX-{wd + 1}T{PART_OF_DAY[both.group(1).lower()]}")
    if m.lastindex == 2 and not m.group(1) and _HABIT_NEXT.match(text, m.end()):
        return Reading("SET", "habit", (wd,))  # "accommodates Sunday congregations": every Sunday (unless past)
    rel = re.sub(r"\s+", " ", (m.group(1) or "").lower()) or None
    mod = {"early": "START", "late": "END"}.get(rel or "")
    rel = "until" if rel and rel.endswith("coming") else rel  # "this coming Sunday": the next one
    return Reading("DATE", "weekday", (wd, rel if rel in ("last", "next", "this", "until", "till") else None), mod=mod)


def b_weekday_part(m, text):
    """'Sunday night': the part of that day (TIME); 'Sunday nights' is every one (SET, XXXX-WXX-7TNI)."""
    code = PART_OF_DAY[m.group(3).lower()]
    if _programme(text, m.end(2)):
        return None
    if m.group(4):
        return _abs("SET", f"XXXX-WXX-{WEEKDAYS[m.group(2).lower()] + 1}T{code}")
    day = b_weekday(m, text)
    return Reading("TIME", "part", (code, day)) if day is not None else None  # "the Sunday Times", "Black Friday"


_PART_NAME_NEXT = re.compile(r"\s+(?-i:Morning|Afternoon|Evening|Night)\s+(?-i:Football|Live|Lights|Fever|Raw|Smackdown|"
                             r"Dinner|Fights?|Baseball|Basketball|Hockey|Takeaway|Massacre|Special|Show|Club|Lineup|Line)\b")


def _programme(text: str, end: int) -> bool:
    """A weekday in a programme's name: "Channel 4's Friday Night Live", "Monday Night Football" (a capitalised
    part of the day, then a capitalised word that no title-case headline would capitalise as a small word)."""
    nxt = _PART_NAME_NEXT.match(text, end)
    return bool(nxt) and not text[end:nxt.end()].isupper()


#: Nouns of what comes back each week, after a weekday that then means every such day ("Sunday congregations",
#: "Friday prayers", "Sunday school"), unless the tense is past ("marched after Friday prayers", "Sunday services
#: were cancelled": that day; see ``timex._r_habit``); a list, since the grammar reads text without parts of speech.
_HABIT_NEXT = re.compile(r"\s+(?:services|congregations|masses|prayers|worship|school|classes|lessons|meetings|"
                         r"sessions|shows|editions|markets|matches|lunches|dinners|shifts|broadcasts)\b")
_PLURAL_PART_NEXT = re.compile(rf"\s+(?:and|or|&)\s+{_WD}\s+(morning|afternoon|evening|night)s\b", re.I)


_TITLE_BEFORE = re.compile(r"(?:(?<![.!?:\"\u201c]\s)(?-i:\b[A-Z][A-Za-z]+)|['\u2019]s)\s+$")


# "today's world", "today's youth": today as the present age, not a day
_GENERIC_NEXT = re.compile(r"['\u2019]s\s+(?:world|society|youth|young|generation|generations|children|kids|culture|"
                           r"standards|era|age|teenagers|families|consumers)\b", re.I)


_SHOW_NEXT = re.compile(r"\s+(?:show|programme|program|host|presenter|viewers|slot)\b", re.I)


def b_deictic_day(m, text):
    w = m.group(1).lower()
    if w == "today" and _GENERIC_NEXT.match(text, m.end()):
        return None
    if m.group(1) == "Today" and (_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                  or _SHOW_NEXT.match(text, m.end())):
        return None  # "USA Today", "NBC's Today show": a title inside a sentence
    if m.group(1) == "TODAY" and (re.search(r"\bUSA\s+$", text[max(0, m.start() - 6):m.start()])
                                  or _SHOW_NEXT.match(text, m.end())):
        return None  # "told USA TODAY's weekly series": a title in capitals inside a sentence in lower case
    if w == "tonight":
        return Reading("TIME", "part", ("NI", Reading("DATE", "shift", ("D", 0))))
    k = {"yesterday": -1, "today": 0, "tomorrow": 1}[w]
    return Reading("DATE", "shift", ("D", k))


_OF_DAY_NEXT = re.compile(rf"\s+of\s+(?:{_WD}|{_M}\s+\d)", re.I)


def b_part_of_day(m, text):
    rel, part = m.group(1).lower(), m.group(2).lower()
    if m.group(0) == "This Morning" and (_SHOW_NEXT.match(text, m.end()) or (
            _TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and (
            not _title_case_line(text, m.start()) or re.search(r"(?:\b[A-Z]{2,}|['’]s)\s+$", text[max(0, m.start() - 12):m.start()])))):
        return None  # "told CBS This Morning", "This Morning host Richard Madeley": a programme's title
    if (rel == "last" and part not in ("night", "evening")) or (part == "night" and rel not in ("last", "tomorrow")):
        return None  # "in the night", "late night": no day named
    if _OF_DAY_NEXT.match(text, m.end()):
        return None  # "in the afternoon of February 9": the day written after it is the expression
    code = PART_OF_DAY[part]
    k = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(rel, 0)
    return Reading("TIME", "part", (code, Reading("DATE", "shift", ("D", k))))


def b_next_morning(m, text):
    """'the next morning': the morning after the day the story last named (else the reference day)."""
    code = PART_OF_DAY[m.group(2).lower()]
    k = {"next": 1, "following": 1, "previous": -1}[m.group(1).lower()]
    return Reading("TIME", "part", (code, Reading("DATE", "shift", ("D", k))), anaphoric="D")


def _clock(m, off: int):
    g = lambda i: m.group(off + i)
    if g(6):
        # TIMEX3 writes midnight as the end of the day named: "midnight Friday" is Friday T24:00
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[g(6).lower()]
    elif g(4):
        hh, mm = int(g(4)), int(g(5))
    elif g(7):
        hh, mm = int(g(7)), int(g(8))
    else:
        hh, mm = int(g(1)) % 12 + (12 if g(3).lower() == "p" else 0), int(g(2) or 0)
    return hh, mm


_CLOCK = (r"(?<!GMT[+\-−])(?<!UTC[+\-−])(?<!GMT\s[+\-−])(?<!UTC\s[+\-−])(?<!GMT\s[+\-−]\s)(?<!UTC\s[+\-−]\s)(?<![+±])(?:\b(\d{1,2})(?:[:.](\d{2})(?::[0-5]\d)?)?\s*([ap])(?:\.m\.?|m)(?!\w)|\b(\d{1,2}):(\d{2})(?::[0-5]\d)?\b|\b(noon|midday|midnight)\b"
          rf"|\b([01]\d|2[0-3])([0-5]\d)(?:(?={_TZ})|\s*(?:hours|hrs)\b)){_TZ}?")


# "at 10:35 a.m. (0735 GMT)": the time in parentheses after a time of day restates it in another zone
_RESTATED = re.compile(r"(?:(?:[ap]\.?m\.?|\d:\d\d|noon|midnight)\s*(?:[A-Z]{2,4}\s*|local(?:\s+time)?\s*)?"
                       r"|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?-i:[A-Z]{2,4})\s*)\(\s*$", re.I)  # and "1852 HKT (1052 GMT)"


_RESTATED_END = re.compile(rf"\s*(?:,?\s*(?:on\s+)?(?:{_WD}|yesterday|today|tomorrow))?\s*\)", re.I)


def _restated(text: str, s: int, e: int) -> bool:
    """A time in parentheses right after a time of day ("10:35 a.m. (0735 GMT)", "3 a.m. local time
    (2300 GMT Wednesday)"): the same moment in another zone."""
    return bool(_RESTATED.search(text, max(0, s - 30), s)) and _RESTATED_END.match(text, e) is not None


#: Minutes and seconds of a game, as its clock shows them: "with 3:08 to play", "1:24 remaining", "with 10:30
#: left" ("left" only after "with": "at 6:30 left the house" is a time of day), "2:55 into overtime", "the
#: final 4:29 of regulation".
_GAME_CLOCK = re.compile(r"\s+(?:left|remaining|to\s+(?:play|go)|on\s+the\s+(?:game\s+|shot\s+)?clock|"
                         r"into\s+(?:overtime|extra\s+time|(?:the\s+)?(?:first|second|third|fourth|final|\d(?:st|nd|rd|th))\s+"
                         r"(?:period|quarter|half|inning)|the\s+(?:game|period|quarter|half))|of\s+(?:regulation|overtime|"
                         r"(?:the\s+)?(?:game|period|quarter|half|round(?!\s+of\b)|(?:first|second|third|fourth|fifth|sixth|seventh|"
                         r"eighth|ninth|tenth|eleventh|twelfth|final|opening|\d{1,2}(?:st|nd|rd|th))"
                         r"(?!\s+(?!(?:period|quarter|half|frame|round(?!\s+of\b))\b)[a-z]))))\b", re.I)  # not "at 10:30 of the first day"
#: What ends a game clock told without "with": the clause, or the part of the game ("1:24 remaining in the
#: half"); not "at 9:45 to play a round of golf", "leave at 7:15 to go to the stadium".
_GAME_CLOCK_END = re.compile(r"\s*(?:[.,;)]|$|\s+in\s+(?:the\s+)?(?:game|half|quarter|period|regulation|overtime|first|"
                             r"second|third|fourth|final|1st|2nd|3rd|4th)\b)", re.I)
_LOOSE_CLOCK = re.compile(r"\s+(?:left|remaining|to\s+(?:play|go))\b", re.I)  # game clocks only with "with" or an end
_WITH_BEFORE = re.compile(r"\b(?:with\s+(?:just\s+|only\s+)?|the\s+(?:final|last|first|opening|closing)\s+)$", re.I)


#: The capitalised word right before "Noon": a forename makes it a surname ("Paul Noon"), and so does "High".
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


#: Nouns that "midnight" names a kind of, no time: a government's last-minute acts ("midnight regulations",
#: "midnight pardons"), "the midnight sun", "midnight blue", "a midnight snack".
_MIDNIGHT_KIND = re.compile(r"(?:\s+hour)?\s+(?:rules?|rulemaking|regulations?|regs|pardons?|appointments?|(?-i:sun|Sun(?!\.))|blue|"
                            r"snacks?)\b", re.I)


#: A preposition of time right before "midnight": the time, whatever follows ("At midnight rules banning ...").
_TIME_PREP_BEFORE = re.compile(r"\b(?:at|from|after|until|till|before|past|since|by|around|about)\s+$", re.I)
#: Zones named in letters that are also names or initials ("ADT", "HKT", "AST", "IST", "CET", "WEST").
_NAMED_ZONE = re.compile(rf"\s*(?-i:{_LETTER_ZONES})\b")
#: Before four digits and such a zone, what makes them a time of day ("at 1852 HKT", "(0547 JST)", "by 0900 JST");
#: else they are a year or a count before a name ("In 2012 ADT was spun off", "sold 1500 ADT alarms").
_FOUR_DIGIT_TIME_BEFORE = re.compile(r"(?:\b(?:at|until|till|before|after|around|about|from|to|by)|[(\-–]|^)\s*$",
                                     re.I | re.M)

#: What follows "hours" when the four digits before it count hours ("after 1200 hours of talks").
_HOURS_COUNTED = re.compile(r"\s+(?:of|in|at|a|an|per|each|every|ago|later|earlier|long|worth|more|less)\b", re.I)


def b_clock(m, text, day: Reading | None = None):
    if _restated(text, m.start(), m.end()):
        return None
    prep = _FOUR_DIGIT_TIME_BEFORE.search(text, max(0, m.start() - 12), m.start()) if m.group(7) else None
    if m.group(7) and (hrs := re.match(r"\s*(?:hours|hrs)\b", text[m.end(8):])):
        if not prep:
            return None  # "1900 hours" with no "at" before it: a count of hours
        if m.group(7)[0] != "0" and prep.group(0).strip().lower() not in ("at", "until", "till") and (
                _HOURS_COUNTED.match(text, m.end(8) + hrs.end())
                or re.search(r"\bup\s+to\s*$", text[max(0, m.start() - 8):m.start()], re.I)):
            return None  # "after 1200 hours of talks", "up to 2000 hours at the shelter": a count of hours
    if m.group(7) and _NAMED_ZONE.match(text, m.end(8)) and (
            not prep
            or (prep.group(0).strip().lower() == "by" and re.fullmatch(r"(?:19|20)[0-5]\d", m.group(7) + m.group(8)))):
        return None  # "In 2012 ADT was spun off from Tyco": a year, no time
    if m.group(1) and not 1 <= int(m.group(1)) <= 12:
        return None  # "30am" in "8.30am" is no hour; a.m./p.m. hours run 1 to 12
    if m.group(6) == "Noon" and (fn := _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())) \
            and (given_name_sex(fn.group(1)) or fn.group(1) == "High"):
        return None  # "Paul Noon, 23": a capitalised "Noon" after a capitalised name is a surname
    if m.group(6) and re.match(r"\s+oil\b", text[m.end():m.end() + 5], re.I) \
            and (re.search(r"\b(?:the|burn\w*)\s+$", text[max(0, m.start() - 12):m.start()], re.I)
                 or text[m.end():m.end() + 4] == " Oil"):
        return None  # "burning the midnight oil": working late, no time
    if m.group(6) and m.group(6).lower() == "midnight" and _MIDNIGHT_KIND.match(text, m.end()) \
            and not _TIME_PREP_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None  # "Bush's midnight regulations", "the midnight sun": a kind, no time
    if m.group(4) and day is None and (gm := _GAME_CLOCK.match(text, m.end())) and (
            _WITH_BEFORE.search(text, max(0, m.start() - 20), m.start()) or not _LOOSE_CLOCK.match(text, m.end())
            or _GAME_CLOCK_END.match(text, gm.end())):
        return _abs("DURATION", f"PT{int(m.group(4))}M{int(m.group(5))}S")  # "with 3:08 to play": a game clock
    hh, mm = _clock(m, 0)
    if hh > (24 if m.group(6) else 23) or mm > 59:  # only "midnight" reads as 24:00
        return None
    whole = m.group(0)
    zone = re.search(r"\b(?:UTC|GMT|Z)\b", whole) is not None
    shift = re.search(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})", whole)
    days = 0
    if shift:  # "6:40 p.m. (GMT +8)" -> 10:40Z
        hh -= int(shift.group(2)) * (1 if shift.group(1) == "+" else -1)
        days, hh = hh // 24, hh % 24
    secs = re.match(r"\d{1,2}[:.]\d{2}:(\d{2})", whole)  # "6:07:15 PM": its seconds
    return Reading("TIME", "clock", (hh, mm, zone, days, day, int(secs.group(1)) if secs else None))


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}


def b_oclock(m, text):
    """'at 6 o'clock', 'around seven o'clock': that hour of the reference day, as written (TIMEX3 keeps a
    12-hour clock's hour when the words do not say morning or evening). "6 o'clock in the evening" and "10
    o'clock on Friday night" are read by ``clock_part``; "the six o'clock news" and "the 5 O'Clock Club" are no
    times. Limits: "five o'clock Friday" is 05:00, and two expressions."""
    w = m.group(1).lower()
    hh = _HOUR_WORDS.get(w) or int(w)
    return Reading("TIME", "clock", (hh % 24, 0, False, 0, None)) if 1 <= hh <= 12 else None


def b_clock_day(m, text):
    """'9 a.m. Tuesday', 'noon Saturday', '5 p.m. EST Nov. 9': the time on that day."""
    sub = _CLOCK_RX.match(text, m.start())
    if sub is None or _restated(text, m.start(), m.end()):
        return None
    return b_clock(sub, text, _named_day(m.group("day")))


def _named_day(words: str) -> Reading | None:
    """The day a time of day is told on: a weekday, "yesterday", "today", "tomorrow", or a month and day
    (a year optional: "Nov. 9, 2010"); None for other words."""
    w = words.lower()
    dated = re.fullmatch(rf"({_WD})\s*,\s*(.+)", words, re.I)  # "Friday, Dec. 6": the date, on that weekday
    if dated:
        day = _named_day(dated.group(2))
        if day is not None and day.anchor == "monthday":
            return _day(day.args[0], day.args[1], None, dated.group(1))
        return day
    if w in WEEKDAYS:
        return Reading("DATE", "weekday", (WEEKDAYS[w], None))
    if w in ("yesterday", "today", "tomorrow"):
        return Reading("DATE", "shift", ("D", {"yesterday": -1, "today": 0, "tomorrow": 1}[w]))
    md = re.fullmatch(rf"({_M})\s+(\d{{1,2}})(?:\s*,?\s+({_Y}))?", words, re.I)
    if md:
        return _day(month_of(md.group(1)), int(md.group(2)), md.group(3))
    dm = re.fullmatch(rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})(?:\s*,?\s+({_Y}))?", words, re.I)  # "10th Nov"
    return _day(month_of(dm.group(2)), int(dm.group(1)), dm.group(3)) if dm else None


_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: A time of day told with the part of the day instead of a.m./p.m. (British copy writes "5.15" for 5:15):
#: "at 5.15 in the afternoon", "11.45 last night", "at 10 o'clock on Friday night", "at 5.15 in the afternoon
#: of February 9". The hour needs a preposition before it ("at", "around", "by"...), as a figure that
#: could be a price or a score ("fell 1.55 in the afternoon") has none.
_CLOCK_PART = (rf"\b(\d{{1,2}}|{_HOUR_WORD}(?=\s*o['\u2019]clock))(?:[.:](\d{{2}}))?(?:\s*o['\u2019]clock)?\s+(?:(?:in\s+the|at)\s+(morning|afternoon|evening|night)"
               rf"(?:\s+(?:of|on)\s+(?P<day>{_WD}|{_M}\s+\d{{1,2}}(?:\s*,?\s+{_Y})?|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:\s*,?\s+{_Y})?))?"
               rf"|(?:on\s+)?(this|yesterday|tomorrow|last|{_WD})\s+(morning|afternoon|evening|night)|(tonight))\b")
_CLOCK_PART_BEFORE = re.compile(r"\b(?:at|around|about|by|until|till|after|before|from|since|approximately|roughly)\s+$",
                                re.I)


def b_clock_part(m, text):
    """'11.45 last night': the hour read by the part of the day (afternoon, evening and night hours after
    noon), on the day the words name (else the reference day). Limits: "1.30 last night" (after midnight)
    is read on the night's own day, not the next morning."""
    if not _CLOCK_PART_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    hh, mm = int(num(m.group(1))), int(m.group(2) or 0)  # "three o'clock in the morning"
    if not 1 <= hh <= 12 or mm > 59:
        return None
    part = (m.group(3) or m.group(6) or "night").lower()
    if part in ("afternoon", "evening") or (part == "night" and 6 <= hh < 12):
        hh = hh % 12 + 12
    elif part == "night" and hh == 12 and not mm:
        hh = 24  # "twelve o'clock at night": midnight, the end of the day as "midnight" reads
    elif hh == 12:
        hh = 0  # "12.30 in the morning" is half past midnight
    named = m.group("day") or (m.group(5) or "").lower()  # "of February 9", "Friday", "yesterday", "last", "this"
    day = Reading("DATE", "shift", ("D", -1 if named == "last" else 0)) if named in ("", "this", "last") \
        else _named_day(named)
    return Reading("TIME", "clock", (hh, mm, False, 0, day))


#: A word ends right before, on the same line, and no sentence ends between ("told Us Weekly").
_MID_LINE = re.compile(r"[\w,;)'’][^\S\n]+$")


def b_set(m, text):
    """'every day', 'published weekly': a SET of that period. A capitalised 'Weekly' or 'Daily' inside a
    sentence, after a word on its line, is a title's ('told Us Weekly', 'Entertainment Weekly has')."""
    if m.group(2) and m.group(2)[0].isupper() and _MID_LINE.search(text, max(0, m.start(2) - 40), m.start(2)):
        return None
    w = re.sub(r"^half\W", "half-", (m.group(1) or m.group(2)).lower())
    code = {"half-yearly": "P6M", "day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
            "year": "P1Y", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "morning": "P1D", "night": "P1D"}[w]
    return _abs("SET", code)


def b_every_n(m, text):
    """'every two years', 'every other week', 'every few years': a SET of that period (P2Y, P2W, PXY)."""
    if m.group(1).lower() in ("few", "several"):
        return _abs("SET", duration(None, m.group(2)))
    n = 2 if m.group(1).lower() == "other" else num(m.group(1))
    return _abs("SET", duration(n, m.group(2))) if n else None


def b_weekday_set(m, text):
    """'each Thursday', 'on Tuesdays': every such day, ``XXXX-WXX-4`` (ISO day number, Monday 1)."""
    day = (m.group(1) or m.group(2)).lower()
    return _abs("SET", f"XXXX-WXX-{WEEKDAYS[day + 'day'] + 1}")


#: Capitalised words that make a weekday after them the name of a day in history or a calendar ("Black Monday",
#: "Bloody Sunday", "Super Tuesday"); the ones with a date of their own are holidays ("Black Friday").
_EVENT_WORDS = r"(?-i:Black|Bloody|Super|Ruby|Blue|Manic)"
_EVENT_WORD_BEFORE = re.compile(rf"\b{_EVENT_WORDS}\s+$")
#: A surname, not an event's word: a capitalised word (a given name, "Rep.") before it ("Conrad Black Monday asked").
_NAME_BEFORE_EVENT_WORD = re.compile(rf"(?-i:[A-Z][a-z]+)\.?\s+{_EVENT_WORDS}\s+$")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
#: A title written short before a surname ("Mr. March", "Gen. March", "Ms. December").
_TITLE_ABBREV = re.compile(r"(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Cmdr|Supt|Insp|Det|Cpl|Pte|St)\.")
#: "March" the verb: a punctuation mark or a preposition of motion right after it ("March on, he said").
_MARCH_VERB_NEXT = re.compile(r"\s*[,;:!?\"”]|\s+(?:on|to|in|into|through|past|along|down|up|out|forward|towards?|with)\b")


def b_month_alone(m, text):
    """A month with no preposition or determiner before it ("October was the worst month", "the coldest March
    since 1962", "February's jobs report"), placed by tense as "in October" is. Limits: only months that are
    rarely a given name (not April, May, June, August); none right after a capitalised word inside a sentence
    ("Pedro March"), a number or a currency sign (those are dates and amounts the other rules read)."""
    if _OF_NAME_NEXT.match(text, m.end()):
        return None  # "the ``March of the Combatant Mothers''"
    if m.group(1) == "March" and _MARCH_VERB_NEXT.match(text, m.end()):
        return None  # "March on, he said": the verb
    if text[max(0, m.start() - 1):m.start()] in ("-", "–", "/"):
        return None  # the second of a pair the pair rule did not take ("the November-January period of 2012")
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    w = before.group(1) if before else ""
    if _TITLE_ABBREV.fullmatch(w) or re.search(r"[\d$£€]", w) and not re.search(r"[.!?:\"“”]$", w):
        return None  # "Mr. March": a surname; after a number or an amount inside a sentence
    if _in_name(text, m.start(), m.end(), prev=True):
        return None  # after a capitalised word inside a sentence ("Pedro March"; not "But March sales")
    rel = "ahead" if _contract_month("", text, m.end()) else None  # "December futures fell"
    return Reading("DATE", "month", (month_of(m.group(1)), rel))


def b_month_set(m, text):
    """'every February', 'each summer': every such month or season (``XXXX-02``, ``XXXX-SU``)."""
    w = m.group(1).lower()
    if w not in SEASONS and not m.group(1)[0].isupper():
        return None  # "each may choose": a verb
    return _abs("SET", f"XXXX-{SEASONS[w]}" if w in SEASONS else f"XXXX-{month_of(w):02d}")


def b_hyphen_unit(m, text):
    if _AGE.match(text, m.end()):  # "a 6-year-old boy": an age
        return None
    if _in_name(text, m.start(), m.end()):
        return None  # "the Six-Day War"
    if m.group(1).lower() in ("a", "an") and text[max(0, m.start() - 1):m.start()] == "-":
        return None  # "a $12-an-hour job", "a $10-a-day fee": a rate, the tail of the figure's compound
    if m.group(1).lower() == "half":  # "a half-hour show", "a half-century of rule"; no half-quarter or half-week
        unit = m.group(2).lower()
        if unit == "century" and not re.match(r"\s+(?:of|ago)\b", text[m.end():]):
            return None  # "his half-century off 60 balls": fifty runs
        half = HALF_UNITS.get(unit)
        return _abs("DURATION", half) if half else None
    return _abs("DURATION", duration(num(m.group(1)), m.group(2)))


def b_quarter_of_unit(m, text):
    """'a quarter of an hour', 'three quarters of a century': a fraction of a unit, in the smaller unit TIMEX3
    writes (PT15M, P75Y). Limits: only hours and centuries, the units news divides in quarters."""
    n = 3 if m.group(1).lower() == "three" else 1
    return _abs("DURATION", f"PT{15 * n}M" if m.group(2).lower() == "hour" else f"P{25 * n}Y")


#: Half a unit, in the next smaller unit TIMEX3 writes.
HALF_UNITS = {"minute": "PT30S", "hour": "PT30M", "day": "PT12H", "decade": "P5Y",
              "century": "P50Y"}


def b_vague_units(m, text):
    return _abs("DURATION", duration(None, m.group(2)))


_QUOTED = re.compile(r"(?:['\"\u2018\u201c`]|['\u2019]s\s+)$")


def _title(m: re.Match, text: str, unit: str) -> bool:
    """'Minutes' in CBS's "60 Minutes", 'Week' in ABC's "This Week": a capitalised unit in quotes or after a
    possessive names a programme; a title-case headline ("After 10 Hours") keeps its expression."""
    if not unit[:1].isupper() or unit.isupper():
        return False
    return bool(_QUOTED.search(text, max(0, m.start() - 3), m.start())) or text[m.end():m.end() + 1] in ("\"", "'", "\u201d", "\u2019")


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|shall|'ll)\s+(?:\w+ly\s+)?$", re.I)


#: Words before "one day" that make it a length ("for one day", "took one day", "only one day").
_LENGTH_BEFORE = re.compile(r"\b(?:for|in|within|last|lasted|lasts|only|just|single|than|over|per|of|after|take|takes|"
                            r"took|taking|spent|spend|spends|each|every|first|another|the|a|this|that|one|by|about|"
                            r"nearly|almost|least|most|mere|whole|full|extra|more)\s+$", re.I)
#: Words after "one day" that make it a length or a rate ("one day later", "one day a week", "one-day").
_LENGTH_AFTER = re.compile(r"(?:-|\s+(?:later|earlier|after|before|ago|of|a|an|per|each|every|long|old|in\s+advance|"
                           r"at\s+a\s+time|or|and|to|off|since|into)\b)", re.I)


#: A future cue ("will", "going to" a verb), not the noun "will" ("against her will"), the name ("Will Smith"),
#: nor going somewhere ("was going to work one day in 2015").
_FUTURE_NOT_NOUN = re.compile(r"(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bfree\s)(?<!\bgood\s)"
                              r"\b(?:(?<!['’]s\s)will|going\s+to(?!\s+(?:the|a|an|work|school|church|bed|"
                              r"college|court|jail|prison|war|sea|town|[A-Z]\w*)\b)|(?-i:['’]ll))(?!\s+(?:of|and|to)\b)")
#: What may follow "one day" of some day to come: the end of the clause, or "who ..." ("We will see one day
#: who was right"); not "one day in 1998", "one day early", "one day next week".
_SOME_DAY_END = re.compile(r"\s*(?:[.,;:!?\"'”’)—–]|\s-\s|$|\s+(?:who|what|whether|soon|too|again|when\s+\w+\s+will)\b)", re.I)
#: Verbs that take a length ("will be delayed one day", "stay one day", "run one day only").
_LENGTH_VERB_BEFORE = re.compile(r"\b(?:delay(?:ed|s)?|postpone[ds]?|extend(?:ed|s)?|suspend(?:ed|s)?|stay(?:ed|s)?|"
                                 r"remain(?:ed|s)?|wait(?:ed|s)?|run|runs|ran|close[ds]?|shut|open|work(?:ed|s)?|"
                                 r"serve[ds]?|live[ds]?|fast(?:ed|s)?|sit|sat|happen|arrive)\s+$", re.I)
#: After "to": the verb of some day to come ("would love to one day buy"), not a preposition ("cut to one day
#: because of rain", "sentenced to one day in jail").
_VERB_AFTER = re.compile(r"\s+(?!(?:in|on|at|of|for|from|because|before|after|and|or|but|when|while|since|than|so|as|"
                         r"if|with|per|only|early|late|longer|sooner|behind|ahead)\b)[a-z]+\b")
_WILL_AFTER = re.compile(r"[,\s]*(?:\w+\s+)?\w+(?:\s+will|['’]ll)\b", re.I)  # "One day you will", "one day we'll"


def _some_day(text: str, s: int, e: int) -> bool:
    """Whether "one day" at ``s``-``e`` means some day to come: after a modal ("could one day be") or "to"
    ("would love to one day buy"), with "will" or "going to" before it in the sentence ("is going to uncover
    it one day") or right after it ("One day you will thank them"), and no word making it a length around it.
    Limits: a past "one day" ("One day, she walked in") stays a day's length, as TimeBank leaves it."""
    if _LENGTH_BEFORE.search(text, max(0, s - 20), s) or _LENGTH_AFTER.match(text, e) or \
            re.match(r"['’]s\b", text[e:]):  # "one day's pay"
        return False
    if re.search(r"\bto\s+$", text[max(0, s - 5):s]):
        return bool(_VERB_AFTER.match(text, e))  # "to one day buy"; "reduced to one day", "from three days to one day"
    if _MODAL_BEFORE.search(text, max(0, s - 30), s):
        return True
    before, after = _sentence_sides(text, s, e, 150, 40)
    if _WILL_AFTER.match(after) and not re.match(r"\s*(?:in|on|at|last|this|next)\b", after):
        return True
    return bool(_FUTURE_NOT_NOUN.search(before)) and bool(_SOME_DAY_END.match(text, e)) and \
        not _LENGTH_VERB_BEFORE.search(text, max(0, s - 30), s)


def b_count_units(m, text):
    if _AGE.match(text, m.end()) or _title(m, text, m.group(2)):  # "52 years old", "60 Minutes"
        return None
    if re.search(r"\d[:.]$", text[max(0, m.start() - 2):m.start()]):
        return None  # "at 9:25 hours": the minutes of a clock time, no count
    if m.group(0).lower() == "one day" and _some_day(text, m.start(), m.end()):
        return _abs("DATE", "FUTURE_REF")  # "it could one day be": some day to come, no duration
    if m.group(2).lower() in ("quarter", "quarters") and m.end(1) + 1 == m.start(2) and num(m.group(1)) in (1, 3) and \
            re.match(r"\s*(?:,\s*or\s+(?:about\s+|some\s+)?\d|of\b)", text[m.end():]) and not _QUARTERS_OF_TIME.match(text, m.end()):
        return None  # "about one quarter of the revenue", "three quarters of voters": a fraction
    n = num(m.group(1)) if not re.fullmatch(r"\d+\.\d+", m.group(1)) else m.group(1)
    return _abs("DURATION", duration(n, m.group(2)))


#: After "N quarters of": what a run of quarters is told of ("two quarters of negative growth", "of the year").
_QUARTERS_OF_TIME = re.compile(r"\s+of\s+(?:(?:the\s+|this\s+|last\s+|next\s+|the\s+(?:past|last|current|previous)\s+)?(?:fiscal\s+|calendar\s+)?(?:year|\d{4})|(?:negative|positive|"
                               r"falling|rising|slowing|strong|weak|record|declining)\b|(?:growth|decline|declines|"
                               r"contraction|expansion|losses|loss|profits?|gains?|earnings|sales|revenue|results|"
                               r"increases|decreases|deficits?|surpluses|recession)\b)", re.I)


def b_a_unit(m, text):
    unit = m.group(1).lower()
    if m.group(0).lower().startswith("once"):
        return _abs("SET", duration(1, unit))  # "once a week": a frequency
    if unit == "second" and (_ORDINAL_NEXT.match(text, m.end()) or re.match(r"-[a-z]", text[m.end():m.end() + 2])) \
            and not ((w := re.match(r"\s+(?:[A-Z][\w'’-]*\s+)+([a-z]+)\b", text[m.end():]))
                     and re.fullmatch(rf"{IRREGULAR_PAST}|[a-z]+[^e\W]ed", w.group(1))):
        return None  # "a second term", "a second-floor office", "a second Hunger Games": an ordinal
    if unit == "quarter" and re.match(r"\s*(?:,|of\b)", text[m.end():]):
        return None  # "about a quarter of its staff": a fraction
    return _abs("DURATION", duration(1, unit))


def b_bare_units(m, text):
    if re.match(r"\s+\d{1,2}\b(?![,.]\d)(?!\s+(?!(?:and|to|or|through|of|in)\b)[a-z])", text[m.end():]):
        return None  # "in Weeks 14-16": numbered weeks of a season, no length
    return _abs("DURATION", duration(None, m.group(1)))


def b_same_day(m, text):
    """'the same day', 'ended the day', 'the following day': the day the story last named (else the
    reference day), moved by a day for 'following'/'previous'."""
    k = {"following": 1, "next": 1, "previous": -1}.get((m.group(1) or "").lower(), 0)
    whole = m.group(0).lower()
    cut = whole.rfind("the day") if re.match(r"(?:end|finish|for|clos)", whole) else 0
    return Reading("DATE", "shift", ("D", k), lead=max(cut, 0), anaphoric="D")


def b_unit_around(m, text):
    """'the day before', 'the week after', 'the night before': the period before/after the one the story
    last named, when nothing follows that it is before or after ("the day before the vote" is left alone).
    A part of the day ("the night before") is that part of the day before/after."""
    return _named_unit_shifted(m.group(1).lower(), 1 if m.group(2).lower() == "after" else -1)


def b_unit_before_last(m, text):
    """'the day before yesterday', 'the night before last', 'the year before last', 'the week after next': two
    periods from the reference date's, never from the period the story last named (the words say which: "last",
    "yesterday" count from now)."""
    return _named_unit_shifted(m.group(1).lower(), 2 if m.group(2).lower().startswith("after") else -2, named=False)


def b_in_the_unit(m, text):
    """'earlier in the week', 'later in the year': the week (month, year) the story last named, else the
    reference date's."""
    code = unit_code(m.group(1))
    return Reading("DATE", "shift", (code, 0), anaphoric=code)


def b_that_unit(m, text):
    """'that day', 'later that morning', 'the same week', 'that quarter': the period the story last
    named (a day gives its week and month); against the reference date when none was named."""
    return _named_unit_shifted(m.group(1).lower(), 0)


def _named_unit_shifted(unit: str, k: int, named: bool = True) -> Reading:
    """The period of ``unit`` the story last named (``named``; else the reference date's), moved by ``k`` of
    them; a part of the day ("night") is that part of the day so moved."""
    if unit in PART_OF_DAY:
        return Reading("TIME", "part", (PART_OF_DAY[unit], Reading("DATE", "shift", ("D", k))),
                       anaphoric="D" if named else None)
    code = unit_code(unit)
    return Reading("DATE", "shift", (code, k), anaphoric=code if named else None)


def b_following_unit(m, text):
    """'the following week', 'the previous month': the period after/before the one the story last named."""
    code = unit_code(m.group(2))
    k = 1 if m.group(1).lower() == "following" else -1
    return Reading("DATE", "shift", (code, k), anaphoric=code)


#: After "weekend": a noun it modifies that names no time ("the weekend night shift", "the weekend edition": a
#: kind of shift, not a weekend; kept short, since "over the weekend staff searched" is a weekend), or "of" and
#: the days themselves ("the weekend of January 10 and 11": those days are read). A list, since the grammar
#: reads text without parts of speech.
_WEEKEND_NOT_A_TIME = re.compile(r"\s+(?:(?:night|day)\s+)?(?:shifts?|editions?|supplements?)\b"
                                 r"|\s+of\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
                                 re.I)


def b_weekend(m, text):
    if _WEEKEND_NOT_A_TIME.match(text, m.end()):
        return None
    rel = m.group(1).lower().split()[-1]
    return Reading("DATE", "weekend", (None if rel == "the" else rel,))


def b_two_digit_year(m, text):
    return Reading("DATE", "yy", (int(m.group(1)),))


def b_range_first(m, text):
    """The first count of a range takes the unit of the second ("between 60 and 90 days")."""
    return _abs("DURATION", duration(num(m.group(1)), m.group(2)))


def b_and_a_half(m, text):
    if _AGE.match(text, m.end()):
        return None  # "a 2-1/2-year-old boy", "a five-and-a-half-year-old": an age, as "a 3-year-old" is
    if m.group(1):
        n_word, unit = m.group(1), m.group(2)
    elif m.group(3):
        n_word, unit = m.group(3), m.group(4)
    elif m.group(6):
        n_word, unit = m.group(6), m.group(7)
    else:
        n_word, unit = None, m.group(5)
    n = (num(n_word) + 0.5) if n_word else 0.5
    return _abs("DURATION", duration(f"{n:g}", unit))


def b_term(m, text):
    return _abs("DATE", "PRESENT_REF" if "time being" in m.group(0).lower() else "FUTURE_REF")


def b_future(m, text):
    return _abs("DATE", "FUTURE_REF")


def b_past(m, text):
    return _abs("DATE", "PAST_REF")


def b_present(m, text):
    """'now', 'currently', 'these days': the present. A capitalised "Now" after a capitalised word inside a
    sentence that is not a title-case line ends a name ("Copyright 2019 Hawaii News Now", "Democracy Now"):
    no time."""
    if m.group(0) == "Now" and not _title_case_line(text, m.start()) and _in_name(text, m.start(), m.end(), prev=True):
        return None
    return _abs("DATE", "PRESENT_REF")


#: A holiday's name before a plural noun of things names those things, not its day ("Christmas trees",
#: "Easter eggs", "Halloween costumes"); any other word after it keeps the day ("at Christmas this year",
#: "Christmas holidays"). A list, since the grammar reads text without parts of speech.
_HOLIDAY_THINGS = re.compile(r"\s+(?:trees|cards|presents|gifts|lights|decorations|carols|songs|eggs|costumes|"
                             r"ornaments|stockings|crackers|puddings|cakes|sweaters|jumpers|specials|movies|films|"
                             r"albums|markets|shoppers|bonuses|hampers|wreaths|baskets|parades|fireworks|"
                             # places and events named after a holiday: "Easter Island", "the Easter Rising"
                             r"island|islands|rising|uprising|offensive|truce|accords?|agreement|bowl)\b", re.I)


_ISE_STEMS = r"(?:real|organ|apolog|recogn|critic|summar|author|priorit|emphas|character|mobil|stabil|legal|final)"
_BRITISH = re.compile(rf"\b(?:(?:col|fav|hon|lab|behavi|neighb|harb|rum|hum|vap|val|vig|rig|savi|flav)our(?:s|ed|ing|ite|ites|able)?|"
                      rf"cent(?:re|res)|theatres?|programmes?|defence|offences?|licence|travell(?:ed|ing|er|ers)|"
                      rf"cheques?|tyres?|whilst|{_ISE_STEMS}is(?:e|ed|es|ing|ation|ations))\b", re.I)
_AMERICAN = re.compile(rf"\b(?:(?:col|fav|hon|lab|behavi|neighb|harb|rum|hum|vap|val|vig|rig|savi|flav)or(?:s|ed|ing|ite|ites|able)?|"
                       rf"cent(?:er|ers)|theaters?|defense|offenses?|license|travel(?:ed|ing|er|ers)|"
                       rf"{_ISE_STEMS}iz(?:e|ed|es|ing|ation|ations))\b", re.I)
#: Words only a story from the United Kingdom writes: its nations, its capital, its health service, its money.
_UK_SIGN = re.compile(r"\b(?:Britain|British|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|"
                      r"London|U\.?K\.?|NHS|Crown Court|Scotland Yard|pounds? sterling)\b|£")


def british_spelling(text: str) -> bool:
    """Whether a text is a British story: two or more British spellings ("colour", "organised", "centre",
    "defence"), more than American ones ("color", "organized", "center", "defense"), and a sign of the United
    Kingdom (its nations, London, the NHS, £): Australian or Irish copy spells the British way too.
    Limits: a short text, or one that quotes both, tells nothing; names ("Labour", "Pearl Harbor") count."""
    uk = len(_BRITISH.findall(text))
    return uk >= 2 and uk > len(_AMERICAN.findall(text)) and bool(_UK_SIGN.search(text))


def b_holiday(m, text):
    if not m.group(1)[:1].isupper():
        return None  # "may day", "flag day": holidays are written with capitals
    if _HOLIDAY_THINGS.match(text, m.end(1)):
        return None
    name = re.sub(r"\s+", " ", m.group(1).lower().replace("’", "'"))
    if name == "mother's day" and british_spelling(text):
        name = "mothering sunday"  # a British story's Mother's Day is in March, three weeks before Easter
    return Reading("DATE", "holiday", (name,))


def b_holiday_week(m, text):
    """'Easter week', 'Thanksgiving week': the ISO week holding the holiday."""
    day = b_holiday(m, text)
    return Reading("DATE", "week_of", (day,)) if day else None


def b_year_end(m, text):
    return Reading("DATE", "shift", ("Y", 0), mod="END")


def b_unit_long(m, text):
    return _abs("DURATION", duration(1, m.group(1)))


def b_vague_hyphen(m, text):
    return _abs("DURATION", duration(None, m.group(1)))


def b_that_year(m, text):
    return Reading("DATE", "that", ("Y",))


#: Nouns an award "<noun> of the year" is given to, in lower case ("the club's player of the year", "car of the
#: year"). A capitalised "<Word> of the Year" is an award whatever the noun. General words, no names.
AWARD_NOUNS = frozenset({
    "player", "coach", "manager", "rookie", "athlete", "sportsman", "sportswoman", "sportsperson", "footballer",
    "cricketer", "personality", "person", "man", "woman", "teacher", "driver", "jockey", "trainer", "album", "song",
    "single", "record", "book", "novel", "film", "movie", "car", "goal", "word", "team", "newcomer", "entrepreneur",
    "businessman", "businesswoman", "executive", "cartoonist", "journalist", "reporter", "photographer", "writer",
    "artist", "chef", "restaurant", "hero", "volunteer", "scientist", "officer", "nurse", "doctor", "pitcher"})


def _award(m, text) -> bool:
    """Whether 'of the year' names an award: after a capitalised word ("Cartoonist of the Year") or an award noun
    ("player of the year"), unless a superlative comes first ("the highest level of the year", "the best-selling
    album of the year": the most of this year), or, before a lower-case noun, an ordinal ("his third goal of the
    year": a count of this year; "the first Player of the Year from Wales" stays an award). Limits: an award noun
    before a time ("the word of the year so far") is read as an award; in a title-case headline ("Bale Named
    Player Of The Year") the noun is read as in lower case."""
    if not m.group(0)[:2].lower() == "of":
        return False
    before = text[max(0, m.start() - 40):m.start()]
    capital = m.group(0).endswith("Year") and re.search(r"\b[A-Z]\w*\s+$", before) and not (
        m.group(0).startswith("Of") and _title_case_line(text, m.start()))  # a headline: its nouns tell, as lower case
    noun = re.search(r"(\w+)\s+$", before)
    if not (capital or noun and noun.group(1).lower() in AWARD_NOUNS):
        return False
    if re.search(r"\b(?:\w+est|Best|Worst|Most|Least|Top)(?:-\w+)?\s+(?:\w+\s+){0,2}$", before, re.I):
        return False
    return bool(capital) or not re.search(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                          r"\d+(?:st|nd|rd|th)|last|final|only)\s+(?:\w+\s+){0,2}$", before, re.I)


def b_the_year(m, text):
    if _award(m, text):
        return None  # "Cartoonist of the Year", "the club's player of the year": an award
    return Reading("DATE", "shift", ("Y", 0))


def b_year_ended(m, text):
    """'the year ended Aug. 31': a reporting year, a duration (its end date is an expression of its own)."""
    return _abs("DURATION", "P1Y")


def b_year_ago(m, text):
    return Reading("DATE", "shift", ("Y", -1))


_CLOCK_RX = re.compile(_CLOCK, re.I)

# ------------------------------------------------------------------------------ the table
RULES: list[Rule] = [
    Rule("part_of_period", rf"\b(?:(?:at|in|by|towards?|around)\s+)?the\s+(beginning|start|end|middle|close|outset)\s+of\s+((?:this|last|next|the)\s+(?:year|month|week)|(?:last\s+|next\s+)?{_M}(?:\s+{_Y})?|{_Y})\b",
         "DATE", b_part_of_period, (("at the end of the year", "2009"), ("by the end of next month", "2009-12"),
                                    ("at the start of 2008", "2008"))),
    Rule("early_late", rf"\b(early|mid|late|end(?=-)|start(?=-))[- ]({_M}|{_Y})(?:\s+({_Y}))?\b", "DATE", b_early_late,
         (("in early 2008", "2008"), ("in mid-October", "2009-10"), ("late March 2007", "2007-03"),
          ("The deal should close by end-March.", "2010-03"), ("Debt will peak at end-2011.", "2011"))),
    Rule("earlier_this", r"\b(earlier|later)\s+(this|last|next)\s+(year|month|week)\b", "DATE", b_earlier_this,
         (("earlier this month", "2009-11"), ("later this year", "2009"))),
    Rule("iso_date", r"\b(\d{4})-(\d{2})-(\d{2})\b", "DATE", b_iso_date, (("on 2008-10-09", "2008-10-09"),)),
    Rule("week_of", rf"\bthe\s+week\s+of\s+({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s+({_Y}))?\b", "DATE", b_week_of,
         (("a hearing the week of March 6", "2010-W09"),)),
    Rule("week_of_month", rf"\b(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+({_M})(?:\s*,?\s+({_Y}))?\b",
         "DATE", b_week_of_month, (("in the first week of March 2010", "2010-W09"),
                                   ("during the last week of October", "2009-W44"))),
    Rule("month_day", rf"\b(?:({_WD})\s*,?\s+)?({_M})(?:\s+|(?<=\.)(?!\d{{1,2}}(?:[.,]\d|\s*(?:%|percent\b|per\s+cent\b|pc\b))))(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s+({_Y}))?\b",
         "DATE", b_month_day, (("on April 28, 2025", "2025-04-28"), ("on Oct. 3", "2009-10-03"), ("on Dec.14", "2009-12-14"),
                               ("Monday, June 1, 2009", "2009-06-01"), ("It is due on Nov. 9.", "2009-11-09"),
                               ("It began on Friday February 13.", "2009-02-13"),
                               ("It began on Saturday February 13.", "2010-02-13"),
                               ("on the weekend of January 11", "2009-01-11"))),
    Rule("day_month", rf"\b(?:({_WD}),?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})(?:,?\s+({_Y}))?\b",
         "DATE", b_day_month, (("on 28 April 2025", "2025-04-28"), ("It opened on the 3rd of March.", "2009-03-03"), ("the 3rd of December", "2009-12-03"))),
    Rule("month_year", rf"\b({_M})(?:(?:\s+(?:of\s+)?|(?<=\.))({_Y})|,\s+({_Y})(?=\s*(?:[,.;:)–-]|to\b|and\b|$))"
         rf"|\s+(?:of\s+)?({_SPOKEN_Y}))\b", "DATE", b_month_year,
         (("in March 2008", "2008-03"), ("October of 2007", "2007-10"), ("in March nineteen ninety-one", "1991-03"),
          ("from January, 1987, to May, 1990", "1987-01"), ("in Dec.2012", "2012-12"))),
    Rule("monthday_rel_year", rf"\b(?:({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M}))"
         rf",?\s+(?:of\s+)?(this|next|last)\s+year\b(?!['’]s)", "DATE", b_monthday_rel_year,
         (("announced on June 16th of last year", "2008-06-16"), ("on 3 May this year", "2009-05-03"),
          ("by March 1 next year", "2010-03-01"))),
    Rule("month_rel_year", rf"\b(?:(early|mid|late)[- ])?({_M})\s+(?:of\s+)?(this|next|last)\s+year\b", "DATE",
         b_month_rel_year, (("in October of next year", "2010-10"), ("in early February this year", "2009-02"),
                            ("since June last year", "2008-06"))),
    Rule("month", rf"\b(?:(last|next|this|since|in|by|until|till|from|during|through|throughout|for|into|before|after|early|since\s+last|as\s+of|of|to|and|between|on|the|their|its|his|her|our)\s+)({_M})(?!\w)(?!\.?\s+\d)(?!(?<=jan|feb|mar|apr|jun|jul|aug|sep|ept|oct|nov|dec)\.{_Y}\b)(?!\.\d{{1,2}}\b(?![.,]\d|\s*(?:%|percent\b|per\s+cent\b|pc\b)))",
         "DATE", b_month, (("It happened last October.", "2009-10"), ("It closed in December.", "2008-12"),
                           ("a vote in December", "2009-12"),
                           ("They will meet in December.", "2009-12"), ("they reported their January sales", "2009-01"),
                           ("Crude for January delivery fell 2%.", "2010-01"))),
    Rule("month_alone", r"(?-i:\b(January|February|March|July|September|October|November|December))(?=(?:['’]s)?\s+(?-i:[a-z])|[,;:.?!])",
         "DATE", b_month_alone, (("October was the worst month for stocks.", "2009-10"),
                                 ("It is the coldest March since 1962.", "2010-03"), ("February's jobs report showed gains.", "2009-02"))),
    Rule("season_year", rf"\b(?:(?:in|since|by|until|during|of|from|before|after|through|for)\s+)?(?:the\s+)?(?:(spring|summer|autumn|fall|winter)\s+(?:of\s+)?({_Y}|{_SPOKEN_Y})|(last|this|next|the\s+coming|the\s+past)\s+(spring|summer|autumn|fall|winter))\b",
         "DATE", b_season_year, (("in summer 2008", "2008-SU"), ("last summer", "2009-SU"), ("next spring", "2010-SP"),
                                 ("in the winter of nineteen ninety-two", "1992-WI"))),
    Rule("last_n_units", rf"\b(?:the\s+)?(?:past|last|next|coming|previous|following|first)\s+({_NUM}|few|several|\d+|couple\s+of)\s+{_ADJ}({_UNITS})\b",
         "DURATION", b_last_n_units, (("over the past three months", "P3M"), ("the next few weeks", "PXW"),
                                      ("the first nine months", "P9M"), ("in the next couple of years", "P2Y"))),
    Rule("past_decade", r"\b(?:the\s+)?(?:past|last)\s+(decade|century)\b", "DURATION", b_past_decade,
         (("over the past decade", "P10Y"), ("wages fell in the last decade", "199"), ("last decade", "199"))),
    Rule("over_the_years", r"\b(?:over|in|for)\s+the\s+(years|decades|months|weeks)\b|\b(years|decades|months)-long\b|\b(?:over|during|within|for)\s+the\s+coming\s+(days|weeks|months|years)\b",
         "DURATION", b_over_the_years, (("over the years", "PXY"), ("a decades-long dispute", "PXY"),
                                        ("Talks go on over the coming weeks.", "PXW"))),
    Rule("slash_date", r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b", "DATE", b_slash_date, (("dated 7/8/07", "2007-07-08"), ("dated 25/12/2008", "2008-12-25"),
                                                               ("from 13/4/2008 to 7/8/2008", "2008-04-13"))),
    Rule("count_per", rf"(?<![\d,.])\b(\d{{1,3}}(?:,\d{{3}})+|\d+|{_NW}|a\s+few|several)\s+(seconds?|minutes?|hours?|days?|weeks?|months?)\s+(?:a|an|per|each|every)\s+(day|week|month|year)\b(?!['’]s\b)(?!\s+(?:ago|earlier|later|before|after|from\s+now)\b)",
         "SET", b_count_per, (("open 24 hours a day", "P1D"), ("Updated 7 days a week", "P1W"), ("365 days a year", "P1Y"),
                              ("He trains three days a week.", "P1W"), ("two weeks a year", "P1Y"))),
    Rule("per_unit", r"(?:\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+times)\s+|(?<=\w ))(?:a|an|per)\s+(day|week|month|year)\b(?!['’]s\b)(?!\s+(?:ago|earlier|later|before|after|or|and|to|of|in)\b)|\bannually\b",
         "SET", b_per_unit, (("15 a year", "P1Y"), ("C$17.9 million annually", "P1Y"), ("$1 billion a year", "P1Y"),
                             ("hundreds of interviews a day", "P1D"), ("three times a week", "P1W"),
                             ("They meet twice a year.", "P1Y"), ("Twice a week, he swims.", "P1W"))),
    Rule("last_quarter", r"\bthe\s+(?:last|previous|past)\s+quarter\b", "DATE", b_last_quarter,
         (("in the last quarter", "2009-Q3"),)),
    Rule("reported_quarter", r"\bthe\s+(?:((?:(?:latest|most\s+recent|current|recent|year[- ]ago|year[- ]earlier|comparable|corresponding|same)\s+)+)(?:fiscal\s+)?(?:quarter|period)|(?:fiscal\s+)?quarter)\b(\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))?(?!\s+(?:of|to\s+date)\b)(?!s)",
         "DATE", b_reported_quarter, (("profit in the quarter", "2009-Q3"), ("in the latest quarter", "2009-Q3"),
                                      ("in the year-ago quarter", "2008-Q3"),
                                      ("in the comparable year-ago quarter", "2008-Q3"),
                                      ("sales rose in the latest period to $4 million", "2009-Q3"),
                                      ("against $2 million in the corresponding period last year", "2008-Q3"),
                                      ("Profit rose in the third quarter from the same period a year earlier.", "2008-Q3"))),
    Rule("last_years_quarter", r"\blast\s+year['’]s\s+(?:fiscal\s+)?(?:quarter|period)\b", "DATE", b_last_years_quarter,
         (("Profit rose in the second quarter of 2008; last year's quarter was weak.", "2007-Q2"),)),
    Rule("ordinal_quarter", rf"\b(?:the\s+)?(?:((?:fiscal\s+)?{_Y}(?:['’]s)?|this\s+year's|last\s+year's|next\s+year's|year[- ]ago|year[- ]earlier)\s+)?(?:fiscal[\s-]+)?(first|second|third|fourth|last|final)[\s-]quarter(?:\s+of\s+((?:fiscal\s+)?{_Y}|this\s+year|last\s+year|next\s+year))?\b|\b(?-i:Q)([1-4])(?:\s+({_Y}))?\b(?![-./]?\w)",
         "DATE", b_ordinal_quarter, (("in the second quarter of 2008", "2008-Q2"), ("the third quarter", "2009-Q3"),
                                     ("the 1988 second quarter", "1988-Q2"), ("this year's third quarter", "2009-Q3"),
                                     ("in Q1 2010", "2010-Q1"), ("in the year-ago third quarter", "2008-Q3"),
                                     ("in fiscal 2007's second quarter", "2007-Q2"), ("the first quarter of fiscal 2010", "2010-Q1"),
                                     ("in the fourth quarter of next year", "2010-Q4"), ("Earnings in Q3 rose.", "2009-Q3"))),
    Rule("half_year", rf"\bthe\s+(first|second|last)\s+half\s+(?:of\s+)?((?:fiscal\s+)?{_Y}|this\s+year|last\s+year|next\s+year|the\s+year)\b",
         "DATE", b_half, (("in the first half of 2008", "2008-H1"), ("the second half of this year", "2009-H2"),
                          ("in the first half of fiscal 2010", "2010-H1"))),
    Rule("business_half", rf"\b(first|second)-half(?=\s+{_RESULTS}\b)|\b(?-i:H)([12])(?:\s+({_Y}))?\b(?![-./]?\w)",
         "DATE", b_business_half, (("First-half profit rose 10 percent.", "2009-H1"), ("H1 2010 sales", "2010-H1"),
                                   ("The H2 results were weak.", "2009-H2"))),
    Rule("decade", r"\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(1[0-9]|20)(\d)0s|'?(\d)0s)\b", "DATE", b_decade,
         (("music of the 1990s", "199"), ("in the '80s", "198"), ("a 1960s song, sung in her early 30s", "196"),
          ("in the early 1980s", "198"), ("a house built in the 1790s", "179"))),
    Rule("decade_word", r"\bthe\s+(?:(early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|"
         r"eighties|nineties)\b", "DATE", b_decade_word,
         (("in the seventies", "197"), ("in the late sixties", "196"), ("in the nineteen fifties", "195"))),
    Rule("month_ordinal", rf"\b(?:({_WD})\s*,?\s+)?(?:({_M})\s+(?:the\s+)?({_ORDINAL_DAY})|the\s+({_ORDINAL_DAY})\s+"
         rf"of\s+({_M}))\b(?:\s*,?\s+({_Y}))?", "DATE", b_month_ordinal,
         (("It began on January nineteenth.", "2009-01-19"), ("on the twenty-first of May, 1998", "1998-05-21"),
          ("It fell on Sunday, March eighth.", "2009-03-08"))),
    Rule("century", r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b", "DATE", b_century,
         (("in the 20th century", "19"),)),
    Rule("year", rf"\b(?:(?:in|since|by|until|during|of|from|before|after|through|fiscal)\s+)?(?:post-|pre-|mid-)?({_Y})(?!\s*[-–]\s*\d)(?![\w%])(?!\s+[Ii]ndex)(?!\s*(?:GMT|UTC|hrs)\b)(?!\s*(?:-|\s)(?:years?|months?|days?)\b)",
         "DATE", b_year, (("in 2008", "2008"), ("since 1997", "1997"), ("in fiscal 1988", "1988"),
                          ("In 1999 shares rose, but 2000 people lost jobs.", "1999"),
                          ("It struck at 3:30 p.m. (1930 GMT) in 1999.", "1999"))),
    Rule("fiscal_abbrev", r"\b(?-i:FY)\s?['’]?(\d{4}|\d{2})\b", "DATE", b_fiscal_abbrev,
         (("sales in FY2008 fell", "2008"), ("the FY '09 budget", "2009"))),
    Rule("spoken_year", rf"\b(nineteen|twenty|eighteen)[\s-]({_NW})\b(?!\s+(?:{_UNITS}|percent|per|dollars|people))",
         "DATE", b_spoken_year, (("in nineteen ninety-six", "1996"),)),
    Rule("vague_ago", rf"\b({_VAG})\s+({_UNITS})\s+(ago|earlier|before|later|from now)\b|\b()(years|decades|months|weeks)\s+(ago)\b", "DATE", b_vague_ago,
         (("a few weeks ago", "PAST_REF"), ("It began years ago.", "PAST_REF"), ("a few hours later", "PTXH"))),
    Rule("ago", rf"\b({_NUM}|\d+)\s+({_UNITS})(?:\s+or\s+so)?\s+(ago|earlier|from now|hence)\b", "DATE", b_ago,
         (("three days ago", "2009-11-02"), ("two years ago", "2007"), ("three weeks ago", "2009-W42"),
          ("10 minutes earlier", "PT10M"), ("a week or so ago", "2009-W44"), ("It opened a century ago.", "19"))),
    Rule("within_next", rf"\b(?:in|within)\s+(?:the\s+)?(?:next|coming)\s+({_NUM}\s+)?({_UNITS})\b", "DURATION",
         b_within_next, (("within the next two weeks", "P2W"), ("within the next month", "P1M"))),
    Rule("rel_unit", r"\b(?:(early|late|mid)[\s-]+)?(last|this|next|coming|past|previous|current)\s+(?:fiscal\s+(?=year|quarter))?(week|month|year|weekend|quarter|decade)\b", "DATE",
         b_rel_unit, (("last week", "2009-W44"), ("next month", "2009-12"), ("this year", "2009"),
                      ("The next decade will be hard.", "201"), ("in this decade", "200"),
                      ("next quarter", "2010-Q1"), ("in early next year", "2010"),
                      ("Sales will grow in the current fiscal year.", "2009"))),
    Rule("weekday_part", rf"\b(?:(last|next|this|on|since|by|until|from|early|late)\s+)?({_WD})\s+(morning|afternoon|evening|night)(s?)\b",
         "TIME", b_weekday_part, (("closed it Thursday night", "2009-11-05TNI"), ("on Sunday morning", "2009-11-01TMO"),
                                  ("Buses run on Friday nights.", "XXXX-WXX-5TNI"))),
    Rule("weekday", rf"\b(?:(last|next|this|this\s+coming|coming|on|since|by|until|till|from|early|late)\s+)?({_WD})\b", "DATE", b_weekday,
         (("He spoke on Monday.", "2009-11-02"), ("next Monday", "2009-11-09"), ("They will vote on Friday.", "2009-11-06"),
          ("stay closed until Friday", "2009-11-06"), ("this coming Sunday", "2009-11-08"),
          ("Shops open on Monday and Saturday mornings.", "XXXX-WXX-1TMO"),
          ("The hall holds Sunday congregations of 1,000 people.", "XXXX-WXX-7"))),
    Rule("deictic_day", r"\b(?:(?:earlier|later)\s+)?(yesterday|today|tomorrow|tonight)\b", "DATE", b_deictic_day,
         (("It rained yesterday.", "2009-11-04"), ("later today", "2009-11-05"), ("tonight", "2009-11-05TNI"),
          ("He told USA Today that talks end today.", "2009-11-05"),
          ("In today's world, phones are cheap; today's vote matters.", "2009-11-05"))),
    Rule("part_of_day", r"\b(this|yesterday|tomorrow|in|during|early|late|last)\s+(?:the\s+)?(morning|afternoon|evening|night)\b",
         "TIME", b_part_of_day, (("this morning", "2009-11-05TMO"), ("yesterday evening", "2009-11-04TEV"),
                                 ("He arrived last night.", "2009-11-04TNI"), ("tomorrow night", "2009-11-06TNI"))),
    Rule("next_morning", r"\bthe\s+(next|following|previous)\s+(morning|afternoon|evening|night)\b", "TIME",
         b_next_morning, (("the next morning", "2009-11-06TMO"),)),
    Rule("clock_day", rf"{_CLOCK}\s*,?\s*(?:on\s+)?(?P<day>{_WD}(?:\s*,\s*{_M}\s+\d{{1,2}}(?:\s*,?\s+{_Y})?\b)?|{_M}\s+\d{{1,2}}(?:\s*,?\s+{_Y})?|yesterday|today|tomorrow)\b", "TIME", b_clock_day,
         (("until 9 a.m. Tuesday", "2009-11-10T09:00"), ("at noon Saturday", "2009-10-31T12:00"),
          ("Tickets go on sale at 10 a.m. Friday, Dec. 4.", "2009-12-04T10:00"),
          ("It expires at 5 p.m. EDT on Nov. 9, 2010.", "2010-11-09T17:00"),
          ("until 5 p.m. EST Nov. 9", "2009-11-09T17:00"), ("at 16:00 UTC yesterday", "2009-11-04T16:00Z"))),
    Rule("clock_part", _CLOCK_PART, "TIME", b_clock_part,
         (("He arrived at 5.15 in the afternoon.", "2009-11-05T17:15"), ("It ended at 11.45 last night.", "2009-11-04T23:45"),
          ("He rang at 5.15 this morning.", "2009-11-05T05:15"), ("at 10 o'clock on Friday night", "2009-10-30T22:00"),
          ("He called at 5.15 in the afternoon of February 9.", "2009-02-09T17:15"),
          ("at about 9:25 in the morning of 10th Nov", "2009-11-10T09:25"), ("tweeting at three o'clock in the morning", "2009-11-05T03:00"))),
    Rule("clock", _CLOCK, "TIME", b_clock,
         (("at 10:30", "2009-11-05T10:30"), ("at 08:30 UTC", "2009-11-05T08:30Z"),
          ("at 6:40 p.m. (GMT+8)", "2009-11-05T10:40Z"), ("at midday", "2009-11-05T12:00"),
          ("It struck at 10:15 a.m. (0815 GMT).", "2009-11-05T10:15"), ("The train left at 8.30am.", "2009-11-05T08:30"),
          ("The shop opens at 10am.", "2009-11-05T10:00"), ("put them up 109-98 with 3:08 to play", "PT3M8S"),
          ("free throws with 1:24 left", "PT1M24S"), ("his goal 2:55 into overtime", "PT2M55S"),
          ("two goals in the final 4:29 of regulation", "PT4M29S"), ("At 6:30 left the house, she said.", "2009-11-05T06:30"))),
    Rule("oclock", rf"\b(\d{{1,2}}|{_HOUR_WORD})\s*o['\u2019]clock\b(?!\s+(?:news|shadow|position|hour|bulletin|show|programme|program|edition|slot|direction|broadcast|train|flight)\b)(?!\s+(?-i:[A-Z][a-z]+\s+)?(?-i:News|Show))(?<!(?-i:O)['\u2019]clock)",
         "TIME", b_oclock, (("The doors opened at 6 o'clock.", "2009-11-05T06:00"), ("around seven o'clock", "2009-11-05T07:00"))),
    Rule("set", r"\b(?:every|each)\s+(day|week|month|year|morning|night)\b|\b(daily|weekly|monthly|annually|(?:half[- ])?yearly|hourly)\b(?!\s+(?-i:[A-Z]))",
         "SET", b_set, (("Trains run every day.", "P1D"), ("published weekly", "P1W"), ("half-yearly results", "P6M"))),
    Rule("every_n", rf"\b(?:every|each)\s+(other|few|several|\d+|{_NW})\s+({_UNITS})\b", "SET", b_every_n,
         (("The summit is held every two years.", "P2Y"), ("every other week", "P2W"), ("every 15 minutes", "PT15M"),
          ("Floods come every few years.", "PXY"))),
    Rule("weekday_set", r"\b(?:every|each)\s+(?:other\s+|alternate\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?-i:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun))days\b",
         "SET", b_weekday_set, (("departing each Thursday", "XXXX-WXX-4"), ("closed on Sundays", "XXXX-WXX-7"),
                                ("The board meets every other Tuesday.", "XXXX-WXX-2"))),
    Rule("month_set", rf"\b(?:every|each)\s+({_M}|spring|summer|autumn|winter)\b(?!\.?\s*\d|\.?\s+(?-i:[A-Z]))", "SET", b_month_set,
         (("The fair is held every February.", "XXXX-02"), ("Floods come each spring.", "XXXX-SP"))),
    Rule("hyphen_unit", rf"\b({_NUM}|\d+|single|half)-({_UNIT1})(?:-long)?\b", "DURATION", b_hyphen_unit,
         (("a three-year deal", "P3Y"), ("a 24-hour strike", "PT24H"), ("a half-hour show", "PT30M"),
          ("more than a half-century of rule", "P50Y"))),
    Rule("unit_long", rf"\b({_UNIT1})-?long\b", "DURATION", b_unit_long,
         (("their third day-long meeting", "P1D"), ("a yearlong inquiry", "P1Y"), ("the weeklong fair", "P1W"))),
    Rule("vague_hyphen", rf"\b(?:several|many|few|multi)-({_UNIT1})\b(?!-old)", "DURATION", b_vague_hyphen,
         (("a several-year tenure", "PXY"),)),
    Rule("vague_units", rf"\b({_VAG})\s+({_UNITS})\b", "DURATION", b_vague_units, (("It took several months.", "PXM"),)),
    Rule("count_units", rf"\b(?:the\s+)?({_BIG}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NW}|a couple of)\s+{_ADJ}({_UNITS})\b", "DURATION", b_count_units,
         (("The talks lasted two hours.", "PT2H"), ("for six straight days", "P6D"), ("1.5 years", "P1Y6M"), ("talks lasted 60 minutes, he told 60 Minutes", "PT60M"),
          ("twenty-five years", "P25Y"), ("It has stood for almost a hundred years.", "P100Y"),
          ("about 1,000 years", "P1000Y"), ("The town could one day be a city.", "FUTURE_REF"),
          ("It lasted one day.", "P1D"), ("She would love to one day buy a cooler.", "FUTURE_REF"),
          ("Someone is going to find your password one day.", "FUTURE_REF"),
          ("It will close for one day.", "P1D"), ("They will meet one day later.", "P1D"))),
    Rule("a_unit", rf"\b(?:for|over|in|within|after|about|nearly|almost|than|past|barely|only|just|at\s+least|long\s+as|(?<!\bat\s)once)\s+(?:the\s+past\s+)?(?:a|an)\s+({_UNITS})\b(?!\s+ago\b)",
         "DURATION", b_a_unit, (("It fell for a decade.", "P10Y"), ("barely a month after", "P1M"),
                                ("It took nearly a year.", "P1Y"))),
    Rule("a_unit_apart", rf"\b(?:a|an)\s+(?!quarter)({_UNITS})\b(?=\s+(?:later|after|before|since|into|on\s+from)\b)", "DURATION", b_a_unit,
         (("He was arrested a week later.", "P1W"), ("A day after the vote, he resigned.", "P1D"),
          ("It happened an hour before dawn.", "PT1H"), ("It has been a year since the attack.", "P1Y"),
          ("A month into his term, he quit.", "P1M"))),
    Rule("bare_units", r"\b(?:for|over|in|within|just)\s+(?:just\s+|mere\s+)?(years|months|weeks|days|decades|hours|minutes)\b(?!\s+(?:ago|of|to|before|after|later|earlier))",
         "DURATION", b_bare_units, (("for years", "PXY"),)),
    Rule("same_day", r"\b(?:the\s+(same|following|next|previous)\s+day|(?:late|early|later|earlier)\s+in\s+the\s+day|(?:the\s+)?(?:start|end|rest|remainder|close|beginning)\s+of\s+the\s+day|(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|for|clos(?:ed|ing|es))\s+the\s+day)\b",
         "DATE", b_same_day, (("The same day, the bank cut rates.", "2009-11-05"), ("the following day", "2009-11-06"),
                              ("It fell on Oct. 3, 2008. The next day it rose.", "2008-10-04"),
                              ("The index ended the day lower.", "2009-11-05"), ("at the start of the day", "2009-11-05"))),
    Rule("unit_around", r"(?<!after\s)\bthe\s+(?-i:(day|night|evening|morning|afternoon|week|month|year)\s+"
                        r"(before|after))(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but)\b"
                        r"(?!\s+(?:the\s+\w+\s+)?(?:before|after)\b))", "DATE", b_unit_around,
         (("It fell on Oct. 3, 2008. He had sold the day before.", "2008-10-02"),
          ("It fell on Oct. 3, 2008. The week after, it rose.", "2008-W41"),
          ("He died on Oct. 3, 2008. The night before, he called.", "2008-10-02TNI"))),
    Rule("unit_before_last", r"\bthe\s+(?-i:(day|night|evening|morning|afternoon|week|weekend|month|year)\s+"
                             r"(before\s+(?:last|yesterday)|after\s+(?:next|tomorrow)))\b"
                             rf"(?!\s+(?:{_WD}|{_M}|week|weekend|month|year|night|time)\b)", "DATE", b_unit_before_last,
         (("He left the day before yesterday.", "2009-11-03"), ("Gunmen attacked the night before last.",
          "2009-11-03TNI"), ("Sales were higher the year before last.", "2007"),
          ("The vote is the week after next.", "2009-W47"))),
    Rule("in_the_unit", r"\b(?:late|early|later|earlier)\s+in\s+the\s+(week|month|year)\b", "DATE", b_in_the_unit,
         (("Talks stalled earlier in the week.", "2009-W45"), ("It will open later in the year.", "2009"))),
    Rule("weekend", r"\b(?:(this|last|next|the|over\s+the|during\s+the)\s+)weekend\b", "DATE", b_weekend,
         (("during the weekend", "2009-W44-WE"), ("Talks went on over the weekend.", "2009-W44-WE"))),
    Rule("season", r"\b(?:in|during|this|by|until|since|the)\s+(spring|summer|autumn|winter)\b|\b(?-i:(Spring|Summer|Autumn|Winter))\b(?!\s+of\b)"
         r"|\b(?:in|during|by|until|since|through)\s+the\s+(fall)\b(?!\s+(?:of|in)\b)",
         "DATE", b_season, (("in spring", "2009-SP"), ("prices fell in summer", "2009-SU"),
                            ("the Summer Olympics opened in summer", "2009-SU"), ("Prices rose in the fall.", "2009-FA"))),
    Rule("two_digit_year", r"\b(?:since|in|of|from|until|before|after|by)\s+['’](\d\d)\b(?!s)", "DATE", b_two_digit_year,
         (("the lowest level since '82", "1982"),)),
    Rule("range_first", rf"\b(\d+|{_NW})(?=\s+(?:and|to|or|-|–)\s+(?:\d+|{_NW})\s+({_UNITS})\b)", "DURATION",
         b_range_first, (("between 60 and 90 days", "P60D"),)),
    Rule("and_a_half", rf"\b(?:({_NW}|\d+|an?)\s+({_UNITS})\s+and\s+a\s+half|({_NW}|\d+)(?:\s+and\s+a\s+half\s+|-and-a-half[\s-]+)({_UNITS})|half\s+an?\s+({_UNITS})|(\d+)(?:[\s-]+1/2|½)[\s-]+({_UNITS}))\b",
         "DURATION", b_and_a_half, (("two and a half years", "P2Y6M"), ("a year and a half", "P1Y6M"),
                                    ("half an hour", "PT30M"), ("half a century", "P50Y"),
                                    ("in camps for 2 1/2 years", "P2Y6M"), ("one and a half hours", "PT1H30M"),
                                    ("a day and a half", "P1DT12H"), ("half a week", "P0.5W"),
                                    ("a 1-1/2 year term", "P1Y6M"), ("five-and-a-half years in charge", "P5Y6M"))),
    Rule("quarter_of_unit", r"\b(an?|one|three)\s+quarters?\s+of\s+an?\s+(hour|century)\b", "DURATION", b_quarter_of_unit,
         (("a quarter of an hour", "PT15M"), ("three quarters of a century", "P75Y"))),
    Rule("term", r"\b(?:in|for|over)\s+the\s+(?:near|short|long|medium)\s+term\b|\bfor the time being\b", "DATE", b_term,
         (("weak in the near term", "FUTURE_REF"), ("for the time being", "PRESENT_REF"))),
    Rule("future", r"\b(in the (?:near |distant )?future|in (?:the )?(?:coming|next few) (?:days|weeks|months|years)|as soon as possible)\b(?!-)",
         "DATE", b_future, (("It will change in the future.", "FUTURE_REF"), ("to sell it as soon as possible", "FUTURE_REF"))),
    Rule("year_end", r"\b(?:the\s+)?(?:year['’]s|year-?)\s*end\b", "DATE", b_year_end,
         (("in place by year's end", "2009"), ("expected to close around year end", "2009"))),
    Rule("past", rf"\b(recently|lately|in the past(?!\s+(?:few|several|\d|{_NW}|{_UNITS}|weekend))|once upon a time|in recent (?:days|weeks|months|years|quarters)|recent|(?<=of )the past(?!\s+(?:few|several|\d|{_NW}|{_UNITS})))\b",
         "DATE", b_past, (("It recently rose.", "PAST_REF"), ("in recent years", "PAST_REF"),
                          ("as in the past, prices fell", "PAST_REF"))),
    Rule("previously", r"(?<!\ba\s)(?<!\bthe\s)(?<!\bas\s)\b(previously)\b(?=\s+(?:reported|told|said|stated|warned|estimated|claimed)\b)",
         "DATE", b_past, (("Officials had previously reported it.", "PAST_REF"), ("He previously told the BBC.", "PAST_REF"))),
    Rule("present", r"\b(now|currently|at present|presently|nowadays|at the moment|these days|right now|(?<=the )current)\b(?!-)",
         "DATE", b_present, (("The office is now closed.", "PRESENT_REF"), ("Disney Plus Is Now Live", "PRESENT_REF"), ("Prices rose. Now the firm is cutting jobs.", "PRESENT_REF"))),
    Rule("holiday", rf"\b({_HOLIDAY_RX})(?!\w)",
         "DATE", b_holiday, (("on Christmas Day", "2009-12-25"), ("They met on Independence Day.", "2009-07-04"), ("on Thanksgiving Day", "2009-11-26"),
                             ("at Easter", "2009-04-12"), ("on Good Friday", "2009-04-10"), ("on St. Patrick’s Day", "2009-03-17"),
                             ("after Memorial Day", "2009-05-25"), ("They voted on Election Day.", "2009-11-03"),
                             ("over Labor Day weekend", "2009-09-07"))),
    Rule("holiday_week", rf"\b({_HOLIDAY_RX})\s+week\b", "DATE", b_holiday_week,
         (("Travel peaks in Thanksgiving week.", "2009-W48"),)),
    Rule("that_unit", r"\b(?:(?:later|earlier)\s+)?(?:that|that\s+same|the\s+same)\s+(day|morning|afternoon|evening|night|week|month|quarter)\b(?!\s+(?:of|when|that|in|before|after)\b)",
         "DATE", b_that_unit, (("They met on March 3. Later that day, talks ended.", "2009-03-03"),
                               ("It fell in the third quarter of 2008, and profit rose that quarter.", "2008-Q3"),
                               ("She left on Oct. 3. Later that night, he called.", "2009-10-03TNI"),
                               ("He left on Oct. 3 and was found that same day.", "2009-10-03"))),
    Rule("following_unit", r"\bthe\s+(following|previous|preceding|prior)\s+(week|month|quarter|year)\b", "DATE",
         b_following_unit, (("It opened in March 2008. The following month, it closed.", "2008-04"),
                            ("in 1995 and the following year", "1996"), ("Sales rose in 1995 from the prior year.", "1994"))),
    Rule("that_year", r"\b(?:later\s+|earlier\s+)?(?:that|the\s+same)\s+year\b", "DATE", b_that_year,
         (("in June 1998 and later that year", "1998"),)),
    Rule("the_year", r"\b(?:for|in|of|through|during|throughout)\s+the\s+(?:fiscal\s+)?year\b(?!\s+(?:ago|earlier|before|ended|ending|to|of(?!\s+(?:[$€£]|\d))|when|in|after|\d))",
         "DATE", b_the_year, (("a high for the year", "2009"), ("a low for the year of $3.50", "2009"))),
    Rule("year_ended", r"\bthe\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\s)", "DURATION", b_year_ended,
         (("net income for the year ended Aug. 31", "P1Y"),)),
    Rule("year_ago", r"\b(?:the\s+)?year[- ](?:ago|earlier)\b(?!\s+(?:quarter|period))", "DATE", b_year_ago,
         (("the year-ago results", "2008"),)),
]

# Leading words left out of the span (kept for the reading): prepositions
LEADING = re.compile(r"^(?:in|on|at|to|and|between|into|as\s+of|since|by|until|till|from|during|of|before|after|through|throughout|for|over|within|than|towards?|around|barely|only|just|long\s+as|once|past|about|nearly|almost)\s+", re.I)
# ...except a hedge before a count, which TIMEX3 spans keep ("nearly four years ago", "over a year")
KEEP_HEDGE = re.compile(rf"^{_HEDGE}\s+(?:\d|{_NW}\b|an?\b)", re.I)
#: "the October-December quarter": two months, the second in the first's year or the next; the year a word or two
#: on, when written, is theirs ("the October-December quarter of 2011"); not before a day ("Dec-Jan. 5"), nor after
#: "last", "next" or "this" (the month rule reads those)
MONTH_PAIR = re.compile(rf"(?<!last )(?<!next )(?<!this )(?-i:\b([A-Z][a-z]+\.?)\s*[-–]\s*([A-Z][a-z]+\.?))"
                        rf"(?!\.?\s*,?\s*\d)(?:(?:\s+[a-z]+){{0,2}}\s+(?:of\s+|in\s+)?({_Y})\b)?", re.I)
RANGE = re.compile(rf"\b(?:from\s+)?({_M})\s*(?:to|-|–|until|through|and)\s*({_M})\s+({_Y})\b", re.I)
#: "2014-2020", "the 2008-09 crisis": two years, each its own expression (a range gives two); not an amount
#: ("$2010-2015") and the second year later than the first, at most 50 years on.
YEAR_RANGE = re.compile(rf"(?<![$£€\d.,-])\b({_Y})\s*[-–]\s*(\d{{4}}|\d{{2}})\b(?![-–.,]?\d)", re.I)
#: What may follow the second day of a range: punctuation, a year, or a word that opens a new phrase
#: ("March 3 and 15 people died" is no range).
_AFTER_RANGE = r"(?=\s*(?:,(?!\d)|[.;:)\]]|$)|,?\s+(?:" + _Y + r"\b|(?:in|at|on|when|as|for|with|and|but|while|after|before|to)\b))"
#: A range of days in one month: "March 3-5", "March 3 to 5, 2024" (groups: month, day, day, year) and
#: "3-5 March", "between 3 and 5 March 2024" (groups: day, day, month, year). Each gives two days.
DAY_RANGE_MD = re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*(\d{{1,2}})"
                          rf"(?:st|nd|rd|th)?(?:\s*,?\s+({_Y}))?\b{_AFTER_RANGE}", re.I)
DAY_RANGE_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*(\d{{1,2}})(?:st|nd|rd|th)?"
                          rf"\s+(?:of\s+)?({_M})(?:,?\s+({_Y}))?\b", re.I)
#: Scheduling verbs in the plain present, third person: "talks resume", "the show airs" (a future cue, ``FUTURE``).
SCHEDULED = (r"begins|starts|opens|reopens|resumes|ends|closes|concludes|finishes|kicks\s+off|airs|meets|convenes|"
             r"arrives|departs|travels|expires")
FUTURE = re.compile(rf"\b(?:will|would|shall|going to|plans?\s+to|planned|scheduled|slated|expects?\s+to|expected\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|set\s+to|(?:is|are|was|were|be)\s+due\s+to(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)|(?:is|are|be)\s+due\b(?!\s+to\b)|upcoming|to\s+be|until|till|set\s+for|(?:postponed|delayed|moved|pushed\s+back|put\s+off|adjourned|rescheduled|extended|remanded(?:\s+in\s+custody)?|bailed)\s+(?:until|till|to)|(?-i:might|may|should)(?!\s+(?:not\s+)?have\b)|as\s+(?:soon|early)\s+as|(?:if|unless|suppose|supposing)\s+(?:[\w'’-]+\s+){{0,6}}?were\s+to\s+(?!have\b|blame\b)(?=[a-z])|(?-i:{SCHEDULED}|takes\s+effect|(?:is|are)\s+expected|goes\s+on\s+trial|stands\s+trial|(?:comes?|goes?)\s+into\s+(?:force|effect)|(?:is|are)\s+forecast|[Ff]orecasters?\s+(?:expect|predict|forecast)s?))\b|'ll\b", re.I)
#: Irregular past forms common in news that no present form shares ("hit", "put", "set", "cut" do).
IRREGULAR_PAST = ("rose|fell|came|went|took|made|began|saw|met|left|sank|struck|won|caught|held|led|lost|found|gave|"
                  "got|brought|bought|sold|paid|kept|fought|ran|spoke|wrote|broke|stood|thought|sent|spent|built|"
                  "fled|flew|drove|threw|stole|grew|chose|became|felt|heard|knew|drew|forgot|hid|sought|taught|"
                  "swore|tore|wore|woke|shook|agreed|freed|fed|bled|sped|slept|swept|wept|shot|"
                  "learnt|spelt|burnt|dreamt|leapt|knelt|spoilt|spilt|smelt|dwelt")
#: Verbs whose past is their present ("hit", "quit"), read as past after a subject and before an object or
#: particle ("The storm hit the coast in February", "He quit the team on Feb. 8", "Lohan hit a truck"): never
#: after a modal, an auxiliary, "to", a determiner or a possessive ("could hit", "to hit", "a hit", "the
#: budget cut"; the short words whole: "Lohan hit", "Toyota shut"), nor after a plural pronoun or a plural-looking
#: word ("they hit", "Schools shut their doors on June 14": a habit or a plan may be told in the present), "and"/"or",
#: or a noun "hit" before a title ("Broadway hit Wicked returns"). Limits: a plural subject in the past ("Layoffs hit
#: 500 workers in June") and a surname in -s ("Serena Williams beat") give no past cue.
SAME_FORM_VERBS = "hit|quit|cut|shut|hurt|upset|split|beat"
SAME_FORM_PAST = re.compile(
    r"(?<!\b[Tt]o\s)(?<![Ww]ill\s)(?<!would\s)(?<!could\s)(?<!\b[Cc]an\s)(?<!must\s)(?<!\bmay\s)(?<!might\s)"
    r"(?<!should\s)(?<!shall\s)(?<!\b[Dd]o\s)(?<!\b[Dd]oes\s)(?<!\b[Dd]id\s)(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)"
    r"(?<!['’]ll\s)(?<!\b[Ll]et\s)(?<!\b[Ll]ets\s)(?<!\b[Hh]elp\s)(?<!\b[Mm]ake\s)(?<!\b[Ss]ee\s)(?<!\b[Ww]atch\s)"
    r"(?<!\b[Tt]hey\s)(?<!\b[Ww]e\s)(?<!\b[Yy]ou\s)(?<!\bI\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)(?<!\b[Hh]is\s)"
    r"(?<!\b[Hh]er\s)(?<!\b[Ii]ts\s)(?<!\b[Tt]heir\s)(?<!\b[Oo]ur\s)(?<!\b[Mm]y\s)(?<!\b[Yy]our\s)(?<!\b[Tt]his\s)"
    r"(?<!\b[Tt]hat\s)(?<!['’]s\s)(?<!\b[Bb]e\s)(?<!\b[Bb]een\s)(?<!\b[Ii]s\s)(?<!\b[Aa]re\s)(?<!\b[Ww]as\s)(?<!\b[Ww]ere\s)"
    r"(?<!\bget\s)(?<!\bgets\s)(?<!\bgot\s)(?<!\bgetting\s)(?<!\band\s)(?<!\bor\s)"
    # a plural subject may be in the present ("Schools shut their doors on June 14", "Lawmakers hit the trail in
    # August"); not "Congress", "virus", "crisis"
    r"(?<![a-z][a-hj-rtv-z]s\s)"
    # "hit" a noun before a title ("Broadway hit Wicked returns in July", "smash hit Mamma Mia")
    r"(?<![Ss]mash\s)(?<![Cc]ult\s)(?<![Ss]urprise\s)(?<![Ss]leeper\s)(?<![Bb]reakout\s)(?<![Rr]unaway\s)"
    r"(?<![Cc]hart\s)(?<!office\s)(?<!Broadway\s)(?<!Netflix\s)(?<![Bb]iggest\s)"
    rf"(?<=[a-z]\s)\b(?:{SAME_FORM_VERBS})"
    r"(?=\s+(?:the|a|an|his|her|its|their|him|them|it|back|out|off|down|up|[A-Z]\w*|\$?\d+)\b)")
#: Before a same-form verb, what keeps it in the present: a condition or a time to come ("If the Heat beat the Spurs
#: on Thursday", "When the Giants hit the road in August, they will"), a modal or "to" with an adverb ("could
#: soon hit", "to quickly cut").
SAME_FORM_PRESENT_BEFORE = re.compile(
    r"(?:\b(?:if|unless|once|whenever|when|until|till)\s+(?:[\w'’-]+\s+){1,5}|\b(?:to|will|would|could|can|cannot|"
    r"must|may|might|should|shall)\s+(?:\w+ly|soon|still|also|even|further|then|now|just|again|first|never)\s+)$", re.I)
PAST = re.compile(rf"\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|told|{IRREGULAR_PAST}|[a-z]+[^e\W]ed)\b|{SAME_FORM_PAST.pattern}")
