"""Charts for the notebooks (matplotlib). Each function draws one figure and returns it.

Every chart stays a readable size at any number of articles (its height grows with the rows it shows
and stops at ``MAX_INCHES``), labels are plain text (matplotlib's ``$...$`` math parsing is switched off,
so a name like ``pay_vs_$56bn_$44bn`` is drawn as written), and each article keeps one colour across all
charts (:func:`article_colours`, distinct for up to 60 articles).

Limits: past about 40 articles a heatmap drops the numbers in its cells (the colour still reads).
"""
from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
from matplotlib import font_manager
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .render import label

mpl.rcParams["text.parse_math"] = False  # article names and ids are text, never math markup
mpl.rcParams["svg.fonttype"] = "none"


def quiet_missing_glyphs() -> None:
    """No warning for a character the chart font lacks: a name in Korean or Thai is drawn as boxes, and the
    warning (one per character, with the local path of the code) says no more than that. Set on import."""
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from (current )?font", category=UserWarning)


quiet_missing_glyphs()

#: Fonts that draw scripts DejaVu Sans lacks (Korean, Japanese, Chinese, Thai, Devanagari, ...), in the order
#: tried, as Linux (Noto), macOS and Windows name them. Only those installed on the machine are used.
SCRIPT_FONTS = (
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans Thai",
    "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil", "Noto Sans Georgian", "Noto Sans Armenian",
    "Noto Sans Ethiopic", "Apple SD Gothic Neo", "Hiragino Sans", "PingFang SC", "Thonburi", "Kohinoor Devanagari",
    "Malgun Gothic", "Yu Gothic", "Microsoft YaHei", "Microsoft JhengHei", "Leelawadee UI", "Nirmala UI",
    "Arial Unicode MS")
_FONT_FILE_HINTS = ("cjk", "noto", "gothic", "hiragino", "pingfang", "yahei", "jhenghei", "malgun", "nirmala",
                    "leelawadee", "thonburi", "kohinoor", "unicode")


def use_script_fonts() -> list[str]:
    """Let charts draw names in other scripts: after DejaVu Sans (which still draws every Latin, Greek and
    Cyrillic letter, so charts in those scripts look as before), matplotlib falls back, letter by letter, to
    the first of ``SCRIPT_FONTS`` installed here. A font installed after matplotlib made its font cache is
    added from the system's font folders. Returns the fallback fonts in use. Set on import.
    Limits: with none of them installed (a bare server), such letters are still drawn as boxes; right-to-left
    scripts (Arabic, Hebrew) are drawn letter by letter, unshaped."""
    manager = font_manager.fontManager
    known = {f.fname for f in manager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known and any(h in Path(path).name.lower() for h in _FONT_FILE_HINTS):
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):  # a font file matplotlib cannot read: skip it
                continue
    names = {f.name for f in manager.ttflist}
    found = [n for n in SCRIPT_FONTS if n in names]
    found = [n for k, n in enumerate(found) if "CJK" not in n or not any("CJK" in m for m in found[:k])]  # one face
    mpl.rcParams["font.family"] = ["DejaVu Sans", *found]
    return found


use_script_fonts()

STATUS_COLOURS = {"verbatim": "#1b7837", "retold": "#4c78a8", "only_a": "#d62728", "only_b": "#d62728"}
#: No chart is taller (or wider) than this, in inches.
MAX_INCHES = 16


def short(text: str, n: int = 22) -> str:
    """A chart label at most ``n`` characters long: :func:`render.label` (line breaks and control characters
    become spaces, missing values empty)."""
    return label(text, n)


def article_colours(doc_ids: list[str]) -> dict[str, tuple]:
    """One colour per article, in the given (reading) order; distinct for up to 60 articles."""
    palette = [plt.get_cmap(name)(i) for name in ("tab20", "tab20b", "tab20c") for i in range(20)]
    palette = palette[0::2] + palette[1::2]  # strong shades first
    return {d: palette[i % len(palette)] for i, d in enumerate(doc_ids)}


