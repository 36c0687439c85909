"""A PNG without its text and colour-profile chunks, for when Pillow refuses them as too big.

Pillow stops at 1 MB of decompressed text or ICC profile in one chunk (a guard against bombs) and
refuses the whole image; the pixels are fine. Those chunks are ancillary: dropping them leaves a
valid PNG with the same pixels, which is all the photo check looks at.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_METADATA = frozenset({b"tEXt", b"zTXt", b"iTXt", b"iCCP"})
# The fallback reads the whole file into memory; a photo file this large is refused instead.
MAX_FILE_BYTES = 64 * 1024 * 1024


def without_metadata_chunks(path: Path) -> io.BytesIO | None:
    """The PNG at ``path`` minus its text and ICC chunks; None if it is not a readable PNG or
    has no such chunk (then the metadata was not what Pillow refused)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_FILE_BYTES or not data.startswith(_SIGNATURE):
        return None
    kept = [_SIGNATURE]
    dropped = False
    offset = len(_SIGNATURE)
    while offset + 8 <= len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        end = offset + 12 + length  # length, type, data, CRC
        if end > len(data):
            return None
        if kind in _METADATA:
            dropped = True
        else:
            kept.append(data[offset:end])
        offset = end
        if kind == b"IEND":
            break
    return io.BytesIO(b"".join(kept)) if dropped else None
