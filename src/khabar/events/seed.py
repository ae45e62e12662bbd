"""List the CAMEO verbs of UniversalPetrarch's Arabic dictionary that map to khabar subtypes.

A development tool, not used at run time: ``python -m khabar.events.seed`` reads
``data_dir()/events/upetrarch-arabic/CAMEO.ar.0.5.txt`` (MIT) and prints, for every verb line
whose CAMEO code (its own, else its group's) falls under :data:`CAMEO_TO_SUBTYPE`, the verb,
the code and the khabar subtype. The hand-reviewed survivors are the ``cameo:CODE`` rows of
``khabar/data/events/triggers.tsv``: most candidates are synonyms the dictionary inherits
from their group with the wrong code (خطف under 141), so nothing is imported unreviewed.
"""

from __future__ import annotations

import re
import sys

from ..options import data_dir

__all__ = ["CAMEO_TO_SUBTYPE", "FAMILIES", "candidates", "coverage"]

#: CAMEO code prefix -> khabar subtype (longest prefix wins). PLOVER: 14x PROTEST, 18x-20x
#: ASSAULT/COERCE, 173 ARREST, 05x AGREE, 138 THREATEN.
CAMEO_TO_SUBTYPE: dict[str, str] = {
    "14": "peaceful_protest", "145": "violent_demonstration",
    "18": "attack", "181": "abduction_forced_disappearance", "1822": "attack", "183": "suicide_bomb",
    "19": "armed_clash", "193": "attack", "194": "shelling_artillery_missile_attack",
    "195": "air_drone_strike", "20": "attack",
    "1721": "arrests", "173": "arrests", "057": "agreement", "138": "threat",
}

_GROUP = re.compile(r"^--- (.+?) \[(.+?)\] ---")
_VERB = re.compile(r"^(\S.*?)\s*(?:\[(\S+)\])?$")


