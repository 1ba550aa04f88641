"""Named figures across articles: one row per person, organisation and place, with roles.

``mentions(corpus)`` lists every mention with its ``figure_id``; ``figures(corpus)`` gives one row
per figure (name: a person's full form written most often, label, aliases, roles, mention counts per article); ``roles(corpus)``
lists each role with where it was read.

How mentions are merged (across and within articles), by general rules:

- person names are cleaned inside each mention first (``names.person_span``), by how the whole story
  writes each word (lower case, or capitalised inside sentences outside headlines): role words before
  the name become a role ("Comedian Ellen DeGeneres" -> "Ellen DeGeneres", role "comedian"); headline
  words and words the story writes in lower case are cut ("Yvonne Hiller Kills" -> "Yvonne Hiller");
  ranks alone ("Cpl"), streets ("Byberry Road" -> a place), a lone word after a number or "a"
  (".357 Magnum", "a Briton") and lone common words the story never writes as a name are not people;
  nor is a lone word no full name holds that the story writes only as a thing ("the cruiser X", "His boat,
  X,", "on X.", "X users") and never with a person's cue (a role, Mr/Mrs, a verb of speech);
- one label per name across the story: an organisation/place mention that is a person's full name, or
  the surname of a person named in full (and no organisation or place name holds it), is that person;
  a lone "person" word the gazetteer or the story calls a place or organisation takes that label; a name
  read as an organisation in some articles and as a place in others takes one of the two
  (``_one_label_per_name``);
- people: titles and ranks are set aside (Gen./General); full names are blocked by surname keys
  (consonant skeleton, first letters: no all-pairs) and merge when the surnames are spellings of one
  name and the given names fit (middle initials ignored, "Alex"/"Alexandros", "Bryant"/"Brian"; two
  different suffixes "Jr"/"III" stay apart); transliteration variants match on a consonant skeleton
  after folding common transliteration pairs (ks/x, y/i, kh/h, ph/f, w/v): Aleksei/Alexei -> "lx",
  Zelenskyy/Zelensky -> "slnsk", confirmed by rapidfuzz similarity. A lone surname ("Gray", "Mr. Gray")
  joins the person with that surname (else that given name), its own article first: a person of another
  article only when its article has named no one with that surname before it whose sex fits its courtesy
  title ("Mr. Gray" after "Larry Gray" is Larry, though another article calls its Charlie Gray "Mr. Gray").
  When several fit: for a bare surname where the article writes one namesake bare and the other only with a
  courtesy title, the bare one; then the one named last before it as a subject nearby, else the one its
  article names most, on a tie the one named last before it;
- nominal references ("the general", "the president") join the nearest person before them, in
  the same article, whose title or role has that noun;
- organisations: case/"the" folded; an acronym in parentheses after a name, or one whose
  letters are the name's initials, is the same organisation; a short name an article uses for a longer
  one named before it is that organisation in the other articles too ("Southampton FC ... the Southampton
  manager");
- places: the gazetteer's canonical name (US -> United States); a capital stands for its
  country only when it acts for a state (metonymy: "Moscow said", "pressure from Beijing"), else it is the
  city ("London has been fighting dirty air"); an adjective of nationality ("South Korean") is counted
  as a mention of the country with kind ``demonym``.
- bylines are authors, not figures: a mention equal to the article's byline is dropped.

Limits: two different people sharing a surname in one corpus stay apart only when both are
named in full, and a lone surname then goes by the rules above, which can be wrong: a namesake named once
as the one who acts ("his wife Jane Gray said ... Gray added", far from the subject) loses to the one named
more; a courtesy title, Mr/Mrs/Ms, sets aside only one the story already wrote with a title or role noun of
the other sex, "husband", "mother" (given names say nothing of sex here); a lone surname written before its
article names anyone with it goes to the namesake of the story its article names most;
two given names of one person that share neither a start nor a spelling ("Robert"/"Bob") stay apart;
a name written only in headlines and in no sentence may be cut or dropped; pronouns ("he") are not
resolved here (quotes resolve them for speakers). Measured on ECB+ (benchmarks/people.py).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz

from ..text.entities import (MEDIA_NOUNS, ORG_HEADS, ROLE_NOUNS, big_place, country_of_demonym, entities_from_doc,
                             fold, person_noun, place_of, strip_the, title_word, where_before)
from ..text.given_names import given_name_sex
from ..text.names import (HONORIFICS, case_counts, given_keys, is_title, name_keys, name_tokens, parts, person_span,
                          post_nominal_office, roles_of_mention, same_given, short_form, same_person, same_surname,
                          singular_role, skeleton, title_case, without_post_nominals)
from ..text.quotes import (MESSAGE_NOUNS, QUOTE_COLUMNS, SPEECH_VERBS, SPOUSES, SUBJECT_REACH, bound_sex,
                           is_subject, quote_spans, quotes_from_doc, subject_of)
from .parsing import parsed_docs, per_article

MENTION_COLUMNS = ["doc_id", "start", "end", "text", "label", "kind", "figure_id", "name"]


# ------------------------------------------------------------------------------ mentions
_NOMINAL = re.compile(r"\b[Tt]he\s+(?:(?:former|top|senior|new|then|current)\s+)?(" +
                      "|".join(sorted((re.escape(n) for n in ROLE_NOUNS if " " not in n), key=len, reverse=True)) +
                      r")\b(?!\s+(?:of|for|to)\b)(?!\s+[A-Z])(?!['’]s)")


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|into|near|outside|inside|across|around|via|visited|visit|visiting|"
                              r"(?:flew|flown|fly|travel(?:l)?ed|went|moved|returned|arrived|came|drove|sailed|"
                              r"back|trip|journey|flight|road)\s+(?:to|from|into|in))\s+$", re.I)


#: Verbs whose subject, when a capital, is its country's government ("Moscow warned", "Beijing rejected the
#: claim"), besides the verbs of saying; a capital as the subject of any other verb is the city ("London has
#: been fighting dirty air").
_STATE_VERBS = {"accuse", "reject", "demand", "urge", "threaten", "condemn", "retaliate", "refuse", "expel",
                "sanction", "impose", "veto", "recognize", "recognise", "protest", "blame", "vow", "pledge",
                "agree", "sign", "welcome", "oppose", "support", "back", "object", "negotiate",
                "summon", "recall", "invade", "annex", "bomb", "strike", "attack", "withdraw", "deploy", "send"}
#: Nouns whose owner ("Beijing's response"), source or target ("pressure from Moscow", "a message to
#: Washington", "ties with Beijing") or modifier ("the Moscow government") a capital is as its country's
#: government.
_STATE_NOUNS = {"government", "regime", "authorities", "administration", "leadership", "official", "diplomat",
                "envoy", "ambassador", "embassy", "policy", "position", "stance", "response", "reply", "decision",
                "demand", "pressure", "message", "warning", "threat", "sanction", "request", "objection",
                "protest", "ally", "relation", "tie", "talk", "dialogue", "deal", "negotiation", "support", "aid",
                "approval", "backing", "claim", "accusation", "influence", "interference", "crackdown", "military",
                "army", "troop", "force", "tension", "dispute", "rift", "rapprochement", "overture", "retaliation",
                "recognition", "confirmation", "acknowledgment", "acknowledgement", "treaty", "agreement", "pact",
                "accord", "alliance", "partnership", "side", "war", "offensive", "invasion", "consent", "permission"}


#: After a place: another name ("Paris, Texas") or a dateline's dash or agency ("WASHINGTON ― Donald Trump's",
#: "WASHINGTON (AP)").
_DATELINE_AFTER = re.compile(r",\s+[A-Z]|\s*(?:\(|--|[–—―](?!\w))")


def _city_use(doc, start: int, end: int) -> bool:
    """A capital named as its city, not for its country's government: unless it acts for a state – the
    subject of a verb of saying or of a state's act ("Paris said", "Beijing rejected"), the owner, source,
    target or modifier of a state's noun ("Moscow's response", "pressure from Beijing", "talks between
    Washington and Moscow", "the Beijing government") – it is the city ("in Paris", "London has been
    fighting dirty air", "Paris, Texas", "the Paris climate agreement", a dateline "WASHINGTON ―"). Limits: a
    city's own council acting ("London banned diesel cars") is read as the city, which it is; "Washington" the
    state is not told apart."""
    text = doc.text
    if (_LOCATIVE_BEFORE.search(text[max(0, start - 20):start]) or _DATELINE_AFTER.match(text, end)
            or _EVENT_AFTER.match(text, end)):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or not _acts_for_state(span.root, lambda: _names_country(doc, span.text))


def _names_country(doc, capital: str) -> bool:
    """Whether the article names the country of ``capital`` itself, or its nationality ("Russia", "Russian")."""
    hit = place_of(capital)
    if not hit:
        return False
    for e in doc.ents:
        other = place_of(e.text)
        if (other and other[1] == "country" and other[0] == hit[0]) or country_of_demonym(e.text) == hit[0]:
            return True
    return False


def _acts_for_state(tok, names_country) -> bool:
    """Whether a capital's head token stands for its government (see :func:`_city_use`); ``names_country()``:
    whether the article names the country too, when the capital is the subject of another verb than one of
    saying or a state's act ("Moscow had regained control" beside "Russian forces"; "London has been fighting
    dirty air", in an article that names no Britain, is the city)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Washington and Moscow said": the first conjunct's role
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "Tokyo is the largest city": a capital described is the city
        described = head.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in head.children)
        return _state_word(head) or (not described and names_country())
    if tok.dep_ in ("poss", "compound", "nmod"):
        return _state_word(head)
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i != head.i \
            and head.lower_ in ("from", "to", "with", "between", "against", "by", "on"):
        owner = head.head  # "confirmation of their participation by Moscow": "by" may hang on the nearer noun
        return _state_word(owner) or (head.lower_ == "by" and owner.dep_ == "pobj" and _state_word(owner.head.head))
    return False


def _state_word(tok) -> bool:
    """A noun or verb of a state's acts or words (``_STATE_NOUNS``, ``_STATE_VERBS``, speech verbs and nouns)."""
    lemma = tok.lemma_.lower()
    return lemma in _STATE_NOUNS or lemma in MESSAGE_NOUNS or lemma in SPEECH_VERBS or lemma in _STATE_VERBS


#: Nouns of a meeting or an agreement after a capital, which then names the city where it was held ("the Paris
#: climate agreement", "the Geneva talks"), not the country's government.
_EVENT_AFTER = re.compile(r"\s+(?:climate\s+|peace\s+|trade\s+|nuclear\s+)?(?:agreement|accords?|talks|summit|"
                          r"conference|treaty|deal|pact|protocol|convention|marathon|attacks?|bombings?)\b")


def byline_names(byline: str | None) -> set[str]:
    """The folded names of an article's byline ("Jane Doe and John Roe; Ann Lee" -> three names), the
    names whose mentions in that article are its authors, not figures of the story. No byline: none."""
    return {fold(b.strip()) for b in re.split(r";| and ", byline)} if isinstance(byline, str) else set()


def is_byline(text: str, names: set[str]) -> bool:
    """Whether a mention's words are one of the byline ``names`` (:func:`byline_names`)."""
    return fold(" ".join(name_tokens(text))) in names


def _doc_mentions(doc_id: str, doc, byline: str | None, lower: dict, capital: dict) -> tuple[list[dict], list[dict]]:
    """Raw mentions (no figure ids yet) and person roles of one parsed article. ``lower``/``capital``: how
    the story writes each word (see ``names.case_counts``), to cut words that are not names.

    Only people, organisations, places and nationalities (NORP) are read. A person is left out when
    ``names.person_span`` finds no name in its words, or when its name is the article's byline (an author);
    a "person" that is a street ("Byberry Road") is kept as a place."""
    ents = entities_from_doc(doc)
    person_starts = [int(x) for x in ents.loc[ents["label"] == "PERSON", "start"]]
    quoted = quote_spans(doc.text)[0]  # a pronoun inside a quote binds nothing outside it
    bylines = byline_names(byline)
    rows, roles = [], []
    for r in ents.itertuples():
        if r.label not in ("PERSON", "ORG", "PLACE", "NORP"):
            continue
        row = _mention_row(doc_id, doc, r)
        ts = getattr(r, "title_start", None)  # the entity span is the name alone; its title is read from here
        got = person_span(doc, int(ts) if r.label == "PERSON" and pd.notna(ts) else r.start, r.end, lower, capital)
        if r.label != "PERSON":
            row = _other_mention(doc, r, row, got, lower, capital)
        elif got is None or is_byline(doc.text[got[0]:got[1]], bylines):
            row = None
        elif got[3] == "street":
            row.update(start=got[0], end=got[1], text=doc.text[got[0]:got[1]], label="PLACE")
        else:
            roles += _person_mention(doc_id, doc, r, row, got, person_starts, quoted)
        if row is not None:
            rows.append(row)
    return rows, roles


