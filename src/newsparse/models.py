"""The result models: every value newsparse produces, in one place.

All models are frozen, slotted attrs classes validated at construction, so a
bad offset or an unknown kind is refused where it is built, not discovered
later by a consumer. Spans carry character offsets into the article text
(half-open, Python ``str`` indices); ``Article`` checks on construction that
every span of every result lies inside its text and matches it.

Results are stamped with the :class:`Provenance` of the plugin that produced
them; the parser does the stamping, so plugin code may leave it ``None``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from newsparse import serialize
from newsparse.serialize import SCHEMA_VERSION


class ActorKind(str, enum.Enum):
    """What an actor is: ``group`` covers plural unnamed sources ("analysts").

    ``place`` is a country, state or city (as a source, "Kenya agreed", its
    government speaking); ``document`` a report, poll, survey, email, tweet,
    book, video or statement cited as a source.
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    PLACE = "place"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


#: Kinds of evidence for ``Actor.gender``: an honorific (``Mrs.``), a gendered
#: role noun (``spokeswoman``, ``his wife``), pronouns that refer to the actor,
#: or (only when asked for, as an estimate) a first-name table.
GENDER_SOURCES = ("honorific", "role", "pronoun", "name")


class QuoteKind(str, enum.Enum):
    """How speech is reported (see ``docs/schema.md``)."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    UNMARKED = "unmarked"


class Polarity(str, enum.Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    MIXED = "mixed"


class Framing(str, enum.Enum):
    """How the reporter's attribution cue frames a source."""

    NEUTRAL = "neutral"
    ENDORSING = "endorsing"
    DISTANCING = "distancing"
    EMOTIVE = "emotive"


