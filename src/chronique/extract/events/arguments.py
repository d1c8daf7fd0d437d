"""A trigger's arguments: the named entities it takes as source, target or participant (subject,
agent, objects, obliques, the possessor of a noun, the speaker of a quotation it introduces) and
the place it happens, read off the parse and checked against the trigger's condition."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...article import Article
from ...lang.fr.calendar import MONTHS, WEEKDAYS
from ...lang.fr.fold import fold
from ...nlp.syntax import is_present_participle
from ..entities.tables import CAPITALS, PLACES
from ..time.lexicon import DAY_PARTS
from . import lexicon as lx
from .actors import (BEFORE_CASES, CHANNEL_CASES, OBJECT_CLITICS, OBJECT_DEPS, OBLIQUE_DEPS, PARTNER_CASES, PLACE_CASES,
                     SOURCE_CASES,
                     TARGET_CASES, Resolver, case_of, partner_tokens, subject_of)
from .argument_conditions import REFLEXIVES, _conditions_met, _final_conditions_met
from .draft import _Draft, _Found
from .surface import OF_WORDS
from .trigger_syntax import _bare_participle, _governing_verb
from .triggers import _PARTICIPLES, _VERB_LEMMAS, _match
from .where import clause_head, is_loc, place_nearby, relative_where

QUOTE_BEFORE_RE = re.compile(r"[»\"”]\s*,?\s*(?:a|ont|avait)?\s*$")
# Cases of a verb's complement the parser may hang on a bare manner noun ("avec virulence à X").
MANNER_HUNG_CASES = frozenset({"à", "au", "aux", "contre"})
# Conditions of triggers whose "à X" complement is an argument ("s'en prendre à X", "demander à X"),
# not a place ("arrêtée jeudi aux États-Unis").
A_COMPLEMENT_CONDITIONS = frozenset({"s'en-à", "à", "addressee", "entity-target"})
# Dependencies of a date hung on the verb ("reçoit ce lundi 19 août …").
DATE_DEPS = frozenset({"obl:mod", "obl", "obl:tmod", "nummod"})
# A verb right after a closing quotation mark, maybe with its auxiliary ("», s'est indigné X",
# "», a aussi dénoncé X"): the subject follows the verb.
POSTPOSED_SUBJECT_RE = re.compile(r"[»\"”]\s*,?\s*(?:(?:s['’]|se\s+)?(?:est|sont|était|a|ont|avait|avaient)\s+)?"
                                  r"(?:(?:aussi|également|encore|ainsi|alors)\s+)?$")


def _arguments(d: _Draft, tok: Token, cond: str, r: Resolver, article: Article) -> bool:
    """Fill roles and place of ``d``; False when the trigger's condition is not met."""
    kids = [c for t in tok.doc[tok.i:tok.i + 4] if t.idx < d.end and (t.i == tok.i or t.head.i == tok.i
                                                                        or t.head.i in range(tok.i, t.i))
            for c in t.children if c.idx >= d.end or c.i < tok.i]
    # "s'en est pris avec virulence à X": the parse hangs the verb's complement on the bare manner noun
    kids += [g for c in kids if c.dep_ in OBLIQUE_DEPS and case_of(c) == "avec" and c.pos_ == "NOUN"
             and not any(x.dep_ == "det" for x in c.children)
             for g in c.children if g.dep_ == "nmod" and case_of(g) in MANNER_HUNG_CASES]
    if cond in A_COMPLEMENT_CONDITIONS:  # "s'en est pris lundi 18 décembre à X": hung on the date
        kids += [g for g in _hung_on_dates(tok, kids) if case_of(g) in MANNER_HUNG_CASES]
    if not _conditions_met(d, tok, cond, kids, r, article):
        return False
    is_verb = d.lemma in _VERB_LEMMAS and (tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in _PARTICIPLES)
    f = _Found(d, kids, is_verb)
    if is_verb:
        _verbal_arguments(f, tok, cond, r, article)
    else:
        _nominal_arguments(f, tok, r)
    if not _speech_arguments(f, tok, r, article):
        return False
    _oblique_arguments(f, tok, r)
    if d.place is None:
        root = clause_head(tok, _governing_verb(tok))
        d.place = place_nearby(root, d.type, r) or relative_where(root, r)
    return _final_conditions_met(f, tok, cond, r, article)