def _mention_row(doc_id: str, doc, r) -> dict:
    """The fields every mention row starts with, read on the entity ``r`` as the parser found it: its span,
    text and label, kind "name", the word right after it (``next_word``, None at the text's end) and whether
    a firm's noun follows it (``firm``, see ``_firm_cue``), and the two characters before it (``before``). A
    person's row is cut to the name later."""
    return {"doc_id": doc_id, "start": r.start, "end": r.end, "text": r.text, "label": r.label, "kind": "name",
            "next_word": (re.match(r"\s*(\S+)", doc.text[r.end:r.end + 20]) or [None, None])[1],
            "before": doc.text[max(0, r.start - 2):r.start],
            "firm": _firm_cue(doc, r.start, r.end)}


def _other_mention(doc, r, row: dict, got: tuple | None, lower: dict, capital: dict) -> dict | None:
    """The row of an organisation, place or nationality mention, filled in place, or None when it names
    nothing: a common word (``_common_word_opening``: "drop") or a title used as one (``_role_use``).

    The labels are not decided here: it keeps the evidence the story-wide rules weigh (``_consistent_labels``)
    – a common word opening a sentence (``common_opening``), the person the same words would name
    (``as_person``: start, end, text, role of ``got``, the ``person_span`` reading; not for a street), whether
    a place is a city named as such rather than its country's government (``as_city``, ``_city_use``), and the
    locative words before it (``locative``)."""
    opening = _common_word_opening(doc, r.start, r.end, lower, capital)
    if opening == "drop":
        return None  # "his parents fed him", "A TEENAGER told": no name
    row["common_opening"] = opening == "opening"  # "Flames and smoke ...": decided over the story
    if _role_use(doc, r.start, r.end):
        return None  # "failed VP candidate", "the GP's explanation": a title, not an organisation
    if got is not None and got[3] != "street":  # kept in case the story names a person so
        row["as_person"] = (got[0], got[1], doc.text[got[0]:got[1]], got[2])
    row["as_city"] = r.label == "PLACE" and _city_use(doc, r.start, r.end)
    row["locative"] = where_before(doc.text, r.start)  # evidence for a name also read as a place
    return row


def _person_mention(doc_id: str, doc, r, row: dict, got: tuple, person_starts: list[int],
                    quoted: list[tuple[int, int]]) -> list[dict]:
    """Fills a person's row in place and returns the roles read on it (``_person_roles``). ``got`` is the
    ``person_span`` reading (start, end, role, shape): the row's span becomes the cut name, its kind
    "title+name" when the parser read a title (``r.title``) and the cut name opens with a title word, and
    ``plural``/``modifier`` keep the shape ("Greeks"; "a Bush administration": a person only if named so
    elsewhere). Then ``_person_evidence`` adds what the nearby words say of the person."""
    start, end, role, shape = got
    text = doc.text[start:end]
    title = r.title if isinstance(r.title, str) and r.title and title_word(text.split()[0]) else None
    row.update(start=start, end=end, text=text, kind="title+name" if title else "name", plural=shape == "plural",
               modifier=shape == "modifier")
    found = _person_roles(doc_id, doc, start, end, role, title)
    _person_evidence(doc, row, found, title, person_starts, quoted)
    return found


def _person_evidence(doc, row: dict, found: list[dict], title: str | None, person_starts: list[int],
                     quoted: list[tuple[int, int]]) -> None:
    """Adds to a person's row, in place, the evidence the clustering and labelling rules weigh: ``sex`` (from a
    courtesy title, else a role of one sex, else a family noun just before: "his wife NAME"; None when none
    says), ``kin_of``/``spouse_of`` (the surname in a family role: "Mrs Gray's son"), ``thing``/``firm``
    (read as a vessel or product, or as a firm), ``titled`` (a role, courtesy title or title), ``place_use``,
    ``human`` (a role or a person's cue), ``subject`` (of its verb) and ``bound_sex`` (the sex a pronoun
    nearby binds it to, ``quotes.bound_sex``, else the owner of a spouse: "Fraser's wife"). Each is a cue
    from nearby words only, not a verdict."""
    start, end, text = row["start"], row["end"], row["text"]
    row["sex"] = _courtesy_sex(text) or next(filter(None, (_role_sex(x["role"]) for x in found)), None) \
        or _kin_before(doc.text[max(0, start - 30):start])
    row["kin_of"] = next(filter(None, (_kin_surname(x["role"]) for x in found)), None)
    row["spouse_of"] = next(filter(None, (_kin_surname(x["role"]) for x in found if _SPOUSE_ROLE.search(x["role"]))),
                            None)
    row["thing"] = _thing_cue(doc, start, end)
    row["firm"] = row["firm"] or _firm_cue(doc, start, end)
    row["titled"] = bool(found) or bool(_courtesy_sex(text)) or title is not None
    row["place_use"] = _place_use(doc, start, end)
    row["human"] = bool(found) or _person_cue(doc, start, end)
    row["subject"] = is_subject(doc, start, end)
    row["bound_sex"] = bound_sex(doc, start, end, person_starts, quoted) or _spouse_after(doc.text[end:end + 16])


def _common_word_opening(doc, start: int, end: int, lower: dict, capital: dict) -> str | None:
    """Whether a one-word organisation or place is a common word, not a name:

    - "drop": a word all in lower case ("parents fed him": no name is written so; "eBay" has a capital), or in
      capitals of five letters or more where the story also writes it in lower case ("A TEENAGER told");
    - "opening": it opens a sentence or sits in a headline, and the story writes it in lower case and never
      capitalises it inside a sentence ("Flames and smoke ..."); ``_consistent_labels`` drops it when the
      story reads it so only once ("Target said ... Target blamed" is kept);
    - None otherwise.

    Limits: a company the story names once, at a sentence start, with the same word in lower case elsewhere
    ("Shell said ... a shell game") is lost."""
    words = doc.text[start:end].split()
    if len(words) != 1 or not words[0].isalpha():
        return None
    if words[0].islower():
        return "drop"
    k = fold(words[0])
    if words[0].isupper():  # "NATO", "US" are kept
        return "drop" if len(words[0]) >= 5 and lower.get(k) else None
    if not lower.get(k) or capital.get(k):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return "opening" if span is not None and (span[0].is_sent_start or title_case(span.sent)) else None


_PLACE_BEFORE = re.compile(r"\b(?:into|at|in|out\s+of|leaves|leaving|left|quits|quit|exits|exited|enters|"
                           r"entered)\s+(?:the\s+)?$", re.I)


#: "to"/"from" after a verb of going or sending ("going back to Betty Ford", "check-in to", "released from").
_MOTION_BEFORE = re.compile(r"\b(?:go|goes|going|went|gone|back|return\w*|mov\w*|sent|send\w*|admitted|transferr?\w*|"
                            r"released|discharged|check\w*\s*-?\s*in|head\w*|taken|driven|flown|fled|escaped|came|come|"
                            r"coming)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+)?$", re.I)


def _place_use(doc, start: int, end: int) -> bool:
    """A name used as a place: right after "into", "at", "in", "out of", a verb of leaving or entering, or "to"/
    "from" after a verb of going or sending ("checked into Betty Ford", "Lohan Leaves Betty Ford", "going back
    to Betty Ford"), not in the possessive, and not the subject of a verb ("a letter from Betty Ford",
    "dedicated to Betty Ford" are a person's). Evidence
    only: a person can be left too, so ``_named_for_an_organisation`` needs every mention used so."""
    before = doc.text[max(0, start - 40):start]
    if not (_PLACE_BEFORE.search(before) or _MOTION_BEFORE.search(before)) or re.match(r"['’]s\b", doc.text[end:end + 3]):
        return False  # "a letter from Betty Ford", "dedicated to her", "at Betty Ford's funeral": a person
    return not is_subject(doc, start, end)


def _role_use(doc, start: int, end: int) -> bool:
    """A one-word organisation that is a title or role noun used as one: after a determiner or a possessive
    ("the GP's explanation", "a VP") or before a noun ("failed VP candidate", "GP surgery"). "The airline
    Monarch went bust" and "flew with Admiral" stay organisations."""
    text = doc.text[start:end]
    if " " in text or (title_word(text) is None and fold(text) not in ROLE_NOUNS):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.lower_ in ("the", "a", "an", "his", "her", "their", "our", "its", "my")) \
        or (after is not None and after.pos_ in ("NOUN", "PROPN"))


#: Nouns of things that are given names like people: vessels, vehicles, products, platforms.
THING_NOUNS = {"boat", "yacht", "ship", "vessel", "cruiser", "ferry", "tanker", "liner", "trawler", "barge", "dinghy",
               "catamaran", "speedboat", "submarine", "frigate", "schooner", "airliner", "aircraft", "helicopter",
               "spacecraft", "locomotive", "app", "website", "platform", "brand", "product", "software", "robot",
               "horse", "racehorse"}
#: Nouns right after a name that make it a platform or product ("Zwitter users", "a Zwitter account").
_THING_AFTER = {"user", "users", "account", "accounts", "page", "pages", "feed", "feeds", "post", "posts",
                "handle", "followers", "app", "website", "timeline", "livestream", "stream", "video", "videos"}
_THING_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(THING_NOUNS, key=len, reverse=True)) +
                           r")\s*,?\s*[\"“‘']?\s*$", re.IGNORECASE)
_PLATFORM = re.compile(r"\b(?:on|via|took to|posted to)\s+$")


def _thing_cue(doc, start: int, end: int) -> bool:
    """Whether a mention reads as a thing named like a person: a vessel/product noun right before it ("the
    cruiser Kestrel", "His boat, Kestrel,"), set in quotation marks, a platform noun right after it
    ("Zwitter users", "Zwitter @handle"), or after "on"/"via"/"took to" at a clause's end ("posted it on
    Zwitter."). Evidence only: ``_consistent_labels`` drops such a lone word when the story never gives it
    a person's cue."""
    text = doc.text
    before = text[max(0, start - 40):start]
    after = text[end:end + 30]
    if _THING_BEFORE.search(before):
        return True
    if re.search(r"[\"“‘]$", before) and re.match(r"[\"”’](?!s\b)", after):
        return True
    nxt = re.match(r"\s*(@\w+|[a-z]+)", after)
    if nxt and (nxt.group(1).startswith("@") or nxt.group(1) in _THING_AFTER):
        return True
    return bool(_PLATFORM.search(before)) and bool(re.match(r"\s*(?:[.,;:)]|@|overnight|today|yesterday|$)", after))


#: Nouns a firm's name modifies ("the Marrowby factory", "a Marrowby worker", "the Marrowby food plant").
FIRM_NOUNS = {"factory", "factories", "plant", "plants", "works", "headquarters", "shares", "store", "stores",
              "supermarket", "supermarkets", "warehouse", "depot", "subsidiary", "workforce", "worker", "workers",
              "employee", "employees", "shareholders", "franchise", "products"}


def _firm_cue(doc, start: int, end: int) -> bool:
    """Whether a mention reads as a firm: a noun of ``FIRM_NOUNS`` right after it, or after one lower-case noun
    ("the Marrowby factory", "a Marrowby worker", "the Marrowby food plant"). Evidence only:
    ``_firms_named_as_people`` weighs it over the story. Limits: "Smith works in Leeds" is no cue (a verb), but a
    person's name before such a noun would be one ("the Jones factory" for a family firm)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    nxt = [doc[i] for i in range(span.end, min(span.end + 2, len(doc)))]
    if nxt and nxt[0].lower_ in FIRM_NOUNS and nxt[0].pos_ == "NOUN":
        return True
    return len(nxt) == 2 and nxt[0].pos_ == "NOUN" and nxt[0].is_lower and nxt[1].lower_ in FIRM_NOUNS \
        and nxt[1].pos_ == "NOUN"


def _person_cue(doc, start: int, end: int) -> bool:
    """Whether a mention reads as a person: a courtesy title in it ("Mrs"), or it is the subject of a
    verb of speech ("Kestrel said")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(fold(t.text).rstrip(".") in HONORIFICS for t in span):
        return True
    subj = subject_of(doc, start, end)
    return subj is not None and subj.head.lemma_.lower() in SPEECH_VERBS


