"""Claims: (text, expected) tables, one behaviour per test. Sentences written for these
tests (not copied from any corpus)."""

from __future__ import annotations

import pytest

from khabar.claims import step
from khabar.document import Doc, RawArticle
from khabar.options import Options
from khabar.pipeline import normalize_step, segment_step
from khabar.schema import Claim, Entity, Span

OPTS = Options()


def claims_of(text: str, entities: list[Entity] | None = None) -> list[Claim]:
    """Run normalise + segment, set the entity layer by hand, then the claims step."""
    doc = Doc.from_article(RawArticle(text=text, source="test"))
    doc = segment_step(normalize_step(doc, OPTS), OPTS)
    doc.entities = list(entities or [])
    return step(doc, OPTS).claims


def entity(text: str, eid: str, etype: str, *mentions: str, subtype: str | None = None) -> Entity:
    """An entity whose mentions are the given snippets of ``text`` (first occurrence of
    each, or ``snippet#n`` for the n-th)."""
    spans = []
    for m in mentions:
        snippet, _, nth = m.partition("#")
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(snippet, start + 1)
        spans.append(Span(text=snippet, start=start, end=start + len(snippet)))
    first = spans[0]
    return Entity(id=eid, text=first.text, start=first.start, end=first.end, type=etype,
                  subtype=subtype, canonical=first.text, mentions=spans)


def one(text: str) -> Claim:
    cs = claims_of(text)
    assert len(cs) == 1, [(c.cue.text, c.content.text) for c in cs]
    return cs[0]


# -- verbal cues: persons, genders, numbers, و/ف, perfect and imperfect -----------------
VERB_FORMS = [
    ("قال الوزير إن المفاوضات متعثرة.", "قال", "الوزير", "المفاوضات متعثرة"),
    ("وقالت الوزيرة إن المفاوضات متعثرة.", "قالت", "الوزيرة", "المفاوضات متعثرة"),
    ("فقال المتحدث إن الوفد وصل.", "قال", "المتحدث", "الوفد وصل"),
    ("وقالوا إن الجيش انسحب من البلدة.", None, None, None),  # no earlier speaker: none
    ("وأكد السكان أن المياه انقطعت منذ يومين.", "أكد", "السكان", "المياه انقطعت منذ يومين"),
    ("ويقول المزارعون إن المحصول تضرر.", "يقول", "المزارعون", "المحصول تضرر"),
    ("وتقول المنظمة إن آلاف الأسر نزحت.", "تقول", "المنظمة", "آلاف الأسر نزحت"),
    ("وأوضحت الشركة أن الأسعار سترتفع.", "أوضحت", "الشركة", "الأسعار سترتفع"),
    ("وذكرت الصحيفة أن الحكومة ستستقيل.", "ذكرت", "الصحيفة", "الحكومة ستستقيل"),
    ("وأعلن الجيش أن العملية انتهت.", "أعلن", "الجيش", "العملية انتهت"),
    ("وكشف التقرير أن نسبة البطالة ارتفعت.", "كشف", "التقرير", "نسبة البطالة ارتفعت"),
    ("وصرّح المدير بأن المصنع سيغلق.", "صرّح", "المدير", "المصنع سيغلق"),
    ("وأفاد شهود عيان بأن الطائرات حلقت فوق المدينة.", "أفاد", "شهود عيان", "الطائرات حلقت فوق المدينة"),
    ("ويُؤكّد الخبراء أن الأسعار سترتفع.", "يُؤكّد", "الخبراء", "الأسعار سترتفع"),  # active, damma
    ("وبيّن المهندس أن الجسر آمن.", "بيّن", "المهندس", "الجسر آمن"),
    ("ويؤكد الأطباء أن الوباء تراجع.", "يؤكد", "الأطباء", "الوباء تراجع"),
    ("وسيعلن الرئيس غدا أن الانتخابات ستجرى في موعدها.", "يعلن", "الرئيس", "الانتخابات ستجرى في موعدها"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), VERB_FORMS)
def test_verbal_cue_forms(text: str, cue: str | None, speaker: str | None, content: str | None) -> None:
    cs = claims_of(text)
    if cue is None:
        assert cs == []
        return
    assert len(cs) == 1
    c = cs[0]
    assert (c.cue.text, c.speaker.text, c.content.text) == (cue, speaker, content)


# -- content boundaries -------------------------------------------------------------------
BOUNDARIES = [
    # the content stops where the next attribution begins
    ("قال المتحدث إن القوات تقدمت، وأضاف أن المعارك مستمرة.",
     ["القوات تقدمت", "المعارك مستمرة"]),
    ("أكد الوزير أن الاتفاق صامد، مشيرا إلى أن الخروقات محدودة.",
     ["الاتفاق صامد", "الخروقات محدودة"]),
    # the content runs to the end of the sentence, through commas
    ("قال المسؤول إن الطريق أغلق، وإن الشاحنات عالقة على الحدود.",
     ["الطريق أغلق، وإن الشاحنات عالقة على الحدود"]),
    # and never into the next sentence
    ("قال الطبيب إن الجرحى نقلوا إلى المستشفى. ووصلت سيارات الإسعاف بعد ساعة.",
     ["الجرحى نقلوا إلى المستشفى"]),
    # adjuncts between the subject and the complementiser are skipped
    ("وقالت الوزارة في بيان نشرته على موقعها أمس إن الحدود ستفتح.",
     ["الحدود ستفتح"]),
    # «بعد أن» is no complementiser
    ("وقال الوزير بعد أن التقى السفير إن العلاقات جيدة.", ["العلاقات جيدة"]),
]


@pytest.mark.parametrize(("text", "contents"), BOUNDARIES)
def test_content_boundaries(text: str, contents: list[str]) -> None:
    assert [c.content.text for c in claims_of(text)] == contents


def test_complementiser_with_pronoun_keeps_the_subject_pronoun() -> None:
    c = one("وزعم التنظيم أنه أسقط طائرة.")
    assert c.content.text == "أنه أسقط طائرة"


def test_every_span_matches_the_text() -> None:
    text = "وقال الوزير: «لن نسمح بتكرار ما حدث». وأضاف أن ٣٠ شخصاً قُتلوا، مشيراً إلى أنّ التحقيق مستمر."
    found = claims_of(text)
    # three claims to check (review-19a: a loop over no claims passed with the step emptied)
    assert [c.cue.text for c in found] == ["قال", "أضاف", "مشيراً"]
    for c in found:
        for sp in [c.content, c.cue, c.speaker, *c.chain]:
            assert text[sp.start:sp.end] == sp.text


