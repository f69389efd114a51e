"""Record rules: what an object's keys say together that no key says alone.

They run once per object whose keys set a context bit (`cues`), after the walk has judged
the object's members one by one, and answer with findings (key, hit) and vetoes:

- an identity document as a type and a number (`{"type": "passport", "number": "..."}`,
  `id_type: "national_id_card"` next to `id_number`): the type gives the kind;
- DNA markers as keys (`D8S1179: "13,14"`, `TH01`, `rs429358: "C/T"`) with allele values;
- a body part as a key holding a measurement (`face: [0.12, -0.4, ...]`, `iris: "<code>"`);
- payroll lines under `deductions` that name a union; canvassing records (`voter`,
  `precinct`) whose `support`, `party` or `intention` fields hold an answer;
- `Herkunft`-like keys, an ethnicity only in a person's record;
- a field named by another key and its values (`{"field": "password", "new": "..."}`);
- a criminal background check's outcome; a donation to a party, PAC or campaign (or to a
  place of worship); a mood on a numeric scale; a strike ballot's vote (trade union, not
  opinion);
- a DNA kit's ethnicity estimate; a person's diet; a clinical FHIR resource; the reason of a
  sick leave; an affiliation naming a union, a party or a church; an asylum claim's ground;
  a short answer to a question about a category; a body part's object holding a template;
- a party next to a member's record; the counts of a charge sheet; a probation or parole
  order; a caller's number; an identifier whose scheme names a national id or a passport;
- an entry of someone's absences whose reason is sickness; a cycle tracker's log of sex; the
  union's or party's list a candidate stands on; an election campaign's visits; what a DNA
  kit's risk estimate is of (`estimated_topics`: read as prose by the walk);
- vetoes: a race result, a game or an animal is no ethnicity; a gene reference entry, a
  catalog item, a plan, a place, a code list's entry, a code table or a statistic with no
  person in the document is no special-category data; a form's, a label table's, a
  translation table's or a schema's definition is no one's answer; a payment card's
  fingerprint is no biometric; a news item's text is no one's opinion; a host's telemetry
  is no one's health; a street's name alone is no one's address.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Final

from charter.privacy.scanner import cues as c
from charter.privacy.scanner import named as names
from charter.privacy.scanner import terms_names as tn
from charter.privacy.scanner.detectors import (
    OTHER_UNIONS,
    Hit,
    is_empty,
    judge_race,
    keyed,
    looks_like_name,
)
from charter.privacy.scanner.keyclass import CACHE as KEY_CACHE
from charter.privacy.scanner.keyclass import KeyInfo, classify
from charter.privacy.scanner.kinds import SPECIAL_CATEGORY
from charter.privacy.scanner.normalize import fold, words
from charter.privacy.scanner.statements import holiday_calendar
from charter.privacy.scanner.validators import fails_its_check

# How a veto applies: to every finding, to free-text findings only, or only when the
# document names no person at all.
ALWAYS: Final = 0
TEXT_ONLY: Final = 1
NO_PERSON: Final = 2
KEYED_ONLY: Final = 3  # findings by a key only: what a player writes in chat still counts
Veto = tuple[str | None, frozenset[str], int]  # key (None: the whole object), kinds, mode
# Where a finding is, below the object: a key, or keys and indexes for a nested member
# (`("contacts", 0, "support_level")`).
Where = str | tuple[str | int, ...]
Found = tuple[Where, Hit]

_ALLELE: Final = re.compile(
    r"\s*(?:\d{1,2}(?:\.\d)?(?:\s*[,/;|]\s*\d{1,2}(?:\.\d)?)*|[XY](?:\s*[,/;]?\s*[XY])?"
    r"|[ACGTDI]{1,2}|[ACGTDI]\s*[/|;:]\s*[ACGTDI])\s*")
_VECTOR_MIN: Final = 8
_CODE: Final = re.compile(r"[A-Za-z0-9+/=_-]{32,}|[01]{32,}")
_UNION_WORDS: Final = frozenset({"union", "unions", "gewerkschaft", "gewerkschaftsbeitrag",
                                 "syndicat", "syndicale", "syndical", "sindicato", "sindical",
                                 "uniondues"})
_CANVASS_FIELDS: Final = frozenset({
    "support", "supports", "supporter", "lean", "leaning", "leans", "intention", "intent",
    "pledge", "preference", "party", "candidate", "vote", "voted", "voting", "affiliation",
    "partei", "parti", "partido", "wahlabsicht", "intencion", "sympathie", "simpatia",
    "likely", "sympathisant", "simpatizante", "persuadable", "stance", "soutien", "apoyo",
    "unterstutzung", "unterstuetzung", "voto",
})
# A canvassing answer under `supportLevel`, which a help desk's plan has too ("gold"): a
# score or a side ("3 - undecided", "1 - strong Lab", "against").
_SIDE_TAKEN: Final = re.compile(
    r"\s*[1-5](?!\d)|.*\b(?:undecided|against|strong|lean|leaning|leans|soft|hard|oppose"
    r"|opposed|supporter|unentschieden|dagegen|dafur|indecis|indecise|contre|pour|indeciso"
    r"|indecisa|en contra|a favor)\b", re.IGNORECASE)
_SUPPORT_LEVEL: Final = ("support", "level")
# Those a party names to watch a polling station for it (`interventores`, `apoderados`).
_PARTY_WATCHERS: Final = frozenset({"interventores", "interventoras", "apoderados"})
_PAIRED: Final = frozenset({"passport", "national_id"})
_SPECIAL: Final = frozenset(SPECIAL_CATEGORY)
_HEALTH: Final = frozenset({"health"})
_GENETIC_HEALTH: Final = frozenset({"genetic", "health"})
_RACE: Final = frozenset({"racial_ethnic_origin"})
_HEALTH_POLITICAL: Final = frozenset({"health", "political_opinion"})
_GENETIC: Final = frozenset({"genetic"})
_RELIGION: Final = frozenset({"religious_belief"})
# A game character's own statistics: where they are, its `faith` is a part of the game.
_GAME_STATS: Final = frozenset({"mana", "hp", "xp", "npc", "loot", "max health", "maxhealth",
                                "stamina", "level"})
_POLITICAL_ETC: Final = frozenset({"political_opinion", "religious_belief", "trade_union",
                                   "racial_ethnic_origin", "sex_life_orientation",
                                   "criminal_record", "health"})


# Keys that make an object an animal's record (`{"name": "Tofu", "species": "feline"}`).
_ANIMAL_KEYS: Final = frozenset({"species", "breed", "tierart", "especie", "espece",
                                 "espèce"})
_HUMAN: Final = frozenset({"human", "homo sapiens", "mensch", "humain", "humano"})
_ANIMAL_KINDS: Final = frozenset({"health", "date_of_birth"})
_NAME_KIND: Final = frozenset({"person_name"})


# An agreement's numbered parts.
_CLAUSES: Final = frozenset({("article",), ("artikel",), ("articulo",), ("clause",),
                             ("paragraph",), ("paragraf",), ("section",), ("clausula",)})
# What an entry of a list of types (or of a pipeline's stages) holds: its code or its place,
# and its name.
_TYPE_CODES: Final = frozenset({"code", "nr", "id", "key", "kurzel", "kuerzel", "codigo",
                                "order", "position", "step", "rank"})
_TYPE_NAMES: Final = frozenset({"name", "text", "label", "description", "bezeichnung",
                                "libelle", "nombre", "nom", "descripcion", "title"})


def _type_entry(obj: dict[Any, Any]) -> bool:
    """An entry of a list of types: a code and a name, and only flat values."""
    keys = {key.lower() for key in obj if type(key) is str}
    return bool(keys & _TYPE_CODES) and bool(keys & _TYPE_NAMES) and len(obj) <= 10 and all(
        type(value) not in (dict, list) for value in obj.values())


_PROGRAMME: Final = re.compile(r"(?i)manifesto|wahlprogramm|programme electoral|"
                               r"programa electoral|election programme|party programme")
_SERVICE_TIMES: Final = frozenset({"day", "time", "tag", "uhrzeit", "jour", "heure", "dia",
                                   "hora", "weekday", "start"})


def _programme(obj: dict[Any, Any]) -> bool:
    """A party's election programme (`{"party": ..., "document": "Local Election Manifesto
    2025", "chapters": [...]}`): what it promises everyone."""
    return any(type(value) is str and len(value) <= 80 and _PROGRAMME.search(value) is not None
               and type(key) is str and classify(key).cue & c.DOC_TYPE
               for key, value in obj.items())


def timetable(services: object) -> bool:
    """A list of services, each with its day or time: a place of worship's timetable."""
    return type(services) is list and bool(services) and all(
        type(item) is dict and not _SERVICE_TIMES.isdisjoint(item) for item in services[:10])


def _counts(obj: dict[Any, Any]) -> bool:
    """Whether a statistic's key holds figures, not prose or a record: a recovery meeting's
    `share` is what someone said there ("Análisis de hoy: colesterol LDL 190"), an aid
    `distribution` is a round at a site."""
    return any(type(key) is str and classify(key).cue & c.AGGREGATE and _figures(value)
               for key, value in obj.items())


def _figures(value: object) -> bool:
    """A figure, a short label, or a breakdown or a series of figures."""
    if type(value) is str:
        return len(value) <= 30 or value.count(" ") < 4
    if type(value) is dict:
        return all(type(item) in (int, float, dict, list) for item in value.values())
    return True


# What a moderation model's categories may name.
_MODERATED: Final = _SPECIAL - {"biometric"}


def animal(obj: dict[Any, Any]) -> bool:
    """An animal's record: a species or a breed that is not a human's."""
    for key in _ANIMAL_KEYS:
        value = obj.get(key)
        if type(value) is str and value and value.strip().lower() not in _HUMAN:
            return True
    return False


def judge(obj: dict[Any, Any], cues: int, parent: KeyInfo,
          personal: Callable[[], bool], listed: bool = False) -> tuple[list[Found], list[Veto]]:
    """Findings and vetoes for the object `obj` whose keys set `cues`; `parent` is the key
    the object sits under, `personal()` whether the object is a person's record, `listed`
    whether it is an entry of an array."""
    found: list[Found] = []
    vetoes: list[Veto] = []
    if cues & c.DOC_TYPE:
        _document(obj, found, vetoes, parent)
    if cues & c.ROUTING:
        _bank_codes(obj, vetoes)
    if cues & c.LOCUS:
        _loci(obj, found)
    if cues & c.MODALITY:
        _modalities(obj, found)
    if parent.cue & c.MODALITY:
        _measured(obj, found)
    if parent.cue & c.DEDUCTION:
        _deductions(obj, found)
    if (cues | parent.cue) & c.CANVASS:
        _canvass(obj, parent, found)
    if cues & _STATED:
        _stated(obj, cues, parent, personal, found)
    if parent.cue & c.LEAVE:
        _absence(obj, found, personal)
    if cues & (c.QUESTION | c.ANSWER):
        _declined(obj, vetoes)
    if cues & c.LOOKUP:
        _decoded(obj, vetoes)
    if cues & c.DOC_NUMBER:
        _hl7_segment(obj, found)
    if cues & c.PERSON_ONLY and (parent.person or personal()):
        for key, value in obj.items():
            if type(key) is str and (info := classify(key)).cue & c.PERSON_ONLY:
                if info.tokens[0] in _ORIGIN_WORDS and not (
                        type(value) is str and fold(value).strip() in _PEOPLES_NAMED):
                    continue  # `origin: "web"`, `origine: "France"`: not a people
                hit = judge_race("racial_ethnic_origin", value)
                if hit is not None:
                    found.append((key, hit))
    if cues & c.PLAY:
        vetoes.append((None, _RACE, KEYED_ONLY))
        if animal(obj):  # a pet's name, birth date and diagnosis are no person's
            vetoes.append((None, _ANIMAL_KINDS, ALWAYS))
            vetoes.extend((key, _NAME_KIND, ALWAYS) for key in ("name", "nom", "nombre")
                          if key in obj)
        if _game_character(obj):
            vetoes.append((None, _RELIGION, ALWAYS))  # a cleric's `faith`: "Order of Dawn"
    elif parent.cue & c.PLAY and _game_character(obj):
        # `character: {"race": "dwarf", "faith": "Sun Order", "level": 5}`
        vetoes.append((None, _RACE | _RELIGION, ALWAYS))
    if not cues & c.SUBJECT and not parent.person:
        if cues & c.GENE_REF and _gene_reference(obj):
            vetoes.append((None, _GENETIC_HEALTH, NO_PERSON))
        if cues & c.CATALOG and not _cites_listing(obj) and not _court_list(obj):
            vetoes.append((None, _SPECIAL, NO_PERSON))
        if (cues & c.LOOKUP and not _people_table(obj)) or (
                parent.cue & c.LOOKUP and _labels(obj)):
            vetoes.append((None, _SPECIAL, NO_PERSON))
    if parent.cue & c.LOCALE and _labels(obj):
        vetoes.append((None, _SPECIAL, ALWAYS))  # `{"es": {"campo.religion": "Religión"}}`
    if cues & c.PRESS and (_count(obj, c.PRESS) >= 2 or _published(obj) or _publishes(obj)
                           or _release(obj)):
        vetoes.append((None, _POLITICAL_ETC, TEXT_ONLY))
        # a press release's `party` field is the party's, when no person is named
        vetoes.append((None, _POLITICAL_ETC, NO_PERSON))
    if (cues | parent.cue) & c.CARD:
        _card(obj, parent, cues, vetoes)
    if _form(obj, cues, parent):
        vetoes.append((None, _SPECIAL, ALWAYS))
    # A code list (`[{"code": "E11.9", "description": ...}, ...]`) names no one's diagnosis
    # unless the document names a person; under a health key only as a list's entry.
    # (Not for the lines of a payslip: `{"code": "UNI", "desc": "Union dues"}` is someone's.)
    if cues & c.CODE_ENTRY and not parent.cue & c.DEDUCTION and (parent.kind is None or (
            listed and parent.kind in _SPECIAL)) and not cues & c.SUBJECT and (
            _count(obj, c.CODE_ENTRY) < len(obj) and _describes(obj)):
        vetoes.append((None, _SPECIAL, NO_PERSON))
    if cues & c.AGGREGATE and not cues & c.SUBJECT and _counts(obj):
        vetoes.append((None, _SPECIAL, NO_PERSON))
    if parent.cue & c.AGGREGATE and not cues & c.SUBJECT and obj and all(
            type(value) in (int, float) for value in obj.values()):
        # `top_reasons_share: {"mental health": 0.24}`: a breakdown's figures
        vetoes.append((None, _SPECIAL, NO_PERSON))
    if cues & c.AGREEMENT and any(type(key) is str and classify(key).tokens in _CLAUSES
                                  for key in obj):
        vetoes.append((None, _SPECIAL, NO_PERSON))  # an agreement's article: rules for all
    if cues & c.DOC_TYPE and _programme(obj):
        vetoes.append((None, _SPECIAL, NO_PERSON))  # a party's manifesto: its chapters
    if parent.cue & c.TYPES and listed and _type_entry(obj):
        vetoes.append((None, _SPECIAL, NO_PERSON))  # `leave_types: [{"code", "name"}]`
    if (cues | parent.cue) & c.DONATION:
        _donation(obj, found)
    if cues & c.EVENT or parent.cue & c.EVENTS:
        _donation_event(obj, found)
    if cues & c.EVENT:
        _recovery_meeting(obj, found)
    if cues & c.LINKED and len(obj) > 1:
        _fhir_extension(obj, found)
    if parent.cue & c.LISTING and parent.tokens[-1:] and parent.tokens[-1] in _SEGMENTS:
        _segment(obj, found)
    if cues & c.LISTING:
        _members_export(obj, found)
        if any(type(key) is str and type(value) is str and classify(key).cue & c.LISTING
               and holiday_calendar(value) for key, value in obj.items()):
            vetoes.append((None, _SPECIAL, ALWAYS))  # "religious-holidays-2026": feasts
    if cues & c.CLASSIFIER:
        # a moderation model's categories ("self-harm", "sexual"): what it looks for in any
        # text, no one's data (the text it judged is judged on its own). Not a template: a
        # face matcher's error holds its threshold beside the probe's embedding.
        vetoes.append((None, _MODERATED, ALWAYS))
    if cues & c.FIELD_REF and cues & c.FIELD_VALUE:
        _field_change(obj, found, vetoes)
    elif cues & c.FIELD_REF:
        _form_answer(obj, found)
    if cues & c.SCREENING:
        _screening(obj, parent, found)
    if cues & c.MOOD:
        _mood(obj, found)
    if cues & c.MACHINE and not cues & c.SUBJECT:
        # a host's `diagnosis`: "disk pressure"; a cluster's `party` and `election`: its nodes
        vetoes.append((None, _HEALTH_POLITICAL, NO_PERSON))
    if cues & c.EVOLUTION:
        vetoes.append((None, _GENETIC, NO_PERSON))  # a genetic algorithm's `genome`
    if parent.cue & c.RULEBOOK:
        # an organisation's rules ("criminal record checks only for regulated roles")
        vetoes.append((None, _SPECIAL, TEXT_ONLY))
    if cues & c.STREET:
        _bare_street(obj, vetoes)
    if parent.cue & c.CALLER:
        _caller(obj, found)
    if parent.cue & c.CHARGES:
        _charged(obj, found)
    if cues & c.PARTY:
        _party_member(obj, found)
    if cues & c.ID_SYSTEM:
        _identifier(obj, found)
    if cues & c.DOC_TYPE:
        _supervision(obj, found)
    if (cues | parent.cue) & c.ORDER:
        _court_order(obj, parent, found)
    if cues & c.ORG:
        _member_union(obj, parent, found)
    if cues & (c.ROLE | c.SCREENING):
        _justice_role(obj, parent, found)
    if parent.cue & c.DECLARATION:
        _declared(obj, found)
    if cues & c.INFECTION:
        _screened_for(obj, found)
    if parent.cue & c.ADMIXTURE:
        _admixture(obj, found)
    if cues & c.CAMPAIGN and not (cues | parent.cue) & c.DONATION:
        _campaign(obj, found, vetoes)  # (money given to a campaign: see `_donation`)
        if not (cues | parent.cue) & c.CANVASS and _election_campaign(obj):
            # an election campaign's visits: `besuche: [{"adresse": ..., "soutien": 2}]`
            _canvass(obj, parent, found)
    if cues & c.HEREDITARY:
        _carrier(obj, found)
    if cues & c.CONDITION:
        _conditions_answered(obj, parent, personal, found)
    if cues & c.LIFE:
        _life_titled(obj, found)
    if cues & c.CERTIFICATE:
        _certificate(obj, found)
    if cues & c.INTERCOURSE:
        _intercourse(obj, found)
    if cues & c.SLATE:
        _slate(obj, found, vetoes)
    return found, vetoes


