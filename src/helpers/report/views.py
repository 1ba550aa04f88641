"""Views of the story for the notebooks: readable tables, collapsible sections, facts x articles.

Every value from an article, a file name or an id is escaped (:func:`render.esc`); the functions return
HTML strings for ``display(HTML(...))`` or escaped DataFrames for :func:`render.show`. Long sections are
``<details>`` blocks; tables wrap their text (the report stylesheet) instead of running off the page.

Limits: sections cap what they show (``max_rows``); the CSV tables saved beside the reports hold everything.
"""
from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from ..corpus.reuse import RETELLS_NONE
from ..corpus.story import date_reading
from ..text.cleaning import is_sentence
from ..text.quotes import SPEECH_KINDS
from .render import esc, side_by_side, table_html

_STYLE = """<style>
.story-table td, .story-table th {white-space: normal; word-break: normal; overflow-wrap: break-word; vertical-align: top; max-width: 38em}
.story-table {table-layout: auto; max-width: 100%}
.story-table th, .story-table td:first-child, td.nw {white-space: nowrap; word-break: normal; overflow-wrap: normal}
.reading {display: block; margin: 0 0 .3em 0}
.who {color: #555; font-size: 90%}
.disagree {color: #b91c1c; font-weight: 600}
.omitted {color: #92400e}
details > summary {cursor: pointer; margin: .4em 0}
.warning {border-left: 4px solid #b45309; background: #fffbeb; padding: .4em .8em; margin: .6em 0}
.swatch {display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em}
</style>"""


def style() -> str:
    """The stylesheet the views use (include once per notebook)."""
    return _STYLE


def details(summary: str, body_html: str, open_: bool = False) -> str:
    """A collapsible section: ``summary`` is escaped, ``body_html`` must already be escaped HTML."""
    return f"<details{' open' if open_ else ''}><summary>{esc(summary)}</summary>{body_html}</details>"


