"""Whatever bytes an export holds, the importer answers with a Profile or an InputError."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.errors import InputError
from preflight.core.importers.export import read_export
from preflight.core.models import Profile

PROFILE_HEADER = (
    b"First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
    b"Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
)
# Bytes that look a little like an export file: CSV punctuation, BOMs, NULs, UTF-16 and plain noise.
export_like_bytes = st.one_of(
    st.binary(max_size=2048),
    st.lists(
        st.sampled_from(
            [b",", b'"', b'""', b"\n", b"\r\n", b"\t", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
             b"Notes:", b"First Name", b"Date", b"2024-02-19 10:22:49", b"Nov 2022", b"&amp;",
             b"\xe2\x80\x99", b"\x80", b"abc", PROFILE_HEADER]
        ),
        max_size=60,
    ).map(b"".join),
)  # fmt: skip


def _read(path: Path) -> None:
    try:
        profile = read_export(path)
    except InputError as error:
        assert error.message
        return
    assert isinstance(profile, Profile)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=export_like_bytes, shares=export_like_bytes, as_zip=st.booleans())
def test_arbitrary_profile_and_shares_bytes_raise_only_input_error(
    profile: bytes, shares: bytes, as_zip: bool
) -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        files = {"Profile.csv": profile, "Shares.csv": shares, "Connections.csv": shares}
        if as_zip:
            target = root / "export.zip"
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
                for name, data in files.items():
                    bundle.writestr(name, data)
        else:
            target = root / "export"
            target.mkdir()
            for name, data in files.items():
                (target / name).write_bytes(data)
        _read(target)


@settings(max_examples=60, deadline=None)
@given(noise=st.binary(max_size=4096), cut=st.integers(min_value=0, max_value=4096))
def test_arbitrary_zip_bytes_raise_only_input_error(noise: bytes, cut: int) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("Profile.csv", PROFILE_HEADER + b"Ana,Ruiz,,,,Sales lead,,,,,,,\n")
        bundle.writestr("Shares.csv", noise)
    data = buffer.getvalue()
    mangled = data[:cut] + noise[:64] + data[cut + 64 :]
    with tempfile.TemporaryDirectory() as temp:
        target = Path(temp) / "export.zip"
        target.write_bytes(b"PK" + mangled[2:] if mangled else b"PK")
        _read(target)
