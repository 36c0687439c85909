"""User-facing core text (check titles, evidence, suggestions) per language, from resources."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from preflight.core.models import Language
from preflight.core.resources import resource

LANGUAGES: tuple[Language, ...] = ("en", "es")


class Messages:
    """A catalogue of message templates for one language, keyed by dotted ids."""

    def __init__(self, language: Language, templates: dict[str, str]) -> None:
        self.language = language
        self._templates = templates

    def __call__(self, key: str, /, **values: Any) -> str:
        """The message for ``key`` with ``values`` filled in."""
        template = self._templates.get(key)
        if template is None:
            raise KeyError(f"no message '{key}' for language '{self.language}'")
        return template.format(**values) if values else template

    def template(self, key: str) -> str:
        """The raw template of ``key``, placeholders unfilled; empty when there is none."""
        return self._templates.get(key, "")

    def has(self, key: str) -> bool:
        """True when the catalogue holds ``key``."""
        return key in self._templates

    def keys(self) -> set[str]:
        """Every message id in the catalogue."""
        return set(self._templates)


@cache
def messages(language: Language) -> Messages:
    """The merged catalogue of every ``resources/messages/<language>/*.toml`` file."""
    folder = resource("messages", language)
    templates: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            _flatten(tomllib.loads(entry.read_text(encoding="utf-8")), "", templates)
    return Messages(language, templates)


def _flatten(table: dict[str, Any], prefix: str, out: dict[str, str]) -> None:
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, dotted + ".", out)
        else:
            out[dotted] = str(value)
