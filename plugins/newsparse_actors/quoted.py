"""Which tokens stand inside quotation marks: quoted words are someone's speech, not the narration.

Pronouns in a quotation belong to the speaker's discourse (``"I thought she
might do something like that," Trump said``: *she* is someone the speaker has
in mind, not the last woman the article named), and a name in a quotation is
not what a pronoun of the narration picks up (``"Trump is dangerous," she
said``: *she* is the speaker). Gender resolution (:mod:`.gender`) uses this
to keep the two discourses apart.

Where the quotations are is the core's answer (:attr:`newsparse.Analysis.quotations`,
the scanner the quotes plugin reads too): curly, straight, guillemets and
PTB-style doubled backticks and apostrophes, a quotation left open at its paragraph's end closed there,
apostrophes and elisions (``it’s``, ``’90s``) told from single quotes.
Single-quoted stretches are left to the narration, as before the switch:
an elision the scanner cannot tell (``in 't Veld``) would otherwise hide the
rest of its paragraph, and a single-quoted headline phrase (``Clinton ‘Talks
To the Press Everywhere She Goes’``) is mostly the writer's own sentence.
"""

from __future__ import annotations

import bisect

from newsparse import Analysis, marks


def quoted_tokens(analysis: Analysis) -> list[bool]:
    """``quoted[i]``: token ``i`` stands between quotation marks (the marks themselves count as inside)."""
    quoted = [False] * len(analysis.tokens)
    starts = analysis.token_starts
    quotations = analysis.quotations
    for segment in quotations.segments:
        if segment.style in marks.DOUBLE_STYLES:  # single marks are too often apostrophes here
            open_at, end = quotations.span(segment)
            for i in range(bisect.bisect_left(starts, open_at), bisect.bisect_left(starts, end)):
                quoted[i] = True
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