# A person's `origin` is an ethnicity only when it names a people ("Kurdish", "maghrébine").
_ORIGIN_WORDS: Final = frozenset({"origin", "origine", "origen"})
_PEOPLES_NAMED: Final = tn.ETHNIC | tn.PEOPLES | tn.ETHNIC_GROUPS | frozenset({
    "maghrebin", "maghrebine", "maghrebins", "antillais", "antillaise", "afro caribbean",
    "afro-caribbean", "afro caribeenne", "afro-caribeenne", "afro caribeen", "afro-caribeen",
    "afrocaribeno", "afrocaribena", "afrodescendiente", "afrodescendant", "afrodescendante",
    "latinx", "berbere", "berber", "bereber", "amazigh", "gitan", "gitane", "tzigane"})


# Records that state a category in one of their fields (one test for most objects).
_STATED: Final = (c.ANCESTRY | c.DIET | c.FHIR | c.DOC_TYPE | c.LEAVE | c.AFFILIATION
                  | c.GROUNDS | c.QUESTION)


def _stated(obj: dict[Any, Any], cues: int, parent: KeyInfo, personal: Callable[[], bool],
            found: list[Found]) -> None:
    if cues & c.ANCESTRY:
        _ancestry(obj, found)
    if cues & c.DIET and (parent.person or personal()):
        _diet(obj, found)  # a person's diet, not a dish's label
    if cues & c.FHIR:
        _fhir(obj, found)
    if cues & (c.DOC_TYPE | c.LEAVE):
        _sickness(obj, found, parent, personal)
    if cues & c.AFFILIATION:
        _affiliation(obj, found)
    if cues & c.GROUNDS:
        _grounds(obj, found)
    if cues & c.QUESTION:
        _answered(obj, found)


def _ends_in(key: str, last_words: frozenset[str]) -> bool:
    """Whether the last word of `key` is one of `last_words` (`sick_leave_reason` ends in
    `reason`)."""
    tokens = classify(key).tokens
    return bool(tokens) and tokens[-1] in last_words


def _count(obj: dict[Any, Any], bit: int) -> int:
    return sum(1 for key in obj if type(key) is str and classify(key).cue & bit)


# Keys that make an entry a gene reference entry on their own; `transcript` or `assembly`
# also name a call's transcript or a product's assembly, so they need a second key.
_GENE_WEAK: Final = frozenset({"transcript", "transcripts", "assembly", "synonyms", "aliases",
                               "orthologs"})


def _gene_reference(obj: dict[Any, Any]) -> bool:
    keys = [classify(key).tokens for key in obj
            if type(key) is str and classify(key).cue & c.GENE_REF]
    return len(keys) >= 2 or any(not set(tokens) <= _GENE_WEAK for tokens in keys)


# Keys that, holding a bare reference (`"vacancy": "VAC-104"`), point at a listing from a
# record about someone (an application, a monitoring form) instead of being the listing.
# (Not a trial's `nct_id`: a registry entry carries its own id under that key.)
_LISTING_REFERENCE: Final = frozenset({"vacancy", "vacancies"})
_REFERENCE: Final = re.compile(r"[A-Za-z]{0,8}[-_/#]?[A-Za-z0-9]*\d[A-Za-z0-9\-_/]*")


# Keys of a court: its `listings` are the day's cases, not goods for sale.
_COURT_KEYS: Final = frozenset({
    "court", "courts", "courtroom", "judge", "magistrate", "tribunal", "gericht",
    "amtsgericht", "landgericht", "richter", "richterin", "juzgado", "juez", "jueza",
    "audiencia", "juge", "docket", "hearing", "hearings", "verhandlung", "audience",
})


def _court_list(obj: dict[Any, Any]) -> bool:
    """A court's list of cases (`{"court": ..., "judge": ..., "listings": [...]}`)."""
    return any(type(key) is str and not _COURT_KEYS.isdisjoint(classify(key).tokens)
               for key in obj)


def _cites_listing(obj: dict[Any, Any]) -> bool:
    """Whether the object's only catalogue keys are references to a listing (a job
    vacancy's code), which makes it a record filed against the listing."""
    cited = False
    for key, value in obj.items():
        if type(key) is not str:
            continue
        info = classify(key)
        if not info.cue & c.CATALOG:
            continue
        if not set(info.tokens) & _LISTING_REFERENCE:
            return False
        if not ((type(value) is str and len(value) <= 24 and _REFERENCE.fullmatch(value))
                or type(value) is int):
            return False
        cited = True
    return cited


def _labels(obj: dict[Any, Any]) -> bool:
    """An object whose values are all texts: labels, translations, code descriptions."""
    return bool(obj) and all(type(value) is str for value in obj.values())


# A web page's address slug or a byline: the object is published content, not a record.
_PUBLISHED: Final = frozenset({"slug", "permalink", "byline", "dateline"})


_FORUM: Final = frozenset({"topic", "thread", "forum", "community", "discussion"})


def _published(obj: dict[Any, Any]) -> bool:
    """A slug or a byline; or a title with a date of publication (a press release)."""
    titled = dated = False
    for key in obj:
        if type(key) is not str:
            continue
        tokens = classify(key).tokens
        if not _PUBLISHED.isdisjoint(tokens) and _FORUM.isdisjoint(tokens):
            return True  # (a forum's `topic_slug` is its thread's: the post is a member's)
        titled = titled or tokens in _TITLES
        dated = dated or (bool(tokens) and tokens[0] in _PUBLICATION)
    return titled and dated


def _release(obj: dict[Any, Any]) -> bool:
    """A press release held as an object (`{"pressemitteilung": {"titel": ..., "text":
    ...}}`, `{"communique": {...}}`)."""
    return any(type(key) is str and type(value) is dict and classify(key).cue & c.PRESS
               for key, value in obj.items())


def _publishes(obj: dict[Any, Any]) -> bool:
    """A feed whose entries are publications (`{"feed": ..., "items": [{"title": ...,
    "published": ...}]}`)."""
    return any(type(value) is list and value and type(value[0]) is dict and _published(value[0])
               for value in obj.values())


_TITLES: Final = frozenset({("title",), ("headline",), ("titel",), ("titre",), ("titulo",)})
_PUBLICATION: Final = frozenset({"published", "publication", "pubdate", "veroffentlicht",
                                 "publie", "publicado"})


# (A driving licence's number is not a national identifier: it is no one's number for life,
# and it is checked by no national format.)
_DOC_KIND_EXTRA: Final = {"residence permit": "national_id", "state id": "national_id",
                          "titre de sejour": "national_id", "aufenthaltstitel": "national_id"}


# ICAO 9303 document codes (machine-readable travel documents, airline passenger data).
_ICAO: Final = {"p": "passport", "pp": "passport", "pd": "passport", "ps": "passport",
                "po": "passport", "pm": "passport", "i": "national_id"}


def _doc_kind(value: str, code_ok: bool = False) -> str | None:
    """The kind of document a type value names (`passport`, `ID_CARD`, `DNI`); with
    `code_ok` (the key says document), also an ICAO code (`P`)."""
    if len(value) > 48:
        return None
    if code_ok and len(value) <= 2 and value.strip().lower() in _ICAO:
        return _ICAO[value.strip().lower()]
    info = classify(value)
    if info.kind in _PAIRED:
        return info.kind
    return _DOC_KIND_EXTRA.get(" ".join(info.tokens))


_DOC_PARENTS: Final = frozenset({"document", "documents", "doc", "docs", "identity",
                                  "identification", "travel", "apis", "ausweis", "dokument",
                                  "documento", "piece", "pieza", "id",
                                  # a travel document (`reisedokument`, `document_de_voyage`)
                                  "reisedokument", "voyage", "viaje"})


def _document(obj: dict[Any, Any], found: list[Found], vetoes: list[Veto],
              parent: KeyInfo) -> None:
    kind = None
    coded = bool(parent.tokens) and parent.tokens[-1] in _DOC_PARENTS
    for key, value in obj.items():
        if type(key) is str and type(value) is str and classify(key).cue & c.DOC_TYPE:
            kind = _doc_kind(value, coded or len(classify(key).tokens) > 1)
            if kind is not None:
                break
    if kind is None:
        return
    for key, value in obj.items():
        if type(key) is not str:
            continue
        info = classify(key)
        if not (info.cue & c.DOC_NUMBER or info.kind in _PAIRED):
            continue
        if type(value) is int:
            value = str(value)
        if type(value) is str and _id_shaped(value) and (
                kind != "national_id" or not fails_its_check(value)):
            # (a national number in a checkable format must pass its check: a DNI with the
            # wrong letter is a typo or a test value)
            found.append((key, (kind, f"key:{kind}", 0.9)))
            vetoes.append((key, _PAIRED - {kind}, ALWAYS))


def _bank_codes(obj: dict[Any, Any], vetoes: list[Veto]) -> None:
    """A bank's routing number or sort code is an account's only beside the account's
    number; alone (a directory of banks, a payout form's lookup) it names a bank."""
    for key in obj:
        if type(key) is str:
            info = classify(key)
            if (info.kind == "bank_account" and not info.cue & c.ROUTING) or (
                    not _ACCOUNT_WORDS.isdisjoint(info.tokens)):
                return
    for key in obj:
        if type(key) is str and classify(key).cue & c.ROUTING:
            vetoes.append((key, _BANK, ALWAYS))


_BANK: Final = frozenset({"bank_account"})
_ACCOUNT_WORDS: Final = frozenset({"account", "acct", "konto", "cuenta", "compte", "accountnumber",
                                   "kontonummer"})


def _id_shaped(value: str) -> bool:
    """A document number: 5 to 20 letters and digits (spaces and dashes allowed), a digit."""
    text = value.strip().replace(" ", "").replace("-", "")
    return (5 <= len(text) <= 20 and text.isalnum() and text.isascii()
            and any(char.isdigit() for char in text) and not is_empty(value))


# An HLA allele (`B*57:01`, `HLA-DRB1*15:01`) or the result of a test for one.
_HLA_ALLELE: Final = re.compile(r"\s*(?:hla-?)?[a-z]{1,4}\d?\*\d{2,3}(?::\d{2,3}){0,3}[a-z]?\s*",
                                re.IGNORECASE)
_CARRIED: Final = frozenset({"positive", "negative", "pos", "neg", "detected", "not detected",
                             "present", "absent", "positiv", "negativ", "nachgewiesen",
                             "nicht nachgewiesen", "positif", "negatif", "positivo",
                             "negativo", "detectado", "no detectado", "detecte", "non detecte"})


def _allele(value: object) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 0 < value < 100
    if type(value) is str:
        return _ALLELE.fullmatch(value) is not None or _HLA_ALLELE.fullmatch(value) is not None or (
            len(value) <= 20 and " ".join(words(fold(value))) in _CARRIED)
    if type(value) is list:
        return bool(value) and all(_allele(item) for item in value)
    return False


