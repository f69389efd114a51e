"""The documentation, tested: what the code has, the docs must mention, and their examples run.

Each test names a source of truth in the code (the configuration models, the CLI parser, the
problem codes in the data plane, the privacy inventory, the stage registry, the metrics) and
fails when `docs/` falls behind it. Examples in the docs are executed or validated, so they
cannot rot either. Run `python tests/test_docs.py` to print the generated inventory section of
docs/privacy.md.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import time
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from charter.cli import build_parser
from charter.config.loader import parse_config
from charter.config.models import CharterConfig, Route, Upstream
from charter.dataplane import exchange, registry
from charter.dataplane.context import RequestContext
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply
from charter.dataplane.services import Services
from charter.dataplane.stage import Stage, StageOptions
from charter.metrics import _HELP, MetricsHub, WorkerMetrics
from charter.privacy import inventory
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.settings import ENV_KEYRING, ENV_REDIS_URL, ENV_STORE_URL, ENV_VAR_DIR

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATAPLANE = ROOT / "src" / "charter" / "dataplane"
PAGES = sorted(DOCS.glob("*.md"))

INVENTORY_BEGIN = "<!-- inventory:begin -->"
INVENTORY_END = "<!-- inventory:end -->"


def page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def mentions(text: str, name: str) -> bool:
    """`name` appears as inline code: `name`, or at the start of a longer code span."""
    return re.search(rf"`{re.escape(name)}[`\s:=(]", text) is not None


# --- code blocks ------------------------------------------------------------------------------

@dataclass(frozen=True)
class CodeBlock:
    path: Path
    line: int  # of the opening fence, 1-based
    lang: str
    text: str
    marker: str | None  # the `<!-- docs-test: NAME -->` comment right above the fence, if any

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


_FENCE = re.compile(r"^([ \t]*)```(\S*)")
_MARKER = re.compile(r"^\s*<!-- docs-test: ([a-z0-9-]+) -->\s*$")


def code_blocks(path: Path) -> Iterator[CodeBlock]:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, lang = opening.groups()
        start = index
        body: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip() != "```":
            body.append(lines[index].removeprefix(indent))
            index += 1
        marked = _MARKER.match(lines[start - 1]) if start else None
        yield CodeBlock(path, start + 1, lang, "\n".join(body) + "\n",
                        marked.group(1) if marked else None)
        index += 1


def marked_block(name: str, marker: str) -> CodeBlock:
    found = [b for b in code_blocks(DOCS / name) if b.marker == marker]
    assert len(found) == 1, f"expected one block marked docs-test: {marker} in docs/{name}"
    return found[0]


def without_code(text: str) -> str:
    """Markdown text with fenced code blocks and inline code removed (for finding links)."""
    text = re.sub(r"^([ \t]*)```.*?^\1```[ \t]*$", "", text, flags=re.M | re.S)
    return re.sub(r"`[^`\n]*`", "", text)


# --- configuration ----------------------------------------------------------------------------

def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The pydantic models inside a field annotation (through lists, dicts, unions...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


def config_fields(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(dotted path, field name) for every field of `model` and of the models inside it."""
    for name, field in model.model_fields.items():
        yield f"{prefix}{name}", name
        for inner in _models_in(field.annotation):
            yield from config_fields(inner, f"{prefix}{name}.")


def test_the_field_walk_reaches_nested_models() -> None:
    paths = {path for path, _ in config_fields(CharterConfig)}
    assert {"listeners.gateway.port", "routes.match.methods", "routes.timeouts.read",
            "upstreams.eject_for", "purposes.legal_basis", "limits.body_timeout"} <= paths


def test_every_configuration_key_is_documented() -> None:
    text = page("configuration.md")
    missing = [path for path, name in config_fields(CharterConfig) if not mentions(text, name)]
    assert not missing, f"keys of charter.yaml not described in docs/configuration.md: {missing}"


def _all_fields_written(model: BaseModel, where: str) -> Iterator[str]:
    for name in type(model).model_fields:
        if name not in model.model_fields_set:
            yield f"{where}{name}"
            continue
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if isinstance(item, BaseModel):
                suffix = f"[{index}]." if isinstance(value, list) else "."
                yield from _all_fields_written(item, f"{where}{name}{suffix}")


