"""Paragraph and sentence splitting with exact character offsets.

Rule based, so it behaves the same on every machine and never needs a model:

- a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes/brackets) followed by
  white space and a capital letter, digit or opening quote;
- not after a title or common abbreviation (``Gen.``, ``Col.``, ``Dr.``, ``Jan.``, ``Inc.``),
  an initial (``J. R. R.``) or a dotted acronym (``U.S.``) unless the next word is a
  function word that starts sentences ("in the U.S. The ...");
- not inside a quotation that closes within the same paragraph, so a quote of several
  sentences stays in one sentence together with its attribution ("..., the general said").

A "sentence" longer than ``MAX_SENTENCE_CHARS`` (a 50,000-word line with no punctuation, a table
pasted as text) is cut at the last comma, semicolon or space before that length, so every later step
(the parser, quotes, time expressions) works on bounded pieces.

Limits: abbreviations outside the built-in list, and sentences that start with a lower-case
letter (e.g. "iPhone sales ..."), are not split correctly.
"""
from __future__ import annotations

import re

# Titles, ranks and common abbreviations that are followed by a period but do not end a sentence.
ABBREVIATIONS = {
    # titles and ranks
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "pres", "gen", "col", "lt", "maj",
    "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "lieut", "rev", "hon", "fr",
    "sr", "jr", "st", "mt", "ft", "supt", "insp", "det", "amb", "atty", "gens", "cols", "messrs",
    # organisations and misc
    "inc", "ltd", "co", "corp", "plc", "llc", "bros", "dept", "univ", "assn", "est", "approx",
    "ed", "eds", "vs", "v", "etc", "al", "cf", "ca",
    # months and days
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # US states as written in datelines
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
}

# Abbreviations only when a number follows ("No. 5", "p. 12", "Vol. 3").
NUMBER_ABBREVIATIONS = {"no", "nos", "vol", "fig", "op", "pp", "p", "art", "sec", "ch"}

# Function words that typically open a sentence; after "U.S." they signal a real boundary.
SENTENCE_STARTERS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "it", "its", "he", "she", "they", "we", "i",
    "this", "that", "these", "those", "there", "his", "her", "their", "our", "however", "meanwhile",
    "after", "before", "when", "while", "if", "as", "for", "so", "yet", "still", "also", "since",
    "according", "some", "many", "most", "one", "no", "not", "what", "who", "why", "how",
}

OPEN_DOUBLE = "“„«\""

#: The longest sentence passed on; longer runs are cut (see the module docstring).
MAX_SENTENCE_CHARS = 2000
_SOFT_BREAK = re.compile(r"[,;:]\s|\s")

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)\.$")


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(open, close)`` of balanced double quotation marks (straight, curly, guillemets).

    ``open`` is the index of the opening mark and ``close`` the index just past the closing
    mark. Unbalanced marks are ignored (never raise). Curly single quotes ‘…’ are paired only
    where a text uses no double quotes at all (British style). Nested quotes are content.
    """
    spans: list[tuple[int, int]] = []
    start = None
    opener = ""
    for i, ch in enumerate(text):
        if start is None:
            if ch in "“„«":
                start, opener = i, ch
            elif ch == '"':
                prev = text[i - 1] if i else " "
                nxt = text[i + 1] if i + 1 < len(text) else " "
                if (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace():
                    start, opener = i, ch
        else:
            if ch == "\n":  # a quote does not run past a line break
                start = None
                continue
            closes = (opener == '"' and ch in '"”') or (opener == "“" and ch in "”\"") or (
                opener == "„" and ch in "“”\"") or (opener == "«" and ch == "»")
            if closes:
                spans.append((start, i + 1))
                start = None
    if not spans and "‘" in text:
        spans = _single_quote_spans(text)
    return spans


def _single_quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"‘", text):
        s = m.start()
        if s and not (text[s - 1].isspace() or text[s - 1] in "([{—–-:"):
            continue
        for c in re.finditer(r"’(?![A-Za-z])", text[s + 1:]):
            e = s + 1 + c.end()
            if "\n" in text[s:e]:
                break
            spans.append((s, e))
            break
    # drop overlaps
    out, last = [], -1
    for s, e in spans:
        if s >= last:
            out.append((s, e))
            last = e
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation, not a sentence end."""
    m = _WORD_BEFORE.search(text[max(0, dot - 30): dot + 1])
    if not m:
        return False
    word = m.group(1)
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    if bare in NUMBER_ABBREVIATIONS:
        return bool(re.match(r"\s+\d", text[dot + 1:]))
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # dotted acronym U.S / e.g / a.m
        nxt = re.match(r"\s+[\"“(]?([A-Za-z]+)", text[dot + 1:])
        return not (nxt and nxt.group(1).lower() in SENTENCE_STARTERS)
    return False


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Split one paragraph into sentences; return ``(start, end)`` offsets (plus ``offset``).

    Leading and trailing white space is excluded from each span.
    """
    inside = find_quote_spans(text)

    def in_quote(pos: int) -> bool:
        return any(s < pos < e for s, e in inside)

    cuts = []
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        rest = text[end:].lstrip()
        if not rest:
            continue
        first = rest[0]
        if not (first.isupper() or first.isdigit() or first in OPEN_DOUBLE + "‘'(["):
            continue
        dot = m.start()
        if text[dot] == "." and m.group(0).startswith(".") and len(m.group(0).rstrip("\"'”’»)]")) == 1:
            if _is_abbreviation(text, dot):
                continue
        if in_quote(end):
            continue
        cuts.append(end)
    spans = []
    start = 0
    for cut in cuts + [len(text)]:
        seg = text[start:cut]
        lead = len(seg) - len(seg.lstrip())
        s, e = start + lead, start + len(seg.rstrip())
        if e > s:
            spans.extend((a + offset, b + offset) for a, b in _bounded(text, s, e))
        start = cut
    return spans


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut ``text[s:e]`` into pieces of at most ``MAX_SENTENCE_CHARS`` at soft breaks (comma, space)."""
    out = []
    while e - s > MAX_SENTENCE_CHARS:
        window = text[s:s + MAX_SENTENCE_CHARS]
        breaks = [m.end() for m in _SOFT_BREAK.finditer(window, MAX_SENTENCE_CHARS // 2)]
        cut = s + (breaks[-1] if breaks else MAX_SENTENCE_CHARS)
        piece_end = cut - (len(text[s:cut]) - len(text[s:cut].rstrip()))
        out.append((s, piece_end))
        s = cut + (len(text[cut:e]) - len(text[cut:e].lstrip()))
    if e > s:
        out.append((s, e))
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs of an article body: the runs between blank lines, as ``(start, end)`` offsets."""
    spans, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[pos:m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Every sentence of an article body as ``(paragraph, start, end)``: the one segmentation all steps use."""
    out = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        out.extend((p, s, e) for s, e in split_sentences(text[ps:pe], offset=ps))
    return out