def _hex(rgba) -> str:
    r, g, b = (int(round(255 * x)) for x in rgba[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


#: An article id longer than this many characters (a file named by a 64-digit hash) is shown cut in the middle in
#: the articles table, whole on hover: whole, it squeezed the headlines into a narrow column.
ID_CHARS = 18


def _id_cell(doc_id: str) -> str:
    """``doc_id`` escaped, cut in the middle with an ellipsis past ``ID_CHARS`` (on one line), whole in the hover
    title."""
    if len(doc_id) <= ID_CHARS:
        return esc(doc_id)
    keep = (ID_CHARS - 1) // 2
    return (f'<span title="{esc(doc_id)}" style="white-space:nowrap">'
            f'{esc(doc_id[:keep])}…{esc(doc_id[-keep:])}</span>')


def article_table(corpus, order: list[str], labels: dict, colours: dict | None = None) -> str:
    """The articles in reading order: colour, label, date, outlet, headline, words; the id stays visible (a long
    one cut in the middle, whole on hover: :func:`_id_cell`)."""
    a = corpus.articles.set_index("doc_id")
    rows = []
    for d in order:
        r = a.loc[d]
        sw = f'<span class="swatch" style="background:{_hex(colours[d])}"></span>' if colours else ""
        rows.append({"article": f"{sw}{esc(labels.get(d, d))}", "id": _id_cell(d),
                     "published": esc(r["published"]) or "unknown", "outlet": esc(r.get("outlet")),
                     "headline": esc(r["title"]), "words": esc(r["n_words"])})
    return table(pd.DataFrame(rows), html_columns=("article", "id", "published", "outlet", "headline", "words"))


#: A reading longer than this many characters is cut at a word in the facts table (whole on hover and in
#: ``tables/facts.csv``).
READING_CHARS = 280
#: How the facts table shows ``story.facts``' ``difference`` column.
_DIFFERS = {"conflict": '<span class="disagree">yes</span>', "figure": '<span class="omitted">other figure</span>',
            "hedge": '<span class="omitted">hedged differently</span>',
            "reworded": '<span class="omitted">reworded</span>', "omission": '<span class="omitted">left out</span>', "": "no"}


def stories_html(groups: pd.DataFrame, labels: dict, per_story: int = 12) -> str:
    """A warning when the folder holds more than one story (``story.story_groups``), naming the articles of
    each; nothing when it holds one. The comparisons below still run over all pairs the folder gives."""
    n = groups["story"].nunique() if len(groups) else 0
    if n <= 1:
        return ""
    items, alone = [], []
    for story, sub in groups.groupby("story", sort=False):
        names = [esc(labels.get(d, d)) for d in sub["doc_id"]]
        if len(names) == 1:
            alone += names
            continue
        more = f" and {len(names) - per_story} more" if len(names) > per_story else ""
        items.append(f"<li><b>{esc(story)}</b> ({len(names)} articles): {', '.join(names[:per_story])}{more}</li>")
    if alone:
        more = f" and {len(alone) - per_story} more" if len(alone) > per_story else ""
        items.append(f"<li><b>{len(alone)} article{'s' if len(alone) > 1 else ''} sharing no story with any other"
                     f"</b>: {', '.join(alone[:per_story])}{more}</li>")
    return (f'<div class="warning"><b>This folder seems to hold {n} different stories.</b> Facts, quotes and '
            f"discrepancies are compared only between articles of one story below; a reader should check that "
            f"the articles of each story belong together (see <code>story_groups.csv</code>).<ul>{''.join(items)}</ul></div>")


def facts_summary(facts_table: pd.DataFrame) -> str:
    """One line counting the facts by difference: "14 facts: 0 where the articles conflict, 3 where a figure is
    hedged differently, 1 quote reworded, 4 where some leave a detail out"; figures that differ but can both
    hold ("up to $8 billion" / "$6.5 billion") are counted only when there are some."""
    n = facts_table["difference"].value_counts()
    k = {kind: int(n.get(kind, 0)) for kind in ("conflict", "figure", "hedge", "reworded", "omission")}
    total = len(facts_table)
    other = f"{k['figure']} where the figures differ but could both hold, " if k["figure"] else ""
    return (f"{total} fact{'' if total == 1 else 's'}: {k['conflict']} where the articles conflict, {other}"
            f"{k['hedge']} where a figure is hedged differently, "
            f"{k['reworded']} quote{'' if k['reworded'] == 1 else 's'} reworded, "
            f"{k['omission']} where some leave a detail out")


def facts_html(facts_table: pd.DataFrame, links: pd.DataFrame, corpus, labels: dict, max_rows: int = 60,
               groups: pd.DataFrame | None = None, max_readings: int = 4) -> str:
    """Facts x articles as a readable table: for each fact, every distinct reading with the articles that give
    it (hover a name to see the sentence), and how many articles of its story do not mention it (``groups``:
    ``story.story_groups``; without it, of the folder). Conflicts first ("yes"), then details some articles
    leave out ("left out": a source not named, an event told without its date); the facts told alike sit in a
    closed block after them (open when no fact differs). Past ``max_readings`` readings of one fact, the rest
    sit in a closed "N more readings" block (all are in ``tables/facts.csv``)."""
    if facts_table.empty:
        return "<p>No fact is told by two or more articles in linked sentences.</p>"
    sent_text = {(d, int(s)): t for d, s, t in zip(corpus.sentences["doc_id"], corpus.sentences["sent"],
                                                   corpus.sentences["text"])}
    by_fact = {f: g for f, g in links.groupby("fact")}
    n_docs = len(corpus.doc_ids)
    story_of = dict(zip(groups["doc_id"], groups["story"])) if groups is not None and len(groups) else {}
    story_size = Counter(story_of.values())
    rows = []
    for r in facts_table.head(max_rows).itertuples():
        g = by_fact.get(r.fact, links.iloc[:0])
        readings = []
        for value, vg in g.groupby("text", sort=False):
            who = ", ".join(
                f'<span title="{esc(sent_text.get((d, int(s)), ""))}">{esc(labels.get(d, d))} (s{int(s)})</span>'
                for d, s in dict.fromkeys(zip(vg["doc_id"], vg["sent"])))
            shown = value if len(value) <= READING_CHARS else value[:READING_CHARS].rsplit(" ", 1)[0] + " …"
            full = f' title="{esc(value)}"' if shown != value else ""
            readings.append(f'<span class="reading"{full}>“{esc(shown)}” <span class="who">— {who}</span></span>')
        rest = readings[max_readings:]
        if rest:  # a quote ten papers each word their own way: the first readings, the others folded
            readings = readings[:max_readings] + [details(f"{len(rest)} more reading{'s' if len(rest) > 1 else ''}",
                                                          "".join(rest))]
        rows.append({"kind": esc(r.kind), "fact": esc(r.what),
                     "what the articles say": "".join(readings),
                     "silent": esc(story_size.get(story_of.get(next(iter(g["doc_id"]), None)), n_docs) - int(r.n_articles)),
                     "differs": _DIFFERS.get(getattr(r, "difference", "conflict" if r.disagree else ""), "no")})
    more = len(facts_table) - min(len(facts_table), max_rows)
    note = f"<p>{more} more facts in <code>tables/facts.csv</code>.</p>" if more > 0 else ""
    cols = ("kind", "fact", "what the articles say", "silent", "differs")
    differ = [r for r in rows if r["differs"] != "no"]
    alike = [r for r in rows if r["differs"] == "no"]
    shown = table(pd.DataFrame(differ), html_columns=cols) if differ else \
        "<p>Every fact two or more articles tell, they tell alike.</p>"
    if alike:  # what no article tells differently folds away: the differences are what the reader came for
        n = len(alike)
        shown += details(f"{n} fact{'' if n == 1 else 's'} told alike by every article that tells "
                         f"{'it' if n == 1 else 'them'}", table(pd.DataFrame(alike), html_columns=cols),
                         open_=not differ)
    return shown + note


def alone_html(alone: pd.DataFrame, order: list[str], labels: dict, per_article: int = 8,
               groups: pd.DataFrame | None = None) -> str:
    """What each article alone says: a collapsible list per article (at most ``per_article`` sentences shown).
    With ``groups`` (``story.story_groups``), an article that shares its story with no other is named in one
    line instead: everything it says is its own, and a list of it would say nothing."""
    if alone.empty:
        return "<p>Every sentence is told by at least one other article.</p>"
    single = set(groups.loc[groups["n_articles"] == 1, "doc_id"]) if groups is not None and len(groups) else set()
    parts = []
    lone = [d for d in order if d in single and (alone["doc_id"] == d).any()]
    lone = lone if len(lone) < len(order) else []  # no article shares a story: the lists are all there is
    if lone:
        names = ", ".join(esc(labels.get(d, d)) for d in lone)
        parts.append(f"<p>{len(lone)} article(s) share their story with no other article, so everything they say "
                     f"is theirs alone and is not listed here: {names}. Their sentences are in tables/alone.csv.</p>")
    for d in order:
        g = alone[alone["doc_id"] == d]
        if g.empty or d in lone:
            continue
        items = "".join(f"<li>(s{int(r.sent)}) {esc(r.text)}</li>" for r in g.head(per_article).itertuples())
        extra = f"<li><i>{len(g) - per_article} more in tables/alone.csv</i></li>" if len(g) > per_article else ""
        parts.append(details(f"{labels.get(d, d)}: {len(g)} sentence(s) no other article tells", f"<ul>{items}{extra}</ul>"))
    return _STYLE + "".join(parts)


def direct_quotes(q: pd.DataFrame, labels: dict, max_rows: int = 150) -> tuple[pd.DataFrame, int]:
    """The direct quotes as a reader scans them: article, speaker, cue word, quote; and how many there are.
    A speaker the text describes without naming shows its words in brackets ("[the church's minister]"),
    so an unnamed source is visible rather than a blank cell. A transcript's lines count (cue ":")."""
    d = q[q["kind"].isin(SPEECH_KINDS)]
    named = d["speaker_name"].where(d["speaker_name"].notna(), None)
    described = d["speaker_text"].map(lambda t: f"[{t}]" if isinstance(t, str) and t.strip() else "")
    shown = pd.DataFrame({"article": d["doc_id"].map(lambda x: labels.get(x, x)),
                          "speaker": [n if isinstance(n, str) and n else w for n, w in zip(named, described)],
                          "cue": d["cue"], "text": d["text"]})
    return shown.head(max_rows).reset_index(drop=True), len(d)


def shared_events(ev: pd.DataFrame, order: list[str], labels: dict, max_rows: int = 80) -> pd.DataFrame:
    """Events told by two or more articles: event id, what happens (the first article's clause), and the date
    each article gives it, in reading order: "last Friday → 2024-05-03", "Friday (unresolved)" when the value
    could not be resolved (no publication date), "(no date)" when the article tells it undated. An event that
    is only the articles' publications, none of them dated, says nothing and is left out."""
    shared = ev[ev.groupby("event_id")["doc_id"].transform("nunique") > 1]
    rank = {d: i for i, d in enumerate(order)}
    rows = []
    for eid, g in shared.groupby("event_id", sort=False):
        if (g["kind"] == "publication").all() and not g["value"].map(_resolved).any():
            continue
        when = " · ".join(f"{labels.get(d, d)}: " + "; ".join(dict.fromkeys(date_reading(r.timex, r.value)
                                                                            for r in gg.itertuples()))
                          for d, gg in sorted(g.groupby("doc_id"), key=lambda x: rank.get(x[0], len(rank))))
        rows.append({"event": eid, "what": g["event"].iloc[0], "when, by article": when})
    return pd.DataFrame(rows, columns=["event", "what", "when, by article"]).head(max_rows)


def _resolved(value) -> bool:
    return isinstance(value, str) and "XXXX" not in value


#: Articles that retell no other one, this many or more, are listed in one folded line under the table
#: instead of a row each (a folder of independent stories gave 40 rows of "retells none").
FOLD_INDEPENDENT = 6


def copy_graph_table(graph: pd.DataFrame, order: list[str], labels: dict) -> str:
    """The copy graph as a table in reading order: article, its likely source (or independent / unclear),
    the share of its words from that source, and the evidence. When ``FOLD_INDEPENDENT`` or more articles
    retell none of the others, they leave the table for one folded list (names and evidence; all rows
    stay in copy_graph.csv)."""
    g = graph.set_index("doc_id")
    by_label = _namer(labels)
    rows, alone = [], []
    for d in order:
        if d not in g.index:
            continue
        r = g.loc[d]
        src = r["source"]
        src_label = labels.get(src, src) if isinstance(src, str) else ""
        rows.append({"article": labels.get(d, d), "retells": src_label,
                     "share from it": f"{float(r['reuse']):.0%}" if pd.notna(r["reuse"]) and src in labels else "",
                     "verdict": by_label(r["verdict"]), "evidence": _cut_reasons(by_label(r["evidence"]), 300)})
        alone.append(r["verdict"] == RETELLS_NONE)
    columns = ["article", "retells", "share from it", "verdict", "evidence"]
    if sum(alone) < FOLD_INDEPENDENT:
        return table(pd.DataFrame(rows, columns=columns))
    kept = [r for r, a in zip(rows, alone) if not a]
    folded = [r for r, a in zip(rows, alone) if a]
    items = "".join(f"<li><b>{esc(r['article'])}</b>: {esc(r['evidence'])}</li>" for r in folded)
    head = table(pd.DataFrame(kept, columns=columns)) if kept else ""
    return head + details(f"{len(folded)} articles retell none of the others (open for the list and the evidence)",
                          f"<ul>{items}</ul>")


def _namer(labels: dict):
    """A function that writes each article id in a text as the article's label, so a verdict names the
    articles as the table's columns do ("retells “Diet of chips boy…”", not "retells PA_chips")."""
    ids = sorted((d for d, lab in labels.items() if lab != d), key=len, reverse=True)
    if not ids:
        return lambda text: text
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(d) for d in ids) + r")(?![\w-])")
    return lambda text: rx.sub(lambda m: f"“{labels[m.group(1)]}”", text) if isinstance(text, str) else text


