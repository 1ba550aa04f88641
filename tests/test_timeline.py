"""Time expressions against the gold and tricky inputs; events and timeline export."""
import datetime as dt

import pandas as pd
import pytest

from conftest import GOLD, locate
from helpers import events, extract_timexes, timexes

REF = dt.date(2025, 4, 28)


def test_gold_timexes(corpus):
    t = timexes(corpus)
    for g in GOLD["timexes"]:
        s, e = locate(corpus.text(g["doc"]), g["text"])
        hit = t[(t.doc_id == g["doc"]) & (t.start < e) & (t.end > s)]
        assert len(hit) >= 1, g
        assert ((hit.type == g["type"]) & (hit.value == g["value"])).any(), (g, hit[["text", "type", "value"]])


def _gold_interval(date_text: str):
    d = date_text.split(" ")[0]
    p = pd.Period(d, freq={4: "Y", 7: "M", 10: "D"}[len(d)])
    return p.start_time, p.end_time


def test_gold_events(corpus):
    ev = events(corpus)
    ids_for = {}
    for g in GOLD["events"]:
        lo, hi = _gold_interval(g["date"])
        dated = ev[ev.earliest.notna() & (ev.earliest <= hi) & (ev.latest >= lo)]
        assert set(g["docs"]) <= set(ev[ev.event_id.isin(dated.event_id)].doc_id), g
        # within the gold interval (allowing the "beginning of the year" third)
        assert (dated.latest - dated.earliest).dt.days.min() <= 366
        ids_for[g["event"]] = set(dated.event_id)
    first = ids_for["First reports of North Korean troops in Russia"]
    both = ev[ev.event_id.isin(first)].groupby("event_id").doc_id.nunique()
    assert (both == 2).any(), "October 2024 told by both articles is one event"


@pytest.mark.parametrize("text,typ,value", [
    ("It happened last October.", "DATE", "2024-10"),
    ("They met in October.", "DATE", "2024-10"),
    ("They will meet in October.", "DATE", "2025-10"),
    ("It ended three weeks ago.", "DATE", "2025-W15"),
    ("Sales fell last week.", "DATE", "2025-W17"),
    ("The vote is next year.", "DATE", "2026"),
    ("He spoke on Monday.", "DATE", "2025-04-28"),
    ("He spoke on Friday.", "DATE", "2025-04-25"),
    ("It rained yesterday.", "DATE", "2025-04-27"),
    ("Prices rose earlier this month.", "DATE", "2025-04"),
    ("At the end of the year it closed.", "DATE", "2025"),
    ("On 3 March 2021 it began.", "DATE", "2021-03-03"),
    ("On March 3, 2021 it began.", "DATE", "2021-03-03"),
    ("It began 2021-03-03.", "DATE", "2021-03-03"),
    ("Last summer was hot.", "DATE", "2024-SU"),
    ("Profits rose in the second quarter of 2024.", "DATE", "2024-Q2"),
    ("Music of the 1990s.", "DATE", "199"),
    ("The talks lasted two hours.", "DURATION", "PT2H"),
    ("It took several months.", "DURATION", "PXM"),
    ("Officials previously said so.", "DATE", "PAST_REF"),
    ("It will change in the future.", "DATE", "FUTURE_REF"),
    ("The office is now closed.", "DATE", "PRESENT_REF"),
    ("The bus leaves at 10:30.", "TIME", "2025-04-28T10:30"),
    ("Trains run every day.", "SET", "P1D"),
    ("It delivers 15 a year.", "SET", "P1Y"),
    ("The vote is on May 2.", "DATE", "2025-05-02"),
    ("Sales in the last quarter fell.", "DATE", "2025-Q1"),
    ("Growth over the past decade was slow.", "DURATION", "P10Y"),
    ("It was dated 7/8/07.", "DATE", "2007-07-08"),
    ("Prices rose over the next six months.", "DURATION", "P6M"),
    ("a decades-long dispute", "DURATION", "PXY"),
    ("Trading closed at 18:00 UTC.", "TIME", "2025-04-28T18:00Z"),
    ("The plane landed at 6:40 p.m. (GMT+8).", "TIME", "2025-04-28T10:40Z"),
    ("Shares fell earlier today.", "DATE", "2025-04-28"),
    ("The index ended the day 2% lower.", "DATE", "2025-04-28"),
    ("The same day, the bank cut rates.", "DATE", "2025-04-28"),
    ("The project is two and a half years late.", "DURATION", "P2Y6M"),
    ("It took a year and a half.", "DURATION", "P1Y6M"),
    ("Results for the fourth quarter were weak.", "DATE", "2024-Q4"),
    ("Third-quarter profit rose.", "DATE", "2024-Q3"),  # past tense: the latest third quarter begun
    ("The delay lasted between 60 and 90 days.", "DURATION", "P60D"),
    ("The delay lasted between 60 and 90 days.", "DURATION", "P90D"),
    ("Stocks fell for six straight days.", "DURATION", "P6D"),
    ("It is the lowest level since '82.", "DATE", "1982"),
    ("It was signed on February 29.", "DATE", "2024-02-29"),
    ("The shares rose in morning trading.", "TIME", "2025-04-28TMO"),
    ("Lending is frozen for the time being.", "DATE", "PRESENT_REF"),
    ("Growth looks weak in the near term.", "DATE", "FUTURE_REF"),
    ("He will speak on Monday.", "DATE", "2025-04-28"),
    ("Talks went on over the weekend.", "DATE", "2025-W17-WE"),
    ("Prices fell in their January sales.", "DATE", "2025-01"),
    ("It fell for a decade.", "DURATION", "P10Y"),
])
def test_expressions(text, typ, value):
    t = extract_timexes(text, REF)
    assert ((t.type == typ) & (t.value == value)).any(), t[["text", "type", "value"]].to_dict("records")


