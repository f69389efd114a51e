"""Loading charter.yaml: every problem at its line, no secret in any message."""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

import pytest

from charter.config.loader import ConfigError, ConfigProblem, load_config, parse_config, warnings
from charter.config.starter import starter_config

GOOD = """\
upstreams:
  - name: users
    targets: [http://127.0.0.1:9000]
routes:
  - id: users
    upstream: users
"""


def _problems(text: str) -> list[ConfigProblem]:
    with pytest.raises(ConfigError) as info:
        parse_config(textwrap.dedent(text), "charter.yaml")
    return info.value.problems


def _lines(text: str) -> list[str]:
    return [str(problem) for problem in _problems(text)]


def test_the_starter_config_is_valid_and_quiet() -> None:
    config = parse_config(starter_config(), "charter.yaml")
    assert [route.id for route in config.routes] == ["example"]
    assert config.routes[0].stages == {
        "access_log": {}, "authenticate": {"methods": ["api_key", "bearer"]},
        "authorize": {"scopes": ["example:read"]}}
    assert warnings(config) == []


def test_load_config_keeps_text_path_and_digest(tmp_path: Path) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text(GOOD)
    loaded = load_config(path)
    assert loaded.text == GOOD
    assert loaded.path == path
    assert loaded.sha256 == hashlib.sha256(GOOD.encode()).hexdigest()
    assert loaded.config.upstream("users").targets == ["http://127.0.0.1:9000"]


@pytest.mark.clause("USE-3")
def test_unknown_upstream_is_reported_at_its_line_and_column() -> None:
    lines = _lines("""\
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
        routes:
          - id: users
            upstream: users
          - id: billing
            purpose: service_delivery
            upstream: billing
        """)
    assert lines == [
        "charter.yaml:9:5: routes[1].upstream: unknown upstream 'billing'"
        " (defined upstreams: users)"
    ]


@pytest.mark.clause("USE-3")
def test_every_cross_reference_problem_is_located() -> None:
    problems = _problems("""\
        retention_classes:
          operational: 7d
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
          - name: users
            targets: [http://127.0.0.1:9001]
        routes:
          - id: a
            upstream: users
            purpose: advertising
          - id: a
            upstream: users
        """)
    assert [(p.line, p.column, p.path) for p in problems] == [
        (1, 1, "retention_classes"),
        (1, 1, "retention_classes"),  # "configuration", which the inventory uses
        (6, 5, "upstreams[1].name"),
        (11, 5, "routes[0].purpose"),
        (12, 5, "routes[1].id"),
    ]
    assert "retention class 'security' must be defined" in problems[0].message


def test_yaml_syntax_errors_give_their_line() -> None:
    problems = _problems("""\
        routes:
          - id: a
            upstream: [users
        listeners: {}
        """)
    assert len(problems) == 1
    assert problems[0].line is not None and problems[0].line >= 3
    assert problems[0].message.startswith("YAML: ")


@pytest.mark.clause("USE-3")
def test_duplicate_keys_are_errors() -> None:
    lines = _lines("""\
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
            name: accounts
        """)
    assert lines == ["charter.yaml:4:5: upstreams[0].name: duplicate key 'name' (first on line 2)"]


def test_merge_keys_are_not_duplicates() -> None:
    config = parse_config(textwrap.dedent("""\
        upstreams:
          - &base
            name: users
            targets: [http://127.0.0.1:9000]
          - <<: *base
            name: accounts
        routes:
          - id: users
            upstream: accounts
        """), "charter.yaml")
    assert [u.name for u in config.upstreams] == ["users", "accounts"]


def test_model_errors_are_located_at_the_offending_node() -> None:
    lines = _lines("""\
        listeners:
          gateway:
            port: 99999
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
            retries: lots
        routes:
          - id: users
            upstream: users
            match:
              path_prefix: api
        """)
    assert lines == [
        "charter.yaml:3:5: listeners.gateway.port: Input should be less than or equal to 65535",
        "charter.yaml:7:5: upstreams[0].retries: Input should be a valid integer,"
        " unable to parse string as an integer",
        "charter.yaml:12:7: routes[0].match.path_prefix: path_prefix must start with /",
    ]


def test_a_missing_field_is_located_at_its_parent() -> None:
    lines = _lines("""\
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
        routes:
          - id: users
            visibility: public
        """)
    assert lines == ["charter.yaml:5:5: routes[0].upstream: required field is missing"]


def test_unknown_fields_suggest_the_closest_name() -> None:
    lines = _lines("""\
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
            tls_verfy: true
        routes: []
        servce: {}
        """)
    assert lines == [
        "charter.yaml:4:5: upstreams[0].tls_verfy: unknown field 'tls_verfy'"
        " (did you mean 'tls_verify'?)",
        "charter.yaml:6:1: servce: unknown field 'servce' (did you mean 'service'?)",
    ]