# The cases of "à" ("écrit à X", "s'adresse au ministre", "aux élus").
TO_CASES = frozenset({"à", "au", "aux"})
# Dependencies of the one a verb addresses with "à" ("écrit à X", "s'adresse au ministre").
ADDRESSEE_DEPS = OBLIQUE_DEPS | {"iobj"}


def _date_word(t: Token) -> bool:
    return t.like_num or t.lower_ in MONTHS or t.lower_ in WEEKDAYS


def _hung_on_dates(tok: Token, kids: list[Token]) -> list[Token]:
    """"reçoit ce lundi 19 août son homologue russe", "s'en est pris lundi 18 décembre à la France":
    the nouns the parse hangs on the date between the verb and them."""
    out = []
    stack = [c for c in kids if c.i > tok.i and c.dep_ in DATE_DEPS and _date_word(c)]
    while stack:
        x = stack.pop()
        for g in x.children:
            if g.i < x.i:
                continue
            if _date_word(g):
                stack.append(g)
            elif g.dep_ in ("nmod", "obj") and g.pos_ in ("NOUN", "PROPN"):
                out.append(g)
    return out


def _objects_hung_on_dates(tok: Token, kids: list[Token]) -> list[Token]:
    """The objects (no preposition) of ``_hung_on_dates``."""
    return [g for g in _hung_on_dates(tok, kids) if not case_of(g)]


def _verbal_arguments(f: _Found, tok: Token, cond: str, r: Resolver, article: Article) -> None:
    """Subject, agent, objects and partners of a verb trigger."""
    kids, add = f.kids, f.add
    subj, passive = subject_of(tok)
    agent = next((c for c in kids if c.dep_ == "obl:agent"), None)
    if subj is not None:
        ents = r.entities_of(subj, tok, subject=True)
        if passive:
            f.undergoers += ents  # "X a été libéré": X undergoes the act, whoever does it
        # "X a été tué", "X a été condamné à deux ans": X is the victim, the one sentenced or arrested
        undergoes = passive and (agent is not None or f.d.type == "ASSAULT" or f.d.mode in lx.PATIENT_MODES
                                 or f.d.type in lx.PASSIVE_PATIENT_TYPES)
        add(ents, "target" if undergoes else "source")
        if not undergoes:
            f.source_found |= bool(ents)
            f.source_toks.append(subj)
    if agent is not None:
        ents = r.entities_of(agent, tok, subject=True)
        add(ents, "source")
        f.source_found |= bool(ents)
        f.source_toks.append(agent)
    elif passive and f.d.type == "ASSAULT":
        # "X a été tué dans un raid américain", "… lors d'une frappe de l'armée": the means names who acted
        for c in kids:
            act = _match(c, c.doc) if c.dep_ in OBLIQUE_DEPS and c.pos_ == "NOUN" else None
            if act is not None and act[1] == "ASSAULT":
                ents = _act_agents(c, act, r)
                add(ents, "source")
                f.source_found |= bool(ents)
    if (subj is None or is_present_participle(tok) and subj.head.i != tok.i and not f.source_found) \
            and agent is None and not passive:
        # "Cette libérale reproche …" parsed without a subject; "…, Kiev accusant Minsk": the name
        # before a present participle, not the subject of the clause it hangs on
        ent = r.mention_before_verb(tok)
        if ent is not None:
            add([ent], "source")
            f.source_found = True
    if subj is None and tok.dep_ == "acl" and _bare_participle(tok) and tok.head.pos_ in ("PROPN", "NOUN"):
        ents = r.entities_of(tok.head, tok)  # "X, arrêté en juin": X undergoes the act
        f.obj_ents += ents
        add(ents, "target")
    postposed = subj is None and POSTPOSED_SUBJECT_RE.search(article.text, max(0, tok.idx - 30), tok.idx)
    hung = _objects_hung_on_dates(tok, kids)
    for c in kids + hung:
        late_subject = c.dep_ == "nsubj" and subj is not None and subj.i < tok.i < c.i
        # a name the parser hung as a predicate is the object ("appelle le Brésil et le Pérou à …")
        named_object = c.dep_ == "xcomp" and c.pos_ == "PROPN" and c.i > tok.i and case_of(c) not in CHANNEL_CASES
        if (c.dep_ in OBJECT_DEPS or late_subject or named_object or c in hung) and c.lower_ not in REFLEXIVES:
            act = _match(c, c.doc) if f.d.type in lx.JUDGING_TYPES and c.pos_ == "NOUN" and not postposed else None
            # "condamne l'attaque de la Russie contre l'Ukraine": the one who acted, not its victim
            ents = _act_agents(c, act, r) if act is not None else r.entities_of(c, tok, subject=bool(postposed))
            if not ents and not postposed and c.lower_ in OBJECT_CLITICS and c.i < tok.i:
                sources = {e for e, role in f.d.roles.items() if role == "source"}
                clitic = r.clitic_object(c, sources) if sources else None
                ents = [clitic] if clitic is not None else []
            if not ents and not postposed and c.pos_ == "NOUN":
                ents = _participle_agents(c, tok, r)  # "dénonce les sanctions décrétées par X": X
                if not ents and c.lower_ in lx.ACT_NOUNS and (nation := r.demonym_actor(c)) is not None:
                    ents = [nation]  # "a regretté la décision britannique": the United Kingdom's
            if postposed:  # "», dénonce « Nos Retraites »": the subject follows the verb
                add(ents, "source")
                f.source_found |= bool(ents)
                f.source_toks.append(c)
            else:
                f.obj_ents += ents
                add(ents, "target")
    if cond == "avec":
        for p in partner_tokens(tok):
            ents = r.entities_of(p, tok)
            add(ents, "participant")
            f.partner |= bool(ents)
    if f.d.type == "REQUEST" and not f.obj_ents and tok.dep_ == "advcl" \
            and tok.head.lemma_.lower() in lx.ADDRESSING_VERBS \
            and any(c.dep_ == "mark" and c.lower_ == "pour" for c in tok.children):
        # "X écrit à Y pour demander …": the purpose of addressing Y is asking Y
        ents = [e for c in tok.head.children if c.dep_ in ADDRESSEE_DEPS and case_of(c) in TO_CASES
                for e in r.entities_of(c, tok) if e.type in ("PER", "ORG")]
        f.obj_ents += ents
        add(ents, "target")
    if f.d.type == "REJECT" and not f.obj_ents:
        # "a refusé d'adhérer à l'UMP", "a refusé de recevoir X": what the refused act is aimed at
        for inf in (c for c in kids if c.dep_ in ("xcomp", "obl:arg") and "Inf" in c.morph.get("VerbForm")):
            for o in (o for o in inf.children if o.dep_ in ("obj", "obl:arg", "iobj", "obl:mod")):
                ents = r.entities_of(o, tok) if o.dep_ != "obl:mod" else []
                if not ents and o.lemma_.lower() in lx.REQUEST_NOUNS:  # "de donner suite à la demande de Paris"
                    ents = [e for c in o.children if c.dep_ == "nmod" and case_of(c) in SOURCE_CASES - {"par"}
                            for e in r.entities_of(c, tok)]
                f.obj_ents += ents
                add(ents, "target")


