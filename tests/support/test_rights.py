"""Rights requests reach tickets through the inventory: access returns a person's ticket,
readable for them; erasure deletes it and shreds its key (clauses DATA-6, SCOPE-5)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, select

from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.rights.execute import run
from charter.shredding.keys import ERASED, SubjectKeys
from charter.support.models import support_tickets
from charter.support.service import DESCRIPTION_LABEL, SupportService
from tests.rights.execute.conftest import bundle_files, request

from .conftest import subject_key

ADA = ("sub", "people:ada-7f3")
BO = ("sub", "people:bo-2c9")


@pytest.fixture
def config() -> CharterConfig:
    return CharterConfig.model_validate({
        "upstreams": [{"name": "shop", "targets": ["http://127.0.0.1:9"]}],
        "routes": [{"id": "orders", "upstream": "shop", "purpose": "service_delivery"}],
    })


def _tickets(support: SupportService, keyring: Keyring) -> tuple[str, str]:
    ada, _ = support.open(description="My parcel orders vanish", opened_by="acc_op1",
                          subject_key=subject_key(keyring, *ADA), contact="ada@example.com")
    bo, _ = support.open(description="Bo's invoices are wrong", opened_by="acc_op1",
                         subject_key=subject_key(keyring, *BO), contact="bo@example.com")
    return ada.id, bo.id


@pytest.mark.clause("DATA-6")
@pytest.mark.clause("SCOPE-5")
def test_an_access_request_returns_the_persons_ticket_readable_for_them(
        engine: Engine, keyring: Keyring, config: CharterConfig,
        support: SupportService) -> None:
    ada_ticket, _ = _tickets(support, keyring)
    result = run(engine, keyring, config, request(keyring, "access", [ADA]))
    assert result.outcome == "completed", result
    assert result.summary["support_tickets.rows"] == 1
    files = bundle_files(engine, keyring, result.artifact_id)
    (ticket,) = json.loads(files["tables/support_tickets.json"])
    assert ticket["id"] == ada_ticket and ticket["provided_by"] == "requester"
    assert ticket["description"] == "My parcel orders vanish"
    assert ticket["contact"] == "ada@example.com"
    everything = b"".join(files.values())
    assert b"Bo's invoices" not in everything and b"bo@example.com" not in everything
    summary = json.loads(files["summary.json"])
    tables = {table["table"]: table for table in summary["tables"]}
    assert tables["support_tickets"]["retention"] == {"class": "support", "days": 365}


@pytest.mark.clause("DATA-6")
@pytest.mark.clause("RIGHTS-3")
def test_an_erasure_deletes_the_ticket_and_shreds_its_key(
        engine: Engine, keyring: Keyring, config: CharterConfig,
        support: SupportService) -> None:
    ada_ticket, bo_ticket = _tickets(support, keyring)
    with engine.connect() as connection:
        sealed: str = connection.execute(select(support_tickets.c.description).where(
            support_tickets.c.id == ada_ticket)).scalar_one()

    result = run(engine, keyring, config, request(keyring, "erase", [ADA]))

    assert result.outcome == "completed", result
    assert result.summary["support_tickets.deleted"] == 1
    assert result.summary["subject_keys.destroyed"] == 1
    with engine.connect() as connection:
        left: list[str] = list(connection.execute(select(support_tickets.c.id)).scalars())
    assert left == [bo_ticket]
    # A copy of the sealed description kept elsewhere (a backup) no longer opens.
    ada = subject_key(keyring, *ADA)
    assert SubjectKeys(engine, keyring).open(ada, sealed, DESCRIPTION_LABEL) == ERASED
    assert SupportService(engine, keyring).get(bo_ticket, unseal=True).description == (
        "Bo's invoices are wrong")
