"""Names of people in one article: name tokens, transliteration skeletons, spellings of one name, and the
roles written around a mention (titles before the name, appositions).

Text level: one parsed article in. Limits: English titles and role nouns only; a role is read only
next to the name (a title before it, an apposition set off by commas).
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .entities import ROLE_NOUNS, fold, title_word


# ------------------------------------------------------------------------------ names
_TRANSLIT = [("yi", "i"), ("iy", "i"), ("ij", "i"), ("y", "i"), ("ks", "x"), ("kh", "h"), ("ph", "f"),
             ("w", "v"), ("ck", "k"), ("c", "k"), ("j", "i"), ("q", "k"), ("z", "s")]


def skeleton(word: str) -> str:
    """Consonant skeleton of a name after folding transliteration pairs ("Aleksandr" -> "lxndr")."""
    w = re.sub(r"[^a-z]", "", fold(word))
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = re.sub(r"[aeiou]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def name_tokens(text: str) -> list[str]:
    """The name without titles, ranks and possessive: "Gen. John Smith's" -> [John, Smith]."""
    toks = re.sub(r"['’]s$", "", text.strip()).split()
    while toks and title_word(toks[0]) is not None and len(toks) > 1:
        toks = toks[1:]
    return toks


def same_person(a: list[str], b: list[str]) -> bool:
    """True when two full names (2+ tokens each) look like spellings of one name."""
    la, lb = a[-1], b[-1]
    if not (skeleton(la) == skeleton(lb) and fuzz.ratio(fold(la), fold(lb)) >= 70) and fuzz.ratio(fold(la), fold(lb)) < 90:
        return False
    fa, fb = a[0].rstrip("."), b[0].rstrip(".")
    if len(fa) == 1 or len(fb) == 1:
        return fold(fa)[0] == fold(fb)[0]
    return skeleton(fa) == skeleton(fb) or fuzz.ratio(fold(fa), fold(fb)) >= 75


def _matches_single(tok: str, full: list[str]) -> bool:
    t = fold(tok)
    return any(t == fold(x) or (len(t) > 3 and skeleton(x) == skeleton(tok) and fuzz.ratio(t, fold(x)) >= 80)
               for x in (full[-1], full[0]))


# ------------------------------------------------------------------------------ roles
def _np_tokens(doc, i: int, step: int) -> list[int]:
    """Token indices of a noun phrase walking from ``i`` in direction ``step`` (+1 right, -1 left)."""
    out = []
    j = i
    while 0 <= j < len(doc):
        t = doc[j]
        if t.is_sent_start and step > 0 and j != i:
            break
        ok = t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") or t.lower_ in ("of", "for", "'s", "’s") \
            or (t.text == "-" and not t.whitespace_)
        if not ok or t.text == ",":
            break
        out.append(j)
        if step < 0 and t.is_sent_start:
            break
        j += step
    return sorted(out)


def _role_text(doc, idx: list[int]) -> str | None:
    """The phrase as a role when it holds a position noun; leading articles removed."""
    while idx and (doc[idx[0]].lower_ in ("a", "an", "the", "of", "for") or doc[idx[0]].pos_ == "DET"):
        idx = idx[1:]
    while idx and (doc[idx[-1]].lower_ in ("of", "for", "the", "a") or doc[idx[-1]].pos_ in ("DET", "PART")):
        idx = idx[:-1]
    if not idx:
        return None
    words = [doc[k] for k in idx]
    if not any(w.lemma_.lower() in ROLE_NOUNS or w.lower_ in ROLE_NOUNS or title_word(w.text) for w in words):
        return None
    return doc[idx[0]:idx[-1] + 1].text


def roles_of_mention(doc, start_char: int, end_char: int) -> list[str]:
    """Roles written around one person mention: a title before the name ("Russian President"),
    or an apposition before or after it ("the head of X, NAME," / "NAME, a former Y,")."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    out = []
    # words before the name inside the same noun phrase (stops at determiners and lower-case "of")
    left, j = [], span.start - 1
    while j >= 0:
        t = doc[j]
        if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.text != ",":
            left.insert(0, j)
        elif t.lower_ == "of" and j > 0 and doc[j - 1].text[:1].isupper() and left:
            left.insert(0, j)
        elif t.lower_ in ("'s", "’s") and left:
            left.insert(0, j)
        else:
            break
        if t.is_sent_start:
            break
        j -= 1
    title = [k for k in range(span.start, span.end) if title_word(doc[k].text) or doc[k].text == "."]
    role = _role_text(doc, left + [k for k in title if doc[k].text != "."]) if left else None
    if role:
        out.append(role)
    # apposition after: NAME, <np>,
    if span.end < len(doc) - 1 and doc[span.end].text == ",":
        idx = _np_tokens(doc, span.end + 1, +1)
        nxt = idx[-1] + 1 if idx else None
        if idx and (nxt >= len(doc) or doc[nxt].text in (",", ".", ";") or doc[nxt].pos_ in ("VERB", "AUX")):
            r = _role_text(doc, idx)
            if r:
                out.append(r)
    # apposition before: <np>, NAME,
    if span.start > 1 and doc[span.start - 1].text == ",":
        idx = _np_tokens(doc, span.start - 2, -1)
        r = _role_text(doc, idx)
        if r and (span.end >= len(doc) or doc[span.end].text in (",", ".")):
            out.append(r)
    return out


