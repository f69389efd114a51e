"""Key classification: what a JSON key (or form field, query parameter) says about its value.

`classify(key)` folds the key into tokens and looks them up in the vocabulary of
`keywords`. The answer depends on the key alone, so it is cached: a gateway sees the same
few thousand keys again and again, and a cache hit is one dict lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from charter.privacy.scanner import keywords as kw
from charter.privacy.scanner.cues import ADDRESSED, MODALITY, PERSON_ONLY, cue_of
from charter.privacy.scanner.normalize import fold, key_tokens


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What a key tells. `kind` is None when the key names no kind by itself.

    `exact`: the whole key is the vocabulary entry (`email`), not a part of it
    (`contact_email`). `person`: 2 when the key names a person (`patient`), 1 when it may
    (`user`), else 0; `ambiguous_name`: `name`-like keys that are a person's name only
    in a person's context. `no_numbers`: keys whose values are identifiers, versions or
    hashes, where digit patterns (cards, phones, IPs, ids) are not looked for.
    """

    kind: str | None
    exact: bool = False
    person: int = 0
    ambiguous_name: bool = False
    no_numbers: bool = False
    text: bool = False
    topic: bool = False
    biometric_payload: bool = False
    tokens: tuple[str, ...] = ()
    cue: int = 0  # context bits (see `cues`): what the key says about its record
    plain: bool = False  # names no kind, no name, no payload: a string under it is just text
    # a person's role in what the record tells (`donor`, `invitedBy`, `subject`, `judge`):
    # a full name with a known given name under it is that person's (see `named`)
    role: bool = False
    # an object under the key names a person by its `name` or `label`: a role's object
    # (`speaker: {"label": "Kwame"}`) or a template's variables (`vars: {"name": "Declan"}`)
    names_inside: bool = False


# Little words that key spellings keep or drop at will: `intencion_voto` is "intención de
# voto", `numero_passeport` is "numéro de passeport", `date_bapteme` "date de baptême".
_FILLERS: Final = frozenset({"de", "del", "des", "du", "d", "of", "the", "la", "le", "l",
                             "el", "der", "die", "das", "von", "vom", "zur", "zum"})