def test_the_defaults_example_writes_out_every_default() -> None:
    block = marked_block("configuration.md", "defaults")
    config = parse_config(block.text, block.where)

    not_written = list(_all_fields_written(config, ""))
    assert not not_written, f"{block.where}: keys missing from the defaults example: {not_written}"

    defaults = CharterConfig()
    sections = set(CharterConfig.model_fields) - {"upstreams", "routes"}
    for section in sorted(sections):
        assert getattr(config, section) == getattr(defaults, section), (
            f"{block.where}: {section} does not show the defaults")
    assert config.upstreams and config.routes
    for upstream in config.upstreams:
        assert upstream == Upstream(name=upstream.name, targets=upstream.targets), (
            f"{block.where}: upstream {upstream.name!r} does not show the defaults")
    for route in config.routes:
        assert route == Route(id=route.id, upstream=route.upstream), (
            f"{block.where}: route {route.id!r} does not show the defaults")


# --- YAML examples ----------------------------------------------------------------------------

def _config_examples() -> list[CodeBlock]:
    return [block for path in PAGES for block in code_blocks(path)
            if block.lang == "yaml" and re.search(r"^\s*(routes|listeners):", block.text, re.M)]


def test_the_yaml_examples_are_found() -> None:
    assert len(_config_examples()) >= 3


@pytest.mark.parametrize("block", _config_examples(), ids=lambda b: b.where)
def test_yaml_example_is_a_valid_configuration(
    block: CodeBlock, monkeypatch: pytest.MonkeyPatch
) -> None:
    if block.path.name == "extending.md":
        # That page's examples configure the stage it shows how to add.
        register(monkeypatch, example_stage_module(monkeypatch))
    parse_config(block.text, block.where)


# --- the CLI ----------------------------------------------------------------------------------

def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def cli_commands() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """("charter keyring rotate", its parser) for every command the parser has."""
    def walk(prefix: str, parser: argparse.ArgumentParser) -> Iterator[
            tuple[str, argparse.ArgumentParser]]:
        for name, sub in _subparsers(parser).items():
            yield f"{prefix} {name}", sub
            yield from walk(f"{prefix} {name}", sub)

    yield from walk("charter", build_parser())


def test_every_cli_command_and_option_is_documented() -> None:
    text = page("running.md")
    commands = dict(cli_commands())
    assert {"charter init", "charter serve", "charter keyring retire"} <= set(commands)
    missing = [command for command in commands if command not in text]
    assert not missing, f"commands not described in docs/running.md: {missing}"
    for command, parser in commands.items():
        for action in parser._actions:
            for option in action.option_strings:
                if option not in {"-h", "--help"}:
                    assert f"`{option}" in text, f"{command} {option} is not in docs/running.md"


def test_every_settings_environment_variable_is_documented() -> None:
    text = page("running.md")
    for name in (ENV_KEYRING, ENV_STORE_URL, ENV_REDIS_URL, ENV_VAR_DIR):
        assert mentions(text, name), name


# --- problem codes ----------------------------------------------------------------------------

_PROBLEM_CALL = re.compile(r'\bproblem\(\s*(\d{3})\s*,\s*"([a-z_]+)"')
_UPSTREAM_ERROR = re.compile(r'\bUpstreamError\(\s*"([a-z_]+)"')
_UPSTREAM_CODE = re.compile(r'"(upstream_[a-z_]+)"')
_TABLE_ROW = re.compile(r"^\|\s*(\d{3})\s*\|\s*`([a-z_]+)`\s*\|", re.M)


def dataplane_problems() -> dict[str, set[int]]:
    """Every problem code the data plane can answer with, and its statuses."""
    found: dict[str, set[int]] = {}
    for source in sorted(DATAPLANE.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        for status, code in _PROBLEM_CALL.findall(text):
            found.setdefault(code, set()).add(int(status))
        upstream_codes = set(_UPSTREAM_ERROR.findall(text))
        if source.name == "upstream.py":  # where the connect errors are chosen
            upstream_codes |= set(_UPSTREAM_CODE.findall(text))
        for code in upstream_codes:
            # The exchange turns an upstream error into a problem with this status.
            found.setdefault(code, set()).add(exchange._ERROR_STATUS.get(code, 502))
    return found


def documented_problems() -> dict[str, set[int]]:
    rows: dict[str, set[int]] = {}
    for status, code in _TABLE_ROW.findall(page("gateway.md")):
        rows.setdefault(code, set()).add(int(status))
    return rows


def test_the_problem_code_scan_finds_codes() -> None:
    found = dataplane_problems()
    assert found["no_route"] == {404}
    assert found["upstream_unreachable"] == {502}
    assert found["upstream_timeout"] == {504}


def test_every_problem_code_of_the_gateway_is_documented_with_its_status() -> None:
    found, documented = dataplane_problems(), documented_problems()
    for code, statuses in sorted(found.items()):
        assert code in documented, f"problem code {code!r} is not in the table in docs/gateway.md"
        assert documented[code] == statuses, (
            f"docs/gateway.md gives {code!r} status {sorted(documented[code])}, "
            f"the code answers {sorted(statuses)}")
    stale = sorted(set(documented) - set(found))
    assert not stale, f"docs/gateway.md documents codes the gateway no longer has: {stale}"


# --- the privacy inventory --------------------------------------------------------------------

def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"`{value}`" for value in values) or "none"


