"""The Adjudication page: the day's docket of the visiting officers and the fast results entry."""
