"""Plugin discovery: one pluggy ``PluginManager`` per parser, no global state.

Built-in extractors and third-party plugins are found the same way, through
the ``newsparse`` entry-point group, so nothing is privileged. An entry
point (or a ``plugins=`` argument) may name a module, an instance, or a
class, which is instantiated once per registry: a plugin that keeps state
(a loaded model, a cache) keeps it per parser, never process-wide. Environment
variables adjust the set without code changes:

``NEWSPARSE_DISABLE_PLUGINS``
    comma-separated plugin names not to load (``stances,dates``).
``NEWSPARSE_PLUGINS``
    comma-separated importable modules to register as extra plugins
    (like ``PYTEST_PLUGINS``), handy for trying a plugin without packaging it.
``NEWSPARSE_TRACE_PLUGINS``
    when set to ``1``, every hook call is logged with its result count.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
import os
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

import attrs
import pluggy

from newsparse import hookspecs
from newsparse.errors import PluginRegistrationError

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "newsparse"


@attrs.frozen
class PluginInfo:
    """A loaded plugin as ``newsparse plugins`` lists it."""

    name: str
    version: str
    module: str
    hooks: tuple[str, ...]
    source: str  # "entry point", "argument" or "environment"


def _env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def _import_plugin_module(module_name: str) -> ModuleType:
    """A module named in ``NEWSPARSE_PLUGINS``, or an error that says which name and why it failed."""
    try:
        return importlib.import_module(module_name)
    except Exception as error:  # noqa: BLE001 - ImportError or whatever the module raises on import
        raise PluginRegistrationError(
            f"NEWSPARSE_PLUGINS names {module_name!r}, which cannot be imported "
            f"({type(error).__name__}: {error}); check the spelling and that its package is installed"
        ) from error


def _load_entry_point(entry_point: importlib.metadata.EntryPoint) -> object:
    """The object an installed entry point names, or an error naming the entry point and how to skip it.

    A plugin that cannot even be imported would otherwise stop every parser
    with a bare traceback from deep inside importlib; the message says which
    distribution is at fault and that ``NEWSPARSE_DISABLE_PLUGINS`` leaves it out.
    """
    try:
        return entry_point.load()
    except Exception as error:  # noqa: BLE001 - a third-party import can raise anything
        dist = entry_point.dist.name if entry_point.dist is not None else "an unknown distribution"
        raise PluginRegistrationError(
            f"plugin {entry_point.name!r} ({entry_point.value}, from {dist}) failed to load "
            f"({type(error).__name__}: {error}); fix or uninstall it, or leave it out with "
            f"NEWSPARSE_DISABLE_PLUGINS={entry_point.name}"
        ) from error


def _version_of(plugin: object, distribution_version: str | None) -> str:
    version = getattr(plugin, "__version__", None) or distribution_version
    return str(version) if version else "0"


class PluginRegistry:
    """A parser's plugins: a pluggy manager plus the name and version of each."""

    def __init__(
        self,
        plugins: Sequence[object] = (),
        disable: Iterable[str] = (),
        load_entry_points: bool = True,
    ) -> None:
        self.manager = pluggy.PluginManager(hookspecs.PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self._info: dict[str, PluginInfo] = {}
        self.disabled = set(disable) | set(_env_list("NEWSPARSE_DISABLE_PLUGINS"))
        if load_entry_points:
            self._load_entry_points()
        for module_name in _env_list("NEWSPARSE_PLUGINS"):
            self.register(_import_plugin_module(module_name), source="environment")
        for plugin in plugins:
            self.register(plugin, source="argument")

    def _load_entry_points(self) -> None:
        # Sorted by name: the metadata's own order depends on sys.path (an editable install's
        # egg-info in the working directory lists them otherwise), and registration order is
        # the order pluggy calls implementations of one hook, hence the order of their results.
        found = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
        for entry_point in sorted(found, key=lambda ep: ep.name):
            if entry_point.name in self.disabled or self.manager.has_plugin(entry_point.name):
                continue
            plugin = _load_entry_point(entry_point)
            dist_version = entry_point.dist.version if entry_point.dist is not None else None
            self.register(
                plugin, name=entry_point.name, version=_version_of(plugin, dist_version), source="entry point"
            )

    def register(
        self, plugin: object, name: str | None = None, version: str | None = None, source: str = "argument"
    ) -> str | None:
        """Register ``plugin`` (a module, class or instance with ``newsparse_*`` hooks).

        Returns its name, or ``None`` when that name is disabled.
        """
        name = name or getattr(plugin, "name", None) or _default_name(plugin)
        if name in self.disabled:
            log.debug("plugin %s is disabled", name)
            return None
        if self.manager.has_plugin(name):
            self.manager.unregister(name=name)
        if isinstance(plugin, type):
            plugin = plugin()  # one instance per registry: a plugin's state (a loaded model) stays with its parser
        self.manager.register(plugin, name=name)
        self._refuse_wrappers(plugin, name)
        hooks = tuple(sorted(caller.name for caller in self.manager.get_hookcallers(plugin) or ()))
        module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
        self._info[name] = PluginInfo(name, version or _version_of(plugin, None), module, hooks, source)
        return name

    def _refuse_wrappers(self, plugin: object, name: str) -> None:
        """Hook wrappers cannot work here: the parser calls implementations one by one (see hookrunner)."""
        for caller in self.manager.get_hookcallers(plugin) or ():
            for impl in caller.get_hookimpls():
                if impl.plugin is plugin and (impl.hookwrapper or impl.wrapper):
                    self.manager.unregister(plugin)
                    raise PluginRegistrationError(
                        f"plugin {name!r}: {caller.name} is a hook wrapper (wrapper=True or hookwrapper=True); "
                        "newsparse calls each implementation on its own to stamp and isolate its results, "
                        "so wrappers are not supported: implement the hook plainly, or use newsparse_finalize "
                        "to post-process the whole article"
                    )

    def info(self) -> list[PluginInfo]:
        """The registered plugins, sorted by name."""
        return sorted((self._info[name] for name in self._info if self.manager.has_plugin(name)), key=lambda p: p.name)

    def version(self, name: str) -> str:
        info = self._info.get(name)
        return info.version if info else "0"

    def implementations(self, hook_name: str) -> list[Any]:
        """The hook's implementations in the order pluggy would call them."""
        caller = getattr(self.manager.hook, hook_name)
        return list(reversed(caller.get_hookimpls()))


def _default_name(plugin: object) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    if isinstance(plugin, type):
        return plugin.__name__
    return type(plugin).__name__
