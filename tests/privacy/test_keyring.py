"""The keyring file: private from creation, rotation without losing old keys, clear errors."""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from charter.privacy.keyring import DOMAINS, FORMAT, Keyring, KeyringError


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    # With umask 0 a file created with default permissions would be world-readable: the
    # keyring must not depend on the caller's umask.
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _secret_b64(path: Path) -> str:
    return str(json.loads(path.read_text())["keys"][0]["secret"])


@pytest.mark.clause("CLIENT-3")
def test_saved_file_is_private_whatever_the_umask(tmp_path: Path, permissive_umask: None) -> None:
    path = Keyring.generate().save(tmp_path / "sub" / "charter.keyring")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Keyring.load(path).active_kid


@pytest.mark.clause("CLIENT-3")
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644])
def test_load_refuses_a_file_others_can_read(tmp_path: Path, mode: int) -> None:
    path = Keyring.generate().save(tmp_path / "charter.keyring")
    path.chmod(mode)
    with pytest.raises(KeyringError, match="readable by others") as info:
        Keyring.load(path)
    assert "chmod 600" in str(info.value)


def test_missing_file_points_at_init(tmp_path: Path) -> None:
    with pytest.raises(KeyringError, match="charter init"):
        Keyring.load(tmp_path / "absent.keyring")


def test_round_trip_keeps_keys(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    path = keyring.save(tmp_path / "charter.keyring")
    loaded = Keyring.load(path)
    assert loaded.active_kid == keyring.active_kid
    assert loaded.derive("pseudonym") == keyring.derive("pseudonym")


@pytest.mark.clause("SEC-6")
def test_rotation_keeps_old_keys_derivable(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    old_kid = keyring.active_kid
    old_key = keyring.derive("api-key-hash")
    new = keyring.rotate()
    keyring.save(tmp_path / "charter.keyring")

    reloaded = Keyring.load(tmp_path / "charter.keyring")
    assert reloaded.active_kid == new.kid != old_kid
    assert reloaded.derive("api-key-hash", old_kid) == old_key
    assert reloaded.derive("api-key-hash") != old_key
    assert set(reloaded.kids()) == {old_kid, new.kid}


@pytest.mark.clause("SEC-6")
def test_retired_key_is_no_longer_derivable_and_active_cannot_be_retired() -> None:
    keyring = Keyring.generate()
    old_kid = keyring.active_kid
    keyring.rotate()
    keyring.retire(old_kid)
    assert old_kid not in keyring.kids()
    with pytest.raises(KeyError):
        keyring.derive("api-key-hash", old_kid)
    with pytest.raises(KeyringError, match="rotate first"):
        keyring.retire(keyring.active_kid)


def test_each_domain_gets_its_own_key() -> None:
    keyring = Keyring.generate()
    keys = {keyring.derive(domain) for domain in DOMAINS}
    assert len(keys) == len(DOMAINS)
    with pytest.raises(ValueError, match="unknown key domain"):
        keyring.derive("not-a-domain")


def test_different_master_secrets_give_different_keys() -> None:
    assert Keyring.generate().derive("pseudonym") != Keyring.generate().derive("pseudonym")


def _write_private(path: Path, text: str) -> Path:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    return path


@pytest.mark.clause("DATA-3")
def test_malformed_file_is_a_clear_error_that_does_not_print_the_secret(tmp_path: Path) -> None:
    good = Keyring.generate().save(tmp_path / "good.keyring")
    secret = _secret_b64(good)
    # Cut mid-way through the secret: invalid JSON whose text still contains most of it.
    text = good.read_text()
    broken = _write_private(tmp_path / "broken.keyring", text[: text.index(secret) + 30])
    with pytest.raises(KeyringError, match="malformed") as info:
        Keyring.load(broken)
    assert secret[:30] not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.clause("DATA-3")
def test_invalid_secret_encoding_does_not_print_it(tmp_path: Path) -> None:
    not_base64 = "this-is-not-base64!" * 3
    path = _write_private(tmp_path / "charter.keyring", json.dumps({
        "format": FORMAT, "active": "k1",
        "keys": [{"kid": "k1", "secret": not_base64, "created": 0}],
    }))
    with pytest.raises(KeyringError, match="malformed") as info:
        Keyring.load(path)
    assert not_base64 not in str(info.value)


def test_short_secret_and_missing_active_key_are_refused(tmp_path: Path) -> None:
    short = base64.b64encode(b"x" * 16).decode()
    path = _write_private(tmp_path / "short.keyring", json.dumps({
        "format": FORMAT, "active": "k1", "keys": [{"kid": "k1", "secret": short, "created": 0}],
    }))
    with pytest.raises(KeyringError, match="shorter than 32 bytes"):
        Keyring.load(path)
    long = base64.b64encode(b"x" * 32).decode()
    path = _write_private(tmp_path / "inactive.keyring", json.dumps({
        "format": FORMAT, "active": "k9", "keys": [{"kid": "k1", "secret": long, "created": 0}],
    }))
    with pytest.raises(KeyringError, match="no active key"):
        Keyring.load(path)


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    path = _write_private(tmp_path / "charter.keyring", json.dumps({"format": "other/9"}))
    with pytest.raises(KeyringError, match="malformed"):
        Keyring.load(path)


@pytest.mark.clause("DATA-3")
def test_repr_never_shows_a_secret() -> None:
    keyring = Keyring.generate()
    secret = keyring.active.secret
    assert repr(secret) not in repr(keyring)
    assert repr(secret) not in repr(keyring.active)
