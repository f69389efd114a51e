"""The API key format and keyed hashing (clauses SEC-6, DATA-3)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from charter.identity import keys
from charter.identity.keys import generate_key, hash_secret, parse_key, verify
from charter.privacy.keyring import Keyring


def _replace(text: str, index: int, char: str) -> str:
    return text[:index] + char + text[index + 1:]


def _other(char: str) -> str:
    return "A" if char != "A" else "B"


@pytest.mark.clause("SEC-6")
@pytest.mark.parametrize("env", ["live", "test"])
def test_a_generated_key_parses_back(env: keys.Env) -> None:
    new = generate_key(env)
    assert new.key.startswith(f"chk_{env}_")
    assert len(new.key) == keys.KEY_LENGTH == 59
    assert new.key_id.startswith("key_") and len(new.key_id) == 16
    assert new.key not in repr(new)

    for presented in (new.key, new.key.encode("ascii")):
        parsed = parse_key(presented)
        assert parsed is not None
        assert (parsed.key, parsed.key_id, parsed.env) == (new.key, new.key_id, env)
        assert keys.is_key_id(parsed.key_id)
        assert new.key not in repr(parsed)


def test_keys_are_random() -> None:
    generated = {generate_key().key for _ in range(200)}
    assert len(generated) == 200
    assert len({key[9:21] for key in generated}) == 200  # the key ids too


def test_an_unknown_env_is_refused() -> None:
    with pytest.raises(ValueError, match="env"):
        generate_key("prod")  # type: ignore[arg-type]


def _look_alikes() -> dict[str, str | bytes]:
    key = generate_key("live").key
    body = key[9:]
    last = len(key) - 1
    return {
        "checksum digit changed": _replace(key, last, _other(key[last])),
        "secret character changed": _replace(key, 30, _other(key[30])),
        "key id character changed": _replace(key, 10, _other(key[10])),
        "case swapped": key[:9] + body.swapcase(),
        "wrong prefix": "chx" + key[3:],
        "token prefix of another vendor": "ghp" + key[3:],
        "env not live or test": "chk_prod_" + body,
        "env changed, checksum not": "chk_test_" + body,
        "one character short": key[:-1],
        "one character long": key + "0",
        "trailing newline": key[:-1] + "\n",
        "hyphen in the body": _replace(key, 20, "-"),
        "underscore in the body": _replace(key, 20, "_"),
        "non-ASCII letter": _replace(key, 20, "é"),
        "fullwidth digit": _replace(key, 20, "\uff11"),
        "NUL byte": _replace(key, 20, "\x00"),
        "empty": "",
        "prefix only": "chk_live_",
        "huge": key * 20_000,
        "bytes that are not text": b"\xff" * keys.KEY_LENGTH,
        "bytes of the right length, wrong checksum": _replace(key, last, _other(key[last]))
        .encode(),
    }


@pytest.mark.clause("SEC-6")
@pytest.mark.parametrize("name", list(_look_alikes()))
def test_look_alikes_are_rejected_by_the_format_alone(name: str) -> None:
    assert parse_key(_look_alikes()[name]) is None


@pytest.mark.clause("SEC-6")
def test_the_checksum_catches_every_single_character_change() -> None:
    key = generate_key("test").key
    for index in range(9, len(key)):
        for char in ("0", "z", "Q"):
            if key[index] != char:
                assert parse_key(_replace(key, index, char)) is None, (index, char)


@pytest.mark.parametrize("garbage", [None, 42, ["chk_live_"], object()])
def test_parse_key_never_raises(garbage: object) -> None:
    assert parse_key(garbage) is None  # type: ignore[arg-type]


def test_the_checksum_is_six_base62_digits_of_crc32() -> None:
    assert keys.checksum("") == "000000"
    assert len(keys.checksum("chk_live_" + "z" * 44)) == 6
    assert all(len(keys.checksum(str(n))) == 6 for n in range(1000))


@pytest.mark.clause("DATA-3")
def test_the_stored_hash_is_keyed() -> None:
    keyring = Keyring.generate()
    key = generate_key().key
    digest = hash_secret(keyring, key)
    assert len(digest) == 64 and digest == hash_secret(keyring, key)
    # Not a plain digest that anyone could compute from a guess...
    assert digest != hashlib.sha256(key.encode()).hexdigest()
    # ...and it depends on the keyring.
    assert digest != hash_secret(Keyring.generate(), key)
    expected = hmac.new(keyring.derive("api-key-hash"), key.encode(), hashlib.sha256)
    assert digest == expected.hexdigest()
    # One domain per use: a client secret hash under the same keyring differs.
    assert digest != keys.hash_client_secret(keyring, key)


@pytest.mark.clause("SEC-6")
def test_verify_right_wrong_and_across_keyring_rotation() -> None:
    keyring = Keyring.generate()
    key, other = generate_key().key, generate_key().key
    old_kid = keyring.active_kid
    digest = hash_secret(keyring, key, old_kid)
    assert verify(keyring, key, digest, old_kid)
    assert not verify(keyring, other, digest, old_kid)
    assert not verify(keyring, key, digest[:-1] + ("0" if digest[-1] != "0" else "1"), old_kid)
    assert not verify(keyring, key, "", old_kid)

    keyring.rotate()
    assert hash_secret(keyring, key) != digest  # new hashes use the new master key
    assert verify(keyring, key, digest, old_kid)  # old ones keep verifying
    assert not verify(keyring, key, digest, keyring.active_kid)
    assert not verify(keyring, key, digest, "k-unknown")
    keyring.retire(old_kid)
    assert not verify(keyring, key, digest, old_kid)  # retired: no longer accepted


def test_client_secrets() -> None:
    keyring = Keyring.generate()
    secret = keys.generate_client_secret()
    assert secret.startswith("chs_") and len(secret) == 44
    assert keys.looks_like_client_secret(secret)
    assert not keys.looks_like_client_secret(secret[:-1])
    assert not keys.looks_like_client_secret(generate_key().key)
    digest = keys.hash_client_secret(keyring, secret)
    assert keys.verify_client_secret(keyring, secret, digest, keyring.active_kid)
    assert not keys.verify_client_secret(keyring, keys.generate_client_secret(), digest,
                                         keyring.active_kid)
