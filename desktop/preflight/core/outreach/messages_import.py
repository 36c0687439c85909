"""The user's InMails and their answers, read from the export's messages.csv into the log.

An InMail is one of the user's own sent messages that has a subject (InMail requires one; ordinary
messages usually have none). A later message from someone else in the same conversation is its
answer. Drafts are left out. Every row gets a stable key, so importing the same export twice adds
nothing the second time. A row that cannot be read (no date, too few cells, a foreign file) is
skipped and counted, never a reason to stop.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from preflight.core.errors import input_error
from preflight.core.importers.export.archive import ExportArchive
from preflight.core.importers.export.mapping import identity
from preflight.core.importers.export.table import (
    UnreadableFileError,
    decode,
    header_key,
    read_table,
)
from preflight.core.importers.export.table import _lines as text_lines
from preflight.core.outreach.log import OutreachLog
from preflight.core.resources import resource

MESSAGE_FILES = ("messages",)
_DRAFT_YES = {"yes", "true", "sí", "si", "1"}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")
_DATE_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?")


@dataclass
class ImportResult:
    """What one import did."""

    sends_added: int = 0
    sends_already_logged: int = 0
    replies_found: int = 0
    messages_read: int = 0
    rows_skipped: int = 0
    without_subject: int = 0
    drafts: int = 0
    own_name: str = ""


@dataclass
class _Message:
    key: str
    conversation: str
    at: dt.datetime
    sender: str
    sender_url: str
    to: str
    recipient_urls: str
    subject: str
    content: str


@dataclass
class _Conversation:
    messages: list[_Message] = field(default_factory=list)


@cache
def column_names() -> dict[str, tuple[str, ...]]:
    """What each column may be called, loosely compared."""
    data = tomllib.loads(resource("lexicons", "messages_columns.toml").read_text(encoding="utf-8"))
    return {name: tuple(header_key(alias) for alias in aliases) for name, aliases in data.items()}


def parse_when(text: str) -> dt.datetime | None:
    """'2024-03-05 14:22:10 UTC', '2024-03-05T14:22', '3/5/2024, 2:22' and the like."""
    match = _DATE.search(text)
    try:
        if match:
            year, month, day, hour, minute, second = match.groups()
            return dt.datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            )
        match = _DATE_US.search(text)
        if match:
            month, day, year, hour, minute = match.groups()
            return dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None
    return None


def import_messages(export: Path, log: OutreachLog) -> ImportResult:
    """Adds the export's InMails and answers to ``log``; InputError when it holds no messages."""
    with ExportArchive(export) as archive:
        data = archive.read("messages")
        if data is None:
            raise input_error("outreach.no_messages", name=export.name)
        profile = archive.read("profile")
        try:
            own = identity(read_table(decode(profile))) if profile else None
        except UnreadableFileError:
            own = None  # the owner is then found from the messages themselves
        try:
            text = decode(data)
        except UnreadableFileError as exc:
            name = archive.display_name("messages")
            raise input_error("file.cannot_read", name=name, reason=str(exc)) from None
    del data
    result = ImportResult()
    conversations: dict[str, _Conversation] = {}
    for message in _messages(text, result):
        conversations.setdefault(message.conversation, _Conversation()).messages.append(message)
    del text
    own_name = own.name if own is not None and own.name else _most_present(conversations)
    result.own_name = own_name
    rows: list[dict[str, object]] = []
    answers: list[tuple[str, dt.datetime]] = []
    for conversation_id, conversation in conversations.items():
        ordered = sorted(conversation.messages, key=lambda m: m.at)
        for index, message in enumerate(ordered):
            if not _same_person(message.sender, own_name):
                continue
            if not message.subject.strip():
                result.without_subject += 1
                continue
            rows.append(
                {
                    "sent_at": message.at,
                    "recipient": message.to,
                    "recipient_url": message.recipient_urls.split(",")[0].strip(),
                    "subject": message.subject.strip(),
                    "body": message.content,
                    "origin": "export",
                    "conversation": conversation_id,
                    "source_key": message.key,
                }
            )
            answer = next(
                (m for m in ordered[index + 1 :] if not _same_person(m.sender, own_name)), None
            )
            if answer is not None:
                answers.append((message.key, answer.at))
    with log.transaction():
        result.sends_added = log.add_sends(rows)
        result.sends_already_logged = len(rows) - result.sends_added
        for key, answered_at in answers:
            send_id = log.send_id_for(key)
            if send_id is not None:
                log.set_reply(send_id, answered_at)
                result.replies_found += 1
    return result


def _messages(text: str, result: ImportResult) -> Iterator[_Message]:
    # Line by line from the one decoded string: no second copy of a 50 MB file.
    reader = csv.reader(text_lines(text, 0))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return
    index = _column_index(header)
    if "date" not in index or "from" not in index:
        raise input_error("outreach.not_messages_file")
    width = max(index.values()) + 1
    draft = index.get("is_draft")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            result.rows_skipped += 1
            continue
        if not any(cell.strip() for cell in row):
            continue
        result.messages_read += 1
        when = parse_when(row[index["date"]]) if len(row) >= width else None
        if when is None:
            result.rows_skipped += 1
            continue
        if draft is not None and row[draft].strip().lower() in _DRAFT_YES:
            result.drafts += 1
            continue

        def cell(name: str, row: list[str] = row) -> str:
            at = index.get(name)
            return row[at] if at is not None and at < len(row) else ""

        key = hashlib.sha256(
            "\x1f".join(
                (cell("conversation_id"), row[index["date"]], cell("from"), cell("content"))
            ).encode("utf-8", "surrogatepass")
        ).hexdigest()[:32]
        yield _Message(
            key=key,
            conversation=cell("conversation_id").strip() or cell("conversation_title").strip(),
            at=when,
            sender=cell("from").strip(),
            sender_url=cell("sender_url").strip(),
            to=cell("to").strip(),
            recipient_urls=cell("recipient_urls"),
            subject=cell("subject"),
            # Only an InMail's body is kept: a large export's other messages stay out of memory.
            content=cell("content") if cell("subject").strip() else "",
        )


def _column_index(header: list[str]) -> dict[str, int]:
    keys = [header_key(name.lstrip("\ufeff")) for name in header]
    found: dict[str, int] = {}
    for name, aliases in column_names().items():
        for position, key in enumerate(keys):
            if key in aliases:
                found[name] = position
                break
    return found


def _most_present(conversations: dict[str, _Conversation]) -> str:
    """The person in the most conversations: the export's owner, when Profile.csv is missing."""
    counts: Counter[str] = Counter()
    for conversation in conversations.values():
        counts.update({m.sender for m in conversation.messages if m.sender})
    return counts.most_common(1)[0][0] if counts else ""


def _same_person(one: str, two: str) -> bool:
    return bool(one) and " ".join(one.casefold().split()) == " ".join(two.casefold().split())