def _size(n_rows: int, per_row: float, base: float = 1.5) -> float:
    return min(MAX_INCHES, base + per_row * n_rows)


def heatmap(matrix: pd.DataFrame, title: str, labels: dict | None = None, ax=None):
    """A similarity heatmap (rows and columns in the matrix's order) with readable labels."""
    n = len(matrix)
    labels = labels or {}
    if ax is None:
        side = _size(n, 0.32, 3)
        _, ax = plt.subplots(figsize=(side + 1.5, side))
    im = ax.imshow(matrix.values, vmin=0, vmax=1, cmap="Blues")
    names = [short(labels.get(d, d), 24) for d in matrix.index]
    fs = 9 if n <= 15 else (8 if n <= 50 else 6)  # a row is at least 0.25 in up to 50 articles: 8 pt fits
    ax.set_xticks(range(n), names, rotation=60 if n > 8 else 30, ha="right", fontsize=fs)
    ax.set_yticks(range(n), names, fontsize=fs)
    if n <= 15:
        for i in range(n):
            for j in range(n):
                v = matrix.values[i, j]
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", color="white" if v > 0.6 else "black", fontsize=8)
    ax.set_title(title)
    plt.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    return ax.figure


def alignment_chart(al: pd.DataFrame, n_a: int, n_b: int, a: str, b: str):
    """Sentences of ``a`` (left) and ``b`` (right) in story order, with a line per retold pair.

    Crossing lines show reordering, fans show merges and splits, red dots show one-sided sentences.
    """
    h = max(n_a, n_b, 1)
    fig, ax = plt.subplots(figsize=(6.5, _size(h, 0.22, 1.2)))
    ya = lambda i: h - 1 - i * (h - 1) / max(n_a - 1, 1)
    yb = lambda j: h - 1 - j * (h - 1) / max(n_b - 1, 1)
    for r in al.dropna(subset=["a_sent", "b_sent"]).itertuples():
        ax.plot([0, 1], [ya(r.a_sent), yb(r.b_sent)], color=STATUS_COLOURS[r.status],
                alpha=0.25 + 0.75 * min(1.0, r.score / 0.6), lw=1 + 3 * min(1.0, r.score))
    one_a = set(al.loc[al.status == "only_a", "a_sent"].dropna().astype(int))
    one_b = set(al.loc[al.status == "only_b", "b_sent"].dropna().astype(int))
    fs = 8 if h <= 40 else 5
    for i in range(n_a):
        ax.scatter(0, ya(i), s=30, color="#d62728" if i in one_a else "#333", zorder=3)
        ax.text(-0.04, ya(i), str(i), ha="right", va="center", fontsize=fs)
    for j in range(n_b):
        ax.scatter(1, yb(j), s=30, color="#d62728" if j in one_b else "#333", zorder=3)
        ax.text(1.04, yb(j), str(j), ha="left", va="center", fontsize=fs)
    ax.set_xlim(-0.4, 1.4)
    ax.set_xticks([0, 1], [short(a, 30), short(b, 30)])
    ax.set_yticks([])
    for s in ("top", "right", "left"):
        ax.spines[s].set_visible(False)
    ax.set_title("Sentence alignment (first sentence at the top)\nline = retold (darker = closer wording); red = one-sided")
    fig.tight_layout()
    return fig


def _bend(ax, y0: float, y1: float, k: int, room: float) -> float:
    """The arc3 curvature of the k-th arrow from row y0 to row y1, bulging left of the dots whichever way
    it points: 0.35 to 0.65 (staggered so arrows sharing a row stay apart), flattened for long arrows so
    the bulge (half of rad times the arrow's length, for arc3's quadratic curve) stays inside ``room``
    display units."""
    rise = ax.transData.transform((0, y1))[1] - ax.transData.transform((0, y0))[1]
    rad = min(0.35 + 0.1 * (k % 4), 0.9 * 2 * room / max(abs(rise), 1e-9))
    return -rad if rise > 0 else rad


