"""The scanner says whether it runs compiled, and the answer matches what was imported."""

from __future__ import annotations

import importlib.machinery

from charter.privacy.scanner import engine, native


def test_the_answer_matches_the_imported_engine() -> None:
    loader = engine.__loader__
    compiled = isinstance(loader, importlib.machinery.ExtensionFileLoader)
    assert native.is_compiled() is compiled
    assert native.implementation() == ("compiled (mypyc)" if compiled else "pure Python")
