"""Look-alikes for the session-36 rule changes (numbers: "and a half", number words, "dozen", hyphenated nouns,
capitals headlines, phone numbers; timex: coordinated weekdays, "N months/years earlier", a holiday's year; quotes:
a quantifier speaker's "of" phrase with a possessive name). Only cases with a clear right reading are kept; the
expected value is that reading, so the file can be run against either checkout:

    PYTHONPATH=/tmp/wt_base/src   python -m pytest lookalikes.py      # old code
    PYTHONPATH=/tmp/sr36/new/src  python -m pytest lookalikes.py      # new code

Reference date of the time cases: 2013-03-20 (a Wednesday).
"""
import math
import os
import tempfile

import pandas as pd
import pytest


from helpers.text.numbers import extract_numbers  # noqa: E402
from helpers.text.quotes import extract_quotes  # noqa: E402
from helpers.text.timex import extract_timexes  # noqa: E402

ANY = object()  # what a figure counts is not checked
R = "2013-03-20"

# (text, [(low, high, counted), ...] for every figure, in order); low/high None = unbounded
NUMBER_CASES = [
    # "and a half", mixed fractions, "half a"
    ("He was jailed for three-and-a-half years.", [(3.5, 3.5, "years")]),
    ("It took two and a half hours to free him.", [(2.5, 2.5, "hours")]),
    ("Police said the two-and-a-half-year-old girl was found safe.", [(2.5, 2.5, "years")]),
    ("A two-and-a-half-hour meeting ended in deadlock.", [(2.5, 2.5, "hours")]),
    ("The drug made patients one and a half times more likely to recover.", [(1.5, 1.5, ANY)]),
    ("He was one and a half metres tall.", [(1.5, 1.5, "metres")]),
    ("Nearly three and a half million people watched the final.", [(None, 3_500_000, "people")]),
    ("At her lowest point her weight dropped to five-and-a-half stone.", [(5.5, 5.5, "stone")]),
    ("The journey takes two to two and a half hours.", [(2, 2.5, "hours")]),
    ("He ran the course in 1 1/2 hours.", [(1.5, 1.5, "hours")]),
    ("He was jailed for 2 1/2 years yesterday.", [(2.5, 2.5, "years")]),
    ("Half a dozen people were hurt.", [(6, 6, "people")]),
    ("Half a million people marched in London.", [(500_000, 500_000, "people")]),
    # number words and "dozen"
    ("It took two dozen firefighters to put out the blaze.", [(24, 24, "firefighters")]),
    ("More than two dozen people were injured.", [(24, None, "people")]),
    ("The 12 dozen roses were delivered.", [(144, 144, "roses")]),
    ("He kept two six-hour watches every day.", [(2, 2, "watches"), (6, 6, "hours")]),
    ("Hobbs stabbed her with two six-inch knives.", [(2, 2, "knives"), (6, 6, "inch")]),
    ("Twenty-one people were hurt.", [(21, 21, "people")]),
    ("Thirty five people were hurt.", [(35, 35, "people")]),
    ("Police arrested three 15-year-old boys.", [(3, 3, "boys"), (15, 15, "years")]),
    ("The twenty-first century began badly.", []),
    ("Three-fourths of voters agreed.", []),
    ("The bill needs a two-thirds majority in the Senate.", []),
    # a noun joined by a hyphen
    ("A 12-year-old boy was arrested.", [(12, 12, "years")]),
    ("The 1,400-horsepower engine roared.", [(1400, 1400, "horsepower")]),
    ("Badgers were found on the 14,000-acre estate.", [(14000, 14000, "acre")]),
    ("In a complex 35-page judgment, he said both mothers were right.", [(35, 35, "page")]),
    ("The 28-nation bloc agreed the deal.", [(28, 28, "nation")]),
    ("A three-judge panel overruled the decision.", [(3, 3, "judge")]),
    ("A 30-strong mob attacked the bus.", [(30, 30, "mob")]),
    ("There were 300-plus guests at the wedding.", [(300, 300, "guests")]),
    ("Chelsea won 3-nil at Stamford Bridge.", [(3, 3, None)]),
    ("It was a one-sided contest.", [(1, 1, None)]),
    ("A three-fold increase in burglaries was recorded.", [(3, 3, None)]),
    ("The firm reported a two-fold rise in profit.", [(2, 2, None)]),
    ("A 500-bed hospital will be built.", [(500, 500, "bed")]),
    ("The car has a six-speed gearbox.", [(6, 6, "speed")]),
    # ranges and chains of figures joined by hyphens
    ("Officers searched a 10-15-acre site.", [(10, 15, "acre")]),
    ("They want a 3-4-bedroom house.", [(3, 4, "bedroom")]),
    ("Polls showed a 5-10-point drop.", [(5, 10, "point")]),
    ("All 12 to 14-month-old birds died.", [(12, 14, "months")]),
    ("Call 1-800-555-0199 now.", []),
    ("Call Crime Stoppers at 1-800-SPEAK-UP.", []),
    ("Call the hotline on 0800-555-0199 for advice.", []),
    ("Call the police at 313-596-5200 or Crime Stoppers.", []),
    ("England lined up in a 4-4-2 formation.", []),
    ("United sealed a 3-2 win at Anfield.", []),
    ("Red Rum was the 2-1 favourite.", []),
    ("Families of the 9-11 victims gathered at the site.", []),
    # capitals headlines and abbreviations
    ("2 US SOLDIERS KILLED IN BLAST", [(2, 2, "US soldiers")]),
    ("200 IT STAFF TO LOSE JOBS", [(200, 200, "IT staff")]),
    ("Two US troops were killed in Kabul.", [(2, 2, "US troops")]),
    ("Hundreds of jobs will go at 2 IT firms.", [(200, None, "jobs"), (2, 2, "IT firms")]),
    ("ONE OF US WILL WIN", [(1, 1, None)]),
]

