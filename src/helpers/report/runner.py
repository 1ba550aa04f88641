"""The report runner: every numbered notebook executed on a corpus and exported to HTML.

``python -m helpers.report [--corpus PATH] [--out DIR]`` executes every numbered notebook with
papermill (the corpus goes to each notebook's ``parameters`` cell), exports each to
``NN_name.html`` with code hidden and images embedded, and writes ``index.html`` linking them.

Each run starts clean: the previous run's tables (``tables/*.csv``), executed notebooks, reports,
``index.html`` and ``timeline.json`` in the output folder are removed first (nothing else in it is
touched), so tables of an earlier corpus never sit beside the new ones. The shared pages name the corpus
by its folder name, never by its absolute local path.

Limits: notebooks run one after another in fresh kernels; a failing notebook is still exported
(so its error can be read) and makes the command exit non-zero.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
import time
from pathlib import Path

from .. import config
from .render import esc

TEMPLATE_DIR = Path(__file__).parent / "templates"
#: The kernels log only critical messages: their start-up warning that local TCP ports are unencrypted (printed
#: once per notebook) and the "KeyboardInterrupt caught in kernel" a busy machine's kernel logs when it is shut
#: down after its last cell say nothing about the report. A cell's error still fails the notebook and is
#: reported, and so does a kernel that dies (:func:`_run_one`).
_KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]


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
    """Export an executed notebook to HTML with code hidden, images embedded, no CDN scripts, and nothing a cell
    wrote to stderr (the executed notebook keeps it)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    nb = nbformat.read(str(executed), as_version=4)
    for cell in nb.cells:  # warnings and progress bars are for whoever runs it, not for a shared page (local paths)
        if "outputs" in cell:
            cell.outputs = [o for o in cell.outputs
                            if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
    body, _ = exporter.from_notebook_node(nb)
    out_html.write_text(body, encoding="utf-8")


def clear_previous(out: Path, nbs: list[Path]) -> list[Path]:
    """Remove what an earlier run wrote to ``out`` (its tables, executed notebooks, reports, index and
    TimelineJS file); return the removed paths. Files the runner does not write are left alone."""
    victims = [out / config.INDEX_FILE, out / config.TIMELINE_FILE]
    victims += [out / nb.with_suffix(".html").name for nb in nbs]
    victims += [out / config.EXECUTED_DIRNAME / nb.name for nb in nbs]
    tables = out / config.TABLES_DIRNAME
    if tables.is_dir() and not tables.is_symlink():
        victims += sorted(tables.glob("*.csv"))
    removed = []
    for v in victims:
        if v.is_file() or v.is_symlink():
            v.unlink()
            removed.append(v)
    return removed


def write_index(out: Path, entries: list[dict], corpus: str) -> Path:
    """``index.html``: one link per report with its one-line summary, the run's date and corpus (its name)."""
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
    path = out / config.INDEX_FILE
    path.write_text(page, encoding="utf-8")
    return path


def _run_one(pm, nb: Path, executed: Path, corpus_path: str, out: Path) -> tuple[bool, str]:
    """Execute one notebook; (ok, error). A cell's error is the error of the notebook. Anything else that
    stops it (the kernel dies or cannot start, a cell outlives its timeout) is reported the same way, by its
    kind and message, so the other notebooks still run and no traceback reaches the terminal."""
    try:
        pm.execute_notebook(str(nb), str(executed), parameters={"CORPUS": corpus_path, "OUTPUT_DIR": str(out)},
                            cwd=str(nb.parent), kernel_name="python3", progress_bar=False, log_output=False,
                            extra_arguments=_KERNEL_ARGS)
    except pm.PapermillExecutionError as e:
        return False, f"{e.ename}: {e.evalue}"
    except Exception as e:  # noqa: BLE001 - DeadKernelError, CellTimeoutError, a kernel that will not start
        return False, f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else 'no message'}"
    return True, ""


def run_reports(corpus: str | None = None, out: str | Path | None = None,
                only: list[str] | None = None, log=print, progress: bool = False) -> list[dict]:
    """Analyse ``corpus`` once, execute the notebooks on it and export HTML reports to ``out``.

    Returns one dict per report. ``progress`` shows a progress bar for the analysis on standard error.
    """
    import papermill as pm

    from ..corpus.analysis import analyse

    out = (Path(out) if out else config.reports_dir()).resolve()  # notebooks run in notebooks/: no relative paths
    out.mkdir(parents=True, exist_ok=True)
    clear_previous(out, notebooks())
    (out / config.EXECUTED_DIRNAME).mkdir(exist_ok=True)
    corpus_path = str(config.resolve_path(corpus).resolve())
    t0 = time.perf_counter()
    analyse(corpus_path, progress=progress)  # the one analysis pass; every notebook loads it
    log(f"analysis of {corpus_path} ready ({time.perf_counter() - t0:.1f} s)")
    entries = []
    for nb in notebooks():
        if only and not any(nb.name.startswith(o) for o in only):
            continue
        title, summary = summary_of(nb)
        executed = out / config.EXECUTED_DIRNAME / nb.name
        t0 = time.perf_counter()
        ok, error = _run_one(pm, nb, executed, corpus_path, out)
        html_name = nb.with_suffix(".html").name
        if executed.exists():
            export_html(executed, out / html_name)
        secs = time.perf_counter() - t0
        log(f"{'ok  ' if ok else 'FAIL'} {nb.name} -> {out / html_name} ({secs:.1f} s){'  ' + error if error else ''}")
        entries.append({"notebook": nb.name, "html": html_name, "title": title, "summary": summary,
                        "ok": ok, "error": error, "seconds": round(secs, 1)})
    write_index(out, entries, Path(corpus_path).name)
    return entries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None, help="folder or file of articles (default, or empty: data/seeds)")
    ap.add_argument("--out", default=None, help="output folder (default, or empty: reports/)")
    ap.add_argument("--only", nargs="*", help="notebook number prefixes to run, e.g. 00 01")
    args = ap.parse_args(argv)
    from ..corpus.analysis import AnalysisError
    from ..corpus.load import CorpusError, load_corpus

    args.corpus = args.corpus or None  # an empty value (make report without CORPUS) means the seeds
    out = Path(args.out) if args.out else config.REPORTS_DIR
    try:  # fail early, with a clear message, on a corpus that cannot load or an output that cannot be written
        load_corpus(args.corpus)
        out.mkdir(parents=True, exist_ok=True)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: output folder {out}: {e.strerror}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    try:
        entries = run_reports(args.corpus, out, args.only, progress=True)
    except AnalysisError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    failed = [e for e in entries if not e["ok"]]
    print(f"{len(entries) - len(failed)}/{len(entries)} reports in {time.perf_counter() - t0:.1f} s: "
          f"open {out / 'index.html'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
