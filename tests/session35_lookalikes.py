"""Look-alikes a second reader wrote against five rules of session 35 (a weekday after "is"/"are" is ahead; a town
+ "Town" is a club in sports copy; what a figure counts is never a pronoun, conjunction or adverb; a quantifier
speaker keeps its "of" phrase and a single quote inside an open double quote is nested; a courtesy title after a
role goes with the name). Only cases where the new code reads the English right are kept.

CASES: (kind, text, extra, expected)
  timex : extra = reference date, expected = the values of all time expressions, in order
  entity: extra = None, expected = {name: label} for the names checked
  number: extra = None, expected = [(figure text, counted or None)], all figures in order
  quote : extra = None, expected = [speaker_text], all quotes in order
  role  : extra = the name mention, expected = the roles of that mention
"""

_S = " The striker scored twice in the league match and the goalkeeper saved a penalty."  # makes it sports copy
_R = "2024-03-13"  # a Wednesday

CASES = [
    # ---- timex: "is"/"are" right before a weekday sets it ahead
    ("timex", "The vote is on Friday, officials said.", _R, ["2024-03-15"]),
    ("timex", "The deadline for applications is Friday.", _R, ["2024-03-15"]),
    ("timex", "Her funeral is on Monday at St Mary's church.", _R, ["2024-03-18"]),
    ("timex", "He said the match is on Saturday in Leeds.", _R, ["2024-03-16"]),
    ("timex", "Her birthday is Saturday and she plans a party.", _R, ["2024-03-16"]),
    ("timex", "The next meeting of the council is Tuesday.", _R, ["2024-03-19"]),
    ("timex", "The trial is Monday, his lawyer said on Tuesday.", _R, ["2024-03-18", "2024-03-12"]),
    ("timex", "The first hearing is Monday; the second is Tuesday.", _R, ["2024-03-18", "2024-03-19"]),
    ("timex", "Her last day at work is Friday.", _R, ["2024-03-15"]),
    ("timex", "The next hearing is on Tuesday, the judge said.", _R, ["2024-03-19"]),
    ("timex", "The vote is Friday night.", _R, ["2024-03-15TNI"]),
    ("timex", "Opening night is Friday.", _R, ["2024-03-15"]),
    ("timex", "The holiday falls on the 15th, which is Friday.", _R, ["2024-03-15"]),
    ("timex", "The focus is on Friday, when the budget is published.", _R, ["2024-03-15"]),
    ("timex", "Tomorrow is Friday, the last day of term.", "2024-03-14", ["2024-03-15", "2024-03-15"]),
    ("timex", "The vote is on Friday, officials said.", "2024-03-16", ["2024-03-22"]),
    # near-misses the rule leaves alone
    ("timex", "Today is Friday, and the markets are closed.", "2024-03-15", ["2024-03-15", "2024-03-15"]),
    ("timex", "Here are Monday's results from the Premier League.", _R, ["2024-03-11"]),
    ("timex", "The focus of the inquiry is Monday's attack on the depot.", _R, ["2024-03-11"]),
    ("timex", "Included in the report are Tuesday's figures on unemployment.", _R, ["2024-03-12"]),
    ("timex", "Among those injured in the crash is Monday's winner, Tom Hale.", _R, ["2024-03-11"]),
    ("timex", "What is clear is that Monday's vote was a blow to the government.", _R, ["2024-03-11"]),
    ("timex", "When the police arrived, the date on the letter was Friday.", _R, ["2024-03-08"]),
    ("timex", "Yesterday was Tuesday, and today is Wednesday.", _R,
     ["2024-03-12", "2024-03-12", "2024-03-13", "2024-03-13"]),
    ("timex", "The next full moon is on March 25.", _R, ["2024-03-25"]),
    ("timex", "The deadline for applications is January 5.", "2023-12-20", ["2024-01-05"]),

    # ---- entity: town + "Town" is a club in sports copy
    ("entity", "Ipswich Town beat Norwich 2-1 on Saturday." + _S, None, {"Ipswich Town": "ORG", "Norwich": "ORG"}),
    ("entity", "Luton Town manager Rob Edwards praised his squad." + _S, None,
     {"Luton Town": "ORG", "Rob Edwards": "PERSON"}),
    ("entity", "Mansfield Town were relegated on the final day." + _S, None, {"Mansfield Town": "ORG"}),
    ("entity", "Swindon Town sacked their manager on Monday." + _S, None, {"Swindon Town": "ORG"}),
    ("entity", "He joined Ipswich Town from Norwich City in 2019." + _S, None, {"Ipswich Town": "ORG"}),
    ("entity", "Huddersfield Town drew 1-1 with Hull City." + _S,
     None, {"Huddersfield Town": "ORG", "Hull City": "ORG"}),
    ("entity", "Northampton Town, Crewe and Grimsby all won on Saturday." + _S, None,
     {"Northampton Town": "ORG", "Crewe": "ORG", "Grimsby": "ORG"}),
    ("entity", "Shrewsbury Town's striker was sent off in the match." + _S, None, {"Shrewsbury Town": "ORG"}),
    ("entity", "The Ipswich Town chairman said the club was in talks with investors." + _S,
     None, {"Ipswich Town": "ORG"}),
    ("entity", "He grew up in Ipswich, supported Ipswich Town and now plays for Leeds." + _S, None,
     {"Ipswich": "PLACE", "Ipswich Town": "ORG"}),
    ("entity", "Macclesfield Town were wound up in 2020, and the new club plays in the league." + _S, None,
     {"Macclesfield Town": "ORG"}),
    ("entity", "Crewe beat Grimsby Town 3-0 on Tuesday night." + _S, None, {"Crewe": "ORG", "Grimsby Town": "ORG"}),
    # near-misses: town halls and councils, "Cape Town", non-sports copy
    ("entity", "Fans gathered outside Luton Town Hall after the match." + _S, None, {"Luton Town Hall": "FAC"}),
    ("entity", "The Ipswich Town Council approved the plans on Tuesday.", None, {"Ipswich Town Council": "ORG"}),
    ("entity", "Mold Town Council said the pitch would be resurfaced before the league match." + _S, None,
     {"Mold Town Council": "ORG"}),
    ("entity", "Leicester City Council will host a parade for the league champions." + _S, None,
     {"Leicester City Council": "ORG"}),
    ("entity", "The team flew to Cape Town for the final Test." + _S, None, {"Cape Town": "PLACE"}),
    ("entity", "Police in Ipswich said the town was quiet. Town officials declined to comment.", None,
     {"Ipswich": "PLACE"}),

    # ---- number: what a figure counts
    ("number", "Police arrested two of them at the scene.", None, [("two", None)]),
    ("number", "The crash killed six people, two of whom were children.", None, [("six", "people"), ("two", None)]),
    ("number",
     "Three of the four children were taken to hospital.", None, [("Three", "children"), ("four", "children")]),
    ("number", "Three of her four children were at home.", None, [("Three", "children"), ("four", "children")]),
    ("number", "Five of their eight children live abroad.", None, [("Five", "children"), ("eight", "children")]),
    ("number", "She was treated for three or four broken bones.", None, [("three", "bones"), ("four", "bones")]),
    ("number", "The 12 hostages were released, and 10 of them flew home.", None, [("12", "hostages"), ("10", None)]),
    ("number", "He won one of three races, two of them in the rain.", None, [("three", "races"), ("two", None)]),
    ("number", "The fire destroyed 40 homes, 12 of them in Leeds.", None, [("40", "homes"), ("12", None)]),
    ("number", "He left school at 16 because his father was ill.", None, [("16", None)]),
    ("number", "MAN, 85, JAILED FOR 18 MONTHS", None, [("85", None), ("18", "months")]),
    ("number", "Doctors said 15 of his patients had died.", None, [("15", "patients")]),
    ("number", "Three of our reporters were detained.", None, [("Three", "reporters")]),
    ("number", "Two of my colleagues resigned.", None, [("Two", "colleagues")]),
    ("number", "It took 12 years but they won.", None, [("12", "years")]),
    ("number", "The band played 25 songs, five of which were new.", None, [("25", "songs"), ("five", None)]),

    # ---- quote: quantifier speakers; single quotes nested in an open double quote
    ("quote", '"We did everything we could," one of the ambulance crew said.', None, ["one of the ambulance crew"]),
    ("quote", '"We were never told," some of the residents said.', None, ["some of the residents"]),
    ("quote",
     '"The water came in so fast," one of the men, who asked not to be named, said.', None, ["one of the men"]),
    ("quote", '"He was a hero," another of the passengers told reporters.', None, ["another of the passengers"]),
    ("quote", '"We knew nothing about it," both of them said.', None, ["both of them"]),
    ("quote", '"It is a scandal," said one of the parents.', None, ["one of the parents"]),
    ("quote", '"We have had enough," many of the nurses said.', None, ["many of the nurses"]),
    ("quote", '"This is only the start," one of them said.', None, ["one of them"]),
    ("quote", '"We will appeal," one of his lawyers said.', None, ["one of his lawyers"]),
    ("quote", '"It was my fault," each of the defendants told the court.', None, ["each of the defendants"]),
    ("quote", '"No comment," one of the company\'s lawyers said.', None, ["one of the company's lawyers"]),
    ("quote", '"It hurts," one of the 12 said.', None, ["one of the 12"]),
    ("quote", 'Smith described the night.\n\n“He told me, ‘Don’t worry, I will be back,’ and then he left.\n\n'
              '“That was the last time I saw him,” she said.', None, ["she", "she"]),
    ("quote", 'The witness said:\n\n“I ran to the car and the ambulanceman shouted ‘Stand back!’ at me.\n\n'
              '“I was terrified,” she told the court.', None, ["The witness", "she"]),
    # near-misses: British copy, where single quotes are speech
    ("quote", 'Jones said: “I saw the driver.” Later the paramedic said: ‘He is stable.’', None,
     ["Jones", "the paramedic"]),
    ("quote", '‘We will fight this,’ said Mrs Brown. ‘It is a disgrace.’\n\n'
     'Her husband added: ‘We will never give up.’',
     None, ["Mrs Brown", "Mrs Brown", "Her husband"]),
    ("quote", '‘I loved “Hamlet” as a boy,’ the actor said.', None, ["the actor"]),
    ("quote", '“It was awful,” she said, before her son added: ‘We were lucky.’\n\n'
     '“It could have been worse,” she said.',
     None, ["she", "her son", "she"]),
    ("quote", '‘We are ready,’ the captain said, and the coach added: “The boys have worked hard.\n\n'
              '“They deserve this,” he said.', None, ["the captain", "the coach", "he"]),

    # ---- role: a courtesy title after a role goes with the name
    ("role", "Labour MP Mr Smith said he would vote against the bill.", "Smith", ["Labour MP"]),
    ("role", "Pathologist Dr Peter Roe said the death was caused by a head injury.", "Peter Roe", ["Pathologist"]),
    ("role", "Coroner Mr John Smith recorded a verdict of accidental death.", "John Smith", ["Coroner"]),
    ("role", "Frightened Mrs Smith called the police.", "Smith", []),
    ("role", "Tory backbencher Sir Peter Bottomley said the plan was flawed.", "Peter Bottomley", ["Tory backbencher"]),
    ("role", "England manager Sir Alf Ramsey named his squad.", "Alf Ramsey", ["England manager"]),
    ("role", "Liberal Democrat leader Mr Charles Kennedy said the war was wrong.", "Charles Kennedy",
     ["Liberal Democrat leader"]),
    ("role", "Detective Chief Inspector Sir John Smith said the case was closed.", "John Smith",
     ["Detective Chief Inspector"]),
    ("role", "Metropolitan Police Commissioner Sir Mark Rowley said the force would change.", "Mark Rowley",
     ["Metropolitan Police Commissioner"]),
    ("role", "Central Mat-Su Fire Department Chief Ken Barkley said the blaze was out.", "Ken Barkley",
     ["Central Mat-Su Fire Department Chief"]),
]
