"""Separate an article's body from its page furniture: title, byline, URL, dates, boilerplate.

Works line by line on plain text (saved pages are turned into text first; text copied from a browser
arrives as one line per block). A line of the story is removed only on strong evidence. Lines broken
inside a sentence (the next line goes on in lower case) are joined first; then each non-blank line gets
one class by its form:

- **prose**: at least 8 words with a sentence end (or 25 words), not a list of tags, and, in English
  text, 15% function words (``the``, ``of``, ...) and 30% lower-case words (a Title Case headline is not
  prose); prose is never removed for the words it contains;
- **meta**: a bare URL, a lone date or time line ("May 2, 2013 | 5:03pm", "PUBLISHED: 00:01, Tue, Nov 19,
  2019", "Updated 4:08 p.m. ET"), a lone name line ("By Jane Doe"): kept aside as ``source_url``,
  ``published``, ``byline`` (a name only within 4 lines of the title or the body);
- **chrome**: a short line that is furniture by itself: a widget or notice (share, log in, newsletter,
  cookies, "Read more:", "Related articles", image credits), comment-thread furniture (usernames with
  times "3 hours ago", "Reply", vote counts), a short non-sentence line repeated on the page or, with
  ``seen_elsewhere`` (see ``shared_lines``), in other articles of the folder, a line without letters; a
  few whole-line notices are chrome even as sentences ("Your email address will not be published.");
- **short**: any other line (a sub-heading, a list item, "The trial continues.").

The body is found as runs of prose ("blocks"): prose lines with at most two short lines, no chrome and no
date line between them form one block. The block with the most prose words is the article (teasers, a
headline glued to its summary or a lone paragraph under a headline, count a fifth, and so does a block
after the page footer: cookie dialogs). The next block is joined while the lines between hold no section
end (a comment thread, a "Most read" or "Latest videos" sidebar, the footer), no next story's date line,
and at most 3 chrome lines and 12 lines in all (or only short lines); a block before it is joined the same
way unless the story's own header (a headline over a date line) lies between, and across at most 2 lines
if it reads as a list of teasers. Inside the body chrome lines go out, and so do short lines in a run
opened by a chrome line ("Related articles" and its links). Short sentences right before or after the
body stay in it; after the body everything stays when no chrome follows at all (a clean story ending with
a list). Nothing is dropped: every line removed is in ``boilerplate`` or in the furniture fields.

**title**: the nearest headline-like line before the body (2-25 words, no sentence end, no date or clock
time), past meta, date and chrome lines; when a longer headline-like line stands right above it, that is
the headline and the line below is a deck, taken into the body. A date line is never the title (it sets
``published`` when it parses; "11/09/2010" sets it only when a North American time zone stands on the
line or the text names one of its two days, else both readings go to ``published_readings``). A lead sentence
wrapped over two lines (the next text line goes on in lower case, or the British lead "A WOMAN was
jailed ...") is not a title: it joins the body. With ``main_text`` (an extractor's or a table's text)
no title is looked for and blocks join across any gap without a section end.

Limits: chrome written as long sentences (8+ words) is kept, and so are photo captions written as
sentences; a teaser paragraph right above the article's header can join it; a Title Case headline of
2-5 capitalised words with no other name line near it reads as a byline; the function-word and
lower-case tests are English (other languages are judged by length and punctuation only); a run of short
lines without chrome evidence at the end of a page is kept.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from .wire import normalise_wire, typewriter_quotes

# ----------------------------------------------------------------------------------------- words
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# English function words: prose has many, menus, link lists and headlines few.
STOPWORDS = set("""
a about after against all also an and any are as at be because been before being between both but by
can could did do does during each even for from had has have he her here hers him his how i if in into
is it its just may me might more most my no nor not of on once only or other our out over own said same
she should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
""".split())
_SENT_END = re.compile(r"[.!?。！？…](?:[\"'”’)\]»]*)(?:\s|$)")
_URL_LINE = re.compile(r"^\s*<?((?:https?://|www\.)\S+?)>?\s*$", re.I)

# ----------------------------------------------------------------------------------------- chrome
# Page chrome of news and blog sites, matched case-insensitively against short lines (<= 12 words).
CHROME_PATTERNS = [
    r"^(leave|post|write|add|submit|join) (a |your |the )?"
    r"(comment|reply|vote|review|response|discussion|conversation)s?\b",
    r"^\d+\s+(points?|comments?|shares?|views?|votes?|likes?|reactions?|responses?|replies)$",
    r"^(up ?vote|down ?vote)\b", r"^share (this|on|via|the|article|story|page)\b", r"^share$",
    r"^(tweet|pin it|email|e-mail|print|whatsapp|facebook|twitter|linkedin|reddit|flipboard|pinterest|copy link)$",
    r"^(log ?in|sign ?in|sign ?up|log ?out|register|subscribe|create (an |your )?account)\b",
    r"\bpassword\b", r"\baccount data\b", r"^privacy( policy| notice| settings)?$", r"\bcookies?\b",
    r"\bnewsletters?\b", r"\bunsubscribe\b", r"^(related|recommended|more|popular|trending|latest|top) "
    r"(posts?|articles?|stories|news|videos?|reads?|from|in|on|topics|coverage|headlines|links|content|reading)\b",
    r"^read (more|next|also|the full|this)\b", r"^(you may|you might) (also )?(like|enjoy)", r"^see (also|more)\b",
    r"\bcollections?$", r"^advertisement$", r"^advertising$", r"^ad$", r"^sponsored\b", r"^promoted\b",
    r"all rights reserved", r"^©", r"^\(c\) ?\d{4}", r"^copyright\b",
    r"^follow us\b", r"^(click|tap) here\b", r"^skip to (main )?content",
    r"^(home|menu|search|close|next|previous|more|back to top|top)$",
    r"^(previous|next) (post|article|story|page)\b", r"^tags?:", r"^topics?:", r"^(related )?(tags|topics)$",
    r"^filed under\b", r"^categor(y|ies):",
    r"^comments?$", r"^\(?\d+\)? comments?$", r"terms (of|and) (use|service|conditions)", r"^loading\b",
    r"^(accept|reject) (all )?cookies", r"^image (source|caption|credit)", r"^(photo|picture|image|video)s?( credit)?:",
    r"\bgetty images$", r"^also on\b", r"^trending( now)?$", r"^on [\w-]+(\.[\w-]+)+:",
    r"^more( \w+)? (news|stories|videos)$", r"^(\S+@[\w-]+(\.[\w-]+)+|[\w-]+(\.[\w-]+)*\.[a-z]{2,}/\S*)$",
    r"\((image|photo|picture|video)s?:[^)]*\)$", r"^(credit|source|photograph): ",
    r"^listen to (this|the) (article|story)", r"^\d+ min(ute)?s? read$", r"^(watch|video|listen):", r"^don'?t miss\b",
    r"^most (read|popular|viewed|shared|commented|emailed|recent)\b", r"^(what|who) to read next\b",
    r"^(contact|about) us$", r"^(site ?map|rss|faq|help|careers|jobs)$", r"^(show|view|load|see) (more|all)\b",
    r"^(get|download) (the|our) app\b", r"\bapp\b.*\b(download|get)\b", r"^(more|all) (videos?|photos?|stories|news)$",
    r"^(abstract|full text)[.:]?$",  # an archive's section labels ("ABSTRACT.", "FULL TEXT.")
]
_CHROME = [re.compile(p, re.I) for p in CHROME_PATTERNS]
# Notices that are chrome even when written as a sentence (matched over the whole line).
_NOTICE = re.compile(
    r"^(your email address will not be published|required fields are marked|you must (be )?log(ged)? in|"
    r"this material may not be published|enter your account data|your password reset link|"
    r"here you'll find all collections|we (use|value) cookies|by (clicking|continuing|using)|sign up for|"
    r"subscribe to|click here to|like this (story|article)\?|get the .{1,40} app\b|read more:|read more at|"
    r"also on [\w-]+(\.[\w-]+)*\.[a-z]{2,}\b|tell us what you think|\[\w+ [^\]]*=[^\]]*\]|"
    r"continue reading|editor['’]?s['’]? note\s*:|note to (?:our )?readers\s*:|"
    r"(comments|replies) (are|have been) (closed|disabled))", re.I)
# A photo caption ends with its credit, whatever its length ("... La Paz, November 19. © Reuters / D. Mercado").
_CAPTION = re.compile(r"(\(AP Photo[^)]*\)|\((image|photo|picture)s?:[^)]*\)|©\s*[\w .&/|-]{2,40}|"
                      r"\|\s*getty images|\b(photo|image|picture)( credit)?:\s*[\w .&/|-]{2,40})\s*\.?$", re.I)
# Comment threads and widgets: times, vote counts, reply buttons, sort controls.
_COMMENT_META = re.compile(
    r"^(\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$|"
    r"^(reply|report|flag|like|dislike|quote|permalink|edit|delete|share|upvote|downvote)(\s*\(?\d+\)?)?$|"
    r"^(\d+\s+)?(replies|reply|likes?|points?|votes?)(\s*\(?\d+\)?)?$|"
    r"^(show|view|load|hide) (more )?(replies|comments)|^sort by\b|^(newest|oldest|best|top)( first)?$|"
    r"^\S+( \S+)?\s*[·•|]\s*\d+\s*[smhdw]\b|^[↑↓▲▼+\-]\s*\d+$", re.I)
# Lines after which the page no longer holds the article: a comment thread, a "most read" sidebar, the page
# footer. (Lists such as "More from UK" or "Recommended" also sit inside articles: the gap limits decide.)
_SECTION_END = re.compile(
    r"^(\d+\s+)?comments?\b|^(leave|post|add|join) (a |the )?(comment|reply|discussion|conversation)|"
    r"^most (read|popular|viewed|shared|commented|emailed)\b|^latest (videos?|news|stories)\b|"
    r"^©|^copyright\b|all rights reserved|^(privacy policy|terms (of|and) (use|service))|^(contact|about) us$", re.I)

# ----------------------------------------------------------------------------------------- names, dates
_BY_PREFIX = re.compile(r"^(?:by|written by|words by|author:|reporting by)\s+", re.I)
#: Lower-case words a person's name holds ("Joaquin del Olmo", "Ludwig van Beethoven", "Ines van der Kloot");
#: the one list for bylines, entities and names.
NAME_PARTICLES = {"de", "del", "della", "der", "den", "van", "von", "la", "le", "da", "di", "du", "dos", "das", "al",
                  "el", "bin", "binti", "ibn", "ben", "ter", "y", "st", "st.", "zu", "mac"}
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-.]*$")
_FUNCTION_WORDS = STOPWORDS | {"new", "news", "more"}

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?P<iso>\d{{4}}\s*[-./]\s*\d{{1,2}}\s*[-./]\s*\d{{1,2}})|"
    rf"(?P<dmy>{_DAY}\s+{_MONTH},?\s+\d{{4}})|(?P<mdy>{_MONTH}\s+{_DAY},?\s+\d{{4}})|"
    rf"(?P<num>\d{{1,2}}\s*[/.]\s*\d{{1,2}}\s*[/.]\s*\d{{2,4}})", re.I)
_TIME = re.compile(r"\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
# Words a date line may hold besides the date itself.
_DATE_FILLER = set("""published updated posted date dated last first modified on at time created edited
originally story article filed hrs hours local
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
gmt utc bst est edt cst cdt pst pdt et pt ist cet cest aest uk am pm a p m z""".split())


@dataclass
class CleanText:
    """What ``clean_text`` found: the body paragraphs and the page furniture around them."""

    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    source_url: str | None = None
    #: an address line above the body (the page's own, as a saved page or a reading tool writes it); a URL
    #: line inside the text is a source the article cites, and names no outlet
    address: str | None = None
    published: date | None = None
    boilerplate: list[str] = field(default_factory=list)
    #: both readings of a date line whose day and month can be swapped ("05/02/2013") when nothing in the
    #: article told which is meant; the corpus may choose by the other articles' dates
    published_readings: tuple[date, ...] = ()


# ----------------------------------------------------------------------------------------- line tests
def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _norm(line: str) -> str:
    """A line reduced for repetition checks: lower case words only."""
    return " ".join(w.lower() for w in _words(line))


def is_sentence(line: str) -> bool:
    """A line that ends like a sentence and has a lower-case word ("The trial continues.")."""
    s = line.strip()
    return bool(s) and bool(_SENT_END.search(s[-4:] + " ")) and any(w[:1].islower() for w in _words(s))


def _term_list(s: str) -> bool:
    """A list of tags or links on one line: 4+ separators (, | •), about 4 words or fewer between them."""
    parts = [p for p in re.split(r"\s*[,|•·]\s*", s) if p.strip()]
    return len(parts) >= 5 and len(_words(s)) <= 4 * len(parts) and not _SENT_END.search(s[:-1] + " ")


def is_prose(line: str, english: bool = True) -> bool:
    """Running text: 8+ words with a sentence end, or 25+ words; in English, 15%+ function words and 30%+
    words in lower case."""
    s = line.strip()
    words = _words(s)
    n = max(len(words), len(s) // 8)  # scripts without spaces count by length
    if n < 8 or not (_SENT_END.search(s + " ") or n >= 25) or _term_list(s):
        return False
    if not english:
        return True
    return (sum(w.lower() in STOPWORDS for w in words) >= 0.15 * len(words)
            and sum(w[:1].islower() for w in words) >= 0.3 * len(words))  # not a Title Case headline


def is_chrome(line: str) -> bool:
    """True when a line is page chrome by itself (a widget, a form, a notice), not article text."""
    s = line.strip()
    if not s:
        return False
    if not any(ch.isalpha() for ch in s):  # a rule, a count, a bullet; a numeric date is meta
        return not _DATE.search(s)
    if _NOTICE.match(s) or _COMMENT_META.match(s) or _CAPTION.search(s):
        return True
    return len(s.split()) <= 12 and not is_prose(s) and any(p.search(s) for p in _CHROME)


def name_line(line: str) -> str | None:
    """The person's name if a line is nothing but a name ("Jane Doe", "By Jane de Souza"); after "By", the
    names of a shared byline and the desk or outlet after a comma ("By Peter Beal and Chris Marritt, PA
    News" gives "Peter Beal and Chris Marritt")."""
    if _BY_PREFIX.match(line.strip()):
        head, *desk = _BY_PREFIX.sub("", line.strip()).split(",")
        names = [_one_name(n) for n in re.split(r"\s+(?:and|&)\s+", head.strip())]
        if (desk or len(names) > 1) and all(names) and not any(_CALENDAR_WORD.search(n) for n in names) and all(
                1 <= len(d.split()) <= 4 and d.strip()[:1].isupper() and not re.search(r"[\d.!?:;]", d) for d in desk):
            return " and ".join(names)
    return _one_name(line)


#: Words of the calendar, which a line opening "By ..." names a time with ("By Christmas Day, the council said").
_CALENDAR_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                            r"april|june|july|august|september|october|november|december|christmas|easter|day|"
                            r"morning|afternoon|evening|night|noon|midnight|week|weekend|year)\b", re.I)


