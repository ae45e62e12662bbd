"""``khabar eval ner``: entity-level scores of the shipped tagger on a CoNLL-style file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..wording import count
from .eval import eval_group

__all__ = ["eval_ner"]


def _check_conll(path: Path) -> None:
    """A one-line error naming ``path`` when it is binary or not UTF-8 (a traceback before
    session 20, qa-20a)."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise click.ClickException(f"{path}: binary data, not a CoNLL file (a token and its tag a line)")
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start:,}); convert it to "
                                   "UTF-8 (e.g. `iconv -f ENCODING -t UTF-8`)") from None


@eval_group.command(name="ner")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: micro and per-type F1, precision and recall; json: one JSON object.")
@click.option("--tags", "tag_map", type=click.Choice(["standard", "aqmar", "newsfane", "wojood"]),
              default="standard", show_default=True,
              help="How the file's tags map onto PER/ORG/LOC/MISC (aqmar: PER/LOC/ORG only, "
                   "its MIS* and malformed tags count as O).")
@click.option("--types", default=None, help="Score only these types, comma-separated (e.g. PER,LOC,ORG); "
                                            "the others count as O on both sides.")
def eval_ner(files: tuple[Path, ...], fmt: str, tag_map: str, types: str | None) -> None:
    """Score khabar's NER tagger on CoNLL-style FILES (token TAG a line, IOB, blank line
    between sentences), entity-level exact match as conlleval does. Several files are
    pooled (e.g. all AQMAR articles). The tagger reads windows of 10 sentences as
    documents and fills a name's missed occurrences in each (its consistency pass; the
    entities step of analyze merges occurrences itself, see docs/models.md).

    Example:

        khabar eval ner ../shared/data/ner/anercorp/camel-split-test.txt --format json

        khabar eval ner ../shared/data/ner/aqmar/*.txt --tags aqmar --format json
    """
    from ..eval.ner import score_pooled

    keep = tuple(t.strip() for t in types.split(",")) if types else None
    for f in files:
        _check_conll(f)
    result = score_pooled([str(f) for f in files], tag_map, keep)
    if not result["sentences"]:
        raise click.ClickException(f"{', '.join(map(str, files))}: no sentences (a CoNLL file has a token and "
                                   "its tag a line, a blank line between sentences)")
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(f"micro-F1 {result['micro_f1']:.4f}  (P {result['micro_precision']:.4f}, "
               f"R {result['micro_recall']:.4f})  macro-F1 {result['macro_f1']:.4f}")
    for typ, r in result["per_type"].items():  # type: ignore[attr-defined]
        click.echo(f"  {typ:<5} F1 {r['f1']:.4f}  P {r['precision']:.4f}  R {r['recall']:.4f}  "
                   f"gold {r['gold']}  predicted {r['predicted']}")
    tokens, sentences = int(result["tokens"]), int(result["sentences"])  # type: ignore[call-overload]
    click.echo(f"{count(tokens, 'token')}, {count(sentences, 'sentence')}, "
               f"{result['tokens_per_s']:,} tokens/s")