def _linked_together(graph: pd.DataFrame, order: list[str]) -> list[str]:
    """``order`` with the articles linked by arrows (source or ``maybe_source``) kept together: each set of
    linked articles at the place of its earliest one, in reading order inside it. A folder of several stories
    then draws short arrows within each story instead of long ones crossing the others."""
    root = {d: d for d in order}

    def find(d):
        while root[d] != d:
            root[d] = root[root[d]]
            d = root[d]
        return d

    for col in ("source", "maybe_source"):
        for doc, src in zip(graph["doc_id"], graph[col] if col in graph else [None] * len(graph)):
            if isinstance(src, str) and src in root and doc in root:
                root[find(doc)] = find(src)
    first = {}
    for i, d in enumerate(order):
        first.setdefault(find(d), i)
    return sorted(order, key=lambda d: (first[find(d)], order.index(d)))


def copy_graph_chart(graph: pd.DataFrame, order: list[str], labels: dict, published: dict | None = None):
    """Who retells whom: one row per article (reading order, earliest at the top), an arrow from each
    article's likely source to it. Articles linked by arrows are drawn together (``_linked_together``), so
    the arrows of a folder of several stories stay within each story. Arrow width grows with the share of
    the article that comes from the source; a thin dashed arrow marks a near miss (``maybe_source``: an
    independent article that may loosely rewrite another). ``graph`` has doc_id, source (empty for
    independent/unclear), reuse (0-1) and optionally maybe_source."""
    colours = article_colours(list(order))  # each article's colour in every chart, whatever its row here
    order = _linked_together(graph, list(order))
    n = len(order)
    fig, ax = plt.subplots(figsize=(9, _size(n, 0.34, 1.6)))
    y = {d: i for i, d in enumerate(order)}
    has_dates = published and any(pd.notna(v) for v in published.values())
    for d in order:
        ax.scatter([0], [y[d]], s=60, color=colours[d], zorder=3)
        when = ""
        if has_dates and pd.notna(published.get(d)):
            when = f"  ({pd.Timestamp(published[d]).date().isoformat()})"
        ax.text(0.06, y[d], short(labels.get(d, d), 40) + when, va="center", fontsize=8 if n <= 50 else 6)
    ax.set_xlim(-1.0, 3.0)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_axis_off()
    ax.set_title("Who retells whom: arrow from the likely source to the article that retells it\n"
                 "(linked articles together, earliest at the top; no arrow = independent or unclear)", fontsize=10)
    fig.tight_layout()
    room = ax.transData.transform((0, 0))[0] - ax.bbox.x0  # display units left of the dots
    k = 0
    maybe = graph["maybe_source"] if "maybe_source" in graph else pd.Series("", index=graph.index)
    for r, loose in zip(graph.itertuples(), maybe):
        src, dashed = r.source, False
        if (not isinstance(src, str) or src not in y) and isinstance(loose, str) and loose in y:
            src, dashed = loose, True  # a near miss: a thin dashed arrow, "may loosely rewrite"
        if not isinstance(src, str) or not src or src not in y or r.doc_id not in y:
            continue
        k += 1
        reuse = float(r.reuse) if pd.notna(r.reuse) else 0.3
        ax.annotate("", xy=(0, y[r.doc_id]), xytext=(0, y[src]),
                    arrowprops=dict(arrowstyle="-|>", color=colours[src], lw=1.0 if dashed else 0.8 + 3 * reuse,
                                    alpha=0.95 if dashed else 0.8, linestyle=(0, (3, 2)) if dashed else "-",
                                    connectionstyle=f"arc3,rad={_bend(ax, y[src], y[r.doc_id], k, room)}",
                                    shrinkA=5, shrinkB=5))
    if any(isinstance(v, str) and v in y for v in maybe):
        ax.text(0.5, -0.01, "dashed arrow: no clear retelling, but it may loosely rewrite that article",
                transform=ax.transAxes, ha="center", va="top", fontsize=8, color="#555555")
    return fig