def _one_name(line: str) -> str | None:
    s = _BY_PREFIX.sub("", line.strip()).strip(" ,;|-–—")
    if not s or s[-1] in ".!?:;" or any(ch.isdigit() for ch in s):
        return None
    toks = s.split()
    if not 2 <= len(toks) <= 5:
        return None
    caps = 0
    for t in toks:
        low = t.lower()
        if low in NAME_PARTICLES:
            continue
        if low in _FUNCTION_WORDS or not _NAME_TOKEN.match(t) or (t.isupper() and len(t) > 3):
            return None
        caps += 1
    return s if caps >= 2 else None


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Time zones written only in North America, where dates are written month first.
_US_ZONE = re.compile(r"\b(?:E|C|M|P|AK|HA)[SD]T\b|\b(?:ET|PT)\b")


def _readings(m: re.Match, line: str = "") -> tuple[date, ...]:
    """Both dates a numeric date line may mean ("05/02/2013": 2 May or 5 February), month first when a
    North American time zone stands on the line ("05/03/2013 at 11:00 AM EDT"). Empty for other lines."""
    if not m.group("num"):
        return ()
    a, b, y = (int(x) for x in re.findall(r"\d+", m.group(0)))
    if y < 100:
        y += 2000 if y < 70 else 1900
    out = []
    for month, day in ((a, b), (b, a)):
        try:
            out.append(date(y, month, day))
        except ValueError:
            pass
    if len(out) == 2 and _US_ZONE.search(line or m.string):  # the zone may stand in another part of the line
        return out[:1]
    return tuple(dict.fromkeys(out))


