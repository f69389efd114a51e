"""The scanner: one walk over a parsed body, then a few passes over what the walk collected.

1. The walk visits every key and value once. Keys are classified (cached dict lookups);
   scalars under a key that names a kind are judged there; strings are collected with
   their paths.
2. One regex pass over all collected strings, joined, proposes candidates (cards, IBANs,
   emails, tokens...), which validators and the key context confirm or drop.
3. The trigger words of the free-text vocabulary (one Hyperscan pass over the folded text,
   or a set intersection of its words without Hyperscan) decide which strings need a
   closer look for special categories.

Nothing is kept between calls: a `Scanner` is safe to share between threads.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Iterable
from itertools import accumulate
from typing import Any, Final
from urllib.parse import parse_qsl

from charter import jsonparse
from charter.privacy.scanner import (
    codebooks,
    given_names,
    named,
    numeric,
    prefilter,
    records,
    typed,
)
from charter.privacy.scanner import detectors as det
from charter.privacy.scanner import patterns as pat
from charter.privacy.scanner import validators as v
from charter.privacy.scanner.cues import (
    ADDRESSED,
    ADMIXTURE,
    AGGREGATE,
    CALLER,
    CANVASS,
    CARD,
    CHARGES,
    DECLARATION,
    DEDUCTION,
    DONATION,
    EVENT,
    EVENTS,
    FIELD_REF,
    FIELD_VALUE,
    FORM,
    LEAVE,
    LINKED,
    LISTING,
    LOCALE,
    LOOKUP,
    MODALITY,
    ORDER,
    PLAY,
    RULEBOOK,
    SCREENING,
    SUBJECT,
    TYPES,
)
from charter.privacy.scanner.findings import Finding, Found, best_per_path
from charter.privacy.scanner.keyclass import CACHE as key_cache
from charter.privacy.scanner.keyclass import KeyInfo, classify
from charter.privacy.scanner.keywords import FIRST_NAME_OK, GIVEN_NAME_ROLES, META_TOKENS
from charter.privacy.scanner.kinds import SPECIAL_CATEGORY
from charter.privacy.scanner.normalize import fold, words
from charter.privacy.scanner.paths import index as at_index
from charter.privacy.scanner.paths import member
from charter.privacy.scanner.phrases import (
    END_DASHES,
    looks_like_code,
    signed_with_given_name,
    text_personal,
)
from charter.privacy.scanner.statements import (
    agreement_text,
    calendar_entry,
    covered_item,
    filled_columns,
    general_statement,
    policy_statement,
    priced,
)
from charter.privacy.scanner.text import TermMatcher

_NO_KEY: Final = KeyInfo(None)
# Kinds a container's key passes on to the scalars inside it: `allergies: ["peanuts"]`,
# `address: {"city": ...}`, `coordinates: [2.35, 48.85]`.
# (`phone` too: SCIM's `phoneNumbers: [{"type": "work", "value": ...}]` and other
# multi-valued attributes hold the number one level down.)
_INHERITED: Final = SPECIAL_CATEGORY | {"postal_address", "precise_location", "passport",
                                        "national_id", "bank_account", "payment_card",
                                        "phone"}
# Keys that name a kind over a scalar but not over an object (`race: {"name": "Marathon"}`).
_NOT_INHERITED: Final = frozenset({("race",), ("iris",), ("gait",), ("faith",), ("ssr",),
                                   ("ssrs",), ("special", "service"), ("special", "services"),
                                   ("special", "service", "request"),
                                   ("special", "service", "requests"), ("condition",),
                                   ("conditions",), ("problems",), ("charge",), ("charges",),
                                   ("mobility",), ("mobilitat",), ("mobilite",), ("movilidad",),
                                   ("verdict",),
                                   # a party object is judged whole (`records._joined_party`):
                                   # an office party's guests are no one's politics
                                   ("party",), ("parti",), ("partei",), ("partido",)})
# Sibling kinds that make an object a person's record (so its `name` is a person's name).
_PERSONAL_SIBLINGS: Final = frozenset({
    "email", "phone", "date_of_birth", "postal_address", "person_name", "national_id",
    "passport",
    "trade_union",  # a roster's `union_member: true`: membership is a person's
})
# Keys whose values are not prose: their words are not read as free text.
_NOT_PROSE: Final = frozenset({
    "credential", "email", "phone", "ip_address", "payment_card", "bank_account",
    "national_id", "passport", "precise_location", "date_of_birth", "person_name",
})
_MAX_DEPTH: Final = 64
# An identifier's shape: capitals and digits in parts (`TSH-NQ60`, `HIV2-KIT-04`), a digit
# among them.
_CODE_SHAPED: Final = re.compile(r"(?=[^0-9]*[0-9])[A-Z0-9]+(?:[-_/.][A-Z0-9]+)+")
# A form body kept as a string (a logged request, a webhook's raw body): `name=value` pairs
# joined by `&`, percent-encoded, with no spaces.
# (a value may hold a space a client forgot to encode: `postcode=CF14 3NB`)
# Objects whose title is a person's own words, not a heading: a push notification's message
# (APNs' `alert`, FCM's `notification`) and an entry of someone's calendar.
_TITLED_PROSE: Final = frozenset({"alert", "notification", "appointment", "appointments", "meeting",
                                  "meetings", "calendar", "termin", "termine", "rdv",
                                  "cita", "citas"})
_NOTICE_TITLES: Final = ("title", "subtitle")
# An access log's request line: the target of `GET /path?query HTTP/1.1`.
_REQUEST_TARGET: Final = re.compile(r"[A-Z]{3,7} (/[^\s\"]*\?[^\s\"]*) HTTP/")
_FORM_BODY: Final = re.compile(
    r"[A-Za-z_][\w.\[\]-]*=[^&\r\n]*(?:&[A-Za-z_][\w.\[\]-]*=[^&\r\n]*)+")
# Context bits that have a record rule (SUBJECT only marks the document as a person's;
# ADDRESSED makes the key itself a string to read).
# Cues common enough that the rules run only where a cheap look at the object says they may
# apply (`records.worth_judging`): an analytics `event`, a `url`, an export's name.
_LIGHT: Final = EVENT | LINKED | LISTING
_RULED: Final = ~(SUBJECT | FIELD_REF | FIELD_VALUE | ADDRESSED | _LIGHT)
_RULED_BELOW: Final = (DEDUCTION | CANVASS | CARD | FORM | DONATION | MODALITY | LOCALE | LOOKUP
                       | CALLER | CHARGES | ORDER | DECLARATION | ADMIXTURE | PLAY | RULEBOOK
                       | LEAVE | LISTING | AGGREGATE | TYPES)
_PAIR: Final = FIELD_REF | FIELD_VALUE  # `{"field": "password", "new": "..."}`
_CLASSIFY: Final = classify
# The gated patterns with the family whose prefilter gate opens each.
_GATED: Final = tuple((name, pat.GATE_OF.get(name, name), pattern) for name, pattern in pat.GATED)
# Keys whose value names something: a body's name is no one's faith or origin.
_ORG_NAME_KEYS: Final = frozenset({"name", "names", "nom", "nombre", "label", "title",
                                   "denominacion", "denomination", "organisation",
                                   "organization", "titre", "titulo", "titel"})
# Who wrote a chat message (`{"by": "Gareth", "text": ...}`).
_SENT_BY: Final = frozenset({("by",), ("sender",), ("sent", "by"), ("written", "by")})
# A path through someone's membership: a union's name below it is that member's union.
_MEMBERSHIP_PATH: Final = re.compile(r"(?i)member|mitglied|affiliat|adh[eé]s|afilia|union|syndica"
                                     r"|sindica|gewerkschaft")
# Keys of where something takes place: a venue named after a mosque or a church is a place.
_VENUE_KEYS: Final = frozenset({"lugar", "venue", "lieu", "veranstaltungsort", "sede",
                                "location", "place"})
_CACHED: Final = key_cache.get  # the cache behind `classify`: a hit costs no Python call


class _Walk:
    """What one scan collects. Created per call, never shared.

    (A plain class, not a dataclass: compiled, its `__init__` is native code too.)
    """

    __slots__ = ("animals", "findings", "places", "prose_topics", "strings", "subject", "typed",
                 "vetoes")

    def __init__(self) -> None:
        self.findings: list[Found] = []
        self.strings: list[str] = []
        # Where each string is: (the container's path, its key or index, the key's KeyInfo).
        # The string's own path is built only if something is found in it.
        self.places: list[tuple[str, str | int | None, KeyInfo]] = []
        # Record-rule vetoes: (path, kinds, mode); see `records`.
        self.vetoes: list[tuple[str, frozenset[str], int]] = []
        self.subject = False  # a key named a person the document is about
        self.animals: list[str] = []  # paths of animals' records (`patient: {"species": ...}`)
        self.typed = False  # a type wrapper was seen (`{"S": ...}`): see `typed`
        # Topics read as prose after all: what a person's estimated risk is of (see
        # `records.estimated_topics`), a notification's title; as (the container's path, key).
        self.prose_topics: set[tuple[str, str]] = set()

    def add(self, path: str, hit: det.Hit | None) -> None:
        if hit is not None:
            self.findings.append((path, hit[0], hit[1], hit[2]))

    def path_of(self, number: int) -> str:
        """The path of string `number`."""
        path, key, _ = self.places[number]
        if key is None:
            return path
        if type(key) is int:
            return f"{path}[{key}]"
        return member(path, str(key))


class Scanner:
    """Finds personal and sensitive data in request parts; see `docs/scanner.md`.

    Construct once and reuse: construction compiles the vocabulary; scanning keeps no state.
    """

    def __init__(self, engine: str = "auto") -> None:
        """`engine`: the prefilter, "auto" (Hyperscan if importable), "hyperscan" or "python".

        Both prefilters give the same findings; Hyperscan is faster.
        """
        self._terms = TermMatcher()
        self.engine, self._prefilter = prefilter.build(engine)
        self._locate = (prefilter.trigger_locator(self._terms.trigger_words)
                        if self.engine == "hyperscan" else None)

    # --- entry points ------------------------------------------------------------------------

    def scan_value(self, value: Any, path: str = "$") -> list[Finding]:
        """Findings in a parsed JSON value (dict, list, str, int, float, bool or None)."""
        walk = _Walk()
        self._visit(value, path, _NO_KEY, None, walk, 0)
        found = self._finish(walk)
        if walk.typed:
            found = self._typed(value, path, found)
        return found

    def _typed(self, value: Any, path: str, found: list[Finding]) -> list[Finding]:
        """`found`, with the findings in the plain document a typed encoding stands for."""
        document, moved = typed.plain(value, path)
        walk = _Walk()
        self._visit(document, path, _NO_KEY, None, walk, 0)
        more = self._finish(walk)
        if not more:
            return found
        return best_per_path([
            *((f.path, f.kind, f.detector, f.confidence) for f in found),
            *((typed.original_path(f.path, moved), f.kind, f.detector, f.confidence)
              for f in more)])

    def scan_json(self, data: bytes | str) -> list[Finding]:
        """Findings in a JSON document. Raises ValueError if `data` is not valid JSON."""
        return self.scan_value(jsonparse.loads(data))

    def scan_query(self, query: str) -> list[Finding]:
        """Findings in a raw query string (`a=1&b=x`; percent-decoding and `+` handled)."""
        return self._scan_pairs(parse_qsl(query.lstrip("?"), keep_blank_values=True), "$query")

    def scan_form(self, body: bytes) -> list[Finding]:
        """Findings in an `application/x-www-form-urlencoded` body."""
        text = body.decode("utf-8", errors="replace")
        return self._scan_pairs(parse_qsl(text, keep_blank_values=True), "$form")

    def scan_headers(self, headers: Iterable[tuple[str, str]]) -> list[Finding]:
        """Findings in HTTP headers; paths are `$header.<name in lower case>`."""
        return self._scan_pairs(((name.lower(), value) for name, value in headers), "$header")

    def scan_text(self, text: str, path: str = "$") -> list[Finding]:
        """Findings in one piece of free text, reported at `path`."""
        walk = _Walk()
        walk.strings.append(text)
        walk.places.append((path, None, _NO_KEY))
        return self._finish(walk)

    # --- the walk ----------------------------------------------------------------------------

    def _scan_pairs(self, pairs: Iterable[tuple[str, str]], root: str) -> list[Finding]:
        walk = _Walk()
        items = [(name, value) for name, value in pairs]
        infos = [_CLASSIFY(name) for name, _ in items]
        personal = any(info.kind in _PERSONAL_SIBLINGS and value
                       for info, (_, value) in zip(infos, items, strict=True))
        for info, (name, value) in zip(infos, items, strict=True):
            path = f"{root}.{name}"
            if value and info.ambiguous_name and info.kind is None:
                self._maybe_name(path, value, info, False, personal, walk)
            self._scalar(value, path, info, None, walk)
        return self._finish(walk)

    def _visit(self, value: Any, path: str, info: KeyInfo, inherited: str | None,
               walk: _Walk, depth: int) -> None:
        kind = type(value)
        if kind is dict:
            self._object(value, path, info, inherited, walk, depth + 1)
        elif kind is list:
            self._array(value, path, info, inherited, walk, depth + 1)
        elif not (kind is str and (value[:1] in ("{", "[", "<") or "&" in value) and len(value) > 20
                  and self._nested(value, path, info, inherited, walk, depth)):
            if kind is str and len(value) > 30 and '{"' in value:
                self._logged_object(value, path, info, inherited, walk, depth)
            self._scalar(value, path, info, inherited, walk)

    @staticmethod
    def _scalar(value: Any, path: str, info: KeyInfo, inherited: str | None,
                walk: _Walk) -> None:
        """A scalar at a known path (the root, a query parameter, a header)."""
        if info.kind is not None:
            walk.add(path, det.keyed(info.kind, value, info))
        elif inherited is not None:
            walk.add(path, det.keyed(inherited, value, info))
        if type(value) is str and value:
            walk.strings.append(value)
            walk.places.append((path, None, info))

    def _array(self, items: list[Any], path: str, info: KeyInfo, inherited: str | None,
               walk: _Walk, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        judged = info.kind or inherited
        strings, places = walk.strings, walk.places
        if info.tokens and info.tokens[-1] in _DIALOGUES and len(items) > 1:
            _answered_turns(items, path, walk)
        if len(items) >= _TAXONOMY_MIN and all(
                type(item) is str and _SLUG.fullmatch(item) is not None for item in items):
            # `["billing", "genetic-testing-benefit", ...]`: a help desk's tags, as a list
            walk.vetoes.append((path, _SPECIAL_KINDS, records.NO_PERSON))
        for position, item in enumerate(items):
            kind = type(item)
            if kind is str:
                if item:
                    if len(item) > 20 and (item[0] in "{[<" or "&" in item or (
                            item[0] in "h/" and "?" in item)) and self._nested(
                            item, f"{path}[{position}]", info, inherited, walk, depth):
                        continue
                    if judged:
                        self._judge(item, f"{path}[{position}]", info, inherited, walk)
                    elif info.role and named.full_name(item):  # `affected_members: [...]`
                        walk.add(f"{path}[{position}]", ("person_name", "key:person_name",
                                                         0.75))
                    strings.append(item)
                    places.append((path, position, info))
            elif kind is dict:
                if (len(item) == 1 or (len(item) <= 3 and "type" in item)) and (
                        typed.is_wrapper(item)):
                    walk.typed = True
                self._object(item, f"{path}[{position}]", info, inherited, walk, depth + 1)
            elif kind is list:
                self._array(item, f"{path}[{position}]", info, inherited, walk, depth + 1)
            elif judged:
                self._judge(item, f"{path}[{position}]", info, inherited, walk)

    def _object(self, obj: dict[Any, Any], path: str, parent: KeyInfo, inherited: str | None,
                walk: _Walk, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        cached = _CACHED
        strings, places = walk.strings, walk.places
        personal: bool | None = None  # computed only if a `name`-like key needs it
        cues = 0
        if parent.names_inside:  # `speaker: {"label": "Kwame"}`, `vars: {"name": "Declan"}`
            _named_by_parent(obj, path, walk)
        if parent.tokens and (parent.tokens[-1] in _TITLED_PROSE or "calendar" in parent.tokens):
            # a push notification's title is its message (`aps.alert.title`), a calendar
            # entry's is what the person does then ("Chemo - block afternoon")
            walk.prose_topics.update((path, key) for key in _NOTICE_TITLES if key in obj)
        for key, value in obj.items():
            if type(key) is not str:  # only from Python callers: JSON keys are strings
                key = str(key)
            info = cached(key) or _CLASSIFY(key)
            kind = type(value)
            if info.cue:
                # (`{"Customer Care": 3.64}`: a team's figure names no customer)
                cues |= info.cue if kind is not float else info.cue & ~SUBJECT
            if kind is str:
                if not value:
                    continue
                # (the length first: most values are short, and `in` reads the whole value)
                if len(value) > 20 and (value[0] in "{[-<" or "&" in value or (
                        value[0] in "h/" and "?" in value)) and self._nested(
                        value, member(path, key), info, inherited, walk, depth):
                    continue
                if len(value) > 30 and '{"' in value and value[0] not in "{[":
                    self._logged_object(value, member(path, key), info, inherited, walk, depth)
                if len(value) > 30 and "\n" in value:
                    _csv_export(value, member(path, key), walk)
                    if "\n{" in value or "```" in value:
                        # JSON quoted in a text (a model's answer): judged as a document
                        for quoted in _quoted_json(value):
                            self._object(quoted, member(path, key), info, inherited, walk,
                                         depth + 1)
                if info.plain and inherited is None:  # most keys: nothing to judge here
                    strings.append(value)
                    places.append((path, key, info))
                    continue
                if info.kind is not None or inherited is not None:
                    self._judge(value, member(path, key), info, inherited, walk)
                # (`prisoner: "Jane Doe"` is both a record and a name)
                if info.ambiguous_name and (
                        info.kind is None or info.kind in SPECIAL_CATEGORY) and (
                        det.looks_like_name(value) or ("/" in value and value.isupper())):
                    if personal is None:
                        personal = _has_personal_sibling(obj)
                    person = parent.person == 2 or (parent.person == 1 and personal)
                    self._maybe_name(member(path, key), value, info, person,
                                     personal or parent.person == 1, walk, obj, parent)
                elif info.biometric_payload and (_biometric_record(obj) or (
                        inherited == "biometric" and len(value) >= 16)):
                    # (`palm_vein: {"template": "..."}`: the parent's key names the body part)
                    walk.add(member(path, key), ("biometric", "key:biometric", 0.85))
                elif info.role and (named.full_name(value) or (
                        info.tokens[-1] in _GREETING_KEYS and named.greeting(value)) or (
                        info.tokens[-1] in GIVEN_NAME_ROLES and named.lone_given(value)) or (
                        info.tokens == ("user",) and named.lone_given(value)) or (
                        info.tokens == _FROM and _message(obj) and named.lone_given(value))):
                    # `donor: "Rodrigo Medina"`, `invitedBy: "Sabine Baumgärtner"`, a door
                    # lock's `user: "Camille"`
                    walk.add(member(path, key), ("person_name", "key:person_name", 0.75))
                strings.append(value)
                places.append((path, key, info))
            elif kind is dict or kind is list:
                if kind is dict and (len(value) == 1 or (len(value) <= 3 and "type" in value)) and (
                        typed.is_wrapper(value)):
                    walk.typed = True
                if info.kind is None and value and (
                        info.biometric_payload or (kind is list and _EMBEDDING_WORDS.
                                                   intersection(info.tokens) and _vector(value))
                ) and (_biometric_record(obj) or (kind is dict and _described(value)) or (
                        not _MODALITIES.isdisjoint(parent.tokens)) or (
                        not _MODALITIES.isdisjoint(info.tokens)) or (
                        parent.tokens in _RECOGNISED and not _SCORES.isdisjoint(obj))):
                    # (`voice_profile: {"embedding": [...]}`: the object's key names the body
                    # part the vector measures)
                    walk.add(member(path, key), ("biometric", "key:biometric", 0.85))
                elif (info.kind is None and kind is list and len(value) >= 16
                      and info.tokens and (info.tokens[-1] in _FACE_WORDS or (
                          info.tokens[0] in _FACE_FIRST)) and _vector(value)):
                    # `driverFace: [-0.0173, 0.0341, ...]`: a camera's vector of a face
                    walk.add(member(path, key), ("biometric", "key:biometric", 0.85))
                elif (info.kind is None and kind is list and len(value) == 2
                      and not _PLACE_WORDS.isdisjoint(info.tokens)
                      and _coordinates(value)):
                    # `door_location: [-2.63233, 51.45956]`: a GeoJSON-style point
                    walk.add(member(path, key), ("precise_location", "key:precise_location",
                                                 0.85))
                elif (info.kind is None and kind is list and len(value) >= 2
                      and not _TRACK_WORDS.isdisjoint(info.tokens) and _track(value)):
                    # `gpsSpur: [[51.497998, -2.663384], ...]`: a track of positions
                    walk.add(member(path, key), ("precise_location", "key:precise_location",
                                                 0.85))
                elif kind is list and info.tokens and info.tokens[-1] in _HEADER_LAST and (
                        info.tokens in _HEADER_KEYS):
                    if (rows := _located_rows(value, obj)) is not None:
                        # `columns: ["ts", "lat", "lon"]` beside `rows: [[..., 52.52, 13.4]]`
                        walk.add(member(path, rows), ("precise_location",
                                                      "columns:precise_location", 0.85))
                    _columns(value, obj, path, walk)
                elif kind is dict and info.tokens and (
                        info.tokens[-1] in codebooks.CODEBOOK_LAST) and (
                        info.tokens in codebooks.CODEBOOK_KEYS):
                    for rows, index, question, hit in codebooks.answered(value, obj):
                        walk.add(member(at_index(member(path, rows), index), question), hit)
                elif info.kind == "biometric" and kind is list and _points(value):
                    # `minutiae: [{"x": 10, "y": 22, "angle": 91}, ...]`: the template itself
                    walk.add(member(path, key), ("biometric", "key:biometric", 0.85))
                elif kind is dict and info.tokens in _BIRTH_KEYS:
                    # `birth: {"date": "1927-02-10", "place": "Málaga"}`: a family tree's or
                    # a register's birth event
                    for name in _EVENT_DATES:
                        when = value.get(name)
                        if when is not None:
                            walk.add(member(member(path, key), name),
                                     det.keyed("date_of_birth", when, _BIRTH_DATE))
                if info.kind in _INHERITED and info.tokens not in _NOT_INHERITED and not (
                        kind is dict and info.kind != "genetic" and _tally(value)) and not (
                        kind is dict and info.kind == "postal_address" and _no_street(value)):
                    passed: str | None = info.kind
                elif info.topic or _meta_like(info):
                    passed = None
                else:
                    passed = inherited
                if kind is dict:
                    self._object(value, member(path, key), info, passed, walk, depth + 1)
                else:
                    self._array(value, member(path, key), info, passed, walk, depth + 1)
            elif info.kind is not None or inherited is not None:
                self._judge(value, member(path, key), info, inherited, walk)
        if cues & SUBJECT:
            walk.subject = True
        if cues & ADDRESSED:  # keys that are e-mail addresses: judged as text
            for key in obj:
                if type(key) is str and (cached(key) or _CLASSIFY(key)).cue & ADDRESSED:
                    strings.append(key)
                    places.append((path, key, _NO_KEY))
        if cues & (SUBJECT | DEDUCTION):  # an `employee`'s payslip: its church tax line
            for where, hit in records.payroll_lines(obj):
                key, position, name = where
                walk.add(member(at_index(member(path, key), position), name), hit)
        if cues & _RULED or parent.cue & _RULED_BELOW or cues & _PAIR == _PAIR or (
                cues & _LIGHT and records.worth_judging(obj, cues)) or (
                parent.cue & EVENTS and records.gift_event(obj)):
            _records(obj, path, parent, cues, walk)
        if walk.animals:
            _animal_visit(obj, path, walk)
        if "answers" in obj and "definition" in obj:
            _form_response(obj, path, walk)
        if "token" in obj and ("form_id" in obj or "landed_at" in obj or (
                "signature" in obj and "timestamp" in obj)):
            # a form response's `token` (Typeform's webhooks): the response's id, no secret;
            # a signed webhook's (Mailgun's `timestamp`, `token`, `signature`): its nonce
            walk.vetoes.append((member(path, "token"), _CREDENTIAL_ONLY, records.ALWAYS))
        if "services" in obj and records.timetable(obj["services"]):
            # a place of worship's times of services (`services: [{"day", "time", "name"}]`)
            walk.vetoes.append((path, _SPECIAL_KINDS, records.NO_PERSON))
        if ("event" in obj or "service" in obj) and not _ATTENDEES.isdisjoint(obj):
            _worship_attendance(obj, path, walk)
        if "race" in obj and type(obj["race"]) is dict and not _EEO.isdisjoint(obj):
            _coded_race(obj["race"], member(path, "race"), walk)
        if "pin" in obj and not _TIME_CLOCK.isdisjoint(obj):
            # a time clock's user (`{"pin": "4537", "privilege": 0, "fp": [...]}`) and its
            # attendance log (`{"pin": "4537", "verify": 1}`): the `pin` is the user's number
            walk.vetoes.append((member(path, "pin"), _CREDENTIAL_ONLY, records.ALWAYS))

    def _logged_object(self, text: str, path: str, info: KeyInfo, inherited: str | None,
                       walk: _Walk, depth: int) -> None:
        """A JSON object written into a log line (`... request body={"pan": ..., "holder":
        ...} trace=...`): judged as a document under the line's path; the line is still read
        as text."""
        start = text.find('{"')
        end = text.rfind("}")
        if start <= 0 or end <= start:
            return
        try:
            value = jsonparse.loads(text[start:end + 1])
        except ValueError:
            return
        if type(value) is dict:
            self._object(value, path, info, inherited, walk, depth + 1)

    def _nested(self, text: str, path: str, info: KeyInfo, inherited: str | None,
                walk: _Walk, depth: int) -> bool:
        """A string that is itself a JSON object or array (an event's `payload`), or a form
        body (`first_name=Jane&email=jane%40example.com`): scanned as a document under the
        string's path. False when it is neither, and for XML, whose elements are judged
        under their tags but whose text is read as prose too."""
        if text[0] in "{[":
            try:
                value = jsonparse.loads(text)
            except ValueError:
                value = _json_lines(text)  # NDJSON: one object a line, read as an array
                if value is None:
                    return False
        elif text[0] == "-":
            value = _multipart_fields(text)
            if not value:
                return False
        elif "?" in text and ((text[0] in "h/" and (text[0] == "/" or text.startswith(
                ("https://", "http://")))) or " HTTP/" in text):
            # a URL's query (an analytics hit's page, a search; the request line of an access
            # log): its parameters are judged under their names, and the text is still read
            # as a whole (a secret in it is found there, by `url_secret`, which knows a token
            # from a page's cursor)
            if text[0] in "h/":
                query = text.split("?", 1)[1]
            else:
                line = _REQUEST_TARGET.search(text)
                query = line.group(1).split("?", 1)[1] if line is not None else ""
            pairs = {name: value for name, value in parse_qsl(query.split("#", 1)[0])
                     if _CLASSIFY(name).kind != "credential"}
            if pairs:
                self._object(pairs, path, info, inherited, walk, depth + 1)
            return False
        elif _FORM_BODY.fullmatch(text):
            value = dict(parse_qsl(text, keep_blank_values=True))
        elif text[0] == "<":
            # XML (`<patient><name>Hans Vogel</name>...`): its elements are judged under
            # their tags' names, and the text is still read as prose (HTML is written so)
            fields = _xml_fields(text)
            if fields:
                self._object(fields, path, info, inherited, walk, depth + 1)
            return False
        else:
            return False
        passed = info.kind if info.kind in _INHERITED else inherited
        if type(value) is dict:
            self._object(value, path, info, passed, walk, depth + 1)
        elif type(value) is list:
            self._array(value, path, info, passed, walk, depth + 1)
        else:
            return False
        return True

    @staticmethod
    def _judge(value: Any, path: str, info: KeyInfo, inherited: str | None,
               walk: _Walk) -> None:
        """A scalar under a key that names a kind, or inside a container whose key does."""
        if info.kind is not None:
            walk.add(path, det.keyed(info.kind, value, info))
        elif inherited is not None and not _meta_like(info):
            walk.add(path, det.keyed(inherited, value, info))

    @staticmethod
    def _maybe_name(path: str, value: str, info: KeyInfo, person: bool, maybe: bool,
                    walk: _Walk, obj: dict[Any, Any] | None = None,
                    parent: KeyInfo = _NO_KEY) -> None:
        """`name`-like keys: a person's name in a person's record, never a product's.

        `person`: the record is a person's (a `patient`, or a `user` with an e-mail);
        `maybe`: it may be (a `user`, an `assignee`, or any object with a personal field),
        so the value must look like a full name ("Jane Doe", not "Billing"). `obj`, the
        object holding the key: a support conversation's `agent` and a chat message's `name`
        may be a first name alone. `parent`, the key of the object: a `name` that is a full
        name with a known given name is a person's unless the object or its key says it is a
        thing (`product`, `venue`, a `sku` beside it).
        """
        if det.is_empty(value) or (obj is not None and _not_a_person(obj)):
            return
        if info.tokens[-1] in {"name", "names", "nom", "nombre", "display", "nm"} and (
                len(info.tokens) == 1):
            if (person or named.airline_name(value)) and "/" in value and (
                    _IATA_NAME.fullmatch(value.strip()) and value.isupper()):
                # a booking's `SURNAME/GIVEN MR`
                walk.add(path, ("person_name", "key:person_name", 0.85))
            elif person and det.looks_like_name(value):
                walk.add(path, ("person_name", "key:person_name", 0.85))
            elif maybe and det.looks_like_name(value, strict=True) and (
                    obj is None or not _thing_record(obj, parent)):  # not a venue's name
                walk.add(path, ("person_name", "key:person_name", 0.75))
            elif (obj is not None and info.tokens == ("name",) and _first_name(value)
                  and _message(obj)):  # a chat message's author: "Camille"
                walk.add(path, ("person_name", "key:person_name", 0.75))
            elif (obj is not None and info.tokens == ("name",) and _finish(obj)
                  and det.looks_like_name(value, strict=True)):  # a finisher: "Jane Doe"
                walk.add(path, ("person_name", "key:person_name", 0.75))
            elif obj is not None and (
                    named.full_name(value) or (maybe and named.lone_given(value)) or (
                        _bare_named(obj) and named.lone_given(value))) and (
                    not _thing_record(obj, parent)):
                # "Keisha Whitfield" beside a face template; "Alejandro" beside an e-mail
                walk.add(path, ("person_name", "key:person_name", 0.75))
        elif det.looks_like_name(value, strict=True) and (
                info.tokens[-1] not in _FINISHERS or (obj is not None and _result(obj))):
            walk.add(path, ("person_name", "key:person_name", 0.8))
        elif (" ".join(info.tokens) in FIRST_NAME_OK or (
                obj is not None and info.tokens == ("agent",) and _chat(obj)) or (
                obj is not None and info.tokens == ("author",) and _turn(obj)) or (
                obj is not None and info.tokens in _SENT_BY and _message(obj))) and (
                _first_name(value)):  # a chat message's author: "Camille"
            walk.add(path, ("person_name", "key:person_name", 0.75))
        elif (info.tokens[-1] in GIVEN_NAME_ROLES or (
                obj is not None and info.tokens in _SENT_BY and _acted(obj))) and (
                named.lone_given(value)) and (obj is None or not _thing_record(obj, parent)):
            # a review's `author: "Yanis"`, a delivery's `courier: "Friederike"`
            walk.add(path, ("person_name", "key:person_name", 0.75))

    # --- passes over the collected strings ---------------------------------------------------

    def _finish(self, walk: _Walk) -> list[Finding]:
        if walk.strings:
            joined = "\n".join(walk.strings)
            # Where each string starts in `joined`: lengths summed, plus one newline each.
            starts = list(accumulate([len(text) + 1 for text in walk.strings], initial=0))
            cue = self._patterns(walk, joined, starts)
            held = self._free_text(walk, joined, starts, cue)
            # newlines inside strings (one separates each string from the next in `joined`)
            lines = joined.count("\n") - (len(starts) - 2)
            _prose_names(walk, joined, starts, held, lines > 0)
            if named.FILE_GATE.search(joined) is not None:
                _file_names(walk, joined, starts)
            _embedded_names(walk, joined, starts)
            if lines > 0:
                _name_lines(walk, joined, starts)
            if lines > 0 or any(dash in joined for dash in END_DASHES):
                _given_name_signatures(walk)
            if "|" in joined and _HL7_SEGMENT.search(joined):
                _hl7(walk)
        if walk.vetoes:
            walk.findings = _apply_vetoes(walk)
        return best_per_path(walk.findings)

    def _patterns(self, walk: _Walk, joined: str, starts: list[int]) -> Iterable[int]:
        """Pattern candidates, judged; returns the strings that prose cues point at."""
        gates, prose = self._prefilter(joined)
        if not gates:
            return ()
        for name, family, pattern in _GATED:
            end = gates.get(family)
            if end is not None:  # (most families are absent: no call for them)
                for match in pattern.finditer(joined, _start_of(starts, end)):
                    _emit(walk, starts, name, match.group(), match.start())
        position = _first(gates, starts, "email")
        if position is not None:
            for address, where in _emails(joined, position):
                _emit(walk, starts, "email", address, where)
                if where and joined[where - 1] == "<":  # "Jane Doe <jane@example.com>"
                    number = bisect.bisect_right(starts, where) - 1
                    if _display_name(joined[starts[number]:where - 1]):
                        walk.add(walk.path_of(number),
                                 ("person_name", "text:person_name", 0.8))
        for family, keywords, pattern in (("assignment", pat.ASSIGNMENT_WORDS, pat.ASSIGNMENT),
                                          ("dob", pat.DOB_WORDS, pat.DOB),
                                          ("passport_text", pat.PASSPORT_WORDS,
                                           pat.PASSPORT_TEXT)):
            position = _first(gates, starts, family)
            if position is not None:
                for match in _at_words(joined, position, keywords, pattern):
                    _emit(walk, starts, family, match.group(), match.start())
        position = _first(gates, starts, "dash")
        if position is not None:
            _labelled_names(walk, joined, starts, position)
        position = _first(gates, starts, "mrz")
        if position is not None:
            for match in named.MRZ_NAME.finditer(joined, position):
                number = bisect.bisect_right(starts, match.start()) - 1
                walk.add(walk.path_of(number), ("person_name", "mrz", 0.85))
        position = _first(gates, starts, "upper")
        if position is not None:
            for match in pat.IBAN.finditer(joined, position):
                _emit(walk, starts, "iban", match.group(), match.start())
            for match in pat.NINO.finditer(joined, position):
                _emit(walk, starts, "nino", match.group(), match.start())
        position = _first(gates, starts, "ipv6")
        if position is not None:
            for match in pat.IPV6.finditer(joined, position):
                if _bounded(joined, match.start(), match.end(), ":."):
                    _emit(walk, starts, "ipv6", match.group(), match.start())
        position = _first(gates, starts, "genetic")
        if position is not None:
            for match in pat.GENETIC.finditer(joined, position):
                _emit(walk, starts, "genetic", match.group(), match.start())
        position = _first(gates, starts, "numeric")
        if position is not None:
            for start, end in numeric.runs(joined, position):
                for name, text, where in numeric.candidates(joined, start, end):
                    _emit(walk, starts, name, text, where)
        if prose is not None:  # the values holding a cue
            return sorted({bisect.bisect_right(starts, end - 1) - 1 for end in prose})
        cue = _first(gates, starts, "prose_cue")  # every value from the first cue on
        if cue is None:
            return ()
        return range(bisect.bisect_right(starts, cue) - 1, len(walk.strings))

    def _free_text(self, walk: _Walk, joined: str, starts: list[int],
                   cued: Iterable[int]) -> set[int]:
        """Special categories from the vocabulary; names and addresses from `cue` on.

        Returns the strings that hold a word of the vocabulary."""
        strings, places = walk.strings, walk.places
        folded_all = fold(joined)
        same_length = len(folded_all) == len(joined)
        # Which strings hold a trigger: found by offset when folding kept the length
        # (ASCII text), else by folding each string.
        holding: set[int] = set()
        if self._locate is not None:  # Hyperscan: which words occur and where, in one pass
            located = self._locate(folded_all)
            present = {word for word, _ in located}
            if same_length:
                holding = {bisect.bisect_right(starts, where) - 1 for _, where in located}
        else:
            present = self._terms.triggers(words(folded_all))
            if present and same_length:
                for trigger in present:
                    found = folded_all.find(trigger)
                    while found >= 0:
                        holding.add(bisect.bisect_right(starts, found) - 1)
                        found = folded_all.find(trigger, found + 1)
        if present and not same_length:
            holding = {number for number, text in enumerate(strings)
                       if any(trigger in fold(text) for trigger in present)}
        for number in sorted(holding):
            info = places[number][2]
            if info.kind in _NOT_PROSE or (info.topic and not (
                    walk.prose_topics and places[number][:2] in walk.prose_topics)):
                continue
            original = strings[number]
            if info.no_numbers and _CODE_SHAPED.fullmatch(original):
                continue  # an identifier (`sku: "TSH-NQ60"`), not a word of prose
            if info.cue & FIELD_REF and "_" in original and " " not in original:
                continue  # a field's name (`{"name": "genetic_testing_covered", ...}`)
            if original.startswith(("https://", "http://")) and " " not in original:
                continue  # a link (`.../v1/prayer-times`): an address, not a statement
            if "{" in original or "=" in original:
                if looks_like_code(original):  # `union SearchResult = Member | Congregation`
                    continue
            text = fold(original)
            short = len(text) < 40 and text.count(" ") < 2
            found_kinds = self._terms.match(text, present, short, original)
            if "biometric" not in found_kinds and len(original) > 40 and (
                    _biometric_code(original)):
                # "Code iris (œil gauche) : 79d75abd...": the template written into a note
                found_kinds["biometric"] = 0.85
            if found_kinds and "\n" in original and (
                    kept := filled_columns(original)) is not None:
                # a delimited export: its header's names of columns no row fills say nothing
                again = self._terms.match(fold(kept), present, False, kept)
                found_kinds = {kind: confidence for kind, confidence in found_kinds.items()
                               if kind in again or kind not in SPECIAL_CATEGORY}
            if found_kinds and (policy_statement(text) or general_statement(text)
                                or agreement_text(text)
                                or _catalogued(places[number]) or (
                                    len(original) < 80 and info.tokens
                                    and info.tokens[-1] in _ORG_NAME_KEYS
                                    and named.organisation(original, unions=not _membership(
                                        places[number][0])))):
                # a policy's list of grounds, a statistic, a holiday's or a plan's catalogue,
                # a body's name ("Catholic Children's Society"): about no one
                found_kinds = {kind: confidence for kind, confidence in found_kinds.items()
                               if kind not in SPECIAL_CATEGORY}
            if "health" in found_kinds and priced(original, text):
                found_kinds.pop("health")  # a pharmacy's offer: "Ibuprofen 200 mg, now 3.49"
            if found_kinds:
                if info.kind == "criminal_record":
                    # an offence charged ("drink-driving", "drug possession") is not a
                    # statement about the offender's health
                    found_kinds.pop("health", None)
                elif info.kind == "postal_address" or (
                        info.tokens and info.tokens[-1] in _VENUE_KEYS):
                    # a street is named after a church, a union or a hospital ("Calle del
                    # Sindicato 67", "Church Lane"): an address, no one's belief
                    found_kinds = {kind: confidence for kind, confidence in found_kinds.items()
                                   if kind not in SPECIAL_CATEGORY}
                elif info.kind == "racial_ethnic_origin":
                    # an origin stated under an ethnicity key ("polnisch-jüdisch", "Jewish
                    # Ashkenazi") is the person's ethnic origin, not a statement of faith
                    found_kinds.pop("religious_belief", None)
                path = walk.path_of(number)
                for kind, confidence in found_kinds.items():
                    walk.add(path, (kind, f"text:{kind}", confidence))
        for number in cued:
            original = strings[number]
            info = places[number][2]
            if (info.kind is None and not info.topic and len(original) > 7
                    and " " in original):
                hits = text_personal(original)
                if hits:
                    path = walk.path_of(number)
                    for hit in hits:
                        walk.add(path, hit)
            elif info.kind == "precise_location" and len(original) > 7 and " " in original:
                # a place given as a street address (`location: "44 Mill Lane, Leeds"`)
                hits = [hit for hit in text_personal(original) if hit[0] == "postal_address"]
                if hits:
                    path = walk.path_of(number)
                    for hit in hits:
                        walk.add(path, hit)
        return holding


# (`_emit` and `_first` are module functions, not closures inside `_patterns`: compiled, a
# closure is called through Python's calling convention and its environment is allocated
# on every scan.)
def _emit(walk: _Walk, starts: list[int], name: str, text: str, position: int) -> None:
    """Judge the candidate `text` of pattern `name` found at `position` of the joined text."""
    where = bisect.bisect_right(starts, position) - 1
    hit = det.candidate(name, text, walk.places[where][2], walk.strings[where])
    if hit is not None:
        walk.add(walk.path_of(where), hit)


def _first(gates: dict[str, int], starts: list[int], family: str) -> int | None:
    """Where the value holding the first occurrence of `family` starts (None: no occurrence)."""
    end = gates.get(family)
    if end is None:
        return None
    return _start_of(starts, end)


def _start_of(starts: list[int], end: int) -> int:
    """Where the value holding offset `end - 1` of the joined text starts."""
    return starts[max(0, bisect.bisect_right(starts, max(0, end - 1)) - 1)]


# HL7 v2 segments that carry a patient's data: PID (identification), NK1 (next of kin),
# DG1 (diagnosis), PV1 (visit). Fields are `|`-separated, components `^`-separated.
_HL7_SEGMENT: Final = re.compile(r"(?:^|[\r\n])(?:PID|NK1|DG1)\|")
_HL7_DATE: Final = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_HL7_DIGITS: Final = re.compile(r"\d")


_FENCED: Final = re.compile(r"```(?:json)?[ \t]*\n(\{.*?\})[ \t]*\n?```", re.DOTALL)


def _quoted_json(text: str) -> list[dict[Any, Any]]:
    """JSON objects quoted inside a text: a line that is one (`\n{"name": ...}`) or a fenced
    block (```json ... ```)."""
    blocks = [match.group(1) for match in _FENCED.finditer(text)] if "```" in text else []
    blocks.extend(line for line in text.split("\n")[1:]
                  if line.startswith("{") and line.rstrip().endswith("}"))
    found = []
    for block in blocks:
        try:
            value = jsonparse.loads(block)
        except ValueError:
            continue
        if type(value) is dict:
            found.append(value)
    return found


def _json_lines(text: str) -> list[Any] | None:
    """The objects of a JSON Lines text (`{...}\n{...}`), or None when it is not one."""
    if "}\n{" not in text and "}\r\n{" not in text:
        return None
    rows: list[Any] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            rows.append(jsonparse.loads(line))
        except ValueError:
            return None
    return rows


def _hl7(walk: _Walk) -> None:
    """Patient data in HL7 v2 messages: PID-5 name, PID-7 birth date, PID-10 race, PID-11
    address, PID-13/14 phones, PID-17 religion, PID-22 ethnic group, NK1-2 a relative's name,
    DG1 a diagnosis, OBX an observation's result."""
    for number, text in enumerate(walk.strings):
        if "|" not in text or _HL7_SEGMENT.search(text) is None:
            continue
        hits: list[det.Hit] = []
        for segment in re.split(r"[\r\n]+", text):
            fields = segment.split("|")
            name = fields[0].strip()
            if name == "PID":
                if _hl7_has_name(fields, 5):
                    hits.append(("person_name", "hl7", 0.9))
                if len(fields) > 7 and _HL7_DATE.match(fields[7]):
                    hits.append(("date_of_birth", "hl7", 0.9))
                if len(fields) > 11 and any(c.isalpha() for c in fields[11]) and (
                        _HL7_DIGITS.search(fields[11])):
                    hits.append(("postal_address", "hl7", 0.85))
                if any(len(fields) > i and 7 <= len(_HL7_DIGITS.findall(fields[i])) <= 15
                       for i in (13, 14)):
                    hits.append(("phone", "hl7", 0.85))
                for index, kind in _HL7_PID_CATEGORIES:
                    if len(fields) > index and _hl7_stated(fields[index]):
                        hits.append((kind, "hl7", 0.85))
            elif name == "NK1" and _hl7_has_name(fields, 2):
                hits.append(("person_name", "hl7", 0.85))
            elif name == "DG1" and len(fields) > 3 and fields[3].strip("^ "):
                hits.append(("health", "hl7", 0.85))
            elif name == "OBX" and len(fields) > 5 and fields[3].strip("^ ") and (
                    fields[5].strip("^ ")):
                hits.append(("health", "hl7", 0.8))  # an observation's result
        if hits:
            path = walk.path_of(number)
            for hit in hits:
                walk.add(path, hit)


# PID-10 race, PID-17 religion, PID-22 ethnic group.
_HL7_PID_CATEGORIES: Final = ((10, "racial_ethnic_origin"), (17, "religious_belief"),
                              (22, "racial_ethnic_origin"))
# Codes that state nothing: unknown, asked but unknown, not asked, declined, variable.
_HL7_UNSTATED: Final = frozenset({"unk", "u", "asku", "nask", "var", "unknown", "declined",
                                  "refused", "ref", "na", "n/a", "oth"})


def _hl7_stated(field: str) -> bool:
    code = field.split("~")[0].split("^")[0].strip().lower()
    return bool(code) and code not in _HL7_UNSTATED


def _hl7_has_name(fields: list[str], index: int) -> bool:
    if len(fields) <= index:
        return False
    parts = [part for part in fields[index].split("~")[0].split("^")[:3] if part]
    return bool(parts) and all(part.replace("-", "").replace("'", "").replace(" ", "")
                               .isalpha() for part in parts)


_DISPLAY: Final = re.compile(r"(?:^|[\s,:;])\"?([^\W\d_][\w'.-]*(?:,? [^\W\d_][\w'.-]*){1,3})"
                             r"\"?\s*\Z")


def _display_name(before: str) -> bool:
    """The text before `<address>` ends with a person's name ("From: Jane Doe")."""
    match = _DISPLAY.search(before[-80:])
    if match is None:
        return False
    name = match.group(1)
    return det.looks_like_name(name, strict=True) or (
        name.isupper() and det.looks_like_name(name.title(), strict=True))


def _emails(text: str, position: int) -> list[tuple[str, int]]:
    """(address, offset) of each e-mail address: domain by pattern, local part walked back;
    also percent-encoded (`jane%40example.com` in a form body or a query string)."""
    found = []
    at = text.find("%40", position)
    while at >= 0:
        match = pat.EMAIL_DOMAIN.match("@" + text[at + 3:at + 259])
        begin = at
        while begin > 0 and text[begin - 1] in pat.EMAIL_LOCAL and at - begin < 64:
            begin -= 1
        while begin < at and text[begin] in "._%+-":
            begin += 1
        if match is not None and begin < at:
            found.append((f"{text[begin:at]}{match.group()}", begin))
        at = text.find("%40", at + 3)
    for match in pat.EMAIL_DOMAIN.finditer(text, position):
        at = match.start()
        begin = at
        while begin > 0 and text[begin - 1] in pat.EMAIL_LOCAL and at - begin < 64:
            begin -= 1
        while begin < at and text[begin] in "._%+-":
            begin += 1
        if begin < at:
            found.append((text[begin:match.end()], begin))
    return found


def _at_words(text: str, position: int, keywords: tuple[str, ...],
              pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `pattern` that start where one of `keywords` occurs (case-insensitively)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        return list(pattern.finditer(text, position))
    starts = set()
    for keyword in keywords:
        found = lowered.find(keyword, position)
        while found >= 0:
            starts.add(found)
            found = lowered.find(keyword, found + 1)
    matches = []
    end = -1
    for start in sorted(starts):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


def _bounded(text: str, start: int, end: int, extra: str) -> bool:
    """No letter, digit or one of `extra` right before `start` or right after `end`."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in extra or after.isalnum() or after in extra)


# A body part as a key's last word, over a vector of its measurement (`fahrer_gesicht`).
_FACE_WORDS: Final = frozenset({"face", "faces", "gesicht", "visage", "rostro", "cara", "iris",
                                "voice", "stimme", "voix", "voz", "palm", "fingerprint"})
_FACE_FIRST: Final = frozenset({"visage", "rostro", "cara"})  # `visage_conducteur`
_MODALITIES: Final = frozenset({
    "face", "facial", "fingerprint", "finger", "iris", "retina", "voice", "voiceprint", "palm",
    "palm vein", "palmprint", "vein", "gait", "signature dynamics", "gesicht", "visage",
    "rostro", "empreinte", "huella", "stimme", "voix", "voz", "thumb", "fingerabdruck",
    "minutiae", "speaker", "iriscode", "palma", "paume", "faciale", "gesichtserkennung",
    "gesichts",
})
_MODALITY_KEYS: Final = frozenset({"modality", "modalities", "biometric", "factor", "type",
                                   "kind", "trait", "sensor", "typ", "tipo", "format",
                                   # how someone was identified: `metodo: "venas de la
                                   # palma"`; what a camera saw: `ereignis: "gesicht_erkannt"`
                                   "method", "metodo", "methode", "verfahren", "event",
                                   "evento", "ereignis", "evenement", "mode", "modus",
                                   "modo"})


# Words for the stored measurement anywhere in a key (`embedding_head`, `template_b64`),
# looked at only when the value is a vector.
# A person a recognition system matched, with the vector it matched and its score
# (`recognised: {"name": ..., "embedding": [...], "similarity": 0.83}`).
_RECOGNISED: Final = frozenset({("recognised",), ("recognized",), ("matched",),
                                ("identified",), ("match",)})
_SCORES: Final = frozenset({"similarity", "score", "match_score", "distance", "confidence"})
_EMBEDDING_WORDS: Final = frozenset({"embedding", "embeddings", "template", "templates",
                                     "vector", "vectors", "encoding", "descriptor",
                                     "descriptors", "faceprint", "voiceprint", "emb", "embs",
                                     "vec", "vecs", "feat", "feats", "feature", "features",
                                     "xvector", "dvector", "ivector", "merkmalsvektor",
                                     "vektor", "vecteur", "plantilla", "gabarit"})
# Keys naming the model or algorithm that computed a measurement.
_MODEL_KEYS: Final = frozenset({"model", "algorithm", "algo", "extractor", "encoder", "engine",
                                "backbone", "network", "net", "matcher", "modell", "modele",
                                "modelo", "algorithmus", "algorithme", "algoritmo", "format"})
# Face, speaker and fingerprint recognition models and SDKs: what they compute from a person
# is a template, whatever the key holding it is called.
_RECOGNITION_MODEL: Final = re.compile(
    r"arcface|facenet|insightface|sphereface|cosface|vggface|deepface|openface|adaface|"
    r"magface|curricularface|elasticface|face[ _-]?recognition|dlib|mobilefacenet|"
    r"ecapa|[xdi][ _-]?vector|titanet|speakernet|resemblyzer|wespeaker|wav2vec[ _-]?spk|"
    r"speechbrain|pyannote|buffalo_[lsm]|antelopev2|"
    r"sourceafis|mindtct|bozorth|verifinger|neurotec|innovatrics|"
    # biometric data interchange formats: ISO/IEC 19794 and 39794, ANSI/INCITS 378 and 385
    r"iso[ /a-z]*(?:19794|39794)|(?:ansi|incits)[ /a-z-]*3(?:78|85)")
# The measurement inside a template object: an encoded string or a vector.
_ENCODED: Final = re.compile(r"[A-Za-z0-9+/=_-]{32,}")


def _vector(items: list[Any]) -> bool:
    """Eight or more floats (an embedding's components, or its first ones)."""
    return len(items) >= 8 and all(type(item) is float or type(item) is int
                                   for item in items) and any(type(item) is float
                                                              for item in items)


# A multipart/form-data part (RFC 7578): its field name, then after the part's headers and
# a blank line, its value (a field's text or an uploaded file's) up to the next boundary.
_MULTIPART_FIELD: Final = re.compile(
    r'Content-Disposition:[ \t]*form-data;[ \t]*name="([^"\r\n]{1,100})"[^\r\n]*\r?\n'
    r'(?:[A-Za-z-]+:[^\r\n]*\r?\n)*\r?\n(.*?)\r?\n--', re.IGNORECASE | re.DOTALL)


# An element holding only text (`<birthDate>1955-09-30</birthDate>`), in any namespace.
_XML_LEAF: Final = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>"
                              r"([^<>]{1,500})</(?:[A-Za-z_][\w.-]*:)?\1>")


def _xml_fields(text: str) -> dict[str, Any]:
    """The text elements of an XML text by tag (a list where a tag repeats); `{}` if none."""
    fields: dict[str, Any] = {}
    for tag, content in _XML_LEAF.findall(text):
        content = content.strip()
        if not content:
            continue
        held = fields.get(tag)
        if held is None:
            fields[tag] = content
        elif type(held) is list:
            held.append(content)
        else:
            fields[tag] = [held, content]
    return fields


def _multipart_fields(text: str) -> dict[str, str]:
    """The form fields of a multipart/form-data body (`{}` if it is not one), so each value
    is judged under its field's name as in a JSON object."""
    if not text.startswith("--") or "form-data" not in text[:400]:
        return {}
    return dict(_MULTIPART_FIELD.findall(text))


# The parts of an address coarser than a street (`city`, `postal_code`, `country`).
_COARSE_PARTS: Final = frozenset({
    "city", "town", "ort", "stadt", "ville", "ciudad", "localidad", "locality", "municipio",
    "commune", "gemeinde", "postal", "postcode", "zip", "zipcode", "plz", "cp", "code",
    "country", "land", "pais", "pays", "state", "region", "province", "provincia", "county",
    "name", "iso",
})


def _no_street(obj: dict[Any, Any]) -> bool:
    """An address object holding only a city, a postcode, a region or a country
    (`shipping_address: {"city": "Lyon", "postal_code": "69002"}`): no street-level address."""
    return bool(obj) and all(type(key) is str and (tokens := _CLASSIFY(key).tokens) and
                             _COARSE_PARTS.issuperset(tokens) for key in obj)


def _described(obj: dict[Any, Any]) -> bool:
    """A template object naming its own biometric format and holding the measurement
    (`template: {"format": "iriscode", "data": "<hex>"}`)."""
    return any((type(item) is str and _ENCODED.fullmatch(item)) or (
        type(item) is list and _vector(item)) for item in obj.values()) and _biometric_record(obj)


def _biometric_record(obj: dict[Any, Any]) -> bool:
    """An enrolment record: a `modality` (or `finger`) saying which body part was measured,
    or a face/speaker/fingerprint recognition model naming what computed the values."""
    for key, value in obj.items():
        if type(key) is not str:
            continue
        tokens = _CLASSIFY(key).tokens
        if tokens and tokens[-1] in {"finger", "hand", "eye"}:
            return True
        if (tokens and tokens[-1] in _MODEL_KEYS and type(value) is str and len(value) < 60
                and _RECOGNITION_MODEL.search(value.lower())):
            return True
        if tokens and tokens[-1] in _MODALITY_KEYS and type(value) is str and len(value) < 40:
            folded = fold(value).replace("_", " ").replace("-", " ")
            if folded in _MODALITIES or (
                    tokens[-1] != "type" and _MODALITIES.intersection(folded.split())):
                return True
    return False


def _records(obj: dict[Any, Any], path: str, parent: KeyInfo, cues: int, walk: _Walk) -> None:
    """The record rules of `records` for one object (only when a key set a context bit)."""
    if parent.person == 2:
        walk.subject = True
    found, vetoes = records.judge(obj, cues, parent, lambda: _has_personal_sibling(obj),
                                  path.endswith("]"))
    for where, hit in found:
        if type(where) is str:
            walk.add(member(path, where), hit)
            continue
        below = path
        for part in where:
            below = f"{below}[{part}]" if type(part) is int else member(below, str(part))
        walk.add(below, hit)
    for name, kinds, mode in vetoes:
        walk.vetoes.append((path if name is None else member(path, name), kinds, mode))
    if cues & SCREENING:
        walk.prose_topics.update((path, key) for key in records.estimated_topics(obj))
    if cues & PLAY and records.animal(obj):
        walk.animals.append(path)


# Where a form service's answer holds its value, by the answer's type (Typeform's shape).
_ANSWER_VALUES: Final = {"choice": ("choice", "label"), "choices": ("choices", "labels"),
                         "boolean": ("boolean",), "text": ("text",), "number": ("number",)}


def _form_response(obj: dict[Any, Any], path: str, walk: _Walk) -> None:
    """A form service's response (`definition: {"fields": [...]}`, `answers: [...]`): each
    answer points at its field by id, and the field's title asks the question ("¿Está
    afiliado/a a un sindicato?" - `true`)."""
    definition, answers = obj["definition"], obj["answers"]
    if type(definition) is not dict or type(answers) is not list:
        return
    fields = definition.get("fields")
    if type(fields) is not list:
        return
    asked: dict[str, set[str]] = {}
    for field in fields:
        if type(field) is dict and type(field.get("id")) is str and (
                type(title := field.get("title")) is str):
            about = records.asked_about(title)
            if about:
                asked[field["id"]] = about
    if not asked:
        return
    for position, answer in enumerate(answers):
        field = answer.get("field") if type(answer) is dict else None
        ident = field.get("id") if type(field) is dict else None
        kinds = asked.get(ident) if type(ident) is str else None
        if not kinds:
            continue
        shape = answer.get("type")
        keys = _ANSWER_VALUES.get(shape, ()) if type(shape) is str else ()
        value: Any = answer
        where = at_index(member(path, "answers"), position)
        for name in keys:
            value = value.get(name) if type(value) is dict else None
            where = member(where, name)
        if type(value) is list and value:  # several choices: the first says it
            value, where = value[0], at_index(where, 0)
        if keys and records.short_answer(value):
            for kind in sorted(kinds):
                walk.add(where, (kind, f"key:{kind}", 0.8))


def _animal_visit(obj: dict[Any, Any], path: str, walk: _Walk) -> None:
    """A vet's record: an animal beside its visit (`patient: {"species": "feline"}`,
    `visit: {"diagnosis": ...}`). The health data of the members that are not a person's
    (the owner's, the client's) is the animal's."""
    keys = [key for key in obj if type(key) is str]
    if not any(member(path, key) in walk.animals for key in keys):
        return
    for key in keys:
        if not (_CACHED(key) or _CLASSIFY(key)).person:
            walk.vetoes.append((member(path, key), _HEALTH_ONLY, records.ALWAYS))


_PERSON_EVIDENCE: Final = frozenset({"person_name", "date_of_birth", "national_id", "passport"})
_HEALTH_ONLY: Final = frozenset({"health"})
# A body part's template written into a text after a colon: a long hex or base64 run (found
# first: a pattern that starts with a character class is skipped to in C), then the body
# part's word in the 60 characters before it.
_LONG_CODE: Final = re.compile(r"[:=]\s*(?:[0-9a-fA-F]{32,}|[A-Za-z0-9+/]{40,}={0,2})")
_BODY_PART: Final = re.compile(
    r"(?i:iris|retina|r[ée]tine|face|facial|gesicht|visage|rostro|voiceprint|stimmabdruck"
    r"|empreinte vocale|palm|vein|veine|vena|minutiae)[^\n:=]{0,50}\Z")


def _biometric_code(text: str) -> bool:
    """"Code iris (œil gauche) : 79d75abd...": a body part's template in a text."""
    for match in _LONG_CODE.finditer(text):
        start = match.start()
        if _BODY_PART.search(text, max(0, start - 60), start) is not None:
            return True
    return False
_CREDENTIAL_ONLY: Final = frozenset({"credential"})
# An object that is someone's birth, and the keys of its date.
_BIRTH_KEYS: Final = frozenset({("birth",), ("geburt",), ("naissance",), ("nacimiento",),
                                ("birth", "event"), ("born",)})
_EVENT_DATES: Final = ("date", "datum", "fecha", "when", "on", "value")
_BIRTH_DATE: Final = classify("birth_date")


def _apply_vetoes(walk: _Walk) -> list[Found]:
    """The findings that no veto of a record rule removes."""
    person = walk.subject or any(f[1] in _PERSON_EVIDENCE for f in walk.findings)
    kept = []
    for finding in walk.findings:
        path, kind, detector, _ = finding
        if detector.startswith("codebook:"):
            # a respondent's coded answer: the codebook that vetoes its legend as reference
            # data is what makes the answer readable
            kept.append(finding)
            continue
        for where, kinds, mode in walk.vetoes:
            if kind not in kinds or not path.startswith(where) or (
                    len(path) > len(where) and path[len(where)] not in ".["):
                continue
            if mode == records.TEXT_ONLY and not detector.startswith("text:"):
                continue
            if mode == records.KEYED_ONLY and detector.startswith("text:"):
                continue
            if mode == records.NO_PERSON and person:
                continue
            break
        else:
            kept.append(finding)
    return kept


def _first_name(value: str) -> bool:
    """One capitalised word of letters ("Jane", "Zoë", "Mei-Ling"), not an acronym or a
    system's name."""
    text = value.strip()
    return (2 <= len(text) <= 20 and all(part[:1].isupper() and part[1:].islower()
                                         for part in text.split("-"))
            and det.looks_like_name(text))


_CHAT: Final = frozenset({"messages", "message", "transcript", "chat", "conversation",
                          "ticket", "session", "queue", "channel", "turns", "utterances"})


# Who finished a race, and the fields of their result (`{"pos": 1, "runner": "Jane Doe",
# "time": "00:38:33"}`); a CI job's `runner` is a machine.
_FINISHERS: Final = frozenset({"runner", "rider", "athlete", "competitor", "racer",
                               "finisher"})
_RESULT_KEYS: Final = frozenset((word,) for word in (
    "pos", "position", "rank", "place", "placing", "bib", "time", "finish", "club",
    "chip time", "gun time", "split", "category", "platz", "zeit", "dorsal", "puesto",
    "tiempo", "temps", "dossard", "classement"))


def _result(obj: dict[Any, Any]) -> bool:
    return any(type(key) is str and _CLASSIFY(key).tokens in _RESULT_KEYS for key in obj)


# What only a race's result has: a start number, a chip or a lap time.
_FINISH_KEYS: Final = frozenset(tuple(words_.split()) for words_ in (
    "bib", "bib number", "bib no", "dorsal", "dossard", "startnummer", "start number",
    "chip time", "gun time", "net time", "finish time", "lap time", "laptime", "laps",
    "zielzeit", "nettozeit", "temps officiel", "tiempo oficial"))


def _finish(obj: dict[Any, Any]) -> bool:
    """A finisher's line in a race's results: a `name` there is the runner's."""
    return any(type(key) is str and _CLASSIFY(key).tokens in _FINISH_KEYS for key in obj)


def _chat(obj: dict[Any, Any]) -> bool:
    """A support conversation: its `agent` is a person (a first name), not a user agent."""
    return any(type(key) is str and set(_CLASSIFY(key).tokens) & _CHAT for key in obj)


# A message's text and its author's side, as key tokens.
_MESSAGE_TEXT: Final = frozenset((word,) for word in (
    "text", "message", "body", "content", "utterance", "msg"))
_MESSAGE_BY: Final = frozenset((word,) for word in (
    "from", "sender", "role", "speaker", "author", "direction", "by"))


_SIDE: Final = frozenset((word,) for word in ("from", "role", "speaker", "direction"))
# A message's sender named by a first name alone (`{"from": "Jonas", "text": "..."}`; a
# `sender` key is judged as a name's key already).
_FROM: Final = ("from",)


def _turn(obj: dict[Any, Any]) -> bool:
    """A turn of a conversation: its side (`from: "agent"`) beside its text, so its
    `author` is a participant (an app review's `author` may be a word, "Kundin")."""
    return _message(obj) and any(type(key) is str and _CLASSIFY(key).tokens in _SIDE
                                 for key in obj)


# An event's action (`{"action": "lock", "by": "Rubén"}`): who did it is a person.
_ACTION_KEYS: Final = frozenset({("action",), ("accion",), ("aktion",), ("event",),
                                 ("evento",), ("ereignis",), ("evenement",)})


def _acted(obj: dict[Any, Any]) -> bool:
    return any(type(key) is str and _CLASSIFY(key).tokens in _ACTION_KEYS for key in obj)


def _message(obj: dict[Any, Any]) -> bool:
    """A chat message (`{"from": "agent", "name": "Sofia", "text": "..."}`): its `name` is a
    participant's, a first name alone included."""
    said = by = False
    for key in obj:
        if type(key) is str:
            tokens = _CLASSIFY(key).tokens
            said = said or tokens in _MESSAGE_TEXT
            by = by or tokens in _MESSAGE_BY
    return said and by


def _points(items: list[Any]) -> bool:
    """Three or more points or numbers (a template's minutiae, a vector), not strings (a
    certificate's fingerprints)."""
    return len(items) >= 3 and all(type(item) in (dict, int, float) for item in items[:8])


# Last key words of a place given as a bare `[lon, lat]` or `[lat, lon]` pair.
_PLACE_WORDS: Final = frozenset({"location", "position", "point", "pin", "loc", "spot",
                                 "lnglat", "lonlat", "latlon", "standort", "ubicacion",
                                 "emplacement", "posicion", "ort", "centroid", "centroide",
                                 "schwerpunkt"})
# Keys of a track of positions: a bodycam's `gpsSpur`, a run's `trace_gps`.
_TRACK_WORDS: Final = frozenset({"gps", "track", "trace", "spur", "route", "trail", "polyline",
                                 "breadcrumbs", "traza", "recorrido", "trajet", "strecke"})


def _track(items: list[Any]) -> bool:
    """Pairs of coordinates, one at least with 4 or more decimals."""
    return all(type(item) is list and len(item) == 2 for item in items[:50]) and any(
        _coordinates(item) for item in items[:50])


# Keys of a columnar payload's header (`columns`, `fields`) and the names of its
# latitude and longitude columns.
_HEADER_KEYS: Final = frozenset({("columns",), ("cols",), ("fields",), ("header",),
                                 ("headers",), ("column", "names"), ("field", "names"),
                                 ("spalten",), ("colonnes",), ("columnas",), ("campos",)})
_HEADER_LAST: Final = frozenset(tokens[-1] for tokens in _HEADER_KEYS)
_LATITUDE_COLUMNS: Final = frozenset({"lat", "latitude", "latitud", "breite", "breitengrad"})
_LONGITUDE_COLUMNS: Final = frozenset({"lon", "lng", "long", "longitude", "longitud", "lange",
                                       "laengengrad", "langengrad"})


def _located_rows(header: list[Any], obj: dict[Any, Any]) -> str | None:
    """The sibling key of a header naming latitude and longitude columns whose rows hold
    a precise coordinate pair at those positions (None if there is none)."""
    if not 2 <= len(header) <= 64 or not all(type(cell) is str for cell in header):
        return None
    names = [fold(cell).strip() for cell in header]
    lat = next((i for i, name in enumerate(names) if name in _LATITUDE_COLUMNS), None)
    lon = next((i for i, name in enumerate(names) if name in _LONGITUDE_COLUMNS), None)
    if lat is None or lon is None:
        return None
    for key, rows in obj.items():
        if type(key) is str and type(rows) is list and rows and rows is not header:
            for row in rows[:20]:
                if (type(row) is list and len(row) == len(header)
                        and _coordinates([row[lat], row[lon]])):
                    return key
    return None


def _keyed_columns(infos: list[KeyInfo]) -> list[tuple[int, str, KeyInfo]]:
    """(index, kind, header) of the columns whose header names a kind; names are left to
    the name rules, which need the other columns to tell a person from a product."""
    keyed = []
    for index, info in enumerate(infos):
        if info.kind is not None and info.kind != "person_name":
            keyed.append((index, info.kind, info))
    return keyed


def _columns(header: list[Any], obj: dict[Any, Any], path: str, walk: _Walk) -> None:
    """A header's columns judge the cells of the rows beside it, as keys judge values:
    `columns: ["name", "dob"]` with `rows: [["Florian Gräfe", "1954-08-21"]]`. A bare `name`
    column holds people's names only beside another column of a person's data."""
    if not 2 <= len(header) <= 64 or not all(type(cell) is str for cell in header):
        return
    infos = [_CLASSIFY(cell) for cell in header]
    keyed = _keyed_columns(infos)
    personal = any(kind in _PERSONAL_SIBLINGS for _, kind, _ in keyed)
    names = [index for index, info in enumerate(infos) if info.kind == "person_name" or (
        personal and info.tokens in _BARE_NAME_COLUMNS)]
    if not keyed and not names:
        return
    for key, rows in obj.items():
        if type(key) is not str or type(rows) is not list or rows is header:
            continue
        where = member(path, key)
        for number, row in enumerate(rows[:50]):
            if type(row) is not list or len(row) != len(header):
                continue
            for index, kind, info in keyed:
                cell = row[index]
                if cell is not None and cell != "":
                    hit = det.keyed(kind, cell, info)
                    if hit is not None:
                        walk.add(f"{where}[{number}][{index}]", hit)
            for index in names:
                cell = row[index]
                if type(cell) is str and det.looks_like_name(cell, strict=True):
                    walk.add(f"{where}[{number}][{index}]",
                             ("person_name", "columns:person_name", 0.8))


def _coordinates(pair: list[Any]) -> bool:
    """Two floats written with 4 or more decimals, one a valid latitude, both longitudes."""
    first, second = pair
    return (type(first) is float and type(second) is float
            and v.decimals(first) >= 4 and v.decimals(second) >= 4
            and abs(first) <= 180 and abs(second) <= 180
            and min(abs(first), abs(second)) <= 90)


def _membership(path: str) -> bool:
    """Whether the object holding the value at `path` is someone's membership or union."""
    return _MEMBERSHIP_PATH.search(path, 0, max(0, path.rfind("."))) is not None


def _catalogued(place: tuple[str, str | int | None, KeyInfo]) -> bool:
    """A string in a holiday calendar, or an entry of a plan's list of what it covers."""
    path, key, info = place
    if type(key) is int:
        return covered_item(info.tokens)
    return calendar_entry(path)


def _tally(obj: dict[Any, Any]) -> bool:
    """Counts or shares per group (`{"White": 62.1, "Asian": 14.3}`): a statistic."""
    return len(obj) >= 2 and all(
        (type(value) is int or type(value) is float) for value in obj.values())


# Header cells of a CSV export's column of people's names; a bare `name` column counts
# beside a personal column (`email`, `phone`), since a product list has names too.
_NAME_COLUMNS: Final = frozenset({
    ("full", "name"), ("fullname",), ("contact", "name"), ("customer", "name"),
    ("nombre", "completo"), ("nom", "complet"), ("employee", "name"), ("patient", "name")})
_BARE_NAME_COLUMNS: Final = frozenset({("name",), ("nombre",), ("nom",)})
# (French `nom` beside `prénom` is the surname; Spanish `nombre` beside `apellidos`, the
# given name)
_FIRST_COLUMNS: Final = frozenset({("first", "name"), ("firstname",), ("given", "name"),
                                   ("vorname",), ("prenom",), ("fname",), ("nombre",)})
_LAST_COLUMNS: Final = frozenset({("last", "name"), ("lastname",), ("surname",),
                                  ("family", "name"), ("nachname",), ("apellidos",),
                                  ("apellido",), ("lname",), ("nom",)})


def _csv_export(text: str, path: str, walk: _Walk) -> None:
    """A CSV export inside a string (`name;steuer_id;iban\n"Ruiz, Javier";93078475615;...`):
    each cell is judged as the value of its column's header, as if the row were an object,
    and the name columns as `_csv_names` says. Only the first rows are read."""
    end = text.find("\n", 0, 200)
    if end < 3:
        return
    header = text[:end].rstrip("\r")
    delimiter = max(",;\t|", key=header.count)
    if header.count(delimiter) < 1:
        return
    infos = [_CLASSIFY(cell.strip().strip('"')) for cell in header.split(delimiter)]
    if _csv_names(text, end, delimiter, infos):
        walk.add(path, ("person_name", "csv:person_name", 0.85))
    keyed = _keyed_columns(infos)
    if not keyed:
        return
    rows = 0
    for row in csv.reader(io.StringIO(text[end + 1:end + 4000]), delimiter=delimiter):
        if len(row) != len(infos):
            continue
        for index, kind, info in keyed:
            cell = row[index].strip()
            if cell:
                walk.add(path, det.keyed(kind, cell, info))
        rows += 1
        if rows >= 20:
            break


def _csv_names(text: str, end: int, delimiter: str, infos: list[KeyInfo]) -> bool:
    """A CSV export (`name,email\n"Jane Doe",jane@...`) whose name column, or first- and
    last-name columns, hold people's names."""
    personal = any(info.kind in _PERSONAL_SIBLINGS and info.kind != "person_name"
                   for info in infos)
    columns = [index for index, info in enumerate(infos) if info.tokens in _NAME_COLUMNS or (
        personal and info.tokens in _BARE_NAME_COLUMNS)]
    first = [index for index, info in enumerate(infos) if info.tokens in _FIRST_COLUMNS]
    last = [index for index, info in enumerate(infos) if info.tokens in _LAST_COLUMNS]
    if not columns and not (first and last):
        return False
    named = rows = 0
    for row in csv.reader(io.StringIO(text[end + 1:end + 4000]), delimiter=delimiter):
        if len(row) != len(infos):
            continue
        rows += 1
        full = [row[index] for index in columns]
        if first and last:
            full.append(f"{row[first[0]]} {row[last[0]]}")
        named += any(det.looks_like_name(name, strict=True) for name in full)
        if rows >= 20:
            break
    return named > 0 and 2 * named >= rows


# A passenger's name as airlines write it: surname, slash, given names and a title
# (`ARRIETA/INAKI MRS`).
_IATA_NAME: Final = re.compile(r"[^\W\d_][^\W\d_' -]+/[^\W\d_][^\W\d_' -]+(?: [^\W\d_]+){0,3}")


def _has_personal_sibling(obj: dict[Any, Any]) -> bool:
    """A personal field next to the key, or a person's role (`{"role": "alleged_father",
    "name": ...}` in a kinship test, `{"relationship": "mother"}`)."""
    for key, value in obj.items():
        if type(key) is not str:
            continue
        info = _CLASSIFY(key)
        if info.kind in _PERSONAL_SIBLINGS and _filled(value):
            return True
        if len(info.tokens) == 2 and info.tokens[0] in _HELD and info.tokens[1] in _ID_WORDS:
            return True  # `superviseeId`, `inmate_number`: the record of one such person
        if info.tokens in _ROLE_KEYS and type(value) is str and len(value) <= 40 and (
                not _PERSON_ROLES.isdisjoint(words(fold(value)))):
            return True
        if info.tokens == ("type",) and type(value) is str and len(value) <= 40 and (
                not _PARTY_TYPES.isdisjoint(words(fold(value)))):
            return True  # a sample's or a party's type: `{"type": "arrestee", "name": ...}`
    return False


# People a justice or care system keeps a record of, each under their own number.
_HELD: Final = frozenset({"supervisee", "probationer", "parolee", "offender", "inmate",
                          "arrestee", "detainee", "prisoner", "defendant", "patient",
                          "proband",
                          # a school's pupil, a member: `pupilRef`, `student_id`
                          "pupil", "student", "learner", "schuler", "schulerin", "eleve",
                          "alumno", "alumna", "estudiante", "etudiant"})
_ID_WORDS: Final = frozenset({"id", "number", "no", "nr", "num", "nummer", "numero", "ref"})
_ROLE_KEYS: Final = frozenset((word,) for word in (
    "role", "relationship", "relation", "rolle", "beziehung", "verwandtschaft", "relacion",
    "parentesco", "lien", "qualite", "kinship"))
# Roles only a person has: kin, a patient, a party to a case.
_PERSON_ROLES: Final = frozenset({
    "child", "mother", "father", "parent", "son", "daughter", "sibling", "brother", "sister",
    "spouse", "husband", "wife", "grandmother", "grandfather", "aunt", "uncle", "cousin",
    "proband", "patient", "victim", "witness", "suspect", "defendant", "plaintiff",
    "claimant", "guardian", "kind", "mutter", "vater", "sohn", "tochter", "bruder",
    "schwester", "ehefrau", "ehemann", "enfant", "mere", "pere", "fils", "fille", "frere",
    "soeur", "epouse", "epoux", "hijo", "hija", "madre", "padre", "hermano", "hermana",
    "esposa", "esposo", "nino", "nina", "testigo", "victima", "temoin",
})
# A party to a case or a study, as a record's `type` (where "child" may be a fare's).
_PARTY_TYPES: Final = frozenset({
    "arrestee", "detainee", "offender", "inmate", "accused", "convict", "suspect", "victim",
    "witness", "defendant", "plaintiff", "claimant", "proband", "patient", "festgenommener",
    "beschuldigter", "detenido", "detenida", "imputado", "imputada", "prevenu", "prevenue",
})


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {}, False)


def _meta_like(info: KeyInfo) -> bool:
    """A key inside a sensitive container that describes the record, not the data."""
    return bool(info.tokens) and info.tokens[-1] in META_TOKENS and info.tokens[-1] not in {
        "name", "text", "description", "code", "type"}


# Keys whose value greets someone: `salutation: "Dear Declan"`, `greeting: "Hola Lucía"`.
_GREETING_KEYS: Final = frozenset({"salutation", "greeting", "anrede", "saludo", "addressee"})
# Keys under a role (`speaker`) or in a template's variables that hold the person's name.
_NAME_KEYS: Final = frozenset({("name",), ("label",), ("display", "name"), ("displayname",),
                               ("nombre",), ("nom",), ("greeting", "name"),
                               ("recipient", "name"), ("customer", "name"),
                               ("salutation",), ("greeting",)})
# What an object with a `name` may be, as its key's or a sibling key's words: a product, a
# place, a vessel, a team, an event.
_THING_PARENTS: Final = frozenset({
    "product", "products", "item", "items", "sku", "variant", "variants", "brand", "brands",
    "model", "venue", "venues", "place", "places", "location", "locations", "site", "sites",
    "building", "store", "stores", "shop", "shops", "branch", "branches", "ship", "ships",
    "vessel", "vessels", "boat", "team", "teams", "project", "projects", "service",
    "services", "app", "apps", "event", "events", "campaign", "campaigns", "fund", "funds",
    "street", "streets", "road", "station", "stations", "school", "schools", "hospital",
    "hotel", "hotels", "restaurant", "room", "rooms", "storm", "holiday", "holidays", "award",
    "awards", "days", "dates", "calendar", "feiertage", "fetes", "festivos", "course",
    "courses", "book", "books", "album", "track", "tracks", "song",
    "film", "movie", "game", "games", "organisation", "organization", "company", "org",
    "workspace", "channel", "category", "categories", "collection", "hub", "hubs", "depot",
    "warehouse", "facility", "facilities", "employer", "merchant", "supplier", "insurer",
})
_THING_SIBLINGS: Final = frozenset({
    "sku", "price", "brand", "manufacturer", "vendor", "ean", "gtin", "upc", "isbn", "stock",
    "inventory", "imo", "mmsi", "tonnage", "capacity", "seats", "opening", "hours", "menu",
    "genre", "artist", "album", "release", "edition", "vintage", "tagline", "slug",
    "domain", "logo", "members", "headcount", "founded", "ticker", "vat",
})


# Keys that say what a record is (`__typename`, `type`, `resourceType`, `category`,
# `object`), and the values of theirs that name no person: a GraphQL `Project` node, a
# social post's author that is a `Brand`, a SCIM `Group`, a Slack `bot`.
_TYPE_LAST: Final = frozenset({"typename", "type", "kind", "category", "object"})
_NOT_PEOPLE: Final = frozenset({
    "project", "projects", "team", "teams", "group", "groups", "queue", "queues", "brand",
    "brands", "page", "pages", "organization", "organisation", "org", "company", "business",
    "service", "bot", "robot", "repository", "repo", "channel", "product", "application",
    "app", "device", "workspace", "department", "merchant", "store", "venue", "place",
    "location", "integration", "service account", "serviceaccount", "service principal",
    "bot user", "machine user", "system user", "mailing list", "distribution list",
})
# Keys of an account's login name, whose value tells a service account from a person's
# (`userName: "svc-backup"`, `login: "deploy-bot"`, `"is_bot": true`).
_LOGIN_KEYS: Final = frozenset(tuple(key.split()) for key in (
    "user name", "username", "login", "user login", "handle", "account name", "user id",
    "principal name", "user principal name", "upn", "s am account name"))
_BOT_KEYS: Final = frozenset({("is", "bot"), ("bot",), ("is", "app", "user"),
                              ("is", "service", "account")})
_SERVICE_MARKS: Final = ("svc-", "svc_", "svc.", "srv-", "sa-", "system:serviceaccount")
_SERVICE_WORDS: Final = frozenset({"bot", "robot", "svc", "daemon", "serviceaccount"})


def _not_a_person(obj: dict[Any, Any]) -> bool:
    """An object whose `name` is no person's, by its own word: a sibling type naming a
    project, a team, a brand or a bot; a service account's login (`svc-backup`,
    `deploy-bot`); a bot flag."""
    for key, value in obj.items():
        if type(key) is not str:
            continue
        tokens = _CLASSIFY(key).tokens
        if not tokens:
            continue
        if type(value) is str:
            if not value or len(value) > 40:
                continue
            if tokens[-1] in _TYPE_LAST and len(tokens) <= 2:
                if " ".join(words(fold(value))) in _NOT_PEOPLE:
                    return True
            elif tokens in _LOGIN_KEYS:
                folded = fold(value)
                if folded.startswith(_SERVICE_MARKS) or not _SERVICE_WORDS.isdisjoint(
                        words(folded.replace("-", " ").replace("_", " "))):
                    return True
        elif value is True and tokens in _BOT_KEYS:
            return True
    return False


def _thing_record(obj: dict[Any, Any], parent: KeyInfo) -> bool:
    """An object that is a thing's, not a person's: its key (`product`, `venue`) or a
    sibling key (`sku`, `price`, `capacity`) says so."""
    if not _THING_PARENTS.isdisjoint(parent.tokens):
        return True
    for key in obj:
        if type(key) is str and not _THING_SIBLINGS.isdisjoint(_CLASSIFY(key).tokens):
            return True
    return False


# Who attends a service or an event, as a check-in or an attendance system records them.
_ATTENDEES: Final = frozenset({"person", "attendee", "recognised", "recognized", "member",
                               "child", "participant", "visitor"})
# A religious service or class by its name ("Sunday 9am Mass", "Kids Church", "Gottesdienst").
_WORSHIP: Final = re.compile(
    r"(?i)\b(?:(?:sunday|saturday|holy|vigil|evening|morning|\d{1,2}(?::\d\d)?\s?(?:am|pm)?)"
    r"\s+mass|worship|sunday school|kids church|church service|eucharist|vespers"
    r"|evensong|liturgy|bible study|catechism|catechese|catequesis|sainte messe"
    r"|messe du dimanche|misa|gottesdienst|kindergottesdienst|culte|jumu.?ah"
    r"|friday prayers?|shabbat service|sabbath school)\b")


def _worship_attendance(obj: dict[Any, Any], path: str, walk: _Walk) -> None:
    """A person checked in at a religious service (`{"event": {"name": "Kids Church"},
    "person": {...}}`, `{"service": "Sunday 9am Mass", "recognised": {...}}`): their
    practice of a faith."""
    for key in ("event", "service"):
        value = obj.get(key)
        where = member(path, key)
        if type(value) is dict:
            value, where = value.get("name"), member(where, "name")
        if type(value) is str and len(value) <= 80 and _WORSHIP.search(value) is not None:
            walk.add(where, ("religious_belief", "key:religious_belief", 0.8))
            return


# An applicant's equal-opportunity answers beside their race (Greenhouse's `eeoc`), and the
# keys of an answer given as a coded option (`{"id": 8, "description": "White"}`).
_EEO: Final = frozenset({"gender", "sex", "veteran_status", "disability_status", "ethnicity",
                         "hispanic_ethnicity", "hispanic_latino"})
_OPTION_TEXT: Final = ("description", "display", "label", "name", "text")


def _coded_race(answer: dict[Any, Any], path: str, walk: _Walk) -> None:
    """The option an applicant chose for their race, written out beside its code."""
    for key in _OPTION_TEXT:
        value = answer.get(key)
        if type(value) is str:
            walk.add(member(path, key), det.judge_race("racial_ethnic_origin", value))
            return


# What a fingerprint time clock's users and punches carry beside their `pin` (ZKTeco's push
# protocol, and devices like it).
_TIME_CLOCK: Final = frozenset({"privilege", "verify", "fp", "fingers", "fid", "face",
                                "verify_type", "verifytype", "workcode"})
# A list of slugs long enough to be a taxonomy of tags, not one record's tags.
_SLUG: Final = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_TAXONOMY_MIN: Final = 6
_SPECIAL_KINDS: Final = frozenset(SPECIAL_CATEGORY)
# The turns of a conversation, where one turn asks and the next answers.
_DIALOGUES: Final = frozenset({"transcript", "turns", "utterances", "messages", "conversation",
                               "dialogue", "dialog", "segments", "chat", "exchanges",
                               "transkript", "nachrichten", "mensajes"})
# A question for someone's date of birth, and an answer that holds a date.
_ASKS_BIRTH: Final = re.compile(r"(?i)date of birth|birth ?date|\bdob\b|"
                                r"birthday(?! party| cake| gift| card)|"
                                r"geburtsdatum|geburtstag|date de naissance|fecha de nacimiento"
                                r"|cumplea[nñ]os")
_ASKS_NAME: Final = re.compile(r"(?i)\byour (?:full )?name\b|\bwho am i speaking|"
                               r"\bihr(?:en)? (?:vollst(?:ä|ae)ndiger?n? )?namen?\b|"
                               r"\bvotre nom\b|\bvos nom et pr(?:é|e)nom|"
                               r"\bsu nombre\b|\bsu nombre completo\b|\bc(?:ó|o)mo se llama")
_A_DATE: Final = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


def _answered_turns(items: list[Any], path: str, walk: _Walk) -> None:
    """A date in the turn after one that asks for a date of birth ("Can I get your date of
    birth?" / "Sure, the 14th of March 1986"): the caller's birth date; a full name in the
    turn after one that asks for a name ("Wie ist Ihr vollständiger Name?" / "Lukas Engel"):
    the caller's name."""
    asked = named_asked = False
    for position, item in enumerate(items[:200]):
        if type(item) is not dict:
            asked = named_asked = False
            continue
        texts = [(key, value) for key, value in item.items()
                 if type(key) is str and type(value) is str and 4 < len(value) <= 400
                 and (_CACHED(key) or _CLASSIFY(key)).text]
        if asked:
            for key, value in texts:
                if _A_DATE.search(value) is not None and _ASKS_BIRTH.search(value) is None:
                    walk.add(member(at_index(path, position), key),
                             ("date_of_birth", "text:date_of_birth", 0.8))
        if named_asked:
            for key, value in texts:
                if len(value) <= 60 and named.full_name(value.strip(" .!"), wordlike=False):
                    walk.add(member(at_index(path, position), key),
                             ("person_name", "text:person_name", 0.8))
        asked = any(_ASKS_BIRTH.search(value) is not None for _, value in texts)
        named_asked = any(_ASKS_NAME.search(value) is not None for _, value in texts)


def _named_by_parent(obj: dict[Any, Any], path: str, walk: _Walk) -> None:
    """An object under a person's role (`speaker`, `donor`) or a template's variables: its
    `name` or `label` is that person's, a given name alone included."""
    for key, value in obj.items():
        if type(value) is str and type(key) is str and (
                _CLASSIFY(key).tokens in _NAME_KEYS) and (
                named.full_name(value) or named.greeting(value)):
            walk.add(member(path, key), ("person_name", "key:person_name", 0.75))


def _prose_names(walk: _Walk, joined: str, starts: list[int], held: set[int],
                 lined: bool) -> None:
    """Names in running text by a known given name: "Spoke to Keisha Whitfield about...".

    One search for capitalised pairs after a space; each candidate costs a set lookup
    before anything else is read. A name that opens a string is looked for only in the
    strings `held` (those with a word of the special-category vocabulary: "Oluwaseun
    Adeyemi es bisexual"), as a search after every newline would cost as much again."""
    found: set[int] = set()
    strings = walk.strings
    for number in held:
        text = strings[number]
        head = named.PAIR_HEAD.match(text) if text[:1].isupper() else None
        if (head is not None and _prose_name(walk, number, 0, head.end(2), head.group(1),
                                             head.group(2))) or (
                "-" in text[-60:] and named.signature(text)):
            found.add(number)
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))
    _pairs(walk, joined, starts, named.PAIR, found)
    if lined:  # strings with lines of their own
        _pairs(walk, joined, starts, named.LINE_PAIR, found)


