"""When: time expressions (TIMEX3) of one text, resolved against its publication date.

``extract_timexes(text, reference_date)`` runs the rule table of :mod:`.timex_rules` (regular
expressions in the spirit of HeidelTime) and returns (start, end, text, type, value, earliest,
latest, resolved, rule):

- ``type`` DATE, TIME, DURATION or SET; ``value`` in TIMEX3 form: ``2024-10``, ``2024``,
  ``2025-04-28``, ``2025-W17``, ``2024-SU``, ``2024-Q1``, ``2024-H2``, ``199`` (the 1990s), ``P3M``,
  ``PXD``, ``PT2H``, ``PT10M``, ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``, ``2025-04-28TMO``;
- ``earliest``/``latest`` is the interval a DATE or TIME covers (NaT when unknown); ``rule`` names
  the rule of the table that produced the expression;
- the steps are apart: each rule reads its match into a :class:`~.timex_rules.Reading` (no
  calendar), then :func:`resolve` places the reading against ``reference_date``: a month, a
  weekday, a day or a holiday without a year is the latest one up to the reference date, the next
  one in the future tense ("will", "would", "expects to", "until"); a month, day or holiday in a
  clause with no tense is the nearer of the two, the past one counting double (a day: four times
  in the past tense);
- durations keep their unit ("10 minutes earlier" is ``PT10M``, never a month);
- with no reference date, the date of the text's dateline stands in for it (:func:`dateline`: a full
  date between the headline and the body, "... first flight April 27 , 2005 The A380 ..."), as TIMEX3
  takes the dateline for the creation time; with neither, relative values keep ``X`` placeholders
  (``XXXX-10``) and ``resolved`` is False.

A weekday in the possessive ("get around Wednesday's ruling") takes its tense from the words after
it only; a scheduling verb in the plain present right before a day ("the ministers meet Monday")
is future; "the day before/after <a day>" is one expression a day from it.

A time of day with no day next to it ("at 10 p.m.") takes the nearest day named in its sentence
("Tuesday ... at 10:30 a.m."), else the reference day. "a year ago/earlier" after a quarter in a
results report is that quarter a year back, and so is "last year" set against an amount ("compared
with a loss of $3 million last year"); after a period of months ("for the nine months") it is the year.

Spans follow TIMEX3 practice: prepositions and "since" are left out ("since [October]"), a hedge
before a count is kept ("[nearly four years ago]", "[more than two hours]"), as are "earlier",
"later", "early", "late" ("[earlier this month]", "[early next year]"); "the" before a hyphenated
modifier is left out ("the [third-quarter] results").

Anaphoric expressions ("the same day", "the next morning", "later that day", "that quarter", "the
following month", "the quarter" in a results report) take the period the text last named, in
HeidelTime's manner: the start of the last expression giving a day (also for weeks and months), a
week, a month or a quarter; a day after a month but no day ("in November 1997 ... that night") is a day
of that month, its day unknown (``1997-11-XXTNI``); with none before them, the reference date. "that year" is the last year
written before it. A day or week named more than ``DAY_REACH`` (1,000) characters back anchors nothing: the
story has moved to a day it does not name, and "that night" stays unresolved (``XXXX-XX-XXTNI``).

Limits: English only; "at that time" is PRESENT_REF-like and not anchored; the last named period is
taken even when the story jumps back to it from another thread; ages ("a 6-year-old", "in his 30s")
are not time expressions; a range gives two expressions; the tense is read from the 80 characters
before the expression, in the same sentence (a sentence ends at ". " or "; ", not after an
abbreviation or an initial, never inside a number); "N days later/earlier" is a duration, not anchored to the
event it follows; a capitalised unit ("60 Minutes") is taken for a title; "previously" counts
only before a report verb ("had previously reported").
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

import pandas as pd

from .sentences import ABBREVIATIONS, NUMBER_ABBREVIATIONS
from .timex_rules import (DAY_RANGE_DM, DAY_RANGE_MD, FUTURE, HOLIDAYS, IRREGULAR_PAST, KEEP_HEDGE, LEADING, MONTHS,
                          NUMS, PAST, POSSESSIVE, MONTH_PAIR, RANGE, RULES, SAME_FORM_PRESENT_BEFORE, SAME_FORM_VERBS, SCHEDULED, SEASONS,
                          YEAR_RANGE, Reading, Rule, _COUNTED, _HEDGE, _year, month_of)
from .timex_rules import _day as _day_of_month, weekend_days

TIMEX_COLUMNS = ["start", "end", "text", "type", "value", "earliest", "latest", "resolved", "rule"]
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_UNRESOLVED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX",
               "DE": "XXX", "CE": "XX"}
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|will|would|to)\s+$", re.I)  # "will be finalized": no past
_PAST_NEXT_TO = re.compile(r"\b(?:[a-z]+[^e\W]ed|said|told|met|was|were)\s+(?:on\s+|at\s+|late\s+|early\s+)?$")
# a scheduling verb in the plain present right before the day ("the leaders meet separately Monday",
# "talks resume on Tuesday", "polls close at 8 p.m. Tuesday"): the future; not after an auxiliary, "to" or a
# negation ("did not meet Monday"), a form of "be" ("was open Monday") or a determiner ("a fresh start Monday")
#: No auxiliary, "to" or negation right before a plain-present verb: the verb is not the clause's own tense.
_NO_AUX_BEFORE = (r"(?<!\bdid\s)(?<!\bdo\s)(?<!\bnot\s)(?<!n't\s)(?<!\bto\s)(?<!\bwould\s)(?<!\bcould\s)"
                  r"(?<!\bshould\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmust\s)")
_FUTURE_NEXT_TO = re.compile(_NO_AUX_BEFORE +
                             r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bstayed\s)"
                             r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
                             r"\b(?:begin|start|open|resume|end|close|conclude|finish|meet|convene|arrive|depart|travel|expire|reopen)\s+"
                             r"(?:\w+ly\s+)?(?:on\s+|at\s+)?$")
#: "is" or "are" right before a weekday, or before "on" and it: what the subject is set for ("The vote is on
#: Friday", "The deadline is Friday"); a past or finished time would take "was". Not after "it", "that", "what",
#: "this" or "today" ("It is Friday that matters", "Today is Friday": the day itself, however far the reference
#: date lags), nor in a question ("When is the vote?" has no time after it). Weekdays only (``_tense_of``): a
#: month or a date already gone is no coming one ("The cut-off is March 1, so late forms were rejected").
_COPULA_NEXT_TO = re.compile(r"(?<!\bit\s)(?<!\bIt\s)(?<!\bthat\s)(?<!\bwhat\s)(?<!\bthis\s)(?<!\bThis\s)"
                             r"(?<!\btoday\s)(?<!\bToday\s)(?<!\btonight\s)(?<!\bTonight\s)"
                             r"\b(?:is|are)\s+(?:on\s+)?$")
#: A fixture in the plain present right before its day, or with "the" and the other side between ("The Gophers
#: play Saturday", "Thunder: Host the Lakers on Friday"): the future, as the scheduling verbs of
#: ``_FUTURE_NEXT_TO`` (the same auxiliaries, "to", determiners and object pronouns keep it out). A name
#: without "the" is left out: "Daily host Alex Marlow on Thursday" is a noun; "Arsenal face Chelsea on Sunday"
#: is missed.
_FIXTURE_NEXT_TO = re.compile(_NO_AUX_BEFORE + r"(?<!\bthe\s)(?<!\ba\s)"
                              r"(?<!\bthem\s)(?<!\bhim\s)(?<!\bher\s)(?<!\bus\s)(?<!\bme\s)(?<!\byou\s)"  # "watched them play"
                              r"(?<!['’]s\s)(?<!s['’]\s)(?<!\bhis\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bmy\s)"
                              r"(?<!\byour\s)(?<![\d]\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\bsix\s)"
                              r"(?<!\bfew\s)(?<!\bmany\s)(?<!\bseveral\s)"  # nouns: "his play Saturday", "ran 64 plays"
                              r"\b(?i:play|plays|host|hosts|visit|visits|face|faces)\s+"
                              r"(?:the\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}\s+)?(?:on\s+|at\s+)?$")
#: A verb of seeing, hearing or letting before the fixture verb: its bare infinitive ("watched the Vikings play
#: Sunday", "let his freshmen play Saturday"), no fixture.
_BARE_INFINITIVE_BEFORE = re.compile(r"\b(?:let|lets|letting|watch|watched|watching|see|saw|seeing|seen|hear|heard|"
                                     r"help|helped|make|made)\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
_HEDGE_BEFORE = re.compile(rf"\b{_HEDGE}\s+$", re.I)
_BARE_UNIT = re.compile(r"(?:day|week|weekend|month|quarter|year|decade|century)", re.I)  # "[past year]" keeps "past"

__all__ = ["extract_timexes", "resolve", "dateline", "granularity", "RULES", "Rule", "Reading", "TIMEX_COLUMNS", "SEASONS"]


# ------------------------------------------------------------------------------ calendar arithmetic
def _month_interval(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _week_interval(d: dt.date):
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def _easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(y, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _holiday_date(name: str, y: int) -> dt.date | None:
    """The date of a holiday of :data:`~.timex_rules.HOLIDAYS` in year ``y``."""
    spec = HOLIDAYS.get(name)
    if spec is None:
        return None
    if spec[0] == "easter":
        return _easter(y) + dt.timedelta(days=spec[1])
    if spec[0] == "nth":
        _, month, weekday, n, after = spec
        if n > 0:
            return _nth_weekday(y, month, weekday, n) + dt.timedelta(days=after)
        last = dt.date(y, month, calendar.monthrange(y, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7) + dt.timedelta(days=after)
    return dt.date(y, *spec)


def _day(d: dt.date):
    return ("DATE", d.isoformat(), d, d, True)


#: How far ahead a date without a year told in the past tense may lie (a coming deadline: "payable Dec. 7", said
#: in late October); further ahead, it is the one before. Dev (TimeBank/AQUAINT tune half): such dates lie 1-41 days ahead.
PAST_TENSE_AHEAD_DAYS = 61


def _pick(cands: list[dt.date], ref: dt.date, tense: str | None) -> dt.date | None:
    """A date without a year: the next one in the future tense, the latest one in the past tense (the next one
    when it is four times nearer and at most ``PAST_TENSE_AHEAD_DAYS`` ahead: a coming deadline told in the
    past tense; never for ``tense`` "done", a finished event: "was killed on June 24"), else the nearer one with
    the past counting double (news dates without a year are close to publication). Limits: with no tense read, a past day of a story told long after ("the weekend of
    January 10", told in November) is read as the coming January."""
    cands = sorted(c for c in cands if c is not None)
    after = [c for c in cands if c >= ref]
    before = [c for c in cands if c <= ref]
    if tense == "future":
        return after[0] if after else None
    if tense == "done":  # a finished event ("was killed on June 24"): the latest one, never a coming one
        return before[-1] if before else None
    if tense == "past":  # the past one, unless the next one is four times nearer ("extended to Nov. 20") and
        # within two months: "On the weekend of January 10, he was heard", told in November, is last January
        if before and after and (after[0] - ref).days * 4 < (ref - before[-1]).days \
                and (after[0] - ref).days <= PAST_TENSE_AHEAD_DAYS:
            return after[0]
        return before[-1] if before else (after[0] if after else None)
    if not before:
        return after[0] if after else None
    if not after:
        return before[-1]
    return after[0] if (after[0] - ref).days * 2 < (ref - before[-1]).days else before[-1]


def _dates_of(ref: dt.date, make) -> list[dt.date]:
    out = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            out.append(make(y))
        except ValueError:  # 29 February outside a leap year
            continue
    return out


# ------------------------------------------------------------------------------ resolution
def resolve(reading: Reading, ref: dt.date | None, tense: str | None = None):
    """Place a reading on the calendar: (type, value, earliest, latest, resolved).

    ``tense`` is "future", "past" or None (read from the clause by :func:`extract_timexes`)."""
    res = _resolve(reading, ref, tense)
    if res is None or reading.mod is None:
        return res
    return _part_of(reading.mod, res)


def _resolve(r: Reading, ref, tense):
    a = r.args
    if r.anchor == "abs":
        return (r.type, a[0], a[1], a[2], True)
    if ref is None:
        return _unresolved(r)
    handler = _ANCHORS[r.anchor]
    return handler(r, ref, tense)


def _unresolved(r: Reading):
    a = r.args
    if r.anchor == "shift":
        return (r.type, _UNRESOLVED.get(a[0], "XXXX"), None, None, False)
    if r.anchor in ("month", "month_year", "month_pair"):
        return ("DATE", f"XXXX-{a[0]:02d}", None, None, False)
    if r.anchor == "monthday":
        return ("DATE", f"XXXX-{a[0]:02d}-{a[1]:02d}", None, None, False)
    if r.anchor == "season":
        return ("DATE", f"{a[1]}-{a[0]}" if isinstance(a[1], int) else f"XXXX-{a[0]}", None, None, isinstance(a[1], int))
    if r.anchor == "quarter":
        return ("DATE", f"XXXX-Q{a[0]}", None, None, False)
    if r.anchor == "half":
        return ("DATE", f"XXXX-H{a[0]}", None, None, False)
    if r.anchor == "clock":
        hh, mm, zone = a[:3]
        return ("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}{'Z' if zone else ''}", None, None, False)
    if r.anchor == "part":
        return ("TIME", f"XXXX-XX-XXT{a[0]}", None, None, False)
    if r.anchor == "weekend":
        return ("DATE", "XXXX-WXX-WE", None, None, False)
    if r.anchor == "slash":  # no reference date: month first, a two-digit year of this century
        day = _safe_date(a[2] + 2000 if a[2] < 100 else a[2], a[0], a[1])
        return _day(day) if day else None
    if r.anchor == "attacks":
        return _day(_ATTACKS)
    if r.anchor == "week_of":
        return ("DATE", "XXXX-WXX", None, None, False)
    if r.anchor == "habit":
        return ("SET", f"XXXX-WXX-{a[0] + 1}", None, None, True)
    return ("DATE", "XXXX-XX-XX" if r.anchor in ("weekday", "holiday") else "XXXX", None, None, False)


def _r_shift(r, ref, tense):
    unit, k = r.args
    if unit == "D":
        return _day(ref + dt.timedelta(days=k))
    if unit == "WE" and k == 0 and tense == "past" and ref.weekday() < 5:
        k = -1  # "told them this weekend", written on a weekday: the weekend just past
    if unit in ("W", "WE"):
        d = ref + dt.timedelta(weeks=k)
        a, b = _week_interval(d)
        if unit == "WE":
            return ("DATE", _week_value(d) + "-WE", a + dt.timedelta(days=5), b, True)
        return ("DATE", _week_value(d), a, b, True)
    if unit == "M":
        y, m = _shift_months(ref, k)
        return ("DATE", f"{y}-{m:02d}", *_month_interval(y, m), True)
    if unit == "Q":
        q0 = (ref.month - 1) // 3 + k
        y, q = ref.year + q0 // 4, q0 % 4 + 1
        return ("DATE", f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_interval(y, 3 * q)[1], True)
    if unit == "Y":
        y = ref.year + k
        return ("DATE", str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), True)
    if unit == "DE":
        y = ref.year + 10 * k
        return ("DATE", str(y // 10), dt.date(y // 10 * 10, 1, 1), dt.date(y // 10 * 10 + 9, 12, 31), True)
    if unit == "CE":  # "a century ago": the century holding that year ("19" for 1913)
        c = (ref.year + 100 * k) // 100
        return ("DATE", f"{c:02d}", dt.date(max(1, c * 100), 1, 1), dt.date(c * 100 + 99, 12, 31), True)
    return ("DATE", "PRESENT_REF", None, None, True)


def _r_month(r, ref, tense):
    month, rel = r.args
    y = _year_of_month(month, rel, ref, tense)
    return ("DATE", f"{y}-{month:02d}", *_month_interval(y, month), True)


def _year_of_month(month: int, rel: str | None, ref: dt.date, tense: str | None) -> int:
    """The year of a month named without one, by the word before it (``rel``) or else by tense."""
    if rel in ("next", "ahead") or (rel is None and tense == "future"):  # "ahead": a contract's month
        return ref.year if month >= ref.month and rel != "next" else (ref.year if month > ref.month else ref.year + 1)
    if rel == "this":
        return ref.year
    if rel == "last":
        return ref.year if month < ref.month else ref.year - 1
    if tense is None:  # no tense: the nearer one, the past counting double (as for days)
        return _pick([dt.date(yr, month, 15) for yr in (ref.year - 1, ref.year, ref.year + 1)],
                     dt.date(ref.year, ref.month, 15), None).year
    return ref.year if month <= ref.month else ref.year - 1  # past: the latest such month not after the reference


def _r_month_pair(r, ref, tense):
    """The second month of a pair written without a year ("the November-January period"): in the year of the
    first, placed as a month alone is, or in the next year when it comes before the first in the calendar."""
    month, first = r.args
    y = _year_of_month(first, None, ref, tense) + (month < first)
    return ("DATE", f"{y}-{month:02d}", *_month_interval(y, month), True)


def _r_month_year(r, ref, tense):
    month, k = r.args  # "October of next year": the year is written relative to the reference date
    y = ref.year + k
    return ("DATE", f"{y}-{month:02d}", *_month_interval(y, month), True)


def _r_monthday_year(r, ref, tense):
    month, day, k = r.args  # "June 16th of last year": the year is written relative to the reference date
    try:
        d = dt.date(ref.year + k, month, day)
    except ValueError:
        return None
    return _day(d)


def _r_week_of(r, ref, tense):
    base = _resolve(r.args[0], ref, tense)
    if base is None or base[2] is None:
        return None
    a, b = _week_interval(base[2])
    return ("DATE", _week_value(base[2]), a, b, True)


def _r_monthday(r, ref, tense):
    month, day, weekday = r.args
    cands = _dates_of(ref, lambda y: dt.date(y, month, day))
    if weekday is not None and any(c.weekday() in weekday for c in cands):
        cands = [c for c in cands if c.weekday() in weekday]  # "Friday February 13": the year it is a Friday
    d = _pick(cands, ref, tense)
    return _day(d) if d else None


def _r_holiday(r, ref, tense):
    d = _pick([_holiday_date(r.args[0], y) for y in (ref.year - 1, ref.year, ref.year + 1)], ref, tense)
    return _day(d) if d else None


def _r_weekday(r, ref, tense):
    wd, rel = r.args
    if rel == "next" or rel in ("until", "till") or (rel not in ("last",) and tense == "future"):
        d = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or (7 if rel == "next" else 0))
    else:
        d = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        if rel == "last" and d == ref:
            d -= dt.timedelta(days=7)
    return _day(d)


def _season(y: int, season: str):
    a_m, b_m = SEASON_MONTHS[season]
    end = _month_interval(y + (1 if b_m < a_m else 0), b_m)[1]
    return ("DATE", f"{y}-{season}", dt.date(y, a_m, 1), end, True)


def _r_attacks(r, ref, tense):
    """'the Sept. 11 attacks' (``timex_rules._attacks_day``): 2001-09-11, or, told before that day ("the Sept. 11
    attack on the embassy", told in 1998), the 11 September its tense places."""
    if ref >= _ATTACKS:
        return _day(_ATTACKS)
    return _r_monthday(Reading("DATE", "monthday", (9, 11, None)), ref, tense)


def _r_season(r, ref, tense):
    season, rel = r.args
    if isinstance(rel, int):
        return _season(rel, season)
    a_m, b_m = SEASON_MONTHS[season]
    this_y = ref.year - (1 if season == "WI" and ref.month <= b_m else 0)  # the one of the reference year
    _, _, start, end, _ = _season(this_y, season)
    if rel == "this":
        return _season(this_y, season)
    if rel == "next":
        return _season(this_y + 1 if start <= ref else this_y, season)
    if rel == "last":  # the latest one already over
        return _season(this_y if end < ref else this_y - 1, season)
    if start <= ref <= end:  # bare: the one we are in
        return _season(this_y, season)
    coming = this_y if start > ref else this_y + 1
    if tense == "future":
        return _season(coming, season)
    over = this_y if end < ref else this_y - 1
    if tense is None:  # no tense: the nearer one, the past counting double, as a month ("the Autumn schedule", in August)
        nxt, last = _season(coming, season), _season(over, season)
        if (nxt[2] - ref).days * 2 < (ref - last[3]).days:
            return nxt
        return last
    return _season(over, season)


def _r_quarter(r, ref, tense):
    q, rel = r.args
    if rel == "ago":  # "the year-ago third quarter": the latest such quarter begun, a year back
        y = (ref.year if dt.date(ref.year, 3 * q - 2, 1) <= ref else ref.year - 1) - 1
    elif rel in ("this", "last", "next"):
        y = ref.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif rel == "fiscal" and tense != "future":
        # a fiscal quarter told as done: the one just reported, named by the calendar year it ended in (results
        # come within two months), as TimeBank values "the fiscal first quarter" told on 1989-10-26: 1989-Q1
        y = (ref - dt.timedelta(days=60)).year
    else:
        y = _year_of_part(3, q, ref, tense)
    return ("DATE", f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_interval(y, 3 * q)[1], True)


def _year_of_part(months: int, i: int, ref: dt.date, tense: str | None) -> int:
    """The year of the ``i``-th part of ``months`` months of a year (a quarter, a half) named without one."""
    first, last = months * (i - 1) + 1, months * i
    if tense == "future":  # the next one not over more than 60 days (results come after the quarter)
        return next(yr for yr in (ref.year - 1, ref.year, ref.year + 1)
                    if _month_interval(yr, last)[1] >= ref - dt.timedelta(days=60))
    if tense == "past":  # the latest one already begun
        return ref.year if dt.date(ref.year, first, 1) <= ref else ref.year - 1
    mid = lambda yr: dt.date(yr, first + months // 2, 15 if months % 2 else 1)  # a quarter's: mid-February
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda yr: abs((mid(yr) - ref).days))  # the nearest


def _r_half(r, ref, tense):
    h, k = r.args  # k: the year relative to the reference date; None: placed by tense ("first-half profit")
    y = ref.year + k if k is not None else _year_of_part(6, h, ref, tense)
    return ("DATE", f"{y}-H{h}", dt.date(y, 6 * h - 5, 1), _month_interval(y, 6 * h)[1], True)


def _r_yy(r, ref, tense):
    y = _century(r.args[0], ref)
    return ("DATE", str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), True)


