"""A wheel compiles the scanner with mypyc, and the compiled scanner finds exactly what the
pure-Python one finds, on every labeled corpus.

The wheel is built the way `pip install .` builds it (build isolation, setup.py's
`CHARTER_COMPILE_SCANNER`), unpacked, and put first on the path of a fresh interpreter, so the
compiled modules are the ones imported. Outside CI the test is skipped where no C compiler is
found; in CI it must run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path
from typing import Any

import pytest

from charter.privacy.shared_scanner import shared_scanner

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "privacy" / "corpus"

# Run in the fresh interpreter: every corpus document's findings, as sorted lists.
_DUMP = """
import json, sys
from pathlib import Path
import charter
from charter.privacy.scanner import native
from charter.privacy.shared_scanner import shared_scanner
scanner = shared_scanner()
out = {"module": charter.__file__, "compiled": native.is_compiled(), "docs": {}}
for path in sys.argv[1:]:
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
        doc = json.loads(line)["doc"]
        found = sorted([f.path, f.kind, f.detector, f.confidence]
                       for f in scanner.scan_value(doc))
        out["docs"][f"{Path(path).name}:{number}"] = found
print(json.dumps(out))
"""


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.jsonl")) + sorted(CORPUS.glob("fresh*/fresh*.jsonl"))


def pure_findings(paths: list[Path]) -> dict[str, list[list[Any]]]:
    scanner = shared_scanner()
    result: dict[str, list[list[Any]]] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            doc = json.loads(line)["doc"]
            result[f"{path.name}:{number}"] = sorted(
                [f.path, f.kind, f.detector, f.confidence] for f in scanner.scan_value(doc))
    return result


def build_compiled_wheel(out: Path) -> Path:
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if os.environ.get("CI") != "true" and shutil.which(compiler) is None:
        pytest.skip(f"no C compiler ({compiler}) here, outside CI")
    env = dict(os.environ, CHARTER_COMPILE_SCANNER="require")
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out),
         str(ROOT)], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    wheels = list(out.glob("charter-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_a_wheel_compiles_the_scanner_and_finds_the_same(tmp_path: Path) -> None:
    wheel = build_compiled_wheel(tmp_path / "dist")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    compiled = [n for n in names if n.startswith("charter/privacy/scanner/")
                and n.endswith((".so", ".pyd"))]
    assert any("engine." in n for n in compiled), names

    files = corpus_files()
    assert len(files) >= 10
    env = dict(os.environ, PYTHONPATH=str(site), PYTHONHASHSEED="0")
    run = subprocess.run([sys.executable, "-c", _DUMP, *map(str, files)], env=env,
                         capture_output=True, text=True, timeout=900, check=False, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    dumped = json.loads(run.stdout)
    assert Path(dumped["module"]).is_relative_to(site), dumped["module"]
    assert dumped["compiled"] is True

    expected = pure_findings(files)
    assert dumped["docs"].keys() == expected.keys()
    differ = [key for key, found in expected.items() if dumped["docs"][key] != found]
    assert not differ, f"{len(differ)} documents differ, e.g. {differ[:5]}"
    assert sum(len(found) for found in expected.values()) > 10_000
