"""Reading inputs (files, directories, JSON lines, HTML, stdin) and cleaning their text.

Reading: ``readers`` (inputs → ``RawArticle`` or ``InputError``), ``decode`` (bytes → str),
``html`` (trafilatura), ``metadata`` (published dates), ``language`` (py3langid).
Cleaning: ``clean`` (the steps in order), ``spaces``, ``title``, ``dateline``, ``subheading``,
``glue`` (scraping glue and run-in subheadings), ``vocab`` (known words), ``layout_lexicon`` (tables).
"""

from .clean import CleanText, clean
from .raw import RawArticle
from .readers import read_inputs

__all__ = ["CleanText", "RawArticle", "clean", "read_inputs"]
