"""The public API is small and explicit: ``__all__`` lists exactly the public names."""

from __future__ import annotations

import khabar
import khabar.errors


def test_all_is_complete_and_importable() -> None:
    public = {n for n in dir(khabar) if not n.startswith("_") and not isinstance(getattr(khabar, n), type(khabar))}
    assert public - {"annotations"} == set(khabar.__all__) - {"__version__"}
    for name in khabar.__all__:
        assert getattr(khabar, name) is not None


def test_every_error_is_a_khabar_error() -> None:
    for name in khabar.errors.__all__:
        assert issubclass(getattr(khabar.errors, name), khabar.errors.KhabarError)
