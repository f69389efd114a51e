"""Loading `charter.yaml`: parse, validate, and say exactly where each problem is.

Every problem carries the file, the line and column of the YAML node it concerns, and the field
path (`routes[1].upstream`), so that `charter check` can print `file:line:col: field: message`.
Messages never repeat a value from the file: a mistyped value may be a password or a token.

Validation runs in two passes. The first is the pydantic model (types, formats, ranges) plus
each route's stage options against the stage registry. Only when the model is valid does the
second pass check cross-references (`models.reference_problems`), which need the typed config.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import ipaddress
import json
import os
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ValidationError

from charter.config.models import (
    DEFER_REFERENCES,
    REQUIRED_RETENTION_CLASSES,
    CharterConfig,
    Listener,
    Loc,
    format_loc,
    reference_problems,
)
from charter.dataplane import registry


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a configuration file. `line` and `column` are 1-based; they are
    None when the problem concerns the whole file (for instance, it cannot be read)."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ConfigError(Exception):
    """The configuration is unusable. `problems` lists every problem found, in file order."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


@dataclass(frozen=True)
class LoadedConfig:
    """A validated configuration with the exact text it came from and that text's digest
    (the digest identifies a configuration version: same bytes, same sha256)."""

    config: CharterConfig
    text: str
    path: Path
    sha256: str


def load_config(path: str | os.PathLike[str]) -> LoadedConfig:
    """Read and validate a configuration file. Raises ConfigError (also when the file cannot
    be read or is not UTF-8)."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        problem = ConfigProblem(source, None, None, "", f"cannot read: {reason}")
        raise ConfigError([problem]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError([ConfigProblem(
            source, None, None, "", f"not valid UTF-8 (byte offset {exc.start})"
        )]) from None
    config = parse_config(text, source)
    tls = _listener_tls_problems(config)
    if tls:
        root, _ = _parse_yaml(text, source)
        raise ConfigError(_in_file_order([_problem(source, root, loc, message)
                                          for loc, message in tls]))
    return LoadedConfig(config=config, text=text, path=path, sha256=hashlib.sha256(raw).hexdigest())


def _listener_tls_problems(config: CharterConfig) -> list[tuple[tuple[str | int, ...], str]]:
    """This node's listener certificates must load with their keys. Checked for the file a
    node serves from (`charter check`, start, reload), not for versions read from the store:
    listeners are node-local, and another node's files are not here."""
    from charter.tls import check_files

    problems: list[tuple[tuple[str | int, ...], str]] = []
    for name in ("gateway", "admin"):
        tls = getattr(config.listeners, name).tls
        if tls is None:
            continue
        error = check_files(tls.cert_file, tls.key_file)
        if error is not None:
            problems.append((("listeners", name, "tls", error.field), error.message))
    return problems


def parse_config(text: str, source: str) -> CharterConfig:
    """Validate configuration text; `source` names it in problems. Raises ConfigError."""
    root, data = _parse_yaml(text, source)
    if data is None:
        raise ConfigError([ConfigProblem(
            source, 1, 1, "", "the file is empty (`charter init` writes a starter file)"
        )])
    if not isinstance(data, dict):
        raise ConfigError([_problem(source, root, (), "the top level must be a mapping of keys")])

    problems = _stage_problems(data, root, source)
    try:
        config = CharterConfig.model_validate(data, context={DEFER_REFERENCES: True})
    except ValidationError as exc:
        problems += _validation_problems(exc, root, source, CharterConfig)
        raise ConfigError(_in_file_order(problems)) from None
    problems += [
        _problem(source, root, found.loc, found.message) for found in reference_problems(config)
    ]
    problems += [_problem(source, root, loc, message) for loc, message in _policy_problems(config)]
    if problems:
        raise ConfigError(_in_file_order(problems))
    return config


