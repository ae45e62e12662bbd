"""``khabar train ...``: rebuild khabar's shipped models from ../shared/data."""

from __future__ import annotations

from pathlib import Path

import click

from . import main


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
              help="Tune the regularisation on the last 10% of camel-split-train first.")
def train_ner(out_dir: Path | None, extra: tuple[str, ...], tune: bool) -> None:
    """Rebuild khabar's NER tagger from ../shared/data (KHABAR_DATA): a CRF trained on
    ANERcorp's camel-split-train, deterministic; a few minutes on one core per setting
    tried (--no-tune trains the shipped setting only).

    Example:

        khabar train ner --out /tmp/ner-model
    """
    from ..errors import DataError
    from ..ner.tagger import MODEL_DIR
    from ..ner.train import DEFAULT_EXTRA, DEFAULT_GRID, tune_and_train
    from ..options import data_dir

    data = data_dir()
    if not (data / "ner" / "anercorp" / "camel-split-train.txt").exists():
        raise click.ClickException(str(DataError(
            f"no NER corpora under {data}; set KHABAR_DATA to the shared data folder")))
    grid = DEFAULT_GRID if tune else DEFAULT_GRID[:1]
    tune_and_train(data, out_dir or MODEL_DIR, grid=grid, extra=tuple(extra) or DEFAULT_EXTRA,
                   log=lambda s: click.echo(s, err=True))
