"""Free-text phrases for situations people describe: a prison term behind them, a police
investigation, a check that came back clear, a couple of two women, a sexual-health visit,
a genetic finding of uncertain meaning, the medicines a pharmacogenetic report is about.

Same format as `terms`: folded words, `~` for up to three words of any kind, a confidence
per phrase; merged into `terms.TEXT_TERMS`.
"""

from __future__ import annotations

from typing import Final

Entries = tuple[tuple[str, float], ...]

# Medicines whose dose a pharmacogenetic result changes (and other common prescriptions),
# in the English and the German spelling (`capecitabine`, `Capecitabin`).
_DRUGS: Final = (
    "capecitabine", "fluorouracil", "cisplatin", "carboplatin", "oxaliplatin", "paclitaxel",
    "docetaxel", "doxorubicin", "cyclophosphamide", "imatinib", "irinotecan", "tacrolimus",
    "azathioprine", "mercaptopurine", "thioguanine", "abacavir", "efavirenz", "phenytoin",
    "voriconazole", "ondansetron", "atomoxetine", "codeine", "siponimod", "rosuvastatin",
    "insulin glargine", "metformin", "sertraline", "fluoxetine", "paroxetine", "amitriptyline",
    "nortriptyline", "clozapine", "haloperidol", "bictegravir", "dolutegravir",
    "emtricitabine", "tenofovir",
)
_GERMAN_DRUGS: Final = tuple(drug[:-1] for drug in _DRUGS if drug.endswith("ine"))

# Sex life: partners, said of someone ("Hat wechselnde Sexualpartner").
_SEX_LIFE_PARTNERS: Final[Entries] = (
    ("wechselnde sexualpartner", 0.85), ("sexualpartner", 0.75), ("sexual partners", 0.8),
    ("partenaires sexuels", 0.8), ("parejas sexuales", 0.8),
)
# Gifts to a parish and membership of a congregation's body.
_RELIGIOUS: Final[Entries] = (
    # a rosary prayed, said of oneself
    ("termine el rosario", 0.85), ("rece el rosario", 0.85), ("chapelet termine", 0.8),
    ("finished the rosary", 0.85), ("prayed the rosary", 0.85), ("rosenkranz gebetet", 0.85),
    # fasting for a religious feast, said of oneself
    ("ayuno en ramadan", 0.85), ("hago el ramadan", 0.85), ("je fais le ramadan", 0.85),
    ("je fais ramadan", 0.85), ("faste im ramadan", 0.85), ("ich faste", 0.75),
    ("fasting for ramadan", 0.85), ("i fast during ramadan", 0.85), ("fasting for lent", 0.8),
    ("fasting for yom kippur", 0.85), ("je jeune pendant le ramadan", 0.85),
    ("quete paroissiale", 0.85), ("denier du culte", 0.85), ("denier de l eglise", 0.85),
    ("consistoire israelite", 0.8), ("mitgliedsbeitrag moscheeverein", 0.85),
)

