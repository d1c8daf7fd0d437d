"""Facts about the world, each with its source and tests: office holders and their terms,
organisations (acronyms and full names), departments of France, news outlets and their kinds, seats
of power, currency names several countries share."""

from .offices import (Office, Term, Version, holders_on, known_offices, overlaps, public_names, public_surnames,
                      terms, terms_by_office, title_alternation, title_capitals, title_key, titles_by_key, version)

__all__ = ["Office", "Term", "Version", "holders_on", "known_offices", "overlaps", "public_names", "public_surnames",
           "terms", "terms_by_office", "title_alternation", "title_capitals", "title_key", "titles_by_key", "version"]
