"""Charts for the notebooks (matplotlib). Each function draws one figure and returns it.

Limits: labels are shortened doc_ids; with more than ~15 articles the heatmap gets crowded.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

STATUS_COLOURS = {"verbatim": "#1b7837", "retold": "#4c78a8", "only_a": "#d62728", "only_b": "#d62728"}


def short(doc_id: str, n: int = 14) -> str:
    return doc_id if len(doc_id) <= n else doc_id[: n - 1] + "…"


def heatmap(matrix: pd.DataFrame, title: str, ax=None):
    """A labelled similarity heatmap with the score written in each cell."""
    n = len(matrix)
    if ax is None:
        _, ax = plt.subplots(figsize=(1.6 + 0.9 * n, 1.2 + 0.8 * n))
    im = ax.imshow(matrix.values, vmin=0, vmax=1, cmap="Blues")
    labels = [short(d) for d in matrix.index]
    ax.set_xticks(range(n), labels, rotation=30, ha="right")
    ax.set_yticks(range(n), labels)
    for i in range(n):
        for j in range(n):
            v = matrix.values[i, j]
            ax.text(j, i, f"{v:.2f}", ha="center", va="center", color="white" if v > 0.6 else "black", fontsize=9)
    ax.set_title(title)
    plt.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    return ax.figure


def alignment_chart(al: pd.DataFrame, n_a: int, n_b: int, a: str, b: str):
    """Sentences of ``a`` (left) and ``b`` (right) in story order, with a line per retold pair.

    Crossing lines show reordering, fans show merges and splits, red dots show one-sided sentences.
    """
    h = max(n_a, n_b)
    fig, ax = plt.subplots(figsize=(6.5, 1.2 + 0.28 * h))
    ya = lambda i: h - 1 - i * (h - 1) / max(n_a - 1, 1)
    yb = lambda j: h - 1 - j * (h - 1) / max(n_b - 1, 1)
    for r in al.dropna(subset=["a_sent", "b_sent"]).itertuples():
        ax.plot([0, 1], [ya(r.a_sent), yb(r.b_sent)], color=STATUS_COLOURS[r.status],
                alpha=0.25 + 0.75 * min(1.0, r.score / 0.6), lw=1 + 3 * min(1.0, r.score))
    one_a = set(al.loc[al.status == "only_a", "a_sent"].dropna().astype(int))
    one_b = set(al.loc[al.status == "only_b", "b_sent"].dropna().astype(int))
    for i in range(n_a):
        ax.scatter(0, ya(i), s=40, color="#d62728" if i in one_a else "#333", zorder=3)
        ax.text(-0.04, ya(i), str(i), ha="right", va="center", fontsize=8)
    for j in range(n_b):
        ax.scatter(1, yb(j), s=40, color="#d62728" if j in one_b else "#333", zorder=3)
        ax.text(1.04, yb(j), str(j), ha="left", va="center", fontsize=8)
    ax.set_xlim(-0.4, 1.4)
    ax.set_xticks([0, 1], [short(a, 22), short(b, 22)])
    ax.set_yticks([])
    for s in ("top", "right", "left"):
        ax.spines[s].set_visible(False)
    ax.set_title("Sentence alignment (first sentence at the top)\nline = retold (darker = closer wording); red = one-sided")
    fig.tight_layout()
    return fig


def mentions_chart(counts: pd.DataFrame, title: str = "Mentions per figure and article"):
    """Horizontal grouped bars: one group per figure, one bar per article."""
    counts = counts.loc[counts.sum(axis=1).sort_values(ascending=True).index]
    n, k = counts.shape
    fig, ax = plt.subplots(figsize=(8, 1 + 0.35 * n * max(1, k) ** 0.5))
    height = 0.8 / max(k, 1)
    for c, col in enumerate(counts.columns):
        ax.barh(np.arange(n) + c * height, counts[col].values, height=height, label=short(col, 22))
    ax.set_yticks(np.arange(n) + 0.4 - height / 2, counts.index)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def timeline_chart(ev: pd.DataFrame, doc_ids: list[str], title: str = "When things happened, by article"):
    """One lane per article; a bar for month/year-wide intervals, a dot for a day; publication dates
    as a black diamond. Labels are event ids (the table below the chart gives the words), put above
    or below the mark on the side of its lane with room, a row further out when both sides are
    crowded, so that close events stay readable."""
    import matplotlib.dates as mdates

    dated = ev[ev["earliest"].notna()].copy()
    fig, ax = plt.subplots(figsize=(11, 1.4 + 0.9 * len(doc_ids)))
    if dated.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    lanes = {d: i for i, d in enumerate(doc_ids)}
    colours = plt.get_cmap("tab10")
    lo, hi = mdates.date2num(dated["earliest"].min()), mdates.date2num(dated["latest"].max())
    gap = max(hi - lo, 1) * 0.04  # labels closer than this on one side of a lane would overlap
    placed: dict[tuple, list[float]] = {}  # (lane, side) -> x of the labels put there
    for r in dated.sort_values("earliest").itertuples():
        y = lanes.get(r.doc_id)
        if y is None:
            continue
        a, b = mdates.date2num(r.earliest), mdates.date2num(r.latest + pd.Timedelta(days=1))
        c = colours(y % 10)
        if r.kind == "publication":
            ax.scatter([a], [y], marker="D", s=70, color="black", zorder=4)
        elif b - a > 1.5:
            ax.barh(y, b - a, left=a, height=0.28, color=c, alpha=0.55, edgecolor=c)
        else:
            ax.scatter([a], [y], s=55, color=c, zorder=3)
        x = (a + b) / 2
        # above or below the mark, whichever side of this lane has room; a further row when neither has
        tier, side = min(((sum(abs(x - p) < gap for p in placed.get((y, sd), [])), sd) for sd in (-1, 1)),
                         key=lambda t: (t[0], -len(placed.get((y, t[1]), []))))
        placed.setdefault((y, side), []).append(x)
        off = side * (0.27 + 0.14 * tier)
        ax.text(x, y + off, r.event_id, ha="center", va="center", fontsize=8,
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8))
    ax.set_yticks(range(len(doc_ids)), [short(d, 22) for d in doc_ids])
    ax.set_ylim(-0.8, len(doc_ids) - 0.2)
    ax.invert_yaxis()
    loc = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title + "\n(bar = month- or year-wide date, dot = a day, ◆ = publication; labels = event ids)")
    fig.tight_layout()
    return fig
