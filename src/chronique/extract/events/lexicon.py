"""Event triggers and modality cues, as data.

A trigger entry is ``(lemma, pos, type, mode, condition)``:

- ``lemma``: spaCy's lemma of the trigger word; a multi-word trigger ("remettre en cause",
  "entretien téléphonique") lists its words separated by spaces, the first being the head and
  the others its dependants or the words right after it;
- ``pos``: ``VERB`` or ``NOUN``;
- ``type``: a PLOVER event type, ``mode`` a finer label (or ``None``);
- ``condition``: ``""`` (always a trigger) or a constraint that disambiguates common words:
  ``avec`` (only with an "avec X" partner: "évoquer … avec Olivier Véran"), ``refl`` (only
  reflexive: "se rendre"), ``à`` (only with an "à" complement: "appeler à la grève"),
  ``entity-obj`` (only with a named entity as object: "rejoindre le parti de X"), ``visitor`` (the
  same, the object not a thing received, ``RECEIVED_THINGS``: "recevoir Lula", not "recevoir une
  lettre du Quai d'Orsay"), ``entity-nmod`` (a noun
  only with a named entity as complement: "la critique de Berlin"), ``entity-source`` (only with a
  named entity as subject or agent: "une enquête ouverte par le parquet de Paris"),
  ``judicial`` (only with a judge, the police … as subject or agent: "interrogé par la juge"),
  ``entity-target`` (only with a named entity as object or partner: "promettre à Kiev"), ``verbal``
  ("attaquer": criticism of a person or body, an assault on a place).
  ``s'en-à`` (only in "s'en prendre à X"), ``name-calling`` (only with a quoted or
  "de X" epithet: "traiter X de « menteur »", "qualifier X de dangereux", or a quoted "à" one:
  "comparer X à « des voyous »"), ``addressee`` (only
  with a named entity in an "à X"/"de X" complement: "demander à Kiev de", "exiger de Paris"; or
  with an object naming an act asked for, ``REQUESTED_ACTS``: "demander des excuses"),
  ``penalty`` (a court sentence, or one asked for: a penalty word, ``PENALTY_WORDS``, right after the
  trigger: "condamné à deux ans de prison", "a requis deux ans de prison", not "condamner une attaque"
  nor "requiert l'accord de X"), ``person-target`` (only with a
  person as object or passive subject: "libérer un otage", not "libérer des fonds"),
  ``devant`` (only with a named entity in a "devant X" complement: "une audition devant le Sénat"),
  ``mutual`` (reflexive, with two parties at least: "les deux hommes se retrouveront", not "il s'est
  retrouvé seul"), ``guest`` (a named entity as object and no infinitive after it: "inviter X au
  sommet", not "inviter X à cesser le feu", a request).

Every entry is exercised by ``tests/test_events_lexicon.py`` on a sentence of its own.
"""

from __future__ import annotations