_HEALTH: Final[Entries] = (
    *((drug, 0.85) for drug in _DRUGS),
    *((drug, 0.85) for drug in _GERMAN_DRUGS if len(drug) >= 7),
    # prescriptions by their German, French and Spanish brand names
    *((brand, 0.85) for brand in (
        "marcumar", "levothyrox", "euthyrox", "l thyroxin", "medikinet", "ritalin", "concerta",
        "xarelto", "eliquis", "sintrom", "kardegic", "lyrica", "tavor", "seroquel", "zyprexa",
        "deroxat", "seroplex", "cipralex", "tercian", "depakine", "keppra", "lamictal",
        "humalog", "lantus", "novorapid", "subutex", "orfidal", "trankimazin", "lexatin",
        "eutirox", "adiro", "pantoprazol", "omeprazol")),
    # conditions named in French, German and Spanish that the shorter terms miss
    ("hemochromatose", 0.85), ("hamochromatose", 0.85), ("hemochromatosis", 0.85),
    ("hemocromatosis", 0.85), ("polyglobulie", 0.85), ("polycythemia", 0.85),
    ("policitemia", 0.85), ("wochenbettdepression", 0.85), ("postpartale depression", 0.85),
    ("depression post partum", 0.85), ("depresion posparto", 0.85),
    ("orthophonie", 0.8), ("seance d orthophonie", 0.85), ("logopadie", 0.8),
    ("logopedia", 0.8), ("prep beratung", 0.85), ("sous prep", 0.8),
    # a pregnancy's week, anxiety attacks
    ("schwangerschaftswoche", 0.85), ("crises d angoisse", 0.85), ("been sober", 0.8),
    ("keine behinderung", 0.85), ("no tengo discapacidad", 0.85),
    ("je n ai pas de handicap", 0.85),
    ("crise d angoisse", 0.85), ("ataques de ansiedad", 0.85), ("panikattacken", 0.85),
    # a named syndrome is a diagnosis ("Dravet syndrome", "syndrome de Dravet")
    ("syndrome", 0.7), ("syndrom", 0.7), ("sindrome", 0.7),
    # detained under mental health law ("I was sectioned in 2021")
    ("was sectioned", 0.85), ("been sectioned", 0.85), ("got sectioned", 0.85),
    ("sectioned under", 0.85),
    # the course of multiple sclerosis, with the disease abbreviated
    ("relapsing ms", 0.9), ("progressive ms", 0.85), ("relapsing remitting", 0.9),
    ("schubformige ms", 0.9), ("schubformig remittierend", 0.9), ("sep remittente", 0.85),
    ("em remitente", 0.85), ("sep recurrente", 0.85), ("em recurrente", 0.85),
    # sexual-health care
    ("sti screen", 0.85), ("sti screening", 0.85), ("sti test", 0.85), ("sti testing", 0.85),
    ("std test", 0.85), ("std testing", 0.85), ("sti check", 0.85), ("sti results", 0.85),
    ("depistage ist", 0.85), ("depistage des ist", 0.85),
    ("cribado de its", 0.85), ("prueba de its", 0.85), ("prep review", 0.85),
    ("prep appointment", 0.85), ("prep prescription", 0.85), ("prep refill", 0.85),
    ("pre exposure prophylaxis", 0.9), ("post exposure prophylaxis", 0.9),
    ("prophylaxie pre exposition", 0.9), ("profilaxis preexposicion", 0.9),
    ("profilaxis pre exposicion", 0.9), ("prep kontrolle", 0.85), ("prep termin", 0.85),
)

_GENETIC: Final[Entries] = (
    # a carrier's status, said either way; a sibling's STR profile matched
    ("porteuse du variant", 0.85), ("porteur du variant", 0.85), ("not a carrier of", 0.85),
    ("carrier of the ~ variant", 0.85), ("profil str", 0.85), ("perfil str", 0.85),
    ("str profil", 0.85),
    ("variant of uncertain significance", 0.9), ("variant of unknown significance", 0.9),
    ("variante unklarer signifikanz", 0.9), ("variante unbekannter signifikanz", 0.9),
    ("variant de signification incertaine", 0.9), ("variante de significado incierto", 0.9),
    ("de novo variant", 0.85), ("sequencing identified", 0.85), ("sequenzierung zeigt", 0.85),
    # HLA typing and the alleles tested for before a drug is prescribed
    ("hla typing", 0.85), ("hla typisierung", 0.85), ("typage hla", 0.85),
    ("tipaje hla", 0.85), ("tipificacion hla", 0.85), ("hla b27", 0.85), ("hla b 27", 0.85),
    ("hla b 57 01", 0.9), ("hla b 58 01", 0.9), ("hla a 31 01", 0.9), ("hla b 15 02", 0.9),
)

