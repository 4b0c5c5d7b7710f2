"""Plug your own stance classifier into newsparse: one hook, no model download.

    python examples/custom_stance_classifier.py [ARTICLE.txt]

A fact-checking desk tracks who is *for* and who is *against* a policy,
which a general sentiment lexicon does not capture ("we oppose the plan"
is a stance, not a feeling). This plugin implements ``newsparse_stances``
with a small keyword classifier over the analysis lemmas, reuses the
built-in framing of the attribution cue, and replaces the built-in
``stances`` plugin::

    Parser(plugins=[SupportOppose()], disable=["stances"])

Any classifier fits the same hook: a scikit-learn pipeline, a remote
service, a fine-tuned transformer. Return :class:`newsparse.Stance`
objects with ``quote`` (and ``actor``) ids; the parser stamps them with
your plugin's name and validates their spans.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsparse import Document, Parser, Polarity, Quote, Span, Stance, hookimpl
from newsparse_stances.framing import framing_of

HERE = Path(__file__).resolve().parent

#: Verbs of taking sides (as verbs only: "comes back" is not "backs").
SUPPORT = {"support", "back", "welcome", "endorse", "favour", "favor", "approve", "agree", "applaud"}
OPPOSE = {"oppose", "reject", "condemn", "block", "resist", "refuse", "object", "denounce", "veto"}


class SupportOppose:
    """Stance as support (positive) or opposition (negative), from lemmas in the quote."""

    name = "support-oppose"  # shown in provenance and `newsparse plugins`

    @hookimpl
    def newsparse_stances(self, document: Document, quotes: tuple[Quote, ...]) -> list[Stance]:
        stances = []
        for quote in quotes:
            for_, against = [], []
            for part in quote.parts:
                for token in document.analysis.tokens_in(part.start, part.end):
                    lemma = token.lemma.lower()
                    if token.pos != "VERB":
                        continue
                    if lemma in SUPPORT:
                        for_.append(token)
                    elif lemma in OPPOSE:
                        against.append(token)
            if for_ and against:
                polarity = Polarity.MIXED
            elif for_ or against:
                polarity = Polarity.POSITIVE if for_ else Polarity.NEGATIVE
            else:
                polarity = Polarity.NEUTRAL
            score = (len(for_) - len(against)) / max(1, len(for_) + len(against))
            evidence = [Span.of(document.text, t.start, t.end) for t in sorted(for_ + against)]
            stances.append(
                Stance(
                    id=f"so-{quote.id}",
                    quote=quote.id,
                    actor=quote.speaker,
                    polarity=polarity,
                    score=score,
                    evidence=evidence,
                    framing=framing_of(document.analysis, quote),  # the built-in cue framing, reused
                )
            )
        return stances


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "data" / "wire_story.txt"
    parser = Parser(plugins=[SupportOppose()], disable=["stances"])
    article = parser.parse(path.read_text(encoding="utf-8"))
    for stance in article.stances:
        quote = next(q for q in article.quotes if q.id == stance.quote)
        speaker = article.actor(quote.speaker)
        framing = stance.framing.value if stance.framing else "-"
        words = ", ".join(span.text for span in stance.evidence) or "-"
        who = speaker.name if speaker else "(unknown)"
        print(f"{stance.polarity.value:8} {framing:10} {who:28} [{words}] {quote.text[:60]!r}")
    print(f"{len(article.stances)} stances by {sorted({s.provenance.plugin for s in article.stances})}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