def _century(yy: int, ref: dt.date) -> int:
    """A two-digit year in the century that puts it no more than a year after the reference date ('99 -> 1999)."""
    if yy >= 100:
        return yy
    y = ref.year - ref.year % 100 + yy
    return y - 100 if y > ref.year + 1 else y


def _r_slash(r, ref, tense):
    mo, d, y, settled = r.args
    y = _century(y, ref)
    readings = [(y, mo, d)] + ([] if settled else [(y, d, mo)])
    days = [x for x in (_safe_date(*c) for c in readings) if x is not None]
    if not days:
        return None
    day = days[1] if len(days) == 2 and abs((days[1] - ref).days) <= 1 < abs((days[0] - ref).days) else days[0]
    return _day(day)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _r_clock(r, ref, tense):
    hh, mm, zone, days, day_reading = r.args[:5]  # and the seconds, when written ("6:07:15 PM")
    secs = f":{r.args[5]:02d}" if len(r.args) > 5 and r.args[5] is not None else ""
    day = ref
    if day_reading is not None:
        base = _resolve(day_reading, ref, tense)
        if base is not None and base[2] is not None:
            day = base[2]
    if hh == 24 and day_reading is None and tense == "past":
        day -= dt.timedelta(days=1)  # "the blast came shortly after midnight": the midnight just past
    day = day + dt.timedelta(days=days)
    return ("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}{secs}{'Z' if zone else ''}", day, day, True)


