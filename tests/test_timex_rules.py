"""The time grammar as data: every rule's examples, the table's shape, resolution as its own step."""
import datetime as dt

import pandas as pd
import pytest

from helpers import extract_timexes
from helpers.text.timex import RULES, TIMEX_COLUMNS, Reading, resolve
from helpers.text.timex_rules import EXAMPLE_REF, duration

EXAMPLES = [(r.name, text, value) for r in RULES for text, value in r.examples]


@pytest.mark.parametrize("name,text,value", EXAMPLES, ids=[f"{n}:{t}" for n, t, _ in EXAMPLES])
def test_rule_examples(name, text, value):
    t = extract_timexes(text, EXAMPLE_REF)
    hit = t[t["rule"] == name]
    assert len(hit), (name, t[["text", "value", "rule"]].to_dict("records"))
    assert value in set(hit["value"]), (name, hit[["text", "value"]].to_dict("records"))


def test_every_rule_has_examples_and_a_known_type():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        assert r.examples, r.name
        assert r.type in {"DATE", "TIME", "DURATION", "SET"}, r.name


def test_rule_column_and_documented_columns():
    t = extract_timexes("It rose 3% last week.", EXAMPLE_REF)
    assert list(t.columns) == TIMEX_COLUMNS
    assert list(t["rule"]) == ["rel_unit"]
    assert list(extract_timexes("", EXAMPLE_REF).columns) == TIMEX_COLUMNS


def test_resolution_is_a_step_of_its_own():
    october = Reading("DATE", "month", (10, None))
    assert resolve(october, dt.date(2009, 11, 5))[1] == "2009-10"
    assert resolve(october, dt.date(2009, 9, 5), "past")[1] == "2008-10"
    assert resolve(october, dt.date(2009, 9, 5))[1] == "2009-10"  # no tense: the nearer one
    assert resolve(october, dt.date(2010, 3, 5))[1] == "2009-10"  # five months back beats seven ahead
    assert resolve(october, dt.date(2009, 9, 5), "future")[1] == "2009-10"
    assert resolve(october, None)[1:] == ("XXXX-10", None, None, False)
    assert resolve(Reading("DATE", "shift", ("D", -1)), dt.date(2024, 3, 1))[1] == "2024-02-29"


@pytest.mark.parametrize("text,value", [
    ("Ten minutes earlier, the alarm rang.", "PT10M"),
    ("Two hours later the road reopened.", "PT2H"),
    ("The meeting lasted 45 minutes.", "PT45M"),
    ("It took three months.", "P3M"),
    ("a 30-second clip", "PT30S"),
])
def test_durations_keep_their_unit(text, value):
    t = extract_timexes(text, EXAMPLE_REF)
    assert list(t["value"]) == [value]
    assert list(t["type"]) == ["DURATION"]


def test_a_duration_before_its_signal_is_dated_relative_to_publication():
    from helpers.corpus.events import duration_days

    t = extract_timexes("Ten minutes earlier, the alarm rang.", EXAMPLE_REF)
    assert t["text"].tolist() == ["Ten minutes"]  # "earlier" stays out of the span, as a TIMEX3 signal
    lo, hi = duration_days(t["value"].iloc[0])
    assert hi < 0.01  # ten minutes, never 300 days


def test_minutes_are_never_months():
    assert duration(10, "minutes") == "PT10M"
    assert duration(10, "months") == "P10M"
    assert duration(2, "fortnights") == "P4W"
    assert duration(1.5, "fortnights") == "P3W"  # review: a fraction of a fortnight counts in weeks too


def test_ages_are_not_time_expressions():
    t = extract_timexes("The 6-year-old boy and his 44-year-old father, 52 years old, met for two days.", EXAMPLE_REF)
    assert list(t["value"]) == ["P2D"]


def test_tense_places_days_without_a_year():
    ref = dt.date(1999, 5, 6)
    past = extract_timexes("Police searched the area after the Oct. 23 slaying.", ref)
    assert list(past["value"]) == ["1998-10-23"]
    future = extract_timexes("The deal will be finalized by June 10.", ref)
    assert list(future["value"]) == ["1999-06-10"]
    near = extract_timexes("The vote on May 9.", ref)
    assert list(near["value"]) == ["1999-05-09"]


