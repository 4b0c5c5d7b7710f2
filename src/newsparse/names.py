"""Name normalisation shared by the corpus views and the scorers.

Two layers need to say whether two names are the same person's: the corpus
views (``newsparse actors`` merges actors of many articles under one key)
and the actor scorer (a predicted actor matches a gold one). They must
agree, so the rule lives here, below both.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
_HONORIFICS = frozenset("mr mrs ms miss dr prof rep sen gov gen mx sir dame lord lady rev".split())

#: Honorifics that abbreviate a title noun: ``Sen. Rubio`` is "the senator" later, and a headline's
#: ``Senator says ...`` is him. The actors plugin gives the noun as a role; the quotes plugin matches on it.
HONORIFIC_TITLES: dict[str, str] = {
    "sen": "senator",
    "rep": "congressman",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "capt": "captain",
    "adm": "admiral",
    "prof": "professor",
    "professor": "professor",
    "dr": "doctor",
    "pres": "president",
    "amb": "ambassador",
    "maj": "major",
    "sgt": "sergeant",
}


def title_noun(honorific: str | None) -> str | None:
    """``Sen.`` → ``senator``; ``None`` for an honorific that abbreviates no title noun (``Mr.``)."""
    return HONORIFIC_TITLES.get(fold(honorific).rstrip(".")) if honorific else None


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> str:
    """``Mr. Antony J. Blinken's`` → ``antony blinken``."""
    text = re.sub(r"['’]s\b|(?<=s)['’]", "", name)
    words = [w for w in _WORD.findall(fold(text))]
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    kept = [w for w in words if not (len(w) == 1 and len(words) > 1) and w not in ("jr", "sr")]
    return " ".join(kept)


__all__ = ["HONORIFIC_TITLES", "fold", "name_key", "title_noun"]