def _told_reading(readings: tuple[date, ...], paragraphs: list[str]) -> date | None:
    """The one reading the article settles: the only one, or the only one whose month and day the text
    names ("05/02/2013" above "... as saying on May 2 that ..." is 2 May)."""
    if len(readings) == 1:
        return readings[0]
    text = " ".join(paragraphs[:12])
    named = [d for d in readings
             if re.search(rf"\b{_MONTHS[d.month - 1]}[a-z]*\.?\s+{d.day}\b(?![,.]\d)|\b{d.day}(?:st|nd|rd|th)?\s+"
                          rf"{_MONTHS[d.month - 1]}", text)]  # not "May 2,000 people"
    return named[0] if len(named) == 1 else None


def _parse_date(m: re.Match) -> date | None:
    raw = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", m.group(0), flags=re.I)
    raw = re.sub(r"\s+", " ", raw.replace(",", " ").replace(".", " ")).strip()
    if m.group("iso"):
        parts = re.findall(r"\d+", raw)
        fmts, raw = ["%Y %m %d"], " ".join(parts)
    elif m.group("num"):  # 11/09/2010 reads two ways: no date here (see ``_readings``)
        readings = _readings(m)
        return readings[0] if len(readings) == 1 else None
    else:
        fmts = ["%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"]
        raw = re.sub(r"\bsept\b", "sep", raw, flags=re.I)
    for fmt in fmts:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


