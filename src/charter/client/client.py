"""`Client`: calls APIs behind a Charter gateway, following the policy by default.

    from charter.client import Client

    client = Client("https://api.example.com")      # credentials from the environment/file
    orders = client.get("/orders").json()

What it does for the caller (clauses SCOPE-4, CLIENT-3, CLIENT-4):

- refuses `http://` to anything but loopback, before connecting, and refuses redirects from
  HTTPS to HTTP; verifies TLS certificates and host names, with no switch to turn that off;
- presents an API key (`X-Api-Key`) or an access token fetched with client credentials,
  kept until shortly before it expires and replaced once if the gateway answers 401;
- keeps credentials bound to the base URL's origin: requests and redirects to another origin
  are not made or not followed;
- scans JSON bodies for special-category data before sending them (see `preflight`);
- retries what is safe to retry (see `retry`);
- logs to `charter.client` with credentials and query values redacted, and never shows a
  secret in a repr or an error message.
"""

from __future__ import annotations

import json as jsonlib
import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlencode, urljoin

from charter import __version__
from charter.client import preflight as preflight_check
from charter.client.credentials import Credentials, resolve
from charter.client.errors import (
    CertificateError,
    CredentialsError,
    InsecureTransportError,
    TransportError,
)
from charter.client.preflight import MODES, Mode
from charter.client.redact import log, safe_headers, safe_url
from charter.client.response import Response, from_raw, problem_error
from charter.client.retry import IDEMPOTENT, RetryPolicy
from charter.client.tls import client_context
from charter.client.tokens import TOKEN_PATH, Token, TokenSource
from charter.client.transport import RawResponse, Transport, check_header
from charter.client.urls import Origin, checked_url, join

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
MAX_REDIRECTS = 5
# Headers that carry credentials: set by the client from its credentials, never by a caller.
CREDENTIAL_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "x-api-key"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_JSON_TYPES = ("application/json",)


class _Missing:
    pass


_MISSING: Final = _Missing()


