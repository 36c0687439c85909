"""A post is something the member wrote: reposts are activity, never a passing post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from preflight.core.assessment import CheckId
from preflight.core.checks import posts
from preflight.core.importers.export import read_export
from preflight.core.importers.pasted import read_pasted_file, read_pasted_text
from preflight.core.models import Post, Status
from tests.core.checks.profiles import AS_OF, current, profile, run, text_of
from tests.core.judgement.helpers import judge, text

PASTE_AS_OF = dt.date(2024, 12, 2)


def test_export_rows_without_commentary_are_reposts(fixtures: Path) -> None:
    member = read_export(fixtures / "export" / "2026-reposts")
    assert member.posts is not None
    assert [p.repost for p in member.posts] == [True, True, True, False, False]
    assert member.posts[3].text.startswith("Three questions we ask")


def test_recent_empty_reposts_do_not_make_an_old_post_pass(fixtures: Path) -> None:
    # The last post of her own is 139 days old; three empty reposts came after it.
    result = judge(fixtures / "export" / "2026-reposts", dt.date(2026, 11, 26))
    assert result.check(CheckId.POSTS).status is Status.FAIL
    assert "139 days before the check date" in text(result, CheckId.POSTS)
    assert "Reposts without words of your own: 3, the newest on 2026-11-20" in text(
        result, CheckId.POSTS
    )
    assert not result.ready


@pytest.mark.parametrize(("age", "status"), [(10, Status.PASS), (60, Status.WARN)])
def test_a_repost_with_a_comment_counts_as_own(age: int, status: Status) -> None:
    member = profile(
        posts=[
            Post(date=AS_OF - dt.timedelta(days=1), repost=True),
            Post(date=AS_OF - dt.timedelta(days=age), text="My take on this report: read page 4."),
        ]
    )
    assert run(posts.check, member).status is status


def test_only_reposts_fail_and_say_why_in_spanish() -> None:
    member = profile("es", posts=[Post(date=AS_OF - dt.timedelta(days=2), repost=True)])
    verdict = run(posts.check, member)
    assert verdict.status is Status.FAIL
    assert "no cuentan como tuyas" in text_of(verdict)


def test_english_paste_keeps_the_reposted_authors_words_out(fixtures: Path) -> None:
    member = read_pasted_file(fixtures / "pasted" / "profile_en.txt", as_of=PASTE_AS_OF)
    assert member.posts is not None
    own = [p for p in member.posts if p.is_own]
    assert [p.date for p in own] == [
        dt.date(2024, 11, 25),
        dt.date(2024, 9, 2),
        dt.date(2022, 12, 2),
    ]
    assert sum(p.repost for p in member.posts) == 1
    assert not any("planners" in p.text for p in member.posts)


def test_spanish_paste_reposts_in_every_wording(fixtures: Path) -> None:
    member = read_pasted_file(fixtures / "pasted" / "reposts_es.txt", as_of=PASTE_AS_OF)
    assert member.posts is not None
    assert [p.repost for p in member.posts] == [True, True, True, False]
    own = member.posts[-1]
    assert own.date == dt.date(2024, 7, 2)  # "5 meses"
    assert own.text.startswith("Lo que aprendimos")
    assert not any("Orgullosa" in p.text or "informe anual" in p.text for p in member.posts)


@pytest.mark.parametrize("name", ["reposts_es.txt", "reposts_only_es.txt"])
def test_spanish_paste_without_a_recent_own_post_is_not_ready(fixtures: Path, name: str) -> None:
    confirmed = frozenset({CheckId.PHOTO})
    result = judge(fixtures / "pasted" / name, PASTE_AS_OF, output="es", confirmed=confirmed)
    assert result.check(CheckId.POSTS).status is Status.FAIL
    assert not result.ready
    assert "no cuentan como tuyas" in text(result, CheckId.POSTS)


def test_repost_mark_with_its_own_age_does_not_leak_the_original(fixtures: Path) -> None:
    paste = "\n".join(
        [
            "Ada Quill",
            "Technical writer helping API teams ship docs developers finish",
            "Activity",
            "Ada Quill reposted this • 2d",
            "Sam Ortiz",
            "• 2nd",
            "Developer advocate",
            "3d •",
            "Our SDK docs now have runnable examples on every page.",
            "Like",
            "Ada Quill",
            "• You",
            "Technical writer helping API teams ship docs developers finish",
            "4mo •",
            "How I test every code sample in our docs before release.",
        ]
    )
    member = read_pasted_text(paste, as_of=PASTE_AS_OF)
    assert member.posts is not None
    assert [(p.repost, p.date) for p in member.posts] == [
        (True, dt.date(2024, 11, 30)),
        (False, dt.date(2024, 8, 2)),
    ]
    assert "SDK" not in " ".join(p.text for p in member.posts)


def test_the_post_idea_never_names_a_word_used_in_another_sense() -> None:
    member = profile(
        summary="M&A adviser to family-owned engineering firms: 23 completed sales since 2015.",
        positions=[current("M&A Adviser", "Harbour Partners")],
        posts=[],
    )
    verdict = run(posts.check, member)
    assert "M&A Adviser" in verdict.suggestions[0]
    assert "sales" not in verdict.suggestions[0].casefold()
