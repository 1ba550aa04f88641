"""HTML rendering for the reports (article text always escaped) and the report runner.

``python -m helpers.report [--corpus PATH] [--out DIR]`` executes every numbered notebook with
papermill (the corpus goes to each notebook's ``parameters`` cell), exports each to
``NN_name.html`` with code hidden and images embedded, and writes ``index.html`` linking them.

Limits: notebooks run one after another in fresh kernels; a failing notebook is still exported
(so its error can be read) and makes the command exit non-zero.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import html
import json
import sys
import time
from pathlib import Path

import pandas as pd

from . import config

TEMPLATE_DIR = Path(__file__).parent / "templates"


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


# ------------------------------------------------------------------------------ the runner
def notebooks(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in order."""
    folder = folder or config.NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def summary_of(nb_path: Path) -> tuple[str, str]:
    """Title (first heading) and one-line summary (next paragraph) of a notebook's first cell."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            lines = [ln.strip() for ln in "".join(cell.get("source", "")).splitlines() if ln.strip()]
            title = next((ln.lstrip("# ").strip() for ln in lines if ln.startswith("#")), nb_path.stem)
            rest = [ln for ln in lines if not ln.startswith("#")]
            return title, (rest[0] if rest else "")
    return nb_path.stem, ""


def export_html(executed: Path, out_html: Path) -> None:
    """Export an executed notebook to HTML with code hidden, images embedded, no CDN scripts."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    nb = nbformat.read(str(executed), as_version=4)
    body, _ = exporter.from_notebook_node(nb)
    out_html.write_text(body, encoding="utf-8")


def write_index(out: Path, entries: list[dict], corpus: str) -> Path:
    """``index.html``: one link per report with its one-line summary, the run's date and corpus."""
    when = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    items = []
    for e in entries:
        status = "" if e["ok"] else ' <strong style="color:#b91c1c">(failed: open it to see the error)</strong>'
        items.append(f'<li><a href="{esc(e["html"])}">{esc(e["title"])}</a>{status}<br>'
                     f'<span class="summary">{esc(e["summary"])}</span></li>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Story comparison reports</title>
<style>body{{font-family:system-ui,sans-serif;max-width:860px;margin:2em auto;line-height:1.5}}
li{{margin-bottom:1em}} .summary{{color:#444}} .meta{{color:#666;font-size:14px}}</style></head>
<body><h1>Story comparison reports</h1>
<p class="meta">Run on {esc(when)} &middot; corpus: <code>{esc(corpus)}</code></p>
<ol>{''.join(items)}</ol>
<p class="meta">Each report is a notebook run top to bottom with its code hidden. Tables are also saved as CSV in
<code>tables/</code>.</p></body></html>"""
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def run_reports(corpus: str | None = None, out: str | Path | None = None,
                only: list[str] | None = None, log=print) -> list[dict]:
    """Execute the notebooks on ``corpus`` and export HTML reports to ``out``; return one dict per report."""
    import papermill as pm

    out = Path(out) if out else config.reports_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / "executed").mkdir(exist_ok=True)
    corpus_path = str(config.resolve_path(corpus).resolve())
    entries = []
    for nb in notebooks():
        if only and not any(nb.name.startswith(o) for o in only):
            continue
        title, summary = summary_of(nb)
        executed = out / "executed" / nb.name
        t0 = time.perf_counter()
        ok, error = True, ""
        try:
            pm.execute_notebook(str(nb), str(executed), parameters={"CORPUS": corpus_path, "OUTPUT_DIR": str(out)},
                                cwd=str(nb.parent), kernel_name="python3", progress_bar=False, log_output=False)
        except pm.PapermillExecutionError as e:
            ok, error = False, f"{e.ename}: {e.evalue}"
        html_name = nb.with_suffix(".html").name
        if executed.exists():
            export_html(executed, out / html_name)
        secs = time.perf_counter() - t0
        log(f"{'ok  ' if ok else 'FAIL'} {nb.name} -> {out / html_name} ({secs:.1f} s){'  ' + error if error else ''}")
        entries.append({"notebook": nb.name, "html": html_name, "title": title, "summary": summary,
                        "ok": ok, "error": error, "seconds": round(secs, 1)})
    write_index(out, entries, corpus_path)
    return entries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None, help="folder or file of articles (default: data/seeds)")
    ap.add_argument("--out", default=None, help="output folder (default: reports/)")
    ap.add_argument("--only", nargs="*", help="notebook number prefixes to run, e.g. 00 01")
    args = ap.parse_args(argv)
    from .corpus import CorpusError, load_corpus

    try:  # fail early, with a clear message, on a corpus that cannot load
        load_corpus(args.corpus)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    entries = run_reports(args.corpus, args.out, args.only)
    failed = [e for e in entries if not e["ok"]]
    out = Path(args.out) if args.out else config.REPORTS_DIR
    print(f"{len(entries) - len(failed)}/{len(entries)} reports in {time.perf_counter() - t0:.1f} s: "
          f"open {out / 'index.html'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())


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
