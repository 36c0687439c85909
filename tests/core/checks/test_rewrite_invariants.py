"""Suggestions never make a profile worse: fixtures, public samples, bundled sample, passages."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from preflight.core.assessment import CheckId
from preflight.core.edits import with_texts
from preflight.core.errors import InputError
from preflight.core.importers import load_profile
from preflight.core.models import Profile, Status
from tests.conftest import FIXTURES, PUBLIC_SAMPLES, REPO
from tests.core.checks.invariants import judge, violations

AS_OF = dt.date(2026, 12, 1)
SAMPLE = REPO / "resources" / "sample" / "linkedin-export"
LABELLED = REPO / "tests" / "labelled"
PASSAGES = FIXTURES / "rewrite" / "passages.jsonl"
# A strong profile per language that hosts a passage as its headline or About.
HOSTS = {
    "en": FIXTURES / "checks" / "en-strong.json",
    "es": FIXTURES / "pasted" / "profile_es.txt",
}


def _profile_inputs(root: Path) -> list[Path]:
    """Every file or export folder under ``root`` an importer may read."""
    if not root.is_dir():
        return []
    found = [p.parent for p in root.rglob("Profile.csv")]
    found += [p for p in root.rglob("Rich_Media.csv") if not (p.parent / "Profile.csv").exists()]
    found += [
        p
        for p in root.rglob("*")
        if p.suffix in {".json", ".txt", ".pdf", ".zip"}
        and not p.name.endswith(".expected.json")
        and p.name not in {"schema.json"}
        and not p.name.endswith(".LISTING.txt")
    ]
    return sorted(set(found))


def _passages() -> list[tuple[str, str, str, str]]:
    """(language, field, name, text) of every passage: ours, and the labelled sets once present.

    A row may say its ``language`` and ``field``; else the file name does ("headline_es.jsonl").
    """
    out: list[tuple[str, str, str, str]] = []
    # A sealed blind batch is read by nothing until it is scored (tests/labelled/README.md).
    labelled = [f for f in sorted(LABELLED.glob("**/*.jsonl")) if "sealed" not in f.parts]
    for file in [PASSAGES, *labelled]:
        words = set(file.stem.casefold().replace("-", "_").split("_"))
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            language = row.get("language") or row.get("lang") or ("es" if "es" in words else "en")
            kind = str(row.get("field") or row.get("kind") or "")
            headline = kind.casefold() == "headline" or (not kind and "headline" in words)
            if language in HOSTS:
                name = str(row.get("name") or "")
                out.append((language, "headline" if headline else "summary", name, text))
    return out


def _read(path: Path) -> Profile:
    try:
        return load_profile(path, as_of=AS_OF)
    except InputError:
        pytest.skip(f"{path.name} is a deliberately unreadable input")


@pytest.mark.parametrize(
    "path", _profile_inputs(FIXTURES), ids=lambda p: str(p.relative_to(FIXTURES))
)
def test_no_suggestion_makes_a_fixture_worse(path: Path) -> None:
    assert violations(_read(path), AS_OF) == []


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in PUBLIC_SAMPLES.iterdir() if p.is_dir())
    if PUBLIC_SAMPLES.is_dir()
    else [],
)
def test_no_suggestion_makes_a_public_sample_worse(public_samples: Path, name: str) -> None:
    inputs = _profile_inputs(public_samples / name)
    assert inputs, f"{name} holds nothing to read"
    for path in inputs:
        try:
            profile = load_profile(path, as_of=AS_OF)
        except InputError:
            continue  # a listing or partial file of the sample, not a profile
        assert violations(profile, AS_OF) == [], path.name


@pytest.mark.parametrize(
    ("language", "field", "name", "text"), _passages(), ids=lambda v: str(v)[:40]
)
def test_no_suggestion_makes_a_passage_worse(
    language: str, field: str, name: str, text: str
) -> None:
    host = load_profile(HOSTS[language], as_of=AS_OF)
    if name:  # the passage's own author, so a text about them reads as third person
        host = host.model_copy(update={"name": name})
    subject = with_texts(host, {field: text})  # type: ignore[dict-item]
    assert violations(subject, AS_OF) == []


def test_bundled_sample_about_passes_once_the_apps_own_draft_is_applied() -> None:
    profile = load_profile(SAMPLE, as_of=AS_OF)
    about = judge(profile, AS_OF).check(CheckId.SUMMARY)
    assert about.status is Status.FAIL
    [fix] = about.fixes
    assert fix.text.startswith("Closed $1.4M")
    for flagged in ("Results-driven", "passionate", "team player", "Responsible for"):
        assert flagged.casefold() not in fix.text.casefold()
    fixed = judge(with_texts(profile, {"summary": fix.text}), AS_OF)
    assert fixed.check(CheckId.SUMMARY).status is Status.PASS
    assert violations(profile, AS_OF) == []
