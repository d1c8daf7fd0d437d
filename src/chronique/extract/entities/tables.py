"""Rule tables of the entity stage: plain data, one concept per table, all lowercase.

Words are stored lowercase and, where French spelling varies, without relying on accents:
look-ups go through ``fold`` (lowercase, accents removed), so ``Etat``/``État`` and
``Economie``/``Économie`` hit the same entry.
"""

from __future__ import annotations

from ...knowledge.media import outlet_kind, outlet_kinds
from ...lang.fr.calendar import MONTH_SPELLINGS, WEEKDAY_NAMES
from ...lang.fr.demonyms import NATIONALITY_WORDS
from ...lang.fr.fold import fold
from ...lang.fr.honorifics import HONORIFICS as _HONORIFIC_GENDERS
from ...lang.fr.person_nouns import TRADE_NOUNS


def _words(block: str) -> frozenset[str]:
    return frozenset(fold(w) for w in block.split())


def _items(block: str) -> frozenset[str]:
    """Comma-separated entries (multi-word ones included: "corée du nord", "le monde")."""
    return frozenset(fold(" ".join(item.split())) for item in block.split(",") if item.strip())


def _lines(block: str) -> frozenset[str]:
    return frozenset(fold(line.strip()) for line in block.strip().splitlines() if line.strip())


# Heads of role phrases: "le ministre de l'Intérieur", "la porte-parole du gouvernement".
# A head followed by a proper name makes a title mention of that person; alone it is no entity.
TITLE_HEADS = _words("""
président présidente vice-président vice-présidente ministre ministres secrétaire porte-parole
chancelier chancelière député députée eurodéputé eurodéputée sénateur sénatrice maire maires
adjoint adjointe conseiller conseillère préfet préfète gouverneur gouverneure roi reine prince
princesse pape cardinal évêque archevêque imam rabbin général générale colonel capitaine
commandant lieutenant sergent commissaire juge procureur procureure avocat avocate bâtonnier
directeur directrice patron patronne pdg p-dg président-directeur fondateur fondatrice chef
cheffe leader dirigeant dirigeante candidat candidate ambassadeur ambassadrice animateur
animatrice journaliste présentateur présentatrice chroniqueur chroniqueuse éditorialiste
chanteur chanteuse rappeur rappeuse acteur actrice comédien comédienne humoriste écrivain
écrivaine romancier romancière auteur autrice réalisateur réalisatrice producteur productrice
entraîneur entraîneuse sélectionneur sélectionneuse joueur joueuse attaquant défenseur
gardien milieu capitaine pilote coureur coureuse champion championne universitaire économiste
sociologue politologue historien historienne philosophe professeur professeure docteur
médecin infectiologue épidémiologiste virologue urgentiste chercheur chercheuse militant
militante syndicaliste élu élue délégué déléguée rapporteur rapporteure responsable
numéro patriarche monarque émir cheikh sultan président-directrice directeur-général
administrateur administratrice gérant gérante trésorier trésorière porte-drapeau
opposant opposante dissident dissidente activiste avocat-conseil associé associée
conseiller-maire sénateur-maire dame suppléant suppléante consul consule premier-ministre
entrepreneur entrepreneuse épouse époux mari compagne compagnon
présidents présidentes députés députées sénateurs sénatrices conseillers conseillères
secrétaires directeurs directrices candidats candidates dirigeants dirigeantes
""")

# Words that may precede a head inside a title: "le Premier ministre", "l'ancien ministre".
TITLE_PREFIXES = _words("""
premier première premiers premières ancien ancienne anciens anciennes ex ex- futur future
nouveau nouvel nouvelle nouveaux nouvelles actuel actuelle
haut haute grand grande vice sous simple jeune célèbre éternel éternelle
""")

# Honorifics written right before a name: "M. Scholz", "Mme Merkel", "Me Veil".
HONORIFICS = frozenset(fold(h) for h in _HONORIFIC_GENDERS)
HONORIFIC_GENDER = {fold(h): g for h, g in _HONORIFIC_GENDERS.items() if g is not None}

# Whole role phrases that look like names because they are capitalised: never entities.
ROLE_PHRASES = _lines("""
premier ministre
première ministre
première dame
président de la république
présidente de la république
chef de l'état
chef du gouvernement
garde des sceaux
haut-commissaire
secrétaire d'état
secrétaire général
""")