# Heads of "à" phrases after a verb of addressing that name no addressee ("au nom de", "à l'issue de").
NOT_ADDRESSEE_NOUNS = frozenset({"nom", "issue", "occasion", "cours", "moment", "heure", "veille", "lendemain"})


def _nominal_arguments(f: _Found, tok: Token, r: Resolver) -> None:
    """The actor of a noun trigger through its light or governing verb, the words hanging off
    that verb or off a participle, the person a possessive means, the country of a demonym."""
    d, kids, add = f.d, f.kids, f.add
    head = _governing_verb(tok)
    if head is None:
        pass
    elif tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i == head.i:
        # "une enquête ouverte par X": X acts; "son arrestation a été dénoncée par X": X
        # denounces (the governing verb is an event of its own), it did not arrest
        agent = None if _match(head, head.doc) is not None \
            else next((c for c in head.children if c.dep_ == "obl:agent"), None)
        if agent is not None:
            ents = r.entities_of(agent, tok, subject=True)
            add(ents, "source")
            f.source_found |= bool(ents)
            f.source_toks.append(agent)
        if d.type in lx.DONE_TO_TARGET_TYPES:
            # "un mandat d'arrêt a été émis contre X": the target hangs off the light verb
            kids += [c for c in head.children if c.dep_ in OBLIQUE_DEPS and case_of(c) in lx.AGAINST_CASES]
        if head.lemma_.lower() in lx.OCCURRENCE_VERBS:
            # "une réunion s'est tenue lundi entre X et Y", "une rencontre a eu lieu avec X": the parties
            # hang off the verb of its taking place
            kids += [c for c in head.children if c.dep_ in OBLIQUE_DEPS and case_of(c) in PARTNER_CASES]
    else:
        # "a eu un entretien avec X", "a fait une visite en compagnie de X": the partner
        # hangs off the light verb, whose subject is the actor
        # "a déposé une plainte samedi contre X": the target too
        kids += [c for c in head.children if c.dep_ in OBLIQUE_DEPS and c.i != tok.i
                 and (case_of(c) in PARTNER_CASES or case_of(c) in lx.AGAINST_CASES or c.lemma_ == "compagnie")]
        if d.mode == "visit":
            # "en déplacement dans un collège de l'Eure", the place hung on the verb: where the visit goes
            kids += [c for c in head.children if c.dep_ in OBLIQUE_DEPS and c.left_edge.i == tok.right_edge.i + 1
                     and case_of(c) in PLACE_CASES]
        if head.lemma_.lower() in lx.ADDRESSING_VERBS and d.type in lx.SPEECH_TARGET_TYPES:
            # "lui a adressé ses félicitations", "a envoyé ses condoléances à X": whom they are addressed to
            # (a clitic is not the verb's own subject)
            sender = subject_of(head)[0]
            own = {e.id for e in r.entities_of(sender, tok, subject=True)} if sender is not None else set()
            for c in head.children:
                if c.dep_ == "iobj" and c.pos_ == "PRON":
                    add([e for e in [r.clitic_object(c, own)] if e is not None], "target")
                elif (c.dep_ == "iobj" or c.dep_ in OBLIQUE_DEPS and case_of(c) in TO_CASES) \
                        and c.lemma_.lower() not in NOT_ADDRESSEE_NOUNS:
                    # a person or a body ("à Kylian Mbappé"), not a place or "au nom de la France"
                    add([e for e in r.entities_of(c, tok) if e.type in ("PER", "ORG")], "target")
        subj, passive = subject_of(head)
        governing = _match(head, head.doc)
        judging = governing is not None and (governing[1] in lx.JUDGING_TYPES or governing[3] == "penalty")
        if tok.dep_ == "obj" and judging and governing[1] != d.type:
            subj = None  # "Moscou a dénoncé les sanctions", "Paris condamne l'attaque": they do not do it
        if d.type == "ASSAULT" and _charged_with(head, tok):
            # "X est accusé du meurtre de Y", "accuse X du meurtre de Y": X did it, as charged
            charged = [subj] if passive and subj is not None else [c for c in head.children if c.dep_ == "obj"]
            ents = [e for c in charged for e in r.entities_of(c, tok, subject=True)]
            add(ents, "source")
            f.source_found |= bool(ents)
        if d.type == "ASSAULT" and head.lemma_.lower() not in lx.ASSAULT_LIGHT_VERBS:
            subj = None  # "X s'est rendu sur les lieux de l'attentat": X did not attack
        if subj is not None and not passive and _owner_acts(tok, d, r):
            # "X a reçu le soutien de Y", "X répond aux critiques de Y": Y acts; X is who it is
            # aimed at, when the noun names no one else ("les critiques de Y contre Z"); "X a annoncé
            # une aide de Y", "X … avec les départs de Y": X takes part
            aimed = d.type in lx.SPEECH_TARGET_TYPES and not any(
                case_of(c) in TARGET_CASES for c in tok.children if c.dep_ == "nmod")
            add(r.entities_of(subj, tok, subject=True), "target" if aimed else "participant")
            subj = None
        if subj is not None and not passive:
            ents = r.entities_of(subj, tok, subject=True)
            add(ents, "source")
            f.source_found |= bool(ents)
            f.source_toks.append(subj)
        elif subj is None and d.mode == "visit" and tok.dep_ in OBLIQUE_DEPS:
            # "« … », a affirmé X en visite à Blois": the speaker of the incise (parsed as an object) visits
            speaker = r.cue_speaker(r.quote_with_cue(head.idx, head.idx + len(head.text)))
            if speaker is not None:
                add([speaker], "source")
                f.source_found = True
    if head is not None and tok.dep_ in ("nsubj", "obj") and d.mode in lx.BEFORE_MODES:
        # "le procès aura lieu devant la cour", "a eu une audition devant le Sénat"
        kids += [c for c in partner_tokens(head, BEFORE_CASES) if c.dep_ in OBLIQUE_DEPS]
    # "un contrat signé avec X", "un accord conclu avec X": the partner hangs off the participle
    kids += [x for c in tok.children if c.dep_ == "acl" and _bare_participle(c) for x in partner_tokens(c)]
    agents = _participle_agents(tok, tok, r)  # "les sanctions décrétées par X": X acts
    add(agents, "source")
    f.source_found |= bool(agents)
    # "une enquête visant X", "des sanctions ciblant Y": whom the act aims at
    add([e for c in tok.children if c.dep_ == "acl" and c.lemma_ in lx.TARGETING_VERBS
         for o in c.children if o.dep_ in OBJECT_DEPS for e in r.entities_of(o, tok)], "target")
    if d.type == "ASSAULT":  # "l'attentat qui a tué X": its victims
        add([e for c in tok.children if c.dep_ == "acl:relcl" and c.lemma_.lower() in lx.VICTIM_VERBS
             for o in c.children if o.dep_ in OBJECT_DEPS or o.dep_ == "iobj" for e in r.entities_of(o, tok)], "target")
    if tok.lemma_.lower() in lx.INTERVIEW_NOUNS:
        _outlet_arguments(f, tok, r)
    poss = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in lx.POSSESSIVES), None)
    if poss is not None and d.type in lx.POSSESSIVE_TYPES:
        ent = r.possessor(poss)  # "son arrestation", "sa démission": the person meant
        # ... who does it when the noun names whom it is against ("ses attaques contre X")
        against = any(c.dep_ == "nmod" and case_of(c) in lx.AGAINST_CASES and r.entities_of(c, tok) for c in tok.children)
        if ent is not None:
            add([ent], "target" if (d.type in lx.DONE_TO_TARGET_TYPES or d.mode in lx.DONE_TO_TARGET_MODES)
                and not against else "source")
    bare_complement = tok.dep_ == "nmod" and not any(c.dep_ == "det" for c in tok.children)
    if not bare_complement and (nation := r.demonym_actor(tok)) is not None:
        # "des frappes israéliennes": the country strikes (not "une société d'investissement
        # luxembourgeoise": the adjective of a bare complement may be its head's)
        add([nation], "source")
        f.source_found = True


