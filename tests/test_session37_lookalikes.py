"""Look-alikes for the session-37 rule changes, written by a second reader before either output was seen:
four-digit counts against years ("more than 2000 pilgrims", "said 2000 earnings"), "at 1900 hours" against a
count of hours, and "the day before" / "the night before" / "the week after". Every check the code now gets
right is asserted (a careful reader's reading); the ones it still gets wrong are listed in ``STILL_WRONG`` and
expected to fail, so a change that mends one shows up.

Checks: ("t", anchor, value): the time expression over the first ``anchor`` has ``value`` (None: no expression
there); ("n", anchor, (v, counted)): the figure over ``anchor`` has low or high ``v`` and counts ``counted``
(None: not checked); ("n", anchor, None): no figure there.
"""
import pytest

from helpers.text.numbers import extract_numbers
from helpers.text.timex import extract_timexes

R98 = "1998-03-06"  # a Friday
R24 = "2024-03-13"  # a Wednesday

CASES = [
    # ---------------------------------------------------------------- A. a hedge on an amount: a count
    ("A hedge", "More than 2000 pilgrims crowded into the shrine on Friday.", R98,
     [("t", "2000", None), ("n", "2000", (2000, "pilgrims"))]),
    ("A hedge", "About 1900 troops were flown in overnight, the ministry said.", R98,
     [("t", "1900", None), ("n", "1900", (1900, "troops"))]),
    ("A hedge", "Some 1800 police were deployed for the march through London.", R24,
     [("t", "1800", None), ("n", "1800", (1800, "police"))]),
    ("A hedge", "Nearly 2000 staff will lose their jobs, the union said.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "staff"))]),
    ("A hedge", "Organisers said an estimated 1900 runners took part in Sunday's race.", R24,
     [("t", "1900", None), ("n", "1900", (1900, "runners"))]),
    ("A hedge", "Fewer than 1800 tickets were sold for the final, the club said.", R24,
     [("t", "1800", None), ("n", "1800", (1800, "tickets"))]),
    ("A hedge", "Roughly 2000 fans were locked out of the stadium.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "fans"))]),
    ("A hedge", "At least 1850 signatures were collected in a week.", R24,
     [("t", "1850", None), ("n", "1850", (1850, "signatures"))]),
    ("A hedge", "Almost 2000 people signed the petition, the council said.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "people"))]),
    ("A hedge", "The climbers were stranded at over 1900 metres when the storm hit.", R24,
     [("t", "1900", None)]),
    ("A hedge", "Up to 2000 homes could be without power until Monday.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "homes"))]),
    ("A hedge", "Roughly 2000 of the plant's workers were laid off.", R24,
     [("t", "2000", None), ("n", "2000", (2000, None))]),
    ("A hedge", "The bank has approximately 2000 branches across Europe.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "branches"))]),
    ("A hedge", "A crowd of about 2000 mourners followed the coffin.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "mourners"))]),
    # ---------------------------------------------------------------- B. a round hundred before a plural: a count
    ("B round", "The earthquake killed 2000 people and left thousands homeless.", R98,
     [("t", "2000", None), ("n", "2000", (2000, "people"))]),
    ("B round", "The publisher printed 2000 copies of the memoir.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "copies"))]),
    ("B round", "2000 fans marched through the city centre on Saturday.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "fans"))]),
    ("B round", "The farm lost 1800 sheep in the snow.", R24,
     [("t", "1800", None), ("n", "1800", (1800, "sheep"))]),
    ("B round", "The ministry sent 2000 personnel to the border region.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "personnel"))]),
    ("B round", "He scored 2000 runs that season for Yorkshire.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "runs"))]),
    ("B round", "The charity handed out 1900 blankets in the camp.", R24,
     [("t", "1900", None), ("n", "1900", (1900, "blankets"))]),
    # ---------------------------------------------------------------- C. counts the change still misses
    ("A hedge", "More than 2000 payments were made to the contractor.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "payments"))]),
    ("B round", "Police said Tuesday 2000 people had been evacuated.", R98,
     [("t", "2000", None), ("n", "2000", (2000, "people"))]),
    ("C miss", "The recount gave the challenger 1987 votes, the returning officer said.", R24,
     [("t", "1987", None), ("n", "1987", (1987, "votes"))]),
    ("C miss", "She won the seat by 1900 votes.", R24,
     [("t", "1900", None), ("n", "1900", (1900, "votes"))]),
    ("C miss", "A crowd of 2000 fans watched the friendly.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "fans"))]),
    ("C miss", "A crowd of 2000 people gathered outside the court.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "people"))]),
    ("C miss", "The 2000 pilgrims were stranded at the border.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "pilgrims"))]),
    ("C miss", "The club sold 1900 season tickets in a week.", R24,
     [("t", "1900", None), ("n", "1900", (1900, "season tickets"))]),
    ("C miss", "2000 PEOPLE FLEE FLOODS IN BANGLADESH", R98,
     [("t", "2000", None), ("n", "2000", (2000, None))]),
    ("C miss", "Storm Leaves 2000 Villagers Homeless", R98,
     [("t", "2000", None), ("n", "2000", (2000, None))]),
    ("C miss", "The estimated 2000 mourners stood in silence.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "mourners"))]),
    # ---------------------------------------------------------------- D. years that look like counts: stay years
    ("D year", "The company said 1989 earnings rose 12 percent.", "1990-02-01",
     [("t", "1989", "1989"), ("n", "1989", None)]),
    ("D year", "The company said 2000 earnings would beat forecasts.", "2000-11-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Analysts expect 2000 results to be weaker than last year's.", "1999-11-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Around 2000 the firm moved its headquarters to Dallas.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "By 2020 emissions must fall by a fifth, the minister said.", "2015-06-01",
     [("t", "2020", "2020"), ("n", "2020", None)]),
    ("D year", "In 2000 police arrested him in Madrid.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "The 2000 elections were marred by fraud.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "The firm's 2000 accounts were qualified by auditors.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Shares rose after 2000 profits topped forecasts.", "2001-02-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Emissions must be cut to 2000 levels by 2010.", R98,
     [("t", "2000", "2000"), ("n", "2000", None), ("t", "2010", "2010")]),
    ("D year", "Prices fell back to around 2000 levels last month.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "The report compared the figures with 1900 levels.", R24,
     [("t", "1900", "1900"), ("n", "1900", None)]),
    ("D year", "Output is still below pre-2000 levels.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Shareholders have complained about 2004 payments to the former chairman.", "2006-05-01",
     [("t", "2004", "2004"), ("n", "2004", None)]),
    ("D year", "A row over 2008 bonuses overshadowed the bank's meeting.", "2009-04-01",
     [("t", "2008", "2008"), ("n", "2008", None)]),
    ("D year", "Under 2005 rules, lenders must disclose all fees.", "2006-05-01",
     [("t", "2005", "2005"), ("n", "2005", None)]),
    ("D year", "Some 2007 models were recalled over faulty brakes.", "2008-01-10",
     [("t", "2007", "2007"), ("n", "2007", None)]),
    ("D year", "Fiscal 2000 revenues rose 8 percent to $4.1 billion.", "2000-11-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "For 2000 analysts expect earnings of $2.10 a share.", "1999-11-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Between 1900 and 2000 temperatures rose by 0.6C.", R24,
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "From 1800 to 1900 wages in the mills doubled.", R24,
     [("t", "1900", "1900"), ("n", "1900", None)]),
    ("D year", "Sydney 2000 organisers said ticket sales were strong.", "1999-05-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("D year", "Tickets for Euro 2000 matches sold out within hours.", "1999-05-01",
     [("t", "2000", "2000"), ("n", "2000", None)]),
    ("B round", "Only 2000 tickets were sold for the match.", R24,
     [("t", "2000", None), ("n", "2000", (2000, "tickets"))]),
    ("D year", "Around 1900 the village had 300 inhabitants.", R24,
     [("t", "1900", "1900"), ("n", "1900", None)]),
    ("D year", "By about 1900 most of the forest had been cleared.", R24,
     [("t", "1900", "1900"), ("n", "1900", None)]),
    # ---------------------------------------------------------------- E. four digits before "hours"/"hrs"
    ("E hours", "Police were called to the house at 1900 hours on Friday.", R98,
     [("t", "1900", "1998-03-06T19:00"), ("n", "1900", None)]),
    ("E hours", "The suspect was arrested at 0300 hrs on Friday.", R98,
     [("t", "0300", "1998-03-06T03:00"), ("n", "0300", None)]),
    ("E hours", "The curfew runs until 0600 hours.", R98,
     [("t", "0600", "1998-03-06T06:00"), ("n", "0600", None)]),
    ("E hours", "By 1800 hours the crowd had dispersed.", R98,
     [("t", "1800", "1998-03-06T18:00"), ("n", "1800", None)]),
    ("E hours", "He has logged 1900 hours of flight time.", R24,
     [("t", "1900", "PT1900H"), ("n", "1900", (1900, "hours"))]),
    ("E hours", "After 1200 hours of talks, negotiators reached a deal.", R24,
     [("t", "1200", "PT1200H"), ("n", "1200", (1200, "hours"))]),
    ("E hours", "Detectives reviewed about 1500 hours of CCTV footage.", R24,
     [("t", "1500", "PT1500H"), ("n", "1500", (1500, "hours"))]),
    ("E hours", "Volunteers put in up to 2000 hours a year at the shelter.", R24,
     [("t", "2000", "PT2000H"), ("n", "2000", (2000, "hours"))]),
    ("E hours", "The engine was overhauled after 1000 hours in service.", R24,
     [("t", "1000", "PT1000H"), ("n", "1000", (1000, "hours"))]),
    ("E hours", "Volunteers have put in up to 2000 hours at the shelter.", R24,
     [("t", "2000", "PT2000H"), ("n", "2000", (2000, "hours"))]),
    ("E hours", "The attack began at 0300 hours in the capital.", R98,
     [("t", "0300", "1998-03-06T03:00")]),
    ("E hours", "Shops open from 0800 hours to 1700 hours.", R98,
     [("t", "0800", "1998-03-06T08:00"), ("t", "1700", "1998-03-06T17:00")]),
    ("E hours", "A curfew was imposed after 2200 hours local time.", R98,
     [("t", "2200", "1998-03-06T22:00")]),
    ("E hours", "Troops moved in around 0400 hours, the army said.", R98,
     [("t", "0400", "1998-03-06T04:00")]),
    ("E hours", "The pilot had flown 2000 hrs before the crash.", R24,
     [("t", "2000", "PT2000H")]),
    # ---------------------------------------------------------------- F. "the day before", "the year after"
    ("F around", "He died on Tuesday, March 3. He had complained of chest pains the night before.", R98,
     [("t", "the night before", "1998-03-02TNI")]),
    ("F around", "Shares fell 4 percent on Monday after rising the day before.", R98,
     [("t", "the day before", "1998-03-01")]),
    ("F around", "Profit rose to $4.2 million in 1997 from $3.1 million the year before.", R98,
     [("t", "the year before", "1996")]),
    ("F around", "The body was found on Friday. She had been seen the evening before, and police appealed "
                 "for witnesses.", R24, [("t", "the evening before", "2024-03-07TEV")]),
    ("F around", "Arsenal beat Leeds on Saturday. The week before, they lost at Anfield.", R24,
     [("t", "The week before", "2024-W09")]),
    ("F around", "She married in 1952 and was widowed the year after.", R24,
     [("t", "the year after", "1953")]),
    ("F around", "Inflation rose to 3.1 percent in February from 2.9 percent the month before.", R24,
     [("t", "the month before", "2024-01")]),
    ("F around", "Stocks crashed on Oct. 19, 1987. The day after, the markets recovered.", R24,
     [("t", "The day after", "1987-10-20")]),
    ("F around", "The party was on Saturday. The morning after, he flew to Paris.", R24,
     [("t", "The morning after", "2024-03-10TMO")]),
    ("F around", "The index closed at 1,234 on Tuesday, up 12 points from the day before.", R98,
     [("t", "the day before", "1998-03-02")]),
    ("F around", "He retired in 1997, having won the title the year before.", R98,
     [("t", "the year before", "1996")]),
    ("F around", "Gunmen attacked the village the night before last, residents said.", R98,
     [("t", "the night before", "1998-03-04TNI")]),
    ("F around", "He arrived the day before yesterday, officials said.", R98,
     [("t", "the day before", "1998-03-04")]),
    ("F around", "The bombing happened the day before Christmas.", R98,
     [("t", "the day before Christmas", "1997-12-24")]),
    ("F around", "Sales were higher the year before last.", R98,
     [("t", "the year before", "1996")]),
    ("F around", "He was sacked the day before the final.", R24,
     [("t", "the day before", None)]),
    ("F around", "It was a classic case of the morning after the night before.", R24,
     [("t", "the night before", None)]),
    ("F around", "Police will patrol the day before and after the match on Saturday.", R98,
     [("t", "the day before", "1998-03-06")]),
    ("F around", "The year before and the year after the merger, profits fell.", R24,
     [("t", "The year before", None)]),
    ("F around", "\"I hardly slept the night before,\" said Murray, who lost in straight sets on Sunday.", R24,
     [("t", "the night before", "2024-03-09TNI")]),
    ("F around", "The Day After, the 1983 television film, was shown again last night.", R24,
     [("t", "The Day After", None)]),
    ("F around", "He was jailed in 1997; he had been arrested the day before.", R98,
     [("t", "the day before", None)]),
    ("F around", "The week before, he had been cleared to play by the club doctor.", R24,
     [("t", "The week before", "2024-W10")]),
    ("F around", "The vote was held on March 3. The week after, the minister resigned.", "1998-03-20",
     [("t", "The week after", "1998-W11")]),
    ("F around", "The vote was held on March 3. The week after, the minister resigned.", R98,
     [("t", "The week after", "1998-W11")]),
    ("F around", "Rangers lost on Saturday, a week after winning the cup. The week after next they play Celtic.", R24,
     # written as "no 'week after' here"; since session 39 "the week after next" is read whole, two weeks on
     [("t", "The week after", "2024-W13")]),
    ("F around", "Police said the driver had been drinking the night before but was not over the limit.", R98,
     [("t", "the night before", "1998-03-05TNI")]),
]

#: Cases read wrong by the code before and after the change (counts with no bound and no counted noun, "a crowd
#: of 2000 people", "the night before last", a count of hours in a rate): indices into ``CASES``.
STILL_WRONG = {11, 17, 19, 20, 24, 28, 55, 65, 72, 90, 97}  # 2, 13, 16, 18, 25-27, 30, 84, 87: mended in s39
#: Read wrong since the change: "the night before" with no day named before it counts from the publication
#: date, as "the previous day" already did (the shared resolver's fallback, not this rule's).
FALLBACK = {92, 94}


def _reading(kind, text, ref, anchor):
    s = text.index(anchor)
    e = s + len(anchor)
    df = extract_timexes(text, ref) if kind == "t" else extract_numbers(text)
    hit = df[(df["start"] < e) & (df["end"] > s)]
    return None if hit.empty else hit.iloc[0]


def _ok(kind, exp, r) -> bool:
    if exp is None or r is None:
        return exp is None and r is None
    if kind == "t":
        return r["value"] == exp
    v, counted = exp
    vals = {float(x) for x in (r["low"], r["high"]) if x is not None and str(x) not in ("<NA>", "nan")}
    got = r["counted"] if isinstance(r["counted"], str) else None
    return float(v) in vals and (counted is None or (got is not None and counted.lower() in got.lower()))


def _param(i):
    if i in STILL_WRONG:
        return pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="read wrong before and after the change"))
    if i in FALLBACK:
        return pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="counted from the publication date"))
    return i


@pytest.mark.parametrize("i", [_param(i) for i in range(len(CASES))])
def test_session37_lookalike(i):
    _group, text, ref, checks = CASES[i]
    for kind, anchor, exp in checks:
        assert _ok(kind, exp, _reading(kind, text, ref, anchor)), (text, kind, anchor, exp)