def _person_roles(doc_id, doc, start, end, role, title) -> list[dict]:
    out = [{"doc_id": doc_id, "start": start, "end": end, "role": singular_role(x)}
           for x in roles_of_mention(doc, start, end)]
    office = post_nominal_office(name_tokens(doc.text[start:end]))  # "Michael Gibbon QC": a QC
    if office and not any(x["role"] == office for x in out):
        out.append({"doc_id": doc_id, "start": start, "end": end, "role": office})
    role = singular_role(role) if role else role
    if role and not any(role.lower() in x["role"].lower() for x in out):
        out.append({"doc_id": doc_id, "start": start, "end": end, "role": role.lower() if role.istitle() and
                    " " not in role else role})
    if title and title.lower().rstrip(".") not in HONORIFICS:  # "Sir", "Dr"-style courtesy titles are no role
        out.append({"doc_id": doc_id, "start": start, "end": end, "role": title, "is_title": True})
    return out


def _resolve_nominals(doc_id: str, text: str, rows: list[dict], roles: list[dict]) -> list[dict]:
    """Mentions for "the general"-style references, joined to the nearest earlier person with that title."""
    people = sorted((m for m in rows if m["label"] == "PERSON"), key=lambda m: m["start"])
    taken = [(m["start"], m["end"]) for m in rows]
    out = []
    for m in _NOMINAL.finditer(text):
        s, e = m.start(), m.end()
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        noun = m.group(1).lower()
        best = None
        for p in people:
            if p["start"] >= s or s - p["end"] > 800:
                continue
            held = [r["role"].lower() for r in roles if r["start"] == p["start"]]
            if any(re.search(rf"\b{re.escape(noun)}\b", h) for h in held):
                best = p
        if best is not None:
            out.append({"doc_id": doc_id, "start": s, "end": e, "text": text[s:e], "label": "PERSON",
                        "kind": "nominal", "refers_to": (best["doc_id"], best["start"])})
    return out


def _titles_as_references(rows: list[dict], roles: list[dict]) -> None:
    """A lone name that is a capitalised title the story gives a person before a full name ("the former Miss
    Universe" beside "Miss Universe Alicia Machado") refers to that person, in place: the nearest holder
    before it in its article, else the first in its article, else the story's only holder. Without a
    holder it stays as read. Limits: two holders of one title in other articles leave it as read."""
    holders = defaultdict(list)  # folded title -> [(doc_id, start)] of the people it was given to
    for r in roles:
        words = str(r["role"]).split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            holders[fold(r["role"])].append((r["doc_id"], r["start"]))
    for m in rows:
        if m["label"] != "PERSON" or m["kind"] == "nominal" or len(name_tokens(m["text"])) != 1:
            continue
        found = holders.get(fold(m["text"]))
        if not found:
            continue
        here = sorted(s for d, s in found if d == m["doc_id"])
        before = [s for s in here if s < m["start"]]
        if here:
            m.update(kind="nominal", refers_to=(m["doc_id"], before[-1] if before else here[0]))
        elif len(set(found)) == 1:
            m.update(kind="nominal", refers_to=found[0])


def _consistent_labels(rows: list[dict]) -> None:
    """One label per name across the story, in place:

    - an organisation/place mention whose name (role words cut: "American Hasim Rahman") is a person's full
      name in the story, or a lone word that is the surname or given name of a person named in full, or that
      its article writes elsewhere as a person with a cue ("his sister Elizabeth", "Mr Gee"), is
      that PERSON ("Cheeks" after "Maurice Cheeks"), unless the gazetteer knows it as a country, state or
      capital, or the story's organisation and place names hold the word at least as often as its people's
      full names do ("Trump" stays Donald Trump beside one "Trump Place"; ``_person_of_story``);
    - a name read as an organisation that the story reads as a place at least twice as often is a place
      ("Wasilla", not the short name of "Wasilla Bible Church"; "Rancho Mirage"); see also
      ``_places_read_as_organisations`` ("originally from Truro");
    - a person's full name only ever used as the start of an organisation's name is that organisation
      (``_named_for_an_organisation``);
    - a lone "person" word that no person's name holds and that the gazetteer knows as a place, or that the
      story labels as one place/organisation at least half as often, takes that label; a lone capitalised
      plural no person's name holds ("Greeks") is a group (NORP), but a lone noun for a person read as a group
      ("notified the Coroner") is dropped; a lone word after a figure or "a"/"an"
      that no person's name holds (".357 Magnum", "a Briton") is dropped (``_label_lone_person``).

    The order matters: the people named in full and the one-word organisation and place names are counted
    before ``_trim_leading_organisations``, the other tables after it and before any relabelling here; a
    later relabelling does not update them.
    """
    _firms_named_as_people(rows)
    full, words, surnames = _full_name_words(rows)
    lone_other = _lone_other_words(rows)
    _trim_leading_organisations(rows, full, surnames)
    org_words = _org_place_words(rows, full, surnames)
    lone_person = Counter(fold(m["text"]) for m in rows if m["label"] == "PERSON" and len(name_tokens(m["text"])) == 1)
    cues, plain = _person_cues(rows)
    cued = _cued_lone_names(rows)
    _drop_common_openings(rows)
    _organisations_read_as_places(rows)
    _places_read_as_organisations(rows)
    _one_label_per_name(rows)
    _named_for_an_organisation(rows)
    _drop_non_names(rows, cues, plain)
    for m in rows:
        alt = m.get("as_person")
        if m["label"] != "PERSON" and alt and alt[1] >= m["end"] - 2 and not big_place(alt[2]):
            if _person_of_story(alt[2], m["doc_id"], full, words, surnames, org_words, cued):
                m.update(start=alt[0], end=alt[1], text=alt[2], label="PERSON", kind="name")
        elif m["label"] == "PERSON" and len(name_tokens(m["text"])) == 1:
            _label_lone_person(m, words, cued, cues, lone_other, lone_person)


def _full_name_words(rows: list[dict]) -> tuple[set, Counter, set]:
    """The story's people named in full: their folded full names, how many of their mentions hold each word as
    the surname or the first given name (a word that is both in one name counts once), and their surnames.
    Nominal mentions ("the general") and lone words are left out."""
    full, words, surnames = set(), Counter(), set()
    for m in rows:
        if m["label"] == "PERSON" and m["kind"] != "nominal":
            toks = name_tokens(m["text"])
            given, sur, _ = parts(toks)
            if given:
                full.add(fold(" ".join(toks)))
                words.update({fold(sur), fold(given[0])})
                surnames.add(fold(sur))
    return full, words, surnames


def _lone_other_words(rows: list[dict]) -> Counter:
    """How often the story reads each one-word name as an organisation or a place: (key, label) -> mentions.
    An organisation's key is ``_org_key`` ("Marrowby Ltd" is one word), a place's its folded text."""
    lone_other = Counter()
    for m in rows:
        if m["label"] in ("ORG", "PLACE"):
            key = _org_key(m["text"]) if m["label"] == "ORG" else fold(m["text"])  # "Marrowby Ltd": one word
            if len(key.split()) == 1:
                lone_other[(key, m["label"])] += 1
    return lone_other


def _org_place_words(rows: list[dict], full: set, surnames: set) -> Counter:
    """Words of organisation and place names that cannot be a person's name: folded word -> names holding it.
    Only names of several capitalised words (``_proper_phrase``) whose person reading (``as_person``, else
    the text) is no full name and no surname of the story's people (``full``, ``surnames``) count."""
    org_words = Counter()
    for m in rows:
        if m["label"] in ("ORG", "PLACE") and _proper_phrase(m["text"]):
            alt = name_tokens((m.get("as_person") or (0, 0, m["text"]))[2])
            if fold(" ".join(alt)) not in full and fold(parts(alt)[1]) not in surnames:
                org_words.update({fold(w) for w in m["text"].split()})
    return org_words


def _person_cues(rows: list[dict]) -> tuple[defaultdict, set]:
    """How the story writes about each person's name: (folded name -> the cues read with it, "thing" and/or
    "human"; the full names written at least once with neither cue). Nominal mentions are left out."""
    cues = defaultdict(set)  # person name -> {"thing", "human"}: how the story writes about it
    plain = set()  # full names written at least once with neither cue
    for m in rows:
        if m["label"] == "PERSON" and m["kind"] != "nominal":
            toks = name_tokens(m["text"])
            k = fold(" ".join(toks))
            cues[k] |= {c for c in ("thing", "human") if m.get(c)}
            if len(toks) > 1 and not (m.get("thing") or m.get("human")):
                plain.add(k)
    return cues, plain


def _cued_lone_names(rows: list[dict]) -> set[tuple[str, str]]:
    """(doc_id, folded word) of lone names its article gives a person's cue (a family role, a sex, a title:
    "his sister Elizabeth", "Mr Gee"): that article's same word, read as a place or an organisation
    ("Elizabeth and Timothy flew home"), is the person."""
    return {(m["doc_id"], fold(name_tokens(m["text"])[0])) for m in rows
            if m["label"] == "PERSON" and m["kind"] != "nominal" and len(name_tokens(m["text"])) == 1
            and (m.get("kin_of") or m.get("sex") or m.get("titled"))}


def _drop_common_openings(rows: list[dict]) -> None:
    """Drops, in place, a common word opening a sentence (``common_opening``, see ``_common_word_opening``)
    that the story reads so, with that label and text, only once ("Flames and smoke ..."); read twice or more
    ("Target said ... Target blamed") it is kept."""
    read = Counter((fold(m["text"]), m["label"]) for m in rows if m["label"] in ("ORG", "PLACE"))
    for m in rows:  # a common word opening a sentence, read so once in the story ("Flames and smoke ...")
        if m.get("common_opening") and read[(fold(m["text"]), m["label"])] < 2:
            m["drop"] = True


def _organisations_read_as_places(rows: list[dict]) -> None:
    """A name read as an organisation that the story reads as a place at least twice as often is a place, in
    place ("Wasilla": 6 places, 1 organisation, not the short name of "Wasilla Bible Church"). Dropped
    mentions are not changed, but they count."""
    named = Counter((_org_key(m["text"]), m["label"]) for m in rows if m["label"] in ("ORG", "PLACE"))
    for m in rows:  # a name the story calls a place at least twice as often as an organisation is a place
        if m["label"] == "ORG" and not m.get("drop"):
            k = _org_key(m["text"])
            if named[(k, "PLACE")] >= 2 * named[(k, "ORG")]:
                m["label"] = "PLACE"  # "Wasilla" (6 places, 1 organisation): not the short name of a church


def _drop_non_names(rows: list[dict], cues: dict, plain: set) -> None:
    """Drops, in place, mentions that name no figure: one letter or a coordinated compass adjective
    (``_no_name``), a lone noun for a person read as a group ("notified the Coroner": an office), a full name
    the story writes only as a vessel (``_vessel``; ``cues``, ``plain``: see ``_person_cues``). Also makes an
    organisation of an acronym read as a place that no gazetteer knows as one ("the I.R.S.", "the network
    RT"), unless it was read as a city. One rule a mention, the first that applies."""
    for m in rows:
        if m["label"] in ("ORG", "PLACE", "PERSON") and _no_name(m["text"], m.get("next_word")):
            m["drop"] = True  # "A 4-4 ruling": the article; "Eastern and Northern Europe": an adjective
        elif m["label"] == "NORP" and " " not in m["text"].strip() and person_noun(m["text"]):
            m["drop"] = True  # "notified the Coroner": an office, no group of people
        elif m["label"] == "PLACE" and re.fullmatch(r"(?:[A-Z]\.){2,6}|[A-Z]{2,3}", m["text"]) and place_of(m["text"]) is None \
                and not m.get("as_city"):
            m["label"] = "ORG"  # "the I.R.S.", "the network RT": an acronym no gazetteer knows as a place
        elif m["label"] == "PERSON" and _vessel(name_tokens(m["text"]), cues, plain):
            m["drop"] = True  # "their 45ft boat, Winnie Rigg": a vessel, never written as a person


def _person_of_story(text: str, doc_id: str, full: set, words: Counter, surnames: set, org_words: Counter,
                     cued: set) -> bool:
    """Whether an organisation's or place's person reading ``text`` names one of the story's people: a full
    name of theirs (``full``), a longer name ending in one of their surnames, a lone word that is one of their
    surnames or given names more often than the story's organisation and place names hold it (``words``,
    ``org_words``: "Trump" beside one "Trump Place"), or a lone word its article gives a person's cue
    (``cued``)."""
    toks = name_tokens(text)
    k = fold(" ".join(toks))
    sur = fold(parts(toks)[1])
    return k in full or (len(toks) > 1 and sur in surnames) or (len(toks) == 1 and k in words and org_words[k] < words[k]) \
        or (len(toks) == 1 and (doc_id, k) in cued)


