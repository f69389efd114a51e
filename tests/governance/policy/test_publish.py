"""Publishing versions the policy in the store; material changes need an approver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from charter.cli import main
from charter.governance.policy import service
from charter.governance.policy.check import published_policy_problems
from charter.governance.policy.facts import canonical_json
from charter.governance.policy.models import policy_versions
from tests.governance.policy.conftest import BASE, ConfigFactory

pytestmark = pytest.mark.clause("UPDATE-1")
LONGER = "retention_classes: {operational: 30d, security: 3y, configuration: 10y, backup: 30d}\n"


def test_publish_versions_the_policy(engine: Engine, make_config: ConfigFactory) -> None:
    first = service.publish(engine, make_config())
    assert first.created and first.version.version == 1 and not first.version.material
    again = service.publish(engine, make_config())
    assert not again.created and again.version.version == 1

    reworded = make_config(replace={"name: Privacy Team": "name: Privacy Office"})
    second = service.publish(engine, reworded)
    assert second.created and second.version.version == 2 and not second.version.material
    assert [v.version for v in service.versions(engine)] == [1, 2]

    stored = service.get(engine, 2)
    assert "Privacy Office" in stored.markdown
    with engine.connect() as connection:
        facts_text = connection.execute(select(policy_versions.c.facts)
                                        .where(policy_versions.c.version == 2)).scalar_one()
    assert facts_text == canonical_json(json.loads(facts_text))  # stored canonically
    assert stored.digest == service.draft(reworded).digest


def test_a_material_change_needs_an_approver(engine: Engine, make_config: ConfigFactory) -> None:
    service.publish(engine, make_config())
    with pytest.raises(service.PolicyError, match=r"needs an approver.*retention class"):
        service.publish(engine, make_config(LONGER))
    assert service.latest(engine).version == 1  # type: ignore[union-attr]
    approved = service.publish(engine, make_config(LONGER), approver="Dana Officer (DPO)")
    assert approved.version.material and approved.version.approver == "Dana Officer (DPO)"


def test_the_configuration_is_checked_against_the_published_policy(
        engine: Engine, make_config: ConfigFactory) -> None:
    assert "no privacy policy has been published" in published_policy_problems(
        make_config(), engine)[0]
    service.publish(engine, make_config())
    assert published_policy_problems(make_config(), engine) == []
    widened = make_config(LONGER, {"country: US, safeguard: scc": "country: JP, safeguard: scc"})
    problems = published_policy_problems(widened, engine)
    assert any("retention class operational: 7 days -> 30 days" in p for p in problems)
    assert any("new country: JP" in p for p in problems)


def _write(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "charter.yaml"
    path.write_text(BASE + f'store: {{url: "sqlite:///{tmp_path / "c.db"}"}}\n' + extra)
    return path


def test_the_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(_write(tmp_path))
    assert main(["migrate", "--config", config]) == 0
    assert main(["check", "--config", config, "--against-published"]) == 1
    assert main(["policy", "publish", "--config", config]) == 0
    assert main(["check", "--config", config, "--against-published"]) == 0
    assert "published policy version 1" in capsys.readouterr().out

    _write(tmp_path, LONGER)
    assert main(["check", "--config", config, "--against-published"]) == 1
    assert "7 days -> 30 days" in capsys.readouterr().err
    assert main(["policy", "diff", "1", "current", "--config", config]) == 3
    assert main(["policy", "publish", "--config", config]) == 2
    assert "needs an approver" in capsys.readouterr().err
    assert main(["policy", "publish", "--config", config, "--approver", "Dana"]) == 0
    assert main(["policy", "diff", "1", "2", "--config", config, "--json"]) == 3
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{"):])["material"] is True
    assert main(["policy", "diff", "2", "current", "--config", config]) == 0
    assert "no changes from 2 to current" in capsys.readouterr().out
    assert main(["policy", "versions", "--config", config, "--json"]) == 0
    assert [v["version"] for v in json.loads(capsys.readouterr().out)] == [1, 2]
    assert main(["policy", "render", "--config", config, "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!doctype html>")