def _charged_with(verb: Token, crime: Token) -> bool:
    """The crime noun is what the verb charges its passive subject or its object with ("accusé du
    meurtre", "condamné pour l'assassinat", "mis en examen pour le viol", "accuse X du meurtre")."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.CHARGE_VERBS or crime.head.i != verb.i or case_of(crime) not in OF_WORDS | {"pour"}:
        return False
    return lemma != "mettre" or any(c.lower_ in ("examen", "cause") for c in verb.children)


def _act_agents(noun: Token, act, r: Resolver) -> list:
    """Who did the act a noun names: its "de X" (not for acts undergone, "l'arrestation de X"),
    its "par X", the agent of a participle on it, the country of its demonym ("l'offensive turque")."""
    patient = act[2] in lx.PATIENT_MODES
    ents = [e for c in noun.children if c.dep_ == "nmod" and (case := case_of(c)) in SOURCE_CASES
            and (case == "par" or not patient) for e in r.entities_of(c, noun)]
    ents += _participle_agents(noun, noun, r)
    nation = r.demonym_actor(noun)
    return ents + [nation] if nation is not None and nation not in ents else ents


def _participle_agents(noun: Token, trigger: Token, r: Resolver) -> list:
    """The agents of the participles qualifying ``noun`` ("des sanctions décrétées par X"), not of
    those reading it ("une plainte consultée par l'AFP": who reports on a document)."""
    return [e for c in noun.children if c.dep_ == "acl" and _bare_participle(c)
            and c.lemma_.lower() not in lx.DOCUMENT_ACCESS_VERBS
            for a in c.children if a.dep_ == "obl:agent" for e in r.entities_of(a, trigger, subject=True)]


def _outlet_arguments(f: _Found, tok: Token, r: Resolver) -> None:
    """"un entretien accordé au Point", "une interview publiée sur le site du Parisien", "un
    entretien au Figaro": the outlet is the interview's other party."""
    places = [x for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in lx.INTERVIEW_VERBS
              for x in c.children if x.dep_ in OBLIQUE_DEPS]
    places += [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in TO_CASES]
    if tok.dep_ == "obj" and tok.head.lemma_.lower() in lx.INTERVIEW_VERBS:  # "donner une interview au Figaro"
        places += [c for c in tok.head.children
                   if (c.dep_ in OBLIQUE_DEPS or c.dep_ == "iobj") and case_of(c) in TO_CASES]
    outlets = [e for x in places for e in r.entities_of(x, tok) if e.type == "ORG"]
    f.add(outlets, "participant")
    f.partner |= bool(outlets)
    f.outlet |= bool(outlets)


