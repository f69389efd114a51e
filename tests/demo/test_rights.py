"""The demo's rights side: a webhook secret made at random per demo directory, never a fixed
one, and a configuration whose upstream takes rights webhooks and whose codes go to a file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import yaml

from charter.config.models import CharterConfig
from charter.demo.config import demo_config_text
from charter.demo.rights import SECRET_ENV, outbox_directory, webhook_secret
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