TRIGGERS: tuple[tuple[str, str, str, str | None, str], ...] = (
    # CONSULT: meetings, calls, visits, talks
    ("rencontrer", "VERB", "CONSULT", "meeting", ""),
    ("recevoir", "VERB", "CONSULT", "visit", "visitor"),
    ("accueillir", "VERB", "CONSULT", "visit", "person-target"),  # a person, not "le PSG accueille l'OM"
    ("entretenir", "VERB", "CONSULT", "meeting", "refl"),
    ("téléphoner", "VERB", "CONSULT", "phone", ""),
    ("visiter", "VERB", "CONSULT", "visit", ""),
    ("rendre visite", "VERB", "CONSULT", "visit", ""),
    ("rendre", "VERB", "CONSULT", "visit", "refl"),
    ("concerter", "VERB", "CONSULT", "meeting", ""),
    ("négocier", "VERB", "CONSULT", "negotiation", ""),
    ("discuter", "VERB", "CONSULT", "meeting", "avec"),
    ("évoquer", "VERB", "CONSULT", "meeting", "avec"),
    ("parler", "VERB", "CONSULT", "meeting", "avec"),
    ("échanger", "VERB", "CONSULT", "meeting", "avec"),
    ("réunir", "VERB", "CONSULT", "meeting", "refl"),
    ("retrouver", "VERB", "CONSULT", "meeting", "mutual"),  # "les deux hommes se retrouveront demain"
    ("chuchoter", "VERB", "CONSULT", "meeting", ""),
    ("auditionner", "VERB", "COERCE", "hearing", ""),
    ("sommet", "NOUN", "CONSULT", "summit", ""),
    ("rencontre", "NOUN", "CONSULT", "meeting", ""),
    ("réunion", "NOUN", "CONSULT", "meeting", ""),
    ("visioconférence", "NOUN", "CONSULT", "meeting", ""),  # "une visioconférence co-organisée par X et Y"
    ("vidéoconférence", "NOUN", "CONSULT", "meeting", ""),
    ("entretien téléphonique", "NOUN", "CONSULT", "phone", ""),
    ("appel téléphonique", "NOUN", "CONSULT", "phone", ""),
    ("conversation téléphonique", "NOUN", "CONSULT", "phone", ""),
    ("entretien", "NOUN", "CONSULT", "meeting", "avec"),  # "avec X", or an outlet: "accordé au Point"
    ("interview", "NOUN", "CONSULT", "meeting", "avec"),
    ("discussion", "NOUN", "CONSULT", "meeting", "avec"),
    ("conversation", "NOUN", "CONSULT", "meeting", "avec"),
    ("échange", "NOUN", "CONSULT", "meeting", "avec"),  # "dans un échange avec X", not "un échange de tirs"
    ("visite", "NOUN", "CONSULT", "visit", ""),
    ("déplacement", "NOUN", "CONSULT", "visit", "entity-source"),  # "en déplacement à Lyon", not "les déplacements limités"
    ("négociation", "NOUN", "CONSULT", "negotiation", ""),
    ("pourparlers", "NOUN", "CONSULT", "negotiation", ""),
    ("concertation", "NOUN", "CONSULT", "meeting", ""),
    ("tête-à-tête", "NOUN", "CONSULT", "meeting", ""),
    ("passation", "NOUN", "CONSULT", "meeting", ""),  # "la passation de pouvoirs entre X et Y"
    ("face-à-face", "NOUN", "CONSULT", "debate", ""),
    ("face à face", "NOUN", "CONSULT", "debate", ""),
    # meals and debates between two named people ("a déjeuné avec X", "le débat entre X et Y")
    ("déjeuner", "VERB", "CONSULT", "meal", "avec"),
    ("dîner", "VERB", "CONSULT", "meal", "avec"),
    ("déjeuner", "NOUN", "CONSULT", "meal", "avec"),
    ("dîner", "NOUN", "CONSULT", "meal", "avec"),
    ("débattre", "VERB", "CONSULT", "debate", "avec"),
    ("débat", "NOUN", "CONSULT", "debate", "avec"),
    # hearings before a body ("une audition devant la commission des lois")
    ("audition", "NOUN", "CONSULT", "hearing", "devant"),
    # letters to someone ("a écrit au président", "a adressé une lettre à X", "une lettre à X")
    ("écrire", "VERB", "CONSULT", "letter", "addressee"),
    ("adresser lettre", "VERB", "CONSULT", "letter", ""),
    ("adresser courrier", "VERB", "CONSULT", "letter", ""),
    ("lettre", "NOUN", "CONSULT", "letter", "addressee"),
    ("courrier", "NOUN", "CONSULT", "letter", "addressee"),
    # AGREE: agreements, promises
    ("convenir", "VERB", "AGREE", "agreement", ""),
    ("accorder", "VERB", "AGREE", "agreement", "refl"),
    ("signer", "VERB", "AGREE", "agreement", "entity-obj"),
    ("conclure", "VERB", "AGREE", "agreement", "avec"),
    ("promettre", "VERB", "AGREE", "promise", "entity-target"),
    ("accord", "NOUN", "AGREE", "agreement", ""),
    # SUPPORT: praise, endorsement
    ("féliciter", "VERB", "SUPPORT", "praise", ""),
    ("saluer", "VERB", "SUPPORT", "praise", ""),
    ("remercier", "VERB", "SUPPORT", "praise", ""),
    ("soutenir", "VERB", "SUPPORT", "endorsement", ""),
    ("appuyer", "VERB", "SUPPORT", "endorsement", "entity-obj"),
    ("rendre hommage", "VERB", "SUPPORT", "praise", ""),
    ("encenser", "VERB", "SUPPORT", "praise", "entity-obj"),
    ("défendre", "VERB", "SUPPORT", "endorsement", "entity-obj"),  # "défend la porte-parole", not "défend un texte"
    ("prendre la défense", "VERB", "SUPPORT", "endorsement", ""),
    ("applaudir", "VERB", "SUPPORT", "praise", "entity-obj"),
    ("réjouir", "VERB", "SUPPORT", "praise", "refl"),  # "X se réjouit de la décision de Y"
    ("soutien", "NOUN", "SUPPORT", "endorsement", ""),
    ("éloge", "NOUN", "SUPPORT", "praise", ""),
    ("solidarité", "NOUN", "SUPPORT", "sympathy", ""),  # "a fait part de sa solidarité avec l'Espagne"
    ("condoléance", "NOUN", "SUPPORT", "sympathy", ""),
    ("félicitation", "NOUN", "SUPPORT", "praise", ""),  # "lui a adressé ses félicitations"
    # COOPERATE: joint work, investments, deals
    ("coopérer", "VERB", "COOPERATE", None, ""),
    ("collaborer", "VERB", "COOPERATE", None, ""),
    ("allier", "VERB", "COOPERATE", "alliance", "refl"),
    ("investir", "VERB", "COOPERATE", "investment", ""),
    ("investissement", "NOUN", "COOPERATE", "investment", ""),
    ("partenariat", "NOUN", "COOPERATE", None, ""),
    ("coopération", "NOUN", "COOPERATE", None, ""),
    ("collaboration", "NOUN", "COOPERATE", None, ""),  # "une collaboration entre X et Y"
    ("association", "NOUN", "COOPERATE", "partnership", "avec"),  # "son association avec X", not "l'association X"
    ("inviter", "VERB", "CONSULT", "invitation", "guest"),
    ("invitation", "NOUN", "CONSULT", "invitation", "entity-nmod"),
    ("associer", "VERB", "COOPERATE", "alliance", "refl"),  # "X s'est associé à Y"
    ("alliance", "NOUN", "COOPERATE", "alliance", ""),
    ("contrat", "NOUN", "COOPERATE", "deal", "avec"),  # "un contrat (signé) avec X"
    ("adhérer", "VERB", "COOPERATE", "membership", ""),
    ("rejoindre", "VERB", "COOPERATE", "membership", "entity-obj"),  # "rejoint le parti de X", "rejoint C8"
    ("recruter", "VERB", "COOPERATE", "membership", "entity-obj"),
    ("travailler", "VERB", "COOPERATE", None, "avec"),  # "va travailler avec X"
    ("rallier", "VERB", "SUPPORT", "endorsement", "refl"),  # "se rallier à X"
    # AID
    ("aider", "VERB", "AID", None, "entity-obj"),
    ("livrer", "VERB", "AID", "delivery", "entity-obj"),
    ("financer", "VERB", "AID", "funding", "entity-target"),
    ("prêt", "NOUN", "AID", "loan", "entity-nmod"),
    ("subvention", "NOUN", "AID", "funding", "entity-nmod"),
    ("aide", "NOUN", "AID", None, "entity-nmod"),
    ("accorder asile", "VERB", "AID", "asylum", ""),  # "accorder l'asile à X"
    # RETREAT: resignations, withdrawals
    ("démissionner", "VERB", "RETREAT", "resignation", ""),
    ("retirer", "VERB", "RETREAT", "withdrawal", "refl"),
    ("démission", "NOUN", "RETREAT", "resignation", ""),
    ("retrait", "NOUN", "RETREAT", "withdrawal", "entity-nmod"),
    ("quitter", "VERB", "RETREAT", "withdrawal", "entity-obj"),
    ("désengager", "VERB", "RETREAT", "withdrawal", "refl"),
    ("claquer la porte", "VERB", "RETREAT", "withdrawal", ""),
    ("départ", "NOUN", "RETREAT", "withdrawal", "entity-nmod"),  # "le départ de X", "son départ"
    # CONCEDE
    ("concéder", "VERB", "CONCEDE", None, ""),
    ("céder", "VERB", "CONCEDE", None, ""),
    ("reculer", "VERB", "CONCEDE", None, ""),
    ("reconnaître défaite", "VERB", "CONCEDE", None, ""),  # "X a reconnu sa défaite face à Y"
    ("excuser", "VERB", "CONCEDE", "apology", "refl"),  # "X s'est excusé auprès de Y"
    # releases of a detained person ("X a été libéré", "la libération de X")
    ("libérer", "VERB", "CONCEDE", "release", "person-target"),
    ("élargir", "VERB", "CONCEDE", "release", "person-target"),
    ("gracier", "VERB", "CONCEDE", "release", "person-target"),  # "X a été gracié par le président Y"
    ("libération", "NOUN", "CONCEDE", "release", "entity-nmod"),
    # REQUEST
    ("exhorter", "VERB", "REQUEST", None, ""),
    ("réclamer", "VERB", "REQUEST", None, ""),
    ("implorer", "VERB", "REQUEST", None, ""),
    ("appeler", "VERB", "REQUEST", "appeal", "à"),
    ("appel", "NOUN", "REQUEST", "appeal", "à"),
    ("demander", "VERB", "REQUEST", None, "addressee"),
    ("exiger", "VERB", "REQUEST", None, "addressee"),
    ("presser", "VERB", "REQUEST", None, "entity-obj"),
    # ACCUSE: criticism, accusations, investigations
    ("accuser", "VERB", "ACCUSE", "accusation", ""),
    ("critiquer", "VERB", "ACCUSE", "criticism", ""),
    ("fustiger", "VERB", "ACCUSE", "criticism", ""),
    ("insurger", "VERB", "ACCUSE", "criticism", "refl"),  # "s'insurge contre X"
    ("dénoncer", "VERB", "ACCUSE", "criticism", ""),
    ("reprocher", "VERB", "ACCUSE", "criticism", ""),
    ("blâmer", "VERB", "ACCUSE", "criticism", ""),
    ("sermonner", "VERB", "ACCUSE", "criticism", ""),
    ("réprimander", "VERB", "ACCUSE", "criticism", ""),
    ("conspuer", "VERB", "ACCUSE", "criticism", ""),
    ("épingler", "VERB", "ACCUSE", "criticism", ""),
    ("étriller", "VERB", "ACCUSE", "criticism", ""),
    ("tacler", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("recadrer", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("tancer", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("railler", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("moquer", "VERB", "ACCUSE", "criticism", "refl"),  # "X s'est moqué de Y"
    ("brocarder", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("égratigner", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("dénigrer", "VERB", "ACCUSE", "criticism", "entity-obj"),
    ("insulter", "VERB", "ACCUSE", "insult", ""),
    ("injurier", "VERB", "ACCUSE", "insult", ""),
    ("vilipender", "VERB", "ACCUSE", "criticism", ""),
    ("indigner", "VERB", "ACCUSE", "criticism", "refl"),  # "s'est indigné X": against whom the story is about
    ("agacer", "VERB", "ACCUSE", "criticism", "refl"),
    ("déplorer", "VERB", "ACCUSE", "criticism", "entity-target"),
    ("regretter", "VERB", "ACCUSE", "criticism", "entity-target"),  # "a regretté cette décision de la CGT"
    ("prendre", "VERB", "ACCUSE", "criticism", "s'en-à"),
    ("traiter", "VERB", "ACCUSE", "insult", "name-calling"),
    ("qualifier", "VERB", "ACCUSE", "insult", "name-calling"),
    ("comparer", "VERB", "ACCUSE", "insult", "name-calling"),  # "comparer les juges à « des voyous »"
    ("monter au créneau", "VERB", "ACCUSE", "criticism", ""),
    ("régler ses comptes", "VERB", "ACCUSE", "criticism", "avec"),  # "X règle ses comptes avec Y"
    ("mettre en garde", "VERB", "ACCUSE", "warning", ""),  # "X met en garde Y contre …"
    ("attaquer", "VERB", "ACCUSE", "criticism", "verbal"),
    ("remettre en cause", "VERB", "ACCUSE", "criticism", ""),
    ("mettre en cause", "VERB", "ACCUSE", "accusation", ""),
    ("remise en cause", "NOUN", "ACCUSE", "criticism", ""),
    ("porter plainte", "VERB", "ACCUSE", "complaint", ""),
    ("critique", "NOUN", "ACCUSE", "criticism", "entity-nmod"),
    ("accusation", "NOUN", "ACCUSE", "accusation", ""),
    ("requérir", "VERB", "ACCUSE", "accusation", "penalty"),  # "le parquet a requis 21 ans de prison contre X"
    ("réquisitoire", "NOUN", "ACCUSE", "criticism", ""),
    ("enquête", "NOUN", "ACCUSE", "investigation", "entity-source"),
    ("plainte", "NOUN", "ACCUSE", "complaint", "entity-nmod"),
    ("mise en examen", "NOUN", "ACCUSE", "indictment", ""),
    ("procès", "NOUN", "ACCUSE", "trial", ""),
    # REJECT: refusals, blocks, vetoes
    ("refuser", "VERB", "REJECT", "refusal", ""),
    ("rejeter", "VERB", "REJECT", "refusal", ""),
    ("retoquer", "VERB", "REJECT", "refusal", ""),  # "l'Assemblée retoque le texte de X"
    ("contester", "VERB", "REJECT", "opposition", "no-clause"),  # "le JDD conteste le démenti de X"
    ("bloquer", "VERB", "REJECT", "block", ""),
    ("opposer", "VERB", "REJECT", "opposition", "refl"),
    ("prononcer contre", "VERB", "REJECT", "opposition", "refl"),  # "s'est prononcé contre le texte"
    ("veto", "NOUN", "REJECT", "veto", ""),
    ("voter contre", "VERB", "REJECT", "vote", ""),  # "Le PS votera contre le traité"
    ("refus", "NOUN", "REJECT", "refusal", ""),
    ("fin de non-recevoir", "NOUN", "REJECT", "refusal", ""),  # "opposer une fin de non-recevoir à X"
    ("boycotter", "VERB", "REJECT", "boycott", ""),
    ("motion de censure", "NOUN", "REJECT", "censure", ""),
    ("censurer", "VERB", "REJECT", "censure", ""),  # "le Conseil constitutionnel a censuré la loi"
    ("débouter", "VERB", "REJECT", "ruling", ""),  # "le tribunal a débouté X": his claim refused
    ("saisine", "NOUN", "REQUEST", "referral", "entity-nmod"),  # "la saisine du Conseil d'État"
    # THREATEN
    ("menacer", "VERB", "THREATEN", None, ""),
    ("menace", "NOUN", "THREATEN", None, "entity-nmod"),
    ("ultimatum", "NOUN", "THREATEN", "ultimatum", ""),
    ("mise en demeure", "NOUN", "THREATEN", "ultimatum", ""),
    # PROTEST
    ("manifester", "VERB", "PROTEST", "demonstration", ""),
    ("manifestation", "NOUN", "PROTEST", "demonstration", ""),
    ("grève", "NOUN", "PROTEST", "strike", ""),
    ("fronde", "NOUN", "PROTEST", "revolt", ""),
    ("huer", "VERB", "PROTEST", "boos", ""),
    ("protester", "VERB", "PROTEST", "protest", ""),  # "le Sénat a suspendu ses travaux pour protester contre X"
    ("huée", "NOUN", "PROTEST", "boos", ""),
    ("boycott", "NOUN", "PROTEST", "boycott", ""),
    # SANCTION: sanctions, dismissals, suspensions
    ("sanctionner", "VERB", "SANCTION", None, ""),
    ("sanction", "NOUN", "SANCTION", None, ""),
    ("suspendre", "VERB", "SANCTION", "suspension", "entity-target"),  # not "suspendre la séance"
    ("suspension", "NOUN", "SANCTION", "suspension", ""),
    ("limoger", "VERB", "SANCTION", "dismissal", ""),
    ("licencier", "VERB", "SANCTION", "dismissal", "person-target"),  # a person, not "licencier 200 salariés"
    ("licenciement", "NOUN", "SANCTION", "dismissal", ""),  # of a person (PERSON_PATIENT_MODES)
    ("limogeage", "NOUN", "SANCTION", "dismissal", ""),
    ("révoquer", "VERB", "SANCTION", "dismissal", ""),
    # court sentences ("condamné à cinq ans de prison"), not moral condemnation
    ("condamner", "VERB", "SANCTION", "sentence", "penalty"),
    ("condamnation", "NOUN", "SANCTION", "sentence", "penalty"),
    ("embargo", "NOUN", "SANCTION", "embargo", ""),
    ("expulser", "VERB", "SANCTION", "expulsion", ""),
    ("interdire", "VERB", "SANCTION", "ban", "entity-obj"),
    ("retirer autorisation", "VERB", "SANCTION", "ban", ""),  # "retirer l'autorisation de X"
    ("retirer permis", "VERB", "SANCTION", "ban", ""),
    # MOBILIZE: troops and military moves
    ("déployer", "VERB", "MOBILIZE", "troops", "force"),  # not "déployer des équipes", "les premiers véhicules"
    ("incursion", "NOUN", "MOBILIZE", "incursion", ""),
    ("déploiement", "NOUN", "MOBILIZE", "troops", "force"),
    # COERCE: arrests, seizures, pressure
    ("arrêter", "VERB", "COERCE", "arrest", "entity-obj"),
    ("interpeller", "VERB", "COERCE", "arrest", "entity-obj"),
    ("arrestation", "NOUN", "COERCE", "arrest", ""),
    ("interroger", "VERB", "COERCE", "hearing", "judicial"),
    ("perquisitionner", "VERB", "COERCE", "search", ""),
    ("perquisition", "NOUN", "COERCE", "search", ""),
    ("saisir", "VERB", "COERCE", "seizure", "entity-obj"),
    ("inculper", "VERB", "COERCE", "indictment", ""),
    ("mandat d' arrêt", "NOUN", "COERCE", "arrest", ""),
    ("passage en force", "NOUN", "COERCE", "pressure", ""),
    ("ordonner", "VERB", "COERCE", "order", "addressee"),  # "a ordonné à Google de retirer …"
    ("enjoindre", "VERB", "COERCE", "order", "addressee"),
    # restrictions ordered on a place or its people ("a ordonné la fermeture des bars", "a décrété
    # le confinement de la capitale")
    ("ordonner fermeture", "VERB", "COERCE", "restriction", ""),
    ("ordonner confinement", "VERB", "COERCE", "restriction", ""),
    ("ordonner évacuation", "VERB", "COERCE", "restriction", ""),
    ("décréter confinement", "VERB", "COERCE", "restriction", ""),
    ("imposer confinement", "VERB", "COERCE", "restriction", ""),
    ("imposer couvre-feu", "VERB", "COERCE", "restriction", ""),
    ("décréter couvre-feu", "VERB", "COERCE", "restriction", ""),
    # ASSAULT: attacks, killings
    ("bombarder", "VERB", "ASSAULT", "bombing", ""),
    ("bombardement", "NOUN", "ASSAULT", "bombing", ""),
    ("attaque", "NOUN", "ASSAULT", None, ""),
    ("attentat", "NOUN", "ASSAULT", "bombing", ""),
    ("frappe", "NOUN", "ASSAULT", "strike", ""),
    ("raid", "NOUN", "ASSAULT", "strike", ""),
    ("offensive", "NOUN", "ASSAULT", "offensive", ""),
    ("opération militaire", "NOUN", "ASSAULT", "offensive", ""),
    ("invasion", "NOUN", "ASSAULT", "offensive", ""),
    ("envahir", "VERB", "ASSAULT", "offensive", "entity-obj"),
    ("frapper", "VERB", "ASSAULT", "strike", "entity-source"),
    ("assassiner", "VERB", "ASSAULT", "killing", ""),
    ("assassinat", "NOUN", "ASSAULT", "killing", ""),  # "l'assassinat de X": X is the victim
    ("meurtre", "NOUN", "ASSAULT", "killing", ""),
    ("tuer", "VERB", "ASSAULT", "killing", "entity-source"),  # "tué dans un raid américain"; not a victim alone
    ("agresser", "VERB", "ASSAULT", None, ""),
    # done to a person, the passive subject or the object itself ("X a été violée", "abattue par un
    # policier", "a abattu X"): not "violer la loi", "abattre le troupeau de X", "très abattu, X …"
    ("violer", "VERB", "ASSAULT", "rape", "victim"),
    ("abattre", "VERB", "ASSAULT", "killing", "victim"),
    ("poignarder", "VERB", "ASSAULT", "stabbing", "victim"),
    ("égorger", "VERB", "ASSAULT", "killing", "victim"),
    ("torturer", "VERB", "ASSAULT", "torture", "victim"),
    ("empoisonner", "VERB", "ASSAULT", "poisoning", "victim"),
    ("empoisonnement", "NOUN", "ASSAULT", "poisoning", "entity-nmod"),  # "l'empoisonnement de X"
    ("vandalisme", "NOUN", "ASSAULT", "vandalism", ""),
    # wars between named parties ("la guerre entre X et Y", "le conflit avec X")
    ("guerre", "NOUN", "ASSAULT", "war", "avec"),
    ("conflit", "NOUN", "ASSAULT", "war", "avec"),
)

# Objects that make "demander"/"exiger" a request without a named addressee ("demander le
# retrait du texte", "exiger des excuses"): acts asked of someone. A noun trigger among them
# ("retrait", "libération") names what is asked, not an event of its own.
REQUESTED_ACTS = frozenset({
    "excuse", "excuses", "retrait", "libération", "démission", "départ", "explication", "explications",
    "abandon", "annulation", "suspension", "arrêt", "gel", "report", "levée", "extradition", "réouverture",
    "ouverture", "fermeture", "enquête", "sanction", "sanctions", "arrestation",
})
# Governors whose noun object is asked for, not reported ("réclame sa libération").
REQUEST_GOVERNORS = frozenset({"demander", "exiger", "réclamer"})
# Words naming a court penalty; ``penalty`` triggers need one within PENALTY_WINDOW characters
# after them ("condamné lundi à des peines de deux à cinq ans de prison ferme"): 80 covers a date
# and an adverb between the verb and the sentence, calibrated on news sentences.
PENALTY_WORDS = ("prison", "peine", "amende", "sursis", "réclusion", "perpétuité", "ans ferme", "mois ferme",
                 "travaux d'intérêt", "inéligibilité", "détention")
PENALTY_WINDOW = 80
# Verbs whose subject carries out the attack their object names ("a mené une attaque", "a revendiqué
# l'attentat"); another verb's subject ("a dénoncé l'attentat", "s'est rendu sur les lieux de
# l'attaque") only talks about it.
ASSAULT_LIGHT_VERBS = frozenset({
    "mener", "lancer", "commettre", "perpétrer", "revendiquer", "conduire", "organiser", "effectuer",
    "déclencher", "poursuivre", "intensifier", "multiplier", "préparer", "planifier", "ordonner",
    "reprendre", "étendre", "engager", "livrer", "entamer", "accélérer",
})
# Words that make an attack a figure of speech ("une offensive médiatique", "l'opération de charme").
FIGURATIVE_MODIFIERS = frozenset({"médiatique", "médiatiques", "diplomatique", "diplomatiques", "politique",
                                  "politiques", "commerciale", "commerciales", "juridique", "judiciaire",
                                  "verbale", "verbales", "charme", "séduction", "communication"})
# Nouns whose "de" complement names who acts ("les critiques de X", "le soutien de X", "l'aide du
# G7", "la démission de X"): the subject of the verb they hang on does not act (it is aimed at, or
# takes part). Not what is done to someone ("la mise en examen de X") nor meetings ("la rencontre de X").
OWNER_ACTS_NOUNS = frozenset({"accusation", "plainte", "critique", "remise en cause", "subvention", "prêt", "aide",
                              "soutien", "solidarité", "condoléance", "démission", "retrait", "départ", "refus",
                              "fin de non-recevoir", "veto", "appel", "ultimatum", "menace"})
# Modes of acts done to someone, whose "de X" complement names who undergoes them ("l'arrestation
# de X", "le limogeage de Y"); "par X" names who does them.
PATIENT_MODES = frozenset({"arrest", "dismissal", "suspension", "search", "sentence", "release", "killing",
                           "poisoning", "indictment"})
# ... those only a person undergoes.
PERSON_PATIENT_MODES = frozenset({"killing", "dismissal", "poisoning"})
# Modes whose "devant X" complement names the body before which they take place ("le procès
# devant la cour d'assises", "une audition devant le Sénat").
BEFORE_MODES = frozenset({"trial", "hearing"})
# Modes of events done to someone, kept with a named target alone ("X a été libéré", "le
# procès de X"), like ``DONE_TO_TARGET_TYPES``.
DONE_TO_TARGET_MODES = frozenset({"release", "trial"})
# Possessive determiners naming the person an event noun is about ("son arrestation", "sa
# démission"): resolved by ``Resolver.possessor`` (a person of the sentence, else the protagonist).
POSSESSIVES = frozenset({"son", "sa", "ses"})
# Nouns of the prepositional locutions of place ("à la sortie de", "aux abords de", "au pied de"):
# the names inside say where an event happens, not whom it is aimed at.
PLACE_LOCUTION_NOUNS = frozenset({
    "sortie", "entrée", "abord", "abords", "pied", "bord", "coin", "centre", "cœur", "milieu", "proximité",
    "hauteur", "niveau", "intérieur", "extérieur", "angle", "bout", "lisière", "porte", "portes", "large",
})
# Types done to someone (as ``DONE_TO_TARGET_TYPES``) or by oneself, whose possessive names the
# one the event is about ("son arrestation", "sa démission"); for others ("son soutien", "sa
# visite") the possessor is too often not a named party (set on gold/dev and held-out OrangeSum).
POSSESSIVE_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "ACCUSE", "THREATEN", "RETREAT", "CONCEDE"})

# Governing verbs that make the event they govern planned ("doit rencontrer", "prévoit de",
# "se rendra" is the future tense itself), attempted, or hypothetical.
# Calls and threats: the event they ask for or threaten is planned ("appelle à des sanctions",
# "exige un embargo", "menace la Russie de sanctions").
CALL_GOVERNORS = frozenset({"appeler", "exiger", "réclamer", "demander", "menacer", "plaider", "exhorter"})
PLANNED_GOVERNORS = CALL_GOVERNORS | frozenset({
    "devoir", "prévoir", "envisager", "compter", "aller", "promettre", "apprêter", "projeter",
    "programmer", "planifier", "préparer", "viser",  # "un plan visant à sanctionner X"
})
# Marks of an infinitive of purpose: "s'allier pour sanctionner X" (see ``modality._purpose``).
PURPOSE_MARKS = frozenset({"pour", "afin"})
ATTEMPT_GOVERNORS = frozenset({"tenter", "essayer", "chercher", "tâcher", "efforcer"})
# Governing verbs that deny the act they govern: "a refusé de recevoir X" (no meeting took place).
REFUSAL_GOVERNORS = frozenset({"refuser", "renoncer"})
HYPOTHETICAL_GOVERNORS = frozenset({"pouvoir"})  # in the conditional: "pourrait rencontrer"
# Words that modify a nominal trigger into a planned one ("le prochain sommet", "en préparation").
PLANNED_NOUN_CUES = frozenset({"prochain", "prochaine", "préparation", "prévu", "prévue", "futur", "future",
                               "programmé", "programmée", "annoncé", "annoncée"})
NEGATION_WORDS = frozenset({"pas", "jamais", "guère", "aucunement", "nullement", "point"})
NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
# "a tenté de … en vain", "sans succès": the attempt failed.
FAILURE_CUES = ("en vain", "sans succès", "sans y parvenir")

# Words that make a "judicial" trigger an event: questioned by a judge or the police is a
# hearing (COERCE); questioned by a newspaper is an interview, which is not reported as an event.
JUDICIAL_WORDS = frozenset({
    "juge", "juges", "magistrat", "magistrate", "magistrats", "enquêteur", "enquêteurs", "police",
    "policiers", "gendarmes", "gendarmerie", "parquet", "procureur", "procureure", "douane",
    "douanes", "tribunal", "cour", "justice", "instruction", "brigade", "commission",
})
# Left contexts that make a trigger word part of a fixed expression ("à l'aide de": with).
BLOCKED_LEFT: dict[str, tuple[str, ...]] = {
    "aide": ("à l'", "à l’", "a l'"),
    "visite": ("droit de ",),
    "appel": ("faire ",),
    "accord": ("d'", "d’"),  # "d'accord ?": agreed, not an agreement between parties
    "soutien": ("comité de ",),  # "son comité de soutien": a group of supporters, not an act
    "départ": ("âge de ", "point de ", "date de ", "heure de "),  # "l'âge de départ à la retraite": a kind
    "déplacement": ("frais de ", "coûts de ", "coût de ", "surcoûts de ", "surcoût de "),  # an expense, no visit
    "accusation": ("chefs d'", "chef d'", "chefs d’", "chef d’"),  # "quatre chefs d'accusation": the charges
}
# Objects of "recevoir" that are things received, not visitors ("a reçu une lettre de X").
RECEIVED_THINGS = frozenset({
    "lettre", "courrier", "missive", "message", "appel", "coup", "sms", "mail", "e-mail", "courriel", "colis",
    "menace", "mise", "avertissement", "rappel", "réponse", "invitation", "ordre", "consigne", "instruction",
    "amende", "sanction", "prix", "récompense", "distinction", "décoration", "médaille", "trophée", "plainte",
    "convocation", "notification", "avis", "feu", "aide", "don", "somme", "financement", "subvention", "vaccin",
    "dose", "note", "rapport", "document", "dossier", "livraison", "commande", "demande", "offre", "proposition",
    "félicitation", "aval", "accord", "approbation", "assurance", "garantie", "hommage",
})
# Right contexts that make a trigger part of an idiom ("accuser le coup": to reel).
BLOCKED_RIGHT: dict[str, tuple[str, ...]] = {
    "accuser": (" le coup",),
    "saisir": (" l'occasion", " l’occasion", " la balle au bond"),
    "recevoir": (" le soutien", " l'appui"),
    "conclure": (" à ", " au ", " aux "),  # "les laboratoires ont conclu à un empoisonnement": a finding
    "rendre": (" compte",),  # "s'est rendu compte": realised, not went somewhere
    "associer": (" à la douleur", " à la peine", " au deuil", " au chagrin", " à l'hommage", " à l’hommage"),
    "suspension": (" de séance", " des travaux", " de la séance"),  # a pause in a sitting, no sanction
    # "menacé de rupture": at risk of, nobody threatens
    "menacer": (" de rupture", " de disparition", " de fermeture", " d'extinction", " d’extinction", " de faillite",
                " de saturation", " de pénurie", " de submersion"),
}
# Participles of reading or revealing a document ("une plainte consultée par l'AFP", "un rapport
# révélé par Le Monde"): their agent is who reports on it, not a party to it.
DOCUMENT_ACCESS_VERBS = frozenset({"consulter", "lire", "voir", "révéler", "dévoiler", "citer", "rapporter",
                                   "relayer"})
# Verbs of asking someone "à X de …" ("a demandé à Berlin de fournir des preuves").
ASKING_VERBS = frozenset({"demander", "réclamer", "enjoindre", "ordonner", "conseiller", "proposer", "suggérer"})
# Nouns of the locutions of one's own side ("a écrit de son côté X", "de sa part"): no addressee.
OWN_SIDE_NOUNS = frozenset({"côté", "part"})
# Verbs of addressing someone with "à" ("écrire à X", "s'adresser au ministre"): asking, as their
# purpose ("… pour demander"), asks that person.
ADDRESSING_VERBS = frozenset({"écrire", "adresser", "téléphoner", "envoyer", "parler"})
# Trigger words that also open compounds naming a person or a thing, split by the tokenizer at
# the hyphen ("aide-soignante", "aide-ménagère", "aide-mémoire"): no act there. Compounds whose
# head comes first keep their trigger ("accord-cadre", "rencontre-clé").
COMPOUND_NOT_TRIGGER_WORDS = frozenset({"aide", "aides"})
# Participles that give an interview to an outlet: "un entretien accordé au Point", "une interview
# publiée sur le site du Parisien" (the outlet takes part, as a meeting's partner does).
INTERVIEW_VERBS = frozenset({"accorder", "donner", "publier", "diffuser", "paraître"})
INTERVIEW_NOUNS = frozenset({"entretien", "interview"})

# Objects that turn a trigger into another verb: "a accusé une baisse des ventes" (showed a
# decline), not an accusation. Lemma of the trigger → lemmas of its direct object.
# "saisir" a court or a council is referring a matter to it (REQUEST), not a seizure: the first
# word of the object's name says which.
REFERRAL_BODIES = frozenset({"conseil", "cour", "tribunal", "justice", "défenseur", "défenseure", "cnil",
                             "autorité", "commission", "médiateur", "parquet", "juge", "procureur", "arcom", "csa",
                             "sages"})

BLOCKED_OBJECTS: dict[str, frozenset[str]] = {
    "accuser": frozenset({"baisse", "recul", "repli", "chute", "perte", "déficit", "retard", "hausse", "coup",
                          "réception", "fléchissement", "ralentissement"}),
}

# "sur X" names the place of these events ("des frappes sur Alep", "une manifestation sur la
# place Bellecour") ...
SUR_PLACE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "PROTEST"})
# ... and the topic or target of these ("critiqué sur la Chine", "des sanctions sur la Russie"),
# even before a bare place name; for other types a bare city name after "sur" is a place
# ("ils se sont vus sur Biarritz", colloquial).
SUR_TOPIC_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "REJECT", "COERCE", "SUPPORT", "AGREE"})
# ... of which these are done to what "sur X" names ("des sanctions sur la Russie", "une pression
# sur Kiev", "des frappes sur Alep").
SUR_TARGET_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
# Infinitives after "inviter X à" that keep it an invitation ("à venir à Paris"), not a request.
GUEST_VERBS = frozenset({"venir", "participer", "assister", "rendre", "rejoindre", "déjeuner", "dîner", "visiter"})
# Verbs of a noun event taking place, whose "entre"/"avec" complements are its parties.
OCCURRENCE_VERBS = frozenset({"tenir", "avoir", "dérouler", "prévoir", "débuter", "commencer", "ouvrir",
                              "reprendre", "poursuivre", "organiser"})
