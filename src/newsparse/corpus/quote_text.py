"""Quote text as words: the normal form quotes are compared in, and word differences.

Two copies of a quote count as the same words when they differ only in
formatting: case, punctuation, curly versus straight marks, dashes, spacing.
:func:`words` reduces a text to that form (casefolded word tokens, with
typographic apostrophes made straight so ``don’t`` and ``don't`` agree), and
:func:`word_spans` gives the same words with their offsets, so a word that
differs between two copies can be pointed at in the article text.

:func:`word_differences` lists what differs between two word sequences
(rapidfuzz's Levenshtein alignment over words, not characters), which is how
a variant (a misquote, a dropped word) is shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs
from rapidfuzz.distance import Levenshtein

# one character to one character, so offsets in the translated text are offsets in the original
_FORMATTING = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_WORD = re.compile(r"\w+(?:'\w+)*")
_QUOTED = re.compile(r'"([^"]+)"')
_FRAGMENT_EDGE = "'\" \t\n,;:-"


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` for each word of ``text``: the normal form and its offsets in ``text``."""
    plain = text.translate(_FORMATTING)
    return [(_fold_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(plain)]


def words(text: str) -> list[str]:
    """The words of ``text`` in normal form: what two copies of a quote must share to be the same words."""
    return _WORD.findall(_fold(text).translate(_FORMATTING))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _fold_word(word: str) -> str:
    return word.lower() if word.isascii() else _fold(word)


def quoted_fragments(text: str) -> list[tuple[int, int]]:
    """Offsets of the passages inside quotation marks of ``text`` (a paraphrase's quoted words).

    The quotes plugin trims marks at the ends of a content, so one mark may
    be alone: an opening mark (after a space or at the start) runs to the
    end of the text, a closing one from its start.
    """
    plain = text.translate(_FORMATTING).replace("''", ' "')[: len(text)]  # NYT writes '' as a closing mark
    found = [_trim(plain, m.start(1), m.end(1)) for m in _QUOTED.finditer(plain)]
    if plain.count('"') % 2:
        lone = plain.rfind('"') if _opens(plain, plain.rfind('"')) else plain.find('"')
        found.append(_trim(plain, lone + 1, len(plain)) if _opens(plain, lone) else _trim(plain, 0, lone))
    return [(s, e) for s, e in found if e > s]


def _opens(text: str, at: int) -> bool:
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([-"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _FRAGMENT_EDGE:
        start += 1
    while end > start and text[end - 1] in _FRAGMENT_EDGE:
        end -= 1
    return start, end


def well_formed(text: str) -> bool:
    """Is ``text`` a quote as printed, rather than a trimmed or broken copy (open marks, an ellipsis)?"""
    plain = text.translate(_FORMATTING).strip()
    if not plain or plain.count('"') % 2:
        return False
    return not (plain.startswith(("...", "\u2026")) or plain.endswith(("...", "\u2026")))


@attrs.frozen
class Difference:
    """One place where a member's words differ from the canonical text.

    ``op`` is ``replace`` (``canonical`` words printed as ``member`` words),
    ``delete`` (canonical words the member leaves out) or ``insert`` (words
    the member adds). ``start``/``end`` are offsets of the member's words in
    its own text (for ``delete``: where the missing words would be).
    """

    op: str
    canonical: str
    member: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def word_differences(
    canonical: Sequence[tuple[str, int, int]],
    canonical_text: str,
    member: Sequence[tuple[str, int, int]],
    member_text: str,
) -> list[Difference]:
    """What differs between two texts' words (from :func:`word_spans`), aligned word by word."""
    ops = Levenshtein.opcodes([w for w, _, _ in canonical], [w for w, _, _ in member])
    found = []
    for op in ops:
        if op.tag == "equal":
            continue
        said = _words_text(canonical, canonical_text, op.src_start, op.src_end)
        printed = _words_text(member, member_text, op.dest_start, op.dest_end)
        start, end = _offsets(member, op.dest_start, op.dest_end)
        found.append(Difference(op.tag, said, printed, start, end))
    return found


def _words_text(spans: Sequence[tuple[str, int, int]], text: str, first: int, stop: int) -> str:
    if stop <= first:
        return ""
    return text[spans[first][1] : spans[stop - 1][2]]


def _offsets(spans: Sequence[tuple[str, int, int]], first: int, stop: int) -> tuple[int, int]:
    if stop > first:
        return spans[first][1], spans[stop - 1][2]
    if first < len(spans):
        return spans[first][1], spans[first][1]
    return (spans[-1][2], spans[-1][2]) if spans else (0, 0)


def marked(member_text: str, differences: Sequence[Difference]) -> str:
    """The member's text with differing words marked in wdiff style: ``[-said-]{+printed+}``."""
    out, at = [], 0
    for diff in sorted(differences, key=lambda d: (d.start, d.end)):
        out.append(member_text[at : diff.start])
        if diff.canonical:
            out.append(f"[-{diff.canonical}-]")
        if diff.member:
            out.append(f"{{+{diff.member}+}}")
        at = diff.end
    out.append(member_text[at:])
    return "".join(out)
