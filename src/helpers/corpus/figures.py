"""Named figures across articles: one row per person, organisation and place, with roles.

``mentions(corpus)`` lists every mention with its ``figure_id``; ``figures(corpus)`` gives one row
per figure (fullest name, label, aliases, roles, mention counts per article); ``roles(corpus)``
lists each role with where it was read.

How mentions are merged (across and within articles), by general rules:

- people: titles and ranks are set aside (Gen./General); a surname alone joins the one person
  with that surname (or that first name, for family-name-first names) when only one fits;
  transliteration variants match on a consonant skeleton after folding common
  transliteration pairs (ks/x, y/i, kh/h, ph/f, w/v): Aleksei/Alexei -> "lx",
  Zelenskyy/Zelensky -> "slnsk", confirmed by rapidfuzz similarity of the surnames;
- nominal references ("the general", "the president") join the nearest person before them, in
  the same article, whose title or role has that noun;
- organisations: case/"the" folded; an acronym in parentheses after a name, or one whose
  letters are the name's initials, is the same organisation;
- places: the gazetteer's canonical name (US -> United States); a capital stands for its
  country (metonymy: "Moscow said"); an adjective of nationality ("South Korean") is counted
  as a mention of the country with kind ``demonym``.
- bylines are authors, not figures: a mention equal to the article's byline is dropped.

Limits: two different people sharing a surname in one corpus stay apart only when both are
named in full; pronouns ("he") are not resolved here (quotes resolve them for speakers).
"""
from __future__ import annotations

import re

import pandas as pd

from ..text.entities import ROLE_NOUNS, country_of_demonym, entities_from_doc, fold, place_of, strip_the
from ..text.names import _matches_single, name_tokens, roles_of_mention, same_person
from ..text.quotes import QUOTE_COLUMNS, quotes_from_doc
from .parsing import parsed_docs, per_article

MENTION_COLUMNS = ["doc_id", "start", "end", "text", "label", "kind", "figure_id", "name"]


# ------------------------------------------------------------------------------ mentions
_NOMINAL = re.compile(r"\b[Tt]he\s+(?:(?:former|top|senior|new|then|current)\s+)?(" +
                      "|".join(sorted((re.escape(n) for n in ROLE_NOUNS if " " not in n), key=len, reverse=True)) +
                      r")\b(?!\s+(?:of|for|to)\b)(?!\s+[A-Z])(?!['’]s)")


def _doc_mentions(doc_id: str, doc, byline: str | None) -> tuple[list[dict], list[dict]]:
    """Raw mentions (no figure ids yet) and person roles of one parsed article."""
    ents = entities_from_doc(doc)
    bylines = {fold(b.strip()) for b in re.split(r";| and ", byline)} if isinstance(byline, str) else set()
    rows, roles = [], []
    for r in ents.itertuples():
        if r.label not in ("PERSON", "ORG", "PLACE", "NORP"):
            continue
        if r.label == "PERSON" and fold(" ".join(name_tokens(r.text))) in bylines:
            continue
        kind = "name"
        label = r.label
        if r.label == "PERSON":
            kind = "title+name" if isinstance(r.title, str) and r.title else "name"
            for role in roles_of_mention(doc, r.start, r.end):
                roles.append({"doc_id": doc_id, "start": r.start, "end": r.end, "role": role})
            if isinstance(r.title, str) and r.title:
                roles.append({"doc_id": doc_id, "start": r.start, "end": r.end, "role": r.title, "is_title": True})
        rows.append({"doc_id": doc_id, "start": r.start, "end": r.end, "text": r.text, "label": label, "kind": kind})
    return rows, roles


def _resolve_nominals(doc_id: str, text: str, rows: list[dict], roles: list[dict]) -> list[dict]:
    """Mentions for "the general"-style references, joined to the nearest earlier person with that title."""
    people = sorted((m for m in rows if m["label"] == "PERSON"), key=lambda m: m["start"])
    taken = [(m["start"], m["end"]) for m in rows]
    out = []
    for m in _NOMINAL.finditer(text):
        s, e = m.start(), m.end()
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        noun = m.group(1).lower()
        best = None
        for p in people:
            if p["start"] >= s or s - p["end"] > 800:
                continue
            held = [r["role"].lower() for r in roles if r["start"] == p["start"]]
            if any(re.search(rf"\b{re.escape(noun)}\b", h) for h in held):
                best = p
        if best is not None:
            out.append({"doc_id": doc_id, "start": s, "end": e, "text": text[s:e], "label": "PERSON",
                        "kind": "nominal", "refers_to": (best["doc_id"], best["start"])})
    return out


