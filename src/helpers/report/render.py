"""Rendering for the reports: every value from an article, a file name or an id is escaped wherever shown.

- HTML: :func:`esc`, :func:`highlight`, :func:`table_html` / :func:`show` (every cell escaped);
- Markdown: :func:`esc_md`; matplotlib labels: :func:`label` (no ``$…$`` math);
- TimelineJS and other consumers that render strings as HTML: :func:`plain_text`, :func:`timelinejs_safe`;
- files: :func:`safe_filename` (ids never become paths), :func:`save_table` (CSV safe to open in a
  spreadsheet: cells that would start a formula are neutralised, OWASP style).

Limits: the cells of ``html_columns`` are trusted to be already escaped (built with :func:`highlight`).
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd


# ------------------------------------------------------------------------------ escaping helpers
#: An underscore between spaces: the dash of old agency wire copy ("the bombing _ the worst in years"), shown
#: as a dash. The text and the tables keep it as written.
_WIRE_DASH = re.compile(r"(?<= )_(?= )")


def esc(value) -> str:
    """HTML-escape any value (None and NaN become an empty string); a wire dash (" _ ") is shown as "–"."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT or value is pd.NA:
        return ""
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        value = value.date().isoformat()
    return html.escape(_WIRE_DASH.sub("–", str(value)), quote=True)


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


_NOWRAP = ' class="nw"'  # a date, an id or a number is never broken across lines (see views.style)


def _one_word(v) -> bool:
    """A short cell of one word ("2016-09-08", "P03", "1,200"), which a narrow column must not break."""
    if isinstance(v, pd.Timestamp):
        return True  # a date (its time, when shown, is short too)
    return isinstance(v, (str, int, float)) and not isinstance(v, bool) and 0 < len(str(v)) <= 20 \
        and not re.search(r"\s", str(v))


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
        cells = "".join(f"<td{_NOWRAP if _one_word(r[c]) else ''}>{r[c] if c in html_columns else esc(r[c])}</td>"
                        for c in df.columns)
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


# ------------------------------------------------------------------------------ names and ids elsewhere than HTML
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")


def _missing(value) -> bool:
    return value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and value != value)


def esc_md(value) -> str:
    """Escape any value for Markdown (``display(Markdown(...))``, a markdown cell): HTML-escaped, and every
    Markdown or math character (``* _ [ ] ( ) # + - . ! | ~ ` $ \\``) backslash-escaped, so an id such as
    ``**x**`` or ``pay_$5_$6`` shows as written. Prefer :func:`esc` inside ``display(HTML(...))``."""
    if _missing(value):
        return ""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(_WIRE_DASH.sub("–", _CONTROL.sub(" ", str(value))), quote=True))


def label(value, n: int | None = None) -> str:
    """A matplotlib label (tick, legend, title) for any id or name, shown as written.

    Line breaks and control characters become spaces, a wire dash (" _ ") a dash; longer than ``n``
    characters is cut with "…";
    every ``$`` is escaped so that matplotlib never reads ``$…$`` as math (with the default
    ``text.parse_math``; when it is off, ``$`` is left as is).
    """
    s = "" if _missing(value) else _WIRE_DASH.sub("–", re.sub(r"\s+", " ", _CONTROL.sub(" ", str(value))).strip())
    if n is not None and len(s) > n:
        s = s[: max(n - 1, 1)] + "…"
    import matplotlib

    return s.replace("$", r"\$") if matplotlib.rcParams.get("text.parse_math", True) else s


def plain_text(value) -> str:
    """Text for a consumer that renders strings as HTML (TimelineJS ``headline``, ``text``, ``group``):
    control characters dropped and markup escaped, so ``<b>`` is shown as ``<b>`` and no tag or script
    from an article runs. None and NaN become ''."""
    if _missing(value):
        return ""
    return html.escape(_CONTROL.sub("", str(value)), quote=True)


