"""French, in one place: folding, calendar words, first names, honorifics and titles, person names,
pronouns and number words. Every other module asks here; none spells a weekday, a month or a
first name itself (``tests/test_lang_fr.py`` checks that).
"""