def _loci(obj: dict[Any, Any], found: list[Found]) -> None:
    """Marker keys with allele values; a weak name (`FGA`, `TH01`) needs a second marker."""
    markers = []
    strong = False
    for key, value in obj.items():
        if type(key) is str:
            info = classify(key)
            if info.cue & c.LOCUS and _allele(value):
                markers.append(key)
                strong = strong or c.strong_locus(info.tokens)
    if strong or len(markers) >= 2:
        found.extend((key, ("genetic", "key:genetic", 0.9)) for key in markers)


def _modalities(obj: dict[Any, Any], found: list[Found]) -> None:
    """`face`, `iris`, `voice`... holding a vector or an encoded template."""
    for key, value in obj.items():
        if type(key) is not str:
            continue
        info = classify(key)
        if not info.cue & c.MODALITY or info.tokens[-1] not in c.MODALITIES:
            continue  # (`empreinte_vocale` holds its template below, judged by `_measured`)
        if type(value) is list and len(value) >= _VECTOR_MIN and all(
                type(item) is float or type(item) is int for item in value):
            found.append((key, ("biometric", "key:biometric", 0.85)))
        elif type(value) is str and _CODE.fullmatch(value.strip()):
            found.append((key, ("biometric", "key:biometric", 0.85)))


_CHURCH_TAX: Final = frozenset({"kirchensteuer", "kirchgeld", "kirchenbeitrag", "kist",
                               "kirchensteuerabzug"})
_CHURCH_AND_TAX: Final = frozenset({"church", "tax"})  # `church_tax`


def _deductions(obj: dict[Any, Any], found: list[Found]) -> None:
    """A payroll line that names a union, in its key or in its label (a credit union's
    savings plan is not one)."""
    for key, value in obj.items():
        if type(key) is not str or value is None or value is False or value == "":
            continue
        tokens = set(classify(key).tokens)
        if tokens & _UNION_WORDS and not tokens & OTHER_UNIONS:
            found.append((key, ("trade_union", "key:trade_union", 0.85)))
        elif type(value) is str and len(value) < 80 and names_union(value):
            found.append((key, ("trade_union", "key:trade_union", 0.85)))
        elif type(value) is str and len(value) < 80 and (
                _CHURCH_TAX & (said := set(words(fold(value)))) or _CHURCH_AND_TAX <= said):
            # church tax is withheld only from a church's members (`Kirchensteuer rk`)
            found.append((key, ("religious_belief", "key:religious_belief", 0.85)))


# A payroll record's lines, as its key's words, and the words of its other fields that make
# it a payroll's: `{"employee": ..., "gross": ..., "lines": [{"code": "KIST", ...}]}`.
_PAY_LINES: Final = frozenset(tuple(key.split()) for key in (
    "lines", "line items", "items", "components", "pay components", "pay items", "pay lines",
    "entries", "positions", "posten", "elements", "pay elements", "wage types", "lohnarten"))
_PAYROLL_WORDS: Final = frozenset({
    "employee", "employees", "mitarbeiter", "mitarbeiterin", "arbeitnehmer", "salarie",
    "empleado", "trabajador", "gross", "net", "brutto", "netto", "payslip", "paystub",
    "payroll", "salary", "wage", "wages", "lohn", "gehalt", "lohnabrechnung",
    "gehaltsabrechnung", "nomina", "paie", "pay"})
# Fields of an order's or an invoice's line, which a payroll line has not.
_ORDER_LINE: Final = frozenset({"sku", "quantity", "qty", "product", "ean", "gtin",
                                "article", "artikel", "unit", "menge"})


def payroll_lines(obj: dict[Any, Any]) -> list[tuple[tuple[str, int, str], Hit]]:
    """Church tax among a payroll record's lines (`lines: [{"code": "KIST", "amount":
    -31.2}]` beside an `employee`): only a church's members pay it. Order lines (with a
    `sku` or a `quantity`) are no payroll's."""
    lines: list[tuple[str, list[Any]]] = []
    payroll = False
    for key, value in obj.items():
        if type(key) is not str:
            continue
        tokens = classify(key).tokens
        if type(value) is list and tokens in _PAY_LINES:
            lines.append((key, value))
        elif not _PAYROLL_WORDS.isdisjoint(tokens):
            payroll = True
    found: list[tuple[tuple[str, int, str], Hit]] = []
    if not payroll:
        return found
    for key, items in lines:
        for position, item in enumerate(items):
            if type(item) is not dict or any(
                    type(name) is str and not _ORDER_LINE.isdisjoint(classify(name).tokens)
                    for name in item):
                continue
            for name, value in item.items():
                if type(name) is str and type(value) is str and len(value) < 80 and (
                        not _CHURCH_TAX.isdisjoint(words(fold(value)))):
                    found.append(((key, position, name),
                                  ("religious_belief", "key:religious_belief", 0.85)))
    return found


def _named(value: str, names: frozenset[str]) -> bool:
    """Whether `value` holds one of `names` (whole words, written as a name)."""
    text = f" {' '.join(words(fold(value)))} "
    return any(f" {name} " in text and (
        name not in tn.CASED or any(form in value for form in tn.CASED[name]))
        for name in names)


def names_union(value: str) -> bool:
    """A union's word or name in a short text ("Union dues", "UNISON subscription"), not a
    credit union or the European Union."""
    tokens = set(words(fold(value)))
    if tokens & OTHER_UNIONS:
        return False
    return bool(tokens & _UNION_WORDS) or _named(value, tn.UNIONS)


_STRIKE_WORDS: Final = frozenset({
    "strike", "strikes", "streik", "urabstimmung", "arbeitskampf", "greve", "huelga",
    "industrial", "union", "unions", "gewerkschaft", "syndicat", "syndicale", "sindicato",
    "sindical", "tarifrunde", "walkout",
})


def _canvass(obj: dict[Any, Any], parent: KeyInfo, found: list[Found]) -> None:
    """A canvassing or voter record: its support, party and intention fields (a union's
    strike ballot, `strike_ballot: {"voted": true}` included: its vote says union
    membership, not an opinion)."""
    kind = "political_opinion"
    if set(parent.tokens) & _STRIKE_WORDS:
        kind = "trade_union"
    for key, value in obj.items():
        if kind == "trade_union":
            break
        if type(key) is str and (set(classify(key).tokens) & _STRIKE_WORDS or (
                type(value) is str and len(value) < 80
                and set(words(fold(value))) & _STRIKE_WORDS)):
            kind = "trade_union"
            break
    _answers(obj, (), kind, found)
    # The people met on a walk list or a phone bank: `contacts: [{"support_level": 4}]`.
    for key, value in obj.items():
        if type(key) is not str or classify(key).cue & c.CANVASS:
            continue
        if kind == "political_opinion" and value and _ends_in(key, _PARTY_WATCHERS):
            found.append((key, (kind, f"key:{kind}", 0.8)))  # a party's polling agents
            continue
        items = value if type(value) is list else [value]
        for index, item in enumerate(items[:_MAX_CONTACTS]):
            if type(item) is dict:
                where = (key, index) if type(value) is list else (key,)
                _answers(item, where, kind, found)


_MAX_CONTACTS: Final = 500


def _answers(obj: dict[Any, Any], where: tuple[str | int, ...], kind: str,
             found: list[Found]) -> None:
    """The support, party and intention fields of one canvassed person that hold an answer."""
    for key, value in obj.items():
        if type(key) is not str or value is None or value is False:
            continue
        if type(value) is str and is_empty(value):
            continue
        if type(value) in (dict, list) or value == "":
            continue
        tokens = classify(key).tokens
        if set(tokens) & _CANVASS_FIELDS and not (tokens == _SUPPORT_LEVEL and (
                type(value) is not int or not 1 <= value <= 5) and (
                type(value) is not str or not _SIDE_TAKEN.match(value))):
            found.append(((*where, key) if where else key, (kind, f"key:{kind}", 0.8)))


def _card(obj: dict[Any, Any], parent: KeyInfo, cues: int, vetoes: list[Veto]) -> None:
    """A payment card's `fingerprint` identifies the card (a hash), not a finger."""
    if not (parent.cue & c.CARD or _count(obj, c.CARD) >= 1):
        return
    for key in obj:
        if type(key) is str and "fingerprint" in classify(key).tokens:
            vetoes.append((key, _BIOMETRIC, ALWAYS))


_BIOMETRIC: Final = frozenset({"biometric"})
# Keys whose presence says an object holds a person's answer, not a form's definition.
_ANSWER: Final = frozenset({"value", "values", "answer", "answers", "response", "responses",
                            "selected", "selection", "submitted", "input", "antwort", "wert",
                            "reponse", "valeur", "respuesta", "valor", "choice"})
_JSON_TYPES: Final = frozenset({"string", "boolean", "integer", "number", "object", "array",
                                "null", "select", "text", "textarea", "radio", "checkbox",
                                "dropdown", "multiselect", "enum", "bool", "int", "float",
                                # Avro's primitive and complex types
                                "long", "double", "bytes", "record", "map", "fixed"})
_SCHEMA_KEYS: Final = frozenset({
    "type", "enum", "format", "description", "title", "items", "properties", "required",
    "default", "examples", "example", "pattern", "minlength", "maxlength", "minimum",
    "maximum", "nullable", "readonly", "writeonly", "deprecated", "label", "placeholder",
    "options", "choices", "widget", "help", "hint", "tooltip", "validation", "multiple",
    "name", "id", "key", "order", "optional", "sensitive", "visible", "hidden", "ref",
    "oneof", "anyof", "allof", "const", "x", "ui", "input", "component", "field",
    "doc", "aliases", "namespace", "symbols", "fields", "size", "values", "logical",
    # `maxLength`, `minLength`; a tracking plan's flag that the property is personal
    "length", "pii",
})
# ... and, beside what only a field's definition has, a survey question's wording
# (`{"text": "What is your ethnic group?", "options": [...]}`) and a field's keys in German,
# French or Spanish (`{"name": "konfession", "typ": "auswahl", "pflicht": false}`).
_QUESTION_KEYS: Final = _SCHEMA_KEYS | {
    "text", "question", "wording", "prompt", "typ", "pflicht", "pflichtfeld", "platzhalter",
    "optionen", "tipo", "obligatorio", "obligatoire", "requis", "opciones", "etiqueta",
    "libelle", "beschriftung", "hinweis", "aide", "ayuda", "nombre", "nom", "validacion"}


def _form(obj: dict[Any, Any], cues: int, parent: KeyInfo) -> bool:
    """A label table, a form field's or a JSON Schema's definition: no one's answer."""
    if parent.cue & c.FORM and parent.tokens and parent.tokens[-1] not in {"label", "hint"} and (
            not _completion(obj)):
        return True  # `labels: {"religion": "Religion"}`, `translations: {...}`
    if not cues & (c.FORM | c.DOC_TYPE):
        return False
    keys = [classify(key) for key in obj if type(key) is str]
    coded = _value_labels(obj)  # a codebook's variable: its `values` are labels, no answer
    if any(info.tokens and info.tokens[-1] in _ANSWER for info in keys) and not coded:
        return False
    if any(type(value) is list and value and all(_completion(item) for item in value)
           for value in obj.values()):
        return False  # a language model's `choices`
    if any(type(key) is str and (info := classify(key)).cue & c.FORM
           and info.tokens not in _WEAK_FORM and not _decided(value) and not (
               info.tokens == ("labels",) and _tags(value))
           # (`label_printed: true` is a check-in's flag, not a form's label)
           and type(value) not in (bool, int, float) for key, value in obj.items()):
        return True  # a placeholder, an enum, a widget: a form's field
    # `{"key": "ethnicity", "label": "Ethnic group", "options": [...]}`: a label beside
    # what only a field's definition has, and nothing else
    if (any(info.tokens in _DEFINING for info in keys) or coded) and all(
            info.tokens and info.tokens[-1] in _QUESTION_KEYS for info in keys):
        return True
    # JSON Schema: `{"type": "string", "enum": [...]}`, `{"type": "boolean"}`; an Avro
    # field: `{"name": "union_member", "type": ["null", "boolean"], "default": null}`.
    kind = obj.get("type", obj.get("input_type", obj.get("inputType")))
    return _schema_type(kind) and all(
        info.tokens and info.tokens[-1] in _SCHEMA_KEYS for info in keys)


# What a choice made carries, beside what was chosen (`choices: [{"course": "L300",
# "decision": "offer"}]`): an application's choices, not a form's options.
_DECISIONS: Final = frozenset({"decision", "decisions", "outcome", "status", "offer",
                               "result", "entscheidung", "resultado"})


def _decided(value: object) -> bool:
    """A list of choices made, each with its outcome."""
    return type(value) is list and bool(value) and all(
        type(item) is dict and any(type(key) is str and key.lower() in _DECISIONS
                                   for key in item) for item in value)


def _tags(value: object) -> bool:
    """A record's labels as a list of tags (`labels: ["hallucination", "bug"]`), not a
    label table."""
    return type(value) is list and all(type(item) is str and len(item) <= 40 for item in value)


# What a language model's answer has (`choices: [{"index": 0, "message": {...},
# "finish_reason": "stop"}]`): the text it wrote, not a form's options.
_COMPLETION: Final = frozenset({"message", "delta", "finish_reason", "logprobs"})


def _completion(item: object) -> bool:
    return type(item) is dict and not _COMPLETION.isdisjoint(item)


def _schema_type(kind: object) -> bool:
    """A JSON Schema or Avro type: a type name, a union of them, or a nested type."""
    if type(kind) is str:
        return kind.lower() in _JSON_TYPES
    if type(kind) is list:
        return 0 < len(kind) <= 12 and all(
            (type(item) is str and item.lower() in _JSON_TYPES)
            or (type(item) is dict and _schema_type(item.get("type"))) for item in kind)
    return False


# What only a form field's definition has: its options, whether it may be left out.
_DEFINING: Final = frozenset((word,) for word in (
    "options", "choices", "optional", "required", "multiple", "validation", "placeholder",
    "widget", "enum", "default", "hidden", "readonly",
    # in German, French and Spanish, and a field's help text there
    "typ", "pflicht", "pflichtfeld", "platzhalter", "optionen", "obligatorio", "obligatoire",
    "requis", "opciones", "hinweis", "aide", "ayuda"))
# A `label` alone names a payslip line or a saved address too ("Union dues", "Home").
_WEAK_FORM: Final = frozenset({("label",), ("caption",), ("libelle",), ("etiqueta",)})
_DESCRIBING: Final = frozenset({"description", "display", "desc", "label", "title", "text",
                                "short", "long", "term", "meaning", "definition", "bezeichnung",
                                "beschreibung", "libelle", "descripcion", "designation"})


