"""The tagger sets BLAS to one thread for the whole process at its first document, in whichever
thread tags it, and holds no threadpoolctl control afterwards (session 19, speed-19a;
docs/models.md, "Session 19: one BLAS thread, settled").

Until session 19 a limit was taken and restored around each document. With threadpoolctl 3.8
only one thread may set OpenBLAS's (process-wide) thread count: once the main thread had
tagged, a worker thread's limit was a silent no-op and its documents were tagged with OpenBLAS
on every core (the scenario checks below fail on that code, main 67c06d0: a BLAS library reads
2 threads inside the tagging in each order).

Each scenario runs in a fresh process (the setting is per process and set once), started with
``OPENBLAS_NUM_THREADS=2`` so that one thread is a change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import khabar
from khabar.ner.neural import _blas_threads_wanted

pytest.importorskip("threadpoolctl")

_CHILD = """
import json, sys, threading
import khabar.ner.neural as nn
from threadpoolctl import threadpool_info, threadpool_limits
from khabar.ner.tagger import get_tagger

def blas():
    return sorted({d["num_threads"] for d in threadpool_info() if d["user_api"] == "blas"})

start = blas()
inside = []  # BLAS threads read inside each document's tagging
plain = nn.NeuralModel._tag_document
def spy(self, *a, **k):
    inside.append(blas())
    return plain(self, *a, **k)
nn.NeuralModel._tag_document = spy
tagger = get_tagger()
sent = [["قال", "محمد", "في", "الرياض"]]

def in_thread(f):
    t = threading.Thread(target=f)
    t.start()
    t.join()

for who in sys.argv[1].split(","):
    if who == "main":
        tagger.tag_document(sent)
    elif who == "worker":
        in_thread(lambda: tagger.tag_document(sent))
    elif who == "two":  # two workers at once
        ts = [threading.Thread(target=lambda: tagger.tag_document(sent)) for _ in range(2)]
        [t.start() for t in ts]
        [t.join() for t in ts]
    elif who == "user":  # the caller's own limit in a with block, before the tagger
        with threadpool_limits(limits=1, user_api="blas"):
            pass

after_main = blas()
after_thread = []
in_thread(lambda: after_thread.append(blas()))
# khabar holds no control: another thread's own limit still takes
own = []
def user_limit():
    with threadpool_limits(limits=3, user_api="blas"):
        own.append(blas())
in_thread(user_limit)
print(json.dumps({"start": start, "inside": inside, "after_main": after_main,
                  "after_thread": after_thread[0], "own": own[0], "end": blas()}))
"""


def _run(order: str, **env: str) -> dict[str, list[int]]:
    src = str(Path(khabar.__file__).resolve().parents[1])
    full = {**os.environ, "OPENBLAS_NUM_THREADS": "2",
            "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]), **env}
    out = subprocess.run([sys.executable, "-c", _CHILD, order], capture_output=True, text=True,
                         check=True, env=full)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("order", [
    "main,worker",  # the main thread tags first (session 18's finding), then a worker
    "worker,main",  # a worker first (a Dask worker thread), then the main thread
    "two,main",  # two workers at once
    "user,worker",  # the caller's own threadpoolctl block first
])
def test_one_blas_thread_in_every_thread_and_order(order: str) -> None:
    got = _run(order)
    if got["start"] != [2]:
        pytest.skip(f"OpenBLAS started with {got['start']} threads, not 2: nothing to see")
    assert got["inside"] and all(n == [1] for n in got["inside"])
    assert got["after_main"] == [1]
    assert got["after_thread"] == [1]
    assert got["own"] == [3]  # the caller's limit takes: khabar released control
    assert got["end"] == [1]  # and the caller's with block put back khabar's one thread


def test_keep_leaves_blas_alone() -> None:
    got = _run("main,worker", KHABAR_BLAS_THREADS="keep")
    if got["start"] != [2]:
        pytest.skip(f"OpenBLAS started with {got['start']} threads, not 2: nothing to see")
    assert all(n == [2] for n in got["inside"]) and got["after_thread"] == [2]


@pytest.mark.parametrize(("value", "expected"), [
    (None, 1),
    ("", 1),
    ("1", 1),
    ("4", 4),
    (" 2 ", 2),
    ("keep", None),
])
def test_blas_threads_wanted(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: int | None) -> None:
    if value is None:
        monkeypatch.delenv("KHABAR_BLAS_THREADS", raising=False)
    else:
        monkeypatch.setenv("KHABAR_BLAS_THREADS", value)
    assert _blas_threads_wanted() == expected


@pytest.mark.parametrize("value", ["0", "-1", "two", "Keep", "1.5"])
def test_blas_threads_wanted_refuses(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("KHABAR_BLAS_THREADS", value)
    with pytest.raises(ValueError, match="KHABAR_BLAS_THREADS"):
        _blas_threads_wanted()