_CRIMINAL: Final[Entries] = (
    # proceedings against oneself, and saying one was never convicted
    ("investigation against me", 0.85), ("enquete ~ contre moi", 0.85),
    ("gegen mich ermittelt", 0.85), ("investigacion contra mi", 0.85),
    ("jamais ete condamne", 0.85), ("jamais ete condamnee", 0.85),
    ("nunca me han condenado", 0.85), ("nie verurteilt", 0.8), ("never been convicted", 0.85),
    ("strafbefehl", 0.85), ("rappel a la loi", 0.85),
    ("under police investigation", 0.85), ("police investigation for", 0.8),
    ("under investigation for", 0.75), ("polizeiliche ermittlungen gegen", 0.85),
    ("ermittlungsverfahren gegen", 0.85), ("enquete penale", 0.8),
    ("fait l objet d une enquete", 0.8), ("investigado por", 0.75),
    ("investigacion policial", 0.75),
    ("out of prison", 0.85),
    ("licence conditions", 0.75), ("on licence", 0.7), ("aus der haft entlassen", 0.9),
    ("aus dem gefangnis entlassen", 0.9), ("sorti de prison", 0.85),
    ("sort de prison", 0.85), ("sortie de prison", 0.85),
    ("salio de la carcel", 0.85), ("salio de prision", 0.85),
    ("cautions or convictions", 0.85), ("no convictions", 0.8), ("no cautions", 0.8),
    ("unspent convictions", 0.9), ("spent convictions", 0.85), ("previous convictions", 0.85),
    ("dbs came back", 0.85), ("dbs check", 0.8), ("enhanced dbs", 0.85),
    ("dbs certificate", 0.85),
    # time served, in the words people use for it
    ("was inside for ~ years", 0.85), ("was inside for ~ yrs", 0.85),
    ("was inside for ~ months", 0.85), ("been inside for ~ years", 0.85),
    ("did time for", 0.85), ("doing time for", 0.85), ("did ~ years inside", 0.85),
    ("behind bars", 0.8), ("locked up for", 0.8), ("got locked up", 0.8), ("banged up", 0.75),
    ("jail time", 0.8), ("prison time", 0.8), ("on remand", 0.8), ("remanded in custody", 0.9),
    ("in police custody", 0.85),
    ("u haft", 0.85), ("untersuchungshaft", 0.85), ("sitzt in haft", 0.85),
    ("sass in haft", 0.85), ("im knast", 0.85), ("in den knast", 0.85), ("aus dem knast", 0.85),
    ("hinter gittern", 0.8), ("jahre abgesessen", 0.85), ("monate abgesessen", 0.85),
    ("de la taule", 0.85), ("en taule", 0.85), ("detention provisoire", 0.85),
    ("ecroue a", 0.85), ("ecrouee a", 0.85), ("derriere les barreaux", 0.8),
    ("estuvo preso", 0.85), ("estuvo presa", 0.85), ("en el talego", 0.85),
    ("en la trena", 0.85), ("en chirona", 0.85), ("entre rejas", 0.8),
    ("prision provisional", 0.85),
    ("ex con", 0.8),
    ("ex haftling", 0.85), ("ex strafling", 0.85),
    ("ancien detenu", 0.85), ("ancienne detenue", 0.85), ("ex recluso", 0.85),
    ("ex reclusa", 0.85), ("ex presidiario", 0.85), ("ex presidiaria", 0.85),
    # prison terms told with the years and the offence ("saß 3 Jahre in Tegel wegen Betrug")
    ("sass ~ jahre in ~ wegen", 0.85), ("sass ~ monate in ~ wegen", 0.85),
    ("sass ~ jahre wegen", 0.85), ("sass ~ monate wegen", 0.85),
    ("a passe ~ ans en prison", 0.85), ("paso ~ anos en la carcel", 0.85),
    ("paso ~ anos en prision", 0.85),
    # earlier convictions in the words of police and probation ("two priors for theft")
    ("priors for", 0.85), ("prior conviction", 0.85), ("prior convictions", 0.85),
    ("vorstrafen wegen", 0.85), ("vorbestraft wegen", 0.85), ("einschlagig vorbestraft", 0.85),
    ("deja condamne", 0.85), ("deja condamnee", 0.85), ("antecedentes por", 0.8),
    # supervision in the community: probation, suspended sentences, a court's order
    ("unter bewahrung", 0.85), ("bewahrungszeit", 0.8), ("bewahrungshilfe", 0.85),
    ("sursis probatoire", 0.85), ("sursis avec mise a l epreuve", 0.9),
    ("sous controle judiciaire", 0.85), ("en liberte conditionnelle", 0.85),
    ("libertad vigilada", 0.85), ("en libertad condicional", 0.85),
    ("community order", 0.8), ("on parole", 0.8),
    # the establishments people are held in
    ("hmp", 0.8), ("hmyoi", 0.85), ("hm prison", 0.8), ("jva", 0.8),
    ("justizvollzugsanstalt", 0.8), ("centre penitentiaire", 0.8), ("maison d arret", 0.8),
    ("centro penitenciario", 0.8),
    # electronic monitoring of a person under a court order
    ("ankle monitor", 0.85), ("ankle tag", 0.85), ("tobillera electronica", 0.85),
    ("on electronic monitoring", 0.85), ("under electronic monitoring", 0.85),
    ("electronically tagged", 0.85), ("elektronische aufenthaltsuberwachung", 0.9),
    ("placement sous surveillance electronique", 0.9),
    ("place sous surveillance electronique", 0.85),
    ("placee sous surveillance electronique", 0.85),
    ("pulsera telematica", 0.85), ("brazalete electronico", 0.85),
    # conditions a court sets to protect a victim
    ("no contact with ~ victim", 0.85), ("stay away from ~ victim", 0.85),
    ("kein kontakt zum opfer", 0.85), ("kontaktverbot zum opfer", 0.85),
    ("pas de contact avec ~ victime", 0.85), ("ne pas entrer en contact avec ~ victime", 0.85),
    ("comunicarse con ~ victima", 0.85), ("acercarse a ~ victima", 0.85),
)