def _label_lone_person(m: dict, words: Counter, cued: set, cues: dict, lone_other: Counter,
                       lone_person: Counter) -> None:
    """The label of a lone word read as a person, in place. It stays a person when a person of the story is
    named with it (``words``), when it has a courtesy title, "Dr", "Sir", "Lord" or "Lady", a sex or a family
    role, or its article gives it a person's cue (``cued``). Otherwise: dropped after a figure or "a"/"an"
    (".357 Magnum", "a Briton"); a group (NORP) when it is a nationality ("The Briton was a qualified
    sailor"); dropped when the story writes it only as a thing (``cues``: "the cruiser Kestrel", "on
    Zwitter"); a place when the gazetteer knows it as one; the organisation or place label the story gives
    the word at least half as often as it reads it as a person (``lone_other``, ``lone_person``); a group
    when plural ("Greeks"); else left a person."""
    k = fold(name_tokens(m["text"])[0])
    if k in words or _courtesy_sex(m["text"]) or re.match(r"(?:Dr|Sir|Lord|Lady)\.?\s", m["text"]) \
            or m.get("sex") or m.get("kin_of") or (m["doc_id"], k) in cued:
        return  # "Mr Murray", "her husband Martin" is a person whatever the gazetteer knows of the word
    if m.get("modifier"):  # ".357 Magnum", "a Briton": no person of the story is named so
        m["drop"] = True
        return
    if country_of_demonym(name_tokens(m["text"])[0]):  # "The Briton was a qualified sailor": a nationality
        m["label"] = "NORP"
        return
    if cues[k] == {"thing"}:  # "the cruiser Kestrel", "on Zwitter": a thing, never given a person's cue
        m["drop"] = True
        return
    best = max(("ORG", "PLACE"), key=lambda lab: lone_other[(k, lab)])
    if place_of(k) is not None:
        m["label"] = "PLACE"
    elif 2 * lone_other[(k, best)] >= lone_person[k]:
        m["label"] = best
    elif m.get("plural"):
        m["label"] = "NORP"


def _places_read_as_organisations(rows: list[dict]) -> None:
    """A name the story reads as a place somewhere, holding no organisation noun, is a place where it follows
    "in", "from", "near" or "outside" ("originally from Truro" read as an organisation); then everywhere,
    once the story reads it as a place at least as often as an organisation ("the Longbenton plant").
    Only the first for a country, state or capital ("the story of Copenhagen" may be the summit held there),
    or for the opening of a longer organisation's name ("The Southampton manager" beside "Southampton FC").
    Limits: a club named after its town and never in full, in a story that names the town as often as the
    club, becomes the town."""
    def plain(m):
        return m["label"] == "ORG" and not m.get("drop") and not any(w.lower() in ORG_HEADS for w in m["text"].split())

    placed = {_org_key(m["text"]) for m in rows if m["label"] == "PLACE"}
    for m in rows:
        if plain(m) and m.get("locative") and _org_key(m["text"]) in placed:
            m.update(label="PLACE", as_city=True)  # "near Copenhagen": the city, not its country's government
    named = Counter((_org_key(m["text"]), m["label"]) for m in rows if m["label"] in ("ORG", "PLACE"))
    longer = {w for (k, lab) in named if lab == "ORG" for w in _starts(k)}  # "southampton" of "southampton fc"
    for m in rows:
        k = _org_key(m["text"]) if plain(m) and not big_place(m["text"]) else None
        if k and k not in longer and named[(k, "PLACE")] >= max(1, named[(k, "ORG")]):
            m["label"] = "PLACE"


def _one_label_per_name(rows: list[dict]) -> None:
    """A name the story reads as an organisation in some places and as a place in others takes one label, in
    place, after ``_places_read_as_organisations`` has made places of those read as places at least as often:
    ORG when a word of it is an organisation's head ("Newcastle High Court", read once as a place), PLACE when
    the story reads it as a place at least as often, else ORG. Left as read: countries, states and capitals (a
    capital may stand for its government: "Copenhagen said"), and a name that an article uses as the short
    form of a longer organisation's name it gave before ("Southampton FC ... the Southampton manager": the
    club or the town, mention by mention; "Merseyside Police" does not make "Merseyside" a short form).
    A name read as an organisation and as a group (NORP, no nationality) is an organisation when read so at
    least as often, or when written as an acronym ("NYPD"), else a group ("Republican").
    Limits: a region the model reads as an organisation more often than as a place ("seized Crimea", "the
    annexation of Crimea", "to Crimea") becomes an organisation."""
    live = [m for m in rows if m["label"] in ("ORG", "PLACE") and not m.get("drop")]
    named = Counter((_org_key(m["text"]), m["label"]) for m in live)
    longer, seen = set(), defaultdict(set)  # short names an article uses after the longer name they open
    for m in sorted(live, key=lambda m: (m["doc_id"], m.get("start", 0))):
        k = _org_key(m["text"])
        if m["label"] == "ORG" and k in seen[m["doc_id"]]:
            longer.add(k)
        seen[m["doc_id"]].update(_starts(k) if m["label"] == "ORG" else ())
    for m in live:
        k = _org_key(m["text"])
        if named[(k, "ORG")] and named[(k, "PLACE")] and k not in longer and not big_place(m["text"]):
            head = any(w in ORG_HEADS for w in k.split())
            m["label"] = "ORG" if head or named[(k, "ORG")] > named[(k, "PLACE")] else "PLACE"
    groups = Counter(_org_key(m["text"]) for m in rows if m["label"] == "NORP" and not m.get("drop")
                     and not country_of_demonym(m["text"]))
    for m in rows:  # "NYPD", "Nafta" read as a group beside the same name read as an organisation
        k = _org_key(m["text"]) if m["label"] in ("ORG", "NORP") and not m.get("drop") else None
        if k and groups[k] and named[(k, "ORG")]:  # (``groups`` holds no nationality's key)
            to_org = named[(k, "ORG")] >= groups[k] or _acronym_shaped(m["text"])
            m["label"] = "ORG" if to_org else "NORP"


def _starts(key: str) -> list[str]:
    """The shorter openings of a name's key ("southampton fc" -> ["southampton"])."""
    words = key.split()
    return [" ".join(words[:n]) for n in range(1, len(words))]


def _firms_named_as_people(rows: list[dict]) -> None:
    """A "person" the story writes as a firm is an organisation, in place: a name written before a firm's noun
    (``_firm_cue``: "the Marrowby factory", "a Marrowby worker") and never with a title, a role or a courtesy
    title, that is no surname or given name of someone else named in full. Every mention of it turns ORG,
    and so does a longer "person" name opening with such a one-word firm (its products: "Marrowby Crispy
    Pies"), all joined to the firm, unless that name is titled, speaks or opens with a known given name
    ("Varrick Hale said"). A firm's cue outweighs "Marrowby said" for the one word: firms speak too. A word the
    model reads as a nationality or group counts only when the story also opens a person's name with it
    (one-word brands are often read so: "Marrowby Crispy Pies"); "Palestinian workers" never does.
    Limits: a family firm whose founder is named plainly elsewhere only by that word stays apart from him
    only when he is titled or given a role; a firm never written before such a noun stays a person."""
    people = [(m, name_tokens(m["text"])) for m in rows if m["label"] in ("PERSON", "NORP") and m["kind"] != "nominal"]
    person_first = {fold(t[0]) for m, t in people if t and m["label"] == "PERSON"}
    firm = {fold(" ".join(t)) for m, t in people if t and m.get("firm") and not country_of_demonym(m["text"])
            and place_of(m["text"]) is None and (m["label"] == "PERSON" or fold(" ".join(t)) in person_first)}
    if not firm:
        return
    titled = {fold(" ".join(t)) for m, t in people if t and m.get("titled")}
    spoken = {fold(" ".join(t)) for m, t in people if t and len(t) > 1 and (m.get("human") or given_name_sex(t[0]))}
    other_words = defaultdict(set)  # word -> full names holding it as surname or given name
    for m, t in people:
        if m["label"] != "PERSON":
            continue
        given, sur, _ = parts(t)
        if given:
            for w in (given[0], sur):
                other_words[fold(w)].add(fold(" ".join(t)))
    # the firm's own products ("marrowby crispy pies") may hold the word; another person may not
    firm = {k for k in firm if k not in titled
            and all(x.startswith(k + " ") and x not in spoken for x in other_words[k])}
    for m, t in people:
        if not t:
            continue
        k, first = fold(" ".join(t)), fold(t[0])
        key = k if k in firm else first if len(t) > 1 and first in firm and k not in titled | spoken else None
        if key is not None:
            m.update(label="ORG", join_key=_org_key(key))


def _vessel(toks: list[str], cues: dict, plain: set) -> bool:
    """A full name the story writes only after a vessel or product noun, never as a person (``cues``, ``plain``:
    see ``_consistent_labels``)."""
    k = fold(" ".join(toks))
    return len(toks) > 1 and cues[k] == {"thing"} and k not in plain


_COMPASS = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west"}


def _no_name(text: str, next_word: str | None) -> bool:
    """A mention that names nothing: one letter ("A 4-4 ruling", "I"), or a compass adjective coordinated
    with another ("Eastern and Northern European heritage")."""
    t = text.strip()
    if len(t.rstrip(".")) == 1 or _misread_number(t):
        return True
    return fold(t) in _COMPASS and (next_word or "").lower() in ("and", "or", "&")


def _misread_number(word: str) -> bool:
    """A scanned measure with letters for digits ("5ft lOin": l for 1, O for 0): a word in mixed case that reads
    as a number, or a number and a unit, with 1 and 0 for l, I and O. Limits: an all-capital "IO" stays."""
    if not re.search(r"[a-z][A-Z]|^[a-z].*[A-Z]", word):
        return False
    return bool(re.fullmatch(r"[0-9lIO]+(?:in|ins|ft|cm|mm|kg|lbs?|st|m|s|th|nd|rd)?", word) and re.search(r"[lIO]", word))


def _proper_phrase(text: str) -> bool:
    """Several capitalised words ("of"/"the"/"de"/"for" allowed; "X and Y" is two names), no punctuation: one
    name ("Betty Ford Center")."""
    words = text.split()
    return len(words) > 1 and all(w[:1].isupper() or w in ("of", "the", "de", "for") for w in words) \
        and not re.search(r"[,;:()’'\"]", text)


def _cluster_people(people: list[dict], clusters: list[dict]) -> dict:
    """Person clusters, blocked by surname keys (no all-pairs), in place (``cid``); returns
    {(doc_id, start): cid}.

    Full names first (``_cluster_full_names``), then each lone word ("Gray", "Mr. Gray"), in article order
    (``_lone_person``); then a given name written as a spouse joins the family's one lone surname
    (``_join_kin_given``) and lone forms of one given name join (``_join_short_given``).
    """
    index: dict[str, set] = defaultdict(set)
    named = [(m, name_tokens(m["text"])) for m in people]
    seen = _Seen()
    for m, _ in _cluster_full_names(named, clusters, index):
        seen.note(m, m["cid"], m.get("sex"))
        seen.articles_of[m["cid"]].add(m["doc_id"])
    seen.named_in_full = set().union(*seen.articles_of.values())
    for m, toks in named:
        if toks:
            seen.surnames[m["doc_id"]].add(fold(toks[-1]))
    lone_cands: dict[str, tuple] = {}  # each lone word's candidates are looked up once
    for m, toks in sorted((x for x in named if not _complete(x[1])), key=lambda x: (x[0]["doc_id"], x[0]["start"])):
        word = parts(toks)[1] or m["text"]
        if fold(word) not in lone_cands:
            lone_cands[fold(word)] = _lone_candidates(word, clusters, index)
        m["cid"] = _lone_person(m, word, lone_cands[fold(word)], seen, clusters, index)
        seen.note(m, m["cid"], _courtesy_sex(m["text"]))
    members: dict[int, list[dict]] = defaultdict(list)  # cid -> its mentions, kept up to date by _merge
    for m in people:
        members[m["cid"]].append(m)
    _join_kin_given(members, clusters, seen.sex)
    _join_short_given(members, clusters)
    return {(m["doc_id"], m["start"]): m["cid"] for m in people}


