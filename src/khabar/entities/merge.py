"""Merging one article's mentions into entities, with canonical keys and English names.

1. A mention matched in the actor table belongs to that actor's entity (its variants,
   aliases and acronyms share the key: the table's main Arabic name, folded).
2. A one- or two-token person mention that ends an earlier person's name («الأسد» after
   «بشار الأسد», «بن علي» after «زين العابدين بن علي») joins that person, even when the
   table knows the surname as someone else's; a given name alone joins the one person
   named earlier with that given name, if there is exactly one.
3. Otherwise mentions with the same folded text are one entity, of the type most of its
   mentions were tagged with.
4. «التنظيم», «الحركة», «الحزب», «الجماعة» (with و/ل/ب) refer to the one armed group or
   party named earlier whose name starts with that word (تنظيم داعش, حركة حماس), only when
   exactly one such entity has been named and the word does not start a longer noun phrase
   (the next token does not start with ال: «الحركة المرورية» stays a common noun). Being
   common nouns they are linked (``doc.extra["entity_at"]``), not listed as mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field

from ..normalize import fold
from ..segment import Token
from .mentions import Mention, longest_name_at
from .tables import Actor, fold_word

__all__ = ["ANAPHORS", "COMPOUND", "Group", "anaphor_mentions", "group_mentions", "propagate"]

#: Head nouns that refer back to a named organisation: folded form → folded name head.
ANAPHORS = {"التنظيم": "تنظيم", "الحركه": "حركه", "الحزب": "حزب", "الجماعه": "جماعه"}

#: First parts of compound names (folded): «عبد الله», «أبو بكر», «بن علي», «ولد الشيخ»;
#: the word after one of them is no surname on its own.
COMPOUND = frozenset({"عبد", "ابو", "بن", "ابن", "ولد", "بو"})


@dataclass
class Group:
    """One entity under construction: its mentions (article-level token ranges)."""

    type: str
    key: str
    words: list[str]
    actor: Actor | None = None
    mentions: list[Mention] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)


def _words(m: Mention, tokens: list[Token]) -> list[str]:
    return [fold_word(m.key_first)] + [fold_word(t.norm) for t in tokens[m.first + 1:m.last + 1]]


def group_mentions(mentions: list[Mention], tokens: list[Token], norm: str,
                   heads_of: dict[str, set[str]]) -> list[Group]:
    """Group article-level mentions (token indices into ``tokens``) in order of first
    appearance. ``heads_of`` gives an actor's name heads (actor canonical → first words)."""
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    for m in mentions:
        words = _words(m, tokens)
        text_key = fold(m.key_first + norm[tokens[m.first].nend:tokens[m.last].nend])
        target: Group | None = None
        # 2. surname (or two-token tail) of a person named earlier
        if m.type == "PER" and len(words) <= 2:
            for g in reversed(groups):
                if g.type == "PER" and len(g.words) > len(words) and g.words[-len(words):] == words:
                    target = g
                    break
            if target is None and len(words) == 1:
                # a given name alone, when exactly one person named earlier bears it
                firsts = [g for g in groups if g.type == "PER" and len(g.words) > 1 and g.words[0] == words[0]]
                if len(firsts) == 1:
                    target = firsts[0]
        if target is None and m.actor is not None:
            key = "A:" + m.actor.canonical
            target = by_key.get(key)
            if target is None:
                target = by_key[key] = Group(m.actor.type, m.actor.canonical, fold(m.actor.arabic).split(), m.actor)
                target.heads = heads_of.get(m.actor.canonical, set())
                groups.append(target)
        if target is None:
            # same text, any type: one entity (its type is decided by a vote below)
            key = "T:" + text_key
            target = by_key.get(key)
            if target is None:
                target = by_key[key] = Group(m.type, text_key, words)
                if words:
                    target.heads = {words[0][2:] if words[0].startswith("ال") else words[0]}
                groups.append(target)
        if m.type == "PER" and target.actor is None and len(words) > len(target.words):
            target.words, target.key = words, text_key  # the fullest name is the key
        target.mentions.append(m)
    for g in groups:
        if g.actor is None and len(g.mentions) > 1:
            votes = Counter(m.type for m in g.mentions)
            g.type = max(votes, key=lambda t: (votes[t], t == g.mentions[0].type))
    return groups


def anaphor_mentions(groups: list[Group], tokens: list[Token], taken: set[int],
                     start_of: dict[int, int]) -> list[tuple[int, int]]:
    """«التنظيم»-like references (rule 4) as ``(token index, group index)``. They are no
    named mentions (the gold guidelines, docs/annotation.md, leave common nouns out), so
    the step links them through ``doc.extra["entity_at"]`` only. ``taken`` holds the token
    indices already inside a mention; ``start_of`` maps a group's index to the token index
    of its first mention."""
    found: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        w = fold_word(tok.norm)
        head = ANAPHORS.get(w)
        if head is None and len(w) > 4 and w[0] in "وفبل":
            head = ANAPHORS.get(w[1:]) or ANAPHORS.get("ا" + w[1:] if w.startswith("لل") else "")
        if head is None:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].sent == tok.sent and tokens[i + 1].norm.startswith("ال"):
            continue
        cands = [gi for gi, g in enumerate(groups) if start_of.get(gi, len(tokens)) < i and head in g.heads
                 and g.type == "ORG" and (g.actor is None or g.actor.subtype in ("armed_group", "party"))]
        if len(cands) == 1:
            found.append((i, cands[0]))
    return found


