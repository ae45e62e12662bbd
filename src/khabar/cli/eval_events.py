"""``khabar eval events``: registered on the ``eval`` group (see its issue)."""

from __future__ import annotations

from .eval import eval_group  # noqa: F401
