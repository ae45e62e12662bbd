"""Derived forms of the trigger lexicon's rows, from Arabic morphology rather than from
words seen in a gold set.

A row of ``triggers.tsv`` stands for a family of surface forms. :mod:`khabar.events.lexicon`
already expands verb rows into their past and present forms (persons, feminine, plural,
dual; passives share the consonants of the active in unvocalised news: «قُتل» = «قتل»,
«يُعتقل» = «يعتقل»). This module adds, all on folded text (ة → ه, أإآ → ا, ى → ي):

* :func:`verbal_nouns` — the masdar of a derived-form verb, whose pattern is regular
  (Wright, *A Grammar of the Arabic Language* I §§ 195-207; any Arabic grammar):

  ====  =============  ==========================================
  form  past (folded)  masdar (folded)
  ====  =============  ==========================================
  III   فاعل            مفاعله، فعال  (هاجم → مهاجمه، حاصر → حصار)
  IV    افعل            افعال        (اطلق → اطلاق، احرق → احراق);
                                     hollow افال → افاله (اصاب → اصابه)
  V/VI  تفعّل، تفاعل      = the past   (تظاهر، تجمهر، توغل)
  VII   انفعل           انفعال       (انسحب → انسحاب، انفجر → انفجار)
  VIII  افتعل           افتعال       (اعتقل → اعتقال، اصطدم → اصطدام);
                                     hollow افتال → افتيال (اغتال → اغتيال);
                                     defective افتعي → افتعاء (اعتدي → اعتداء)
  X     استفعل          استفعال      (استهدف → استهداف); hollow استفال → استفاله
  ====  =============  ==========================================

  Form I and II masdars cannot be told from the consonants (قتل → قتل، دمّر → تدمير): they
  are rows of their own in ``triggers.tsv``.
* :func:`past_paradigm` — the other 3rd-person past forms of an exact past row told in the 3rd
  masc. sing. (mostly passives, whose vowels differ from the active: «اغتيل» → «اغتيلت»،
  «اغتيلوا»، «اغتيلا»، «اغتيلتا»; «لقي حتفه» → «لقيا حتفهما»).
* :func:`participles` — the active participles of a verb told with its object, the
  circumstantial phrase of protest news («رافعين لافتات»، «مرددين شعارات»، «مضرمين النار»).
* :func:`noun_inflections` — the dual (…ان/…ين, ة → …تان/…تين: «هجومين»، «غارتين») and the
  sound feminine plural of a noun in ة (ة → ات: «مداهمة» → «مداهمات»). Broken plurals
  (غارة → غارات is sound; معركة → معارك is not) stay rows of their own.

A generated form never replaces a row: rows win (``lexicon.lexicon``). Every generated form
is listed by ``python -m khabar.events.seed --generated`` for review.
"""

from __future__ import annotations

__all__ = ["noun_inflections", "participles", "past_paradigm", "verbal_nouns"]


def verbal_nouns(stem: str) -> set[str]:
    """Masdar candidates of a folded past-tense stem (3rd masc. sing.) of a derived form;
    empty for forms I and II (not derivable) and for stems of no known pattern. Ambiguous
    shapes give every candidate: a form that is not a word never occurs in a text."""
    s = stem
    out: set[str] = set()
    n = len(s)
    if n == 6 and s.startswith("است"):  # X
        if s[4] == "ا":
            out.add(s + "ه")  # hollow: استعاد → استعاده
        elif s[5] == "ي":
            out.add(s[:3] + "ي" + s[4] + "اء")  # defective: استولي → استيلاء
        else:
            out.add(s[:5] + "ا" + s[5])
    elif n == 5 and s[0] == "ا" and s[2] in "تطد":  # VIII (ت, or ط/د after emphatics and ز)
        if s[3] == "ا":
            out.add(s[:3] + "يا" + s[4])  # hollow: اغتال → اغتيال
        elif s[4] == "ي":
            out.add(s[:4] + "اء")  # defective: اعتدي → اعتداء
        else:
            out.add(s[:4] + "ا" + s[4])
    elif n == 5 and s.startswith("ان"):  # VII
        out.add(s[:4] + "ا" + s[4])
    elif n == 4 and s[0] == "ا" and s[2] == "ت":  # VIII of a doubled root (احتل → احتلال)
        out.add(s + "ا" + s[3])
    elif n == 4 and s.startswith("ان") and s[3] != "ي":
        out |= {s + "ا" + s[3], s[:3] + "ا" + s[3]}  # VII doubled (انشق → انشقاق) or IV (انقذ → انقاذ)
    elif n == 4 and s[0] == "ا":  # IV
        if s[2] == "ا":
            out.add(s + "ه")  # hollow: اصاب → اصابه
        elif s[3] == "ي":
            out.add(s[:3] + "اء")  # defective: القي → القاء
        elif s[1] == "و":
            out.add("اي" + s[2] + "ا" + s[3])  # first radical و: اوقف → ايقاف
        else:
            out.add(s[:3] + "ا" + s[3])
    elif n == 4 and s[1] == "ا":  # III
        out |= {"م" + s + "ه", s[0] + s[2] + "ا" + s[3]}
    elif n in (4, 5) and s[0] == "ت":  # V (تفعّل، the doubled letter written once: توغل) and VI
        out.add(s)
    return out


def noun_inflections(noun: str) -> set[str]:
    """Dual and sound feminine plural forms of a folded singular noun (one word)."""
    if len(noun) < 3 or noun.startswith("ال") or noun.endswith(("ات", "ين", "ون", "ان", "ي", "ا")):
        # already plural or dual, a nisba adjective (انتحاري: rows of its own), an accusative
        # row (هجوما), a definite row (الاحتفاظ)
        return set()
    if noun.endswith("ه"):
        base = noun[:-1]
        return {base + "ات", base + "تان", base + "تين"}
    return {noun + "ان", noun + "ين"}


# 3rd-person past suffixes other than the masc. sing.: fem. sing., masc. plural, masc. and fem. dual.
_PAST_PERSONS = ("ت", "وا", "ا", "تا")


def past_paradigm(head: str) -> set[str]:
    """The 3rd-person past forms of a folded 3rd masc. sing. past form (not of a stem ending
    in a weak letter: «لقي» + «ا» is «لقيا», right, but the caller decides which rows are such
    forms)."""
    return {head + s for s in _PAST_PERSONS}


# Sound plural and feminine endings of a participle told of a crowd: «رافعين» (accusative, the
# circumstantial's case), «رافعون» (nominative), «رافعات» (women).
_PARTICIPLE_ENDINGS = ("ين", "ون", "ات")


def participles(stem: str, form_ii: bool = False) -> set[str]:
    """Active participles (plural and feminine) of a folded past stem (3rd masc. sing.): form I
    فاعل (رفع → رافعين، حمل → حاملين), form II مفعّل (``form_ii``: ردد → مرددين), form III مفاعل
    (طالب → مطالبين), form IV مفعل (اضرم → مضرمين، اشعل → مشعلين). Empty for hollow and
    defective stems (رمى → رامين: the ي falls) and for stems of no known pattern."""
    s = stem
    if len(s) == 3 and s[1] not in "اوي" and s[2] not in "اوي":
        base = "م" + s if form_ii else s[0] + "ا" + s[1:]
    elif len(s) == 4 and s[1] == "ا" and s[3] not in "اوي":  # III
        base = "م" + s
    elif len(s) == 4 and s[0] == "ا" and s[2] != "ا" and s[3] not in "اوي":  # IV
        base = "م" + s[1:]
    else:
        return set()
    return {base + e for e in _PARTICIPLE_ENDINGS}
