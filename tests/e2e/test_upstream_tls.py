"""Upstream TLS: verified by default; turning verification off needs a stated reason."""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.e2e.conftest import CharterFactory

pytestmark = pytest.mark.e2e


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "up.crt", directory / "up.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class _Hello(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"tls": true}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def tls_upstream(tmp_path: Path) -> Iterator[str]:
    cert, key = _self_signed(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _config(url: str, verify: str) -> str:
    return f"""\
        upstreams:
          - name: secure
            targets: ["{url}"]
            retries: 0
{verify}
        routes:
          - id: secure
            match: {{path_prefix: /}}
            upstream: secure
            stages:
              authenticate: {{methods: [none], reason: test route}}
        """


@pytest.mark.clause("SEC-3")
def test_an_unverifiable_upstream_certificate_is_refused(charter: CharterFactory,
                                                          tls_upstream: str) -> None:
    server = charter(_config(tls_upstream, ""))
    response = httpx.get(f"{server.gateway}/hello")
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_tls_error"


@pytest.mark.clause("SEC-3")
def test_verification_can_be_turned_off_only_with_a_reason(charter: CharterFactory,
                                                            tls_upstream: str) -> None:
    server = charter(_config(tls_upstream, "            tls_verify: false\n"
                                           "            tls_verify_reason: test fixture, "
                                           "self-signed\n"))
    response = httpx.get(f"{server.gateway}/hello")
    assert response.status_code == 200
    assert response.json() == {"tls": True}


def _ca_and_leaf(directory: Path) -> dict[str, Path]:
    """A private CA, a server certificate for 127.0.0.1 and a client certificate, both
    signed by it."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Charter test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    files: dict[str, Path] = {"ca": directory / "ca.crt"}
    files["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    for role, san in (("server", x509.IPAddress(ipaddress.ip_address("127.0.0.1"))),
                      ("client", x509.DNSName("gateway.test"))):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, role)]))
                .issuer_name(ca_name).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(minutes=5))
                .not_valid_after(now + datetime.timedelta(days=1))
                .add_extension(x509.SubjectAlternativeName([san]), critical=False)
                .sign(ca_key, hashes.SHA256()))
        files[role] = directory / f"{role}.crt"
        files[f"{role}_key"] = directory / f"{role}.key"
        files[role].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        files[f"{role}_key"].write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
    return files


@pytest.mark.clause("SEC-3")
def test_a_private_ca_and_a_client_certificate(charter: CharterFactory, tmp_path: Path) -> None:
    files = _ca_and_leaf(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(files["server"], files["server_key"])
    context.load_verify_locations(files["ca"])
    context.verify_mode = ssl.CERT_REQUIRED  # mutual TLS: the gateway must show a certificate
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{server.server_address[1]}"
    try:
        with_cert = charter(_config(url, f"            ca_file: {files['ca']}\n"
                                         f"            client_cert_file: {files['client']}\n"
                                         f"            client_key_file: {files['client_key']}\n"))
        response = httpx.get(f"{with_cert.gateway}/hello")
        assert response.status_code == 200
        assert response.json() == {"tls": True}
        without_cert = charter(_config(url, f"            ca_file: {files['ca']}\n"))
        assert httpx.get(f"{without_cert.gateway}/hello").status_code == 502
    finally:
        server.shutdown()
        server.server_close()


def test_tls_files_must_be_absolute_and_readable(tmp_path: Path) -> None:
    from charter.config.loader import ConfigError, parse_config

    for line, message in ((f"ca_file: {tmp_path}/missing.pem", "cannot be read"),
                          ("ca_file: relative.pem", "absolute path"),
                          (f"client_cert_file: {tmp_path}/c.pem", "go together")):
        text = f"""\
upstreams:
  - name: secure
    targets: ["https://127.0.0.1:9"]
    {line}
"""
        with pytest.raises(ConfigError) as info:
            parse_config(text, "charter.yaml")
        assert message in str(info.value)
