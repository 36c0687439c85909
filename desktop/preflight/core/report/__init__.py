"""The printable readiness report's content, built as one HTML document without Qt."""

from preflight.core.report.document import Report, build_report
from preflight.core.report.paper import (
    PageSize,
    default_page_size,
    page_size_for_locale,
    parse_page_size,
)

__all__ = [
    "PageSize",
    "Report",
    "build_report",
    "default_page_size",
    "page_size_for_locale",
    "parse_page_size",
]