def _cluster(rows: list[dict]) -> None:
    """Assign ``figure_id`` and ``name`` to every mention in place."""
    clusters: list[dict] = []

    def new(label, name, key=None):
        clusters.append({"label": label, "name": name, "key": key, "tokens": name_tokens(name) if label == "PERSON" else None})
        return len(clusters) - 1

    by_pos = {}
    people = [m for m in rows if m["label"] == "PERSON" and m["kind"] != "nominal"]
    people.sort(key=lambda m: -len(name_tokens(m["text"])))
    for m in people:
        toks = name_tokens(m["text"])
        cid = None
        if len(toks) >= 2:
            cid = next((i for i, c in enumerate(clusters) if c["label"] == "PERSON" and len(c["tokens"]) >= 2
                        and same_person(toks, c["tokens"])), None)
            if cid is not None and len(" ".join(toks)) > len(clusters[cid]["name"]):
                clusters[cid]["name"], clusters[cid]["tokens"] = " ".join(toks), toks
        elif toks:
            cands = [i for i, c in enumerate(clusters) if c["label"] == "PERSON" and _matches_single(toks[0], c["tokens"])]
            same_doc = [i for i in cands if any(x.get("cid") == i and x["doc_id"] == m["doc_id"] for x in people)]
            pick = same_doc if len(same_doc) == 1 else cands
            cid = pick[0] if len(pick) == 1 else None
        if cid is None:
            cid = new("PERSON", " ".join(toks) or m["text"])
        m["cid"] = cid
        by_pos[(m["doc_id"], m["start"])] = cid
    for m in rows:
        if m["kind"] == "nominal":
            m["cid"] = by_pos.get(m["refers_to"])
    # organisations, places and nationalities
    keyed: dict[tuple, int] = {}
    orgs = [m for m in rows if m["label"] == "ORG"]
    for m in sorted(orgs, key=lambda m: -len(m["text"])):
        key = strip_the(fold(m["text"]))
        cid = keyed.get(("ORG", key))
        if cid is None and re.fullmatch(r"[A-Z][A-Z.&]{1,9}", m["text"]):
            letters = m["text"].replace(".", "")
            for (lab, k), c in keyed.items():
                initials = "".join(w[0] for w in k.split() if w not in ("of", "the", "and", "for", "&"))
                if lab == "ORG" and initials.upper() == letters:
                    cid = c
        if cid is None:
            cid = keyed[("ORG", key)] = new("ORG", strip_the(m["text"]), key)
        m["cid"] = cid
    # acronym in parentheses right after an organisation: same figure
    for a, b in zip(orgs, orgs[1:]):
        if a["doc_id"] == b["doc_id"] and 0 <= b["start"] - a["end"] <= 2 and clusters[a["cid"]] is not clusters[b["cid"]]:
            old, keep = b["cid"], a["cid"]
            for m in rows:
                if m.get("cid") == old:
                    m["cid"] = keep
            for k, v in list(keyed.items()):
                if v == old:
                    keyed[k] = keep
    for m in rows:
        if m["label"] == "PLACE":
            hit = place_of(m["text"])
            canon = hit[0] if hit else strip_the(m["text"])
            if hit and hit[1] == "capital":
                m["kind"] = "capital"
            cid = keyed.get(("PLACE", fold(canon)))
            if cid is None:
                cid = keyed[("PLACE", fold(canon))] = new("PLACE", canon, fold(canon))
            m["cid"] = cid
        elif m["label"] == "NORP":
            country = country_of_demonym(m["text"])
            if country:
                m["kind"] = "demonym"
                cid = keyed.get(("PLACE", fold(country)))
                if cid is None:
                    cid = keyed[("PLACE", fold(country))] = new("PLACE", country, fold(country))
            else:
                cid = keyed.get(("NORP", fold(m["text"])))
                if cid is None:
                    cid = keyed[("NORP", fold(m["text"]))] = new("NORP", m["text"], fold(m["text"]))
            m["cid"] = cid
    # stable ids: by label, then first appearance
    order = {}
    for m in sorted(rows, key=lambda m: (m["doc_id"], m["start"])):
        if m.get("cid") is not None and m["cid"] not in order:
            order[m["cid"]] = len(order)
    prefix = {"PERSON": "P", "ORG": "O", "PLACE": "L", "NORP": "N"}
    counters: dict[str, int] = {}
    ids = {}
    for cid in sorted(order, key=lambda c: (list(prefix).index(clusters[c]["label"]), order[c])):
        lab = clusters[cid]["label"]
        counters[lab] = counters.get(lab, 0) + 1
        ids[cid] = f"{prefix[lab]}{counters[lab]:02d}"
    for m in rows:
        cid = m.get("cid")
        m["figure_id"] = ids.get(cid)
        m["name"] = clusters[cid]["name"] if cid is not None else None
        m["figure_label"] = clusters[cid]["label"] if cid is not None else None