def subtype_of(code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in CAMEO_TO_SUBTYPE:
            return CAMEO_TO_SUBTYPE[code[:n]]
    return None


def candidates(text: str) -> list[tuple[str, str, str]]:
    """``(verb, code, subtype)`` for the verb lines of a CAMEO dictionary."""
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    group_code = "---"
    out: list[tuple[str, str, str]] = []
    for line in lines[start + 1:]:
        m = _GROUP.match(line)
        if m:
            group_code = m.group(2)
            continue
        body = line.split("#")[0].strip()
        if not body or body.startswith("-"):
            continue
        v = _VERB.match(body)
        if v is None:
            continue
        code = v.group(2) or group_code
        sub = subtype_of(code) if code != "---" else None
        if sub:
            out.append((v.group(1), code, sub))
    return out


_PATTERN = re.compile(r"^-\s*(.*?)\s*\[(\d+)\]")
_PATTERN_NOISE = re.compile(r"[*&(){}+]|[A-Z_]+")


def pattern_objects(text: str) -> tuple[int, int, dict[str, set[str]]]:
    """The words of the verb patterns (``- * غارة [190] # verbs``) whose CAMEO code maps to a
    khabar subtype: ``(pattern lines, mapped lines, {folded word: {subtype}})``. Most words are
    the context of the pattern (places, weapons, victims), a few are event nouns (هجمة، قصف،
    مداهمة، غارة) that the lexicon must know."""
    from ..normalize import fold

    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    total = mapped = 0
    words: dict[str, set[str]] = {}
    for line in lines[start + 1:]:
        m = _PATTERN.match(line)
        if m is None:
            continue
        total += 1
        sub = subtype_of(m.group(2))
        if sub is None:
            continue
        mapped += 1
        for w in _PATTERN_NOISE.sub(" ", m.group(1)).split():
            if len(fold(w)) >= 3:
                words.setdefault(fold(w), set()).add(sub)
    return total, mapped, words


#: CAMEO code families of the issue's gold categories (PLOVER PROTEST and ASSAULT).
FAMILIES: dict[str, str] = {"14": "protest", "18": "assault", "19": "fight", "20": "mass violence"}


def coverage(text: str) -> dict[str, dict[str, int]]:
    """Per CAMEO family (:data:`FAMILIES`), how much of the dictionary the lexicon covers:
    pattern lines, their distinct words (``pattern_words``) and how many of those a lexicon entry
    reads (``words_known``), and the verb lines (own or group code) with the lexicon's verbs among
    them (``verbs``, ``verbs_known``). Counts only: the words are mostly the patterns' context
    (places, victims, vehicles) and the verbs mostly synonyms under a wrong group code."""
    from ..normalize import fold
    from .lexicon import lexicon
    from .triggers import token_stems

    lex = lexicon()

    def known(w: str) -> bool:
        return any(st in lex.nouns or st in lex.verbs for st in token_stems(w))

    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    out = {name: {"pattern_lines": 0, "pattern_words": 0, "words_known": 0, "verbs": 0, "verbs_known": 0}
           for name in FAMILIES.values()}
    words: dict[str, set[str]] = {name: set() for name in FAMILIES.values()}
    for line in lines[start + 1:]:
        m = None if _GROUP.match(line) else _PATTERN.match(line)  # (a group header is no pattern)
        if m and m.group(2)[:2] in FAMILIES:
            fam = FAMILIES[m.group(2)[:2]]
            out[fam]["pattern_lines"] += 1
            words[fam].update(fold(w) for w in _PATTERN_NOISE.sub(" ", m.group(1)).split() if len(fold(w)) >= 3)
    for fam, ws in words.items():
        out[fam]["pattern_words"] = len(ws)
        out[fam]["words_known"] = sum(known(w) for w in ws)
    verbs: dict[str, set[str]] = {name: set() for name in FAMILIES.values()}
    for verb, code, _ in candidates(text):
        if code[:2] in FAMILIES:
            verbs[FAMILIES[code[:2]]].add(fold(verb.split("+")[0]))
    for fam, vs in verbs.items():
        out[fam]["verbs"] = len(vs)
        out[fam]["verbs_known"] = sum(known(v) for v in vs)
    return out


def main() -> None:
    """``python -m khabar.events.seed [--patterns | --generated | --coverage]``: the verb
    candidates (default), the words of the mapped verb patterns marked ``+`` when the lexicon
    knows them, the forms :mod:`khabar.events.morphology` generates from ``triggers.tsv``, or the
    lexicon's coverage of the protest and assault families (:func:`coverage`)."""
    path = data_dir() / "events" / "upetrarch-arabic" / "CAMEO.ar.0.5.txt"
    if "--generated" in sys.argv:
        from .lexicon import lexicon

        lex = lexicon()
        for table in (lex.nouns, lex.phrase_nouns):
            for entries in table.values():
                for e in entries:
                    if e.origin.startswith("morph:"):
                        sys.stdout.write(f"{e.form}\t{e.subtype}\t{'s' if e.strong else 'w'}\t{e.origin}\n")
        # the past paradigm of exact rows (eleventh pass): the generated surface form, then its row's form
        for form, verbs in sorted(lex.verbs.items()):
            for e, _ in verbs:
                if e.origin.startswith("morph:past:"):
                    sys.stdout.write(f"{' '.join((form, *e.words[1:]))}\t{e.subtype}\t{'s' if e.strong else 'w'}\t{e.origin}\n")
        return
    if "--coverage" in sys.argv:
        for fam, counts in coverage(path.read_text(encoding="utf-8")).items():
            sys.stdout.write(f"{fam}\t" + "\t".join(f"{k}={v}" for k, v in counts.items()) + "\n")
        return
    if "--patterns" in sys.argv:
        from .lexicon import lexicon
        from .triggers import token_stems

        lex = lexicon()
        total, mapped, words = pattern_objects(path.read_text(encoding="utf-8"))
        sys.stdout.write(f"# {total} pattern lines, {mapped} with a CAMEO code mapped to a subtype\n")
        for w, subs in sorted(words.items()):
            known = any(st in lex.nouns or st in lex.verbs for st in token_stems(w))
            sys.stdout.write(f"{'+' if known else ' '}\t{w}\t{','.join(sorted(subs))}\n")
        return
    for verb, code, sub in candidates(path.read_text(encoding="utf-8")):
        sys.stdout.write(f"{verb}\t{code}\t{sub}\n")


if __name__ == "__main__":
    main()
