"""Name normalization: the keys under which mentions of one actor meet.

A person is printed many ways in one article: ``Mr. Blinken``,
``Blinken's``, ``Antony J. Blinken`` and, in machine-translated text,
``Blinkens'``. Everything here is pure string work on one name, so it is
cheap, easy to test and shared by the article-level merge and the
corpus-level merge (:mod:`newsparse.corpus`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsparse import names as _core_names

# Honorifics kept as ``Actor.title``. Gendered ones also give evidence for
# ``Actor.gender``; the others (Dr., Rep., Sen.) say nothing about gender.
HONORIFIC_GENDER: dict[str, str | None] = {
    "mr": "male",
    "mister": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "madam": "female",
    "dame": "female",
    "lady": "female",
    "mx": None,
    "dr": None,
    "prof": None,
    "professor": None,
    "rep": None,
    "sen": None,
    "gov": None,
    "gen": None,
    "col": None,
    "lt": None,
    "capt": None,
    "maj": None,
    "sgt": None,
    "adm": None,
    "rev": None,
    "fr": None,
    "hon": None,
    "amb": None,
    "pres": None,
    "supt": None,
    "insp": None,
    "det": None,
}

# Honorifics that abbreviate a title noun: "Sen. Rubio" is "the senator" later (shared with the quotes plugin).
HONORIFIC_TITLES = _core_names.HONORIFIC_TITLES

# Title nouns that NER sometimes swallows into (or labels as) a person name.
TITLE_WORDS = frozenset(
    """president vice secretary minister councilor councillor chancellor premier prime senator
    representative congressman congresswoman governor mayor ambassador envoy general admiral
    commander chairman chairwoman chair director spokesman spokeswoman spokesperson judge justice
    king queen prince princess pope sheikh emir chief deputy speaker leader professor doctor
    head attorney commissioner treasurer sergeant captain colonel lieutenant major officer
    councilmember councilman councilwoman alderman alderwoman assemblyman assemblywoman""".split()
)

#: Person nouns that are no one's title before a name, and given names too often ("Guy", "Rebel").
NOT_ROLE_TITLES = frozenset(
    """guy man woman boy girl gentleman lady person individual kid child teen adult friend neighbor neighbour
    relative family couple someone somebody star native rebel hopeful heir marine jock""".split()
)

# Platforms NER often tags as people ("said on Twitter"): organizations, whatever the tagger says.
PLATFORMS = frozenset(
    "twitter facebook instagram youtube tiktok linkedin reddit whatsapp telegram weibo wechat threads bluesky".split()
)

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_POSSESSIVE = re.compile(r"(?:['’`]s|s['’`]|['’`])$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"\s+")
_INITIAL = re.compile(r"^\w\.?$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, so ``José`` and ``Jose`` meet (cached: names repeat)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def strip_possessive(word: str) -> str:
    """``Blinken's`` → ``Blinken``; ``Blinkens'`` → ``Blinkens`` (the plural is handled by :func:`plural_variants`)."""
    if word.endswith(("s'", "s’", "s`")):
        return word[:-1]
    if "'" not in word and "’" not in word and "`" not in word:
        return word  # every possessive ending has an apostrophe: most words skip the regex
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


def honorific_key(word: str) -> str | None:
    """The honorific's key (``mrs``) if ``word`` is one as printed (``Mrs.``, ``Mrs``), else ``None``."""
    key = fold(word).rstrip(".")
    return key if key in HONORIFIC_GENDER else None


def name_tokens(name: str) -> list[str]:
    """Folded name words without honorifics, possessives, initials or suffixes.

    ``Dr. Antony J. Blinken Jr.'s`` → ``["antony", "blinken"]``.
    """
    folded_name = fold(strip_possessive(name.strip()))  # accents off first: "Garci\u0301a" is one word
    words = _SPACES.split(_NON_WORD.sub(" ", folded_name).strip())
    out: list[str] = []
    for index, word in enumerate(words):
        if not word:
            continue
        folded = word
        if index == 0 and folded in HONORIFIC_GENDER:
            continue
        if folded in NAME_SUFFIXES or (_INITIAL.match(word) and len(words) > 1):
            continue
        out.append(folded)
    return out


def name_key(name: str) -> str:
    """The key two spellings of one full name share: ``antony blinken``."""
    return " ".join(name_tokens(name))


def plural_variants(word: str) -> list[str]:
    """Forms a translation may have glued an ``s`` onto: ``blinkens`` → ``["blinken"]``.

    Only used to look up names already known in the article, never to
    invent one, so ``Jones`` stays ``Jones`` unless a ``Jone`` exists.
    """
    folded = fold(word)
    if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss"):
        return [folded[:-1]]
    return []


def slug(text: str) -> str:
    """A readable id fragment: ``Antony Blinken`` → ``antony-blinken``."""
    folded = fold(text)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "actor"


def clean_org_name(name: str) -> str:
    """``the German Marshall Fund's`` → ``German Marshall Fund``: the name an organization is listed under."""
    name = strip_possessive(name.strip())
    return re.sub(r"^(?:the|The|THE)\s+", "", name).strip()


def org_key(name: str) -> str:
    """Key for an organization or place: folded words of :func:`clean_org_name`, without a legal form.

    ``Pellham Foods Inc`` is the ``Pellham Foods`` of the headline: a
    company's legal form (:data:`LEGAL_FORMS`) is printed once, if at all.
    """
    words = [w for w in _SPACES.split(_NON_WORD.sub(" ", fold(clean_org_name(name))).strip()) if w]
    if len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


#: Abbreviated legal forms that end a company's name (``Inc``, ``Ltd``), folded and without their dot.
LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "llp", "plc", "pty", "gmbh"})


_MINOR = frozenset({"of", "the", "for", "and", "on", "in", "de", "&"})


def initials(name: str) -> str:
    """``Chinese Communist Party`` → ``CCP``: to recognise an acronym of a longer name."""
    words = [w for w in _SPACES.split(_NON_WORD.sub(" ", clean_org_name(name)).strip()) if w]
    return "".join(w[0].upper() for w in words if fold(w) not in _MINOR)
