"""Events: dated statements lined up across the articles of a corpus, and their TimelineJS export.

See :func:`events`. Limits: events are linked only between candidate article pairs (see
``similarity.candidate_pairs``); a vague date ("recently") links only between aligned sentences.
"""
from __future__ import annotations

import re

import pandas as pd

from ..text.clauses import clause_of, clause_words, retells_clause
from ..text.timex import granularity, in_dateline, names_a_law, one_night, values_agree, values_clash
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
    one story (``stories.story_groups``); an event never holds two dates that cannot both hold (a coarse
    "one January weekend" joins the one of two weekends its sentence retells best, ``_join_compatible``), so a
    date conflict is only ever told by ``compare``'s "retold with another date". A vague or unresolved date
    links only between aligned sentences,
    with the same value or one it agrees with (``timex.values_agree``: "December 13" in an article with no
    publication date, XXXX-12-13, and 1999-12-13 in the wire copy it retells). A sentence aligned with a
    dated event of another article but carrying no date itself gets a row with ``kind="undated"``
    and no interval: the other article dates it, this one does not. It must tell the dated clause itself
    (``clauses.retells_clause``: its verb, or most of its words), not only other words of the sentence,
    and say no time of its own (``_timed_sentences``: "arrested a week later" is dated from another event,
    not undated), nor stand beside a sentence with a time its article could not place (no publication date:
    "appeared in court yesterday. He faces four charges": the date may be that "yesterday"), nor come from an
    article that tells a date of the dated sentence in another sentence (a paper's "on Mothering Sunday in
    1998" is one event with the wire copy's "on March 22, 1998"; its "1998" does not make the wire's aligned
    sentence undated).
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
    links = []  # (not aligned, -score, i, j): the strongest evidence joins first
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
                same_place = (x.sent, y.sent) in pairs
                if _same_event(x, y, same_place, S[x.sent, y.sent], thr):
                    links.append((not same_place, -round(float(S[x.sent, y.sent]), 9), i, j))
    _join_compatible(uf, recs, sorted(links))
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
    sent_roots: dict[tuple[str, int], set[int]] = {}
    doc_roots: dict[str, set[int]] = {}
    for i, r in enumerate(recs):
        if r.kind == "dated":
            sent_roots.setdefault((r.doc_id, r.sent), set()).add(roots[i])
            doc_roots.setdefault(r.doc_id, set()).add(roots[i])
    extra = []
    for i, r in enumerate(recs):
        if r.kind != "dated" or r.granularity == "vague":
            continue
        words = None
        for d2, s2 in aligned.get((r.doc_id, r.sent), []):
            if (d2, s2) in have or d2 in group_docs[roots[i]] or (d2, s2) in timed:
                continue  # a sentence with a time of its own ("a week later") is not undated
            if sent_roots[(r.doc_id, r.sent)] & doc_roots.get(d2, set()):
                continue  # the article tells a date of this sentence in another one ("on March 22, 1998")
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


def _join_compatible(uf: Groups, recs: list, links: list[tuple]) -> None:
    """Join the rows of each link, strongest first, unless the two groups hold dates that cannot both hold.

    Each link joins two rows whose dates overlap, but a coarse date overlaps several fine ones that do not
    overlap each other: "one January weekend" overlaps both "the weekend of January 10 and 11" and "the
    weekend beginning Jan 31", and joining everything it touches would make those two weekends one event told
    with two dates. A group keeps only dates that can all hold together (``dates_disagree``), so the two ends of
    a range ("January 10 and 11") are two events, and the coarse date joins whichever fine one its sentence
    retells most closely (aligned sentences first, then the higher sentence similarity). Limits: a coarse date
    that both fine ones retell equally well joins the one met first in article order."""
    members = {i: [i] for i in range(len(recs))}
    for *_, i, j in links:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or any(rows_disagree(recs[p], recs[q]) for p in members[ri] for q in members[rj]):
            continue
        uf.union(i, j)
        joined = members.pop(ri) + members.pop(rj)
        members[uf.find(i)] = joined


def rows_disagree(x, y) -> bool:
    """Two dated rows (of ``events``) whose dates cannot both hold (see ``dates_disagree``)."""
    return dates_disagree([x.value, y.value], {x.value: (x.earliest, x.latest), y.value: (y.earliest, y.latest)})


def dates_disagree(values, spans: dict | None = None) -> bool:
    """True when two TIMEX3 values of one event cannot both hold.

    One that holds the other is no disagreement: "Friday" (2016-09-30) and "Friday evening" (2016-09-30TEV),
    "September" (2016-09) and "Sept. 30", or, when ``spans`` gives each value's calendar interval
    (earliest, latest), "this week" (2016-W39) and "Monday" (2016-09-26), nor a date an article without a
    publication date could not resolve ("December 13", XXXX-12-13) and the date it may be (1999-12-13,
    ``timex.values_clash``), nor a day or its night and the next day's small hours ("late Thursday" and
    "early Friday morning", ``timex.one_night``). Two times of day on the same day
    disagree unless one holds the other ("evening" is not "3 a.m."). Limits: a value without a known interval
    is compared by its text alone, so "2016-W39" and "2016-09-26" without ``spans`` disagree.
    """
    spans = spans or {}
    vals = sorted({v for v in values if isinstance(v, str)}, key=len)
    return any(two_dates_disagree(x, y, spans) for i, x in enumerate(vals) for y in vals[i + 1:])


def two_dates_disagree(short: str, long: str, spans: dict) -> bool:
    if long.startswith(short):
        return False
    if "X" in short + long and "REF" not in short + long:
        return values_clash(short, long)  # "December 13" unresolved (XXXX-12-13) and 1999-12-13 agree
    if "T" in short[10:11] and "T" in long[10:11] and short[:10] == long[:10]:
        return True  # two different times of one day
    if one_night(short, long):
        return False
    a, b = spans.get(short, (pd.NaT, pd.NaT)), spans.get(long, (pd.NaT, pd.NaT))
    if any(pd.isna(x) for x in (*a, *b)):
        return True
    return not (a[0] <= b[1] and b[0] <= a[1])


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
