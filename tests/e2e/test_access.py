"""Authentication and access control through a running gateway, with real credentials."""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest

from charter.identity import service
from charter.identity.upstream_headers import verify as verify_identity
from charter.store.engine import make_engine
from tests.e2e.conftest import Charter, CharterFactory, Upstream, wait_until

pytestmark = pytest.mark.e2e


def _routes(upstream: str) -> str:
    return f"""\
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            stages:
              authorize: {{scopes: [orders:read]}}
          - id: echo
            match: {{path_prefix: /api/echo}}
            upstream: demo
            strip_prefix: /api
            stages:
              authorize: {{scopes: [orders:read]}}
          - id: write
            match: {{path_prefix: /api/write/echo}}
            upstream: demo
            strip_prefix: /api/write
            stages:
              authorize: {{scopes: [orders:write, admin], match: any}}
          - id: tenant
            match: {{path_prefix: /api/orgs/}}
            upstream: demo
            strip_prefix: /api
            stages:
              authorize: {{tenant: {{path: '/api/orgs/{{org}}/'}}}}
          - id: public-echo
            match: {{path_prefix: /open/echo}}
            upstream: demo
            strip_prefix: /open
            stages:
              authenticate: {{methods: [none], reason: a public test route}}
          - id: keys-only
            match: {{path_prefix: /keys-only/orders}}
            upstream: demo
            strip_prefix: /keys-only
            stages:
              authenticate: {{methods: [api_key]}}
        """


@dataclass
class World:
    server: Charter
    org_a: str
    org_b: str
    client_a: str
    secret_a: str
    key_a: str
    key_a_id: str
    key_b: str

    @property
    def engine(self):  # type: ignore[no-untyped-def]
        return make_engine(f"sqlite:///{self.server.db_path}")

    def get(self, path: str, key: str | None = None) -> httpx.Response:
        headers = {"x-api-key": key} if key else {}
        return httpx.get(f"{self.server.gateway}{path}", headers=headers)

    def token(self, client: str, secret: str, **form: str) -> httpx.Response:
        return httpx.post(f"{self.server.gateway}/oauth/token",
                          data={"grant_type": "client_credentials", **form},
                          auth=(client, secret))


@pytest.fixture
def world(charter: CharterFactory, demo_upstream: Upstream) -> World:
    server = charter(_routes(demo_upstream.url))
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org_a = service.create_organization(engine, "Tenant A", "tenant-a").id
        org_b = service.create_organization(engine, "Tenant B", "tenant-b").id
        client_a = service.create_client(engine, org_a, "app-a", ["orders:read"]).id
        client_b = service.create_client(engine, org_b, "app-b", ["orders:read"]).id
        _, secret_a = service.reset_client_secret(engine, server.keyring, client_a)
        key_a_record, key_a = service.create_api_key(engine, server.keyring, client_a)
        _, key_b = service.create_api_key(engine, server.keyring, client_b)
    finally:
        engine.dispose()
    return World(server, org_a, org_b, client_a, secret_a, key_a, key_a_record.id, key_b)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SCOPE-3")
def test_an_api_key_reaches_the_upstream_with_a_signed_identity(world: World) -> None:
    response = world.get("/api/echo", world.key_a)
    assert response.status_code == 200
    seen = response.json()["headers"]
    assert seen["x-charter-client"] == world.client_a
    assert seen["x-charter-org"] == world.org_a
    assert seen["x-charter-scopes"] == "orders:read"
    assert seen["x-charter-auth"] == "api_key"
    assert "x-api-key" not in seen  # the credential stays at the gateway
    assert verify_identity(world.server.keyring.derive("upstream-identity"), seen)
    forged = {**seen, "x-charter-org": world.org_b}
    assert not verify_identity(world.server.keyring.derive("upstream-identity"), forged)


@pytest.mark.clause("USE-1")
def test_client_sent_identity_headers_never_reach_the_upstream(world: World) -> None:
    forged = {"x-charter-client": "cli_forged", "x-charter-org": world.org_b,
              "x-charter-identity": "v1=forged"}
    for path, key in (("/open/echo", None), ("/api/echo", world.key_a)):
        headers = {**forged, **({"x-api-key": key} if key else {})}
        seen = httpx.get(f"{world.server.gateway}{path}", headers=headers).json()["headers"]
        assert seen.get("x-charter-client") != "cli_forged"
        assert seen.get("x-charter-org") != world.org_b
        assert seen.get("x-charter-identity") != "v1=forged"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("DATA-3")
