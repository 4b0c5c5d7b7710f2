"""How sure the quotes plugin is of a quote, and why it is less sure.

A quote's ``confidence`` is the precision the rule that found it has on
annotated news: of the quotes a rule finds, the share that match an
annotated attribution (content overlap, see ``docs/evaluation.md``). The
figures below were measured on the PolNeAR development file (840 articles,
all attributions, speech cues; measured again after the last change of
issue 21) and rounded down to 0.05, so a user who keeps quotes with
``confidence >= 0.7`` keeps the rules that are right at least 70% of the
time on that corpus, and much more often on speech-only annotation
(``docs/evaluation.md`` has the calibration table).

Whatever lowers a quote below :data:`HIGH` is said in ``Quote.reasons``, in
words a user can read (``"no speaker found"``, ``"content is a noun phrase:
a topic or target, not a statement"``), so low-confidence quotes are never
left unexplained.
"""

from __future__ import annotations

from .candidates import Candidate

#: The threshold users are advised to filter on; every quote below it carries a reason.
HIGH = 0.7
#: Confidence of a quote whose speaker could not be found (the quote is kept: its content may be right).
UNKNOWN_SPEAKER = 0.3
#: Confidence of a quote whose cue is negated ("did not say whether ..."): nothing was said.
NEGATED = 0.3
#: Cue classes whose cue, in a clause modifying a noun, describes the noun's referent rather than reports.
DESCRIBING_CLASSES = frozenset({"stance", "cognition"})
#: Confidence of such a quote (``voters who back Clinton``, ``groups supporting her``): 51% right on PolNeAR.
DESCRIBING = (0.5, "a stance or belief in a clause describing someone ('voters who back X'), not a report of it")

#: Measured precision of each finder rule (``Candidate.source``), and why a rule below HIGH is less sure.
RULES: dict[str, tuple[float, str | None]] = {
    "direct:cue": (0.95, None),
    "direct:credit": (0.7, None),
    # '"Headline," by Times' X: "..."' in a reading list: none of 7 annotated on PolNeAR
    "direct:byline": (0.3, "an excerpt of an article credited to its byline ('by X:'), not a statement"),
    "direct:complement": (0.55, "quoted words inside the reporter's sentence, as a speech verb's complement"),
    "direct:continued": (0.45, "speaker carried over from the previous quote"),
    "direct:inner": (0.2, "a closing quotation mark is missing"),
    "direct:free": (0.5, "no attribution: quoted words standing alone"),
    "reported:clause": (0.85, None),
    "reported:inverted": (0.8, None),
    "reported:question": (0.8, None),
    "reported:according": (0.8, None),
    "reported:mixed": (0.8, None),
    "reported:noun-clause": (0.75, None),
    "reported:support": (0.85, None),  # "made it clear that ...": 21 of 24 right on PolNeAR
    "reported:predicate": (0.7, None),
    "reported:message": (0.65, "content is a message named by a noun ('a warning that ...', 'his view of ...')"),
    "reported:infinitive": (0.75, None),
    "reported:object": (0.55, "content is a noun phrase: a topic or target, not a statement"),
    "reported:noun": (0.55, "an attribution noun ('her criticism of ...'): content is a noun phrase"),
    "reported:colon": (0.75, None),
    "reported:dash-credit": (0.6, "credited by a dash, no verb and no quotation marks"),
    "reported:continued": (0.6, "unmarked sentence carried over to the previous speaker"),
    "reported:raising": (0.65, "an impression nobody is named as holding (seems, appears, is expected to)"),
    "reported:poll": (0.4, "a poll or survey given as the source of a finding"),
    "reported:for": (0.4, "'For X, <who X is>, ...' read as X's view"),
    "interview:answer": (0.85, None),  # an answer in a question-and-answer interview
}
#: Cue classes whose quotes are less often right than speech, and why.
CLASSES: dict[str, tuple[float, str]] = {
    "cognition": (0.65, "a belief, wish or intention, not something said"),
    "question": (0.6, "a question or request put by someone unnamed"),
}
#: A rule with a cue class it is much less often right with than with the others, and why.
PAIRS: dict[tuple[str, str], tuple[float, str]] = {
    # "the poll shows how much the party has changed": 11 of 23 right on PolNeAR
    ("reported:question", "evidence"): (
        0.45,
        "an evidence cue with an embedded question ('the poll shows how ...'): what it shows is the reporter's reading",
    ),
}
#: Rules of unknown precision (a plugin's own, a future rule).
DEFAULT = (0.5, "found by a rule of unmeasured precision")


def assess(candidate: Candidate, speaker_found: bool) -> tuple[float, tuple[str, ...]]:
    """``(confidence, reasons)`` of a candidate whose speaker was (or was not) resolved to an actor.

    The rule's measured precision, capped by what is known to lower it (a
    belief cue, a rule with a cue class it is seldom right with, a stance or
    belief describing someone, a negated cue, no speaker); each cap adds its
    reason.
    """
    confidence, reason = RULES.get(candidate.source, DEFAULT)
    reasons = [reason] if reason is not None else []
    describing = DESCRIBING if candidate.describes and candidate.cue_class in DESCRIBING_CLASSES else None
    pair = PAIRS.get((candidate.source, candidate.cue_class or ""))
    for capped in (CLASSES.get(candidate.cue_class or ""), pair, describing):
        if capped is not None and capped[0] < confidence:
            confidence = capped[0]
            reasons.append(capped[1])
    if candidate.negated:
        confidence = min(confidence, NEGATED)
        reasons.append("the cue is negated: the source did not say this")
    if not speaker_found:
        confidence = min(confidence, UNKNOWN_SPEAKER)
        reasons.append("no speaker found" if candidate.speaker is None else "speaker mention not resolved to an actor")
    if confidence < HIGH and not reasons:
        reasons.append(DEFAULT[1])
    return confidence, tuple(reasons)
