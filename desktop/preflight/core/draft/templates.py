"""InMail templates (resources/templates/<lang>.toml) and filling their placeholders."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache

from preflight.core.draft.model import Draft, Recipient
from preflight.core.draft.text import sentences
from preflight.core.models import Language, Profile
from preflight.core.resources import resource

LANGUAGES: tuple[Language, ...] = ("en", "es")
TOPIC_WORDS = 6  # a topic is a phrase, not the whole post
RESULT_CHARS = 240
_FIELD = re.compile(r"\{(\w+)\}")
_FIGURE = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s*%|\d+\s*x\b|[$€£]\s?\d", re.I)


@dataclass(frozen=True)
class Template:
    """One template: its language, id, shown name, subject and body with {placeholders}."""

    language: Language
    id: str
    name: str
    subject: str
    body: str


@cache
def _data(language: Language) -> dict[str, object]:
    return tomllib.loads(resource("templates", f"{language}.toml").read_text(encoding="utf-8"))


def templates(language: Language) -> list[Template]:
    """The templates written in ``language``, in the file's order."""
    entries = _data(language).get("template", [])
    assert isinstance(entries, list)
    return [
        Template(language, str(e["id"]), str(e["name"]), str(e["subject"]), str(e["body"]))
        for e in entries
    ]


def labels(language: Language) -> dict[str, str]:
    """What an unfilled placeholder shows, in brackets: "[Name]", "[Nombre]"."""
    found = _data(language).get("labels", {})
    assert isinstance(found, dict)
    return {str(k): str(v) for k, v in found.items()}


def topic_of(post: str) -> str:
    """A short phrase for the recipient's post or interest: its first sentence, a dozen words."""
    text = " ".join(post.split())
    if not text:
        return ""
    first = next((s.text for s in sentences(text) if s.text.strip()), text)
    words = first.strip().rstrip(".!?…").split()
    short = " ".join(words[:TOPIC_WORDS])
    return short + ("…" if len(words) > TOPIC_WORDS else "")


def strongest_result(about: str) -> str:
    """The About's sentence that best shows a result: a percentage or money first, then a figure."""
    best, best_score = "", 0
    for piece in sentences(" ".join(about.split())):
        line = piece.text.strip()
        if not line or len(line) > RESULT_CHARS:
            continue
        score = 2 * bool(_PERCENT.search(line)) + bool(_FIGURE.search(line))
        if score > best_score or (score == best_score and score and len(line) < len(best)):
            best, best_score = line, score
    return best


def values_for(
    recipient: Recipient, profile: Profile | None, as_of: dt.date | None = None
) -> dict[str, str]:
    """What each placeholder becomes (empty: not known, left visible as its label).

    "My role" is a job held on ``as_of`` (today by default), never one that starts later.
    """
    held = profile.current_on(as_of or dt.date.today()) if profile else []
    current = held[0] if held else None
    role = current.title if current else ""
    if not role and profile:
        role = profile.headline.split("|")[0].strip()
    return {
        "recipient_name": recipient.name.strip().split(" ")[0] if recipient.name.strip() else "",
        "recipient_company": recipient.company.strip(),
        "recipient_role": recipient.role.strip(),
        "recipient_topic": topic_of(recipient.post),
        "my_role": role,
        "my_company": current.company if current else "",
        "my_result": strongest_result(profile.summary) if profile else "",
    }


def fill(template: Template, values: dict[str, str]) -> Draft:
    """The template with every known placeholder filled; an unknown one shows as "[Label]"."""
    names = labels(template.language)

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        value = values.get(key, "").strip()
        return value or f"[{names.get(key, key)}]"

    return Draft(subject=_FIELD.sub(one, template.subject), body=_FIELD.sub(one, template.body))
