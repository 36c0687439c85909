"""Every real public export sample, read in place, gives the facts a person can see in its files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.importers.export import read_export
from preflight.core.importers.export.mapping import profile_photo
from preflight.core.importers.export.table import decode, read_table


def _data_rows(file: Path) -> int:
    """Non-blank data rows of a plain UTF-8 CSV, counted independently with the csv module."""
    with file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return sum(1 for row in rows[1:] if any(cell.strip() for cell in row))


def test_2018_export_with_utf16_shares(public_samples: Path) -> None:
    folder = public_samples / "linkedin-export-2018-abhishekwebcode"
    profile = read_export(folder)
    assert profile.name == "Abhishek Mathur"
    assert profile.headline.startswith("An all-star programmed shipped with testing")
    assert profile.industry == "Computer Software"
    assert len(profile.positions) == _data_rows(folder / "Positions.csv") == 2
    assert profile.current_positions == []  # both 2018 jobs ended in Aug 2018
    assert len(profile.skills) == _data_rows(folder / "Skills.csv")
    assert profile.posts is not None
    assert len(profile.posts) == 5
    assert profile.posts[0].date == dt.date(2017, 6, 8)
    assert [post.text for post in profile.posts if post.text] == ["Iif", "content", "hjyftf"]
    assert profile.photo is None
    assert profile.warnings == []


def test_2023_basic_export_has_no_posts_file(public_samples: Path) -> None:
    folder = public_samples / "linkedin-export-2023-mohamedeways"
    profile = read_export(folder)
    assert profile.name == "Muhammed Ewies"
    assert profile.headline == "Technical Application Support | CRM Developer"
    assert profile.summary.startswith("Experienced Salesforce Administrator")
    assert len(profile.positions) == _data_rows(folder / "Positions.csv") == 4
    assert [p.title for p in profile.current_positions] == ["Business Application Support"]
    assert len(profile.skills) == _data_rows(folder / "Skills.csv")
    assert "css3" in profile.skills  # the trailing space of "css3 " is trimmed
    assert profile.posts is None
    assert profile.photo is None  # "Rich Media.csv" in the Type,Link layout


def test_2024_export_shares_quote_quirk_is_cleaned(public_samples: Path) -> None:
    folder = public_samples / "linkedin-export-2024-apk0703"
    profile = read_export(folder)
    assert profile.name == "A Pabitra Kumar Patra"
    assert profile.headline == "Data Analyst | Machine learning | Python"
    assert [p.title for p in profile.current_positions] == ["BI intern"]
    assert len(profile.skills) == _data_rows(folder / "Skills.csv")
    assert profile.posts is not None
    assert len(profile.posts) == _data_rows(folder / "Shares.csv")
    assert profile.posts[0].date == dt.date(2024, 2, 19)
    assert profile.posts[0].text == "View my verified achievement from Cisco."
    quirky = [post for post in profile.posts if "almabetter.com to accelerate" in post.text]
    assert quirky
    for post in quirky:
        assert '"' not in post.text
        assert "\r" not in post.text
        assert (
            "#AlmaBetter.\nhttps://almabetter.com to accelerate your career.\n#Certification"
            in (post.text)
        )
    assert profile.photo is None


def test_late_2024_export_with_profile_photo_row(public_samples: Path) -> None:
    folder = public_samples / "linkedin-export-2024-feynman10"
    profile = read_export(folder)
    assert profile.name == "Sarhang Said"
    assert profile.headline.startswith("National Security Advisor")
    assert len(profile.positions) == _data_rows(folder / "Positions.csv")
    assert [p.title for p in profile.current_positions] == ["Permanent Representative"]
    assert len(profile.skills) == _data_rows(folder / "Skills.csv")
    assert profile.posts is None
    assert profile.photo is not None
    assert profile.photo.date == dt.date(2022, 4, 10)


def test_2025_export_with_emoji_headline_and_photo(public_samples: Path) -> None:
    folder = public_samples / "linkedin-export-2025-predator911"
    profile = read_export(folder)
    assert profile.name == "Lakshya Kumar"
    assert profile.headline.startswith("🚀 IT Student")
    assert profile.summary.startswith("🌟")
    assert [p.title for p in profile.current_positions] == ["Machine Learning Engineer"]
    assert len(profile.skills) == _data_rows(folder / "Skills.csv")
    assert profile.photo is not None
    assert profile.photo.date == dt.date(2024, 2, 14)
    assert profile.posts is None


def test_rich_media_alone_is_refused_as_a_partial_export(public_samples: Path) -> None:
    """jmandel's folder holds only Rich_Media.csv: no name or headline, so no profile to check."""
    folder = public_samples / "linkedin-export-2025-jmandel"
    with pytest.raises(InputError) as caught:
        read_export(folder)
    assert "no Profile.csv" in caught.value.message
    # Its photo row is still understood when it comes with the rest of an export.
    table = read_table(decode((folder / "Rich_Media.csv").read_bytes()))
    photo = profile_photo(table)
    assert photo is not None
    assert photo.kind == "export-row"
    assert photo.date == dt.date(2025, 4, 30)


def test_every_public_export_folder_reads_without_surprises(public_samples: Path) -> None:
    folders = sorted(public_samples.glob("linkedin-export-*"))
    assert len(folders) >= 6
    for folder in folders:
        if not (folder / "Profile.csv").exists():
            continue
        profile = read_export(folder)
        assert profile.name and profile.headline, folder.name
        assert profile.warnings == [], (folder.name, profile.warnings)
