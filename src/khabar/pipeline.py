"""The pipeline: a plain list of ``Doc -> Doc`` steps, and a for-loop that runs them.

Each :class:`Step` says which layers it ``requires`` and which it ``provides``; the list is
checked once, when the pipeline is built, so a misordered or broken pipeline fails at
start-up rather than an hour into a corpus (stanza's REQUIRES/PROVIDES idea). A step is a
function ``(doc, options) -> doc`` named by an import path, so the pipeline pickles cheaply
and a step's module (and any model it loads) is imported only when the step is used.

:func:`analyze` is the pure per-article function: same article and options in, same
record out, whatever was analysed before it; it runs unchanged in a loop, a process pool,
threads or a Dask task. The process keeps only what is loaded once (built pipelines, models,
gazetteer, lexicons: one tagger per thread) and memos over words, each a function of its key
alone; whatever one article needs to remember lives on its :class:`Doc` (``doc.extra``).
``tests/test_pure_18a.py`` and ``benchmarks/order_check.py`` check it (docs/archive.md,
"Session 18: the per-article function is pure").
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from .document import Doc, RawArticle
from .errors import EmptyInput, InputTooLarge, PipelineError
from .normalize import normalize
from .options import STEP_NAMES, Options
from .schema import ArticleRecord
from .segment import Sentence, Token, split_sentences, tokenize
from .wording import count

__all__ = ["STEPS", "Pipeline", "Step", "analyze", "build_pipeline", "clear_pipelines", "get_pipeline"]

StepFunc = Callable[[Doc, Options], Doc]


@dataclass(frozen=True)
class Step:
    """One pipeline step: ``func`` is ``"module:function"``."""

    name: str
    func: str
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def load(self) -> StepFunc:
        module, _, attr = self.func.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
        except (ImportError, AttributeError) as exc:
            raise PipelineError(
                f"step {self.name!r}: cannot load {self.func} ({exc}); "
                "reinstall khabar with `pip install -e .`"
            ) from exc


def normalize_step(doc: Doc, options: Options) -> Doc:
    doc.normalized = normalize(doc.article.text)
    return doc


def segment_step(doc: Doc, options: Options) -> Doc:
    """Sentences, then tokens within each sentence (original and normalised offsets)."""
    nz = doc.normalized
    norm = nz.text
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for si, (ns, ne) in enumerate(split_sentences(norm)):
        s, e = nz.span_to_original(ns, ne)
        first = len(tokens)
        for tok, ts, te in tokenize(norm, ns, ne):
            os_, oe = nz.span_to_original(ts, te)
            tokens.append(Token(tok, os_, oe, ts, te, si, len(tokens)))
        sentences.append(Sentence(s, e, ns, ne, first, len(tokens)))
    doc.sentences = sentences
    doc.tokens = tokens
    return doc


#: The default pipeline, in order. Every later layer plugs in here.
STEPS: tuple[Step, ...] = (
    Step("normalize", "khabar.pipeline:normalize_step", (), ("norm",)),
    Step("segment", "khabar.pipeline:segment_step", ("norm",), ("sentences", "tokens")),
    Step("entities", "khabar.entities:step", ("tokens",), ("entities",)),
    Step("dates", "khabar.dates:step", ("tokens",), ("dates",)),
    Step("quantities", "khabar.quantities:step", ("tokens",), ("quantities",)),
    Step("places", "khabar.places:step", ("tokens", "entities"), ("places",)),
    Step("claims", "khabar.claims:step", ("tokens", "entities"), ("claims",)),
    Step("events", "khabar.events:step", ("tokens", "entities"), ("events",)),
)
assert tuple(s.name for s in STEPS) == STEP_NAMES


class Pipeline:
    """Built, checked steps. Call it on a :class:`RawArticle` to get its record.

    ``timings`` accumulates seconds per step (for the benchmark harness)."""

    def __init__(self, steps: list[Step], options: Options) -> None:
        self.steps = steps
        self.options = options
        self.funcs: list[tuple[str, StepFunc]] = [(s.name, s.load()) for s in steps]
        self.timings: dict[str, float] = {s.name: 0.0 for s in steps}

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def make_doc(self, article: RawArticle) -> Doc:
        if not article.text or not article.text.strip():
            raise EmptyInput(article.source, "the article has no text; nothing to analyse")
        if len(article.text) > self.options.max_chars:
            raise InputTooLarge(
                article.source,
                f"the article has {count(len(article.text), 'character')}, over the limit of "
                f"{count(self.options.max_chars, 'character')} (raise Options.max_chars to analyse it)",
            )
        return Doc(article=article, normalized=normalize(""))

    def run(self, doc: Doc) -> Doc:
        opts = self.options
        timings = self.timings
        for name, func in self.funcs:
            t0 = time.perf_counter()
            doc = func(doc, opts)
            timings[name] += time.perf_counter() - t0
        return doc

    def __call__(self, article: RawArticle) -> ArticleRecord:
        return self.run(self.make_doc(article)).to_record()


def build_pipeline(options: Options | None = None, steps: tuple[Step, ...] = STEPS) -> Pipeline:
    """Check and build the pipeline for ``options`` (``options.disable`` switches steps off).

    Raises :class:`PipelineError` when a step needs a layer no earlier step provides, or
    when ``disable`` names an unknown step."""
    options = options or Options()
    known = {s.name for s in steps}
    unknown = sorted(options.disable - known)
    if unknown:
        raise PipelineError(
            f"unknown step(s) {', '.join(unknown)}; the steps are: {', '.join(s.name for s in steps)}"
        )
    chosen = [s for s in steps if s.name not in options.disable]
    provided: set[str] = set()
    for step in chosen:
        missing = [r for r in step.requires if r not in provided]
        if missing:
            raise PipelineError(
                f"step {step.name!r} needs {', '.join(missing)}, which no earlier step "
                f"provides; don't switch off the step that provides it, or switch off "
                f"{step.name!r} too"
            )
        provided.update(step.provides)
    return Pipeline(chosen, options)


_CACHE: dict[Options, Pipeline] = {}


def get_pipeline(options: Options) -> Pipeline:
    """The built pipeline for ``options``, cached per process (models load once)."""
    pipe = _CACHE.get(options)
    if pipe is None:
        pipe = _CACHE[options] = build_pipeline(options)
    return pipe


def clear_pipelines() -> None:
    """Drop this process's built pipelines: the next :func:`analyze` builds its own anew
    (after an article stopped half-way, ``khabar.store.time_limit.reset_caches``)."""
    _CACHE.clear()


def analyze(article: RawArticle | str, options: Options | None = None) -> ArticleRecord:
    """Analyse one article (or a plain string) and return its record.

    Pure and picklable: the same code runs in a loop, a process pool or a Dask task. Raises
    :class:`~khabar.errors.InputError` for an empty or oversized article."""
    if isinstance(article, str):
        article = RawArticle(text=article, source="<string>")
    return get_pipeline(options or Options())(article)