def propagate(groups: list[Group], tokens: list[Token], taken: set[int],
              keys_of: dict[str, list[tuple[str, ...]]], given: set[str],
              ordinary: Set[int] = frozenset()) -> None:
    """5. One sense per article: a later (or earlier) occurrence of a name already found
    in the article joins its entity even where the tagger missed it — any mention's
    text, any of an actor's names once the actor is named (so a weak «قسد» counts after
    «قوات سوريا الديمقراطية»), and a named person's surname alone when it is no common
    given name (length ≥ 4; «البنزرتي» yes, «سعيد» no). A name shared by two entities
    is left alone. No place joins at a token of ``ordinary``, where the sentence's own checks
    read a one-word place name as an ordinary word («الجامعات السعودية», «مبلغ مالي»:
    :func:`.mentions.ordinary_word_places`). Adds mentions in place; ``taken`` is updated."""
    # surnames that are also given names or words («صالح», «هادي»): only those of a person
    # of the actor table, and only bare or after و/ف (not «لصالح» "in favour of")
    bare: set[tuple[str, ...]] = set()
    index = _name_index(groups, tokens, keys_of, given, bare)
    if not index:
        return
    _spread(index, bare, tokens, taken, ordinary)


def _name_index(groups: list[Group], tokens: list[Token], keys_of: dict[str, list[tuple[str, ...]]],
                given: set[str], bare: set[tuple[str, ...]]) -> dict[tuple[str, ...], Group]:
    """Each name (folded words) of one entity only -> that entity; ``bare`` gets the surnames
    that count only bare or after و/ف."""
    index: dict[tuple[str, ...], Group] = {}
    clash: set[tuple[str, ...]] = set()
    for g in groups:
        for name in _names_of(g, tokens, keys_of, given, bare):
            if index.get(name, g) is not g:
                clash.add(name)
            index[name] = g
    for name in clash:
        del index[name]
    return index


def _names_of(g: Group, tokens: list[Token], keys_of: dict[str, list[tuple[str, ...]]], given: set[str],
              bare: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The names of one entity: its mentions' words, its actor's names, a person's surname."""
    names = {tuple(_words(m, tokens)) for m in g.mentions}
    if g.actor is not None:
        names.update(keys_of.get(g.actor.canonical, []))
    if g.type == "PER" and len(g.words) >= 2 and g.words[-1][:1] == "و":
        pass  # «... الحوثي وصالح»: a conjunction, no surname to spread
    elif g.type == "PER" and len(g.words) >= 2 and len(g.words[-1]) >= 4 and g.words[-1] not in given:
        if g.words[-2] in COMPOUND:
            # «محمد عبد السلام»: the surname is «عبد السلام», never «السلام» ("peace") alone
            if len(g.words) >= 3:
                names.add((g.words[-2], g.words[-1]))
        else:
            names.add((g.words[-1],))
    elif (g.type == "PER" and g.actor is not None and len(g.words) >= 3 and len(g.words[-1]) >= 4
          and g.words[-2] not in COMPOUND):
        # «علي عبد الله صالح» → «صالح», «عبد ربه منصور هادي» → «هادي» (Yemen news name
        # them so after the first mention)
        names.add((g.words[-1],))
        bare.add((g.words[-1],))
    return names


def _spread(index: dict[tuple[str, ...], Group], bare: set[tuple[str, ...]], tokens: list[Token],
            taken: set[int], ordinary: Set[int] = frozenset()) -> None:
    """Each untaken occurrence of an indexed name, longest first, joins its entity."""
    # folded first token -> the longest name starting with it (one lookup per token)
    first_max: dict[str, int] = {}
    for name in index:
        if len(name) > first_max.get(name[0], 0):
            first_max[name[0]] = len(name)
    norms = [t.norm for t in tokens]
    folded = [fold_word(w) for w in norms]
    n = len(tokens)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        def free(k: int, i: int = i) -> bool:  # within one sentence, over untaken tokens
            return tokens[i + k - 1].sent == tokens[i].sent and not any(j in taken for j in range(i, i + k))

        best = longest_name_at(i, norms, folded, first_max, index.get, accept=free)
        if best is None:
            i += 1
            continue
        size, grp, skip, form = best
        if (size == 1 and (fold_word(form),) in bare
                and (any(c in "بكل" for c in norms[i][:skip]) or (i > 0 and folded[i - 1] in COMPOUND))):
            i += 1
            continue
        if size == 1 and grp.type == "LOC" and i in ordinary:
            # «الجامعات السعودية» after «السعودية» the country: the adjective, no place
            i += 1
            continue
        grp.mentions.append(Mention(i, i + size - 1, grp.type, grp.actor, skip, form))
        taken.update(range(i, i + size))
        i += size
