"""One finding marked in a text, and the one edit that fixes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MarkKind = Literal["cliche", "duty", "long_sentence", "repeated", "job_seeking", "over_limit"]


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class InlineFinding:
    """A problem in the words between ``start`` and ``end``, said in the interface language."""

    kind: MarkKind
    start: int
    end: int
    finding: str
    advice: str
    fix_label: str = ""
    fix: TextEdit | None = None

    @property
    def severe(self) -> bool:
        """True for findings that keep the section from passing on their own."""
        return self.kind in ("job_seeking", "over_limit")


def apply_edit(text: str, edit: TextEdit) -> str:
    """The text with ``edit`` made."""
    return text[: edit.start] + edit.replacement + text[edit.end :]
