"""briefing: market news in, publishable briefing posts out."""

__version__ = "0.1.0"
