"""spaCy analysis of profile text in English and Spanish: roles, achievements, clichés, calls to action."""
