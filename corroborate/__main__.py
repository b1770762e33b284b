"""``python -m corroborate`` runs the command line."""

from .cli import cli

cli()
