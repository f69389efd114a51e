"""Free-text phrases of people writing about themselves and their families.

Support tickets, chats, forms and case notes state special categories in everyday words
rather than clinical or legal ones: "our tenant is blind", "mon fils est dyslexique", "Mi
hija es celíaca", "hält den Schabbat", "aus der Kirche ausgetreten", "il est en couple
avec un homme". This module holds that vocabulary in English, German, French and Spanish,
with the inflected forms German, French and Spanish adjectives take in a sentence
(`katholisch`, `katholischen`; `musulman`, `musulmanes`). Same format as
`terms.TEXT_TERMS`: folded phrases, `~` for up to three words, a confidence each.
"""

from __future__ import annotations

from typing import Final

Entries = tuple[tuple[str, float], ...]


def _german(stems: tuple[str, ...], confidence: float) -> Entries:
    """A German adjective and its declined forms (`schwul`, `schwule`, `schwulen`...)."""
    return tuple((stem + ending, confidence) for stem in stems
                 for ending in ("", "e", "en", "er", "es", "em"))


def _romance(forms: tuple[str, ...], confidence: float) -> Entries:
    """French or Spanish forms with their plurals (`musulmane`, `musulmanes`)."""
    return tuple((form + ending, confidence) for form in forms for ending in ("", "s"))


# Parts of the body whose pain people report ("knee pain after a fall").
_BODY: Final = ("back", "lower back", "knee", "neck", "shoulder", "hip", "joint", "abdominal",
                "stomach", "pelvic", "nerve", "ankle", "wrist", "foot", "leg", "ear")

