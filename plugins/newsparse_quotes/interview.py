"""Question-and-answer interviews: each answer is the interviewee's words.

News prints interviews as alternating paragraphs: the interviewer's
question (``Where did the idea come from?``, or ``Q: ...``) and the answer,
in the first person, with no quotation marks and no ``she said``
(``My grandmother grew up on a river like that.``). Read sentence by
sentence, the answers attribute nothing, or give their ``I think`` to the
article's author; a researcher counting sources wants every answer as the
interviewee's quote.

The layout is recognised only when the introduction announces an interview
(``The interview has been edited``, ``Q&A with``, ``spoke to``) or the
questions are labelled, and when it is plain: at least two questions
(a paragraph ending in ``?``, or opening with ``Q:``), at least one of
them addressed to ``you``, each followed by an answer, and at least two
answers in the first person. The interviewee is the person after
``interview with`` / ``conversation with`` / ``spoke to``, or else the person
the introduction names most often. With no single person to give the
answers to, nothing changes. Each answer paragraph becomes one unmarked quote (its
direct quotations stay as found, so the answer loses those ranges); the
sentence-level readings inside answers give way to it. The label an answer
opens with is where the text names its speaker: ``A:`` (or the interviewee's
initials) is the quote's speaker mention for the whole answer, the
interviewee its speaker; a name label (``FALLIN:``) names who answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Actor, ActorKind, QuoteKind

from .candidates import Candidate, Offsets

SOURCE = "interview:answer"
_QUESTION_LABEL = re.compile(r"\s*(?:Q|Question)\s*[:.]\s*", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"\s*(A|Answer)\s*[:.]\s*", re.IGNORECASE)
#: ``FALLIN:``, ``JAKE TAPPER:``, ``DG:``, ``Guerrero:``: a name before a colon opening an answer.
_NAME_LABEL = re.compile(r"\s*([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})[ \t]*:\s+")
#: ``QThere's no shortage of ...``: a label whose colon or line was lost, trusted only before an ``A:``.
_GLUED_QUESTION_LABEL = re.compile(r"\s*Q(?=[A-Z])")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b")  # not "US"
#: A quotation within a paragraph: its words are someone else's voice, not the paragraph's.
_QUOTATION = re.compile(r"[\"“][^\"“”\n]*[\"”]")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_INTRODUCED = re.compile(
    r"\b(?:interview(?:ed)?|conversation|Q&A|chat|talk(?:ed|s)?|spoke|speaks|sat down)\s+(?:with|to)\s+"
    r"(?:\S+\s+){0,3}$",  # "Q&A with Vice President Joe Biden": a title may come between
    re.IGNORECASE,
)
#: ``conversation with Noor Haddad``: two to four capitalised words after the words that introduce the one talked with.
_INTRODUCED_NAME = re.compile(
    r"\b(?:interview|conversation|Q&A|chat|talk|spoke|sat down)\s+(?:with|to)\s+"
    r"((?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w-]*)"  # on one line: a headline's name is not the lead's
)
#: Words with which an introduction announces an interview.
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interview(?:ed|s)?|conversation|Q&A|transcript|questions and answers|edited for (?:length|clarity)"
    r"|(?:spoke|talked|sat down) (?:with|to))\b",
    re.IGNORECASE,
)
#: Role nouns of the one who asks the questions.
_JOURNALISTS = frozenset(
    {"reporter", "correspondent", "journalist", "interviewer", "host", "anchor", "editor", "columnist", "writer"}
)
#: A question is short: longer paragraphs ending in "?" are rhetorical prose.
_MAX_QUESTION_WORDS = 60
_MIN_QUESTIONS = 2
#: Left at the edges of an answer's pieces around a quotation: its marks and the comma before them.
_EDGE = frozenset("\"“”‘’'«»,")


@attrs.define
class _Turn:
    question: Offsets
    answers: list[Offsets]


def apply(
    text: str, paragraphs: Sequence[Offsets], candidates: list[Candidate], actors: Sequence[Actor]
) -> list[Candidate]:
    """``candidates`` with each interview answer as one unmarked quote by the interviewee (unchanged if none)."""
    turns = _turns(text, paragraphs)
    if not turns or not _announced(text, turns[0].question):
        return candidates
    mention = _interviewee(text, turns[0].question[0], actors)
    if mention is None:
        return candidates
    interviewee = text[mention[0] : mention[1]]
    answers: list[Offsets] = []
    labels: list[_Label | None] = []  # the turn's label: it names who speaks in each paragraph of the answer
    for turn in turns:
        first = _answer_label(text, turn.answers[0], interviewee)
        for span in turn.answers:
            own = _answer_label(text, span, interviewee)
            answers.append(_strip_label(text, span, own))
            labels.append(own or first)
    kept: list[Candidate] = []
    quoted: list[Offsets] = []  # the answers' own quotations, which stay quotes of their own
    for candidate in candidates:
        if not _inside_any(candidate, answers):
            kept.append(candidate)
        elif candidate.kind in (QuoteKind.DIRECT, QuoteKind.MIXED):
            kept.append(candidate)
            quoted.extend(candidate.parts)
    for (start, end), label in zip(answers, labels, strict=True):
        parts = _without(text, start, end, quoted)
        if not parts:
            continue
        answer = Candidate(parts, QuoteKind.UNMARKED, speaker=mention, confidence=0.9, source=SOURCE)
        if label is not None and label.names_answerer:
            answer.speaker = label.span  # "FALLIN:": the label says who answers
        elif label is not None:
            answer.label = label.span  # "A:": the interviewee, written where the answer is
        kept.append(answer)
    return sorted(kept, key=lambda c: c.start)


def _turns(text: str, paragraphs: Sequence[Offsets]) -> list[_Turn]:
    """Question paragraphs and the answers after each, when the article is laid out as an interview."""
    turns: list[_Turn] = []
    body = paragraphs[1:]  # the first paragraph is the headline or the lead, never a question
    labelled = any(_QUESTION_LABEL.match(text, *span) for span in body)
    closed = False  # the interview's last answer has ended: what follows is narration again
    for index, span in enumerate(body):
        answered = index + 1 < len(body) and _ANSWER_LABEL.match(text, *body[index + 1]) is not None
        if _is_question(text, span, answered, labelled):
            turns.append(_Turn(span, []))
            closed = False
        elif turns and not closed:
            if turns[-1].answers and not _speaks_in_first_person(text, span):
                closed = True  # "The prize's chair said ..." after the answers: the reporter speaks again
                continue
            turns[-1].answers.append(span)
    turns = [turn for turn in turns if turn.answers]
    if len(turns) < _MIN_QUESTIONS:
        return []
    if not any(_SECOND_PERSON.search(text, *turn.question) for turn in turns):
        return []
    first_person = sum(1 for turn in turns if any(_FIRST_PERSON.search(text, s, e) for s, e in turn.answers))
    return turns if first_person >= _MIN_QUESTIONS else []


def _speaks_in_first_person(text: str, span: Offsets) -> bool:
    """Whether a paragraph says ``I``/``we`` in its own voice, outside any quotation.

    After the answers, the reporter's closing paragraph may quote the
    interviewee (``Bao said she would keep a lunch menu "for my landlord."``):
    the ``my`` is inside the marks, so the paragraph is narration, not a
    further paragraph of the answer.
    """
    outside = _QUOTATION.sub(" ", text[span[0] : span[1]])
    return _FIRST_PERSON.search(outside) is not None


def _announced(text: str, first_question: Offsets) -> bool:
    """The article says it is an interview (or labels its questions), so the layout is not a columnist's.

    A column may ask ``Why should you care?`` and answer in the first
    person: those answers are the author's, not anyone named above them.
    """
    if _QUESTION_LABEL.match(text, *first_question) or _GLUED_QUESTION_LABEL.match(text, *first_question):
        return True
    return _INTERVIEW_WORDS.search(text, 0, first_question[0]) is not None


def _is_question(text: str, span: Offsets, answered: bool, labelled: bool) -> bool:
    """A paragraph the interviewer speaks: labelled ``Q:``, or a short question with no quotation in it.

    Where the questions are labelled, only labelled paragraphs are
    questions: an answer may open with a question of its own.
    """
    paragraph = text[span[0] : span[1]].strip()
    if _QUESTION_LABEL.match(paragraph) or (answered and _GLUED_QUESTION_LABEL.match(paragraph)):
        return True
    if labelled:
        return False
    if not paragraph.endswith("?") or len(paragraph.split()) > _MAX_QUESTION_WORDS:
        return False
    return not any(mark in paragraph for mark in '"“”«»')


def _interviewee(text: str, first_question: int, actors: Sequence[Actor]) -> Offsets | None:
    """The range of the interviewee's first mention in the introduction, or ``None`` when unclear.

    The person introduced as the one talked with (``a conversation with
    Noor Haddad``, ``Q&A with Vice President Joe Biden``) or else the person
    the introduction names most often, when no one else is named as often
    (``Laura Bush`` in the headline and the lead, ``Donald Trump`` once).
    """
    people = [a for a in actors if a.kind is ActorKind.PERSON and any(m.end <= first_question for m in a.mentions)]
    if not all(map(_asks, people)):
        people = [a for a in people if not _asks(a)]  # the journalist asks, unless nobody else is named
    named: list[tuple[int, Offsets]] = []
    for actor in people:
        before = [m for m in actor.mentions if m.end <= first_question and m.text[:1].isupper()]
        if not before:
            continue
        first = min(before, key=lambda m: m.start)
        if any(_INTRODUCED.search(text, max(0, m.start - 60), m.start) for m in before):
            return first.start, first.end
        named.append((len(before), (first.start, first.end)))
    named.sort(key=lambda item: -item[0])
    if named and (len(named) == 1 or named[0][0] > named[1][0]):
        return named[0][1]
    return _introduced_name(text, first_question)


def _asks(actor: Actor) -> bool:
    """Whether the person is described as a journalist (``Tribune reporter Ana Ruiz``): the one asking.

    ``Mayor Tom Berg sat down with Tribune reporter Ana Ruiz``: the words
    that introduce the one talked with name the interviewer here, and the
    answers had gone to her.
    """
    words = (actor.role or "").lower().split()
    return bool(words) and words[-1] in _JOURNALISTS


def _introduced_name(text: str, first_question: int) -> Offsets | None:
    """``a conversation with Noor Haddad`` where the tagger found no person: the capitalised name after it."""
    found = _INTRODUCED_NAME.search(text, 0, first_question)
    return found.span(1) if found is not None else None


@attrs.frozen
class _Label:
    """The label before an answer: ``span`` the word(s) without the colon, ``end`` where the answer starts."""

    span: Offsets
    end: int
    names_answerer: bool  # "FALLIN:" names who answers; "A:" or the interviewee's initials stand for the interviewee


def _answer_label(text: str, span: Offsets, interviewee: str) -> _Label | None:
    """The label an answer paragraph opens with: ``A:``, the interviewee's initials, a name (``MARTIN:``).

    A name label is in capitals (the transcript style, ``JAKE TAPPER:``) or
    is a word of the interviewee's name (``Guerrero:``); it names the one
    who answers, who is not always the person the introduction named.
    """
    start, end = span
    found = _ANSWER_LABEL.match(text, start, end)
    if found is not None:
        return _Label(found.span(1), found.end(), names_answerer=False)
    found = _NAME_LABEL.match(text, start, end)
    if found is None:
        return None
    words = text[found.start(1) : found.end(1)]
    names = re.findall(r"[^\W\d_]+", interviewee)
    if words == "".join(name[0] for name in names).upper() and len(names) > 1:
        return _Label(found.span(1), found.end(), names_answerer=False)  # "DG:" for Diane Guerrero
    if words.isupper() or all(word in names for word in words.split()):
        return _Label(found.span(1), found.end(), names_answerer=True)
    return None


def _strip_label(text: str, span: Offsets, label: _Label | None) -> Offsets:
    """``A: Not at all.`` -> ``Not at all.``; surrounding spaces off."""
    start, end = span
    if label is not None:
        start = label.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _inside_any(candidate: Candidate, spans: Sequence[Offsets]) -> bool:
    return any(s <= a and b <= e for a, b in candidate.parts for s, e in spans)


def _without(text: str, start: int, end: int, taken: Sequence[Offsets]) -> list[Offsets]:
    """``[start, end)`` minus the ranges already quoted: the pieces left that hold words, marks trimmed."""
    pieces: list[Offsets] = []
    position = start
    for s, e in sorted(taken):
        if e <= start or s >= end:
            continue
        if s > position:
            pieces.append((position, s))
        position = max(position, e)
    if position < end:
        pieces.append((position, end))
    parts = []
    for s, e in pieces:
        while s < e and (text[s].isspace() or text[s] in _EDGE):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE):
            e -= 1
        if any(c.isalnum() for c in text[s:e]):
            parts.append((s, e))
    return parts