#: Up to this many articles the mentions chart stacks one coloured bar piece per article, with a legend;
#: beyond it a legend of colours cannot be read, and the chart becomes a grid (``_mentions_grid``).
STACK_MAX_ARTICLES = 12


def mentions_chart(counts: pd.DataFrame, labels: dict | None = None, title: str = "Mentions per figure and article"):
    """How often each figure is named in each article, most-named figure at the top. Up to
    ``STACK_MAX_ARTICLES`` articles: stacked horizontal bars, one colour per article (the same as in every
    chart) with a legend. More: a grid of figures by articles (in the given column order), each cell
    shaded by its count and the count written in it."""
    labels = labels or {}
    counts = counts.loc[counts.sum(axis=1).sort_values(ascending=True).index]
    n, k = counts.shape
    if k > STACK_MAX_ARTICLES:
        return _mentions_grid(counts.iloc[::-1], labels, title)
    fig, ax = plt.subplots(figsize=(9, _size(n, 0.32, 1.2)))
    colours = article_colours(list(counts.columns))
    left = np.zeros(n)
    for col in counts.columns:
        vals = counts[col].to_numpy(dtype=float)
        ax.barh(np.arange(n), vals, left=left, color=colours[col], label=short(labels.get(col, col), 26))
        left += vals
    ax.set_yticks(np.arange(n), [short(x, 34) for x in counts.index], fontsize=8)
    ax.legend(loc="lower right", fontsize=7)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _mentions_grid(counts: pd.DataFrame, labels: dict, title: str):
    """Figures (rows, in the given order) by articles (columns): a cell per pair, darker for more mentions,
    the count written in it, empty where the article does not name the figure. Article names run down
    under the columns; a total column closes each row."""
    n, k = counts.shape
    values = counts.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(min(MAX_INCHES, 3.2 + 0.24 * (k + 1)), _size(n, 0.26, 2.6)))
    vmax = 1.3 * max(2.0, values.max() if values.size else 0)  # the darkest cell stays light enough to read
    ax.imshow(np.where(values > 0, values, np.nan), cmap="Blues", vmin=0, vmax=vmax, aspect="auto",
              interpolation="nearest")
    for i in range(n):
        for j in range(k):
            if values[i, j] > 0:
                ax.text(j, i, f"{values[i, j]:.0f}", ha="center", va="center", fontsize=6,
                        color="white" if values[i, j] > 0.6 * vmax else "black")
        ax.text(k - 0.2, i, f"{values[i].sum():.0f}", ha="left", va="center", fontsize=7, fontweight="bold")
    ax.set_xlim(-0.5, k + 0.6)
    ax.set_xticks(range(k), [short(labels.get(c, c), 28) for c in counts.columns], rotation=90,
                  fontsize=7 if k <= 50 else 6)
    ax.set_yticks(range(n), [short(x, 34) for x in counts.index], fontsize=8)
    ax.tick_params(length=0)
    ax.set_xticks(np.arange(-0.5, k, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, n, 1), minor=True)
    ax.grid(which="minor", color="#e6e6e6", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    ax.spines[:].set_visible(False)
    ax.set_title(f"{title}\n(one column per article; the bold figure is the total)", fontsize=10)
    fig.tight_layout()
    return fig


def _core_range(dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The span that holds the bulk of the dates: outliers (far before or after the rest) left out."""
    d = dates.sort_values()
    if len(d) < 5:
        return d.iloc[0], d.iloc[-1]
    q1, q3 = d.quantile(0.1), d.quantile(0.9)
    spread = max(q3 - q1, pd.Timedelta(days=14))
    lo, hi = max(d.iloc[0], q1 - 2 * spread), min(d.iloc[-1], q3 + 2 * spread)
    return lo, hi


#: The news window of ``timeline_chart``: from this many days before the first publication date ...
NEWS_BEFORE_DAYS = 28
#: ... to this many days after the last one.
NEWS_AFTER_DAYS = 14


def news_window(ev: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The days around publication: from ``NEWS_BEFORE_DAYS`` before the first publication date to
    ``NEWS_AFTER_DAYS`` after the last, or None when no article has a publication date or when every dated
    event already falls in a span not much wider than that (one chart then shows it all)."""
    dated = ev[ev["earliest"].notna()]
    pubs = dated.loc[dated["kind"] == "publication", "earliest"]
    if pubs.empty:
        return None
    lo, hi = pubs.min() - pd.Timedelta(days=NEWS_BEFORE_DAYS), pubs.max() + pd.Timedelta(days=NEWS_AFTER_DAYS)
    c_lo, c_hi = _core_range(pd.concat([dated["earliest"], dated["latest"]]))
    return None if (c_hi - c_lo) <= (hi - lo) + pd.Timedelta(days=30) else (lo, hi)


#: The timeline's drawing width (its 11-inch figure less the lane names) and a 7-point label character's width,
#: in inches: labels closer than their half-widths overlap.
_AXES_INCHES, _CHAR_INCHES = 8.8, 0.06
#: A timeline label's font size, and its height with its box, in inches.
_LABEL_FONT, _LABEL_INCHES = 7, 7 * 1.45 / 72
#: Inches of a figure that are not lanes (title and its note, date axis), for the lane height estimate.
_FRAME_INCHES = 1.5


def _label_slots(n_lanes: int, fig_height: float) -> tuple[tuple[float, ...], float]:
    """Where a timeline label may go, in lane heights from its lane (negative is above), and a label's
    height in lane heights. First beside the mark, then a label's height further out, each side, as long as
    the label's middle stays nearer its own lane than the next (a busy chart of 40 lanes, capped at
    ``MAX_INCHES``, has room for one row each side). Limit: the lane height is estimated from the figure
    height before the layout is done, so it may be off by a few per cent."""
    lane = max(fig_height - _FRAME_INCHES, 0.3 * n_lanes) / max(n_lanes, 1)
    h = _LABEL_INCHES / lane
    inner = max(0.2, h / 2 + 0.06)
    rows = [s for s in (inner, inner + h) if s <= 0.48] or [inner]
    return tuple(x for s in rows for x in (-s, s)), h


def _ink(colour) -> tuple:
    """A lane's colour darkened enough to read as text on white (pale shades otherwise vanish)."""
    r, g, b = mpl.colors.to_rgb(colour)
    k = min(1.0, 0.45 / max(0.2126 * r + 0.7152 * g + 0.0722 * b, 1e-6))
    return (r * k, g * k, b * k) if k < 1 else (r, g, b)


def timeline_chart(ev: pd.DataFrame, order: list[str], labels: dict | None = None,
                   title: str = "When things happened, by article", window: tuple | None = None,
                   unlabelled: tuple | None = None):
    """One lane per article that dates something (reading order); a bar for a month- or year-wide date,
    a dot for a day, a black diamond for the publication date; short words (the time expression) as labels,
    in the lane's colour, placed beside the mark where they overlap no other label (:func:`_label_slots`),
    else left off and counted in the note under the title.

    The axis spans where the events are: events far outside the bulk are left out of the drawing and
    counted in a note under the title. With ``window`` (``news_window(ev)``), the axis spans those days
    and only the dates that fit in half of it are drawn (a year-wide "2016" would cover it all). Dates inside
    ``unlabelled`` (a span drawn in detail by another chart) get no label. Returns the
    figure; articles with no date drawn get no lane (a note under the title counts those dated outside the span;
    list the undated ones under the chart).
    """
    labels = labels or {}
    dated = ev[ev["earliest"].notna()].copy()
    if dated.empty:
        return _no_dates_chart()
    lo, hi, inside = _timeline_span(dated, window)
    outside, dated = dated[~inside], dated[inside]
    lanes_ids = [d for d in order if (dated["doc_id"] == d).any()]  # no empty lane for an article dated elsewhere
    height = _size(len(lanes_ids), 0.55, 1.6)
    fig, ax = plt.subplots(figsize=(11, height))
    colours = article_colours(order)
    span = mdates.date2num(lo), mdates.date2num(hi + pd.Timedelta(days=1))
    crowded = _draw_events(ax, dated, lanes_ids, colours, span, unlabelled, _label_slots(len(lanes_ids), height))
    _timeline_axes(ax, lanes_ids, labels, colours, span)
    note = _timeline_note(outside, lanes_ids, window, crowded)
    ax.set_title(title + "\n(bar = month- or year-wide date, dot = a day, ◆ = publication)" + note, fontsize=10)
    fig.tight_layout()
    return fig


def _no_dates_chart():
    """The timeline's stand-in when no event has a date: an empty figure, as wide as a timeline, that says
    "no dated events"."""
    fig, ax = plt.subplots(figsize=(11, _size(0, 0.55, 1.6)))
    ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def _timeline_span(dated: pd.DataFrame, window: tuple | None) -> tuple[pd.Timestamp, pd.Timestamp, pd.Series]:
    """The first and last day of the timeline's axis, and which of the ``dated`` events it draws (a boolean
    Series on their index). With ``window``: its days, and the events wholly inside it and no wider than
    half of it. Without: the bulk of the dates (:func:`_core_range`) and every event that touches it, so an
    event reaching past either end is drawn cut at the axis edge."""
    if window is not None:
        lo, hi = window
        inside = ((dated["earliest"] >= lo) & (dated["latest"] <= hi)
                  & (dated["latest"] - dated["earliest"] <= (hi - lo) / 2))
    else:
        lo, hi = _core_range(pd.concat([dated["earliest"], dated["latest"]]))
        inside = (dated["latest"] >= lo) & (dated["earliest"] <= hi)
    return lo, hi, inside


def _draw_events(ax, dated: pd.DataFrame, lanes_ids: list[str], colours: dict, span: tuple[float, float],
                 unlabelled: tuple | None, slots: tuple[tuple[float, ...], float]) -> int:
    """Draw each event of ``dated`` (earliest first) in its lane: its mark (:func:`_draw_mark`, cut to ``span``,
    the axis's ends as date numbers) and, unless it is a publication or inside ``unlabelled``, its time
    expression where it fits (``slots``: :func:`_label_slots`), once per lane, place and words. Returns how
    many labels were left off for want of room."""
    a0, b0 = span
    offsets, tall = slots
    lanes = {d: i for i, d in enumerate(lanes_ids)}
    per_char = max(b0 - a0, 1) * _CHAR_INCHES / _AXES_INCHES  # a label character's width, in days
    placed: list[tuple[float, float, float]] = []  # (x, y, half width) of each label drawn
    said: set[tuple] = set()
    crowded = 0
    for r in dated.sort_values("earliest").itertuples():
        y, c = lanes[r.doc_id], colours[r.doc_id]
        a = max(mdates.date2num(r.earliest), a0)
        b = min(mdates.date2num(r.latest + pd.Timedelta(days=1)), b0)
        _draw_mark(ax, r.kind, y, a, b, c)
        x = (a + b) / 2
        if r.kind == "publication" or (unlabelled is not None and r.earliest >= unlabelled[0]
                                       and r.latest <= unlabelled[1]):
            continue
        text = short(r.timex, 18)
        if (y, round(x, 1), text.lower()) in said:
            continue  # "Monday" told again in the article for the same day: one label
        said.add((y, round(x, 1), text.lower()))
        half = len(text) * per_char / 2
        spot = _label_spot(placed, x, y, half, offsets, tall)
        if spot is None:
            crowded += 1  # a crowded spot: the table below the chart has every event
            continue
        placed.append((x, spot, half))
        ax.text(x, spot, text, ha="center", va="center", fontsize=_LABEL_FONT, color=_ink(c),
                bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.8))
    return crowded


def _draw_mark(ax, kind: str, y: float, a: float, b: float, colour) -> None:
    """One event's mark in lane ``y``, from ``a`` to ``b`` (date numbers, already cut to the axis): a black
    diamond at the middle for a publication date, a bar in ``colour`` for anything wider than a day and a
    half, else a dot at the middle (a day, under its label)."""
    if kind == "publication":
        ax.scatter([(a + b) / 2], [y], marker="D", s=50, color="black", zorder=4)
    elif b - a > 1.5:
        ax.barh(y, b - a, left=a, height=0.26, color=colour, alpha=0.5, edgecolor=colour)
    else:
        ax.scatter([(a + b) / 2], [y], s=45, color=colour, zorder=3)


def _label_spot(placed: list[tuple[float, float, float]], x: float, y: float, half: float,
                offsets: tuple[float, ...], tall: float) -> float | None:
    """The height for a label centred on ``x`` with half-width ``half`` (in days), in lane ``y``: the first of
    ``y`` plus each of ``offsets`` that is clear of every label in ``placed`` (x, height, half-width), in
    this lane and the next ones, else None. Limit: widths are estimated from the number of characters, so a
    label of wide letters may still touch its neighbour."""
    free = [y + s for s in offsets
            if all(abs(x - px) >= half + pw or abs(y + s - py) >= tall for px, py, pw in placed)]
    return free[0] if free else None


def _timeline_axes(ax, lanes_ids: list[str], labels: dict, colours: dict, span: tuple[float, float]) -> None:
    """The timeline's frame: lane names (shortened, in each article's colour) down the left, first lane at the
    top, the date axis over ``span`` (date numbers) with a small margin each side, and light vertical grid
    lines at the dates matplotlib picks."""
    a0, b0 = span
    gap = max(b0 - a0, 1) * 0.06
    ax.set_yticks(range(len(lanes_ids)), [short(labels.get(d, d), 26) for d in lanes_ids], fontsize=8)
    for tick, d in zip(ax.get_yticklabels(), lanes_ids):
        tick.set_color(colours[d])
    ax.set_ylim(len(lanes_ids) - 0.4, -0.6)
    ax.set_xlim(a0 - gap / 2, b0 + gap / 2)
    loc = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)


