"""The intake's problem codes, the HTML pages and the docs agree (CONTACT-1)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from charter.rights import intake, page
from charter.rights.settings import RightsSettings

ROOT = Path(__file__).resolve().parents[2]
BEGIN, END = "<!-- rights-problems:begin -->", "<!-- rights-problems:end -->"


def test_every_intake_problem_code_is_documented_with_its_status() -> None:
    text = (ROOT / "docs" / "gateway.md").read_text(encoding="utf-8")
    table = text[text.index(BEGIN):text.index(END)]
    documented = {code: int(status) for code, status in
                  re.findall(r"^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|", table, flags=re.M)}
    assert documented == intake.PROBLEM_CODES
    source = (ROOT / "src" / "charter" / "rights" / "intake.py").read_text(encoding="utf-8")
    for status, code in re.findall(r'\b(?:problem|RightsError)\(\s*(\d{3})\s*,\s*"([a-z_]+)"',
                                   source):
        assert intake.PROBLEM_CODES.get(code) == int(status), code


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.clause("CONTACT-1")
def test_pages_escape_what_they_show_and_allow_no_script() -> None:
    hostile = '"><script>alert(1)</script>'
    reply = page.code_page(hostile, error=hostile)
    body = reply.body.decode()
    assert "<script>" not in body and "&lt;script&gt;" in body
    parsed = _Collect()
    parsed.feed(body)
    assert "script" not in parsed.tags
    headers = dict(reply.headers)
    csp = headers[b"content-security-policy"].decode()
    assert csp.startswith("default-src 'none'; style-src 'sha256-")
    assert "'unsafe-inline'" not in csp and "script-src" not in csp
    settings = RightsSettings.model_validate({"jurisdictions": {
        "gdpr": {"deadline": {"months": 1}, "description": hostile}}})
    form = page.form_page(settings, hostile).body.decode()
    assert "<script>" not in form and form.count("&lt;script&gt;") == 2
