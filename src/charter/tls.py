"""Server-side TLS for the gateway and admin listeners, with certificates that can be replaced
while the listener serves.

A listening server keeps the `ssl.SSLContext` it was created with. `ReloadableTLS` gives it a
context whose only job is to hand each new handshake over to the *current* context (through
the server-name callback, which OpenSSL runs for every ClientHello, with or without SNI).
A reload builds a complete new context from the files, and only if that succeeds makes it the
current one: new handshakes present the new certificate, connections already open keep theirs,
and a bad file never leaves a listener half-configured (loading a mismatched key into a live
context would leave it without a certificate).

Problems are described without repeating file contents: only OpenSSL's fixed reason codes and
the operating system's error text.
"""

from __future__ import annotations

import datetime
import hashlib
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization


class TLSFilesError(Exception):
    """A certificate or key file cannot be used. `field` is `cert_file` or `key_file`."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Certificate:
    """What identifies a loaded certificate in logs and reports (no personal data)."""

    sha256: str  # fingerprint of the leaf certificate (DER), hex
    not_after: datetime.datetime

    @property
    def expired(self) -> bool:
        return self.not_after <= datetime.datetime.now(datetime.UTC)


def server_context(cert_file: str, key_file: str) -> tuple[ssl.SSLContext, Certificate]:
    """A TLS 1.2+ server context with this certificate chain and key, and the certificate's
    identity. Raises TLSFilesError saying which file is wrong and how."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        # A key with a passphrase would make OpenSSL prompt on the terminal: refuse instead.
        context.load_cert_chain(cert_file, key_file, password=_no_passphrase)
    except _Encrypted:
        raise TLSFilesError("key_file", "the private key is encrypted; use an unencrypted key "
                            "file readable only by Charter") from None
    except (OSError, ssl.SSLError) as exc:
        raise _diagnose(cert_file, key_file, exc) from None
    return context, _identity(cert_file)


def check_files(cert_file: str, key_file: str) -> TLSFilesError | None:
    """None when the pair loads as a server certificate and its key; else what is wrong."""
    try:
        server_context(cert_file, key_file)
    except TLSFilesError as exc:
        return exc
    return None


class ReloadableTLS:
    """The TLS context of one listener; `reload` swaps in new certificate files.

    Give `context` to the server once. Use it from one thread (the listener's event loop): the
    swap is a single reference assignment, which the handshake callback reads.
    """

    def __init__(self, cert_file: str, key_file: str) -> None:
        current, certificate = server_context(cert_file, key_file)
        self.context = current
        self.context.sni_callback = self._select
        self._current = current
        self.files = (cert_file, key_file)
        self.certificate = certificate

    def _select(self, connection: ssl.SSLObject | ssl.SSLSocket, server_name: str | None,
                context: ssl.SSLContext) -> None:
        current = self._current
        if current is not context:
            connection.context = current

    def prepare(self, cert_file: str, key_file: str) -> PreparedTLS:
        """Load the files into a new context without using it yet (raises TLSFilesError)."""
        context, certificate = server_context(cert_file, key_file)
        return PreparedTLS(context, (cert_file, key_file), certificate)

    def use(self, prepared: PreparedTLS) -> bool:
        """Serve new handshakes with `prepared`. True when the certificate changed."""
        changed = prepared.certificate != self.certificate
        self._current = prepared.context
        self.files = prepared.files
        self.certificate = prepared.certificate
        return changed

    def reload(self, cert_file: str, key_file: str) -> bool:
        """`prepare` then `use`; on TLSFilesError the current certificate keeps serving."""
        return self.use(self.prepare(cert_file, key_file))


@dataclass(frozen=True)
class PreparedTLS:
    """A loaded certificate chain and key, not yet serving (see `ReloadableTLS.use`)."""

    context: ssl.SSLContext
    files: tuple[str, str]
    certificate: Certificate


class _Encrypted(Exception):
    pass


def _no_passphrase() -> bytes:
    raise _Encrypted


def _identity(cert_file: str) -> Certificate:
    leaf = x509.load_pem_x509_certificates(Path(cert_file).read_bytes())[0]
    return Certificate(
        sha256=hashlib.sha256(leaf.public_bytes(serialization.Encoding.DER)).hexdigest(),
        not_after=leaf.not_valid_after_utc)


def _diagnose(cert_file: str, key_file: str, exc: OSError | ssl.SSLError) -> TLSFilesError:
    """Which of the two files is at fault, in words an operator can act on."""
    for field, path in (("cert_file", cert_file), ("key_file", key_file)):
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            return TLSFilesError(field, f"the file cannot be read ({error.strerror})")
        if field == "cert_file":
            try:
                x509.load_pem_x509_certificates(data)
            except ValueError:
                return TLSFilesError(field, "not a PEM certificate")
        else:
            try:
                serialization.load_pem_private_key(data, password=None)
            except TypeError:
                return TLSFilesError(field, "the private key is encrypted; use an unencrypted "
                                     "key file readable only by Charter")
            except (ValueError, UnsupportedAlgorithm):
                return TLSFilesError(field, "not a PEM private key")
    reason = getattr(exc, "reason", None)
    if reason == "KEY_VALUES_MISMATCH":
        return TLSFilesError("key_file", "the key does not belong to the certificate in "
                             "cert_file")
    return TLSFilesError("cert_file", f"the certificate and key cannot be used together "
                         f"({reason or type(exc).__name__})")
