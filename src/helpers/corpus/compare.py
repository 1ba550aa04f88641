"""Where the accounts differ: the discrepancies a fact-checker must see.

``compare(corpus)`` looks at each candidate pair of articles (``similarity.candidate_pairs``) and returns
one row per discrepancy with its ``kind``:

- ``number``: the same figure (aligned sentences, overlapping values) with a different hedge
  class (exact / approximate / lower bound / upper bound / additive / vague) or value;
  a temporal preposition on a duration ("within three months" vs "a three-month period") is
  not a hedge; a person's age written beside the name, more than two years apart ("age changed:
  Christopher Grant, 45 vs 15", ``ages``), wherever the two sentences sit;
- ``quote``: a person quoted directly in both articles with different words (the differing
  words are in ``a_diff``/``b_diff``), or quoted directly in one article only while the other
  retells the same words unquoted (half the quote's content words, two or more, in the aligned
  sentence; an article that quotes the words under a description, "the church's minister", quotes them);
- ``source``: a source of a claim (the subject of a reporting verb, "according to X", "told X",
  "quoted by X") named in one article's sentence and missing from the aligned sentence of the
  other, when the two tell the same claim (``_retells``: three content words in common and 40% of
  the shorter's, the source phrase and the words most of the story's articles use left out), and are not
  about other people (``about_other_people``: each names someone besides its sources, no one in both; so
  too for one-sided quotes and dates);
- ``actor``: the same action (same verb, aligned sentences) done by a different subject (or
  passive agent), when a named figure is involved and no person or organisation is shared;
- ``date``: an event dated differently (a date inside the other, "in May" / "on May 3", is more precise,
  not different), one statement two articles retell with dates that cannot both hold ("retold with another
  date": "sank on Monday" / "on Tuesday"), an event dated in one article only (in sentences that tell the
  same thing, as for sources), or the same date attached to different statements.

Every row quotes both sentences (``a_sentence``, ``b_sentence``) and gives offsets of the
differing words in each article (``a_start``/``a_end``, ``b_start``/``b_end``).

Limits: only sentence pairs the alignment links are compared (a fact moved far away is missed);
the reporting-verb list is English.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..text.entities import ROLE_NOUNS, title_word
from ..text.numbers import HEDGE_KINDS, TIME_UNITS
from ..text.quotes import MESSAGE_NOUNS, SPEECH_KINDS, SPEECH_VERBS
from ..text.timex import one_night
from . import similarity
from .ages import ages_clash, person_ages
from .parsing import parsed_docs
from .events import events
from .figures import mentions, quotes
from .tables import numbers

COLUMNS = ["kind", "what", "doc_a", "doc_b", "a_text", "b_text", "a_diff", "b_diff", "a_sentence", "b_sentence",
           "a_sent", "b_sent", "a_start", "a_end", "b_start", "b_end", "figure_id"]
REPORTING = SPEECH_VERBS | {"report", "tell", "inform", "quote", "cite", "publish", "broadcast", "show", "find"}


#: Verbs of saying that also name an act ("charged with theft", "questioned by police", "read the list"):
#: a source only with a clause or a thing said after them.
_REPORTING_WITH_CLAUSE = {"charge", "question", "find"}
#: Verbs of saying that also name an act, a source only with a thing said after them ("read a statement",
#: "posted a message"; never "posted a photo", "showed the car").
_REPORTING_WITH_OBJECT = {"read", "post", "text", "email", "sing", "show"}
#: What such a verb can say: a message noun, or a text read out or sung.
_SAID_THINGS = MESSAGE_NOUNS | {"speech", "list", "poem", "song", "passage", "account", "report", "story", "text",
                                "name", "lyric", "prayer", "eulogy", "tribute", "apology", "transcript", "announcement"}


def hedge_class(q) -> str:
    """exact, lower, upper, approx, additive, or vague ("dozens"); "between 2 and 3" is an exact range."""
    if not isinstance(q, str) or not q or q.lower() == "between":
        return "exact"
    return HEDGE_KINDS.get(q, "vague")


def _word_diff(a: str, b: str) -> tuple[str, str]:
    """The words of ``a`` not in ``b`` and of ``b`` not in ``a`` (in order), via difflib."""
    wa, wb = re.findall(r"[\w’'-]+", a), re.findall(r"[\w’'-]+", b)
    sm = difflib.SequenceMatcher(a=[w.lower() for w in wa], b=[w.lower() for w in wb], autojunk=False)
    da, db = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            da += wa[i1:i2]
            db += wb[j1:j2]
    return " ".join(da), " ".join(db)


def _row(kind, what, a, b, sa, sb, a_span, b_span, ta, tb, figure_id=None):
    a_text = ta[a_span[0]:a_span[1]] if a_span else None
    b_text = tb[b_span[0]:b_span[1]] if b_span else None
    da, db = _word_diff(a_text or "", b_text or "") if a_text and b_text else ("", "")
    return {"kind": kind, "what": what, "doc_a": a, "doc_b": b, "a_text": a_text, "b_text": b_text,
            "a_diff": da, "b_diff": db,
            "a_sentence": sa["text"] if sa is not None else None, "b_sentence": sb["text"] if sb is not None else None,
            "a_sent": int(sa["sent"]) if sa is not None else None, "b_sent": int(sb["sent"]) if sb is not None else None,
            "a_start": a_span[0] if a_span else None, "a_end": a_span[1] if a_span else None,
            "b_start": b_span[0] if b_span else None, "b_end": b_span[1] if b_span else None,
            "figure_id": figure_id}


def _overlap(x, y) -> bool:
    lo1, hi1 = (x.low if pd.notna(x.low) else x.high), (x.high if pd.notna(x.high) else x.low)
    lo2, hi2 = (y.low if pd.notna(y.low) else y.high), (y.high if pd.notna(y.high) else y.low)
    return pd.notna(lo1) and pd.notna(lo2) and lo1 <= hi2 and lo2 <= hi1


def _is_duration(n) -> bool:
    c = (n.counted or "").lower().rstrip("s") if isinstance(n.counted, str) else ""
    return c in TIME_UNITS


def _numbers(ctx, pairs):
    nums = ctx["numbers"]
    out = []
    for sa, sb in pairs:
        na = nums[(nums.doc_id == ctx["a"]) & (nums.sent == sa["sent"])]
        nb = nums[(nums.doc_id == ctx["b"]) & (nums.sent == sb["sent"])]
        for x in na.itertuples():
            for y in nb.itertuples():
                if not _overlap(x, y):
                    continue
                ca, cb = hedge_class(x.qualifier), hedge_class(y.qualifier)
                if _is_duration(x) or _is_duration(y):
                    temporal = {"within", "over", "for"}
                    if (x.qualifier in temporal or ca == "exact") and (y.qualifier in temporal or cb == "exact"):
                        ca = cb = "exact"
                norm = lambda v: None if pd.isna(v) else float(v)
                same_value = (norm(x.low), norm(x.high)) == (norm(y.low), norm(y.high))
                if ca == cb and (same_value or ca != "exact"):
                    continue
                qa, qb = (q if isinstance(q, str) and q else "no hedge" for q in (x.qualifier, y.qualifier))
                what = (f"hedge changed: {qa} ({ca}) vs {qb} ({cb})" if ca != cb else f"value changed: {x.text} vs {y.text}")
                out.append(_row("number", what, ctx["a"], ctx["b"], sa, sb, (x.start, x.end), (y.start, y.end),
                                ctx["ta"], ctx["tb"]))
    return out


def _ages(ctx) -> list[dict]:
    """A person whose age the two articles write beside the name, more than ``AGE_GAP`` years apart
    ("Christopher Grant, 45," / "Christopher Grant, 15,"): one ``number`` row per such person, wherever the
    two sentences sit (an age is the person's, not the sentence's)."""
    ages = ctx["ages"]
    out = []
    xa, xb = ages[ages.doc_id == ctx["a"]], ages[ages.doc_id == ctx["b"]]
    for fid in sorted(set(xa["figure_id"]) & set(xb["figure_id"])):
        ga, gb = xa[xa.figure_id == fid], xb[xb.figure_id == fid]
        if not ages_clash(set(ga["age"]), set(gb["age"])):
            continue
        x, y = ga.iloc[0], gb.iloc[0]
        out.append(_row("number", f"age changed: {x['name']}, {x['age']} vs {y['age']}", ctx["a"], ctx["b"],
                        ctx["sent_of"](ctx["a"], int(x["start"])), ctx["sent_of"](ctx["b"], int(y["start"])),
                        (int(x["start"]), int(x["end"])), (int(y["start"]), int(y["end"])), ctx["ta"], ctx["tb"],
                        figure_id=fid))
    return out


def _same_quote(wx: str, wy: str) -> bool:
    """Two quotes of one speaker that are one utterance told twice: at least half the content words of the
    shorter (as ``norm_words`` gives them, English stop words left out, each word once), and one or more, in
    the longer. Two different utterances of a speaker ("We are going to win this case" / "We are going to
    appeal the ruling") are no rewording; one word changed in a short quote is ("We are going to win" / "We are
    going to lose"; "I am sorry" / "I am not sorry at all")."""
    a, b = set(wx.split()) - _STOP_WORDS, set(wy.split()) - _STOP_WORDS
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short & long_) >= max(1, 0.5 * len(short))


