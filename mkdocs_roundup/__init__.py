"""mkdocs-roundup: conference and meetup roundup pages as talk cards, indexes and an export."""

from __future__ import annotations

__version__ = "0.1.0"
