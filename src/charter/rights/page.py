"""The plain HTML pages of the rights-request intake, for people without an API client.

No JavaScript, no external resource, no cookie: a form posts to the intake, the intake answers
with a page asking for the code it sent, and that form posts to the verification endpoint.
Every value placed in a page is escaped. The Content-Security-Policy allows nothing but the
page's own inline style (by its hash) and forms posting back to this origin.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from charter.dataplane.reply import Reply
from charter.rights.settings import REQUEST_TYPES, RightsSettings

INTAKE_PATH = "/.well-known/privacy/requests"
VERIFY_PATH = "/.well-known/privacy/requests/verify"

TYPE_LABELS = {
    "access": "Access: a copy of the personal data held about me",
    "export": "Export: my data in a machine-readable file",
    "rectify": "Rectify: correct data about me that is wrong",
    "erase": "Erase: delete my personal data",
    "restrict": "Restrict: keep my data but stop using it",
    "object": "Object: stop processing based on legitimate interests",
    "withdraw_consent": "Withdraw consent I gave earlier",
}
assert set(TYPE_LABELS) == set(REQUEST_TYPES)

STYLE = ("body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
         "line-height:1.5;color:#1a1a1a}label{display:block;margin-top:1rem;font-weight:600}"
         "input,select,textarea{width:100%;padding:.4rem;font:inherit;box-sizing:border-box}"
         "button{margin-top:1.5rem;padding:.5rem 1.5rem;font:inherit}"
         ".error{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecea}"
         ".note{color:#555;font-size:.9rem}")
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
CSP = (f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
HTML_TYPE = b"text/html; charset=utf-8"


def _page(title: str, body: str, status: int = 200) -> Reply:
    text = (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
            f"<body><main><h1>{escape(title)}</h1>{body}</main></body></html>\n")
    return Reply(status=status, body=text.encode(), headers=list(HEADERS),
                 content_type=HTML_TYPE)


def _error(message: str | None) -> str:
    if not message:
        return ""
    return f'<p class="error" role="alert">{escape(message)}</p>'


def form_page(settings: RightsSettings, service_name: str, *, error: str | None = None,
              status: int = 200) -> Reply:
    """The request form. Nothing the requester sent is put back into it."""
    types = "".join(f'<option value="{escape(name)}">{escape(label)}</option>'
                    for name, label in TYPE_LABELS.items())
    default = settings.default_jurisdiction
    jurisdictions = "".join(
        f'<option value="{escape(name)}"{" selected" if name == default else ""}>'
        f"{escape(rule.description or name)}</option>"
        for name, rule in sorted(settings.jurisdictions.items()))
    body = (
        f"<p>Use this form to exercise your data protection rights with "
        f"{escape(service_name)}. We send a six-digit code to the e-mail address you give, to "
        f"confirm it is yours; the request goes ahead once you enter it.</p>"
        f"{_error(error)}"
        f'<form method="post" action="{INTAKE_PATH}" accept-charset="utf-8">'
        f'<label for="type">What would you like us to do?</label>'
        f'<select id="type" name="type" required>{types}</select>'
        f'<label for="email">Your e-mail address</label>'
        f'<input id="email" name="email" type="email" required maxlength="320" '
        f'autocomplete="email">'
        f'<label for="jurisdiction">Which law applies to you?</label>'
        f'<select id="jurisdiction" name="jurisdiction">{jurisdictions}</select>'
        f'<label for="message">Details (optional)</label>'
        f'<textarea id="message" name="message" rows="5" maxlength="4000"></textarea>'
        f'<p class="note">For a correction, say what is wrong and what it should be. Please '
        f"do not include passwords or documents.</p>"
        f'<button type="submit">Send request</button></form>')
    return _page("Privacy request", body, status)


def code_page(request_id: str, *, error: str | None = None, status: int = 202) -> Reply:
    """After filing: enter the code that was sent."""
    body = (
        f"<p>We received your request (reference <code>{escape(request_id)}</code>) and sent "
        f"a six-digit code to your e-mail address. It is valid for ten minutes.</p>"
        f"{_error(error)}"
        f'<form method="post" action="{VERIFY_PATH}" accept-charset="utf-8">'
        f'<input type="hidden" name="id" value="{escape(request_id)}">'
        f'<label for="code">Code</label>'
        f'<input id="code" name="code" inputmode="numeric" pattern="[0-9]{{6}}" maxlength="6" '
        f'required autocomplete="one-time-code">'
        f'<button type="submit">Confirm</button></form>')
    return _page("Confirm your request", body, status)


def done_page(request_id: str, due: str | None) -> Reply:
    when = (f" We will answer by {escape(due)}." if due else "")
    body = (f"<p>Thank you. Your request <code>{escape(request_id)}</code> is confirmed."
            f"{when} Keep the reference if you contact us about it.</p>")
    return _page("Request confirmed", body)


def message_page(title: str, message: str, status: int) -> Reply:
    return _page(title, f"<p>{escape(message)}</p>", status)