def same_utterance(a: str, b: str) -> bool:
    """``_same_quote`` of two quote texts as written: one utterance of a speaker told twice."""
    return _same_quote(similarity.norm_words(a), similarity.norm_words(b))


_CONTRACTIONS = ((re.compile(r"\b(it|that|he|she|there|what|who|where|here)['’]s\b", re.I), r"\1 is"),
                 (re.compile(r"\bcan['’]t\b", re.I), "can not"), (re.compile(r"\bwon['’]t\b", re.I), "will not"),
                 (re.compile(r"n['’]t\b", re.I), " not"), (re.compile(r"['’]re\b", re.I), " are"),
                 (re.compile(r"['’]m\b", re.I), " am"), (re.compile(r"['’]ve\b", re.I), " have"),
                 (re.compile(r"['’]ll\b", re.I), " will"), (re.compile(r"\bcannot\b", re.I), "can not"))


def _spelt_out(text: str) -> str:
    """The words of a quote with contractions written out ("It's" / "It is", "don't" / "do not"): a newspaper
    that spells out a wire copy's contraction quotes the same words. "'s" stays for other words (a possessive)."""
    for rx, full in _CONTRACTIONS:
        text = rx.sub(full, text)
    return similarity.norm_words(text)


#: A run of words one quote has and the other lacks, inside the words both quote, up to this long is a change
#: of wording ("Findus crispy pancakes" / "Findus pancakes"); a longer one is a passage left out (an abridged
#: quote: "We will not, under any circumstances, pay" / "We will pay" counts so, a limit).
CHANGED_WORDS = 3


