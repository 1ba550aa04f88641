"""Charts: what a reader sees stays on the figure."""
import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402

from helpers.report import plots  # noqa: E402


def test_copy_graph_arrows_stay_left_of_the_dots_and_on_the_figure():
    """40 articles, arrows from the first to every other one and one pointing up from the last: each arc
    bulges left of the dots (never across the labels) and no part leaves the figure."""
    order = [f"d{i}" for i in range(40)]
    rows = [dict(doc_id=d, source="d0" if i % 2 else "", reuse=0.5) for i, d in enumerate(order)]
    rows.append(dict(doc_id="d3", source="d39", reuse=0.9))
    fig = plots.copy_graph_chart(pd.DataFrame(rows), order, {d: d for d in order})
    fig.canvas.draw()
    ax, renderer = fig.axes[0], fig.canvas.get_renderer()
    dots_x = ax.transData.transform((0, 0))[0]
    arrows = [t.arrow_patch for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    assert len(arrows) == 21
    for arrow in arrows:
        box = arrow.get_window_extent(renderer)
        assert box.x0 >= fig.bbox.x0
        assert box.x1 <= dots_x + 2  # the arrow head may touch the dot
