"""Resolution details of the time grammar: sentence bounds for tense, comparisons in results reports."""
import datetime as dt

import pytest

from helpers import extract_timexes
from helpers.text.timex import tense

REF = dt.date(1989, 10, 26)  # a Thursday, in the fourth quarter


def _values(text, ref=REF):
    return extract_timexes(text, ref)["value"].tolist()


def test_a_decimal_point_or_an_abbreviation_does_not_end_the_sentence():
    text = "Acme Inc. said it earned $5.2 million in the first quarter."
    i = text.index("the first")
    assert tense(text, i, i + 17) == "past"
    assert _values(text) == ["1989-Q1"]  # the past one, not the coming one
    after = "The report came out. In March prices fell."
    i = after.index("March")
    assert tense(after, i, i + 5) == "past"  # the cue after it, in its own sentence
    assert tense("They met. In March", 13, 18) is None  # "met" is in the sentence before


def test_slated_is_future():
    assert _values("A visit of the minister is slated for November.") == ["1989-11"]


def test_a_year_ago_compares_with_the_quarter_not_with_a_comparison():
    text = ("Profit was $5 million in the third quarter, against $4 million in the year-ago quarter. "
            "The year-ago results were restated.")
    assert _values(text) == ["1989-Q3", "1988-Q3", "1988-Q3"]


def test_a_year_earlier_after_a_period_of_months_is_the_year():
    text = ("Profit rose in the third quarter. For the nine months, net was $9 million, "
            "against $7 million a year earlier.")
    assert _values(text) == ["1989-Q3", "P9M", "1988"]


def test_previously_is_a_time_expression_only_before_a_report():
    assert _values("The previously announced sale closed.") == []
    assert _values("Previously, the firm had no debt.") == []
    assert _values("Officials had previously reported 1,000 troops.") == ["PAST_REF"]


def test_coming_months_is_future_ref_and_the_week_of_a_day_is_its_week():
    assert _values("The economy will slow in coming months.") == ["FUTURE_REF"]
    assert _values("A hearing is set for the week of Nov. 6.") == ["1989-W45"]


def test_a_month_of_a_year_named_relative_to_the_reference_is_one_expression():
    t = extract_timexes("They join in April next year; talks began in February this year.", REF)
    assert t["text"].tolist() == ["April next year", "February this year"]
    assert t["value"].tolist() == ["1990-04", "1989-02"]
    assert extract_timexes("in April next year", None)["value"].tolist() == ["XXXX-04"]


def test_spans_follow_timex3():
    t = extract_timexes("Profit rose earlier this month; the third-quarter results came in the nine months "
                        "to the end of September.", REF)
    assert t["text"].tolist() == ["earlier this month", "third-quarter", "the nine months", "the end of September"]


def test_past_year_and_ages_and_rates():
    assert extract_timexes("Prices rose over the past year.", REF)["text"].tolist() == ["past year"]
    assert _values("He was in his 30s and met twice a year.") == ["P1Y"]
    assert _values("He arrived last night, years ago, for half a century.") == ["1989-10-25TNI", "PAST_REF", "P50Y"]


def test_a_time_of_day_takes_the_day_of_its_sentence():
    assert _values("The blast came Tuesday at 10:30 a.m., police said.") == ["1989-10-24", "1989-10-24T10:30"]
    # the time in parentheses restates the one before it in another zone: no expression of its own
    assert _values("It went off at 10:35 a.m. (0735 GMT) Friday.") == ["1989-10-20T10:35", "1989-10-20"]
    assert _values("Trading opens at 9:30 a.m.") == ["1989-10-26T09:30"]  # no day named: the reference day


def test_a_capitalised_unit_is_a_title():
    assert _values("Gonzalez said on CBS's \"60 Minutes\" and on ABC's \"This Week\" that talks lasted 60 minutes.") == ["PT60M"]
    assert _values("Deal Reached After 10 Hours Of Talks") == ["PT10H"]  # a title-case headline


def test_holidays_are_computed_for_the_year_they_fall_in():
    ref = dt.date(2013, 3, 20)
    assert _values("Stores close on Good Friday.", ref) == ["2013-03-29"]
    assert _values("Parades were held on St. Patrick's Day.", ref) == ["2013-03-17"]
    assert _values("He won on Election Day.", ref) == ["2012-11-06"]
    assert _values("The pool opens on Memorial Day.", ref) == ["2013-05-27"]
    assert _values("the may day parade was cancelled", ref) == []  # holidays are written with capitals


def test_sets_and_centuries():
    assert _values("The summit is held every two years and a vote every other week.") == ["P2Y", "P2W"]
    assert _values("The mill opened a century ago.") == ["18"]


def test_due_to_is_future_only_as_a_verb():
    ref = dt.date(2013, 3, 20)
    assert _values("Flights were cancelled due to the storm on Monday.", ref) == ["2013-03-18"]
    assert _values("The plane is due to land on Monday.", ref) == ["2013-03-25"]


def test_a_week_of_a_month_is_one_expression_not_last_week():
    ref = dt.date(2013, 3, 22)
    df = extract_timexes("Talks resumed in the last week of March and again in the first week of April.", ref)
    assert df["text"].tolist() == ["the last week of March", "the first week of April"]
    assert df["value"].tolist() == ["2013-W13", "2013-W14"]  # 28 March and 4 April; not "last week" (W11)


def test_relative_decades_and_decades_in_years():
    ref = dt.date(2013, 3, 22)
    assert _values("The next decade will be harder than this decade.", ref) == ["202", "201"]
    assert _values("a decades-long feud", ref) == ["PXY"]
    assert _values("It lasted two decades.", ref) == ["P20Y"]


def test_the_prior_year_and_the_coming_weeks():
    assert _values("Sales rose 5% in 1987 from the prior year.") == ["1987", "1986"]
    assert _values("Prices may fall over the coming months.") == ["PXM"]
    assert _values("Prices may fall in the coming months.") == ["FUTURE_REF"]


def test_last_year_set_against_an_amount_in_a_quarter_report_is_that_quarter():
    text = "Net rose to $5 million in the third quarter, compared with a loss of $3 million last year."
    assert _values(text) == ["1989-Q3", "1988-Q3"]
    assert _values("Sales rose last year, and profit rose in the third quarter.") == ["1988", "1989-Q3"]


def test_in_the_past_week_is_the_week_and_this_past_weekend_is_the_last_one():
    ref = dt.date(2013, 3, 22)
    assert _values("Prices fell in the past week.", ref) == ["P1W"]  # not "in the past" (PAST_REF)
    assert _values("In the past, prices fell.", ref) == ["PAST_REF"]
    assert _values("They marched this past weekend.", ref) == ["2013-W11-WE"]  # a date, never "P1WE"
    assert _values("Sales fell this past week.", ref) == ["2013-W11"]
    monday = dt.date(2016, 9, 19)  # "this weekend" in the past tense, written on a weekday: the one just past
    assert _values("Obama told a dinner this weekend that he was insulted.", monday) == ["2016-W37-WE"]
    assert _values("Obama will speak this weekend.", monday) == ["2016-W38-WE"]
    # review R5: the subject of what was said takes the tense of its own clause, not of "said"
    assert _values("They said this weekend would be busy.", monday) == ["2016-W38-WE"]
    assert _values("They said this weekend was busy.", monday) == ["2016-W37-WE"]


def test_a_hundred_is_a_count():
    ref = dt.date(2013, 3, 22)
    assert _values("It has stood for almost a hundred years.", ref) == ["P100Y"]
    assert _values("The bridge opened a hundred years ago.", ref) == ["1913"]  # not "years ago" (PAST_REF)
    assert _values("It has been there two hundred years.", ref) == ["P200Y"]


def test_a_calendar_word_inside_a_name_is_no_time_expression():
    ref = dt.date(2013, 3, 22)
    assert _values("The Sunday Times reported the deal on Sunday.", ref) == ["2013-03-17"]
    assert _values("Protests of the Arab Spring spread during the Summer Olympics.", ref) == []
    assert _values("In Spring 2012, prices fell.", ref) == ["2012-SP"]  # sentence-initial words are no names
    assert _values("Police said the Sunday vote was calm.", ref) == ["2013-03-17"]


def test_today_as_a_title_is_no_time_expression():
    ref = dt.date(2013, 3, 22)
    assert _values("He told USA Today that talks end today.", ref) == ["2013-03-22"]
    assert _values("She appeared on NBC's Today show.", ref) == []
    assert _values("He left. Today he is back.", ref) == ["2013-03-22"]  # sentence-initial: the day


def test_four_digit_amounts_are_no_years_and_thousands_keep_their_comma():
    ref = dt.date(2013, 3, 22)
    assert _values("About 2000 people marched and the index fell 1999 points.", ref) == []
    assert _values("He paid $2010 for it.", ref) == []
    assert _values("In 1999 shares rose.", ref) == ["1999"]  # a preposition keeps the year
    assert _values("The site is about 1,000 years old; it was built 1,000 years ago.", ref) == ["1013"]
    assert _values("It lasted about 1,000 years.", ref) == ["P1000Y"]  # not "000 years" (P0Y)


def test_us_zone_abbreviations_and_earlier_in_the_week():
    ref = dt.date(2013, 3, 20)  # a Wednesday
    df = extract_timexes("Bids will be opened at noon ET Friday.", ref)
    assert df["text"].tolist() == ["noon ET Friday"] and df["value"].tolist() == ["2013-03-22T12:00"]
    assert _values("Talks stalled earlier in the week.", ref) == ["2013-W12"]
    assert _values("It opened in March 2008. Later in the month, it closed.", ref) == ["2008-03", "2008-03"]


def test_be_due_is_future_but_due_to_a_cause_is_not():
    ref = dt.date(2013, 3, 20)  # a Wednesday
    assert _values("The report is due Friday.", ref) == ["2013-03-22"]
    assert _values("The delay was due to the storm on Monday.", ref) == ["2013-03-18"]
    assert _values("The plane is due to land on Monday.", ref) == ["2013-03-25"]


def test_the_past_year_is_the_last_year_and_the_past_month_a_duration():
    ref = dt.date(2013, 3, 22)
    assert _values("Prices rose in the past year.", ref) == ["2012"]
    assert _values("Prices rose in the past month.", ref) == ["P1M"]


def test_once_a_week_and_every_few_years_are_sets():
    ref = dt.date(2013, 3, 22)
    assert _values("They meet once a week.", ref) == ["P1W"]
    assert extract_timexes("They meet once a week.", ref)["type"].tolist() == ["SET"]
    assert _values("Floods come every few years.", ref) == ["PXY"]
    assert _values("It happened about a year ago.", ref) == ["2012"]  # not "about a year" (P1Y)
    assert _values("Just over an hour later, he died.", ref) == ["PT1H"]


def test_a_scheduling_verb_in_the_present_is_future():
    ref = dt.date(2013, 3, 20)  # a Wednesday
    assert _values("Voting begins Sunday.", ref) == ["2013-03-24"]
    assert _values("The minister arrives in Paris on Monday.", ref) == ["2013-03-25"]
    assert _values("Police say the man was arrested Monday.", ref) == ["2013-03-18"]


def test_a_capitalised_duration_in_a_name_is_no_time_expression():
    ref = dt.date(2013, 3, 22)
    assert _values("Israel took the land in the 1967 Six-Day War.", ref) == ["1967"]
    assert _values("It was a six-day war.", ref) == ["P6D"]


def test_a_weekday_in_the_possessive_takes_its_tense_from_the_words_after_it():
    assert _values("Lawyers said they would try to overturn Monday's verdict.") == ["1989-10-23"]
    assert _values("Saturday's vote will decide the seat.") == ["1989-10-28"]
    assert _values("They will appeal on Monday.") == ["1989-10-30"]  # no possessive: the clause decides


def test_the_day_before_a_day_is_one_expression_a_day_back():
    t = extract_timexes("The board met the day before last Tuesday's vote, and again the day after Oct. 3.", REF)
    assert t["text"].tolist() == ["the day before last Tuesday", "the day after Oct. 3"]
    assert t["value"].tolist() == ["1989-10-23", "1989-10-04"]
    # no day named: nothing to count from, so no date; the span is a duration, as "two days after the vote"
    assert _values("A day after the vote, he resigned.") == ["P1D"]
    assert _values("Two days after the vote, he resigned.") == ["P2D"]


def test_the_year_period_after_a_quarter_is_that_quarter_of_the_year():
    text = "Net rose to $8 million in the third quarter. In the 1987 period, it earned $6 million."
    assert _values(text) == ["1989-Q3", "1987-Q3"]
    text = "For the nine months, net rose. In the 1987 period, it earned $6 million."
    assert _values(text) == ["P9M", "1987"]  # a period of months: the year


def test_a_scheduling_verb_in_the_plain_present_right_before_the_day_is_future():
    assert _values("The two ministers meet separately Monday with the envoy.") == ["1989-10-30"]
    assert _values("Hearings resume on Tuesday.") == ["1989-10-31"]
    assert _values("The two ministers did not meet Monday.") == ["1989-10-23"]
    assert _values("The museum was open Monday.") == ["1989-10-23"]  # an adjective after "was"


def test_set_for_a_put_off_date_and_modals_of_the_future_are_future_cues():
    assert _values("The hearing is set for Monday.") == ["1989-10-30"]
    assert _values("The talks were delayed to Monday.") == ["1989-10-30"]
    assert _values("A vote might come Friday.") == ["1989-10-27"]
    assert _values("He might have left Friday.") == ["1989-10-20"]  # a perfect modal looks back
    assert _values("He could not be reached Friday.") == ["1989-10-20"]  # 'could' is also a past


def test_may_is_a_future_cue_and_a_semicolon_ends_the_clause_of_a_cue():
    assert _values("The board may vote Friday.") == ["1989-10-27"]
    assert _values("He will speak later; on Monday he met the press.") == ["1989-10-23"]
    assert _values("Prices may have peaked in May.") == ["1989-05"]  # a perfect modal looks back


def test_with_no_reference_date_the_dateline_stands_in():
    from helpers.text.timex import dateline
    text = "Airliner makes first flight April 27 , 2005 The jet took off at 08:30 UTC . It left Boston Monday ."
    assert str(dateline(text)) == "2005-04-27"
    assert extract_timexes(text, None)["value"].tolist() == ["2005-04-27", "2005-04-27T08:30Z", "2005-04-25"]
    assert str(dateline("WASHINGTON, Aug. 8, 1998 -- The president said Monday")) == "1998-08-08"
    # a date inside a sentence is an event, not the dateline
    assert dateline("On April 6, 1994, rebels shot down the plane.") is None
    assert dateline("It was signed April 6, 1994 The deal held.") is None  # a verb before it
    # a date that ends a headline line is the headline's subject, not the dateline
    assert dateline("Remembering April 6, 1994\n\nTwenty-five years ago, the plane was shot down.") is None
    assert str(dateline("WASHINGTON, Aug. 8, 1998\nThe talks went on.")) == "1998-08-08"
    assert dateline(None) is None
    assert extract_timexes("On April 6, 1994, rebels struck. They left Monday.", None)["value"].tolist() == [
        "1994-04-06", "XXXX-XX-XX"]
    # a reference date given wins over the dateline
    assert extract_timexes(text, "2005-05-04")["value"].tolist()[2] == "2005-05-02"


