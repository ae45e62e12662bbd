"""``khabar eval events``: score the events step on the UniversalPetrarch Arabic sentences."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import KhabarError
from ..options import Options, data_dir
from .eval import eval_group

__all__ = ["eval_events"]


@eval_group.command(name="events")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="json: one JSON object; text: a short table.")
@click.option("--part", type=click.Choice(["tune", "report", "both"]), default="both", show_default=True,
              help="Which deterministic half of the sentences to score: tune (the half rules are tuned "
                   "on), report (the half scores are reported on, never tuned on) or both.")
@click.option("--disable", multiple=True, help="Pipeline step to switch off (repeatable).")
def eval_events(directory: Path | None, fmt: str, part: str, disable: tuple[str, ...]) -> None:
    """Score event recall, typing and actors on the 645 gold sentences of DIRECTORY
    (default: the shared data's events/upetrarch-arabic).

    Prints recall, recall_mentions (the gold trigger met by an event's trigger or one of its
    mentions, a diagnostic), type_accuracy, source_accuracy and target_accuracy for the tune
    part, the report part and both (docs/events.md explains each).

    Example:

        khabar eval events --format json --part tune
    """
    from ..eval.events import evaluate

    directory = directory or data_dir() / "events" / "upetrarch-arabic"
    if not directory.is_dir():
        raise click.ClickException(
            f"{directory}: no such folder; pass the folder that holds arabic_*_gsr_validation.xml "
            "or set KHABAR_DATA"
        )
    parts = ("tune", "report") if part == "both" else (part,)
    try:
        result = evaluate(directory, Options(disable=frozenset(disable)), parts=parts)
    except (FileNotFoundError, KhabarError) as exc:  # (a file that is not XML: qa-20a)
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    keys = ("sentences", "with_trigger", "recall", "recall_mentions", "type_accuracy", "source_accuracy", "target_accuracy", "coverage")
    click.echo("part     " + "  ".join(f"{k:>15}" for k in keys))
    for name, scores in result.items():
        assert isinstance(scores, dict)
        click.echo(f"{name:<8} " + "  ".join(f"{str(scores[k]):>15}" for k in keys))