def shared_digest(config: CharterConfig) -> str:
    """What identifies a configuration across nodes: everything but the node-local listeners,
    canonically encoded (so formatting and comments do not count either)."""
    shared = config.model_dump(mode="json", exclude={"listeners"})
    encoded = json.dumps(shared, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def warnings(config: CharterConfig) -> list[str]:
    """Things the configuration allows but an operator should know about, one line each."""
    from charter.governance.checks import config_warnings as governance_warnings

    found: list[str] = []
    for i, upstream in enumerate(config.upstreams):
        if not upstream.tls_verify:
            found.append(
                f"upstreams[{i}].tls_verify: certificates of upstream {upstream.name!r} are not"
                f" verified (reason given: {upstream.tls_verify_reason})"
            )
        for j, target in enumerate(upstream.parsed_targets):
            if target.scheme == "http" and not _is_loopback(target.host):
                found.append(
                    f"upstreams[{i}].targets[{j}]: plain http to {target.authority}; traffic to"
                    " this upstream is not encrypted"
                )
    gateway = config.listeners.gateway
    if gateway.host in {"0.0.0.0", "::", ""} and not config.trusted_proxies:  # noqa: S104
        found.append(
            "listeners.gateway.host: listening on all interfaces without trusted_proxies;"
            " X-Forwarded-For is ignored and client addresses are the connecting peers"
        )
    found += _route_warnings(config)
    found += governance_warnings(config)
    return found


def _route_warnings(config: CharterConfig) -> list[str]:
    found: list[str] = []
    for i, route in enumerate(config.routes):
        prefix, strip = route.match.path_prefix, route.strip_prefix
        if strip and not prefix.startswith(strip) and not strip.startswith(prefix):
            found.append(
                f"routes[{i}].strip_prefix: {strip!r} is not a prefix of match.path_prefix"
                f" {prefix!r}; paths on this route are forwarded unchanged"
            )
        # The router tries routes of equal prefix in file order, so an earlier route with the
        # same host and prefix that takes every method of a later one hides it completely.
        for j, earlier in enumerate(config.routes[:i]):
            if (earlier.match.host, earlier.match.path_prefix) != (route.match.host, prefix):
                continue
            covered = earlier.match.methods is None or (
                route.match.methods is not None
                and set(route.match.methods) <= set(earlier.match.methods)
            )
            if covered:
                found.append(
                    f"routes[{i}]: never matched; routes[{j}] ({earlier.id}) has the same host"
                    " and path_prefix and takes the same methods"
                )
                break
    return found


def _approval_problems(config: CharterConfig) -> list[tuple[tuple[str | int, ...], str]]:
    """Special-category data passes a route only under a recorded, current approval."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    today = datetime.date.today()
    for index, route in enumerate(config.routes):
        guard = route.stages.get("privacy_guard")
        if guard is None:
            guard = {}
        loc = ("routes", index, "stages", "privacy_guard")
        approval_id = guard.get("approval")
        approval = None
        if approval_id is not None:
            try:
                approval = config.approval(str(approval_id))
            except KeyError:
                problems.append(((*loc, "approval"), f"unknown approval {approval_id!r}"))
                continue
            if approval.expires is not None and approval.expires < today:
                problems.append(((*loc, "approval"),
                                 f"approval {approval.id!r} expired on {approval.expires}"))
                continue
        if guard.get("enabled") is False and approval is None:
            problems.append(((*loc, "enabled"), "turning the privacy guard off lets "
                             "special-category data through unchecked; it needs an `approval`"))
        for direction in ("request", "response"):
            policy = guard.get(direction) or {}
            action = policy.get("special_category", "block") if isinstance(policy, dict) else None
            if action in ("allow", "flag") and approval is None:
                problems.append(((*loc, direction, "special_category"),
                                 f"`{action}` lets special-category data through; it needs an "
                                 "`approval` (id, use case, approver, date, controls)"))
    return problems


def _policy_problems(config: CharterConfig) -> list[tuple[tuple[str | int, ...], str]]:
    """What the rest of Charter needs from a configuration, beyond its own consistency."""
    from charter.capture.policy import capture_config_problems
    from charter.governance.checks import config_problems as governance_problems
    from charter.privacy import inventory

    problems: list[tuple[tuple[str | int, ...], str]] = []
    for section, env, url in (("store", "CHARTER_STORE_URL", config.store.url),
                              ("redis", "CHARTER_REDIS_URL", config.redis.url)):
        if url and _has_password(url):
            # The file is kept in the store as a configuration snapshot: a secret in it would
            # be stored, and shown to whoever may read configuration.
            problems.append(((section, "url"), f"the URL holds a password; secrets come only "
                             f"from the environment or the keyring: set {env} instead"))
    admin = config.listeners.admin
    if not admin.is_loopback and (admin.tls is None or not admin.allow):
        # Off loopback, the admin plane needs TLS and an allow-list of operator networks.
        problems.append((("listeners", "admin", "host"), "an admin listener off loopback "
                         "needs `tls` and an `allow` list of operator networks"))
    for name in ("gateway", "admin"):
        tls = getattr(config.listeners, name).tls
        for field in ("cert_file", "key_file"):
            if tls is not None and not os.access(getattr(tls, field), os.R_OK):
                problems.append((("listeners", name, "tls", field), "the file cannot be read"))
    for index, upstream in enumerate(config.upstreams):
        for name in ("ca_file", "client_cert_file", "client_key_file"):
            path = getattr(upstream, name)
            if path is not None and not os.access(path, os.R_OK):
                problems.append((("upstreams", index, name), "the file cannot be read"))
        if upstream.allow_link_local:
            continue
        for position, target in enumerate(upstream.parsed_targets):
            if _metadata_host(target.host):
                problems.append((("upstreams", index, "targets", position),
                                 "a link-local or cloud metadata address is not an upstream "
                                 "(set allow_link_local: true if it really is one)"))
    issuer_names = [issuer.name for issuer in config.issuers]
    for index, name in enumerate(issuer_names):
        if name == "charter":
            problems.append((("issuers", index, "name"), "the name 'charter' is Charter's own "
                             "token issuer; give this issuer another name"))
        elif name in issuer_names[:index]:
            problems.append((("issuers", index, "name"), f"duplicate issuer name {name!r}"))
    known = {"charter", *issuer_names}
    for index, route in enumerate(config.routes):
        authenticate = route.stages.get("authenticate") or {}
        for name in authenticate.get("issuers") or ():
            if name not in known:
                problems.append((("routes", index, "stages", "authenticate", "issuers"),
                                 f"unknown issuer {name!r} (known: {', '.join(sorted(known))})"))
        authorize = route.stages.get("authorize") or {}
        if authenticate.get("methods") == ["none"] and any(
                authorize.get(k) for k in ("scopes", "organizations", "tenant")):
            problems.append((("routes", index, "stages", "authorize"),
                             "a route without authentication cannot require scopes, "
                             "organizations or a tenant: every request would be refused"))
        if authenticate.get("methods") == ["none"] and route.visibility == "private":
            problems.append((("routes", index, "visibility"),
                             "a private route needs authentication (machine clients only)"))
    problems.extend(_approval_problems(config))
    problems.extend(capture_config_problems(config))
    problems.extend(governance_problems(config))
    purposes = {p.name for p in config.purposes}
    missing_classes: dict[str, list[str]] = {}
    missing_purposes: dict[str, list[str]] = {}
    for record in inventory.records():
        if (record.retention not in config.retention_classes
                and record.retention not in REQUIRED_RETENTION_CLASSES):
            missing_classes.setdefault(record.retention, []).append(record.table)
        for purpose in record.purposes:
            if purpose not in purposes:
                missing_purposes.setdefault(purpose, []).append(record.table)
    for name, tables in missing_classes.items():
        problems.append((("retention_classes",), f"retention class {name!r} must be defined "
                         f"(tables kept under it: {', '.join(tables)})"))
    for name, tables in missing_purposes.items():
        problems.append((("purposes",), f"purpose {name!r} must be defined (tables processed "
                         f"for it: {', '.join(tables)})"))
    return problems


_METADATA_NAMES = frozenset({"metadata", "metadata.google.internal", "instance-data",
                             "instance-data.ec2.internal"})
_LINK_LOCAL = (ipaddress.ip_network("169.254.0.0/16"), ipaddress.ip_network("fe80::/10"),
               ipaddress.ip_network("fd00:ec2::254/128"))


def _metadata_host(host: str) -> bool:
    """Link-local addresses and the names clouds give their instance metadata services."""
    if host.lower().rstrip(".") in _METADATA_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return any(address in net for net in _LINK_LOCAL)


def _has_password(url: str) -> bool:
    try:
        return urlsplit(url).password is not None
    except ValueError:
        return False


def _is_loopback(host: str) -> bool:
    return Listener(host=host).is_loopback


# --- YAML -------------------------------------------------------------------------------------

_MERGE_KEY = "<<"


def _parse_yaml(text: str, source: str) -> tuple[yaml.Node | None, Any]:
    """The composed node tree (for locating problems) and the constructed data."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        duplicates = _duplicate_keys(root, source)
        if duplicates:
            raise ConfigError(duplicates)
        return root, loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        raise ConfigError([_yaml_problem(exc, source)]) from None
    except yaml.YAMLError as exc:  # reader errors (control characters) carry no mark
        raise ConfigError([ConfigProblem(source, None, None, "", type(exc).__name__)]) from None
    finally:
        loader.dispose()


def _yaml_problem(exc: yaml.MarkedYAMLError, source: str) -> ConfigProblem:
    # Only the problem and context texts: str(exc) would quote the offending source line,
    # which may hold a secret.
    mark = exc.problem_mark or exc.context_mark
    message = "; ".join(part for part in (exc.context, exc.problem) if part) or "invalid YAML"
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    return ConfigProblem(source, line, column, "", f"YAML: {message}")


def _duplicate_keys(root: yaml.Node, source: str) -> list[ConfigProblem]:
    """Every key repeated in the same mapping (YAML loaders silently keep the last one)."""
    problems: list[ConfigProblem] = []
    seen_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())]
    while stack:
        node, loc = stack.pop()
        if id(node) in seen_nodes:  # aliases share nodes, and may even form cycles
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first_line: dict[tuple[str, str], int] = {}
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.value == _MERGE_KEY:
                    stack.append((value, loc))
                    continue
                ident = (key.tag, key.value)
                if ident in first_line:
                    problems.append(ConfigProblem(
                        source, key.start_mark.line + 1, key.start_mark.column + 1,
                        format_loc((*loc, key.value)),
                        f"duplicate key {key.value!r} (first on line {first_line[ident]})",
                    ))
                else:
                    first_line[ident] = key.start_mark.line + 1
                stack.append((value, (*loc, key.value)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*loc, index)) for index, item in enumerate(node.value))
    return _in_file_order(problems)


