"""Direct quotes and quoted phrases, with their speakers.

``extract_quotes(text)`` returns one row per pair of quotation marks (straight, curly, guillemets;
paired by ``sentences.find_quote_spans``, so unbalanced marks never raise), plus (``quote_spans``)
quotes running over several paragraphs (news convention: each paragraph opens with the mark, only
the last closes it) and straight single quotes ('We will win,' he said) in a text with no double marks.
Double quotes typed as two apostrophes (''We will win,'' as newspaper archives write them) are not read
here: ``load_corpus`` turns them into curly marks first (``wire.typewriter_quotes``); do the same before
calling this on such raw text. Each quote is one of:

- ``kind = "direct"`` for attributed direct speech: the quote stands as its own clause (it starts
  with a capital letter or digit, or an ellipsis, and opens a sentence or follows a colon or comma:
  "X said, \"...\""), or holds whole sentences (six words or more ending in . ! or ?) wherever it
  sits, or goes on after its own attribution ('“My hope,” he said, “is that ...”'), or is a quoted
  sentence right after a speech verb ('Protesters chanted "What curfew?"'); and a speaker is found
  for it (below). A closing mark opening a paragraph before an ellipsis ('” … what I learned ...,”')
  opens a quote (a word processor curled it the wrong way), and so does an opening mark ending a
  paragraph after a word ('“... is 51 percent.“') close the quote the paragraph opened;
- ``kind = "phrase"`` for words quoted inside a sentence (scare quotes, names, fragments of an
  official text: the "heroism" of the troops), titles and names after a word that introduces them
  (a book titled "...", the song "...", dubbed "..."), words in Title Case (a heading, a title, a
  slogan: 'Coal Isn't the Villain.'), a quote right after "that" (the words of an
  indirect clause: 'he said that, "..."'), and any quote nobody is found saying (a sentence quoted
  with no attribution in its paragraph is a title, a slogan or an unsourced line, not reported speech);
- ``kind = "transcript"`` for the lines of a printed transcript ("PENCE: Well, look, ..."): each paragraph
  a speaker's label in capitals opens, in a text where two speakers or more label three paragraphs or more,
  is that speaker's words (see :func:`_transcript_lines`). ``SPEECH_KINDS`` holds both kinds of own words.

The speaker of a direct quote is found in its own paragraph only (never in another paragraph's
attribution), in this order: the subject of a speech verb (say, state, tell, add, note, ...; with a
particle: "fired back", "chimed in") after the quote in its sentence (a participle the parser hangs
on a reported clause or inside a dash aside takes the subject of the clause it belongs to); the
names just before or after that verb when the parser gives it no subject ("..., Tulsa police Chief
Chuck Jordan said", "said Hester"); a speech verb before the
quote; "according to X"; a short sentence right after the quote ("“...?” Graham asked.", quoted
nicknames inside the name allowed); the clause before a quote that opens after a comma or colon, or
an attribution ending the sentence before it; a name after a dash ("…” ― Name", no-break spaces
included); a speech verb before a colon right before the quote, also when the colon ends the
paragraph before ("In a statement, Peabody said:¶“...”"), or the name after an inverted one ("Said
Bell: “...”"), or the subject of the clause whose last word before the colon, or a prepositional
phrase after it, names a message ("Obama is rolling out a new message: “...”", "She had a message for
voters: “...”"), else that noun's possessor ("Her answer: “...”"; "As Lopez put it: “...”" and "Bell
took to Twitter: “...”" count as speech), or the owner of a message that is the clause's subject
("Bell's response was swift: “...”", "The message from Bell was clear: “...”"); a report of
speech as the sentence right before ("Smith said the plan was flawed. “It will never work.”", "The
plan, Smith says, is flawed. “...”"), also as the last sentence of the paragraph before when the
quote is a paragraph of its own.
A quote with none continues the speaker of the direct quote before it: in its paragraph when only
that quote's attribution lies between them (one sentence, titles and initials not ending it:
"“A,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. “B.”"), or as the quote opening the
next paragraph when the quote before ended its own; a paragraph's quote left open takes the speaker
of the quote opening the next paragraph. A pronoun ("he said") goes to the nearest person named
before outside quotation marks and not titled as the other sex (Mr, Mrs, Ms, ...), a subject of
its clause in this paragraph or the one before first; a nominal with a named apposition ("her
lawyer, John Smith, said") to that name; a nominal ("the general said") to the nearest person
before whose title or role has that noun; a lone
surname or title and surname ("Hyers said", "Mr. Clarke said") to the full name of the person
named with that surname in the text (the nearest before), else as written.
``speaker`` is the name, ``speaker_text`` the words in the text, ``speaker_start``/``speaker_end``
their offsets.

Limits: quotes whose attribution sits two or more sentences away, or only in another paragraph
(other than the two cases above), are phrases; speakers the model does not parse near the speech verb
are missed (never guessed from the nearest name). A quote inside a reported clause ('she said she
recalled thinking, "..."') is direct speech of its inner speaker. Two people with one surname are
told apart only by nearness. Doubled apostrophes (''...'') and backquotes (``...'') give no quotes
here (agency wire copy is converted to curly marks when loaded, ``wire.py``).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

import pandas as pd

from . import pipeline
from .entities import ROLE_NOUNS, entities_from_doc, title_word
from .given_names import given_name_sex
from .names import name_tokens, parts, roles_of_mention
from .sentences import _single_quote_spans, find_quote_spans, split_sentences

SPEECH_VERBS = {
    "say", "tell", "state", "add", "note", "claim", "write", "explain", "argue", "insist", "warn", "declare",
    "emphasise", "emphasize", "stress", "ask", "reply", "respond", "answer", "announce", "acknowledge", "admit",
    "confirm", "deny", "report", "describe", "remark", "recall", "observe", "comment", "conclude", "continue",
    "tweet", "post", "predict", "promise", "suggest", "urge", "vow", "testify", "assert", "maintain", "contend",
    "concede", "boast", "complain", "caution", "reveal", "mention", "agree", "joke", "quip", "shout", "cry",
    "whisper", "exclaim", "scream", "plead", "pledge", "threaten", "demand", "question", "wonder", "recount",
    "reiterate", "underline", "stated", "told", "said", "yell", "read", "sing", "chant", "add", "write",
    "retort", "counter", "muse", "sigh", "snap", "charge", "allege", "lament", "gush", "marvel", "scoff",
    "grumble", "mutter", "murmur", "proclaim", "assure", "reassure", "remind", "interject", "elaborate",
    "clarify", "opine", "speculate", "text", "email", "laugh", "fume", "sneer", "taunt", "scold", "admonish",
    "chide", "implore", "beg", "recite", "exult", "brag", "tease", "mock", "bellow", "holler", "blurt",
}
# verbs that report speech with a particle ("fired back", "chimed in", "pointed out")
PHRASAL_SPEECH = {"fire": {"back"}, "shoot": {"back"}, "hit": {"back"}, "push": {"back"}, "chime": {"in"},
                  "weigh": {"in"}, "point": {"out"}, "speak": {"out", "up"}, "lash": {"out"}, "cry": {"out"},
                  "spell": {"out"}, "sum": {"up"}, "pipe": {"up"}}
PRONOUNS = {"he", "she", "his", "her", "him"}  # go to the nearest person named before
_QUOTE_MARKS = set('"“”«»')  # apostrophes stay: "Airbus' chief"
# nouns that name what someone said or wrote: "<subject> ... <noun>: “quote”" makes the subject the speaker
MESSAGE_NOUNS = {"message", "statement", "headline", "slogan", "tweet", "post", "note", "letter", "email", "e-mail",
                 "question", "answer", "response", "reply", "remark", "comment", "promise", "warning", "words",
                 "line", "motto", "plea", "pledge", "vow", "claim", "argument", "point", "verdict", "advice", "quip"}
#: The kinds of quote that are someone's own words: quoted speech and a transcript's lines.
SPEECH_KINDS = ("direct", "transcript")
QUOTE_COLUMNS = ["start", "end", "text", "kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue"]


# words a title leaves in lower case ("Legend in the Coal Fields")
_SMALL_WORDS = {"the", "and", "for", "but", "nor", "with", "from", "into", "than", "via", "per", "off", "out"}
_THAT_BEFORE = re.compile(r"\bthat,?[^\S\n]*$", re.I)
# words that introduce a name or a title of a work, right before its quotation mark
_NAMING_BEFORE = re.compile(r"\b(?:(?:en)?titled|headlined|dubbed|nicknamed|named|called|"
                            r"(?:book|film|movie|song|album|play|show|series|column|op-ed|essay|article|poem|"
                            r"commentary|documentary|editorial|headline|slogan|hashtag)s?),?[^\S\n]*$", re.I)


#: A sentence end at the close of quoted words: a full stop, "!", "?" or an ellipsis, closing marks after it.
_SENTENCE_END = re.compile(r"[.!?…][’'\"”]*$")
#: First-person words, case kept so that "US" is none.
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve)|us|[Oo]urs?)\b")


def _verbatim_that_clause(doc, text: str, qs: int, qe: int) -> bool:
    """True when a quote opening a "that" clause of a speech verb is the speaker's own sentence, not a cut
    indirect one: a whole sentence (six words or more, ending with a full stop, "!" or "?") in the first person
    ("A spokesperson said in an email that “we have received an inquiry and are cooperating.”"). Reported
    speech shifts the person ("that they had received"); words kept in the first person are quoted as spoken.
    A cut clause ("that “the deal is dead”") and a clause of another verb ("let them know that “this is not
    who we are.”") stay phrases."""
    content = text[qs + 1:qe - 1].strip()
    if not (_THAT_BEFORE.search(text, max(0, qs - 12), qs) and len(content.split()) >= 6
            and _SENTENCE_END.search(content) and _FIRST_PERSON.search(content)):
        return False
    that = doc.char_span(text.rfind("that", max(0, qs - 12), qs), qs, alignment_mode="expand")
    if that is None or not len(that):
        return False
    clause = that[0].head
    return clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and _speechy(clause.head)


def _kind(text: str, qs: int, qe: int, sent_start: int) -> str:
    content = text[qs + 1:qe - 1].strip()
    if not content:
        return "phrase"
    if _THAT_BEFORE.search(text, max(0, qs - 12), qs):  # "said that, “...”": the words of an indirect clause
        return "phrase"
    if _NAMING_BEFORE.search(text, max(0, qs - 40), qs):  # a book titled “...”: a title, not speech
        return "phrase"
    long_words = [w for w in re.findall(r"[A-Za-z][A-Za-z’']*", content) if len(w) >= 3 and w not in _SMALL_WORDS]
    if len(long_words) >= 2 and all(w[0].isupper() for w in long_words):
        return "phrase"  # Title Case: a heading, a title or a slogan ('Coal Isn't the Villain.')
    first = content.lstrip("…. '‘[")[:1]
    elided = re.match(r"(?:…|\.\.\.)\s", content) is not None  # “… overall, I think ...”: a cut quote
    if not (first.isupper() or first.isdigit() or (elided and len(content.split()) >= 6)):
        return "phrase"
    before = text[sent_start:qs].rstrip()
    opens_clause = qs <= sent_start or before == "" or before[-1] in ":,\n—–-" or (
        before[-1] in ".!?" and qs > len(before) + sent_start)  # after a sentence end the parser ran on ("Co.")
    n_words = len(content.split())
    if opens_clause and (n_words >= 3 or content.endswith((",", "!", "?"))):  # "“I would,” she said"
        return "direct"
    if opens_clause and n_words == 2 and re.search(r"[.!?…][’'\"]?$", content):
        return "direct"  # '“We lost,” said Jones. “It hurts.”': a whole short sentence standing alone
    if before[-1:] in (":", ",") and re.search(r"[.!?…][’'\"]?$", content):
        return "direct"  # 'Fahy said: “We lost.”': a whole short sentence the clause introduces
    if n_words >= 6 and re.search(r"[.!?…][’'\"]?$", content):
        return "direct"  # one or more whole sentences, wherever they sit
    return "phrase"


def _object_of_speech(doc, text: str, qs: int, qe: int) -> bool:
    """'Protesters chanted "What curfew?"': a quoted sentence (capital letter, ending in . ! or ?) right
    after a speech verb, with no comma between, is what was said ("read" excluded: a sign that read "...")."""
    content = text[qs + 1:qe - 1].strip()
    if not (content[:1].isupper() and re.search(r"[.!?]['’\"]?$", content)):
        return False
    j = len(text[:qs].rstrip(" \u00a0"))
    if j == qs or j == 0:  # no space before the mark, or nothing before it
        return False
    prev = doc.char_span(j - 1, j, alignment_mode="expand")
    if prev is None or not len(prev):
        return False
    head = prev[0]
    return head.pos_ == "VERB" and head.lemma_.lower() in SPEECH_VERBS and head.lemma_.lower() != "read"


def _speechy(t) -> bool:
    """True when token ``t`` is a verb of speech: a lemma of ``SPEECH_VERBS``, or a verb with its particle
    in ``PHRASAL_SPEECH`` ("Bell fired back", "Smith chimed in")."""
    lemma = t.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None  # the parser reads the particle as prt, advmod or prep
    return lemma in PHRASAL_SPEECH and nxt is not None and nxt.head.i == t.i and nxt.lower_ in PHRASAL_SPEECH[lemma] \
        and not any(c.dep_ == "pobj" for c in nxt.children)  # "hit back at critics" yes, "pointed out the window" no


def _subject(verb, depth: int = 0):
    """The subject of a speech verb: its own, the noun a participle modifies or the name right before
    it ("footage of Clinton asking"), or the subject of the verb it hangs from ("He defended it, saying ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:  # the parser gave the verb two subjects ("Explaining to the court the impact ... Mr
        # Prankerd wrote"): a name or a pronoun before a common noun, else the first
        subjects.sort(key=lambda c: (c.pos_ not in ("PROPN", "PRON"), c.i))
    if subjects:
        c = subjects[0]
        if c.tag_ == "VBG" and c.pos_ == "VERB" and c.i < verb.i:  # "Writing from his home, Mr P, 63, said":
            return _name_right_before(verb)  # the participle opens the sentence; the name before the verb speaks
        if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":  # "Hill, who will testify": the noun described
            noun = verb.head  # "Helms, a scholar who has written": the name the noun is in apposition to
            # "Will Smith, Patti LaBelle and Stevie Wonder, who joked": the parser hangs the clause on the
            # list's first name; the name right before "who" is the one it tells of
            noun = max((t for t in (noun, *noun.conjuncts) if t.i < c.i), key=lambda t: t.i, default=noun)
            return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun
        return c
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and any(
            c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG" and c.i < verb.i for c in verb.children):
        return _name_right_before(verb)  # the same, the name hung inside the participle's phrase
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON") and verb.head.i < verb.i:
        return verb.head
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN":
        return verb.doc[verb.i - 1]  # "footage of Hillary Clinton asking, “...”": the name right before
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and verb.head.head.i < verb.head.i \
            and verb.head.head.lemma_.lower() in SPEECH_VERBS and depth < 3:
        return _subject(verb.head.head, depth + 1)  # "X said sales would grow, adding: ...": X adds, not sales
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(_out_of_aside(verb), depth + 1)
    return None


def _name_right_before(verb):
    """The name or pronoun right before ``verb``, past an apposition between commas ("Mr Prankerd, 63,
    said"), at most eight words back; None when the word there is anything else."""
    doc, j = verb.doc, verb.i - 1
    floor = max(verb.sent.start, verb.i - 8)
    while j >= floor:
        t = doc[j]
        if t.is_punct or t.is_space:
            j -= 1
            continue
        top = next((a for a in [t, *t.ancestors] if a.dep_ == "appos" and a.head.i < a.i), None)
        if top is not None and top.head.i >= floor:
            j = top.head.i
            t = doc[j]
        return t if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i")) else None
    return None


_DASHES = {"-", "–", "—", "--"}


def _out_of_aside(verb):
    """The head of ``verb``, or, when the parser hangs ``verb`` on a verb inside a dash aside that closes
    before it ("protesters marched past the stadium - where the team played - while chanting, ..."),
    the first head outside that aside (the aside is between two dashes of the sentence)."""
    head, doc = verb.head, verb.doc
    if head.i > verb.i:
        return head
    sent = verb.sent
    dashes = [t.i for t in doc[sent.start:verb.i] if t.text in _DASHES and t.i > head.i]
    opening = [t.i for t in doc[sent.start:head.i] if t.text in _DASHES]
    if not dashes or not opening:
        return head
    a, b = opening[-1], dashes[0]
    while a < head.i < b and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and not a < head.i < b else verb.head


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
        if t.pos_ in ("VERB", "AUX") and _speechy(t):
            subj = _subject(t)
            if subj is not None and qs <= subj.idx < qe:  # the parser gave the verb two subjects, one quoted
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not qs <= c.idx < qe), subj)
            if subj is not None and not (qs <= subj.idx < qe) and not _in_any(quoted, subj.idx):
                return subj, t
    return None, None


