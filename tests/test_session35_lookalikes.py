"""Five rules of session 35 against a second reader's look-alikes (``session35_lookalikes.py``): every kept
expectation holds (a weekday after "is"/"are"; "X Town" clubs; what a figure counts; quantifier speakers and nested
single quotes; courtesy titles after roles)."""
import pytest

from helpers.text import pipeline
from helpers.text.entities import extract_entities
from helpers.text.names import roles_of_mention
from helpers.text.numbers import extract_numbers
from helpers.text.quotes import extract_quotes
from helpers.text.timex import extract_timexes
from session35_lookalikes import CASES


def _got(kind, text, extra):
    if kind == "timex":
        return extract_timexes(text, extra)["value"].tolist()
    if kind == "number":
        return [(r.text, r.counted if isinstance(r.counted, str) else None) for r in extract_numbers(text).itertuples()]
    if kind == "quote":
        return [t if isinstance(t, str) else None for t in extract_quotes(text)["speaker_text"]]
    if kind == "role":
        doc = pipeline.load()(text)
        i = text.index(extra)
        return roles_of_mention(doc, i, i + len(extra))
    ents = extract_entities(text)
    return dict(zip(ents["text"], ents["label"]))


@pytest.mark.parametrize("kind,text,extra,want", CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in CASES])
def test_session35_lookalike(kind, text, extra, want):
    got = _got(kind, text, extra)
    if kind == "entity":
        got = {k: got.get(k) for k in want}
    assert got == want, got
