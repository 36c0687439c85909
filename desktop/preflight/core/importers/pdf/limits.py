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


# Stream filters whose output can be bounded: Flate is measured above; the ASCII encodings shrink;
# image codecs are decoded only when a page is drawn, which Preflight never does.
_SHRINKING_FILTERS = frozenset({b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85"})
_IMAGE_FILTERS = frozenset({b"DCTDecode", b"DCT", b"JPXDecode", b"CCITTFaxDecode", b"CCF"})
_FLATE = frozenset({b"FlateDecode", b"Fl"})
# A stream's dictionary ends within this many bytes before its "stream" keyword in any real file.
_DICT_WINDOW = 4096
_REAL_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+|\d+\s+\d+\s+R)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def unmeasurable_filters(data: bytes) -> bool:
    """True when a stream is encoded in a way whose decoded size cannot be measured beforehand.

    A page content encoded twice (``[/ASCIIHexDecode /FlateDecode]``) slips past the Flate budget,
    since its raw bytes are not Flate data, and inflated to 1.5 GB inside PDFium. Allowed: no
    filter, one filter from the lists above, or Flate followed by an image codec. LinkedIn's
    PDFs use Flate alone.
    """
    for match in _REAL_STREAM_START.finditer(data):
        start = match.start()
        head = data[max(0, start - _DICT_WINDOW) : start]
        opened = head.rfind(b"obj")
        if opened >= 0:
            head = head[opened:]
        head = _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), head)
        for found in _FILTER.finditer(head):
            if not _measurable(found.group(1)):
                return True
    return False


def _measurable(value: bytes) -> bool:
    if value.endswith(b"R"):  # an indirect reference: the filter is elsewhere, unknown here
        return False
    names = _NAME.findall(value)
    if not names or _NAME.sub(b"", value).strip(b"[] \t\r\n\f\x00"):
        return False  # something other than names (a reference) in the list
    first, rest = names[0], names[1:]
    if not rest:
        return first in _FLATE or first in _SHRINKING_FILTERS or first in _IMAGE_FILTERS
    return first in _FLATE and len(rest) == 1 and rest[0] in _IMAGE_FILTERS
