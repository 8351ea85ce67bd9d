"""`python -m contest_app` and the `contest-app` console script."""

from __future__ import annotations

import sys

from contest_app.cli import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # image workers in the frozen bundle start by spawning
    sys.exit(main())
