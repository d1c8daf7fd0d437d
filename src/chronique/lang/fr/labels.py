"""French labels for the codes the layers use (PLOVER event types and modes, modalities, quote
kinds, entity types, publication-date sources): what the web pages and ``--format pretty`` show
instead of the codes. ``tests/test_lang_fr_labels.py`` checks that every code of the article
model and of the event lexicon has one."""

from __future__ import annotations

EVENT_TYPE = {
    "AGREE": "Accord", "CONSULT": "Consultation", "SUPPORT": "Soutien", "CONCEDE": "Concession",
    "COOPERATE": "Coopération", "AID": "Aide", "RETREAT": "Retrait", "REQUEST": "Demande",
    "ACCUSE": "Accusation", "REJECT": "Refus", "THREATEN": "Menace", "PROTEST": "Protestation",
    "SANCTION": "Sanction", "MOBILIZE": "Mobilisation", "COERCE": "Coercition", "ASSAULT": "Attaque",
    "OTHER": "Autre événement",
}
# The finer ``mode`` of an event, when the trigger gives one: more telling than the type.
EVENT_MODE = {
    "accusation": "Accusation", "complaint": "Plainte", "criticism": "Critique", "indictment": "Mise en examen",
    "insult": "Insulte", "investigation": "Enquête", "trial": "Procès", "agreement": "Accord",
    "promise": "Promesse", "delivery": "Livraison", "funding": "Financement", "loan": "Prêt",
    "bombing": "Bombardement", "killing": "Meurtre", "strike": "Frappe", "vandalism": "Dégradation",
    "war": "Guerre", "arrest": "Arrestation", "hearing": "Audition", "pressure": "Pression",
    "search": "Perquisition", "seizure": "Saisie", "release": "Libération", "debate": "Débat",
    "letter": "Lettre", "meal": "Repas", "meeting": "Rencontre", "negotiation": "Négociation",
    "phone": "Entretien téléphonique", "summit": "Sommet", "visit": "Visite", "alliance": "Alliance",
    "deal": "Contrat", "investment": "Investissement", "membership": "Adhésion", "incursion": "Incursion",
    "troops": "Déploiement de troupes", "boos": "Huées", "protest": "Protestation", "boycott": "Boycott",
    "demonstration": "Manifestation",
    "revolt": "Révolte", "block": "Blocage", "censure": "Censure", "opposition": "Opposition",
    "refusal": "Refus", "veto": "Veto", "appeal": "Appel", "resignation": "Démission", "withdrawal": "Retrait",
    "ban": "Interdiction", "dismissal": "Limogeage", "ruling": "Décision de justice", "embargo": "Embargo",
    "expulsion": "Expulsion",
    "sentence": "Condamnation", "suspension": "Suspension", "endorsement": "Soutien", "praise": "Éloge",
    "sympathy": "Solidarité", "ultimatum": "Ultimatum", "referral": "Saisine", "warning": "Mise en garde",
    "interview": "Interview", "offensive": "Offensive", "vote": "Vote contre",
    "spoken criticism": "Critique", "spoken praise": "Éloge", "spoken request": "Demande", "order": "Injonction",
    "invitation": "Invitation", "partnership": "Partenariat", "restriction": "Restriction", "asylum": "Asile",
    "apology": "Excuses", "rape": "Viol", "stabbing": "Agression au couteau", "torture": "Torture",
    "poisoning": "Empoisonnement", "tribute": "Hommage",
}
# A strike by workers (PROTEST) is not a military strike (ASSAULT): the pair decides.
EVENT_TYPE_MODE = {("PROTEST", "strike"): "Grève", ("REJECT", "boycott"): "Boycott"}
MODALITY = {"asserted": "", "planned": "prévu", "negated": "démenti", "hypothetical": "hypothétique",
            "attempted": "tenté"}
QUOTE_KIND = {"direct": "citation directe", "partial": "citation partielle", "indirect": "discours rapporté"}
ENTITY_TYPE = {"PER": "personne", "ORG": "organisation", "LOC": "lieu", "MISC": "autre"}
ENTITY_TYPE_PLURAL = {"PER": "personnes", "ORG": "organisations", "LOC": "lieux", "MISC": "autres"}
ROLE = {"source": "auteur", "target": "cible", "participant": "participant"}
PUBLISHED_SOURCE = {"given": "donnée", "metadata": "métadonnées", "inferred": "estimée d'après le texte",
                    "unknown": "inconnue"}

# What the list pages offer to download (``/api/v1/export/…``).
EXPORT_LABEL = {"articles": "articles", "entities": "entités", "quotes": "citations", "events": "événements",
                "stories": "histoires", "timeline": "éléments de chronologie"}

CORRECTION_KIND = {"merge": "fusion", "split": "séparation", "rename": "renommage", "retype": "changement de type",
                   "undo": "annulation"}


def event_label(type_: str, mode: str | None = None, names: list[str] | tuple[str, ...] = ()) -> str:
    """"Entretien téléphonique — Olaf Scholz, Emmanuel Macron": the mode (or type) in French and who took part."""
    what = EVENT_TYPE_MODE.get((type_, mode)) or EVENT_MODE.get(mode or "") or EVENT_TYPE.get(type_, type_)
    return f"{what} — {', '.join(names)}" if names else what


__all__ = ["CORRECTION_KIND", "ENTITY_TYPE", "ENTITY_TYPE_PLURAL", "EVENT_MODE", "EVENT_TYPE", "EVENT_TYPE_MODE", "MODALITY",
           "PUBLISHED_SOURCE", "QUOTE_KIND", "ROLE", "event_label", "EXPORT_LABEL"]