def _content(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """`tokens` without filler words (empty when nothing else is left)."""
    return tuple(token for token in tokens if token not in _FILLERS)


def _index(entries: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for kind, phrases in entries.items():
        for phrase in phrases:
            index.setdefault(" ".join(key_tokens(phrase)), kind)
    # The same phrases without their fillers, where that leaves two words or more; a
    # phrase written that way in the vocabulary keeps its own kind.
    for kind, phrases in entries.items():
        for phrase in phrases:
            tokens = key_tokens(phrase)
            content = _content(tokens)
            if len(content) >= 2 and content != tokens:
                index.setdefault(" ".join(content), kind)
    return index


_PHRASES: Final = _index(kw.KEY_PHRASES)
_EXACT_ONLY: Final = frozenset(" ".join(key_tokens(p)) for p in kw.EXACT_ONLY)
_STEMS: Final = tuple((stem, kind) for kind, stems in kw.KEY_STEMS.items() for stem in stems)
_STRONG: Final = frozenset(" ".join(key_tokens(p)) for p in kw.STRONG_PERSON_CONTEXT)
_WEAK: Final = frozenset(" ".join(key_tokens(p)) for p in kw.PERSON_CONTEXT)
_NAMEISH: Final = frozenset(" ".join(key_tokens(p)) for p in kw.AMBIGUOUS_NAME_KEYS)
# Who signed or approved something, whatever it is (`consent_signed_by`, `leave_approved_by`).
_SIGNED_BY: Final = frozenset({("signed", "by"), ("approved", "by"), ("witnessed", "by"),
                               ("countersigned", "by"), ("authorised", "by"),
                               ("authorized", "by"), ("unterschrieben", "von"),
                               ("signe", "par"), ("firmado", "por")})
_LONGEST: Final = max(len(phrase.split()) for phrase in _PHRASES)

# Values under these keys are identifiers, versions, hashes or measurements.
_NO_NUMBERS: Final = frozenset({
    "id", "ids", "uuid", "guid", "sku", "ean", "gtin", "isbn", "upc", "barcode", "serial",
    "imei", "mac", "hash", "sha", "sha1", "sha256", "sha512", "md5", "checksum", "digest",
    "etag", "version", "ver", "release", "build", "firmware", "fw", "sdk", "semver",
    "revision", "rev", "commit", "oid", "nonce", "salt", "tracking", "order", "invoice",
    "transaction", "txn", "ref", "reference", "request", "trace", "span", "correlation",
    "batch", "lot", "part", "model", "item", "product", "article", "artikel", "shipment",
    "parcel", "ticket", "case", "claim", "policy", "booking", "reservation", "confirmation",
    "timestamp", "ts", "epoch", "time", "duration", "ms", "bytes", "size", "count", "total",
    "amount", "price", "quantity", "qty", "port", "pid", "code", "number", "no", "nr",
    "seq", "sequence", "offset", "cursor", "page", "limit", "latency", "elapsed",
    "npi", "vat", "iccid", "imsi", "gln", "duns", "lei",
})
# `number`, `no`, `code` make a key an identifier only when nothing else says otherwise.
_WEAK_ID: Final = frozenset({"number", "no", "nr", "code"})

_TEXT: Final = frozenset({
    "notes", "note", "comment", "comments", "description", "message", "messages", "text",
    "body", "summary", "details", "reason", "remarks", "remark", "observations",
    "observation", "bemerkung", "bemerkungen", "notiz", "notizen", "kommentar",
    "beschreibung", "nachricht", "commentaire", "commentaires", "remarque", "remarques",
    "comentario", "comentarios", "nota", "notas", "descripcion", "mensaje", "content",
    "feedback", "review", "narrative", "transcript", "subject", "title", "bio", "about",
    "anamnese", "anamnesis", "history", "log", "entry", "question", "answer", "reply",
    "response", "chat", "conversation", "memo", "annotation", "complaint", "issue",
})

# The last word of a key listing what a form or a setting offers.
_OPTIONS: Final = frozenset({"options", "opciones", "optionen", "enum", "enums", "picklist",
                             "selectable", "allowed"})

_TOPIC: Final = _OPTIONS | frozenset({
    "genre", "genres", "category", "categories", "topic", "topics", "tag", "tags", "section",
    "department", "keyword", "keywords", "collection", "shelf", "aisle", "catalog",
    "catalogue", "slug", "subjects", "theme", "themes", "niche", "vertical",
    "industry", "segment", "kategorie", "rubrik", "thema", "categorie", "rubrique",
    "categoria", "tema", "course", "module", "specialty", "speciality", "specialization",
    "field", "discipline", "faculty", "book", "books", "title", "headline", "channel",
    "podcast", "playlist", "group", "interest", "interests", "source", "sources", "outlet",
    "publisher", "feed", "departments", "specialties", "specialities", "disciplines",
    "wards", "units", "clinics",
    # an organisation's name ("Grace Baptist Church", "Unite the Union") is no one's belief
    "organisation", "organization", "organisme", "organizacion", "organisationen",
    "charity", "charities", "employer", "employers",
    # a study's or a trial's title and what it studies, not anyone's condition
    "study", "studies", "studied",
    # a tour operator's product ("Religious sites of Rome")
    "tour", "tours", "circuit", "circuits", "excursion", "excursions", "itinerary",
    "itineraire", "itinerario",
})

# Units of clinical laboratory results and vital signs: a key that carries one names a
# measurement of someone's body (`hba1c_mmol_mol`, `bp_mmhg`).
_LAB_UNITS: Final = frozenset({"pmol", "nmol", "mmol", "umol", "mgdl", "mmhg", "miu", "mui",
                               "ngml", "pgml", "meq"})


# Analytes reported as a percentage (`hba1c_pct`, `hematocrit_percent`): there the percent
# is the unit of one person's result, not a statistic.
_PERCENT_ANALYTES: Final = frozenset({"hba1c", "a1c", "hematocrit", "haematocrit", "hct",
                                      "spo2", "bodyfat"})


def _lab_unit(tokens: tuple[str, ...]) -> bool:
    if not _LAB_UNITS.isdisjoint(tokens):
        return True
    if tokens[-1] in {"pct", "percent"} and not _PERCENT_ANALYTES.isdisjoint(tokens):
        return True
    return any(unit == "mg" and following == "dl" for unit, following in pairwise(tokens))


# A referral's source is what sent the person ("court mandated", "GP"), not a publisher.
_NOT_TOPIC: Final = frozenset({"referral", "referred", "referring", "zuweisung", "derivacion",
                               "derivado"})

_QUESTION: Final = re.compile(r"q\d*")
# Prefixes that make `<x>_name` a thing's name, even where x is also a person's role.
_NOT_PEOPLE: Final = frozenset({"file", "host", "product", "service", "app", "user", "display",
                                "screen", "nick", "company", "brand", "org", "team", "project",
                                "event", "campaign", "device", "model", "account", "bank",
                                "business", "store", "shop", "table", "column", "field"})

# A telephone call's caller ID name (CNAM), as carriers and call APIs spell its key.
_CALLER_NAMES: Final = frozenset(tuple(key.split()) for key in (
    "cnam", "caller name", "caller id name", "callerid name", "callee name", "cnam name",
    "calling name", "caller display name"))

# People's roles in a record, as a key's last word: the value is a person's name when it
# is a full name with a known given name (`donor: "Rodrigo Medina"`, `subject: "Inès
# Nguyen"`, `invitedBy: "Sabine Baumgärtner"`, `affected_members: [...]`).
_ROLES: Final = frozenset({
    "donor", "donors", "donator", "invitee", "invitees", "inviter", "signatory",
    "signatories", "signer", "cosigner", "subject", "judge", "magistrate", "attorney",
    "lawyer", "solicitor", "barrister", "notary", "witness", "witnesses", "victim", "suspect",
    "plaintiff", "respondent", "petitioner", "speaker", "speakers", "caller", "callee",
    "interviewee", "participant", "participants", "attendees", "members", "delegate",
    "delegates", "steward", "nominee", "landlord", "landlady", "buyer", "seller", "sponsor",
    "referee", "referrer", "heir", "executor", "trustee", "guarantor", "manager", "supervisor",
    "mentor", "mentee", "tutor", "teacher", "student", "child", "mother", "father",
    "partner", "n", "acusado", "acusada", "angeklagter", "angeklagte", "prevenu",
    "prevenue", "richter", "richterin", "juez", "jueza", "juge", "zeuge", "zeugin", "temoin",
    "testigo", "spender", "spenderin", "donante", "donateur", "donatrice", "gast", "invite",
    "invitado", "invitada", "representatives", "reps", "officer", "assessor", "examiner",
    "inspector", "auditor", "sender", "contact", "contacts", "signee", "from",
    # whom a message greets: `salutation: "Dear Declan"`
    "salutation", "greeting", "anrede", "saludo", "addressee",
    # whom a bequest or a gift in someone's memory is about
    "testator", "testatrix", "erblasser", "erblasserin", "honoree", "honouree", "decedent",
    "memoriam",
    # an article's author
    "byline", "bylines",
    # a wedding's or a funeral's people
    "couple", "bride", "groom", "brides", "grooms", "newlyweds", "fiance", "fiancee",
    "officiant", "celebrant", "mourners", "pallbearers", "novios", "novio", "novia", "braut",
    "brautigam", "brautpaar", "pareja", "deceased", "verstorbene", "verstorbener", "defunt",
    "defunte", "difunto", "difunta", "fallecido", "fallecida",
    # people by what they are to a service: a tenant, a passenger, a volunteer, an organiser
    "tenant", "tenants", "passagier", "passagierin", "passager", "passagere", "pasajero",
    "pasajera", "voluntario", "voluntaria", "benevole", "freiwillige", "freiwilliger",
    "organisator", "organisatorin", "organisateur", "organisatrice", "organizador",
    "organizadora", "organiser", "organizer", "unterstutzer", "unterstutzerin", "supporter",
    "supporters", "mieter", "mieterin", "locataire", "inquilino", "inquilina", "auteur",
    "autor", "autora", "conductor", "conductora", "chauffeur", "fahrer", "fahrerin", "kurier",
    "coursier", "repartidor", "repartidora", "patiente", "paciente", "payee", "payees",
    "traveller", "traveler", "huesped", "teilnehmende", "reisender", "reisende",
    "hauptreisender", "hauptreisende", "fahrgast", "ehrenamtliche", "ehrenamtlicher",
    "patientin", "agent", "voyageur", "voyageuse", "viajero", "viajera",
    # ... and on a site, a job, a claim or a case: visitors and hosts, technicians, debtors,
    # contractors, workers, the injured, owners and keepers, farmers, foremen, wearers,
    # occupants, the insured, suspects, candidates
    "visitor", "visitors", "besucher", "besucherin", "visiteur", "visiteuse", "visitante",
    "gastgeber", "gastgeberin", "hote", "hotesse", "anfitrion", "anfitriona",
    "technician", "engineer", "techniker", "technikerin", "technicien", "technicienne",
    "tecnico", "tecnica", "debtor", "schuldner", "schuldnerin", "debiteur", "debitrice",
    "deudor", "deudora", "contractor", "contractors", "auftragnehmer", "prestataire",
    "contratista", "worker", "workers", "arbeiter", "arbeiterin", "travailleur",
    "travailleuse", "ouvrier", "ouvriere", "trabajador", "trabajadora", "injured",
    "verletzte", "verletzter", "blesse", "blessee", "herido", "herida", "owner", "owners",
    "eigentumer", "eigentumerin", "inhaber", "inhaberin", "halter", "halterin", "proprietaire",
    "propietario", "propietaria", "titulaire", "titular", "renter", "hirer", "farmer",
    "landwirt", "landwirtin", "agriculteur", "agricultrice", "exploitant", "agricultor",
    "agricultora", "foreman", "forewoman", "polier", "vorarbeiter", "contremaitre", "capataz",
    "wearer", "trager", "tragerin", "porteur", "porteuse", "portador", "portadora", "occupant",
    "occupants", "occupier", "ocupante", "bewohner", "bewohnerin", "habitant", "habitante",
    "residente", "insured", "versicherte", "versicherter", "assure", "assuree", "asegurado",
    "asegurada", "beamter", "beamtin", "verdachtige", "verdachtiger", "sospechoso",
    "sospechosa", "temoins", "testigos", "zeugen", "kandidaten", "kandidat", "kandidatin",
    "candidats", "candidatos", "interviniente", "homeowner", "surveyor", "responder",
    "vermieter", "vermieterin", "antragsteller", "antragstellerin", "demandeur", "demandeuse",
    "solicitante", "karteninhaber", "karteninhaberin", "einsatzkraft", "agente", "intervenant",
    "intervenante", "candidates",
    # a child's parents or guardians; a club's child, player or licensed member
    "parents", "eltern", "padres", "guardians", "kind", "enfant", "nino", "nina", "jugador",
    "jugadora", "spieler", "spielerin", "joueur", "joueuse", "runner", "athlete", "licencie",
    "licenciee", "socio", "socia", "adherent", "adherente", "mitglied",
})
# A role's first holder, the word after it (`voyageurPrincipal`, `titular_principal`).
_MAIN: Final = frozenset({"principal", "principale", "main", "lead", "primary", "titular",
                          "haupt", "person", "party"})
# Who sent an invitation or a share: `FromUser: "Priya Abernathy"`.
_FROM_USER: Final = frozenset({("from", "user"), ("invited", "by", "user"), ("sender", "user"),
                               ("shared", "by")})
# `in_memory_of: "Margaret Holt"`, `in_honour_of`
_IN_MEMORY: Final = frozenset({("in", "memory", "of"), ("in", "honor", "of"),
                               ("in", "honour", "of"), ("tribute", "to")})
# An account's user, named by its login (`user: "Camille"`, `user_name: "Priya Iyer"`): a
# person when the value is a person's name rather than a handle.
_USER_KEYS: Final = frozenset({("user",), ("user", "name"), ("username",)})
# A template's or a notification's variables: `{"vars": {"name": "Declan"}}`.
_VARS: Final = frozenset({"vars", "variables", "substitutions", "placeholders",
                          "personalisation", "personalization", "personalisations",
                          "personalizations"})
_VARS_OF: Final = frozenset({"template", "merge", "mail", "email", "message", "notification"})
_VARS_LAST: Final = frozenset({"data", "fields", "params", "parameters", "model", "context",
                               "values"})
# `invitedBy`, `requested_by`, `angefragt_von`, `demande_par`, `solicitado_por`: whoever did it.
_BY: Final = frozenset({"by", "von", "par", "por"})

# Keys holding a measurement when the record says it is biometric (see the engine).
_BIOMETRIC_PAYLOAD: Final = frozenset({"template", "templates", "embedding", "embeddings",
                                       "vector", "encoding", "minutiae", "features", "sample",
                                       "print", "data", "blob", "descriptor",
                                       "descriptors", "code", "vectors", "payload",
                                       "plantilla", "gabarit", "vorlage"})

# ... and the encoding written after it (`vector_b64`, `template_hex`).
_ENCODINGS: Final = frozenset({"b64", "base64", "hex", "bytes"})

# Words of a key naming algorithms, never a secret.
_ALGORITHMS: Final = frozenset({"alg", "algs", "algorithm", "algorithms", "supported"})


# A whole key that is an e-mail address (the scanner's own pattern then judges it).
_ADDRESS_KEY: Final = re.compile(r"[^\s@]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# How tokenizers mark a word's pieces in their vocabularies: SentencePiece's `▁`, byte-level
# BPE's `Ġ`, WordPiece's `##`.
_SUBWORD_MARKS: Final = ("\u2581", "\u0120", "##")

_CACHE: dict[str, KeyInfo] = {}
CACHE: Final = _CACHE  # read-only for callers that look up before calling `classify`
_CACHE_LIMIT: Final = 50_000
_NONE: Final = KeyInfo(None)


# An umlaut written as its vowel and an `e` (`ae`, `oe`, `ue`).
_UMLAUT: Final = re.compile(r"([aouAOU])e(?=[a-z])")


def classify(key: str) -> KeyInfo:
    """The KeyInfo of `key` (cached; safe to call from several threads)."""
    info = _CACHE.get(key)
    if info is None:
        info = _classify(key)
        if info.plain and _UMLAUT.search(key):
            # German keys written without umlauts: `volkszugehoerigkeit`, `empfaenger`
            spelled = _classify(_UMLAUT.sub(r"\1", key))
            if not spelled.plain:
                info = spelled
        if len(_CACHE) >= _CACHE_LIMIT:  # bounded: keys chosen by clients must not grow it
            _CACHE.clear()
        _CACHE[key] = info
    return info


def _classify(key: str) -> KeyInfo:
    tokens = key_tokens(key)
    if len(tokens) > 1 and _QUESTION.fullmatch(tokens[0]):
        tokens = tokens[1:]  # survey answers: q_religion, q12_union_member
    if not tokens:
        return _NONE
    if key.startswith(_SUBWORD_MARKS):
        return KeyInfo(None, tokens=tokens)  # a tokenizer's vocabulary: `"▁prayer": 18292`
    if "@" in key and _ADDRESS_KEY.fullmatch(key.strip()):
        # statistics keyed by recipient: `{"jane@example.com": {"opened": 2}}`
        return KeyInfo(None, tokens=tokens, cue=ADDRESSED, plain=True)
    joined = " ".join(tokens)
    kind, exact, vetoed = _match_phrase(tokens)
    if kind is None and not vetoed:
        content = _content(tokens)
        if len(content) >= 2 and content != tokens:  # `fecha_de_la_intencion_de_voto`
            kind, exact, vetoed = _match_phrase(content)
    if kind is None and not vetoed:  # a vetoed phrase (`api_key_id`) vetoes its stem too
        kind = _match_stem(tokens)
    if kind is None and len(tokens) > 1 and _lab_unit(tokens):
        kind = "health"  # `amh_pmol_l`, `glucose_mg_dl`, `ldl_mmol`: a lab result
    if kind is None and len(tokens) > 1 and tokens[-1] in {"name", "names", "display"} and (
            set(tokens[:-1]) & (_STRONG | _WEAK)) and not set(tokens[:-1]) & _NOT_PEOPLE:
        kind = "person_name"  # agent_name, driverName, emergency_contact_name
    if kind is None and tokens in _CALLER_NAMES:
        kind = "person_name"  # a call's caller ID name: `cnam: "Lambert, Anaïs"`
    if kind is not None and len(tokens) > 1 and tokens[-1] in _OPTIONS:
        kind = None  # `religion_options: ["Hindu", ...]`: what a form offers, no one's answer
    elif kind == "credential" and not _ALGORITHMS.isdisjoint(tokens):
        kind = None  # `id_token_signing_alg_values_supported: ["RS256"]`
    cue = cue_of(tokens)
    if kind == "biometric" and len(tokens) > 1:
        cue |= MODALITY  # `empreinte_vocale: {"template": ...}`: what it holds, judged below
    if cue & PERSON_ONLY:
        kind = None  # `Herkunft`: an ethnicity only in a person's record (see `records`)
    tokenset = set(tokens)
    person = 2 if (joined in _STRONG or tokenset & _STRONG) else (
        1 if (joined in _WEAK or tokenset & _WEAK) else 0)
    no_numbers = bool(tokenset & _NO_NUMBERS) and not (
        kind is not None or tokenset <= (_WEAK_ID | {"phone", "tel", "mobile"}))
    if kind is None and tokenset & _NO_NUMBERS and not tokenset & _WEAK_ID:
        no_numbers = True
    nameish = joined in _NAMEISH or (len(tokens) > 2 and tokens[-2:] in _SIGNED_BY) or (
        # `candidate_ref: "Jane Doe"`: a person referred to by name rather than by number
        len(tokens) == 2 and tokens[1] in {"ref", "reference"} and tokens[0] in _STRONG)
    role = kind is None and not nameish and (
        tokens[-1] in _ROLES or (len(tokens) >= 2 and tokens[-1] in _BY)
        or (len(tokens) == 2 and tokens[1] in _MAIN and tokens[0] in _ROLES)
        or tokens in _FROM_USER
        or tokens in _USER_KEYS or tokens[-3:] in _IN_MEMORY or tokens[-2:] in _IN_MEMORY)
    # (a `user` object is judged as a record: its `is_bot`, its login; a post's `from` may be
    # a page's: `{"name": "Harriet Gable", "category": "Brand"}`)
    names_inside = (role and tokens not in _USER_KEYS and tokens != ("from",)) or (
        tokens[-1] in _VARS) or (
        len(tokens) >= 2 and tokens[-2] in _VARS_OF and tokens[-1] in _VARS_LAST)
    payload = tokens[-1] in _BIOMETRIC_PAYLOAD or (
        len(tokens) >= 2 and tokens[-1] in _ENCODINGS and tokens[-2] in _BIOMETRIC_PAYLOAD)
    return KeyInfo(
        kind=kind, exact=exact, person=person, ambiguous_name=nameish, role=role,
        names_inside=names_inside,
        no_numbers=no_numbers, text=tokens[-1] in _TEXT,
        topic=kind is None and bool(tokenset & _TOPIC) and not tokenset & _NOT_TOPIC,
        biometric_payload=kind is None and payload, tokens=tokens,
        cue=cue, plain=kind is None and not nameish and not role and not payload,
    )


def _match_phrase(tokens: tuple[str, ...]) -> tuple[str | None, bool, bool]:
    """The best vocabulary phrase among the key's token spans: longest, then rightmost.

    Returns (kind, whether the phrase is the whole key, whether a phrase was vetoed).
    """
    count = len(tokens)
    vetoed = False
    best: tuple[int, int, str] | None = None
    for size in range(min(_LONGEST, count), 0, -1):
        for start in range(count - size, -1, -1):
            span = tokens[start:start + size]
            phrase = " ".join(span)
            kind = _PHRASES.get(phrase)
            if kind is None and size > 1:
                kind = _PHRASES.get("".join(span))
            if kind is None:
                continue
            whole = size == count
            if phrase in _EXACT_ONLY and not whole:
                continue
            if _vetoed(kind, tokens[:start], tokens[start + size:]):
                vetoed = True
                continue
            if best is None or (size, start) > best[:2]:
                best = (size, start, kind)
        if best is not None:
            return best[2], best[0] == count, vetoed
    return None, False, vetoed


# "in the last 3 months", "past 12 months": a time window, not the last value of a field.
_PERIODS: Final = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                             "yr", "yrs", "mo", "mos", "jahre", "monate", "mois", "ans", "meses",
                             "anos"})


def _window(after: tuple[str, ...], index: int) -> bool:
    """Whether `after[index]` (`last`, `past`) opens a time window: "last 3 months"."""
    following = after[index + 1:index + 2]
    return bool(following) and (following[0].isdigit() or following[0] in _PERIODS)


def _vetoed(kind: str, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    keeps = kw.META_KEEPS.get(kind, frozenset())
    if any(token in kw.META_TOKENS and token not in keeps
           and not (token in {"last", "past"} and _window(after, index))
           for index, token in enumerate(after)):
        return True
    pre = kw.PRE_VETO.get(kind)
    return pre is not None and any(token in pre for token in before)


def _match_stem(tokens: tuple[str, ...]) -> str | None:
    """A stem inside one token (`Gewerkschaftsmitglied`), unless metadata follows it."""
    for index, token in enumerate(tokens):
        for stem, kind in _STEMS:
            if stem in token or (index + 1 < len(tokens)
                                 and stem in token + tokens[index + 1]):
                if not _vetoed(kind, tokens[:index], tokens[index + 1:]):
                    return kind
    return None


def fold_key(key: str) -> str:
    """The folded form of a key (for callers that compare keys to fixed names)."""
    return fold(key)