def _cut_reasons(text, n: int) -> str:
    """Reasons joined by "; " kept whole while they fit in ``n`` characters, then a pointer to the table that
    has them all; a first reason longer than ``n`` is cut at a word. A reason is never cut mid-sentence
    ("more of X is found in …" told the reader nothing)."""
    text = "" if not isinstance(text, str) else text
    if len(text) <= n:
        return text
    kept, size = [], 0
    for part in text.split("; "):
        if size + len(part) + 2 > n - 30:
            break
        kept.append(part)
        size += len(part) + 2
    return "; ".join(kept) + " (more in copy_graph.csv)" if kept else _cut(text, n)


def _cut(text, n: int) -> str:
    text = "" if not isinstance(text, str) else text
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + " …"


def table(df: pd.DataFrame, html_columns: tuple[str, ...] = (), max_rows: int | None = None) -> str:
    """An escaped HTML table whose long cells wrap (see :func:`render.table_html` for ``html_columns``)."""
    return _STYLE + table_html(df, html_columns, max_rows).replace('class="dataframe"', 'class="dataframe story-table"')


def load_summary(corpus) -> str:
    """One line on what was loaded: articles, files or rows skipped, and notes on how files were read."""
    skipped = corpus.skipped
    notes = skipped["kind"].eq("note") if "kind" in skipped else pd.Series(False, index=skipped.index)
    return (f"{len(corpus.articles)} articles loaded; {int((~notes).sum())} files or rows skipped; "
            f"{int(notes.sum())} notes on how files were read (see the skipped table below)")


