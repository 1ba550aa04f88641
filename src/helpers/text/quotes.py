"""Direct quotes and quoted phrases, with their speakers.

``extract_quotes(text)`` returns one row per pair of quotation marks (straight, curly, guillemets;
paired by ``sentences.find_quote_spans``, so unbalanced marks never raise):

- ``kind = "direct"`` when the quote stands as its own clause: it starts with a capital letter (or
  digit) and opens a sentence or follows a colon or comma ("X said, \"...\""), or it holds whole
  sentences (six words or more ending in . ! or ?) wherever it sits; it may span several sentences;
- ``kind = "phrase"`` for words quoted inside a sentence (scare quotes, names, fragments of an
  official text: the "heroism" of the troops).

The speaker of a direct quote is the subject of a speech verb (say, state, tell, add, note, ...)
in the same sentence, after the quote first, then before it; failing that "according to X";
failing that a sentence ending in a colon just before, or a name after a dash ("…” ― Name");
failing that the speaker of the quote just before when only its attribution lies between them
("“I would,” she said. “I would.”"). A speaker that is a pronoun ("he said")
goes to the nearest person named before; a nominal one ("the general said") to the nearest
person before whose title or role has that noun. ``speaker`` is the name, ``speaker_text`` the
words in the text, ``speaker_start``/``speaker_end`` their offsets.

Limits: quotes whose attribution sits two or more sentences away, and speakers the model does
not parse as the subject, are left without speaker (never guessed from the nearest name alone).
"""
from __future__ import annotations

import re

import pandas as pd

from . import pipeline
from .entities import entities_from_doc, title_word
from .names import name_tokens, roles_of_mention
from .sentences import find_quote_spans

SPEECH_VERBS = {
    "say", "tell", "state", "add", "note", "claim", "write", "explain", "argue", "insist", "warn", "declare",
    "emphasise", "emphasize", "stress", "ask", "reply", "respond", "answer", "announce", "acknowledge", "admit",
    "confirm", "deny", "report", "describe", "remark", "recall", "observe", "comment", "conclude", "continue",
    "tweet", "post", "predict", "promise", "suggest", "urge", "vow", "testify", "assert", "maintain", "contend",
    "concede", "boast", "complain", "caution", "reveal", "mention", "agree", "joke", "quip", "shout", "cry",
    "whisper", "exclaim", "scream", "plead", "pledge", "threaten", "demand", "question", "wonder", "recount",
    "reiterate", "underline", "stated", "told", "said",
}
PRONOUNS = {"he", "she", "they", "we", "i", "it"}
QUOTE_COLUMNS = ["start", "end", "text", "kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue"]


