"""Separate an article's body from its page furniture: title, byline, URL, dates, boilerplate.

Works line by line on plain text (the loader turns HTML into text first). Every rule is about
the *shape* of web pages in general, never about particular articles:

- **boilerplate**: lines that match common page chrome (vote/share/comment widgets, log-in and
  password forms, privacy/cookie/newsletter notices, "related posts", collections, copyright),
  and everything after the point where such chrome takes over the end of the page;
- **title**: the first line, only when it reads as a headline (no sentence-final period,
  at most 25 words); a first line that is a full sentence stays in the body;
- **byline**: a lone name line ("Jane Doe", "By Jane Doe") before or after the body;
- **source_url**: a bare URL line; **published**: a lone date line before or after the body.

Limits: chrome written as full sentences in the middle of the body is kept; a two-word
sub-heading right before the body can be taken for a byline; non-English chrome is not known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

# Page chrome of news and blog sites. Matched case-insensitively against short lines only.
CHROME_PATTERNS = [
    r"^(leave|post|write|add|submit) (a |your )?(comment|reply|vote|review|response)s?\b",
    r"^\d+\s+(points?|comments?|shares?|views?|votes?|likes?|reactions?|responses?)$",
    r"^(up ?vote|down ?vote)\b",
    r"\bshare (this|on|via|the)\b", r"^share$", r"^(tweet|pin it|email|print|whatsapp|facebook|twitter|linkedin|reddit)$",
    r"your email address will not be published", r"required fields are marked",
    r"^(log ?in|sign ?in|sign ?up|log ?out|register|subscribe|create (an |your )?account)\b",
    r"\bpassword\b", r"\baccount data\b",
    r"^privacy( policy| notice)?$", r"\bcookies?\b", r"\bnewsletter\b", r"\bunsubscribe\b",
    r"^(related|recommended|more|popular|trending|latest) (posts?|articles?|stories|news|videos?|reads?|from)\b",
    r"^read (more|next|also|the full)\b", r"^(you may|you might) (also )?like", r"^see also\b",
    r"\bcollections?\b", r"^advertisement$", r"^sponsored\b", r"all rights reserved", r"^©", r"^copyright\b",
    r"^follow us\b", r"^(click|tap) here\b", r"^skip to (main )?content", r"^(home|menu|search|close|next|previous)$",
    r"^(previous|next) (post|article|story)\b", r"^tags?:", r"^filed under\b", r"^comments?$",
    r"^\(?\d+\)? comments?$", r"terms (of|and) (use|service|conditions)", r"^loading\b",
    r"^(accept|reject) (all )?cookies", r"^image (source|caption|credit)", r"^(photo|picture|getty images)\b",
    r"^listen to (this|the) article", r"^\d+ min(ute)?s? read$", r"^(watch|video):",
]
_CHROME = [re.compile(p, re.I) for p in CHROME_PATTERNS]

_URL_LINE = re.compile(r"^\s*<?((?:https?://|www\.)\S+?)>?\s*$", re.I)
_BY_PREFIX = re.compile(r"^(?:by|written by|words by|author:|reporting by)\s+", re.I)
NAME_PARTICLES = {"de", "van", "der", "von", "den", "bin", "binti", "al", "el", "da", "di", "du",
                  "la", "le", "del", "dos", "das", "ibn", "ben", "ter", "mac", "st."}
# Function words; a line containing one is not a bare name.
_FUNCTION_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "but", "with", "from", "by",
    "is", "are", "was", "were", "be", "has", "have", "had", "it", "its", "this", "that", "as", "how",
    "why", "what", "who", "when", "where", "not", "no", "after", "before", "over", "into", "about",
    "you", "your", "we", "our", "they", "their", "he", "she", "his", "her", "my", "i", "new", "more",
}
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-.]*$")

_MONTHS = ("january february march april may june july august september october november december").split()
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|date)[:\s]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<d>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:[,\s]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.I,
)


@dataclass
class CleanText:
    """What ``clean_text`` found: the body paragraphs and the page furniture around them."""

    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    source_url: str | None = None
    published: date | None = None
    boilerplate: list[str] = field(default_factory=list)


def is_chrome(line: str) -> bool:
    """True when a line reads as page chrome (a widget, a form, a notice), not article text."""
    s = line.strip()
    if not s or len(s.split()) > 25:
        return False
    return any(p.search(s) for p in _CHROME)


def name_line(line: str) -> str | None:
    """The person's name if a line is nothing but a name ("Jane Doe", "By Jane de Souza")."""
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


