"""Events: dated statements lined up across the articles of a corpus, and their TimelineJS export.

See :func:`events`. Limits: events are linked only between candidate article pairs (see
``similarity.candidate_pairs``); a vague date ("recently") links only between aligned sentences.
"""
from __future__ import annotations

import re

import pandas as pd

from ..text.clauses import clause_of, clause_words, retells_clause
from ..text.timex import granularity, in_dateline, names_a_law, values_agree
from . import similarity
from .parsing import parsed_docs
from .figures import mentions
from .grouping import Groups
from .stories import story_of
from .tables import timexes


EVENT_COLUMNS = ["event_id", "doc_id", "sent", "start", "end", "timex", "value", "earliest", "latest",
                 "granularity", "kind", "event", "figures"]


def events(corpus, link_threshold: float | None = None) -> pd.DataFrame:
    """One row per dated statement, lined up across articles.

    Rows: each article's publication (``kind="publication"``, its lead sentence, dated by the
    publication date; when the lead has a date of its own, the row only marks the publication, with
    ``event`` = :data:`PUBLISHED`, and joins no other article's row); each sentence with a DATE (or TIME) expression (``kind="dated"``), vague ones
    included with ``granularity="vague"``; a DURATION followed by "ago" or "from now" is dated from the
    publication ("a few days ago"). A duration counted from another event ("two minutes later", "a week
    before the vote") gives no row: the text does not say when that event was.
    ``event`` is the clause the expression attaches to; ``figures`` the people, organisations and
    places named in the sentence. Events of different articles share an ``event_id`` when their
    intervals overlap and their sentences are aligned (``similarity.align``), share a named figure,
    or score above ``link_threshold`` (default: ``similarity.RETOLD``), and only when the two articles tell
    one story (``stories.story_groups``). A vague or unresolved date links only between aligned sentences,
    with the same value or one it agrees with (``timex.values_agree``: "December 13" in an article with no
    publication date, XXXX-12-13, and 1999-12-13 in the wire copy it retells). A sentence aligned with a
    dated event of another article but carrying no date itself gets a row with ``kind="undated"``
    and no interval: the other article dates it, this one does not. It must tell the dated clause itself
    (``clauses.retells_clause``: its verb, or most of its words), not only other words of the sentence,
    and say no time of its own (``_timed_sentences``: "arrested a week later" is dated from another event,
    not undated), nor stand beside a sentence with a time its article could not place (no publication date:
    "appeared in court yesterday. He faces four charges": the date may be that "yesterday").
    """
    thr = similarity.RETOLD if link_threshold is None else link_threshold
    return corpus.cached(f"events:{thr}", lambda: _events(corpus, thr)).copy()


def _events(corpus, thr: float) -> pd.DataFrame:
    docs = parsed_docs(corpus)
    tx = timexes(corpus)
    ment = mentions(corpus)
    names_by_doc = {d: g for d, g in ment.dropna(subset=["name"]).groupby("doc_id")}
    tx_by_doc = {d: g for d, g in tx.groupby("doc_id")}
    rows = []
    for doc_id in corpus.doc_ids:
        sents = corpus.sentences_of(doc_id)
        ref = corpus.reference_date(doc_id)
        m_doc = names_by_doc.get(doc_id, ment.iloc[:0])

        def figs(s, e, m_doc=m_doc):
            return sorted(set(m_doc[(m_doc["start"] >= s) & (m_doc["end"] <= e)]["name"]))

        if len(sents):
            body = sents[sents["part"] == "body"]
            lead = body.iloc[0] if len(body) else sents.iloc[0]  # the lead sentence, not the headline
            rows.append({"doc_id": doc_id, "sent": int(lead["sent"]), "start": int(lead["start"]), "end": int(lead["end"]),
                         "timex": "(publication date)", "value": ref.isoformat() if ref else "XXXX-XX-XX",
                         "earliest": pd.Timestamp(ref) if ref else pd.NaT, "latest": pd.Timestamp(ref) if ref else pd.NaT,
                         "granularity": "day" if ref else "vague", "kind": "publication", "event": lead["text"],
                         "figures": figs(lead["start"], lead["end"])})
        text = corpus.text(doc_id)
        for t in tx_by_doc.get(doc_id, tx.iloc[:0]).itertuples():
            s_row = sents.iloc[int(t.sent)]
            earliest, latest, value, gran = t.earliest, t.latest, t.value, granularity(t.value)
            if t.type == "DURATION":
                # only "ago" and "from now" count from the day of writing; "two minutes later", "a week
                # before the vote" count from another event, which the text does not date here
                after = text[t.end:t.end + 12].lower()
                m = re.match(r"\s*(ago|from now)\b", after)
                if not m or ref is None:
                    continue
                sign = -1 if m.group(1) == "ago" else 1
                lo, hi = duration_days(t.value)
                a = pd.Timestamp(ref) + pd.Timedelta(days=sign * hi)
                b = pd.Timestamp(ref) + pd.Timedelta(days=sign * lo)
                earliest, latest = min(a, b), max(a, b)
                value, gran = f"{t.value} {'before' if sign < 0 else 'after'} publication", "relative"
            elif t.type not in ("DATE", "TIME") or _dates_nothing(text, t):
                continue
            rows.append({"doc_id": doc_id, "sent": int(t.sent), "start": int(t.start), "end": int(t.end), "timex": t.text,
                         "value": value, "earliest": earliest, "latest": latest, "granularity": gran, "kind": "dated",
                         "event": clause_of(docs[doc_id], int(t.start), int(t.end)) or s_row["text"],
                         "figures": figs(s_row["start"], s_row["end"])})
    ev = pd.DataFrame(rows, columns=[c for c in EVENT_COLUMNS if c != "event_id"])
    dated = set(zip(ev.loc[ev["kind"] == "dated", "doc_id"], ev.loc[ev["kind"] == "dated", "sent"]))
    own = (ev["kind"] == "publication") & pd.Series([(d, s) in dated for d, s in zip(ev["doc_id"], ev["sent"])],
                                                     index=ev.index, dtype=bool)
    ev.loc[own, "event"] = PUBLISHED  # the lead dates its happening itself: one happening, one date
    return _link_events(corpus, ev, thr)