def quote_reworded(a: str, b: str) -> bool:
    """Whether two quotes of one statement give it in other words (contractions written out, case and
    punctuation aside): a run of words replaced, or up to ``CHANGED_WORDS`` words added or dropped, between the
    first and the last run both quotes share, or at either end a few words of one in place of the other's ("It
    was an accident" / "It was no accident"; "We have no information on intent or motive" / "... any leads at
    all as to the intent or motive"), any at all in quotes of six words or fewer. Quoting more or less of a
    statement (one quote starts or ends elsewhere, or leaves out a longer passage between) is no rewording.
    Quotes that share no run of three words (fewer for short quotes) are reworded unless one holds the other's
    words. The answer does not depend on which quote comes first (the two are compared in one fixed order).
    Limits: the words are compared in order, so two sentences swapped count as a rewording."""
    wa, wb = sorted((_spelt_out(a).split(), _spelt_out(b).split()), key=lambda w: (len(w), w))
    if wa == wb:
        return False
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    run = max(1, min(3, min(len(wa), len(wb)) - 1))  # a quote of three words or fewer shares a shorter run
    if not any(op[0] == "equal" and op[2] - op[1] >= run for op in ops):
        short, long_ = sorted((" ".join(wa), " ".join(wb)), key=len)
        return f" {short} " not in f" {long_} "
    same = [k for k, op in enumerate(ops) if op[0] == "equal"]
    width = lambda op: max(op[2] - op[1], op[4] - op[3])
    narrow = lambda op: min(op[2] - op[1], op[4] - op[3])
    short_quote = min(len(wa), len(wb)) <= 2 * CHANGED_WORDS
    # a word or two in common at an end counts only when a small change parts it from the rest ("Findus
    # [crispy] pancakes are class"), not a chance "the" in words the other does not quote
    while len(same) > 1 and width(ops[same[0]]) < run and width(ops[same[0] + 1]) > CHANGED_WORDS:
        same.pop(0)
    while len(same) > 1 and width(ops[same[-1]]) < run and width(ops[same[-1] - 1]) > CHANGED_WORDS:
        same.pop()
    inner = ops[same[0] + 1:same[-1]]
    ends = [ops[k] for k in (same[0] - 1, same[-1] + 1) if 0 <= k < len(ops)]
    return (any(op[0] == "replace" or (op[0] != "equal" and width(op) <= CHANGED_WORDS) for op in inner)
            or any(op[0] == "replace" and (narrow(op) <= CHANGED_WORDS or short_quote) for op in ends))


def _quote_sentence(ctx, doc: str, quote, words: set[str]):
    """The sentence of a quote that tells what the other article's quote tells: of the sentences a quote of
    several spans, the one sharing most content words with ``words`` (the first on a tie); the quote's first
    sentence when it has one ("Right now there's no indication ... We just don't have any leads at all as far
    as the intent or motive": the second, against "We have no information on intent or motive")."""
    sents = ctx["sents"][doc]
    inside = sents[(sents.end > int(quote.start)) & (sents.start < int(quote.end))]
    if len(inside) < 2:
        return ctx["sent_of"](doc, int(quote.start))
    scores = [len(content_words(t) & words) for t in inside.text]
    return inside.iloc[scores.index(max(scores))]


def _quotes(ctx, aligned):
    q = ctx["quotes"]
    qa = q[(q.doc_id == ctx["a"]) & q.kind.isin(SPEECH_KINDS)]
    qb = q[(q.doc_id == ctx["b"]) & q.kind.isin(SPEECH_KINDS)]
    out, used_b = [], set()
    sent_of = ctx["sent_of"]
    for x in qa.itertuples():
        if not isinstance(x.figure_id, str):
            continue
        cands = qb[qb.figure_id == x.figure_id]
        if not len(cands):
            continue
        scores = similarity.pair_similarity([x.text] * len(cands), list(cands.text), "both")
        y = cands.iloc[int(scores.argmax())]
        wx, wy = similarity.norm_words(x.text), similarity.norm_words(y.text)
        if not _same_quote(wx, wy):
            continue  # two different things the speaker said ("There are so many variables" / "We have no idea")
        used_b.add(y.name)
        if not quote_reworded(x.text, y.text):
            continue  # the same words, or more or less of them (a quote split in two, "...,” she said. “...”, against it whole)
        wa, wb = content_words(x.text), content_words(y.text)
        out.append(_row("quote", f"{x.speaker_name}'s quote worded differently (both given as direct quotes)",
                        ctx["a"], ctx["b"], _quote_sentence(ctx, ctx["a"], x, wb), _quote_sentence(ctx, ctx["b"], y, wa),
                        (x.start, x.end), (int(y.start), int(y.end)), ctx["ta"], ctx["tb"]))
    # quoted directly in one article only, while the other retells that sentence (its words, not quoted)
    for doc, other, qq in ((ctx["a"], ctx["b"], qa), (ctx["b"], ctx["a"], qb)):
        oq = qb if doc == ctx["a"] else qa
        other_quotes = [set(similarity.norm_words(t).split()) - _STOP_WORDS for t in q[q.doc_id == other].text]
        for x in qq.itertuples():
            if not isinstance(x.figure_id, str) or (oq.figure_id == x.figure_id).any():
                continue
            wx = similarity.norm_words(x.text)
            said = set(wx.split()) - _STOP_WORDS
            if any(len(said & w) >= max(2, 0.5 * len(said)) for w in other_quotes):
                continue  # the other quotes these words too (any kind, any speaker: a description, no one)
            s = sent_of(doc, x.start)
            partner = aligned.get((doc, int(s["sent"])))
            if partner is None:
                continue
            so = ctx["sents"][other].iloc[partner]
            if len(said & content_words(so["text"])) < max(2, 0.5 * len(said)):
                continue  # the aligned sentence tells something else ("No one was hurt" for "We have no idea")
            if about_other_people(_people_in(ctx, doc, int(x.start), int(x.end)),
                                  _claim_people(ctx, other, so) - {x.figure_id}):
                continue  # the quote and the other sentence tell of other people
            mine, theirs = (s, (x.start, x.end)), (so, (int(so["start"]), int(so["end"])))
            (sa, spa), (sb, spb) = (mine, theirs) if doc == ctx["a"] else (theirs, mine)
            out.append(_row("quote", f"{x.speaker_name} quoted directly in {doc} only; {other} retells it",
                            ctx["a"], ctx["b"], sa, sb, spa, spb, ctx["ta"], ctx["tb"]))
    return out


