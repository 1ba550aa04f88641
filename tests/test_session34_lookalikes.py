"""Three rules against their look-alikes (``session34_lookalikes.py``): every kept expectation holds."""
import pytest

from helpers.text.cleaning import clean_text
from helpers.text.entities import extract_entities
from helpers.text.timex import extract_timexes
from session34_lookalikes import ENTS, JOIN, TIMEX


@pytest.mark.parametrize("text,ref,target,want", TIMEX, ids=[t[0][:40] for t in TIMEX])
def test_finished_event_lookalike(text, ref, target, want):
    df = extract_timexes(text, ref)
    assert next((v for t, v in zip(df["text"], df["value"]) if t == target), None) == want, df.to_dict("records")


@pytest.mark.parametrize("text,want", ENTS, ids=[t[0][:40] for t in ENTS])
def test_capitals_after_a_lookalike(text, want):
    names = set(extract_entities(text)["text"])
    assert {k: k in names for k in want} == want, names


@pytest.mark.parametrize("raw,want", JOIN, ids=[t[0][:40] for t in JOIN])
def test_title_line_join_lookalike(raw, want):
    paras = clean_text(raw).paragraphs
    for a, b, joined in want:
        assert any(a in p and b in p and p.index(a) < p.index(b) for p in paras) == joined, (a, b, paras)