#: The ``event`` of a publication row whose lead sentence has a date of its own ("checked into the clinic on
#: Thursday night"): the row marks the publication only, and is linked to no other article's row.
PUBLISHED = "(published)"


_DAYS_PER = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0, "DE": 3650.0, "CE": 36500.0}
_TIME_DAYS_PER = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}


def duration_days(value: str) -> tuple[float, float]:
    """A TIMEX3 duration's range in days: P3M -> (90, 92); PXD ('a few days') -> (2, 9); PT10M -> 10 minutes.

    The ``T`` of a TIMEX3 duration switches ``M`` from months to minutes; both are kept apart here.
    """
    m = re.fullmatch(r"P(T)?(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])", value or "")
    if not m:
        return 0.0, 0.0
    per = (_TIME_DAYS_PER if m.group(1) else _DAYS_PER).get(m.group(3))
    if per is None:
        return 0.0, 0.0
    if m.group(2) == "X":
        return 2 * per, 9 * per
    n = float(m.group(2))
    return n * per, n * per + (2 if m.group(3) == "M" and not m.group(1) else 0)


def _link_events(corpus, ev: pd.DataFrame, thr: float) -> pd.DataFrame:
    """Give events told by several articles one ``event_id`` (union-find over candidate article pairs)."""
    uf = Groups(range(len(ev)))

    recs = list(ev.itertuples())
    by_doc: dict[str, list[int]] = {}
    for i, r in enumerate(recs):
        by_doc.setdefault(r.doc_id, []).append(i)
    aligned: dict[tuple[str, int], list[tuple[str, int]]] = {}
    story = story_of(corpus)
    for a, b, pairs in similarity.linked_sentences(corpus):
        if story.get(a) != story.get(b):
            continue  # two stories of one folder tell no event together (a date and a word or two in common)
        for sa, sb in pairs:
            aligned.setdefault((a, sa), []).append((b, sb))
            aligned.setdefault((b, sb), []).append((a, sa))
        _, _, S = similarity.sentence_similarity(corpus, a, b)
        for i in by_doc.get(a, []):
            for j in by_doc.get(b, []):
                x, y = recs[i], recs[j]
                if (x.kind != y.kind and "publication" in (x.kind, y.kind)) or PUBLISHED in (x.event, y.event):
                    continue
                if _same_event(x, y, (x.sent, y.sent) in pairs, S[x.sent, y.sent], thr):
                    uf.union(i, j)
    roots = [uf.find(i) for i in range(len(ev))]
    # undated counterparts: a sentence aligned with a dated event elsewhere that has no row itself
    group_docs: dict[int, set[str]] = {}
    for i, r in enumerate(recs):
        group_docs.setdefault(roots[i], set()).add(r.doc_id)
    have = {(r.doc_id, r.sent) for r in recs}
    timed = _timed_sentences(corpus)
    # sentences with a time their article could not place ("yesterday" with no publication date to count from)
    unplaced = {(r.doc_id, r.sent) for r in recs if r.kind == "dated" and "X" in str(r.value) and "REF" not in str(r.value)}
    docs = parsed_docs(corpus)
    extra = []
    for i, r in enumerate(recs):
        if r.kind != "dated" or r.granularity == "vague":
            continue
        words = None
        for d2, s2 in aligned.get((r.doc_id, r.sent), []):
            if (d2, s2) in have or d2 in group_docs[roots[i]] or (d2, s2) in timed:
                continue  # a sentence with a time of its own ("a week later") is not undated
            if (d2, s2 - 1) in unplaced or (d2, s2 + 1) in unplaced:
                continue  # "appeared in court yesterday. He faces four charges": a time beside it, unplaced
            st = corpus.sentences_of(d2).iloc[s2]
            words = words or clause_words(docs[r.doc_id], int(r.start), int(r.end))
            if not retells_clause(words, docs[d2], int(st["start"]), int(st["end"])):
                continue  # aligned for other words of the sentence, not for the dated clause
            extra.append({"doc_id": d2, "sent": s2, "start": int(st["start"]), "end": int(st["end"]), "timex": None,
                          "value": None, "earliest": pd.NaT, "latest": pd.NaT, "granularity": "none",
                          "kind": "undated", "event": st["text"], "figures": [], "root_": roots[i]})
            have.add((d2, s2))
            group_docs[roots[i]].add(d2)
    ev = ev.copy()
    ev["root_"] = roots
    if extra:
        ev = pd.concat([ev, pd.DataFrame(extra)], ignore_index=True)
    order = {}
    for r in ev.sort_values(["earliest", "doc_id", "sent"], na_position="last").itertuples():
        order.setdefault(r.root_, len(order) + 1)
    width = max(2, len(str(len(order))))
    ev.insert(0, "event_id", [f"E{order[r]:0{width}d}" for r in ev["root_"]])
    ev["figures"] = ev["figures"].map(lambda f: "; ".join(f) if isinstance(f, list) else f)
    return ev.drop(columns=["root_"]).sort_values(["event_id", "doc_id", "sent"]).reset_index(drop=True)


