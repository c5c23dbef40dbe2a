"""Every error a user can see, in one place, each with a message that says what to do."""


class RasdError(Exception):
    """Base of all errors Rasd reports to users without a traceback."""

    exit_code = 1


class InputError(RasdError):
    """The input could not be read as an article (empty, binary, bad encoding, malformed record)."""

    exit_code = 2


class PipelineError(RasdError):
    """The pipeline is misconfigured: unknown stage, or a stage whose requirements are unmet."""

    exit_code = 3


class ModelError(RasdError):
    """A shipped model or data file is missing or corrupt."""

    exit_code = 4


class StoreError(RasdError):
    """The database cannot be opened, written or upgraded."""

    exit_code = 5


class QueryError(RasdError):
    """A user's search query or filter is invalid."""

    exit_code = 2