# Types whose "à" complement, when it is a country, is the addressee: "a demandé à l'Italie de …",
# "reproche au Portugal", "a ordonné à la France de verser".
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AID", "AGREE", "COERCE"})

# Verbs of a participle naming whom an act aims at: "une enquête visant X", "des sanctions ciblant Y".
TARGETING_VERBS = frozenset({"viser", "cibler", "concerner"})
# Verbs of a relative clause on an attack noun that name its victims ("l'attentat qui a tué X").
VICTIM_VERBS = frozenset({"tuer", "blesser", "coûter", "viser", "cibler", "frapper"})
# Modes of events between two parties only: an investigation whose target is not named is aimed at
# the person or body the headline puts at the centre of the story (else the person the story
# mentions most); with nobody to aim at, it is no interaction.
TWO_PARTY_MODES = frozenset({"investigation"})
# Types of a verb judging an act named by its object ("dénonce les sanctions", "salue l'accord"):
# its subject judges the act, it is not the act's actor.
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Verbs whose passive subject (or object) is charged with a crime: "X est accusé du meurtre de Y",
# "X a été condamné pour l'assassinat de Y", "mis en examen pour le viol de Y" — X did it, as charged
# (not "jugé pour", "interpellé pour": a trial or an arrest charges no one yet).
CHARGE_VERBS = frozenset({"accuser", "soupçonner", "suspecter", "condamner", "inculper", "écrouer", "mettre"})
# Types whose passive subject undergoes the act even without an agent ("X est accusé de …", "X a
# été critiqué"): the one accused or criticised, not the accuser.
PASSIVE_PATIENT_TYPES = frozenset({"ACCUSE"})
# Types of events done to someone, reported even when the actor is unnamed ("la police a
# interpellé X", "X a été accusé"); other types need a named actor or two named targets.
DONE_TO_TARGET_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "ACCUSE", "THREATEN"})

