"""Builds small PDFs at test time, hostile ones included, byte by byte."""

from __future__ import annotations

import binascii
import zlib


def linkedin_labelled_pdf(page_content: bytes = b"") -> bytes:
    """A one-page PDF whose Info claims LinkedIn made it; ``page_content`` is the page's stream
    object (dictionary, ``stream`` and data), or empty for a page with no content."""
    contents = b" /Contents 4 0 R" if page_content else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]" + contents + b" >>",
        page_content or b"<< >>",
        b"<< /Author (LinkedIn) /Title (Resume) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data: bytes, filters: bytes) -> bytes:
    """A stream object's text: its dictionary with ``/Filter filters``, then the data."""
    head = b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters)
    return head + data + b"\nendstream"


def flate_of_repeats(chunk: bytes, times: int) -> bytes:
    """Flate data inflating to ``chunk`` ``times`` over, built without compressing it all.

    After a full flush the compressor starts afresh, so each further copy of ``chunk`` packs to
    the same bytes. The checksum at the end is left wrong: readers run out of memory long before.
    """
    packer = zlib.compressobj(9)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    return first + again * (times - 1) + b"\x03\x00" + bytes(4)


def content_encoded_twice(inflated_mib: int = 1536) -> bytes:
    """The page content PDFium died on: hex text of Flate data that inflates to ``inflated_mib``
    MiB of drawing operators (``[/ASCIIHexDecode /FlateDecode]``, about 5 MB on disk)."""
    chunk = b"0 0 m\n" * (1024 * 1024 // 6)
    hexed = binascii.hexlify(flate_of_repeats(chunk, inflated_mib)) + b">"
    return linkedin_labelled_pdf(stream(hexed, b"[/ASCIIHexDecode /FlateDecode]"))
