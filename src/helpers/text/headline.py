"""Names in a Title-Case Headline, read against the article body below it (text level).

A headline in title case ("North Korea Confirms Military Support for Russia") makes a statistical
tagger see one long name where there is a name and a verb phrase. When the first paragraph of an
article is a single title-case line, each entity found in it is checked against the entities of the
body: kept when the body names it the same way, cut to the longest body name it contains ("North Korea
Confirms Military Support" -> "North Korea"), dropped when it is three words or longer and the body
never names any part of it (a one- or two-word name the body lacks is kept: headlines name things too).

Limits: only the first paragraph is looked at; a headline in sentence case is left as the tagger read it.
"""
from __future__ import annotations

import re

_SMALL = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
          "vs", "v", "is", "are", "after", "over", "into", "up", "out", "off", "amid"}


def headline_end(text: str) -> int:
    """End offset of a title-case headline opening ``text``, or 0 when the text does not open with one."""
    m = re.match(r"[^\n]+(?=\n\s*\n\S)", text)
    if not m:
        return 0
    line = m.group(0).strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    content = [w for w in words if w.lower() not in _SMALL]
    if len(words) < 3 or line.endswith((".", "?", "!", ":")) and not line.endswith("?"):
        return 0
    if not content or sum(w[0].isupper() for w in content) < 0.75 * len(content):
        return 0
    return m.end()


def fit_headline_entities(text: str, rows: list[tuple]) -> list[tuple]:
    """Entity rows ``(start, end, text, label, title, ...)`` with the headline's names read against the body."""
    end = headline_end(text)
    if not end:
        return rows
    body = [r for r in rows if r[0] >= end]
    names = sorted({r[2] for r in body}, key=len, reverse=True)
    labels = {r[2]: r[3] for r in body}
    out = []
    for r in rows:
        if r[0] >= end or r[2] in labels:
            out.append(r)
            continue
        inner = next((n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", r[2])), None)
        if inner:
            i = re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", r[2]).start()
            out.append((r[0] + i, r[0] + i + len(inner), inner, labels[inner]) + tuple(r[4:]))
        elif len(r[2].split()) <= 2:
            out.append(r)
    return sorted(dict.fromkeys(out), key=lambda r: (r[0], r[1]))
