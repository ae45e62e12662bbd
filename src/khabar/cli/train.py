"""``khabar train ...``: rebuild khabar's shipped models from ../shared/data."""

from __future__ import annotations

from pathlib import Path

import click

from . import main

__all__ = ["train", "train_ner"]


@main.group()
def train() -> None:
    """Rebuild a shipped model from ../shared/data (KHABAR_DATA).

    Example:

        khabar train ner
    """


@train.command(name="ner")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: the package's models/ner/).")
@click.option("--extra", multiple=True, type=click.Choice(["newsfane", "wojood"]), default=None,
              help="Extra training corpora (default: those the shipped model uses).")
@click.option("--tune/--no-tune", default=True, show_default=True,
              help="Tune on the last 10% of camel-split-train first (CRF: the regularisation "
                   "grid; neural: the dev score of each epoch is logged).")
@click.option("--model", "kind", type=click.Choice(["ensemble", "crf", "neural"]), default="ensemble",
              show_default=True,
              help="ensemble: the shipped model, a CRF and a BiLSTM-CRF combined at run time "
                   "(the neural part needs torch: pip install torch); crf or neural: one of them "
                   "alone (docs/models.md has their dev scores and speed).")
@click.option("--self-train/--no-self-train", default=False, show_default=True,
              help="Ensemble only: tag ANT and Wikinews with the ensemble just built, then train "
                   "the neural tagger again on camel-split-train plus the sentences tagged with "
                   "confidence (docs/models.md, fourth pass; about twice the neural training time).")
@click.option("--wordfreq/--no-wordfreq", "wordfreq", default=None,
              help="Add the CRF feature of each word's frequency bucket in the wordfreq package's "
                   "Arabic list (read at run time, never copied; default: as the shipped model).")
@click.option("--augment", "augment", default=None, metavar="JSON",
              help="Mention replacement (docs/models.md, ninth pass): also train on copies of the "
                   "sentences whose names are replaced by other names of the same type, e.g. "
                   "'{\"sources\": [\"train\"], \"copies\": 1}' (sources: train, lists; keys "
                   "types, copies, p, seed, models: crf and/or net); 'none' for none. Default: as the shipped model.")
def train_ner(out_dir: Path | None, extra: tuple[str, ...], tune: bool, kind: str, self_train: bool,
              wordfreq: bool | None, augment: str | None) -> None:
    """Rebuild khabar's NER tagger from ../shared/data (KHABAR_DATA), deterministically,
    from ANERcorp's camel-split-train: the CRF + BiLSTM-CRF ensemble (the shipped model;
    torch, one thread; docs/models.md gives the time), or the CRF or the neural tagger
    alone. --no-tune trains the shipped setting only; with --tune, the CRF's grid is tried
    and the neural tagger's dev score logged each epoch.

    Example:

        khabar train ner --no-tune

        khabar train ner --model crf --no-tune --out /tmp/ner-crf

        khabar train ner --no-tune --self-train --out /tmp/ner-st

        khabar train ner --model crf --no-tune --augment '{"sources": ["train"]}' --out /tmp/ner-mr
    """
    from ..errors import DataError
    from ..ner.tagger import MODEL_DIR
    from ..ner.train import (
        DEFAULT_AUGMENT,
        DEFAULT_EXTRA,
        DEFAULT_FEATURES,
        DEFAULT_GRID,
        tune_and_train,
    )
    from ..options import data_dir

    data = data_dir()
    if not (data / "ner" / "anercorp" / "camel-split-train.txt").exists():
        raise click.ClickException(str(DataError(
            f"no NER corpora under {data}; set KHABAR_DATA to the shared data folder")))
    log = lambda s: click.echo(s, err=True)  # noqa: E731
    if self_train and kind != "ensemble":
        raise click.UsageError("--self-train needs --model ensemble")
    if kind != "crf":
        try:
            import torch  # noqa: F401
        except ImportError as exc:
            raise click.ClickException("training the neural tagger needs torch (pip install torch; "
                                       "the CPU build is enough), or use --model crf") from exc
    features = DEFAULT_FEATURES if wordfreq is None else (("wordfreq",) if wordfreq else ())
    aug = DEFAULT_AUGMENT if augment is None else _augment_settings(augment)
    if aug and self_train:
        raise click.UsageError("--self-train and --augment are not combined; choose one")
    if kind in ("crf", "ensemble"):
        grid = DEFAULT_GRID if tune else DEFAULT_GRID[:1]
        tune_and_train(data, out_dir or MODEL_DIR, grid=grid, extra=tuple(extra) or DEFAULT_EXTRA, log=log,
                       features=features, augment=aug)
    if kind in ("neural", "ensemble"):
        from ..ner.neural_train import build_neural

        build_neural(data, out_dir or MODEL_DIR, tune=tune, log=log, keep_crf=kind == "ensemble",
                     self_train=self_train, features=features, augment=aug)


def _augment_settings(spec: str) -> dict[str, object] | None:
    """``--augment``'s JSON object (``none``: no augmentation), checked."""
    import json

    if spec.strip().lower() == "none":
        return None
    try:
        got = json.loads(spec)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"not JSON ({exc}); write e.g. '{{\"sources\": [\"train\"]}}'",
                                 param_hint="--augment") from exc
    known = {"sources", "types", "copies", "p", "seed", "models"}
    if not isinstance(got, dict) or set(got) - known:
        raise click.BadParameter(f"a JSON object with keys among {sorted(known)}", param_hint="--augment")
    if set(got.get("sources", ["train"])) - {"train", "lists"}:
        raise click.BadParameter("sources are 'train' and/or 'lists'", param_hint="--augment")
    if set(got.get("models", ["crf", "net"])) - {"crf", "net"}:
        raise click.BadParameter("models are 'crf' and/or 'net'", param_hint="--augment")
    return got