def test_irregular_past_forms_place_a_month_in_the_past():
    """'floods struck the north' is past: January is the one before a December publication, not the next."""
    from helpers.text.timex import extract_timexes
    for verb in ("struck", "sank", "won", "held"):
        got = extract_timexes(f"In January, the team {verb} it.", "2024-12-20")
        assert got["value"].tolist() == ["2024-01"], (verb, got)


def test_days_earlier_count_back_from_the_last_day_the_text_named():
    """'arrested on Friday. A day earlier, ...' is the Thursday before that Friday, not the day before
    publication; with no day named before, it counts from publication as before."""
    from helpers.text.timex import extract_timexes
    got = extract_timexes("He was arrested on Friday. A day earlier, police searched his home.", "2025-03-12")
    assert got["value"].tolist() == ["2025-03-07", "2025-03-06"], got
    got = extract_timexes("The dam burst on March 3. Three days earlier, engineers warned.", "2025-03-12")
    assert got["value"].tolist() == ["2025-03-03", "2025-02-28"], got
    assert extract_timexes("Three days earlier it fell.", "2025-03-12")["value"].tolist() == ["2025-03-09"]


def test_a_time_of_day_falls_on_the_part_of_a_day_its_sentence_names():
    from helpers.text.timex import extract_timexes
    got = extract_timexes("The ferry left Calais at 11 p.m. last night.", "2025-03-11")
    assert got["value"].tolist() == ["2025-03-10T23:00", "2025-03-10TNI"], got


def test_midnight_is_the_end_of_the_day_named():
    """TIMEX3 writes midnight as T24:00 of its day: "midnight Friday" is the night from Friday to Saturday."""
    assert _values("The offer expired at midnight Friday.") == ["1989-10-20T24:00"]
    assert _values("Polls close at midnight GMT.") == ["1989-10-26T24:00Z"]
    assert _values("The count ended at 24:00.") == []  # a clock reading of 24 is no time named


def test_a_two_digit_year_takes_the_century_nearest_the_reference_date():
    """'99 in a 1999 story is 1999, not 2099; a wire's filing stamp written day first ("11:56 02/11/99") is the
    reference date, while another date that reads both ways stays month first."""
    got = extract_timexes("11:56 02/11/99: Page 1 COURTS Doctor", "1999-11-02")
    assert got["value"].tolist() == ["1999-11-02T11:56", "1999-11-02"], got
    assert extract_timexes("Sales in '99 rose.", "1999-11-02")["value"].tolist() == ["1999"]
    assert extract_timexes("The letter dated 7/8/07 arrived.", "2009-11-05")["value"].tolist() == ["2007-07-08"]


def test_a_day_after_a_possessive_determiner_takes_the_tense_of_the_words_after_it():
    """'called for her to be taken ... after her Sunday morning health crisis, sources said' is the Sunday just
    past: "to be" belongs to the clause around the day, not to the day."""
    text = ("Protocol called for her to be taken to a trauma center in the wake of her Sunday morning "
            "health crisis, sources said.")
    assert extract_timexes(text, "2016-09-12")["value"].tolist() == ["2016-09-11TMO"]


def test_a_story_moved_to_a_far_month_anchors_days_named_after_it_there():
    """After 'today' and then 'in February last year', 'that afternoon', 'three days earlier' and 'February 9'
    are days of that February, not of the week of publication; a month close to the last day named
    ("on Friday ... jobs shed in March ... ending the day") leaves the day where it was."""
    text = ("The trial heard today that she died in February last year. He visited that afternoon. "
            "An entry made three days earlier recorded her blood pressure. Her son found her on February 9.")
    got = extract_timexes(text, "1999-11-02")["value"].tolist()
    assert got == ["1999-11-02", "1998-02", "1998-02-XXTAF", "1998-02-XX", "1998-02-09"], got
    text = "Stocks rose on Friday, though 663,000 jobs were shed in March. The Dow ended the day higher."
    assert extract_timexes(text, "2009-04-04")["value"].tolist() == ["2009-04-03", "2009-03", "2009-04-03"]
    text = "The jet will fly in November 2006. It arrives on November 11, three days late."
    assert extract_timexes(text, "2005-11-05")["value"].tolist()[:2] == ["2006-11", "2005-11-11"]


def test_a_past_day_counted_from_the_last_day_named_is_never_a_coming_day():
    """After "adjourned until next Monday", "he spoke to the doctor the following day" (past tense) is no day
    after publication: unresolved; told of the future, it still is that coming day's next."""
    text = ("She died in February last year. The trial was adjourned until next Monday. "
            "Her son said he spoke to the doctor the following day.")
    got = extract_timexes(text, "1999-11-02")
    assert got["value"].tolist()[:2] == ["1998-02", "1999-11-08"] and not got["resolved"].tolist()[2], got
    got = extract_timexes("The trial was adjourned until next Monday. He said he spoke to her the following day.",
                          "1999-11-02")
    assert got["value"].tolist()[0] == "1999-11-08" and not got["resolved"].tolist()[1], got
    got = extract_timexes("The trial resumes next Monday. The jury will visit the house the following day.", "1999-11-02")
    assert got["value"].tolist() == ["1999-11-08", "1999-11-09"], got


def test_a_day_named_paragraphs_back_anchors_no_that_night():
    """Reader: in a wire story of a trial, "that night" 3,000 characters after "tonight" took the night of
    publication; the story had moved to a night it does not name. Near the day named, it still is that day's."""
    passage = "The court heard evidence from several witnesses about the charter business and its accounts. " * 12
    got = extract_timexes("The trial opens tonight. " + passage + "He was hired to pilot the boat that night.",
                          "1999-11-02")
    assert got["value"].tolist() == ["1999-11-02TNI", "XXXX-XX-XXTNI"] and not got["resolved"].tolist()[1], got
    got = extract_timexes("The boat sank on Monday. " + passage[:500] + "He was hired to pilot it that night.",
                          "1999-11-02")
    assert got["value"].tolist() == ["1999-11-01", "1999-11-01TNI"], got


def test_a_weekend_that_names_a_shift_or_its_own_days_is_no_publication_weekend():
    """Reader V11: "the weekend night shift" and "the weekend of January 10 and 11" were the weekend of the
    publication week."""
    text = ("In November 1997 the company told the weekend night shift it would close. The glass was traced to "
            "the weekend shift. On the weekend of January 10 and 11, he was heard to say it. Talks went on over "
            "the weekend.")
    got = extract_timexes(text, "1999-11-02")
    assert got["text"].tolist() == ["November 1997", "January 10", "11", "the weekend"], got
    assert got["value"].tolist()[-1] == "1999-W43-WE"


def test_a_part_of_day_before_of_and_a_date_is_that_date():
    """'in the afternoon of February 9' is no afternoon of the publication day; the British clock time before
    it is a time of that day (METER doctor wire: "5.15" was a quantity in the numbers table)."""
    got = extract_timexes("He found her body at 5.15 in the afternoon of February 9.", "1999-02-20")
    assert got["value"].tolist() == ["1999-02-09T17:15"], got
    got = extract_timexes("The pound fell 1.55 in the afternoon. He left at 11.45 last night.", "1999-02-20")
    assert got["value"].tolist() == ["1999-02-20TAF", "1999-02-19T23:45"], got  # no preposition: no hour
    from helpers.text.numbers import extract_numbers
    assert extract_numbers("He found her body at 5.15 in the afternoon of February 9.").empty


def test_a_holiday_takes_the_year_written_just_before_it_and_names_after_a_holiday_are_no_days():
    """Reader V9: "In 2012, soon after Election Day" was 2016's Election Day, and "Easter Island" was Easter."""
    got = extract_timexes("In 2012, soon after Election Day, he quit. In 2010 sales fell. At Christmas they rose.",
                          "2016-09-20")
    assert got["value"].tolist() == ["2012", "2012-11-06", "2010", "2015-12-25"], got
    assert extract_timexes("They flew to Easter Island in May.", "2016-09-20")["text"].tolist() == ["May"]


def test_a_past_verb_of_a_new_clause_and_a_clause_opening_until_place_a_month_in_the_past():
    """Reader V9: "stands to be an agreement that the nations reached in Paris in December" and "Until that day
    in April, he had never been in a mine" were read as the coming December and April."""
    assert extract_timexes("His legacy stands to be an agreement that the nations reached in Paris in December.",
                           "2016-09-20")["value"].tolist() == ["2015-12"]
    assert extract_timexes("Until that day in April, Mr. Clarke had never been in a coal mine.",
                           "2016-10-02")["value"].tolist() == ["2016-04"]
    assert extract_timexes("The plant will stay shut until April.", "2016-10-02")["value"].tolist() == ["2017-04"]


def test_a_day_without_a_year_after_a_far_day_is_read_near_that_day_unless_future():
    """A story of November 1999 that has moved to 9 February 1998: 'an entry dated January 5' is January 1998,
    not the January 5 two months after publication; a future verb keeps the usual reading, and a month alone
    ('the August 1988 cease-fire') does not move the story."""
    text = "Her son found her on February 9 last year. An entry dated January 5 said she felt unwell."
    assert extract_timexes(text, "1999-11-02")["value"].tolist() == ["1998-02-09", "1998-01-05"]
    text = "Her son found her on February 9 last year. The inquest will open on January 5."
    assert extract_timexes(text, "1999-11-02")["value"].tolist() == ["1998-02-09", "2000-01-05"]
    text = "He accepted the border he had rejected after the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2."
    assert extract_timexes(text, "1990-08-15")["value"].tolist()[-1] == "1990-08-02"


def test_mothers_day_in_a_british_story_is_mothering_sunday():
    """The United Kingdom keeps Mother's Day three weeks before Easter; a story spelt the British way
    ('defence', 'recognised') means that day, an American one the second Sunday of May."""
    uk = ("The defence recognised that she was attacked after a Mother's Day lunch. "
          "His behaviour was criticised by the judge at Preston Crown Court.")
    assert extract_timexes(uk, "1998-04-20")["value"].tolist() == ["1998-03-22"]
    us = "The defense recognized that she was attacked after a Mother's Day lunch. His behavior was criticized."
    assert extract_timexes(us, "1998-06-20")["value"].tolist() == ["1998-05-10"]
    assert extract_timexes("She was attacked on Mothering Sunday in 1998.", "2000-03-01")["value"].tolist() == [
        "1998-03-22", "1998"]  # the year written after the day is its year


def test_a_time_of_day_in_a_habit_is_no_days():
    """'airs weekdays from 6:00 a.m.' was put on the publication day; 'each unit arrived' is no habit."""
    got = extract_timexes("The show airs weekdays from 6:00 a.m. to 9:00 a.m.", "2016-09-15")
    assert got["value"].tolist() == ["XXXX-XX-XXT06:00", "XXXX-XX-XXT09:00"] and not got["resolved"].any()
    got = extract_timexes("Police were called at 9:40 p.m. and each unit arrived.", "2016-09-15")
    assert got["value"].tolist() == ["2016-09-15T21:40"]
    got = extract_timexes("Mr Smith, who visited the church every Sunday, was stabbed at 7 p.m.", "2016-09-15")
    assert got["value"].tolist()[-1] == "2016-09-15T19:00"  # the habit is another clause's


def test_review_r13_cases_of_habits_holidays_and_far_days():
    assert extract_timexes("Thousands marched through Cairo after Friday prayers.", "2011-02-02")["value"].tolist() == [
        "2011-01-28"]  # that Friday, not every Friday: the verb is past
    assert extract_timexes("At Christmas, 2000 pilgrims visited the town.", "2001-01-10")["value"].tolist()[0] == "2000-12-25"
    au = ("Sydney families will celebrate Mother's Day on Sunday. The colour of the flowers at the centre was "
          "organised by the council.")
    assert extract_timexes(au, "2015-05-06")["value"].tolist()[0] == "2015-05-10"  # British spelling, not Britain
    text = "Her son found her on February 9 last year. Tickets for the memorial on January 5 are free."
    assert extract_timexes(text, "1999-11-02")["value"].tolist() == ["1998-02-09", "2000-01-05"]


def test_a_month_comma_year_is_one_month_but_not_before_a_count():
    assert _values("The charges cover a period from January, 1987, to May, 1990.") == ["1987-01", "1990-05"]
    for text in ("In March, 2000 people marched.", "Theresa May, 2016 leader, spoke."):
        assert not any(v.startswith("2000") or v == "2016-05" for v in _values(text)), (text, _values(text))


def test_a_day_inside_a_day_after_a_named_day_is_not_a_second_expression():
    t = extract_timexes("He came a day after Oct. 3 and a day after tomorrow. A day after the vote he quit.", REF)
    assert t["text"].tolist() == ["a day after Oct. 3", "a day after tomorrow", "A day"], t[["text", "value"]]


def test_a_past_tense_date_without_a_year_goes_ahead_only_to_a_near_deadline():
    nov2 = dt.date(1999, 11, 2)
    far = extract_timexes("On January 10, the defendant was heard to say he would get back at them.", nov2)
    assert list(far["value"]) == ["1999-01-10"]  # ten weeks ahead is too far for a coming date: last January
    near = extract_timexes("The company said the dividend was payable Dec. 7.", nov2)
    assert list(near["value"]) == ["1999-12-07"]  # five weeks ahead: a deadline told in the past tense


def test_a_day_of_a_weekend_takes_the_year_it_falls_on_a_weekend():
    feb = dt.date(1999, 2, 20)  # January 10 was a Sunday in 1999, a Saturday in 1998
    assert _values("On the weekend of January 10 and 11 he drove to Leeds.", feb) == ["1998-01-10"]
    assert _values("On the weekend of January 11 he drove to Leeds.", feb) == ["1998-01-11"]  # a Sunday then
    assert _values("On January 10 he drove to Leeds.", feb) == ["1999-01-10"]  # no weekend named: the latest
    assert _values("He spent the weekend of January 10-11 in Leeds.", feb) == ["1998-01-10", "1998-01-11"]


def test_a_line_break_or_a_no_break_space_after_the_before_a_hyphenated_period_is_read():
    for space in ("\n", "\t", "\u00a0"):  # a wire text's line end (``the\nthird-quarter results``) once raised
        text = f"It was the{space}third-quarter results that fell."
        assert extract_timexes(text, REF)[["text", "value"]].values.tolist() == [["third-quarter", "1989-Q3"]], space


def test_a_scheduling_verb_in_the_present_places_a_weekday_ahead_also_before_a_clock_time():
    """"Voting ends on Sunday" and "Polls close at 8 p.m. Tuesday", told on a Friday, are the coming days;
    "They met at noon Tuesday" and "The vote ended on Sunday" are the past ones."""
    got = extract_timexes("Voting ends on Sunday. Polls close at 8 p.m. Tuesday. They met at noon Tuesday. "
                          "The vote ended on Sunday.", "2013-03-22")
    assert got["value"].tolist() == ["2013-03-24", "2013-03-26T20:00", "2013-03-19T12:00", "2013-03-17"], got


def test_the_day_of_a_clock_time_is_read_in_the_time_the_story_has_moved_to():
    """METER doctor wire (November 1999): "in February last year ... at 5.15 in the afternoon of February 9"
    is February 1998, as "February 9" alone is, and the days after it follow it."""
    got = extract_timexes("She was found dead in February last year. The doctor called at 5.15 in the afternoon "
                          "of February 9. An entry was dated January 5.", "1999-11-02")
    assert got["value"].tolist() == ["1998-02", "1998-02-09T17:15", "1998-01-05"], got


