"""``python -m mkdocs_roundup check|build``: the command line of :mod:`mkdocs_roundup.cli`."""

import sys

from .cli import main

sys.exit(main())
