"""Thirteenth pass: merging (events-8b; docs/events.md, "Thirteenth pass: merging (events-8b)").
Each class: two instances that failed before and a pair that must stay as it was. Texts written
for the tests."""

from __future__ import annotations

import pytest

from _events import doc_of

# Sentences that tell no event, to put distance between two tellings.
_FILLER = ("وقال مسؤول محلي إن الوضع الإنساني صعب. وأضاف أن المستشفيات تعاني نقصا في الأدوية. "
           "ودعا المنظمات الدولية إلى تقديم المساعدة. ")


# A mention told more than three sentences after an occurrence's last telling, placed below the
# country, is not that occurrence when it was told without a place (retellings._placed_far):
# roundups go front by front. The article's lead, or a placed retelling within three sentences,
# still joins.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clashes told without a place, then the clashes of Taiz five sentences on
        ("اعتقلت الشرطة ثلاثة أشخاص في مدينة جدة. ودارت معارك عنيفة بين المقاومة الشعبية والحوثيين. "
         + _FILLER + "وفي مدينة تعز تواصلت المواجهات بين المقاومة والحوثيين.", 3),
        # air strikes told without a place, then the strikes on Hudaydah
        ("تظاهر مئات الطلاب في مدينة الرياض. وشنت طائرات التحالف غارات على مواقع الحوثيين. "
         + _FILLER + "وفي مدينة الحديدة استهدفت الغارات الجوية مخازن الأسلحة.", 3),
        # within three sentences: the clashes told, now placed
        ("اعتقلت الشرطة ثلاثة أشخاص في مدينة جدة. ودارت معارك عنيفة بين المقاومة الشعبية والحوثيين. "
         "وقال مسؤول محلي إن الوضع الإنساني صعب. وفي مدينة تعز تواصلت المواجهات بين الطرفين.", 2),
        # the article's lead, placed by its detail further on
        ("دارت معارك عنيفة بين المقاومة الشعبية والحوثيين أمس. " + _FILLER
         + "وقال أحد السكان إن المواجهات في مدينة تعز لم تتوقف طوال الليل.", 1),
    ],
)
def test_a_far_placed_mention_is_another(text: str, expected: int) -> None:
    assert len(doc_of(text).events) == expected