_HEALTH: Final[Entries] = (
    # conditions, in the four languages
    ("schizophrenie", 0.9), ("esquizofrenia", 0.9), ("schizophrene", 0.85),
    ("adhs", 0.85), ("tdah", 0.85), ("autismus", 0.85), ("autisme", 0.85), ("autismo", 0.85),
    ("autiste", 0.8), ("autista", 0.8), ("asperger", 0.85), ("aspergers", 0.85),
    ("dyslexia", 0.85), ("dyslexic", 0.85), ("dyslexie", 0.85), ("dyslexique", 0.85),
    ("legasthenie", 0.85), ("legastheniker", 0.85), ("dislexia", 0.85), ("dislexico", 0.85),
    ("dislexica", 0.85), ("dyscalculia", 0.85), ("dyskalkulie", 0.85), ("dyscalculie", 0.85),
    ("discalculia", 0.85), ("dyspraxia", 0.85), ("dyspraxie", 0.85), ("dispraxia", 0.85),
    ("fibromyalgie", 0.9), ("fibromialgia", 0.9), ("zoliakie", 0.85), ("coeliaque", 0.8),
    ("celiaquia", 0.85), ("celiaco", 0.8), ("celiaca", 0.8), ("celiac disease", 0.9),
    ("coeliac disease", 0.9), ("severe depression", 0.85), ("major depression", 0.85),
    ("clinical depression", 0.85), ("depression severe", 0.85), ("schwere depression", 0.85),
    ("depresion severa", 0.85), ("depresion mayor", 0.85), ("bipolaire", 0.8),
    ("bipolare storung", 0.85), ("trastorno bipolar", 0.85), ("ptbs", 0.8), ("tspt", 0.8),
    ("tept", 0.8), ("stress post traumatique", 0.85), ("estres postraumatico", 0.85),
    ("zwangsstorung", 0.85), ("essstorung", 0.85), ("magersucht", 0.85), ("bulimie", 0.85),
    ("anorexie", 0.85), ("trouble alimentaire", 0.85), ("trastorno alimentario", 0.85),
    ("hepatite", 0.9), ("tuberkulose", 0.9), ("tuberculose", 0.9), ("arthrose", 0.8),
    ("artrosis", 0.8), ("arthrite", 0.8), ("artritis", 0.8), ("rheuma", 0.8),
    ("polyarthrite", 0.85), ("osteoporose", 0.9), ("endometriose", 0.9),
    ("schlafapnoe", 0.85), ("apnee du sommeil", 0.85), ("apnea del sueno", 0.85),
    ("post covid", 0.8), ("bpco", 0.85), ("accident vasculaire cerebral", 0.9),
    ("mukoviszidose", 0.9), ("mucoviscidose", 0.9), ("fibrosis quistica", 0.9),
    ("cystic fibrosis", 0.9), ("sickle cell", 0.85), ("drepanocytose", 0.9),
    ("drepanocitosis", 0.9), ("sichelzellanamie", 0.9), ("hemophilia", 0.9),
    ("hamophilie", 0.9), ("hemophilie", 0.9), ("hemofilia", 0.9), ("down syndrome", 0.85),
    ("trisomie 21", 0.9), ("sindrome de down", 0.85), ("cerebral palsy", 0.9),
    ("zerebralparese", 0.9), ("paralysie cerebrale", 0.9), ("paralisis cerebral", 0.9),
    ("diabete de type", 0.9), ("diabetes tipo", 0.9), ("typ 2 diabetes", 0.9),
    # senses and mobility
    ("is blind", 0.8), ("am blind", 0.8), ("i m blind", 0.8), ("i m deaf", 0.85),
    ("soy ciego", 0.8), ("soy ciega", 0.8), ("soy sordo", 0.8), ("soy sorda", 0.8),
    ("legally blind", 0.9), ("blind in one eye", 0.9),
    ("partially sighted", 0.85), ("visually impaired", 0.85), ("visual impairment", 0.85),
    ("sight impaired", 0.85), ("blind since", 0.85), ("blind passenger", 0.8),
    ("hearing impaired", 0.85), ("hearing impairment", 0.85), ("hard of hearing", 0.85),
    ("is deaf", 0.85), ("am deaf", 0.85), ("deaf in", 0.8), ("profoundly deaf", 0.9),
    ("hearing aid", 0.8), ("hearing aids", 0.8), ("cochlear implant", 0.9),
    ("sehbehindert", 0.85), ("sehbehinderung", 0.85), ("ist blind", 0.8), ("bin blind", 0.8),
    ("erblindet", 0.85), ("gehorlos", 0.85), ("schwerhorig", 0.85), ("horgerat", 0.8),
    ("horbehindert", 0.85), ("horbehinderung", 0.85), ("est aveugle", 0.85),
    ("suis aveugle", 0.85), ("malvoyant", 0.85), ("malvoyante", 0.85), ("est sourd", 0.85),
    ("est sourde", 0.85), ("suis sourd", 0.85), ("suis sourde", 0.85), ("malentendant", 0.85),
    ("malentendante", 0.85), ("appareil auditif", 0.8), ("deficience visuelle", 0.85),
    ("deficience auditive", 0.85), ("es ciego", 0.8), ("es ciega", 0.8), ("invidente", 0.85),
    ("discapacidad visual", 0.85), ("discapacidad auditiva", 0.85), ("es sordo", 0.8),
    ("es sorda", 0.8), ("sordera", 0.85), ("hipoacusia", 0.9), ("silla de ruedas", 0.8),
    ("fauteuil roulant", 0.8), ("mobilite reduite", 0.8), ("movilidad reducida", 0.8),
    ("reduced mobility", 0.8), ("gehbehindert", 0.85), ("gehbehinderung", 0.85),
    ("mobility impairment", 0.85), ("schwerbehindert", 0.85), ("schwerbehinderung", 0.85),
    ("behindertenausweis", 0.85), ("grad der behinderung", 0.9), ("carte d invalidite", 0.85),
    ("certificado de discapacidad", 0.9), ("minusvalia", 0.85),
    ("learning disability", 0.85), ("learning disabilities", 0.85),
    ("learning difficulties", 0.75), ("lernbehinderung", 0.85),
    ("trouble d apprentissage", 0.8), ("troubles d apprentissage", 0.8),
    ("trastorno del aprendizaje", 0.85), ("nachteilsausgleich", 0.75), ("ehcp", 0.8),
    ("special educational needs", 0.85),
    # medicines people take, in their own words
    ("blood thinners", 0.8), ("blood thinner", 0.8), ("anticoagulant", 0.8),
    ("anticoagulants", 0.8), ("anticoagulantes", 0.8), ("blutverdunner", 0.8),
    ("gerinnungshemmer", 0.8), ("antidepresseurs", 0.85), ("antidepresseur", 0.85),
    ("antidepresivos", 0.85), ("antidepresivo", 0.85), ("antidepressiva", 0.85),
    ("anxiolytiques", 0.85), ("ansioliticos", 0.85), ("sleeping pills", 0.75),
    ("schlaftabletten", 0.75), ("somniferes", 0.75), ("insuline", 0.85), ("insulina", 0.85),
    ("dialyse", 0.85), ("dialysepatient", 0.9), ("dialysepatientin", 0.9),
    ("krebspatient", 0.9), ("krebspatientin", 0.9), ("rollstuhlfahrer", 0.85),
    ("rollstuhlfahrerin", 0.85), ("dialisis", 0.9), ("seropositif", 0.9), ("seropositive", 0.9),
    ("seropositivo", 0.9), ("seropositiva", 0.9), ("avc", 0.75), ("ictus", 0.75),
    ("querschnittsgelahmt", 0.9), ("querschnittslahmung", 0.9), ("paraplegic", 0.85),
    ("paraplegique", 0.85), ("paraplejico", 0.85), ("paraplejica", 0.85), ("tetraplegic", 0.9),
    ("quadriplegic", 0.9), ("tetraplegie", 0.9), ("tetraplejia", 0.9), ("paralysed", 0.75),
    ("paralyzed", 0.75), ("miscarried", 0.9), ("fausse couche", 0.9),
    ("aborto espontaneo", 0.9), ("fehlgeburt", 0.9), ("registered blind", 0.9),
    ("stutters", 0.8), ("stammers", 0.8), ("stottert", 0.8), ("begaie", 0.8),
    ("tartamudea", 0.8), ("down s syndrome", 0.85), ("downs syndrome", 0.85),
    ("me operaron de", 0.8), ("operado de", 0.8), ("operada de", 0.8), ("opere du", 0.8),
    ("operee du", 0.8), ("opere de la", 0.8), ("operee de la", 0.8),
    # (over-the-counter names count in a sentence, not as a product's name)
    ("naproxen", 0.8),
    ("ibuprofen", 0.7), ("ibuprofeno", 0.7), ("paracetamol", 0.7), ("acetaminophen", 0.7),
    ("doliprane", 0.7), ("diazepam", 0.85), ("lorazepam", 0.85), ("alprazolam", 0.85),
    ("zolpidem", 0.85), ("amoxicillin", 0.85), ("amoxicilline", 0.85), ("amoxicilina", 0.85),
    ("codeine", 0.75), ("on antibiotics", 0.8), ("antibiotika", 0.75), ("antibiotiques", 0.75),
    ("antibioticos", 0.75), ("pacemaker", 0.8), ("herzschrittmacher", 0.85),
    ("stimulateur cardiaque", 0.85), ("marcapasos", 0.85), ("colour blind", 0.8),
    ("color blind", 0.8), ("farbenblind", 0.8), ("daltonien", 0.8), ("daltonico", 0.8),
    ("stoma", 0.75), ("colostomy", 0.85), ("ileostomy", 0.85), ("allergiker", 0.8),
    ("allergikerin", 0.8), ("alkoholabhangig", 0.85), ("alkoholiker", 0.85),
    ("alkoholikerin", 0.85), ("drogenabhangig", 0.85), ("toxicomane", 0.85),
    ("drogadicto", 0.85), ("drogadicta", 0.85), ("alcoolique", 0.8),
    # habits and measures a clinic records
    ("smoker", 0.75), ("non smoker", 0.8), ("raucher", 0.8), ("raucherin", 0.8),
    ("nichtraucher", 0.8), ("nichtraucherin", 0.8), ("fumeur", 0.8), ("fumeuse", 0.8),
    ("ne fume pas", 0.8), ("fumador", 0.8), ("fumadora", 0.8), ("no fuma", 0.8),
    ("overweight", 0.75), ("obese", 0.8), ("ubergewicht", 0.75), ("surpoids", 0.75),
    ("sobrepeso", 0.75), ("obesidad", 0.8), ("adipositas", 0.85), ("bmi", 0.7),
    ("brustschmerzen", 0.8), ("thoraxschmerzen", 0.8), ("dolor toracico", 0.8),
    ("douleur thoracique", 0.8), ("douleurs thoraciques", 0.8), ("niega dolor", 0.8),
    ("back surgery", 0.8), ("krankheiten", 0.7),
    # everyday illnesses, the reasons of a sick note
    ("flu", 0.75), ("influenza", 0.8), ("grippe", 0.75),
    ("gastroenteritis", 0.85), ("gastro enterite", 0.85), ("norovirus", 0.8),
    ("food poisoning", 0.8), ("bronchitis", 0.85), ("bronchite", 0.85), ("tonsillitis", 0.85),
    ("mandelentzundung", 0.85), ("angine", 0.75), ("amigdalitis", 0.85), ("fieber", 0.7),
    ("fever", 0.7), ("fievre", 0.7), ("fiebre", 0.7), ("erkaltung", 0.7), ("rhume", 0.7),
    ("resfriado", 0.7), ("corona positiv", 0.85),
    # pain and injuries
    *((f"{part} pain", 0.75) for part in _BODY),
    ("knieschmerzen", 0.75), ("nackenschmerzen", 0.75), ("bauchschmerzen", 0.75),
    ("gelenkschmerzen", 0.75), ("schulterschmerzen", 0.75), ("huftschmerzen", 0.75),
    ("chronische schmerzen", 0.8), ("mal de dos", 0.75), ("mal au dos", 0.75),
    ("douleur chronique", 0.8), ("douleurs chroniques", 0.8), ("douleurs articulaires", 0.8),
    ("sciatique", 0.8), ("dolor de espalda", 0.75), ("dolor lumbar", 0.8),
    ("dolor de rodilla", 0.75), ("dolor cronico", 0.8), ("dolor articular", 0.75),
    ("dolor de cuello", 0.75), ("ciatica", 0.8), ("hernie discale", 0.85),
    ("bandscheibe", 0.7), ("sprained ankle", 0.75),
    ("torn ligament", 0.8), ("kreuzbandriss", 0.85), ("banderriss", 0.8),
    ("esguince", 0.75), ("hip replacement", 0.85), ("knee replacement", 0.85),
    *((f"{part} {operation}", 0.8) for part in ("knee", "hip", "shoulder", "heart", "eye",
                                               "spine", "spinal", "brain", "ankle")
      for operation in ("operation", "surgery")),
    ("prosthetic", 0.75), ("prosthesis", 0.8), ("amputee", 0.85), ("amputated", 0.8),
    ("amputiert", 0.85), ("ampute", 0.8), ("amputado", 0.8), ("amputada", 0.8),
    ("beinprothese", 0.85), ("protesis", 0.75),
    # intolerances, self-harm
    ("lactose intolerant", 0.8), ("lactose intolerance", 0.8), ("laktoseintoleranz", 0.8),
    ("laktoseintolerant", 0.8), ("intolerance au lactose", 0.8), ("intolerant au lactose", 0.8),
    ("intolerancia a la lactosa", 0.8), ("intolerante a la lactosa", 0.8),
    ("gluten intolerance", 0.8), ("glutenunvertraglichkeit", 0.8),
    ("intolerance au gluten", 0.8), ("intolerancia al gluten", 0.8),
    ("suicide attempt", 0.9), ("attempted suicide", 0.9), ("suicidal", 0.85),
    ("suizidversuch", 0.9), ("suizidal", 0.85), ("suizidgefahrdet", 0.9),
    ("tentative de suicide", 0.9), ("idees suicidaires", 0.9), ("intento de suicidio", 0.9),
    ("ideacion suicida", 0.9), ("self harm", 0.85), ("self harming", 0.85),
    ("selbstverletzung", 0.85), ("automutilation", 0.85), ("autolesion", 0.85),
    ("autolesiones", 0.85), ("migranas", 0.75), ("partially deaf", 0.85),
    ("completely deaf", 0.85), ("born deaf", 0.85), ("deaf since", 0.85),
    # therapy, certificates
    ("physio", 0.75), ("physiotherapist", 0.8), ("physiotherapie", 0.75),
    ("kinesitherapeute", 0.8), ("kinesitherapie", 0.75), ("fisioterapeuta", 0.8),
    ("fisioterapia", 0.75), ("talking therapy", 0.85), ("talking therapies", 0.85),
    ("therapy session", 0.8), ("cognitive behavioural therapy", 0.9),
    ("cognitive behavioral therapy", 0.9), ("verhaltenstherapie", 0.85),
    ("therapie comportementale", 0.85), ("terapia cognitiva", 0.85),
    *_german(("psychotherapeutisch", "psychiatrisch"), 0.85),
    ("psychologische behandlung", 0.85), ("suivi psychologique", 0.8),
    ("suivi psychiatrique", 0.85), ("terapia psicologica", 0.85), ("en terapia", 0.75),
    ("arztbrief", 0.7), ("arztliches attest", 0.75), ("informe medico", 0.75),
    ("justificante medico", 0.75), ("certificado medico", 0.75),
    # pregnancy and fertility
    ("weeks pregnant", 0.85), ("schwangerschaftswoche", 0.85), ("expecting a baby", 0.75),
    ("icsi", 0.85), ("insemination", 0.8), ("egg freezing", 0.85),
    # therapists, dependence, hearing aids and disability papers
    # (someone's own therapist: a job advert's "Psychotherapeutin (m/w/d)" is no one's)
    ("my psychotherapist", 0.75), ("her psychotherapist", 0.75),
    ("his psychotherapist", 0.75), ("beim psychotherapeuten", 0.75),
    ("bei meiner psychotherapeutin", 0.75), ("meine psychotherapeutin", 0.75),
    ("mein psychotherapeut", 0.75), ("meinem psychotherapeuten", 0.75),
    ("mi psicologa", 0.7), ("su psicologa", 0.7), ("mi psicoterapeuta", 0.75),
    ("alcohol dependence", 0.85), ("alcohol dependency", 0.85), ("drug dependence", 0.85),
    ("alkoholabhangigkeit", 0.85), ("alkoholabhangig", 0.85), ("drogenabhangigkeit", 0.85),
    ("drogenabhangig", 0.85), ("dependance a l alcool", 0.85), ("dependencia del alcohol", 0.85),
    ("aa meetings", 0.8), ("aa meeting", 0.8), ("alcoholics anonymous", 0.85),
    ("smart recovery", 0.8), ("cocaine anonymous", 0.85), ("gamblers anonymous", 0.8),
    ("overeaters anonymous", 0.8), ("anonyme alkoholiker", 0.85),
    ("alcooliques anonymes", 0.85), ("narcotiques anonymes", 0.85),
    ("narcoticos anonimos", 0.85),
    ("anonyme alkoholiker", 0.85), ("alcooliques anonymes", 0.85),
    ("alcoholicos anonimos", 0.85), ("narcotics anonymous", 0.85),
    # recovery from a dependence, and how long someone has been sober
    ("in recovery from alcohol", 0.85), ("in recovery from drugs", 0.85),
    ("in recovery from addiction", 0.85), ("recovering alcoholic", 0.85),
    ("recovering addict", 0.85), ("months sober", 0.8), ("years sober", 0.8),
    ("weeks sober", 0.8), ("days sober", 0.8), ("abstinent seit", 0.8),
    ("abstinente depuis", 0.8), ("abstinente desde", 0.8),
    # (worn by someone: a shop's "Hörgeräte-Batterien" are no one's)
    ("tragt ~ horgerat", 0.8), ("tragt ~ horgerate", 0.8), ("horgeratetrager", 0.85),
    ("horgeratetragerin", 0.85), ("horgeschadigt", 0.85), ("usa ~ audifonos", 0.75),
    ("usa ~ audifono", 0.75), ("lleva ~ audifonos", 0.75), ("lleva ~ audifono", 0.75),
    ("schwerbehindertenausweis", 0.9), ("grad der behinderung", 0.85),
    ("rqth", 0.85), ("certificado de discapacidad", 0.85), ("carte d invalidite", 0.85),
    # an operation on a part of the body ("nach der Knie-OP")
    *((f"{part} op", 0.85) for part in ("knie", "huft", "hueft", "schulter", "rucken",
                                          "ruecken", "bandscheiben", "herz", "augen",
                                          "leisten", "blinddarm", "gallen", "kreuzband")),
    # a stretcher on a flight, a knee's reconstruction, an oncologist's appointment
    ("stretcher case", 0.85), ("medical escort", 0.8), ("acl reconstruction", 0.85),
    ("acl tear", 0.85), ("kreuzbandriss", 0.85), ("rotura de ligamento", 0.85),
    ("rupture du ligament croise", 0.85), ("con el oncologo", 0.8), ("con la oncologa", 0.8),
    ("chez l oncologue", 0.8), ("beim onkologen", 0.8), ("my oncologist", 0.8),
)

