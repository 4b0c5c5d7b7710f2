"""Which tokens stand inside quotation marks: quoted words are someone's speech, not the narration.

Pronouns in a quotation belong to the speaker's discourse (``"I thought she
might do something like that," Trump said``: *she* is someone the speaker has
in mind, not the last woman the article named), and a name in a quotation is
not what a pronoun of the narration picks up (``"Trump is dangerous," she
said``: *she* is the speaker). Gender resolution (:mod:`.gender`) uses this
to keep the two discourses apart.

Marks are read per paragraph, in one pass: ``“`` opens, ``”`` closes, a
straight ``"`` (or ``''``) toggles, ``«``/``»`` like curly marks; an opening mark left unclosed at
the end of a paragraph closes there (wire style continues a quotation in the
next paragraph with a new opening mark). Single quotes are not read: they
are mostly apostrophes.
"""

from __future__ import annotations

from newsparse import Analysis

_OPEN = frozenset({"“", "«", "``"})
_CLOSE = frozenset({"”", "»"})
_TOGGLE = frozenset({'"', "''"})  # straight marks, and the doubled apostrophes some archives use for both


def quoted_tokens(analysis: Analysis) -> list[bool]:
    """``quoted[i]``: token ``i`` stands between quotation marks (the marks themselves count as inside)."""
    paragraphs = analysis.paragraph_starts
    count = len(paragraphs)
    quoted = [False] * len(analysis.tokens)
    inside = False
    paragraph = -1
    here = 0  # paragraphs that start at or before the token: followed along, tokens being in text order
    for token in analysis.tokens:
        while here < count and paragraphs[here] <= token.start:
            here += 1
        if here != paragraph:
            paragraph, inside = here, False
        text = token.text
        if text in _OPEN or (text in _TOGGLE and not inside):
            inside = True
            quoted[token.i] = True
        elif text in _CLOSE or text in _TOGGLE:
            quoted[token.i] = inside
            inside = False
        else:
            quoted[token.i] = inside
    return quoted


def narrated_sentences(analysis: Analysis, quoted: list[bool]) -> list[int]:
    """``counts[s]``: how many sentences up to and including ``s`` have a word outside quotation marks.

    The difference between two sentences' counts is their distance in the
    narration: a quotation running over several sentences is one speaker's
    turn, and the narration resumes where it left off.
    """
    counts: list[int] = []
    total = 0
    for sentence in analysis.sentences:
        tokens = analysis.tokens[sentence.first : sentence.last]
        total += any(not quoted[t.i] and t.pos != "PUNCT" for t in tokens)
        counts.append(total)
    return counts
