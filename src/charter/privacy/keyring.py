"""The keyring: master secrets in a 0600 file, and keys derived from them per domain.

The file never enters the store. It holds one or more master secrets, each with a key id;
one is active (used for new material), the others stay readable until retired. Every key
Charter uses is derived with HKDF-SHA256 from a master secret and a domain label, so that a
key for one purpose (say, API-key hashing) tells nothing about another (say, pseudonyms).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "charter-keyring/1"

# Domains: one label per use. Adding a use means adding a label here, never reusing one.
DOMAINS = frozenset({
    "api-key-hash",
    "client-secret-hash",
    "pseudonym",
    "token-signing",
    "backup",
    "subject-key-wrap",
    "audit-checkpoint",
    "capture",
    "admin-bootstrap",
    "upstream-identity",
    "link-signing",
    "otp",
    "operator-totp",
    "policy-webhook",
})


class KeyringError(Exception):
    """The keyring file is missing, unreadable, too open, or malformed."""


@dataclass(frozen=True)
class MasterKey:
    kid: str
    secret: bytes = field(repr=False)
    created: float = 0.0
    retired: bool = False


@dataclass
class Keyring:
    keys: list[MasterKey]
    active_kid: str
    path: Path | None = None
    _cache: dict[tuple[str, str, int], bytes] = field(default_factory=dict, repr=False)

    @classmethod
    def generate(cls) -> Keyring:
        kid = _new_kid()
        return cls(keys=[MasterKey(kid, secrets.token_bytes(32), time.time())], active_kid=kid)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, require_private: bool = True) -> Keyring:
        path = Path(path)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise KeyringError(f"keyring file {path} does not exist (run `charter init`)") from None
        if require_private and os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyringError(
                f"keyring file {path} is readable by others (mode {stat.S_IMODE(mode):o});"
                " run `chmod 600` on it"
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("unknown format")
            keys = [
                MasterKey(
                    kid=str(item["kid"]),
                    secret=base64.b64decode(item["secret"], validate=True),
                    created=float(item["created"]),
                    retired=bool(item.get("retired", False)),
                )
                for item in data["keys"]
            ]
            active = str(data["active"])
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyringError(f"keyring file {path} is malformed: {type(exc).__name__}") from None
        if not keys or active not in {k.kid for k in keys}:
            raise KeyringError(f"keyring file {path} has no active key")
        if any(len(k.secret) < 32 for k in keys):
            raise KeyringError(f"keyring file {path} has a master secret shorter than 32 bytes")
        return cls(keys=keys, active_kid=active, path=path)

    def reload(self) -> None:
        """Re-read the file this keyring was loaded from (after `charter keyring rotate`)."""
        if self.path is None:
            raise KeyringError("this keyring was not loaded from a file")
        fresh = Keyring.load(self.path)
        self.keys = fresh.keys
        self.active_kid = fresh.active_kid
        self._cache.clear()

    @property
    def oldest(self) -> MasterKey:
        """The oldest key not retired: what material that must never change is derived from."""
        for key in self.keys:
            if not key.retired:
                return key
        raise KeyringError("every key in the keyring is retired")

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write atomically with mode 0600 (the file is created private, never chmod-ed later)."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise KeyringError("no path to save the keyring to")
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {
                "format": FORMAT,
                "active": self.active_kid,
                "keys": [
                    {"kid": k.kid, "secret": base64.b64encode(k.secret).decode(),
                     "created": k.created, "retired": k.retired}
                    for k in self.keys
                ],
            },
            indent=2,
        )
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()
        self.path = target
        return target

    @property
    def active(self) -> MasterKey:
        return self.master(self.active_kid)

    def master(self, kid: str) -> MasterKey:
        for key in self.keys:
            if key.kid == kid:
                return key
        raise KeyError(kid)

    def kids(self) -> list[str]:
        return [k.kid for k in self.keys if not k.retired]

    def derive(self, domain: str, kid: str | None = None, length: int = 32) -> bytes:
        """The key for `domain` under master key `kid` (the active one by default)."""
        if domain not in DOMAINS:
            raise ValueError(f"unknown key domain {domain!r}")
        kid = kid or self.active_kid
        cache_key = (domain, kid, length)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        master = self.master(kid)
        if master.retired:
            raise KeyError(f"key {kid} is retired")
        derived = HKDF(
            algorithm=hashes.SHA256(), length=length, salt=b"charter/v1",
            info=f"charter:{domain}:{kid}".encode(),
        ).derive(master.secret)
        self._cache[cache_key] = derived
        return derived

    def rotate(self) -> MasterKey:
        """Add a new active master key; earlier keys stay readable until retired."""
        key = MasterKey(_new_kid(), secrets.token_bytes(32), time.time())
        self.keys.append(key)
        self.active_kid = key.kid
        self._cache.clear()
        return key

    def retire(self, kid: str) -> None:
        if kid == self.active_kid:
            raise KeyringError("the active key cannot be retired; rotate first")
        self.master(kid)  # KeyError for an unknown key id
        self.keys = [
            MasterKey(k.kid, k.secret, k.created, True) if k.kid == kid else k for k in self.keys
        ]
        self._cache.clear()


def _new_kid() -> str:
    return "k" + time.strftime("%Y%m%d", time.gmtime()) + secrets.token_hex(3)