def _non_negative(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _unit_interval(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be in [0, 1], got {value}")


def _signed_unit(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if not -1.0 <= value <= 1.0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be in [-1, 1], got {value}")


def _non_empty(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not value:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _to_tuple(value: Any) -> tuple:
    return tuple(value) if value is not None else ()


# -- cheap validators ------------------------------------------------------------------
# A parse builds some 150 spans and 60 results per article, and attrs' composed
# validators (``optional(instance_of(...))``, ``deep_iterable``, ``and_``) cost a few
# Python calls per field. The validators below test the exact type first, which is
# what every value the built-in plugins make has, and hand anything else (a subclass,
# a wrong type) to the attrs validator they stand for, which accepts it or raises the
# same error as before. So construction validates exactly as much, only faster.

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _exact_or(types: tuple[type, ...], slow: Validator) -> Validator:
    """Accept a value whose type is one of ``types``; check any other with ``slow``."""
    exact = frozenset(types)

    def validate(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if type(value) not in exact:
            slow(instance, attribute, value)

    return validate


def _each_exact_or(member: type, slow: Validator) -> Validator:
    """Accept an iterable whose items are all exactly ``member``; check any other with ``slow``."""

    def validate(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        for item in value:
            if type(item) is not member:
                slow(instance, attribute, value)
                return

    return validate


E = TypeVar("E", bound=enum.Enum)


def _member(kind: type[E], value: Any) -> E:
    """``kind(value)``, but a member is returned as it is (``kind(member)`` is the member, only slower)."""
    return value if type(value) is kind else kind(value)


# named converters: the attrs plugin of mypy reads their return types
def _to_actor_kind(value: Any) -> ActorKind:
    return _member(ActorKind, value)


def _to_quote_kind(value: Any) -> QuoteKind:
    return _member(QuoteKind, value)


def _to_polarity(value: Any) -> Polarity:
    return _member(Polarity, value)


# building a frozen attrs instance field by field, for a path whose values are known valid
_new_object = object.__new__
_set_slot = object.__setattr__


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text.

    ``text`` is the slice it covers; build spans with :meth:`Span.of` so it
    is derived from the document rather than typed by hand. ``Article``
    re-checks ``text == article.text[start:end]`` for every span it holds.
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=attrs.validators.instance_of(int))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    @end.validator
    def _end_after_start(self, attribute: attrs.Attribute, value: int) -> None:
        if value < self.start:
            raise ValueError(f"Span end ({value}) is before its start ({self.start})")

    @text.validator
    def _text_length(self, attribute: attrs.Attribute, value: str) -> None:
        if len(value) != self.end - self.start:
            raise ValueError(
                f"Span text has {len(value)} characters but [{self.start}, {self.end}) covers {self.end - self.start}"
            )

    @classmethod
    def of(cls, document: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``document``, refusing offsets outside it.

        With plain ``int`` offsets into a ``str`` the range test here is every
        check the field validators would make (``0 <= start <= end``, the text
        as long as the range), so the span is built without running them again:
        extractors make a hundred spans an article. Anything else goes
        through the validating constructor.
        """
        if not 0 <= start <= end <= len(document):
            raise ValueError(f"Span [{start}, {end}) is outside a text of {len(document)} characters")
        if cls is Span and type(start) is int and type(end) is int and type(document) is str:
            span = _new_object(cls)
            _set_slot(span, "start", start)
            _set_slot(span, "end", end)
            _set_slot(span, "text", document[start:end])
            return span
        return cls(start, end, document[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Provenance:
    """Which plugin (entry-point name) and which version produced a result."""

    plugin: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    version: str = attrs.field(default="0", validator=attrs.validators.instance_of(str))


_NONE = type(None)
_spans = _each_exact_or(Span, attrs.validators.deep_iterable(attrs.validators.instance_of(Span)))
_strs = _each_exact_or(str, attrs.validators.deep_iterable(attrs.validators.instance_of(str)))
_optional_span = _exact_or((Span, _NONE), attrs.validators.optional(attrs.validators.instance_of(Span)))
_optional_str = _exact_or((str, _NONE), attrs.validators.optional(attrs.validators.instance_of(str)))
_optional_provenance = _exact_or(
    (Provenance, _NONE), attrs.validators.optional(attrs.validators.instance_of(Provenance))
)
_checked_id = attrs.validators.and_(attrs.validators.instance_of(str), _non_empty)


def _id(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    """A non-empty string (the attrs pair above says why when it is not)."""
    if type(value) is not str or not value:
        _checked_id(instance, attribute, value)


@attrs.frozen
class Actor:
    """A person, organization or group appearing in the article.

    ``mentions`` are all the places the actor is named or referred to.
    ``role`` and ``affiliation`` are only what the text says (an appositive,
    a title before the name); ``affiliation_id`` points at the organization
    actor when there is one. ``title`` is an honorific as printed (``Ms.``).
    ``gender`` is set only from evidence, and ``gender_source`` says which
    (see :data:`GENDER_SOURCES`): ``honorific``, ``role``, ``pronoun`` from
    the text, or ``name``, an estimate from a first-name table that is off
    by default. ``None`` when nothing says.
    """

    id: str = attrs.field(validator=_id)
    name: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    kind: ActorKind = attrs.field(default=ActorKind.UNKNOWN, converter=_to_actor_kind)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_to_tuple, validator=_spans)
    role: str | None = attrs.field(default=None, validator=_optional_str)
    affiliation: str | None = attrs.field(default=None, validator=_optional_str)
    affiliation_id: str | None = attrs.field(default=None, validator=_optional_str)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    gender: str | None = attrs.field(default=None, validator=_optional_str)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_strs)
    provenance: Provenance | None = attrs.field(default=None, validator=_optional_provenance)
    gender_source: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(GENDER_SOURCES))
    )

    def spans(self) -> Iterator[Span]:
        yield from self.mentions


#: What ``Quote.text`` puts between the parts of an interrupted quote.
PART_SEPARATOR = " … "

#: The confidence users are advised to keep quotes at: the built-in rules that reach it are right at least
#: 70% of the time, and every quote below it carries a reason. Evaluation scores that subset apart and the
#: corpus actor index counts it (``n_confident_quotes``), so a source is counted at it the same in both.
HIGH_CONFIDENCE = 0.7


@attrs.frozen
class Quote:
    """Something a source said, wrote or holds, with who and how.

    ``parts`` are the content spans in text order (an interrupted quote
    ``"A," she said, "B."`` has two). ``speaker`` is an :class:`Actor` id or
    ``None`` when nobody could be found, in which case ``confidence`` is low.
    ``cue_class`` groups cues (``speech``, ``writing``, ``cognition``,
    ``source`` for "according to", ...) so users can keep speech only.
    ``dates`` are ids of the :class:`DateMention` results inside the content.
    ``reasons`` say, in words, what lowered ``confidence`` (``"no speaker
    found"``, ``"the cue is negated: ..."``); the built-in plugin gives a
    reason to every quote below 0.7.
    """

    id: str = attrs.field(validator=_id)
    parts: tuple[Span, ...] = attrs.field(converter=_to_tuple, validator=[_spans, _non_empty])
    kind: QuoteKind = attrs.field(default=QuoteKind.DIRECT, converter=_to_quote_kind)
    cue: Span | None = attrs.field(default=None, validator=_optional_span)
    cue_class: str | None = attrs.field(default=None, validator=_optional_str)
    speaker: str | None = attrs.field(default=None, validator=_optional_str)
    speaker_mention: Span | None = attrs.field(default=None, validator=_optional_span)
    confidence: float = attrs.field(default=1.0, converter=float, validator=_unit_interval)
    dates: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_strs)
    provenance: Provenance | None = attrs.field(default=None, validator=_optional_provenance)
    reasons: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_strs)

    @parts.validator
    def _parts_ordered(self, attribute: attrs.Attribute, value: tuple[Span, ...]) -> None:
        for before, after in zip(value, value[1:], strict=False):
            if after.start < before.end:
                raise ValueError(f"Quote parts must be in text order and disjoint: {before} then {after}")

    @property
    def text(self) -> str:
        """The content; the parts of an interrupted quote joined by `` … `` (each part is in ``parts``)."""
        return PART_SEPARATOR.join(part.text for part in self.parts)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def spans(self) -> Iterator[Span]:
        yield from self.parts
        if self.cue is not None:
            yield self.cue
        if self.speaker_mention is not None:
            yield self.speaker_mention


@attrs.frozen
class DateMention:
    """A temporal expression with its TIMEX3 value (TimeML, TempEval-3 style).

    ``type`` is the TIMEX3 type (DATE, TIME, DURATION, SET); ``anchor`` is
    the reference value it was resolved against (usually the publication
    date), ``None`` for absolute expressions.
    """

    id: str = attrs.field(validator=_id)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    value: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    type: str = attrs.field(default="DATE", validator=attrs.validators.in_(("DATE", "TIME", "DURATION", "SET")))
    granularity: str | None = attrs.field(default=None, validator=_optional_str)
    anchor: str | None = attrs.field(default=None, validator=_optional_str)
    provenance: Provenance | None = attrs.field(default=None, validator=_optional_provenance)

    def spans(self) -> Iterator[Span]:
        yield self.span


@attrs.frozen
class PublishedDate:
    """A plugin's finding of when the article was published.

    ``source`` says where it came from (``html``, ``dateline``, ``text``);
    the parser uses it only when the caller gave no publication date.
    """

    value: _dt.datetime = attrs.field(validator=attrs.validators.instance_of(_dt.datetime))
    source: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    span: Span | None = attrs.field(default=None, validator=_optional_span)
    provenance: Provenance | None = attrs.field(default=None, validator=_optional_provenance)

    def spans(self) -> Iterator[Span]:
        if self.span is not None:
            yield self.span


@attrs.frozen
class Stance:
    """What a source thinks: per quote (``quote``), aggregated per actor, or toward a span of text.

    ``evidence`` are the words that carry the polarity; ``framing`` is how
    the reporter's cue frames the source; ``target`` what it is about, with
    ``target_span`` where it is written and ``target_actor`` the id of the
    :class:`Actor` it is, when it is one (schema 1.1). A stance needs a
    quote, an actor or a target span (``Parser.stance_toward`` gives only the last).
    """

    id: str = attrs.field(validator=_id)
    polarity: Polarity = attrs.field(converter=_to_polarity)
    score: float = attrs.field(default=0.0, converter=float, validator=_signed_unit)
    quote: str | None = attrs.field(default=None, validator=_optional_str)
    actor: str | None = attrs.field(default=None, validator=_optional_str)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_to_tuple, validator=_spans)
    framing: Framing | None = attrs.field(default=None, converter=attrs.converters.optional(Framing))
    target: str | None = attrs.field(default=None, validator=_optional_str)
    target_span: Span | None = attrs.field(default=None, validator=_optional_span)
    provenance: Provenance | None = attrs.field(default=None, validator=_optional_provenance)
    target_actor: str | None = attrs.field(default=None, validator=_optional_str)

    def __attrs_post_init__(self) -> None:
        if self.quote is None and self.actor is None and self.target_span is None:
            raise ValueError("Stance needs a quote id, an actor id or a target span")

    def spans(self) -> Iterator[Span]:
        yield from self.evidence
        if self.target_span is not None:
            yield self.target_span


@attrs.frozen
class Failure:
    """A plugin fault recorded on the article instead of losing the article."""

    plugin: str = attrs.field(validator=attrs.validators.instance_of(str))
    phase: str = attrs.field(validator=attrs.validators.instance_of(str))
    error: str = attrs.field(validator=attrs.validators.instance_of(str))
    detail: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen
class NlpInfo:
    """Which NLP backend and model analysed the article."""

    backend: str
    model: str
    version: str


Result = Actor | Quote | DateMention | Stance | PublishedDate


def first_mismatch(text: str, spans: Iterator[Span]) -> Span | None:
    """The first span that lies outside ``text`` or does not match it, else ``None``."""
    return next((s for s in spans if s.end > len(text) or text[s.start : s.end] != s.text), None)


def _check_spans(text: str, owner: str, spans: Iterator[Span]) -> None:
    span = first_mismatch(text, spans)
    if span is not None:
        raise ValueError(f"{owner}: span [{span.start}, {span.end}) {span.text!r} does not match the article text")


def _unique_ids(owner: str, items: tuple) -> None:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"Article.{owner}: duplicate id {item.id!r}")
        seen.add(item.id)


def _optional_datetime(value: Any) -> _dt.datetime | None:
    if value is None or isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    raise TypeError(f"published must be a datetime or None, got {type(value).__name__}")


@attrs.frozen
class Article:
    """An article and everything extracted from it.

    Construction validates that every result's spans lie inside ``text``
    and that ids are unique per result type, so an ``Article`` that exists
    is internally consistent. Use :func:`attrs.evolve` to derive a new one.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = attrs.field(default=None, validator=_optional_str)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    published: _dt.datetime | None = attrs.field(default=None, converter=_optional_datetime)
    published_source: str | None = attrs.field(default=None, validator=_optional_str)
    language: str = attrs.field(default="en", validator=attrs.validators.instance_of(str))
    authors: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_strs)
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Actor))
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Quote))
    )
    dates: tuple[DateMention, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(DateMention)),
    )
    stances: tuple[Stance, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Stance))
    )
    failures: tuple[Failure, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Failure))
    )
    nlp: NlpInfo | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(NlpInfo))
    )
    published_span: Span | None = attrs.field(default=None, validator=_optional_span)
    extra: dict[str, Any] = attrs.field(factory=dict, validator=attrs.validators.instance_of(dict))
    schema_version: str = attrs.field(default=SCHEMA_VERSION, validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        for name in ("actors", "quotes", "dates", "stances"):
            items = getattr(self, name)
            _unique_ids(name, items)
            for item in items:
                _check_spans(self.text, f"{type(item).__name__} {item.id!r}", item.spans())
        if self.published_span is not None:
            _check_spans(self.text, "published_span", iter((self.published_span,)))

    # -- lookups -----------------------------------------------------------
    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or ``None``."""
        if actor_id is None:
            return None
        return next((actor for actor in self.actors if actor.id == actor_id), None)

    def speaker_of(self, quote: Quote) -> Actor | None:
        return self.actor(quote.speaker)

    def stances_of(self, quote: Quote) -> tuple[Stance, ...]:
        return tuple(stance for stance in self.stances if stance.quote == quote.id)

    # -- JSON (one converter for every model, in newsparse.serialize)
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, ``schema_version`` included."""
        return serialize.to_dict(self)

    def to_json(self, **kwargs: Any) -> str:
        """JSON text; ``Article.from_json(article.to_json()) == article``. ``kwargs`` go to ``json.dumps``."""
        return serialize.to_json(self, **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article; refuses another major schema version and spans that do not match the text."""
        return serialize.from_dict(data, cls)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Rebuild an article from JSON text (see :meth:`from_dict`)."""
        return serialize.from_json(text, cls)
