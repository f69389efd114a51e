"""The demo's rights side: a webhook secret made at random per demo directory, never a fixed
one, and a configuration whose upstream takes rights webhooks and whose codes go to a file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import yaml

from charter.config.models import CharterConfig
from charter.demo.config import demo_config_text
from charter.demo.rights import SECRET_ENV, banner_lines, outbox_directory, webhook_secret
from charter.rights.execute.settings import rights_upstream


@pytest.mark.clause("SHARE-4")
def test_the_secret_is_made_once_per_directory_and_kept_private(tmp_path: Path) -> None:
    first, other = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    other.mkdir()
    secret = webhook_secret(first)
    assert len(secret) >= 40 and webhook_secret(first) == secret
    assert stat.S_IMODE((first / "rights-webhook.secret").stat().st_mode) == 0o600
    assert webhook_secret(other) != secret


@pytest.mark.clause("SHARE-4")
def test_the_demo_upstream_takes_rights_webhooks_and_codes_go_to_a_file(
        tmp_path: Path) -> None:
    outbox = outbox_directory(tmp_path)
    config = CharterConfig.model_validate(yaml.safe_load(
        demo_config_text(9000, outbox=str(outbox))))
    rights = rights_upstream(config.upstream("demo"))
    assert rights.stores_personal_data and rights.rights_webhook == "/privacy/rights"
    assert rights.rights_secret_env == SECRET_ENV and rights.rights_identifiers == ("email",)
    assert (config.rights.outbox.kind, config.rights.outbox.directory) == ("file", str(outbox))


@pytest.mark.clause("RIGHTS-1")
def test_the_demo_sends_the_bundle_link_and_prints_how_to_read_it(tmp_path: Path) -> None:
    outbox = outbox_directory(tmp_path)
    config = CharterConfig.model_validate(yaml.safe_load(
        demo_config_text(9000, gateway_port=18080, outbox=str(outbox))))
    assert config.rights.public_url == "http://127.0.0.1:18080"  # loopback: http is allowed
    lines = banner_lines("http://127.0.0.1:18080", "http://127.0.0.1:18081",
                         "http://127.0.0.1:9000", outbox, tmp_path / "keyring.json")
    (fetch,) = [line for line in lines if "bundle.zip" in line]
    assert "grep -ho 'http://127.0.0.1:18080/.well-known/privacy/bundle?" in fetch
    assert f"ls -t {outbox}/*.json" in fetch and "/admin/" not in fetch
