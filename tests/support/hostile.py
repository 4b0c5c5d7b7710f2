"""Generators of hostile article texts, shared by the property tests and the fuzz benchmark.

Scraped news arrives with lost or unbalanced quotation marks, control
characters, bidirectional marks, emoji, NULs, lone surrogates, absurd
lengths and no punctuation. These builders compose such texts from
news-like fragments so that extractors are exercised where they branch,
not only on random noise.
"""

from __future__ import annotations

import random

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "''", "``", "—", "–", "-"]
ODD_CHARACTERS = [
    "\x00",
    "\x1b",
    "\x07",
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\u2028",
    "\u2029",
    "😀",
    "👩🏽‍⚖️",
    "\u0301",
    "\ud800",
    "\udfff",
    "\t",
    "\r",
    "\r\n",
    "\x85",
    "\uffff",
]
WORDS = [
    "said",
    "told",
    "reporters",
    "according",
    "to",
    "she",
    "he",
    "they",
    "says",
    "added",
    "warned",
    "Ms.",
    "Mr.",
    "Dr.",
    "Ines",
    "Duarte",
    "Paulo",
    "Reis",
    "the",
    "minister",
    "spokesman",
    "on",
    "Monday",
    "last",
    "month",
    "in",
    "November",
    "2023",
    "officials",
    "claimed",
    "that",
    "not",
    "but",
    "very",
    "good",
    "bad",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "(",
    ")",
    "[",
    "]",
    "Washington",
    "AFP",
    "Reuters",
    "—",
    "14/03/2024",
    "yesterday",
    "ago",
]
SHAPES = [
    "“{q},” {n} said.",
    "{n} said: “{q}”",
    "“{q},” said {n}, a former official.",
    "“{q}”, she says.",
    "“{a},” {n} said, “{b}”",
    "{q}, said {n}, a spokesman for the ministry.",
    "According to {n}, {q}.",
    "{n}: “{q}”",
    "« {q} », a déclaré {n}.",
    "„{q}“, sagte {n}.",
    "— {q}, said {n}.",
    "“{q}",
    "{q}”",
    '"{q}" "" "',
]


def fragment(rng: random.Random, words: int = 8) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, words)))


def noise(rng: random.Random, length: int) -> str:
    pool = QUOTE_MARKS + ODD_CHARACTERS + WORDS + [" ", "\n", "\n\n"]
    return "".join(rng.choice(pool) for _ in range(length))


def shaped(rng: random.Random) -> str:
    shape = rng.choice(SHAPES)
    return shape.format(q=fragment(rng, 12), a=fragment(rng), b=fragment(rng), n=fragment(rng, 3))


def hostile_article(rng: random.Random) -> str:
    """One hostile article: news-shaped paragraphs salted with noise, or a pathological extreme.

    Extremes (only quote marks, no sentence end, a wall of quotes) are kept
    to the size of an ordinary article (a few thousand characters), so that
    time per article compares like with like and a slow one means a
    super-linear path, not just a longer text.
    """
    roll = rng.random()
    if roll < 0.02:
        return "".join(rng.choice(QUOTE_MARKS) for _ in range(rng.randint(1, 2500)))  # only quote marks
    if roll < 0.04:
        return " ".join(rng.choice(WORDS[:40]) for _ in range(rng.randint(100, 500)))  # no sentence end
    if roll < 0.06:
        return "\n".join(f"“{fragment(rng, 5)},” {fragment(rng, 2)} said." for _ in range(rng.randint(10, 60)))
    paragraphs = []
    for _ in range(rng.randint(1, 12)):
        parts = [shaped(rng) if rng.random() < 0.6 else fragment(rng, 20) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.3:
            parts.insert(rng.randrange(len(parts) + 1), noise(rng, rng.randint(1, 40)))
        paragraphs.append(" ".join(parts))
    text = rng.choice(["\n\n", "\n", " "]).join(paragraphs)
    return text if text.strip() else "x" + text
