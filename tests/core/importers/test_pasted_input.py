"""Bad and odd input to the pasted importer: refused quickly with InputError, or read right."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.errors import InputError
from preflight.core.importers.pasted import read_pasted_file, read_pasted_text, read_stdin
from preflight.core.importers.pasted.page import MAX_PASTE_CHARS

AS_OF = dt.date(2024, 12, 2)
MINIMAL_ES = "Lucía Olmo\nDiseñadora de producto\nAcerca de\nAyudo a clínicas a diseñar apps.\n"

ESSAY = (
    "The history of the lighthouse is a history of coastlines.\n"
    "Early towers burned wood; later ones used oil and lenses.\n"
    "Today most are automated, and few keepers remain.\n"
)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty"),
        ("   \n\t\n", "empty"),
        (ESSAY, "does not look like a LinkedIn profile"),
        ("\x00\x01\x02PK\x03\x04" * 50, "binary"),
    ],
)
def test_text_that_is_not_a_profile_is_refused(text: str, says: str) -> None:
    with pytest.raises(InputError) as caught:
        read_pasted_text(text, as_of=AS_OF)
    assert says in caught.value.message
    assert caught.value.hint  # tells the user what to paste instead


def test_a_huge_paste_is_refused() -> None:
    with pytest.raises(InputError, match="a profile page is a few KB"):
        read_pasted_text("About\n" + "x" * MAX_PASTE_CHARS, as_of=AS_OF)


def test_standard_input_is_read_only_up_to_the_cap() -> None:
    stream = io.StringIO("About\n" * (10 * 1024 * 1024))  # 60 MB of text
    with pytest.raises(InputError, match="Standard input holds over"):
        read_stdin(stream)
    assert stream.tell() <= MAX_PASTE_CHARS + 1  # stopped reading at the cap


def test_standard_input_text_is_returned() -> None:
    assert read_stdin(io.StringIO(MINIMAL_ES)) == MINIMAL_ES


def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    huge = tmp_path / "paste.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError, match="over 8 MB"):
        read_pasted_file(huge, as_of=AS_OF)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "photo.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError):
        read_pasted_file(junk, as_of=AS_OF)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_files_in_common_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    paste = tmp_path / "perfil.txt"
    paste.write_bytes(MINIMAL_ES.encode(encoding))
    profile = read_pasted_file(paste, as_of=AS_OF)
    assert profile.name == "Lucía Olmo"
    assert profile.summary == "Ayudo a clínicas a diseñar apps."
    assert profile.source.language == "es"


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Cannot read"):
        read_pasted_file(tmp_path / "nowhere.txt", as_of=AS_OF)


# Lines a profile page is made of, so generated text reaches the section parsers.
PAGE_LINES = st.sampled_from(
    [
        "About",
        "Activity",
        "Experience",
        "Education",
        "Skills",
        "Top skills",
        "Acerca de",
        "Actividad",
        "Experiencia",
        "Educación",
        "Aptitudes",
        "Featured",
        "Contact info",
        "500+ connections",
        "1,234 followers",
        "Más de 500 contactos",
        "Jan 2022 - Present · 2 yrs",
        "ene. 2022 - actualidad",
        "3 yrs 2 mos",
        "Full-time",
        "Acme · Full-time",
        "2015 - 2017",
        "1w •",
        "3mo",
        "hace 2 días",
        "Like",
        "Show all 5 skills",
        "…see more",
        "Remote",
        "Madrid, España · Híbrido",
        "reposted this",
        "Accessibility",
        "Talent Solutions",
        "",
    ]
)
PAGES = st.lists(st.one_of(PAGE_LINES, st.text(max_size=40)), max_size=60).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=2000), PAGES), as_of=st.dates())
def test_any_text_gives_a_profile_or_an_input_error(text: str, as_of: dt.date) -> None:
    try:
        profile = read_pasted_text(text, as_of=as_of)
    except InputError:
        return
    assert profile.source.format == "pasted-text"
    for post in profile.posts or []:
        assert post.date is None or post.date <= as_of


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=2000) | PAGES.map(lambda text: text.encode("utf-16")))
def test_any_file_bytes_give_a_profile_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path = tmp_path_factory.mktemp("paste") / "paste.txt"
    path.write_bytes(raw)
    try:
        profile = read_pasted_file(path, as_of=AS_OF)
    except InputError:
        return
    assert profile.source.path == str(path)
