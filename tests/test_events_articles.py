"""The events step on whole articles: what is no occurrence, and when a later sentence
retells one already counted (issue 7, found on tests/devgold/events).

Only the events step runs (other layers off), so these tests do not depend on other steps.
"""

from __future__ import annotations

import pytest

from _events import rule_triggers as triggers
from _events import segmented
from khabar.events import extract_events
from khabar.events.lexicon import SUBTYPE_TYPE
from khabar.events.retellings import merge_events
from khabar.pipeline import analyze
from khabar.schema import Event, Source, Span


@pytest.mark.parametrize(
    "text",
    [
        # a present verb after the purpose ل: what it is for, not what happened
        "وأرسل التنظيم عناصره إلى المدينة ليقتلوا الرهائن.",
        # a verb of purpose does not anchor a noun («ليخرج بعد معارك»)
        "ويرى النقاد أن رامبو يقهر الإرهاب ليخرج بعد معارك طاحنة بطلا قوميا.",
        # «ما يدور من»: a description of what goes on
        "وقالت القوات إنها ليست طرفا مما يدور من أحداث واشتباكات داخل الحدود.",
        # «تقوم ... بـ» in the present: an ongoing campaign
        "ويعاني التنظيم من نقص الذخيرة في الوقت الذي تقوم فيه قوات التحالف باستهداف خطوط الإمداد.",
    ],
)
def test_no_occurrence(text: str) -> None:
    assert triggers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فجروا السيارة المفخخة أمس فقتلت خمسة أشخاص.", 1),  # not ل: a result that happened
        ("ودارت اشتباكات عنيفة داخل الحدود أمس.", 1),
        ("قام مسلحون أمس باستهداف حاجز للجيش بقذائف الهاون.", 1),
    ],
)
def test_occurrence_kept(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that first names the strike by a definite noun retells it
        "قتل 14 جنديا أمس في غارة أمريكية على حاجز للجيش. وقال الحاكم حيث حصلت الغارة إن مروحيتين هاجمتا حاجزا للجيش.",
        # what the strike did («دمر»، «قتل») speaks of the strike told before
        "قتل 14 جنديا أمس في غارة أمريكية على حاجز للجيش. وأضاف أن الحاجز دمر بالكامل، وقتل 14 جنديا.",
        # «وقعت» is a verb of happening (its و is no conjunction): «التي وقعت فيها الغارة»
        "قتل 14 جنديا أمس في غارة أمريكية على حاجز للجيش. وكان مسلحون موجودين في المنطقة. "
        "وقال إن المنطقة التي وقعت فيها الغارة ليست مشبوهة.",
        # a noun with an attached pronoun is the one told: «شن الأمريكيون هجومهم»
        "قتل 14 جنديا أمس في هجوم أمريكي على حاجز للجيش. وكان العلم يرفرف على الحاجز. "
        "وأضاف المسؤول أن العلم كان مرفوعا عندما شن الأمريكيون هجومهم.",
    ],
)
def test_retold_occurrence_is_one_event(text: str) -> None:
    assert len(triggers(text)) == 1


def test_retold_far_with_one_candidate_is_one_event() -> None:
    # «ووقع إطلاق النار» (definite by its last word) five sentences later: the only shooting told
    text = ("قتل مسلح مساء الأربعاء بعد أن أطلق النار داخل سينما قرب مدينة ناشفيل. "
            "وأعلنت الشرطة موت المشتبه. ولم تعرف هويته. وأضافت الصحيفة أنه كان يحمل مطرقة. "
            "وتفتش الشرطة حقيبتين. ووقع إطلاق النار أثناء عرض فيلم.")
    assert len(triggers(text)) == 1


def test_fighting_retold_next_sentence_at_the_same_place_is_one_event() -> None:
    text = ("قتل 18 من مسلحي جماعة الحوثي في اشتباكات عنيفة مع مسلحي المقاومة أمس في مدينة تعز. "
            "وذكر المصدر أن قتلى من الحوثيين سقطوا في معارك عنيفة اندلعت في شارع الستين بمدينة تعز.")
    assert len(analyze(text).events) == 1


