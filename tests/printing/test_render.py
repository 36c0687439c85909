"""Qt's PDF writer says nothing when a write fails: the finished file is checked instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.report import Report, build_report
from preflight.printing.render import is_complete_pdf, write_pdf
from tests.core.report.builders import GENERATED, make_assessment, make_profile


@pytest.fixture
def report() -> Report:
    profile = make_profile(posts=3)
    return build_report(profile, make_assessment(profile), GENERATED, "en")


def test_a_written_report_is_a_whole_pdf(qapp: object, report: Report, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    assert write_pdf(report, target, "A4") >= 1
    assert is_complete_pdf(target)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_pdf_cut_short_or_missing_a_piece_is_not_whole(
    qapp: object, report: Report, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.pdf"
    write_pdf(report, whole, "A4")
    data = whole.read_bytes()
    cut = tmp_path / "cut.pdf"
    for length in (0, 9, len(data) // 2, len(data) - 8):
        cut.write_bytes(data[:length])
        assert not is_complete_pdf(cut), length
    # A chunk lost in the middle (a failed write the writer ignored) moves the xref table.
    cut.write_bytes(data[:1000] + data[5096:])
    assert not is_complete_pdf(cut)


def test_a_failed_pdf_write_keeps_the_old_file(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preflight.printing import render

    target = tmp_path / "report.pdf"
    target.write_bytes(b"yesterday")
    monkeypatch.setattr(render, "is_complete_pdf", lambda path: False)  # as on a full disk
    with pytest.raises(InputError) as caught:
        write_pdf(report, target, "A4")
    assert caught.value.key in ("report.incomplete", "report.disk_full")
    assert target.read_bytes() == b"yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
