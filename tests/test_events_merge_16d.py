"""The article's lead told again by a source (events-16d, docs/events.md "Session 16: one act told
as two events (events-16d)"): wire copy tells the act in its first sentence, then someone's account
of it in the next sentence or two, naming the street or the village where the lead named the
district or the province. A new source names itself after the verb of saying that opens its
sentence; the same source going on («وأوضحت أن ...»، «وقال المصدر إن ...»، «وأضافت ...») may
list other acts. Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import triggers

_LEAD = "قتل ضابط شرطة وأصيب ثلاثة مجندين اليوم الأحد في انفجار على طريق سريع جنوب القاهرة. "
_ACCOUNT = "وأوضحت الوزارة في بيان أن قنبلة مزروعة انفجرت في سيارة للشرطة في حي البساتين."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry's account in the next sentence: one bombing
        (_LEAD + _ACCOUNT, 1),
        # two sentences after the lead
        (_LEAD + "وأضافت المصادر أن التحقيقات جارية. " + _ACCOUNT, 1),
        # the Observatory's account of the strikes, at a town of the province the lead named
        ("قتلت مقاتلات تركية تسعة عناصر من تنظيم داعش في غارات جوية على مواقع في محافظة حلب. وقال "
         "مدير المرصد لوكالة فرانس برس إن الطائرات التركية نفذت ثلاث ضربات جوية على قرية قرب مدينة منبج.", 1),
    ],
)
def test_a_source_retelling_the_lead_joins_it(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # three sentences after the lead
        _LEAD + "وأضافت المصادر أن التحقيقات جارية. وتابعت أن الشرطة طوقت المكان. " + _ACCOUNT,
        # a date of its own
        _LEAD + "وأوضحت الوزارة في بيان أن قنبلة مزروعة انفجرت في سيارة للشرطة في حي البساتين يوم الجمعة الماضي.",
        # another country
        _LEAD + "وأوضحت الوزارة في بيان أن قنبلة مزروعة انفجرت في سيارة للشرطة في مدينة بنغازي الليبية.",
        # a town far from the lead's town: another act
        "قتل ضابط شرطة وأصيب ثلاثة مجندين اليوم الأحد في انفجار في مدينة العريش. وأوضحت الوزارة في بيان أن "
        "قنبلة مزروعة انفجرت في سيارة للشرطة في مدينة أسوان.",
        # marked as another
        _LEAD + "وأوضحت الوزارة في بيان أن قنبلة أخرى انفجرت في سيارة للشرطة في حي البساتين.",
        # the first violence told in the third sentence: no lead
        "عقد مجلس الوزراء اجتماعه الأسبوعي اليوم. وناقش المجلس عدة ملفات. " + _LEAD + _ACCOUNT,
        # no verb of saying: not a source's account
        _LEAD + "وتبين أن قنبلة مزروعة انفجرت في سيارة للشرطة في حي البساتين.",
        # another subtype: an air strike told after a bombing
        _LEAD + "وقال مصدر أمني إن طائرات حربية قصفت مواقع للمسلحين في شمال سيناء.",
        # the same source going on, not a new one naming itself
        _LEAD + "وأوضحت أن قنبلة مزروعة انفجرت في سيارة للشرطة في حي البساتين.",
        _LEAD + "وقال المصدر إن قنبلة مزروعة انفجرت في سيارة للشرطة في حي البساتين.",
        # «أضاف»: the source goes on to more news
        _LEAD + "وأضافت الوزارة في بيان أن قنبلة مزروعة انفجرت في سيارة للشرطة في حي البساتين.",
        # the verb of saying does not open the sentence (a turn to another place first)
        _LEAD + "وفي حي البساتين أوضحت الوزارة في بيان أن قنبلة مزروعة انفجرت في سيارة للشرطة.",
    ],
)
def test_what_a_source_tells_stays_apart_otherwise(text: str) -> None:
    assert len(triggers(text)) == 2
