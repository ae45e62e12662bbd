"""Claims on real articles (Arabic Wikinews, CC BY 2.5; ANT corpus, Apache-2.0): every
span matches the text, every chain ends with the speaker, every value is in the contract.
Reads ../shared/data (KHABAR_DATA) via khabar.options.data_dir()."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest

from khabar.claims import step
from khabar.document import Doc, RawArticle
from khabar.options import Options, data_dir
from khabar.pipeline import normalize_step, segment_step
from khabar.schema import CERTAINTIES, CLAIM_KINDS

OPTS = Options()


def _articles(name: str, n: int) -> list[dict[str, str]]:
    path = data_dir() / "news" / f"{name}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in islice(f, n)]


@pytest.mark.shared_data
@pytest.mark.parametrize(("corpus", "n"), [("wikinews", 59), ("ant", 150)])
def test_claims_on_real_articles_keep_the_contract(corpus: str, n: int) -> None:
    total = 0
    for a in _articles(corpus, n):
        doc = Doc.from_article(RawArticle(text=a["text"], source=a["id"]))
        doc = step(segment_step(normalize_step(doc, OPTS), OPTS), OPTS)
        for i, c in enumerate(doc.claims, start=1):
            assert c.id == f"c{i}"
            for sp in [c.content, c.cue, *([c.speaker] if c.speaker else []), *c.chain]:
                assert sp.text == a["text"][sp.start:sp.end]
                assert sp.start < sp.end
            if c.speaker is None:  # an impersonal attribution («يُعتقد أن»): no chain
                assert c.chain == []
            else:
                assert c.chain[-1] == c.speaker
            assert c.kind in CLAIM_KINDS and c.certainty in CERTAINTIES
        total += len(doc.claims)
    assert total > n // 2  # news is full of attributions: far from none
