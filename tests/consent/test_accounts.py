"""Minors known by their account (clause CHILD-1): the `is_minor` flag of an account marks the
keys the person is known by in `minors`, in the same transaction, and clearing it unmarks
them; each gateway process sees the newest state of each mark, whatever order reads and
messages arrive in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from charter.consent import minors
from charter.consent.view import ConsentView
from charter.identity import service
from charter.identity.service import IdentityError
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

pytestmark = pytest.mark.clause("CHILD-1")
KEYRING = Keyring.generate()
PEOPLE = Pseudonymizer(KEYRING)


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


def _org(store: Engine) -> str:
    return service.create_organization(store, "Shop").id


def _sign_in(sub: str) -> str:
    return service.gateway_key(PEOPLE, f"sub:people:{sub}")


def _account(store: Engine, name: str, *, minor: bool, sub: str | None = None,
             sent: list[dict[str, Any]] | None = None) -> Any:
    return service.create_account(
        store, KEYRING, username=name, kind="developer", org_id=_org_of(store),
        is_minor=minor, gateway_subject_key=_sign_in(sub) if sub else None, actor="op_1",
        notify=sent.append if sent is not None else None)


def _org_of(store: Engine) -> str:
    orgs = service.list_organizations(store)
    return orgs[0].id if orgs else _org(store)


def test_the_gateway_key_is_the_key_a_token_of_the_issuer_carries() -> None:
    # As the gateway derives it from a token's subject (`CachingResolver`).
    assert _sign_in("kid-60") == PEOPLE.subject_key("sub", "people:kid-60")
    for bad in ("kid-60", "email:kid@example.com", "sub:people", "sub::kid"):
        with pytest.raises(IdentityError) as caught:
            service.gateway_key(PEOPLE, bad)
        assert caught.value.code == "invalid"


def test_an_account_created_as_a_minor_is_refused_until_authorized(store: Engine) -> None:
    sent: list[dict[str, Any]] = []
    view = ConsentView(store)
    view.refresh()
    account = _account(store, "kid", minor=True, sub="kid-60", sent=sent)
    gateway = _sign_in("kid-60")
    assert account.is_minor and account.gateway_subject_key == gateway
    marks = minors.list_minors(store, account_id=account.id)
    assert sorted(m.subject_key for m in marks) == sorted([account.subject_key, gateway])
    assert all(m.marked and not m.authorized and m.marked_by == "op_1" for m in marks)
    assert sorted(m["subject_key"] for m in sent) == sorted([account.subject_key, gateway])

    assert view.refresh() is True and view.unauthorized_minor(gateway)
    # One authorization covers every mark of the account: they are the same person.
    minors.authorize(store, gateway, reference="GUARDIAN-7", authorized_by="op_2")
    view.refresh()
    assert not view.unauthorized_minor(gateway) and not view.has_unauthorized_minors
    assert {m.guardian_authorization for m in minors.list_minors(store)} == {"GUARDIAN-7"}

    # An adult account marks nothing.
    adult = _account(store, "ada", minor=False, sub="ada-7f3")
    assert minors.list_minors(store, account_id=adult.id) == []


def test_setting_and_clearing_the_flag_marks_and_unmarks(store: Engine) -> None:
    view = ConsentView(store)
    account = _account(store, "kid", minor=False, sub="kid-61")
    gateway = _sign_in("kid-61")
    view.refresh()
    assert not view.unauthorized_minor(gateway)

    sent: list[dict[str, Any]] = []
    account, marks = service.update_account(store, account.id, is_minor=True, actor="op_1",
                                            notify=sent.append)
    assert account.is_minor and len(marks) == 2 and len(sent) == 2
    view.refresh()
    assert view.unauthorized_minor(gateway)

    account, marks = service.update_account(store, account.id, is_minor=False, actor="op_2")
    assert sorted((m.subject_key, m.marked, m.unmarked_by) for m in marks) == sorted(
        [(account.subject_key, False, "op_2"), (gateway, False, "op_2")])
    view.refresh()
    assert not view.unauthorized_minor(gateway) and not view.has_unauthorized_minors
    # Nothing to change: nothing changes.
    assert service.update_account(store, account.id, is_minor=False, actor="op_2")[1] == []

    # Set again after an authorization was recorded: the authorization still stands.
    service.update_account(store, account.id, is_minor=True, actor="op_1")
    minors.authorize(store, account.subject_key, reference="GUARDIAN-8", authorized_by="op_1")
    service.update_account(store, account.id, is_minor=False, actor="op_1")
    _, marks = service.update_account(store, account.id, is_minor=True, actor="op_1")
    assert all(m.marked and m.guardian_authorization == "GUARDIAN-8" for m in marks)
    view.refresh()
    assert view.guardian_authorized(gateway) and not view.unauthorized_minor(gateway)


def test_a_new_sign_in_moves_the_mark_and_keeps_the_authorization(store: Engine) -> None:
    view = ConsentView(store)
    account = _account(store, "kid", minor=True)
    assert [m.subject_key for m in minors.list_minors(store)] == [account.subject_key]
    minors.authorize(store, account.subject_key, reference="GUARDIAN-9", authorized_by="op_1")
    _, marks = service.update_account(store, account.id, gateway_subject_key=_sign_in("kid-62"),
                                      actor="op_1")
    [mark] = marks
    assert (mark.subject_key, mark.marked, mark.guardian_authorization) == (
        _sign_in("kid-62"), True, "GUARDIAN-9")

    _, marks = service.update_account(store, account.id, gateway_subject_key=_sign_in("kid-63"),
                                      actor="op_1")
    assert {(m.subject_key, m.marked) for m in marks} == {
        (_sign_in("kid-62"), False), (_sign_in("kid-63"), True)}
    _, marks = service.update_account(store, account.id, gateway_subject_key=None, actor="op_1")
    assert [(m.subject_key, m.marked) for m in marks] == [(_sign_in("kid-63"), False)]
    view.refresh()
    assert not view.has_unauthorized_minors
    with pytest.raises(IdentityError):
        service.update_account(store, account.id, gateway_subject_key="not-a-key")


def test_a_mark_made_by_hand_is_not_cleared_by_an_account(store: Engine) -> None:
    gateway = _sign_in("kid-64")
    minors.mark(store, gateway, marked_by="op_1")
    account = _account(store, "kid", minor=True, sub="kid-64")
    [own] = minors.list_minors(store, account_id=account.id)
    assert own.subject_key == account.subject_key  # the hand-made mark stays as it was
    service.update_account(store, account.id, is_minor=False, actor="op_2")
    [by_hand] = minors.list_minors(store, subject_key=gateway)
    assert by_hand.marked and by_hand.account_id is None


def test_a_process_applies_the_newest_state_whatever_arrives_first(store: Engine) -> None:
    view = ConsentView(store)
    account = _account(store, "kid", minor=True, sub="kid-65")
    gateway = _sign_in("kid-65")
    marked_read = view.read()  # read while marked, applied late
    sent: list[dict[str, Any]] = []
    service.update_account(store, account.id, is_minor=False, actor="op_1", notify=sent.append)
    for message in sent:
        view.apply_message(message)
    assert not view.unauthorized_minor(gateway)
    view.apply(marked_read)
    assert not view.unauthorized_minor(gateway)  # the older read does not mark them again
    # Marked again: the newer message wins over the read of the unmarked row, too.
    unmarked_read = view.read()
    sent.clear()
    service.update_account(store, account.id, is_minor=True, actor="op_1", notify=sent.append)
    for message in sent:
        view.apply_message(message)
    view.apply(unmarked_read)
    assert view.unauthorized_minor(gateway) and view.has_unauthorized_minors


def test_versions_increase_even_when_the_clock_goes_back(store: Engine) -> None:
    later = datetime.now(UTC) + timedelta(minutes=5)
    first, _ = minors.mark(store, "sk_kid66aaaaaaaaaaaaaaaaaaaaaa", marked_by="op_1", now=later)
    done = minors.authorize(store, first.subject_key, reference="G-1", authorized_by="op_1",
                            now=later - timedelta(minutes=1))
    assert first.changed_at is not None and done.changed_at is not None
    assert done.changed_at > first.changed_at
