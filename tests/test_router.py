"""Route matching: host, longest prefix at a segment boundary, methods."""

from __future__ import annotations

from charter.config.models import CharterConfig, Route, RouteMatch, Upstream
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.router import Router, compile_route


def _router(*routes: Route) -> Router:
    config = CharterConfig(
        upstreams=[Upstream(name="up", targets=["http://127.0.0.1:9"])], routes=list(routes))
    return Router([compile_route(r, config, Pipeline([])) for r in config.routes])


def _route(route_id: str, prefix: str, methods: list[str] | None = None,
           host: str | None = None, strip: str | None = None) -> Route:
    return Route(id=route_id, upstream="up", strip_prefix=strip,
                 match=RouteMatch(path_prefix=prefix, methods=methods, host=host))


def test_longest_prefix_wins_at_segment_boundaries() -> None:
    router = _router(_route("api", "/api"), _route("orders", "/api/orders"), _route("all", "/"))
    assert router.match("x", "/api/orders/7", "GET")[0].id == "orders"  # type: ignore[union-attr]
    assert router.match("x", "/api/ordersx", "GET")[0].id == "api"  # type: ignore[union-attr]
    assert router.match("x", "/apis", "GET")[0].id == "all"  # type: ignore[union-attr]
    assert router.match("x", "/api", "GET")[0].id == "api"  # type: ignore[union-attr]


def test_methods_and_hosts() -> None:
    router = _router(_route("read", "/items", ["GET", "HEAD"]),
                     _route("tenant", "/items", host="a.example"))
    route, path_matched = router.match("b.example", "/items", "POST")
    assert route is None and path_matched
    assert router.allowed_methods("b.example", "/items") == ["GET", "HEAD"]
    assert router.match("a.example", "/items", "POST")[0].id == "tenant"  # type: ignore[union-attr]
    assert router.match("b.example", "/other", "GET") == (None, False)


def test_strip_prefix() -> None:
    route = _router(_route("api", "/api/", strip="/api"))._routes[0]
    assert route.upstream_path("/api/orders") == "/orders"
    assert route.upstream_path("/api") == "/"
    assert route.upstream_path("/other") == "/other"