def _r_part(r, ref, tense):
    code, day_reading = r.args
    base = _resolve(day_reading, ref, tense)
    d = base[2]
    return ("TIME", f"{d.isoformat()}T{code}", d, d, True)


def _r_habit(r, ref, tense):
    """'Sunday congregations': every Sunday (SET), or, in the past tense, the Sunday it was ("marched after
    Friday prayers", "Sunday services were cancelled")."""
    if tense == "past":
        return _r_weekday(Reading("DATE", "weekday", (r.args[0], None)), ref, tense)
    return _unresolved(r)


def _r_weekend(r, ref, tense):
    rel = r.args[0]
    if rel is None:  # the weekend just past, or the coming one in the future tense
        rel = "this" if tense == "future" or ref.weekday() >= 5 else "last"
    return _r_shift(Reading("DATE", "shift", ("WE", {"last": -1, "this": 0, "next": 1}.get(rel, 0))), ref, tense)


def _r_that(r, ref, tense):
    return ("DATE", "XXXX", None, None, False)  # replaced by the last year written before it (see _anaphora)


_ANCHORS = {"attacks": _r_attacks, "shift": _r_shift, "month": _r_month, "month_pair": _r_month_pair, "monthday": _r_monthday, "holiday": _r_holiday,
            "weekday": _r_weekday, "season": _r_season, "quarter": _r_quarter, "half": _r_half, "yy": _r_yy,
            "clock": _r_clock, "part": _r_part, "weekend": _r_weekend, "that": _r_that,
            "month_year": _r_month_year, "monthday_year": _r_monthday_year, "week_of": _r_week_of,
            "slash": _r_slash, "habit": _r_habit}


def _part_of(mod: str, base: tuple):
    """The beginning/middle/end of a period: same value, a third of its interval."""
    typ, value, a, b, ok = base
    if a is None or b is None:
        return base
    span = (b - a).days + 1
    third = dt.timedelta(days=max(0, span // 3 - 1))
    if mod == "START":
        return (typ, value, a, a + third, ok)
    if mod == "END":
        return (typ, value, b - third, b, ok)
    mid = a + dt.timedelta(days=span // 3)
    return (typ, value, mid, mid + third, ok)


# ------------------------------------------------------------------------------ extraction
#: Words opening a new clause: a past verb after them is a verb of its own ("will be an agreement that the
#: nations reached in December"), not an adjective under the future cue before them.
_NEW_CLAUSE = re.compile(r"\b(?:that|which|who|whom|when|where|after|because|since)\b", re.I)


def _opening_until(window: str, m: re.Match) -> bool:
    return m.group(0).lower() in ("until", "till") and not window[:m.start()].strip(" \"'\u201c\u2018(")


#: "planned" or "scheduled" before a plural noun: a kind of thing ("four rounds of planned outages", "cancelled
#: scheduled flights"), no tense when a verb of the clause is past.
_KIND_OF = re.compile(r"(?<!\band\s)(?<!\bthen\s)(?<!\bahead\sof\s)(?<!\bbefore\s)"
                      r"(?:planned|scheduled)(?=\s+[a-z]+[^s\W]s\b(?!\s+(?:to|for|on)\b))", re.I)
#: Verbs of saying or announcing: what they tell of "planned outages" is still to come ("warned customers of
#: planned outages on Saturday", "confirmed planned strikes on Friday").
_SPEECH = re.compile(r"said|told|says|announced|warned|confirmed|unveiled|outlined|detailed|disclosed|revealed|"
                     r"notified|informed|reported|posted|published|released|issued|promised|vowed|threatened", re.I)


_SAME_FORM = frozenset(SAME_FORM_VERBS.split("|"))


def _same_form(m: re.Match) -> bool:
    """Whether a match of ``PAST`` is a verb whose past is its present ("hit", "quit")."""
    return m.group(0).lower() in _SAME_FORM


def _cues(window: str):
    """End offsets of future cues and past cues; after a future cue only a past auxiliary, a speech verb or
    a verb of a new clause counts as past ("will redeem preferred shares": "preferred" is no past). "Until"
    opening the clause is left to :func:`tense` ("Until that day in April, he had never been ..."). "planned"
    before a plural noun is no cue after a past verb other than one of saying ("initiated four rounds of
    planned outages in October"); "said the planned talks on Monday" keeps it."""
    past = [m for m in PAST.finditer(window) if not _PASSIVE.search(window, 0, m.start()) and not (
        _same_form(m) and SAME_FORM_PRESENT_BEFORE.search(window, max(0, m.start() - 60), m.start()))]
    fut = [m.end() for m in FUTURE.finditer(window) if not _opening_until(window, m) and not (
        (k := _KIND_OF.match(window, m.start())) is not None and k.end() == m.end()
        and any(p.end() <= m.start() and not _SPEECH.fullmatch(p.group(0)) for p in past))]
    past = [m.end() for m in past if not (fut and m.start() > fut[-1] and (m.group(0).endswith("ed") or _same_form(m))
                                          and m.group(0).lower() not in ("said", "had", "did")
                                          and not _NEW_CLAUSE.search(window, fut[-1], m.start()))]
    return fut, past


# a sentence (for tense: a clause) ends at . ! ? ; (then closing quotes) before a space, or at a line
# break; never inside a number ("$5.2 million") nor after an abbreviation or an initial ("Mr. Smith",
# "Inc. said", "J. Smith")
_STOP = re.compile(r"[.!?;][\"'\u2019\u201d)]*(?=\s)|\n")
_ABBREV = re.compile(r"(?:\b[A-Za-z]|\b(?:" + "|".join(sorted(
    {w.capitalize() for w in ABBREVIATIONS | NUMBER_ABBREVIATIONS} | {"vs", "etc", "Penn"}, key=len, reverse=True))
    + r"|a\.m|p\.m|U\.S|U\.N))$")  # the sentence splitter's list, capitalised: "Sun." is one, "the sun." is not


def _is_stop(text: str, m: re.Match) -> bool:
    return m.group(0) == "\n" or text[m.start()] != "." or not _ABBREV.search(text, max(0, m.start() - 8), m.start())


def _sentence_start(text: str, start: int, floor: int) -> int:
    """The start of the sentence holding ``start``, not before ``floor``."""
    s = floor
    for m in _STOP.finditer(text, floor, start):
        if _is_stop(text, m):
            s = m.end()
    return s


def _sentence_end(text: str, end: int, ceiling: int) -> int:
    """The end of the sentence holding ``end``, not after ``ceiling``."""
    for m in _STOP.finditer(text, end, min(ceiling, len(text))):
        if _is_stop(text, m):
            return m.start()
    return min(ceiling, len(text))


#: A relative clause or aside set off by commas ("…, where activists gathered last autumn, will debate"):
#: its verb is not the tense of the clause around it.
_ASIDE = re.compile(r",\s*(?:who|which|where|when|whose|whom)\b[^,]*,")


#: A comma before a participle or a conjunction: a new clause ("Thursday's fight on Monday, saying that Rudolph
#: should", "Saturday night's captures are 30fps, while the browser's seem to aim for 60").
_CLAUSE_BREAK = re.compile(r",\s+(?:saying|adding|noting|arguing|claiming|insisting|citing|calling)\b|"
                           r",\s+(?:while|whereas)\s+(?:the|a|an|his|her|its|their|this|that|these|those|we|they|he|"
                           r"she|it|I)\b", re.I)  # not ", when they will vote", ", after which", ", because of"


def _tense_after(text: str, end: int, clause: bool = False) -> str | None:
    """The first tense cue in the 150 characters after ``end``, same sentence ("in May they met"); with
    ``clause``, same clause (up to ``_CLAUSE_BREAK``)."""
    stop = _sentence_end(text, end, end + 150)
    if clause and (brk := _CLAUSE_BREAK.search(text, end, stop)):
        stop = brk.start()
    fut, past = _cues(_ASIDE.sub(" ", text[end:stop]))
    if not fut and not past:
        return None
    return "future" if (fut[0] if fut else 10 ** 6) < (past[0] if past else 10 ** 6) else "past"


#: A verb of saying right before an expression that opens the clause said ("said [that] this weekend would ...").
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|predicted|warned)\s+(?:that\s+)?$", re.I)
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:would|will|could|might|may|should|is|are|was|were|has|had)\b", re.I)


def tense(text: str, start: int, end: int | None = None, weekday: bool = False) -> str | None:
    """'future', 'past' or None: the last tense cue in the 80 characters before ``start``, same
    sentence; with none there, the first in the rest of the sentence after ``end`` (150 characters at most).
    ``weekday``: the expression is a weekday, which "is"/"are" right before sets ahead (``_COPULA_NEXT_TO``)."""
    s = _sentence_start(text, start, max(0, start - 80))
    if (_SINCE_BEFORE.search(text, max(0, start - 30), start) or _SINCE_AT.match(text, start)) and not (
            end is not None and _VERB_NEXT.match(text, end)):  # not "Since Monday is a holiday, ..." (because)
        return "past"  # "has been losing money since May": what a span runs from has begun
    if end is not None and _SAID_BEFORE.search(text, s, start) and _CLAUSE_VERB_AFTER.match(text, end):
        return _tense_after(text, end)  # the subject of what was said: "They said this weekend would be busy"
    if _PAST_NEXT_TO.search(text, s, start) and not _PASSIVE.search(text, s, _PAST_NEXT_TO.search(text, s, start).start()):
        return "past"  # the verb right before it rules ("would appeal the decision, announced Wednesday")
    if _FUTURE_NEXT_TO.search(text, s, start) or _fixture(text, s, start, end) or (
            weekday and _COPULA_NEXT_TO.search(text, s, start)):
        return "future"
    fut, past = _cues(text[s:start])
    if not fut and not past:
        after = None if end is None else _tense_after(text, end)
        if after is None and any(_opening_until(text[s:start], m) for m in FUTURE.finditer(text[s:start])):
            return "future"  # "Until 9 a.m. Tuesday, roads stay shut"; "Until that day in April, he had ..." is past
        return after
    if past and (not fut or past[-1] > fut[-1]) and _PRESENT_RELATIVE.search(text, s + past[-1], start):
        return None  # "reported details of the tour that stops at Blossom on July 22": the clause's own tense
    return "future" if (fut[-1] if fut else -1) >= (past[-1] if past else -1) else "past"


def _fixture(text: str, s: int, start: int, end: int | None) -> bool:
    """Whether a fixture verb right before ``start`` ("The Gophers play Saturday") tells the day: not when a
    verb of the clause is past, before it (other than one of saying: "ran 64 plays Sunday", "watched the Bears
    play Sunday") or after it up to the end of its clause (``_FIXTURE_CLAUSE_END``: "his play Saturday earned
    him", "the CNN host on Tuesday apologized"), nor after a verb of seeing or letting ("let his freshmen play
    Saturday")."""
    m = _FIXTURE_NEXT_TO.search(text, s, start)
    if m is None or _BARE_INFINITIVE_BEFORE.search(text, s, m.start()):
        return False
    if any(not _SPEECH.fullmatch(p.group(0)) for p in PAST.finditer(text, s, m.start())):
        return False
    if end is None:
        return True
    stop = _sentence_end(text, end, end + 150)
    brk = _FIXTURE_CLAUSE_END.search(text, end, stop)
    return PAST.search(text, end, brk.start() if brk else stop) is None


#: The end of a fixture verb's clause: a comma, or a word opening another ("host the Lions on Thursday after
#: they lost to the Rams").
_FIXTURE_CLAUSE_END = re.compile(r"[,;(]|\b(?:after|before|because|since|when|while|who|which|that|but|and|as|"
                                 r"following|despite)\b", re.I)


#: A relative clause in the plain present after a noun ("the tour that stops", "a plant which makes"): its verb,
#: not the past verb before it, is the tense of what follows.
_PRESENT_RELATIVE = re.compile(r"(?<!ed\s)(?<!\bsaid\s)(?<!\btold\s)(?<!\bknew\s)(?<!\bthought\s)(?<!\bso\s)(?<!,\s)"
                               rf"\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:{SCHEDULED}|stops|premieres|debuts|launches|returns|visits|"
                               r"hosts|plays|takes\s+place|heads|tours|lands)\b"
                               r"(?![^.;]*\b(?:was|were|had|did)\b)")  # a scheduled event, not "the firm that owns"


#: A finite verb right after a time: the time is a subject ("Since Monday is a holiday": "since" means because).
_VERB_NEXT = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|falls|marks)\b", re.I)
_SINCE_AT = re.compile(r"since\s", re.I)  # a span that takes its preposition in ("since 1997")
#: "since" right before a time, or before its edge ("since early May", "since the end of March").
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?$", re.I)
#: A possessive determiner right before a day: the day is a modifier ("her Sunday morning health crisis").
_OWNER_BEFORE = re.compile(r"\b(?:her|his|their|its|our|my|your)\s+$", re.I)