def test_a_year_earlier_after_a_month_of_the_sentence_is_that_month_a_year_back():
    """Monthly figures are compared with the same month a year before ("Exports fell 3% in January from a year
    earlier": January 2012), as quarterly ones with the same quarter; without a month in the sentence, the
    year before the publication date."""
    got = extract_timexes("Exports fell 3 percent in January from a year earlier. He had left a year earlier.",
                          "2013-03-22")
    assert got["value"].tolist() == ["2013-01", "2012-01", "2012"], got


def test_a_clock_time_restated_in_gmt_is_no_year_and_kicks_off_schedules_ahead():
    """Wire copy restates a local time in GMT ("3:30 p.m. (1930 GMT)"): 1930 is no year. "The match kicks off at
    3pm on Saturday", told on a Friday, is the coming Saturday."""
    got = extract_timexes("The quake struck at 3:30 p.m. (1930 GMT). The match kicks off at 3pm on Saturday.",
                          "2013-03-22")
    assert got["value"].tolist() == ["2013-03-22T15:30", "2013-03-23T15:00"], got


def test_a_bare_midnight_in_the_past_tense_is_the_one_just_past():
    """TIMEX3 writes midnight as the end of a day; "the blast happened shortly after midnight", told on
    March 22, is the end of March 21, not the coming midnight; "the deadline expires at midnight" is."""
    got = extract_timexes("The blast happened shortly after midnight. The deadline expires at midnight.", "2013-03-22")
    assert got["value"].tolist() == ["2013-03-21T24:00", "2013-03-22T24:00"], got


def test_a_weekday_between_capitalised_words_is_part_of_a_name():
    """"the Good Friday Agreement" names no Friday; a title-case headline's "Netanyahu Friday In Jerusalem" and
    a sentence's "said Friday Mass" still do. Limits: "Kerry Friday Met Abbas", a headline with a verb after
    the day, reads as a name."""
    assert extract_timexes("He helped broker the Good Friday Agreement.", "2013-03-22").empty
    assert extract_timexes("Obama To Meet Netanyahu Friday In Jerusalem", "2013-03-22")["value"].tolist() == ["2013-03-22"]
    assert extract_timexes("The Pope said Friday Mass.", "2013-03-22")["value"].tolist() == ["2013-03-22"]


def test_a_range_of_years_written_with_a_hyphen_gives_both_years():
    """"the period 2014-2020" gave only 2020 and "the 2008-09 crisis" nothing; an amount ("$2010-2015") and a
    backwards pair are no range."""
    got = extract_timexes("Funds for the period 2014-2020 rose after the 2008-09 crisis.", "2013-03-22")
    assert got["value"].tolist() == ["2014", "2020", "2008", "2009"], got
    assert extract_timexes("It was 2015-2010 then.", "2013-03-22")["value"].tolist() == ["2010"]


def test_a_pair_of_months_without_a_year_gives_both_months_in_one_run():
    """"the October-December quarter" gave October alone; the second month takes the first's year, or the next
    one when it comes first in the calendar ("the November-January period"). A full month's name keeps the
    full stop that ends its sentence out of the span; an abbreviation keeps its own."""
    got = extract_timexes("Sales fell in the October-December quarter and in the November-January period.", "2013-03-22")
    assert got["value"].tolist() == ["2012-10", "2012-12", "2012-11", "2013-01"], got
    got = extract_timexes("The report covers May - June. The Jan.-Feb. figures were weak.", "2013-03-22")
    assert got["text"].tolist() == ["May", "June", "Jan.", "Feb."], got


def test_business_halves_and_quarters_written_short():
    """Company copy writes "first-half profit", "H1 results", "Q4", "end-March"; each is placed by tense as "the
    fourth quarter" is. Sport's halves are no time: "a first-half goal", "a second-half lead"."""
    got = extract_timexes("First-half profit rose; Q4 earnings beat forecasts; the H2 results were weak. "
                          "The deal should close by end-March.", "2013-03-22")
    assert got["value"].tolist() == ["2013-H1", "2012-Q4", "2012-H2", "2013-03"], got
    assert extract_timexes("Arsenal scored a first-half goal and held a second-half lead.", "2013-03-22").empty


def test_every_month_season_and_other_weekday_are_sets():
    """"every February", "each spring" and "every other Tuesday" recur: SETs, not the next such month or day.
    "Each may choose" has no month."""
    got = extract_timexes("The fair is held every February, floods come each spring, and the board meets every "
                          "other Tuesday.", "2013-03-22")
    assert list(zip(got["type"], got["value"])) == [("SET", "XXXX-02"), ("SET", "XXXX-SP"), ("SET", "XXXX-WXX-2")], got
    assert extract_timexes("Each may choose a seat.", "2013-03-22").empty


def test_a_month_with_no_preposition_is_a_month_and_a_month_of_a_name_is_none():
    """"February retail sales rose", "the coldest March since 1962", "October was the worst month": months the
    grammar missed, placed by tense; "the March of Dimes" and "Pedro March" are names, and April, May, June and
    August, often given names, still need a preposition or a determiner."""
    got = extract_timexes("February retail sales rose. It was the coldest March since 1962. October was bad.", "2013-03-22")
    assert got["value"].tolist() == ["2013-02", "2013-03", "1962", "2012-10"], got
    assert extract_timexes("The March of Dimes raised money, and Pedro March scored. June said no.", "2013-03-22").empty


def test_a_contract_month_is_ahead_and_decades_before_1900_are_decades():
    """Markets copy: "Gold for April delivery fell", told in March, is this April, not last April (the past
    tense of the price does not place the contract); "the 1790s" is a decade as "the 1990s" is, while "the
    1800s", as often a century, is left alone."""
    got = extract_timexes("Gold for April delivery fell. The March contract rose. It was built in the 1790s.", "2013-03-22")
    assert got["value"].tolist() == ["2013-04", "2013-03", "179"], got
    assert extract_timexes("In the 1800s the town grew.", "2013-03-22").empty


@pytest.mark.parametrize("text,want", [
    ("In February contracts were signed.", ["2013-02"]),  # no contract month: "in", not "for ... delivery"
    ("December futures fell.", ["2013-12"]),  # a contract month without a preposition
    ("The show runs Dec-Jan. 5.", ["2013-01-05"]),  # a day after the pair: no pair
    ("The fair runs Jan.-Feb. 2, 2014.", ["2014-02-02"]),
    ("Profit fell in the October-December quarter of 2011.", ["2011-10", "2011-12", "2011"]),
    ("Each May Day, workers march.", ["2013-05-01"]),  # a holiday, not every May
    ("He was remembered each Sept. 11.", ["2012-09-11"]),
    ("Every June Carter fan knows. Each fall cost him a bone.", []),
    ("The Q4 model was unveiled. H1-B visas were capped. Use an H1 heading. H2 fuel cells powered the bus.", []),
    ("Sales of the Audi Q3 rose.", []),
    ("Mr. March said the plan was sound. Gen. March, the commander, spoke. March on, he said.", []),
    ("But March sales fell. Despite October's slump, shares rose.", ["2013-03", "2012-10"]),
    ("He arrived in January of Obama's second term.", ["2013-01"]),
])
def test_short_period_forms_leave_their_lookalikes_alone(text, want):
    """Look-alikes a second read of the short forms found: a contract needs "for ... delivery" or the month right
    before it; a pair stops before a day and takes a year written after it; "each May Day" is the holiday;
    "Q4"/"H1" alone need a preposition or a word of results; a title before "March" makes a surname."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


def test_a_frequency_word_in_a_title_is_no_set():
    """'Us Weekly', 'Entertainment Weekly': a capitalised frequency word after a word on its line names a
    magazine; at the start of a sentence, or in lower case, it is still a set."""
    got = extract_timexes("He told Us Weekly on Friday. Entertainment Weekly confirmed it. Publishers Weekly "
                          "praised it. Weekly sales rose. Daily, the bridge carries cars. It is published weekly.",
                          "2013-03-21")
    assert got[["text", "value"]].values.tolist() == [["Friday", "2013-03-15"], ["Weekly", "P1W"],
                                                      ["Daily", "P1D"], ["weekly", "P1W"]]


def test_a_fiscal_quarter_told_as_done_is_the_one_just_reported():
    """A company's fiscal quarter is not the calendar's: told as done, it is the one that ended in the last two
    months, named by the calendar year it ended in; a calendar quarter told as done is the latest begun."""
    def value(text, ref):
        return extract_timexes(text, ref)["value"].tolist()
    assert value("FedEx said fiscal third-quarter profit fell.", "2013-03-22") == ["2013-Q3"]
    assert value("Profit rose in the third quarter.", "2013-03-22") == ["2012-Q3"]
    assert value("Apple said fiscal first-quarter profit was flat.", "2013-01-24") == ["2012-Q1"]
    assert value("Oracle expects fiscal fourth-quarter revenue to rise.", "2013-03-22") == ["2013-Q4"]


@pytest.mark.parametrize("text,want", [
    ("Rain is forecast for Tuesday.", ["2013-03-26"]),
    ("Forecasters expect heavy snow on Monday.", ["2013-03-25"]),
    ("The new rules come into force on Saturday.", ["2013-03-23"]),
    ("The company has been losing money since May.", ["2012-05"]),
    ("Since October, he has been paid twice.", ["2012-10"]),
    ("Since Monday is a public holiday, markets will be closed.", ["2013-03-25"]),  # "since": because
    # look-alikes a second read found: a noun ("tax returns", "World Cup hosts"), a past event after the cue
    ("The senator released his tax returns on Monday.", ["2013-03-18"]),
    ("World Cup hosts Brazil beat Japan on Saturday.", ["2013-03-16"]),
    ("Zimmerman faces a murder charge in the shooting on Feb. 26.", ["2013-02-26"]),
    ("Letta vowed to press ahead with reforms in a speech on Wednesday.", ["2013-03-20"]),
    ("BP agreed to pay $4.5 billion in November.", ["2012-11"]),
])
def test_a_schedule_without_will_is_ahead_and_since_is_behind(text, want):
    """Present-tense schedules that are never nouns ('comes into force', 'is forecast', 'forecasters expect')
    place a time ahead; 'since' places it behind, unless it means 'because' (Friday 2013-03-22). Limits: 'faces
    a vote on Tuesday', 'hosts Chelsea on Saturday' and 'vowed to cut taxes in the autumn' stay in the past,
    as 'faces', 'hosts', 'returns' are as often nouns and a promise's date is as often the promise's."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


def test_a_holiday_ahead_told_in_the_past_is_the_coming_one():
    """'ahead of Christmas' in a past-tense sentence a week before is this Christmas: a holiday keeps the reading
    of any date without a year (a past-tense 'killed on Good Friday' told a week before Easter is read the same
    way, wrongly: the words do not tell the two apart)."""
    assert extract_timexes("Shoppers crowded stores on Saturday ahead of Christmas.",
                           "2012-12-16")["value"].tolist() == ["2012-12-15", "2012-12-25"]
    assert extract_timexes("Travelers packed airports ahead of Thanksgiving.", "2013-11-20")["value"].tolist() == \
        ["2013-11-28"]


def test_degrees_in_weather_copy_are_no_decades():
    """'the 70s' beside a weather word is degrees; with an apostrophe or in other copy it is a decade."""
    got = extract_timexes("Forecasters said temperatures would climb into the 70s. Highs will be in the mid-60s. "
                          "Lows in the upper 30s. The music of the 70s is back. He was a star in the 80s. The weather "
                          "was cold. Inflation soared in the '70s, when temperatures also rose.", "2013-03-22")
    assert got[["text", "value"]].values.tolist() == [["the 70s", "197"], ["the 80s", "198"], ["the '70s", "197"]]


def test_a_house_number_or_an_identifier_is_no_year():
    """'at 2013 Main Street', 'section 2013', 'Room 1999' name a house or a part; a preposition of time keeps
    the year ('In 2013 Main Street shops suffered'), and so does a name after it ('The 2012 Olympic Games')."""
    got = extract_timexes("The office is at 2013 Main Street. Under section 2013 of the code, fines double. Room "
                          "1999 was booked. In 2013 Main Street shops suffered. The 2012 Olympic Games were in London.",
                          "2013-03-22")
    assert got["value"].tolist() == ["2013", "2012"]


def test_named_days_are_holidays_or_no_weekday():
    """'Black Friday' and 'Cyber Monday' have dates (after Thanksgiving); 'Black Monday', 'Bloody Sunday' and
    'Super Tuesday' name a day of some year, not this week's; 'met Black on Monday' is a Monday."""
    got = extract_timexes("Black Friday sales fell. Cyber Monday sales rose. Bloody Sunday remains a painful "
                          "memory. Romney won most Super Tuesday states. He met Black on Monday.", "2013-03-22")
    assert got[["text", "value"]].values.tolist() == [["Black Friday", "2012-11-23"], ["Cyber Monday", "2012-11-26"],
                                                      ["Monday", "2013-03-18"]]


