"""Access tokens from Charter's token endpoint (OAuth2 client credentials, RFC 6749 §4.4).

`TokenSource` asks `POST /oauth/token` for a token with HTTP Basic client authentication,
keeps it, and hands the same token out until shortly before it expires (a tenth of its
lifetime, at most a minute), when it fetches a new one. A request answered 401 makes the
client drop the token it used (`invalidate`) and ask once more with a fresh one. The token
and the secret never appear in a repr, a message or a log line.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote_plus, urlencode

from charter.client.errors import TokenError
from charter.client.redact import log
from charter.client.secret import Secret
from charter.client.transport import RawResponse
from charter.logs import redact_secrets

TOKEN_PATH = "/oauth/token"  # noqa: S105 - a path
MAX_REFRESH_MARGIN = 60.0

# (method, url, headers, body) -> the response, with the client's transport rule and retries.
Exchange = Callable[[str, str, list[tuple[str, str]], bytes], RawResponse]


@dataclass(frozen=True)
class Token:
    """An access token. `expires_at` is a `time.time()` instant; `scopes` what was granted."""

    value: Secret
    expires_at: float
    lifetime: float
    scopes: tuple[str, ...]

    def fresh(self, now: float) -> bool:
        """True while the token is not within its refresh margin of expiring."""
        margin = min(MAX_REFRESH_MARGIN, self.lifetime / 10)
        return now < self.expires_at - margin


class TokenSource:
    """Fetches and caches tokens for one client. Safe to share between threads."""

    def __init__(self, token_url: str, client_id: str, client_secret: Secret, *,
                 exchange: Exchange, scopes: tuple[str, ...] = (),
                 clock: Callable[[], float] = time.time) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._secret = client_secret
        self._exchange = exchange
        self.scopes = scopes
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: Token | None = None
        self.fetches = 0  # how many tokens were fetched: for tests and diagnostics

    def __repr__(self) -> str:
        return f"TokenSource(token_url={self.token_url!r}, client_id={self.client_id!r})"

    def token(self) -> Token:
        """A token that is not about to expire: the cached one, or a new one."""
        with self._lock:
            if self._cached is None or not self._cached.fresh(self._clock()):
                self._cached = self._fetch()
            return self._cached

    def invalidate(self, token: Token) -> None:
        """Forget `token` (the server refused it), unless another thread replaced it already."""
        with self._lock:
            if self._cached is token:
                self._cached = None

    def _fetch(self) -> Token:
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        # RFC 6749 §2.3.1: id and secret are form-urlencoded before the Basic encoding.
        pair = f"{quote_plus(self.client_id)}:{quote_plus(self._secret.reveal())}"
        headers = [("authorization", "Basic " + base64.b64encode(pair.encode()).decode()),
                   ("content-type", "application/x-www-form-urlencoded"),
                   ("accept", "application/json")]
        started = self._clock()
        response = self._exchange("POST", self.token_url, headers, urlencode(form).encode())
        self.fetches += 1
        document = _json_object(response.body)
        if response.status != 200:
            raise _refusal(response.status, document)
        value = document.get("access_token")
        token_type = document.get("token_type")
        if not isinstance(value, str) or not value or str(token_type).lower() != "bearer":
            raise TokenError("the token endpoint's answer holds no bearer token",
                             status=response.status, error=None)
        lifetime = document.get("expires_in")
        # Without an expiry the token is used for one request and not kept.
        seconds = float(lifetime) if isinstance(lifetime, int | float) and lifetime > 0 else 0.0
        scope = document.get("scope")
        granted = tuple(scope.split()) if isinstance(scope, str) else self.scopes
        log.info("obtained an access token for client %s, valid %d s, scopes: %s",
                 self.client_id, seconds, " ".join(granted) or "-")
        return Token(Secret(value), started + seconds, seconds, granted)


def _json_object(body: bytes) -> dict[str, object]:
    try:
        document = json.loads(body)
    except ValueError:
        return {}
    return document if isinstance(document, dict) else {}


def _refusal(status: int, document: dict[str, object]) -> TokenError:
    error = document.get("error")
    code = error if isinstance(error, str) else None
    if code is None:
        return TokenError(f"the token endpoint answered HTTP {status}", status=status,
                          error=None)
    description = document.get("error_description")
    text = f"the token endpoint refused: {code}"
    if isinstance(description, str) and description:
        text += f" ({redact_secrets(description)})"
    return TokenError(text, status=status, error=code)