def _value_labels(obj: dict[Any, Any]) -> bool:
    """A survey codebook's variable: its answers' codes and their labels (`"values": {"1":
    "Yes", "3": "No"}`)."""
    values = obj.get("values")
    return type(values) is dict and len(values) >= 2 and all(
        type(code) is str and 0 < len(code) <= 4 and code.lstrip("-").isdigit()
        and type(label) is str and len(label) <= 60 for code, label in values.items()) and any(
            char.isalpha() for label in values.values() for char in label)


def _describes(obj: dict[Any, Any]) -> bool:
    """A code next to its description: a code list's entry (`{"code", "description"}`)."""
    return any(type(key) is str and set(classify(key).tokens) & _DESCRIBING for key in obj)


_TO_WHOM: Final = frozenset({
    "recipient", "committee", "payee", "beneficiary", "candidate", "campaign", "organization",
    "organisation", "org", "to", "cause", "fund", "empfanger", "beneficiaire",
    "destinataire", "destinatario", "beneficiario", "party", "pac", "memo", "description",
    "purpose", "zweck", "objet", "concepto", "type", "kind", "designation", "appeal", "charity",
    "earmark", "earmarked",
})
# Words of a recipient that is a place or body of worship, or of a gift that is religious
# by nature (`Diocèse de Lyon`, "Masjid Al-Furqan", "Denier de l'Église").
_WORSHIP: Final = frozenset({
    "church", "parish", "diocese", "archdiocese", "mosque", "masjid", "synagogue", "gurdwara",
    "mandir", "congregation", "kirche", "pfarrei", "pfarrgemeinde", "kirchengemeinde",
    "bistum", "erzbistum", "diozese", "moschee", "synagoge", "eglise", "paroisse", "mosquee",
    "iglesia", "parroquia", "diocesis", "mezquita", "sinagoga", "zakat", "sadaqah", "tzedakah",
    "tithe", "tithes", "kirchgeld", "kirchensteuer", "denier", "diezmo", "jewish", "islamic",
    "catholic", "katholische", "evangelische", "catholique", "catolica", "judia", "juive",
})
_POLITICAL_WORDS: Final = frozenset({
    "ballot", "referendum", "plebiscite", "volksbegehren", "volksentscheid", "referendo",
    "pac", "pacs", "party", "partei", "parti", "partido", "campaign", "political",
    "politique", "politica", "politische", "politischen", "wahlkampf", "campagne",
    "campana", "electoral", "election", "reelect", "elect", "candidate", "candidates",
    "candidat",
    "candidato", "kandidat", "congress", "senate", "caucus", "superpac",
    # a party's family named in its committee or list
    "socialist", "socialista", "socialiste", "sozialistische", "communist", "comunista",
    "communiste", "kommunistische", "ecologiste", "ecologista", "sozialdemokratische",
    "socialdemocrata", "democrats", "republicans", "conservatives", "tories",
})
_NOT_POLITICAL: Final = frozenset({"third", "birthday", "dinner", "tea", "search", "rescue",
                                   "wedding", "block", "garden", "pool", "christmas",
                                   # a charity's fundraising: "winter appeal", "relief drive"
                                   "appeal", "appeals", "fundraiser", "fundraising", "relief",
                                   "winter", "emergency", "spendenaktion", "collecte",
                                   "colecta", "giving",
                                   # a union's strike fund is union business
                                   "greve", "streik", "streikkasse", "huelga", "strike",
                                   "syndical", "syndicale", "sindical", "gewerkschaft"})


# Keys that name the recipient of a gift as political whatever it is called: a
# donation's `candidate`, `campaign`, `pac` (a `committee` may be a library's friends).
_POLITICAL_RECIPIENT: Final = frozenset({"candidate", "campaign", "pac", "candidat",
                                         "candidato", "kandidat"})
# "Friends of Dana Ruiz", "Dana Ruiz for Senate": a committee named after a person.
_FRIENDS_OF: Final = re.compile(r"(?:friends of|people for|committee to (?:re-?)?elect)\s+(.+)",
                                re.IGNORECASE)


def _candidate_committee(value: str) -> bool:
    match = _FRIENDS_OF.fullmatch(value.strip())
    return match is not None and looks_like_name(match.group(1), strict=True)
# A candidate's committee in French or Spanish: "Comité de soutien Martin 2027".
_COMMITTEE_OF: Final = frozenset({"soutien", "campagne", "apoyo", "campana"})


# A contributor reported with employer and occupation: the disclosure election law asks of
# gifts to a candidate's or a party's committee (FEC schedule A and the like).
_DISCLOSED: Final = (frozenset({"employer", "arbeitgeber", "employeur", "empleador"}),
                     frozenset({"occupation", "beruf", "profession", "ocupacion"}))
_GIVERS: Final = frozenset({"contributor", "contributors", "donor", "donors", "spender",
                            "donateur", "donante"})


def _disclosed_giver(obj: dict[Any, Any]) -> bool:
    """A giver's record, here or under a `contributor` key, with employer and occupation."""
    records = [obj] + [value for key, value in obj.items() if type(key) is str and type(
        value) is dict and not _GIVERS.isdisjoint(classify(key).tokens)]
    for record in records:
        named = {token for key in record if type(key) is str for token in classify(key).tokens}
        if not named.isdisjoint(_DISCLOSED[0]) and not named.isdisjoint(_DISCLOSED[1]):
            return True
    return False


_A_CODE: Final = frozenset({"code", "codes", "id", "number", "nr", "no", "ref", "reference"})


def _donation(obj: dict[Any, Any], found: list[Found], campaigns: bool = True,
              nested: bool = True) -> None:
    """Money given to a party, a PAC or a campaign says which side the giver is on (with
    `campaigns` false, a campaign only when its value names a party or politics: a web
    analytics `campaign_name` is mostly a fundraiser's appeal)."""
    disclosed: bool | None = None
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or len(value) > 120:
            continue
        named = set(classify(key).tokens)
        if not named & _TO_WHOM or named & _A_CODE:
            continue  # (a number port's `pac_code` is no political action committee)
        if " " not in value and any(char.isdigit() for char in value) and any(
                char.isalpha() for char in value):
            continue  # a code, not a recipient's name (a number port's `pac: "ABC123456"`)
        tokens = set(words(fold(value)))
        if tokens & _NOT_POLITICAL:
            continue
        if "committee" in named and disclosed is None:
            disclosed = _disclosed_giver(obj)
        if tokens & _WORSHIP:
            found.append((key, ("religious_belief", "key:religious_belief", 0.8)))
        elif disclosed or tokens & _POLITICAL_WORDS or (
                named & _POLITICAL_RECIPIENT and (campaigns or "campaign" not in named)) or (
                _named(value, tn.PARTIES)) or ("comite" in tokens and tokens & _COMMITTEE_OF) or (
                _candidate_committee(value)):
            found.append((key, ("political_opinion", "key:political_opinion", 0.8)))
    for key, value in obj.items():
        if nested and type(key) is str and type(value) is dict and classify(key).tokens in (
                _GIFT_TERMS):
            # a payroll PAC authorisation's `election: {"committee": ..., "earmark": ...}`
            given: list[Found] = []
            _donation(value, given, campaigns, nested=False)
            found.extend(((key, *(where if type(where) is tuple else (where,))), hit)
                         for where, hit in given)


# The object of a gift's terms under the giver's record.
_GIFT_TERMS: Final = frozenset({("election",), ("elections",), ("allocation",),
                                ("designation",), ("terms",)})


# An analytics event that is a gift (`"event": "Donation Completed"`), and the keys of its
# details (`properties: {"recipient": "Labour"}`).
_GIFT_EVENT: Final = frozenset({"donation", "donated", "donate", "donations", "spende",
                                "gespendet", "don", "donacion", "donativo", "contribution"})
_EVENT_DETAILS: Final = frozenset({"properties", "props", "data", "traits", "payload",
                                   "params", "parameters", "attributes", "metadata",
                                   "details"})


# A first look for those words (one search), before the words are read.
_GIFT_HINT: Final = re.compile(r"(?i)don|spende|contribution")
# ... and for an event that may be a gift or a recovery meeting's check-in.
_EVENT_HINT: Final = re.compile(r"(?i)don|spende|contribution|meeting|treffen|reuni")
# ... and for an export's or a calendar's name that the rules below may read.
_LISTING_HINT: Final = re.compile(r"(?i)union|gewerkschaft|syndi|sindica|mitglieder|afiliad"
                                  r"|holiday|feiertag|festivo|feriado|feri")


_LIGHT_CUES: Final = c.EVENT | c.LINKED | c.LISTING
_KEY_CACHE: Final = KEY_CACHE


def gift_event(obj: dict[Any, Any]) -> bool:
    """Whether an entry of GA4's `events` is named for a gift (`{"name": "donate"}`)."""
    name = obj.get("name")
    return type(name) is str and len(name) < 80 and _GIFT_HINT.search(name) is not None


def worth_judging(obj: dict[Any, Any], cues: int) -> bool:
    """Whether an object whose only rule cues are an `event`, a `url` or an export's name may
    hold what those rules look for (the common case, no, costs a few lookups)."""
    cached = _KEY_CACHE.get
    for key, value in obj.items():
        if type(value) is not str or type(key) is not str or len(value) > 200:
            continue
        cue = (cached(key) or classify(key)).cue
        if not cue & _LIGHT_CUES:
            continue
        if cue & c.EVENT and _EVENT_HINT.search(value) is not None:
            return True
        if cue & c.LINKED and value.rsplit("/", 1)[-1].lower() in _EXTENSION_KINDS:
            return True
        if cue & c.LISTING and _LISTING_HINT.search(value) is not None:
            return True
    return False


# A recovery fellowship by its initials, as its meetings' check-ins name it.
_FELLOWSHIPS: Final = frozenset({"aa", "na", "ca", "ga", "oa"})
_PROGRAM_KEYS: Final = frozenset({"program", "programme", "programm", "programa",
                                  "fellowship", "group", "gruppe", "groupe", "grupo"})
# An event of being at one of their meetings ("meeting_attended", "Meeting Check-in").
_AT_MEETING: Final = re.compile(r"(?i)(?:meeting|treffen|reuni[oó]n)[\s_.-]*(?:attend|check|"
                                r"besucht|teilgenommen|asist)|(?:attend|check[\s_.-]*in)"
                                r"\w*[\s_.-]*(?:meeting|treffen|reuni[oó]n)")


def _recovery_meeting(obj: dict[Any, Any], found: list[Found]) -> None:
    """An event of attending a meeting of a fellowship named by its initials (`{"event":
    "meeting_attended", "program": "NA"}`): the person's recovery from an addiction."""
    if not any(type(value) is str and len(value) < 80 and classify(key).cue & c.EVENT
               and _AT_MEETING.search(value) is not None for key, value in obj.items()
               if type(key) is str):
        return
    for key, value in obj.items():
        if type(key) is str and type(value) is str and value.strip().lower() in _FELLOWSHIPS \
                and _ends_in(key, _PROGRAM_KEYS):
            found.append((key, ("health", "key:health", 0.8)))


def _donation_event(obj: dict[Any, Any], found: list[Found]) -> None:
    """An analytics event for a gift: its details' recipient, as a donation's. (In GA4's
    `events: [{"name": "donate", "params": {...}}]` the event's name is its `name`.)"""
    gift = next((key for key, value in obj.items() if type(key) is str and type(value) is str
                 and len(value) < 80 and (key == "name" or classify(key).cue & c.EVENT)
                 and _GIFT_HINT.search(value) is not None
                 and _GIFT_EVENT.intersection(words(fold(value)))), None)
    if gift is None:
        return
    for key, value in obj.items():
        if type(value) is dict and type(key) is str and classify(key).tokens in {
                (word,) for word in _EVENT_DETAILS}:
            given: list[Found] = []
            _donation(value, given, campaigns=gift != "name")
            found.extend(((key, *(where if type(where) is tuple else (where,))), hit)
                         for where, hit in given)


_CHANGED_KINDS: Final = frozenset(SPECIAL_CATEGORY) | {
    "credential", "national_id", "passport", "payment_card", "bank_account",
    "date_of_birth", "phone", "postal_address", "person_name", "precise_location"}


# Kinds whose numbers carry a check digit: a value rejected for it is no one's number.
_CHECKED_KINDS: Final = frozenset({"national_id", "bank_account", "payment_card"})
_ERROR_KEYS: Final = frozenset({"error", "errors", "reason", "code", "error code", "fehler",
                                "erreur", "rule", "violation"})
_CHECK_FAILED: Final = re.compile(r"checksum|check ?digit|check ?sum|luhn|mod ?97|mod ?11|"
                                  r"prufziffer|pruefziffer|cle de controle|digito de control|"
                                  r"cle invalide|letra incorrecta|invalid (?:prefix|area|key)")
_NUMBERS: Final = frozenset({"national_id", "bank_account", "payment_card", "phone"})


def _failed_check(obj: dict[Any, Any]) -> bool:
    """A validation error saying the value's check digit is wrong
    (`{"field": "tax_id", "value": "...", "error": "checksum"}`)."""
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 80 and (
                " ".join(classify(key).tokens) in _ERROR_KEYS) and _CHECK_FAILED.search(
                " ".join(words(fold(value)))):
            return True
    return False


def _field_change(obj: dict[Any, Any], found: list[Found], vetoes: list[Veto]) -> None:
    """`{"field": "password", "old": "...", "new": "..."}`: the values are the named field's.
    A value rejected for its check digit is no one's number, whatever else it looks like
    (a phone number, by its digits)."""
    kind = None
    named = None
    ref = None
    for key, value in obj.items():
        if type(key) is str and type(value) is str and 0 < len(value) <= 48 and (
                classify(key).cue & c.FIELD_REF):
            named = classify(value)
            kind = named.kind
            if kind is not None:
                ref = key
                break
    if kind in SPECIAL_CATEGORY and ref is not None and all(
            value is None or (type(value) is str and is_empty(value))
            for key, value in obj.items()
            if type(key) is str and classify(key).cue & c.FIELD_VALUE):
        # `{"name": "konfession", "value": "Keine Angabe"}`: a field's name, answered by
        # nothing, says nothing
        vetoes.append((ref, frozenset({kind}), ALWAYS))
        return
    if kind is None and named is not None and named.ambiguous_name:
        # `{"label": "displayName", "fieldValue": "Elena Iglesias"}`: a name's field holding
        # a person's full name
        for key, value in obj.items():
            if type(key) is str and type(value) is str and classify(key).cue & c.FIELD_VALUE and (
                    names.full_name(value)):
                found.append((key, ("person_name", "key:person_name", 0.75)))
        return
    if kind is None or named is None or kind not in _CHANGED_KINDS:
        return
    if kind in _CHECKED_KINDS and _failed_check(obj):
        # (a value that passes the check after all is reported by the patterns as usual)
        for key, value in obj.items():
            if type(key) is str and classify(key).cue & c.FIELD_VALUE and (
                    type(value) is str and keyed(kind, value, named) is None):
                vetoes.append((key, _NUMBERS, ALWAYS))
        return
    for key, value in obj.items():
        if type(key) is str and classify(key).cue & c.FIELD_VALUE and type(value) is not dict:
            values = value if type(value) is list else [value]
            for item in values:
                hit = keyed(kind, item, named)
                if hit is not None:
                    found.append((key, hit))
                    break


