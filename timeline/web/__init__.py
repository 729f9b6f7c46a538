"""The chart for readers who do not see it, and for the web: its description in words
(``describe_chart``), the SVG with names, tooltips, data and links (``for_the_web``), and a
self-contained HTML report (``report_html``, ``write_report``).

May import: ``errors``, ``files``, ``model``, ``query``, ``layout``, ``drawing`` (the report
draws its chart; matplotlib is imported only then).
"""

from .describe import describe_chart
from .report import report_html, write_report

__all__ = ["describe_chart", "report_html", "write_report"]
