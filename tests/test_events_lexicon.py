"""Every trigger of the event lexicon fires, through the real pipeline, on a sentence of its own.

Sentences are generated from the entry (its lemma, part of speech and condition) with two
people and a place, or hand-written where French needs another construction. A trigger that
spaCy lemmatises differently, or whose condition never holds, fails here.
"""

from __future__ import annotations

import pytest

from chronique.extract.events import lexicon as lx

# Entries that read better (or only work) in a sentence of their own.
SENTENCES: dict = {
    "rendre visite": "Emmanuel Macron a rendu visite à Olaf Scholz à Berlin.",
    "requérir": "Le procureur Emmanuel Macron a requis deux ans de prison contre Olaf Scholz.",
    "déplacement": "Emmanuel Macron, en déplacement à Berlin, a salué la coopération.",
    "ordonner": "Le Conseil d'État a ordonné à Google de retirer ces contenus.",
    "enjoindre": "Le Conseil d'État a enjoint à Google de retirer ces contenus.",
    "rendre": "Emmanuel Macron s'est rendu à Berlin avec Olaf Scholz.",
    "rendre hommage": "Emmanuel Macron a rendu hommage à Olaf Scholz à Berlin.",
    "régler ses comptes": "Emmanuel Macron règle ses comptes avec Olaf Scholz.",
    "entretenir": "Emmanuel Macron s'est entretenu avec Olaf Scholz à Berlin.",
    "accorder": "Emmanuel Macron et Olaf Scholz se sont accordés à Berlin.",
    "allier": "Emmanuel Macron s'est allié avec Olaf Scholz.",
    "réunir": "Emmanuel Macron s'est réuni avec Olaf Scholz à Berlin.",
    "retrouver": "Emmanuel Macron et Olaf Scholz se sont retrouvés à Berlin.",
    "retirer": "Emmanuel Macron s'est retiré de la course face à Olaf Scholz.",
    "opposer": "Emmanuel Macron s'est opposé à Olaf Scholz à Berlin.",
    "remettre en cause": "Emmanuel Macron a remis en cause Olaf Scholz.",
    "mettre en cause": "Emmanuel Macron a mis en cause Olaf Scholz.",
    "porter plainte": "Emmanuel Macron a porté plainte contre Olaf Scholz.",
    "appeler": "Emmanuel Macron a appelé Olaf Scholz à la retenue.",
    "appel": "L'appel d'Emmanuel Macron à la retenue a été entendu par Olaf Scholz.",
    "interroger": "La juge Claire Dupont a interrogé Olaf Scholz à Berlin.",
    "auditionner": "Olaf Scholz a été auditionné par la juge Claire Dupont.",
    "promettre": "Emmanuel Macron a promis à Olaf Scholz une aide rapide.",
    "quitter": "Emmanuel Macron a quitté Olaf Scholz à Berlin.",
    "attaquer": "Emmanuel Macron a attaqué Olaf Scholz.",
    "huer": "Emmanuel Macron a été hué par les partisans d'Olaf Scholz.",
    "huée": "Les huées des partisans d'Olaf Scholz ont accueilli Emmanuel Macron.",
    "manifester": "Les partisans d'Olaf Scholz ont manifesté contre Emmanuel Macron à Berlin.",
    "déployer": "Emmanuel Macron a déployé des soldats à Berlin.",
    "livrer": "Emmanuel Macron a livré des armes à l'Ukraine.",
    "aide": "L'aide d'Emmanuel Macron à l'Ukraine est arrivée.",
    "critique": "La critique d'Emmanuel Macron contre Olaf Scholz a surpris.",
    "menace": "La menace d'Emmanuel Macron contre Olaf Scholz a surpris.",
    "plainte": "La plainte d'Emmanuel Macron contre Olaf Scholz a été déposée.",
    "retrait": "Le retrait d'Emmanuel Macron a surpris Olaf Scholz.",
    "enquête": "Le parquet de Paris a ouvert une enquête contre Olaf Scholz.",
    "mise en examen": "La mise en examen d'Emmanuel Macron a surpris Olaf Scholz.",
    "remise en cause": "La remise en cause d'Emmanuel Macron par Olaf Scholz a surpris.",
    "entretien": "Emmanuel Macron a eu un entretien avec Olaf Scholz à Berlin.",
    "saisir": "La police d'Emmanuel Macron a saisi Olaf Scholz.",
    "arrêter": "La police a arrêté Olaf Scholz à Berlin.",
    "interpeller": "La police a interpellé Olaf Scholz à Berlin.",
    "chuchoter": "Emmanuel Macron a chuchoté à l'oreille d'Olaf Scholz.",
    "céder": "Emmanuel Macron a cédé face à Olaf Scholz.",
    "reculer": "Emmanuel Macron a reculé face à Olaf Scholz.",
    "reconnaître défaite": "Emmanuel Macron a reconnu sa défaite face à Olaf Scholz.",
    "moquer": "Emmanuel Macron s'est moqué d'Olaf Scholz à Berlin.",
    "concéder": "Emmanuel Macron a concédé la victoire à Olaf Scholz.",
    "démissionner": "Emmanuel Macron a démissionné du gouvernement d'Olaf Scholz.",
    "investir": "Emmanuel Macron a investi avec Olaf Scholz dans une usine à Berlin.",
    "adhérer": "Emmanuel Macron a adhéré au parti d'Olaf Scholz.",
    "tancer": "Emmanuel Macron a tancé Olaf Scholz à Berlin.",
    "railler": "Emmanuel Macron a raillé Olaf Scholz à Berlin.",
    "brocarder": "Emmanuel Macron a brocardé Olaf Scholz à Berlin.",
    "égratigner": "Emmanuel Macron a égratigné Olaf Scholz à Berlin.",
    "dénigrer": "Emmanuel Macron a dénigré Olaf Scholz à Berlin.",
    "encenser": "Emmanuel Macron a encensé Olaf Scholz à Berlin.",
    "défendre": "Emmanuel Macron a défendu Olaf Scholz à Berlin.",
    "prendre la défense": "Emmanuel Macron a pris la défense d'Olaf Scholz à Berlin.",
    "indigner": "Emmanuel Macron s'est indigné contre Olaf Scholz.",
    "agacer": "Emmanuel Macron s'est agacé contre Olaf Scholz.",
    "applaudir": "Emmanuel Macron a applaudi Olaf Scholz à Berlin.",
    "réjouir": "Emmanuel Macron s'est réjoui de la victoire d'Olaf Scholz.",
    "mettre en garde": "Emmanuel Macron a mis en garde Olaf Scholz contre un repli.",
    "censurer": "Le Conseil constitutionnel a censuré la loi Avia.",
    "contester": "Emmanuel Macron conteste le démenti d'Olaf Scholz à Berlin.",
    "débouter": "Le tribunal de Paris a débouté Olaf Scholz mardi.",
    "assassinat": "L'assassinat d'Olaf Scholz à Berlin a été revendiqué par Emmanuel Macron.",
    "meurtre": "Le meurtre d'Olaf Scholz à Berlin a choqué Emmanuel Macron.",
    "protester": "Le Sénat a suspendu ses travaux pour protester contre Olaf Scholz.",
    "saisine": "Emmanuel Macron a annoncé la saisine du Conseil constitutionnel.",
    "tacler": "Emmanuel Macron a taclé Olaf Scholz à Berlin.",
    "recadrer": "Emmanuel Macron a recadré Olaf Scholz à Berlin.",
    "rejoindre": "Emmanuel Macron a rejoint le parti d'Olaf Scholz.",
    "recruter": "Emmanuel Macron a recruté Olaf Scholz à Berlin.",
    "travailler": "Emmanuel Macron va travailler avec Olaf Scholz à Berlin.",
    "rallier": "Emmanuel Macron s'est rallié à Olaf Scholz.",
    "téléphoner": "Emmanuel Macron a téléphoné à Olaf Scholz.",
    "négocier": "Emmanuel Macron a négocié avec Olaf Scholz à Berlin.",
    "concerter": "Emmanuel Macron s'est concerté avec Olaf Scholz à Berlin.",
    "boycotter": "Emmanuel Macron a boycotté le sommet d'Olaf Scholz.",
    "coopérer": "Emmanuel Macron a coopéré avec Olaf Scholz.",
    "collaborer": "Emmanuel Macron a collaboré avec Olaf Scholz.",
    "associer": "Le groupe Renault s'est associé à la société Nissan pour ce projet.",
    "collaboration": "La collaboration entre la société Renault et la société Nissan a duré dix ans.",
    "implorer": "Emmanuel Macron implore Olaf Scholz de venir.",
    "exhorter": "Emmanuel Macron a exhorté Olaf Scholz à agir.",
    "réclamer": "Emmanuel Macron a réclamé à Olaf Scholz des excuses.",
    "financer": "La Banque mondiale va financer le port du Sénégal.",
    "prêt": "Le prêt de la Banque mondiale au Sénégal a été signé.",
    "subvention": "La subvention de l'Union européenne à la Grèce a été versée.",
    "désengager": "Le Royaume-Uni veut se désengager de l'OTAN.",
    "claquer la porte": "Emmanuel Macron a claqué la porte du parti d'Olaf Scholz.",
    "demander": "Emmanuel Macron a demandé à Olaf Scholz de venir à Berlin.",
    "exiger": "Emmanuel Macron exige d'Olaf Scholz des explications.",
    "presser": "Emmanuel Macron a pressé Olaf Scholz de conclure.",
    "déplorer": "Marine Tondelier a déploré l'attitude de Gérald Darmanin.",
    "regretter": "Marine Tondelier a regretté cette décision de Gérald Darmanin.",
    "prendre": "Emmanuel Macron s'en est pris à Olaf Scholz.",
    "traiter": "Emmanuel Macron a traité Olaf Scholz de « lâche ».",
    "qualifier": "Emmanuel Macron a qualifié Olaf Scholz d'« irresponsable ».",
    "comparer": "Emmanuel Macron a comparé Olaf Scholz à « un pompier pyromane ».",
    "monter au créneau": "Emmanuel Macron est monté au créneau contre Olaf Scholz.",
    "interdire": "Le préfet a interdit le rassemblement de Greenpeace à Lyon.",
    "retirer autorisation": "Anne Hidalgo a retiré l'autorisation de la société Uber.",
    "retirer permis": "Anne Hidalgo a retiré le permis de la société Uber.",
    "raid": "Le raid de l'armée russe contre Kharkiv a fait dix morts.",
    "frapper": "La Russie a frappé des positions de l'armée ukrainienne à Kharkiv.",
    "débattre": "Emmanuel Macron a débattu avec Olaf Scholz sur France 2.",
    "face-à-face": "Emmanuel Macron a critiqué Olaf Scholz lors d'un face-à-face sur TF1.",
    "face à face": "Emmanuel Macron a répondu à Olaf Scholz dans un face à face télévisé.",
    ("dîner", "VERB"): "Emmanuel Macron a dîné avec Olaf Scholz à Berlin.",
    ("déjeuner", "VERB"): "Emmanuel Macron a déjeuné avec Olaf Scholz à Berlin.",
    ("dîner", "NOUN"): "Le dîner entre Emmanuel Macron et Olaf Scholz a eu lieu à Berlin.",
    ("déjeuner", "NOUN"): "Le déjeuner entre Emmanuel Macron et Olaf Scholz a eu lieu à Berlin.",
    "audition": "Emmanuel Macron s'est expliqué lors d'une audition devant le Sénat.",
    "écrire": "Emmanuel Macron a écrit à Olaf Scholz.",
    "adresser lettre": "Emmanuel Macron a adressé une lettre à Olaf Scholz.",
    "adresser courrier": "Emmanuel Macron a adressé un courrier à Olaf Scholz.",
    "lettre": "La lettre d'Emmanuel Macron à Olaf Scholz a été publiée.",
    "courrier": "Le courrier d'Emmanuel Macron à Olaf Scholz a été publié.",
    "contrat": "Le contrat signé par la société Airbus avec la Pologne prévoit dix avions.",
    "départ": "Le départ d'Emmanuel Macron a surpris Olaf Scholz.",
    "libérer": "Le journaliste Olaf Scholz a été libéré par l'Iran.",
    "élargir": "Le chercheur Olaf Scholz a été élargi par les autorités de l'Iran.",
    "libération": "La libération d'Olaf Scholz a été annoncée à Berlin.",
    "procès": "Le procès d'Olaf Scholz s'ouvre devant le tribunal de Berlin.",
    "fronde": "Emmanuel Macron mène la fronde contre Olaf Scholz.",
    "condamner": "Olaf Scholz a été condamné à deux ans de prison par le tribunal de Berlin.",
    "condamnation": "La condamnation d'Olaf Scholz à une lourde amende a été confirmée.",
    "mandat d' arrêt": "Un mandat d'arrêt a été émis contre Olaf Scholz.",
    "guerre": "La guerre entre la Russie et l'Ukraine dure depuis des années.",
    "conflit": "Le conflit entre l'Éthiopie et l'Érythrée a duré deux ans.",
    "accueillir": "Olaf Scholz a été accueilli par Emmanuel Macron à l'Élysée.",
    "échange": "Emmanuel Macron a eu un échange avec Olaf Scholz à Berlin.",
    "accorder asile": "Emmanuel Macron a accordé l'asile à Olaf Scholz.",
    "excuser": "Emmanuel Macron s'est excusé auprès d'Olaf Scholz.",
    "fin de non-recevoir": "Emmanuel Macron a opposé une fin de non-recevoir à Olaf Scholz.",
    "ordonner fermeture": "Olaf Scholz a ordonné la fermeture des bars de Berlin.",
    "ordonner confinement": "Olaf Scholz a ordonné le confinement de Berlin.",
    "ordonner évacuation": "Olaf Scholz a ordonné l'évacuation de Berlin.",
    "décréter confinement": "Olaf Scholz a décrété le confinement de Berlin.",
    "imposer confinement": "Olaf Scholz a imposé le confinement à Berlin.",
    "imposer couvre-feu": "Olaf Scholz a imposé un couvre-feu à Berlin.",
    "décréter couvre-feu": "Olaf Scholz a décrété un couvre-feu à Berlin.",
    "licencier": "Olaf Scholz a licencié Emmanuel Macron.",
    "licenciement": "Le licenciement d'Emmanuel Macron par Olaf Scholz a surpris.",
    "prononcer contre": "Emmanuel Macron s'est prononcé contre Olaf Scholz.",
    "insurger": "Emmanuel Macron s'insurge contre Olaf Scholz.",
    "association": "L'association d'Emmanuel Macron avec Olaf Scholz a surpris.",
    "inviter": "Emmanuel Macron a invité Olaf Scholz au sommet de Berlin.",
    "invitation": "L'invitation d'Emmanuel Macron à Olaf Scholz a surpris.",
    "empoisonner": "Olaf Scholz a été empoisonné par Emmanuel Macron.",
    "déploiement": "Olaf Scholz a annoncé le déploiement de milliers de soldats face à Emmanuel Macron.",
}