# Capitalised portfolio and institution words that follow a title head: "ministre de
# l'Economie", "du Travail, de l'Emploi". Inside a role phrase they are part of the title.
PORTFOLIO_WORDS = _words("""
intérieur information communication économie finances travail emploi santé justice culture éducation défense armées
agriculture écologie environnement transition logement transports budget comptes sports
outre-mer solidarités famille enfance jeunesse recherche enseignement industrie commerce
numérique affaires étrangères république état nation gouvernement relance cohésion
territoires mer tourisme handicap égalité citoyenneté mémoire anciens combattants formation
professionnelle dialogue social action publics ville retraites consommation administration
police gendarmerie sécurité commune communes sécurité
pêche alimentation ruralité insertion énergie climat lois
""")

# Organisation heads: a name starting with one of these is an ORG ("Parti socialiste",
# "Conseil d'Etat", "ministère de l'Intérieur"), even when it starts in lowercase.
ORG_HEADS = _words("""
parti conseil commission assemblée sénat ministère ministères agence fédération confédération
union association collectif syndicat banque fondation institut université comité cour tribunal
parquet service office direction caisse société compagnie groupe groupement journal radio
chaîne télévision front mouvement rassemblement alliance ligue organisation observatoire
autorité haute haut conférence académie centre cabinet club fonds bureau département
préfecture mairie gouvernement régie établissement corporation holding laboratoire
laboratoires editions éditions médiapart agence-france-presse conseil-d'état chu chr chru chambre
""")

# Local institutions named by their kind and their place ("le parquet d'Aix-en-Provence", "la
# préfecture de Corse-du-Sud", "la mairie de Lyon", "le tribunal de commerce de Paris"): one
# organisation, not the place. The words allowed between the kind and the place's "de".
PLACE_INSTITUTION_HEADS = _words("""
parquet préfecture sous-préfecture collectivité tribunal cour rectorat municipalité
gendarmerie conseil université chu chr chru
""")
# Heads of those written as acronyms ("le CHU de Reims"), which the model does not read as names.
PLACE_INSTITUTION_ACRONYMS = _words("chu chr chru")
PLACE_INSTITUTION_QUALIFIERS = _words("""
de d' du police commerce appel d'appel administratif judiciaire correctionnel départemental
régional municipal territoriale territorial grande instance d'assises assises
""")

# Place heads kept inside the name ("théâtre des Bleus de Bar", "place de la Concorde").
# Nouns right before a one-word name that make it a firm or a brand ("la maison Bonhams", "un
# revendeur Bosch"), and after it in apposition ("Ravensburger, l'entreprise"). Kinds of firm only:
# product nouns ("les moteurs X") would fit the car news the rule was found on, not the news.
FIRM_NOUNS = _words("""
entreprise société firme groupe marque maison constructeur fabricant équipementier enseigne
revendeur concessionnaire préparateur carrossier start-up startup média plateforme
""")

LOC_HEADS = _words("""
théâtre place rue avenue boulevard quai musée gare aéroport pont château église cathédrale
basilique stade palais parc jardin lac mont mer océan golfe île îles détroit canal port plage
hôpital tour arc porte cap vallée forêt bois col massif plaine désert baie espace cimetière
aérodrome base
""")
# Heads of places named after people: a person's name right after one is the place's ("l'hôpital
# Raymond Poincaré", "la base Escudero"), whatever the model says.
PERSON_NAMED_PLACE_HEADS = _words("hôpital rue avenue boulevard quai aéroport aérodrome stade pont gare base")

# Words before a name that type it, and are not part of it: "le géant Amazon", "la ville de Dijon".
ORG_CUES = _words("""
géant groupe société entreprise constructeur opérateur laboratoire firme enseigne compagnie
banque assureur distributeur start-up startup plateforme réseau application parti syndicat
journal quotidien hebdomadaire magazine mensuel radio chaîne site média médias titre
club équipe fédération association collectif fabricant éditeur marque chaine l'équipementier
équipementier transporteur label studio agence institut organisation centre
""")
# ... and those naming the kind by a complement ("la maison d'édition Fayard", "la marque de
# vêtements Jennyfer"): the cue noun and the complement's "de", before any noun.
ORG_CUE_WITH_COMPLEMENT = ORG_CUES | _words("maison")
# Participles before "chez X" that make X a publisher ("publié chez Anne Carrière", "paru chez
# Calmann-Lévy"), however much it looks like a person's name; "chez X" alone is anyone's place.
PUBLISHED_WORDS = _words("""
publié publiée publiés publiées paru parue parus parues édité éditée édités éditées réédité rééditée
réédités rééditées
""")
LOC_CUES = _words("""
ville commune village région département pays capitale métropole agglomération province état
localité île quartier arrondissement canton territoire usine frontière poste-frontière
""")
PER_CUES = _words("""
m. mme mlle me dr pr mgr
""")

