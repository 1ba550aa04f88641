"""The clause a span of one parsed article belongs to (text level).

``clause_of(doc, start, end)`` climbs the dependency parse from the span's root to its governing verb
and returns that verb's subtree within the sentence. The climb compares token indices (spaCy makes a
new Token object at each access) and stops at the sentence root, so a verbless line ("Record sales in
October.") returns the whole sentence instead of looping.

Limits: the small model's parse decides the clause; coordination can make a clause longer than a
reader would cut it.
"""
from __future__ import annotations


def clause_of(doc, start: int, end: int) -> str:
    """The clause a time expression (or any span) attaches to: the subtree of its governing verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    tok = span.root
    for _ in range(len(doc)):  # bounded: a parse path is never longer than the document
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    sent = span.sent
    words = [t for t in tok.subtree if sent.start <= t.i < sent.end]
    if not words:
        return sent.text.strip()
    return doc[words[0].i:words[-1].i + 1].text.strip()
