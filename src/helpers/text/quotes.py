"""Direct quotes and quoted phrases, with their speakers.

``extract_quotes(text)`` returns one row per pair of quotation marks (straight, curly, guillemets;
paired by ``sentences.find_quote_spans``, so unbalanced marks never raise):

- ``kind = "direct"`` when the quote stands as its own clause: it starts with a capital letter (or
  digit) and opens a sentence or follows a colon or comma ("X said, \"...\""), or it holds whole
  sentences (six words or more ending in . ! or ?) wherever it sits; it may span several sentences;
- ``kind = "phrase"`` for words quoted inside a sentence (scare quotes, names, fragments of an
  official text: the "heroism" of the troops), for one or two quoted words nobody is found
  saying (a title: the film "13th,") and for a quote right after "that" (the words of an
  indirect clause: 'he said that, "..."').

The speaker of a direct quote is found in its own paragraph only (never in another paragraph's
attribution), in this order: the subject of a speech verb (say, state, tell, add, note, ...) after
the quote in its sentence; the names just before or after that verb when the parser gives it no
subject ("..., Tulsa police Chief Chuck Jordan said", "said Hester"); a speech verb before the
quote; "according to X"; a short sentence right after the quote ("“...?” Graham asked."); the
clause before a quote that opens after a comma or colon, or an attribution ending the sentence
before it; a name after a dash ("…” ― Name", no-break spaces included); a speech verb before a colon
right before the quote ("In a statement, Peabody said: “...”"), or the subject of the clause whose
last word before the colon names a message ("Obama is rolling out a new message: “...”"). A quote with none continues the speaker of the
direct quote before it: in its paragraph when only that quote's attribution lies between them
("“I would,” she said. “I would.”"), or as the quote opening the next paragraph when the quote
before ended its own. A pronoun ("he said") goes to the nearest person named before; a nominal
("the general said") to the nearest person before whose title or role has that noun; a lone
surname ("Hyers said") stays as written (titles stripped): the corpus level maps it to a figure.
``speaker`` is the name, ``speaker_text`` the words in the text, ``speaker_start``/``speaker_end``
their offsets.

Limits: quotes whose attribution sits two or more sentences away, and speakers the model does
not parse near the speech verb, are left without speaker (never guessed from the nearest name).
"""
from __future__ import annotations

import re

import pandas as pd

from . import pipeline
from .entities import ROLE_NOUNS, entities_from_doc, title_word
from .names import name_tokens, roles_of_mention
from .sentences import find_quote_spans

SPEECH_VERBS = {
    "say", "tell", "state", "add", "note", "claim", "write", "explain", "argue", "insist", "warn", "declare",
    "emphasise", "emphasize", "stress", "ask", "reply", "respond", "answer", "announce", "acknowledge", "admit",
    "confirm", "deny", "report", "describe", "remark", "recall", "observe", "comment", "conclude", "continue",
    "tweet", "post", "predict", "promise", "suggest", "urge", "vow", "testify", "assert", "maintain", "contend",
    "concede", "boast", "complain", "caution", "reveal", "mention", "agree", "joke", "quip", "shout", "cry",
    "whisper", "exclaim", "scream", "plead", "pledge", "threaten", "demand", "question", "wonder", "recount",
    "reiterate", "underline", "stated", "told", "said", "yell", "read", "sing", "chant", "add", "write",
}
PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_QUOTE_MARKS = set('"“”«»')  # apostrophes stay: "Airbus' chief"
# nouns that name what someone said or wrote: "<subject> ... <noun>: “quote”" makes the subject the speaker
MESSAGE_NOUNS = {"message", "statement", "headline", "slogan", "tweet", "post", "note", "letter", "email", "e-mail",
                 "question", "answer", "response", "reply", "remark", "comment", "promise", "warning", "words",
                 "line", "motto", "plea", "pledge", "vow", "claim", "argument", "point", "verdict", "advice", "quip"}
QUOTE_COLUMNS = ["start", "end", "text", "kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue"]


_THAT_BEFORE = re.compile(r"\bthat,?[^\S\n]*$", re.I)


def _kind(text: str, qs: int, qe: int, sent_start: int) -> str:
    content = text[qs + 1:qe - 1].strip()
    if not content:
        return "phrase"
    if _THAT_BEFORE.search(text, max(0, qs - 12), qs):  # "said that, “...”": the words of an indirect clause
        return "phrase"
    first = content.lstrip("…. '‘[")[:1]
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