def inventory_section() -> str:
    """The inventory part of docs/privacy.md, generated from the registered declarations."""
    lines = [
        INVENTORY_BEGIN,
        "| table | personal data about | categories | purposes | legal basis | retention class"
        " | age measured by | erasure |",
        "|---|---|---|---|---|---|---|---|",
    ]
    records = list(inventory.records())
    for record in records:
        about = (f"{_codes(record.subjects)}, keyed by `{record.subject_column}`"
                 if record.holds_personal_data else "nobody")
        erasure = f"`{record.erasure}`"
        if record.anonymise_columns:
            erasure += f" ({_codes(record.anonymise_columns)})"
        age = f"`{record.time_column}`" if record.time_column else "not aged"
        lines.append(
            f"| `{record.table}` | {about} | {_codes(record.categories)}"
            f" | {_codes(record.purposes)} | `{record.legal_basis}` | `{record.retention}`"
            f" | {age} | {erasure} |"
        )
    lines.append("")
    lines += [f"- `{record.table}`: {record.description}" for record in records]
    lines.append(INVENTORY_END)
    return "\n".join(lines)


def test_every_registered_table_is_on_the_privacy_page() -> None:
    text = page("privacy.md")
    for record in inventory.records():
        assert mentions(text, record.table), f"table {record.table!r} is not in docs/privacy.md"


def test_the_inventory_section_matches_the_declarations() -> None:
    text = page("privacy.md")
    start, end = text.find(INVENTORY_BEGIN), text.find(INVENTORY_END)
    assert 0 <= start < end, f"docs/privacy.md needs {INVENTORY_BEGIN} ... {INVENTORY_END}"
    expected = inventory_section()
    assert text[start:end + len(INVENTORY_END)] == expected, (
        "the inventory section of docs/privacy.md is out of date; replace it with the output"
        " of `python tests/test_docs.py`")


# --- stages -----------------------------------------------------------------------------------

def _stage_rows() -> dict[str, str]:
    """The rows of the stage table in docs/gateway.md, by stage name."""
    section = page("gateway.md").partition("\n## Pipeline stages\n")[2].partition("\n## ")[0]
    rows = re.findall(r"^\|\s*(?:\d+|last)\s*\|\s*`([a-z_]+)`\s*\|(.*)$", section, flags=re.M)
    return dict(rows)


def test_every_stage_and_its_options_are_documented() -> None:
    rows = _stage_rows()
    for stage in registry.STAGES:
        assert stage.name in rows, (
            f"stage {stage.name!r} has no row in the stage table of docs/gateway.md")
        for option in stage.Options.model_fields:
            assert mentions(rows[stage.name], option), (
                f"option {option!r} of stage {stage.name!r} is not in its row in docs/gateway.md")
    assert registry.TERMINAL in rows
    # The order of the table is the order of the registry.
    assert list(rows) == registry.stage_names()


class _Rows:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def put(self, row: dict[str, Any]) -> bool:
        self.rows.append(row)
        return True


def example_stage_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """The example stage of docs/extending.md, loaded as a module of its own."""
    block = marked_block("extending.md", "example-stage")
    module = types.ModuleType("charter_docs_example_stage")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(block.text, block.where, "exec"), module.__dict__)
    return module


def _stages_in(module: types.ModuleType) -> list[type[Stage]]:
    return [obj for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, Stage)
            and obj.__module__ == module.__name__]


def register(monkeypatch: pytest.MonkeyPatch, module: types.ModuleType) -> None:
    """Add the module's stages to the registry, as the page's "one line" does."""
    stages = _stages_in(module)
    monkeypatch.setattr(registry, "STAGES", (*registry.STAGES, *stages))
    for stage in stages:
        monkeypatch.setitem(registry._BY_NAME, stage.name, stage)


def _context(*headers: tuple[bytes, bytes]) -> RequestContext:
    return RequestContext(
        "GET", "/", "/", "", list(headers), request_id="docs-1", client_ip="203.0.113.7",
        peer_ip="203.0.113.7", scheme="http", host="api.example", http_version="1.1",
        started=time.perf_counter(),
    )