def _speech_arguments(f: _Found, tok: Token, r: Resolver, article: Article) -> bool:
    """The speaker of a quotation the trigger introduces acts, and a speech-like trigger's target
    may be named in the quotation; False when the trigger reports a statement, not an event."""
    d, kids, add = f.d, f.kids, f.add
    cue_quote = r.quote_with_cue(d.start, d.end)
    if d.lemma in lx.SPEECH_TRIGGERS and _introduces_statement(tok, d, kids, cue_quote, article.text):
        return False  # "« … », a déploré X": a statement, reported as a quotation
    if (ent := r.cue_speaker(cue_quote)) is not None:
        add([ent], "source")  # the trigger introduces a quotation: its speaker acts
        f.source_found = True
    if d.type in lx.SPEECH_TARGET_TYPES and not any(role != "source" for role in d.roles.values()):
        sources = {e for e, role in d.roles.items() if role == "source"}
        target = r.named_in_quote(cue_quote, sources) if cue_quote is not None else None
        if target is None and f.is_verb:
            target = next((r.possessor(p, sources) for c in kids if c.dep_ in OBJECT_DEPS
                           for p in c.children if p.dep_ == "det" and p.lower_ in lx.POSSESSIVES), None)
        if target is not None:
            add([target], "target")
    return True


