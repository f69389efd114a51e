"""Detectors: from a pattern candidate or a named field to a (kind, detector, confidence).

Two families. `candidate()` judges what `patterns.PATTERN` proposed inside a string, using
validators and the key the string sits under. `keyed()` judges a value under a key the
vocabulary names (`diagnosis`, `iban`, `dob`): the key gives the kind, the value must fit
it. Confidence, by evidence: a checksum-validated number 0.99; a distinctive format (JWT,
PEM, cloud key) 0.95; a key and a fitting value 0.9; a format that needs its key or words
around it 0.6-0.8.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import Final

from charter.privacy.scanner import keywords as kw
from charter.privacy.scanner import named
from charter.privacy.scanner import validators as v
from charter.privacy.scanner.keyclass import KeyInfo
from charter.privacy.scanner.kinds import SPECIAL_CATEGORY
from charter.privacy.scanner.normalize import fold

Hit = tuple[str, str, float]  # kind, detector, confidence
_Judge = Callable[[str, KeyInfo, str], "Hit | None"]
_Check = Callable[[str, object, KeyInfo], "Hit | None"]

# Placeholders that say "no value here" rather than being the value.
_EMPTY: Final = frozenset({
    "", "none", "null", "n/a", "na", "nil", "-", "--", "unknown", "undefined", "redacted",
    "[redacted]", "<redacted>", "***", "hidden", "masked", "removed", "not provided",
    "not specified", "not applicable", "prefer not to say", "keine angabe", "k.a.",
    "non renseigne", "non communique", "sin datos", "no consta", "?", "tbd", "todo",
    # what error trackers and loggers write in place of a scrubbed value
    "[filtered]", "filtered", "[scrubbed]", "scrubbed", "[removed]", "[masked]",
})
_DECLINED: Final = frozenset({
    "prefer not to say", "prefer not to answer", "prefer not to disclose", "rather not say",
    "declined", "declined to answer", "declined to state", "not disclosed", "undisclosed",
    "no answer", "not stated", "withheld", "keine angabe", "keine angaben", "k. a.",
    "mochte ich nicht angeben", "mochte keine angabe machen", "nicht angegeben",
    "je prefere ne pas repondre", "je prefere ne pas le dire", "ne souhaite pas repondre",
    "prefere ne pas repondre", "prefere ne pas le dire", "prefere ne pas se prononcer",
    "ne se prononce pas", "prefiere no contestar", "prefiere no responder",
    "prefiere no decirlo", "mochte nicht antworten", "mochte keine angaben machen",
    "non communique", "non renseigne", "sans reponse", "prefiero no decirlo",
    "prefiero no decir", "prefiero no responder", "prefiero no contestar", "no contesta",
    "sin respuesta", "no consta", "ns/nc", "nc",
    # the UK school census: "REFU" (refused), "NOBT" (information not yet obtained)
    "refu", "nobt", "information refused", "information not yet obtained", "not obtained",
})
# "I do not wish to answer", "I choose not to self-identify", "decline to disclose".
_DECLINE: Final = re.compile(
    r"\b(?:(?:do not|don'?t|does not|doesn'?t|not|choose not|chose not|prefer not|rather not)"
    r"(?: to)? (?:wish|want|like)?(?: to)? ?|declines? to |declined to )"
    r"(?:answer|say|disclose|state|respond|reply|self[ -]?identify|identify|provide)\b"
    # "je ne souhaite pas répondre", "ich möchte das nicht angeben", "no deseo contestar"
    r"|\bne (?:souhaite|veux|desire) pas (?:repondre|le dire|le preciser|le communiquer)\b"
    r"|\bmochte (?:ich |das |es )*(?:nicht|keine) (?:angeben|angabe|sagen|beantworten)"
    r"|\bno (?:deseo|quiero) (?:contestar|responder|decirlo|indicarlo)\b")
_MASK: Final = re.compile(r"[*xX•#.\-_ ]{3,}|\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|%\w+%|"
                          r"(?:env|vault|secret|ssm|arn):.*", re.S)
_PHONE_CHARS: Final = re.compile(r"(?:\+|00)?[\d\s().\-/]{6,24}(?:\s*(?:x|ext\.?)\s*\d{1,5})?")
_DATE: Final = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.]+Z?(?:[+-]\d\d:?\d\d)?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}\.? ?[^\W\d]{3,10}\.? \d{4}|[^\W\d]{3,10}\.? \d{1,2},? \d{4}|\d{4}[./]\d{2}[./]\d{2}"
    r"|\d{8}|(?:19|20)\d\d")
_YYMMDD: Final = re.compile(r"\d\d(\d\d)(\d\d)")
# Object ids of payment APIs (a payment method, intent, setup intent, card token): they name
# an object and grant nothing; `sk_live_`, `rk_live_`, `whsec_` are secrets.
_PAYMENT_OBJECT_ID: Final = re.compile(
    r"(?:pm|pi|seti|tok|src|card|cus|ch|py|re|evt|btok|ba|acct|in|sub|price|prod|txn|po|tr)"
    r"_[A-Za-z0-9]{8,40}")
_HEXISH: Final = re.compile(r"(?:0x)?[0-9a-fA-F]{24,}|[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){7,}"
                            r"|(?:SHA|MD)\d*:.*", re.S)
_COORD_PAIR: Final = re.compile(r"\s*\(?\s*(-?\d{1,3}\.\d+)\s*[,;/ ]\s*(-?\d{1,3}\.\d+)\s*\)?\s*")
_MASKED: Final = re.compile(r"[*\u2022\u25cf]{4,}")
_TOKEN_VALUE: Final = re.compile(r"[A-Za-z0-9._~+/=:-]{16,}")
# Lower-case words joined by hyphens or underscores: what a person types for a setting, never
# what a machine generates for a token or a key (a password may be words: see `_PASSWORDS`).
_WORDS_ONLY: Final = re.compile(r"[a-z]{3,}(?:[-_ ][a-z]{2,}){1,4}")
# A professional qualification after a name: letters, dots, hyphens and commas only, short
# ("LCSW", "PsyD", "MD, PhD", "Dipl.-Psych."); six letters or fewer if it has no dot.
_DEGREE: Final = re.compile(r"[A-Za-z]{2,6}|(?=.{2,24}$)[A-Za-z]+(?:[.,]-?[ ]?[A-Za-z]*)+\.?")
# How someone authenticated (an access log's `auth`, `method`): not a secret itself.
_AUTH_METHODS: Final = frozenset({
    "face", "facial", "fingerprint", "finger", "iris", "palm", "vein", "voice", "biometric",
    "biometrics", "card", "badge", "smartcard", "nfc", "rfid", "qr", "otp", "totp", "hotp",
    "sms", "email", "push", "fido", "fido2", "webauthn", "passkey", "yubikey", "saml", "oauth",
    "oauth2", "oidc", "ldap", "kerberos", "ntlm", "digest", "certificate", "cert", "mfa", "2fa",
    "password", "passwort", "pin", "none", "token", "apikey", "gesicht", "visage", "rostro",
    "huella", "empreinte", "fingerabdruck", "karte", "carte", "tarjeta"})
_PASSWORDS: Final = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "passwort",
                               "kennwort", "mdp", "contrasena", "pin", "secret", "secrets",
                               "geheimnis", "clave", "motdepasse"})


def is_empty(value: str) -> bool:
    """A placeholder rather than data (`n/a`, `***`, `${DB_PASSWORD}`, `<redacted>`), or a
    declined answer ("prefer not to say", "keine Angabe", "je préfère ne pas répondre")."""
    text = value.strip()
    if _MASK.fullmatch(text) is not None:
        return True
    folded = fold(text).rstrip(".!")
    return folded in _EMPTY or folded in _DECLINED or (
        len(folded) < 60 and _DECLINE.search(folded) is not None)


# --- pattern candidates -----------------------------------------------------------------------

def candidate(name: str, text: str, info: KeyInfo, leaf: str) -> Hit | None:
    """Judge a pattern match `text` (group `name`) found in the string `leaf` under `info`."""
    judge = _JUDGES.get(name)
    return judge(text, info, leaf) if judge is not None else None


def _pem(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    return ("credential", "pem_private_key", 0.99)


def _jwt(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    header = text.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
    except (binascii.Error, ValueError):
        return None
    return ("credential", "jwt", 0.95) if b'"alg"' in decoded or b'"typ"' in decoded else None


def _fixed(detector: str, confidence: float) -> _Judge:
    def judge(text: str, info: KeyInfo, leaf: str) -> Hit | None:
        return ("credential", detector, confidence)
    return judge


def _found(kind: str, detector: str, confidence: float) -> _Judge:
    """A pattern whose every match is `kind` (the pattern carries the whole evidence)."""
    def judge(text: str, info: KeyInfo, leaf: str) -> Hit | None:
        return (kind, detector, confidence)
    return judge


def _cloud_key(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    """An access key starts a token: `AIza...` inside a public key's base64 is not one."""
    where = leaf.find(text)
    if where > 0 and (leaf[where - 1].isalnum() or leaf[where - 1] in "+/"):
        return None
    return ("credential", "cloud_key", 0.95)


