"""spaCy analysis of profile text, English and Spanish: roles, deeds, clichés, calls to action."""