#: Furniture of an article holding this share of its file's words, or a line that reads as a long sentence,
#: is flagged for the reader to check: menus and share buttons are short lines, story text is not.
FURNITURE_CHECK_SHARE = 0.25
FURNITURE_SENTENCE_WORDS = 15


def boilerplate_html(corpus, order: list[str], labels: dict, max_lines: int = 60) -> str:
    """The lines the cleaner set aside as page furniture, one collapsed section per article that lost any
    (the first ``max_lines`` of each), with the words removed and their share of the file's words; flagged
    "check" when that share is ``FURNITURE_CHECK_SHARE`` or more or when a removed line is a sentence of
    ``FURNITURE_SENTENCE_WORDS`` words or more (story text may have gone out)."""
    parts = []
    for d in order:
        art = corpus.article(d)
        lines = [ln for ln in str(art["boilerplate"] or "").splitlines() if ln.strip()]
        if lines:
            words = sum(len(ln.split()) for ln in lines)
            share = words / max(1, words + int(art["n_words"] or 0))
            long_ = sum(len(ln.split()) >= FURNITURE_SENTENCE_WORDS and is_sentence(ln) for ln in lines)
            why = ([f"{share:.0%} of the file's words"] if share >= FURNITURE_CHECK_SHARE else []) + (
                [f"{long_} removed line(s) read as long sentences"] if long_ else [])
            note = f" — CHECK: {', '.join(why)}" if why else ""
            parts.append(details(f"{labels[d]}: {len(lines)} line(s), {words} words removed ({share:.0%}){note}",
                                 "<ul>" + "".join(f"<li>{esc(ln)}</li>" for ln in lines[:max_lines]) + "</ul>"))
    return "".join(parts) or "<p>No line was removed from any article.</p>"