def _subject(verb, depth: int = 0):
    """The subject of a speech verb: its own, the noun a participle modifies ("Clinton asking"), or the
    subject of the verb it hangs from ("He defended it, saying ...")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON") and verb.head.i < verb.i:
        return verb.head
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, depth + 1)
    return None


def _according(tokens):
    for t in tokens:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return objs[0], t
    return None, None


def _speech_subject(tokens, qs: int, qe: int, quoted=()):
    """(subject, cue) of the first speech verb among ``tokens`` whose subject lies outside the quote
    and outside any other quoted words (``quoted``: spans; "said on “Fox and Friends”")."""
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS:
            subj = _subject(t)
            if subj is not None and not (qs <= subj.idx < qe) and not any(a <= subj.idx < b for a, b in quoted):
                return subj, t
    return None, None


def _name_before_verb(doc, qe: int, tokens):
    """'“...,” Tulsa police Chief Chuck Jordan said Monday': when the parser gives the speech verb right
    after a quote no subject, the words between the closing mark and the verb are the speaker (at most
    eight, nouns and names only; a name with an apposition between commas gives the name: '“...,”
    Flynn, a top Trump surrogate, said'); '“...,” said James Acton' reads the name after the verb."""
    words = [t for t in tokens if t.idx >= qe and not t.is_space]
    while words and words[0].is_punct:
        words = words[1:]
    for k, t in enumerate(words[:9]):
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS:
            chunk = words[:k]
            if chunk and all(w.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") or w.text[:1].isupper()
                             or w.text in (".", "'s", "’s") for w in chunk) \
                    and any(w.pos_ in ("PROPN", "NOUN") for w in chunk):
                return chunk[-1], t
            comma = next((j for j, w in enumerate(chunk) if w.text == ","), None)
            if comma and chunk[-1].text == "," and all(w.pos_ == "PROPN" or w.text == "." for w in chunk[:comma]):
                return chunk[comma - 1], t  # "“...,” Flynn, a top Trump surrogate, said"
            if not chunk:  # inverted: "said Hester"
                after = [w for w in words[k + 1:k + 6]]
                names = []
                for w in after:
                    if w.pos_ == "PROPN" or (names and w.text == "."):
                        names.append(w)
                    else:
                        break
                if names and names[-1].pos_ == "PROPN":
                    return names[-1], t
            return None, None
        if t.text in ('"', "“", "”") or (t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()):
            return None, None
    return None, None


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b):max(a, b)]


