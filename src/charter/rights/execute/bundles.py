"""Access and export bundles: built as a ZIP, kept encrypted, fetched through a signed link.

A bundle holds `summary.json` (what GDPR Art. 15 asks to be told), one `tables/<table>.json`
and `tables/<table>.csv` per table that holds rows about the subject, and one
`upstreams/<name>.json` per upstream that answered with data.

At rest the ZIP is encrypted with AES-256-GCM under a random key of its own; that key is
stored wrapped (AES-256-GCM) under the keyring's `subject-key-wrap` key for the active key id,
with associated data naming the bundle, so a row's key opens no other bundle. A bundle is
deleted when it expires (`purge_bundles`, run by the scheduler) or its subject is erased.

The link is `/.well-known/privacy/bundle?id=<id>&expires=<unix>&sig=<mac>`, the MAC being
HMAC-SHA256 under the keyring's `link-signing` key over the id and the expiry; it expires with
the bundle. Anyone holding the link can fetch the bundle until then, so it goes only to the
verified subject.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import json
import secrets
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, delete, insert, select

from charter.privacy.keyring import Keyring
from charter.rights.execute.collect import to_json_text
from charter.rights.execute.models import rights_bundles

LINK_PATH = "/.well-known/privacy/bundle"
WRAP_DOMAIN = "subject-key-wrap"
LINK_DOMAIN = "link-signing"
_NONCE = 12
# Cells starting with these are formulas to a spreadsheet; they are written with a leading '.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class TableData:
    name: str
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class StoredBundle:
    id: str
    request_id: str
    kind: str
    expires_at: datetime
    data: bytes  # the ZIP


def build_zip(kind: str, summary: Mapping[str, Any], tables: Iterable[TableData],
              upstreams: Mapping[str, Any]) -> bytes:
    """The ZIP of a bundle (in memory: bundles are one person's data)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("summary.json", _json({"kind": kind, **summary}))
        for table in tables:
            archive.writestr(f"tables/{table.name}.json", _json_rows(table.rows))
            archive.writestr(f"tables/{table.name}.csv", _csv(table.rows))
        for name, answer in sorted(upstreams.items()):
            archive.writestr(f"upstreams/{name}.json", _json(answer))
    return buffer.getvalue()


def store_bundle(engine: Engine, keyring: Keyring, *, request_id: str, subject_key: str,
                 kind: str, data: bytes, days: int, now: datetime | None = None) -> str:
    """Encrypt and keep a bundle for `days`; returns its id."""
    now = now or datetime.now(UTC)
    bundle_id = "bnd_" + secrets.token_hex(12)
    key = AESGCM.generate_key(bit_length=256)
    nonce, key_nonce = secrets.token_bytes(_NONCE), secrets.token_bytes(_NONCE)
    kid = keyring.active_kid
    blob = AESGCM(key).encrypt(nonce, data, _aad(bundle_id))
    wrapped = AESGCM(keyring.derive(WRAP_DOMAIN, kid)).encrypt(key_nonce, key,
                                                               _wrap_aad(bundle_id, kid))
    with engine.begin() as connection:
        connection.execute(insert(rights_bundles), [{
            "id": bundle_id, "request_id": request_id, "subject_key": subject_key,
            "kind": kind, "created_at": now, "expires_at": now + timedelta(days=days),
            "kid": kid, "key_nonce": key_nonce, "wrapped_key": wrapped, "nonce": nonce,
            "blob": blob, "size": len(data)}])
    return bundle_id


def load_bundle(engine: Engine, keyring: Keyring, bundle_id: str,
                now: datetime | None = None) -> StoredBundle | None:
    """The decrypted bundle, or None when it does not exist, has expired or does not open."""
    now = now or datetime.now(UTC)
    with engine.connect() as connection:
        row = connection.execute(select(rights_bundles).where(
            rights_bundles.c.id == bundle_id)).mappings().first()
    if row is None or _aware(row["expires_at"]) <= now:
        return None
    try:
        wrap = keyring.derive(WRAP_DOMAIN, row["kid"])
        key = AESGCM(wrap).decrypt(bytes(row["key_nonce"]), bytes(row["wrapped_key"]),
                                   _wrap_aad(bundle_id, row["kid"]))
        data = AESGCM(key).decrypt(bytes(row["nonce"]), bytes(row["blob"]), _aad(bundle_id))
    except (KeyError, InvalidTag):
        return None
    return StoredBundle(bundle_id, row["request_id"], row["kind"], _aware(row["expires_at"]),
                        data)


def purge_bundles(engine: Engine, now: datetime) -> int:
    """Delete every bundle that has expired at `now`; returns how many. Safe to run often and
    from several nodes."""
    with engine.begin() as connection:
        result = connection.execute(delete(rights_bundles).where(
            rights_bundles.c.expires_at <= now))
    return int(result.rowcount or 0)


# -- links ------------------------------------------------------------------------------------

def signed_link(engine: Engine, keyring: Keyring, bundle_id: str) -> str | None:
    """The download link (path and query) of a bundle, valid until the bundle expires; None
    when there is no such bundle. Prefix it with the gateway's public base URL."""
    with engine.connect() as connection:
        expires = connection.execute(select(rights_bundles.c.expires_at).where(
            rights_bundles.c.id == bundle_id)).scalar_one_or_none()
    if expires is None:
        return None
    return link_for(keyring, bundle_id, _aware(expires))


def link_for(keyring: Keyring, bundle_id: str, expires: datetime) -> str:
    stamp = int(expires.timestamp())
    query = urlencode({"id": bundle_id, "expires": stamp,
                       "sig": _mac(keyring, keyring.active_kid, bundle_id, stamp)})
    return f"{LINK_PATH}?{query}"


def verify_link(keyring: Keyring, bundle_id: str, expires: str, sig: str,
                now: datetime | None = None) -> bool:
    """Whether a link's MAC is one of ours (under any key id not retired) and it has not
    expired."""
    try:
        stamp = int(expires)
    except ValueError:
        return False
    if stamp <= (now or datetime.now(UTC)).timestamp():
        return False
    valid = False
    for kid in keyring.kids():
        # Every key is tried, so the time taken does not say which one matched.
        valid |= hmac.compare_digest(_mac(keyring, kid, bundle_id, stamp), sig)
    return valid


def _mac(keyring: Keyring, kid: str, bundle_id: str, stamp: int) -> str:
    message = f"charter:bundle-link:{bundle_id}:{stamp}".encode()
    digest = hmac.new(keyring.derive(LINK_DOMAIN, kid), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


# -- helpers ----------------------------------------------------------------------------------

def _aad(bundle_id: str) -> bytes:
    return f"charter:rights-bundle:{bundle_id}".encode()


def _wrap_aad(bundle_id: str, kid: str) -> bytes:
    return f"charter:rights-bundle-key:{bundle_id}:{kid}".encode()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"


def _json_rows(rows: list[dict[str, Any]]) -> str:
    """A JSON array with one row per line (the compact encoder is several times faster)."""
    if not rows:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
                              for row in rows) + "\n]\n"


def _csv(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns.extend(name for name in row if name not in columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    text = to_json_text(value)
    return "'" + text if text.startswith(_FORMULA) else text