# (text, reference date, expression, expected value; None = not read as a time)
TIMEX_CASES = [
    # a weekday after "and"/"or" takes the first day's tense
    ("The talks are on Thursday and Friday.", R, "Friday", "2013-03-22"),
    ("The matches are on Saturday and Sunday.", R, "Sunday", "2013-03-24"),
    ("The Gophers play Saturday and Sunday.", R, "Sunday", "2013-03-24"),
    ("It rained on Saturday and Sunday.", R, "Sunday", "2013-03-17"),
    ("The store will open Thursday or Friday.", R, "Friday", "2013-03-22"),
    ("Rain is forecast for Thursday and Friday.", R, "Friday", "2013-03-22"),
    ("Monday and Tuesday's talks ended without a deal.", R, "Tuesday", "2013-03-19"),
    ("Monday and Tuesday's talks will decide the issue.", R, "Tuesday", "2013-03-26"),
    ("The talks took place last Monday and Tuesday.", R, "Tuesday", "2013-03-19"),
    ("The strike will hit next Monday and Tuesday.", R, "Tuesday", "2013-03-26"),
    ("Voting began on Monday and Friday is the final day.", R, "Friday", "2013-03-22"),
    ("She flew home on Monday and Thursday she returns to work.", R, "Thursday", "2013-03-21"),
    ("The hearing was adjourned on Monday and Tuesday the jury will visit the scene.", R, "Tuesday", "2013-03-26"),
    # "N months/years earlier": narrative counts back from the last date named ...
    ("He was fined in 1997. A year earlier he had been cautioned.", R, "A year earlier", "1996"),
    ("The couple married in June 2005. A month earlier, they had bought a house.", R, "A month earlier", "2005-05"),
    ("The law was passed in 1997. A year earlier, Labour had promised it.", R, "A year earlier", "1996"),
    ("In 1998 the firm had 300 staff; five years earlier it had 50.", R, "five years earlier", "1993"),
    ("The company made a loss last year. A year earlier it had made a profit.", R, "A year earlier", "2011"),
    ("He was arrested on March 3, 1997. A year earlier, he had been fined.", R, "A year earlier", "1996"),
    ("He was elected on May 6, 2010. Two years earlier, he had lost.", R, "Two years earlier", "2008"),
    ("Sir Paul first played The Cavern on January 24, 1958. He had missed the band's first Cavern show five "
     "months earlier.", R, "five months earlier", "1957-08"),
    # ... a comparison of figures counts back from the figure's own time, never from a background year
    ("Unemployment was 7.9% in 2012, down from 8.1% a year earlier.", R, "a year earlier", "2011"),
    ("Revenue rose 12% in the fourth quarter from a year earlier.", R, "a year earlier", "2011-Q4"),
    ("Exports fell 3% in January from a year earlier.", R, "a year earlier", "2012-01"),
    ("Acme, founded in 1998, said sales rose 5 percent from a year earlier.", R, "a year earlier", "2012"),
    ("Smith, who joined the bank in 2004, said profits rose to $3bn from $2bn a year earlier.", R,
     "a year earlier", "2012"),
    ("Facebook, which went public in 2012, said revenue rose 40% from a year earlier.", R, "a year earlier", "2012"),
    ("The group, formed in 2009, said turnover was £3m, compared with £2m a year earlier.", R,
     "a year earlier", "2012"),
    ("Prices have fallen since 2008. Sales fell 3% from a year earlier.", R, "a year earlier", "2012"),
    # a holiday's year
    ("She died on Christmas Day 1998.", R, "Christmas Day", "1998-12-25"),
    ("The storm struck on Boxing Day 1998.", R, "Boxing Day", "1998-12-26"),
    ("On Jan 1, 2000, New Year's Day, the system crashed.", R, "New Year's Day", "2000-01-01"),
    ("On 1 January 2000, New Year's Day, the system crashed.", R, "New Year's Day", "2000-01-01"),
    ("He was last seen on Dec. 24, 2011, Christmas Eve.", R, "Christmas Eve", "2011-12-24"),
    ("The event, held on Valentine's Day 2012, raised £5,000.", R, "Valentine's Day", "2012-02-14"),
    ("In 1998, Christmas fell on a Friday.", R, "Christmas", "1998-12-25"),
    ("By Christmas 2,000 people had signed.", R, "Christmas", "2012-12-25"),
    ("Boxing Day 1998 saw record sales.", R, "Boxing Day", "1998-12-26"),
    ("Easter 1916 is remembered in Dublin.", R, "Easter", "1916-04-23"),
    ("Since Christmas 2011 prices have risen.", R, "Christmas", "2011-12-25"),
    ("On Easter Sunday 2012 he preached.", R, "Easter Sunday", "2012-04-08"),
]