# Lowercase sector words glued in front of a company name by the model ("géant Amazon").
SECTOR_WORDS = _words("""
géant groupe société entreprise constructeur opérateur laboratoire firme enseigne compagnie
banque assureur distributeur start-up startup plateforme fabricant éditeur équipementier
transporteur spécialiste leader numéro
""")

# Determiners and prepositions stripped from the edges of a name span ("du Havre" → "Havre").
EDGE_FUNCTION_WORDS = _words("""
le la les l' l’ un une des du de d' d’ au aux à en par pour sur dans avec chez vers sans son sa ses leur leurs
ce cet cette ces et ou selon entre depuis
""")

# Small words allowed inside a multi-word name ("Conseil d'Etat", "Journal du Dimanche").
NAME_CONNECTORS = _words("""
de du des d' d’ la le les l' l’ et en sur sous à au aux y for of the and la-
""")

WEEKDAYS = frozenset(fold(w) for w in WEEKDAY_NAMES)
MONTHS = frozenset(fold(w) for w in MONTH_SPELLINGS)

# Acronyms of things, not of organisations: never entities on their own.
COMMON_ACRONYMS = _words("""
pcr ehpad lbd qr sms tva pib suv adn arn vih sida irm hlm rsa smic cdi cdd pme tpe eti tgv ter
ogm jo rer vtc pma gpa ivg ssi rtt ccl cgu faq gps usb tv dvd cd pdf ok covid sras mers avc
bd ovni pv km kg ht ttc isf ifi csg crds cice apl caf mdph ald ue-15 qg pc ia ai cv bac ena
ehpads pv lgbt lgbtqi rgpd dr zad vip pdg ceo dg drh it pme-tpe ong sdf rsa bts cap dnb mooc gmt utc cet gif jpeg mp3 html
ndlr ndt nda ndr dvd dvg
""")  # the last line: editorial notes ("note de la rédaction"), written in capitals in brackets

# Nationality and group words: "les Français", "Américain", "les socialistes" are no entities.
DEMONYMS = NATIONALITY_WORDS

# Countries and continents (gazetteer for typing LOC): a name equal to one of these is a place.
PLACES = _items("""
france, allemagne, italie, espagne, portugal, belgique, suisse, luxembourg, pays-bas, royaume-uni,
angleterre, écosse, irlande, autriche, pologne, hongrie, roumanie, bulgarie, grèce, turquie, russie,
ukraine, biélorussie, suède, norvège, danemark, finlande, islande, estonie, lettonie, lituanie,
république tchèque, slovaquie, slovénie, croatie, serbie, bosnie, albanie, macédoine, monténégro,
kosovo, moldavie, géorgie, arménie, azerbaïdjan, kazakhstan, chine, japon, corée du nord,
corée du sud, inde, pakistan, afghanistan, iran, irak, syrie, liban, jordanie, israël, palestine,
arabie saoudite, yémen, oman, qatar, koweït, bahreïn, émirats arabes unis, égypte, libye, tunisie,
algérie, maroc, mauritanie, mali, niger, tchad, soudan, éthiopie, somalie, kenya, nigeria, sénégal,
côte d'ivoire, ghana, cameroun, gabon, congo, rdc, rwanda, burundi, angola, namibie, afrique du sud,
madagascar, mozambique, zimbabwe, états-unis, etats-unis, canada, mexique, cuba, haïti, brésil,
argentine, chili, pérou, colombie, venezuela, bolivie, équateur, uruguay, paraguay, australie,
nouvelle-zélande, indonésie, malaisie, philippines, thaïlande, vietnam, cambodge, laos, birmanie,
singapour, taïwan, hong kong, tibet, mongolie, yougoslavie, urss, tchécoslovaquie, prusse, rda, rfa, europe, afrique, asie, amérique, océanie,
antarctique, arctique, méditerranée, guyane, martinique, guadeloupe, réunion, mayotte, corse,
nouvelle-calédonie, polynésie, île-de-france, bretagne, normandie, occitanie, provence, alsace
""")

