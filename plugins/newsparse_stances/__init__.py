"""The built-in ``stances`` extractor plugin (entry point ``stances`` in the ``newsparse`` group)."""

__version__ = "0.1.0"
