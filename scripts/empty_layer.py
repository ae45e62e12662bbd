"""Which tests still pass when a layer gives nothing? A pytest plugin (review-19a, session 19).

Loaded with ``-p empty_layer`` (``scripts/`` on ``PYTHONPATH``), never from a conftest, so an
ordinary run of the suite never sees it. ``EMPTY_LAYER=NAME`` replaces the layer's entry points
(every reference any loaded ``khabar`` module holds to them) by stand-ins that count their calls
and return nothing: an empty list, the document unchanged, no tags, no matches. After the run,
``EMPTY_LAYER_OUT=FILE`` gets one JSON line per test: its node id, its outcomes (setup, call,
teardown), how many times the emptied functions were called while it ran, and its parameters.

A test that passes with its layer emptied is either a "must yield nothing" case or a test that
cannot notice the layer is gone: read each. With ``EMPTY_LAYER_OBSERVE=1`` the entry points are
kept and wrapped instead, and ``size`` counts the records they returned while each test ran: a
passing test whose inputs do yield records on the real code asserts an absence only (a "must not
yield X" test), blind to an emptied layer. docs/testing.md has the method and the counts.

The names (the ``EMPTY`` table below): places (``geocode``), dates (the step and
``find_dates``), quantities (the step, ``quantities_in``, ``find_quantities``), claims
(``find_claims``), events (``extract_events``), entities (the step), tagger (``Tagger.tag`` and
``Tagger.tag_document`` give ``O``), readers (``read``, ``read_one``), store (the writer writes
no layer rows), all (the pipeline runs normalise and segment only), evalmatch (the scorers'
matchers match nothing).

Example:
    PYTHONPATH=$PWD/src:$PWD/scripts EMPTY_LAYER=places EMPTY_LAYER_OUT=/tmp/places.jsonl \\
        python -m pytest -q -p empty_layer tests/test_places*.py
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Callable, Generator
from typing import Any

import pytest

_COUNTS = {"calls": 0, "size": 0}
_ROWS: list[dict[str, Any]] = []


def _count() -> None:
    _COUNTS["calls"] += 1


def _empty_list(*args: Any, **kwargs: Any) -> list[Any]:
    _count()
    return []


def _same_doc(doc: Any, *args: Any, **kwargs: Any) -> Any:
    _count()
    return doc


def _dates_step(doc: Any, *args: Any, **kwargs: Any) -> Any:
    _count()
    doc.extra["dates.norm_spans"] = []  # what the quantities step reads from the dates step
    return doc


def _no_iter(*args: Any, **kwargs: Any) -> Any:
    _count()
    return iter(())


def _no_rows(self: Any, *args: Any, **kwargs: Any) -> None:
    _count()


def _o_tags(self: Any, words: list[str], *args: Any, **kwargs: Any) -> list[str]:
    _count()
    return ["O"] * len(words)


def _o_document(self: Any, sents: list[list[str]], *args: Any, **kwargs: Any) -> list[list[str]]:
    _count()
    return [["O"] * len(s) for s in sents]


def _false(*args: Any, **kwargs: Any) -> bool:
    _count()
    return False


def _no_set(*args: Any, **kwargs: Any) -> set[Any]:
    _count()
    return set()


_LAYERS = {"entities", "dates", "quantities", "places", "claims", "events"}


def _run_no_layers(self: Any, doc: Any) -> Any:
    _count()
    for name, func in self.funcs:
        if name not in _LAYERS:
            doc = func(doc, self.options)
    return doc


#: layer -> (module, attribute or Class.method, stand-in)
EMPTY: dict[str, list[tuple[str, str, Callable[..., Any]]]] = {
    "places": [("khabar.places", "geocode", _empty_list)],
    "dates": [("khabar.dates", "step", _dates_step), ("khabar.dates.patterns", "find_dates", _empty_list)],
    "quantities": [("khabar.quantities", "step", _same_doc), ("khabar.quantities", "quantities_in", _empty_list),
                   ("khabar.quantities.extract", "find_quantities", _empty_list)],
    "claims": [("khabar.claims.extract", "find_claims", _empty_list)],
    "events": [("khabar.events", "extract_events", _empty_list)],
    "entities": [("khabar.entities", "step", _same_doc)],
    "tagger": [("khabar.ner.tagger", "Tagger.tag", _o_tags), ("khabar.ner.tagger", "Tagger.tag_document", _o_document)],
    "readers": [("khabar.readers", "read", _no_iter), ("khabar.readers.dispatch", "read_one", _no_iter)],
    "store": [("khabar.store.writer", "Writer._write_layers", _no_rows)],
    "all": [("khabar.pipeline", "Pipeline.run", _run_no_layers)],
    "evalmatch": [("khabar.eval.match_rules", "match", _empty_list), ("khabar.eval.events", "overlaps", _false),
                  ("khabar.eval.ner", "entities_of", _no_set)],
}

#: the record list a step's document carries, for the observe mode
_DOC_LAYER = {"quantities": "quantities", "dates": "dates", "entities": "entities"}


def _observer(orig: Callable[..., Any], layer: str) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        out = orig(*args, **kwargs)
        _count()
        if isinstance(out, list):
            _COUNTS["size"] += len(out)
        elif layer in _DOC_LAYER and hasattr(out, "norm"):
            _COUNTS["size"] += len(getattr(out, _DOC_LAYER[layer]))
        return out

    return wrapped


def _import_khabar() -> None:
    """Every khabar module, so that each reference to an entry point can be replaced."""
    import khabar

    for info in pkgutil.walk_packages(khabar.__path__, "khabar."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        try:
            importlib.import_module(info.name)
        except ImportError:
            pass  # an optional extra not installed


def pytest_configure(config: pytest.Config) -> None:
    layer = os.environ.get("EMPTY_LAYER")
    if not layer:
        return
    observe = os.environ.get("EMPTY_LAYER_OBSERVE") == "1"
    _import_khabar()
    replaced = 0
    for modname, name, stand_in in EMPTY[layer]:
        module = importlib.import_module(modname)
        if "." in name:
            cls_name, meth = name.split(".")
            cls = getattr(module, cls_name)
            setattr(cls, meth, _observer(getattr(cls, meth), layer) if observe else stand_in)
            replaced += 1
            continue
        orig = getattr(module, name)
        new = _observer(orig, layer) if observe else stand_in
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("khabar"):
                for key, value in list(vars(mod).items()):
                    if value is orig:
                        setattr(mod, key, new)
                        replaced += 1
    sys.stderr.write(f"EMPTY_LAYER={layer}{' (observed)' if observe else ''}: {replaced} references\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    calls, size = _COUNTS["calls"], _COUNTS["size"]
    outcomes: list[tuple[str, str]] = []
    item.stash[_OUTCOMES] = outcomes
    yield
    spec = getattr(item, "callspec", None)
    _ROWS.append({"id": item.nodeid, "out": outcomes, "called": _COUNTS["calls"] - calls,
                  "size": _COUNTS["size"] - size,
                  "params": {k: repr(v)[:300] for k, v in spec.params.items()} if spec else {}})


_OUTCOMES = pytest.StashKey[list[tuple[str, str]]]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    report = (yield).get_result()
    item.stash[_OUTCOMES].append((report.when, report.outcome))


def pytest_unconfigure(config: pytest.Config) -> None:
    path = os.environ.get("EMPTY_LAYER_OUT")
    if path and os.environ.get("EMPTY_LAYER"):
        with open(path, "w", encoding="utf-8") as f:
            for row in _ROWS:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def summary(path: str) -> list[str]:
    """One line per test function with a test that passed: how many of its tests passed, of how
    many, how many called the emptied entry points, and (observe mode) how many saw records."""
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    by: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by.setdefault(r["id"].split("[")[0], []).append(r)
    lines = []
    for func, rs in by.items():
        passed = [r for r in rs if ("call", "passed") in map(tuple, r["out"])]
        if passed:
            lines.append(f"{len(passed):4}/{len(rs):<4} called {sum(1 for r in passed if r['called']):4} "
                         f"records {sum(1 for r in passed if r['size']):4}  {func}")
    return lines


if __name__ == "__main__":
    print("\n".join(summary(sys.argv[1])))