# Capitals and cities French news names for their governments or as datelines ("Paris a regretté",
# "Moscou dément"), and the seats of governments ("a assuré Matignon", GUIDELINES: places): a place
# the model may miss at a sentence's start, or take for a person when it speaks.
CAPITALS = _items("""
matignon, élysée, kremlin, bercy, beauvau, pentagone, downing street, maison blanche, quai d'orsay,
paris, berlin, londres, washington, moscou, pékin, rome, madrid, bruxelles, kiev, kyiv, tokyo, ankara,
téhéran, jérusalem, tel-aviv, beyrouth, damas, bagdad, le caire, alger, rabat, tunis, tripoli, bamako,
niamey, dakar, ottawa, brasilia, varsovie, athènes, lisbonne, dublin, oslo, stockholm, copenhague,
helsinki, budapest, prague, bucarest, sofia, belgrade, kaboul, islamabad, new delhi, séoul,
pyongyang, taipei, canberra, riyad, doha, amman, bakou, erevan, tbilissi, minsk, berne, la haye,
genève, strasbourg, new york, marseille, lyon
""")

# News outlets (``knowledge/media.tsv``): a name equal to one of these is an ORG, never a place.
MEDIA = frozenset(outlet_kinds())
# Broadcasters whose regional editions add a region to the name ("France 3 Bretagne", "France Bleu
# Provence"): the edition is the outlet, not the region.
MEDIA_WITH_EDITIONS = _items("france 3, france bleu")
# Media names written as one word, in any case ("sur franceinfo"): distinctive enough to be found
# whatever the model says.
MEDIA_BRANDS = frozenset({"franceinfo", "mediapart", "bfmtv", "cnews", "konbini", "huffpost"})




# Social networks and messaging services: where words are published, like the media.
SOCIAL_NETWORKS = _items("""
twitter, facebook, instagram, youtube, tiktok, linkedin, snapchat, telegram, whatsapp, truth social, twitch
""")


def is_channel_name(name: str) -> bool:
    """A medium or a platform words and acts are published on ("sur Twitter", "via franceinfo")."""
    return is_media_name(name) or fold(" ".join(name.split())) in SOCIAL_NETWORKS


def is_media_name(name: str) -> bool:
    """A name of the media gazetteer, with or without its article ("Parisien", "Le Parisien")."""
    return outlet_kind(name) is not None


# Common words that the model capitalises at the start of a sentence and tags as names; the
# lemmatizer lexicon (see ``lexicon.py``) catches most, this list the rest (pronoun forms).
SENTENCE_START_WORDS = _words("""
celle-ci celui-ci ceux-ci celles-ci celle-là celui-là ceux-là cela ceci voilà voici
quant pourtant désormais ainsi alors ensuite enfin certes or donc
""")

# Heads of named works, laws, events and plans (MISC): "Constitution", "loi Travail",
# "Coupe du monde", "université d'été du PS".
MISC_HEADS = _words("""
constitution loi charte traité pacte accord convention directive code plan programme réforme
opération festival salon sommet coupe championnat tournoi jeux prix grand-prix mondial euro
biennale exposition manifeste rapport livre déclaration grenelle
""")
# Of those, the heads written in lowercase right before the name they give a law or plan: "la loi
# Avia", "le plan Borloo", "la réforme Blanquer" name a text (MISC), the name alone is not the person.
NAMED_TEXT_HEADS = _words("""
loi lois réforme plan pacte décret circulaire amendement rapport
""")
# Nouns of works before a quoted title that is then a MISC name ("l'émission « Confessions intimes »",
# "la comédie musicale « Starmania »", "le jeu « Les 12 coups de midi »").
WORK_NOUNS = _words("""
émission jeu film série chanson album livre roman spectacle pièce documentaire téléfilm feuilleton
tube single disque opéra musicale
""")
# Words of a quoted sentence, not of a title: someone speaking in the first or second person
# ("dans son livre « J'ai eu très peur »", "le documentaire « Mon père me battait »").
SPEAKING_WORDS = _words("""
je j' me m' moi mon ma mes nous notre nos vous votre vos tu te t' ton ta tes
""")
MISC_PREFIXES = _lines("""
université d'été
universités d'été
journées d'été
""")

# Last words that make a company name ("Durand Martin Partners", "Renault Group").
ORG_SUFFIXES = _words("""
partners group groupe holding sa sas sarl inc inc. ltd corp corp. corporation company co
capital consulting technologies technology bank airlines airways motors media médias films
records associates associés industries international entertainment foundation fondation
pharma pharmaceuticals telecom systems solutions services assurances finance investissements
ai labs lab robotics energy énergie software ventures automotive aerospace securities markets research
advisors
""")

