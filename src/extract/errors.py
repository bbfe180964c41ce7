"""The pipeline's exceptions: one tree, so callers can catch what they mean."""


class ExtractError(Exception):
    """Anything the extractor refuses or cannot do."""


class InputError(ExtractError):
    """One input file cannot be read as an article (empty, binary, undecodable, too large)."""

    def __init__(self, message: str, *, kind: str = "unreadable") -> None:
        super().__init__(message)
        self.kind = kind
        """A short machine-readable reason: ``empty``, ``blank``, ``binary``, ``encoding``, ..."""


class LexiconError(ExtractError):
    """A lexicon data file is missing, empty or malformed."""