def test_new_strike_told_after_one_is_two_events() -> None:
    text = "قتل 14 جنديا أمس في غارة أمريكية على حاجز للجيش. وشنت طائرات أخرى غارات على قرية مجاورة."
    assert len(triggers(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a killing named as a crime is a charge («في جريمة قتل»)
        "ورغم إصدار حكم إدانة ضد الممثل في جريمة قتل، حقق فيلمه نجاحا كبيرا.",
        # explosives defused did not explode
        "وأكدت قيادة العمليات تفكيك 15 عبوة ناسفة في المنطقة أمس.",
        # the purpose of what was not done
        "ولم تتحرك الشرطة أمس لإلقاء القبض على أي من المتظاهرين.",
    ],
)
def test_charges_defused_and_unmet_purposes_are_no_occurrence(text: str) -> None:
    assert triggers(text) == []


def test_a_counted_strike_after_its_verb_is_new_and_names_the_event() -> None:
    text = ("استهدفت الميليشيات أمس أحياء البلدة بأربع قذائف. "
            "وردت المدفعية على مصدر تلك القذائف، فيما شنت طائرات الأباتشي عددا من الغارات على مواقع المتمردين.")
    assert triggers(text)[-1:] == ["الغارات"]
    assert len(triggers(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a present support verb after the noun: an ongoing campaign
        "وتقدم رجال القبائل في الشمال بمساندة ضربات جوية يشنها التحالف.",
        # a tally over a week or more
        "وأسفرت الغارات التركية خلال أسبوع عن مقتل حوالى 260 عنصرا.",
        # a noun after a speciality
        "ووضع المتمردون خططا للعاصمة، بينها نشر كتائب متخصصة بالاغتيالات.",
        # the purpose of a support noun
        "وحاول المتمردون تشكيل مراكز متعددة لشن هجمات على الحدود.",
        # the victims described by a relative clause, nothing else told
        "وقالت المصادر إن غالبية الضحايا الذين قتلوا في جرائم عامة دفنوا في وقت سابق.",
        # thousands killed are a tally
        "وأعلن الوزير أن أكثر من ألفي عراقي بمحافظة نينوى أعدموا على أيدي متشددي التنظيم.",
        "وقال إن التنظيم اغتال 2070 مواطنا من أهالي نينوى.",
        # the cause of a state, alone in its sentence
        "استأنف مطار عدن اليوم حركة الطيران بعد توقف أربعة أشهر جراء المواجهات المسلحة التي دارت في المدينة.",
    ],
)
def test_campaigns_and_tallies_are_no_occurrence(text: str) -> None:
    assert triggers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ولكن خلال شهر واحد اغتيل كرامي في متفجرة زرعت في طائرة.", 1),  # no count: one killing
        ("وقتل خمسة مدنيين أمس جراء الغارات على المدينة.", 1),  # a cause with the dead: the strikes
        ("وارتفع عدد الذين قتلوا في الهجوم على السوق أمس إلى 20.", 1),  # the attack is told
        ("وقتل خمسة جنود في مارس 2014 بصاروخ أطلقته قوة إيساف.", 1),  # a year is no count
        # thousands of troops in another clause are no count of the dead
        ("وقتل 150 مدنيا أمس في ضربات جوية، مما قوض تأييد وجود أكثر من 60 ألفا من القوات.", 1),
        ("وقتل 18 حوثيا في اشتباكات عنيفة خلال الـ 24 ساعة الماضية في مدينة تعز.", 1),  # a day's report
        # a kept clash noun is a clash of its own beside the strikes of the same sentence
        ("وفي محافظة مأرب، قتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية، "
         "وشن طيران التحالف سبع غارات على مواقع للمتمردين في المخدرة.", 2),
    ],
)
def test_occurrences_counted(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a present verb with «منذ» is a state (the forces' arrival stays)
        ("ووصلت القوات إلى مشارف القاعدة، فيما تحاصر القاعدة من جهة الشمال منذ أيام عدة قوات أخرى.", "تحاصر"),
        # «مراكز تجمع»: gathering points, the strikes' target (the strikes stay)
        ("وكانت المقاتلات قد نفذت الأحد غارات استهدفت مراكز تجمع تابعة لداعش.", "تجمع"),
    ],
)
def test_word_is_no_trigger(text: str, word: str) -> None:
    found = triggers(text)
    assert found
    assert not [t for t in found if word in t]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # a projectile fired across the border (Saudi border news)
        ("وأصيب مقيم يمني أمس بشظايا مقذوف أطلق من الأراضي اليمنية على محافظة الطوال.",
         "shelling_artillery_missile_attack"),
        # «استهدف» with aircraft as its subject is an air strike; their target is no protest
        ("واستهدفت طائرات التحالف تجمعات للحوثيين في مديرية حرض.", "air_drone_strike"),
        # an intercepted missile was fired
        ("واعترضت الدفاعات الجوية السعودية صاروخ سكود أطلقته الميليشيات باتجاه خميس مشيط.",
         "shelling_artillery_missile_attack"),
    ],
)
def test_border_news_occurrences(text: str, subtype: str) -> None:
    doc = segmented(text)
    assert [e.subtype for e in extract_events(doc)] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح شاهد عيان أن مواطنا قام بحمل مقذوف لم ينفجر من الأرض.",  # a dud
        "رابط الخبر بصحيفة الوئام: بالصور.. إصابة مقيم بسقوط مقذوفات على نجران.",  # the footer's headline
        "وتواصل القوات تمشيط الحدود المحاذية.",  # continuing: a campaign
        "وتكثف طالبان هجومها خلال الصيف في مختلف أنحاء البلاد.",  # intensifying: a campaign
        "وتواصل المقاومة وعناصر الجيش تنفيذ المرحلة الثانية من تحرير محافظة لحج.",  # continuing, further back
        "ولماذا تقوم إيران بالتنكيل واعتقال وقتل مواطنيها العرب في الأحواز.",  # a question
        "وكان التنظيم يجند الصبية من خلال الإنترنت.",  # a past habit
    ],
)
def test_duds_footers_and_campaigns_are_no_occurrence(text: str) -> None:
    assert triggers(text) == []


