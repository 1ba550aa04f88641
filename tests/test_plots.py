"""Charts and rendered text: what a reader sees stays on the figure and reads as the article meant it."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

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


def test_a_near_miss_is_a_thin_dashed_arrow_with_a_key():
    """An independent article that may loosely rewrite another (``maybe_source``) gets a dashed arrow from
    that article, thinner than any retelling, and a line under the chart says what the dashes mean."""
    order = ["pa", "sun", "mirror"]
    graph = pd.DataFrame([dict(doc_id="pa", source="independent", reuse=0.1, maybe_source=""),
                          dict(doc_id="sun", source="pa", reuse=0.9, maybe_source=""),
                          dict(doc_id="mirror", source="independent", reuse=0.7, maybe_source="pa")])
    fig = plots.copy_graph_chart(graph, order, {d: d for d in order})
    fig.canvas.draw()
    ax = fig.axes[0]
    arrows = [t.arrow_patch for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    assert len(arrows) == 2
    solid, dashed = sorted(arrows, key=lambda a: a.get_linestyle() != "-")
    assert dashed.get_linestyle() != "-" and dashed.get_linewidth() < solid.get_linewidth()
    assert any("dashed arrow" in t.get_text() for t in ax.texts)
    plain = plots.copy_graph_chart(graph.assign(maybe_source=""), order, {d: d for d in order})
    assert not any("dashed arrow" in t.get_text() for t in plain.axes[0].texts)


def test_mentions_of_forty_articles_are_a_readable_grid_and_a_few_articles_keep_their_legend():
    """Past a dozen articles the stacked bars had no legend at all (40 colours cannot be told apart): the
    reader could not say which article named whom. Now a grid: one labelled column per article, the count
    written in each cell, article names that do not overlap, nothing off the figure."""
    import numpy as np
    articles = [f"The Daily Paper number {i}" for i in range(40)]
    counts = pd.DataFrame(np.arange(20 * 40).reshape(20, 40) % 3, index=[f"Person {i}" for i in range(20)],
                          columns=[f"d{i}" for i in range(40)])
    fig = plots.mentions_chart(counts, dict(zip(counts.columns, articles)))
    fig.canvas.draw()
    ax, renderer = fig.axes[0], fig.canvas.get_renderer()
    assert ax.get_legend() is None
    names = [t for t in ax.get_xticklabels() if t.get_text()]
    assert [t.get_text() for t in names] == [plots.short(a, 28) for a in articles]
    boxes = [t.get_window_extent(renderer) for t in names]
    assert all(a.x1 <= b.x0 + 0.5 for a, b in zip(boxes, boxes[1:])), "article names overlap"
    cells = [t for t in ax.texts if t.get_text().isdigit()]
    assert len(cells) == int((counts > 0).to_numpy().sum()) + 20  # every non-zero cell, and a total per row
    for t in cells + names:
        box = t.get_window_extent(renderer)
        assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 and fig.bbox.y0 <= box.y0 and box.y1 <= fig.bbox.y1
    few = plots.mentions_chart(counts.iloc[:, :5], dict(zip(counts.columns, articles)))
    assert [t.get_text() for t in few.axes[0].get_legend().get_texts()] == [plots.short(a, 26) for a in articles[:5]]


def test_a_wire_dash_is_shown_as_a_dash_and_underscores_in_names_stay():
    from helpers.report import render
    assert render.esc("the bombing _ the worst in years _ killed 12") == "the bombing – the worst in years – killed 12"
    assert render.esc("PA_pancake and snake_case") == "PA_pancake and snake_case"
    out = render.highlight("Police said _ wrongly _ that <b>", [(0, 6)])
    assert out == '<mark class="shared">Police</mark> said – wrongly – that &lt;b&gt;'


def test_a_chart_label_shows_a_wire_dash_as_a_dash():
    assert plots.short("MISSING WIFE _ HUSBAND GETS 18 MONTHS", 40) == "MISSING WIFE – HUSBAND GETS 18 MONTHS"


def test_articles_linked_by_arrows_are_drawn_together_in_their_colours():
    """meter_40 (ten stories): the wire stories sat at the top and their arrows ran down across every other
    story. Articles linked by arrows now share a block of rows, each block at its earliest article's place,
    so arrows stay within their story; an article keeps the colour it has in every other chart."""
    order = ["pa1", "pa2", "a1", "b1", "a2", "b2", "lone"]
    graph = pd.DataFrame([dict(doc_id="a1", source="pa1", reuse=0.8), dict(doc_id="a2", source="a1", reuse=0.8),
                          dict(doc_id="b1", source="pa2", reuse=0.8), dict(doc_id="b2", source="", reuse=0.1,
                                                                              maybe_source="pa2")])
    assert plots._linked_together(graph, order) == ["pa1", "a1", "a2", "pa2", "b1", "b2", "lone"]
    fig = plots.copy_graph_chart(graph, order, {d: d for d in order})
    ax = fig.axes[0]
    rows = {t.get_text().strip(): t.get_position()[1] for t in ax.texts if t.get_text().strip() in order}
    assert sorted(rows, key=rows.get) == ["pa1", "a1", "a2", "pa2", "b1", "b2", "lone"]
    dots = {round(float(c.get_offsets()[0][1])): tuple(c.get_facecolor()[0]) for c in ax.collections}
    colours = plots.article_colours(order)
    assert all(dots[round(rows[d])] == tuple(colours[d]) for d in order)


def test_a_label_in_a_script_the_chart_font_lacks_draws_without_a_warning():
    """Reader jr41 (a Korean page among 16): every report showed red "Glyph 50644 missing from font(s) DejaVu
    Sans" warnings, with the project's local path in them."""
    import io
    import warnings

    m = pd.DataFrame([[1.0, 0.2], [0.2, 1.0]], index=["a", "b"], columns=["a", "b"])
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")  # every warning, as a fresh kernel shows them; then the module's filter
        plots.quiet_missing_glyphs()
        fig = plots.heatmap(m, "similarity", {"a": "엔터 미디어", "b": "Vox"}).figure
        fig.tight_layout()
        fig.savefig(io.BytesIO(), format="png")
    assert not [w for w in seen if "Glyph" in str(w.message)], [str(w.message) for w in seen][:3]


def test_a_label_in_korean_is_drawn_in_an_installed_font_that_has_its_letters():
    """pages 16: the Korean page's title was drawn as boxes in every chart (DejaVu Sans has no Hangul), though
    the machine had a Korean font. Latin text keeps DejaVu Sans, so other charts do not change."""
    import io
    import warnings

    found = plots.use_script_fonts()
    assert plt.rcParams["font.family"][0] == "DejaVu Sans"
    if not any("CJK" in f or f in ("Apple SD Gothic Neo", "Malgun Gothic") for f in found):
        pytest.skip("no font with Korean letters on this machine")
    m = pd.DataFrame([[1.0, 0.2], [0.2, 1.0]], index=["a", "b"], columns=["a", "b"])
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")  # without the module's filter: a missing letter warns
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        fig = plots.heatmap(m, "similarity", {"a": "엘제이 진흙탕 싸움", "b": "Vox"}).figure
        fig.tight_layout()
        fig.savefig(io.BytesIO(), format="png")
    assert not [w for w in seen if "Glyph" in str(w.message)], [str(w.message) for w in seen][:3]