def _locate(root: yaml.Node | None, loc: Loc) -> yaml.Mark | None:
    """The mark of the node at `loc`, or of its nearest existing parent. For a mapping entry
    the mark is its key's, which is where a reader looks for `field: value`."""
    if root is None:
        return None
    node: yaml.Node = root
    mark: yaml.Mark = root.start_mark
    for step in loc:
        if isinstance(node, yaml.MappingNode):
            entry = None
            for key, value in node.value:  # the last match wins, as when constructing
                if isinstance(key, yaml.ScalarNode) and key.value == str(step):
                    entry = (key, value)
            if entry is None:
                break
            mark, node = entry[0].start_mark, entry[1]
        elif (isinstance(node, yaml.SequenceNode) and isinstance(step, int)
              and 0 <= step < len(node.value)):
            node = node.value[step]
            mark = node.start_mark
        else:
            break
    return mark


def _problem(source: str, root: yaml.Node | None, loc: Loc, message: str) -> ConfigProblem:
    mark = _locate(root, loc)
    if mark is None:
        return ConfigProblem(source, None, None, format_loc(loc), message)
    return ConfigProblem(source, mark.line + 1, mark.column + 1, format_loc(loc), message)


def _in_file_order(problems: list[ConfigProblem]) -> list[ConfigProblem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0, p.path))