# Where a form's answer names its field (`{"field": {"ref": "email"}, "email": "..."}`), and
# the keys that hold the answer.
_FIELD_LABELS: Final = ("ref", "title", "label", "name", "key")
_ANSWERS: Final = frozenset({"text", "answer", "email", "phone_number", "date", "number", "url"})
# A field that asks for the person's name (its reference alone names no kind).
_NAME_FIELDS: Final = frozenset({("name",), ("full", "name"), ("your", "name"), ("nombre",),
                                 ("nom",), ("name", "surname"), ("fullname",)})


def _form_answer(obj: dict[Any, Any], found: list[Found]) -> None:
    """A form service's answer (`{"field": {"ref": "name"}, "type": "text", "text":
    "Andriy Shevchuk"}`): the field's reference names what the answer is."""
    field = obj.get("field")
    if type(field) is not dict:
        return
    kind = info = None
    for label in _FIELD_LABELS:  # the first label that names a kind or asks for a name
        value = field.get(label)
        if type(value) is str and 0 < len(value) <= 60:
            info = classify(value)
            kind = "person_name" if info.tokens in _NAME_FIELDS else info.kind
            if kind is not None:
                break
    if kind is None or info is None:
        return
    for key, value in obj.items():
        if key not in _ANSWERS or type(value) is dict or type(value) is list:
            continue
        if kind == "person_name":
            if type(value) is str and looks_like_name(value, strict=True):
                found.append((key, ("person_name", "key:person_name", 0.8)))
        else:
            hit = keyed(kind, value, info)
            if hit is not None:
                found.append((key, hit))


def _mood(obj: dict[Any, Any], found: list[Found]) -> None:
    """A mood on a scale (`"mood": 2`) is a mental-health measurement; a word (`"chill"`)
    is a playlist's."""
    for key, value in obj.items():
        if type(key) is str and classify(key).cue & c.MOOD and (
                type(value) is int or type(value) is float):
            found.append((key, ("health", "key:health", 0.8)))


_CHECK_KEYS: Final = frozenset({"type", "name", "kind", "check", "search", "screening",
                                "product", "package", "category", "report", "service",
                                "tipo", "typ", "art", "document", "documento", "certificate",
                                "certificado", "certificat", "zeugnis", "nachweis"})


def _screening(obj: dict[Any, Any], parent: KeyInfo, found: list[Found]) -> None:
    """A background check's outcome (`criminal search`, `status: clear`) is a record, and so
    is the status under a criminal-history key (`CriminalHistory: {"Status": "clear"}`)."""
    checked = parent.kind == "criminal_record"
    for key, value in obj.items():
        if checked:
            break
        if type(key) is str and type(value) is str and 0 < len(value) <= 60:
            tokens = classify(key).tokens
            if tokens and tokens[-1] in _CHECK_KEYS and (
                    classify(value).kind == "criminal_record"):
                checked = True
                break
    if not checked:
        checked = any(type(value) is str and len(value) <= 120 and (
            type(key) is str and classify(key).cue & c.SCREENING) and (
                _register_entry(value) or (
                    len(value) <= 30 and " ".join(words(fold(value))) in _CASE_STATES
                    and _forensic(obj))) for key, value in obj.items())
    if not checked:
        return
    for key, value in obj.items():
        if type(key) is str and classify(key).cue & c.SCREENING and value is not None and (
                type(value) is not str or not is_empty(value)):
            found.append((key, ("criminal_record", "key:criminal_record", 0.85)))
            return


# A likelihood or a risk estimated for someone: a DNA kit's health report ("slightly
# increased likelihood"), a screening's score ("erhöhtes Risiko", "risque accru").
_ESTIMATE: Final = re.compile(
    r"(?<![a-z])(?:likelihood|risk|odds|predisposition|risiko|wahrscheinlichkeit|risque"
    r"|probabilite|riesgo|probabilidad|predisposicion|pradisposition)(?![a-z])")
# ... at a level: an estimate, not a text about risks ("risk factors explained").
_LEVELS: Final = frozenset({
    "increased", "elevated", "typical", "average", "reduced", "decreased", "high", "higher",
    "low", "lower", "slightly", "moderate", "moderately", "normal", "erhoht", "erhohtes",
    "erhohte", "leicht", "niedrig", "niedriges", "durchschnittlich", "durchschnittliches",
    "accru", "eleve", "elevee", "faible", "moyen", "moyenne", "modere", "elevado", "elevada",
    "bajo", "baja", "medio", "moderado", "aumentado"})
# The keys that name what is estimated.
_ESTIMATED: Final = frozenset({"topic", "trait", "report", "title", "thema", "sujet", "tema",
                               "titel", "titre", "titulo"})


def estimated_topics(obj: dict[Any, Any]) -> list[str]:
    """The keys of `obj` naming what a person's estimated risk is of (`{"topic": "Type 2
    Diabetes", "result": "slightly increased likelihood"}`): such a topic is the person's
    report, to be read as prose, not a catalogue's heading."""
    if not any(type(value) is str and len(value) <= 60 and type(key) is str and (
            classify(key).cue & c.SCREENING) and _ESTIMATE.search(fold(value))
            and not _LEVELS.isdisjoint(words(fold(value))) for key, value in obj.items()):
        return []
    return [key for key, value in obj.items() if type(key) is str and type(value) is str
            and len(value) <= 80 and _ends_in(key, _ESTIMATED)]


def _measured(obj: dict[Any, Any], found: list[Found]) -> None:
    """Under a body part's key (`face: {"model": ..., "embedding": [...]}`): the vector or
    encoded template it holds, and the name of whose it is (`known_face: {"label": ...}`)."""
    for key, value in obj.items():
        if type(key) is not str:
            continue
        info = classify(key)
        if info.tokens in _WHOSE and type(value) is str and looks_like_name(value, strict=True):
            found.append((key, ("person_name", "key:person_name", 0.75)))
        if not info.biometric_payload:
            continue
        if (type(value) is list and len(value) >= _VECTOR_MIN and all(
                type(item) is float or type(item) is int for item in value)) or (
                type(value) is str and _CODE.fullmatch(value.strip())):
            found.append((key, ("biometric", "key:biometric", 0.85)))


# A biometric record's label: the person it belongs to.
_WHOSE: Final = frozenset({("label",), ("name",), ("person",), ("person", "name"),
                           ("display", "name"), ("identity",)})


def _ancestry(obj: dict[Any, Any], found: list[Found]) -> None:
    """A DNA kit's ethnicity estimate is genetic data and says the person's ethnic origin."""
    for key, value in obj.items():
        if type(key) is str and classify(key).cue & c.ANCESTRY and value not in (
                None, "", [], {}) and not (type(value) is str and is_empty(value)):
            found.append((key, ("racial_ethnic_origin", "key:racial_ethnic_origin", 0.85)))


# Diets that follow a faith's rules, and diets a condition requires.
_FAITH_DIETS: Final = frozenset({"kosher", "kasher", "koscher", "casher", "halal", "jain",
                                 "hindu", "moml", "ksml", "hnml"})
_CONDITION_DIETS: Final = frozenset({"diabetic", "diabetique", "diabetico", "diabetica",
                                     "diabetiker", "coeliac", "celiac", "zoliakie",
                                     "coeliaque", "celiaco", "celiaca", "dbml", "gfml"})


def _diet(obj: dict[Any, Any], found: list[Found]) -> None:
    """A person's diet that follows a faith (`"diet": "halal"`) or a condition."""
    for key, value in obj.items():
        if type(key) is not str or not classify(key).cue & c.DIET:
            continue
        values = value if type(value) is list else [value]
        tokens = {word for item in values if type(item) is str and len(item) < 80
                  for word in words(fold(item))}
        if tokens & _FAITH_DIETS:
            found.append((key, ("religious_belief", "key:religious_belief", 0.85)))
        if tokens & _CONDITION_DIETS:
            found.append((key, ("health", "key:health", 0.85)))


# FHIR resources that record a person's clinical state or care.
_CLINICAL: Final = frozenset({
    "condition", "observation", "medicationstatement", "medicationrequest",
    "medicationadministration", "medicationdispense", "allergyintolerance", "procedure",
    "diagnosticreport", "immunization", "careplan", "clinicalimpression",
    "familymemberhistory",
})


def _fhir(obj: dict[Any, Any], found: list[Found]) -> None:
    """A clinical FHIR resource (`{"resourceType": "Condition", "code": ...}`) is health
    data: reported at its `code`, or at its type when it has none."""
    kind = next((value for key, value in obj.items() if type(key) is str
                 and classify(key).cue & c.FHIR and type(value) is str), None)
    if kind is None or kind.lower() not in _CLINICAL:
        return
    code = obj.get("code")
    if code not in (None, "", [], {}) and _observes_other(code):
        return  # a sexual orientation or a genetic variant observed: its own kind, not health
    if code not in (None, "", [], {}):
        found.append(("code", ("health", "key:health", 0.9)))
    else:
        key = next(key for key in obj if type(key) is str and classify(key).cue & c.FHIR)
        found.append((key, ("health", "key:health", 0.85)))


# An export's or a list's name that says its people are a union's members ("union-members",
# "Gewerkschaftsmitglieder", "adhérents du syndicat").
_UNION_LIST_WORDS: Final = frozenset({"union", "unions", "gewerkschaft", "syndicat",
                                      "sindicato", "sindical"})
_MEMBER_LIST_WORDS: Final = frozenset({"member", "members", "mitglieder", "membres",
                                       "adherents", "afiliados", "miembros", "dues"})
_MEMBER_LISTS: Final = frozenset({"gewerkschaftsmitglieder", "syndiques", "afiliados"})


def _members_export(obj: dict[Any, Any], found: list[Found]) -> None:
    """An export of a union's members: every person in it is a member (`{"export":
    "union-members", "body": "...one member a line..."}`), reported at its rows."""
    said: set[str] = set()
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 80 and (
                classify(key).cue & c.LISTING):
            said = set(words(fold(value)))
            if (said & _UNION_LIST_WORDS and said & _MEMBER_LIST_WORDS) or said & _MEMBER_LISTS:
                break
    else:
        return  # no name says it lists a union's members
    if said & OTHER_UNIONS:
        return
    for key, value in obj.items():
        if type(key) is str and ((type(value) is list and value) or (
                type(value) is str and len(value) > 80)):
            found.append((key, ("trade_union", "key:trade_union", 0.8)))
            return


# FHIR extensions that state a category, by their URL's last segment (US Core's race and
# ethnicity, the core `patient-religion`).
_EXTENSION_KINDS: Final = {"us-core-race": "racial_ethnic_origin",
                           "us-core-ethnicity": "racial_ethnic_origin",
                           "patient-religion": "religious_belief",
                           "us-core-religion": "religious_belief",
                           "patient-sexualorientation": "sex_life_orientation"}
# Codes for an answer not given: asked but unknown, unknown, not asked.
_UNANSWERED: Final = frozenset({"asku", "unk", "nask", "unknown"})


def _fhir_extension(obj: dict[Any, Any], found: list[Found]) -> None:
    """`{"url": ".../us-core-race", "extension": [...]}`: the patient's race, stated."""
    url = obj.get("url")
    if type(url) is not str or "/" not in url:
        return
    kind = _EXTENSION_KINDS.get(url.rsplit("/", 1)[-1].lower())
    if kind is None:
        return
    for key, value in obj.items():
        if key == "url" or type(key) is not str or value in (None, "", [], {}):
            continue
        if _UNANSWERED.intersection(words(fold(json.dumps(value)))):
            continue  # `{"code": "ASKU", "display": "Asked but unknown"}`
        found.append((key, (kind, f"key:{kind}", 0.85)))
        return


# Words of an observation's code naming another category's observation (LOINC 76690-7
# "Sexual orientation", 76691-5 "Gender identity", 69548-6 "Genetic variant assessment").
_OTHER_OBSERVATION: Final = frozenset({"orientation", "identity", "variant", "religion",
                                       "religious", "ethnicity", "race", "genotype"})


def _observes_other(code: Any) -> bool:
    """Whether a FHIR `code` (a CodeableConcept) names a non-clinical observation."""
    if type(code) is not dict:
        return False
    texts = [code.get("text")]
    codings = code.get("coding")
    if type(codings) is list:
        texts.extend(coding.get("display") for coding in codings[:5] if type(coding) is dict)
    said = {word for text in texts if type(text) is str for word in words(fold(text))}
    return bool(said) and not said.isdisjoint(_OTHER_OBSERVATION)


# An absence whose kind says sickness: its reason is the person's health.
_SICK: Final = frozenset({"sick", "sickness", "illness", "ill", "krank", "krankheit",
                          "krankmeldung", "krankenstand", "arbeitsunfahigkeit", "maladie",
                          "enfermedad"})
_SICK_PHRASES: Final = ("medical leave", "baja medica", "incapacidad temporal", "ill health")
_SICKISH: Final = re.compile(r"(?i)sick|ill|krank|malad|enferm|medic|baja|incapac|arbeitsunf")
_KIND_OF_ABSENCE: Final = c.DOC_TYPE | c.LEAVE
_REASONS: Final = frozenset({"reason", "reasons", "cause", "details", "detail", "note", "notes",
                             "description", "comment", "comments", "grund", "ursache", "motif",
                             "raison", "motivo", "causa", "diagnosis", "illness", "condition",
                             "bemerkung", "commentaire", "comentario"})


def _sickness(obj: dict[Any, Any], found: list[Found], parent: KeyInfo,
              personal: Callable[[], bool]) -> None:
    """`{"type": "sick_leave", "from": "...", "reason": "..."}`, `{"employee": "E1",
    "sick_days": 3, "reason": "..."}`: the reason for someone's sick leave is health data.
    (A leave type's definition, with neither dates nor a person, is not anyone's.)"""
    sick = False
    for key, value in obj.items():
        if type(key) is not str:
            continue
        info = classify(key)
        if not info.cue & _KIND_OF_ABSENCE:
            continue  # most keys; and most typed records (`{"type": "card"}`) stop here
        if info.cue & c.LEAVE and _SICK.intersection(info.tokens):
            sick = True  # `sick_days`, `sickLeave`
            break
        if type(value) is not str or len(value) > 60 or not _SICKISH.search(value):
            continue
        if info.tokens and (
                info.tokens[-1] in {"type", "kind", "category", "typ", "tipo", "art"}
                or info.cue & c.LEAVE):
            if _sick_words(value):
                sick = True
                break
    if not sick or not (parent.person or _dated(obj) or personal() or any(
            type(key) is str and classify(key).person for key in obj)):
        return
    for key, value in obj.items():
        if type(key) is not str or value in (None, "", [], {}, False):
            continue
        tokens = classify(key).tokens
        if tokens and tokens[-1] in _REASONS and not (type(value) is str and is_empty(value)):
            found.append((key, ("health", "key:health", 0.85)))