_REACH: list = [None, []]  # the last sorted span list seen, and the furthest end among its first k spans


def _in_any(spans, p: int) -> bool:
    """True when offset ``p`` lies in one of ``spans`` (sorted by start; they may overlap or nest), in
    O(log n): among the spans that start at or before ``p``, the furthest end passes ``p``."""
    if _REACH[0] is not spans:
        reach, far = [], -1
        for _, b in spans:
            far = max(far, b)
            reach.append(far)
        _REACH[:] = [spans, reach]
    k = bisect.bisect_right(spans, (p, float("inf")))
    return k > 0 and _REACH[1][k - 1] > p


def _name_before_verb(doc, qe: int, tokens):
    """'“...,” Tulsa police Chief Chuck Jordan said Monday': when the parser gives the speech verb right
    after a quote no subject, the words between the closing mark and the verb are the speaker (at most
    eight, nouns and names only; a name with an apposition between commas gives the name: '“...,”
    Flynn, a top Trump surrogate, said'); '“...,” said James Acton' reads the name after the verb."""
    words = [t for t in tokens if t.idx >= qe and not t.is_space]
    while words and words[0].is_punct:
        words = words[1:]
    for k, t in enumerate(words[:9]):
        if t.pos_ in ("VERB", "AUX") and _speechy(t):
            chunk = words[:k]
            if chunk and all(w.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") or w.text[:1].isupper()
                             or w.text in (".", "'s", "’s") for w in chunk) \
                    and any(w.pos_ in ("PROPN", "NOUN") for w in chunk):
                return chunk[-1], t
            comma = next((j for j, w in enumerate(chunk) if w.text == ","), None)
            if comma and chunk[-1].text == "," and all(w.pos_ == "PROPN" or w.text == "." for w in chunk[:comma]):
                return chunk[comma - 1], t  # "“...,” Flynn, a top Trump surrogate, said"
            if not chunk:  # inverted: "said Hester"
                last = _name_after(words[k + 1:k + 6])
                if last is not None:
                    return last, t
            return None, None
        if t.text in ('"', "“", "”") or (t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()):
            return None, None
    return None, None


