"""Time expressions on ECB+ (topics 1-25): are the times a story's events happen at found? Both halves.

ECB+ marks the times of the events each story is about (TIME_DATE, TIME_OF_THE_DAY, TIME_DURATION,
TIME_REPETITION) in the sentences listed in ``ECBplus_coreference_sentences.csv``. It gives no normalised
values, so this checks detection only, on web news of 2005-2013 (the ``ecbplus`` files) and older wire
copy (the ``ecb`` files), beside TimeBank + AQUAINT and MEANTIME in ``accuracy_split.py``:

- relaxed recall: a gold mention that one of our time expressions overlaps, per ECB+ type and for the
  three TimeML-like types together (REPETITION also marks "again", "second" and "annual", which TimeML
  does not tag as times, so it is reported apart);
- precision proxy: of our expressions in the scored sentences, the share overlapping a gold mention.
  ECB+ leaves times outside the story's events unmarked, so this is a lower bound;
- type agreement: of the overlaps, the share where our type is the one TimeML gives that ECB+ type
  (TIME_DATE -> DATE, TIME_OF_THE_DAY -> TIME, DURATION, REPETITION -> SET). ECB+ files "on Saturday"
  under TIME_OF_THE_DAY at times, so this is rough.

Text: ECB+ gives tokens only. They are joined with the spacing news copy has ("1:30 a.m.", "90-day",
"Jones's", "(AP)"), one sentence per line; the reference date is the article's date line when it has one
(``cleaning.date_line`` on its first lines, as the loader reads a user's file), else none. Halves: by topic, as ``entities_ecb.half``. Baseline:
spaCy DATE/TIME entities on the same text.

Run: ``python benchmarks/timex_ecb.py [--errors FILE]`` (errors of the tune half only).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entities_ecb import ERR_HALF, HALVES, files, half, read  # noqa: E402

TYPES = {"TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME", "TIME_DURATION": "DURATION", "TIME_REPETITION": "SET"}
TIMEML_LIKE = ("TIME_DATE", "TIME_OF_THE_DAY", "TIME_DURATION")
_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "%", ")", "]", "'s", "’s", "n't", "'", "”", "''"}
_NO_SPACE_AFTER = {"(", "[", "$", "“", "``", "£", "#"}


def _glue(prev2: str, prev: str, tok: str, nxt: str) -> bool:
    """Whether ``tok`` is written against ``prev`` in news copy (no space between)."""
    if prev in _NO_SPACE_AFTER or tok in _NO_SPACE_BEFORE and not (tok == ":" and not prev[-1:].isdigit()):
        return True
    if prev == ":" and prev2[-1:].isdigit() and tok[:1].isdigit():
        return True  # 1 : 30 -> 1:30
    if prev == "." and len(prev2) == 1 and prev2.isalpha() and len(tok) == 1 and tok.isalpha():
        return True  # a . m -> a.m
    if tok == "-" and prev[-1:].isalnum() and (nxt[:1].islower() or nxt[:1].isdigit()):
        return True  # 90 - day -> 90-day
    return prev == "-" and prev2[-1:].isalnum() and (tok[:1].islower() or tok[:1].isdigit())


def docs():
    """(topic, doc name, text, gold [(start, end, ECB+ type)], scored sentence spans)."""
    for topic, key, f, sents in files():
        text, offs, sent_of, spans, root = read(f, _glue)
        gold = set()
        for m in root.find("Markables"):
            ids = [a.get("t_id") for a in m.findall("token_anchor")]
            if m.tag in TYPES and ids and sent_of[ids[0]] in sents:
                gold.add((offs[ids[0]][0], offs[ids[-1]][1], m.tag))
        yield topic, key, text, sorted(gold), [spans[i] for i in sorted(sents) if i < len(spans)]


def main(errors_path: str | None = None, baseline: bool = True) -> None:
    from helpers.text.timex import extract_timexes

    nlp = None
    if baseline:
        from helpers.text import pipeline
        nlp = pipeline.load()
    c, errors, n_docs = Counter(), [], Counter()
    for topic, key, text, gold, scored in docs():
        h = half(topic)
        n_docs[h] += 1
        inside = lambda s, e: any(a <= s and e <= b for a, b in scored)
        df = extract_timexes(text, _reference(text))
        systems = {"ours": [(r.start, r.end, r.type, r.value) for r in df.itertuples()]}
        if nlp is not None:
            systems["spaCy"] = [(e.start_char, e.end_char, e.label_, "") for e in nlp(text).ents
                                if e.label_ in ("DATE", "TIME")]
        for system, pred in systems.items():
            pred = [p for p in pred if inside(p[0], p[1])]
            for g in gold:
                over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
                c[(system, h, g[2], "gold")] += 1
                c[(system, h, g[2], "found")] += bool(over)
                c[(system, h, g[2], "type_ok")] += any(p[2] == TYPES[g[2]] for p in over)
                if system == "ours" and h == ERR_HALF and g[2] in TIMEML_LIKE and not any(
                        p[2] == TYPES[g[2]] for p in over):
                    what = f"TYPE  {g[2]:<16} {key} ours {[(p[2], p[3]) for p in over]}" if over else \
                        f"MISS  {g[2]:<16} {key}"
                    errors.append(f"{what}: {_ctx(text, g[0], g[1])}")
            for p in pred:
                hit = any(p[0] < g[1] and g[0] < p[1] for g in gold)
                c[(system, h, "pred")] += 1
                c[(system, h, "pred_hit")] += hit
                if system == "ours" and h == ERR_HALF and not hit:
                    errors.append(f"EXTRA {p[2]:<16} {key} {p[3]!r}: {_ctx(text, p[0], p[1])}")
    print(f"ECB+ topics 1-25, time mentions in the scored sentences ({n_docs['tune']} tune / "
          f"{n_docs['check']} check docs); detection only, ECB+ gives no values")
    for system in [s for s in ("ours", "spaCy") if s == "ours" or baseline]:
        for h in HALVES:
            k = lambda t, w: c[(system, h, t, w)]
            gold = sum(k(t, "gold") for t in TIMEML_LIKE)
            found = sum(k(t, "found") for t in TIMEML_LIKE)
            types = " ".join(f"{t[5:]} {k(t, 'found')}/{k(t, 'gold')}" for t in TYPES)
            name = "helpers timex" if system == "ours" else "baseline, spaCy DATE/TIME"
            line = (f"  {name:<26} {h:<5} gold {gold:>4} | relaxed R {found / max(gold, 1):.3f} | precision "
                    f"(lower bound) {c[(system, h, 'pred_hit')] / max(c[(system, h, 'pred')], 1):.3f}")
            if system == "ours":
                typed = sum(k(t, "type_ok") for t in TIMEML_LIKE)
                line += f" | type agreement {typed / max(found, 1):.3f}"
            print(line + f" | found per ECB+ type: {types}")
    if errors_path:
        Path(errors_path).write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")


def _reference(text: str):
    """The date of a date line among the first lines ("September 10, 2012 4:15 PM"), else None."""
    from helpers.text.cleaning import date_line

    return next((d for line in text.split("\n")[:6] if (d := date_line(line))), None)


def _ctx(text: str, s: int, e: int, w: int = 60) -> str:
    return (text[max(0, s - w):s] + "[[" + text[s:e] + "]]" + text[e:e + w]).replace("\n", " | ")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[args.index("--errors") + 1] if "--errors" in args else None, baseline="--no-baseline" not in args)
