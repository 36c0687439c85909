"""The card at the top of the page: name, headline, location, followers and connections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold

# "500+ connections", "1,234 followers", "1.234 seguidores", "12K followers", "12 mil seguidores".
_COUNT = re.compile(r"(?P<n>\d[\d.,\s]*?)\s*(?P<mult>[a-z]+)??\s*\+?\s+(?P<word>[a-z]+)")
# A location names a place, not a sentence: short, and no full stop at the end.
_MAX_LOCATION = 80


@dataclass
class TopCard:
    """What the profile's top card says."""

    name: str = ""
    headline: str = ""
    location: str = ""
    followers: int | None = None
    connections: int | None = None


@dataclass
class Counts:
    """Follower and connection counts found on one line."""

    followers: int | None = None
    connections: int | None = None


def parse_counts(line: str, vocab: UiVocabulary) -> Counts | None:
    """The counts on a line such as "29,777 followers · 500+ connections", else None."""
    if len(line) > _MAX_LOCATION:
        return None
    counts = Counts()
    for part in re.split(r"[·•|]", line):
        if not part.strip():
            continue
        folded = fold(part)
        for words in vocab.more_than:
            folded = folded.removeprefix(words)
        match = _COUNT.fullmatch(folded)
        if match is None:
            return None
        number = _number(match["n"], match["mult"], vocab)
        if number is None:
            return None
        if match["word"] in vocab.followers:
            counts.followers = number
        elif match["word"] in vocab.connections:
            counts.connections = number
        else:
            return None
    return counts if counts.followers is not None or counts.connections is not None else None


def _number(digits: str, multiplier: str | None, vocab: UiVocabulary) -> int | None:
    digits = digits.replace(" ", "")
    if multiplier is None:
        return int(re.sub(r"[.,]", "", digits))
    factor = vocab.multipliers.get(multiplier)
    if factor is None:
        return None
    # "1.2K" / "1,2 mil": a decimal point before a multiplier.
    if digits.count(".") + digits.count(",") > 1:
        return None
    return int(float(digits.replace(",", ".")) * factor)


def read_top_card(lines: list[str], vocab: UiVocabulary) -> TopCard:
    """Name, headline and location from the lines above the first heading."""
    card = TopCard()
    texts: list[str] = []
    closed = False  # after the location and counts come badges such as "Open to work"
    for line in lines:
        place, counts = _split_counts(line, vocab)
        if place and not closed and not card.location:
            card.location = place  # "San Francisco Bay Area · 500+ connections"
        if counts is not None:
            if counts.followers is not None:
                card.followers = counts.followers
            if counts.connections is not None:
                card.connections = counts.connections
            closed = True
            continue
        if closed:
            continue
        before = _before_contact_info(line, vocab)
        if before is not None:
            if before:
                card.location = before
            elif len(texts) > 2 and _looks_like_place(texts[-1]):
                card.location = texts[-1]
            closed = True
        elif fold(line) not in vocab.top_noise and not vocab.is_noise(line):
            text = vocab.degree_suffix.sub("", line)
            if not texts or text != texts[-1]:  # "Jane Smith" then "Jane Smith · 3rd"
                texts.append(text)
    if texts:
        card.name = texts[0]
    if len(texts) > 1:
        card.headline = texts[1]
    if not card.location and len(texts) > 2 and _looks_like_place(texts[-1]):
        card.location = texts[-1]
    return card


def _split_counts(line: str, vocab: UiVocabulary) -> tuple[str, Counts | None]:
    """The counts at the end of ``line`` and the text before them ("Lisbon · 500+ connections")."""
    parts = line.split(" · ")
    for start in range(len(parts)):
        counts = parse_counts(" · ".join(parts[start:]), vocab)
        if counts is not None:
            return " · ".join(parts[:start]).strip(), counts
    return "", None


def _before_contact_info(line: str, vocab: UiVocabulary) -> str | None:
    """The place written before "Contact info" on ``line``, "" when it stands alone, else None."""
    words = line.split()
    for phrase in vocab.contact_info:
        size = len(phrase.split())
        if len(words) >= size and fold(" ".join(words[-size:])) == phrase:
            return " ".join(words[:-size]).strip(" ·•|-")
    return None


def _looks_like_place(text: str) -> bool:
    return "," in text and len(text) <= _MAX_LOCATION and not text.rstrip().endswith(".")