# -- participles inherit the subject ------------------------------------------------------
PARTICIPLES = [
    ("أكد الوزير أن الاتفاق صامد، مشيرا إلى أن الخروقات محدودة.", "مشيرا", "الوزير", "الخروقات محدودة"),
    ("أعلنت النقابة الإضراب، لافتة إلى أن الأجور لم تصرف.", "لافتة", "النقابة", "الأجور لم تصرف"),
    ("وقال المدرب إن الفريق جاهز، مضيفا أن الإصابات قليلة.", "مضيفا", "المدرب", "الإصابات قليلة"),
    ("وانتقد المحامون القرار، مؤكدين أنه مخالف للدستور.", "مؤكدين", "المحامون", "أنه مخالف للدستور"),
    ("وتحدثت المديرة عن الخطة، موضحةً أن التنفيذ يبدأ في الربيع.", "موضحةً", "المديرة", "التنفيذ يبدأ في الربيع"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), PARTICIPLES)
def test_participle_inherits_subject(text: str, cue: str, speaker: str, content: str) -> None:
    c = [c for c in claims_of(text) if c.cue.text == cue]
    assert len(c) == 1
    assert (c[0].speaker.text, c[0].content.text) == (speaker, content)


def test_participle_without_complement_is_no_cue() -> None:
    # «لافتة» is also a banner
    assert claims_of("ورفع المتظاهرون لافتة كبيرة أمام المبنى.") == []


# -- prepositional and nominal attribution ------------------------------------------------
PREPOSITIONAL = [
    ("قتل عشرون شخصا في الغارات، بحسب المرصد.", "بحسب", "المرصد", "قتل عشرون شخصا في الغارات"),
    ("وبحسب المصادر، فإن الوفد غادر العاصمة.", "بحسب", "المصادر", "الوفد غادر العاصمة"),
    ("ووفقا لوزارة الصحة، ارتفع عدد الإصابات إلى مئة.", "وفقا ل", "وزارة الصحة", "ارتفع عدد الإصابات إلى مئة"),
    ("وارتفعت الأسعار طبقا لتقرير البنك المركزي.", "طبقا ل", "تقرير البنك المركزي", "وارتفعت الأسعار"),
    ("وحسب ما ذكرت الصحيفة، فإن الاجتماع تأجل.", "حسب ما ذكرت", "الصحيفة", "الاجتماع تأجل"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), PREPOSITIONAL)
def test_prepositional_attribution(text: str, cue: str, speaker: str, content: str) -> None:
    c = one(text)
    assert c.cue.text.startswith(cue.split()[0])
    assert (c.speaker.text, c.kind) == (speaker, "indirect")
    assert content in c.content.text


def test_preposition_without_a_source_is_no_attribution() -> None:
    assert claims_of("ووزعت المساعدات وفقا للقانون وحسب الحاجة.") == []


NOMINAL = [
    ("وجدد الوزير تحذيره من مخاطر التصعيد.", "تحذيره", "الوزير", "warned"),
    ("وأعرب الأمين العام عن قلقه إزاء تدهور الأوضاع.", "قلقه", "الأمين العام", "feared"),
    ("ونقلت الوكالة عن مسؤول قوله إن الحدود أغلقت.", "نقلت", "مسؤول", "asserted"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "certainty"), NOMINAL)
def test_nominal_cue(text: str, cue: str, speaker: str, certainty: str) -> None:
    c = one(text)
    assert (c.cue.text, c.speaker.text, c.certainty) == (cue, speaker, certainty)


STATEMENTS = [
    # «جاء في بيان X»: the statement is the speaker
    ('وجاء في بيان للوزارة: "سيتم فتح المعابر أمام المسافرين غدا".', "بيان للوزارة", "سيتم فتح المعابر أمام المسافرين غدا", "direct"),
    # «عبّر/أعرب عن» + verbal noun
    ("عبرت الحكومة اليوم عن استعدادها للحوار مع النقابات.", "الحكومة", "استعدادها للحوار مع النقابات", "indirect"),
    # an announcement whose content is a noun phrase after the subject and a comma
    ("أعلنت الجزيرة، اليوم الاثنين، قطع علاقاتها مع الجارة.", "الجزيرة", "قطع علاقاتها مع الجارة", "indirect"),
    # or a verbal noun with a pronoun right after the subject
    ("أعلنت الكتلة رفضها القاطع للمشروع.", "الكتلة", "رفضها القاطع للمشروع", "indirect"),
    # a quotation after adjuncts
    ('وقال المدرب خلال مؤتمر صحفي في العاصمة "الفريق سيلعب من أجل الفوز".', "المدرب", "الفريق سيلعب من أجل الفوز", "direct"),
]


@pytest.mark.parametrize(("text", "speaker", "content", "kind"), STATEMENTS)
def test_statement_patterns(text: str, speaker: str, content: str, kind: str) -> None:
    c = one(text)
    assert (c.speaker.text, c.content.text, c.kind) == (speaker, content, kind)


def test_participle_with_object_before_its_preposition() -> None:
    cs = claims_of("قال المتحدث إن الحزب قلق، داعيا الحكومة إلى فتح تحقيق.")
    c = [c for c in cs if c.cue.text == "داعيا"][0]
    assert (c.speaker.text, c.content.text, c.certainty) == ("المتحدث", "فتح تحقيق", "demanded")


def test_dropped_subject_inside_a_sentence_takes_the_clause_subject() -> None:
    c = one("أصدرت الرابطة بيانا أكدت فيه أن المباراة ستعاد.")
    assert c.speaker.text == "الرابطة"


def test_opener_before_an_ambiguous_cue() -> None:
    # «أفاد» is strict (also «useful»): «ومن جانبه» still opens its clause
    c = one("ومن جانبه أفاد المتحدث بأن الامتحانات ستجرى في موعدها.")
    assert c.speaker.text == "المتحدث"