# Keys that date an absence: it happened to someone.
_WHEN: Final = frozenset({"from", "to", "start", "end", "since", "until", "date", "dates", "von",
                          "bis", "desde", "hasta", "debut", "fin", "du", "au", "starts", "ends",
                          "started", "ended", "beginn", "ende", "inicio"})


def _dated(obj: dict[Any, Any]) -> bool:
    return any(type(key) is str and not _WHEN.isdisjoint(classify(key).tokens) for key in obj)


# Keys that count an absence's length: it was taken by someone.
_LASTED: Final = frozenset({"days", "jours", "tage", "dias", "hours", "heures", "stunden",
                            "horas", "duration", "duree", "dauer", "duracion"})


def _absence(obj: dict[Any, Any], found: list[Found], personal: Callable[[], bool]) -> None:
    """An entry of someone's absences whose reason says sickness (`absences: [{"motif":
    "arrêt maladie", "jours": 2}]`); not a leave policy's list of kinds."""
    reasons = [key for key, value in obj.items() if type(key) is str and type(value) is str
               and len(value) <= 60 and _ends_in(key, _REASONS) and _SICKISH.search(value)
               and _sick_words(value)]
    if reasons and (_dated(obj) or personal() or any(
            type(key) is str and not _LASTED.isdisjoint(classify(key).tokens) for key in obj)):
        found.extend((key, ("health", "key:health", 0.85)) for key in reasons)


def _sick_words(value: str) -> bool:
    folded = " ".join(words(fold(value)))
    return not _SICK.isdisjoint(folded.split()) or any(
        phrase in folded for phrase in _SICK_PHRASES)


_PARTY_WORDS: Final = frozenset({"party", "partei", "parti", "partido"})
_RELIGIOUS_WORDS: Final = _WORSHIP | frozenset({"religion", "faith", "muslim", "christian",
                                                "buddhist", "hindu", "sikh", "konfession"})


def _affiliation(obj: dict[Any, Any], found: list[Found]) -> None:
    """What a person belongs to, named: a union ("UGT"), a party ("SPD"), a church."""
    for key, value in obj.items():
        if type(key) is not str or not classify(key).cue & c.AFFILIATION:
            continue
        values = value if type(value) is list else [value]
        for item in values[:50]:
            if type(item) is not str or not item or len(item) > 80:
                continue
            tokens = set(words(fold(item)))
            if names_union(item):
                found.append((key, ("trade_union", "key:trade_union", 0.8)))
            elif tokens & _PARTY_WORDS or _named(item, tn.PARTIES):
                found.append((key, ("political_opinion", "key:political_opinion", 0.8)))
            elif tokens & _RELIGIOUS_WORDS:
                found.append((key, ("religious_belief", "key:religious_belief", 0.8)))
            elif " ".join(words(fold(item))) in _ORIENTATIONS:
                # `identity: "bi"` on a club's sign-up: the word alone, nothing around it
                found.append((key, ("sex_life_orientation", "key:sex_life_orientation",
                                    0.8)))


# A sexual orientation as a one-word answer (`bi` is too short to find in free text).
_ORIENTATIONS: Final = frozenset({
    "gay", "lesbian", "bi", "bisexual", "pansexual", "asexual", "ace", "queer", "straight",
    "heterosexual", "homosexual", "hetero", "lesbisch", "schwul", "bisexuell", "lesbienne",
    "bisexuel", "bisexuelle", "gai", "lesbiana", "gay man", "gay woman",
})


# The grounds of the Refugee Convention, and the kind each one says about the claimant.
_GROUND_KINDS: Final = (
    (frozenset({"religion", "religious", "faith", "religiosa", "religieuse",
                "religiose", "glaube"}), "religious_belief"),
    (frozenset({"race", "racial", "ethnicity", "ethnic", "raza", "etnia", "ethnique",
                "ethnische", "rasse"}), "racial_ethnic_origin"),
    (frozenset({"political", "politique", "politica", "politische", "politischen"}),
     "political_opinion"),
    (frozenset({"sexual", "orientation", "lgbt", "lgbtq", "sexuelle"}),
     "sex_life_orientation"),
)


def _grounds(obj: dict[Any, Any], found: list[Found]) -> None:
    """An asylum claim's ground ("political opinion", "religion") is the claimant's."""
    for key, value in obj.items():
        if type(key) is not str or not classify(key).cue & c.GROUNDS:
            continue
        values = value if type(value) is list else [value]
        tokens = {word for item in values[:10] if type(item) is str and len(item) < 80
                  for word in words(fold(item))}
        for ground, kind in _GROUND_KINDS:
            if tokens & ground:
                found.append((key, (kind, f"key:{kind}", 0.8)))


# Words of a question that say what its answer is about ("What is your religion?", "Sind
# Sie Mitglied einer Gewerkschaft?", "¿Ha sido condenado?").
_ASKED: Final = (
    (frozenset({"religion", "religious", "faith", "denomination", "konfession", "religios",
                "religiose", "religiosen", "croyance", "confession", "religieuse", "religieux",
                "religiosa", "religioso", "creencia", "creencias"}), "religious_belief"),
    (frozenset({"party", "vote", "voted", "voting", "election", "political", "partei",
                "gewahlt", "wahlen", "politisch", "politische", "parti", "voterez",
                "politique", "partido", "votaste", "votara", "voto", "elecciones",
                "politica"}), "political_opinion"),
    (frozenset({"union", "unions", "gewerkschaft", "syndicat", "syndique", "syndiquee",
                "sindicato", "afiliado", "afiliada"}), "trade_union"),
    (frozenset({"disability", "disabled", "health", "medical", "illness", "medication",
                "medications", "pregnant", "allergies", "allergy", "smoke", "smoker",
                "behinderung", "gesundheit", "krankheit", "krankheiten", "schwanger",
                "rauchen", "handicap", "sante", "maladie", "enceinte", "fumez",
                "discapacidad", "salud", "enfermedad", "embarazada", "fuma"}), "health"),
    (frozenset({"ethnicity", "ethnic", "racial", "ethnie", "ethnisch", "ethnische",
                "ethnique", "etnia", "etnico", "etnica"}), "racial_ethnic_origin"),
    (frozenset({"sexual", "orientation", "sexuality", "sexuelle", "sexualitat",
                "orientacion"}), "sex_life_orientation"),
    (frozenset({"convicted", "conviction", "criminal", "offence", "offense", "arrested",
                "vorstrafen", "vorbestraft", "verurteilt", "condamne", "condamnation",
                "casier", "condenado", "condenada", "antecedentes"}), "criminal_record"),
)
_ANSWER_KEYS: Final = frozenset({"answer", "a", "antwort", "respuesta", "reponse", "response",
                                 "value", "reply", "selected", "choice"})
_SHORT_ANSWER: Final = 40


def _answered(obj: dict[Any, Any], found: list[Found]) -> None:
    """A question about a special category and a person's short answer to it ("What is
    your religion?" - "Catholic"; "Are you a union member?" - "No")."""
    asked: set[str] = set()
    for key, value in obj.items():
        if type(key) is str and type(value) is str and classify(key).cue & c.QUESTION and (
                _RULE_QUESTION.match(fold(value)) is None):
            asked.update(asked_about(value))
    if not asked:
        return
    for key, value in obj.items():
        if type(key) is not str or not classify(key).tokens or (
                classify(key).tokens[-1] not in _ANSWER_KEYS):
            continue
        if short_answer(value):
            found.extend((key, (kind, f"key:{kind}", 0.8)) for kind in sorted(asked))


# A quiz's question about a rule, not about the one answering ("May you wear a party badge
# while on duty?", "Darf man ...?", "¿Se puede ...?").
_RULE_QUESTION: Final = re.compile(
    r"\W*(?:may|can|must|should) (?:you|a|an|the|staff|poll|one|we) |(?:darf|kann|muss) man "
    r"|peut[- ]on |(?:se puede|se debe) ")


def asked_about(question: str) -> set[str]:
    """The special categories a question asks about ("¿Está afiliado/a a un sindicato?")."""
    tokens = set(words(fold(question[:300])))
    return {kind for vocabulary, kind in _ASKED if tokens & vocabulary}


def short_answer(value: object) -> bool:
    """An answer that says something short (`"Catholic"`, `false`): not an FAQ's
    explanation, not an empty or declined one, not a structure."""
    if value is None or value == "" or type(value) in (dict, list):
        return False
    return not (type(value) is str and (len(value) > _SHORT_ANSWER or is_empty(value)))


# An HL7 v2 segment converted to JSON (`{"id": "PID", "fields": {"5": "DOE^JANE", ...}}`):
# the same fields as in the `|`-separated form (PID-5 name, PID-7 birth date, NK1-2 name).
_HL7_FIELDS: Final = {"PID": (("5", "person_name"), ("7", "date_of_birth")),
                      "NK1": (("2", "person_name"),)}
_HL7_BIRTH: Final = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d*")
_HL7_NAME: Final = re.compile(r"[^\W\d_][\w' -]*\^[^\W\d_][\w' -]*(?:\^[\w' -]*)*")


def _hl7_segment(obj: dict[Any, Any], found: list[Found]) -> None:
    for key, value in obj.items():
        if type(key) is str and type(value) is str and classify(key).tokens == ("id",) and (
                value in _HL7_FIELDS):
            segment = value
            break
    else:
        return
    for key, fields in obj.items():
        if type(key) is not str or type(fields) is not dict:
            continue
        for number, kind in _HL7_FIELDS[segment]:
            field = fields.get(number)
            if type(field) is not str:
                continue
            if kind == "person_name" and _HL7_NAME.fullmatch(field.split("~")[0]):
                found.append(((key, number), ("person_name", "hl7", 0.9)))
            elif kind == "date_of_birth" and _HL7_BIRTH.fullmatch(field):
                found.append(((key, number), ("date_of_birth", "hl7", 0.9)))


# A table's header (`columns: ["name", "dob", "reason"]`) naming a column of a person's
# data: its `rows` are people's records, not reference data.
_HEADER_NAMES: Final = frozenset({"columns", "column", "header", "headers", "fields",
                                  "cols"})
_PERSON_COLUMNS: Final = frozenset({"person_name", "date_of_birth", "email", "phone",
                                    "postal_address", "national_id", "passport"})


def _people_table(obj: dict[Any, Any]) -> bool:
    """A `rows` table whose header names a person's column (a report, an export)."""
    for key, value in obj.items():
        if type(key) is str and key.lower() in _HEADER_NAMES and type(value) is list:
            return any(type(column) is str and classify(column).kind in _PERSON_COLUMNS
                       for column in value)
    return False


def _decoded(obj: dict[Any, Any], vetoes: list[Veto]) -> None:
    """A coded answer shipped with its legend (`"race_code": "9", "code_legend": {"9":
    "Decline to self-identify", ...}`): the legend's entries are reference data, the coded
    field carries the answer, and says nothing when its legend entry is a declined answer."""
    legends = [(key, value) for key, value in obj.items()
               if type(key) is str and type(value) is dict and _legend(value)
               and classify(key).cue & c.LOOKUP]
    if not legends:
        return
    coded = False
    for key, value in obj.items():
        if type(key) is not str or classify(key).kind not in _SPECIAL:
            continue
        if not ((type(value) is str and 0 < len(value) <= 4) or type(value) is int):
            continue
        for _, legend in legends:
            label = legend.get(str(value))
            if type(label) is str:
                coded = True
                if is_empty(label):
                    vetoes.append((key, _SPECIAL, ALWAYS))
    if coded:
        for key, _ in legends:
            vetoes.append((key, _SPECIAL, ALWAYS))


def _legend(obj: dict[Any, Any]) -> bool:
    """Short codes mapped to words (`{"1": "Hispanic or Latino", "2": "White"}`)."""
    return len(obj) >= 2 and all(
        type(key) is str and len(key) <= 4 and type(value) is str and len(value) <= 80
        for key, value in obj.items()) and any(" " in value for value in obj.values())


def _declined(obj: dict[Any, Any], vetoes: list[Veto]) -> None:
    """A question whose answer was declined ("What is your ethnic group?" - "Prefer not to
    say") reveals nothing about the person: the question's words are not about them."""
    answers = [value for key, value in obj.items()
               if type(key) is str and classify(key).tokens
               and classify(key).tokens[-1] in _ANSWER_KEYS]
    if not answers or not all(type(value) is str and is_empty(value) for value in answers):
        return
    for key, value in obj.items():
        if type(key) is str and type(value) is str and (
                (info := classify(key)).cue & c.QUESTION or info.tokens in _WORDING):
            vetoes.append((key, _SPECIAL, TEXT_ONLY))


# Keys of a question's wording beside its answer (`{"text": "Have you been convicted ...?",
# "answer": "Decline To Self Identify"}`).
_WORDING: Final = frozenset({("text",), ("label",), ("title",), ("wording",), ("texte",),
                             ("texto",)})


# Keys next to a street's name that make it an address: a house number, a postcode, a town.
_ADDRESS_PARTS: Final = frozenset({
    "number", "no", "nr", "num", "numero", "nummer", "house", "hausnummer", "building",
    "postcode", "postal", "zip", "zipcode", "plz", "cp", "city", "town", "ort", "stadt",
    "ville", "ciudad", "localidad", "poblacion", "municipio", "locality", "commune",
    "gemeinde", "county", "state", "region", "province", "provincia", "country", "land",
    "pais", "pays", "line2", "unit", "apartment", "apt", "flat", "wohnort", "door", "piso",
})


def _bare_street(obj: dict[Any, Any], vetoes: list[Veto]) -> None:
    """A street's name with no house number and nothing around it that makes it an address
    (`{"street": "Church Lane", "reason": "resurfacing"}` in a road-works feed) is a place,
    not anyone's address."""
    if any(type(key) is str and not _ADDRESS_PARTS.isdisjoint(classify(key).tokens)
           for key in obj):
        return
    for key, value in obj.items():
        if type(key) is str and classify(key).cue & c.STREET and type(value) is str and not any(
                char.isdigit() for char in value):
            vetoes.append((key, _ADDRESS, ALWAYS))


_ADDRESS: Final = frozenset({"postal_address"})
_PHONE_INFO: Final = classify("phone_number")


def _caller(obj: dict[Any, Any], found: list[Found]) -> None:
    """A call's party (`caller: {"number": "0176 ..."}`): its number is a phone number."""
    for key, value in obj.items():
        if type(key) is str and classify(key).tokens in _CALL_NUMBER:
            hit = keyed("phone", value, _PHONE_INFO)
            if hit is not None:
                found.append((key, hit))


