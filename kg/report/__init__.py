"""Report step: what an analyst hands on. Charts of the network and a brief of what changed, with its evidence.

Names are imported on first use: matplotlib and pandas load only when a chart or a brief is made.
"""

from __future__ import annotations

from kg.perf import lazy_names

_LAZY = {
    "monthly_counts": "kg.report.charts", "relations_per_month": "kg.report.charts",
    "actor_activity": "kg.report.charts", "top_actors": "kg.report.charts",
    "sanctions_multiples": "kg.report.charts", "draw_network": "kg.report.charts", "figure_svg": "kg.report.charts",
    "Brief": "kg.report.brief", "build_brief": "kg.report.brief", "new_edges": "kg.report.brief",
    "brief_html": "kg.report.html", "brief_markdown": "kg.report.markdown",
    "brief_format": "kg.report.output", "write_brief": "kg.report.output",
}
__all__ = sorted(_LAZY)
__getattr__ = lazy_names(__name__, _LAZY)
