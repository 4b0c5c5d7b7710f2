"""The built-in ``quotes`` extractor plugin (entry point ``quotes`` in the ``newsparse`` group)."""

__version__ = "0.1.0"