def _extent(tokens) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _compound_of(tok) -> list:
    """The token and the words joined to it as one name (compounds of compounds: "Sun Times News Group")."""
    out, todo = [tok], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("compound", "flat"):
                out.append(c)
                todo.append(c)
    return out


#: Personal pronouns that can say something ("He denied it"): they point back to a source named before.
_PERSONAL = {"he", "she", "they", "we", "i"}
#: Words that put a person's tie to an organisation in the past ("the former Everton defender"): such a
#: person no longer speaks for it, so the organisation is not the source of what they say.
_PAST_TIE = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired", "late"}


#: Bodies that hear what is said to them ("Paul Sloan told Newcastle Crown Court", "told the Senate
#: committee"): the object of "told", but no source of the claim.
_HEARING_BODIES = {"court", "jury", "tribunal", "inquiry", "inquest", "hearing", "committee", "subcommittee",
                   "parliament", "congress", "senate", "assembly", "commons", "lords", "magistrates", "bench",
                   "panel", "commission"}


def _hearing_body(tok) -> bool:
    """Whether the hearer of "told" is a court, a jury, a committee ... (``_HEARING_BODIES``), named by the word
    itself, in the name it heads, or right after it ("told Birmingham magistrates")."""
    doc = tok.doc
    words = [t.lower_ for t in _compound_of(tok)] + ([doc[tok.i + 1].lower_] if tok.i + 1 < len(doc) else [])
    return any(w in _HEARING_BODIES for w in words)  # its name only: "told the Guardian, which revealed the inquiry"


def _claims(span):
    """(subject, reporting verb) pairs of a sentence: who is said to say, report or claim something.
    Verbs that also name an act count only with a clause or a thing said (see ``_REPORTING_WITH_*``)."""
    doc = span.doc
    for t in span:
        lem = t.lemma_.lower()
        if lem in _REPORTING_WITH_CLAUSE and not any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                                                     for c in t.children):
            continue  # "Driver charged after crash", "police found the body", "she found it hard to cope": an act
            # or an experience, not a claim ("found that the driver was drunk")
        if lem in _REPORTING_WITH_OBJECT and not any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in _SAID_THINGS)
                                                     for c in t.children):
            continue  # "she read him", "he posted a photo": no thing said; "she read a statement": a thing said
        if t.pos_ in ("VERB", "AUX") and lem in REPORTING:
            for c in t.children:
                hearer = c.dep_ == "dative" or (lem == "tell" and c.dep_ == "dobj" and c.pos_ == "PROPN")
                if c.dep_ == "nsubj" or (hearer and not _hearing_body(c)):
                    yield c, t  # "told the Guardian": the outlet; "told him the nominee had ...": no one;
                    # "told Newcastle Crown Court": who heard it, not who says it
                if c.dep_ == "agent":
                    for g in c.children:
                        yield g, t
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            for c in doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    yield c, t
        if t.lower_ in ("quoted", "reported", "cited") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by":
            for c in doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    yield c, t


def _sources(doc, sent_span, fig_at) -> dict[str, tuple[int, int, str]]:
    """Figures named as the source of a claim in a sentence: {figure_id: (start, end, phrase)}, the first
    phrase that names each (see ``_source_phrases``)."""
    return _first_phrases(doc, _source_phrases(doc, sent_span, fig_at))


def _first_phrases(doc, phrases) -> dict[str, tuple[int, int, str]]:
    """{figure_id: (start, end, phrase)} of the first of ``phrases`` (``_source_phrases``) naming each figure."""
    out = {}
    for fid, a, b in phrases:
        out.setdefault(fid, (a, b, doc.text[a:b]))
    return out


