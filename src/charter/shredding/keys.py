"""`SubjectKeys`: seal and open a person's fields under their own data key; erase the key.

A sealed field is text: `sk1.<kid-free base64url of nonce + ciphertext>`. The associated data
binds it to the subject key and to a `purpose` label the caller names (`audit.actor`), so a
ciphertext cannot be moved to another person or another field. Opening a field whose subject
was erased gives `ERASED` instead of failing: records keep their shape, and an audit chain
that hashed the ciphertext still verifies.
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from charter.privacy.keyring import Keyring
from charter.shredding.models import erasures, subject_keys
from charter.store.times import as_utc

ERASED = "[erased]"
PREFIX = "sk1."
KEY_DOMAIN = "subject-key-wrap"
_NONCE = 12
# How long an opened data key is kept in memory.
CACHE_SECONDS = 60.0
# How often a process that uses cached keys reads the erasures made since it last looked: an
# erasure made by another process or node is honoured here within this time (one made by this
# process, at once). Ledger times come from other nodes' clocks, hence the overlap.
ERASURE_POLL_SECONDS = 1.0
_CLOCK_OVERLAP = timedelta(seconds=30)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class SubjectKeyError(Exception):
    """A sealed field is malformed or was tampered with (not: its subject was erased)."""


class SubjectKeys:
    """Per-subject data keys in the store. Thread-safe; one per process and engine."""

    def __init__(self, engine: Engine, keyring: Keyring) -> None:
        self._engine = engine
        self._keyring = keyring
        self._cache: dict[str, tuple[bytes | None, float]] = {}
        self._lock = threading.Lock()
        self._polled = 0.0  # monotonic time of the last look at the ledger
        self._ledger_seen: datetime | None = None  # the newest erasure time read so far

    # -- sealing --------------------------------------------------------------------------------
    def seal(self, subject_key: str, text: str, purpose: str) -> str:
        """`text` encrypted under the subject's key (created on first use)."""
        key = self._key(subject_key, create=True)
        if key is None:
            raise SubjectKeyError("the subject was erased; nothing new is kept about them")
        nonce = secrets.token_bytes(_NONCE)
        sealed = AESGCM(key).encrypt(nonce, text.encode(), _aad(subject_key, purpose))
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")

    def open(self, subject_key: str, token: str, purpose: str) -> str:
        """The text sealed in `token`, or `ERASED` when the subject's key is gone."""
        if not token.startswith(PREFIX):
            raise SubjectKeyError("not a sealed field")
        key = self._key(subject_key, create=False)
        if key is None:
            return ERASED
        raw = base64.urlsafe_b64decode(token[len(PREFIX):] + "=" * (-len(token) % 4))
        try:
            return AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:],
                                       _aad(subject_key, purpose)).decode()
        except (InvalidTag, ValueError):
            raise SubjectKeyError("the sealed field does not open: tampered with") from None

    # -- erasure --------------------------------------------------------------------------------
    def erase(self, subject_key: str, reference: str | None = None) -> bool:
        """Destroy the subject's key and note them in the ledger. True when a key was
        destroyed now; False when there was none (the ledger row is written either way)."""
        now = datetime.now(UTC)
        with self._engine.begin() as connection:
            gone = connection.execute(
                delete(subject_keys).where(subject_keys.c.subject_key == subject_key))
            exists = connection.execute(select(erasures.c.subject_key).where(
                erasures.c.subject_key == subject_key)).first()
            if exists is None:
                connection.execute(insert(erasures), [{
                    "subject_key": subject_key, "erased_at": now, "reference": reference}])
        with self._lock:
            self._cache[subject_key] = (None, time.monotonic())
        return bool(gone.rowcount)

    def is_erased(self, subject_key: str) -> bool:
        with self._engine.connect() as connection:
            return connection.execute(select(erasures.c.subject_key).where(
                erasures.c.subject_key == subject_key)).first() is not None

    def reapply_erasures(self) -> int:
        """Delete the key of every subject in the ledger (after a restore brought some back).
        Returns how many keys were destroyed."""
        with self._engine.begin() as connection:
            erased = select(erasures.c.subject_key)
            result = connection.execute(
                delete(subject_keys).where(subject_keys.c.subject_key.in_(erased)))
        with self._lock:
            self._cache.clear()
        return int(result.rowcount or 0)

    # -- keys -----------------------------------------------------------------------------------
    def _key(self, subject_key: str, *, create: bool) -> bytes | None:
        now = time.monotonic()
        if now - self._polled >= ERASURE_POLL_SECONDS:
            self._forget_erased(now)
        with self._lock:
            cached = self._cache.get(subject_key)
        if cached is not None and now - cached[1] < CACHE_SECONDS:
            if cached[0] is not None or not create:
                return cached[0]
        key = self._load(subject_key)
        if key is None and create and not self.is_erased(subject_key):
            key = self._create(subject_key)
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[subject_key] = (key, now)
        return key

    def _forget_erased(self, now: float) -> None:
        """Mark as erased, in the cache, every subject erased since the last look."""
        self._polled = now
        with self._engine.connect() as connection:
            if self._ledger_seen is None:
                # The first look only sets the mark: nothing was cached before it.
                newest = connection.execute(select(func.max(erasures.c.erased_at))).scalar()
                self._ledger_seen = as_utc(newest) if newest is not None else _EPOCH
                return
            rows = connection.execute(
                select(erasures.c.subject_key, erasures.c.erased_at).where(
                    erasures.c.erased_at > self._ledger_seen - _CLOCK_OVERLAP)).all()
        with self._lock:
            for row in rows:
                self._cache[str(row.subject_key)] = (None, now)
                self._ledger_seen = max(self._ledger_seen, as_utc(row.erased_at))

    def _load(self, subject_key: str) -> bytes | None:
        with self._engine.connect() as connection:
            row = connection.execute(select(subject_keys).where(
                subject_keys.c.subject_key == subject_key)).mappings().first()
        if row is None:
            return None
        wrap = self._keyring.derive(KEY_DOMAIN, row["kid"])
        try:
            return AESGCM(wrap).decrypt(row["nonce"], row["wrapped"],
                                        _wrap_aad(subject_key, row["kid"]))
        except InvalidTag:
            raise SubjectKeyError("a subject key does not unwrap: tampered with") from None

    def _create(self, subject_key: str) -> bytes:
        key = secrets.token_bytes(32)
        kid = self._keyring.active_kid
        nonce = secrets.token_bytes(_NONCE)
        wrapped = AESGCM(self._keyring.derive(KEY_DOMAIN, kid)).encrypt(
            nonce, key, _wrap_aad(subject_key, kid))
        try:
            with self._engine.begin() as connection:
                connection.execute(insert(subject_keys), [{
                    "subject_key": subject_key, "kid": kid, "nonce": nonce,
                    "wrapped": wrapped, "created_at": datetime.now(UTC)}])
        except IntegrityError:
            # Another process created it first: use theirs.
            existing = self._load(subject_key)
            if existing is None:
                raise
            return existing
        return key


def _aad(subject_key: str, purpose: str) -> bytes:
    return f"charter:subject-field:{subject_key}:{purpose}".encode()


def _wrap_aad(subject_key: str, kid: str) -> bytes:
    return f"charter:subject-key:{subject_key}:{kid}".encode()