_GENETIC: Final[Entries] = (
    ("paternity test", 0.85), ("paternity testing", 0.85), ("vaterschaftstest", 0.85),
    ("vaterschaftsgutachten", 0.9), ("dna gutachten", 0.85), ("abstammungsgutachten", 0.85),
    ("test de paternite", 0.85), ("prueba de paternidad", 0.85), ("test adn", 0.85),
    ("prueba de adn", 0.85), ("analisis de adn", 0.85), ("analyse adn", 0.85),
    ("analyse genetique", 0.85), ("analisis genetico", 0.85), ("genetic counselling", 0.85),
    ("genetic counseling", 0.85), ("genetische beratung", 0.85), ("conseil genetique", 0.85),
    ("consejo genetico", 0.85), ("porteur sain", 0.8), ("portador sano", 0.8),
)

_RELIGIOUS: Final[Entries] = (
    # keeping kosher at home, keeping the Sabbath as an Adventist
    ("keep kosher", 0.85), ("keeps kosher", 0.85), ("essen koscher", 0.85),
    ("esse koscher", 0.85), ("mange casher", 0.85), ("mangeons casher", 0.85),
    ("manger casher", 0.8), ("comemos kosher", 0.85), ("como kosher", 0.85),
    # a guest's or a passenger's meal, asked for (an airline's MOML and KSML)
    ("kosher meal", 0.8), ("halal meal", 0.8), ("koscheres essen", 0.8),
    ("halal essen", 0.8), ("koscheres menu", 0.8), ("repas halal", 0.8), ("repas casher", 0.8),
    ("repas kasher", 0.8), ("comida halal", 0.8), ("comida kosher", 0.8),
    ("menu halal", 0.8), ("menu kosher", 0.8),
    ("adventista", 0.8), ("adventiste", 0.8), ("adventisten", 0.8), ("adventistin", 0.8),
    ("guarda el sabado", 0.85), ("garde le sabbat", 0.85),
    # a congregation's choir and lay offices
    ("kirchenchor", 0.85), ("kirchenvorstand", 0.85), ("pfarrgemeinderat", 0.85),
    ("kirchengemeinderat", 0.85), ("gemeindekirchenrat", 0.85), ("presbyterium", 0.8),
    ("church choir", 0.85), ("gospel choir", 0.75), ("chorale paroissiale", 0.85),
    ("conseil paroissial", 0.85), ("conseil presbyteral", 0.85), ("coro parroquial", 0.85),
    ("coro de la iglesia", 0.85), ("consejo parroquial", 0.85), ("elder of the church", 0.85),
    ("church elder", 0.85), ("deacon at", 0.8),
    # going to mass or church (not "zur Messe": a trade fair too)
    ("voy a misa", 0.85), ("va a misa", 0.85), ("vamos a misa", 0.85), ("van a misa", 0.85),
    ("ir a misa", 0.8), ("vais a la messe", 0.85),
    ("allons a la messe", 0.85), ("vont a la messe", 0.85), ("aller a la messe", 0.8),
    ("gehe ~ in die kirche", 0.85), ("sonntags in die kirche", 0.85),
    ("sonntag in die kirche", 0.85), ("regelmassig in die kirche", 0.85),
    ("freitagsgebet", 0.85), ("priere du vendredi", 0.85),
    ("oracion del viernes", 0.85), ("friday prayers", 0.85),
    # congregation life
    ("my parish", 0.8), ("his parish", 0.8), ("her parish", 0.8), ("our parish", 0.8),
    ("their parish", 0.8), ("parish church", 0.8), ("lay minister", 0.85), ("lay reader", 0.85),
    ("churchwarden", 0.85), ("church warden", 0.85), ("altar server", 0.85),
    ("sunday school", 0.75), ("bible study", 0.8), ("bible class", 0.8), ("bible group", 0.8),
    ("prayer group", 0.85), ("prayer meeting", 0.8), ("worship team", 0.8),
    ("youth ministry", 0.8), ("worship service", 0.8), ("catechism", 0.8), ("catechese", 0.8),
    ("catequesis", 0.8), ("katechese", 0.8), ("grupo de oracion", 0.85),
    ("groupe de priere", 0.85), ("gebetskreis", 0.85), ("bibelkreis", 0.85),
    ("bibelstunde", 0.85), ("etude biblique", 0.85), ("estudio biblico", 0.85),
    ("ecole du dimanche", 0.8), ("escuela dominical", 0.8), ("kindergottesdienst", 0.8),
    ("messdiener", 0.85), ("monaguillo", 0.85), ("enfant de choeur", 0.8),
    *_romance(("paroissien", "paroissienne", "feligres", "feligresa"), 0.85),
    ("feligreses", 0.85), ("judische gemeinde", 0.85), ("judischen gemeinde", 0.9),
    ("communaute juive", 0.85), ("comunidad judia", 0.85), ("jewish community", 0.8),
    ("schabbat", 0.8), ("sabbat", 0.75), ("shabat", 0.8), ("denier de l eglise", 0.85),
    ("denier du culte", 0.85), ("church contribution", 0.85), ("church donation", 0.8),
    ("kirchenbeitrag", 0.85), ("synagogue dues", 0.9), ("offrande", 0.7), ("ofrenda", 0.7),
    ("jehova", 0.85), ("jehovas", 0.85),
    ("testigo de jehova", 0.9), ("testigos de jehova", 0.9), ("temoin de jehovah", 0.9),
    ("temoins de jehovah", 0.9), ("rosary", 0.75), ("reza el rosario", 0.85),
    ("rezar el rosario", 0.85), ("betet den rosenkranz", 0.85), ("pray five times", 0.85),
    ("prays five times", 0.85), ("friday prayers", 0.8), ("friday prayer", 0.8),
    ("betet funfmal", 0.85), ("prie cinq fois", 0.85), ("reza cinco veces", 0.85),
    ("careme", 0.75), ("cuaresma", 0.75), ("fait le careme", 0.85),
    ("porte le voile", 0.85), ("lleva el velo", 0.85), ("lleva el hiyab", 0.85),
    ("hiyab", 0.75), ("tragt ein kopftuch", 0.8), ("kingdom hall", 0.85), ("born again", 0.75),
    ("jew", 0.75), ("jews", 0.7), ("orthodox jew", 0.9), ("orthodox jewish", 0.9),
    ("orthodoxer jude", 0.9), ("orthodoxe judin", 0.9), ("judin", 0.85), ("ist jude", 0.85),
    ("bin jude", 0.85), ("katholik", 0.8), ("katholikin", 0.8), ("chretien", 0.75),
    ("chretienne", 0.75), ("muslima", 0.85), ("bin christ", 0.85), ("ist christ", 0.85),
    ("bin christin", 0.85), ("ist christin", 0.85), ("soy cristiano", 0.85),
    ("soy cristiana", 0.85), ("es cristiano", 0.85), ("es cristiana", 0.85),
    ("observant jew", 0.9), ("observant jews", 0.9), ("observant muslim", 0.9),
    ("devout catholic", 0.9), ("devout muslim", 0.9), ("devout christian", 0.9),
    ("belongs to ~ parish", 0.8), ("member of ~ parish", 0.8), ("parish member", 0.8),
    # faiths by name, and their adjectives in a sentence
    ("christianity", 0.7), ("christentum", 0.7), ("christianisme", 0.7), ("cristianismo", 0.7),
    ("catholicism", 0.75), ("katholizismus", 0.75), ("catholicisme", 0.75),
    ("catolicismo", 0.75), ("judentum", 0.75), ("judaisme", 0.75), ("judaismo", 0.75),
    ("buddhismus", 0.75), ("bouddhisme", 0.75), ("budismo", 0.75), ("hinduismus", 0.75),
    ("hindouisme", 0.75), ("hinduismo", 0.75), ("protestantism", 0.75),
    ("protestantismus", 0.75), ("protestantisme", 0.75), ("protestantismo", 0.75),
    ("sikhisme", 0.75), ("sijismo", 0.75), ("bouddhiste", 0.8), ("budista", 0.8),
    ("hindou", 0.75), ("hinduista", 0.8),
    *_german(("katholisch", "evangelisch", "judisch", "muslimisch", "glaubig"), 0.8),
    *_romance(("catholique", "protestant", "juif", "juive", "catolico", "catolica", "judio",
               "judia", "evangelico", "evangelica", "musulmane"), 0.8),
    ("musulmans", 0.85), ("musulmanes", 0.85), ("musulmanas", 0.85),
    # leaving or changing faith
    ("kirche ausgetreten", 0.85), ("aus der ~ kirche ausgetreten", 0.9),
    ("left the church", 0.75), ("left the ~ church", 0.75), ("apostasy", 0.8),
    ("apostasie", 0.8), ("apostasia", 0.8), ("quitte l eglise", 0.8), ("dejo la iglesia", 0.8),
    ("abandono la iglesia", 0.8), ("debaptisation", 0.85),
)