def test_the_example_stage_runs_through_a_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    module = example_stage_module(monkeypatch)
    stages = _stages_in(module)
    assert len(stages) == 1, "the example block should define exactly one stage"
    stage_class = stages[0]
    assert issubclass(stage_class.Options, StageOptions)
    assert stage_class.Options is not StageOptions, "the example should show an Options model"

    # Registered and configured the way the page says, it is built into a route's pipeline.
    register(monkeypatch, module)
    config = parse_config(marked_block("extending.md", "example-config").text, "example")
    keyring = Keyring.generate()
    services = Services(config=config, keyring=keyring, pseudonymizer=Pseudonymizer(keyring),
                        access_log=_Rows())
    pipeline = Pipeline.build(config.routes[0], services)
    assert [type(stage) for stage in pipeline.stages][-1] is stage_class

    ctx = _context((b"host", b"api.example"))
    outcome = pipeline.run_request(ctx)
    if outcome is not None and not isinstance(outcome, Reply):
        outcome = asyncio.run(_settle(outcome))
    assert outcome is None or isinstance(outcome, Reply)
    ctx.status = outcome.status if outcome else 200
    pipeline.run_response(ctx, ctx.status)
    pipeline.run_complete(ctx)
    assert len(services.access_log.rows) == 1  # type: ignore[attr-defined]

    # The page's own usage example, with its assertions, runs against the same module.
    usage = marked_block("extending.md", "example-usage")
    exec(compile(usage.text, usage.where, "exec"), dict(vars(module)))


async def _settle(pending: Any) -> Reply | None:
    result: Reply | None = await pending
    return result


def test_the_waiting_stage_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    block = marked_block("extending.md", "waiting-stage")
    module = types.ModuleType("charter_docs_waiting_stage")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(block.text, block.where, "exec"), module.__dict__)
    (stage_class,) = _stages_in(module)
    keyring = Keyring.generate()
    services = Services(config=CharterConfig(), keyring=keyring,
                        pseudonymizer=Pseudonymizer(keyring), access_log=_Rows())
    stage = stage_class(stage_class.Options(), Route(id="api", upstream="api"), services)
    pending = Pipeline([stage]).run_request(_context())
    assert pending is not None and not isinstance(pending, Reply), "it should have to wait"
    assert asyncio.run(_settle(pending)) is None


# --- metrics ----------------------------------------------------------------------------------

_METRIC_NAME_CALL = re.compile(r'\.(?:set_total|set_gauge|add)\(\s*"([a-z_]+)"')


def test_every_metric_family_is_documented() -> None:
    text = page("operations.md")
    metrics = WorkerMetrics()
    metrics.observe("orders", 200, 0.01)
    hub = MetricsHub()
    hub.update("0", metrics.snapshot())
    families = re.findall(r"^# TYPE (\S+) ", hub.render(), flags=re.M)
    assert "charter_requests_total" in families

    named = set(_HELP)
    for source in (ROOT / "src" / "charter").rglob("*.py"):
        named |= set(_METRIC_NAME_CALL.findall(source.read_text(encoding="utf-8")))
    names = set(families) | {f"charter_{name}" for name in named}
    missing = sorted(name for name in names if name not in text)
    assert not missing, f"metrics not described in docs/operations.md: {missing}"


# --- links ------------------------------------------------------------------------------------

_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _slug(heading: str) -> str:
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown file."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    text = re.sub(r"^([ \t]*)```.*?^\1```[ \t]*$", "", path.read_text(encoding="utf-8"),
                  flags=re.M | re.S)
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, flags=re.M):
        slug = _slug(heading)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def _link_sources() -> list[Path]:
    return [*PAGES, ROOT / "README.md"]


@pytest.mark.parametrize("source", _link_sources(), ids=lambda p: p.name)
def test_relative_links_resolve(source: Path) -> None:
    broken = []
    for target in _LINK.findall(without_code(source.read_text(encoding="utf-8"))):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        destination = (source.parent / file_part).resolve() if file_part else source
        if not destination.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and destination.suffix == ".md" and anchor not in anchors(destination):
            broken.append(f"{target} (no such heading)")
    assert not broken, f"{source.relative_to(ROOT)}: broken links: {broken}"


def test_the_index_links_every_page() -> None:
    linked = {target.partition("#")[0] for target in _LINK.findall(page("index.md"))}
    orphans = [p.name for p in PAGES if p.name != "index.md" and p.name not in linked]
    assert not orphans, f"pages docs/index.md does not link to: {orphans}"


# --- client duties ----------------------------------------------------------------------------

@pytest.mark.clause("CLIENT-5")
def test_the_client_duties_are_documented() -> None:
    text = page("client-duties.md")
    headings = re.findall(r"^#{2,3}\s+(.+)$", text, flags=re.M)
    for number in range(1, 6):
        clause = f"CLIENT-{number}"
        assert any(clause in heading for heading in headings), (
            f"docs/client-duties.md has no section for {clause}")


if __name__ == "__main__":
    print(inventory_section())
