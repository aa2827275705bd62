"""The "Reports and QC" page (issue 22): the quality findings a team lead works and the dashboard of
charts shown in a meeting. The shell builds `ReportsView(ctx)` and routes its `case_requested`."""

from app.ui.reports.view import ReportsView

__all__ = ["ReportsView"]
