"""The sex a given name usually tells, from a list of English given names (``given_names.json``).

The list is built by ``scripts/make_given_names.py`` from Faker's first-name lists (MIT licence); names
found in both the male and the female lists (Jordan, Taylor, Leslie) are left out.

Limits: English and Anglophone names only (Hillary, Barack and Vladimir are not in it, and give None);
a name says what is usual, not what is true of one person, so callers let anything written in the
article (a courtesy title, the pronouns bound to the name) outrank it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("given_names.json")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {**{n: "m" for n in data["male"]}, **{n: "f" for n in data["female"]}}


def given_name_sex(word: str) -> str | None:
    """"m" or "f" for a given name the list holds ("Kevin" -> "m", "Melanie" -> "f"), else None (an initial,
    a name used for both sexes, a name from outside the list)."""
    return _table().get(str(word).strip(".").lower()) if word else None