def quote_spans(text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """``(spans, open)``: the quote spans of :func:`sentences.find_quote_spans`, plus quotes that run over
    several paragraphs (news convention: each paragraph opens with a quotation mark, only the last
    closes), and single quotes ('We will win,' he said; ‘...’): all of them in a text with no double
    marks, else those that open with a capital letter, outside double quotes (British copy quotes
    speech in single marks and titles or nested words in double ones: a double quote inside a single
    one is its content, and a single quote inside a double one, closed or left open at the paragraph's end,
    is its content). Texts with doubled apostrophes or backquotes (''...'', wire style) get no
    single quotes. ``open`` holds the spans of paragraphs whose quote is left open; such a span ends
    one character past the paragraph's last non-blank character, as if a closing mark stood there."""
    spans = find_quote_spans(text)
    spans = sorted(spans + _wrong_glyph_spans(text, spans))
    if not re.search(r"''|``", text):
        if not spans and not re.search(r'["“”«»‘]', text):
            spans = _straight_single_spans(text)
        elif spans:
            singles = _straight_single_spans(text) + (_single_quote_spans(text) if "‘" in text else [])
            spans = _with_singles(text, spans, singles)
    spans = sorted(spans + _broken_line_spans(text, spans))
    chains: dict = {}
    open_ = {(p, e) for p, e in (_open_quote(text, m.start(), spans, chains) for m in re.finditer(r'["“«]', text)) if e}
    # a single quote inside a paragraph's open double quote is its content, as inside a closed one
    spans = [(a, b) for a, b in spans if not (text[a] in "‘'" and any(p < a and b <= e for p, e in open_))]
    return sorted(spans + list(open_)), open_


_BLANK = re.compile(r"\s*")


def _broken_line_spans(text: str, spans) -> list[tuple[int, int]]:
    """A curly quote that a line break cuts in two: “ left open at a line's end and the next line holding a ”
    before any “ (text kept one sentence or one wrapped line per line). Limits: curly marks only (a straight
    mark does not say whether it opens or closes); one line ahead only."""
    out = []
    for m in re.finditer(r"“", text):
        p = m.start()
        if _inside(spans, p):
            continue
        line_end = text.find("\n", p)
        if line_end < 0 or re.search(r"[“”\"]", text[p + 1:line_end]):
            continue
        nxt = _BLANK.match(text, line_end).end()
        next_end = text.find("\n", nxt)
        next_end = len(text) if next_end < 0 else next_end
        close = text.find("”", nxt, next_end)
        if close > 0 and text[nxt:nxt + 1] not in "“\"" and "“" not in text[nxt:close]:
            out.append((p, close + 1))
    return out


def _with_singles(text: str, doubles: list, singles: list) -> list:
    """Double-quote spans plus the single-quote spans that open with a capital letter and do not cut
    across a double quote; a double quote inside such a single quote is dropped (nested content)."""
    keep = []
    for a, b in sorted(set(singles)):
        first = text[a + 1:b - 1].lstrip("…. ")[:1]
        if not first.isupper() or any(c <= a < d for c, d in doubles):
            continue
        if any(a < c < b < d or c < a < d < b for c, d in doubles):
            continue
        if not keep or a >= keep[-1][1]:
            keep.append((a, b))
    inner = [(c, d) for c, d in doubles if any(a < c and d <= b for a, b in keep)]
    return sorted([x for x in doubles if x not in inner] + keep)


def _inside(spans, p: int, strict: bool = False) -> bool:
    """True when offset ``p`` lies in one of the sorted, non-overlapping ``spans`` (after its opening
    mark only when ``strict``)."""
    k = bisect.bisect_right(spans, (p, float("inf"))) - 1
    return k >= 0 and (spans[k][0] < p if strict else spans[k][0] <= p) and p < spans[k][1]


def _wrong_glyph_spans(text: str, spans) -> list[tuple[int, int]]:
    """A closing mark opening a paragraph before an ellipsis or a space ('” … what I learned is ...,” he
    said': word processors curl a mark before "…" the wrong way) or right before a word (wire copy's '' typed
    for ``: '”I'm not saying we are on the streets ...”') opens a quote that the next ” of that paragraph closes;
    an opening mark ending a paragraph right after a word or punctuation ('“... is 51 percent.“') closes
    the quote the paragraph's only other “ opens (no other quotation mark in the paragraph)."""
    out = []
    for m in re.finditer(r"(?m)^[ \t\u00a0]*(”)(?=[ \u00a0]?(?:…|\.\.\.)|\w)", text):
        p = m.start(1)
        if _inside(spans, p):
            continue
        close = text.find("”", p + 1)
        line_end = text.find("\n", p)
        if close > 0 and (line_end < 0 or close < line_end) and not re.search(r'["“]', text[p + 1:close]):
            out.append((p, close + 1))
    for m in re.finditer(r"(?<=[^\s“])“(?=[ \t\u00a0]*(?:\n|$))", text):  # “...percent.“ ending a paragraph
        e = m.start()
        line_start = text.rfind("\n", 0, e) + 1
        p = text.find("“", line_start, e)
        if p >= 0 and not _inside(spans, p) and not _inside(spans, e) and not re.search(r'["”«»]', text[line_start:e]) \
                and text.count("“", p, e) == 1 and text[p + 1:p + 2].strip():
            out.append((p, e + 1))
    return out


_OPENING = re.compile(r'["“]')
_CLOSER = {'"': '"', "“": "”", "«": "»"}


def _open_quote(text: str, p: int, spans, chains: dict | None = None) -> tuple[int, int | None]:
    """``(p, end)`` when the mark at ``p`` opens a quote left open at its paragraph's end and the quote
    goes on: the next paragraphs open with the same mark, the first of them that closes closes with its
    pair (“ with ”) and no paragraph of the chain holds another opening mark. Else ``(p, None)``.
    ``chains`` keeps the answer of each paragraph of a chain walked, so that a text of many open
    paragraphs is walked once, not once per paragraph."""
    mark = text[p]
    if _inside(spans, p) or (p and text[p - 1] not in " \t\n\u00a0([—–-:,"):
        return p, None
    para_end = text.find("\n", p)
    rest = text[p + 1:para_end] if para_end >= 0 else ""
    first = rest.lstrip()[:1]
    if not first or not (first.isalnum() or first in "….'‘[") or re.search(r'["“”«»]', rest):
        return p, None
    chains = {} if chains is None else chains
    q, walked, closes = para_end, [], False
    while True:  # the chain of paragraphs opening with the same mark
        q = _SPACES.match(text, q).end()
        if (q, mark) in chains:
            closes = chains[(q, mark)]
            break
        walked.append(q)
        if text[q:q + 1] != mark:
            break
        line_end = text.find("\n", q)
        found = _MARKS.search(text, q + 1, line_end if line_end >= 0 else len(text))
        if found:
            closes = found.group() == _CLOSER[mark]
            break
        if line_end < 0:
            break
        q = line_end
    chains.update(((w, mark), closes) for w in walked)
    return (p, p + 1 + len(rest.rstrip()) + 1) if closes else (p, None)


_SPACES = re.compile(r"\s*")
_MARKS = re.compile(r'["“”«»]')


def _straight_single_spans(text: str) -> list[tuple[int, int]]:
    """Pairs of straight single quotes used as quotation marks ('We will win,' he said): an opening mark
    after a space or an opening bracket, before a letter; the closing mark the first one in the paragraph
    after a non-space and before no letter (a plural possessive, "the players' union", is skipped).
    The closing marks are found once for the whole text (a text of many "'90s" and no closing mark
    stays linear)."""
    closers = [c.end() for c in re.finditer(r"(?<=\S)'(?![A-Za-z0-9])", text)
               if not (text[c.end() - 2] == "s" and re.match(r" [a-z]", text[c.end():c.end() + 2]))]
    spans, i = [], 0
    for m in re.finditer(r"(?:(?<=^)|(?<=[\s(\[—–:]))'(?=[A-Za-z])", text):
        s = m.start()
        if s < i:
            continue
        k = bisect.bisect_left(closers, s + 3)  # a closing mark after the letter that follows the opening
        if k == len(closers):
            continue
        e = closers[k]
        if text.find("\n", s, e) >= 0:
            continue
        spans.append((s, e))
        i = e
    return spans


def _is_nickname(text: str, a: int, b: int) -> bool:
    """A quoted name of one to three capitalised words without sentence punctuation ('Marcia "Cia" Price')."""
    words = text[a + 1:b - 1].split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not re.search(r"[.,!?;:]", text[a + 1:b - 1])


def _next_quote(text: str, qe: int, quoted=()) -> int:
    """Offset of the next quotation mark after ``qe`` that opens other words (quoted nicknames are
    skipped); ``quoted`` is the sorted list of quote spans."""
    i = qe
    while True:
        m = _OPENING.search(text, i)
        if m is None:
            return len(text)
        k = bisect.bisect_left(quoted, (m.start(), -1))
        if k < len(quoted) and quoted[k][0] == m.start() and _is_nickname(text, *quoted[k]):
            i = quoted[k][1]
            continue
        return m.start()


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b):max(a, b)]


def _find_speaker(doc, qs: int, qe: int, quoted=(), closed: bool = True):
    """(subject head token, cue token) of the attribution of the quote spanning [qs, qe).

    Searched in this order, never in another paragraph's attribution: a speech verb after the quote in
    its sentence, the name just before that verb, a speech verb before the quote, "according to", a
    short sentence right after the quote ("“...?” Graham asked."), the clause before a quote that
    opens after a comma or colon, a name after a dash, a colon introduction, a report of speech just
    before. A quote left open at its paragraph's end (``closed=False``) is searched before its
    opening mark only."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return None, None
    text = _text(doc)
    s0, s1 = span[0].sent.start, span[-1].sent.end
    stop = _next_quote(text, qe, quoted) if closed else qe
    after = [t for t in doc[s0:s1] if qe <= t.idx < stop and _same_paragraph(text, qe, t.idx)]
    before = _outside_dash_asides([t for t in doc[s0:s1]
                                   if t.idx + len(t) <= qs and _same_paragraph(text, t.idx, qs)])
    ended = re.search(r"[.!?…]\W*$", text[qs:qe - 1]) is not None
    if ended and after and stop < len(text) and re.search(r":[^\S\n]*$", text[after[-1].idx:stop]) \
            and not re.search(r"[.!?]", text[qe:stop].rstrip(" :")):
        after = []  # '“A.” Smith agreed: “B.”': an attribution ending in a colon introduces the next quote
    steps = (lambda: _speech_subject(after, qs, qe, quoted), lambda: _name_before_verb(doc, qe, after),
             lambda: _speech_subject(reversed(before), qs, qe, quoted), lambda: _according(after),
             lambda: _according(before),
             lambda: _next_sentence_speaker(doc, qs, qe, s1, quoted, ended) if closed else (None, None),
             lambda: (None, None) if before else _sentence_before_speaker(doc, qs, qe, s0, quoted),
             lambda: _dash_speaker(doc, qe) if closed else (None, None),
             lambda: _colon_speaker(doc, qs),
             lambda: (None, None) if before else _report_speaker(doc, qs, qe, s0, quoted, closed))
    for step in steps:
        found = step()
        if found[0] is not None:
            return found
    return None, None


#: The dashes that open and close an aside: ``_DASHES`` but a lone hyphen, and the horizontal bar.
_ASIDE_DASHES = (_DASHES - {"-"}) | {"―"}


def _outside_dash_asides(tokens: list) -> list:
    """``tokens`` less those inside a dash aside that closes before the quote: in "White told The Post after
    a hearing — where Heller said she was “ensconced” — “I hear ...”" the aside's "said" introduces no
    quote after it. Dashes are paired from the first; a hyphen standing between spaces (" - ", as in
    tokenised copy "in - patient") is no dash here, so such text keeps every token."""
    dashes = [k for k, t in enumerate(tokens) if t.text in _ASIDE_DASHES]
    if len(dashes) < 2:
        return tokens
    inside = set()
    for a, b in zip(dashes[0::2], dashes[1::2]):
        inside.update(range(a, b + 1))
    return [t for k, t in enumerate(tokens) if k not in inside]


def _next_sentence_speaker(doc, qs: int, qe: int, s1: int, quoted, ended: bool):
    """'“...?” Graham asked.': the sentence right after the quote in its paragraph, its subject among its
    first eight words (a quoted nickname in the name is no stop; a clause ending in a colon introduces
    the next quote, not this one)."""
    text = _text(doc)
    if s1 >= len(doc) or not re.fullmatch(r"[^\S\n]*", text[qe:doc[s1].idx]):
        return None, None
    nxt = doc[s1].sent
    cut = _next_quote(text, nxt.start_char, quoted)
    lead = [t for t in nxt if t.idx < cut and t.text not in ('"', "“")]
    if (ended and re.search(r":[^\S\n]*$", text[nxt.start_char:cut])) or not lead or nxt[0].text in ('"', "“"):
        return None, None
    found = _speech_subject(lead[:20], qs, qe, quoted)
    if found[0] is None:
        found = _name_before_verb(doc, qe, lead[:10])
    return found if found[0] is not None and found[0].i < nxt.start + 8 else (None, None)


def _sentence_before_speaker(doc, qs: int, qe: int, s0: int, quoted):
    """A quote opening its sentence: the clause just before when the quote follows a comma or colon (the
    parser cut "X said," from it), or an attribution ending a sentence before that holds quotes of its
    own ('... “a phrase,” she said. “The quote.”'); both in the quote's paragraph."""
    text = _text(doc)
    if s0 == 0:
        return None, None
    if text[:qs].rstrip(" \t")[-1:] in (",", ":"):
        prev = [t for t in doc[doc[s0 - 1].sent.start:s0] if _same_paragraph(text, t.idx, qs)]
        found = _speech_subject(reversed(prev), qs, qe, quoted)
        if found[0] is not None:
            return found
    prev = doc[s0 - 1].sent
    tail = [t for t in prev if t.i >= prev.end - 5 and _same_paragraph(text, t.idx, qs)]
    if tail and any(ch in '"“”' for ch in text[prev.start_char:prev.end_char]):
        return _speech_subject(tail, qs, qe, quoted)
    return None, None