# -- direct, indirect, mixed --------------------------------------------------------------
KINDS = [
    ("وقال الوزير: «لن نسمح بتكرار ما حدث في المدينة».", "direct", "الوزير", "لن نسمح بتكرار ما حدث في المدينة"),
    ("«لن نسمح بتكرار ما حدث في المدينة»، قال الوزير.", "direct", "الوزير", "لن نسمح بتكرار ما حدث في المدينة"),
    ('وقالت المعلمة: "الأطفال لا يجدون مقاعد في الصفوف".', "direct", "المعلمة", "الأطفال لا يجدون مقاعد في الصفوف"),
    ("وقال المزارع: الأمطار تأخرت هذا العام كثيرا.", "direct", "المزارع", "الأمطار تأخرت هذا العام كثيرا"),
    ("وقال القاضي إن «القانون فوق الجميع» ولا استثناء فيه.", "mixed", "القاضي", "«القانون فوق الجميع» ولا استثناء فيه"),
    ("وقال القاضي إن القانون فوق الجميع.", "indirect", "القاضي", "القانون فوق الجميع"),
]


@pytest.mark.parametrize(("text", "kind", "speaker", "content"), KINDS)
def test_claim_kind(text: str, kind: str, speaker: str, content: str) -> None:
    c = one(text)
    assert (c.kind, c.speaker.text, c.content.text) == (kind, speaker, content)


def test_quotation_over_several_sentences_is_one_claim() -> None:
    c = one("وقال المدير: «وصلنا متأخرين. الطريق كان مغلقا. لا أحد ساعدنا».")
    assert c.content.text == "وصلنا متأخرين. الطريق كان مغلقا. لا أحد ساعدنا"
    assert c.kind == "direct"


def test_short_quoted_name_is_not_speech() -> None:
    assert claims_of("وشارك في الحفل فريق «النجوم» الشبابي.") == []


# -- dropped and described subjects -------------------------------------------------------
def test_dropped_subject_continues_the_previous_speaker() -> None:
    cs = claims_of("قال وزير الصحة إن المستشفيات ممتلئة. وأضاف أن الأدوية نفدت. وتابع: «نحتاج إلى المساعدة فورا».")
    assert [c.speaker.text for c in cs] == ["وزير الصحة"] * 3
    assert [c.cue.text for c in cs] == ["قال", "أضاف", "تابع"]
    assert cs[1].speaker.start == cs[0].speaker.start


def test_dropped_subject_agrees_in_gender() -> None:
    cs = claims_of("قالت الوزيرة إن الميزانية جاهزة. وقال المدير إن التنفيذ قريب. وأضافت أن الحكومة ستدعم المشروع.")
    assert [c.speaker.text for c in cs] == ["الوزيرة", "المدير", "الوزيرة"]


def test_subject_before_the_verb() -> None:
    c = one("وكانت الصحيفة قد ذكرت أن الحكومة ستستقيل.")
    assert c.speaker.text == "الصحيفة"


def test_speaker_links_to_an_entity_inside_the_phrase() -> None:
    text = "وقال المتحدث باسم التحالف الدولي ريان ديلون إن الغارات استهدفت مواقع التنظيم."
    ents = [entity(text, "e1", "ORG", "التحالف الدولي"), entity(text, "e2", "PER", "ريان ديلون")]
    c = claims_of(text, ents)[0]
    assert c.speaker.text == "المتحدث باسم التحالف الدولي ريان ديلون"
    assert c.speaker.entity == "e2"


def test_described_subject_resolves_to_the_entity_named_earlier() -> None:
    text = "نشرت صحيفة الوطن تقريرا عن الأزمة. وذكرت الصحيفة أن الحكومة ستستقيل."
    ents = [entity(text, "e1", "ORG", "الوطن", subtype="media")]
    c = one_with(text, ents)
    assert c.speaker.text == "الصحيفة"
    assert c.speaker.entity == "e1"


def test_described_role_resolves_to_the_person_named_in_that_role() -> None:
    text = ("التقى وزير الخارجية سامي العلي نظيره أمس. "
            "وقال الوزير إن اللقاء كان إيجابيا.")
    ents = [entity(text, "e1", "PER", "سامي العلي")]
    c = one_with(text, ents)
    assert (c.speaker.text, c.speaker.entity) == ("الوزير", "e1")


def test_unnamed_source_has_no_entity() -> None:
    text = "وقال مصدر أمني إن الهجوم أحبط."
    c = one_with(text, [])
    assert (c.speaker.text, c.speaker.entity) == ("مصدر أمني", None)


def one_with(text: str, ents: list[Entity]) -> Claim:
    cs = claims_of(text, ents)
    assert len(cs) == 1, [(c.cue.text, c.content.text) for c in cs]
    return cs[0]


# -- chains -------------------------------------------------------------------------------
CHAINS = [
    ("نقلت وكالة الأنباء عن مصدر أمني قوله إن الهجوم أسفر عن قتلى.", ["وكالة الأنباء", "مصدر أمني"]),
    ('وقال مسؤول لـ"الوطن" إن المفاوضات متعثرة.', ["الوطن", "مسؤول"]),
    ("وأكد لـ«الرياض» مدير المستشفى أن الحالات مستقرة.", ["الرياض", "مدير المستشفى"]),
    ("وقال المحافظ لصحيفة المساء إن الطريق سيفتح.", ["صحيفة المساء", "المحافظ"]),
    ("كشفت الصحيفة نقلا عن تقديرات استخباراتية أن التنظيم يملك مخازن سلاح.", ["الصحيفة", "تقديرات استخباراتية"]),
    ("وبحسب ما نقلت الإذاعة عن شهود، فإن الحريق امتد إلى السوق.", ["الإذاعة", "شهود"]),
    ("وقال الوزير إن الأمطار غزيرة.", ["الوزير"]),
]


@pytest.mark.parametrize(("text", "chain"), CHAINS)
def test_chain_from_outermost_to_speaker(text: str, chain: list[str]) -> None:
    c = one(text)
    assert [s.text for s in c.chain] == chain
    assert c.chain[-1] == c.speaker


def test_embedded_report_nests_the_outer_speaker() -> None:
    cs = claims_of("قالت الصحيفة إن الجيش أعلن أن الهدنة انتهت.")
    inner = [c for c in cs if c.cue.text == "أعلن"][0]
    assert [s.text for s in inner.chain] == ["الصحيفة", "الجيش"]


