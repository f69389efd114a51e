"""The configuration models: formats, safe defaults, and cross-references."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from charter.config.models import (
    DEFER_REFERENCES,
    CharterConfig,
    Listeners,
    Route,
    Target,
    Upstream,
    format_loc,
    parse_duration,
    parse_size,
    reference_problems,
)


def _config(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "upstreams": [{"name": "users", "targets": ["http://127.0.0.1:9000"]}],
        "routes": [{"id": "users", "upstream": "users"}],
    }
    return base | fields


@pytest.mark.parametrize(("text", "seconds"), [
    ("250ms", 0.25), ("30s", 30.0), ("15m", 900.0), ("2h", 7200.0), ("7d", 604800.0),
    ("1w", 604800.0), ("3y", 3 * 31536000.0), ("10", 10.0), (5, 5.0), (1.5, 1.5),
])
def test_durations(text: Any, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("bad", ["soon", "-1s", True, float("inf"), float("nan"), -3])
def test_bad_durations(bad: Any) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(bad)


@pytest.mark.parametrize(("text", "size"), [
    ("64kb", 65536), ("1mb", 1048576), ("1MiB", 1048576), ("2g", 2 * 1024**3), (100, 100),
])
def test_sizes(text: Any, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["lots", "1.5mb", False, -1])
def test_bad_sizes(bad: Any) -> None:
    with pytest.raises(ValueError, match="size"):
        parse_size(bad)


def test_target_parsing() -> None:
    assert str(Target.parse("https://api.example.com")) == "https://api.example.com"
    assert Target.parse("http://10.0.0.1:9000/").port == 9000
    assert Target.parse("https://[::1]:8443").authority == "[::1]:8443"


@pytest.mark.clause("DATA-3")
@pytest.mark.parametrize("url", [
    "http://admin:hunter2-password@api.internal",
    "ftp://hunter2-password.example",
    "http://api.internal/hunter2-password",
    "http://api.internal:99999999",
])
def test_target_errors_never_repeat_the_url(url: str) -> None:
    with pytest.raises(ValueError, match="target") as info:
        Target.parse(url)
    assert "hunter2" not in str(info.value)
    assert "99999999" not in str(info.value)


@pytest.mark.clause("SEC-3")
def test_upstream_tls_verification_is_on_by_default() -> None:
    upstream = Upstream(name="users", targets=["https://users.internal"])
    assert upstream.tls_verify is True


@pytest.mark.clause("USE-3")
@pytest.mark.clause("SEC-3")
def test_turning_tls_verification_off_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="tls_verify_reason"):
        Upstream(name="users", targets=["https://users.internal"], tls_verify=False)
    upstream = Upstream(name="users", targets=["https://users.internal"], tls_verify=False,
                        tls_verify_reason="lab appliance with a self-signed certificate")
    assert upstream.tls_verify is False


@pytest.mark.clause("SEC-5")
def test_listeners_default_to_loopback() -> None:
    listeners = Listeners()
    assert listeners.gateway.is_loopback
    assert listeners.admin.is_loopback
    assert listeners.admin.port != listeners.gateway.port


@pytest.mark.clause("USE-3")
def test_a_config_with_a_dangling_reference_cannot_be_built() -> None:
    data = _config(routes=[{"id": "r", "upstream": "billing"}])
    with pytest.raises(ValidationError, match=r"routes\[0\]\.upstream: unknown upstream 'billing'"):
        CharterConfig.model_validate(data)


def test_deferring_references_leaves_them_to_the_caller() -> None:
    data = _config(
        routes=[{"id": "r", "upstream": "billing", "purpose": "ads"},
                {"id": "r", "upstream": "users"}],
        upstreams=[{"name": "users", "targets": ["http://127.0.0.1:1"]},
                   {"name": "users", "targets": ["http://127.0.0.1:2"]}],
        purposes=[{"name": "ops", "legal_basis": "legitimate_interests"},
                  {"name": "ops", "legal_basis": "contract"}],
        retention_classes={"security": "3y"},
    )
    config = CharterConfig.model_validate(data, context={DEFER_REFERENCES: True})
    found = {format_loc(p.loc): p.message for p in reference_problems(config)}
    assert found == {
        "upstreams[1].name": "duplicate upstream name 'users' (already used by upstreams[0])",
        "routes[1].id": "duplicate route id 'r' (already used by routes[0])",
        "purposes[1].name": "duplicate purpose name 'ops' (already used by purposes[0])",
        "routes[0].upstream": "unknown upstream 'billing' (defined upstreams: users)",
        "routes[0].purpose": "unknown purpose 'ads' (defined purposes: ops)",
        "retention_classes": "retention class 'operational' must be defined",
    }


def test_a_consistent_config_has_no_reference_problems() -> None:
    config = CharterConfig.model_validate(_config())
    assert reference_problems(config) == []
    assert config.upstream("users").name == "users"
    with pytest.raises(KeyError):
        config.upstream("nope")


@pytest.mark.clause("RET-3")
@pytest.mark.parametrize("period", [0, "0d", ".inf", float("inf"), "-1d"])
def test_retention_periods_are_positive_and_finite(period: Any) -> None:
    data = _config(retention_classes={"operational": "7d", "security": period})
    with pytest.raises(ValidationError) as info:
        CharterConfig.model_validate(data)
    assert [e["loc"] for e in info.value.errors()] == [("retention_classes", "security")]


def test_default_retention_classes_are_days_and_years() -> None:
    classes = CharterConfig().retention_classes
    assert classes["operational"] == 7 * 86400
    assert classes["security"] >= 365 * 86400


def test_errors_are_located_per_item() -> None:
    data = _config(trusted_proxies=["10.0.0.0/8", "nonsense"],
                   upstreams=[{"name": "users", "targets": ["http://ok", "gopher://x"]}])
    with pytest.raises(ValidationError) as info:
        CharterConfig.model_validate(data)
    assert sorted(e["loc"] for e in info.value.errors()) == [
        ("trusted_proxies", 1), ("upstreams", 0, "targets", 1),
    ]


def test_null_stage_options_mean_defaults() -> None:
    route = Route.model_validate({"id": "r", "upstream": "u", "stages": {"access_log": None}})
    assert route.stages == {"access_log": {}}


@pytest.mark.parametrize("field", [
    {"path_prefix": "api"}, {"methods": ["FETCH"]},
])
def test_route_match_rules(field: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Route.model_validate({"id": "r", "upstream": "u", "match": field})


def test_unknown_fields_are_errors() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        CharterConfig.model_validate(_config(upstream=[]))


def test_format_loc() -> None:
    assert format_loc(("routes", 1, "upstream")) == "routes[1].upstream"
    assert format_loc(("retention_classes", "security")) == "retention_classes.security"
    assert format_loc(()) == ""
