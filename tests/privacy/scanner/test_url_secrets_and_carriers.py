"""Secrets in a URL's query string, and a carrier's status as genetic data."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

SECRET_URLS: list[str] = [
    "https://app.example.com/reset?token=ItGslO175Ql926oLHBtFHJ8MMZ8Unedd5ISbCSn4",
    "https://api.example.com/v1/export?format=csv&access_token=ya3Kq81LmZ0pXw7RtY2uVb5N",
    "https://example.com/hook?api_key=9f8e7d6c5b4a3f2e1d0c9b8a",
    "https://id.example.com/oauth/callback?code=4/0AX4XfWh7aB3cD9eFgH1jKlMn&state=xyz",
    "https://b.s3.amazonaws.com/o.pdf?X-Amz-Signature=8f2a9c1b3d4e5f60718293a4b5c6d7e8f90112",
    "https://example.com/invite?invite_token=Zq8s7Dk2Lm4Np6Rt9Vx1",
    "Click https://app.example.com/login?password=hunter2x to sign in",
]

PLAIN_URLS: list[str] = [
    "https://example.com/a?token=abc",
    "https://example.com/list?page=2&utm_source=newsletter&utm_campaign=spring2025",
    "https://example.com/a?key=value-like-words",
    "https://example.com/search?code=ABCD1234EFGH5678XYZ",
    "https://example.com/r?token={{token}}",
    "https://api.example.com/items?page_token=CiAKGjBpNDd2Nmp2Zml2cXRtcGI0",
    "https://api.example.com/items?nextToken=eyJvZmZzZXQiOjEwMH0xyz123",
    "https://example.com/docs?section=tokens&lang=en",
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("url", SECRET_URLS)
def test_a_secret_in_a_query_string_is_a_credential(scanner: Scanner, url: str) -> None:
    findings = scanner.scan_value({"reset_link": url})
    assert [finding.detector for finding in findings if finding.kind == "credential"] == [
        "url_secret"
    ]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("url", PLAIN_URLS)
def test_a_query_string_without_a_secret_is_not(scanner: Scanner, url: str) -> None:
    assert "credential" not in kinds(scanner.scan_value({"link": url}))


CARRIERS: list[tuple[str, set[str]]] = [
    (
        "The test showed I'm a carrier for cystic fibrosis, one copy of the F508del variant.",
        {"genetic"},
    ),
    ("Le séquençage a révélé que je suis porteuse saine de la drépanocytose (HbAS).", {"genetic"}),
    ("Soy portadora sana de fibrosis quística según el análisis.", {"genetic"}),
    # the illness itself, and a carrier of something else
    ("I have cystic fibrosis and my brother is a carrier.", {"health"}),
    ("carrier for cystic fibrosis, and I have asthma", {"genetic", "health"}),
    ("the carrier lost my parcel, I have diabetes", {"health"}),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("text", "expected"), CARRIERS)
def test_a_carriers_status_is_genetic_not_an_illness(
    scanner: Scanner, text: str, expected: set[str]
) -> None:
    found: Any = kinds(scanner.scan_value({"note": text})) & {"genetic", "health"}
    assert found == expected
