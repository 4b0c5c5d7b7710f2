"""Corpus outputs: views over many parsed articles.

``actors`` (who appears and is quoted, merged across articles), ``quotes``
(the same quote in many articles: repeats, fragments, variants), ``stances``
(each source's stance over the corpus), ``tables`` (flat tables for pandas,
CSV and parquet) and ``report`` (one self-contained HTML page). They read
parsed articles through :func:`newsparse.records.read_articles` and import
only the core below them, never the command line.
"""

from __future__ import annotations

from newsparse.corpus.actors import ActorIndex, CorpusActor, actor_key, merge_actors

__all__ = ["ActorIndex", "CorpusActor", "actor_key", "merge_actors"]