def _source_phrases(doc, sent_span, fig_at):
    """``(figure_id, start, end)`` of every phrase of a sentence that names a figure as the source of a claim
    ("Palin spokesman Bill McAllister said that Palin told ...": McAllister and Palin in the first, Palin in
    "Palin told"). Limits: a description ("the former Everton defender", "he") names no figure; coreference is
    not resolved."""
    span = doc.char_span(sent_span[0], sent_span[1], alignment_mode="expand")
    if span is None:
        return
    for tok, cue in _claims(span):
        s = min(t.idx for t in tok.subtree)
        e = max(t.idx + len(t) for t in tok.subtree)
        # a name as the subject ("Colm Fahy, Orla's husband, said"): the source is that name; else the figures
        # of the phrase ("the fire chief, James Steele, said"), but never one named as a possessor ("Roe,
        # Acme's boss, said" with Roe unread is not Acme), nor one a past tie names ("the former Everton
        # defender said": Everton is not speaking) unless it is set beside the noun ("the former defender,
        # David Jones, said")
        figs = []
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.pos_ not in ("NOUN", "PRON", "DET", "NUM")):
            figs = fig_at(*_extent(_compound_of(tok)))
            if title_word(tok.text) or tok.lower_ in ROLE_NOUNS:  # "the Alaska Governor said": the place
                figs = [f for f in figs if not f.startswith("L")]  # only says whose governor speaks
        if not figs and any(c.lower_ in _PAST_TIE for c in tok.children):
            figs = [f for c in tok.children if c.dep_ == "appos" for f in fig_at(*_extent(list(c.subtree)))]
        elif not figs:
            owners = {f for t in tok.subtree if t.dep_ == "poss" for f in fig_at(*_extent(_compound_of(t)))}
            # a place in the phrase is an address or a modifier ("The Grants, of The Old Coach House, Sully,
            # denied"; "Birmingham magistrates"), not who speaks
            # and so is a name in an ", of X," aside ("The Grants, of The Old Coach House, ...": their address;
            # "A spokeswoman, from the Home Office, said": hers, so it stays)
            aside = {f for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "of" and p.i
                     and doc[p.i - 1].text == "," for f in fig_at(*_extent(list(p.subtree)))}
            figs = [f for f in fig_at(s, e) if f not in owners and f not in aside and not f.startswith("L")]
        people = [f for f in figs if f.startswith("P")]
        for fid in (people or figs):  # a person's role ("commander of X") is not a second source
            yield fid, min(cue.idx, s), max(cue.idx + len(cue), e)


def _said_by_pronoun(doc, sent_span) -> bool:
    """Whether the sentence gives a claim to a personal pronoun ("He pleaded not guilty"): a source another
    article names there is not dropped, the pronoun points back to it (coreference is not resolved, so
    which person it is goes unchecked). A description ("officials said") stays a source not named."""
    span = doc.char_span(sent_span[0], sent_span[1], alignment_mode="expand")
    return span is not None and any(tok.lower_ in _PERSONAL for tok, _ in _claims(span))


