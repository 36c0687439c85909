"""Importing InMails and answers from the export's messages file, English and Spanish headers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.outreach.log import OutreachLog
from preflight.core.outreach.messages_import import import_messages, parse_when

EN = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
      "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
      "IS MESSAGE DRAFT"]  # fmt: skip
ES = ["ID DE LA CONVERSACIÓN", "TÍTULO DE LA CONVERSACIÓN", "DE", "URL DEL PERFIL DEL REMITENTE",
      "PARA", "URL DE LOS PERFILES DE LOS DESTINATARIOS", "FECHA", "ASUNTO", "CONTENIDO",
      "CARPETA"]  # fmt: skip
ME = "Marta Quiroga"


def _row(*cells: str) -> list[str]:
    """conversation, from, to, date, subject, content[, is draft]."""
    conv, sender, to, when, subject, body, *draft = cells
    return [conv, "", sender, f"https://www.linkedin.com/in/{sender[:3]}", to,
            f"https://www.linkedin.com/in/{to[:3]}", when, subject, body, "INBOX",
            draft[0] if draft else "No"]  # fmt: skip


ROWS = [
    # An InMail with an answer three days later in the same conversation.
    _row("c1", ME, "Ana Ruiz", "2026-03-02 09:30:00 UTC", "Your churn post", "Hola Ana…"),
    _row("c1", "Ana Ruiz", ME, "2026-03-05 18:00:00 UTC", "", "Gracias, hablemos."),
    # An InMail with no answer.
    _row("c2", ME, "Luis Gil", "2026-03-04 10:00:00 UTC", "Q3 logistics audit", "Hi Luis"),
    # An ordinary message (no subject) is not an InMail.
    _row("c3", ME, "Eva Sanz", "2026-03-06 10:00:00 UTC", "", "See you Tuesday"),
    # Someone else's InMail to the user is not the user's InMail.
    _row("c4", "Recruiter X", ME, "2026-03-07 10:00:00 UTC", "A role for you", "Hi Marta"),
    # A draft is left out.
    _row("c5", ME, "Pia Mora", "2026-03-08 10:00:00 UTC", "Draft subject", "unsent", "Yes"),
    # A row with no readable date is skipped and counted.
    _row("c6", ME, "Bad Row", "not a date", "Subject", "body"),
]


def _export(folder: Path, header: list[str], rows: list[list[str]], name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(r[: len(header)] for r in rows)
    (folder / name).write_text(buffer.getvalue(), encoding="utf-8")
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Headline,Summary\nMarta,Quiroga,Head of Sales,\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize(
    ("header", "file_name"),
    [(EN, "messages.csv"), (EN, "Messages.csv"), (ES, "messages.csv")],
)
def test_own_inmails_and_their_answers_are_logged(
    tmp_path: Path, header: list[str], file_name: str
) -> None:
    # Without an IS MESSAGE DRAFT column a draft cannot be told apart: leave it out there.
    rows = ROWS if len(header) == len(EN) else [r for r in ROWS if r[-1] != "Yes"]
    export = _export(tmp_path / "export", header, rows, file_name)
    with OutreachLog(tmp_path / "log.sqlite") as log:
        result = import_messages(export, log)
        sends = log.sends()
    assert [s.subject for s in sends] == ["Your churn post", "Q3 logistics audit"]
    assert sends[0].recipient == "Ana Ruiz"
    assert sends[0].replied_at == dt.datetime(2026, 3, 5, 18, 0)
    assert sends[1].replied_at is None
    assert result.replies_found == 1
    assert result.without_subject == 1
    assert result.rows_skipped == 1
    assert result.drafts == (1 if header is EN else 0)
    assert result.own_name == ME


def test_importing_the_same_export_twice_adds_nothing(tmp_path: Path) -> None:
    export = _export(tmp_path / "export", EN, ROWS, "messages.csv")
    with OutreachLog(tmp_path / "log.sqlite") as log:
        first = import_messages(export, log)
        second = import_messages(export, log)
        assert len(log.sends()) == 2
    assert (first.sends_added, second.sends_added, second.sends_already_logged) == (2, 0, 2)


def test_a_zip_export_imports_too(tmp_path: Path) -> None:
    folder = _export(tmp_path / "export", EN, ROWS, "messages.csv")
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in folder.iterdir():
            zipped.write(file, file.name)
    with OutreachLog(tmp_path / "log.sqlite") as log:
        assert import_messages(archive, log).sends_added == 2


def test_without_profile_csv_the_owner_is_the_person_in_most_conversations(tmp_path: Path) -> None:
    export = _export(tmp_path / "export", EN, ROWS, "messages.csv")
    (export / "Profile.csv").unlink()
    with OutreachLog(tmp_path / "log.sqlite") as log:
        assert import_messages(export, log).own_name == ME


def test_an_export_without_messages_is_one_clear_error(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "Profile.csv").write_text("First Name,Last Name\nA,B\n", encoding="utf-8")
    with OutreachLog(tmp_path / "log.sqlite") as log, pytest.raises(InputError) as caught:
        import_messages(export, log)
    assert caught.value.key == "outreach.no_messages"


def test_a_foreign_csv_under_the_name_is_refused(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "messages.csv").write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with OutreachLog(tmp_path / "log.sqlite") as log, pytest.raises(InputError) as caught:
        import_messages(export, log)
    assert caught.value.key == "outreach.not_messages_file"


def test_short_and_broken_rows_are_skipped_with_a_count(tmp_path: Path) -> None:
    export = _export(tmp_path / "export", EN, ROWS, "messages.csv")
    with (export / "messages.csv").open("a", encoding="utf-8") as stream:
        stream.write('c9,"unterminated\nc10\n')
    with OutreachLog(tmp_path / "log.sqlite") as log:
        result = import_messages(export, log)
    assert result.sends_added == 2
    assert result.rows_skipped >= 2


def test_a_binary_messages_file_is_one_clear_error(tmp_path: Path) -> None:
    export = _export(tmp_path / "export", EN, ROWS, "messages.csv")
    (export / "messages.csv").write_bytes(b"DATE,FROM\n\x00\x01\x02" * 100)
    with OutreachLog(tmp_path / "log.sqlite") as log, pytest.raises(InputError) as caught:
        import_messages(export, log)
    assert caught.value.key == "file.cannot_read"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-02 09:30:00 UTC", dt.datetime(2026, 3, 2, 9, 30)),
        ("2026-03-02T09:30", dt.datetime(2026, 3, 2, 9, 30)),
        ("3/2/2026, 9:30", dt.datetime(2026, 3, 2, 9, 30)),
        ("2026-02-30 10:00:00", None),
        ("yesterday", None),
    ],
)
def test_dates_as_exports_write_them(text: str, expected: dt.datetime | None) -> None:
    assert parse_when(text) == expected