def test_no_reference_date_stays_relative():
    t = extract_timexes("It happened last October, two days ago.", None)
    assert not t.resolved.all()
    oct_ = t[t.text.str.contains("October")].iloc[0]
    assert oct_.value == "XXXX-10" and pd.isna(oct_.earliest)


def test_date_after_publication_and_range():
    t = extract_timexes("The summit is scheduled for June 2026. It ran from May to July 2024.", REF)
    assert "2026-06" in set(t.value)
    assert {"2024-05", "2024-07"} <= set(t.value)


def test_ambiguous_may_is_not_a_date():
    text = "Officials may decide soon; in May they met."
    t = extract_timexes(text, REF)
    assert text.index("may") not in set(t.start)  # the verb
    assert list(t[t.text == "May"].value) == ["2024-05"]  # the month, most recent before 28 April 2025


def test_offsets_and_empty():
    text = "Since last year, prices rose."
    for r in extract_timexes(text, REF).itertuples():
        assert text[r.start:r.end] == r.text
    assert extract_timexes("", REF).empty


@pytest.mark.parametrize("text,not_value", [
    ("This may change soon.", "2025-05"),
    ("Trading stopped for a second consecutive day.", "PT1S"),
    ("The Russell 2000 index fell.", "2000"),
    ("The firm cut about a quarter of its staff.", "P1Q"),
    ("The now-cancelled deal was signed.", "PRESENT_REF"),
    ("She backed a $15-an-hour minimum wage.", "PT1H"),  # a rate of pay, no duration
    ("The $10-a-day parking fee was dropped.", "P1D"),
])
def test_not_time_expressions(text, not_value):
    t = extract_timexes(text, REF)
    assert not_value not in set(t.value), t[["text", "type", "value"]].to_dict("records")


def test_anaphoric_expressions_take_the_last_named_period():
    text = ("Shares fell on Oct. 10, 2008. They recovered by the end of the day. The next morning they fell "
            "again. Profit rose in the third quarter of 2007, and costs fell in the quarter. The following "
            "year it closed.")
    t = extract_timexes(text, REF).set_index("text")["value"]
    assert t["the end of the day"] == "2008-10-10"
    assert t["The next morning"] == "2008-10-11TMO"
    assert t["the quarter"] == "2007-Q3"
    assert t["The following year"] == "2008"