def test_stages_are_checked_against_the_registry() -> None:
    lines = _lines("""\
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
        routes:
          - id: users
            upstream: users
            stages:
              access_log: {user_agent: sometimes}
              telepathy: {}
              proxy: {}
        """)
    assert lines[0].startswith(
        "charter.yaml:8:20: routes[0].stages.access_log.user_agent: Input should be a valid boolean"
    )
    assert lines[1] == (
        "charter.yaml:9:7: routes[0].stages.telepathy: unknown stage 'telepathy'"
        " (known: access_log, network, authenticate, authorize, rights, rate_limit,"
        " validate, privacy_guard, consent, children, capture, disclosure)"
    )
    assert lines[2].startswith("charter.yaml:10:7: routes[0].stages.proxy: proxy always runs last")


def test_stage_problems_come_with_model_problems() -> None:
    problems = _problems("""\
        routes:
          - id: users
            stages:
              telepathy:
        """)
    assert [p.path for p in problems] == ["routes[0].upstream", "routes[0].stages.telepathy"]


@pytest.mark.clause("DATA-3")
def test_messages_never_repeat_a_secret_from_the_file() -> None:
    secret = "hunter2-s3cret-value"
    problems = _problems(f"""\
        store:
          url: mysql://charter:{secret}@db.internal/charter
        upstreams:
          - name: users
            targets: ["http://svc:{secret}@users.internal"]
        routes:
          - id: users
            upstream: users
            max_body_bytes: "{secret}"
        """)
    assert len(problems) == 3
    for problem in problems:
        assert secret not in str(problem)


@pytest.mark.clause("DATA-3")
def test_yaml_errors_do_not_quote_the_source_line() -> None:
    secret = "hunter2-s3cret-value"
    problems = _problems(f"""\
        store:
          url: "postgresql://charter:{secret}@db
        """)
    assert len(problems) == 1
    assert secret not in str(problems[0])


def test_empty_and_non_mapping_files() -> None:
    assert "empty" in _problems("")[0].message
    assert "empty" in _problems("# only a comment\n")[0].message
    assert "mapping" in _problems("- just\n- a list\n")[0].message


def test_unreadable_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "missing.yaml")
    assert str(info.value) == f"{tmp_path / 'missing.yaml'}: cannot read: No such file or directory"
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"service:\n  name: caf\xe9\n")
    with pytest.raises(ConfigError, match="not valid UTF-8"):
        load_config(latin)


def test_problems_print_one_per_line_in_file_order() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config("routes: 5\nlisteners: 3\n", "c.yaml")
    assert str(info.value).splitlines() == [
        "c.yaml:1:1: routes: Input should be a valid list",
        "c.yaml:2:1: listeners: Input should be a valid dictionary or instance of Listeners",
    ]


def _warnings(text: str) -> list[str]:
    return warnings(parse_config(textwrap.dedent(text), "charter.yaml"))


@pytest.mark.clause("SEC-3")
def test_warnings_for_unverified_or_plain_upstreams() -> None:
    found = _warnings("""\
        upstreams:
          - name: lab
            targets: [https://lab.internal, http://10.1.2.3:8080, http://127.0.0.1:9000]
            tls_verify: false
            tls_verify_reason: self-signed lab appliance
        routes: []
        """)
    assert found == [
        "upstreams[0].tls_verify: certificates of upstream 'lab' are not verified"
        " (reason given: self-signed lab appliance)",
        "upstreams[0].targets[1]: plain http to 10.1.2.3:8080; traffic to this upstream is"
        " not encrypted",
    ]


@pytest.mark.clause("SEC-5")
def test_warnings_for_exposed_listeners() -> None:
    found = _warnings("""\
        listeners:
          gateway: {host: 0.0.0.0, port: 80}
        """)
    assert len(found) == 1
    assert found[0].startswith("listeners.gateway.host: listening on all interfaces")
    assert _warnings("""\
        listeners:
          gateway: {host: 0.0.0.0, port: 80}
        trusted_proxies: [10.0.0.0/8]
        """) == []


def test_warnings_for_routes_that_cannot_work_as_written() -> None:
    found = _warnings("""\
        upstreams:
          - name: users
            targets: [http://127.0.0.1:9000]
        routes:
          - id: all
            upstream: users
            match: {path_prefix: /api/}
            strip_prefix: /v1
          - id: shadowed
            upstream: users
            match: {path_prefix: /api/, methods: [GET]}
          - id: other-host
            upstream: users
            match: {path_prefix: /api/, host: api.example.com}
        """)
    assert found == [
        "routes[0].strip_prefix: '/v1' is not a prefix of match.path_prefix '/api/'; paths on"
        " this route are forwarded unchanged",
        "routes[1]: never matched; routes[0] (all) has the same host and path_prefix and takes"
        " the same methods",
    ]


