"""newsparse: who said what, who the actors are, when, and with what stance, from news articles.

>>> from newsparse import Parser
>>> article = Parser().parse(text, published="2023-06-20")   # doctest: +SKIP
>>> [(q.text, article.speaker_of(q).name) for q in article.quotes]   # doctest: +SKIP

This package's top level is the whole public API, for users and for plugin
authors alike: the parser, the result models, the analysis an extractor
reads, ``hookimpl``, the errors, the readers and the public lexicons
(``from newsparse import cues``). The built-in plugins import nothing else
from newsparse, so a third-party plugin can do everything they do.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

from newsparse import cues, marks, nouns  # noqa: E402
from newsparse.analysis import Analysis, Chunk, Entity, Sentence, Token  # noqa: E402
from newsparse.datelines import dateline_spans, whole_datelines  # noqa: E402
from newsparse.document import Document  # noqa: E402
from newsparse.errors import (  # noqa: E402
    InputError,
    NewsparseError,
    PluginError,
    PluginRegistrationError,
    SchemaError,
)
from newsparse.hookrunner import HookCall  # noqa: E402
from newsparse.hookspecs import hookimpl  # noqa: E402
from newsparse.inputs import ArticleInput, ParseFailure  # noqa: E402
from newsparse.models import (  # noqa: E402
    GENDER_SOURCES,
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Article,
    DateMention,
    Failure,
    Framing,
    NlpInfo,
    Polarity,
    Provenance,
    PublishedDate,
    Quote,
    QuoteKind,
    Span,
    Stance,
)
from newsparse.nlp.base import Backend, BackendUnavailable  # noqa: E402
from newsparse.nlp.spacy_backend import SpacyBackend  # noqa: E402
from newsparse.nlp.stanza_backend import StanzaBackend  # noqa: E402
from newsparse.nlp.stanza_backend import model_dir as stanza_model_dir  # noqa: E402
from newsparse.parser import Parser  # noqa: E402
from newsparse.polarity import combine_polarities  # noqa: E402
from newsparse.records import read_articles, read_records  # noqa: E402

__all__ = [
    "GENDER_SOURCES",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Analysis",
    "Article",
    "ArticleInput",
    "Backend",
    "BackendUnavailable",
    "Chunk",
    "DateMention",
    "Document",
    "Entity",
    "Failure",
    "Framing",
    "HookCall",
    "InputError",
    "NewsparseError",
    "NlpInfo",
    "ParseFailure",
    "Parser",
    "PluginError",
    "PluginRegistrationError",
    "Polarity",
    "Provenance",
    "PublishedDate",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "Sentence",
    "Span",
    "SpacyBackend",
    "Stance",
    "StanzaBackend",
    "Token",
    "combine_polarities",
    "cues",
    "dateline_spans",
    "hookimpl",
    "marks",
    "nouns",
    "read_articles",
    "read_records",
    "stanza_model_dir",
    "to_dataframes",
    "whole_datelines",
]


def __getattr__(name: str) -> object:
    """``newsparse.to_dataframes`` loads on first use, so importing newsparse never imports pandas."""
    if name == "to_dataframes":
        from newsparse.corpus.tables import to_dataframes

        return to_dataframes
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
