"""Wire-service copy as a reader would see it: paragraphs, quotation marks and symbols.

News-agency copy (the Press Association's, in the METER corpus, and others of that era) is sent
hard-wrapped at about 70 characters, with

- a paragraph ending in ``<`` and the next one starting with a control byte (``\\x19``);
- header lines: rules of dashes and a slug line ``20:41 02/11/99: Page 1 (HHH) COURTS Boat``;
- quotation marks typed as ```` `` ```` and ``''`` (double) and `` ` `` ... ``'`` (single);
- ``#`` for the pound sign (7-bit wire alphabets have no ``£``);
- a closing ``end`` line (``end<``, ``mfl<``), and an editor's note in parentheses opening the copy or
  one of its takes ("(Corrected repetition making clear in par 3 ...)", "(reopens)", "(with pics)"), both
  dropped.

``is_wire(text)`` says whether a text has that shape; ``normalise_wire(text)`` returns the text
with one paragraph per line (blank line between paragraphs), curly quotation marks, ``£``, no
control bytes, no rule or slug lines and no ``end`` line. The slug's date is kept as a lone ISO
date line after the body (``1999-11-02``), so the cleaner reads it as the publication date (the
headline stays the first line). Text that is not wire copy is returned unchanged.

Limits: the slug date is read day/month/year (British agencies); an American mm/dd/yy slug would
be misread unless the day is above 12. A ``#`` not followed by a digit is kept. Paragraphs of
wire copy that do not end in ``<`` are kept as wrapped lines joined into one paragraph up to the
next blank line.
"""
from __future__ import annotations

import re
from datetime import date

_RULE = re.compile(r"^\s*-{10,}\s*$")
_SLUG = re.compile(r"^\s*(\d{1,2}):(\d{2})\s+(\d{1,2})/(\d{1,2})/(\d{2,4}):?\s+Page\s+\d+\b.*$", re.I)
_END = re.compile(r"^\s*(?:end|ends|more|mfl|mf)\s*<?\s*$", re.I)  # "end", "end<", "mfl<"
#: An editor's note opening the copy ("(Corrected repetition making clear in par 3 ...)", "(Adds quotes)"):
#: instructions to subscribers, not the story.
_EDITOR_NOTE = re.compile(r"^\((?:correct(?:s|ed|ing|ion)?|adds?|adding|updates?|updated|updating|"
                          r"repeats?|repeating|changes?|changing|eds?|editors?|recasts?|fix|fixes|fixing|clarif\w*|"
                          r"removes?|inserts?|rewrites?|writethru|amends?|amending|replaces?|replacing|refil\w*|"
                          r"subs?|new\s+(?:version|lead|intro)|re-?opens|with\s+(?:pics?|pix|pictures?|graphics?)|"
                          r"pics?|pix|incorporating|supersed\w*)\b[^()]{0,400}\)\s*", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def is_wire(text: str) -> bool:
    """True when ``text`` looks like agency wire copy (``<`` paragraph marks, ```` `` ```` quotes, slugs).

    Needs a slug line near the top, or at least two lines ending in ``<`` together with wire quote
    marks, control bytes or ``<`` on a tenth of the lines; one stray ``<`` is not enough.
    """
    lines = [ln for ln in _lines(text) if ln.strip()]
    if not lines:
        return False
    marks = sum(ln.rstrip().endswith("<") for ln in lines)
    if any(_SLUG.match(ln) for ln in lines[:8]):
        return True
    return marks >= 2 and ("``" in text or "\x19" in text or marks >= 0.1 * len(lines))


def _slug_date(line: str) -> date | None:
    m = _SLUG.match(line)
    if not m:
        return None
    d, mo, y = int(m.group(3)), int(m.group(4)), int(m.group(5))
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    try:
        return date(y, mo, d)
    except ValueError:
        try:
            return date(y, d, mo)  # an mm/dd slug whose "month" cannot be a month
        except ValueError:
            return None


def wire_quotes(text: str) -> str:
    """```` `` ```` -> “, ``''`` -> ”, `` ` `` -> ‘ and the ``'`` closing it -> ’; ``#5`` -> ``£5``."""
    text = text.replace("``", "“").replace("''", "”")
    text = re.sub(r"`([^`'\n]{0,200}?)'(?![A-Za-z])", r"‘\1’", text)
    text = text.replace("`", "‘")
    return re.sub(r"#(?=\d)", "£", text)


_TYPEWRITER_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))(?:''|``)(?=[^\s'])", re.M)


def typewriter_quotes(text: str) -> str:
    """Double quotation marks typed as two apostrophes (``''``, as newspaper archives such as the New York
    Times' write them) or two backticks as curly ones: “ before a word, ” after one. Only text that holds no
    other double quotation mark and at least two ``''`` is changed, so a lone ``''`` (inches, a typo) stays.
    Limits: a quote opening after a letter (``word''Quote``) is read as closing, and inch marks in such a
    text (``12'' pipe``) become ”."""
    if text.count("''") < 2 or any(q in text for q in '"“”'):
        return text
    return _TYPEWRITER_OPEN.sub("“", text).replace("''", "”").replace("``", "“")


def normalise_wire(text: str) -> str:
    """The text of wire copy as a reader sees it (see the module docstring); other text unchanged."""
    if not is_wire(text):
        return text
    published = None
    paras: list[str] = []
    current: list[str] = []

    def flush():
        if current:
            paras.append(" ".join(current))
            current.clear()

    take_starts = {0}  # the first paragraph of each take (after a slug line): where editors' notes stand
    for raw in _lines(text):
        line = _CONTROL.sub("", raw).strip()
        if _RULE.match(line):
            flush()
            continue
        if _SLUG.match(line):
            flush()
            take_starts.add(len(paras))
            published = published or _slug_date(line)
            continue
        if not line:
            flush()
            continue
        if _END.match(line) and not current:
            continue
        ends = line.endswith("<")
        current.append(line[:-1].rstrip() if ends else line)
        if ends:
            flush()
    flush()
    for k in take_starts:
        if k < len(paras):
            paras[k] = _EDITOR_NOTE.sub("", paras[k])  # "(Corrected ...)", "(reopens)", "(with pics)"
    body = [wire_quotes(p) for p in paras if p.strip()]
    tail = [published.isoformat()] if published else []
    return "\n\n".join(body + tail) + "\n"
