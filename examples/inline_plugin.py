"""A plugin in a few lines, registered at run time: no package, no entry point.

    python examples/inline_plugin.py

A newsroom keeps a list of organisations it covers; the NER model misses
some of them. This plugin adds every listed name found in the text as an
actor. ``Parser(plugins=[...])`` runs it next to the built-in extractors;
each result is stamped with the plugin that produced it.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsparse import Actor, ActorKind, Document, Parser, Span, hookimpl

HERE = Path(__file__).resolve().parent


class Watchlist:
    """Actors from a fixed list of names, matched as whole words."""

    name = "watchlist"  # the plugin's name in provenance, `disable=` and error reports

    def __init__(self, names: dict[str, ActorKind]) -> None:
        self.names = names

    @hookimpl
    def newsparse_actors(self, document: Document) -> list[Actor]:
        actors = []
        for number, (name, kind) in enumerate(self.names.items()):
            mentions = [
                Span.of(document.text, m.start(), m.end())
                for m in re.finditer(rf"\b{re.escape(name)}\b", document.text)
            ]
            if mentions:
                actors.append(Actor(id=f"watch-{number}", name=name, kind=kind, mentions=mentions))
        return actors


def main() -> None:
    watchlist = Watchlist(
        {
            "Apartment Owners Association": ActorKind.ORGANIZATION,
            "Eastside Renters Union": ActorKind.ORGANIZATION,
            "state Senate": ActorKind.ORGANIZATION,
        }
    )
    parser = Parser(plugins=[watchlist])
    text = (HERE / "data" / "housing_vote.txt").read_text(encoding="utf-8")
    article = parser.parse(text, id="housing_vote")

    for actor in article.actors:
        if actor.provenance and actor.provenance.plugin == "watchlist":
            places = ", ".join(str(span.start) for span in actor.mentions)
            print(f"watchlist found {actor.name} ({actor.kind.value}) at {places}")
    others = sum(1 for actor in article.actors if actor.provenance and actor.provenance.plugin != "watchlist")
    print(f"{others} actors from the other plugins")


if __name__ == "__main__":
    main()
