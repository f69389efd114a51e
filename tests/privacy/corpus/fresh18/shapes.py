"""Envelopes and encodings shared by the families (no personal data of their own)."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from typing import Any
from urllib.parse import urlencode

from .ctx import Ctx

PAGE_KEYS = {
    "de": ("daten", "seite", "proSeite", "gesamt"),
    "fr": ("donnees", "page", "parPage", "total"),
    "es": ("datos", "pagina", "porPagina", "total"),
    "en": ("data", "page", "perPage", "total"),
}


def page(c: Ctx, items: list[Any]) -> dict[str, Any]:
    k_data, k_page, k_per, k_total = PAGE_KEYS[c.lang]
    n = c.num(1, 9)
    return {
        k_data: items,
        "meta": {k_page: n, k_per: 25, k_total: 25 * (n - 1) + len(items) + c.num(0, 20)},
        "links": {"next": f"/api/v2/{c.family.split('_')[0]}?page={n + 1}"},
    }


def problem(
    c: Ctx, slug: str, title: str, status: int, detail: str, **extra: Any
) -> dict[str, Any]:
    return {
        "type": f"https://api.example.{c.lang if c.lang != 'en' else 'org'}/probleme/{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": f"/vorgaenge/{c.hexid(10)}",
        **extra,
    }


def cloudevent(c: Ctx, etype: str, source: str, data: Any) -> dict[str, Any]:
    return {
        "specversion": "1.0",
        "id": c.uuid(),
        "source": source,
        "type": etype,
        "time": c.ts(),
        "datacontenttype": "application/json",
        "data": data,
    }


def jsonapi(
    c: Ctx, rtype: str, attrs: dict[str, Any], rel: dict[str, Any] | None = None
) -> dict[str, Any]:
    res: dict[str, Any] = {"type": rtype, "id": c.uuid(), "attributes": attrs}
    if rel:
        res["relationships"] = rel
    return {"data": res, "jsonapi": {"version": "1.1"}}


def graphql(data: dict[str, Any]) -> dict[str, Any]:
    return {"data": data}


def form(pairs: list[tuple[str, str]]) -> str:
    return urlencode(pairs)


def csv_text(header: list[str], rows: list[list[str]], sep: str = ";") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def company_domain(name: str, tld: str) -> str:
    """`Logistik Mitte AG` -> `logistik-mitte.de` (legal form dropped, accents folded)."""
    words = [
        w for w in name.split() if w not in ("GmbH", "gGmbH", "AG", "KG", "S.L.", "S.A.", "SA")
    ]
    folded = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", folded.lower())) + "." + tld


def embed(doc: Any) -> str:
    """A JSON payload held as a string inside another payload."""
    return json.dumps(doc, ensure_ascii=False)


def xml(tag: str, children: list[tuple[str, str]], ns: str = "") -> str:
    attr = f' xmlns="{ns}"' if ns else ""
    inner = "".join(f"<{k}>{v}</{k}>" for k, v in children)
    return f"<{tag}{attr}>{inner}</{tag}>"
