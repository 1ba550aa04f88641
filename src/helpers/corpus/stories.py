"""Which articles of a folder tell one story, and in what order to read them.

- ``reading_order(corpus)``: articles by publication date (unknown dates last), then id (numbers as numbers);
- ``story_groups(corpus)``: the stories a folder holds (articles linked by a retelling, or by reporting the
  same event in similar words);
- ``story_of(corpus)``: ``{doc_id: story}``.

Tables across articles (facts, discrepancies, events) compare articles of one story only.
"""
from __future__ import annotations

import re

import pandas as pd

from .grouping import Groups
from .reuse import STORY_LINK, provenance


def reading_order(corpus) -> list[str]:
    """Doc ids by publication date (unknown last), then id, its numbers read as numbers (``2.txt`` before
    ``10.txt``: :func:`natural_key`)."""
    when = dict(zip(corpus.articles["doc_id"], corpus.articles["published"]))
    return sorted(when, key=lambda d: (pd.isna(when[d]), 0 if pd.isna(when[d]) else when[d], natural_key(d)))


def natural_key(doc_id: str) -> tuple:
    """A sort key that reads the runs of digits in an id as numbers ("13_2ecb" before "13_10ecb"), ignores
    case, and keeps ids that differ only in case apart (in code-point order)."""
    parts = re.split(r"(\d+)", doc_id)
    return tuple((int(p), p) if k % 2 else (0, p.casefold()) for k, p in enumerate(parts)), doc_id


def story_groups(corpus) -> pd.DataFrame:
    """Which story each article tells, for a folder that may mix several: one row per article (doc_id,
    story "S1" for the largest group, n_articles in its group). Two articles tell one story when
    ``provenance`` finds one retelling the other, or both reporting the same event with a word similarity
    of at least ``STORY_LINK`` and published at most ``STORY_DAYS`` days apart (when both dates are known);
    the groups are the connected sets. An article in a group of its own shares no story with the others.

    Limits: only candidate pairs are compared (articles sharing rare words), so one bridge pair joins two
    stories into one; two events of one kind told in the same words (two rehab stays of one actress) often
    group together."""
    return corpus.cached("story_groups", lambda: _story_groups(corpus)).copy()


def _story_groups(corpus) -> pd.DataFrame:
    ids = list(corpus.doc_ids)
    g = Groups(ids)
    prov = provenance(corpus) if len(ids) > 1 else pd.DataFrame(columns=["a", "b", "relation", "similarity"])
    when = dict(zip(corpus.articles["doc_id"], corpus.articles["published"]))
    for a, b, rel, sim in zip(prov["a"], prov["b"], prov["relation"], prov["similarity"]):
        if rel != "unrelated" and (rel != "independent" or (sim >= STORY_LINK and not _far_apart(when[a], when[b]))):
            g.union(a, b)
    order = {d: i for i, d in enumerate(reading_order(corpus))}
    groups = sorted(g.groups(), key=lambda m: (-len(m), min(order[d] for d in m)))
    rows = [(d, f"S{k}", len(m)) for k, m in enumerate(groups, start=1) for d in sorted(m, key=order.get)]
    return pd.DataFrame(rows, columns=["doc_id", "story", "n_articles"])


#: Two articles published more than this many days apart that only report alike (neither retells the other)
#: tell two stories of one subject ("Clinton's tax plan" and, two weeks on, "Trump's tax returns"), not one.
STORY_DAYS = 7


def _far_apart(x, y) -> bool:
    """Whether two publication dates, both known, lie more than ``STORY_DAYS`` days apart."""
    return pd.notna(x) and pd.notna(y) and abs((pd.Timestamp(x) - pd.Timestamp(y)).days) > STORY_DAYS


def story_of(corpus) -> dict[str, str]:
    """``{doc_id: story}`` (see :func:`story_groups`)."""
    g = story_groups(corpus)
    return dict(zip(g["doc_id"], g["story"]))