_CALL_NUMBER: Final = frozenset({("number",), ("numero",), ("nummer",), ("no",), ("nr",),
                                 ("msisdn",), ("e164",), ("cli",),
                                 # a call detail record's parties: A and B numbers
                                 ("a",), ("b",), ("a", "number"), ("b", "number"),
                                 ("a", "party"), ("b", "party"), ("anum",), ("bnum",)})
_CHARGE_INFO: Final = classify("charge")
_COUNT_TEXT: Final = frozenset({"description", "desc", "offense", "offence", "title", "name",
                                "label", "statute", "text", "charge", "count", "crime",
                                "delito", "infraction", "tatvorwurf", "bezeichnung",
                                "descripcion", "libelle"})


def _charged(obj: dict[Any, Any], found: list[Found]) -> None:
    """One of the counts a person is charged with (`charges: [{"description": "Identity
    theft", "status": "dismissed"}]`): an offence named is criminal-record data, whatever
    became of it."""
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or len(value) > 120:
            continue
        tokens = classify(key).tokens
        if tokens and tokens[-1] in _COUNT_TEXT:
            hit = keyed("criminal_record", value, _CHARGE_INFO)
            if hit is not None:
                found.append((key, hit))
                return


# Keys of a party's member record: a membership number, a date of joining, the dues.
_MEMBERSHIP: Final = frozenset({
    "member", "members", "membership", "mitglied", "mitgliedschaft", "mitgliedsnummer",
    "afiliado", "afiliada", "afiliacion", "militante", "militant", "adherent", "adherente",
    "adhesion", "socio", "socia", "eintritt", "joined", "alta", "cuota", "beitrag",
    "cotisation", "dues",
})


def _party_member(obj: dict[Any, Any], found: list[Found]) -> None:
    """A party's name next to a member's record (`{"party": "Volt", "mitglied": {...}}`):
    whatever the party, membership in it is a political opinion; and so is a party held as
    an object, named or joined (`"parti": {"name": "Renaissance", "since": 2010}`)."""
    for key, value in obj.items():
        if type(key) is str and type(value) is dict and classify(key).cue & c.PARTY and (
                _joined_party(value)):
            found.append((key, ("political_opinion", "key:political_opinion", 0.85)))
    if not any(type(key) is str and not _MEMBERSHIP.isdisjoint(classify(key).tokens)
               for key in obj):
        return
    for key, value in obj.items():
        if type(key) is str and classify(key).cue & c.PARTY and type(value) is str and (
                0 < len(value) <= 60 and not is_empty(value)):
            found.append((key, ("political_opinion", "key:political_opinion", 0.85)))


_PARTY_NAME_KEYS: Final = ("name", "nom", "nombre", "label")
_JOINED_KEYS: Final = frozenset({"since", "joined", "member since", "seit", "depuis", "desde",
                                 "membership", "member", "mitglied", "adherent"})


def _joined_party(value: dict[Any, Any]) -> bool:
    """A party object that names a party or says when it was joined."""
    named = next((value[key] for key in _PARTY_NAME_KEYS if type(value.get(key)) is str), None)
    if named is None or not 0 < len(named) <= 60 or is_empty(named):
        return False
    return _named(named, tn.PARTIES) or any(
        type(key) is str and " ".join(classify(key).tokens) in _JOINED_KEYS for key in value)


def _identifier(obj: dict[Any, Any], found: list[Found]) -> None:
    """An identifier whose scheme names a national id or a passport (FHIR `{"system":
    "http://hl7.org/fhir/sid/us-ssn", "value": "..."}`): the value is one."""
    kind = None
    for key, value in obj.items():
        if type(key) is str and type(value) is str and classify(key).cue & c.ID_SYSTEM:
            scheme = value.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            kind = classify(scheme).kind if 0 < len(scheme) <= 40 else None
            break
    if kind not in _PAIRED:
        return
    info = classify("national_id" if kind == "national_id" else "passport_number")
    for key, value in obj.items():
        if type(key) is str and classify(key).tokens in {("value",), ("id",), ("number",)}:
            hit = keyed(str(kind), value, info)
            if hit is not None:
                found.append((key, hit))


# Supervision in the community after or instead of prison.
_SUPERVISION: Final = frozenset({
    "probation", "parole", "community order", "community sentence", "suspended sentence",
    "supervised release", "bewahrung", "bewahrungsaufsicht", "fuhrungsaufsicht",
    "sursis probatoire", "liberation conditionnelle", "libertad condicional",
    "libertad vigilada", "suspension de condena",
})
# ... told from an employee's probation period by what goes with it.
_SUPERVISED_BY: Final = frozenset({"officer", "conditions", "court", "offence", "offense",
                                   "sentence", "supervisee", "offender", "gericht", "auflagen",
                                   "tribunal", "juzgado", "condiciones", "obligations"})


def _supervision(obj: dict[Any, Any], found: list[Found]) -> None:
    """An order of probation or parole (`{"type": "probation", "officer": ...}`)."""
    if not any(type(key) is str and not _SUPERVISED_BY.isdisjoint(classify(key).tokens)
               for key in obj):
        return
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 40 and (
                classify(key).cue & c.DOC_TYPE) and (
                " ".join(words(fold(value))) in _SUPERVISION):
            found.append((key, ("criminal_record", "key:criminal_record", 0.85)))
            return


# Token beginnings of a member's record: `Mitglied`, `Mitgliedsnummer`, `member_id`, `socio`.
_MEMBER_STEMS: Final = ("mitglied", "member", "adherent", "adhesion", "socio", "afiliad",
                        "miembro", "membre")


def _member(tokens: tuple[str, ...]) -> bool:
    return any(token.startswith(_MEMBER_STEMS) for token in tokens)


def _member_union(obj: dict[Any, Any], parent: KeyInfo, found: list[Found]) -> None:
    """A member's record whose organisation is a union (`{"Mitglied": {...},
    "Organisation": "IG Metall"}`) or a party (`"organisation": "Scottish National Party"`):
    its membership is a union membership or a party's."""
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or not classify(key).cue & c.ORG:
            continue
        if len(value) > 80:
            return
        kind = "trade_union" if names_union(value) else (
            "political_opinion" if _named(value, tn.PARTIES) else None)
        if kind is None:
            return
        if _member(parent.tokens) or any(
                type(other) is str and _member(classify(other).tokens) for other in obj):
            found.append((key, (kind, f"key:{kind}", 0.8)))
        return


# Supervision by a court or a probation service: the order's object, its conditions.
_ORDER_WORDS: Final = frozenset({"probation", "parole", "bewahrung", "bewaehrung", "sursis",
                                 "probatoire", "libertad"})
_ORDER_DETAIL: Final = frozenset({"supervision", "officer", "auflagen", "bewahrungshelfer",
                                  "agent", "conditions", "condiciones", "obligations"})
_HELD_KEYS: Final = frozenset({("supervisee",), ("probationer",), ("parolee",),
                               ("offender",)})
# Conditions only a court or a probation service sets.
_ORDER_CONDITIONS: Final = ("curfew", "no contact order", "electronic monitoring",
                            "ankle monitor", "ausgangssperre", "kontaktverbot",
                            "couvre feu", "toque de queda", "orden de alejamiento",
                            "interdiction de contact")


def _court_order(obj: dict[Any, Any], parent: KeyInfo, found: list[Found]) -> None:
    """A probation or parole order (`probation: {"status": "active", "supervision_level":
    ...}`), or the conditions a supervisee lives under (`conditions: ["curfew 22:00"]`)."""
    if parent.tokens and not _ORDER_WORDS.isdisjoint(parent.tokens):
        for key, value in obj.items():
            if type(key) is str and value not in (None, "", [], {}, False) and (
                    not _ORDER_DETAIL.isdisjoint(classify(key).tokens)):
                found.append((key, ("criminal_record", "key:criminal_record", 0.8)))
                return
    held = False
    for key in obj:
        if type(key) is str and (tokens := classify(key).tokens) and (
                tokens in _HELD_KEYS or (len(tokens) == 2 and tokens[0] in c.ORDER_HOLDERS)):
            held = True  # `offender`, `offenderId`
            break
    if not held:
        return
    for key, value in obj.items():
        if type(key) is not str or type(value) is not list or not value:
            continue
        text = " ".join(" ".join(words(fold(item))) for item in value[:20]
                        if type(item) is str)
        if any(condition in text for condition in _ORDER_CONDITIONS):
            found.append((key, ("criminal_record", "key:criminal_record", 0.8)))
            return


def _game_character(obj: dict[Any, Any]) -> bool:
    """A character in a game: its mana, hit points or experience beside numbers."""
    for key, value in obj.items():
        if type(key) is str and (type(value) is int or type(value) is float) and (
                " ".join(classify(key).tokens) in _GAME_STATS):
            return True
    return False


# What a criminal register's extract says of a person, clear or not: a German
# Führungszeugnis ("ohne Eintragungen", "Eintragung vorhanden: ..."), a Spanish certificado
# de antecedentes penales ("sin antecedentes"), a French bulletin n° 3 ("néant" is too
# common a word alone: only with `casier`).
_REGISTER_OUTCOMES: Final = ("ohne eintragung", "keine eintragung", "eintragung vorhanden",
                             "eintragungen vorhanden", "sin antecedentes",
                             "carece de antecedentes", "con antecedentes", "casier vierge",
                             "casier neant", "bulletin neant", "no convictions recorded",
                             "no convictions found", "convictions recorded")
# A suspect's state in a case file, beside evidence taken from them (a payment is charged
# too).
_CASE_STATES: Final = frozenset({"charged", "arrested", "convicted", "remanded",
                                 "remanded in custody", "in custody", "angeklagt",
                                 "festgenommen", "verurteilt", "inculpe", "inculpee",
                                 "condamne", "condamnee", "detenido", "detenida",
                                 "condenado", "condenada", "imputado", "imputada"})


def _register_entry(value: str) -> bool:
    text = " ".join(words(fold(value)))
    return any(outcome in text for outcome in _REGISTER_OUTCOMES)


# A person's part in a criminal case. `suspect` alone is also a board game's or an
# incident ticket's word: it counts only beside forensic evidence (a DNA profile, prints).
_JUSTICE_ROLES: Final = frozenset({
    "arrestee", "detainee", "offender", "defendant", "accused", "convict", "inmate",
    "festgenommener", "festgenommene", "beschuldigter", "beschuldigte", "angeklagter",
    "angeklagte", "detenido", "detenida", "imputado", "imputada", "acusado", "acusada",
    "prevenu", "prevenue", "mis en cause", "garde a vue"})
_SUSPECT_ROLES: Final = frozenset({"suspect", "suspected", "tatverdachtiger",
                                   "tatverdaechtiger", "verdachtiger", "sospechoso",
                                   "sospechosa", "suspecte"})
_FORENSIC_KEYS: Final = frozenset({"dna", "profile", "str", "fingerprints", "fingerprint",
                                   "prints", "mugshot", "booking", "arrest", "codis", "loci"})


def _forensic(obj: dict[Any, Any]) -> bool:
    """Evidence taken from a person: a key naming it, or markers in a nested profile."""
    for key, value in obj.items():
        if type(key) is not str:
            continue
        if not _FORENSIC_KEYS.isdisjoint(classify(key).tokens):
            return True
        if type(value) is dict and sum(
                1 for inner in value if type(inner) is str and classify(inner).cue & c.LOCUS
        ) >= 2:
            return True
    return False


# A person's status in a case file (`{"name": ..., "status": "arrestee"}`) is their role.
_STATUS_KEYS: Final = frozenset({("status",), ("statut",), ("estado",), ("subject", "status"),
                                 ("person", "status")})


# What a suspect's case has come to (`suspect: {"name": ..., "status": "charged"}`).
_PROCEEDINGS: Final = frozenset({
    "charged", "arrested", "detained", "convicted", "remanded", "cautioned", "bailed",
    "in custody", "on bail", "released on bail", "indicted", "sentenced", "festgenommen",
    "angeklagt", "verhaftet", "in haft", "verurteilt", "detenido", "detenida", "imputado",
    "imputada", "acusado", "acusada", "condenado", "condenada", "arrete", "arretee",
    "inculpe", "inculpee", "en garde a vue", "condamne", "condamnee", "mis en examen"})


def _justice_role(obj: dict[Any, Any], parent: KeyInfo, found: list[Found]) -> None:
    """A person recorded as an arrestee, a defendant or (with forensic evidence) a suspect,
    or a suspect whose case has come to a charge or an arrest: the record is about a
    criminal proceeding against them."""
    accused = bool(parent.tokens) and len(parent.tokens) <= 2 and (
        parent.tokens[-1] in _SUSPECT_ROLES or parent.tokens[-1] in _JUSTICE_ROLES)
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or len(value) > 40:
            continue
        info = classify(key)
        if not info.cue & c.ROLE and info.tokens not in _STATUS_KEYS:
            continue
        role = " ".join(words(fold(value)))
        if role in _JUSTICE_ROLES or (role in _SUSPECT_ROLES and _forensic(obj)) or (
                accused and role in _PROCEEDINGS):
            found.append((key, ("criminal_record", "key:criminal_record", 0.8)))
            return


# A declaration's negative answer is still an answer: "criminalConvictions": "none" says
# the person has none.
_NEGATIVE_ANSWERS: Final = frozenset({"none", "no", "nein", "non", "keine", "ninguna",
                                      "ninguno", "aucune", "aucun", "nil", "never"})
_DECLARABLE: Final = frozenset({"health", "criminal_record"})
# Words that make a declaration's question one about the declarant's health.
_HEALTH_WORDS: Final = frozenset({"health", "medical", "gesundheit", "gesundheitlich",
                                  "gesundheitliche", "sante", "medicale", "salud", "medica",
                                  "medico"})


def _declared(obj: dict[Any, Any], found: list[Found]) -> None:
    """Under `declarations`: a health or criminal-record question answered "none"."""
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or len(value) > 12:
            continue
        info = classify(key)
        kind = info.kind
        if kind is None and not _HEALTH_WORDS.isdisjoint(info.tokens):
            kind = "health"  # `healthAffectingPractice`, `medical_fitness_issues`
        if kind in _DECLARABLE and fold(value).strip(" .") in _NEGATIVE_ANSWERS:
            found.append((key, (kind, f"key:{kind}", 0.75)))


# A lab's verdict on a sample: what a screening panel reports for each infection.
_LAB_RESULTS: Final = frozenset({
    "positive", "negative", "reactive", "non reactive", "nonreactive", "detected",
    "not detected", "pos", "neg", "indeterminate", "equivocal", "positiv", "negativ",
    "reaktiv", "nicht reaktiv", "nachgewiesen", "nicht nachgewiesen", "positif", "negatif",
    "positivo", "negativo", "reactivo", "no reactivo", "detectado", "no detectado"})