_SEX_LIFE: Final[Entries] = (
    # an open relationship, a lesbian couple, no sex for a year
    ("offene beziehung", 0.85), ("couple libre", 0.85), ("relacion abierta", 0.85),
    ("open relationship", 0.85), ("couple lesbien", 0.85), ("couple gay", 0.85),
    ("keinen sex", 0.8), ("pas de relations sexuelles", 0.8),
    ("couple de femmes", 0.85), ("couple d hommes", 0.85), ("couple de deux femmes", 0.85),
    ("couple de deux hommes", 0.85), ("dos hombres casados", 0.85),
    ("dos mujeres casadas", 0.85), ("pareja de hombres", 0.85), ("pareja de mujeres", 0.85),
    ("two married men", 0.85), ("two married women", 0.85), ("zwei verheiratete manner", 0.85),
    ("zwei verheiratete frauen", 0.85), ("dos chicos casados", 0.85),
    ("dos chicas casadas", 0.85), ("deux hommes maries", 0.85), ("deux femmes mariees", 0.85),
    ("deux mecs maries", 0.85), ("two married guys", 0.85), ("married to another man", 0.85),
    ("married to another woman", 0.85), ("casado con otro hombre", 0.85),
    ("casada con otra mujer", 0.85), ("mit einem anderen mann verheiratet", 0.85),
    ("couple homo", 0.85), ("couple gay", 0.85), ("couple lesbien", 0.85),
    ("pareja gay", 0.85), ("pareja lesbiana", 0.85), ("schwules paar", 0.85),
    ("lesbisches paar", 0.85), ("came out to ~ parents", 0.8), ("came out to ~ family", 0.8),
    # a partner, then the writer saying they are of the same sex ("I'm a guy too")
    ("bf and i ~ guy too", 0.85), ("boyfriend and i ~ guy too", 0.85),
    ("bf and i ~ man too", 0.85), ("boyfriend and i ~ man too", 0.85),
    ("husband and i ~ man too", 0.85), ("husband and i ~ guy too", 0.85),
    ("gf and i ~ girl too", 0.85), ("girlfriend and i ~ girl too", 0.85),
    ("gf and i ~ woman too", 0.85), ("girlfriend and i ~ woman too", 0.85),
    ("wife and i ~ woman too", 0.85), ("wife and i ~ girl too", 0.85),
    ("novio y yo ~ tambien soy chico", 0.85), ("novio y yo ~ tambien soy hombre", 0.85),
    ("novia y yo ~ tambien soy chica", 0.85), ("novia y yo ~ tambien soy mujer", 0.85),
    ("mon copain et moi ~ aussi un homme", 0.85), ("ma copine et moi ~ aussi une femme", 0.85),
    ("mein freund und ich ~ auch ein mann", 0.85), ("meine freundin und ich ~ auch eine frau",
                                                    0.85),
    # a partner of the same sex: the partner word after a pronoun or possessive that gives
    # the person's sex ("her wife", "lebt mit ihrer Frau", "elle et sa compagne")
    ("her wife", 0.8), ("his husband", 0.8), ("she and her girlfriend", 0.8),
    ("he and his boyfriend", 0.8), ("lives with her girlfriend", 0.8),
    ("lives with his boyfriend", 0.8),
    ("lebt mit ihrer frau", 0.85), ("lebt mit ihrer ehefrau", 0.85),
    ("lebt mit ihrer partnerin", 0.85), ("lebt mit ihrer freundin zusammen", 0.8),
    ("lebt mit seinem mann", 0.85), ("lebt mit seinem ehemann", 0.85),
    ("lebt mit seinem partner", 0.85), ("lebt mit seinem freund zusammen", 0.8),
    ("elle vit avec sa compagne", 0.85), ("elle vit avec sa femme", 0.85),
    ("elle et sa compagne", 0.8), ("elle et sa femme", 0.8),
    ("il vit avec son compagnon", 0.85), ("il vit avec son mari", 0.85),
    ("lui et son compagnon", 0.8), ("lui et son mari", 0.8),
    ("ella y su novia", 0.8), ("ella y su esposa", 0.8), ("ella vive con su novia", 0.85),
    ("ella vive con su esposa", 0.85), ("el y su novio", 0.8), ("el y su marido", 0.8),
    ("el y su esposo", 0.8), ("el vive con su novio", 0.85), ("el vive con su marido", 0.85),
    ("casada con una mujer", 0.85), ("casado con un hombre", 0.85),
    ("mariee a une femme", 0.85), ("est marie a un homme", 0.85),
    # a couple who say they are of one sex ("mi pareja y yo somos dos chicas")
    ("pareja y yo ~ dos chicas", 0.85), ("pareja y yo ~ dos mujeres", 0.85),
    ("pareja y yo ~ dos chicos", 0.85), ("pareja y yo ~ dos hombres", 0.85),
    ("partner and i ~ two women", 0.85), ("partner and i ~ two girls", 0.85),
    ("partner and i ~ two men", 0.85), ("partner and i ~ two guys", 0.85),
    ("partnerin und ich ~ zwei frauen", 0.85), ("partner und ich ~ zwei manner", 0.85),
    ("compagne et moi ~ deux femmes", 0.85), ("compagnon et moi ~ deux hommes", 0.85),
    ("mann und ich ~ beide manner", 0.85), ("frau und ich ~ beide frauen", 0.85),
    ("husband and i ~ both men", 0.85), ("wife and i ~ both women", 0.85),
    ("geschlechtsverkehr", 0.8),
    ("ungeschutzter geschlechtsverkehr", 0.85), ("sexual intercourse", 0.8),
    ("unprotected sex", 0.85), ("rapports sexuels", 0.8), ("relations sexuelles", 0.8),
    ("relaciones sexuales", 0.8), ("monogamous", 0.75), ("polyamorous", 0.85),
    ("polyamory", 0.8), ("polyamor", 0.8), ("polyamoure", 0.8), ("poliamoroso", 0.8),
    ("poliamorosa", 0.8), ("monogam", 0.7), ("monogame", 0.7), ("monogamo", 0.7),
    ("monogama", 0.7),
    # coming out; condoms and unprotected sex; a stated heterosexuality; an open relationship
    ("sali del armario", 0.85), ("salio del armario", 0.85), ("salir del armario", 0.8),
    ("condom use", 0.8),
    ("rapport non protege", 0.85), ("rapports non proteges", 0.85),
    ("relaciones sin proteccion", 0.85), ("sexo sin proteccion", 0.85),
    ("he s straight", 0.8), ("she s straight", 0.8), ("i m straight", 0.8),
    ("i am straight", 0.8), ("il est hetero", 0.85), ("elle est hetero", 0.85),
    ("je suis hetero", 0.85), ("soy hetero", 0.85), ("bin hetero", 0.85),
    ("ist hetero", 0.85),
    ("open relationship", 0.85), ("offene beziehung", 0.85), ("offenen beziehung", 0.85),
    ("couple libre", 0.8), ("relation libre", 0.8), ("relacion abierta", 0.85),
    ("pareja abierta", 0.85),
)

