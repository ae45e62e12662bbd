"""``khabar analyze``."""

from __future__ import annotations

import sys

import click

from ..errors import InputError, KhabarError
from ..options import Options
from ..pipeline import get_pipeline
from ..readers import read
from . import main


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["json", "text", "markdown", "geojson"]), default="json", show_default=True)
@click.option("--disable", multiple=True, help="Switch a pipeline step off (repeatable).")
def analyze(inputs: tuple[str, ...], fmt: str, disable: tuple[str, ...]) -> None:
    """Analyse Arabic articles into JSON records with exact offsets.

    Example:

        khabar analyze article.html --format text
    """
    options = Options(disable=frozenset(disable))
    try:
        pipe = get_pipeline(options)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    failed = 0
    for item in read(list(inputs), options):
        if isinstance(item, InputError):
            click.echo(f"khabar: {item}", err=True)
            failed += 1
            continue
        try:
            record = pipe(item)
        except InputError as exc:
            click.echo(f"khabar: {exc}", err=True)
            failed += 1
            continue
        sys.stdout.write(record.model_dump_json() + "\n")
    if failed:
        sys.exit(1)
