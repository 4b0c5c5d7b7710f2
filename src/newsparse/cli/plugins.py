"""``newsparse plugins``: what is loaded, with versions and hooks."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsparse.cli.common import EXIT_OK

NAME = "plugins"
HELP = "list the loaded plugins and their versions"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="as JSON")


def run(args: argparse.Namespace) -> int:
    from newsparse.plugins import PluginRegistry

    rows = PluginRegistry().info()
    if args.json:
        sys.stdout.write(json.dumps([_row(p) for p in rows], indent=2) + "\n")
        return EXIT_OK
    width = max((len(p.name) for p in rows), default=4)
    for plugin in rows:
        hooks = ", ".join(plugin.hooks)
        sys.stdout.write(f"{plugin.name:<{width}}  {plugin.version:<8}  {plugin.module}  [{hooks}]\n")
    return EXIT_OK


def _row(plugin: Any) -> dict[str, Any]:
    return {
        "name": plugin.name,
        "version": plugin.version,
        "module": plugin.module,
        "hooks": list(plugin.hooks),
        "source": plugin.source,
    }
