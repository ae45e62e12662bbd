"""Archive commands (``ingest``, ``search``, ``stats``...): see the archive issue."""

from __future__ import annotations

from . import main  # noqa: F401