def test_past_continuous_fighting_happened() -> None:
    assert len(triggers("وكان المسلحون يطلقون النار على المارة أمس في السوق.")) == 1


def test_shells_falling_are_an_occurrence() -> None:
    text = "وأصيب جنديان سعوديان بجروح إثر سقوط قذيفة على موقعهما في نجران."
    assert triggers(text) == ["سقوط قذيفة"]


def test_the_falling_of_those_shells_retells() -> None:
    text = ("سقطت أمس أربع قذائف على أحياء ظهران الجنوب. وردت المدفعية السعودية على مصدرها. "
            "وباشرت الجهات الأمنية مواقع سقوط تلك القذائف.")
    assert len([t for t in triggers(text) if "قذائف" in t]) == 1


def test_repelled_attack_happened() -> None:
    assert len(triggers("وتمكنت المقاومة أمس من صد هجوم للحوثيين على مواقعها في مأرب.")) == 1


def test_civil_defence_report_retells_the_projectile() -> None:
    text = ("أصيب أربعة مواطنين بمحافظة الحرث عصر اليوم الجمعة نتيجة سقوط مقذوفات من داخل الأراضي اليمنية. "
            "وقال المتحدث إن فرق الدفاع المدني باشرت بلاغا عن سقوط مقذوفات على حي سكني مما نتج عنه إصابة أربعة مواطنين.")
    assert len(triggers(text)) == 1


def test_a_second_operation_is_new() -> None:
    text = ("وفجر الثوار أمس عبوة ناسفة في دورية للميليشيا. "
            "كما استهدف الثوار بعملية ثانية طقما عسكريا، ما أدى إلى سقوط خمسة قتلى.")
    assert len(triggers(text)) == 2


def test_the_same_strikes_at_the_same_town_told_again_are_one_event() -> None:
    text = ("ذكرت مصادر أمنية يمنية أن طائرات التحالف شنت غارات جوية على مواقع للحوثيين في مدينة مأرب. "
            "وقالت مصادر عسكرية إن القوات الحكومية دخلت مدينة زنجبار. "
            "وشنت طائرات التحالف 3 غارات جوية على مواقع للحوثيين في مدينة مأرب.")
    assert len([e for e in analyze(text).events if e.subtype == "air_drone_strike"]) == 1


def test_a_place_after_fima_belongs_to_the_other_occurrence() -> None:
    text = ("وقال مصدر محلي إن الغارات استهدفت تجمعا لآليات الحوثيين، "
            "فيما قصفت طائرات التحالف أيضا معسكرا في محافظة إب.")
    rec = analyze(text)
    strikes = [e for e in rec.events if e.trigger.text == "الغارات"]
    assert strikes and strikes[0].place is None