# Political parties and movements whose names read like common words or slogans.
PARTIES = _lines("""
en marche
la république en marche
république en marche
lrem
larem
les républicains
lr
rassemblement national
rn
front national
fn
la france insoumise
france insoumise
lfi
parti socialiste
ps
europe écologie les verts
europe écologie-les verts
europe-écologie les verts
europe-écologie-les verts
eelv
les verts
modem
udi
pcf
parti communiste
debout la france
reconquête
horizons
renaissance
agir
nouveau parti anticapitaliste
npa
lutte ouvrière
génération.s
place publique
""")

# First parts of compound nationality words: "franco-américain", "germano-russe".
DEMONYM_PREFIXES = _words("""
franco germano anglo italo sino russo américano belgo helvético hispano israélo arabo judéo
afro euro indo austro gréco turco nippo soviéto irano syro libano algéro maroco tuniso
""")
# Endings of demonyms ("Strasbourgeois", "Lyonnaises", "Bordelais"), checked against the places
# of the same article.
DEMONYM_SUFFIXES = ("oises", "oise", "ois", "aises", "aise", "ais", "iennes", "ienne", "iens", "ien",
                    "aines", "aine", "ains", "ain", "éennes", "éenne", "éens", "éen", "ins", "ines", "ine",
                    "ites", "ite", "eaux", "eau", "elles", "elle")

# Particles glued to a family name: "al-Sissi" is also "Sissi", "ben Salmane" also "Salmane".
NAME_PARTICLES = ("al-", "el-", " al ", "el ", "ben-", "bin-", "ibn-", "abu-", "abou-")

# Online platforms and social networks: companies (ORG), whatever the model says.
PLATFORMS = _words("""
twitter facebook instagram youtube tiktok snapchat linkedin google whatsapp telegram netflix
amazon apple microsoft uber airbnb spotify deezer twitch wikipedia leboncoin doctolib
""")

# Party acronyms and their names: two-letter acronyms are joined to a long form only through
# this table ("PS" is the Parti socialiste, not "Public Sénat").
PARTY_ACRONYMS = {
    "ps": "parti socialiste", "lr": "les republicains", "rn": "rassemblement national",
    "fn": "front national", "lfi": "la france insoumise", "lrem": "la republique en marche",
    "eelv": "europe ecologie les verts", "pcf": "parti communiste", "npa": "nouveau parti anticapitaliste",
    "lo": "lutte ouvriere", "ump": "union pour un mouvement populaire", "udi": "union des democrates et independants",
}

# Armed groups, terrorist organisations and movements (ORG): the model often calls them LOC or
# MISC ("État" + "islamique" as a place). A span followed by the rest of one of these names is
# extended to it.
ARMED_GROUPS = _items("""
état islamique, etat islamique, daech, daesh, al-qaïda, al-qaida, al qaïda, aqmi, aqpa, hezbollah,
hamas, boko haram, talibans, taliban, shebab, chebab, al-shabab, pkk, farc, eta, jihad islamique,
front al-nosra, hayat tahrir al-sham, hts, ira, wagner
""")

# Nouns before "de"/"des" (or right before the name) that make the name a group:
# "les jihadistes de Daech", "des combattants du Hamas", "le mouvement Hezbollah".
GROUP_CUES = _words("""
groupe groupes organisation mouvement jihadistes djihadistes combattants membres milice milices
rebelles militants miliciens terroristes factions faction branche cellule
""")

# Particles inside a person's name: "Bachar al-Assad", "Mohammed ben Salmane", "Ursula von der
# Leyen". A name that opens with a first name (or a kunya: "Abou", "Ibn") and holds one of these
# between capitalised words is a person, never a place.
PERSON_PARTICLES = _words("al el ben bin ibn abou abu van von der de da di del ould")
ARABIC_NAME_PARTICLES = _words("al el ben bin ibn ould")
PERSON_NAME_OPENERS = _words("abou abu ibn abd abdel abdul oum")

# Capitalised words that are common nouns in a fixed expression: "marché de Noël", "les États
# membres". A candidate made only of one of these after such a noun is no entity; "Etats" alone
# (the plural of the common noun) never is.
FIXED_EXPRESSION_HEADS = _words("""
marché marchés sapin sapins vacances fête fêtes veille réveillon trêve week-end weekend lundi
dimanche messe œufs oeufs bûche père repas cadeaux période illuminations
""")
HOLIDAY_WORDS = _words("noël pâques toussaint pentecôte ascension épiphanie")
NEVER_ALONE = _words("etats états etat état")


