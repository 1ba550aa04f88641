"""A person's age written beside their name.

``age_beside(text, start, end)`` reads the age news copy writes next to a name at ``text[start:end]``:

- after it, set off as an apposition: "Christopher Grant, 45, a businessman", "Meryl Grant, 43." "Grant (45)",
  "Mr Grant, aged 45,";
- before it, as a "-year-old" modifier: "45-year-old Christopher Grant", "the 45-year-old businessman
  Christopher Grant" (at most two lower-case words between, none of them "and", "of", "with"...).

It returns (age, start, end) of the figure, or None.

Limits: digits only ("Grant, forty-five," is not read); an age written away from the name ("Grant, a
businessman of 45") is not read; an apposed number that is not an age ("Smith, 45, Jones, 40" as scores)
is read as one when it lies between 1 and 115; an age of another time ("then 12") is read as the age.
"""
from __future__ import annotations

import re

#: The oldest age read as one; a larger apposed number is something else ("Route, 302,").
MAX_AGE = 115

#: What follows a figure that is someone's age: "18-year-old", "12-YEAR-OLD", "45 years old", "45-yr-old".
AGE_SUFFIX = r"(?:[-\s](?:year|yr)s?)?[-\s]old\b"

_AFTER = re.compile(r"(?:\s*,\s*(?:aged\s+)?|\s*\(\s*(?:aged\s+)?)(\d{1,3})(?=\s*(?:[,;.)]|and\b|$))")
_LINK_WORDS = r"(?!(?:and|or|of|with|to|for|by|from|in|on|at|who|whose)\b)[a-z][\w-]*"
_BEFORE = re.compile(rf"(?<![\w.,])(\d{{1,3}}){AGE_SUFFIX}\s+(?:{_LINK_WORDS}\s+){{0,2}}$", re.I)


def age_beside(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(age, start, end) of the age written beside the name at ``text[start:end]``, or None (see the module
    docstring for the forms read)."""
    m = _AFTER.match(text, end)
    if m and not re.match(r"\d", text[m.end():m.end() + 3].lstrip(",; ")):  # "Smith, 45, 23 and 12": a list
        return _age(m)
    m = _BEFORE.search(text, max(0, start - 60), start)
    return _age(m) if m else None


def _age(m) -> tuple[int, int, int] | None:
    age = int(m.group(1))
    return (age, m.start(1), m.end(1)) if 1 <= age <= MAX_AGE else None