@pytest.mark.clause("DATA-3")
def test_passwords_in_the_file_are_refused_without_repeating_them() -> None:
    lines = _lines("""\
        store:
          url: postgresql://charter:hunter2-s3cret@db.internal/charter
        redis:
          url: redis://:other-s3cret@db.internal:6379/0
        """)
    assert len(lines) == 2
    assert lines[0].startswith("charter.yaml:2:3: store.url: the URL holds a password")
    assert "CHARTER_STORE_URL" in lines[0]
    assert lines[1].startswith("charter.yaml:4:3: redis.url: the URL holds a password")
    assert not any("hunter2" in line or "other-s3cret" in line for line in lines)


@pytest.mark.clause("RET-1")
def test_retention_classes_and_purposes_the_inventory_needs_must_exist() -> None:
    lines = _lines("""\
        retention_classes: {operational: 7d, security: 1y}
        purposes:
          - {name: service_delivery, legal_basis: contract}
        """)
    assert any("retention class 'configuration' must be defined (tables kept under it: "
               "config_snapshots" in line for line in lines)
    assert any("purpose 'operations' must be defined" in line for line in lines)


@pytest.mark.clause("USE-3")
@pytest.mark.clause("SEC-3")
def test_turning_tls_verification_off_without_a_reason_is_located() -> None:
    lines = _lines("""\
        upstreams:
          - name: users
            targets: [https://users.internal]
            tls_verify: false
        """)
    assert lines == [
        "charter.yaml:4:5: upstreams[0].tls_verify: tls_verify: false needs a tls_verify_reason"
    ]


def test_the_shared_digest_ignores_listeners_and_formatting() -> None:
    from charter.config.loader import shared_digest

    base = parse_config("listeners: {gateway: {port: 8080}}\nretention_classes: {operational: 7d,"
                        " security: 1y, configuration: 1y}\n", "a.yaml")
    other_node = parse_config("# node b\nlisteners:\n  gateway: {port: 9090}\n"
                              "retention_classes:\n  operational: 7d\n  security: 1y\n"
                              "  configuration: 1y\n", "b.yaml")
    changed = parse_config("retention_classes: {operational: 8d, security: 1y,"
                           " configuration: 1y}\n", "c.yaml")
    assert shared_digest(base) == shared_digest(other_node)
    assert shared_digest(base) != shared_digest(changed)


@pytest.mark.clause("USE-3")
def test_authentication_references_and_contradictions_are_refused() -> None:
    lines = _lines("""\
        issuers:
          - name: charter
            issuer: https://idp.example
            audiences: [api]
            algorithms: [ES256]
            jwks_url: https://idp.example/jwks
        upstreams:
          - name: up
            targets: [http://127.0.0.1:9000]
        routes:
          - id: a
            upstream: up
            stages:
              authenticate: {issuers: [charter, partner]}
          - id: b
            upstream: up
            visibility: private
            stages:
              authenticate: {methods: [none], reason: open}
              authorize: {scopes: [x]}
        """)
    text = "\n".join(lines)
    assert "issuers[0].name: the name 'charter' is Charter's own" in text
    assert "routes[0].stages.authenticate.issuers: unknown issuer 'partner'" in text
    assert "routes[1].stages.authorize: a route without authentication cannot require" in text
    assert "routes[1].visibility: a private route needs authentication" in text


@pytest.mark.clause("USE-1")
def test_authorization_cannot_be_switched_off() -> None:
    lines = _lines("""\
        upstreams:
          - name: up
            targets: [http://127.0.0.1:9000]
        routes:
          - id: a
            upstream: up
            stages:
              authorize: {enabled: false}
        """)
    assert any("authorization cannot be disabled" in line for line in lines)


@pytest.mark.clause("SEC-5")
def test_the_admin_listener_must_stay_on_loopback() -> None:
    lines = _lines("""\
        listeners:
          admin: {host: 0.0.0.0, port: 8081}
        """)
    assert any(line.startswith("charter.yaml:2:11: listeners.admin.host: an admin listener "
                               "off loopback needs `tls` and an `allow` list") for line in lines)


@pytest.mark.clause("USE-3")
@pytest.mark.parametrize("target", ["http://169.254.169.254", "http://[fd00:ec2::254]",
                                    "http://metadata.google.internal"])
def test_metadata_addresses_are_not_upstreams(target: str) -> None:
    lines = _lines(f"""\
        upstreams:
          - name: meta
            targets: ["{target}"]
        """)
    assert any("upstreams[0].targets[0]: a link-local or cloud metadata address" in line
               for line in lines)
    parse_config(textwrap.dedent(f"""\
        upstreams:
          - name: meta
            targets: ["{target}"]
            allow_link_local: true
        """), "charter.yaml")
