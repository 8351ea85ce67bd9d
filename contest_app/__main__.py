"""`python -m contest_app` and the `contest-app` console script."""

from __future__ import annotations

import sys

from contest_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