_SEGMENT = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")


def _date_match(line: str) -> re.Match | None:
    """The date of a line that holds nothing but a date, times, weekdays and labels ("Updated: ..."), or of
    a line cut by ``|`` or dashes into such a date and short parts ("By HNN Staff | November 18, 2019 at
    2:26 PM HST - Updated November 18 at 4:46 PM", "New Delhi, News Bureau | Updated : 19 November 2019")."""
    s = line.strip()
    parts = _SEGMENT.split(s)
    if len(parts) > 1 and len(s) <= 160:
        found = [m for m in map(_plain_date_match, parts) if m]
        if found and all(_plain_date_match(p) or _time_line(p) or len(p.split()) <= 6 for p in parts):
            return found[0]
    return _plain_date_match(s)


def _plain_date_match(s: str) -> re.Match | None:
    s = s.strip()
    if not s or len(s) > 90:
        return None
    m = _DATE.search(s)
    if not m:
        return None
    rest = _TIME.sub(" ", _DATE.sub(" ", s))
    rest = re.sub(r"\(?gmt\s*[+-]\s*\d+(:\d+)?\)?|[+-]\d{2}:?\d{2}", " ", rest, flags=re.I)
    timed = _TIME.search(s) or re.search(r"\b\d{4}\s+(gmt|utc)\b", s, re.I)
    left = [w for w in re.findall(r"[^\W\d_]+", rest)
            if w.lower() not in _DATE_FILLER and not (timed and w.isupper() and len(w) <= 5)]  # time zones
    return m if not left else None


def _time_line(line: str) -> bool:
    """A line that holds nothing but a clock time and labels ("Updated 5:40 p.m. ET")."""
    s = line.strip()
    if len(s) > 60 or not _TIME.search(s):
        return False
    rest = re.sub(rf"\b{_MONTH}\s+\d{{1,2}}\b", " ", _TIME.sub(" ", s), flags=re.I)  # "Jan 5 at 5:53 PM"
    return not [w for w in re.findall(r"[^\W\d_]+", rest)
                if w.lower() not in _DATE_FILLER and not (w.isupper() and len(w) <= 5)]


def _has_date(line: str) -> bool:
    """A short line holding a full date or a clock time ("Sat Nov 12 2011, 01:19 hrs"), or a dateline
    ("Mumbai, Nov 11 -"): page furniture, never a headline."""
    s = line.strip()
    n = len(s.split())
    return (n <= 10 and bool(_DATE.search(s) or _time_line(s)
                             or re.search(r"\b\d{1,2}\s*[:.]\s*\d{2}\s*(?:[ap]\.?\s?m\b|hrs\b|gmt\b)", s, re.I))
            or n <= 6 and bool(re.search(rf"\b{_MONTH}\s+\d{{1,2}}\b", s, re.I)))


def date_line(line: str) -> date | None:
    """A date if the line is nothing but a date ("April 28, 2025", "Published 2025-04-28 10:02 GMT")."""
    m = _date_match(line)
    return _parse_date(m) if m else None


def _wrapped_lead(line: str, following: str | None) -> bool:
    """A lead sentence broken over lines: the next line goes on in lower case, or the British lead style
    ("A WOMAN was jailed ...", "TELEVISION presenter ...": a capitalised first word, then lower case)."""
    nxt = (following or "").lstrip(" •·-–—\"'“‘")
    if nxt[:1].islower():
        return True
    toks = line.split()
    if len(toks) >= 4 and toks[0] in ("A", "AN", "THE") and toks[1].isupper() and len(toks[1]) > 1:
        return True
    return len(toks) >= 4 and toks[0].isalpha() and toks[0].isupper() and len(toks[0]) >= 5 and toks[1][:1].islower()


def headline_like(line: str) -> bool:
    """True when a line reads as a headline: 2-25 words, no sentence end (a full stop only after a line in
    title case: "Poll: Wealthy Voters Abandon Republican Party."), not chrome, not a date."""
    s = line.strip()
    if not s or is_chrome(s) or _URL_LINE.match(s) or _date_match(s) or _has_date(s):
        return False
    core = s.rstrip("\"'”’»)] ")
    if not (2 <= len(s.split()) <= 25 and core):
        return False
    return core[-1] not in ".,;:!" or (core[-1] == "." and in_title_case(core))


#: Short words a headline in title case leaves in lower case.
_TITLE_SMALL = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
                "from", "as", "vs", "v", "is", "are", "was", "after", "over", "into", "up", "out", "off", "amid",
                "this", "that", "its", "per", "via", "if", "so", "yet", "than"}


def in_title_case(line: str) -> bool:
    """Four or more words, and every word other than short function words capitalised ("Tony Blair met Gordon
    Brown in London." is a sentence: "met")."""
    words = re.findall(r"(?<![\w'’])[A-Za-z][\w'’-]*", line)  # not the "th" of "13th"
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    return len(words) >= 4 and bool(content) and all(w[0].isupper() for w in content)


def _unwrap(lines: list[str]) -> list[str]:
    """Join a line broken inside a sentence to the line before it (no blank line between, no sentence end
    before the break, the next line goes on in lower case), so each line is a block of text."""
    out: list[str] = []
    for ln in lines:
        s = ln.strip()
        prev = out[-1].rstrip() if out else ""
        if (s[:1].islower() and prev and prev[-1] not in ".!?:;\"”’)" and not _URL_LINE.match(prev)
                and not _URL_LINE.match(s) and not (_has_date(s) or _DATE.search(s))):
            out[-1] = f"{prev} {s}"
        else:
            out.append(ln)
    return out


