"""Text glued by scraping: sentences without the space after their full stop, and run-in subheadings.

Scrapers drop the line break between paragraphs, so a paragraph's last sentence touches the next
one (``observée".Des témoins``, ``sociaux.Ce passage``) and a subheading, having no final stop,
touches the first word of its section (``en préparationJean-Luc Mélenchon``,
``« Mon agenda est le même »Brigitte Macron``, ``De quoi s'agit-il ?Le passage``).

``segment`` finds these *glue points* in one paragraph, then reads the pieces between them:

- a piece that lies between two glue points (a lost line of its own) and looks like a
  subheading becomes a ``subheading`` block, the text around it separate paragraphs;
- a last sentence that has no stop of its own before a glue point where a capital (or the quote
  opening a sentence) touches it (``…les élus. Un calendrier serréLes débats``,
  ``…la séance. Une hausse "inédite""Nous refusons``) is a run-in subheading too;
- a dash-framed heading run into the text (``…Corinna Larsen.- Comptes secrets -Dans des…``, the
  wire's intertitle) or a heading after a bullet (``: • Mercredi 11 septembre : grève à la RATPLes…``)
  is a subheading too, without its dashes or bullet;
- a video-embed caption (``Titre ?par CNEWS``) becomes a paragraph of its own, never a subheading;
- every other glue point gets the missing space, so the tokenizer and sentence splitter see
  two words or two sentences.

A lowercase→Capital point inside a word (``apaisementInterrogé``) is a glue point only when the
glued form is not a known word while its left part is one (``known_word``), so ``iPhone``,
``PlayStation``, ``McDonald's``, ``LaREM``, ``easyJet`` stay whole (a capitalised left part
is a CamelCase name, never cut). A full stop after a lone
capital (``M.Scholz``, ``J.-C.``) or between capitals (``ASP.NET``) is not a glue point.
Every regex is precompiled and each runs once over the paragraph: the cost is linear. Each
starts with the character it is about (a capital, a quote), its context checked by look-behind
after it: ``re`` then skips to the candidates instead of trying every position.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from ..knowledge.media import outlet_kind
from ..lang.fr.first_names import is_first_name
from ..lang.fr.person_nouns import ROLE_NOUNS
from .subheading import is_embed_caption, looks_like_subheading, unframe_dashes

_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"

# Terminator(s), then closing marks, touching a capital or an opening quote.
_SENTENCE_GLUE = re.compile(rf"[.!?…]+([\"»”)\]]*)(?=(?:«\s?|[“\"])?[{_UP}])")
# A lowercase word part of 3+ letters touching a capital that starts a word (``prévuLe``, ``préparationL'``).
_LOWER_UPPER = re.compile(rf"[{_UP}](?<=[{_LO}]{{3}}[{_UP}])(?=[{_LO}]|['’])")
# A word touching a word in capitals (``Haute-CorseGRAND EST``, ``au MouleMARTINIQUE``): a list's
# lines run together; three lowercase letters then five capitals are not one word (a brand's
# capitals are shorter: ``VivaTECH``, ``CheckNEWS``).
_LOWER_CAPS = re.compile(rf"[{_UP}](?<=[{_LO}]{{3}}[{_UP}])(?=[{_UP}]{{4}})")
# An acronym touching a capitalised word (``EHPADDevant``, ``CNEWSDe``).
_CAPS_UPPER = re.compile(rf"[{_UP}](?<=[{_UP}]{{3}})(?=[{_LO}]{{2}})")
# A number touching a capitalised word (``15 joursUne`` is _LOWER_UPPER; this is ``Covid-19Les``).
_DIGIT_UPPER = re.compile(rf"[{_UP}](?<=[0-9][{_UP}])(?=[{_LO}]{{2}}|['’][{_LO}])")  # (``EN 2015L'affaire``)
# A word touching an opening guillemet, a closing guillemet touching a capital.
_OPEN_QUOTE = re.compile(rf"«(?<=[{_LO}{_UP}0-9]«)")
_CLOSE_QUOTE = re.compile(rf"[{_UP}](?<=[»”][{_UP}])")
# A stop after a closing quotation mark, touching a number: ``"d'une issue de secours".9 000 euros d'amendeDans``;
# or after a word, touching a number or a signed one: ``signalé depuis.53 DÉCÈS EN 2015``, ``Castaner.+3,9% de morts``.
_QUOTE_STOP_DIGIT = re.compile(rf"(?<=[\"»”])[.!?…](?=[0-9])|(?<=[{_LO}]{{4}})\.(?=\+?[0-9])")  # (not "l'art.3")
# An elided article opening a sentence, glued to an acronym: ``certains ténors LRL'heure de vérité``.
_CAPS_ELISION = re.compile(r"[LDJ](?<=[A-ZÀ-ÖØ-Þ]{2}[LDJ])(?=['’][aeiouyhàâäéèêëîïôöûüù])")
# A closing bracket touching a capitalised word (``l'Observatoire (OSDH)Selon``).
_CLOSE_BRACKET = re.compile(rf"[{_UP}](?<=[)\]][{_UP}])(?=[{_LO}])")
# The source of a video caption touching the next sentence: ``?par CNEWSDe quoi``, ``?par franceinfoEmmanuel``.
# The source is one to three words, the next sentence glued to it or opening with a quote
# (``?par Medisite vidéos"On n'est``, ``?par Europe 1En garde``, ``?par rtl.frLa``, ``?par Europe 1C'est``).
_CAPTION_SOURCE = re.compile(
    rf"[?!.]\s?par\s+[A-Za-z0-9][A-Za-z0-9.]*?(?:\s[A-Za-z0-9]+?){{0,2}}(?=[{_UP}](?:[{_LO}]|['’])|\s?[\"«“•])")
# The same glued to the caption's last word, its source in capitals: ``répond Nadine Moranopar BFMTVPlutôt``,
# ``(Var)par BFMTVLa zone``, ``gueulepar 6MEDIAS"Un``.
_GLUED_CAPTION_SOURCE = re.compile(rf"(?<=[{_LO})])par [A-Z0-9]{{2,}}(?=[{_UP}][{_LO}]|[\"«“])")
# A heading in capitals run into its section after a sentence: ``… primes. UN NOUVEAU JOB Défait à…``
# (or into a list's first dash: ``(Twitter). LES RÉACTIONS À DROITE - X, maire : « … »``); three
# words at least or one long word (``glue_points``), so that an acronym opening a sentence (``UE``,
# ``LR``) is not one; the bounded repeats keep an all-capitals text linear.
# A word in capitals after a sentence's end (or opening the text), then each further word in capitals.
_CAPS_FIRST = rf"[{_UP}](?:(?<=[.!?…»\"] [{_UP}])|(?<=[.!?…»\"][{_UP}])|(?<=^[{_UP}]))[{_UP}'’-]{{0,30}}"
_CAPS_NEXT = rf"\s[{_UP}][{_UP}'’-]{{0,30}}"
_CAPS_HEADING = re.compile(
    rf"({_CAPS_FIRST}(?:{_CAPS_NEXT}){{0,11}}(?:[?!]|\s[?!](?=\s[{_UP}][{_LO}]))?)"  # (``EN CAUSE ? Leur``)
    rf"\s*(?=[{_UP}][{_LO}]|[\"«“]|[-–—]\s[{_UP}])")
# A heading in capitals quoting someone, run in after a sentence: ``… angélisme." SARKOZY : "C'EST
# L'ÂME DE LA FRANCE"Dans les rangs``, ``MARINE LE PEN ACCUSE "CEUX QUI NOUS GOUVERNENT"Puis``: one
# subheading, its inner quotes no glue points; an attribution in capitals may follow the quote
# (``LASSALLE, "C'EST UN PEU GAGMAN", SELON CORBIÈRE Un lassallisme``).
_CAPS_QUOTED_HEADING = re.compile(
    rf"{_CAPS_FIRST}(?:{_CAPS_NEXT}){{0,7}}\s?[:,]?\s?[\"«“][^{_LO}\"«»“”\n]{{3,80}}[\"»”]"
    rf"(?:,(?:\s[{_UP}][{_UP}-]{{1,30}}){{1,4}})?(?=\s?[{_UP}][{_LO}])")
# A straight quote opening a sentence glued to the word before it (``franceinfo"La précision``).
_STRAIGHT_OPEN = re.compile(rf"\"(?<=[{_LO}{_UP}0-9]\")(?=[{_UP}])")
_STRAIGHT_QUOTE = re.compile(r'"')
# A straight quote closing a quotation, touching a capital (``"Un pari risqué"Selon elle``), or
# touching the quote that opens the next sentence (``"Une ville apaisée""Nous``): the closing
# quote ends a line of its own, lost by scraping (which of the two it is, parity decides).
_STRAIGHT_CLOSE = re.compile(rf'"(?<=[^\s"]")(?=[{_UP}][{_LO}])')
_QUOTE_PAIR = re.compile(rf'""(?<=[^\s"]"")(?=[{_UP}])')
# A sentence start inside a piece: terminator, closers, space, then a capital or an opening quote.
_SENTENCE_START = re.compile(rf"[.!?…][\"»”)\]’]*\s+(?=[«“\"]?\s?[{_UP}0-9])")
_LETTERS = re.compile(rf"[{_LO}{_UP}]{{1,40}}")  # bounded: a 40-letter "word" is no word
# A dash-framed heading run in after a sentence and before the next (``.- Comptes secrets -Dans``,
# ``». - Soutien russe - Le chef``): its two edges are glue points; the bounded inner part keeps it linear.
_DASH_HEADING = re.compile(rf"[-–—](?:(?<=[.!?…\"»”)][-–—])|(?<=[.!?…\"»”)]\s[-–—]))\s[^-–—\n]{{1,100}}?\s[-–—]"
                           rf"(?=\s?[«“\"]?[{_UP}0-9])")
# A bullet opening a heading or an item (``contestations : • Mercredi 11 septembre : …``).
_BULLET = re.compile(r"•\s*")
# A question after a bullet, then the section's first sentence (``• Quel impact ? Le Brexit …``).
_BULLET_QUESTION = re.compile(rf"([^?!.•]{{3,100}}\?)\s*(?=[{_UP}«\"“])")

# An office and its complement marker before a word ("la présidente du", "le secrétaire général de la"):
# two words, one of them the office noun, then "du", "de la", "de l'", "des".
_TITLE_BEFORE = re.compile(r"(?P<first>[^\W\d_]+)(?:\s+(?P<second>[^\W\d_]+))?"
                           r"\s+(?:du|des|de la|de l['’]|de|d['’])\s?$")
# Words a sentence opens on that end no CamelCase name: what follows a run-in heading ending in a name.
SENTENCE_OPENERS = frozenset({"en", "le", "la", "les", "l", "dans", "sur", "côté", "un", "une", "des", "du", "au",
                              "aux", "pour", "après", "avant", "selon", "depuis", "il", "elle", "ils", "elles", "ce",
                              "cette", "ces", "mais", "alors", "à", "même", "de", "d", "par", "lors", "ainsi",
                              "enfin", "c", "on"})

# Conjunctions a sentence that goes on with the one before opens on: no heading opens on one.
CONTINUING_CONJUNCTIONS = frozenset({"et", "ou", "mais", "or", "donc", "puis"})
# Words that open an answer to the question before them: that question is the writer's, not a heading.
ANSWER_OPENERS = frozenset({"non", "oui", "rien", "selon", "pas", "si", "certes", "pourtant", "car", "parce", "peut"})
# Kinds of glue point: after a sentence's terminator (S); a word touching the next (W); a word or
# closing quote touching a capital that opens a sentence, no terminator between (H): what comes
# before it may be a run-in subheading, which has no final stop.
SENTENCE, WORD, HEADING_END = "S", "W", "H"
# Letters in a capitals heading at the least (``UN NOUVEAU JOB`` has 12); fewer is a run of acronyms.
MIN_CAPS_HEADING_LETTERS = 10
# ... and in a heading of one word, a country or a topic (``… d'enfants.NORVEGE Bilan positif``):
# longer than the acronyms that open sentences (``UE``, ``SNCF``).
MIN_CAPS_WORD_LETTERS = 6

KnownWord = Callable[[str], bool]


def glue_points(block: str, known_word: KnownWord) -> list[tuple[int, str]]:
    """Sorted ``(position, kind)`` where a space or a break is missing (kind S: after a sentence)."""
    points: dict[int, str] = {}
    quotes = [m.start() for m in _STRAIGHT_QUOTE.finditer(block)]

    def opens(quote_at: int) -> bool:  # an even number of " before it: this one opens a quotation
        return bisect_left(quotes, quote_at) % 2 == 0

    for m in _SENTENCE_GLUE.finditer(block):
        start = m.start()
        if _after_initial(block, start) or _between_acronyms(block, start, m.end()):
            continue
        pos = m.end()
        closers = m.group(1)
        if '"' in closers:
            quote_at = m.start(1) + closers.index('"')
            if opens(quote_at):
                pos = quote_at
        points[pos] = SENTENCE
    for m in _QUOTE_STOP_DIGIT.finditer(block):
        points[m.end()] = SENTENCE
    for m in _STRAIGHT_OPEN.finditer(block):
        if opens(m.start()):
            points.setdefault(m.start(), HEADING_END)
    for m in _STRAIGHT_CLOSE.finditer(block):
        if not opens(m.start()):
            points.setdefault(m.end(), HEADING_END)
    for m in _QUOTE_PAIR.finditer(block):
        if not opens(m.start()):
            points.setdefault(m.start() + 1, HEADING_END)
    for m in _CAPS_HEADING.finditer(block):
        words = m.group(1).split()
        letters = sum(c.isalpha() for c in m.group(1))
        if len(words) >= 3 and letters >= MIN_CAPS_HEADING_LETTERS or len(words) == 1 and letters >= MIN_CAPS_WORD_LETTERS:
            if m.start(1) > 0:
                points.setdefault(m.start(1), WORD)
            points.setdefault(m.end(1), WORD)
    for m in _LOWER_UPPER.finditer(block):
        pos = m.start()
        left, right = _word_before(block, pos), _word_after(block, pos)
        # A capitalised left part is a CamelCase name (``StopCovid``, ``PlayStation``): left whole,
        # unless a sentence opens on the right part (``… autour de BrestEn Bretagne``, ``Le MaireL'affaire``).
        if (left.islower() and known_word(left) or left.istitle() and (right.lower() in SENTENCE_OPENERS
                                                                         or _full_name_at(block, pos, right))) \
                and not known_word(left + right):
            points.setdefault(pos, HEADING_END)
    for m in _CAPS_UPPER.finditer(block):
        pos = m.start()
        left, right = _word_before(block, pos), _word_after(block, pos)
        if left.isupper() and not known_word(left + right):
            # "la présidente du RNMarine Le Pen": an organisation's acronym in a title, then the
            # holder's first name — one sentence, a space is missing
            title_then_name = _title_before(block, pos - len(left)) and is_first_name(right)
            points.setdefault(pos, WORD if title_then_name else HEADING_END)
    for m in _CAPS_ELISION.finditer(block):
        points.setdefault(m.start(), HEADING_END)
    for m in _DIGIT_UPPER.finditer(block):
        elided = block[m.start() + 1] in "'’"
        right = _word_after(block, m.start() + 2 if elided else m.start())
        if _outlet_glued(block, m.start(), right):
            points.setdefault(m.start(), WORD)  # "rapporte 20Minutes": an outlet's name, a space lost
        elif known_word(right):
            points.setdefault(m.start(), HEADING_END)
    for m in _CLOSE_QUOTE.finditer(block):
        points.setdefault(m.start(), HEADING_END)
    for regex in (_OPEN_QUOTE, _CLOSE_BRACKET, _LOWER_CAPS):
        for m in regex.finditer(block):
            points.setdefault(m.start(), WORD)
    for m in _CAPTION_SOURCE.finditer(block):
        points[m.end()] = WORD
    for m in _GLUED_CAPTION_SOURCE.finditer(block):
        points[m.start()] = WORD
        points[m.end()] = WORD
    for m in _DASH_HEADING.finditer(block):
        points[m.start()] = WORD
        points[m.end()] = WORD
    for m in _BULLET.finditer(block):
        points[m.start()] = WORD
    for m in _CAPS_QUOTED_HEADING.finditer(block):
        for p in [p for p in points if m.start() < p < m.end()]:
            del points[p]
        if m.start() > 0:
            points[m.start()] = WORD
        points[m.end()] = WORD
    return sorted(points.items())


def segment(block: str, known_word: KnownWord) -> list[tuple[str, str]]:
    """``(kind, text)`` pieces of one paragraph: ``paragraph`` and ``subheading``, in order."""
    points = glue_points(block, known_word)
    if not points:
        return [("paragraph", block)]
    edges = [0] + [p for p, _ in points] + [len(block)]
    kinds = ["start"] + [k for _, k in points] + ["end"]
    out: list[tuple[str, str]] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join(s for s in current if s)
        if text:
            out.append(("paragraph", text))
        current.clear()

    for i in range(len(edges) - 1):
        piece = block[edges[i]:edges[i + 1]].strip()
        if not piece:
            continue
        left, right = kinds[i], kinds[i + 1]
        lost_line = left != "start" and right != "end"
        heading = unframe_dashes(piece) or _unbullet(piece)
        if heading is not None and looks_like_subheading(heading):
            flush()
            out.append(("subheading", heading))
            continue
        question = _BULLET_QUESTION.match(heading) if heading is not None and piece.startswith("•") else None
        if question is not None and looks_like_subheading(question.group(1)):
            # "• Quel impact pour les Britanniques ? Le Brexit s'annonce …": a question heading, then its section
            flush()
            out.append(("subheading", question.group(1)))
            current.append(heading[question.end():])
            continue
        if lost_line and looks_like_subheading(piece) and not _continues(piece):
            flush()
            out.append(("subheading", piece))
            continue
        # ``…sa fille. X, trop « jeune » pour une tête de liste ?Dans un autre registre``: a question glued
        # to the next sentence ends a line lost by scraping, a run-in subheading's
        glued_question = right == SENTENCE and piece.endswith("?") and not _answers(block[edges[i + 1]:])
        if right in (WORD, HEADING_END) or glued_question:
            head, tail = _split_last_sentence(piece)
            if is_embed_caption(tail):
                current.append(head)
                flush()
                out.append(("paragraph", tail))
                continue
            # ``…les élus. Un calendrier serréLes débats…``: the last "sentence"
            # before the glue has no stop of its own: a subheading run into its section.
            if (right == HEADING_END or glued_question and not head.endswith("?")) and head \
                    and looks_like_subheading(tail) and not _continues(tail):
                current.append(head)
                flush()
                out.append(("subheading", tail))
                continue
        current.append(piece)
    flush()
    return out


def _answers(rest: str) -> bool:
    """What follows a question opens on an answer ("Faut-il avoir peur ?Non, répond …"): the question is prose."""
    return _word_after(rest.lstrip(), 0).lower() in ANSWER_OPENERS


def _continues(sentence: str) -> bool:
    """A sentence opening on a conjunction goes on with the one before ("Et est-il l'homme de la situation ?")."""
    return _word_after(sentence, 0).lower() in CONTINUING_CONJUNCTIONS


def _outlet_glued(block: str, pos: int, right: str) -> bool:
    """The digits before ``pos`` and the word after it name an outlet ("20Minutes")."""
    j = pos
    while j > 0 and block[j - 1].isdigit():
        j -= 1
    return outlet_kind(f"{block[j:pos]} {right}") is not None


def _title_before(block: str, at: int) -> bool:
    """An office noun and its complement marker end just before ``at`` ("la présidente du" RN)."""
    m = _TITLE_BEFORE.search(block, max(0, at - 60), at)
    return m is not None and any((w or "").lower() in ROLE_NOUNS for w in m.group("first", "second"))


def _full_name_at(block: str, pos: int, first: str) -> bool:
    """A first name then a capitalised word start at ``pos``: a person's name opening a sentence
    (``assure HidalgoAnne Hidalgo se défend``), not the second half of a CamelCase name."""
    return is_first_name(first) and _NAME_AFTER.match(block, pos + len(first)) is not None


_NAME_AFTER = re.compile(rf" [{_UP}][{_LO}]")


def _unbullet(piece: str) -> str | None:
    """The text after the bullet opening ``piece`` (``• Mercredi : grève``), else None."""
    return piece[1:].strip() if piece.startswith("•") else None


def _after_initial(block: str, dot: int) -> bool:
    """The terminator at ``dot`` follows a lone capital: ``M.``, ``J.-C.``, ``U.S.``."""
    return (dot >= 1 and block[dot - 1].isupper()
            and (dot == 1 or not block[dot - 2].isalpha()))


def _between_acronyms(block: str, start: int, end: int) -> bool:
    """``ASP.NET``, ``SNCF.COM``: capitals on both sides of a single dot."""
    if end - start != 1 or block[start] != ".":
        return False
    left, right = _word_before(block, start), _word_after(block, end)
    return len(left) > 1 and left.isupper() and len(right) > 1 and right.isupper()


def _word_before(block: str, pos: int) -> str:
    i = pos
    while i > 0 and block[i - 1].isalpha() and pos - i < 40:
        i -= 1
    return block[i:pos]


def _word_after(block: str, pos: int) -> str:
    m = _LETTERS.match(block, pos)
    return m.group(0) if m else ""


def _split_last_sentence(piece: str) -> tuple[str, str]:
    last = None
    for last in _SENTENCE_START.finditer(piece):
        pass
    if last is None:
        return "", piece
    return piece[:last.end()].rstrip(), piece[last.end():]
