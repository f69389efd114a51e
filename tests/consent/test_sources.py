"""Where a consent came from, and what ended it, is one of a fixed list of sources (BASIS-1):
a withdrawal made by a rights request says so; anything else unknown is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from charter.consent import records
from charter.consent.models import SOURCE_MAX
from charter.consent.records import SOURCES, ConsentError
from charter.rights.execute.consents import SOURCE as RIGHTS_SOURCE
from charter.rights.execute.consents import withdraw_consents
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

ADA = "sk_ada0000000000000000000000"

pytestmark = pytest.mark.clause("BASIS-1")


@pytest.fixture
def migrated(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


def test_every_source_fits_the_column_and_rights_requests_are_one() -> None:
    assert RIGHTS_SOURCE == "rights_request"
    assert RIGHTS_SOURCE in SOURCES
    assert all(0 < len(source) <= SOURCE_MAX for source in SOURCES)


def test_a_rights_request_records_its_withdrawals_as_its_own(migrated: Engine) -> None:
    given, _ = records.give(migrated, ADA, "newsletter", source="self_service")

    (closed,) = withdraw_consents(
        migrated, [ADA], ["newsletter"], redis=None, request="rr_withdraw1"
    )

    assert closed.id == given.id
    (stored,) = records.list_consents(migrated, subject_key=ADA)
    assert (stored.source, stored.withdrawal_source) == ("self_service", "rights_request")
    assert not stored.current


def test_unknown_sources_are_refused_and_a_rights_request_gives_no_consent(engine: Engine) -> None:
    for source in ("self", "", "rights_request"):
        with pytest.raises(ConsentError) as refused:
            records.give(engine, ADA, "newsletter", source=source)
        assert refused.value.code == "invalid_source"
    consent, _ = records.give(engine, ADA, "newsletter", source="cli")
    with pytest.raises(ConsentError) as refused:
        records.withdraw(engine, consent.id, source="mail")
    assert refused.value.code == "invalid_source"
    with pytest.raises(ConsentError) as refused:
        records.withdraw_purpose(engine, ADA, "newsletter", source="mail")
    assert refused.value.code == "invalid_source"
    (still,) = records.list_consents(engine, subject_key=ADA)
    assert still.current  # nothing was withdrawn by the refused calls
    done = records.withdraw(engine, consent.id, source="rights_request")
    assert done.withdrawal_source == "rights_request"