_RACIAL: Final[Entries] = (
    # roots and self-descriptions ("Tengo raíces indígenas aimaras", "Als Person of Color")
    ("raices indigenas", 0.85), ("indigenous roots", 0.85), ("racines autochtones", 0.85),
    ("als person of color", 0.85), ("i am a person of color", 0.85),
    ("as a person of color", 0.85), ("en tant que personne racisee", 0.85),
    ("femme noire", 0.75), ("homme noir", 0.75), ("black woman", 0.75), ("black man", 0.75),
    ("schwarze frau", 0.75), ("schwarzer mann", 0.75), ("mujer negra", 0.75),
    ("hombre negro", 0.75), ("hat ~ wurzeln", 0.75), ("a des racines", 0.75),
    ("a des origines", 0.75), ("tiene raices", 0.75), ("maori", 0.75),
    ("torres strait islander", 0.85),
)

_TRADE_UNION: Final[Entries] = (
    ("i m not in a union", 0.85), ("i m in a union", 0.85), ("i am not in a union", 0.85),
    ("i am in a union", 0.85), ("not in the union", 0.8), ("joined a union", 0.85),
    ("joined the union", 0.85), ("left the union", 0.85), ("join the union", 0.75),
)

SITUATION_TERMS: Final[dict[str, Entries]] = {
    "health": _HEALTH,
    "genetic": _GENETIC,
    "criminal_record": _CRIMINAL,
    "sex_life_orientation": (*_SEX_LIFE, *_SEX_LIFE_PARTNERS),
    "racial_ethnic_origin": _RACIAL,
    "trade_union": _TRADE_UNION,
    "religious_belief": _RELIGIOUS,
}