def _timeline_note(outside: pd.DataFrame, lanes_ids: list[str], window: tuple | None, crowded: int) -> str:
    """The lines under the timeline's title, each starting with a line break (empty when there is nothing to
    say): how many dated events are not drawn and the days they span, how many articles lost their lane
    to that, and how many labels were left off (``crowded``)."""
    note = ""
    if len(outside):
        where = "wider than these days or outside them" if window is not None else "outside this span"
        # one short line per fact: a single long line ran past the 11-inch figure's edge
        note = (f"\n{len(outside)} dated mention(s) {where} not drawn "
                f"\n(from {outside['earliest'].min().date()} to {outside['latest'].max().date()}; see the table)")
        gone = outside["doc_id"].nunique() - outside.loc[outside["doc_id"].isin(lanes_ids), "doc_id"].nunique()
        note += f"\n{gone} article(s) with no date in this span have no lane" if gone else ""
    if crowded:
        note += f"\n{crowded} label(s) left off where they would overlap (the table has every date)"
    return note


def length_chart(articles: pd.DataFrame, order: list[str], labels: dict, colours: dict):
    """Words and sentences of each article (``articles``: the corpus's article table), side by side, in
    reading order, one bar per article in its colour."""
    a = articles.set_index("doc_id").loc[order]
    fig, axes = plt.subplots(1, 2, figsize=(10, min(MAX_INCHES, 1.2 + 0.28 * len(order))), sharey=True)
    names = [short(labels[d], 30) for d in order]
    for ax, col in zip(axes, ("n_words", "n_sentences")):
        ax.barh(names, a[col], color=[colours[d] for d in order])
        ax.set_title(col[2:])
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(axis="y", labelsize=8 if len(order) <= 30 else 6)
    axes[0].invert_yaxis()
    fig.tight_layout()
    return fig