def _introduces_statement(tok: Token, d: _Draft, kids: list[Token], cue_quote, text: str) -> bool:
    """A speech-like trigger ("déplorer") that reports a statement: the cue of a direct
    quotation, an incise after a quotation ("…», a déploré X", "…, déplore le maire") or a
    verb with its subject after it. An indirect "a déploré l'attitude de X" stays an event."""
    if cue_quote is not None and (cue_quote.kind != "indirect" or cue_quote.end <= d.start):
        return True
    if tok.dep_ == "parataxis" or any(c.dep_ == "nsubj" and c.i > tok.i for c in kids):
        return True
    before = text[tok.sent.start_char:tok.idx]
    if before.rstrip()[-1:] in ('"', "«", "“") and text[d.end:d.end + 3].lstrip()[:1] in ('"', "»", "”"):
        return False  # the verb quoted alone: "a « regretté » cette décision"
    if before.count('"') % 2 or before.count("«") > before.count("»"):
        return True  # inside a quotation left open by the cleaner or the writer
    return bool(QUOTE_BEFORE_RE.search(text, max(0, tok.idx - 12), tok.idx))


def _oblique_arguments(f: _Found, tok: Token, r: Resolver) -> None:
    """Partners, agents, places, sources and targets named in the obliques ("avec X", "par X",
    "à Paris", "devant la cour", "contre X")."""
    d, is_verb, add = f.d, f.is_verb, f.add
    for c in f.kids:
        if c.i > tok.i and c.dep_ in DATE_DEPS | {"obl:arg"} and (_date_word(c) or c.lower_ in DAY_PARTS):
            # "doit s'entretenir dans l'après-midi avec X", "a dîné jeudi soir avec X": the partner the
            # parse hangs on the time
            for g in c.children:
                if g.dep_ == "nmod" and case_of(g) in PARTNER_CASES:
                    ents = r.entities_of(g, tok)
                    add(ents, "participant")
                    f.partner |= bool(ents)
        if c.dep_ not in OBLIQUE_DEPS or (c.dep_ == "obl:agent" and is_verb):
            continue
        case = case_of(c)
        if c.lemma_ == "compagnie":  # "en compagnie de X"
            for x in c.children:
                if x.dep_ in ("nmod", "appos"):
                    ents = r.entities_of(x, tok)
                    add(ents, "participant")
                    f.partner |= bool(ents)
            continue
        if c.dep_ == "obl:agent":
            ents = r.entities_of(c, tok, subject=True)
            add(ents, "source")
            f.source_found |= bool(ents)
            f.source_toks.append(c)
        elif case in PARTNER_CASES:
            ents = r.entities_of(c, tok)
            if d.type == "ASSAULT" and d.mode != "war":  # "empoisonné avec un agent Novitchok": the weapon
                ents = [e for e in ents if e.type == "PER"]
            add(ents, "participant")
            f.partner |= bool(ents)
        elif case in PLACE_CASES and (c.pos_ == "PROPN" or is_loc(c, r) or c.lemma_.lower() in lx.PLACE_LOCUTION_NOUNS
                                      or d.mode == "visit" and _place_inside(c, r)):
            # "à Paris", "à la sortie du métro de la place X", "aux abords de la mairie de Y": where
            ents = r.entities_of(c, tok)
            locs = [e for e in ents if e.type == "LOC"]
            if d.type in lx.ADDRESSEE_TYPES and case in TO_CASES and all(fold(e.name) in PLACES for e in locs) \
                    or _asked_to_act(c, tok, locs):
                # "a demandé à l'Italie de …", "au Portugal", "à Berlin de fournir": addressed, not where
                add(locs, "target")
                locs = []
            if locs and d.place is None:
                d.place = locs[0].id
            if d.mode == "visit":
                add(locs, "target")  # the place visited takes part in the visit
            add([e for e in ents if e.type != "LOC"], "target")
        elif case in SOURCE_CASES and not is_verb and case != "par" and d.mode in lx.PATIENT_MODES:
            # "l'arrestation de X": X undergoes it (a person, for a killing: not "du prêtre de Rouen")
            add([e for e in r.entities_of(c, tok) if d.mode not in lx.PERSON_PATIENT_MODES or e.type == "PER"],
                "target")
        elif case in SOURCE_CASES and not is_verb:
            ents = r.entities_of(c, tok)
            add(ents, "source")
            f.source_found |= bool(ents)
            if case == "par" and c.pos_ == "PROPN" and d.mode in lx.PATIENT_MODES:
                # "l'assassinat par Washington du général X": the parse hangs the victim on the name
                add([e for x in c.children if x.dep_ == "nmod" and case_of(x) in SOURCE_CASES - {"par"}
                     for e in r.entities_of(x, tok) if d.mode not in lx.PERSON_PATIENT_MODES or e.type == "PER"],
                    "target")
        elif case in BEFORE_CASES and d.mode in lx.BEFORE_MODES:
            ents = r.entities_of(c, tok)  # "le procès devant la cour d'assises de X"
            add(ents, "target")
            f.before |= bool(ents)
        elif case == "sur" and d.type in lx.SUR_TARGET_TYPES:
            add(r.entities_of(c, tok), "target")  # "des sanctions sur la Russie", "pression sur Kiev"
        elif case in TARGET_CASES or (case in SOURCE_CASES and is_verb and c.dep_ == "obl:arg"):
            add(r.entities_of(c, tok), "target")