# Heads of noun phrases naming an institution by its place ("le parquet de Nanterre", "le
# gouvernement de la France"): as a subject, the place stands for the actor.
INSTITUTION_HEADS = frozenset({
    "parquet", "tribunal", "cour", "gouvernement", "ministère", "mairie", "préfecture", "armée",
    "police", "justice", "conseil", "assemblée", "parlement", "présidence", "ambassade", "état",
    "région", "ville", "commune", "département", "autorités", "diplomatie", "municipalité",
})
# Heads of noun phrases whose nationality adjective names the country acting through them ("le
# gouvernement français", "les troupes russes"); a private person's nationality ("un touriste
# français") does not make the country take part.
ACTING_BODY_HEADS = INSTITUTION_HEADS | frozenset({
    "armée", "armées", "forces", "soldats", "troupes", "aviation", "marine", "militaires", "régime",
    "pouvoir", "exécutif", "dirigeants", "diplomates", "diplomate", "délégation", "services",
    "président", "présidente", "ministre", "chef", "chancelier", "chancelière", "ambassadeur",
    "ambassadrice", "autorité", "gouvernements", "policiers", "douaniers",
})

# What a deployment moves (``force`` triggers need one in their object, passive subject or "de"
# complement): troops, police and their machines, not "des équipes" of a TV channel or "les premiers
# véhicules" of a company.
FORCE_NOUNS = frozenset({
    "soldat", "troupe", "militaire", "armée", "policier", "gendarme", "crs", "marine", "navire",
    "porte-avions", "frégate", "sous-marin", "destroyer", "missile", "char", "blindé", "bombardier", "drone",
    "contingent", "renfort", "effectif", "casque", "bataillon", "brigade", "régiment", "batterie", "homme",
    "parachutiste", "légionnaire",
})