DATELINES = [
    ("بيروت (رويترز) - قال مسؤول إن الانفجار وقع قرب الميناء.", "رويترز"),
    ("القاهرة - أ ف ب: قال شهود إن الشرطة فرقت المتظاهرين.", "أ ف ب"),
    ("قال مسؤول إن الانفجار وقع قرب الميناء.\n(وكالات)", "وكالات"),
    ("قال خبير إن الماسة نادرة. (ترجمة سكاي نيوز)", "سكاي نيوز"),
    ("تونس (وات) - قال وزير الصحة إن الوضع مستقر.", "وات"),
]


def test_no_credit_no_extra_root() -> None:
    c = one("سبق - جازان: قال مسؤول إن الطريق مغلق.")
    assert [s.text for s in c.chain] == ["مسؤول"]


@pytest.mark.parametrize(("text", "root"), DATELINES)
def test_dateline_credit_is_the_outermost_source(text: str, root: str) -> None:
    c = one(text)
    assert c.chain[0].text == root
    assert c.chain[-1].text == c.speaker.text


# -- certainty ----------------------------------------------------------------------------
CERTAINTY = [
    ("وقال الوزير إن الحدود مفتوحة.", "asserted"),
    ("ونفى المتحدث أن تكون القوات قصفت الحي.", "denied"),
    ("ولم يؤكد الجيش أن الطائرة أسقطت.", "denied"),
    ("وقال مسؤول إنه لا يمكننا تأكيد هذه الأنباء.", "cannot_confirm"),
    ("وزعم التنظيم أنه أسقط طائرة.", "alleged"),
    ("واتهم الوزير المعارضة بإشعال الفتنة.", "alleged"),
    ("وحذر الخبراء من أن الجفاف سيطول.", "warned"),
    ("وطالب المحتجون بالإفراج عن المعتقلين.", "demanded"),
    ("ودعت المنظمة إلى وقف إطلاق النار.", "demanded"),
    ("ووعد الرئيس بإعادة بناء المدارس.", "promised"),
    ("وتعهدت الحكومة بدفع الرواتب.", "promised"),
    ("وتوقع المحلل أن ترتفع الأسعار.", "expected"),
    ("ويعتقد مراقبون أن الحكومة ستسقط.", "believed"),
    ("ويخشى السكان من عودة القتال.", "feared"),
    ("ويقدر الخبراء أن الخسائر تجاوزت مليون دولار.", "estimated"),
    ("وقال المرصد إن نحو 50 شخصا قتلوا.", "estimated"),
    ("وقال الوزير إنه يعتقد أن الحرب ستنتهي قريبا.", "believed"),
    ("وقال المتحدث إن الأنباء عارية عن الصحة.", "denied"),
    ("وقال الرئيس: «سنستعيد كل المدن المحتلة».", "promised"),
    ("وقال الرئيس إن السنة المقبلة صعبة.", "asserted"),
    ("وعدّ الباحث أن الأزمة عابرة.", "believed"),
    ("وأشارت الوزارة إلى أنها ستصعد من عمليات المراقبة.", "promised"),  # the speaker's future
    ("وأوضح المدعي أن التحقيقات ستجري بتنسيق مع الشركاء.", "asserted"),  # someone else's
    ("وأعلنت المقاومة أنها سيطرت على المطار.", "asserted"),  # past «سيطر», not «سـ» + verb
    ("وقال الجيش إنه سيطر على التلال المحيطة بالمدينة.", "asserted"),
    ("وقال الجيش إنه سيطرد المسلحين من المدينة.", "promised"),  # «سـ» + «يطرد»: a future
    ("وشدد الوزير على ضرورة حماية المدنيين.", "demanded"),
    ("وأكد المتحدث عدم صحة الأنباء المتداولة.", "denied"),
    ("وقال الوزير إن من المتوقع أن يصل الوفد غدا.", "expected"),
    ("وقالت النقابة إنها تريد معرفة موقف المجلس.", "demanded"),
    ("وانتقدت الحكومة ما تقول المعارضة إنه تضليل إعلامي.", "asserted"),  # «ما» = what
    ("وقال الكاتب: «أنا لم أقل إن الحكومة فاشلة».", "denied"),
]


def test_abbreviation_is_no_complementiser() -> None:
    # «"ان.بي.سي"»: the letters of a name, not «أنّ»; the quotation after it is the content
    c = one('وقال الوزير لشبكة "ان.بي.سي" الأميركية "أود أن تبذل بلادي المزيد من الجهد".')
    assert c.content.text == "أود أن تبذل بلادي المزيد من الجهد"


@pytest.mark.parametrize(("text", "certainty"), CERTAINTY)
def test_certainty(text: str, certainty: str) -> None:
    assert one(text).certainty == certainty


