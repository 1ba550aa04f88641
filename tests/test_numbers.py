"""Numbers: figures in text and what is no figure (constructed text)."""
import pandas as pd

from helpers.text.numbers import extract_numbers


def test_the_generic_pronoun_one_is_no_figure_but_a_count_of_one_is():
    """Reader V6 (PolNeAR): "If one looks back" counted 1."""
    from helpers.text.numbers import extract_numbers
    got = extract_numbers("If one looks back, one sees three failures. One can argue it either way. "
                          "Two were hurt and one died. He has one son.")
    assert list(got["text"]) == ["three", "Two", "one", "one"], got


def test_a_hedge_after_the_figure_bounds_it_and_is_not_what_it_counts():
    """"70 years or more" is at least 70 years; "$100,000 or more" counts no "more"; "aged 16 or under" is at
    most 16; "12 or 13" stays two figures, not a hedge."""
    rows = {r.text: r for r in extract_numbers("The crew sailed for 70 years or more. Donors gave $100,000 or more. "
                                               "Boys aged 16 or under were barred.").itertuples()}
    assert (rows["70"].low, rows["70"].high, rows["70"].qualifier, rows["70"].counted) == (70, pd.NA, "or more", "years")
    assert rows["$100,000"].qualifier == "or more" and rows["$100,000"].counted != "more"
    assert pd.isna(rows["16"].low) and rows["16"].high == 16 and rows["16"].qualifier == "or under"


def test_one_counts_a_singular_noun_never_the_verb_after_it_and_at_one_point_is_no_count():
    got = extract_numbers("One friend says she was shocked. At one point he left. One person was killed.")
    assert got[["text", "counted"]].values.tolist() == [["One", "friend"], ["One", "person"]], got


def test_over_before_a_count_of_periods_is_the_span_not_a_bound():
    """A bare "over" before a number of days, weeks or years is mostly the preposition of a span of time
    ("over five weekends", "$374 billion over 10 years"): no hedge, and the figure starts at the number. "For
    over 20 years", "spent over 17 hours", "over six months old" and "over 300 people" stay "more than"."""
    from helpers.text.numbers import extract_numbers

    text = ("She poured glass into the onions over five weekends before they were sold. It would cost "
            "$374 billion over 10 years. He has worked there for over 20 years. They spent over 17 hours on it. "
            "The calf is over six months old. Over 300 people came.")
    rows = {r.text: r for r in extract_numbers(text).itertuples()}
    for span, n in (("five", 5), ("10", 10)):
        assert pd.isna(rows[span].qualifier) and rows[span].low == rows[span].high == n, rows[span]
    for span in ("over 20", "over 17", "over six", "Over 300"):
        assert rows[span].qualifier == "over" and pd.isna(rows[span].high), rows[span]