def _pairs(walk: _Walk, joined: str, starts: list[int], pattern: re.Pattern[str],
           found: set[int]) -> None:
    """The names `pattern` (a pair after a space, or opening a line) finds in prose."""
    search = pattern.search
    match = search(joined)
    while match is not None:
        first = match.group(1)
        resume = match.start(2) - 1
        if given_names.known(given_names.fold_name(first)) != given_names.UNKNOWN or (
                "-" in first):
            where = match.start(1)
            number = bisect.bisect_right(starts, where) - 1
            # (a string's own start is looked at above, in `held`, not here)
            if where != starts[number] and number not in found and _prose_name(
                    walk, number, where - starts[number], match.end(2) - starts[number],
                    first, match.group(2)):
                found.add(number)
                walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))
                resume = match.end()
        match = search(joined, resume)


def _file_names(walk: _Walk, joined: str, starts: list[int]) -> None:
    """Names in file names and paths: `hr/leavers/Moreau_Baptiste_exit_interview.docx`."""
    done: set[int] = set()
    for match in named.FILE_PAIR.finditer(joined):
        number = bisect.bisect_right(starts, match.start()) - 1
        if number not in done and named.in_file_name(joined, match):
            done.add(number)
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))


# Keys of an object that is nothing but someone's name tag (`{"name": "Salma"}`,
# `{"id": "u1", "name": "Matteo", "avatar": "..."}`).
_TAG_KEYS: Final = frozenset({"name", "id", "avatar", "photo", "picture", "image", "initials",
                              "color", "colour", "role", "handle", "avatar_url", "avatarUrl"})


