"""The "My work" page (issue 22): a user's assigned cases, today's appointments, quality findings to
fix, paper files held and forms a review sent back, read through app.services.work; and the dialog
a team lead gives cases to a team member with (used by the Cases page)."""
