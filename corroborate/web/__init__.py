"""The web app and REST API: HTML pages and their ``.json`` twins."""

from .app import create_app

__all__ = ["create_app"]