def _asked_to_act(c: Token, tok: Token, locs: list) -> bool:
    """"demander à Berlin de fournir des preuves": the "à" argument of a verb of asking that also
    takes an infinitive with "de" is who is asked — a capital for its government — not where (not
    when another "à" complement is the addressee: "a demandé à Lyon aux maires de …")."""
    return c.dep_ == "obl:arg" and case_of(c) in TO_CASES and tok.lemma_ in lx.ASKING_VERBS \
        and bool(locs) and all(fold(e.name) in CAPITALS for e in locs) \
        and not any(x.i != c.i and x.dep_ in OBLIQUE_DEPS and case_of(x) in TO_CASES for x in tok.children) \
        and any(x.dep_ == "xcomp" and "Inf" in x.morph.get("VerbForm")
                and any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’") for m in x.children) for x in tok.children)


def _owner_acts(tok: Token, d, r: Resolver) -> bool:
    """A noun trigger whose "de" complement names who acts ("les critiques de X", ``lx.OWNER_ACTS_NOUNS``):
    the governing verb's subject does not — unless a possessive says it is theirs ("son soutien de
    l'Ukraine")."""
    return d.lemma in lx.OWNER_ACTS_NOUNS and not any(c.dep_ == "det" and c.lower_ in lx.POSSESSIVES
                                                      for c in tok.children) and any(
        c.dep_ == "nmod" and case_of(c) in SOURCE_CASES - {"par"} and c.i > tok.i and r.entities_of(c, tok)
        for c in tok.children)


def _place_inside(c: Token, r: Resolver) -> bool:
    """A place named in the complement of a visit: "dans un collège de l'Eure" is a visit to the Eure."""
    return any(x.dep_ == "nmod" and is_loc(x, r) for x in c.children)