_RACIAL: Final[Entries] = (
    ("afroecuatoriana", 0.85), ("afroecuatoriano", 0.85), ("afrodescendiente", 0.85),
    ("afrocolombiana", 0.85), ("afrocolombiano", 0.85), ("afroamericana", 0.85),
    ("afroamericano", 0.85), ("comunidad gitana", 0.8), ("de ascendencia", 0.8),
    ("d ascendance", 0.8), ("as a roma woman", 0.85),
    ("as a roma man", 0.85), ("han chinese", 0.85),
    ("only brown kid", 0.8), ("only black kid", 0.8), ("only black student", 0.8),
    ("only brown student", 0.8),
    ("kurden", 0.75), ("kurdin", 0.8), ("kurde", 0.75), ("kurdo", 0.75), ("kurda", 0.75),
    ("antillais", 0.75), ("antillaise", 0.75), ("maghrebin", 0.75), ("maghrebine", 0.75),
    ("magrebi", 0.75), ("gitan", 0.75), ("gitane", 0.7), ("tzigane", 0.75),
    ("manouche", 0.75), ("afroamerikaner", 0.8), ("afroamerikanerin", 0.8),
    ("afro americain", 0.8), ("afro americaine", 0.8), ("afroamericano", 0.8),
    ("afroamericana", 0.8), ("afro caribbean", 0.8), ("black british", 0.8),
    ("british asian", 0.8), ("mixed heritage", 0.8), ("biracial", 0.85), ("multiracial", 0.8),
    ("mestizo", 0.75), ("mestiza", 0.75), ("metisse", 0.75), ("mestizos", 0.75),
    ("british pakistani", 0.85), ("british indian", 0.85), ("british bangladeshi", 0.85),
    ("british chinese", 0.8), ("black african", 0.85), ("black caribbean", 0.85),
    ("asian british", 0.85), ("white and black caribbean", 0.9), ("white and asian", 0.85),
    ("irish traveller", 0.85), ("gypsy or irish traveller", 0.9),
    ("sinteza", 0.85), ("sintezza", 0.85), ("romnja", 0.8),
    # a person placed in a national or ethnic minority ("gehört der sorbischen Minderheit an")
    ("gehort der ~ minderheit", 0.85), ("gehoren der ~ minderheit", 0.85),
    ("belongs to the ~ minority", 0.85), ("member of the ~ minority", 0.85),
    ("appartient a la minorite", 0.85), ("pertenece a la minoria", 0.85),
    ("is tamil", 0.8), ("are tamil", 0.8), ("ist tamile", 0.8), ("ist tamilin", 0.8),
    ("est tamoul", 0.8), ("est tamoule", 0.8), ("es tamil", 0.75),
    *_german(("afrodeutsch",), 0.85), ("native american", 0.8), ("inuit", 0.75),
    # descent stated of a person
    ("est d origine", 0.8), ("suis d origine", 0.8), ("sont d origine", 0.8),
    ("comme d origine", 0.8), ("es de origen", 0.8), ("soy de origen", 0.8),
    ("son de origen", 0.8), ("ist ~ herkunft", 0.8), ("bin ~ herkunft", 0.8),
    ("sind ~ herkunft", 0.8), ("is of ~ origin", 0.75), ("am of ~ origin", 0.75),
)

