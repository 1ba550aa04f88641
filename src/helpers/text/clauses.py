"""The clause a span of one parsed article belongs to (text level).

``clause_of(doc, start, end)`` climbs the dependency parse from the span's root to its governing verb
and returns that verb's subtree within the sentence. The climb compares token indices (spaCy makes a
new Token object at each access) and stops at the sentence root, so a verbless line ("Record sales in
October.") returns the whole sentence instead of looping.

``clause_words(doc, start, end)`` gives the same clause as words to look for in another article: its
governing verb and its content words, the span itself left out. ``retells_clause(words, doc, start, end)``
says whether a sentence of another article tells that clause: it has the verb (unless a light or speech
verb), or at least two and at least half of the content words (one, for a clause that has only one).
A time on a verb of telling that reports a clause ("a court heard today how ...") dates the telling, which
no sentence is taken to retell.

Limits: the small model's parse decides the clause; coordination can make a clause longer than a
reader would cut it. Words are compared by lemma, so a retelling in other words ("the police held him"
for "he was arrested") is not recognised.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .quotes import SPEECH_VERBS

#: parts of speech that carry what a clause is about; names are left out (they say who, not what happened)
_CONTENT_POS = ("NOUN", "VERB", "ADJ")
#: verbs too light to say what happened on their own, and plain verbs of saying ("said on Monday" is retold
#: by any other "said"; "denied", "announced" still say what happened)
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "say", "tell", "add", "note",
                          "state", "write", "explain", "ask", "reply", "respond", "comment", "remark", "tweet", "post"})
#: verbs of telling: a time on one that reports a clause ("a court heard today how ...", "police said on
#: Monday that ...") dates the telling, not what is told
_TELLING = SPEECH_VERBS | {"hear", "learn"}
#: how many content words, and what share of the clause's, a retelling must have without the verb
MIN_SHARED, MIN_SHARE = 2, 0.5


def _governor(span):
    """The verb a span attaches to (or the sentence root of a verbless line)."""
    tok = span.root
    for _ in range(len(span.doc)):  # bounded: a parse path is never longer than the document
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def clause_of(doc, start: int, end: int) -> str:
    """The clause a time expression (or any span) attaches to: the subtree of its governing verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    sent = span.sent
    words = [t for t in _governor(span).subtree if sent.start <= t.i < sent.end]
    if not words:
        return sent.text.strip()
    return doc[words[0].i:words[-1].i + 1].text.strip()


def _content(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT_POS and t.is_alpha and not t.is_stop
            and t.lemma_.lower() not in STOP_WORDS}


def clause_words(doc, start: int, end: int) -> tuple[str, frozenset]:
    """The clause a span attaches to, as words to look for elsewhere: (governing verb's lemma, the clause's
    content lemmas without the span). The verb is "" when it is too light to say what happened ("was",
    "had") or when the line has no verb. Example: "McKay was arrested on February 21" around "February 21"
    gives ("arrest", {"arrest"}). A time on a verb of telling that reports a clause dates the telling, which
    no other article is expected to retell: "He cut the cord, a court heard today" gives ("", {}), which
    :func:`retells_clause` finds in no sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "", frozenset()
    gov, sent = _governor(span), span.sent
    inside = range(span.start, span.end)
    if gov.lemma_.lower() in _TELLING and any(c.dep_ in ("ccomp", "parataxis") for c in gov.children):
        return "", frozenset()  # "a court heard today how ...": the day of the telling, not of what is told
    words = _content(t for t in gov.subtree if sent.start <= t.i < sent.end and t.i not in inside)
    verb = gov.lemma_.lower() if gov.pos_ == "VERB" and gov.lemma_.lower() not in _LIGHT_VERBS else ""
    return verb, frozenset(words)


def retells_clause(words: tuple[str, frozenset], doc, start: int, end: int) -> bool:
    """Whether the text of ``doc`` between character offsets ``start`` and ``end`` (a sentence) tells the
    clause ``words`` (from :func:`clause_words`): it has the clause's verb, or at least ``MIN_SHARED`` (fewer
    when the clause has fewer) and at least ``MIN_SHARE`` of its content words. "Police arrested Mr McKay"
    tells "McKay was arrested on February 21"; "McKay denies five charges" does not, though both name McKay."""
    verb, clause = words
    sent = doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return False
    have = _content(sent)
    if verb and verb in have:
        return True
    shared = len(clause & have)
    return shared >= min(MIN_SHARED, len(clause)) and shared >= MIN_SHARE * len(clause) and shared > 0