class _Seen:
    """What the story has said of each person (``cid``) so far, while lone words are given to people
    (``_cluster_people``): read by ``_lone_person``, added to by ``note``."""

    def __init__(self):
        self.placed = defaultdict(list)  # doc_id -> [(start, cid, subject)]
        self.sex = defaultdict(Counter)  # cid, and (doc_id, cid) -> sex read with the person ("Mrs", "husband": f)
        self.titled = Counter()  # (doc_id, cid) -> mentions written with a courtesy title in that article
        self.bare = Counter()  # (doc_id, cid) -> lone surnames written with no title in that article
        self.held = defaultdict(Counter)  # cid -> titles written with the person ("President": 3)
        self.articles_of = defaultdict(set)  # cid -> the articles that name the person in full
        self.named_in_full = set()  # the articles that name someone in full
        self.surnames = defaultdict(set)  # doc_id -> the last words of the people it names

    def note(self, m: dict, cid: int, s: str | None) -> None:
        """Notes what a mention says of its person ``cid``, in the story and in its article: the sex ``s`` read
        with it, a courtesy title, a title ("President"), a lone word written bare (no title, no sex read), and
        where it stands."""
        if s:
            self.sex[cid][s] += 1
            self.sex[(m["doc_id"], cid)][s] += 1
        if _courtesy_sex(m["text"]):
            self.titled[(m["doc_id"], cid)] += 1
        if (title := _title_of(m)):
            self.held[cid][title] += 1
        elif not s and not _complete(name_tokens(m["text"])):
            self.bare[(m["doc_id"], cid)] += 1
        self.placed[m["doc_id"]].append((m["start"], cid, bool(m.get("subject"))))


def _fits(c: dict, toks: list[str]) -> bool:
    """Whether a full name fits every name form the person ``c`` already has (``same_person``)."""
    return c["kind"] == "full" and all(same_person(toks, form) for form in c["forms"])


def _cluster_full_names(named: list[tuple[dict, list[str]]], clusters: list[dict], index: dict) -> list:
    """The people named in full, in place (``cid``); returns the (mention, name tokens) of the full names, in
    the order they were placed.

    Most frequent form first (then the longer text, then article and position): a name joins a person with the
    same surname (spelling variants allowed) whose given names all fit its own (``same_given``; middle
    initials ignored; two different suffixes, "Jr"/"III", stay apart; one name with a suffix, "George III",
    counts as full). Each distinct full form is decided once (``_place_full``), however often it is written."""
    forms = Counter(fold(" ".join(toks)) for _, toks in named)
    form_of: dict[str, int] = {}  # each distinct full form is decided once, however often it is written
    full = sorted((x for x in named if _complete(x[1])), key=lambda x: (-forms[fold(" ".join(x[1]))], -len(x[0]["text"]),
                                                                       x[0]["doc_id"], x[0]["start"]))
    for m, toks in full:
        form = fold(" ".join(toks))
        if form not in form_of:
            form_of[form] = _place_full(toks, clusters, index, _fits, forms[form])
        m["cid"] = form_of[form]
    return full


def _lone_person(m: dict, word: str, found: tuple[list[int], list[int]], seen: _Seen, clusters: list[dict],
                 index: dict) -> int:
    """The person a lone word ``word`` ("Gray", "Mr. Gray") names; ``found``: the people with it as surname and
    as given name (``_lone_candidates``).

    It joins the person with that surname, else with that given name (``_surname_or_given``); when several
    fit, ``_narrow_namesakes`` and then ``_pick`` choose. A lone word no one fits makes one figure for all its
    repeats (``_lone_figure``)."""
    doc, s, title = m["doc_id"], _courtesy_sex(m["text"]), _title_of(m)
    here = {c for at, c, _ in seen.placed[doc] if at < m["start"]}  # named before it in its article
    cands = _surname_or_given(found, here, doc, s, title, seen, clusters)
    cands, apart = _narrow_namesakes(cands, m, here, s, title, seen, clusters)
    cid = _pick(cands, seen.placed[doc], m["start"], clusters) if cands else None
    return _lone_figure(word, m["text"], s, apart, clusters, index) if cid is None else cid


def _surname_or_given(found: tuple[list[int], list[int]], here: set, doc: str, s: str | None, title: str | None,
                      seen: _Seen, clusters: list[dict]) -> list[int]:
    """The people a lone word may name: those with that surname, else those with that given name.

    The given name first when its own article names someone by it (``here``) and nobody by that surname:
    "Richard" after "Richard Thomas" is not another article's "Butter Richard"; a word with a courtesy
    title or a title ("Mr Gordon") is a surname always. A given name alone names someone its own article
    names in full or by surname, never a stranger of another ("said Joseph, who has four"); but an article
    that names nobody in full and calls someone by a given name only one person of the story has, named in
    full in two articles or more, means that person (gossip copy: "Lindsay has left the Betty Ford Centre")."""
    by_surname, by_given_name = found
    by_given = not by_surname or (not s and not title and not here.intersection(by_surname)
                                  and bool(here.intersection(by_given_name)))
    if not by_given:
        return by_surname
    known = [c for c in by_given_name if c in here or fold(clusters[c]["surname"] or "") in seen.surnames[doc]]
    if not known and doc not in seen.named_in_full and len(by_given_name) == 1 \
            and len(seen.articles_of[by_given_name[0]]) >= 2:
        known = by_given_name
    return known


def _narrow_namesakes(cands: list[int], m: dict, here: set, s: str | None, title: str | None, seen: _Seen,
                      clusters: list[dict]) -> tuple[list[int], bool]:
    """Among the people a lone word may name, those it most likely names, in turn; returns them and whether
    a titled word is "apart" (see ``_own_article_first``).

    For a word written with a title, those the story writes with that title ("President Gray" is the Gray
    called president, not his wife named in full in the same article); then those not written before with a
    courtesy title or role noun of the other sex ("Mrs Gray" is not the one the story calls "Mr Gray" or "her
    husband"), and those written before with one of its sex if any (when all are of the other sex, the word
    makes a person of its own: "Mr Gray" beside "Jane Gray", "Mrs Gray"), those its own article names
    before it first, when any fits (``_own_article_first``); for a bare word, the namesake the article writes
    bare rather than one it writes only with a courtesy title ("Brannock" beside "Mrs Brannock"); for a word
    given a family role, those with that surname ("Tom, Mrs Gray's son" is Tom Gray, not Tom Reed named just
    before)."""
    doc = m["doc_id"]
    if title and len(cands) > 1 and any(seen.held[c][title] for c in cands):
        cands = [c for c in cands if seen.held[c][title]]  # "President Gray": the Gray the story calls president
    cands, apart = _own_article_first(cands, here, doc, s, None if s else m.get("bound_sex"), seen.sex)
    if not s and not title and len(cands) > 1:  # bare "Fraser" where the article writes one namesake bare,
        untitled = [c for c in cands if seen.bare[(doc, c)] and not seen.titled[(doc, c)]]  # the other "Mrs Fraser"
        if untitled and any(seen.titled[(doc, c)] for c in cands):
            cands = untitled
    kin = m.get("kin_of")
    if kin and len(cands) > 1 and any(same_surname(kin, clusters[c]["surname"]) for c in cands):
        cands = [c for c in cands if same_surname(kin, clusters[c]["surname"])]  # "Tom, Mrs Gray's son"
    return cands, apart


def _lone_figure(word: str, text: str, s: str | None, apart: bool, clusters: list[dict], index: dict) -> int:
    """The figure of a lone word that names no person of the story: one for all its repeats, made the first
    time. A titled word that is "apart" (everyone with its surname is of the other sex) is one per sex, named
    with its title ("Mr Gray")."""
    key = "l:" + fold(word) + (":" + s if apart else "")
    if not index[key]:
        name = text.split()[0] + " " + word if apart else word
        clusters.append({"label": "PERSON", "name": name, "key": None, "tokens": [word], "kind": "lone"})
        index[key].add(len(clusters) - 1)
    return next(iter(index[key]))


def _merge(members: dict[int, list[dict]], gone: int, keep: int) -> None:
    """Move every mention of person ``gone`` to person ``keep``."""
    for m in members.pop(gone):
        m["cid"] = keep
        members[keep].append(m)


def _join_short_given(members: dict[int, list[dict]], clusters: list[dict]) -> None:
    """Lone given names that are forms of one name ("Timothy" in one article, "Tim" in another) are one
    person when no article writes both, and the story has no other lone name of that form; named by the
    longer form, in place.

    Limits: two people called "Tom" and "Thomas" in different articles of one story are joined; a short form
    the hypocorism list lacks and that shares no first four letters ("Peg"/"Margaret") is not."""
    lone = {cid: clusters[cid]["tokens"][0] for cid in members
            if clusters[cid].get("kind") == "lone" and len(clusters[cid]["tokens"]) == 1
            and clusters[cid]["name"] == clusters[cid]["tokens"][0] and given_name_sex(clusters[cid]["tokens"][0])}
    blocks: dict[str, list[int]] = defaultdict(list)  # candidates share a key: no all-pairs
    for cid, word in lone.items():
        for key in given_keys(word):
            blocks[key].append(cid)

    def fits(a):
        return sorted({b for k in given_keys(lone[a]) for b in blocks[k] if b != a and b in lone
                       and short_form(lone[a], lone[b]) and given_name_sex(lone[a]) == given_name_sex(lone[b])
                       and not {m["doc_id"] for m in members[a]} & {m["doc_id"] for m in members[b]}})

    for a in list(lone):
        found = fits(a) if a in lone else []
        if len(found) != 1 or fits(found[0]) != [a]:  # "Sam" beside "Samuel" and "Samir": no one
            continue
        keep, gone = sorted((a, found[0]), key=lambda c: -len(lone[c]))  # named by the longer form
        _merge(members, gone, keep)
        del lone[gone]


def _join_kin_given(members: dict[int, list[dict]], clusters: list[dict], sex: dict) -> None:
    """A given name the story writes as a spouse ("Mrs Gee's husband Martin") and the story's one lone surname
    of that family and of the same sex ("Mr Gee") are one person, named "Martin Gee", in place.

    Limits: needs the role to name the family ("her husband Martin" alone does not) and to be a spouse (a son
    "Martin" beside a "Mr Gee" who is the husband stays apart); stays apart when two lone surnames of that sex
    could be him ("Mr Gee" and "Dr Gee")."""
    def sex_of(cid):  # from titles ("Mr Gee") and from roles ("her husband Martin")
        seen = set(sex.get(cid) or ()) | {m["sex"] for m in members[cid] if m.get("sex")}
        return next(iter(seen)) if len(seen) == 1 else None

    for cid in list(members):
        if cid not in members:
            continue
        c, s = clusters[cid], sex_of(cid)
        kin = next((m["spouse_of"] for m in members[cid] if m.get("spouse_of")), None)
        if c.get("kind") != "lone" or not kin or not s or len(c["tokens"]) != 1 or same_surname(c["tokens"][0], kin):
            continue
        same = [d for d in members if d != cid and clusters[d].get("kind") == "lone"
                and same_surname(clusters[d]["tokens"][-1], kin) and sex_of(d) == s]
        if len(same) == 1:
            c["name"] = f"{c['tokens'][0]} {clusters[same[0]]['tokens'][-1]}"
            c["tokens"] = name_tokens(c["name"])
            _merge(members, same[0], cid)


_KIN = ("son", "daughter", "husband", "wife", "father", "mother", "brother", "sister", "widow", "widower",
        "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt", "stepson", "stepdaughter")
_SPOUSE_ROLE = re.compile(r"\b(?:husband|wife|widow|widower)$")  # the kin roles that share a family name
_KIN_ROLE = re.compile(r"^(?:(?:Mrs|Mr|Ms|Miss|Dr|Sir|Lady)\.? )?(?:[A-Z][\w'-]+ )?([A-Z][\w'-]+)['’]s? (?:\w+ )?(?:"
                       + "|".join(_KIN) + r")$")


def _kin_surname(role: str) -> str | None:
    """The surname in a family role ("Mrs Gray's son" -> "Gray"): relatives usually share it."""
    m = _KIN_ROLE.match(role or "")
    return m.group(1) if m else None


def _title_of(m: dict) -> str | None:
    """The title a person mention is written with ("President Gray" -> "president"), courtesy titles aside."""
    words = m["text"].split()
    return (title_word(words[0]) or None) if len(words) > 1 else None


