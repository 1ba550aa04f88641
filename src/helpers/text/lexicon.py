"""Word lists that more than one text module reads (numbers, time expressions).

Limits: English only; general words, never names from any corpus.
"""

#: Nouns after which a number names something rather than counting or dating it ("version 10.4", "Chapter 11",
#: "Terminal 3", "section 2013", "Room 1999").
IDENT_NOUNS = frozenset({
    "version", "model", "number", "no", "no.", "flight", "route", "chapter", "terminal", "article", "section", "gate",
    "room", "platform", "highway", "interstate", "channel", "line", "level", "phase", "series", "type", "class",
    "grade", "page", "exit", "pier", "ward", "district", "precinct", "apollo"})

#: Plural nouns without a plural -s ("2000 people", "1,500 police", "300 sheep").
PLURAL_WORDS = frozenset({
    "people", "police", "staff", "personnel", "children", "men", "women", "cattle", "sheep", "fish", "aircraft", "feet",
    "teeth", "mice", "geese", "data", "media", "crew", "troops", "military", "youth", "livestock", "clergy",
    "offspring", "deer", "infantry"})
