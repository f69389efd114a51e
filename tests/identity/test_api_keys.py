"""API keys in the store: issue, look up, expire, revoke, rotate (clauses SEC-6, DATA-3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, select

from charter.identity import keys, service
from charter.identity.models import Client, KeyRecord, api_keys
from charter.identity.service import IdentityError
from charter.privacy.keyring import Keyring
from charter.store.models import metadata

from .conftest import Statements

T0 = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


def _record(engine: Engine, key_id: str) -> KeyRecord:
    record = service.lookup_key(engine, key_id)
    assert record is not None
    return record


@pytest.mark.clause("SEC-6")
def test_a_new_key_is_found_and_valid(engine: Engine, keyring: Keyring, client: Client) -> None:
    info, key = service.create_api_key(engine, keyring, client.id, env="test",
                                       description="ci", now=T0)
    parsed = keys.parse_key(key)
    assert parsed is not None and parsed.key_id == info.id and parsed.env == "test"

    record = _record(engine, info.id)
    assert (record.client_id, record.org_id, record.env) == (client.id, client.org_id, "test")
    assert record.scopes == ("orders:read", "orders:write")
    assert record.allowed_routes == ("orders",)
    assert (record.org_status, record.client_status) == ("active", "active")
    assert record.hash_kid == keyring.active_kid
    assert keys.verify(keyring, key, record.secret_hash, record.hash_kid)
    assert record.status(T0) == "valid" and record.usable(T0.timestamp())
    assert record.secret_hash not in repr(record)

    assert service.authenticate_api_key(engine, keyring, key, now=T0) == record
    assert service.authenticate_api_key(engine, keyring, key.encode(), now=T0) == record


@pytest.mark.clause("SEC-6")
def test_lookup_is_one_query(
    engine: Engine, keyring: Keyring, client: Client, statements: Statements
) -> None:
    info, _ = service.create_api_key(engine, keyring, client.id)
    statements.seen.clear()
    assert service.lookup_key(engine, info.id) is not None
    assert len(statements.seen) == 1, statements.seen
    assert service.lookup_key(engine, "key_" + "0" * 12) is None
    assert len(statements.seen) == 2


@pytest.mark.clause("SEC-6")
def test_look_alikes_never_reach_the_store(
    engine: Engine, keyring: Keyring, client: Client, statements: Statements
) -> None:
    _, key = service.create_api_key(engine, keyring, client.id)
    statements.seen.clear()
    last = key[-1]
    for presented in (key[:-1] + ("0" if last != "0" else "1"), "chk_prod_" + key[9:], key[:-1],
                      "Bearer " + key, "", "x" * 100_000):
        assert service.authenticate_api_key(engine, keyring, presented) is None
    assert service.lookup_key(engine, "not-a-key-id") is None
    assert statements.seen == []


@pytest.mark.clause("SEC-6")
def test_a_key_with_a_valid_checksum_but_unknown_or_wrong_secret_is_refused(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    info, key = service.create_api_key(engine, keyring, client.id)
    assert service.authenticate_api_key(engine, keyring, keys.generate_key().key) is None
    # Same key id, another secret, recomputed checksum: found, but the hash does not match.
    head = key[:21] + keys.random_base62(keys.SECRET_CHARS)
    forged = head + keys.checksum(head)
    assert keys.parse_key(forged) is not None
    assert service.authenticate_api_key(engine, keyring, forged) is None
    # Another keyring (another deployment) does not accept it either.
    assert service.authenticate_api_key(engine, Keyring.generate(), key) is None
    assert service.lookup_key(engine, info.id) is not None


@pytest.mark.clause("SEC-6")
def test_expiry(engine: Engine, keyring: Keyring, client: Client) -> None:
    info, key = service.create_api_key(engine, keyring, client.id,
                                       expires_in=timedelta(days=90), now=T0)
    assert info.expires == T0 + timedelta(days=90)
    record = _record(engine, info.id)
    assert record.expires == T0 + timedelta(days=90)
    assert record.status(T0 + timedelta(days=89, hours=23)) == "valid"
    assert record.status(T0 + timedelta(days=90)) == "expired"
    assert service.authenticate_api_key(engine, keyring, key,
                                        now=T0 + timedelta(days=91)) is None
    with pytest.raises(IdentityError) as caught:
        service.create_api_key(engine, keyring, client.id, expires_in=timedelta(0))
    assert caught.value.code == "invalid"


@pytest.mark.clause("SEC-6")
def test_revocation_is_immediate_and_idempotent(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    info, key = service.create_api_key(engine, keyring, client.id, now=T0)
    revoked = service.revoke_api_key(engine, info.id, now=T0 + timedelta(minutes=1))
    assert revoked.revoked_at == T0 + timedelta(minutes=1)
    assert _record(engine, info.id).status(T0 + timedelta(minutes=1)) == "revoked"
    assert service.authenticate_api_key(engine, keyring, key) is None
    again = service.revoke_api_key(engine, info.id, now=T0 + timedelta(hours=1))
    assert again.revoked_at == revoked.revoked_at
    assert service.get_api_key(engine, info.id).state(T0 + timedelta(hours=2)) == "revoked"
    with pytest.raises(IdentityError) as caught:
        service.revoke_api_key(engine, "key_" + "1" * 12)
    assert caught.value.code == "not_found"


@pytest.mark.clause("SEC-6")
def test_rotation_keeps_the_old_key_for_the_overlap_only(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    old, old_key = service.create_api_key(engine, keyring, client.id, env="live",
                                          expires_in=timedelta(days=30), description="prod",
                                          now=T0)
    rotated_at = T0 + timedelta(days=10)
    new, new_key = service.rotate_api_key(engine, keyring, old.id,
                                          overlap=timedelta(days=2), now=rotated_at)
    assert new.id != old.id and new_key != old_key
    assert (new.client_id, new.env, new.description) == (client.id, "live", "prod")
    assert new.rotated_from == old.id
    assert new.expires == rotated_at + timedelta(days=30)  # the old key's lifetime

    inside = rotated_at + timedelta(days=1)
    after = rotated_at + timedelta(days=2)
    assert _record(engine, old.id).status(inside) == "valid"
    assert _record(engine, old.id).status(after) == "expired"
    assert service.authenticate_api_key(engine, keyring, old_key, now=inside) is not None
    assert service.authenticate_api_key(engine, keyring, old_key, now=after) is None
    assert service.authenticate_api_key(engine, keyring, new_key, now=inside) is not None
    assert service.authenticate_api_key(engine, keyring, new_key, now=after) is not None

    with pytest.raises(IdentityError) as caught:
        service.rotate_api_key(engine, keyring, old.id, now=inside)
    assert caught.value.code == "conflict"  # a key is rotated once


def test_rotation_never_extends_the_old_key_and_refuses_dead_keys(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    short, _ = service.create_api_key(engine, keyring, client.id,
                                      expires_in=timedelta(days=1), now=T0)
    service.rotate_api_key(engine, keyring, short.id, overlap=timedelta(days=7), now=T0)
    assert service.get_api_key(engine, short.id).expires == T0 + timedelta(days=1)

    forever, _ = service.create_api_key(engine, keyring, client.id, now=T0)
    new, _ = service.rotate_api_key(engine, keyring, forever.id, overlap=timedelta(0), now=T0)
    assert new.expires is None
    assert _record(engine, forever.id).status(T0) == "expired"

    revoked, _ = service.create_api_key(engine, keyring, client.id, now=T0)
    service.revoke_api_key(engine, revoked.id, now=T0)
    for key_id, overlap in ((revoked.id, timedelta(days=1)), (forever.id, timedelta(days=1)),
                            (new.id, timedelta(days=91)), (new.id, timedelta(days=-1))):
        with pytest.raises(IdentityError):
            service.rotate_api_key(engine, keyring, key_id, overlap=overlap, now=T0)


@pytest.mark.clause("SEC-6")
def test_a_disabled_client_or_organization_stops_its_keys(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    info, key = service.create_api_key(engine, keyring, client.id)
    service.disable_client(engine, client.id)
    assert _record(engine, info.id).status(datetime.now(UTC)) == "client_disabled"
    assert service.authenticate_api_key(engine, keyring, key) is None
    with pytest.raises(IdentityError) as caught:
        service.create_api_key(engine, keyring, client.id)
    assert caught.value.code == "conflict"

    other = service.create_client(engine, client.org_id, "reports", ["reports:read"])
    info2, key2 = service.create_api_key(engine, keyring, other.id)
    service.disable_organization(engine, client.org_id)
    assert _record(engine, info2.id).status(datetime.now(UTC)) == "org_disabled"
    assert service.authenticate_api_key(engine, keyring, key2) is None


def test_keys_of_an_old_master_key_keep_working_after_keyring_rotation(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    _, key = service.create_api_key(engine, keyring, client.id)
    keyring.rotate()
    assert service.authenticate_api_key(engine, keyring, key) is not None
    info, _ = service.create_api_key(engine, keyring, client.id)
    assert _record(engine, info.id).hash_kid == keyring.active_kid


def test_listing_shows_no_secret_or_hash(engine: Engine, keyring: Keyring, client: Client) -> None:
    first, key1 = service.create_api_key(engine, keyring, client.id, now=T0)
    second, key2 = service.create_api_key(engine, keyring, client.id,
                                          now=T0 + timedelta(seconds=1))
    listed = service.list_api_keys(engine, client.id)
    assert [k.id for k in listed] == [second.id, first.id]
    text = repr(listed)
    digest = _record(engine, first.id).secret_hash
    for secret in (key1, key2, key1[21:53], digest):
        assert secret not in text
    with pytest.raises(IdentityError):
        service.list_api_keys(engine, "cli_" + "0" * 16)


@pytest.mark.clause("DATA-3")
def test_only_keyed_hashes_are_stored(
    engine: Engine, keyring: Keyring, client: Client, store_url: str
) -> None:
    _, key = service.create_api_key(engine, keyring, client.id)
    _, rotated_key = service.rotate_api_key(engine, keyring,
                                            service.list_api_keys(engine, client.id)[0].id)
    _, client_secret = service.reset_client_secret(engine, keyring, client.id)
    secrets = {
        "key": key, "key secret part": key[21:53], "rotated key": rotated_key,
        "rotated secret part": rotated_key[21:53], "client secret": client_secret,
        "client secret body": client_secret[4:],
    }

    # Every value of every row of every table, as text.
    reflected = MetaData()
    reflected.reflect(engine)
    dump: list[str] = []
    with engine.connect() as connection:
        for table in reflected.sorted_tables:
            for row in connection.execute(select(table)):
                dump.extend(str(value) for value in row)
    text = "\n".join(dump)
    for what, secret in secrets.items():
        assert secret not in text, what
    assert keys.hash_secret(keyring, rotated_key) in text  # the scan does see the hashes
    assert set(metadata.tables) <= set(reflected.tables)

    if store_url.startswith("sqlite:///"):
        database = Path(store_url.removeprefix("sqlite:///"))
        raw = b"".join(path.read_bytes() for path in database.parent.glob(database.name + "*"))
        for what, secret in secrets.items():
            assert secret.encode() not in raw, what


def test_touch_records_use_to_the_hour_at_most_once_an_hour(
    engine: Engine, keyring: Keyring, client: Client, statements: Statements
) -> None:
    first, _ = service.create_api_key(engine, keyring, client.id)
    second, _ = service.create_api_key(engine, keyring, client.id)
    statements.seen.clear()
    at = datetime(2030, 5, 1, 9, 41, 7, tzinfo=UTC)
    assert service.touch_keys(engine, [first.id, second.id, first.id, "junk"], at) == 2
    assert len(statements.seen) == 1  # one UPDATE for the batch
    assert service.get_api_key(engine, first.id).last_used == datetime(2030, 5, 1, 9, tzinfo=UTC)
    assert service.touch_keys(engine, [first.id], at + timedelta(minutes=15)) == 0
    assert service.touch_keys(engine, [first.id], at + timedelta(minutes=20)) == 1  # 10:01
    assert service.get_api_key(engine, first.id).last_used == datetime(2030, 5, 1, 10,
                                                                      tzinfo=UTC)
    assert service.touch_keys(engine, [], at) == 0
    with engine.connect() as connection:
        stored = connection.scalar(select(api_keys.c.last_used).where(api_keys.c.id == second.id))
    assert stored is not None and (stored.minute, stored.second, stored.microsecond) == (0, 0, 0)


def test_keys_need_an_existing_active_client(engine: Engine, keyring: Keyring) -> None:
    with pytest.raises(IdentityError) as caught:
        service.create_api_key(engine, keyring, "cli_" + "0" * 16)
    assert caught.value.code == "not_found"
    with pytest.raises(IdentityError) as caught:
        service.create_api_key(engine, keyring, "nonsense")
    assert caught.value.code == "not_found"
