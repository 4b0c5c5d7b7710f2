"""The built-in ``actors`` extractor plugin (entry point ``actors`` in the ``newsparse`` group)."""

__version__ = "0.1.0"
