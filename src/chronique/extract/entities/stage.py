"""The entity stage."""

from __future__ import annotations

from spacy.tokens import Doc

from ...article import Article, Entity, Mention
from ..stage import Stage

SPACY_TO_TYPE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


class EntityStage(Stage):
    name = "entities"
    requires = ("doc",)
    assigns = ("entities",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        groups: dict[tuple[str, str], list[Mention]] = {}
        for ent in doc.ents:
            label = SPACY_TO_TYPE.get(ent.label_)
            if label is None:
                continue
            groups.setdefault((ent.text, label), []).append(
                Mention(ent.start_char, ent.end_char, ent.text, "name"))
        entities = tuple(
            Entity(id=f"e{i}", type=label, name=name, mentions=tuple(ms))
            for i, ((name, label), ms) in enumerate(groups.items(), 1)
        )
        return article.with_layers(entities=entities)
