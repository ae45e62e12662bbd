"""The places layer's hand tables (``src/khabar/data/places/*.tsv``, ``*.txt``), read one way."""

from __future__ import annotations

from importlib import resources

__all__ = ["data_rows"]


def data_rows(name: str, maxsplit: int = -1) -> list[list[str]]:
    """The rows of ``data/places/NAME``, each split on tabs (at most ``maxsplit`` times);
    blank lines and ``#`` comment lines skipped. Callers cache what they build from them."""
    text = resources.files("khabar").joinpath("data", "places", name).read_text(encoding="utf-8")
    return [line.split("\t", maxsplit) for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