def leads_html(corpus, order: list[str], labels: dict) -> str:
    """Each article's headline (when it has one) and lead sentence, in reading order; open for five
    articles or fewer."""
    s = corpus.sentences
    lead = pd.concat([pd.concat([g[g["part"] == "title"].head(1), g[g["part"] == "body"].head(1)])
                      for _, g in s.groupby("doc_id", sort=False)]) if len(s) else s
    rows = "".join(f"<li><b>{esc(labels[d])}</b>: " + " / ".join(esc(t) for t in lead.loc[lead["doc_id"] == d, "text"])
                   + "</li>" for d in order)
    return details(f"headline and lead of the {len(order)} articles", f"<ul>{rows}</ul>", open_=len(order) <= 5)


def near_copies_html(groups: pd.DataFrame, labels: dict) -> str:
    """The groups of near-copies (``story.near_copy_groups``), one line each, or a sentence saying there are none."""
    if not len(groups):
        return ("<p>No near-copies: no two articles each have most of their sentences word for word in the "
                "other. A shorter article cut from a longer one is not a near-copy of it; it is shown under "
                "“Which article each one retells”, below.</p>")
    return "".join(f"<p><b>Near-copies {esc(g)}</b>: " + ", ".join(esc(labels[d]) for d in members["doc_id"]) + "</p>"
                   for g, members in groups.groupby("group"))