def _dash_speaker(doc, qe: int):
    """'…” ― Name': the attribution after a dash (no-break spaces count as spaces); the name's last word."""
    dash = re.match(r"[^\S\n]*[―—–][^\S\n]*", _text(doc)[qe:])
    t = doc.char_span(qe + dash.end(), qe + dash.end() + 1, alignment_mode="expand") if dash else None
    if t is None or not len(t) or t[0].pos_ != "PROPN" or not t[0].text[:1].isupper():
        return None, None
    head = t[0]
    while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
        head = doc[head.i + 1]
    return head, None


def _colon_speaker(doc, qs: int):
    """A colon right before the quote: a speech verb before it ("In a statement, Peabody said: “...”",
    "As Lopez put it: “...”"), else the subject of the clause whose last word names a message ("Obama is
    rolling out a new message: “...”"), else that noun's possessor ("Her answer: “...”")."""
    colon = _colon_before(doc, qs)
    if colon is None:
        return None, None
    for t in colon.sent:
        if t.i < colon.i and _subject(t) is not None and (_speechy(t) or (
                t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children))
                or _takes_to_platform(t)):
            return _subject(t), t
    inverted = _inverted_before_colon(colon)
    if inverted is not None:
        return inverted
    noun = _message_noun(colon)
    if noun is None:
        return _message_subject(colon)
    verb = noun.head
    while verb.dep_ in ("pobj", "prep", "dobj", "attr", "conj", "appos") and verb.head.i != verb.i:
        verb = verb.head
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is not None and subj.i < colon.i:
        return subj, None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    return (owner[0], None) if owner else (None, None)


def _inverted_before_colon(colon):
    """'Said Bell: “...”', 'Says Ann Bell, the mayor: “...”': a speech verb with no subject opening the
    clause before the colon, followed by a name (capitalised words): (last word of the name, verb)."""
    doc = colon.doc
    start = max(colon.sent.start, colon.i - 12)
    for t in doc[start:colon.i]:
        if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t.text[:1].isupper() and _subject(t) is None:
            last = _name_after(doc[t.i + 1:colon.i])
            if last is not None:
                return last, t
    return None


def _name_after(tokens):
    """The last word of the name opening ``tokens`` (proper nouns, or capitalised words the tagger missed,
    "says Early."; inner initials' full stops kept, a closing one dropped), or None."""
    names = []
    for w in tokens:
        if w.pos_ == "PROPN" or (w.text[:1].isupper() and w.is_alpha) or (names and w.text == "."):
            names.append(w)
        else:
            break
    while names and names[-1].text == ".":
        names.pop()
    return names[-1] if names else None


_PLATFORMS = {"twitter", "facebook", "instagram", "media", "floor", "airwaves", "podium", "microphone", "stage"}


def _takes_to_platform(t) -> bool:
    """'Bell took to Twitter: “...”': "take to" a platform, a floor or a stage introduces speech."""
    return t.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ in _PLATFORMS for o in c.children)
        for c in t.children)


def _message_subject(colon):
    """'Bell's response was swift: “...”', 'The message from Bell was clear: “...”': the subject of the
    clause before the colon names a message; its possessor or the object of its "from" speaks."""
    doc = colon.doc
    for t in doc[max(colon.sent.start, colon.i - 10):colon.i]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in MESSAGE_NOUNS and t.head.i < colon.i:
            owner = [c for c in t.children if c.dep_ == "poss"]
            if owner:
                return owner[0], None
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    obj = [o for o in c.children if o.dep_ == "pobj"]
                    if obj:
                        return obj[0], None
    return None, None


def _message_noun(colon):
    """The noun naming a message that ends the clause before the colon, a prepositional phrase after it
    allowed ("a new message: “...”", "a simple message for the crowd: “...”"), else None."""
    doc = colon.doc
    for k in range(colon.i - 1, max(colon.sent.start, colon.i - 7) - 1, -1):
        t = doc[k]
        if t.lemma_.lower() in MESSAGE_NOUNS and t.pos_ == "NOUN" and t.right_edge.i >= colon.i - 1:
            return t
        if t.dep_ not in ("pobj", "prep", "det", "amod", "compound", "poss", "nummod", "case") and k != colon.i - 1:
            return None
    return None


def _report_speaker(doc, qs: int, qe: int, s0: int, quoted, closed: bool):
    """A report of speech as the sentence right before the quote ("Smith said the plan was flawed.
    “...”"), in its paragraph, or ending the paragraph before when the quote's paragraph holds no other
    quote and no speech verb after it (an attribution there that the parser missed is not overruled)."""
    if s0 == 0:
        return None, None
    text = _text(doc)
    prev = doc[s0 - 1].sent
    if _same_paragraph(text, doc[s0 - 1].idx, qs):
        return _reported_before(prev, qs, qe, quoted)
    para_end = text.find("\n", qe)
    gap = text[prev.start_char + len(prev.text.rstrip()):qs]
    rest = [t for t in doc[doc.char_span(qs, qe, alignment_mode="expand").end:]
            if para_end < 0 or t.idx < para_end]  # the quote's paragraph after it: no speech of its own
    if closed and "\n" in gap and not gap.strip() \
            and not re.search(r'["“”]', text[qe:para_end if para_end >= 0 else len(text)]) \
            and not any(t.pos_ == "VERB" and _speechy(t) for t in rest):
        return _reported_before(prev, qs, qe, quoted)
    return None, None


def _reported_before(prev, qs: int, qe: int, quoted=()):
    """'Smith said the plan was flawed. “It will never work.”': a quote opening the sentence right after
    a report of speech (its main verb a speech verb, or one set in it: 'The plan, Smith says, is flawed.';
    the sentence without quotation marks of its own) is the reported speaker's words."""
    if any(ch in '"“”' for ch in prev.text):
        return None, None
    verbs = [t for t in prev if t.pos_ in ("VERB", "AUX") and _speechy(t)
             and (t.dep_ == "ROOT" or (t.dep_ in ("conj", "parataxis") and t.head.dep_ == "ROOT"))]
    return _speech_subject(verbs, qs, qe, quoted)


_LAST_TEXT: list = [None, ""]  # the last doc seen and its text


