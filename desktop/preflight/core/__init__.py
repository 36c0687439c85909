"""Qt-free core: profile models, importers, text analysis, checks, scoring and report content."""
