"""HTML rendering for the reports: every value from an article, a file name or an id is escaped.

Limits: the cells of ``html_columns`` are trusted to be already escaped (built with :func:`highlight`).
"""
from __future__ import annotations

import html

import pandas as pd


# ------------------------------------------------------------------------------ escaping helpers
def esc(value) -> str:
    """HTML-escape any value (None and NaN become an empty string)."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT or value is pd.NA:
        return ""
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        value = value.date().isoformat()
    return html.escape(str(value), quote=True)


def highlight(text: str, spans, css: str = "shared") -> str:
    """Escape ``text`` and wrap each ``(start, end)`` span in ``<mark class=css>``.

    Overlapping spans are merged. Offsets are into the unescaped text.
    """
    merged: list[list[int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(esc(text[pos:s]))
        out.append(f'<mark class="{esc(css)}">{esc(text[s:e])}</mark>')
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def table_html(df: pd.DataFrame, html_columns: tuple[str, ...] = (), max_rows: int | None = None) -> str:
    """Render a DataFrame as an HTML table; every cell escaped except ``html_columns``.

    Use ``html_columns`` only for cells built with :func:`highlight` (already escaped).
    """
    df = df.astype(object).where(df.notna(), None) if len(df) else df
    if max_rows is not None:
        df = df.head(max_rows)
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    rows = []
    for _, r in df.iterrows():
        cells = "".join(f"<td>{r[c] if c in html_columns else esc(r[c])}</td>" for c in df.columns)
        rows.append(f"<tr>{cells}</tr>")
    return f'<table class="dataframe"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def show(df: pd.DataFrame, html_columns: tuple[str, ...] = (), max_rows: int | None = None):
    """Display a DataFrame in a notebook with :func:`table_html` (escaped)."""
    from IPython.display import HTML, display

    display(HTML(table_html(df, html_columns, max_rows)))




def _local_spans(start: int, end: int, spans) -> list[tuple[int, int]]:
    """Spans (document offsets) clipped to one sentence, as offsets into that sentence."""
    return [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]


def side_by_side(corpus, al: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """The alignment as a table of escaped HTML cells, shared passages highlighted in both columns."""
    sa = corpus.sentences_of(al["a"].iloc[0]).set_index("sent")
    sb = corpus.sentences_of(al["b"].iloc[0]).set_index("sent")
    pa = list(zip(passages["a_start"], passages["a_end"]))
    pb = list(zip(passages["b_start"], passages["b_end"]))
    rows = []
    for r in al.itertuples():
        cell_a = cell_b = ""
        if pd.notna(r.a_sent):
            s = sa.loc[int(r.a_sent)]
            cell_a = highlight(s["text"], _local_spans(s["start"], s["end"], pa))
        if pd.notna(r.b_sent):
            s = sb.loc[int(r.b_sent)]
            cell_b = highlight(s["text"], _local_spans(s["start"], s["end"], pb))
        rows.append({"#a": "" if pd.isna(r.a_sent) else int(r.a_sent), r.a: cell_a, "status": r.status,
                     "score": f"{r.score:.2f}", r.b: cell_b, "#b": "" if pd.isna(r.b_sent) else int(r.b_sent)})
    return pd.DataFrame(rows)


def verdict_html(prov: pd.DataFrame) -> str:
    """The provenance verdicts as highlighted boxes (escaped)."""
    return "".join(f'<div class="verdict"><b>{esc(r.a)} / {esc(r.b)}</b>: {esc(r.verdict)}<br>'
                   f"<small>{esc(r.reasons)}</small></div>" for r in prov.itertuples())


def _marked(text: str, diff_words: str, css: str) -> str:
    """Escape ``text`` and mark the words listed in ``diff_words`` (in order of appearance)."""
    import re as _re

    spans, pos = [], 0
    for w in (diff_words or "").split():
        m = _re.search(r"(?<![\w’'-])" + _re.escape(w) + r"(?![\w’'-])", text[pos:])
        if m:
            spans.append((pos + m.start(), pos + m.end()))
            pos += m.end()
    return highlight(text, spans, css)


def discrepancy_table(disc: pd.DataFrame) -> pd.DataFrame:
    """Discrepancies as HTML cells: both sentences quoted, the compared words in bold, differing words marked."""
    rows = []
    for r in disc.itertuples():
        cells = {}
        for side in ("a", "b"):
            sent = getattr(r, f"{side}_sentence") if isinstance(getattr(r, f"{side}_sentence"), str) else ""
            text = getattr(r, f"{side}_text") if isinstance(getattr(r, f"{side}_text"), str) else ""
            diff = getattr(r, f"{side}_diff") if isinstance(getattr(r, f"{side}_diff"), str) else ""
            if text and text in sent:
                i = sent.index(text)
                inner = _marked(text, diff, f"diff-{side}") if diff else highlight(text, [(0, len(text))], f"diff-{side}")
                cells[side] = esc(sent[:i]) + f"<b>{inner}</b>" + esc(sent[i + len(text):])
            else:
                cells[side] = esc(sent) + ("" if text else ' <i>(not in this sentence)</i>')
        rows.append({"kind": r.kind, "what": r.what,
                     "article A": f"<small>{esc(r.doc_a)}</small><br>{cells['a']}",
                     "article B": f"<small>{esc(r.doc_b)}</small><br>{cells['b']}"})
    return pd.DataFrame(rows, columns=["kind", "what", "article A", "article B"])