def _bearer(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    token = text.split(None, 1)[1]
    return ("credential", "bearer", 0.9) if _has_entropy(token) else None


def _basic(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    token = text.split(None, 1)[1]
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return ("credential", "basic_auth", 0.9) if b":" in decoded else None


def _url_password(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    password = text.rsplit("@", 1)[0].rsplit(":", 1)[1]
    if is_empty(password) or password.startswith("$"):
        return None
    return ("credential", "url_password", 0.9)


def _url_query(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    """A secret in a URL's query string: `?token=ItGslO175Ql926oLHBtFHJ8MMZ8Unedd5ISbCSn4`.

    The parameter's name must say it carries one (`token`, `access_token`, `api_key`,
    `sig`, `password`...; `code` only in an OAuth callback) and its value must look
    generated: `?token=abc`, `?key=value-like-words`, `?page=2`, `utm_*` are not secrets.
    """
    where, query = text.split("?", 1)
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        name = name.lower()
        if (name in _URL_SECRET_PARAMS or name.endswith(_URL_SECRET_ENDINGS) or (
                name == "code" and _OAUTH_PATH.search(where))) and not any(
                word in name for word in _URL_PAGING):
            if value[:1] in ("$", "{", "%", "<", "*") and not value.startswith("%2"):
                continue  # a template's placeholder: `?token={{token}}`, `?key=$KEY`
            if _has_entropy(value) or (name in _URL_PASSWORD_PARAMS and len(value) >= 6
                                       and not value.isalpha()):
                return ("credential", "url_secret", 0.85)
    return None


# Query parameters that carry a secret, and endings that say so (`reset_token`, `x_api_key`).
_URL_SECRET_PARAMS: Final = frozenset({
    "token", "access_token", "accesstoken", "id_token", "refresh_token", "auth", "auth_token",
    "authtoken", "api_key", "apikey", "api-key", "key", "sig", "signature", "secret",
    "client_secret", "password", "passwd", "pwd", "pass", "session", "sessionid",
    "session_id", "sid", "jwt", "otp", "magic", "x-amz-signature", "x-amz-security-token",
    "x-amz-credential", "x-goog-signature", "x-goog-credential", "sas", "private_token",
})
_URL_SECRET_ENDINGS: Final = ("_token", "-token", "token", "_key", "-key", "secret",
                              "signature", "password")
_URL_PASSWORD_PARAMS: Final = frozenset({"password", "passwd", "pwd", "pass"})
# A list's place, not a secret: `page_token`, `nextToken`, `continuation_token`.
_URL_PAGING: Final = ("page", "next", "continu", "cursor", "sync", "resume")
# A redirect back from an authorisation server: its `code` is a one-time grant.
_OAUTH_PATH: Final = re.compile(r"(?i)callback|oauth|authori[sz]e|redirect|/auth\b|/cb\b|sso")


def _assignment(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    parts = re.split(r"[:=]", text, maxsplit=1)
    # `password=...`, or a sentence's last word ("the password is Kiwi_4471")
    value = (parts[1] if len(parts) == 2 else text.split()[-1]).strip(" \t\"'")
    if is_empty(value) or value.startswith(("$", "{", "%", "<", "*")):
        return None
    return ("credential", "secret_assignment", 0.8)


def _email(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    domain = text.rsplit("@", 1)[1].lower()
    if domain.endswith((".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".js", ".css")):
        return None  # image@2x.png, retina asset names
    if domain.startswith("odata."):
        return None  # an OData annotation (`Documents@odata.count`), not a mailbox
    where = leaf.find(text)
    if where >= 0 and _URL_USER.search(leaf, max(0, where - 80), where):
        return None  # `postgres://app@db.internal`: a URL's user at a host, not a mailbox
    after = leaf[where + len(text):where + len(text) + 2] if where >= 0 else ""
    if len(after) == 2 and after[0] == ":" and (after[1].isalnum() or after[1] in "~/._-"):
        return None  # `git@github.com:org/repo.git`: a remote's path, not a mailbox
    return ("email", "email", 0.95)


# (the user and the start of a password: `mongodb://etl:Tortuga$2023@cluster0...`)
_URL_USER: Final = re.compile(r"://(?:[^\s/@:]*:[^\s/@:]*)?\Z")


def _cli_password(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    secret = text.split()[-1].split("=", 1)[-1]
    return None if is_empty(secret) else ("credential", "cli_password", 0.85)


def _x12(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    return None if info.no_numbers else ("health", "text:health", 0.85)


def _iban(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    return ("bank_account", "iban", 0.99) if v.iban_ok(text) else None


def _nino(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if not v.nino_ok(text) or (info.no_numbers and not (
            info.person and leaf.strip() == text)):
        # (a person's id that is a whole valid NINO, `buyer_id: "ON413023D"`, is one)
        return None
    return ("national_id", "nino", 0.9 if info.kind == "national_id" else 0.8)


def _dni(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers or not v.dni_ok(text):
        return None
    return ("national_id", "dni", 0.9)


def _coords(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    match = _COORD_PAIR.fullmatch(text)
    if match is None or info.no_numbers:
        return None
    lat, lon = float(match.group(1)), float(match.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return ("precise_location", "coordinates", 0.85)


def _ipv4(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers and info.kind != "ip_address":
        return None
    # "1.2.3.4" written as a version number: a `v` or "version" just before it.
    at = leaf.find(text)
    if text.startswith("0.") or leaf[max(0, at - 9):at].lower(
    ).rstrip().endswith(("v", "version", "ver", "release", "build", "firmware")):
        return None
    if info.kind != "ip_address" and ((at > 0 and leaf[at - 1] == ":" and "/" in leaf[:at]
                                       and " " not in leaf[:at]) or (
            leaf == text and info.tokens and info.tokens[-1] in _VERSIONED
            and _version_like(text))):
        return None  # an image's tag (`registry/claims:1.1.14.41`), an agent's version
    return ("ip_address", "ipv4", 0.95 if info.kind == "ip_address" else 0.85)


def _version_like(text: str) -> bool:
    """Four numbers as a version writes them: a small major, no part above 99
    (`4.18.16.40`, not `192.168.1.10` or `81.2.69.160`)."""
    parts = text.split(".")
    return int(parts[0]) <= 30 and all(int(part) < 100 for part in parts)


# Keys whose dotted four numbers are a version: `"agent": "4.18.16.40"`, `"image": ...`.
_VERSIONED: Final = frozenset({"agent", "image", "tag", "sdk", "runtime", "engine", "plugin",
                               "library", "lib", "package", "firmware"})


def _ipv6(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers and info.kind != "ip_address":
        return None
    if text.count(":") < 2 or not v.ip_ok(text):
        return None
    return ("ip_address", "ipv6", 0.95 if info.kind == "ip_address" else 0.85)


def _ssn(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers or not v.ssn_ok(text):
        return None
    return ("national_id", "ssn", 0.95 if info.kind == "national_id" else 0.8)


def _steuer_id(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers or not v.steuer_id_ok(text):
        return None
    return ("national_id", "steuer_id", 0.85)


def _nir(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers or not v.nir_ok(text):
        return None
    return ("national_id", "nir", 0.95)


def _card(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if (info.no_numbers and info.kind != "payment_card") or info.kind == "phone":
        return None  # under a phone key, a Luhn-valid number is still a phone number
    if v.card_ok(text):
        if info.kind == "bank_account" or _inside_iban(text, leaf):
            return None  # digits of an account number that happen to pass Luhn
        return ("payment_card", "luhn", 0.99 if info.kind == "payment_card" else 0.95)
    return None


def _inside_iban(text: str, leaf: str) -> bool:
    where = leaf.find(text)
    return where >= 0 and any(
        match.start() <= where and where + len(text) <= match.end() and v.iban_ok(match.group())
        for match in _IBAN_IN_TEXT.finditer(leaf))


_IBAN_IN_TEXT: Final = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?")


def _phone(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.no_numbers or info.kind in {"bank_account", "payment_card", "national_id",
                                        "passport"}:
        return None
    digits = sum(char.isdigit() for char in text)
    # (seven digits only as a local number that text called one: `numeric` checked the cue)
    if not (8 <= digits <= 15 or (digits == 7 and len(text) == 8)):
        return None
    if info.kind == "phone":
        return ("phone", "phone", 0.95)
    if text.startswith(("+", "00", "(")) or leaf.strip() == text:
        return ("phone", "phone", 0.8)
    return ("phone", "phone", 0.7)


def _genetic(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    if info.topic or info.no_numbers:  # a title, an id, a version: `rs2024` names no one
        return None
    return ("genetic", "genetic_marker", 0.85)


def _biometric_record(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    """A base64 ISO/IEC 19794 record: format identifier, then a version (`FMR\\0 20\\0`)."""
    where = leaf.find(text)
    if where > 0 and (leaf[where - 1].isalnum() or leaf[where - 1] in "+/"):
        return None  # inside a longer base64 blob: the five characters are chance
    try:
        head = base64.b64decode(text[:12])
    except (binascii.Error, ValueError):
        return None
    if _ISO_19794.fullmatch(head[:8]) is None and not (
            where == 0 and len(text) >= 64 and leaf.strip() == text
            and _ISO_19794_ID.fullmatch(head[:4])):
        # A whole value that opens with the format identifier is the record even where
        # the version bytes that follow are not digits (a vendor's or a later revision's).
        return None
    return ("biometric", "biometric_record", 0.9)


_ISO_19794: Final = re.compile(rb"(?:FMR|FAC|IIR|FIR|VIR)\x00[ 0-9]{3}\x00")
_ISO_19794_ID: Final = re.compile(rb"(?:FMR|FAC|IIR|FIR|VIR)\x00")
# Whose numbers a vector pasted into text is: a body part, and a word for the measurement.
_BODY_WORDS: Final = frozenset({"face", "facial", "faciale", "visage", "gesicht", "rostro",
                                "voice", "voix", "voz", "stimme", "speaker", "iris", "retina",
                                "fingerprint", "palm", "vein", "biometric", "biometrique",
                                "biometrico", "biometrisch"})
_MEASURE_STEMS: Final = ("vector", "vecteur", "vektor", "embedding", "template", "plantilla",
                         "gabarit", "vorlage", "encoding", "descriptor", "signature")


def _vector(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    """Eight numbers or more in a text that says they are a face's or a voice's."""
    folded = fold(leaf[:2000])
    if _BODY_WORDS.isdisjoint(folded.replace("-", " ").replace("_", " ").split()) and not (
            "gesichts" in folded or "stimm" in folded):
        return None
    if not any(stem in folded for stem in _MEASURE_STEMS):
        return None
    return ("biometric", "biometric_vector", 0.8)


def _pnr_fop(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    """`FP CCVI4111111111111111`: a card number, when it passes Luhn."""
    digits = "".join(char for char in text if char.isdigit())
    return ("payment_card", "pnr_fop", 0.95) if v.card_ok(digits) else None


def _dob(text: str, info: KeyInfo, leaf: str) -> Hit | None:
    return ("date_of_birth", "text:date_of_birth", 0.85)


_JUDGES: Final[dict[str, _Judge]] = {
    "pem": _pem, "jwt": _jwt, "cloud_key": _cloud_key,
    "token": _fixed("api_token", 0.95), "bearer": _bearer, "basic": _basic,
    "url_password": _url_password, "url_query": _url_query, "assignment": _assignment,
    "email": _email,
    "iban": _iban, "nino": _nino, "dni": _dni, "coords": _coords, "ipv4": _ipv4,
    "ipv6": _ipv6, "ssn": _ssn, "steuer_id": _steuer_id, "nir": _nir, "card": _card,
    "phone": _phone, "dob": _dob,
    "genetic": _genetic, "cli_password": _cli_password, "x12": _x12,
    "biometric_record": _biometric_record, "vector": _vector,
    "passport_text": _found("passport", "text:passport", 0.8),
    "pnr_docs": _found("passport", "pnr_docs", 0.9),
    "pnr_docs_dob": _found("date_of_birth", "pnr_docs", 0.85),
    "pnr_ctcm": _found("phone", "pnr_ctcm", 0.85),
    "pnr_fop": _pnr_fop,
    "bcbp": _found("person_name", "bcbp", 0.85),
}


def _has_entropy(token: str) -> bool:
    """Looks generated: long enough, mixes letters and digits, not one repeated character."""
    return (len(token) >= 16 and len(set(token)) >= 8
            and any(c.isdigit() for c in token) and any(c.isalpha() for c in token))


# --- named fields -----------------------------------------------------------------------------

def keyed(kind: str, value: object, info: KeyInfo) -> Hit | None:
    """Judge `value` (a JSON scalar) under a key that names `kind`; None if it does not fit.

    `null`, empty strings and placeholders (`n/a`, `***`, "prefer not to say") are not
    data: `"diagnosis": null` discloses nothing. Under a special-category key a boolean
    is: `"hiv_positive": true` and `"union_member": false` both say something about the
    person.
    """
    if value is None:
        return None
    if kind == "health" and info.tokens in _FINDING_KEYS and isinstance(value, str) and (
            _GENETIC_RESULT.search(value) and not _DISEASE.search(fold(value))):
        # a lab's finding that is a genotype and names no condition: genetic data only
        return ("genetic", "key:genetic", 0.85)
    if kind == "genetic" and isinstance(value, str) and _BARE_LOCUS.fullmatch(value.strip()):
        return None  # a kit's panel (`str_loci: ["D3S1358", "TPOX"]`), no one's alleles
    if isinstance(value, bool) and kind == "biometric" and not _DEVICE_FEATURE.isdisjoint(
            info.tokens):
        return None  # `biometric_unlock: true`: an app setting, not a body's measurement
    shape = _VALUE_SHAPES.get(info.tokens)
    if shape is not None:
        if isinstance(value, str) and (shape.fullmatch(value.strip()) or (
                len(value) <= 80 and _DISEASE.search(fold(value)))):
            return (kind, f"key:{kind}", 0.85)
        return None
    if value is False:
        # `"union_member": false` says something about the person; a `false` under a
        # card or phone key says nothing.
        return (kind, f"key:{kind}", 0.7) if kind in SPECIAL_CATEGORY and (
            info.tokens not in _VALUE_VOCAB) else None
    vocab = _VALUE_VOCAB.get(info.tokens)
    if vocab is not None:
        return _check_vocab(kind, value, info, vocab)
    check = _KEY_CHECKS.get(kind, _check_present)
    return check(kind, value, info)


_NO_INFO: Final = KeyInfo(None)
# A laboratory's finding, whatever it found.
_FINDING_KEYS: Final = frozenset(tuple(key.split()) for key in (
    "befund", "befunde", "laborbefund", "finding", "findings", "lab result", "lab results",
    "compte rendu", "resultat", "resultats", "hallazgo", "hallazgos", "resultado",
    "resultados"))
# What a genetic test finds: genotypes, variants, haplogroups, STR alleles, metaboliser
# status ("CYP2C19 *1/*2", "APOE e3/e4", "F508del", "Haplogruppe R1b").
_GENETIC_RESULT: Final = re.compile(
    r"\brs\d{3,}|\b[cgp]\.[-*(]?[A-Za-z0-9]|\bD\d{1,2}S\d|\*\d|(?i:genoty|genotip"
    r"|haplogrup|haplogroup|heterozyg|homozyg|heterocig|homocig|\bstr\b|\bvariant|allel"
    r"|metabolisierer|metaboli[sz]er|metaboliseur|metabolizador|\bsnp|\bcyp\d|\bbrca"
    r"|\bapoe|\bcftr|\bf508del|\bhla-)")
# An STR locus named alone, without its alleles.
_BARE_LOCUS: Final = re.compile(r"(?i:D\d{1,2}S\d{2,4}|TPOX|TH01|FGA|vWA|CSF1PO|AMEL"
                                r"|Amelogenin|Penta ?[DE]|DYS\d{3}[a-z]?|SE33)")
# Words of an app or device feature that uses biometrics (`biometric_unlock`, `face_login`,
# `fingerprint_auth_allowed`): a switch for it says nothing about anyone's body.
_DEVICE_FEATURE: Final = frozenset({
    "unlock", "login", "logon", "signin", "auth", "authentication", "lock", "prompt",
    "option", "setting", "settings", "allowed", "available", "supported", "entsperren",
    "entsperrung", "anmeldung", "deverrouillage", "connexion", "desbloqueo", "acceso",
})
# Keys that are the kind only when the value has a shape: a `condition` holding an ICD-10
# code (`E11.9`, `Z34.01`) or a SNOMED CT concept id is a diagnosis; "new" or "sunny" is not.
_DIAGNOSIS_CODE: Final = re.compile(r"[A-TV-Z][0-9][0-9AB](?:\.?[0-9A-TV-Z]{1,4})?|\d{6,18}")
_VALUE_SHAPES: Final[dict[tuple[str, ...], re.Pattern[str]]] = {
    ("condition",): _DIAGNOSIS_CODE, ("conditions",): _DIAGNOSIS_CODE,
    ("problems",): _DIAGNOSIS_CODE,
}
# ... or a disease named as one ("Spinal muscular atrophy", "Cystic fibrosis", "Morbus Crohn").
_DISEASE: Final = re.compile(
    r"\b(?:[a-z]+(?:itis|aemia|emia|aemie|amie|opathy|opathie|opatia|trophy|trophie"
    r"|trofia|plasia|plasie|ectasis|carcinoma|karzinom|carcinome|sarcoma|lymphoma|melanoma"
    r"|myeloma|glioma"
    r"|blastoma|algia|algie)"
    r"|syndrome|syndrom|sindrome|disease|disorder|deficiency|atrophy|dystrophy|fibrosis"
    r"|fibrose|sclerosis|sklerose|sclerose|esclerosis|anemia|anaemia|cancer|krebs"
    r"|diabetes|diabete|asthma|asthme|epilepsy|epilepsie|epilepsia|palsy|morbus|maladie"
    r"|krankheit|erkrankung|enfermedad|infection|infektion|infeccion|insufficiency"
    r"|insuffisance|insuficiencia|hemophilia|haemophilia|thalassemia|thalassaemia|tumou?r"
    r"|tumeur)\b")
_VALUE_VOCAB: Final = {tuple(key.split()): words for key, words in kw.KEY_VALUE_VOCAB.items()}
_SQL_WORDS: Final = frozenset({"all", "distinct", "select", "true", "false"})
# Words of unions that are not trade unions (`union` keys hold any name otherwise; a payroll
# line for a credit union's savings plan is no union membership).
OTHER_UNIONS: Final = frozenset({
    "european", "eu", "credit", "station", "square", "street", "pacific", "soviet",
    "african", "customs", "monetary", "economic", "postal", "student", "students", "civil",
    "liberties", "type", "types", "jack", "savings", "rugby", "telegraph", "bank",
    "europeenne", "europaische", "europea", "union europeenne", "banking", "schema",
})


# The offences a `charges` value may name, and a citation of a criminal statute's section
# ("PC 242", "VC 23152(a)", "HS 11350", "§ 242 StGB", "18 U.S.C. § 1030"): a battery's
# charge never cites one.
_OFFENCES: Final = kw.KEY_VALUE_VOCAB["charges"]
_STATUTE: Final = re.compile(
    r"\b(?:PC|VC|HS|HSC|PEN|VEH|ORS|RCW|ARS|MCL|CRS|U\.?S\.?C\.?)\s*§?\s*\d{2,6}\b"
    r"|§\s*\d{1,4}[a-z]?\s*(?:Abs\.\s*\d+\s*)?(?:StGB|BtMG|StVG)\b")


def _check_vocab(kind: str, value: object, info: KeyInfo,
                 vocab: frozenset[str]) -> Hit | None:
    """Keys that are the kind only for some values (`orientation`, `union`)."""
    if not isinstance(value, str) or is_empty(value):
        return None
    folded = fold(value).replace("-", " ")
    if vocab is _OFFENCES and _STATUTE.search(value):
        return (kind, f"key:{kind}", 0.85)  # "PC 242 Battery": a penal code's section
    if vocab:
        return (kind, f"key:{kind}", 0.85) if set(folded.split()) & vocab else None
    if folded.strip() in _SQL_WORDS or not any(char.isalpha() for char in folded):
        return None
    if {"select", "from", "where"} & set(folded.split()):
        return None  # `SELECT a UNION SELECT b`
    if set(folded.split()) & OTHER_UNIONS:
        return None  # the European Union, a credit union, a union station
    return (kind, f"key:{kind}", 0.8)


# Keys of a person's needs (`special_needs`, `necesidades_especiales`, `besoins_medicaux`):
# a need stated is health data; "none" says no more than that there is none to plan for.
_NEEDS: Final = frozenset({"needs", "necesidades", "besoins", "bedurfnisse", "bedarf",
                           "forderbedarf"})
_NONE: Final = frozenset({"none", "no", "keine", "keiner", "nein", "aucun", "aucune", "non",
                          "ninguna", "ninguno", "nada", "ningunas", "ningunos"})
_LONGEST_NONE: Final = 12  # "ningunos", with room for spaces and a full stop


def _check_present(kind: str, value: object, info: KeyInfo) -> Hit | None:
    """Special categories: any real value (text, number, `true`) under the key counts."""
    if isinstance(value, bool):
        return (kind, f"key:{kind}", 0.85) if value else None
    if isinstance(value, str):
        # (folded only when short enough to be one of those words: folding costs)
        said = fold(value).strip(" .") if len(value) <= _LONGEST_NONE else ""
        if said in _NONE:
            # `"criminalConvictions": "none"`, `"medications": "keine"`: a statement about
            # the person, as `false` is; but "special needs: none" is no need at all
            return None if not _NEEDS.isdisjoint(info.tokens) else (kind, f"key:{kind}", 0.7)
        if is_empty(value):
            return None
        return (kind, f"key:{kind}", 0.9)
    return (kind, f"key:{kind}", 0.8)


def _check_biometric(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, str) and (len(value) < 8 or "://" in value or (
            len(value) <= 128 and _HEXISH.fullmatch(value.strip())
            and not _BODY_TOKENS & set(info.tokens))):
        # A key or certificate fingerprint, a hash, a link: not a body's measurement. An
        # iris or face code may be hex: under a body part's key it is the measurement, and
        # longer than any digest (SHA-512 is 128 hex digits; an iris code 512).
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return None  # a count or an id; an embedding's components are floats
    if isinstance(value, str) and len(value) < 20 and _SHORT_ID.fullmatch(value) and (
            any(char.isdigit() for char in value)) and not _BODY_TOKENS & set(info.tokens):
        # a device's or a browser visitor's fingerprint (`"a3f9c2d1e4b5"`): an id far too
        # short for a template, which runs to hundreds of characters
        return None
    if isinstance(value, str) and len(value) < 40 and (
            _DATE.fullmatch(value.strip()) or _LABEL.fullmatch(value.strip())):
        # an enrolment's appointment time or capture station: about the template, not it
        return None
    return _check_present(kind, value, info)


_SHORT_ID: Final = re.compile(r"[A-Za-z0-9_-]+")
# A short label of words and digits joined by hyphens ("ASC-Tacoma-02", "kiosk-3"): a
# station's or device's name; templates are long base64 or hex runs without such words.
_LABEL: Final = re.compile(r"[A-Za-z]+(?:[-_ ][A-Za-z0-9]+){1,4}")


_BODY_TOKENS: Final = frozenset({"iris", "face", "facial", "voice", "palm", "retina", "vein",
                                 "gesicht", "visage", "rostro", "minutiae"})
# Words of a race that is run, not a person's origin ("Berlin Marathon", "10K", "GP").
_RUN_WORDS: Final = frozenset({
    "marathon", "half", "ultra", "triathlon", "relay", "sprint", "gp", "prix", "grand",
    "cup", "derby", "stakes", "heat", "final", "qualifying", "stage", "lap", "laps", "run",
    "trail", "fun", "km", "mile", "miles", "k", "race", "course", "carrera", "lauf", "rennen",
    "elf", "orc", "dwarf", "human", "undead", "troll", "gnome", "halfling", "goblin",
})
_RACE_KEYS: Final = frozenset({("race",), ("raza",), ("rasse",)})
_RACE_CODE: Final = re.compile(r"\d{4}-\d|[A-Z]{1,3}\d?")


def judge_race(kind: str, value: object) -> Hit | None:
    """An ethnicity value: not prose, not a race that is run (`10K`, "City Marathon")."""
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 60 or is_empty(text):
            return None
        if any(char.isdigit() for char in text) and not _RACE_CODE.fullmatch(text):
            return None
        if set(fold(text).replace("-", " ").split()) & _RUN_WORDS:
            return None
        return (kind, f"key:{kind}", 0.9)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None  # a count or a time
    return _check_present(kind, value, _NO_INFO)


def _check_race(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if info.tokens in _RACE_KEYS:
        return judge_race(kind, value)
    if isinstance(value, str) and len(value) > 60:
        return None
    return _check_present(kind, value, info)


_YEAR_ONLY: Final = re.compile(r"\s*(?:19|20)\d\d\s*")


def _check_date(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, str):
        if _YEAR_ONLY.fullmatch(value):
            return None
        if _DATE.search(value) is None:
            compact = _YYMMDD.fullmatch(value.strip())
            if compact is None or not (1 <= int(compact.group(1)) <= 12
                                       and 1 <= int(compact.group(2)) <= 31):
                return None
            return (kind, "key:date_of_birth", 0.85)  # APIS and MRZ `YYMMDD`
        return (kind, "key:date_of_birth", 0.9)
    # (a year alone, `year_of_birth: 1998`, is not a date of birth; `19980514` is)
    if isinstance(value, int) and not isinstance(value, bool) and (
            19000101 <= value <= 21001231):
        return (kind, "key:date_of_birth", 0.8)
    return None


def _check_phone(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or _PHONE_CHARS.fullmatch(value.strip()) is None:
        return None
    digits = sum(char.isdigit() for char in value)
    return (kind, "key:phone", 0.9) if 7 <= digits <= 15 else None


def _check_email(kind: str, value: object, info: KeyInfo) -> Hit | None:
    return None  # the email pattern finds addresses anywhere; the key adds nothing


def _check_ip(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, str) and v.ip_ok(value.strip().split("%")[0]):
        return (kind, "key:ip_address", 0.95)
    return None


# An airline's form of payment: `CC`, the card brand's two letters, the number, the expiry
# (`CCVI4111111111111111/0928`).
_IATA_FOP: Final = re.compile(r"\s*(?:FOP\s*/?\s*)?CC[A-Z]{2}\s?(\d{13,19})(?:/\d{4})?\s*")


def _check_card(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and v.card_ok(value):
        return (kind, "luhn", 0.99)
    if isinstance(value, str) and len(value) <= 40 and (
            (fop := _IATA_FOP.fullmatch(value)) is not None) and v.card_ok(fop.group(1)):
        return (kind, "luhn", 0.99)
    return None


# Letters and a hyphen before the digits: a system's reference for an account.
_REFERENCE: Final = re.compile(r"[A-Za-z]{2,5}-\d")


def _check_account(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or is_empty(value):
        return None
    text = value.strip()
    if v.iban_ok(text):
        return (kind, "iban", 0.99)
    if text[:2].isalpha() and text[2:4].isdigit():
        return None  # shaped like an IBAN, checksum wrong: a typo or a test value
    if _REFERENCE.match(text):
        return None  # a customer account's reference (`ACC-757990`), not a bank's number
    digits = sum(char.isdigit() for char in text)
    compact = v.digits_only(text)
    if info.tokens in _ABA_KEYS and not v.aba_routing_ok(compact):
        return None  # a US routing number carries a check digit
    if info.tokens == ("ccc",) and len(compact) != 20:
        return None  # a Spanish account code has twenty digits; an employer's `ccc` fewer
    if 6 <= digits <= 34 and digits >= len(compact) - 4 and compact.isalnum():
        return (kind, "key:bank_account", 0.85)
    return None


def _check_national_id(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or is_empty(value):
        return None
    scheme = _SCHEMES.get(info.tokens)
    if scheme is not None:  # a key naming one scheme: its own check decides
        return (kind, "key:national_id", 0.9) if scheme(value.strip()) else None
    return (kind, "key:national_id", 0.9) if v.national_id_ok(value) else None


# Keys of a US ABA routing number.
_ABA_KEYS: Final = frozenset({("routing", "number"), ("routing",), ("aba",), ("aba", "routing"),
                             ("routing", "no"), ("aba", "number")})
# Keys naming one national scheme, and its validator.
_SCHEMES: Final[dict[tuple[str, ...], Callable[[str], bool]]] = {
    **dict.fromkeys([("ssn",), ("us", "ssn"), ("social", "security", "number")], v.ssn_ok),
    **dict.fromkeys([("nino",), ("ni", "number"), ("ni", "no"), ("national", "insurance"),
                     ("national", "insurance", "number"), ("ni",)], v.nino_ok),
    **dict.fromkeys([("nir",), ("insee",), ("numero", "securite", "sociale"),
                     ("numero", "insee")], v.nir_ok),
    **dict.fromkeys([("steuer", "id"), ("steuerid",), ("steueridentifikationsnummer",),
                     ("steuer", "identifikationsnummer"), ("idnr",)], v.steuer_id_ok),
    **dict.fromkeys([("dni",), ("nie",), ("dni", "nie")], v.dni_ok),
}


def _check_passport(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip().replace(" ", "")
    if 6 <= len(text) <= 12 and text.isalnum() and any(c.isdigit() for c in text):
        return (kind, "key:passport", 0.9)
    return None


def _check_credential(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if not isinstance(value, str) and not (
            isinstance(value, int) and not isinstance(value, bool) and "pin" in info.tokens):
        return None
    text = str(value).strip()
    if len(text) < 4 or is_empty(text) or text.lower() in {"bearer", "basic", "true", "false"}:
        return None
    if "://" in text:  # a URL is a secret only with a password or token in it
        return None
    if _PAYMENT_OBJECT_ID.fullmatch(text):
        return None
    if (_WORDS_ONLY.fullmatch(text) or _auth_methods(text.lower())) and (
            not _PASSWORDS.intersection(info.tokens)):
        # `"token": "verification-disabled"`, `"auth": "fingerprint"`: a setting's or a
        # method's words, not a secret
        return None
    if _MASKED.search(text):
        return None  # "sk_live_********": shown masked, the secret is not here
    if not _PASSWORDS.intersection(info.tokens) and _DEGREE.fullmatch(text):
        return None  # a therapist's `credentials`: "LCSW", "PsyD", "Dipl.-Psych."
    if " " in text and not text.lower().startswith(("bearer ", "basic ", "token ")):
        if len(text.split()) > 3:
            return None  # prose, not a secret
    return (kind, "key:credential", 0.9)


def _auth_methods(text: str) -> bool:
    """A method of authentication, or methods combined: "fingerprint", "card+pin"."""
    return text in _AUTH_METHODS or (len(text) <= 40 and all(
        part.strip() in _AUTH_METHODS for part in re.split(r"[+,/&]", text)))


def _check_location(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if isinstance(value, float):
        if v.decimals(value) >= 4 and -180 <= value <= 180:
            return (kind, "key:precise_location", 0.9)
        return None
    if isinstance(value, str):
        match = _COORD_PAIR.fullmatch(value)
        if match and min(v.decimals(match.group(1)), v.decimals(match.group(2))) >= 4:
            return (kind, "key:precise_location", 0.9)
        text = value.strip()
        if re.fullmatch(r"-?\d{1,3}\.\d{4,}", text) and info.exact:
            return (kind, "key:precise_location", 0.85)
    return None


def _check_address(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if not isinstance(value, str) or is_empty(value):
        return None
    text = value.strip()
    if len(text) < 4 or "@" in text or "://" in text or _HEXISH.fullmatch(text):
        return None
    if (text[0].isdigit() or ":" in text) and ("." in text or ":" in text) and (
            v.ip_ok(text.split(":")[0]) or text.replace(".", "").replace(":", "").isdigit()):
        return None
    if not any(char.isalpha() for char in text):
        return None
    return (kind, "key:postal_address", 0.85)


def _check_name(kind: str, value: object, info: KeyInfo) -> Hit | None:
    if not isinstance(value, str) or is_empty(value):
        return None
    # A payment's other party is a business more often than not: one word ("Netflix",
    # "Zakat") is a merchant's or a fund's name; a person's needs two.
    strict = bool(info.tokens) and info.tokens[0] in _PAYMENT_PARTIES
    if "^" in value:  # an HL7 name's components: `DOE^JANE^Q`
        value = " ".join(value.split("~")[0].split("^")[:3])
    parts = value.split()
    if len(parts) >= 3 and any(part.islower() and part not in _PARTICLES for part in parts):
        return None  # an instruction in a name's field: "Use my full name"
    if all(len(part.rstrip(".")) <= 1 for part in parts):
        return None  # initials ("J.", "B. H."): no one's name
    return (kind, "key:person_name", 0.85) if looks_like_name(value, strict) else None


_PAYMENT_PARTIES: Final = frozenset({"creditor", "debtor", "counterparty", "payee", "payer",
                                     "remitter", "originator", "ultimate", "merchant",
                                     "beneficiary"})


def looks_like_name(value: str, strict: bool = False) -> bool:
    """One to five words of letters (no digits, no @); `strict`: two or more, capitalised.

    Answers are cached per value (values under `name` and `by` keys repeat: service,
    product and team names), so a repeated value costs one dict lookup.
    """
    shape = _NAME_CACHE.get(value)
    if shape is None:
        shape = _name_shape(value)
        if len(_NAME_CACHE) >= _NAME_CACHE_LIMIT:  # bounded: values are chosen by clients
            _NAME_CACHE.clear()
        _NAME_CACHE[value] = shape
    return shape >= (2 if strict else 1)


_NAME_CACHE: dict[str, int] = {}
_NAME_CACHE_LIMIT: Final = 50_000


def _name_shape(value: str) -> int:
    """0: not a name; 1: may be one (`looks_like_name`); 2: a capitalised full name too."""
    text = value.strip()
    if not 2 <= len(text) <= 70:
        return 0
    parts = text.replace(",", " ").split()
    if not 1 <= len(parts) <= 5:
        return 0
    for part in parts:
        core = part.replace("-", "").replace("'", "").replace("\u2019", "").rstrip(".")
        if not core.isalpha():
            return 0
    if any(part.lower().rstrip(".") in _NOT_NAME_WORDS for part in parts):
        return 0
    if len(parts) >= 2 and (named.thing_named(parts) or named.named_thing(text)):
        return 0  # "Darwin Data Lake", "Backup Robot", "Santa Clara Valley Water", "Red Cross"
    if len(parts) >= 2 and all(part[0].isupper() for part in parts
                               if part.lower() not in _PARTICLES):
        return 2
    return 1


# Words in company, team and product names that no person's name has.
_NOT_NAME_WORDS: Final = frozenset({
    "gmbh", "ag", "kg", "ohg", "ltd", "limited", "inc", "llc", "llp", "plc", "corp",
    "corporation", "co", "company", "sa", "sas", "sarl", "sl", "s.l", "s.a", "bv", "nv",
    "spa", "srl", "oy", "ab", "as", "pty", "group", "holding", "holdings", "analytics",
    "software", "logistics", "solutions", "services", "service", "systems", "technologies",
    "technology", "consulting", "foods", "partners", "labs", "lab", "labor", "studio",
    "studios", "media", "bank", "university", "universitat", "universite", "hospital",
    "klinik", "clinic", "clinique", "pharmacy", "apotheke", "store", "shop", "team",
    "support", "admin", "department", "abteilung", "billing", "sales", "marketing", "ops",
    "engineering", "tier", "app", "api", "bot", "system", "test", "demo", "default",
    "unknown", "anonymous", "customer", "user", "guest", "mvz", "ev", "e.v", "gbr",
    "atelier", "express", "international", "global", "online", "digital", "networks",
    # bodies and states: "European Union", "United Kingdom", "City Council"
    "union", "republic", "kingdom", "council", "commission", "ministry", "committee",
    "federation", "association", "parliament", "government",
    # a gym's or a club's staff by their role: "Coach B", "Trainerteam A", "Monitor C"
    "coach", "coaches", "trainerteam", "monitor", "monitora", "instructor", "instructors",
    "staff", "crew", "squad",
})


_PARTICLES: Final = frozenset({"van", "von", "de", "del", "la", "le", "da", "di", "der",
                               "den", "du", "des", "y", "bin", "al", "el", "dos", "ten"})

_KEY_CHECKS: Final[dict[str, _Check]] = {
    "biometric": _check_biometric, "racial_ethnic_origin": _check_race,
    "date_of_birth": _check_date, "phone": _check_phone, "email": _check_email,
    "ip_address": _check_ip, "payment_card": _check_card, "bank_account": _check_account,
    "national_id": _check_national_id, "passport": _check_passport,
    "credential": _check_credential, "precise_location": _check_location,
    "postal_address": _check_address, "person_name": _check_name,
}
