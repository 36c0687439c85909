"""Proper names that hold a cliché word: "the Support Driven community", "Dynamic Robotics".

A cliché word written as part of a name names a company, a network or a product; it says nothing
about the member. Two shapes give a name away: a run of capitalised words opened by a word such as
"at", "the" or "de" in running text, and a run of two or more capitalised words that opens a
sentence or a headline part and is followed by a role in lower case ("Innovative Teaching Network
founder", «Dinámica Consultores socia»), or that follows a role and a comma ("Artistic Director,
Visionary Theatre Company"). Capitals alone do not ("INNOVATIVE LEADER" shouts), nor
does a run made only of clichés, roles and skills ("Passionate Marketing professional").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

# Words that open a proper name in running text: "at Driven Freight", "the Support Driven
# community", "de Dinámica Logística".
_NAME_OPENERS = frozenset(
    {"at", "of", "the", "from", "with", "for", "in", "@", "en", "de", "del", "la", "el", "con"}
)
# Marks after which a headline part starts: "Physics teacher | Dynamic Robotics engineer".
_PART_STARTS = frozenset({"|", "·", "•", "/", "-", "–", "—", "(", ":", ";", "\n"})


class ProperNames:
    """Tells which cliché phrases of one Doc are part of a proper name, in time linear in the Doc.

    ``roles`` are the Doc's role phrases; ``words`` every role, skill and cliché phrase: the words
    that cannot make a name on their own.
    """

    def __init__(self, doc: Doc, roles: Sequence[Span], words: Sequence[Span]) -> None:
        self.doc = doc
        capitals = [_capitalised(t) for t in doc]
        # Each capitalised token's run of capitalised tokens, as (start, end), in two passes.
        self.run_start = list(range(len(doc)))
        self.run_end = list(range(1, len(doc) + 1))
        for index in range(1, len(doc)):
            if capitals[index] and capitals[index - 1]:
                self.run_start[index] = self.run_start[index - 1]
        for index in range(len(doc) - 2, -1, -1):
            if capitals[index] and capitals[index + 1]:
                self.run_end[index] = self.run_end[index + 1]
        self.capitals = capitals
        self.lower_role_starts = {r.start for r in roles if r[0].is_lower}
        self.role_ends = {r.end for r in roles}
        # Running count of listed words, so "is every word of this run listed?" is one subtraction.
        listed = bytearray(len(doc))
        for phrase in words:
            listed[phrase.start : phrase.end] = b"\x01" * len(phrase)
        self.listed_before = [0]
        for flag in listed:
            self.listed_before.append(self.listed_before[-1] + flag)

    def holds(self, span: Span) -> bool:
        """True when the cliché ``span`` is part of a proper name (see the module doc)."""
        if not all(self.capitals[i] for i in range(span.start, span.end)):
            return False
        start, end = self.run_start[span.start], self.run_end[span.end - 1]
        if end - start < 2:
            return False
        if start > 0 and self.doc[start - 1].lower_ in _NAME_OPENERS:
            return True
        unlisted = self.listed_before[end] - self.listed_before[start] < end - start
        if unlisted and self._after_role_comma(start):
            return True  # "Artistic Director, Visionary Theatre Company": the employer
        return (
            self._opens_part(start)
            and end in self.lower_role_starts
            and self.listed_before[end] - self.listed_before[start] < end - start
        )

    def _after_role_comma(self, start: int) -> bool:
        """True when the run follows a role and a comma, where a headline names the employer."""
        return start > 1 and self.doc[start - 1].text == "," and start - 1 in self.role_ends

    def _opens_part(self, start: int) -> bool:
        """True when the run starts a sentence or a headline part."""
        doc = self.doc
        if start == 0 or doc[start].is_sent_start:
            return True
        before = doc[start - 1]
        return before.text in _PART_STARTS or (before.is_space and "\n" in before.text)


def _capitalised(token: Token) -> bool:
    return token.is_title and token.is_alpha