class Client:
    """A client for the APIs behind one Charter gateway (`base_url`).

    Credentials: `api_key`, or `client_id` and `client_secret`, or none of them here and then
    the environment or a credentials file (see `charter.client.credentials`). `token_url`
    defaults to the gateway's `/oauth/token`; `scopes` narrows what tokens are asked for.
    `ca_file` replaces the system's trusted CAs with those in a PEM file. `timeout` applies
    to connecting and to each read, in seconds. `preflight` is what happens to
    special-category data in JSON bodies: `block` (default), `warn` or `off`.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        credentials_file: str | Path | None = None,
        token_url: str | None = None,
        scopes: Iterable[str] = (),
        ca_file: str | Path | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        preflight: Mode = "block",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.origin, base_path = checked_url(base_url)
        if "?" in base_path:
            raise ValueError("the base URL cannot have a query")
        self.base_url = str(self.origin) + base_path.rstrip("/")
        if preflight not in MODES:
            raise ValueError(f"preflight must be one of {', '.join(MODES)}")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.preflight: Mode = preflight
        self.retry = retry or RetryPolicy()
        self._transport = Transport(client_context(ca_file), timeout=timeout,
                                    max_response_bytes=max_response_bytes)
        self.credentials: Credentials = resolve(
            api_key=api_key, client_id=client_id, client_secret=client_secret,
            credentials_file=credentials_file, env=os.environ if env is None else env)
        self._tokens: TokenSource | None = None
        if self.credentials.kind == "client_credentials":
            assert self.credentials.client_id and self.credentials.client_secret
            url = token_url or str(self.origin) + TOKEN_PATH
            token_origin, _ = checked_url(url)  # the same transport rule, before any use
            if self.origin.secure and not token_origin.secure:
                raise InsecureTransportError("the token URL must use https like the base URL")
            self._tokens = TokenSource(url, self.credentials.client_id,
                                       self.credentials.client_secret,
                                       exchange=self._exchange_url, scopes=tuple(scopes))
        self._user_agent = f"charter-client/{__version__}"

    def __repr__(self) -> str:
        return (f"Client(base_url={self.base_url!r}, auth={self.credentials.kind!r}, "
                f"preflight={self.preflight!r})")

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: each exchange uses its own connection. Kept for `with`."""

    # --- the verbs -----------------------------------------------------------------------

    def get(self, path: str, **options: Any) -> Response:
        return self.request("GET", path, **options)

    def head(self, path: str, **options: Any) -> Response:
        return self.request("HEAD", path, **options)

    def post(self, path: str, **options: Any) -> Response:
        return self.request("POST", path, **options)

    def put(self, path: str, **options: Any) -> Response:
        return self.request("PUT", path, **options)

    def patch(self, path: str, **options: Any) -> Response:
        return self.request("PATCH", path, **options)

    def delete(self, path: str, **options: Any) -> Response:
        return self.request("DELETE", path, **options)

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = _MISSING,
        content: bytes | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        params: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        allow_special: bool = False,
        check: bool = True,
    ) -> Response:
        """Send one request to `path` (under the base URL) and return the response.

        `json` is serialised and scanned before it is sent (see `preflight`); `content` is
        sent as it is (and scanned too when `content_type` says JSON). `check`: raise
        `ProblemError` for a status of 400 or more (the default), or return it.
        Raises `InsecureTransportError`, `CredentialsError`, `TokenError`,
        `SensitiveDataError` before sending; `TransportError` when the exchange fails.
        """
        method = method.upper()
        check_header(method, "")  # a method is a token, like a header name
        origin, target = checked_url(join(self.base_url, path))
        if origin != self.origin:
            raise ValueError(f"this client sends requests to {self.origin} only, where its "
                             "credentials belong; make another client for another origin")
        if params:
            pairs = params.items() if isinstance(params, Mapping) else params
            target += ("&" if "?" in target else "?") + urlencode(list(pairs))
        where = safe_url(str(origin), target)
        request_headers = self._caller_headers(headers)
        body, body_type = self._body(json, content, content_type, allow_special, where)
        if body_type and not any(n == "content-type" for n, _ in request_headers):
            request_headers.append(("content-type", body_type))
        response = self._send(method, origin, target, request_headers, body, where)
        if check and response.status >= 400:
            raise problem_error(response)
        return response

    def token(self) -> Token:
        """The access token the client would use now (fetched if needed). Only for clients
        with client credentials."""
        if self._tokens is None:
            raise CredentialsError("this client has no client credentials to obtain a token")
        return self._tokens.token()

    # --- building a request ---------------------------------------------------------------

    def _caller_headers(self, headers: Mapping[str, str] | Iterable[tuple[str, str]],
                        ) -> list[tuple[str, str]]:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        result: list[tuple[str, str]] = []
        for name, value in pairs:
            lowered = name.lower()
            if lowered in CREDENTIAL_HEADERS:
                raise ValueError(f"the {lowered} header is set by the client from its "
                                 "credentials; give them to Client, not as a header")
            if lowered in ("host", "content-length", "transfer-encoding", "connection"):
                raise ValueError(f"the {lowered} header is set by the client")
            check_header(name, value)
            result.append((lowered, value))
        if not any(n == "user-agent" for n, _ in result):
            result.append(("user-agent", self._user_agent))
        if not any(n == "accept" for n, _ in result):
            result.append(("accept", "application/json, application/problem+json, */*;q=0.5"))
        return result

    def _body(self, value: Any, content: bytes | None, content_type: str | None,
              allow_special: bool, where: str) -> tuple[bytes | None, str | None]:
        if value is not _MISSING:
            if content is not None:
                raise ValueError("give json or content, not both")
            preflight_check.check(value, self.preflight, allow_special=allow_special,
                                  where=where)
            encoded = jsonlib.dumps(value, ensure_ascii=False, separators=(",", ":"))
            return encoded.encode("utf-8"), content_type or "application/json"
        if content is None:
            return None, content_type
        media = (content_type or "").partition(";")[0].strip().lower()
        if self.preflight != "off" and (media in _JSON_TYPES or media.endswith("+json")):
            try:
                parsed = jsonlib.loads(content)
            except ValueError:
                raise ValueError("the body is declared as JSON but is not valid JSON") from None
            preflight_check.check(parsed, self.preflight, allow_special=allow_special,
                                  where=where)
        return content, content_type

    # --- sending --------------------------------------------------------------------------

    def _send(self, method: str, origin: Origin, target: str, headers: list[tuple[str, str]],
              body: bytes | None, where: str) -> Response:
        for _ in range(MAX_REDIRECTS + 1):
            raw = self._send_authenticated(method, origin, target, headers, body, where)
            location = _redirect_location(raw)
            if location is None:
                return from_raw(raw)
            next_url = urljoin(str(origin) + target, location)
            try:
                next_origin, next_target = checked_url(next_url)
            except InsecureTransportError as exc:
                raise InsecureTransportError(f"refusing a redirect from {where}: {exc}") from None
            if origin.secure and not next_origin.secure:
                raise InsecureTransportError(
                    f"refusing a redirect from {where} to plain HTTP (clause CLIENT-4)")
            if next_origin != self.origin:
                # Credentials stay with their origin: the caller sees the redirect instead.
                log.info("not following a redirect from %s to another origin (%s)", where,
                         next_origin)
                return from_raw(raw)
            if raw.status == 303 or (raw.status in (301, 302) and method not in ("GET", "HEAD")):
                method, body = "GET", None
                headers = [(n, v) for n, v in headers if n != "content-type"]
            target, where = next_target, safe_url(str(origin), next_target)
        raise TransportError(f"more than {MAX_REDIRECTS} redirects, the last to {where}",
                             sent=True)

    def _send_authenticated(self, method: str, origin: Origin, target: str,
                            headers: list[tuple[str, str]], body: bytes | None,
                            where: str) -> RawResponse:
        token: Token | None = None
        credential: list[tuple[str, str]] = []
        if self.credentials.api_key is not None:
            credential = [("x-api-key", self.credentials.api_key.reveal())]
        elif self._tokens is not None:
            token = self._tokens.token()
            credential = [("authorization", f"Bearer {token.value.reveal()}")]
        raw = self._exchange(method, origin, target, headers + credential, body, where)
        if raw.status == 401 and token is not None and self._tokens is not None and (
                method in IDEMPOTENT or _gateway_refused_credential(raw)):
            # The token may have been revoked or the signing key rotated: one fresh try.
            log.info("%s answered 401 to a token; fetching a new token and retrying once",
                     where)
            self._tokens.invalidate(token)
            token = self._tokens.token()
            credential = [("authorization", f"Bearer {token.value.reveal()}")]
            raw = self._exchange(method, origin, target, headers + credential, body, where)
        return raw

    def _exchange_url(self, method: str, url: str, headers: list[tuple[str, str]],
                      body: bytes) -> RawResponse:
        """For the token endpoint: the transport rule and retries, no redirects."""
        origin, target = checked_url(url)
        return self._exchange(method, origin, target, headers, body,
                              safe_url(str(origin), target))

    def _exchange(self, method: str, origin: Origin, target: str,
                  headers: list[tuple[str, str]], body: bytes | None,
                  where: str) -> RawResponse:
        """One request with the retry policy applied."""
        policy = self.retry
        log.debug("%s %s headers %s", method, where, safe_headers(headers))
        attempt = 1
        while True:
            started = time.monotonic()
            try:
                raw = self._transport.exchange(origin, method, target, headers, body)
            except CertificateError:
                raise
            except TransportError as exc:
                if attempt < policy.attempts and policy.may_retry_failure(method, sent=exc.sent):
                    wait = policy.wait(attempt)
                    assert wait is not None
                    log.warning("%s %s failed (%s); retrying in %.2f s (attempt %d of %d)",
                                method, where, exc, wait, attempt + 1, policy.attempts)
                    policy.sleep(wait)
                    attempt += 1
                    continue
                raise
            elapsed = (time.monotonic() - started) * 1000
            log.debug("%s %s -> %d in %.0f ms (attempt %d)", method, where, raw.status,
                      elapsed, attempt)
            if attempt < policy.attempts and policy.may_retry_status(method, raw.status):
                retry_after = _retry_after(raw)
                wait = policy.wait(attempt, retry_after)
                if wait is not None:
                    log.warning("%s %s answered %d; retrying in %.2f s (attempt %d of %d)",
                                method, where, raw.status, wait, attempt + 1, policy.attempts)
                    policy.sleep(wait)
                    attempt += 1
                    continue
                log.warning("%s %s answered %d with Retry-After %s, longer than %.0f s; "
                            "not retrying", method, where, raw.status, retry_after,
                            policy.max_retry_after)
            return raw


def _header(raw: RawResponse, name: str) -> str | None:
    return next((v for k, v in raw.headers if k.lower() == name), None)


def _retry_after(raw: RawResponse) -> str | None:
    return _header(raw, "retry-after") if raw.status in (429, 503) else None


def _redirect_location(raw: RawResponse) -> str | None:
    return _header(raw, "location") if raw.status in _REDIRECTS else None


def _gateway_refused_credential(raw: RawResponse) -> bool:
    """A 401 from Charter's authenticate stage: the request went no further than the gateway,
    so sending it again (even a POST) cannot repeat an effect."""
    media = (_header(raw, "content-type") or "").partition(";")[0].strip().lower()
    if media != "application/problem+json":
        return False
    try:
        document = jsonlib.loads(raw.body)
    except ValueError:
        return False
    return isinstance(document, dict) and document.get("code") == "unauthenticated"
