"""When: time expressions (TIMEX3) resolved against each article's publication date, and events.

``extract_timexes(text, reference_date)`` is a rule-based grammar (regular expressions, in the
spirit of HeidelTime) returning (start, end, text, type, value, earliest, latest, resolved):

- type DATE, TIME, DURATION or SET; ``value`` in TIMEX3 form: ``2024-10``, ``2024``, ``2025-04-28``,
  ``2025-W17``, ``2024-SU``, ``2024-Q1``, ``199`` (the 1990s), ``P3M``, ``PXD``, ``PT2H``,
  ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``, ``2025-04-28TMO``;
- relative expressions are resolved against ``reference_date``: "last October", "in/since
  October" (the most recent October before the reference date, or the next one when the
  sentence is in the future tense), "N days/weeks/months/years ago", "last/this/next
  week|month|year", weekdays, "yesterday", "earlier this month", "the beginning/end of the
  year", seasons, quarters, decades, explicit dates in common formats;
- vague references ("previously", "recently", "in the future", "several months ago") get the
  ``*_REF`` values; ``earliest``/``latest`` is the interval a DATE covers (NaT when unknown);
- with no reference date, relative values keep ``X`` placeholders (``XXXX-10``) and
  ``resolved`` is False.

``events(corpus)`` turns dated sentences into events and lines them up across articles.

Limits: English only; times of day are resolved to the reference day; anaphoric expressions
("at that time", "the same day") are not resolved; ranges give two expressions.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

import pandas as pd

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "single": 1}
VAGUE_N = {"a few", "few", "several", "some", "many", "a number of", "a couple", "numerous"}
UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W", "month": "M",
        "year": "Y", "decade": "DE", "century": "CE", "weekend": "WE", "quarter": "Q"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
TIMEX_COLUMNS = ["start", "end", "text", "type", "value", "earliest", "latest", "resolved"]

_M = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM = rf"(?:\d+|{_NW}|a couple of|an|a)"
# words between a count and its unit: "six straight days", "five trading days"
_ADJ = r"(?:(?:straight|consecutive|successive|full|whole|long|short|trading|business|working|calendar|more|further|additional)\s+)?"
_VAG = r"(?:a few|few|several|some|many|a number of|a couple|numerous)"
_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
_TZ = r"(?:\s*(?:UTC|GMT|Z)\b(?:\s*([+-])\s*(\d{1,2}))?|\s*\(\s*(?:UTC|GMT)\s*([+-])\s*(\d{1,2})\s*\))"
# "a second" is an ordinal before these words ("a second consecutive day"), not a duration
_ORDINAL_NEXT = re.compile(r"\s+(?!(?:or|and|ago|later|earlier|before|after|longer|to)\b)[a-z]")
_Y = r"(?:1[89]\d\d|20\d\d)"
_FUTURE = re.compile(r"\b(?:will|shall|going to|plans? to|planned|scheduled|expected to|is to|are to|set to|due to|upcoming)\b|'ll\b", re.I)


# ------------------------------------------------------------------------------ date arithmetic
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


def _num(word: str) -> int | None:
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    return NUMS.get(w)


def _unit_code(unit: str) -> str:
    u = unit.lower().rstrip("s")
    u = "century" if u.startswith("centur") else u
    return UNIT.get(u, "D")


def _duration(n, unit: str) -> str:
    code = _unit_code(unit)
    n_txt = "X" if n is None else (str(n * 2) if unit.lower().startswith("fortnight") else str(n))
    if code in ("H", "S") or (code == "M" and unit.lower().startswith("minute")):
        return f"PT{n_txt}{'M' if unit.lower().startswith('minute') else code}"
    if code == "DE":
        return f"P{n * 10}Y" if isinstance(n, int) else f"P{n_txt}DE"
    if code == "CE":
        return f"P{n_txt}CE"
    if code == "W" and unit.lower().startswith("fortnight"):
        return f"P{n_txt}W"
    return f"P{n_txt}{code}"


# ------------------------------------------------------------------------------ the grammar
class _Ctx:
    def __init__(self, text: str, ref: dt.date | None):
        self.text, self.ref = text, ref

    def future(self, start: int) -> bool:
        """True when the clause before ``start`` (up to 80 characters, same sentence) is in the future tense."""
        s = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start), start - 80) + 1
        return bool(_FUTURE.search(self.text[s:start]))


def _date(value, earliest=None, latest=None, resolved=True):
    return ("DATE", value, earliest, latest, resolved)


def _resolve_month(ctx: _Ctx, month: int, start: int, year=None, rel: str | None = None):
    """A month without a year: the most recent before the reference date, or the next one in the future tense."""
    if year:
        return _date(f"{year}-{month:02d}", *_month_interval(year, month))
    if ctx.ref is None:
        return _date(f"XXXX-{month:02d}", None, None, False)
    r = ctx.ref
    if rel == "next" or (rel is None and ctx.future(start)):
        y = r.year if month > r.month else r.year + 1
    elif rel == "this":
        y = r.year
    elif rel == "last":
        y = r.year if month < r.month else r.year - 1
    else:  # past or present: the latest such month not after the reference month
        y = r.year if month <= r.month else r.year - 1
    return _date(f"{y}-{month:02d}", *_month_interval(y, month))


def _season(y: int, season: str):
    """The season of year ``y`` (winter runs December to February of the next year)."""
    a_m, b_m = SEASON_MONTHS[season]
    return _date(f"{y}-{season}", dt.date(y, a_m, 1), _month_interval(y + (1 if b_m < a_m else 0), b_m)[1])


def _relative_unit(ctx: _Ctx, rel: str, unit: str):
    """last/this/next week|month|year|weekend."""
    code = _unit_code(unit)
    if ctx.ref is None:
        return _date({"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "WE": "XXXX-WXX-WE"}.get(code, "XXXX"), None, None, False)
    r = ctx.ref
    k = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    if code == "Y":
        y = r.year + k
        return _date(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))
    if code == "M":
        y, m = _shift_months(r, k)
        return _date(f"{y}-{m:02d}", *_month_interval(y, m))
    if code in ("W", "WE"):
        d = r + dt.timedelta(weeks=k)
        a, b = _week_interval(d)
        if code == "WE":
            return _date(_week_value(d) + "-WE", a + dt.timedelta(days=5), b)
        return _date(_week_value(d), a, b)
    if code == "Q":
        q = (r.month - 1) // 3 + 1 + k
        y = r.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        return _date(f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_interval(y, 3 * q)[1])
    return _date("PRESENT_REF", None, None)


def _ago(ctx: _Ctx, n, unit: str, direction: int = -1):
    if n is None:
        return _date("PAST_REF" if direction < 0 else "FUTURE_REF", None, None)
    if ctx.ref is None:
        return _date("PAST_REF" if direction < 0 else "FUTURE_REF", None, None, False)
    r, code = ctx.ref, _unit_code(unit)
    if code == "D":
        d = r + dt.timedelta(days=direction * n)
        return _date(d.isoformat(), d, d)
    if code == "W":
        d = r + dt.timedelta(weeks=direction * n)
        return _date(_week_value(d), *_week_interval(d))
    if code == "M":
        y, m = _shift_months(r, direction * n)
        return _date(f"{y}-{m:02d}", *_month_interval(y, m))
    if code == "Y":
        y = r.year + direction * n
        return _date(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))
    if code == "DE":
        y = r.year + direction * 10 * n
        return _date(str(y // 10), dt.date(y // 10 * 10, 1, 1), dt.date(y // 10 * 10 + 9, 12, 31))
    d = r
    return _date(d.isoformat(), d, d)


def _part_of(part: str, base: tuple):
    """The beginning/middle/end of a period: same value (TIMEX3 mod), a third of its interval."""
    typ, value, a, b, ok = base
    if a is None or b is None:
        return base
    span = (b - a).days + 1
    third = dt.timedelta(days=max(0, span // 3 - 1))
    p = part.lower()
    if p in ("beginning", "start", "early", "first half", "dawn", "outset"):
        return (typ, value, a, a + third, ok)
    if p in ("end", "late", "close", "second half"):
        return (typ, value, b - third, b, ok)
    mid = a + dt.timedelta(days=span // 3)
    return (typ, value, mid, mid + third, ok)


def _period(ctx: _Ctx, word: str, start: int):
    """'the year', 'the month', 'this year', 'last year', 'October', 'the week' as a base period."""
    w = word.lower().strip()
    m = re.fullmatch(rf"(?:(this|last|next|previous|the)\s+)?(year|month|week)", w)
    if m:
        return _relative_unit(ctx, {"the": "this", None: "this", "previous": "last"}.get(m.group(1), m.group(1)), m.group(2))
    m = re.fullmatch(rf"(?:(last|next|this)\s+)?({_M})(?:\s+({_Y}))?", w)
    if m:
        return _resolve_month(ctx, MONTHS[m.group(2).rstrip(".")], start, int(m.group(3)) if m.group(3) else None, m.group(1))
    m = re.fullmatch(_Y, w)
    if m:
        y = int(w)
        return _date(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))
    return None


def _rules():
    """(regex, handler(ctx, match) -> (type, value, earliest, latest, resolved) or None), longest first."""
    R = []

    def rule(pattern):
        def deco(fn):
            R.append((re.compile(pattern, re.I), fn))
            return fn
        return deco

    @rule(rf"\b(?:at|in|by|towards?|around)?\s*the\s+(beginning|start|end|middle|close|outset)\s+of\s+((?:this|last|next|the)\s+(?:year|month|week)|(?:last\s+|next\s+)?{_M}(?:\s+{_Y})?|{_Y})\b")
    def _(ctx, m):
        base = _period(ctx, m.group(2), m.start())
        return _part_of(m.group(1), base) if base else None

    @rule(rf"\b(early|mid|late)[- ]({_M}|{_Y})(?:\s+({_Y}))?\b")
    def _(ctx, m):
        base = _period(ctx, m.group(2) + (" " + m.group(3) if m.group(3) else ""), m.start())
        return _part_of({"mid": "middle"}.get(m.group(1).lower(), m.group(1)), base) if base else None

    @rule(rf"\b(earlier|later)\s+(this|last|next)\s+(year|month|week)\b")
    def _(ctx, m):
        return _relative_unit(ctx, m.group(2).lower(), m.group(3))

    @rule(r"\b(\d{4})-(\d{2})-(\d{2})\b")
    def _(ctx, m):
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _date(d.isoformat(), d, d)

    @rule(rf"\b(?:{_WD}\s*,?\s+)?({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s+({_Y}))?\b")
    def _(ctx, m):
        return _day(ctx, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3), m.start())

    @rule(rf"\b(?:{_WD},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})(?:,?\s+({_Y}))?\b")
    def _(ctx, m):
        return _day(ctx, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)), m.group(3), m.start())

    @rule(rf"\b(?:(last|next|this)\s+)?({_M})\s+(?:of\s+)?({_Y})\b")
    def _(ctx, m):
        return _resolve_month(ctx, MONTHS[m.group(2).lower().rstrip(".")], m.start(), int(m.group(3)))

    @rule(rf"\b(?:(last|next|this|since|in|by|until|till|from|during|through|before|after|early|since\s+last|as\s+of|of|to|and|between|on|the|their|its|his|her|our)\s+)({_M})(?!\w)(?!\.?\s+\d)")
    def _(ctx, m):
        rel = (m.group(1) or "").lower()
        rel = rel if rel in ("last", "next", "this") else ("last" if rel == "since last" else None)
        if not m.group(2)[:1].isupper():  # "this may", "in march": a verb, a noun
            return None
        res = _resolve_month(ctx, MONTHS[m.group(2).lower().rstrip(".")], m.start(), None, rel)
        if (m.group(1) or "").lower() in ("the", "their", "its", "his", "her", "our"):
            return res + (m.start(2) - m.start() - 1,)  # "their January sales": the span is the month
        return res

    @rule(rf"\b(?:(?:in|since|by|until|during|of|from|before|after|through|for)\s+)?(?:the\s+)?(?:(spring|summer|autumn|fall|winter)\s+(?:of\s+)?({_Y})|(last|this|next|the\s+coming|the\s+past)\s+(spring|summer|autumn|fall|winter))\b")
    def _(ctx, m):
        season = SEASONS[(m.group(1) or m.group(4)).lower()]
        if m.group(2):
            y = int(m.group(2))
        elif ctx.ref is None:
            return _date(f"XXXX-{season}", None, None, False)
        else:
            rel = m.group(3).lower().split()[-1]
            y = ctx.ref.year + {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
            if rel in ("last", "past") and SEASON_MONTHS[season][0] > ctx.ref.month:
                y = ctx.ref.year - 1
        return _season(y, season)

    @rule(rf"\b(?:the\s+)?(?:past|last|next|coming|previous|following)\s+({_NUM}|few|several|\d+)\s+{_ADJ}({_UNITS})\b")
    def _(ctx, m):
        n = None if m.group(1).lower() in ("few", "several") else _num(m.group(1))
        return ("DURATION", _duration(n, m.group(2)), None, None, True)

    @rule(r"\b(?:the\s+)?(?:past|last)\s+(decade|century)\b")
    def _(ctx, m):
        return ("DURATION", "P10Y" if m.group(1).lower() == "decade" else "P100Y", None, None, True)

    @rule(r"\b(?:over|in|for)\s+the\s+(years|decades|months|weeks)\b|\b(years|decades|months)-long\b")
    def _(ctx, m):
        return ("DURATION", _duration(None, m.group(1) or m.group(2)), None, None, True)

    @rule(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
    def _(ctx, m):
        mo, d, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 else y
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return None
        return _date(day.isoformat(), day, day)

    @rule(r"(?<=\d )(?:a|an|per)\s+(day|week|month|year)\b|\bannual\b")
    def _(ctx, m):
        u = (m.group(1) or "year").lower()
        return ("SET", "P1" + {"day": "D", "week": "W", "month": "M", "year": "Y"}[u], None, None, True)

    @rule(r"\bthe\s+(last|previous|past)\s+quarter\b")
    def _(ctx, m):
        return _relative_unit(ctx, "last", "quarter")

    @rule(rf"\b(?:the\s+)?(first|second|third|fourth|last|final)[\s-]quarter(?:\s+of\s+({_Y}|this\s+year|last\s+year))?\b|\bQ([1-4])\s+({_Y})\b")
    def _(ctx, m):
        if m.group(3):
            q, y = int(m.group(3)), int(m.group(4))
        else:
            q = ORD[m.group(1).lower()]
            yy = m.group(2)
            if yy and yy[:1].isdigit():
                y = int(yy)
            elif ctx.ref is None:
                return _date(f"XXXX-Q{q}", None, None, False)
            elif yy:
                y = ctx.ref.year - (1 if yy.lower().startswith("last") else 0)
            else:  # no year: the nearest such quarter (the next one ahead in the future tense)
                r = ctx.ref
                if ctx.future(m.start()):
                    y = r.year + (1 if 3 * q < r.month else 0)
                else:
                    mid = lambda yr: dt.date(yr, 3 * q - 1, 15)
                    y = min((r.year - 1, r.year, r.year + 1), key=lambda yr: abs((mid(yr) - r).days))
        return _date(f"{y}-Q{q}", dt.date(y, 3 * q - 2, 1), _month_interval(y, 3 * q)[1])

    @rule(r"\b(?:the\s+)?(?:(19|20)(\d)0s|'?(\d)0s)\b")
    def _(ctx, m):
        if m.group(1):
            dec = int(m.group(1) + m.group(2))
        else:
            d = int(m.group(3))
            dec = (190 if d >= 3 else 200) + d
        return _date(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31))

    @rule(rf"\b(?:(?:in|since|by|until|during|of|from|before|after|through)\s+)?({_Y})(?!\s*[-–]\s*\d)(?![\w%])(?!\s+[Ii]ndex)")
    def _(ctx, m):
        y = int(m.group(1))
        return _date(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))

    @rule(rf"\b({_VAG})\s+({_UNITS})\s+(ago|earlier|before|later|from now)\b")
    def _(ctx, m):
        return _date("PAST_REF" if m.group(3).lower() in ("ago", "earlier", "before") else "FUTURE_REF", None, None)

    @rule(rf"\b({_NUM}|\d+)\s+({_UNITS})\s+(ago|earlier|from now|hence)\b")
    def _(ctx, m):
        return _ago(ctx, _num(m.group(1)), m.group(2), -1 if m.group(3).lower() in ("ago", "earlier") else 1)

    @rule(rf"\b(?:in|within)\s+(?:the\s+)?(?:next|coming)\s+({_NUM}\s+)?({_UNITS})\b")
    def _(ctx, m):
        return ("DURATION", _duration(_num(m.group(1)) if m.group(1) else 1, m.group(2)), None, None, True)

    @rule(r"\b(last|this|next|coming|past|previous|current)\s+(week|month|year|weekend|quarter)\b")
    def _(ctx, m):
        if m.group(1).lower() == "past":
            return ("DURATION", _duration(1, m.group(2)), None, None, True)
        return _relative_unit(ctx, m.group(1).lower(), m.group(2))

    @rule(rf"\b(?:(last|next|this|on|since|by|until|from|early|late)\s+)?({_WD})(?:\s+(morning|afternoon|evening|night))?\b")
    def _(ctx, m):
        wd = WEEKDAYS[m.group(2).lower()]
        rel = (m.group(1) or "").lower()
        if ctx.ref is None:
            return _date(f"XXXX-XX-XX", None, None, False) if not m.group(3) else ("TIME", "XXXX-XX-XXT" + m.group(3)[:2].upper(), None, None, False)
        r = ctx.ref
        if rel == "next" or (rel not in ("last",) and ctx.future(m.start())):
            d = r + dt.timedelta(days=(wd - r.weekday()) % 7 or (7 if rel == "next" else 0))
        else:
            d = r - dt.timedelta(days=(r.weekday() - wd) % 7)
            if rel == "last" and d == r:
                d -= dt.timedelta(days=7)
        if m.group(3):
            return ("TIME", d.isoformat() + "T" + PART_OF_DAY[m.group(3).lower()], d, d, True)
        return _date(d.isoformat(), d, d)

    @rule(r"\b(?:(?:earlier|later)\s+)?(yesterday|today|tomorrow|tonight)\b")
    def _(ctx, m):
        w = m.group(1).lower()
        if ctx.ref is None:
            return _date("PRESENT_REF" if w == "today" else "XXXX-XX-XX", None, None, False)
        d = ctx.ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[w])
        if w == "tonight":
            return ("TIME", d.isoformat() + "TNI", d, d, True)
        return _date(d.isoformat(), d, d)

    @rule(r"\b(this|yesterday|tomorrow|in|during|early|late)\s+(?:the\s+)?(morning|afternoon|evening)\b")
    def _(ctx, m):
        """'this morning', 'yesterday evening'; 'in (the) morning', 'late in the afternoon' on the reference date."""
        code = PART_OF_DAY[m.group(2).lower()]
        if ctx.ref is None:
            return ("TIME", f"XXXX-XX-XXT{code}", None, None, False)
        d = ctx.ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m.group(1).lower(), 0))
        return ("TIME", f"{d.isoformat()}T{code}", d, d, True)

    @rule(rf"(?:\b(\d{{1,2}})(?::(\d{{2}}))?\s*([ap])\.?m\.?(?!\w)|\b(\d{{1,2}}):(\d{{2}})\b|\b(noon|midnight)\b|\b([01]\d|2[0-3])([0-5]\d)(?={_TZ})){_TZ}?")
    def _(ctx, m):
        if m.group(6):
            hh, mm = (12, 0) if m.group(6).lower() == "noon" else (0, 0)
        elif m.group(4):
            hh, mm = int(m.group(4)), int(m.group(5))
        elif m.group(7):
            hh, mm = int(m.group(7)), int(m.group(8))
        else:
            hh, mm = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0), int(m.group(2) or 0)
        if hh > 23 or mm > 59:
            return None
        zone = re.search(r"\b(?:UTC|GMT|Z)\b", m.group(0)) is not None
        day = ctx.ref
        shift = re.search(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})", m.group(0))
        if shift:  # "6:40 p.m. (GMT +8)" -> 10:40Z
            hh -= int(shift.group(2)) * (1 if shift.group(1) == "+" else -1)
            if day is not None:
                day += dt.timedelta(days=hh // 24)
            hh %= 24
        txt = day.isoformat() if day else "XXXX-XX-XX"
        return ("TIME", f"{txt}T{hh:02d}:{mm:02d}{'Z' if zone else ''}", day, day, day is not None)

    @rule(r"\b(?:every|each)\s+(day|week|month|year|morning|night)\b|\b(daily|weekly|monthly|annually|yearly|hourly)\b")
    def _(ctx, m):
        w = (m.group(1) or m.group(2)).lower()
        code = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
                "year": "P1Y", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "morning": "P1D", "night": "P1D"}[w]
        return ("SET", code, None, None, True)

    @rule(rf"\b({_NUM}|\d+|single)-({_UNITS[3:-1]})(?:-long|-old)?\b")
    def _(ctx, m):
        return ("DURATION", _duration(_num(m.group(1)), m.group(2)), None, None, True)

    @rule(rf"\b({_VAG})\s+({_UNITS})\b")
    def _(ctx, m):
        return ("DURATION", _duration(None, m.group(2)), None, None, True)

    @rule(rf"\b(\d+(?:\.\d+)?|{_NW}|a couple of)\s+{_ADJ}({_UNITS})\b")
    def _(ctx, m):
        n = _num(m.group(1)) if not re.fullmatch(r"\d+\.\d+", m.group(1)) else m.group(1)
        return ("DURATION", _duration(n, m.group(2)), None, None, True)

    @rule(rf"\b(?:for|over|in|within|after|about|nearly|almost|than|past)\s+(?:the\s+past\s+)?(?:a|an)\s+({_UNITS})\b")
    def _(ctx, m):
        span = m.group(0)
        if m.group(1).lower() == "second" and _ORDINAL_NEXT.match(ctx.text, m.end()):
            return None
        if m.group(1).lower() == "quarter" and re.match(r"\s*(?:,|of\b)", ctx.text[m.end():]):
            return None  # "about a quarter of its staff": a fraction
        return ("DURATION", _duration(1, m.group(1)), None, None, True, span.lower().rfind(" a"))

    @rule(r"\b(?:for|over|in|within|just)\s+(?:just\s+|mere\s+)?(years|months|weeks|days|decades|hours|minutes)\b(?!\s+(?:ago|of|to|before|after|later|earlier))")
    def _(ctx, m):
        return ("DURATION", _duration(None, m.group(1)), None, None, True)

    @rule(r"\b(?:the\s+(same|following|next|previous)\s+day|(?:late|early|later|earlier)\s+in\s+the\s+day|(?:the\s+)?(?:start|end|rest|remainder|close|beginning)\s+of\s+the\s+day|(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|for|clos(?:ed|ing|es))\s+the\s+day)\b")
    def _(ctx, m):
        """'the same day', 'late in the day', 'ended the day': the day of the reference date (a limit:
        in a narrative the day last mentioned would be the anchor)."""
        k = {"following": 1, "next": 1, "previous": -1}.get((m.group(1) or "").lower(), 0)
        whole = m.group(0).lower()
        cut = whole.rfind(" the day") if re.match(r"(?:end|finish|for|clos)", whole) else -1
        if ctx.ref is None:
            res = _date("XXXX-XX-XX", None, None, False)
        else:
            d = ctx.ref + dt.timedelta(days=k)
            res = _date(d.isoformat(), d, d)
        return res + (cut,) if cut >= 0 else res

    @rule(r"\b(?:(this|last|next|the|over\s+the|during\s+the)\s+)weekend\b")
    def _(ctx, m):
        rel = m.group(1).lower().split()[-1]
        if rel == "the":  # the weekend just past, or the coming one in the future tense
            rel = "this" if ctx.future(m.start()) or (ctx.ref and ctx.ref.weekday() >= 5) else "last"
        return _relative_unit(ctx, rel, "weekend")

    @rule(r"\b(?:in|during|this|by|until|since|the)\s+(spring|summer|autumn|winter)\b|\b(Spring|Summer|Autumn|Winter)\b")
    def _(ctx, m):
        """A season without a year: the one the reference date is in, or the latest before it (the
        next one in the future tense)."""
        season = SEASONS[(m.group(1) or m.group(2)).lower()]
        if ctx.ref is None:
            return _date(f"XXXX-{season}", None, None, False)
        a_m, b_m = SEASON_MONTHS[season]
        r = ctx.ref
        inside = (a_m <= r.month <= b_m) if a_m < b_m else (r.month >= a_m or r.month <= b_m)
        y = r.year - (1 if season == "WI" and r.month <= b_m else 0)
        if not inside:
            if ctx.future(m.start()):
                y = r.year if a_m > r.month else r.year + 1
            else:
                y = r.year if (a_m < r.month and season != "WI") else r.year - 1
        return _season(y, season)

    @rule(r"\b(?:since|in|of|from|until|before|after|by)\s+['’](\d\d)\b(?!s)")
    def _(ctx, m):
        yy = int(m.group(1))
        pivot = (ctx.ref.year % 100 if ctx.ref else 30) + 1
        y = (2000 if yy <= pivot else 1900) + yy
        return _date(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))

    @rule(rf"\b(\d+|{_NW})(?=\s+(?:and|to|or|-|–)\s+(?:\d+|{_NW})\s+({_UNITS})\b)")
    def _(ctx, m):
        """The first count of a range takes the unit of the second ("between 60 and 90 days")."""
        return ("DURATION", _duration(_num(m.group(1)), m.group(2)), None, None, True)

    @rule(rf"\b(?:({_NW}|\d+|an?)\s+({_UNITS})\s+and\s+a\s+half|({_NW}|\d+)\s+and\s+a\s+half\s+({_UNITS})|half\s+an?\s+({_UNITS}))\b")
    def _(ctx, m):
        """Fractional durations: "two and a half years" (P2.5Y), "a year and a half", "half an hour" (PT0.5H)."""
        n_word, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4)) if m.group(3) else (None, m.group(5))
        n = (_num(n_word) + 0.5) if n_word else 0.5
        return ("DURATION", _duration(f"{n:g}", unit), None, None, True)

    @rule(r"\b(?:(?:in|for|over)\s+the\s+)?(?:near|short|long|medium)[\s-]term\b|\bfor the time being\b")
    def _(ctx, m):
        return _date("PRESENT_REF" if "time being" in m.group(0).lower() else "FUTURE_REF", None, None)

    @rule(r"\b(in the (?:near |distant )?future|in (?:the )?(?:coming|next few) (?:days|weeks|months|years)|soon)\b(?!-)")
    def _(ctx, m):
        return _date("FUTURE_REF", None, None)

    @rule(rf"\b(previously|recently|formerly|in the past|lately|earlier|once upon a time|in recent (?:days|weeks|months|years)|recent|(?<=of )the past(?!\s+(?:few|several|\d|{_NW}|{_UNITS})))\b")
    def _(ctx, m):
        return _date("PAST_REF", None, None)

    @rule(r"\b(now|currently|at present|presently|nowadays|at the moment|these days|right now|(?<=the )current)\b(?!-)")
    def _(ctx, m):
        return _date("PRESENT_REF", None, None)

    return R


def _day(ctx: _Ctx, month: int, day: int, year, start: int):
    if not 1 <= day <= 31:
        return None
    if year:
        y = int(year)
    elif ctx.ref is None:
        return _date(f"XXXX-{month:02d}-{day:02d}", None, None, False)
    else:
        r = ctx.ref
        y = r.year
        cand = (month, day)
        if ctx.future(start):
            y = r.year if cand >= (r.month, r.day) else r.year + 1
        else:  # the nearest such day: news dates without a year are close to publication
            options = []
            for k in (-1, 0, 1):
                try:
                    options.append(dt.date(r.year + k, month, day))
                except ValueError:  # 29 February outside a leap year
                    continue
            if not options:
                return None
            y = min(options, key=lambda d: abs((d - r).days)).year
    try:
        d = dt.date(y, month, day)
    except ValueError:
        return None
    return _date(d.isoformat(), d, d)


_RULES = None
_LEADING = re.compile(r"^(?:in|on|at|since|by|until|from|during|of|before|after|through|for|over|within|about|nearly|almost|than|towards?|around)\s+", re.I)
_RANGE = re.compile(rf"\b(?:from\s+)?({_M})\s*(?:to|-|–|until|through|and)\s*({_M})\s+({_Y})\b", re.I)


def extract_timexes(text: str, reference_date=None) -> pd.DataFrame:
    """Time expressions of ``text`` resolved against ``reference_date`` (a date, ISO string or None).

    Returns (start, end, text, type, value, earliest, latest, resolved); spans exclude leading
    prepositions ("since October" is kept whole only for its value: the span is "October").
    """
    global _RULES
    if _RULES is None:
        _RULES = _rules()
    ref = None
    if reference_date is not None and not (isinstance(reference_date, float) and pd.isna(reference_date)):
        ref = pd.Timestamp(reference_date).date() if not pd.isna(pd.Timestamp(reference_date)) else None
    if not text:
        return pd.DataFrame(columns=TIMEX_COLUMNS)
    ctx = _Ctx(text, ref)
    found = []
    for m in _RANGE.finditer(text):  # "from May to July 2024": both months take the year
        y = int(m.group(3))
        for g in (1, 2):
            mo = MONTHS[m.group(g).lower().rstrip(".")]
            end = m.end(g) if g == 1 else m.end(3)
            found.append((m.start(g), end, _date(f"{y}-{mo:02d}", *_month_interval(y, mo))))
    for rx, fn in _RULES:
        for m in rx.finditer(text):
            res = fn(ctx, m)
            if not res:
                continue
            s, e = m.span()
            if len(res) == 6:  # handler gave the offset of the expression inside the match
                s, res = s + res[5] + 1, res[:5]
            found.append((s, e, res))
    rows, taken = [], []
    for s, e, res in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        taken.append((s, e))
        rows.append((s, e, res))
    out = []
    for s, e, (typ, value, a, b, ok) in sorted(rows):
        surface = text[s:e]
        lead = _LEADING.match(surface)
        keep_since = surface.lower().startswith(("since ", "in the future", "in the near", "in the distant",
                                                 "in the past", "in recent", "in the coming", "in coming"))
        if lead and not keep_since and len(surface) > lead.end():
            s += lead.end()
        out.append((s, e, text[s:e], typ, value,
                    pd.Timestamp(a) if a else pd.NaT, pd.Timestamp(b) if b else pd.NaT, bool(ok)))
    return pd.DataFrame(out, columns=TIMEX_COLUMNS)


def granularity(value: str) -> str:
    if not isinstance(value, str) or "REF" in value or "X" in value:
        return "vague"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}.*", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-(?:Q\d|SP|SU|FA|WI)", value):
        return "season"
    return "year" if re.fullmatch(r"\d{3,4}", value) else "vague"


