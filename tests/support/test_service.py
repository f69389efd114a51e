"""Tickets on SQLite and PostgreSQL: sealed fields, who provided them, the lifecycle."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from charter.privacy import inventory
from charter.privacy.keyring import Keyring
from charter.shredding.keys import ERASED, SubjectKeys
from charter.support.models import support_tickets
from charter.support.service import SupportError, SupportService

from .conftest import NOW, subject_key

ADA = ("sub", "people:ada-7f3")
STORY = "Since Monday my orders fail with 403. My API key is sk_live_4eC39HqLyjWDarjtT1zdp7dc."


def _raw(engine: Engine, ticket_id: str) -> dict[str, object]:
    with engine.connect() as connection:
        row = connection.execute(select(support_tickets).where(
            support_tickets.c.id == ticket_id)).mappings().one()
    return dict(row)


@pytest.mark.clause("SCOPE-5")
@pytest.mark.clause("DATA-6")
def test_a_ticket_keeps_what_the_requester_provided_sealed_under_their_key(
        support: SupportService, engine: Engine, keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    ticket, screened = support.open(description=STORY, opened_by="acc_op1", subject_key=ada,
                                    contact="ada@example.com", client_id="cli_shop")
    assert ticket.id.startswith("tkt_") and ticket.status == "open"
    assert (ticket.requester, ticket.provided_by, ticket.opened_at) == ("person", "requester",
                                                                       NOW)
    assert ticket.redactions == 1 and screened.warnings() == ["credential_redacted"]
    doc = ticket.as_dict()
    assert (doc["purpose"], doc["retention"]) == ("operations", "support")
    assert inventory.get("support_tickets").retention == "support"

    raw = _raw(engine, ticket.id)
    assert raw["sealed_by"] == ada and raw["provided_by"] == "requester"
    stored = " ".join(str(value) for value in raw.values())
    for clear in ("ada@example.com", "orders fail", "sk_live_"):
        assert clear not in stored

    read = support.get(ticket.id, unseal=True)
    assert read.contact == "ada@example.com"
    assert read.description is not None and read.description.startswith("Since Monday")
    assert "sk_live_" not in read.description and "[redacted]" in read.description
    assert support.get(ticket.id).description is None  # sealed unless asked


@pytest.mark.clause("DATA-6")
def test_a_ticket_for_a_client_is_sealed_under_its_own_key(
        support: SupportService, engine: Engine, keyring: Keyring) -> None:
    ticket, _ = support.open(description="Webhook deliveries time out", opened_by="acc_op1",
                             client_id="cli_shop", provided_by="operator")
    assert (ticket.requester, ticket.subject_key, ticket.provided_by) == ("client", None,
                                                                         "operator")
    raw = _raw(engine, ticket.id)
    assert str(raw["sealed_by"]).startswith("sk_") and raw["contact"] is None
    assert support.get(ticket.id, unseal=True).description == "Webhook deliveries time out"


@pytest.mark.clause("DATA-7")
def test_special_categories_are_recorded_as_kinds(support: SupportService,
                                                  keyring: Keyring, engine: Engine) -> None:
    ticket, screened = support.open(
        description="The app shows my HIV test results to other users",
        opened_by="acc_op1", subject_key=subject_key(keyring, *ADA))
    assert ticket.special_categories == ["health"]
    assert screened.warnings() == ["special_category:health"]
    assert _raw(engine, ticket.id)["special_categories"] == ["health"]


def test_a_person_erased_before_gets_a_ticket_under_its_own_key(
        support: SupportService, engine: Engine, keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    SubjectKeys(engine, keyring).erase(ada, reference="rr_before")
    ticket, _ = support.open(description="Please help", opened_by="acc_op1", subject_key=ada)
    assert _raw(engine, ticket.id)["sealed_by"] != ada
    assert support.get(ticket.id, unseal=True).description == "Please help"


def test_closing_starts_retention_and_happens_once(support: SupportService) -> None:
    ticket, _ = support.open(description="Help", opened_by="acc_op1", client_id="cli_a")
    closed = support.close(ticket.id, closed_by="acc_op2")
    assert (closed.status, closed.closed_at, closed.closed_by) == ("closed", NOW, "acc_op2")
    with pytest.raises(SupportError) as again:
        support.close(ticket.id, closed_by="acc_op2")
    assert (again.value.status, again.value.code) == (409, "ticket_closed")
    with pytest.raises(SupportError) as closed_now:
        support.require_open(ticket.id)
    assert closed_now.value.code == "ticket_closed"
    with pytest.raises(SupportError) as missing:
        support.get("tkt_00000000000000000000")
    assert (missing.value.status, missing.value.code) == (404, "not_found")
    assert [t.id for t in support.find(status="closed")] == [ticket.id]
    assert support.find(status="open") == []


@pytest.mark.parametrize(("fields", "code"), [
    ({"description": "help"}, "no_requester"),
    ({"description": "   ", "client_id": "cli_a"}, "invalid_description"),
    ({"description": "x" * 8001, "client_id": "cli_a"}, "invalid_description"),
    ({"description": "help", "client_id": "cli_a", "provided_by": "someone"},
     "invalid_provided_by"),
])
def test_bad_tickets_are_refused_with_a_code(support: SupportService, fields: dict[str, str],
                                             code: str) -> None:
    with pytest.raises(SupportError) as refused:
        support.open(opened_by="acc_op1", **fields)
    assert (refused.value.status, refused.value.code) == (422, code)


def test_an_erased_person_reads_erased(support: SupportService, engine: Engine,
                                       keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    ticket, _ = support.open(description="Help me", opened_by="acc_op1", subject_key=ada,
                             contact="ada@example.com")
    SubjectKeys(engine, keyring).erase(ada)
    fresh = SupportService(engine, keyring)
    read = fresh.get(ticket.id, unseal=True)
    assert (read.contact, read.description) == (ERASED, ERASED)
