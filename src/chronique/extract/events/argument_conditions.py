"""The conditions a trigger's lexicon entry puts on its arguments (a reflexive, an addressee, a
penalty, an epithet, a partner, a named source or target...), checked before the arguments are
read and once they are; and the participants an event needs to be kept at all."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...article import Article
from ...lang.fr.pronouns import REFLEXIVE_PRONOUNS as REFLEXIVES
from ...nlp.syntax import is_infinitive
from . import lexicon as lx
from .actors import OBLIQUE_DEPS, Resolver, _np_tokens, case_of, subject_of
from .draft import _Draft, _Found
from .trigger_syntax import _bare_participle

# "traiter X de « pourris »", "comparer X à « des voyous »": an epithet in quotes shortly after the verb.
EPITHET_RE = re.compile(r"[^.;!?«]{0,60}?\b(?:d(?:e|'|’)|à)\s*[«\"“]")
EPITHET_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "xcomp"})
# Where what a ``force`` trigger deploys stands: its object, passive subject or "de" complement, or
# a circumstance the parse hung it on ("a déployé mercredi des centaines de militaires").
FORCE_DEPS = frozenset({"obj", "nsubj:pass", "nmod", "obl:mod"})
ADDRESSEE_CASES = frozenset({"à", "au", "aux", "de", "d'", "d’", "auprès"})
# An event whose participants are all targets needs at least this many of them ("X s'oppose
# à Y" parsed as two targets is kept, "visiter le MUCEM" with no visitor is not); calibrated
# on gold/dev and an OrangeSum sample.
MIN_TARGETS_ALONE = 2


def _penalty_after(d: "_Draft", tok: Token, text: str) -> bool:
    """A court penalty named right after the trigger, in its sentence ("condamné à deux ans de prison")."""
    window = text[d.end:min(tok.sent.end_char, d.end + lx.PENALTY_WINDOW)].lower()
    return any(w in window for w in lx.PENALTY_WORDS)


def _moral_condemnation(tok: Token, kids: list[Token], r: Resolver) -> bool:
    """"Paris condamne fermement l'offensive", "l'ONU a condamné les frappes": an active verb whose
    object names no person and whose subject is no court ("le tribunal a condamné X" sentences
    someone, "X a été condamné pour fraude" too)."""
    if tok.pos_ not in ("VERB", "AUX") or _bare_participle(tok) \
            or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in kids):
        return False
    if any(c.dep_ in ("obj", "iobj") and any(e.type == "PER" for e in r.entities_of(c, tok)) for c in kids):
        return False
    return not any(c.dep_ == "nsubj" and any(t.lower_ in lx.JUDICIAL_WORDS for t in c.subtree) for c in kids)


def _conditions_met(d: _Draft, tok: Token, cond: str, kids: list[Token], r: Resolver, article: Article) -> bool:
    """The trigger's condition, where it can be told from the words hanging off the trigger."""
    if d.type == "ASSAULT" and tok.pos_ == "NOUN" and any(c.lower_ in lx.FIGURATIVE_MODIFIERS for c in tok.children):
        return False  # "une offensive médiatique": no one is attacked
    if cond == "no-clause" and any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and is_infinitive(c) for c in kids):
        return False  # "X conteste avoir rencontré Y": a denial of what X did, no opposition to Y
    if cond in ("refl", "mutual") and not any(c.lower_ in REFLEXIVES and c.dep_ in ("expl:comp", "expl:pass", "obj", "iobj",
                                                                        "expl", "expl:pv") for c in kids):
        return False
    if cond == "addressee" and not any(case_of(c) in ADDRESSEE_CASES and c.lemma_.lower() not in lx.OWN_SIDE_NOUNS
                                       and r.entities_of(c, tok)
                                       for c in kids if c.dep_ in OBLIQUE_DEPS or c.dep_ == "iobj") \
            and not any(c.dep_ == "obj" and c.lemma_.lower() in lx.REQUESTED_ACTS for c in kids):
        return False
    if cond == "penalty" and not _penalty_after(d, tok, article.text):
        if d.type != "SANCTION" or not _moral_condemnation(tok, kids, r):  # (a moral condemnation, not a request)
            return False
        d.type, d.mode = "ACCUSE", None  # "Paris condamne l'offensive": criticism, not a court sentence
    if cond == "force" and not any(t.lemma_.lower() in lx.FORCE_NOUNS for c in kids if c.dep_ in FORCE_DEPS
                                   for t in _np_tokens(c)):
        return False  # "a déployé (mercredi) des centaines de militaires", "le déploiement de l'armée"
    if cond == "s'en-à" and not any(case_of(c) in ("à", "au", "aux") for c in kids):
        return False
    if cond == "name-calling" and _bare_participle(tok):
        return False  # "Qualifié de « héros » par son avocate, il …": who speaks is not the subject
    if cond == "name-calling" and not (EPITHET_RE.match(article.text, d.end, tok.sent.end_char)
                                       or any(case_of(c) in ("de", "d'", "d’") and c.dep_ in EPITHET_DEPS
                                              for c in kids)):
        return False
    if cond == "à" and not any(case_of(c) in ("à", "au", "aux") for c in kids if c.dep_ in OBLIQUE_DEPS
                               or c.dep_ in ("xcomp", "obl:arg")) and not any(c.lower_ == "à" for c in kids) \
            and not any(_infinitive_after_a(c) for c in kids if c.dep_ in ("xcomp", "obl:arg", "ccomp")) \
            and not any(_infinitive_after_a(x) for c in kids if c.dep_ == "obj" for x in c.children if x.dep_ == "acl"):
        return False  # "a appelé X à appliquer …", the infinitive parsed as X's
    return True