def test_anaphoric_expressions_without_an_anchor_use_the_reference_date():
    t = extract_timexes("The same day, the bank cut rates. The quarter was weak.", REF).set_index("text")["value"]
    assert t["The same day"] == "2025-04-28"
    assert t["The quarter"] == "2025-Q1"


def test_comparisons_do_not_anchor():
    text = "Profit rose in the third quarter of 2007 from the year-ago quarter. Costs fell in the quarter."
    t = extract_timexes(text, REF).set_index("text")["value"]
    assert t["the year-ago quarter"] == "2006-Q3"
    assert t["the quarter"] == "2007-Q3"


def test_news_window_only_when_the_articles_reach_far_back():
    from helpers.report import plots
    ts = pd.Timestamp

    def ev(rows):
        return pd.DataFrame([{"doc_id": d, "kind": k, "earliest": ts(a), "latest": ts(b), "timex": t}
                             for d, k, a, b, t in rows])
    near = ev([("a", "publication", "2016-09-20", "2016-09-20", "(publication date)"),
               ("b", "publication", "2016-09-22", "2016-09-22", "(publication date)"),
               ("a", "dated", "2016-09-18", "2016-09-18", "Sunday")])
    assert plots.news_window(near) is None  # one chart shows it all
    far = ev([("a", "publication", "2016-09-20", "2016-09-20", "(publication date)"),
              ("b", "publication", "2016-09-22", "2016-09-22", "(publication date)"),
              ("a", "dated", "2016-09-18", "2016-09-18", "Sunday"),
              ("b", "dated", "1994-01-01", "1994-12-31", "1994"),
              ("b", "dated", "2016-01-01", "2016-12-31", "this year")])
    lo, hi = plots.news_window(far)
    assert lo == ts("2016-09-20") - pd.Timedelta(days=plots.NEWS_BEFORE_DAYS)
    assert hi == ts("2016-09-22") + pd.Timedelta(days=plots.NEWS_AFTER_DAYS)
    fig = plots.timeline_chart(far, ["a", "b"], window=(lo, hi))
    title = fig.axes[0].get_title()
    assert "2 dated mention(s) wider than these days or outside them" in title, title  # 1994 and "this year"
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert "Sunday" in texts and "1994" not in texts
    long_view = plots.timeline_chart(far, ["a", "b"], unlabelled=(lo, hi))
    texts = {t.get_text() for t in long_view.axes[0].texts}
    assert "1994" in texts and "Sunday" not in texts


