"""Listener certificates replaced at run time: new handshakes get the new certificate, open
connections keep theirs, and a pair that does not load changes nothing and says which file is
wrong (without repeating what is in it)."""

from __future__ import annotations

import asyncio
import hashlib
import ssl
import textwrap
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from charter.config.loader import ConfigError, load_config
from charter.tls import ReloadableTLS, TLSFilesError, check_files
from tests.e2e.test_upstream_tls import _ca_and_leaf

pytestmark = pytest.mark.clause("SEC-3")


@pytest.fixture
def pairs(tmp_path: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return _ca_and_leaf(tmp_path / "a"), _ca_and_leaf(tmp_path / "b")


def fingerprint(pem: Path) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem.read_text())).hexdigest()


class _Echo(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.transport.write(data)


async def _connect(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, str]:
    client = ssl.create_default_context()
    client.check_hostname = False
    client.verify_mode = ssl.CERT_NONE
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=client)
    der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
    return reader, writer, hashlib.sha256(der).hexdigest()


async def _echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bytes:
    writer.write(b"ping")
    await writer.drain()
    return await reader.readexactly(4)


def test_new_handshakes_get_the_new_certificate_open_connections_keep_theirs(
        pairs: tuple[dict[str, Path], dict[str, Path]]) -> None:
    a, b = pairs

    async def scenario() -> None:
        tls = ReloadableTLS(str(a["server"]), str(a["server_key"]))
        assert tls.certificate.sha256 == fingerprint(a["server"])
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Echo, "127.0.0.1", 0, ssl=tls.context)
        port = server.sockets[0].getsockname()[1]
        try:
            old_reader, old_writer, seen = await _connect(port)
            assert seen == fingerprint(a["server"])
            assert tls.reload(str(b["server"]), str(b["server_key"])) is True
            assert tls.certificate.sha256 == fingerprint(b["server"])
            assert tls.files == (str(b["server"]), str(b["server_key"]))
            for _ in range(3):
                reader, writer, seen = await _connect(port)
                assert seen == fingerprint(b["server"])
                assert await _echo(reader, writer) == b"ping"
                writer.close()
            assert await _echo(old_reader, old_writer) == b"ping"  # still open, still A
            old_writer.close()
            # The same files again: nothing changes.
            assert tls.reload(str(b["server"]), str(b["server_key"])) is False
        finally:
            server.close()
            await server.wait_closed()

    asyncio.run(scenario())


def test_a_pair_that_does_not_load_changes_nothing(
        tmp_path: Path, pairs: tuple[dict[str, Path], dict[str, Path]]) -> None:
    a, b = pairs
    tls = ReloadableTLS(str(a["server"]), str(a["server_key"]))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                       "-----END CERTIFICATE-----\n")
    encrypted = tmp_path / "encrypted.key"
    encrypted.write_bytes(ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"passphrase")))
    cases = [
        (b["server"], a["server_key"], "key_file", "the key does not belong to the certificate"),
        (garbage, a["server_key"], "cert_file", "not a PEM certificate"),
        (a["server"], garbage, "key_file", "not a PEM private key"),
        (a["server"], encrypted, "key_file", "the private key is encrypted"),
        (tmp_path / "missing.crt", a["server_key"], "cert_file", "cannot be read"),
    ]
    for cert, key, field, message in cases:
        with pytest.raises(TLSFilesError) as raised:
            tls.reload(str(cert), str(key))
        assert (raised.value.field, message in raised.value.message) == (field, True), (
            cert.name, key.name, raised.value.message)
        assert "BEGIN" not in raised.value.message and "bm90" not in raised.value.message
        assert tls.certificate.sha256 == fingerprint(a["server"])
        assert tls.files == (str(a["server"]), str(a["server_key"]))
    assert check_files(str(a["server"]), str(a["server_key"])) is None


def test_charter_check_refuses_a_key_that_does_not_match(
        tmp_path: Path, pairs: tuple[dict[str, Path], dict[str, Path]]) -> None:
    a, b = pairs
    config = tmp_path / "charter.yaml"
    config.write_text(textwrap.dedent(f"""\
        listeners:
          gateway:
            port: 8443
            tls: {{cert_file: {a["server"]}, key_file: {b["server_key"]}}}
        """))
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    (problem,) = raised.value.problems
    assert str(problem).startswith(f"{config}:4:")
    assert problem.path == "listeners.gateway.tls.key_file"
    assert problem.message == "the key does not belong to the certificate in cert_file"
    config.write_text(config.read_text().replace(str(b["server_key"]), str(a["server_key"])))
    assert load_config(config).config.listeners.gateway.tls is not None
