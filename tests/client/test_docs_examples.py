"""The examples of docs/client.md, run against a real gateway."""

from __future__ import annotations

import contextlib
import io

import pytest

from tests.client.conftest import Gateway
from tests.test_docs import marked_block

pytestmark = pytest.mark.usefixtures("no_credentials")

DOCUMENTED_URL = "https://api.example.com"


@pytest.mark.e2e
@pytest.mark.clause("SCOPE-4")
def test_the_usage_example_runs_and_prints_what_it_says(
        gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    block = marked_block("client.md", "client-example")
    assert DOCUMENTED_URL in block.text
    monkeypatch.setenv("CHARTER_API_KEY", gateway.api_key)
    code = block.text.replace(DOCUMENTED_URL, gateway.url)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, block.where, "exec"), {})
    created, problem, refused = printed.getvalue().splitlines()
    assert created.startswith("201 ord_")
    assert problem.startswith("404 no_route ")
    assert refused == "[('$.customer.diagnosis', 'health')]"


def test_the_retry_example_runs() -> None:
    block = marked_block("client.md", "client-retry")
    namespace: dict[str, object] = {}
    exec(compile(block.text, block.where, "exec"), namespace)
    assert repr(namespace["client"]).startswith("Client(base_url='https://api.example.com'")
