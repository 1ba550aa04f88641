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


# ------------------------------------------------------------------------------ lines in capitals
#: Share of a line's words written in capitals that makes it a capitals line ("SOCCER - JAPAN GET LUCKY WIN .").
CAPS_SHARE = 0.6


#: Capitalised words in a row that make a run in capitals inside a line ("... SOCCER - JAPAN GET LUCKY WIN .").
CAPS_RUN = 3


def caps_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line written in capitals: headlines and table headings of wire copy.
    A line counts when at least ``CAPS_SHARE`` of its words of two or more letters are in capitals;
    inside other lines, a run of ``CAPS_RUN`` or more words in capitals (figures, dashes and one-letter
    words between them allowed) counts too (a headline run into its story when line breaks are lost)."""
    out, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'.&-]*", line) if sum(ch.isalpha() for ch in w) >= 2]
        upper = [w for w in words if w.isupper()]
        if upper and len(upper) >= CAPS_SHARE * len(words):
            out.append((pos, pos + len(line)))
        else:
            out += [(pos + a, pos + b) for a, b in _caps_runs(line)]
        pos += len(line) + 1
    return out


def _caps_runs(line: str) -> list[tuple[int, int]]:
    """Runs of ``CAPS_RUN`` or more words in capitals in a line (offsets in the line)."""
    out, run = [], []
    for m in re.finditer(r"\S+", line):
        w = m.group(0)
        letters = sum(ch.isalpha() for ch in w)
        if letters >= 2 and not any(ch.islower() for ch in w.replace("'s", "")):
            run.append(m.span())
        elif letters <= 1:
            continue  # figures, dashes, "V", "'S" do not break a run
        else:
            if len(run) >= CAPS_RUN:
                out.append((run[0][0], run[-1][1]))
            run = []
    if len(run) >= CAPS_RUN:
        out.append((run[0][0], run[-1][1]))
    return out


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def drop_caps_entities(text: str, rows: list[tuple]) -> list[tuple]:
    """Rows without the model's entities on lines in capitals: a model trained on mixed case reads
    capitals as names at random ("ENGLAND V PAKISTAN SCOREBOARD" as one organisation). The names on
    those lines are read again by :func:`caps_entities`. A text with no body in mixed case (a headline
    alone) keeps the model's names of one or two words."""
    spans = caps_lines(text)
    if not spans:
        return rows
    if not _has_body(text, spans):  # nothing to read the capitals against: the model's short names stay
        return [r for r in rows if not (_inside(spans, r[0], r[1]) and (len(r[2].split()) > 2 or " - " in r[2]))]
    return [r for r in rows if not _inside(spans, r[0], r[1])]


def _has_body(text: str, spans: list[tuple[int, int]]) -> bool:
    """True when the text outside the capitals has a sentence of five or more words in mixed case."""
    rest, pos = [], 0
    for a, b in spans:
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:])
    return any(len(re.findall(r"[a-z]{2,}", part)) >= 5 for part in rest)


def caps_entities(text: str, rows: list[tuple], place_of, short_name=lambda name: None) -> list[tuple]:
    """Names on lines in capitals, read against the rest of the story: a name the story writes in mixed
    case elsewhere ("Leeds" for LEEDS, "Bundesbank" for BUNDESBANK, a person's surname for SAMPRAS, an
    organisation's ``short_name`` for ORIOLES after "Baltimore Orioles")
    takes its label there, the longest name first; a country the gazetteer (``place_of``) knows is a
    PLACE ("ITALY"). Limits: a name that only the headline gives, other than a country, is not found."""
    spans = caps_lines(text)
    if not spans:
        return rows
    labels: dict[str, dict[str, int]] = {}
    for r in rows:
        if _inside(spans, r[0], r[1]) or r[3] not in ("PERSON", "ORG", "PLACE"):
            continue
        keys = [r[2]] + ([r[2].split()[-1]] if r[3] == "PERSON" and len(r[2].split()) > 1 else [])
        keys += [short_name(r[2])] if r[3] == "ORG" and short_name(r[2]) else []
        for k in keys:
            if len(k) >= 2 and k[:1].isupper():
                votes = labels.setdefault(k.upper(), {})
                votes[r[3]] = votes.get(r[3], 0) + 1
    taken = [(r[0], r[1]) for r in rows]
    free = lambda s, e: all(e <= a or s >= b for a, b in taken)
    extra = []
    # compiled once: a story has more names than re's cache holds, and each was recompiled for every line
    patterns = [(name, re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"))
                for name in sorted(labels, key=len, reverse=True)]
    for a, b in spans:
        line = text[a:b]
        for name, rx in patterns:
            if name not in line:  # most names are not on a given line: skip the regex
                continue
            for m in rx.finditer(line):
                s, e = a + m.start(), a + m.end()
                if free(s, e):
                    label = max(labels[name].items(), key=lambda kv: kv[1])[0]
                    extra.append((s, e, text[s:e], label, None, None))
                    taken.append((s, e))
        for m in re.finditer(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}", line):
            words = m.group(0).split()
            for k in range(len(words), 0, -1):  # the longest run of words that is a country
                for i in range(len(words) - k + 1):
                    cand = " ".join(words[i:i + k])
                    s = a + m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                    e = s + len(cand)
                    hit = place_of(cand)
                    if hit and hit[1] == "country" and free(s, e):
                        extra.append((s, e, cand, "PLACE", None, None))
                        taken.append((s, e))
    return sorted(rows + extra)
