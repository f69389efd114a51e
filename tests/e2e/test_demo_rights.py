"""`charter serve --demo` carries an access and an erasure request through, as a newcomer
would: the lines the demo prints are run in a shell (file the request, read the code from the
file outbox under var/, confirm it, an operator advances it, the bundle is downloaded through
the link the requester was sent), and the demo upstream, which answers the signed rights
webhooks, shows what it received."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from charter.admin.auth import bootstrap_token
from charter.privacy.keyring import Keyring
from tests.e2e.conftest import STARTUP_SECONDS, free_port, wait_until

pytestmark = pytest.mark.e2e

LAUNCH = ("import sys; from pathlib import Path; from charter.supervisor import serve_demo; "
          "sys.exit(serve_demo(Path('var'), gateway_port=int(sys.argv[1]), "
          "admin_port=int(sys.argv[2])))")


@dataclass
class Demo:
    directory: Path
    gateway: str
    admin: str
    process: subprocess.Popen[bytes]
    output: Path

    @property
    def var(self) -> Path:
        return self.directory / "var" / "demo"

    def printed(self) -> str:
        return self.output.read_text(errors="replace")

    def upstream(self) -> str:
        found = re.search(r"demo upstream (http://127\.0\.0\.1:\d+)", self.printed())
        assert found is not None, self.printed()
        return found.group(1)

    def admin_get(self, path: str) -> Any:
        token = bootstrap_token(Keyring.load(self.var / "keyring.json"))
        answer = httpx.get(f"{self.admin}{path}", headers={"authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        return answer.json()

    def shell(self, lines: list[str]) -> str:
        """Run printed lines in bash, with `charter` and `python3` of this environment."""
        bin_dir = str(Path(sys.executable).parent)
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", "\n".join(lines)],
                              cwd=self.directory, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"})
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    gateway_port, admin_port = free_port(), free_port()
    output = tmp_path / "demo.out"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(gateway_port), str(admin_port)],
            cwd=tmp_path, stdout=sink, stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if not k.startswith("CHARTER_")})
    running = Demo(tmp_path, f"http://127.0.0.1:{gateway_port}",
                   f"http://127.0.0.1:{admin_port}", process, output)

    def ready() -> bool:
        if process.poll() is not None:
            raise AssertionError(f"the demo exited early:\n{running.printed()}")
        return "Stop with Ctrl-C." in running.printed()

    wait_until(ready, STARTUP_SECONDS, "the demo to print its lines")
    try:
        yield running
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def _rights_lines(printed: str) -> list[str]:
    """The printed lines from the privacy request to the bundle download."""
    lines = printed.splitlines()
    start = next(i for i, line in enumerate(lines) if "# A privacy request" in line)
    end = next(i for i, line in enumerate(lines) if "# An erasure" in line)
    return [line.strip() for line in lines[start:end]]


def _deliveries(demo: Demo, request_id: str) -> list[tuple[Any, ...]]:
    import sqlite3

    with sqlite3.connect(demo.var / "charter.db") as connection:
        return list(connection.execute(
            "SELECT upstream, status, http_status FROM rights_deliveries WHERE request_id = ?"
            " ORDER BY id", (request_id,)))


@pytest.mark.clause("RIGHTS-1")
@pytest.mark.clause("RIGHTS-3")
@pytest.mark.clause("SHARE-4")
def test_the_demo_carries_an_access_and_an_erasure_request_through(demo: Demo) -> None:
    secret_file = demo.var / "rights-webhook.secret"
    secret = secret_file.read_text().strip()
    assert len(secret) >= 40 and stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert secret not in (demo.var / "charter.yaml").read_text()
    assert "CHARTER_DEMO_RIGHTS_SECRET" in (demo.var / "charter.yaml").read_text()
    upstream = demo.upstream()
    assert httpx.get(f"{upstream}/orders/ord_1001").json()["customer"]["email"] == (
        "ada@example.com")

    # Access: filed, confirmed with the code from the outbox, advanced, downloaded.
    lines = _rights_lines(demo.printed())
    outbox = demo.var / "outbox"
    assert any(str(outbox) in line for line in lines)
    demo.shell(lines)
    code, done = sorted((json.loads(p.read_text()) for p in outbox.glob("*.json")),
                        key=lambda message: message["created"])
    assert code["to"] == "ada@example.com" and "code is" in code["text"]
    # Ada was told her request was carried out, with the link the printed line fetched.
    assert done["to"] == "ada@example.com" and "was carried out" in done["subject"]
    assert f"{demo.gateway}/.well-known/privacy/bundle?id=" in done["text"]
    with zipfile.ZipFile(io.BytesIO((demo.directory / "bundle.zip").read_bytes())) as archive:
        summary = json.loads(archive.read("summary.json"))
        answer = json.loads(archive.read("upstreams/demo.json"))
    assert summary["upstreams"] == {"demo": "completed"}
    assert [order["id"] for order in answer["data"]["orders"]] == ["ord_1001"]
    (access,) = demo.admin_get("/admin/rights?type=access")["requests"]
    assert access["state"] == "completed"
    # The upstream checked the signature: a wrong secret would be answered 401.
    assert _deliveries(demo, access["id"]) == [("demo", "completed", 200)]

    # Erasure: the same steps with the type changed, up to the operator's advance.
    erase = [line.replace('"type": "access"', '"type": "erase"') for line in lines
             if "bundle.zip" not in line]
    assert erase != lines[:-1]
    found = re.search(r"^FILED=(rr_\w+)$", demo.shell([*erase, 'echo; echo "FILED=$ID"']), re.M)
    assert found is not None
    erase_id = found.group(1)
    shown = demo.admin_get(f"/admin/rights/{erase_id}")
    assert (shown["type"], shown["state"]) == ("erase", "completed"), shown
    assert shown["result"]["summary"]["upstream.demo"] == "completed"
    assert shown["result"]["summary"]["upstream.demo.orders"] == 1
    assert _deliveries(demo, erase_id) == [("demo", "completed", 200)]
    assert httpx.get(f"{upstream}/orders/ord_1001").status_code == 404  # erased upstream
    # Erasure deleted the messages still queued for her; the notice that it is done came after.
    (erased,) = [json.loads(p.read_text()) for p in outbox.glob("*.json")]
    assert erased["to"] == "ada@example.com" and erase_id in erased["subject"]
    assert "These confirmed it: demo." in erased["text"]
    assert httpx.get(f"{upstream}/orders/ord_1002").status_code == 200  # nobody else's
    assert secret not in demo.printed()