# -- no claim -----------------------------------------------------------------------------
NO_CLAIM = [
    "قتل خمسة أشخاص في انفجار بالعاصمة أمس.",  # narration
    "وتناول الكتاب القول إن الحكومة فاشلة.",  # «القول» is a noun
    "هل قال الوزير إن الحكومة ستستقيل؟",  # a question
    "انفجار ضخم يهز العاصمة",  # a headline
    "ويتوقع الجميع الأسوأ.",  # no content opens after the formula
    "وتجدر الإشارة إلى أن المدينة شهدت معارك.",  # the outlet's own aside
    "وفجر نفسه بعد أن طُلب منه الترجل من السيارة.",  # a vocalised passive: no source
    "ولم يتهم المدرب بارتكاب أي مخالفات.",  # a negated passive attributes nothing
    "وتبين أن السيارة كانت مسروقة.",  # «it turned out»
    "والتقى الوزير نظيره في العاصمة.",  # no cue with content
    "ونقل الجرحى إلى المستشفى.",  # «نقل» without a source
    "وأعتقد أن الوقت حان للتغيير.",  # the author speaking
    "وجلس الطلاب بين المقاعد.",  # «بين» between
    "ومن بين الاحتمالات أن الوادي جف.",  # «من بين» among
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_plural_verb_carries_its_subject() -> None:
    # «يخشون» has a pronoun subject: the noun after it is its object, not the speaker
    cs = claims_of("وقال اللاجئون إن المخيم مكتظ. لكنهم يخشون الخروج منه خوفا من الهجمات.")
    assert [c.speaker.text for c in cs] == ["اللاجئون", "اللاجئون"]


def test_relative_clause_speaker_is_the_antecedent() -> None:
    c = one("واستمعت المحكمة إلى الشهود الأربعة في القضية الذين أكدوا أن السائق كان مسرعا.")
    assert c.speaker.text == "الشهود الأربعة"


def test_manner_adverb_is_not_the_subject() -> None:
    cs = claims_of('قال المدرب إن الفريق تعب. وأضاف مازحا "سنرتاح في الصيف كله".')
    assert [c.speaker.text for c in cs] == ["المدرب", "المدرب"]


def test_relay_with_a_verbal_noun() -> None:
    c = one("نقلت مصادر محلية عن المحافظ اتهامه للتجار برفع الأسعار.")
    assert ([s.text for s in c.chain], c.certainty) == (["مصادر محلية", "المحافظ"], "alleged")


NEW_PATTERNS = [
    # a medium named in an adjunct before the verb
    ('وفي تصريحات لإذاعة "صوت المدينة"، قال المحافظ إن الطريق سيفتح.', ['إذاعة "صوت المدينة"', "المحافظ"]),
    # a medium reached by phone: «في اتصال هاتفي بـ»
    ("وأضاف المتحدث في اتصال هاتفي بوكالة الأنباء المحلية أن الحريق أخمد.", ["وكالة الأنباء المحلية", "المتحدث"]),
    # a relay by «حسب» after the subject
    ("وكشفت الحركة حسب مصادر بأن الاعتقالات مستمرة.", ["الحركة", "مصادر"]),
    # «علمت الصحيفة من مصادر»
    ("علمت الصحيفة من مصادر مطلعة أن الوزير سيستقيل.", ["الصحيفة", "مصادر مطلعة"]),
]


@pytest.mark.parametrize(("text", "chain"), NEW_PATTERNS)
def test_more_chains(text: str, chain: list[str]) -> None:
    assert [s.text for s in one(text).chain] == chain


def test_the_publishing_outlet_is_no_link() -> None:
    doc = Doc.from_article(RawArticle(text='وقال مسؤول لـ"الوطن" إن المفاوضات متعثرة.', source="t", outlet="alwatan"))
    doc = step(segment_step(normalize_step(doc, OPTS), OPTS), OPTS)
    assert [s.text for s in doc.claims[0].chain] == ["مسؤول"]


def test_self_reference_is_a_claim_of_the_last_speaker() -> None:
    cs = claims_of("قالت الرئيسة إن البلاد تمر بأزمة. «لن نتراجع عن الإصلاحات أبدا»، حسب قولها.")
    assert [(c.speaker.text, c.kind) for c in cs] == [("الرئيسة", "indirect"), ("الرئيسة", "direct")]
    assert cs[1].content.text == "لن نتراجع عن الإصلاحات أبدا"


def test_self_reference_at_the_head_of_a_sentence() -> None:
    cs = claims_of("قالت الرئيسة إن البلاد تمر بأزمة. وحسب قولها، فإن «الناس يريدون خدمات أفضل».")
    assert (cs[1].speaker.text, cs[1].content.text, cs[1].kind) == ("الرئيسة", "الناس يريدون خدمات أفضل", "direct")


def test_self_reference_inside_a_claim_adds_nothing() -> None:
    assert len(claims_of("وقال المدير إن العمال تعبوا، على حد قوله.")) == 1


def test_speech_after_a_colon_runs_over_its_paragraph() -> None:
    c = claims_of("وذكر مسؤول: نعمل مع السلطات. المكتب مغلق حتى إشعار آخر.\nوقالت الشرطة إن الهجوم فشل.")[0]
    assert c.content.text == "نعمل مع السلطات. المكتب مغلق حتى إشعار آخر"


def test_colon_then_complementiser_is_indirect() -> None:
    c = one("وقال الوزير: إن الوضع يسير بخطوات إيجابية.")
    assert (c.kind, c.content.text) == ("indirect", "الوضع يسير بخطوات إيجابية")


def test_one_quoted_word_makes_reported_speech_mixed() -> None:
    c = one("وأعلن المدير عن إصلاحات وصفها بـ«العاجلة» في المطار.")
    assert c.kind == "mixed"


STANCE = [
    ("أدان السفير في القاهرة الممارسات التي ترتكبها الميليشيات.", "أدان", "الممارسات التي ترتكبها الميليشيات"),
    ("وندد الحزب بالاعتداء على الصحفيين.", "ندد", "الاعتداء على الصحفيين"),
    ("وأعلنت الكتلة، مساء الثلاثاء، رفضها للمشروع.", "أعلنت", "رفضها للمشروع"),
]


@pytest.mark.parametrize(("text", "cue", "content"), STANCE)
def test_stance_verbs_with_noun_phrase_content(text: str, cue: str, content: str) -> None:
    c = one(text)
    assert (c.cue.text, c.content.text) == (cue, content)


def test_object_noun_ends_the_subject_of_an_announcement() -> None:
    c = one("أعلن الرئيس الفرنسي حالة الطوارئ في البلاد.")
    assert (c.speaker.text, c.content.text) == ("الرئيس الفرنسي", "حالة الطوارئ في البلاد")


def test_quoted_name_does_not_make_speech_mixed() -> None:
    c = one('وقال المتحدث إن التحقيق يشمل عناصر من تنظيم "داعش" في المدينة.')
    assert c.kind == "indirect"


def test_a_thing_that_confirms_is_no_source() -> None:
    # «this neglect confirms that»: the subject is not a source (docs/annotation.md)
    assert claims_of("وإن هذا التجاهل يؤكد أن القضية مهملة.") == []


def test_wish_in_the_content_is_a_demand() -> None:
    assert one("وقال الرئيس إنه يريد أن تبذل الحكومة المزيد.").certainty == "demanded"


def test_coordinated_participle() -> None:
    cs = claims_of("وأضاف الوزير أن الوزارة ساعدت العائلات، مفندا عدم تعاونها ومؤكدا أن الملف مفتوح.")
    assert [(c.cue.text, c.certainty) for c in cs] == [("أضاف", "asserted"), ("مفندا", "denied"), ("ومؤكدا", "asserted")]


MORE = [
    # a time phrase before the subject
    ('أكد يوم أمس الأربعاء كاتب الدولة لـ "إذاعة المدينة" أنه سيتم حل المجالس.', "أكد", "كاتب الدولة"),
    # «إنها» after «من قبل» is a complementiser
    ("وكانت الحكومة قد قالت من قبل إنها لن تركز على الاحتياطيات.", "قالت", "الحكومة"),
    # a two-letter verb with و
    ("وحث الرئيس في خطابه على إحداث تخفيضات في الميزانية.", "حث", "الرئيس"),
    # no claim before: the subject of the sentence's first clause
    ("أمر الرئيس الحكومة بخفض الواردات، لكنه حذر من اللجوء إلى الدين.", "حذر", "الرئيس"),
    # a source whose second word is the source noun
    ("وكان الوفد عاين، حسب ذات المصدر، بعض الآلات المعطبة.", "حسب", "ذات المصدر"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), MORE)
def test_more_speakers(text: str, cue: str, speaker: str) -> None:
    c = [c for c in claims_of(text) if c.cue.text == cue]
    assert len(c) == 1
    assert c[0].speaker.text == speaker


def test_content_does_not_end_with_a_connector() -> None:
    cs = claims_of("وحث الرئيس على خفض الإنفاق، كما طالب بإصلاح المصارف.")
    assert [c.content.text for c in cs] == ["خفض الإنفاق", "إصلاح المصارف"]


def test_speech_inside_direct_speech_is_nested() -> None:
    text = ("قال شاهد إن الشرطة طوقت المكان. وتابع: حذرتها الشرطة مرة أخرى "
            "(ألقي حقيبتك فورا) وقالت المرأة (لن أستسلم أبدا).")
    nested = [c for c in claims_of(text) if c.cue.text in ("حذرتها", "قالت")]
    assert [[s.text for s in c.chain] for c in nested] == [["شاهد", "الشرطة"], ["شاهد", "المرأة"]]
    assert [c.content.text for c in nested] == ["ألقي حقيبتك فورا", "لن أستسلم أبدا"]


def test_witness_narrative_with_brackets() -> None:
    text = ("قال شاهد إن الشرطة طوقت المكان. وتابع: صاحت الشرطة (ألقي حقيبتك) وكانت المرأة تقول "
            "(لن أستسلم). وتابع: حذرتها الشرطة مرة أخرى (ألقي حقيبتك) وقالت المرأة (أطلقوا).")
    cs = claims_of(text)
    got = [(c.cue.text, [s.text for s in c.chain], c.content.text) for c in cs]
    assert got == [
        ("قال", ["شاهد"], "الشرطة طوقت المكان"),
        ("تابع", ["شاهد"], "صاحت الشرطة (ألقي حقيبتك) وكانت المرأة تقول (لن أستسلم)"),
        ("صاحت", ["شاهد", "الشرطة"], "ألقي حقيبتك"),
        ("تقول", ["شاهد", "المرأة"], "لن أستسلم"),
        ("تابع", ["شاهد"], "حذرتها الشرطة مرة أخرى (ألقي حقيبتك) وقالت المرأة (أطلقوا)"),
        ("حذرتها", ["شاهد", "الشرطة"], "ألقي حقيبتك"),
        ("قالت", ["شاهد", "المرأة"], "أطلقوا"),
    ]


def test_brackets_after_a_name_are_no_speech() -> None:
    c = one("وقالت قناة (سي.إن.إن ترك) التلفزيونية إن الضابط قتل.")
    assert (c.speaker.text, c.content.text) == ("قناة", "الضابط قتل")


def test_subject_between_kana_and_qad_beats_the_object() -> None:
    c = one("وكان مجلس الشعب قد دعا الحكومة إلى إغلاق المزارع فورا.")
    assert (c.speaker.text, c.content.text) == ("مجلس الشعب", "إغلاق المزارع فورا")


def test_threat_in_a_subordinate_clause_is_no_cue() -> None:
    # «هدّد» is strict: «بما يهدد العالم» is a threat to the world, not a warning
    assert claims_of("وتفشى المرض بما يهدد العالم بوباء جديد.") == []


OBJECTS_AFTER_ADJUNCTS = [
    ('أكد الوالي في تصريح لإذاعة "صوت الجهة" اليوم الإثنين 23 جانفي 2017 انطلاق قوافل المساعدات.',
     "الوالي", "انطلاق قوافل المساعدات"),
    ("وأكدت الوزيرة، خلال هذا اللقاء، على عراقة علاقات التعاون.", "الوزيرة", "عراقة علاقات التعاون"),
    ("قالت الهيئة إن الأطباء مضربون. كما طالبت في بيان لها السلط بالإسراع في التحقيق.",
     "الهيئة", "الإسراع في التحقيق"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), OBJECTS_AFTER_ADJUNCTS)
def test_content_after_adjuncts(text: str, speaker: str, content: str) -> None:
    c = claims_of(text)[-1]
    assert (c.speaker.text, c.content.text) == (speaker, content)


def test_apposition_after_a_comma_is_not_the_content() -> None:
    c = one("أكد عبد الرحمن جلول، نائب رئيس المنتدى، ضرورة دراسة دوافع الهجرة.")
    assert c.content.text == "ضرورة دراسة دوافع الهجرة"


NO_CLAIM_MORE = [
    "وشمل التحوير الذي أعلنت عنه رئاسة الحكومة اليوم كل الوزارات.",  # a relative clause
    "ولا يمكن تأكيد أو نفي إصابتهم حتى صدور التحاليل.",  # «نفي» is a noun here
    "واحتضنت برلين القمة، إذ أعلنت خلالها ألمانيا عن مبادرة.",  # see below: a claim of ألمانيا
]


def test_relative_clause_and_verbal_noun_make_no_claim() -> None:
    assert claims_of(NO_CLAIM_MORE[0]) == []
    assert claims_of(NO_CLAIM_MORE[1]) == []


def test_preposition_with_pronoun_is_no_object() -> None:
    c = one(NO_CLAIM_MORE[2])
    assert (c.speaker.text, c.content.text) == ("ألمانيا", "مبادرة")


def test_strict_cue_before_a_role() -> None:
    c = one("وبمناسبة مرور عام على الكارثة طالب رئيس الجمهورية الجهات المسؤولة بتعزيز الإمكانات.")
    assert (c.cue.text, c.certainty, c.content.text) == ("طالب", "demanded", "تعزيز الإمكانات")


def test_demonstrative_object() -> None:
    c = one("وينفي المتهم وعائلته هذه الاتهامات بشكل قاطع.")
    assert (c.certainty, c.content.text) == ("denied", "هذه الاتهامات بشكل قاطع")


def test_demonstrative_after_a_definite_noun_modifies_it() -> None:
    assert claims_of("وتؤكد موجة العنف هذه الأوضاع الأمنية المضطربة.") == []


def test_described_source_keeps_its_chain() -> None:
    cs = claims_of("ونقلت الوكالة عن مصادر محلية أن المطار فتح. كما أكدت المصادر أيضا وصول أول طائرة. "
                   "وأفادت المصادر ذاتها بوصول سفينة.")
    assert [[s.text for s in c.chain] for c in cs] == [["الوكالة", "مصادر محلية"], ["الوكالة", "المصادر"],
                                                       ["الوكالة", "المصادر ذاتها"]]
    assert [c.content.text for c in cs][1:] == ["وصول أول طائرة", "وصول سفينة"]


def test_source_noun_with_a_pronoun() -> None:
    c = one("ويقيم الطفل قرب المستشفى، بحسب مصدرنا الأمني، دون رعاية.")
    assert c.speaker.text == "مصدرنا الأمني"


def test_participle_of_manner_is_not_the_subject() -> None:
    cs = claims_of("قال المدير إن المهرجان ناجح. واستطرد قائلاً: الجمهور كبير هذا العام.")
    assert [(c.cue.text, c.speaker.text) for c in cs] == [("قال", "المدير"), ("استطرد", "المدير")]


def test_negated_announcement_of_a_noun_phrase_is_narration() -> None:
    assert claims_of("ولم تعلن أي جهة مسؤوليتها عن الهجوم.") == []


def test_ids_are_sequential() -> None:
    cs = claims_of("قال الوزير إن الحدود مفتوحة. وقالت الوزيرة إن المدارس مغلقة.")
    assert [c.id for c in cs] == ["c1", "c2"]


# -- impersonal attributions: no speaker, no chain -----------------------------------------
IMPERSONAL = [
    ("ويعتقد أن الطائرة سقطت في البحر.", "يعتقد", "الطائرة سقطت في البحر", "believed"),
    ("ويُرجّح أن المنفذ فرّ إلى الجبال.", "يُرجّح", "المنفذ فرّ إلى الجبال", "believed"),
    ("ويذكر أن المدينة شهدت معارك عنيفة العام الماضي.", "يذكر", "المدينة شهدت معارك عنيفة العام الماضي",
     "asserted"),
    ("ويذكر أيضا أن الجسر أغلق.", "يذكر", "الجسر أغلق", "asserted"),
    ("يشار إلى أن الحادث هو الثاني هذا الشهر.", "يشار", "الحادث هو الثاني هذا الشهر", "asserted"),
    ("وأفيد بأن الطريق أغلق.", "أفيد", "الطريق أغلق", "asserted"),
    ("ويشتبه بأن الرجل نفذ الهجوم.", "يشتبه", "الرجل نفذ الهجوم", "alleged"),
    ("وأوقفت الشرطة شابا يشتبه في انتمائه إلى التنظيم.", "يشتبه", "انتمائه إلى التنظيم", "alleged"),
    ("ويخشى أن يرتفع عدد الضحايا.", "يخشى", "يرتفع عدد الضحايا", "feared"),
    ("ويتوقع أن يصل الوفد غدا.", "يتوقع", "يصل الوفد غدا", "expected"),
    ("ومن المتوقع أن يصل الوفد غدا.", "من المتوقع", "يصل الوفد غدا", "expected"),
    ("ومن المرجح أن تؤجل الانتخابات.", "من المرجح", "تؤجل الانتخابات", "believed"),
    ("ويقدر أن مئات الأسر نزحت.", "يقدر", "مئات الأسر نزحت", "estimated"),
    ("وعثر على أشلاء يعتقد أنها لمنفذ الهجوم.", "يعتقد", "أنها لمنفذ الهجوم", "believed"),
    ("ويُعتقد على نطاق واسع أن الطائرة سقطت.", "يُعتقد", "الطائرة سقطت", "believed"),
    # a passive vocalised by the writer, though a noun phrase stands before it
    ("وكان المسلح قاد شاحنة يُرَجَّح أنها مسروقة.", "يُرَجَّح", "أنها مسروقة", "believed"),
    # «ما يُعتقد أن» (what is believed to be): no subject fits between
    ("ونفذت الشركة بذلك ما يعتقد أنها أطول رحلة.", "يعتقد", "أنها أطول رحلة", "believed"),
    # «اتُّهما بـ»: the passive (the active verb takes its object before بـ)
    ("وأوقف رجلان الأسبوع الماضي واتهما بالإعداد لهجمات.", "اتهما", "الإعداد لهجمات", "alleged"),
    # the formula's own certainty: «يريد» inside the content is no demand
    ("وأوقفت الشرطة فتى يشتبه في أنه كان يريد شن هجوم.", "يشتبه", "أنه كان يريد شن هجوم", "alleged"),
]


def test_active_accusation_after_an_adjunct() -> None:
    # «اتهم في بيان»: the adjunct is no content of a passive; the subject stands before
    c = one("وكان التنسيقي اتهم في بيان أصدره جماعة الحوثيين بقصف المدينة.")
    assert c.speaker is not None and c.speaker.text == "التنسيقي"


@pytest.mark.parametrize(("text", "cue", "content", "certainty"), IMPERSONAL)
def test_impersonal_attribution_has_no_speaker(text: str, cue: str, content: str, certainty: str) -> None:
    c = one(text)
    assert (c.cue.text, c.content.text, c.certainty) == (cue, content, certainty)
    assert c.speaker is None and c.chain == []


IMPERSONAL_ACTIVE = [
    ("يعتقد المحققون أن الطائرة سقطت في البحر.", "المحققون"),  # the subject after the verb
    ("والمحققون يعتقدون أن الطائرة سقطت.", "المحققون"),  # a plural verb, its subject before
    ("والبعض يعتقد أن الحل قريب.", "البعض"),  # the subject before the verb
]


@pytest.mark.parametrize(("text", "speaker"), IMPERSONAL_ACTIVE)
def test_active_attitude_verb_keeps_its_subject(text: str, speaker: str) -> None:
    c = one(text)
    assert c.speaker is not None and speaker in c.speaker.text


def test_impersonal_inside_a_content_is_part_of_it() -> None:
    # «إن من المتوقع أن» is the minister's expectation, not a claim of its own
    c = one("وقال الوزير إن من المتوقع أن يصل الوفد غدا.")
    assert (c.speaker.text if c.speaker else None, c.certainty) == ("الوزير", "expected")


def test_impersonal_formula_before_a_reporting_clause_gives_way() -> None:
    # «يذكر أن والدة الشاب قالت»: the claim is the mother's
    c = one("يذكر أن والدة الشاب قالت إن ابنها بريء.")
    assert (c.cue.text, c.speaker.text if c.speaker else None) == ("قالت", "والدة الشاب")


def test_impersonal_formula_before_a_subject_and_its_verb_gives_way() -> None:
    c = one("ويذكر أن الجيش السوري أعلن أمس أن المدينة محاصرة.")
    assert (c.cue.text, c.speaker.text if c.speaker else None) == ("أعلن", "الجيش السوري")


@pytest.mark.parametrize("text", [
    "يذكر أن الأمم المتحدة كانت قد أعلنت أن المدينة محاصرة.",
    "ويذكر أن الأمم المتحدة قد أعلنت أن المدينة محاصرة.",
])
def test_impersonal_formula_gives_way_to_a_subject_before_qad(text: str) -> None:
    c = one(text)
    assert (c.cue.text, c.speaker.text if c.speaker else None) == ("أعلنت", "الأمم المتحدة")


def test_dropped_subject_skips_an_impersonal_claim() -> None:
    cs = claims_of("وقال الوزير إن الوضع صعب. ويذكر أن المدينة محاصرة. وأضاف أن الحل قريب.")
    assert [c.speaker.text if c.speaker else None for c in cs] == ["الوزير", None, "الوزير"]


def test_noun_phrase_content_ends_at_an_impersonal_formula() -> None:
    cs = claims_of("وتبنت الحركة الهجوم، في ما يعتبر اليوم الأكثر دموية منذ سنوات.")
    assert [(c.cue.text, c.content.text) for c in cs] == [
        ("تبنت", "الهجوم"), ("يعتبر", "اليوم الأكثر دموية منذ سنوات")]


UNNAMED = [
    # «لم يذكر اسمه»: a description of the source, not a denial of its own
    ("وقال مسؤول لم يذكر اسمه إن الهجوم فشل.", "قال", "مسؤول", "asserted"),
    ("وذكرت الوكالة نقلا عن مصدر لم تكشف هويته أن الهجوم فشل.", "ذكرت", "مصدر", "asserted"),
    # «ويُدعى» (is called) is not «يدّعي» (claims)
    ("وقال أحد السكان، ويدعى أحمد، إن القرية دمرت.", "قال", "أحد السكان", "asserted"),
    ("والوزير لا يستبعد أن تؤجل الانتخابات.", "يستبعد", "والوزير", "believed"),  # «لا» between
]


@pytest.mark.parametrize(("text", "cue", "speaker", "certainty"), UNNAMED)
def test_unnamed_source_is_one_claim(text: str, cue: str, speaker: str, certainty: str) -> None:
    c = one(text)
    assert (c.cue.text, c.speaker.text if c.speaker else None, c.certainty) == (cue, speaker, certainty)


def test_active_accusation_keeps_its_subject() -> None:
    c = one("واتهم الحزب الحكومة بالفساد.")
    assert (c.speaker.text if c.speaker else None, c.content.text, c.certainty) == ("الحزب", "الفساد", "alleged")


def test_verb_with_fiha_takes_the_clause_subject() -> None:
    # «قال فيها» points back to «كلمته»: the researcher speaks, not «حقوق الإنسان»
    c = one("ألقى الباحث أحمد كلمته في مؤتمر حقوق الإنسان قال فيها: إن المناهج قديمة.")
    assert c.speaker is not None and "أحمد" in c.speaker.text and "الإنسان" not in c.speaker.text


LONG_SUBJECTS = [
    # a long apposition, then «، إن»
    ("قال وزير العلاقة مع البرلمان والهيئات الدستورية والمجتمع المدني خالد سالم، إن الحكومة ستقدم المشروع.",
     "الحكومة ستقدم المشروع"),
    # the outlet's correspondent and a seminar title in quotes are no speech
    ('وقال الوزير في تصريح لمراسلة "الإذاعة الوطنية" على هامش ندوة حول "دور الشباب في التنمية" ، إن البرنامج جاهز.',
     "البرنامج جاهز"),
]


@pytest.mark.parametrize(("text", "content"), LONG_SUBJECTS)
def test_content_after_a_long_subject(text: str, content: str) -> None:
    assert one(text).content.text == content


OBJECT_AFTER_SUBJECT = [
    # a subject before a verb that takes an object: the noun after the verb is the object
    ("وقال إن الوزير يتهم المعارضة بالتحريض.", "الوزير"),
    ("والسلطات تتهم المعارضة بالتحريض.", "السلطات"),
]


@pytest.mark.parametrize(("text", "speaker"), OBJECT_AFTER_SUBJECT)
def test_subject_before_an_object_verb(text: str, speaker: str) -> None:
    c = one(text)
    assert c.speaker is not None and speaker in c.speaker.text and "المعارضة" not in c.speaker.text


def test_verb_after_a_pronoun_complementiser_belongs_to_the_content() -> None:
    # «إنه يتهم وليد بـ»: the guest accuses; one claim, alleged
    c = one("وأوضح الضيف إنه يتهم وليد جلاد بترويج أخبار كاذبة.")
    assert (c.speaker.text if c.speaker else None, c.certainty) == ("الضيف", "alleged")


RELAYS = [
    ("ونسبت الصحيفة إلى مصادر أمنية قولها إن الهجوم فشل.", ["الصحيفة", "مصادر أمنية"]),
    ("وأوردت القناة عن مصادر أن الهجوم فشل.", ["القناة", "مصادر"]),
    ("ونسبت الصحيفة إلى الوزير قوله إن الهجوم فشل.", ["الصحيفة", "الوزير"]),
]


@pytest.mark.parametrize(("text", "chain"), RELAYS)
def test_relay_verbs_build_the_chain(text: str, chain: list[str]) -> None:
    assert [s.text for s in one(text).chain] == chain


@pytest.mark.parametrize("text", ["ونسبت الشرطة الحادث إلى خلل فني.", "وارتفعت نسب النجاح هذا العام."])
def test_nasaba_without_a_relayed_source_is_no_claim(text: str) -> None:
    assert claims_of(text) == []
