"""Context cues: what a key says about the record it is in, as bits of one integer.

A key can name no kind and still tell what kind of record surrounds it: `lap` and `bib`
make a record a race result (so its `race` is not an ethnicity), `chromosome` and
`biotype` a gene reference entry, `sku` and `price` a catalog item, `headline` a news item,
`type` next to `number` an identity document. `cue_of(tokens)` computes the bits once per
key (the result is cached with the key's classification); the walk ORs the bits of an
object's keys, and `records` applies the rules only when a bit is set.
"""

from __future__ import annotations

import re
from typing import Final

DOC_TYPE: Final = 1          # `type`, `document_type`, `id_type`, `tipo_documento`
DOC_NUMBER: Final = 2        # `number`, `document_number`, `value`, `numero`
PLAY: Final = 4              # sport results and games: `lap`, `bib`, `player`, `guild`
GENE_REF: Final = 8          # gene reference data: `chromosome`, `strand`, `biotype`
SUBJECT: Final = 16          # a person the record is about: `patient`, `donor`, `sample`
CATALOG: Final = 32          # goods and plans for sale: `sku`, `price`, `premium`
PRESS: Final = 64            # publications: `headline`, `publisher`, `byline`
DEDUCTION: Final = 128       # payroll lines: `deductions`, `Abzüge`, `retenues`
CANVASS: Final = 256         # elections: `voter`, `canvass`, `precinct`, `Wahlkreis`
LOCUS: Final = 512           # a DNA marker as a key: `D8S1179`, `TH01`, `rs429358`
MODALITY: Final = 1024       # a body part as a key: `face`, `iris`, `voice`, `palm`
PERSON_ONLY: Final = 2048    # a kind only in a person's record: `Herkunft`

_DOC_WORDS: Final = frozenset({"document", "doc", "id", "identity", "identification",
                               "ausweis", "dokument", "documento", "piece", "pieza", "kyc"})
_TYPE_WORDS: Final = frozenset({"type", "kind", "typ", "tipo", "art", "category", "class"})
_NUMBER_WORDS: Final = frozenset({"number", "no", "nr", "num", "numero", "nummer", "value",
                                  "identifier", "num\u00e9ro"})
_PLAY: Final = frozenset({
    "lap", "laps", "laptime", "bib", "pace", "split", "splits", "podium", "heat", "heats",
    "runner", "runners", "rider", "riders", "jockey", "horse", "circuit", "grid",
    "pit", "racer", "racers", "marathon", "triathlon", "leaderboard", "standings",
    "competitor", "competitors", "athlete", "athletes", "player", "players", "character",
    "characters", "guild", "quest", "xp", "hp", "mana", "npc", "avatar", "loot", "spawn",
    "respawn", "kills", "deaths", "frags", "lobby", "matchmaking", "faction", "dungeon",
    "gamertag", "checkpoint", "dnf",
})
_GENE_REF: Final = frozenset({
    "chromosome", "chrom", "chr", "strand", "biotype", "exon", "exons", "transcript",
    "transcripts", "ensembl", "entrez", "hgnc", "refseq", "cytoband", "omim", "uniprot",
    "assembly", "synonyms", "aliases", "orthologs", "clinvar", "dbsnp",
})
_SUBJECT: Final = frozenset({
    "patient", "subject", "proband", "donor", "individual", "person", "participant",
    "sample", "specimen", "genotype", "zygosity", "carrier", "customer", "member", "employee",
    "applicant", "client", "consumer", "kit", "case", "paciente", "patientin", "personne",
    "persona", "probe", "echantillon", "muestra", "candidate", "suspect", "offender",
})
_CATALOG: Final = frozenset({
    "sku", "price", "prices", "msrp", "stock", "inventory", "ean", "gtin", "upc", "barcode",
    "catalog", "catalogue", "premium", "premiums", "deductible", "copay", "coinsurance",
    "formulary", "manufacturer", "brand", "pzn", "listing", "listings", "products",
    "product", "plans", "preis", "prix", "precio", "artikel", "katalog", "catalogo",
})
_PRESS: Final = frozenset({"headline", "headlines", "press", "publisher", "published",
                           "byline", "dateline", "newsroom", "rss", "feed", "article",
                           "articles", "newswire", "communique"})
_DEDUCTION: Final = frozenset({
    "deduction", "deductions", "withholding", "withholdings", "abzug", "abzuge", "abzuege",
    "retenue", "retenues", "deduccion", "deducciones", "descuento", "descuentos",
    "payroll", "lohnabzuge", "cotisations", "payslip", "lohnabrechnung", "bulletin",
    "nomina", "earnings", "paystub",
})
_CANVASS: Final = frozenset({
    "voter", "voters", "canvass", "canvassing", "canvasser", "ballot", "precinct", "ward",
    "constituency", "electoral", "election", "elections", "doorstep", "doorknock", "riding",
    "wahlkreis", "wahler", "wahlerin", "circonscription", "electeur", "electrice",
    "circunscripcion", "votante", "elector", "electores", "electeurs",
})
_MODALITIES: Final = frozenset({
    "face", "facial", "voice", "iris", "palm", "retina", "retinal", "vein", "veins", "thumb",
    "gesicht", "stimme", "visage", "voix", "rostro", "voz", "palma", "paume", "irides",
})
_PERSON_ONLY: Final = frozenset({"herkunft", "abstammung"})
# Short tandem repeat loci (forensic and kinship panels) and dbSNP ids.
_STRONG_LOCUS: Final = re.compile(r"d\d{1,2}s\d{2,4}|rs\d{3,10}")
_WEAK_LOCUS: Final = frozenset({"th01", "tpox", "csf1po", "fga", "vwa", "pentad", "pentae",
                                "se33", "amel", "amelogenin", "d21s11", "dys19", "dys385"})


def cue_of(tokens: tuple[str, ...]) -> int:
    """The context bits of a key made of `tokens` (already folded)."""
    bits = 0
    tokenset = set(tokens)
    last = tokens[-1]
    if last in _TYPE_WORDS and (len(tokens) == 1 or tokens[0] in _DOC_WORDS):
        bits |= DOC_TYPE
    if last in _NUMBER_WORDS or tokens in {("id",), ("document", "id"), ("doc", "id")}:
        bits |= DOC_NUMBER
    if tokenset & _PLAY or ("race" in tokenset and len(tokens) > 1):
        bits |= PLAY
    if tokenset & _GENE_REF:
        bits |= GENE_REF
    if tokenset & _SUBJECT:
        bits |= SUBJECT
    if tokenset & _CATALOG:
        bits |= CATALOG
    if tokenset & _PRESS:
        bits |= PRESS
    if tokenset & _DEDUCTION:
        bits |= DEDUCTION
    if tokenset & _CANVASS:
        bits |= CANVASS
    squeezed = "".join(tokens)
    if _STRONG_LOCUS.fullmatch(squeezed) or squeezed in _WEAK_LOCUS:
        bits |= LOCUS
    if len(tokens) == 1 and last in _MODALITIES:
        bits |= MODALITY
    if len(tokens) == 1 and last in _PERSON_ONLY:
        bits |= PERSON_ONLY
    return bits


def strong_locus(tokens: tuple[str, ...]) -> bool:
    """A marker name that is one whatever its neighbours (`D8S1179`, `rs429358`)."""
    return _STRONG_LOCUS.fullmatch("".join(tokens)) is not None