def test_a_superlative_since_is_no_tally() -> None:
    text = "وتبنت الحركة الهجوم الذي يأتي بعد سلسلة هجمات في كابل أوقعت 51 قتيلا الجمعة، في اليوم الأكثر دموية منذ سنوات."
    assert len(triggers(text)) == 2


def test_the_incident_retells() -> None:
    text = ("قتل 21 شخصا على الأقل أمس في هجوم في ولاية قندوز. وأشارت الوزارة إلى أن القتلى مدنيون. "
            "وقالت الوزارة إن الحادثة وقعت حين فجر انتحاري حزامه الناسف في الإقليم.")
    assert len(triggers(text)) == 1


def _event(trigger: str, start: int, subtype: str, actors: list[str]) -> Event:
    return Event(id="v0", type=SUBTYPE_TYPE[subtype], subtype=subtype,  # type: ignore[arg-type]
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 actors=[Source(text=a, start=0, end=len(a)) for a in actors])


@pytest.mark.parametrize(
    ("later_actor", "expected"),
    [
        ("إحدى المرأتين", 1),  # the same attackers named again with the article
        ("مسلحون", 2),  # others
    ],
)
def test_attackers_named_again_tell_the_same_shooting(later_actor: str, expected: int) -> None:
    events = [_event("أطلقت", 0, "attack", ["امرأتان"]), _event("أطلقت", 500, "armed_clash", [later_actor])]
    merged = merge_events(events, [0, 2], {}, {}, [(False, None), (False, None)])
    assert len(merged) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead after «بعد» and the strikes that killed them are one earlier occurrence
        ("اندلعت اشتباكات عنيفة في مدينة تعز بعد مقتل ستة أشخاص في غارات شنها طيران التحالف.",
         ["اندلعت اشتباكات", "مقتل ستة أشخاص في غارات"]),  # (the strikes' span holds the dead: caused_killing)
        ("خرج مئات المتظاهرين في صنعاء بعد مقتل ستة أشخاص في غارات شنها طيران التحالف.", ["خرج", "مقتل ستة أشخاص في غارات"]),
        # the killing told after the attack it follows is that attack's
        ("وجاءت المصادقة على القانون بعد هجوم وقع الشهر الماضي على منتجع في سوسة أدى إلى مقتل 38 سائحا.",
         ["هجوم"]),  # (the killing 9 words on is past caused_killing's reach)
        # a clause boundary ends the «بعد» phrase: «فيما قتل» is another occurrence
        ("اندلعت اشتباكات بعد هجوم على حاجز للجيش، فيما قتل جنديان في غارة على مدينة تعز.",
         ["اندلعت اشتباكات", "هجوم", "قتل جنديان في غارة"]),
    ],
)
def test_after_phrase_is_one_occurrence(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killing and the noun naming what killed: one trigger from one to the other
        ("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز.", ["قتل 21 شخصا على الأقل في هجوم"]),
        ("لقي جندي سعودي حتفه جراء انفجار لغم أرضي في منطقة جازان.", ["لقي جندي سعودي حتفه جراء انفجار"]),
        ("قتل جنديان بانفجار عبوة ناسفة في بغداد.", ["قتل جنديان بانفجار"]),
        # a weapon is no naming noun: the killing stays the trigger
        ("قتل جنديان برصاص قناص في بغداد.", ["قتل"]),
        # a sentence end between them: two sentences, the noun tells its own
        ("قتل جنديان أمس. وفي تطور آخر وقع هجوم على حاجز في بغداد.", ["قتل", "وقع هجوم"]),
    ],
)
def test_killing_runs_to_naming_noun(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a period given by its ends: a tally
        "وقال المتحدث إن 88 إرهابيا قتلوا في شمال سيناء في الفترة بين 20 و31 يوليو الماضي.",
        # expected battles, not yet fought
        "ويخشى المسؤولون من انخراط حزب الله معها في المعارك المرتقبة ضد لجان المقاومة الشعبية.",
        "ويستعد الجيش للهجوم المقبل على المدينة.",
        # the bombers named alone
        "وتتولى الخلايا رصد المواقع وتجهيز الانتحاريين.",
        # a practice by its name
        "ويشمل القرار توسيع نطاق تنفيذ ما يسمى بالاعتقال الإداري ضد النشطاء.",
        # where fighters gather, a target (the strikes are the event)
        # (checked alone: the sentence's strikes stay, see test_occurrence_kept_saudinewsnet)
        "وقال إن الطائرات رصدت مناطق تجمع ووحدات تكتيكية للتنظيم.",
        # holding in the present: a state
        "يحتجز تنظيم داعش فتاة سويدية في سوريا منذ أسابيع.",
        "وقالت إن الجماعة تحتجزهم رهائن منذ أشهر.",
        # an escalation announced, a campaign
        "وقال الحزب إنه يصعد هجماته بسبب خروق لوقف إطلاق النار.",
        # trying now, not done
        "وأكدت السلطات أنها تحاول القبض على مشتبه بهما.",
        # figures of speech and look-alikes in ordinary news
        "فإنهن يحتجن إلى النوم على الرحلات الطويلة.",
        "وتزامن حديث المصادر مع مفاجأة كبيرة فجرها رئيس لجنة التحقيق.",
        "وأن يرد كيد الكائدين في نحرهم.",
        "كما استهدف المهرجان طلاب المدارس بزيارات.",
        # a name in quotes; a practice («كل من»); a habit in a relative clause
        "ويتابع الناشطون أنباء مدينتهم عبر صفحة إخبارية اتخذت اسم «الرقة تذبح بصمت» تعنى بتوثيق الانتهاكات.",
        "وأكد المرصد أن داعش يعتقل كل من ينشر أخبار التنظيم.",
        "وأكدت المصادر أن الحوثيين زرعوا متفجرات في جميع المناطق التي ينسحبون منها.",
        # stopped before he could
        "وقال إن الشرطيين دخلوا الصالة قبل أن يتمكن المسلح من إطلاق النار عليهم.",
        # sent to arrest; mines left; rights attacked; a campaign over weeks
        "لذلك بادرت إلى إرسال مناديب عنها لاعتقال الهاربين وإعادتهم إلى صفوف القتال.",
        "لكنهم أبقوا عددا من القناصة وتركوا خلفهم ألغاما أرضية.",
        "التي أصبحت تعيث في الأرض فسادا وخرابا وتعتدي على الحقوق المدنية للمواطنين.",
        "إلا أن الأخير عاود في الأسابيع الماضية تنفيذ تفجيرات انتحارية وبعبوات ناسفة وسيارات مفخخة.",
    ],
)
def test_no_occurrence_saudinewsnet(text: str) -> None:
    assert triggers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفجر انتحاريون من التنظيم أنفسهم في أربع سيارات مفخخة الليلة الماضية.", 1),  # bombers with their act
        ("وشنت الطائرات غارات مكثفة على مواقع الحوثيين في الفترة الصباحية.", 1),  # a time of day, no tally
        ("ودارت المعارك الأخيرة في المدينة أمس بين الجيش والمسلحين.", 1),  # «الأخيرة»: past, not expected
        ("وأضاف أن القوات نفذت 17 ضربة جوية في العراق استهدفت مناطق تجمع ووحدات تكتيكية للتنظيم.", 1),
        ("واحتجزت الشرطة خمسة أشخاص أمس في الرياض.", 1),  # held, in the past: an arrest
        ("واحتج مئات العمال أمام الوزارة أمس.", 1),
        ("وفجر انتحاري نفسه في مسجد أمس.", 1),
        ("وتحركت قوة أمنية إلى الحي واعتقلت ثلاثة مطلوبين أمس.", 1),
        ("وأطلق المسلح النار على الشرطيين قبل أن يتمكنوا من دخول الصالة.", 1),
        ("وخرج آلاف المتظاهرين في مسيرة تحت شعار «لا للإرهاب» في تونس أمس.", 1),  # the slogan comes after
        ("وقال إن الحوثيين ينسحبون الآن من المدينة.", 1),
        ("وتعرض المعسكر لهجوم أمس أسفر عن مقتل جنديين.", 1),  # «ل» after «تعرض» is no purpose
        ("وقتل ثلاثة أشخاص في انفجار لغم زرعه مسلحون على الطريق أمس.", 1),
    ],
)
def test_occurrence_kept_saudinewsnet(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same death toll retold by a source the next sentence: one attack
        ("قتل عشرة جنود في هجوم شنه مسلحون على معسكر للجيش في تمبكتو. وقال المصدر إن المعسكر تعرض لهجوم "
         "ارهابي خلف عشرة قتلى في صفوفنا.", ["قتل عشرة جنود في هجوم"]),
        # another toll: another attack
        ("قتل عشرة جنود في هجوم شنه مسلحون على معسكر للجيش في تمبكتو. وقال المصدر إن المعسكر تعرض لهجوم "
         "ارهابي خلف ثلاثة قتلى في صفوفنا.", ["قتل عشرة جنود في هجوم", "تعرض لهجوم"]),
    ],
)
def test_same_toll_is_one_occurrence(text: str, expected: list[str]) -> None:
    assert [e.trigger.text for e in analyze(text).events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the source was reached is not where it happened
        ("وقال مسؤول تم الاتصال به في باماكو إن مسلحين هاجموا معسكرا للجيش.", None),
        ("وقال مسؤول إن مسلحين هاجموا معسكرا للجيش في باماكو.", "باماكو"),
    ],
)
def test_place_not_where_source_reached(text: str, expected: str | None) -> None:
    rec = analyze(text)
    places = {p.id: p.text for p in rec.places}
    assert [places.get(e.place or "") for e in rec.events] == [expected]


