"""The quotation-mark scanner now lives in the core (:mod:`newsparse.marks`), shared by every plugin.

Re-exported here so the quotes plugin's modules keep importing ``.marks``.
"""

from newsparse import marks

MAX_SEGMENT = marks.MAX_SEGMENT
Segment = marks.Segment
mark_end = marks.mark_end
scan = marks.scan
strip_separator = marks.strip_separator

__all__ = ["MAX_SEGMENT", "Segment", "mark_end", "scan", "strip_separator"]