def timelinejs_safe(data):
    """A copy of a TimelineJS document (``to_timelinejs`` output) with every string passed through
    :func:`plain_text`, except ``url`` values, kept only when they are http(s) links (else dropped)."""
    if isinstance(data, dict):
        out = {}
        for k, v in data.items():
            if k == "url":
                if isinstance(v, str) and re.match(r"https?://", v.strip(), re.I):
                    out[k] = v.strip()
            else:
                out[k] = timelinejs_safe(v)
        return out
    if isinstance(data, (list, tuple)):
        return [timelinejs_safe(v) for v in data]
    return plain_text(data) if isinstance(data, str) else data


def save_timelinejs(data, path) -> Path:
    """Write a TimelineJS document (``to_timelinejs`` output) to ``path`` as UTF-8 JSON, made safe first
    (:func:`timelinejs_safe`); returns the path."""
    path = Path(path)
    path.write_text(json.dumps(timelinejs_safe(data), indent=1, ensure_ascii=False), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ file names and exported tables
_PLAIN_NAME = re.compile(r"[a-z0-9][a-z0-9_.\-]*")
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}


def safe_filename(name, suffix: str = "", max_len: int = 80) -> str:
    """A file name made from any name or id; ids never become paths.

    A plain name (lower-case ASCII letters, digits, ``_ - .``, not starting with ``.``, no ``..``, at most
    ``max_len`` characters, not a reserved Windows name) is kept as it is. Anything else becomes an ASCII
    slug cut to fit plus ``_`` and 8 hex characters of the name's SHA-1, so different names give different
    files: ``"https://x.org/a"`` -> ``https_x_org_a_1c5bd8c0``. The result has at most ``max_len`` characters
    plus ``suffix``.
    """
    s = "" if _missing(name) else str(name)
    stem = s.split(".")[0]
    if (len(s) <= max_len and _PLAIN_NAME.fullmatch(s) and ".." not in s and stem not in _RESERVED
            and not s.endswith(".")):
        return s + suffix
    ascii_ = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_.lower()).strip("_")
    digest = hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    slug = slug[: max(max_len - 9, 1)].rstrip("_")
    return (f"{slug}_{digest}" if slug else digest) + suffix


_NUMBER_TEXT = re.compile(r"-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?%?|-?\.\d+%?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A spreadsheet-safe CSV cell (OWASP, CSV injection): text that begins with ``= + - @``, a tab or a
    carriage return gets a leading apostrophe, so spreadsheets show it as text and never run it as a
    formula. Numbers, and text that is a plain negative number ("-5", "-3.5%", "-1,200"), are left as they
    are; "+3" is neutralised (a spreadsheet turns it into the formula "=+3")."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER_TEXT.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell and column name passed through :func:`neutralise_cell`."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise_cell)
    out.columns = [neutralise_cell(c) if isinstance(c, str) else c for c in out.columns]
    return out


def save_table(df: pd.DataFrame, tables_dir, name, index: bool = False) -> None:
    """Write ``df`` as ``<tables_dir>/<safe name>.csv`` (UTF-8), safe to open in a spreadsheet.

    ``name`` may hold ids (``f"alignment_{a}__{b}"``): it goes through :func:`safe_filename`, so it is
    never a path. Cells are neutralised with :func:`spreadsheet_safe`. ``index=True`` writes the index as
    the first column(s). Returns None, so that a notebook cell ending with it shows no local path; the
    file is ``table_path(tables_dir, name)``.
    """
    path = table_path(tables_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    # CRLF line ends (RFC 4180): a cell holding a carriage return or a line break is quoted, not split
    spreadsheet_safe(df.reset_index() if index else df).to_csv(path, index=False, encoding="utf-8",
                                                              lineterminator="\r\n")


def table_path(tables_dir, name) -> Path:
    """Where :func:`save_table` writes the table ``name``: ``<tables_dir>/<safe_filename(name)>.csv``."""
    name = str(name)
    return Path(tables_dir) / safe_filename(name[:-4] if name.lower().endswith(".csv") else name, ".csv")
