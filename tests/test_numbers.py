"""Numbers: figures in text and what is no figure (constructed text)."""
import pytest
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


def test_over_after_a_figure_is_the_span_of_time_not_a_bound():
    """Right after a figure, "over" before a count of periods spreads the amount over the period ("$374 billion
    over 10 years", "5% over three centuries"): no hedge, and the figure starts at the number. After a
    preposition, a form of "be" or a verb that measures a time it stays "more than" ("has been over five years",
    "sentenced to over 10 years", "for over 20 years"), and a range keeps both ends."""
    from helpers.text.numbers import extract_numbers

    text = ("It would cost $374 billion over 10 years. Prices rose 5% over three centuries. It has been over five "
            "years. He was sentenced to over 10 years in prison. He has worked there for over 20 years. "
            "It grew over 5 to 10 years.")
    rows = {r.text: r for r in extract_numbers(text).itertuples()}
    for span, n in (("10", 10), ("three", 3)):
        assert pd.isna(rows[span].qualifier) and rows[span].low == rows[span].high == n, rows[span]
    for span in ("over five", "over 10", "over 20"):
        assert rows[span].qualifier == "over" and pd.isna(rows[span].high), rows[span]
    assert (rows["over 5 to 10"].low, rows["over 5 to 10"].high) == (5, 10)


@pytest.mark.parametrize("text, figure, during", [
    # METER: PA and the Mirror wrote "over five weekends" where the others wrote "five weekends"; read as "more
    # than five", the facts table said they hedged a figure all of them agree on
    ("He poured 19 handfuls of glass into the onions over five weekends before they were added.", "five", True),
    ("He left the firm over five years before the crash.", "over five", False),
    ("He killed three friends over 24 hours.", "24", True),
    ("The trial, held over three days, ended.", "three", True),
    ("Over 24 hours, police arrested six men.", "24", True),
    ("Over five years have passed since the crash.", "Over five", False),
    ("He spent over five years in jail.", "over five", False),
    ("It took over three hours to put out.", "over three", False),
    ("The talks lasted over 12 hours.", "over 12", False),
    ("The children were over 10 years old.", "over 10", False),
    ("The hearing was adjourned, over five weeks after it began.", "over five", False),
    ("Over 200 people died.", "Over 200", False),
])
def test_over_before_periods_is_during_after_a_noun_and_a_bound_after_a_verb_of_time(text, figure, during):
    """A bare "over" before a count of periods after a noun, or heading a clause before a comma, is "during"
    (no hedge, the figure starts at the number); after a verb that measures a time, or with "old" or "after"
    following the periods, it is "more than"; before anything but periods it is always a bound."""
    rows = {r.text: r for r in extract_numbers(text).itertuples()}
    assert figure in rows, rows
    r = rows[figure]
    assert (pd.isna(r.qualifier) and r.high == r.low) if during else (r.qualifier == "over" and pd.isna(r.high)), r


def test_a_hedge_inside_between_keeps_the_range():
    """ECB+: "between some 11 and 19 people" gave two figures, "some 11" and a bare 19."""
    n = extract_numbers("Police said between some 11 and 19 people were hurt, and between about 4 and 6 died.")
    got = [(r.text, r.low, r.high, r.qualifier) for r in n.itertuples()]
    assert got == [("between some 11 and 19", 11, 19, "some"), ("between about 4 and 6", 4, 6, "about")], got


def _counts(text):
    return [(r.text, r.counted if isinstance(r.counted, str) else None) for r in extract_numbers(text).itertuples()]


def test_a_pronoun_conjunction_or_adverb_after_a_figure_is_not_what_it_counts():
    """The word after a figure is what it counts only when it can be a noun: "two of them", "by the age of 12
    because", "Now 18 and slimmed down" count nothing, not "them", "because" or "down"; a possessive after "of"
    is passed over like "the" ("15 of his patients"); number words in a pair are passed over ("three or four
    broken bones", "85 and three years")."""
    assert _counts("A cargo of 26 ostriches arrived, two of them injured.") == [("26", "ostriches"), ("two", None)]
    assert _counts("He ballooned to 22 stone by the age of 12 because of his diet.") == [("22", "stone"), ("12", None)]
    assert _counts("Now 18 and slimmed down, he spoke.") == [("18", None)]
    assert _counts("He denies murdering 15 of his patients.") == [("15", "patients")]
    assert _counts("He had three or four broken bones.") == [("three", "bones"), ("four", "bones")]
    assert _counts("He must serve sentences of 85 and three years.") == [("85", "years"), ("three", "years")]
    assert _counts("Their children are aged 12 and seven.") == [("12", None), ("seven", None)]
    assert _counts("He bought two dozen eggs and 200 BBC staff went on strike.") == [("two dozen", "eggs"),
                                                                                   ("200", "BBC staff")]


def test_a_headline_in_capitals_counts_in_lower_case():
    """"GETS 18 MONTHS" counts "months", "85-YEAR" counts "years", not "MONTHS" or "YEARs"; a name in a
    sentence of mixed case keeps its capitals."""
    assert _counts("HUSBAND GETS 18 MONTHS FOR ASSAULT") == [("18", "months")]
    assert _counts("PARENTS WELCOME 85-YEAR JAIL SENTENCE") == [("85-YEAR", "years")]
    assert _counts("The bombing of two US embassies in Africa") == [("two", "US embassies")]


def _values(text):
    return [(r.text, r.low, r.high, r.counted) for r in extract_numbers(text).itertuples()]


