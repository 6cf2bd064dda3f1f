"""Signals the cables app sends: how ingest announces work without importing the tracker."""

from django.dispatch import Signal

# Sent after the transaction that stored a new cable has committed. Argument: cable_id.
cable_ingested = Signal()
