"""Which tests stand behind which clause: the `clause` markers of a test suite, read with `ast`.

Tests are never imported or run. A test file's clause markers are found in three places:
decorators `@pytest.mark.clause("ID")` on test functions and classes, and a module-level
`pytestmark` (one mark or a list/tuple of marks); a class-level `pytestmark` counts for its
methods. Every test function inherits its class's and its module's clauses.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charter.governance.policy.clauses import CLAUSES, Clause


@dataclass(frozen=True)
class TaggedTest:
    clause: str
    test: str  # "tests/rights/test_codes.py::test_name" (relative to the scanned directory)


def _clause_ids(node: ast.expr) -> list[str]:
    """The ids in `pytest.mark.clause("A", ...)`, or in a list/tuple of marks."""
    if isinstance(node, ast.List | ast.Tuple):
        return [cid for item in node.elts for cid in _clause_ids(item)]
    if not isinstance(node, ast.Call):
        return []
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "clause":
        return [arg.value for arg in node.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    return []


def _pytestmark(body: list[ast.stmt]) -> list[str]:
    found: list[str] = []
    for statement in body:
        if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "pytestmark" for t in statement.targets):
            found += _clause_ids(statement.value)
        elif (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
              and statement.target.id == "pytestmark" and statement.value is not None):
            found += _clause_ids(statement.value)
    return found


def _tests_in(body: list[ast.stmt], inherited: list[str], prefix: str) -> Iterator[
        tuple[str, list[str]]]:
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
                "test"):
            own = [cid for d in node.decorator_list for cid in _clause_ids(d)]
            yield prefix + node.name, inherited + own
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            own = [cid for d in node.decorator_list for cid in _clause_ids(d)]
            yield from _tests_in(node.body, inherited + own + _pytestmark(node.body),
                                 f"{prefix}{node.name}::")


def scan_file(path: Path, root: Path) -> list[TaggedTest]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module_clauses = _pytestmark(tree.body)
    where = path.relative_to(root.parent).as_posix() if root.parent in path.parents else str(path)
    tagged: list[TaggedTest] = []
    for name, clause_ids in _tests_in(tree.body, module_clauses, f"{where}::"):
        tagged += [TaggedTest(cid, name) for cid in dict.fromkeys(clause_ids)]
    return tagged


def scan(tests_dir: Path) -> list[TaggedTest]:
    """Every (clause, test) pair in the `test_*.py` and `*_test.py` files under `tests_dir`."""
    found: list[TaggedTest] = []
    files = sorted({*tests_dir.rglob("test_*.py"), *tests_dir.rglob("*_test.py")})
    for path in files:
        found += scan_file(path, tests_dir)
    return found


def control_exists(control: str, repo_root: Path | None = None) -> bool:
    """A dotted module path that can be found, or a file path that exists."""
    if "/" in control:
        return repo_root is not None and (repo_root / control).exists()
    try:
        return importlib.util.find_spec(control) is not None
    except ModuleNotFoundError:
        return False


@dataclass(frozen=True)
class ClauseReport:
    clause: Clause
    tests: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.clause.id, "statement": self.clause.statement,
                "controls": list(self.clause.controls), "tests": list(self.tests)}


@dataclass(frozen=True)
class Conformance:
    clauses: tuple[ClauseReport, ...]
    unknown: tuple[TaggedTest, ...]  # markers naming an id that is not in the catalogue

    @property
    def untested(self) -> list[str]:
        return [report.clause.id for report in self.clauses if not report.tests]

    @property
    def uncontrolled(self) -> list[str]:
        return [report.clause.id for report in self.clauses if not report.clause.controls]

    def as_dict(self) -> dict[str, Any]:
        return {"clauses": [report.as_dict() for report in self.clauses],
                "untested": self.untested, "uncontrolled": self.uncontrolled,
                "unknown_markers": [{"clause": t.clause, "test": t.test} for t in self.unknown]}


def conformance(tests_dir: Path, catalogue: tuple[Clause, ...] = CLAUSES) -> Conformance:
    tagged = scan(tests_dir)
    known = {clause.id for clause in catalogue}
    by_clause: dict[str, list[str]] = {}
    for item in tagged:
        by_clause.setdefault(item.clause, []).append(item.test)
    reports = tuple(ClauseReport(clause, tuple(sorted(by_clause.get(clause.id, []))))
                    for clause in catalogue)
    unknown = tuple(item for item in tagged if item.clause not in known)
    return Conformance(reports, unknown)
