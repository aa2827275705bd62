"""Filling forms in the desktop app: the paged renderer (renderer.py) and its question widgets
(questions.py) over the Qt-free form engine in app/forms/."""