def _find_speaker(doc, qs: int, qe: int, quoted=()):
    """(subject head token, cue token) of the attribution of the quote spanning [qs, qe).

    Searched in this order, never across a paragraph break: a speech verb after the quote in its
    sentence, the name just before that verb, a speech verb before the quote, "according to", a
    short sentence right after the quote ("“...?” Graham asked."), the clause before a quote that
    opens after a comma or colon, a name after a dash."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return None, None
    text = doc.text
    s0, s1 = span[0].sent.start, span[-1].sent.end
    nxt_quote = [i for i in range(qe, len(text)) if text[i] in '"“'][:1]
    stop = nxt_quote[0] if nxt_quote else len(text)
    after = [t for t in doc[s0:s1] if qe <= t.idx < stop]
    before = [t for t in doc[s0:s1] if t.idx + len(t) <= qs and _same_paragraph(text, t.idx, qs)]
    for found in (_speech_subject(after, qs, qe, quoted), _name_before_verb(doc, qe, after),
                  _speech_subject(reversed(before), qs, qe, quoted), _according(after), _according(before)):
        if found[0] is not None:
            return found
    if s1 < len(doc) and re.fullmatch(r"[^\S\n]*", text[qe:doc[s1].idx]):  # the next sentence, same paragraph
        nxt = doc[s1].sent
        lead = [t for t in nxt if t.text not in ('"', "“") and not any(text[i] in '"“' for i in range(nxt.start_char, t.idx))]
        if len(lead) and lead[0].text not in ('"', "“"):
            found = _speech_subject(lead[:8], qs, qe, quoted)
            if found[0] is None:
                found = _name_before_verb(doc, qe, lead[:10])
            if found[0] is not None and found[0].i < nxt.start + 8:
                return found
    # the parser may cut "X said," from its quote: then the clause just before is the attribution
    if s0 > 0 and not before and text[:qs].rstrip(" \t")[-1:] in (",", ":"):
        prev = [t for t in doc[doc[s0 - 1].sent.start:s0] if _same_paragraph(text, t.idx, qs)]
        subj, cue = _speech_subject(reversed(prev), qs, qe, quoted)
        if subj is not None:
            return subj, cue
    if s0 > 0 and not before:  # '... “a phrase,” she said. “The quote.”': an attribution ending the sentence before
        prev = doc[s0 - 1].sent
        tail = [t for t in prev if t.i >= prev.end - 5 and _same_paragraph(text, t.idx, qs)]
        if any(text[i] in '"“”' for i in range(prev.start_char, prev.end_char)) and tail:
            subj, cue = _speech_subject(tail, qs, qe, quoted)
            if subj is not None:
                return subj, cue
    dash = re.match(r"[^\S\n]*[―—–][^\S\n]*", text[qe:])  # no-break spaces count as spaces
    if dash:  # "…” ― Name": the attribution after a dash; the head is the name's last word
        t = doc.char_span(qe + dash.end(), qe + dash.end() + 1, alignment_mode="expand")
        if t is not None and t[0].pos_ == "PROPN" and t[0].text[:1].isupper():
            head = t[0]
            while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
                head = doc[head.i + 1]
            return head, None
    colon = _colon_before(doc, qs)
    if colon is not None:
        for t in colon.sent:
            if t.i < colon.i and t.lemma_.lower() in SPEECH_VERBS and _subject(t) is not None:
                return _subject(t), t
        noun = doc[colon.i - 1] if colon.i > 0 else None
        if noun is not None and noun.lemma_.lower() in MESSAGE_NOUNS:  # "rolling out a new message: “...”"
            verb = noun.head
            while verb.dep_ in ("pobj", "prep", "dobj", "attr", "conj", "appos") and verb.head.i != verb.i:
                verb = verb.head
            subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.i < colon.i:
                return subj, None
    return None, None


def _colon_before(doc, qs: int):
    """The colon token right before the quote opening at ``qs``, in the same paragraph, else None."""
    i = len(doc.text[:qs].rstrip(" \t\u00a0"))
    if i == 0 or doc.text[i - 1] != ":":
        return None
    span = doc.char_span(i - 1, i, alignment_mode="expand")
    return span[0] if span is not None and span[0].text == ":" else None


def _phrase_span(tok):
    """Character span of the subject phrase (compounds, titles, determiners), appositions excluded."""
    keep = [tok] + [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("compound", "det", "amod", "poss", "case", "punct")
                    and all(x.text != "," and x.text not in _QUOTE_MARKS for x in tok.doc[c.i:tok.i])]
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
    spans = find_quote_spans(text)
    for qs, qe in spans:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        sent_start = span[0].sent.start_char if span is not None else 0
        kind = _kind(text, qs, qe, sent_start)
        row = {"start": qs + 1, "end": qe - 1, "text": text[qs + 1:qe - 1], "kind": kind, "speaker": None,
               "speaker_text": None, "speaker_start": None, "speaker_end": None, "cue": None}
        if kind == "direct":
            subj, cue = _find_speaker(doc, qs, qe, spans)
            if subj is not None:
                s, e = _phrase_span(subj)
                row.update(speaker_text=text[s:e], speaker_start=s, speaker_end=e, cue=cue.text if cue is not None else None)
                row["speaker"] = _resolve(text, s, e, subj, people, person_roles)
        rows.append(row)
    _continued(text, rows)
    for row in rows:  # one or two words with nobody saying them are a title or a phrase ("the film, “13th,”")
        if row["kind"] == "direct" and row["speaker_start"] is None and len(row["text"].split()) < 3:
            row["kind"] = "phrase"
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def _continued(text: str, rows: list[dict]) -> None:
    """A direct quote with no attribution of its own continues the speaker of the direct quote before it:

    - in the same paragraph, with at most the attribution clause between them (160 characters, one
      sentence end: "“I would,” she said. “I would.”");
    - or as the first quote of the next paragraph when that paragraph opens with it, the quote before
      ended its own paragraph (at most its attribution after it), and no other quote lies between.
    A quote attributed to someone else, or an attribution in another paragraph, is never crossed."""
    last = None
    for row in rows:
        if row["kind"] != "direct":
            last = None if (last is not None and not _same_paragraph(text, last["end"], row["start"])) else last
            continue
        if row["speaker_start"] is None and last is not None and last["speaker_start"] is not None \
                and last["speaker_end"] <= row["start"]:
            gap = text[last["end"] + 1:row["start"] - 1]
            ends = len(re.findall(r"[.!?](?=\s|$)", gap))
            if _same_paragraph(text, last["end"], row["start"]):
                ok = len(gap) <= 160 and ends <= 1
            else:
                para_end = text.find("\n", last["end"])
                tail = text[last["end"] + 1:para_end]
                ok = (gap.count("\n") <= 2 and gap.strip(" \t\n") == tail.strip()
                      and len(tail) <= 160 and len(re.findall(r"[.!?](?=\s|$)", tail)) <= 1
                      and re.fullmatch(r"[ \t]*", text[text.rfind("\n", 0, row["start"]) + 1:row["start"] - 1]) is not None)
            if ok:
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
    if subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN") and not title_word(subj.text) \
            and noun not in ROLE_NOUNS and subj.lower_ not in ROLE_NOUNS and not subj.is_sent_start:
        return " ".join(name_tokens(text[s:e])) or text[s:e]  # a lone surname ("Hyers said"): figures maps it
    if subj.pos_ == "NOUN" or title_word(subj.text):
        for r in reversed(list(before.itertuples())):
            if s - r.end > 1500:
                break
            held = person_roles.get((r.start, r.end), [])
            if any(re.search(rf"\b{re.escape(noun)}\b", h) for h in held):
                return " ".join(name_tokens(r.text))
        return None
    return " ".join(name_tokens(text[s:e])) or text[s:e]


def extract_quotes(text: str) -> pd.DataFrame:
    """Quotes in a text: (start, end, text, kind, speaker, speaker_text, speaker_start, speaker_end, cue).

    ``start``/``end`` cover the words inside the quotation marks. See the module docstring.
    """
    if not text or not text.strip():
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    return quotes_from_doc(pipeline.parse(text))