# ----------------------------------------------------------------------------------------- classes
PROSE, META, CHROME, SHORT = "P", "M", "C", "S"
_NEAR = 4  # a name line at most this many lines before the title (or body) or after the body is a byline


def _meta(s: str) -> bool:
    return bool(_URL_LINE.match(s) or _date_match(s) or _time_line(s) or name_line(s))


def _classes(lines: list[str], seen_elsewhere: set[str] | None) -> list[str | None]:
    """One class per line (None for blank lines)."""
    text = " ".join(lines)
    words = _words(text)
    english = len(words) < 30 or sum(w.lower() in STOPWORDS for w in words) >= 0.1 * len(words)
    counts = Counter(_norm(ln) for ln in lines if ln.strip() and not is_prose(ln, english))
    seen = {_norm(x) for x in seen_elsewhere or ()}
    out: list[str | None] = []
    for ln in lines:
        s = ln.strip()
        if not s:
            out.append(None)
        elif _URL_LINE.match(s):
            out.append(META)
        elif is_prose(s, english) and not (_NOTICE.match(s) or _CAPTION.search(s)):
            out.append(PROSE)
        elif is_chrome(s):
            out.append(CHROME)
        elif _meta(s):
            out.append(META)
        elif len(s.split()) <= 12 and not is_sentence(s) and (counts[_norm(s)] > 1 or _norm(s) in seen):
            out.append(CHROME)
        else:
            out.append(SHORT)
    return out


# ----------------------------------------------------------------------------------------- the body
def _blocks(lines: list[str], cls: list[str | None]) -> list[list[int]]:
    """Prose lines grouped into blocks: consecutive prose lines with at most 2 short lines and no chrome
    between them; a byline or date line between them starts a new block (an item of a list of stories)."""
    blocks: list[list[int]] = []
    gap: list[int] = []
    for i, c in enumerate(cls):
        if c == PROSE:
            kinds = [cls[j] for j in gap]
            soft = blocks and CHROME not in kinds and kinds.count(SHORT) <= 2 and not _header(lines, cls, gap)
            if soft:
                blocks[-1].append(i)
            else:
                blocks.append([i])
            gap = []
        elif c is not None:
            gap.append(i)
    return blocks


def _dated(lines: list[str], cls: list[str | None], i: int) -> bool:
    return cls[i] == META and bool(_date_match(lines[i]) or _time_line(lines[i]))


def _header(lines: list[str], cls: list[str | None], idx, headline: bool = False, clock: bool = True) -> bool:
    """Whether lines hold a story header's date line ("Tuesday November 19, 2019"), with a headline-like
    line above it when ``headline``; a bare clock time ("6:05 p.m.") counts only when ``clock``."""
    idx = list(idx)
    dates = [k for k, i in enumerate(idx) if _dated(lines, cls, i) and (clock or _date_match(lines[i]))]
    if not dates or not headline:
        return bool(dates)
    return any(cls[i] in (SHORT, CHROME) and headline_like(lines[i]) for i in idx[:dates[-1]])


_GLUED = re.compile(r"^(?:(?:[A-Z0-9$‘'\"“][\w'’,:;?!&$.\-]*|a|an|the|of|in|on|at|to|for|and|or|with|by|from|as)"
                    r"\s+){2,}[\w'’\-]*[a-z][?!.]?[A-Z][a-z]")


def _teaser(lines: list[str], cls: list[str | None], i: int) -> bool:
    """A prose line that is a teaser in a list of links: a Title-Case headline glued to its summary
    ("Tape Gaffe Ends Title RunDenny Hamlin's ..."), or one short paragraph right under a headline-like
    line (meta lines between) and not followed by more prose."""
    if _GLUED.match(lines[i].strip()):
        return True
    prev = next((j for j in range(i - 1, -1, -1) if cls[j] not in (None, META)), None)
    nxt = next((j for j in range(i + 1, len(cls)) if cls[j] not in (None, META)), None)
    return (prev is not None and cls[prev] == SHORT and headline_like(lines[prev])
            and (nxt is None or cls[nxt] != PROSE) and len(_SENT_END.findall(lines[i] + " ")) <= 2)


def _weight(lines: list[str], cls: list[str | None], block: list[int]) -> float:
    """Prose words of a block; teasers count a fifth."""
    return sum(len(_words(lines[i])) * (0.2 if _teaser(lines, cls, i) else 1.0) for i in block)


_GAP = (3, 12)  # an interruption between two parts of the body: at most 3 chrome lines, 12 lines in all
_GAP_TO_LINKS = (0, 2)  # before the body, to a block that reads as a list of teasers


def _joinable(lines: list[str], cls: list[str | None], lo: int, hi: int, limit: tuple[int, int] | None,
              forward: bool = True, live: bool = False) -> bool:
    """Whether the lines between two blocks (``lo`` to ``hi``, exclusive) are a short interruption: no
    section end, no date line of a story that follows (``forward``; in a live blog, ``live``, a bare clock
    time heads the next entry of the same article), at most ``limit`` (chrome lines, lines) beside meta
    lines, or only short lines (``limit`` None, for a main text: only section ends count)."""
    between = [i for i in range(lo + 1, hi)
               if cls[i] is not None and not (cls[i] == META and _free_meta(lines[i]))]
    if any(_SECTION_END.search(lines[i].strip()) or _COMMENT_META.match(lines[i].strip()) for i in between):
        return False
    if limit is None:
        return True
    if _header(lines, cls, range(lo + 1, hi), headline=not forward, clock=not live):  # the next story's header
        return False
    if all(cls[i] == SHORT for i in between):
        return True
    return sum(cls[i] == CHROME for i in between) <= limit[0] and len(between) <= limit[1]


def _free_meta(line: str) -> bool:
    """A meta line that does not count in a gap: a URL, a date or a "By ..." byline (bare names do)."""
    s = line.strip()
    return bool(_URL_LINE.match(s) or _date_match(s) or _time_line(s) or _BY_PREFIX.match(s))


