"""The story across the folder: readable labels, reading order, clusters, near-copies, what each article
alone says, and one table of facts x articles.

These functions turn the pairwise analysis (alignments of candidate pairs, figures, quotes, numbers,
events, discrepancies) into views a reader takes in at 5 to 50 articles:

- ``labels(corpus)``: a short readable name per article (outlet, else a shortened headline, else the id);
- ``reading_order(corpus)``: articles by publication date (unknown dates last), then id;
- ``clustered_order(matrix)``: the order that puts similar articles next to each other (average linkage);
- ``near_copy_groups(corpus)``: groups of articles that are nearly the same text;
- ``story_groups(corpus)``: the stories a folder holds, when it holds more than one (articles linked by a
  retelling or an independent report of the same event, see ``reuse.provenance``);
- ``alone(corpus)``: the sentences no other article tells (each sentence once, against all the others);
- ``facts(corpus)``: one row per fact (a number with what it counts, a quote by a speaker, the date of an
  event, a named source, the spelling of a name), one column per article, disagreements first; a fact
  is compared only between articles of one story;
- ``discrepancies(corpus)``: ``compare``'s pairwise discrepancies, between articles of one story only.

Limits: facts are matched only between sentences the alignment links (candidate pairs), so a fact told in
very different words in two articles shows as two rows; the number matching reads the counted noun, not
the whole claim ("2 killed" and "2 injured" count people either way, so they are kept apart only when the
counted words differ).
"""
from __future__ import annotations

import calendar
import itertools
import math
import re
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..text.ages import AGE_SUFFIX
from ..text.entities import fold
from ..text.names import name_tokens, parts
from ..text.numbers import CURRENCY_NOUNS, TIME_UNITS, VAGUE, is_money
from ..text.quotes import SPEECH_KINDS
from ..text.sentences import split_sentences
from . import similarity
from .ages import AGE_GAP, ages_clash, person_ages
from .compare import (RETOLD_WITH_ANOTHER_DATE, compare, content_words, credited, hedge_class, quote_reworded,
                      same_utterance)
from .events import events, rows_disagree
from .figures import mentions, quotes
from .grouping import Groups
from .parsing import parsed_docs
from .stories import reading_order, story_groups, story_of as _story_of
from .tables import numbers

#: Articles count as near-copies when at least this share of each one's sentences is verbatim in the other.
NEAR_COPY = 0.8
#: Two direct quotes of one speaker are one quote when their words score at least this (word+char TF-IDF).
SAME_QUOTE = 0.35
FACT_COLUMNS = ["fact", "kind", "what", "n_articles", "disagree", "difference"]
#: How the tellings of a fact differ, in the order the table shows them: ``conflict`` (two readings cannot both
#: hold: figures that allow no value in common, spellings or dates), ``figure`` (other figures that can both hold:
#: "up to $8 billion" / "$6.5 billion"), ``hedge`` (one figure told with another
#: hedge that still allows the same value: "about eight" / "nearly eight", "40" / "about 40"), ``reworded``
#: (one statement quoted in other words: a word changed, added or dropped; a reader judges whether the sense
#: changed), ``omission`` (the readings agree, but some article leaves the detail out: a source not named, an
#: event told without its date), ``""`` (they agree).
DIFFERENCES = ("conflict", "figure", "hedge", "reworded", "omission", "")


