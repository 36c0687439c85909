"""The one error type importers and loaders raise for input a user gave us."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from preflight.core.messages import Messages

_PREFIX = "errors."


class InputError(Exception):
    """Input that cannot be read, with a message and a hint a user can act on.

    With ``key`` the text comes from ``errors.<key>.message`` in the message catalogue, filled
    with ``values``, so it can be shown in the user's language (see ``localized``); ``message``
    and ``hint`` hold the English text.
    """

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        key: str | None = None,
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.key = key
        self.values: dict[str, object] = dict(values or {})

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message

    def localized(self, msg: Messages) -> tuple[str, str]:
        """The message and hint in ``msg``'s language; the English text when it has no such key."""
        if self.key is None or not msg.has(f"{_PREFIX}{self.key}.message"):
            return self.message, self.hint
        message = msg(f"{_PREFIX}{self.key}.message", **self.values)
        hint_key = hint_key_for(msg, self.key)
        hint = msg(hint_key, **self.values) if hint_key else ""
        return message, hint


def input_error(key: str, /, **values: object) -> InputError:
    """The InputError for catalogue entry ``errors.<key>``: English text filled with ``values``."""
    from preflight.core.messages import messages

    english = messages("en")
    error = InputError("", key=key, values=values)
    error.message, error.hint = error.localized(english)
    if not error.message:
        raise KeyError(f"no message 'errors.{key}.message'")
    return error


def hint_key_for(msg: Messages, key: str) -> str | None:
    """The hint of ``errors.<key>``: its own, else the nearest enclosing table's (None: no hint).

    Messages in one group share a hint (every PDF problem ends with how to save the PDF), so the
    catalogue states it once, on the group: ``errors.pdf.hint`` serves ``errors.pdf.empty``.
    """
    parts = key.split(".")
    while parts:
        candidate = f"{_PREFIX}{'.'.join(parts)}.hint"
        if msg.has(candidate):
            return candidate
        parts.pop()
    return None