#: A weekday, with its part of day, then "and" or "or" right before another ("The talks are on Thursday and
#: Friday", "Monday or Tuesday night"): the second is told in the tense of the first.
_DAY_AND_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
                             r"\s+(?:and|or)\s+(?:on\s+)?$", re.I)


#: A clause opening right after a day: a verb ("Friday is the final day") or a subject and a verb ("Thursday she
#: returns to work", "Tuesday the jury will visit"). A day joined to another by "and" there opens its own clause and
#: takes that clause's tense, not the first day's.
_CLAUSE_AFTER = re.compile(r"\s+(?:(?:he|she|they|we|i|you|it|the\s+\w+|\w+s)\s+)?(?P<verb>is|are|was|were|will|"
                           r"would|has|have|had|can|could|may|might|must|should|\w+s)\b(?!\s+(?:of|in|at|on)\b)", re.I)


def _tense_of(text: str, s: int, e: int, reading: Reading) -> str | None:
    """The tense that places the expression. A weekday in the possessive names the day of a thing
    ("get around Wednesday's ruling", "Sunday's vote will decide"), and so does a weekday after a
    possessive determiner ("in the wake of her Sunday morning health crisis, sources said"): only the
    words after it count, never the verb of the clause around it ("called for her to be taken ...").
    Limits: "Monday night's debate" keeps the clause's tense, which is right as often as the words after."""
    weekday = reading.anchor == "weekday" or (
        reading.anchor == "part" and isinstance(reading.args[1], Reading) and reading.args[1].anchor == "weekday")
    if reading.anchor == "weekday" and POSSESSIVE.match(text, e):
        return _tense_after(text, e + 2, clause=True)
    if weekday and _OWNER_BEFORE.search(text, max(0, s - 8), s):
        return _tense_after(text, e, clause=True)
    first = _DAY_AND_BEFORE.search(text, max(0, s - 40), s) if weekday else None
    if first and (own := _CLAUSE_AFTER.match(text, e)):  # "on Monday and Thursday she returns": its own clause's
        return _tense_after(text, e, clause=True) or ("past" if own.group("verb").lower() in ("was", "were", "had")
                                                      else "future")
    if first:  # "on Thursday and Friday": the tense of the first day
        day_end = first.start() + re.match(r"\w+", first.group(0)).end()
        return _tense_of(text, first.start(), day_end, Reading("DATE", "weekday", (None, None)))
    return tense(text, s, e, weekday=weekday)


_FULL_MONTHS = {name.lower() for name in calendar.month_name[1:]}


def _month_abs(y: int, mo: int) -> Reading:
    return Reading("DATE", "abs", (f"{y}-{mo:02d}", *_month_interval(y, mo)))


def _candidates(text: str):
    """Every (start, end, rule name, reading) the rules read in ``text``, overlaps included."""
    found = []
    for m in RANGE.finditer(text):  # "from May to July 2024": both months take the year
        y = int(m.group(3))
        for g in (1, 2):
            mo = MONTHS[m.group(g).lower().rstrip(".")]
            end = m.end(g) if g == 1 else m.end(3)
            found.append((m.start(g), end, "month_range", _month_abs(y, mo)))
    for m in MONTH_PAIR.finditer(text):  # "the October-December quarter": both months, in one year or two
        mo1, mo2 = (MONTHS.get(m.group(g).lower().rstrip(".")) for g in (1, 2))
        if mo1 and mo2 and mo1 != mo2:
            e1, e2 = (m.end(g) - (m.group(g)[:-1].lower() in _FULL_MONTHS) for g in (1, 2))  # "June." ends a sentence
            if m.group(3):  # "the October-December quarter of 2011"
                if mo2 < mo1:
                    continue  # which year the written one is, the first month's or the second's, is unclear
                y = int(m.group(3))
                pair = [_month_abs(y, mo1), _month_abs(y, mo2)]
            else:
                pair = [Reading("DATE", "month", (mo1, None)), Reading("DATE", "month_pair", (mo2, mo1))]
            found += [(m.start(1), e1, "month_pair", pair[0]), (m.start(2), e2, "month_pair", pair[1])]
    for m in YEAR_RANGE.finditer(text):  # "2014-2020", "2008-09": both years
        y1, tail = int(m.group(1)), m.group(2)
        y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail) + (100 if int(tail) < y1 % 100 else 0)
        if 0 < y2 - y1 <= 50 and not _COUNTED.match(text, m.end()):
            found += [(m.start(1), m.end(1), "year_range", _year(y1)), (m.start(2), m.end(2), "year_range", _year(y2))]
    # "March 3-5" (month, day, day) and "3-5 March 2024" (day, day, month): two days, each taking the month
    for rx, (g_month, g1, g2), first_end in ((DAY_RANGE_MD, (1, 2, 3), 2), (DAY_RANGE_DM, (3, 1, 2), 1)):
        for m in rx.finditer(text):
            if not m.group(g_month)[0].isupper():
                continue  # "may", "march" in lower case are verbs ("aged 3 to 5 may attend")
            mo, y = month_of(m.group(g_month)), m.group(4)
            first_start = m.start(g_month) if rx is DAY_RANGE_MD else m.start(g1)
            d1, d2 = int(m.group(g1)), int(m.group(g2))
            weekend = weekend_days(text, m.start(), d1, d2)  # "the weekend of January 10 and 11"
            for s, e, day, wds in ((first_start, m.end(first_end), d1, weekend),
                                   (m.start(g2), m.end(), d2, weekend and (5, 6))):
                reading = _day_of_month(mo, day, y, wds)
                if reading is not None:
                    found.append((s, e, "day_range", reading))
    for rule in RULES:
        for m in rule.regex.finditer(text):
            reading = rule.build(m, text)
            if reading is not None:
                found.append((m.start() + reading.lead, m.end() - reading.tail, rule.name, reading))
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    if urls:  # "wellington-today.co.uk/news/2013/05/03": a web address, no time
        found = [f for f in found if not any(a <= f[0] < b for a, b in urls)]
    return found


#: A web address: "http://...", "www....", or a host name with a common top-level domain and what follows it
#: up to a space ("bbc.co.uk/news/2013/05/03").
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?-i:com|org|net|gov|edu|co\.uk|org\.uk|ac\.uk|"
                  r"io|info|biz|tv|us|uk|ca|au|de|fr|in|ie|nz)(?:/\S*)?(?![\w.])", re.I)