def _screened_for(obj: dict[Any, Any], found: list[Found]) -> None:
    """A screening panel (`{"chlamydia": "negative", "syphilis": "reactive"}`): a person's
    test results. Two results, or one for a key that is unmistakably an infection, make
    a panel; a lone `ct` or `ng` could be anything."""
    tested = []
    strong = False
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 20 and (
                (info := classify(key)).cue & c.INFECTION) and (
                " ".join(words(fold(value))) in _LAB_RESULTS):
            tested.append(key)
            strong = strong or len(info.tokens[0]) > 3
    if len(tested) >= 2 or strong:
        found.extend((key, ("health", "key:health", 0.85)) for key in tested)


# Keys that title a death notice or a family tree's entry with the person it is about.
_LIFE_TITLES: Final = _TITLES | {("heading",), ("subject",)}


def _life_titled(obj: dict[Any, Any], found: list[Found]) -> None:
    """A death notice (`{"title": "Diego Gil", "born": ..., "died": ...}`): a full name as
    its title is the person whose life the dates are."""
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 60 and (
                classify(key).tokens in _LIFE_TITLES) and names.full_name(value):
            found.append((key, ("person_name", "key:person_name", 0.8)))


# A yes or a no, as a form records it.
_YES_NO: Final = frozenset({"yes", "no", "y", "n", "ja", "nein", "oui", "non", "si", "true",
                            "false"})
# What a container of condition keys is when it is about no one: a plan's cover, a content
# filter, a catalogue's tags.
_NOT_ANSWERS: Final = frozenset({"covers", "covered", "coverage", "benefits", "benefit", "plan",
                                 "plans", "exclusions", "excluded", "options", "filters",
                                 "filter", "topics", "interests", "tags", "categories",
                                 "features", "supported", "settings", "flags", "content",
                                 "articles", "suitable", "friendly", "schema", "properties",
                                 "fields", "stats", "counts", "totals"})
# Containers that say the answers are someone's health: `medical`, `parq`, `intake`.
_HEALTH_FORMS: Final = frozenset({"medical", "health", "conditions", "condition", "history",
                                  "questionnaire", "parq", "screening", "intake", "anamnese",
                                  "anamnesis", "antecedents", "antecedentes", "vorerkrankungen",
                                  "declaration", "answers", "gesundheit", "sante", "salud",
                                  "fragebogen", "cuestionario"})


def _conditions_answered(obj: dict[Any, Any], parent: KeyInfo, personal: Callable[[], bool],
                         found: list[Found]) -> None:
    """A health questionnaire's answers, one condition a key (`{"heart_condition": true,
    "chest_pain": "no"}`): yes or no, it is that person's health. Two answers make a
    questionnaire; one needs a person or a health form around it. A plan's cover or a
    content filter (`covers: {"asthma": true}`) is about no one."""
    if not _NOT_ANSWERS.isdisjoint(parent.tokens):
        return
    answered = [key for key, value in obj.items() if type(key) is str and (
        type(value) is bool or (type(value) is str and len(value) <= 5
                                and value.strip().lower() in _YES_NO))
        and classify(key).cue & c.CONDITION]
    if not answered:
        return
    if len(answered) >= 2 or parent.person or not _HEALTH_FORMS.isdisjoint(parent.tokens) or (
            personal()):
        found.extend((key, ("health", "key:health", 0.8)) for key in answered)


def _admixture(obj: dict[Any, Any], found: list[Found]) -> None:
    """Under `ancestry`: populations with the person's share of each (`{"Iberian": 0.41,
    "North African": 0.33, ...}`), shares that add up to a whole (1 or 100 %)."""
    if len(obj) < 2 or len(obj) > 60:
        return
    total = 0.0
    for key, value in obj.items():
        if type(key) is not str or not any(char.isalpha() for char in key) or (
                type(value) is not float and type(value) is not int) or value < 0:
            return
        total += value
    if 0.9 <= total <= 1.02 or 90 <= total <= 102:
        key = next(iter(obj))
        found.append((key, ("racial_ethnic_origin", "key:racial_ethnic_origin", 0.85)))


# An election campaign, named as one: "Dana Ruiz for Senate", "Committee to Re-Elect Ruiz",
# "Wahlkampf 2025", "campagne présidentielle", "campaña electoral".
_ELECTORAL: Final = re.compile(
    r"\b(?:for|to)\s+(?:re\s*)?elect\b|\bre\s*elect\b|\bfor\s+(?:congress|senate|senator"
    r"|mayor|governor|president|assembly|parliament|city council|sheriff|attorney general"
    r"|state senate|state house|district attorney)\b"
    r"|\bwahlkampf|\b(?:bundestags|landtags|kommunal|europa|burgermeister)wahl"
    r"|\bcampagne\s+(?:presidentielle|municipale|legislative|electorale|regionale)"
    r"|\bcampana\s+electoral")
# ... and the words of it that name a campaign by what it does ("GOTV Phonebank - Maricopa").
_CANVASS_WORDS: Final = frozenset({"gotv", "phonebank", "phonebanking", "canvass",
                                   "canvassing", "doorknock", "doorknocking"})
# What a canvassed person's answers are held under (`survey: {"Q2 Support": ...}`).
_CANVASS_ANSWERS: Final = frozenset({"survey", "surveys", "responses", "answers", "support",
                                     "support_level", "vote_plan", "questions"})


def _answered_canvass(obj: dict[Any, Any]) -> bool:
    """A campaign's call or visit with the person's answers, not only its disposition."""
    return any(type(key) is str and key.lower() in _CANVASS_ANSWERS and value
               for key, value in obj.items())


# What a campaign's volunteers do: knocking on doors and calling voters.
_CANVASSING: Final = frozenset({"phonebank", "phonebanking", "phone bank", "phone banking",
                                "doorknock", "doorknocking", "door knocking", "canvass",
                                "canvassing", "gotv", "get out the vote", "voter contact",
                                "haustur", "hausturwahlkampf", "porte a porte",
                                "puerta a puerta", "tur zu tur"})


def _campaign(obj: dict[Any, Any], found: list[Found], vetoes: list[Veto]) -> None:
    """Working for an election campaign (`{"campaign": "Ruiz for Senate", "roles":
    ["phonebank"]}`) says which side a person is on; a marketing campaign does not. Only
    in a document about a person: an ad report names campaigns too."""
    canvassing: bool | None = None
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or not 2 < len(value) <= 120 or (
                not classify(key).cue & c.CAMPAIGN):
            continue
        text = " ".join(words(fold(value)))
        if _ELECTORAL.search(text) is None and (_CANVASS_WORDS.isdisjoint(text.split()) or (
                not _answered_canvass(obj))):
            if canvassing is None:
                canvassing = _canvassing(obj)
            if not canvassing:
                continue
        found.append((key, ("political_opinion", "key:political_opinion", 0.8)))
        vetoes.append((key, _POLITICAL, NO_PERSON))


_POLITICAL: Final = frozenset({"political_opinion"})


# An election named by a campaign's value alone ("Municipales", "Kommunalwahl").
_ELECTION: Final = re.compile(
    r"\b(?:elections?|elecciones|eleccion|municipales|legislatives|presidentielle"
    r"|regionales|europeennes|generales|wahl|wahlen|[a-z]+wahl|primaries|referendum)\b")


def _election_campaign(obj: dict[Any, Any]) -> bool:
    """A campaign whose value names an election, not a product's launch."""
    return any(type(key) is str and type(value) is str and len(value) <= 120 and (
        classify(key).cue & c.CAMPAIGN) and (
            _ELECTION.search(text := " ".join(words(fold(value)))) is not None
            or _ELECTORAL.search(text) is not None) for key, value in obj.items())


def _canvassing(obj: dict[Any, Any]) -> bool:
    """Whether a value beside the campaign names a canvassing activity."""
    for value in obj.values():
        values = value if type(value) is list else [value]
        for item in values[:20]:
            if type(item) is str and len(item) <= 40 and (
                    " ".join(words(fold(item.replace("_", " ")))) in _CANVASSING):
                return True
    return False


# A carrier of an inherited condition (`"sickle": "FA - carrier"`, "porteur sain").
_CARRIER_WORDS: Final = frozenset({"carrier", "carriers", "trait", "heterozygous",
                                   "heterozygote", "heterozygot", "heterozygoter", "trager",
                                   "tragerin", "anlagetrager", "anlagetragerin", "porteur",
                                   "porteuse", "portador", "portadora", "heterocigoto",
                                   "heterocigota"})


def _carrier(obj: dict[Any, Any], found: list[Found]) -> None:
    """A screen's result for an inherited condition that finds the person a carrier: a
    genetic result, and health data since the condition is named."""
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 60 and (
                classify(key).cue & c.HEREDITARY) and not _CARRIER_WORDS.isdisjoint(
                words(fold(value))):
            found.append((key, ("genetic", "key:genetic", 0.85)))
            found.append((key, ("health", "key:health", 0.85)))


# The fields of an EU Digital COVID Certificate's vaccination, test and recovery entries
# (besides `tg`, the disease targeted): vaccine, product, maker, dose, dates, issuer.
_CERTIFICATE_FIELDS: Final = frozenset({"vp", "mp", "ma", "dn", "sd", "dt", "co", "is", "ci",
                                        "tt", "nm", "tr", "sc", "tc", "fr", "df", "du"})


# The disease targeted, as a SNOMED CT concept id (840539006: COVID-19).
_SNOMED: Final = re.compile(r"\d{6,18}")


def _certificate(obj: dict[Any, Any], found: list[Found]) -> None:
    """A certificate's entry (`{"tg": "840539006", "mp": "EU/1/20/1528", "dn": 3}`) is a
    person's vaccination, test or recovery; its name block (`{"fn": "Doe", "gn": "Jane"}`)
    holds the person's names."""
    target = obj.get("tg")
    if type(target) is str and _SNOMED.fullmatch(target) and sum(
            1 for key in obj if key in _CERTIFICATE_FIELDS) >= 2:
        found.append(("tg", ("health", "key:health", 0.85)))
    for family, given in (("fn", "gn"), ("fnt", "gnt")):
        if given in obj and family in obj:
            names = (obj[family], obj[given])
            if all(type(name) is str and name[:1].isupper() and looks_like_name(name)
                   for name in names):
                found.append((family, ("person_name", "key:person_name", 0.8)))
                found.append((given, ("person_name", "key:person_name", 0.8)))


# How a cycle tracker logs sex: with or without protection (never a gender's values).
_PROTECTION: Final = frozenset({
    "protected", "unprotected", "withdrawal", "condom", "no condom", "protege", "non protege",
    "protegee", "sans protection", "avec protection", "preservatif", "protegido", "protegida",
    "sin proteccion", "con proteccion", "preservativo", "geschutzt", "ungeschutzt", "kondom",
    "mit kondom", "ohne kondom"})


def _intercourse(obj: dict[Any, Any], found: list[Found]) -> None:
    """A cycle tracker's entry logging sex (`{"date": ..., "sex": "unprotected"}`)."""
    for key, value in obj.items():
        if type(key) is str and type(value) is str and len(value) <= 30 and (
                classify(key).cue & c.INTERCOURSE) and " ".join(
                    words(fold(value))) in _PROTECTION:
            found.append((key, ("sex_life_orientation", "key:sex_life_orientation", 0.85)))


# Unions that stand in works council elections and whose short names other lists miss.
_SLATE_UNIONS: Final = frozenset({"sud", "solidaires", "cfe cgc", "cftc", "unsa", "fsu",
                                  "csif", "stes", "intersindical", "cnt"})


# The word for a list that may open its name.
_SLATE_WORDS: Final = frozenset({"liste", "lista", "list", "candidatura", "candidature",
                                 "wahlliste"})


def _slate(obj: dict[Any, Any], found: list[Found], vetoes: list[Veto]) -> None:
    """The list a person stands on in an election: a union's in a works council's
    (`{"nombre": ..., "candidatura": "UGT"}`, `liste: "SUD"`), a party's in a town's. Only in a
    document that names someone: a results table lists the same names."""
    for key, value in obj.items():
        if type(key) is not str or type(value) is not str or not 1 < len(value) <= 40 or not (
                classify(key).cue & c.SLATE):
            continue
        said = words(fold(value))
        while said and said[0] in _SLATE_WORDS:  # "Liste UNSA", "Candidatura CGT"
            said = said[1:]
        name = " ".join(said)
        if name in tn.UNIONS or name in _SLATE_UNIONS:
            kind = "trade_union"
        elif name in tn.PARTIES:
            kind = "political_opinion"
        else:
            continue
        found.append((key, (kind, f"key:{kind}", 0.8)))
        vetoes.append((key, frozenset({kind}), NO_PERSON))


# An ad-tech audience's or a data broker's segment, named as a taxonomy's path ("Politics >
# Party Affinity > Registered Republicans", "Employment > Union Members > Teachers"): the
# people added to it, or the user a bid request describes, are said to be what it names.
_SEGMENTS: Final = frozenset({"segment", "segments", "audience", "audiences"})
_SEGMENT_PATH: Final = re.compile(r" (?:>|/|::|\|) ")
_SEGMENT_KINDS: Final = (
    ("political_opinion", re.compile(r"\bpolitic|\bparty affinity|\bvoters?\b|\brepublican"
                                     r"|\bdemocrat|\bconservatives?\b|\bliberals?\b")),
    ("religious_belief", re.compile(r"\breligio|\bchristian|\bislam|\bmuslim|\bjudaism"
                                    r"|\bjewish|\bcatholic|\bfaith\b")),
    ("trade_union", re.compile(r"\bunion members?\b|\blabou?r unions?\b|\btrade unions?\b")),
    ("sex_life_orientation", re.compile(r"\blgbt|\bgay\b|\blesbian|\bsexual orientation")),
    ("racial_ethnic_origin", re.compile(r"\bethnic|\bhispanic|\blatino|\bafrican american"
                                        r"|\basian american|\bmulticultural")),
    ("health", re.compile(r"\bhealth conditions?\b|\bmedical conditions?\b|\bdiabet"
                          r"|\bcancer\b|\bpregnan|\bdepression|\banxiety|\bhiv\b|\ballerg"
                          r"|\barthritis|\basthma|\bmigraine|\bdementia|\bdisabilit")),
)


def _segment(obj: dict[Any, Any], found: list[Found]) -> None:
    """A segment or an audience (`segment: [{"name": "Politics > ..."}]`, `audience: {"name":
    ..., "members": [...]}`) whose taxonomy path names a special category."""
    value = obj.get("name")
    if type(value) is not str or len(value) > 200 or _SEGMENT_PATH.search(value) is None:
        return
    text = fold(value)
    for kind, pattern in _SEGMENT_KINDS:
        if pattern.search(text) is not None:
            found.append(("name", (kind, f"key:{kind}", 0.8)))
