"""One exception type per stage; the CLI turns each into a one-line message."""


class BriefingError(Exception):
    """Base of every expected failure; ``exit_code`` is what the CLI returns."""

    exit_code = 1


class ConfigError(BriefingError):
    exit_code = 2


class StoreError(BriefingError):
    pass


class FetchError(BriefingError):
    pass


class ExtractError(BriefingError):
    pass


class ComposeError(BriefingError):
    pass


class RenderError(BriefingError):
    pass


class PublishError(BriefingError):
    pass
