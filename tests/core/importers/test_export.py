"""The export importer on invented exports of every generation, as a folder and as a ZIP."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.importers.export import read_export
from preflight.core.models import PartialDate, SourceFormat
from preflight.core.notices import notice
from tests.core.importers._export_helpers import zip_folder

Give = Callable[[Path], Path]


@pytest.fixture
def exports(fixtures: Path) -> Path:
    return fixtures / "export"


@pytest.fixture(params=["folder", "zip", "nested-zip"])
def as_given(request: pytest.FixtureRequest, tmp_path: Path) -> Give:
    """A fixture folder as a user hands it over: the folder, a ZIP, a ZIP with a top folder."""

    def give(folder: Path) -> Path:
        if request.param == "folder":
            return folder
        prefix = "Complete_LinkedInDataExport_11-20-2026/" if request.param == "nested-zip" else ""
        return zip_folder(folder, tmp_path / f"{folder.name}.zip", prefix=prefix)

    return give


def test_2018_utf16_tab_separated_shares_and_old_profile_header(
    exports: Path, as_given: Give
) -> None:
    path = as_given(exports / "2018-complete")
    profile = read_export(path)
    assert profile.name == "Rohan Desai"
    assert profile.headline == "Backend developer building payment APIs"
    assert profile.location == "Pune"
    assert profile.industry == "Financial Services"
    assert profile.skills == ["Python", "PostgreSQL", "REST APIs"]  # trimmed, repeat dropped
    assert profile.posts is not None
    assert [post.date for post in profile.posts] == [dt.date(2018, 10, 2), dt.date(2018, 3, 19)]
    assert profile.posts[0].text.startswith("Shipped retries with idempotency keys")
    assert profile.posts[0].link.endswith("6452000000000000001")
    assert profile.photo is None  # Videos.csv says nothing about a photo
    assert profile.connections == 3  # 2018 Connections.csv has no preamble
    assert [p.company for p in profile.current_positions] == ["Lendwise Technologies"]
    assert profile.source.format is SourceFormat.LINKEDIN_EXPORT
    assert profile.source.path == str(path)
    assert profile.warnings == []


def test_2023_basic_export_cannot_show_posts_or_photo(exports: Path, as_given: Give) -> None:
    profile = read_export(as_given(exports / "2023-basic"))
    assert profile.name == "Ingrid Solberg"
    assert profile.posts is None  # no Shares.csv: activity unknown, not "no posts"
    assert profile.photo is None  # old "Rich Media.csv" Type,Link layout
    assert profile.connections == 2  # the Notes: preamble is not counted
    assert [p.title for p in profile.positions] == [
        "Customer Success Manager",
        "Customer Success Associate",
        "Store Analyst",
    ]
    current = profile.current_positions
    assert len(current) == 1
    assert current[0].start == PartialDate(year=2021, month=11)
    assert profile.positions[1].start == PartialDate(year=2019)
    assert profile.education[0].school == "University of Bergen"


def test_2024_crlf_shares_with_the_multi_line_quote_quirk(exports: Path, as_given: Give) -> None:
    profile = read_export(as_given(exports / "2024-shares"))
    assert profile.summary.startswith(
        "I turn messy sales data"
    )  # empty Profile Summary.csv ignored
    assert profile.posts is not None
    assert len(profile.posts) == 3
    first = profile.posts[0]
    assert first.date == dt.date(2024, 3, 4)
    assert first.text == (
        "Three things I learned rebuilding our delivery dashboard:\n"
        "1. Ask who reads it on Monday.\n"
        "\n"
        "2. Fewer charts, more decisions."
    )
    assert '"' not in first.text
    assert profile.posts[-1].text == ""  # an image-only post is still a post
    assert profile.photo is None


def test_2026_member_id_suffix_profile_photo_row_and_entities(
    exports: Path, as_given: Give
) -> None:
    profile = read_export(as_given(exports / "2026-complete"))
    assert profile.name == "Tobias Okafor"
    assert "process & cut forecast error from 30% to 8%" in profile.summary
    assert profile.summary.endswith("CRM hygiene <3")
    assert profile.posts is not None
    assert [post.date for post in profile.posts] == [
        dt.date(2026, 11, 12),
        dt.date(2026, 10, 20),
        dt.date(2026, 9, 1),
    ]
    assert profile.posts[0].text.endswith('Ours: "no next step, no stage".')
    assert (
        profile.posts[1].text
        == "Great evening at the RevOps meetup.\n\nThanks to everyone who came!"
    )
    assert profile.photo is not None
    assert profile.photo.kind == "export-row"
    assert profile.photo.date == dt.date(2025, 8, 11)  # the newest profile-photo row
    assert profile.connections == 3  # an all-empty row is skipped
    assert {p.title for p in profile.current_positions} == {
        "Revenue Operations Lead",
        "Advisory Board Member",
    }
    assert profile.positions[1].description.startswith("• Own forecasting")
    assert profile.skills[0] == "Revenue Operations"
    assert profile.education[0].start == PartialDate(year=2016, month=9)


def test_utf8_bom_does_not_leak_into_the_first_column(exports: Path, as_given: Give) -> None:
    profile = read_export(as_given(exports / "utf8-bom"))
    assert profile.name == "Lucía Peñalver"
    assert profile.headline.startswith("Ejecutiva de cuentas")
    assert profile.positions[0].company == "Cerámicas Levante"
    assert profile.skills == ["Ventas B2B", "Negociación"]


def test_markup_in_profile_text_stays_plain_text(tmp_path: Path, exports: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    header = (exports / "2026-complete" / "Profile.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "Profile.csv").write_text(
        header + "\nAda,Quill,,,,<script>alert(1)</script> Sales &amp; ops,,,,,,,\n",
        encoding="utf-8",
    )
    profile = read_export(folder)
    assert profile.headline == "<script>alert(1)</script> Sales & ops"


def test_shares_file_without_rows_means_no_posts_rather_than_unknown(
    tmp_path: Path, exports: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for name in ("Profile.csv", "Positions.csv"):
        (folder / name).write_bytes((exports / "2023-basic" / name).read_bytes())
    (folder / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n", encoding="utf-8"
    )
    assert read_export(folder).posts == []


def test_unreadable_rows_and_files_become_warnings_not_errors(exports: Path) -> None:
    profile = read_export(exports / "malformed")
    assert profile.name == "Mara Lindqvist"
    assert profile.skills == []
    titles = [p.title for p in profile.positions]
    assert "Buyer" not in titles  # the row with extra cells was skipped
    assert set(titles) == {"Procurement Specialist", "Assistant Buyer"}
    by_key = {w.key: w.values for w in profile.warnings}
    assert by_key["export.skipped.binary"]["file"] == "Skills.csv"
    assert by_key["export.table.wide_row"]["line"] == 3
    assert any(w.values.get("date") == "sometime in spring" for w in profile.warnings)


def test_profile_summary_file_is_used_only_when_profile_csv_has_no_about(
    tmp_path: Path, exports: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    header = (exports / "2026-complete" / "Profile.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "Profile.csv").write_text(header + "\nAna,Ruiz,,,,Sales lead,,,,,,,\n", "utf-8")
    (folder / "Profile Summary.csv").write_text(
        "Profile Summary\nI help exporters find distributors.\n", "utf-8"
    )
    assert read_export(folder).summary == "I help exporters find distributors."
    (folder / "Profile.csv").write_text(
        header + "\nAna,Ruiz,,,,Sales lead,Own words.,,,,,,\n", "utf-8"
    )
    assert read_export(folder).summary == "Own words."


def test_unreadable_shares_file_leaves_activity_unknown_with_a_warning(
    tmp_path: Path, exports: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_bytes((exports / "2023-basic" / "Profile.csv").read_bytes())
    (folder / "Shares.csv").write_bytes(b"\x00\x01\x02\x03binary" * 50)
    profile = read_export(folder)
    assert profile.posts is None
    assert notice("export.skipped.binary", file="Shares.csv") in profile.warnings


def test_a_profile_row_too_long_to_read_is_not_called_missing(
    tmp_path: Path, exports: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    header = (exports / "2026-complete" / "Profile.csv").read_text(encoding="utf-8").splitlines()[0]
    about = "I help teams. " * 20_000  # 280 KB: past what the CSV reader takes in one field
    (folder / "Profile.csv").write_text(
        f'{header}\nAda,Quill,,,,Sales lead,"{about}",,,,,,\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match="has a profile row Preflight cannot read"):
        read_export(folder)