# Verbs whose object does what their infinitive says ("convaincre X de soutenir", "appeler X à
# sanctionner", "demander à X de rencontrer"): X is the infinitive's actor.
OBJECT_CONTROL_VERBS = frozenset({
    "convaincre", "persuader", "pousser", "inciter", "inviter", "exhorter", "appeler", "encourager",
    "obliger", "forcer", "contraindre", "autoriser", "charger", "sommer", "presser", "prier",
    "demander", "enjoindre", "engager", "aider",
})

# Adjectives that make a noun name another event than the one named before with the same word.
OTHER_INSTANCE_WORDS = frozenset({"nouveau", "nouvelle", "autre", "second", "seconde", "deuxième",
                                  "troisième", "énième", "dernier", "dernière", "prochain", "prochaine"})

# Left contexts a trigger needs: "s'en prendre à X" (attack verbally), not "prendre".
REQUIRED_LEFT: dict[str, tuple[str, ...]] = {
    "prendre": ("s'en ", "s’en ", "en "),
}
# Nouns that name people, not an event, in the plural ("ses soutiens": supporters).
NOT_EVENT_PLURALS = frozenset({"soutien"})
# Right contexts of "attaquer" that make it a lawsuit (ACCUSE) even against a place.
LEGAL_CUES = ("en justice", "devant les tribunaux", "devant le tribunal", "devant la justice", "en diffamation")
# Triggers that are also speech verbs: when they introduce a quotation ("…, a déploré X") the
# quotation is the statement, not an event.
SPEECH_TRIGGERS = frozenset({"déplorer", "regretter"})
# Acts that speech carries ("dénonce", "salue", "réclame", "rejette"): when the parse gives no
# target, the person or body the speaker's words are about is the target: the first one named
# in the quotation the trigger introduces, or the owner of a possessive object ("fustige son
# manque de réaction").
SPEECH_TARGET_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})

