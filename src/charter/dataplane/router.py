"""Route matching: host, longest path prefix, method; compiled once per configuration."""

from __future__ import annotations

from dataclasses import dataclass

from charter.config.models import METHODS, CharterConfig, Route
from charter.dataplane.pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class CompiledRoute:
    """A route ready for the hot path: its pipeline built, its limits resolved."""

    id: str
    config: Route
    host: str | None
    prefix: str
    methods: frozenset[str] | None
    strip_prefix: str | None
    max_body_bytes: int
    connect_timeout: float
    read_timeout: float
    upstream: str
    pipeline: Pipeline

    def matches_path(self, path: str) -> bool:
        prefix = self.prefix
        if prefix == "/" or path == prefix:
            return True
        if not path.startswith(prefix):
            return False
        # "/api" must not match "/apis": the prefix ends at a segment boundary.
        return prefix.endswith("/") or path[len(prefix)] == "/"

    def upstream_path(self, path: str) -> str:
        strip = self.strip_prefix
        if strip and (path == strip or path.startswith(strip)):
            rest = path[len(strip):]
            if not rest.startswith("/"):
                rest = "/" + rest
            return rest
        return path


class Router:
    """Finds the route for a request. Routes are tried longest prefix first."""

    __slots__ = ("_cache", "_routes")

    def __init__(self, routes: list[CompiledRoute]) -> None:
        self._routes = sorted(routes, key=lambda r: (-len(r.prefix), r.host is None))
        self._cache: dict[tuple[str, str], CompiledRoute | None] = {}

    @property
    def routes(self) -> list[CompiledRoute]:
        return list(self._routes)

    def match(self, host: str, path: str, method: str) -> tuple[CompiledRoute | None, bool]:
        """The route, and whether some route matched the path but not the method (405)."""
        path_matched = False
        for route in self._routes:
            if route.host is not None and route.host != host:
                continue
            if not route.matches_path(path):
                continue
            if route.methods is not None and method not in route.methods:
                path_matched = True
                continue
            return route, False
        return None, path_matched


    def allowed_methods(self, host: str, path: str) -> list[str]:
        """Methods some route takes for this host and path (for a 405's Allow header)."""
        methods: set[str] = set()
        for route in self._routes:
            if (route.host is None or route.host == host) and route.matches_path(path):
                if route.methods is None:
                    return sorted(METHODS)
                methods.update(route.methods)
        return sorted(methods)


def compile_route(route: Route, config: CharterConfig, pipeline: Pipeline) -> CompiledRoute:
    upstream = config.upstream(route.upstream)
    return CompiledRoute(
        id=route.id,
        config=route,
        host=route.match.host,
        prefix=route.match.path_prefix,
        methods=frozenset(route.match.methods) if route.match.methods else None,
        strip_prefix=route.strip_prefix,
        max_body_bytes=route.max_body_bytes,
        connect_timeout=(route.timeouts.connect if route.timeouts.connect is not None
                         else upstream.connect_timeout),
        read_timeout=(route.timeouts.read if route.timeouts.read is not None
                      else upstream.read_timeout),
        upstream=route.upstream,
        pipeline=pipeline,
    )
