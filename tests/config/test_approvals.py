"""Special-category data passes a route only under a recorded, current approval."""

from __future__ import annotations

import textwrap

import pytest

from charter.config.loader import ConfigError, parse_config

BASE = """\
upstreams:
  - name: clinic
    targets: [http://127.0.0.1:9000]
"""
APPROVAL = """\
approvals:
  - id: APP-1
    use_case: Clinical triage notes reach the clinic's system
    approver: Dana Example, DPO
    date: 2026-10-01
    kinds: [health]
    {extra}
"""


def _route(guard: str) -> str:
    return f"""\
routes:
  - id: triage
    upstream: clinic
    stages:
      privacy_guard: {guard}
"""


def _lines(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(textwrap.dedent(text), "charter.yaml")
    return [str(problem) for problem in info.value.problems]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("guard", [
    "{request: {special_category: allow}}",
    "{response: {special_category: flag}}",
    "{enabled: false}",
])
def test_letting_special_categories_through_without_an_approval_is_refused(guard: str) -> None:
    lines = _lines(BASE + _route(guard))
    assert any("routes[0].stages.privacy_guard" in line and "approval" in line
               for line in lines), lines


@pytest.mark.clause("DATA-7")
def test_an_approval_makes_it_acceptable_and_redact_or_block_need_none() -> None:
    text = BASE + APPROVAL.format(extra="") + _route(
        "{approval: APP-1, request: {special_category: allow}}")
    config = parse_config(text, "charter.yaml")
    assert config.approval("APP-1").kinds == ["health"]
    parse_config(BASE + _route("{request: {special_category: redact}}"), "charter.yaml")


@pytest.mark.clause("DATA-7")
def test_unknown_and_expired_approvals_are_refused() -> None:
    unknown = _lines(BASE + _route("{approval: APP-9, request: {special_category: allow}}"))
    assert any("unknown approval 'APP-9'" in line for line in unknown)
    expired = _lines(BASE + APPROVAL.format(extra="expires: 2020-01-01") + _route(
        "{approval: APP-1, request: {special_category: allow}}"))
    assert any("expired on 2020-01-01" in line for line in expired)


@pytest.mark.clause("DATA-7")
def test_an_approval_needs_a_use_case_an_approver_kinds_and_a_short_retention() -> None:
    lines = _lines(BASE + """\
approvals:
  - id: APP-2
    use_case: short
    approver: X
    date: 2026-10-01
    kinds: []
""")
    text = "\n".join(lines)
    assert "approvals[0].use_case" in text and "approvals[0].approver" in text
    assert "approvals[0].kinds" in text
    long_kept = _lines(BASE + APPROVAL.format(extra="controls: {retention: security}"))
    assert any("keeps data longer than 'operational'" in line for line in long_kept)