# Demonstratives that make an event noun name again an event already told ("ce départ", "cette
# arrestation"): merged into that event, or dropped when its first telling was not caught.
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# Complements of a light verb naming whom an event noun subject is aimed at ("des sanctions ont
# été prises contre X").
AGAINST_CASES = frozenset({"contre", "envers"})
# Nouns of a request whose "de X" names who asks: the target of a refusal to meet it ("a refusé de
# donner suite à la demande de Paris").
REQUEST_NOUNS = frozenset({"demande", "requête", "exigence", "ultimatum", "injonction"})

# Criticism and praise told by a verb without a named object ("X dénonce des « actes
# d'obscurantisme »", "Y a salué la décision"): their target is the person or body the headline
# puts at the centre of the story, when it names one other than the source.
HEADLINE_TARGET_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# ... unless the criticism or praise is aimed at an act named by a bare noun ("une démarche que
# soutient X", "X salue cette initiative", "X dénonce ces propos"): the act is that of whoever the
# article reported last, before the sentence, as speaking or acting.
ACT_NOUNS = frozenset({"démarche", "initiative", "décision", "proposition", "geste", "annonce", "choix",
                       "propos", "déclaration", "démarches", "initiatives", "décisions", "propositions",
                       "gestes", "annonces", "déclarations", "sortie", "attitude", "position", "appel",
                       "demande", "requête", "offre", "idée", "intervention", "mesure", "mesures"})

# "Interrogée dimanche sur France 3, X a rappelé …", "Invité au micro de RTL, X …": a person
# interviewed on a channel, told by a participle opening the sentence or after the person's name
# (CONSULT, "interview"); "Interrogé par Le Monde, X n'a pas souhaité réagir" is a request for
# comment, no event — "Interviewé par Le Monde" is an interview.
INTERVIEW_PARTICIPLES = frozenset({"interrogé", "interrogée", "interrogés", "interrogées", "interviewé",
                                   "interviewée", "interviewés", "interviewées", "invité", "invitée"})
INTERVIEWED_BY_PARTICIPLES = frozenset({"interviewé", "interviewée", "interviewés", "interviewées"})
INTERVIEW_CASES = frozenset({"sur", "à", "au", "dans"})
# Nouns between a speech verb and the outlet that interviewed the speaker ("a déclaré X au micro
# de RTL", "dans les colonnes du Parisien", "dans un entretien au JDD"); see ``interviews``.
INTERVIEW_PATH_NOUNS = INTERVIEW_NOUNS | {"micro", "antenne", "colonne", "colonnes", "plateau", "émission",
                                         "matinale"}
