"""newsparse: who said what, who the actors are, when, and with what stance, from news articles.

>>> from newsparse import Parser
>>> article = Parser().parse(text, published="2023-06-20")   # doctest: +SKIP
>>> [(q.text, article.speaker_of(q).name) for q in article.quotes]   # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

from newsparse.analysis import Analysis, Entity, Sentence, Token  # noqa: E402
from newsparse.document import Document  # noqa: E402
from newsparse.errors import InputError, NewsparseError, PluginError, SchemaError  # noqa: E402
from newsparse.hookspecs import hookimpl  # noqa: E402
from newsparse.inputs import ArticleInput  # noqa: E402
from newsparse.models import (  # noqa: E402
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Article,
    DateMention,
    Failure,
    Framing,
    Polarity,
    Provenance,
    PublishedDate,
    Quote,
    QuoteKind,
    Span,
    Stance,
)
from newsparse.parser import ParseFailure, Parser  # noqa: E402

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Analysis",
    "Article",
    "ArticleInput",
    "DateMention",
    "Document",
    "Entity",
    "Failure",
    "Framing",
    "InputError",
    "NewsparseError",
    "ParseFailure",
    "Parser",
    "PluginError",
    "Polarity",
    "Provenance",
    "PublishedDate",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "Sentence",
    "Span",
    "Stance",
    "Token",
    "hookimpl",
    "to_dataframes",
]


def __getattr__(name: str) -> object:
    """``newsparse.to_dataframes`` loads on first use, so importing newsparse never imports pandas."""
    if name == "to_dataframes":
        from newsparse.tables import to_dataframes

        return to_dataframes
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
