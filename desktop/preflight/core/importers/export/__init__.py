"""LinkedIn's "Get a copy of your data" export, ZIP or folder, every generation 2018-2026."""

from __future__ import annotations

from pathlib import Path

from preflight.core.errors import input_error
from preflight.core.importers.export import mapping
from preflight.core.importers.export.archive import ExportArchive
from preflight.core.importers.export.table import Table, UnreadableFileError, decode, read_table
from preflight.core.models import Post, Profile, SourceFormat, SourceInfo
from preflight.core.notices import Notice, notice

__all__ = ["read_export"]

# Files only a LinkedIn export has; one of them without Profile.csv means a partial export.
_EXPORT_FILES = frozenset(
    {"positions", "skills", "education", "rich_media", "shares", "connections", "profile_summary"}
)


def read_export(path: Path, *, data: bytes | None = None) -> Profile:
    """The profile in the LinkedIn data export at ``path`` (a ZIP file or an extracted folder).

    ``data`` is the ZIP file's content when the caller has read it already (from a pipe).
    """
    path = Path(path)
    with ExportArchive(path, data=data) as archive:
        reader = _ExportReader(archive)
        return reader.profile()


class _ExportReader:
    """Reads the files a readiness check needs, collecting notes on what it could not read."""

    def __init__(self, archive: ExportArchive) -> None:
        self.archive = archive
        self.warnings: list[Notice] = []

    def profile(self) -> Profile:
        """The Profile, or InputError when this is not a usable export."""
        profile_table = self._profile_table()
        me = mapping.identity(profile_table)
        if me is None:
            name = self.archive.path.name
            if profile_table.problems:  # a row that is there but broken (a 300 KB field)
                raise input_error("export.profile_row_unreadable", name=name)
            raise input_error("export.no_profile_row", name=name)
        summary = me.summary or self._summary_file_text()
        # One file at a time, each turned into models before the next is read: bounded memory.
        table = self._table("positions")
        positions = (
            mapping.positions(table, self._label("positions"), self.warnings) if table else []
        )
        table = self._table("skills")
        skills = mapping.skills(table) if table else []
        table = self._table("education")
        schools = mapping.education(table, self._label("education"), self.warnings) if table else []
        table = self._table("rich_media")
        photo = mapping.profile_photo(table) if table else None
        table = self._table("connections", header_starts="First Name", count_only=True)
        connections = table.row_count if table else None
        del table
        return Profile(
            name=me.name,
            headline=me.headline,
            summary=summary,
            location=me.location,
            industry=me.industry,
            positions=positions,
            skills=skills,
            education=schools,
            posts=self._posts(),
            photo=photo,
            connections=connections,
            source=SourceInfo(format=SourceFormat.LINKEDIN_EXPORT, path=str(self.archive.path)),
            warnings=self.warnings,
        )

    def _summary_file_text(self) -> str:
        """Profile Summary.csv, used only when it holds text (in real exports it never has)."""
        table = self._table("profile_summary")
        return mapping.summary_file_text(table) if table else ""

    def _profile_table(self) -> Table:
        archive = self.archive
        name = archive.path.name
        if not archive.has("profile"):
            if _EXPORT_FILES & archive.names():
                raise input_error("export.partial", name=name)
            if archive.zip_files_inside:
                inside = archive.zip_files_inside[0]
                raise input_error("export.zip_inside", name=name, inside=inside)
            raise input_error("export.not_an_export", name=name)
        data = archive.read("profile") or b""
        try:
            table = read_table(decode(data))
        except UnreadableFileError as exc:
            if exc.encoding is None:
                raise input_error("export.profile_binary", name=name) from exc
            raise input_error("export.profile_encoding", name=name, encoding=exc.encoding) from exc
        if not (table.has("First Name") and table.has("Headline")):
            raise input_error("export.no_profile_columns", name=name)
        self._note_problems("profile", table)
        return table

    def _posts(self) -> list[Post] | None:
        """Posts from Shares.csv; None when there is no such file (no activity to show)."""
        shares = self._table("shares")
        if shares is None:
            return None
        if shares.rows and not shares.has("Date"):
            self.warnings.append(notice("export.no_date_column", file=self._label("shares")))
        return mapping.posts(shares, self._label("shares"), self.warnings)

    def _table(
        self, name: str, *, header_starts: str | None = None, count_only: bool = False
    ) -> Table | None:
        """The file's rows; None (with a warning) when it is missing or cannot be read."""
        data = self.archive.read(name)
        if data is None:
            return None
        try:
            text = decode(data)
            del data  # the bytes are not needed once decoded
            table = read_table(text, header_starts=header_starts, count_only=count_only)
        except UnreadableFileError as exc:
            self.warnings.append(
                notice("export.skipped.binary", file=self._label(name))
                if exc.encoding is None
                else notice(
                    "export.skipped.encoding", file=self._label(name), encoding=exc.encoding
                )
            )
            return None
        self._note_problems(name, table)
        return table

    def _note_problems(self, name: str, table: Table) -> None:
        label = self._label(name)
        for key, values in table.problems:
            self.warnings.append(notice(key, file=label, **values))
        if table.more_problems:
            self.warnings.append(
                notice("export.table.more_rows", file=label, count=table.more_problems)
            )

    def _label(self, name: str) -> str:
        return self.archive.display_name(name) if self.archive.has(name) else f"{name}.csv"
