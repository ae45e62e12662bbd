"""Eighth pass on articles (events-4c): the README demo's three event errors as classes
(docs/events.md, "Eighth pass"): bodies found are no fatalities, a means phrase is no target,
a retelling with another occurrence's verb joins that occurrence."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.cli.analyze import demo_article
from khabar.document import RawArticle
from khabar.events.retellings import _verb_home, _verb_stem
from khabar.schema import Event, Span


def _events(text: str) -> list[Event]:
    return analyze(text).events


# --- a count of bodies found (a grave, bodies recovered) is not an event's fatalities ----------

@pytest.mark.parametrize(
    "text",
    [
        "أعلنت مصادر عراقية العثور على مقبرة جماعية تضم نحو 400 جثة تعود لعسكريين ومدنيين أعدمهم تنظيم داعش في الصقلاوية.",
        "وقالت الشرطة إنها عثرت على 30 جثة لمدنيين قتلهم مسلحون في البلدة أمس.",
    ],
)
def test_bodies_found_are_not_fatalities(text: str) -> None:
    evs = _events(text)
    assert evs and all(e.fatalities is None for e in evs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll of the act itself is still read
        ("قتل 30 مدنيا في هجوم شنه مسلحون على البلدة أمس.", 30.0),
        # a count of the dead beside bodies recovered: the dead are the toll, not the bodies
        ("وقتل 12 شخصا في غارة جوية على سوق المدينة أمس، وانتشلت فرق الإنقاذ 12 جثة من تحت الأنقاض.", 12.0),
    ],
)
def test_toll_of_the_act_is_kept(text: str, expected: float) -> None:
    evs = _events(text)
    assert [e.fatalities.best for e in evs if e.fatalities] == [expected]


# --- a prepositional phrase of the weapon or fire is the means, not a target or an actor -------

@pytest.mark.parametrize(
    "text",
    [
        "وقال إن غالبية الضحايا قتلوا برصاص في الرأس.",
        "وأكد المصدر أن الضحايا قتلوا بالرصاص في الشارع.",
    ],
)
def test_means_phrase_is_no_target(text: str) -> None:
    evs = _events(text)
    assert evs
    words = [x.text for e in evs for x in (*e.targets, *e.actors)]
    assert not [w for w in words if w.startswith(("برصاص", "بالرصاص"))]


def test_victims_are_still_targets() -> None:
    evs = _events("قتل 30 مدنيا في هجوم شنه مسلحون على البلدة أمس.")
    assert [x.text for e in evs for x in e.targets] == ["30 مدنيا"]


# --- a retelling with another occurrence's verb joins that occurrence --------------------------

def _ev(trigger: str, subtype: str = "attack", type_: str = "violence_against_civilians",
        date: str | None = None) -> Event:
    return Event(id="v0", type=type_, subtype=subtype, trigger=Span(text=trigger, start=0, end=len(trigger)),  # type: ignore[arg-type]
                 actors=[], targets=[], place=None, date=date, fatalities=None, claim=None, mentions=[])


@pytest.mark.parametrize(
    ("word", "stem"),
    [("أعدمهم", "اعدم"), ("وأعدم", "اعدم"), ("قتلوا", "قتل"), ("قصفت", "قصف"), ("إطلاق النار", "")],
)
def test_verb_stem(word: str, stem: str) -> None:
    assert _verb_stem(word) == stem


@pytest.mark.parametrize(
    ("told", "default", "new", "gaps", "expected"),
    [
        # the executions, then soldiers killed in attacks, then «أعدم» again: the executions
        (["أعدمهم", "قتلهم"], 1, "أعدم", [2, 1], 0),
        # shelling, then an attack, then «وقصفت» again: the shelling
        (["قصفت", "هاجموا"], 1, "وقصفت", [3, 1], 0),
        # the default already has the verb: no redirect
        (["قتلوا", "قتلهم"], 1, "قتل", [2, 1], None),
        # too far back: no redirect
        (["أعدمهم", "قتلهم"], 1, "أعدم", [5, 1], None),
        # no earlier occurrence with the verb: no redirect
        (["قصفت", "قتلهم"], 1, "أعدم", [2, 1], None),
    ],
)
def test_verb_home(told: list[str], default: int, new: str, gaps: list[int], expected: int | None) -> None:
    out = [_ev(t) for t in told]
    assert _verb_home(out, default, _ev(new), gaps, {}, {}) == expected


def test_verb_home_keeps_dates_apart() -> None:
    out = [_ev("أعدمهم", date="d1"), _ev("قتلهم")]
    dates = {"d1": "2014-12", "d2": "2015-06-10"}
    assert _verb_home(out, 1, _ev("أعدم", date="d2"), [2, 1], dates, {}) is None


def test_demo_events() -> None:
    """The README demo: the executions carry no body count, keep their own «أعدم», and
    «برصاص» is no target."""
    evs = analyze(demo_article()).events
    first = evs[0]
    assert first.trigger.text == "أعدمهم"
    assert first.fatalities is None
    assert "أعدم" in [m.text for m in first.mentions]
    assert all("أعدم" not in [m.text for m in e.mentions] for e in evs[1:])
    assert "برصاص" not in [t.text for e in evs for t in e.targets]


# --- a date in a relative clause describing another noun is not the event's date --------------

def _dates(text: str) -> list[str | None]:
    r = analyze(RawArticle(text=text, source="test", date="2015-08-03"))
    values = {d.id: d.value for d in r.dates}
    return [values.get(e.date) if e.date else None for e in r.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of a state's partition, told in a relative clause on the state
        ("وقتل شرطيان وثلاثة مدنيين في الهجوم الذي لا يزال مستمرا في المركز الواقع بولاية البنجاب الشمالية، التي تم تقسيمها في 1947.", [None]),
        # the date a city fell, told in a relative clause on the city
        ("وقتل خمسة جنود في اشتباكات قرب مدينة الموصل التي سقطت في يد التنظيم في يونيو 2014.", [None]),
        # a relative right after the trigger tells the event's own date
        ("وقتل خمسة أشخاص في الهجوم الذي وقع في 5 يونيو 2015 في المدينة.", ["2015-06-05"]),
        # no relative clause: the sentence's date
        ("قتل خمسة جنود في اشتباكات قرب مدينة الموصل في 3 يونيو 2015.", ["2015-06-03"]),
    ],
)
def test_date_of_a_described_noun(text: str, expected: list[str | None]) -> None:
    assert _dates(text) == expected


# --- counts over a period, and strikes begun, are no occurrence --------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # a casualty verb counted over a week (the whole sentence, not only the verb's clause)
        "قتل نحو 260 مقاتلا ومئات جرحوا، خلال أسبوع من الغارات الجوية على قواعد المتمردين.",
        # «نفس الفترة»، «الفترة نفسها»: the period of a tally told before
        "وفي نفس الفترة أيضا، ألقت قوات الأمن القبض على أكثر من 1500 مشتبه به.",
        "وقتل 40 شخصا في الفترة نفسها في اشتباكات متفرقة.",
        # plural strikes begun: a campaign begun, and what it began with
        "بدأت الغارات التركية الأسبوع الماضي باستهداف مواقع التنظيم في سوريا.",
        "وبدأت الضربات الجوية للتحالف على مواقع الحوثيين في 26 مارس.",
    ],
)
def test_tallies_and_campaigns_begun(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "قتل 12 مقاتلا في غارة جوية على قاعدة للمتمردين أمس.",
        # one attack begun («بدأ الهجوم»), singular: an occurrence
        "بدأ الهجوم على المدينة فجر اليوم بقصف مدفعي عنيف.",
    ],
)
def test_one_occurrence_is_kept(text: str) -> None:
    assert len(_events(text)) == 1


# --- a casualty in an unnamed attack, with no doer or place of its own, is the attack told before

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مدنيان في هجوم على سوق في مدينة الرمادي أمس. وقال مصدر طبي إن طفلا أصيب في هجوم أيضا.", 1),
        ("قتل مدنيان في هجوم على حافلة في مدينة الموصل اليوم. وقال شهود إن امرأة قتلت في هجوم أيضا.", 1),
        # a place of its own: another attack
        ("قتل مدنيان في هجوم على سوق في مدينة الرمادي أمس. وأصيب ثلاثة مدنيين في هجوم على حافلة في بغداد.", 2),
    ],
)
def test_casualty_in_an_unnamed_attack(text: str, expected: int) -> None:
    assert len(_events(text)) == expected
