"""The stanza backend: a real ``stanza.Pipeline`` when its English models are installed.

Stanza downloads models from a model hub, which needs the internet; run
``newsparse download stanza`` once where it is reachable. Without models the
backend raises :class:`BackendUnavailable` naming that command, instead of
trying (and hanging on) a download at parse time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsparse.analysis import Analysis, Chunk, Entity, Sentence, Token
from newsparse.nlp.base import Backend, BackendUnavailable

log = logging.getLogger(__name__)

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
_NOUNISH = {"NOUN", "PROPN", "PRON", "NUM"}


def model_dir(options: dict[str, Any] | None = None) -> Path:
    """Where stanza models live: ``options['dir']``, ``$STANZA_RESOURCES_DIR`` or stanza's default."""
    options = options or {}
    if options.get("dir"):
        return Path(options["dir"])
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"])
    return Path.home() / "stanza_resources"


def models_installed(language: str = "en", directory: Path | None = None) -> bool:
    directory = directory or model_dir()
    return (directory / "resources.json").is_file() and (directory / language).is_dir()


def download(language: str = "en", directory: Path | None = None) -> Path:
    """Fetch stanza's models (needs the internet)."""
    import stanza

    directory = directory or model_dir()
    stanza.download(language, model_dir=str(directory), processors=PROCESSORS + ",coref")
    return directory


class StanzaBackend(Backend):
    """stanza ``Pipeline`` → :class:`Analysis`. The pipeline loads on first use."""

    name = "stanza"

    def __init__(self, language: str = "en", options: dict[str, Any] | None = None, pipeline: Any = None) -> None:
        self.language = language
        self.options = dict(options or {})
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            self._pipeline = self._build()
        return self._pipeline

    def _build(self) -> Any:
        try:
            import stanza
        except ImportError as error:
            raise BackendUnavailable(
                "stanza is not installed: pip install 'newsparse[stanza]' "
                "(install torch==2.13.0 first for the CPU build)"
            ) from error
        directory = model_dir(self.options)
        if not models_installed(self.language, directory):
            raise BackendUnavailable(
                f"stanza models for {self.language!r} are not installed in {directory}: "
                "run `newsparse download stanza` where the internet is reachable"
            )
        processors = self.options.get("processors", PROCESSORS)
        if (directory / self.language / "coref").is_dir() and "coref" not in processors:
            processors += ",coref"
        log.info("building stanza pipeline (%s) from %s", processors, directory)
        return stanza.Pipeline(
            self.language,
            dir=str(directory),
            processors=processors,
            download_method=None,
            use_gpu=self.options.get("use_gpu", False),
            logging_level="WARN",
        )

    @property
    def model(self) -> str:
        return f"stanza-{self.language}"

    @property
    def version(self) -> str:
        import stanza

        return f"stanza {stanza.__version__}"

    def analyze(self, text: str) -> Analysis:
        return document_to_analysis(self.pipeline(text), self.model)

    def analyze_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Analysis]:
        import stanza

        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._run_batch(stanza, batch)
                batch = []
        if batch:
            yield from self._run_batch(stanza, batch)

    def _run_batch(self, stanza: Any, texts: list[str]) -> Iterator[Analysis]:
        documents = self.pipeline([stanza.Document([], text=text) for text in texts])
        for document in documents:
            yield document_to_analysis(document, self.model)


def document_to_analysis(document: Any, model: str = "stanza") -> Analysis:
    """Convert a stanza ``Document`` into the neutral analysis.

    Multi-word tokens (``don't`` → ``do`` + ``n't`` is not one in English,
    but ``Blinken's`` can be) give each word the character range of its
    token when stanza has no word-level offsets. Heads are converted from
    stanza's 1-based in-sentence ids to document-wide token indexes.
    """
    text: str | None = document.text
    if text is None:
        raise ValueError(
            "stanza Document has no text: build it with CoNLL.conll2doc(..., reconstruct_text=True) or a Pipeline"
        )
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for number, sentence in enumerate(document.sentences):
        first = len(tokens)
        words = sentence.words
        for word in words:
            start, end = _word_offsets(word)
            head = first + word.head - 1 if word.head else first + word.id - 1
            dep = (word.deprel or "dep").lower()
            tokens.append(
                Token(
                    first + word.id - 1,
                    start,
                    end,
                    text[start:end],
                    word.lemma or word.text,
                    word.upos or "X",
                    word.xpos or "",
                    dep,
                    head,
                    number,
                    "",
                )
            )
        if words:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    entities = _entities(document, tokens)
    if entities:
        labels = {}
        for entity in entities:
            for i in range(entity.first, entity.last):
                labels[i] = entity.label
        tokens = [token._replace(ent=labels.get(token.i, "")) for token in tokens]
    return Analysis(
        text,
        tuple(tokens),
        tuple(sentences),
        entities,
        _noun_chunks(tokens),
        coref=_coref_chains(document, tokens),
        backend="stanza",
        model=model,
    )


def _word_offsets(word: Any) -> tuple[int, int]:
    start = getattr(word, "start_char", None)
    end = getattr(word, "end_char", None)
    if start is None or end is None:
        parent = word.parent
        start, end = parent.start_char, parent.end_char
    if start is None or end is None:
        raise ValueError("stanza document has no character offsets (build it with reconstruct_text=True)")
    return start, end


def _entities(document: Any, tokens: list[Token]) -> tuple[Entity, ...]:
    starts = {token.start: token.i for token in tokens}
    ends = {token.end: token.i for token in tokens}
    result = []
    for ent in getattr(document, "ents", None) or ():
        first, last = starts.get(ent.start_char), ends.get(ent.end_char)
        if first is None or last is None:
            continue
        result.append(Entity(ent.start_char, ent.end_char, ent.type, first, last + 1))
    return tuple(result)


def _noun_chunks(tokens: list[Token]) -> tuple[Chunk, ...]:
    """Base noun phrases from the dependency tree: a nominal head and its left dependents.

    stanza has no noun chunker; this mirrors spaCy's English rule (a noun
    head with its determiners, modifiers and compounds to the left).
    """
    chunks = []
    left_dependents = {"det", "amod", "compound", "nummod", "nmod:poss", "flat", "poss", "case", "compound:prt"}
    covered = -1
    for token in tokens:
        if token.pos not in _NOUNISH or token.dep in ("compound", "flat") or token.i <= covered:
            continue
        first = token.i
        while first > 0 and tokens[first - 1].head == token.i and tokens[first - 1].dep in left_dependents:
            first -= 1
        last = token.i + 1
        while last < len(tokens) and tokens[last].head == token.i and tokens[last].dep in ("flat", "compound"):
            last += 1
        chunks.append(Chunk(tokens[first].start, tokens[last - 1].end, first, last, token.i))
        covered = last - 1
    return tuple(chunks)


def _coref_chains(document: Any, tokens: list[Token]) -> tuple[tuple[tuple[int, int], ...], ...]:
    chains = getattr(document, "coref", None) or ()
    result = []
    for chain in chains:
        spans = []
        for mention in chain.mentions:
            sentence = document.sentences[mention.sentence]
            words = sentence.words[mention.start_word : mention.end_word]
            if words:
                spans.append((_word_offsets(words[0])[0], _word_offsets(words[-1])[1]))
        if len(spans) > 1:
            result.append(tuple(spans))
    return tuple(result)