def _select(found):
    """Ranges of months first ("from May to July 2024": May takes the year), then longest first; an
    expression overlapping one already taken is dropped (ties: the earlier rule)."""
    rows, starts, ends = [], [], []  # the spans taken, disjoint, sorted by start
    for s, e, name, reading in sorted(found, key=lambda x: (x[2] not in ("month_range", "month_pair", "day_range", "year_range"), -(x[1] - x[0]), x[0])):
        i = bisect.bisect_left(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        rows.append((s, e, name, reading))
    return sorted(rows, key=lambda x: x[0])


def _span(text: str, s: int, e: int) -> int:
    """The start of the expression: leading prepositions out, a hedge before a count in."""
    surface = text[s:e]
    if KEEP_HEDGE.match(surface):
        return s
    the = re.fullmatch(r"the(\s+)[\w']+(?:-[\w']+)+", surface, re.I)
    if the and re.match(r"\s+[a-z]", text[e:e + 2]):
        return s + the.end(1)  # "the [third-quarter] results": "the" belongs to the noun (any space after it)
    lead = LEADING.match(surface)
    keep = surface.lower().startswith("for the time being")
    if lead and not keep and len(surface) > lead.end() and not _BARE_UNIT.fullmatch(surface[lead.end():]):
        s += lead.end()
        surface = text[s:e]
    if re.match(r"(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)", surface, re.I):
        h = _HEDGE_BEFORE.search(text, max(0, s - 24), s)
        if h:
            s = h.start()
    return s


def _in_month(reading: Reading, month_start: dt.date) -> tuple:
    """'that night', 'the same day' after a month but no day was named ("the crash in November 1997 ... that
    night"): a day of that month, its day unknown (``1997-11-XXTNI``, ``1997-11-XX``), spanning the month."""
    a, b = _month_interval(month_start.year, month_start.month)
    day = f"{month_start.year}-{month_start.month:02d}-XX"
    if reading.anchor == "part":
        return ("TIME", f"{day}T{reading.args[0]}", a, b, True)
    return ("DATE", day, a, b, True)


def _anaphora(text: str, rows: list) -> list:
    """Expressions read against the text before them: 'that year' is the year of the last expression
    naming one; 'a year ago/earlier' and 'year-ago' after a quarter ("the third quarter ... a year
    earlier") are that quarter a year back, as in results reports, and "the 1988 period" is that
    quarter in the year written; after a month in the same sentence, they are that month a year back
    ("Exports fell 3% in January from a year earlier", as monthly figures are reported). Otherwise "N
    days/weeks earlier" counts back from the last day named, and "N months/years earlier" from the last date
    named (``_months_back``: "fined in 1997 ..., #15,000 a year earlier" is 1996), within 400 characters."""
    out, last_year, last_q, last_day, last_month, last_dated = [], None, None, None, None, None
    for s, e, name, (typ, value, a, b, ok) in rows:
        year_back = name in ("ago", "year_ago") and re.search(r"\byear[- ](?:ago|earlier)\b", text[s:e], re.I)
        if name == "that_year" and last_year:
            y = int(last_year)
            typ, value, a, b, ok = "DATE", last_year, dt.date(y, 1, 1), dt.date(y, 12, 31), True
        elif year_back and last_month and _sentence_start(text, s, last_month[1]) == last_month[1]:
            y, mo = int(last_month[0][:4]) - 1, int(last_month[0][5:7])
            a, b = _month_interval(y, mo)
            typ, value, ok = "DATE", f"{y}-{mo:02d}", True
        elif last_q and re.fullmatch(r"\d{4}", str(value)) and (
                year_back or (re.fullmatch(r"last\s+year", text[s:e], re.I) and _VERSUS.search(text, max(0, s - 80), s))):
            y, q = int(last_q[:4]) - 1, int(last_q[-1])
            typ, value, a, b, ok = "DATE", f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_interval(y, 3 * q)[1], True
        elif last_q and name == "year" and _YEAR_PERIOD.match(text, e) and re.search(r"\bthe\s+$", text[max(0, s - 5):s], re.I):
            y, q = int(value), int(last_q[-1])  # "the 1988 period" after a quarter: that quarter of 1988
            typ, value, a, b, ok = "DATE", f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_interval(y, 3 * q)[1], True
        elif (name == "ago" and last_day and s - last_day[1] < 400 and "XX" not in str(value)
              and re.search(r"\bearlier$", text[s:e], re.I)  # (a day of a far month named since: ``_days_earlier``)
              and (shifted := _shift_from(text[s:e], last_day[0]))):  # "arrested on Friday. A day earlier"
            typ, value, a, b, ok = shifted  # (a year or a month earlier after a day: counted back below)
        elif (name == "ago" and last_dated and s - last_dated[1] < 400 and "XX" not in str(value)
              and _anchors_back(text, last_dated, s, e)
              and (shifted := _months_back(text[s:e], last_dated[0]))):
            typ, value, a, b, ok = shifted  # "married in June 2005. A month earlier, ...": May 2005
        out.append((s, e, name, (typ, value, a, b, ok)))
        if typ in ("DATE", "TIME") and isinstance(value, str) and re.match(r"\d{4}(?:-\d{2}|$)", value) \
                and name not in ("ago", "year_ago"):  # a time counted back is a comparison, not the story's time
            last_dated = (value, e, s)
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and typ == "DATE" and name != "ago":
            last_day = (dt.date.fromisoformat(value), e)
        if typ == "DATE" and isinstance(value, str) and not year_back:  # a month, not one found a year back
            last_month = (value, e) if re.fullmatch(r"\d{4}-\d{2}", value) else None
        if isinstance(value, str) and re.match(r"\d{4}(?:-|$)", value) and typ in ("DATE", "TIME"):
            last_year = value[:4]
            if re.fullmatch(r"\d{4}-Q[1-4]", value) and not _COMPARISON.search(text[s:e]):
                last_q = value  # "the year-ago quarter" is the comparison, not the period reported
        elif typ == "DURATION" and re.fullmatch(r"P\d+[MY]", str(value)):
            last_q = None  # "for the nine months, ... a year earlier": the period is no longer a quarter
    return out


def _month_named(reading: Reading, month_start: dt.date | None, ref: dt.date | None) -> bool:
    """Whether a day without a year ("February 9") falls in the month the text last named, a month other than
    the reference date's ("in February last year ... on February 9"): it takes that month's year.
    The usual reading wins when it is within three months of the reference date (``_far``): news dates without
    a year are close to publication ("in November 2006 ... arrives on November 11", three days away).
    Limits: the month must be the same; other months are ``_story_day``'s."""
    return (reading.anchor == "monthday" and month_start is not None and ref is not None
            and month_start.month == reading.args[0] and (month_start.year, month_start.month) != (ref.year, ref.month))


#: A verb of a finished event right before a day ("was killed on June 24", "died at Christmas"), or one of
#: violence, arrest, finding, a crash or a theft with up to four words of its object between ("attacked her with
#: a chisel on 28 August", "arrested him at his home on Aug. 2", "crashed her car on June 8"): the day is past,
#: never a coming deadline told in the past tense (``PAST_TENSE_AHEAD_DAYS``). Verbs that set or move a date
#: ("extended", "postponed", "scheduled") stay out, and other verbs with an object between ("confirmed the vote
#: on Aug. 30": the vote's day) do not count.
_DONE_BEFORE = re.compile(
    r"\b(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bwill\s)(?<!\bto\s)(?<!\bhave\s)"
    r"(?<!\bget\s)(?<!\bgets\s)(?<!\bgetting\s)(?<!['’]re\s)"  # "are released on", "getting married on", "to have met on"
    r"(?:(?!(?:extended|postponed|delayed|scheduled|rescheduled|moved|adjourned|deferred|planned|slated|expected|"
    r"pushed|fixed|booked|listed|remanded|bailed|needed|required|ordered|asked|urged|agreed|promised|vowed|pledged|"
    r"hoped|wanted|intended|aimed|decided|"
    r"settled|insisted|focused|focussed|centred|centered|counted|banked|relied|hinted|looked|targeted|pinned|"  # the day is
    rf"converged|zeroed|homed|fixated)\b)(?:[a-z]+[^e\W]ed|{IRREGULAR_PAST})\s+"  # their object: "settled on Aug. 31"
    # no adjective: "the stolen car"
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bof\s)(?<!\bits\s)(?<!\bhis\s)(?<!\btheir\s)"
    r"(?:killed|murdered|attacked|assaulted|stabbed|shot|beat|beaten|raped|robbed|abducted|kidnapped|injured|"
    r"wounded|arrested|detained|found|discovered|struck|hit|crashed|rammed|rear-ended|smashed|wrecked|torched|"
    r"bombed|burgled|looted|raided|stole|stolen)\s+"
    r"(?:(?!(?:would|will|to|could|should|may|might|shall|be|that|until|by|and|or|but|due|set|expected|scheduled|"
    r"planned|slated)\b)[\w'-]+\s+){0,4})(?:on|at)\s+$")