#: A live blog ("The Latest on the presidential race (all times EDT): 7 p.m. ... ___ 6:05 p.m. ..."): at least
#: this many prose entries, each right under a line holding only a clock time.
LIVE_ENTRIES = 3


def _live_blog(lines: list[str], cls: list[str | None]) -> bool:
    """Whether the text is a live blog: ``LIVE_ENTRIES`` or more clock-time lines with no date on them
    ("7 p.m.", "6:05 p.m."), each followed right away by prose. A page listing other stories puts a headline
    between its times and its teasers, so it is none. Limits: entries under a full date and time
    ("Sept. 30, 2016 7 p.m.") read as separate stories, as on a page of stories."""
    heads = 0
    for i, c in enumerate(cls):
        if c == META and _time_line(lines[i]) and not _date_match(lines[i]):
            nxt = next((j for j in range(i + 1, len(cls)) if cls[j] is not None), None)
            heads += nxt is not None and cls[nxt] == PROSE
    return heads >= LIVE_ENTRIES


_FOOTER = re.compile(r"^©|^\(c\) ?\d{4}|^copyright\b|all rights reserved|^privacy policy\b|"
                     r"terms (of|and|&) (use|service|conditions)", re.I)


def _body_span(lines: list[str], cls: list[str | None], main_text: bool = False) -> tuple[int, int] | None:
    """First and last line of the article's prose (see the module docstring)."""
    blocks = _blocks(lines, cls)
    if not blocks:
        return None
    footer = next((i for i, c in enumerate(cls) if c not in (None, PROSE) and i > blocks[0][-1]
                   and _FOOTER.search(lines[i].strip())), len(lines))
    weight = [_weight(lines, cls, b) * (0.2 if b[0] > footer else 1.0) for b in blocks]  # pop-ups after it
    k = max(range(len(blocks)), key=lambda j: weight[j])
    first, last = blocks[k][0], blocks[k][-1]
    live = _live_blog(lines, cls)
    for b in blocks[k + 1:]:
        if not _joinable(lines, cls, last, b[0], None if main_text else _GAP, live=live):
            break
        last = b[-1]
    for b in reversed(blocks[:k]):
        teasers = sum(_teaser(lines, cls, i) for i in b)
        list_of_links = teasers >= 2 and teasers >= 0.5 * len(b)
        limit = None if main_text else (_GAP_TO_LINKS if list_of_links else _GAP)
        if not _joinable(lines, cls, b[-1], first, limit, forward=False):
            break
        first = b[0]
    return first, last


def _extend(cls: list[str | None], lines: list[str], first: int, last: int,
            main_text: bool = False) -> tuple[int, int]:
    """Take in short sentences (any short line of a main text) right before and after the body
    (meta lines may sit between)."""
    def ok(i: int) -> bool:
        return cls[i] in (None, META) or (cls[i] == SHORT and (main_text or is_sentence(lines[i])))

    def lead_in(i: int) -> bool:  # not a headline; "Courtesy of ADN:" leads into the text
        s = lines[i].strip()
        if cls[i] == SHORT and s.endswith(":"):
            return True
        return ok(i) and not (cls[i] == SHORT and headline_like(s))

    i = first - 1
    while i >= 0 and lead_in(i):
        if cls[i] == SHORT:
            first = i
        i -= 1
    i = last + 1
    while i < len(cls) and ok(i):
        if cls[i] == SHORT:
            last = i
        i += 1
    tail = [c for c in cls[last + 1:] if c is not None]
    if SHORT in tail and CHROME not in tail and PROSE not in tail:  # a clean story ending with a list
        last = max(i for i, c in enumerate(cls) if c == SHORT)
    return first, last


def _drop_in_body(lines: list[str], cls: list[str | None], first: int, last: int) -> set[int]:
    """Lines inside the body that go out: chrome, short lines in a run opened by a chrome line, and a
    headline in capitals right above a "By ..." line (a wire story's later take restarts with its own
    headline and byline: "FAMILY 'UNHAPPY' WITH SHIPMAN'S EXPLANATION" / "By Peter Beal, PA News")."""
    drop, after_chrome = set(), False
    for i in range(first, last + 1):
        c = cls[i]
        if c == SHORT and lines[i].strip().isupper() and headline_like(lines[i]) and _byline_next(lines, cls, i):
            drop.add(i)
        elif c == CHROME:
            drop.add(i)
            after_chrome = True
        elif c == SHORT and after_chrome:
            drop.add(i)
        elif c == PROSE:
            after_chrome = False
    return drop


def _byline_next(lines: list[str], cls: list[str | None], i: int) -> bool:
    """Whether the next non-blank line after ``i`` is a "By ..." meta line."""
    nxt = next((j for j in range(i + 1, len(lines)) if cls[j] is not None), None)
    return nxt is not None and cls[nxt] == META and bool(_BY_PREFIX.match(lines[nxt].strip()))


def _next_text(lines: list[str], cls: list[str | None], i: int) -> str | None:
    """The next line after ``i`` that is neither blank, meta nor a date line."""
    return next((lines[j] for j in range(i + 1, len(lines))
                 if cls[j] not in (None, META) and not _has_date(lines[j])), None)


_TITLE_WINDOW = 8  # non-blank lines above the body searched for the headline
_TITLE_OVERLAP = 0.3  # share of a headline's content words that the body's first paragraphs use


def _stems(text: str) -> set[str]:
    """Content words cut to 5 letters (so "approves" meets "approved")."""
    return {w.lower()[:5] for w in _words(text) if len(w) >= 3 and w.lower() not in STOPWORDS}


