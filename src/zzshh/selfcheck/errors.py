"""Errors the self-check reports to people: one sentence, never a traceback."""


class SelfCheckError(Exception):
    """Base class: `str(err)` is the sentence to show."""


class RulesetError(SelfCheckError):
    """data/proofread-rules.yml or data/glossary.yml cannot be used."""


class ReadError(SelfCheckError):
    """The draft file cannot be read (missing, binary, corrupt, encrypted …)."""
