"""The six checklist sections, each judged in its own module."""
