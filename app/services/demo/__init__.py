"""Deterministic synthetic demo data (see ``app.services.demo_data`` for the contract).

Modules: ``generator`` (main loop), ``households`` (structure, names, per-person details),
``casework`` (rides, interpreters, stages, appointments, file movements, notes), ``attachments``
and ``images`` (Pillow photos and scans), ``names``/``places`` (lists), ``translit``, ``rand``.
"""

from app.services.demo.generator import DEFAULT_TODAY, PHOTO_CASES, generate
from app.services.demo.types import DemoData, DemoFile

__all__ = ["DEFAULT_TODAY", "PHOTO_CASES", "DemoData", "DemoFile", "generate"]
