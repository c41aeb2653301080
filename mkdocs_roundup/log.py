"""The plugin's one logger.

Under ``mkdocs.``, so ``mkdocs build --strict`` counts its warnings; messages about an
author's page start with ``path:line`` so editors and terminals can jump to the place.
"""

from __future__ import annotations

import logging

log = logging.getLogger("mkdocs.plugins.roundup")
