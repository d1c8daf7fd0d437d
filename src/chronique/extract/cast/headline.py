"""Who the headline puts at the centre of the story: the people and organisations it names.

A role nobody was given yet ("Le député de La France insoumise dénonce …" opening the text) is
the person of the headline ("…, s'agace Corbière"); criticism without a named object targets them.
"""

from __future__ import annotations

import re

from ...article import Article
from ...lang.fr.fold import fold


def headline_entities(article: Article) -> list[str]:
    """Ids of the people (by family name: "…, s'agace Corbière") and organisations the headline
    names, in headline order."""
    title = fold(article.title or "")
    if not title:
        return []
    found = []
    for e in article.entities:
        if e.type not in ("PER", "ORG"):
            continue
        key = fold(e.name).split()[-1] if e.type == "PER" else fold(e.name)
        m = re.search(rf"(?<!\w){re.escape(key)}(?!\w)", title)
        if m is not None:
            found.append((m.start(), e.id))
    return [eid for _, eid in sorted(found)]