#: A condition right before the subject of the finished-event verb: "if hackers crashed the site on Nov. 20" may
#: lie ahead.
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:[\w'-]+\s+){0,3}$", re.I)


#: The day of the 2001 attacks, which a text written before it cannot mean by "Sept. 11" (``_r_attacks``).
_ATTACKS = dt.date(2001, 9, 11)


#: A year written right after a day named without one: "Mothering Sunday in 1998", "Christmas, 2004".
#: A date's year and a comma right before a holiday that names the same day ("on May 10, 1998, Mother's Day").
_DATED_BEFORE = re.compile(r"((?:1[89]|20)\d\d),\s*$")
#: A year right after a holiday ("Christmas Day 1998", "Christmas Eve, 1998", "Mothering Sunday in 1998"); not
#: a count ("2000 pilgrims").
_YEAR_AFTER = re.compile(r"(?:,\s*|\s+(?:in|of)\s+)((?:1[89]|20)\d\d)\b(?![\d,.-]\d)(?!\s+[a-z])"
                         r"|[ \t]+((?:1[89]|20)\d\d)\b(?![\d,.-]\d)(?!\s*-)")  # "Boxing Day 1998 saw"


#: Days from the month the story has moved to within which a day without a year is read in that time.
NEAR_STORY_DAYS = 62


def _story_day(reading: Reading, res, day: dt.date | None, ref: dt.date | None, tense):
    """A day without a year ("January 5") in the past tense, once the story has moved to a day far from
    the reference date ("found dead on February 9 [1998] ... an entry dated January 5 ... another dated
    February 6", in a story of November 1999): the reading nearest that day, when it is within two months of
    it. None otherwise (the usual reading stands). A month alone does not move the story this far ("the
    August 1988 cease-fire ... the invasion of Kuwait on Aug. 2", in August 1990).

    Limits: a date of the coming weeks written in the past tense after a passage on a past day ("The crash
    was on June 3, 1998. The inquest was set for January 5.") is read in the past passage."""
    if reading.anchor != "monthday" or day is None or ref is None or tense != "past" or not _far_apart(day, ref):
        return None
    near = resolve(reading, day, None)
    if near is None or near[2] is None or abs((near[2] - day).days) > NEAR_STORY_DAYS:
        return None
    return near if res is None or near[1] != res[1] else None


def _story_moved(reading: Reading, res, last: dict, ref: dt.date | None, tense):
    """A day without a year read in the time the story has moved to (``_month_named``, ``_story_day``), also
    when it is the day of a clock time ("at 5.15 in the afternoon of February 9"); None when the usual
    reading ``res`` stands."""
    inner = reading.args[4] if reading.anchor == "clock" and isinstance(reading.args[4], Reading) else None
    day = inner or reading
    day_res = resolve(day, ref, tense) if inner is not None else res
    if _month_named(day, last.get("M"), ref) and _far(day_res, ref):
        moved = resolve(day, last["M"], None)  # "in February last year ... on February 9": that February
    else:
        moved = _story_day(day, day_res, last.get("D"), ref, tense)  # "... February 9 [1998] ... January 5"
    if moved is None or inner is None or moved[2] is None:
        return moved
    on = Reading("DATE", "abs", (moved[2].isoformat(), moved[2], moved[2]))
    return resolve(Reading("TIME", "clock", reading.args[:4] + (on,) + reading.args[5:]), ref, tense)


_EARLIER_LATER = re.compile(r"\b(?:earlier|later)$", re.I)


def _days_earlier(surface: str, reading: Reading, last: dict, ref: dt.date) -> bool:
    """'three days earlier' when the story has moved to a month far from the reference date and named no day
    since ("in February last year ... an entry made three days earlier"): a day around that month, not three
    days before publication. 'three days ago' stays counted from the reference date."""
    return (reading.anchor == "shift" and reading.args[0] == "D" and "D" not in last
            and bool(_EARLIER_LATER.search(surface.strip())) and _far_apart(last["M"], ref))


def _same_clause(text: str, a: int, b: int, reach: int = 80) -> bool:
    """Whether offsets ``a`` < ``b`` are at most ``reach`` characters apart with no sentence end between."""
    return 0 <= b - a <= reach and _sentence_start(text, b, a) == a


#: Days apart beyond which a month named is another time of the story, not the days around its last date.
FAR_DAYS = 92


def _far_apart(a: dt.date, b: dt.date) -> bool:
    return abs((a - b).days) > FAR_DAYS


def _far(res, ref: dt.date) -> bool:
    """Whether a resolved day lies more than ``FAR_DAYS`` from the reference date."""
    return res is not None and res[2] is not None and _far_apart(res[2], ref)


def _earlier(phrase: str, units: str) -> tuple[int, str] | None:
    """(N, unit) of "N <unit> earlier" ("a day earlier", "nearly two years earlier": the number word right before
    the unit, a hedge before it left aside), the unit one of ``units`` (a regex of singular units); None else."""
    m = re.search(rf"(?:^|\s)(\S+)\s+({units})s?\s+earlier$", phrase.strip(), re.I)
    if not m:
        return None
    word = m.group(1).lower()
    n = 1 if word in ("a", "one") else (int(word) if word.isdigit() else NUMS.get(word))
    return (n, m.group(2).lower()) if n else None


def _shift_from(phrase: str, day: dt.date):
    """'N days/weeks earlier' counted back from ``day`` (the last day the text named), as a resolved tuple;
    None for other units (a year or a month earlier: ``_months_back``)."""
    got = _earlier(phrase, "day|week")
    if not got:
        return None
    n, unit = got
    d = day - dt.timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "week":
        a, b = _week_interval(d)
        return ("DATE", _week_value(d), a, b, True)
    return ("DATE", d.isoformat(), d, d, True)


#: A comparison right before "a year earlier" ("up from 8.1% a year earlier", "compared with £2m a year earlier",
#: "higher than a year earlier", "down on a year earlier"): the time of the figure compared is the anchor.
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|against|versus|vs\.?|on)\s+(?:(?:[^\s.;!?]|\.(?=\d))+\s+){0,3}$",
                              re.I)
#: A year told as background, in an aside or after "since" ("Acme, founded in 1998,", "Smith, who joined the bank in
#: 2004,", "since 2008"): not the time of a figure reported after it.
_BACKGROUND_AT = re.compile(r"(?:,\s*(?:who|which|whose|founded|formed|established|set\s+up|created|launched|opened|"
                            r"born|built)\b[^,.;]*|\bsince\s+(?:\S+\s+){0,2})$", re.I)


def _anchors_back(text: str, dated: tuple, s: int, e: int) -> bool:
    """Whether the last date named (``dated``: value, end, start) is what "N months/years earlier" at ``s``-``e``
    counts back from: in a narrative, yes ("He was fined in 1997. A year earlier he had been cautioned"); in a
    comparison of figures ("revenue rose 8% from a year earlier") only a date of its own sentence that is not
    background ("Unemployment was 7.9% in 2012, down from 8.1% a year earlier"; not "Acme, founded in 1998, said
    sales rose from a year earlier", which compares with the year before the one reported); never an offset
    ("freed three years earlier than planned")."""
    _, _, start = dated
    if re.match(r"\s+than\b", text[e:]):
        return False
    if not _COMPARED_BEFORE.search(text, max(0, s - 40), s):
        return True
    sent = _sentence_start(text, s, max(0, s - 400))
    return start >= sent and not _BACKGROUND_AT.search(text, sent, start)


def _months_back(phrase: str, value: str):
    """'N months/years earlier' counted back from ``value`` (the year or month of the last date the text named,
    "YYYY", "YYYY-MM" or a day in it), as a resolved tuple: a month for months (when ``value`` names one), a
    year for years ("arrested in 2009. Two years earlier, ..." is 2007). None for other phrases."""
    got = _earlier(phrase, "month|year")
    if not got:
        return None
    n, unit = got
    y = int(value[:4])
    if unit == "year":
        return ("DATE", str(y - n), dt.date(y - n, 1, 1), dt.date(y - n, 12, 31), True)
    if not re.match(r"\d{4}-\d{2}", value):
        return None
    k = y * 12 + int(value[5:7]) - 1 - n
    a, b = _month_interval(k // 12, k % 12 + 1)
    return ("DATE", f"{k // 12}-{k % 12 + 1:02d}", a, b, True)


_YEAR_PERIOD = re.compile(r"\s+(?:fiscal\s+)?(?:period|quarter)\b", re.I)
_ANCHOR_UNITS = (  # the value of an expression -> the units it can anchor ("that week" after "March 3")
    (re.compile(r"\d{4}-\d{2}-\d{2}"), ("D", "W", "M", "Y")),
    (re.compile(r"\d{4}-W\d{2}$"), ("W", "Y")),
    (re.compile(r"\d{4}-\d{2}$"), ("M", "Y")),
    (re.compile(r"\d{4}-Q[1-4]$"), ("Q", "Y")),
    (re.compile(r"\d{4}$"), ("Y",)),
)
# "compared with a loss of $3 million last year": an amount set against one earlier in the sentence
_VERSUS = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.)\s[^.;]{0,60}?\d[^.;]*$", re.I)
_COMPARISON = re.compile(r"\b(?:year[- ](?:ago|earlier)|comparable|corresponding|ago|earlier|later|before|after)\b", re.I)


def _remember(last: dict, surface: str, res: tuple, end: int, named_at: dict) -> None:
    """Keep the start of the last expression naming a day, week, month, quarter or year: the anchor
    of anaphoric expressions after it ("the same day", "the quarter"). Comparisons ("a year ago",
    "the year-ago quarter") and vague values anchor nothing. A month more than three months from the last
    day named moves the story there: "that day" after it is a day of that month. ``named_at`` keeps for
    each unit the offset ``end`` where the text named it."""
    typ, value, a, _, ok = res
    if typ not in ("DATE", "TIME") or not ok or a is None or not isinstance(value, str) or _COMPARISON.search(surface):
        return
    for rx, units in _ANCHOR_UNITS:
        if rx.match(value):
            if "D" not in units and "M" in units and last.get("D") and _far_apart(a, last["D"]):
                last.pop("D")  # "today ... in February last year ... that afternoon": a day of that February,
                last.pop("W", None)  # but "on Friday ... jobs shed in March ... ending the day": still Friday
            for u in units:
                last[u] = a
                named_at[u] = end  # where the text last named it, for ``_out_of_reach``
            return


#: Characters after the day or week the text last named beyond which "that night", "the following day" or
#: "earlier that day" no longer refers to it (about three short news paragraphs).
DAY_REACH = 1000


def _out_of_reach(reading: Reading, at: int, named_at: dict) -> bool:
    """Whether an expression read against the last day or week named ("that night", "the following day")
    stands more than ``DAY_REACH`` characters after it: a story that far on has moved to a day it does not
    name ("... tonight. [3,000 characters of the trial] ... hired to pilot the boat that night"). The caller
    leaves it unresolved. On TimeBank, AQUAINT and MEANTIME such a day is named at most about 500 characters
    before. Limits: a long passage about one day that names it once, at its start, loses the day; years,
    months and quarters ("the quarter" in a results report) keep their reach, as they do in news."""
    unit = reading.anaphoric
    return unit in ("D", "W") and unit in named_at and at - named_at[unit] > DAY_REACH


def _told_as_past(res, ref: dt.date | None, tense: str | None) -> bool:
    """Whether an expression read against the last time named ("the following day") lands after the reference
    date while its verb is in the past tense: the last time named was a coming one ("The trial was adjourned
    until next Monday. ... Her son said he spoke to Dr Shipman the following day"). Which past day is meant
    the words do not say: the caller leaves it unresolved. Limits: a coming day told in the past tense ("they
    expected a verdict the following day") is left unresolved too."""
    return ref is not None and tense == "past" and res is not None and res[2] is not None and res[2] > ref


def _reference(reference_date) -> dt.date | None:
    if reference_date is None or (isinstance(reference_date, float) and pd.isna(reference_date)):
        return None
    ts = pd.Timestamp(reference_date)
    return None if pd.isna(ts) else ts.date()


_DATELINE_RULES = ("month_day", "day_month", "iso_date")
_VERB_BEFORE = re.compile(r"^(?:[a-z]+ed|said|was|were|is|are|be|been|will|would)\s+$")
_DATELINE_AFTER = re.compile(r"\s*(?:$|\n|--|—|-\s|\(|/|\s(?-i:[A-Z]))")


def dateline(text: str, within: int = 300) -> dt.date | None:
    """The date of the dateline: the first full date (day, month and year) in the first ``within``
    characters, standing between a headline or the start of the text and the body ("... makes first
    flight April 27 , 2005 The A380 was ...", "WASHINGTON, Aug. 8, 1998 -- "). TIMEX3 takes it for the
    document creation time. A date in a sentence ("on April 6, 1994, rebels ...") is no dateline: a
    preposition or a verb before it, or a lower-case word or a comma after it, rule it out.

    Limits: English datelines only; a dateline without a year ("August 8 (Xinhua)") gives None."""
    if not isinstance(text, str):
        return None
    head = text[:within]
    for s, e, name, reading in sorted(_candidates(head), key=lambda x: x[0]):
        if name not in _DATELINE_RULES or reading.anchor != "abs" or not _DAY_VALUE.match(str(reading.args[0])):
            continue
        words = head[max(0, s - 40):s].split()
        if words and (LEADING.match(words[-1] + " ") or _VERB_BEFORE.search(words[-1] + " ")):
            return None
        if re.match(r"[^\S\n]*(?:\n|$)", text[e:]) and not _LINE_START.search(text[:s]):
            return None  # a date ending a line of its own words is a headline's ("Remembering April 6, 1994")
        return reading.args[1] if _DATELINE_AFTER.match(text, e) else None
    return None


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*"
                              r"(?:,[^\S\n]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?,[^\S\n]*$")
