"""Optional polarity method: stanza's sentence sentiment classifier.

stanza (Stanford NLP) ships a CNN sentiment model per language (English:
trained on SST and product/movie reviews) that labels each sentence 0
(negative), 1 (neutral) or 2 (positive). Its models come from a download
hub, which needs the internet; newsparse never downloads at parse time.
Install them once where the hub is reachable::

    python -c "import stanza; stanza.download('en', processors='tokenize,sentiment')"

then select the method with ``NEWSPARSE_STANCE_METHOD=stanza`` or
``StanceExtractor(method="stanza")``. Without models, building the
classifier raises :class:`StanceMethodUnavailable` naming that command.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from newsparse import NewsparseError, Polarity, stanza_model_dir

log = logging.getLogger(__name__)

PROCESSORS = "tokenize,sentiment"
INSTALL_HINT = (
    "python -c \"import stanza; stanza.download('en', processors='tokenize,sentiment')\" "
    "(where the stanza model hub is reachable), or use the default method: NEWSPARSE_STANCE_METHOD=lexicon"
)
#: stanza's sentence labels mapped to a signed value.
LABEL_VALUE = {0: -1.0, 1: 0.0, 2: 1.0}


class StanceMethodUnavailable(NewsparseError, RuntimeError):
    """The chosen stance method cannot run here (e.g. stanza models not installed)."""


def sentiment_model_installed(directory: Path, language: str = "en") -> bool:
    """Whether stanza's resources index and a sentiment model for ``language`` are in ``directory``."""
    sentiment = directory / language / "sentiment"
    return (directory / "resources.json").is_file() and sentiment.is_dir() and any(sentiment.iterdir())


def labels_to_polarity(labels: Sequence[int]) -> tuple[Polarity, float]:
    """Polarity and score of a quote from its sentences' stanza labels.

    Mixed when it has both a negative and a positive sentence; otherwise
    the sign of the mean label; the score is the mean signed label.
    """
    if not labels:
        return Polarity.NEUTRAL, 0.0
    unknown = [label for label in labels if label not in LABEL_VALUE]
    if unknown:
        raise ValueError(f"stanza sentiment labels are 0, 1 or 2, got {unknown}")
    values = [LABEL_VALUE[label] for label in labels]
    score = sum(values) / len(values)
    if 0 in labels and 2 in labels:
        return Polarity.MIXED, score
    if score > 0:
        return Polarity.POSITIVE, score
    if score < 0:
        return Polarity.NEGATIVE, score
    return Polarity.NEUTRAL, 0.0


class StanzaSentiment:
    """A lazily built stanza ``tokenize,sentiment`` pipeline that classifies quote texts."""

    def __init__(self, language: str = "en", directory: Path | str | None = None) -> None:
        try:
            import stanza
        except ImportError as error:  # the [stanza] extra is not installed
            raise StanceMethodUnavailable(
                f"the stanza package is not installed: pip install 'newsparse[stanza]' ({error})"
            ) from error
        path = Path(directory) if directory is not None else stanza_model_dir()
        if not sentiment_model_installed(path, language):
            raise StanceMethodUnavailable(
                f"stanza sentiment models for {language!r} are not installed in {path}; "
                f"install them with: {INSTALL_HINT}"
            )
        self.pipeline = stanza.Pipeline(
            lang=language,
            processors=PROCESSORS,
            model_dir=str(path),
            download_method=None,
            logging_level="WARN",
        )

    def classify(self, text: str) -> tuple[Polarity, float]:
        """Polarity and score of ``text`` (one quote's content)."""
        doc = self.pipeline(text)
        return labels_to_polarity([sentence.sentiment for sentence in doc.sentences])