def _kind(text: str, qs: int, qe: int, sent_start: int) -> str:
    content = text[qs + 1:qe - 1].strip()
    if not content:
        return "phrase"
    first = content.lstrip("…. '‘")[:1]
    if not (first.isupper() or first.isdigit()):
        return "phrase"
    before = text[sent_start:qs].rstrip()
    opens_clause = qs <= sent_start or before == "" or before[-1] in ":,\n—–-"
    n_words = len(content.split())
    if opens_clause and (n_words >= 3 or content.endswith((",", "!", "?"))):  # "“I would,” she said"
        return "direct"
    if n_words >= 6 and re.search(r"[.!?…][’'\"]?$", content):
        return "direct"  # one or more whole sentences, wherever they sit
    return "phrase"


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ in ("conj", "xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _according(tokens):
    for t in tokens:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return objs[0], t
    return None, None


def _find_speaker(doc, qs: int, qe: int):
    """(subject head token, cue token) of the attribution of the quote spanning [qs, qe)."""
    sent = doc.char_span(qs, qe, alignment_mode="expand")
    if sent is None:
        return None, None
    s0, s1 = sent[0].sent.start, sent[-1].sent.end
    after = [t for t in doc[s0:s1] if t.idx >= qe]
    before = [t for t in doc[s0:s1] if t.idx + len(t) <= qs]
    def speech_subject(tokens):
        for t in tokens:
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS:
                subj = _subject(t)
                if subj is not None and not (qs <= subj.idx < qe):
                    return subj, t
        return None, None

    for found in (speech_subject(after), speech_subject(reversed(before)), _according(after), _according(before)):
        if found[0] is not None:
            return found
    # the parser may cut "X said," from its quote: then the clause just before is the attribution
    if s0 > 0 and not before and doc.text[:qs].rstrip(" \t")[-1:] in (",", ":"):
        subj, cue = speech_subject(reversed(doc[doc[s0 - 1].sent.start:s0]))
        if subj is not None:
            return subj, cue
    dash = re.match(r"\s*[―—–]\s*", doc.text[qe:])
    if dash:  # "…” ― Name": the attribution after a dash; the head is the name's last word
        t = doc.char_span(qe + dash.end(), qe + dash.end() + 1, alignment_mode="expand")
        if t is not None and t[0].pos_ == "PROPN" and t[0].text[:1].isupper():
            head = t[0]
            while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
                head = doc[head.i + 1]
            return head, None
    prev = doc[s0 - 1] if s0 > 0 else None
    if prev is not None and prev.text == ":":
        for t in prev.sent:
            if t.lemma_.lower() in SPEECH_VERBS and _subject(t) is not None:
                return _subject(t), t
    return None, None


def _phrase_span(tok):
    """Character span of the subject phrase (compounds, titles, determiners), appositions excluded."""
    keep = [tok] + [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("compound", "det", "amod", "poss", "case", "punct")
                    and all(x.text != "," for x in tok.doc[c.i:tok.i])]
    s = min(t.idx for t in keep)
    e = tok.idx + len(tok)
    return s, e


def quotes_from_doc(doc, ents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotes of a parsed text (see :func:`extract_quotes`); ``ents`` from ``entities_from_doc``."""
    text = doc.text
    if ents is None:
        ents = entities_from_doc(doc)
    people = ents[ents["label"] == "PERSON"].sort_values("start")
    person_roles = {(r.start, r.end): [x.lower() for x in roles_of_mention(doc, r.start, r.end)] +
                    ([r.title] if isinstance(r.title, str) and r.title else []) for r in people.itertuples()}
    rows = []
    for qs, qe in find_quote_spans(text):
        span = doc.char_span(qs, qe, alignment_mode="expand")
        sent_start = span[0].sent.start_char if span is not None else 0
        kind = _kind(text, qs, qe, sent_start)
        row = {"start": qs + 1, "end": qe - 1, "text": text[qs + 1:qe - 1], "kind": kind, "speaker": None,
               "speaker_text": None, "speaker_start": None, "speaker_end": None, "cue": None}
        if kind == "direct":
            subj, cue = _find_speaker(doc, qs, qe)
            if subj is not None:
                s, e = _phrase_span(subj)
                row.update(speaker_text=text[s:e], speaker_start=s, speaker_end=e, cue=cue.text if cue is not None else None)
                row["speaker"] = _resolve(text, s, e, subj, people, person_roles)
        rows.append(row)
    _continued(text, rows)
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def _continued(text: str, rows: list[dict]) -> None:
    """A direct quote with no attribution of its own that follows an attributed one, with at most the
    attribution clause between them (160 characters, one sentence end: "“I would,” she said. “I
    would.”"), continues the same speaker."""
    last = None
    for row in rows:
        if row["kind"] != "direct":
            continue
        if row["speaker_start"] is None and last is not None:
            gap = text[last["end"] + 1:row["start"] - 1]
            if len(gap) <= 160 and gap.count(".") + gap.count("!") + gap.count("?") <= 1 and \
                    (last["speaker_start"] is not None and last["speaker_end"] <= row["start"]):
                row.update(speaker=last["speaker"], cue=last["cue"], speaker_text=last["speaker_text"],
                           speaker_start=last["speaker_start"], speaker_end=last["speaker_end"])
        last = row


def _resolve(text, s, e, subj, people: pd.DataFrame, person_roles: dict) -> str | None:
    """Name of the person a speaker phrase refers to (a name, a pronoun, or "the general")."""
    hit = people[(people["start"] < e) & (people["end"] > s)]
    if len(hit):
        return " ".join(name_tokens(hit.iloc[0]["text"]))
    before = people[people["end"] <= s]
    if subj.lower_ in PRONOUNS and subj.lower_ not in ("they", "we", "i", "it"):
        return " ".join(name_tokens(before.iloc[-1]["text"])) if len(before) else None
    noun = subj.lemma_.lower()
    if subj.pos_ == "NOUN" or title_word(subj.text):
        for r in reversed(list(before.itertuples())):
            if s - r.end > 1500:
                break
            held = person_roles.get((r.start, r.end), [])
            if any(re.search(rf"\b{re.escape(noun)}\b", h) for h in held):
                return " ".join(name_tokens(r.text))
        return None
    return text[s:e]


def extract_quotes(text: str) -> pd.DataFrame:
    """Quotes in a text: (start, end, text, kind, speaker, speaker_text, speaker_start, speaker_end, cue).

    ``start``/``end`` cover the words inside the quotation marks. See the module docstring.
    """
    if not text or not text.strip():
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    return quotes_from_doc(pipeline.parse(text))