_SEX_LIFE: Final[Entries] = (
    *_german(("schwul", "lesbisch", "bisexuell", "homosexuell", "heterosexuell", "queer"),
             0.85),
    *_romance(("lesbienne", "homosexuel", "homosexuelle", "bisexuel", "bisexuelle",
               "lesbiana", "bisexuales", "homosexuales"), 0.85),
    ("his boyfriend", 0.8), ("her girlfriend", 0.7), ("he is married to a man", 0.9),
    ("she is married to a woman", 0.9), ("he is dating a man", 0.9),
    ("she is dating a woman", 0.9), ("il est en couple avec un homme", 0.9),
    ("elle est en couple avec une femme", 0.9), ("il est marie a un homme", 0.9),
    ("il est marie avec un homme", 0.9), ("elle est mariee a une femme", 0.9),
    ("elle est mariee avec une femme", 0.9), ("il sort avec un homme", 0.9),
    ("elle sort avec une femme", 0.9), ("il vit avec son compagnon", 0.85),
    ("elle vit avec sa compagne", 0.85), ("er ist mit einem mann", 0.85),
    ("sie ist mit einer frau", 0.85), ("sein ehemann", 0.85), ("seinem ehemann", 0.85),
    ("seinen ehemann", 0.85), ("seinem mann", 0.8), ("she has a wife", 0.85),
    ("he has a husband", 0.85), ("elle vit avec sa femme", 0.85), ("elle et sa femme", 0.85),
    ("il vit avec son mari", 0.85), ("lui et son mari", 0.85),
    ("esta casado con un hombre", 0.9),
    ("esta casada con una mujer", 0.9), ("el y su marido", 0.85), ("ella y su esposa", 0.85),
    ("ella y su mujer", 0.8), ("el y su novio", 0.85), ("ella y su novia", 0.85),
)