@pytest.mark.parametrize("credential", [
    None,
    "chk_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  # checksum wrong
    "not-a-key-at-all",
])
def test_missing_or_invalid_keys_get_a_401_that_says_nothing(world: World,
                                                             credential: str | None) -> None:
    response = world.get("/api/orders", credential)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith('Bearer realm="charter"')
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "unauthenticated"
    if credential:
        assert credential not in response.text


@pytest.mark.clause("SEC-6")
def test_a_well_formed_unknown_key_is_refused(world: World) -> None:
    from charter.identity.keys import generate_key

    response = world.get("/api/orders", generate_key("live").key)
    assert response.status_code == 401


@pytest.mark.clause("SEC-6")
def test_a_revoked_key_stops_working(world: World) -> None:
    assert world.get("/api/orders", world.key_a).status_code == 200
    engine = world.engine
    try:
        service.revoke_api_key(engine, world.key_a_id)
    finally:
        engine.dispose()
    wait_until(lambda: world.get("/api/orders", world.key_a).status_code == 401,
               timeout=20, what="the revocation to take effect")


@pytest.mark.clause("SEC-6")
def test_an_expired_key_stops_working(world: World) -> None:
    engine = world.engine
    try:
        _, short = service.create_api_key(engine, world.server.keyring, world.client_a,
                                          expires_in=timedelta(seconds=2))
    finally:
        engine.dispose()
    assert world.get("/api/orders", short).status_code == 200
    time.sleep(2.1)
    wait_until(lambda: world.get("/api/orders", short).status_code == 401,
               timeout=20, what="the key to expire")


@pytest.mark.clause("SEC-6")
def test_a_rotated_key_works_during_its_overlap_only(world: World) -> None:
    engine = world.engine
    try:
        _, new_key = service.rotate_api_key(engine, world.server.keyring, world.key_a_id,
                                            overlap=timedelta(seconds=3))
    finally:
        engine.dispose()
    assert world.get("/api/orders", new_key).status_code == 200
    assert world.get("/api/orders", world.key_a).status_code == 200  # inside the overlap
    wait_until(lambda: world.get("/api/orders", world.key_a).status_code == 401,
               timeout=20, what="the old key to end with its overlap")
    assert world.get("/api/orders", new_key).status_code == 200


@pytest.mark.clause("SEC-2")
def test_scopes_are_enforced(world: World) -> None:
    response = httpx.post(f"{world.server.gateway}/api/write/echo", content=b"{}",
                          headers={"x-api-key": world.key_a})
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert "insufficient_scope" in response.headers["www-authenticate"]
    # Asking the token endpoint for more than the client has is refused too.
    escalation = world.token(world.client_a, world.secret_a, scope="orders:read orders:write")
    assert escalation.status_code == 400
    assert escalation.json()["error"] == "invalid_scope"


@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("shape", [
    "/api/orgs/{other}/orders",
    "/api/orgs/{other}",
    "/api/orgs/{other}/orders?org={own}",
    "/api/orgs/{own}/../{other}/orders",
    "/api/orgs/{own}%2F..%2F{other}/orders",
    "/api/orgs/{OTHER}/orders",
    "/api/orgs//orders",
])
def test_a_client_cannot_reach_another_tenant(world: World, shape: str) -> None:
    path = shape.format(own=world.org_a, other=world.org_b, OTHER=world.org_b.upper())
    response = world.get(path, world.key_a)
    assert response.status_code in (400, 403), (path, response.status_code)
    own = world.get(f"/api/orgs/{world.org_a}/orders", world.key_a)
    assert own.status_code == 200
    assert own.json()["organization"] == world.org_a