def alignment_html(corpus, al: pd.DataFrame, passages: pd.DataFrame, a: str, b: str, labels: dict) -> str:
    """One aligned pair, collapsed: a summary line (verbatim, retold and one-sided sentences, shared passages)
    over the sentences side by side with the shared passages highlighted."""
    counts = al["status"].value_counts().to_dict()
    n_words = int(passages["n_words"].sum()) if len(passages) else 0
    one_sided = counts.get("only_a", 0) + counts.get("only_b", 0)
    col_a, col_b = "A: " + labels[a], "B: " + labels[b]
    return details(
        f"{labels[a]} ↔ {labels[b]}: {counts.get('verbatim', 0)} verbatim, {counts.get('retold', 0)} retold, "
        f"{one_sided} one-sided; {len(passages)} shared passages ({n_words} words)",
        table(side_by_side(corpus, al, passages).rename(columns={a: col_a, b: col_b}), html_columns=(col_a, col_b)))


def _article_columns(figs: pd.DataFrame, order: list[str]) -> list[str]:
    """The figures table's per-article count columns (one per article id of ``order``)."""
    return [c for c in figs.columns if c in order]


def _n_articles(figs: pd.DataFrame, order: list[str]):
    """How many articles name each figure (0 without article columns)."""
    cols = _article_columns(figs, order)
    return (figs[cols] > 0).sum(axis=1) if cols else 0


def _more(shown: int, total: int, table_name: str) -> str:
    """" (first 150; 40 more in tables/numbers.csv)" when a view shows fewer rows than there are, else ""."""
    return f" (first {shown}; {total - shown} more in tables/{table_name}.csv)" if total > shown else ""


def figures_html(figs: pd.DataFrame, order: list[str], max_rows: int = 80) -> str:
    """People, organisations and places, one collapsed table each (people open): name, aliases, roles,
    mentions and the number of articles naming the figure."""
    summary = figs[["figure_id", "name", "label", "aliases", "roles", "n_mentions"]].assign(
        articles=_n_articles(figs, order))
    parts = []
    for lab, title in (("PERSON", "People"), ("ORG", "Organisations"), ("PLACE", "Places")):
        part = summary[summary["label"] == lab].drop(columns=["label"])
        parts.append(details(f"{title}: {len(part)}", table(part.head(max_rows)), open_=lab == "PERSON"))
    return "".join(parts)


def mention_counts(figs: pd.DataFrame, order: list[str], top: int = 20) -> pd.DataFrame:
    """Mentions of the ``top`` most-named figures, one column per article (empty without articles)."""
    cols = _article_columns(figs, order)
    return figs.nlargest(top, "n_mentions").set_index("name")[cols] if cols else pd.DataFrame()