def _dates_nothing(text: str, t) -> bool:
    """A time expression (a ``timexes`` row) that dates no event of the story: a dateline's date (the day the
    story was filed) or a law's year ("the Animal Health Act 1981")."""
    return in_dateline(text, int(t.start), int(t.end)) or names_a_law(text, int(t.start), int(t.end))


def _timed_sentences(corpus) -> set[tuple[str, int]]:
    """(doc_id, sent) of the sentences that say when something happened: a DATE or TIME expression, or a
    duration counted from another event ("a week later", "two days before the vote"). "A two-year repair"
    says how long, not when."""
    tx = timexes(corpus)
    out = set()
    for r in tx.itertuples():
        text = corpus.text(r.doc_id)
        if _dates_nothing(text, r) or (r.type in ("DATE", "TIME") and granularity(r.value) == "vague"):
            continue  # "now" says no time either
        if r.type in ("DATE", "TIME") or re.match(r"\s*(?:later|earlier|before|after)\b", text[int(r.end):int(r.end) + 10]):
            out.add((r.doc_id, int(r.sent)))
    return out


def _same_event(x, y, same_place: bool, score: float, thr: float) -> bool:
    """Two dated rows of two articles tell one event (see :func:`events` for the rule)."""
    if x.granularity == "vague" or y.granularity == "vague":  # "now", or "December 13" left unresolved
        return same_place and (x.value == y.value or values_agree(x.value, y.value))
    overlap = pd.notna(x.earliest) and pd.notna(y.earliest) and x.earliest <= y.latest and y.earliest <= x.latest
    if x.kind == "publication":
        return bool(overlap and same_place)
    same_grain = x.granularity == y.granularity and x.granularity in ("day", "week", "month", "relative")
    return bool(overlap and (same_place or (same_grain and (bool(set(x.figures) & set(y.figures)) or score >= thr))))


def to_timelinejs(ev: pd.DataFrame, title: str = "Story timeline") -> dict:
    """Events as TimelineJS JSON: one slide per dated row, ``group`` = the article, undated and vague rows left out."""
    def date_obj(ts, gran):
        d = {"year": str(ts.year)}
        if gran in ("month", "day", "week", "relative", "season"):
            d["month"] = str(ts.month)
        if gran in ("day", "week", "relative"):
            d["day"] = str(ts.day)
        return d

    events_ = []
    for r in ev[ev["earliest"].notna()].itertuples():
        e = {"start_date": date_obj(r.earliest, r.granularity), "group": r.doc_id,
             "text": {"headline": f"{r.event_id}: {r.timex}", "text": r.event}}
        if r.latest != r.earliest:
            e["end_date"] = date_obj(r.latest, r.granularity)
        events_.append(e)
    return {"title": {"text": {"headline": title}}, "events": events_}