def _text(doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins every token at each access)."""
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[:] = [doc, doc.text]
    return _LAST_TEXT[1]


def _colon_before(doc, qs: int):
    """The colon token right before the quote opening at ``qs``, in its paragraph or ending the paragraph
    before when the quote opens its own ("The company said:¶“...”"), else None."""
    i = len(_text(doc)[:qs].rstrip(" \t\u00a0"))
    if i and _text(doc)[i - 1] == "\n":  # a colon ending the paragraph before introduces a quote opening this one
        i = len(_text(doc)[:i].rstrip(" \t\u00a0\n"))
    if i == 0 or _text(doc)[i - 1] != ":":
        return None
    span = doc.char_span(i - 1, i, alignment_mode="expand")
    return span[0] if span is not None and span[0].text == ":" else None


def _phrase_span(tok):
    """Character span of the subject phrase (compounds, titles, determiners), appositions excluded. A
    quantifier keeps the "of" phrase that says of whom ("one of the ambulance crew", "some of the
    residents"), when it names nobody (no proper noun) and is short (``_OF_WHOM_MAX`` words)."""
    keep = [tok] + [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("compound", "det", "amod", "poss", "case", "punct")
                    and c.pos_ != "VERB"  # 'Said Bell:' parsed as a compound
                    and all(x.text != "," and x.text not in _QUOTE_MARKS for x in tok.doc[c.i:tok.i])]
    s = min(t.idx for t in keep)
    e = tok.idx + len(tok)
    if tok.lower_ in _QUANTIFIERS:
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        words = list(of.subtree) if of is not None else []
        if words and len(words) <= _OF_WHOM_MAX and words[0].i == tok.i + 1 and all(
                (t.pos_ != "PROPN" or _possessor(t)) and (not t.is_punct or t.dep_ == "case" or _inner_hyphen(t))
                and t.text not in _QUOTE_MARKS for t in words):
            e = words[-1].idx + len(words[-1])
    return s, e


def _inner_hyphen(tok) -> bool:
    """A hyphen inside a word ("co-defendants"), no space on either side."""
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _possessor(tok) -> bool:
    """Whether ``tok`` is (part of) a name in the possessive ("Smith's" in "one of Smith's aides")."""
    head = tok.head if tok.dep_ == "compound" else tok
    return head.dep_ == "poss" or any(c.dep_ == "case" for c in head.children)


#: Quantifiers whose "of" phrase says who speaks ("one of the crew said"), and the most words kept of it.
_QUANTIFIERS = {"one", "two", "three", "four", "five", "some", "many", "most", "several", "none", "each", "all",
                "both", "few", "another", "any"}
_OF_WHOM_MAX = 6


def _name_at_verb(doc, subj, cue, people: pd.DataFrame):
    """The speaker when the parser takes the organisation for the subject: in "“...,” the state Department of
    Health deputy director Ann Roe told reporters" a person's name ends right before the verb, and the words
    from the subject to it hold no punctuation or verb; that name is the speaker. Else ``subj``."""
    if cue is None or not subj.i < cue.i <= subj.i + 14 or _person_at(people, subj.idx) or subj.pos_ != "PROPN":
        return subj  # "a spokesman for Jerry Brown said": a common noun is the speaker, not the name after it
    last = doc[cue.i - 1]
    if last.dep_ == "pobj" or not _person_at(people, last.idx) or any(  # "the lawyers for John Smith told"
            t.is_punct or t.pos_ in ("VERB", "AUX") or t.is_space for t in doc[subj.i + 1:cue.i]):
        return subj
    return last


def _person_at(people: pd.DataFrame, at: int) -> bool:
    return bool(((people["start"] <= at) & (people["end"] > at)).any())


def quotes_from_doc(doc, ents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotes of a parsed text (see :func:`extract_quotes`); ``ents`` from ``entities_from_doc``."""
    text = _text(doc)
    if ents is None:
        ents = entities_from_doc(doc)
    people = ents[ents["label"] == "PERSON"].sort_values("start")
    people.attrs["text"] = text  # for the sex written with each name (_by_surname)
    spans, open_ = quote_spans(text)
    people.attrs["sex"] = {**_sentence_sex(doc, people, spans), **_given_sex(people),
                           **_pronoun_sex(doc, people, spans)}  # the article's words binding a name first
    people.attrs["subjects"] = {int(r.start) for r in people.itertuples() if is_subject(doc, r.start, r.end)}
    person_roles = {(r.start, r.end): [x.lower() for x in roles_of_mention(doc, r.start, r.end)] +
                    ([r.title] if isinstance(r.title, str) and r.title else []) for r in people.itertuples()}
    rows = []
    for qs, qe in spans:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        sent_start = span[0].sent.start_char if span is not None else 0
        kind = _kind(text, qs, qe, sent_start)
        if kind == "phrase" and (_object_of_speech(doc, text, qs, qe) or _verbatim_that_clause(doc, text, qs, qe)):
            kind = "direct"
        row = {"start": qs + 1, "end": qe - 1, "text": text[qs + 1:qe - 1], "kind": kind, "speaker": None,
               "speaker_text": None, "speaker_start": None, "speaker_end": None, "cue": None}
        if kind == "direct":
            subj, cue = _find_speaker(doc, qs, qe, spans, closed=(qs, qe) not in open_)
            if subj is not None:
                named = _name_at_verb(doc, subj, cue, people)
                s, e = _phrase_span(subj)
                if named.i != subj.i:  # the words from the parser's subject to the name: "… deputy director Ann Roe"
                    subj, e = named, named.idx + len(named)
                row.update(speaker_text=text[s:e], speaker_start=s, speaker_end=e, cue=cue.text if cue is not None else None)
                row["speaker"] = _resolve(text, s, e, subj, people, person_roles, spans)
        row["open"] = (qs, qe) in open_
        rows.append(row)
    _second_halves(text, rows)
    _continued(text, rows)
    _continued_back(text, rows)
    for row in rows:  # one or two words with nobody saying them are a title or a phrase ("the film, “13th,”")
        if row["kind"] == "direct" and row["speaker_start"] is None:
            row["kind"] = "phrase"
    rows = _transcript_lines(text, rows, people)
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


#: A transcript's speaker label: a paragraph opening (after a quotation mark, if any) with one to four words
#: in capitals ("McCAIN", "DeSANTIS", "PEÑA" too) and a colon, an apposition after a comma ("KELLYANNE
#: CONWAY, COUNSELOR TO THE PRESIDENT:") and a note in brackets ("SEN. JOHN DOE (R-TX):", "TAPPER
#: (voice-over):") allowed before it; "Q" and "A" also before a full stop or a wide space ("Q    Jake, ...").
_CAP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:Ma?c|De|Di|La|Le)?[{_CAP}][{_CAP}'’.\-]*"
_LABEL = re.compile(rf"[ \t]*(?P<mark>[\"“]?)(?:(?P<label>{_WORD}[{_CAP}.](?:[ \t]+{_WORD}){{0,3}}|[QA])"
                    rf"(?:,[ \t]+[{_CAP}][{_CAP}'’.\- ]{{0,80}})?(?:[ \t]*\([^()\n]{{1,40}}\))?:[ \t\u00a0]+"
                    r"|(?P<qa>[QA])(?:\.[ \t]+|[ \t]{2,}|\t))(?=\S)")
#: A paragraph that opens like a label of any shape (up to ten words, capitalised, then a colon) or is a
#: heading in capitals ("DIRECT EXAMINATION"): read or not, it ends the speaker's turn, so a label ``_LABEL``
#: cannot read is never given to the speaker before.
_LABEL_LIKE = re.compile(r"[ \t]*[\"“]?[A-Z][^\s:.!?\"“”]*(?:[ \t]+[^\s:!?\"“”]+){0,9}:[ \t]|[^a-z]*[A-Z]{2}[^a-z]*$")
#: Labels that name a role, not a person: the line is speech, its speaker unnamed (any label opening with
#: "THE" too: "THE COURT", "THE WITNESS").
TRANSCRIPT_ROLE_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER", "INTERVIEWER", "HOST", "MODERATOR", "REPORTER",
                                    "UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "AUDIENCE MEMBER"})
#: A title before a name in a label ("MR. TRUMP", "PRESIDENT BIDEN"): a person even when the story names nobody so.
_LABEL_TITLE = re.compile(r"(?:MR|MRS|MS|MISS|DR|SEN|SENATOR|REP|GOV|GOVERNOR|GEN|REV|PROF|PRES|PRESIDENT|"
                          r"VICE PRESIDENT|PRIME MINISTER|SECRETARY|MAYOR|JUDGE|CHAIRMAN|SPEAKER)\.?[ \t]")
#: Words of a speaker talking: a first- or second-person pronoun, or a question.
_SPEECH = re.compile(r"\b(?:I|I'm|I’m|me|my|we|us|our|you|your|let's|let’s)\b|\?", re.I)
#: A stage direction between a transcript's lines: "(CROSSTALK.)", "[LAUGHTER]".
_STAGE = re.compile(r"[\"“]?\s*[(\[][^)\]]*[)\]]\.?[\"”]?\s*")


def _label_name(m) -> str:
    return re.sub(r"\s+", " ", m["label"] or m["qa"]).rstrip(".")


def _role_label(label: str) -> bool:
    return label in TRANSCRIPT_ROLE_LABELS or label.startswith("THE ")


def _transcript_lines(text: str, rows: list[dict], people: pd.DataFrame) -> list[dict]:
    """A transcript's lines as quotes of ``kind = "transcript"``: when the text is a transcript (its speakers'
    labels: ``_speaker_labels``), the paragraphs of each speaker's turns (``_turns``), with the speaker the
    label names (``_label_speaker``), the label left out.
    The quote whose opening mark opens a paragraph is replaced; other quotes in it stay.
    Limits: the last answer's further paragraphs (after the last label) are given to nobody, since a
    byline or the story's own text may follow; labels in mixed case ("Pence:") are headline style, not
    read; a label alone on its line, and paragraphs broken by a lone carriage return or U+2029, are not read;
    a speaker with a single line of no pronoun and no question is not read."""
    lines = _lines(text)
    labelled = {k: m for k, (a, b, line) in enumerate(lines) if (m := _LABEL.match(line))}
    if not labelled:
        return rows
    people = _outside_labels(people, lines, labelled)
    index = _by_surname(people)  # a label names nobody: a name in one is not its person's naming
    valid = _speaker_labels(lines, labelled, index)
    if not valid:
        return rows
    new = _turns(text, rows, lines, labelled, valid, people, index)
    opened = {r.pop("mark_at") for r in new} - {None}
    kept = [r for r in rows if r["start"] - 1 not in opened]  # the quote the paragraph's own mark opened
    return sorted(kept + new, key=lambda r: r["start"])


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of ``text`` as (start, end, line), split at "\\n" only (not at a lone carriage return or
    U+2029)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return lines


def _outside_labels(people: pd.DataFrame, lines: list, labelled: dict) -> pd.DataFrame:
    """The rows of ``people`` whose name starts outside every label ``labelled`` (line number -> ``_LABEL``
    match) holds: a label names nobody, so a name in one is not its person's naming."""
    starts = sorted(lines[k][0] + m.start() for k, m in labelled.items())
    ends = [lines[k][0] + m.end() for k, m in sorted(labelled.items())]
    return people.loc[[(j := bisect.bisect_right(starts, st) - 1) < 0 or st >= ends[j] for st in people["start"]]]


def _person_label(label: str, index: dict) -> bool:
    """Whether a label names a person: its last word is the surname of a person of the story (``index``,
    from ``_by_surname``), or it opens with a title ("MR. TRUMP", "PRESIDENT BIDEN")."""
    words = name_tokens(label.title())
    return bool(words) and words[-1].lower() in index or _LABEL_TITLE.match(label + " ") is not None


def _speaker_labels(lines: list, labelled: dict, index: dict) -> set[str]:
    """The labels of a transcript's speakers; empty when the text is no transcript. A label (``_LABEL``) is a
    speaker's when one of its paragraphs reads as speech (a first- or second-person pronoun, or a question:
    not "THE FACTS: Not true.", "KELCE: Five catches", "BIDEN: Would halt the wall") and it is a person (the
    story's person of that surname, a titled name: "MR. TRUMP", "PRESIDENT BIDEN"), a role ("Q",
    "QUESTION", "THE COURT") or labels two paragraphs or more. A text is a transcript when two such
    speakers or more label three paragraphs or more, one of them has two turns, and one is a person or a
    role ("WATCH:" / "RELATED:" headings, "WHAT:" / "WHEN:" lists, repeated datelines and market
    headings name none)."""
    said, speech = Counter(), set()
    for k, m in labelled.items():
        lab = _label_name(m)
        said[lab] += 1
        if _SPEECH.search(lines[k][2], m.end()):
            speech.add(lab)
    named = {lab for lab in said if lab in speech and (_person_label(lab, index) or _role_label(lab))}
    valid = named | {lab for lab, n in said.items() if n >= 2 and lab in speech}
    if len(valid) < 2 or sum(said[lab] for lab in valid) < 3 or max(said[lab] for lab in valid) < 2 or not named:
        return set()
    return valid


def _turns(text: str, rows: list[dict], lines: list, labelled: dict, valid: set, people: pd.DataFrame,
           index: dict) -> list[dict]:
    """The transcript rows of the speakers' turns (``valid``: their labels), each with ``mark_at``, where the
    paragraph's own opening mark is (or None). Each paragraph a speaker's label opens is that speaker's
    words (the label left out); so is each unlabelled paragraph between two labelled ones that opens as
    they do (with a quotation mark or without), save a stage direction ("(CROSSTALK.)") and a paragraph
    holding a quote attributed to someone named, which ends the turn, as does any paragraph opening like
    a label that is not a speaker's, or a heading in capitals (``_turn_ends``)."""
    attributed = sorted(r["start"] for r in rows if r["kind"] == "direct" and r["speaker_start"] is not None)
    last_label = max(k for k, m in labelled.items() if _label_name(m) in valid)
    new, current, speakers = [], None, {}
    for k, (a, b, line) in enumerate(lines):
        m = labelled.get(k)
        if m and _label_name(m) in valid:
            current = (m, a)
            cs, mark_at = a + m.end(), (a + m.start("mark") if m["mark"] else None)
        elif current is None or not line.strip() or _STAGE.fullmatch(line):
            continue  # no turn going on; a blank line or a stage direction neither goes on with one nor ends it
        elif _turn_ends(line, a, b, m, k >= last_label, current[0]["mark"], attributed):
            current = None  # another label, read or not, a heading, the text after the last label, a paragraph
            continue        # of another shape, or a quote said by someone named: the turn ends
        else:
            cs, mark_at = _turn_line_start(line, a, current[0]["mark"])
        m0, a0 = current
        ce = _turn_line_end(text, cs, b, mark_at)
        if not text[cs:ce].strip():
            continue
        lab = _label_name(m0)
        if lab not in speakers:  # the story's person of that surname, as the story writes it ("McCain")
            speakers[lab] = _label_speaker(lab, a0, people, index)
        new.append(_transcript_row(text, m0, a0, cs, ce, mark_at, speakers[lab]))
    return new


def _turn_ends(line: str, a: int, b: int, m, after_last: bool, mark: str, attributed: list[int]) -> bool:
    """Whether a paragraph (``line`` from ``a`` to ``b``; ``m`` its ``_LABEL`` match or None) ends the turn
    going on: another label, read or not (``_LABEL_LIKE``), a heading in capitals, the text after the last
    label (``after_last``), a paragraph that opens with a quotation mark when the turn's label did not
    (``mark``), or the other way round, or one holding a quote said by someone named (``attributed``: the
    starts of those quotes, sorted)."""
    return bool(m or after_last or _LABEL_LIKE.match(line)
                or bool(mark) != line.lstrip().startswith(("\"", "“"))
                or bisect.bisect_left(attributed, a) < bisect.bisect_left(attributed, b))


def _turn_line_start(line: str, a: int, mark: str) -> tuple[int, int | None]:
    """(start of the words, offset of the opening mark or None) of an unlabelled paragraph of a turn from
    ``a``: past its leading blanks and, when the turn's label opened with a mark (``mark``), that mark."""
    lead = len(line) - len(line.lstrip())
    mark_at = a + lead if mark else None
    return a + lead + (1 if mark_at is not None else 0), mark_at


def _turn_line_end(text: str, cs: int, b: int, mark_at: int | None) -> int:
    """Where the words of a turn's paragraph (from ``cs``, the line ending at ``b``) end: before trailing
    blanks and carriage returns, and, when the paragraph opened with a mark (``mark_at``), before the mark
    closing the paragraph's own quote, not one closing a quote inside it."""
    ce = b
    while ce > cs and text[ce - 1] in " \t\r":
        ce -= 1
    inner = text[cs:ce - 1]
    if mark_at is not None and ce > cs and (text[ce - 1] == '"' and inner.count('"') % 2 == 0
                                             or text[ce - 1] == "”" and inner.count("“") == inner.count("”")):
        ce -= 1  # the mark closing the paragraph's own quote, not one closing a quote inside it
    return ce


def _label_speaker(lab: str, at: int, people: pd.DataFrame, index: dict) -> str | None:
    """The speaker a label names: the story's person of that surname, as the story writes it ("PENCE" ->
    "Mike Pence", "McCain"; the nearest before the label at ``at``), else the label as a name ("Wallace",
    in title case when it is only in capitals: "AUDIE CORNISH, HOST:" alone); a role leaves it unnamed."""
    words = name_tokens(lab.title())
    name = None if _role_label(lab) else \
        _full_name(words[-1:], at, people) if words and words[-1].lower() in index else " ".join(words) or None
    if name and name.isupper():  # named only in capitals ("AUDIE CORNISH, HOST:" alone)
        name = name.title()
    return name


def _transcript_row(text: str, m0, a0: int, cs: int, ce: int, mark_at: int | None, speaker: str | None) -> dict:
    """The quote row of a turn's paragraph (``cs``-``ce``), said by ``speaker``, whose label is ``m0`` (a
    ``_LABEL`` match on the line starting at ``a0``); ``cue`` is the label's colon."""
    ls = a0 + (m0.start("label") if m0["label"] else m0.start("qa"))
    return {"start": cs, "end": ce, "text": text[cs:ce], "kind": "transcript", "speaker": speaker,
            "speaker_text": text[ls:ls + len(m0["label"] or m0["qa"])], "speaker_start": ls,
            "speaker_end": ls + len(m0["label"] or m0["qa"]), "cue": ":", "open": False, "mark_at": mark_at}


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
            if _same_paragraph(text, last["end"], row["start"]):
                ok = _one_attribution(gap)
            else:
                para_end = text.find("\n", last["end"])
                tail = text[last["end"] + 1:para_end]
                ok = (gap.count("\n") <= 2 and gap.strip(" \t\n") == tail.strip() and _one_attribution(tail)
                      and re.fullmatch(r"[ \t]*", text[text.rfind("\n", 0, row["start"]) + 1:row["start"] - 1]) is not None)
                ok = ok and not _heading_quote(text, row)
            if ok:
                row.update(speaker=last["speaker"], cue=last["cue"], speaker_text=last["speaker_text"],
                           speaker_start=last["speaker_start"], speaker_end=last["speaker_end"])
        last = row


def _heading_quote(text: str, row: dict) -> bool:
    """True when the quote is a whole paragraph with no sentence end inside its closing mark: a cited phrase set
    as a subheading ("“… prevent the evacuation of the civilians”" between two sections), not the next
    paragraph of the speech before it. A quote left open at its paragraph's end is never one."""
    if row.get("open"):
        return False
    line_start = text.rfind("\n", 0, row["start"]) + 1
    line_end = text.find("\n", row["end"])
    line_end = len(text) if line_end < 0 else line_end
    whole = text[line_start:row["start"] - 1].strip() == "" and text[row["end"] + 1:line_end].strip(" \t.") == ""
    return whole and _SENTENCE_END.search(text[row["start"]:row["end"]].rstrip()) is None


def _second_halves(text: str, rows: list[dict]) -> None:
    """'“My hope,” he said, “is that ...”': a quote going on after its attribution, cut mid-sentence (the
    first part ends with a comma or dash, the attribution between them is one clause ending with a
    comma and holds its speaker), is direct speech of the same speaker even when it opens in lower case."""
    for prev, row in zip(rows, rows[1:]):
        gap = text[prev["end"] + 1:row["start"] - 1]
        if row["kind"] != "phrase" or prev["kind"] != "direct" or prev["speaker_start"] is None \
                or not prev["text"].rstrip().endswith((",", "—", "–", "-")) \
                or not prev["end"] < prev["speaker_start"] < row["start"]:
            continue
        if len(gap) <= 150 and "\n" not in gap and gap.rstrip().endswith(",") \
                and not re.search(r"[.!?;:]|\bthat\b", gap[1:]):
            row.update({k: prev[k] for k in ("speaker", "cue", "speaker_text", "speaker_start", "speaker_end")},
                       kind="direct")


def _continued_back(text: str, rows: list[dict]) -> None:
    """A quote left open at its paragraph's end with no speaker takes the speaker of the quote that opens
    the next paragraph (the same quote going on: "“A. B.¶“C,” she said."), chains included."""
    nxt = None
    for row in reversed(rows):
        if row["kind"] == "direct" and row.get("open") and row["speaker_start"] is None and nxt is not None \
                and nxt["speaker_start"] is not None and text[row["end"]:nxt["start"] - 1].strip() == "":
            row.update({k: nxt[k] for k in ("speaker", "cue", "speaker_text", "speaker_start", "speaker_end")})
        nxt = row if row["kind"] == "direct" else None


def _one_attribution(gap: str) -> bool:
    """True when the words between two quotes are at most one sentence of 200 characters (the
    attribution of the first: ', said Rep. G.K. Butterfield (D-N.C.), head of the caucus.'); sentence
    ends are counted as ``sentences.split_sentences`` does, so titles and initials do not end one."""
    words = gap.strip(" \t\n\u00a0\"“”")
    return len(words) <= 200 and len(split_sentences(words)) <= 1


def _resolve(text, s, e, subj, people: pd.DataFrame, person_roles: dict, quoted=()) -> str | None:
    """Name of the person a speaker phrase refers to (a name, a pronoun, or "the general")."""
    hit = people[(people["start"] <= subj.idx) & (people["end"] > subj.idx)]  # the head: not "Scott's" niece
    if len(hit):
        h = hit.iloc[0]
        name = h["text"] if h["start"] >= s else text[s:h["end"]]  # 'Said Bell': the verb is no part of the name
        return _full_name(name_tokens(name), s, people, _sex_of(text, int(h["start"]), name))
    appos = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
    if appos:  # "Scott's niece, state Del. Marcia Price, shouted": the name in the apposition
        a0, a1 = appos[0].left_edge.idx, appos[0].right_edge.idx + len(appos[0].right_edge)
        named = people[(people["start"] >= a0) & (people["end"] <= a1)]
        if len(named):
            return _full_name(name_tokens(named.iloc[0]["text"]), s, people)
    before = people[people["end"] <= s]
    if subj.lower_ in PRONOUNS:
        return _antecedent(subj, s, before, quoted, people.attrs.get("sex"))
    if subj.pos_ == "PRON":
        return None  # "It read:", "They said", "I said": no one named (a pronoun is never a speaker's name)
    noun = subj.lemma_.lower()
    if subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN") and not title_word(subj.text) \
            and noun not in ROLE_NOUNS and subj.lower_ not in ROLE_NOUNS and not subj.is_sent_start:
        return _full_name(name_tokens(text[s:e]), s, people, _sex_of(text, s, text[s:e])) or text[s:e]  # "Hyers said"
    if subj.pos_ == "NOUN" or title_word(subj.text):
        for r in reversed(list(before.itertuples())):
            if s - r.end > 1500:
                break
            held = person_roles.get((r.start, r.end), [])
            if any(re.search(rf"\b{re.escape(noun)}\b", h) for h in held):
                return " ".join(name_tokens(r.text))
        return None
    return _full_name(name_tokens(text[s:e]), s, people, _sex_of(text, s, text[s:e])) or text[s:e]  # "says Early"


_MALE = {"mr", "sir", "lord", "king", "prince", "father", "brother"}
_FEMALE = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "mother", "sister"}