def naming_table(ment: pd.DataFrame, order: list[str], labels: dict) -> pd.DataFrame:
    """For each person named in two or more articles, the words each article uses, in reading order."""
    people = ment[ment["figure_label"] == "PERSON"]
    multi = people.groupby("name")["doc_id"].nunique()
    naming = (people[people["name"].isin(multi[multi > 1].index)]
              .groupby(["name", "doc_id"])["text"].apply(lambda s: "; ".join(dict.fromkeys(s))).reset_index())
    rank = {d: i for i, d in enumerate(order)}
    rows = [{"person": name, "how the articles name them": " · ".join(
        f"{labels[d]}: {t}" for d, t in sorted(zip(g["doc_id"], g["text"]), key=lambda x: rank.get(x[0], len(rank))))}
        for name, g in naming.groupby("name")]
    return pd.DataFrame(rows, columns=["person", "how the articles name them"])


def phrases_html(q: pd.DataFrame, order: list[str], labels: dict) -> str:
    """The quoted phrases (not full quotes) of each article, collapsed."""
    phrases = q[q["kind"] == "phrase"].groupby("doc_id")["text"].apply(lambda s: " · ".join(s))
    return details(f"quoted phrases in {len(phrases)} article(s)", "<ul>" + "".join(
        f"<li><b>{esc(labels[d])}</b>: {esc(phrases[d])}</li>" for d in order if d in phrases) + "</ul>")


def quotes_html(q: pd.DataFrame, labels: dict) -> str:
    """The direct quotes with their speakers (:func:`direct_quotes`), collapsed past 30."""
    direct, n_direct = direct_quotes(q, labels)
    return details(f"{n_direct} direct quotes{_more(len(direct), n_direct, 'quotes')}", table(direct),
                   open_=n_direct <= 30)


def numbers_html(nums: pd.DataFrame, labels: dict, max_rows: int = 150) -> str:
    """Each number given, with its hedge and what it counts (the first ``max_rows``), collapsed past 30."""
    shown = nums.assign(article=nums["doc_id"].map(labels))
    return details(f"{len(nums)} numbers{_more(min(max_rows, len(nums)), len(nums), 'numbers')}",
                   table(shown[["article", "sent", "text", "low", "high", "qualifier", "counted"]].head(max_rows)),
                   open_=len(nums) <= 30)


def silent_articles_html(ev: pd.DataFrame, order: list[str], labels: dict) -> str:
    """The articles that date no event, or nothing. Their lane on the timeline holds at most their publication
    date (◆), which the note says: it once said "not drawn" under lanes that were drawn."""
    silent = [labels[d] for d in order
              if not ((ev["doc_id"] == d) & ev["earliest"].notna() & (ev["kind"] != "publication")).any()]
    return ('<p style="margin-top:1em"><b>Articles that date no event</b> (their lane shows only the publication '
            "date, ◆, if they have one): " + ", ".join(esc(s) for s in silent) + "</p>"
            if silent else "")


def timexes_html(tx: pd.DataFrame, labels: dict, max_rows: int = 300) -> str:
    """Every time expression with its TIMEX3 value and interval (the first ``max_rows``), collapsed."""
    t = tx.assign(article=tx["doc_id"].map(labels))[["article", "sent", "text", "type", "value", "earliest", "latest"]]
    return details(f"{len(t)} time expressions", table(t.head(max_rows)))


def people_table(figs: pd.DataFrame, q: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """The people, most widely named first: name, other spellings, roles, number of articles naming them and
    of their direct quotes."""
    people = figs[figs["label"] == "PERSON"]
    n_quotes = q[q["kind"] == "direct"].groupby("figure_id").size()
    view = pd.DataFrame({"name": people["name"], "also written": people["aliases"], "roles": people["roles"],
                         "articles": _n_articles(people, order),
                         "direct quotes": people["figure_id"].map(n_quotes).fillna(0).astype(int)})
    return view.sort_values(["articles", "direct quotes"], ascending=False)
