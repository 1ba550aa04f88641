"""People's ages across the articles: the age each article writes beside a person's name
(``text.ages.age_beside``: "Christopher Grant, 45,", "the 45-year-old businessman Christopher Grant"),
one row per age figure, with the figure (``figures``) it belongs to.

``person_ages(corpus)``: doc_id, figure_id, name, age, start, end (of the age's digits), text (the name as
written and the age), sent. ``ages_clash(x, y)``: whether two sets of ages told of one person cannot be one
age (more than ``AGE_GAP`` years apart, none closer).

Limits: only ages written beside a name are read (not "Grant, a businessman of 45"); an age told of
another time ("then 12") counts as the person's age.
"""
from __future__ import annotations

import pandas as pd

from ..text.ages import age_beside
from .figures import mentions

#: Years two tellings of one person's age may differ by and still agree: a birthday between two reports
#: ("aged 45" / "46"), or a slip worth a look, but no conflict.
AGE_GAP = 2

AGE_COLUMNS = ["doc_id", "figure_id", "name", "age", "start", "end", "text", "sent"]


def person_ages(corpus) -> pd.DataFrame:
    """Ages written beside a person's name in every article (see the module docstring). A name written
    twice beside one age counts once. Cached on the corpus."""
    def compute():
        m = mentions(corpus)
        m = m[(m["figure_label"] == "PERSON") & m["figure_id"].notna()]
        rows = {}
        for r in m.itertuples():
            got = age_beside(corpus.text(r.doc_id), int(r.start), int(r.end))
            if got is not None and (r.doc_id, got[1]) not in rows:
                rows[(r.doc_id, got[1])] = {"doc_id": r.doc_id, "figure_id": r.figure_id, "name": r.name,
                                            "age": got[0], "start": got[1], "end": got[2],
                                            "text": f"{r.text}, {got[0]}"}
        out = pd.DataFrame(list(rows.values()), columns=AGE_COLUMNS[:-1])
        out["sent"] = [corpus.sentence_index(d, [s])[0] for d, s in zip(out["doc_id"], out["start"])]
        return out
    return corpus.cached("person_ages", compute).copy()


def ages_clash(x: set, y: set) -> bool:
    """Whether two tellings of one person's ages (sets of ints) are more than ``AGE_GAP`` years apart at
    their closest: "45" / "15" clash; "43" / "44" do not; an article telling "12" and "18" (two times of one
    life) clashes with neither."""
    return bool(x and y) and min(abs(a - b) for a in x for b in y) > AGE_GAP