def _analyse(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    def compute():
        docs = parsed_docs(corpus)
        bylines = dict(zip(corpus.articles["doc_id"], corpus.articles["byline"]))
        rows, roles = [], []

        def one(doc_id):
            doc = docs[doc_id]
            r, ro = _doc_mentions(doc_id, doc, bylines.get(doc_id))
            return r + _resolve_nominals(doc_id, doc.text, r, ro), ro

        for r, ro in per_article(corpus, "names", one).values():
            rows += r
            roles += ro
        _cluster(rows)
        ment = pd.DataFrame(rows)
        if ment.empty:
            ment = pd.DataFrame(columns=MENTION_COLUMNS + ["figure_label"])
        ment = ment.sort_values(["doc_id", "start"]).reset_index(drop=True)
        fig_at = {(m.doc_id, m.start): (m.figure_id, m.name) for m in ment.itertuples()}
        ro = pd.DataFrame(roles, columns=["doc_id", "start", "end", "role", "is_title"])
        ro["is_title"] = ro["is_title"].fillna(False).astype(bool)
        ro["figure_id"] = [fig_at.get((d, s), (None, None))[0] for d, s in zip(ro["doc_id"], ro["start"])]
        ro["name"] = [fig_at.get((d, s), (None, None))[1] for d, s in zip(ro["doc_id"], ro["start"])]
        return ment, ro.drop_duplicates(["doc_id", "figure_id", "role"]).reset_index(drop=True)
    return corpus.cached("figures", compute)


def mentions(corpus) -> pd.DataFrame:
    """Every mention: doc_id, start, end, text, label (of the mention), kind (name, title+name, nominal,
    capital, demonym), figure_id, name (the figure's fullest name), figure_label."""
    m = _analyse(corpus)[0]
    return m[MENTION_COLUMNS + ["figure_label"]].copy()


def roles(corpus) -> pd.DataFrame:
    """Each role or title read next to a person: doc_id, start, end (of the mention), role, is_title,
    figure_id, name."""
    return _analyse(corpus)[1].copy()


def figures(corpus) -> pd.DataFrame:
    """One row per figure: figure_id, name, label, aliases, roles, n_mentions, then one mention-count
    column per article (named by doc_id)."""
    m, ro = _analyse(corpus)
    if m.empty:
        return pd.DataFrame(columns=["figure_id", "name", "label", "aliases", "roles", "n_mentions"] + corpus.doc_ids)
    rows = []
    for fid, g in m.groupby("figure_id", sort=True):
        r = ro[(ro["figure_id"] == fid) & ~ro["is_title"]]
        titles = ro[(ro["figure_id"] == fid) & ro["is_title"]]["role"]
        role_list = list(dict.fromkeys(list(r["role"]) + [t for t in titles if not any(t in x.lower() for x in r["role"])]))
        row = {"figure_id": fid, "name": g["name"].iloc[0], "label": g["figure_label"].iloc[0],
               "aliases": "; ".join(dict.fromkeys(g["text"])), "roles": "; ".join(role_list), "n_mentions": len(g)}
        for d in corpus.doc_ids:
            row[d] = int((g["doc_id"] == d).sum())
        rows.append(row)
    out = pd.DataFrame(rows)
    order = {"PERSON": 0, "ORG": 1, "PLACE": 2, "NORP": 3}
    return out.sort_values(["label", "n_mentions"], key=lambda s: s.map(order) if s.name == "label" else -s,
                           kind="stable").reset_index(drop=True)




def quotes(corpus) -> pd.DataFrame:
    """Quotes of every article with ``doc_id`` and the speaker's ``figure_id`` (from ``figures.mentions``)."""
    def compute():
        docs = parsed_docs(corpus)
        ment = mentions(corpus)
        out = []
        for doc_id, q in per_article(corpus, "quotes", lambda d: quotes_from_doc(docs[d])).items():
            q.insert(0, "doc_id", doc_id)
            m = ment[ment["doc_id"] == doc_id]
            fids = []
            for r in q.itertuples():
                fid = None
                if pd.notna(r.speaker_start):
                    hit = m[(m["start"] < r.speaker_end) & (m["end"] > r.speaker_start) & (m["figure_label"] == "PERSON")]
                    if len(hit):
                        fid = hit.iloc[0]["figure_id"]
                    elif r.speaker:
                        by_name = ment[(ment["name"] == r.speaker) | (ment["text"].map(lambda t: " ".join(name_tokens(t))) == r.speaker)]
                        fid = by_name["figure_id"].iloc[0] if len(by_name) else None
                fids.append(fid)
            q["figure_id"] = fids
            names = dict(zip(ment["figure_id"], ment["name"]))
            q["speaker_name"] = [names.get(f) if f else s for f, s in zip(q["figure_id"], q["speaker"])]
            out.append(q)
        return pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=["doc_id"] + QUOTE_COLUMNS)
    return corpus.cached("quotes", compute).copy()