# --- validation errors ------------------------------------------------------------------------

_PYDANTIC_PREFIXES = ("Value error, ", "Assertion failed, ")


def _validation_problems(
    exc: ValidationError, root: yaml.Node | None, source: str, model: type[BaseModel],
    prefix: Loc = (),
) -> list[ConfigProblem]:
    problems = []
    for error in exc.errors(include_url=False):
        # "[key]" marks an error in a dict key rather than its value; the path names the key.
        rel: Loc = tuple(step for step in error["loc"] if step != "[key]")
        problems.append(_problem(
            source, root, (*prefix, *rel), _message(error, model, rel)
        ))
    return problems


def _message(error: Any, model: type[BaseModel], loc: Loc) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden" and loc:
        name = str(loc[-1])
        known = _fields_at(model, loc[:-1])
        if known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = (f"did you mean {close[0]!r}?" if close
                    else f"expected one of: {', '.join(known)}")
            return f"unknown field {name!r} ({hint})"
        return f"unknown field {name!r}"
    message = str(error["msg"])
    for pydantic_prefix in _PYDANTIC_PREFIXES:
        message = message.removeprefix(pydantic_prefix)
    # pydantic's own messages do not quote the input, but a validator's message might.
    value = error.get("input")
    if isinstance(value, str) and len(value) >= 6 and value in message:
        message = message.replace(value, "(value hidden)")
    return message


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str] | None:
    """The field names of the model found by following `loc` from `model`, if any."""
    current: Any = model
    for step in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(step))
            if field is None:
                return None
            current = field.annotation
            continue
        origin, args = typing.get_origin(current), typing.get_args(current)
        if origin is list and isinstance(step, int) and args:
            current = args[0]
        elif origin is dict and isinstance(step, str) and len(args) == 2:
            current = args[1]
        else:
            return None
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return None


