"""Reading gold annotation files (``*-gold.jsonl[.gz]``, format in ``/work/shared/eval/FORMAT.md``).

The scorer is only as trustworthy as its gold, so every span is checked
against the article text (``text[start:end] == span text``) as it is read.
A broken annotation is left out and reported as a :class:`GoldProblem`
(file, line, article, what is wrong) instead of silently scoring against
offsets that point at the wrong words; ``strict=True`` turns any problem
into an error. Both gold flavours are read as they are: the seeds gold
(speaker names, cue words, no offsets) and the PolNeAR conversion
(``spans`` for discontinuous content, ``speaker_start/speaker_end`` or
``speaker_spans``, ``cue_start/cue_end``, ``speaker_aliases``).
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from newsparse.errors import InputError

log = logging.getLogger(__name__)

QUOTE_KINDS = ("direct", "indirect", "mixed", "unmarked")
Offsets = tuple[int, int]


class GoldError(InputError):
    """A gold file that cannot be used at all, or any problem under ``strict=True``."""


@attrs.frozen
class GoldProblem:
    """One thing wrong in a gold file, located precisely enough to fix it."""

    path: str
    line: int
    article: str | None
    what: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" + (f" (article {self.article})" if self.article else "")
        return f"{where}: {self.what}"


@attrs.frozen
class GoldQuote:
    """One gold attribution. ``spans`` are the content parts (one unless discontinuous)."""

    index: int
    spans: tuple[Offsets, ...]
    kind: str
    speaker: str | None = None
    speaker_spans: tuple[Offsets, ...] = ()
    speaker_aliases: tuple[str, ...] = ()
    cue: str = ""
    cue_span: Offsets | None = None
    partial_marks: bool | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def has_speaker(self) -> bool:
        return bool(self.speaker) or bool(self.speaker_spans)


@attrs.frozen
class GoldArticle:
    """A gold article: the parsed quotes plus the raw record (for the other scorers)."""

    id: str
    text: str
    dct: str | None
    quotes: tuple[GoldQuote, ...]
    raw: dict[str, Any] = attrs.field(eq=False, repr=False)
    line: int = 0

    def actor_names(self) -> dict[str, tuple[str, ...]]:
        """Gold actor name → all its names (name and aliases), for resolving speakers."""
        names: dict[str, tuple[str, ...]] = {}
        for actor in self.raw.get("actors") or ():
            if isinstance(actor, dict) and isinstance(actor.get("name"), str):
                aliases = tuple(a for a in actor.get("aliases") or () if isinstance(a, str))
                names[actor["name"]] = (actor["name"], *aliases)
        return names


@attrs.define
class GoldFile:
    """Everything read from one gold file."""

    path: str
    articles: list[GoldArticle] = attrs.field(factory=list)
    problems: list[GoldProblem] = attrs.field(factory=list)

    def has(self, section: str) -> bool:
        """Whether any article annotates ``section`` (``quotes``, ``actors``, ``dates``, ``stances``)."""
        return any(article.raw.get(section) for article in self.articles)


def _open(path: Path) -> Any:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def read_gold(path: str | Path, strict: bool = False, limit: int | None = None) -> GoldFile:
    """Read a gold JSONL file (gzip or not), checking every span against its text.

    ``limit`` keeps the first N articles. Raises :class:`GoldError` when the
    file is missing or unreadable, or on any problem when ``strict``.
    """
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"gold file not found: {path}")
    gold = GoldFile(str(path))
    seen: set[str] = set()
    try:
        with _open(path) as handle:
            for number, line in enumerate(handle, start=1):
                if limit is not None and len(gold.articles) >= limit:
                    break
                if not line.strip():
                    continue
                problems: list[GoldProblem] = []
                article = _read_line(line, str(path), number, problems)
                if article is not None and article.id in seen:
                    problems.append(GoldProblem(str(path), number, article.id, "duplicate article id"))
                    article = attrs.evolve(article, id=f"{article.id}#line{number}")
                if article is not None:
                    seen.add(article.id)
                    gold.articles.append(article)
                gold.problems.extend(problems)
    except (OSError, UnicodeDecodeError, EOFError) as error:
        raise GoldError(f"cannot read gold file {path}: {error}") from error
    for problem in gold.problems:
        log.error("gold: %s", problem)
    if strict and gold.problems:
        raise GoldError(f"{len(gold.problems)} problem(s) in gold file {path}; first: {gold.problems[0]}")
    if not gold.articles:
        raise GoldError(f"no gold articles in {path}")
    return gold


def _read_line(line: str, path: str, number: int, problems: list[GoldProblem]) -> GoldArticle | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        problems.append(GoldProblem(path, number, None, f"not valid JSON: {error}"))
        return None
    return read_record(record, path, number, problems)


def gold_article(record: dict[str, Any]) -> GoldArticle:
    """A gold article from an in-memory record; raises :class:`GoldError` on any problem."""
    problems: list[GoldProblem] = []
    article = read_record(record, "<memory>", 0, problems)
    if problems or article is None:
        raise GoldError("; ".join(str(p) for p in problems) or "not a gold article")
    return article


def read_record(record: Any, path: str, number: int, problems: list[GoldProblem]) -> GoldArticle | None:
    """Check and convert one decoded gold record; problems found are appended to ``problems``."""
    if not isinstance(record, dict):
        problems.append(GoldProblem(path, number, None, f"expected a JSON object, got {type(record).__name__}"))
        return None
    article_id = str(record.get("id") or f"line{number}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(GoldProblem(path, number, article_id, "missing or empty 'text'"))
        return None
    dct = record.get("dct")
    if dct is not None and not isinstance(dct, str):
        problems.append(GoldProblem(path, number, article_id, f"'dct' must be a string or null, got {dct!r}"))
        dct = None

    def problem(what: str) -> None:
        problems.append(GoldProblem(path, number, article_id, what))

    quotes = []
    for index, raw in enumerate(record.get("quotes") or ()):
        quote = _read_quote(raw, index, text, problem)
        if quote is not None:
            quotes.append(quote)
    for index, raw in enumerate(record.get("dates") or ()):
        _check_date(raw, index, text, problem)
    return GoldArticle(article_id, text, dct, tuple(quotes), record, number)


def _offsets(value: Any) -> Offsets | None:
    if (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return int(value[0]), int(value[1])
    return None


def _in_text(span: Offsets, text: str) -> bool:
    return 0 <= span[0] <= span[1] <= len(text)


def _read_quote(raw: Any, index: int, text: str, problem: Any) -> GoldQuote | None:
    """One gold quote, or ``None`` (with a problem recorded) when its offsets are wrong."""
    label = f"quotes[{index}]"
    if not isinstance(raw, dict):
        problem(f"{label}: expected an object")
        return None
    start, end, content = raw.get("start"), raw.get("end"), raw.get("text")
    whole = _offsets([start, end])
    if whole is None or not _in_text(whole, text):
        problem(f"{label}: bad offsets start={start!r} end={end!r} (text has {len(text)} characters)")
        return None
    if content is not None and text[whole[0] : whole[1]] != content:
        problem(f"{label}: text {content!r} != text[{start}:{end}] {text[whole[0] : whole[1]]!r}")
        return None
    spans = _read_spans(raw.get("spans"), whole, text, f"{label}.spans", problem)
    if spans is None:
        return None
    kind = raw.get("kind") or "direct"
    if kind not in QUOTE_KINDS:
        problem(f"{label}: unknown kind {kind!r} (scored as given)")
    speaker = raw.get("speaker") if isinstance(raw.get("speaker"), str) else None
    speaker_spans = _speaker_spans(raw, text, label, problem)
    cue: str = raw["cue"] if isinstance(raw.get("cue"), str) else ""
    cue_span = None
    if raw.get("cue_start") is not None:
        cue_span = _offsets([raw.get("cue_start"), raw.get("cue_end")])
        if cue_span is None or not _in_text(cue_span, text) or text[cue_span[0] : cue_span[1]] != cue:
            problem(
                f"{label}: cue {cue!r} does not match text[{raw.get('cue_start')}:{raw.get('cue_end')}]; "
                "cue offsets ignored"
            )
            cue_span = None
    aliases = tuple(a for a in raw.get("speaker_aliases") or () if isinstance(a, str) and a.strip())
    partial = raw.get("partial_marks")
    return GoldQuote(
        index=index,
        spans=spans,
        kind=kind,
        speaker=speaker or None,
        speaker_spans=speaker_spans,
        speaker_aliases=aliases,
        cue=cue,
        cue_span=cue_span,
        partial_marks=partial if isinstance(partial, bool) else None,
    )


def _read_spans(value: Any, whole: Offsets, text: str, label: str, problem: Any) -> tuple[Offsets, ...] | None:
    """The content parts: ``spans`` when given (checked: inside start/end, ordered, disjoint)."""
    if value is None:
        return (whole,)
    if not isinstance(value, (list, tuple)) or not value:
        problem(f"{label}: expected a non-empty list of [start, end]")
        return None
    spans: list[Offsets] = []
    for item in value:
        span = _offsets(item)
        if span is None or not (whole[0] <= span[0] <= span[1] <= whole[1]):
            problem(f"{label}: part {item!r} is not inside [{whole[0]}, {whole[1]})")
            return None
        if spans and span[0] < spans[-1][1]:
            problem(f"{label}: parts overlap or are out of order: {spans[-1]} then {span}")
            return None
        spans.append(span)
    return tuple(spans)


def _speaker_spans(raw: dict[str, Any], text: str, label: str, problem: Any) -> tuple[Offsets, ...]:
    """Where the gold source mention is: ``speaker_spans`` (discontinuous) or ``speaker_start/end``."""
    if raw.get("speaker_start") is None:
        return ()
    whole = _offsets([raw.get("speaker_start"), raw.get("speaker_end")])
    speaker = raw.get("speaker")
    if whole is None or not _in_text(whole, text) or (speaker is not None and text[whole[0] : whole[1]] != speaker):
        problem(
            f"{label}: speaker {speaker!r} does not match text[{raw.get('speaker_start')}:{raw.get('speaker_end')}]; "
            "speaker offsets ignored (speaker matched by name only)"
        )
        return ()
    parts = [_offsets(item) for item in raw.get("speaker_spans") or ()]
    if parts and all(p is not None and whole[0] <= p[0] <= p[1] <= whole[1] for p in parts):
        return tuple(p for p in parts if p is not None)
    return (whole,)


def _check_date(raw: Any, index: int, text: str, problem: Any) -> None:
    """Dates are scored by the dates scorer; here their offsets are only verified."""
    label = f"dates[{index}]"
    if not isinstance(raw, dict):
        problem(f"{label}: expected an object")
        return
    span = _offsets([raw.get("start"), raw.get("end")])
    if span is None or not _in_text(span, text):
        problem(f"{label}: bad offsets start={raw.get('start')!r} end={raw.get('end')!r}")
    elif raw.get("text") is not None and text[span[0] : span[1]] != raw.get("text"):
        problem(f"{label}: text {raw.get('text')!r} != text[{span[0]}:{span[1]}] {text[span[0] : span[1]]!r}")
    if not isinstance(raw.get("value"), str) or not raw.get("value"):
        problem(f"{label}: missing 'value'")


def iter_quotes(gold: GoldFile) -> Iterator[tuple[GoldArticle, GoldQuote]]:
    for article in gold.articles:
        for quote in article.quotes:
            yield article, quote
