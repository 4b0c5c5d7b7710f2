"""The built-in ``dates`` extractor plugin (entry point ``dates`` in the ``newsparse`` group)."""

__version__ = "0.1.0"
