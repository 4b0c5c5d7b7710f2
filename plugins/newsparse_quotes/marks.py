"""The quotation-mark scanner now lives in the core (:mod:`newsparse.marks`), shared by every plugin.

Re-exported here so the quotes plugin's modules keep importing ``.marks``.
"""

from newsparse.marks import MAX_SEGMENT, Segment, mark_end, scan, strip_separator

__all__ = ["MAX_SEGMENT", "Segment", "mark_end", "scan", "strip_separator"]