# ------------------------------------------------------------------------------ labels and order
def _shorten(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", str(text)).strip()
    if len(text) <= n:
        return text
    cut = text[:n - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return (cut if len(cut) > n // 2 else text[:n - 1]) + "…"


def labels(corpus, width: int = 28) -> dict[str, str]:
    """A short readable label per article: outlet, else the headline shortened, else the id shortened. An
    outlet with several articles adds the publication day ("nyt 2016-09-19"), or the headline when two fall
    on one day, or is the file name when it has neither.

    Headlines that shorten to the same label lose the words they all start with ("Lindsay Lohan checks
    into rehab at Betty Ford" and "Lindsay Lohan checks into unapproved rehab" become "…rehab at Betty
    Ford" and "…unapproved rehab"). Labels are unique, whatever their case (a number is added to repeats), and
    never longer than ``width`` characters; they are plain text (escape them where they are shown).
    """
    base, head, lab = {}, {}, {}  # head: what stands before the part that may be shortened ("nyt: ")
    arts = corpus.articles
    outlets = Counter(o for o in arts.get("outlet", pd.Series(dtype=object)) if isinstance(o, str) and o.strip())
    for r in arts.itertuples():
        outlet = getattr(r, "outlet", None)
        head[r.doc_id] = ""
        base[r.doc_id] = next((v for v in (outlet, r.title) if isinstance(v, str) and v.strip()), r.doc_id)
        if isinstance(outlet, str) and outlets[outlet] > 1:  # one outlet's articles: told apart by day or headline
            same_day = ((arts["outlet"] == outlet) & (arts["published"] == r.published)).sum()
            short = _shorten(outlet, width // 2)  # "The Washington Post" -> "The Washington…": the rest stays
            if pd.notna(r.published) and same_day == 1:
                head[r.doc_id], base[r.doc_id] = f"{short} ", f"{pd.Timestamp(r.published):%Y-%m-%d}"
            elif isinstance(r.title, str) and r.title.strip():
                head[r.doc_id], base[r.doc_id] = f"{short}: ", r.title
            else:  # neither day nor headline tells them apart: the file's own name ("boat293_times")
                base[r.doc_id] = r.doc_id
        lab[r.doc_id] = head[r.doc_id] + _shorten(base[r.doc_id], width - len(head[r.doc_id]))
    same = defaultdict(list)
    for d, v in lab.items():
        same[v].append(d)
    for docs in (g for g in same.values() if len({base[d] for d in g}) > 1):
        words = {d: re.sub(r"\s+", " ", str(base[d])).strip().split(" ") for d in docs}
        k = 0
        while all(len(w) > k + 1 for w in words.values()) and len({fold(w[k]).strip(",;:") for w in words.values()}) == 1:
            k += 1
        if k:
            for d in docs:
                lab[d] = head[d] + "…" + _shorten(" ".join(words[d][k:]), width - 1 - len(head[d]))
    out, seen = {}, Counter()
    for d, v in lab.items():  # repeats told apart whatever their case ("…rehab at X" / "…Rehab at X")
        key = fold(v).lower()
        seen[key] += 1
        out[d] = v if seen[key] == 1 else _shorten(v, width - 3) + f" #{seen[key]}"
    return out


def clustered_order(matrix: pd.DataFrame) -> list[str]:
    """Row labels of a square similarity matrix in an order that keeps similar rows together."""
    ids = list(matrix.index)
    if len(ids) < 3:
        return ids
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import squareform

    d = 1.0 - matrix.to_numpy(dtype=float)
    d = (d + d.T) / 2
    np.fill_diagonal(d, 0.0)
    return [ids[i] for i in leaves_list(linkage(squareform(np.clip(d, 0, 1), checks=False), "average"))]


# ------------------------------------------------------------------------------ near-copies and alone
def _verbatim_share(al: pd.DataFrame, side: str, n: int) -> float:
    col = f"{side}_sent"
    return al.loc[al["status"] == "verbatim", col].dropna().nunique() / n if n else 0.0


def near_copy_groups(corpus, share: float = NEAR_COPY) -> pd.DataFrame:
    """Groups of near-identical articles (group, doc_id): every article of a group has at least ``share`` of
    its sentences verbatim in another member. Articles in no group are not listed."""
    return corpus.cached(f"near_copy_groups:{share}", lambda: _near_copy_groups(corpus, share)).copy()


def _near_copy_groups(corpus, share: float) -> pd.DataFrame:
    uf = Groups(corpus.doc_ids)
    n = corpus.sentences.groupby("doc_id").size()
    for a, b in similarity.candidate_pairs(corpus):
        al = similarity.align(corpus, a, b)
        if min(_verbatim_share(al, "a", n.get(a, 0)), _verbatim_share(al, "b", n.get(b, 0))) >= share:
            uf.union(a, b)
    groups = defaultdict(list)
    for d in reading_order(corpus):
        groups[uf.find(d)].append(d)
    rows = [(f"G{k}", d) for k, members in enumerate((g for g in groups.values() if len(g) > 1), start=1)
            for d in members]
    return pd.DataFrame(rows, columns=["group", "doc_id"])




def _within_stories(pairs: pd.DataFrame, story_of: dict) -> pd.DataFrame:
    """The rows of a pairwise table (doc_a, doc_b) whose two articles tell one story."""
    if pairs.empty:
        return pairs
    return pairs[pairs["doc_a"].map(story_of) == pairs["doc_b"].map(story_of)]


def discrepancies(corpus) -> pd.DataFrame:
    """``compare``'s discrepancies between two articles, for the pairs that tell one story only (see
    :func:`story_groups`): a folder of several stories gives no discrepancy between two of them."""
    return _within_stories(compare(corpus), _story_of(corpus)).reset_index(drop=True)


def alone(corpus) -> pd.DataFrame:
    """Sentences (headlines aside) that no other article tells: aligned in none of the candidate pairs.

    One row per sentence (doc_id, sent, text), each listed once however many articles it was compared with.
    """
    return corpus.cached("alone", lambda: _alone(corpus)).copy()


def _alone(corpus) -> pd.DataFrame:
    linked = set()
    for a, b, pairs in similarity.linked_sentences(corpus):
        linked |= {(a, x) for x, _ in pairs} | {(b, y) for _, y in pairs}
    s = corpus.sentences
    if len(corpus.doc_ids) < 2:
        return s.iloc[:0][["doc_id", "sent", "text"]]
    keep = np.array([(d, int(i)) not in linked for d, i in zip(s["doc_id"], s["sent"])], dtype=bool)
    out = s[keep & (s["part"] == "body")][["doc_id", "sent", "text"]]
    order = {d: i for i, d in enumerate(reading_order(corpus))}
    return out.sort_values(["doc_id", "sent"], key=lambda c: c.map(order) if c.name == "doc_id" else c,
                           kind="stable").reset_index(drop=True)


# ------------------------------------------------------------------------------ facts x articles
def _head(counted) -> str:
    if not isinstance(counted, str) or not counted.strip():
        return ""
    w = re.findall(r"[a-z]+", counted.lower().split("(")[0])
    return re.sub(r"(?<=[a-z]{3})s$", "", w[-1]) if w else ""


#: Two figures of the same thing in linked sentences are one fact when their values are within this ratio
#: ("two killed" vs "three killed" disagree; "85 years" and "three years" are different facts).
SAME_FIGURE_RATIO = 2.0


def _comparable(x, y) -> bool:
    vx = [v for v in (x["low"], x["high"]) if pd.notna(v)]
    vy = [v for v in (y["low"], y["high"]) if pd.notna(v)]
    if not vx or not vy:
        return True
    lo, hi = min(min(vx), min(vy)), max(max(vx), max(vy))
    if min(max(vx), max(vy)) >= max(min(vx), min(vy)):  # the ranges overlap
        return True
    a, b = max(min(vx), min(vy)), min(max(vx), max(vy))
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= SAME_FIGURE_RATIO and hi > 0 and lo >= 0


def _kind_words(doc, start: int, end: int, head: str) -> tuple[frozenset, bool]:
    """The content words that say which kind of the counted thing a figure counts, and whether they include
    an "of" phrase: "four charges of indecent assault" ({indecent, assault}, True), "ten child abuse
    charges" ({child, abuse}, False: a noun modifier), "12 people" and "five local firefighters" (empty). Limits: only the noun right after the figure
    (within four words) is read; a noun left out ("four of indecent assault and six of cruelty") has none."""
    span = doc.char_span(start, end, alignment_mode="expand") if head else None
    if span is None:
        return frozenset(), False
    noun = next((t for t in doc[span.end:span.end + 4] if _head(t.text) == head), None)
    if noun is None:
        return frozenset(), False
    words, of = set(), False
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i >= span.end:
            words.update(t.lower_ for t in c.subtree)  # "child abuse charges"; adjectives ("local") are no kind
        elif c.dep_ == "prep" and c.lower_ == "of":
            of = True
            words.update(t.lower_ for p in c.children if p.dep_ == "pobj" for t in p.subtree)
    return frozenset(w for w in words if w.isalpha() and w not in ENGLISH_STOP_WORDS), of


def _same_kind(ki: tuple, kj: tuple) -> bool | None:
    """True or False when the kinds of two figures of one noun settle it, None when the values must:
    different kinds on both sides, one written as an "of" phrase, are two things ("charges of child abuse" /
    "charges of indecent assault"); one side's "of" phrase alone may be a part of the other's whole ("10
    charges" / "four charges of assault"); noun modifiers alone never split ("volunteer firefighters" /
    "city firefighters" may be the same crews), and adjectives are not read ("five local" / "seven
    volunteer firefighters" is one figure)."""
    (wi, oi), (wj, oj) = ki, kj
    if wi and wj and not wi & wj and (oi or oj):
        return False
    if bool(wi and oi) != bool(wj and oj) and not (wi & wj):
        return None
    return True


#: What follows a figure that is someone's age (``text.ages.AGE_SUFFIX``): two ages in linked sentences are
#: one figure only when they are ages both and at most ``AGE_GAP`` years apart: "a 12-year-old boy" and "now
#: an 18-year-old student" tell two times of one life, not a conflict; "aged 45" and "46" may be a birthday
#: between two reports, or a slip worth a look.
_AGE_AFTER = re.compile(AGE_SUFFIX, re.I)


def _near_ages(x, y) -> bool:
    """Whether two ages (rows of ``numbers``) are at most ``AGE_GAP`` years apart."""
    vx, vy = (x["low"] if pd.notna(x["low"]) else x["high"]), (y["low"] if pd.notna(y["low"]) else y["high"])
    return pd.notna(vx) and pd.notna(vy) and abs(float(vx) - float(vy)) <= AGE_GAP


def _number_facts(corpus, pairs) -> list[dict]:
    nums = numbers(corpus).reset_index(drop=True)
    ages = person_ages(corpus)  # a person's age is a fact of its own (``_age_facts``)
    told = set(zip(ages["doc_id"], ages["start"]))
    nums = nums.loc[[(d, s) not in told for d, s in zip(nums["doc_id"], nums["start"])]].reset_index(drop=True)
    asked = _questions(corpus)  # "Can you imagine the outcry if arson caused a million dollars damage to X?"
    nums = nums.loc[[(d, int(s)) not in asked for d, s in zip(nums["doc_id"], nums["sent"])]].reset_index(drop=True)
    if nums.empty:
        return []
    by_sent = defaultdict(list)
    for i, r in nums.iterrows():
        by_sent[(r["doc_id"], int(r["sent"]))].append(i)
    uf = Groups(range(len(nums)))
    # an amount of money counts money, whatever noun follows it: "an estimated $1 million damage" and "damage
    # estimated at $1 million" tell one figure; the noun says which money it is ("damage" / "bail"), as an
    # "of" phrase would
    money = [is_money(t) or _head(c) in CURRENCY_NOUNS for t, c in zip(nums["text"], nums["counted"])]
    heads = ["money" if m else _head(c) for c, m in zip(nums["counted"], money)]
    docs = parsed_docs(corpus)
    kinds = [(frozenset({_head(c)}), True) if m and _head(c) else (frozenset(), False) if m
             else _kind_words(docs[r.doc_id], int(r.start), int(r.end), h)
             for r, h, c, m in zip(nums.itertuples(), heads, nums["counted"], money)]
    ages = [bool(_AGE_AFTER.match(corpus.text(r.doc_id), int(r.end))) for r in nums.itertuples()]
    for a, b, linked in pairs:
        for sa, sb in linked:
            for i in by_sent.get((a, sa), []):
                for j in by_sent.get((b, sb), []):
                    if not heads[i] or heads[i] != heads[j]:
                        continue
                    same = _same_kind(kinds[i], kinds[j])
                    if same is False:
                        continue
                    # the only figure of that noun in each of two linked sentences is one figure however far
                    # apart ("injured 12 people" / "injured more than 200 people"); else values must be close
                    alone = same and all(sum(heads[k] == heads[i] for k in by_sent[key]) == 1 for key in ((a, sa), (b, sb))) \
                        and not {nums.at[i, "qualifier"], nums.at[j, "qualifier"]} & VAGUE.keys()  # not "millions"
                    if ages[i] or ages[j]:
                        if ages[i] and ages[j] and _near_ages(nums.loc[i], nums.loc[j]):
                            uf.union(i, j)
                    elif alone or _comparable(nums.loc[i], nums.loc[j]):
                        uf.union(i, j)
    rows = []
    for g in uf.groups():
        docs = nums.loc[g, "doc_id"]
        if docs.nunique() < 2:
            continue
        sub = nums.loc[g]
        what = Counter(c for c in sub["counted"] if isinstance(c, str)).most_common(1)
        # a preposition on a duration ("within three months") is not a hedge, as in ``compare``
        duration = heads[g[0]] in TIME_UNITS
        told = {d: {(_num(r.low), _num(r.high), "" if duration or not isinstance(r.qualifier, str) else r.qualifier)
                    for r in s.itertuples()} for d, s in sub.groupby("doc_id")}
        what = _money_label(sub) if heads[g[0]] == "money" else what[0][0] if what else (heads[g[0]] or "number")
        rows.append({"kind": "number", "what": what,
                     "cells": {d: [(_figure_text(r), int(r.sent)) for r in s.itertuples()]
                               for d, s in sub.groupby("doc_id")},
                     "difference": _figures_difference(told),
                     "readings": {(lo, hi, hedge_class(q)) for vals in told.values() for lo, hi, q in vals}})
    return _merge_same_tellings(rows)


def _money_label(sub: pd.DataFrame) -> str:
    """What a row of sums is, as a reader names it: "money (damage)" when two or more of its articles name the
    same thing after the sum ("$1 million damage", "$1 million in damages"), else "money" (one paper's "£3.5million
    end", a slip for "and", names nothing)."""
    told = {(d, _head(c)) for d, c in zip(sub["doc_id"], sub["counted"])}  # each article counted once
    named = Counter(h for _, h in told if h and h not in CURRENCY_NOUNS).most_common(1)
    return f"money ({named[0][0]})" if named and named[0][1] >= 2 else "money"


def _merge_same_tellings(rows: list[dict]) -> list[dict]:
    """One row for a figure every article of two rows tells alike, when the rows share an article (METER diver:
    "the £115,000 settlement" and "paid £115,000", each linked to the other paper's sentence of it, were two rows
    with the same two cells; the Times's two "up to 60mph", one linked to the Telegraph's, one to the Guardian's,
    made two rows that each counted the third paper silent): the rows' cells join, and the row keeps the fuller
    label. Rows whose readings differ never merge, so no disagreement is made or hidden."""
    out = []
    for row in rows:
        readings = row.pop("readings")
        base = row["what"].split(" (")[0]
        into = next((o for o, r in out if len(readings) == 1 and r == readings
                     and o["what"].split(" (")[0] == base and o["cells"].keys() & row["cells"].keys()), None)
        if into is None:
            out.append((row, readings))
            continue
        if len(row["what"]) > len(into["what"]):
            into["what"] = row["what"]  # "money (settlement)" tells more than "money"
        for d, c in row["cells"].items():
            have = into["cells"].setdefault(d, [])
            have += [x for x in c if x not in have]
    return [o for o, _ in out]


#: The end of a question, before any closing quote: "...to Trinity United Church of Christ?" and "...?”".
_QUESTION_END = re.compile(r"\?[\"'\u201d\u2019)\]]*\s*$")


def _questions(corpus) -> set[tuple[str, int]]:
    """(doc_id, sent) of the sentences that ask rather than tell: a figure in a question is no telling of a fact
    (ECB+ 13_7: "Can you imagine the media outcry if arson were suspected to have caused a million dollars worth
    of arson damage to Trinity United Church of Christ?" sat in the row of the Wasilla church's damage). Limits:
    read from the question mark; a conditional told as a statement ("had it spread, it would have cost $5
    million") is not caught."""
    s = corpus.sentences
    return {(d, int(i)) for d, i, t in zip(s["doc_id"], s["sent"], s["text"]) if _QUESTION_END.search(str(t))}


def _figure_text(r) -> str:
    """A figure as its article writes it, with its currency noun ("one million dollars") and a hedge read
    outside its words: "$1 million (estimated)" for "authorities estimate the damage at $1 million", "$1
    million (unconfirmed)" for "..., but I don't know for sure"."""
    text, q = r.text, r.qualifier
    if _head(r.counted) in CURRENCY_NOUNS:
        text = f"{text} {r.counted}"
    return f"{text} ({q})" if isinstance(q, str) and q and q.lower() not in text.lower() else text


def _num(v):
    return None if pd.isna(v) else float(v)


#: How far an approximate figure reaches either side of its value ("about 40": 32 to 48).
APPROX_REACH = 0.2
#: How far an open hedge reaches from its figure, as a reader takes it: "more than 40" up to twice 40, "up to
#: 100" down to half of it, "nearly 200" down to three quarters ("at least 5" is no telling of "100").
OPEN_REACH, NEAR_REACH = 2.0, 0.75
#: Hedges that include their figure ("at least 40" holds 40; "more than 40" does not).
_INCLUSIVE = {"at least", "no fewer than", "no less than", "as many as", "up to", "at most", "no more than", "within"}
_NEAR = {"nearly", "almost", "just under", "close to"}


def _interval(reading) -> tuple[float, float]:
    """The values a reading (low, high, qualifier) allows: "more than 40" above 40 up to twice it, "at least 40"
    from 40, "up to 100" half of it to 100, "nearly 200" 150 to under 200, "about 40" 32 to 48
    (``APPROX_REACH``), "dozens" 24 to ten times that, "between 35 and 40" and an exact figure themselves."""
    low, high, qual = reading
    qual = (qual or "").lower()
    low = high if low is None else low
    high = low if high is None else high
    if low is None:
        return (-math.inf, math.inf)
    cls = hedge_class(qual)
    eps = 0.0 if qual in _INCLUSIVE else 1e-9
    if cls == "lower":
        return (low + eps, max(low, high) * OPEN_REACH)
    if cls == "upper":
        floor = NEAR_REACH if qual in _NEAR else 1 / OPEN_REACH
        return (min(low, high) * floor, high - eps)
    if cls == "approx":
        return (low - APPROX_REACH * abs(low), high + APPROX_REACH * abs(high))
    if cls == "vague":
        return (low, low * 10) if low > 0 else (-math.inf, math.inf)
    if cls == "additive":
        return (-math.inf, math.inf)  # "another 40": on top of a figure told elsewhere
    return (low, high)


def _figures_difference(told: dict[str, set]) -> str:
    """How two or more articles give one figure: "conflict" when two readings from two articles allow no
    value in common ("12" / "19", "nearly 200" / "more than 200"), "figure" when both can hold but the
    figures themselves differ ("up to $8 billion" / "$6.5 billion", "about 40" / "35"), "hedge" when they
    differ only in how sure they are ("nearly eight" / "about eight", "40" / "about 40", and an open hedge on the
    very figure another article gives: "more than 40" / "40"), else "". Readings one article
    gives both of are two figures, not two tellings ("I weigh 15 stone now, but I used to be 22 stone"), and so
    are those figures however hedged ("over five" weekends against "one", when another article gives "five" and
    "one")."""
    def key(r):  # "about 40" and "around 40" are one telling
        return r[0], r[1], hedge_class(r[2])

    def fig(r):  # the figure however hedged ("over five" / "five")
        return (r[0] if r[0] is not None else r[1], r[1] if r[1] is not None else r[0])

    together = {(fig(x), fig(y)) for vals in told.values() for x in vals for y in vals if fig(x) != fig(y)}
    docs, differ = list(told), ""
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            for x in told[a]:
                for y in told[b]:
                    if key(x) == key(y) or (fig(x), fig(y)) in together:
                        continue
                    (xl, xh), (yl, yh) = _interval(x), _interval(y)
                    if min(xh, yh) < max(xl, yl):
                        # "$1 million" / "more than $1 million": a round figure against an open hedge on that very
                        # figure differs in how sure it is, not in what it says
                        exact = hedge_class(x[2]) == "exact" or hedge_class(y[2]) == "exact"
                        if not (exact and max(xl, yl) - min(xh, yh) <= 1e-9 * 2):
                            return "conflict"
                    # "up to $8 billion" / "$6.5 billion": both can hold, but the articles give other figures
                    same = ({v for v in fig(x) if v is not None} & {v for v in fig(y) if v is not None}
                            or {hedge_class(x[2]), hedge_class(y[2])} & {"vague", "additive"})  # "dozens" / "30"
                    if not same:
                        differ = "figure"
                    elif not differ:
                        differ = "hedge"
    return differ


def _quote_facts(corpus, story_of: dict) -> list[dict]:
    """One row per statement of a speaker quoted by two or more articles, with each article's wording.

    Statements are grouped around the quotes of the article read first (reading order): each later quote
    joins the statement it is most like (word + character TF-IDF at least ``SAME_QUOTE``), not a chain of
    look-alikes, so a speaker quoted at length does not fold into one row. A quote that runs several
    statements together joins each statement it holds (``compare.same_utterance`` on the sentences that tell
    it, two shared content words at least), and tells it by those sentences (``_told_part``). The wording
    differs when neither telling's words hold the other's (a shortened quote is no rewording).
    Limits: when the long quote is read first it is the statement, and the other article's quotes of its
    parts join it as one row.
    """
    q = quotes(corpus)
    q = q[q["kind"].isin(SPEECH_KINDS)].reset_index(drop=True)
    rows, heads = [], []
    order = {d: k for k, d in enumerate(reading_order(corpus))}
    q = q.assign(rank_=q["doc_id"].map(order)).sort_values(["rank_", "start"])
    sent_of = {i: corpus.sentence_index(r.doc_id, [int(r.start)])[0] for i, r in zip(q.index, q.itertuples())}
    nameless, q = q[q["speaker_name"].isna()], q[q["speaker_name"].notna()]
    for _, sub in q.groupby([q["figure_id"].fillna(q["speaker_name"]), q["doc_id"].map(story_of)], sort=False):
        if sub["doc_id"].nunique() < 2:
            continue
        for g in _statements(sub):
            if q.loc[g, "doc_id"].nunique() >= 2:
                rows.append(_statement_row(corpus, q, g, sent_of, f"{q.at[g[0], 'speaker_name']} quoted"))
                heads.append((story_of.get(q.at[g[0], "doc_id"]), q.at[g[0], "text"]))
    joined = _join_nameless(corpus, nameless, rows, heads, story_of, sent_of)
    rows += _nameless_statements(corpus, nameless.drop(index=list(joined)), story_of, sent_of)
    return rows


def _statement_row(corpus, q: pd.DataFrame, g: list, sent_of: dict, what: str) -> dict:
    """The quote fact of the quotes ``g`` (index labels of ``q``, the first-told first): each article's telling
    of the first-told statement (``_told``) and "reworded" when the wording differs."""
    told = {i: _told(corpus, q.loc[i], q.at[g[0], "text"], sent_of[i]) if i != g[0] else (q.at[i, "text"], sent_of[i])
            for i in g}
    s = q.loc[g]
    return {"kind": "quote", "what": what,
            "cells": {d: [told[i] for i in gg.index] for d, gg in s.groupby("doc_id")},
            "difference": "reworded" if _reworded([(q.at[i, "doc_id"], told[i][0]) for i in g]) else ""}


#: Speakers a quote row gives that describe no one without the sentence before ("It read: ...", "They said").
_PRONOUN_SPEAKERS = {"i", "you", "he", "she", "it", "we", "they", "this", "that", "one"}


def _nameless_statements(corpus, nameless: pd.DataFrame, story_of: dict, sent_of: dict) -> list[dict]:
    """Quote facts for a statement two or more articles of one story quote without naming who spoke ("a WeWork
    spokesperson said" / "A company spokesperson said"), grouped as one speaker's statements are
    (``_statements``) but only when the words nearly repeat (``NAMELESS_SAME_QUOTE``). The row names the
    speaker as the article read first describes them. Limits: the words alone decide, as in ``_join_nameless``;
    two unnamed people saying the same short thing ("No comment.") are one row."""
    rows = []
    for _, sub in nameless.groupby(nameless["doc_id"].map(story_of), sort=False):
        if sub["doc_id"].nunique() < 2:
            continue
        for g in _statements(sub, NAMELESS_SAME_QUOTE):
            if nameless.loc[g, "doc_id"].nunique() < 2:
                continue
            who = nameless.at[g[0], "speaker_text"]
            who = who if isinstance(who, str) and who.lower() not in _PRONOUN_SPEAKERS else ""  # "It read: ..."
            what = f"unnamed speaker quoted ({who})" if who else "unnamed speaker quoted"
            rows.append(_statement_row(corpus, nameless, g, sent_of, what))
    return rows


#: A quote whose speaker the article does not name ("The teenager told the jury: ...") joins a statement
#: quoted elsewhere only when its words nearly repeat it (word + character TF-IDF at least this).
NAMELESS_SAME_QUOTE = 0.6


def _join_nameless(corpus, nameless: pd.DataFrame, rows: list[dict], heads: list[tuple], story_of: dict,
                   sent_of: dict) -> set:
    """Put each quote with no speaker name into the quote facts of the same story whose first-told wording it
    nearly repeats (the part of it that tells the statement, ``_told_part``, scoring ``NAMELESS_SAME_QUOTE``),
    when its article is not in that fact yet: "The teenager told the jury: '...'" tells what another paper
    gives to Richard Thomas, so that paper is not silent on it. A quote of several statements joins each.
    Returns the quotes it placed. Limits: the words alone decide; who the article says spoke is not checked."""
    pairs = [(i, k) for i, r in zip(nameless.index, nameless.itertuples()) for k, (story, _) in enumerate(heads)
             if story_of.get(r.doc_id) == story and r.doc_id not in rows[k]["cells"]]
    if not pairs:
        return set()
    spans = [_told_part(nameless.at[i, "text"], heads[k][1]) for i, k in pairs]
    parts = [nameless.at[i, "text"][a:b] for (i, _), (a, b) in zip(pairs, spans)]
    scores = similarity.pair_similarity(parts, [heads[k][1] for _, k in pairs], "both")
    joined, used = set(), set()
    for (i, k), span, v in zip(pairs, spans, scores):
        if v >= NAMELESS_SAME_QUOTE:
            r = nameless.loc[i]
            rows[k]["cells"].setdefault(r.doc_id, []).append(_told(corpus, r, heads[k][1], sent_of[i], span))
            joined.add(k)
            used.add(i)
    for k in joined:
        if _reworded([(d, t) for d, ts in rows[k]["cells"].items() for t, _ in ts]):
            rows[k]["difference"] = "reworded"
    return used


def _told_part(text: str, statement: str) -> tuple[int, int]:
    """Where a quote of several sentences tells ``statement`` (a shorter quote of it): the run of consecutive
    sentences, each sharing with it two content words and a third of its own, or half of its own (a short
    sentence: "I was very fat then."), that shares most words with it (the longer run on a tie). The whole
    quote when it has no more sentences than the statement, or when no sentence shares so much. Limits: a
    statement told in two sentences apart, with an unrelated one between, is told by one run only."""
    return _told_run(text, statement) or (0, len(text))


def _told_run(text: str, statement: str) -> tuple[int, int] | None:
    """``_told_part``, but None when the quote has more sentences than the statement and none of them shares
    enough words with it: its shared words are then scattered over sentences about other things ("house" in
    "Food was never prepared in the house", "fat" in "I was such a fat kid"), which tell no statement."""
    spans = split_sentences(text)
    if len(spans) <= max(1, len(split_sentences(statement))):
        return 0, len(text)
    want = content_words(statement)
    shared = [(len(content_words(text[a:b]) & want), len(content_words(text[a:b]))) for a, b in spans]
    ok = [(n >= 2 and 3 * n >= m) or (n >= 1 and 2 * n >= m) for n, m in shared]
    runs = [list(ks) for good, ks in itertools.groupby(range(len(spans)), key=ok.__getitem__) if good]
    if not runs:
        return None
    best = max(runs, key=lambda ks: (sum(shared[k][0] for k in ks), len(ks)))
    return spans[best[0]][0], spans[best[-1]][1]


def _told(corpus, quote, statement: str, sent: int, span: tuple[int, int] | None = None) -> tuple[str, int]:
    """(text, sentence index) of the part of ``quote`` that tells ``statement`` (see ``_told_part``; ``span``
    when already found)."""
    a, b = span or _told_part(quote.text, statement)
    if (a, b) == (0, len(quote.text)):
        return quote.text, sent
    return quote.text[a:b], corpus.sentence_index(quote.doc_id, [int(quote.start) + a])[0]


def _statements(sub: pd.DataFrame, least: float = SAME_QUOTE) -> list[list]:
    """Groups of one speaker's quotes (index labels), in reading order, around first-told representatives (a
    quote joins the group whose first quote it is most like, scoring ``least`` at least)."""
    idx = list(sub.index)
    docs = list(sub["doc_id"])
    left, right = [], []
    for x in range(len(idx)):
        for y in range(x + 1, len(idx)):
            if docs[x] != docs[y]:
                left.append(x)
                right.append(y)
    score = {}
    if left:
        texts = list(sub["text"])
        for x, y, v in zip(left, right, similarity.pair_similarity([texts[i] for i in left], [texts[j] for j in right], "both")):
            score[(x, y)] = v
    groups: list[list[int]] = []  # positions; groups[k][0] is the representative
    for y in range(len(idx)):
        best = max(((score.get((g[0], y), 0.0), k) for k, g in enumerate(groups) if docs[g[0]] != docs[y]), default=(0.0, -1))
        if best[0] >= least:
            groups[best[1]].append(y)
        else:
            groups.append([y])
    # a quote that runs several statements together also tells each other statement it holds (the words
    # ``compare`` pairs as one utterance, found in the sentences that tell it): it sits in every such fact
    texts = list(sub["text"])
    for y in range(len(idx)):
        if len(split_sentences(texts[y])) < 2:
            continue
        for g in groups:
            if y in g or any(docs[m] == docs[y] for m in g):
                continue
            run = _told_run(texts[y], texts[g[0]])
            if run is None:
                continue
            part, said = texts[y][run[0]:run[1]], content_words(texts[g[0]])
            if same_utterance(texts[g[0]], part) and len(said & content_words(part)) >= max(2, len(said) / 2):
                g.append(y)
    _one_statement_per_part(groups, texts)
    return [[idx[i] for i in g] for g in groups]


def _one_statement_per_part(groups: list[list[int]], texts: list[str]) -> None:
    """Keep each part of a quote in one statement when the first article tells that statement twice (in
    place). A wire that repeats a quote lower down in near words ("it was confusing" / "I was confused")
    gives two statements that are one; another article's word-for-word quote joins both by the same
    sentences and would show as a rewording of the second. Of the groups a quote joins (not the one it
    heads), one whose telling part (``_told_part``) lies within the part telling a group it matches better
    (word + character TF-IDF), when the two groups' statements are one (``SAME_QUOTE``), loses the quote.
    Limits: a tie keeps the statement read first; statements told twice in words too far apart to score
    ``SAME_QUOTE`` stay two rows."""
    joins = [(k, y, _told_part(texts[y], texts[g[0]])) for k, g in enumerate(groups) for y in g[1:]]
    many = Counter(y for _, y, _ in joins)
    joins = [j for j in joins if many[j[1]] > 1]
    if not joins:
        return
    scores = similarity.pair_similarity([texts[y][a:b] for _, y, (a, b) in joins], [texts[groups[k][0]] for k, _, _ in joins], "both")
    heads = sorted({k for k, _, _ in joins})
    pairs = list(itertools.combinations(heads, 2))
    same = {p for p, v in zip(pairs, similarity.pair_similarity([texts[groups[j][0]] for j, _ in pairs],
                                                                 [texts[groups[k][0]] for _, k in pairs], "both"))
            if v >= SAME_QUOTE}
    kept: dict[int, list[tuple[int, tuple[int, int]]]] = defaultdict(list)
    for (k, y, (a, b)), _ in sorted(zip(joins, scores), key=lambda j: (-j[1], j[0][0])):
        if any(ka <= a and b <= kb and tuple(sorted((j, k))) in same for j, (ka, kb) in kept[y]):
            groups[k].remove(y)
        else:
            kept[y].append((k, (a, b)))


def _reworded(told: list[tuple[str, str]]) -> bool:
    """True when two articles quote one statement in different words: for some pair of quotes from two
    articles (doc_id, text), ``compare.quote_reworded`` holds."""
    return any(da != db and quote_reworded(a, b) for (da, a), (db, b) in itertools.combinations(set(told), 2))


def _date_facts(corpus, story_of: dict) -> list[dict]:
    """One fact per event (``events``) told by two articles or more, its cells each article's readings.

    A range ("between December 1997 and February 1998") is two events, one per end: each article's reading
    gives every date of the clause ("December 1997 → 1997-12; February 1998 → 1998-02"), and the two ends
    make one fact when they come from the very same sentences, or when one end's fact tells nothing the
    other's does not (any two dates of one clause, not only a range's ends). An event's dates can all hold
    (``events``); a fact is a conflict when two articles' clauses each give a date the other's cannot hold
    ("from 1994 to 1997" / "from 1994 to 1998"), and an omission when an article tells the clause undated.
    An article whose clause gives less ("in 1994") is no conflict."""
    ev = events(corpus)
    ev = ev[ev["kind"].isin(["dated", "undated"])]
    dated_all = ev[ev["kind"] == "dated"].sort_values("start")
    clause_dates: dict = {}
    for r in dated_all.itertuples():
        clause_dates.setdefault((r.doc_id, int(r.sent), r.event), []).append(r)
    merged: dict = {}
    for _, g in ev.groupby([ev["event_id"], ev["doc_id"].map(story_of)], sort=False):
        if g["doc_id"].nunique() < 2:
            continue
        dated = g[g["kind"] == "dated"]
        specific = dated["value"].map(lambda v: isinstance(v, str) and "X" not in v and "REF" not in v)
        if not specific.any():
            continue  # "now", "previously", or dates no article could resolve: nothing to compare
        # an event's dates all hold together (``events``): it differs only by an article that leaves its date out
        differ = "omission" if (g["kind"] == "undated").any() else ""
        key = frozenset(zip(dated["doc_id"], dated["sent"]))
        fact = merged.setdefault(key, {"kind": "date", "what": _shorten(dated["event"].iloc[0], 70), "cells": {},
                                       "difference": differ, "dates": {}})
        fact["difference"] = min(fact["difference"], differ, key=DIFFERENCES.index)
        for r in g.itertuples():  # one reading per clause: "1994 → 1994; 1997 → 1997"
            dates = clause_dates.get((r.doc_id, int(r.sent), r.event), [])
            told = ("; ".join(date_reading(d.timex, d.value) for d in dates) or "(no date)", int(r.sent))
            cell = fact["cells"].setdefault(r.doc_id, [])
            if told not in cell:
                cell.append(told)
            fact["dates"].setdefault(r.doc_id, {}).update({d.start: d for d in dates})
    facts_ = list(merged.values())
    entries = [{(d, v) for d, vals in f["cells"].items() for v in vals} for f in facts_]
    kept = []
    for i, f in enumerate(facts_):
        holders = [j for j in range(len(facts_)) if entries[i] < entries[j]]
        for j in holders:  # a fact told entirely inside another passes its difference on to it
            facts_[j]["difference"] = min(facts_[j]["difference"], f["difference"], key=DIFFERENCES.index)
        if not holders:
            kept.append(f)
    for f in kept:  # a fact held inside another is compared as part of it
        if _clauses_clash(f["dates"]):
            f["difference"] = "conflict"
    for f in facts_:
        del f["dates"]
    return kept


def _clauses_clash(dates: dict) -> bool:
    """Whether two articles' clauses (doc_id -> {start: dated ``events`` row}) each give a date that none of the
    other's can hold with: "1994; 1997" against "1994; 1998". "1994" against "1994; 1997" gives less, not another
    date; "1997" against "1997-05" is the same date told more precisely."""
    def unmatched(xs, ys):
        return any(all(rows_disagree(x, y) for y in ys) for x in xs)

    rows = [list(d.values()) for d in dates.values() if d]
    return any(unmatched(a, b) and unmatched(b, a) for i, a in enumerate(rows) for b in rows[i + 1:])


def _retold_date_facts(corpus, story_of: dict) -> list[dict]:
    """One statement the articles retell with dates that cannot both hold ("sank on Monday" / "on Tuesday":
    ``compare``'s "retold with another date" rows): one conflict fact per statement, the sentences linked
    across all pairs joined into one row."""
    d = _within_stories(compare(corpus), story_of)
    d = d[(d["kind"] == "date") & d["what"].str.startswith(RETOLD_WITH_ANOTHER_DATE)]
    if d.empty:
        return []
    ev = events(corpus)
    reading = {(r.doc_id, int(r.start)): (date_reading(r.timex, r.value), int(r.sent), r.event)
               for r in ev[ev["kind"] == "dated"].itertuples()}
    links = [((r.doc_a, int(r.a_start)), (r.doc_b, int(r.b_start))) for r in d.itertuples()]
    g = Groups({n for pair in links for n in pair})
    for a, b in links:
        g.union(a, b)
    rows = []
    for nodes in g.groups():
        cells: dict = {}
        for doc, start in sorted(nodes):
            if (doc, start) in reading:
                text, sent, event = reading[(doc, start)]
                cells.setdefault(doc, []).append((text, sent))
        if len(cells) >= 2:
            what = next(reading[n][2] for n in sorted(nodes) if n in reading)
            rows.append({"kind": "date", "what": _shorten(what, 70), "cells": cells, "difference": "conflict"})
    return rows


def date_reading(timex, value) -> str:
    """A date reading as a reader sees it: the words and their resolved value, or the words alone when the
    value could not be resolved (no publication date)."""
    if not isinstance(timex, str):
        return "(no date)"
    if not isinstance(value, str) or "XXXX" in value:
        return f"{timex} (unresolved)"
    return f"{timex} → {readable_value(value)}"


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday", "DT": "daytime"}
_REFS = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"}


def readable_value(value: str) -> str:
    """A TIMEX3 value as a reader writes it: a decade "197" is "1970s", a century "19" the "1900s", "1998-SU"
    "summer 1998", "1998-W32" "week 32 of 1998", "1999-10-24TNI" "1999-10-24 night", "PAST_REF" "the past",
    a day of a known month "1998-02-XX" "a day in February 1998" ("1998-02-XXTMO" "a morning in February 1998"), a time "2000-03-02T12:00" "2000-03-02 12:00";
    dates and durations stay in ISO form ("2016-09-30", "P3D")."""
    if value in _REFS:
        return _REFS[value]
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00s"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if m:
        return f"{_SEASONS[m.group(2)]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        return ("the weekend of " if m.group(3) else "") + f"week {int(m.group(2))} of {m.group(1)}"
    m = re.fullmatch(r"(.+)T(MO|AF|EV|NI|MI|DT)", value)
    if m:
        day = readable_value(m.group(1))
        return day.replace("a day in", f"a {_PARTS[m.group(2)]} in") if day.startswith("a day in") \
            else f"{day} {_PARTS[m.group(2)]}"
    m = re.fullmatch(r"(\d{4})-(\d{2})-XX", value)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"a day in {calendar.month_name[int(m.group(2))]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z?)", value)
    if m:
        return f"{m.group(1)} {m.group(2)}" + (" UTC" if m.group(3) else "")
    return value


_CUE_BEFORE = re.compile(r"^(?:according\s+to|(?:quoted|reported|cited|told)\s+by|told)\s+", re.I)
_CUE_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:said|says|told|tells|reported|reports|added|"
                        r"stated|announced|confirmed|claimed|explained|noted|wrote|cited|quoted)$", re.I)


def source_phrase(text) -> str:
    """A source as a reader names it, from the words of a reporting clause that hold no known name: the cue
    words stripped ("the Alaska governor said" -> "the Alaska governor", "according to the local paper" ->
    "the local paper") and the phrase cut at its first comma or "that". Limits: English cues only; at most
    eight words are kept."""
    t = " ".join(str(text or "").split())
    t = _CUE_BEFORE.sub("", t)
    t = re.split(r",\s|\s+that\s", t, maxsplit=1)[0]
    t = _CUE_AFTER.sub("", t)
    words = t.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


_WEB_SUFFIX = re.compile(r"\s?\.\s?(?:com|org|net|co\.uk|com\.au)$", re.I)


def _source_key(name: str) -> str:
    """One key for a source however it is written: words normalised, and a web outlet's domain ending
    dropped ("TMZ.com", "TMZ. com" and "TMZ" are one source)."""
    return similarity.norm_words(_WEB_SUFFIX.sub("", name.strip()))


def _source_facts(corpus, story_of: dict) -> list[dict]:
    """Sources of claims (see ``compare``'s ``source`` rows) named by some articles and dropped by others."""
    d = _within_stories(compare(corpus), story_of)
    d = d[d["kind"] == "source"]
    m = mentions(corpus)
    name_of = dict(zip(m["figure_id"], m["name"]))
    by_source = defaultdict(lambda: defaultdict(list))
    figure_of = {}  # source key -> the figure compare read as the source (None for a phrase)
    for r in d.itertuples():
        named = "a" if isinstance(r.a_text, str) and r.a_text else "b"
        other = "b" if named == "a" else "a"
        # the figure compare read as the source ("Central Mat-Su Fire Department Chief James Steele said" is
        # Steele; "Keith Hillier, the son of Pamela Hillier, told" is Keith), else the phrase's words
        name = name_of.get(r.figure_id) or source_phrase(getattr(r, f"{named}_text"))
        key = (story_of[r.doc_a], _source_key(name))
        figure_of.setdefault(key, r.figure_id)
        cells = by_source[key]
        for side, value in ((named, name), (other, "(not named)")):
            doc, sent = getattr(r, f"doc_{side}"), getattr(r, f"{side}_sent")
            if pd.notna(sent) and value == "(not named)":
                value = _credits(corpus, doc, int(sent))
            if pd.notna(sent) and (value, int(sent)) not in cells[doc]:
                cells[doc].append((value, int(sent)))
    mentioned = set(zip(m["doc_id"], m["figure_id"]))
    rows = []
    for key, cells in by_source.items():
        for doc, vals in cells.items():  # an article that names the source somewhere does not drop it
            if any(not _unnamed(v) for v, _ in vals):
                cells[doc] = [(v, s) for v, s in vals if not _unnamed(v)]
            elif _names_elsewhere(corpus, mentioned, doc, figure_of[key], key[1]):
                cells[doc] = [("(named elsewhere)", s) for _, s in vals]
        names = [v for vals in cells.values() for v, _ in vals if not _unnamed(v) and v != "(named elsewhere)"]
        rows.append({"kind": "source", "what": f"source: {Counter(names).most_common(1)[0][0]}", "cells": dict(cells),
                     "difference": "omission" if any(_unnamed(v) for vals in cells.values() for v, _ in vals) else ""})
    return rows


def _unnamed(value: str) -> bool:
    """Whether a source cell says the article names no source here: "(not named)", or "(credits authorities)"
    when it gives the claim to a description only."""
    return value == "(not named)" or value.startswith("(credits ")


def _credits(corpus, doc: str, sent: int) -> str:
    """What a sentence that names no source of a claim says instead: "(credits authorities)" when it gives the
    claim to a description ("authorities said", "investigators say"), else "(not named)"."""
    row = corpus.sentences_of(doc)
    row = row[row["sent"] == sent]
    if row.empty:
        return "(not named)"
    said = credited(parsed_docs(corpus)[doc], (int(row["start"].iloc[0]), int(row["end"].iloc[0])))
    return f"(credits {'; '.join(said)})" if said else "(not named)"


def _names_elsewhere(corpus, mentioned: set, doc: str, figure_id, key: str) -> bool:
    """True when article ``doc`` names the source outside the sentence compared: a mention of its figure
    (``mentioned``: (doc_id, figure_id) pairs), or its words anywhere in the text, case aside ("told the high
    court"). Then the article does not drop the source; it only does not give it this claim."""
    if isinstance(figure_id, str) and (doc, figure_id) in mentioned:
        return True
    return bool(key) and f" {key} " in f" {similarity.norm_words(corpus.text(doc))} "


def _name_facts(corpus, story_of: dict) -> list[dict]:
    """A person whose surname is written differently by two articles ("Kovalenko" / "Kowalenko"). A fuller or
    shorter form of the same name ("Joe Biden" / "Joseph R. Biden Jr.") is no difference and gives no row.
    Limits: the fullest form each article writes is compared; given-name spellings are not."""
    m = mentions(corpus)
    m = m[(m["figure_label"] == "PERSON") & m["kind"].isin(["name", "title+name"]) & m["figure_id"].notna()]
    rows = []
    for _, g in m.groupby([m["figure_id"], m["doc_id"].map(story_of)], sort=False):
        if g["doc_id"].nunique() < 2:
            continue
        full = {}
        for d, s in g.groupby("doc_id"):
            longest = max(s["text"], key=lambda t: len(name_tokens(t)))
            if len(name_tokens(longest)) >= 2:
                full[d] = (longest, corpus.sentence_index(d, [int(s.loc[s["text"] == longest, "start"].iloc[0])])[0])
        surnames = {similarity.norm_words(parts(name_tokens(t))[1]) for t, _ in full.values()}
        if len(surnames - {""}) > 1:
            rows.append({"kind": "name", "what": f"name of {g['name'].iloc[0]}",
                         "cells": {d: [v] for d, v in full.items()}, "difference": "conflict"})
    return rows


def _age_facts(corpus, story_of: dict) -> list[dict]:
    """A person's age as each article writes it beside the name ("Christopher Grant, 45," / "Christopher
    Grant, 15,"): a conflict when two articles give ages more than ``AGE_GAP`` apart with none closer (a
    birthday between two reports is no conflict), else an agreement. Limits: only ages written beside a name
    are read (``text.ages``); an article telling two times of one life ("then 12, now 18") agrees with
    either age."""
    ages = person_ages(corpus)
    rows = []
    for _, g in ages.groupby([ages["figure_id"], ages["doc_id"].map(story_of)], sort=False):
        if g["doc_id"].nunique() < 2:
            continue
        told = {d: set(s["age"]) for d, s in g.groupby("doc_id")}
        clash = any(ages_clash(told[a], told[b]) for a, b in itertools.combinations(told, 2))
        rows.append({"kind": "age", "what": f"age of {g['name'].iloc[0]}",
                     "cells": {d: list(zip(s["text"], s["sent"])) for d, s in g.groupby("doc_id")},
                     "difference": "conflict" if clash else ""})
    return rows


def facts(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Facts x articles: ``(table, links)``.

    ``table``: one row per fact (fact, kind, what, n_articles, disagree, difference) and one column per
    article (in reading order) holding what that article says, empty when it does not say it. ``disagree`` is
    True when the tellings differ at all; ``difference`` says how (see ``DIFFERENCES``). Rows come in the order
    of ``DIFFERENCES`` (conflicts, hedges, rewordings, omissions, agreements); within each, numbers, ages, quotes,
    dates, sources, names, most-told first. ``links``: fact, doc_id, sent, text: the sentences each cell comes
    from.
    """
    def compute():
        story_of = _story_of(corpus)
        pairs = [(a, b, linked) for a, b, linked in similarity.linked_sentences(corpus) if story_of[a] == story_of[b]]
        found = (_number_facts(corpus, pairs) + _quote_facts(corpus, story_of) + _date_facts(corpus, story_of)
                 + _retold_date_facts(corpus, story_of) + _source_facts(corpus, story_of) + _name_facts(corpus, story_of)
                 + _age_facts(corpus, story_of))
        order = reading_order(corpus)
        rank = {"number": 0, "age": 1, "quote": 2, "date": 3, "source": 4, "name": 5}
        found.sort(key=lambda f: (DIFFERENCES.index(f["difference"]), rank[f["kind"]], -len(f["cells"]), f["what"]))
        rows, links = [], []
        for k, f in enumerate(found, start=1):
            fid = f"F{k:03d}"
            row = {"fact": fid, "kind": f["kind"], "what": f["what"], "n_articles": len(f["cells"]),
                   "disagree": f["difference"] != "", "difference": f["difference"]}
            for d in order:
                vals = f["cells"].get(d, [])
                row[d] = " | ".join(dict.fromkeys(v for v, _ in vals)) if vals else ""
                links += [{"fact": fid, "doc_id": d, "sent": s, "text": v} for v, s in vals]
            rows.append(row)
        return (pd.DataFrame(rows, columns=FACT_COLUMNS + order),
                pd.DataFrame(links, columns=["fact", "doc_id", "sent", "text"]))
    table, links = corpus.cached("facts", compute)
    return table.copy(), links.copy()