def _antecedent(pron, at: int, before: pd.DataFrame, quoted=(), sexes: dict | None = None) -> str | None:
    """The person a pronoun speaker ("he said") refers to, among the people named in the 1,500 characters
    before it outside quotation marks and not of the other sex (:func:`_antecedent_candidates`), tried in this
    order: the last speaker of this paragraph or the one before when the pronoun itself speaks
    (:func:`_last_speaker`: "Mr Gee said Roe was ill. '...,' he said" is Gee); the person of the same pronoun
    that spoke earlier in those paragraphs while no name became a subject since (:func:`_speaks_on`); for
    "he added" and "he continued", whoever spoke last, a name or a pronoun of the same form, even beyond the
    paragraph before (:func:`_speaker_before`); the nearest subject of a clause in those paragraphs
    (:func:`_clause_subjects`), not the reporter of a named other's words when the pronoun does not speak
    (:func:`_drop_reporters`); the person of a pronoun of the same form that spoke further back; else the
    nearest name. None when no one is left to choose from. A given name tells a sex only where the article's
    words do not (see :func:`_given_sex`)."""
    doc = pron.doc
    rows = _antecedent_candidates(pron, at, before, quoted, sexes)
    if not rows:
        return None
    para = _paragraph_before(_text(doc), at)
    told = _pronoun_speaker_before(pron, para, at, quoted)
    earlier = _pronoun_speaker_before(pron, at - 1500, para, quoted) if told is None else None
    subjects = _clause_subjects(pron, [r for r in rows if r.start >= para], rows, earlier)
    speaking = pron.dep_ == "nsubj" and pron.head.lemma_.lower() in SPEECH_VERBS
    if speaking and (last := _last_speaker(subjects, rows, told)) is not None:
        return " ".join(name_tokens(last.text))
    if _speaks_on(told, subjects):
        return _antecedent_before(told, before, quoted, sexes)
    if pron.head.lemma_.lower() in CONTINUE_VERBS:  # "'...,' he added": someone spoke before, maybe further back
        spoke = _speaker_before(doc, rows, para)
        if earlier is not None and (spoke is None or earlier.idx > spoke.start):
            return _antecedent_before(earlier, before, quoted, sexes)
        if spoke is not None:
            return " ".join(name_tokens(spoke.text))
    if not speaking:  # a name speaking about a named other is the reporter, not the one talked about next
        subjects = _drop_reporters(subjects)
    if subjects:
        return " ".join(name_tokens(subjects[0][0].text))
    if earlier is not None:  # "He says, '...' / The Republican urged ... why he had issues and Clinton did not."
        return _antecedent_before(earlier, before, quoted, sexes)
    return " ".join(name_tokens(rows[-1].text))


