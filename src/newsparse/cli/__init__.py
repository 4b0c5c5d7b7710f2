"""The ``newsparse`` command line (also ``python -m newsparse``): one module per command.

Every command is a module of this package with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> exit code``, listed in
:data:`COMMANDS` below. The command line sits on top of the library: no
library module imports it. Command modules import only light modules at the
top; models, pandas and plugins load when a command runs.

Exit codes: 0 all went well, 1 some articles failed (the others were still
written), 2 bad usage or nothing could be read.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from newsparse import __version__
from newsparse.cli import actors, download, evaluate, parse, plugins, quotes, report, stances
from newsparse.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, Command
from newsparse.errors import NewsparseError

log = logging.getLogger("newsparse")

#: The commands, in the order ``newsparse --help`` lists them.
COMMANDS: tuple[Command, ...] = (parse, plugins, download, evaluate, actors, quotes, report, stances)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newsparse`` with every command of :data:`COMMANDS`."""
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Quotes, speakers, actors, dates and stances from news articles."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        child = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.add_arguments(child)
        child.set_defaults(run=command.run)
    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose + 1, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``newsparse`` with ``argv`` (default: the process's arguments); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    try:
        return int(args.run(args))
    except NewsparseError as error:  # InputError included: bad usage or nothing readable
        log.error("%s", error)
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (newsparse.run.stopping), outside a summary
        from newsparse.run.stopping import exit_code

        return exit_code(stop)


__all__ = ["COMMANDS", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "build_parser", "main"]