def _infinitive_after_a(tok: Token) -> bool:
    """``appelle la CGT à revenir``: an infinitive introduced by "à"."""
    return "Inf" in tok.morph.get("VerbForm") and any(m.dep_ == "mark" and m.lower_ == "à" for m in tok.children)


def _named_passive_subject(tok: Token, f: _Found, r: Resolver) -> bool:
    """"X a été reçu par Y": a passive whose subject is itself a name (not "la lettre de X") and
    whose agent is named: the subject is the verb's object. What is done to a patient needs no agent
    ("X a été arrêté mercredi")."""
    subj, passive = subject_of(tok)
    return passive and subj is not None and r.index.mention_at(subj.idx) is not None and bool(f.undergoers) \
        and (f.d.mode in lx.PATIENT_MODES
             or any(c.dep_ == "obl:agent" and r.entities_of(c, tok, subject=True) for c in f.kids))


def _victim(tok: Token, f: _Found, r: Resolver) -> bool:
    """A person to whom the act is done: the subject of a passive with its auxiliary ("X a été
    abattue") or the object itself ("a abattu X", "l'a poignardé") — not someone inside the object
    ("violer la vie privée de X") nor the subject of an adjective ("Très abattu, X …")."""
    if f.undergoers and any(c.dep_ == "aux:pass" or c.lower_ == "été" for c in tok.children):
        return any(e.type == "PER" for e in f.undergoers)  # (undergoers: the subjects of a passive)
    return any(c.dep_ == "obj" and c.pos_ in ("PROPN", "PRON") and any(e.type == "PER" for e in r.entities_of(c, tok))
               for c in f.kids)


def _final_conditions_met(f: _Found, tok: Token, cond: str, r: Resolver, article: Article) -> bool:
    """The trigger's condition on what the arguments named, and the participants an event needs;
    an attack in words on places only is an assault."""
    d = f.d
    if cond == "avec" and not f.partner or f.outlet and not f.source_found:
        return False  # an interview given to an outlet by no one named is no event
    if cond in ("entity-obj", "visitor") and not (f.obj_ents or _named_passive_subject(tok, f, r)) \
            or cond == "visitor" and any(c.dep_ == "obj" and c.lemma_.lower() in lx.RECEIVED_THINGS for c in f.kids) \
            or cond == "mutual" and len(d.roles) < 2:
        return False
    if cond == "guest" and (not f.obj_ents or any(c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"]
                                                  and c.lemma_ not in lx.GUEST_VERBS for c in tok.children)):
        return False  # "a invité Moscou à cesser le feu": a request ("à venir à Paris" is an invitation)
    if cond == "entity-nmod" and not d.roles:
        return False
    if cond == "devant" and not f.before:
        return False
    if cond == "person-target" and not any(e.type == "PER" for e in f.obj_ents + f.undergoers):
        return False
    if cond == "victim" and not _victim(tok, f, r):
        return False
    if cond == "entity-source" and not f.source_found:
        return False
    if cond == "entity-target" and not any(role != "source" for role in d.roles.values()):
        return False
    agents = [c for c in f.kids if c.dep_ == "obl:agent"] or f.source_toks  # "interrogé par l'AFP, le parquet…"
    if cond == "judicial" and not any(t.lower_ in lx.JUDICIAL_WORDS for s in agents for t in s.subtree):
        return False
    acting = {e: role for e, role in d.roles.items()
              if (ent := r.index.by_id.get(e)) is not None and ent.type != "MISC"}
    if not acting:
        return False  # works, products and events named as MISC do not take part in events
    if d.mode == "visit" and all(r.index.by_id[e].type == "LOC" and role != "source" for e, role in acting.items()):
        return False  # "des pèlerins se rendent à Ouman, en Ukraine": places, and no visitor named
    if all(role == "target" for role in acting.values()) and len(acting) < MIN_TARGETS_ALONE \
            and d.type not in lx.DONE_TO_TARGET_TYPES and d.mode not in lx.DONE_TO_TARGET_MODES:
        return False  # "visiter le MUCEM": no one acts
    legal = any(cue in article.text[d.end:tok.sent.end_char].lower()[:60] for cue in lx.LEGAL_CUES)
    if cond == "verbal" and f.obj_ents and all(e.type == "LOC" for e in f.obj_ents) and not legal:
        d.type, d.mode = "ASSAULT", None
    return bool(d.roles)