def sentence_for(lemma: str, pos: str, cond: str) -> str:
    if (lemma, pos) in SENTENCES:  # a word that is both a verb and a noun trigger
        return SENTENCES[(lemma, pos)]
    if lemma in SENTENCES:
        return SENTENCES[lemma]
    if pos == "VERB":
        if cond == "avec":
            return f"Emmanuel Macron va {lemma} avec Olaf Scholz à Berlin."
        return f"Emmanuel Macron va {lemma} Olaf Scholz."
    article = "la" if lemma.endswith(("e", "ion", "té")) else "le"
    return f"{article.capitalize()} {lemma} entre Emmanuel Macron et Olaf Scholz a eu lieu à Berlin."


ENTRIES = [pytest.param(e, id=f"{e[0]}-{e[1]}") for e in lx.TRIGGERS]


@pytest.mark.parametrize("entry", ENTRIES)
def test_every_trigger_fires(analyze, entry):
    lemma, pos, etype, mode, cond = entry
    text = sentence_for(lemma, pos, cond)
    article = analyze(text, published="2024-03-05", title="Titre")
    found = [(e.type, e.trigger.lemma) for e in article.events]
    assert (etype, lemma) in found, f"{text!r} gave {found}"


def test_lexicon_entries_are_well_formed():
    from chronique.article.model import EVENT_TYPES

    conditions = {"", "avec", "refl", "à", "no-clause", "entity-obj", "entity-nmod", "entity-source", "entity-target",
                  "verbal", "judicial", "s'en-à", "name-calling", "addressee", "penalty", "person-target",
                  "devant", "mutual", "guest", "force", "victim", "visitor"}
    seen = set()
    for lemma, pos, etype, mode, cond in lx.TRIGGERS:
        assert pos in ("VERB", "NOUN") and etype in EVENT_TYPES and cond in conditions, lemma
        assert (lemma, pos) not in seen, f"duplicate entry {lemma}/{pos}"
        seen.add((lemma, pos))
