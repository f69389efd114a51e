"""`charter policy conformance` reads the clause markers of a test suite, clause by clause."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from charter.cli import main
from charter.governance.policy.clauses import CLAUSES, Clause
from charter.governance.policy.conformance import conformance, control_exists, scan

pytestmark = pytest.mark.clause("UPDATE-1")
ROOT = Path(__file__).resolve().parents[3]


def _suite(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return directory


SUITE = {
    "test_one.py": """\
        import pytest

        pytestmark = [pytest.mark.clause("A-1"), pytest.mark.postgres]

        def test_module_level():
            pass

        @pytest.mark.clause("B-1")
        def test_both():
            pass
        """,
    "sub/test_two.py": """\
        import pytest
        from pytest import mark

        @mark.clause("B-1")
        class TestGroup:
            pytestmark = pytest.mark.clause("C-1")

            def test_in_class(self):
                pass

        def helper():
            pass

        @pytest.mark.clause("Z-9")
        def test_unknown():
            pass
        """,
}
CATALOGUE = (Clause("A-1", "a", ("charter.cli",)), Clause("B-1", "b", ()),
             Clause("C-1", "c", ()))


def test_markers_are_found_in_decorators_classes_and_pytestmark(tmp_path: Path) -> None:
    tests = _suite(tmp_path / "tests", SUITE)
    found = {(t.clause, t.test) for t in scan(tests)}
    assert found == {
        ("A-1", "tests/test_one.py::test_module_level"),
        ("A-1", "tests/test_one.py::test_both"),
        ("B-1", "tests/test_one.py::test_both"),
        ("B-1", "tests/sub/test_two.py::TestGroup::test_in_class"),
        ("C-1", "tests/sub/test_two.py::TestGroup::test_in_class"),
        ("Z-9", "tests/sub/test_two.py::test_unknown"),
    }
    report = conformance(tests, CATALOGUE)
    assert report.untested == []
    assert [t.clause for t in report.unknown] == ["Z-9"]


def test_a_clause_without_a_test_fails(tmp_path: Path) -> None:
    tests = _suite(tmp_path / "tests", {"test_one.py": SUITE["test_one.py"]})
    report = conformance(tests, CATALOGUE)
    assert report.untested == ["C-1"]


def test_the_command_lists_clauses_and_fails_on_untested_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tests = _suite(tmp_path / "tests", {
        "test_all.py": "import pytest\n" + "".join(
            f"@pytest.mark.clause({c.id!r})\ndef test_{i}():\n    pass\n"
            for i, c in enumerate(CLAUSES))})
    assert main(["policy", "conformance", "--tests", str(tests)]) == 0
    assert "UPDATE-1: " in capsys.readouterr().out
    (tests / "test_all.py").write_text("def test_nothing():\n    pass\n")
    assert main(["policy", "conformance", "--tests", str(tests), "--json"]) == 1
    captured = capsys.readouterr()
    assert "clauses without a test: SCOPE-1" in captured.err
    assert len(json.loads(captured.out)["untested"]) == len(CLAUSES)


def test_the_catalogue_covers_every_clause_of_the_policy() -> None:
    listed = (ROOT.parent / "shared" / "policy" / "CLAUSES.md")
    if not listed.exists():
        pytest.skip("the policy's clause list is not beside this checkout")
    import re

    ids = re.findall(r"^\| ([A-Z]+-\d+) \|", listed.read_text(), flags=re.M)
    assert ids and sorted(ids) == sorted(c.id for c in CLAUSES)


def test_every_control_exists() -> None:
    missing = [(c.id, control) for c in CLAUSES for control in c.controls
               if not control_exists(control, ROOT)]
    assert missing == []