def _unwrap(annotation: Any) -> Any:
    """`X | None` and `Annotated[X, ...]` → X."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


def _stage_problems(
    data: dict[str, Any], root: yaml.Node | None, source: str
) -> list[ConfigProblem]:
    """Each route's `stages` entries, checked against the stage registry.

    Runs on the raw data so that stage problems are reported together with model problems;
    shapes the model rejects anyway (a route that is not a mapping...) are skipped here.
    """
    problems: list[ConfigProblem] = []
    routes = data.get("routes")
    if not isinstance(routes, list):
        return problems
    known = [name for name in registry.stage_names() if name != registry.TERMINAL]
    for index, route in enumerate(routes):
        stages = route.get("stages") if isinstance(route, dict) else None
        if not isinstance(stages, dict):
            continue
        for name, options in stages.items():
            loc: Loc = ("routes", index, "stages", str(name))
            problems += _check_stage(str(name), options, known, root, source, loc)
    return problems


def _check_stage(
    name: str, options: Any, known: Iterable[str], root: yaml.Node | None, source: str, loc: Loc
) -> list[ConfigProblem]:
    if name == registry.TERMINAL:
        return [_problem(source, root, loc, (
            "proxy always runs last and takes no options here; set the route's upstream and"
            " timeouts instead"
        ))]
    if options is None:
        options = {}
    if not isinstance(options, dict):
        return []  # the model reports that the options must be a mapping
    try:
        registry.validate_stage_options(name, options)
    except KeyError:
        return [_problem(source, root, loc, f"unknown stage {name!r} (known: {', '.join(known)})")]
    except ValidationError as exc:
        model = registry.stage_class(name).Options
        return _validation_problems(exc, root, source, model, prefix=loc)
    return []
