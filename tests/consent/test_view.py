"""A worker's view of consents and minors, and the stages that read it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from charter.consent import minors, records
from charter.consent.view import ConsentView

ADA = "sk_ada0000000000000000000000"


@pytest.mark.clause("BASIS-1")
def test_the_view_loads_then_follows_changes_in_the_store(engine: Engine) -> None:
    view = ConsentView(engine)
    first, _ = records.give(engine, ADA, "marketing", source="api")
    view.refresh()
    assert view.consented(ADA, "marketing") and not view.consented(ADA, "research")
    records.withdraw(engine, first.id, source="self_service")
    view.refresh()
    assert not view.consented(ADA, "marketing")
    records.give(engine, ADA, "marketing", source="api")
    view.refresh()
    assert view.consented(ADA, "marketing")


@pytest.mark.clause("BASIS-1")
def test_a_withdrawal_message_is_never_undone_by_an_older_read(engine: Engine) -> None:
    view = ConsentView(engine)
    consent, _ = records.give(engine, ADA, "marketing", source="api")
    stale = view.read()  # read before the withdrawal, applied after it
    messages: list[dict[str, Any]] = []
    records.withdraw(engine, consent.id, source="self_service", notify=messages.append)
    view.apply_message(messages[0])
    view.apply(stale)
    assert not view.consented(ADA, "marketing")
    view.apply_message({"kind": "consent"})  # malformed: ignored
    assert not view.consented(ADA, "marketing")


@pytest.mark.clause("CHILD-1")
def test_the_view_knows_minors_awaiting_an_authorization(engine: Engine) -> None:
    view = ConsentView(engine)
    view.refresh()
    assert not view.has_unauthorized_minors
    minors.mark(engine, ADA, marked_by="op_1")
    assert view.refresh() is True  # pipelines must now hold the `children` stage
    assert view.unauthorized_minor(ADA)
    minors.authorize(engine, ADA, reference="DOC-1", authorized_by="op_1")
    assert view.refresh() is True
    assert not view.unauthorized_minor(ADA) and not view.has_unauthorized_minors
    # An authorization, once recorded, is not undone by an older message.
    view.apply_message({"kind": "minor", "subject_key": ADA, "authorized": False})
    assert not view.unauthorized_minor(ADA)