_CRIMINAL: Final[Entries] = (
    ("constan antecedentes", 0.75), ("delitos sexuales", 0.85),
    ("delitos de naturaleza sexual", 0.85), ("certificado de penales", 0.85),
    ("meses de prision", 0.85), ("anos de prision", 0.85), ("mois de prison", 0.85),
    ("ans de prison", 0.85), ("monate haft", 0.85), ("jahre haft", 0.85),
    ("months in prison", 0.85), ("years in prison", 0.85), ("apropiacion indebida", 0.75),
    ("dui program", 0.85), ("dwi program", 0.85), ("dui", 0.8), ("dwi", 0.8),
    ("peine de prison", 0.85), ("purge une peine", 0.85), ("peine d emprisonnement", 0.85),
    ("cumplio condena", 0.85), ("pena de prision", 0.85), ("arrest warrant", 0.85),
    ("haftbefehl", 0.85), ("mandat d arret", 0.85), ("orden de arresto", 0.85),
    ("orden de detencion", 0.85), ("possession of cannabis", 0.85), ("drug possession", 0.85),
    ("possession of drugs", 0.85), ("drink driving", 0.75), ("spent conviction", 0.9),
    ("unspent conviction", 0.9), ("liberte conditionnelle", 0.85),
    ("sursis probatoire", 0.85), ("bracelet electronique", 0.8), ("fussfessel", 0.8),
    ("bewahrungshelfer", 0.85), ("bewahrungshelferin", 0.85), ("haftentlassung", 0.85),
    # time served, and a driving ban after drink-driving
    # (for an offence: "served 3 years for the company" is a career)
    *((f"{verb} ~ for {offence}", 0.85) for verb in ("served", "did")
      for offence in ("possession", "burglary", "robbery", "fraud", "theft", "assault",
                      "drug dealing", "dealing", "manslaughter", "arson", "shoplifting",
                      "drink driving", "drunk driving", "gbh", "abh")),
    ("cumplio ~ anos por", 0.85), ("cumplio ~ meses por", 0.85),
    ("cumplio condena", 0.85), ("a purge ~ ans", 0.85), ("a purge une peine", 0.85),
    ("driving with excess alcohol", 0.85), ("banned from driving", 0.8),
    ("fined and banned", 0.85), ("bail hearing", 0.8), ("extrait de casier", 0.85),
    ("aus der haft entlassen", 0.85), ("conseiller de probation", 0.85),
    ("conseillere de probation", 0.85), ("conseiller d insertion et de probation", 0.85),
)

