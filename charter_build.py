"""Charter's build backend: setuptools', asking for mypyc only when a wheel may be compiled.

Wheel builds get mypy (which brings mypyc) so that setup.py can compile the payload scanner;
editable installs and sdists do not need it and do not download it. Every hook other than
`get_requires_for_build_wheel` is setuptools' own.
"""

from __future__ import annotations

import os

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (the other hooks, unchanged)

MODE_VARIABLE = "CHARTER_COMPILE_SCANNER"
# The mypyc the scanner is known to compile with and give identical findings under.
MYPYC = "mypy==1.20.2"


def compile_mode() -> str:
    """`off`, `require` or `auto` (the default), from CHARTER_COMPILE_SCANNER."""
    mode = os.environ.get(MODE_VARIABLE, "auto").strip().lower() or "auto"
    if mode in {"0", "no", "off", "false", "never"}:
        return "off"
    if mode in {"1", "yes", "on", "true", "require", "required"}:
        return "require"
    return "auto"


def get_requires_for_build_wheel(config_settings: dict[str, str] | None = None) -> list[str]:
    requires = list(build_meta.get_requires_for_build_wheel(config_settings))
    return requires if compile_mode() == "off" else [*requires, MYPYC]
