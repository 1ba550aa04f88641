"""Word lists that more than one text module reads (numbers, time expressions).

Limits: English only; general words, never names from any corpus.
"""

#: Nouns after which a number names something rather than counting or dating it ("version 10.4", "Chapter 11",
#: "Terminal 3", "section 2013", "Room 1999").
IDENT_NOUNS = frozenset({
    "version", "model", "number", "no", "no.", "flight", "route", "chapter", "terminal", "article", "section", "gate",
    "room", "platform", "highway", "interstate", "channel", "line", "level", "phase", "series", "type", "class",
    "grade", "page", "exit", "pier", "ward", "district", "precinct", "apollo"})