#: Most stories of a folder that get timeline charts of their own; the articles of the others share one set.
MAX_STORY_TIMELINES = 6


def timelines(ev: pd.DataFrame, order: list[str], labels: dict, long_view: bool = True,
              stories: dict | None = None) -> list:
    """The timeline charts of the events ``ev``: the days around publication when the articles also reach
    far back or ahead (:func:`news_window`), and with ``long_view`` the whole span with those days left
    unlabelled. No resolved date: no chart (an empty list).

    With ``stories`` (``{doc_id: story}``, ``stories.story_of``) and a folder that mixes stories, each story
    with two or more articles of known publication date gets its own charts on its own axis, largest first
    (at most ``MAX_STORY_TIMELINES``), its name in the title; the other articles (alone in their story, the only
    one of theirs with a publication date, or of the stories beyond that) share a last set. On one axis, a
    story of 2006 and one of 2012 would each shrink to a dot. Limits: the stories are
    ``stories.story_groups``', so two stories joined by one bridge pair share a chart."""
    if not ev["earliest"].notna().any():
        return []
    figs = []
    for heading, ids in _story_parts(ev, order, stories):
        part = ev[ev["doc_id"].isin(ids)]
        if part["earliest"].notna().any():
            figs += _timeline_set(part, order, labels, long_view, heading)
    return figs