_TRADE_UNION: Final[Entries] = (
    ("vertrauensmann", 0.8), ("vertrauensfrau", 0.8), ("vertrauensleute", 0.75),
    *_german(("gewerkschaftlich",), 0.8), ("union branch", 0.85), ("picket line", 0.75),
    # not in a union: a statement about membership all the same
    ("not in a union", 0.8), ("not a union member", 0.85), ("not a member of a union", 0.85),
    ("kein gewerkschaftsmitglied", 0.85), ("in keiner gewerkschaft", 0.85),
    ("pas syndique", 0.85), ("pas syndiquee", 0.85), ("no esta afiliado", 0.8),
    ("no esta afiliada", 0.8),
)

_POLITICAL: Final[Entries] = (
    ("wahlkampfhelfer", 0.8), ("wahlkampfhelferin", 0.8), ("political opinion", 0.8),
    ("politische uberzeugung", 0.85), ("opinion politique", 0.85), ("opinion politica", 0.85),
    ("political persecution", 0.8), ("politische verfolgung", 0.8),
    ("persecution politique", 0.8), ("persecucion politica", 0.8),
)

PEOPLE_TERMS: Final[dict[str, Entries]] = {
    "health": _HEALTH,
    "genetic": _GENETIC,
    "religious_belief": _RELIGIOUS,
    "racial_ethnic_origin": _RACIAL,
    "sex_life_orientation": _SEX_LIFE,
    "criminal_record": _CRIMINAL,
    "trade_union": _TRADE_UNION,
    "political_opinion": _POLITICAL,
}
