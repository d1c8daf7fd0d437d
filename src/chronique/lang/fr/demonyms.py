"""Nationality adjectives and the countries they name ("le gouvernement britannique" → Royaume-Uni)."""

from __future__ import annotations

from .fold import fold

# Nationality adjectives naming the country that acts ("des frappes israéliennes", "le
# gouvernement français a protesté", "l'État hébreu"): ``masculine feminine`` forms, then the
# names the country goes by. Plurals are derived (+s, -al → -aux, -eu → -eux). A demonym only stands for a
# country that the article names as an entity; demonyms are not entities themselves (guidelines).
DEMONYMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("français", "française", ("France",)),
    ("allemand", "allemande", ("Allemagne",)),
    ("américain", "américaine", ("États-Unis", "Etats-Unis", "USA")),
    ("britannique", "britannique", ("Royaume-Uni", "Grande-Bretagne")),
    ("russe", "russe", ("Russie",)),
    ("chinois", "chinoise", ("Chine",)),
    ("israélien", "israélienne", ("Israël",)),
    ("hébreu", "hébraïque", ("Israël",)),  # "l'État hébreu"
    ("iranien", "iranienne", ("Iran",)),
    ("syrien", "syrienne", ("Syrie",)),
    ("irakien", "irakienne", ("Irak",)),
    ("ukrainien", "ukrainienne", ("Ukraine",)),
    ("italien", "italienne", ("Italie",)),
    ("espagnol", "espagnole", ("Espagne",)),
    ("turc", "turque", ("Turquie",)),
    ("japonais", "japonaise", ("Japon",)),
    ("indien", "indienne", ("Inde",)),
    ("saoudien", "saoudienne", ("Arabie saoudite",)),
    ("libanais", "libanaise", ("Liban",)),
    ("palestinien", "palestinienne", ("Palestine",)),
    ("égyptien", "égyptienne", ("Égypte",)),
    ("algérien", "algérienne", ("Algérie",)),
    ("marocain", "marocaine", ("Maroc",)),
    ("tunisien", "tunisienne", ("Tunisie",)),
    ("libyen", "libyenne", ("Libye",)),
    ("belge", "belge", ("Belgique",)),
    ("suisse", "suisse", ("Suisse",)),
    ("canadien", "canadienne", ("Canada",)),
    ("brésilien", "brésilienne", ("Brésil",)),
    ("mexicain", "mexicaine", ("Mexique",)),
    ("polonais", "polonaise", ("Pologne",)),
    ("grec", "grecque", ("Grèce",)),
    ("portugais", "portugaise", ("Portugal",)),
    ("néerlandais", "néerlandaise", ("Pays-Bas",)),
    ("afghan", "afghane", ("Afghanistan",)),
    ("pakistanais", "pakistanaise", ("Pakistan",)),
    ("nord-coréen", "nord-coréenne", ("Corée du Nord",)),
    ("sud-coréen", "sud-coréenne", ("Corée du Sud",)),
    ("vénézuélien", "vénézuélienne", ("Venezuela",)),
    ("malien", "malienne", ("Mali",)),
    ("norvégien", "norvégienne", ("Norvège",)),
    ("suédois", "suédoise", ("Suède",)),
    ("danois", "danoise", ("Danemark",)),
    ("finlandais", "finlandaise", ("Finlande",)),
    ("autrichien", "autrichienne", ("Autriche",)),
    ("hongrois", "hongroise", ("Hongrie",)),
    ("tchèque", "tchèque", ("République tchèque", "Tchéquie")),
    ("roumain", "roumaine", ("Roumanie",)),
    ("bulgare", "bulgare", ("Bulgarie",)),
    ("croate", "croate", ("Croatie",)),
    ("serbe", "serbe", ("Serbie",)),
    ("irlandais", "irlandaise", ("Irlande",)),
    ("luxembourgeois", "luxembourgeoise", ("Luxembourg",)),
    ("biélorusse", "biélorusse", ("Biélorussie", "Bélarus")),
    ("bélarusse", "bélarusse", ("Bélarus", "Biélorussie")),  # the form AFP uses since 2020
    ("géorgien", "géorgienne", ("Géorgie",)),
    ("arménien", "arménienne", ("Arménie",)),
    ("azerbaïdjanais", "azerbaïdjanaise", ("Azerbaïdjan",)),
    ("australien", "australienne", ("Australie",)),
    ("argentin", "argentine", ("Argentine",)),
    ("chilien", "chilienne", ("Chili",)),
    ("colombien", "colombienne", ("Colombie",)),
    ("cubain", "cubaine", ("Cuba",)),
    ("qatari", "qatarie", ("Qatar",)),
    ("émirati", "émiratie", ("Émirats arabes unis",)),
    ("jordanien", "jordanienne", ("Jordanie",)),
    ("yéménite", "yéménite", ("Yémen",)),
    ("soudanais", "soudanaise", ("Soudan",)),
    ("éthiopien", "éthiopienne", ("Éthiopie",)),
    ("nigérian", "nigériane", ("Nigeria",)),
    ("nigérien", "nigérienne", ("Niger",)),
    ("tchadien", "tchadienne", ("Tchad",)),
    ("sénégalais", "sénégalaise", ("Sénégal",)),
    ("ivoirien", "ivoirienne", ("Côte d'Ivoire",)),
    ("burkinabè", "burkinabè", ("Burkina Faso",)),
    ("mauritanien", "mauritanienne", ("Mauritanie",)),
    ("sud-africain", "sud-africaine", ("Afrique du Sud",)),
    ("indonésien", "indonésienne", ("Indonésie",)),
    ("vietnamien", "vietnamienne", ("Vietnam", "Viêt Nam")),
    ("taïwanais", "taïwanaise", ("Taïwan", "Taiwan")),
)


