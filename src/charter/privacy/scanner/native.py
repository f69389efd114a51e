"""Whether the scanner runs as compiled extension modules or as plain Python.

A wheel built where a C compiler is available carries the scanner's modules compiled with
mypyc beside their sources; Python imports the compiled ones. Elsewhere, and in editable
installs, the sources run. Both give the same findings; the compiled ones are faster.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES


def is_compiled() -> bool:
    """True when the scanner's engine was imported from a compiled extension module."""
    from charter.privacy.scanner import engine

    return (engine.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def implementation() -> str:
    """`compiled (mypyc)` or `pure Python`: for logs and benchmark reports."""
    return "compiled (mypyc)" if is_compiled() else "pure Python"
