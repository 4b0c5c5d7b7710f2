"""``evaluate()``: read a gold file, parse its articles, score every annotated section."""

from __future__ import annotations

import logging
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsparse.evaluate.errors import collect_errors, summarize, write_errors
from newsparse.evaluate.genders import score_named_genders
from newsparse.evaluate.gold import GoldFile, read_gold
from newsparse.evaluate.others import SECTIONS, run_other_scorers
from newsparse.evaluate.quotes import score_quotes
from newsparse.evaluate.runner import Prediction, predict
from newsparse.evaluate.scope import resolve, restrict
from newsparse.evaluate.selfcheck import gold_as_article
from newsparse.evaluate.sources import score_speaking_actors

log = logging.getLogger(__name__)


def plugins_not_needed(gold: GoldFile) -> list[str]:
    """Extractor plugins whose results nothing in this gold file scores (TimeBank: only dates).

    Quotes need actors and dates (speakers, quote dates); stances need quotes.
    """
    has = {section: gold.has(section) for section in ("quotes", *SECTIONS)}
    need_quotes = has["quotes"] or has["stances"]
    needed = {
        "quotes": need_quotes,
        "stances": has["stances"],
        "actors": has["actors"] or need_quotes,
        "dates": has["dates"] or need_quotes,
    }
    return [plugin for plugin, need in needed.items() if not need]


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the pool workers, once shut down).

    Reported beside wall time because on a shared machine the wall time says
    more about the neighbours than about newsparse.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: this process only
        return time.process_time()
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def evaluate(
    path: str | Path,
    *,
    limit: int | None = None,
    jobs: int = 1,
    kind: str | None = None,
    backend: str = "spacy",
    disable: list[str] | None = None,
    errors_path: Path | None = None,
    strict: bool = False,
    progress: bool = False,
    top_cues: int = 15,
    parser: Any = None,
    self_check: bool = False,
    cue_classes: str = "auto",
) -> dict[str, Any]:
    """Score newsparse against a gold file; returns the report as a JSON-ready dict.

    ``parser`` reuses an existing :class:`~newsparse.parser.Parser` in this
    process (then ``jobs``, ``backend`` and ``disable`` are not used).
    ``self_check`` scores the gold against itself instead of parsing: every
    figure must then be 100% (see ``newsparse.evaluate.selfcheck``).
    ``cue_classes`` chooses which predicted quotes are scored by the class of
    their cue: ``auto`` (the gold file's own scope, see
    ``newsparse.evaluate.scope``), ``all``, or a comma list of classes.
    """
    started = time.perf_counter()
    gold = read_gold(path, strict=strict, limit=limit)
    disabled = sorted(set(disable or ()) | set(plugins_not_needed(gold)))
    if parser is not None:
        disabled = sorted(parser.registry.disabled)
    elif self_check:
        disabled = []
    parse_start, cpu_start = time.perf_counter(), _cpu_seconds()
    if self_check:
        predictions = [Prediction(gold_as_article(article)) for article in gold.articles]
    else:
        log.info("parsing %d articles with plugins %s disabled", len(gold.articles), disabled or "none")
        predictions = list(predict(gold.articles, jobs, {"backend": backend, "disable": disabled}, progress, parser))
    parse_seconds, parse_cpu = time.perf_counter() - parse_start, _cpu_seconds() - cpu_start
    articles = [prediction.article for prediction in predictions]
    report = _header(gold, predictions, jobs, self_check, disabled)
    score_start = time.perf_counter()
    if gold.has("quotes"):
        classes = None if self_check else resolve(cue_classes, (q.cue for g in gold.articles for q in g.quotes))
        report.update(_quote_sections(gold, restrict(articles, classes), kind, top_cues, errors_path, self_check))
        report["quotes"]["cue_scope"] = sorted(classes) if classes is not None else "all"
    wanted = [section for section in SECTIONS if gold.has(section) and not self_check]
    report.update(run_other_scorers(wanted, [g.raw for g in gold.articles], articles))
    report["seconds"] = {
        "parse": round(parse_seconds, 2),
        "parse_cpu": round(parse_cpu, 2),
        "score": round(time.perf_counter() - score_start, 2),
        "total": round(time.perf_counter() - started, 2),
        "articles_per_second": round(len(articles) / parse_seconds, 2) if parse_seconds else None,
    }
    return report


def _header(
    gold: GoldFile, predictions: list[Prediction], jobs: int, self_check: bool, disabled: list[str]
) -> dict[str, Any]:
    """What was run and what went wrong on the way: gold problems, parse and plugin failures."""
    failures: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for index, prediction in enumerate(predictions):
        for failure in prediction.article.failures:
            key = f"{failure.plugin} ({failure.phase}): {failure.error.split(':')[0]}"
            failures[key] += 1
            examples.setdefault(key, [])
            if len(examples[key]) < 5:
                examples[key].append(f"{gold.articles[index].id}: {failure.error}")
    return {
        "gold_file": gold.path,
        "articles": len(gold.articles),
        "jobs": jobs,
        "self_check": self_check,
        "disabled_plugins": disabled,
        "parse_failures": [
            {"article": gold.articles[i].id, "error": p.error} for i, p in enumerate(predictions) if p.error
        ],
        "plugin_failures": dict(failures),
        "plugin_failure_examples": examples,
        "gold_problems": [str(problem) for problem in gold.problems],
    }


def _quote_sections(
    gold: GoldFile, articles: list[Any], kind: str | None, top_cues: int, errors_path: Path | None, self_check: bool
) -> dict[str, Any]:
    """The ``quotes`` figures and the ``errors`` summary (and file)."""
    quotes, alignments = score_quotes(zip(gold.articles, articles, strict=True), kind=kind, top_cues=top_cues)
    if kind:
        quotes["kind_filter"] = kind
    elif not self_check:
        quotes["speaking_actors"] = score_speaking_actors(zip(gold.articles, articles, strict=True))
        quotes["named_genders"] = score_named_genders(articles)
    records = collect_errors(alignments)
    sections: dict[str, Any] = {"quotes": quotes, "errors": summarize(records)}
    if self_check:
        sections["self_check_failures"] = records
        for record in records:
            log.error(
                "self-check: %s %s in %s: %r",
                record["cause"],
                record["role"],
                record["article"],
                record.get("gold", {}).get("text"),
            )
    if errors_path is not None:
        write_errors(records, errors_path, gold.path)
        sections["errors"]["file"] = str(errors_path)
    return sections
