"""Findings marked where they are written in the headline and About, each with its own fix."""

from preflight.core.marks.find import find_marks
from preflight.core.marks.models import InlineFinding, TextEdit, apply_edit

__all__ = ["InlineFinding", "TextEdit", "apply_edit", "find_marks"]