def _title(lines: list[str], cls: list[str | None], first: int) -> tuple[int | None, int]:
    """The headline's index and the body's first line.

    The headline is the nearest headline-like line within 8 lines above the body (past meta, date, chrome
    and short lines, never past prose) whose content words the body's first paragraphs share (30%), else
    the nearest one with only meta and chrome lines below it; when a longer headline-like line stands right above it,
    that one is the headline and the line below is a deck, taken into the body. A title that reads like a
    name ("Storm Hits Coast") counts when another name line follows it."""
    lead = _stems(" ".join(lines[j] for j in range(first, min(len(lines), first + 12)) if cls[j] in (PROSE, SHORT)))
    cands, names, seen, i = [], [], 0, first - 1
    while i >= 0 and seen < _TITLE_WINDOW and cls[i] != PROSE:
        c, s = cls[i], lines[i].strip()
        if c is not None:
            seen += 1
            if c == META and name_line(s):
                names.append(i)
            elif c in (SHORT, CHROME) and headline_like(s) and not _wrapped_lead(s, _next_text(lines, cls, i)):
                cands.append(i)
        i -= 1

    def shared(j: int) -> float:
        st = _stems(lines[j])
        return len(st & lead) / len(st) if st else 0.0

    pick = next((j for j in cands if shared(j) >= _TITLE_OVERLAP), None)
    if pick is None and cands and all(cls[j] in (None, META, CHROME) for j in range(cands[0] + 1, first)):
        pick = cands[0]  # right above the body (meta and chrome lines between)
    if pick is None:
        return (names[-1] if len(names) >= 2 and headline_like(lines[names[-1]]) else None), first
    first = next((j for j in range(pick + 1, first) if cls[j] == SHORT and is_sentence(lines[j])), first)
    up = next((j for j in range(pick - 1, -1, -1) if cls[j] is not None), None)
    if (up is not None and cls[up] == SHORT and len(lines[up].split()) >= 4 and headline_like(lines[up])
            and not _wrapped_lead(lines[up].strip(), lines[pick])):
        return up, min(pick, first)
    return pick, first


#: When a lead tells its news ("killed five people on Monday"); headlines leave the day out.
_WHEN_IN_LEAD = re.compile(r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                           r"\b(?:yesterday|today|last\s+night|this\s+morning)\b", re.I)
_HEAD_MAX_WORDS = 16  # a sentence-like first line longer than this is a lead, never a headline


def _sentence_headline(lines: list[str], cls: list[str | None], first: int) -> int | None:
    """Where the body starts when its first line is a headline written as a sentence ("Judge rejects Times
    request to unseal divorce file."): the file's first text line (only meta lines above), a paragraph of its
    own of at most 16 words, followed by a paragraph at least twice as long, and with 60%+ of its content words
    in the next lines of the body. None otherwise (the first line stays the body's).

    A first line in title case, or led by a label and a colon ("The Latest: ..."), is a headline whatever words
    the body repeats (a feature's headline often shares none with its lead).

    Limits: a short one-sentence lead standing alone above a long paragraph that repeats its words is taken
    for a headline; a headline over 16 words is left in the body."""
    if any(c not in (None, META) for c in cls[:first]):
        return None
    s = lines[first].strip()
    words = _words(s)
    after = next((j for j in range(first + 1, len(lines)) if cls[j] is not None), None)
    if after is None or _wrapped_lead(s, lines[after]) or _WHEN_IN_LEAD.search(s):
        return None  # "A GAMEKEEPER was jailed ...": a British lead; "... in Ohio on Monday.": a lead's when
    if not 2 <= len(words) <= _HEAD_MAX_WORDS or after == first + 1 or cls[after] not in (PROSE, SHORT):
        return None
    if in_title_case(s.rstrip(".")) or _LABEL_HEAD.match(s):
        return after  # a headline's style: "Ava DuVernay's '13th' Explores The Evolution Of The U.S. Prison System."
    if len(_words(lines[after])) < 2 * len(words):
        return None
    own = _stems(s)
    lead = _stems(" ".join(lines[j] for j in range(after, min(len(lines), after + 12)) if cls[j] in (PROSE, SHORT)))
    return after if own and len(own & lead) >= 0.6 * len(own) else None


#: A headline led by a label and a colon ("The Latest: Trump urges supporters to ...", "Pence: Flowers won't be
#: at debate"): one to three capitalised words, not all in capitals (a dateline: "LONDON: The prime minister").
_LABEL_HEAD = re.compile(r"(?:The |A )?(?!(?:[A-Z]+\b[ :]*)+:)[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}: [A-Z‘'\"“]")


def _lead_start(lines: list[str], cls: list[str | None], first: int) -> int:
    """The start of the body, moved up to a lead sentence's first line wrapped just before it."""
    prev = next((j for j in range(first - 1, -1, -1) if cls[j] is not None), None)
    if prev is not None and cls[prev] == SHORT and _wrapped_lead(lines[prev].strip(), lines[first]):
        return prev
    return first


#: A line that ends in a title before a name ("... the Rev." / "Larry Kroon said"): a sentence cut in two by a
#: line break, when the next line opens with a name (``_NAME_START``).
_TITLE_AT_END = re.compile(r"\b(Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Prof|Fr|Hon|Insp|Det|Supt)\.$")
_NO_DETERMINER = r"(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|Your)\b)"
#: A line that opens with a name: two capitalised words ("Larry Kroon", "Jane A. Smith") or one in the possessive
#: ("Smith's lawyer"), never a determiner ("The Pentagon said"). Other titles than Mr, Mrs and Ms also end
#: paragraphs ("was promoted to Sgt." / "The department also", "450 Lakeshore Dr." / "It will open", "the rank
#: of Gen." / "BACKGROUND"); those three go on into any capitalised word but a determiner ("Mrs." / "Thatcher in 1984").
_NAME_START = re.compile(_NO_DETERMINER + r"[A-Z][a-z][\w'’-]*(?:['’]s\b|\s+(?:[A-Z]\.\s+)?[A-Z][a-z])")
_CAPITALISED = re.compile(_NO_DETERMINER + r"[A-Z]")