def test_demonstrative_refers_back_whatever_place_follows() -> None:
    # «هذا الهجوم» is the attack told before, not the Kabul attacks named after it
    text = ("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز. وتبنت حركة طالبان هذا الهجوم، "
            "الذي يأتي بعد سلسلة هجمات في كابول أوقعت 51 قتيلا الجمعة.")
    assert [e.trigger.text for e in analyze(text).events] == ["قتل 21 شخصا على الأقل في هجوم", "هجمات"]


def test_definite_noun_takes_only_a_place_named_as_where() -> None:
    # «القصف» refers back to the strikes near Erbil; «أنقرة» is who speaks, not where
    text = ("أسفرت غارات للطيران التركي فجر أمس على قرية شمال شرقي أربيل عن مقتل نحو 25 قرويا. "
            "وقال مسؤول تركي إن أنقرة تتعاون مع حكومة الإقليم للتحقيق في مزاعم سقوط ضحايا من المدنيين في القصف.")
    assert [e.trigger.text for e in analyze(text).events] == ["أسفرت غارات"]


# --- third pass on articles (events-articles-3): SaudiNewsNet 2015 dev parts D, E, F ----------


@pytest.mark.parametrize(
    "text",
    [
        # the start of an ongoing war as a time reference
        "وبعد أربعة أشهر على بدء المعارك في البلاد، رست أول سفينة مساعدات في ميناء عدن.",
        "وأدت أكثر من أربعة أشهر من المعارك الشرسة إلى دمار واسع في البلاد.",
        # a campaign of strikes begun
        "وفي 26 مارس بدأ تحالف تقوده السعودية حملة ضربات جوية لمنع المتمردين من إحكام سيطرتهم.",
        # a tally since an occurrence
        "وألقت السلطات القبض على عشرات المتشددين في إطار حملة واسعة منذ هجوم منتجع سوسة.",
        # a unit named by its work, and its pair of nouns
        "وأضاف أن السوداني يترأس وحدة التفجيرات والهجمات الانتحارية.",
        # a kind of act, not one told
        "لم تعد عمليات التفجير مقصورة على الانتحاريين.",
        "وأشار إلى أن خسائر الحوثي لم تقتصر على المواجهات العسكرية.",
        # the n-th month of a war
        "وتتواصل المعارك بين قبائل مأرب والحوثيين للشهر الرابع على التوالي.",
        # a toll to date
        "وقالت الوكالة إن أكثر من 260 مقاتلا قتلوا وأصيب 400 حتى الأول من أغسطس.",
        # allowed to, not done
        "وجاء ذلك بعد موافقة تركيا على السماح للجيش الأمريكي بشن ضربات جوية ضد التنظيم.",
        # taking part now: an ongoing campaign
        "وأوضح أن مقاتلات الأباتشي تشارك في قصف مواقع الانقلابيين.",
        # «دمر» and «استهدف» do not confirm each other
        "وأعلن مسؤول أن أكثر من 1500 مدرسة دمرت جزئيا وأن غالبية هذه المدارس استهدفها التنظيم.",
    ],
)
def test_situations_are_no_occurrence(text: str) -> None:
    assert analyze(text).events == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a slogan chanted is no killing
        ("وأطلق المتظاهرون هتافات منها «تركيا تقتلنا» في بروكسل.", "تقتلنا"),
        # «فجر تبادلا لإطلاق النار»: sparked, nothing exploded
        ("وأطلق المسلحون الصواريخ على موقع عسكري ما فجر تبادلا قصيرا لإطلاق النار.", "فجر"),
    ],
)
def test_figures_of_speech_are_no_trigger(text: str, absent: str) -> None:
    assert all(absent not in e.trigger.text for e in analyze(text).events)