def _antecedent_candidates(pron, at: int, before: pd.DataFrame, quoted=(), sexes: dict | None = None) -> list:
    """The rows of ``before`` (the people named before the pronoun ``pron`` at ``at``) that ``_antecedent``
    chooses from, in text order: those ending in the last 1,500 characters, starting outside the quotation
    marks ``quoted`` (a name inside the quote is not its speaker; one right at an opening mark counts as
    outside) and not of the other sex (:func:`_other_sex`)."""
    near = before[before["end"] >= at - 1500]  # the people of the last 1,500 characters only
    return [r for r in near.itertuples()
            if not _inside(quoted, r.start, strict=True) and not _other_sex(pron, r, sexes)]


def _other_sex(pron, r, sexes: dict | None) -> bool:
    """Whether the person of the name row ``r`` is not of the sex of ``pron`` (he/his/him male, any other
    female): a title of the other sex (Mrs/Ms/Lady... for "he") as the name's first word or the last word of
    the 10 characters before it ("Mrs Gee"), or else the sex the article gives that name (``sexes``: by the
    name lower-cased, see :func:`_pronoun_sex` and :func:`_given_sex`). A title of the pronoun's own sex
    there wins over both ("Mr Gee" is a man whatever "Mrs Gee"'s pronouns bound to the surname). Limits:
    titles are the few of ``_MALE`` and ``_FEMALE``; a name of no known sex is never of the other one."""
    male = pron.lower_ in ("he", "his", "him")
    other = _FEMALE if male else _MALE
    same = _MALE if male else _FEMALE
    first_and_before = r.text.split()[:1] + _text(pron.doc)[max(0, r.start - 10):r.start].split()[-1:]
    words = [w.lower().rstrip(".") for w in first_and_before]
    if any(w in same for w in words):
        return False
    bound = (sexes or {}).get(" ".join(name_tokens(r.text)).lower())
    return any(w in other for w in words) or bound == ("f" if male else "m")


def _clause_subjects(pron, recent: list, rows: list, earlier) -> list:
    """``(row, verb)`` for each name row of ``recent`` that is the subject of a clause (:func:`subject_of`),
    with that clause's verb, the last name first. When a pronoun of ``pron``'s form spoke earlier
    (``earlier``, or None), a name that is the subject only of a clause inside a sentence about someone else
    is left out (:func:`_under_another_subject`; ``rows`` are the names that count as someone)."""
    subjects = []
    for r in reversed(recent):
        head = subject_of(pron.doc, r.start, r.end)
        if head is not None and not (earlier is not None and _under_another_subject(head, pron, rows)):
            subjects.append((r, head.head))
    return subjects


def _last_speaker(subjects: list, rows: list, told):
    """The name row of the first of ``subjects`` (see :func:`_clause_subjects`: the last name first) that is
    the subject of a verb of saying and spoke (:func:`_speaks`: no passive "were said to", no name inside
    another named speaker's words), or None; None too when the pronoun ``told`` (the last one of the same
    form that spoke, or None) spoke after that name. ``_antecedent`` asks only for a pronoun that itself
    speaks ("he said", not "he was heard to say": that pronoun is the person talked about, and a reporter of
    someone else's words gives way to the one reported on: "McKay feared redundancy, said Mr Sloan. He was
    reported ..." is McKay)."""
    for r, verb in subjects:
        if verb.lemma_.lower() in SPEECH_VERBS and _speaks(verb, rows):
            if told is not None and told.idx > r.start:
                return None
            return r
    return None


def _speaks_on(told, subjects: list) -> bool:
    """Whether the pronoun ``told`` (one of the same form that spoke earlier: "He notes that ... / He says,
    '...'") names the speaker now, so the same person speaks on: False when ``told`` is None or a name of
    ``subjects`` became the subject of a clause after it ("Maria sat in the front row. '...,' she said"). A
    subject inside ``told``'s own sentence does not count ("He added that Clinton is likely to ... '...,' he
    said")."""
    return told is not None and not any(r.start > told.idx and not _within(told.sent, r.start) for r, _ in subjects)


def _speaker_before(doc, rows: list, para: int):
    """The last name row of ``rows`` that starts before ``para`` (the line break opening the paragraph
    before the pronoun's) and is the subject of a verb of saying that it spoke (:func:`_speaks`), or None:
    whom "'...,' he added" goes on from. Limits: ``rows`` reach back 1,500 characters only."""
    return next((r for r in reversed(rows) if r.start < para and (h := subject_of(doc, r.start, r.end)) is not None
                 and h.head.lemma_.lower() in SPEECH_VERBS and _speaks(h.head, rows)), None)


def _drop_reporters(subjects: list) -> list:
    """``subjects`` (see :func:`_clause_subjects`) without those whose verb of saying holds the clause of
    another of them ("Sloan said McKay denied it": Sloan is the reporter, McKay the one talked about); all
    of them when none would be left."""
    return [(r, v) for r, v in subjects if not (v.lemma_.lower() in SPEECH_VERBS and any(
        v2.i != v.i and any(a.i == v.i for a in v2.ancestors) for _, v2 in subjects))] or subjects


def _antecedent_before(said, before: pd.DataFrame, quoted=(), sexes: dict | None = None) -> str | None:
    """The person of ``said``, an earlier pronoun of the same form that spoke, found by :func:`_antecedent`
    among the people of ``before`` named before it: both pronouns name one person."""
    return _antecedent(said, said.idx, before[before["end"] <= said.idx], quoted, sexes)


#: Verbs of saying that go on from something said before ("'...,' he added"): their pronoun is a speaker.
CONTINUE_VERBS = {"add", "continue"}


def _speaks(verb, rows) -> bool:
    """Whether the subject of a verb of saying is its speaker: not the passive subject ("Grant and his wife
    were said to have dressed the boy", "Roe was told"), nor a name whose words another named person
    reports ("Sloan said McKay denied any knowledge. He told the jury: ..." is Sloan speaking: McKay's
    denial is inside Sloan's clause). Limits: a report by someone unnamed ("Workers reported that Mr Roe
    said ...") leaves Roe the speaker."""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not _reported_by_name(verb, rows)


def _reported_by_name(verb, rows) -> bool:
    """Whether ``verb`` lies inside the clause of a verb of saying whose subject is one of the names ``rows``
    ("Sloan said McKay denied it": "denied" is Sloan's report)."""
    return any(anc.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and any(r.start <= c.idx < r.end for r in rows) for c in anc.children) for anc in verb.ancestors)


def _under_another_subject(head, pron, rows) -> bool:
    """Whether a name is the subject only of a clause inside a sentence whose own subject is someone else, a
    description or a pronoun of ``pron``'s form ("The Republican is encouraging his supporters to ask why he
    had issues and Clinton did not": the sentence is about the Republican, not Clinton), so a "he said" after
    it does not point to that name. A sentence whose subject is a name of the text is left to the other
    rules. ``_antecedent`` asks only when a pronoun of the same form spoke earlier (the Republican's "He
    says, ..."): "The judge told the court that Peter Smith had lied. 'I am innocent,' he said" stays Smith's."""
    verb, sent = head.head, head.sent
    if verb.i == sent.root.i or (verb.dep_ == "conj" and verb.head.i == sent.root.i):
        return False
    main = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.i == head.i:
        return False
    named = any(r.start <= main.idx < r.end for r in rows)
    return not named and (main.lower_ == pron.lower_ or (main.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in main.children)))


def _within(span, at: int) -> bool:
    """Whether the character offset ``at`` lies inside ``span`` (a sentence)."""
    return span.start_char <= at < span.end_char


def _pronoun_speaker_before(pron, lo: int, at: int, quoted=()):
    """The last pronoun of the same form as ``pron`` ("he"/"she") before ``at`` and after ``lo`` that is the
    subject of a verb of saying outside quotation marks ("He notes that ..."), or None. A pronoun that
    spoke last names the same person as the pronoun that speaks now."""
    doc = pron.doc
    for t in reversed(doc.char_span(max(lo, 0), at, alignment_mode="contract") or []):
        if t.i != pron.i and t.lower_ == pron.lower_ and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS \
                and not _inside(quoted, t.idx):
            return t
    return None