@pytest.mark.parametrize("text,want", [
    ("A 2012 Supreme Court ruling struck down the law.", ["2012"]),  # a court, not a street
    ("The 2008 Wall Street crash hurt savers.", ["2008"]),
    ("She went to high school in the 70s.", ["197"]),  # "high" is no weather word
    ("Mortgage rates hit lows not seen since the 70s.", ["197"]),
    ("Conrad Black Monday asked a court to free him.", ["2013-03-18"]),  # a surname before the weekday
    ("He watched the six o'clock news. The 5 O'Clock Club met.", []),
    ("It was the last decade of the 19th century.", ["18"]),  # no decade before now
    ("Shares traded at 15 times a year's earnings.", []),
])
def test_second_read_lookalikes_of_this_sessions_rules(text, want):
    """Look-alikes a second read of the house-number, degree, event-name, o'clock, decade and frequency rules found."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


@pytest.mark.parametrize("text,want", [
    ("By Jan Colley, PA News\nA jury today awarded damages.", ["2013-03-22"]),  # a byline's forename
    ("By April Ryan, PA News\nThe talks ended.", []),
    ("Sales fell in Jan and Feb.", ["2013-01", "2013-02"]),  # months still
    ("In March Microsoft said it would cut jobs.", ["2013-03"]),  # a month before a company
    ("Paul Noon, 23, of Gregson Street, is charged.", []),  # a surname
    ("The Noon deadline passed. By Noon, it was over.", ["2013-03-22T12:00", "2013-03-22T12:00"]),
    ("He told USA TODAY's weekly video series that he would run.", ["P1W"]),  # a newspaper's title
    ("COURT TO RULE TODAY ON APPEAL", ["2013-03-22"]),  # a headline in capitals keeps its day
    ("Robby Mook told CBS This Morning that it was fine.", []),  # a programme's title
    ("This Morning, he left.", ["2013-03-22TMO"]),
])
def test_names_and_titles_that_look_like_times(text, want):
    """Forenames ('Jan Colley', 'April Ryan' after a byline's 'By'), a surname ('Paul Noon') and titles ('USA
    TODAY', 'CBS This Morning') found by comparing our times with spaCy's on unlabelled PolNeAR and METER copy."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


@pytest.mark.parametrize("text,want", [
    ("Talks Resume Friday Night In Rome", ["2013-03-22TNI"]),  # a title-case headline (this crashed)
    ("Channel 4's Friday Night Live began in 1988.", ["1988"]),  # a programme
    ("They watched Monday Night Football.", []),
    ("FRIDAY NIGHT RALLY ENDS", ["2013-03-22TNI"]),
    ("The poet was named Cartoonist of the Year. It was the best result of the year.", ["2013"]),
    ("He has been burning the midnight oil. The truce begins at midnight.", ["2013-03-22T24:00"]),
])
def test_weekday_nights_and_titles(text, want):
    """A capitalised 'Night' after a weekday: a time in a headline, a programme before another capitalised word;
    an award 'of the Year' and 'the midnight oil' are no times."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


@pytest.mark.parametrize("text,want", [
    ("She hid in a second-floor office.", []),  # an ordinal
    ("In-ad units earn about one quarter of the revenue. Three quarters of voters agreed.", []),  # fractions
    ("They seized three quarters of a ton of cannabis.", []),
    ("Japan posted two consecutive quarters of negative growth.", ["P2Q"]),  # a run of quarters
    ("It has had three quarters of losses in a row.", ["P3Q"]),
    ("Pictures of her filled magazines in the nineteen fifties.", ["195"]),
    ("He must prove his health in Spring Training.", []),  # a name
    ("In Spring Prices Rose", ["2013-SP"]),  # a title-case headline keeps its season
    ("She hosted a half-hour show after a half-century of rule.", ["PT30M", "P50Y"]),
    ("Voting began on Dec.14 in the capital.", ["2012-12-14"]),  # no space after the stop
])
def test_fractions_ordinals_names_and_written_forms(text, want):
    """Look-alikes and forms found on unlabelled web news and ECB+ copy (comparing our times with spaCy's):
    'a second-floor', 'a quarter of' the revenue; decades in words, half units, 'Dec.14'."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


@pytest.mark.parametrize("text,want", [
    ("By June Congress must act on the debt.", ["2013-06"]),  # no byline: a subject follows
    ("In Jan Microsoft said it would cut jobs.", ["2013-01"]),  # "Jan" after a preposition is the month
    ("Reporting by April Joyner; Editing by Tom Brown", []),  # a Reuters sign-off
    ("Vote Set For Noon Friday", ["2013-03-22T12:00"]),  # a title-case headline keeps its noon
    ("Talks Go Past Midnight", ["2013-03-22T24:00"]),
    ("At midnight oil prices jumped 5 percent.", ["2013-03-21T24:00"]),  # no "burning the midnight oil"
    ("UNION STRIKES TODAY over pay", ["2013-03-22"]),  # only "USA TODAY" is a title
    ("Minister Quits This Morning", ["2013-03-22TMO"]),
    ("On Friday Night Ryan scored twice.", ["2013-03-22TNI"]),  # no programme word after "Night"
    ("Inflation Hits Highest Level of the Year", ["2013"]),  # a superlative, no award
    ("The economy has grown for three quarters, the ONS said.", ["P3Q"]),
    ("He scored a half-century against Australia.", []),  # fifty runs
    ("Unemployment in Dec.7.8 percent was high.", ["2012-12"]),  # a rate, no day
])
def test_second_read_lookalikes_of_the_name_and_title_guards(text, want):
    """Look-alikes a second read of this round's guards found (434 sentences, old code against new)."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


@pytest.mark.parametrize("text,want", [
    ("She was voted the club's player of the year.", []),  # an award, in lower case
    ("It is the best car of the year so far.", ["2013"]),  # a superlative: the most of this year
    ("Prices will rise for the rest of the year.", ["2013"]),
    ("The firm posted half-yearly results.", ["P6M"]),  # not "yearly"
    ("The law took effect in Dec.2012 after a vote.", ["2012-12"]),  # no space after the stop
    ("The meeting lasted a quarter of an hour.", ["PT15M"]),
    ("It has stood for three quarters of a century.", ["P75Y"]),
    ("Retail Sales Rise In Spring As Consumers Return", ["2013-SP"]),  # title case: "In" opens no name
    ("Protests of the Arab Spring spread.", []),  # a name
])
def test_awards_fractions_of_units_and_headline_seasons(text, want):
    """Forms left after the last round: lower-case awards, 'half-yearly', 'Dec.2012', quarters of an hour or a
    century, and a title-case headline's season after 'In'."""
    assert extract_timexes(text, "2013-03-22")["value"].tolist() == want


@pytest.mark.parametrize("text,ref,want", [
    ("He was arrested a few hours later after a chase.", "2007-04-10", ["PTXH"]),  # no time ahead of publication
    ("Several months before he died, he wrote a will.", "2007-04-10", ["PXM"]),
    ("It will open a few years from now.", "2007-04-10", ["FUTURE_REF"]),
    ("They met years ago.", "2007-04-10", ["PAST_REF"]),
    ("Hobbs attacked her with a chisel on 28 August.", "1999-07-12", ["1998-08-28"]),  # a finished event
    ("The men were bombed on August 8.", "1999-07-12", ["1998-08-08"]),
    ("She crashed her car on June 8.", "2013-05-03", ["2012-06-08"]),  # a crash: finished, not a coming day
    ("Thieves stole the van on June 8.", "2013-05-03", ["2012-06-08"]),
    ("The company crashed the launch party on June 8 to promote its app.", "2013-05-03", ["2012-06-08"]),
    ("Officials confirmed the vote on Aug. 30.", "1999-07-12", ["1999-08-30"]),  # the vote's day: may lie ahead
    ("The offer was extended to Aug. 30.", "1999-07-12", ["1999-08-30"]),  # a coming deadline
    ("He might lose if his candidate were to win in November.", "2016-09-23", ["2016-11"]),  # hypothetical: ahead
    ("She learnt only on 23 September that she would be required.", "1999-10-04", ["1999-09-23"]),  # British past
])
def test_audit_classes_vague_distances_finished_events_and_cues(text, ref, want):
    """Classes a read of our values on unlabelled news found (PolNeAR, ECB+, METER; 1,125 items): 'a few hours
    later' is a vague duration from an event of the story (TimeML leaves 'later' out as a signal), never a time
    ahead of publication; a day of a finished event ('attacked her on 28 August', told in July) is the last one;
    'were to' is hypothetical and ahead; 'learnt' is past."""
    assert extract_timexes(text, ref)["value"].tolist() == want


@pytest.mark.parametrize("text,ref,want", [
    ("Her work after the Sept. 11 terrorist attacks won praise.", "2016-09-20", ["2001-09-11"]),
    ("He attended the Sept. 11 memorial ceremony.", "2016-09-20", ["2016-09-11"]),  # an observance of the year
    ("Youth unemployment is in the mid-30s after hovering around 60% for years.", "2016-09-20", ["PXY"]),  # a share
    ("The victims, in their mid-60s to late-80s, were cheated.", "1999-10-04", []),  # ages
    ("A low in the lower 50s, with a high in the upper 70s.", "2017-01-01", []),  # degrees, no decades
    ("The firm was founded in the mid-80s.", "1999-10-04", ["198"]),  # a decade
    ("It would raise $1.1 trillion over the next decade.", "2016-09-20", ["P10Y"]),  # as "over the past decade"
    ("He was then Sunday Express editor.", "1999-10-04", []),  # a paper
    ("He told Fox News Sunday that he would run.", "2016-09-20", []),  # a programme
    ("On Sunday Post Office workers struck.", "1999-10-04", ["1999-10-03"]),  # a day before a name
    ("He gave up, finally turning himself in the next day.", "1999-10-04", ["1999-10-05"]),  # no duration
    ("It will appear in next week's edition.", "1999-10-04", ["1999-W41"]),
    ("He called at about 9:25 in the morning of 10th Nov.", "2011-11-15", ["2011-11-10T09:25"]),
    ("He was tweeting at three o'clock in the morning.", "2016-09-30", ["2016-09-30T03:00"]),
    ("Gray scored on a 2-yard touchdown in the second quarter.", "2011-01-05", []),  # a quarter of a game
    ("Profit rose in the second quarter.", "2011-01-05", ["2010-Q2"]),
])
def test_audit_classes_named_days_ranges_titles_and_spans(text, ref, want):
    """More classes from the read of our values on unlabelled news: the day of the 2001 attacks, shares, ages and
    degrees that look like decades, 'over the next decade', papers and programmes named after a day, a particle
    'in', a day after a clock time, an hour in words, and a quarter of a game."""
    assert extract_timexes(text, ref)["value"].tolist() == want


@pytest.mark.parametrize("text,ref,want", [
    # a present or future passive, "get married", "to have met", a date as the object: no finished event
    ("The results are released on August 15, officials said.", "2013-07-12", ["2013-08-15"]),
    ("Smith, who is getting married on 28 August, said he was delighted.", "2013-07-12", ["2013-08-28"]),
    ("Negotiators said they had settled on Aug. 31 as the new deadline.", "2013-07-12", ["2013-08-31"]),
    ("Officers were to have met on Aug. 28 but cancelled.", "2013-07-12", ["2013-08-28"]),
    ("She was arrested at her home on Aug. 2 by detectives.", "2013-07-12", ["2012-08-02"]),  # still finished
    # "were to" is ahead only in a condition; "were to blame" never
    ("Investigators said faulty wiring was to blame, and drivers were to blame for the fire on Aug. 30.",
     "2013-09-05", ["2013-08-30"]),
    ("If interest rates were to rise in June, mortgages would cost more.", "2013-09-05", ["2014-06"]),
    # a share beside a decade that is a time adjunct; a share level after a level verb
    ("Inflation hit 20% in the 80s.", "2013-03-22", ["198"]),
    ("Turnout was in the mid-60s, a few points lower than in 2010.", "2013-03-22", ["2010"]),
    # the attacks' words next to "Sept. 11", not anywhere in the sentence; no 2001 before 2001
    ("The vote on the anti-terror bill is set for Sept. 11.", "2013-03-22", ["2013-09-11"]),
    ("A heart attack killed him on Sept. 11, his family said.", "2013-03-22", ["2012-09-11"]),
    ("Al-Qaeda carried out the attacks on Sept. 11.", "2013-03-22", ["2001-09-11"]),
    ("The Sept. 11 attack on the embassy shocked the capital.", "1999-07-12", ["1999-09-11"]),
    # business words keep a calendar quarter in a sentence with game words
    ("DraftKings said revenue rose in the second quarter as field goal bets surged.", "2013-09-05", ["2013-Q2"]),
    # capitalised "In"/"For" inside a sentence stay a name's
    ("Tickets for Shakespeare In Spring go on sale.", "2013-03-22", []),
    # "News" names programmes before Sunday only; a title word opening another name is no paper
    ("Sen. Graham told NBC News Tuesday that he would vote no.", "2013-03-22", ["2013-03-19"]),
    ("Spain play France in a Saturday World Cup qualifier.", "2013-03-22", ["2013-03-16"]),
    ("The Mail On Sunday said the deal was done.", "2013-03-22", []),
    # a particle "in" needs an object after verbs that are as often plain intransitives
    ("Ministers will move in the next week to cut taxes.", "2013-03-22", ["P1W"]),
    ("The gunman gave himself in the next day.", "2013-03-22", ["2013-03-23"]),
    # ordinals and hyphenated superlatives count this year's; a headline's award noun
    ("Messi scored his 50th goal of the year.", "2013-03-22", ["2013"]),
    ("The best-selling single of the year was by Pharrell.", "2013-03-22", ["2013"]),
    ("Bale Named Player Of The Year", "2013-03-22", []),
    ("The contract runs from Mar.2012 to Feb.2014.", "2013-03-22", ["2012-03", "2014-02"]),
    ("He left at twelve o'clock at night.", "2013-03-22", ["2013-03-22T24:00"]),
])
def test_review_look_alikes_of_the_audit_classes(text, ref, want):
    """Look-alikes of the audit classes that the first versions of their guards misread (review 31)."""
    assert extract_timexes(text, ref)["value"].tolist() == want


GAME_REPORT = ("The Lakers beat the Thunder 112-107. Davis hit two 3-pointers, James added a layup and a dunk. "
               "Kuzma left the court in the second quarter with an eye abrasion.")


@pytest.mark.parametrize("text,ref,want", [
    ("The Gophers (9-1, 6-1) play Saturday against the Wildcats.", "2019-11-19", ["2019-11-23"]),  # a fixture
    ("Thunder: Host the Lakers on Friday.", "2019-11-20", ["2019-11-22"]),
    ("They watched them play Saturday.", "2019-11-20", ["2019-11-16"]),  # an object pronoun: no fixture
    ("He told Daily host Alex Marlow on Thursday how surprised he was.", "2016-09-15", ["2016-09-15"]),  # a noun
    ("Tickets go on sale at 10 a.m. Friday, Dec. 6.", "2019-11-19", ["2019-12-06T10:00"]),  # the date, not the weekday
    ("PG&E initiated four rounds of planned outages in October.", "2019-11-20", ["2019-10"]),  # a kind of outage
    ("He said the planned talks on Monday would go ahead.", "2019-11-20", ["2019-11-25"]),  # said: the cue stands
    ("He weighed in on Thursday's fight on Monday, saying Rudolph should be punished.", "2019-11-20",
     ["2019-11-14", "2019-11-18"]),  # the possessive day's own clause
    ("Sunday's vote, analysts say, will decide it.", "2019-11-20", ["2019-11-24"]),  # an aside is no clause break
    ("The Lakers went up 109-98 with 3:08 to play.", "2019-11-20", ["PT3M8S"]),  # a game clock
    ("His goal 2:55 into overtime won it.", "2019-11-20", ["PT2M55S"]),
    ("At 6:30 left the house, she said.", "2019-11-20", ["2019-11-20T06:30"]),  # "left" without "with"
    (GAME_REPORT, "2019-11-20", []),  # a game report: the quarter is the game's
    ("Davis hit two 3-pointers. Profit rose in the second quarter.", "2019-11-20", ["2019-Q2"]),
    ("She would love to one day buy a cooler.", "2019-11-20", ["FUTURE_REF"]),  # some day to come
    ('She told him: "One day you will thank me."', "2019-11-20", ["FUTURE_REF"]),
    ("He was held against her will for one day.", "2019-11-20", ["P1D"]),  # a length; "will" a noun
    ("Shares fell 3 percent in one day.", "2019-11-20", ["P1D"]),
    ("Updated 7 days a week, open 24 hours a day.", "2019-11-20", ["P1W", "P1D"]),  # one frequency each
    ("Copyright 2019 Hawaii News Now. All rights reserved.", "2019-11-20", ["2019"]),  # a station's name
    ("The band will tour in 2020. The tour stops at Blossom on July 22.", "2019-11-19", ["2020", "2020-07-22"]),
    ("Tour 2020 dates:\nJune 9 - Atlanta\nJune 11 - Tampa", "2019-11-19", ["2020", "2020-06-09", "2020-06-11"]),
    ("The company expects growth in 2020. Sales in July rose 3 percent.", "2019-11-19", ["2020", "2019-07"]),  # past
    ("It will launch in November 2006. The plane arrives on November 11.", "2005-11-03",
     ["2006-11", "2005-11-11"]),  # three days away: the usual reading
    ("Rolling Stone reported the tour in 2020 that stops at Blossom on July 22.", "2019-11-19",
     ["2020", "2020-07-22"]),  # the relative clause's own tense
    ("He reported that sales rose in July.", "2019-11-19", ["2019-07"]),
])
def test_web_news_audit_classes(text, ref, want):
    """Classes a read of 325 values on 2014-2019 web news found (the article-extraction pages, half A): fixtures
    in the plain present, a clock time's written date, 'planned' as a kind, a possessive day's own clause, game
    clocks and game quarters, 'one day' as some day to come, frequencies, a name ending in 'Now', and a day or
    month without a year after the text named the coming year."""
    assert extract_timexes(text, ref)["value"].tolist() == want


@pytest.mark.parametrize("text,want", [
    ("He served a 1-1/2 year term.", ["P1Y6M"]),
    ("He left after five-and-a-half years in charge.", ["P5Y6M"]),
    ("Prices may rise in the next couple of years.", ["P2Y"]),
    ("He moved to Nashville in 1990. Larry King Now aired later.", ["1990"]),  # a show's name
])
def test_written_fractions_couples_and_names(text, want):
    """Written forms of the web-news read: hyphenated halves, 'couple of' counts, a show named '... Now'."""
    assert extract_timexes(text, "2019-11-20")["value"].tolist() == want


@pytest.mark.parametrize("text,ref,want", [
    ('Did the Lakers play Tuesday?', '2019-11-20', ['2019-11-19']),
    ('The host Sunday night was Jimmy Kimmel.', '2019-11-20', ['2019-11-17TNI']),
    ('Her visit Wednesday to the hospital was brief.', '2019-11-22', ['2019-11-20']),
    ('Their play Sunday showed how far they have come.', '2019-11-20', ['2019-11-17']),
    ('Flu-related doctor visits Monday reached a season high.', '2019-11-20', ['2019-11-18']),
    ('Fans who saw the Rolling Stones play Friday said it was the show of the year.', '2019-11-20', ['2019-11-15', '2019']),
    ('The polls open at 7 a.m. Tuesday, Nov. 5, and close at 8 p.m.', '2019-11-01', ['2019-11-05T07:00', '2019-11-05T20:00']),
    ('The sale runs 9 a.m.-3 p.m. Saturday, Dec. 14.', '2019-11-20', ['2019-12-14T09:00', '2019-12-14T15:00']),
    ('Open house is 10 a.m. to 2 p.m. Sunday, Dec. 8, at the library.', '2019-11-20', ['2019-12-08T10:00', '2019-12-08T14:00']),
    ('The market is open from 8 a.m. to noon Saturday, Nov. 23.', '2019-11-20', ['2019-11-23T08:00', '2019-11-23T12:00']),
    ('Workers staged walkouts ahead of planned layoffs in January.', '2019-11-20', ['2020-01']),
    ('The utility notified customers of planned shutoffs on Wednesday and Thursday.', '2019-11-18', ['2019-11-20', '2019-11-21']),
    ('The teams met Sunday, and planned rematches in March were scrapped.', '2019-11-20', ['2019-11-17', '2020-03']),
    ("Sunday's election, when voters choose a new parliament, will be the third in a year.", '2019-11-20', ['2019-11-24', 'P1Y']),
    ('The train leaves at 10:30 to go to Edinburgh.', '2019-11-20', ['2019-11-20T10:30']),
    ('The fire alarm went off at 10:15 remaining on for an hour.', '2019-11-20', ['2019-11-20T10:15', 'PT1H']),
    ('The sentence was cut to one day.', '2019-11-20', ['P1D']),
    ('The race was shortened to one day because of the storm.', '2019-11-20', ['P1D']),
    ('Teachers will strike one day next week.', '2019-11-20', ['P1D', '2019-W48']),
    ('She was jailed for 30 days a week before the election.', '2019-11-20', ['P30D', 'P1W']),
    ('His play Saturday earned him Big Ten player of the week honors.', '2019-11-20', ['2019-11-16']),
    ("Kirk Cousins' play Sunday was the best of his career.", '2019-11-20', ['2019-11-17']),
    ("The team's play Saturday was sloppy, coach Fleck said.", '2019-11-20', ['2019-11-16']),
    ('The Titans ran 64 plays Sunday and scored twice.', '2019-11-20', ['2019-11-17']),
    ('He was on the field for 58 plays Sunday.', '2019-11-20', ['2019-11-17']),
    ("The president's visit Tuesday drew hundreds of protesters.", '2019-11-20', ['2019-11-19']),
    ('During his visit Monday, Pompeo praised the Israeli government.', '2019-11-20', ['2019-11-18']),
    ("The late-night host on Monday mocked the president's tweets.", '2019-11-20', ['2019-11-18']),
    ('The CNN host on Tuesday apologized for the remark.', '2019-11-20', ['2019-11-19']),
    ('The Fox News host Friday called the impeachment hearings a sham.', '2019-11-20', ['2019-11-15']),
    ('A talk-show host Thursday accused the senator of lying.', '2019-11-20', ['2019-11-14']),
    ('Emergency room visits Monday topped 300, officials said.', '2019-11-20', ['2019-11-18']),
    ('Several new faces Tuesday joined the committee.', '2019-11-20', ['2019-11-19']),
    ('Fans who watched the Gophers play Saturday were thrilled.', '2019-11-20', ['2019-11-16']),
    ('Coach Fleck let his freshmen play Saturday, and they delivered.', '2019-11-20', ['2019-11-16']),
    ('I saw Springsteen play Friday night at the Garden.', '2019-11-20', ['2019-11-15TNI']),
    ('Officials said the home visits Friday went smoothly.', '2019-11-20', ['2019-11-15']),
    ('After watching the Bears play Sunday, the coach said changes are needed.', '2019-11-20', ['2019-11-17']),
    ("The game's final play Sunday was reviewed for 10 minutes.", '2019-11-20', ['2019-11-17', 'PT10M']),
    ("The defense's play Sunday drew praise from Belichick.", '2019-11-20', ['2019-11-17']),
    ("The Queen's state visit Tuesday was her first since 2015.", '2019-11-20', ['2019-11-19', '2015']),
    ('The school play Friday sold out.', '2019-11-20', ['2019-11-15']),
    ('The Tigers lost 21-7 despite strong play Saturday from their defense.', '2019-11-20', ['2019-11-16']),
    ("Boris Johnson's visit on Monday to flood-hit areas was met with heckling.", '2019-11-20', ['2019-11-18']),
    ("Brady's play Sunday was vintage.", '2018-09-05', ['2018-09-02']),
    ("The Pope's visit on Sunday drew a million people.", '2019-11-20', ['2019-11-17']),
    ('Neighbors heard the band play Saturday night at the stadium.', '2019-11-20', ['2019-11-16TNI']),
    ("Tiger Woods' play Thursday put him two shots off the lead.", '2018-09-05', ['2018-08-30']),
    ("Obama's surprise visit on Friday delighted the troops.", '2016-03-10', ['2016-03-04']),
    ("The royal couple's visit on Thursday to Manchester was cut short.", '2019-11-20', ['2019-11-14']),
    ("Trump's visit Monday to Walter Reed raised questions about his health.", '2019-11-20', ['2019-11-18']),
    ('Clinic visits Friday were down sharply after the shooting.', '2019-11-20', ['2019-11-15']),
    ('The two plays Sunday that decided the game were both reviewed.', '2019-11-20', ['2019-11-17']),
    ('Fans got to see Zion play Friday for the first time.', '2019-11-20', ['2019-11-15']),
    ('The coach watched the Vikings play Sunday from the press box.', '2019-11-20', ['2019-11-17']),
    ("The show's host Sunday thanked the crew.", '2019-11-20', ['2019-11-17']),
    ("The couple's visit on Friday included a stop at a school.", '2019-11-20', ['2019-11-15']),
    ('The event runs from 10 a.m. to 4 p.m. Saturday, Dec. 14.', '2019-11-20', ['2019-12-14T10:00', '2019-12-14T16:00']),
    ('PG&E warned customers of planned outages on Saturday.', '2019-11-20', ['2019-11-23']),
    ('Unions confirmed planned strikes on Friday and Saturday.', '2019-11-20', ['2019-11-22', '2019-11-23']),
    ('The judge granted the motion and scheduled arguments in January.', '2019-11-20', ['2020-01']),
    ('Police arrested activists ahead of planned protests on Sunday.', '2019-11-20', ['2019-11-24']),
    ("Voters head to the polls for Sunday's runoff, when they will choose a new president.", '2019-11-20', ['2019-11-24']),
    ("Markets braced for Friday's deadline, after which new tariffs will take effect.", '2019-11-20', ['2019-11-22']),
    ("Sunday's marathon, because of the heat, will start at 6 a.m.", '2019-11-20', ['2019-11-24', '2019-11-24T06:00']),
    ("The campaign is preparing for Tuesday's primary, when voters will choose a nominee.", '2016-03-10', ['2016-03-15']),
    ("Ahead of Tuesday's summit, but after weeks of talks, the leaders will meet.", '2019-11-20', ['2019-11-26']),
    ("Saturday's parade, so organizers say, will be the largest yet.", '2019-11-20', ['2019-11-23']),
    ("Traders await Thursday's rate decision, when the bank is expected to cut.", '2019-11-20', ['2019-11-21']),
    ("Wednesday's match, after which England will fly home, is a dead rubber.", '2019-11-18', ['2019-11-20']),
    ('Trump arrived at his golf club at 9:45 to play a round with Jack Nicklaus.', '2019-11-20', ['2019-11-20T09:45']),
    ('The band takes the stage at 9:30 to play its greatest hits.', '2019-11-20', ['2019-11-20T09:30']),
    ('The council stayed until 11:45 to go through the budget line by line.', '2019-11-20', ['2019-11-20T11:45']),
    ('Buses leave at 7:15 to go to the stadium.', '2019-11-20', ['2019-11-20T07:15']),
    ('The children will arrive at 8:30 to play in the snow.', '2019-11-20', ['2019-11-20T08:30']),
    ('Crowds gathered at 5:30 to go see the lights.', '2019-11-20', ['2019-11-20T05:30']),
    ('At 10:30 of the first day of the trial, the judge called a recess.', '2019-11-20', ['2019-11-20T10:30']),
    ('Students arrive at 8:15 to go over their homework before class.', '2019-11-20', ['2019-11-20T08:15']),
    ('Doors open at 6:45 to play host to the first guests.', '2019-11-20', ['2019-11-20T06:45']),
    ('DraftKings lets fans bet on touchdowns, field goals and interceptions. The company plans to go public in the second quarter.', '2019-12-23', ['2020-Q2']),
    ('The stadium has seen touchdowns, field goals and halftime shows. Its owners plan to sell it in the second quarter.', '2019-12-23', ['2020-Q2']),
    ('Nike sponsors stars known for dunks, layups and three-pointers. The company will open its new store in the second quarter.', '2019-12-23', ['2020-Q2']),
    ("ESPN's touchdown highlights, buzzer-beaters and dunks draw viewers. The network will launch a new app in the first quarter.", '2019-12-23', ['2020-Q1']),
    ('The launch will be delayed one day because of weather.', '2019-11-20', ['P1D']),
    ('The conference will run one day only.', '2019-11-20', ['P1D']),
    ('The vote will happen one day early.', '2019-11-20', ['P1D']),
    ('Payments will arrive one day late.', '2019-11-20', ['P1D']),
    ('The waiting period was cut from three days to one day.', '2019-11-20', ['P3D', 'P1D']),
    ('The festival was cut to one day because of rain.', '2019-11-20', ['P1D']),
    ('She was going to work one day in 2015 when she was struck by a car.', '2019-11-20', ['P1D', '2015']),
    ('Smith, who will retire next month, recalled one day in 1985 when the mill closed.', '2019-11-20', ['2019-12', 'P1D', '1985']),
    ('Will Smith recalled one day on set when he lost his temper.', '2019-11-20', ['P1D']),
    ('He will never forget one day in May 1998.', '2019-11-20', ['P1D', '1998-05']),
    ('The store will stay open one day longer.', '2019-11-20', ['P1D']),
    ('The suspension will be reduced to one day.', '2019-11-20', ['P1D']),
    ('The judge reduced the sentence to one day in jail.', '2019-11-20', ['P1D']),
    ('He was sentenced to one day in jail.', '2019-11-20', ['P1D']),
    ("He will be suspended one game and fined one day's pay.", '2019-11-20', ['P1D']),
    ('The team will practice one day this week instead of two.', '2019-11-20', ['P1D', '2019-W47']),
    ('He was going to the store one day last spring when he was robbed.', '2019-11-20', ['P1D', '2019-SP']),
    ('Lawmakers will be in session one day next week.', '2019-11-20', ['P1D', '2019-W48']),
    ('Passengers will be allowed to stay one day.', '2019-11-20', ['P1D']),
    ('The storm will be gone one day sooner than expected.', '2019-11-20', ['P1D']),
    ('If you will recall, one day in 2008 the market crashed.', '2019-11-20', ['P1D', '2008']),
    ('He was sentenced to 30 days a year ago.', '2019-11-20', ['P30D', '2018']),
    ('The mine was closed for three weeks a year earlier.', '2019-11-20', ['P3W', '2018']),
    ('The company gave him two weeks a month before the layoffs.', '2019-11-20', ['P2W', 'P1M']),
    ('Economists expect inflation to reach 2 percent in 2020. Prices have risen sharply in July and August.', '2019-11-20', ['2020', '2019-07', '2019-08']),
    ('The plant will open in 2020. Construction begins in December.', '2019-02-10', ['2020', '2019-12']),
    ('The bank forecasts 2 percent growth in 2020. In its July report, the bank forecast 2.5 percent.', '2019-11-20', ['2020', '2019-07']),
    ('She sued the company that owns the building in March.', '2019-11-20', ['2019-03']),
    ('He visited the factory that makes the parts in January.', '2019-11-20', ['2019-01']),
    ('Hotel bookings for 2020 are strong. Occupancy in July hit a record 94 percent.', '2019-11-20', ['2020', '2019-07']),
    ('The new terminal opens in 2020. Work on the roof finishes in September.', '2019-03-01', ['2020', '2019-09']),
    ('Harris is a 2020 presidential candidate. In this photo taken June 27, she speaks during the debate in Miami.', '2019-11-20', ['2020', '2019-06-27']),
    ('2020 hopeful Pete Buttigieg speaks at a rally in Des Moines in August.', '2019-11-20', ['2020', '2019-08']),
])
def test_second_reading_look_alikes_of_round_seven(text, ref, want):
    """Look-alikes of the round-seven classes that its first rules misread (review 32): nouns before a day
    ("his play Saturday", "the CNN host on Tuesday"), a clock range's first time, 'planned' after a verb
    of announcing, a possessive day's relative clause, clocks before "to play a round", a sports
    company's plans, 'one day' of a length or a past day, 'N days a year ago', a far date the sentence tells
    as past, a relative clause of a state ("the company that owns the building")."""
    assert extract_timexes(text, ref)["value"].tolist() == want


@pytest.mark.parametrize("text,ref,want", [
    # a time of day takes the day the sentences before it named, unless its tense puts that day on the
    # other side of the reference date
    ('A fire broke out on Tuesday. Firefighters were called at 3:33 a.m.', '2012-08-08', ['2012-08-07', '2012-08-07T03:33']),
    ('He was killed Friday. Police said the shooting occurred about 3 p.m.', '2013-05-04', ['2013-05-03', '2013-05-03T15:00']),
    ('An ambulance was called on February 16. No ambulance arrived until 5.05pm.', '1999-07-16', ['1999-02-16', '1999-02-16T17:05']),
    ('An ambulance was called at 4.25pm on February 16. None arrived until 5.05pm.', '1999-07-16',
     ['1999-02-16T16:25', '1999-02-16T17:05']),
    ('Police came at 12:30 a.m. Tuesday. The march had begun at 8 p.m.', '2013-03-12', ['2013-03-12T00:30', '2013-03-12T20:00']),
    ('The hall will reopen with a gala on December 4. The box office opened at 8am.', '1999-09-27',
     ['1999-12-04', '1999-09-27T08:00']),
    ('The vigil was held on Monday. Marchers set off at about 8 p.m. and walked. Kelly visited at 12:30 a.m. Tuesday.',
     '2013-03-12', ['2013-03-11', '2013-03-11T20:00', '2013-03-12T00:30']),
    ('The hearing was on Monday. It will resume at 10 a.m.', '2013-03-12', ['2013-03-11', '2013-03-12T10:00']),
    # past verbs whose present is the same form, before an object
    ('The storm hit the coast in February.', '2005-12-28', ['2005-02']),
    ('The company cut 500 jobs in February.', '2013-12-28', ['2013-02']),
    ('The storm could hit the coast in February.', '2013-12-28', ['2014-02']),
    ('Prices will hit a peak in June.', '2013-12-28', ['2014-06']),
    ('The manufacturing sector is going to start getting beat up in the spring.', '1998-02-06', ['1998-SP']),
    # clock times: seconds, zones, a clock read as hours, a year that is a clock
    ('Posted on November 15, 2011 6:07:15 PM', '2011-11-15', ['2011-11-15', '2011-11-15T18:07:15']),
    ('published : 2012-04-04 11:47:35', '2012-04-04', ['2012-04-04', '2012-04-04T11:47:35']),
    ('26 September 2013, 10:00 (GMT+05:00)', '2013-09-26', ['2013-09-26', '2013-09-26T10:00']),
    ('Dec 30, 2019 - 12:44 | Sports', '2019-12-30', ['2019-12-30', '2019-12-30T12:44']),
    ('The quake struck at 9:25 hours on Thursday.', '2011-11-11', ['2011-11-10T09:25', '2011-11-10']),
    ('The quake struck at 1852 HKT (1052 GMT).', '2007-04-10', ['2007-04-10T18:52']),
    # no times: a kind of "midnight", an ordinal "second", numbered weeks, web addresses, a round's clock
    ('The agency reversed the midnight regulations issued by Bush.', '2009-03-05', []),
    ('He had a midnight snack.', '2009-03-05', []),
    ('The midnight deadline passed.', '2009-03-05', ['2009-03-04T24:00']),
    ('He wants a contract for a second Hunger Games.', '2013-05-03', []),
    ('For a second I thought he was gone.', '2013-05-03', ['PT1S']),
    ('He returned to play in Weeks 14-16.', '2013-05-03', []),
    ('He was out for weeks.', '2013-05-03', ['PXW']),
    ('Read more at http://www.wellington-today.co.uk/news/2013/05/03/story today.', '2013-05-03', ['2013-05-03']),
    ('Shares in Amazon.com rose 5 percent on Tuesday.', '2013-05-03', ['2013-04-30']),
    ('The referee stopped the fight at 2:56 of the third round.', '2012-07-08', ['PT2M56S']),
    ('He scored at 10:30 of the first day.', '2013-05-03', ['2013-05-03T10:30']),
])
def test_ecb_audit_classes(text, ref, want):
    """Classes from a read of 404 values on ECB+ web news (round eight, half A): a time of day told in a
    sentence after its day, same-form past verbs, timestamps with seconds or zones, and look-alikes of
    times (a kind of midnight, an ordinal second, numbered weeks, web addresses, a boxing round's clock)."""
    assert extract_timexes(text, ref)["value"].tolist() == want


#: Look-alikes of the round-eight classes from its second read (review 33), old code against new.
_ROUND_EIGHT_LOOKALIKES = [
    ('A fire broke out at a warehouse in east London on Tuesday. Firefighters arrived at 3:33 a.m. and brought the blaze under control.', '2013-05-03', ['2013-04-30', '2013-04-30T03:33']),
    ('An explosion ripped through a fertilizer plant in West, Texas, on Wednesday evening. The first 911 call came in at 7:29 p.m.', '2013-04-19', ['2013-04-17TEV', '2013-04-17T19:29']),
    ('A 7.8-magnitude earthquake struck Nepal on Saturday. The quake hit at 11:56 a.m. local time.', '2015-04-27', ['2015-04-25', '2015-04-25T11:56']),
    ('The gunman was shot dead by police on Thursday. Officers first reported shots fired at 9:52 a.m., police said.', '2017-01-09', ['2017-01-05', '2017-01-05T09:52']),
    ('Paul Walker died in a car crash on Nov. 30. The Porsche crashed at 3:30 p.m. in Santa Clarita.', '2013-12-02', ['2013-11-30', '2013-11-30T15:30']),
    ('The plane disappeared from radar on March 8. Its last contact with air traffic control was at 1:19 a.m.', '2014-03-20', ['2014-03-08', '2014-03-08T01:19']),
    ('Voters went to the polls on Tuesday in the mayoral election. Polls closed at 8 p.m. and results came in slowly.', '2009-11-05', ['2009-11-03', '2009-11-03T20:00']),
    ('The singer was found dead in her hotel room on Feb. 11. Paramedics were called at 3:43 p.m.', '2012-02-13', ['2012-02-11', '2012-02-11T15:43']),
    ('Yesterday a tanker overturned on the M6 near Stafford. The road was closed at 6.15am and reopened at noon.', '2008-09-15', ['2008-09-14', '2008-09-14T06:15', '2008-09-14T12:00']),
    ('Storms swept across the region last night. Power went out at 9:40 p.m. in much of the city.', '2016-03-14', ['2016-03-13TNI', '2016-03-13T21:40']),
    ('The suspect was arrested on Sunday afternoon after a standoff. He surrendered at 4:20 p.m. to a negotiator.', '2018-07-31', ['2018-07-29TAF', '2018-07-29T16:20']),
    ('The Dow fell 300 points on Thursday. At 2:30 p.m., the index was down 2.1 percent.', '2008-09-12', ['2008-09-11', '2008-09-11T14:30']),
    ('The bridge collapsed on Aug. 1 as cars crawled across it. It fell at 6:05 p.m. during rush hour.', '2007-08-03', ['2007-08-01', '2007-08-01T18:05']),
    ('Hurricane Sandy made landfall near Atlantic City on Monday evening. It came ashore at about 8 p.m.', '2012-10-31', ['2012-10-29TEV', '2012-10-29T20:00']),
    ('Clashes erupted in Cairo on Friday. By 5 p.m., at least 12 people had been killed, the health ministry said.', '2013-07-08', ['2013-07-05', '2013-07-05T17:00']),
    ('A passenger train derailed near Santiago de Compostela on Wednesday. The accident happened at 8:41 p.m.', '2013-07-26', ['2013-07-24', '2013-07-24T20:41']),
    ('The storm knocked out power to 300,000 homes on Tuesday. Crews restored service to most of them by 11 p.m.', '2006-11-08', ['2006-11-07', '2006-11-07T23:00']),
    ('The verdict was read on Friday. The jury had begun deliberating at 9 a.m.', '2015-12-01', ['2015-11-27', '2015-11-27T09:00']),
    ("The magnitude 9.0 quake struck off Japan's northeast coast on March 11. The first wave reached the shore at 3:25 p.m.", '2011-03-14', ['2011-03-11', '2011-03-11T15:25']),
    ('Two climbers went missing on Mount Hood on Saturday. A ranger spotted them at 10:15 a.m., officials said.', '2010-06-22', ['2010-06-19', '2010-06-19T10:15']),
    ('A man was stabbed outside a bar in Leeds on Sunday. Police were called to the scene at 12.10pm.', '2019-11-20', ['2019-11-17', '2019-11-17T12:10']),
    ('The ferry sank in rough seas off the coast on Monday morning. The captain sent a distress call at 6:50 a.m.', '2005-03-10', ['2005-03-07TMO', '2005-03-07T06:50']),
    ('A 6.0-magnitude quake rattled Napa on Sunday. It struck at 3:20 a.m., waking residents across the Bay Area.', '2014-08-26', ['2014-08-24', '2014-08-24T03:20']),
    ('A truck ploughed into crowds on the Promenade des Anglais on July 14. The driver was shot dead at 10:50 p.m.', '2016-07-18', ['2016-07-14', '2016-07-14T22:50']),
    ('The plane ditched in the Hudson on Jan. 15. Flight 1549 had taken off from LaGuardia at 3:24 p.m.', '2009-02-04', ['2009-01-15', '2009-01-15T15:24']),
    ('The vote took place on Sunday in a tense atmosphere. Results were announced at 9 p.m.', '2012-04-18', ['2012-04-15', '2012-04-15T21:00']),
    ('The council will vote on the budget on Thursday. The session is open to the public at 7 p.m.', '2013-05-03', ['2013-05-09', '2013-05-09T19:00']),
    ("A memorial service will be held on Saturday at St. Mary's Church. Visitation is at 10 a.m. in the church hall.", '2011-10-12', ['2011-10-15', '2011-10-15T10:00']),
    ('Protesters plan to march on Saturday. The rally is at noon on the Mall.', '2017-01-09', ['2017-01-14', '2017-01-14T12:00']),
    ('The launch was scrubbed on Monday because of high winds. NASA will try again at 9:20 a.m.', '2018-07-31', ['2018-07-30', '2018-07-31T09:20']),
    ('Officials said Monday that the bridge would reopen. It is expected to reopen at 6 a.m.', '2012-09-12', ['2012-09-10', '2012-09-12T06:00']),
    ('An ambulance was called on June 3. No ambulance arrived until 5.05pm, the inquest heard.', '2015-06-10', ['2015-06-03', '2015-06-03T17:05']),
    ('Officials said Tuesday that the plant would close. The final shift starts at 10 a.m.', '2013-05-03', ['2013-04-30', '2013-05-03T10:00']),
    ('Police were called to the house on Sunday. The suspect will appear in court at 9:30 a.m.', '2019-11-20', ['2019-11-17', '2019-11-20T09:30']),
    ('The storm struck the island on Sunday. As of 5 p.m., 20,000 homes remain without power.', '2013-05-03', ['2013-04-28', '2013-05-03T17:00']),
    ('The plant exploded on Tuesday night. The fire is still burning and, as of 10 a.m., crews are pumping foam onto the tanks.', '2005-03-10', ['2005-03-08TNI', '2005-03-10T10:00']),
    ('Teachers walked out on Monday. The strike continues, and a rally is at noon outside City Hall.', '2012-09-12', ['2012-09-10', '2012-09-12T12:00']),
    ('The Lakers beat the Celtics on Tuesday to take a 2-1 series lead. Game 4 is at 9 p.m.', '2010-06-09', ['2010-06-08', '2010-06-09T21:00']),
    ('The bridge was closed on Monday after a crack was found. Traffic is flowing again as of 6 a.m.', '2016-03-16', ['2016-03-14', '2016-03-16T06:00']),
    ('Rioters smashed shop windows in Tottenham on Saturday night. Police now say a curfew is in force from 9 p.m.', '2011-08-09', ['2011-08-06TNI', 'PRESENT_REF', '2011-08-09T21:00']),
    ('Snow began falling on Monday and has not stopped. The airport remains closed, and the next update is at 4 p.m.', '2014-02-05', ['2014-02-03', '2014-02-05T16:00']),
    ('The company issued a profit warning on Friday. Its shares are down 12 percent at 11:15 a.m. in London.', '2018-03-07', ['2018-03-02', '2018-03-07T11:15']),
    ('Gunmen seized the hostages on Monday. After a three-day standoff, special forces stormed the building at 5 a.m.', '2013-05-02', ['2013-04-29', 'P3D', '2013-05-02T05:00']),
    ('The attacks on Mumbai began on Wednesday night. By the time commandos cleared the Oberoi, it was 36 hours later; they finished at 3 p.m.', '2008-11-28', ['2008-11-26TNI', 'PT36H', '2008-11-28T15:00']),
    ('Smith was born on June 4, 1950, in Dayton, Ohio. He died at 3:15 a.m. at his home in Boston, his family said.', '2013-05-03', ['1950-06-04', '2013-05-03T03:15']),
    ('Bowie, who was born on Jan. 8, 1947, released his final album on his birthday. He died at 2 a.m. surrounded by his family.', '2016-01-11', ['1947-01-08', '2016-01-11T02:00']),
    ('Apple was founded on April 1, 1976, in a garage in Los Altos. Jobs died at 3 p.m. at his home in Palo Alto.', '2011-10-06', ['1976-04-01', '2011-10-06T15:00']),
    ("The cathedral's spire was completed on Jan. 1, 1860. The fire broke out at 6:20 p.m. in the roof.", '2019-04-16', ['1860-01-01', '2019-04-16T18:20']),
    ('On June 6, 1944, Allied troops landed in Normandy. The first wave hit the beaches at 6:30 a.m.', '2014-06-06', ['1944-06-06', '1944-06-06T06:30']),
    ('A gunman opened fire in a crowded nightclub late on Saturday night. Police arrived at 1:30 a.m. and found dozens wounded.', '2016-06-12', ['2016-06-11TNI', '2016-06-12T01:30']),
    ('The quake struck at 11:40 p.m. Sunday. Aftershocks continued until 2 a.m., residents said.', '2013-04-29', ['2013-04-28T23:40', '2013-04-29T02:00']),
    ('The party began on Saturday evening. Police were called at 12:45 a.m. after neighbours complained about the noise.', '2017-06-05', ['2017-06-03TEV', '2017-06-04T00:45']),
    ('The plane crashed in the French Alps on Tuesday. "The last contact was at 10:30 a.m.," a spokesman said.', '2015-03-25', ['2015-03-24', '2015-03-24T10:30']),
    ('Witnesses said the rig exploded on Tuesday night. "It was about 10 p.m. when we heard the first blast," one worker said.', '2010-04-21', ['2010-04-20TNI', '2010-04-20T22:00']),
    ('The store reopened on Monday after renovations. It opens at 8 a.m. and closes at 10 p.m. every day.', '2012-04-18', ['2012-04-16', 'XXXX-XX-XXT08:00', 'XXXX-XX-XXT22:00', 'P1D']),
    ('A fire broke out on Tuesday. It spread quickly. Dozens of people fled. Firefighters arrived at 3:33 a.m.', '2013-05-03', ['2013-04-30', '2013-05-03T03:33']),
    ('Rescuers reached the boys on Monday, July 2. Divers entered the cave at 10 a.m. on Sunday and brought out four boys.', '2018-07-09', ['2018-07-02', '2018-07-08T10:00']),
    ('Tuesday, Aug. 26, 2014. Markets opened at 9:30 a.m. with the S&P 500 near 2,000.', '2014-08-26', ['2014-08-26', '2014-08-26T09:30']),
    ('The attacks in Paris on Friday killed 129 people. The first bomb went off at 9:20 p.m. outside the Stade de France.', '2015-11-16', ['2015-11-13', '2015-11-13T21:20']),
    ('The ship was hijacked on July 31 in the Gulf of Aden. The crew sent a final message at 4:40 a.m.', '2010-08-02', ['2010-07-31', '2010-07-31T04:40']),
    ('Bank shares tumbled on Monday. By midday, Lloyds had fallen 10 percent.', '2009-02-04', ['2009-02-02', '2009-02-02T12:00']),
    ('A gunman killed 50 people at two mosques in Christchurch on Friday. He was arrested at 2:18 p.m., 36 minutes after the first call.', '2019-03-18', ['2019-03-15', '2019-03-15T14:18', 'PT36M']),
    ('The gunman opened fire on the concert crowd on Sunday night. He fired his first shots at 10:05 p.m. from the 32nd floor.', '2017-10-03', ['2017-10-01TNI', '2017-10-01T22:05']),
    ('The gunman opened fire on the concert crowd on Sunday night. Police broke into his suite at 11:20 p.m.', '2017-10-03', ['2017-10-01TNI', '2017-10-01T23:20']),
    ('Mr. Smith said on Tuesday that the fire had started on Sunday. Firefighters arrived at 4 a.m. and battled the flames for hours.', '2012-04-18', ['2012-04-17', '2012-04-15', '2012-04-15T04:00', 'PTXH']),
    ('The fire started on Tuesday. Firefighters arrived at 3:33 a.m. Wednesday.', '2013-05-03', ['2013-04-30', '2013-05-01T03:33']),
    ('Lehman filed for bankruptcy on Monday. The filing came at 1:45 a.m. in Manhattan.', '2008-09-15', ['2008-09-15', '2008-09-15T01:45']),
    ('Osama bin Laden was killed on Sunday in Abbottabad. President Obama spoke at 11:35 p.m. from the East Room.', '2011-05-02', ['2011-05-01', '2011-05-01T23:35']),
    ('Bin Laden was killed in a raid on Sunday. The president will address Congress at 9 p.m.', '2011-05-02', ['2011-05-01', '2011-05-02T21:00']),
    ('Gunmen stormed the Westgate mall on Saturday. The siege was still going on at 6 a.m., officials said.', '2013-09-23', ['2013-09-21', '2013-09-23T06:00']),
    ('The plane took off from Jakarta on Monday. It lost contact at 6:33 a.m. and crashed into the sea.', '2018-10-30', ['2018-10-29', '2018-10-29T06:33']),
    ('The verdict is expected on Tuesday. Jurors deliberated until 4:30 p.m., when they went home.', '2012-06-01', ['2012-06-05', '2012-06-01T16:30']),
    ('Voters head to the polls on Dec. 12. Polling stations opened at 7 a.m. for early voting.', '2019-11-20', ['2019-12-12', '2019-11-20T07:00']),
    ('The launch was scrubbed on Monday because of high winds. At 9:20 a.m. NASA will try again.', '2018-07-31', ['2018-07-30', '2018-07-31T09:20']),
    ('The hearing was adjourned on Monday. At 10 a.m., the judge is expected to rule.', '2018-07-31', ['2018-07-30', '2018-07-31T10:00']),
    ('The launch was scrubbed on Monday. At 9:20 a.m. on Wednesday NASA will try again.', '2018-07-31', ['2018-07-30', '2018-08-01T09:20']),
    ('Looters smashed windows at the store on Friday night. "We open at 9 a.m.," the manager said.', '2011-08-09', ['2011-08-05TNI', '2011-08-09T09:00']),
    ('The fire was reported on Sunday. It is believed the blaze started at 3 a.m. in the kitchen.', '2012-04-18', ['2012-04-15', '2012-04-15T03:00']),
    ('The plane crashed on Monday near Buffalo. At 10:17 p.m., the pilot lost control, investigators said.', '2009-02-04', ['2009-02-02', '2009-02-02T22:17']),
    ('Polls opened on Tuesday in Pakistan. Voting ended at 5 p.m., and counting is now under way.', '2013-05-12', ['2013-05-07', '2013-05-07T17:00', 'PRESENT_REF']),
    ('The storm hit on Saturday night. By 1 a.m., the river had burst its banks.', '2016-03-14', ['2016-03-12TNI', '2016-03-13T01:00']),
    ('The quake struck on Saturday morning. It hit at 4:02 a.m., when most people were asleep.', '2010-06-22', ['2010-06-19TMO', '2010-06-19T04:02']),
    ('The gig started on Friday afternoon. Security staff shut the doors at 3 p.m. after a crush.', '2015-12-01', ['2015-11-27TAF', '2015-11-27T15:00']),
    ('The strike began on Monday. Trains are running again from 7 a.m., the operator said.', '2014-02-05', ['2014-02-03', '2014-02-05T07:00']),
    ('The plant exploded on Tuesday night. Firefighters were still battling flames at 10 a.m.', '2005-03-10', ['2005-03-08TNI', '2005-03-10T10:00']),
    ('The baby was born on Monday at a hospital in Leeds. She arrived at 3:15 a.m. weighing 7 pounds.', '2018-10-30', ['2018-10-29', '2018-10-29T03:15']),
    ('Kennedy was shot in Dallas on Nov. 22, 1963. He was pronounced dead at 1 p.m. at Parkland Hospital.', '2013-11-25', ['1963-11-22', '1963-11-22T13:00']),
    ('The storm hit the coast in February, leaving thousands without power.', '2013-01-20', ['2012-02']),
    ('Hurricane Irene hit the Outer Banks in August, and the island is still rebuilding.', '2012-06-10', ['2011-08']),
    ('Unemployment hit 10 percent in November, the highest since 1983.', '2010-09-01', ['2009-11', '1983']),
    ('The cyclone hit the Bay of Bengal in May, killing thousands.', '2009-03-20', ['2008-05']),
    ('Smith quit the team in December after a dispute with the coach.', '2011-10-12', ['2010-12']),
    ('The central bank cut its main rate in June to a record low.', '2013-05-03', ['2012-06']),
    ('Toyota shut its plants in Japan in April after the tsunami.', '2012-03-01', ['2011-04']),
    ("The strike hurt the company's sales in the summer.", '2014-04-10', ['2013-SU']),
    ('Rafael Nadal beat Roger Federer in the final in July.', '2009-05-20', ['2008-07']),
    ('The Rangers upset the top seed in April, then lost in the second round.', '2008-02-10', ['2007-04']),
    ('A tornado hit Joplin in May, killing 158 people.', '2012-03-30', ['2011-05']),
    ('Apple cut the price of the iPhone in September.', '2008-07-15', ['2007-09']),
    ('The frost hurt the orange crop in December.', '2011-11-15', ['2010-12']),
    ('Inflation hit a two-year high in June, the statistics office said last month.', '2012-05-20', ['P2Y', '2011-06', '2012-04']),
    ('Lohan hit a truck with her Porsche in May.', '2007-04-20', ['2006-05']),
    ('The company said its profit beat forecasts in the summer quarter, which ended in June.', '2013-05-03', ['2012-SU', '2012-06']),
    ('Sales in the region hit a record in the autumn.', '2013-05-03', ['2012-FA']),
    ('The chairman quit his post in June amid the scandal.', '2013-05-03', ['2012-06']),
    ('Unions said the job cuts hit them hard in June.', '2013-05-03', ['2012-06']),
    ('The typhoon hit the Philippines last week, and aid will arrive on Friday.', '2013-11-13', ['2013-W45', '2013-11-15']),
    ('The device could soon hit the market in June.', '2013-05-03', ['2013-06']),
    ('Analysts say the new iPhone can easily beat the Galaxy in sales by December.', '2013-09-05', ['2013-12']),
    ('The Fed must eventually cut the rate in July.', '2013-05-03', ['2013-07']),
    ('The company needs to quickly cut its costs by September.', '2013-08-01', ['2013-09']),
    ('The government wants to further cut the deficit in July.', '2013-05-03', ['2013-07']),
    ('If the Heat beat the Spurs on Thursday, they will win the title.', '2013-06-18', ['2013-06-20']),
    ('Unless lawmakers cut the deficit by September, automatic cuts will kick in.', '2013-05-03', ['2013-09']),
    ('When the Giants hit the road in August, they will face the Dodgers.', '2014-06-10', ['2014-08']),
    ('If voters split the ticket in November, Democrats could keep the Senate.', '2014-08-26', ['2014-11']),
    ('Schools shut their doors on June 14 for the summer.', '2013-05-03', ['2013-06-14', '2013-SU']),
    ('Lawmakers hit the campaign trail in August, when Congress breaks for recess.', '2014-06-10', ['2014-08']),
    ('Under the plan, the two companies split the profits in July.', '2013-05-03', ['2013-07']),
    ('Experts recommend that drivers cut their speed in December, when roads ice over.', '2013-10-10', ['2013-12']),
    ('Officials urge residents to stay home and shut their windows in August, when the smog peaks.', '2013-05-03', ['2013-08']),
    ('Many investors quit the market in September, historically its worst month.', '2013-07-03', ['2013-09']),
    ('Broadway hit Wicked returns to London in July.', '2013-05-03', ['2013-07']),
    ('Netflix hit Stranger Things returns in October.', '2017-08-15', ['2017-10']),
    ('Smash hit Mamma Mia returns to the West End in June.', '2013-05-03', ['2013-06']),
    ('The summer box-office hit The Avengers arrives on DVD in September.', '2012-07-20', ['2012-SU', '2012-09']),
    ('Cult hit Arrested Development comes back to Netflix in May.', '2013-03-15', ['2013-05']),
    ("Disney's surprise hit Frozen opens in Japan in March.", '2014-01-20', ['2014-03']),
    ("Director's cut Blade Runner screens at the festival in June.", '2013-05-03', ['2013-06']),
    ("The record label's biggest hit The Wall will be reissued in July.", '2013-05-03', ['2013-07']),
    ('The 2-for-1 stock split the board approved takes effect in June.', '2013-05-03', ['2013-06']),
    ('The payroll tax cut the lawmakers want goes into effect in July.', '2013-05-03', ['2013-07']),
    ('A pay cut the union accepts would start in July.', '2013-05-03', ['2013-07']),
    ('The tax cut the governor proposes begins in July.', '2013-05-03', ['2013-07']),
    ('Cut flowers from Kenya arrive in Europe in February.', '2013-01-10', ['2013-02']),
    ("The team's stunning upset Sunday came in Denver.", '2013-05-03', ['2013-04-28']),
    ('They hit the road in June for a tour of Europe.', '2013-05-03', ['2013-06']),
    ('We cut the ribbon in June, the mayor said.', '2013-05-03', ['2012-06']),
    ('It hit the shelves in June.', '2013-05-03', ['2012-06']),
    ('She quit her job in June to care for her mother.', '2013-05-03', ['2012-06']),
    ('He hurt his knee in June and missed the season.', '2013-05-03', ['2012-06']),
    ('The company will shut the plant in June.', '2013-05-03', ['2013-06']),
    ('Officials plan to cut the budget and shut the agency in June.', '2013-05-03', ['2013-06']),
    ('The airline is expected to cut fares and quit the route in July.', '2013-05-03', ['2013-07']),
    ('Forecasters expect the storm to hit the coast on Friday.', '2013-05-01', ['2013-05-03']),
    ('The hurricane is forecast to hit the Gulf Coast on Thursday.', '2005-08-23', ['2005-08-25']),
    ('Hurricane Katrina hit the Gulf Coast on Monday.', '2005-08-31', ['2005-08-29']),
    ('Residents fear the storm hit the coast harder than expected on Monday.', '2005-08-31', ['2005-08-29']),
    ('The team beat Arsenal in March and Chelsea in April.', '2013-05-03', ['2013-03', '2013-04']),
    ("Congress cut the program's funding in the fall.", '2013-05-03', ['2012-FA']),
    ('The strike shut down the port in June.', '2013-05-03', ['2012-06']),
    ('The union split off from the federation in September.', '2013-07-10', ['2012-09']),
    ('The scandal hurt his chances in November.', '2013-07-10', ['2012-11']),
    ('The crisis hit the economy hard in June.', '2013-05-03', ['2012-06']),
    ('Germany beat Brazil 7-1 in July.', '2014-05-03', ['2013-07']),
    ('Katrina hit the Gulf Coast in August.', '2006-06-01', ['2005-08']),
    ('The tornado hit the town in May.', '2012-03-30', ['2011-05']),
    ("Congress cut the agency's budget in June.", '2013-05-03', ['2012-06']),
    ('The flood hit the valley in June and will be studied in July.', '2013-05-03', ['2012-06', '2013-07']),
    ('When the storm hit the coast in June, it destroyed hundreds of homes.', '2013-05-03', ['2012-06']),
    ('If the storm hit the coast in June, nobody noticed.', '2013-05-03', ['2012-06']),
    ('The first explosion was recorded at 6:07:15 PM, the second at 6:07:27 PM.', '2013-05-03', ['2013-05-03T18:07:15', '2013-05-03T18:07:27']),
    ('The quake struck at 14:46:23 local time on Friday.', '2011-03-14', ['2011-03-11T14:46:23', '2011-03-11']),
    ('Trading was halted at 2:45:28 p.m., the exchange said.', '2010-05-07', ['2010-05-07T14:45:28']),
    ('The signal was lost at 01:21:13 on March 8.', '2014-03-20', ['2014-03-08T01:21:13']),
    ('The polls close at 8:00:00 p.m. sharp.', '2008-11-04', ['2008-11-04T20:00:00']),
    ('Ratios of 3:2:1 were used in the study.', '2013-05-03', []),
    ('The clip, timestamped 23:59:59 on Dec. 31, shows the crowd.', '2015-01-02', ['2014-12-31T23:59:59']),
    ('The blast went off at 1852 HKT (1052 GMT) in Mong Kok.', '2014-10-01', ['2014-10-01T18:52']),
    ('The rocket lifted off at 0930 JST on Sunday.', '2019-11-20', ['2019-11-17T09:30']),
    ('The markets open at 9:15 IST.', '2016-03-14', ['2016-03-14T09:15']),
    ('The vote closes at 18:00 CET on Friday.', '2014-05-20', ['2014-05-23T18:00']),
    ('The fireworks begin at 10 p.m. BST.', '2012-07-27', ['2012-07-27T22:00']),
    ('The match starts at 7.30pm AEST.', '2018-07-31', ['2018-07-31T19:30']),
    ('The storm made landfall at 2 a.m. AST in Puerto Rico.', '2017-09-20', ['2017-09-20T02:00']),
    ('The bell rang at 0800 HST as the ships were attacked.', '2016-12-07', ['2016-12-07T08:00']),
    ('The exchange reopens at 10:00 MSK on Monday.', '2014-03-19', ['2014-03-24T10:00']),
    ('In 2012 ADT was spun off from Tyco.', '2013-05-03', ['2012']),
    ('PCCW completed the 2011 HKT listing in Hong Kong.', '2013-05-03', ['2011']),
    ('In 2010 AST Research moved its headquarters.', '2013-05-03', ['2010']),
    ('Since 2009 IST has trained 4,000 engineers.', '2013-05-03', ['2009']),
    ('The 2014 CET results were released in August.', '2015-02-10', ['2014', '2014-08']),
    ('The class of 2013 WEST cohort graduated in June.', '2014-02-10', ['2013', '2013-06']),
    ('Between 1999 and 2004 BST Holdings grew fivefold.', '2013-05-03', ['1999', '2004']),
    ('By 2015 PHT members will number 2,000.', '2013-05-03', ['2015']),
    ('In 2012 HST Global filed for bankruptcy.', '2013-05-03', ['2012']),
    ('The company sold 1500 ADT alarm systems last year.', '2013-05-03', ['2012']),
    ("In 1998 SGT Pepper's was reissued.", '2013-05-03', ['1998']),
    ('The AST team meets in Dubai on Monday.', '2013-05-01', ['2013-05-06']),
    ('The IST building in Lisbon reopened at 9:00 on Monday.', '2013-05-03', ['2013-04-29T09:00']),
    ('The meeting begins at 14:00 GMT+02:00.', '2013-05-03', ['2013-05-03T12:00Z']),
    ("Pakistan's clocks are set to GMT+05:00.", '2013-05-03', []),
    ('The servers run on UTC-05:00 time.', '2013-05-03', []),
    ('Froome finished +2:17 ahead of his nearest rival.', '2013-07-21', []),
    ('The show is 21+ 9pm on Friday.', '2013-05-03', ['2013-05-03T21:00']),
    ('Doors 7pm + 8:30pm show time.', '2013-05-03', ['2013-05-03T19:00', '2013-05-03T20:30']),
    ('Call +44 20 7946 0958 before 5 p.m.', '2013-05-03', ['2013-05-03T17:00']),
    ('The deal closed at 4 p.m. GMT+1 on Friday.', '2013-05-06', ['2013-05-03T15:00Z']),
    ('The attack began at 9:25 hours local time.', '2013-05-03', ['2013-05-03T09:25']),
    ('The flight lasted 1.5 hours.', '2013-05-03', ['PT1H30M']),
    ('Talks lasted 2.5 days.', '2013-05-03', ['P2DT12H']),
    ('The fire burned for 3.5 hours.', '2013-05-03', ['PT3H30M']),
    ('Genesis 1:3 days of creation are debated.', '2013-05-03', []),
    ('The quake struck at 1447 JST (0547 GMT).', '2011-03-14', ['2011-03-14T14:47']),
    ('The ship sank at 2350 GMT (1950 EDT).', '2012-04-15', ['2012-04-15T23:50Z']),
    ('Voting ends at 2000 CET (1900 GMT).', '2014-05-25', ['2014-05-25T20:00']),
    ('The first session starts at 0900 JST, or midnight GMT.', '2013-05-03', ['2013-05-03T09:00', '2013-05-03T24:00Z']),
    ('Flights resume by 0900 JST on Monday.', '2011-03-14', ['2011-03-14T09:00']),
    ('The GMT + 5:30 offset applies in India.', '2013-05-03', []),
    ("Critics attacked Bush's midnight regulations on the environment.", '2009-01-15', []),
    ('The outgoing president issued a wave of midnight pardons.', '2017-01-22', []),
    ('Tourists flock to Tromso to see the midnight sun in June.', '2013-05-03', ['2013-06']),
    ('She wore a midnight blue gown to the gala on Saturday.', '2013-05-06', ['2013-05-04']),
    ('The midnight appointments angered Republicans.', '2009-01-15', []),
    ('A midnight snack is fine, doctors say.', '2013-05-03', []),
    ('The new rules take effect at midnight. Rules on overtime change in July.', '2013-05-03', ['2013-05-03T24:00', '2013-07']),
    ('At midnight rules banning smoking in bars took effect.', '2007-07-01', ['2007-06-30T24:00']),
    ('From midnight regulations on diesel cars apply in the city.', '2019-04-08', ['2019-04-08T24:00']),
    ('The ceasefire began at midnight Sunday.', '2013-05-03', ['2013-04-28T24:00']),
    ('After midnight appointments for the vaccine opened online.', '2013-05-03', ['2013-05-02T24:00']),
    ('The party went on past midnight.', '2013-05-03', ['2013-05-02T24:00']),
    ('The midnight hour regulations were rushed out.', '2009-01-15', []),
    ('Shops stay open until midnight on Fridays.', '2013-05-03', ['XXXX-XX-XXT24:00', 'XXXX-WXX-5']),
    ('Obama won a second term in November.', '2013-05-03', ['2012-11']),
    ('Voters rejected a second Obama term in the poll.', '2013-05-03', []),
    ('Allies are preparing for a second Trump administration.', '2019-11-20', []),
    ('Fans queued for a second Hunger Games film.', '2013-05-03', []),
    ('Police found a second Molotov cocktail near the scene.', '2013-05-03', []),
    ('For a second Tuesday running, the market fell.', '2013-05-03', ['2013-04-30']),
    ('It was a second Russian attack in a week.', '2013-05-03', ['P1W']),
    ('A second Chinese city reported cases on Monday.', '2013-05-03', ['2013-04-29']),
    ('For a second I thought the plane would crash.', '2013-05-03', ['PT1S']),
    ('For a second Gabriel hesitated.', '2013-05-03', ['PT1S']),
    ('Just for a second London went dark.', '2013-05-03', ['PT1S']),
    ('The Packers play the Bears in Weeks 3 and 4.', '2013-05-03', []),
    ('For months 200 families have lived in tents.', '2013-05-03', ['PXM']),
    ('For years 30,000 workers were exposed to asbestos.', '2013-05-03', ['PXY']),
    ('For weeks 5,000 protesters have camped in the square.', '2013-05-03', ['PXW']),
    ('The ultrasound is done at weeks 18 to 20 of pregnancy.', '2013-05-03', []),
    ('During days 3 to 5 of the trial the witness testified.', '2013-05-03', []),
    ('Week 3 of the NFL season kicks off Thursday.', '2013-09-17', ['2013-09-19']),
    ('Talks have dragged on for weeks.', '2013-05-03', ['PXW']),
    ('Amazon.com said Tuesday that sales rose.', '2013-05-03', ['2013-04-30']),
    ('Salon.com reported Tuesday that the senator would resign.', '2013-05-03', ['2013-04-30']),
    ('Read more at www.bbc.co.uk/news/2013/05/03/fire-story.', '2013-05-03', []),
    ('The story ran at http://example.com/2012/11/06/election-night on Tuesday.', '2012-11-08', ['2012-11-06']),
    ('See wellington-today.co.uk/news/2013/05/03 for details.', '2013-05-03', []),
    ('Police arrived Monday.In a statement, the mayor said the road would reopen.', '2013-05-03', ['2013-04-29']),
    ('It happened in 2012.In 2013 it happened again.', '2014-01-10', ['2012', '2013']),
    ('The company registered cityclinic.in on 5 May 2013.', '2013-06-01', ['2013-05-05']),
    ('Visit nytimes.com/2013/05/03/world for the full story, published May 3.', '2013-05-04', ['2013-05-03']),
    ('Follow @BBCBreaking or visit bbc.com for updates at 6 p.m.', '2013-05-03', ['2013-05-03T18:00']),
    ('The file report_2013.05.03.pdf was leaked on Monday.', '2013-05-08', ['2013-05-06']),
    ('The rally starts at 2 p.m. at the park, according to rally.org.', '2013-05-03', ['2013-05-03T14:00']),
    ('He knocked Hatton out at 2:56 of the third round.', '2009-05-04', ['PT2M56S']),
    ('The referee stopped the fight at 1:03 of the 10th round.', '2013-05-03', ['PT1M3S']),
    ('Ovechkin scored at 4:12 of the second period.', '2013-05-03', ['PT4M12S']),
    ('The fight ended at 2:10 of the opening round on Saturday.', '2013-05-06', ['PT2M10S', '2013-05-04']),
    ('The round of talks resumed at 9:30 of the second day.', '2013-05-03', ['2013-05-03T09:30']),
    ('Voting began at 9:00 of the second round of balloting.', '2013-05-03', ['2013-05-03T09:00']),
    ('The count began at 10:00 of the third round of voting on Monday.', '2013-05-08', ['2013-05-06T10:00', '2013-05-06']),
    ('Pacquiao landed a left at 2:59 of the sixth.', '2012-12-10', ['PT2M59S']),
    ('The knockout came at 0:55 of the round.', '2013-05-03', ['PT0M55S']),
    ('At 10:30 of the first day of the summit, leaders met.', '2013-05-03', ['2013-05-03T10:30']),
    ('The new law takes effect at midnight. At midnight rules change for taxis too.', '2013-05-03', ['2013-05-03T24:00', '2013-05-03T24:00']),
    ('The Midnight Sun festival opens in June.', '2013-05-03', ['2013-06']),
    ("The season's second half began in Week 9.", '2013-11-05', []),
    ('For days 20 people were trapped under the rubble.', '2013-05-03', ['PXD']),
    ('In weeks 3 to 5 of the course, students learn coding.', '2013-05-03', []),
    ('More at www.cityclinic.in/news/2013/05/03.', '2013-05-03', []),
    ('The story first appeared on Yahoo.com Monday.', '2013-05-08', ['2013-05-06']),
    ('Shares of Amazon.com Inc. rose on Monday.In after-hours trading they fell.', '2013-05-08', ['2013-05-06']),
]


@pytest.mark.parametrize("text,ref,want", _ROUND_EIGHT_LOOKALIKES)
def test_second_read_look_alikes_of_round_eight(text, ref, want):
    """Where the round-eight rules first went wrong: present or future clauses after a past day, a story
    that moved on ("After a three-day standoff ... at 5 a.m."), small hours after a night, birth dates as
    background, same-form verbs after a modal with an adverb, in conditions, with plural subjects or as
    nouns ("Broadway hit Wicked"), years before a zone ("In 2012 ADT"), "+" before a clock, "At midnight
    rules", "For a second Gabriel hesitated", "For months 200 families", "Monday.In", "round of voting"."""
    assert extract_timexes(text, ref)["value"].tolist() == want


_COPULA_CASES = [
    ('The vote is on Friday.', '2013-03-20', ['2013-03-22']),
    ('The deadline is Friday, officials said.', '2013-03-20', ['2013-03-22']),
    ('The primaries are on Tuesday.', '2013-03-20', ['2013-03-26']),
    ('The vote was on Friday.', '2013-03-20', ['2013-03-15']),
    ('It is Friday that matters.', '2013-03-20', ['2013-03-15']),
    ('The vote is on Wednesday.', '2013-03-20', ['2013-03-20']),
]


@pytest.mark.parametrize("text,ref,want", _COPULA_CASES)
def test_present_copula_before_a_day_is_ahead(text, ref, want):
    """"is" or "are" right before a day (or before "on" and it) tells what the subject is set for: the day
    ahead ("The vote is on Friday"); "was" keeps it past, "It is Friday that" is not read as set, and today's
    weekday stays today."""
    assert extract_timexes(text, ref)["value"].tolist() == want


_COORDINATED_DAY_CASES = [
    ('The talks are on Thursday and Friday.', '2013-03-20', ['2013-03-21', '2013-03-22']),
    ('The hearings are on Monday and Tuesday.', '2013-03-20', ['2013-03-25', '2013-03-26']),
    ('Voting is Friday or Saturday night.', '2013-03-20', ['2013-03-22', '2013-03-23TNI']),
    ('He met them on Monday and Tuesday.', '2013-03-20', ['2013-03-18', '2013-03-19']),
    ('The talks were on Thursday and on Friday.', '2013-03-20', ['2013-03-14', '2013-03-15']),
]


@pytest.mark.parametrize("text,ref,want", _COORDINATED_DAY_CASES)
def test_a_day_after_and_or_or_takes_the_tense_of_the_first(text, ref, want):
    """Real folders: "are on Monday and Tuesday" set only Monday ahead (the copula is next to the first day
    only); a day joined to another by "and" or "or" is told in the first day's tense."""
    assert extract_timexes(text, ref)["value"].tolist() == want


_MONTHS_BACK_CASES = [
    ('The couple married in June 2005. A month earlier, they had bought a house.', '2013-03-20',
     ['2005-06', '2005-05']),
    ('He was arrested in 2009. Two years earlier he had moved to Leeds.', '2013-03-20', ['2009', '2007']),
    ('Unemployment was 5% in March, up from 4.8% a month earlier.', '2013-03-20', ['2013-03', '2013-02']),
    ('Sales rose to $5 million in the quarter from $4 million a year earlier.', '2013-03-20',
     ['2012-Q4', '2011-Q4']),
    ('A year earlier he had been fined.', '2013-03-20', ['2012']),
]


@pytest.mark.parametrize("text,ref,want", _MONTHS_BACK_CASES)
def test_months_or_years_earlier_count_back_from_the_last_date_named(text, ref, want):
    """Real folders: "a month earlier" after a 1998 date was read a month before publication. It counts back
    from the last date the text named (within 400 characters); with none, from the reference date; after a
    quarter, the results-report reading (the same quarter a year back) holds."""
    assert extract_timexes(text, ref)["value"].tolist() == want


_HOLIDAY_YEAR_CASES = [
    ("She died on Christmas Day 1998.", "2013-03-20", ["1998-12-25", "1998"]),
    ("The attack happened on May 10, 1998, Mother's Day. On that day, he left home.", "2013-03-20",
     ["1998-05-10", "1998-05-10", "1998-05-10"]),
    ("The attack happened on Dec. 25, 1998, Christmas Day.", "2013-03-20", ["1998-12-25", "1998-12-25"]),
    ("She died on Mother's Day.", "2013-03-20", ["2012-05-13"]),
]


@pytest.mark.parametrize("text,ref,want", _HOLIDAY_YEAR_CASES)
def test_a_holiday_takes_the_year_written_after_it_or_of_the_date_it_names(text, ref, want):
    """Real folders: "May 10, 1998, Mother's Day" set the holiday in the year of publication, and "that day"
    after it lost its date. A holiday takes the year right after it ("Christmas Day 1998") or that of the date
    it stands in apposition to."""
    assert extract_timexes(text, ref)["value"].tolist() == want


_AROUND_CASES = [
    ("He was arrested on Tuesday, March 3, 1998. The day before, he had bought a gun.", "1998-03-06",
     ["1998-03-03", "1998-03-02"]),
    ("Police found him on March 3, 1998. He had fled the night before.", "1998-03-06",
     ["1998-03-03", "1998-03-02TNI"]),
    ("The plant closed in 1996. The year after, it reopened.", "1998-03-06", ["1996", "1997"]),
    ("She left the day before the shooting.", "1998-03-06", []),  # before an event: nothing to count from
    ("He left the day before yesterday.", "1998-03-06", ["1998-03-04"]),
    ("More than 2000 pilgrims came in 1998.", "1998-03-06", ["1998"]),
    ("Troops moved at 1900 hours. He logged 1900 hours of flight time.", "1998-03-06",
     ["1998-03-06T19:00", "PT1900H"]),
]


@pytest.mark.parametrize("text,ref,want", _AROUND_CASES)
def test_the_day_before_counts_from_the_last_date_and_four_digit_counts_are_no_years(text, ref, want):
    """Real folders: "the day before" (with nothing after it that it is before) was not found; "more than 2000
    pilgrims" was the year 2000; "at 1900 hours" was a year. The period before/after the last one named, a
    count after a hedge on an amount, and a 24-hour time before "hours" after "at"."""
    assert extract_timexes(text, ref)["value"].tolist() == want