_SEX_OF_COURTESY = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f"}
#: Role nouns of one sex: a person's role ("her husband, NAME") says which courtesy title fits them.
_SEX_OF_ROLE = {**dict.fromkeys(("husband", "father", "son", "brother", "boyfriend", "widower", "uncle", "nephew",
                                 "grandfather", "grandson", "stepfather", "stepson", "king", "prince", "businessman",
                                 "chairman", "spokesman", "congressman", "policeman", "fireman"), "m"),
                **dict.fromkeys(("wife", "mother", "daughter", "sister", "girlfriend", "widow", "aunt", "niece",
                                 "grandmother", "granddaughter", "stepmother", "stepdaughter", "queen", "princess",
                                 "actress", "businesswoman", "chairwoman", "spokeswoman", "congresswoman",
                                 "policewoman"), "f")}


def _role_sex(role: str) -> str | None:
    """"m"/"f" when the head of a role (its last word before "of"/"for") is a noun of one sex ("her
    husband", "the mother of two"), else None."""
    head = re.split(r"\s+(?:of|for)\s+", role.lower())[0].split()
    return _SEX_OF_ROLE.get(head[-1]) if head else None


def _kin_before(before: str) -> str | None:
    """"m"/"f" for a noun of one sex right before a name ("her husband, NAME", "his wife NAME"), where family
    nouns are no roles; "the son of NAME" says nothing of NAME."""
    hit = re.search(r"\b([a-z]+)\s*,?\s*$", before)
    return _SEX_OF_ROLE.get(hit.group(1)) if hit else None


_SPOUSE_AFTER = re.compile(r"['’]s\s+(" + "|".join(SPOUSES) + r")\b", re.I)


def _spouse_after(after: str) -> str | None:
    """"m"/"f" for a name that owns a spouse ("Fraser's wife": m; "Roe's husband": f); else None."""
    hit = _SPOUSE_AFTER.match(after)
    return {"m": "f", "f": "m"}[SPOUSES[hit.group(1).lower()]] if hit else None


def _courtesy_sex(text: str) -> str | None:
    """"m" or "f" for a mention written with a courtesy title of one sex ("Mrs Moore": f), else None."""
    first = text.split()[0] if text.split() else ""
    return _SEX_OF_COURTESY.get(fold(first).rstrip("."))


def _complete(toks: list[str]) -> bool:
    """A name that stands on its own: given names and a surname, or one name with a regnal or family
    suffix ("George III", "Louis XIV"), which is no lone surname to be given to "George W. Bush"."""
    given, _, suffix = parts(toks)
    return bool(given or suffix)


def _place_full(toks: list[str], clusters: list[dict], index: dict, fits, uses: int = 1) -> int:
    """The person a full name belongs to (a new one if none fits); updates the person and the index.

    ``uses``: how often the story writes this form. The form written most often names the person, the
    fuller one on a tie ("Hillary Clinton", not the nickname one article once puts in front of it)."""
    given, sur, _ = parts(toks)
    cands = sorted({c for k in name_keys(sur) for c in index[k]})
    cid = next((c for c in cands if fits(clusters[c], toks)), None)
    if cid is None:
        clusters.append({"label": "PERSON", "name": " ".join(toks), "key": None, "tokens": toks, "kind": "full",
                         "surname": sur, "given": [], "forms": []})
        cid = len(clusters) - 1
        for k in name_keys(sur):
            index[k].add(cid)
    c = clusters[cid]
    if given not in c["given"]:  # distinct name forms only: checks stay short for a much-named person
        c["given"].append(given)
        c["forms"].append(toks)
    if given:
        index["g:" + fold(given[0])[:3]].add(cid)
    form = " ".join(toks)
    if len(form) > len(" ".join(c["tokens"])):  # the fullest form is the one lone words are matched against
        c["tokens"] = toks
    shown = " ".join(without_post_nominals(toks))  # "Michael Gibbon", not "Michael Gibbon QC"
    if (uses, len(shown)) > (c.get("uses", 0), len(c["name"])):
        c["name"], c["uses"] = shown, uses
    return cid


def _lone_candidates(word: str, clusters: list[dict], index: dict) -> tuple[list[int], list[int]]:
    """People a lone word may name: (those with that surname, those with that given name)."""
    by_surname = sorted({c for k in name_keys(word) for c in index[k] if clusters[c]["kind"] == "full"
                         and same_surname(word, clusters[c]["surname"])})
    by_given = sorted(c for c in index["g:" + fold(word)[:3]] if any(_lone_given(word, hs[0]) for hs in clusters[c]["given"]))
    return by_surname, by_given


def _lone_given(word: str, given: str) -> bool:
    """A lone word that is a person's given name, or a short or variant form of it ("Alexi"/"Alexis",
    "Ben"/"Benjamin"): its start, or a close spelling (skeleton or similarity >= 85), not another name that
    starts alike ("Laura"/"Laurence", "Patriot"/"Patrick"). A lone word longer than the given name is no
    short form of it: it joins only as a spelling variant of about that length ("Alexis" -> "Alexi"), not as
    a longer name that starts the same ("Natalie" is not "Nat Moore": a different person of the story)."""
    a, b = fold(word), fold(given)
    if a == b:
        return True
    if len(a) > len(b) and (len(a) - len(b) > 1 or len(b) < 4):
        return False
    if len(a) < 3 or a[:3] != b[:3] or not same_given(a, b):
        return False
    return b.startswith(a) or skeleton(a) == skeleton(b) or fuzz.ratio(a, b) >= 85  # "Laura" is no "Laurence"


def _own_article_first(cands: list[int], here: set, doc: str, s: str | None, bound: str | None,
                       sex: dict) -> tuple[list[int], bool]:
    """The people a lone surname may name, its own article first: those it names (``here``) when any fits,
    else those of other articles. ``s``: the sex of its courtesy title ("Mr": m), ``bound``: a weaker sex
    read from the sentence ("murder his wife"); ``sex``: sex read per person (``cid``) and per person in an
    article (``(doc, cid)``). With a title, those the story writes with the other sex more often are set aside
    ("Mrs Moore" is not the one called "Mr Moore" or "her husband"); among the rest, those written with its sex
    before, in this article when they are of this article. Returns the people and whether a titled word is
    "apart": everyone with its surname is of the other sex (a spouse not named in full: "Mr Gray" beside
    "Jane Gray", "Mrs Gray")."""
    local = [c for c in cands if c in here]
    if s:
        other = "m" if s == "f" else "f"
        for pool in (local, cands):
            fit = [c for c in pool if sex[c][s] >= sex[c][other]]
            if fit:  # written so before, in this article, else in the story: the same one
                return ([c for c in fit if sex[(doc, c)][s] > sex[(doc, c)][other]] or
                        [c for c in fit if sex[c][s] > sex[c][other]] or fit), False
        return [], bool(cands)
    cands = local or cands
    if bound and len(cands) > 1:  # only chooses among people of that name; never makes a new one
        other = "m" if bound == "f" else "f"
        cands = [c for c in cands if sex[c][bound] > sex[c][other]] or \
            [c for c in cands if sex[c][bound] >= sex[c][other]] or cands
    return cands, False


def _pick(cands: list[int], placed: list[tuple[int, int, bool]], start: int, clusters: list[dict]) -> int:
    """Among several people a lone word fits: the one named last before it in the article as the subject of a
    clause within ``SUBJECT_REACH`` characters ("Former President Bill Clinton criticized ... for his wife
    Hillary Clinton. ... Clinton said" is Bill), else the one the article names most (full names anywhere in
    it, lone words before: "Hillary Clinton" three times, "daughter Chelsea Clinton" once, then "Clinton had
    told police" is Hillary), on a tie the one named last before it, else the one with most name forms in
    the story."""
    if len(cands) == 1:
        return cands[0]
    subjects = [(s, c) for s, c, subj in placed if c in cands and s < start and subj and start - s <= SUBJECT_REACH]
    if subjects:
        return max(subjects)[1]
    here = Counter(c for _, c, _ in placed if c in cands)
    last = {c: s for s, c, _ in sorted(placed) if c in cands and s < start}
    if here:
        return max(here, key=lambda c: (here[c], last.get(c, -1)))
    return max(cands, key=lambda c: len(clusters[c]["given"]))


def _trim_leading_organisations(rows: list[dict], full: set, surnames: set) -> None:
    """A person's or organisation's name that starts with an organisation of two or more words the story names,
    where a comma is missing ("the editorial board of the Washington Post Trump said"), is the person named
    after it, in place: the rest must be a surname or a full name of the story's people."""
    others = {k for k in (_org_key(m["text"]) for m in rows if m["label"] == "ORG") if len(k.split()) >= 2}
    for m in rows:
        if m["label"] not in ("PERSON", "ORG") or m["kind"] == "nominal":
            continue
        words = m["text"].split()
        for i in range(len(words) - 1, 0, -1):
            head, rest = " ".join(words[:i]), " ".join(words[i:])
            if i >= 2 and _org_key(head) in others and \
                    (fold(rest) in full or (len(words) - i == 1 and fold(rest) in surnames)):
                start = m["start"] + m["text"].index(rest, len(head))
                m.update(start=start, text=rest, label="PERSON")
                m.pop("as_person", None)
                break


def _named_for_an_organisation(rows: list[dict]) -> None:
    """A person's full name that starts an organisation's name of the story and is only ever used as a place
    ("Betty Ford Center ... checked into Betty Ford", "was in Betty Ford in 2010": every mention right after
    "into", "at", "in", "out of", "leaves", see ``_place_use``) is that organisation, in place: its
    mentions become ORG and join the organisation most often named so (``join_key``). One use as a person
    ("Ford said", "Ford, who set up the charity", "invoked Ford") keeps every mention a person."""
    longer = defaultdict(Counter)  # person name -> {organisation key: mentions}
    for m in rows:
        if m["label"] == "ORG":
            words = _org_key(m["text"]).split()
            if len(words) >= 3 and words[-1] in ORG_HEADS:
                for n in range(2, len(words)):
                    longer[" ".join(words[:n])][" ".join(words)] += 1
    if not longer:
        return
    people = defaultdict(list)
    for m in rows:
        if m["label"] == "PERSON" and m["kind"] == "name" and len(name_tokens(m["text"])) >= 2:
            people[fold(" ".join(name_tokens(m["text"])))].append(m)
    for name, ms in people.items():
        if name in longer and all(m.get("place_use") for m in ms):
            target = longer[name].most_common(1)[0][0]
            for m in ms:
                m.update(label="ORG", join_key=target)


def _cluster(rows: list[dict]) -> None:
    """Assign ``figure_id`` and ``name`` (and ``figure_label``) to every mention in place; mentions marked
    ``drop`` are removed from ``rows``."""
    clusters: list[dict] = []
    _consistent_labels(rows)
    rows[:] = [m for m in rows if not m.get("drop")]
    by_pos = _cluster_people([m for m in rows if m["label"] == "PERSON" and m["kind"] != "nominal"], clusters)
    for m in rows:
        if m["kind"] == "nominal":
            m["cid"] = by_pos.get(m["refers_to"])
    # organisations, places and nationalities
    keyed: dict[tuple, int] = {}  # (label, key) -> cid, in the order the figures were made
    orgs = [m for m in rows if m["label"] == "ORG"]
    _cluster_organisations(orgs, keyed, clusters)
    _join_acronyms_after(orgs, rows, keyed, clusters)
    _join_initialled_places(rows, clusters)
    _join_short_forms(rows, clusters)
    _join_bare_heads(rows, clusters)
    _cluster_places(rows, keyed, clusters)
    _join_name_blends(rows, clusters)
    ids = _figure_ids(rows, clusters)
    _names_as_written(rows, clusters)
    for m in rows:
        cid = m.get("cid")
        m["figure_id"] = ids.get(cid)
        m["name"] = clusters[cid]["name"] if cid is not None else None
        m["figure_label"] = clusters[cid]["label"] if cid is not None else None


#: A nickname blended from the first letters of a given name and a surname ("LiLo", "J.Lo", "A-Rod",
#: "K-Stew"): a short capitalised part, an optional dot or hyphen, a second capitalised part of 2-6 letters.
_BLEND = re.compile(r"([A-Z][a-z]{0,3})[.\-]?([A-Z][a-z]{1,5})")