def credited(doc, sent_span) -> list[str]:
    """Who a sentence gives its claim to, as it writes them: the subjects of its reporting verbs and what
    "according to" names ("authorities", "Lindsay Lohan's attorney", "investigators"), personal pronouns
    left out (they point back to a source named before, see ``_said_by_pronoun``). Limits: one parse of
    the sentence; a headline's "Lawyer: ..." is no claim."""
    span = doc.char_span(sent_span[0], sent_span[1], alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok, _ in _claims(span):
        if tok.lower_ in _PERSONAL:
            continue
        drop = {t.i for c in tok.children if c.dep_ in ("relcl", "appos", "acl", "punct") for t in c.subtree}
        kept = [t for t in tok.subtree if t.i not in drop]
        phrase = "".join(t.text_with_ws for t in kept).strip(" ,")
        if phrase and kept[0].is_sent_start and kept[0].pos_ != "PROPN":
            phrase = phrase[0].lower() + phrase[1:]  # "Authorities described the fire as ...": authorities
        if phrase and phrase not in out:
            out.append(phrase)
    return out


def _people_by_doc(ment: pd.DataFrame) -> dict:
    """``{doc_id: [(start, end, person_id)]}``: where each article names a person."""
    out: dict = {}
    for r in ment[ment.figure_label == "PERSON"].dropna(subset=["figure_id"]).itertuples():
        out.setdefault(r.doc_id, []).append((int(r.start), int(r.end), r.figure_id))
    return out


def _people_in(ctx, doc_id: str, s: int, e: int, cut=()) -> set[str]:
    """The people an article names between ``s`` and ``e`` (a sentence, a quote), outside the stretches ``cut``."""
    return {fid for a, b, fid in ctx["people"].get(doc_id, ())
            if s <= a and b <= e and not any(x <= a and b <= y for x, y in cut)}


def _claim_people(ctx, doc_id: str, sent, phrases=None) -> set[str]:
    """The people a sentence's claim is about: those it names outside the phrases that give the claim to a source
    (``phrases``, else ``_source_phrases`` of the sentence): "Reid frequently mocked Romney for ...": Romney;
    "Lohan lawyer Mark Heller told the court that Lohan had ...": Lohan."""
    if phrases is None:
        phrases = _source_phrases(ctx["docs"][doc_id], (sent["start"], sent["end"]), _fig_at(ctx, doc_id))
    return _people_in(ctx, doc_id, sent["start"], sent["end"], [(a, b) for _, a, b in phrases])


def _fig_at(ctx, doc_id: str):
    """``(start, end) -> [figure ids]`` named inside that stretch of an article (people, organisations, places)."""
    m = ctx["named"].get(doc_id, ctx["named"][None])
    return lambda s, e: list(dict.fromkeys(m[(m.start >= s) & (m.end <= e)]["figure_id"].dropna()))


def about_other_people(people_a: set[str], people_b: set[str]) -> bool:
    """Whether two claims are about other people: each names someone (its sources aside, see
    ``_claim_people``), and no one in both. Then words in common do not make them one claim ("Reid frequently
    mocked Romney for not releasing his full tax returns" / "If Mr. Trump had any intention of releasing his full
    returns"). A claim that names no one may retell one that does: "Paul Sloan told the court that the
    61-year-old was heard singing ..." / "Workmates claimed McKay even started singing ...", the defendant
    written as a description. Limits: a person the figure table splits in two counts as two people, and one event
    told from its two sides ("Tarrant was stabbed outside the pub" / "Wexman stabbed a man outside the pub")
    reads as two claims (on the ECB+, METER and PolNeAR 40-article folders the rule took one row, Reid's)."""
    return bool(people_a) and bool(people_b) and not people_a & people_b


def _attributions(ctx, pairs):
    out = []
    ment = ctx["mentions"]
    names = dict(zip(ment.figure_id, ment.name))
    q = ctx["quotes"]
    speakers = {d: q[(q.doc_id == d) & q.figure_id.notna()] for d in (ctx["a"], ctx["b"])}

    def heard(doc_id, sent):  # whose quotes the sentence holds: a continued quote names its speaker elsewhere
        g = speakers[doc_id]
        return set(g[(g.start < sent["end"]) & (g.end > sent["start"])].figure_id)

    doc_a, doc_b = ctx["docs"][ctx["a"]], ctx["docs"][ctx["b"]]
    fig_a, fig_b = _fig_at(ctx, ctx["a"]), _fig_at(ctx, ctx["b"])
    for sa, sb in pairs:
        phr_a = list(_source_phrases(doc_a, (sa["start"], sa["end"]), fig_a))
        phr_b = list(_source_phrases(doc_b, (sb["start"], sb["end"]), fig_b))
        src_a, src_b = _first_phrases(doc_a, phr_a), _first_phrases(doc_b, phr_b)
        if not src_a and not src_b:
            continue
        claim_a = content_words(sa["text"], tuple((x - sa["start"], y - sa["start"]) for x, y, _ in src_a.values()))
        claim_b = content_words(sb["text"], tuple((x - sb["start"], y - sb["start"]) for x, y, _ in src_b.values()))
        if not _retells(claim_a, claim_b, ctx["story"]):
            continue  # the sentences are aligned but tell different claims: no source is "dropped"
        if about_other_people(_claim_people(ctx, ctx["a"], sa, phr_a), _claim_people(ctx, ctx["b"], sb, phr_b)):
            continue  # words in common, but said of other people: another claim
        figs_a = set(fig_a(sa["start"], sa["end"])) | heard(ctx["a"], sa)
        figs_b = set(fig_b(sb["start"], sb["end"])) | heard(ctx["b"], sb)
        # a sentence that gives the claim to a source of its own by name ("Kroon says the fire broke out" where
        # another has "Chief Steele said") credits another source: it drops none
        dropped_b = [fid for fid in src_b if fid not in figs_a] if not src_a else []
        if dropped_b and not _said_by_pronoun(doc_a, (sa["start"], sa["end"])):
            for fid in dropped_b:
                out.append(_row("source", f"source dropped: {names.get(fid)} is named as a source in {ctx['b']} only",
                                ctx["a"], ctx["b"], sa, sb, None, src_b[fid][:2], ctx["ta"], ctx["tb"], fid))
        dropped_a = [fid for fid in src_a if fid not in figs_b] if not src_b else []
        if dropped_a and not _said_by_pronoun(doc_b, (sb["start"], sb["end"])):
            for fid in dropped_a:
                out.append(_row("source", f"source dropped: {names.get(fid)} is named as a source in {ctx['a']} only",
                                ctx["a"], ctx["b"], sa, sb, src_a[fid][:2], None, ctx["ta"], ctx["tb"], fid))
    return out


def _actors(ctx, pairs):
    out = []
    ment = ctx["mentions"]

    def actions(doc_id, s_row):
        doc = ctx["docs"][doc_id]
        span = doc.char_span(s_row["start"], s_row["end"], alignment_mode="expand")
        res = {}
        for t in span or []:
            if t.pos_ != "VERB" or t.lemma_.lower() in REPORTING:
                continue
            actor = next((g for c in t.children if c.dep_ == "agent" for g in c.children), None)
            if actor is None:
                actor = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if actor is None or actor.pos_ == "PRON":
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            s = min(x.idx for x in actor.subtree)
            e = max(x.idx + len(x) for x in actor.subtree)
            end = (obj.idx + len(obj)) if obj is not None and obj.i > t.i else t.idx + len(t)
            heads = [actor] + [c for c in actor.children if c.dep_ in ("amod", "compound")]
            md = ment[ment.doc_id == doc_id]
            on_head = md[md.apply(lambda r: any(r.start <= x.idx < r.end for x in heads), axis=1)] if len(md) else md
            whole = md[(md.start >= s) & (md.end <= e)]
            res.setdefault(t.lemma_.lower(), (actor.lemma_.lower(), set(on_head.figure_id.dropna()),
                                              set(whole[whole.figure_label.isin(["PERSON", "ORG"])].figure_id.dropna()),
                                              (min(s, t.idx), max(e, end))))
        return res

    for sa, sb in pairs:
        xa, xb = actions(ctx["a"], sa), actions(ctx["b"], sb)
        for verb in set(xa) & set(xb):
            (ha, fa, pa, spa), (hb, fb, pb, spb) = xa[verb], xb[verb]
            if ha == hb or not (fa or fb) or (pa & pb):
                continue
            out.append(_row("actor", f"who did it ('{verb}'): {ctx['ta'][spa[0]:spa[1]]} vs {ctx['tb'][spb[0]:spb[1]]}",
                            ctx["a"], ctx["b"], sa, sb, spa, spb, ctx["ta"], ctx["tb"]))
    return out


def _events_by_doc(ev: pd.DataFrame) -> dict:
    """``{doc_id: {event_id: [rows]}}`` for events that are not only publication rows (built once)."""
    only_pub = ev.groupby("event_id")["kind"].agg(lambda k: (k == "publication").all())
    out: dict = {}
    for r in ev.itertuples():
        if not only_pub.get(r.event_id, True):
            out.setdefault(r.doc_id, {}).setdefault(r.event_id, []).append(r)
    return out


def _dated_by_sentence(ev: pd.DataFrame) -> dict:
    """``{doc_id: {sentence: [rows]}}`` of the dates an article gives its statements (not vague ones)."""
    out: dict = {}
    for r in ev[(ev["kind"] == "dated") & (ev["granularity"] != "vague")].itertuples():
        out.setdefault(r.doc_id, {}).setdefault(r.sent, []).append(r)
    return out


def _shifted(ctx, aligned) -> list[dict]:
    """Aligned sentences (one retells the other) that date their statement differently: "sank on Monday"
    against "sank on Tuesday", "in 2019" against "in 2021". The dates must be of one granularity, one
    of that granularity in each sentence, and their spans must not overlap ("in March" and "on March 3"
    agree). The event table keeps such statements apart, since their dates cannot both hold."""
    by_sent = ctx["dated_by_sentence"]
    da, db = by_sent.get(ctx["a"], {}), by_sent.get(ctx["b"], {})
    out = []
    for (doc, a_sent), b_sent in sorted(aligned.items()):
        if doc != ctx["a"] or a_sent not in da or b_sent not in db:
            continue
        for gran in sorted({x.granularity for x in da[a_sent]} & {y.granularity for y in db[b_sent]}):
            xs = [x for x in da[a_sent] if x.granularity == gran]
            ys = [y for y in db[b_sent] if y.granularity == gran]
            if len(xs) != 1 or len(ys) != 1 or xs[0].event_id == ys[0].event_id:
                continue
            x, y = xs[0], ys[0]
            if str(x.timex).lower() == str(y.timex).lower():
                continue  # the same words read from two publication dates ("on Monday" copied a week later)
            if one_night(str(x.value), str(y.value)):
                continue  # "late Thursday" and "early Friday morning": one night told two ways
            sa, sb = ctx["sents"][ctx["a"]].iloc[a_sent], ctx["sents"][ctx["b"]].iloc[b_sent]
            if _disjoint(x, y) and _same_statement(ctx["ta"], sa, x, ctx["tb"], sb, y):
                out.append(_row("date", f"{RETOLD_WITH_ANOTHER_DATE}: {x.timex} ({x.value}) vs {y.timex} ({y.value})",
                                ctx["a"], ctx["b"], sa, sb, (x.start, x.end), (y.start, y.end), ctx["ta"], ctx["tb"]))
    return out


#: How ``compare`` names a statement two articles retell with dates that cannot both hold.
RETOLD_WITH_ANOTHER_DATE = "retold with another date"


_WORD = re.compile(r"[^\W_]{3,}")
#: scikit-learn's English stop words without the content words it holds ("fire", "bill", "found", ...).
_STOP_WORDS = ENGLISH_STOP_WORDS - {"fire", "bill", "call", "found", "system", "computer", "cry", "fill", "find",
                                    "interest", "mill", "move", "side", "detail", "describe", "bottom", "top",
                                    "front", "back", "full", "empty", "part", "amount", "thick", "thin"}


def content_words(text: str, skip: tuple = ()) -> set[str]:
    """The content words of ``text`` (three letters or more, English stop words left out, lower case), the
    character spans in ``skip`` (offsets into ``text``) left out."""
    for s, e in sorted(skip, reverse=True):
        text = text[:s] + " " + text[e:]
    return {w.lower() for w in _WORD.findall(text)} - _STOP_WORDS


def _retells(words_a: set[str], words_b: set[str], story: frozenset = frozenset(), least: int = 3,
             share: float = 0.4) -> bool:
    """Whether two sentences tell the same thing, for a row that says one article left something out of it:
    ``least`` content words in common, and ``share`` of the shorter's, words of the whole story (``story``,
    see ``_story_words``) left out. The alignment links sentences at a lower bar (a retelling may change most
    words); a discrepancy claims more, so it asks more: "No one was injured when the blaze hit the church"
    is no retelling of "Mr Steele said the blaze was being treated as arson, but he did not know of any
    threats to the church"."""
    a, b = words_a - story, words_b - story
    raw = len(words_a & words_b)  # near-copies: (almost) every word of theirs is a story word, yet they tell the
    if min(len(a), len(b)) < least and raw >= least and raw >= 0.6 * min(len(words_a), len(words_b)):  # same thing
        return True
    shared = len(a & b)
    return shared >= least and shared >= share * min(len(a), len(b))


def _story_words(corpus) -> frozenset:
    """Content words more than half the articles use (in a story of four or more): "fire", "church" and the
    names of a church-fire story, which any two of its sentences may share without telling the same thing."""
    if len(corpus.doc_ids) < 4:
        return frozenset()
    counts = Counter(w for d in corpus.doc_ids for w in content_words(corpus.text(d)))
    return frozenset(w for w, n in counts.items() if n > len(corpus.doc_ids) / 2)


def _statement_words(text: str, sent, date) -> set[str]:
    """The content words of a sentence outside its date (stop words of English left out)."""
    return content_words(text[int(sent.start):int(sent.end)], ((int(date.start - sent.start), int(date.end - sent.start)),))


def _same_statement(ta: str, sa, x, tb: str, sb, y) -> bool:
    """Two sentences that say the same thing but for their dates: at least three content words in common
    and at least 60% of either's content words (outside the dates) in the other. "A ferry carrying 85
    people sank off Garrow Point on Monday" and "... on Tuesday" do; two court stories' "The hearing was
    adjourned until tomorrow" and "The trial was adjourned until next Monday" do not."""
    wa, wb = _statement_words(ta, sa, x), _statement_words(tb, sb, y)
    shared = len(wa & wb)
    return shared >= 3 and shared >= 0.6 * max(len(wa), len(wb))


def _disjoint(x, y) -> bool:
    """Two dated events whose spans cannot both hold (no day in common)."""
    return pd.notna(x.earliest) and pd.notna(y.earliest) and (x.latest < y.earliest or y.latest < x.earliest)


def _dates(ctx, aligned):
    by_doc = ctx["events_by_doc"]
    ea, eb = by_doc.get(ctx["a"], {}), by_doc.get(ctx["b"], {})
    out = _shifted(ctx, aligned)
    for eid in sorted(set(ea) & set(eb)):
        for x in ea[eid]:
            for y in eb[eid]:
                sa = ctx["sents"][ctx["a"]].iloc[x.sent]
                sb = ctx["sents"][ctx["b"]].iloc[y.sent]
                dated_a, dated_b = x.kind == "dated", y.kind == "dated"
                if dated_a and dated_b:
                    if x.granularity == "vague" or y.granularity == "vague":
                        continue
                    if x.value != y.value and _disjoint(x, y):
                        what = f"dated differently: {x.timex} ({x.value}) vs {y.timex} ({y.value})"
                    elif x.value != y.value:
                        continue  # one date inside the other ("in May" and "on May 3"): more precise, not another
                    elif aligned.get((ctx["a"], x.sent)) != y.sent:
                        what = f"same date ({x.value}) attached to different statements"
                    else:
                        continue
                    out.append(_row("date", what, ctx["a"], ctx["b"], sa, sb, (x.start, x.end), (y.start, y.end),
                                    ctx["ta"], ctx["tb"]))
                elif dated_a != dated_b:
                    if not _retells(content_words(sa["text"]), content_words(sb["text"]), ctx["story"]):
                        continue  # two sentences of one event that tell different things of it
                    if about_other_people(_claim_people(ctx, ctx["a"], sa), _claim_people(ctx, ctx["b"], sb)):
                        continue  # of one event, but about other people
                    d, u = (x, y) if dated_a else (y, x)
                    what = f"dated in {d.doc_id} only: {d.timex} ({d.value})"
                    out.append(_row("date", what, ctx["a"], ctx["b"], sa, sb,
                                    (x.start, x.end) if dated_a else None, (y.start, y.end) if dated_b else None,
                                    ctx["ta"], ctx["tb"]))
    return out


def compare(corpus) -> pd.DataFrame:
    """All discrepancies between the candidate pairs of articles (see the module docstring)."""
    def compute():
        docs = parsed_docs(corpus)
        base = {"numbers": numbers(corpus), "quotes": quotes(corpus), "mentions": mentions(corpus), "docs": docs,
                "ages": person_ages(corpus),
                "events_by_doc": _events_by_doc(events(corpus)), "dated_by_sentence": _dated_by_sentence(events(corpus)),
                "sents": {d: corpus.sentences_of(d) for d in corpus.doc_ids}, "story": _story_words(corpus)}
        base["people"] = _people_by_doc(base["mentions"])
        named = base["mentions"][base["mentions"].figure_label.isin(["PERSON", "ORG", "PLACE"])]
        base["named"] = {d: g for d, g in named.groupby("doc_id")} | {None: named.iloc[:0]}  # filtered once

        def sent_of(doc_id, pos):
            return base["sents"][doc_id].iloc[corpus.sentence_index(doc_id, [pos])[0]]

        rows = []
        for a, b in similarity.candidate_pairs(corpus):
            al = similarity.align(corpus, a, b)
            linked = al.dropna(subset=["a_sent", "b_sent"])
            pairs = [(base["sents"][a].iloc[int(r.a_sent)], base["sents"][b].iloc[int(r.b_sent)]) for r in linked.itertuples()]
            aligned = {}
            for r in linked.itertuples():
                aligned.setdefault((a, int(r.a_sent)), int(r.b_sent))
                aligned.setdefault((b, int(r.b_sent)), int(r.a_sent))
            ctx = dict(base, a=a, b=b, ta=corpus.text(a), tb=corpus.text(b), sent_of=sent_of)
            rows += _numbers(ctx, pairs) + _ages(ctx) + _quotes(ctx, aligned) + _attributions(ctx, pairs) + _actors(ctx, pairs) \
                + _dates(ctx, aligned)
        # a sentence that retells two (a merge) meets the same pair twice: one row each
        df = pd.DataFrame(rows, columns=COLUMNS).drop_duplicates(["kind", "what", "doc_a", "doc_b", "a_sent", "b_sent"])
        order = {"number": 0, "quote": 1, "source": 2, "actor": 3, "date": 4}
        df = df.sort_values(["doc_a", "doc_b", "kind", "a_sent"], key=lambda s: s.map(order) if s.name == "kind" else s,
                            kind="stable").reset_index(drop=True)
        for c in ("a_sent", "b_sent", "a_start", "a_end", "b_start", "b_end"):
            df[c] = df[c].astype("Int64")
        return df
    return corpus.cached("compare", compute).copy()