def date_line(line: str) -> date | None:
    """A date if the line is nothing but a date ("April 28, 2025", "Published 2025-04-28")."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return None
    raw = m.group("d").replace(",", " ").replace(".", " ")
    raw = re.sub(r"\s+", " ", raw).strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def headline_like(line: str) -> bool:
    """True when a line reads as a headline: no sentence-final period, 2-25 words, not chrome."""
    s = line.strip()
    if not s or is_chrome(s) or _URL_LINE.match(s):
        return False
    core = s.rstrip("\"'”’»)]")
    return 2 <= len(s.split()) <= 25 and bool(core) and core[-1] not in ".,;:"


def _content(line: str) -> bool:
    """A line that carries article text (long enough, or a full sentence)."""
    s = line.strip()
    return bool(s) and not is_chrome(s) and not _URL_LINE.match(s) and (
        len(s.split()) >= 8 or (s[-1] in ".!?”\"" and len(s.split()) >= 4))


def _chrome_takeover(lines: list[str], start: int) -> int:
    """Index from which page chrome dominates the rest of the page (``len(lines)`` if never).

    A chrome line at ``i`` starts the tail when at least 60% of the non-blank lines from
    ``i`` on are chrome or short (fewer than 8 words) and no later line is a long paragraph.
    """
    n = len(lines)
    for i in range(start, n):
        if not is_chrome(lines[i]):
            continue
        rest = [ln for ln in lines[i:] if ln.strip()]
        weak = sum(1 for ln in rest if is_chrome(ln) or len(ln.split()) < 8)
        long_para = any(len(ln.split()) >= 30 and not is_chrome(ln) for ln in rest)
        if weak / len(rest) >= 0.6 and not long_para:
            return i
    return n


def _paragraphs(block: list[str]) -> list[str]:
    """One paragraph per line, unless the block is hard-wrapped prose (then lines are joined)."""
    if len(block) >= 3:
        mid = block[:-1]
        wrapped = sum(1 for ln in mid if 30 <= len(ln) <= 100 and ln.rstrip()[-1:] not in ".!?:\"”")
        if wrapped / len(mid) >= 0.7:
            return [" ".join(ln.strip() for ln in block)]
    return [ln.strip() for ln in block]


def clean_text(raw: str) -> CleanText:
    """Split raw article text into body paragraphs and page furniture. See the module docstring."""
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = CleanText(paragraphs=[])
    bylines: list[str] = []

    # Title: the first non-blank line, when it reads as a headline (a lead sentence does not).
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    title_idx = None
    followed_by_name = len(nonblank) > 1 and bool(name_line(lines[nonblank[1]]))
    if nonblank and headline_like(lines[nonblank[0]]) and (not name_line(lines[nonblank[0]]) or followed_by_name):
        title_idx = nonblank[0]
        out.title = lines[title_idx].strip()

    content_idx = [i for i, ln in enumerate(lines) if i != title_idx and _content(ln)]
    if not content_idx and title_idx is not None and _content(lines[title_idx]):
        title_idx, out.title = None, None  # a lone line is the text, not a headline
        content_idx = [i for i, ln in enumerate(lines) if _content(ln)]
    if not content_idx:
        out.boilerplate = [ln.strip() for i, ln in enumerate(lines) if ln.strip() and i != title_idx]
        return out
    first, last = content_idx[0], content_idx[-1]
    tail = _chrome_takeover(lines, first + 1)
    if tail <= last:
        last = max([i for i in content_idx if i < tail], default=first)

    def furniture(i: int) -> bool:
        """Classify a line outside the body; True if it was used as metadata."""
        s = lines[i].strip()
        if i >= tail or is_chrome(s):
            return False
        url = _URL_LINE.match(s)
        if url:
            out.source_url = out.source_url or url.group(1)
            return True
        nm = name_line(s)
        if nm:
            if nm not in bylines:
                bylines.append(nm)
            return True
        d = date_line(s)
        if d:
            out.published = out.published or d
            return True
        return False

    body: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or i == title_idx:
            if not s and body[-1]:
                body.append([])
            continue
        if i < first or i > last:
            if not furniture(i):
                out.boilerplate.append(s)
            continue
        if is_chrome(s):
            out.boilerplate.append(s)
            continue
        if _URL_LINE.match(s):
            furniture(i)
            continue
        body[-1].append(ln)
    for block in body:
        if block:
            out.paragraphs.extend(_paragraphs(block))
    out.byline = "; ".join(bylines) if bylines else None
    return out
