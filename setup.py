"""Optional compilation of the payload scanner with mypyc, for wheels only.

Everything else about the package is declared in pyproject.toml. A wheel (what `pip install .`
and `python -m build` make) carries the scanner modules compiled to C extension modules beside
their .py sources when a C compiler is available; if compiling fails, the wheel carries the
.py sources alone, which give the same findings, and the build says why.

Editable installs (`pip install -e .`) are never compiled: an extension module beside its
source in src/ would be imported instead of the source, and edits would not take effect.

CHARTER_COMPILE_SCANNER chooses, for wheel builds:
    auto     (default) compile when possible, else build the pure-Python wheel and say why
    0        never compile
    require  compile, and fail the build when that is not possible
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from charter_build import MODE_VARIABLE, compile_mode
from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

SCANNER = Path("src/charter/privacy/scanner")
# Not compiled: the package's entry module, the command line, and the module that tells at
# run time whether the others were compiled.
NOT_COMPILED = {"__init__.py", "cli.py", "native.py"}


def _say(message: str) -> None:
    print(f"charter: {message}", file=sys.stderr, flush=True)


def _compiled_extensions(mode: str) -> list[object]:
    """The mypyc extension modules, or none when this build should not or cannot compile."""
    # Only wheel builds compile; `editable_wheel`, `develop`, `sdist`, `egg_info`, ... do not.
    if "bdist_wheel" not in sys.argv:
        return []
    if mode == "off":
        _say(f"{MODE_VARIABLE}=0: the scanner stays pure Python")
        return []
    sources = sorted(str(path) for path in SCANNER.glob("*.py") if path.name not in NOT_COMPILED)
    try:
        from mypyc.build import mypycify

        # No config file: the project's mypy settings name plugins and packages that a build
        # environment does not have. hyperscan, imported lazily, may be absent too.
        return list(mypycify(["--config-file", "", "--ignore-missing-imports", *sources],
                             opt_level="3", debug_level="0", group_name="charter_scanner",
                             multi_file=True))
    except (Exception, SystemExit) as error:  # mypy not installed, or it rejected the code
        if mode == "require":
            raise
        _say(f"the scanner stays pure Python: mypyc could not translate it ({error!r})")
        return []


def _remove_compiled(build_lib: str) -> None:
    """Drop compiled scanner modules from the build directory. The wheel takes everything in
    it, and one left by an earlier build would be imported instead of its source."""
    root = Path(build_lib)
    for pattern in ("charter/privacy/scanner/*.so", "charter/privacy/scanner/*.pyd",
                    "charter_scanner__mypyc*"):
        for path in root.glob(pattern):
            path.unlink()


class BuildPy(build_py):
    """Copy the sources, after clearing what an earlier compiled build left."""

    def run(self) -> None:
        _remove_compiled(self.build_lib)
        super().run()


class BuildScanner(build_ext):
    """Build the compiled scanner if it can be built; otherwise leave the pure-Python one."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1  # the generated C compiles file by file

    def run(self) -> None:
        if self.inplace or getattr(self, "editable_mode", False):
            # Modules built in place would shadow their sources in src/.
            if self.extensions:
                _say("not compiling the scanner in place; build a wheel instead")
            return
        try:
            super().run()
        except Exception as error:  # no compiler, missing headers, a failing compiler
            if compile_mode() == "require":
                raise
            _remove_compiled(self.build_lib)
            _say("the scanner stays pure Python (same findings, slower): compiling it failed:"
                 f" {error}")
        else:
            if self.extensions:
                _say("the scanner is compiled with mypyc")


setup(ext_modules=_compiled_extensions(compile_mode()),
      cmdclass={"build_py": BuildPy, "build_ext": BuildScanner})