def _join_name_blends(rows: list[dict], clusters: list[dict]) -> None:
    """A one-word name blended from the starts of a given name and a surname ("LiLo" for Lindsay Lohan, "A-Rod"
    for Alex Rodriguez) names the one person of the folder named in full whose given name and surname begin so,
    whatever label the model gave it (spaCy calls "LiLo" an organisation), in place.
    Limits: only blends of the two parts' first letters; a blend two people of the folder fit joins neither;
    "Brangelina" (two people) and "Bennifer" are not read."""
    full = [(cid, c["tokens"][0].casefold(), c["tokens"][-1].casefold()) for cid, c in enumerate(clusters)
            if c["label"] == "PERSON" and c.get("kind") == "full" and len(c["tokens"]) >= 2]
    for m in rows:
        got = _BLEND.fullmatch(m["text"]) if m["kind"] == "name" else None
        cid = m.get("cid")
        if not got or is_title(got[1]) or cid is None or clusters[cid].get("kind") == "full":
            continue  # "Dr.Lo": a title and a surname
        first, second = got[1].casefold(), got[2].casefold()
        fits = [c for c, given, surname in full if given.startswith(first) and surname.startswith(second)]
        if len(fits) == 1:
            m["cid"], m["label"] = fits[0], "PERSON"


def _new_figure(clusters: list[dict], label: str, name: str, key=None) -> int:
    """Adds a figure to ``clusters``; returns its index (``cid``)."""
    clusters.append({"label": label, "name": name, "key": key, "tokens": name_tokens(name) if label == "PERSON" else None})
    return len(clusters) - 1


def _keyed_figure(keyed: dict, clusters: list[dict], label: str, name: str) -> int:
    """The figure of a place or group by its folded name, made the first time (``keyed``: (label, key) -> cid)."""
    cid = keyed.get((label, fold(name)))
    if cid is None:
        cid = keyed[(label, fold(name))] = _new_figure(clusters, label, name, fold(name))
    return cid


def _cluster_organisations(orgs: list[dict], keyed: dict, clusters: list[dict]) -> None:
    """Organisation figures, in place (``cid``; ``keyed``: ("ORG", key) -> cid, see ``_org_key``).

    Longest name first; a mention sent to another name's figure (``join_key``) after every mention of that
    name. A mention joins the organisation with its key (or its ``join_key``), else the one whose initials
    it spells (``_acronym_of_named``), else the longer one its article named before it (``_short_form_of``),
    else makes one. Then ``_join_short_elsewhere``."""
    stands_for = defaultdict(set)  # a short name -> the longer organisations it stood for in an article
    org_words = defaultdict(list)  # doc_id -> [(mention, its name's words)]
    for m in orgs:
        org_words[m["doc_id"]].append((m, _org_key(m["text"]).split()))
    for m in sorted(orgs, key=lambda m: (m.get("join_key", _org_key(m["text"])) != _org_key(m["text"]), -len(m["text"]))):
        key = _org_key(m["text"])
        cid = keyed.get(("ORG", m.get("join_key") or key))
        if cid is None:
            cid = _acronym_of_named(m["text"], keyed)
        if cid is None:
            cid = _short_form_of(m, key, org_words[m["doc_id"]])
            if cid is not None:
                stands_for[key].add(cid)
        if cid is None:
            cid = keyed[("ORG", key)] = _new_figure(clusters, "ORG", strip_the(m["text"]), key)
        m["cid"] = cid
    _join_short_elsewhere(orgs, keyed, stands_for)


def _acronym_of_named(text: str, keyed: dict) -> int | None:
    """The organisation already named whose initials an acronym spells ("CFPB"; "of", "the", "and", "for"
    and "&" are skipped), the last such one in ``keyed``; None when none does, or when the text is no acronym
    (a capital, then one to nine capitals, full stops or "&": not "I.")."""
    letters = text.replace(".", "")
    if not re.fullmatch(r"[A-Z][A-Z.&]{1,9}", text) or len(letters) < 2:  # not "I."
        return None
    cid = None
    for (lab, k), c in keyed.items():
        initials = "".join(w[0] for w in k.split() if w not in ("of", "the", "and", "for", "&"))
        if lab == "ORG" and initials.upper() == letters:
            cid = c
    return cid


def _join_acronyms_after(orgs: list[dict], rows: list[dict], keyed: dict, clusters: list[dict]) -> None:
    """An acronym in brackets right after an organisation, "(CFPB)", is the same figure, in place (every mention
    of it and ``keyed``); two names in a list, "Sony Pictures Television, WikiLeaks", stay apart
    (``_acronym_shaped``), and so do two names side by side, "CBS Sports NFL Insider" (no bracket)."""
    for a, b in zip(orgs, orgs[1:]):
        if a["doc_id"] == b["doc_id"] and 0 <= b["start"] - a["end"] <= 2 and clusters[a["cid"]] is not clusters[b["cid"]] \
                and b.get("before", "").rstrip().endswith("(") and _acronym_shaped(b["text"]):
            old, keep = b["cid"], a["cid"]
            for m in rows:
                if m.get("cid") == old:
                    m["cid"] = keep
            for k, v in list(keyed.items()):
                if v == old:
                    keyed[k] = keep


def _cluster_places(rows: list[dict], keyed: dict, clusters: list[dict]) -> None:
    """Place and group figures, in place (``cid``): a place by the gazetteer's canonical name (US -> United
    States), else its text without "the"; a capital stands for its country (kind ``capital``) unless read as
    a city ("in Paris", ``as_city``); a nationality ("South Korean") is a mention of its country (kind
    ``demonym``); another group is one figure per folded text."""
    for m in rows:
        if m["label"] == "PLACE":
            hit = place_of(m["text"])
            if hit and hit[1] == "capital" and m.get("as_city"):
                hit = None  # "in Paris": the city
            canon = hit[0] if hit else strip_the(m["text"])
            if hit and hit[1] == "capital":
                m["kind"] = "capital"
            m["cid"] = _keyed_figure(keyed, clusters, "PLACE", canon)
        elif m["label"] == "NORP":
            country = country_of_demonym(m["text"])
            if country:
                m["kind"] = "demonym"
                m["cid"] = _keyed_figure(keyed, clusters, "PLACE", country)
            else:
                m["cid"] = _keyed_figure(keyed, clusters, "NORP", m["text"])


def _figure_ids(rows: list[dict], clusters: list[dict]) -> dict[int, str]:
    """Stable figure ids, cid -> "P01" (people), "O01" (organisations), "L01" (places), "N01" (groups): by
    label, then first appearance (article, then position). Two digits at least; more past 99."""
    order = {}
    for m in sorted(rows, key=lambda m: (m["doc_id"], m["start"])):
        if m.get("cid") is not None and m["cid"] not in order:
            order[m["cid"]] = len(order)
    prefix = {"PERSON": "P", "ORG": "O", "PLACE": "L", "NORP": "N"}
    counters: dict[str, int] = {}
    ids = {}
    for cid in sorted(order, key=lambda c: (list(prefix).index(clusters[c]["label"]), order[c])):
        lab = clusters[cid]["label"]
        counters[lab] = counters.get(lab, 0) + 1
        ids[cid] = f"{prefix[lab]}{counters[lab]:02d}"
    return ids


def _names_as_written(rows: list[dict], clusters: list[dict]) -> None:
    """A figure named in capitals (a dateline's "DORVALE") is named as the story writes it elsewhere
    ("Dorvale"), in place; names of four letters or fewer ("NATO") stay as they are."""
    for m in rows:  # a name in capitals (a dateline's "DORVALE") is shown as the story writes it elsewhere
        c = clusters[m["cid"]] if m.get("cid") is not None else None
        if c and c["name"].isupper() and len(c["name"]) > 4 and not m["text"].isupper() \
                and fold(strip_the(m["text"])) == fold(c["name"]):
            c["name"] = strip_the(m["text"])


_LEGAL_FORM = re.compile(r",?\s+(?:ltd|limited|inc|incorporated|plc|llc|llp|corp|co|gmbh|ag|sa|nv|bv)\.?$", re.I)


#: British spellings of organisation heads, matched as the American ones ("Centre" and "Center").
_SPELLING = {"centre": "center", "theatre": "theater", "programme": "program", "organisation": "organization"}


#: Short forms of words in organisations' names, matched as the words ("Wexbury FC", "Wexbury Football Club").
_SHORT_WORDS = {"fc": "football club", "univ": "university", "dept": "department", "assn": "association",
                "natl": "national", "intl": "international"}


def _org_key(name: str) -> str:
    """How an organisation's name is matched: folded, without "the", its legal form, full stops, British
    spellings and short forms of common words ("Marrowby Ltd" and "Marrowby", "Brennick Foods Inc." and
    "Brennick Foods", "L. A Superior Court" and "L.A. Superior Court", "Ford Centre" and "Ford Center",
    "Wexbury FC" and "Wexbury Football Club" are one)."""
    key = strip_the(fold(_LEGAL_FORM.sub("", name.strip())))
    key = re.sub(r"\.\s*", " ", key).replace("’", "'")
    key = re.sub(r"\b(\w) (?=\w\b)", r"\1", key)  # "u s bank", "l a superior court": initials as one word
    return " ".join(_SPELLING.get(w, _SHORT_WORDS.get(w, w)) for w in key.split())


def _acronym_shaped(short: str) -> bool:
    """A name that can be an acronym put after an organisation's name: two to ten capitals ("CFPB",
    "N.Y.U."; "WikiLeaks" after "Sony Pictures Television" is another name in a list). Its letters need not
    be the name's initials: an agency is often known by the acronym of its name in its own language."""
    return bool(re.fullmatch(r"[A-Z]{2,10}", short.replace(".", "").replace("&", "")))


def _short_form_of(m: dict, key: str, same_doc: list[tuple[dict, list[str]]]) -> int | None:
    """The organisation a shorter name stands for: the same article named earlier an organisation whose
    name starts with these words ("Granite Coal ... Granite", "the Central Valley Fire Department ... Central
    Valley"). Limits: a name that is also the start of another organisation's ("Harvard" after "Harvard
    Medical School") joins that one."""
    words = key.split()
    if not words:
        return None
    for o, longer in same_doc:
        if o["start"] < m["start"] and o.get("cid") is not None and len(longer) > len(words) \
                and longer[:len(words)] == words:
            return o["cid"]
    return None


def _join_short_elsewhere(orgs: list[dict], keyed: dict, stands_for: dict) -> None:
    """A short name that an article used for a longer organisation named before it ("Southampton FC ... the
    Southampton manager") is that organisation in the other articles of the story too, where it stands alone
    ("The Southampton manager faces four charges"), in place. Only when it stood for one organisation in
    the story: "Harvard" used for "Harvard Medical School" in one article and for "Harvard University" in
    another stays as each article reads it, and a bare "Harvard" elsewhere stays apart.
    Limits: an article that means something else by the short name (the club's town, read as an organisation)
    joins it too."""
    for m in orgs:
        key = _org_key(m["text"])
        own = keyed.get(("ORG", key))
        if own is not None and m["cid"] == own and len(stands_for.get(key, ())) == 1:
            m["cid"] = next(iter(stands_for[key]))


def _join_short_forms(rows: list[dict], clusters: list[dict]) -> None:
    """Across articles, a truncated organisation name is the one organisation of the story whose name it
    starts: "Central Valley" in one article, "Central Valley Fire Department" in another. Truncated: two or
    more words, the last no organisation head ("Congressional Caucus" is a name of its own, not a short
    "Congressional Caucus Foundation"); the longer name ends in one ("Department").

    Limits: a single word never joins across articles ("Apple" may be the company or "Apple Music"), nor
    does a known place ("New York" beside "New York Times"), nor a start shared by two longer names
    ("Harvard Medical" with "Harvard Medical School" and "Harvard Medical Center"), nor two names one
    article holds both of ("Goldman Sachs" and "Goldman Sachs Foundation")."""
    keys, docs = _org_keys(rows, clusters), defaultdict(set)
    for m in rows:
        if m["label"] == "ORG" and m.get("cid") in keys:
            docs[m["cid"]].add(m["doc_id"])
    heads = ORG_HEADS | MEDIA_NOUNS
    move = {}
    for cid, words in keys.items():
        if len(words) < 2 or words[-1] in heads or place_of(" ".join(words)):
            continue
        longer = [c for c, w in keys.items() if len(w) > len(words) and w[:len(words)] == words]
        if len(longer) == 1 and keys[longer[0]][-1] in ORG_HEADS and not docs[cid] & docs[longer[0]]:
            move[cid] = longer[0]  # (an article that names both tells them apart: "Goldman Sachs" and its foundation)
    _move(rows, move)


def _org_keys(rows: list[dict], clusters: list[dict]) -> dict[int, list[str]]:
    """The words of the key of every organisation cluster the mentions ``rows`` fall in."""
    return {m["cid"]: clusters[m["cid"]]["key"].split() for m in rows
            if m["label"] == "ORG" and m.get("cid") is not None and clusters[m["cid"]]["key"]}