# Acronyms of institutions and unions joined to their long form wherever both are used, even
# with two letters ("UE" … "Union européenne", "FO" … "Force ouvrière"), like PARTY_ACRONYMS.
INSTITUTION_ACRONYMS = {
    "ue": "union europeenne", "fo": "force ouvriere", "onu": "organisation des nations unies",
    "bce": "banque centrale europeenne", "fmi": "fonds monetaire international",
    "oms": "organisation mondiale de la sante", "otan": "organisation du traite de l'atlantique nord",
    "pnf": "parquet national financier", "cgt": "confederation generale du travail",
    "cfdt": "confederation francaise democratique du travail", "cnil": "commission nationale de l'informatique et des libertes",
    "sncf": "societe nationale des chemins de fer francais", "ratp": "regie autonome des transports parisiens",
}
KNOWN_ACRONYMS = {**PARTY_ACRONYMS, **INSTITUTION_ACRONYMS}

# Organisations that changed their name: each old name (or acronym) → the current name. Both
# names in one article are one entity ("l'UMP, devenue LR").
RENAMED_ORGS = {
    "front national": "rassemblement national", "fn": "rassemblement national", "rn": "rassemblement national",
    "ump": "les republicains", "union pour un mouvement populaire": "les republicains",
    "lr": "les republicains",
}

# Institutions whose name ends in a lowercase word: found even when the model misses them
# ("le président de l'Assemblée nationale", "un avis de la Cour des comptes").
INSTITUTIONS = _items("""
assemblée nationale, banque de france, conseil constitutionnel, conseil d'état, cour des comptes,
cour de cassation, conseil d'etat, union européenne, commission européenne, parlement européen,
conseil européen, banque centrale européenne, nations unies, cour de justice de la république,
parquet national financier, haute autorité de santé, conseil économique social et environnemental,
préfecture de police
""")
# Public bodies whose name is also a common phrase ("la sécurité routière", "l'assurance maladie"):
# organisations only written with a capital ("la Sécurité routière appelle à la prudence").
CAPITALISED_BODIES = _items("""
sécurité routière, assurance maladie, assurance chômage, santé publique france, agence régionale de santé,
pôle emploi, météo-france, sécurité sociale, éducation nationale, sécurité civile, protection civile,
police nationale, gendarmerie nationale, aide sociale à l'enfance, caisse nationale d'assurance maladie,
brigade anticriminalité, brigade de recherche et d'intervention, direction générale de la santé
""")

# Heads of a body named by its portfolio: "ministère de la Culture", "commission des Lois",
# "secrétariat d'État". The portfolio word after them belongs to the organisation's name.
PORTFOLIO_ORG_HEADS = _words("ministère ministères secrétariat commission commissions délégation")
# Heads that name a country's chamber alone ("le Sénat", "l'Assemblée"): never another chamber named in
# full before ("le Sénat américain"), and their left and right are parties of their own ("la droite du Sénat").
CHAMBER_HEADS = _words("sénat assemblée parlement congrès chambre bundestag knesset douma")

# Adjectives of a regime after a state's name: "la Tchécoslovaquie communiste", "l'Allemagne nazie"
# name the place (LOC), the adjective is not part of the name. Never cut after an organisation
# head ("Parti communiste").
REGIME_ADJECTIVES = _words("""
communiste communistes soviétique post-soviétique nazie nazi fasciste franquiste tsariste
impériale impérial coloniale colonial occupée occupé post-communiste
""")

# Named political and social events coined as one word ("Brexit", "Megxit"): works and events
# (MISC), whatever the model says. Any word ending in "xit" is one of these portmanteaus.
EVENT_NAMES = _words("brexit grexit megxit dexit italexit")
EVENT_SUFFIXES = ("xit",)

# Nouns before a name that make "noun + name" a named case or scandal (MISC): "l'affaire Sirocco".
# Only where the model tagged nothing after it: a tagged name keeps its own type ("l'affaire
# Dufresnoy" after "Jean Dufresnoy" names the person, who is the entity).
AFFAIR_HEADS = _words("affaire scandale")

# Trades, folded: "Santiago Ortez, infirmier aux urgences" is a person; "une Youtubeuse" is no name.
TRADE_KEYS = frozenset(fold(t) for t in TRADE_NOUNS)
