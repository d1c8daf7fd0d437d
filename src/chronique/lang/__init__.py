"""Language data: everything Chronique knows about a language lives in one sub-package per language."""