def _move(rows: list[dict], move: dict[int, int]) -> None:
    """Put the mentions of each cluster of ``move`` in the cluster it maps to, in place."""
    for m in rows:
        if m.get("cid") in move:
            m["cid"] = move[m["cid"]]


def _join_initialled_places(rows: list[dict], clusters: list[dict]) -> None:
    """An organisation named with its place in initials is the one named with the place written out, when
    the rest of the name is the same and one such organisation is in the story: "L.A. Superior Court" and
    "Los Angeles Superior Court", "N.Y. Police Department" and "New York Police Department", in place.
    Initials: two or three capitals, with or without full stops ("LA", "L. A."); the rest of the name two
    words or more, or one organisation head ("Court", "Council"). Limits: a place whose initials are also
    a word ("LA" as Louisiana) joins the one written out in the story."""
    keys = _org_keys(rows, clusters)
    move = {}
    for cid, words in keys.items():
        name = clusters[cid]["name"]
        if len(words) < 2 or not re.match(r"(?:[A-Z]\.\s*){2,3}(?=\s|[A-Z][a-z])|[A-Z]{2,3}\s", name):
            continue
        initials, rest = words[0], words[1:]
        if len(rest) < 2 and rest[-1] not in ORG_HEADS:
            continue
        longer = [c for c, w in keys.items() if c != cid and len(w) == len(initials) + len(rest)
                  and w[len(initials):] == rest and "".join(x[0] for x in w[:len(initials)]) == initials]
        if len(longer) == 1:
            move[cid] = longer[0]
    _move(rows, move)


#: Last words of organisation names that also stand alone for the organisation ("the Church said").
_BARE_HEADS = {"church", "chapel", "cathedral", "mosque", "temple", "synagogue", "society", "trust", "clinic",
               "hospital", "center", "school", "college", "university", "academy", "museum", "library",
               "foundation", "institute", "company", "corporation", "club", "association", "federation", "league"}


def _join_bare_heads(rows: list[dict], clusters: list[dict]) -> None:
    """A bare organisation head ("Church officials said", "the Court ruled") is the one organisation of its
    article whose name ends in that word ("Wasilla Bible Church"), in place; so is a longer ending of such a
    name after it ("Bible Church" after "Wasilla Bible Church"). Only for institutions (``_BARE_HEADS``:
    churches, clinics, schools, companies, clubs, ...), never bodies of a state: "the Army", "the Government",
    "the Senate", "the Court" after "Free Syrian Army", "Welsh Government", "Texas Senate" often mean another
    one. With none or several such names it stays as it is. Limits: "the Hospital" after "Royal Hospital"
    joins it even when the article means another hospital."""
    for single in (False, True):  # longer endings first, so that "Church" finds one church, not two
        ends = defaultdict(list)  # (doc_id, last word) -> (cluster, its words, start) of longer names
        for m in rows:
            if m["label"] == "ORG" and m.get("cid") is not None:
                words = _org_key(m["text"]).split()
                if len(words) >= 2 and words[-1] in _BARE_HEADS:
                    ends[(m["doc_id"], words[-1])].append((m["cid"], words, m["start"]))
        for m in rows:
            words = _org_key(m["text"]).split() if m["label"] == "ORG" and m.get("cid") is not None else []
            if not words or words[-1] not in _BARE_HEADS or (len(words) == 1) != single:
                continue
            found = {c for c, longer, s in ends.get((m["doc_id"], words[-1]), ())
                     if len(longer) > len(words) and longer[-len(words):] == words and (single or s < m["start"])}
            if len(found) == 1:
                m["cid"] = next(iter(found))


def _story_case(corpus, docs) -> tuple[Counter, Counter]:
    """How the whole story writes each word (lower case / capitalised inside sentences), summed over articles."""
    lower, capital = Counter(), Counter()
    for lo, up in per_article(corpus, "case", lambda d: case_counts(docs[d])).values():
        lower.update(lo)
        capital.update(up)
    return lower, capital


def _analyse(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    def compute():
        docs = parsed_docs(corpus)
        bylines = dict(zip(corpus.articles["doc_id"], corpus.articles["byline"]))
        rows, roles = [], []

        lower, capital = _story_case(corpus, docs)

        def one(doc_id):
            doc = docs[doc_id]
            r, ro = _doc_mentions(doc_id, doc, bylines.get(doc_id), lower, capital)
            return r + _resolve_nominals(doc_id, doc.text, r, ro), ro

        for r, ro in per_article(corpus, "names", one).values():
            rows += r
            roles += ro
        _titles_as_references(rows, roles)
        _cluster(rows)
        ment = pd.DataFrame(rows)
        if ment.empty:
            ment = pd.DataFrame(columns=MENTION_COLUMNS + ["figure_label"])
        ment = ment.sort_values(["doc_id", "start"]).reset_index(drop=True)
        fig_at = {(m.doc_id, m.start): (m.figure_id, m.name) for m in ment.itertuples()}
        ro = pd.DataFrame(roles, columns=["doc_id", "start", "end", "role", "is_title"])
        ro["is_title"] = ro["is_title"].eq(True)
        ro["figure_id"] = [fig_at.get((d, s), (None, None))[0] for d, s in zip(ro["doc_id"], ro["start"])]
        ro["name"] = [fig_at.get((d, s), (None, None))[1] for d, s in zip(ro["doc_id"], ro["start"])]
        return ment, ro.drop_duplicates(["doc_id", "figure_id", "role"]).reset_index(drop=True)
    return corpus.cached("figures", compute)


def mentions(corpus) -> pd.DataFrame:
    """Every mention: doc_id, start, end, text, label (of the mention), kind (name, title+name, nominal,
    capital, demonym), figure_id, name (the figure's name, see figures()), figure_label."""
    m = _analyse(corpus)[0]
    return m[MENTION_COLUMNS + ["figure_label"]].copy()


def roles(corpus) -> pd.DataFrame:
    """Each role or title read next to a person: doc_id, start, end (of the mention), role, is_title,
    figure_id, name."""
    return _analyse(corpus)[1].copy()


def figures(corpus) -> pd.DataFrame:
    """One row per figure: figure_id, name, label, aliases, roles, n_mentions, then one mention-count
    column per article (named by doc_id)."""
    return corpus.cached("figure_table", lambda: _figure_table(corpus)).copy()


def _figure_table(corpus) -> pd.DataFrame:
    m, ro = _analyse(corpus)
    if m.empty:
        return pd.DataFrame(columns=["figure_id", "name", "label", "aliases", "roles", "n_mentions"] + corpus.doc_ids)
    roles_of = {fid: g for fid, g in ro.groupby("figure_id")}
    no_roles = ro.iloc[:0]
    rows = []
    for fid, g in m.groupby("figure_id", sort=True):
        fr = roles_of.get(fid, no_roles)
        r, titles = fr[~fr["is_title"]], fr[fr["is_title"]]["role"]
        role_list = list(dict.fromkeys(list(r["role"]) + [t for t in titles if not any(t in x.lower() for x in r["role"])]))
        first: dict[str, str] = {}
        for x in role_list:  # one per spelling, the first written, in order
            first.setdefault(x.lower(), x)
        role_list = list(first.values())
        row = {"figure_id": fid, "name": g["name"].iloc[0], "label": g["figure_label"].iloc[0],
               "aliases": "; ".join(dict.fromkeys(g["text"])), "roles": "; ".join(role_list), "n_mentions": len(g)}
        per_doc = g["doc_id"].value_counts()
        for d in corpus.doc_ids:
            row[d] = int(per_doc.get(d, 0))
        rows.append(row)
    out = pd.DataFrame(rows)
    order = {"PERSON": 0, "ORG": 1, "PLACE": 2, "NORP": 3}
    return out.sort_values(["label", "n_mentions"], key=lambda s: s.map(order) if s.name == "label" else -s,
                           kind="stable").reset_index(drop=True)




def _possessive_at(text: str, e: int) -> bool:
    """Whether a name ending at ``e`` is in the possessive: "Smith's", or a name in -s with the apostrophe alone
    ("Williams' attorneys", "Sanders’ advisers"), the apostrophe after the name's span or inside it."""
    if re.match(r"['’]s\b", text[e:e + 2]):
        return True
    if e >= 1 and text[e - 1] in "sSzZ" and re.match(r"['’](?!\w)", text[e:e + 2]):
        return True
    return e >= 2 and text[e - 1] in "'’" and text[e - 2] in "sSzZ"


def _speaker_figure(r, m: pd.DataFrame, ment: pd.DataFrame, written: pd.Series) -> str | None:
    """The person a speaker's name names: in the quote's own article, the last such person named before the
    quote (else the first after), not one titled as the other sex than a pronoun speaker ("he said" is no
    "Mrs Roe"); failing that, a person of the story whose full name it is, when only one is. Never a person
    of another article by a surname alone ("Clinton" in one article is not the Chelsea
    Clinton of another), never an organisation or a place."""
    people = m[m["figure_label"] == "PERSON"].sort_values("start")
    pronoun = str(r.speaker_text).strip().lower() if isinstance(r.speaker_text, str) else ""
    other = {"he": "f", "him": "f", "his": "f", "she": "m", "her": "m"}.get(pronoun)
    if other:  # "he said" is no "Mrs Roe" of that surname
        people = people.loc[[_courtesy_sex(t) != other for t in people["text"]]]
    cand = people[(people["name"] == r.speaker) | (written.loc[people.index] == r.speaker)]
    if len(cand):
        before = cand[cand["start"] < r.start]
        return (before.iloc[-1] if len(before) else cand.iloc[0])["figure_id"]
    full = ment[(ment["figure_label"] == "PERSON") & (ment["name"] == r.speaker)]["figure_id"].unique()
    return full[0] if len(full) == 1 else None


def quotes(corpus) -> pd.DataFrame:
    """Quotes of every article with ``doc_id`` and the speaker's ``figure_id`` (from ``figures.mentions``)."""
    def compute():
        docs = parsed_docs(corpus)
        ment = mentions(corpus)
        names = dict(zip(ment["figure_id"], ment["name"]))
        written = ment["text"].map(lambda t: " ".join(name_tokens(t)))  # each mention's name, titles removed
        out = []
        for doc_id, q in per_article(corpus, "quotes", lambda d: quotes_from_doc(docs[d])).items():
            q.insert(0, "doc_id", doc_id)
            m = ment[ment["doc_id"] == doc_id]
            fids = []
            for r in q.itertuples():
                fid = None
                if pd.notna(r.speaker_start):
                    hit = m[(m["start"] < r.speaker_end) & (m["end"] > r.speaker_start) & (m["figure_label"] == "PERSON")]
                    if len(hit):  # "Gray's lawyer Ann Roe": the name the quote module read, else the last one
                        same = hit[written.loc[hit.index] == r.speaker] if isinstance(r.speaker, str) else hit.iloc[:0]
                        text = corpus.text(doc_id)
                        owners = hit.loc[[_possessive_at(text, int(e)) for e in hit["end"]]]
                        # a lone surname the quote module completed ("wrote Mr Prankerd" read as the son named in
                        # full): the person the people table gives that very mention, so both pages agree
                        lone = hit.loc[[len(w.split()) == 1 and isinstance(r.speaker, str)
                                        and r.speaker.split()[-1:] == w.split()
                                        for w in written.loc[hit.index]]].drop(owners.index, errors="ignore")
                        if len(same):
                            fid = same.iloc[-1]["figure_id"]
                        elif len(lone):
                            fid = lone.iloc[-1]["figure_id"]
                        elif isinstance(r.speaker, str) and (named := _speaker_figure(r, m, ment, written)):
                            fid = named  # "Mrs Roe's daughter, Ann Gee, said": Ann Gee, named after the phrase
                        elif len(hit) > len(owners):  # never the possessor ("Mrs Roe's daughter")
                            fid = hit.drop(owners.index).sort_values("start").iloc[-1]["figure_id"]
                    elif isinstance(r.speaker, str):  # a name the quote module read elsewhere (a pronoun's person)
                        fid = _speaker_figure(r, m, ment, written)
                fids.append(fid)
            q["figure_id"] = fids
            # from the list, not the column: pandas turns a None there into NaN, which is true; a speaker with
            # no figure keeps the name as read ("Wallace", a transcript's label), never a pronoun ("they")
            q["speaker_name"] = [names.get(f) if f else (s if isinstance(s, str) and s[:1].isupper() else None)
                                 for f, s in zip(fids, q["speaker"])]
            out.append(q)
        return pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=["doc_id"] + QUOTE_COLUMNS)
    return corpus.cached("quotes", compute).copy()