_DATELINE_AFTER_DATE = re.compile(r",?[^\S\n]*(?:\d{4}[^\S\n]*)?(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:--|—|–|-)\s")


def in_dateline(text: str, start: int, end: int) -> bool:
    """True for a date that is the dateline of a story, between its place in capitals and the dash that opens
    the body ("DORVALE, Ohio, June 10 (AP) - ...", "LONDON, Aug. 8 -- "): the day the story was filed,
    not the date of anything the story tells."""
    return bool(_DATELINE_BEFORE.search(text[max(0, start - 80):start]) and _DATELINE_AFTER_DATE.match(text, end))


def names_a_law(text: str, start: int, end: int | None = None) -> bool:
    """True for a year that is part of a law's name ("the Animal Health Act 1981", "the Children's Act 1989",
    "the Civil Rights Act of 1964", "Act, 1998", and with ``end`` given, "the 1998 Act"): TIMEX3 marks it as a
    date, but it dates no event of the story. Limits: only "Act"/"Acts" (capitalised) is read, so "Bill",
    "Treaty" or "Convention" years are left as dates; "Act (1998)" and the second year of "Acts 1985 and 2006"
    are not read; a count right after a law ("the Riot Act 1999 times") is taken for its year."""
    if end is not None and _LAW_AFTER.match(text, end):
        return True
    return bool(_LAW_BEFORE.search(text[max(0, start - 40):start]))


_LAW_BEFORE = re.compile(r"\(?[A-Z][\w'’]*\)?[^\S\n]+Acts?,?[^\S\n]+(?:of[^\S\n]+)?$")
_LAW_AFTER = re.compile(r"[^\S\n]+Acts?\b")


#: Before a dateline date that ends its line: the line start, or a place in capitals ("WASHINGTON, ").
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*,?[^\S\n]*)?$")


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}$")
#: A day, or a part of one ("last night": 2025-03-10TNI), that a bare time of day in its sentence falls on.
_PART_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|DT))?$")
_CLOCK_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?$")  # "4 p.m. Saturday, Dec. 14": its day


#: Words that make a sentence tell what happens again and again ("airs weekdays from 6 a.m.", "opens at 9
#: every day"): a time of day in it is no day's.
_HABITUAL = re.compile(r"\b(?:weekdays|weeknights|weekends|daily|nightly|usually|normally|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:every|each)\s+(?:other\s+)?"
                       r"(?:day|night|morning|afternoon|evening|week|weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b", re.I)


#: How far before a time of day's sentence ``_clock_days`` looks for its day: the two sentences before it,
#: within this many characters.
CLOCK_DAY_BACK = 400


def _names_a_day(row) -> bool:
    """A row whose value is one day, or one day's part or clock time named with its day ("Tuesday",
    "Tuesday night", "4 p.m. Saturday, Dec. 14"): a day a bare time of day may belong to."""
    typ, value, day = row[3][0], row[3][1], row[3][2]
    return typ in ("DATE", "TIME") and isinstance(value, str) and isinstance(day, dt.date) and bool(
        _PART_DAY.match(value) or (row[2] == "clock_day" and _CLOCK_DAY_VALUE.match(value)))


#: Words of a time of day's clause that tell the reporting day's state ("As of 5 p.m., homes remain dark", "Game 4
#: is at 9 p.m.") or a state still going on ("were still battling flames at 10 a.m."): a past day named before is
#: not its day.
_NOW_WORDS = re.compile(r"\b(?:is|are|remains?|stays?|continues?|now|currently|still|as\s+of)\b", re.I)
#: A far day told as a background ("born on June 4, 1950", "founded on April 1, 1976"): no day of the story.
_BACKGROUND_BEFORE = re.compile(r"\b(?:born|founded|established|built|completed|incorporated)\s+(?:on\s+|in\s+)?$", re.I)
#: A length of a day or more between a day and a time of day ("a three-day standoff", "36 hours later"): the story
#: has moved on from the day.
_DAY_LONG = re.compile(r"P(?:\d+(?:\.\d+)?[DWMY]|T(?:2[4-9]|[3-9]\d|\d{3,})H)")


def _told_now(text: str, a: int, s: int, e: int, b: int) -> bool:
    """Whether the clause ``a``..``b`` of a time of day (``s``..``e``) tells a state of the reporting day, or one still
    going on: a word of ``_NOW_WORDS`` after its last past cue before the time, or, with none before, the first cue
    after it ("Trains are running again from 7 a.m."; not "It is believed the blaze started at 3 a.m.")."""
    now = list(_NOW_WORDS.finditer(text, a, s))
    if now:
        past = list(PAST.finditer(text, a, s))
        return now[-1].group(0).lower() == "still" or not past or past[-1].start() < now[-1].start()
    after, past = _NOW_WORDS.search(text, e, b), PAST.search(text, e, b)
    return after is not None and (past is None or after.start() < past.start())


def _day_told_before(text: str, rows: list, starts: list, i: int, t: str | None, ref: dt.date,
                     sentence: tuple[int, int], clause: tuple[int, int]) -> dt.date | None:
    """The day the two sentences before the bare time of day ``rows[i]`` named, for ``_clock_days`` (which
    states the rule); None when there is none or it is another day's. ``t``: the time's tense; ``sentence``
    and ``clause``: the bounds of its sentence and of its clause."""
    (s, e), (lo, hi), (a, b) = rows[i][:2], sentence, clause
    back = _sentence_start(text, max(0, lo - 1), max(0, lo - CLOCK_DAY_BACK))
    back = _sentence_start(text, max(0, back - 1), max(0, lo - CLOCK_DAY_BACK))
    told = [j for j in range(bisect.bisect_left(starts, back), i) if rows[j][1] <= lo and _names_a_day(rows[j])
            and (_PART_DAY.match(rows[j][3][1]) or rows[j][3][1][11:13] >= "06")
            and not (abs((rows[j][3][2] - ref).days) > 366
                     and _BACKGROUND_BEFORE.search(text, max(0, rows[j][0] - 30), rows[j][0]))]
    if not told:
        return None
    j = told[-1]
    day, value = rows[j][3][2], rows[j][3][1]
    cues = [m.group(0).lower() for m in FUTURE.finditer(text, lo, hi)]
    until_only = bool(cues) and all(c in ("until", "till") for c in cues)  # "arrived until 5.05pm"
    t = "past" if t == "future" and until_only and PAST.search(text, lo, hi) else t
    if (t == "past" and day > ref or t == "future" and not until_only and day < ref
            or day < ref and _told_now(text, a, s, e, b)
            or any(rows[k][3][0] == "DURATION" and _DAY_LONG.match(str(rows[k][3][1])) for k in range(j + 1, i))):
        return None  # "a gala on December 4 ... The box office opened at 8am": another day's
    if rows[i][3][1][11:13] < "06" and re.search(r"T(?:AF|EV|NI|1[2-9]|2[0-3])", value):
        return day + dt.timedelta(days=1)  # "late on Saturday night ... Police arrived at 1:30 a.m.": Sunday's
    return day


def _clock_days(text: str, rows: list, bare: list, ref: dt.date) -> list:
    """A time of day with no day next to it ("at 10 p.m.") takes the day named in its sentence
    ("Tuesday ... at 10:30 a.m.", "at 10:35 a.m. (0735 GMT) Friday", "at 11 p.m. last night"), the nearest
    one; else the last day, part of a day or time of day from 6 a.m. on (12:30 a.m. Tuesday may follow Monday's
    evening) the two sentences before it named ("An ambulance was called on February 16. No
    ambulance arrived until 5.05pm"), unless its tense puts it on the other side of the reference day ``ref``
    (``t``: a past time of day never takes a coming day; a time whose only future cue is "until" in a past
    sentence is past), its clause tells the reporting day's state ("As of 5 p.m., homes remain dark"), a length of
    a day or more comes between ("After a three-day standoff, ... at 5 a.m.") or the day is a far background one
    ("born on June 4, 1950"); else it stays on the reference day. A small hour (before 6 a.m.) after an afternoon,
    evening, night or a time from noon on falls on the next day ("late Saturday night ... at 1:30 a.m."). A
    sentence that tells a habit ("airs weekdays from 6 a.m.") makes it a time of no day
    (``XXXX-XX-XXT06:00``, unresolved). Limits: a story that moves to another day without naming it or telling
    a length keeps the day named before; of two days named, the last is taken even when it is the background
    ("charged on Friday over a stabbing on Tuesday")."""
    starts = [r[0] for r in rows]  # in text order
    for i, reading, t in bare:
        s, e = rows[i][0], rows[i][1]
        lo, hi = _sentence_start(text, s, max(0, s - 200)), _sentence_end(text, e, e + 200)
        a = max([lo] + [text.rfind(c, lo, s) + 1 for c in ",;("])  # the habit word in the time's clause, not
        b = min([hi] + [k for k in (text.find(c, e, hi) for c in ",;)") if k >= 0])  # anywhere in its sentence
        if _HABITUAL.search(text, a, b):  # ("who visited the church every Sunday, was stabbed at 7pm")
            rows[i] = (s, e, rows[i][2], _unresolved(reading))
            continue
        near = range(bisect.bisect_left(starts, lo), bisect.bisect_right(starts, hi))
        days = [(min(abs(r[0] - e), abs(s - r[1])), r[3][2]) for r in (rows[j] for j in near if j != i)
                if r[1] <= hi and _names_a_day(r)]
        day = min(days, key=lambda x: x[0])[1] if days else _day_told_before(
            text, rows, starts, i, t, ref, (lo, hi), (a, b))  # ("A fire broke out on Tuesday. ... at 3:33 a.m.")
        if day is not None:
            res = _r_clock(Reading("TIME", "clock", reading.args[:4] + (Reading("DATE", "abs", (day.isoformat(), day, day)),)
                                   + reading.args[5:]),
                           day, None)
            rows[i] = (s, e, rows[i][2], res)
    return rows


_DAY_BEFORE = re.compile(r"\b(?:the|a)\s+day\s+(before|after)\s+$", re.I)


def _day_before_after(text: str, rows: list) -> list:
    """'the day before [last Tuesday]', 'the day after [Oct. 3]': one expression, a day from that day."""
    out = []
    for s, e, name, (typ, value, a, b, ok) in rows:
        m = _DAY_BEFORE.search(text, max(0, s - 20), s)
        if m and typ == "DATE" and isinstance(value, str) and _DAY_VALUE.match(value) and a is not None:
            d = a + dt.timedelta(days=1 if m.group(1).lower() == "after" else -1)
            s, (typ, value, a, b, ok) = m.start(), _day(d)
            out = [r for r in out if r[1] <= s]  # "a day" inside "a day after Oct. 3" is part of it
        out.append((s, e, name, (typ, value, a, b, ok)))
    return out