#: A spouse named by a possessive in its subject's clause is the subject's ("Fraser tried to murder his wife"):
#: no one is their own spouse, so the possessive's sex is the subject's.
SPOUSES = {**dict.fromkeys(("wife", "girlfriend", "fiancee", "fiancée", "widow"), "f"),
           **dict.fromkeys(("husband", "boyfriend", "fiance", "fiancé", "widower"), "m")}
_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def bound_sex(doc, start: int, end: int, person_starts, quoted=()) -> str | None:
    """"m" or "f" from the pronouns grammar binds to the name at ``start:end`` when it is the subject of its
    clause: a reflexive of its clause ("Roe found herself alone") and a possessive before a spouse there
    ("Fraser tried to murder his wife"), outside the quotation marks ``quoted``. None when the clause names
    a second person (``person_starts``: where the text's person names start) or binds pronouns of both
    sexes. The subject of a reported clause is not read: "Mrs Fraser said he had punched her" is about
    someone else as often as not. Limits: one clause; an object pronoun ("Roe scolded him") is never the
    subject's and is not read."""
    subj = subject_of(doc, start, end)
    if subj is None or _inside(quoted, start):
        return None
    verb = subj.head
    lo, hi = verb.left_edge.idx, verb.right_edge.idx
    if any(lo <= p <= hi and not start <= p < end for p in person_starts):
        return None
    bound = [t for t in verb.subtree if t.lower_ in ("himself", "herself")]
    bound += [t for t in verb.subtree if t.lower_ in ("his", "her") and t.dep_ == "poss" and t.head.lower_ in SPOUSES]
    found = {_PRONOUN_SEX[t.lower_] for t in bound if t.lower_ in _PRONOUN_SEX and not _inside(quoted, t.idx)}
    return next(iter(found)) if len(found) == 1 else None


def _pronoun_sex(doc, people: pd.DataFrame, quoted=()) -> dict[str, str]:
    """``{name as written, lower-cased: "m" or "f"}``: the sex :func:`bound_sex` reads for each name of
    ``people`` (a full name and a lone surname are apart: one relative's "his wife" says nothing of the
    other people of that family); a name read with both sexes gives nothing."""
    votes: dict[str, set] = {}
    starts = [int(x) for x in people["start"]]
    for r in people.itertuples():
        key = " ".join(name_tokens(r.text)).lower()
        sex = bound_sex(doc, r.start, r.end, starts, quoted) if key else None
        if sex:
            votes.setdefault(key, set()).add(sex)
    return {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}


def _sentence_sex(doc, people: pd.DataFrame, quoted=(), least: int = 2, ratio: int = 3) -> dict[str, str]:
    """``{name as written, lower-cased: "m" or "f"}`` from the pronouns of sentences that name one person only,
    outside quotation marks ("Hillary Clinton's team avoided taking her to the emergency room following her
    medical scare"): a name (and its surname) whose such sentences hold at least ``least`` pronouns of one
    sex and ``ratio`` times more than of the other. The weakest evidence: given names and the pronouns
    grammar binds (:func:`_pronoun_sex`) outrank it. Limits: a pronoun for someone named in the sentence
    before ("Trump attacked her") is counted for the one name in its own sentence; the ratio is what
    keeps such slips from deciding."""
    votes: dict[str, Counter] = {}
    by_sent: dict[int, list] = {}
    for r in people.itertuples():
        if _inside(quoted, r.start):
            continue
        tok = doc.char_span(r.start, r.end, alignment_mode="expand")
        if tok is not None and name_tokens(r.text):
            by_sent.setdefault(tok[0].sent.start, []).append((r, tok[0].sent))
    for mentions in by_sent.values():
        toks = [name_tokens(r.text) for r, _ in mentions]
        if len({t[-1].lower() for t in toks}) != 1:
            continue  # two people named: whose pronoun is it?
        sent = mentions[0][1]
        count = Counter(_PRONOUN_SEX[t.lower_] for t in sent if t.lower_ in _PRONOUN_SEX and not _inside(quoted, t.idx))
        for key in {" ".join(t).lower() for t in toks} | {toks[0][-1].lower()}:
            votes.setdefault(key, Counter()).update(count)
    out = {}
    for key, c in votes.items():
        top, n, second = _leader(c)
        if top is not None and n >= least and n >= ratio * second:
            out[key] = top
    return out


def _leader(votes: Counter) -> tuple:
    """(the most voted key, its votes, the runner-up's votes); (None, 0, 0) when nothing was voted."""
    ranked = votes.most_common(2) + [(None, 0), (None, 0)]
    return ranked[0][0], ranked[0][1], ranked[1][1]


def _given_sex(people: pd.DataFrame) -> dict[str, str]:
    """``{name as written, lower-cased: "m" or "f"}`` from given names (``given_names``): a full name takes
    its given name's usual sex, a surname alone that of the given names of everyone named in full with
    it when they agree ("Trump" after "Donald Trump"), or when they do not, that of the ones the article
    names in full more often ("Clinton" where "Hillary Clinton" is written twice and "Bill Clinton" once,
    as ``figures`` resolves it), and a one-word name no full name ends with is read as a given name
    ("Kevin"). Callers let the article's own words (:func:`_pronoun_sex`) outrank it."""
    full: dict[str, set] = {}
    by_surname: dict[str, Counter] = {}
    lone = set()
    for r in people.itertuples():
        toks = name_tokens(r.text)
        if len(toks) >= 2:
            usual = given_name_sex(toks[0])
            full.setdefault(" ".join(toks).lower(), set()).add(usual)
            by_surname.setdefault(toks[-1].lower(), Counter())[usual] += 1
        elif toks:
            lone.add(toks[0].lower())
    out = {k: next(iter(v)) for k, v in full.items() if len(v) == 1 and None not in v}
    for key, votes in by_surname.items():
        top, n, second = _leader(votes)
        if top is not None and n > second and key not in out:
            out[key] = top
    for key in lone - set(full) - set(by_surname):
        sex = given_name_sex(key)
        if sex:
            out[key] = sex
    return out


def _paragraph_before(text: str, at: int) -> int:
    """Offset of the line break before the paragraph that precedes the one holding ``at`` (-1 when
    there is none); blank lines between paragraphs ("A.\n\nB.", as articles are stored) are skipped."""
    k = text.rfind("\n", 0, at)
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text.rfind("\n", 0, k) if k > 0 else -1


#: How far back (characters) a subject of a clause stays the one a lone surname names before a later mention.
SUBJECT_REACH = 400


def subject_of(doc, start: int, end: int):
    """The subject token a name at ``start:end`` is, itself or through an apposition ("Roe, the mayor,
    said"), or None when the name is no subject of a clause. Its ``head`` is the clause's verb."""
    span = doc.char_span(int(start), int(end), alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head
    return root if root.dep_ in ("nsubj", "nsubjpass") else None


def is_subject(doc, start: int, end: int) -> bool:
    """Whether a name is the subject of its clause (see :func:`subject_of`)."""
    return subject_of(doc, start, end) is not None


def _full_name(tokens: list[str], at: int, people: pd.DataFrame, sex: str | None = None) -> str:
    """A lone surname ("Clarke", from "Mr. Clarke") becomes the full name of the person named with
    that last word in the text: the nearest before ``at`` that is the subject of a clause within
    ``SUBJECT_REACH`` characters ("Former President Bill Clinton criticized ... for his wife Hillary
    Clinton. ... Clinton said" is Bill), else the nearest before, else the first after; else as written.
    ``sex`` ("m"/"f", from the title written with the surname: see :func:`_sex_of`) rules out a person
    of the other sex: "Mr Gee" is not the "Jacqueline Gee" named as "her daughter" before."""
    if len(tokens) != 1:
        return " ".join(tokens)
    word = tokens[0].lower()
    other = {"m": "f", "f": "m"}.get(sex or "")
    full = [(st, n, sx) for st, n, sx in _by_surname(people).get(word, []) if not other or sx != other]
    if other and re.search(rf"\b(?:{_OTHER_TITLES[other]})\.?\s+{re.escape(tokens[0])}\b", people.attrs.get("text", "")):
        full = [x for x in full if x[2] == sex]  # "Mr Hillier" in a text that also has a "Mrs Hillier": only a known man
    full = [(st, n) for st, n, _ in full]
    before = [n for st, n in full if st < at]
    subjects = people.attrs.get("subjects", set())
    near = [n for st, n in full if st < at and st in subjects and at - st <= SUBJECT_REACH]
    pick = near[-1] if near else before[-1] if before else (full[0][1] if full else tokens)
    return " ".join(pick)


_SEX_WORDS = {**dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "brother", "son", "husband",
                               "widower", "boyfriend", "grandfather", "uncle", "nephew", "mister"), "m"),
              **dict.fromkeys(("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "mother", "sister",
                               "daughter", "wife", "widow", "girlfriend", "grandmother", "aunt", "niece"), "f")}


_OTHER_TITLES = {"f": "Mrs|Ms|Miss|Lady|Dame", "m": "Mr|Sir|Lord"}


def _sex_of(text: str, start: int, name: str) -> str | None:
    """"m" or "f" when a person's sex is written with the name: a courtesy title ("Mrs Gee", "Mr. Gee") or a
    family noun right before it ("her daughter Jacqueline Gee", "his son, Tom"); else None."""
    words = [w.strip(",.").lower() for w in text[max(0, start - 25):start].split()[-2:]] + \
        [w.strip(",.").lower() for w in name.split()[:1]]
    for w in reversed(words):
        if w in _SEX_WORDS:
            return _SEX_WORDS[w]
    return None


_SURNAMES: list = [None, {}]  # the last people table seen, and its full names by last word


def _by_surname(people: pd.DataFrame) -> dict:
    """``{last word, lower-cased: [(start, name tokens, sex), ...]}`` of the people named with two or more
    words, in the table's order (sex as :func:`_sex_of` reads it, from the ``text`` attribute the table
    carries); built once per table."""
    if _SURNAMES[0] is not people:
        index: dict = {}
        text = people.attrs.get("text", "")
        for r in people.itertuples():
            n = name_tokens(r.text)
            if len(n) > 1:
                surname = parts(n)[1] or n[-1]  # "John C. Maxwell Jr." is found by "Maxwell"
                index.setdefault(surname.lower(), []).append((r.start, n, _sex_of(text, r.start, r.text)))
        _SURNAMES[:] = [people, index]
    return _SURNAMES[1]


def extract_quotes(text: str) -> pd.DataFrame:
    """Quotes in a text: (start, end, text, kind, speaker, speaker_text, speaker_start, speaker_end, cue).

    ``start``/``end`` cover the words inside the quotation marks. See the module docstring.
    """
    if not text or not text.strip():
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    return quotes_from_doc(pipeline.parse(text))