def test_a_duration_counted_from_another_event_is_not_dated_from_publication(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.events import events
    (tmp_path / "a.txt").write_text("Singer leaves clinic\n\nThe singer checked in and left two minutes later. "
                                    "Her lawyer spoke a week before the hearing.\n")
    (tmp_path / "metadata.csv").write_text("doc_id,published\na,2024-05-02\n")
    ev = events(load_corpus(tmp_path))
    assert (ev["kind"] == "publication").any()
    dated = ev[ev["kind"] == "dated"]
    assert not dated["timex"].str.contains("minutes|week", case=False).any(), dated[["timex", "value"]]


def test_the_shared_event_table_says_unresolved_and_drops_undated_publications():
    import pandas as pd
    from helpers.report.views import shared_events
    ev = pd.DataFrame({"event_id": ["E1", "E1", "E2", "E2", "E3"], "doc_id": ["a", "b", "a", "b", "a"],
                       "kind": ["publication", "publication", "dated", "dated", "dated"],
                       "timex": ["(publication date)", "(publication date)", "Friday", None, "May 3"],
                       "value": ["XXXX-XX-XX", "XXXX-XX-XX", "XXXX-XX-XX", None, "2024-05-03"],
                       "event": ["lead a", "lead b", "the fire", "the fire", "the vote"]})
    t = shared_events(ev, ["a", "b"], {"a": "A", "b": "B"})
    assert list(t["event"]) == ["E2"]
    assert t["when, by article"].iloc[0] == "A: Friday (unresolved) · B: (no date)"


def test_a_datelines_date_is_the_filing_day_not_an_events_date(tmp_path):
    """'QUILLBY, June 10 (AP) - ... fined on Monday': the event is Monday's; June 10 is when the story was
    filed, so another article's 'fined on Tuesday' conflicts instead of agreeing with June 10."""
    from helpers import events, facts, load_corpus
    from helpers.text.timex import in_dateline
    text = "QUILLBY, Ohio, June 10 (AP) - A firm was fined"
    assert in_dateline(text, text.index("June"), text.index(" (AP)"))
    assert not in_dateline("He said on June 10 - a day late - that", 11, 18)
    (tmp_path / "a.txt").write_text("Firm fined\n\nQUILLBY, June 10 (AP) - Tallow Foods was fined $1.4 million on "
                                    "Monday after a listeria outbreak.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Firm fined\n\nTallow Foods was fined $1.4 million on Tuesday after a listeria "
                                    "outbreak.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,published\na,2025-06-10\nb,2025-06-11\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    ev = events(corpus)
    assert "June 10" not in set(ev["timex"]), ev[["doc_id", "timex", "value"]]
    table, _ = facts(corpus)
    dates = table[table["kind"] == "date"]
    assert len(dates) and (dates["difference"] == "conflict").all(), table


def test_a_range_of_days_gives_both_days():
    import datetime as dt
    from helpers.text.timex import extract_timexes
    for text, want in (("The festival runs March 3-5.", ["2024-03-03", "2024-03-05"]),
                       ("Talks ran from March 3 to 5, 2023, in Geneva.", ["2023-03-03", "2023-03-05"]),
                       ("Between 3 and 5 March talks were held.", ["2024-03-03", "2024-03-05"])):
        got = extract_timexes(text, dt.date(2024, 6, 1))["value"].tolist()
        assert got == want, (text, got)
    got = extract_timexes("On March 3 and 15 people died.", dt.date(2024, 6, 1))["value"].tolist()
    assert got == ["2024-03-03"], got


def test_may_and_march_in_lower_case_are_verbs_and_an_aside_gives_no_tense():
    import datetime as dt
    from helpers.text.timex import extract_timexes
    for text in ("Children aged 3 to 5 may attend.", "As many as 20 may have died."):
        assert extract_timexes(text, dt.date(2024, 6, 12)).empty, text
    got = extract_timexes("Shares fell on March 3 to 5,000 points.", dt.date(2024, 6, 12))["value"].tolist()
    assert got == ["2024-03-03"], got
    got = extract_timexes("In September, the conference in Brighton, where activists gathered last autumn, will "
                          "debate the plan.", dt.date(2024, 6, 12))["value"].tolist()
    assert got[0] == "2024-09", got


def test_a_day_of_last_year_and_banknotes_in_the_plural():
    import datetime as dt
    from helpers.text.timex import extract_timexes
    got = extract_timexes("He announced on June 16th of last year that he would run.", dt.date(2016, 9, 20))
    assert got["value"].tolist() == ["2015-06-16"], got
    assert extract_timexes("The banknotes were $20s and $50s.", dt.date(2016, 9, 20)).empty
    got = extract_timexes("On March 3 last year's champion lost again.", dt.date(2009, 6, 10))["value"].tolist()
    assert got[0] == "2009-03-03", got  # "last year's champion": the year belongs to the champion


def test_that_night_after_a_month_is_a_night_of_that_month_not_of_publication():
    import datetime as dt
    from helpers.text.timex import extract_timexes, granularity
    got = extract_timexes("The crash happened in November 1997 near Leeds. That night, police closed the road.",
                          dt.date(1999, 11, 2))
    assert got["value"].tolist() == ["1997-11", "1997-11-XXTNI"], got
    assert granularity("1997-11-XXTNI") == "month"
    got = extract_timexes("They met on March 3. Later that day, talks ended.", dt.date(2009, 6, 1))
    assert got["value"].tolist()[-1] == "2009-03-03", got


def test_timeline_labels_never_overlap_and_a_day_told_again_is_labelled_once():
    from helpers.report import plots
    ts = pd.Timestamp
    rows = [("a", "publication", "2016-09-20", "2016-09-20", "(publication date)"),
            ("b", "publication", "2016-09-21", "2016-09-21", "(publication date)")]
    days = pd.date_range("2016-09-10", "2016-09-19")
    for doc in ("a", "b"):  # a busy lane: a long label on every day, some days told twice
        rows += [(doc, "dated", d, d, f"the day before yesterday {i}") for i, d in enumerate(days)]
        rows += [(doc, "dated", "2016-09-18", "2016-09-18", "Sunday")] * 3
    ev = pd.DataFrame([{"doc_id": d, "kind": k, "earliest": ts(a), "latest": ts(b), "timex": t}
                       for d, k, a, b, t in rows])
    fig = plots.timeline_chart(ev, ["a", "b"])
    fig.canvas.draw()
    texts = fig.axes[0].texts
    assert [t.get_text() for t in texts].count("Sunday") == 2  # once per article
    boxes = [t.get_window_extent() for t in texts]
    clash = [(texts[i].get_text(), texts[j].get_text()) for i in range(len(boxes)) for j in range(i)
             if boxes[i].overlaps(boxes[j])]
    assert not clash, clash
    assert len(texts) >= 6  # crowded, yet labelled


def test_an_article_dated_only_outside_the_drawn_days_gets_no_empty_lane():
    """Reader V11: the METER chart of the days around publication drew 18 empty newspaper lanes."""
    from helpers.report import plots
    ts = pd.Timestamp
    ev = pd.DataFrame([{"doc_id": d, "kind": k, "earliest": ts(a), "latest": ts(b), "timex": t} for d, k, a, b, t in [
        ("a", "publication", "2016-09-20", "2016-09-20", "(publication date)"),
        ("a", "dated", "2016-09-18", "2016-09-18", "Sunday"),
        ("b", "dated", "1994-01-01", "1994-12-31", "1994")]])
    window = plots.news_window(ev)
    fig = plots.timeline_chart(ev, ["a", "b"], {"a": "Alpha", "b": "Beta"}, window=window)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alpha"]
    assert "1 article(s) with no date in this span have no lane" in ax.get_title()


def test_a_lead_with_its_own_date_gets_one_event_not_a_second_on_the_publication_day(tmp_path):
    """Two articles whose leads say "on Thursday night": the happening is dated Thursday once per article; the
    publication rows only mark the publications (``(published)``) and are linked to nothing."""
    from helpers.corpus import load_corpus
    from helpers.corpus.events import PUBLISHED, events
    lead = "The singer Dana Orrell checked into the Harrow Vale clinic on Thursday night, her spokesman said."
    (tmp_path / "a.txt").write_text(f"Singer in clinic\n\n{lead} She will stay a month.\n")
    (tmp_path / "b.txt").write_text(f"Orrell enters rehab\n\n{lead} Fans sent flowers.\n")
    (tmp_path / "c.txt").write_text("Orrell fans gather\n\nFans of Dana Orrell gathered outside the clinic. "
                                    "They sang her songs.\n")
    (tmp_path / "metadata.csv").write_text("doc_id,published\na,2024-05-03\nb,2024-05-03\nc,2024-05-03\n")
    ev = events(load_corpus(tmp_path))
    pub = ev[ev["kind"] == "publication"].set_index("doc_id")
    assert pub.loc["a", "event"] == PUBLISHED and pub.loc["b", "event"] == PUBLISHED, pub[["event"]]
    assert pub.loc["c", "event"] != PUBLISHED  # an undated lead is still dated by its publication
    assert ev[ev["kind"] == "publication"].groupby("event_id")["doc_id"].nunique().max() == 1
    thursday = ev[(ev["kind"] == "dated") & (ev["timex"] == "Thursday night")]
    assert set(thursday["doc_id"]) == {"a", "b"} and thursday["event_id"].nunique() == 1, thursday


def test_the_timeline_title_stays_inside_the_figure():
    """The note under the title (dates not drawn, articles with no lane) once ran past the right edge."""
    from helpers.report import plots
    ts = pd.Timestamp
    ev = pd.DataFrame([{"doc_id": d, "kind": k, "earliest": ts(a), "latest": ts(b), "timex": t}
                       for d, k, a, b, t in [
                           ("a", "publication", "2016-09-20", "2016-09-20", "(publication date)"),
                           ("a", "dated", "2016-09-18", "2016-09-18", "Sunday"),
                           ("b", "dated", "1994-01-01", "1994-12-31", "1994"),
                           ("c", "dated", "2016-01-01", "2016-12-31", "this year")]])
    fig = plots.timeline_chart(ev, ["a", "b", "c"], window=plots.news_window(ev))
    fig.canvas.draw()
    title = fig.axes[0].title
    assert "article(s) with no date in this span have no lane" in title.get_text()
    box, page = title.get_window_extent(), fig.bbox
    assert box.x0 >= page.x0 and box.x1 <= page.x1, (box, page)


def test_a_busy_timeline_of_forty_lanes_keeps_its_labels_apart_and_counts_those_left_off():
    """PolNeAR 40: the chart, capped in height, had lanes too thin for two rows of labels each side, and
    "Sunday morning" was drawn over "Sunday"."""
    from helpers.report import plots
    ts = pd.Timestamp
    rows = []
    for k in range(40):
        doc = f"d{k:02d}"
        rows.append((doc, "publication", "2016-09-20", "2016-09-20", "(publication date)"))
        rows += [(doc, "dated", day, day, words) for day, words in [
            ("2016-09-18", "Sunday"), ("2016-09-18", "Sunday morning"), ("2016-09-18", "Sept. 18"),
            ("2016-09-19", "Monday night"), ("2016-09-17", "last weekend")]]
    ev = pd.DataFrame([{"doc_id": d, "kind": k, "earliest": ts(a), "latest": ts(b), "timex": t}
                       for d, k, a, b, t in rows])
    fig = plots.timeline_chart(ev, sorted(ev["doc_id"].unique()))
    fig.canvas.draw()
    texts = fig.axes[0].texts
    boxes = [t.get_window_extent() for t in texts]
    clash = [(texts[i].get_text(), texts[j].get_text()) for i in range(len(boxes)) for j in range(i)
             if boxes[i].overlaps(boxes[j])]
    assert not clash, clash[:5]
    assert len(texts) >= 80  # two labels a lane at least
    left_off = 40 * 5 - len(texts)
    assert f"{left_off} label(s) left off where they would overlap" in fig.axes[0].get_title()


def test_an_unresolved_date_agrees_with_the_dates_it_may_be_and_clashes_with_others():
    from helpers.text.timex import values_agree, values_clash
    assert values_agree("XXXX-12-13", "1999-12-13") and values_agree("1999-12-13", "XXXX-12")
    assert values_agree("XXXX-12-13TNI", "1999-12-13")
    assert not values_agree("XXXX-XX-XX", "1999-12-13")  # an unresolved "yesterday" says nothing
    assert not values_agree("XXXX-12-13", "1999-12-14") and values_clash("XXXX-12-13", "1999-12-14")
    assert not values_agree("1999-12-13", "1999-12-13")  # no placeholder: plain equality is the caller's
    assert not values_clash("1999-12-13", "1999-12-14")
    assert not values_clash("XXXX-WXX-5", "1999-11-05") and not values_agree("XXXX-WXX-5", "1999-11-05")
    assert not values_clash("XXXX-XX-XX", "1999-12-13") and not values_agree("PAST_REF", "1999")


def test_silent_articles_note_names_articles_without_dated_events_and_does_not_say_not_drawn():
    """An article whose only date is its publication has a lane (its ◆): the note lists it without calling it
    undrawn; an article with a dated event is not listed."""
    from helpers.report import views
    ev = pd.DataFrame({"doc_id": ["a", "b", "b"], "kind": ["publication", "publication", "mention"],
                       "earliest": pd.to_datetime(["2019-11-20", "2019-11-20", "2019-11-18"])})
    note = views.silent_articles_html(ev, ["a", "b"], {"a": "A Times", "b": "B Post"})
    assert "A Times" in note and "B Post" not in note
    assert "not drawn" not in note and "publication date" in note
    assert views.silent_articles_html(ev[ev["doc_id"] == "b"], ["b"], {"b": "B Post"}) == ""


def test_a_folder_of_several_stories_gets_a_timeline_per_story_on_its_own_dates(monkeypatch):
    """ECB+ folders mix stories years apart: on one axis each story shrank to a dot among lanes of the others."""
    from helpers.report import plots
    ts = pd.Timestamp
    rows = [(d, "publication", day, day, "(publication date)") for d, day in
            [("a", "2006-05-02"), ("b", "2006-05-03"), ("c", "2012-10-10"), ("d", "2012-10-11"), ("e", "2009-01-05")]]
    rows += [(d, "dated", day, day, "Monday") for d, day in
             [("a", "2006-05-01"), ("b", "2006-05-01"), ("c", "2012-10-08"), ("d", "2012-10-08"), ("e", "2009-01-05")]]
    ev = pd.DataFrame([{"doc_id": d, "kind": k, "earliest": ts(a), "latest": ts(b), "timex": t}
                       for d, k, a, b, t in rows])
    order, stories = list("abcde"), {"a": "S1", "b": "S1", "c": "S2", "d": "S2", "e": "S3"}
    figs = plots.timelines(ev, order, {d: d.upper() for d in order}, stories=stories)
    titles = [f.axes[0].get_title().split("\n")[0] for f in figs]
    lanes = [[t.get_text() for t in f.axes[0].get_yticklabels()] for f in figs]
    assert titles == ["Story S1 (2 articles) · When things happened, by article",
                      "Story S2 (2 articles) · When things happened, by article",
                      "Articles alone in their story · When things happened, by article"], titles
    assert lanes == [["A", "B"], ["C", "D"], ["E"]], lanes
    for f in figs:  # each on its own dates: no chart spans the six years between the stories
        lo, hi = f.axes[0].get_xlim()
        assert hi - lo < 60, (lo, hi)
    assert len(plots.timelines(ev, order, {d: d for d in order})) == 1  # no stories given: one chart
    alone = {d: f"S{k}" for k, d in enumerate(order)}  # every article alone: one chart, no heading
    assert [f.axes[0].get_title().split("\n")[0] for f in plots.timelines(ev, order, {}, stories=alone)] == \
        ["When things happened, by article"]
    one = plots.timelines(ev[ev["doc_id"] != "d"], order, {d: d.upper() for d in order}, stories=stories)
    assert [f.axes[0].get_title().split("\n")[0].split(" · ")[0] for f in one] == \
        ["Story S1 (2 articles)", "The other articles"]  # S2 has one dated article: no chart of one lane
    monkeypatch.setattr(plots, "MAX_STORY_TIMELINES", 1)  # stories past the cap share the last chart
    figs = plots.timelines(ev, order, {d: d.upper() for d in order}, stories=stories)
    assert [f.axes[0].get_title().split("\n")[0].split(" · ")[0] for f in figs] == \
        ["Story S1 (2 articles)", "The other articles"]
    assert [t.get_text() for t in figs[1].axes[0].get_yticklabels()] == ["C", "D", "E"]
    plots.plt.close("all")