def _bare_named(obj: dict[Any, Any]) -> bool:
    """An object holding a name and at most an id, an avatar or a role: a participant."""
    return len(obj) <= 4 and all(key in _TAG_KEYS for key in obj)


def _name_lines(walk: _Walk, joined: str, starts: list[int]) -> None:
    """A line of a letter or a CV that is nothing but a name: "KHALIL Samir", "CV - Rubén
    Barrionuevo". A string's first line counts only when more lines follow (a letter's
    addressee above the address); a one-line value is judged by its key instead."""
    # (a newline before the text, so that the first string's first line is a line too)
    for match in named.NAME_LINE.finditer("\n" + joined):
        where = match.start(1) - 1
        number = bisect.bisect_right(starts, where) - 1
        first = match.start() == starts[number]
        if first and match.end() >= starts[number + 1]:
            continue  # the whole value
        if named.full_name(match.group(1)):  # (a thing named like a person is none)
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))


def _given_name_signatures(walk: _Walk) -> None:
    """Messages signed with a given name alone (see `phrases.signed_with_given_name`)."""
    for number, text in enumerate(walk.strings):
        if len(text) >= 20 and ("\n" in text or any(dash in text for dash in END_DASHES)) and (
                signed_with_given_name(text)):
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))


def _labelled_names(walk: _Walk, joined: str, starts: list[int], position: int) -> None:
    """A heading ending in a person's name after a dash ("*Fall-Update* - Ayşe Kowalski")."""
    for match in named.LABELLED_NAME.finditer(joined, position):
        if named.full_name(match.group(1)):
            number = bisect.bisect_right(starts, match.start(1)) - 1
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))


def _embedded_names(walk: _Walk, joined: str, starts: list[int]) -> None:
    """Names given as a field inside a string: a logged body, a key-value log line."""
    for start, name in named.embedded(joined):
        if named.full_name(name):
            number = bisect.bisect_right(starts, start) - 1
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))
    if "=" not in joined:
        return
    for start, key, name in named.logged(joined):
        info = _CLASSIFY(key)
        if (info.kind == "person_name" or info.ambiguous_name or info.role
                or info.person == 2) and named.either_order(name):
            number = bisect.bisect_right(starts, start) - 1
            walk.add(walk.path_of(number), ("person_name", "text:person_name", 0.7))


def _prose_name(walk: _Walk, number: int, start: int, end: int, first: str,
                second: str) -> bool:
    info = walk.places[number][2]
    text = walk.strings[number]
    return (info.kind not in _NOT_PROSE and not info.topic and text.count(" ") >= 2
            and named.in_prose(text, start, end, first, second))
