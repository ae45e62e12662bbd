"""``khabar eval gold``: score khabar against the hand-annotated gold corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..wording import count
from .eval import eval_group

__all__ = ["eval_gold"]


@eval_group.command(name="gold")
@click.argument("gold_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(["tune", "heldback", "all"]), default="heldback",
              show_default=True, help="Which part of the corpus to score (tests/gold/manifest.json).")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: one JSON object; text: a line of scores per layer.")
@click.option("--agreement", is_flag=True,
              help="Score the second annotations (DIR/second/) against the first instead of khabar.")
@click.option("--details", is_flag=True,
              help="Per-article missed and spurious records (tuning part only, for error analysis).")
def eval_gold(gold_dir: Path, split: str, fmt: str, agreement: bool, details: bool) -> None:
    """Run analyze on the gold articles of DIR and score every layer.

    Match rules and metrics: docs/annotation.md. JSON: {"split", "articles", "counts",
    "predicted", "scores"}, and "errors" when an article could not be analysed; with
    --details, a list of articles with their missed and spurious records.

    Example:

        khabar eval gold tests/gold --split heldback --format json

        khabar eval gold tests/gold --split tune --details
    """
    from ..errors import KhabarError
    from ..eval.gold import agreement as agreement_report
    from ..eval.gold import details as details_report
    from ..eval.gold import score

    if details and split != "tune":
        raise click.UsageError("--details needs --split tune: held-back errors stay unopened "
                               "(record an article in tests/gold/opened.tsv to move it to tune)")
    try:
        if details:
            click.echo(json.dumps(details_report(gold_dir, "tune"), ensure_ascii=False, indent=1))
            return
        report = agreement_report(gold_dir) if agreement else score(gold_dir, split)
    except KhabarError as err:  # (a file of DIR that is not an annotation names itself, qa-20a)
        raise click.ClickException(str(err)) from None
    if not report.get("articles") and not agreement:
        # (a folder without annotations scored 0 everywhere, exit 0: a typo looked like a score)
        raise click.ClickException(
            f"{gold_dir}: no annotated article of the {split} part (looked for annotations/*.json and "
            "manifest.json; a folder without manifest.json is all tuning: --split tune)")
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    click.echo(f"gold {report['split']}: {count(report['articles'], 'article')}")
    for layer, metrics in report["scores"].items():
        n = report["counts"].get(layer, 0)
        flat = ", ".join(f"{k} {_fmt(v)}" for k, v in metrics.items() if not isinstance(v, dict))
        click.echo(f"  {layer:<10} (gold {n:>4}, predicted {report['predicted'][layer]:>4}): {flat}")
        for k, v in metrics.items():
            if isinstance(v, dict):
                for sub, vals in v.items():
                    inner = ", ".join(f"{a} {_fmt(b)}" for a, b in vals.items())
                    click.echo(f"      {k} {sub}: {inner}")
    for problem in report.get("errors", []):
        click.echo(f"  error: {problem}")


def _fmt(v: object) -> str:
    return "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
