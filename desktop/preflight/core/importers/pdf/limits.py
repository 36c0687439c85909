"""Bounds on what a PDF may cost to read, so a hostile file is refused in seconds, in little memory.

A real LinkedIn profile PDF is 40-70 KB, inflates to under 100 KB, and holds a few hundred text
pieces per page; each limit below leaves a wide margin over that.
"""

from __future__ import annotations

import bisect
import re
import zlib

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 30
# Drawing operations (text pieces, lines, images) over all pages.
MAX_PAGE_OBJECTS = 60_000
# Bytes that all compressed streams may inflate to, together (a "PDF bomb" inflates to gigabytes).
MAX_INFLATED_BYTES = 32 * 1024 * 1024

# Compressed streams in one file (a real one has about ten).
MAX_STREAMS = 10_000

_STREAM_START = re.compile(rb"stream\r?\n")
_STREAM_END = re.compile(rb"endstream")
_CHUNK = 1024 * 1024


def inflated_size_exceeds_limit(data: bytes, limit: int = MAX_INFLATED_BYTES) -> bool:
    """True when the file's Flate streams inflate to more than ``limit`` bytes, or are too many.

    PDFium inflates page content before we see a single object, so the file is measured first,
    in chunks, stopping as soon as the budget is spent. Streams that are not Flate are skipped.
    """
    if data.count(b"stream") > 3 * MAX_STREAMS:  # "stream" and "endstream" once per stream
        return True
    starts = [match.end() for match in _STREAM_START.finditer(data)]
    if len(starts) > MAX_STREAMS:
        return True
    ends = [match.start() for match in _STREAM_END.finditer(data)]
    view = memoryview(data)
    total = 0
    for number, start in enumerate(starts):
        following = bisect.bisect_left(ends, start)
        stop = ends[following] if following < len(ends) else len(data)
        if number + 1 < len(starts):
            # Never read past the next stream: the pieces stay disjoint, the work linear.
            stop = min(stop, starts[number + 1])
        inflater = zlib.decompressobj()
        pending: bytes | memoryview = view[start:stop]
        try:
            out = inflater.decompress(pending, _CHUNK)
            while True:
                total += len(out)
                if total > limit:
                    return True
                if inflater.eof or not (pending := inflater.unconsumed_tail):
                    break
                out = inflater.decompress(pending, _CHUNK)
        except zlib.error:
            continue
    return False
