"""One exception hierarchy for Chronique.

    ChroniqueError
    ├── InputError            a bad input: named, reported, and the batch goes on
    │   ├── EncodingError     undecodable bytes or a binary file
    │   ├── EmptyInputError   nothing left to analyse
    │   ├── TooLargeError     over the size limit
    │   ├── FormatError       broken JSON, unknown extension, missing fields
    │   ├── LanguageError     not French
    │   ├── FetchError        a page or feed not fetched: HTTP status, timeout, redirects, robots.txt
    │   └── SkippedInput      not an article (a WARC request record, an image): counted, not failed
    ├── PipelineError         a stage broke its contract (a programming error)
    │   └── StageError        a stage raised on one article (reported as partial)
    ├── StoreError            the database refused or is inconsistent
    └── UsageError            wrong command-line or API arguments
"""

from __future__ import annotations


class ChroniqueError(Exception):
    """Base of every error Chronique raises on purpose."""

    code = "E000"


class InputError(ChroniqueError):
    """An input that cannot be analysed. ``source`` names it (a path, ``<stdin>``, ``file:line``)."""

    code = "E100"

    def __init__(self, reason: str, source: str | None = None):
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)

    def __reduce__(self):  # keep reason and source across process boundaries
        return (type(self), (self.reason, self.source))

    def with_source(self, source: str) -> "InputError":
        return type(self)(self.reason, source)


class EncodingError(InputError):
    code = "E101"


class EmptyInputError(InputError):
    code = "E102"


class TooLargeError(InputError):
    code = "E103"


class FormatError(InputError):
    code = "E104"


class LanguageError(InputError):
    code = "E105"


class FetchError(InputError):
    code = "E106"


class SkippedInput(InputError):
    """A record that holds no article by design (counted as skipped, never as failed)."""

    code = "E107"


class PipelineError(ChroniqueError):
    code = "E200"


class StageError(PipelineError):
    code = "E201"


class StoreError(ChroniqueError):
    code = "E300"


class UsageError(ChroniqueError):
    code = "E400"
