"""The guard's JSON redaction: values, and keys that are themselves the data."""

from __future__ import annotations

import json
from typing import Any

import pytest

from charter.dataplane.stages.privacy_guard import redact_json
from charter.privacy.shared_scanner import shared_scanner


def _redacted(doc: Any, kinds: set[str]) -> Any:
    scanner = shared_scanner()
    findings = [f for f in scanner.scan_value(doc) if f.kind in kinds]
    return redact_json(doc, findings, scanner.scan_text)


@pytest.mark.clause("DATA-7")
def test_values_are_replaced_and_a_parent_takes_its_children_with_it() -> None:
    doc = {"card": "4111 1111 1111 1111", "note": "ok",
           "contact": {"email": "ada@example.com", "phone": "+44 20 7946 0958"}}
    assert _redacted(doc, {"payment_card", "email"}) == {
        "card": "[redacted:payment_card]", "note": "ok",
        "contact": {"email": "[redacted:email]", "phone": "+44 20 7946 0958"}}


@pytest.mark.clause("DATA-7")
def test_an_address_key_is_renamed_and_its_object_judged_on_its_own() -> None:
    doc = {"members": [{"ada@example.com": {"role": "owner", "card": "4111111111111111"}}]}
    assert _redacted(doc, {"email", "payment_card"}) == {
        "members": [{"[redacted:email]": {"role": "owner",
                                          "card": "[redacted:payment_card]"}}]}


@pytest.mark.clause("DATA-7")
def test_a_key_is_renamed_only_for_the_kind_it_holds() -> None:
    # Only cards are redacted here: the address stays a key, the card behind it goes.
    doc = {"ada@example.com": "4111 1111 1111 1111"}
    assert _redacted(doc, {"payment_card"}) == {"ada@example.com": "[redacted:payment_card]"}
    assert _redacted({"ada@example.com": "4111 1111 1111 1111"}, {"email"}) == {
        "[redacted:email]": "[redacted:email]"}


def test_renamed_keys_never_overwrite_one_another() -> None:
    doc = {"ada@example.com": 1, "bo@example.org": 2, "ok": 3}
    out = _redacted(doc, {"email"})
    assert sorted(out) == ["[redacted:email]", "[redacted:email]#2", "ok"]
    assert out["ok"] == 3


@pytest.mark.clause("DATA-7")
def test_json_kept_in_a_string_is_redacted_inside_the_string() -> None:
    doc = {"event": "charge", "payload": json.dumps({"card": "4111 1111 1111 1111", "n": 1})}
    out = _redacted(doc, {"payment_card"})
    assert json.loads(out["payload"]) == {"card": "[redacted:payment_card]", "n": 1}


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("text", [
    "first_name=Jane&card=4111111111111111",  # a form body kept in a string
    '{"id":1,"card":"4111 1111 1111 1111"}\n{"id":2}',  # JSON lines
    'Here it is:\n{"card": "4111 1111 1111 1111"}',  # JSON quoted in a text
])
def test_other_documents_in_a_string_are_replaced_whole(text: str) -> None:
    out = _redacted({"raw": text}, {"payment_card"})
    assert out == {"raw": "[redacted:payment_card]"}
