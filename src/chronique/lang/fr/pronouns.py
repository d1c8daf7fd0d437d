"""French personal pronouns that can stand for a person or an organisation, with their gender."""

from __future__ import annotations

from .gender import FEM, MASC

# Subject pronouns and anaphoric demonstratives, and their gender (None: either).
SUBJECT_PRONOUNS: dict[str, str | None] = {
    "il": MASC, "ils": MASC, "elle": FEM, "elles": FEM, "on": None,
    "celui-ci": MASC, "celle-ci": FEM, "ce dernier": MASC, "cette dernière": FEM,
}
# "ce dernier", "cette dernière": the person named last (not the subject of the sentence before).
LATTER_PHRASES: dict[str, str] = {"ce dernier": MASC, "cette dernière": FEM}
# Stressed pronouns after a preposition ("selon elles", "d'après lui"), and their gender.
STRESSED_PRONOUNS: dict[str, str] = {"lui": MASC, "eux": MASC, "elle": FEM, "elles": FEM}
# Plural forms: a plural pronoun stands for a group, never for one person.
PLURAL_PRONOUNS = frozenset({"ils", "elles", "eux"})
# Words of the first person: a quotation holding one is spoken by someone, not about them.
FIRST_PERSON_SINGULAR = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"})
FIRST_PERSON_WORDS = FIRST_PERSON_SINGULAR | {"nous", "notre", "nos"}
FIRST_PERSON_PRONOUNS = FIRST_PERSON_WORDS - {"mon", "ma", "mes", "notre", "nos"}
# Possessive determiners: no name holds one ("le Rassemblement national de sa fille" is the party, then whose).
POSSESSIVE_DETERMINERS = frozenset({"mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos",
                                    "votre", "vos", "leur", "leurs"})
# Reflexive clitics of the third person ("se", "s'"), and of every person, of pronominal verbs.
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})
REFLEXIVE_PRONOUNS = REFLEXIVE_CLITICS | {"me", "m'", "m’", "nous", "vous", "te", "t'", "t’"}
# Verbs whose "il" is impersonal ("il faut", "il semble"; "il y a" and "il s'agit" by their clitic).
IMPERSONAL_VERBS = frozenset({"falloir", "sembler", "paraître", "pleuvoir", "neiger"})
# Verbs whose passive with a clause after it takes an impersonal "il" ("il a été décidé que …",
# "il est prévu de …"), unlike "il est accusé de …", which is someone.
IMPERSONAL_PASSIVE_VERBS = frozenset({
    "décider", "prévoir", "convenir", "demander", "recommander", "conseiller", "indiquer", "préciser",
    "rappeler", "établir", "constater", "observer", "noter", "envisager", "proposer", "prouver",
    "démontrer", "souligner",
})
