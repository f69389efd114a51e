"""The demo's people: a sign-in service whose key is made afresh at every start, tokens the
demo gateway accepts, and the printed lines that show consent given and withdrawn, run
against a real `charter serve --demo`."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from charter.config.loader import parse_config
from charter.demo.config import demo_config_text
from charter.demo.people import KEY_FILE, DemoIssuer, consent_lines
from charter.demo.upstream import DemoUpstream
from charter.identity import jwt
from charter.identity.issuers import ExternalIssuer
from tests.e2e.conftest import free_port

pytestmark = pytest.mark.clause("BASIS-1")


def test_the_key_is_made_afresh_kept_private_and_never_reused(tmp_path: Path) -> None:
    first, other = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    other.mkdir()
    issuer = DemoIssuer.create(first)
    path = first / KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in path.read_bytes()
    assert DemoIssuer.load(path).kid == issuer.kid
    with pytest.raises(FileExistsError):
        DemoIssuer.create(first)  # an existing key is never taken over
    assert DemoIssuer.create(other).public_pem() != issuer.public_pem()
    # The configuration carries the public half only.
    text = demo_config_text(9000, people=issuer)
    assert issuer.public_pem().strip().splitlines()[1] in text.replace("\\n", "\n")
    assert "PRIVATE" not in text


def test_the_demo_gateway_accepts_its_tokens_on_a_route_resting_on_consent(
        tmp_path: Path) -> None:
    issuer = DemoIssuer.create(tmp_path)
    config = parse_config(demo_config_text(9000, people=issuer), "demo.yaml")
    [route] = [r for r in config.routes if r.id == "recommendations"]
    purposes = {p.name: p.legal_basis for p in config.purposes}
    assert purposes[route.purpose or ""] == "consent"
    assert route.stages["authenticate"] == {"methods": ["bearer"], "issuers": ["people"]}
    [people] = config.issuers
    identity = ExternalIssuer(people).verify_cached(issuer.mint("ada"))
    assert identity is not None and identity.subject == "ada"
    # A token of another key is refused.
    (tmp_path / "other").mkdir()
    stranger = DemoIssuer.create(tmp_path / "other")
    with pytest.raises(jwt.TokenError):
        ExternalIssuer(people).verify_cached(stranger.mint("ada"))
    for bad in ("", "Ada", "a" * 33, "ada/../x"):
        with pytest.raises(ValueError):
            issuer.mint(bad)


def test_the_demo_upstream_hands_out_tokens_and_suggestions(tmp_path: Path) -> None:
    issuer = DemoIssuer.create(tmp_path)

    async def run() -> None:
        with_people, without = DemoUpstream(people=issuer), DemoUpstream()
        ports = await with_people.start(), await without.start()
        try:
            async with httpx.AsyncClient() as http:
                base = f"http://127.0.0.1:{ports[0]}"
                answer = await http.post(f"{base}/people/token", data={"person": "ada"})
                assert answer.status_code == 200
                assert answer.headers["cache-control"] == "no-store"
                token = answer.json()["access_token"]
                assert jwt.unverified_claims(token)["sub"] == "ada"
                refused = await http.post(f"{base}/people/token", data={"person": "A B"})
                assert refused.status_code == 400
                assert (await http.post(f"http://127.0.0.1:{ports[1]}/people/token",
                                        data={"person": "ada"})).status_code == 503
                suggested = await http.get(f"{base}/recommendations",
                                           headers={"x-charter-subject": "sk_ada"})
                assert suggested.json()["for"] == "sk_ada"
                assert suggested.json()["recommendations"]
        finally:
            await with_people.stop()
            await without.stop()

    asyncio.run(run())


@pytest.mark.e2e
def test_the_printed_lines_show_consent_given_and_withdrawn(tmp_path: Path) -> None:
    gateway, admin = free_port(), free_port()
    process = subprocess.Popen(
        [sys.executable, "-u", "-c",
         "import sys; from pathlib import Path; from charter.supervisor import serve_demo;"
         f" sys.exit(serve_demo(Path('var'), gateway_port={gateway}, admin_port={admin}))"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={k: v for k, v in os.environ.items() if k != "CHARTER_REDIS_URL"})
    try:
        assert process.stdout is not None
        printed: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("Stop with Ctrl-C" in p for p in printed):
            line = process.stdout.readline()
            if not line:
                break
            printed.append(line.rstrip("\n"))
        upstream = re.search(r"demo upstream (http://127\.0\.0\.1:\d+)", "\n".join(printed))
        assert upstream, printed
        expected = consent_lines(f"http://127.0.0.1:{gateway}", upstream.group(1))
        start = printed.index(expected[0])
        assert printed[start:start + len(expected)] == expected

        key = tmp_path / "var" / "demo" / KEY_FILE
        assert stat.S_IMODE(key.stat().st_mode) == 0o600

        # Each printed line, as a person pastes it into a shell.
        commands = [line for line in expected if not line.lstrip().startswith("#")]
        answers = []
        environment = dict(os.environ)
        assign = subprocess.run(["bash", "-c", commands[0] + '; printf %s "$PERSON"'],
                                capture_output=True, text=True, check=True, timeout=30)
        environment["PERSON"] = assign.stdout
        assert jwt.unverified_claims(assign.stdout)["sub"] == "ada"
        for command in commands[1:]:
            done = subprocess.run(["bash", "-c", command], capture_output=True, text=True,
                                  check=True, timeout=30, env=environment)
            answers.append(json.loads(done.stdout))
        refused, given, served, withdrawn, again = answers
        assert (refused["status"], refused["code"], refused["purpose"]) == (
            403, "consent_required", "recommendations")
        assert (given["purpose"], given["current"], given["source"]) == (
            "recommendations", True, "self_service")
        assert served["recommendations"] and served["for"].startswith("sk_")
        assert [c["id"] for c in withdrawn["withdrawn"]] == [given["id"]]
        assert (again["status"], again["code"]) == (403, "consent_required")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
