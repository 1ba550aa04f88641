"""Names of people in one article: name tokens, transliteration skeletons, spellings of one name, the name
inside a person mention, and the roles written around a mention (titles before the name, appositions).

Text level: one parsed article in. ``case_counts(doc)`` says how an article writes each word (lower case,
or capitalised inside a sentence outside headlines); summed over a story by the corpus level, these counts
are the evidence ``person_span`` uses to cut words that are not names ("Yvonne Hiller Kills") and to keep
non-names out ("Magnum", "Cpl", "Byberry Road"). ``parts``/``same_given``/``same_surname``/``name_keys``
decide whether two written names can be one person and block the comparisons by surname.

Limits: English titles, ranks and role nouns only; a role is read only next to the name (a title before
it, an apposition set off by commas); nicknames unrelated to the given name ("Bob"/"Robert") do not match;
a name written only in headlines can lose a common first name; counts from one article alone are thin
evidence (pass the story's sums).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from .cleaning import NAME_PARTICLES
from .entities import ROLE_NOUNS, country_of_demonym, fold, person_noun, title_word
from .given_names import given_name_sex


# ------------------------------------------------------------------------------ names
_TRANSLIT = [("yi", "i"), ("iy", "i"), ("ij", "i"), ("y", "i"), ("ks", "x"), ("kh", "h"), ("ph", "f"),
             ("w", "v"), ("ck", "k"), ("c", "k"), ("j", "i"), ("q", "k"), ("z", "s")]


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """Consonant skeleton of a name after folding transliteration pairs ("Aleksandr" -> "lxndr")."""
    w = re.sub(r"[^a-z]", "", fold(word))
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = re.sub(r"[aeiou]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


#: Ranks and titles of police, courts and local office, on top of ``entities.TITLES``.
RANKS = {"constable", "const", "insp", "inspector", "det", "detective", "supt", "superintendent", "cpl",
         "corporal", "pvt", "trooper", "deputy", "officer", "councilman", "councilwoman", "councillor",
         "alderman", "attorney", "lawyer", "miss", "rev", "reverend"}


def is_title(word: str) -> bool:
    """A title or rank before a name ("Gen.", "Sheriff", "Insp")."""
    return title_word(word) is not None or word.lower().rstrip(".") in RANKS


def name_tokens(text: str) -> list[str]:
    """The name without titles, ranks and possessive: "Gen. John Smith's" -> [John, Smith]; a title glued
    to the name by a typo ("Gov.Sarah Palin") is split off too."""
    toks = re.sub(r"['’]s$", "", text.strip()).split()
    if toks:
        glued = re.fullmatch(r"([A-Z][a-z]{1,5}\.)([A-Z][a-z].*)", toks[0])
        if glued and is_title(glued.group(1)):
            toks = [glued.group(1), glued.group(2)] + toks[1:]
    while toks and is_title(toks[0]) and len(toks) > 1:
        toks = toks[1:]
    return toks


def same_person(a: list[str], b: list[str]) -> bool:
    """True when two written names (tokens, titles removed) can be one person: spellings of one surname,
    given names that fit (``same_given``; middle initials ignored), no two different suffixes."""
    ga, sa, xa = parts(a)
    gb, sb, xb = parts(b)
    return same_surname(sa, sb) and (not ga or not gb or any(same_given(x, y) for x in ga for y in gb)) \
        and not (xa and xb and xa != xb)


# ------------------------------------------------------------------------------ roles
def _np_tokens(doc, i: int, step: int) -> list[int]:
    """Token indices of a noun phrase walking from ``i`` in direction ``step`` (+1 right, -1 left)."""
    out = []
    j = i
    while 0 <= j < len(doc):
        t = doc[j]
        if t.is_sent_start and step > 0 and j != i:
            break
        ok = t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") or t.lower_ in ("of", "for", "'s", "’s") \
            or (t.text == "-" and not t.whitespace_)
        if not ok or t.text == ",":
            break
        out.append(j)
        if step < 0 and t.is_sent_start:
            break
        j += step
    return sorted(out)


#: Words that qualify a role noun in a headline ("Former President", "Acting Chief").
_ROLE_MODIFIERS = {"former", "ex", "acting", "deputy", "vice", "chief", "senior", "interim", "assistant", "top"}


def _headline_role(doc, idx: list[int]) -> list[int]:
    """The role phrase a headline writes right before a name, from the words before it (token indices): from
    the first role word or nationality on ("Rehires Attorney X" -> "Attorney", "British Prime Minister
    Theresa May" -> all three), kept only when it ends in a role word, or in the object of an "of" that
    follows one ("Secretary of State John Kerry"); "Black Lawmakers Rip Donald Trump" gives none."""
    k = next((i for i, j in enumerate(idx) if _is_role_word(doc[j]) or country_of_demonym(doc[j].text)
              or doc[j].lower_ in _ROLE_MODIFIERS), len(idx))
    idx = idx[k:]
    if not idx:
        return []
    words = [doc[j] for j in idx]
    if _is_role_word(words[-1]) or words[-1].text == ".":
        return idx
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if of is not None and of > 0 and _is_role_word(words[of - 1]) and of >= len(words) - 3:
        return idx
    return []


def _is_role_word(tok) -> bool:
    """A role noun or title ("attorney", "Captain", "Gen.")."""
    return tok.lemma_.lower() in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS or title_word(tok.text) is not None


def _agent_noun(tok) -> bool:
    """A common noun of one who does something, by its ending: "pathologist", "coroner", "counsellor",
    "physician", "consultant", "divorcee". Limits: endings only; "former" is an adjective and no agent,
    but a noun in -er that names a thing ("a poster") would pass."""
    if tok.lower_ in _OCCUPATIONS:
        return True  # "Consultant surgeon Mr Roe", "Chief Constable Sir John Roe", "Defence QC Mr Roe"
    noun = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text[1:].islower())  # "Pathologist Dr Roe"
    return noun and _agent_word(tok.lower_)


def _agent_word(low: str) -> bool:
    """A lower-case word that names one who does something: an occupation of ``_OCCUPATIONS``, or an agent's
    ending (``_AGENT_END``) on a word that is not one of ``_NOT_AGENTS``."""
    return low in _OCCUPATIONS or (low not in _NOT_AGENTS and bool(re.search(_AGENT_END, low)))


_AGENT_END = r"(?:ist|[^e]er|or|ian|ant|ent|man|woman|ee)$"


#: Common nouns with an agent's ending that name no one ("To laughter Mr Roe replied").
_NOT_AGENTS = {"laughter", "water", "matter", "letter", "number", "paper", "order", "murder", "power", "center",
               "answer", "corner", "border", "weather", "winter", "summer", "chapter", "quarter", "dinner", "danger",
               "anger", "hunger", "cancer", "disorder", "shelter", "silver", "error", "terror", "horror", "door",
               "floor", "labor", "labour", "favor", "favour", "color", "colour", "honor", "honour", "humor", "humour",
               "rumor", "rumour", "sector", "factor", "motor", "mirror", "interior", "exterior", "agent", "event",
               "moment", "comment", "statement", "judgment", "judgement", "government", "department", "agreement",
               "payment", "treatment", "argument", "movement", "development", "management", "apartment",
               "incident", "accident", "percent", "parent", "talent", "content", "extent", "plant", "grant",
               "giant", "restaurant", "warrant", "woman", "man", "human", "plan", "bean", "ocean", "former", "latter",
               "other", "another", "under", "over", "after", "never", "ever", "together", "major", "minor", "senior",
               "junior", "prior", "recent", "current", "different", "independent", "present", "absent", "urgent",
               # months, feasts and bodies in -er, -ee, -ent ("Last November Mr Roe", "told the Committee Mr Roe")
               "september", "october", "november", "december", "easter", "committee", "jubilee", "parliament"}
#: Occupations without an agent's ending, read as roles before a courtesy title as agent nouns are.
_OCCUPATIONS = {"surgeon", "counsel", "qc", "kc", "constable", "vicar", "nurse", "pilot", "architect", "chaplain",
                "curate", "canon", "midwife", "chef", "medic", "paramedic", "clerk", "warden", "bailiff", "priest",
                "deacon", "vet", "nun", "monk", "cleric", "jockey", "detective"}


def without_courtesy(role: str) -> str | None:
    """A role phrase cut from before a name without the courtesy titles that end it ("GP Dr" -> "GP"); None
    when what is left holds no role noun or title and does not end in a noun of one who does something ("old
    Mrs", "inquest Mr"). A phrase with no courtesy title at its end is returned as it is. Limits: read from
    the words alone, with no parse (see :func:`_agent_noun`)."""
    words = role.split()
    if not words or words[-1].lower().rstrip(".") not in HONORIFICS:
        return role
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words = words[:-1]
    last = words[-1].lower() if words else ""
    if any(fold(w).rstrip(".") in ROLE_NOUNS or title_word(w) is not None for w in words) or _agent_word(last):
        return " ".join(words)
    return None


def _fragment(tok) -> bool:
    """A token no role phrase starts with: no letter ("_", "’"), or the "s" left of a possessive written
    apart ("Lohan ’ s attorney")."""
    return not any(ch.isalpha() for ch in tok.text) or (tok.lower_ == "s" and tok.i > 0
                                                          and tok.doc[tok.i - 1].text in ("'", "’", "`"))


def _role_text(doc, idx: list[int], agent: bool = False) -> str | None:
    """The phrase as a role when it holds a position noun (with ``agent``, also when it ends in a noun of one
    who does something: "pathologist", "coroner", "psychologist", for the words before a courtesy title,
    "Pathologist Dr Roe"); leading articles removed.

    None for what is no role phrase: a phrase with a token that has no letter inside ("people _ Captain"),
    or whose head (the words before "of"/"for") ends in a name that is no role word ("Lord Morrison":
    another person). Leading fragments ("s" of a possessive written apart) are dropped."""
    while idx and (doc[idx[0]].lower_ in ("a", "an", "the", "of", "for") or doc[idx[0]].pos_ == "DET"
                   or _fragment(doc[idx[0]])):
        idx = idx[1:]
    while idx and (doc[idx[-1]].lower_ in ("of", "for", "the", "a") or doc[idx[-1]].pos_ in ("DET", "PART")):
        idx = idx[:-1]
    if not idx:
        return None
    words = [doc[k] for k in idx]
    if not (any(_is_role_word(w) for w in words) or agent and _agent_noun(words[-1])) \
            or all(w.lower_.rstrip(".") in HONORIFICS for w in words):
        return None  # no position noun, or only a courtesy title ("Mr")
    if any(not any(ch.isalpha() for ch in w.text) and w.text not in ("-", "&", "'s", "’s", ".") for w in words):
        return None
    head = next((i for i, w in enumerate(words) if w.lower_ in ("of", "for")), len(words))
    last = words[head - 1] if head else None
    if last is not None and last.pos_ == "PROPN" and not _is_role_word(last) and not country_of_demonym(last.text) \
            and last.text[:1].isupper() and not (agent and _agent_noun(last)):
        return None  # "Lord Morrison": a title and another person's name
    return doc[idx[0]:idx[-1] + 1].text


def singular_role(role: str) -> str:
    """A role written in the plural before two names ("Senators X and Y", "Coaches X and Y") as one person's
    role: its last word made singular when that form is a role noun or a title ("Senator", "Coach"); other
    roles are returned as they are. Limits: only regular plurals (-s, -es, -men)."""
    head, _, last = role.rpartition(" ")
    low = last.lower()
    for cut, add in (("men", "man"), ("es", ""), ("s", "")):
        one = low[:-len(cut)] + add if low.endswith(cut) and len(low) > len(cut) + 2 else None
        if one and not low.endswith("ss") and (one in ROLE_NOUNS or title_word(one) is not None):
            word = last[:-len(cut)] + add
            return f"{head} {word}" if head else word
    return role


def _attached(doc, i: int, phrase: set[int]) -> bool:
    """Whether token ``i`` hangs, by the parse, on a word of ``phrase`` (the name and the words before it)."""
    return doc[i].head.i in phrase and doc[i].head.i != i


def roles_of_mention(doc, start_char: int, end_char: int) -> list[str]:
    """Roles written around one person mention: a title before the name ("Russian President"),
    or an apposition before or after it ("the head of X, NAME," / "NAME, a former Y,")."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    out = []
    # words before the name inside the same noun phrase (stops at determiners and lower-case "of")
    left, j = [], span.start - 1
    while j >= 0:
        t = doc[j]
        if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.text != ",":
            left.insert(0, j)
        elif t.lower_ == "of" and j > 0 and doc[j - 1].text[:1].isupper() and left:
            left.insert(0, j)
        elif t.lower_ in ("'s", "’s") and left:
            left.insert(0, j)
        elif t.text == "-" and left and j > 0 and not t.whitespace_ and not doc[j - 1].whitespace_ \
                and doc[j - 1].text[:1].isupper():
            left.insert(0, j)  # "Central Mat-Su Fire Department Chief": a hyphen inside a name
        else:
            break
        if t.is_sent_start:
            break
        j -= 1
    inside = set(range(span.start, span.end))
    while left and not _attached(doc, left[0], set(left) | inside) and not _is_role_word(doc[left[0]]):
        left = left[1:]  # "in his mind Dr X", "In the case England coach X": the first words belong to another phrase
    if left and title_case(span.sent):  # a headline: only a role phrase next to the name (see _headline_role)
        left = _headline_role(doc, left)
    title = [k for k in range(span.start, span.end) if title_word(doc[k].text) or doc[k].text == "."]
    idx = left + [k for k in title if doc[k].text != "."]
    courtesy = False
    while idx and doc[idx[-1]].lower_.rstrip(".") in HONORIFICS:
        idx, courtesy = idx[:-1], True  # "GP Dr John Roe": the role is "GP", the courtesy title goes with the name
    role = _role_text(doc, idx, agent=courtesy) if left and idx else None
    if role and title_case(span.sent):  # a headline capitalises role nouns: "Attorney" is "attorney"
        role = " ".join(w.lower() if fold(w) in ROLE_NOUNS else w for w in role.split())
    if role:
        out.append(role)
    # apposition after: NAME, <np>,
    if span.end < len(doc) - 1 and doc[span.end].text == ",":
        idx = _np_tokens(doc, span.end + 1, +1)
        nxt = idx[-1] + 1 if idx else None
        if idx and (nxt >= len(doc) or doc[nxt].text in (",", ".", ";") or doc[nxt].pos_ in ("VERB", "AUX")):
            r = _role_text(doc, idx)
            if r:
                out.append(r)
    # apposition before: <np>, NAME,
    if span.start > 1 and doc[span.start - 1].text == ",":
        idx = _np_tokens(doc, span.start - 2, -1)
        r = _role_text(doc, idx)
        if r and (span.end >= len(doc) or doc[span.end].text in (",", ".")):
            out.append(r)
    return out




# ------------------------------------------------------------------------------ is it a name?
#: Last words that make a capitalised phrase a street or road, not a person ("Byberry Road").
STREET_SUFFIXES = {"road", "rd", "street", "st", "avenue", "ave", "av", "boulevard", "blvd", "lane", "ln", "drive",
                   "highway", "hwy", "pike", "parkway", "pkwy", "terrace", "alley", "turnpike", "expressway",
                   "freeway", "crescent", "square", "plaza"}
#: A lone word the story never writes as a name inside a sentence, this common in English (Zipf scale), is
#: not taken for a person ("Map", "Beat"); rarer ones ("Madonna", 3.7) are.
COMMON_ZIPF = 4.0
#: First words that make a capitalised phrase a street or square ("Avenue Montaigne", "Place Vendome").
STREET_PREFIXES = {"avenue", "rue", "via", "calle", "boulevard", "place", "plaza", "piazza", "plac", "ulica"}
#: Post-nominal letters after a name, not part of it: those of an office or a rank at the bar (a role of the
#: person, see ``post_nominal_office``), and honours and degrees.
_OFFICE_LETTERS = {"QC", "KC", "MP", "MEP", "MSP"}
_POST_NOMINALS = "|".join(sorted(_OFFICE_LETTERS | {"OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Esq"}))
#: Suffixes and post-nominal letters after a surname ("Jr", "III", "QC", "MP", "OBE"): never the surname.
_SUFFIX = re.compile(rf"(?:Jr|Sr|[IVX]{{1,4}}|{_POST_NOMINALS})\.?$")
_POST_NOMINAL = re.compile(rf"(?:{_POST_NOMINALS})\.?$")
_PLURAL = re.compile(r"[a-z][^su]s$")


def without_post_nominals(tokens: list[str]) -> list[str]:
    """A full name as a reader names the person: post-nominal letters dropped ("Michael Gibbon QC" ->
    "Michael Gibbon"), family and regnal suffixes kept ("Martin Luther King Jr", "George III"). Limits: only
    the last token is read, and only when a given name and a surname stand before it."""
    if len(tokens) > 2 and _POST_NOMINAL.fullmatch(tokens[-1].rstrip(",")):
        return tokens[:-1]
    return tokens


def post_nominal_office(tokens: list[str]) -> str | None:
    """The office a name's post-nominal letters give ("Michael Gibbon QC" -> "QC", "Ann Roe MP" -> "MP"), or
    None; honours ("OBE", "CBE") are no office. Limits: read only where ``without_post_nominals`` drops it."""
    if without_post_nominals(tokens) == tokens:
        return None
    letters = tokens[-1].rstrip(",.")
    return letters if letters in _OFFICE_LETTERS else None


def case_counts(doc) -> tuple[dict, dict]:
    """How one article writes each word: ``(lower, capital)`` counts by folded word, where ``capital``
    counts capitalised uses inside a sentence (not its first word) outside title-case lines (headlines say
    nothing about case). Summed over a story, they tell a name ("Hiller": capital) from a word that a
    headline capitalised ("Kills": lower case in the other sentences)."""
    lower: dict[str, int] = {}
    capital: dict[str, int] = {}
    for sent in doc.sents:
        if title_case(sent):
            continue
        first = True
        for t in sent:
            if not t.is_alpha:
                first = first and not t.is_alpha and t.text in ('"', "“", "‘", "'", "(", "-", "—")
                continue
            k = fold(t.text)
            if t.text[0].islower():
                lower[k] = lower.get(k, 0) + 1
            elif not first:
                capital[k] = capital.get(k, 0) + 1
            first = False
    return lower, capital


#: Words that title case leaves in lower case (articles, short conjunctions and prepositions: "Man Charged
#: in Death of Wife"). Any other lower-case word shows a sentence, not a headline.
TITLE_CASE_LOWER = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs v from into "
                             "onto over with than upon".split())


def title_case(sent) -> bool:
    """True for a line written in title case or capitals (a headline): nearly all its longer words
    capitalised and no lower-case word but those title case keeps (:data:`TITLE_CASE_LOWER`), or all its
    words in capitals ("LIKELY FOE"). A sentence dense with names ("Coach Bill Belichick and Chancellor
    Angela Merkel met.") is no headline: "met" is in lower case. Limits: a headline in sentence case is
    not one here (it needs none of this), and one that lower-cases a verb ("Obama to visit Cuba") is not
    either."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    caps = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
    if len(caps) >= 2 and all(w.isupper() for w in caps):
        return True
    if any(t.is_alpha and t.text[0].islower() and t.lower_ not in TITLE_CASE_LOWER for t in sent):
        return False
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def is_name_word(word: str, lower: dict, capital: dict) -> bool | None:
    """Whether the story writes ``word`` as a name: True when capitalised inside sentences at least as
    often as in lower case, False when lower case wins, None when the story never shows it outside a
    sentence start or headline."""
    k = fold(word)
    lo, up = lower.get(k, 0), capital.get(k, 0)
    if lo == 0 and up == 0:
        return None
    return up >= lo


def _role_word(tok) -> bool:
    """A word before a name that is a title, a role noun, a nationality, an abbreviation ("Coach",
    "American", "Cpl") or in lower case."""
    w = tok.text
    one = w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else None  # "Senators X and Y"
    return is_title(w) or _abbreviation(w) or fold(w) in ROLE_NOUNS or w[:1].islower() or bool(country_of_demonym(w)) \
        or (one is not None and (is_title(one) or fold(one) in ROLE_NOUNS)) \
        or (tok.is_sent_start and person_noun(w))  # "Grandmother Edna Pike": a sentence's first word, a noun


def _hyphen_joined(doc, i: int) -> bool:
    """The token is the lower-case end of a hyphenated name part ("Lee Ji-hoon", "Abdel-aziz"): a hyphen
    with no space on either side joins it to the word before."""
    return i >= 2 and doc[i - 1].text in ("-", "‐", "‑") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def person_span(doc, start_char: int, end_char: int, lower: dict, capital: dict):
    """The name inside a person mention, or None when it holds no name.

    ``lower``/``capital``: how the story writes each word (see :func:`case_counts`). Returns
    ``(start, end, role, kind)``: character offsets of the name (a title right before it stays, as in
    "Gen. John Smith"), the words cut before it as a role ("Comedian Ellen DeGeneres" -> role "Comedian"),
    and ``kind``: "person", "street" (a street noun last or first: "Byberry Road", "Avenue Foch") or
    "plural" (one capitalised plural word, "Greeks": a group unless the story names a person so) or
    "modifier" (a lone word after a figure or "a"/"an": ".357 Magnum", "a Briton", "a Bush administration":
    not a person unless the story names a person so).

    Cut before the name: titles, role words, nationalities, words the story does not write as names
    (:func:`_cut_role`); after it: all from a lower-case word on, and a headline's words not written as names
    (:func:`_mention_tokens`, :func:`_trim_end`). None: ranks alone, digits, a lone word that is no name
    (:func:`_holds_no_name`, :func:`_shape`). The role kept: :func:`_start_and_role`.

    Limits: a name used only in headlines can lose a common first name ("Larry"); a surname that is a
    common word written only in headlines is lost; nicknames in lower case are lost.
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    idx = _mention_tokens(doc, span)
    if len(idx) > 1 and fold(doc[idx[0]].text) in STREET_PREFIXES and doc[idx[0]].text[:1].isupper():
        return doc[idx[0]].idx, _end_char(doc, idx), None, "street"
    headline = title_case(span.sent)
    role, idx = _cut_role(doc, idx, headline, lower, capital)
    _trim_end(doc, idx, headline, lower, capital)
    if _holds_no_name(doc, idx, headline, lower, capital):
        return None
    kind = _shape(doc, idx, [doc[i].text for i in idx], lower, capital, bool(role))
    if kind is None:
        return None
    first, role_text = _start_and_role(doc, idx, role, headline)
    return doc[first].idx, _end_char(doc, idx), role_text, kind


def _end_char(doc, idx: list[int]) -> int:
    """The character offset just after the last of the tokens ``idx``."""
    return doc[idx[-1]].idx + len(doc[idx[-1]].text)


def _mention_tokens(doc, span) -> list[int]:
    """The tokens of a mention that can hold the name: possessive endings and apostrophes left out, and
    everything from a lower-case word on cut ("Chris Ivory on Injured Reserve"). A lower-case title, a name
    particle ("de", "van") or the end of a hyphenated part ("Lee Ji-hoon") is no cut, nor is the first word.
    Limits: a nickname in lower case ends the name there."""
    idx = [i for i in range(span.start, span.end) if doc[i].text not in ("'s", "’s", "'", "’")]
    cut = [i for i, t in enumerate(idx) if doc[t].text[:1].islower() and not title_word(doc[t].text)
           and fold(doc[t].text) not in _PARTICLES and i > 0 and not _hyphen_joined(doc, t)]
    return idx[:cut[0]] if cut else idx


def _weak(doc, i: int, n: int, headline: bool, lower: dict, capital: dict) -> bool:
    """A word the story does not write as a name, read where capitals say nothing. In a headline: a word
    the story writes in lower case, or a common word it never shows inside a sentence (a suffix, "Jr",
    excepted). Elsewhere: a sentence's first word the story writes in lower case, when ``n`` (the words
    left in the mention) is above two ("Comedian Ellen DeGeneres"). Limits: a headline's surname that is
    a common word, unseen elsewhere, is weak."""
    named = is_name_word(doc[i].text, lower, capital)
    if headline:
        return named is False or (named is None and not _SUFFIX.match(doc[i].text)
                                  and zipf_frequency(doc[i].lower_, "en") >= COMMON_ZIPF)
    return doc[i].is_sent_start and named is False and n > 2


def _cut_role(doc, idx: list[int], headline: bool, lower: dict, capital: dict) -> tuple[list[int], list[int]]:
    """``(role, name)``: the mention's tokens split into the words cut before the name and the name's.

    Cut: the words before an inner title ("Genesee County Sheriff Robert Pickell") or before inner short
    capitals followed by a given name (a team and a position: "Browns DL Sheldon Richardson"), titles and the period
    after one, a pageant's title ("Miss Universe Alicia Machado": "Miss" then a word no given name, then a
    given name), role nouns, nationalities, short capitals ("RB"), a sentence's first word the story writes
    in lower case, a headline's word that is not a name (:func:`_weak`). The name starts right after a
    title ("President Bill Clinton"); the last word is never cut. Limits: a given name that is a common
    word, written only in headlines, is cut ("Larry")."""
    inner = [i for i, t in enumerate(idx[:-1]) if is_title(doc[t].text) and doc[idx[i + 1]].text[:1].isupper()]
    inner += [i for i in range(1, len(idx) - 1) if _position_before(doc, idx, i)]
    inner.sort()
    role = idx[:inner[-1]] if inner else []
    idx = idx[len(role):]
    while len(idx) > 1:
        t = doc[idx[0]]
        if is_title(t.text) or (t.text == "." and role and is_title(doc[role[-1]].text)):
            role.append(idx.pop(0))
        elif role and fold(doc[role[-1]].text) == "miss" and doc[role[-1]].i == idx[0] - 1 and len(idx) > 2 \
                and given_name_sex(t.text) is None and given_name_sex(doc[idx[1]].text):
            role.append(idx.pop(0))  # "Miss Universe Alicia Machado": a pageant's title, then the name
        elif role and is_title(doc[role[-1]].text) and doc[role[-1]].i == idx[0] - 1 or t.text == ".":
            break  # the name starts right after a title ("President Bill Clinton")
        elif _role_word(t) or _weak(doc, idx[0], len(idx), headline, lower, capital) or _acronym_before(t, doc[idx[1]]):
            role.append(idx.pop(0))
        else:
            break
    return role, idx


def _trim_end(doc, idx: list[int], headline: bool, lower: dict, capital: dict) -> None:
    """Drops from ``idx`` (in place) the punctuation after the name and, in a headline, the last words the
    story does not write as names ("Yvonne Hiller Kills"); a suffix ("Jr", "III") and the first word stay."""
    while len(idx) > 1 and not _SUFFIX.match(doc[idx[-1]].text) and \
            ((headline and _weak(doc, idx[-1], len(idx), headline, lower, capital)) or doc[idx[-1]].is_punct):
        idx.pop()


def _holds_no_name(doc, idx: list[int], headline: bool, lower: dict, capital: dict) -> bool:
    """Whether the tokens left hold no name: none left, a digit, only ranks and abbreviations ("Cpl";
    "Sheriff" unless the story writes it as a name), a headline phrase with a word that is not a name
    (:func:`_weak`), or a rank last with no name after it ("Bloomington Police Sgt")."""
    words = [doc[i].text for i in idx]

    def rank(w):
        return is_title(w) and is_name_word(w, lower, capital) is not True

    if not idx or any(ch.isdigit() for w in words for ch in w) or \
            all(_abbreviation(w) or rank(w) for w in words):
        return True
    if headline and any(_weak(doc, i, len(idx), headline, lower, capital) for i in idx):
        return True
    return len(idx) > 1 and (_abbreviation(words[-1]) or rank(words[-1]))


def _start_and_role(doc, idx: list[int], role: list[int], headline: bool) -> tuple[int, str | None]:
    """``(first, role)``: the name's first token, taking the titles right before it ("Sgt. Barry
    Whiteside", "Lt. Col" tokenised apart), and the words cut before the name as a role with the title it
    keeps ("Genesee County Sheriff"), or None. Courtesy titles alone (:data:`HONORIFICS`) are no role, nor
    at its end (:func:`without_courtesy`); in a headline, only a role phrase next to the name is
    (:func:`_headline_role`)."""
    first = idx[0]
    while role and role[-1] == first - 1 and (is_title(doc[role[-1]].text) or doc[role[-1]].text == "."):
        first = role.pop()
    honorific = role and all(fold(doc[i].text).rstrip(".") in HONORIFICS or doc[i].text == "." for i in role)
    if role and headline:
        role = _headline_role(doc, role)
    if role and not honorific:  # "GP Dr John Roe": the role is "GP", the courtesy title goes with the name
        return first, without_courtesy(doc[role[0]:(idx[0] if first < idx[0] else role[-1] + 1)].text)
    return first, None


def _shape(doc, idx: list[int], words: list[str], lower: dict, capital: dict, cut_before: bool) -> str | None:
    """person / street / plural / modifier for the name's tokens (extended over a street noun right after
    them; see :func:`person_span`), or None for a lone word that is not a name: one the story writes in lower
    case, a common word it never writes as a name, or one left once words were cut before it that the story
    does not write as a name ("Writers Guild" -> "Guild")."""
    after = doc[idx[-1] + 1] if idx[-1] + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and fold(after.text).rstrip(".") in STREET_SUFFIXES:
        idx.append(after.i)  # "Snyder Ave" with the street noun left out of the entity
        words.append(after.text)
    if fold(words[-1]).rstrip(".") in STREET_SUFFIXES:
        return "street"
    if len(words) > 1:
        return "person"
    prev = doc[idx[0] - 1] if idx[0] > 0 else None
    if prev is not None and (prev.lower_ in ("a", "an") or (any(ch.isdigit() for ch in prev.text)
                                                            and not re.fullmatch(r"(1[89]|20)\d\d", prev.text))):
        return "modifier"  # ".357 Magnum", "a Briton", "a Bush administration": a person only if named so
    named = is_name_word(words[0], lower, capital)
    if named is False or (named is None and zipf_frequency(words[0].lower(), "en") >= COMMON_ZIPF):
        return None
    if cut_before and named is not True and not (prev is not None and is_title(prev.text)):
        return None  # "Writers Guild" -> "Guild": what is left is not known as a name
    if _PLURAL.search(words[0]) and not (prev is not None and is_title(prev.text)):
        return "plural"
    return "person"


#: Courtesy titles: kept with the name, never listed as a role.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam", "dr"}
_PARTICLES = NAME_PARTICLES
#: Particles that open a surname written alone ("De Vries said", "Van Houten disagreed"); not "al", "bin" or
#: "mac", nor "Van" as a given name ("Van Morrison" reads as a surname: a limit).
_SURNAME_LEADS = {"de", "van", "von", "der", "den", "ter", "du", "da", "di", "del", "dos", "das", "la", "le"}  # not "Della"


def _position_before(doc, idx: list[int], i: int) -> bool:
    """Whether the short capitals at ``idx[i]``, inside a mention, part a team from a player's name ("Browns DL
    Sheldon Richardson", "Harbour City QB Jordan Pell"): the word before is no given name (so "George HW Bush"
    and "John FX Smith Jr" keep their middle initials), and a given name or two words follow."""
    tok, nxt = doc[idx[i]], doc[idx[i + 1]]
    if not _acronym_before(tok, nxt):
        return False
    return not given_name_sex(doc[idx[i - 1]].text) and (bool(given_name_sex(nxt.text)) or len(idx) - i > 2)


def _acronym_before(tok, nxt) -> bool:
    """A short all-capitals word before a name that is not in capitals ("RB Joique Bell", "DA Smith");
    initials written with periods ("T.J.") are part of the name."""
    return tok.text.isupper() and 2 <= len(tok.text) <= 4 and "." not in tok.text and not nxt.text.isupper()


def _abbreviation(word: str) -> bool:
    """A short capitalised word without vowels, as ranks and units are abbreviated ("Cpl", "Sgt", "Pvt")."""
    return re.fullmatch(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-xz]{2,3}\.?", word) is not None


# ------------------------------------------------------------------------------ spellings of one person
def parts(tokens: list[str]) -> tuple[list[str], str, str | None]:
    """``(given names, surname, suffix)`` of a name's tokens; middle initials and parentheses dropped:
    "Luis Gerardo (Jerry) Ortiz" -> (["Luis", "Gerardo", "Jerry"], "Ortiz", None), "Raj K. Chohan" ->
    (["Raj"], "Chohan", None), "Anthony LaCalamita III" -> (["Anthony"], "LaCalamita", "III"), "De Vries" ->
    ([], "Vries", None)."""
    toks = [t.strip("()\"") for t in tokens if t.strip("()\".,")]
    suffix = None
    if len(toks) > 1 and _SUFFIX.fullmatch(toks[-1].rstrip(",")):
        suffix = toks.pop().rstrip(".").upper()
    lead = len(toks) == 2 and fold(toks[0]) in _SURNAME_LEADS  # "De Vries" at a sentence start: a surname
    given = [t for i, t in enumerate(toks[:-1]) if len(t.rstrip(".")) > 1 and (i == 0 or fold(t) not in _PARTICLES)
             and not lead]
    initials = [t for t in toks[:-1] if len(t.rstrip(".")) == 1]
    if not given and initials:
        given = initials[:1]
    return given, toks[-1] if toks else "", suffix


#: English short forms whose spelling does not start like the full name (the common ones of news copy).
HYPOCORISMS = {
    "william": {"bill", "billy", "will", "willie", "liam"}, "robert": {"bob", "bobby", "rob", "robbie", "bert"},
    "richard": {"dick", "rick", "ricky", "rich"}, "david": {"dave", "davey"}, "michael": {"mike", "mick", "mickey"},
    "edward": {"ted", "teddy", "ed", "eddie", "ned"}, "john": {"jack", "johnny"}, "henry": {"harry", "hank"},
    "margaret": {"peggy", "maggie", "meg", "madge"}, "elizabeth": {"liz", "beth", "betty", "lizzie", "bess"},
    "katherine": {"kate", "kathy", "katie", "kay"}, "catherine": {"kate", "cathy", "katie"},
    "anthony": {"tony"}, "steven": {"steve"}, "stephen": {"steve"}, "joseph": {"joe", "joey"},
    "james": {"jim", "jimmy", "jamie"}, "charles": {"chuck", "charlie"}, "patrick": {"pat", "paddy"},
    "patricia": {"pat", "patty", "trish"}, "rebecca": {"becky"}, "susan": {"sue", "susie"},
    "jennifer": {"jenny", "jen"}, "robin": {"rob"}, "lawrence": {"larry"}, "laurence": {"larry"},
    "theodore": {"ted", "teddy"}, "frederick": {"fred", "freddie"}, "alexander": {"sandy", "alex"},
    "nicholas": {"nick", "nicky"}, "daniel": {"dan", "danny"}, "andrew": {"andy", "drew"},
    "matthew": {"matt"}, "samuel": {"sam", "sammy"}, "benjamin": {"ben", "benny"}, "thomas": {"tom", "tommy"},
    "peter": {"pete"}, "gerald": {"gerry", "jerry"}, "jeremiah": {"jerry"}, "francis": {"frank"},
    "deborah": {"debbie", "deb"}, "victoria": {"vicky", "tori"}, "abigail": {"abby"}, "christopher": {"kit"},
}
_SHORT_OF = {}
for _full, _shorts in HYPOCORISMS.items():
    for _s in _shorts:
        _SHORT_OF.setdefault(_s, set()).add(_full)


def same_given(a: str, b: str) -> bool:
    """Whether two given names can be one person's: equal, an initial of the other, one a short form of
    the other (shared start: "Alex"/"Alexandros", "Mo"/"Maurice"; or a known English short form:
    "Dave"/"David", "Bill"/"William"), or a spelling variant (skeleton or similarity: "Heidar"/"Heydar",
    "Bryant"/"Brian")."""
    x, y = fold(a.rstrip(".")), fold(b.rstrip("."))
    if not x or not y:
        return True
    if x == y or y in _SHORT_OF.get(x, ()) or x in _SHORT_OF.get(y, ()) or _SHORT_OF.get(x, set()) & _SHORT_OF.get(y, set()):
        return True  # "Dave"/"David", "Bill"/"William" (HYPOCORISMS)
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    short = min(len(x), len(y))
    common = len(os.path.commonprefix([x, y]))
    if common >= min(4, short) or (short <= 3 and x[0] == y[0]):
        return True
    return skeleton(x) == skeleton(y) or fuzz.ratio(x, y) >= 72


def short_form(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other, strictly: the start of it, three letters or more
    ("Tim"/"Timothy", "Alex"/"Alexander"), or a known English short form ("Tom"/"Thomas", "Bill"/"William").
    Stricter than ``same_given``, which also joins initials, two-letter starts and spelling variants.
    Limits: a start is not always a short form ("Carl"/"Carlos", "Sam"/"Samir"): callers join only when one
    name alone fits each way."""
    x, y = fold(a.rstrip(".")), fold(b.rstrip("."))
    if x == y or min(len(x), len(y)) < 2:
        return False
    lo, hi = sorted((x, y), key=len)
    return (len(lo) >= 3 and hi.startswith(lo)) or hi in _SHORT_OF.get(lo, ())


def given_keys(word: str) -> set[str]:
    """Blocking keys of a given name: its first folded letter, and each full name it is a known short form of
    or is itself ("Bill" -> {"b", "h:william"}, "William" -> {"w", "h:william"}). Forms of one name that
    ``same_given`` joins share a key, except spelling variants with another first letter ("Catherine"/"Katherine")."""
    f = fold(word.rstrip("."))
    return {f[:1], *(f"h:{x}" for x in _SHORT_OF.get(f, ())), *((f"h:{f}",) if f in HYPOCORISMS else ())}


@lru_cache(maxsize=1 << 16)
def same_surname(a: str, b: str) -> bool:
    """Spellings of one surname: equal after folding, or the same consonant skeleton and similar, or very
    similar ("Rait"/"Raite", "Kougias"/"Kouyias")."""
    x, y = fold(a), fold(b)
    if x == y:
        return True
    r = fuzz.ratio(x, y)
    return (skeleton(a) == skeleton(b) and r >= 70) or r >= 85


def name_keys(word: str) -> set[str]:
    """Blocking keys of a surname: its consonant skeleton, and its first three with its last two folded
    letters ("Kougias"/"Kouyias" share "kouas"); spellings of one surname share at least one."""
    f = fold(word)
    return {"s:" + skeleton(word), "p:" + f[:3] + f[-2:]}
