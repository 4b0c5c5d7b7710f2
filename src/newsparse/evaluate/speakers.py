"""Is the predicted speaker of a matched quote the gold one?

Right when either holds:

* **position** — the predicted speaker mention, or any mention of the
  predicted speaker actor, overlaps the gold source mention
  (``speaker_start/speaker_end`` or ``speaker_spans``). This is how a
  pronoun source ("he said") is scored: the mention is the evidence.
* **name** — a name of the predicted actor (its name, aliases, mention
  texts, the speaker mention text) equals a name of the gold speaker (the
  gold ``speaker``, its ``speaker_aliases``, and the aliases of the gold
  actor of that name), compared case-folded without honorifics, a leading article
  or ``one``/``some``/``another``, possessives and punctuation; a one-word name also matches the last word
  of a multi-word gold name ("Blinken" for "Antony Blinken"), and names
  with the same first and last words match ("Harry M. Reid"). Pronouns
  never match by name: they say nothing about who.

A gold quote with no speaker is right only when nothing was predicted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsparse.evaluate.gold import GoldArticle, GoldQuote
from newsparse.models import Article, Quote

PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their one this that these those who".split()
)
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady sen senator rep gov governor president pres rev fr gen col "
    "maj capt lt sgt adm judge justice secretary minister mayor".split()
)
#: Leading words that pick one or some of whatever the noun names, dropped like an article:
#: "one midwife", "some voters", "another official" are the gold's "midwife", "voters", "official".
LEADING_DETERMINERS = frozenset({"the", "a", "an", "one", "some", "another"})
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w\s-]+")


def normalize_name(name: str) -> str:
    """Case-folded name without possessive, punctuation, leading honorifics and a leading article or
    ``one``/``some``/``another`` ("Sen. Ted Cruz's" → "ted cruz", "one midwife" → "midwife")."""
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", name.casefold())).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    if words and words[0] in LEADING_DETERMINERS and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _names(values: Iterable[str | None]) -> set[str]:
    normalized = {normalize_name(v) for v in values if v}
    return {n for n in normalized if n and n not in PRONOUNS}


def names_match(predicted: set[str], gold: set[str]) -> bool:
    """Equal names; a one-word name equal to the last word of a longer one; or equal first and last words.

    "Blinken" matches "Antony Blinken" and "Harry M Reid" matches "Harry Reid";
    "Joe Biden" does not match "Biden administration".
    """
    if predicted & gold:
        return True
    for name in predicted:
        words = name.split()
        for other in gold:
            other_words = other.split()
            if len(words) == 1 and len(other_words) > 1 and other_words[-1] == words[0]:
                return True
            if len(words) > 1 and len(other_words) > 1 and (words[0], words[-1]) == (other_words[0], other_words[-1]):
                return True
    return False


def gold_speaker_names(article: GoldArticle, quote: GoldQuote) -> set[str]:
    """All names the gold gives the speaker: the name, its aliases, the gold actor's names."""
    names = [quote.speaker, *quote.speaker_aliases]
    actors = article.actor_names()
    for name in list(names):
        if name in actors:
            names.extend(actors[name])
        else:  # the gold speaker may be an alias of an actor
            names.extend(n for all_names in actors.values() if name in all_names for n in all_names)
    return _names(names)


def predicted_speaker_names(article: Article, quote: Quote) -> set[str]:
    actor = article.speaker_of(quote)
    values: list[str | None] = [quote.speaker_mention.text if quote.speaker_mention else None]
    if actor is not None:
        values += [actor.name, *actor.aliases, *(mention.text for mention in actor.mentions)]
    return _names(values)


def has_speaker(quote: Quote) -> bool:
    return quote.speaker is not None or quote.speaker_mention is not None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def speaker_right(gold_article: GoldArticle, gold: GoldQuote, article: Article, predicted: Quote) -> bool:
    """Whether ``predicted``'s speaker is ``gold``'s (see the module docstring for the rule)."""
    if not gold.has_speaker:
        return not has_speaker(predicted)
    if not has_speaker(predicted):
        return False
    mentions = [predicted.speaker_mention] if predicted.speaker_mention else []
    actor = article.speaker_of(predicted)
    if actor is not None:
        mentions.extend(actor.mentions)
    for mention in mentions:
        if any(_overlaps((mention.start, mention.end), span) for span in gold.speaker_spans):
            return True
    return names_match(predicted_speaker_names(article, predicted), gold_speaker_names(gold_article, gold))


def predicted_speaker_label(article: Article, quote: Quote) -> str | None:
    """A readable name for the predicted speaker (for error listings)."""
    actor = article.speaker_of(quote)
    if actor is not None:
        return actor.name
    if quote.speaker_mention is not None:
        return quote.speaker_mention.text
    return quote.speaker