@pytest.mark.clause("SCOPE-3")
@pytest.mark.clause("USE-1")
def test_client_credentials_give_a_bearer_token_that_the_gateway_accepts(world: World) -> None:
    issued = world.token(world.client_a, world.secret_a)
    assert issued.status_code == 200
    assert issued.headers["cache-control"] == "no-store"
    token = issued.json()["access_token"]
    bearer = {"authorization": f"Bearer {token}"}
    seen = httpx.get(f"{world.server.gateway}/api/echo", headers=bearer).json()["headers"]
    assert seen["x-charter-client"] == world.client_a
    assert seen["x-charter-auth"] == "bearer"
    assert "authorization" not in seen
    # Tampered: the payload says another organization.
    head, payload, signature = token.split(".")
    claims = base64.urlsafe_b64decode(payload + "==").replace(
        world.org_a.encode(), world.org_b.encode())
    forged = ".".join((head, base64.urlsafe_b64encode(claims).rstrip(b"=").decode(), signature))
    response = httpx.get(f"{world.server.gateway}/api/orgs/{world.org_b}/orders",
                         headers={"authorization": f"Bearer {forged}"})
    assert response.status_code == 401
    # A route that takes keys only refuses the token.
    keys_only = httpx.get(f"{world.server.gateway}/keys-only/orders", headers=bearer)
    assert keys_only.status_code == 401


def test_wrong_client_secrets_are_refused_alike(world: World) -> None:
    wrong = world.token(world.client_a, "chs_" + "x" * 40)
    unknown = world.token("cli_AAAAAAAAAAAAAAAA", "chs_" + "x" * 40)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_the_key_set_is_published(world: World) -> None:
    document = httpx.get(f"{world.server.gateway}/.well-known/jwks.json").json()
    assert document["keys"] and document["keys"][0]["kty"] == "OKP"
    assert all("d" not in key for key in document["keys"])  # public parts only


@pytest.mark.clause("DATA-3")
def test_credentials_are_never_stored_or_logged(world: World) -> None:
    world.get("/api/orders", world.key_a)
    world.token(world.client_a, world.secret_a)
    wait_until(lambda: bool(world.server.rows("select client_id from access_log")),
               what="access log rows")
    stored = b"".join(p.read_bytes() for p in world.server.db_path.parent.glob("charter.db*"))
    secret_part = world.key_a.split("_")[2][12:44]
    for secret in (world.key_a.encode(), secret_part.encode(), world.secret_a.encode()):
        assert secret not in stored
        assert secret.decode() not in world.server.log()
    rows = world.server.rows("select client_id from access_log where route_id = 'orders'")
    assert (world.client_a,) in rows


@pytest.mark.clause("SEC-6")
def test_a_keyring_rotation_reaches_the_gateway_on_reload(world: World) -> None:
    from charter.privacy.keyring import Keyring

    before = httpx.get(f"{world.server.gateway}/.well-known/jwks.json").json()["keys"]
    keyring = Keyring.load(world.server.keyring_path)
    keyring.rotate()
    keyring.save()
    reload = httpx.post(f"{world.server.admin}/admin/config/reload",
                        headers=world.server.admin_headers)
    assert reload.status_code == 200
    wait_until(lambda: len(httpx.get(f"{world.server.gateway}/.well-known/jwks.json")
                           .json()["keys"]) == len(before) + 1, what="the new signing key")
    # A key hashed under the new master key is accepted by the running gateway...
    engine = world.engine
    try:
        _, fresh = service.create_api_key(engine, keyring, world.client_a)
    finally:
        engine.dispose()
    wait_until(lambda: world.get("/api/orders", fresh).status_code == 200,
               what="the new key to work")
    # ...and what was issued before the rotation still works.
    assert world.get("/api/orders", world.key_a).status_code == 200


@pytest.mark.clause("USE-3")
@pytest.mark.clause("SEC-4")
def test_repeated_failures_with_a_key_id_lock_that_source_out(world: World) -> None:
    wrong = world.key_a[:-1] + ("A" if world.key_a[-1] != "A" else "B")  # bad checksum
    for _ in range(5):
        assert world.get("/api/orders", wrong).status_code == 401
    locked = world.get("/api/orders", world.key_a)  # even the right key, from here
    assert locked.status_code == 429
    assert locked.json()["code"] == "too_many_failures"
    assert int(locked.headers["retry-after"]) > 0
    # Another key of the same client, never guessed at, still works from here.
    assert world.get("/api/orders", world.key_b).status_code == 200
    wait_until(lambda: bool(world.server.rows(
        "select reason from audit_events where action = 'gateway authentication lockout'")),
        what="the lockout in the audit log")