def test_spans_leave_out_prepositions_and_keep_hedges():
    t = extract_timexes("It has risen since 1997, for nearly four years, and fell more than two hours ago.", EXAMPLE_REF)
    assert list(t["text"]) == ["1997", "nearly four years", "more than two hours"]


def test_that_year_takes_the_last_year_written():
    t = extract_timexes("He fled in June 1998 and returned later that year.", EXAMPLE_REF)
    assert t[t["rule"] == "that_year"]["value"].tolist() == ["1998"]
    alone = extract_timexes("He returned later that year.", EXAMPLE_REF)
    assert alone["value"].tolist() == ["XXXX"] and not alone["resolved"].any()


def test_no_reference_date_keeps_placeholders():
    t = extract_timexes("He left on Monday, last week, at 10:30 this morning.", None)
    assert not t["resolved"].any()
    assert t["earliest"].isna().all()
    assert all("X" in v for v in t["value"])


def test_intervals_cover_the_value():
    t = extract_timexes("In the first half of 2008 and the third quarter of 2009.", EXAMPLE_REF)
    h1 = t[t["value"] == "2008-H1"].iloc[0]
    assert (h1.earliest, h1.latest) == (pd.Timestamp("2008-01-01"), pd.Timestamp("2008-06-30"))
    q3 = t[t["value"] == "2009-Q3"].iloc[0]
    assert (q3.earliest, q3.latest) == (pd.Timestamp("2009-07-01"), pd.Timestamp("2009-09-30"))


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back():
    t = extract_timexes("Profit rose in the third quarter to $5 million from $4 million a year earlier.", EXAMPLE_REF)
    assert t["value"].tolist() == ["2009-Q3", "2008-Q3"]
    alone = extract_timexes("It opened a year ago.", EXAMPLE_REF)
    assert alone["value"].tolist() == ["2008"]


def test_a_weekday_a_full_date_does_not_fall_on_is_read_apart():
    """A headline's weekday before the dateline ("closed until Friday September 18, 2008 The ..."; the 18th
    was a Thursday) is its own expression; a weekday that matches its date stays part of it."""
    t = extract_timexes("Markets to remain closed until Friday September 18, 2008 The government said so.", "2008-09-18")
    assert list(zip(t["text"], t["value"])) == [("Friday", "2008-09-19"), ("September 18, 2008", "2008-09-18")], t
    t = extract_timexes("The vote on Thursday, 18 September 2008 was close.", "2008-09-20")
    assert list(zip(t["text"], t["value"])) == [("Thursday, 18 September 2008", "2008-09-18")], t


def test_a_holiday_before_a_plural_noun_names_things_not_a_day():
    """'Christmas trees from Oregon', 'Easter eggs' are no dates; 'the Christmas holidays' still is one."""
    assert extract_timexes("They sell Christmas trees from Oregon and Easter eggs.", EXAMPLE_REF).empty
    assert list(extract_timexes("They met over the Christmas holidays.", EXAMPLE_REF)["text"]) == ["Christmas"]


def test_review_r5_holidays_weekday_slips():
    """'at Christmas this year' keeps Christmas (only nouns of things follow a holiday that names them); a
    weekday set off by a comma before a full date it does not fall on is a slip, not a second date."""
    assert "Christmas" in list(extract_timexes("They met at Christmas this year.", EXAMPLE_REF)["text"])
    t = extract_timexes("On Tuesday, March 6, 2019, the council voted.", "2019-03-13")
    assert list(t["value"]) == ["2019-03-06"], t


def test_the_day_before_last_weekday_is_a_day_before_that_weekday_not_two_days_ago():
    """TimeBank: "The day before last Tuesday's federal court hearing" is the Monday before that Tuesday; "the
    day before last" alone is two days ago."""
    t = extract_timexes("The day before last Tuesday's hearing, he left. He called the day before last.", EXAMPLE_REF)
    assert t[["text", "value"]].values.tolist() == [["The day before last Tuesday", "2009-11-02"],
                                                    ["the day before last", "2009-11-03"]], t
