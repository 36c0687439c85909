"""Preflight: is this LinkedIn profile ready before InMail credits are spent."""

__version__ = "0.1.0"
APP_ID = "io.github.preflight.Preflight"
