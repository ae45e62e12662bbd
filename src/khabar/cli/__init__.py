"""The ``khabar`` command line: one click group, one module per family of subcommands."""

from __future__ import annotations

import importlib

import click

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khabar")
def main() -> None:
    """khabar: Arabic news into sourced, structured records.

    Example:

        khabar analyze --demo --format text
    """


# Each module adds its commands to ``main`` when imported.
for _module in ("analyze", "eval", "eval_gold", "eval_ner", "eval_events", "train", "archive"):
    importlib.import_module(f"{__name__}.{_module}")
