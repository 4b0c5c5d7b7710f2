"""Attribute quoted segments: find the cue and the speaker mention near each quote.

News places attributions in a handful of ways, tried in this order for each
segment found by :mod:`marks`:

* before the quote, ending in a colon or comma (``X said: "..."``,
  ``Said X: "..."``, ``X said that "..."``);
* after it (``"...," X said.``, ``"...," said X, a former official.``,
  ``"..." to lift the sanctions, she says.``), which also joins split quotes
  (``"A," X said, "B."`` is one quote with two parts);
* verbless credits: a colon lead-in (``Ms. Yun: "..."``) or a dash credit
  (``"..." — Ms. Yun``);
* none: a quote in the same paragraph right after an attributed one is the
  next part of that quote (``"A," she said. "B."``: the attribution
  interrupts one quote, as PolNeAR annotates it); a quote that opens the next
  paragraph continues that speaker as a separate quote (the wire
  convention); other free-standing quoted sentences keep no speaker and a
  low confidence.

Short quoted fragments inside a sentence with no cue of their own (scare
quotes, titles: ``the "policy of containment"``) are not direct quotes and
are left to the reported-speech finder, which may embed them (kind
``mixed``); nor is a quote the reporter's sentence runs on after (``'Big
Mo' powers City past Rovers``), and credits need a quote that stands alone.
An all-caps lead-in before a colon that names no one is a section label
(``WATCH:``, see :mod:`.labels`), not a speaker. Everything works on token indexes found by bisection
(``analysis.tokens_in``), so the cost is linear in the text.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence

from newsparse import Analysis, QuoteKind, Token, names

from . import cues, marks
from .candidates import Candidate, Offsets
from .labels import is_quoted_heading, is_section_label
from .marks import Segment
from .sources import after_outside_quotation, carried_name

log = logging.getLogger(__name__)

#: Cue classes that can introduce a verbatim quote (not ``source``: "according to" is handled apart).
DIRECT_CLASSES = ("speech", "writing", "cognition", "stance", "evidence")
#: Cue classes that interrupt a quotation whose closing mark was lost (``"We won, said X. More.``).
_INTERRUPTING_CLASSES = frozenset({*cues.SPEECH_CLASSES, "source"})
#: How many tokens may separate a quote's closing mark from its cue (``"..." to lift it, she says``).
MAX_GAP_AFTER = 10
#: Verbs that name rather than report ("what it calls "X""): their quoted complement is a label.
NAMING_VERBS = frozenset({"call", "label", "dub", "term", "brand", "name", "title", "nickname"})
#: How far after the closing mark a cue is looked for (a long appositive may stand between name and verb).
MAX_SCAN_AFTER = 30
#: How many tokens may stand between a cue and the opening mark (``told reporters in Beijing on Monday:``).
MAX_GAP_BEFORE = 12

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
_INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "parataxis", "acl", "pcomp", "prep"})
_NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})
_DASHES = ("—", "–", "-", "―", "--")
# What follows a quoted item of a list: the next item's opening mark, or "and"/"or" and the last item's.
_LIST_GOES_ON = re.compile(r"(?:(?:and|or)\s+)?(?:``|''|[\"“‘'«„])")
_PRONOUN_WORDS = frozenset({"he", "she", "they", "it", "i", "we", "you"})


def find(analysis: Analysis, segments: Sequence[Segment] | None = None) -> list[Candidate]:
    """Direct-quote candidates of ``analysis.text`` (the analysis's quotations unless segments are given)."""
    text = analysis.text
    if segments is None:
        segments = analysis.quotations.segments
    candidates: list[Candidate] = []
    previous: Candidate | None = None
    skip_until = -1
    for index, segment in enumerate(segments):
        if segment.start < skip_until:
            continue
        paragraph = analysis.paragraph_at(segment.open) or (0, len(text))
        if is_quoted_heading(text, segment, paragraph, segments):
            continue  # "'A change warrior.'" on a line of its own: a subheading in headline style
        following = segments[index + 1] if index + 1 < len(segments) else None
        preceding_end = marks.mark_end(text, segments[index - 1]) if index else 0
        found, joined = _attribute(analysis, segment, following, preceding_end)
        if joined and following is not None:
            skip_until = following.end
        if found is None:
            continue
        if isinstance(found, list):  # a recovered quote and its continuation
            candidates.extend(found)
            previous = found[-1]
            continue
        candidate = found
        if candidate.speaker is None and previous is not None and _continues(analysis, previous, candidate, segment):
            if previous.cue is not None and previous is candidates[-1] and _same_paragraph(analysis, previous, segment):
                # "A," she said. "B." — the attribution interrupts one quote: B is its next part
                previous.parts.extend(candidate.parts)
                continue
            candidate.continues = True
            candidate.speaker = previous.speaker
            candidate.speaker_token = previous.speaker_token
            candidate.confidence = 0.7
            candidate.source = "direct:continued"
        if candidate.source == "direct:free" and segment.style == "—":
            continue  # "— Lower the corporate tax.": a dash line nobody speaks is a list item
        candidates.append(candidate)
        if candidate.speaker is not None:
            previous = candidate
    return candidates


# -- one segment ------------------------------------------------------------------------------
def _attribute(
    analysis: Analysis, segment: Segment, following: Segment | None, preceding_end: int
) -> tuple[Candidate | list[Candidate] | None, bool]:
    """The candidate(s) for ``segment`` and whether it absorbed ``following`` (a split quote)."""
    text = analysis.text
    start, end = _content(text, segment)
    if end <= start:
        return None, False
    paragraph = analysis.paragraph_at(segment.open) or (0, len(text))
    if _possessed_name(analysis, segment, start, end):
        return None, False  # 'on MSNBC's "Morning Joe,"', 'Obama's "pivot"': a name the possessive owns
    if _names_noun_after(analysis, segment, start, end):
        return None, False  # '"Morning Shift" host Ana Ruiz said': the title of the host's show
    if not segment.closed:
        inner = _inner_attribution(analysis, segment)
        if inner is not None:
            return inner, False
    embedded = _embedded(analysis, segment, max(paragraph[0], preceding_end))
    before = _cue_before(analysis, segment, max(paragraph[0], preceding_end))
    after = _cue_after(analysis, segment, following, paragraph[1], embedded)
    if before is not None and after is not None and not _right_after(analysis, segment, after[0]):
        after = None
    # an attribution right after the quote ("...," Chief Ellis told reporters) is the quote's own; a cue
    # before a colon may belong to a label ("What officials say: ...")
    found = after or before
    if found is not None:
        cue, speaker = found
        parts = [(start, end)]
        joined = False
        if after is not None and following is not None:
            second = _split_part(analysis, segment, following, cue, speaker, paragraph[1])
            if second is not None:
                parts.append(second)
                joined = True
        lead = _fronted_lead(analysis, segment, cue, speaker, max(paragraph[0], preceding_end)) if not after else None
        if lead is not None:
            # "If the bill passes, she said, "it will be the end of it."": the clause opens before the attribution
            candidate = _candidate(analysis, [lead, *parts], cue, speaker, "direct:lead")
            candidate.kind = QuoteKind.MIXED
            return candidate, joined
        return _candidate(analysis, parts, cue, speaker, "direct:cue"), joined
    credit = None
    if not embedded:  # a fragment inside the reporter's sentence ('a "road" - where ...') has no credit line
        credit = _dash_credit(analysis, segment, paragraph[1])
        if credit is None and _stands_alone(analysis, segment, paragraph[1]):
            # "Sanders: 'Of Course' Clinton Is Qualified" credits a headline, not the quoted words
            credit = _colon_lead_in(analysis, segment, max(paragraph[0], preceding_end))
    if credit is not None:
        owned = _owned_message(analysis, credit[1])
        if owned is not None:
            return _candidate(analysis, [(start, end)], owned[0], owned[1], "direct:cue"), False
        candidate = Candidate(
            parts=[(start, end)],
            kind=QuoteKind.DIRECT,
            speaker=credit[0],
            speaker_token=credit[1],
            confidence=0.8,
            source="direct:byline" if _is_byline(text, credit[0]) else "direct:credit",
        )
        return candidate, False
    if embedded:
        # ``Trump says "the game is soft."``, ``the crowd chanted "USA!"``: the quote is the
        # complement of a speech verb right before it. Any other fragment inside someone else's
        # sentence (a scare quote, a title, the quoted part of a paraphrase: kind "mixed", the
        # reported finder's) is not a direct quote.
        governed = _governing_cue(analysis, segment, start, end)
        if governed is not None and _clause_goes_on(text, segment):
            return None, False  # 'said "we won the vote" by a wide margin': the whole clause is the reported finder's
        if governed is not None:
            return _candidate(analysis, [(start, end)], governed[0], governed[1], "direct:complement"), False
        return None, False
    if not _stands_alone(analysis, segment, paragraph[1]):
        # "'Big Mo' powers City past Rovers", "“Soft quitting” — letting a hobby fade — is ...": the quoted
        # words are a name or a coinage in the reporter's own sentence, and no cue attributes them
        return None, False
    return Candidate(parts=[(start, end)], kind=QuoteKind.DIRECT, confidence=0.3, source="direct:free"), False


def _fronted_lead(
    analysis: Analysis,
    segment: Segment,
    cue: cues.CueMatch,
    speaker: tuple[int, int, int] | None,
    floor: int,
) -> tuple[int, int] | None:
    """The opening of the quoted sentence before its attribution: ``If X, she said, "it will ..."``.

    A quotation that opens in lower case after ``<lead>, <speaker> <cue>,``
    goes on with a sentence the lead began, in the reporter's words: a
    clause (``If the bill passes, she said, "it will be the end"``, ``The
    plan is sound, he added, "but it comes too late"``) or the subject the
    quotation gives a predicate (``The new stadium, the mayor said, "is a
    waste of money"``). The content is both parts. A connective or a phrase
    alone (``But, he said, "..."``, ``In a statement, she said, "..."``) is
    as often the reporter's framing of the saying and stays out, as does a
    participle opening the lead (``Asked about it, she said, "..."``: an
    attribution of its own), a lead with a cue of its own (``He argued the
    plan, which ..., "would fail"``) or one ending on a word that the
    quotation completes (``critics, including, he said, "..."``). The lead
    must open the sentence.
    """
    text = analysis.text
    start = _content(text, segment)[0]
    if not text[start : start + 1].islower():
        return None
    sentence = analysis.sentence_at(segment.open)
    if sentence is None or sentence.start < floor:
        return None  # the lead must open the sentence, not follow another quote in it
    lower = sentence.start
    attribution = min(cue.start, speaker[0]) if speaker else cue.start
    prior = text[lower:attribution].rstrip()
    if not prior.endswith(","):
        return None
    first, last = marks.strip_separator(text, lower, len(prior) + lower)
    words = [t for t in analysis.tokens_in(first, last) if t.pos != "PUNCT"]
    if not words or any(_is_mark(t) for t in analysis.tokens_in(first, last)):
        return None
    if words[0].tag in ("VBN", "VBG"):
        return None  # "Asked about the plan, she said, ...": the lead is an attribution of its own
    if _open_ended(words) or any(_cue_match(analysis, t.i) for t in words):
        return None  # "critics, including, he said, ...", "He argued the plan, ...": the quote completes another frame
    clause = any(t.pos in ("VERB", "AUX") for t in words)
    opening = analysis.tokens_in(start, start + 1)
    predicate = bool(opening) and opening[0].pos in ("VERB", "AUX") and words[-1].pos in _NOMINAL_POS | {"DET"}
    return (first, last) if clause or predicate else None


def _open_ended(words: Sequence[Token]) -> bool:
    """Whether a lead ends on a word the quotation completes: a preposition, ``including``, ``and (also)``."""
    return words[-1].pos in ("ADP", "SCONJ") or words[-1].tag == "VBG" or any(t.pos == "CCONJ" for t in words[-2:])


def _clause_goes_on(text: str, segment: Segment) -> bool:
    """Whether the reporter's clause runs on after the closing mark: ``said "we won the vote" by a wide margin``.

    The quoted words are then only the first part of what was reported; the
    content is the whole clause, quoted part and all (a ``mixed`` quote the
    reported-speech finder makes), not the words in marks alone.
    """
    if text[segment.start : segment.end].rstrip().endswith(("!", "?", ".")):
        return False  # 'She declared "What a night!" and left': a complete utterance, then the reporter's words
    after = text[marks.mark_end(text, segment) : marks.mark_end(text, segment) + 3]
    return bool(after[:1] == " " and after[1:2].isalpha() and after[1:2].islower())


def _stands_alone(analysis: Analysis, segment: Segment, limit: int) -> bool:
    """Whether the quote reads as someone's words rather than a name or a coinage in the reporter's sentence.

    It does when nothing of the sentence follows the closing mark (the end of
    the paragraph, a full stop, the next quote), or when the quote closes
    with its own punctuation (``"America is great!" read one``, ``"We won,"
    beamed X``: an attribution the parser did not read). ``'Big Mo' powers
    City past Rovers`` and ``"Soft quitting" — letting a hobby fade — is
    ...`` do not: the reporter's sentence runs on through the marks.
    """
    text = analysis.text
    rest = text[marks.mark_end(text, segment) : limit].lstrip()
    inside = text[segment.start : marks.mark_end(text, segment)].rstrip(" \"“”'‘’«»`")
    if inside.endswith(",") and _LIST_GOES_ON.match(rest):
        return False  # 'shows such as "Veep," "Billions" and "Succession"': names in a list
    if not rest or rest[0] in ".!?\"“”'‘’«»„":
        return True
    return bool(inside) and inside[-1] in ",.!?"


def _inner_attribution(analysis: Analysis, segment: Segment) -> list[Candidate] | None:
    """A quote whose closing mark was lost before its attribution: ``"We won, said X. More.``

    The content is cut at the comma before the cue; the speech after the
    attribution sentence is kept as a second part only when there is one.
    """
    tokens = analysis.tokens_in(segment.start, segment.end)
    for position, token in enumerate(tokens):
        if position == 0 or tokens[position - 1].text != ",":
            continue
        match = _cue_match(analysis, token.i)
        subject_first = False
        if match is None and token.pos in _NOMINAL_POS:
            # ", X said." — a short name then the cue
            for ahead in tokens[position + 1 : position + 5]:
                match = _cue_match(analysis, ahead.i)
                if match is not None:
                    subject_first = True
                    break
        if match is None or match.cls not in _INTERRUPTING_CLASSES:
            continue  # "..., you know, ...", "..., I learned, ...": the speaker's own words, not an attribution
        speaker = _speaker_of(analysis, match, segment_outside(segment))
        if speaker is None:
            continue
        comma = tokens[position - 1].start
        stop = next(
            (t for t in tokens[position + 1 :] if t.text in ".!?" and t.start >= max(match.end, speaker[1])), None
        )
        if stop is None and not subject_first and position + 8 < len(tokens):
            continue
        parts = [marks.strip_separator(analysis.text, segment.start, comma)]
        candidate = _candidate(analysis, parts, match, speaker, "direct:inner")
        candidate.confidence = 0.6
        if stop is not None:
            rest = marks.strip_separator(analysis.text, stop.end, segment.end)
            if rest[1] > rest[0]:
                candidate.parts.append(rest)  # the speech goes on after the attribution
        return [candidate]
    return None


def segment_outside(segment: Segment) -> Segment:
    """A zero-width stand-in so tokens inside a recovered quote may serve as its speaker."""
    return Segment(segment.open, segment.open, segment.open, segment.open, segment.style)


def _governing_cue(
    analysis: Analysis, segment: Segment, start: int, end: int
) -> tuple[cues.CueMatch, tuple[int, int, int] | None] | None:
    """The speech cue a quote is the complement of (its outside head, through one preposition)."""
    content = analysis.tokens_in(start, end)
    if not content:
        return None
    heads = {t.head for t in content if not (start <= analysis.tokens[t.head].start < end) and t.head != t.i}
    for head in heads:
        for _ in range(2):
            token = analysis.tokens[head]
            if token.end > segment.open:
                break
            match = cues.cue_at(analysis, head, cues.SPEECH_CLASSES)
            if match is not None and match.cue.lemma in NAMING_VERBS:
                return None  # what it calls "sensible laws": a name for something, not speech
            if match is not None:
                if any(t.pos != "PUNCT" for t in analysis.tokens_in(match.end, segment.open)):
                    # words between ("called Trump "unhinged"", "says the candidate has "run ...""):
                    # the quote is part of a paraphrase, not the whole of what was said
                    return None
                speaker = _speaker_of(analysis, match, segment)
                return (match, speaker) if speaker is not None else None
            if token.pos not in ("ADP", "SCONJ") and token.dep not in ("pcomp", "pobj", "prep"):
                break
            head = token.head
    return None


def _content(text: str, segment: Segment) -> tuple[int, int]:
    return marks.strip_separator(text, segment.start, segment.end)


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _embedded(analysis: Analysis, segment: Segment, floor: int) -> bool:
    """Whether words of the same sentence come right before the opening mark (not a colon or comma)."""
    sentence = analysis.sentence_at(segment.open)
    lower = max(floor, sentence.start if sentence is not None else floor)
    prior = analysis.text[lower : segment.open].rstrip()
    if not prior:
        return False
    return prior[-1] not in ":.!?\"”'’»)"


# -- cues ---------------------------------------------------------------------------------------
def _cue_match(analysis: Analysis, index: int) -> cues.CueMatch | None:
    token = analysis.tokens[index]
    if token.text.lower() == "according":
        match = cues.cue_at(analysis, index)
        return match
    return cues.cue_at(analysis, index, DIRECT_CLASSES)


def _cue_before(
    analysis: Analysis, segment: Segment, floor: int
) -> tuple[cues.CueMatch, tuple[int, int, int] | None] | None:
    """``X said: "..."`` — the last cue before the mark, if only a connective lies between."""
    text = analysis.text
    prior = text[floor : segment.open].rstrip()
    lower = floor
    if not prior:
        # a quote opening a paragraph, introduced by the previous one: ``Cruz continued:``
        prior = text[max(0, floor - 400) : segment.open].rstrip()
        if not prior.endswith(":"):
            return None
        colon = segment.open - (len(text[: segment.open]) - len(text[: segment.open].rstrip())) - 1
        sentence = analysis.sentence_at(colon)
        lower = sentence.start if sentence is not None else max(0, colon - 200)
    elif prior[-1] not in ":,":
        return None  # ("said that "..."" is reported speech with a quoted part: the reported finder's)
    else:
        sentence = analysis.sentence_at(segment.open)
        lower = max(floor, sentence.start if sentence is not None else floor)
    tokens = analysis.tokens_in(lower, segment.open)
    window = [t for t in tokens if t.end <= segment.open and not _is_mark(t)]
    for position in range(len(window) - 1, max(-1, len(window) - 1 - MAX_GAP_BEFORE), -1):
        token = window[position]
        if token.pos == "PUNCT":
            continue
        match = _cue_match(analysis, token.i)
        if match is None:
            continue
        speaker = _speaker_of(analysis, match, segment)
        if speaker is None:
            continue
        if _reported_lead_in(analysis, match, segment):
            return None
        return match, speaker
    if prior.endswith(":"):
        return _colon_verb(analysis, window, segment)
    return _wording_aside(analysis, window, segment)


def _wording_aside(
    analysis: Analysis, window: Sequence[Token], segment: Segment
) -> tuple[cues.CueMatch, tuple[int, int, int] | None] | None:
    """``As one midwife put it, "..."`` — an ``as`` clause on the wording introduces the quote after it.

    Any verb does (:func:`.cues.wording_aside`), as before a colon
    (:func:`_colon_verb`): the last verb before the comma must be it.
    """
    for token in reversed(window[-MAX_GAP_BEFORE:]):
        if token.pos != "VERB":
            continue
        if not cues.wording_aside(analysis, token.i):
            return None
        return _verb_with_subject(analysis, token, segment)
    return None


def _reported_lead_in(analysis: Analysis, match: cues.CueMatch, segment: Segment) -> bool:
    """Whether a ``that`` clause opens between the cue and the mark: ``recalled that in 2009, "I called ..."``.

    The quotation is then the end of a reported clause, not a quote of its own:
    the content is the whole clause from ``that`` (a ``mixed`` quote of the
    reported-speech finder), as it is when the marks open right after ``that``.
    """
    between = analysis.tokens_in(match.end, segment.open)
    return any(t.dep == "mark" and t.text.lower() == "that" for t in between)


def _colon_verb(
    analysis: Analysis, window: Sequence[Token], segment: Segment
) -> tuple[cues.CueMatch, tuple[int, int, int] | None] | None:
    """``Potts echoed:`` — a verb outside the lexicon still introduces a quote before a colon."""
    for token in reversed(window[-MAX_GAP_BEFORE:]):
        if token.pos != "VERB" or token.tag == "VBN" and token.dep != "root":
            continue
        return _verb_with_subject(analysis, token, segment)
    return None


def _verb_with_subject(
    analysis: Analysis, token: Token, segment: Segment
) -> tuple[cues.CueMatch, tuple[int, int, int] | None] | None:
    """A verb outside the lexicon taken as a speech cue, with its subject as the speaker; ``None`` without one."""
    subject = _subject(analysis, token.i, segment)
    if subject is None:
        return None
    cue = cues.Cue(token.lemma.lower(), "verb", "speech")
    match = cues.CueMatch(token.start, token.end, token.i, (token.i,), cue)
    return match, _mention(analysis, subject)


def _cue_after(
    analysis: Analysis, segment: Segment, following: Segment | None, limit: int, embedded: bool
) -> tuple[cues.CueMatch, tuple[int, int, int] | None] | None:
    """``"...," X said.`` — the first cue after the closing mark, within the sentence.

    A quote inside the reporter's sentence takes an attribution after it
    only when a comma sets that off, or when the quote ends on its own
    question or exclamation mark and an inverted attribution follows at
    once (``... but the ministry denies — "who will pay?" asked Reyes``):
    the mark stands for the comma, and ``asked Reyes`` is the quote's own,
    not the cue before the dash. Any other word after such a quote goes on
    with the reporter's sentence (``the chant "Lock her up!" that rang``).
    """
    text = analysis.text
    begin = marks.mark_end(text, segment)
    stop = min(limit, following.open if following is not None else limit)
    gap = text[begin:stop].lstrip()
    exclaimed = embedded and not gap.startswith(",") and text[segment.start : segment.end].rstrip()[-1:] in "?!"
    if embedded and not gap.startswith(",") and not exclaimed:
        return None
    tokens = analysis.tokens_in(begin, stop)
    for count, token in enumerate(tokens):
        if count > MAX_SCAN_AFTER:
            break
        if token.tag == "." and token.text in ".!?" and count > 0:
            break
        if _is_mark(token) or token.pos == "PUNCT":
            continue
        match = _cue_match(analysis, token.i)
        if match is None:
            if count <= 4:
                match = _verb_after_name(analysis, tokens, count, segment)
            if match is None:
                continue
        speaker = _speaker_of(analysis, match, segment, between=begin)
        if speaker is None:
            continue
        if exclaimed and (count > 0 or analysis.tokens[speaker[2]].start < match.end):
            return None  # '"Lock her up!" that rang', '"Go!" — the crowd cheered': the reporter's sentence goes on
        tight = all(
            t.pos == "PUNCT" or speaker[0] <= t.start < speaker[1] for t in analysis.tokens_in(begin, match.start)
        )
        if not tight and _reports_other(analysis, match, stop):
            return None
        before_cue = min(match.start, speaker[0])
        if len(analysis.tokens_in(begin, before_cue)) > MAX_GAP_AFTER:
            return None
        if following is not None and text[max(match.end, speaker[1]) : following.open].strip() == ":":
            return None  # '"We are refugees." Mr. Zahed said: "..."': a lead-in to the next quote
        return match, speaker
    return None


def _possessed_name(analysis: Analysis, segment: Segment, start: int, end: int) -> bool:
    """Whether quoted words without a verb follow a possessive: ``on Fox News's "Sunday Morning Futures,"``.

    A possessive opens a noun phrase, and the quoted words are its noun: the
    name of a show, a policy or a slogan (``Obama's "pivot"``), never words
    someone said, even when a speaker and a cue follow (``on WTMJ's "Midday
    with Charlie Sykes," the speaker said``). Quoted words with a verb stay
    a quotation (``the campaign's "we raised more than ever"``).
    """
    before = analysis.tokens_in(max(0, segment.open - 3), segment.open)
    if not before or before[-1].end > segment.open or not names.is_possessive(before[-1]):
        return False
    return not any(t.pos in ("VERB", "AUX") for t in analysis.tokens_in(start, end))


#: Dependencies of a word that modifies the noun it hangs on (``"Morning Shift" host``).
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _names_noun_after(analysis: Analysis, segment: Segment, start: int, end: int) -> bool:
    """Whether the quoted words are a title modifying the common noun right after the closing mark.

    ``"Morning Shift" host Ana Ruiz said``, ``"Night Desk" presenter Tom
    Hale told``: a show's, a book's or a campaign's title set before a role
    noun says which show the host hosts, the way ``CNN host`` does; the
    parser hangs it on the noun as a modifier. Words someone said end on
    their punctuation or stand apart from the attribution (``"We won," the
    mayor said``, ``"We are done" the mayor said``, whose quoted verb is the
    clause's complement), so a quotation with no closing punctuation whose
    root modifies the noun after it names something. The noun must title a
    name (``host Ana Ruiz``): a scare-quoted word before a bare noun
    (``'Stoic' driver``) is the writer's irony, left as it was.
    """
    text = analysis.text
    if text[start:end].rstrip()[-1:] in ",.!?;:…—-":
        return False
    closed = marks.mark_end(text, segment)
    after = analysis.tokens_in(closed, closed + 2)
    if not after or after[0].pos != "NOUN" or after[0].start > closed + 1 or not _titles_a_name(analysis, after[0]):
        return False
    inside = analysis.tokens_in(start, end)
    roots = [t for t in inside if not start <= analysis.tokens[t.head].start < end or t.head == t.i]
    return bool(roots) and all(t.dep in _NOUN_MODIFIER_DEPS and t.head == after[0].i for t in roots)


def _titles_a_name(analysis: Analysis, noun: Token) -> bool:
    """Whether a role noun stands right before a name (``host Ana Ruiz``, ``presenter Tom Hale``)."""
    following = noun.i + 1
    return following < len(analysis.tokens) and analysis.tokens[following].pos == "PROPN"


def _right_after(analysis: Analysis, segment: Segment, cue: cues.CueMatch) -> bool:
    """Whether only a comma and a short name stand between the closing mark and the cue (``"...," X said``)."""
    between = analysis.tokens_in(marks.mark_end(analysis.text, segment), cue.start)
    return len(between) <= 5 and all(t.pos in ("PUNCT", "PROPN", "NOUN", "DET", "PRON") for t in between)


def _verb_after_name(
    analysis: Analysis, tokens: Sequence[Token], position: int, segment: Segment
) -> cues.CueMatch | None:
    """``"Go back," Trump barked``: a verb outside the lexicon whose subject is the name right after the quote."""
    token = tokens[position]
    if token.pos != "VERB" or token.tag not in ("VBD", "VBZ", "VBP", "VBN") or token.dep == "amod":
        return None  # "an exasperated Dyson": a participle describing the name is not its verb
    quoted = analysis.text[segment.start : segment.end].rstrip()
    if not quoted or quoted[-1] not in ",!?":
        return None
    before = tokens[:position]
    if not before or not all(_in_name_phrase(t) for t in before):
        return None  # the name must stand alone between the mark and the verb
    cue = cues.Cue(token.lemma.lower(), "verb", "speech")
    return cues.CueMatch(token.start, token.end, token.i, (token.i,), cue)


def _in_name_phrase(token: Token) -> bool:
    """A word of a name phrase with its article and description: ``an angry Hollande``, ``a smiling Ms. Ruiz``."""
    return token.pos in _NOMINAL_POS or token.pos in ("DET", "ADJ", "PUNCT") or token.dep == "amod"


def _reports_other(analysis: Analysis, match: cues.CueMatch, stop: int) -> bool:
    """A cue after the quote with its own clausal complement before the next quote reports something else."""
    for child in analysis.children[match.head]:
        kid = analysis.tokens[child]
        if kid.dep in ("ccomp", "xcomp") and match.end < kid.start < stop:
            return True
    return False


def _is_mark(token: Token) -> bool:
    return token.tag in ("``", "''") or token.text in ('"', "“", "”", "«", "»", "„", "‘", "’", "'", "''", "``")


# -- speakers -----------------------------------------------------------------------------------
def _speaker_of(
    analysis: Analysis, match: cues.CueMatch, segment: Segment, between: int | None = None
) -> tuple[int, int, int] | None:
    """``(start, end, head token)`` of the cue's speaker mention, outside the quote.

    ``between``: for a cue after the quote, the offset just after the closing
    mark; a name standing between the mark and the cue is then the speaker
    even when the parser attached it elsewhere (often to the quote).
    """
    mention = _speaker_mention(analysis, match, segment, between)
    return None if mention is None else _after_quote(analysis, mention, segment)


def _after_quote(analysis: Analysis, mention: tuple[int, int, int], segment: Segment) -> tuple[int, int, int]:
    """The mention cut at the quote's closing mark when its noun chunk reached back into the quote.

    The parser may hang the quote's last word on the name after it
    (``"... anything other than soft," Chief Executive Karin Lindqvist
    said``: ``soft`` an adjective of ``Lindqvist``), and the noun chunk then
    runs from inside the quote; what is quoted is never part of who speaks.
    """
    start, end, head = mention
    if not start <= segment.close < analysis.tokens[head].start:
        return mention
    words = [t for t in analysis.tokens_in(segment.close, end) if t.pos != "PUNCT" and not _is_mark(t)]
    return (words[0].start if words else start), end, head


def _speaker_mention(
    analysis: Analysis, match: cues.CueMatch, segment: Segment, between: int | None
) -> tuple[int, int, int] | None:
    """The speaker mention as the parse gives it (see :func:`_speaker_of`)."""
    tokens = analysis.tokens
    if match.cue.text == "according to":
        for child in analysis.children[match.tokens[-1]]:
            if tokens[child].dep == "pobj":
                return _mention(analysis, child)
        nxt = match.tokens[-1] + 1
        if nxt < len(tokens) and tokens[nxt].pos in _NOMINAL_POS:
            return _mention(analysis, nxt)
        return None
    head = match.head
    for _ in range(3):
        subject = _subject(analysis, head, segment)
        if subject is not None:
            return _mention(analysis, subject)
        token = tokens[head]
        if token.dep not in _INHERIT_DEPS or token.head == head:
            break
        if token.dep == "xcomp":  # "prompted the atlas to state": the object speaks
            controller = _object(analysis, token.head, segment)
            if controller is not None:
                return _mention(analysis, controller)
        reporter = cues.reporter_of_conjunct(analysis, token)
        if reporter is None or _inside(tokens[reporter], segment):
            head = token.head
        else:
            head = reporter  # "X said it was too early but added, "...": X added it
    if between is not None:
        for token in analysis.tokens_in(between, match.start):
            if token.pos in _NOMINAL_POS:
                return _mention(analysis, _phrase_head(analysis, token.i))
            if token.pos not in ("PUNCT", "DET", "ADJ", "NUM"):
                break
    # inverted or unparsed: the nearest nominal right after the cue; right after the
    # closing mark (``"...?" asked resident Omar Diallo``) even one parsed as an object
    inverted = between is not None and all(t.pos == "PUNCT" for t in analysis.tokens_in(between, match.start))
    inverted = inverted or analysis.sentences[tokens[match.head].sent].first == match.head  # "Said the chief: ..."
    for index in range(match.tokens[-1] + 1, min(len(tokens), match.tokens[-1] + 4)):
        token = tokens[index]
        if _inside(token, segment) or _is_mark(token):
            break
        if token.pos in _NOMINAL_POS:
            phrase = _phrase_head(analysis, index)
            if tokens[phrase].dep in ("dobj", "dative", "pobj", "iobj", "obj") and not inverted:
                break
            return _mention(analysis, phrase)
    return None


def _object(analysis: Analysis, head: int, segment: Segment) -> int | None:
    for child in analysis.children[head]:
        kid = analysis.tokens[child]
        if kid.dep in ("dobj", "obj") and not _inside(kid, segment):
            return child
    return None


def _subject(analysis: Analysis, head: int, segment: Segment) -> int | None:
    for child in analysis.children[head]:
        kid = analysis.tokens[child]
        if kid.dep in _SUBJECT_DEPS and not _inside(kid, segment):
            return child  # "Lee, who said": ``who`` as written; the resolver finds Lee
    return None


def _phrase_head(analysis: Analysis, index: int) -> int:
    """Climb compound/flat links to the head of a name (``Ned`` -> ``Price``)."""
    token = analysis.tokens[index]
    steps = 0
    while token.dep in ("compound", "flat", "amod", "det", "poss", "nmod") and token.head != token.i and steps < 4:
        if analysis.tokens[token.head].pos in ("VERB", "AUX"):
            break  # a misparse attached the name to the verb
        token = analysis.tokens[token.head]
        steps += 1
    return token.i


def _inside(token: Token, segment: Segment) -> bool:
    return segment.open <= token.start < max(segment.close, segment.end)


def _mention(analysis: Analysis, head: int) -> tuple[int, int, int]:
    """The tight name phrase around ``head`` (its noun chunk or entity) and the token to resolve.

    A description's appositive name belongs to the mention (``the
    columnist, Ruth Marek``): it is where the text says who speaks, and the
    resolver reads it from the description's noun. A description set after
    a name (``Ruth Marek, the columnist``) is left out.
    """
    token = analysis.tokens[head]
    start, end = token.start, token.end
    for chunk in _chunks_at(analysis, token.start):
        if chunk.first <= head < chunk.last:
            start, end = min(start, chunk.start), max(end, chunk.end)
            break
    entity = _entity_at(analysis, token.start)
    if entity is not None and entity.first <= head < entity.last:
        start, end = min(start, entity.start), max(end, entity.end)
    start = after_outside_quotation(analysis, start, token.start)
    if token.pos == "PROPN":
        return start, end, head
    named = carried_name(analysis, token)
    if named is not None:
        return start, max(end, analysis.tokens[named[1] - 1].end), head
    if token.pos == "NOUN":
        # a role noun right before a name the parser did not set in apposition: ``resident Omar Diallo``
        following = head + 1
        while following < len(analysis.tokens) and analysis.tokens[following].pos == "PROPN" and following - head <= 4:
            following += 1
        if following > head + 1:
            return start, max(end, analysis.tokens[following - 1].end), following - 1
    return start, end, head


def _chunks_at(analysis: Analysis, offset: int) -> list:
    """The noun chunk starting last at or before ``offset`` (bisection over cached chunk starts)."""
    index = _chunk_index(analysis)
    position = bisect.bisect_right(index, offset) - 1
    return [analysis.chunks[position]] if position >= 0 else []


def _entity_at(analysis: Analysis, offset: int):
    """The entity covering ``offset`` (bisection over cached entity starts), else ``None``."""
    starts = analysis.__dict__.get("_quotes_entity_starts")
    if starts is None:
        starts = [entity.start for entity in analysis.entities]
        analysis.__dict__["_quotes_entity_starts"] = starts
    position = bisect.bisect_right(starts, offset) - 1
    if position >= 0 and analysis.entities[position].start <= offset < analysis.entities[position].end:
        return analysis.entities[position]
    return None


def _chunk_index(analysis: Analysis) -> list[int]:
    cache = analysis.__dict__.setdefault("_quotes_chunk_starts", None)
    if cache is None:
        cache = [chunk.start for chunk in analysis.chunks]
        analysis.__dict__["_quotes_chunk_starts"] = cache
    return cache


# -- split quotes, credits, continuation -------------------------------------------------------
def _split_part(
    analysis: Analysis,
    segment: Segment,
    following: Segment,
    cue: cues.CueMatch,
    speaker: tuple[int, int, int] | None,
    limit: int,
) -> tuple[int, int] | None:
    """The second part of ``"A," X said, "B."``: the attribution sits between and ends in a comma."""
    text = analysis.text
    if following.open >= limit:
        return None
    attribution_end = max(cue.end, speaker[1] if speaker else cue.end)
    if attribution_end > following.open:
        return None
    between = text[attribution_end : following.open].strip()
    if not between.endswith(","):
        return None
    speaker_span = (speaker[0], speaker[1]) if speaker else None
    if not one_attribution(analysis, (cue.start, cue.end), speaker_span, marks.mark_end(text, segment), following.open):
        return None  # '"A," she said, adding that ..., "B."': the second part has a cue of its own
    start, end = _content(text, following)
    return (start, end) if end > start else None


# -- one attribution between two quotations ------------------------------------------------------
#: Dependencies by which a clause of its own is coordinated with (or run on from) the attribution verb.
_OWN_CLAUSE_DEPS = frozenset({"conj", "parataxis"})
#: Dependencies of a clausal complement: a cue with one has said something of its own.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
#: How far a word between the quotations may hang below the attribution verb.
_MAX_DEPTH = 12


def one_attribution(analysis: Analysis, cue: Offsets, speaker: Offsets | None, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end``, between two quotations, are one attribution clause.

    ``"A," Adelson said during an interview in Macau, ahead of the opening.
    "B."``, ``"A," said Nora Quist, who runs the harbor. "B."``, ``"A," she
    told CNN when asked who she backs. "B."``: the attribution interrupts
    one quotation, whatever it says of the speaker, the place, the time or
    the occasion (a quoted title too: ``said on "Meet the Press."``), as
    long as every word hangs from the cue verb (or its speaker) in one
    paragraph. Another sentence (``She thanked her staff.``), a clause
    coordinated with the cue (``she said, and her husband cut in``) or a
    cue that reports words of its own (``adding that ...``, ``who also said
    that ...``, ``adding, "B."``) makes the second quotation a quote of its
    own: the same speaker's, with that cue or none.
    """
    paragraph = analysis.paragraph_at(start)
    if paragraph is None or not paragraph[0] <= end <= paragraph[1]:
        return False
    own = {t.i for t in analysis.tokens_in(*cue)}
    if speaker is not None:
        own.update(t.i for t in analysis.tokens_in(*speaker))
    head = next((i for i in sorted(own) if cues.cue_at(analysis, i) is not None), min(own, default=-1))
    for token in analysis.tokens_in(start, end):
        if token.i in own or token.pos == "PUNCT" or _is_mark(token):
            continue
        if not _hangs_from(analysis, token.i, head, own) or _reports_own_words(analysis, token, end):
            return False
    return True


def _hangs_from(analysis: Analysis, index: int, head: int, own: set[int]) -> bool:
    """Whether token ``index`` belongs to the clause of the cue ``head`` (through its speaker words ``own``)."""
    for _ in range(_MAX_DEPTH):
        if index == head or index in own:
            return True
        token = analysis.tokens[index]
        if token.head == index:
            return False  # the root of another sentence
        if token.head == head and (token.dep in _COMPLEMENT_DEPS or token.dep in _OWN_CLAUSE_DEPS):
            return False  # what was said, or a clause of its own coordinated with the cue
        index = token.head
    return False


def _reports_own_words(analysis: Analysis, token: Token, end: int) -> bool:
    """A cue between the quotations that reports words of its own: ``adding that ...``, ``adding, "B."``.

    A passive cue (``when asked which ...``, ``pressed on it``) says what the
    speaker was asked, not what they said, and does not count.
    """
    if cues.cue_at(analysis, token.i, DIRECT_CLASSES) is None:
        return False
    children = [analysis.tokens[child] for child in analysis.children[token.i]]
    if token.tag == "VBN" and not any(kid.dep in _SUBJECT_DEPS for kid in children):
        return False
    if any(kid.dep in _COMPLEMENT_DEPS for kid in children):
        return True
    # "adding, "B."": the cue introduces the next quotation (a full stop ends its clause instead: "... would back.")
    rest = analysis.tokens_in(token.end, end)
    return all(_is_mark(t) or t.text in (",", ":") for t in rest)


def _dash_credit(analysis: Analysis, segment: Segment, limit: int) -> tuple[tuple[int, int], int] | None:
    """``"..." — Ms. Yun`` : a name right after a dash following the closing mark."""
    text = analysis.text
    begin = marks.mark_end(text, segment)
    rest = text[begin:limit]
    stripped = rest.lstrip()
    dash = next((d for d in _DASHES if stripped.startswith(d)), None)
    if dash is None or segment.style == "—":
        return None
    offset = begin + (len(rest) - len(stripped)) + len(dash)
    name = []
    for token in analysis.tokens_in(offset, limit)[:8]:
        if token.pos == "PUNCT" and token.text not in (".",):
            break
        name.append(token)
    proper = [t for t in name if t.pos == "PROPN" or t.ent == "PERSON"]
    if not proper or len(name) > 7:
        return None
    return (name[0].start, proper[-1].end), proper[-1].i


def _colon_lead_in(analysis: Analysis, segment: Segment, floor: int) -> tuple[tuple[int, int], int] | None:
    """``Ms. Yun: "..."``: a short verbless name phrase and a colon right before the quote."""
    text = analysis.text
    prior = text[floor : segment.open].rstrip()
    if not prior.endswith(":"):
        return None
    colon = floor + len(prior) - 1
    sentence = analysis.sentence_at(colon)
    lower = max(floor, sentence.start if sentence is not None else floor)
    # the lead-in runs back to the sentence start or the previous sentence-final stop
    tokens = [t for t in analysis.tokens_in(lower, colon)]
    while tokens and tokens[0].text in '.!?"”':
        tokens.pop(0)
    if not tokens or len(tokens) > 6:
        return None
    if any(t.pos in ("VERB", "AUX") for t in tokens) or not any(t.pos in ("PROPN", "NOUN") for t in tokens):
        return None
    if is_section_label(analysis, tokens, analysis.tokens_in(segment.start, segment.end)):
        return None  # "WATCH: "..."": a heading, not a speaker
    head = max(tokens, key=lambda t: (t.pos == "PROPN", t.i)).i
    return (tokens[0].start, tokens[-1].end), head


def _is_byline(text: str, credit: tuple[int, int]) -> bool:
    """Whether a credit line is a byline: ``"Headline," by Times' Ken Bloom: "..."``.

    A reading list (a newsletter's round-up of other outlets' stories)
    quotes an article's opening after its headline and its byline: the
    words are an excerpt of a piece of writing, not a statement its author
    made to anyone, and annotators of attribution leave them out. Such a
    quote is kept, with its author, below the confidence threshold.
    """
    return text[credit[0] : credit[1]].lower().startswith("by ")


def _owned_message(analysis: Analysis, head: int) -> tuple[cues.CueMatch, tuple[int, int, int]] | None:
    """``Her answer: "..."``, ``The mayor's reply: "..."``: a colon lead-in naming a message and whose it is.

    The lead-in is not a speaker's name but a speech noun of the cue table
    with a possessor; the possessor speaks and the noun is the cue, as in
    ``She answered: "..."``.
    """
    token = analysis.tokens[head]
    noun = cues.lexicon().message(token.lemma) if token.pos == "NOUN" else None
    owners = [c for c in analysis.children[head] if analysis.tokens[c].dep == "poss"]
    if noun is None or noun.cls not in cues.SPEECH_CLASSES or not owners:
        return None
    first, last = analysis.subtree(owners[0])
    words = [t for t in analysis.tokens[first:last] if t.dep != "case"]  # "The mayor's": the mayor
    return cues.CueMatch(token.start, token.end, head, (head,), noun), (words[0].start, words[-1].end, owners[0])


def _same_paragraph(analysis: Analysis, previous: Candidate, segment: Segment) -> bool:
    return analysis.paragraph_at(max(0, previous.end - 1)) == analysis.paragraph_at(segment.open)


def _continues(analysis: Analysis, previous: Candidate, candidate: Candidate, segment: Segment) -> bool:
    """A free quote continues the previous speaker when it opens its sentence in the same or next paragraph."""
    text = analysis.text
    here = analysis.paragraph_at(segment.open)
    there = analysis.paragraph_at(max(0, previous.end - 1))
    if here is None or there is None:
        return False
    if here != there:
        paragraphs = analysis.paragraphs
        try:
            gap = paragraphs.index(here) - paragraphs.index(there)
        except ValueError:
            return False
        if gap == 2 and previous.speaker is not None:
            # one paragraph about the speaker in between: ``Viguerie is upbeat ...``
            name = text[previous.speaker[0] : previous.speaker[1]].split()[-1:]
            middle = paragraphs[paragraphs.index(here) - 1]
            if not name or name[0].lower() in _PRONOUN_WORDS or name[0] not in text[middle[0] : middle[1]]:
                return False
        elif gap != 1:
            return False
    prior = text[max(here[0], previous.end) : segment.open].strip()
    return not prior or prior[-1] in ".!?\"”'’:" or prior.endswith("''")


def _candidate(
    analysis: Analysis,
    parts: list[tuple[int, int]],
    cue: cues.CueMatch,
    speaker: tuple[int, int, int] | None,
    source: str,
) -> Candidate:
    return Candidate(
        parts=parts,
        kind=QuoteKind.DIRECT,
        cue=(cue.start, cue.end),
        cue_lemma=cue.lemma,
        cue_class=cue.cls,
        speaker=(speaker[0], speaker[1]) if speaker else None,
        speaker_token=speaker[2] if speaker else None,
        confidence=0.9 if speaker else 0.4,
        source=source,
    )
