"""The lemmatizer: spaCy's lookup tables, case-blind, trimmed to the verbs Preflight matches."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language as Nlp
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token
from spacy.training import Example

from preflight.core.analysis.components import nlp_language, require_lists
from preflight.core.analysis.lemma_tables import full_table, shipped_table
from preflight.core.analysis.lexicons import lexicon_words
from preflight.core.models import Language


class LowercaseLookupLemmatizer(Lemmatizer):
    """The lookup lemmatizer, but case-blind: "Increased" and "Aumenté" find their lemmas.

    With ``keep_lemmas`` the table is the one Preflight ships, trimmed at build time to the
    entries that lead to those lemmas (see ``lemma_tables``): the full Spanish table has half a
    million forms.
    """

    def __init__(
        self, nlp: Nlp, name: str, *, overwrite: bool, keep_lemmas: frozenset[str] | None
    ) -> None:
        super().__init__(nlp.vocab, None, name, mode="lookup", overwrite=overwrite)
        self.keep_lemmas = keep_lemmas

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Nlp | None = None,
        lookups: Lookups | None = None,
    ) -> None:
        """Load the lemma table: the trimmed one Preflight ships, else spacy-lookups-data's."""
        if lookups is None:
            lookups = Lookups()
            language = self.vocab.lang
            if self.keep_lemmas is not None:
                table = shipped_table(language, self.keep_lemmas)
            else:
                table = full_table(language)
            lookups.add_table("lemma_lookup", table)
        super().initialize(get_examples, nlp=nlp, lookups=lookups)

    def lookup_lemmatize(self, token: Token) -> list[str]:
        """The lemma of the lower-cased token, or the lower-cased token itself."""
        table = self.lookups.get_table("lemma_lookup", {})
        lower = token.lower_
        result = table.get(lower, lower)
        return [result] if isinstance(result, str) else list(result)


@Nlp.factory(
    "preflight_lemmatizer",
    assigns=["token.lemma"],
    default_config={"overwrite": True, "keep_lemmas": ""},
)
def make_lemmatizer(
    nlp: Nlp, name: str, *, overwrite: bool, keep_lemmas: str
) -> LowercaseLookupLemmatizer:
    """A case-blind lookup lemmatizer; ``keep_lemmas`` names word lists (space-separated) to trim
    the table to."""
    language: Language = nlp_language(nlp, name)
    kept = None
    names = keep_lemmas.split()
    if names:
        require_lists(language, names, name)
        kept = frozenset().union(*(lexicon_words(language, list_name) for list_name in names))
    return LowercaseLookupLemmatizer(nlp, name, overwrite=overwrite, keep_lemmas=kept)
