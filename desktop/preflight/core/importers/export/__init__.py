"""LinkedIn's "Get a copy of your data" export, ZIP or folder, every generation 2018-2026."""

from __future__ import annotations

from pathlib import Path

from preflight.core.errors import InputError
from preflight.core.importers.export import mapping
from preflight.core.importers.export.archive import EXPORT_HINT, ExportArchive
from preflight.core.importers.export.table import Table, UnreadableFileError, decode, read_table
from preflight.core.models import Post, Profile, SourceFormat, SourceInfo

__all__ = ["read_export"]

# Files only a LinkedIn export has; one of them without Profile.csv means a partial export.
_EXPORT_FILES = frozenset(
    {"positions", "skills", "education", "rich_media", "shares", "connections", "profile_summary"}
)


def read_export(path: Path) -> Profile:
    """The profile in the LinkedIn data export at ``path`` (a ZIP file or an extracted folder)."""
    path = Path(path)
    with ExportArchive(path) as archive:
        reader = _ExportReader(archive)
        return reader.profile()


class _ExportReader:
    """Reads the files a readiness check needs, collecting plain-English warnings on the way."""

    def __init__(self, archive: ExportArchive) -> None:
        self.archive = archive
        self.warnings: list[str] = []

    def profile(self) -> Profile:
        """The Profile, or InputError when this is not a usable export."""
        me = mapping.identity(self._profile_table())
        if me is None:
            raise InputError(
                f"Profile.csv in {self.archive.path.name} has no profile row.", EXPORT_HINT
            )
        summary = me.summary
        summary_table = self._table("profile_summary")
        if not summary and summary_table is not None:
            summary = mapping.summary_file_text(summary_table)
        positions = self._table("positions")
        skills = self._table("skills")
        schools = self._table("education")
        media = self._table("rich_media")
        connections = self._table("connections", header_starts="First Name")
        return Profile(
            name=me.name,
            headline=me.headline,
            summary=summary,
            location=me.location,
            industry=me.industry,
            positions=mapping.positions(positions, self._label("positions"), self.warnings)
            if positions
            else [],
            skills=mapping.skills(skills) if skills else [],
            education=mapping.education(schools, self._label("education"), self.warnings)
            if schools
            else [],
            posts=self._posts(),
            photo=mapping.profile_photo(media) if media else None,
            connections=len(connections.rows) if connections else None,
            source=SourceInfo(format=SourceFormat.LINKEDIN_EXPORT, path=str(self.archive.path)),
            warnings=self.warnings,
        )

    def _profile_table(self) -> Table:
        archive = self.archive
        if not archive.has("profile"):
            partial = sorted(_EXPORT_FILES & archive.names())
            if partial:
                raise InputError(
                    f"{archive.path.name} holds part of a LinkedIn data export but no Profile.csv, "
                    "so there is no name, headline or About to check.",
                    "Request the larger archive (all categories) from LinkedIn: "
                    "Settings & Privacy > Data privacy > Get a copy of your data.",
                )
            hint = EXPORT_HINT
            if archive.zip_files_inside:
                inside = archive.zip_files_inside[0]
                hint = f"Choose the ZIP file inside that folder instead ({inside})."
            raise InputError(
                f"{archive.path.name} does not look like a LinkedIn data export "
                "(it has no Profile.csv).",
                hint,
            )
        data = archive.read("profile") or b""
        try:
            table = read_table(decode(data))
        except UnreadableFileError as exc:
            raise InputError(
                f"Profile.csv in {archive.path.name} cannot be read: {exc}.", EXPORT_HINT
            ) from exc
        if not (table.has("First Name") and table.has("Headline")):
            raise InputError(
                f"{archive.path.name} does not look like a LinkedIn data export: "
                "its Profile.csv has no 'First Name' and 'Headline' columns.",
                EXPORT_HINT,
            )
        self._note_problems("profile", table)
        return table

    def _posts(self) -> list[Post] | None:
        """Posts from Shares.csv; None when there is no such file (no activity to show)."""
        shares = self._table("shares")
        if shares is None:
            return None
        if shares.rows and not shares.has("Date"):
            self.warnings.append(
                f"{self._label('shares')} has no 'Date' column, so your posts cannot be dated."
            )
        return mapping.posts(shares, self._label("shares"), self.warnings)

    def _table(self, name: str, *, header_starts: str | None = None) -> Table | None:
        """The file's rows; None (with a warning) when it is missing or cannot be read."""
        data = self.archive.read(name)
        if data is None:
            return None
        try:
            table = read_table(decode(data), header_starts=header_starts)
        except UnreadableFileError as exc:
            self.warnings.append(f"{self._label(name)} was skipped: {exc}.")
            return None
        self._note_problems(name, table)
        return table

    def _note_problems(self, name: str, table: Table) -> None:
        for problem in table.problems[:5]:
            self.warnings.append(f"{self._label(name)}: {problem}; that part was skipped.")
        if len(table.problems) > 5:
            more = len(table.problems) - 5
            self.warnings.append(f"{self._label(name)}: {more} more rows could not be read.")

    def _label(self, name: str) -> str:
        return self.archive.display_name(name) if self.archive.has(name) else f"{name}.csv"
