#!/usr/bin/env python3
"""Set up and run Charter from a checkout, with nothing but Python 3.11+ and pip.

    python3 scripts/dev.py run      # set up, then `charter serve --demo`
    python3 scripts/dev.py test     # set up, then lint, type-check and run the tests
    python3 scripts/dev.py check    # lint and type-check only
    python3 scripts/dev.py bench    # the benchmark (see bench/README.md)

Setting up means: a virtual environment in `.venv` with Charter installed in editable mode
and its development tools. It is redone only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".charter-setup"


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 (say so clearly on an older Python)
        print("Charter needs Python 3.11 or newer", file=sys.stderr)
        return 2
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command not in COMMANDS:
        print(__doc__)
        return 0 if command in {"help", "-h", "--help"} else 2
    setup()
    return COMMANDS[command](rest)


def setup() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not (BIN / "python").exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing Charter and its development tools into .venv ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    _run([*pip, "install", "--upgrade", "pip"])
    _run([*pip, "install", "-e", f"{ROOT}[dev]"])
    STAMP.write_text(wanted)


def run(args: list[str]) -> int:
    os.chdir(ROOT)
    return _call([str(BIN / "charter"), "serve", "--demo", *args])


def check(args: list[str]) -> int:
    os.chdir(ROOT)
    paths = [p for p in ("src", "tests", "bench", "scripts") if (ROOT / p).is_dir()]
    status = _call([str(BIN / "ruff"), "check", *paths])
    return status or _call([str(BIN / "mypy")])


def test(args: list[str]) -> int:
    status = check([])
    if status:
        return status
    return _call([str(BIN / "pytest"), *args])


def bench(args: list[str]) -> int:
    os.chdir(ROOT)
    return _call([str(BIN / "python"), "bench/run.py", *args])


COMMANDS = {"run": run, "test": test, "check": check, "bench": bench}


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603 (our own tools)


def _call(command: list[str]) -> int:
    try:
        return subprocess.call(command, cwd=ROOT)  # noqa: S603 (our own tools)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
