"""``khabar eval ...``: the group; each scorer adds its subcommand from its own module."""

from __future__ import annotations

from . import main

__all__ = ["eval_group"]


@main.group(name="eval")
def eval_group() -> None:
    """Score khabar against gold data.

    Example:

        khabar eval gold tests/gold --split heldback --format json
    """