def extract_timexes(text: str, reference_date=None) -> pd.DataFrame:
    """Time expressions of ``text`` resolved against ``reference_date`` (a date, ISO string or None).

    Returns (start, end, text, type, value, earliest, latest, resolved, rule); see the module docstring.
    """
    ref = _reference(reference_date)
    if ref is None and text:
        ref = dateline(text)
    if not text:
        return pd.DataFrame(columns=TIMEX_COLUMNS)
    rows, last, bare, year_at, named_at, coming = [], {}, [], None, {}, None
    for s, e, name, reading in _select(_candidates(text)):
        anchor = last.get(reading.anaphoric) if reading.anaphoric and ref is not None else None
        t = _tense_of(text, s, e, reading)
        if anchor is not None:
            res = resolve(reading.anchored or reading, anchor, t)
            if _told_as_past(res, ref, t) or _out_of_reach(reading, s, named_at):
                res = _unresolved(reading.anchored or reading)  # which day, the words do not say
        elif ref is not None and last.get("M") is not None and (reading.anaphoric == "D" or _days_earlier(
                text[s:e], reading, last, ref)):
            res = _in_month(reading, last["M"])  # "in November 1997 ... that night": a night of that month
        else:
            res = resolve(reading, ref, t)
            if (moved := _story_moved(reading, res, last, ref, t)) is not None:
                res = moved
            elif reading.anchor == "holiday" and (after := _YEAR_AFTER.match(text, e)) and not (
                    after.group(2) and _COUNTED.match(text, after.end())):  # not "At Christmas 1914 soldiers"
                day = _holiday_date(reading.args[0], int(after.group(1) or after.group(2)))  # "Easter in 1998"
                res = _day(day) if day else res
            elif reading.anchor == "holiday" and rows and (year := _DATED_BEFORE.search(text, max(0, s - 12), s)) \
                    and rows[-1][1] == year.start() + len(year.group(1)) and re.match(r"\d{4}-", str(rows[-1][3][1])):
                day = _holiday_date(reading.args[0], int(year.group(1)))  # "on May 10, 1998, Mother's Day": 1998's
                res = _day(day) if day else res
            elif reading.anchor == "holiday" and year_at and _same_clause(text, year_at[0], s):
                day = _holiday_date(reading.args[0], year_at[1])  # "In 2012, soon after Election Day": 2012's
                res = _day(day) if day else res
            elif t == "past" and reading.anchor in ("monthday", "holiday") and res is not None and res[2] is not None \
                    and res[2] > ref and (done := _DONE_BEFORE.search(text, max(0, s - 40), s)) \
                    and not _IF_BEFORE.search(text, max(0, done.start() - 40), done.start()):
                res = resolve(reading, ref, "done") or res  # "attacked her on 28 August", told on 12 July: last August
            elif (moved := _coming_moved(text, s, e, reading, res, ref, t, coming)) is not None:
                res = moved  # "a tour in 2020 ... stops on July 22": 2020's
        if res is not None:
            rows.append((_span(text, s, e), e, name, res))
            _remember(last, text[s:e], res, e, named_at)
            if res[0] == "DATE" and re.fullmatch(r"\d{4}", str(res[1])):
                year_at = (e, int(res[1]))
            coming = _coming_year(text, s, e, res, ref, coming)
            if reading.anchor == "clock" and reading.args[4] is None and ref is not None:
                bare.append((len(rows) - 1, reading, t))
    rows = _day_before_after(text, _clock_days(text, rows, bare, ref))
    out = [(s, e, text[s:e], typ, value, pd.Timestamp(a) if a else pd.NaT, pd.Timestamp(b) if b else pd.NaT,
            bool(ok), name) for s, e, name, (typ, value, a, b, ok) in _anaphora(text, rows)]
    return pd.DataFrame(out, columns=TIMEX_COLUMNS)


#: Characters after the last expression in a coming year ("a tour in 2020") within which a day or month
#: written without a year, in no past tense, is read in that year (``_coming_year``).
COMING_YEAR_REACH = 300
_WRITTEN_YEAR = re.compile(r"(?<![\d$£€.,])(1[89]\d\d|20\d\d)(?![\d%])")


#: Words of a sentence that may tell the past without a past cue: a perfect ("have risen"), a past participle
#: of a caption ("photo taken"), a verb whose past is its present ("Occupancy in July hit a record").
_PAST_LIKE = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|ung|ght|lt|pt)\b|"
                        r"\b(?:taken|photo|photographed|pictured|(?-i:FILE))\b|"
                        r"(?<!\bto\s)(?<!\bwill\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)"
                        rf"\b(?:{SAME_FORM_VERBS}|forecast|set|put|cost|spread|bet|cast|burst)\b", re.I)
#: A year that is the time of what is told ("a tour in 2020", "Tour 2020 dates:"), not a modifier of a person
#: or a race ("2020 hopeful Pete Buttigieg", "a 2020 presidential candidate").
_YEAR_ADVERBIAL = re.compile(r"\b(?:in|for|during|through|throughout|until|till|by|into|from|of)\s+(?:early\s+|late\s+|"
                             r"mid-?)?$", re.I)
_YEAR_HEADING = re.compile(r"\s*(?:(?:tour\s+)?dates|schedule|fixtures|calendar)?\s*:", re.I)


def _coming_moved(text: str, s: int, e: int, reading: Reading, res, ref: dt.date | None, t: str | None, coming):
    """A day or month without a year read in the coming year the text is telling (``_coming_year``), or None:
    only in no past tense, within ``COMING_YEAR_REACH`` characters, when its usual reading ``res`` lies far
    (``_far``) before the reference date, and when its sentence tells no past without a cue (``_PAST_LIKE``)."""
    if not (coming and t in (None, "future") and s - coming[0] <= COMING_YEAR_REACH and _far(res, ref)
            and res[2].year != coming[1] and res[2] < ref):
        return None
    if _PAST_LIKE.search(text, _sentence_start(text, s, max(0, s - 200)), _sentence_end(text, e, e + 200)):
        return None
    return _in_year(reading, coming[1])


def _coming_year(text: str, start: int, end: int, res, ref: dt.date | None, coming):
    """The coming year the text is telling, as ``(end, year)``, or None. A year written after the reference
    date's ("a 50th anniversary tour in 2020", "Tour 2020 dates:", "on May 2, 2020") opens it; a day or
    month read in it (``_in_year``) keeps it open, so a list of dates under "Tour 2020 dates" stays in
    2020; any other written year closes it. The caller moves only a date whose usual reading lies more than
    ``FAR_DAYS`` from the reference date: "to launch in November 2006 ... when it arrives on November 11",
    told in early November 2005, is three days away. Limits: a far date after a coming year that in fact
    means a past one ("expects growth in 2020. A July survey found", with no past verb) moves."""
    if ref is None:
        return None
    surface = text[start:end]
    written = _WRITTEN_YEAR.findall(surface)
    value = str(res[1])
    if written:
        year = int(written[-1])
        opens = len(value) > 4 or _YEAR_ADVERBIAL.search(text, max(0, start - 14), start) or \
            _YEAR_ADVERBIAL.search(surface, 0, surface.find(written[-1])) or _YEAR_HEADING.match(text, end)
        return (end, year) if year == ref.year + 1 and value.startswith(str(year)) and opens else None
    if coming and value.startswith(str(coming[1])) and re.match(r"\d{4}-\d{2}", value):
        return (end, coming[1])
    return coming


def _in_year(reading: Reading, year: int):
    """A day or month written without a year, placed in ``year``; None for other readings or a day that is
    not on the weekday written with it."""
    if reading.anchor == "monthday":
        month, day, weekday = reading.args
        d = _safe_date(year, month, day)
        return _day(d) if d and (weekday is None or d.weekday() in weekday) else None
    if reading.anchor == "month" and reading.args[1] is None:
        month = reading.args[0]
        return ("DATE", f"{year}-{month:02d}", *_month_interval(year, month), True)
    return None


def _said(value: str) -> bool:
    """A value that says something: a digit that is not a placeholder ("XXXX-12-13" yes, "XXXX-XX-XX" no)."""
    return isinstance(value, str) and "REF" not in value and any(c.isdigit() for c in value)


def values_agree(a: str, b: str) -> bool:
    """True when two TIMEX3 values may name one date because one leaves out what the other gives: an ``X``
    stands for any digit ("XXXX-12-13", "December 13" with no publication date to resolve it, and
    "1999-12-13"), compared over the shorter value ("XXXX-12" and "1999-12-13"). Both must say something
    (an unresolved "yesterday", "XXXX-XX-XX", agrees with nothing) and one must hold an ``X``. Limits:
    values of different shapes never agree ("XXXX-WXX-5", an unresolved Friday, and "1999-11-05")."""
    if not (_said(a) and _said(b)) or ("X" not in a and "X" not in b):
        return False
    for x, y in zip(a, b):
        if x != y and not ("X" in (x, y) and (x + y).replace("X", "").isdigit()):
            return False
    return True


#: A time of day that may still be the night before: the morning, or a clock time before 6 a.m.
_SMALL_HOURS = re.compile(r"T(?:MO|0[0-5](?::\d\d)?)$")


def one_night(a: str, b: str) -> bool:
    """Whether two TIMEX3 values, in either order, may name one night, as reports of one late check-in do:
    a day, its evening or night ("late Thursday", 2013-05-02 or 2013-05-02TNI) and the next day's morning or
    small hours ("early Friday morning", 2013-05-03TMO, or "1:30 a.m. Friday"). Limits: "Thursday" and
    "Friday morning" for two events a day apart are not told apart either."""
    return _night_then_morning(a, b) or _night_then_morning(b, a)


def _night_then_morning(day: str, next_morning: str) -> bool:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:T(?:EV|NI|(?:1[89]|2[0-4])(?::\d\d)?))?", day)
    if not m or not _SMALL_HOURS.search(next_morning):
        return False
    try:
        d = dt.date.fromisoformat(m.group(1))
    except ValueError:
        return False
    return next_morning[:10] == (d + dt.timedelta(days=1)).isoformat()


_DIGIT_OR_X = re.compile(r"[\dX]")


def values_clash(a: str, b: str) -> bool:
    """True when two values, one holding an ``X`` placeholder, say different things at the same place
    ("XXXX-12-13" and "1999-12-14"); see :func:`values_agree`. Values of different shapes, or one that says
    nothing ("XXXX-XX-XX"), do not clash: nothing can be compared."""
    if "X" not in a + b or not (_said(a) and _said(b)) or values_agree(a, b):
        return False
    return _DIGIT_OR_X.sub("9", a[:len(b)]) == _DIGIT_OR_X.sub("9", b[:len(a)])


def granularity(value: str) -> str:
    """day, week, month, season (quarters, halves, seasons), year, or vague (REF values, placeholders); a day
    of a known month ("1997-11-XXTNI", ``_in_month``) is a month."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-XX(?:T\w+)?", value):
        return "month"
    if not isinstance(value, str) or "REF" in value or "X" in value:
        return "vague"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}.*", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)", value):
        return "season"
    return "year" if re.fullmatch(r"\d{3,4}", value) else "vague"