#: A row of a table as an extractor writes it ("| 1 | Kyle Busch | 5040 |"): a line of its own, never prose.
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _paragraphs(block: list[str]) -> list[str]:
    """One paragraph per line, unless the block is hard-wrapped prose (then lines are joined); a line that
    ends in a title before a line that opens with a name goes on into it. A block with a table's rows
    (``TABLE_ROW``) is never hard-wrapped: a row stays a line of its own."""
    if len(block) >= 3 and not any(TABLE_ROW.match(ln) for ln in block):
        mid = block[:-1]
        wrapped = sum(1 for ln in mid if 30 <= len(ln) <= 100 and ln.rstrip()[-1:] not in ".!?:\"”")
        if wrapped / len(mid) >= 0.7:
            return [" ".join(ln.strip() for ln in block)]
    out: list[str] = []
    for ln in block:
        if out and (m := _TITLE_AT_END.search(out[-1])) \
                and (_CAPITALISED if m.group(1) in ("Mr", "Mrs", "Ms") else _NAME_START).match(ln.strip()):
            out[-1] = f"{out[-1]} {ln.strip()}"
        else:
            out.append(ln.strip())
    return out


def _furniture(out: CleanText, bylines: list[str], s: str, inside: bool, near: bool) -> bool:
    """Record a meta line (URL, name, date); True if it was one. A name counts only near the body
    (``near``); inside it only a "By ..." line does (a bare name there may be a sub-heading)."""
    url = _URL_LINE.match(s)
    if url:
        out.source_url = out.source_url or url.group(1)
        return True
    m = _date_match(s)
    if m:
        out.published = out.published or _parse_date(m)
        if not out.published and not out.published_readings:
            out.published_readings = _readings(m, s)
        by = next((name_line(p) for p in _SEGMENT.split(s) if _BY_PREFIX.match(p) and name_line(p)), None)
        if by and near and by not in bylines:
            bylines.append(by)
        return True
    if _time_line(s):
        return True
    nm = name_line(s)
    if nm and near and (not inside or _BY_PREFIX.match(s)):
        if nm not in bylines:
            bylines.append(nm)
        return True
    return False


def shared_lines(raws: list[str], min_texts: int = 2) -> set[str]:
    """Short lines (12 words or fewer, not sentences) found in at least ``min_texts`` of the texts: a site's
    menus and footers when the texts come from one folder. Pass the result to ``clean_text`` as
    ``seen_elsewhere``; it never removes a sentence or a prose line, so a story copied by two outlets
    keeps its text."""
    counts: Counter = Counter()
    for raw in raws:
        counts.update({_norm(ln) for ln in raw.splitlines()
                       if ln.strip() and len(ln.split()) <= 12 and not is_sentence(ln)})
    return {line for line, n in counts.items() if n >= min_texts and line}


def clean_text(raw: str, seen_elsewhere: set[str] | None = None, main_text: bool = False) -> CleanText:
    """Split raw article text into body paragraphs and page furniture. See the module docstring.

    ``seen_elsewhere``: lines of the other articles of the same folder; a short non-sentence line found
    there too counts as chrome (a site's menu or footer), never a prose line.
    ``main_text``: the text is already an article's main text (trafilatura's on HTML, a table's ``text``
    column): its title is given apart, so none is looked for, and prose blocks are joined across any gap
    that holds no section end (comments, "Most read", a copyright footer).
    """
    raw = normalise_wire(raw)  # agency wire copy ('<' paragraph ends, `` '' quotes, # for £) as a reader sees it
    raw = typewriter_quotes(raw)  # ''quotes'' as newspaper archives type them
    lines = _unwrap([ln.rstrip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")])
    cls = _classes(lines, seen_elsewhere)
    out = CleanText(paragraphs=[])
    bylines: list[str] = []
    span = _body_span(lines, cls, main_text)
    if span is None:  # no running text at all: short sentences (any short line of a main text) are the text
        anchors = [i for i, c in enumerate(cls) if c == SHORT and (main_text or is_sentence(lines[i]))]
        span = (anchors[0], anchors[-1]) if anchors else None
    if span is None:  # no text: a headline alone is still the title
        heads = [i for i, c in enumerate(cls) if c == SHORT and headline_like(lines[i])]
        if heads and not main_text:
            out.title = lines[heads[0]].strip()
        for i, c in enumerate(cls):
            if heads and i == heads[0] and out.title:
                continue
            if c is not None and not (c == META and _furniture(out, bylines, lines[i].strip(), False, True)):
                out.boilerplate.append(lines[i].strip())
        return out
    first, last = _extend(cls, lines, *span, main_text)
    first = _lead_start(lines, cls, first)
    title_idx = None
    if not main_text:
        title_idx, first = _title(lines, cls, first)
        body_start = _sentence_headline(lines, cls, first) if title_idx is None else None
        if body_start is not None:
            title_idx, first = first, body_start
    if title_idx is not None:
        out.title = lines[title_idx].strip()
    drop = _drop_in_body(lines, cls, first, last)
    order = {i: k for k, i in enumerate(j for j, ln in enumerate(lines) if ln.strip())}
    lo = order[title_idx if title_idx is not None else first] - _NEAR
    hi = order[last] + _NEAR
    body: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or i == title_idx:
            if not s and body[-1]:
                body.append([])
            continue
        inside = first <= i <= last
        if cls[i] == META and _furniture(out, bylines, s, inside, lo <= order[i] <= hi):
            url = _URL_LINE.match(s)
            if url and i < first and out.address is None:
                out.address = url.group(1)
            continue
        if not inside or i in drop:
            out.boilerplate.append(s)
            continue
        body[-1].append(ln)
    for block in body:
        if block:
            out.paragraphs.extend(_paragraphs(block))
    names = list(dict.fromkeys(n for b in bylines for n in b.split(" and ")))  # each writer once
    out.byline = "; ".join(names) if names else None
    if out.published is None and out.published_readings:
        out.published = _told_reading(out.published_readings, out.paragraphs)
        out.published_readings = () if out.published else out.published_readings
    return out
