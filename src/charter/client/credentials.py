"""Where the client's credentials come from, and the credentials file.

A client authenticates with an API key (`chk_...`) or with a client id and secret (OAuth2
client credentials). They are looked for in one place after another, and the first place
that holds any of them is used alone (never an id from one place and a secret from another):

1. the arguments given to `Client`: values, or a credentials file named there;
2. the environment: `CHARTER_API_KEY`, or `CHARTER_CLIENT_ID` and `CHARTER_CLIENT_SECRET`;
3. the credentials file named by `$CHARTER_CREDENTIALS`, else
   `$XDG_CONFIG_HOME/charter/credentials` (`~/.config/charter/credentials`) if it exists.

The file holds `name = value` lines (`api_key`, or `client_id` and `client_secret`; `#`
starts a comment). Like ssh with its keys, the client refuses a file that other users can
read or that another user owns (clause CLIENT-3), and writes one only with mode 0600.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from charter.client.errors import CredentialsError
from charter.client.secret import Secret

ENV_API_KEY = "CHARTER_API_KEY"
ENV_CLIENT_ID = "CHARTER_CLIENT_ID"
ENV_CLIENT_SECRET = "CHARTER_CLIENT_SECRET"  # noqa: S105 - a variable name
ENV_CREDENTIALS = "CHARTER_CREDENTIALS"
FILE_NAMES = ("api_key", "client_id", "client_secret")
MAX_FILE_BYTES = 16 * 1024

_PRINTABLE = re.compile(r"[\x21-\x7e]+")
_NAME = re.compile(r"[a-z_]{1,32}")

Kind = Literal["api_key", "client_credentials", "none"]


@dataclass(frozen=True)
class Credentials:
    """What the client presents. `source` says where it came from (for messages): never a
    value. Secrets are `Secret`s, so a repr shows `[redacted]`."""

    api_key: Secret | None = None
    client_id: str | None = None
    client_secret: Secret | None = None
    source: str = "none"

    @property
    def kind(self) -> Kind:
        if self.api_key is not None:
            return "api_key"
        if self.client_id is not None:
            return "client_credentials"
        return "none"


def from_values(api_key: str | None, client_id: str | None, client_secret: str | None,
                source: str) -> Credentials:
    """Validated credentials from one source. `CredentialsError` names what is wrong, never
    a value."""
    api_key, client_id, client_secret = (v or None for v in (api_key, client_id, client_secret))
    if api_key is not None and (client_id is not None or client_secret is not None):
        raise CredentialsError(f"{source}: both an API key and client credentials are "
                               "given; keep one")
    if api_key is not None:
        if not _PRINTABLE.fullmatch(api_key) or not api_key.startswith("chk_"):
            raise CredentialsError(f"the API key from {source} is malformed (Charter's keys "
                                   "start with chk_ and hold no spaces)")
        return Credentials(api_key=Secret(api_key), source=source)
    if (client_id is None) != (client_secret is None):
        missing = "client secret" if client_secret is None else "client id"
        raise CredentialsError(f"{source}: client credentials without a {missing}")
    if client_id is not None and client_secret is not None:
        if not _PRINTABLE.fullmatch(client_id) or not _PRINTABLE.fullmatch(client_secret):
            raise CredentialsError(f"the client credentials from {source} are malformed "
                                   "(spaces or control characters)")
        return Credentials(client_id=client_id, client_secret=Secret(client_secret),
                           source=source)
    return Credentials(source=source)


def default_path(env: Mapping[str, str] = os.environ) -> Path:
    """`$XDG_CONFIG_HOME/charter/credentials`, or `~/.config/charter/credentials`."""
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "charter" / "credentials"


def resolve(*, api_key: str | None = None, client_id: str | None = None,
            client_secret: str | None = None, credentials_file: str | Path | None = None,
            env: Mapping[str, str] = os.environ) -> Credentials:
    """The credentials from the first source that has any (see the module docstring). A
    credentials file named here counts as an argument: it comes before the environment."""
    if api_key or client_id or client_secret:
        if credentials_file:
            raise CredentialsError("give credentials or a credentials file, not both")
        return from_values(api_key, client_id, client_secret, "the arguments")
    if credentials_file:
        return read_file(Path(credentials_file))
    from_env = (env.get(ENV_API_KEY), env.get(ENV_CLIENT_ID), env.get(ENV_CLIENT_SECRET))
    if any(from_env):
        return from_values(*from_env, "the environment")
    named = env.get(ENV_CREDENTIALS)
    if named:
        return read_file(Path(named))
    fallback = default_path(env)
    if fallback.exists():
        return read_file(fallback)
    return Credentials()


def read_file(path: Path) -> Credentials:
    """The credentials in `path`, after checking who may read it."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise CredentialsError(f"credentials file {path} does not exist") from None
    except OSError as exc:
        raise CredentialsError(f"credentials file {path} cannot be read: "
                               f"{exc.strerror}") from None
    try:
        # The checks use the open file itself, so the file cannot be swapped in between.
        check_private(path, os.fstat(descriptor))
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise CredentialsError(f"credentials file {path} is larger than {MAX_FILE_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CredentialsError(f"credentials file {path} is not UTF-8 text") from None
    return parse(text, f"credentials file {path}")


def check_private(path: Path, status: os.stat_result) -> None:
    """`CredentialsError` unless the file is a regular file of the current user that no one
    else can read or write (mode 0600 or stricter). Not checked where modes do not exist."""
    if not stat.S_ISREG(status.st_mode):
        raise CredentialsError(f"credentials file {path} is not a regular file")
    if os.name != "posix":
        return
    if status.st_uid != os.getuid():
        raise CredentialsError(f"credentials file {path} belongs to another user")
    mode = stat.S_IMODE(status.st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CredentialsError(
            f"credentials file {path} is accessible by other users (mode {mode:o}); "
            f"run `chmod 600 {path}`")


def parse(text: str, where: str) -> Credentials:
    """Credentials from `name = value` lines; `where` names the text in messages."""
    found: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, equals, value = line.partition("=")
        name = name.strip()
        if not equals:
            raise CredentialsError(f"{where}, line {number}: expected `name = value`")
        if name not in FILE_NAMES:
            # A pasted secret could sit where a name should be: show only name-like text.
            shown = f" {name!r}" if _NAME.fullmatch(name) else ""
            raise CredentialsError(f"{where}, line {number}: unknown name{shown} (expected "
                                   f"{', '.join(FILE_NAMES)})")
        if name in found:
            raise CredentialsError(f"{where}, line {number}: {name} is given twice")
        found[name] = value.strip()
    return from_values(found.get("api_key"), found.get("client_id"),
                       found.get("client_secret"), where)


def write_file(path: Path, credentials: Credentials, *, replace: bool = False) -> None:
    """Write `credentials` to `path` with mode 0600 (its directory, if made, 0700), atomically:
    the file appears complete or not at all, and is never readable by others, not even for a
    moment. An existing file is kept unless `replace`."""
    if credentials.kind == "none":
        raise CredentialsError("there are no credentials to write")
    if path.exists() and not replace:
        raise CredentialsError(f"credentials file {path} exists; replace it explicitly")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lines = ["# Charter client credentials. Keep this file private (mode 0600)."]
    if credentials.api_key is not None:
        lines.append(f"api_key = {credentials.api_key.reveal()}")
    if credentials.client_id is not None and credentials.client_secret is not None:
        lines.append(f"client_id = {credentials.client_id}")
        lines.append(f"client_secret = {credentials.client_secret.reveal()}")
    # mkstemp creates the file with mode 0600, whatever the umask.
    descriptor, temporary = tempfile.mkstemp(prefix=".credentials.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