def test_managed_to_arrest_is_an_arrest() -> None:
    text = "وتمكنت الوحدة الوطنية في عملية أمنية استباقية من إيقاف 6 عناصر بجهة الكاف."
    assert [e.subtype for e in analyze(text).events] == ["arrests"]


@pytest.mark.parametrize(
    "text",
    [
        # named in passing, then told in full
        "وشددت الشرطة إجراءاتها في أعقاب هجوم مسلح على منتجع سياحي قتل فيه عشرات من السياح. "
        "وقتل مسلح 38 سائحا عندما أطلق الرصاص على شاطئ فندق في مدينة سوسة في أواخر يونيو.",
        # what the attack did, after «بعد»
        "شن تنظيم داعش أول هجوم انتحاري داخل الأراضي التركية، بعد استهدافه تجمعا في مركز ثقافي بمدينة سوروتش.",
        # who did the attack told
        "قتل 30 شخصا في تفجير انتحاري في سوروتش أمس. وقالت الشرطة إن انتحارية هي التي نفذت الهجوم.",
        # a statement's date is not the strike's
        "أعلنت وزارة الدفاع الأميركية يوم أمس أن قياديا في القاعدة قتل في غارة أميركية في أفغانستان. "
        "وأوضحت الوزارة أن العملية التي جرت في 11 يوليو في ولاية باكتيكا أدت إلى مقتل القيادي.",
    ],
)
def test_retold_in_the_article_is_one_event(text: str) -> None:
    assert len(analyze(text).events) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two clock times: two projectiles
        ("وأوضح المتحدث أنه في تمام الساعة 1:50 باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف على منزل "
         "بمحافظة الحرث. وأضاف أن الفرق باشرت في تمام الساعة 12:30 بلاغا عن سقوط مقذوف على مبنى بمحافظة الطوال.",
         ["shelling_artillery_missile_attack", "shelling_artillery_missile_attack"]),
        # mines exploding are not the clash told before
        ("قتل 15 مسلحا حوثيا في مواجهات مع المقاومة في تعز. وقتل 17 مدنيا جراء انفجار ألغام زرعها الحوثيون في لحج.",
         ["armed_clash", "remote_explosive"]),
        # a commemoration's date and place belong to the bombing commemorated
        ("تظاهر مئات الأشخاص في بروكسل السبت. "
         "وأحيا المتظاهرون ذكرى الضحايا الذين قضوا في العملية الانتحارية في سوروتش في 20 يوليو.",
         ["peaceful_protest", "suicide_bomb"]),
    ],
)
def test_occurrences_told_apart(text: str, expected: list[str]) -> None:
    assert [e.subtype for e in analyze(text).events] == expected


def test_flight_of_attackers_is_part_of_the_attack() -> None:
    text = "وهاجم مستوطنون منزلا في دوما وقتلوا طفلا قبل أن يهربوا إلى مستوطنة مجاورة."
    assert [e.subtype for e in analyze(text).events] == ["attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the popular resistance is armed; managed to take places
        ("وتمكنت المقاومة الشعبية من السيطرة على عدة مناطق في محافظتي الضالع وأبين.",
         ["government_regains_territory"]),
        # territory taken is fighting, not the air strikes told before
        ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين. "
         "وتمكنت المقاومة الشعبية أمس من السيطرة على عدة مناطق.",
         ["air_drone_strike", "government_regains_territory"]),
    ],
)
def test_territory_managed_by_the_resistance(text: str, expected: list[str]) -> None:
    assert [e.subtype for e in analyze(text).events] == expected
