"""Building blocks of the synthetic demo data generator; the entry point is ``app.services.demo_data``."""