def test_and_a_half_adds_half_a_unit_and_keeps_what_is_counted():
    """Real folders: "three-and-a-half days" read as 3 with nothing counted."""
    assert _values("He was held for three-and-a-half days.") == [("three-and-a-half", 3.5, 3.5, "days")]
    assert _values("It took two and a half hours.") == [("two and a half", 2.5, 2.5, "hours")]
    assert _values("He got a two-and-a-half-year sentence.") == [("two-and-a-half-year", 2.5, 2.5, "years")]
    assert _values("It cost 2 and a half million dollars.")[0][1] == 2_500_000


def test_two_number_words_side_by_side_are_two_figures_and_dozen_multiplies():
    """"two six-hour watches" had been summed to 8; "two dozen" to 14."""
    assert [v[:2] for v in _values("He kept two six-hour watches.")] == [("two", 2), ("six-hour", 6)]
    assert _values("Forty two bolts and twenty-five screws.") == [("Forty two", 42, 42, "bolts"),
                                                               ("twenty-five", 25, 25, "screws")]
    assert _values("He bought two dozen eggs.") == [("two dozen", 24, 24, "eggs")]


def test_a_noun_joined_by_a_hyphen_is_what_the_figure_counts():
    """Real folders: "1,400-horsepower" counted nothing; "a 30-strong crowd" counts the crowd; a score counts
    nothing; "one-sided" is an adjective."""
    assert _counts("The 1,400-horsepower engine and a 50-page report.") == [("1,400", "horsepower"), ("50", "page")]
    assert _counts("A 30-strong crowd and 40-odd people.") == [("30", "crowd"), ("40", "people")]
    assert _counts("After the 3-nil defeat it was a one-sided game.") == [("3", None), ("one", None)]


def test_a_pronoun_right_after_a_figure_in_capitals_is_an_abbreviation():
    """Real folders: "2 US SOLDIERS KILLED" counted nothing ("us" read as a pronoun)."""
    assert _counts("2 US SOLDIERS KILLED IN BLAST") == [("2", "US soldiers")]
    assert _counts("TWO OF US WENT HOME") == [("TWO", None)]


def test_a_phone_number_is_no_range():
    assert _counts("Call 1-800-555-0199 or 1-800-SPEAK. All 12 to 14-month-old birds died.") == [
        ("12 to 14-month", "months")]


def test_a_four_digit_count_is_no_year_but_a_year_before_a_noun_stays_one():
    """Real folders: "more than 2000 pilgrims" was read as the year 2000 and "killed 2000 people" lost its
    figure. After a hedge on an amount, or as a round hundred before a plural, four digits count; after a
    preposition of time or a determiner they stay a year ("In 2000 police ...", "the 2000 elections")."""
    got = extract_numbers("More than 2000 pilgrims were stranded. The floods killed 2000 people. About 1900 "
                          "troops came. In 2000 police arrested him. The 2000 elections were close. He said 1989 "
                          "earnings rose. Some 2000 fans marched through the city.")
    assert got[["low", "counted"]].values.tolist() == [[2000, "pilgrims"], [2000, "people"], [1900, "troops"],
                                                       [2000, "fans"]], got


@pytest.mark.parametrize("text, qualifier", [
    ("I've heard the figure of $1 million, but I don't know for sure.", "unconfirmed"),
    ("Damage was $1.5 million, but I don't know for sure.", "unconfirmed"),
    ("Rebels said they killed 40 soldiers, though that could not be independently verified.", "unconfirmed"),
    ("Rebels said they killed 40 soldiers, a claim which could not be verified.", "unconfirmed"),
    ("Unconfirmed reports said 40 people died in the blast.", "unconfirmed"),
    ("The toll is 40, officials said, but they cannot be certain of it.", "unconfirmed"),
    ("Police said 12 people died; they are not sure what caused the blast.", None),
    ("12 people were hurt, police said, but the cause was not confirmed.", None),
    ("Police said 12 people died. Officials are not sure.", None),
    ("He said 30 people were hurt but did not know exactly how the fire started.", None),
    ("About 40 people died, but I don't know for sure.", "about"),
])
def test_a_figure_its_sentence_doubts_is_unconfirmed(text, qualifier):
    """ECB+ 13_3: the pastor's "I've heard the figure of $1 million, but I don't know for sure" was a plain
    "$1 million" beside firm ones. A doubt that ends the figure's clause, or "unconfirmed" before it, hedges
    it; a doubt about something else ("not sure what caused", "the cause was not confirmed") or in the next
    sentence does not; a hedge written before the figure stays."""
    got = extract_numbers(text)
    assert len(got) == 1, got
    q = got["qualifier"].iloc[0]
    assert (q if isinstance(q, str) else None) == qualifier, got


def test_a_pair_whose_first_figure_is_larger_is_a_ratio_or_score_not_a_range():
    """Reader (PolNeAR 40): "split 4 to 1 in favor" was a range from 4 to 1. A range never runs downwards, so
    such a pair is two figures, as "rose from 12 to 19" is; "40 to 50 people" stays a range."""
    got = extract_numbers("Voters split 4 to 1 in favor. The justices ruled 5 to 4. About 40 to 50 people came.")
    assert got[["text", "low", "high"]].values.tolist() == [["4", 4, 4], ["1", 1, 1], ["5", 5, 5], ["4", 4, 4],
                                                           ["About 40 to 50", 40, 50]], got


def test_a_number_word_with_a_capital_that_ends_a_name_is_no_figure():
    """Reader (PolNeAR 40): "Ground Zero" was listed twice as the figure 0. A capitalised number word after a
    capitalised word on its line, with a small word after it, ends a name; a title-case headline and a sentence
    that starts with the number after a full stop still count."""
    got = extract_numbers("He spoke at Ground Zero on Sunday. She drove a Formula One car to Air Force One.\n"
                          "Police Arrest Two Men\nIt was said by Mr. Smith. Two men died.")
    assert list(got["text"]) == ["Two", "Two"], got