def _story_parts(ev: pd.DataFrame, order: list[str], stories: dict | None) -> list[tuple[str, list[str]]]:
    """(heading, doc ids) for each set of timeline charts: one set for the whole folder (no heading) unless
    ``stories`` puts the dated articles in several stories, one of them with two or more articles of known
    publication date (a story with one, as METER's wire copy among undated newspapers, would get a chart of
    the days around publication with one lane: such stories share the last set)."""
    dated = set(ev.loc[ev["earliest"].notna(), "doc_id"])
    if not stories or len({stories.get(d) for d in dated}) < 2:
        return [("", list(order))]
    size = Counter(stories.get(d) for d in order)
    first = {}
    for k, d in enumerate(order):
        first.setdefault(stories.get(d), k)
    published = ev["earliest"].notna() & (ev["kind"] == "publication") if "kind" in ev else ev["earliest"].notna()
    lanes = Counter(stories.get(d) for d in set(ev.loc[published, "doc_id"]))
    shared = sorted((s for s in lanes if s is not None and lanes[s] >= 2), key=lambda s: (-size[s], first[s]))
    if not shared:
        return [("", list(order))]
    own = shared[:MAX_STORY_TIMELINES]
    parts = [(f"Story {s} ({size[s]} articles) · ", [d for d in order if stories.get(d) == s]) for s in own]
    rest = [d for d in order if stories.get(d) not in own]
    if rest:
        heading = ("Articles alone in their story · " if all(size[stories.get(d)] == 1 for d in rest)
                   else "The other articles · ")
        parts.append((heading, rest))
    return parts


def _timeline_set(ev: pd.DataFrame, order: list[str], labels: dict, long_view: bool, heading: str = "") -> list:
    """The charts of :func:`timelines` for one set of articles, ``heading`` before each title."""
    window = news_window(ev)
    if window is None:  # the dates sit around publication: one chart tells it all
        return [timeline_chart(ev, order, labels, title=heading + "When things happened, by article")]
    near = timeline_chart(ev, order, labels, title=heading + "The days around publication", window=window)
    if not long_view:
        return [near]
    return [near, timeline_chart(ev, order, labels, unlabelled=window,
                                 title=heading + "The long view (the days around publication unlabelled)")]