def _inflected() -> dict[str, tuple[str, ...]]:
    """Every inflected form of ``DEMONYMS`` (folded) → the names of its country."""
    out: dict[str, tuple[str, ...]] = {}
    for masc, fem, countries in DEMONYMS:
        plural = masc if masc.endswith(("s", "x")) else masc[:-2] + "aux" if masc.endswith("al") \
            else masc + "x" if masc.endswith("eu") else masc + "s"
        for form in (masc, fem, plural, fem + "s"):
            out[fold(form)] = countries
    return out


DEMONYM_COUNTRIES = _inflected()
# The countries those adjectives name, folded.
COUNTRY_NAMES = frozenset(fold(name) for *_, names in DEMONYMS for name in names)


# Words for people by region, continent, faith or party, with no country of ``DEMONYMS`` ("les
# Européens", "un Breton", "les macronistes"): like nationalities, no entities.
GROUP_WORDS = frozenset(fold(w) for w in """
anglais anglaise anglaises européen européenne européens européennes africain africaine africains
africaines asiatique asiatiques québécois québécoise québécoises écossais écossaise camerounais
camerounaise congolais congolaise coréen coréenne coréens parisien parisienne parisiens parisiennes
marseillais marseillaise lyonnais lyonnaise breton bretonne bretons alsacien alsacienne basque
basques catalan catalane catalans occidental occidentaux occidentale occidentales oriental orientaux
kurde kurdes arabe arabes musulman musulmane musulmans juif juive juifs chrétien chrétienne
chrétiens catholique catholiques protestant protestants slovaque socialiste socialistes communiste
communistes écologiste écologistes républicain républicains insoumis insoumise insoumises macroniste
macronistes lepéniste frontiste frontistes
""".split())
# Every word naming people by nationality or group, folded.
NATIONALITY_WORDS = frozenset(DEMONYM_COUNTRIES) | GROUP_WORDS

# Endings of the plural of a people's or a town's inhabitants' name ("Tchétchènes", "Salvetois",
# "Marseillais", "Lyonnaises", "Parisiens", "Américains").
PLURAL_DEMONYM_ENDINGS = ("ais", "aises", "ois", "oises", "iens", "iennes", "ains", "aines", "ènes")
# Endings of the singular name of an inhabitant ("le Béarnais", "le Québécois", "le Tunisien"): after
# a definite article, a capitalised word so ending names a person by where they come from, a label
# the press uses for someone it named before.
SINGULAR_DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne")
# ... and endings of inhabitants that also end names of things ("la Bretonne", "le Toulousain" but "la
# Couronne", "la Sorbonne", "le Souverain"): an inhabitant only with an age ("la Bretonne de 51 ans").
AGED_DEMONYM_ENDINGS = ("ain", "aine", "onne")
