"""``khabar train ...``: rebuild khabar's shipped models from ../shared/data."""

from __future__ import annotations

from . import main


@main.group()
def train() -> None:
    """Rebuild a shipped model from ../shared/data (KHABAR_DATA).

    Example:

        khabar train ner
    """
