"""Reading inputs (files, directories, JSON lines, HTML, stdin) and cleaning their text."""

from .clean import CleanText, clean
from .raw import RawArticle
from .readers import read_inputs

__all__ = ["CleanText", "RawArticle", "clean", "read_inputs"]