# (text, [speaker_text of every quote, in order])
QUOTE_CASES = [
    ('"It was chaos," one of Smith\'s aides said.', ["one of Smith's aides"]),
    ('"We will fight this," one of Bush\'s advisers said on Tuesday.', ["one of Bush's advisers"]),
    ('"The law is clear," some of Britain\'s top lawyers said in a letter.', ["some of Britain's top lawyers"]),
    ('One of Mr. Trump\'s lawyers said: "We will appeal."', ["One of Mr. Trump's lawyers"]),
    ('"He never told us," two of Jackson\'s former bodyguards told the court.',
     ["two of Jackson's former bodyguards"]),
    ('"It was terrible," one of Manchester United\'s players said.', ["one of Manchester United's players"]),
    ('"We knew nothing," most of Enron\'s employees said.', ["most of Enron's employees"]),
    ('"We are shocked," one of the victim\'s relatives said.', ["one of the victim's relatives"]),
    ('"It was a mistake," one of the Smiths said.', ["one"]),
    ('"I am innocent," one of Smith\'s co-defendants shouted.', ["one of Smith's co-defendants"]),
]

# (text of an article, the quote's speaker_text): the possessor named in the speaker's phrase never gets the quote
POSSESSOR_CASES = [
    ("Serena Williams won in Paris.\n\n\"We will appeal,\" one of Williams' attorneys said.",
     "one of Williams' attorneys"),
    ("Bernie Sanders campaigned in Ohio.\n\n\"It is over,\" two of Sanders’ advisers said.",
     "two of Sanders’ advisers"),
    ("Bernie Sanders campaigned in Ohio.\n\n\"He is not backing down,\" Sanders' spokesman said.",
     "Sanders' spokesman"),
    ("John Smith is a senator.\n\n\"It was chaos,\" one of Smith's aides said.", "one of Smith's aides"),
]


def _num(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) or pd.isna(v) else float(v)


@pytest.mark.parametrize("text,expected", NUMBER_CASES)
def test_numbers(text, expected):
    df = extract_numbers(text)
    got = [(_num(r.low), _num(r.high), r.counted if isinstance(r.counted, str) else None) for r in df.itertuples()]
    assert len(got) == len(expected), got
    for (lo, hi, c), (elo, ehi, ec) in zip(got, expected):
        assert (lo, hi) == (_num(elo), _num(ehi)), got
        if ec is not ANY:
            assert c == ec, got


@pytest.mark.parametrize("text,ref,expr,expected", TIMEX_CASES)
def test_timex(text, ref, expr, expected):
    df = extract_timexes(text, ref)
    rows = df[df["text"] == expr]
    if expected is None:
        assert rows.empty, df[["text", "value"]].values.tolist()
    else:
        assert rows["value"].tolist() == [expected], df[["text", "value"]].values.tolist()


@pytest.mark.parametrize("text,expected", QUOTE_CASES)
def test_quotes(text, expected):
    assert extract_quotes(text)["speaker_text"].tolist() == expected


@pytest.mark.parametrize("text,speaker_text", POSSESSOR_CASES)
def test_quotes_never_go_to_the_possessor(text, speaker_text, tmp_path):
    """The only person of the article is the possessor in the speaker's phrase: no quote is theirs."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import quotes

    (tmp_path / "a.txt").write_text("A story\n\n" + text, encoding="utf-8")
    q = quotes(load_corpus(tmp_path))
    assert len(q) == 1, q[["speaker_text", "figure_id"]].values.tolist()
    assert all(f is None or pd.isna(f) for f in q["figure_id"]), q[["speaker_text", "speaker_name"]].values.tolist()
