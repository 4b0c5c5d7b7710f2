"""The lemma of an attribution cue ("has said" → say, "According to" → according to).

Used only to group scores by cue verb, so it must be deterministic and need
no NLP model (the seeds gold gives cue words without offsets): skip
auxiliaries, negations, -ly adverbs and leading function words ("to
endorse", "a reference to"), take the first remaining word and
lemmatize it with a table of irregular verbs and suffix rules checked
against a list of common reporting verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
SKIP = frozenset(
    "has have had having is was were are am be been being will would could can may might should must shall "
    "did do does also not never n't 's ’s just later then previously recently once still even already further "
    "publicly privately often always again first last ever reportedly allegedly".split()
)
FUNCTION_WORDS = frozenset("to a an the his her their its our my your this that in".split())  # skipped unless last
CONTRACTIONS = re.compile(r"^(?:don|doesn|didn|won|wouldn|can|couldn|isn|wasn|aren|weren|hasn|haven|hadn)['’]t$")
IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "spoke": "speak",
    "spoken": "speak",
    "found": "find",
    "made": "make",
    "gave": "give",
    "given": "give",
    "saw": "see",
    "seen": "see",
    "took": "take",
    "taken": "take",
    "shown": "show",
    "held": "hold",
    "meant": "mean",
    "swore": "swear",
    "sworn": "swear",
    "forecast": "forecast",
    "taught": "teach",
    "heard": "hear",
    "read": "read",
    "put": "put",
    "led": "lead",
    "left": "leave",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "went": "go",
    "came": "come",
    "got": "get",
    "broke": "break",
    "chose": "choose",
    "bet": "bet",
    "understood": "understand",
    "saying": "say",
}
VERBS = frozenset(
    "say tell add write note argue claim explain insist warn ask announce describe suggest report tweet call "
    "declare state admit acknowledge agree believe think want know hope fear predict promise deny accuse urge "
    "criticize criticise praise confirm show find reveal complain respond reply continue point recall estimate "
    "indicate emphasize stress testify vow concede contend observe remark mention quip joke express blame back "
    "endorse support oppose propose demand maintain assert allege lament assure seem decline refuse laugh shout "
    "post tout cite charge defend question wonder worry caution conclude advise recommend reiterate insinuate "
    "counter dismiss label brand slam blast attack mock hint imply signal vote pledge threaten expect doubt "
    "feel hear learn read decide plan like love hate lead issue release publish share speak discuss consider "
    "describe dispute challenge welcome celebrate condemn applaud boast brag repeat recount relate write "
    "appear suspect argue say believe emerge".split()
)


@lru_cache(maxsize=4096)
def cue_lemma(cue: str | None) -> str:
    """The lemma of the main word of ``cue``; ``""`` for no cue."""
    if not cue or not cue.strip():
        return ""
    words = [w.casefold() for w in _WORD.findall(cue)]
    if words[0] == "according":
        return "according to"
    for position, word in enumerate(words):
        last = position == len(words) - 1
        if word in SKIP or CONTRACTIONS.match(word) or (word.endswith("ly") and len(words) > 1 and len(word) > 4):
            continue
        if word in FUNCTION_WORDS and not last:  # "to endorse", "the endorsement of", "In response to"
            continue
        return lemma(word)
    return words[-1]


def lemma(word: str) -> str:
    """A verb lemma by irregular table, known-verb lookup and suffix rules."""
    word = word.replace("’", "'")
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in VERBS:
        return word
    for suffix, replacements in (
        ("ies", ("y",)),
        ("ied", ("y",)),
        ("ing", ("", "e")),
        ("ed", ("", "e")),
        ("es", ("", "e")),
        ("s", ("",)),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            for replacement in replacements:
                if stem + replacement in VERBS:
                    return stem + replacement
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" and stem[:-1] in VERBS:
                return stem[:-1]
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]
            return stem
    return word
